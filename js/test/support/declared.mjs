// Which fields of an object its upstream schema does not declare. The npm packages of upstream
// models (`kubernetes-models`, `@kubernetes-models/*`) ship compiled ajv validators, not schemas,
// and those pass any unknown field, as JSON Schema does without `additionalProperties: false`.
// A compiled validator reads exactly the properties its schema declares (`data.replicas`) and
// enumerates the keys of a map (`additionalProperties: {...}`): so, run over a proxy that records
// reads, a field it never read and whose object it never enumerated is undeclared. The same holds
// for a CRD schema compiled by ajv itself (the InferencePool). `metadata` is the API server's
// ObjectMeta, declared in full by every model.

/**
 * Runs `validate(proxy)` (it may throw; rethrown after the walk) and returns `{ valid, undeclared }`:
 * `valid` what `validate` returned, `undeclared` the paths (`spec.template.spec.bogus`) of fields
 * that no schema the validator consulted declares.
 */
export function validateDeclared(validate, obj) {
  const seen = new Map(); // object → { read: Set<string>, enumerated: boolean }
  const proxies = new Map();
  const wrap = (value) => {
    if (value === null || typeof value !== "object") return value;
    if (!proxies.has(value)) {
      const record = { read: new Set(), enumerated: false };
      seen.set(value, record);
      proxies.set(
        value,
        new Proxy(value, {
          get(target, key, receiver) {
            if (typeof key === "string") record.read.add(key);
            return wrap(Reflect.get(target, key, receiver));
          },
          has(target, key) {
            if (typeof key === "string") record.read.add(key);
            return Reflect.has(target, key);
          },
          ownKeys(target) {
            record.enumerated = true;
            return Reflect.ownKeys(target);
          },
        }),
      );
    }
    return proxies.get(value);
  };
  let valid;
  let thrown;
  try {
    valid = validate(wrap(obj));
  } catch (e) {
    thrown = e;
  }
  const undeclared = [];
  const stack = [[obj, ""]];
  while (stack.length > 0) {
    const [value, path] = stack.pop();
    if (value === null || typeof value !== "object") continue;
    const record = seen.get(value);
    const arr = Array.isArray(value);
    for (const [k, child] of Object.entries(value)) {
      const childPath = arr ? `${path}[${k}]` : path ? `${path}.${k}` : k;
      if (!arr && !record?.enumerated && !record?.read.has(k)) undeclared.push(childPath);
      else stack.push([child, childPath]);
    }
  }
  if (thrown) throw Object.assign(thrown, { undeclared: undeclared.sort() });
  return { valid, undeclared: undeclared.sort() };
}

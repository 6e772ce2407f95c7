// Nested "only what the user changed" objects: get / set / delete a value at a path, pruning
// empty parents so the shared state stays minimal.

export type Obj = Record<string, unknown>;

export function getAt(obj: Obj | undefined, path: string[]): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (!cur || typeof cur !== "object") return undefined;
    cur = (cur as Obj)[k];
  }
  return cur;
}

export function hasAt(obj: Obj | undefined, path: string[]): boolean {
  const parent = getAt(obj, path.slice(0, -1));
  return !!parent && typeof parent === "object" && Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]);
}

export function setAt(obj: Obj, path: string[], value: unknown): Obj {
  const out: Obj = { ...obj };
  let cur = out;
  for (const k of path.slice(0, -1)) {
    const next = cur[k];
    cur[k] = next && typeof next === "object" && !Array.isArray(next) ? { ...(next as Obj) } : {};
    cur = cur[k] as Obj;
  }
  cur[path[path.length - 1]] = value;
  return out;
}

export function deleteAt(obj: Obj, path: string[]): Obj {
  if (!hasAt(obj, path)) return obj;
  if (path.length === 1) {
    const { [path[0]]: _gone, ...rest } = obj;
    return rest;
  }
  const child = deleteAt(obj[path[0]] as Obj, path.slice(1));
  if (!Object.keys(child).length) {
    const { [path[0]]: _gone, ...rest } = obj;
    return rest;
  }
  return { ...obj, [path[0]]: child };
}

/** Defaults with overrides laid over them, at every depth. */
export function merge(base: unknown, over: unknown): unknown {
  if (!over || typeof over !== "object" || Array.isArray(over)) return over === undefined ? base : over;
  const out: Obj = base && typeof base === "object" && !Array.isArray(base) ? { ...(base as Obj) } : {};
  for (const [k, v] of Object.entries(over as Obj)) out[k] = merge(out[k], v);
  return out;
}

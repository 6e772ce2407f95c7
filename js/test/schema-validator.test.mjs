// The JSON Schema that `modelservice schema` prints, read by a standard validator (ajv, draft
// 2020-12): it accepts every example and fixture, and on every input (fixtures under each of their
// operator releases, the examples, the good and the bad corpus) it finds exactly the `schema/*`
// problems `lint` finds, code and path. The few intended differences are listed in INTENDED and
// explained in docs/decisions.md ("The editor schema and lint").
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { lint, schema } from "./support/package.mjs";
import { cli } from "./cli-helpers.mjs";
import { fixtureCases, REPO } from "./support/cases.mjs";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const VERSIONS = ["v1.0.1", "v0.9.0-alpha.2"];
const INT32 = [-(2 ** 31), 2 ** 31 - 1];

// Inputs where lint and the schema disagree on purpose: file → what lint finds that the
// schema cannot say (decisions.md "The editor schema and lint").
const INTENDED = {
  // A JSON Schema cannot tell .nan from a number of the wrong kind: it says schema/type.
  "bad/61-nan.yaml": { lint: ["schema/non-finite spec.decode.replicas"], schema: ["schema/type spec.decode.replicas"] },
  "bad/62-infinity.yaml": { lint: ["schema/non-finite spec.engine.port"], schema: ["schema/type spec.engine.port"] },
};

function validators() {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false });
  // The range of int32 is written as minimum/maximum; the formats themselves check nothing more.
  ajv.addFormat("int32", true);
  ajv.addFormat("int64", true);
  ajv.addKeyword("x-kubernetes-int-or-string");
  ajv.addKeyword("x-kubernetes-preserve-unknown-fields");
  ajv.addKeyword("x-operator-version");
  ajv.addKeyword("markdownDescription");
  return Object.fromEntries(VERSIONS.map((v) => [v, { schema: schema({ operatorVersion: v }), validate: ajv.compile(schema({ operatorVersion: v })) }]));
}
const V = validators();

/** A JSON-pointer path inside `value` → lint's path syntax (fields dotted, map keys and indexes in []). */
function lintPath(root, segments) {
  let node = root;
  let out = "";
  for (const raw of segments) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node?.type === "array") {
      out += `[${seg}]`;
      node = node.items;
    } else if (node?.properties && Object.hasOwn(node.properties, seg)) {
      out += out === "" ? seg : `.${seg}`;
      node = node.properties[seg];
    } else {
      out += `[${seg}]`;
      node = typeof node?.additionalProperties === "object" ? node.additionalProperties : undefined;
    }
  }
  return out;
}

const pointer = (p) => (p === "" ? [] : p.slice(1).split("/"));
const join2 = (path, key) => (path === "" ? key : `${path}.${key}`);

/** ajv's errors for `value` → the `schema/*` codes lint uses, as "code path" strings. */
function schemaFindings(version, value) {
  const { schema: root, validate } = V[version];
  if (validate(value)) return [];
  const found = new Set();
  const quantities = new Set(validate.errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  for (const e of validate.errors) {
    const at = pointer(e.instancePath);
    const path = lintPath(root, at);
    const data = at.reduce((v, k) => v?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], value);
    if (e.keyword === "anyOf") found.add(`${typeof data === "string" ? "schema/quantity" : "schema/type"} ${path}`);
    else if (quantities.has(e.instancePath)) continue; // the branches of an int-or-string quantity
    else if (e.keyword === "additionalProperties") found.add(`schema/unknown-field ${join2(path, e.params.additionalProperty)}`);
    else if (e.keyword === "required") found.add(`schema/required ${join2(path, e.params.missingProperty)}`);
    else if (e.keyword === "enum") found.add(`${{ kind: "schema/kind", apiVersion: "schema/api-version" }[path] ?? "schema/enum"} ${path}`);
    else if (e.keyword === "minLength") found.add(`schema/min-length ${path}`);
    else if (e.keyword === "maxLength") found.add(`schema/max-length ${path}`);
    else if (e.keyword === "minimum" || e.keyword === "maximum") {
      const int32 = e.parentSchema.format === "int32" && INT32.includes(e.params.limit);
      found.add(`${int32 ? "schema/int32-range" : `schema/${e.keyword}`} ${path}`);
    } else found.add(`schema/${e.keyword} ${path}`);
  }
  return [...found].sort();
}

const lintFindings = (text, version) =>
  [...new Set(lint(text, undefined, { operatorVersion: version }).filter((d) => d.code.startsWith("schema/")).map((d) => `${d.code} ${d.path}`))].sort();

function inputs() {
  const out = [];
  for (const c of fixtureCases()) {
    const version = c.options ? (JSON.parse(c.options).operatorVersion ?? "v1.0.1") : "v1.0.1";
    out.push({ label: `fixture ${c.label}`, text: c.modelService, version });
  }
  const dir = (d, label) => readdirSync(join(REPO, d)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => ({ label: `${label}${f}`, text: readFileSync(join(REPO, d, f), "utf8"), version: "v1.0.1" }));
  out.push(...dir("examples", "example "), ...dir("www/src/examples", "playground example "));
  out.push(...dir("tests/corpus/good", "good/"), ...dir("tests/corpus/bad", "bad/"));
  return out;
}

test("`modelservice schema` prints schema() of the release asked for", () => {
  const out = cli(["schema"]);
  assert.equal(out.code, 0, out.stderr);
  assert.equal(out.stdout, `${JSON.stringify(schema(), null, 2)}\n`);
  const old = cli(["schema", "--operator-version", "v0.9.0-alpha.2"]);
  assert.equal(old.stdout, `${JSON.stringify(schema({ operatorVersion: "v0.9.0-alpha.2" }), null, 2)}\n`);
  const decode = (s) => JSON.parse(s).properties.spec.properties.decode.properties;
  assert.equal(decode(out.stdout).annotations.type, "object");
  assert.equal(decode(old.stdout).annotations, undefined, "v0.9.0-alpha.2 has no role annotations");
  assert.equal(JSON.parse(out.stdout)["x-operator-version"], "v1.0.1");
  assert.deepEqual(cli(["schema", "--operator-version", "v2"]), {
    code: 2,
    stdout: "",
    stderr: 'modelservice: --operator-version must be one of v1.0.1, v0.9.0-alpha.2, got "v2"\nRun "modelservice --help" for usage.\n',
  });
  assert.equal(cli(["schema", "extra"]).code, 2);
  assert.match(cli(["schema", "--help"]).stdout, /# yaml-language-server: \$schema=/);
});

test("what editors read: descriptions also as Markdown, defaults, enums, closed objects, int32 bounds", () => {
  const s = schema();
  const replicas = s.properties.spec.properties.decode.properties.replicas;
  assert.deepEqual({ ...replicas, description: undefined, markdownDescription: undefined }, {
    type: "integer", format: "int32", minimum: 0, maximum: 2147483647, default: 1, description: undefined, markdownDescription: undefined,
  });
  assert.equal(replicas.markdownDescription, replicas.description);
  assert.match(s.properties.apiVersion.markdownDescription, /`model\.otterscale\.io\/v1alpha1`/);
  assert.deepEqual(s.properties.spec.properties.accelerator.properties.type.enum, ["nvidia", "amd", "intel-gaudi", "google", "cpu"]);
  // Every object with fixed fields is closed (strict field validation rejects unknown fields).
  const open = [];
  (function walk(node, path) {
    if (node?.properties && node.additionalProperties !== false) open.push(path);
    for (const [k, v] of Object.entries(node?.properties ?? {})) walk(v, `${path}.${k}`);
    if (node?.items) walk(node.items, `${path}[]`);
    if (typeof node?.additionalProperties === "object") walk(node.additionalProperties, `${path}{}`);
  })(s, "");
  assert.deepEqual(open, []);
});

test("the schema agrees with lint's schema/* findings on every fixture, example and corpus input", () => {
  const disagreements = [];
  let valid = 0;
  let invalid = 0;
  for (const { label, text, version } of inputs()) {
    const lintSays = lintFindings(text, version);
    let value;
    try {
      value = parse(text);
    } catch {
      // Not one YAML document: lint's input/* codes, no schema matter.
      assert.ok(lint(text).some((d) => d.code.startsWith("input/")), label);
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      // Empty or not a map: input/empty, input/not-an-object; ajv says `type` at the root.
      assert.deepEqual(lintSays, [], label);
      assert.ok(lint(text).some((d) => d.code.startsWith("input/")), label);
      continue;
    }
    const schemaSays = schemaFindings(version, value);
    const intended = INTENDED[label.replace(/^fixture /, "")];
    if (intended) {
      assert.deepEqual({ lint: lintSays, schema: schemaSays }, intended, label);
      continue;
    }
    if (schemaSays.length === 0) valid += 1;
    else invalid += 1;
    if (JSON.stringify(lintSays) !== JSON.stringify(schemaSays)) disagreements.push({ label, lint: lintSays, schema: schemaSays });
  }
  assert.deepEqual(disagreements, []);
  assert.ok(valid >= 40 && invalid >= 35, `valid ${valid}, invalid ${invalid}`);
});

test("every fixture and example is valid under its release's schema; role annotations only in v1.0.1", () => {
  const annotated = readFileSync(join(REPO, "tests/fixtures/profiles-role-annotations/modelservice.yaml"), "utf8");
  assert.deepEqual(schemaFindings("v1.0.1", parse(annotated)), []);
  assert.deepEqual(schemaFindings("v0.9.0-alpha.2", parse(annotated)), ["schema/unknown-field spec.decode.annotations"]);
  assert.deepEqual(lintFindings(annotated, "v0.9.0-alpha.2"), ["schema/unknown-field spec.decode.annotations"]);
  for (const { label, text, version } of inputs().filter((i) => !i.label.startsWith("bad/") && !i.label.includes("profiles-role-annotations/config.seed"))) {
    assert.deepEqual(schemaFindings(version, parse(text)), [], label);
  }
});

test("a quantity the CRD pattern admits but Kubernetes cannot read: lint only (intended)", () => {
  const text = 'metadata: {name: a}\nspec: {model: {name: m, image: i}, engine: {}, accelerator: {type: cpu}, decode: {resources: {limits: {cpu: "1e1000"}}}}\n';
  assert.deepEqual(lintFindings(text, "v1.0.1"), ["schema/quantity spec.decode.resources.limits[cpu]"]);
  assert.deepEqual(schemaFindings("v1.0.1", parse(text)), []);
});

// Every object rendered from the golden fixtures and from generated specs, validated against the
// upstream schemas: core kinds with npm `kubernetes-models`, HTTPRoute / DestinationRule /
// PodMonitor / ServiceMonitor with the `@kubernetes-models/*` packages, and the InferencePool with
// ajv against the GAIE v1.3.1 CRD schema in ../shared/schemas (design/toolchain.md "Schemas at
// hand"; missing, the tests fail and say where it is expected) plus the fields epp.md §11 requires
// (also the two CEL rules the JSON Schema cannot say). Unknown fields fail too (a field no schema
// declares: support/declared.mjs), and control cases show each kind's check rejects what it must.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { render } from "./support/package.mjs";
import { ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import { ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import { Role } from "kubernetes-models/rbac.authorization.k8s.io/v1/Role";
import { RoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding";
import { HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
import { DestinationRule } from "@kubernetes-models/istio/networking.istio.io/v1beta1/DestinationRule";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import { fixtureCases, REPO, sharedFile } from "./support/cases.mjs";
import { validateDeclared } from "./support/declared.mjs";
import { generateCases } from "./support/generate.mjs";

const GENERATED = 1600;
const MODELS = [Deployment, ConfigMap, Secret, Service, ServiceAccount, ClusterRole, ClusterRoleBinding, Role, RoleBinding, HTTPRoute, DestinationRule, PodMonitor, ServiceMonitor];
const MODEL_BY_TYPE = new Map(MODELS.map((M) => [`${M.apiVersion}/${M.kind}`, M]));
const POOL_TYPE = "inference.networking.k8s.io/v1/InferencePool";

let compiledPool;
/** ajv over the InferencePool CRD schema (throws, saying where it is expected, when absent). */
function poolSchema() {
  if (compiledPool) return compiledPool;
  const path = sharedFile("schemas", "inferencepool-v1.schema.json");
  const Ajv = createRequire(import.meta.url)("ajv");
  const ajv = new Ajv({ strict: false, allErrors: true });
  const int = (lo, hi) => ({ type: "number", validate: (n) => Number.isInteger(n) && n >= lo && n <= hi });
  ajv.addFormat("int32", int(-(2 ** 31), 2 ** 31 - 1));
  ajv.addFormat("int64", int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
  ajv.addFormat("date-time", true);
  compiledPool = ajv.compile(JSON.parse(readFileSync(path, "utf8")));
  return compiledPool;
}

/** Upstream problems of one object: `[]` when its kind's schema accepts it and declares every field. */
function upstreamProblems(obj) {
  const type = `${obj.apiVersion}/${obj.kind}`;
  if (type === POOL_TYPE) {
    const pool = poolSchema();
    // A CRD schema says only `metadata: {type: object}`: the API server checks ObjectMeta itself.
    let metaError = null;
    const both = (o) => {
      try {
        // ObjectMeta's validator (a compiled function, not a class-held schema) over the proxy.
        ObjectMeta.prototype.validate.call(o.metadata);
      } catch (e) {
        metaError = e;
      }
      return pool(o);
    };
    const { valid, undeclared } = validateDeclared(both, obj);
    return [
      ...poolProblems(obj).map((p) => `epp.md §11: ${p}`),
      ...(valid ? [] : [`CRD schema: ${JSON.stringify(pool.errors)}`]),
      ...(metaError ? [`${metaError.message} ${JSON.stringify(metaError.errors ?? [])}`] : []),
      ...undeclared.map((p) => `undeclared field ${p}`),
    ];
  }
  const Model = MODEL_BY_TYPE.get(type);
  if (!Model) return [`no upstream model for ${type}`];
  try {
    // `new Model(obj).validate()`, over a proxy of the instance: older model packages keep the
    // schema on the class (a plain object would validate as nothing at all).
    const { undeclared } = validateDeclared((o) => o.validate(), new Model(structuredClone(obj)));
    return undeclared.map((p) => `undeclared field ${p}`);
  } catch (e) {
    return [`${e?.message ?? e} ${JSON.stringify(e?.errors ?? [])}`, ...(e.undeclared ?? []).map((p) => `undeclared field ${p}`)];
  }
}

const isPort = (n) => Number.isInteger(n) && n >= 1 && n <= 65535;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** epp.md §11 (required fields, their types and values) and the CRD's two CEL rules → problems. */
function poolProblems(o) {
  const p = [];
  const spec = o.spec ?? {};
  const labels = spec.selector?.matchLabels;
  if (typeof o.metadata?.name !== "string" || o.metadata.name === "") p.push("metadata.name: a non-empty string");
  if (typeof o.metadata?.namespace !== "string" || o.metadata.namespace === "") p.push("metadata.namespace: a non-empty string");
  if (labels === null || typeof labels !== "object" || Object.keys(labels).length === 0) p.push("spec.selector.matchLabels: a non-empty map");
  else for (const [k, v] of Object.entries(labels)) if (typeof v !== "string" || v.length > 63 || !LABEL_VALUE.test(v)) p.push(`spec.selector.matchLabels[${k}]: a label value`);
  const ports = spec.targetPorts;
  if (!Array.isArray(ports) || ports.length !== 1 || !isPort(ports[0]?.number)) p.push("spec.targetPorts: exactly one {number: 1..65535}");
  else if (new Set(ports.map((x) => x.number)).size !== ports.length) p.push("spec.targetPorts: port numbers must be unique (CEL)");
  const ref = spec.endpointPickerRef;
  if (ref === null || typeof ref !== "object") p.push("spec.endpointPickerRef: required");
  else {
    if (ref.group !== "") p.push(`spec.endpointPickerRef.group: "" (always emitted), got ${JSON.stringify(ref.group)}`);
    if (ref.kind !== "Service") p.push(`spec.endpointPickerRef.kind: "Service", got ${JSON.stringify(ref.kind)}`);
    if (typeof ref.name !== "string" || ref.name === "") p.push("spec.endpointPickerRef.name: a non-empty string");
    if (!isPort(ref.port?.number)) p.push("spec.endpointPickerRef.port.number: 1..65535 (required for kind Service, CEL)");
    if (!["FailOpen", "FailClose"].includes(ref.failureMode)) p.push(`spec.endpointPickerRef.failureMode: FailOpen|FailClose, got ${JSON.stringify(ref.failureMode)}`);
  }
  return p;
}

/** Validates every resource of one render; returns the counts and the failures. */
function check(label, resources, tally, failures) {
  for (const obj of resources) {
    const where = `${label}: ${obj.kind} ${obj.metadata?.namespace ?? ""}/${obj.metadata?.name}`;
    tally.set(obj.kind, (tally.get(obj.kind) ?? 0) + 1);
    for (const problem of upstreamProblems(obj)) failures.push(`${where}: ${problem}\n${JSON.stringify(obj)}`);
  }
}

function summary(tally) {
  return [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(", ");
}

test("every fixture's rendered objects are valid upstream", (t) => {
  const tally = new Map();
  const failures = [];
  let rendered = 0;
  for (const c of fixtureCases()) {
    const out = render(c.modelService, c.eppConfig ? JSON.parse(c.eppConfig) : undefined, c.options ? JSON.parse(c.options) : undefined);
    // A fixture may render nothing on purpose (profiles-role-annotations under v0.9.0-alpha.2).
    if (out.resources.length > 0) rendered++;
    check(c.label, out.resources, tally, failures);
  }
  t.diagnostic(`schemas: ${[...tally.values()].reduce((a, b) => a + b, 0)} objects from ${rendered} fixture renders validated (${summary(tally)})`);
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} invalid objects`);
  assert.ok(rendered >= 20, `only ${rendered} fixture renders produced objects`);
  assert.ok(tally.get("InferencePool") > 0 && tally.get("HTTPRoute") > 0 && tally.get("ServiceMonitor") > 0 && tally.get("DestinationRule") > 0);
});

test(`objects rendered from ${GENERATED} generated specs are valid upstream`, (t) => {
  const started = performance.now();
  const tally = new Map();
  const failures = [];
  let rendered = 0;
  for (const c of generateCases(GENERATED)) {
    const ms = c.modelService !== null && typeof c.modelService === "object" ? c.modelService : JSON.stringify(c.modelService);
    const out = render(ms, c.eppConfig, c.options);
    if (out.resources.length > 0) rendered++;
    check(c.label, out.resources, tally, failures);
  }
  const objects = [...tally.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`schemas: ${objects} objects from ${rendered} rendered specs validated in ${(performance.now() - started).toFixed(0)} ms (${summary(tally)})`);
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} invalid objects`);
  assert.ok(rendered >= 1000, `only ${rendered} generated specs rendered objects`);
  for (const kind of ["Deployment", "InferencePool", "HTTPRoute", "DestinationRule", "PodMonitor", "ServiceMonitor", "ClusterRole", "Secret"]) {
    assert.ok(tally.get(kind) > 0, `no generated spec rendered a ${kind}`);
  }
});

// Control cases, one per kind: a rendered object with a typo at the top, an unknown field deeper
// down, and a value of the wrong type (ObjectMeta's name; a port of the InferencePool CRD) must
// each be reported, or a pass above means nothing.
const CONTROLS = {
  Deployment: ["spek", "spec.template.spec.containers[0].imagePullPolicyy"],
  ConfigMap: ["dat", "metadata.lables"],
  Secret: ["strinData", "metadata.lables"],
  Service: ["spek", "spec.ports[0].targetport"],
  ServiceAccount: ["automountToken", "metadata.lables"],
  ClusterRole: ["rule", "rules[0].verb"],
  ClusterRoleBinding: ["subject", "roleRef.kinds"],
  Role: ["rule", "rules[0].verb"],
  RoleBinding: ["subject", "roleRef.kinds"],
  HTTPRoute: ["spek", "spec.rules[0].backendRef"],
  DestinationRule: ["spek", "spec.trafficPolicy.tl"],
  PodMonitor: ["spek", "spec.podMetricsEndpoints[0].intervall"],
  ServiceMonitor: ["spek", "spec.endpoints[0].intervall"],
  InferencePool: ["spek", "spec.endpointPickerRef.failuremode"],
};

/** `obj` with `value` set at the dotted `path` (`a.b[0].c`). */
function setPath(obj, path, value) {
  const steps = path.split(/\.|\[(\d+)\]/).filter((x) => x !== undefined && x !== "");
  let at = obj;
  for (const step of steps.slice(0, -1)) at = at[step];
  at[steps.at(-1)] = value;
  return obj;
}

test("control cases: each kind's check rejects an unknown field and a wrong type", () => {
  const samples = new Map();
  for (const c of fixtureCases()) {
    const out = render(c.modelService, c.eppConfig ? JSON.parse(c.eppConfig) : undefined, c.options ? JSON.parse(c.options) : undefined);
    for (const o of out.resources) if (!samples.has(o.kind)) samples.set(o.kind, o);
  }
  assert.deepEqual([...samples.keys()].sort(), Object.keys(CONTROLS).sort(), "every kind rendered by some fixture, and controlled");
  for (const [kind, fields] of Object.entries(CONTROLS)) {
    const good = samples.get(kind);
    assert.deepEqual(upstreamProblems(structuredClone(good)), [], kind);
    const bad = structuredClone(good);
    for (const f of fields) setPath(bad, f, "x");
    assert.deepEqual(upstreamProblems(bad), fields.map((f) => `undeclared field ${f}`).sort(), kind);
    const wrong = structuredClone(good);
    if (kind === "InferencePool") {
      wrong.spec.targetPorts[0].number = "8000";
      assert.match(upstreamProblems(wrong).find((p) => p.startsWith("CRD schema: ")) ?? "", /"instancePath":"\/spec\/targetPorts\/0\/number"/);
    } else {
      wrong.metadata.name = 7;
      assert.deepEqual(upstreamProblems(wrong).map((p) => p.split(" [")[0]), ["data/metadata/name must be string"], kind);
    }
  }
});

test("InferencePool: the upstream CRD schema (../shared/schemas) is used", () => {
  // Absent, poolSchema() throws, saying where the schema is expected: this test fails.
  const pool = poolSchema();
  const good = render(readFileSync(join(REPO, "tests/fixtures/epp-g2-everything-explicit/modelservice.yaml"), "utf8")).resources.find((r) => r.kind === "InferencePool");
  assert.ok(pool(good), JSON.stringify(pool.errors));
  const bad = structuredClone(good);
  bad.spec.endpointPickerRef.failureMode = "FailSometimes";
  bad.spec.targetPorts = [];
  assert.equal(pool(bad), false);
  assert.deepEqual(poolProblems(bad).length, 2);
});

test("a missing shared/ file fails, saying where it is expected", () => {
  assert.throws(() => sharedFile("schemas", "absent.schema.json"), {
    message: new RegExp(`^shared/schemas/absent\\.schema\\.json is missing: expected at ${join(REPO, "..", "shared", "schemas", "absent.schema.json").replace(/[.]/g, "\\.")}( or \\S+)? \\(the shared/ directory beside the checkout, as on CI\\)$`),
  });
});

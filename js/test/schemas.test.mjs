// Every object rendered from the golden fixtures and from generated specs, validated against the
// upstream schemas: core kinds with npm `kubernetes-models`, HTTPRoute / DestinationRule /
// PodMonitor / ServiceMonitor with the `@kubernetes-models/*` packages, and the InferencePool with
// ajv against the GAIE v1.3.1 CRD schema in ../shared/schemas (design/toolchain.md "Schemas at
// hand") plus the fields epp.md §11 requires (also the two CEL rules the JSON Schema cannot say).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "node:test";
import { render } from "./support/package.mjs";
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
import { fixtureCases, REPO } from "./support/cases.mjs";
import { generateCases } from "./support/generate.mjs";

const GENERATED = 1600;
const MODELS = [Deployment, ConfigMap, Secret, Service, ServiceAccount, ClusterRole, ClusterRoleBinding, Role, RoleBinding, HTTPRoute, DestinationRule, PodMonitor, ServiceMonitor];
const MODEL_BY_TYPE = new Map(MODELS.map((M) => [`${M.apiVersion}/${M.kind}`, M]));
const POOL_TYPE = "inference.networking.k8s.io/v1/InferencePool";
const POOL_SCHEMA = join(REPO, "..", "shared", "schemas", "inferencepool-v1.schema.json");

/** ajv over the InferencePool CRD schema, or null when ../shared is not beside the checkout. */
function poolSchemaValidator() {
  if (!existsSync(POOL_SCHEMA)) return null;
  const Ajv = createRequire(import.meta.url)("ajv");
  const ajv = new Ajv({ strict: false, allErrors: true });
  const int = (lo, hi) => ({ type: "number", validate: (n) => Number.isInteger(n) && n >= lo && n <= hi });
  ajv.addFormat("int32", int(-(2 ** 31), 2 ** 31 - 1));
  ajv.addFormat("int64", int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
  ajv.addFormat("date-time", true);
  return ajv.compile(JSON.parse(readFileSync(POOL_SCHEMA, "utf8")));
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
function check(label, resources, poolSchema, tally, failures) {
  for (const obj of resources) {
    const type = `${obj.apiVersion}/${obj.kind}`;
    const where = `${label}: ${obj.kind} ${obj.metadata?.namespace ?? ""}/${obj.metadata?.name}`;
    tally.set(obj.kind, (tally.get(obj.kind) ?? 0) + 1);
    if (type === POOL_TYPE) {
      for (const problem of poolProblems(obj)) failures.push(`${where}: epp.md §11: ${problem}\n${JSON.stringify(obj)}`);
      if (poolSchema && !poolSchema(obj)) failures.push(`${where}: CRD schema: ${JSON.stringify(poolSchema.errors)}\n${JSON.stringify(obj)}`);
      continue;
    }
    const Model = MODEL_BY_TYPE.get(type);
    if (!Model) {
      failures.push(`${where}: no upstream model for ${type}`);
      continue;
    }
    try {
      new Model(structuredClone(obj)).validate();
    } catch (e) {
      failures.push(`${where}: ${e?.message ?? e} ${JSON.stringify(e?.errors ?? [])}\n${JSON.stringify(obj)}`);
    }
  }
}

function summary(tally) {
  return [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`).join(", ");
}

const poolSchema = poolSchemaValidator();

test("every fixture's rendered objects are valid upstream", (t) => {
  const tally = new Map();
  const failures = [];
  let rendered = 0;
  for (const c of fixtureCases()) {
    const out = render(c.modelService, c.eppConfig ? JSON.parse(c.eppConfig) : undefined, c.options ? JSON.parse(c.options) : undefined);
    // A fixture may render nothing on purpose (profiles-role-annotations under v0.9.0-alpha.2).
    if (out.resources.length > 0) rendered++;
    check(c.label, out.resources, poolSchema, tally, failures);
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
    check(c.label, out.resources, poolSchema, tally, failures);
  }
  const objects = [...tally.values()].reduce((a, b) => a + b, 0);
  t.diagnostic(`schemas: ${objects} objects from ${rendered} rendered specs validated in ${(performance.now() - started).toFixed(0)} ms (${summary(tally)})`);
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} invalid objects`);
  assert.ok(rendered >= 1000, `only ${rendered} generated specs rendered objects`);
  for (const kind of ["Deployment", "InferencePool", "HTTPRoute", "DestinationRule", "PodMonitor", "ServiceMonitor", "ClusterRole", "Secret"]) {
    assert.ok(tally.get(kind) > 0, `no generated spec rendered a ${kind}`);
  }
});

test("InferencePool: the upstream CRD schema (../shared/schemas) is used", (t) => {
  if (!poolSchema) {
    t.skip(`${POOL_SCHEMA} is absent (no ../shared beside this checkout): InferencePools are checked against epp.md §11 only, not the upstream CRD schema`);
    return;
  }
  // The validator rejects what it must, so a pass above means something.
  const good = render(readFileSync(join(REPO, "tests/fixtures/epp-g2-everything-explicit/modelservice.yaml"), "utf8")).resources.find((r) => r.kind === "InferencePool");
  assert.ok(poolSchema(good), JSON.stringify(poolSchema.errors));
  const bad = structuredClone(good);
  bad.spec.endpointPickerRef.failureMode = "FailSometimes";
  bad.spec.targetPorts = [];
  assert.equal(poolSchema(bad), false);
  assert.deepEqual(poolProblems(bad).length, 2);
});

// `migrate` through the package (Node): the reviewed goldens of the Rust suite
// (tests/fixtures/*/migrated*.yaml) are what the JS API answers and what KServe v0.20.0 admits
// (CRD schema of each version, no undeclared field, its webhook's rules), as it admits
// examples/migrated/*.yaml (compared with the answer by the Rust suite); generated ModelServices
// migrate to admitted objects in both versions; diagnostics point at the ModelService's lines.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { migrate } from "./support/package.mjs";
import { EPP_G1_YAML } from "./fixtures.mjs";
import { FIXTURES, REPO, fixtureCases } from "./support/cases.mjs";
import { generateCases } from "./support/generate.mjs";
import { VERSIONS, migratedProblems, webhookProblems } from "./support/kserve.mjs";

const arg = (text) => (text ? JSON.parse(text) : undefined);
const withoutPosition = ({ line, column, ...d }) => d;

function problems(label, resources) {
  return resources.flatMap((obj) =>
    migratedProblems(obj).map((p) => `${label}: ${obj.kind} ${obj.metadata?.name}: ${p}\n${JSON.stringify(obj)}`),
  );
}

test("every golden is the JS answer, and KServe admits every object in it", (t) => {
  const failures = [];
  let objects = 0;
  for (const c of fixtureCases()) {
    const [dir, config] = c.label.split("/");
    const golden = join(FIXTURES, dir, `migrated${config ? config.slice("config".length, -".json".length) : ""}.yaml`);
    assert.ok(existsSync(golden), `${golden} is missing`);
    const want = parse(readFileSync(golden, "utf8"));
    const got = migrate(c.modelService, arg(c.eppConfig), arg(c.options));
    assert.deepEqual({ ...got, diagnostics: got.diagnostics.map(withoutPosition) }, want, c.label);
    objects += want.resources.length;
    failures.push(...problems(c.label, want.resources));
  }
  const examples = join(REPO, "examples", "migrated");
  const exampleGoldens = readdirSync(examples).filter((f) => f.endsWith(".yaml"));
  assert.ok(exampleGoldens.length > 0, `no goldens in ${examples}`);
  for (const f of exampleGoldens) {
    const want = parse(readFileSync(join(examples, f), "utf8"));
    objects += want.resources.length;
    failures.push(...problems(`examples/migrated/${f}`, want.resources));
  }
  t.diagnostic(`${objects} migrated objects of the goldens validated`);
  assert.ok(objects >= 80, `only ${objects} objects`);
  assert.deepEqual(failures.slice(0, 3), [], `${failures.length} problems`);
});

test("generated ModelServices migrate to admitted objects, in both API versions", (t) => {
  const failures = [];
  const kinds = new Map();
  let migrated = 0;
  for (const c of generateCases(300, 424242)) {
    // A few generated cases are hostile arguments (not a ModelService at all): api.test.mjs's.
    if (c.modelService === null || typeof c.modelService !== "object") continue;
    for (const apiVersion of VERSIONS) {
      const options = { ...(c.options ?? {}), migrate: { apiVersion } };
      const out = migrate(c.modelService, c.eppConfig, options);
      assert.ok(!out.diagnostics.some((d) => d.code === "internal"), `${c.label}: internal error`);
      if (out.resources.length === 0) {
        assert.ok(out.diagnostics.some((d) => d.severity === "error"), `${c.label}: no objects and no error`);
        continue;
      }
      migrated++;
      assert.equal(out.resources[0].apiVersion, apiVersion);
      for (const r of out.resources) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
      failures.push(...problems(`${c.label} ${apiVersion}`, out.resources));
    }
  }
  t.diagnostic(`${migrated} migrations: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  assert.ok(migrated >= 300, `only ${migrated} migrations`);
  for (const kind of ["LLMInferenceService", "PodMonitor", "ServiceMonitor", "ServiceAccount", "Secret", "ClusterRole", "ClusterRoleBinding", "DestinationRule"]) {
    assert.ok(kinds.get(kind) > 0, `no generated case migrated to a ${kind}`);
  }
  assert.deepEqual(failures.slice(0, 3), [], `${failures.length} problems`);
});

test("the checks fail on what KServe rejects (control cases)", () => {
  const [svc] = migrate(EPP_G1_YAML).resources;
  assert.deepEqual(migratedProblems(svc), []);
  const broken = (mutate) => {
    const o = structuredClone(svc);
    mutate(o);
    return migratedProblems(o);
  };
  assert.match(broken((o) => (o.spec.bogus = 1)).join(), /undeclared field spec\.bogus/);
  assert.match(broken((o) => (o.spec.template.containers[0].bogus = 1)).join(), /undeclared field spec\.template\.containers\[0\]\.bogus/);
  assert.match(broken((o) => (o.spec.replicas = "1")).join(), /CRD schema/);
  assert.match(broken((o) => (o.spec.scaling = { maxReplicas: 2, wva: { hpa: {} } })).join(), /replicas and scaling/);
  assert.match(broken((o) => (o.spec.router.scheduler.replicas = 0)).join(), /scheduler\.replicas: must be > 0/);
  assert.match(broken((o) => (o.spec.parallelism = { data: 2 })).join(), /data and dataLocal/);
  assert.match(broken((o) => (o.metadata.name = "qwen3-0.6b")).join(), /DNS-1035/);
  assert.match(broken((o) => delete o.spec.router.scheduler.pool.spec.endpointPickerRef.port).join(), /port: required/);
  assert.deepEqual(webhookProblems({ metadata: { name: "a" }, spec: { model: { uri: "hf://a/b" } } }), []);
});

test("diagnostics point at the ModelService's lines", () => {
  const text = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3
  namespace: ml
spec:
  model:
    name: Qwen/Qwen3-8B
    image: registry.example.com/models/qwen3:v1
  engine:
    port: 8080
    args: ["--max-model-len=4096", "a b"]
  accelerator: {type: nvidia}
  decode:
    parallelism: {tensor: 2, data: 2, dataLocal: 2}
  routingProxy: {}
`;
  const out = migrate(text);
  const at = (code) => out.diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.path, d.line, d.column]);
  assert.deepEqual(at("migrate/engine-port"), [["warning", "spec.engine.port", 11, 5]]);
  assert.deepEqual(at("migrate/engine-arg-quoted"), [["info", "spec.engine.args[1]", 12, 36]]);
  assert.deepEqual(at("migrate/data-parallel-single-pod"), [["warning", "spec.decode.parallelism", 15, 5]]);
  assert.deepEqual(at("migrate/gpu-count"), [["info", "spec.decode.resources", 14, 3]]);
  assert.deepEqual(at("migrate/routing-proxy-without-prefill"), [["warning", "spec.routingProxy", 16, 3]]);
  assert.deepEqual(at("migrate/model-source"), [["info", "spec.model.image", 9, 5]]);
  // The GPU count tensor × dataLocal, written explicitly; the data-parallel args, then the user's, quoted.
  const main = out.resources[0].spec.template.containers[0];
  assert.deepEqual(main.resources, { limits: { "nvidia.com/gpu": "4" }, requests: { "nvidia.com/gpu": "4" } });
  assert.deepEqual(main.args, ["--data-parallel-size", "2", "--data-parallel-size-local", "2", "--max-model-len=4096", "'a b'"]);
});

test("options.migrate: apiVersion, modelUri, and mistakes as config diagnostics", () => {
  const v1 = migrate(EPP_G1_YAML, {}, { migrate: { apiVersion: "serving.kserve.io/v1alpha1", modelUri: "pvc://models/qwen3" } });
  assert.equal(v1.resources[0].apiVersion, "serving.kserve.io/v1alpha1");
  assert.deepEqual(v1.resources[0].spec.model, { uri: "pvc://models/qwen3", name: "Qwen/Qwen3-0.6B" });
  assert.equal(v1.resources[0].spec.storageInitializer, undefined);
  const bad = migrate(EPP_G1_YAML, {}, { migrate: { apiVersion: "v2", modelURI: "x" } });
  assert.deepEqual(bad.resources, []);
  assert.deepEqual(
    bad.diagnostics.filter((d) => d.code.startsWith("config/")).map((d) => [d.code, d.path]),
    [["config/unknown-field", "options.migrate.modelURI"], ["config/enum", "options.migrate.apiVersion"]],
  );
  assert.throws(() => migrate(EPP_G1_YAML, {}, "v1alpha1"), TypeError);
  assert.throws(() => migrate(42), TypeError);
});

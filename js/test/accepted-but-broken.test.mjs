// Issue 12: configurations the API server accepts and the operator creates in full, but whose pods
// cannot work, are warnings: the JS API and the CLI answer with every object and the located
// finding. (The same in Chromium: www/test/e2e-findings.test.mjs.)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import * as msr from "./support/package.mjs";
import { cli } from "./cli-helpers.mjs";

const corpus = fileURLToPath(new URL("../../tests/corpus/warning/", import.meta.url));
const read = (f) => readFileSync(`${corpus}${f}`, "utf8");
const brief = ({ code, severity, path, line, column }) => ({ code, severity, path, line, column });
const notInfo = (ds) => ds.filter((d) => d.severity !== "info").map(brief);
const kindNames = (objects) => objects.map((o) => `${o.kind}/${o.metadata.name}`);

const NO_POOL = [
  "Deployment/qwen3-decode",
  "ServiceAccount/qwen3-epp",
  "ConfigMap/qwen3-epp-config",
  "Deployment/qwen3-epp",
  "Service/qwen3-epp",
  "Role/qwen3-epp",
  "RoleBinding/qwen3-epp",
  "InferencePool/qwen3",
  "HTTPRoute/qwen3",
  "DestinationRule/qwen3-epp",
  "PodMonitor/qwen3-decode",
];

describe("a port clash inside a pod is a warning; every object is rendered", () => {
  const decode = (paths) => [{ action: "update", apiVersion: "apps/v1", kind: "Deployment", name: "qwen3-decode", namespace: "ml-serving", paths, rollout: true }];
  // [file, objects, the finding, the spec without the clash, what diff(fixed → clashing) reports]
  const cases = [
    [
      "01-proxy-port-conflict.yaml",
      NO_POOL,
      { code: "proxy-port-conflict", severity: "warning", path: "spec.routingProxy.targetPort", line: 15, column: 5 },
      (t) => t.replace("targetPort: 8000", "targetPort: 8200"),
      decode(["spec.template.spec.containers[0].args[2]", "spec.template.spec.containers[0].ports[0].containerPort", "spec.template.spec.initContainers[1].args[3]"]),
    ],
    [
      "02-nixl-port-conflict.yaml",
      NO_POOL,
      { code: "nixl-port-conflict", severity: "warning", path: "spec.engine.env[0].value", line: 13, column: 7 },
      (t) => t.replace('"8000"', '"5557"'),
      // 8000 is vLLM's own port: the operator adds no second `nixl-side` port for it.
      decode(["spec.template.spec.containers[0].env[3].value", "spec.template.spec.containers[0].ports[1]"]),
    ],
  ];
  for (const [file, objects, finding, fixed, changes] of cases) {
    it(`${file}: render, summary, explain and diff answer`, () => {
      const text = read(file);
      const out = msr.render(text);
      assert.deepEqual(kindNames(out.resources), objects);
      assert.deepEqual(notInfo(out.diagnostics), [finding]);
      assert.deepEqual(msr.summary(text).pods, { decode: 1, prefill: 0, epp: 1 });
      assert.deepEqual(kindNames(msr.explain(text).resources), objects);
      assert.deepEqual(msr.diff(fixed(text), text).changes, changes);
    });
  }

  it("the CLI prints every object, exits 0 and locates the warning", () => {
    const r = cli(["render", `${corpus}01-proxy-port-conflict.yaml`, "-o", "json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(kindNames(JSON.parse(r.stdout)), NO_POOL);
    assert.match(r.stderr, /01-proxy-port-conflict\.yaml:15:5: warning proxy-port-conflict: routingProxy\.targetPort equals the engine port 8000/);
    const y = cli(["render", `${corpus}03-epp-health-port.yaml`]);
    assert.equal(y.code, 0, y.stderr);
    assert.equal(Array.from(parseAllDocuments(y.stdout)).length, 14);
    assert.match(y.stderr, /03-epp-health-port\.yaml:16:7: warning epp-port-conflict: /);
  });

  it("9090 (a Service with two equal ports) stays an error: nothing rendered, exit 1", () => {
    const text = read("03-epp-health-port.yaml").replace("port: 9003", "port: 9090");
    const out = msr.render(text);
    assert.deepEqual(out.resources, []);
    assert.deepEqual(notInfo(out.diagnostics), [
      { code: "epp-service-port-duplicate", severity: "error", path: "spec.inferencePool.endpointPicker.port", line: 16, column: 7 },
    ]);
    const r = cli(["render", "-"], { input: text });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
  });
});

describe("Go int32 arithmetic: the accelerator count and the status totals wrap", () => {
  const spec = (tensor, dataLocal) => `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3
  namespace: ml-serving
spec:
  model:
    name: qwen/Qwen3-8B
    image: registry.example.com/models/qwen3:v1
  engine: {}
  accelerator:
    type: nvidia
  decode:
    parallelism:
      tensor: ${tensor}
      data: ${dataLocal}
      dataLocal: ${dataLocal}
`;
  const vllm = (out) => out.resources[0].spec.template.spec.containers[0];

  it("65536 × 65536 wraps to 0: no accelerator injected, a located warning", () => {
    const out = msr.render(spec(65536, 65536));
    assert.deepEqual(kindNames(out.resources), NO_POOL);
    assert.equal(vllm(out).resources, undefined);
    assert.deepEqual(notInfo(out.diagnostics), [{ code: "gpu-count-overflow", severity: "warning", path: "spec.decode.parallelism", line: 14, column: 5 }]);
    assert.deepEqual(msr.summary(spec(65536, 65536)).accelerators, {});
  });

  it("65537 × 65537 wraps to 131073", () => {
    const out = msr.render(spec(65537, 65537));
    assert.deepEqual(vllm(out).resources, { limits: { "nvidia.com/gpu": "131073" }, requests: { "nvidia.com/gpu": "131073" } });
    assert.deepEqual(msr.summary(spec(65537, 65537)).accelerators, { "nvidia.com/gpu": 131073 });
  });

  it("65536 × 32768 wraps negative: the Deployment is rejected, an error; the CLI exits 1", () => {
    const out = msr.render(spec(65536, 32768));
    assert.deepEqual(out.resources, []);
    assert.deepEqual(notInfo(out.diagnostics), [{ code: "gpu-count-negative", severity: "error", path: "spec.decode.parallelism", line: 14, column: 5 }]);
    assert.match(out.diagnostics[0].message, /wraps to -2147483648, and writes nvidia\.com\/gpu: "-2147483648" into the Deployment `qwen3-decode`/);
    const r = cli(["render", "-"], { input: spec(65536, 32768) });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^<stdin>:14:5: error gpu-count-negative: tensor 65536 × dataLocal 32768 = 2147483648/m);
  });

  it("observeStatus adds the replica counts in int32", () => {
    const ms = `${spec(1, 1)}  prefill: {}\n`;
    const out = msr.observeStatus(ms, {
      decode: { spec: { replicas: 2147483647 }, status: { readyReplicas: 2147483647 } },
      prefill: { spec: { replicas: 1 }, status: { readyReplicas: 0 } },
    });
    assert.equal(out.phase, "Ready");
    assert.equal(out.conditions[0].message, "All 2147483647 replicas are ready");
    assert.deepEqual(out.diagnostics.map((d) => [d.code, d.severity, d.path]), [["status/total-overflow", "warning", "deployments.prefill.spec.replicas"]]);
  });

  it("observeStatus reports a count it cannot read instead of reading it as zero unsaid", () => {
    // A count as a string (a hand-written or templated object): read as absent, and said so.
    const out = msr.observeStatus(spec(1, 1), { decode: { spec: { replicas: 2 }, status: { readyReplicas: "2" } } });
    assert.deepEqual(out.diagnostics.map((d) => [d.code, d.severity, d.path, d.message]), [
      ["status/type", "error", "deployments.decode.status.readyReplicas", "expected a 32-bit integer"],
    ]);
    assert.deepEqual([out.phase, out.decodeReady, out.decodeReplicas], ["Running", 0, 2]);
  });
});

describe("llm-d images past a release boundary: located warnings, every object rendered", () => {
  const spec = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3
  namespace: ml-serving
spec:
  model:
    name: qwen/Qwen3-8B
    image: registry.example.com/models/qwen3:v1
  engine: {}
  accelerator:
    type: nvidia
  decode: {}
  prefill: {}
  routingProxy:
    image: ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0
  inferencePool:
    endpointPicker:
      image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0
`;

  it("render (JS API): the image lines carry the findings", () => {
    const out = msr.render(spec);
    assert.equal(out.resources.length, 16);
    assert.deepEqual(notInfo(out.diagnostics), [
      { code: "image-epp-pd-gate-removed", severity: "warning", path: "spec.inferencePool.endpointPicker.image", line: 19, column: 7 },
      { code: "image-sidecar-connector-flag-removed", severity: "warning", path: "spec.routingProxy.image", line: 16, column: 5 },
    ]);
    const gate = out.diagnostics.find((d) => d.code === "image-epp-pd-gate-removed");
    assert.equal(gate.hint, "use ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1, which accepts what operator v1.0.1 generates here");
  });

  it("the CLI: spec images and the operator's --default-*-image flags", () => {
    const r = cli(["lint", "-", "--format", "json"], { input: spec });
    assert.equal(r.code, 0, r.stderr);
    const codes = JSON.parse(r.stdout).files[0].documents[0].diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.code}@${d.line}:${d.column}`);
    assert.deepEqual(codes, ["image-epp-pd-gate-removed@19:7", "image-sidecar-connector-flag-removed@16:5"]);

    const plain = spec.replace("    image: ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0\n", "    connector: nixlv2\n").replace(/  inferencePool:\n[\s\S]*$/, "");
    const f = cli(["render", "-", "-o", "json", "--default-epp-image", "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0",
      "--default-routing-proxy-image", "ghcr.io/llm-d/llm-d-routing-sidecar:v0.9.0"], { input: plain });
    assert.equal(f.code, 0, f.stderr);
    assert.equal(JSON.parse(f.stdout).length, 13);
    assert.match(f.stderr, /warning image-epp-pd-gate-removed: "ghcr\.io\/llm-d\/llm-d-router-endpoint-picker:v0\.9\.0" is llm-d-router-endpoint-picker v0\.9\.0/);
    assert.match(f.stderr, /warning image-rename-boundary: "ghcr\.io\/llm-d\/llm-d-routing-sidecar:v0\.9\.0" is llm-d-routing-sidecar v0\.9\.0: releases from v0\.9\.0 are published as llm-d-router-disagg-sidecar/);
  });
});

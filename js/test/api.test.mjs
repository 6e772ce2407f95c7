// The public API (contract §2) through the Node entry, against the real wasm core.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as msr from "./support/package.mjs";
import { EPP_G1, EPP_G1_HASH, EPP_G1_OBJECTS, EPP_G1_YAML, EPP_G2, EPP_G2_CONFIG, errorsOf, find, kindNames } from "./fixtures.mjs";

describe("render", () => {
  it("renders EPP-G1 from an object: every object in reconcile order, the config hash", () => {
    const out = msr.render(EPP_G1);
    assert.deepEqual(errorsOf(out.diagnostics), []);
    assert.deepEqual(kindNames(out.resources), EPP_G1_OBJECTS);
    assert.equal(out.configHash, EPP_G1_HASH);
    for (const d of out.diagnostics) assert.equal("line" in d, false, "object input has no positions");
  });

  it("gives the same answer for YAML text and for the object", () => {
    // Only the positions differ: text input has them, object input does not.
    const unlocated = (out) => ({ ...out, diagnostics: out.diagnostics.map(({ line, column, ...d }) => d) });
    const fromObject = msr.render(EPP_G1);
    assert.deepEqual(unlocated(msr.render(EPP_G1_YAML)), fromObject);
    assert.deepEqual(unlocated(msr.render(JSON.stringify(EPP_G1))), fromObject);
    for (const d of msr.render(EPP_G1_YAML).diagnostics) assert.ok(d.line >= 1 && d.column >= 1);
  });

  it("passes every EppConfig field through (EPP-G2)", () => {
    const out = msr.render(EPP_G2, EPP_G2_CONFIG);
    assert.deepEqual(errorsOf(out.diagnostics), []);
    const epp = find(out.resources, "Deployment", "qwen3-0-6b-epp");
    const c = epp.spec.template.spec.containers[0];
    assert.deepEqual(c.args, [
      "--pool-name=qwen3-0.6b",
      "--pool-namespace=ml-serving",
      "--pool-group=inference.networking.k8s.io",
      "--config-file=/config/pd-config.yaml",
      "--grpc-port=9100",
      "--zap-encoder=json",
      "--ha-enable-leader-election",
      "--tracing=true",
      "--lora-info-metric=vllm:lora_requests_info",
      "--v=2",
    ]);
    const env = Object.fromEntries(c.env.filter((e) => "value" in e).map((e) => [e.name, e.value]));
    assert.equal(env.OTEL_EXPORTER_OTLP_ENDPOINT, "http://otel:4317");
    assert.equal(env.OTEL_TRACES_SAMPLER, "parentbased_traceidratio");
    assert.equal(env.OTEL_TRACES_SAMPLER_ARG, "0.01");
    assert.equal(epp.spec.template.metadata.annotations["checksum/config"], "da2206ceec8c17d0eef3714ea7387e412c7b565661113eef5c0d0fd2b083eb23");
    assert.ok(find(out.resources, "Secret", "qwen3-0-6b-epp-sa-metrics-reader-secret"));
    assert.ok(find(out.resources, "DestinationRule", "qwen3-0-6b-epp"));
    const route = find(out.resources, "HTTPRoute", "qwen3-0.6b");
    assert.deepEqual(route.spec.parentRefs, [{ name: "gw", namespace: "infra" }]);
  });

  it("provider none, no auth, no gateway: no Secret, DestinationRule or default HTTPRoute", () => {
    const cfg = { provider: "none", metricsEndpointAuth: false, defaultGatewayName: "" };
    const out = msr.render(EPP_G1, cfg);
    const kinds = out.resources.map((r) => r.kind);
    assert.equal(kinds.includes("DestinationRule"), false);
    assert.equal(kinds.includes("HTTPRoute"), false);
    const args = find(out.resources, "Deployment", "qwen3-0-6b-epp").spec.template.spec.containers[0].args;
    assert.equal(args.at(-1), "--metrics-endpoint-auth=false");
    assert.ok(out.absent.some((a) => a.kind === "HTTPRoute" && a.name === "qwen3-0.6b"));
  });

  it("applies options: images, version label, empty kit image", () => {
    const out = msr.render(EPP_G1, {}, { images: { epp: "example.com/epp:x", kit: "" }, version: "" });
    const epp = find(out.resources, "Deployment", "qwen3-0-6b-epp");
    assert.equal(epp.spec.template.spec.containers[0].image, "example.com/epp:x");
    assert.equal("app.kubernetes.io/version" in epp.metadata.labels, false);
    const decode = find(out.resources, "Deployment", "qwen3-0.6b-decode");
    assert.equal(decode.spec.template.spec.initContainers, undefined);
  });

  it("answers a multi-document text with a diagnostic, not a throw", () => {
    const out = msr.render(`${EPP_G1_YAML}---\n${EPP_G1_YAML}`);
    assert.deepEqual(out.resources, []);
    assert.deepEqual(out.absent, []);
    assert.equal(out.configHash, "");
    assert.deepEqual(out.diagnostics.map((d) => [d.code, d.line, d.column]), [["input/multiple-documents", 18, 1]]);
  });

  it("locates schema errors at their keys (line/column, 1-based) and drops segments", () => {
    const text = EPP_G1_YAML.replace("    replicas: 1", "    replicas: two\n    paralelism: {tensor: 2}");
    const out = msr.render(text);
    assert.deepEqual(out.resources, []);
    const at = Object.fromEntries(out.diagnostics.map((d) => [d.path, [d.code, d.line, d.column]]));
    assert.deepEqual(at["spec.decode.replicas"], ["schema/type", 17, 5]);
    assert.deepEqual(at["spec.decode.paralelism"], ["schema/unknown-field", 18, 5]);
    for (const d of out.diagnostics) assert.equal("segments" in d, false);
  });

  it("reports NaN and Infinity from objects and YAML in place", () => {
    const obj = structuredClone(EPP_G1);
    obj.spec.decode.replicas = Number.POSITIVE_INFINITY;
    const fromObject = msr.lint(obj).find((d) => d.code === "schema/non-finite");
    assert.equal(fromObject.path, "spec.decode.replicas");
    const fromText = msr.lint(EPP_G1_YAML.replace("replicas: 1", "replicas: .nan")).find((d) => d.code === "schema/non-finite");
    assert.deepEqual([fromText.path, fromText.line, fromText.column], ["spec.decode.replicas", 17, 5]);
  });

  it("throws TypeError only for wrong argument types", () => {
    for (const bad of [5, true, undefined, null, () => {}]) assert.throws(() => msr.render(bad), TypeError);
    for (const bad of [5, "istio", [], true]) assert.throws(() => msr.render(EPP_G1, bad), TypeError);
    assert.throws(() => msr.render(EPP_G1, {}, 7), TypeError);
    assert.throws(() => msr.lint(EPP_G1, "x"), TypeError);
    assert.throws(() => msr.observeStatus(EPP_G1, 3), TypeError);
    assert.throws(() => msr.names(42), TypeError);
    // Wrong types inside user content are diagnostics.
    const out = msr.render(EPP_G1, { provider: 5, tracing: "on" });
    assert.ok(errorsOf(out.diagnostics).length > 0);
  });
});

describe("lint, names, observeStatus, defaults, schema", () => {
  it("lint returns the diagnostics with positions for text", () => {
    const diags = msr.lint("metadata: {name: x}\nspec:\n  model: {}\n");
    const name = diags.find((d) => d.path === "spec.model.name");
    assert.deepEqual([name.code, name.severity, name.line, name.column], ["schema/required", "error", 3, 3]);
    const ns = diags.find((d) => d.code === "namespace-defaulted");
    assert.deepEqual([ns.severity, ns.line, ns.column], ["info", 1, 1]);
  });

  it('an empty metadata.namespace is unset, as kubectl takes it: rendered into "default" with namespace-defaulted', () => {
    // Helm renders `namespace: {{ .Values.namespace | quote }}` as "" when no value is given.
    const text = EPP_G1_YAML.replace("namespace: ml-serving", 'namespace: ""');
    const object = { ...EPP_G1, metadata: { ...EPP_G1.metadata, namespace: "" } };
    for (const input of [text, object]) {
      const r = msr.render(input);
      assert.deepEqual([...new Set(r.resources.map((o) => o.metadata.namespace))], ["default"]);
      assert.deepEqual(
        r.diagnostics.filter((d) => d.code.startsWith("namespace")).map((d) => [d.code, d.severity, d.path, d.line, d.column]),
        [["namespace-defaulted", "info", "metadata.namespace", ...(typeof input === "string" ? [5, 3] : [undefined, undefined])]],
      );
      assert.equal(msr.names(input).clusterRbac, "default-qwen3-0-6b-epp");
    }
    assert.equal(object.metadata.namespace, "", "the caller's object is not changed");
  });

  it("names gives every derived object name", () => {
    const n = msr.names(EPP_G1_YAML);
    assert.equal(n.decode, "qwen3-0.6b-decode");
    assert.equal(n.prefill, "qwen3-0.6b-prefill");
    assert.equal(n.epp, "qwen3-0-6b-epp");
    assert.equal(n.eppConfigMap, "qwen3-0-6b-epp-config");
    assert.equal(n.eppSecret, "qwen3-0-6b-epp-sa-metrics-reader-secret");
    assert.equal(n.clusterRbac, "ml-serving-qwen3-0-6b-epp");
    assert.equal(n.inferencePool, "qwen3-0.6b");
    assert.equal(n.httpRoute, "qwen3-0.6b");
    assert.deepEqual(n.diagnostics, []);
    assert.equal(Object.keys(n).includes("diagnostics"), false, "diagnostics is not enumerable");
  });

  it("observeStatus follows serving.md §12.2 (SRV-ST-1, -3, -6)", () => {
    const dep = (replicas, readyReplicas) => ({ spec: { replicas }, status: { readyReplicas } });
    const st1 = msr.observeStatus(EPP_G1, { decode: null });
    assert.equal(st1.phase, "Pending");
    assert.deepEqual(st1.conditions, [
      { type: "Ready", status: "False", reason: "DeploymentNotFound", message: "Decode Deployment has not been created yet", observedGeneration: 1 },
    ]);
    const st3 = msr.observeStatus(EPP_G1_YAML, { decode: dep(2, 1) });
    assert.deepEqual([st3.phase, st3.decodeReady, st3.decodeReplicas, st3.observedGeneration], ["Running", 1, 2, 1]);
    assert.equal(st3.conditions[0].message, "1/2 replicas ready");
    const pd = { ...EPP_G1, spec: { ...EPP_G1.spec, prefill: { replicas: 1 } } };
    const st6 = msr.observeStatus(pd, { decode: dep(2, 2), prefill: dep(1, 1) });
    assert.deepEqual([st6.phase, st6.prefillReady, st6.prefillReplicas], ["Ready", 1, 1]);
    assert.equal(st6.conditions[0].message, "All 3 replicas are ready");
  });

  it("defaults() are the operator v1.0.1 production flags", () => {
    const d = msr.defaults();
    assert.deepEqual(d.eppConfig, {
      provider: "istio",
      metricsEndpointAuth: true,
      defaultGatewayName: "otterscale-llm-d-infra-inference-gateway",
      flags: {},
      tracing: { enabled: false, otelExporterEndpoint: "", sampler: "parentbased_traceidratio", samplerArg: "0.01" },
    });
    assert.deepEqual(d.options, {
      images: {
        engine: "ghcr.io/llm-d/llm-d-cuda:v0.5.1",
        epp: "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0",
        routingProxy: "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0",
        kit: "ghcr.io/kitops-ml/kitops:v1.11.0",
      },
      version: "v1.0.1",
      operatorVersion: "v1.0.1",
    });
    assert.equal(msr.defaults({ operatorVersion: "v0.9.0-alpha.2" }).eppConfig.defaultGatewayName, "llm-d-infra-inference-gateway");
  });

  it("schema() is the ModelService JSON Schema; operatorVersion is v1.0.1", () => {
    const s = msr.schema();
    assert.equal(s.type, "object");
    assert.ok(s.properties.spec.properties.decode);
    assert.equal(msr.operatorVersion, "v1.0.1");
  });

  it("init and initSync are idempotent no-ops in Node", async () => {
    await msr.init();
    await msr.init();
    msr.initSync();
    assert.equal(msr.render(EPP_G1).configHash, EPP_G1_HASH);
  });
});

describe("explain, diff, summary", () => {
  it("explain: one origin per leaf, traced to the spec or an operator default", () => {
    const out = msr.explain(EPP_G1_YAML);
    assert.deepEqual(kindNames(out.resources), EPP_G1_OBJECTS);
    const origin = (kind, name, path) => out.origins.find((o) => o.kind === kind && o.name === name && o.path === path);
    assert.deepEqual(origin("Deployment", "qwen3-0.6b-decode", "spec.replicas"), {
      kind: "Deployment", name: "qwen3-0.6b-decode", path: "spec.replicas", origin: "spec", from: ["spec.decode.replicas"],
    });
    const image = origin("Deployment", "qwen3-0.6b-decode", "spec.template.spec.containers[0].image");
    assert.deepEqual([image.origin, image.from], ["operator-default", ["--default-engine-image"]]);
    for (const o of out.origins) assert.ok(["spec", "crd-default", "operator-default", "derived", "constant"].includes(o.origin));
  });

  it("diff: per-object changes; diagnostics located in their own text", () => {
    const after = EPP_G1_YAML.replace("    replicas: 1", "    replicas: 3");
    const out = msr.diff(EPP_G1_YAML, after);
    assert.deepEqual(out.changes, [
      { action: "update", apiVersion: "apps/v1", kind: "Deployment", name: "qwen3-0.6b-decode", namespace: "ml-serving", paths: ["spec.replicas"], rollout: false },
    ]);
    const broken = msr.diff(EPP_G1, `# one more line\n${after.replace("replicas: 3", "replicas: x")}`);
    assert.deepEqual(broken.changes, []);
    const d = broken.diagnostics.find((x) => x.code === "schema/type");
    assert.deepEqual([d.document, d.path, d.line, d.column], ["after", "spec.decode.replicas", 18, 5]);
    assert.throws(() => msr.diff(EPP_G1), TypeError);
  });

  it("diff: each diagnostic names its document; a settings one has none and comes once", () => {
    const brief = (ds) => ds.map((d) => [d.document, d.code, d.line, d.column]);
    assert.deepEqual(brief(msr.diff(EPP_G1, EPP_G1_YAML, { provider: "foo" }).diagnostics), [
      [undefined, "config/unknown-provider", undefined, undefined],
      ["before", "epp-default-resources", undefined, undefined],
      ["after", "epp-default-resources", 8, 1],
    ]);
    // Text that does not parse never reaches the core: still tagged with its side.
    assert.deepEqual(brief(msr.diff(EPP_G1_YAML, "a: [").diagnostics), [["after", "input/yaml-syntax", 1, 5]]);
  });

  it("summary: pods, accelerators, requests and object counts", () => {
    const s = msr.summary(EPP_G1);
    assert.deepEqual(s.pods, { decode: 1, prefill: 0, epp: 1 });
    assert.deepEqual(s.accelerators, { "nvidia.com/gpu": 1 });
    assert.deepEqual(s.requests, { cpu: "4", memory: "8Gi" });
    assert.deepEqual(s.objects, {
      ConfigMap: 1, Deployment: 2, DestinationRule: 1, HTTPRoute: 1, InferencePool: 1, PodMonitor: 1, Role: 1, RoleBinding: 1, Service: 1, ServiceAccount: 1,
    });
    assert.equal(Object.keys(s).includes("diagnostics"), false);
    const bad = msr.summary("metadata: {name: x}\n");
    assert.ok(errorsOf(bad.diagnostics).length > 0);
  });
});

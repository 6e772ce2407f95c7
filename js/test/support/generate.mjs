// Deterministic pseudo-random ModelServices (and EppConfig/options) for the parity and upstream
// schema tests. `generateCases(count, seed)` always answers the same list for the same arguments.
// About three in four cases are valid; the rest carry one mutation that the validator or a lint
// rule must report (wrong types, enum values, ranges, unknown fields, bad quantities, …).

/** mulberry32: a small seeded PRNG → floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;
  const maybe = (p, f) => (chance(p) ? f() : undefined);
  const str = (alphabet, lo, hi) => Array.from({ length: int(lo, hi) }, () => pick(alphabet)).join("");
  return { rand, int, pick, chance, maybe, str };
}

const LOWER = [..."abcdefghijklmnopqrstuvwxyz"];
const DIGITS = [..."0123456789"];
const ALNUM = [...LOWER, ...DIGITS];
const NAME_CHARS = [...ALNUM, ...ALNUM, "-", "."];

/** Drops `undefined` members so the JSON shape is what a user would write. */
function clean(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function metadataName(g) {
  const fixed = ["qwen3-0.6b", "llama-3.1-8b-instruct", "7b-chat", "a", "m.v2.chat", "0", "deepseek-r1.distill-qwen-1.5b", "x-y"];
  if (g.chance(0.4)) return g.pick(fixed);
  // Alphanumeric at both ends, dots and dashes inside; sometimes long (up to 52 characters).
  const inner = g.str(NAME_CHARS, 0, g.chance(0.15) ? 50 : 20).replace(/\.{2,}/g, ".").replace(/-\./g, "-a.").replace(/\.-/g, ".a-");
  return `${g.pick(ALNUM)}${inner}${inner ? g.pick(ALNUM) : ""}`;
}

// Requests come from the small sets and limits from the large ones, so a request never exceeds
// its limit (a lint error the mutations cover instead).
const QUANTITIES = {
  cpu: [["500m", "1", "0.5", ".5", "1.5", "+2", "100m", "2", 4, "0"], ["8", "16", "1e3", "2k", 32, "64000m"]],
  memory: [["512Mi", "1G", "1.5Gi", "1e9", "128974848", "100M", 1073741824], ["64Gi", "0.5Ti", "1e12", "2Ti", 68719476736]],
  gpu: [["1", "2", 1], ["4", "8", 8]],
};

function quantity(g, kind, limit) {
  return g.pick(QUANTITIES[kind][limit ? 1 : 0]);
}

function resources(g, gpuName) {
  const group = (limit) => {
    const out = {};
    if (g.chance(0.7)) out.cpu = quantity(g, "cpu", limit);
    if (g.chance(0.6)) out.memory = quantity(g, "memory", limit);
    if (g.chance(0.2)) out[gpuName] = quantity(g, "gpu", limit);
    if (g.chance(0.1)) out["ephemeral-storage"] = limit ? "1T" : "10Gi";
    return out;
  };
  return clean({
    requests: g.maybe(0.8, () => group(false)),
    limits: g.maybe(0.5, () => group(true)),
    claims: g.maybe(0.05, () => [{ name: "gpu-claim" }]),
  });
}

function env(g) {
  const out = [];
  if (g.chance(0.4)) out.push({ name: "VLLM_NIXL_SIDE_CHANNEL_PORT", value: String(g.pick([5557, 5600, 6000])) });
  if (g.chance(0.1)) out.push({ name: "VLLM_NIXL_SIDE_CHANNEL_HOST", value: "0.0.0.0" });
  if (g.chance(0.3)) out.push({ name: "HF_HUB_OFFLINE", value: "1" });
  if (g.chance(0.2)) out.push({ name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } });
  if (g.chance(0.2)) out.push({ name: "HF_TOKEN", valueFrom: { secretKeyRef: { name: "hf", key: "token", optional: g.chance(0.5) } } });
  if (g.chance(0.1)) out.push({ name: "TP_SIZE", value: "7" }); // collides with a generated variable
  if (g.chance(0.1)) out.push({ name: "EMPTY" });
  return out;
}

function parallelism(g) {
  return clean({
    tensor: g.maybe(0.7, () => g.pick([1, 2, 4, 8])),
    data: g.maybe(0.4, () => g.pick([1, 2, 4])),
    dataLocal: g.maybe(0.3, () => g.pick([1, 2])),
  });
}

function role(g, gpuName, profile) {
  return clean({
    replicas: g.maybe(0.8, () => g.int(0, 4)),
    parallelism: g.maybe(0.5, () => parallelism(g)),
    resources: g.maybe(0.6, () => resources(g, gpuName)),
    nodeSelector: g.maybe(0.2, () => ({ "kubernetes.io/hostname": `n${g.int(1, 9)}`, gpu: g.pick(["h100", "a100", "mi300"]) })),
    tolerations: g.maybe(0.2, () => [
      g.chance(0.7)
        ? { key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }
        : { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: g.int(0, 3600) },
    ]),
    annotations: profile === "v0.9.0-alpha.2" ? undefined : g.maybe(0.2, () => ({ "sidecar.istio.io/inject": g.pick(["true", "false"]) })),
  });
}

const GPU = { nvidia: "nvidia.com/gpu", amd: "amd.com/gpu", "intel-gaudi": "habana.ai/gaudi", google: "google.com/tpu", cpu: "cpu" };

function modelService(g, profile) {
  const accel = g.pick(Object.keys(GPU));
  const name = metadataName(g);
  const spec = clean({
    model: clean({
      name: g.pick(["Qwen/Qwen3-0.6B", "meta-llama/Llama-3.1-8B-Instruct", "deepseek-ai/DeepSeek-R1", "m"]),
      image: g.pick(["registry.example.com/models/qwen3:v1", "ghcr.io/org/model@sha256:0123abcd", "kit.example/m:latest"]),
      mountPath: g.maybe(0.2, () => g.pick(["/models", "/mnt/model", ""])),
      imagePullSecrets: g.maybe(0.2, () => [{ name: "registry-creds" }, ...(g.chance(0.5) ? [{ name: "other" }] : [])]),
    }),
    engine: clean({
      image: g.maybe(0.3, () => g.pick(["vllm/vllm-openai:v0.8.0", "", "ghcr.io/llm-d/llm-d-cuda:v0.5.1"])),
      imagePullPolicy: g.maybe(0.2, () => g.pick(["Always", "IfNotPresent", "Never"])),
      args: g.maybe(0.3, () => g.pick([["--max-model-len=8192"], ["--enable-chunked-prefill", "--gpu-memory-utilization", "0.9"], []])),
      env: g.maybe(0.5, () => env(g)),
      port: g.maybe(0.5, () => g.pick([8000, 8080, 1, 65535, 9000])),
    }),
    accelerator: { type: accel },
    decode: role(g, GPU[accel], profile),
    prefill: g.maybe(0.35, () => role(g, GPU[accel], profile)),
    routingProxy: g.maybe(0.3, () =>
      clean({
        image: g.maybe(0.3, () => g.pick(["ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0", ""])),
        connector: g.maybe(0.6, () => g.pick(["nixlv2", "lmcache", ""])),
        targetPort: g.maybe(0.4, () => g.pick([8200, 8001, 9999])),
        zapEncoder: g.maybe(0.2, () => g.pick(["json", "console"])),
        zapLogLevel: g.maybe(0.2, () => g.pick(["debug", "info"])),
        secureProxy: g.maybe(0.3, () => g.chance(0.5)),
        prefillerUseTLS: g.maybe(0.3, () => g.chance(0.5)),
        certPath: g.maybe(0.1, () => "/etc/certs"),
      }),
    ),
    inferencePool: g.maybe(0.35, () => ({
      endpointPicker: clean({
        image: g.maybe(0.4, () => g.pick(["example.com/epp:dev", ""])),
        replicas: g.maybe(0.5, () => g.int(0, 3)),
        port: g.maybe(0.5, () => g.pick([9002, 9100, 1])),
        failureMode: g.maybe(0.5, () => g.pick(["FailOpen", "FailClose"])),
        resources: g.maybe(0.3, () => resources(g, "cpu")),
      }),
    })),
    httpRoute: g.maybe(0.3, () =>
      clean({
        gatewayRef: clean({ name: g.pick(["gw", "inference-gateway"]), namespace: g.maybe(0.6, () => g.pick(["infra", "ml-serving", ""])) }),
        hostnames: g.maybe(0.5, () => g.pick([["a.example.com"], ["a.example.com", "*.b.example.com"], []])),
      }),
    ),
    monitoring: g.maybe(0.4, () =>
      g.pick([
        {},
        { podMonitor: {} },
        { podMonitor: { enabled: false } },
        { podMonitor: clean({ enabled: true, portName: g.maybe(0.5, () => g.pick(["http", "metrics"])), path: g.maybe(0.5, () => "/metrics"), interval: g.maybe(0.5, () => g.pick(["15s", "1m"])) }) },
      ]),
    ),
  });
  return {
    apiVersion: "model.otterscale.io/v1alpha1",
    kind: "ModelService",
    metadata: clean({
      name,
      namespace: g.pick(["ml-serving", "default", "team-a", "ns1"]),
      uid: g.maybe(0.5, () => `00000000-0000-0000-0000-${String(g.int(0, 999999999999)).padStart(12, "0")}`),
      generation: g.maybe(0.4, () => g.int(1, 20)),
      labels: g.maybe(0.1, () => ({ team: "a" })),
    }),
    spec,
  };
}

function eppConfig(g) {
  return clean({
    provider: g.maybe(0.6, () => g.pick(["istio", "gke", "none", ""])),
    metricsEndpointAuth: g.maybe(0.5, () => g.chance(0.5)),
    defaultGatewayName: g.maybe(0.4, () => g.pick(["", "gw", "otterscale-llm-d-infra-inference-gateway"])),
    tracing: g.maybe(0.3, () =>
      clean({
        enabled: g.chance(0.7),
        otelExporterEndpoint: g.maybe(0.7, () => "http://otel:4317"),
        sampler: g.maybe(0.3, () => "always_on"),
        samplerArg: g.maybe(0.3, () => g.pick(["0.5", "1"])),
      }),
    ),
    flags: g.maybe(0.2, () => ({ v: String(g.int(1, 4)), "kv-cache-usage-percentage-metric": "vllm:kv_cache_usage_perc" })),
  });
}

function options(g, profile) {
  return clean({
    operatorVersion: profile,
    version: g.maybe(0.3, () => g.pick(["", "v1.0.1", "test"])),
    images: g.maybe(0.2, () => clean({ engine: g.maybe(0.5, () => "e:1"), epp: g.maybe(0.5, () => "p:1"), routingProxy: g.maybe(0.5, () => "r:1"), kit: g.maybe(0.5, () => "k:1") })),
  });
}

/** One mutation each: [label, (case, g) => void]. Every one makes the input invalid or questionable. */
const MUTATIONS = [
  ["replicas-negative", (c) => (c.modelService.spec.decode.replicas = -1)],
  ["replicas-string", (c) => (c.modelService.spec.decode.replicas = "2")],
  ["replicas-float", (c) => (c.modelService.spec.decode.replicas = 1.5)],
  ["replicas-huge", (c) => (c.modelService.spec.decode.replicas = 2 ** 31)],
  ["replicas-non-finite", (c, g) => (c.modelService.spec.decode.replicas = { $nonFinite: g.pick(["NaN", "Infinity", "-Infinity"]) })],
  ["port-zero", (c) => (c.modelService.spec.engine.port = 0)],
  ["port-too-big", (c) => (c.modelService.spec.engine.port = 70000)],
  ["port-1e20", (c) => (c.modelService.spec.engine.port = 1e20)],
  ["accelerator-enum", (c) => (c.modelService.spec.accelerator.type = "tpu")],
  ["accelerator-missing", (c) => delete c.modelService.spec.accelerator],
  ["model-name-empty", (c) => (c.modelService.spec.model.name = "")],
  ["model-name-long", (c) => (c.modelService.spec.model.name = "m".repeat(254))],
  ["name-uppercase", (c) => (c.modelService.metadata.name = "Qwen3")],
  ["name-underscore", (c) => (c.modelService.metadata.name = "a_b")],
  ["name-too-long", (c) => (c.modelService.metadata.name = "a".repeat(254))],
  ["name-missing", (c) => delete c.modelService.metadata.name],
  ["unknown-field", (c, g) => (c.modelService.spec[g.pick(["paralelism", "replica", "Monitoring"])] = 1)],
  ["bad-quantity", (c, g) => (c.modelService.spec.decode.resources = { requests: { cpu: g.pick(["abc", "1.2.3", "", "5 Gi", "-"]) } })],
  ["quantity-float", (c) => (c.modelService.spec.decode.resources = { requests: { cpu: 0.25 } })],
  ["requests-exceed-limits", (c) => (c.modelService.spec.decode.resources = { requests: { cpu: "2" }, limits: { cpu: "1" } })],
  ["toleration-seconds", (c) => (c.modelService.spec.decode.tolerations = [{ key: "k", effect: "NoSchedule", tolerationSeconds: 5 }])],
  ["name-epp-too-long", (c) => (c.modelService.metadata.name = "a".repeat(62))],
  ["proxy-port-conflict", (c) => (c.modelService.spec.routingProxy = { targetPort: c.modelService.spec.engine.port ?? 8000 })],
  ["quantity-object", (c) => (c.modelService.spec.decode.resources = { limits: { memory: { value: 1 } } })],
  ["parallelism-zero", (c) => (c.modelService.spec.decode.parallelism = { tensor: 0 })],
  ["failure-mode", (c) => (c.modelService.spec.inferencePool = { endpointPicker: { failureMode: "Fail" } })],
  ["pool-no-picker", (c) => (c.modelService.spec.inferencePool = {})],
  ["route-no-gateway", (c) => (c.modelService.spec.httpRoute = { hostnames: ["a"] })],
  ["env-no-name", (c) => (c.modelService.spec.engine.env = [{ value: "1" }])],
  ["env-dup", (c) => (c.modelService.spec.engine.env = [{ name: "A", value: "1" }, { name: "A", value: "2" }])],
  ["annotations-seed", (c) => {
    c.options.operatorVersion = "v0.9.0-alpha.2";
    c.modelService.spec.decode.annotations = { a: "b" };
  }],
  ["api-version", (c) => (c.modelService.apiVersion = "model.otterscale.io/v1")],
  ["kind", (c) => (c.modelService.kind = "ModelServer")],
  ["spec-array", (c) => (c.modelService.spec = [])],
  ["not-an-object", (c, g) => (c.modelService = g.pick([null, 3, "x", []]))],
  ["epp-provider", (c) => (c.eppConfig.provider = "linkerd")],
  ["epp-unknown", (c) => (c.eppConfig.providr = "istio")],
  ["epp-type", (c) => (c.eppConfig.metricsEndpointAuth = "yes")],
  ["operator-version", (c) => (c.options.operatorVersion = "v2.0.0")],
  ["unicode", (c) => (c.modelService.metadata.name = "modèle-😀")],
];

/**
 * `count` cases `{label, valid, modelService, eppConfig, options}` (plain JSON values; NaN and
 * ±Infinity appear in their wire form `{"$nonFinite": …}`).
 */
export function generateCases(count, seed = 20240601) {
  const g = tools(prng(seed));
  const out = [];
  for (let i = 0; i < count; i++) {
    const profile = g.pick([undefined, undefined, "v1.0.1", "v0.9.0-alpha.2"]);
    const c = { label: `gen#${i}`, valid: true, modelService: modelService(g, profile), eppConfig: eppConfig(g), options: options(g, profile) };
    if (g.chance(0.25)) {
      const [label, mutate] = g.pick(MUTATIONS);
      mutate(c, g);
      c.label += ` (${label})`;
      c.valid = false;
    }
    out.push(c);
  }
  return out;
}

// Inputs from shared/spec/cases.md, used by several suites.

/** EPP-G1 (cases.md §6.1): production defaults; pool, route, prefill, monitoring all nil. */
export const EPP_G1 = {
  apiVersion: "model.otterscale.io/v1alpha1",
  kind: "ModelService",
  metadata: { name: "qwen3-0.6b", namespace: "ml-serving", uid: "00000000-0000-0000-0000-000000000001", generation: 1 },
  spec: {
    model: { name: "Qwen/Qwen3-0.6B", image: "registry.example.com/models/qwen3:v1" },
    engine: { port: 8000 },
    accelerator: { type: "nvidia" },
    decode: { replicas: 1 },
  },
};

/** EPP-G1 as a user would write it (the YAML positions below are part of the tests). */
export const EPP_G1_YAML = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3-0.6b
  namespace: ml-serving
  uid: 00000000-0000-0000-0000-000000000001
  generation: 1
spec:
  model:
    name: Qwen/Qwen3-0.6B
    image: registry.example.com/models/qwen3:v1
  engine:
    port: 8000
  accelerator:
    type: nvidia
  decode:
    replicas: 1
`;

export const EPP_G1_HASH = "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1";

/** EPP-G1's objects in reconcile order (reconcile.md §2), as [kind, name]. */
export const EPP_G1_OBJECTS = [
  ["Deployment", "qwen3-0.6b-decode"],
  ["ServiceAccount", "qwen3-0-6b-epp"],
  ["ConfigMap", "qwen3-0-6b-epp-config"],
  ["Deployment", "qwen3-0-6b-epp"],
  ["Service", "qwen3-0-6b-epp"],
  ["Role", "qwen3-0-6b-epp"],
  ["RoleBinding", "qwen3-0-6b-epp"],
  ["InferencePool", "qwen3-0.6b"],
  ["HTTPRoute", "qwen3-0.6b"],
  ["DestinationRule", "qwen3-0-6b-epp"],
  ["PodMonitor", "qwen3-0.6b-decode"],
];

/** EPP-G2 (cases.md §6.2): everything explicit. */
export const EPP_G2 = {
  ...EPP_G1,
  spec: {
    ...EPP_G1.spec,
    prefill: { replicas: 1 },
    inferencePool: {
      endpointPicker: { image: "example.com/epp:dev", replicas: 2, port: 9100, failureMode: "FailOpen", resources: { requests: { cpu: "1" } } },
    },
    httpRoute: { gatewayRef: { name: "gw", namespace: "infra" }, hostnames: ["a.example.com", "b.example.com"] },
    monitoring: { podMonitor: { enabled: true } },
  },
};

export const EPP_G2_CONFIG = {
  provider: "istio",
  metricsEndpointAuth: true,
  defaultGatewayName: "otterscale-llm-d-infra-inference-gateway",
  tracing: { enabled: true, otelExporterEndpoint: "http://otel:4317", sampler: "parentbased_traceidratio", samplerArg: "0.01" },
  flags: { v: "2", "lora-info-metric": "vllm:lora_requests_info" },
};

export const kindNames = (resources) => resources.map((r) => [r.kind, r.metadata.name]);
export const find = (resources, kind, name) => resources.find((r) => r.kind === kind && r.metadata.name === name);
export const errorsOf = (diagnostics) => diagnostics.filter((d) => d.severity === "error");

/**
 * A ModelService with no finding at all (its EPP is sized: no epp-default-resources info), for the
 * integration tests: `CLEAN_HEAD` is everything but `decode` (16 lines), `CLEAN_YAML` adds it.
 */
export const CLEAN_HEAD = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3
  namespace: ml
spec:
  model:
    name: qwen/Qwen3-8B
    image: registry.example.com/models/qwen3:v1
  engine: {}
  accelerator:
    type: nvidia
  inferencePool:
    endpointPicker:
      resources:
        requests: {cpu: "1", memory: 1Gi}
`;
export const CLEAN_YAML = `${CLEAN_HEAD}  decode:\n    replicas: 1\n`;

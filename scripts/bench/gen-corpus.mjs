// P4 corpus: N ModelService files (YAML), a deterministic mix of shapes seen in practice —
// minimal decode-only, decode + prefill (P/D) with routing proxy, explicit pool/route,
// monitoring, env, tolerations, GPU counts — each with a unique name so the cross-document rules
// (EPP name collisions) stay quiet, spread over 10 namespaces.
//   usage: node gen-corpus.mjs <dir> [count=1000]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { YAML } from "./common.mjs";

const dir = process.argv[2];
const count = Number(process.argv[3] ?? 1000);
if (!dir) throw new Error("usage: gen-corpus.mjs <dir> [count]");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const MODELS = ["Qwen/Qwen3-0.6B", "Qwen/Qwen3-8B", "qwen/Qwen3-32B", "meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3"];
const GPU = ["nvidia", "nvidia", "nvidia", "amd"];

function modelService(i) {
  const shape = i % 4; // 0 minimal, 1 P/D, 2 pool + route + monitoring, 3 env + scheduling
  const tp = [1, 2, 4, 8][i % 4];
  const ms = {
    apiVersion: "model.otterscale.io/v1alpha1",
    kind: "ModelService",
    metadata: { name: `ms-${String(i).padStart(4, "0")}`, namespace: `team-${i % 10}` },
    spec: {
      model: { name: MODELS[i % MODELS.length], image: `registry.example.com/models/m${i % 7}:v${1 + (i % 3)}` },
      engine: { port: 8000 },
      accelerator: { type: GPU[i % GPU.length] },
      decode: { replicas: 1 + (i % 3), parallelism: { tensor: tp }, resources: { requests: { cpu: "4", memory: "32Gi" } } },
    },
  };
  if (shape === 1) {
    ms.spec.engine.args = ["--max-model-len", "8192"];
    ms.spec.prefill = { replicas: 1 + (i % 2), parallelism: { tensor: Math.max(1, tp / 2) } };
    ms.spec.routingProxy = { connector: "nixlv2" };
  }
  if (shape === 2) {
    ms.spec.inferencePool = { endpointPicker: { replicas: 2 } };
    ms.spec.httpRoute = { gatewayRef: { name: "inference-gateway", namespace: "gateway" }, hostnames: [`m${i}.example.com`] };
    ms.spec.monitoring = { podMonitor: { enabled: true, interval: "30s" } };
  }
  if (shape === 3) {
    ms.spec.engine.env = [
      { name: "VLLM_LOGGING_LEVEL", value: "INFO" },
      { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
    ];
    ms.spec.decode.nodeSelector = { gpu: "h100" };
    ms.spec.decode.tolerations = [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }];
    ms.spec.decode.resources.limits = { memory: "64Gi" };
  }
  return ms;
}

for (let i = 0; i < count; i++) {
  const sub = join(dir, `shard-${i % 10}`);
  if (i < 10) mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, `ms-${String(i).padStart(4, "0")}.yaml`), YAML.stringify(modelService(i)));
}
const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".yaml")).length;
console.log(JSON.stringify({ dir, files }));

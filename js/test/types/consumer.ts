// A typical consumer of the package, type-checked by test/types.test.mjs with `tsc --strict`:
// it must compile with zero errors. Never executed.
import {
  defaults,
  diff,
  explain,
  init,
  lint,
  migrate,
  observeStatus,
  render,
  summary,
  toYaml,
  toYamlStream,
  type Change,
  type Diagnostic,
  type MigrateOptions,
  type MigrateResult,
  type EppConfig,
  type ModelService,
  type Origin,
  type RenderOptions,
  type RenderResult,
} from "modelservice-render";

const ms: ModelService = {
  apiVersion: "model.otterscale.io/v1alpha1",
  kind: "ModelService",
  metadata: { name: "qwen3-0.6b", namespace: "ml-serving", generation: 1 },
  spec: {
    model: { name: "Qwen/Qwen3-0.6B", image: "registry.example.com/models/qwen3:v1" },
    engine: { port: 8000, args: ["--max-model-len=4096"] },
    accelerator: { type: "nvidia" },
    decode: { replicas: 2, parallelism: { tensor: 2 }, resources: { requests: { cpu: "4", memory: 2 } } },
  },
};
const eppConfig: EppConfig = { provider: "gke", tracing: { enabled: true } };
const options: RenderOptions = { operatorVersion: "v0.9.0-alpha.2", images: { kit: "" }, version: "" };

export async function main(yamlText: string): Promise<string[]> {
  await init();
  await init(new URL("https://example.com/modelservice_render_bg.wasm"));

  const result: RenderResult = render(ms, eppConfig, options);
  const lines = result.resources.map((r) => `${r.kind}/${String(r.metadata.name)} (${r.apiVersion})`);
  for (const ref of result.absent) lines.push(`absent ${ref.kind}/${ref.name} in ${ref.namespace ?? "-"}`);
  lines.push(`checksum/config ${result.configHash}`);

  const findings: Diagnostic[] = lint(yamlText, {}, { operatorVersion: "v1.0.1" });
  for (const d of findings) {
    const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : d.path;
    const severity: "error" | "warning" | "info" = d.severity;
    lines.push(`${where} ${severity} ${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ""}`);
  }

  const explained = explain(ms, eppConfig);
  const origin: Origin | undefined = explained.origins[0];
  if (origin) lines.push(`${origin.kind}/${origin.name}:${origin.path} ${origin.origin} ${(origin.from ?? []).join(",")} ${origin.rule ?? ""}`);

  const after: ModelService = { ...ms, spec: { ...ms.spec, decode: { replicas: 3 } } };
  const changes: Change[] = diff(ms, after, eppConfig, options).changes;
  for (const c of changes) {
    const verb: "create" | "delete" | "update" = c.action;
    lines.push(`${verb} ${c.kind} ${c.name}${c.rollout ? " (rolls pods)" : ""} ${(c.paths ?? []).join(" ")}`);
  }

  const s = summary(yamlText, eppConfig);
  const pods: number = s.pods.decode + s.pods.prefill + s.pods.epp;
  const gpus: number = s.accelerators["nvidia.com/gpu"] ?? 0;
  const memoryLimit: string | undefined = s.limits.memory;
  lines.push(`${pods} pods, ${gpus} GPUs, ${s.requests.cpu} CPU, ${s.requests.memory} memory, limit ${memoryLimit ?? "none"}`);
  lines.push(...Object.entries(s.objects).map(([kind, n]) => `${kind} ×${n}`), `${s.diagnostics.length} notes`);

  const migrateOptions: MigrateOptions = { apiVersion: "serving.kserve.io/v1alpha1", modelUri: "pvc://models/qwen3" };
  const migrated: MigrateResult = migrate(yamlText, eppConfig, { ...options, migrate: migrateOptions });
  const [svc] = migrated.resources;
  lines.push(`${svc?.apiVersion} ${svc?.kind}`, ...migrated.diagnostics.map((x) => `${x.code} ${x.line ?? 0}`));

  const d = defaults();
  const provider: "istio" | "gke" | "none" = d.eppConfig.provider;
  const enabled: boolean = d.eppConfig.tracing.enabled;
  lines.push(`${provider} ${enabled} ${d.options.images.engine} ${d.options.operatorVersion} ${d.options.version}`);

  const status = observeStatus(ms, { decode: { spec: { replicas: 2 }, status: { readyReplicas: 1 } }, prefill: null });
  const ready = status.conditions.find((c) => c.type === "Ready");
  lines.push(`${status.phase} ${status.decodeReady}/${status.decodeReplicas} ${ready?.status ?? "Unknown"} ${status.observedGeneration ?? 0}`);
  return lines;
}

// The shared YAML writer: any JSON value in, text out.
const oneDoc: string = toYaml({ env: [{ name: "MODE", value: "on" }] });
const stream: string = toYamlStream(render(ms).resources);
void [oneDoc, stream];

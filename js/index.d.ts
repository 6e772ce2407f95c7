// HAND-WRITTEN, PROVISIONAL: minimal signatures of the public API (contract §2). These types will
// be generated from the Rust types (ModelService schema, EppConfig, RenderOptions, Diagnostic);
// until then keep them in step with docs/architecture.md and shared/design/contract.md by hand.

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  code: string;
  severity: Severity;
  /** Kubernetes field path, e.g. `spec.engine.env[2].value`; `""` for the document. */
  path: string;
  message: string;
  hint?: string;
  /** 1-based; present whenever the input was text. */
  line?: number;
  /** 1-based, in UTF-16 code units; present whenever the input was text. */
  column?: number;
}

/** A ModelService (model.otterscale.io/v1alpha1). Provisional: the generated type will be exact. */
export interface ModelService {
  apiVersion?: string;
  kind?: string;
  metadata: { name: string; namespace?: string; uid?: string; generation?: number; [key: string]: unknown };
  spec: Record<string, unknown>;
  [key: string]: unknown;
}

export interface TracingConfig {
  enabled?: boolean;
  otelExporterEndpoint?: string;
  sampler?: string;
  samplerArg?: string;
}

export interface EppConfig {
  provider?: "istio" | "gke" | "none" | (string & {});
  metricsEndpointAuth?: boolean;
  defaultGatewayName?: string;
  flags?: Record<string, string>;
  tracing?: TracingConfig;
}

export interface RenderOptions {
  images?: { engine?: string; epp?: string; routingProxy?: string; kit?: string };
  version?: string;
  operatorVersion?: "v1.0.1" | "v0.9.0-alpha.2";
}

/** A Kubernetes object as the operator would send it. */
export type KubeObject = { apiVersion: string; kind: string; metadata: Record<string, unknown>; [key: string]: unknown };

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface RenderResult {
  resources: KubeObject[];
  absent: ObjectRef[];
  configHash: string;
  diagnostics: Diagnostic[];
}

export interface Condition {
  type: "Ready";
  status: string;
  reason: string;
  message: string;
  observedGeneration?: number;
}

export interface ModelServiceStatus {
  observedGeneration?: number;
  phase: "Pending" | "Running" | "Ready" | "Failed";
  decodeReady: number;
  decodeReplicas: number;
  prefillReady: number;
  prefillReplicas: number;
  conditions: Condition[];
}

export interface Origin {
  kind: string;
  name: string;
  path: string;
  origin: "spec" | "crd-default" | "operator-default" | "derived" | "constant";
  from?: string[];
  rule?: string;
}

export interface Change {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  action: "create" | "delete" | "update";
  paths?: string[];
  rollout?: boolean;
}

export interface Summary {
  pods: { decode: number; prefill: number; epp: number };
  accelerators: Record<string, number>;
  requests: { cpu: string; memory: string };
  limits: { cpu?: string; memory?: string };
  objects: Record<string, number>;
}

/** Problems found while answering; not enumerable, so the record keeps its documented shape. */
export interface WithDiagnostics {
  readonly diagnostics: Diagnostic[];
}

type Input = ModelService | string;
type DeploymentLike = { spec?: { replicas?: number }; status?: { readyReplicas?: number }; [key: string]: unknown };

export function render(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): RenderResult;
export function lint(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): Diagnostic[];
export function observeStatus(
  modelService: Input,
  deployments: { decode?: DeploymentLike | null; prefill?: DeploymentLike | null },
): ModelServiceStatus & WithDiagnostics;
export function defaults(options?: Pick<RenderOptions, "operatorVersion">): {
  eppConfig: Required<EppConfig> & { tracing: Required<TracingConfig> };
  options: Required<RenderOptions>;
};
export function names(modelService: Input, options?: RenderOptions): Record<string, string> & WithDiagnostics;
export function explain(
  modelService: Input,
  eppConfig?: EppConfig,
  options?: RenderOptions,
): { resources: KubeObject[]; origins: Origin[]; diagnostics: Diagnostic[] };
export function diff(
  before: Input,
  after: Input,
  eppConfig?: EppConfig,
  options?: RenderOptions,
): { changes: Change[]; diagnostics: Diagnostic[] };
export function summary(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): Summary & WithDiagnostics;
/** The ModelService JSON Schema (with descriptions) of the selected operator release. */
export function schema(options?: Pick<RenderOptions, "operatorVersion">): Record<string, unknown>;
/** The default operator release reproduced: `"v1.0.1"`. In browsers, set once `init` ran. */
export const operatorVersion: string;
/** Loads the wasm (browsers); idempotent; a no-op in Node. */
export function init(input?: URL | string | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Synchronous init from bytes or a compiled module (Web Workers); idempotent; a no-op in Node. */
export function initSync(input: BufferSource | WebAssembly.Module): void;

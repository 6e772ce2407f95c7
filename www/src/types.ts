// Shapes exchanged with the `modelservice-render` package (contract §2) and between the page and
// its render worker. The package ships its own .d.ts; these are the subsets the playground reads,
// kept structural so the playground still builds while optional exports (explain/diff/summary)
// are being added.

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  code: string;
  severity: Severity;
  path: string;
  message: string;
  hint?: string;
  line?: number;
  column?: number;
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** A rendered Kubernetes object; only the identifying fields are read structurally. */
export interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  [key: string]: unknown;
}

export interface RenderResult {
  resources: K8sObject[];
  absent: ObjectRef[];
  configHash: string;
  diagnostics: Diagnostic[];
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

export interface Tracing {
  enabled?: boolean;
  otelExporterEndpoint?: string;
  sampler?: string;
  samplerArg?: string;
}

export interface EppConfig {
  provider?: string;
  metricsEndpointAuth?: boolean;
  defaultGatewayName?: string;
  flags?: Record<string, string>;
  tracing?: Tracing;
}

export interface Images {
  engine?: string;
  epp?: string;
  routingProxy?: string;
  kit?: string;
}

export interface RenderOptions {
  images?: Images;
  version?: string;
  operatorVersion?: string;
}

export interface Defaults {
  eppConfig: EppConfig;
  options: RenderOptions;
}

/** Everything a user can set; the URL hash and localStorage hold exactly this. */
export interface AppState {
  /** The ModelService YAML in the editor. */
  yaml: string;
  /** Only the EppConfig fields the user changed from the operator defaults. */
  eppConfig: EppConfig;
  /** Only the options the user changed from the defaults (operatorVersion included when set). */
  options: RenderOptions;
  /** `kind/namespace/name` of the selected output resource. */
  selected?: string;
  /** The YAML the "Compare" tab diffs against, when a baseline was set. */
  baseline?: string;
}

export interface Capabilities {
  explain: boolean;
  diff: boolean;
  summary: boolean;
}

// ---- worker protocol ----

export interface RenderRequest {
  type: "render";
  id: number;
  text: string;
  eppConfig: EppConfig;
  options: RenderOptions;
  /** Also compute these extras when the package offers them. */
  summary?: boolean;
  baseline?: string;
}

export interface ExplainRequest {
  type: "explain";
  id: number;
  text: string;
  eppConfig: EppConfig;
  options: RenderOptions;
}

export type WorkerRequest = RenderRequest | ExplainRequest;

export interface ReadyMessage {
  type: "ready";
  /** The ModelService schema per operator release. */
  schemas: Record<string, JsonSchema>;
  operatorVersion: string;
  defaults: Record<string, Defaults>;
  capabilities: Capabilities;
}

export interface RenderResponse {
  type: "render";
  id: number;
  result: RenderResult;
  summary?: Summary;
  changes?: Change[];
  ms: number;
}

export interface ExplainResponse {
  type: "explain";
  id: number;
  origins: Origin[];
}

export interface FailureMessage {
  type: "failure";
  id?: number;
  message: string;
}

export type WorkerResponse = ReadyMessage | RenderResponse | ExplainResponse | FailureMessage;

/** The subset of JSON Schema the editor assistance understands. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  type?: string | string[];
  description?: string;
  title?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  required?: string[];
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  [key: string]: unknown;
}

export const OPERATOR_VERSIONS = ["v1.0.1", "v0.9.0-alpha.2"] as const;

// Shapes the playground adds on top of the `modelservice-render` package: its state, the
// messages between the page and its render worker, and the JSON Schema subset the editor reads.
// Every shape the package answers is imported from the package's own types (js/index.d.ts).

import type { WorkerTimes } from "./latency";
import type { Change, Defaults, DiffDiagnostic, EppConfig, MigrateResult, Origin, RenderOptions, RenderResult, Summary } from "modelservice-render";

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

// ---- worker protocol ----

export interface RenderRequest {
  type: "render";
  id: number;
  text: string;
  eppConfig: EppConfig;
  options: RenderOptions;
  /** Also print the object to show (resources.ts `pickSelected`) as YAML (the Objects tab is open). */
  print?: boolean;
  selected?: string;
  /** Also compute the summary (its tab is open). */
  summary?: boolean;
  /** Also diff against this baseline (the Compare tab is open). */
  baseline?: string;
  /** Also migrate to KServe (the KServe tab is open). */
  migrate?: boolean;
}

export interface ExplainRequest {
  type: "explain";
  id: number;
  text: string;
  eppConfig: EppConfig;
  options: RenderOptions;
}

/** Time the worker's steps on one input (latency breakdown; never sent while typing). */
export interface ProfileRequest {
  type: "profile";
  id: number;
  text: string;
  eppConfig: EppConfig;
  options: RenderOptions;
  runs: number;
}

export type WorkerRequest = RenderRequest | ExplainRequest | ProfileRequest;

export interface ReadyMessage {
  type: "ready";
  /** The ModelService schema per operator release. */
  schemas: Record<string, JsonSchema>;
  operatorVersion: string;
  defaults: Record<string, Defaults>;
}

export interface RenderResponse {
  type: "render";
  id: number;
  result: RenderResult;
  summary?: Summary;
  changes?: Change[];
  /** The errors of that diff (baseline, current spec or settings): `changes` means nothing then. */
  diffErrors?: DiffDiagnostic[];
  migrated?: MigrateResult;
  /** Length of the rendered text (UTF-16 units). */
  chars: number;
  /** The YAML of the object to show, when asked (`print`) and there are objects. */
  printed?: { key: string; yaml: string };
  ms: number;
  /** Where the worker spent its time (latency traces). */
  times: WorkerTimes;
  /** Page clock: when the request left and when its answer arrived (set by RenderClient). */
  sent?: number;
  arrived?: number;
  /** Which thread rendered it. */
  where?: "page" | "worker";
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

export interface ProfileResponse {
  type: "profile";
  id: number;
  /** Median milliseconds per step. */
  stages: Record<string, number>;
}

export type WorkerResponse = ReadyMessage | RenderResponse | ExplainResponse | ProfileResponse | FailureMessage;

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

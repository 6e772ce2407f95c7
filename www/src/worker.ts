// The render worker: loads the wasm once, then answers render/explain requests so that typing
// in the editor never waits on the renderer.

import * as msr from "modelservice-render";
import type {
  Defaults,
  RenderRequest,
  ExplainRequest,
  WorkerRequest,
  WorkerResponse,
  RenderResult,
  Summary,
  Change,
  Origin,
  JsonSchema,
} from "./types";
import { OPERATOR_VERSIONS } from "./types";

// Optional exports are looked up at run time so the worker works with any package version.
const api = msr as unknown as Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;
const fn = (name: string): Fn | undefined =>
  typeof api[name] === "function" ? (api[name] as Fn) : undefined;

const post = (msg: WorkerResponse): void => self.postMessage(msg);

function parseMaybe<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

// Older builds of the wasm core answer optional functions with a "not available" diagnostic
// instead of omitting them: probe once with a tiny spec.
const PROBE = "metadata: {name: probe}\nspec: {model: {name: m, image: i}, engine: {}, accelerator: {type: cpu}, decode: {}}\n";

function available(name: string, args: unknown[]): boolean {
  const f = fn(name);
  if (!f) return false;
  try {
    const out = parseMaybe<{ diagnostics?: { message?: string }[] }>(f(...args));
    const diags = out?.diagnostics ?? [];
    return !diags.some((d) => /not available/.test(d.message ?? ""));
  } catch {
    return false;
  }
}

async function start(): Promise<void> {
  const init = fn("init");
  if (init) await init();
  const defaults: Record<string, Defaults> = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const v of OPERATOR_VERSIONS) {
    defaults[v] = parseMaybe<Defaults>(fn("defaults")?.({ operatorVersion: v }) ?? {});
    // The schema differs per release (e.g. role annotations exist only in v1.0.1's API).
    schemas[v] = parseMaybe<JsonSchema>(fn("schema")?.({ operatorVersion: v }) ?? {});
  }
  const version = api.operatorVersion;
  post({
    type: "ready",
    schemas,
    operatorVersion: typeof version === "function" ? String(version()) : String(version ?? ""),
    defaults,
    capabilities: {
      explain: available("explain", [PROBE]),
      diff: available("diff", [PROBE, PROBE]),
      summary: available("summary", [PROBE]),
    },
  });
}

function onRender(req: RenderRequest): void {
  const t0 = performance.now();
  const result = parseMaybe<RenderResult>(fn("render")!(req.text, req.eppConfig, req.options));
  let summary: Summary | undefined;
  let changes: Change[] | undefined;
  const summaryFn = fn("summary");
  if (req.summary && summaryFn) {
    const out = parseMaybe<Summary & { summary?: Summary }>(
      summaryFn(req.text, req.eppConfig, req.options),
    );
    summary = out.summary ?? out;
  }
  const diffFn = fn("diff");
  if (req.baseline !== undefined && diffFn) {
    const out = parseMaybe<{ changes: Change[] }>(
      diffFn(req.baseline, req.text, req.eppConfig, req.options),
    );
    changes = out.changes;
  }
  post({ type: "render", id: req.id, result, summary, changes, ms: performance.now() - t0 });
}

function onExplain(req: ExplainRequest): void {
  const out = parseMaybe<{ origins?: Origin[] }>(
    fn("explain")!(req.text, req.eppConfig, req.options),
  );
  post({ type: "explain", id: req.id, origins: out.origins ?? [] });
}

const ready = start().catch((err: unknown) => {
  post({ type: "failure", message: `Could not load the renderer: ${String(err)}` });
  throw err;
});

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    await ready;
    if (req.type === "render") onRender(req);
    else if (req.type === "explain") onExplain(req);
  } catch (err) {
    post({ type: "failure", id: req.id, message: String(err) });
  }
};

// The render worker: loads the wasm once, then answers render/explain requests so that typing
// in the editor never waits on the renderer. The package it is built with has every function
// it calls; a failure here is a broken build and shows as one.

import * as msr from "modelservice-render";
import type { Defaults } from "modelservice-render";
import type { RenderRequest, ExplainRequest, WorkerRequest, WorkerResponse, JsonSchema } from "./types";
import { operatorVersions } from "modelservice-render/settings";

const post = (msg: WorkerResponse): void => self.postMessage(msg);

async function start(): Promise<void> {
  await msr.init();
  const defaults: Record<string, Defaults> = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const v of operatorVersions) {
    defaults[v] = msr.defaults({ operatorVersion: v });
    // The schema differs per release (e.g. role annotations exist only in v1.0.1's API).
    schemas[v] = msr.schema({ operatorVersion: v }) as JsonSchema;
  }
  post({ type: "ready", schemas, operatorVersion: msr.operatorVersion, defaults });
}

function onRender(req: RenderRequest): void {
  const t0 = performance.now();
  const result = msr.render(req.text, req.eppConfig, req.options);
  // A summary's diagnostics are the render's: only the record travels.
  const summary = req.summary ? { ...msr.summary(req.text, req.eppConfig, req.options) } : undefined;
  const changes = req.baseline !== undefined ? msr.diff(req.baseline, req.text, req.eppConfig, req.options).changes : undefined;
  const migrated = req.migrate ? msr.migrate(req.text, req.eppConfig, req.options) : undefined;
  post({ type: "render", id: req.id, result, summary, changes, migrated, ms: performance.now() - t0 });
}

function onExplain(req: ExplainRequest): void {
  post({ type: "explain", id: req.id, origins: msr.explain(req.text, req.eppConfig, req.options).origins });
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

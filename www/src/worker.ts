// The render worker: loads the wasm once, then answers render/explain requests off the page's
// thread (render-client.ts sends it the renders too slow for the page and those with the extras
// of the Summary, Compare and KServe tabs). The package it is built with has every function it
// calls; a failure here is a broken build and shows as one.

import * as msr from "modelservice-render";
import { Composer, LineCounter, Parser } from "yaml";
import type { Defaults } from "modelservice-render";
import type { RenderRequest, ExplainRequest, ProfileRequest, WorkerRequest, WorkerResponse, JsonSchema } from "./types";
import { operatorVersions } from "modelservice-render/settings";
import { answer } from "./render-answer";

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
  post(answer(msr, req));
}

function onExplain(req: ExplainRequest): void {
  post({ type: "explain", id: req.id, origins: msr.explain(req.text, req.eppConfig, req.options).origins });
}

/**
 * Medians of repeated calls on one input, to split the worker's `render` (latency traces): YAML
 * parsing with positions (npm `yaml` parser + composer, as the package reads text), `lint` (that,
 * plus reading it as kubectl does and the wasm's read + lint) and `render` (that, plus building
 * the objects and parsing the answer).
 */
function onProfile(req: ProfileRequest): void {
  const median = (fn: () => unknown): number => {
    const times: number[] = [];
    for (let i = 0; i < req.runs; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[times.length >> 1];
  };
  const parse = () => {
    const lines = new LineCounter();
    // As the package composes (js/src/input.mjs): its duplicate keys are a pass of its own.
    return Array.from(new Composer({ uniqueKeys: false }).compose(new Parser(lines.addNewLine).parse(req.text)));
  };
  const stages = {
    "yaml parse (positions)": median(parse),
    lint: median(() => msr.lint(req.text, req.eppConfig, req.options)),
    render: median(() => msr.render(req.text, req.eppConfig, req.options)),
  };
  post({ type: "profile", id: req.id, stages });
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
    else if (req.type === "profile") onProfile(req);
  } catch (err) {
    post({ type: "failure", id: req.id, message: String(err) });
  }
};

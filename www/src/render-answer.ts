// One render answer, computed the same way in the worker and on the page (render-client.ts picks
// where): the render, the YAML of the object on screen, and the extras of the open tab, each step
// timed for the latency traces.

import type * as Msr from "modelservice-render";
import type { KubeObject } from "modelservice-render";
import { workerClock } from "./latency";
import { keyOf, pickSelected, toYamlAgain } from "./resources";
import type { RenderRequest, RenderResponse } from "./types";

/** The object last printed on this thread, as JSON, and its YAML: an edit that leaves the shown
 * object as it was (most edits change a few of the objects) is not printed again, and one that
 * changes it prints again only the entries it changed (`toYamlAgain`, yaml-parts.ts). */
let lastPrinted: { json: string; yaml: string } | null = null;

function print(obj: KubeObject): { yaml: string; again: boolean } {
  const json = JSON.stringify(obj);
  if (lastPrinted?.json === json) return { yaml: lastPrinted.yaml, again: false };
  lastPrinted = { json, yaml: toYamlAgain(obj) };
  return { yaml: lastPrinted.yaml, again: true };
}

export function answer(msr: typeof Msr, req: RenderRequest): RenderResponse {
  const start = workerClock();
  const stages: Record<string, number> = {};
  const step = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    stages[name] = performance.now() - t0;
    return out;
  };
  const result = step("render", () => msr.render(req.text, req.eppConfig, req.options));
  const key = req.print ? pickSelected(result.resources, req.selected) : undefined;
  const shown = key === undefined ? undefined : result.resources.find((r) => keyOf(r) === key);
  let printed: RenderResponse["printed"];
  if (shown) {
    const t0 = performance.now();
    const { yaml, again } = print(shown);
    stages[again ? "print" : "print (unchanged)"] = performance.now() - t0;
    printed = { key: key!, yaml };
  }
  // A summary's diagnostics are the render's: only the record travels.
  const summary = req.summary ? step("summary", () => ({ ...msr.summary(req.text, req.eppConfig, req.options) })) : undefined;
  const compared = req.baseline !== undefined ? step("diff", () => msr.diff(req.baseline!, req.text, req.eppConfig, req.options)) : undefined;
  const changes = compared?.changes;
  // With an error on either side there is no comparison (`changes` is then empty, not "no changes").
  const diffErrors = compared?.diagnostics.filter((d) => d.severity === "error");
  const migrated = req.migrate ? step("migrate", () => msr.migrate(req.text, req.eppConfig, req.options)) : undefined;
  const end = workerClock();
  return { type: "render", id: req.id, chars: req.text.length, result, summary, changes, diffErrors, migrated, printed, ms: end - start, times: { start, end, stages } };
}

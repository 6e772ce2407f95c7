// The Summary tab: pods, accelerators and resource totals —
// what a workspace quota will be asked for before anything is applied.

import { h, setChildren } from "../dom";
import type { Summary } from "modelservice-render";

function table(caption: string, rows: [string, string | number][]) {
  return h(
    "table",
    { class: "kv" },
    h("caption", {}, caption),
    h("tbody", {}, rows.map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, String(v))))),
  );
}

export function showSummary(root: HTMLElement, s: Summary | undefined, pending = false): void {
  if (!s && pending) {
    setChildren(root, h("p", { class: "empty" }, "Computing…"));
    return;
  }
  if (!s) {
    setChildren(root, h("p", { class: "empty" }, "No summary (fix the errors first)."));
    return;
  }
  const accel = Object.entries(s.accelerators ?? {});
  setChildren(
    root,
    h(
      "div",
      { class: "summary-grid" },
      table("Pods", [
        ["decode", s.pods?.decode ?? 0],
        ["prefill", s.pods?.prefill ?? 0],
        ["EPP", s.pods?.epp ?? 0],
      ]),
      table("Accelerators", accel.length ? accel : [["none", 0]]),
      table("Requests (total)", [
        ["cpu", s.requests?.cpu ?? "0"],
        ["memory", s.requests?.memory ?? "0"],
      ]),
      table("Limits (total)", [
        // A total exists only when every container sets that limit.
        ["cpu", s.limits?.cpu ?? "unbounded"],
        ["memory", s.limits?.memory ?? "unbounded"],
      ]),
      table("Objects", Object.entries(s.objects ?? {})),
    ),
  );
}

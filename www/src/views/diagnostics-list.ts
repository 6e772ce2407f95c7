// The Problems list: every diagnostic with its location; clicking one moves the editor cursor.

import { h, setChildren, withCode } from "../dom";
import type { Diagnostic } from "modelservice-render";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Whether a diagnostic is about an operator or migration setting (`eppConfig.*`, `options.*`):
 * it has no place in the spec (the package puts it at 1:1), its place is the setting's field. */
export function isSetting(d: Diagnostic): boolean {
  return /^(eppConfig|options)(\.|$)/.test(d.path ?? "");
}

export function showDiagnostics(
  root: HTMLElement,
  counter: HTMLElement,
  diags: Diagnostic[],
  goTo: (line: number, column: number) => void,
  goToSetting: (path: string) => void,
): void {
  const sorted = [...diags].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const count = (s: Diagnostic["severity"]) => diags.filter((d) => d.severity === s).length;
  // The symbols are for the eye; a screen reader reads the words ("0 errors", not "0 ✕").
  const tally = (sev: Diagnostic["severity"], symbol: string, words: string) =>
    h("span", { class: `sev-count sev-${sev}`, title: words }, `${count(sev)} `, h("span", { "aria-hidden": "true" }, symbol), h("span", { class: "offscreen" }, words));
  setChildren(counter, tally("error", "✕", "errors"), tally("warning", "⚠", "warnings"), tally("info", "ℹ", "infos"));
  if (!sorted.length) {
    setChildren(root, h("p", { class: "empty ok" }, "No problems."));
    return;
  }
  setChildren(
    root,
    h(
      "ul",
      { class: "diag-list" },
      sorted.map((d) => {
        const line = d.line ?? 1;
        const column = d.column ?? 1;
        const setting = isSetting(d);
        return h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: `diag diag-${d.severity}`,
              "data-code": d.code,
              "data-line": setting ? null : line,
              "data-column": setting ? null : column,
              "data-setting": setting ? d.path : null,
              title: setting ? "Go to this setting" : "Go to this location",
              onclick: () => (setting ? goToSetting(d.path!) : goTo(line, column)),
            },
            h("span", { class: `sev sev-${d.severity}` }, d.severity),
            h("span", { class: "diag-loc" }, setting ? [h("span", { "aria-hidden": "true" }, "⚙"), h("span", { class: "offscreen" }, "setting")] : `${line}:${column}`),
            h("span", { class: "diag-msg" }, withCode(d.message)),
            h(
              "span",
              { class: "diag-meta" },
              h("span", { class: "diag-code" }, d.code),
              d.path ? h("span", { class: "diag-path" }, d.path) : null,
            ),
            d.hint ? h("span", { class: "diag-hint" }, withCode(d.hint)) : null,
          ),
        );
      }),
    ),
  );
}

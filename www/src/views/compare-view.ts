// The Compare tab: what applying the editor's spec would change
// relative to a baseline the user pinned.

import { h, setChildren } from "../dom";
import type { Change, DiffDiagnostic } from "modelservice-render";

/** Why there is nothing to compare: the first error of the baseline, the spec or the settings. */
function blocked(errors: DiffDiagnostic[]): HTMLElement | null {
  const first = (doc: DiffDiagnostic["document"]) => errors.find((d) => d.document === doc);
  const where = (d: DiffDiagnostic) => (d.line ? ` (line ${d.line}: ${d.message})` : ` (${d.message})`);
  const before = first("before");
  const after = first("after");
  const settings = first(undefined);
  const text = settings
    ? `The operator settings have an error${where(settings)}: nothing to compare until it is fixed.`
    : before
      ? `The baseline has an error${where(before)}: nothing to compare against. Pin a spec that renders.`
      : after
        ? `The current spec has an error${where(after)}: fix it under Problems to compare.`
        : null;
  return text ? h("p", { class: "empty compare-blocked" }, text) : null;
}

export function showCompare(
  root: HTMLElement,
  hasBaseline: boolean,
  changes: Change[] | undefined,
  errors: DiffDiagnostic[] | undefined,
  setBaseline: () => void,
  clearBaseline: () => void,
): void {
  const actions = h(
    "div",
    { class: "compare-actions" },
    h("button", { type: "button", id: "set-baseline", onclick: setBaseline }, hasBaseline ? "Pin current as new baseline" : "Pin current as baseline"),
    hasBaseline ? h("button", { type: "button", id: "clear-baseline", onclick: clearBaseline }, "Clear baseline") : null,
  );
  if (!hasBaseline) {
    setChildren(root, actions, h("p", { class: "empty" }, "Pin a baseline, edit, and see which objects would be created, updated (with rollouts) or deleted."));
    return;
  }
  if (changes === undefined) {
    // Rendered without the diff (before the pin, or on another tab): its render is on the way.
    setChildren(root, actions, h("p", { class: "empty" }, "Comparing…"));
    return;
  }
  const why = blocked(errors ?? []);
  if (why) {
    setChildren(root, actions, why);
    return;
  }
  const list = changes ?? [];
  setChildren(
    root,
    actions,
    list.length
      ? h(
          "ul",
          { class: "change-list" },
          list.map((c) =>
            h(
              "li",
              { class: `change change-${c.action}` },
              h("span", { class: "change-action" }, c.action),
              h("span", { class: "res-kind" }, c.kind),
              " · ",
              h("span", { class: "res-name" }, c.name),
              c.rollout ? h("span", { class: "rollout", title: "The pods would be replaced" }, "rollout") : null,
              c.paths?.length ? h("ul", { class: "change-paths" }, c.paths.map((p) => h("li", {}, p))) : null,
            ),
          ),
        )
      : h("p", { class: "empty ok" }, "No changes from the baseline."),
  );
}

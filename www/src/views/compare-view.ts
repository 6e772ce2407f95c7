// The Compare tab: what applying the editor's spec would change
// relative to a baseline the user pinned.

import { h, setChildren } from "../dom";
import type { Change } from "modelservice-render";

export function showCompare(
  root: HTMLElement,
  hasBaseline: boolean,
  changes: Change[] | undefined,
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

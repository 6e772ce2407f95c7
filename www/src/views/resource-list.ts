// Output view: the rendered objects as `Kind · name`, grouped serving / EPP / routing / monitoring.

import { h, setChildren } from "../dom";
import { GROUPS, groupOf, keyOf, nameOf } from "../resources";
import type { KubeObject } from "modelservice-render";

export class ResourceList {
  constructor(
    private root: HTMLElement,
    private onSelect: (key: string) => void,
  ) {}

  show(resources: KubeObject[], selected: string | undefined): void {
    const sections = GROUPS.map((g) => {
      const items = resources.filter((r) => groupOf(r) === g.id);
      if (!items.length) return null;
      return h(
        "section",
        { class: "res-group", "data-group": g.id },
        h("h3", { class: "res-group-title" }, g.title, h("span", { class: "count" }, String(items.length))),
        h(
          "ul",
          { "aria-label": g.title },
          items.map((r) => {
            const key = keyOf(r);
            return h(
              "li",
              {},
              h(
                "button",
                {
                  type: "button",
                  class: "res-item",
                  "aria-current": key === selected ? "true" : "false",
                  "data-key": key,
                  "data-kind": r.kind ?? "",
                  "data-name": nameOf(r),
                  onclick: () => this.onSelect(key),
                },
                h("span", { class: "res-kind" }, r.kind ?? "?"),
                h("span", { class: "res-sep" }, "·"),
                h("span", { class: "res-name" }, nameOf(r)),
              ),
            );
          }),
        ),
      );
    });
    if (!resources.length) {
      setChildren(this.root, h("p", { class: "empty" }, "No objects yet: fix the errors listed under Problems."));
    } else setChildren(this.root, sections);
  }
}

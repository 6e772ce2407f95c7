// Output view: objects the operator would delete if present (the `absent` list).

import { h, setChildren } from "../dom";
import type { ObjectRef } from "modelservice-render";

export function showAbsent(root: HTMLElement, absent: ObjectRef[]): void {
  if (!absent.length) {
    setChildren(root, h("p", { class: "empty" }, "Nothing to delete."));
    return;
  }
  setChildren(
    root,
    h(
      "ul",
      { class: "absent-list" },
      absent.map((a) =>
        h(
          "li",
          { "data-kind": a.kind, "data-name": a.name, title: `${a.apiVersion} ${a.kind} ${a.namespace ? a.namespace + "/" : ""}${a.name}` },
          h("span", { class: "res-kind" }, a.kind),
          " · ",
          h("span", { class: "res-name" }, a.name),
        ),
      ),
    ),
  );
}

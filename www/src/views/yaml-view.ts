// Output view: the selected object as YAML (read-only editor), with copy, and — when the package
// offers `explain` — hover on a value to see where it came from.

import { EditorState } from "@codemirror/state";
import { EditorView, hoverTooltip, lineNumbers } from "@codemirror/view";
import { foldGutter } from "@codemirror/language";
import { editorTheme } from "../editor";
import { themedHighlighting } from "../highlight";
import { printedYaml } from "./yaml-highlight";
import { h, setHidden } from "../dom";
import { leafAt, pathKey, splitPath } from "../yaml-path";
import { nameOf } from "../resources";
import type { KubeObject, Origin } from "modelservice-render";

export type OriginLookup = () => Promise<Map<string, Origin> | null>;

/** Indexes origins by `kind\0name\0segments…` for lookup from a YAML position. */
export function indexOrigins(origins: Origin[]): Map<string, Origin> {
  const map = new Map<string, Origin>();
  for (const o of origins) map.set(pathKey([o.kind, o.name, ...splitPath(o.path)]), o);
  return map;
}

const ORIGIN_TEXT: Record<Origin["origin"], string> = {
  spec: "from the ModelService spec",
  "crd-default": "CRD default (applied by the API server)",
  "operator-default": "operator default (flag / built-in)",
  derived: "derived",
  constant: "constant in the operator",
};

export class YamlView {
  readonly view: EditorView;
  private current: KubeObject | null = null;
  private placeholder: HTMLElement;

  constructor(parent: HTMLElement, origins: OriginLookup) {
    this.placeholder = h("div", { class: "yaml-empty" }, "Select an object to see it here.");
    parent.appendChild(this.placeholder);
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: "",
        extensions: [
          editorTheme,
          themedHighlighting,
          printedYaml(), // colours and folds without a YAML parser (the text is our printer's)
          EditorState.tabSize.of(2),
          lineNumbers(),
          foldGutter(),
          EditorState.readOnly.of(true),
          EditorView.editable.of(false),
          EditorView.contentAttributes.of({ "aria-label": "Selected object as YAML", tabindex: "0" }),
          hoverTooltip(async (view, pos) => {
            const obj = this.current;
            if (!obj) return null;
            const hit = leafAt(view.state.doc.toString(), pos);
            if (!hit) return null;
            const table = await origins();
            const o = table?.get(pathKey([obj.kind, nameOf(obj), ...hit.path]));
            if (!o) return null;
            return {
              pos: hit.from,
              end: hit.to,
              above: true,
              create: () => ({
                dom: h(
                  "div",
                  { class: "origin-doc", "data-origin": o.origin },
                  h("div", { class: "field-doc-path" }, o.path),
                  h("div", { class: `origin-tag origin-${o.origin}` }, ORIGIN_TEXT[o.origin] ?? o.origin),
                  o.rule ? h("p", { class: "field-doc-text" }, o.rule) : null,
                  o.from?.length ? h("div", { class: "field-doc-enum" }, "from: ", o.from.join(", ")) : null,
                ),
              }),
            };
          }),
        ],
      }),
    });
  }

  show(obj: KubeObject | null, text: string): void {
    this.current = obj;
    setHidden(this.placeholder, obj !== null);
    // Replace only the changed middle so the view re-lays out a few lines, not the document.
    const old = this.view.state.doc.toString();
    if (old === text) return;
    let start = 0;
    const max = Math.min(old.length, text.length);
    while (start < max && old.charCodeAt(start) === text.charCodeAt(start)) start++;
    let end = 0;
    while (end < max - start && old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
    this.view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) } });
  }

  text(): string {
    return this.view.state.doc.toString();
  }
}

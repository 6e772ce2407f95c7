// The hover docs from the keyboard: Ctrl-K Ctrl-I (Cmd-K Cmd-I on a Mac), VS Code's and Monaco's
// "show hover", opens the same field documentation at the cursor as hovering its key; Escape, an
// edit or moving the cursor closes it. CodeMirror's hover tooltips answer the mouse only.
//
// A screen reader stays in the editor's text: while the docs are open the text names them with
// aria-describedby, and their words are put in a polite live region, which is read out.

import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { EditorView, keymap, showTooltip, type Tooltip } from "@codemirror/view";
import { h } from "./dom";

export const DOC_TOOLTIP_ID = "field-doc-tooltip";
export const SHOW_DOC_KEY = "Mod-k Mod-i";

const setDoc = StateEffect.define<Tooltip | null>();

/** Only a constant-time test per transaction: the tooltip goes with an edit or a cursor move. */
const docField = StateField.define<Tooltip | null>({
  create: () => null,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setDoc)) return e.value;
    return value && (tr.docChanged || tr.selection) ? null : value;
  },
  provide: (f) => showTooltip.from(f),
});

/** `hover(view, pos)`: the mouse's tooltip at `pos` (assist.ts `schemaHover`). */
export function keyboardDocs(hover: (view: EditorView, pos: number) => Tooltip | null, live: HTMLElement): Extension {
  const open = (view: EditorView): boolean => {
    const pos = view.state.selection.main.head;
    const found = hover(view, pos);
    const tooltip: Tooltip = found
      ? { ...found, create: (v) => labelled(found.create(v).dom) }
      : { pos, above: true, create: () => labelled(h("div", { class: "field-doc" }, "No field documentation here.")) };
    view.dispatch({ effects: setDoc.of(tooltip) });
    return true;
  };
  const close = (view: EditorView): boolean => {
    if (!view.state.field(docField)) return false; // Escape's other uses (completion, panels)
    view.dispatch({ effects: setDoc.of(null) });
    return true;
  };
  const labelled = (dom: HTMLElement) => {
    dom.id = DOC_TOOLTIP_ID;
    dom.setAttribute("role", "tooltip");
    // Its parts (path, facts, text, values) as sentences: their text runs together otherwise.
    const text = dom.children.length ? [...dom.children].map((c) => c.textContent).join(". ") : dom.textContent ?? "";
    live.textContent = text;
    return {
      dom,
      destroy: () => {
        if (live.textContent === text) live.textContent = "";
      },
    };
  };
  return [
    docField,
    keymap.of([
      { key: SHOW_DOC_KEY, run: open, preventDefault: true },
      { key: "Escape", run: close },
    ]),
    EditorView.contentAttributes.compute([docField], (s): Record<string, string> =>
      s.field(docField) ? { "aria-describedby": DOC_TOOLTIP_ID } : {},
    ),
  ];
}

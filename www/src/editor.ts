// The ModelService editor: CodeMirror 6 with YAML, schema completion and hover docs, and the
// renderer's diagnostics pushed in after every render (no second linter of its own).

import { EditorState, type Extension } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
  hoverTooltip,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { indentOnInput, bracketMatching, foldGutter, foldKeymap } from "@codemirror/language";
import { yaml } from "@codemirror/lang-yaml";
import { autocompletion, completionKeymap, closeBrackets } from "@codemirror/autocomplete";
import { lintGutter, setDiagnostics, lintKeymap, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { themedHighlighting } from "./highlight";
import { schemaCompletion, schemaHover } from "./assist";
import { keyboardDocs } from "./doc-key";
import { cursorBlink } from "./cursor-blink";
import type { SchemaIndex } from "./schema";
import { isSetting } from "./views/diagnostics-list";
import { contentEnd } from "./yaml-context";
import type { Diagnostic } from "modelservice-render";

export interface Editor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  showDiagnostics(diags: Diagnostic[]): void;
  /** Moves the cursor to a 1-based line/column and focuses the editor. */
  goTo(line: number, column: number): void;
}

/** Document offset of a 1-based line / UTF-16 column, clamped into the document. */
export function offsetOf(state: EditorState, line?: number, column?: number): number {
  const l = state.doc.line(Math.min(Math.max(line ?? 1, 1), state.doc.lines));
  return Math.min(l.from + Math.max((column ?? 1) - 1, 0), l.to);
}

function toCm(state: EditorState, d: Diagnostic): CmDiagnostic {
  const from = offsetOf(state, d.line, d.column);
  const line = state.doc.lineAt(from);
  // Underline from the reported column to the end of the line's content (at least one char).
  let to = Math.max(line.from + contentEnd(line.text), from);
  if (to === from) to = Math.min(from + 1, state.doc.length);
  return {
    from,
    to: Math.max(to, from),
    severity: d.severity,
    source: d.code,
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
  };
}

export const editorTheme = EditorView.theme({
  "&": { height: "100%", fontSize: "13px", backgroundColor: "var(--bg-editor)", color: "var(--fg)" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.5" },
  ".cm-gutters": { backgroundColor: "var(--bg-gutter)", color: "var(--fg-muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine": { backgroundColor: "var(--bg-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--bg-active-line)" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "var(--fg)" },
  ".cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection": { backgroundColor: "var(--bg-selection) !important" },
  ".cm-tooltip": { backgroundColor: "var(--bg-raised)", color: "var(--fg)", border: "1px solid var(--border)", borderRadius: "6px" },
  ".cm-tooltip-autocomplete ul li[aria-selected]": { backgroundColor: "var(--accent)", color: "var(--accent-fg)" },
  ".cm-panels": { backgroundColor: "var(--bg-raised)", color: "var(--fg)" },
  // The search panel (Ctrl-F): CodeMirror's own buttons and fields are light-only (a light
  // gradient under the panel's text colour, unreadable in dark).
  ".cm-button": { backgroundImage: "none", backgroundColor: "var(--bg-raised)", color: "var(--fg)", border: "1px solid var(--border)" },
  ".cm-button:active": { backgroundImage: "none", backgroundColor: "var(--bg-hover)" },
  ".cm-textfield": { backgroundColor: "var(--bg-editor)", color: "var(--fg)", border: "1px solid var(--border)" },
  // Likewise the lint panel's selected row (Ctrl-Shift-M, unfocused) and a fold's placeholder.
  ".cm-panel.cm-panel-lint ul [aria-selected]": { backgroundColor: "var(--bg-selection)", color: "var(--fg)" },
  ".cm-foldPlaceholder": { backgroundColor: "var(--bg-hover)", border: "1px solid var(--border)", color: "var(--fg)" },
  ".cm-diagnostic": { whiteSpace: "pre-wrap" },
  ".cm-foldGutter span": { color: "var(--fg-muted)" },
});

/**
 * Runs a view's pending layout measurement now instead of in the next animation frame. After a
 * keystroke the page renders and updates both views in the key's task, which ends well before the
 * next frame; measured there, the frame that shows the output has no reading of layout left to do
 * before it paints (BENCHMARKS.md, "P6: the frame that shows a keystroke"). CodeMirror keeps
 * `measure` out of its typings (it is the method its animation-frame callback calls); where a
 * release lacks it, the views measure in the frame as before.
 */
export function measureNow(view: EditorView): void {
  (view as unknown as { measure?: (flush?: boolean) => void }).measure?.();
}

export function baseExtensions(): Extension[] {
  return [editorTheme, themedHighlighting, yaml(), EditorState.tabSize.of(2)];
}

export function createEditor(
  parent: HTMLElement,
  initial: string,
  getIndex: () => SchemaIndex | null,
  onChange: (text: string) => void,
  /** Where the field docs opened from the keyboard are read out (a polite live region). */
  docLive: HTMLElement,
): Editor {
  const view = new EditorView({
    parent,
    // The renderer gets the new text before CodeMirror updates its own state and view (its YAML
    // parse, decorations, DOM): the worker renders while the editor catches up.
    dispatchTransactions(trs, view) {
      const last = trs[trs.length - 1];
      if (trs.some((tr) => tr.docChanged)) onChange(last.newDoc.toString());
      view.update(trs);
    },
    state: EditorState.create({
      doc: initial,
      extensions: [
        ...baseExtensions(),
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        lintGutter(),
        history(),
        // Blinking by our timer, not CodeMirror's CSS animation (cursor-blink.ts).
        drawSelection({ cursorBlinkRate: 0 }),
        cursorBlink,
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        autocompletion({ override: [schemaCompletion(getIndex)], activateOnTyping: true }),
        hoverTooltip(schemaHover(getIndex), { hoverTime: 250 }),
        keyboardDocs(schemaHover(getIndex), docLive),
        keymap.of([
          ...completionKeymap,
          ...lintKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
          ...foldKeymap,
          indentWithTab,
        ]),
        EditorView.contentAttributes.of({ "aria-label": "ModelService YAML" }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      // Another document (an example, a link, a file): read from its start, not from where the
      // last one was scrolled to (a long line typed there leaves the view scrolled right).
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
      view.scrollDOM.scrollTo(0, 0);
    },
    showDiagnostics(diags) {
      // A setting's diagnostic is not about the spec: no underline at its 1:1.
      const inSpec = diags.filter((d) => !isSetting(d));
      view.dispatch(setDiagnostics(view.state, inSpec.map((d) => toCm(view.state, d))));
    },
    goTo(line, column) {
      const pos = offsetOf(view.state, line, column);
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
      view.focus();
    },
  };
}

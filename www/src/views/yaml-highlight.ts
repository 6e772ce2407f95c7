// Colours and folding for the output view without a parser. The text there is our own printer's
// block-style YAML (one key or list item per line, no comments, no folded lines), so a scan of
// the lines gives the colours lezer's YAML grammar gives it (a unit test compares both on every
// gallery example's objects), and a keystroke no longer pays for a second lezer parse of the
// ~150-line object (the output view's update: 3.7 → 0.6 ms p50, BENCHMARKS P6).

import { RangeSetBuilder, type EditorState, type Extension, type Text } from "@codemirror/state";
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from "@codemirror/view";
import { foldService, highlightingFor } from "@codemirror/language";
import { tags as t, type Tag } from "@lezer/highlight";

/** As lezer's YAML highlighting: keys; scalars and block headers (strings, content); `-`, `:`
 * (separators) and `{}`, `[]` (brackets). */
export type Token = "key" | "string" | "punct";

/** A token of one line: columns `from`–`to` (UTF-16). */
export interface Span {
  from: number;
  to: number;
  token: Token;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'][^]*?)(:)(?: |$)/;
const BLOCK = /^[|>][-+0-9]*$/;

/**
 * Tokens of each line of printed YAML. `blockIndent` carries a block scalar (`|`, `>-` …) across
 * lines: its content is every following line indented deeper than the node that opened it.
 */
export function tokenizeLines(lines: Iterable<string>, visit: (index: number, spans: Span[]) => void): void {
  let blockIndent = -1;
  let index = 0;
  for (const line of lines) {
    const spans: Span[] = [];
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && (indent > blockIndent || line.trim() === "")) {
      if (line.length > indent) spans.push({ from: indent, to: line.length, token: "string" });
      visit(index++, spans);
      continue;
    }
    blockIndent = -1;
    let at = indent;
    while (line.startsWith("- ", at) || (line.length === at + 1 && line[at] === "-")) {
      spans.push({ from: at, to: at + 1, token: "punct" });
      at += 2;
    }
    const node = at; // the column where this line's node starts
    const key = KEY.exec(line.slice(at));
    if (key) {
      spans.push({ from: at, to: at + key[1].length, token: "key" });
      at += key[1].length;
      spans.push({ from: at, to: at + 1, token: "punct" });
      at = Math.min(line.length, at + 2);
    }
    const value = line.slice(at);
    if (value === "{}" || value === "[]") {
      spans.push({ from: at, to: at + 1, token: "punct" }, { from: at + 1, to: at + 2, token: "punct" });
    } else if (value) {
      spans.push({ from: at, to: line.length, token: "string" });
      if (BLOCK.test(value)) blockIndent = key ? node : Math.max(node - 2, 0);
    }
    visit(index++, spans);
  }
}

const TAGS: Record<Token, Tag> = { key: t.definition(t.propertyName), string: t.string, punct: t.separator };

function decorations(view: EditorView): DecorationSet {
  const marks = new Map<Token, Decoration>();
  for (const token of Object.keys(TAGS) as Token[]) {
    const cls = highlightingFor(view.state, [TAGS[token]]);
    if (cls) marks.set(token, Decoration.mark({ class: cls }));
  }
  const doc = view.state.doc;
  const last = view.visibleRanges.length ? doc.lineAt(view.visibleRanges[view.visibleRanges.length - 1].to).number : 0;
  const visible = (n: number) => view.visibleRanges.some((r) => n >= doc.lineAt(r.from).number && n <= doc.lineAt(r.to).number);
  const builder = new RangeSetBuilder<Decoration>();
  // Lines before the viewport are scanned (block scalars reach across lines) but not decorated.
  tokenizeLines(linesUpTo(doc, last), (i, spans) => {
    if (!visible(i + 1)) return;
    const from = doc.line(i + 1).from;
    for (const s of spans) {
      const mark = marks.get(s.token);
      if (mark && s.to > s.from) builder.add(from + s.from, from + s.to, mark);
    }
  });
  return builder.finish();
}

function* linesUpTo(doc: Text, last: number): Generator<string> {
  for (let n = 1; n <= last; n++) yield doc.line(n).text;
}

/**
 * Per line number, the last line of what it folds over (0: not foldable): the lines after it
 * indented deeper than its node (a `- ` item's node starts after the dash), blank lines only
 * between such lines. One pass per document, kept while the document is: the fold gutter asks
 * about every visible line on every change.
 */
const foldEnds = new WeakMap<Text, Int32Array>();
function foldEndsOf(doc: Text): Int32Array {
  let ends = foldEnds.get(doc);
  if (ends) return ends;
  ends = new Int32Array(doc.lines + 1);
  const open: { line: number; node: number }[] = [];
  let previous = 0; // the last non-blank line so far
  const close = (indent: number) => {
    while (open.length && indent <= open[open.length - 1].node) {
      const { line } = open.pop()!;
      if (previous > line) ends![line] = previous;
    }
  };
  for (let n = 1; n <= doc.lines; n++) {
    const text = doc.line(n).text;
    if (text.trim() === "") continue;
    const indent = text.length - text.trimStart().length;
    close(indent);
    let node = indent;
    while (text.startsWith("- ", node)) node += 2;
    open.push({ line: n, node });
    previous = n;
  }
  close(-1);
  foldEnds.set(doc, ends);
  return ends;
}

/** Folds a line over the lines after it that are indented deeper than its node. */
export function indentFold(state: EditorState, lineStart: number, lineEnd: number): { from: number; to: number } | null {
  const line = state.doc.lineAt(lineStart);
  const end = foldEndsOf(state.doc)[line.number];
  return end ? { from: lineEnd, to: state.doc.line(end).to } : null;
}

export function printedYaml(): Extension {
  return [
    ViewPlugin.fromClass(
      class {
        decorations: DecorationSet;
        constructor(view: EditorView) {
          this.decorations = decorations(view);
        }
        update(u: ViewUpdate) {
          if (u.docChanged || u.viewportChanged) this.decorations = decorations(u.view);
        }
      },
      { decorations: (v) => v.decorations },
    ),
    foldService.of(indentFold),
  ];
}

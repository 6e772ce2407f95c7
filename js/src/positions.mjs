// Wire diagnostics → public diagnostics: `segments` (the field path as steps, from Rust) become
// 1-based `line`/`column` in the YAML text the user wrote, then `segments` is dropped.
//
// Where a diagnostic points:
// - an existing map entry → the entry's KEY (`replicas:` in `decode:`), a list item → the item;
// - a missing field or an unknown path → the nearest existing ancestor's key;
// - the document itself (`""`) → 1:1, or, for a later document of a stream, its first node
//   (`located.start`).
// Columns are UTF-16 code units, as the yaml LineCounter counts them (and as editors index).
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import { mergeAmbiguities } from "./ambiguities.mjs";

const START = { line: 1, column: 1 };

/** Line/column of the node addressed by `segments` in a parsed yaml Document. */
export function locate(doc, lineCounter, segments, start = START) {
  let node = doc.contents;
  let at = start;
  for (const segment of Array.isArray(segments) ? segments : []) {
    node = resolve(doc, node);
    let next;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      at = position(lineCounter, pair.key) ?? at;
      next = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      at = position(lineCounter, isPair(item) ? item.key : item) ?? at;
      next = item;
    } else {
      break;
    }
    if (next == null) break;
    node = next;
  }
  return at;
}

/**
 * What `locate` needs of a document, without the Document (the CLI's lint holds thousands of
 * documents until the core has answered; their Documents weigh ~14 KB each): every path `locate`
 * can walk → the offset it would answer there. Null past `MAX_INDEXED` entries (alias-heavy
 * text): then keep the Document.
 */
export function positionIndex(doc) {
  const index = new Map();
  const visit = (node, prefix) => {
    node = resolve(doc, node);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isPair(pair) ? keyText(pair.key) : undefined;
        if (key === undefined) continue;
        const path = prefix + mapStep(key);
        if (index.has(path)) continue; // `locate` takes the first pair with that key
        if (!add(path, pair.key)) return false;
        if (pair.value != null && !visit(pair.value, path)) return false;
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (item === undefined) continue;
        const path = prefix + seqStep(i);
        if (!add(path, isPair(item) ? item.key : item)) return false;
        if (item != null && !visit(item, path)) return false;
      }
    }
    return true;
  };
  const add = (path, node) => {
    const offset = node?.range?.[0];
    index.set(path, typeof offset === "number" ? offset : -1);
    return index.size <= MAX_INDEXED;
  };
  return visit(doc.contents, "") ? index : null;
}

const MAX_INDEXED = 100_000;
// Unambiguous path steps: a key's length comes before it.
const mapStep = (key) => `m${key.length}:${key}`;
const seqStep = (i) => `s${i};`;

/** `locate` over a `positionIndex`: the same answers. */
function locateIndexed(index, lineCounter, segments, start = START) {
  let at = start;
  let path = "";
  for (const segment of Array.isArray(segments) ? segments : []) {
    let step = mapStep(String(segment));
    let offset = index.get(path + step);
    if (offset === undefined && typeof segment === "number") {
      step = seqStep(segment);
      offset = index.get(path + step);
    }
    if (offset === undefined) break;
    path += step;
    if (offset >= 0) {
      const { line, col } = lineCounter.linePos(offset);
      at = { line, column: col };
    }
  }
  return at;
}

function resolve(doc, node) {
  // An alias points at its anchor; follow it (bounded: an alias cannot point at an alias).
  if (isAlias(node)) {
    try {
      return node.resolve(doc) ?? node;
    } catch {
      return node;
    }
  }
  return node;
}

function keyText(key) {
  if (isScalar(key)) return key.value === null ? "null" : String(key.value);
  return undefined;
}

/**
 * Where a document of a stream is, for findings about the whole document: 1:1 for the first (as
 * for single-document input), else its first node (a later document's 1:1 would point into the
 * first one).
 */
export function documentStart(doc, index, lineCounter) {
  if (index === 0) return START;
  return position(lineCounter, doc.contents) ?? position(lineCounter, doc) ?? START;
}

function position(lineCounter, node) {
  const offset = node?.range?.[0];
  if (typeof offset !== "number") return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Turns wire diagnostics into public ones, in place order kept: adds `line`/`column` when the
 * input was text (`located` is `{doc, lineCounter, ambiguities?, start?}`, or `{index, …}` with a
 * `positionIndex` instead of the doc; `start`, where the document itself is, defaults to 1:1),
 * adds the text's
 * `input/ambiguous-scalar` findings (ambiguities.mjs), and always removes `segments`. Call it
 * once per document: the ambiguities are added each time.
 */
export function finishDiagnostics(diagnostics, located) {
  if (!Array.isArray(diagnostics)) return [];
  return mergeAmbiguities(diagnostics, located?.ambiguities).map((wire) => {
    const { segments, ...d } = wire ?? {};
    if (located && (d.line === undefined || d.column === undefined)) {
      const start = located.start ?? START;
      const at = located.doc
        ? locate(located.doc, located.lineCounter, segments, start)
        : located.index
          ? locateIndexed(located.index, located.lineCounter, segments, start)
          : start;
      d.line = at.line;
      d.column = at.column;
    }
    return d;
  });
}

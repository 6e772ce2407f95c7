// Where in the ModelService is the cursor? An indentation-based reading of block YAML that keeps
// working while the document is half-typed (a strict parser gives up exactly then). Flow style
// (`{a: 1}`) is not followed; completion and hover simply offer nothing there.

import type { Segment } from "./schema";

interface LineInfo {
  blank: boolean;
  /** Columns (0-based) of the leading `- ` sequence markers. */
  dashes: number[];
  /** Column where the content after indentation and dashes starts. */
  contentCol: number;
  /** The mapping key on this line, if the content is `key:` or `key: value`. */
  key?: string;
  /** Column just after the key's colon. */
  colonEnd?: number;
}

// A plain key runs to the first `:` (it holds no `:` or `#`); the spaces before the colon are in
// the match and trimmed by `unquote`. (A lazy key followed by `\s*:` found the same match but
// backtracked quadratically over a long run of spaces on a line without a colon.)
const KEY_RE = /^("(?:[^"\\]|\\.)*"\s*|'[^']*'\s*|[^\s#'"{[\]},&*!|>%@`-][^:#]*|-[^\s:#][^:#]*):(?=\s|$)/;

export function lineInfo(text: string): LineInfo {
  const trimmed = text.trimEnd();
  if (trimmed.trim() === "" || trimmed.trimStart().startsWith("#")) {
    return { blank: true, dashes: [], contentCol: trimmed.length };
  }
  let col = trimmed.length - trimmed.trimStart().length;
  const dashes: number[] = [];
  while (trimmed[col] === "-" && (col + 1 === trimmed.length || trimmed[col + 1] === " ")) {
    dashes.push(col);
    col += 1;
    while (trimmed[col] === " ") col += 1;
  }
  const rest = trimmed.slice(col);
  const m = KEY_RE.exec(rest);
  if (!m) return { blank: false, dashes, contentCol: col };
  return { blank: false, dashes, contentCol: col, key: unquote(m[1]), colonEnd: col + m[0].length };
}

function unquote(key: string): string {
  const k = key.trim();
  if (k.length >= 2 && (k[0] === '"' || k[0] === "'") && k[k.length - 1] === k[0]) {
    return k.slice(1, -1);
  }
  return k;
}

/** Is the content at `col` on this line directly preceded by a dash (a sequence item start)? */
function dashBefore(info: LineInfo, col: number): number | undefined {
  const d = info.dashes.filter((x) => x < col);
  return d.length && info.contentCol >= col ? d[d.length - 1] : undefined;
}

/**
 * The path of the collection that holds a node starting at (`line`, `col`): for a key, the
 * mapping it belongs to; for `- item`, the sequence plus the item index.
 */
export function containerPath(lines: LineInfo[], line: number, col: number): Segment[] {
  const path: Segment[] = [];
  let mode: "key" | "item" = "key";
  let i = line;
  let c = col;
  const d0 = dashBefore(lines[line], col);
  if (d0 !== undefined) {
    mode = "item";
    c = d0;
  }
  for (let guard = 0; guard < 10000; guard++) {
    if (mode === "item") {
      let index = 0;
      let parent = -1;
      for (let k = i - 1; k >= 0; k--) {
        const L = lines[k];
        if (L.blank) continue;
        const firstDash = L.dashes[0];
        const indent = firstDash ?? L.contentCol;
        if (firstDash === c) {
          index++;
          continue;
        }
        if (indent > c) continue;
        parent = k;
        break;
      }
      path.unshift(index);
      if (parent < 0) return path;
      const P = lines[parent];
      if (P.key === undefined) {
        const d = P.dashes.filter((x) => x < c).pop();
        if (d === undefined) return path;
        i = parent;
        c = d;
        continue;
      }
      path.unshift(P.key);
      i = parent;
      c = P.contentCol;
      const d = dashBefore(P, c);
      if (d !== undefined) {
        mode = "item";
        c = d;
      } else mode = "key";
      continue;
    }
    // key mode: find the parent key (less indented) or discover that this map is a list item.
    let found = false;
    for (let k = i - 1; k >= 0; k--) {
      const L = lines[k];
      if (L.blank) continue;
      if (L.contentCol > c && (L.dashes[0] ?? L.contentCol) >= c) continue;
      if (L.contentCol === c) {
        const d = dashBefore(L, c);
        if (d !== undefined) {
          mode = "item";
          i = k;
          c = d;
          found = true;
          break;
        }
        continue;
      }
      // L.contentCol < c, or a dash line whose item starts left of c
      if (L.key !== undefined && L.contentCol < c) {
        path.unshift(L.key);
        i = k;
        c = L.contentCol;
        const d = dashBefore(L, c);
        if (d !== undefined) mode = "item", (c = d);
        found = true;
        break;
      }
      const d = L.dashes.filter((x) => x < c).pop();
      if (d !== undefined) {
        mode = "item";
        i = k;
        c = d;
        found = true;
        break;
      }
      return path;
    }
    if (!found) return path;
  }
  return path;
}

export interface CursorContext {
  kind: "key" | "value";
  /** For "key": the mapping the new key goes into. For "value": the path of the key's value. */
  path: Segment[];
  /** The range of the word being typed, to be replaced by a completion. */
  from: number;
  to: number;
  /** Column of the key (for indenting inserted children). */
  keyCol: number;
  /** Keys already present in the same mapping (for "key"). */
  siblings: string[];
}

function splitLines(doc: string): { lines: string[]; starts: number[] } {
  const lines = doc.split("\n");
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  return { lines, starts };
}

function lineAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What is being typed at `pos`: a key (with its mapping's path) or a value (with its path). */
export function cursorContext(doc: string, pos: number): CursorContext | null {
  const { lines, starts } = splitLines(doc);
  const ln = lineAt(starts, pos);
  const before = lines[ln].slice(0, pos - starts[ln]);
  const infos = lines.map(lineInfo);
  const keyTyping = /^(\s*(?:-\s+)*)([^\s:#'"{}[\],]*)$/.exec(before);
  if (keyTyping) {
    const col = keyTyping[1].length;
    // A bare `- ` with nothing after it inside a list of scalars is still "key" context; the
    // schema tells whether the item is an object.
    const infosForLine = infos.slice();
    infosForLine[ln] = { ...lineInfo(before + "x"), blank: false };
    const path = containerPath(infosForLine, ln, col);
    return {
      kind: "key",
      path,
      from: starts[ln] + col,
      to: pos,
      keyCol: col,
      siblings: siblingKeys(infos, ln, col),
    };
  }
  const info = lineInfo(before);
  if (info.key !== undefined && info.colonEnd !== undefined) {
    const valueText = before.slice(info.colonEnd);
    if (!/^\s*[^\s#{[][^#]*$|^\s*$/.test(valueText)) return null;
    const word = valueText.trimStart();
    const parent = containerPath(infos, ln, info.contentCol);
    return {
      kind: "value",
      path: [...parent, info.key],
      from: pos - word.length,
      to: pos,
      keyCol: info.contentCol,
      siblings: [],
    };
  }
  return null;
}

function siblingKeys(infos: LineInfo[], ln: number, col: number): string[] {
  const keys: string[] = [];
  const scan = (step: number) => {
    for (let k = ln + step; k >= 0 && k < infos.length; k += step) {
      const L = infos[k];
      if (L.blank) continue;
      if (L.contentCol < col) break;
      if (L.contentCol === col) {
        if (L.dashes.length && step > 0) break; // next list item starts
        if (L.key !== undefined) keys.push(L.key);
        if (L.dashes.length) break; // this item's first line
      }
    }
  };
  scan(-1);
  scan(1);
  return keys;
}

/** The full path of the key under `pos`, and the key's range (for hover docs). */
export function keyAt(doc: string, pos: number): { path: Segment[]; from: number; to: number } | null {
  const { lines, starts } = splitLines(doc);
  const ln = lineAt(starts, pos);
  const info = lineInfo(lines[ln]);
  if (info.key === undefined || info.colonEnd === undefined) return null;
  const col = pos - starts[ln];
  const infos = lines.map(lineInfo);
  const path = [...containerPath(infos, ln, info.contentCol), info.key];
  if (col < info.contentCol) return null;
  return { path, from: starts[ln] + info.contentCol, to: starts[ln] + info.colonEnd - 1 };
}

/**
 * Length of a line's content: the line up to the first run of whitespace that ends it or that a
 * `#` follows (a trailing comment) — what `/\s+(#.*)?$/` strips, in one pass (that regex
 * backtracks quadratically over a long run of spaces inside a line: seconds for 100,000).
 */
export function contentEnd(text: string): number {
  const space = (c: string) => c === " " || c === "\t" || /\s/.test(c);
  // A comment runs to the end of the text: none starts before a line break (`.` stops there).
  const lastBreak = Math.max(...["\n", "\r", "\u2028", "\u2029"].map((b) => text.lastIndexOf(b)));
  let i = 0;
  while (i < text.length) {
    if (!space(text[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && space(text[j])) j++;
    if (j === text.length || (text[j] === "#" && j > lastBreak)) return i;
    i = j;
  }
  return text.length;
}

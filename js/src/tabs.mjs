// Tabs go-yaml v2 (libyaml's scanner, gopkg.in/yaml.v2 scannerc.go) refuses where YAML 1.2 and
// npm `yaml` accept them, so `kubectl apply` fails on a file we would otherwise read:
// - a tab at the start of a line in block context (`yaml_parser_scan_to_next_token` eats tabs only
//   in flow context or where no simple key may start; inside a block or plain scalar column 0 is
//   below the indentation): "found character that cannot start any token" / "found a tab
//   character that violates indentation". A blank line or a comment indented with a tab is enough;
// - a tab after a block sequence's `-` (a simple key may start there, so the tab is not eaten);
// - a tab right after the indentation of a block scalar's first lines (`|`, `>` without an
//   indentation indicator: the scanner is still looking for the indentation): "found a tab
//   character where an indentation space is expected";
// - a blank or comment line indented with spaces then a tab, unless it continues a plain scalar
//   and the tab is at or past that scalar's indentation (`yaml_parser_scan_plain_scalar`).
// Text inside quoted scalars and flow collections may hold tabs anywhere. Checked against the real
// reader (test/kubectl-input.test.mjs); a case not covered here is read as npm `yaml` reads it.
import { isCollection, isMap, isScalar, isSeq, Scalar, visit } from "yaml";

/**
 * The first tab of `text[from, to)` that kubectl's reader refuses in `doc`:
 * `{ offset, message, hint }`, or null.
 */
export function kubectlTabProblem(doc, text, from, to) {
  if (typeof text !== "string" || !text.slice(from, to).includes("\t")) return null;
  const free = []; // [start, end): quoted scalars and flow collections, where tabs are text
  const blocks = []; // block scalars without an indentation indicator
  const plains = []; // { start, end, indent } of plain scalars in block collections
  visit(doc, (_key, node, path) => {
    const range = node?.range;
    if (!range) return;
    if (isCollection(node) && node.flow) {
      free.push([range[0], range[1]]);
      return visit.SKIP;
    }
    if (!isScalar(node)) return;
    if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) free.push([range[0], range[1]]);
    else if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) blocks.push(range);
    else if (node.type === Scalar.PLAIN) {
      const parent = [...path].reverse().find((p) => isMap(p) || isSeq(p));
      if (parent?.range) plains.push({ start: range[0], end: range[1], indent: column(text, parent.range[0]) + 1 });
    }
  });
  const freeSpans = spans(free);
  const scalarSpans = spans([...free, ...blocks, ...plains.map((p) => [p.start, p.end])]);
  plains.sort((a, b) => a.end - b.end);
  const isFree = (offset) => inside(freeSpans, offset);
  const inScalar = (offset) => inside(scalarSpans, offset);
  const problem = (offset, message) => ({ offset, message, hint: "indent with spaces only, and remove the tab (or quote the text that holds it)" });

  for (const range of blocks) {
    const found = blockScalarTab(text, range);
    if (found !== null) return problem(found, "kubectl cannot read this block scalar: a tab follows the spaces of its first lines, where YAML 1.1 readers look for the indentation");
  }
  let lineStart = text.lastIndexOf("\n", from - 1) + 1;
  while (lineStart < to) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const spaces = line.length - line.replace(/^ +/, "").length;
    const tabAt = line.indexOf("\t");
    if (tabAt >= 0 && !isFree(lineStart + tabAt)) {
      if (tabAt === 0) return problem(lineStart, "kubectl cannot read a tab at the start of a line (YAML 1.1 readers take it for indentation)");
      const dash = /^ *(?:- +)*- *\t/.exec(line);
      if (dash && !inScalar(lineStart + spaces)) {
        return problem(lineStart + dash[0].length - 1, "kubectl cannot read a tab after a list item's `-` (YAML 1.1 readers take it for indentation)");
      }
      const blank = /^ +\t[ \t]*(#.*)?\r?$/.test(line);
      if (blank && !inScalar(lineStart + spaces) && !continuesPlain(lineStart, spaces)) {
        return problem(lineStart + spaces, "kubectl cannot read a tab in the indentation of a blank or comment line here (YAML 1.1 readers take it for indentation)");
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;

  /** A blank line with its tab at column `tabColumn` that the plain scalar ending before it reads. */
  function continuesPlain(start, tabColumn) {
    // The plain scalar that ends last before `start` (`plains` is sorted by end).
    let lo = 0;
    let hi = plains.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (plains[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const last = plains[lo - 1];
    if (last === undefined || tabColumn < last.indent) return false;
    // Only blank lines (no comment: a comment ends the scalar) between the scalar and this line.
    for (let i = start - 1; i >= last.end; i--) if (!" \t\r\n".includes(text[i])) return false;
    return true;
  }
}

/** The offset of a tab that follows the spaces of a leading line of a block scalar with no
 * indentation indicator (up to and including its first line with content), or null. */
function blockScalarTab(text, [start, end]) {
  const header = /^[|>]([-+]?)([1-9]?)([-+]?)/.exec(text.slice(start, start + 3));
  if (!header || header[2]) return null;
  let at = text.indexOf("\n", start);
  while (at >= 0 && at < end) {
    let i = at + 1;
    while (text[i] === " ") i++;
    if (text[i] === "\t") return i;
    if (text[i] !== "\n" && text[i] !== "\r") return null; // the first line with content
    at = text.indexOf("\n", i);
  }
  return null;
}

/** `[start, end)` ranges → sorted, disjoint spans (nested and overlapping ones merged). */
function spans(ranges) {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether `offset` lies in one of the sorted, disjoint `spans` (binary search). */
function inside(spans, offset) {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] <= offset;
}

function column(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

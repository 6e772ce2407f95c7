// The shown object's YAML after an edit, printed again only where the object changed.
//
// A keystroke changes one value or two of the ~150-line object on screen, but printing it whole
// with npm `yaml` cost ~1 ms of the keystroke's frame (BENCHMARKS P6). Here the object is split
// into parts: an entry whose value is a non-empty map or list is its key's line followed by the
// parts of that value (a list item that is a non-empty map is its own entries' parts, after `- `);
// every other entry or item (a scalar, `{}`, `[]`, a list in a list) is printed by the package's
// writer (npm `yaml`, kubectl-safe) as `{key: value}` or `[value]`, indented two spaces per level.
// A part whose value is unchanged (same JSON at the same place) keeps its text from the last
// print. npm `yaml`'s output at depth d is its output at depth 0 indented by 2·d spaces (no
// folding: lineWidth 0; blank lines inside block scalars stay empty; list items under a key are
// indented, indentSeq), so the parts join to exactly the whole print: unit tests compare both on
// every gallery object, after edits, and on values chosen to break it. A first print of an object
// costs more than a whole print (~1.5 ms, many small writer calls); every edit after it ~0.1 ms.

import { toYaml as kubectlSafeYaml } from "modelservice-render";

type Part =
  | { kind: "leaf"; json: string; text: string }
  | { kind: "map"; text: string; entries: Map<string, Part>; flat?: string }
  | { kind: "list"; text: string; items: Part[] };

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
/** A map's entries as the writer prints them (it leaves out `undefined` values). */
const entriesOf = (map: Record<string, unknown>) => Object.entries(map).filter(([, v]) => v !== undefined);

/** `key:` as the writer prints it before a nested map, or null where it does not print a plain
 * `key:` line (an explicit `? key` past 1024 characters): such an entry is printed whole. */
const headers = new Map<string, string | null>();
function headerOf(key: string): string | null {
  let header = headers.get(key);
  if (header === undefined) {
    const text = kubectlSafeYaml({ [key]: { a: 1 } });
    const line = text.slice(0, text.indexOf("\n"));
    header = line.endsWith(":") && text === `${line}\n  a: 1\n` ? line : null;
    if (headers.size > 10_000) headers.clear();
    headers.set(key, header);
  }
  return header;
}

function indented(text: string, depth: number): string {
  if (depth === 0) return text;
  const pad = "  ".repeat(depth);
  return text
    .split("\n")
    .map((line) => (line ? pad + line : line))
    .join("\n");
}

/** Leaf parts the writer printed during the current `print` (the rest were kept). */
let written = 0;

function entry(key: string, value: unknown, depth: number, last: Part | undefined): Part {
  const nested = isMap(value) ? entriesOf(value).length > 0 : Array.isArray(value) && value.length > 0;
  const header = nested ? headerOf(key) : null;
  if (header !== null && Array.isArray(value)) {
    // `key:`, then the items one level deeper, each `- ` and its lines (npm yaml's indentSeq).
    const before = last?.kind === "list" ? last.items : undefined;
    const items = value.map((v, i) => item(v, depth + 1, before?.[i]));
    return { kind: "list", text: `${"  ".repeat(depth)}${header}\n${items.map((p) => p.text).join("")}`, items };
  }
  if (header !== null) {
    const before = last?.kind === "map" ? last.entries : undefined;
    const entries = new Map<string, Part>();
    let text = `${"  ".repeat(depth)}${header}\n`;
    for (const [k, v] of entriesOf(value as Record<string, unknown>)) {
      const part = entry(k, v, depth + 1, before?.get(k));
      entries.set(k, part);
      text += part.text;
    }
    return { kind: "map", text, entries };
  }
  const json = JSON.stringify(value);
  if (last?.kind === "leaf" && last.json === json) return last;
  written++;
  return { kind: "leaf", json, text: indented(kubectlSafeYaml({ [key]: value }), depth) };
}

/** A list item at `depth`: a non-empty map is its entries printed at depth 0, the first line after
 * `- `, the others two spaces in; anything else is printed whole as the one-item list `[value]`. */
function item(value: unknown, depth: number, last: Part | undefined): Part {
  if (isMap(value) && entriesOf(value).length > 0) {
    const before = last?.kind === "map" ? last.entries : undefined;
    const entries = new Map<string, Part>();
    let flat = "";
    for (const [k, v] of entriesOf(value)) {
      const part = entry(k, v, 0, before?.get(k));
      entries.set(k, part);
      flat += part.text;
    }
    if (last?.kind === "map" && last.flat === flat) return { ...last, entries };
    const dashed = flat
      .split("\n")
      .map((line, i) => (i === 0 ? `- ${line}` : line ? `  ${line}` : line))
      .join("\n");
    return { kind: "map", text: indented(dashed, depth), entries, flat };
  }
  const json = JSON.stringify(value);
  if (last?.kind === "leaf" && last.json === json) return last;
  written++;
  return { kind: "leaf", json, text: indented(kubectlSafeYaml([value]), depth) };
}

/**
 * Prints objects as the package's `toYaml` does, keeping the parts of the last object printed:
 * printing the next version of the same object re-prints only its changed entries.
 */
export class PartPrinter {
  private last = new Map<string, Part>();
  /** How many entries the last `print` had the writer print (0 when nothing changed). */
  written = 0;

  print(value: unknown): string {
    written = 0;
    try {
      return this.printParts(value);
    } finally {
      this.written = written;
    }
  }

  private printParts(value: unknown): string {
    if (!isMap(value) || entriesOf(value).length === 0) {
      this.last = new Map();
      written = 1;
      return kubectlSafeYaml(value);
    }
    const entries = new Map<string, Part>();
    let text = "";
    for (const [k, v] of entriesOf(value)) {
      const part = entry(k, v, 0, this.last.get(k));
      entries.set(k, part);
      text += part.text;
    }
    this.last = entries;
    return text;
  }
}

// The shown object's YAML after an edit, printed again only where the object changed.
//
// A keystroke changes one value or two of the ~150-line object on screen, but printing it whole
// with npm `yaml` cost ~1 ms of the keystroke's frame (BENCHMARKS P6). Here every map entry is a
// part: an entry whose value is a non-empty map is its key's line followed by its own entries'
// parts; any other entry (a scalar, a list, `{}`) is printed by the package's writer (npm `yaml`,
// kubectl-safe) as the one-entry map `{key: value}`, its lines indented two spaces per level. An
// entry whose value is unchanged (same JSON) keeps its text from the last print. npm `yaml`'s
// output at depth d is its output at depth 0 indented by 2·d spaces (no folding: lineWidth 0;
// blank lines inside block scalars stay empty), so the parts join to exactly the whole print: a
// unit test compares both on every gallery object and on values chosen to break it.

import { toYaml as kubectlSafeYaml } from "modelservice-render";

type Part = { kind: "leaf"; json: string; text: string } | { kind: "map"; text: string; entries: Map<string, Part> };

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
  const header = isMap(value) && entriesOf(value).length > 0 ? headerOf(key) : null;
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

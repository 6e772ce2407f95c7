// Text and object input → the JSON text the wasm core reads. YAML/JSON text is parsed here (npm
// `yaml`, which keeps node positions) so the wasm stays small, and read as kubectl reads it
// (kubectl-read.mjs); the parsed Document is kept so diagnostics can be located afterwards
// (positions.mjs). Nothing here throws for user content.
import { Composer, isScalar, LineCounter, Parser, visit } from "yaml";
import { fieldPath } from "./field-path.mjs";
import { MAX_ALIAS_COUNT, readAsKubectl } from "./kubectl-read.mjs";
import { findLoneSurrogates, loneSurrogate } from "./surrogates.mjs";

/** Inputs larger than this (UTF-16 code units of text, or of the JSON sent to wasm) are refused. */
export const MAX_INPUT_LENGTH = 2 * 1024 * 1024;
/** Deeper nesting is refused (serde_json stops at 128; a ModelService is ~12 deep). */
export const MAX_DEPTH = 64;
export { MAX_ALIAS_COUNT };

const BOM = "\uFEFF";
/** A BOM right after a `---` separator line (comments and spaces may follow the `---`). */
const DOCUMENT_BOM = /^(---[ \t]*(?:#[^\n]*)?\n)\uFEFF/gm;
const LONE_CR = /\r(?!\n)/g;

const TOO_DEEP = `input is nested too deeply to parse (more than ${MAX_DEPTH} levels)`;
const tooLarge = () => inputError("input/too-large", `input is larger than ${MAX_INPUT_LENGTH / 1024 / 1024} MiB`);

/** A document-level error diagnostic (located at `line`/`column`, 1:1 unless given). */
export function inputError(code, message, line = 1, column = 1, hint) {
  const d = { code, severity: "error", path: "", message };
  if (hint) d.hint = hint;
  d.line = line;
  d.column = column;
  return d;
}

/**
 * Parses every document of a YAML (or JSON) stream.
 * @returns {{ lineCounter: LineCounter, documents: Array<{ index: number, doc: any, value: unknown,
 *   empty: boolean, diagnostics: object[] }>, diagnostics: object[] }}
 *   `diagnostics` holds stream-level errors (too large); each document holds its own.
 */
export function parseStream(text) {
  const lineCounter = new LineCounter();
  if (text.length > MAX_INPUT_LENGTH) {
    return { lineCounter, documents: [], diagnostics: [tooLarge()] };
  }
  // A BOM is not a column: drop it before the parser counts offsets. kubectl splits a stream at
  // its `---` lines and decodes each document alone, so a BOM that starts a later document (files
  // saved with one, then concatenated) is dropped too, not read into its first key.
  let source = text.startsWith(BOM) ? text.slice(1) : text;
  if (source.includes(BOM)) source = source.replace(DOCUMENT_BOM, "$1");
  // A CR not followed by LF is a line break for YAML and for kubectl's reader, not for npm `yaml`:
  // a file saved with CR CR LF (two CRLF conversions) read as one long broken line. As an LF it
  // keeps every offset, and lines are counted as kubectl counts them.
  const lfLines = source; // kubectl splits the stream at LF only (kubectlSplitProblems)
  if (source.includes("\r")) source = source.replace(LONE_CR, "\n");
  let docs;
  try {
    // yaml's parser keeps its own stack, its composer recurses once per level: nesting is
    // checked on the parser's tokens first, so deep text never reaches the composer (whose stack
    // overflow would land at a column that depends on the caller's stack, or abort the process).
    const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(source));
    const deep = firstTooDeep(tokens, MAX_DEPTH);
    if (deep !== null) {
      const at = lineCounter.linePos(deep);
      return { lineCounter, documents: [], diagnostics: [inputError("input/too-deep", TOO_DEEP, at.line, at.col)] };
    }
    // Duplicate keys are found here, not by the Composer: its `uniqueKeys` compares each key with
    // every earlier one (60,000 keys in one mapping took 18 s).
    docs = Array.from(new Composer({ uniqueKeys: false }).compose(tokens));
    for (const doc of docs) addDuplicateKeyErrors(doc);
  } catch (e) {
    return { lineCounter, documents: [], diagnostics: [parserFailure(e)] };
  }
  const documents = docs.map((doc, index) => readDocument(doc, index, lineCounter, source));
  const split = kubectlSplitProblems(lfLines).map(({ offset, message, hint }) => {
    const at = lineCounter.linePos(offset);
    return inputError("input/kubectl-unreadable", message, at.line, at.col, hint);
  });
  return { lineCounter, documents, diagnostics: split };
}

/**
 * What kubectl refuses in how a stream is split (apimachinery's YAMLReader, before any YAML is
 * read): a line starting with `---` must hold nothing else but a comment ("invalid document
 * separator"), and each piece between such lines is decoded alone, so a `%YAML`/`%TAG` directive
 * that starts a piece has no document after it ("did not find expected <document start>").
 */
function kubectlSplitProblems(source) {
  const problems = [];
  let content = false; // the current piece has a line that is not blank or a comment
  for (let pos = 0; pos <= source.length && problems.length < 20; ) {
    const nl = source.indexOf("\n", pos);
    const end = nl < 0 ? source.length : nl;
    const line = source.slice(pos, end);
    if (line.startsWith("---")) {
      const rest = line.slice(3).trim();
      if (rest !== "" && !rest.startsWith("#")) {
        problems.push({ offset: pos, message: "kubectl cannot read a `---` line that holds more than a comment: it splits documents at such lines", hint: "put what follows `---` on the next line" });
      }
      content = false;
    } else if (!content) {
      const t = line.trim();
      if (t !== "" && !t.startsWith("#")) {
        content = true;
        if (line.startsWith("%")) {
          problems.push({ offset: pos, message: "kubectl cannot read a `%` directive (`%YAML`, `%TAG`): it decodes each piece between `---` lines alone, and finds no document after the directive", hint: "remove the directive line" });
        }
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return problems;
}

function readDocument(doc, index, lineCounter, source) {
  const out = { index, doc, value: undefined, empty: isEmpty(doc.contents), diagnostics: [], ambiguities: [] };
  const errors = doc.errors ?? [];
  if (errors.length > 0) {
    out.diagnostics = errors.map((e) => yamlErrorDiagnostic(e, lineCounter));
    // The yaml parser reports its own stack overflow on very deep nesting, once per level.
    const deep = out.diagnostics.find((d) => d.code === "input/too-deep");
    if (deep) out.diagnostics = [deep];
    return out;
  }
  if (out.empty) return out;
  try {
    const read = readAsKubectl(doc, lineCounter, source, index === 0 ? 0 : doc.range?.[0]);
    out.value = read.value;
    out.ambiguities = read.ambiguities;
    out.diagnostics = read.diagnostics;
  } catch (e) {
    const at = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
    out.diagnostics = [parserFailure(e, at)];
  }
  return out;
}

/**
 * The errors npm `yaml`'s `uniqueKeys: true` gives (a scalar key whose value equals an earlier
 * key's of the same mapping, compared with `===`), at the same offsets, in offset order among the
 * document's other errors; one pass with a set per mapping.
 */
function addDuplicateKeyErrors(doc) {
  const found = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set();
      for (const pair of map.items) {
        const key = pair?.key;
        if (!isScalar(key)) continue;
        const v = key.value;
        const t = typeof v;
        // Objects (`!!binary` bytes) equal only themselves; NaN equals nothing.
        if ((t !== "string" && t !== "number" && t !== "boolean" && t !== "bigint" && v !== null) || Number.isNaN(v)) continue;
        const id = `${t}:${String(v)}`;
        if (seen.has(id) && typeof key.range?.[0] === "number") found.push(key.range[0]);
        else seen.add(id);
      }
    },
  });
  if (found.length === 0) return;
  found.sort((a, b) => a - b);
  const errors = [];
  let j = 0;
  for (const e of doc.errors) {
    while (j < found.length && Array.isArray(e.pos) && e.pos[0] > found[j]) errors.push(duplicateKey(found[j++]));
    errors.push(e);
  }
  while (j < found.length) errors.push(duplicateKey(found[j++]));
  doc.errors.splice(0, doc.errors.length, ...errors);
}

function duplicateKey(offset) {
  return { code: "DUPLICATE_KEY", message: "Map keys must be unique", pos: [offset, offset + 1] };
}

/** No content at all (`---` alone, comments only), unlike an explicit `null` or `~`. */
function isEmpty(contents) {
  if (contents == null) return true;
  return isScalar(contents) && contents.value === null && contents.source === "" && contents.range?.[0] === contents.range?.[1];
}

/**
 * The offset of the first collection nested more than `limit` deep in yaml's CST `tokens`, or
 * null. Walked without recursion; counts levels as toWireJson does (the root collection is 1).
 */
function firstTooDeep(tokens, limit) {
  let first = null;
  const stack = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop();
    if (t.type === "document") {
      if (t.value) stack.push([t.value, depth]);
    } else if (t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection") {
      if (depth + 1 > limit) {
        if (first === null || t.offset < first) first = t.offset;
        continue;
      }
      for (const item of t.items) for (const c of [item.key, item.value]) if (c) stack.push([c, depth + 1]);
    }
  }
  return first;
}

function yamlErrorDiagnostic(e, lineCounter) {
  const start = Array.isArray(e.pos) && e.pos[0] >= 0 ? lineCounter.linePos(e.pos[0]) : { line: 1, col: 1 };
  const pos = e.linePos?.[0] ?? start;
  // yaml's pretty messages repeat the location and a source excerpt: keep the first line only.
  const message = String(e.message).split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (/Maximum call stack size exceeded/.test(message)) {
    return inputError("input/too-deep", TOO_DEEP, pos.line, pos.col);
  }
  const code = e.code === "DUPLICATE_KEY" ? "input/duplicate-key" : "input/yaml-syntax";
  return inputError(code, message, pos.line, pos.col);
}

function parserFailure(e, at = { line: 1, col: 1 }) {
  if (e instanceof RangeError) {
    return inputError("input/too-deep", TOO_DEEP, at.line, at.col);
  }
  return inputError("input/yaml-syntax", `cannot parse input: ${e?.message ?? e}`, at.line, at.col);
}

/**
 * Exactly one document from text (the rule for the API's string inputs).
 * @returns {{ value: unknown, located: { doc: any, lineCounter: LineCounter } | null, diagnostics: object[] }}
 */
export function parseSingle(text) {
  const stream = parseStream(text);
  if (stream.diagnostics.length > 0) return { value: undefined, located: null, diagnostics: stream.diagnostics };
  // Empty documents (a trailing `---`, comments only) are not documents, as for kubectl.
  const present = stream.documents.filter((d) => !d.empty || d.diagnostics.length > 0);
  if (present.length === 0) {
    return { value: undefined, located: null, diagnostics: [inputError("input/empty", "the input holds no document")] };
  }
  if (present.length > 1) {
    const second = present[1].doc;
    const pos = second.range ? stream.lineCounter.linePos(second.range[0]) : { line: 1, col: 1 };
    const d = inputError(
      "input/multiple-documents",
      `the input holds ${present.length} YAML documents; exactly one ModelService is expected`,
      pos.line,
      pos.col,
      "split the documents, or use `modelservice lint`, which reads every document of a file",
    );
    return { value: undefined, located: null, diagnostics: [d] };
  }
  const [only] = present;
  const located = { doc: only.doc, lineCounter: stream.lineCounter, ambiguities: only.ambiguities };
  return { value: only.value, located, diagnostics: only.diagnostics };
}

/**
 * `toWireJson` of a ModelService. An empty `metadata.namespace` is sent as unset: the field is
 * `omitempty` in Go, and kubectl applies such an object to the context's namespace exactly as one
 * without it, so the core renders it into `default` with `namespace-defaulted` (instead of
 * rejecting "" as a namespace name). The caller's object is not changed.
 */
export function modelServiceWire(value) {
  let meta;
  try {
    meta = value?.metadata;
    if (meta === null || typeof meta !== "object" || meta.namespace !== "") return toWireJson(value);
  } catch {
    return toWireJson(value); // a throwing getter: toWireJson meets it again and reports it
  }
  return toWireJson({ ...value, metadata: { ...meta, namespace: null } });
}

/**
 * The JSON text sent to wasm. NaN/±Infinity cannot be written in JSON: they travel as
 * `{"$nonFinite": "NaN"|"Infinity"|"-Infinity"}` and the Rust validator reports them in place.
 * @returns {{ json: string } | { diagnostics: object[] }}
 */
export function toWireJson(value, pathOf = fieldPath) {
  let json;
  try {
    const shape = shapeOf(value, MAX_DEPTH);
    if (shape.problem === "too-deep") {
      return { diagnostics: [inputError("input/too-deep", `input is nested more than ${MAX_DEPTH} levels deep (or is circular)`)] };
    }
    if (shape.problem === "too-large") return { diagnostics: [tooLarge()] };
    const v = value === undefined ? null : value;
    // The replacer makes JSON.stringify several times slower: it is used only when the walk met
    // something it rewrites (a non-finite number, a bigint) or might (a `toJSON` method).
    json = shape.plain ? JSON.stringify(v) : JSON.stringify(v, replacer);
  } catch (e) {
    return { diagnostics: [inputError("input/invalid-json", `input cannot be written as JSON: ${e?.message ?? e}`)] };
  }
  if (json === undefined) json = "null"; // a function or symbol as the whole input
  if (json.length > MAX_INPUT_LENGTH) return { diagnostics: [tooLarge()] };
  // JSON.stringify writes a lone surrogate as a `\udXXX` escape, which the core cannot read:
  // find it in the value (only when the text has such an escape) and say where it is.
  if (json.includes("\\ud")) {
    const found = findLoneSurrogates(value);
    if (found.length > 0) return { diagnostics: found.map((f) => ({ ...loneSurrogate(f.text, pathOf(f.segments), f.key), segments: f.segments })) };
  }
  return { json };
}

function replacer(_key, v) {
  if (typeof v === "number" && !Number.isFinite(v)) return { $nonFinite: String(v) };
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : { $nonFinite: v > 0n ? "Infinity" : "-Infinity" };
  return v;
}

/**
 * What toWireJson must know of `value` before JSON.stringify: `problem` is "too-deep" past `limit`
 * levels or on a cycle, "too-large" past MAX_NODES object nodes (shared sub-objects are written
 * once per use by JSON.stringify), whichever `exactShape` meets first; `plain` is false when
 * `replacer` could change what JSON.stringify writes. Most inputs have no problem: a quick walk
 * (no ancestor set, no arrays of children) answers for them; anything else (a problem, a throw)
 * is walked again by `exactShape`, which decides which problem is reported.
 */
function shapeOf(value, limit) {
  // Per call, not module state: a getter in the input may call the API again.
  const seen = { nodes: 0, plain: true };
  try {
    const fine = typeof value === "object" && value !== null ? quickWalk(value, 0, limit, seen) : quickLeaf(value, seen);
    if (fine) return { problem: null, plain: seen.plain };
  } catch {
    // A throwing getter or proxy trap: `exactShape` meets it again and toWireJson reports it.
  }
  return exactShape(value, limit);
}

// Without an ancestor set, a cycle is met as nesting past `limit` (or past MAX_NODES): either way
// a problem, so `exactShape` walks again and names it. Without a problem both walks visit the same
// nodes (a superset here: `for…in` also lists inherited enumerable keys; a superset can only send
// an input to `exactShape`, or use the replacer where it changes nothing), so `plain` agrees.
const MAX_NODES = MAX_INPUT_LENGTH / 2;

/** True for a primitive; clears `seen.plain` for what `replacer` rewrites. */
function quickLeaf(v, seen) {
  if (typeof v === "number" ? !Number.isFinite(v) : typeof v === "bigint") seen.plain = false;
  return true;
}

/** `v` is an object at `depth`: false on any problem. */
function quickWalk(v, depth, limit, seen) {
  if (depth >= limit || ++seen.nodes > MAX_NODES) return false;
  if (typeof v.toJSON === "function") seen.plain = false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      if (typeof c === "object" && c !== null ? !quickWalk(c, depth + 1, limit, seen) : !quickLeaf(c, seen)) return false;
    }
  } else {
    for (const k in v) {
      const c = v[k];
      if (typeof c === "object" && c !== null ? !quickWalk(c, depth + 1, limit, seen) : !quickLeaf(c, seen)) return false;
    }
  }
  return true;
}

/**
 * The walk that decides which problem an input has: depth first, children last first, cycles
 * found by an ancestor set. Recursion is bounded by `limit`.
 */
function exactShape(value, limit) {
  const ancestors = new Set();
  let nodes = 0;
  let plain = true;
  const visit = (v, depth) => {
    if (typeof v !== "object" || v === null) {
      if ((typeof v === "number" && !Number.isFinite(v)) || typeof v === "bigint") plain = false;
      return null;
    }
    if (depth >= limit || ancestors.has(v)) return "too-deep";
    if (++nodes > MAX_NODES) return "too-large";
    if (typeof v.toJSON === "function") plain = false;
    ancestors.add(v);
    const children = Array.isArray(v) ? v : Object.values(v);
    for (let i = children.length - 1; i >= 0; i--) {
      const problem = visit(children[i], depth + 1);
      if (problem !== null) return problem;
    }
    ancestors.delete(v);
    return null;
  };
  const problem = visit(value, 0);
  return { problem, plain };
}

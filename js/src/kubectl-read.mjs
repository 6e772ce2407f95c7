// A parsed YAML document → the value kubectl would send to the API server (sigs.k8s.io/yaml
// YAMLToJSON over go-yaml v2), plus every place where that differs from the YAML 1.2 reading
// npm `yaml` gives (`ambiguities`, reported by ambiguities.mjs once the core has checked the
// value) and what kubectl cannot read at all (located error diagnostics). Replaces `doc.toJS()`.
//
// go-yaml v2 details reproduced (checked with the real reader, test/kubectl-yaml.test.mjs):
// plain scalars resolve by kubectl-scalars.mjs; keys become JSON keys as YAMLToJSON writes them
// (true → "true", 1e6 → "1e+06", null → refused); `<<` merges in order, so a merged key replaces
// an earlier explicit one and a later explicit key replaces the merged one; quoted and block
// scalars read the same under both; explicitly tagged scalars resolve by the tag
// (kubectl-scalars.mjs `resolveTagged`: `!!int 0755` is 493 for kubectl, 755 in YAML 1.2).
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from "yaml";
import { resolvePlain, resolveTagged } from "./kubectl-scalars.mjs";
import { fieldPath } from "./field-path.mjs";
import { hasLoneSurrogate, loneSurrogate } from "./surrogates.mjs";
import { kubectlTabProblem } from "./tabs.mjs";

/** Alias expansions allowed per document, nested ones counted (billion-laughs guard). */
export const MAX_ALIAS_COUNT = 100;
const MAX_REPORTED = 20;

class AliasLimit extends Error {}
/** A construct kubectl's reader refuses; `node` is where. */
class Unreadable extends Error {
  constructor(node, message, hint) {
    super(message);
    this.node = node;
    this.hint = hint;
  }
}

/**
 * `from`: where the document's text starts (the first document's includes what precedes it).
 * @returns {{ value: unknown, ambiguities: object[], diagnostics: object[] }} `ambiguities`:
 *   `{ segments, line, column, source, kubectl, yaml12, key }` with the two readings.
 */
export function readAsKubectl(doc, lineCounter, text, from = doc.range?.[0] ?? 0) {
  // `path`: the steps to the node being read (pushed and popped; copied only into findings).
  const st = { doc, lineCounter, text, path: [], ambiguities: [], diagnostics: [], cache: new Map(), weights: new Map(), aliases: 0, flow: 0 };
  try {
    const tab = kubectlTabProblem(doc, text, from, doc.range?.[2] ?? text?.length ?? 0);
    if (tab) throw new Unreadable({ range: [tab.offset] }, tab.message, tab.hint);
    return { value: walk(doc.contents, st), ambiguities: st.ambiguities, diagnostics: st.diagnostics };
  } catch (e) {
    if (e instanceof AliasLimit) {
      const at = position(st, doc.contents) ?? { line: 1, column: 1 };
      const d = error("input/alias-limit", `too many alias expansions (more than ${MAX_ALIAS_COUNT})`, "", at);
      return { value: undefined, ambiguities: [], diagnostics: [d] };
    }
    if (e instanceof Unreadable) {
      const d = error("input/kubectl-unreadable", e.message, "", position(st, e.node) ?? { line: 1, column: 1 }, e.hint);
      return { value: undefined, ambiguities: [], diagnostics: [...st.diagnostics, d] };
    }
    throw e;
  }
}

function walk(node, st) {
  if (node == null) return null;
  if (isAlias(node)) return alias(node, st);
  let value = null;
  if (isScalar(node)) value = scalar(node, st, false);
  else if (node.flow) {
    // In `[...]` and `{...}` go-yaml's scanner reads plain text by stricter rules (flowPlain).
    st.flow += 1;
    value = isMap(node) ? map(node, st) : isSeq(node) ? node.items.map((item, i) => under(st, i, () => walk(item, st))) : null;
    st.flow -= 1;
  } else if (isMap(node)) value = map(node, st);
  else if (isSeq(node)) value = node.items.map((item, i) => under(st, i, () => walk(item, st)));
  // Aliases share the anchored value (and its findings are reported once, at the anchor).
  if (node.anchor) st.cache.set(node, value);
  return value;
}

/** `read()` with `step` added to the path. */
function under(st, step, read) {
  st.path.push(step);
  const value = read();
  st.path.pop();
  return value;
}

/** The anchored node's value, shared by every alias (as `doc.toJS()` does), counted first. */
function alias(node, st) {
  const target = anchored(node, st);
  st.aliases += 1 + weight(target, st);
  if (st.aliases > MAX_ALIAS_COUNT) throw new AliasLimit();
  if (!st.cache.has(target)) st.cache.set(target, walk(target, st));
  return st.cache.get(target);
}

/** The node an alias names; go-yaml v2 refuses an alias with no anchor of that name before it
 * ("unknown anchor referenced"), where npm `yaml` composes it and would read null. */
function anchored(node, st) {
  const target = node.resolve(st.doc);
  if (!target) {
    throw new Unreadable(node, `kubectl cannot read this alias: no anchor \`&${node.source}\` comes before it`, `define \`&${node.source}\` on a value above the alias, or write the value here`);
  }
  return target;
}

/** Aliases a full expansion of `node` would meet (an alias inside its own anchor: no end). */
function weight(node, st) {
  const known = st.weights.get(node);
  if (known !== undefined) return known;
  st.weights.set(node, Infinity);
  let w = 0;
  const visit = (n) => {
    if (isAlias(n)) {
      const t = n.resolve(st.doc);
      w += 1 + (t ? weight(t, st) : 0);
    } else if (isMap(n)) {
      for (const p of n.items) {
        visit(p.key);
        visit(p.value);
      }
    } else if (isSeq(n)) {
      n.items.forEach(visit);
    }
  };
  visit(node);
  st.weights.set(node, w);
  return w;
}

function scalar(node, st, key) {
  const yaml12 = node.value;
  if (typeof yaml12 === "string") {
    if (hasLoneSurrogate(yaml12) && st.diagnostics.length < MAX_REPORTED) {
      const at = position(st, node) ?? { line: 1, column: 1 };
      st.diagnostics.push({ ...loneSurrogate(yaml12, fieldPath(st.path), key), line: at.line, column: at.column });
    }
    if (node.type === Scalar.QUOTE_DOUBLE && slashEscape(node, st)) {
      throw new Unreadable(node, "kubectl cannot read this text: `\\/` is a YAML 1.2 escape that YAML 1.1 readers refuse", "write `/` instead of `\\/`");
    }
  }
  if (node.type === Scalar.PLAIN && st.flow > 0) flowPlain(node, st, key);
  if (node.tag) return tagged(node, st, key);
  if (node.type !== Scalar.PLAIN) return yaml12;
  const kubectl = resolvePlain(node.source);
  // Timestamps keep their text; integers past 2^53 travel as the nearest double, like YAML 1.2's.
  const value = kubectl.tag === "timestamp" ? node.source : typeof kubectl.value === "bigint" ? Number(kubectl.value) : kubectl.value;
  if (!same(value, yaml12) && kubectl.tag !== "merge") {
    const at = position(st, node);
    st.ambiguities.push({ segments: st.path.slice(), ...at, source: node.source, kubectl, yaml12, key });
  }
  return value;
}

/**
 * Unquoted text inside `[...]` or `{...}` that go-yaml v2 cannot read (YAML 1.2 reads it): its
 * scanner ends a plain scalar at a `?` and takes the `?` for a key indicator (`[http://h/v1?x=1]`),
 * takes a `:` that starts the text for a value indicator (`[:x]`), and reads `key:{` or `key:[`
 * (no space after the `:`) as the text `key:` followed by a misplaced bracket.
 */
function flowPlain(node, st, key) {
  const [start, end] = node.range ?? [];
  if (typeof start !== "number" || typeof end !== "number" || !st.text) return;
  const raw = st.text.slice(start, end);
  const q = raw.indexOf("?", key ? 1 : 0); // a `?` that starts a key is an explicit key for both
  let at = null;
  let what;
  if (q >= 0) [at, what] = [start + q, "a `?` in unquoted text"];
  else if (raw.startsWith(":")) [at, what] = [start, "a `:` at the start of unquoted text"];
  else if (st.text[end] === ":" && "[{".includes(st.text[end + 1] ?? " ")) [at, what] = [end, "a `:` followed by `[` or `{` without a space"];
  if (at === null) return;
  throw new Unreadable({ range: [at] }, `kubectl cannot read ${what} inside \`[...]\` or \`{...}\`: YAML 1.1 readers take it for an indicator there`, q >= 0 || raw.startsWith(":") ? `quote the text: ${JSON.stringify(node.source ?? raw)}` : "put a space after the `:`");
}

/** A scalar with an explicit tag, as kubectl reads it (an ambiguity where YAML 1.2 differs). */
function tagged(node, st, key) {
  const kubectl = taggedReading(node);
  const value = typeof kubectl.value === "bigint" ? Number(kubectl.value) : kubectl.value;
  // `!!binary`: YAML 1.2 readers give the bytes, kubectl the same bytes as text; nothing to tell.
  if (kubectl.tag !== "binary" && !same(value, node.value)) {
    const at = position(st, node);
    const source = `${node.tag.replace("tag:yaml.org,2002:", "!!")} ${node.source}`;
    st.ambiguities.push({ segments: st.path.slice(), ...at, source, kubectl, yaml12: node.value, key, tagged: true });
  }
  return value;
}

function taggedReading(node) {
  const read = resolveTagged(node.tag, String(node.source ?? node.value));
  if (read.error) throw new Unreadable(node, read.error, read.hint);
  return read;
}

function map(node, st) {
  const out = {};
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const keyNode = isAlias(pair.key) ? anchored(pair.key, st) : pair.key;
    if (isMergeKey(keyNode)) {
      merge(pair, out, st);
      continue;
    }
    const key = jsonKey(keyNode, pair.key, st);
    set(out, key, under(st, key, () => walk(pair.value, st)));
  }
  return out;
}

function set(out, key, value) {
  if (key === "__proto__") Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}

/** go-yaml v2's `isMerge`: `<<` untagged and plain, or (any style) with the non-specific tag `!`
 * (libyaml counts that as implicit) or `!!merge`. */
function isMergeKey(node) {
  if (!isScalar(node) || node.source !== "<<") return false;
  return node.tag ? node.tag === "!" || node.tag === "tag:yaml.org,2002:merge" : node.type === Scalar.PLAIN;
}

/** go-yaml v2 merges in place: every merged key overwrites what is there (earlier entries). */
function merge(pair, out, st) {
  const at = position(st, pair.key);
  st.ambiguities.push({ segments: [...st.path, "<<"], ...at, source: "<<", kubectl: { tag: "merge" }, yaml12: "<<", key: true });
  // A list is read item by item, last first, so the first list item wins; an alias must name
  // a mapping (go-yaml v2 refuses an alias of a list here).
  const sources = isSeq(pair.value) ? [...pair.value.items].reverse() : [pair.value];
  for (const item of sources) {
    const target = isAlias(item) ? anchored(item, st) : item;
    if (!isMap(target)) {
      throw new Unreadable(item ?? pair.key, "kubectl cannot read this merge: `<<` takes a mapping or a list of mappings", 'give `<<` a mapping (or an alias of one), or quote "<<" for a key of that name');
    }
    const merged = walk(item, st);
    for (const [k, v] of Object.entries(merged)) set(out, k, v);
  }
}

/** The JSON key YAMLToJSON writes for a scalar key; anything else kubectl refuses. */
function jsonKey(node, written, st) {
  if (!isScalar(node)) throw new Unreadable(written, "kubectl cannot read a mapping or a list used as a key", "use a plain text key");
  const resolved = node.tag ? taggedReading(node) : node.type === Scalar.PLAIN ? resolvePlain(node.source) : null;
  const value = resolved ? resolved.value : node.value;
  let key;
  if (value === null) throw new Unreadable(written, "kubectl cannot read a null key (`~`, `null` or nothing before `:`)", 'quote the key, e.g. "null":');
  else if (resolved?.tag === "int") {
    if (resolved.value > 2n ** 63n - 1n) throw new Unreadable(written, "kubectl cannot read an integer key larger than 2^63-1", `quote the key: "${node.source}"`);
    key = String(resolved.value);
  } else if (typeof value === "number") key = resolved ? goFloat32Key(value) : String(value);
  else key = resolved?.tag === "timestamp" ? node.source : String(value);
  // Findings on the key are reported at the entry kubectl makes of it.
  under(st, key, () => scalar(node, st, true));
  return key;
}

/** strconv.FormatFloat(f, 'g', -1, 32), with go-yaml's names for infinities and NaN. */
export function goFloat32Key(f) {
  const f32 = Math.fround(f); // beyond float32's range: an infinity
  if (Number.isNaN(f32)) return ".nan";
  if (f32 === Infinity) return ".inf";
  if (f32 === -Infinity) return "-.inf";
  if (f32 === 0) return Object.is(f32, -0) ? "-0" : "0";
  let digits = "";
  let exp = 0;
  for (let p = 1; p <= 9; p++) {
    const [m, e] = Math.abs(f32).toExponential(p - 1).split("e");
    if (Math.fround(Number(`${m}e${e}`)) === Math.abs(f32) || p === 9) {
      digits = m.replace(".", "").replace(/0+$/, "") || "0";
      exp = Number(e);
      break;
    }
  }
  const sign = f32 < 0 ? "-" : "";
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const frac = digits.slice(exp + 1);
  return `${sign}${whole}${frac ? `.${frac}` : ""}`;
}

/** A `\/` escape in the raw text of a double-quoted scalar (an odd run of backslashes before `/`). */
function slashEscape(node, st) {
  const [start, end] = node.range ?? [];
  if (typeof start !== "number" || !st.text) return false;
  return /(?<!\\)(?:\\\\)*\\\//.test(st.text.slice(start, end));
}

function same(a, b) {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function position(st, node) {
  const offset = node?.range?.[0];
  if (typeof offset !== "number") return undefined;
  const { line, col } = st.lineCounter.linePos(offset);
  return { line, column: col };
}

function error(code, message, path, at, hint) {
  const d = { code, severity: "error", path, message };
  if (hint) d.hint = hint;
  d.line = at.line;
  d.column = at.column;
  return d;
}

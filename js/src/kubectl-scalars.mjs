// How kubectl reads an unquoted YAML scalar. kubectl, Helm, Argo CD and Flux read YAML through
// sigs.k8s.io/yaml, i.e. go-yaml v2's resolver (gopkg.in/yaml.v2 resolve.go, v2.4.0; the same in
// sigs.k8s.io/yaml/goyaml.v2), whose YAML 1.1 rules differ from YAML 1.2: `yes`/`on`/`y` are
// booleans, `0755` is octal, underscores in numbers are dropped, and numbers are parsed by Go's
// strconv (base prefixes 0b/0o/0x, overflow → a string). Every rule below was checked against
// that code with the real reader (scripts/kubectl-yaml, test/kubectl-yaml.test.mjs).

/** The resolver's word table (exact spellings only). */
const WORDS = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((w) => [w, { tag: "bool", value: true }]),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((w) => [w, { tag: "bool", value: false }]),
  ...["", "~", "null", "Null", "NULL"].map((w) => [w, { tag: "null", value: null }]),
  ...[".nan", ".NaN", ".NAN"].map((w) => [w, { tag: "float", value: NaN }]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((w) => [w, { tag: "float", value: Infinity }]),
  ...["-.inf", "-.Inf", "-.INF"].map((w) => [w, { tag: "float", value: -Infinity }]),
  ["<<", { tag: "merge", value: "<<" }],
]);

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** go-yaml v2's `yamlStyleFloat`, applied after underscores are removed. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go's decimal float syntax for a string starting with '.' (strconv.ParseFloat: digits,
 * underscores only between digits, optional exponent). */
const DOT_FLOAT = /^\.[0-9](_?[0-9])*([eE][-+]?[0-9](_?[0-9])*)?$/;
const TIMESTAMP_HEAD = /^[0-9]{4}-/;
// The layouts go-yaml v2 tries with time.Parse (fields of 1 or 2 digits after the year, a `T`,
// `t` or space before the time, fraction up to 9 digits, `Z` or ±hh:mm only with T/t).
const TIMESTAMP = [
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?(Z|[-+][0-9]{2}:[0-9]{2})$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2} [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$/,
];
/** First characters after which go-yaml v2 may resolve a plain scalar to something else. */
const MAYBE_NOT_STRING = /^[-+.0-9yYnNtTfFoO~<]/;
/** go-yaml v2's encoder also quotes YAML 1.1 sexagesimal numbers ("for other parsers"). */
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/**
 * go-yaml v2's reading of a plain (unquoted, untagged) scalar.
 * @returns {{ tag: "str"|"bool"|"null"|"int"|"float"|"merge"|"timestamp", value: unknown }}
 *   `value` is what YAMLToJSON writes: timestamps stay the text (v2 keeps them as strings when
 *   the target is interface{}), big integers are BigInt.
 */
export function resolvePlain(text) {
  const word = WORDS.get(text);
  if (word) return word;
  const first = text.charCodeAt(0);
  if (first === 46 /* . */) {
    if (DOT_FLOAT.test(text)) return finite(Number(text.replaceAll("_", "")), text);
    return str(text);
  }
  const sign = first === 43 || first === 45; // + -
  if (!sign && !(first >= 48 && first <= 57)) return str(text);
  if (TIMESTAMP_HEAD.test(text) && isTimestamp(text)) return { tag: "timestamp", value: text };
  const plain = text.replaceAll("_", "");
  const int = goParseInt(plain);
  if (int !== undefined) return { tag: "int", value: int };
  if (YAML_STYLE_FLOAT.test(plain)) return finite(Number(plain), text);
  if (plain.startsWith("0b")) {
    const bin = goParseInt(plain.slice(2), 2);
    if (bin !== undefined) return { tag: "int", value: bin };
  } else if (plain.startsWith("-0b")) {
    const bin = goParseInt(`-${plain.slice(3)}`, 2);
    if (bin !== undefined) return { tag: "int", value: bin };
  }
  return str(text);
}

/** True when kubectl reads `text`, written unquoted, as anything but that same string — or when
 * go-yaml v2's own encoder would quote it (timestamps, sexagesimal numbers). */
export function kubectlNeedsQuotes(text) {
  // Most strings start with a letter the resolver never looks at: answer those without work.
  if (text !== "" && !MAYBE_NOT_STRING.test(text)) return false;
  return resolvePlain(text).tag !== "str" || BASE60.test(text);
}

function str(text) {
  return { tag: "str", value: text };
}

/** strconv.ParseFloat: out of range is an error, so the scalar stays a string. */
function finite(value, text) {
  return Number.isFinite(value) ? { tag: "float", value } : str(text);
}

function isTimestamp(text) {
  const m = /^[0-9]{4}-([0-9]{1,2})-([0-9]{1,2})/.exec(text);
  if (!m || !TIMESTAMP.some((re) => re.test(text))) return false;
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const t = /[Tt ]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})/.exec(text);
  return !t || (Number(t[1]) < 24 && Number(t[2]) < 60 && Number(t[3]) < 60);
}

/**
 * strconv.ParseInt(s, base, 64), then for v2's fallback strconv.ParseUint(s, base, 64) when
 * base is 0. Base 0 picks the base from a 0b/0o/0x prefix (either case) or a leading 0 (octal).
 * @returns {number | bigint | undefined} undefined on a syntax or range error.
 */
function goParseInt(s, base = 0) {
  let body = s;
  let neg = false;
  if (body[0] === "+" || body[0] === "-") {
    neg = body[0] === "-";
    body = body.slice(1);
  }
  const unsigned = goParseUint(body, base);
  if (unsigned !== undefined) {
    const v = neg ? -unsigned : unsigned;
    if (v <= INT64_MAX && v >= -INT64_MAX - 1n) return toNumber(v);
  }
  // ParseUint on the whole text (no sign allowed) covers 2^63 … 2^64-1.
  if (base === 0) {
    const u = goParseUint(s, 0);
    if (u !== undefined) return toNumber(u);
  }
  return undefined;
}

function goParseUint(s, base) {
  if (s === "") return undefined;
  let digits = s;
  let radix = base;
  if (base === 0) {
    radix = 10;
    if (s[0] === "0") {
      const p = s.length >= 3 ? lowerAscii(s.charCodeAt(1)) : 0;
      radix = p === 98 /* b */ ? 2 : p === 111 /* o */ ? 8 : p === 120 /* x */ ? 16 : 8;
      digits = radix === 8 && p !== 111 ? s.slice(1) : s.slice(2);
    }
  }
  let v = 0n;
  const r = BigInt(radix);
  for (let i = 0; i < digits.length; i++) {
    const c = lowerAscii(digits.charCodeAt(i));
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : 99;
    if (d >= radix) return undefined;
    v = v * r + BigInt(d);
    if (v > UINT64_MAX) return undefined;
  }
  return v;
}

/** Go's `lower`: ASCII letters only (bytes of other characters never become digits). */
function lowerAscii(c) {
  return c >= 65 && c <= 90 ? c | 0x20 : c;
}

function toNumber(v) {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

const YAML_TAG = "tag:yaml.org,2002:";
/** The tags go-yaml v2 resolves a tagged scalar's text against (`resolvableTag`). */
const RESOLVABLE = new Set(["str", "bool", "int", "float", "null", "timestamp"]);

/**
 * go-yaml v2's reading of a scalar with an explicit tag (`resolve(tag, in)` and
 * `decoder.scalar`, resolve.go/decode.go v2.4.0): the text (plain, quoted or block alike) resolves
 * as a plain scalar would — except that only `!!timestamp` looks for timestamps — and must come
 * out as the tag says (an integer within int64 is accepted as a `!!float`); `!!str` takes any text; `!!binary`
 * is base64, decoded to text; other tags (`!foo`, `!`) leave the text as it is.
 * @param {string} tag npm `yaml`'s `node.tag` (`tag:yaml.org,2002:int`, `!foo`)
 * @returns {{ tag: string, value: unknown } | { error: string, hint: string }} `tag` short (`int`).
 */
export function resolveTagged(tag, text) {
  const short = tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : null;
  if (short === "binary") return binary(text);
  if (short === "str" || !RESOLVABLE.has(short)) return { tag: short ?? tag, value: text };
  let read = resolvePlain(text);
  // Outside `!!timestamp` go-yaml never tries a timestamp (and none reads as a number); `<<` is
  // a merge key only untagged.
  if ((read.tag === "timestamp" && short !== "timestamp") || read.tag === "merge") read = str(text);
  if (read.tag === short) return read.tag === "timestamp" ? { tag: "timestamp", value: text } : read;
  // An int64 becomes a float; a larger integer (Go's uint64) is refused.
  if (short === "float" && read.tag === "int" && BigInt(read.value) <= INT64_MAX) return { tag: "float", value: Number(read.value) };
  return {
    error: `kubectl cannot read this value: \`!!${short}\` is given text that reads as \`!!${read.tag}\` (\`${text}\`)`,
    hint: `write a value of the tag's kind, or drop the \`!!${short}\` tag`,
  };
}

/** Go's base64.StdEncoding (padding required; line breaks ignored), decoded as UTF-8 text. */
function binary(text) {
  const b64 = text.replace(/[\r\n]/g, "");
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(b64)) {
    return { error: "kubectl cannot read this value: `!!binary` is given text that is not base64", hint: "write standard base64 (with its `=` padding), or drop the `!!binary` tag" };
  }
  return { tag: "binary", value: goString(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))) };
}

/** Bytes as Go's encoding/json writes a string of them: each byte that does not start a valid
 * UTF-8 sequence becomes one U+FFFD (TextDecoder replaces whole invalid sequences instead). */
function goString(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = n > 0 && i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) ok = bytes[i + k] >= (k === 1 ? lo : 0x80) && bytes[i + k] <= (k === 1 ? hi : 0xbf);
    if (!ok) {
      out += "\ufffd";
      i += 1;
      continue;
    }
    let cp = n === 1 ? b : b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}

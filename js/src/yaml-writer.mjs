// The one YAML writer of the project (CLI, playground, examples): npm `yaml`'s stringify, with
// strings quoted wherever kubectl would read them differently. kubectl reads YAML with go-yaml
// v2's YAML 1.1 rules (kubectl-scalars.mjs) and npm `yaml` only guards against YAML 1.2 readings,
// so a plain `on`, `yes`, `0755` or `1_000` would come back as a boolean or a number. Output must
// read back to the same JSON under both, so those strings (keys included) are double-quoted.
import { stringify } from "yaml";
import { kubectlNeedsQuotes } from "./kubectl-scalars.mjs";

// Characters go-yaml v2 (libyaml) refuses raw ("control characters are not allowed") or reads as
// line breaks (NEL, LS, PS: YAML 1.1 breaks), plus lone surrogates (`u`: a pair is one character):
// only escaped in double quotes.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\u{d800}-\u{dfff}]/u;
// Multi-line strings npm `yaml` writes as a block scalar (`|`) that go-yaml v2 reads otherwise.
// Without an indentation indicator libyaml finds the indentation on the first line with content:
// a tab before it is an error ("found a tab character where an indentation space is expected"),
// and when no line has content every space is taken for indentation (`" \n"` reads `"\n"`; npm
// `yaml` reads it so too). Both are double-quoted.
// PyYAML (Ansible, python yq), a YAML 1.1 reader too, refuses two plain scalars go-yaml reads:
// `=` (YAML 1.1's "value" type, which it cannot construct) and text with a tab inside (its scanner
// ends plain text at a tab). Double-quoted, they read back alike everywhere.
function pyyamlUnsafe(value) {
  return value === "=" || (value.includes("\t") && !value.includes("\n"));
}
function blockUnsafe(value) {
  return value.includes("\n") && (/^[ \n]*\t/.test(value) || (/^[ \n]*$/.test(value) && value.includes(" ")));
}
// JSON.stringify escapes C0 controls, lone surrogates, `"` and `\`; these must be escaped as well.
const JSON_LEAVES_RAW = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** A YAML double-quoted scalar on one line: JSON's escapes are YAML's (minus `\/`, never made). */
function doubleQuoted(value) {
  return JSON.stringify(value).replace(JSON_LEAVES_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * npm `yaml`'s options for one print. Our string tag is found before npm `yaml`'s own, for the
 * strings it would otherwise leave plain (or write raw); every other string keeps npm `yaml`'s
 * readable styles. npm `yaml` asks every tag's `identify` about each string at least twice
 * (building the node, then writing it) and a print's strings repeat (keys, labels, names: 309
 * distinct of 2,762 asked in the P/D fixture's 17 objects), so one print keeps the answers.
 */
function printOptions() {
  const answers = new Map();
  const needsQuotes = (value) => {
    let quote = answers.get(value);
    if (quote === undefined) {
      quote = kubectlNeedsQuotes(value) || NEEDS_ESCAPE.test(value) || blockUnsafe(value) || pyyamlUnsafe(value);
      answers.set(value, quote);
    }
    return quote;
  };
  const kubectlString = {
    tag: "tag:yaml.org,2002:str",
    default: true,
    identify: (value) => typeof value === "string" && needsQuotes(value),
    stringify: ({ value }) => doubleQuoted(value),
  };
  return {
    lineWidth: 0, // never fold long lines: annotation values and args stay one line
    aliasDuplicateObjects: false, // repeated sub-objects are written out, not as anchors
    // Our nodes carry only the default tags, so a print never has directives (`%TAG`) to write;
    // looking for them walks every node of the document once more.
    directives: false,
    customTags: (tags) => [kubectlString, ...tags],
  };
}

/** One YAML document (no `---`) that reads back to `value` under kubectl's reader and YAML 1.2. */
export function toYaml(value) {
  return print("toYaml", value, printOptions());
}

/** Several documents as one stream, each introduced by `---`, ready for `kubectl apply -f -`. */
export function toYamlStream(values) {
  if (!Array.isArray(values)) {
    throw new TypeError(`toYamlStream(): \`values\` must be an array of JSON values, got ${values === null ? "null" : typeof values}`);
  }
  const options = printOptions();
  return values.map((v) => `---\n${print("toYamlStream", v, options)}`).join("");
}

/**
 * npm `yaml`'s text of one value. What JSON cannot hold is a TypeError naming the function, not
 * npm `yaml`'s answer: `undefined` (which would be written into a stream as the text
 * `undefined`), a function or symbol ("Tag not resolved"), a cycle (a stack overflow).
 */
function print(fn, value, options) {
  let text;
  try {
    text = stringify(value, options);
  } catch (e) {
    if (e instanceof RangeError) throw new TypeError(`${fn}(): the value is circular or nested too deeply to write as YAML`);
    throw new TypeError(`${fn}(): the value cannot be written as YAML (${e?.message ?? e})`);
  }
  if (typeof text !== "string") throw new TypeError(`${fn}(): the value is undefined, not a JSON value`);
  return text;
}

// Unquoted scalars that kubectl (YAML 1.1, go-yaml v2) reads differently from YAML 1.2, found by
// kubectl-read.mjs, become `input/ambiguous-scalar` diagnostics once the core has checked the
// value kubectl sends: an error where the core rejects that value at the same place (a boolean
// in an env `value`, a number in a nodeSelector — the API server would reject the ModelService),
// replacing the core's own finding there; a warning where it is accepted but means something else.
import { fieldPath } from "./field-path.mjs";

const RANK = { error: 0, warning: 1, info: 2 };

/**
 * Wire diagnostics (with `segments`) + the document's ambiguities → wire diagnostics, errors
 * first, then warnings, then infos; ambiguities first within their severity.
 */
export function mergeAmbiguities(wire, ambiguities) {
  if (!ambiguities?.length) return wire;
  const replaced = new Set();
  const notes = ambiguities.map((a) => {
    const at = JSON.stringify(a.segments);
    // A key kubectl renames can only be an unknown field; a value, any other schema finding.
    const fits = (code) => (a.key ? code === "schema/unknown-field" : code !== "schema/unknown-field" && code.startsWith("schema/"));
    const i = wire.findIndex((d, j) => !replaced.has(j) && d?.severity === "error" && fits(String(d.code)) && JSON.stringify(d.segments) === at);
    if (i >= 0) replaced.add(i);
    return diagnostic(a, i >= 0 ? wire[i] : null);
  });
  return sortBySeverity([...notes, ...wire.filter((_, j) => !replaced.has(j))]);
}

/** Errors, then warnings, then infos; order kept within each (a stable sort). */
export function sortBySeverity(diagnostics) {
  const rank = (d) => RANK[d?.severity] ?? 0;
  return diagnostics.map((d, order) => ({ d, order })).sort((x, y) => rank(x.d) - rank(y.d) || x.order - y.order).map((x) => x.d);
}

function diagnostic(a, rejected) {
  const written = `\`${a.source}\``;
  let message;
  let hint;
  if (a.kubectl.tag === "merge") {
    message = `kubectl reads ${written} as a merge key (YAML 1.1): the mapping it is given is merged into this one; YAML 1.2 reads a key named "<<"`;
    hint = 'write the merged keys out (portable), or quote "<<" for a key of that name';
  } else if (a.tagged) {
    // `!!int 0755`: the tag makes both readers resolve the text, each by its own YAML version.
    const tag = a.source.slice(0, a.source.indexOf(" "));
    const what = a.key ? `the key ${written} as "${a.segments.at(-1)}" (${reading(a.kubectl.value)} under YAML 1.1)` : `${written} as ${reading(a.kubectl.value)} (YAML 1.1)`;
    message = `kubectl reads ${what}; YAML 1.2 reads ${reading(a.yaml12)}`;
    hint = `drop the \`${tag}\` tag and write what kubectl should get: ${literal(a.kubectl.value)}, or the text in quotes to keep it as text`;
  } else if (a.key) {
    const kubectlKey = a.segments.at(-1);
    message = `kubectl reads the key ${written} as "${kubectlKey}" (${reading(a.kubectl.value)} under YAML 1.1); YAML 1.2 reads ${reading(a.yaml12)}`;
    hint = `quote the key to keep it as written: ${JSON.stringify(a.source)}:`;
  } else {
    message = `kubectl reads ${written} as ${reading(a.kubectl.value)} (YAML 1.1); YAML 1.2 reads ${reading(a.yaml12)}`;
    hint = `quote it to keep the text: ${JSON.stringify(a.source)}`;
  }
  if (rejected) message += `; the API server rejects kubectl's reading here (${rejected.message})`;
  const d = { code: "input/ambiguous-scalar", severity: rejected ? "error" : "warning", path: fieldPath(a.segments), message, hint };
  d.segments = a.segments;
  d.line = a.line;
  d.column = a.column;
  return d;
}

/** A value as YAML text: `493`, `true`, `null`, `"text"`. */
function literal(v) {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** A reading in words: `the boolean true`, `the integer 493`, `the string "1e400"`, `null`. */
function reading(v) {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return `the boolean ${v}`;
  if (typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v))) return `the integer ${v}`;
  if (typeof v === "number") return Number.isFinite(v) ? `the number ${v}` : Number.isNaN(v) ? "not-a-number (NaN)" : `${v < 0 ? "minus " : ""}infinity`;
  return `the string ${JSON.stringify(v)}`;
}

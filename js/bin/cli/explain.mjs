// `modelservice explain [FILE|-]`: every leaf value of every rendered object with where it came
// from (the spec, a CRD default, an operator default, derived, or a constant).
import { explain } from "../../src/node.mjs";
import { OPERATOR_HELP, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { STDIN, displayPath, readInput } from "./files.mjs";
import { hasErrors, printDiagnostics } from "./formats/common.mjs";

export const EXPLAIN_HELP = `Usage: modelservice explain [FILE|-] [flags]

Renders one ModelService and prints each leaf value of every object with its origin:
  spec              copied from the ModelService          crd-default       a CRD default
  operator-default  an operator flag's default            derived           computed (the rule says how)
  constant          fixed by the operator
"from" lists the input fields or operator flags a value came from. Diagnostics go to stderr.
Exit 0, 1 on error diagnostics or when --path matches nothing, 2 on usage or I/O errors.

      --path KIND/NAME[:FIELD.PATH]     only that object, or only that field and what is under
                                        it, e.g. Deployment/my-model-decode:spec.template.spec.containers[0].args
  -o, --output text|json                text (default) or JSON: [{kind, name, path, value, origin, from?, rule?}]
  -h, --help                            this help

${OPERATOR_HELP}
`;

const MAX_VALUE = 80;

export function explainCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    output: { type: "string", short: "o" },
    path: { type: "string" },
  });
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`explain takes one file, got ${positionals.length}`);
  const output = oneOf("output", values.output ?? "text", ["text", "json"]);
  const filter = values.path === undefined ? () => true : pathFilter(values.path);
  const path = positionals[0] ?? STDIN;
  if (path === STDIN && io.stdinIsTTY) throw new UsageError("explain: give a FILE, or pipe a ModelService to stdin");
  const { eppConfig, options } = operatorSettings(values);

  const result = explain(readInput(path), eppConfig, options);
  printDiagnostics(io, displayPath(path), result.diagnostics);
  if (hasErrors(result.diagnostics)) return 1;
  const objects = new Map(result.resources.map((r) => [`${r.kind}/${r.metadata.name}`, r]));
  const rows = result.origins.filter(filter).map((o) => ({ ...o, value: valueAt(objects.get(`${o.kind}/${o.name}`), o.path) }));
  if (rows.length === 0) {
    io.stderr(`modelservice: explain: nothing rendered matches --path ${values.path}\n`);
    return 1;
  }
  io.stdout(output === "json" ? JSON.stringify(rows.map(jsonRow), null, 2) + "\n" : formatOrigins(rows));
  return 0;
}

/** `KIND/NAME[:FIELD.PATH]` → a predicate on origins (the field and everything under it). */
function pathFilter(spec) {
  const m = /^([^/:]+)\/([^:]+)(?::(.+))?$/.exec(spec);
  if (!m) throw new UsageError(`--path must be KIND/NAME or KIND/NAME:FIELD.PATH, got "${spec}"`);
  const [, kind, name, field] = m;
  const under = (p) => field === undefined || p === field || p.startsWith(`${field}.`) || p.startsWith(`${field}[`);
  return (o) => o.kind.toLowerCase() === kind.toLowerCase() && o.name === name && under(o.path);
}

/** The value at a Kubernetes field path (`a.b[0].c`, map keys as `labels[app.kubernetes.io/name]`). */
export function valueAt(object, path) {
  let v = object;
  for (const m of path.matchAll(/\[([^\]]*)\]|([^.[]+)/g)) {
    if (v === null || typeof v !== "object") return undefined;
    v = v[m[1] ?? m[2]];
  }
  return v;
}

function jsonRow({ kind, name, path, value, origin, from, rule }) {
  return { kind, name, path, value, origin, ...(from ? { from } : {}), ...(rule ? { rule } : {}) };
}

/** Per object a `KIND/NAME` header, then `  path = value  # origin from …: rule` per leaf. */
export function formatOrigins(rows) {
  const lines = [];
  let current;
  for (const o of rows) {
    const key = `${o.kind}/${o.name}`;
    if (key !== current) {
      if (current !== undefined) lines.push("");
      lines.push(key);
      current = key;
    }
    let value = JSON.stringify(o.value) ?? "undefined";
    if (value.length > MAX_VALUE) value = `${value.slice(0, MAX_VALUE - 1)}…`;
    const from = o.from?.length ? ` from ${o.from.join(", ")}` : "";
    lines.push(`  ${o.path} = ${value}  # ${o.origin}${from}${o.rule ? `: ${o.rule}` : ""}`);
  }
  return lines.join("\n") + "\n";
}

// `modelservice diff OLD NEW`: what the operator would change going from OLD to NEW, object by
// object, both rendered with the same operator flags.
import { diff } from "../../src/node.mjs";
import { OPERATOR_HELP, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { STDIN, displayPath, readInput } from "./files.mjs";
import { hasErrors, plural, printDiagnostics } from "./formats/common.mjs";

export const DIFF_HELP = `Usage: modelservice diff OLD NEW [flags]

Renders two versions of a ModelService (files; one of them may be "-" for stdin) with the same
operator flags and prints what the operator would do going from OLD to NEW: every object it
creates (+), deletes (-) or updates (~) with the changed field paths, and "(rolls pods)" when a
Deployment's pod template changes, so its pods are replaced. Diagnostics go to stderr.
Exit 0 whether or not anything changed, 1 when either file has errors (nothing is compared),
2 on usage or I/O errors.

  -o, --output text|json                text (default) or JSON: {"changes": [{apiVersion, kind,
                                        name, namespace?, action, paths?, rollout?}]}
  -h, --help                            this help

${OPERATOR_HELP}
`;

const SIGN = { create: "+", delete: "-", update: "~" };

export function diffCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, { output: { type: "string", short: "o" } });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`diff takes two files (OLD NEW), got ${positionals.length}`);
  const [oldPath, newPath] = positionals;
  if (oldPath === STDIN && newPath === STDIN) throw new UsageError("diff: only one of OLD and NEW can be - (stdin)");
  const output = oneOf("output", values.output ?? "text", ["text", "json"]);
  const { eppConfig, options } = operatorSettings(values);
  const [oldText, newText] = [readInput(oldPath), readInput(newPath)];

  const { changes, diagnostics } = diff(oldText, newText, eppConfig, options);
  // diff() tags each diagnostic with its document; flag problems (no document) are printed once.
  const of = (document) => diagnostics.filter((d) => d.document === document).map(({ document: _, ...d }) => d);
  printDiagnostics(io, "<flags>", of(undefined));
  printDiagnostics(io, displayPath(oldPath), of("before"));
  printDiagnostics(io, displayPath(newPath), of("after"));
  // With an error anywhere, diff() compares nothing and answers no changes.
  const failed = hasErrors(diagnostics);

  if (output === "json") io.stdout(JSON.stringify({ changes }, null, 2) + "\n");
  else if (!failed) io.stdout(formatChanges(changes));
  return failed ? 1 : 0;
}

/** One line per object (`~ update Deployment ns/name (rolls pods)`), its paths indented, a total. */
export function formatChanges(changes) {
  if (changes.length === 0) return "no changes\n";
  const lines = [];
  for (const c of changes) {
    const name = c.namespace ? `${c.namespace}/${c.name}` : c.name;
    lines.push(`${SIGN[c.action] ?? "?"} ${c.action} ${c.kind} ${name}${c.rollout ? " (rolls pods)" : ""}`);
    for (const p of c.paths ?? []) lines.push(`    ${p}`);
  }
  const count = (action) => changes.filter((c) => c.action === action).length;
  const rolls = changes.filter((c) => c.rollout).length;
  lines.push(
    `${plural(changes.length, "change")}: ${count("create")} to create, ${count("update")} to update, ${count("delete")} to delete` +
      (rolls > 0 ? `; ${plural(rolls, "Deployment")} roll${rolls === 1 ? "s" : ""} pods` : ""),
  );
  return lines.join("\n") + "\n";
}

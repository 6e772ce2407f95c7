// `modelservice render [FILE|-]`: the manifests (or `--summary`) on stdout, diagnostics on stderr.
import { render, summary, toYamlStream } from "../../src/node.mjs";
import { OPERATOR_HELP, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { STDIN, displayPath, readInput } from "./files.mjs";
import { hasErrors, printDiagnostics } from "./formats/common.mjs";
import { formatSummary } from "./summary.mjs";

export const RENDER_HELP = `Usage: modelservice render [FILE|-] [flags]

Prints the Kubernetes objects model-operator would create for one ModelService (YAML or JSON;
FILE omitted or "-" reads stdin). Diagnostics go to stderr; exit 1 on errors.

  -o, --output yaml|json                multi-document YAML (default) or a JSON list
      --summary                         instead of the objects, what they cost: pods per role,
                                        accelerators, CPU/memory totals, objects per kind
                                        (-o text: a table (default), -o json, -o yaml)
  -h, --help                            this help

${OPERATOR_HELP}
`;

export function renderCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    output: { type: "string", short: "o" },
    summary: { type: "boolean" },
  });
  if (values.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`render takes one file, got ${positionals.length}`);
  const output = values.summary
    ? oneOf("output", values.output ?? "text", ["text", "json", "yaml"])
    : oneOf("output", values.output ?? "yaml", ["yaml", "json"]);
  const path = positionals[0] ?? STDIN;
  if (path === STDIN && io.stdinIsTTY) throw new UsageError("render: give a FILE, or pipe a ModelService to stdin");
  const { eppConfig, options } = operatorSettings(values);
  const text = readInput(path);

  if (values.summary) {
    const s = summary(text, eppConfig, options);
    printDiagnostics(io, displayPath(path), s.diagnostics);
    if (hasErrors(s.diagnostics)) return 1;
    io.stdout(formatSummary(s, output));
    return 0;
  }
  const result = render(text, eppConfig, options);
  printDiagnostics(io, displayPath(path), result.diagnostics);
  if (output === "json") io.stdout(JSON.stringify(result.resources, null, 2) + "\n");
  else io.stdout(toYamlStream(result.resources));
  return hasErrors(result.diagnostics) ? 1 : 0;
}

// `modelservice render [FILE|-]`: the manifests on stdout, diagnostics on stderr.
import { stringify } from "yaml";
import { render } from "../../src/node.mjs";
import { OPERATOR_HELP, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { STDIN, displayPath, readInput } from "./files.mjs";
import { diagnosticLine } from "./formats/common.mjs";

export const RENDER_HELP = `Usage: modelservice render [FILE|-] [flags]

Prints the Kubernetes objects model-operator would create for one ModelService (YAML or JSON;
FILE omitted or "-" reads stdin). Diagnostics go to stderr; exit 1 on errors.

  -o, --output yaml|json                multi-document YAML (default) or a JSON list
  -h, --help                            this help

${OPERATOR_HELP}
`;

export function renderCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, { output: { type: "string", short: "o" } });
  if (values.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`render takes one file, got ${positionals.length}`);
  const output = oneOf("output", values.output ?? "yaml", ["yaml", "json"]);
  const path = positionals[0] ?? STDIN;
  if (path === STDIN && io.stdinIsTTY) throw new UsageError("render: give a FILE, or pipe a ModelService to stdin");
  const { eppConfig, options } = operatorSettings(values);

  const result = render(readInput(path), eppConfig, options);
  for (const d of result.diagnostics) {
    io.stderr(diagnosticLine(displayPath(path), d) + "\n");
    if (d.hint) io.stderr(`  hint: ${d.hint}\n`);
  }
  if (output === "json") io.stdout(JSON.stringify(result.resources, null, 2) + "\n");
  else io.stdout(result.resources.map((r) => "---\n" + stringify(r, { lineWidth: 0 })).join(""));
  return result.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

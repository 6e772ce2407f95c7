// `modelservice migrate [FILE|-]...`: the KServe LLMInferenceService of each ModelService (and the
// objects kept beside it) on stdout, the migration diagnostics on stderr; exit as `render`.
import { migrate, toYamlStream } from "../../src/node.mjs";
import { OPERATOR_HELP, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { STDIN, displayPath, readInput } from "./files.mjs";
import { hasErrors, printDiagnostics } from "./formats/common.mjs";

export const MIGRATE_HELP = `Usage: modelservice migrate [FILE|-]... [flags]

Prints the KServe LLMInferenceService (v0.20.0) equivalent of each ModelService, followed by the
objects the operator made that KServe does not (PodMonitors, the Istio DestinationRule, ...).
Every change and loss is a migrate/* diagnostic on stderr (docs/migration.md). One ModelService
per FILE; none or "-" reads stdin. Exit 1 on errors (then nothing is printed for that file).

  -o, --output yaml|json                multi-document YAML (default) or a JSON list
      --api-version V                   serving.kserve.io/v1alpha2 (default) or
                                        serving.kserve.io/v1alpha1
      --model-uri URI                   spec.model.uri, verbatim (hf://, s3://, pvc://, oci://,
                                        oci+native://) instead of the operator's kit unpack
  -h, --help                            this help

${OPERATOR_HELP}
`;

export function migrateCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    output: { type: "string", short: "o" },
    "api-version": { type: "string" },
    "model-uri": { type: "string" },
  });
  if (values.help) {
    io.stdout(MIGRATE_HELP);
    return 0;
  }
  const output = oneOf("output", values.output ?? "yaml", ["yaml", "json"]);
  const paths = positionals.length > 0 ? positionals : [STDIN];
  if (paths.filter((p) => p === STDIN).length > 1) throw new UsageError("migrate: stdin (-) can be read once");
  if (paths.includes(STDIN) && io.stdinIsTTY) throw new UsageError("migrate: give a FILE, or pipe a ModelService to stdin");
  const { eppConfig, options } = operatorSettings(values);
  const migrateOptions = {};
  if (values["api-version"] !== undefined) migrateOptions.apiVersion = values["api-version"];
  if (values["model-uri"] !== undefined) migrateOptions.modelUri = values["model-uri"];
  if (Object.keys(migrateOptions).length > 0) options.migrate = migrateOptions;

  // Every file is read before anything is printed: an I/O error (exit 2) prints nothing.
  const texts = paths.map((p) => readInput(p));
  const resources = [];
  let failed = false;
  texts.forEach((text, i) => {
    const result = migrate(text, eppConfig, options);
    printDiagnostics(io, displayPath(paths[i]), result.diagnostics);
    failed ||= hasErrors(result.diagnostics);
    resources.push(...result.resources);
  });
  if (output === "json") io.stdout(JSON.stringify(resources, null, 2) + "\n");
  else io.stdout(toYamlStream(resources));
  return failed ? 1 : 0;
}

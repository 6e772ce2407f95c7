// `modelservice schema`: the ModelService JSON Schema for editors (yaml-language-server, VS Code's
// YAML extension, monaco-yaml): descriptions (also as Markdown), defaults, enums, and closed
// objects wherever the API server prunes or rejects unknown fields.
import { parseArgs } from "node:util";
import { schema } from "../../src/node.mjs";
import { operatorVersions } from "../../src/settings.mjs";
import { OPERATOR_OPTIONS, UsageError, oneOf } from "./args.mjs";

export const SCHEMA_HELP = `Usage: modelservice schema [--operator-version V]

Prints the JSON Schema (draft 2020-12) of a ModelService as the given operator release's API
accepts it, for editors: save it next to your manifests and name it in a modeline
  # yaml-language-server: $schema=./modelservice.schema.json
or map it to files in VS Code's "yaml.schemas" setting (see the README).

      --operator-version V              release whose API is described: ${operatorVersions.join(" | ")}
                                        (default ${operatorVersions[0]})
  -h, --help                            this help
`;

export function schemaCommand(argv, io) {
  let parsed;
  try {
    // Only the flag that changes the schema; the other operator flags only shape rendered objects.
    const options = { "operator-version": OPERATOR_OPTIONS["operator-version"], help: OPERATOR_OPTIONS.help };
    parsed = parseArgs({ args: argv, options, allowPositionals: false, strict: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(SCHEMA_HELP);
    return 0;
  }
  const version = values["operator-version"];
  const options = version === undefined ? undefined : { operatorVersion: oneOf("operator-version", version, operatorVersions) };
  io.stdout(JSON.stringify(schema(options), null, 2) + "\n");
  return 0;
}

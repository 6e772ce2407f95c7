// `--format sarif`: SARIF 2.1.0 for code-scanning tools. `runs[0].results` is always present
// (empty when clean); every result has a `level` and a real `region.startLine/startColumn`.
import { uriOf } from "../files.mjs";
import { findings } from "./common.mjs";
import { RULE_DOCS } from "./rule-docs.mjs";

const LEVEL = { error: "error", warning: "warning", info: "note" };

export function formatSarif(report, { version }) {
  const all = [...findings(report)];
  const codes = [...new Set(all.map((f) => f.d.code))].sort();
  const rules = codes.map((id) => ({ id, name: id, ...describe(id), defaultConfiguration: { level: levelOf(all, id) } }));
  const results = all.map(({ file, d, line, column }) => {
    const location = {
      physicalLocation: { artifactLocation: { uri: uriOf(file.path) }, region: { startLine: line, startColumn: column } },
    };
    if (d.path) location.logicalLocations = [{ fullyQualifiedName: d.path, kind: "member" }];
    const result = { ruleId: d.code, ruleIndex: codes.indexOf(d.code), level: LEVEL[d.severity] ?? "note", message: { text: d.message }, locations: [location] };
    if (d.hint) result.properties = { hint: d.hint };
    return result;
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "modelservice-render", version, rules } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/**
 * What GitHub code scanning requires of every rule and shows on its alerts: `shortDescription`,
 * `fullDescription` (at most 1000 characters) and `help` (github/docs, "SARIF support for code
 * scanning", reportingDescriptor object), from docs/rules.md (rule-docs.mjs, generated).
 */
export function describe(id) {
  const [short, full = short] = RULE_DOCS[id] ?? [id];
  return {
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: `${full}\n\nEvery code is documented, with an example and its fix, in docs/rules.md of modelservice-render (\`${id}\`).` },
  };
}

function levelOf(all, code) {
  const f = all.find((x) => x.d.code === code);
  return LEVEL[f?.d.severity] ?? "note";
}

// `--format sarif`: SARIF 2.1.0 for code-scanning tools. `runs[0].results` is always present
// (empty when clean); every result has a `level` and a real `region.startLine/startColumn`.
import { uriOf } from "../files.mjs";
import { findings } from "./common.mjs";

const LEVEL = { error: "error", warning: "warning", info: "note" };

export function formatSarif(report, { version }) {
  const all = [...findings(report)];
  const codes = [...new Set(all.map((f) => f.d.code))].sort();
  const rules = codes.map((id) => ({ id, name: id, defaultConfiguration: { level: levelOf(all, id) } }));
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

function levelOf(all, code) {
  const f = all.find((x) => x.d.code === code);
  return LEVEL[f?.d.severity] ?? "note";
}

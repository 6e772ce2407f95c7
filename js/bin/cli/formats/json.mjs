// `--format json`: the report as is —
// { files: [{ path, documents: [{ index, kind, name, namespace, diagnostics }] }],
//   summary: { files, documents, errors, warnings, infos } }.
import { displayPath } from "../files.mjs";

export function formatJson(report) {
  const files = report.files.map((f) => ({ ...f, path: displayPath(f.path) }));
  return JSON.stringify({ files, summary: report.summary }, null, 2) + "\n";
}

// `--format text`: one line per finding (compiler style), hints indented, then a summary line.
import { displayPath } from "../files.mjs";
import { diagnosticLine, findings, plural } from "./common.mjs";

export function formatText(report) {
  const lines = [];
  for (const { file, d } of findings(report)) {
    lines.push(diagnosticLine(displayPath(file.path), d));
    if (d.hint) lines.push(`  hint: ${d.hint}`);
  }
  const s = report.summary;
  const problems = s.errors + s.warnings + s.infos;
  const scope = `${plural(s.documents, "document")} in ${plural(s.files, "file")}`;
  lines.push(
    problems === 0
      ? `no problems in ${scope}`
      : `${plural(problems, "problem")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}) in ${scope}`,
  );
  return lines.join("\n") + "\n";
}

// The GitHub Action's step summary (GitHub-flavored Markdown appended to GITHUB_STEP_SUMMARY):
// the totals, then one table row per finding, errors first. User text (file names, messages) is
// escaped so that it can neither break the table nor inject HTML.
import { findings, plural } from "./common.mjs";

// GitHub caps a step summary at 1 MiB; rows past this many are counted, not listed.
export const MAX_ROWS = 500;
const ORDER = { error: 0, warning: 1, info: 2 };

/** Markdown-escapes text for a table cell. */
export function cell(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#!]/g, "\\$&")
    .replace(/\r?\n|\r/g, " ");
}

export function stepSummary(report, { failOn, failed }) {
  const s = report.summary;
  const scope = `${plural(s.documents, "ModelService document")} in ${plural(s.files, "file")}`;
  const lines = ["### modelservice lint", ""];
  const all = [...findings(report)].sort((a, b) => ORDER[a.d.severity] - ORDER[b.d.severity]);
  if (all.length === 0) {
    lines.push(`No problems in ${scope}.`, "");
    return lines.join("\n");
  }
  const verdict = failed ? `**failed** (fail-on: ${failOn})` : `passed (fail-on: ${failOn})`;
  lines.push(`${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")} in ${scope}: ${verdict}.`, "");
  lines.push("| Severity | File | Line | Code | Message |", "| --- | --- | --- | --- | --- |");
  for (const { file, d, line, column } of all.slice(0, MAX_ROWS)) {
    const message = d.hint ? `${d.message} (hint: ${d.hint})` : d.message;
    lines.push(`| ${d.severity} | ${cell(file.path)} | ${line}:${column} | ${cell(d.code)} | ${cell(message)} |`);
  }
  if (all.length > MAX_ROWS) lines.push("", `${all.length - MAX_ROWS} more not listed: see the SARIF report or the log.`);
  lines.push("");
  return lines.join("\n");
}

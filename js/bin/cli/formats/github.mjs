// `--format github`: GitHub Actions workflow commands, errors first, then warnings, then notices.
import { displayPath } from "../files.mjs";
import { findings } from "./common.mjs";

const COMMAND = { error: "error", warning: "warning", info: "notice" };
const ORDER = ["error", "warning", "info"];

// Escaping rules of workflow commands: data escapes % CR LF; properties also : and ,.
const escapeData = (s) => String(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function formatGithub(report) {
  const all = [...findings(report)];
  const lines = [];
  for (const severity of ORDER) {
    for (const { file, d, line, column } of all.filter((f) => f.d.severity === severity)) {
      const props = `file=${escapeProperty(displayPath(file.path))},line=${line},col=${column},title=${escapeProperty(d.code)}`;
      const text = d.hint ? `${d.message} (hint: ${d.hint})` : d.message;
      lines.push(`::${COMMAND[severity]} ${props}::${escapeData(text)}`);
    }
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

// Helpers shared by the lint report formats.

/** Every diagnostic of a report with its file, in report order. */
export function* findings(report) {
  for (const file of report.files) {
    for (const doc of file.documents) {
      for (const d of doc.diagnostics) yield { file, doc, d, line: d.line ?? 1, column: d.column ?? 1 };
    }
  }
}

/** One-line `path:line:col: severity code: message` (the compiler style editors link). */
export function diagnosticLine(path, d) {
  const where = d.line !== undefined ? `${path}:${d.line}:${d.column ?? 1}` : path;
  return `${where}: ${d.severity} ${d.code}: ${d.message}`;
}

export const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Writes each diagnostic (and its hint) to stderr, compiler style, labelled with `path`. */
export function printDiagnostics(io, path, diagnostics) {
  for (const d of diagnostics) {
    io.stderr(diagnosticLine(path, d) + "\n");
    if (d.hint) io.stderr(`  hint: ${d.hint}\n`);
  }
}

export const hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === "error");

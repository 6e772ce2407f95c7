// Lint diagnostics → Monaco markers. A diagnostic has a 1-based line and UTF-16 column (as Monaco
// counts); the marker runs from there to the end of the line's content, comments left out (at
// least one character), as the playground underlines it.
const SEVERITY = { error: "Error", warning: "Warning", info: "Info" };

export function toMarkers(monaco, model, diagnostics) {
  return diagnostics.map((d) => {
    const line = Math.min(Math.max(d.line ?? 1, 1), model.getLineCount());
    const text = model.getLineContent(line);
    const column = Math.min(Math.max(d.column ?? 1, 1), text.length + 1);
    const content = text.replace(/\s+(#.*)?$/, "").length + 1;
    return {
      severity: monaco.MarkerSeverity[SEVERITY[d.severity] ?? "Info"],
      code: d.code,
      source: "modelservice",
      message: d.hint ? `${d.message}\nhint: ${d.hint}` : d.message,
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: Math.max(content, column + 1),
    };
  });
}

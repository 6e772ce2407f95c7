// One file's text → its report entries and the ModelService documents to lint. Used by the lint
// command and by its helper thread (lint-worker.mjs), which must not load the wasm core.
import { parseStream } from "../../src/input.mjs";
import { documentStart, finishDiagnostics, positionIndex } from "../../src/positions.mjs";
import { InvalidUtf8Error } from "./files.mjs";

const KIND = "ModelService";

/**
 * One file's documents (report entries) and the ModelServices among them to lint
 * (`pending`: `{entry, slot, value, located}`, `slot` = the entry's index in `documents`).
 * Shared with the helper thread, so both read files alike.
 */
export function readFile(input, text) {
  const documents = [];
  const pending = [];
  if (text instanceof InvalidUtf8Error) {
    documents.push(entry(0, undefined, [text.diagnostic]));
    return { documents, pending };
  }
  // Files found by walking a directory or a glob that never mention the kind are not ours.
  if (!input.explicit && !text.includes(KIND)) return { documents, pending };
  const stream = parseStream(text);
  for (const d of stream.diagnostics) documents.push(entry(0, undefined, [d]));
  for (const doc of stream.documents) {
    if (doc.diagnostics.length > 0) {
      documents.push(entry(doc.index, doc.value, finishDiagnostics(doc.diagnostics, null)));
      continue;
    }
    const kind = doc.value?.kind;
    if (doc.empty || !(kind === KIND || (kind === undefined && input.explicit))) continue;
    const e = entry(doc.index, doc.value, []);
    // Positions kept as an index, not the Document: a large lint holds every document at once.
    const index = positionIndex(doc.doc);
    const located = index ? { index, lineCounter: stream.lineCounter } : { doc: doc.doc, lineCounter: stream.lineCounter };
    located.ambiguities = doc.ambiguities;
    located.start = documentStart(doc.doc, doc.index, stream.lineCounter);
    pending.push({ entry: e, slot: documents.length, value: doc.value, located });
    documents.push(e);
  }
  return { documents, pending };
}

function entry(index, value, diagnostics) {
  const meta = value?.metadata;
  const str = (v) => (typeof v === "string" ? v : null);
  return { index, kind: str(value?.kind), name: str(meta?.name), namespace: str(meta?.namespace), diagnostics };
}

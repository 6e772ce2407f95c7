// HOOK for cross-document lint rules (contract §3), e.g. two ModelServices whose EPP objects
// collide in one namespace. The rules will come from the Rust core (a wasm export that takes every
// linted document at once); call it here and return its findings.
//
// Input: every linted ModelService as `{ fileIndex, docIndex, value }` in report order.
// Output: `[{ fileIndex, docIndex, diagnostic }]`, each diagnostic carrying `segments` (e.g.
// ["metadata", "name"]) so lint.mjs can place it in the later document's text.
export function crossDocumentFindings(_documents, _settings) {
  return [];
}

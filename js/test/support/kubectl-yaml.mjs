// The real kubectl YAML reader (sigs.k8s.io/yaml.YAMLToJSON over go-yaml v2), built by
// scripts/install-kubectl-yaml.sh from Debian's Go sources. A test that needs it fails when it
// cannot be built: the check it names cannot be made without it.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const INSTALL = fileURLToPath(new URL("../../../scripts/install-kubectl-yaml.sh", import.meta.url));
let binary;

/**
 * Reads a YAML stream as `kubectl apply -f` does: one entry per non-empty document,
 * `{ json: value }` or `{ error: message }`.
 */
export function kubectlRead(stream) {
  binary ??= execFileSync("bash", [INSTALL], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  return JSON.parse(execFileSync(binary, { input: stream, encoding: "utf8", maxBuffer: 1 << 28 }));
}

/** The one document of `text` as kubectl reads it; throws with the reader's message if it cannot. */
export function kubectlReadOne(text) {
  const docs = kubectlRead(text);
  if (docs.length !== 1) throw new Error(`expected one document, the reader found ${docs.length}`);
  if (docs[0].error) throw new Error(`kubectl's reader refuses the document: ${docs[0].error}`);
  return docs[0].json;
}

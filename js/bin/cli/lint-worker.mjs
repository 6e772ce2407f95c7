// The lint command's helper thread (lint-helper.mjs starts it). `read`: parse the files it claims
// from the back of the list given (lint-claims.mjs), answer their report entries and each
// ModelService's wire JSON, keep the parsed documents; `finish`: the core's findings for those
// documents → located diagnostics. No wasm here.
import { parentPort } from "node:worker_threads";
import { modelServiceWire } from "../../src/input.mjs";
import { finishDiagnostics } from "../../src/positions.mjs";
import { InvalidUtf8Error } from "./files.mjs";
import { claimBack } from "./lint-claims.mjs";
import { readFile } from "./lint-read.mjs";

let held = []; // `located` of each document answered by `read`, in order

parentPort.on("message", (m) => {
  try {
    if (m.read) {
      const { inputs, texts, claims } = m.read;
      const claimed = []; // files from the back, the last first
      for (let i = claimBack(claims); i >= 0; i = claimBack(claims)) {
        const t = texts[i];
        claimed.push({ i, read: readFile(inputs[i], typeof t === "string" ? t : new InvalidUtf8Error(t.path, t.invalidUtf8)) });
      }
      claimed.reverse();
      held = claimed.flatMap(({ read }) => read.pending.map((p) => p.located));
      const files = claimed.map(({ read }) => ({ documents: read.documents, pending: read.pending.map((p) => ({ slot: p.slot, wire: modelServiceWire(p.value) })) }));
      parentPort.postMessage({ answer: { from: claimed[0]?.i ?? texts.length, files } });
    } else if (m.finish) {
      const answer = m.finish.map((wire, i) => finishDiagnostics(wire, held[i]));
      held = [];
      parentPort.postMessage({ answer });
    }
  } catch (e) {
    parentPort.postMessage({ error: String(e?.stack ?? e) });
  }
});

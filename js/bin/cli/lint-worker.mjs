// The lint command's helper thread (lint-helper.mjs starts it). `read`: parse the files given,
// answer their report entries and each ModelService's wire JSON, keep the parsed documents;
// `finish`: the core's findings for those documents → located diagnostics. No wasm here.
import { parentPort } from "node:worker_threads";
import { toWireJson } from "../../src/input.mjs";
import { finishDiagnostics } from "../../src/positions.mjs";
import { InvalidUtf8Error } from "./files.mjs";
import { readFile } from "./lint-read.mjs";

let held = []; // `located` of each document answered by `read`, in order

parentPort.on("message", (m) => {
  try {
    if (m.read) {
      held = [];
      const answer = m.read.inputs.map((input, i) => {
        const t = m.read.texts[i];
        const read = readFile(input, typeof t === "string" ? t : new InvalidUtf8Error(t.path, t.invalidUtf8));
        for (const p of read.pending) held.push(p.located);
        return { documents: read.documents, pending: read.pending.map((p) => ({ slot: p.slot, wire: toWireJson(p.value) })) };
      });
      parentPort.postMessage({ answer });
    } else if (m.finish) {
      const answer = m.finish.map((wire, i) => finishDiagnostics(wire, held[i]));
      held = [];
      parentPort.postMessage({ answer });
    }
  } catch (e) {
    parentPort.postMessage({ error: String(e?.stack ?? e) });
  }
});

// Native ↔ wasm parity: the same JSON text through the native build (examples/render_json.rs,
// one process for every case) and through the wasm build (the raw wasm-bindgen module, whose
// exports answer JSON text) must give the same bytes. Cases: every golden fixture × config, a
// seeded set of generated specs (valid and invalid), and raw-JSON edge inputs; render, lint,
// explain, summary and migrate each.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import * as raw from "../wasm/node/modelservice_render.js";
import { toWireJson } from "../src/input.mjs";
import { fixtureCases, REPO } from "./support/cases.mjs";
import { generateCases } from "./support/generate.mjs";

const GENERATED = 1600;
const FNS = ["render", "lint", "explain", "summary", "migrate"];
// `explain` costs ~25 ms per case in wasm (render ~2 ms): generated cases get it one in EXPLAIN_EVERY.
const EXPLAIN_EVERY = 16;
const BIN = join(REPO, "target", "release", "examples", process.platform === "win32" ? "render_json.exe" : "render_json");
const WASM = new URL("../wasm/node/modelservice_render_bg.wasm", import.meta.url);

/** Raw JSON texts the parsers of both builds must treat alike. */
const EDGE_TEXTS = [
  "",
  "null",
  "{}",
  "[]",
  "not json",
  "{\"apiVersion\":",
  "\uFEFF{}",
  "{\"metadata\":{\"name\":\"a\"},\"metadata\":{\"name\":\"b\"}}",
  "{\"spec\":{\"decode\":{\"replicas\":1e400}}}",
  "{\"spec\":{\"decode\":{\"replicas\":18446744073709551616}}}",
  "{\"spec\":{\"decode\":{\"replicas\":-9223372036854775809}}}",
  "{\"spec\":{\"decode\":{\"replicas\":4294967297}}}",
  "{\"spec\":{\"engine\":{\"port\":4294967296}}}",
  "{\"metadata\":{\"name\":\"\\ud83d\\ude00\"}}",
  `${"[".repeat(127)}${"]".repeat(127)}`,
  `${"[".repeat(200)}${"]".repeat(200)}`,
  `{"a":${"{\"a\":".repeat(300)}1${"}".repeat(301)}`,
  "{} trailing",
  JSON.stringify({ spec: { model: { name: "x".repeat(100000) } } }),
];

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".rs")) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(REPO, "src"));
  for (const f of ["Cargo.toml", "Cargo.lock", "examples/render_json.rs"]) newest = Math.max(newest, statSync(join(REPO, f)).mtimeMs);
  return newest;
}

/** Runs the native example once over every case → its output lines (no native build: a failure). */
function runNative(cases) {
  const input = JSON.stringify(cases);
  const common = { input, encoding: "utf8", maxBuffer: 1 << 30, cwd: REPO };
  const fresh = existsSync(BIN) && statSync(BIN).mtimeMs >= newestSource();
  const r = fresh
    ? spawnSync(BIN, [], common)
    : spawnSync("cargo", ["run", "--quiet", "--locked", "--release", "--example", "render_json"], common);
  assert.equal(r.error, undefined, `the native side is missing: neither a fresh ${BIN} (make test-native builds it) nor cargo to build it (${r.error?.message})`);
  assert.equal(r.status, 0, `native render_json failed (${fresh ? "prebuilt" : "cargo run"}):\n${r.stderr}`);
  const lines = r.stdout.split("\n");
  assert.equal(lines.pop(), "", "native output ends with a newline");
  return { lines, how: fresh ? "prebuilt target/release/examples/render_json" : "cargo run --example render_json" };
}

function buildCases() {
  const cases = [];
  for (const c of fixtureCases()) for (const fn of FNS) cases.push({ ...c, fn, group: "fixture" });
  generateCases(GENERATED).forEach((c, n) => {
    // The text the public API would send: toWireJson is what core.mjs uses for object input.
    const wire = (v) => toWireJson(v).json ?? JSON.stringify(v);
    const args = { modelService: wire(c.modelService), eppConfig: wire(c.eppConfig), options: wire(c.options) };
    for (const fn of FNS) if (fn !== "explain" || n % EXPLAIN_EVERY === 0) cases.push({ label: c.label, fn, group: "generated", ...args });
  });
  EDGE_TEXTS.forEach((text, i) => {
    for (const fn of FNS) cases.push({ label: `edge#${i}`, fn, group: "edge", modelService: text, eppConfig: "", options: "" });
  });
  cases.push({ label: "edge-settings", fn: "render", group: "edge", modelService: "{}", eppConfig: "[1]", options: "{\"operatorVersion\":7}" });
  cases.push({ label: "edge-settings-text", fn: "render", group: "edge", modelService: "{}", eppConfig: "nope", options: "{" });
  return cases;
}

/** Where two strings first differ, with a little context. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at byte ${i}: native …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))}… wasm …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}…`;
}

test("native JSON == wasm JSON byte for byte (fixtures, generated specs, edge inputs)", (t) => {
  const cases = buildCases();
  const started = performance.now();
  const native = runNative(cases.map(({ fn, modelService, eppConfig, options }) => ({ fn, modelService, eppConfig, options })));
  const nativeMs = performance.now() - started;
  assert.equal(native.lines.length, cases.length, "one native answer per case");
  const wasmStarted = performance.now();
  const mismatches = [];
  cases.forEach((c, i) => {
    const got = raw[c.fn](c.modelService, c.eppConfig, c.options);
    if (got !== native.lines[i]) mismatches.push(`${c.label} [${c.fn}] ${firstDifference(native.lines[i], got)}`);
  });
  const wasmMs = performance.now() - wasmStarted;
  const count = (g) => cases.filter((c) => c.group === g).length;
  t.diagnostic(
    `parity: ${cases.length} cases compared byte for byte (${count("fixture")} fixture, ${count("generated")} generated, ${count("edge")} edge; ` +
      `${FNS.join("/")}) — native ${nativeMs.toFixed(0)} ms via ${native.how}, wasm ${wasmMs.toFixed(0)} ms`,
  );
  const stale = statSync(WASM).mtimeMs < newestSource() ? " (js/wasm is older than the Rust sources: run `make wasm`)" : "";
  assert.deepEqual(mismatches.slice(0, 5), [], `${mismatches.length} of ${cases.length} answers differ${stale}`);
  assert.ok(cases.filter((c) => c.group === "generated" && c.fn === "render").length >= 1000 && count("fixture") >= 20 * FNS.length);
});

// Collects the pieces scripts/bench.sh measured (target/bench/*.json) into one table: printed,
// saved as target/bench/results.json, and written into BENCHMARKS.md between the
// `<!-- bench:figures -->` markers (the rest of BENCHMARKS.md is prose and is left alone).
//   usage: node report.mjs <bench-dir> [--no-write]
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./common.mjs";

const dir = process.argv[2];
const write = !process.argv.includes("--no-write");
const load = (name) => {
  const p = join(dir, name);
  return existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : null;
};
const size = load("p1.json");
const p2 = load("p2.json");
const p3 = load("p3.json");
const cli = load("cli.json");
const boundary = load("boundary.json");
const optLevels = load("opt-levels.json");
const twiggy = load("twiggy.json");
const p6path = `${ROOT}test-output/www/latency.json`;
const p6 = existsSync(p6path) ? { ...JSON.parse(readFileSync(p6path, "utf8")), at: statSync(p6path).mtime } : null;

const KB = 1000;
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : "–");
const us = (ns) => (Number.isFinite(ns) ? `${(ns / 1000).toFixed(0)} µs` : "–");
const verdict = (ok) => (ok === null ? "–" : ok ? "met" : "**missed**");
const rows = [];
const row = (id, what, value, goal, ok) => rows.push({ id, what, value, goal, ok });

// The goals of issue 14 ("Performance: small and fast at once, and linear at scale").
const GOAL = { p1GzBytes: 250000, p2: 2.0, p3: 2.0, p4Ms: 800, p4BigMs: 8000, p4Ratio: 11, p4RssMB: 400, p5: 2.0, p6Ms: 16 };

if (size) {
  row("P1", "shipped .wasm, gzip -9 (raw)", `${f1(size.gzip / KB)} KB = ${f1(size.gzip / 1024)} KiB (raw ${f1(size.raw / KB)} KB)`, `≤ ${GOAL.p1GzBytes / KB} KB gz (\`make test\` budget: ${size.budget} B)`, size.gzip <= GOAL.p1GzBytes);
}
if (p2) {
  const m = p2.medianNs;
  row("P2", `Node \`render(obj)\` ÷ \`JSON.parse(JSON.stringify(resources))\`, medians of ${p2.calls} warm calls`, `${f2(p2.ratio)}× (${us(m.render)} ÷ ${us(m.floor)})`, `≤ ${GOAL.p2.toFixed(1)}×`, p2.ratio <= GOAL.p2);
}
if (p3) {
  row("P3", "native `render_json` ÷ `serde_json::to_string(resources)` (interleaved blocks, medians)", `${f2(p3.ratio)}× (${us(p3.renderNs)} ÷ ${us(p3.floorNs)})`, `≤ ${GOAL.p3.toFixed(1)}×`, p3.ratio <= GOAL.p3);
}
if (cli) {
  const on = cli.pinned ? "pinned to 2 cores" : `${cli.cores} cores`;
  const n = (x) => x.toLocaleString("en-US");
  const s = (ms) => `${f2(ms / 1000)} s`;
  row("P4", `CLI \`lint\` of ${n(cli.p4.files)} generated files, median of ${cli.p4.runsMs.length} (${on})`, s(cli.p4.medianMs), `≤ ${GOAL.p4Ms / 1000} s`, cli.p4.medianMs <= GOAL.p4Ms);
  const big = cli.p4.big;
  if (big) {
    row("P4", `CLI \`lint\` of ${n(big.files)} generated files, median of ${big.runsMs.length} (interleaved with the above)`, s(big.medianMs), `≤ ${GOAL.p4BigMs / 1000} s`, big.medianMs <= GOAL.p4BigMs);
    row("P4", `${n(big.files)} files ÷ ${n(cli.p4.files)} files (medians above)`, `${f1(big.ratio)}×`, `≤ ${GOAL.p4Ratio}×`, big.ratio <= GOAL.p4Ratio);
    row("P4", `peak resident memory of the ${n(big.files)}-file runs (max RSS)`, `${f1(big.peakRssMB)} MB`, `≤ ${GOAL.p4RssMB} MB`, big.peakRssMB <= GOAL.p4RssMB);
  } else {
    row("P4", "CLI `lint` of 10,000 files, ratio, peak memory", "not measured (LINT_BIG_FILES=0)", `≤ ${GOAL.p4BigMs / 1000} s, ≤ ${GOAL.p4Ratio}×, ≤ ${GOAL.p4RssMB} MB`, false);
  }
  row("P5", `CLI cold \`render\` of one file ÷ bare \`node -e 0\`, medians of ${cli.p5.runs}`, `${f2(cli.p5.ratio)}× (${f1(cli.p5.renderMedianMs)} ms ÷ ${f1(cli.p5.bareMedianMs)} ms)`, `≤ ${GOAL.p5.toFixed(1)}×`, cli.p5.ratio <= GOAL.p5);
}
if (p6) {
  const at = p6.at.toISOString().slice(0, 16).replace("T", " ");
  const typing = p6.typing ? `, typed ${p6.typing} apart` : "";
  row("P6", `playground keystroke → output, p95 over ${p6.edits} edits${typing} (e2e run of ${at} UTC)`, `${f1(p6.p95)} ms`, `≤ ${GOAL.p6Ms} ms`, p6.p95 <= GOAL.p6Ms);
  // Context for reading P6, not goals (BENCHMARKS.md, "P6: early morning", "P6: keys at a typing
  // pace"): the same probe on a page that does nothing, and the keys typed in bursts of one per
  // frame (the first days' typing), whose floor is one frame less the harness's round trip.
  if (p6.bursts && p6.floor) {
    row("P6", "context: a page that does nothing, typed at the same pace, p95; the playground typed in bursts (one key per frame), p95, and the page that does nothing so typed", `${f1(p6.floor.p95)} ms; ${f1(p6.bursts.p95)} ms, ${f1(p6.bursts.floor.p95)} ms`, "–", null);
  } else if (p6.frameStart && p6.floor) {
    row("P6", "context: the same keystrokes to the start of the frame that shows their output, p95; a page that does nothing under P6's probe, p95", `${f1(p6.frameStart.p95)} ms; ${f1(p6.floor.p95)} ms`, "–", null);
  }
} else {
  row("P6", "playground keystroke → output p95", "not measured: test-output/www/latency.json is absent (run `make test-www`)", `≤ ${GOAL.p6Ms} ms`, false);
}
for (const [id, what] of [["P1", "shipped .wasm size"], ["P2", "Node render ratio"], ["P3", "native render ratio"], ["P4", "CLI lint"], ["P5", "CLI cold render"]]) {
  if (!rows.some((r) => r.id === id)) row(id, what, "not measured in this run", "see issue 14", false);
}
rows.sort((a, b) => a.id.localeCompare(b.id));

const table = [
  "| | figure | measured | goal | |",
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.id} | ${r.what} | ${r.value} | ${r.goal} | ${verdict(r.ok)} |`),
].join("\n");

let boundaryTable = "";
if (boundary) {
  const m = boundary.medianNs;
  const base = m.textParse;
  const pct = (x) => `${x <= base ? "−" : "+"}${Math.abs((100 * (x - base)) / base).toFixed(0)} %`;
  boundaryTable = [
    "",
    `Boundary (one experimental build, ${boundary.calls} interleaved warm calls each, answer ${f1(boundary.outputBytes / KB)} KB of JSON):`,
    "",
    "| answer built from → reaches JS as | median | vs shipped |",
    "|---|---|---|",
    `| \`Value\` → JSON text → \`JSON.parse\` (**shipped**) | ${us(m.textParse)} | – |`,
    `| \`Value\` → JS objects (serde-wasm-bindgen, json_compatible) | ${us(m.swbValue)} | ${pct(m.swbValue)} |`,
    `| typed objects, no \`Value\` → JSON text → \`JSON.parse\` (key order differs) | ${us(m.directTextParse)} | ${pct(m.directTextParse)} |`,
    `| typed objects, no \`Value\` → JS objects (key order differs) | ${us(m.swbDirect)} | ${pct(m.swbDirect)} |`,
    `| input only: object → \`JSON.stringify\` → text → \`Value\` | ${us(m.inText)} | |`,
    `| input only: object → serde-wasm-bindgen → \`Value\` | ${us(m.inSwb)} | |`,
  ].join("\n");
}

let optTable = "";
if (optLevels) {
  const labels = Object.keys(optLevels.medianNs);
  optTable = [
    "",
    `Release opt-level (same crate, experimental build per level, ${optLevels.calls} interleaved calls of \`JSON.parse(render(text))\`):`,
    "",
    "| build | median | gzip -9 | raw |",
    "|---|---|---|---|",
    ...labels.map((l) => `| ${l} | ${us(optLevels.medianNs[l])} | ${f1(optLevels.sizes[l].gzip / KB)} KB | ${f1(optLevels.sizes[l].raw / KB)} KB |`),
    "",
    "(These builds carry the boundary experiments too, so they are larger than the shipped file; compare them with each other.)",
  ].join("\n");
}

let twiggyTable = "";
if (twiggy) {
  twiggyTable = [
    "",
    `Where the bytes are (\`twiggy top\` on the module before wasm-bindgen, ${f1(twiggy.total / KB)} KB raw without the name section):`,
    "",
    "| top-10 item | bytes | | by crate / module | bytes |",
    "|---|---|---|---|---|",
    ...twiggy.top.map((t, i) => {
      const c = twiggy.byCrate[i];
      return `| \`${t.name.replace(/\|/g, "\\|")}\` | ${t.bytes} | | ${c ? `\`${c.name}\`` : ""} | ${c ? c.bytes : ""} |`;
    }),
  ].join("\n");
}

// The run's time: when P1 was measured (report.mjs may be rerun alone, e.g. after a new P6).
const p1file = join(dir, "p1.json");
const when = (existsSync(p1file) ? statSync(p1file).mtime : new Date()).toISOString().slice(0, 16).replace("T", " ");
const machine = `${cli?.cores ?? "?"} cores, Node ${process.versions.node}`;
const block = `_Last \`make bench\`: ${when} UTC, ${machine}. Ratios are measured within one run; the absolute times are only context (shared, noisy machine)._\n\n${table}\n${boundaryTable}\n${optTable}\n${twiggyTable}\n`;
console.log(`\n${table}\n${boundaryTable}\n${optTable}\n${twiggyTable}\n`);
writeFileSync(join(dir, "results.json"), JSON.stringify({ when, rows, boundary, p6: p6 && { p95: p6.p95, edits: p6.edits, typing: p6.typing, frameStart: p6.paced?.frameStart ?? p6.frameStart, floor: p6.floor, bursts: p6.bursts } }, null, 1));

const doc = `${ROOT}BENCHMARKS.md`;
if (write && existsSync(doc)) {
  const text = readFileSync(doc, "utf8");
  const re = /(<!-- bench:figures -->\n)[\s\S]*?(<!-- \/bench:figures -->)/;
  if (re.test(text)) {
    writeFileSync(doc, text.replace(re, (_, a, b) => `${a}${block}${b}`));
    console.log("BENCHMARKS.md: figures updated");
  } else {
    console.log("BENCHMARKS.md: no <!-- bench:figures --> markers, not updated");
  }
}

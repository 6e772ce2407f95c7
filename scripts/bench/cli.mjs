// P4 and P5: the CLI as a user runs it, timed from outside (spawn → exit, wall clock).
//   P4: `modelservice lint <dir>` over the generated corpus of 1,000 files (the directory given)
//       and over one of 10,000 files (generated here, next to it, by gen-corpus.mjs), runs of the
//       two interleaved: medians of LINT_RUNS (1,000) and LINT_BIG_RUNS (10,000) runs, their
//       ratio, and the peak resident memory of the 10,000-file runs (the child's own
//       `process.resourceUsage().maxRSS`, written at exit by a preloaded probe).
//   P5: `modelservice render <fixture>` cold (a fresh process each time) against bare
//       `node -e 0`, interleaved, medians of COLD_RUNS runs each.
// On a machine with more than 2 cores every child is pinned to cores 0–1 (taskset), so the
// figure means "on 2 cores". Prints one JSON object.
//   usage: node cli.mjs <corpus-dir>      (LINT_BIG_FILES=0 skips the 10,000-file corpus)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE, median, ROOT } from "./common.mjs";

const corpus = process.argv[2];
const LINT_RUNS = Number(process.env.LINT_RUNS ?? 5);
const BIG_FILES = Number(process.env.LINT_BIG_FILES ?? 10000);
const BIG_RUNS = Math.max(1, Number(process.env.LINT_BIG_RUNS ?? 3));
const COLD_RUNS = Math.max(7, Number(process.env.COLD_RUNS ?? 11));
const CLI = `${ROOT}js/bin/modelservice.cjs`;
const cores = availableParallelism();
const pin = cores > 2 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;

// Preloaded into a measured child: its peak RSS (KiB, getrusage) into the file $RSS_OUT at exit.
const PROBE = `data:text/javascript,${encodeURIComponent(
  'import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(process.env.RSS_OUT,String(process.resourceUsage().maxRSS)));',
)}`;
const probeDir = mkdtempSync(join(tmpdir(), "msr-bench-"));
let probes = 0;

function run(args, { expect = [0], rss = false } = {}) {
  const rssOut = rss ? join(probeDir, `rss-${probes++}`) : null;
  const nodeArgs = rss ? ["--import", PROBE, ...args] : args;
  const [cmd, argv] = pin ? ["taskset", ["-c", "0,1", process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const env = rss ? { ...process.env, RSS_OUT: rssOut } : process.env;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 << 20, env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!expect.includes(r.status)) {
    throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr}\n${String(r.stdout).slice(0, 2000)}`);
  }
  const rssMB = rss ? (Number(readFileSync(rssOut, "utf8")) * 1024) / 1e6 : undefined;
  return { ms, rssMB, stdout: String(r.stdout) };
}

/** Every file must really be linted: the JSON report names each one, with no error. */
function checkedReport(dir, expected) {
  const report = JSON.parse(run([CLI, "lint", dir, "--format", "json"]).stdout);
  const files = report.files?.length ?? NaN;
  if (files !== expected) throw new Error(`${dir}: the report lists ${files} files, expected ${expected}`);
  return { files, errors: report.summary?.errors ?? NaN, findings: report.summary };
}

// P4
const small = checkedReport(corpus, Number(process.env.LINT_FILES ?? 1000));
let big = null;
let bigDir = null;
if (BIG_FILES > 0) {
  bigDir = `${corpus}-${BIG_FILES}`;
  const g = spawnSync(process.execPath, [`${ROOT}scripts/bench/gen-corpus.mjs`, bigDir, String(BIG_FILES)], { stdio: ["ignore", "pipe", "inherit"] });
  if (g.status !== 0) throw new Error(`gen-corpus ${BIG_FILES}: exit ${g.status}`);
  big = checkedReport(bigDir, BIG_FILES);
}
const lint = [];
const bigRuns = [];
for (let i = 0; i < Math.max(LINT_RUNS, big ? BIG_RUNS : 0); i++) {
  if (i < LINT_RUNS) lint.push(run([CLI, "lint", corpus]).ms);
  if (big && i < BIG_RUNS) bigRuns.push(run([CLI, "lint", bigDir], { rss: true }));
}
if (big) {
  big.runsMs = bigRuns.map((r) => r.ms);
  big.medianMs = median(big.runsMs);
  big.rssMB = bigRuns.map((r) => r.rssMB);
  big.peakRssMB = Math.max(...big.rssMB);
  big.ratio = big.medianMs / median(lint);
}

// P5 — same fixture and settings as P2 (tracing on, as its config.json).
const renderArgs = [CLI, "render", `${FIXTURE}/modelservice.yaml`, "--tracing-enabled", "--tracing-otel-endpoint", "http://otel-collector.observability:4317"];
const bare = [];
const cold = [];
run(["-e", "0"]);
run(renderArgs); // one unmeasured run warms the OS file cache for both (and writes the CLI's code cache)
for (let i = 0; i < COLD_RUNS; i++) {
  bare.push(run(["-e", "0"]).ms);
  cold.push(run(renderArgs).ms);
}
rmSync(probeDir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    cores,
    pinned: pin,
    p4: { ...small, runsMs: lint, medianMs: median(lint), big },
    p5: { runs: COLD_RUNS, bareMs: bare, renderMs: cold, bareMedianMs: median(bare), renderMedianMs: median(cold), ratio: median(cold) / median(bare) },
  }),
);

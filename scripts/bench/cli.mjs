// P4 and P5: the CLI as a user runs it, timed from outside (spawn → exit, wall clock).
//   P4: `modelservice lint <dir>` over the generated corpus; median wall of LINT_RUNS runs.
//   P5: `modelservice render <fixture>` cold (a fresh process each time) against bare
//       `node -e 0`, interleaved, medians of COLD_RUNS runs each.
// On a machine with more than 2 cores every child is pinned to cores 0–1 (taskset), so the
// figure means "on 2 cores". Prints one JSON object.
//   usage: node cli.mjs <corpus-dir>
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { FIXTURE, median, ROOT } from "./common.mjs";

const corpus = process.argv[2];
const LINT_RUNS = Number(process.env.LINT_RUNS ?? 5);
const COLD_RUNS = Math.max(7, Number(process.env.COLD_RUNS ?? 11));
const CLI = `${ROOT}js/bin/modelservice.mjs`;
const cores = availableParallelism();
const pin = cores > 2 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;

function run(args, { expect = [0] } = {}) {
  const [cmd, argv] = pin ? ["taskset", ["-c", "0,1", process.execPath, ...args]] : [process.execPath, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!expect.includes(r.status)) {
    throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr}\n${String(r.stdout).slice(0, 2000)}`);
  }
  return { ms, stdout: String(r.stdout) };
}

// P4 — every file must really be linted: the JSON report names each one.
const report = JSON.parse(run([CLI, "lint", corpus, "--format", "json"]).stdout);
const files = report.files?.length ?? NaN;
const errors = report.summary?.errors ?? NaN;
const lint = [];
for (let i = 0; i < LINT_RUNS; i++) lint.push(run([CLI, "lint", corpus]).ms);

// P5 — same fixture and settings as P2 (tracing on, as its config.json).
const renderArgs = [CLI, "render", `${FIXTURE}/modelservice.yaml`, "--tracing-enabled", "--tracing-otel-endpoint", "http://otel-collector.observability:4317"];
const bare = [];
const cold = [];
run(["-e", "0"]);
run(renderArgs); // one unmeasured run warms the OS file cache for both
for (let i = 0; i < COLD_RUNS; i++) {
  bare.push(run(["-e", "0"]).ms);
  cold.push(run(renderArgs).ms);
}

console.log(
  JSON.stringify({
    cores,
    pinned: pin,
    p4: { files, errors, findings: report.summary, runsMs: lint, medianMs: median(lint) },
    p5: { runs: COLD_RUNS, bareMs: bare, renderMs: cold, bareMedianMs: median(bare), renderMedianMs: median(cold), ratio: median(cold) / median(bare) },
  }),
);

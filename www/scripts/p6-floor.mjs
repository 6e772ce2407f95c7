// P6's floor: the test's probe (keydown's timestamp → the first animation frame after the output
// shows the keystroke) on a page that does nothing (test/support/latency.mjs `FLOOR_PAGE`: a
// <textarea> whose `input` handler copies its text into a <pre> and marks the revision shown, in
// the same task; no CodeMirror, no render, no worker; the e2e test types into it too). What it
// measures is the harness and the browser (the round trip from the previous frame to the next
// key, the wait for the vsync, the frame's start): no playground can measure below it. With a built playground given, both are typed into in turn, round by round
// (the playground as test/e2e-latency.test.mjs types; the floor page 60 keys, the pointer on the
// typed line as well).
//
//   node scripts/p6-floor.mjs [--rounds 4] [dist]
//
// A measuring tool, not a test: nothing here asserts a time.
import { serve } from "../test/support/server.mjs";
import { launch } from "../test/support/browser.mjs";
import { typeExamples, typeFloor } from "../test/support/latency.mjs";

const args = process.argv.slice(2);
let rounds = 4;
let dist = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") rounds = Number(args[++i]);
  else dist = args[i];
}

const pct = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];
};

const browser = await launch();

async function floor() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const frames = await typeFloor(await context.newPage(), 60);
  await context.close();
  return frames;
}

const appServer = dist ? await serve(dist) : null;
const pooled = { floor: [], playground: [] };
const line = (name, f) =>
  `${name}: p50 ${pct(f, 0.5).toFixed(1)}, p95 ${pct(f, 0.95).toFixed(1)}, max ${Math.max(...f).toFixed(1)} ms; ` +
  `over 16 ms: ${f.filter((x) => x > 16).length} of ${f.length}`;
for (let r = 0; r < rounds; r++) {
  const runs = [["floor", floor]];
  if (appServer) runs.push(["playground", async () => (await typeExamples(browser, appServer.url)).map((s) => s.frame)]);
  if (r % 2) runs.reverse();
  for (const [name, run] of runs) {
    const f = await run();
    pooled[name].push(...f);
    console.log(`round ${r + 1} ${line(name, f)}`);
  }
}
console.log("\npooled:");
for (const [name, f] of Object.entries(pooled)) if (f.length) console.log(line(name, f));
await browser.close();
await appServer?.close();

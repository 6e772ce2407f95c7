// P6 under its harness: how much of the figure a page's own work decides. The floor page
// (test/support/latency.mjs `FLOOR_PAGE`) typed into as the e2e test types, with a busy loop of
// N ms added to each keystroke's task (before the page copies its text), for several N
// interleaved round by round. Per N: P6's figure per round (the p95 of 60 keys, as the e2e test
// computes it), how many rounds meet 16 ms, the keys over 16 ms, and for those whether their task
// ran past the next frame's start, plus how soon each key came after the previous key's frame
// callback (the harness's round trip: BENCHMARKS.md, "P6: what the harness's round trip decides").
// With `--dist`, a built playground is typed into in the same rounds, as the e2e test types.
//
//   node scripts/p6-busy.mjs [--rounds 6] [--dist www/dist] [0 4 8 12]
//
// A measuring tool, not a test: nothing here asserts a time.
import { serve } from "../test/support/server.mjs";
import { launch } from "../test/support/browser.mjs";
import { typeExamples, typeFloorSamples } from "../test/support/latency.mjs";

const args = process.argv.slice(2);
let rounds = 6;
let dist = null;
const busy = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") rounds = Number(args[++i]);
  else if (args[i] === "--dist") dist = args[++i];
  else busy.push(Number(args[i]));
}
if (!busy.length) busy.push(0, 4, 8, 12);

const KEYS = 60;
const pct = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];
};

async function typeBusy(browser, ms) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const samples = await typeFloorSamples(await context.newPage(), KEYS, ms);
  await context.close();
  return samples;
}

const browser = await launch();
const server = dist ? await serve(dist) : null;
const pages = [...busy.map((ms) => `busy ${String(ms).padStart(2)} ms`), ...(server ? ["playground"] : [])];
const results = new Map(pages.map((name) => [name, { p95: [], samples: [], after: [] }]));
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...pages].reverse() : pages;
  for (const name of order) {
    const samples = name === "playground" ? await typeExamples(browser, server.url, KEYS / 2) : await typeBusy(browser, Number(name.slice(5, -3)));
    const res = results.get(name);
    res.p95.push(pct(samples.map((s) => s.frame), 0.95));
    res.samples.push(...samples);
    // The next key's timestamp after the previous key's frame callback ran.
    for (let i = 1; i < samples.length; i++) {
      const after = samples[i].key - (samples[i - 1].key + samples[i - 1].frame);
      if (after < 100) res.after.push(after); // not across the playground's change of example
    }
  }
  process.stderr.write(`round ${r + 1} of ${rounds}\n`);
}
await browser.close();
await server?.close();

for (const [name, res] of results) {
  const slow = res.samples.filter((s) => s.frame > 16);
  // A task that ran past the next frame's start: that frame's timestamp comes before the output.
  const late = slow.filter((s) => s.frameStart < s.dom).length;
  console.log(
    `${name}: P6 per round ${res.p95.map((v) => v.toFixed(1)).join(" ")}; ` +
      `rounds ≤ 16 ms: ${res.p95.filter((v) => v <= 16).length} of ${res.p95.length}; ` +
      `keys over 16 ms: ${slow.length} of ${res.samples.length} (${late} whose task ran past the frame's start); ` +
      `next key after the previous frame callback p10/p50 ${pct(res.after, 0.1).toFixed(1)}/${pct(res.after, 0.5).toFixed(1)} ms, ` +
      `under 1 ms: ${res.after.filter((c) => c < 1).length} of ${res.after.length}`,
  );
}

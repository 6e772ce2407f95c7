// P6: Chrome traces of typing into the P/D example (as test/e2e-latency.test.mjs types, the
// pointer on the typed line), one or more builds interleaved, and per keystroke (pooled medians)
// keydown → output shown and → the frame after it; in that frame's task, its start → the test's
// animation-frame callback and its whole length (to paint and commit); and the main thread's
// layout, style, animation-frame callbacks and paint from keydown to the test's callback (trace categories toplevel, devtools.timeline; tracing itself slows the page).
//
//   node scripts/p6-trace.mjs [--rounds 3] [--keys 30] dist[?query] ...   (variants interleaved)
//
// A measuring tool, not a test.
import { serve } from "../test/support/server.mjs";
import { launch, openPage } from "../test/support/browser.mjs";
import { installProbe, openExample, toNameLineEnd, typeKeys } from "../test/support/latency.mjs";

const args = process.argv.slice(2);
let rounds = 3;
let KEYS = 30;
const variants = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") rounds = Number(args[++i]);
  else if (args[i] === "--keys") KEYS = Number(args[++i]);
  else variants.push(args[i]);
}
const browser = await launch();
const servers = await Promise.all(variants.map((v) => serve(v.split("?")[0])));
const urls = variants.map((v, i) => servers[i].url + (v.includes("?") ? "?" + v.split("?")[1] : ""));
const perVariant = variants.map(() => []);

async function typeTraced(url) {
  const { page, context } = await openPage(browser, url);
  await openExample(page, "pd");
  await installProbe(page, true);
  await toNameLineEnd(page);
  await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "blink.user_timing"] });
  await typeKeys(page, KEYS);
  const buf = await browser.stopTracing();
  const samples = await page.evaluate(() => window.__lat.samples.map((s) => s.frame));
  await context.close();
  return { events: JSON.parse(buf.toString()).traceEvents, samples };
}

/** Per keystroke: main-thread time by kind between the keydown and the frame mark. */
function perKey(events) {
  const marks = (name) => events.filter((e) => e.name === name && e.ph !== "e").map((e) => e.ts).sort((a, b) => a - b);
  const keys = marks("p6-key");
  const frames = marks("p6-frame");
  const shown = marks("p6-shown");
  const mark0 = events.find((e) => e.name === "p6-key");
  const main = events.filter((e) => e.pid === mark0.pid && e.tid === mark0.tid && e.ph === "X" && e.dur !== undefined);
  const rows = [];
  for (const k of keys) {
    const f = frames.find((t) => t > k);
    const s = shown.find((t) => t > k);
    if (f === undefined || s === undefined) continue;
    const sum = (pred, lo = k - 2000, hi = f) => main.filter((e) => pred(e) && e.ts >= lo && e.ts < hi && e.ts + e.dur > k).reduce((a, e) => a + e.dur / 1000, 0);
    // The task that ran the frame holding the test's animation-frame callback.
    const frameTask = main
      .filter((e) => e.name === "ThreadControllerImpl::RunTask" && e.ts <= f && e.ts + e.dur >= f)
      .sort((a, b) => b.dur - a.dur)[0];
    rows.push({
      "key→frame": (f - k) / 1000,
      "key→shown": (s - k) / 1000,
      "frame start→test rAF": frameTask ? (f - frameTask.ts) / 1000 : 0,
      "frame task": frameTask ? frameTask.dur / 1000 : 0,
      layout: sum((e) => e.name === "Layout"),
      style: sum((e) => e.name === "UpdateLayoutTree"),
      "rAF callbacks": sum((e) => e.name === "FireAnimationFrame"),
      paint: sum((e) => e.name === "Paint" || e.name === "PrePaint"),
    });
  }
  return rows;
}

const med = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const p95 = (v) => [...v].sort((a, b) => a - b)[Math.ceil(v.length * 0.95) - 1];
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...variants.keys()].reverse() : [...variants.keys()];
  for (const i of order) {
    const { events, samples } = await typeTraced(urls[i]);
    const rows = perKey(events);
    perVariant[i].push(...rows);
    console.log(`round ${r + 1} ${variants[i]}: keys ${rows.length}, frame p50 ${med(samples).toFixed(1)} p95 ${p95(samples).toFixed(1)}, layout p50 ${med(rows.map((x) => x.layout)).toFixed(2)}`);
  }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));
console.log("\npooled medians per key (ms, traced):");
const cols = Object.keys(perVariant[0][0]);
console.log("variant".padEnd(40) + cols.map((c) => c.padStart(22)).join(""));
for (const [i, rows] of perVariant.entries()) {
  console.log(variants[i].slice(-40).padEnd(40) + cols.map((c) => med(rows.map((x) => x[c])).toFixed(2).padStart(22)).join("") + `   key→frame p95 ${p95(rows.map((x) => x["key→frame"])).toFixed(1)}`);
}

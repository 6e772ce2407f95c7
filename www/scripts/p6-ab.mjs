// P6, two or more builds of the page interleaved in one browser: types as
// test/e2e-latency.test.mjs does (30 keys at the end of spec.model.name, minimal then P/D example,
// the decode Deployment shown, the pointer resting on the typed line) and measures, per build and
// round, keystroke → frame p50/p95 (the test's measure, unchanged) and the page's main-thread
// time per keystroke from Chromium's own counters (CDP Performance.getMetrics: ThreadTime is the
// main thread's CPU time; TaskDuration, ScriptDuration, LayoutDuration, RecalcStyleDuration).
//
//   node scripts/p6-ab.mjs [--rounds 4] [--bursts] dirA dirB ...   (each a built www/dist;
//   `dir?query` opens the page with that query string; keys typed at P6's typing pace, or with
//   `--bursts` one per frame: support/latency.mjs)
//
// A measuring tool, not a test: nothing here asserts a time.
import { serve } from "../test/support/server.mjs";
import { launch, openPage } from "../test/support/browser.mjs";
import { installProbe, openExample, toNameLineEnd, typeKeys } from "../test/support/latency.mjs";

const args = process.argv.slice(2);
let rounds = 4;
let paced = true;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") rounds = Number(args[++i]);
  else if (args[i] === "--bursts") paced = false;
  else dirs.push(args[i]);
}
if (!dirs.length) throw new Error("usage: node scripts/p6-ab.mjs [--rounds N] [--bursts] distA distB ...");

const EDITS = 30;
const METRICS = ["ThreadTime", "TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration"];

async function metrics(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]));
}

async function measure(page, cdp, example) {
  await openExample(page, example);
  await installProbe(page);
  await toNameLineEnd(page);
  const m0 = await metrics(cdp);
  const typed = await typeKeys(page, EDITS, { paced });
  const m1 = await metrics(cdp);
  const yaml = await page.textContent("#yaml-view");
  if (!yaml.includes(typed)) console.warn(`${page.url()} ${example}: the output does not show the typed text`);
  const samples = await page.evaluate(() => {
    const traces = new Map(window.playground.traces().map((t) => [t.rev, t]));
    return window.__lat.samples.map((s) => {
      const t = traces.get(s.rev);
      const stages = t && {
        "key→edit": t.edit - s.key,
        "CM update": t.workerStart - t.edit,
        render: t.workerEnd - t.workerStart,
        "output view": t.views["yaml-view"] ?? 0,
        "shown→frame": s.key + s.frame - t.shown,
      };
      return { ...s, stages };
    });
  });
  const perKey = Object.fromEntries(METRICS.map((k) => [k, (m1[k] - m0[k]) / EDITS]));
  return { samples, perKey };
}

const pct = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];
};
const median = (v) => pct(v, 0.5);

const browser = await launch();
const servers = await Promise.all(dirs.map((d) => serve(d.split("?")[0])));
const urls = dirs.map((d, i) => servers[i].url + (d.includes("?") ? "?" + d.split("?")[1] : ""));
const results = dirs.map(() => []);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...dirs.keys()].reverse() : [...dirs.keys()];
  for (const b of order) {
    const { page, context } = await openPage(browser, urls[b]);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    const min = await measure(page, cdp, "minimal");
    const pd = await measure(page, cdp, "pd");
    await context.close();
    const frames = [...min.samples, ...pd.samples].map((s) => s.frame);
    const row = {
      minimal: [median(min.samples.map((s) => s.frame)), pct(min.samples.map((s) => s.frame), 0.95)],
      pd: [median(pd.samples.map((s) => s.frame)), pct(pd.samples.map((s) => s.frame), 0.95)],
      all: [median(frames), pct(frames, 0.95)],
      dom: median([...min.samples, ...pd.samples].map((s) => s.dom)),
      pdCpu: pd.perKey,
      pdStages: Object.fromEntries(Object.keys(pd.samples[0].stages ?? {}).map((k) => [k, median(pd.samples.map((s) => s.stages?.[k] ?? 0))])),
      pdMeans: Object.fromEntries(Object.keys(pd.samples[0].stages ?? {}).map((k) => [k, pd.samples.reduce((a, s) => a + (s.stages?.[k] ?? 0), 0) / pd.samples.length])),
      minCpu: min.perKey,
      frames,
    };
    results[b].push(row);
    const f = (x) => x.toFixed(1);
    console.log(
      `round ${r + 1} build ${b} (${dirs[b]}): all ${f(row.all[0])} / ${f(row.all[1])}; minimal ${f(row.minimal[0])} / ${f(row.minimal[1])}; ` +
        `P/D ${f(row.pd[0])} / ${f(row.pd[1])}; DOM p50 ${f(row.dom)}; per P/D key: ` +
        METRICS.map((k) => `${k} ${f(row.pdCpu[k])}`).join(", ") + "; P/D stage p50s: " +
        Object.entries(row.pdStages).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", "),
    );
  }
}
console.log("\nmedians over rounds (ms):");
for (const [b, rows] of results.entries()) {
  const m = (fn) => median(rows.map(fn)).toFixed(2);
  const pooled = rows.flatMap((r) => r.frames);
  console.log(
    `build ${b}: all p50 ${m((r) => r.all[0])}, p95 ${m((r) => r.all[1])} (pooled p50 ${median(pooled).toFixed(1)}, p95 ${pct(pooled, 0.95).toFixed(1)}); ` +
      `P/D key ${METRICS.map((k) => `${k} ${m((r) => r.pdCpu[k])}`).join(", ")}; minimal key ThreadTime ${m((r) => r.minCpu.ThreadTime)}; ` +
      `P/D stage p50s ${Object.keys(rows[0].pdStages).map((k) => `${k} ${m((r) => r.pdStages[k])}`).join(", ")}; ` +
      `P/D stage means (all rounds) ${Object.keys(rows[0].pdMeans).map((k) => `${k} ${(rows.reduce((a, r) => a + r.pdMeans[k], 0) / rows.length).toFixed(2)}`).join(", ")}`,
  );
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

// P6: a CPU profile of the page's main thread while typing into the P/D example (as
// test/e2e-latency.test.mjs types: in bursts, or at P6's typing pace with PACED=1), per keystroke:
// the functions with the most self time and the most inclusive time (ms per key; at the pace the
// idle time between keys is counted too). Build with `vite build --minify false` for readable names.
//
//   [PACED=1] node scripts/p6-profile.mjs dist [keys=30] [top=40]
//
// A measuring tool, not a test.
import { serve } from "../test/support/server.mjs";
import { launch, openPage } from "../test/support/browser.mjs";
import { installProbe, openExample, toNameLineEnd, typeKeys } from "../test/support/latency.mjs";

const [dir, keysArg, topArg] = process.argv.slice(2);
const KEYS = Number(keysArg ?? 30);
const TOP = Number(topArg ?? 40);
const browser = await launch();
const server = await serve(dir);
const { page, context } = await openPage(browser, server.url);
await openExample(page, "pd");
await installProbe(page);
await toNameLineEnd(page);
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
await typeKeys(page, KEYS, { paced: process.env.PACED === "1" });
const { profile } = await cdp.send("Profiler.stop");
await context.close();
await browser.close();
await server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => {
  const f = n.callFrame;
  const file = f.url.split("/").pop();
  return `${f.functionName || "(anon)"} ${file}:${f.lineNumber + 1}`;
};
const self = new Map();
const incl = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const ms = (dt[i + 1] ?? dt[i]) / 1000;
  let id = profile.samples[i];
  const n0 = byId.get(id);
  self.set(name(n0), (self.get(name(n0)) ?? 0) + ms);
  const seen = new Set();
  while (id !== undefined) {
    const nm = name(byId.get(id));
    if (!seen.has(nm)) {
      seen.add(nm);
      incl.set(nm, (incl.get(nm) ?? 0) + ms);
    }
    id = parent.get(id);
  }
}
const show = (title, map) => {
  console.log(`\n${title} (ms per key)`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(v / KEYS).toFixed(3).padStart(8)}  ${k}`);
};
show("self", self);
show("inclusive", incl);

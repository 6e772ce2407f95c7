// End-to-end: keystroke → visible output latency, measured in the page (keydown timestamp to the
// frame after the output shows the render of that keystroke), over real typing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixture } from "./support/fixture.mjs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openPage, waitRendered, SHOTS } from "./support/browser.mjs";

const fx = useFixture();
const EDITS = 30;

async function measure(page, example) {
  await page.click("#examples-menu > summary");
  await page.click(`[data-example="${example}"]`);
  await waitRendered(page);
  await page.click('.res-item[data-kind="Deployment"]'); // the decode Deployment shows --served-model-name
  await page.evaluate(() => {
    const output = document.getElementById("output");
    const lat = (window.__lat = { samples: [], pending: null });
    document.addEventListener(
      "keydown",
      (e) => {
        lat.pending = { t: e.timeStamp, rev: Number(output.dataset.inputRev) + 1 };
      },
      true,
    );
    new MutationObserver(() => {
      const p = lat.pending;
      if (!p || Number(output.dataset.renderedRev) < p.rev) return;
      lat.pending = null;
      const dom = performance.now() - p.t;
      requestAnimationFrame(() => lat.samples.push({ dom, frame: performance.now() - p.t }));
    }).observe(output, { attributes: true, attributeFilter: ["data-rendered-rev"] });
  });
  // Type at the end of spec.model.name: every keystroke changes the rendered Deployment.
  const nameLine = page.locator(".cm-line", { hasText: /^\s+name: .*\// }).first();
  await nameLine.click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("End");
  const typed = "abcdefghijklmnopqrstuvwxyz0123456789".slice(0, EDITS);
  for (let i = 0; i < EDITS; i++) {
    await page.keyboard.press(typed[i]);
    await page.waitForFunction((n) => window.__lat.samples.length >= n, i + 1);
  }
  const yaml = await page.textContent("#yaml-view");
  assert.match(yaml, new RegExp(`${typed}`), "the output shows the last keystroke");
  return page.evaluate(() => window.__lat.samples);
}

test(`keystroke → output latency over ${EDITS} edits`, async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const minimal = await measure(page, "minimal");
  const pd = await measure(page, "pd");
  const all = [...minimal, ...pd];
  assert.ok(all.length >= 2 * EDITS);
  const pct = (values, q) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)];
  };
  const report = (label, s) => {
    const frame = s.map((x) => x.frame);
    const dom = s.map((x) => x.dom);
    return `${label}: p50 ${pct(frame, 0.5).toFixed(1)} ms, p95 ${pct(frame, 0.95).toFixed(1)} ms (output DOM updated: p95 ${pct(dom, 0.95).toFixed(1)} ms)`;
  };
  console.log(report("minimal example", minimal));
  console.log(report("P/D example", pd));
  const overall = pct(all.map((x) => x.frame), 0.95);
  console.log(`P6 keystroke→output p95: ${overall.toFixed(1)} ms`);
  writeFileSync(join(SHOTS, "latency.json"), JSON.stringify({ p95: overall, edits: all.length, minimal, pd }, null, 1));
  // A hang guard, not a performance claim (P6 is `make bench`'s, which reads latency.json): the
  // p95 measured 46 ms (BENCHMARKS.md); the guard is over 10× that.
  const HANG_GUARD_MS = 500;
  assert.ok(overall < HANG_GUARD_MS, `p95 ${overall} ms: past the hang guard`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

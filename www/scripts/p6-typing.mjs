// What the P6 measuring scripts share: the typing of test/e2e-latency.test.mjs (30 keys at the end
// of spec.model.name, the decode Deployment shown, the pointer resting on the typed line) and its
// probe (keydown's timestamp → the first animation frame after #output shows that keystroke's
// render). The probe is the test's, repeated here so that the test itself stays as it is.
import { waitRendered } from "../test/support/browser.mjs";

export const TYPED = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Opens a gallery example and shows its decode Deployment. */
export async function openExample(page, example) {
  await page.click("#examples-menu > summary");
  await page.click(`[data-example="${example}"]`);
  await waitRendered(page);
  await page.click('.res-item[data-kind="Deployment"]');
  // As the test: the page's renderer has run once (builds without the warm-up pass at once).
  await page.waitForFunction(() => window.playground.pageWarmed?.() ?? true, null, { timeout: 10_000 });
}

/** The test's probe; `marks` also sets user-timing marks (p6-key, p6-shown, p6-frame) for traces. */
export async function installProbe(page, marks = false) {
  await page.evaluate((marks) => {
    const output = document.getElementById("output");
    const lat = (window.__lat = { samples: [], pending: null });
    document.addEventListener("keydown", (e) => {
      lat.pending = { t: e.timeStamp, rev: Number(output.dataset.inputRev) + 1 };
      if (marks) performance.mark("p6-key");
    }, true);
    new MutationObserver(() => {
      const p = lat.pending;
      if (!p || Number(output.dataset.renderedRev) < p.rev) return;
      lat.pending = null;
      if (marks) performance.mark("p6-shown");
      const dom = performance.now() - p.t;
      const rev = Number(output.dataset.renderedRev);
      requestAnimationFrame(() => {
        if (marks) performance.mark("p6-frame");
        lat.samples.push({ key: p.t, rev, dom, frame: performance.now() - p.t });
      });
    }).observe(output, { attributes: true, attributeFilter: ["data-rendered-rev"] });
  }, marks);
}

/** Puts the cursor at the end of the model name line, as the test does. */
export async function toNameLineEnd(page) {
  await page.locator(".cm-line", { hasText: /^\s+name: .*\// }).first().click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("End");
}

/** Types `keys` characters, each after the previous one's frame (the probe's sample). */
export async function typeKeys(page, keys) {
  const typed = TYPED.repeat(Math.ceil(keys / TYPED.length)).slice(0, keys);
  const before = await page.evaluate(() => window.__lat.samples.length);
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(typed[i]);
    await page.waitForFunction((n) => window.__lat.samples.length >= n, before + i + 1);
  }
  return typed;
}

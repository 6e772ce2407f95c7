// P6's measure, shared by test/e2e-latency.test.mjs and the scripts/p6-*.mjs tools: the probe
// (keydown's timestamp → the first animation frame after #output shows that keystroke's render),
// the typing (at a typing pace, P6's figure, or in bursts of one key per frame), and the floor page
// (the same probe on a page that does nothing, so a run can say how much of the figure is the
// harness's and the browser's: BENCHMARKS.md, "P6: early morning" and "P6: keys at a typing pace").

import { openPage, waitRendered } from "./browser.mjs";

export const TYPED = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Opens a gallery example and shows its decode Deployment (its args show --served-model-name, so
 * every keystroke in the model's name changes it), once the page's renderer has run (it renders
 * quick keystrokes itself and warms while idle: render-client.ts). */
export async function openExample(page, example) {
  await page.click("#examples-menu > summary");
  await page.click(`[data-example="${example}"]`);
  await waitRendered(page);
  await page.click('.res-item[data-kind="Deployment"]');
  // `?? true`: the scripts also measure builds from before the warm-up.
  await page.waitForFunction(() => (window.playground.pageWarmed?.() ?? true) && (window.playground.typingWarmed?.() ?? true), null, {
    timeout: 10_000,
  });
}

/** Puts the cursor at the end of spec.model.name's line, the pointer resting on it. */
export async function toNameLineEnd(page) {
  await page.locator(".cm-line", { hasText: /^\s+name: .*\// }).first().click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("End");
}

/** The probe; `marks` also sets user-timing marks (p6-key, p6-shown, p6-frame) for traces. Samples
 * go to `window.__lat.samples`: `{ key, rev, dom, frame, frameStart, before }`, ms from keydown:
 * `dom` when the output shows the keystroke, `frame` when the probe's animation-frame callback
 * runs in the next frame (P6's figure: after the callbacks registered before it, such as
 * CodeMirror's measuring, and the layout they force), `frameStart` that frame's own timestamp (its
 * start: which frame presents the output, whatever runs inside it); `before` counts the
 * animation-frame callbacks the page registered while handling that keystroke and that ran in that
 * frame before the probe's. */
export async function installProbe(page, marks = false) {
  await page.evaluate((marks) => {
    const output = document.getElementById("output");
    const lat = (window.__lat = { samples: [], pending: null });
    // The page's callbacks registered while a keystroke is being handled (keydown → output shown:
    // the key's task) go through a counter; the probe's own, and any registered by later tasks
    // (a hover or completion timer), do not.
    const raf = window.__latRaf ?? window.requestAnimationFrame.bind(window);
    window.__latRaf = raf;
    const ran = { ts: -1, n: 0 };
    window.requestAnimationFrame = (fn) => {
      if (!lat.pending) return raf(fn);
      return raf((ts) => {
        if (ran.ts !== ts) Object.assign(ran, { ts, n: 0 });
        ran.n++;
        fn(ts);
      });
    };
    document.addEventListener(
      "keydown",
      (e) => {
        lat.pending = { t: e.timeStamp, rev: Number(output.dataset.inputRev) + 1 };
        if (marks) performance.mark("p6-key");
      },
      true,
    );
    new MutationObserver(() => {
      const p = lat.pending;
      if (!p || Number(output.dataset.renderedRev) < p.rev) return;
      lat.pending = null;
      if (marks) performance.mark("p6-shown");
      const dom = performance.now() - p.t;
      const rev = Number(output.dataset.renderedRev);
      raf((start) => {
        if (marks) performance.mark("p6-frame");
        const frame = performance.now() - p.t;
        lat.samples.push({ key: p.t, rev, dom, frame, frameStart: start - p.t, before: ran.ts === start ? ran.n : 0 });
      });
    }).observe(output, { attributes: true, attributeFilter: ["data-rendered-rev"] });
  }, marks);
}

/** P6's typing pace (BENCHMARKS.md, "P6: keys at a typing pace"): after each keystroke, the
 * harness leaves the page alone for a pause drawn uniformly from this range, as a person types
 * (3–8 keys a second: 80–240 ms between keys, plus the key's own handling). */
export const PACE_MS = { min: 80, max: 240 };

/** The pauses of a paced run: the same for every run with the same seed (an LCG, no clock). */
export function pauses(keys, seed = 1) {
  let state = seed;
  return Array.from({ length: keys }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return PACE_MS.min + (state / 2147483648) * (PACE_MS.max - PACE_MS.min);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `keys` characters. In bursts (the default), each key is sent as soon as the harness sees
 * the previous one's sample (one key per frame); `paced`, each key follows a pause of `PACE_MS`
 * after the previous one, with nothing polling the page in between (a poll by animation frame
 * would keep the browser producing frames). Either way a key is sent only once the previous
 * one's sample is in. */
export async function typeKeys(page, keys, { paced = false, seed = 1 } = {}) {
  const typed = TYPED.repeat(Math.ceil(keys / TYPED.length)).slice(0, keys);
  const before = await page.evaluate(() => window.__lat.samples.length);
  const pause = paced ? pauses(keys, seed) : [];
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(typed[i]);
    if (paced) await sleep(pause[i]);
    await page.waitForFunction((n) => window.__lat.samples.length >= n, before + i + 1);
  }
  return typed;
}

/** Types into a built playground at `url` in a fresh page of `browser`, as the e2e test does:
 * `keys` characters at the end of spec.model.name in the minimal and then the P/D example (the
 * measuring scripts); returns the probe's samples of both. `typing`: as `typeKeys`'s options. */
export async function typeExamples(browser, url, keys = 30, typing = {}) {
  const { page, context } = await openPage(browser, url);
  const samples = [];
  for (const example of ["minimal", "pd"]) {
    await openExample(page, example);
    await installProbe(page);
    await toNameLineEnd(page);
    await typeKeys(page, keys, typing);
    samples.push(...(await page.evaluate(() => window.__lat.samples)));
  }
  await context.close();
  return samples;
}

/** A page that does nothing: a <textarea> whose `input` handler copies its text into a <pre> and
 * marks the revision shown, in the same task. No editor, no render, no worker. */
export const FLOOR_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>P6 floor</title></head><body>
<textarea id="editor" rows="4" cols="80">  name: Qwen/Qwen3-0.6B</textarea>
<pre id="output" data-input-rev="0" data-rendered-rev="0"></pre>
<script>
const editor = document.getElementById("editor"), output = document.getElementById("output");
editor.addEventListener("input", () => {
  const rev = Number(output.dataset.inputRev) + 1;
  output.dataset.inputRev = rev;
  output.textContent = editor.value;
  output.dataset.renderedRev = rev;
});
</script></body></html>`;

/** Types `keys` characters into the floor page (loaded into `page`, the pointer on the typed
 * line as in the playground's measure); returns the samples' `frame` times. `typing`: as
 * `typeKeys`'s options. */
export async function typeFloor(page, keys, typing = {}) {
  return (await typeFloorSamples(page, keys, 0, typing)).map((s) => s.frame);
}

/** `typeFloor`, returning the probe's whole samples. With `busyMs`, each keystroke's task also
 * spins that long before the page copies its text (scripts/p6-busy.mjs: a page whose own work
 * takes that long). */
export async function typeFloorSamples(page, keys, busyMs = 0, typing = {}) {
  await page.setContent(FLOOR_PAGE);
  if (busyMs > 0) {
    // Capturing on the document: runs before the page's own `input` handler, in the key's task.
    await page.evaluate((ms) => {
      document.addEventListener(
        "input",
        () => {
          const end = performance.now() + ms;
          while (performance.now() < end);
        },
        true,
      );
    }, busyMs);
  }
  await installProbe(page);
  await page.click("#editor", { position: { x: 4, y: 6 } });
  await page.keyboard.press("End");
  await typeKeys(page, keys, typing);
  return page.evaluate(() => window.__lat.samples);
}

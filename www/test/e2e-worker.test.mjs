// End-to-end: a render worker that dies (a crash, out of memory: no event) or errors is found,
// replaced, and the latest edit rendered again; one that dies on every try does not loop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixture } from "./support/fixture.mjs";
import { openPage, waitRendered } from "./support/browser.mjs";

const fx = useFixture();

/** The page on the Summary tab: its renders (with the summary) all go to the worker. */
async function onSummary() {
  const opened = await openPage(fx.browser, fx.server.url);
  await opened.page.click("#tab-summary");
  await waitRendered(opened.page);
  return opened;
}

const replicas = (page) =>
  page.evaluate(() => window.playground.result().resources.find((r) => r.kind === "Deployment").spec.replicas);
const notice = (page) => page.evaluate(() => { const n = document.getElementById("notice"); return n.hidden ? null : n.querySelector("span").textContent; });
const banner = (page) => page.evaluate(() => { const b = document.getElementById("banner"); return b.hidden ? null : b.textContent; });
const edit = (page, from, to) =>
  page.evaluate(([a, b]) => window.playground.setText(window.playground.state().yaml.replace(a, b)), [from, to]);

test("a worker that stops without a word is found by the watchdog, replaced, and the edit renders", async () => {
  const { page, context, log } = await onSummary();
  await page.evaluate(() => window.playground.worker.answerWithin(2000));
  await page.evaluate(() => window.playground.worker.kill());
  await edit(page, "replicas: 1", "replicas: 3");
  // Dead: nothing answers, the busy mark shows.
  await page.waitForFunction(() => document.getElementById("render-status").classList.contains("busy"));
  assert.equal(await notice(page), null);
  await waitRendered(page);
  assert.equal(await notice(page), "The renderer stopped (no answer in 2 s) and was restarted; your latest edit is rendered again.");
  assert.equal(await replicas(page), 3);
  assert.equal(await page.evaluate(() => document.getElementById("render-status").classList.contains("busy")), false);
  assert.match(await page.textContent("#render-status"), /^\d+\.\d ms$/);
  assert.equal(await banner(page), null);
  // The new worker renders the next edit as any.
  await edit(page, "replicas: 3", "replicas: 4");
  await waitRendered(page);
  assert.equal(await replicas(page), 4);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a worker's error event replaces it at once, and its render is re-sent", async () => {
  const { page, context, log } = await onSummary();
  // The error comes while the render is in flight (20 s watchdog: not what finds it).
  await page.evaluate(() => {
    window.playground.setText(window.playground.state().yaml.replace("replicas: 1", "replicas: 5"));
    window.playground.worker.fail();
  });
  await waitRendered(page);
  assert.equal(await notice(page), "The renderer stopped (test: uncaught in the worker) and was restarted; your latest edit is rendered again.");
  assert.equal(await replicas(page), 5);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a render that stops the new worker too is not re-sent in a loop: the banner says so, the next edit renders", async () => {
  const { page, context, log } = await onSummary();
  // The worker dies; the new one, loading, cannot answer within 1 ms: the render and its one
  // re-send both time out.
  await page.evaluate(() => {
    window.playground.worker.kill();
    window.playground.worker.answerWithin(1);
  });
  await edit(page, "replicas: 1", "replicas: 6");
  await page.waitForFunction(() => !document.getElementById("banner").hidden);
  assert.equal(await banner(page), "The renderer stopped again (no answer in 0 s), perhaps out of memory on this input. It restarts with your next edit.");
  assert.equal(await page.textContent("#render-status"), "render failed");
  assert.equal(await page.evaluate(() => document.getElementById("render-status").classList.contains("busy")), false);
  // Nothing more is sent until an edit: the output stays the last one shown.
  await page.waitForTimeout(300);
  assert.equal(await replicas(page), 1);
  assert.equal(await banner(page), "The renderer stopped again (no answer in 0 s), perhaps out of memory on this input. It restarts with your next edit.");
  await page.evaluate(() => window.playground.worker.answerWithin(20_000));
  await edit(page, "replicas: 6", "replicas: 7");
  await waitRendered(page);
  assert.equal(await replicas(page), 7);
  assert.equal(await banner(page), null);
  assert.deepEqual(log.errors, []);
  await context.close();
});

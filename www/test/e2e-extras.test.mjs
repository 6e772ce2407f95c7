// End-to-end: the panels that use the package's explain / summary / diff. Each test runs when
// the package build offers that function and says plainly that it was skipped otherwise.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixture } from "./support/fixture.mjs";
import { openPage, waitRendered, shot } from "./support/browser.mjs";

const fx = useFixture();

test("Summary tab: pods, accelerators and totals", async (t) => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  if (await page.isHidden("#tab-summary")) {
    t.skip("summary() is not in this build of modelservice-render");
    return context.close();
  }
  await page.click("#tab-summary");
  const text = await page.textContent("#panel-summary");
  assert.match(text, /Pods/);
  assert.match(text, /nvidia\.com\/gpu/);
  const cell = (caption, row) =>
    page.locator(`#panel-summary table:has(caption:text-is("${caption}")) tr:has(th:text-is("${row}")) td`).textContent();
  assert.equal(await cell("Pods", "decode"), "1");
  assert.equal(await cell("Objects", "Deployment"), "2");
  await shot(page, "09-summary");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Compare tab: pin a baseline, edit, see what would change", async (t) => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  if (await page.isHidden("#tab-compare")) {
    t.skip("diff() is not in this build of modelservice-render");
    return context.close();
  }
  await page.click("#tab-compare");
  await page.click("#set-baseline");
  await waitRendered(page);
  assert.match(await page.textContent("#panel-compare"), /No changes/);
  await page.locator(".cm-line", { hasText: "replicas: 1" }).first().click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("4");
  await waitRendered(page);
  const change = page.locator(".change", { hasText: "qwen3-0.6b-decode" });
  assert.match(await change.textContent(), /update/);
  assert.match(await change.textContent(), /spec\.replicas/);
  await shot(page, "10-compare");
  // The baseline is part of the shared state.
  assert.ok((await page.evaluate(() => window.playground.state().baseline)).includes("replicas: 1"));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("hovering an output value shows its origin (explain)", async (t) => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.click('.res-item[data-key="Deployment/ml-serving/qwen3-0.6b-decode"]');
  const probe = await page.evaluate(() => window.playground.capabilities());
  if (!probe.explain) {
    t.skip("explain() is not in this build of modelservice-render");
    return context.close();
  }
  const value = page.locator("#yaml-view .cm-line", { hasText: /^  replicas: 1$/ });
  const box = await value.boundingBox();
  await page.mouse.move(box.x + 40, box.y + box.height / 2); // on the key: its value's origin
  const tip = page.locator(".cm-tooltip-hover .origin-doc");
  await tip.waitFor();
  assert.match(await tip.textContent(), /spec\.replicas/);
  assert.match(await tip.textContent(), /spec\.decode\.replicas/);
  await shot(page, "11-origin-hover");
  assert.deepEqual(log.errors, []);
  await context.close();
});

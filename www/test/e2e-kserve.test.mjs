// End-to-end: the KServe tab (headless Chromium). What it shows is exactly the package's
// `migrate` answer, KServe v0.20.0 admits every object it offers (checked in Node with the JS
// suite's validator: CRD schema, undeclared fields, webhook rules), each migration diagnostic
// moves the editor to its ModelService line, and the tab's settings are part of the shared state.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseAllDocuments } from "yaml";
import { migrate } from "../../js/test/support/package.mjs";
import { migratedProblems } from "../../js/test/support/kserve.mjs";
import { useFixture } from "./support/fixture.mjs";
import { openPage, waitRendered, shot } from "./support/browser.mjs";

const fx = useFixture();

/** The objects shown, parsed back from their YAML, and their headings. */
async function shownObjects(page) {
  const yamls = await page.$$eval("#panel-kserve .kserve-yaml", (els) => els.map((e) => e.textContent));
  const heads = await page.$$eval("#panel-kserve .kserve-object", (els) => els.map((e) => `${e.dataset.kind}/${e.dataset.name}`));
  return { objects: yamls.map((y) => parseAllDocuments(y)[0].toJS()), heads };
}

async function openKserve(page) {
  assert.equal(await page.isVisible("#tab-kserve"), true, "the KServe tab is always offered");
  await page.click("#tab-kserve");
  await waitRendered(page);
  await page.locator("#panel-kserve .kserve-object").first().waitFor();
}

test("KServe tab: the migrated objects of the P/D example, admitted by KServe", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.click("#examples-menu > summary");
  await page.click('#examples-list [data-example="pd"]');
  await waitRendered(page);
  await openKserve(page);
  const state = await page.evaluate(() => window.playground.state());
  const want = migrate(state.yaml, state.eppConfig, state.options);
  const { objects, heads } = await shownObjects(page);
  assert.deepEqual(objects, want.resources);
  assert.equal(heads[0], `LLMInferenceService/${want.resources[0].metadata.name}`);
  assert.ok(objects[0].spec.prefill, "the P/D split is carried");
  assert.deepEqual(objects.flatMap(migratedProblems), []);
  // Every migration diagnostic is listed with its ModelService location.
  const listed = await page.$$eval("#panel-kserve .diag", (els) => els.map((e) => [e.dataset.code, Number(e.dataset.line), Number(e.dataset.column)]));
  const sorted = (xs) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  assert.deepEqual(sorted(listed), sorted(want.diagnostics.map((d) => [d.code, d.line, d.column])));
  assert.ok(listed.some(([code]) => code === "migrate/route-match"));
  await shot(page, "12-kserve");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("KServe tab: a diagnostic moves the editor to its line; settings change the output and are shared", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await openKserve(page);
  const yaml = await page.evaluate(() => window.playground.state().yaml);
  const diag = page.locator("#panel-kserve .diag", { hasText: "KServe injects no accelerators" });
  assert.equal(await diag.getAttribute("data-code"), "migrate/gpu-count");
  const line = Number(await diag.getAttribute("data-line"));
  // spec.decode.resources is not in the text: the nearest ancestor, `decode:`.
  assert.equal(line, yaml.split("\n").indexOf("  decode:") + 1);
  await page.locator(".cm-line", { hasText: "kind: ModelService" }).click({ position: { x: 2, y: 4 } });
  await diag.click();
  assert.equal(await page.textContent(".cm-activeLineGutter"), String(line));

  await page.selectOption("#kserve-api-version", "serving.kserve.io/v1alpha1");
  await waitRendered(page);
  await page.fill("#kserve-model-uri", "pvc://models/qwen3");
  await page.press("#kserve-model-uri", "Enter");
  await page.locator("#kserve-model-uri").blur();
  await waitRendered(page);
  await page.waitForFunction(() => window.playground.migrated()?.resources?.[0]?.spec?.model?.uri === "pvc://models/qwen3");
  const { objects } = await shownObjects(page);
  assert.equal(objects[0].apiVersion, "serving.kserve.io/v1alpha1");
  assert.deepEqual(objects[0].spec.model.uri, "pvc://models/qwen3");
  assert.equal(objects[0].spec.storageInitializer, undefined);
  assert.deepEqual(objects.flatMap(migratedProblems), []);
  assert.deepEqual((await page.evaluate(() => window.playground.state())).options.migrate, {
    apiVersion: "serving.kserve.io/v1alpha1",
    modelUri: "pvc://models/qwen3",
  });

  // An unsupported URI is an error: no objects, the error listed.
  await page.fill("#kserve-model-uri", "kit://registry/m:v1");
  await page.locator("#kserve-model-uri").blur();
  await waitRendered(page);
  await page.locator("#panel-kserve .diag", { hasText: "unsupported schema" }).waitFor();
  assert.equal(await page.textContent("#panel-kserve .kserve-objects .empty"), "No objects (fix the errors first).");
  // Download then says why there is nothing, as Download all does, instead of doing nothing.
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.click("#kserve-download");
  await page.waitForFunction(() => document.getElementById("flash").textContent === "Fix the errors first");
  assert.equal(downloaded, false);
  assert.deepEqual(log.errors, []);
  await context.close();
});

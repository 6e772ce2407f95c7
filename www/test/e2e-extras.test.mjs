// End-to-end: the panels built on the package's summary / diff / explain. The package always
// ships these functions, so the tabs are always there: each test asserts the tab exists and what
// it shows, exactly (the minimal example is EPP-G1, shared/spec/cases.md §6.1).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixture } from "./support/fixture.mjs";
import { openPage, waitRendered, shot } from "./support/browser.mjs";

const fx = useFixture();

/** Every `table.kv` of a panel as {caption: {row: cell}}. */
function tables(page, panel) {
  return page.$$eval(`${panel} table.kv`, (els) =>
    Object.fromEntries(
      els.map((t) => [
        t.querySelector("caption").textContent,
        Object.fromEntries([...t.querySelectorAll("tr")].map((r) => [r.querySelector("th").textContent, r.querySelector("td").textContent])),
      ]),
    ),
  );
}

/** The Compare list as [action, kind, name, rollout, paths]. */
function changes(page) {
  return page.$$eval("#panel-compare .change", (els) =>
    els.map((e) => [
      e.querySelector(".change-action").textContent,
      e.querySelector(".res-kind").textContent,
      e.querySelector(".res-name").textContent,
      e.querySelector(".rollout") !== null,
      [...e.querySelectorAll(".change-paths li")].map((li) => li.textContent),
    ]),
  );
}

test("Summary tab: pods, accelerators, totals and objects of the minimal example", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  assert.equal(await page.isVisible("#tab-summary"), true, "the Summary tab is always offered");
  await page.click("#tab-summary");
  await page.locator("#panel-summary table.kv").first().waitFor();
  assert.deepEqual(await tables(page, "#panel-summary"), {
    Pods: { decode: "1", prefill: "0", EPP: "1" },
    Accelerators: { "nvidia.com/gpu": "1" },
    "Requests (total)": { cpu: "4", memory: "8Gi" },
    "Limits (total)": { cpu: "unbounded", memory: "unbounded" },
    Objects: {
      Deployment: "2", ConfigMap: "1", DestinationRule: "1", HTTPRoute: "1", InferencePool: "1", PodMonitor: "1",
      Role: "1", RoleBinding: "1", Service: "1", ServiceAccount: "1",
    },
  });
  await shot(page, "09-summary");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Compare tab: pin a baseline, edit, see exactly what would change", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  assert.equal(await page.isVisible("#tab-compare"), true, "the Compare tab is always offered");
  await page.click("#tab-compare");
  await page.click("#set-baseline");
  await waitRendered(page);
  assert.equal(await page.textContent("#panel-compare .empty"), "No changes from the baseline.");
  assert.deepEqual(await changes(page), []);
  await page.locator(".cm-line", { hasText: "replicas: 1" }).first().click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("4");
  await waitRendered(page);
  await page.locator("#panel-compare .change").first().waitFor();
  assert.deepEqual(await changes(page), [["update", "Deployment", "qwen3-0.6b-decode", false, ["spec.replicas"]]]);
  await shot(page, "10-compare");
  // The baseline is part of the shared state.
  assert.ok((await page.evaluate(() => window.playground.state().baseline)).includes("replicas: 1"));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Compare tab: an error in the spec or in the baseline is said, never shown as no changes", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const yaml = await page.evaluate(() => window.playground.state().yaml);
  const line = yaml.split("\n").indexOf("    replicas: 1") + 1;
  const note = () => page.textContent("#panel-compare .empty");
  const settle = async () => {
    await waitRendered(page);
    await page.waitForFunction(() => document.querySelector("#panel-compare .empty, #panel-compare .change"));
  };
  await page.click("#tab-compare");
  await page.click("#set-baseline");
  await settle();
  assert.equal(await note(), "No changes from the baseline.");
  // The current spec breaks: the diff has nothing to compare.
  await page.evaluate((t) => window.playground.setText(t), yaml.replace("replicas: 1", "replicas: x"));
  await settle();
  assert.equal(await note(), `The current spec has an error (line ${line}: expected an integer, got string "x"): fix it under Problems to compare.`);
  assert.deepEqual(await changes(page), []);
  // Pinned while broken: the baseline is what cannot be compared against, whatever the spec says.
  await page.click("#set-baseline");
  await page.evaluate((t) => window.playground.setText(t), yaml.replace("replicas: 1", "replicas: 3"));
  await settle();
  assert.equal(await note(), `The baseline has an error (line ${line}: expected an integer, got string "x"): nothing to compare against. Pin a spec that renders.`);
  // A valid baseline again: the change shows.
  await page.click("#set-baseline");
  await page.evaluate((t) => window.playground.setText(t), yaml.replace("replicas: 1", "replicas: 4"));
  await settle();
  assert.deepEqual(await changes(page), [["update", "Deployment", "qwen3-0.6b-decode", false, ["spec.replicas"]]]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Summary and Compare, opened before their render is back, say so instead of a wrong result", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  // What the tab shows in the click's own task: the objects' render had no summary.
  const openNow = (t) => page.evaluate((id) => {
    document.getElementById(`tab-${id}`).click();
    return document.querySelector(`#panel-${id} .empty`)?.textContent ?? null;
  }, t);
  assert.equal(await openNow("summary"), "Computing…");
  await page.locator("#panel-summary table.kv").first().waitFor();
  await openNow("compare");
  await page.click("#set-baseline");
  await page.waitForFunction(() => document.querySelector("#panel-compare .empty")?.textContent === "No changes from the baseline.");
  await page.click("#tab-objects");
  await page.evaluate(() => window.playground.setText(window.playground.state().yaml.replace("replicas: 1", "replicas: 4")));
  await waitRendered(page);
  // Not "No changes from the baseline.": the diff of this edit is not computed yet.
  assert.equal(await openNow("compare"), "Comparing…");
  await page.locator("#panel-compare .change").first().waitFor();
  assert.deepEqual(await changes(page), [["update", "Deployment", "qwen3-0.6b-decode", false, ["spec.replicas"]]]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("hovering an output value shows its origin (explain)", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.click('.res-item[data-key="Deployment/ml-serving/qwen3-0.6b-decode"]');
  const value = page.locator("#yaml-view .cm-line", { hasText: /^  replicas: 1$/ });
  const box = await value.boundingBox();
  await page.mouse.move(box.x + 40, box.y + box.height / 2); // on the key: its value's origin
  const tip = page.locator(".cm-tooltip-hover .origin-doc");
  await tip.waitFor();
  assert.equal(await tip.getAttribute("data-origin"), "spec");
  assert.deepEqual(await tip.evaluate((e) => [...e.children].map((c) => c.textContent)), [
    "spec.replicas",
    "from the ModelService spec",
    "from: spec.decode.replicas",
  ]);
  await shot(page, "11-origin-hover");
  assert.deepEqual(log.errors, []);
  await context.close();
});

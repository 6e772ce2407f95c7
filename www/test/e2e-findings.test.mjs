// End-to-end (issue 12): findings about what the cluster does with the objects show in the
// playground, located, while the objects still render when nothing is rejected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { useFixture } from "./support/fixture.mjs";
import { openPage, waitRendered, shot, listedObjects } from "./support/browser.mjs";

const fx = useFixture();
const corpus = (f) => readFileSync(fileURLToPath(new URL(`../../tests/corpus/${f}`, import.meta.url)), "utf8");

/** `[code, line, column]` of every listed diagnostic of `severity`. */
const listed = (page, severity) =>
  page.$$eval(`.diag-${severity}`, (els) => els.map((e) => [e.dataset.code, Number(e.dataset.line), Number(e.dataset.column)]));

test("a port clash inside a pod: every object renders, the warning is listed at its line", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.evaluate((t) => window.playground.setText(t), corpus("warning/01-proxy-port-conflict.yaml"));
  await waitRendered(page);
  assert.deepEqual(await listed(page, "error"), []);
  assert.deepEqual(await listed(page, "warning"), [["proxy-port-conflict", 15, 5]]);
  assert.equal((await listedObjects(page)).length, 11);
  assert.equal(await page.isVisible("#stale-note"), false);
  assert.match(await page.textContent(".diag-warning"), /the decode pods crash-loop/);
  await shot(page, "12-port-clash-warning");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("tensor × dataLocal past int32: the wrap is reported at parallelism, objects still render", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const text = corpus("warning/01-proxy-port-conflict.yaml").replace(
    "  decode: {}\n  routingProxy:\n    targetPort: 8000\n",
    "  decode:\n    parallelism: {tensor: 65536, data: 65536, dataLocal: 65536}\n",
  );
  await page.evaluate((t) => window.playground.setText(t), text);
  await waitRendered(page);
  assert.deepEqual(await listed(page, "error"), []);
  assert.deepEqual(await listed(page, "warning"), [["gpu-count-overflow", 14, 5]]);
  assert.match(await page.textContent(".diag-warning"), /wraps to 0, so it injects no nvidia\.com\/gpu at all/);
  assert.equal((await listedObjects(page)).length, 11);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("empty omitempty strings are not in the rendered objects (as the Go client sends them)", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.evaluate((t) => window.playground.setText(t), corpus("good/empty-strings.yaml"));
  await waitRendered(page);
  assert.deepEqual(await listed(page, "error"), []);
  const pod = await page.evaluate(
    () => window.playground.result().resources.find((r) => r.metadata.name === "qwen3-decode").spec.template.spec,
  );
  assert.deepEqual(pod.containers[0].env.slice(3), [
    { name: "EMPTY" },
    { name: "POD", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
    { name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.memory" } } },
  ]);
  assert.deepEqual(pod.tolerations, [{ operator: "Exists" }]);
  await page.click('.res-item[data-key="Deployment/ml-serving/qwen3-decode"]');
  const yaml = await page.textContent("#yaml-view");
  assert.match(yaml, /- name: EMPTY/);
  assert.doesNotMatch(yaml, /apiVersion: ""|containerName: ""|value: ""/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("an llm-d image past a release boundary: the warning at the image line, objects rendered", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const text = corpus("warning/03-epp-health-port.yaml")
    .replace("  decode: {}\n", "  decode: {}\n  prefill: {}\n  routingProxy: {}\n")
    .replace("      port: 9003\n", "      image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0\n");
  await page.evaluate((t) => window.playground.setText(t), text);
  await waitRendered(page);
  assert.deepEqual(await listed(page, "error"), []);
  assert.deepEqual(await listed(page, "warning"), [["image-epp-pd-gate-removed", 18, 7]]);
  const warning = await page.textContent(".diag-warning");
  assert.match(warning, /feature gate prepareDataPlugins/);
  assert.match(warning, /ghcr\.io\/llm-d\/llm-d-inference-scheduler:v0\.7\.1/);
  assert.equal((await listedObjects(page)).length, 16);
  await shot(page, "13-image-boundary");
  assert.deepEqual(log.errors, []);
  await context.close();
});

// End-to-end: YAML as kubectl reads it (issue 12 §1, §5) in the playground. Unquoted scalars that
// kubectl reads differently are flagged where they are written; what the page shows, copies and
// downloads reads back, through the real kubectl reader, as the objects it rendered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useFixture } from "./support/fixture.mjs";
import { openPage, waitRendered } from "./support/browser.mjs";
import { kubectlRead, kubectlReadOne } from "../../js/test/support/kubectl-yaml.mjs";

const fx = useFixture();

const SPEC = (env, selector, annotationKey) => `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3-0.6b
  namespace: ml-serving
spec:
  model:
    name: Qwen/Qwen3-0.6B
    image: registry.example.com/models/qwen3:v1
  engine:
    port: 8000
    env:
      - name: MODE
        value: ${env}
  accelerator:
    type: nvidia
  decode:
    replicas: 1
    nodeSelector:
      gpu: ${selector}
    annotations:
      ${annotationKey}: "0755"
`;

/** The Problems list as [code, severity, line, column]. */
const problems = (page) =>
  page.$$eval(".diag", (els) => els.map((e) => [e.dataset.code, e.className.match(/diag-(error|warning|info)/)?.[1], Number(e.dataset.line), Number(e.dataset.column)]));

test("unquoted scalars kubectl reads differently are flagged in place; quoting them clears it", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.evaluate((t) => window.playground.setText(t), SPEC("on", "yes", "on"));
  await waitRendered(page);
  assert.deepEqual(await problems(page), [
    ["input/ambiguous-scalar", "error", 14, 16], // a boolean in an env value: rejected
    ["input/ambiguous-scalar", "error", 20, 12], // a boolean in a nodeSelector value: rejected
    ["input/ambiguous-scalar", "warning", 22, 7], // the key `on` becomes "true": accepted
  ]);
  const first = page.locator(".diag").first();
  assert.match(await first.textContent(), /kubectl reads on as the boolean true \(YAML 1\.1\); YAML 1\.2 reads the string "on"/);
  assert.match(await first.textContent(), /quote it to keep the text: "on"/);
  assert.equal(await page.locator(".res-item").count() > 0, true, "the last valid output stays");

  await page.evaluate((t) => window.playground.setText(t), SPEC('"on"', '"yes"', '"on"'));
  await waitRendered(page);
  assert.deepEqual(await problems(page), [["epp-default-resources", "info", 6, 1]]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the YAML view, copy and download-all read back through kubectl's reader as the rendered objects", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: fx.server.url });
  await page.evaluate((t) => window.playground.setText(t), SPEC('"on"', '"yes"', '"on"'));
  await waitRendered(page);
  await page.click('.res-item[data-key="Deployment/ml-serving/qwen3-0.6b-decode"]');
  // Copy puts the YAML view's whole text on the clipboard (the view itself draws only what is on screen).
  await page.click("#copy-selected");
  await page.waitForFunction(() => document.getElementById("flash").textContent === "Copied");
  const view = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(view, /\n {14}value: "on"\n/);
  assert.match(view, /\n {8}gpu: "yes"\n/);
  assert.match(view, /\n {8}"on": "0755"\n/);
  const decode = (await page.evaluate(() => window.playground.result().resources)).find((r) => r.metadata.name === "qwen3-0.6b-decode");
  assert.deepEqual(kubectlReadOne(view), decode);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-all")]);
  const shown = await page.evaluate(() => window.playground.result().resources);
  assert.deepEqual(kubectlRead(await readFile(await download.path(), "utf8")), shown.map((json) => ({ json })));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a lone surrogate is reported at its field, in words, not as a JSON error", async () => {
  const { page, context } = await openPage(fx.browser, fx.server.url);
  await page.evaluate((t) => window.playground.setText(t), SPEC('"a\\ud800b"', '"yes"', "note"));
  await waitRendered(page);
  assert.deepEqual(await problems(page), [["input/lone-surrogate", "error", 14, 16]]);
  assert.match(await page.locator(".diag").first().textContent(), /this text holds \\ud800, half of a UTF-16 surrogate pair without its other half/);
  await context.close();
});

// The Monaco example end to end: `vite build`, serve dist/ on 127.0.0.1, open it in headless
// Chromium and use the editor as a person would: the markers are lint's (severity and range), hover
// shows the schema's docs, completion offers the schema's fields, the objects follow the text.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { lint, schema } from "modelservice-render";
import { chromium } from "playwright-core";
import { build } from "vite";
import { serve } from "../../../www/test/support/server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SAMPLE = readFileSync(join(ROOT, "../minimal.yaml"), "utf8");
// Hang guard for the editor's asynchronous work (workers, schema, widgets): far above what it takes.
const GUARD = { timeout: 60_000 };

let server;
let browser;
let page;
const errors = [];

before(async () => {
  await build({ root: ROOT, logLevel: "warn", configFile: join(ROOT, "vite.config.mjs") });
  server = await serve(join(ROOT, "dist"));
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (make browsers)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Nothing may leave 127.0.0.1: no CDN, no schema download.
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (["data:", "blob:"].includes(u.protocol) || u.hostname === "127.0.0.1") return route.continue();
    errors.push(`external request: ${u.href}`);
    return route.abort();
  });
  page = await context.newPage();
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && errors.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.state !== undefined, null, GUARD);
  assert.equal(await page.evaluate(() => document.body.dataset.state), "ready", await page.textContent("#status"));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Replaces the editor's text and waits until the page shows the render of exactly that text. */
async function setText(text) {
  await page.evaluate((t) => window.modelServiceEditor.model.setValue(t), text);
  await page.waitForFunction(() => document.body.dataset.version === String(window.modelServiceEditor.model.getVersionId()), null, GUARD);
}

const markers = () =>
  page.evaluate(() =>
    window.modelServiceEditor.monaco.editor.getModelMarkers({ owner: "modelservice" }).map((m) => ({
      severity: m.severity, code: m.code, line: m.startLineNumber, column: m.startColumn, endColumn: m.endColumn,
    })),
  );

test("vite build bundles Monaco, its workers, the render worker and the .wasm", async () => {
  const assets = await readdir(join(ROOT, "dist/assets"));
  for (const prefix of ["editor.worker-", "yaml.worker-", "render.worker-", "modelservice_render_bg-"]) {
    assert.equal(assets.filter((f) => f.startsWith(prefix)).length, 1, `${prefix} in ${assets}`);
  }
});

test("the sample renders: its objects are listed; lint's one info is a marker", async () => {
  await page.waitForFunction(() => document.body.dataset.version !== undefined, null, GUARD);
  const objects = await page.$$eval("#objects summary", (els) => els.map((e) => e.textContent));
  assert.deepEqual(objects.slice(0, 2), ["Deployment qwen3-0.6b-decode", "ServiceAccount qwen3-0-6b-epp"]);
  assert.equal(objects.length, 11);
  assert.equal(await page.textContent("#status"), "11 objects");
  assert.deepEqual(
    lint(SAMPLE).map((d) => [d.code, d.line, d.column]),
    [["epp-default-resources", 8, 1]],
  );
  assert.deepEqual(await markers(), [{ severity: 2, code: "epp-default-resources", line: 8, column: 1, endColumn: 6 }]);
});

test("a typo and a wrong type: lint's errors as markers (severity, range), drawn as squiggles; no objects", async () => {
  const bad = SAMPLE.replace("    replicas: 1\n", "    replicas: two\n    paralelism: {tensor: 2}   # typo\n");
  await setText(bad);
  const found = lint(bad).filter((d) => d.severity === "error").map((d) => [d.code, d.line, d.column]);
  assert.deepEqual(found, [["schema/unknown-field", 18, 5], ["schema/type", 17, 5]]);
  assert.deepEqual(
    (await markers()).filter((m) => m.severity === 8),
    [
      { severity: 8, code: "schema/unknown-field", line: 18, column: 5, endColumn: 28 },
      { severity: 8, code: "schema/type", line: 17, column: 5, endColumn: 18 },
    ],
  );
  await page.waitForSelector(".squiggly-error", GUARD);
  assert.equal(await page.textContent("#status"), "2 errors: no objects");
  assert.deepEqual(await page.$$eval("#objects li", (els) => els.length), 0);
  assert.deepEqual(await page.$$eval("#problems li[data-severity=error]", (els) => els.map((e) => e.textContent.split(": ")[0])), [
    "18:5 error schema/unknown-field",
    "17:5 error schema/type",
  ]);
});

test("typing: the markers and the objects follow each keystroke", async () => {
  await setText(SAMPLE);
  await page.evaluate(() => {
    const { editor, model } = window.modelServiceEditor;
    editor.setPosition({ lineNumber: 17, column: model.getLineMaxColumn(17) }); // after `replicas: 1`
    editor.focus();
  });
  const typed = async (keys) => {
    for (const key of keys) await page.keyboard.press(key);
    await page.waitForFunction(() => document.body.dataset.version === String(window.modelServiceEditor.model.getVersionId()), null, GUARD);
  };
  await typed(["Backspace", "x"]);
  assert.equal(await page.evaluate(() => window.modelServiceEditor.model.getLineContent(17)), "    replicas: x");
  assert.deepEqual((await markers()).filter((m) => m.severity === 8), [{ severity: 8, code: "schema/type", line: 17, column: 5, endColumn: 16 }]);
  assert.equal(await page.textContent("#status"), "1 error: no objects");
  await typed(["Backspace", "3"]);
  assert.deepEqual((await markers()).filter((m) => m.severity === 8), []);
  assert.equal(await page.textContent("#status"), "11 objects");
  const decode = await page.$eval("#objects li[data-kind=Deployment] pre", (e) => JSON.parse(e.textContent).spec.replicas);
  assert.equal(decode, 3);
});

test("hover over a field shows its documentation from the schema", async () => {
  await setText(SAMPLE);
  await page.evaluate(() => {
    const { editor } = window.modelServiceEditor;
    editor.setPosition({ lineNumber: 17, column: 7 }); // `replicas` under decode
    editor.focus();
    editor.trigger("test", "editor.action.showHover", {});
  });
  await page.waitForSelector(".monaco-hover-content", { state: "visible", ...GUARD });
  const text = await page.textContent(".monaco-hover-content");
  assert.ok(text.includes(schema().properties.spec.properties.decode.properties.replicas.description), text);
});

test("completion offers the fields of the object under the cursor", async () => {
  await setText(`${SAMPLE}    `);
  await page.evaluate(() => {
    const { editor, model } = window.modelServiceEditor;
    editor.setPosition({ lineNumber: model.getLineCount(), column: 5 });
    editor.focus();
    editor.trigger("test", "editor.action.triggerSuggest", {});
  });
  await page.waitForSelector(".suggest-widget .monaco-list-row", { state: "visible", ...GUARD });
  const labels = await page.$$eval(".suggest-widget .monaco-list-row .label-name", (els) => els.map((e) => e.textContent));
  // `replicas` is already there; the others of spec.decode are offered.
  const decode = Object.keys(schema().properties.spec.properties.decode.properties).filter((k) => k !== "replicas");
  assert.deepEqual([...labels].sort(), decode.sort());
  await page.keyboard.press("Escape");
});

test("no console errors or warnings, no request leaves 127.0.0.1", () => {
  assert.deepEqual(errors, []);
  assert.deepEqual(server.requests.filter(([status]) => status !== 200), []);
});

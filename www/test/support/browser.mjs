// Headless Chromium via playwright-core, and a page wrapper that records everything the
// end-to-end tests assert on: console errors, failed or 4xx/5xx requests, requests that tried to
// leave 127.0.0.1 (aborted by route interception), and dialogs (an XSS payload would open one).
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = fileURLToPath(new URL("../../../test-output/www/", import.meta.url));

export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (make browsers)`);
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const LOCAL = new Set(["127.0.0.1"]);

/** Opens `url` in a fresh context (empty localStorage) and watches it. */
export async function openPage(
  browser,
  url,
  { colorScheme = "light", viewport = { width: 1440, height: 900 }, setup = null, wait = true } = {},
) {
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads: true });
  const log = { errors: [], external: [], failed: [], dialogs: [] };
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === "data:" || u.protocol === "blob:" || LOCAL.has(u.hostname)) return route.continue();
    log.external.push(u.href);
    return route.abort();
  });
  if (setup) await setup(context);
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") log.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (!r.url().startsWith("blob:")) log.failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) log.failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  if (wait) await waitRendered(page);
  return { page, context, log };
}

/**
 * Waits until the output shows a render of the editor's current text. A render that answered an
 * `internal` diagnostic (a crash the package caught: a wasm trap, a bug) fails the test.
 */
export async function waitRendered(page) {
  await page.waitForFunction(() => {
    const out = document.getElementById("output");
    if (!out) return false;
    const input = Number(out.dataset.inputRev ?? "0");
    return out.dataset.renderedRev !== undefined && Number(out.dataset.renderedRev) >= input && input > 0;
  });
  const crashes = await page.evaluate(() => (window.playground.result()?.diagnostics ?? []).filter((d) => d.code === "internal"));
  assert.deepEqual(crashes, [], "the render answered an `internal` diagnostic");
}

export async function shot(page, name) {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** `Kind · name` of every object in the output list. */
export async function listedObjects(page) {
  return page.$$eval(".res-item", (els) => els.map((e) => `${e.dataset.kind}/${e.dataset.name}`));
}

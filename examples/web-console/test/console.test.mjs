// The example console end to end: `vite build`, serve dist/ on 127.0.0.1, open it in headless
// Chromium (flags as in www/test/support/browser.mjs) and check what it lists.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";
import { render } from "modelservice-render";
import { SAMPLE } from "../src/sample.js";
import { kubectlRead } from "../../../js/test/support/kubectl-yaml.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = join(ROOT, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };

// EPP-G1 (shared/spec/cases.md §6.1) in reconcile order.
const EXPECTED = [
  "Deployment qwen3-0.6b-decode",
  "ServiceAccount qwen3-0-6b-epp",
  "ConfigMap qwen3-0-6b-epp-config",
  "Deployment qwen3-0-6b-epp",
  "Service qwen3-0-6b-epp",
  "Role qwen3-0-6b-epp",
  "RoleBinding qwen3-0-6b-epp",
  "InferencePool qwen3-0.6b",
  "HTTPRoute qwen3-0.6b",
  "DestinationRule qwen3-0-6b-epp",
  "PodMonitor qwen3-0.6b-decode",
];

/** A static server for `dir` on 127.0.0.1 and a free port; logs `[status, path]`. */
async function serve(dir) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = resolve(join(dir, path === "/" ? "index.html" : path));
    try {
      if (!file.startsWith(dir + sep)) throw new Error("outside");
      const body = await readFile(file);
      requests.push([200, path]);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      requests.push([404, path]);
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

let server;
let browser;
before(async () => {
  await build({ root: ROOT, logLevel: "warn", configFile: join(ROOT, "vite.config.mjs") });
  server = await serve(DIST);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (make browsers)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("vite build bundles the package and its .wasm", async () => {
  const assets = await readdir(join(DIST, "assets"));
  assert.equal(assets.filter((f) => f.endsWith(".wasm")).length, 1, String(assets));
  assert.equal(assets.filter((f) => f.endsWith(".js")).length, 1, String(assets));
  assert.match(await readFile(join(DIST, "index.html"), "utf8"), /<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js">/);
});

test("renders the sample ModelService on load and lists its objects; no console errors", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.state !== undefined);
  assert.equal(await page.evaluate(() => document.body.dataset.state), "ready", await page.textContent("#status"));

  assert.deepEqual(await page.$$eval("#objects li", (els) => els.map((e) => e.textContent)), EXPECTED);
  assert.equal(await page.textContent("#status"), "11 objects");
  // The only finding is the info about the default EPP's resources, located in the text.
  assert.deepEqual(await page.$$eval("#diagnostics li", (els) => els.map((e) => e.textContent.split(": ")[0])), [
    "6:1 info epp-default-resources",
  ]);
  // The manifests shown read back, through kubectl's reader, as the objects the package renders.
  const manifests = await page.textContent("#manifests");
  assert.match(manifests, /\n {14}value: "yes"\n/);
  assert.deepEqual(kubectlRead(manifests), render(SAMPLE).resources.map((json) => ({ json })));
  assert.deepEqual(errors, []);
  // Everything came from this server: the page, the bundle and the wasm.
  assert.deepEqual(server.requests.filter(([status]) => status !== 200), []);
  assert.ok(server.requests.some(([, p]) => p.endsWith(".wasm")), JSON.stringify(server.requests));
  await page.close();
});

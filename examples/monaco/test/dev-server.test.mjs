// `npx vite` (the dev server; README: "cd examples/monaco && npm ci && npx vite"): the render worker loads the package's .wasm by URL
// (`new URL("../wasm/web/modelservice_render_bg.wasm", import.meta.url)` in src/browser.mjs). The
// package is linked from ../../js, outside the project, where Vite's server.fs.allow refuses files
// with 403 unless vite.config.mjs allows them. No browser: the URLs the page would request, over HTTP.
import assert from "node:assert/strict";
import { readFileSync, realpathSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// No file watcher (`watch: null`). Vite can still leave handles behind after close() (its esbuild
// service, an fs watcher): package.json runs the tests with --test-force-exit.

test("the dev server serves the package's modules and its .wasm (200, application/wasm, the bytes)", async () => {
  const server = await createServer({
    root: ROOT,
    configFile: `${ROOT}vite.config.mjs`,
    logLevel: "silent",
    server: { host: "127.0.0.1", port: 0, watch: null },
    optimizeDeps: { noDiscovery: true },
  });
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    const get = (path) => fetch(`http://127.0.0.1:${port}${path}`);
    // The module the page imports for "modelservice-render" (the browser entry), as Vite rewrites it.
    const entry = realpathSync(fileURLToPath(import.meta.resolve("modelservice-render/package.json").replace(/package\.json$/, "src/browser.mjs")));
    const module = await get(`/@fs${entry}`);
    assert.equal(module.status, 200);
    const [, wasmUrl] = /new URL\("([^"]+\.wasm)", import\.meta\.url\)/.exec(await module.text()) ?? [];
    assert.ok(wasmUrl, "src/browser.mjs names its .wasm");
    const wasm = await get(wasmUrl);
    assert.equal(wasm.status, 200, `${wasmUrl}: ${wasm.status}`);
    assert.equal(wasm.headers.get("content-type"), "application/wasm");
    const bytes = Buffer.from(await wasm.arrayBuffer());
    assert.ok(bytes.equals(readFileSync(entry.replace(/src\/browser\.mjs$/, "wasm/web/modelservice_render_bg.wasm"))));
  } finally {
    await server.close();
  }
});


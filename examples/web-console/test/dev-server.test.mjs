// `npx vite` (the dev server, package.json "dev"): the page loads the package's .wasm by URL
// (`new URL("../wasm/web/modelservice_render_bg.wasm", import.meta.url)` in src/browser.mjs). The
// package is linked from ../../js, outside the project, where Vite's server.fs.allow refuses files
// with 403 unless vite.config.mjs allows them. No browser: the URLs the page would request, over HTTP.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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

// Installed from the registry (a real directory in node_modules, not this link), the package is
// pre-bundled by the dev server into node_modules/.vite/deps/, where the relative .wasm URL no
// longer points at the file (vitejs/vite#8427: the page gets index.html, "expected magic word");
// README ("JavaScript", Vite) has users exclude it from optimizeDeps. That set-up, checked here.
test("installed (not linked), the package works in the dev server with optimizeDeps.exclude, as README says", async () => {
  const project = mkdtempSync(join(tmpdir(), "msr-vite-installed-"));
  const pkgDir = join(project, "node_modules", "modelservice-render");
  const linked = realpathSync(join(ROOT, "node_modules", "modelservice-render"));
  mkdirSync(pkgDir, { recursive: true });
  for (const f of ["package.json", "src", "wasm"]) cpSync(join(linked, f), join(pkgDir, f), { recursive: true });
  // Its dependencies, where npm would put them.
  const requireFromPkg = createRequire(join(linked, "package.json"));
  for (const dep of ["yaml", "tinyglobby"]) symlinkSync(dirname(requireFromPkg.resolve(`${dep}/package.json`)), join(project, "node_modules", dep));
  writeFileSync(join(project, "index.html"), '<!doctype html><script type="module" src="/main.js"></script>\n');
  writeFileSync(join(project, "main.js"), 'import { init, render } from "modelservice-render";\nawait init();\nrender("{}");\n');
  const server = await createServer({
    root: project,
    configFile: false,
    logLevel: "silent",
    server: { host: "127.0.0.1", port: 0, watch: null },
    optimizeDeps: { exclude: ["modelservice-render"] }, // README's line
  });
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    const get = (path) => fetch(`http://127.0.0.1:${port}${path}`);
    const main = await (await get("/main.js")).text();
    const [, entryUrl] = /from "([^"]+)"/.exec(main);
    assert.match(entryUrl, /^\/node_modules\/modelservice-render\/src\/browser\.mjs/);
    const [, wasmUrl] = /new URL\("([^"]+\.wasm)", import\.meta\.url\)/.exec(await (await get(entryUrl)).text()) ?? [];
    assert.equal(wasmUrl, "/node_modules/modelservice-render/wasm/web/modelservice_render_bg.wasm");
    const wasm = await get(wasmUrl);
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers.get("content-type"), "application/wasm");
    assert.ok(Buffer.from(await wasm.arrayBuffer()).equals(readFileSync(join(pkgDir, "wasm/web/modelservice_render_bg.wasm"))));
  } finally {
    await server.close();
  }
});

// The package's entry points: CommonJS `require`, the browser entry's `init`/`initSync`, and the
// package metadata (publint).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { EPP_G1, EPP_G1_HASH } from "./fixtures.mjs";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const wasmPath = new URL("../wasm/web/modelservice_render_bg.wasm", import.meta.url);

describe("entries", () => {
  it("require() gives a ready API (CommonJS entry)", () => {
    const require = createRequire(import.meta.url);
    const cjs = require("modelservice-render");
    assert.equal(require.resolve("modelservice-render"), `${pkgDir}dist/index.cjs`);
    assert.equal(cjs.render(EPP_G1).configHash, EPP_G1_HASH);
    assert.equal(cjs.operatorVersion, "v1.0.1");
    assert.equal(typeof cjs.init, "function");
    assert.equal(cjs.toYaml({ v: "on" }), 'v: "on"\n');
    assert.throws(() => cjs.render(1), TypeError);
  });

  it("require() of the settings table gives what import() gives (CommonJS entry)", async () => {
    const require = createRequire(import.meta.url);
    assert.equal(require.resolve("modelservice-render/settings"), `${pkgDir}dist/settings.cjs`);
    const cjs = require("modelservice-render/settings");
    const esm = await import("modelservice-render/settings");
    assert.deepEqual(Object.keys(cjs).sort(), ["operatorVersions", "providers", "settings"]);
    assert.deepEqual({ ...cjs }, { ...esm });
    assert.deepEqual(cjs.operatorVersions, ["v1.0.1", "v0.9.0-alpha.2"]);
  });

  it("the tarball ships a README of the package's sections and the license text", () => {
    const r = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: pkgDir, encoding: "utf8" });
    const files = JSON.parse(r)[0].files.map((f) => f.path);
    for (const f of ["README.md", "LICENSE", "package.json", "dist/index.cjs", "dist/settings.cjs", "dist/settings.d.cts"]) assert.ok(files.includes(f), `${f} in ${files}`);
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    assert.ok(readme.startsWith("# modelservice-render\n\nTurns an OtterScale `ModelService` into exactly"), readme.slice(0, 120));
    assert.deepEqual(readme.match(/^## .*/gm), ["## JavaScript", "## Command line"]);
    assert.ok(readme.includes('import { render, lint } from "modelservice-render";'));
    const license = readFileSync(new URL("../LICENSE", import.meta.url), "utf8");
    assert.match(license, /^\s*Apache License\n\s*Version 2\.0, January 2004\n/);
    assert.equal(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).license, "Apache-2.0");
  });

  it("the browser entry needs init(), which is idempotent and accepts bytes", async () => {
    const web = await import("../src/browser.mjs");
    assert.throws(() => web.render(EPP_G1), /call `await init\(\)`/);
    assert.equal(web.operatorVersion, undefined);
    const bytes = readFileSync(wasmPath);
    await Promise.all([web.init(bytes), web.init(bytes)]);
    await web.init();
    web.initSync(bytes);
    assert.equal(web.operatorVersion, "v1.0.1");
    assert.equal(web.render(EPP_G1).configHash, EPP_G1_HASH);
    assert.equal(web.lint("a: [").at(0).code, "input/yaml-syntax");
  });

  it("the browser entry's initSync takes a compiled WebAssembly.Module (fresh process)", () => {
    const script = `
      import { readFileSync } from "node:fs";
      import * as web from ${JSON.stringify(new URL("../src/browser.mjs", import.meta.url).href)};
      web.initSync(new WebAssembly.Module(readFileSync(new URL(${JSON.stringify(wasmPath.href)}))));
      process.stdout.write(web.render(${JSON.stringify(JSON.stringify(EPP_G1))}).configHash);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    assert.equal(out, EPP_G1_HASH);
  });

  it("the browser entry's init() takes a WebAssembly.Module and a Response (fresh process)", () => {
    const script = `
      import { readFileSync } from "node:fs";
      import * as web from ${JSON.stringify(new URL("../src/browser.mjs", import.meta.url).href)};
      const bytes = readFileSync(new URL(${JSON.stringify(wasmPath.href)}));
      await web.init(new Response(bytes, { headers: { "content-type": "application/wasm" } }));
      await web.init(new WebAssembly.Module(bytes));
      process.stdout.write(web.operatorVersion);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    assert.equal(out, "v1.0.1");
  });

  it("the Node entry's exports are exactly the public API", async () => {
    const node = await import("modelservice-render");
    assert.deepEqual(Object.keys(node).sort(), [
      "defaults", "diff", "explain", "init", "initSync", "lint", "migrate", "names", "observeStatus", "operatorVersion", "render", "schema", "summary",
      "toYaml", "toYamlStream",
    ]);
    const web = await import("../src/browser.mjs");
    assert.deepEqual(Object.keys(web).sort(), Object.keys(node).sort());
  });

  it("package.json passes publint --strict", async () => {
    const { publint } = await import("publint");
    const { messages } = await publint({ pkgDir, strict: true, pack: "npm" });
    assert.deepEqual(messages, []);
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ["tinyglobby", "yaml"]);
    assert.equal(pkg.sideEffects, false);
    assert.equal(pkg.engines.node, ">=20");
  });
});

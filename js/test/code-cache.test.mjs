// The CLI's code cache (bin/code-cache.cjs): written after a command's first run, used by the
// next, rejected and rewritten when V8 refuses it, never read from or written to a directory
// others can write; the output is the same whichever way the bundle was compiled.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { cacheDir, cacheName } from "../bin/code-cache.cjs";
import { EPP_G1_YAML } from "./fixtures.mjs";
import { workspace } from "./cli-helpers.mjs";

const BIN = fileURLToPath(new URL("../bin/modelservice.cjs", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
const dir = workspace({ "ms.yaml": EPP_G1_YAML });

/** `modelservice ...args` with the cache in `cache` ("" = off); `status` is what it says it did. */
function run(cache, args) {
  const env = { ...process.env, MODELSERVICE_RENDER_CACHE_DIR: cache, MODELSERVICE_RENDER_CACHE_TRACE: "1" };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", env });
  const status = /^code cache: (\w+)$/m.exec(r.stderr)?.[1];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^code cache: \w+\n/m, ""), status };
}
const nameOf = (file, variant) => cacheName(file, readFileSync(file, "utf8"), variant, statSync(file));
const freshDir = () => mkdtempSync(join(tmpdir(), "msr-code-cache-"));
const files = (d) => readdirSync(d).sort();

describe("the CLI's code cache", () => {
  it("is written by a command's first run and used by the next, with the same output", () => {
    const cache = freshDir();
    const first = run(cache, ["render", "ms.yaml"]);
    assert.equal(first.status, "miss");
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(files(cache), [nameOf(BUNDLE, "render")]);
    assert.match(files(cache)[0], /^cli-[0-9a-f]{8}-[0-9a-f]{32}-render\.v8$/);
    assert.equal(statSync(join(cache, files(cache)[0])).mode & 0o777, 0o600);
    const second = run(cache, ["render", "ms.yaml"]);
    assert.equal(second.status, "hit");
    assert.deepEqual([second.code, second.stdout, second.stderr], [first.code, first.stdout, first.stderr]);
    const off = run("", ["render", "ms.yaml"]);
    assert.equal(off.status, "off");
    assert.deepEqual([off.code, off.stdout, off.stderr], [first.code, first.stdout, first.stderr]);
    // Each command has its own file; lint's is written beside render's.
    assert.equal(run(cache, ["lint", "ms.yaml"]).status, "miss");
    assert.equal(run(cache, ["lint", "ms.yaml"]).status, "hit");
    assert.deepEqual(files(cache).map((f) => f.split("-")[3]), ["lint.v8", "render.v8"]);
  });

  it("a cache V8 refuses is rejected, the output unchanged, and rewritten", () => {
    const cache = freshDir();
    const clean = run("", ["render", "ms.yaml"]);
    const name = nameOf(BUNDLE, "render");
    writeFileSync(join(cache, name), Buffer.alloc(4096, 7), { mode: 0o600 });
    const r = run(cache, ["render", "ms.yaml"]);
    assert.equal(r.status, "rejected");
    assert.deepEqual([r.code, r.stdout, r.stderr], [clean.code, clean.stdout, clean.stderr]);
    assert.notDeepEqual(readFileSync(join(cache, name)), Buffer.alloc(4096, 7));
    assert.equal(run(cache, ["render", "ms.yaml"]).status, "hit");
  });

  it("drops an older build's file of this bundle for the same command when it writes, and keeps the others", () => {
    const cache = freshDir();
    const [where] = nameOf(BUNDLE, "render").split("-").slice(1);
    const stale = `cli-${where}-${"0".repeat(32)}-render.v8`;
    const otherCommand = `cli-${where}-${"0".repeat(32)}-lint.v8`;
    const otherInstall = `cli-${"1".repeat(8)}-${"0".repeat(32)}-render.v8`;
    for (const name of [stale, otherCommand, otherInstall, "notes.txt"]) writeFileSync(join(cache, name), "old");
    assert.equal(run(cache, ["render", "ms.yaml"]).status, "miss");
    assert.deepEqual(files(cache), [nameOf(BUNDLE, "render"), otherCommand, otherInstall, "notes.txt"].sort());
  });

  it("the lint helper thread runs its own bundle with its own cache file, the report unchanged", () => {
    const cache = freshDir();
    // Three copies of one ModelService: the report holds cross-document findings across the threads' files.
    const many = workspace(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`m${i}.yaml`, EPP_G1_YAML])));
    const lint = (helper) =>
      spawnSync(process.execPath, [BIN, "lint", ".", "--format", "json"], {
        cwd: many,
        encoding: "utf8",
        env: { ...process.env, MODELSERVICE_RENDER_CACHE_DIR: cache, MODELSERVICE_RENDER_LINT_HELPER: helper },
      });
    const alone = lint("never");
    const helped = lint("first"); // the helper takes a file before this thread starts
    assert.equal(helped.status, alone.status, helped.stderr);
    assert.equal(helped.stdout, alone.stdout);
    const report = JSON.parse(helped.stdout);
    assert.equal(report.files.length, 3);
    assert.ok(report.files[2].documents[0].diagnostics.some((d) => d.code === "duplicate-name"), helped.stdout);
    const worker = nameOf(fileURLToPath(new URL("../dist/lint-worker.cjs", import.meta.url)), "lintworker");
    assert.deepEqual(files(cache), [nameOf(BUNDLE, "lint"), worker].sort());
    assert.deepEqual(lint("first").stdout, alone.stdout);
  });

  it("is not written for --help, --version or an unknown command", () => {
    const cache = freshDir();
    for (const args of [["--help"], ["--version"], ["nosuchcommand"], []]) run(cache, args);
    assert.deepEqual(files(cache), []);
  });

  it("is not written into a directory others can write", () => {
    const cache = freshDir();
    chmodSync(cache, 0o777);
    assert.equal(run(cache, ["render", "ms.yaml"]).status, "miss");
    assert.equal(run(cache, ["render", "ms.yaml"]).status, "miss");
    assert.deepEqual(files(cache), []);
  });

  it("is named by the bundle's path, build id, its file's size and time, the command and the runtime", () => {
    const id = (c) => `// bundle ${c.repeat(64)}\n`;
    const stat = { size: 100, mtimeMs: 1 };
    const name = cacheName("/a/cli.cjs", `${id("a")}x`, "render", stat);
    assert.match(name, /^cli-[0-9a-f]{8}-[0-9a-f]{32}-render\.v8$/);
    assert.equal(cacheName("/a/cli.cjs", `${id("a")}x`, "render", { ...stat }), name);
    assert.equal(cacheName("/a/cli.cjs", `${id("a")}y`, "render", stat), name, "the id stands for the text");
    for (const other of [
      cacheName("/a/cli.cjs", `${id("b")}x`, "render", stat),
      cacheName("/a/cli.cjs", `${id("a")}x`, "render", { ...stat, size: 101 }),
      cacheName("/a/cli.cjs", `${id("a")}x`, "render", { ...stat, mtimeMs: 2 }),
    ]) {
      assert.notEqual(other, name);
      assert.equal(other.split("-")[1], name.split("-")[1], "same path, same first part");
    }
    const elsewhere = cacheName("/b/cli.cjs", `${id("a")}x`, "render", stat);
    assert.notEqual(elsewhere.split("-")[1], name.split("-")[1]);
    assert.equal(cacheName("/a/cli.cjs", `${id("a")}x`, "lint", stat), name.replace("-render.v8", "-lint.v8"));
    assert.equal(cacheName("/a/cli.cjs", "x", "render", stat), null, "no id line: nothing is cached");
    assert.match(readFileSync(BUNDLE, "utf8"), /^\/\/ bundle [0-9a-f]{64}\n/);
  });

  it("lives in $MODELSERVICE_RENDER_CACHE_DIR, else under $XDG_CACHE_HOME or ~/.cache", () => {
    assert.equal(cacheDir({ MODELSERVICE_RENDER_CACHE_DIR: "/x/y" }), "/x/y");
    assert.equal(cacheDir({ MODELSERVICE_RENDER_CACHE_DIR: "", XDG_CACHE_HOME: "/c" }), null);
    assert.equal(cacheDir({ XDG_CACHE_HOME: "/c" }), "/c/modelservice-render/code-cache");
    assert.match(cacheDir({}), /\/\.cache\/modelservice-render\/code-cache$/);
  });
});

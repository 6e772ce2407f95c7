// How the CLI writes its output (bin/cli/main.mjs `directWriter`): straight to the file
// descriptor, and through the stream once the descriptor refuses (and for every later text),
// so nothing is lost or reordered. And which of Node's modules a bundled `render` loads.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { directWriter } from "../bin/cli/main.mjs";

const fakeStream = () => {
  const chunks = [];
  return { chunks, stream: () => ({ write: (c) => chunks.push(Buffer.from(c).toString("utf8")) }) };
};

describe("directWriter", () => {
  it("writes every byte of each text to the descriptor, in order, and never touches the stream", () => {
    const file = join(mkdtempSync(join(tmpdir(), "msr-out-")), "out.txt");
    const fd = openSync(file, "w");
    const { chunks, stream } = fakeStream();
    const write = directWriter(fd, stream, "linux");
    write("apiVersion: v1\n");
    write("é ✓ 𝔘 — ünïcödé\n");
    write("x".repeat(300_000));
    closeSync(fd);
    assert.equal(readFileSync(file, "utf8"), `apiVersion: v1\né ✓ 𝔘 — ünïcödé\n${"x".repeat(300_000)}`);
    assert.deepEqual(chunks, []);
  });

  it("hands a refused text, and every later one, to the stream", () => {
    const file = join(mkdtempSync(join(tmpdir(), "msr-out-")), "out.txt");
    const fd = openSync(file, "w");
    const { chunks, stream } = fakeStream();
    const write = directWriter(fd, stream, "linux");
    write("first\n");
    closeSync(fd); // now EBADF
    write("second ✓\n");
    write("third\n");
    assert.equal(readFileSync(file, "utf8"), "first\n");
    assert.deepEqual(chunks, ["second ✓\n", "third\n"]);
  });

  it("uses the stream only on Windows", () => {
    const { chunks, stream } = fakeStream();
    const write = directWriter(1, stream, "win32");
    write("a\n");
    assert.deepEqual(chunks, ["a\n"]);
  });
});

describe("a bundled cold render", () => {
  it("loads no ES module loader, streams or worker threads of Node's", () => {
    const bin = fileURLToPath(new URL("../bin/modelservice.cjs", import.meta.url));
    const fixture = fileURLToPath(new URL("../../examples/minimal.yaml", import.meta.url));
    // A CommonJS preload (an ES module one would load the ES module loader itself).
    const probe = join(mkdtempSync(join(tmpdir(), "msr-probe-")), "probe.cjs");
    writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, '\\nMODULES ' + JSON.stringify(process.moduleLoadList) + '\\n'));\n");
    const modules = (...args) => {
      const r = spawnSync(process.execPath, ["--require", probe, ...args], { encoding: "utf8", env: { ...process.env, MODELSERVICE_RENDER_CACHE_DIR: "" } });
      assert.equal(r.status, 0, r.stderr);
      return { stdout: r.stdout, loaded: JSON.parse(/\nMODULES (.*)\n/.exec(r.stderr)[1]) };
    };
    const bare = new Set(modules("-e", "0").loaded); // what Node itself loads (some of these are in it)
    const { stdout, loaded } = modules(bin, "render", fixture);
    assert.match(stdout, /^---\napiVersion: /);
    const unwanted = loaded.filter((m) => !bare.has(m)).filter((m) => /^NativeModule (internal\/modules\/esm\/|stream$|internal\/streams\/|internal\/fs\/promises|worker_threads|readline|internal\/readline\/)/.test(m));
    assert.deepEqual(unwanted, []);
  });
});

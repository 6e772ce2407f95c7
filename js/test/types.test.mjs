// The published types (index.d.ts, generated from the Rust types) as a TypeScript consumer sees
// them: `tsc --strict` accepts test/types/consumer.ts and rejects every marked line of
// test/types/wrong.ts with the expected error code. Both import "modelservice-render" through
// the package's own "exports" (a package self-reference), as an installed package would.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSC = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
const FLAGS = ["--strict", "--noEmit", "--pretty", "false", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom"];

/** `tsc --strict --noEmit FILE` in js/; returns the exit code, `[line, code]` per error and stdout. */
function tsc(file, extra = []) {
  const r = spawnSync(process.execPath, [TSC, ...FLAGS, ...extra, file], { cwd: ROOT, encoding: "utf8" });
  const errors = [...r.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+):/gm)].map((m) => [m[1], Number(m[2]), m[3]]);
  return { code: r.status, errors, stdout: r.stdout + r.stderr };
}

/** `[line, code]` of every `// expect TSxxxx …` marker of a file. */
function expected(file) {
  const lines = readFileSync(new URL(`../${file}`, import.meta.url), "utf8").split("\n");
  return lines.flatMap((l, i) => [...l.matchAll(/\/\/ expect (TS\d+)/g)].map((m) => [i + 1, m[1]]));
}

describe("TypeScript (tsc --strict)", () => {
  it("type-checks a CommonJS consumer of the settings table, against dist/settings.d.cts", () => {
    const r = tsc("test/types/consumer-cjs.cts", ["--listFiles"]);
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(r.errors, []);
    assert.ok(r.stdout.split("\n").includes(`${ROOT}dist/settings.d.cts`), r.stdout.split("\n").filter((l) => !l.includes("node_modules")).join("\n"));
  });

  it("type-checks the example consumer with no errors, against index.d.ts", () => {
    const r = tsc("test/types/consumer.ts", ["--listFiles"]);
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(r.errors, []);
    // Resolved through "exports" to the package's own declarations, not some other copy.
    assert.ok(r.stdout.split("\n").includes(`${ROOT}index.d.ts`), r.stdout.split("\n").filter((l) => !l.includes("node_modules")).join("\n"));
  });

  it("rejects each deliberate mistake of wrong.ts at its line with the expected code", () => {
    const file = "test/types/wrong.ts";
    const r = tsc(file);
    assert.equal(r.code, 2, r.stdout);
    assert.ok(r.errors.every(([f]) => f === file), r.stdout);
    const marks = expected(file);
    assert.equal(marks.length, 13);
    assert.deepEqual(r.errors.map(([, line, code]) => [line, code]), marks, r.stdout);
    // The mistakes the issue names, each caught on its own line.
    const source = readFileSync(new URL(`../${file}`, import.meta.url), "utf8").split("\n");
    const caught = (text, code) => {
      const line = source.findIndex((l) => l.includes(text)) + 1;
      assert.ok(line > 0, text);
      assert.ok(r.errors.some(([, l, c]) => l === line && c === code), `${text}: expected ${code} at line ${line}\n${r.stdout}`);
    };
    caught(`{ provider: "nginx" }`, "TS2322");
    caught(`operatorVersion: "v2"`, "TS2322");
    caught(`render(ms).manifests`, "TS2339");
    caught(`render(ms, 42)`, "TS2559");
  });
});

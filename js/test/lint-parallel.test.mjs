// The lint command's large-run machinery gives the answers of the plain one: positions from a
// positionIndex equal `locate`'s on the Document, the two threads' claims on the files never
// overlap and leave none out, and a lint split with a helper thread gives the same report as
// one thread.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parseStream } from "../src/input.mjs";
import { finishDiagnostics, positionIndex } from "../src/positions.mjs";
import { lintPaths } from "../bin/cli/lint.mjs";
import { helperStats } from "../bin/cli/lint-helper.mjs";
import { backOf, claimBack, claimFront, createClaims } from "../bin/cli/lint-claims.mjs";
import { Worker } from "node:worker_threads";
import { EPP_G1_YAML } from "./fixtures.mjs";

const ROOT = new URL("../../", import.meta.url);

function yamlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

// Texts that stress locate: aliases (a value, a whole map), numeric and null keys, flow
// collections, a pair in a flow sequence, complex keys, the first of two keys with one text.
const TRICKY = [
  "a: &x {b: 1, c: [1, 2, {d: 3}]}\ne: *x\nf: [*x, *x]\n",
  "1: one\n'1': quoted one\n2:\n  - x\n  - [y, z: w]\nnull: n\n~: tilde\n",
  "? [complex, key]\n: v\nplain: {a: {b: {c: [[1, [2, [3]]]]}}}\nempty:\nlist:\n- \n- a\n",
  "spec:\n  decode:\n    env: &env\n      - name: A\n        value: '1'\n  prefill:\n    env: *env\n",
];

/** Every path into `value`, each with a missing child and a string/number twin of its last step. */
function paths(value, prefix = [], out = []) {
  out.push(prefix, [...prefix, "missing"], [...prefix, 0], [...prefix, 99]);
  if (prefix.length > 0) {
    const last = prefix.at(-1);
    out.push([...prefix.slice(0, -1), typeof last === "number" ? String(last) : Number.isNaN(Number(last)) ? last : Number(last)]);
  }
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

describe("positionIndex", () => {
  it("answers every position locate answers, on the fixtures and tricky texts", () => {
    const texts = [...yamlFiles(new URL("tests/fixtures/", ROOT).pathname).map((f) => readFileSync(f, "utf8")), ...TRICKY, EPP_G1_YAML];
    let compared = 0;
    let located = 0;
    for (const text of texts) {
      const stream = parseStream(text);
      for (const d of stream.documents) {
        if (d.empty || d.diagnostics.length > 0) continue;
        const index = positionIndex(d.doc);
        assert.ok(index instanceof Map);
        const wire = paths(d.value).map((segments) => ({ code: "x", severity: "info", path: "", message: "", segments }));
        const byDoc = finishDiagnostics(wire, { doc: d.doc, lineCounter: stream.lineCounter });
        const byIndex = finishDiagnostics(wire, { index, lineCounter: stream.lineCounter });
        assert.deepEqual(byIndex, byDoc, text.slice(0, 80));
        compared += wire.length;
        located += byDoc.filter((x) => x.line > 1).length;
      }
    }
    assert.ok(compared > 10000 && located > compared / 2, `${compared} paths compared, ${located} below line 1`);
  });

  it("an alias in the path answers the anchor's positions, as locate does", () => {
    const stream = parseStream(TRICKY[0]);
    const [d] = stream.documents;
    const at = (segments) => finishDiagnostics([{ code: "x", severity: "info", path: "", message: "", segments }], { index: positionIndex(d.doc), lineCounter: stream.lineCounter })[0];
    assert.deepEqual([at(["e", "c", 2, "d"]).line, at(["e", "c", 2, "d"]).column], [1, 25]);
    assert.deepEqual([at(["f", 1, "b"]).line, at(["f", 1, "b"]).column], [1, 8]);
  });
});

describe("lint with a helper thread", () => {
  it("gives the report of one thread, and the thread did the later files", async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "msr-lint-parallel-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const fixtures = yamlFiles(new URL("tests/fixtures/", ROOT).pathname);
    fixtures.forEach((f, i) => {
      const sub = join(dir, `d${i % 3}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `${String(i).padStart(3, "0")}.yaml`), readFileSync(f));
    });
    // Later files: one not UTF-8, one unparsable, a copy (EPP collisions), two documents in one.
    writeFileSync(join(dir, "d2", "x1-bad.yaml"), Buffer.from("kind: ModelService\nfoo: \xff\n", "latin1"));
    writeFileSync(join(dir, "d2", "x2-syntax.yaml"), "kind: ModelService\nmetadata: {name: [\n");
    writeFileSync(join(dir, "d2", "x3-copy.yaml"), EPP_G1_YAML);
    writeFileSync(join(dir, "d2", "x4-two.yaml"), `${EPP_G1_YAML}---\n${EPP_G1_YAML.replace("qwen3-0.6b\n", "other\n")}`);
    const settings = { eppConfig: {}, options: {} };
    const one = await lintPaths([dir], settings, { parallel: { minFiles: Infinity } });
    const before = { ...helperStats };
    const two = await lintPaths([dir], settings, { parallel: { minFiles: 0, helperFirst: true } });
    assert.deepEqual({ read: helperStats.read - before.read, finished: helperStats.finished - before.finished }, { read: 1, finished: 1 });
    assert.deepEqual(two, one);
    const findings = one.files.flatMap((f) => f.documents.flatMap((d) => d.diagnostics.map((x) => x.code)));
    assert.ok(findings.includes("input/invalid-utf8") && findings.includes("input/yaml-syntax"), findings.join(" "));
    assert.ok(one.summary.errors > 10 && one.files.length === fixtures.length + 4, JSON.stringify(one.summary));
  });
});

describe("the threads' claims on the files (lint-claims.mjs)", () => {
  it("front and back meet: each file once, the front's ascending, the back's descending", () => {
    for (const n of [0, 1, 2, 7]) {
      for (const pattern of ["fb", "ffb", "bbbf", "f", "b"]) {
        const claims = createClaims(n);
        const front = [];
        const back = [];
        for (let step = 0; ; step++) {
          const fromFront = pattern[step % pattern.length] === "f";
          const i = fromFront ? claimFront(claims) : claimBack(claims);
          if (i < 0) break;
          (fromFront ? front : back).push(i);
        }
        const k = front.length;
        assert.deepEqual(front, [...Array(k).keys()], `${n} ${pattern}`);
        assert.deepEqual(back, [...Array(n - k).keys()].map((j) => n - 1 - j), `${n} ${pattern}`);
        assert.equal(backOf(claims), k);
        assert.deepEqual([claimFront(claims), claimBack(claims)], [-1, -1]);
      }
    }
  });

  it("two threads claiming at once take every file exactly once, each a run of its own", async () => {
    const n = 200_000;
    const claims = createClaims(n);
    const worker = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
       import(workerData.module).then(({ claimBack }) => {
         const mine = [];
         for (let i = claimBack(workerData.claims); i >= 0; i = claimBack(workerData.claims)) mine.push(i);
         parentPort.postMessage(mine);
       });`,
      { eval: true, workerData: { claims, module: new URL("../bin/cli/lint-claims.mjs", import.meta.url).href } },
    );
    const theirs = new Promise((resolve) => worker.once("message", resolve));
    // Start once the worker has claimed its first file, so that both really claim at once.
    const cell = new BigInt64Array(claims);
    while (backOf(claims) === n) Atomics.wait(cell, 0, BigInt(n), 5);
    const mine = [];
    for (let i = claimFront(claims); i >= 0; i = claimFront(claims)) mine.push(i);
    const back = await theirs;
    await worker.terminate();
    assert.ok(mine.length > 0 && back.length > 0, `${mine.length} and ${back.length}`);
    assert.equal(mine.length + back.length, n);
    assert.ok(mine.every((v, j) => v === j), "the front's files are 0, 1, 2, …");
    assert.ok(back.every((v, j) => v === n - 1 - j), "the back's files are n-1, n-2, …");
    assert.equal(backOf(claims), mine.length);
  });
});

// The corpus of bad and valid-but-unusual inputs (tests/corpus/): every bad input yields the
// reviewed error diagnostic (code, path, line, column: tests/corpus/bad.expected.json), never a
// throw or a hang; every warning input renders all its objects with the reviewed first warning
// (tests/corpus/warning.expected.json); every good input yields no error. `make generate`
// (UPDATE_GENERATED=1, only the value 1) rewrites the expectations — review the diff before committing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lint, render } from "./support/package.mjs";

const root = fileURLToPath(new URL("../../tests/corpus/", import.meta.url));
const expectedPath = `${root}bad.expected.json`;
const warningPath = `${root}warning.expected.json`;
const read = (dir, f) => readFileSync(`${root}${dir}/${f}`, "utf8");
const files = (dir) => readdirSync(`${root}${dir}`).sort();
const brief = ({ code, path, line, column }) => ({ code, path, line, column });
// A hang guard, not a performance claim: the slowest file took 63 ms here (2-core shared machine).
const HANG_GUARD_MS = 5000;
const UPDATE = process.env.UPDATE_GENERATED === "1";

test("bad inputs: the first error is the reviewed one, located, no throw, no hang", () => {
  const got = {};
  for (const f of files("bad")) {
    const start = performance.now();
    const diags = lint(read("bad", f));
    const ms = performance.now() - start;
    assert.ok(ms < HANG_GUARD_MS, `${f} took ${ms.toFixed(0)} ms, past the hang guard`);
    const errors = diags.filter((d) => d.severity === "error");
    assert.ok(errors.length > 0, `${f}: no error diagnostic in ${JSON.stringify(diags)}`);
    for (const d of diags) {
      assert.ok(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, `${f}: unlocated ${JSON.stringify(d)}`);
    }
    got[f] = brief(errors[0]);
  }
  if (UPDATE) writeFileSync(expectedPath, `${JSON.stringify(got, null, 1)}\n`);
  const want = JSON.parse(readFileSync(expectedPath, "utf8"));
  assert.ok(Object.keys(want).length >= 60, "the corpus has at least 60 bad inputs");
  assert.deepEqual(got, want);
});

test("warning inputs: accepted, every object rendered, the reviewed warning located", () => {
  const got = {};
  for (const f of files("warning")) {
    const { resources, diagnostics } = render(read("warning", f));
    assert.deepEqual(diagnostics.filter((d) => d.severity === "error"), [], f);
    const warnings = diagnostics.filter((d) => d.severity === "warning");
    assert.ok(warnings.length > 0, `${f}: no warning`);
    // The number of objects is reviewed too (11 without inferencePool, 14 with it).
    got[f] = { ...brief(warnings[0]), objects: resources.length };
  }
  if (UPDATE) writeFileSync(warningPath, `${JSON.stringify(got, null, 1)}\n`);
  assert.deepEqual(got, JSON.parse(readFileSync(warningPath, "utf8")));
});

test("valid-but-unusual inputs: no error", () => {
  for (const f of files("good")) {
    const errors = lint(read("good", f)).filter((d) => d.severity === "error");
    assert.deepEqual(errors, [], f);
  }
});

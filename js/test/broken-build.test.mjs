// A build of the package that lacks a wasm export is broken, not old: it fails loudly, naming
// what is missing, instead of answering with a diagnostic or quietly doing less (no cross-document
// rules without `LintSession`). And the CLI uses the package's one API object, not its own.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import * as raw from "../wasm/node/modelservice_render.js";
import { WASM_EXPORTS, checkExports, createApi } from "../src/core.mjs";
import { assertNoInternal } from "./support/package.mjs";
import { EPP_G1, EPP_G1_YAML } from "./fixtures.mjs";

const without = (name) => ({ ...raw, [name]: undefined });

describe("a broken build fails loudly", () => {
  it("the real core has every export the API calls", () => {
    assert.equal(checkExports(raw), raw);
    assert.deepEqual(WASM_EXPORTS.filter((n) => typeof raw[n] !== "function"), []);
  });

  it("an API over a core without `diff` throws on every call, naming `diff`", () => {
    const api = createApi(() => without("diff"));
    for (const call of [() => api.diff(EPP_G1, EPP_G1), () => api.render(EPP_G1), () => api.lint(EPP_G1_YAML)]) {
      assert.throws(call, { message: "modelservice-render: this build of the wasm core lacks `diff`; the package is broken, rebuild it" });
    }
  });

  it("without `LintSession` the CLI's cross-document lint throws instead of linting each document alone", () => {
    const api = createApi(() => without("LintSession"));
    assert.throws(() => api.lintDocuments([{ value: EPP_G1, located: null }]), /lacks `LintSession`/);
    assert.throws(() => api.lintSession(), /lacks `LintSession`/);
    assert.throws(() => checkExports({ ...raw, summary: 1, explain: undefined }), /lacks `explain`, `summary`;/);
  });

  it("a core that traps answers an `internal` diagnostic, which every suite rejects", () => {
    const api = createApi(() => ({ ...raw, render: () => { throw new WebAssembly.RuntimeError("unreachable"); } }));
    const out = api.render(EPP_G1_YAML);
    assert.deepEqual(out.diagnostics.map((d) => [d.code, d.message, d.line, d.column]), [["internal", "internal error: unreachable", 1, 1]]);
    assert.throws(() => assertNoInternal(out.diagnostics, "render()"), /render\(\): the API caught a crash/);
  });
});

describe("the CLI trusts the package", () => {
  it("no CLI command builds its own API object from the wasm glue", () => {
    const dir = new URL("../bin/cli/", import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".mjs"))) {
      const text = readFileSync(new URL(f, dir), "utf8");
      assert.doesNotMatch(text, /createApi|wasm\/node\/modelservice_render/, f);
    }
  });
});

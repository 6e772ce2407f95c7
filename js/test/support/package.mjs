// The package under test (its Node entry, "modelservice-render") with every function guarded: an
// `internal` diagnostic is a crash the API caught and reported (a wasm trap, a bug in the JS
// layer), never an answer, so it fails the test that got it. Suites import the package from here.
import assert from "node:assert/strict";
import * as pkg from "modelservice-render";

/** Fails when `diagnostics` hold an `internal` one. */
export function assertNoInternal(diagnostics, what) {
  const crashes = (diagnostics ?? []).filter((d) => d?.code === "internal");
  assert.deepEqual(crashes, [], `${what}: the API caught a crash and answered an \`internal\` diagnostic`);
}

const guard =
  (name) =>
  (...args) => {
    const out = pkg[name](...args);
    // `lint` answers the list itself; the others carry it (non-enumerable on names/observeStatus/summary).
    assertNoInternal(Array.isArray(out) ? out : out?.diagnostics, `${name}()`);
    return out;
  };

export const render = guard("render");
export const lint = guard("lint");
export const explain = guard("explain");
export const diff = guard("diff");
export const summary = guard("summary");
export const migrate = guard("migrate");
export const names = guard("names");
export const observeStatus = guard("observeStatus");
export const { defaults, schema, operatorVersion, init, initSync, toYaml, toYamlStream } = pkg;

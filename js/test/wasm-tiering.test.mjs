// The lint command's wasm tiering budget (bin/wasm-tiering.cjs): set for `lint` only, before the
// bundle loads, unless Node was given a budget; a lint's code cache is still used by the next lint.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { LINT_BUDGET, tieringFlag } from "../bin/wasm-tiering.cjs";
import { EPP_G1_YAML } from "./fixtures.mjs";
import { workspace } from "./cli-helpers.mjs";

const BIN = fileURLToPath(new URL("../bin/modelservice.cjs", import.meta.url));
const dir = workspace({ "ms.yaml": EPP_G1_YAML });

// A preload that records every V8 flag set at run time (and still sets it). One file for every
// run: Node's arguments are part of the code cache's name.
const probe = join(mkdtempSync(join(tmpdir(), "msr-probe-")), "probe.cjs");
writeFileSync(
  probe,
  "const v8 = require('node:v8'); const set = v8.setFlagsFromString; const seen = [];\n" +
    "v8.setFlagsFromString = (f) => { seen.push(f); return set(f); };\n" +
    "process.on('exit', () => require('fs').writeSync(2, '\\nFLAGS ' + JSON.stringify(seen) + '\\n'));\n",
);

/** Runs the CLI under the probe: its exit code, output, the flags set, the code cache's status. */
function flagsSetBy(args, nodeArgs = [], env = {}) {
  const r = spawnSync(process.execPath, ["--require", probe, ...nodeArgs, BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, MODELSERVICE_RENDER_CACHE_TRACE: "1", ...env },
  });
  return { code: r.status, stdout: r.stdout, flags: JSON.parse(/\nFLAGS (.*)\n/.exec(r.stderr)[1]), cache: /^code cache: (\w+)$/m.exec(r.stderr)?.[1] };
}

describe("the lint command's wasm tiering budget", () => {
  it("is asked for by lint alone, and not when Node was given a budget", () => {
    assert.equal(LINT_BUDGET, 1_000_000_000);
    assert.equal(tieringFlag("lint", []), "--wasm-tiering-budget=1000000000");
    assert.equal(tieringFlag("lint", ["--max-old-space-size=100"]), "--wasm-tiering-budget=1000000000");
    assert.equal(tieringFlag("lint", ["--wasm-tiering-budget=5"]), null);
    assert.equal(tieringFlag("lint", ["--wasm_tiering_budget=5"]), null);
    for (const command of ["render", "explain", "diff", "migrate", "schema", "--help", undefined]) assert.equal(tieringFlag(command, []), null, command);
  });

  it("is set by a lint run, which keeps using its code cache; a render sets no flag", () => {
    const cache = mkdtempSync(join(tmpdir(), "msr-code-cache-"));
    const env = { MODELSERVICE_RENDER_CACHE_DIR: cache };
    const first = flagsSetBy(["lint", "ms.yaml", "--format", "json"], [], env);
    assert.deepEqual([first.code, first.flags, first.cache], [0, ["--wasm-tiering-budget=1000000000"], "miss"]);
    // V8 refuses a code cache made under other flags: the flag is set before the cache is read and written.
    const second = flagsSetBy(["lint", "ms.yaml", "--format", "json"], [], env);
    assert.deepEqual([second.code, second.flags, second.cache, second.stdout], [0, ["--wasm-tiering-budget=1000000000"], "hit", first.stdout]);
    const given = flagsSetBy(["lint", "ms.yaml", "--format", "json"], ["--wasm-tiering-budget=5"], env);
    assert.deepEqual([given.code, given.flags, given.stdout], [0, [], first.stdout]);
    const render = flagsSetBy(["render", "ms.yaml"], [], env);
    assert.deepEqual([render.code, render.flags], [0, []]);
  });
});

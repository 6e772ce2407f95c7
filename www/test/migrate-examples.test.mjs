// The examples gallery migrated to KServe: each example, with the settings it is shown with
// (src/examples/index.ts, bundled on the fly with esbuild), through the package's `migrate`, is
// its reviewed golden (test/golden/migrate-<id>.yaml: objects and diagnostics, positions included)
// and KServe v0.20.0 admits every object (the JS suite's validator). `make generate`
// (UPDATE_GENERATED=1, only the value 1) rewrites the goldens (review the diff).
import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse, stringify } from "yaml";
import { migrate } from "../../js/test/support/package.mjs";
import { migratedProblems } from "../../js/test/support/kserve.mjs";

const WWW = fileURLToPath(new URL("..", import.meta.url));
const GOLDEN = join(WWW, "test", "golden");

/** Vite's `?raw` imports, for esbuild: the file's text. */
const raw = {
  name: "raw",
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.slice(0, -"?raw".length)), namespace: "raw" }));
    b.onLoad({ filter: /.*/, namespace: "raw" }, (a) => ({ contents: readFileSync(a.path, "utf8"), loader: "text" }));
  },
};

const dir = mkdtempSync(join(tmpdir(), "msr-www-examples-"));
const out = join(dir, "examples.mjs");
await build({
  entryPoints: [join(WWW, "src", "examples", "index.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: out,
  plugins: [raw],
  logLevel: "silent",
});
const { EXAMPLES } = await import(pathToFileURL(out).href);
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

test("every gallery example migrates to its golden, and KServe admits every object", () => {
  assert.ok(EXAMPLES.length >= 7, `${EXAMPLES.length} examples`);
  const update = process.env.UPDATE_GENERATED === "1";
  const failures = [];
  for (const ex of EXAMPLES) {
    const got = migrate(ex.yaml, ex.eppConfig, ex.options);
    assert.equal(got.resources[0]?.kind, "LLMInferenceService", ex.id);
    for (const obj of got.resources) for (const p of migratedProblems(obj)) failures.push(`${ex.id}: ${obj.kind} ${obj.metadata.name}: ${p}`);
    const path = join(GOLDEN, `migrate-${ex.id}.yaml`);
    if (update) {
      writeFileSync(path, stringify(got, { lineWidth: 0 }));
      continue;
    }
    assert.deepEqual(got, parse(readFileSync(path, "utf8")), `${path} differs (make generate rewrites it)`);
  }
  assert.deepEqual(failures, []);
});

// The directory exists (and holds one golden per example) even before the first update.
test("one golden per example, none stale", async () => {
  const { readdirSync } = await import("node:fs");
  const files = readdirSync(GOLDEN).filter((f) => f.startsWith("migrate-")).sort();
  assert.deepEqual(files, EXAMPLES.map((e) => `migrate-${e.id}.yaml`).sort());
  assert.ok(dirname(GOLDEN).endsWith("test"));
});

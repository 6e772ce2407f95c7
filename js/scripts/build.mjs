// Builds what the package ships besides its sources: the CommonJS entry and its types.
// The wasm (wasm/node, wasm/web) comes from `make build` in the repository root.
// Files are replaced atomically (write + rename): `npm pack` runs this while tests may be reading.
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
if (!existsSync(new URL("wasm/web/modelservice_render.js", root))) {
  console.error("js/wasm/web is missing: run `make build` in the repository root first");
  process.exit(1);
}

function replace(relative, contents) {
  const target = new URL(relative, root);
  const tmp = new URL(`${relative}.${process.pid}.tmp`, root);
  writeFileSync(tmp, contents);
  renameSync(tmp, target);
}

mkdirSync(new URL("dist/", root), { recursive: true });
const result = await build({
  entryPoints: [new URL("src/cjs.mjs", root).pathname],
  outfile: new URL("dist/index.cjs", root).pathname,
  write: false,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  packages: "external",
  // The web glue's default-URL branch (never taken: we pass the bytes) mentions import.meta.
  logOverride: { "empty-import-meta": "silent" },
  logLevel: "warning",
});
replace("dist/index.cjs", result.outputFiles[0].contents);
// The types (generated from Rust into index.d.ts) serve both entries: ESM and CommonJS.
replace("dist/index.d.cts", readFileSync(new URL("index.d.ts", root)));

// The CLI bundled (bin/modelservice.mjs runs dist/cli.mjs): a cold `render` loads two modules
// instead of ~70 — cli.mjs (usage, dispatch), cli-commands.mjs (every command) — and the lint
// worker is one more. npm `yaml` comes in as its ES module build (its CommonJS one, which
// Node picks, is wrapped and run eagerly). The wasm glue stays a file of its own: it finds the
// .wasm next to itself, and the path from dist/ is the path from src/.
const cli = await build({
  entryPoints: [
    { in: new URL("bin/cli/main.mjs", root).pathname, out: "cli" },
    { in: new URL("bin/cli/commands.mjs", root).pathname, out: "cli-commands" },
    { in: new URL("bin/cli/lint-worker.mjs", root).pathname, out: "lint-worker" },
  ],
  outdir: new URL("dist/", root).pathname,
  outExtension: { ".js": ".mjs" },
  // Code both entries use lives in chunks, once: the error classes main.mjs tests with
  // `instanceof` must be the ones the commands throw.
  splitting: true,
  chunkNames: "cli-chunk-[hash]",
  write: false,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  alias: { yaml: new URL("node_modules/yaml/browser/index.js", root).pathname },
  plugins: [
    {
      name: "wasm-glue-external",
      setup(b) {
        b.onResolve({ filter: /\/wasm\/node\/modelservice_render\.js$/ }, () => ({ path: "../wasm/node/modelservice_render.js", external: true }));
        // cli.mjs loads the commands (and with them the wasm) only when one is asked for.
        b.onResolve({ filter: /^\.\/commands\.mjs$/ }, (a) => (a.kind === "dynamic-import" ? { path: "./cli-commands.mjs", external: true } : undefined));
      },
    },
  ],
  legalComments: "none",
  logLevel: "warning",
});
const written = new Set(cli.outputFiles.map((file) => file.path.split("/").at(-1)));
for (const file of cli.outputFiles) replace(`dist/${file.path.split("/").at(-1)}`, file.contents);
// Chunks of earlier builds (their names carry a hash).
for (const name of readdirSync(new URL("dist/", root))) {
  if (name.startsWith("cli-chunk-") && !written.has(name)) rmSync(new URL(`dist/${name}`, root));
}

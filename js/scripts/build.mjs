// Builds what the package ships besides its sources: the CommonJS entry and its types.
// The wasm (wasm/node, wasm/web) comes from `make build` in the repository root.
// Files are replaced atomically (write + rename): `npm pack` runs this while tests may be reading.
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";

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

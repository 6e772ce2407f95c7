// Builds what the package ships besides its sources: the CommonJS entry and its types.
// The wasm (wasm/node, wasm/web) comes from `make build` in the repository root.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";

const root = new URL("../", import.meta.url);
if (!existsSync(new URL("wasm/web/modelservice_render.js", root))) {
  console.error("js/wasm/web is missing: run `make build` in the repository root first");
  process.exit(1);
}
mkdirSync(new URL("dist/", root), { recursive: true });
await build({
  entryPoints: [new URL("src/cjs.mjs", root).pathname],
  outfile: new URL("dist/index.cjs", root).pathname,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  packages: "external",
  // The web glue's default-URL branch (never taken: we pass the bytes) mentions import.meta.
  logOverride: { "empty-import-meta": "silent" },
  logLevel: "warning",
});
// The hand-written types serve both entries (ESM and CommonJS) until they are generated.
copyFileSync(new URL("index.d.ts", root), new URL("dist/index.d.cts", root));

// Builds what the package ships besides its sources: the CommonJS entry and its types.
// The wasm (wasm/node, wasm/web) comes from `make build` in the repository root.
// Files are replaced atomically (write + rename): `npm pack` runs this while tests may be reading.
import { createHash } from "node:crypto";
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
/** Bundles `entry` (under js/) into the CommonJS file `out` (under js/dist/). */
async function commonJs(entry, out, options) {
  const result = await build({
    entryPoints: [new URL(entry, root).pathname],
    outfile: new URL(out, root).pathname,
    write: false,
    bundle: true,
    format: "cjs",
    logLevel: "warning",
    ...options,
  });
  replace(out, result.outputFiles[0].contents);
}
await commonJs("src/cjs.mjs", "dist/index.cjs", {
  platform: "node",
  target: "node20",
  packages: "external",
  // The web glue's default-URL branch (never taken: we pass the bytes) mentions import.meta.
  logOverride: { "empty-import-meta": "silent" },
});
// The types (generated from Rust into index.d.ts) serve both entries: ESM and CommonJS.
replace("dist/index.d.cts", readFileSync(new URL("index.d.ts", root)));
// What npm shows and ships beside the code: the package's README, made of the repository README's
// introduction and its "JavaScript" and "Command line" sections (the rest is about building this
// repository), and the license text.
replace("README.md", packageReadme(readFileSync(new URL("../README.md", root), "utf8")));
replace("LICENSE", readFileSync(new URL("../LICENSE", root)));

// `modelservice-render/settings` for `require` too (a console's CommonJS build, Node < 20.19).
await commonJs("src/settings.mjs", "dist/settings.cjs", { platform: "neutral" });
// Its declarations import the package's types: from dist/, those of the CommonJS entry.
const settingsTypes = readFileSync(new URL("settings.d.ts", root), "utf8");
if (!settingsTypes.includes('from "./index.js"')) throw new Error('settings.d.ts no longer imports "./index.js": update this rewrite');
replace("dist/settings.d.cts", settingsTypes.replaceAll('from "./index.js"', 'from "./index.cjs"'));

// The CLI bundled (bin/modelservice.cjs runs dist/cli.cjs through V8's code cache, which Node 20
// offers only to a vm.Script: CommonJS): one file to compile instead of ~70 modules. Commands load
// on first use inside it (esbuild wraps the dynamic import), so `--help` needs no wasm. npm `yaml`
// comes in as its ES module build; the wasm glue is the web one, instantiated synchronously
// (scripts/cli-wasm.mjs); `import.meta.url` (the lint worker's URL) becomes the bundle's own.
// The lint worker is a CommonJS bundle of its own, which bin/lint-worker.cjs runs through the code
// cache in the helper thread.
const cliCommon = {
  bundle: true,
  platform: "node",
  target: "node20",
  write: false,
  alias: { yaml: new URL("node_modules/yaml/browser/index.js", root).pathname },
  legalComments: "none",
  logLevel: "warning",
};
const cli = await build({
  ...cliCommon,
  entryPoints: [new URL("bin/cli/main.mjs", root).pathname],
  outfile: new URL("dist/cli.cjs", root).pathname,
  format: "cjs",
  define: { "import.meta.url": "__bundleUrl", __LINT_WORKER__: JSON.stringify("../bin/lint-worker.cjs") },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [
    {
      name: "wasm-glue-sync",
      setup(b) {
        b.onResolve({ filter: /\/wasm\/node\/modelservice_render\.js$/ }, () => ({ path: new URL("scripts/cli-wasm.mjs", root).pathname }));
      },
    },
  ],
});
const worker = await build({
  ...cliCommon,
  entryPoints: [new URL("bin/cli/lint-worker.mjs", root).pathname],
  outfile: new URL("dist/lint-worker.cjs", root).pathname,
  format: "cjs",
});
// A dynamic import left in a bundle would throw inside the vm.Script (no module loader there).
// The first line is the bundle's id, the sha-256 of the rest, for its code cache's name
// (bin/code-cache.cjs reads it instead of hashing ~460 KB on every run).
for (const [name, out] of [["dist/cli.cjs", cli], ["dist/lint-worker.cjs", worker]]) {
  const text = out.outputFiles[0].text;
  if (/\bimport\(/.test(text.replace(/\/\/.*$/gm, ""))) throw new Error(`${name} still has a dynamic import()`);
  replace(name, `// bundle ${createHash("sha256").update(text).digest("hex")}\n${text}`);
}
// The ES module CLI of earlier builds.
for (const name of readdirSync(new URL("dist/", root))) {
  if (/^(cli(-commands|-chunk-.*)?|lint-worker)\.mjs$/.test(name)) rmSync(new URL(`dist/${name}`, root));
}

/** The package README: the title and introduction of the repository's README, then its sections
 * `## JavaScript` and `## Command line`, each up to the next `## ` heading outside a code block. */
function packageReadme(readme) {
  const sections = [];
  let current = null;
  let fenced = false;
  for (const line of readme.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    if (!fenced && line.startsWith("## ")) sections.push((current = { heading: line, lines: [] }));
    else if (current) current.lines.push(line);
    else (sections.intro ??= []).push(line);
  }
  const wanted = ["## JavaScript", "## Command line"];
  const found = wanted.map((h) => sections.find((s) => s.heading === h));
  if (found.some((s) => !s)) throw new Error(`README.md lacks a section the package README takes: ${wanted.join(", ")}`);
  const body = found.map((s) => [s.heading, ...s.lines].join("\n").trimEnd());
  return `${[sections.intro.join("\n").trimEnd(), ...body].join("\n\n")}\n`;
}


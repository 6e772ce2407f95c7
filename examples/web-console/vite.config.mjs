import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, searchForWorkspaceRoot } from "vite";

// `vite` (the dev server) serves only files under the project's workspace root (server.fs.allow;
// vite.dev/config/server-options#server-fs-allow). The package is linked from ../../js (a file:
// dependency), outside it, so the .wasm that init() fetches by URL would be refused with 403:
// allow the package's real directory too. (A package installed from the registry sits in
// node_modules, inside the root, and needs nothing.)
const here = fileURLToPath(new URL(".", import.meta.url));
const linked = (() => {
  try {
    return [realpathSync(fileURLToPath(new URL("node_modules/modelservice-render", import.meta.url)))];
  } catch {
    return []; // not installed yet
  }
})();

// A static build into dist/ with relative URLs; the package's .wasm becomes a hashed asset.
export default defineConfig({
  base: "./",
  server: { fs: { allow: [searchForWorkspaceRoot(here), ...linked] } },
  // As README says for every Vite app: pre-bundled, the package's .wasm URL would point into
  // node_modules/.vite/deps/ (vitejs/vite#8427). (A linked package is not pre-bundled anyway.)
  optimizeDeps: { exclude: ["modelservice-render"] },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});

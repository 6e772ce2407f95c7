import { defineConfig } from "vite";

// Static build into dist/: every asset (scripts, the worker, the .wasm, the favicon) is local,
// so the page works offline under its Content-Security-Policy.
export default defineConfig({
  base: "./",
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    // The preload polyfill would be inline-free anyway, but it is not needed for es2022 targets.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  // One copy of `yaml` for the page and the package.
  resolve: { dedupe: ["yaml"] },
  worker: { format: "es" },
  server: { host: "127.0.0.1", port: 8080 },
  preview: { host: "127.0.0.1", port: 8080 },
});

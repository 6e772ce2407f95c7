import { defineConfig } from "vite";

// A static build into dist/ with relative URLs: Monaco, monaco-yaml's worker, the render worker and
// the package's .wasm all become hashed assets next to index.html (no CDN, works offline).
export default defineConfig({
  base: "./",
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 8192 },
  worker: { format: "es" },
});

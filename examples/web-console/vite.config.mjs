import { defineConfig } from "vite";

// A static build into dist/ with relative URLs; the package's .wasm becomes a hashed asset.
export default defineConfig({
  base: "./",
  build: { target: "es2022", outDir: "dist", emptyOutDir: true },
});

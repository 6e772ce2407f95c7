#!/usr/bin/env node
// Serves a folder of static files on the loopback interface only (default http://127.0.0.1:8080/)
// until Ctrl-C. Usage: node scripts/serve.mjs DIR [PORT]. No dependencies.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "www/dist");
const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
const host = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".yaml": "text/yaml; charset=utf-8",
  ".woff2": "font/woff2",
};

function fileFor(urlPath) {
  let path;
  try {
    path = resolve(join(root, decodeURIComponent(urlPath)));
  } catch {
    return null;
  }
  if (path !== root && !path.startsWith(root + sep)) return null; // no escaping the root
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return fileFor(join(urlPath, "index.html"));
    return stat.isFile() ? path : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://${host}`);
  const file = req.method === "GET" || req.method === "HEAD" ? fileFor(url.pathname) : null;
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("not found\n");
    return;
  }
  res.writeHead(200, {
    "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
});

server.on("error", (e) => {
  console.error(e.code === "EADDRINUSE" ? `serve: ${host}:${port} is already in use (PORT=… picks another)` : `serve: ${e.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/ (Ctrl-C to stop)`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));

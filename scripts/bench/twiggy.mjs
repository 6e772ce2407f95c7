// Size profile of the wasm (BENCHMARKS.md, "Where the bytes are"): `twiggy top` over the module
// *before* wasm-bindgen (it still has function names), without the sections wasm-bindgen strips
// from the shipped file. Prints JSON {top: the 10 largest items, byCrate: shallow bytes per crate
// (per module for this crate), total}.
//   usage: node twiggy.mjs <module.wasm>
import { execFileSync } from "node:child_process";

const items = JSON.parse(execFileSync("twiggy", ["top", "-n", "1000000", "-f", "json", process.argv[2]], { maxBuffer: 256 << 20 }));
const stripped = (n) => n === '"function names" subsection' || /^custom section /.test(n) || n.startsWith('"') || n.startsWith("Σ") || n.startsWith("...");
const kept = items.filter((i) => !stripped(i.name));
const total = kept.reduce((s, i) => s + i.shallow_size, 0);

function owner(name) {
  if (name.startsWith("data segment")) return "data (.rodata: strings, tables)";
  const m = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::([A-Za-z_][A-Za-z0-9_]*)/);
  if (!m) return /^(code|elem|table|type|import|export|func)\b/.test(name) || !name.includes("::") ? "wasm structure / unnamed" : name;
  return m[1] === "modelservice_render" ? `modelservice_render::${m[2]}` : m[1];
}
const byCrate = new Map();
for (const i of kept) byCrate.set(owner(i.name), (byCrate.get(owner(i.name)) ?? 0) + i.shallow_size);
const demangle = (n) => n.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
console.log(
  JSON.stringify({
    total,
    top: kept.slice(0, 10).map((i) => ({ name: demangle(i.name), bytes: i.shallow_size })),
    byCrate: [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, bytes]) => ({ name, bytes })),
  }),
);

#!/usr/bin/env bash
# `make bench` (after `make build`): the performance figures P1–P6 of BENCHMARKS.md and the
# boundary experiment. Prints a table and rewrites the figures block of BENCHMARKS.md.
# Never part of `make test` (only the size budget is: scripts/check-size.sh).
#
#   BENCH_BOUNDARY=0      skip the boundary experiment (it builds an extra wasm variant, ~1–2 min cold)
#   BENCH_OPT_LEVELS="s z"  also build the variant at these opt-levels and compare render speed/size
#   BENCH_NO_WRITE=1      print only, leave BENCHMARKS.md alone
#   P2_CALLS, BOUNDARY_CALLS, LINT_RUNS, COLD_RUNS   sample counts (defaults 3000, 2000, 5, 11)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/target/bench
mkdir -p "$out"
say() { printf '\n== %s\n' "$*" >&2; }

# wasm-bindgen as `make` installs it (only the variant builds need it).
ver=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
export PATH="${MSR_TOOLS_CACHE:-$HOME/.cache/modelservice-render}/wasm-bindgen-$ver/bin:$PATH"

shipped=js/wasm/web/modelservice_render_bg.wasm
for f in "$shipped" js/wasm/node/modelservice_render.js js/node_modules/.package-lock.json; do
  [ -e "$f" ] || { echo "bench: $f is missing: run \`make build\` first" >&2; exit 2; }
done

say "P1 size of the shipped .wasm"
raw=$(stat -c %s "$shipped")
gz=$(gzip -9 -c "$shipped" | wc -c)
printf '{"file":"%s","raw":%d,"gzip":%d,"budget":%d}\n' "$shipped" "$raw" "$gz" "${WASM_GZ_BUDGET:-250000}" | tee "$out/p1.json" >&2

say "P2 Node: render(obj) vs JSON.parse(JSON.stringify(resources))"
node scripts/bench/p2-node.mjs | tee "$out/p2.json" >&2

say "P3 native: render vs serde_json::to_string, interleaved (benches/render.rs)"
rm -f "$out/p3.json"
P3_OUT="$out/p3.json" cargo bench --locked --bench render -- p3_ >&2
cat "$out/p3.json" >&2; echo >&2

say "P4/P5 CLI: lint of 1000 generated files; cold start"
node scripts/bench/gen-corpus.mjs "$out/corpus" 1000 >&2
node scripts/bench/cli.mjs "$out/corpus" | tee "$out/cli.json" >&2

if [ "${BENCH_BOUNDARY:-1}" != 0 ]; then
  say "Boundary: JSON text vs serde-wasm-bindgen objects (experimental variant, not shipped)"
  bash scripts/bench/build-variant.sh "$out/variant"
  node scripts/bench/boundary.mjs "$out/variant/node/modelservice_render.js" | tee "$out/boundary.json" >&2
else
  rm -f "$out/boundary.json"
fi

if [ -n "${BENCH_OPT_LEVELS:-}" ]; then
  say "opt-levels: $BENCH_OPT_LEVELS"
  specs=()
  for lvl in $BENCH_OPT_LEVELS; do
    bash scripts/bench/build-variant.sh "$out/variant-opt-$lvl" "$lvl"
    specs+=("opt-$lvl=$out/variant-opt-$lvl/node/modelservice_render.js")
  done
  node scripts/bench/compare-builds.mjs "${specs[@]}" | tee "$out/opt-levels.json" >&2
fi

if command -v twiggy >/dev/null; then
  say "P1 profile: twiggy"
  node scripts/bench/twiggy.mjs target/wasm32-unknown-unknown/release/modelservice_render.wasm | tee "$out/twiggy.json" >&2
else
  rm -f "$out/twiggy.json"
  echo "bench: twiggy not installed (cargo install twiggy): no size profile" >&2
fi

if [ -f test-output/www/latency.json ]; then
  say "P6 playground latency: from test-output/www/latency.json (written by the e2e suite)"
else
  say "P6 playground latency: test-output/www/latency.json absent; run \`make test-www\` to produce it"
fi

node scripts/bench/report.mjs "$out" ${BENCH_NO_WRITE:+--no-write}

#!/usr/bin/env bash
# Builds an EXPERIMENTAL wasm variant in a temporary copy of the crate (the working tree is not
# touched, the default build gets no dependency): the shipped exports plus the boundary
# experiments of scripts/bench/swb/bench_swb.rs (serde-wasm-bindgen), optionally with another
# opt-level. Output: <out>/node/modelservice_render.js (+ _bg.wasm), Node ESM glue.
#   usage: build-variant.sh <out-dir> [opt-level]      (opt-level default: the crate's own)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$1
opt=${2:-}
mkdir -p "$out"
out=$(cd "$out" && pwd)
src="$out/crate"
rm -rf "$src"
mkdir -p "$src"
cp -R "$root/Cargo.toml" "$root/Cargo.lock" "$root/src" "$root/benches" "$src/"
[ -d "$root/.cargo" ] && cp -R "$root/.cargo" "$src/"
cp "$root/scripts/bench/swb/bench_swb.rs" "$src/src/bench_swb.rs"
printf '\n#[cfg(target_arch = "wasm32")]\nmod bench_swb;\n' >>"$src/src/lib.rs"
cat >>"$src/Cargo.toml" <<'TOML'

[target.'cfg(target_arch = "wasm32")'.dependencies.serde-wasm-bindgen]
version = "0.6"
TOML
if [ -n "$opt" ]; then
  sed -i -E "s/^opt-level = .*/opt-level = \"$opt\"/" "$src/Cargo.toml"
fi
# The build dir outlives the copy so reruns are incremental.
export CARGO_TARGET_DIR="$out/target"
(cd "$src" && cargo build --quiet --release --target wasm32-unknown-unknown)
rm -rf "$out/node"
wasm-bindgen --remove-name-section --remove-producers-section --target experimental-nodejs-module \
  --out-dir "$out/node" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/modelservice_render.wasm"

#!/usr/bin/env bash
# Installs what the build needs and is missing: the wasm32 target and wasm-bindgen-cli at exactly
# the version Cargo.lock resolved, cached per version in $HOME/.cache (reused across clones).
# Idempotent; prints the tools directory to put first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$version" ] || { echo "install-tools: wasm-bindgen not found in Cargo.lock" >&2; exit 1; }
dir="${MSR_TOOLS_CACHE:-$HOME/.cache/modelservice-render}/wasm-bindgen-$version"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown >&2
fi
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component" >&2
done

if [ "$("$dir/bin/wasm-bindgen" --version 2>/dev/null)" != "wasm-bindgen $version" ] ||
   [ ! -x "$dir/bin/wasm-bindgen-test-runner" ]; then
  echo "install-tools: installing wasm-bindgen-cli $version into $dir (about 2 minutes, once)" >&2
  # No --locked: the CLI's own lock file names a crate version the index no longer serves.
  cargo install wasm-bindgen-cli --version "$version" --root "$dir" --force >&2
fi
echo "$dir/bin"

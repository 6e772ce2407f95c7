#!/usr/bin/env bash
# Prints the raw and `gzip -9` size of each .wasm given.
set -euo pipefail
for f in "$@"; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  printf 'wasm size: %s: %d bytes raw (%d KiB), %d bytes gzip -9 (%d KiB)\n' "$f" "$raw" $((raw / 1024)) "$gz" $((gz / 1024))
done

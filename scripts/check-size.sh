#!/usr/bin/env bash
# Size budget (BENCHMARKS.md, P1), part of `make test`: fails when a shipped .wasm is larger
# than WASM_GZ_BUDGET bytes after `gzip -9` (default 250000 = 250 KB, issue 14). The only performance
# figure checked in `make test`; timings are never asserted there (shared, noisy machines).
#   usage: check-size.sh [file.wasm ...]   (default: both shipped builds under js/wasm/)
set -euo pipefail
cd "$(dirname "$0")/.."
budget=${WASM_GZ_BUDGET:-250000}
if [ $# -eq 0 ]; then
  set -- js/wasm/web/modelservice_render_bg.wasm js/wasm/node/modelservice_render_bg.wasm
fi
status=0
for f in "$@"; do
  if [ ! -f "$f" ]; then
    echo "check-size: $f is missing: run \`make build\` first" >&2
    exit 2
  fi
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if [ "$gz" -gt "$budget" ]; then
    echo "check-size: FAIL $f: $gz bytes gzip -9 > budget $budget (+$((gz - budget)) bytes; raw $raw)" >&2
    status=1
  else
    echo "check-size: ok $f: $gz bytes gzip -9 <= budget $budget ($((budget - gz)) bytes to spare; raw $raw)"
  fi
done
if [ "$status" -ne 0 ]; then
  cat >&2 <<'MSG'
check-size: find what grew with twiggy on the pre-wasm-bindgen module (it keeps function names):
  cargo install twiggy
  twiggy top -n 20 target/wasm32-unknown-unknown/release/modelservice_render.wasm
  twiggy diff <older build>.wasm target/wasm32-unknown-unknown/release/modelservice_render.wasm
MSG
fi
exit "$status"

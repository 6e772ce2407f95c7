#!/usr/bin/env bash
# Bounded libFuzzer runs of every target in fuzz/ (`make fuzz`); see fuzz/README.md.
#
#   FUZZ_SECONDS   seconds per target (default 120)
#   FUZZ_TARGETS   space-separated targets (default: every target in fuzz/Cargo.toml)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang (default 10)
#   FUZZ_RSS_MB    memory limit in MB; above it counts as a crash (default 2048)
#   FUZZ_SANITIZER address | none (default none: safe Rust, so speed matters more than ASan)
#   FUZZ_JOBS      parallel fuzzing processes per target (default 1)
#   FUZZ_MAX_LEN   largest input in bytes (default 8192; tried from the start, no slow ramp-up,
#                  or the structured target only ever sees tiny, mostly-default documents)
#
# Starts from the committed seeds (fuzz/seeds/<target>) plus the local, gitignored corpus
# (fuzz/corpus/<target>, grown by every run). Exits non-zero if any target found a crash, hang
# or out-of-memory input; the input is saved under fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

secs=${FUZZ_SECONDS:-120}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
sanitizer=${FUZZ_SANITIZER:-none}
jobs=${FUZZ_JOBS:-1}
max_len=${FUZZ_MAX_LEN:-8192}
toolchain=${FUZZ_TOOLCHAIN:-nightly}

if ! cargo "+$toolchain" --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz needs a nightly toolchain (rustup toolchain install nightly)" >&2
  exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz (once, about two minutes)" >&2
  cargo install cargo-fuzz
fi

targets=${FUZZ_TARGETS:-$(cargo "+$toolchain" fuzz list | tr '\n' ' ')}
failed=()
for t in $targets; do
  mkdir -p "fuzz/corpus/$t" "fuzz/seeds/$t"
  flags=(-max_total_time="$secs" -timeout="$timeout" -rss_limit_mb="$rss" -max_len="$max_len" -len_control=0
    -print_final_stats=1)
  [ -f "fuzz/$t.dict" ] && flags+=(-dict="fuzz/$t.dict")
  [ "$jobs" -gt 1 ] && flags+=(-jobs="$jobs" -workers="$jobs")
  echo "fuzz: $t for ${secs}s (sanitizer $sanitizer)" >&2
  if ! cargo "+$toolchain" fuzz run --sanitizer "$sanitizer" --debug-assertions "$t" \
      "fuzz/corpus/$t" "fuzz/seeds/$t" -- "${flags[@]}"; then
    failed+=("$t")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} — inputs in fuzz/artifacts/<target>/;" \
    "reproduce with: cargo +$toolchain fuzz run <target> fuzz/artifacts/<target>/<file>" >&2
  exit 1
fi
echo "fuzz: clean (${secs}s per target: $targets)" >&2

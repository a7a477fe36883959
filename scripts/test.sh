#!/usr/bin/env bash
# The test suite: formatting, lints, then every unit and integration test in release mode (one
# cargo profile, so the dependencies are built once), using the shipped model, then a fuzz smoke
# run: every fuzz target for NEWSKG_FUZZ_SECONDS seconds (20 by default; 0 leaves it out), failing
# on any crash (fuzz/smoke.sh; its instrumented build is cached in ~/.cache/newskg-fuzz-target).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newskg-target}"
cargo fmt --all --check
cargo clippy --release --locked --workspace --all-targets -- -D warnings
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --release --locked --workspace 2>&1 | tee "$log"
# One closing line for the whole run (cargo prints one summary per test binary).
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
fuzz_seconds="${NEWSKG_FUZZ_SECONDS:-20}"
if [ "$fuzz_seconds" -gt 0 ]; then
  fuzz/smoke.sh "$fuzz_seconds"
fi

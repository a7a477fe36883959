#!/usr/bin/env bash
# Usage: fuzz/smoke.sh [SECONDS]   (20 by default)
# The CI smoke run (scripts/test.sh calls it): builds every fuzz target once, then fuzzes each for
# SECONDS from its seeds into a fresh scratch folder (never resuming an earlier run), and exits 1
# if any target crashed (run.sh prints the crashing inputs in hex). The instrumented build is
# cached in NEWSKG_FUZZ_TARGET_DIR (default ~/.cache/newskg-fuzz-target, outside the clone), so
# a fresh clone does not rebuild every dependency.
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:-20}
export NEWSKG_FUZZ_TARGET_DIR="${NEWSKG_FUZZ_TARGET_DIR:-$HOME/.cache/newskg-fuzz-target}"
export CARGO_TARGET_DIR="$NEWSKG_FUZZ_TARGET_DIR"
NEWSKG_FUZZ_OUT=$(mktemp -d "${TMPDIR:-/tmp}/newskg-fuzz-smoke.XXXXXX")
export NEWSKG_FUZZ_OUT
trap 'rm -rf "$NEWSKG_FUZZ_OUT"' EXIT

started=$(date +%s)
cargo afl build --release --locked --bins
echo "fuzz smoke: instrumented build $(($(date +%s) - started)) s"
failed=""
for target in read time extract http; do
  # A crash fails the run, but every target still gets its turn.
  if ! ./run.sh "$target" "$seconds" | sed "s/^/fuzz smoke: /"; then
    failed="$failed $target"
  fi
done
echo "fuzz smoke: $(($(date +%s) - started)) s in all"
if [ -n "$failed" ]; then
  echo "fuzz smoke: FAILED:$failed" >&2
  exit 1
fi

#!/usr/bin/env bash
# Speed of the learned relation scorer beside its peer from the same run: extracts every article
# of a JSONL file (or folder) as N-Quads with --relations rules and with --relations model, in
# turns, and prints the CPU seconds (user + system) and wall seconds of each run. CPU time is the
# figure to compare on a shared machine (wall time moves with other load).
#
# usage: scripts/bench-relations.sh [--bin PATH] [--runs N] INPUT
#   e.g. scripts/bench-relations.sh --runs 2 data/text/
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${CARGO_TARGET_DIR:-$HOME/.cache/newskg-target}/release/newskg"
runs=2
input=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -*) echo "usage: scripts/bench-relations.sh [--bin PATH] [--runs N] INPUT" >&2; exit 2 ;;
    *) input=$1; shift ;;
  esac
done
[ -n "$input" ] || { echo "usage: scripts/bench-relations.sh [--bin PATH] [--runs N] INPUT" >&2; exit 2; }
[ -x "$bin" ] || { echo "bench-relations: no binary at $bin (cargo build --release first, or --bin PATH)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-relations: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for run in $(seq "$runs"); do
  for mode in rules model; do
    /usr/bin/time -f "%U %S %e" "$bin" extract --relations "$mode" --output nquads "$input" > /dev/null 2> "$err"
    read -r user sys wall < <(tail -1 "$err")
    articles=$(grep -o 'extracted [0-9]* article' "$err" | grep -o '[0-9]*' || echo "?")
    printf 'run %s  --relations %-5s  %s articles  cpu %6.2f s  wall %6.2f s\n' \
      "$run" "$mode" "$articles" "$(echo "$user + $sys" | bc)" "$wall"
  done
done

#!/usr/bin/env bash
# Usage: fuzz/run.sh TARGET [SECONDS]   (TARGET: read | time | extract; SECONDS: 60 by default)
# Builds the instrumented targets, fuzzes TARGET for SECONDS from seeds/TARGET into out/TARGET
# (resuming a previous run there), then prints afl's figures and any crashing inputs in hex.
set -euo pipefail
cd "$(dirname "$0")"

target=${1:?usage: fuzz/run.sh read|time|extract [SECONDS]}
seconds=${2:-60}
[ -d "seeds/$target" ] || { echo "no seeds/$target: targets are read, time, extract" >&2; exit 2; }

cargo afl build --release --bin "$target"
bin="${CARGO_TARGET_DIR:-target}/release/$target"

mkdir -p out
# No UI; do not insist on the CPU governor or on core dumps going to a file (containers).
export AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1
# shellcheck disable=SC2086  # AFL_ARGS is a list of extra afl-fuzz options
cargo afl fuzz -V "$seconds" ${AFL_ARGS:-} -i "seeds/$target" -o "out/$target" "$bin" > "out/$target.log" 2>&1 || {
    echo "afl-fuzz failed; the end of out/$target.log:" >&2
    tail -n 30 "out/$target.log" >&2
    exit 1
}

stats="out/$target/default/fuzzer_stats"
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "target:        $target (${seconds}s)"
echo "executions:    $(stat execs_done) ($(stat execs_per_sec)/s)"
echo "corpus:        $(stat corpus_count) inputs ($(stat corpus_found) found)"
echo "coverage:      $(stat bitmap_cvg) of the edge map"
echo "crashes:       $(stat saved_crashes)"
echo "hangs:         $(stat saved_hangs)"

crashes=$(find "out/$target/default/crashes" -type f -name 'id:*' 2>/dev/null | sort)
if [ -n "$crashes" ]; then
    for c in $crashes; do
        echo "crash $c:"
        od -An -tx1 -v "$c" | head -n 8
    done
    echo "replay one: $bin < FILE"
    exit 1
fi

#!/usr/bin/env bash
# Usage: fuzz/run.sh TARGET [SECONDS]   (TARGET: read | time | extract | http; SECONDS: 60 by default)
# Builds the instrumented targets, fuzzes TARGET for SECONDS from seeds/TARGET into out/TARGET
# (resuming a previous run there), then prints afl's figures and any crashing inputs in hex; exits
# 1 when afl-fuzz fails or found a crash.
# Environment: NEWSKG_FUZZ_TARGET_DIR  where the instrumented build goes (default fuzz/target; an
#                                      inherited CARGO_TARGET_DIR is ignored: it is the main build's)
#              NEWSKG_FUZZ_OUT         where afl writes its queue and findings (default fuzz/out)
#              AFL_ARGS                extra afl-fuzz options, e.g. "-t 2000"
set -euo pipefail
cd "$(dirname "$0")"

targets="read time extract http"
target=${1:?usage: fuzz/run.sh read|time|extract|http [SECONDS]}
seconds=${2:-60}
case " $targets " in *" $target "*) ;; *) echo "no target $target: targets are $targets" >&2; exit 2 ;; esac

export CARGO_TARGET_DIR="${NEWSKG_FUZZ_TARGET_DIR:-$PWD/target}"
out="${NEWSKG_FUZZ_OUT:-$PWD/out}"
cargo afl build --release --locked --bin "$target"
bin="$CARGO_TARGET_DIR/release/$target"

mkdir -p "$out"
# No UI; do not insist on the CPU governor, on core dumps going to a file, or on a core of its own
# (containers, and other fuzzers on the same machine).
export AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_AUTORESUME=1
export AFL_NO_AFFINITY="${AFL_NO_AFFINITY:-1}"
# shellcheck disable=SC2086  # AFL_ARGS is a list of extra afl-fuzz options
cargo afl fuzz -V "$seconds" ${AFL_ARGS:-} -i "seeds/$target" -o "$out/$target" "$bin" > "$out/$target.log" 2>&1 || {
    echo "afl-fuzz failed; the end of $out/$target.log:" >&2
    tail -n 30 "$out/$target.log" >&2
    exit 1
}

stats="$out/$target/default/fuzzer_stats"
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "target:        $target (${seconds}s)"
echo "executions:    $(stat execs_done) ($(stat execs_per_sec)/s)"
echo "corpus:        $(stat corpus_count) inputs ($(stat corpus_found) found)"
echo "coverage:      $(stat bitmap_cvg) of the edge map"
echo "crashes:       $(stat saved_crashes)"
echo "hangs:         $(stat saved_hangs)"

crashes=$(find "$out/$target/default/crashes" -type f -name 'id:*' 2>/dev/null | sort)
if [ -n "$crashes" ]; then
    for c in $crashes; do
        echo "crash $c:"
        od -An -tx1 -v "$c" | head -n 8
    done
    echo "replay one: $bin < FILE"
    exit 1
fi

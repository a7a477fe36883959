#!/usr/bin/env bash
# Brings a finished gatherer round (ROUND-BRIEF.md) into the corpus and commits it, after checking it:
# the round's two scripts rebuild its pool and gold byte for byte, check.py and held_out.py pass, and no id
# is already in a split. A dry round (SECTION.md and COMMIT.txt, no scripts) adds only its GATHERING.md section.
#   usage: eval/corpus/gather/integrate_round.sh BATCH LETTERS      e.g. integrate_round.sh 68 a
# Reads /tmp/gather<BATCH><LETTERS>/{SECTION.md,COMMIT.txt,pool,gold}; rebuilds into /tmp/xh<BATCH><LETTERS>.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BATCH LETTERS" >&2; exit 2; }
B="$1"; X="$2"; R="$B$X"; G="/tmp/gather$R"; XH="/tmp/xh$R"
cd "$(dirname "$0")/../../.."
for f in "$G/SECTION.md" "$G/COMMIT.txt"; do [ -f "$f" ] || { echo "$R: missing $f" >&2; exit 1; }; done
paths=(eval/corpus/GATHERING.md)
if [ -f "eval/corpus/gather/batch$R.py" ]; then
  rm -rf "$XH"
  python3 "eval/corpus/gather/batch$R.py" "$XH/pool" >/dev/null
  python3 "eval/corpus/gather/batch${R}_annotate.py" "$XH/pool" "$XH/gold" >/dev/null
  diff -r "$G/pool" "$XH/pool"
  diff -r "$G/gold" "$XH/gold"
  python3 eval/corpus/check.py "$G"/gold/*/*.json
  python3 ../shared/eval/held_out.py "$G"/pool/*.json "$G"/gold/*/*.json
  for f in "$G"/gold/*/*.json; do
    split=$(basename "$(dirname "$f")"); name=$(basename "$f")
    for d in train dev test; do
      [ ! -e "eval/corpus/$d/$name" ] || { echo "$R: $name is already in $d" >&2; exit 1; }
    done
    cp "$f" "eval/corpus/$split/$name"; paths+=("eval/corpus/$split/$name")
  done
  paths+=("eval/corpus/gather/batch$R.py" "eval/corpus/gather/batch${R}_annotate.py")
fi
printf '\n' >> eval/corpus/GATHERING.md
cat "$G/SECTION.md" >> eval/corpus/GATHERING.md
git add "${paths[@]}"
git commit -q -m "$(cat "$G/COMMIT.txt")"
git log --oneline -1

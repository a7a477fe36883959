#!/bin/bash
# Out-of-fold pair features for the relation scorer, with heads trained on vectors read from the
# shipped ONNX file (pairs_onnx_head.py, pairs_vec_head.py); pairs_oof.sh's flow without PyTorch weights.
#
#   train/pairs_vec_oof.sh BIN VECTORS PAIRS [EXTRA...]
#   e.g. OOF=train/out/voof REL=train/out/vrel train/pairs_vec_oof.sh $B train/out/pairs/vec.npz \
#            train/out/pairs/pairs.jsonl train/out/pairs/redocred.jsonl train/data/pairs_invented.jsonl
#
# For each of 5 folds of the training articles (sorted ids, i mod 5; corpus train, plus eval/news-train
# when HEADARGS has --news), a head is trained without that fold, injected into models/pairs.onnx in a
# models folder of its own (symbolic links to models/ for the other files), and the fold's articles
# are dumped with relations_data.py under it (articles without a candidate pair go with fold 0).
# Writes REL/train.jsonl (and REL/news.jsonl with --news). PY: a Python with numpy, torch, onnx,
# onnxruntime, tokenizers; HEADARGS: more pairs_vec_head.py train options (e.g. "--news --news-weight 0.3").
# PARALLEL=1 trains the five fold heads at once first (one process each; the same heads), then exports and dumps.
# MODELS: the models folder the fold folders link their other files to (default models/; e.g. a trial copy whose
# recogniser and typing model the dumps must run with).
set -e
B=$1; VEC=$2; PAIRS=$3; shift 3
EXTRA=(); for e in "$@"; do EXTRA+=(--extra "$e"); done
PY=${PY:-python3}
O=${OOF:-train/out/voof}
R=${REL:-train/out/vrel}
SRC=$(cd ${MODELS:-models} && pwd)
export OOF=$O PAIRS
mkdir -p $O $R
train_head() {
  $PY train/pairs_vec_head.py train --vectors $VEC --pairs $PAIRS "${EXTRA[@]}" $HEADARGS --fold $1 \
      --out $O/head$1 > $O/head$1.log
}
if [ -n "$PARALLEL" ]; then
  for k in 0 1 2 3 4; do train_head $k & done
  wait
fi
for k in 0 1 2 3 4; do
  [ -n "$PARALLEL" ] || train_head $k
  M=$O/models$k; mkdir -p $M
  for f in $SRC/*; do
    b=$(basename $f)
    case $b in pairs.*|pairs_cases.json) ;; *) ln -sf "$SRC/$b" $M/$b ;; esac
  done
  $PY train/pairs_vec_head.py export --head $O/head$k --version oof-fold$k --models $M > $O/export$k.log
  G=$O/gold$k; rm -rf $G $O/ngold$k; mkdir -p $G
  python3 train/oof_fold_gold.py $O $k $PAIRS --news-if-in-fold
  NEWSKG_MODELS=$M python3 train/relations_data.py --bin $B --gold $G --out $O/rel$k.jsonl
  if [ -d $O/ngold$k ]; then
    NEWSKG_MODELS=$M python3 train/relations_data.py --bin $B --gold $O/ngold$k --out $O/nrel$k.jsonl
  fi
done
cat $O/rel?.jsonl > $R/train.jsonl
if [ -f $O/nrel0.jsonl ]; then cat $O/nrel?.jsonl > $R/news.jsonl; fi

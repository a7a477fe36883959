#!/bin/bash
# Out-of-fold pair features for the relation scorer's train split with the encoder left out too (session 27).
#
#   train/pairs_oof_encoder.sh BIN [EXTRA...]
#   e.g. OOF=train/out/oofE REL=train/out/rel27e PY=/work/venvs/torch/bin/python train/pairs_oof_encoder.sh \
#            $B train/out/pairs/redocred.jsonl train/data/pairs_invented.jsonl
#
# pairs_oof.sh trains its five fold heads on one fine-tuned encoder; when that encoder was fine-tuned on every
# corpus train article, the fold heads score articles their encoder has seen. Here each fold K gets its own
# encoder: pairs_train.py --fold K (run4's recipe: 6 layers, 3 epochs, neg-keep 0.5) without the fold's articles,
# then pairs_head.py --fold K on that encoder (head5's recipe), exported into a models folder of its own (symbolic
# links to MODELS for the other files, default models/), and the fold's articles dumped with relations_data.py.
# Writes REL/train.jsonl (default train/out/rel27e). PAIRS as in pairs_oof.sh. Each fold: ~8 min of fine-tuning
# on two cores.
set -e
B=$1; shift 1
EXTRA=(); for e in "$@"; do EXTRA+=(--extra "$e"); done
PY=${PY:-python3}
O=${OOF:-train/out/oofE}
R=${REL:-train/out/rel27e}
SRC=$(cd ${MODELS:-models} && pwd)
export PAIRS=${PAIRS:-train/out/pairs/pairs.jsonl}
mkdir -p $O $R
for k in ${FOLDS:-0 1 2 3 4}; do
  echo "fold $k: fine-tune $(date -u +%T)"
  $PY train/pairs_train.py --pairs $PAIRS "${EXTRA[@]}" --out $O/run$k --layers 6 --epochs 3 --neg-keep 0.5 \
      --threads 2 --fold $k > $O/run$k.log 2>&1
  echo "fold $k: head $(date -u +%T)"
  $PY train/pairs_head.py --run $O/run$k --pairs $PAIRS "${EXTRA[@]}" --fold $k --out $O/head$k > $O/head$k.log 2>&1
  rm -f $O/run$k/weights.pt   # the head folder keeps the same encoder with the new head
  M=$O/models$k; mkdir -p $M
  for f in $SRC/*; do
    b=$(basename $f)
    case $b in pairs.*|pairs_cases.json) ;; *) ln -sf "$SRC/$b" $M/$b ;; esac
  done
  $PY train/pairs_export.py --run $O/head$k --version oof-encoder-fold$k --threshold-relation 0.75 \
      --threshold-role 0.5 --models $M > $O/export$k.log 2>&1
  rm -f $O/head$k/pairs.fp32.onnx $O/head$k/features.pt
  G=$O/gold$k; rm -rf $G; mkdir -p $G
  python3 train/oof_fold_gold.py $O $k $PAIRS
  NEWSKG_MODELS=$M python3 train/relations_data.py --bin $B --gold $G --out $O/rel$k.jsonl
  echo "fold $k: done $(date -u +%T)"
done
cat $O/rel?.jsonl > $R/train.jsonl

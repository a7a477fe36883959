#!/bin/bash
# Out-of-fold pair features for the relation scorer's train split (models/RELATIONS.md, `oof1`, `oof2`).
#
#   train/pairs_oof.sh BIN RUN HEAD [EXTRA...]
#   e.g. train/pairs_oof.sh $CARGO_TARGET_DIR/release/newskg train/out/pairs/run4 train/out/pairs/head5 \
#            train/out/pairs/redocred.jsonl train/data/pairs_invented.jsonl
#
# The pair model is trained on the corpus train split, so its probabilities on train articles are
# in-sample (over-confident) and a relation scorer fitted on them over-trusts them. Here, for each
# of 5 folds of the train articles (sorted ids, i mod 5), a head is trained on HEAD's cached marker
# vectors without that fold (pairs_head.py --fold; RUN's fine-tuned encoder, as for HEAD), exported
# to a models folder of its own (symbolic links to models/ for the other files), and the fold's
# articles are dumped with relations_data.py under it. Writes train/out/relations/train.jsonl (the
# 5 folds together); dev.jsonl and check.jsonl are dumped with the shipped models as before.
# OOF=DIR (default train/out/oof) puts the folds elsewhere, keeping another run's.
# PAIRS=FILE (default train/out/pairs/pairs.jsonl) is the pairs file HEAD was trained on. When it
# holds split `news` pairs (eval/news-train, head7), those articles are folded with train and each
# fold's news articles are dumped too: news.jsonl beside train.jsonl (the scorer's --extra).
# HEADARGS="..." are passed on to pairs_head.py (e.g. --news-weight 0.3, as HEAD was trained).
# REL=DIR (default train/out/relations) is where train.jsonl (and news.jsonl) go.
# MODELS=DIR (default models/) supplies every file but the pair model's to the fold models folders.
# RUN=fold (HEAD then "-"): each fold gets its own encoder too, fine-tuned without the fold's articles
# (pairs_train.py --fold K, run4's recipe), so that the features are out of sample for the encoder as well
# (session 27); each fold then takes about 8 min of fine-tuning on two cores. FOLDS="0 1" runs some folds only;
# ROLE_THRESHOLD (default 0.6) and VERSION (default oof-fold, or oof-encoder-fold with RUN=fold) go to the export.
# RUN=given (HEAD then "-"): the fold heads are already in OOF/headK (fine-tuned elsewhere, e.g. on the GPU machine by
# train/pairs_device.sh and unpacked with pairs_pack.py unpack-run); only the export and the dumps run here.
set -e
B=$1; RUN=$2; HEAD=$3; shift 3
EXTRA=(); for e in "$@"; do EXTRA+=(--extra "$e"); done
PY=${PY:-train/.venv/bin/python}
O=${OOF:-train/out/oof}   # OOF=DIR keeps another run's folds
export PAIRS=${PAIRS:-train/out/pairs/pairs.jsonl}
SRC=$(cd ${MODELS:-models} && pwd)
OWN_ENCODERS=$([ "$RUN" = fold ] || [ "$RUN" = given ] && echo 1)   # each fold has an encoder of its own
VERSION=${VERSION:-$([ -n "$OWN_ENCODERS" ] && echo oof-encoder-fold || echo oof-fold)}
mkdir -p $O ${REL:-train/out/relations}
for k in ${FOLDS:-0 1 2 3 4}; do
  if [ "$RUN" = fold ]; then
    echo "fold $k: fine-tune $(date -u +%T)"
    $PY train/pairs_train.py --pairs $PAIRS "${EXTRA[@]}" --out $O/run$k --layers 6 --epochs 3 --neg-keep 0.5 \
        --threads 2 --fold $k > $O/run$k.log 2>&1
    $PY train/pairs_head.py --run $O/run$k "${EXTRA[@]}" --pairs $PAIRS $HEADARGS --fold $k --out $O/head$k > $O/head$k.log
    rm -f $O/run$k/weights.pt   # the head folder keeps the same encoder with the new head
  elif [ "$RUN" = given ]; then
    [ -f $O/head$k/weights.pt ] || { echo "$O/head$k/weights.pt missing"; exit 1; }
  else
    $PY train/pairs_head.py --run $RUN "${EXTRA[@]}" --pairs $PAIRS $HEADARGS --features $HEAD/features.pt --fold $k --out $O/head$k > $O/head$k.log
  fi
  M=$O/models$k; mkdir -p $M
  for f in $SRC/*; do
    b=$(basename $f)
    case $b in pairs.*|pairs_cases.json) ;; *) ln -sf "$SRC/$b" $M/$b ;; esac
  done
  $PY train/pairs_export.py --run $O/head$k --version $VERSION$k --threshold-relation 0.75 \
      --threshold-role ${ROLE_THRESHOLD:-0.6} --models $M > $O/export$k.log
  rm -f $O/head$k/pairs.fp32.onnx   # 88 MB each; the int8 model in $M is what the dump runs
  if [ -n "$OWN_ENCODERS" ]; then rm -f $O/head$k/features.pt; fi
  G=$O/gold$k; rm -rf $G $O/ngold$k; mkdir -p $G
  python3 train/oof_fold_gold.py $O $k $PAIRS
  NEWSKG_MODELS=$M python3 train/relations_data.py --bin $B --gold $G --out $O/rel$k.jsonl
  if [ -d $O/ngold$k ]; then
    NEWSKG_MODELS=$M python3 train/relations_data.py --bin $B --gold $O/ngold$k --out $O/nrel$k.jsonl
  fi
done
R=${REL:-train/out/relations}   # REL=DIR writes the dumps elsewhere
cat $(for k in ${FOLDS:-0 1 2 3 4}; do echo $O/rel$k.jsonl; done) > $R/train.jsonl
if [ -d $O/ngold0 ]; then cat $O/nrel?.jsonl > $R/news.jsonl; fi

#!/bin/bash
# The six pair-model fine-tunes of the relation scorer's refit (the whole-train model and the five fold models of
# pairs_oof.sh's RUN=fold), run side by side on the GPU machine. Each is session 27's head27 recipe unchanged:
# pairs_train.py --layers 6 --epochs 3 --neg-keep 0.5 (seed 13) with Re-DocRED and the invented pairs as extras,
# then pairs_head.py on the fine-tuned encoder; the fold models leave out their fold's train articles in both steps.
#
#   train/pairs_device.sh DIR [first|rest]
#
# DIR (carried to the machine) holds base.pt (pairs_pack.py pack-base), pairs.jsonl.gz and redocred.jsonl.gz. Each model
# is packed (pairs_pack.py pack-run) and the six are tarred and cut into 15 MB parts; a call returns at most 64 MB, so
# `first` trains and returns parts 1-4 with the logs, and `rest` (the next call, while the machine is still warm)
# returns the remaining parts from /tmp. Here: cat part_* | tar -x, then pairs_pack.py unpack-run on each.
# DEVICE=cpu and MODELS="0" run a smoke test on this machine (with a small pairs file). SEEDS="13 14 15" fine-tunes
# each model once per seed and averages their weights (pairs_soup.py) before its head is trained.
set -e
D=$1; STAGE=${2:-first}
W=${WORK:-/tmp/pairs_gpu}; O=${OUT:-$W/out}
PY=${PY:-python3}
DEVICE=${DEVICE:-cuda}
MODELS=${MODELS:-full 0 1 2 3 4}
mkdir -p $W/packed $W/parts $O
if [ "$STAGE" = first ]; then
  nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null || true
  $PY -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available())"
  $PY train/pairs_pack.py unpack-base --packed $D/base.pt --out $W/enc
  for f in pairs redocred; do gunzip -c $D/$f.jsonl.gz > $W/$f.jsonl; done
  EXTRA="--extra $W/redocred.jsonl --extra train/data/pairs_invented.jsonl"
  for k in $MODELS; do
    FOLD=""; [ "$k" != full ] && FOLD="--fold $k"
    ( if [ -z "$SEEDS" ]; then
        $PY train/pairs_train.py --pairs $W/pairs.jsonl $EXTRA --out $W/run$k --layers 6 --epochs 3 --neg-keep 0.5 \
            --threads 2 --device $DEVICE --encoder $W/enc $FOLD > $W/run$k.log 2>&1
      else   # SEEDS="13 14 15": one fine-tune per seed side by side, then their mean (pairs_soup.py)
        for s in $SEEDS; do
          $PY train/pairs_train.py --pairs $W/pairs.jsonl $EXTRA --out $W/run$k-s$s --layers 6 --epochs 3 \
              --neg-keep 0.5 --threads 1 --seed $s --device $DEVICE --encoder $W/enc $FOLD > $W/run$k-s$s.log 2>&1 &
        done
        wait
        for s in $SEEDS; do tail -n 1 $W/run$k-s$s.log; done > $W/run$k.log
        $PY train/pairs_soup.py --runs $(for s in $SEEDS; do echo $W/run$k-s$s; done) --out $W/run$k >> $W/run$k.log 2>&1
      fi \
      && $PY train/pairs_head.py --run $W/run$k --pairs $W/pairs.jsonl $EXTRA $FOLD --out $W/head$k --threads 2 \
          --device $DEVICE --encoder $W/enc > $W/head$k.log 2>&1 \
      && cp $W/run$k/metrics.json $W/head$k/train_metrics.json \
      && $PY train/pairs_pack.py pack-run --run $W/head$k --base $D/base.pt --out $W/packed/$k.pt >> $W/head$k.log 2>&1 \
      && echo "model $k done $(date -u +%T)" || echo "model $k FAILED $(date -u +%T)" ) &
  done
  wait
  for k in $MODELS; do
    echo "== run$k"; tail -n 12 $W/run$k.log; echo "== head$k"; grep -v '^epoch' $W/head$k.log | tail -n 14
  done > $O/logs.txt 2>&1
  ls $W/packed
  for k in $MODELS; do [ -f $W/packed/$k.pt ] || { echo "model $k missing"; exit 1; }; done
  tar -C $W/packed -cf - $(for k in $MODELS; do echo $k.pt; done) | split -b 15000000 -d - $W/parts/part_
  (cd $W/parts && sha256sum part_* > $O/parts.sha256)
  ls -la $W/parts
  for p in $(ls $W/parts | head -n 4); do cp $W/parts/$p $O/; done
else
  for p in $(ls $W/parts | tail -n +5); do cp $W/parts/$p $O/; done
fi
ls -la $O

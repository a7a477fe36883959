#!/bin/bash
# Out-of-fold relation-scorer candidates for corpus train from the fold heads of pairs_oof_np.py:
#   train/relations_oof_dump.sh BIN OOFDIR OUT.jsonl
# Each fold's corpus train articles (fold_docs<k>.json; articles without a candidate pair go with
# fold 0) are dumped by relations_data.py with NEWSKG_MODELS=OOFDIR/models<k>.
set -e
B=$1; O=$2; OUT=$3
for k in 0 1 2 3 4; do
  G=$O/gold$k; rm -rf $G; mkdir -p $G
  python3 - $O $k <<'PY'
import json, os, sys
O, k = sys.argv[1], int(sys.argv[2])
out = set(json.load(open(f"{O}/fold_docs{k}.json")))
allf = set()
for j in range(5):
    allf |= set(json.load(open(f"{O}/fold_docs{j}.json")))
for fn in sorted(os.listdir("eval/corpus/train")):
    d = fn[:-5]
    if fn.endswith(".json") and (d in out or (k == 0 and d not in allf)):
        os.symlink(os.path.abspath(f"eval/corpus/train/{fn}"), f"{O}/gold{k}/{fn}")
PY
  NEWSKG_MODELS=$O/models$k python3 train/relations_data.py --bin $B --gold $G --out $O/rel$k.jsonl
done
cat $O/rel?.jsonl > $OUT

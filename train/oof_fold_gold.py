#!/usr/bin/env python3
"""One fold's gold folders for the out-of-fold dumps of train/pairs_oof.sh and train/pairs_vec_oof.sh.

    python3 train/oof_fold_gold.py OOF K PAIRS [--news-if-in-fold]

OOF/headK/fold_docs.json lists the articles the fold-K head was trained without. Every corpus train
article among them is linked into OOF/goldK, and so is each article with no candidate pair in PAIRS
(split "train") when K is 0 (it has no pair probability to leave out). When PAIRS holds split "news"
pairs (eval/news-train), the same is done for those articles into OOF/ngoldK; --news-if-in-fold writes
ngoldK only when some of the fold's left-out articles are news articles (pairs_vec_oof.sh), without it
whenever PAIRS has news pairs at all (pairs_oof.sh). Standard library only."""
import argparse, json, os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("oof")
    ap.add_argument("k", type=int)
    ap.add_argument("pairs")
    ap.add_argument("--news-if-in-fold", action="store_true")
    a = ap.parse_args()
    out = set(json.load(open(f"{a.oof}/head{a.k}/fold_docs.json")))
    recs = [json.loads(line) for line in open(a.pairs)]
    for split, folder, gold in (("train", "eval/corpus/train", f"{a.oof}/gold{a.k}"),
                                ("news", "eval/news-train", f"{a.oof}/ngold{a.k}")):
        docs = {r["doc"] for r in recs if r["split"] == split}
        if split == "news" and not (docs & out if a.news_if_in_fold else docs):
            continue
        os.makedirs(gold, exist_ok=True)
        for fn in sorted(os.listdir(folder)):
            d = fn[:-5]
            if fn.endswith(".json") and (d in out or (a.k == 0 and d not in docs)):
                os.symlink(os.path.abspath(f"{folder}/{fn}"), f"{gold}/{fn}")


if __name__ == "__main__":
    main()

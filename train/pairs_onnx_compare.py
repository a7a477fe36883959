#!/usr/bin/env python3
"""Article-level F1 of several exported pair models (pairs.onnx + pairs.json folders) on one split of the pairs.

    python3 train/pairs_onnx_compare.py --pairs train/out/pairs/pairs.jsonl --split dev \
        --model head5=models --model head27=/tmp/pairft27-models [--threads 1]

Each model folder's int8 graph is run as the Rust side runs it (one pair per call, so the dynamic activation
scale is the pair's own), its logits divided by that folder's pairs.json temperatures, and the pairs of the
chosen split scored with `pairs_metrics.doc_level` (the highest probability over a pair's sentences, per
article) at each threshold of --thresholds, for relations and roles. Every model is measured the same way,
whatever encoder or head it has (session 27: a fine-tuned encoder against the shipped one). --save DIR keeps
each model's probabilities (NAME.npy, in the order of the split's pairs); --docs keeps only some articles' pairs
(a fold's left-out train articles, to score a fold model out of fold).
"""
import argparse
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_metrics import doc_level, sig, temperature_vector  # noqa: E402
from pairslib import cpu_session, load_tokenizer, one_pair_feed  # noqa: E402


def probabilities(folder, recs, threads):
    sess = cpu_session(os.path.join(folder, "pairs.onnx"), threads)
    tok = load_tokenizer(os.path.join(folder, "tokenizer.json"))
    t = json.load(open(os.path.join(folder, "pairs.json")))["temperature"]
    tvec = temperature_vector(t["relation"], t["role"], t["current"])
    out = np.zeros((len(recs), len(tvec)))
    for k, r in enumerate(recs):
        out[k] = sig(sess.run(["logits"], one_pair_feed(tok, r))[0][0] / tvec)
    return out

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", required=True)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--model", action="append", required=True, help="NAME=FOLDER (pairs.onnx, pairs.json, tokenizer.json)")
    ap.add_argument("--thresholds", default="0.5,0.6,0.75")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--save", default=None)
    ap.add_argument("--docs", default=None, help="a JSON list of article ids (e.g. a fold head's fold_docs.json): "
                    "only their pairs are scored")
    a = ap.parse_args()
    recs = [r for r in (json.loads(line) for line in open(a.pairs)) if r["split"] == a.split]
    if a.docs:
        keep = set(json.load(open(a.docs)))
        recs = [r for r in recs if r["doc"] in keep]
    docs = len({r["doc"] for r in recs})
    print(f"split {a.split}: {len(recs)} pairs from {docs} articles", flush=True)
    thresholds = [float(x) for x in a.thresholds.split(",")]
    rows = []
    for spec in a.model:
        name, folder = spec.split("=", 1)
        t0 = time.time()
        p = probabilities(folder, recs, a.threads)
        if a.save:
            os.makedirs(a.save, exist_ok=True)
            np.save(os.path.join(a.save, name + ".npy"), p)
        version = json.load(open(os.path.join(folder, "pairs.json")))["version"]
        res = [doc_level(recs, p, t, t) for t in thresholds]
        rows.append((name, res))
        print(f"{name} ({version}, {time.time() - t0:.0f}s)", flush=True)
        for t, r in zip(thresholds, res):
            print(f"  @ {t}: relations P {r['rel']['p']:.3f} R {r['rel']['r']:.3f} F1 {r['rel']['f1']:.3f} | "
                  f"roles P {r['role']['p']:.3f} R {r['role']['r']:.3f} F1 {r['role']['f1']:.3f}", flush=True)
    head = " / ".join(str(t) for t in thresholds)
    print(f"\n| model | relations F1 @ {head} | roles F1 @ {head} |\n| --- | --- | --- |")
    for name, res in rows:
        print(f"| {name} | {' / '.join(format(r['rel']['f1'], '.3f') for r in res)} | "
              f"{' / '.join(format(r['role']['f1'], '.3f') for r in res)} |")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Evaluate ONNX models (and spaCy en_core_web_md as a yardstick) on the held-out sets.

Scoring: entity-level exact-span P/R/F1 per type over WORDS (the tokenizer's words):
gold char spans and predicted spans are both projected onto the same words, so our model
and spaCy are scored on identical units and sentences.
spaCy mapping: ORG->ORG, PERSON->PER, GPE/LOC/FAC->LOC, PRODUCT->SERVICE, others dropped.

  python3 train/evaluate.py --onnx fp32=train/out/onnx/ner.fp32.onnx --onnx int8=models/ner.onnx \
      --spacy train/out/spacy/model --out train/out/eval.json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import ORG_KINDS, TYPES, encode, load_tokenizer, words_of, word_labels  # noqa: E402
from train import heldout_sets, predict_words, score  # noqa: E402

SPACY_MAP = {"ORG": "ORG", "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "PRODUCT": "SERVICE"}


def ort_logits_fn(path, threads):
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])

    def fn(a, m, s):
        return sess.run(["logits"], {"input_ids": a, "attention_mask": m, "shape_ids": s})[0]

    return fn


def spacy_predict(nlp, tok, rows):
    golds, preds = [], []
    texts = [r["text"] for r in rows]
    for r, doc in zip(rows, nlp.pipe(texts, batch_size=64)):
        enc = tok.encode(r["text"])
        words = words_of(enc, r["text"])
        golds.append(word_labels(words, r.get("entities", [])))
        ents = [
            {"start": e.start_char, "end": e.end_char, "type": SPACY_MAP[e.label_]}
            for e in doc.ents
            if e.label_ in SPACY_MAP
        ]
        preds.append(word_labels(words, ents))
    return golds, preds


def load_spacy(path):
    import spacy

    return spacy.load(path, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prep", default=os.path.join(HERE, "out", "prep"))
    ap.add_argument("--tokenizer", default=os.path.join(os.path.dirname(HERE), "models", "tokenizer.json"))
    ap.add_argument("--onnx", action="append", default=[], help="NAME=PATH (repeatable)")
    ap.add_argument("--spacy", default=None, help="path of the en_core_web_md model folder")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(HERE, "out", "eval.json"))
    args = ap.parse_args()
    tok = load_tokenizer(args.tokenizer)
    sets = heldout_sets(args.prep)
    res = {"sets": {k: len(v) for k, v in sets.items()}, "systems": {}}
    for spec in args.onnx:
        name, path = spec.split("=", 1)
        fn = ort_logits_fn(path, args.threads)
        res["systems"][name] = {"path": path, "bytes": os.path.getsize(path), "sets": {}}
        for sname, rows in sets.items():
            t0 = time.time()
            g, p = predict_words(tok, rows, fn, bs=32)
            res["systems"][name]["sets"][sname] = score(g, p)
            print(f"{name:8s} {sname:10s} ALL F1 {res['systems'][name]['sets'][sname]['ALL']['f1']:6.2f}  ({time.time()-t0:.1f}s)", flush=True)
    if args.spacy:
        nlp = load_spacy(args.spacy)
        res["systems"]["spacy_md"] = {"path": args.spacy, "sets": {}}
        for sname, rows in sets.items():
            g, p = spacy_predict(nlp, tok, rows)
            res["systems"]["spacy_md"]["sets"][sname] = score(g, p)
            print(f"spacy_md {sname:10s} ALL F1 {res['systems']['spacy_md']['sets'][sname]['ALL']['f1']:6.2f}", flush=True)
    with open(args.out, "w") as f:
        json.dump(res, f, indent=1)
    print_tables(res)


def print_tables(res):
    systems = list(res["systems"])
    for sname in res["sets"]:
        print(f"\n### {sname} ({res['sets'][sname]} sentences)\n")
        print("| type | support | " + " | ".join(f"{s} P / R / F1" for s in systems) + " |")
        print("|---|---:|" + "---|" * len(systems))
        kinds = [k for k in ORG_KINDS if any(k in res["systems"][s]["sets"][sname] for s in systems)]
        for t in TYPES + ["ALL"] + kinds:
            row = []
            sup = None
            for s in systems:
                r = res["systems"][s]["sets"][sname].get(t, {"p": 0.0, "r": 0.0, "f1": 0.0, "support": 0})
                sup = r["support"]
                row.append(f"{r['p']:.1f} / {r['r']:.1f} / **{r['f1']:.1f}**" if t == "ALL" else f"{r['p']:.1f} / {r['r']:.1f} / {r['f1']:.1f}")
            if sup == 0 and t != "ALL":
                continue
            print(f"| {t} | {sup} | " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()

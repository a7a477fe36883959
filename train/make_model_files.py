#!/usr/bin/env python3
"""Write models/labels.json, models/shape_cases.json and models/ner_cases.json (test vectors
for the Rust port) and copy the encoder's tokenizer.json into models/.

  python3 train/make_model_files.py [--models models] [--onnx models/ner.onnx]
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import LABELS, MAX_LEN, SHAPE_CLASSES, decode_words, default_model_dir, encode, load_tokenizer, shape  # noqa: E402

SHAPE_WORDS = [
    ("outage", False), ("outage", True), ("Microsoft", False), ("Microsoft", True), ("The", True),
    ("The", False), ("AWS", False), ("AWS", True), ("US", False), ("A", False), ("A", True),
    ("a", True), ("I", False), ("iPhone", False), ("iPhone", True), ("DingTalk", False),
    ("McDonald", False), ("eBay", False), ("iOS", False), ("365", False), ("365", True),
    ("1.5", False), ("-", False), (",", True), ("@", False), ("#", False), ("É", False),
    ("École", False), ("ÉCOLE", False), ("é", False), ("Q3", False), ("3G", False), ("5g", False),
    ("S3", True), ("EC2", False), ("Ü", True), ("Straße", False), ("STRASSE", False), ("x", False),
    ("Łódź", False), ("USA", True), ("NASA", False), ("ß", False), ("ǅ", False), ("ΑΘΗΝΑ", False),
    ("Αθήνα", False), ("東京", False), ("١٢", False), ("CEO", False), ("Ltd", False),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--models", default=os.path.join(os.path.dirname(HERE), "models"))
    ap.add_argument("--onnx", default=None)
    ap.add_argument("--version", default="newskg-ner-" + datetime.date.today().isoformat())
    args = ap.parse_args()
    os.makedirs(args.models, exist_ok=True)
    tok_path = os.path.join(args.models, "tokenizer.json")
    shutil.copy(os.path.join(default_model_dir(), "tokenizer.json"), tok_path)
    labels = {"version": args.version, "labels": LABELS, "max_len": MAX_LEN, "shape_classes": SHAPE_CLASSES,
              "inputs": ["input_ids", "attention_mask", "shape_ids"], "output": "logits"}
    with open(os.path.join(args.models, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1)
        f.write("\n")
    cases = [{"word": w, "first": fst, "shape": shape(w, fst)} for w, fst in SHAPE_WORDS]
    with open(os.path.join(args.models, "shape_cases.json"), "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(len(cases), "shape cases")

    onnx_path = args.onnx or os.path.join(args.models, "ner.onnx")
    if os.path.exists(onnx_path):
        import numpy as np
        import onnxruntime as ort

        sess = ort.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
        tok = load_tokenizer(tok_path)
        sents = [
            "Microsoft blamed a configuration change for the Azure outage in Western Europe on Tuesday.",
            "AWS said EC2 instances in us-east-1 were recovering, according to CEO Andy Jassy.",
            "BREAKING: DingTalk and WeChat Pay down across China",
            "Tim Cook unveiled the iPhone at Apple Park in Cupertino.",
            "Zoom said Slack users in São Paulo could not log in.",
            "The Monetary Authority of Singapore told DBS Bank to review its data centre after the outage.",
        ]
        out = []
        for s in sents:
            chunks, words, _ = encode(tok, s)
            c = chunks[0]
            a = np.array([c["input_ids"]], np.int64)
            lg = sess.run(["logits"], {"input_ids": a, "attention_mask": np.ones_like(a), "shape_ids": np.array([c["shape_ids"]], np.int64)})[0][0]
            out.append({
                "text": s,
                "input_ids": c["input_ids"],
                "shape_ids": c["shape_ids"],
                "words": [[ws, we] for _, ws, we, _ in words],
                "word_first_token": c["word_first_pos"],
                "word_labels": decode_words([lg[p] for p in c["word_first_pos"]], LABELS),
                "logits_first_token_row0": [round(float(x), 4) for x in lg[0]],
            })
            ents = []
            print(s, "->", [(s[words[i][1]:words[i][2]], l) for i, l in enumerate(out[-1]["word_labels"]) if l != "O"])
        with open(os.path.join(args.models, "ner_cases.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()

"""End-to-end out-of-fold figures for a typing refit: five fold models (grouped by article over the
--train rows, as typing_train.py folds them), each put in a copy of a models folder and scored by
../shared/eval/score.py on its held-out articles of one gold folder; category counts summed.

    python3 train/typing_e2e_oof.py --bin BIN --data train/out/typ23 --models-base models \
        --train train.jsonl=eval/corpus/train --train news-train.jsonl=eval/news-train \
        --score-gold eval/corpus/train --only-not-in LIST --C 1 --weight none --temperature 1.25 \
        --margin 0.1 --drop 0.6 --work /tmp/x --tag NAME

--only-not-in: score only articles whose id is not in LIST (e.g. the shipped model's training
articles, so that the shipped model is out of sample too; run score.py on the same folder with the
shipped models for the comparison).
"""
import argparse
import json
import os
import shutil
import subprocess

import numpy as np
from scipy import sparse
from sklearn.model_selection import GroupKFold

from linear_onnx import load_linear, save_softmax
from score_counts import SCORE, add_counts, score_counts
from typing_train import fit, load

CATS = ["entities", "roles", "relations", "outages", "dates"]


def write_model(folder, w, b, cfg):
    save_softmax(os.path.join(folder, "typing.onnx"), w, b, "newskg_typing")
    json.dump(cfg, open(os.path.join(folder, "typing.json"), "w"), indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--models-base", default="models")
    ap.add_argument("--train", action="append", required=True)
    ap.add_argument("--score-gold", required=True)
    ap.add_argument("--only-not-in")
    ap.add_argument("--C", type=float, required=True)
    ap.add_argument("--weight", default="none")
    ap.add_argument("--temperature", type=float, required=True)
    ap.add_argument("--margin", type=float, required=True)
    ap.add_argument("--drop", type=float, required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--tag", required=True)
    ap.add_argument("--blend-alpha", type=float,
                    help="blend each fold model with --models-base's typing model as typing_blend.py does: "
                         "logits (1 - a) * base + a * fold model, then the temperature")
    a = ap.parse_args()
    xs, ys, gs = [], [], []
    for spec in a.train:
        f, _ = spec.split("=", 1)
        rows, x, y, _ = load(os.path.join(a.data, f))
        xs.append(x), ys.append(y), gs.extend(r["article"] for r in rows)
    x, y, groups = np.vstack(xs), np.concatenate(ys), np.array(gs)
    skip = set(l.strip() for l in open(a.only_not_in)) if a.only_not_in else set()
    golds = {}
    for fn in os.listdir(a.score_gold):
        if fn.endswith(".json"):
            golds[json.load(open(os.path.join(a.score_gold, fn)))["id"]] = fn
    cfg0 = json.load(open(os.path.join(a.models_base, "typing.json")))
    if a.blend_alpha is not None:
        w0, b0 = (t.astype(np.float64) for t in load_linear(os.path.join(a.models_base, "typing.onnx")))
    total = {}
    weight = None if a.weight == "none" else a.weight
    for k, (tr, te) in enumerate(GroupKFold(5).split(x, y, groups)):
        m = fit(sparse.csr_matrix(x[tr]), y[tr], a.C, weight)
        mdir = os.path.join(a.work, f"models{k}")
        if os.path.exists(mdir):
            shutil.rmtree(mdir)
        shutil.copytree(a.models_base, mdir)
        cfg = dict(cfg0, version=f"{a.tag}-fold{k}", margin=a.margin, drop=a.drop, C=a.C, class_weight=weight,
                   temperature=a.temperature)
        w, b = m.coef_.T, m.intercept_
        if a.blend_alpha is not None:
            w = (1 - a.blend_alpha) * w0 + a.blend_alpha * w
            b = (1 - a.blend_alpha) * b0 + a.blend_alpha * b
        write_model(mdir, w / a.temperature, b / a.temperature, cfg)
        gdir = os.path.join(a.work, f"gold{k}")
        if os.path.exists(gdir):
            shutil.rmtree(gdir)
        os.makedirs(gdir)
        held = set(groups[te]) - skip
        if k == 0:  # articles with no row (no company, organisation or service) score the same with any model
            held |= set(golds) - set(groups) - skip
        n = 0
        for aid in held:
            if aid in golds:
                shutil.copy(os.path.join(a.score_gold, golds[aid]), gdir)
                n += 1
        out = os.path.join(a.work, f"score{k}.txt")
        env = dict(os.environ, NEWSKG_MODELS=mdir)
        with open(out, "w") as f:
            subprocess.run(["python3", SCORE, "--bin", a.bin, "--gold", gdir, "--show-misses",
                            "--json", os.path.join(a.work, f"score{k}.json")],
                           stdout=f, stderr=subprocess.STDOUT, env=env, check=False)
        print(f"fold {k}: {n} articles;", open(out).read().strip().splitlines()[-1], flush=True)
        add_counts(total, score_counts(os.path.join(a.work, f"score{k}.json")))
    f1s = {}
    for cat, (tpp, pred, tpr, gold) in sorted(total.items()):
        p, r = (tpp / pred if pred else 0), (tpr / gold if gold else 0)
        f1s[cat] = 2 * p * r / (p + r) if p + r else 0
        print(f"{cat:<26} P {p:.3f} R {r:.3f} F1 {f1s[cat]:.3f} {pred}/{gold}")
    print(f"pooled macro {np.mean([f1s[c] for c in CATS]):.3f}")


if __name__ == "__main__":
    main()

"""Trains the outage detector (models/outage_detect.onnx) on the vectors newskg computes.

    newskg extract --outage-detection rules --output outage-detection-features eval/corpus/train/ > /tmp/det-train.jsonl
    newskg extract --outage-detection rules --output outage-detection-features - \
        < train/data/outages_invented.jsonl > /tmp/det-inv.jsonl
    newskg extract --outage-detection rules --output outage-detection-features - \
        < train/data/outages_detect_invented.jsonl > /tmp/det-inv2.jsonl
    newskg extract --outage-detection rules --output outage-detection-features eval/corpus/dev/ > /tmp/det-dev.jsonl
    python train/outage_detect_train.py --train /tmp/det-train.jsonl /tmp/det-inv.jsonl /tmp/det-inv2.jsonl \
        --gold eval/corpus/train train/data/outages_invented.jsonl train/data/outages_detect_invented.jsonl \
        --check /tmp/det-dev.jsonl --check-gold eval/corpus/dev

Each line is one outage the rules found (after the provider model). It is positive when it matches a gold outage of
its article as ../shared/eval/score.py matches them: the provider's names meet the gold provider's (when the gold
names one) and the start agrees with the gold date at the gold's precision, one prediction per gold outage, in order.
So a negative is an outage the scorer counts as a false positive: no incident at all (a consultation, planned
maintenance, a plan, a crash that is no systems failure) or one at a date the gold does not give. A logistic
regression (scikit-learn, L2, balanced classes) learns from the train vectors; C and the keep threshold are chosen
by 5-fold cross-validation over the train articles (whole articles held out, five draws of the folds averaged) on
the outages F1 the scorer would give (gold outages the rules never found count as misses), among the settings that
keep the corpus articles' cross-validated F1 at least that of keeping every outage (less 0.005: the invented
articles must not buy a loss on real text); ties (at three decimals) going to the lower threshold (fewer outages
dropped), then the smaller C. The check set (corpus dev) is never trained on; its figure is printed. Writes
outage_detect.onnx (MatMul, Add, Sigmoid; fp32), outage_detect.json (feature count, threshold, version) and
outage_detect_cases.json (check vectors and the probabilities onnxruntime gives, for the Rust test).
"""
import argparse
import json
import os

import numpy as np
import onnxruntime as ort
from sklearn.linear_model import LogisticRegression

from outages_train import date_ok, gold_names, golds, grouped_rows, row_names
from linear_onnx import save_logistic, sparse_case  # noqa: E402

VERSION = "outage-detect-2026-12-01-lr2"
FOLDS = 5
SEEDS = 5


def load(paths, gold):
    """rows (article, features, label) and the number of gold outages per article"""
    rows = []
    for p in paths:
        for aid, preds in grouped_rows([p], lambda r: r["article"]).items():
            go, names = gold.get(aid, ([], {}))
            used = set()
            label = [0] * len(preds)
            for x in go:
                provn = gold_names(names, x.get("provider"))
                for i, r in enumerate(preds):
                    if i in used:
                        continue
                    pn = row_names(r["provider"], r["aliases"])
                    if provn and not (pn & provn):
                        continue
                    if x.get("date") and not date_ok(r["start"], x["date"]):
                        continue
                    used.add(i)
                    label[i] = 1
                    break
            for r, y in zip(preds, label):
                rows.append((aid, np.array(r["features"], dtype=np.float32), y))
    n_gold = {aid: len(go) for aid, (go, _) in gold.items()}
    return rows, n_gold


def f1(rows, keep, n_gold):
    tp = sum(1 for (_, _, y), k in zip(rows, keep) if k and y)
    npred = sum(1 for k in keep if k)
    ng = sum(n_gold.values())
    p = tp / npred if npred else 1.0
    r = tp / ng if ng else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r, tp, npred, ng


def fit(x, y, c):
    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--check", nargs="+", required=True)
    ap.add_argument("--check-gold", nargs="+", required=True)
    ap.add_argument("--models", default=os.path.join(os.path.dirname(__file__), "..", "models"))
    ap.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0], help="the values of C to cross-validate")
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.2, 0.3, 0.4],
                    help="the thresholds to cross-validate")
    a = ap.parse_args()
    gold = golds(a.gold)
    tr, ng_tr = load(a.train, gold)
    ck, ng_ck = load(a.check, golds(a.check_gold))
    xt = np.stack([r[1] for r in tr])
    yt = np.array([r[2] for r in tr])
    d = xt.shape[1]
    corpus = [not r[0].startswith(("inv-", "nt-")) for r in tr]
    ng_corpus = {k: v for k, v in ng_tr.items() if not k.startswith(("inv-", "nt-"))}
    news = np.array([r[0].startswith("nt-") for r in tr])
    ng_news = {k: v for k, v in ng_tr.items() if k.startswith("nt-")}
    ng_inv = {k: v for k, v in ng_tr.items() if k.startswith("inv-")}
    inv = np.array([r[0].startswith("inv-") for r in tr])
    print(f"train: {len(tr)} outages ({sum(corpus)} corpus), {int(yt.sum())} positive; gold {sum(ng_tr.values())}; "
          f"check: {len(ck)} outages, gold {sum(ng_ck.values())}")
    print("rules (keep all): train corpus F1 %.3f P %.3f R %.3f (%d/%d/%d); invented F1 %.3f"
          % (f1([r for r, c in zip(tr, corpus) if c], [True] * sum(corpus), ng_corpus)[:3]
             + f1([r for r, c in zip(tr, corpus) if c], [True] * sum(corpus), ng_corpus)[3:]
             + (f1([r for r, c in zip(tr, inv) if c], [True] * int(inv.sum()), ng_inv)[0],)))
    if news.any():
        print("rules (keep all): eval/news-train F1 %.3f" % f1([r for r, c in zip(tr, news) if c], [True] * int(news.sum()),
                                                             ng_news)[0])
    print("rules (keep all): check F1 %.3f P %.3f R %.3f (%d/%d/%d)" % f1(ck, [True] * len(ck), ng_ck))
    arts = sorted({r[0] for r in tr})
    keep_corpus = f1([r for r, c in zip(tr, corpus) if c], [True] * sum(corpus), ng_corpus)[0]
    results = []
    for c in a.c:
        for th in a.threshold:
            fa, fc, fi, fn = [], [], [], []
            for seed in range(SEEDS):
                order = np.random.RandomState(seed).permutation(len(arts))
                fold = {arts[i]: k % FOLDS for k, i in enumerate(order)}
                oof = np.zeros(len(tr))
                for f in range(FOLDS):
                    idx = [i for i, r in enumerate(tr) if fold[r[0]] != f]
                    te = [i for i, r in enumerate(tr) if fold[r[0]] == f]
                    oof[te] = fit(xt[idx], yt[idx], c).predict_proba(xt[te])[:, 1]
                keep = oof >= th
                fa.append(f1(tr, keep, ng_tr)[0])
                fc.append(f1([r for r, cc in zip(tr, corpus) if cc], keep[np.array(corpus)], ng_corpus)[0])
                fi.append(f1([r for r, cc in zip(tr, inv) if cc], keep[inv], ng_inv)[0])
                fn.append(f1([r for r, cc in zip(tr, news) if cc], keep[news], ng_news)[0] if news.any() else 0.0)
            print(f"C={c} threshold={th}: cross-validated F1 (mean of {SEEDS} fold draws) all {np.mean(fa):.3f}, "
                  f"corpus {np.mean(fc):.3f}, invented {np.mean(fi):.3f}, eval/news-train {np.mean(fn):.3f}")
            results.append((np.mean(fc) >= keep_corpus - 0.005, round(float(np.mean(fa)), 3), -th, -c, c, th))
    _, _, _, _, c, th = max(results)
    print(f"chosen C={c} threshold={th}")
    m = fit(xt, yt, c)
    if ck:
        xc = np.stack([r[1] for r in ck])
        pc = m.predict_proba(xc)[:, 1]
        print("check (corpus dev) F1 %.3f P %.3f R %.3f (%d/%d/%d)" % f1(ck, [p >= th for p in pc], ng_ck))
        for r, p in zip(ck, pc):
            print("  check", r[0], "label", r[2], "p %.3f" % p)
    w = m.coef_.astype(np.float32).reshape(d, 1)
    b = m.intercept_.astype(np.float32).reshape(1)
    print("weights:", " ".join(f"{i}:{v:+.2f}" for i, v in enumerate(w[:, 0])), f"bias {b[0]:+.2f}")
    path = os.path.join(a.models, "outage_detect.onnx")
    save_logistic(path, w, b, "outage_detect")
    meta = {"version": VERSION, "features": d, "threshold": th, "C": c, "class_weight": "balanced",
            "train_outages": len(tr), "train_positive": int(yt.sum())}
    json.dump(meta, open(os.path.join(a.models, "outage_detect.json"), "w"), indent=1)
    sess = ort.InferenceSession(path)
    xs = np.concatenate([np.stack([r[1] for r in ck]), xt[:12]])[:12] if ck else xt[:12]
    got = sess.run(None, {"features": xs})[0][:, 0]
    print("max |onnx - sklearn| on check:", float(np.abs(got - m.predict_proba(xs)[:, 1]).max()))
    cases = [sparse_case(xs[k], got[k])
             for k in range(min(12, len(xs)))]
    json.dump({"version": VERSION, "features": d, "cases": cases},
              open(os.path.join(a.models, "outage_detect_cases.json"), "w"))
    print("wrote", path, os.path.getsize(path), "bytes")


if __name__ == "__main__":
    main()

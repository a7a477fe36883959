"""Trains the outage time model (models/outage_times.onnx) on the vectors newskg computes.

    export NEWSKG_OUTAGE_TIMES=rules
    newskg extract --output outage-time-features eval/corpus/train/ > /tmp/tm-train.jsonl
    newskg extract --output outage-time-features - < train/data/outages_invented.jsonl > /tmp/tm-inv.jsonl
    newskg extract --output outage-time-features - < train/data/outages_detect_invented.jsonl > /tmp/tm-inv2.jsonl
    newskg extract --output outage-time-features - < train/data/outages_times_invented.jsonl > /tmp/tm-inv3.jsonl
    newskg extract --output outage-time-features eval/corpus/dev/ > /tmp/tm-dev.jsonl
    python train/outage_times_train.py --train /tmp/tm-train.jsonl /tmp/tm-inv.jsonl /tmp/tm-inv2.jsonl /tmp/tm-inv3.jsonl \
        --gold eval/corpus/train train/data/outages_invented.jsonl train/data/outages_detect_invented.jsonl \
               train/data/outages_times_invented.jsonl \
        --check /tmp/tm-dev.jsonl --check-gold eval/corpus/dev

Each line is one (outage the rules found, time expression of its article) pair. An outage is labelled when it
matches a gold outage of its article by provider (the provider's names meet the gold provider's; a gold outage
without provider matches any) and that gold outage has a date: preferring the gold outage whose date the rules'
start already agrees with, else the first one whose date some candidate gives, else the first. A candidate is
positive when its value agrees with the gold date at the gold's precision, as ../shared/eval/score.py's date_ok
compares them. Outages that match no gold outage (spurious ones, the detector's business) and gold outages without a
date teach nothing here.

A logistic regression (scikit-learn, L2, balanced classes) scores each candidate; at run time the most probable
candidate replaces the rules' start when its probability beats the rules' candidate's by `margin` (or `none_p` when
the rules left the outage undated or dated it by no candidate). C, margin and none_p are chosen by 5-fold
cross-validation over the train articles (whole articles held out, five draws of the folds averaged) on the share of
labelled outages whose final start is right, among the settings that keep the corpus articles' cross-validated share at
least the rules' (the invented articles must not buy a loss on real text); ties to the larger margin, then the larger
none_p, then the smaller C (fewer changes). The check set (corpus dev) is never trained on; its figure is printed.
Writes outage_times.onnx (MatMul, Add, Sigmoid; fp32), outage_times.json (feature count, margin, none_p, version) and
outage_times_cases.json (check vectors and the probabilities onnxruntime gives, for the Rust test).
"""
import argparse
import json
import os

import numpy as np
import onnxruntime as ort
from sklearn.linear_model import LogisticRegression

from outages_train import date_ok, gold_names, golds, grouped_rows, row_names
from linear_onnx import save_logistic, sparse_case  # noqa: E402

VERSION = "outage-times-2026-12-01-lr1"
FOLDS = 5
SEEDS = 5


def load(paths, gold):
    """groups: list of dicts {article, x (n × d), y (n), rules (n bool), values}; labelled outages only"""
    groups = []
    for p in paths:
        for (aid, o), rows in grouped_rows([p], lambda r: (r["article"], r["outage"])).items():
            go, names = gold.get(aid, ([], {}))
            r0 = rows[0]
            pn = row_names(r0["provider"], r0["aliases"])
            matches = []
            for x in go:
                provn = gold_names(names, x.get("provider"))
                if provn and not (pn & provn):
                    continue
                if x.get("date"):
                    matches.append(x)
            if not matches:
                continue
            values = [r["value"] for r in rows]
            pick = next((x for x in matches if date_ok(r0["start"], x["date"])), None) \
                or next((x for x in matches if any(date_ok(v, x["date"]) for v in values)), None) or matches[0]
            x = np.array([r["features"] for r in rows], dtype=np.float32)
            groups.append({"article": aid, "outage": o, "x": x,
                           "y": np.array([int(date_ok(v, pick["date"])) for v in values]),
                           "rules": x[:, 0] > 0.5, "rules_ok": date_ok(r0["start"], pick["date"]),
                           "values": values, "gold": pick["date"], "start": r0["start"]})
    return groups


def decide(probs, rules, margin, none_p):
    best = int(np.argmax(probs))
    if rules[best]:
        return None
    p_rules = max((p for p, r in zip(probs, rules) if r), default=none_p)
    return best if probs[best] >= p_rules + margin else None


def same_time(a, b):
    n = min(len(a), len(b), 10)
    return a[:n] == b[:n]


def right(groups, probs, margin, none_p):
    """per group: whether the final start agrees with the gold date (never moved to a time another outage of the
    article starts at, as outage_times.rs decides)"""
    out = []
    for g, p in zip(groups, probs):
        others = [h["start"] for h in groups if h["article"] == g["article"] and h is not g and h["start"]]
        p = np.array([0.0 if any(same_time(s, v) for s in others) else q for q, v in zip(p, g["values"])])
        k = decide(p, g["rules"], margin, none_p)
        out.append(bool(g["y"][k]) if k is not None else g["rules_ok"])
    return np.array(out)


def fit(groups, c):
    x = np.concatenate([g["x"] for g in groups])
    y = np.concatenate([g["y"] for g in groups])
    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5)
NONE_PS = (0.3, 0.5, 0.7)
CS = (0.1, 0.3, 1.0, 3.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--gold", nargs="+", required=True)
    ap.add_argument("--check", nargs="+", required=True)
    ap.add_argument("--check-gold", nargs="+", required=True)
    ap.add_argument("--models", default=os.path.join(os.path.dirname(__file__), "..", "models"))
    a = ap.parse_args()
    tr = load(a.train, golds(a.gold))
    ck = load(a.check, golds(a.check_gold))
    corpus = np.array([not g["article"].startswith("inv-") for g in tr])
    rules_ok = np.array([g["rules_ok"] for g in tr])
    print(f"train: {len(tr)} labelled outages ({corpus.sum()} corpus), {sum(len(g['y']) for g in tr)} candidates, "
          f"{sum(int(g['y'].sum()) for g in tr)} positive; check: {len(ck)} outages")
    print("rules right: train all %.3f, corpus %.3f (%d/%d), invented %.3f; check %s"
          % (rules_ok.mean(), rules_ok[corpus].mean(), rules_ok[corpus].sum(), corpus.sum(), rules_ok[~corpus].mean(),
             f"{sum(g['rules_ok'] for g in ck)}/{len(ck)}"))
    for g in tr:
        if not g["rules_ok"]:
            print("  rules wrong:", g["article"], g["outage"], "start", g["start"], "gold", g["gold"],
                  "candidates", [v for v, y in zip(g["values"], g["y"]) if y] or "none right")
    arts = sorted({g["article"] for g in tr})
    scores = {}
    for seed in range(SEEDS):
        order = np.random.RandomState(seed).permutation(len(arts))
        fold = {arts[i]: k % FOLDS for k, i in enumerate(order)}
        for c in CS:
            oof = [None] * len(tr)
            for f in range(FOLDS):
                train_g = [g for g in tr if fold[g["article"]] != f]
                m = fit(train_g, c)
                for i, g in enumerate(tr):
                    if fold[g["article"]] == f:
                        oof[i] = m.predict_proba(g["x"])[:, 1]
            for mg in MARGINS:
                for npv in NONE_PS:
                    ok = right(tr, oof, mg, npv)
                    scores.setdefault((c, mg, npv), []).append((ok.mean(), ok[corpus].mean(), ok[~corpus].mean()))
    results = []
    for (c, mg, npv), s in scores.items():
        s = np.array(s).mean(axis=0)
        print(f"C={c} margin={mg} none_p={npv}: cross-validated share right all {s[0]:.3f}, corpus {s[1]:.3f}, "
              f"invented {s[2]:.3f}")
        results.append((bool(s[1] >= rules_ok[corpus].mean()), round(float(s[0]), 3), mg, npv, -c, c, s))
    results.sort(key=lambda r: r[:5], reverse=True)
    _, _, mg, npv, _, c, s = results[0]
    print(f"chosen C={c} margin={mg} none_p={npv}: out-of-fold all {s[0]:.3f}, corpus {s[1]:.3f}, invented {s[2]:.3f}")
    m = fit(tr, c)
    ins = right(tr, [m.predict_proba(g["x"])[:, 1] for g in tr], mg, npv)
    print("in-sample right: all %.3f corpus %.3f invented %.3f" % (ins.mean(), ins[corpus].mean(), ins[~corpus].mean()))
    if ck:
        pc = [m.predict_proba(g["x"])[:, 1] for g in ck]
        okc = right(ck, pc, mg, npv)
        print("check (corpus dev) right: rules %d/%d, model %d/%d"
              % (sum(g["rules_ok"] for g in ck), len(ck), okc.sum(), len(ck)))
    d = tr[0]["x"].shape[1]
    w = m.coef_.astype(np.float32).reshape(d, 1)
    b = m.intercept_.astype(np.float32).reshape(1)
    print("weights:", " ".join(f"{i}:{v:+.2f}" for i, v in enumerate(w[:, 0])), f"bias {b[0]:+.2f}")
    path = os.path.join(a.models, "outage_times.onnx")
    save_logistic(path, w, b, "outage_times")
    meta = {"version": VERSION, "features": d, "margin": mg, "none_p": npv, "C": c, "class_weight": "balanced",
            "train_outages": len(tr), "train_candidates": int(sum(len(g["y"]) for g in tr))}
    json.dump(meta, open(os.path.join(a.models, "outage_times.json"), "w"), indent=1)
    sess = ort.InferenceSession(path)
    xs = np.concatenate([g["x"] for g in ck] + [g["x"] for g in tr])[:12]
    got = sess.run(None, {"features": xs})[0][:, 0]
    print("max |onnx - sklearn|:", float(np.abs(got - m.predict_proba(xs)[:, 1]).max()))
    cases = [sparse_case(xs[k], got[k]) for k in range(len(xs))]
    json.dump({"version": VERSION, "features": d, "cases": cases},
              open(os.path.join(a.models, "outage_times_cases.json"), "w"))
    print("wrote", path, os.path.getsize(path), "bytes")


if __name__ == "__main__":
    main()

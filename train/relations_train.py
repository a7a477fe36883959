"""Trains the relation scorer (models/relations.onnx) on the candidates newskg proposes.

    python3 train/relations_data.py --bin BIN --gold eval/corpus/train --out train/out/relations/train.jsonl
    python3 train/relations_data.py --bin BIN --gold eval/corpus/dev --out train/out/relations/dev.jsonl
    python3 train/relations_data.py --bin BIN --gold ../shared/eval/dev --out train/out/relations/check.jsonl
    python3 train/relations_train.py --data train/out/relations --models models

Binary logistic regression (scikit-learn, L2) over the features of
crates/newskg-nlp/src/relate/relscore.rs: is this candidate a relation the gold states? Chosen on
the dev split: the regularisation C, the class weighting and the threshold, by relations F1 with
recall counted against every gold relation of the split (found or not) and one direction kept per
pair and predicate, as the Rust side keeps them. The check set (`check.jsonl`, the
../shared/eval dev articles) is never trained on; its figure is printed beside. Writes
relations.onnx (MatMul, Add, Sigmoid; fp32), relations.json (feature count, threshold, version)
and relations_cases.json (feature vectors and the probabilities onnxruntime gives, for the Rust
test), and prints the figures of models/RELATIONS.md.
"""
import argparse
import json
import os
from collections import defaultdict

import numpy as np
import onnxruntime as ort
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from linear_onnx import save_logistic, sparse_case

VERSION = "relations-2026-12-01-news1"


def load(path, drop=()):
    rows, gold = [], 0
    for line in open(path):
        r = json.loads(line)
        if r["article"] in drop:
            continue
        gold += r.get("gold", 0)
        if r.get("features") is not None:
            rows.append(r)
    x = np.array([r["features"] for r in rows], dtype=np.float32)
    y = np.array([r["label"] for r in rows])
    return rows, x, y, gold


def is_rule(x):
    """Candidates a sentence pattern found (feature 11): kept whatever the model says."""
    return x[:, 11] > 0


def decision(x, p):
    """What `keep` ranks: a pattern's candidate above every model probability, as relscore.rs."""
    return np.where(is_rule(x), 1.0 + x[:, 10], p)


def keep(rows, p, t):
    """Indices kept at threshold t (one number, or a mapping from predicate to its own threshold):
    the more probable direction of a pair per predicate."""
    best = {}
    for i, (r, q) in enumerate(zip(rows, p)):
        if q < (t[r["predicate"]] if isinstance(t, dict) else t):
            continue
        a, b = r["subject"]["name"], r["object"]["name"]
        key = (r["article"], r["predicate"], min(a, b), max(a, b))
        if key not in best or q > p[best[key]]:
            best[key] = i
    return list(best.values())


def prf(rows, p, y, gold, t):
    k = keep(rows, p, t)
    tp = int(y[k].sum())
    pr = tp / len(k) if k else 0.0
    rc = tp / gold if gold else 0.0
    return pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0, len(k)


def fit(x, y, c, weight, sw=None):
    m = LogisticRegression(C=c, max_iter=5000, class_weight=weight)
    m.fit(x, y, sample_weight=sw)
    return m


def best_threshold(rows, p, y, gold):
    best = None
    for t in np.arange(0.2, 0.81, 0.025):
        f = prf(rows, p, y, gold, t)[2]
        if best is None or f > best[0] + 1e-9:
            best = (f, float(round(t, 3)))
    return best


def calibration(p, y, bins=5):
    edges = np.linspace(0.0, 1.0, bins + 1)
    out, ece = [], 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (p >= lo) & (p < hi if hi < 1 else p <= hi)
        if sel.sum():
            out.append((lo, hi, int(sel.sum()), float(p[sel].mean()), float(y[sel].mean())))
            ece += sel.sum() / len(y) * abs(p[sel].mean() - y[sel].mean())
    return out, ece


def write_cases(path, x, got, mine):
    """relations_cases.json: 12 candidates the model decides (`mine`), 6 on each side of 0.5 where it can (the Rust
    test wants both sides; a random 12 can fall all below), with the probabilities the ONNX file gave (`got`)."""
    rng = np.random.default_rng(7)
    hi, lo = np.where(mine & (got >= 0.5))[0], np.where(mine & (got < 0.5))[0]
    idx = sorted(rng.choice(hi, min(6, len(hi)), replace=False).tolist()
                 + rng.choice(lo, 12 - min(6, len(hi)), replace=False).tolist())
    json.dump([sparse_case(x[i], got[i]) for i in idx], open(path, "w"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train/out/relations")
    ap.add_argument("--models", default="models")
    ap.add_argument("--c", type=float, default=None, help="fix C instead of choosing it (e.g. 0.3 for oof2)")
    ap.add_argument("--extra", action="append", default=[],
                    help="more labelled candidates to train on (e.g. eval/news-train dumped by relations_data.py); "
                         "cross-validated with the train split by article, their out-of-fold figure printed apart")
    ap.add_argument("--threshold", type=float, default=None, help="fix the threshold instead of choosing it on dev")
    ap.add_argument("--select", choices=["dev", "oof"], default="dev",
                    help="choose C, weighting and threshold on dev F1 with the train folds (dev, as before) or on the "
                         "out-of-fold F1 of every training article alone (oof: corpus train and --extra, 5-fold by "
                         "article; dev is then only reported)")
    ap.add_argument("--weight", choices=["none", "balanced"], default=None,
                    help="fix the class weighting instead of choosing it (the threshold is still chosen on dev)")
    ap.add_argument("--extra-weight", type=float, default=1.0,
                    help="sample weight of the --extra rows in the fits (corpus train rows weigh 1)")
    ap.add_argument("--exclude", default=None,
                    help="a file listing gold files (one path a line, relative to the repository), e.g. "
                         "the lead's fresh-check list: their articles are dropped from train and --extra")
    ap.add_argument("--version", default=VERSION, help="the version written to relations.json")
    a = ap.parse_args()
    drop = set()
    if a.exclude:
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
        for line in open(a.exclude):
            if line.strip():
                with open(os.path.join(root, line.strip())) as f:
                    drop.add(json.load(f)["id"])
    tr, xtr, ytr, gtr = load(os.path.join(a.data, "train.jsonl"), drop)
    n_train, g_train = len(tr), gtr
    ex = [load(path, drop) for path in a.extra]
    for rows, x, y, g in ex:
        print(f"extra: {len(y)} candidates ({y.sum()} right, {g} gold)")
        tr, xtr, ytr, gtr = tr + rows, np.vstack([xtr, x]), np.concatenate([ytr, y]), gtr + g
    dv, xdv, ydv, gdv = load(os.path.join(a.data, "dev.jsonl"))
    ck, xck, yck, gck = load(os.path.join(a.data, "check.jsonl"))
    print(f"train {len(ytr)} candidates ({ytr.sum()} right, {gtr} gold), dev {len(ydv)} ({ydv.sum()}, {gdv}), "
          f"check {len(yck)} ({yck.sum()}, {gck}); features {xtr.shape[1]}")
    for name, x, y in (("train", xtr, ytr), ("dev", xdv, ydv), ("check", xck, yck)):
        r = is_rule(x)
        print(f"  {name}: patterns {r.sum()} ({y[r].sum()} right), the model decides {(~r).sum()} ({y[~r].sum()} right)")
    # what the union of the rules and the pair model did (rules, pairs >= 0.75, document providers)
    for name, rows, x, y, g in (("train", tr, xtr, ytr, gtr), ("dev", dv, xdv, ydv, gdv), ("check", ck, xck, yck, gck)):
        union = ((x[:, 11] > 0) | (x[:, 14] >= 0.75) | (x[:, 18] > 0) | (x[:, 19] > 0)).astype(np.float32)
        pr, rc, f1, n = prf(rows, union, y, g, 0.5)
        print(f"  without the scorer, {name}: P {pr:.3f} R {rc:.3f} F1 {f1:.3f} ({n} kept)")
    fit_rows = ~is_rule(xtr)
    sw = np.where(np.arange(len(ytr)) < n_train, 1.0, a.extra_weight)
    groups = np.array([r["article"] for r in tr])
    idx = np.where(fit_rows)[0]

    def cross_train(c, weight):
        """Train-split probabilities, 5-fold by article (pattern candidates: 1)."""
        p = np.ones(len(ytr))
        for ia, ib in GroupKFold(5).split(idx, ytr[idx], groups[idx]):
            p[idx[ib]] = fit(xtr[idx[ia]], ytr[idx[ia]], c, weight, sw[idx[ia]]).predict_proba(xtr[idx[ib]])[:, 1]
        return decision(xtr, p)

    best = None
    cs = [a.c] if a.c is not None else [0.03] * (a.select == "oof") + [0.1, 0.3, 1.0, 3.0]
    weights = [None if a.weight == "none" else a.weight] if a.weight else [None, "balanced"]
    for c in cs:
        for weight in weights:
            m = fit(xtr[fit_rows], ytr[fit_rows], c, weight, sw[fit_rows])
            p = decision(xdv, m.predict_proba(xdv)[:, 1])
            f, t = best_threshold(dv, p, ydv, gdv)
            if a.threshold is not None:
                t = a.threshold
                f = prf(dv, p, ydv, gdv, t)[2]
            pcv = cross_train(c, weight)
            if a.select == "oof":
                ft, t = best_threshold(tr, pcv, ytr, gtr)
                if a.threshold is not None:
                    t = a.threshold
                    ft = prf(tr, pcv, ytr, gtr, t)[2]
                f = prf(dv, p, ydv, gdv, t)[2]
                score = ft
            else:
                ft = prf(tr, pcv, ytr, gtr, t)[2]
                # the dev split and the train split's folds together choose (dev alone is 48 articles)
                score = (f * gdv + ft * gtr) / (gdv + gtr)
            fc = prf(ck, decision(xck, m.predict_proba(xck)[:, 1]), yck, gck, t)[2]
            fcorp = prf(tr[:n_train], pcv[:n_train], ytr[:n_train], g_train, t)[2]
            print(f"C={c} weight={weight}: dev F1 {f:.3f} at {t}, train (5-fold) {ft:.3f} (corpus part {fcorp:.3f}), "
                  f"check {fc:.3f}", flush=True)
            if best is None or score > best[0] + 1e-9:
                best = (score, c, weight, t)
    _, c, weight, t = best
    print(f"chosen: C={c} weight={weight} threshold={t}")
    ptr = cross_train(c, weight)
    m = fit(xtr[fit_rows], ytr[fit_rows], c, weight, sw[fit_rows])
    pdv = m.predict_proba(xdv)[:, 1]
    pck = m.predict_proba(xck)[:, 1]
    parts = [("train (5-fold by article)", tr, ptr, ytr, gtr)]
    if ex:
        parts = [("corpus train (5-fold by article)", tr[:n_train], ptr[:n_train], ytr[:n_train], g_train),
                 ("extra (5-fold by article)", tr[n_train:], ptr[n_train:], ytr[n_train:], gtr - g_train)]
    for name, rows, p, y, g in (*parts,
                                ("dev", dv, decision(xdv, pdv), ydv, gdv),
                                ("check (../shared/eval dev)", ck, decision(xck, pck), yck, gck)):
        pr, rc, f1, n = prf(rows, p, y, g, t)
        print(f"{name}: P {pr:.3f} R {rc:.3f} F1 {f1:.3f} ({n} kept); candidate ceiling R {y.sum() / g:.3f}")
    mine = ~is_rule(xdv)
    table, ece = calibration(pdv[mine], ydv[mine])
    print(f"dev calibration of the model's candidates: ECE {ece:.3f}")
    for lo, hi, n, conf, acc in table:
        print(f"  [{lo:.1f}, {hi:.1f}) n={n} mean probability {conf:.3f} right {acc:.3f}")
    w = m.coef_.T.astype(np.float32)
    b = m.intercept_.astype(np.float32)
    d = xtr.shape[1]
    save_logistic(os.path.join(a.models, "relations.onnx"), w, b, "newskg_relations")
    json.dump({"version": a.version, "features": d, "threshold": t, "C": c, "class_weight": weight},
              open(os.path.join(a.models, "relations.json"), "w"), indent=1)
    sess = ort.InferenceSession(os.path.join(a.models, "relations.onnx"))
    got = sess.run(None, {"features": xdv})[0][:, 0]
    print("max |onnx - sklearn| on dev:", float(np.abs(got - pdv).max()))
    write_cases(os.path.join(a.models, "relations_cases.json"), xdv, got, mine)
    print("wrote", a.models, "relations.onnx", os.path.getsize(os.path.join(a.models, "relations.onnx")), "bytes")


if __name__ == "__main__":
    main()

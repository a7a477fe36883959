"""Out-of-fold figures of the three outage models (provider, detector, times) on fresh feature dumps, for the
shipped recipe refit and a few variants; nothing is written to models/ (session 16, models/OUTAGES.md).

    B=$CARGO_TARGET_DIR/release/newskg O=train/out/outages   # the dumps of train/README.md's outage sections:
    # prov-*.jsonl (--outages rules --output outage-features), det-*.jsonl (--outage-detection rules --output
    # outage-detection-features), tm-*.jsonl (NEWSKG_OUTAGE_TIMES=rules --output outage-time-features), for
    # corpus train (prov-train.jsonl ...), the invented sets (prov-invented.jsonl, prov-detect_invented.jsonl,
    # prov-news_invented.jsonl, tm-times_invented.jsonl) and, printed apart and never fitted on, corpus dev
    # (*-dev.jsonl) and eval/news-train (*-nt.jsonl)
    python train/outages_oof.py --dumps train/out/outages [--only prov|det|tm]

Folds are whole articles (GROUPED k-fold: 5 folds, 5 draws of the fold assignment, figures averaged), over the
same training articles each shipped recipe uses (corpus train and the invented sets). Each variant prints its
out-of-fold figure on the corpus train articles (the register of the held-out test) and on the invented articles
apart, and the figure of the model fitted on all training articles on corpus dev and eval/news-train (read only:
no choice is made on them here). "shipped" applies the weights in models/ to the fresh vectors as they are.
"""
import argparse
import json
import os

import numpy as np
from sklearn.linear_model import LogisticRegression

from linear_onnx import load_linear
import outage_detect_train as det
import outage_times_train as tm
import outages_train as prov

FOLDS = 5
SEEDS = 5
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
DATA = os.path.join(HERE, "data")


def shipped(name, models=None):
    """the weight vector and bias of a shipped logistic model (models/ by default)"""
    w, b = load_linear(os.path.join(models or os.path.join(ROOT, "models"), name + ".onnx"))
    return w[:, 0], float(b[0])


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def folds(arts, seed):
    order = np.random.RandomState(seed).permutation(len(arts))
    return {arts[i]: k % FOLDS for k, i in enumerate(order)}


def is_corpus(aid):
    return not aid.startswith(("inv-", "nt-"))


def model(c, cw):
    return LogisticRegression(C=c, max_iter=5000, class_weight=cw)


# ---------------------------------------------------------------- provider


def prov_oof(tr, mask, c, cw, seed):
    arts = sorted({g[3] for g in tr})
    fold = folds(arts, seed)
    out = [None] * len(tr)
    for f in range(FOLDS):
        idx = [i for i, g in enumerate(tr) if fold[g[3]] != f]
        x = np.concatenate([tr[i][0] for i in idx])[:, mask]
        y = np.concatenate([tr[i][1] for i in idx])
        m = model(c, cw).fit(x, y)
        for i, g in enumerate(tr):
            if fold[g[3]] == f:
                out[i] = m.predict_proba(g[0][:, mask])[:, 1]
    return out


def det_oof(tr, xt, yt, mask, c, cw, seed):
    """out-of-fold detector probabilities, one per rule outage (rows `tr`, vectors `xt`, labels `yt`)"""
    fold = folds(sorted({r[0] for r in tr}), seed)
    oof = np.zeros(len(tr))
    for f in range(FOLDS):
        idx = np.array([fold[r[0]] != f for r in tr])
        oof[~idx] = model(c, cw).fit(xt[idx][:, mask], yt[idx]).predict_proba(xt[~idx][:, mask])[:, 1]
    return oof


def tm_oof(tr, c, cw, seed):
    """out-of-fold time-model probabilities, one array per labelled outage of `tr`"""
    fold = folds(sorted({g["article"] for g in tr}), seed)
    oof = [None] * len(tr)
    for f in range(FOLDS):
        gs = [g for g in tr if fold[g["article"]] != f]
        m = model(c, cw).fit(np.concatenate([g["x"] for g in gs]), np.concatenate([g["y"] for g in gs]))
        for i, g in enumerate(tr):
            if fold[g["article"]] == f:
                oof[i] = m.predict_proba(g["x"])[:, 1]
    return oof


def prov_acc(groups, probs, margin, sel):
    ix = [i for i, g in enumerate(groups) if sel(g[3])]
    return prov.accuracy([groups[i] for i in ix], [probs[i] for i in ix], margin, 0.0), len(ix)


def run_prov(o):
    train_files = [f"{o}/prov-{n}.jsonl" for n in ("train", "invented", "detect_invented", "news_invented")]
    gold_tr = prov.golds([os.path.join(ROOT, "eval/corpus/train")] + [f"{DATA}/outages_{n}.jsonl" for n in
                                                                      ("invented", "detect_invented", "news_invented")])
    tr = prov.load(train_files, gold_tr)
    dev = prov.load([f"{o}/prov-dev.jsonl"], prov.golds([os.path.join(ROOT, "eval/corpus/dev")]))
    nt = prov.load([f"{o}/prov-nt.jsonl"], prov.golds([os.path.join(ROOT, "eval/news-train")]))
    d = tr[0][0].shape[1]
    corp = [g for g in tr if is_corpus(g[3])]
    print(f"PROVIDER: {len(tr)} labelled outages ({len(corp)} corpus train), "
          f"{sum(len(g[1]) for g in tr)} candidates; dev {len(dev)}, news-train {len(nt)}; {d} features")
    print("  rules: corpus %.3f invented %.3f | dev %.3f news-train %.3f"
          % (prov.rules_accuracy(corp), prov.rules_accuracy([g for g in tr if not is_corpus(g[3])]),
             prov.rules_accuracy(dev), prov.rules_accuracy(nt)))
    w, b = shipped("outages")
    meta = json.load(open(os.path.join(ROOT, "models/outages.json")))
    ps = lambda gs: [sigmoid(g[0] @ w + b) for g in gs]  # noqa: E731
    mg0 = meta["margin"]
    print("  shipped %s (margin %s) on fresh vectors (train partly in-sample): corpus %.3f invented %.3f | dev %.3f "
          "news-train %.3f" % (meta["version"], mg0, prov_acc(tr, ps(tr), mg0, is_corpus)[0],
                               prov_acc(tr, ps(tr), mg0, lambda a: not is_corpus(a))[0],
                               prov.accuracy(dev, ps(dev), mg0, 0.0), prov.accuracy(nt, ps(nt), mg0, 0.0)))
    # features present (non-zero) in the positives of fewer than 3 training articles of the corpus
    xs = np.concatenate([g[0] for g in tr])
    arts_with = [len({g[3] for g in tr if (g[0][:, j] != 0).any()}) for j in range(29)]
    rare = [j for j in range(29) if arts_with[j] < 4]
    print("  dense features present in fewer than 4 training articles:", rare, "(articles per feature:",
          arts_with, ")")
    full = np.ones(d, bool)
    dense = np.zeros(d, bool)
    dense[:29] = True
    dense_common = dense.copy()
    dense_common[rare] = False
    variants = [("all 541 (lr3 recipe)", full, [0.1, 0.3, 1.0, 3.0], "balanced"),
                ("all 541, no class weight", full, [0.3, 1.0, 3.0], None),
                ("dense 29", dense, [0.03, 0.1, 0.3, 1.0, 3.0], "balanced"),
                ("dense 29, no class weight", dense, [0.1, 0.3, 1.0], None),
                ("dense minus rare", dense_common, [0.1, 0.3, 1.0], "balanced")]
    rows = []
    for name, mask, cs, cw in variants:
        for c in cs:
            oofs = [prov_oof(tr, mask, c, cw, s) for s in range(SEEDS)]
            m = model(c, cw).fit(xs[:, mask], np.concatenate([g[1] for g in tr]))
            for mg in (0.0, 0.1, 0.2, 0.3):
                co = np.mean([prov_acc(tr, p, mg, is_corpus)[0] for p in oofs])
                iv = np.mean([prov_acc(tr, p, mg, lambda a: not is_corpus(a))[0] for p in oofs])
                al = np.mean([prov.accuracy(tr, p, mg, 0.0) for p in oofs])
                dv = prov.accuracy(dev, [m.predict_proba(g[0][:, mask])[:, 1] for g in dev], mg, 0.0)
                ntv = prov.accuracy(nt, [m.predict_proba(g[0][:, mask])[:, 1] for g in nt], mg, 0.0)
                rows.append((name, c, mg, co, iv, al, dv, ntv))
                print(f"  {name:28s} C={c:<5} margin={mg}: OOF corpus {co:.3f} invented {iv:.3f} all {al:.3f} "
                      f"| fit-all dev {dv:.3f} news-train {ntv:.3f}")
    return rows


def run_prov_data(o):
    """the provider recipe on less of the invented data: corpus train alone up to the shipped four sets, and those
    with eval/news-train added (its dump prov-nt.jsonl; ids nt-*, so the corpus figure stays corpus train's)"""
    sets = ("train", "invented", "detect_invented", "news_invented")
    gold = prov.golds([os.path.join(ROOT, "eval/corpus/train")] + [f"{DATA}/outages_{n}.jsonl" for n in sets[1:]]
                      + [os.path.join(ROOT, "eval/news-train")])
    dev = prov.load([f"{o}/prov-dev.jsonl"], prov.golds([os.path.join(ROOT, "eval/corpus/dev")]))
    nt = prov.load([f"{o}/prov-nt.jsonl"], prov.golds([os.path.join(ROOT, "eval/news-train")]))
    print("PROVIDER by training data (balanced classes)")
    for use in (sets[:1], sets[:2], sets[:3], sets, ("train", "news_invented"), sets + ("nt",), ("train", "nt")):
        tr = prov.load([f"{o}/prov-{n}.jsonl" for n in use], gold)
        for name, mask in (("all", np.ones(tr[0][0].shape[1], bool)), ("dense", np.arange(tr[0][0].shape[1]) < 29)):
            for c in (0.1, 0.3, 1.0, 3.0):
                oofs = [prov_oof(tr, mask, c, "balanced", s) for s in range(SEEDS)]
                m = model(c, "balanced").fit(np.concatenate([g[0] for g in tr])[:, mask],
                                             np.concatenate([g[1] for g in tr]))
                for mg in (0.0, 0.1, 0.2):
                    co = np.mean([prov_acc(tr, p, mg, is_corpus)[0] for p in oofs])
                    dv = prov.accuracy(dev, [m.predict_proba(g[0][:, mask])[:, 1] for g in dev], mg, 0.0)
                    ntv = prov.accuracy(nt, [m.predict_proba(g[0][:, mask])[:, 1] for g in nt], mg, 0.0)
                    print(f"  {'+'.join(use):45s} {name:5s} C={c:<4} margin={mg}: OOF corpus {co:.3f} "
                          f"| fit-all dev {dv:.3f} news-train {ntv:.3f}")


# ---------------------------------------------------------------- detector


def run_det(o):
    train_files = [f"{o}/det-{n}.jsonl" for n in ("train", "invented", "detect_invented", "news_invented")]
    gold_tr = prov.golds([os.path.join(ROOT, "eval/corpus/train")] + [f"{DATA}/outages_{n}.jsonl" for n in
                                                                      ("invented", "detect_invented", "news_invented")])
    tr, ng = det.load(train_files, gold_tr)
    dev, ng_dev = det.load([f"{o}/det-dev.jsonl"], prov.golds([os.path.join(ROOT, "eval/corpus/dev")]))
    nt, ng_nt = det.load([f"{o}/det-nt.jsonl"], prov.golds([os.path.join(ROOT, "eval/news-train")]))
    xt = np.stack([r[1] for r in tr])
    yt = np.array([r[2] for r in tr])
    d = xt.shape[1]
    corpus = np.array([is_corpus(r[0]) for r in tr])
    ng_c = {k: v for k, v in ng.items() if is_corpus(k)}
    ng_i = {k: v for k, v in ng.items() if not is_corpus(k)}
    sub = lambda sel: [r for r, s in zip(tr, sel) if s]  # noqa: E731
    print(f"DETECTOR: {len(tr)} outages ({corpus.sum()} corpus), {yt.sum()} positive; {d} features; "
          f"dev {len(dev)}, news-train {len(nt)}")
    print("  keep all: corpus F1 %.3f invented %.3f | dev %.3f news-train %.3f"
          % (det.f1(sub(corpus), [True] * corpus.sum(), ng_c)[0], det.f1(sub(~corpus), [True] * (~corpus).sum(), ng_i)[0],
             det.f1(dev, [True] * len(dev), ng_dev)[0], det.f1(nt, [True] * len(nt), ng_nt)[0]))
    w, b = shipped("outage_detect")
    th0 = json.load(open(os.path.join(ROOT, "models/outage_detect.json")))["threshold"]
    ps = lambda rs: sigmoid(np.stack([r[1] for r in rs]) @ w + b) if rs else np.zeros(0)  # noqa: E731
    pt = ps(tr)
    print("  shipped lr2 (threshold %s) on fresh vectors: corpus %.3f invented %.3f | dev %.3f news-train %.3f"
          % (th0, det.f1(sub(corpus), pt[corpus] >= th0, ng_c)[0], det.f1(sub(~corpus), pt[~corpus] >= th0, ng_i)[0],
             det.f1(dev, ps(dev) >= th0, ng_dev)[0], det.f1(nt, ps(nt) >= th0, ng_nt)[0]))
    arts_with = [len({r[0] for r in tr if r[1][j] != 0}) for j in range(d)]
    rare = [j for j in range(d) if arts_with[j] < 4]
    print("  features present in fewer than 4 training articles:", rare, "(articles per feature:", arts_with, ")")
    full = np.ones(d, bool)
    common = full.copy()
    common[rare] = False
    rows = []
    for name, mask, cw in (("all 17 (lr2 recipe)", full, "balanced"), ("all 17, no class weight", full, None),
                           ("minus rare", common, "balanced")):
        for c in (0.03, 0.1, 0.3, 1.0):
            oofs = [det_oof(tr, xt, yt, mask, c, cw, s) for s in range(SEEDS)]
            m = model(c, cw).fit(xt[:, mask], yt)
            for th in (0.2, 0.3, 0.4, 0.5):
                co = np.mean([det.f1(sub(corpus), p[corpus] >= th, ng_c)[0] for p in oofs])
                iv = np.mean([det.f1(sub(~corpus), p[~corpus] >= th, ng_i)[0] for p in oofs])
                dv = det.f1(dev, m.predict_proba(np.stack([r[1] for r in dev])[:, mask])[:, 1] >= th, ng_dev)[0] \
                    if dev else float("nan")
                ntv = det.f1(nt, m.predict_proba(np.stack([r[1] for r in nt])[:, mask])[:, 1] >= th, ng_nt)[0]
                rows.append((name, c, th, co, iv, dv, ntv))
                print(f"  {name:24s} C={c:<5} threshold={th}: OOF corpus F1 {co:.3f} invented {iv:.3f} "
                      f"| fit-all dev {dv:.3f} news-train {ntv:.3f}")
    return rows


# ---------------------------------------------------------------- times


def run_tm(o):
    train_files = [f"{o}/tm-{n}.jsonl" for n in ("train", "invented", "detect_invented", "times_invented")]
    gold_tr = prov.golds([os.path.join(ROOT, "eval/corpus/train")] + [f"{DATA}/outages_{n}.jsonl" for n in
                                                                      ("invented", "detect_invented", "times_invented")])
    tr = tm.load(train_files, gold_tr)
    dev = tm.load([f"{o}/tm-dev.jsonl"], prov.golds([os.path.join(ROOT, "eval/corpus/dev")]))
    nt = tm.load([f"{o}/tm-nt.jsonl"], prov.golds([os.path.join(ROOT, "eval/news-train")]))
    corpus = np.array([is_corpus(g["article"]) for g in tr])
    d = tr[0]["x"].shape[1]
    rok = lambda gs: np.array([g["rules_ok"] for g in gs])  # noqa: E731
    print(f"TIMES: {len(tr)} labelled outages ({corpus.sum()} corpus); {d} features; dev {len(dev)}, news-train {len(nt)}")
    print("  rules: corpus %.3f invented %.3f | dev %.3f news-train %.3f"
          % (rok(tr)[corpus].mean(), rok(tr)[~corpus].mean(), rok(dev).mean(), rok(nt).mean()))
    w, b = shipped("outage_times")
    meta = json.load(open(os.path.join(ROOT, "models/outage_times.json")))
    ps = lambda gs: [sigmoid(g["x"] @ w + b) for g in gs]  # noqa: E731
    sh = tm.right(tr, ps(tr), meta["margin"], meta["none_p"])
    print("  shipped lr1 on fresh vectors: corpus %.3f invented %.3f | dev %.3f news-train %.3f"
          % (sh[corpus].mean(), sh[~corpus].mean(), tm.right(dev, ps(dev), meta["margin"], meta["none_p"]).mean(),
             tm.right(nt, ps(nt), meta["margin"], meta["none_p"]).mean()))
    rows = []
    for cw in ("balanced", None):
        for c in (0.1, 0.3, 1.0, 3.0):
            oofs = [tm_oof(tr, c, cw, s) for s in range(SEEDS)]
            m = model(c, cw).fit(np.concatenate([g["x"] for g in tr]), np.concatenate([g["y"] for g in tr]))
            for mg in (0.1, 0.2, 0.3):
                for npv in (0.5, 0.7, 0.9):
                    r = [tm.right(tr, p, mg, npv) for p in oofs]
                    co = np.mean([x[corpus].mean() for x in r])
                    iv = np.mean([x[~corpus].mean() for x in r])
                    dv = tm.right(dev, [m.predict_proba(g["x"])[:, 1] for g in dev], mg, npv).mean() if dev \
                        else float("nan")
                    ntv = tm.right(nt, [m.predict_proba(g["x"])[:, 1] for g in nt], mg, npv).mean()
                    rows.append((cw, c, mg, npv, co, iv, dv, ntv))
                    print(f"  {str(cw):9s} C={c:<4} margin={mg} none_p={npv}: OOF corpus {co:.3f} invented {iv:.3f} "
                          f"| fit-all dev {dv:.3f} news-train {ntv:.3f}")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dumps", default=os.path.join(HERE, "out", "outages"))
    ap.add_argument("--only", choices=("prov", "prov-data", "det", "tm"))
    a = ap.parse_args()
    for k, f in (("prov", run_prov), ("prov-data", run_prov_data), ("det", run_det), ("tm", run_tm)):
        if a.only in (None, k):
            f(a.dumps)


if __name__ == "__main__":
    main()

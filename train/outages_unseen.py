"""Out-of-fold figures of the three outage models (provider, detector, times) split by whether the shipped models
ever saw the article: corpus train articles added after commit SINCE (the one that fitted the shipped models) are
"unseen", so the shipped weights' figure there is as held out as a refit's out-of-fold one; on the "seen" articles
the shipped figure is in-sample and not comparable (session 25, models/OUTAGES.md).

    python train/outages_unseen.py --dumps train/out/outages --since 2451ca4
        [--only prov|blend|det|blend-det|tm|blend-tm] [--models DIR]

The dumps are those of train/outages_dump.sh (corpus dev dumps may be empty: never read here). Folds are whole
articles (grouped 5-fold, 5 draws averaged) over corpus train and the invented sets each shipped recipe uses; the
grids are the shipped recipes' (balanced classes; C; margin, threshold or none_p); `blend` blends the shipped
provider's weights with each fold's refit (train/outages_blend.py writes the chosen blend); `blend-det` and `blend-tm`
do the same for the detector and the time model (session 32). Writes nothing.
"""
import argparse
import json
import os
import subprocess

import numpy as np

import outage_detect_train as det
import outage_times_train as tm
import outages_oof as O
import outages_train as prov

INVENTED = ("invented", "detect_invented", "news_invented")
MODELS = os.path.join(O.ROOT, "models")


def shipped(name):
    """the weights and bias of MODELS/name.onnx, and its .json"""
    return (*O.shipped(name, MODELS), json.load(open(os.path.join(MODELS, name + ".json"))))


def unseen_articles(since):
    now = {f[:-5] for f in os.listdir(os.path.join(O.ROOT, "eval/corpus/train")) if f.endswith(".json")}
    old = subprocess.run(["git", "-C", O.ROOT, "ls-tree", "--name-only", since, "eval/corpus/train/"],
                         capture_output=True, text=True, check=True).stdout.split()
    return now - {os.path.basename(f)[:-5] for f in old}


def selectors(unseen):
    return {"unseen": lambda a: a in unseen, "seen": lambda a: O.is_corpus(a) and a not in unseen,
            "corpus": O.is_corpus}


def gold_of(names):
    return prov.golds([os.path.join(O.ROOT, "eval/corpus/train")] + [f"{O.DATA}/outages_{n}.jsonl" for n in names])


def fold_fits(tr, article_of, xy, c):
    """(seed, fold, f, w, b) for every draw and fold: the balanced refit at C `c` on the rows of the other folds
    (`xy(rows)` gives their features and labels)"""
    arts = sorted({article_of(r) for r in tr})
    fits = []
    for seed in range(O.SEEDS):
        fold = O.folds(arts, seed)
        for f in range(O.FOLDS):
            m = O.model(c, "balanced").fit(*xy([r for r in tr if fold[article_of(r)] != f]))
            fits.append((seed, fold, f, m.coef_[0], m.intercept_[0]))
    return fits


def blended(fits, seed, share, w0, b0):
    """(fold, f, w, b) for each fold of draw `seed`: share * the shipped weights + (1 - share) * the fold's refit"""
    for s, fold, f, w1, b1 in fits:
        if s == seed:
            yield fold, f, share * w0 + (1 - share) * w1, share * b0 + (1 - share) * b1


def run_prov(o, sels):
    tr = prov.load([f"{o}/prov-{n}.jsonl" for n in ("train",) + INVENTED], gold_of(INVENTED))
    print("PROVIDER (share of labelled outages whose provider is right):",
          {k: sum(1 for g in tr if s(g[3])) for k, s in sels.items()}, "labelled")
    print("  rules:", {k: round(prov.rules_accuracy([g for g in tr if s(g[3])]), 3) for k, s in sels.items()})
    w, b, meta = shipped("outages")
    ps = [O.sigmoid(g[0] @ w + b) for g in tr]
    mg0 = meta["margin"]
    print("  shipped:", {k: round(O.prov_acc(tr, ps, mg0, s)[0], 3) for k, s in sels.items()})
    d = tr[0][0].shape[1]
    for name, mask in (("all", np.ones(d, bool)), ("dense", np.arange(d) < 29)):
        for c in (0.1, 0.3, 1.0, 3.0):
            oofs = [O.prov_oof(tr, mask, c, "balanced", s) for s in range(O.SEEDS)]
            for mg in (0.0, 0.1, 0.2):
                r = {k: np.mean([O.prov_acc(tr, p, mg, s)[0] for p in oofs]) for k, s in sels.items()}
                print(f"  refit {name:5s} C={c:<4} margin={mg}: " + " ".join(f"{k} {v:.3f}" for k, v in r.items()))


def run_blend(o, sels):
    """the provider as share * shipped + (1 - share) * a refit fitted per fold (the lr3 recipe, margin 0)"""
    tr = prov.load([f"{o}/prov-{n}.jsonl" for n in ("train",) + INVENTED], gold_of(INVENTED))
    w0, b0, _ = shipped("outages")
    print("PROVIDER BLEND (share right, margin 0):")
    for c in (0.1, 1.0, 3.0):
        fits = fold_fits(tr, lambda g: g[3], lambda gs: (np.concatenate([g[0] for g in gs]),
                                                        np.concatenate([g[1] for g in gs])), c)
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            accs = {k: [] for k in sels}
            for seed in range(O.SEEDS):
                out = [None] * len(tr)
                for fold, f, w, b in blended(fits, seed, share, w0, b0):
                    for i, g in enumerate(tr):
                        if fold[g[3]] == f:
                            out[i] = O.sigmoid(g[0] @ w + b)
                for k, s in sels.items():
                    accs[k].append(O.prov_acc(tr, out, 0.0, s)[0])
            print(f"  C={c:<4} shipped share {share}: " + " ".join(f"{k} {np.mean(v):.3f}" for k, v in accs.items()))


def run_det(o, sels):
    tr, ng = det.load([f"{o}/det-{n}.jsonl" for n in ("train",) + INVENTED], gold_of(INVENTED))
    xt = np.stack([r[1] for r in tr])
    yt = np.array([r[2] for r in tr])

    def fig(probs, th, s):
        ix = [i for i, r in enumerate(tr) if s(r[0])]
        return det.f1([tr[i] for i in ix], list(probs[ix] >= th), {k: v for k, v in ng.items() if s(k)})[0]

    print("DETECTOR (outages F1 as score.py counts it):",
          {k: sum(1 for r in tr if s(r[0])) for k, s in sels.items()}, "rule outages")
    print("  keep all:", {k: round(fig(np.ones(len(tr)), 0.5, s), 3) for k, s in sels.items()})
    w, b, meta = shipped("outage_detect")
    th0 = meta["threshold"]
    print("  shipped:", {k: round(fig(O.sigmoid(xt @ w + b), th0, s), 3) for k, s in sels.items()})
    every = np.ones(xt.shape[1], bool)
    for c in (0.03, 0.1, 0.3, 1.0):
        oofs = [O.det_oof(tr, xt, yt, every, c, "balanced", seed) for seed in range(O.SEEDS)]
        for th in (0.2, 0.3, 0.4):
            r = {k: np.mean([fig(p, th, s) for p in oofs]) for k, s in sels.items()}
            print(f"  refit C={c:<4} threshold={th}: " + " ".join(f"{k} {v:.3f}" for k, v in r.items()))


def run_blend_det(o, sels):
    """the detector as share * shipped + (1 - share) * a refit fitted per fold (lr2's recipe), at the shipped
    threshold and the grid's"""
    tr, ng = det.load([f"{o}/det-{n}.jsonl" for n in ("train",) + INVENTED], gold_of(INVENTED))
    xt = np.stack([r[1] for r in tr])
    yt = np.array([r[2] for r in tr])
    w0, b0, _ = shipped("outage_detect")

    def fig(probs, th, s):
        ix = [i for i, r in enumerate(tr) if s(r[0])]
        return det.f1([tr[i] for i in ix], list(probs[ix] >= th), {k: v for k, v in ng.items() if s(k)})[0]

    print("DETECTOR BLEND (outages F1):")
    for c in (0.1, 0.3, 1.0):
        fits = fold_fits(tr, lambda r: r[0], lambda rs: (np.stack([r[1] for r in rs]), np.array([r[2] for r in rs])),
                         c)
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            for th in (0.2, 0.3, 0.4):
                accs = {k: [] for k in sels}
                for seed in range(O.SEEDS):
                    out = np.zeros(len(tr))
                    for fold, f, w, b in blended(fits, seed, share, w0, b0):
                        ix = np.array([fold[r[0]] == f for r in tr])
                        out[ix] = O.sigmoid(xt[ix] @ w + b)
                    for k, s in sels.items():
                        accs[k].append(fig(out, th, s))
                print(f"  C={c:<4} shipped share {share} threshold {th}: "
                      + " ".join(f"{k} {np.mean(v):.3f}" for k, v in accs.items()))


def run_blend_tm(o, sels):
    """the time model as share * shipped + (1 - share) * a refit fitted per fold (lr1's recipe), at the shipped
    margin and none_p"""
    names = ("invented", "detect_invented", "times_invented")
    tr = tm.load([f"{o}/tm-{n}.jsonl" for n in ("train",) + names], gold_of(names))
    sel = {k: np.array([s(g["article"]) for g in tr]) for k, s in sels.items()}
    w0, b0, meta = shipped("outage_times")
    print("TIMES BLEND (share of starts right; shipped margin and none_p):")
    for c in (0.1, 0.3, 1.0, 3.0):
        fits = fold_fits(tr, lambda g: g["article"], lambda gs: (np.concatenate([g["x"] for g in gs]),
                                                                np.concatenate([g["y"] for g in gs])), c)
        for share in (0.0, 0.25, 0.5, 0.75, 1.0):
            r = []
            for seed in range(O.SEEDS):
                out = [None] * len(tr)
                for fold, f, w, b in blended(fits, seed, share, w0, b0):
                    for i, g in enumerate(tr):
                        if fold[g["article"]] == f:
                            out[i] = O.sigmoid(g["x"] @ w + b)
                r.append(tm.right(tr, out, meta["margin"], meta["none_p"]))
            print(f"  C={c:<4} shipped share {share}: "
                  + " ".join(f"{k} {np.mean([x[v].mean() for x in r]):.3f}" for k, v in sel.items()))


def run_tm(o, sels):
    names = ("invented", "detect_invented", "times_invented")
    tr = tm.load([f"{o}/tm-{n}.jsonl" for n in ("train",) + names], gold_of(names))
    sel = {k: np.array([s(g["article"]) for g in tr]) for k, s in sels.items()}
    print("TIMES (share of labelled outages whose start is right):", {k: int(v.sum()) for k, v in sel.items()},
          "labelled")
    rok = np.array([g["rules_ok"] for g in tr])
    print("  rules:", {k: round(float(rok[v].mean()), 3) for k, v in sel.items()})
    w, b, meta = shipped("outage_times")
    sh = tm.right(tr, [O.sigmoid(g["x"] @ w + b) for g in tr], meta["margin"], meta["none_p"])
    print("  shipped:", {k: round(float(sh[v].mean()), 3) for k, v in sel.items()})
    for c in (0.1, 0.3, 1.0, 3.0):
        oofs = [O.tm_oof(tr, c, "balanced", seed) for seed in range(O.SEEDS)]
        for mg in (0.1, 0.2, 0.3):
            for npv in (0.5, 0.7, 0.9):
                r = [tm.right(tr, p, mg, npv) for p in oofs]
                print(f"  refit C={c:<4} margin={mg} none_p={npv}: "
                      + " ".join(f"{k} {np.mean([x[v].mean() for x in r]):.3f}" for k, v in sel.items()))


def main():
    global MODELS
    ap = argparse.ArgumentParser()
    ap.add_argument("--dumps", default=os.path.join(O.HERE, "out", "outages"))
    ap.add_argument("--since", required=True, help="the commit whose corpus train the shipped models were fitted on")
    ap.add_argument("--only", choices=("prov", "blend", "det", "blend-det", "tm", "blend-tm"))
    ap.add_argument("--models", default=MODELS, help="the shipped models to compare (and blend): models/ by default")
    a = ap.parse_args()
    MODELS = a.models
    sels = selectors(unseen_articles(a.since))
    for k, f in (("prov", run_prov), ("blend", run_blend), ("det", run_det), ("blend-det", run_blend_det),
                 ("tm", run_tm), ("blend-tm", run_blend_tm)):
        if a.only in (None, k):
            f(a.dumps, sels)


if __name__ == "__main__":
    main()

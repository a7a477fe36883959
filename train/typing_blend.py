"""A refit of the typing model blended with the shipped one: logits (1 - a) * shipped + a * refit,
still one linear layer and a softmax (so the same ONNX shape and Rust side).

    python3 train/typing_blend.py --data train/out/typ23 --base models --models OUT \
        --train train.jsonl=eval/corpus/train --train news-train.jsonl=eval/news-train \
        --seen-list LIST --check-gold /work/shared/eval/dev

The shipped model was fitted on some of today's train articles (--seen-list: their ids), so it is
in-sample there. Chosen out of fold (5 folds grouped by article over all --train rows; the refit is
trained on the other folds, seen articles included) but scored ONLY on the rows of articles the
shipped model never saw, where both models are out of sample: C, class weighting, the blend weight
a (a = 0 is the shipped model, a = 1 the refit alone), a temperature (out-of-fold NLL) and the
decision rule (margin, drop), with ../shared/eval dev as the same floor as typing_train.py.
Writes typing.onnx / typing.json / typing_cases.json like typing_train.py.
"""
import argparse
import json
import os

import numpy as np
import onnxruntime as ort
from scipy import sparse
from sklearn.model_selection import GroupKFold

from linear_onnx import load_linear, save_softmax
from typing_compare import gold_counts_of
from typing_train import KINDS, CLASSES, decide, fit, load, mean_f1, prf, softmax, gold_counts

VERSION = "typing-2026-12-03-lr3-blend"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--base", default="models")
    ap.add_argument("--models", required=True)
    ap.add_argument("--train", action="append", required=True)
    ap.add_argument("--seen-list", required=True)
    ap.add_argument("--dev-gold", default="eval/corpus/dev")
    ap.add_argument("--check-gold", default="../shared/eval/dev")
    ap.add_argument("--Cs", default="0.1,0.3,1")
    ap.add_argument("--weights", default="none,balanced")
    ap.add_argument("--alphas", default="0,0.25,0.5,0.75,1")
    ap.add_argument("--floor-tol", type=float, default=0.005)
    ap.add_argument("--folds", type=int, default=5)
    a = ap.parse_args()
    seen = set(l.strip() for l in open(a.seen_list))
    w0, b0 = (t.astype(np.float64) for t in load_linear(os.path.join(a.base, "typing.onnx")))
    parts = []
    for spec in a.train:
        f, g = spec.split("=", 1)
        rows, x, y, cur = load(os.path.join(a.data, f))
        arts = np.array([r["article"] for r in rows])
        unseen = ~np.isin(arts, list(seen))
        parts.append((f, rows, x, y, cur, arts, unseen, gold_counts_of(g, set(arts[unseen]))))
    x = np.vstack([p[2] for p in parts])
    y = np.concatenate([p[3] for p in parts])
    cur = np.concatenate([p[4] for p in parts])
    groups = np.concatenate([p[5] for p in parts])
    sc = np.concatenate([p[6] for p in parts])
    part_of = np.concatenate([np.full(len(p[3]), i) for i, p in enumerate(parts)])
    gsc = {k: sum(p[7][k] for p in parts) for k in KINDS}
    xs = sparse.csr_matrix(x)
    z0 = x @ w0 + b0
    _, xdv, ydv, cdv = load(os.path.join(a.data, "dev.jsonl"))
    _, xck, yck, cck = load(os.path.join(a.data, "check.jsonl"))
    gdv, gck = gold_counts(a.dev_gold), gold_counts(a.check_gold)
    floor = mean_f1(prf(cck, yck, gck)) - a.floor_tol
    print(f"rows {len(y)}, scored (articles the shipped model never saw) {sc.sum()} in {len(set(groups[sc]))} "
          f"articles; no model mean F1 {mean_f1(prf(cur[sc], y[sc], gsc)):.3f}")
    folds = list(GroupKFold(a.folds).split(x, y, groups))
    temps = np.linspace(0.5, 3.0, 51)
    rules = [(m, d) for m in [0.0, 0.1, 0.2, 0.3, 0.4] for d in [0.5, 0.6, 0.7, 0.8, 0.9, 1.01]]
    best = None
    for c in [float(v) for v in a.Cs.split(",")]:
        for weight in [None if v == "none" else v for v in a.weights.split(",")]:
            z1 = np.zeros((len(y), 4))
            for tr, te in folds:
                m = fit(xs[tr], y[tr], c, weight)
                z1[te] = xs[te] @ m.coef_.T + m.intercept_
            full = fit(xs, y, c, weight)
            for al in [float(v) for v in a.alphas.split(",")]:
                zb = (1 - al) * z0[sc] + al * z1[sc]
                nll = [-np.log(softmax(zb / t)[np.arange(sc.sum()), y[sc]] + 1e-12).mean() for t in temps]
                t = float(temps[int(np.argmin(nll))])
                p = softmax(zb / t)
                wf = ((1 - al) * w0 + al * full.coef_.T) / t
                bf = ((1 - al) * b0 + al * full.intercept_) / t
                pck = softmax(xck @ wf + bf)
                top = None
                for mg, dr in rules:
                    if mean_f1(prf(decide(pck, cck, mg, dr), yck, gck)) < floor:
                        continue
                    f1 = mean_f1(prf(decide(p, cur[sc], mg, dr), y[sc], gsc))
                    if top is None or f1 > top[0] + 1e-9:
                        top = (f1, mg, dr)
                acc = (p.argmax(1) == y[sc]).mean()
                pdv = softmax(xdv @ wf + bf)
                fdv = top and mean_f1(prf(decide(pdv, cdv, top[1], top[2]), ydv, gdv))
                print(f"C={c} weight={weight} a={al}: T {t:.2f} NLL {min(nll):.3f} acc {acc:.3f}; rule "
                      f"{top and top[1:]}: OOF mean F1 {top and round(top[0], 4)}; dev (not chosen on) "
                      f"{fdv and round(fdv, 4)}", flush=True)
                if top and (best is None or top[0] > best[0] + 1e-9):
                    best = (top[0], c, weight, al, t, top[1], top[2], wf, bf, p)
    f1, c, weight, al, t, mg, dr, wf, bf, p = best
    print(f"chosen: C={c} weight={weight} a={al} T={t:.2f} margin={mg} drop={dr}: OOF mean F1 {f1:.4f}")
    # per set, out of fold, on the rows the shipped model never saw, next to the shipped model alone
    p0 = softmax(z0[sc])
    base_cfg = json.load(open(os.path.join(a.base, "typing.json")))
    for i, pt in enumerate(parts):
        sel = part_of[sc] == i
        g = pt[7]
        yy, cc = y[sc][sel], cur[sc][sel]
        for name, pp, m_, d_ in [("shipped", p0[sel], base_cfg["margin"], base_cfg["drop"]),
                                 ("blend OOF", p[sel], mg, dr)]:
            d = decide(pp, cc, m_, d_)
            r0, r1 = prf(cc, yy, g), prf(d, yy, g)
            print(f"{pt[0]} unseen rows {sel.sum()} {name}: top-class accuracy {(pp.argmax(1) == yy).mean():.3f}, "
                  f"mean F1 {mean_f1(r0):.3f} -> {mean_f1(r1):.3f}; " +
                  ", ".join(f"{k} {r0[k][2]:.3f}->{r1[k][2]:.3f}" for k in KINDS) +
                  f"; dropped {(d == -1).sum()} retyped {((d != cc) & (d >= 0)).sum()}")
    for name, xx, yy, cc, g in [("dev", xdv, ydv, cdv, gdv), ("check", xck, yck, cck, gck)]:
        pp = softmax(xx @ wf + bf)
        d = decide(pp, cc, mg, dr)
        r0, r1 = prf(cc, yy, g), prf(d, yy, g)
        print(f"{name}: mean F1 {mean_f1(r0):.3f} -> {mean_f1(r1):.3f}; " +
              ", ".join(f"{k} {r0[k][2]:.3f}->{r1[k][2]:.3f}" for k in KINDS) +
              f"; dropped {(d == -1).sum()} retyped {((d != cc) & (d >= 0)).sum()}")
    os.makedirs(a.models, exist_ok=True)
    d = x.shape[1]
    save_softmax(os.path.join(a.models, "typing.onnx"), wf, bf, "newskg_typing")
    json.dump({"version": VERSION, "classes": CLASSES, "features": d, "margin": mg, "drop": dr,
               "temperature": t, "C": c, "class_weight": weight, "blend": al, "blended_with": base_cfg["version"],
               "train": a.train,
               "chosen": "grouped %d-fold cross-validation, scored on the articles %s never saw"
                         % (a.folds, base_cfg["version"])},
              open(os.path.join(a.models, "typing.json"), "w"), indent=1)
    sess = ort.InferenceSession(os.path.join(a.models, "typing.onnx"))
    got = sess.run(None, {"features": xdv})[0]
    print("max |onnx - numpy| on dev:", float(np.abs(got - softmax(xdv @ wf + bf)).max()))
    rng = np.random.default_rng(7)
    idx = sorted(rng.choice(len(ydv), 12, replace=False).tolist())
    cases = [{"features": {str(j): float(v) for j, v in enumerate(xdv[i]) if v != 0.0},
              "kind": KINDS[cdv[i]], "probabilities": got[i].tolist()} for i in idx]
    json.dump(cases, open(os.path.join(a.models, "typing_cases.json"), "w"))
    print("wrote", a.models)


if __name__ == "__main__":
    main()

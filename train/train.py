#!/usr/bin/env python3
"""Fine-tune MiniLM + casing-shape tagger on train/out/prep, evaluate on the held-out sets.

Trains one or more variants with the same seed and data ("shape": casing embedding used,
"noshape": the shape input is ignored), evaluates each on every heldout_*.jsonl
(entity-level exact span P/R/F1 per type), picks the variant with the best mean F1 over
the held-out sets and writes to --out:
  metrics.json                     per-variant, per-set, per-type scores + set-up
  weights.safetensors[.partN]      the chosen variant's weights (fp16 if --save-fp16;
                                   split into <15 MB parts if --split)
  train_log.txt                    loss curve
Export to ONNX is done by export_onnx.py from these weights.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import MAX_LEN, ORG_KINDS, Scorer, allowed_targets, decode_words, encode, labels_for, load_tokenizer, read_jsonl  # noqa: E402
from model import build  # noqa: E402


def open_log(out_dir):
    """A log function that prints and appends to OUT/train_log.txt (the folder is created)."""
    os.makedirs(out_dir, exist_ok=True)
    logf = open(os.path.join(out_dir, "train_log.txt"), "w")

    def log(msg):
        print(msg, flush=True)
        logf.write(msg + "\n")
        logf.flush()

    return log


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


def featurize(tok, rows):
    feats = []
    for r in rows:
        chunks, _, _ = encode(tok, r["text"], r["entities"])
        for c in chunks:
            if any(l != -100 for l in c["labels"]):
                feats.append((c["input_ids"], c["shape_ids"], c["labels"]))
    return feats


def batches(feats, bs, rng):
    """Length-bucketed batches: shuffle, sort within pools of 50 batches, shuffle batches."""
    idx = list(range(len(feats)))
    rng.shuffle(idx)
    pool = bs * 50
    out = []
    for i in range(0, len(idx), pool):
        chunk = sorted(idx[i:i + pool], key=lambda j: len(feats[j][0]))
        out += [chunk[k:k + bs] for k in range(0, len(chunk), bs)]
    rng.shuffle(out)
    return out


def collate(feats, ids):
    L = max(len(feats[j][0]) for j in ids)
    n = len(ids)
    a = np.zeros((n, L), np.int64)
    m = np.zeros((n, L), np.int64)
    s = np.zeros((n, L), np.int64)
    y = np.full((n, L), -100, np.int64)
    for r, j in enumerate(ids):
        ii, ss, ll = feats[j]
        a[r, : len(ii)] = ii
        m[r, : len(ii)] = 1
        s[r, : len(ii)] = ss
        y[r, : len(ii)] = ll
    return a, m, s, y


def predict_words(tok, rows, logits_fn, bs=64):
    """Word-level predicted tags and gold tags for each row.

    logits_fn(input_ids, attention_mask, shape_ids) -> np.ndarray [b, seq, labels] (int64 inputs).
    A word's prediction comes from the logits at its FIRST sub-token (nerlib.decode_words).
    """
    items = []  # (row index, chunk)
    golds = []
    for ri, r in enumerate(rows):
        chunks, words, wl = encode(tok, r["text"], r.get("entities", []))
        golds.append(wl)
        for c in chunks:
            items.append((ri, c))
    preds = [["O"] * len(g) for g in golds]
    word_logits = [[None] * len(g) for g in golds]
    order = sorted(range(len(items)), key=lambda k: len(items[k][1]["input_ids"]))
    for b in range(0, len(order), bs):
        sel = [items[k] for k in order[b:b + bs]]
        L = max(len(c["input_ids"]) for _, c in sel)
        a = np.zeros((len(sel), L), np.int64)
        m = np.zeros((len(sel), L), np.int64)
        s = np.zeros((len(sel), L), np.int64)
        for r, (_, c) in enumerate(sel):
            n = len(c["input_ids"])
            a[r, :n] = c["input_ids"]
            m[r, :n] = 1
            s[r, :n] = c["shape_ids"]
        lg = logits_fn(a, m, s)
        for r, (ri, c) in enumerate(sel):
            for wi, p in zip(c["word_index"], c["word_first_pos"]):
                word_logits[ri][wi] = lg[r, p]
    n = next((len(x) for wl in word_logits for x in wl if x is not None), 0)
    if n:
        labels = labels_for(n)
        outside = np.eye(n)[0] * 30.0  # a word no chunk reached stays O
        for ri, wl in enumerate(word_logits):
            if wl:
                preds[ri] = decode_words([outside if x is None else x for x in wl], labels)
    return golds, preds


_ALLOWED = None


def tag_loss(logits, y):
    """Cross-entropy of the gold tags, where a target that accepts several labels (ORG: a company
    or another organisation) scores the sum of their probabilities. y is -100 where not scored."""
    global _ALLOWED
    if _ALLOWED is None:
        _ALLOWED = torch.tensor(allowed_targets())
    logits = logits.reshape(-1, logits.shape[-1])
    y = y.reshape(-1)
    keep = y != -100
    logp = F.log_softmax(logits[keep], dim=-1)
    allowed = _ALLOWED.to(logp.device)[y[keep]]
    return -torch.logsumexp(logp.masked_fill(~allowed, float("-inf")), dim=-1).mean()


def score(golds, preds):
    """Per-type scores; COMPANY and ORGANIZATION are also scored apart when the gold has them."""
    # only where the gold says every organisation's kind
    split = any(t[2:] in ORG_KINDS for g in golds for t in g) and not any(t[2:] == "ORG" for g in golds for t in g)
    sc = Scorer()
    for g, p in zip(golds, preds):
        sc.add(g, p, split_orgs=split)
    return sc.result()


def torch_logits_fn(model, device):
    @torch.no_grad()
    def fn(a, m, s):
        t = lambda x: torch.from_numpy(x).to(device)  # noqa: E731
        return model(t(a), t(m), t(s)).float().cpu().numpy()

    return fn


def heldout_sets(prep):
    sets = {}
    for p in sorted(glob.glob(os.path.join(prep, "heldout_*.jsonl"))):
        rows = read_jsonl(p)
        if rows:
            sets[os.path.basename(p)[len("heldout_"):-len(".jsonl")]] = rows
    return sets


def load_prepared(tok, prep, limit=0):
    """Training rows, their featurised chunks and the held-out sets of a prepare.py folder
    (only the first `limit` rows of each when limit > 0, for smoke tests)."""
    train_rows = read_jsonl(os.path.join(prep, "train.jsonl"))
    sets = heldout_sets(prep)
    if limit:
        train_rows = train_rows[:limit]
        sets = {k: v[:limit] for k, v in sets.items()}
    return train_rows, featurize(tok, train_rows), sets


def train_variant(args, use_shape, feats, device, log):
    set_seed(args.seed)
    model = build(args.model_dir, use_shape=use_shape).to(device)
    head = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    enc_decay = [p for n, p in model.named_parameters() if n.startswith("bert.") and p.dim() > 1]
    enc_nodecay = [p for n, p in model.named_parameters() if n.startswith("bert.") and p.dim() <= 1]
    opt = torch.optim.AdamW(
        [
            {"params": enc_decay, "lr": args.lr, "weight_decay": 0.01},
            {"params": enc_nodecay, "lr": args.lr, "weight_decay": 0.0},
            {"params": head, "lr": args.head_lr, "weight_decay": 0.01},
        ],
        fused=(device.type == "cuda"),
    )
    rng = random.Random(args.seed)
    epochs_batches = [batches(feats, args.bs, rng) for _ in range(args.epochs)]
    total = sum(len(b) for b in epochs_batches)
    if args.max_steps:
        total = min(total, args.max_steps)
    warm = max(1, int(0.06 * total))
    base = [g["lr"] for g in opt.param_groups]
    step = 0
    t0 = time.time()
    model.train()
    amp = device.type == "cuda"
    done = False
    for ep, bl in enumerate(epochs_batches):
        run = 0.0
        for bi, ids in enumerate(bl):
            if step >= total:
                done = True
                break
            if args.time_budget and time.time() - t0 > args.time_budget:
                log(f"time budget hit at step {step}/{total}")
                done = True
                break
            f = step / warm if step < warm else max(0.0, (total - step) / max(1, total - warm))
            for g, b in zip(opt.param_groups, base):
                g["lr"] = b * f
            a, m, s, y = (torch.from_numpy(x).to(device, non_blocking=True) for x in collate(feats, ids))
            with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=amp):
                logits = model(a, m, s)
            loss = tag_loss(logits.float(), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            run += loss.item() if (bi % 50 == 0) else 0.0
            if bi % 200 == 0:
                log(f"[{'shape' if use_shape else 'noshape'}] ep {ep} step {bi}/{len(bl)} loss {loss.item():.4f} t={time.time()-t0:.0f}s")
        if done:
            break
    log(f"[{'shape' if use_shape else 'noshape'}] trained {step} steps in {time.time()-t0:.0f}s")
    model.eval()
    return model, step, time.time() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prep", default=os.path.join(HERE, "out", "prep"))
    ap.add_argument("--model-dir", default=None, help="encoder folder (config.json, tokenizer.json, model.safetensors)")
    ap.add_argument("--out", default=os.path.join(HERE, "out", "run"))
    ap.add_argument("--variants", default="shape,noshape")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-steps", type=int, default=0, help="smoke test: stop after N steps")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use only N training / eval rows")
    ap.add_argument("--time-budget", type=float, default=0, help="seconds of training per variant (0 = none)")
    ap.add_argument("--save-fp16", action="store_true")
    ap.add_argument("--split", type=int, default=0, help="split the weights file into parts of N MB")
    args = ap.parse_args()
    if args.model_dir is None:
        from nerlib import default_model_dir

        args.model_dir = default_model_dir()
    log = open_log(args.out)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    log(f"device {device} torch {torch.__version__}" + (f" {torch.cuda.get_device_name()}" if device.type == "cuda" else ""))
    tok = load_tokenizer(os.path.join(args.model_dir, "tokenizer.json"))
    t0 = time.time()
    train_rows, feats, sets = load_prepared(tok, args.prep, args.limit)
    log(f"{len(train_rows)} train sentences -> {len(feats)} chunks, featurised in {time.time()-t0:.1f}s; "
        f"held-out: { {k: len(v) for k, v in sets.items()} }")

    results = {"setup": vars(args) | {"device": str(device), "torch": torch.__version__, "train_chunks": len(feats),
                                      "max_len": MAX_LEN}, "variants": {}}
    models = {}
    for v in args.variants.split(","):
        model, steps, secs = train_variant(args, v == "shape", feats, device, log)
        fn = torch_logits_fn(model, device)
        res = {"steps": steps, "train_seconds": round(secs, 1), "sets": {}}
        for name, rows in sets.items():
            g, p = predict_words(tok, rows, fn)
            res["sets"][name] = score(g, p)
            log(f"[{v}] {name}: " + " ".join(f"{t}={r['f1']}" for t, r in res["sets"][name].items()))
        res["mean_f1"] = round(float(np.mean([r["ALL"]["f1"] for r in res["sets"].values()])), 2) if sets else 0.0
        results["variants"][v] = res
        models[v] = model.cpu()
        if device.type == "cuda":
            torch.cuda.empty_cache()
    best = max(results["variants"], key=lambda k: results["variants"][k]["mean_f1"])
    results["chosen"] = best
    log(f"chosen variant: {best}")
    with open(os.path.join(args.out, "metrics.json"), "w") as f:
        json.dump(results, f, indent=1)

    from safetensors.torch import save_file

    sd = {k: (v.half() if args.save_fp16 and v.is_floating_point() else v).contiguous() for k, v in models[best].state_dict().items()}
    path = os.path.join(args.out, "weights.safetensors")
    save_file(sd, path, metadata={"variant": best, "use_shape": str(best == "shape")})
    if args.split:
        data = open(path, "rb").read()
        n = args.split * 1000 * 1000
        for i in range(0, len(data), n):
            with open(f"{path}.part{i // n}", "wb") as f:
                f.write(data[i:i + n])
        os.remove(path)
    log("done")


if __name__ == "__main__":
    main()

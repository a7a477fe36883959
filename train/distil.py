#!/usr/bin/env python3
"""Distil the trained tagger (the teacher, a train.py run) into a shallower student.

The student keeps the teacher's embeddings, shape embedding, head and a subset of its encoder
layers (--keep, default the bottom three of six), then trains on train/out/prep with
  loss = alpha * cross-entropy(gold) + (1 - alpha) * T^2 * KL(teacher/T || student/T)
so it learns both the gold tags and the teacher's soft distribution. Runs on CPU in about
half an hour for three epochs on two cores. Writes to --out the same files as train.py
(metrics.json with the student's and teacher's held-out scores, weights.safetensors with
metadata "layers"), which export_onnx.py turns into ONNX.

  python3 train/distil.py --teacher train/out/run_seed13 --out train/out/distil3 --keep 0,1,2
"""
from __future__ import annotations

import argparse
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
from nerlib import LABELS, LABELS_V1, MAX_LEN, default_model_dir, load_tokenizer, pooled_label  # noqa: E402
from model import NerModel, load_encoder_config  # noqa: E402
from export_onnx import load_weights  # noqa: E402
from train import (  # noqa: E402
    batches, collate, load_prepared, open_log, predict_words, score, set_seed, tag_loss, torch_logits_fn,
)


def student_from(teacher_sd, cfg, keep, use_shape):
    cfg = dict(cfg, num_hidden_layers=len(keep))
    student = NerModel(cfg, use_shape=use_shape, num_labels=teacher_sd["cls.weight"].shape[0])
    sd = {}
    for k, v in teacher_sd.items():
        if k.startswith("bert.layers."):
            i = int(k.split(".")[2])
            if i in keep:
                sd[k.replace(f"bert.layers.{i}.", f"bert.layers.{keep.index(i)}.", 1)] = v
        else:
            sd[k] = v
    student.load_state_dict(sd)
    return student


def widen_head(model):
    """A first-release head (one ORG) widened to this release's labels: COMPANY and ORGANIZATION
    both start as ORG, each with half its probability, so the model's output is unchanged until
    training tells the two kinds apart."""
    old = model.cls
    if old.out_features == len(LABELS):
        return model
    assert old.out_features == len(LABELS_V1), old.out_features
    new = torch.nn.Linear(old.in_features, len(LABELS))
    src = [LABELS_V1.index(pooled_label(l)) for l in LABELS]
    with torch.no_grad():
        new.weight.copy_(old.weight[src])
        new.bias.copy_(old.bias[src])
        for i, l in enumerate(LABELS):
            if l[2:] in ("COMPANY", "ORGANIZATION"):
                new.bias[i] -= float(np.log(2.0))
    model.cls = new
    return model


def collapse_to(log_p, n_teacher):
    """Student log-probabilities over this release's labels, summed onto a first-release
    teacher's (COMPANY + ORGANIZATION = ORG); unchanged for a teacher with the same labels."""
    if n_teacher == log_p.shape[-1]:
        return log_p
    cols = []
    for l in LABELS_V1:
        parts = [i for i, x in enumerate(LABELS) if pooled_label(x) == l]
        cols.append(torch.logsumexp(log_p[..., parts], dim=-1))
    return torch.stack(cols, dim=-1)


def evaluate(tok, model, sets, log, tag):
    fn = torch_logits_fn(model, torch.device("cpu"))
    out = {}
    for name, rows in sets.items():
        g, p = predict_words(tok, rows, fn)
        out[name] = score(g, p)
        log(f"[{tag}] {name}: " + " ".join(f"{t}={r['f1']}" for t, r in out[name].items()))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--teacher", default=os.path.join(HERE, "out", "run_seed13"))
    ap.add_argument("--prep", default=os.path.join(HERE, "out", "prep"))
    ap.add_argument("--model-dir", default=None, help="encoder folder (for config.json and tokenizer.json)")
    ap.add_argument("--out", default=os.path.join(HERE, "out", "distil"))
    ap.add_argument("--keep", default="0,1,2", help="teacher layers the student keeps, in order")
    ap.add_argument("--init", default=None,
                    help="start from this student run's weights (its layer count) instead of --keep")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--alpha", type=float, default=0.5, help="weight of the gold-tag loss")
    ap.add_argument("--temperature", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=0, help="torch CPU threads (0 = torch's default)")
    ap.add_argument("--max-steps", type=int, default=0, help="smoke test: stop after N steps")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use only N training / eval rows")
    ap.add_argument("--skip-teacher-eval", action="store_true")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    model_dir = args.model_dir or default_model_dir()
    keep = [int(x) for x in args.keep.split(",")]
    log = open_log(args.out)
    set_seed(args.seed)
    tok = load_tokenizer(os.path.join(model_dir, "tokenizer.json"))
    cfg = load_encoder_config(model_dir)
    teacher_sd, meta = load_weights(args.teacher)
    use_shape = meta.get("use_shape", "True") == "True"
    n_teacher = teacher_sd["cls.weight"].shape[0]
    teacher = NerModel(cfg, use_shape=use_shape, num_labels=n_teacher)
    teacher.load_state_dict(teacher_sd)
    teacher.eval()
    if args.init:
        init_sd, init_meta = load_weights(args.init)
        keep = list(range(int(init_meta["layers"])))
        student = NerModel(dict(cfg, num_hidden_layers=len(keep)), use_shape=use_shape,
                           num_labels=init_sd["cls.weight"].shape[0])
        student.load_state_dict(init_sd)
    else:
        student = student_from(teacher_sd, cfg, keep, use_shape)
    student = widen_head(student)

    train_rows, feats, sets = load_prepared(tok, args.prep, args.limit)
    log(f"teacher {args.teacher} ({len(teacher.bert.layers)} layers) -> student layers {keep}; "
        f"{len(train_rows)} sentences, {len(feats)} chunks; threads {torch.get_num_threads()}")

    opt = torch.optim.AdamW(
        [
            {"params": [p for p in student.parameters() if p.dim() > 1], "weight_decay": 0.01},
            {"params": [p for p in student.parameters() if p.dim() <= 1], "weight_decay": 0.0},
        ],
        lr=args.lr,
    )
    rng = random.Random(args.seed)
    plan = [batches(feats, args.bs, rng) for _ in range(args.epochs)]
    total = sum(len(b) for b in plan)
    if args.max_steps:
        total = min(total, args.max_steps)
    warm = max(1, int(0.06 * total))
    T = args.temperature
    step, t0 = 0, time.time()
    student.train()
    for ep, bl in enumerate(plan):
        for bi, ids in enumerate(bl):
            if step >= total:
                break
            f = step / warm if step < warm else max(0.0, (total - step) / max(1, total - warm))
            for g in opt.param_groups:
                g["lr"] = args.lr * f
            a, m, s, y = (torch.from_numpy(x) for x in collate(feats, ids))
            with torch.no_grad():
                soft = F.log_softmax(teacher(a, m, s) / T, dim=-1)
            logits = student(a, m, s)
            real = m.bool()
            ce = tag_loss(logits, y)
            student_soft = collapse_to(F.log_softmax(logits[real] / T, dim=-1), n_teacher)
            kd = F.kl_div(student_soft, soft[real], log_target=True, reduction="batchmean")
            loss = args.alpha * ce + (1 - args.alpha) * T * T * kd
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(student.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 100 == 0:
                log(f"ep {ep} step {step}/{total} ce {ce.item():.4f} kd {kd.item():.4f} t={time.time() - t0:.0f}s")
    secs = time.time() - t0
    log(f"trained {step} steps in {secs:.0f}s")
    student.eval()
    results = {
        "setup": vars(args) | {"use_shape": use_shape, "train_chunks": len(feats), "max_len": MAX_LEN},
        "steps": step,
        "train_seconds": round(secs, 1),
        "student": evaluate(tok, student, sets, log, f"student {len(keep)} layers"),
    }
    if not args.skip_teacher_eval:
        results["teacher"] = evaluate(tok, teacher, sets, log, "teacher")
    for who in ("student", "teacher"):
        if who in results:
            mean = float(np.mean([r["ALL"]["f1"] for r in results[who].values()])) if sets else 0.0
            results[f"{who}_mean_f1"] = round(mean, 2)
            log(f"{who} mean F1 over held-out sets: {mean:.2f}")
    with open(os.path.join(args.out, "metrics.json"), "w") as fh:
        json.dump(results, fh, indent=1)

    from safetensors.torch import save_file

    sd = {k: v.contiguous() for k, v in student.state_dict().items()}
    save_file(sd, os.path.join(args.out, "weights.safetensors"),
              metadata={"variant": "shape" if use_shape else "noshape", "use_shape": str(use_shape),
                        "layers": str(len(keep)), "distilled_from": os.path.basename(os.path.normpath(args.teacher)),
                        "initialised_from": os.path.basename(os.path.normpath(args.init)) if args.init else ""})
    log("done")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Fine-tune the shipped tagger on the corpus's train split, with replay of the earlier mix.

Starts from weights rebuilt from models/ner.onnx (rebuild_from_onnx.py), trains on
  * the corpus sentences (corpus_ner.py output; gold names projected onto the text; --corpus may be
    repeated to add name-swapped copies of the train split, eval/swap_names.py), --corpus-repeat
    times, and
  * a seeded sample of --replay sentences per corpus sentence from prepare.py's train.jsonl (public
    sets + in-domain sentences), so the model keeps what it knew,
with plain cross-entropy on the gold tags (an ORG target, from public sets that do not say the kind,
scores the summed probability of COMPANY and ORGANIZATION, as distil.py / train.py do), AdamW,
warm-up then linear decay, seed 13, CPU. Writes --out/{weights.safetensors, metrics.json,
train_log.txt}; export_onnx.py turns the weights into ONNX.

  python3 train/finetune_corpus.py --init train/out/rebuilt --corpus train/out/corpus/train.jsonl \
      --prep train/out/prep5 --out train/out/ft1 --replay 1 --epochs 2 --lr 3e-5 --threads 2

--repeat-type SERVICE includes every corpus sentence with a gold SERVICE mention a second time (recipe s1svc).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import MAX_LEN, default_model_dir, load_tokenizer, read_jsonl  # noqa: E402
from export_onnx import load_model  # noqa: E402
from train import batches, collate, featurize, heldout_sets, open_log, set_seed, tag_loss  # noqa: E402
from distil import evaluate  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--init", default=os.path.join(HERE, "out", "rebuilt"), help="run folder to start from")
    ap.add_argument("--corpus", action="append", default=None,
                    help="corpus_ner.py output; repeat it to add name-swapped copies (swap_names.py, then corpus_ner.py)"
                         " (default train/out/corpus/train.jsonl)")
    ap.add_argument("--prep", default=os.path.join(HERE, "out", "prep5"))
    ap.add_argument("--out", default=os.path.join(HERE, "out", "ft"))
    ap.add_argument("--replay", type=float, default=1.0, help="replayed sentences per corpus sentence")
    ap.add_argument("--corpus-repeat", type=int, default=1)
    ap.add_argument("--repeat-type", action="append", default=[],
                    help="entity type (e.g. SERVICE): every corpus sentence holding a gold mention of it is included "
                         "once more; the replay sample is sized on the corpus before this repeat (repeatable)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--exclude-docs", default="", help="file of corpus doc ids left out (cross-validation)")
    ap.add_argument("--eval", action="store_true", help="score the held-out sets of --prep at the end")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    log = open_log(args.out)
    set_seed(args.seed)
    model_dir = default_model_dir()
    tok = load_tokenizer(os.path.join(model_dir, "tokenizer.json"))
    model, meta = load_model(args.init, model_dir)

    args.corpus = args.corpus or [os.path.join(HERE, "out", "corpus", "train.jsonl")]
    corpus = [r for path in args.corpus for r in read_jsonl(path)]
    if args.exclude_docs:
        out = {l.strip() for l in open(args.exclude_docs) if l.strip()}
        corpus = [r for r in corpus if r.get("doc") not in out]
    rng = random.Random(args.seed)
    pool = read_jsonl(os.path.join(args.prep, "train.jsonl"))
    replay = rng.sample(pool, min(len(pool), int(round(args.replay * len(corpus)))))
    extra = [r for r in corpus if any(e["type"] in args.repeat_type for e in r.get("entities", []))]
    rows = corpus * args.corpus_repeat + replay + extra
    feats = featurize(tok, rows)
    log(f"init {args.init}; {len(corpus)} corpus sentences x{args.corpus_repeat} + {len(replay)} replayed "
        f"+ {len(extra)} repeated for {','.join(args.repeat_type) or '-'} "
        f"-> {len(feats)} chunks; lr {args.lr}, {args.epochs} epochs, threads {torch.get_num_threads()}")

    params = list(model.named_parameters())
    opt = torch.optim.AdamW(
        [
            {"params": [p for n, p in params if p.dim() > 1], "weight_decay": 0.01},
            {"params": [p for n, p in params if p.dim() <= 1], "weight_decay": 0.0},
        ],
        lr=args.lr,
    )
    plan = [batches(feats, args.bs, rng) for _ in range(args.epochs)]
    total = sum(len(b) for b in plan)
    warm = max(1, int(0.06 * total))
    step, t0 = 0, time.time()
    model.train()
    for ep, bl in enumerate(plan):
        run = 0.0
        for ids in bl:
            f = step / warm if step < warm else max(0.0, (total - step) / max(1, total - warm))
            for g in opt.param_groups:
                g["lr"] = args.lr * f
            a, m, s, y = (torch.from_numpy(x) for x in collate(feats, ids))
            loss = tag_loss(model(a, m, s), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            run += loss.item()
            if step % 25 == 0:
                log(f"ep {ep} step {step}/{total} loss {run / 25:.4f} t={time.time() - t0:.0f}s")
                run = 0.0
    secs = time.time() - t0
    log(f"trained {step} steps in {secs:.0f}s")
    model.eval()
    results = {"setup": vars(args) | {"train_chunks": len(feats), "max_len": MAX_LEN}, "steps": step,
               "train_seconds": round(secs, 1)}
    if args.eval:
        results["heldout"] = evaluate(tok, model, heldout_sets(args.prep), log, "fine-tuned")
    with open(os.path.join(args.out, "metrics.json"), "w") as fh:
        json.dump(results, fh, indent=1)
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, os.path.join(args.out, "weights.safetensors"),
              metadata={"variant": "shape", "use_shape": meta.get("use_shape", "True"), "layers": meta["layers"],
                        "initialised_from": os.path.basename(os.path.normpath(args.init)),
                        "finetuned_on": ",".join(os.path.basename(c) for c in args.corpus)})
    log("done")


if __name__ == "__main__":
    main()

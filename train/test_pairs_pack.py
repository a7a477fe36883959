#!/usr/bin/env python3
"""pairs_pack.py's int8 rows and cut word embedding give back what went in, within half an int8 step a row.

  train/.venv/bin/python train/test_pairs_pack.py     (torch; no encoder package needed)
"""
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pairs_pack import dequantise, pack_state, quantise, unpack_state  # noqa: E402


def main():
    g = torch.Generator().manual_seed(7)
    state = {"word": torch.randn(500, 48, generator=g), "layer": torch.randn(64, 48, generator=g),
             "bias": torch.randn(48, generator=g), "small": torch.randn(2, 48, generator=g)}
    rows = torch.arange(0, 500, 12)   # 42 rows: a matrix large enough to travel as int8
    packed = pack_state(state, "word", rows)
    assert packed["word"]["q"].shape == (42, 48) and packed["word"]["q"].dtype == torch.int8
    assert "f" in packed["bias"] and "f" in packed["small"], "vectors and tiny matrices travel as fp32"
    rest = torch.full((500, 48), 9.0)
    back = unpack_state(packed, "word", rows, rest)
    step = state["layer"].abs().amax(dim=1, keepdim=True) / 127
    assert ((back["layer"] - state["layer"]).abs() <= step / 2 + 1e-6).all(), "a matrix within half a step a row"
    assert torch.equal(back["bias"], state["bias"]) and torch.equal(back["small"], state["small"])
    wstep = state["word"][rows].abs().amax(dim=1, keepdim=True) / 127
    assert ((back["word"][rows] - state["word"][rows]).abs() <= wstep / 2 + 1e-6).all()
    others = torch.ones(500, dtype=torch.bool)
    others[rows] = False
    assert (back["word"][others] == 9.0).all(), "rows that did not travel come from word_rest"
    assert (rest == 9.0).all(), "word_rest itself is left as it was"
    zero = quantise(torch.zeros(40, 40))
    assert (dequantise(zero) == 0).all(), "an all-zero row survives (its scale is not 0)"
    print("test_pairs_pack: ok")


if __name__ == "__main__":
    main()

"""Counts behind ../shared/eval/score.py's figures, for scripts that pool several score runs (the
out-of-fold end-to-end figures of orgcheck_oof.py and typing_e2e_oof.py)."""
import json
import os

SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py")


def score_counts(json_path):
    """Per category of a `score.py --json` file: [right predictions, predictions, gold found, gold]."""
    out = {}
    for c, v in json.load(open(json_path)).items():
        if c != "macro_f1":
            out[c] = [round(v["p"] * v["pred"]), v["pred"], round(v["r"] * v["gold"]), v["gold"]]
    return out


def add_counts(total, counts):
    """Adds one run's counts to the pooled `total`, category by category."""
    for c, v in counts.items():
        t = total.setdefault(c, [0, 0, 0, 0])
        for i in range(4):
            t[i] += v[i]

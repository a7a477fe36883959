"""Torch-free pieces shared by the pair-model trainers (pairs_train.py, pairs_head.py, pairs_vec_head.py): the
sigmoid, a temperature fit, and the article-level F1 of pair decisions."""
import numpy as np

from pairslib import CUR, N_OUT, N_REL, REL_LABELS, ROLES


def sig(x):
    return 1 / (1 + np.exp(-x))


def temperature_vector(rel, role, cur, dtype=np.float64):
    """The divisor of the head's logits: the relation, role and `current` temperatures over their label slots."""
    t = np.ones(N_OUT, dtype)
    t[:N_REL], t[N_REL:CUR], t[CUR] = rel, role, cur
    return t


def head_logits(x, w0, b0, w3, b3):
    """The pair head (Linear, erf GELU, Linear) on marker vectors, in numpy."""
    from scipy.special import erf
    h = x @ w0 + b0
    return (0.5 * h * (1 + erf(h / np.sqrt(2)))) @ w3 + b3


def fit_temperature(z, y):
    """Temperature minimising the binary NLL of sigmoid(z / T) (grid then refine)."""
    def nll(t):
        p = np.clip(sig(z / t), 1e-7, 1 - 1e-7)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    grid = np.exp(np.linspace(np.log(0.05), np.log(10), 300))
    return float(min(grid, key=nll))


def doc_level(recs, probs, thr_rel, thr_role):
    """Article-level (entity pair, label) decisions: max probability over the pair's sentences."""
    best = {}
    for r, p in zip(recs, probs):
        key = (r["doc"], r["kind"], r["e1"]["ent"], r["e2"]["ent"])
        if r["kind"] == "rel" and r["e1"]["ent"] > r["e2"]["ent"]:
            # the same two entities in the other order in another sentence: flip the directions
            key = (r["doc"], "rel", r["e2"]["ent"], r["e1"]["ent"])
            p = p.copy()
            for i in range(0, N_REL, 2):
                p[i], p[i + 1] = p[i + 1], p[i]
            gold = {lab[:-1] + ("<" if lab[-1] == ">" else ">") for lab in r["rels"]}
        else:
            gold = set(r["rels"]) | set(r["roles"])
        b = best.setdefault(key, [np.zeros(N_OUT), set()])
        b[0] = np.maximum(b[0], p)
        b[1] |= gold
    tp = fp = fn = 0
    res = {}
    for kind, lo, hi, labels, thr in (("rel", 0, N_REL, REL_LABELS, thr_rel), ("role", N_REL, CUR, ROLES, thr_role)):
        tp = fp = fn = 0
        for key, (p, gold) in best.items():
            if key[1] != kind:
                continue
            pred = {labels[j - lo] for j in range(lo, hi) if p[j] >= thr}
            g = {x for x in gold if x in labels}
            tp += len(pred & g); fp += len(pred - g); fn += len(g - pred)
        P = tp / (tp + fp) if tp + fp else 0.0
        R = tp / (tp + fn) if tp + fn else 0.0
        res[kind] = {"p": round(P, 3), "r": round(R, 3), "f1": round(2 * P * R / (P + R), 3) if P + R else 0.0,
                     "tp": tp, "fp": fp, "fn": fn, "threshold": thr}
    return res

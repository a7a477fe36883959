"""Trains the person and place check (models/orgcheck.onnx, card models/TYPING.md): a logistic
regression over the features `newskg extract --output orgcheck-features` writes for every entity
the recogniser and rules made a person or place, giving the probability that it is in fact an
organisation (the gold entity sharing one of its names is a Company, Organization or Service).

    python3 train/orgcheck_train.py --bin $CARGO_TARGET_DIR/release/newskg \
        --train-gold eval/corpus/train [--train-gold eval/news-train] --dev-gold eval/corpus/dev

Out-of-fold figures: 5 folds by article over the training folders (every article's rows scored by
a model fitted on the other folds). The threshold is chosen on the out-of-fold probabilities (the
best net gain: entities fixed minus entities broken, with at least 3 fixed per broken one), then
checked on dev. Writes orgcheck.onnx, orgcheck.json (feature count, threshold, C, version) and
orgcheck_cases.json (12 vectors and the probabilities onnxruntime gives, which the Rust test
`orgcheck::tests::matches_the_training_side` reproduces)."""
import argparse
import json
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from linear_onnx import save_logistic, sparse_case  # noqa: E402
from pairs_data import extract_lines, gold_articles, names as names_of  # noqa: E402

VERSION = "orgcheck-2026-12-03-doc1"
ORGS = ("Company", "Organization", "Service")


def label(row, gold):
    """1 when the gold entity sharing a name is an organisation, 0 when it is a person or place,
    None when no gold entity shares a name (junk: not trained on, never retyped for it)."""
    mine = names_of(row["name"], row["aliases"])
    hits = [g for g in gold.get("entities", []) if mine & names_of(g["name"], g.get("aliases"))]
    if not hits:
        return None
    own = names_of(row["name"], [])
    exact = [g for g in hits if own & names_of(g["name"], g.get("aliases"))]
    return int((exact or hits)[0]["type"] in ORGS)


def rows_of(binary, folders, by_id=False):
    out = []
    for folder in folders:
        golds = {g["id"]: g for g in gold_articles(folder)}
        lines, summary = extract_lines(binary, golds.values(), ["--typing", "rules", "--output", "orgcheck-features"])
        print(folder, summary)
        for line in lines:
            r = json.loads(line)
            r["label"] = label(r, golds[r["article"]])
            # --group-by-id: a name-swapped copy of an article (eval/swap_names.py) shares its original's fold
            r["group"] = r["article"] if by_id else folder + "/" + r["article"]
            out.append(r)
    return out


def arrays(rows):
    x = np.array([r["features"] for r in rows], dtype=np.float32)
    y = np.array([-1 if r["label"] is None else r["label"] for r in rows])
    return x, y


def fit(x, y, c, weight=None):
    keep = y >= 0
    m = LogisticRegression(C=c, max_iter=5000, class_weight=weight)
    m.fit(x[keep], y[keep])
    return m


def gain(p, y, t):
    flip = p >= t
    fixed = int(((y == 1) & flip).sum())
    broken = int(((y == 0) & flip).sum())
    junk = int(((y == -1) & flip).sum())
    return fixed, broken, junk


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--train-gold", action="append", required=True)
    ap.add_argument("--dev-gold", default="eval/corpus/dev")
    ap.add_argument("--models", default="models")
    ap.add_argument("--C", type=float, default=None, help="fix C (else chosen out of fold)")
    ap.add_argument("--ratio", type=float, default=3.0,
                    help="a setting must fix at least this many entities out of fold per one it breaks")
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8,0.9,0.95",
                    help="thresholds tried, comma-separated")
    ap.add_argument("--group-by-id", action="store_true",
                    help="folds by article id across folders (for name-swapped copies of the training articles)")
    ap.add_argument("--dump", help="also write the labelled training rows here (JSONL)")
    a = ap.parse_args()

    rows = rows_of(a.bin, a.train_gold, a.group_by_id)
    dev = rows_of(a.bin, [a.dev_gold])
    if a.dump:
        os.makedirs(os.path.dirname(os.path.abspath(a.dump)), exist_ok=True)
        with open(a.dump, "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    x, y = arrays(rows)
    xd, yd = arrays(dev)
    print(f"train rows {len(y)}: organisation {int((y == 1).sum())}, person/place {int((y == 0).sum())}, "
          f"unmatched {int((y == -1).sum())}; dev rows {len(yd)}: organisation {int((yd == 1).sum())}")
    groups = sorted({r["group"] for r in rows})
    fold_of = {g: i % 5 for i, g in enumerate(groups)}
    fold = np.array([fold_of[r["group"]] for r in rows])
    thresholds = [float(t) for t in a.thresholds.split(",")]
    best = None
    for c, cw in [(c, cw) for c in ([a.C] if a.C else [0.1, 0.3, 1.0, 3.0]) for cw in (None, "balanced")]:
        oof = np.zeros(len(y))
        for k in range(5):
            m = fit(x[fold != k], y[fold != k], c, cw)
            oof[fold == k] = m.predict_proba(x[fold == k])[:, 1]
        for t in thresholds:
            fx, br, jk = gain(oof, y, t)
            ok = fx >= a.ratio * br
            print(f"  C {c:<5} {cw or 'unweighted'} threshold {t}: out of fold fixed {fx}, broken {br}, junk retyped {jk}")
            score = fx - br
            if ok and (best is None or score > best[0]):
                best = (score, c, cw, t, oof.copy())
    _, c, cw, t, oof = best
    m = fit(x, y, c, cw)
    pd = m.predict_proba(xd)[:, 1]
    fx, br, jk = gain(oof, y, t)
    dfx, dbr, djk = gain(pd, yd, t)
    print(f"chosen C {c} {cw}, threshold {t}: train out of fold fixed {fx} broken {br} junk {jk}; "
          f"dev fixed {dfx} broken {dbr} junk {djk}")
    for r, p in zip(rows, oof):
        if p >= t:
            print(f"    oof {p:.2f} {r['kind']:>8} -> {r['label']} {r['article'][:50]} | {r['name']}")
    os.makedirs(a.models, exist_ok=True)
    w, b = m.coef_[0], m.intercept_[0]
    save_logistic(os.path.join(a.models, "orgcheck.onnx"), w, b, "orgcheck")
    meta = {"version": VERSION, "features": int(x.shape[1]), "threshold": t, "C": c, "class_weight": cw,
            "train": a.train_gold, "oof": {"fixed": fx, "broken": br, "junk": jk},
            "dev": {"fixed": dfx, "broken": dbr, "junk": djk}}
    json.dump(meta, open(os.path.join(a.models, "orgcheck.json"), "w"), indent=1)
    import onnxruntime as ort
    sess = ort.InferenceSession(os.path.join(a.models, "orgcheck.onnx"))
    pick = list(np.argsort(-pd)[:6]) + list(range(0, len(xd), max(1, len(xd) // 6)))[:6]
    xt = xd[pick]
    got = sess.run(None, {"features": xt})[0][:, 0]
    cases = [sparse_case(xt[k], got[k]) for k in range(len(pick))]
    json.dump({"version": VERSION, "features": int(x.shape[1]), "cases": cases},
              open(os.path.join(a.models, "orgcheck_cases.json"), "w"))
    names = ["Location"] + [f"t{i}" for i in range(1, 44)] + [
        "person word before", "place preposition before", "legal suffix after", "surname of a person", "known place", "demonym",
        "person one word", "person capitals", "person the", "place not known", "place mixed",
        "listed with an organisation", "listed with a person", "person in an employer's slot",
        "person named in full again, never by surname", "person's surname alone",
        "first pronoun after is personal", "first pronoun after is its", "apposition naming a body"]
    order = np.argsort(-np.abs(w))[:12]
    print("largest weights:", ", ".join(f"{names[i] if i < len(names) else i} {w[i]:+.2f}" for i in order))


if __name__ == "__main__":
    main()

"""Probes of the relation scorer's decisions, at candidate level (nothing here trains or ships).

    python3 train/relations_probe.py thresholds --data A.jsonl[,GOLD] ...   per-predicate thresholds
    python3 train/relations_probe.py filters    --data A.jsonl ...          post-scorer filters
    python3 train/relations_probe.py predicates --data A.jsonl --gold DIR   pairs kept / proposed with
                                                                            another predicate than the gold's

`--data` files are candidates `relations_data.py` dumped (corpus train out of fold: `relations_oof_dump.sh`);
each is scored with `--models`' relations.onnx and kept as crates/newskg-nlp/src/relate/relscore.rs `keep`
keeps them (a pattern's candidate always, else at the threshold, one direction per pair and predicate).
The steps after the scorer (relate/mod.rs: emergency numbers, office parents, maker-product links) are
not applied, so figures are a little below score.py's. Session 14 (models/RELATIONS.md) used these to
test per-predicate thresholds and type- and predicate-based filters; none held on corpus train, corpus
dev and eval/news-train together. The check sets are never read.
"""
import argparse
import os
import sys
from collections import Counter, defaultdict

import numpy as np
import onnxruntime as ort

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pairs_data import gold_articles, names as names_of, norm  # noqa: E402
from relations_train import keep, load  # noqa: E402

PREDICATES = ["ParentOrganization", "Provider", "Acquired", "Partner"]
GOLD_NAME = {"ParentOrganization": "parentOrganization", "Provider": "provider", "Acquired": "acquired",
             "Partner": "partner"}
KINDS = "COS"  # feature slots 21-23 (subject) and 24-26 (object): Company, Organization, Service


def scored(path, models):
    rows, x, y, gold = load(path)
    sess = ort.InferenceSession(os.path.join(models, "relations.onnx"))
    p = sess.run(None, {"features": x})[0][:, 0]
    return rows, x, y, gold, np.where(x[:, 11] > 0, 1.0 + x[:, 10], p)


def kind(v):
    i = np.flatnonzero(v)
    return KINDS[i[0]] if len(i) else "-"


def f1(y, kept, gold):
    tp = int(y[kept].sum()) if kept else 0
    p, r = tp / max(len(kept), 1), tp / max(gold, 1)
    return 2 * p * r / max(p + r, 1e-9), tp, len(kept)


def thresholds(a):
    sets = [(path, *scored(path, a.models)) for path in a.data]
    base = {p: a.threshold for p in PREDICATES}

    def run(rows, y, gold, q, th):
        t = np.array([th[r["predicate"]] for r in rows])
        return f1(y, keep(rows, np.where(q >= t, q, -1.0), 0.0), gold)[0]

    for pred in PREDICATES:
        print(pred)
        for t in (0.15, 0.2, 0.25, 0.275, 0.3, 0.35, 0.4, 0.5):
            th = dict(base, **{pred: t})
            print(f"  {t:.3f} " + "  ".join(f"{os.path.basename(s[0])} {run(s[1], s[3], s[4], s[5], th):.3f}"
                                         for s in sets))


def filters(a):
    for path in a.data:
        rows, x, y, gold, q = scored(path, a.models)
        kept = keep(rows, q, a.threshold)
        model = lambda i: x[i, 11] == 0  # noqa: E731
        sides = lambda i: kind(x[i, 21:24]) + kind(x[i, 24:27])  # noqa: E731
        pair = lambda i: (rows[i]["article"], *sorted((rows[i]["subject"]["name"], rows[i]["object"]["name"])))  # noqa: E731
        best = defaultdict(dict)  # the pair model's probability per predicate of a pair
        for i, r in enumerate(rows):
            best[pair(i)][r["predicate"]] = max(best[pair(i)].get(r["predicate"], 0.0), x[i, 14])
        top_provider = {}
        for i in sorted(kept, key=lambda i: -q[i]):
            if rows[i]["predicate"] == "Provider":
                top_provider.setdefault((rows[i]["article"], rows[i]["subject"]["name"]), i)

        def preferred_other(i):
            others = {k: v for k, v in best[pair(i)].items() if k != rows[i]["predicate"]}
            k = max(others, key=others.get) if others else None
            return k is not None and k != "Acquired" and others[k] > x[i, 14]

        rules = {
            "partner with a service side": lambda i: rows[i]["predicate"] == "Partner" and "S" in sides(i),
            "parent with a service side": lambda i: rows[i]["predicate"] == "ParentOrganization" and "S" in sides(i),
            "acquired with a service side": lambda i: rows[i]["predicate"] == "Acquired" and "S" in sides(i),
            "one provider per service": lambda i: rows[i]["predicate"] == "Provider"
            and top_provider.get((rows[i]["article"], rows[i]["subject"]["name"])) != i,
            "pair model prefers another predicate": lambda i: rows[i]["predicate"] != "Acquired" and x[i, 17] > 0
            and preferred_other(i),
        }
        f, tp, n = f1(y, kept, gold)
        print(f"{path}: F1 {f:.3f} ({tp} right of {n} kept, {gold} gold)")
        for name, rule in rules.items():
            drop = [i for i in kept if model(i) and rule(i)]
            f, tp, n = f1(y, [i for i in kept if i not in set(drop)], gold)
            print(f"  drop {name:38} {len(drop):3} ({int(y[drop].sum()) if drop else 0} right) -> F1 {f:.3f}")


def predicates(a):
    rows, x, y, _, q = scored(a.data[0], a.models)
    kept = set(keep(rows, q, a.threshold))
    by = defaultdict(list)
    for i, r in enumerate(rows):
        by[r["article"]].append(i)
    count = Counter()
    for g in gold_articles(a.gold):
        gn = {norm(e["name"]): names_of(e["name"], e.get("aliases")) for e in g.get("entities", [])}
        for r in g.get("relations", []):
            gs, go = gn.get(norm(r["s"]), {norm(r["s"])}), gn.get(norm(r["o"]), {norm(r["o"])})
            cn = lambda i, side: names_of(rows[i][side]["name"], rows[i][side]["aliases"])  # noqa: E731
            fwd = lambda i: bool(cn(i, "subject") & gs) and bool(cn(i, "object") & go)  # noqa: E731
            rev = lambda i: bool(cn(i, "subject") & go) and bool(cn(i, "object") & gs)  # noqa: E731
            same = [i for i in by.get(g["id"], []) if fwd(i) or rev(i)]
            if not same or any(GOLD_NAME[rows[i]["predicate"]] == r["p"] for i in same):
                continue
            for i in same:
                d = "forward" if fwd(i) else "reverse"
                count[(r["p"], GOLD_NAME[rows[i]["predicate"]], d, kind(x[i, 21:24]) + kind(x[i, 24:27]),
                       "kept" if i in kept else "-")] += 1
    print("gold predicate, proposed predicate, direction, kinds (subject, object), kept: candidates")
    for k, v in count.most_common():
        print("  ", *k, v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("probe", choices=["thresholds", "filters", "predicates"])
    ap.add_argument("--data", nargs="+", required=True)
    ap.add_argument("--gold", help="the gold folder of --data (predicates)")
    ap.add_argument("--models", default="models")
    ap.add_argument("--threshold", type=float, default=0.275)
    a = ap.parse_args()
    {"thresholds": thresholds, "filters": filters, "predicates": predicates}[a.probe](a)


if __name__ == "__main__":
    main()

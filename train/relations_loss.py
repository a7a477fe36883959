"""Where the relation scorer's recall and precision go, at candidate level.

    python3 train/relations_loss.py --data train/out/relations/dev.jsonl --gold eval/corpus/dev [--models models]

Reads the candidates `relations_data.py` dumped for a gold folder, scores them with the relation
scorer of `--models` (relations.onnx, relations.json's threshold) and keeps them as
crates/newskg-nlp/src/relate/relscore.rs `keep` does (a pattern's candidate always; else at the
threshold; one direction per pair and predicate). Then every gold relation gets one cause:

  kept              a kept candidate matches it;
  dropped           a candidate of the same direction exists and scored below the threshold;
  lost to reverse   a candidate of the same direction reached the threshold but the reverse won;
  reverse only      only the reverse direction was proposed (kept or not);
  other predicate   the pair was proposed with another predicate only;
  pair not proposed both names occur in the article's candidates, but never together;
  entity missing    the subject or the object is in no candidate (not extracted, typed as a
                    person or place, or merged with another entity);

and every wrong kept candidate one of: reverse of a gold relation, another predicate of a gold
pair, a pair the gold does not relate. Each is split by what proposed the candidate (pattern
family, pair model, anaphor reading, document providers, two companies named most).
Nothing here trains anything; the check sets are never read.
"""
import argparse
import json
import os
from collections import Counter, defaultdict

import numpy as np
import onnxruntime as ort

from pairs_data import gold_articles, names as names_of, norm

PRED = {"ParentOrganization": "parentOrganization", "Provider": "provider", "Acquired": "acquired",
        "Partner": "partner"}
FAMILIES = ["pattern:parents", "pattern:providers", "pattern:acquisitions", "pattern:partners",
            "pattern:prefix-providers", "pattern:prefix-parents"]


def source(x):
    """The strongest proposer of a candidate (features of relscore.rs)."""
    if x[11] > 0:
        return FAMILIES[int(np.argmax(x[4:10]))]
    if x[17] > 0 and x[14] >= 0.05:
        return "pair"
    if x[69] > 0 and x[60] >= 0.05:
        return "pair-anaphor"
    if x[18] > 0 or x[19] > 0:
        return "document-provider"
    if x[20] > 0:
        return "top-company"
    return "other"


def keep(rows, q, t):
    best = {}
    for i, r in enumerate(rows):
        if q[i] < t:
            continue
        a, b = r["subject"]["name"], r["object"]["name"]
        key = (r["article"], r["predicate"], min(a, b), max(a, b))
        if key not in best or q[i] > q[best[key]]:
            best[key] = i
    return set(best.values())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--models", default="models")
    ap.add_argument("--show", type=int, default=0, help="print this many examples of each cause")
    ap.add_argument("--cross", action="store_true",
                    help="only the gold relations whose two names never share a sentence (relations_across.py), "
                         "each printed with its cause (P and F1 then still count every kept candidate)")
    a = ap.parse_args()
    rows = [r for r in map(json.loads, open(a.data)) if r.get("features") is not None]
    x = np.array([r["features"] for r in rows], dtype=np.float32)
    meta = json.load(open(os.path.join(a.models, "relations.json")))
    p = ort.InferenceSession(os.path.join(a.models, "relations.onnx")).run(None, {"features": x})[0][:, 0]
    q = np.where(x[:, 11] > 0, 1.0 + x[:, 10], p)
    t = meta["threshold"]
    kept = keep(rows, q, t)
    by_art = defaultdict(list)
    for i, r in enumerate(rows):
        by_art[r["article"]].append(i)

    def cand_names(i, side):
        return names_of(rows[i][side]["name"], rows[i][side]["aliases"])

    causes, wrong = Counter(), Counter()
    examples = defaultdict(list)
    ngold = 0
    for g in gold_articles(a.gold):
        aid = g["id"]
        gn = {norm(e["name"]): names_of(e["name"], e.get("aliases")) for e in g.get("entities", [])}
        gold = [(r["p"], gn.get(norm(r["s"]), {norm(r["s"])}), gn.get(norm(r["o"]), {norm(r["o"])}), r)
                for r in g.get("relations", [])]
        if a.cross:
            from relations_across import sentences
            sents = [" " + norm(s) + " " for s in sentences((g.get("title") or "") + "\n" + g["text"])]
            named = lambda s, ns: any(" " + x + " " in s for x in ns)
            gold = [x for x in gold if not any(named(s, x[1]) and named(s, x[2]) for s in sents)]
        ngold += len(gold)
        idx = by_art.get(aid, [])
        present = set()
        for i in idx:
            present |= cand_names(i, "subject") | cand_names(i, "object")
        for gp, gs, go, r in gold:
            def m(i, s, o):
                return bool(cand_names(i, "subject") & s) and bool(cand_names(i, "object") & o)
            same = [i for i in idx if m(i, gs, go)]
            same_p = [i for i in same if PRED[rows[i]["predicate"]] == gp]
            rev_p = [i for i in idx if m(i, go, gs) and PRED[rows[i]["predicate"]] == gp]
            if any(i in kept for i in same_p):
                c = "kept"
                i = next(i for i in same_p if i in kept)
            elif same_p and any(q[i] >= t for i in same_p):
                c, i = "lost to reverse", same_p[0]
            elif same_p:
                i = max(same_p, key=lambda j: q[j])
                c = "dropped"
            elif rev_p:
                c, i = "reverse only", rev_p[0]
            elif same or [j for j in idx if m(j, go, gs)]:
                c, i = "other predicate", None
            elif not (gs & present) or not (go & present):
                c, i = "entity missing", None
            else:
                c, i = "pair not proposed", None
            src = source(x[i]) if i is not None else "-"
            causes[(c, src)] += 1
            if a.cross:
                print(f"  {c:18} {src:22} {'-' if i is None else round(float(q[i]), 3)!s:6} {aid} | {r['s']} {gp} {r['o']}")
            if len(examples[c]) < a.show:
                examples[c].append((aid, r["s"], gp, r["o"], src, None if i is None else round(float(q[i]), 3)))
        # precision
        gold_keys = [(gp, gs, go) for gp, gs, go, _ in gold]
        for i in idx:
            if i not in kept:
                continue
            s, o, pr = cand_names(i, "subject"), cand_names(i, "object"), PRED[rows[i]["predicate"]]
            if any(gp == pr and s & gs and o & go for gp, gs, go in gold_keys):
                wrong[("right", source(x[i]))] += 1
            elif any(gp == pr and o & gs and s & go for gp, gs, go in gold_keys):
                wrong[("reverse of gold", source(x[i]))] += 1
                if len(examples["reverse of gold"]) < a.show:
                    examples["reverse of gold"].append((aid, rows[i]["subject"]["name"], pr, rows[i]["object"]["name"],
                                                        source(x[i]), round(float(q[i]), 3)))
            elif any((s & gs and o & go) or (o & gs and s & go) for _, gs, go in gold_keys):
                wrong[("other predicate of gold pair", source(x[i]))] += 1
            else:
                wrong[("unrelated pair", source(x[i]))] += 1
    tp = sum(v for (c, _), v in wrong.items() if c == "right")
    nk = sum(wrong.values())
    rc = sum(v for (c, _), v in causes.items() if c == "kept")
    pr_, re_ = tp / max(nk, 1), rc / max(ngold, 1)
    print(f"{a.data}: threshold {t}; {ngold} gold, {nk} kept, P {pr_:.3f} R {re_:.3f} "
          f"F1 {2 * pr_ * re_ / max(pr_ + re_, 1e-9):.3f}")
    print("gold relations by cause (and proposer):")
    tot = Counter()
    for (c, s), v in causes.items():
        tot[c] += v
    for c, v in tot.most_common():
        parts = ", ".join(f"{s} {n}" for (cc, s), n in sorted(causes.items(), key=lambda z: -z[1]) if cc == c and s != "-")
        print(f"  {c:18} {v:4}  {parts}")
    print("kept candidates by verdict (and proposer):")
    tot = Counter()
    for (c, s), v in wrong.items():
        tot[c] += v
    for c, v in tot.most_common():
        parts = ", ".join(f"{s} {n}" for (cc, s), n in sorted(wrong.items(), key=lambda z: -z[1]) if cc == c)
        print(f"  {c:30} {v:4}  {parts}")
    for c, ex in examples.items():
        if c == "kept":
            continue
        print(f"-- {c}")
        for e in ex:
            print("   ", e)


if __name__ == "__main__":
    main()

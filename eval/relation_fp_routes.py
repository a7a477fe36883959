#!/usr/bin/env python3
"""Wrong predicted relations by route: every predicted relation score.py counts as wrong (as
eval/relation_errors.py finds them), with what proposed it to the relation scorer, read from
`newskg extract --output relation-features` (features 4..9: the rule families parents, providers,
acquisitions, partners, name-prefix providers, name-prefix parents; 14: the pair model's
probability; 18 / 19 / 20: document / variant / top-company providers).

    python3 eval/relation_fp_routes.py BIN GOLD_DIR [GOLD_DIR ...] --cache DIR [--ex] [--all]

A relation no candidate explains (after the scorer) is "office-parent / after scorer".
--all lists the right predictions' routes too (precision per route). Only for the
develop-freely sets (corpus train/dev, eval/news-train, ../shared/eval dev)."""
import sys, os, json, subprocess, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import relation_errors as RE  # noqa: E402
from goldio import load_golds, write_batch  # noqa: E402

FAMILIES = ["rule:parents", "rule:providers", "rule:acquisitions", "rule:partners",
            "rule:name-prefix-provider", "rule:name-prefix-parent"]
PREDS = ["parentOrganization", "provider", "acquired", "partner"]


def features(binary, golds, cache):
    path = os.path.join(cache, "relation-features.jsonl")
    if not os.path.exists(path):
        batch = os.path.join(cache, "batch.jsonl")
        write_batch(batch, golds)
        out = subprocess.run([binary, "extract", "--output", "relation-features", batch],
                             capture_output=True, text=True).stdout
        open(path, "w").write(out)
    idx = {}
    for line in open(path):
        r = json.loads(line)
        x = r["features"]
        p = PREDS[max(range(4), key=lambda i: x[i])]
        key = (r["article"], r["subject"]["name"], p, r["object"]["name"])
        idx[key] = x
    return idx


def route(x):
    if x is None:
        return "after scorer (office-parent)"
    fams = [FAMILIES[k] for k in range(6) if x[4 + k] > 0]
    if fams:
        return "+".join(fams)
    src = []
    if x[18]:
        src.append("document-provider")
    if x[19]:
        src.append("variant-provider")
    if x[20]:
        src.append("top-company")
    if x[14] > 0:
        src.append("pair%s" % (">=.5" if x[14] >= 0.5 else "<.5"))
    return "scorer:" + "+".join(src or ["anaphor-pair"])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    cache = sys.argv[sys.argv.index("--cache") + 1]
    args.remove(cache)
    os.makedirs(cache, exist_ok=True)
    binary, dirs = args[0], args[1:]
    golds = load_golds(dirs)
    outs = RE.extract_all(binary, golds, cache)
    feats = features(binary, golds, cache)
    table = collections.Counter()
    per_route = collections.defaultdict(lambda: [0, 0])
    rows = []
    for g, d in zip(golds, outs):
        _, false, _, _ = RE.analyse(g, d)
        wrong = {(rel) for _, _, rel, _ in false}
        for r in d["relations"]:
            p = RE.PRED.get(r["predicate"], r["predicate"])
            rt = route(feats.get((g["id"], r["subject"], p, r["object"])))
            key = "%s | %s | %s" % (r["subject"], p, r["object"])
            per_route[rt][0] += 1
            per_route[rt][1] += key not in wrong
        for cause, aid, rel, sent in false:
            s, p, o = [x.strip() for x in rel.split(" | ")]
            rt = route(feats.get((aid, s, p, o)))
            table[(rt, cause)] += 1
            rows.append((rt, cause, aid, rel, sent))
    print("false %d" % len(rows))
    print("\n== route: predicted / right / precision ==")
    for rt, (n, ok) in sorted(per_route.items(), key=lambda kv: -kv[1][0]):
        print("%4d %4d  %.2f  %s" % (n, ok, ok / n, rt))
    print("\n== false by route and cause ==")
    for (rt, c), n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%4d  %-40s %s" % (n, rt, c))
    if "--ex" in sys.argv:
        for rt, cause, aid, rel, sent in sorted(rows):
            print("\n[%s] %s\n   %s | %s\n      %s" % (rt, cause, aid, rel, sent.replace("\n", " ")[:300]))


if __name__ == "__main__":
    main()

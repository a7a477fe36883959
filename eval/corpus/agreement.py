#!/usr/bin/env python3
"""Inter-annotator agreement between two folders of gold files (GOLD_FORMAT.md) for the same articles.

usage: agreement.py FIRST_DIR... SECOND_DIR [--json OUT] [--scorer-names]

The first annotation is read from the FIRST_DIRs (e.g. the train, dev and test folders); every
article of SECOND_DIR found there is compared.

For each category, A's items are matched against B's the way ../shared/eval/score.py matches the
system against gold (names case-insensitively against the entity's name and aliases), and the
agreement is the F1 of B against A, which is symmetric. One difference from score.py: names keep their
punctuation here ("Acme, Inc." and "Acme, Inc" differ), so agreement on names is a little stricter than
the scorer's matching (found by the batch-58 second annotation; every figure in eval/corpus/README.md was
computed this way). With --scorer-names, names are normalised as score.py normalises them (Unicode NFKC,
lower case, curly apostrophe straightened, possessive "'s" and punctuation dropped, a leading "the" dropped,
spaces collapsed), so the figure is the agreement the scorer would see. Prints a table and the macro over
entities, roles, relations, outages and dates."""
import collections, json, os, re, sys, unicodedata


def plain_norm(s):
    return re.sub(r"\s+", " ", str(s or "").strip().lower())


def scorer_norm(s):
    s = unicodedata.normalize("NFKC", str(s or "")).lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^\s*the\s+", "", s)
    return " ".join(s.split())


norm = plain_norm


def name_sets(g):
    """name or alias (normalised) -> the set of all surface forms of that entity."""
    out = {}
    for e in g.get("entities", []):
        forms = {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
        for f in forms:
            out.setdefault(f, set()).update(forms)
    return out


def same(names_a, x, names_b, y):
    return bool(names_a.get(norm(x), {norm(x)}) & names_b.get(norm(y), {norm(y)}))


def f1(tp_b, n_b, tp_a, n_a):
    p = tp_b / n_b if n_b else 1.0
    r = tp_a / n_a if n_a else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def match_count(items_a, items_b, hit):
    tp_a = sum(1 for x in items_a if any(hit(x, y) for y in items_b))
    tp_b = sum(1 for y in items_b if any(hit(x, y) for x in items_a))
    return tp_b, len(items_b), tp_a, len(items_a)


def main():
    args = sys.argv[1:]
    json_out = None
    if "--json" in args:
        i = args.index("--json")
        json_out = args[i + 1]
        del args[i:i + 2]
    if "--scorer-names" in args:
        args.remove("--scorer-names")
        global norm
        norm = scorer_norm
    *a_dirs, b_dir = args
    first = {f: os.path.join(d, f) for d in a_dirs for f in os.listdir(d) if f.endswith(".json")}
    ids = sorted(f for f in os.listdir(b_dir) if f.endswith(".json") and f in first)
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])
    for f in ids:
        a, b = json.load(open(first[f])), json.load(open(os.path.join(b_dir, f)))
        na, nb = name_sets(a), name_sets(b)

        def add(cat, c):
            for i in range(4):
                counts[cat][i] += c[i]

        ent = lambda x, y: x["type"] == y["type"] and same(na, x["name"], nb, y["name"])
        ent_untyped = lambda x, y: same(na, x["name"], nb, y["name"])
        add("entities", match_count(a["entities"], b["entities"], ent))
        add("entities-untyped", match_count(a["entities"], b["entities"], ent_untyped))
        role = lambda x, y: (x["title"] == y["title"] and same(na, x["person"], nb, y["person"])
                             and same(na, x.get("org") or "", nb, y.get("org") or ""))
        add("roles", match_count(a["roles"], b["roles"], role))
        rel = lambda x, y: x["p"] == y["p"] and same(na, x["s"], nb, y["s"]) and same(na, x["o"], nb, y["o"])
        add("relations", match_count(a["relations"], b["relations"], rel))
        out = lambda x, y: same(na, x["provider"], nb, y["provider"]) and str(x.get("date") or "")[:7] == str(y.get("date") or "")[:7]
        add("outages", match_count(a["outages"], b["outages"], out))
        va = collections.Counter(d["value"] for d in a["dates"])
        vb = collections.Counter(d["value"] for d in b["dates"])
        tp = sum((va & vb).values())
        add("dates", (tp, sum(vb.values()), tp, sum(va.values())))
    report = {}
    print(f"{len(ids)} articles annotated twice ({' '.join(a_dirs)} vs {b_dir})")
    print(f"{'category':<18}{'agreement F1':>13}{'A items':>9}{'B items':>9}")
    for cat, (tp_b, n_b, tp_a, n_a) in counts.items():
        report[cat] = round(f1(tp_b, n_b, tp_a, n_a), 3)
        print(f"{cat:<18}{report[cat]:>13.3f}{n_a:>9}{n_b:>9}")
    main_cats = ["entities", "roles", "relations", "outages", "dates"]
    report["macro"] = round(sum(report[c] for c in main_cats) / len(main_cats), 3)
    print(f"{'macro':<18}{report['macro']:>13.3f}")
    if json_out:
        json.dump(report, open(json_out, "w"), indent=1)


main()

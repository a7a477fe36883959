#!/usr/bin/env python3
"""How well newskg's confidences are calibrated, fact by fact, against gold annotations.

Usage: eval/calibration.py --bin PATH/newskg [--gold DIR] [--bins N] [--json OUT]

For every gold article (the format of ../shared/eval/GOLD_FORMAT.md) it runs
`newskg extract` (JSON output) with the article's title and publication date, and
judges each fact the binary states as right or wrong the way ../shared/eval/score.py
does: an entity by its kind and any shared name, a role by person, role label and
organisation, a relation by subject, predicate and object, an outage by provider and
start day. Per category it prints the confidence bins (facts, mean confidence,
share right), the expected calibration error (ECE: the facts-weighted mean gap
between confidence and share right) and the Brier score. Recall is not its business:
score.py measures that.

Python standard library only. A benchmark, not part of CI.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# the matching of ../shared/eval/score.py itself: its name normalisation and date comparison
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
try:
    from score import date_ok, norm as key  # noqa: E402
except ImportError:
    sys.exit("calibration: ../shared/eval/score.py not found (the shared folder must sit beside the repository)")

ROLE_LABELS = {"vicepresident": "vice-president", "otherrole": "other"}
PREDICATES = {"parentorganization": "parentOrganization", "provider": "provider",
              "acquired": "acquired", "partner": "partner"}


def name_set(*names):
    return {k for k in (key(n) for n in names if n) if k}


class Article:
    """One gold article: its entities' names by kind, and lookups from any name to all of them."""

    def __init__(self, gold):
        self.gold = gold
        self.by_name = {}
        self.kinds = []
        for ent in gold.get("entities", []):
            names = name_set(ent.get("name"), *(ent.get("aliases") or []))
            self.kinds.append((ent.get("type"), names))
            self.by_name.setdefault(key(ent.get("name")), names)

    def names(self, name):
        k = key(name)
        return self.by_name.get(k, {k} if k else set())


def extract(binary, gold, workdir):
    record = {"id": gold["id"], "text": gold["text"]}
    for field in ("title", "published"):
        if gold.get(field):
            record[field] = gold[field]
    path = os.path.join(workdir, "article.jsonl")
    with open(path, "w") as f:
        f.write(json.dumps(record) + "\n")
    run = subprocess.run([binary, "extract", path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{gold['id']}: newskg extract failed ({run.returncode}): {run.stderr[-1500:]}")
    return json.loads(run.stdout)


def judged_facts(art, out):
    """(category, confidence, right) for every fact of one article's extraction."""
    names = {}
    for ent in out.get("entities", []):
        names[ent["name"]] = name_set(ent["name"], *(ent.get("aliases") or []))

    def of(name):
        return names.get(name, name_set(name))

    facts = []
    for ent in out.get("entities", []):
        mine = of(ent["name"])
        right = any(kind == ent.get("type") and mine & theirs for kind, theirs in art.kinds)
        facts.append(("entities", ent.get("confidence"), right))

    gold_roles = art.gold.get("roles", [])
    for pos in out.get("positions", []):
        label = pos.get("role", "").replace(" ", "").lower()
        label = ROLE_LABELS.get(label, label)
        person = of(pos.get("person"))
        org = of(pos.get("organization")) if pos.get("organization") else set()
        right = any(
            g.get("title") == label and person & art.names(g["person"])
            and (not g.get("org") or org & art.names(g["org"]))
            for g in gold_roles)
        facts.append(("roles", pos["evidence"]["confidence"], right))

    gold_rels = art.gold.get("relations", [])
    for rel in out.get("relations", []):
        pred = PREDICATES.get(rel.get("predicate", "").lower())
        subj, obj = of(rel.get("subject")), of(rel.get("object"))
        right = any(g.get("p") == pred and subj & art.names(g["s"]) and obj & art.names(g["o"])
                    for g in gold_rels)
        facts.append(("relations", rel["evidence"]["confidence"], right))

    unmatched = list(art.gold.get("outages", []))
    for outage in out.get("outages", []):
        provider = of(outage.get("provider")) if outage.get("provider") else set()
        start = outage.get("start")
        hit = None
        for g in unmatched:
            if g.get("provider") and not provider & art.names(g["provider"]):
                continue
            if g.get("date") and not date_ok(start, g["date"]):
                continue
            hit = g
            break
        if hit is not None:
            unmatched.remove(hit)
        facts.append(("outages", outage["evidence"]["confidence"], hit is not None))
    return facts


def report(facts, bins):
    """Per-bin rows, ECE and Brier for (confidence, right) pairs."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, r) for c, r in facts if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            share = sum(1 for _, r in inside if r) / len(inside)
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "facts": len(inside),
                         "mean_confidence": round(mean, 3), "right": round(share, 3)})
    n = len(facts)
    ece = sum(row["facts"] * abs(row["mean_confidence"] - row["right"]) for row in rows) / n if n else 0.0
    brier = sum((c - (1.0 if r else 0.0)) ** 2 for c, r in facts) / n if n else 0.0
    right = sum(1 for _, r in facts if r) / n if n else 0.0
    mean = sum(c for c, _ in facts) / n if n else 0.0
    return {"facts": n, "right": round(right, 3), "mean_confidence": round(mean, 3),
            "ece": round(ece, 3), "brier": round(brier, 3), "bins": rows}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, help="the newskg binary")
    ap.add_argument("--gold", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "dev"),
                    help="folder of gold JSON files (default: eval/corpus/dev)")
    ap.add_argument("--bins", type=int, default=10, help="confidence bins of equal width (default 10)")
    ap.add_argument("--json", help="also write the figures here as JSON")
    a = ap.parse_args()
    if a.bins < 1:
        sys.exit("--bins must be at least 1")

    files = sorted(f for f in os.listdir(a.gold) if f.endswith(".json"))
    if not files:
        sys.exit(f"no gold files in {a.gold}")
    by_cat = {}
    with tempfile.TemporaryDirectory(prefix="newskg-calibration-") as work:
        for i, fn in enumerate(files, 1):
            gold = json.load(open(os.path.join(a.gold, fn)))
            print(f"\r{i}/{len(files)} {gold['id'][:60]:<60}", end="", file=sys.stderr, flush=True)
            for cat, conf, right in judged_facts(Article(gold), extract(a.bin, gold, work)):
                if conf is not None:
                    by_cat.setdefault(cat, []).append((float(conf), right))
    print(file=sys.stderr)

    result = {}
    for cat in ("entities", "roles", "relations", "outages"):
        r = report(by_cat.get(cat, []), a.bins)
        result[cat] = r
        print(f"{cat}: {r['facts']} facts, {r['right']:.3f} right, mean confidence {r['mean_confidence']:.3f}, "
              f"ECE {r['ece']:.3f}, Brier {r['brier']:.3f}")
        for row in r["bins"]:
            print(f"   {row['bin']}  {row['facts']:>5}  confidence {row['mean_confidence']:.3f}  right {row['right']:.3f}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()

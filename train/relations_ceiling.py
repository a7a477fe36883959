"""Candidate ceiling of the relation scorer, per predicate, and why the other gold relations have
no candidate.

    python3 train/relations_ceiling.py --bin BIN --gold eval/corpus/train --data train/out/relations/train.jsonl

`--data` is what train/relations_data.py wrote for the same folder. For every gold relation: is
there a right candidate (the scorer could keep it)? If not, why: an entity is not found at all
(no extracted entity shares a name with it), a provider's object is not typed an organisation
(the contract drops it), the two are never named in one sentence (nearest sentence distance
given), or they share a sentence and no source proposed the pair. `--show` prints those sentences.
"""
import argparse
import json
import os
import subprocess
import tempfile
from collections import Counter, defaultdict

from pairs_data import gold_articles, names as names_of, norm

PRED = {"ParentOrganization": "parentOrganization", "Provider": "provider", "Acquired": "acquired",
        "Partner": "partner"}


def extract(binary, g, tmp):
    path = os.path.join(tmp, "a.txt")
    with open(path, "w") as f:
        f.write(g["text"])
    args = [binary, "extract", path]
    if g.get("published"):
        args += ["--published", g["published"][:10]]
    return json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--show", default="")
    a = ap.parse_args()
    cands = defaultdict(list)
    for line in open(a.data):
        r = json.loads(line)
        if r.get("features") is not None:
            cands[r["article"]].append(r)
    total, found, why = Counter(), Counter(), defaultdict(Counter)
    with tempfile.TemporaryDirectory() as tmp:
        for g in gold_articles(a.gold):
            if not g.get("relations"):
                continue
            ext = extract(a.bin, g, tmp)
            gnames = {norm(e["name"]): names_of(e["name"], e.get("aliases")) for e in g["entities"]}
            ents = [(names_of(e["name"], e.get("aliases")), e["type"], e) for e in ext["entities"]]
            sents = ext["sentence_spans"]

            def sent_of(pos):
                return next((i for i, (s, e) in enumerate(sents) if s <= pos < e), -1)

            for x in g["relations"]:
                p = x["p"]
                total[p] += 1
                s = gnames.get(norm(x["s"]), {norm(x["s"])})
                o = gnames.get(norm(x["o"]), {norm(x["o"])})
                if any(PRED[c["predicate"]] == p and names_of(c["subject"]["name"], c["subject"]["aliases"]) & s
                       and names_of(c["object"]["name"], c["object"]["aliases"]) & o for c in cands[g["id"]]):
                    found[p] += 1
                    continue
                es = [e for e in ents if e[0] & s]
                eo = [e for e in ents if e[0] & o]
                if not es or not eo:
                    reason = "subject not found" if not es else "object not found"
                    if not es and not eo:
                        reason = "neither found"
                elif any(e is f for e in es for f in eo):
                    reason = "one extracted entity for both"
                elif p == "provider" and not any(e[1] in ("Company", "Organization") for e in eo):
                    reason = f"object typed {eo[0][1]}"
                elif any(e[1] in ("Person", "Location") for e in es + eo):
                    reason = "typed Person/Location"
                else:
                    ss = {sent_of(m["start"]) for e in es for m in e[2]["mentions"]}
                    os_ = {sent_of(m["start"]) for e in eo for m in e[2]["mentions"]}
                    d = min(abs(i - j) for i in ss for j in os_)
                    named = [e[0] for e in es + eo]
                    other = any(any(names_of(c["subject"]["name"], c["subject"]["aliases"]) == n for n in named)
                                and any(names_of(c["object"]["name"], c["object"]["aliases"]) == n for n in named)
                                for c in cands[g["id"]])
                    reason = ("same sentence, another predicate or direction proposed" if other
                              else "same sentence, not proposed") if d == 0 else (
                        "adjacent sentences" if d == 1 else "sentences 2+ apart")
                    if a.show and a.show in reason:
                        i = min(ss & os_) if d == 0 else min(ss)
                        lo, hi = sents[i]; print(f"[{p}] {x['s']} -> {x['o']} ({g['id']}): {ext['text'][lo:hi][:300]}")
                why[p][reason] += 1
    for p in sorted(total):
        print(f"{p}: {found[p]}/{total[p]} have a right candidate ({found[p] / total[p]:.3f}); missing: "
              + ", ".join(f"{k} {v}" for k, v in why[p].most_common()))
    t, f = sum(total.values()), sum(found.values())
    print(f"all: {f}/{t} ({f / t:.3f})")
    allwhy = Counter()
    for c in why.values():
        allwhy.update(c)
    print("missing, all predicates: " + ", ".join(f"{k} {v}" for k, v in allwhy.most_common()))


if __name__ == "__main__":
    main()

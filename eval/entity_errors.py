#!/usr/bin/env python3
"""Entity errors by cause (models/ENTITIES.md): every gold entity score.py counts as missed is
"wrong type X->Y" (a predicted entity of kind X shares a name), "boundary" (one shares a word) or
"not found"; every predicted entity it counts as wrong is "FP wrong type", "FP boundary" or
"FP junk". Names are matched as ../shared/eval/score.py matches them (imported from there).

    python3 eval/entity_errors.py $CARGO_TARGET_DIR/release/newskg eval/corpus/train [ex]

With a third argument the examples of every cause follow the counts."""
import sys, os, json, tempfile, subprocess, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score as S

def run(binary, gold, keep=None):
    golds = {}
    for fn in sorted(os.listdir(gold)):
        if fn.endswith(".json"):
            g = json.load(open(os.path.join(gold, fn))); golds[g["id"]] = g
    tmp = tempfile.mkdtemp(prefix="newskg-score-")
    batch = os.path.join(tmp, "a.jsonl")
    with open(batch, "w") as f:
        for g in golds.values():
            rec = {"id": g["id"], "text": g["text"]}
            for k in ("title", "published"):
                if g.get(k): rec[k] = g[k]
            if str(g.get("source", "")).startswith("http"): rec["url"] = g["source"]
            f.write(json.dumps(rec) + "\n")
    store = os.path.join(tmp, "store")
    S.run([binary, "ingest", "--store", store, batch])
    names = collections.defaultdict(lambda: collections.defaultdict(set))
    for r in S.query(binary, store, """SELECT ?id ?e ?l WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id . ?e rdfs:label|skos:altLabel ?l } }"""):
        names[r["id"]][r["e"]].add(S.norm(r["l"]))
    types = collections.defaultdict(lambda: collections.defaultdict(set))
    for r in S.query(binary, store, """SELECT ?id ?e ?t WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id ; schema:mentions ?e . ?e a ?t } }"""):
        types[r["id"]][r["e"]].add(r["t"])
    subprocess.run(["rm", "-rf", tmp])
    def etype(ts):
        if S.SCHEMA + "Corporation" in ts: return "Company"
        for t, n in ((S.SCHEMA + "Organization", "Organization"), (S.SCHEMA + "Person", "Person"), (S.SCHEMA + "Service", "Service"), (S.SCHEMA + "Place", "Location")):
            if t in ts: return n
    return golds, names, types, etype

def overlap(a, b):
    for x in a:
        for y in b:
            xs, ys = x.split(), y.split()
            if set(xs) & set(ys) and x != y: return True
    return False

def main():
    binary, gold = sys.argv[1], sys.argv[2]
    golds, names, types, etype = run(binary, gold)
    miss = collections.Counter(); fp = collections.Counter(); ex = collections.defaultdict(list)
    for aid, g in golds.items():
        preds = [(etype(ts), names[aid].get(e, set())) for e, ts in types[aid].items()]
        preds = [(t, n) for t, n in preds if t and n]
        gents = [(e["type"], S.names_of(e)) for e in g.get("entities", [])]
        for gt, gn in gents:
            if any(t == gt and S.match_names(n, gn) for t, n in preds): continue
            other = [t for t, n in preds if S.match_names(n, gn)]
            if other: k = f"wrong type {other[0]}->{gt}"
            else:
                b = [(t, n) for t, n in preds if overlap(n, gn)]
                if b: k = f"boundary ({gt}, pred {b[0][0]})"; 
                else: k = f"not found {gt}"
                if b: ex[k].append((aid, sorted(gn)[0], sorted(b[0][1])[0])); miss[k] += 1; continue
            miss[k] += 1; ex[k].append((aid, sorted(gn)[0]))
        for pt, pn in preds:
            if any(t == pt and S.match_names(pn, gn) for t, gn in gents): continue
            other = [t for t, gn in gents if S.match_names(pn, gn)]
            if other: k = f"FP wrong type {pt}->{other[0]}"
            elif any(overlap(pn, gn) for t, gn in gents): k = f"FP boundary {pt}"
            else: k = f"FP junk {pt}"
            fp[k] += 1; ex[k].append((aid, sorted(pn)[0]))
    print("== misses"); [print(f"{c:5d} {k}") for k, c in sorted(miss.items(), key=lambda x: -x[1])]
    print("== false positives"); [print(f"{c:5d} {k}") for k, c in sorted(fp.items(), key=lambda x: -x[1])]
    if len(sys.argv) > 3:
        for k in sorted(ex):
            print("##", k)
            for e in ex[k]: print("   ", " | ".join(e))

main()

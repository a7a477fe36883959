#!/usr/bin/env python3
"""Entity errors by cause (models/ENTITIES.md): every gold entity score.py counts as missed is
"wrong type X->Y" (a predicted entity of kind X shares a name), "boundary" (one shares a word) or
"not found"; every predicted entity it counts as wrong is "FP wrong type", "FP boundary" or
"FP junk". Names are matched as ../shared/eval/score.py matches them (imported from there).

    python3 eval/entity_errors.py $CARGO_TARGET_DIR/release/newskg eval/corpus/train [ex]

With a third argument the examples of every cause follow the counts.

With --typing (anywhere in the arguments) the articles are analysed a second time with the learned
typing's drop switched off (a copy of the models folder, $NEWSKG_MODELS or ./models, whose
typing.json has drop 1.1), and a gold entity that run finds (of any kind) is counted as "dropped by
typing: <cause>" instead: found, then dropped by the typing model as no entity. The junk the drop
removes is counted too ("typing drop removed: FP ...", entities only the second run predicts)."""
import sys, os, json, tempfile, subprocess, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score as S
from goldio import write_batch  # noqa: E402

def run(binary, gold, keep=None):
    golds = {}
    for fn in sorted(os.listdir(gold)):
        if fn.endswith(".json"):
            g = json.load(open(os.path.join(gold, fn))); golds[g["id"]] = g
    tmp = tempfile.mkdtemp(prefix="newskg-score-")
    batch = os.path.join(tmp, "a.jsonl")
    write_batch(batch, golds.values())
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

def nodrop_models():
    src = os.path.abspath(os.environ.get("NEWSKG_MODELS", "models"))
    dst = tempfile.mkdtemp(prefix="newskg-score-models-")
    for fn in os.listdir(src):
        if fn != "typing.json":
            os.symlink(os.path.join(src, fn), os.path.join(dst, fn))
    meta = json.load(open(os.path.join(src, "typing.json")))
    meta["drop"] = 1.1
    json.dump(meta, open(os.path.join(dst, "typing.json"), "w"))
    return dst

def preds_of(aid, names, types, etype):
    preds = [(etype(ts), names[aid].get(e, set())) for e, ts in types[aid].items()]
    return [(t, n) for t, n in preds if t and n]

def main():
    typing_check = "--typing" in sys.argv
    argv = [a for a in sys.argv if a != "--typing"]
    sys.argv = argv
    binary, gold = argv[1], argv[2]
    golds, names, types, etype = run(binary, gold)
    nodrop = None
    if typing_check:
        models = nodrop_models()
        old = os.environ.get("NEWSKG_MODELS")
        os.environ["NEWSKG_MODELS"] = models
        _, names2, types2, _ = run(binary, gold)
        subprocess.run(["rm", "-rf", models])
        if old is None: del os.environ["NEWSKG_MODELS"]
        else: os.environ["NEWSKG_MODELS"] = old
        nodrop = (names2, types2)
    miss = collections.Counter(); fp = collections.Counter(); ex = collections.defaultdict(list)
    for aid, g in golds.items():
        preds = [(etype(ts), names[aid].get(e, set())) for e, ts in types[aid].items()]
        preds = [(t, n) for t, n in preds if t and n]
        gents = [(e["type"], S.names_of(e)) for e in g.get("entities", [])]
        preds2 = preds_of(aid, *nodrop, etype) if nodrop else []
        for gt, gn in gents:
            if any(t == gt and S.match_names(n, gn) for t, n in preds): continue
            if any(S.match_names(n, gn) for t, n in preds2) and not any(S.match_names(n, gn) for t, n in preds):
                k = f"dropped by typing: {gt}"; miss[k] += 1; ex[k].append((aid, sorted(gn)[0])); continue
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
        for pt, pn in preds2:
            if any(S.match_names(pn, n) for t, n in preds): continue
            if any(t == pt and S.match_names(pn, gn) for t, gn in gents): continue
            k = f"typing drop removed: FP {pt}"; fp[k] += 1; ex[k].append((aid, sorted(pn)[0]))
    print("== misses"); [print(f"{c:5d} {k}") for k, c in sorted(miss.items(), key=lambda x: -x[1])]
    print("== false positives"); [print(f"{c:5d} {k}") for k, c in sorted(fp.items(), key=lambda x: -x[1])]
    if len(sys.argv) > 3:
        for k in sorted(ex):
            print("##", k)
            for e in ex[k]: print("   ", " | ".join(e))

main()

#!/usr/bin/env python3
"""Which stage gives a gold entity its kind (eval/SWAP.md): for every gold Company, Organization, Service and
Person, the kind newskg holds for it (names matched as ../shared/eval/score.py matches them)
  A  after the recogniser and rules (`extract --output orgcheck-features` for people and places, else
     `--output typing-features`),
  B  after the person-and-place check (`typing-features`, else the place/person kind of A),
  C  in the store (after the typing model and everything later),
and counts, per gold type, how many hold the gold kind at each stage and how many are not found. Compare an
original folder with its name-swapped copy (eval/swap_names.py) to see which stage loses the kind.

    python3 eval/swap_stages.py BIN GOLD_DIR [--examples]"""
import collections, json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score as S  # noqa: E402
from goldio import write_batch  # noqa: E402

KIND = {"Corporation": "Company", "Company": "Company", "Organization": "Organization", "Service": "Service",
        "Person": "Person", "Place": "Location", "Location": "Location"}


def store_kinds(binary, batch):
    """article id -> [(kind, names)] of the entities `ingest` stores, as score.py reads them."""
    tmp = tempfile.mkdtemp(prefix="newskg-score-")
    store = os.path.join(tmp, "store")
    S.run([binary, "ingest", "--store", store, batch])
    names = collections.defaultdict(lambda: collections.defaultdict(set))
    q = """SELECT ?id ?e ?l WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id .
           ?e rdfs:label|skos:altLabel ?l } }"""
    for r in S.query(binary, store, q):
        names[r["id"]][r["e"]].add(S.norm(r["l"]))
    types = collections.defaultdict(lambda: collections.defaultdict(set))
    q = """SELECT ?id ?e ?t WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:identifier ?id ;
           schema:mentions ?e . ?e a ?t } }"""
    for r in S.query(binary, store, q):
        types[r["id"]][r["e"]].add(r["t"])
    subprocess.run(["rm", "-rf", tmp])
    out = collections.defaultdict(list)
    for aid, ents in types.items():
        for e, ts in ents.items():
            k = "Company" if S.SCHEMA + "Corporation" in ts else next(
                (n for t, n in (("Organization", "Organization"), ("Person", "Person"), ("Service", "Service"),
                                ("Place", "Location")) if S.SCHEMA + t in ts), None)
            if k and names[aid].get(e):
                out[aid].append((k, names[aid][e]))
    return out


def rows(binary, batch, what):
    out = subprocess.run([binary, "extract", "--output", what, batch], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr[-2000:])
    res = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        names = {S.norm(n) for n in [r["name"]] + list(r.get("aliases") or []) if S.norm(n)}
        res[r["article"]].append((KIND.get(r["kind"], r["kind"]), names))
    return res


def kind_of(cands, gn):
    for k, n in cands:
        if S.match_names(n, gn):
            return k
    return None


def main():
    ex = "--examples" in sys.argv
    binary, gold = [a for a in sys.argv[1:] if a != "--examples"][:2]
    golds = {}
    for fn in sorted(os.listdir(gold)):
        if fn.endswith(".json"):
            with open(os.path.join(gold, fn)) as fh:
                g = json.load(fh)
            golds[g["id"]] = g
    tmp = tempfile.mkdtemp(prefix="newskg-score-")
    batch = os.path.join(tmp, "a.jsonl")
    write_batch(batch, golds.values())
    stored = store_kinds(binary, batch)
    oc = rows(binary, batch, "orgcheck-features")
    ty = rows(binary, batch, "typing-features")
    subprocess.run(["rm", "-rf", tmp])
    counts = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for aid, g in golds.items():
        final = stored[aid]
        for e in g["entities"]:
            gt = e["type"]
            if gt == "Location":
                continue
            gn = S.names_of(e)
            a = kind_of(oc[aid], gn) or kind_of(ty[aid], gn)
            b = kind_of(ty[aid], gn) or kind_of(oc[aid], gn)
            c = next((t for t, n in final if t == gt and S.match_names(n, gn)), None) or kind_of(final, gn)
            c_row = counts[gt]
            c_row["n"] += 1
            for stage, k in (("A", a), ("B", b), ("C", c)):
                c_row[stage + (" ok" if k == gt else " none" if k is None else " wrong")] += 1
            if ex and (a != gt or b != gt or c != gt):
                examples[gt].append(f"{aid[:45]} | {e['name']} | A {a} B {b} C {c}")
    print(f"{'gold type':<13} {'n':>4}  {'A ok':>5} {'A none':>6}  {'B ok':>5}  {'C ok':>5} {'C none':>6}")
    tot = collections.Counter()
    for gt in ("Company", "Organization", "Service", "Person"):
        r = counts[gt]
        tot.update(r)
        print(f"{gt:<13} {r['n']:>4}  {r['A ok']:>5} {r['A none']:>6}  {r['B ok']:>5}  {r['C ok']:>5} {r['C none']:>6}")
    print(f"{'all':<13} {tot['n']:>4}  {tot['A ok']:>5} {tot['A none']:>6}  {tot['B ok']:>5}  {tot['C ok']:>5} "
          f"{tot['C none']:>6}")
    for gt in sorted(examples):
        print("##", gt)
        for l in examples[gt]:
            print("   ", l)


if __name__ == "__main__":
    main()

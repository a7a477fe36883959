#!/usr/bin/env python3
"""Relation errors by cause: every gold relation score.py would count as missed and every predicted
relation it would count as wrong, with the sentence(s) that carry it, grouped by cause.

    python3 eval/relation_errors.py BIN GOLD_DIR [GOLD_DIR ...] [--cache DIR] [--ex]

`newskg extract --output nquads` runs once over every gold article (with --cache DIR its output is
kept there and reused); relations carry their evidence sentence. Names are matched as ../shared/eval/score.py
matches them (imported from there). Causes:
  missed:  "entity missing" (s or o not among the predicted entities), "mistyped" (found but of a
           kind the predicate cannot take), "wrong predicate" / "wrong direction" (a prediction
           links the pair otherwise), "other sentences" (no sentence names both), else
           "same sentence: <construction>" from the words between the two names.
  false:   "reversed" (gold has o->s), "wrong predicate" (gold links the pair otherwise),
           "entity not in gold", "pair not in gold: <construction of the evidence sentence>".
Only for the develop-freely sets (corpus train/dev, eval/news-train, shared dev)."""
import sys, os, json, re, subprocess, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score as S
from goldio import load_golds, write_batch  # noqa: E402

PRED = {"Acquired": "acquired", "ParentOrganization": "parentOrganization", "Provider": "provider",
        "Partner": "partner"}
ALLOWED = {"acquired": ({"Company", "Organization"}, {"Company", "Organization", "Service"}),
           "parentOrganization": ({"Company", "Organization", "Service"}, {"Company", "Organization"}),
           "provider": ({"Service", "Company", "Organization"}, {"Company", "Organization"}),
           "partner": ({"Company", "Organization"}, {"Company", "Organization"})}

CONSTRUCTIONS = [
    ("apposition subsidiary/unit of", r",\s*(an?|the)\s+([\w-]+\s+){0,3}(subsidiary|unit|division|arm|part|affiliate|brand|operator|owner|parent|sister)\b"),
    ("owned by / operated by", r"\b(owned|operated|run|controlled|backed|made|developed|built|offered|provided)\s+by\b"),
    ("acquired by (passive)", r"\b(acquired|bought|purchased|taken over)\s+by\b"),
    ("X-owned Y", r"-owned\b"),
    ("which/that relative clause", r",?\s*(which|that|who)\b"),
    ("purchase/acquisition/merger noun", r"\b(purchase|acquisition|takeover|buyout|merger|sale|deal|bid|stake)\b"),
    ("acquire/buy/merge verb", r"\b(acquir\w*|bought|buy\w*|purchas\w*|merg\w*|take over|took over|sold|sell\w*)\b"),
    ("partner/agreement/supply", r"\b(partner\w*|agreement|alliance|contract\w*|supplier|suppl\w+|customer|code.?share|joint venture|deal|signed|order\w*)\b"),
    ("X's parent/owner", r"'s\s+(parent|owner|holding)"),
    ("parenthesis (Y (X))", r"\("),
    ("unit/subsidiary noun", r"\b(subsidiary|subsidiaries|unit|division|arm|owner|parent|sister|affiliate)\b"),
    ("launch/release/service verb", r"\b(launch\w*|releas\w*|unveil\w*|introduc\w*|announc\w*|offer\w*|operat\w*|provid\w*|runs?|service)\b"),
    ("possessive X's Y", r"'s\b|’s\b|\bits\b"),
    ("coordination and/or list", r"^\s*(,|and|or)\s|,\s*(and\s+)?$|^[^.]{0,3}$"),
]


def construction(between):
    for name, rx in CONSTRUCTIONS:
        if re.search(rx, between, re.I):
            return name
    return "other"


def find(text, names):
    """character spans of every surface form in names (raw strings) in text."""
    out = []
    for n in names:
        if not n:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text):
            out.append((m.start(), m.end()))
    return out


QUAD = re.compile(r'^(<[^>]*>|_:\S+) <([^>]*)> (<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) <([^>]*)> \.$')
KIND = {"Corporation": "Company", "Person": "Person", "Service": "Service", "Place": "Location"}


def literal(x):
    return json.loads(x[:x.rindex('"') + 1]) if x.startswith('"') else x.strip("<>")


def sentence_spans(text):
    """sentence character spans: a stop, ? or ! before a space and a capital/quote, or a line break."""
    spans, a = [], 0
    for m in re.finditer(r'(?:(?<=[.!?])|(?<=[.!?]["”’)]))\s+(?=["“‘(]?[A-Z0-9])|\n+', text):
        if text[a:m.start()].strip():
            spans.append((a, m.start()))
        a = m.end()
    if text[a:].strip():
        spans.append((a, len(text)))
    return spans


def extract_all(binary, golds, cache):
    """every gold article through one `newskg extract --output nquads` run (the model loads once),
    read back into what analyse() needs: text, entities, relations with evidence, sentence spans."""
    path = os.path.join(cache, "extract.nq") if cache else None
    if not (path and os.path.exists(path)):
        batch = "/tmp/relerr-%d.jsonl" % os.getpid()
        write_batch(batch, golds)
        out = subprocess.run([binary, "extract", "--output", "nquads", batch], capture_output=True, text=True).stdout
        os.remove(batch)
        if path:
            open(path, "w").write(out)
    else:
        out = open(path).read()
    graphs = collections.defaultdict(list)
    for line in out.splitlines():
        m = QUAD.match(line)
        if m:
            graphs[m.group(4)].append((m.group(1).strip("<>"), m.group(2), m.group(3)))
    res = {}
    for gname, quads in graphs.items():
        aid, text = None, ""
        label, alts, types, facts = {}, collections.defaultdict(list), collections.defaultdict(set), collections.defaultdict(dict)
        direct = []
        for sub, pr, ob in quads:
            short = pr.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            if short == "identifier" and "/article/" in sub and sub.count("/") == gname.count("/"):
                aid = literal(ob)
            elif short == "articleBody":
                text = literal(ob)
            elif short == "label":
                label[sub] = literal(ob)
            elif short == "altLabel":
                alts[sub].append(literal(ob))
            elif short == "type" and "/entity/" in sub:
                types[sub].add(literal(ob).rsplit("/", 1)[-1])
            elif "/fact/" in sub:
                facts[sub][short] = literal(ob)
            elif short in ("parentOrganization", "provider", "acquired", "partner") and "/entity/" in sub:
                direct.append((sub, short, ob.strip("<>")))
        aid = aid or gname.rsplit("/", 1)[-1]
        ents = []
        for e, ts in types.items():
            kind = next((KIND[t] for t in ("Corporation", "Person", "Service", "Place") if t in ts), "Organization")
            if e in label:
                ents.append({"name": label[e], "aliases": alts[e], "type": kind})
        ev = {}
        for f in facts.values():
            key = (f.get("subject"), f.get("predicate", "").rsplit("#", 1)[-1].rsplit("/", 1)[-1], f.get("object"))
            ev[key] = f.get("evidenceText", "")
        rels = [{"subject": label.get(a, a), "predicate": p, "object": label.get(b, b),
                 "evidence": {"sentence": {"text": ev.get((a, p, b), "")}}} for a, p, b in direct]
        res[aid] = {"text": text, "entities": ents, "relations": rels, "sentence_spans": sentence_spans(text)}
    return [res.get(g["id"], {"text": g["text"], "entities": [], "relations": [], "sentence_spans": []}) for g in golds]


def analyse(g, d):
    text = d["text"]
    sents = [tuple(s) for s in d.get("sentence_spans", [])]
    byname = {S.norm(e["name"]): S.names_of(e) for e in g.get("entities", [])}
    gent = {}
    for e in g.get("entities", []):
        for n in [e["name"]] + list(e.get("aliases") or []):
            gent[S.norm(n)] = e
    def gnames(n):  # exactly as score.py: keyed by the gold name only
        return byname.get(S.norm(n), {S.norm(n)})
    def graws(n):
        e = gent.get(S.norm(n))
        return [e["name"]] + list(e.get("aliases") or []) if e else [n]
    def gtype(n):
        e = gent.get(S.norm(n))
        return e["type"] if e else None
    ents = []
    for e in d.get("entities", []):
        ns = {S.norm(x) for x in [e["name"]] + list(e.get("aliases") or []) if S.norm(x)}
        ents.append((e["type"], ns, e))
    def pent(names):
        return [(t, e) for t, ns, e in ents if ns & names]
    pr = []
    for r in d.get("relations", []):
        p = PRED.get(r["predicate"], r["predicate"])
        sn = next((ns for t, ns, e in ents if e["name"] == r["subject"]), {S.norm(r["subject"])})
        on = next((ns for t, ns, e in ents if e["name"] == r["object"]), {S.norm(r["object"])})
        pr.append((sn, p, on, r))
    gr = g.get("relations", [])
    def hit(p, x):
        return p[1] == x["p"] and S.match_names(p[0], gnames(x["s"])) and S.match_names(p[2], gnames(x["o"]))
    def sentence_of(pos):
        for a, b in sents:
            if a <= pos < b:
                return (a, b)
        return None
    def both_sentence(sraw, oraw):
        ss, os_ = find(text, sraw), find(text, oraw)
        best = None
        for a in ss:
            for b in os_:
                sa, sb = sentence_of(a[0]), sentence_of(b[0])
                if sa and sa == sb:
                    lo, hi = (a, b) if a[0] < b[0] else (b, a)
                    between = text[lo[1]:hi[0]]
                    if best is None or len(between) < len(best[1]):
                        best = (sa, between, a[0] < b[0])
        return best
    missed, false = [], []
    for x in gr:
        if any(hit(p, x) for p in pr):
            continue
        sN, oN = gnames(x["s"]), gnames(x["o"])
        ps, po = pent(sN), pent(oN)
        st, ot = ALLOWED.get(x["p"], (set(), set()))
        bs = both_sentence(graws(x["s"]), graws(x["o"]))
        sent = text[bs[0][0]:bs[0][1]] if bs else ""
        if not ps or not po:
            cause = "entity missing"
        elif not any(t in st for t, _ in ps) or not any(t in ot for t, _ in po):
            cause = "mistyped (%s -> %s)" % ("/".join(sorted({t for t, _ in ps})), "/".join(sorted({t for t, _ in po})))
        elif any(p[1] == x["p"] and S.match_names(p[0], oN) and S.match_names(p[2], sN) for p in pr):
            cause = "wrong direction"
        elif any(S.match_names(p[0], sN) and S.match_names(p[2], oN) or S.match_names(p[0], oN) and S.match_names(p[2], sN) for p in pr):
            cause = "wrong predicate"
        elif not bs:
            cause = "other sentences"
        else:
            cause = "same sentence: " + construction(bs[1])
        missed.append((cause, g["id"], "%s | %s | %s" % (x["s"], x["p"], x["o"]), sent))
    for p in pr:
        if any(hit(p, x) for x in gr):
            continue
        r = p[3]
        sent = r.get("evidence", {}).get("sentence", {}).get("text", "")
        gs = [x for x in gr if S.match_names(p[0], gnames(x["s"])) and S.match_names(p[2], gnames(x["o"]))]
        grev = [x for x in gr if S.match_names(p[0], gnames(x["o"])) and S.match_names(p[2], gnames(x["s"]))]
        in_gold = lambda ns: any(ns & S.names_of(e) for e in g.get("entities", []))
        if grev and any(x["p"] == p[1] for x in grev):
            cause = "reversed"
        elif gs or grev:
            cause = "wrong predicate (gold %s)" % "/".join(sorted({x["p"] for x in gs + grev}))
        elif not in_gold(p[0]) or not in_gold(p[2]):
            cause = "entity not in gold"
        else:
            bs = both_sentence([r["subject"]], [r["object"]])
            cause = "pair not in gold: " + (construction(bs[1]) if bs else "other sentences")
        false.append(("%s: %s" % (p[1], cause), g["id"], "%s | %s | %s" % (r["subject"], p[1], r["object"]), sent))
    return missed, false, len(pr), len(gr)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    ex = "--ex" in sys.argv
    cache = None
    if "--cache" in sys.argv:
        cache = sys.argv[sys.argv.index("--cache") + 1]
        args.remove(cache)
        os.makedirs(cache, exist_ok=True)
    binary, dirs = args[0], args[1:]
    golds = load_golds(dirs)
    outs = extract_all(binary, golds, cache)
    miss, fp = collections.defaultdict(list), collections.defaultdict(list)
    npred = ngold = 0
    for g, d in zip(golds, outs):
        m, f, a, b = analyse(g, d)
        npred += a; ngold += b
        for c, *rest in m:
            miss[c].append(rest)
        for c, *rest in f:
            fp[c].append(rest)
    print("predicted %d, gold %d, missed %d, false %d" % (npred, ngold, sum(map(len, miss.values())), sum(map(len, fp.values()))))
    for title, grp in (("MISSED", miss), ("FALSE", fp)):
        print("\n== %s ==" % title)
        for c, xs in sorted(grp.items(), key=lambda kv: -len(kv[1])):
            print("%4d  %s" % (len(xs), c))
        if ex:
            for c, xs in sorted(grp.items(), key=lambda kv: -len(kv[1])):
                print("\n-- %s: %s (%d)" % (title, c, len(xs)))
                for aid, rel, sent in xs:
                    print("   %s | %s\n      %s" % (aid, rel, sent.replace("\n", " ")[:300]))


if __name__ == "__main__":
    main()

"""Cross-sentence gold relations grouped by the construction that links them (analysis only).

Extends train/relations_across.py (fifteenth session, branch s15-rel). For each develop split
(corpus train, corpus dev, eval/news-train; never the check sets) and every gold relation whose two
names never share a sentence, the first construction that fits:
  anaphor-<kind>  a sentence naming one side holds an organisation anaphor ("It", "its", "the
                  company", ...) and the other side is named in it or up to three sentences before
  dominant        one side is the article's dominant organisation (named in the most sentences,
                  at least 3 and 1.5x any other), the other named without an anaphor
  title           one side is named only in the title / first sentence
  list            the other side's sentence lists three or more names
  deal-noun       "the deal/acquisition/merger/takeover" in a sentence naming one side
  other
With --pred FILE.nq (N-Quads of a binary's `extract --output nquads` over the split) it also says
which were found, and counts for two naive fixes how many pairs they would add that gold relates
and how many it does not (gold entities taken as mentions, so an upper bound on what they reach):
  naive-anaphor   a sentence-opening anaphor's referent (the organisation first named in the
                  sentence before, else up to three back) paired with every organisation or service
                  the anaphor's sentence names
  naive-dominant  the dominant organisation paired with every other organisation or service

    python3 train/relations_groups.py --split dev [--pred base-dev.nq] [--show GROUP]
"""
import argparse, collections, glob, json, os, re

SPLITS = {"train": "eval/corpus/train", "dev": "eval/corpus/dev", "news-train": "eval/news-train"}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADS = r"(?:company|group|firm|bank|carrier|airline|operator|provider|business|conglomerate|maker|giant|insurer|retailer|network|lender|telco|utility|startup|corporation|subsidiary|parent|unit)"
DEF = re.compile(r"\b[Tt]he (?:[A-Za-z-]+ ){0,2}" + HEADS + r"(?:'s)?\b")
PRON = re.compile(r"(?:^|[,;:] |\bthat |\band )([Ii]t|[Tt]hey)\b")
POSS = re.compile(r"\b([Ii]ts|[Tt]heir)\b")
DEALN = re.compile(r"\b[Tt]he (?:deal|acquisition|merger|takeover|purchase|transaction)\b")
SCHEMA = "http://schema.org/"


def sentences(text):
    out = []
    for para in text.split("\n"):
        out += [s.strip() for s in re.split(r'(?<=[.!?])\s+(?=[A-Z"“(])', para) if s.strip()]
    return out


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def has(s, ns):
    return any(re.search(r"(?<![A-Za-z0-9])" + re.escape(x) + r"(?![A-Za-z0-9])", s) for x in ns)


def anaphor_kind(s):
    if DEF.search(s):
        return "definite"
    if PRON.search(s):
        return "pronoun"
    if POSS.search(s):
        return "possessive"
    return None


def read_pred(fn):
    """article id -> set of (names_s, p, names_o)"""
    lab = collections.defaultdict(lambda: collections.defaultdict(set))
    ids, rels = {}, collections.defaultdict(list)
    pat = re.compile(r'^(<[^>]*>|_:\S+) <([^>]*)> (.*) (<[^>]*>) \.$')
    for line in open(fn):
        m = pat.match(line.strip())
        if not m:
            continue
        s, p, o, g = m.groups()
        if p.endswith("#label") or p.endswith("core#altLabel"):
            lit = re.match(r'^"((?:[^"\\]|\\.)*)"', o)
            if lit:
                lab[g][s].add(norm(json.loads('"' + lit.group(1) + '"')))
        elif p == SCHEMA + "identifier" and o.startswith('"'):
            ids[g] = json.loads(re.match(r'^("(?:[^"\\]|\\.)*")', o).group(1))
        else:
            short = p.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            if p in (SCHEMA + "parentOrganization", SCHEMA + "provider") or (p.endswith("/ns#" + short) and short in ("acquired", "partner")):
                rels[g].append((s, short, o))
    out = {}
    for g, aid in ids.items():
        out[aid] = [(lab[g].get(s, set()), p, lab[g].get(o, set())) for s, p, o in rels[g]]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=SPLITS, required=True)
    ap.add_argument("--pred")
    ap.add_argument("--show")
    a = ap.parse_args()
    pred = read_pred(a.pred) if a.pred else None
    groups = collections.Counter()
    found = collections.Counter()
    naive = {"naive-anaphor": [0, 0], "naive-dominant": [0, 0]}
    xfp = [0, 0]  # predicted relations: (names never share a sentence, all) that are not gold
    for fn in sorted(glob.glob(os.path.join(ROOT, SPLITS[a.split], "*.json"))):
        g = json.load(open(fn))
        ents = {e["name"]: e for e in g["entities"]}
        names = {n: [n] + e.get("aliases", []) for n, e in ents.items()}
        sents = sentences((g.get("title") or "") + "\n" + g["text"])
        orgs = [n for n, e in ents.items() if e["type"] in ("Company", "Organization")]
        where = {n: [i for i, s in enumerate(sents) if has(s, names[n])] for n in ents}
        ranked = sorted(orgs, key=lambda n: -len(where[n]))
        dom = None
        if ranked and len(where[ranked[0]]) >= 3 and (len(ranked) == 1 or len(where[ranked[0]]) >= 1.5 * len(where[ranked[1]])):
            dom = ranked[0]
        gpairs = {frozenset((r["s"], r["o"])) for r in g["relations"]}
        gn = {norm(n): {norm(x) for x in names[n]} for n in ents}
        preds = pred.get(g["id"], []) if pred is not None else []

        def is_found(r):
            gs, go = gn.get(norm(r["s"]), {norm(r["s"])}), gn.get(norm(r["o"]), {norm(r["o"])})
            return any(p == r["p"] and ps & gs and po & go for ps, p, po in preds)

        for r in g["relations"]:
            S, O = r["s"], r["o"]
            ws, wo = set(where.get(S, [])), set(where.get(O, []))
            if ws & wo:
                continue
            grp = "other"
            for one, other in ((ws, wo), (wo, ws)):
                for i in sorted(one):
                    k = anaphor_kind(sents[i])
                    if k and any(i - 3 <= j < i for j in other):
                        grp = "anaphor-" + k
                        break
                if grp != "other":
                    break
            if grp == "other":
                if dom in (S, O):
                    grp = "dominant"
                elif ws == {0} or wo == {0} or not ws or not wo:
                    grp = "title" if (ws == {0} or wo == {0}) else "unnamed"
                elif any(sum(1 for n in ents if has(sents[i], names[n])) >= 3 for i in ws | wo):
                    grp = "list"
                elif any(DEALN.search(sents[i]) for i in ws | wo):
                    grp = "deal-noun"
            groups[grp] += 1
            f = is_found(r) if pred is not None else False
            found[grp] += f
            if a.show and (a.show == grp or a.show == "all"):
                print("=====", grp, g["id"], "|", S, r["p"], O, "| found" if f else "| MISSED")
                for i, s in enumerate(sents):
                    if i in ws or i in wo:
                        print("  %3d %s%s %s" % (i, "S" if i in ws else "-", "O" if i in wo else "-", s[:260]))
        # naive fixes (unordered pairs)
        nv = set()
        for i, s in enumerate(sents):
            if i == 0 or not re.match(r'^(?:It|Its|They|Their|The (?:[A-Za-z-]+ ){0,2}' + HEADS + r")\b", s):
                continue
            ref = None
            for j in range(i - 1, max(0, i - 3) - 1, -1):
                cands = [n for n in orgs if j in where[n]]
                if cands:
                    ref = min(cands, key=lambda n: sents[j].find(names[n][0]) if names[n][0] in sents[j] else 999)
                    break
            if ref:
                for n, e in ents.items():
                    if n != ref and i in where[n] and e["type"] in ("Company", "Organization", "Service"):
                        nv.add(frozenset((ref, n)))
        for pair in nv:
            naive["naive-anaphor"][0 if pair in gpairs else 1] += 1
        if dom:
            for n, e in ents.items():
                if n != dom and e["type"] in ("Company", "Organization", "Service"):
                    naive["naive-dominant"][0 if frozenset((dom, n)) in gpairs else 1] += 1
        if pred is not None:
            for ps, p, po in preds:
                gold = any(p == r["p"] and ps & gn.get(norm(r["s"]), {norm(r["s"])}) and po & gn.get(norm(r["o"]), {norm(r["o"])}) for r in g["relations"])
                if gold:
                    continue
                share = any(any(x in s.lower() for x in ps) and any(x in s.lower() for x in po) for s in sents)
                xfp[0] += not share
                xfp[1] += 1
    tot = sum(groups.values())
    print(f"## {a.split}: {tot} cross-sentence gold relations")
    for k, v in groups.most_common():
        print(f"  {k:22s} {v:4d}" + (f"  found {found[k]}" if pred is not None else ""))
    for k, (t, f) in naive.items():
        print(f"  {k}: pairs gold-related {t}, not {f}")
    if pred is not None:
        print(f"  false predicted relations whose names never share a sentence: {xfp[0]} of {xfp[1]}")


if __name__ == "__main__":
    main()

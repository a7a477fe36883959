#!/usr/bin/env python3
"""In-sentence relation errors grouped by grammatical construction, per gold set.

    python3 eval/relation_constructions.py BIN GOLD_DIR [GOLD_DIR ...] [--cache DIR] [--ex]

Runs eval/relation_errors.py's analysis (one `newskg extract` per set, cached with --cache DIR/<set>)
and keeps the errors whose two names share a sentence: missed gold relations (not "entity missing",
not "mistyped", not "other sentences") and false predictions whose evidence sentence names both
(not "entity not in gold"). Each is put in the first construction that fits:

  provider vs parent   the pair is linked, but provider read as parentOrganization or the reverse
  planned/failed deal  a false acquired/parent link in a sentence that plans, proposes, bids,
                       blocks, abandons or reports talks about the deal
  coordination/list    the names are two members of one list or coordination ("A and B", "A, B
                       and C"), or one is the shared head of a list the other is in
  relative clause      a ", which / whose / who / that" clause lies between or right after the first
  participle by        "owned / run / supplied / made ... by" between the names
  possessive           "X's" / "its" between the names
  apposition           ", the/a ... ," between the names
  deal verb/noun       a buy / sell / merge verb or deal noun between the names
  other
Only for the develop-freely sets (corpus train/dev, eval/news-train, shared dev)."""
import sys, os, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import relation_errors as RE  # noqa: E402
import json  # noqa: E402

PLANNED = re.compile(r"\b(plan\w*|propos\w*|bid\w*|offer\w*|talks|block\w*|abandon\w*|fail\w*|reject\w*|"
                     r"consider\w*|intend\w*|would|could|may|might|seek\w*|attempt\w*|hostile|rumou?r\w*)\b", re.I)
LIST_BETWEEN = re.compile(r"^\s*(,|and|or|&)\s*$|^\s*,\s*(and\s+)?$|^\s*(and|or)\s+(the\s+)?[\w-]*\s*$|"
                          r"^\s*,\s*(the\s+)?[\w-]*\s*$", re.I)
LIST_HEAD = re.compile(r"\b(include|includes|including|such as|among them|namely|both|all)\b|"
                       r"[A-Z][\w&.-]*(\s+[A-Z][\w&.-]*)*\s*,\s*[A-Z][\w&.-]*(\s+[A-Z][\w&.-]*)*\s*(,|and\b)")
RELATIVE = re.compile(r",?\s*\b(which|whose|who|that|in which|with which|whom)\b", re.I)
PARTICIPLE = re.compile(r"\b(owned|operated|run|controlled|backed|made|developed|built|offered|provided|supplied|"
                        r"hosted|acquired|bought|purchased|sold|licensed|leased|rented|used)\s+(by|from|to)\b", re.I)
POSSESSIVE = re.compile(r"'s\b|’s\b|\bits\b|\btheir\b", re.I)
APPOSITION = re.compile(r"^\s*,\s*(an?|the)\b|,\s*(an?|the)\s[^,]*,\s*$", re.I)
DEAL = re.compile(r"\b(acquir\w*|bought|buy\w*|purchas\w*|merg\w*|takeover|take over|took over|sold|sell\w*|sale|"
                  r"deal|stake)\b", re.I)


def construction(kind, pred, gold_preds, sentence, between, first_after):
    if kind == "false" and gold_preds and {pred} | gold_preds <= {"provider", "parentOrganization"}:
        return "provider vs parent"
    if kind == "missed" and gold_preds and {pred} | gold_preds <= {"provider", "parentOrganization"}:
        return "provider vs parent"
    if kind == "false" and pred in ("acquired", "parentOrganization") and DEAL.search(sentence) and PLANNED.search(sentence):
        return "planned/failed deal"
    if LIST_BETWEEN.search(between) or (len(between) < 160 and LIST_HEAD.search(between)):
        return "coordination/list"
    if RELATIVE.search(between) or RELATIVE.match(first_after):
        return "relative clause"
    if PARTICIPLE.search(between):
        return "participle by"
    if POSSESSIVE.search(between):
        return "possessive"
    if APPOSITION.search(between):
        return "apposition"
    if DEAL.search(between):
        return "deal verb/noun"
    return "other"


def in_sentence(text, sentence, a_names, b_names):
    """(between, text right after the first name) of the closest pair of the two names in `sentence`."""
    sa, sb = RE.find(sentence, a_names), RE.find(sentence, b_names)
    best = None
    for x in sa:
        for y in sb:
            lo, hi = (x, y) if x[0] < y[0] else (y, x)
            if lo[1] > hi[0]:
                continue
            between = sentence[lo[1]:hi[0]]
            if best is None or len(between) < len(best[0]):
                best = (between, sentence[lo[1]:lo[1] + 12])
    return best


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    cache = None
    if "--cache" in sys.argv:
        cache = sys.argv[sys.argv.index("--cache") + 1]
        args.remove(cache)
    ex = "--ex" in sys.argv
    binary, dirs = args[0], args[1:]
    table = collections.OrderedDict()
    examples = collections.defaultdict(list)
    for dd in dirs:
        name = os.path.basename(dd.rstrip("/"))
        golds = [json.load(open(os.path.join(dd, fn))) for fn in sorted(os.listdir(dd)) if fn.endswith(".json")]
        c = os.path.join(cache, name) if cache else None
        if c:
            os.makedirs(c, exist_ok=True)
        outs = RE.extract_all(binary, golds, c)
        counts = collections.Counter()
        for g, d in zip(golds, outs):
            names = {}
            for e in g.get("entities", []):
                for n in [e["name"]] + list(e.get("aliases") or []):
                    names[RE.S.norm(n)] = [e["name"]] + list(e.get("aliases") or [])
            pnames = {}
            for e in d.get("entities", []):
                pnames[e["name"]] = [e["name"]] + list(e.get("aliases") or [])
            gold_by_pair = collections.defaultdict(set)
            for x in g.get("relations", []):
                gold_by_pair[frozenset((RE.S.norm(x["s"]), RE.S.norm(x["o"])))].add(x["p"])
            m, f, _, _ = RE.analyse(g, d)
            for cause, aid, rel, sent in m:
                if not sent or cause.startswith(("entity missing", "mistyped", "other sentences")):
                    continue
                s, p, o = [t.strip() for t in rel.split(" | ")]
                got = in_sentence(d["text"], sent, names.get(RE.S.norm(s), [s]), names.get(RE.S.norm(o), [o]))
                if not got:
                    continue
                preds = set()
                if cause.startswith("wrong predicate"):
                    preds = {"provider", "parentOrganization"} - {p} if p in ("provider", "parentOrganization") else set()
                k = construction("missed", p, preds, sent, *got)
                counts[("missed", k)] += 1
                examples[(name, "missed", k)].append("%s | %s\n      %s" % (aid, rel, sent[:260]))
            for cause, aid, rel, sent in f:
                if not sent or "entity not in gold" in cause or "other sentences" in cause:
                    continue
                s, p, o = [t.strip() for t in rel.split(" | ")]
                got = in_sentence(d["text"], sent, pnames.get(s, [s]), pnames.get(o, [o]))
                if not got:
                    continue
                gp = set()
                mm = re.search(r"wrong predicate \(gold ([^)]*)\)", cause)
                if mm:
                    gp = set(mm.group(1).split("/"))
                k = construction("false", p, gp, sent, *got)
                counts[("false", k)] += 1
                examples[(name, "false", k)].append("%s | %s\n      %s" % (aid, rel, sent[:260]))
        table[name] = counts
    kinds = ["coordination/list", "relative clause", "provider vs parent", "planned/failed deal", "participle by",
             "possessive", "apposition", "deal verb/noun", "other"]
    sets = list(table)
    print("| construction | " + " | ".join("%s missed / false" % s for s in sets) + " | all missed / false |")
    print("|---|" + "---|" * (len(sets) + 1))
    for k in kinds:
        row = [(table[s][("missed", k)], table[s][("false", k)]) for s in sets]
        tot = (sum(a for a, _ in row), sum(b for _, b in row))
        print("| %s | %s | %d / %d |" % (k, " | ".join("%d / %d" % r for r in row), *tot))
    row = [(sum(v for (t, _), v in table[s].items() if t == "missed"), sum(v for (t, _), v in table[s].items() if t == "false")) for s in sets]
    print("| all in-sentence | %s | %d / %d |" % (" | ".join("%d / %d" % r for r in row), sum(a for a, _ in row), sum(b for _, b in row)))
    if ex:
        for (s, t, k), xs in sorted(examples.items()):
            print("\n-- %s %s %s (%d)" % (s, t, k, len(xs)))
            for x in xs:
                print("   " + x)


if __name__ == "__main__":
    main()

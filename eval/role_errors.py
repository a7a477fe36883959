#!/usr/bin/env python3
"""Role errors by cause (models/ROLES.md): every gold role score.py counts as missed and every
predicted role it counts as wrong, with its sentence, grouped by cause. Roles are matched as
../shared/eval/score.py matches them (title, a person name and, when gold names one, an
organisation name; `current` is not scored, so a current/former disagreement is only counted).

    python3 eval/role_errors.py BIN GOLD_DIR [ex] [--cache DIR] [--jobs N]

It runs `BIN extract` (JSON) on every gold article (cached by binary + article under --cache,
default train/out/role_errors) and works from the positions and entities that output gives.
With `ex` the examples of every cause follow the counts. Only for the sets one may read
(corpus train/dev, news-train, shared dev)."""
import sys, os, json, re, hashlib, subprocess, collections, concurrent.futures as cf
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score as S
from goldio import article_record  # noqa: E402

ROLE = {"vicepresident": "vice-president", "otherrole": "other"}
# title cue words, for telling "no title near the person" from "a title we do not know" (analysis only)
CUES = re.compile(r"\b(chief|ceo|cfo|cto|coo|chair\w*|president|founder|co-founder|director|head|executive|"
                  r"manager|minister|secretary|governor|commissioner|spokes\w*|analyst|officer|leader|boss|"
                  r"chancellor|mayor|senator|general|vice|partner|editor|professor|chairman)\b", re.I)


def extract(binary, g, cache):
    key = hashlib.sha1((os.path.realpath(binary) + str(os.path.getmtime(binary)) + g["id"]).encode()).hexdigest()[:16]
    out = os.path.join(cache, g["id"] + "." + key + ".json")
    if os.path.exists(out):
        return json.load(open(out))
    rec = article_record(g)
    src = out[:-5] + ".in.json"
    json.dump(rec, open(src, "w"))
    p = subprocess.run([binary, "extract", src], capture_output=True, text=True)
    os.remove(src)
    if p.returncode != 0:
        sys.exit(f"extract failed on {g['id']}: {p.stderr[-500:]}")
    d = json.loads(p.stdout)
    json.dump(d, open(out, "w"))
    return d


# constructions of the sentence that names the person with a title cue (analysis only; a miss may carry
# several, the first that applies is counted)
CONSTRUCTIONS = [
    ("no title cue near the person", None),
    ("coordinated titles or organisations", re.compile(
        r"\b(\w+ and \w+ (ceo|chief|chair\w*|president|founders?|co-founders?)|(chair\w*|president|founder|ceo|director|"
        r"chief executive( officer)?) (of the board )?and (chief|ceo|president|founder|co-founder|managing))\b|respectively", re.I)),
    ("government title", re.compile(r"\b(minister|secretary|ambassador|commissioner|solicitor|attorney|justice|governor|"
                                    r"senator|mayor|undersecretary|general\b|astronauts?|president obama|chancellor)", re.I)),
    ("title phrase before the name, comma", re.compile(
        r"(^|[.;:\"]\s*|said |, )(the |a |its |their )?([A-Z]\w+'s? )?(\w+ ){0,3}(chief|chair\w*|president|head|manager|director|"
        r"spokes\w*|minister|commissioner|founder)\b[^,.]{0,80}, [A-Z]\w+ [A-Z]", re.I)),
    ("possessive organisation", re.compile(r"\w's (\w+ ){0,3}(chief|chair\w*|president|head|manager|director|spokes\w*|"
                                           r"founder|boss|ceo|cfo|coo|executive)", re.I)),
    ("attribution (said ...)", re.compile(r"\bsaid (\w+ ){0,3}[A-Z]\w+ [A-Z]\w+, (a|an|the)?", re.I)),
    ("former / acting / interim / incoming", re.compile(r"\b(former|acting|interim|incoming|then|ex-?)\b", re.I)),
    ("appointment / succession", re.compile(r"\b(appoint\w*|named|succe\w+|replac\w+|join\w*|become|take over|took over|"
                                            r"step\w* down|resign\w*)\b", re.I)),
    ("other", re.compile(r".")),
]


def construction(sents):
    cued = [s for s in sents if CUES.search(s)]
    if not cued:
        return CONSTRUCTIONS[0][0]
    for name, rx in CONSTRUCTIONS[1:]:
        if any(rx.search(s) for s in cued):
            return name
    return "other"


def sentences_with(text, names):
    parts = re.split(r"(?<=[.!?])\s+", text)
    return [s for s in parts if any(re.search(r"\b" + re.escape(n) + r"\b", s) for n in names)]


def main():
    args = [a for a in sys.argv[1:]]
    cache = "train/out/role_errors"
    jobs = 3
    if "--cache" in args:
        i = args.index("--cache"); cache = args[i + 1]; del args[i:i + 2]
    if "--jobs" in args:
        i = args.index("--jobs"); jobs = int(args[i + 1]); del args[i:i + 2]
    binary, gold = args[0], args[1]
    show = len(args) > 2 and args[2] == "ex"
    os.makedirs(cache, exist_ok=True)
    golds = [json.load(open(os.path.join(gold, f))) for f in sorted(os.listdir(gold)) if f.endswith(".json")]
    with cf.ThreadPoolExecutor(jobs) as ex:
        outs = list(ex.map(lambda g: extract(binary, g, cache), golds))
    groups = collections.Counter(); exs = collections.defaultdict(list); cons = collections.Counter()
    n_gold = n_pred = tp_g = tp_p = cur_wrong = 0
    for g, d in zip(golds, outs):
        gn = {S.norm(e["name"]): S.names_of(e) for e in g.get("entities", [])}
        gtype = {S.norm(e["name"]): e["type"] for e in g.get("entities", [])}
        ents = [(e["type"], S.names_of(e), e) for e in d["entities"]]
        def ent_names(name):
            for t, ns, e in ents:
                if S.norm(name) in ns:
                    return ns
            return {S.norm(name)}
        preds = []
        for p in d["positions"]:
            t = ROLE.get(p["role"].lower(), p["role"].lower())
            preds.append((ent_names(p["person"]), t, ent_names(p["organization"]) if p.get("organization") else set(), p))
        uniq = {}
        for p in preds:
            uniq.setdefault((frozenset(p[0]), p[1], frozenset(p[2])), p)
        preds = list(uniq.values())
        def pnames(x):
            return gn.get(S.norm(x["person"]), {S.norm(x["person"])})
        def onames(x):
            return gn.get(S.norm(x["org"]), {S.norm(x["org"])}) if x.get("org") else None
        def hit(p, x):
            og = onames(x)
            return p[1] == x["title"] and S.match_names(set(p[0]), pnames(x)) and (og is None or S.match_names(set(p[2]), og))
        gr = g.get("roles", [])
        n_gold += len(gr); n_pred += len(preds)
        for x in gr:
            hs = [p for p in preds if hit(p, x)]
            if hs:
                tp_g += 1
                if any(bool(p[3].get("current", True)) != bool(x.get("current", True)) for p in hs):
                    cur_wrong += 1
                    groups["(matched, current/former wrong: not scored)"] += 1
                    exs["(matched, current/former wrong: not scored)"].append((g["id"], x, hs[0][3]["evidence"]["sentence"]["text"]))
                continue
            pg, og = pnames(x), onames(x)
            same_person = [p for p in preds if S.match_names(set(p[0]), pg)]
            person_ents = [(t, ns) for t, ns, _ in ents if S.match_names(ns, pg)]
            org_found = og is None or any(S.match_names(ns, og) for t, ns, _ in ents)
            raw = sorted(pg, key=len)
            sents = sentences_with(g["text"], [n for n in [x["person"]] + [a for e in g["entities"] if S.norm(e["name"]) == S.norm(x["person"]) for a in (e.get("aliases") or [])]])
            if not person_ents:
                cause = "MISS person not extracted"
            elif not any(t == "Person" for t, _ in person_ents):
                cause = "MISS person mistyped (" + "/".join(sorted({t for t, _ in person_ents})) + ")"
            elif same_person and any(p[1] == x["title"] and not p[2] for p in same_person):
                cause = "MISS org missing (title right, no org)"
            elif same_person and any(p[1] == x["title"] for p in same_person):
                wrong = [p for p in same_person if p[1] == x["title"]][0]
                sent = wrong[3]["evidence"]["sentence"]["text"]
                if not org_found:
                    kind = "gold org not extracted"
                elif any(re.search(re.escape(n), sent, re.I) for n in [x["org"]]) :
                    kind = "gold org in the sentence"
                else:
                    kind = "gold org elsewhere"
                cause = "MISS wrong org (" + kind + ")"
            elif same_person and og is not None and any(S.match_names(set(p[2]), og) for p in same_person):
                cause = "MISS title mismatch (org right)"
            elif same_person:
                cause = "MISS title not found (person has other positions)"
            elif not org_found:
                cause = "MISS no position, gold org not extracted"
            elif not any(CUES.search(s) for s in sents):
                cause = "MISS no position, title in another sentence"
            else:
                cause = "MISS no position (title in a person sentence)"
            groups[cause] += 1
            surnames = [n.split()[-1] for n in [x["person"]] if n.split()]
            cons[construction(sents or sentences_with(g["text"], surnames))] += 1
            detail = "; ".join(f"pred {p[1]}@{sorted(p[2])[:1]}" for p in same_person)
            exs[cause].append((g["id"], x, detail + " || " + " | ".join(s[:220] for s in sents[:2])))
        for p in preds:
            if any(hit(p, x) for x in gr):
                tp_p += 1
                continue
            same_person = [x for x in gr if S.match_names(set(p[0]), pnames(x))]
            is_gold_ent = any(S.match_names(set(p[0]), ns) for ns in gn.values())
            if not same_person:
                cause = "FP person has no gold role" if is_gold_ent else "FP person not a gold entity"
            elif not p[2]:
                cause = "FP no org (gold has one)"
            elif any(x["title"] == p[1] for x in same_person):
                x = [x for x in same_person if x["title"] == p[1]][0]
                og = onames(x)
                is_ent = any(S.match_names(set(p[2]), ns) for ns in gn.values())
                cause = "FP wrong org (" + ("a gold entity" if is_ent else "not a gold entity") + ")"
            elif any(onames(x) is None or S.match_names(set(p[2]), onames(x)) for x in same_person):
                cause = "FP title mismatch (org right)"
            else:
                cause = "FP title and org both differ"
            groups[cause] += 1
            gold_side = "; ".join(f"gold {x['title']}@{x.get('org')}" for x in same_person)
            exs[cause].append((g["id"], {"person": p[3]["person"], "title": p[1] + " (" + p[3]["title"] + ")", "org": p[3].get("organization"), "current": p[3].get("current")}, gold_side + " || " + p[3]["evidence"]["sentence"]["text"][:300]))
    P = tp_p / n_pred if n_pred else 0; R = tp_g / n_gold if n_gold else 0
    print(f"roles P {P:.3f} R {R:.3f} F1 {2*P*R/(P+R) if P+R else 0:.3f}  pred {n_pred} gold {n_gold}")
    for k, v in sorted(groups.items(), key=lambda kv: (kv[0][:2], -kv[1])):
        print(f"{v:5d}  {k}")
    print("misses by the construction of the person's sentence:")
    for k, v in cons.most_common():
        print(f"{v:5d}  {k}")
    if show:
        for k in sorted(exs):
            print("\n==", k)
            for aid, x, s in exs[k]:
                print(f"  {aid} | {x['person']} | {x['title']} | {x.get('org')} | cur={x.get('current')}\n      {s}")


if __name__ == "__main__":
    main()

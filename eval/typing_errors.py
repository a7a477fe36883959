#!/usr/bin/env python3
"""Type confusions between Company, Organization and Service, grouped by cause (models/TYPING.md).

For every gold entity whose names (normalised as ../shared/eval/score.py matches them) are shared
by a predicted entity of another kind among Company / Organization / Service, the confusion
"gold X <- pred Y" is listed with the cues found around it in the article:

  desc:C / desc:O / desc:S  a company / body / product noun right before or after a mention
                            ("the regulator X", "X, a bank", "its app X", "X app")
  legal                     a legal form in the name or an alias (Inc, Ltd, plc, ...)
  pub                       a public-sector head word in the name (Authority, Council, Police, ...)
  prov                      the name is the provider of a predicted outage
  acr                       the name is an acronym of another entity of the article (or the reverse)
  split                     another predicted entity of the article shares a name word and has another kind
  none                      none of these

    python3 eval/typing_errors.py BIN [train dev news-train] [--ex]

Only develop sets may be given (corpus train, corpus dev, eval/news-train); the extractor's JSON of
every article is cached under train/out/typing_errors/<binary mtime>/."""
import sys, os, json, re, subprocess, collections, hashlib
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score as S  # noqa: E402
from goldio import article_record  # noqa: E402

SETS = {"train": "corpus/train", "dev": "corpus/dev", "news-train": "news-train"}
KINDS = ("Company", "Organization", "Service")
LEGAL = {"inc", "ltd", "limited", "plc", "llc", "corp", "corporation", "gmbh", "ag", "sa", "nv", "bv",
         "co", "lp", "llp", "pty", "spa", "ab", "asa", "oyj", "se", "holdings", "kk"}
PUB = {"authority", "commission", "council", "agency", "ministry", "department", "police", "trust",
       "court", "office", "board", "service", "union", "bureau", "administration", "parliament",
       "government", "committee", "institute", "university", "regulator", "association", "federation",
       "foundation", "nhs", "constabulary", "tribunal", "inspectorate", "ombudsman", "centre", "center"}
DESC = {
    "C": {"company", "firm", "maker", "manufacturer", "operator", "carrier", "provider", "retailer",
          "lender", "bank", "insurer", "group", "giant", "start-up", "startup", "conglomerate",
          "airline", "subsidiary", "supplier", "business", "owner", "developer", "telco", "utility"},
    "O": {"regulator", "agency", "authority", "watchdog", "ministry", "department", "council",
          "union", "charity", "body", "commission", "government", "police", "court", "trust",
          "association", "organisation", "organization", "nonprofit", "non-profit", "coalition"},
    "S": {"app", "service", "platform", "network", "website", "site", "game", "product", "brand",
          "system", "software", "browser", "console", "phone", "device", "tool", "feature", "portal",
          "card", "scheme", "programme", "program"},
}


def ext(binary, g, cache):
    path = os.path.join(cache, re.sub(r"[^\w.-]", "_", g["id"]) + ".json")
    if not os.path.exists(path):
        rec = article_record(g)
        inp = path + ".in.jsonl"
        with open(inp, "w") as f:
            f.write(json.dumps(rec) + "\n")
        out = subprocess.run([binary, "extract", inp], capture_output=True, text=True).stdout
        os.remove(inp)
        with open(path, "w") as f:
            f.write(out)
    return json.load(open(path))


def words_around(text, start, end):
    before = re.findall(r"[\w'-]+", text[max(0, start - 60):start].lower())[-4:]
    after = re.findall(r"[\w'-]+|[,.;]", text[end:end + 60].lower())[:6]
    return before, after


def acronym(a, b):
    caps = "".join(w[0] for w in re.findall(r"[A-Za-z]+", b) if w[0].isupper())
    return a.isupper() and len(a) >= 2 and (caps == a or caps.replace("O", "") == a)


def causes(e, doc, ents):
    text = doc["text"]
    cues = set()
    names = S.names_of(e)
    for m in e.get("mentions", []):
        before, after = words_around(text, m["start"], m["end"])
        near = set(before[-3:]) | set(after[:1]) | (set(after[1:5]) if after[:1] == [","] else set())
        for k, ws in DESC.items():
            if near & ws:
                cues.add("desc:" + k)
    toks = {t for n in names for t in n.split()}
    if toks & LEGAL:
        cues.add("legal")
    if toks & PUB:
        cues.add("pub")
    provs = {S.norm(o.get("provider") or "") for o in doc.get("outages", []) if isinstance(o, dict)}
    provs |= {S.norm(p) for o in doc.get("outages", []) if isinstance(o, dict)
              for p in (o.get("providers") or []) if isinstance(p, str)}
    if names & provs:
        cues.add("prov")
    raw = [e["name"]] + list(e.get("aliases") or [])
    for o in ents:
        if o is e:
            continue
        oraw = [o["name"]] + list(o.get("aliases") or [])
        if any(acronym(a, b) or acronym(b, a) for a in raw for b in oraw):
            cues.add("acr")
        if o["type"] in KINDS and o["type"] != e["type"]:
            if toks & {t for n in S.names_of(o) for t in n.split()} - {"the", "of", "and"}:
                cues.add("split")
    return cues or {"none"}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary, sets = args[0], args[1:] or list(SETS)
    show = "--ex" in sys.argv
    stamp = hashlib.sha1(f"{os.path.realpath(binary)}{os.path.getmtime(binary)}".encode()).hexdigest()[:10]
    cache = os.path.join(HERE, "..", "train", "out", "typing_errors", stamp)
    os.makedirs(cache, exist_ok=True)
    total = collections.Counter(); bycause = collections.Counter(); ex = collections.defaultdict(list)
    for s in sets:
        if s not in SETS:
            sys.exit(f"only develop sets: {list(SETS)}")
        d = os.path.join(HERE, SETS[s])
        golds = [json.load(open(os.path.join(d, f))) for f in sorted(os.listdir(d)) if f.endswith(".json")]
        with ThreadPoolExecutor(3) as pool:
            docs = list(pool.map(lambda g: ext(binary, g, cache), golds))
        n = collections.Counter()
        for g, doc in zip(golds, docs):
            ents = doc.get("entities", [])
            for ge in g.get("entities", []):
                if ge["type"] not in KINDS:
                    continue
                gn = S.names_of(ge)
                if any(p["type"] == ge["type"] and S.match_names(S.names_of(p), gn) for p in ents):
                    continue
                for p in ents:
                    if p["type"] in KINDS and S.match_names(S.names_of(p), gn):
                        key = f"{ge['type']:12s} <- {p['type']}"
                        cs = causes(p, doc, ents)
                        n[key] += 1; total[key] += 1
                        for c in cs:
                            bycause[(key, c)] += 1
                        ex[key].append((s, g["id"], ge["name"], p["name"], " ".join(sorted(cs))))
                        break
        print(f"== {s}: " + ", ".join(f"{k.replace(' ', '')} {c}" for k, c in sorted(n.items())))
    print("== all sets")
    for k, c in sorted(total.items(), key=lambda x: -x[1]):
        print(f"{c:4d} {k}   " + ", ".join(f"{cc}:{v}" for (kk, cc), v in sorted(bycause.items(), key=lambda x: -x[1]) if kk == k))
    if show:
        for k in sorted(ex):
            print("##", k)
            for e in ex[k]:
                print("   ", " | ".join(e))


main()

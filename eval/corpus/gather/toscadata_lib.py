"""Clean the Wikinews texts of the toscaData R package (github.com/Docma-TU/toscaData, data/economy.rda,
data/politics.rda; CC BY 4.0 package, Wikinews text CC BY 2.5). The package stores markup-stripped
wikitext: HTML entities escaped, link targets left with a trailing space, newlines turned into spaces.

TOSCA_DIR names the folder with economy.pkl / politics.pkl. When the .pkl files are missing and economy.rda /
politics.rda are there, load() makes them, with the standard-library reader `rda.py` when the `rdata` package is not
installed; the .rda files are the package's own, as `git show HEAD:data/economy.rda` gives them from the fetched mirror
of github.com/Docma-TU/toscaData. The gather scripts default it to /tmp/gather39e/tosca, the copies batch 38e made."""
import html, re, pickle, os, datetime
# the folder with economy.pkl: $TOSCA_DIR when set, else eval/corpus/raw/toscadata
D = os.environ.get("TOSCA_DIR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "raw", "toscadata")

def load():
    out = {}
    for f in ("economy", "politics"):
        p = os.path.join(D, f + ".pkl")
        if not os.path.exists(p):
            recs = _records(os.path.join(D, f + ".rda"), f)
            pickle.dump(recs, open(p, "wb"))
        for r in pickle.load(open(p, "rb")):
            r["set"] = f
            out.setdefault(r["id"], r)
    return out

def _records(path, name):
    """The records of one toscaData .rda file, dict(id, date, title, text) in the order of its `meta` data frame: read
    with the `rdata` package when it is installed, else with rda.read_rda (standard library; the same records)."""
    try:
        import rdata
    except ImportError:
        from rda import read_rda
        meta, text = read_rda(path)[name][:2]
        tx = dict(zip(text.attrs["names"], text))
        return [dict(id=str(i), date=float(dt), title=str(ti), text=[str(x) for x in tx[i]]) for i, dt, ti in zip(*meta)]
    c = rdata.conversion.convert(rdata.parser.parse_file(path))[name]
    return [dict(id=str(r["id"]), date=float(r["date"]), title=str(r["title"]),
                 text=[str(x) for x in c["text"][r["id"]]]) for _, r in c["meta"].iterrows()]

def date(r):
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=int(r["date"]))).isoformat()

def title(r):
    return html.unescape(html.unescape(re.sub(r"</?title>", "", r["title"]))).strip()

def clean(r, cut=""):
    t = " ".join(r["text"])
    t = re.sub(r"<text[^>]*>", "", t)
    t = html.unescape(html.unescape(t)).replace("\xa0", " ")
    t = re.sub(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>|<!--.*?-->|</?ref[^>]*>", " ", t)
    t = re.sub(r"'{2,}", "", t)                 # wiki italics / bold
    t = re.sub(r"(^|\s)\*(\s+\*)*(?=\s)", " ", t)  # stray list bullets
    t = t.strip()
    if cut:
        m = re.match(r"\s+".join(map(re.escape, cut.split())) + r"\s+", t)
        assert m, (r["id"], t[:80])
        t = t[m.end():].strip()
    # paragraph breaks: sentence end followed by 2+ spaces (a blank line in the wikitext)
    t = re.sub(r'(?<=[.!?"”])\s{2,}(?=["“A-Z0-9])', "\n\n", t)
    t = re.sub(r'(?<=[.!?"”]) \s+(?=["“A-Z0-9])', "\n\n", t)
    paras = []
    for p in t.split("\n\n"):
        p = re.sub(r"[ \t]+", " ", p).strip()
        p = re.sub(r" ([,.;:!?%)\]])", r"\1", p)
        p = re.sub(r"([(\[]) ", r"\1", p)
        p = re.sub(r" 's\b", "'s", p)
        p = re.sub(r"\$ (?=\d)", "$", p)
        if p:
            paras.append(p)
    return "\n\n".join(paras)

DAMAGE = re.compile(r"\b(the|a|an|new|his|her|its|former|replaces|of|by|as|at|from|with)\s+(of|the|,|\.|;|and|who|is|was|for|by)\b(?<!of the)|\b(the|a|an|new|of|by|as|at|from|replaces)\s+[,.;]", re.I)


def selected(d, sel):
    """The articles `sel` picks from the loaded toscaData `d` ({id: (sector, region, topics, cut,
    subs, note)}), each cleaned (cut at `cut`, then every regex substitution of `subs` applied, each
    of which must change the text), as (id, title, date, Wikinews URL, sector, region, topics, text,
    note saying how the text was made)."""
    for k, (sector, region, topics, cut, subs, note) in sel.items():
        r = d[k]; t = clean(r, cut)
        for a, b in subs:
            t2 = re.sub(a, b, t, flags=re.S)
            assert t2 != t, (k, a); t = t2
        ti = title(r)
        url = "https://en.wikinews.org/wiki/" + ti.replace(" ", "_")
        base = "Text from markup-stripped wikitext (toscaData " + k + "): residue and spacing cleaned; paragraph breaks inferred."
        yield k, ti, date(r), url, sector, region, topics, t.strip(), (base + " " + note).strip()

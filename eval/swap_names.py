#!/usr/bin/env python3
"""Name-swapped copy of a gold folder: measures how much of newskg's score comes from knowing the names
it was developed on rather than from reading the text (see eval/SWAP.md).

Every gold entity of the swapped types (default Company, Service, Organization, Person) gets a new,
made-up name of the same kind, used consistently in its name, aliases, every occurrence in the text and
title, and every reference in roles, relations and outages:
- companies, services and organisations: each DISTINCTIVE word (one the texts use capitalised far more than
  in lower case: "Telstra", "Alibaba", "British") becomes the first word of a little-known real company
  (SEC registrant titles after the 1,000 largest, not occurring in the texts: "Nemaura", "Keros") or, with
  --words coined, a made-up word ("Korvane");
  common words ("Bank", "Cloud", "Communications", "Authority"), legal suffixes and function words stay,
  so heads and legal forms survive ("Baltrin Bank", "Korvane Communications and Media Authority"). A name
  of common words only changes its first word ("Federal Trade Commission" -> "Dremic Trade Commission").
  All-capital words (acronyms) become other capitals of the same length; an alias that is the initials of
  its entity's name becomes the initials of the new name (ACMA -> KCMA).
- people: given names and surnames from two made-up lists (none occurs in the folder), so "Wu" in "Eddie
  Wu Yongming" and its alias "Wu" change alike.
A word keeps one replacement across the whole folder ("Alibaba" in "Alibaba Cloud" and "Alibaba Group"
share it), so family names of companies stay related. Surface forms are replaced longest first, on word
boundaries only (never inside another word), case-sensitively, plus their ALL-CAPS forms; remaining
stand-alone occurrences of a swapped distinctive word are replaced too, except words that belong to a
gold entity that is not swapped (a Location "Hampshire" stays when "Hampshire Constabulary" changes).
Dates, ids, sources and everything else stay. Deterministic: same input and seed, same output.

usage: swap_names.py GOLD_DIR OUT_DIR [--seed N] [--types Company,Service,Organization,Person]
       [--words sec|coined] [--vocab-from DIR ...] [--map FILE.tsv] [--avoid-map FILE.tsv ...]
Never point it at eval/corpus/test, eval/invented or eval/news-check (check sets)."""
import argparse, hashlib, json, os, re, sys

WORD = re.compile(r"[^\W_]+(?:&[^\W_]+)*", re.UNICODE)  # "AT&T" is one word
KEEP_WORDS = {"of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "van", "von", "der", "den", "da",
              "di", "al", "bin", "st", "on", "in", "at", "to", "a", "an"}
LEGAL = {"inc", "ltd", "limited", "plc", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ag", "sa",
         "nv", "se", "gmbh", "bv", "spa", "oyj", "asa", "ab", "as", "kk", "pty", "group", "holdings", "holding",
         "jr", "sr", "ii", "iii"}
# head nouns of organisation / company / service names: they stay ("... Commission", "... Airways")
HEADS = {"commission", "authority", "ministry", "department", "agency", "council", "committee", "bank", "office",
         "board", "service", "services", "association", "union", "institute", "university", "court", "police",
         "force", "bureau", "administration", "trust", "foundation", "society", "federation", "reserve",
         "parliament", "government", "news", "times", "post", "airlines", "airways", "air", "network", "networks",
         "telecom", "communications", "systems", "technologies", "software", "energy", "motors", "media",
         "financial", "insurance", "capital", "partners", "store",
         "app", "cloud", "online", "pay", "mobile", "express", "bancorp", "exchange", "corps", "constabulary",
         "regulator", "tribunal", "secretariat", "directorate", "house", "party", "forces", "army", "navy",
         "congress", "senate", "cabinet", "treasury", "assembly"}
CHECK_SETS = ("corpus/test", "eval/invented", "eval/news-check")

FIRSTS = ["Kor", "Bal", "Ven", "Tal", "Mir", "Dor", "Sel", "Var", "Nor", "Cal", "Ther", "Ald", "Bren", "Cas",
          "Dal", "Fen", "Gal", "Hal", "Jor", "Kes", "Lan", "Mar", "Nev", "Or", "Pel", "Quen", "Ros", "Sar", "Tor",
          "Ul", "Vel", "Wen", "Zar", "Ost", "Ash", "Brin", "Cor", "Dren", "El", "Far", "Gor", "Isk", "Lum", "Pra",
          "Ser", "Tav", "Yor", "Zen"]
MIDDLES = ["", "", "a", "e", "i", "o"]
ENDS = ["vane", "trin", "dor", "ix", "ara", "ent", "ell", "ova", "ium", "ane", "ris", "on", "eda", "ven", "ton",
        "ley", "mark", "ford", "gate", "wick", "dale", "mont", "stone", "bury", "ta", "lo", "via", "nex", "tra",
        "rex", "nor", "bel", "quist", "heim", "sen", "vik", "zio", "ska", "nia", "tec"]

GIVEN = ["Aldric", "Bronwen", "Caspian", "Delphine", "Emeric", "Fenella", "Gideon", "Hesper", "Ilario",
         "Jorunn", "Kasimir", "Liesl", "Marek", "Noemi", "Oskar", "Perpetua", "Quillon", "Rosalind", "Soren",
         "Tamsin", "Ulric", "Vesna", "Wendell", "Xanthe", "Yusuf", "Zinnia", "Anouk", "Barnaby", "Cosima",
         "Dashiell", "Elodie", "Florin", "Greer", "Hamish", "Ines", "Jasper", "Kalina", "Leopold", "Mireille",
         "Nikolai", "Ottilie", "Piers", "Quintessa", "Radomir", "Saskia", "Tobias", "Undine", "Valentin",
         "Wilhelmina", "Yannick", "Zoltan", "Aurelio", "Beatrix", "Cormac", "Dagny", "Evander", "Fiammetta",
         "Gustav", "Henrike", "Ivor", "Juniper", "Konrad", "Lorcan", "Marisol", "Niamh", "Orsolya", "Pallas",
         "Rafferty", "Sigrun", "Thaddeus", "Ursula", "Viggo", "Wolfram", "Ximena", "Yolanda", "Zebedee",
         "Ambrose", "Brigitta", "Cyprian", "Dorotea", "Eamon", "Faustine", "Gaspard", "Hyacinth", "Isolde",
         "Jovan", "Kerensa", "Lysander", "Magnus", "Nerys", "Odile", "Percival"]
SURNAMES = ["Abernathy", "Blomqvist", "Castellane", "Dvorakova", "Eversleigh", "Fairbrook", "Gorvetti",
            "Halloran", "Ingersoll", "Jankowiak", "Kettleborough", "Lindqvist", "Marchetti", "Nakashima",
            "Oyelaran", "Pennington", "Quaresma", "Rosendahl", "Szabados", "Thistlewood", "Uchendu",
            "Vasquez-Loria", "Wetherell", "Yamashiro", "Zelenko", "Ashdown", "Brannigan", "Calloway",
            "Delacroix", "Eskildsen", "Fitzwarren", "Grabowski", "Hollingworth", "Iwasaki", "Jurgensen",
            "Kilbride", "Lemaitre", "Mortensen", "Nightingale", "Okonkwo", "Pevensey", "Radcliffe",
            "Strathmore", "Tanabe", "Underhill", "Villeneuve", "Waterhouse", "Yardley", "Zapatero",
            "Achterberg", "Bellweather", "Cardew", "Dunsmore", "Elsworth", "Farrington", "Gallardo",
            "Hartigan", "Ibarrola", "Kowalczyk", "Lachance", "Maclagan", "Norrington", "Ostrowski",
            "Pritchard", "Rasmussen-Kay", "Sandoval", "Tremayne", "Umberfield", "Valderrama", "Winterbourne",
            "Yeardley", "Zimmerli", "Aldergrove", "Birkinshaw", "Carrow", "Duquesne", "Eriksdottir",
            "Flaherty", "Goldthorpe", "Haverford", "Ivanisevic", "Kavanagh", "Lowther", "Mendelsohn",
            "Nordqvist", "Oldcastle", "Pemberton", "Quennell", "Rushworth", "Stanhope", "Tolliver"]


# More people's names, used only with --avoid-map (training copies whose replacement words must differ from
# an evaluation copy's): the lists above are mostly taken by an evaluation copy of dev.
GIVEN_MORE = ["Adaeze", "Bartholomew", "Calliope", "Desmond", "Elspeth", "Ferdinand", "Gwendolyn", "Horatio",
              "Imelda", "Jolyon", "Katarzyna", "Lucian", "Maren", "Octavia", "Priyanka", "Ramona", "Sebastiano",
              "Teodora", "Uriah", "Violetta", "Wilbur", "Yevgenia", "Zachariah", "Agnieszka", "Benedikt",
              "Clementine", "Dmitri", "Eulalia", "Fabrizio", "Guinevere", "Hilario", "Ingrid", "Joaquin", "Kirsi",
              "Leocadia", "Matthias", "Nadezhda", "Oriana", "Pascoe", "Rosamund", "Stellan", "Thomasina",
              "Umberto", "Vivienne", "Wojciech", "Yasmin", "Zuzana", "Alistair", "Bettina", "Crispin", "Domenica",
              "Erasmus", "Filippa", "Griffith", "Honoria", "Ignatius", "Jessamy", "Kwabena", "Lavinia", "Mungo",
              "Natalya", "Oswin", "Philippa", "Roderick", "Sunniva", "Tancred", "Ulla", "Vaclav", "Wynne",
              "Adebayo", "Chidinma", "Haruki", "Mei-Lin", "Rajesh", "Sunita", "Tariq", "Farida", "Olumide"]
SURNAMES_MORE = ["Aberdare", "Ballantyne", "Coldicott", "Dimitriou", "Ellingham", "Fothergill", "Garside",
                 "Huxtable", "Illingworth", "Jablonski", "Kirkegaard", "Loxley", "Mountjoy", "Nettleship",
                 "Oyebanji", "Prendergast", "Quartermaine", "Ravenscroft", "Sutcliffe", "Trevelyan", "Urquhart",
                 "Vandermeer", "Whitlock", "Yoshimura", "Zbinden", "Arbuthnot", "Blackwood", "Cheverton",
                 "Drummond", "Edgeworth", "Fanshawe", "Gillingham", "Hathersage", "Isherwood", "Jephson",
                 "Kinsella", "Lambourne", "Merriweather", "Nakagawa", "Oduya", "Pickering", "Rowntree",
                 "Sandeman", "Tattersall", "Upjohn", "Vickery", "Wolstenholme", "Youngblood", "Zavala",
                 "Ackroyd", "Boscawen", "Chadwick", "Desrosiers", "Eichhorn", "Faversham", "Grimshaw", "Hesketh",
                 "Inchbald", "Kowalewski", "Ledbetter", "Montague", "Nussbaum", "Ormerod", "Penhaligon",
                 "Rothwell", "Sheringham", "Thornycroft", "Uttley", "Verhoeven", "Wainwright", "Yablonsky",
                 "Achebe", "Balogun", "Chaudhry", "Deshpande", "Eze", "Fujimoto", "Gonzaga", "Hakimi",
                 "Iyengar", "Jovanovic", "Kuznetsova", "Lindahl", "Moreau", "Nwosu", "Ortega-Ruiz"]


def h(*parts):
    """A stable integer from strings (Python's hash() is salted per run)."""
    return int(hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12], 16)


def pseudo_word(key, seed, attempt):
    """A made-up, pronounceable name word ("Korvane", "Baltrin"); longer after many clashes."""
    r = h(str(seed), key, str(attempt))
    w = FIRSTS[r % len(FIRSTS)] + MIDDLES[(r // 97) % len(MIDDLES)] + ENDS[(r // 9973) % len(ENDS)]
    if attempt > 40:
        w += MIDDLES[2 + (r // 7) % 4] + ENDS[(r // 131) % len(ENDS)]
    return w.replace("aa", "a").replace("oo", "o").replace("ee", "e").replace("ii", "i")


def sec_words(path, avoid):
    """Distinctive words of real but little-known company names: the first word of SEC registrants' titles
    after the 1,000 largest (the file is ordered by size), letters only, 4-10 long, not a word of the
    texts; capitals-only titles put in title case ("TECOGEN" -> "Tecogen")."""
    data = json.load(open(path))
    items = list(data.values()) if isinstance(data, dict) else list(data)
    out, seen = [], set()
    for it in items[1000:]:
        w = str(it.get("title", "")).split()[:1]
        if not w or not re.fullmatch(r"[A-Za-z]{4,10}", w[0]):
            continue
        w = w[0]
        if w.isupper():
            w = w.capitalize()
        if w.islower() or w.lower() in avoid or w.lower() in seen:
            continue
        seen.add(w.lower())
        out.append(w)
    return out


def is_caps(w):
    return len(w) >= 2 and w.isupper()


class Swapper:
    def __init__(self, texts, seed=17, sec_file=None, avoid=()):
        """`avoid`: words new names must not use besides the texts' own (an evaluation copy's replacement
        words, so a training copy teaches none of them); given it, the extra people lists join the pools."""
        self.seed = seed
        self.lower = {}   # word -> times seen in lower case
        self.upper = {}   # word (lower-cased) -> times seen capitalised
        self.all_words = set()     # every word (lower-cased): new words must avoid these
        for t in texts:
            for w in WORD.findall(t):
                self.all_words.add(w.lower())
                if w.islower():
                    self.lower[w] = self.lower.get(w, 0) + 1
                else:
                    self.upper[w.lower()] = self.upper.get(w.lower(), 0) + 1
        self.word_map = {}  # (kind, word) -> new word
        self.used = set()
        self.pool = []
        avoid = {w.lower() for w in avoid}
        banned = self.all_words | avoid
        if sec_file:
            self.pool = sec_words(sec_file, banned)
        given, surnames = (GIVEN + GIVEN_MORE, SURNAMES + SURNAMES_MORE) if avoid else (GIVEN, SURNAMES)
        self.given = [g for g in given if not any(p.lower() in banned for p in WORD.findall(g))]
        self.surnames = [s for s in surnames if not any(p.lower() in banned for p in WORD.findall(s))]
        self.all_words = banned  # fresh() and the initials check avoid them too

    def common(self, w):
        """A word that stays in a company / service / organisation name: function words, legal forms, head
        nouns, numbers, single letters, lower-case words, and words the texts use in lower case at least a
        quarter as often as capitalised ("Mobile", "Northern"); not acronyms."""
        lw = w.lower()
        if len(w) == 1 or any(c.isdigit() for c in w) or w.islower():
            return True
        if w.isupper():
            return lw in LEGAL
        if lw in KEEP_WORDS or lw in LEGAL or lw in HEADS:
            return True
        n = self.lower.get(lw, 0)
        return n > 0 and 4 * n >= self.upper.get(lw, 0)

    def fresh(self, key, make):
        attempt = 0
        while True:
            cand = make(key, attempt)
            if cand.lower() not in self.all_words and cand.lower() not in self.used:
                self.used.add(cand.lower())
                return cand
            attempt += 1

    def new_word(self, w, kind):
        """The replacement of word `w` in a name of kind 'name' (company/service/org) or 'given'/'surname'."""
        key = (kind, w)
        if key in self.word_map:
            return self.word_map[key]
        # case variants of one word ("eBay", "EBay") share the replacement; acronyms stay apart
        for (k, other), v in self.word_map.items():
            if k == kind and other.lower() == w.lower() and is_caps(other) == is_caps(w):
                self.word_map[key] = v
                return v
        if is_caps(w) and kind == "name":
            letters = "BCDFGHKLMNPRSTVWZ"

            def make(k, a):
                # a short acronym's letter space can run out (every form already a word of the texts):
                # after each 500 tries the new form grows by one letter, so the search always ends
                r = h(str(self.seed), "caps", w, str(a))
                longer = "".join(letters[(r >> (4 * (len(w) + i))) % len(letters)] for i in range(a // 500))
                return "".join(letters[(r >> (4 * i)) % len(letters)] if c.isalpha() else c
                               for i, c in enumerate(w)) + longer
        elif kind == "given":
            # given names may repeat across people (as real ones do)
            new = self.given[h(str(self.seed), "g", w) % len(self.given)]
            self.word_map[key] = new
            return new
        elif kind == "surname":
            n = len(self.surnames)

            def make(k, a):
                return self.surnames[(h(str(self.seed), "s", w) + a) % n] if a < n \
                    else pseudo_word("s" + w, self.seed, a - n)
        else:
            n = len(self.pool)

            def make(k, a):
                if a < n:
                    return self.pool[(h(str(self.seed), "n", w.lower()) + a * 7919) % n]
                return pseudo_word(w, self.seed, a - n)
        new = self.fresh(w, make)
        if w.isupper() and len(w) > 1 and kind != "name":
            new = new.upper()
        self.word_map[key] = new
        return new

    # --- names ---------------------------------------------------------------------------------------
    def swap_org_name(self, name, keep=frozenset()):
        """New form of a company / service / organisation name: distinctive words replaced. Words in `keep`
        (those of the article's unswapped entities, e.g. places: "Hampshire" in "Hampshire Constabulary")
        stay; a name of such words and common words only is descriptive and stays whole."""
        words = [m for m in WORD.finditer(name)]
        distinctive = [m for m in words if not self.common(m.group()) and m.group() not in keep]
        if not distinctive and any(m.group() in keep for m in words):
            return name, []
        if not distinctive:
            # all common words: change the first capitalised one that is not a function/legal word
            # ... that is not a function word, legal form or head noun; a bare head ("Commission",
            # "Congress") stays
            cands = [m for m in words if m.group()[:1].isupper() and m.group().lower() not in KEEP_WORDS
                     and m.group().lower() not in LEGAL and m.group().lower() not in HEADS
                     and len(m.group()) > 1 and not any(c.isdigit() for c in m.group())]
            if not cands:
                return name, []
            distinctive = cands[:1]
        return self._rewrite(name, {m.start() for m in distinctive}, "name"), [m.group() for m in distinctive]

    def swap_person_name(self, name):
        words = [m for m in WORD.finditer(name)]
        parts = [m for m in words if m.group().lower() not in KEEP_WORDS and m.group().lower() not in LEGAL]
        kinds = {}
        for i, m in enumerate(parts):
            if len(m.group()) == 1:
                continue  # an initial ("J. Smith") stays
            kinds[m.start()] = "surname" if i == len(parts) - 1 else "given"
        out, last = [], 0
        for m in words:
            if m.start() in kinds:
                out.append(name[last:m.start()])
                out.append(self.person_word(m.group(), kinds[m.start()]))
                last = m.end()
        out.append(name[last:])
        return "".join(out), [m.group() for m in words if m.start() in kinds]

    def person_word(self, w, kind):
        """One replacement per person word, whichever slot it is first seen in (so 'Wu' alone changes as
        'Wu' in the full name did)."""
        for k in ("given", "surname"):
            if (k, w) in self.word_map:
                return self.word_map[(k, w)]
        new = self.new_word(w, kind)
        return new

    def _rewrite(self, s, starts, kind):
        out, last = [], 0
        for m in WORD.finditer(s):
            if m.start() in starts:
                out.append(s[last:m.start()])
                out.append(self.new_word(m.group(), kind))
                last = m.end()
        out.append(s[last:])
        return "".join(out)


def initials(name):
    return "".join(w[0] for w in WORD.findall(name) if w.lower() not in KEEP_WORDS or w == "&").upper()


def swap_article(g, sw, types):
    g = json.loads(json.dumps(g))
    form_map = {}     # old surface form -> new surface form (for text and references)
    word_pass = {}    # distinctive word -> new word (stand-alone occurrences in text)
    protected = set()
    for e in g["entities"]:
        if e["type"] not in types:
            for f in [e["name"]] + list(e.get("aliases") or []):
                protected.update(w for w in WORD.findall(f) if not sw.common(w))
    for e in g["entities"]:
        if e["type"] not in types:
            continue
        person = e["type"] == "Person"
        new_name, changed = sw.swap_person_name(e["name"]) if person else sw.swap_org_name(e["name"], protected)
        new_forms = {e["name"]: new_name}
        for a in e.get("aliases") or []:
            if a in new_forms:
                continue
            if not person and is_caps(a.replace("&", "")) and len(a) >= 2 and initials(e["name"]) == a.upper() \
                    and len(WORD.findall(e["name"])) > 1:
                new = initials(new_name)
                if new == a or new.lower() in sw.all_words:
                    new = sw.new_word(a, "name")
            elif person:
                new, ch = sw.swap_person_name(a)
                changed += ch
            else:
                # words shared with the name take the name's replacement; others are judged alone
                name_words = set(WORD.findall(e["name"]))
                starts = {m.start() for m in WORD.finditer(a)
                          if (m.group() in name_words and (("name", m.group()) in sw.word_map))
                          or (m.group() not in name_words and not sw.common(m.group())
                              and m.group() not in protected)}
                if not starts and new_name == e["name"]:
                    new, ch = a, []
                elif not starts:
                    new, ch = sw.swap_org_name(a, protected)
                    changed += ch
                else:
                    new = sw._rewrite(a, starts, "name")
                    changed += [m.group() for m in WORD.finditer(a) if m.start() in starts]
            new_forms[a] = new
        e["name"] = new_forms[e["name"]]
        e["aliases"] = [new_forms[a] for a in e.get("aliases") or []]
        for old, new in new_forms.items():
            form_map.setdefault(old, new)  # unchanged forms too: matched whole, so kept whole
        for w in changed:
            if person and sw.common(w):
                continue
            key = ("given", w) if ("given", w) in sw.word_map else ("surname", w) if ("surname", w) in sw.word_map \
                else ("name", w)
            if key in sw.word_map:
                word_pass.setdefault(w, sw.word_map[key])
    for w in protected:
        word_pass.pop(w, None)
    for w, new in list(word_pass.items()):
        if w in form_map and form_map[w] != new:
            word_pass.pop(w)
    repl = dict(word_pass)
    repl.update(form_map)
    # surface forms of entities that are not swapped are matched whole and kept ("United Arab Emirates"
    # stays when the company alias "United" changes); a longer swapped form still wins
    for e in g["entities"]:
        if e["type"] not in types:
            for f in [e["name"]] + list(e.get("aliases") or []):
                repl.setdefault(f, f)
    for old, new in list(repl.items()):
        if old.upper() != old and old.upper() not in repl:
            repl[old.upper()] = new.upper()
    rx = None
    if repl:
        alts = sorted(repl, key=lambda s: (-len(s), s))
        # a plural "s" may follow a form ("Dreamliners"): it stays
        rx = re.compile(r"(?<![^\W_])(" + "|".join(re.escape(a) for a in alts) + r")(s?)(?![^\W_])")

    def sub(s):
        if s is None or rx is None:
            return s
        return rx.sub(lambda m: repl[m.group(1)] + m.group(2), s)

    def ref(s):
        return form_map.get(s, s) if s is not None else s

    g["text"] = sub(g["text"])
    g["title"] = sub(g.get("title"))
    for r in g.get("roles", []):
        r["person"], r["org"] = ref(r["person"]), ref(r["org"])
    for r in g.get("relations", []):
        r["s"], r["o"] = ref(r["s"]), ref(r["o"])
    for o in g.get("outages", []):
        o["provider"] = ref(o.get("provider"))
        o["affected"] = [ref(a) for a in o.get("affected") or []]
        o["location"] = ref(o.get("location"))
        o["cause"] = sub(o.get("cause"))
    for d in g.get("dates", []):
        d["text"] = sub(d["text"])
    g["swapped_names"] = {k: v for k, v in sorted(form_map.items()) if k != v}
    return g


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--types", default="Company,Service,Organization,Person")
    ap.add_argument("--vocab-from", action="append", default=[],
                    help="gold folders whose texts also decide common words and what new names avoid "
                         "(default: eval/corpus/train, eval/corpus/dev, eval/news-train)")
    ap.add_argument("--words", choices=["sec", "coined"], default="sec",
                    help="replacement words of companies, services and organisations: first words of little-known "
                         "SEC registrants (default) or made-up words ('Korvane')")
    ap.add_argument("--sec-file", default="/work/shared/datasets/gazetteers/sec_company_tickers.json")
    ap.add_argument("--map", help="write old -> new surface forms here (TSV: id, old, new)")
    ap.add_argument("--avoid-map", action="append", default=[],
                    help="a --map file of another copy (e.g. the evaluation copy of dev): the words of its new "
                         "names are not used here, so a training copy shares no replacement name with it")
    a = ap.parse_args(argv)
    if any(c in os.path.abspath(a.gold).replace(os.sep, "/") for c in CHECK_SETS):
        sys.exit("swap_names: refusing a check set (" + a.gold + ")")
    files = sorted(f for f in os.listdir(a.gold) if f.endswith(".json"))
    golds = [json.load(open(os.path.join(a.gold, f))) for f in files]
    texts = [g["text"] + "\n" + (g.get("title") or "") for g in golds]
    here = os.path.dirname(os.path.abspath(__file__))
    vocab = a.vocab_from or [os.path.join(here, p) for p in ("corpus/train", "corpus/dev", "news-train")]
    for d in vocab:
        if os.path.abspath(d) == os.path.abspath(a.gold):
            continue
        if any(c in os.path.abspath(d).replace(os.sep, "/") for c in CHECK_SETS):
            sys.exit("swap_names: refusing a check set (" + d + ")")
        for f in sorted(os.listdir(d)):
            if f.endswith(".json"):
                gg = json.load(open(os.path.join(d, f)))
                texts.append(gg["text"] + "\n" + (gg.get("title") or ""))
    sec = a.sec_file if a.words == "sec" and os.path.exists(a.sec_file) else None
    if a.words == "sec" and not sec:
        sys.exit("swap_names: no " + a.sec_file + " (use --words coined)")
    avoid = set()
    for f in a.avoid_map:
        for line in open(f, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                avoid.update(set(WORD.findall(parts[2])) - set(WORD.findall(parts[1])))
    sw = Swapper(texts, a.seed, sec, avoid)
    types = set(a.types.split(","))
    os.makedirs(a.out, exist_ok=True)
    rows = []
    for f, g in zip(files, golds):
        s = swap_article(g, sw, types)
        rows += [(s["id"], k, v) for k, v in s["swapped_names"].items()]
        with open(os.path.join(a.out, f), "w") as fh:
            json.dump(s, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    if a.map:
        with open(a.map, "w") as fh:
            for r in rows:
                fh.write("\t".join(r) + "\n")
    print(f"swap_names: {len(files)} articles, {len(rows)} surface forms swapped -> {a.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Invented news-style training pairs for the pair classifier (`train/data/pairs_invented.jsonl`).

Every sentence is generated here from templates written for this project and names invented for it
(companies, services, people); places are real countries and cities. Nothing is taken from the
corpus, ../shared or eval/invented. The templates cover what the corpus (heavy on government text)
lacks and real business news writes all the time:

- roles: titles before names ("Harlow Bank chief executive Ines Wexler"), "X, chief executive of
  Y", "will become / was named / is stepping down as", former roles (current=false), successions;
- relations: "X's acquisition of Y", "X agreed to buy Y" (acquired only), "Y was bought by X",
  "Y, a unit of X", "X-owned Y", "X's A and B" (provider), partnerships, supply deals;
- hard negatives: two companies in one sentence without a relation (rivals, shares, lawsuits,
  bids and talks that are not deals), a person quoted next to a company they do not work for;
- lists, only with `--lists N` (appended after the sentences above, which stay as they were; the
  shipped data has none: head6, trained with `--lists 160`, did not hold, models/PAIRS.md): one
  company and two to four coordinated names, each member holding the relation ("won orders from
  A, B and C", "owns A, B and C", "runs A, B and C", "has bought A and B", "supply deals with A,
  B and C", "its unit X"), and lists that hold none (shares, rivals, fines, results, forecasts).

Output: one JSON line per candidate pair, in the format of `pairs_data.py` (split "train"), with
the pairs every two entities of the sentence make, as `pairs_data.candidates` builds them (role
pairs: Person x Company/Organization/Location; relation pairs: two of Company/Organization/Service,
e1 the one named first). Deterministic (seeded).

  python3 train/pairs_invented.py --out train/data/pairs_invented.jsonl [--n 420] [--lists 0]
"""
import argparse
import json
import random

VERSION = "pairs-invented-2026-12-01"

BANKS = ["Harlow Bank", "Norvane Financial", "Castellan Savings", "Brisk Mutual", "Okonjo Capital",
         "Lindqvist Bank", "Meridale Trust", "Pallister & Crane", "Saffron Bay Bank", "Tavira Credit"]
AIRLINES = ["Skyreach Airways", "Corvell Air", "Aurelia Airlines", "Pinegate Air", "Kestrel Jet",
            "Baltora Airlines", "Sunmarra Air"]
CARMAKERS = ["Vantor Motors", "Kessling Automotive", "Haruno Motor", "Delacroix Autos", "Strom Fahrzeug",
             "Ridgeback Motors", "Zhenlong Auto"]
RETAILERS = ["Brightmart", "Fellows & Finch", "Corran Stores", "ValuHaus", "Marigold Grocers",
             "Pennant Retail", "Ostby Foods"]
TELECOMS = ["Tellanet", "Orvia Telecom", "Kalimba Mobile", "Northwire Communications", "Zentel",
            "Veloce Telecom", "Arbor Networks Group"]
TECH = ["Quillon Systems", "Daxify", "Nimbra Cloud", "Heliotrope Software", "Parsec Labs", "Vyrelle",
        "Cobaltline", "Tessaract Data", "Lumora Technologies", "Finchley Robotics", "Ostara Semiconductor",
        "Brackwater AI"]
OTHER = ["Greyfield Energy", "Solberg Pharma", "Atrium Media", "Kaveri Steel", "Montrose Logistics",
         "Hestia Insurance", "Duskwood Games", "Ellery Foods", "Ravelle Hotels", "Tamsin Chemicals"]
COMPANIES = BANKS + AIRLINES + CARMAKERS + RETAILERS + TELECOMS + TECH + OTHER
SECTOR_OF = {}
for _sec, _names in (("bank", BANKS), ("airline", AIRLINES), ("carmaker", CARMAKERS), ("retailer", RETAILERS),
                     ("telecoms", TELECOMS), ("technology", TECH), ("other", OTHER)):
    for _n in _names:
        SECTOR_OF[_n] = _sec
SUB_SUFFIX = {"bank": ["Wealth", "Securities", "Leasing", "Insurance"], "airline": ["Cargo", "Express", "Holidays"],
              "carmaker": ["Mobility", "Finance", "Trucks"], "retailer": ["Express", "Online", "Pharmacy"],
              "telecoms": ["Broadband", "Wholesale", "Fibre"], "technology": ["Labs", "Cloud", "Security"],
              "other": ["Services", "International", "Solutions"]}
TARGETS = ["Pellucid Health", "Orrin Analytics", "Cantor Bay Software", "Yarrow Payments", "Sable Grid",
           "Quayside Foods", "Wexcombe Air", "Tindall Motors", "Brevis Security", "Halcyon Fibre",
           "Mossgiel Bank", "Ardent Robotics", "Lanyard Media", "Oakhurst Pharmacy", "Pemberley Games",
           "Selkirk Batteries", "Corvina Labs", "Ilex Payments", "Northgate Telecom", "Vireo Mapping"]
SERVICES = {
    "technology": ["Flowdesk", "Nimbus Drive", "Quill Chat", "Parsec Studio", "Lumo Mail", "DataKeel", "Vyre Meet",
                   "Tessa Search", "Cobalt Vault", "Finch Pay"],
    "bank": ["SwiftSave", "HarlowPay", "Castellan Go", "Mutual Mobile", "TrustKey"],
    "telecoms": ["Orvia Home", "Kalimba Money", "Zentel TV", "FibreMax", "Northwire One"],
    "retailer": ["Brightmart Plus", "ValuClub", "Marigold Now", "Corran Click"],
    "airline": ["SkyPoints", "Aurelia Miles", "Kestrel Club"],
    "carmaker": ["Vantor Drive", "Haruno Link", "Ridgeback EV9", "Kessling K4"],
    "other": ["Atrium Play", "Duskwood Arena", "Ravelle Rewards"],
}
ORGS = ["the Financial Conduct Office", "the Competition Board", "the National Aviation Agency",
        "the Telecoms Regulatory Council", "the Ministry of Transport", "the Consumer Protection Bureau",
        "the Federal Trade Panel", "the Union of Rail Workers", "Westbrook University"]
PEOPLE = ["Ines Wexler", "Koharu Tanabe", "Rafael Okonkwo", "Marta Lindgren", "Daniel Achterberg",
          "Priyanka Desai", "Tomasz Wrobel", "Amara Nwosu", "Li Qingyun", "Sophie Marchetti", "Yusuf Demir",
          "Elena Vasquez", "Hamish Calder", "Nadia Haddad", "Kenji Moriyama", "Olivia Brennan", "Arjun Mehra",
          "Chloe Dubois", "Viktor Halvorsen", "Grace Adeyemi", "Mateus Ferreira", "Hye-jin Park",
          "Samuel Oduya", "Freya Nilsen", "Lucas Brandt", "Anita Kovacs", "Benedict Rowe", "Zainab Malik",
          "Pedro Alvarado", "Ingrid Solheim", "Mehmet Aksoy", "Clara Whitfield", "Jun Watanabe",
          "Ruth Abernethy", "Diego Serrano", "Maeve Gallagher", "Tariq Rahman", "Wen Hao", "Lotte de Vries",
          "Callum Pryce"]
PLACES = ["London", "Tokyo", "Frankfurt", "Mumbai", "Sao Paulo", "Toronto", "Sydney", "Seoul", "Lagos",
          "Stockholm", "Madrid", "Singapore", "Chicago", "Paris", "Nairobi", "Dublin", "Milan", "Osaka"]
COUNTRIES = ["Germany", "Japan", "India", "Brazil", "Canada", "Australia", "Kenya", "Spain", "France",
             "Italy", "Ireland", "Sweden", "Mexico", "Poland"]

# title words -> gold title (GUIDELINES.md mapping)
TITLES = [("chief executive", "ceo"), ("chief executive officer", "ceo"), ("CEO", "ceo"), ("boss", "ceo"),
          ("chairman", "chairman"), ("chair", "chairman"), ("chairwoman", "chairman"), ("president", "president"),
          ("chief financial officer", "cfo"), ("finance chief", "cfo"), ("CFO", "cfo"),
          ("chief technology officer", "cto"), ("CTO", "cto"), ("chief operating officer", "coo"),
          ("managing director", "director"), ("senior vice president", "vice-president"),
          ("vice president", "vice-president"), ("general counsel", "executive"),
          ("chief marketing officer", "executive"), ("head of retail banking", "head")]
TOP = [t for t in TITLES if t[1] in ("ceo", "chairman", "president", "cfo", "coo", "cto")]
SAY = ["said", "said on Monday", "told reporters", "said in a statement", "told analysts on a call",
       "said on Thursday", "wrote in a memo to staff", "told investors"]
MONEY = ["$1.2 billion", "$450 million", "2.3 billion euros", "$780 million", "1.1 billion pounds", "$3.4 billion",
         "about $90 million", "600 million Swiss francs"]
WHEN = ["in 2019", "in 2021", "last year", "in March", "two years ago", "in 2016", "in January"]


class S:
    """A sentence under construction: text pieces with entity spans and gold facts."""

    def __init__(self):
        self.text, self.ents, self.roles, self.rels = "", [], [], []

    def t(self, s):
        self.text += s
        return self

    def e(self, name, typ, shown=None):
        shown = shown or name
        start = len(self.text)
        self.text += shown
        self.ents.append((start, start + len(shown), typ, name))
        return self


def build(parts):
    """parts: list of str or (name, type[, shown]); returns S."""
    s = S()
    for p in parts:
        if isinstance(p, str):
            s.t(p)
        else:
            s.e(*p)
    return s


def C(n):
    return (n, "Company")


def P(n):
    return (n, "Person")


def V(n):
    return (n, "Service")


def L(n):
    return (n, "Location")


def O(n):
    return (n, "Organization")


def poss(name):
    return "'" if name.endswith("s") else "'s"


def cap(s):
    return s[0].upper() + s[1:]


def article(title):
    return "an" if title[0].lower() in "aeiou" else "a"


def sub_of(r, parent):
    sec = SECTOR_OF.get(parent, "other")
    base = parent.split()[0]
    return f"{base} {r.choice(SUB_SUFFIX[sec])}"


def service_of(r, company, k=1):
    sec = SECTOR_OF.get(company, "technology")
    return r.sample(SERVICES[sec], k)


def gen_role(r):
    p, p2 = r.sample(PEOPLE, 2)
    c, c2 = r.sample(COMPANIES, 2)
    tw, tl = r.choice(TITLES)
    tw2, tl2 = r.choice(TOP)
    say = r.choice(SAY)
    place = r.choice(PLACES)
    k = r.randrange(17)
    roles = []
    if k == 0:
        parts = [C(c), f" {tw} ", P(p), f" {say} the results were better than expected."]
        roles = [(p, c, tl, True)]
    elif k == 1:
        parts = [P(p), f", {tw} of ", C(c), f", {say} that demand had slowed."]
        roles = [(p, c, tl, True)]
    elif k == 2:
        parts = [C(c), poss(c) + f" {tw}, ", P(p), f", {say} the company would cut 300 jobs."]
        roles = [(p, c, tl, True)]
    elif k == 3:
        parts = [P(p), f" will become {tw2} of ", C(c), f" in {r.choice(['April', 'June', 'the new year', 'October'])}, the {r.choice(['company', 'group', 'firm'])} said."]
        roles = [(p, c, tl2, True)]
    elif k == 4:
        parts = [C(c), f" named ", P(p), f" as its new {tw2}, replacing ", P(p2), ", who retired after eight years."]
        roles = [(p, c, tl2, True), (p2, c, tl2, False)]
    elif k == 5:
        parts = [P(p), f" was named {tw2} of ", C(c), f" on {r.choice(['Monday', 'Friday', 'Wednesday'])}."]
        roles = [(p, c, tl2, True)]
    elif k == 6:
        parts = [P(p), f" stepped down as {tw2} of ", C(c), f" after {r.choice(['a profit warning', 'a board dispute', 'six years in the job', 'the data breach'])}."]
        roles = [(p, c, tl2, False)]
    elif k == 7:
        parts = [P(p), f" is stepping down as {tw2} of ", C(c), " at the end of the year, the company said."]
        roles = [(p, c, tl2, True)]
    elif k == 8:
        parts = [f"Former ", C(c), f" {tw2} ", P(p), f" joined ", C(c2), f" as {tw}."]
        roles = [(p, c, tl2, False), (p, c2, tl, True)]
    elif k == 9:
        parts = [P(p), f", who founded ", C(c), f" in {r.choice(['1998', '2007', '2012', 'a garage in ' + place])}, {say}."]
        roles = [(p, c, "founder", True)]
    elif k == 10:
        parts = [P(p), " succeeded ", P(p2), f" as {tw2} of ", C(c), " in 2022."]
        roles = [(p, c, tl2, True), (p2, c, tl2, False)]
    elif k == 11:  # negative: analyst talking about another company
        parts = [P(p), f", an analyst at ", C(c2), f", said ", C(c), " was likely to raise prices."]
        roles = [(p, c2, "analyst", True)]
    elif k == 12:  # negative: a customer quoted next to a company
        parts = [f"\"I waited two hours,\" said ", P(p), f", a {r.choice(['shopper', 'passenger', 'customer', 'commuter'])} in ", L(place), f", who uses ", C(c), "."]
    elif k == 13:  # negative: an executive commenting on a rival
        parts = [P(p), f", {tw2} of ", C(c), ", said rival ", C(c2), f" had {r.choice(['cut prices', 'lost customers', 'moved too slowly'])}."]
        roles = [(p, c, tl2, True)]
    elif k == 14:
        parts = [C(c), " co-founder ", P(p), f" sold part of her stake, a filing showed." if r.random() < 0.5 else " sold part of his stake, a filing showed."]
        roles = [(p, c, "cofounder", True)]
    elif k == 15:  # a minister (country as org) next to a company: no role at the company
        country = r.choice(COUNTRIES)
        parts = [L(country), f"'s {r.choice(['finance', 'transport', 'economy'])} minister ", P(p), " met executives from ", C(c), f" in ", L(place), "."]
        roles = [(p, country, "minister", True)]
    else:
        parts = [C(c), " spokeswoman ", P(p), " declined to comment on the talks with ", C(c2), "."]
        roles = [(p, c, "spokesperson", True)]
    s = build(parts)
    s.roles = roles
    return s


def gen_rel(r):
    a, b = r.sample(COMPANIES, 2)
    tgt = r.choice(TARGETS)
    money = r.choice(MONEY)
    when = r.choice(WHEN)
    k = r.randrange(24)
    rels = []
    if k == 0:
        parts = [f"Since ", C(a), poss(a) + " acquisition of ", C(tgt), f" {when}, the unit has doubled its sales."]
        rels = [(a, "acquired", tgt), (tgt, "parentOrganization", a)]
    elif k == 1:
        parts = [C(a), f" agreed to buy ", C(tgt), f" for {money}, the companies said on {r.choice(['Monday', 'Tuesday', 'Sunday'])}."]
        rels = [(a, "acquired", tgt)]
    elif k == 2:
        parts = [C(a), f" completed its {money} takeover of ", C(tgt), f" {when}."]
        rels = [(a, "acquired", tgt), (tgt, "parentOrganization", a)]
    elif k == 3:
        parts = [C(tgt), f" was bought by ", C(a), f" {when} for {money}."]
        rels = [(a, "acquired", tgt), (tgt, "parentOrganization", a)]
    elif k == 4:
        s_ = sub_of(r, a)
        parts = [C(s_), f", a unit of ", C(a), f", {r.choice(['reported a loss', 'hired 200 engineers', 'opened an office in ' + r.choice(PLACES)])}."]
        rels = [(s_, "parentOrganization", a)]
    elif k == 5:
        parts = [C(a), f"-owned ", C(tgt), f" {r.choice(['raised its prices', 'cut 400 jobs', 'reported record sales'])}."]
        rels = [(tgt, "parentOrganization", a)]
    elif k == 6:
        s1, s2 = service_of(r, a, 2)
        parts = [f"Users reported problems with ", C(a), poss(a) + " ", V(s1), " and ", V(s2), f" on {r.choice(['Tuesday', 'Friday'])} morning."]
        rels = [(s1, "provider", a), (s2, "provider", a)]
    elif k == 7:
        sv = service_of(r, a)[0]
        parts = [V(sv), f", the {r.choice(['app', 'platform', 'service'])} run by ", C(a), f", now has {r.choice(['10 million', '800,000', '3 million'])} users."]
        rels = [(sv, "provider", a)]
    elif k == 8:
        sv = service_of(r, a)[0]
        parts = [C(a), f" launched ", V(sv), f" in ", L(r.choice(COUNTRIES)), " last week."]
        rels = [(sv, "provider", a)]
    elif k == 9:
        parts = [C(a), " and ", C(b), f" formed a joint venture to build {r.choice(['batteries', 'data centres', 'charging stations', 'satellites'])}."]
        rels = [(a, "partner", b)]
    elif k == 10:
        parts = [C(a), f" signed a {r.choice(['five-year', 'multi-year', '$200 million'])} deal to supply ", C(b), f" with {r.choice(['chips', 'cloud computing', 'jet fuel', 'steel', 'software'])}."]
        rels = [(a, "partner", b)]
    elif k == 11:
        parts = [C(a), f" has partnered with ", C(b), f" to offer {r.choice(['loans', 'mobile payments', 'streaming', 'insurance'])} in ", L(r.choice(COUNTRIES)), "."]
        rels = [(a, "partner", b)]
    elif k == 12:  # negatives: market report
        parts = [f"Shares of ", C(a), f" rose {r.randint(2, 9)}% while ", C(b), f" fell {r.randint(1, 6)}%."]
    elif k == 13:
        parts = [C(a), f" and ", C(b), f" both reported higher {r.choice(['profits', 'revenue', 'passenger numbers'])} for the quarter."]
    elif k == 14:
        parts = [C(a), f" competes with ", C(b), f" for {r.choice(['corporate clients', 'young drivers', 'budget travellers', 'small businesses'])}."]
    elif k == 15:
        parts = [C(a), f" sued ", C(b), f" over {r.choice(['a patent', 'unpaid fees', 'a trademark', 'a failed contract'])}."]
    elif k == 16:
        parts = [C(a), f" is in talks to buy ", C(tgt), f", people familiar with the matter said."]
    elif k == 17:
        parts = [C(a), f" abandoned its {money} bid for ", C(tgt), f" after regulators objected."]
    elif k == 18:
        parts = [C(a), f" has considered buying ", C(tgt), f", according to analysts."]
    elif k == 19:
        org = r.choice(ORGS)
        parts = [cap(org[:4]) if org.startswith("the ") else "", O(org[4:] if org.startswith("the ") else org), f" fined ", C(a), f" {money} over {r.choice(['misleading adverts', 'a data breach', 'late refunds'])}."]
    elif k == 20:
        sv = service_of(r, a)[0]
        parts = [f"Customers of ", C(b), f" could not reach ", V(sv), f", the {r.choice(['app', 'service'])} operated by ", C(a), "."]
        rels = [(sv, "provider", a)]
    elif k == 21:
        s_ = sub_of(r, a)
        parts = [C(a), poss(a) + f" {r.choice(['cargo', 'leasing', 'software', 'retail', 'payments'])} arm, ", C(s_), f", {r.choice(['will be listed in ' + r.choice(PLACES), 'was renamed', 'grew quickly'])}."]
        rels = [(s_, "parentOrganization", a)]
    elif k == 22:
        parts = [C(tgt), f", which {r.choice(['is owned by', 'belongs to', 'is controlled by'])} ", C(a), f", {r.choice(['lost', 'won'])} a contract with ", C(b), "."]
        rels = [(tgt, "parentOrganization", a), (tgt, "partner", b)]
    else:
        parts = [C(a), " said ", C(b), f" would {r.choice(['buy', 'order'])} {r.choice(['40 aircraft', 'its routers', 'its software'])} from it."]
        rels = [(b, "partner", a)]
    parts = [p for p in parts if p != ""]
    s = build(parts)
    s.rels = rels
    return s


def listed(items, wrap):
    """Parts of a coordinated list: "A, B and C"."""
    out = []
    for i, x in enumerate(items):
        if i and i == len(items) - 1:
            out.append(" and ")
        elif i:
            out.append(", ")
        out.append(wrap(x))
    return out


def gen_list(r):
    """A sentence with a coordinated list of names (`--lists`, see the module's docstring)."""
    a = r.choice(COMPANIES)
    others = [c for c in COMPANIES if c != a]
    n = r.choice([2, 3, 3, 4])
    k = r.randrange(12)
    rels = []
    if k == 0:
        bs = r.sample(others, n)
        parts = [C(a), " won orders from "] + listed(bs, C) + \
            [f" {r.choice(['at the air show', 'worth ' + r.choice(MONEY), 'this year', 'on Tuesday'])}."]
        rels = [(a, "partner", b) for b in bs]
    elif k == 1:
        bs = r.sample(others, n)
        parts = [C(a), f" has signed {r.choice(['supply deals', 'contracts', 'long-term agreements'])} with "] + \
            listed(bs, C) + [f" to provide {r.choice(['chips', 'cloud services', 'batteries', 'jet fuel', 'payment systems'])}."]
        rels = [(a, "partner", b) for b in bs]
    elif k == 2:
        sfx = SUB_SUFFIX[SECTOR_OF.get(a, "other")]
        subs = [f"{a.split()[0]} {x}" for x in r.sample(sfx, min(n, len(sfx)))]
        parts = [C(a), f" {r.choice(['owns', 'controls', 'runs'])} "] + listed(subs, C) + \
            [f", {r.choice(['according to its annual report', 'the company said', 'which together employ 9,000 people'])}."]
        rels = [(x, "parentOrganization", a) for x in subs]
    elif k == 3:
        svs = service_of(r, a, min(n, len(SERVICES[SECTOR_OF.get(a, "technology")])))
        parts = [C(a), f", which {r.choice(['makes', 'runs', 'operates'])} "] + listed(svs, V) + \
            [f", {r.choice(['reported higher sales', 'cut its forecast', 'hired a new chief executive'])}."]
        rels = [(x, "provider", a) for x in svs]
    elif k == 4:
        ts = r.sample(TARGETS, min(n, 3))
        parts = [C(a), " has bought "] + listed(ts, C) + [f" since {r.choice(['2018', '2020', '2015'])}."]
        rels = [(a, "acquired", t) for t in ts] + [(t, "parentOrganization", a) for t in ts]
    elif k == 5:
        svs = service_of(r, a, min(2, len(SERVICES[SECTOR_OF.get(a, "technology")])))
        parts = ["Millions of people use ", C(a), poss(a) + " "] + listed(svs, V) + [" every day."]
        rels = [(x, "provider", a) for x in svs]
    elif k == 6:
        sub = sub_of(r, a)
        parts = [C(a), f" said its {r.choice(['unit', 'arm', 'subsidiary', 'business'])} ", C(sub),
                 f" would {r.choice(['hire 300 people', 'open a hub in ' + r.choice(PLACES), 'be sold next year'])}."]
        rels = [(sub, "parentOrganization", a)]
    elif k == 7:  # lists that hold no relation
        bs = r.sample(others, n)
        parts = ["Shares of ", C(a), ", "] + listed(bs, C) + \
            [f" {r.choice(['fell', 'rose', 'were little changed'])} on {r.choice(['Monday', 'Friday'])}."]
    elif k == 8:
        bs = r.sample(others, n)
        parts = [C(a), " competes with "] + listed(bs, C) + [f" in {r.choice(COUNTRIES)}."]
    elif k == 9:
        org = r.choice(ORGS)
        bs = r.sample(others, n)
        parts = [cap(org[:4]) if org.startswith("the ") else "", O(org[4:] if org.startswith("the ") else org),
                 " fined "] + listed(bs, C) + [f" over {r.choice(['late refunds', 'misleading adverts', 'data breaches'])}."]
    elif k == 10:
        bs = r.sample(others, n)
        parts = listed([a] + bs, C) + \
            [f" all reported {r.choice(['higher', 'lower'])} {r.choice(['profits', 'sales'])} this quarter."]
    else:
        bs = r.sample(others, n)
        parts = ["Analysts expect ", C(a), " to overtake "] + listed(bs, C) + [" by 2027."]
    parts = [p for p in parts if p != ""]
    s = build(parts)
    s.rels = rels
    return s


def pairs(s, doc):
    """Candidate pairs of one sentence, labelled, in pairs_data.candidates' order."""
    first = {}
    for (st, en, typ, name) in s.ents:
        first.setdefault(name, (st, en, typ))
    order = sorted(first.items(), key=lambda kv: kv[1][0])
    out = []
    for i in range(len(order)):
        for j in range(i + 1, len(order)):
            (na, (as_, ae, ta)), (nb, (bs, be, tb)) = order[i], order[j]
            if ta == "Person" and tb in ("Company", "Organization", "Location"):
                out.append(("role", (na, as_, ae, ta), (nb, bs, be, tb)))
            elif tb == "Person" and ta in ("Company", "Organization", "Location"):
                out.append(("role", (nb, bs, be, tb), (na, as_, ae, ta)))
            elif ta in ("Company", "Organization", "Service") and tb in ("Company", "Organization", "Service"):
                out.append(("rel", (na, as_, ae, ta), (nb, bs, be, tb)))
    recs = []
    for kind, e1, e2 in out:
        rec = {"split": "train", "doc": doc, "sent": [0, len(s.text)], "text": s.text, "kind": kind,
               "e1": {"start": e1[1], "end": e1[2], "type": e1[3], "ent": e1[0]},
               "e2": {"start": e2[1], "end": e2[2], "type": e2[3], "ent": e2[0]},
               "roles": [], "current": None, "rels": []}
        if kind == "role":
            hits = [(t, cur) for (p, o, t, cur) in s.roles if p == e1[0] and o == e2[0]]
            rec["roles"] = sorted({t for t, _ in hits})
            if hits:
                rec["current"] = all(c for _, c in hits)
        else:
            labs = set()
            for (sub, pred, obj) in s.rels:
                if sub == e1[0] and obj == e2[0]:
                    labs.add(pred + ">")
                elif sub == e2[0] and obj == e1[0]:
                    labs.add(pred + "<")
            rec["rels"] = sorted(labs)
        recs.append(rec)
    return recs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="train/data/pairs_invented.jsonl")
    ap.add_argument("--n", type=int, default=420, help="sentences (half role, half relation templates)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--lists", type=int, default=0,
                    help="list sentences appended, from a generator of their own (head6 used 160; not shipped)")
    a = ap.parse_args()
    r = random.Random(a.seed)
    seen, recs, stats = set(), [], {}

    def keep(s):
        seen.add(s.text)
        for rec in pairs(s, f"inv-pairs-{len(seen):04d}"):
            for lab in rec["roles"] or rec["rels"] or ["none:" + rec["kind"]]:
                stats[lab] = stats.get(lab, 0) + 1
            recs.append(rec)

    i = 0
    while len(seen) < a.n:
        s = gen_role(r) if i % 2 == 0 else gen_rel(r)
        i += 1
        if s.text in seen:
            continue
        keep(s)
    rl = random.Random(a.seed + 1)
    start = len(seen)
    while len(seen) < start + a.lists:
        s = gen_list(rl)
        if s.text in seen:
            continue
        keep(s)
    with open(a.out, "w") as f:
        for rec in recs:
            f.write(json.dumps(rec) + "\n")
    print(f"{VERSION}: {len(seen)} sentences, {len(recs)} pairs")
    print(" ".join(f"{k} {v}" for k, v in sorted(stats.items())))


if __name__ == "__main__":
    main()

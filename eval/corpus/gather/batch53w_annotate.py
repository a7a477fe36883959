#!/usr/bin/env python3
"""Batch 53w gold annotations (the texts of batch53w.py: the Antitrust Division's release of 25 July 2001 on a
Philadelphia grand jury indicting Ishihara Sangyo Kaisha Ltd. (ISK Japan) and three of its executives, each named with
his post, one also chairman of its U.S. subsidiary ISK Magnetics Inc., for fixing MIO particle prices; the Division's
2003 release on the superseding indictment adding a price-fixing count against Ian P. Norris, former chief executive of
The Morgan Crucible Company plc), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`; the Morgan text has `published` null, so only its absolute expressions are listed (GUIDELINES).
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53u; GUIDELINES section 2): 'U.S. District Court in <city>' ->
Organization 'U.S. District Court' (51t, 52f, 53t, 53u); datelines ('WASHINGTON, D.C.') -> Location (53k, 53r, 53t,
53u; one place, as 42z); a city and its state or country -> two Locations ('Osaka, Japan', 'Bethlehem, Pennsylvania',
as 53t's 'Ft. Lauderdale, Fla.'); 'Japanese', 'United Kingdom corporation' (modifiers) -> the country only where the
text also names it on its own ('Osaka, Japan'; 'a resident of the United Kingdom', **doubtful** for the UK: both its
mentions are attributive or of residence -- kept, as the place Morgan and Norris are tied to); a parenthesised short
name ('(ISK Japan)', '(Morgan)') -> alias; 'its U.S. subsidiary, ISK Magnetics Inc.' -> parentOrganization(ISK
Magnetics Inc., Ishihara Sangyo Kaisha Ltd.) (GUIDELINES: subsidiary statements); 'president' -> president;
'Senior Managing Director' -> director (GUIDELINES: managing director -> director); 'Chairman of its U.S. subsidiary'
-> chairman at the subsidiary; 'Deputy General Manager' -> executive (GUIDELINES: 'manager' -> executive); 'former
Chief Executive Officer' -> ceo, current false; 'president during the charged period' -> current false (**doubtful**:
'during the charged period' read as 'then'); the Department of Justice -> Organization, 'the Division's' (cut away) and
'the grand jury' -> nothing; product classes (MIO particles, carbon brushes, carbon products), charges and counts ->
nothing; spans 'from 1991 to 1998' -> one item per year; 'late 1989' -> the year (GUIDELINES: 'late 2006' -> year);
'today' -> one item where `published` is known.
usage: batch53w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
USDC = "U.S. District Court"
ISK = "Ishihara Sangyo Kaisha Ltd."
ISKM = "ISK Magnetics Inc."
MORGAN = "The Morgan Crucible Company plc"
A = {}

# ---- Ishihara Sangyo Kaisha Ltd. (MIO), Antitrust Division, published 2001-07-25 (a Wednesday) ------------------------
A["us-doj-atr-ishihara-sangyo-kaisha-isk-magnetics-three-executives-mio-price-fixing-indictment-2001"] = dict(
 # Companies: Ishihara Sangyo Kaisha Ltd. ('a Japanese manufacturer of magnetic iron oxide (MIO) particles' first,
 # then named with '(ISK Japan)': alias), ISK Magnetics Inc. ('its U.S. subsidiary'). Organizations: Department of
 # Justice ('announced the Department of Justice'), U.S. District Court ('in U.S. District Court in Philadelphia').
 # People: Takashi Akizawa, Atuso Kinoshita, Yoshiaki Tsujimura (none named again: no aliases). Locations:
 # WASHINGTON, D.C. (dateline), Philadelphia ('A federal grand jury in Philadelphia', the court's city), United States
 # ('in the United States and elsewhere', 'in the United States during the conspiracy period'), Osaka, Japan ('of
 # Osaka, Japan'; 'Japanese' beside it a modifier), Bethlehem, Pennsylvania ('previously located in Bethlehem,
 # Pennsylvania': the subsidiary's former seat, still a named place). Not annotated: 'MIO' / 'magnetic iron oxide'
 # (a product class, not an org), 'the conspirators' / 'co-conspirators' (unnamed), 'a federal grand jury' (no name),
 # 'U.S.' in 'its U.S. subsidiary' (a modifier; the United States is annotated from its own mentions)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Philadelphia"),
           E("Location", "United States"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Company", ISK, "ISK Japan"),
           E("Location", "Osaka"),
           E("Location", "Japan"),
           E("Person", "Takashi Akizawa"),
           E("Person", "Atuso Kinoshita"),
           E("Company", ISKM),
           E("Location", "Bethlehem"),
           E("Location", "Pennsylvania"),
           E("Person", "Yoshiaki Tsujimura")],
 # 'three of its executives -- Takashi Akizawa, president during the charged period' -> president at Ishihara Sangyo
 # Kaisha Ltd., current false (**doubtful**: 'during the charged period' (1991-1998) read as a then-post; a reader
 # may keep it current). 'Atuso Kinoshita, Senior Managing Director' -> director at ISK (GUIDELINES: managing
 # director -> director; **doubtful**: a Japanese 'senior managing director' is an officer rank, executive would also
 # do) 'and also Chairman of its U.S. subsidiary, ISK Magnetics Inc.' -> chairman at ISK Magnetics Inc.; both current
 # (no tense word). 'Yoshiaki Tsujimura, Deputy General Manager' -> executive at ISK (GUIDELINES: 'manager'), current.
 # 'its executives' sets all three at ISK
 roles=[R("Takashi Akizawa", "president", ISK, False),
        R("Atuso Kinoshita", "director", ISK),
        R("Atuso Kinoshita", "chairman", ISKM),
        R("Yoshiaki Tsujimura", "executive", ISK)],
 # 'its U.S. subsidiary, ISK Magnetics Inc.' -> parentOrganization(ISK Magnetics Inc., Ishihara Sangyo Kaisha Ltd.).
 # Near-misses: the Antitrust Division ('the Division's' only in the cut sentence: not in the text, no entity); the
 # co-conspirators (unnamed); the Department and the court (no tie stated)
 relations=[L(ISKM, "parentOrganization", ISK)],
 outages=[],
 # 'today indicted' -> 'today' 2001-07-25; 'from 1991 to 1998' -> '1991' 1991, '1998' 1998. Skipped: 'the charged
 # period', 'the conspiracy period' (spans named by reference only)
 dates=[D("today", "2001-07-25"), D("1991", "1991"), D("1998", "1998")])

# ---- Ian P. Norris / The Morgan Crucible Company plc, Antitrust Division, published null (2003) -----------------------
A["us-doj-atr-morgan-crucible-former-ceo-norris-carbon-products-price-fixing-superseding-indictment-2003"] = dict(
 # Companies: The Morgan Crucible Company plc ('(Morgan)' and 'of Morgan': alias 'Morgan'). Organizations: Department
 # of Justice, U.S. District Court ('in U.S. District Court in Philadelphia'). People: Ian P. Norris ('Norris' once:
 # alias). Locations: WASHINGTON, D.C. (dateline), Philadelphia ('A Philadelphia federal grand jury', the court's
 # city), United Kingdom ('a United Kingdom corporation', 'a resident of the United Kingdom'; **doubtful**: a reader
 # may leave out a country named only as an attribute and a residence), United States ('carried out in the United
 # States'). Not annotated: the carbon products and their six types (product classes), 'original equipment
 # manufacturers' (generic), 'the grand jury' (no name)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Philadelphia"),
           E("Company", MORGAN, "Morgan"),
           E("Location", "United Kingdom"),
           E("Organization", DOJ),
           E("Person", "Ian P. Norris", "Norris"),
           E("Organization", USDC),
           E("Location", "United States")],
 # 'the former Chief Executive Officer of The Morgan Crucible Company plc' / 'Ian P. Norris, former Chief Executive
 # Officer of Morgan' -> ceo at The Morgan Crucible Company plc, current false ('former'). Nobody else is named
 roles=[R("Ian P. Norris", "ceo", MORGAN, False)],
 # No relation: Morgan's U.S. subsidiary (Morganite Inc., in the court papers and later releases) is not in the text
 # (near-miss); no Antitrust Division named in the kept text
 relations=[],
 outages=[],
 # `published` null: only absolute expressions. 'September 24, 2003' -> 2003-09-24; 'late 1989' -> 1989 (GUIDELINES:
 # 'late 2006' -> the year); 'May 2000' -> 2000-05. Skipped: 'today' (no `published` to resolve it against)
 dates=[D("September 24, 2003", "2003-09-24"), D("late 1989", "1989"), D("May 2000", "2000-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

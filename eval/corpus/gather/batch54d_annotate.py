#!/usr/bin/env python3
"""Gold for batch 54d (session 55, gatherer 54d: two Antitrust Division releases on international cartels -- Tokai
Carbon Co. Ltd. charged and agreeing to plead guilty in the graphite electrodes cartel, with UCAR International Inc.
and 'Showa Denko Carbon Inc., a United States subsidiary of the Japanese firm Showa Financing KK' named as earlier
pleas and The Carbide/Graphite Group in the leniency programme (29 April 1999); three executives of Ueno Fine
Chemicals Industry Ltd. ('a member of Ueno's Board of Directors', the general manager of the Sales Department and a
sales manager in 'Ueno's Chemical Division') and 'a salesman in Daicel's Organic Chemicals Division' indicted for
fixing sorbate prices, Ueno agreeing to plead guilty (23 January 2001)), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53zq; GUIDELINES section 2): the Department of Justice an
Organization, 'Justice Department' ("the Justice Department's") its alias; the Antitrust Division ->
parentOrganization(Antitrust Division, Department of Justice) where both are named (53u, 42h, 42w; **doubtful** in
Tokai, where the text never ties them in words); 'Assistant Attorney General for Antitrust' -> head at the Antitrust
Division (53zq's 'Assistant Attorney General for the Antitrust Division'; **doubtful**: 'Antitrust' there is the
field, the Division named only in his quotation); 'U.S. District Court in <city>' -> Organization 'U.S. District
Court' (51t-53zq); the dateline 'WASHINGTON, D.C.' -> one Location (42z, 53zh-53zq); a city and its state -> two
Locations (53t, 53w, 53zq); 'U.S.' before a noun ('U.S. commerce') -> alias of the United States (49e's 'U.S.
graphite electrodes business', 43g, 45h, 45s); 'Japanese' ('a Japanese company', 'the Japanese firm', 'Japanese
citizens') -> no entity (53u: modifiers); 'X, a United States subsidiary of Y' -> parentOrganization(X, Y);
"X's <Name> Division" -> the division a Company and parentOrganization(division, X) (GUIDELINES: "X's Y division";
the corpus's 'Plastics Division', 'Gas Turbine Division', 'Information and Learning Division'); a post in a named
division -> the role at the division (the ProQuest 'Information and Learning Division' CFO record); 'a member of X's
Board of Directors' -> director at X; 'general manager' and 'sales manager' -> executive (GUIDELINES: 'manager' ->
executive); 'salesman' -> no role (GATHERING, batch 27's junior posts); a surname-free company short form ('Tokai',
'Ueno', 'Daicel') -> alias; 'the company', 'the Department', 'a federal grand jury', 'the grand jury',
'co-conspirators', 'antitrust enforcers' -> nothing; programmes (the Corporate Leniency Program), laws (the Sherman
Antitrust Act), products (graphite electrodes, sorbates) -> nothing; 'today' -> one item (53t-53zq); durations
('17-year') -> skipped; a year range 'from 1979 to 1996' -> the two years.
usage: batch54d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
TKC = "Tokai Carbon Co. Ltd."
SDC = "Showa Denko Carbon Inc."
SFK = "Showa Financing KK"
JIK = "Joel I. Klein"
UFC = "Ueno Fine Chemicals Industry Ltd."
DCI = "Daicel Chemical Industries Ltd."
UCD = "Chemical Division"
DOC = "Organic Chemicals Division"
A = {}

# ---- Tokai Carbon Co. Ltd., graphite electrodes, published 1999-04-29 (a Thursday) -----------------------------------
A["us-doj-atr-tokai-carbon-japanese-graphite-electrodes-cartel-plea-ucar-showa-denko-carbon-subsidiary-1999"] = dict(
 # Companies: Tokai Carbon Co. Ltd. ('a Japanese company' and 'The company' first: generic; 'Tokai' alias), UCAR
 # International Inc. (named once), Showa Denko Carbon Inc. (named once), Showa Financing KK ('the Japanese firm
 # Showa Financing KK'), The Carbide/Graphite Group ('The' kept: the name as the text writes it at the sentence's
 # start, the company's own name starting with it; **doubtful**, a reader may write 'Carbide/Graphite Group').
 # Organizations: Department of Justice ('The Department of Justice today charged'; "the Justice Department's ongoing
 # criminal investigation": alias 'Justice Department'), U.S. District Court ('filed in U.S. District Court in
 # Philadelphia, Pennsylvania'), Antitrust Division ("the Antitrust Division's top priority", "the Antitrust
 # Division's Corporate Leniency Program"). Person: Joel I. Klein (not named again). Locations: WASHINGTON, D.C.
 # (dateline), United States ('sold in the United States and elsewhere', 'a United States subsidiary', 'in the United
 # States and around the world'), Philadelphia and Pennsylvania (the court's city; 'Pittsburgh, Pennsylvania'), Danbury
 # and Connecticut (UCAR's town), Pittsburgh (Carbide/Graphite's city). Not annotated: 'U.S.' (only inside 'U.S.
 # District Court'), 'Japanese' (modifier, twice), the Corporate Leniency Program and the 'Leniency Program' (a
 # programme; the second mention cut), the Sherman Antitrust Act (a law), 'antitrust enforcers', 'Americans',
 # 'businesses and consumers', 'all members of the international cartel' (unnamed)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Organization", DOJ, "Justice Department"),
           E("Location", "United States"),
           E("Organization", USDC),
           E("Location", "Philadelphia"),
           E("Location", "Pennsylvania"),
           E("Company", TKC, "Tokai"),
           E("Company", "UCAR International Inc."),
           E("Location", "Danbury"),
           E("Location", "Connecticut"),
           E("Company", SDC),
           E("Company", SFK),
           E("Person", JIK),
           E("Organization", ATR),
           E("Company", "The Carbide/Graphite Group"),
           E("Location", "Pittsburgh")],
 # 'said Joel I. Klein, Assistant Attorney General for Antitrust' -> head at the Antitrust Division, current (no tense
 # word): **doubtful** -- the post names the field ('for Antitrust'), the Division only in his own words that follow
 # (53zq gave head for 'Assistant Attorney General for the Antitrust Division'); a reader may set head at the
 # Department of Justice or give no role. Near-misses: no officer of Tokai, UCAR, Showa Denko Carbon, Showa Financing
 # or Carbide/Graphite named (UCAR's Hart and Krass are in other releases of the matter, not taken)
 roles=[R(JIK, "head", ATR)],
 # 'Showa Denko Carbon Inc., a United States subsidiary of the Japanese firm Showa Financing KK' ->
 # parentOrganization(Showa Denko Carbon Inc., Showa Financing KK). The Antitrust Division under the Department of
 # Justice: both named, the tie not written ("the Justice Department's ... investigation", "the Antitrust Division's
 # top priority") -- kept as 53u kept it where both are named (**doubtful**). Near-misses: Tokai, UCAR, Showa Denko
 # Carbon and Carbide/Graphite as members of one cartel (competitors: no partner); Showa Denko K.K. (the Japanese
 # group behind Showa Denko Carbon, named only in the court papers, not in this text); Carbide/Graphite 'accepted into'
 # the Division's programme (no relation between a company and an agency's programme)
 relations=[L(SDC, "parentOrganization", SFK),
            L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'today charged' -> 'today' 1999-04-29; 'from at least as early as July 1992' -> 'July 1992' 1992-07; 'until at
 # least June 1997' -> 'June 1997' 1997-06. Not a date: "In today's global economy" (the present age, not the day:
 # near-miss -- a reader may list "today's" as 1999-04-29); 'earlier announced' (no day)
 dates=[D("today", "1999-04-29"), D("July 1992", "1992-07"), D("June 1997", "1997-06")])

# ---- Ueno Fine Chemicals Industry Ltd. / Komatsu, Katsuyama, Shinoda; Daicel / Hayashi, published 2001-01-23 ---------
A["us-doj-atr-ueno-fine-chemicals-board-member-sales-managers-daicel-salesman-sorbates-indictment-2001"] = dict(
 # Companies: Ueno Fine Chemicals Industry Ltd. ('Ueno' four times: alias; 'a Japanese chemical producer' generic),
 # Daicel Chemical Industries Ltd. ('the Japanese chemical giant' generic; "Daicel's": alias 'Daicel'), Chemical
 # Division ("Ueno's Chemical Division", twice) and Organic Chemicals Division ("Daicel's Organic Chemicals
 # Division") -- named divisions, Company as the corpus types them (**doubtful**: the names are generic; a reader may
 # leave them out and put the posts at the companies). Organizations: Department of Justice ('the Department of
 # Justice announced'), U.S. District Court ('filed in U.S. District Court in San Francisco'). People: Yuji Komatsu,
 # Yoshihiko Katsuyama, Wakao Shinoda, Hitoshi Hayashi (none named again). Locations: WASHINGTON, D.C. (dateline),
 # United States ('sold in the United States and elsewhere'; 'U.S. commerce': alias 'U.S.'), San Francisco (the
 # court's city). Not annotated: the Sales Department ('general manager of the Sales Department in Ueno's Chemical
 # Division': a department inside a division, the text's smallest unit -- near-miss, **doubtful**: a reader may add it
 # with parentOrganization Chemical Division), 'Board of Directors' (a board, not a unit), 'Japanese' (modifier,
 # three times), 'a federal grand jury' / 'the grand jury', 'other corporate and individual co-conspirators'
 # (unnamed), sorbates, potassium sorbate, sorbic acid (products)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Company", UFC, "Ueno"),
           E("Company", DCI, "Daicel"),
           E("Organization", DOJ),
           E("Location", "United States", "U.S."),
           E("Organization", USDC),
           E("Location", "San Francisco"),
           E("Person", "Yuji Komatsu"),
           E("Person", "Yoshihiko Katsuyama"),
           E("Company", UCD),
           E("Person", "Wakao Shinoda"),
           E("Person", "Hitoshi Hayashi"),
           E("Company", DOC)],
 # 'Yuji Komatsu, a member of Ueno's Board of Directors' -> director at Ueno Fine Chemicals Industry Ltd., current.
 # 'Yoshihiko Katsuyama, general manager of the Sales Department in Ueno's Chemical Division' -> executive at the
 # Chemical Division, current (GUIDELINES: 'manager' -> executive; the department not annotated, so the post sits at
 # the division that holds it, as the ProQuest division's CFO -- **doubtful**: a reader may set it at Ueno). 'Wakao
 # Shinoda, a sales manager in Ueno's Chemical Division' -> executive at the Chemical Division, current (the same
 # reading). No tense word on any post: current true ('Three top executives of Ueno'). 'Hitoshi Hayashi, a salesman
 # in Daicel's Organic Chemicals Division' -> no role (a salesman is a junior post: no role, GATHERING batch 27;
 # **doubtful**: the release calls him 'an executive from ... Daicel', so a reader may give executive at Daicel or at
 # the Organic Chemicals Division). Near-miss: 'Three top executives' (a count, the three named men)
 roles=[R("Yuji Komatsu", "director", UFC),
        R("Yoshihiko Katsuyama", "executive", UCD),
        R("Wakao Shinoda", "executive", UCD)],
 # "Ueno's Chemical Division" -> parentOrganization(Chemical Division, Ueno Fine Chemicals Industry Ltd.); "Daicel's
 # Organic Chemicals Division" -> parentOrganization(Organic Chemicals Division, Daicel Chemical Industries Ltd.).
 # Near-misses: Ueno and Daicel in one conspiracy (competitors: no partner); the Sales Department under the Chemical
 # Division (not annotated); no Antitrust Division in the kept text (its name falls in the cut part, if anywhere)
 relations=[L(UCD, "parentOrganization", UFC),
            L(DOC, "parentOrganization", DCI)],
 outages=[],
 # 'were indicted today' -> 'today' 2001-01-23; 'from 1979 to 1996' -> '1979' 1979, '1996' 1996. Skipped: '17-year'
 # (a duration), 'annually' (no value)
 dates=[D("today", "2001-01-23"), D("1979", "1979"), D("1996", "1996")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

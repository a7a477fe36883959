#!/usr/bin/env python3
"""Batch 45zt gold annotations (the texts of batch45zt.py: the Justice Department's release on the suit and proposed
settlement over France Telecom's and Deutsche Telekom A.G.'s plan to buy stock in Sprint Corporation and form a joint
venture with it, Anne K. Bingaman quoted, 13 July 1995; and the Antitrust Division's release on the settlement letting
Chancellor Media Corporation go forward with its acquisition of Kunz & Company once assets in four counties are sold,
Joel I. Klein quoted, 12 November 1998), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l, 45s, 45w, 45zb, 45zf, 45zn and 45zq for the Division's texts; GUIDELINES
section 2): a planned joint venture of named companies that the Department lets go ahead on a settlement -> partner
between the named parties, direction as written (16i's Supervalu/Donstekim, 45zq's Marin: **doubtful**, not yet said to
be formed); a purchase of stock in a company with no control stated -> nothing (a minority stake, 37o's Union Pacific;
GUIDELINES: only acquisitions); an acquisition the Department lets 'go forward' on a settlement, not said to have closed
-> agreed: acquired only (40zi, 43o, 45w); "the Department's Antitrust Division" after 'the Justice Department' or 'the
Department of Justice' -> the Division under the Department (43q), the Department named as the text names it ('The
Justice Department' only -> 'Justice Department'); 'Assistant Attorney General in charge of the Antitrust Division' ->
head of the Division, current; the dateline 'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 44m,
45g, 45w, 45zb, 45zf, 45zn, 45zq), beside 'Washington, D.C.' -> 'Washington, D.C.' with the dateline an alias (43q's
WDC, 45s); 'U.S. District Court in Washington, D.C.' -> 'U.S. District Court', the city apart (41h, 43c, 44e, 45g, 45l,
45s); 'U.S.' as the country's only form -> Location 'U.S.' (43g, 45h, 45s; **doubtful**: an adjective); counties named
together ('Kern, Kings, and Inyo Counties') -> each bare name a Location (37q, 45i, 45s); towns, states and countries
of headquarters -> Locations; 'today' resolved against `published`; a year of revenues ('1994 revenues') -> the year.
usage: batch45zt_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zt/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ
from batch43q_annotate import WDC

A = {}

# ---- Sprint / France Telecom / Deutsche Telekom, Office of Public Affairs release, published 1995-07-13 (a Thursday) --
JD = "Justice Department"
FT = "France T\u201al\u201acom"
DT = "Deutsche Telekom A.G."
SPR = "Sprint Corporation"
AKB = "Anne K. Bingaman"
A["us-doj-sprint-france-telecom-deutsche-telekom-joint-venture-settlement-1995"] = dict(
 # Companies: France T\u201al\u201acom (three times, "France T\u201al\u201acom's" once, as the archived page prints it: the
 # name taken character for character, U+201A for each accented 'e' -- the text's only form; **doubtful**: a reader
 # may want 'France Telecom', a form not in the text), Deutsche Telekom A.G. (once; 'Deutsche Telekom' twice more, an
 # alias), Sprint Corporation (once; 'Sprint' twice more, an alias). Organizations: the Justice Department ('The
 # Justice Department'; 'The Department' and "The Department's" generic forms; the text never writes 'Department of
 # Justice', so the name is the text's), the Antitrust Division ("The Department's Antitrust Division", 'the Antitrust
 # Division'). Person: Anne K. Bingaman. Locations: the dateline 'WASHINGTON, D.C.' (the city's only form, named as
 # written), 'U.S.' (three times, 'a U.S. long distance firm', 'other U.S. telecommunications firms', 'U.S.
 # competitors': the country's only form, as 45s's bare 'U.S.'; **doubtful**: an adjective, a reader may leave it
 # out), Westwood and Kansas ('Sprint, of Westwood, Kansas'), Bonn and Germany ('headquartered in Bonn, Germany', 'the
 # monopoly provider in Germany'), Paris and France ('headquartered in Paris, France', 'the monopoly provider in
 # France'; 'France' inside 'France T\u201al\u201acom' is part of the company's name). Not annotated: 'three of the
 # world's major telecommunications firms', 'foreign monopoly firms', 'a U.S. long distance firm' (generic), 'the
 # joint venture' (unnamed in the kept text), 'competitors' (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", JD), E("Location", "U.S."),
           E("Organization", ATR), E("Company", FT), E("Company", DT, "Deutsche Telekom"),
           E("Company", SPR, "Sprint"), E("Person", AKB), E("Location", "Westwood"), E("Location", "Kansas"),
           E("Location", "Bonn"), E("Location", "Germany"), E("Location", "Paris"), E("Location", "France")],
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current
 roles=[R(AKB, "head", ATR)],
 # "The Department's Antitrust Division" after 'The Justice Department' -> the Division under the Department (43q),
 # written to the name the text gives ('Justice Department', not ATR_DOJ's 'Department of Justice').
 # 'a plan by France T\u201al\u201acom and Deutsche Telekom A.G., to ... form a joint venture with Sprint to provide global
 # telecommunications services', 'their more than $4.5 billion joint business deal' -> a joint venture of three named
 # companies, let go ahead on a settlement: partner(France T\u201al\u201acom, Sprint Corporation) and partner(Deutsche
 # Telekom A.G., Sprint Corporation), direction as written (the two buyers the plan's subjects, Sprint its object;
 # **doubtful**: a venture still to be formed, 'proposed settlement', as 45zq's Marin; a reader may give nothing), and
 # partner(France T\u201al\u201acom, Deutsche Telekom A.G.) (the two making one plan together, a joint bid in GUIDELINES'
 # words, and both to be in the venture: 'three of the world's major telecommunications firms ... their ... joint
 # business deal'; **doubtful**: a reader may link each only to Sprint). 'to purchase $4 billion of stock in Sprint
 # Corporation' -> a purchase of shares with no control stated (the kept text gives no share; the case papers' 20% are
 # not in it) -> nothing (**near-miss**: a minority stake, 37o; a reader may record acquired or parentOrganization).
 # 'the monopoly provider in Germany' / 'in France' -> no relation to a Location (GUIDELINES' relations are between
 # organisations)
 relations=[L(ATR, "parentOrganization", JD), L(FT, "partner", SPR), L(DT, "partner", SPR), L(FT, "partner", DT)],
 outages=[],
 # 'today' -> 1995-07-13 (`published`, itself taken from the suit's filing date: see the pool notes). '1994' ('with
 # 1994 revenues of $44 billion', 'in 1994 revenues': one text, one value, listed once) -> 1994. Not dates: '$4.5
 # billion', '$4 billion', '$12.6 billion', '$44 billion', '$28 billion' (amounts), 'annual' (no calendar value)
 dates=[D("today", "1995-07-13"), D("1994", "1994")])

# ---- Chancellor Media / Kunz & Company, Division release, published 1998-11-12 (a Thursday) ---------------------------
CMC = "Chancellor Media Corporation"
KUNZ = "Kunz & Company"
JIK = "Joel I. Klein"
A["us-doj-chancellor-media-kunz-outdoor-advertising-divestiture-1998"] = dict(
 # Companies: Chancellor Media Corporation (once; 'Chancellor' twice more and "Chancellor's" once, an alias), Kunz &
 # Company (once; 'Kunz' and "Kunz's" once each, an alias). Organizations: the Department of Justice ('The Department
 # of Justice'; "The Department's" generic), the Antitrust Division ('the Antitrust Division' in Klein's title, "The
 # Department's Antitrust Division"), the court ('U.S. District Court in Washington, D.C.' -> 'U.S. District Court',
 # the city apart, 45s; 'the court' generic). Person: Joel I. Klein (once). Locations: Washington, D.C. (the court's
 # seat; the dateline 'WASHINGTON, D.C.' an alias: 43q's WDC, 45s), Kern, Kings and Inyo ('Kern, Kings, and Inyo
 # Counties, California': three counties, each bare name a Location as 45s's Broward and Dade; **doubtful**: a reader
 # may write 'Inyo Counties' as printed or '... County', a form not in the text), California, Mojave County ('Mojave
 # County, Arizona', the name as printed), Arizona. Not annotated: 'outdoor advertising assets', 'billboard space'
 # (assets, a product class), 'business consumers', 'local and small business consumers' (generic), 'the four
 # counties' (generic), 'a proposed settlement' (a document)
 entities=[WDC, E("Organization", DOJ), E("Company", CMC, "Chancellor"), E("Company", KUNZ, "Kunz"),
           E("Location", "Kern"), E("Location", "Kings"), E("Location", "Inyo"), E("Location", "California"),
           E("Location", "Mojave County"), E("Location", "Arizona"), E("Person", JIK), E("Organization", ATR),
           E("Organization", "U.S. District Court")],
 # 'said Joel I. Klein, Assistant Attorney General in charge of the Antitrust Division' -> head of the Antitrust
 # Division, current (45w, 45zf)
 roles=[R(JIK, "head", ATR)],
 # "The Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department
 # (43q). 'a settlement today with Chancellor Media Corporation allowing it to go forward with its $39.5 million
 # acquisition of Kunz & Company' -> an acquisition let go ahead on a settlement, not said to have closed -> agreed:
 # acquired(Chancellor Media Corporation, Kunz & Company) only (40zi, 43o, 45w; **doubtful**: the fourth paragraph
 # speaks of 'Chancellor's original proposal to acquire Kunz's outdoor advertising business' and the headline of
 # 'OUTDOOR ADVERTISING ASSETS' -- a reader may take it for a purchase of a business's assets, nothing under
 # GUIDELINES; the kept text's first and fullest statement names the company). 'Chancellor agreed to divest outdoor
 # advertising assets in ...' -> a sale of assets to no named buyer -> nothing (**near-miss**). 'Chancellor and Kunz
 # are head-to-head competitors' -> rivals, no relation (**near-miss**). 'filed suit today ... to block Chancellor's
 # original proposal' -> the suit blocks the deal as first proposed; the settled deal goes forward, so the acquired
 # link stands
 relations=[ATR_DOJ, L(CMC, "acquired", KUNZ)],
 outages=[],
 # 'today' (twice: one text, one value, listed once) -> 1998-11-12. Not dates: 'At the same time' (relative to the
 # filing, the same day, no text of its own to resolve), '$39.5 million', '$5 million' (amounts)
 dates=[D("today", "1998-11-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

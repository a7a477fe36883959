#!/usr/bin/env python3
"""Batch 53zo gold annotations (the texts of batch53zo.py: the Department's release of 30 November 1994 on W. Francis
Cummins, 'a former manager for Meadow Gold Dairies Inc., a subsidiary of Borden Inc.', charged with rigging bids on
school milk contracts in western Illinois and eastern Iowa; the Department's release of 23 June 1997 on Schutz
International Inc. and 'Schutz's former president, Richard F. Machas', agreeing to plead guilty to rigging bids on
advertising displays sold to Miller Brewing Company; the Division's release of 26 August 1999 on Lubbock Glass & Mirror
Company and its president Delbert Sanders charged with rigging bids on architectural flat glass contracts), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53zm; GUIDELINES section 2): "the Department's Antitrust
Division" and "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of
Justice) (53t, 53r, 53zh, 53zm); 'Assistant Attorney General in charge of the Department's Antitrust Division' -> head
at the Antitrust Division, current (53t, 53zh); 'X, a subsidiary of Y' -> parentOrganization(X, Y) (the lane's
parent-and-unit rule; 53zh's Elkem note); 'U.S. District Court in <city>' -> Organization 'U.S. District Court'
(51t-53zm); the dateline 'WASHINGTON, D.C.' -> one Location (42z, 53zh, 53zm); a city and its state -> two Locations
(53t, 53w, 53zh, 53zm); 'the U.S.' -> Location 'U.S.' (53zm); a surname alone and a company's short form -> alias
(53zh, 53zm); 'president' -> president; 'manager' -> executive (GUIDELINES); 'former' -> current false; posts with no
tense word -> current true; 'its president' / 'its top executive' tied to a name only by the sentences around it ->
the role as the text states it (**doubtful** where noted); 'the Department' / "the Department's" (generic after the
full name), 'the government', 'unnamed co-conspirators', 'competing dairies', 'general contractors', 'Major breweries'
(unnamed) -> nothing; product classes (school milk, dairy products, point-of-purchase displays, architectural flat
glass), charges, laws (the Sherman Act) -> nothing; 'today' -> one item 'today' (53t, 53zh, 53zm); a school year
('the 1989-90 school year') -> skipped (not a calendar period: GUIDELINES' fiscal-quarter rule, **doubtful**).
usage: batch53zo_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zo/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
MGD = "Meadow Gold Dairies Inc."
BORDEN = "Borden Inc."
WFC = "W. Francis Cummins"
SCHUTZ = "Schutz International Inc."
RFM = "Richard F. Machas"
LGM = "Lubbock Glass & Mirror Company"
A = {}

# ---- W. Francis Cummins / Meadow Gold Dairies Inc. (Borden Inc.), published 1994-11-30 (a Wednesday) ------------------
A["us-doj-atr-meadow-gold-dairies-borden-subsidiary-former-manager-cummins-school-milk-bid-rigging-1994"] = dict(
 # Companies: Borden Inc. ('a Borden Inc. subsidiary', 'a subsidiary of Borden Inc.'), Meadow Gold Dairies Inc.
 # ('Meadow Gold' twice in the last paragraph: alias). Organizations: Department of Justice ("the Department of
 # Justice's Antitrust Division"; 'The Department said' generic after it), Antitrust Division (twice), U.S. District
 # Court ('filed in U.S. District Court in Peoria, Illinois'). Person: W. Francis Cummins ('Cummins' twice: alias).
 # Locations: WASHINGTON, D.C. (dateline), Illinois ('western Illinois', 'Peoria, Illinois', 'Springfield, Illinois' --
 # the state, with a direction word once, as 53zm's 'southern Illinois'), Iowa ('eastern Iowa'), Peoria, Springfield
 # (Cummins' home town). Not annotated: 'a former dairy manager' as a second person (the same man, named two paragraphs
 # on), '63 corporations and 57 individuals' and 'the other conspirators' (unnamed), 'competing dairies' (unnamed),
 # 'public school districts' (unnamed), the Chicago Field Office, Frances C. Hulin, the FBI's St. Louis office, Jeremiah
 # (Jay) Nixon and Roland W. Burris (only in the cut paragraph: near-misses)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Company", BORDEN),
           E("Location", "Illinois"),
           E("Location", "Iowa"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Organization", USDC),
           E("Location", "Peoria"),
           E("Person", WFC, "Cummins"),
           E("Location", "Springfield"),
           E("Company", MGD, "Meadow Gold")],
 # 'Cummins is a former manager for Meadow Gold Dairies Inc.' -> executive (GUIDELINES: 'manager' -> executive),
 # current false ('former'; 'A former dairy manager of a Borden Inc. subsidiary' in the first paragraph agrees).
 # Near-miss: a role at Borden Inc. (he managed for the subsidiary, not the parent: none given)
 roles=[R(WFC, "executive", MGD, False)],
 # 'Meadow Gold Dairies Inc., a subsidiary of Borden Inc.' -> the subsidiary under its parent; "the Department of
 # Justice's Antitrust Division" -> the Division under the Department. Near-misses: the dairies and the schools (the
 # rigged contracts' buyers are unnamed: no partner); Meadow Gold and 'competing dairies' (a cartel, unnamed: none)
 relations=[L(MGD, "parentOrganization", BORDEN),
            L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'charged today' -> 'today' 1994-11-30; 'from 1986' -> 1986; 'Since July 1992' -> 'July 1992' 1992-07. Skipped: 'the
 # 1989-90 school year' (a school year spanning two calendar years: **doubtful**, a reader may give 1989 or 1990), 'To
 # date' (by reference)
 dates=[D("today", "1994-11-30"), D("1986", "1986"), D("July 1992", "1992-07")])

# ---- Schutz International Inc. / Richard F. Machas; Miller Brewing Company, published 1997-06-23 (a Monday) -----------
A["us-doj-atr-schutz-international-former-president-machas-miller-brewing-point-of-purchase-displays-plea-1997"] = dict(
 # Companies: Miller Brewing Company ('advertising displays sold to Miller Brewing Company in Milwaukee'), Schutz
 # International Inc. ('An Illinois advertising display company' first; 'Schutz' four times and "Schutz's": alias).
 # Organizations: Department of Justice ('said the Department of Justice'; "The Department's" / 'the Department'
 # generic after it), Antitrust Division ("The Department's Antitrust Division"), U.S. District Court ('in U.S.
 # District Court in Milwaukee'). Person: Richard F. Machas ('Machas' three times: alias). Locations: WASHINGTON, D.C.
 # (dateline), Illinois ('An Illinois advertising display company', 'Morton Grove, Illinois', 'Lake Forest,
 # Illinois'), Milwaukee (Miller's city and the court's), Morton Grove, Lake Forest, U.S. ('Major breweries in the
 # U.S.'). Not annotated: '20 cases against nine companies and 17 individuals' (unnamed), 'suppliers of
 # point-of-purchase displays', 'Major breweries' (unnamed), 'co-conspirators' (only in the cut paragraph)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Illinois"),
           E("Company", "Miller Brewing Company"),
           E("Location", "Milwaukee"),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Organization", USDC),
           E("Company", SCHUTZ, "Schutz"),
           E("Location", "Morton Grove"),
           E("Person", RFM, "Machas"),
           E("Location", "Lake Forest"),
           E("Location", "U.S.")],
 # "Schutz's former president, Richard F. Machas" -> president at Schutz International Inc., current false
 # ('former'). 'its top executive' in the first paragraph is the same man and the same post, present-tense there
 # ('An Illinois advertising display company and its top executive'): **doubtful** -- the release calls him the
 # company's top executive today and its former president two sentences later; the named post with 'former' is taken,
 # and no second (executive, current) role is added
 roles=[R(RFM, "president", SCHUTZ, False)],
 # "The Department's Antitrust Division" -> the Division under the Department. Near-misses: Schutz and Miller Brewing
 # Company (the rigged displays were 'sold to Miller Brewing Company', but the text does not say Schutz held or won a
 # Miller contract -- the cut paragraph speaks of 'contracts for the sale of point-of-purchase displays to Miller' by
 # the conspirators as a group: **doubtful**, a reader may add partner(Schutz International Inc., Miller Brewing
 # Company) as a supply contract; 53zm left RG&E out the same way); the display makers among themselves (a cartel: no
 # partnership)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'plead guilty today' / 'filed criminal charges today' -> 'today' 1997-06-23; 'which began in 1992' -> 1992.
 # Skipped: 'Thus far' (by reference), 'each year' (no date)
 dates=[D("today", "1997-06-23"), D("1992", "1992")])

# ---- Lubbock Glass & Mirror Company / president Delbert Sanders, published 1999-08-26 (a Thursday) --------------------
A["us-doj-atr-lubbock-glass-mirror-company-president-sanders-architectural-flat-glass-bid-rigging-charge-1999"] = dict(
 # Company: Lubbock Glass & Mirror Company ('A Lubbock, Texas, glass and mirror company' first). Organizations:
 # Department of Justice ('said the Department of Justice'; "the Department's" generic after it), U.S. District Court
 # ('filed in U.S. District Court in Lubbock, Texas'), Antitrust Division ("the Department's Antitrust Division").
 # People: Delbert Sanders, Joel I. Klein (neither named again). Locations: WASHINGTON, D.C. (dateline), Lubbock ('A
 # Lubbock, Texas, glass and mirror company', 'the Lubbock, Texas area', the court's city), Texas (three times). Not
 # annotated: 'Lubbock' inside the company's name as its own mention (the company's name is the company; the city is
 # annotated from its own mentions), 'unnamed co- conspirators' and 'corporate co-conspirator' (unnamed), 'general
 # contractors' (unnamed), the Dallas Field Office and the FBI's Dallas Division (only in the cut sentence: near-misses)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Lubbock"),
           E("Location", "Texas"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Company", LGM),
           E("Person", "Delbert Sanders"),
           E("Person", "Joel I. Klein"),
           E("Organization", ATR)],
 # 'A Lubbock, Texas, glass and mirror company and its president were charged today' and, in the next paragraph,
 # 'Lubbock Glass & Mirror Company and Delbert Sanders were charged' -> president(Delbert Sanders, Lubbock Glass &
 # Mirror Company), current (no tense word; the headline 'TEXAS GLASS AND MIRROR COMPANY AND ITS PRESIDENT' agrees):
 # **doubtful** only in that the post and the name are joined across two sentences, not in one appositive. 'Joel I.
 # Klein, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the Antitrust
 # Division, current (53t, 53zh)
 roles=[R("Delbert Sanders", "president", LGM),
        R("Joel I. Klein", "head", ATR)],
 # "the Department's Antitrust Division" -> the Division under the Department. Near-misses: the company and the
 # 'general contractors' it bid to (unnamed: no partner); 'corporate co-conspirator' (a cartel, unnamed)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'charged today' -> 'today' 1999-08-26; 'From March 1991 until at least May 1998' -> 'March 1991' 1991-03, 'May
 # 1998' 1998-05
 dates=[D("today", "1999-08-26"), D("March 1991", "1991-03"), D("May 1998", "1998-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

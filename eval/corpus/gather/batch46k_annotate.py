#!/usr/bin/env python3
"""Batch 46k gold annotations (the texts of batch46k.py: the Antitrust Division's weekly summary dated 1 March 1993 on
Urethane Applications, Inc.'s bid-rigging charge and the civil suit, settled by a proposed consent decree, on Texas
Commerce Bank-Beaumont N.A.'s purchase of New First City Bank-Beaumont N.A. (Texas Commerce Bancshares, Chemical
Banking Corp., the FDIC); and its weekly summary dated 5 October 1992 on Ollie L. Wood's bid-rigging charge and the
Ingersoll-Rand / Dresser pump merger cleared once pump lines and assets go to Goulds Pumps), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42w, 42z, 43c, 43j, 43m, 43o, 43q, 44c, 45s, 45w, 45zt, 45zw, 46b, 46e
and 46i for the Division's texts; GUIDELINES section 2): a proposed purchase challenged and settled by a consent
decree filed with the complaint (the deal to go ahead, pending) -> agreed: `acquired` only, no parentOrganization
(42w-43v, 44c, 46e); 'Y, a subsidiary of X' and 'which is a subsidiary of X' -> parentOrganization(Y, X); 'Y ... sold
by X' -> X owned Y: parentOrganization(Y, X) (the seller's ownership, relations carrying no time; as 46i's 'from News
America'); a "merger" of two named companies' operations with no buyer stated -> nothing (GUIDELINES); a sale of
'certain ... lines and assets' -> an asset purchase: nothing (GUIDELINES); 'its president' -> president, current;
'former division manager and division sales manager for X' -> executive ('manager' -> executive, GUIDELINES), not
current; 'The Department of Justice, Antitrust Division' -> the Division under the Department (**doubtful**, as 46b
and 46i: named side by side); 'Justice Department' beside 'Department of Justice' -> an alias; 'U.S. District Court
in <city>' -> 'U.S. District Court' with the place apart (41h, 43c, 44e, 46b, 46i); 'U.S.' in a case name ('U.S. v.')
-> the plaintiff, a Location 'U.S.' (43h, 43j, 45zt, 46i); laws, court papers, case, criminal and civil numbers, the
courts' abbreviations inside them ('E.D. Pa.', 'N.D. Tex.', 'M.D.N.C.') and the judicial district ('the Northern
District of Texas') not annotated as their own entities; a bare short name after the full name -> an alias; the
items' dates '2/23/93', '9/25/92' read month/day/year (US style); relative dates resolved against `published`.
usage: batch46k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- Texas Commerce / New First City Bank-Beaumont; Urethane Applications, weekly summary, published 1993-03-01 ----
URE = "Urethane Applications, Inc."
DF = "Donald Freeman"
TCB = "Texas Commerce Bancshares, Inc."
TCBB = "Texas Commerce Bank-Beaumont N.A."
NFCB = "New First City Bank-Beaumont N.A."
CHEM = "Chemical Banking Corp."
FDIC = "Federal Deposit Insurance Corporation"
A["us-doj-texas-commerce-bancshares-new-first-city-bank-beaumont-weekly-summary-1993"] = dict(
 # Location 'U.S.' (the plaintiff in both heading lines, 'U.S. v. ...'; **doubtful**, as 46i's). Companies: Urethane
 # Applications, Inc. (twice, heading and body), Texas Commerce Bancshares, Inc. (the heading's form, with its comma;
 # the body's 'Texas Commerce Bancshares Inc.' without it and '(TCB)' are aliases), Texas Commerce Bank-Beaumont N.A.
 # (the body's form; the heading's 'Texas Commerce Bank-Beaumont. N.A.', a full stop before 'N.A.', kept as an alias:
 # **doubtful**, a misprint of the same name, as 46i's 'Delta Pride Catfish. Inc.'), New First City Bank-Beaumont
 # N.A. ('New First City-Beaumont' once more, a short form: an alias), Chemical Banking Corp. Person: Donald Freeman.
 # Organizations: the U.S. District Court ('U.S. District Court in Philadelphia, Pennsylvania' and 'U.S. District
 # Court in the Northern District of Texas': one court name, the places apart), the Federal Deposit Insurance
 # Corporation (a federal agency). Locations: Philadelphia, Pennsylvania (also in 'in Pennsylvania, New Jersey and New
 # York'), North Salem, New York ('of North Salem, New York' and the list: the state; 'New York City' is its own
 # entity), New Jersey, Texas ('Houston, Texas'), Houston, New York City ('Chemical Banking Corp., New York City').
 # Not annotated: 'One-count information', 'Criminal No.: 93-00097 (E.D. Pa.)', 'Civil No.: 3-93CVO368-D (N.D.
 # Tex.)', the Sherman Act and the Clayton Act (laws), 'the Northern District of Texas' (a judicial district),
 # 'Beaumont' (only inside the banks' names), 'the 20 bridge banks', 'business banking services', 'the court'
 # (generic). No Department of Justice or Antitrust Division: neither is named in the kept text
 entities=[E("Location", "U.S."), E("Company", URE), E("Person", DF), E("Organization", "U.S. District Court"),
           E("Company", TCB, "Texas Commerce Bancshares Inc.", "TCB"),
           E("Company", TCBB, "Texas Commerce Bank-Beaumont. N.A."), E("Company", NFCB, "New First City-Beaumont"),
           E("Company", CHEM), E("Organization", FDIC)]
          + locs("Philadelphia", "Pennsylvania", "North Salem", "New York", "New Jersey", "Texas", "Houston",
                 "New York City"),
 # 'Urethane Applications, Inc. of North Salem, New York, and its president and principal shareholder, Donald
 # Freeman' -> president of Urethane Applications, Inc., current (the charge does not end the post; 'principal
 # shareholder' a holding, no title)
 roles=[R(DF, "president", URE)],
 # 'Texas Commerce Bank-Beaumont N.A., a subsidiary of Texas Commerce Bancshares Inc. (TCB) of Houston, Texas, which
 # is a subsidiary of Chemical Banking Corp.' -> two parentOrganization (the chain as written; no link from the bank
 # to Chemical Banking Corp. added, as earlier rounds gave only stated links). 'the proposed acquisition of New First
 # City Bank-Beaumont N.A. by Texas Commerce Bank-Beaumont N.A.', challenged by a complaint filed with 'a proposed
 # consent decree ... which, if approved by the court, will resolve the suit' -> settled, the deal pending: acquired
 # (Texas Commerce Bank-Beaumont N.A., New First City Bank-Beaumont N.A.) only (**doubtful**: the text says
 # 'proposed' and the decree's terms are cut; as 42w-43v's settled deals; the buyer is the subsidiary bank as the
 # text names it, not its holding company). 'New First City-Beaumont is one of the 20 bridge banks sold by the
 # Federal Deposit Insurance Corporation last month' -> the FDIC owned the bridge bank: parentOrganization(New First
 # City Bank-Beaumont N.A., Federal Deposit Insurance Corporation) (**doubtful**: a bridge bank the FDIC ran as
 # receiver and sold; a reader may leave the agency out, or read 'sold' as the purchase itself completed).
 # Urethane Applications and Donald Freeman's charge -> no relation
 relations=[L(TCBB, "parentOrganization", TCB), L(TCB, "parentOrganization", CHEM), L(TCBB, "acquired", NFCB),
            L(NFCB, "parentOrganization", FDIC)],
 outages=[],
 # '2/23/93' (both heading lines; the same text and value, one item) -> 1993-02-23; 'last month' -> resolved
 # against `published` (1993-03-01, GUIDELINES: always) -> 1993-02 (**doubtful**: against the item's own date,
 # 2/23/93, it would be January 1993). Not dates: '93-00097', '3-93CVO368-D' (case numbers), 'Section 1', 'Section
 # 7', '$5 million'
 dates=[D("2/23/93", "1993-02-23"), D("last month", "1993-02")])

# ---- Ingersoll-Rand / Dresser pump merger; Ollie L. Wood, weekly summary, published 1992-10-05 (a Monday) ----------
OLW = "Ollie L. Wood"
FOR = "Flav-O-Rich, Inc."
IR = "Ingersoll-Rand Co."
DRS = "Dresser Industries Inc."
GOU = "Goulds Pumps"
A["us-doj-ingersoll-rand-dresser-pump-merger-goulds-pumps-weekly-summary-1992"] = dict(
 # Location 'U.S.' (the plaintiff in 'U.S. v. Ollie L. Wood'; **doubtful**, as the other summary). Person: Ollie L.
 # Wood (twice). Organizations: the U.S. District Court ('in Greensboro, North Carolina'), the Department of Justice
 # ('The Department of Justice, Antitrust Division'; the heading's 'Justice Department', an alias; 'the Department',
 # "the Department's" generic), the Antitrust Division. Companies: Flav-O-Rich, Inc., Ingersoll-Rand Co. (once;
 # 'Ingersoll-Rand' in the heading and the body, and inside "Ingersoll-Rand*s" with the archive's asterisk, an
 # alias), Dresser Industries Inc. (once; 'Dresser' three times, an alias), Goulds Pumps (a pump maker). Locations:
 # Greensboro, North Carolina (also 'school boards in North Carolina'), the United States. Not annotated:
 # 'Criminal No.: CR92-220-01-G (M.D.N.C.)', 'One-count information', the Sherman Act (a law), 'certain school
 # boards', 'public schools' (unnamed), 'the chemical, pulp and paper industries', 'pump operations', 'pump lines and
 # assets' (generic)
 entities=[E("Location", "U.S."), E("Person", OLW), E("Organization", "U.S. District Court"), E("Company", FOR),
           E("Organization", DOJ, "Justice Department"), E("Organization", ATR), E("Company", IR, "Ingersoll-Rand"),
           E("Company", DRS, "Dresser"), E("Company", GOU)]
          + locs("Greensboro", "North Carolina", "United States"),
 # 'Ollie L. Wood, former division manager and division sales manager for Flav-O-Rich, Inc.' -> executive at
 # Flav-O-Rich, Inc. ('manager' -> executive; the two posts one role), current=false ('former')
 roles=[R(OLW, "executive", FOR, False)],
 # 'The Department of Justice, Antitrust Division' -> the Division under the Department (**doubtful**, as 46b and
 # 46i). 'the proposed merger of the pump operations of Ingersoll-Rand Co. and Dresser Industries Inc.' -> a merger
 # of two companies' operations with no buyer stated -> nothing (**near-miss**; a reader may see a joint venture
 # and give partner(Ingersoll-Rand Co., Dresser Industries Inc.): **doubtful**, the text never says 'joint venture').
 # 'Ingersoll-Rand and Dresser will sell certain pump lines and assets to Goulds Pumps' -> an asset purchase, pending
 # -> nothing (**near-miss**). The Department's February 1992 intent to sue -> no relation. Ollie L. Wood's charge
 # -> no relation
 relations=[ATR_DOJ],
 outages=[],
 # '9/25/92' -> 1992-09-25; 'as early as 1982' -> '1982' 1982; 'through June 1988' -> 'June 1988' 1988-06;
 # '9/28/92' -> 1992-09-28; 'In February 1992' -> 'February 1992' 1992-02. Not dates: 'CR92-220-01-G' (a criminal
 # number), 'Section 1'; the title's week is not in the text
 dates=[D("9/25/92", "1992-09-25"), D("1982", "1982"), D("June 1988", "1988-06"), D("9/28/92", "1992-09-28"),
        D("February 1992", "1992-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Gold annotations (the texts of batch52g.py: three CFTC enforcement press releases -- the administrative complaint
against 'International Futures Corporation (IFC), a registered introducing broker (IB) located in Washington, D.C.',
over its '"Hermes" managed account program', and against its guarantor 'LIT Division of First Options of Chicago (LIT)',
with the settled order against 'Robert J. Rubel, IFC's former Chief Executive Officer and President' (4179-98, 17
August 1998); the February 2002 sweep of 'four enforcement actions charging a total of nineteen firms and individuals'
with illegal forex, 'James E. Newsome, Chairman of the CFTC' quoted (4611-02, 27 February 2002); the complaint and asset
freeze against The Liberty Mutual Group, Inc., Addison Financial Group, Inc., Addison Management Group, Inc., Hamlin
Mercer Group, Inc. and Colfax Management Group, Inc. '(collectively, Addison Enterprise)', 'Lerner, as president of the
Addison Enterprise', Forefront Investment LP, Todd Guthrie and Benji Dayan (5340-07, 25 May 2007)), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Addison file to test, the sweep file to train, the IFC file to dev.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf, 51zk, 51zl, 51zs, 52a; looked up in the corpus's files by their gold only
where other matters): regulators -> Organization, the fullest name the text gives ('Commodity Futures Trading
Commission' in 4179-98, which never writes 'U.S.'; 'U.S. Commodity Futures Trading Commission' in the others), 'CFTC'
as alias; 'Chairman of the CFTC' -> chairman at the CFTC (49k's Newsome); Congress -> Organization; a federal district
court -> Organization as written, its judge -> Person with no role (51n, 51o, 51zs, 52a); 'former Chief Executive
Officer and President' -> ceo and president, current=false; 'as president of' -> president; a firm's named trading or
account program -> Service with provider its firm (the lane's funds and programs, 'Veras Capital Master Fund', 'Nations
Funds'); 'Firm (Short)' and a surname alone -> aliases; 'City, State' -> one Location, a state alone its own Location;
registration categories (introducing broker, IB, futures commission merchant, CTA), laws and rules (CEA, CFMA, CFTC
Regulation 166.3), complaints, orders, release numbers, stock indices (S&P 500), unnamed customers, courts and account
executives -> nothing; 'last week' -> skipped (the manual's rule); a date repeated with the same text and value -> one
item (the manual).
usage: batch52g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC_US = "U.S. Commodity Futures Trading Commission"
IFC = "International Futures Corporation"
LIT = "LIT Division of First Options of Chicago"
ADDISON = "Addison Enterprise"
A = {}

# ---- The Liberty Mutual Group / Addison Enterprise, Lerner, Forefront, CFTC 5340-07, published 2007-05-25 (a Friday) ----
A["us-cftc-addison-enterprise-president-lerner-liberty-mutual-group-forefront-investment-forex-options-fraud-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'CFTC staff': alias 'CFTC'); the U.S. District Court for
 # the Southern District of Florida (Organization); The Liberty Mutual Group, Inc., Addison Financial Group, Inc.,
 # Addison Management Group, Inc., Hamlin Mercer Group, Inc., Colfax Management Group, Inc. (five Companies, each
 # written once, no short form; 'The' kept in the first as the text writes it inside the list); Addison Enterprise
 # ('(collectively, Addison Enterprise)', 'the Addison Enterprise' twice, 'Addison Enterprise customers' twice: Company
 # of its own -- **doubtful**: the text's collective name for the five firms, which it treats as one business with its
 # own president, account executives, customers and commissions; a reader may leave it out as a label, or make it an
 # alias of no one firm); Alan Lerner ('Lerner': alias); Forefront Investment LP ('Forefront Investments LP' in the
 # second paragraph: alias -- the same defendant written with an 's'); Todd Guthrie, Benji Dayan (Persons; no short
 # form); Joan A. Lenard ('the Honorable Joan A. Lenard, U.S. District Judge': Person). Not annotated: 'its account
 # executives', 'members of the retail public', 'customers' (unnamed); 'illegal off-exchange foreign currency (forex)
 # options' (a product class); 'a restraining order' (a court paper); '$7 million', '$3 million' (amounts); the
 # title's 'Nine Florida Defendants' (the title, not annotated; 'Florida' is in the text only inside the court's name)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Organization", "U.S. District Court for the Southern District of Florida"),
           E("Company", "The Liberty Mutual Group, Inc."),
           E("Company", "Addison Financial Group, Inc."),
           E("Company", "Addison Management Group, Inc."),
           E("Company", "Hamlin Mercer Group, Inc."),
           E("Company", "Colfax Management Group, Inc."),
           E("Company", ADDISON),
           E("Person", "Alan Lerner", "Lerner"),
           E("Company", "Forefront Investment LP", "Forefront Investments LP"),
           E("Person", "Todd Guthrie"),
           E("Person", "Benji Dayan"),
           E("Person", "Joan A. Lenard")],
 # 'Lerner, as president of the Addison Enterprise' -> president at Addison Enterprise, current (the text tells no one
 # left; 'from at least February 2005 through at least June 2006' dates the conduct, not the post) -- **doubtful**:
 # the org is the collective name (a reader may give him president at each of the five firms, or none). Todd Guthrie
 # and Benji Dayan: defendants with no title. Judge Joan A. Lenard -> no role (51n, 51o, 51zs, 52a)
 roles=[R("Alan Lerner", "president", ADDISON)],
 # No relation. **Near-misses**: the five firms 'collectively, Addison Enterprise' (a collective name, not a stated
 # parent: no parentOrganization from each firm to Addison Enterprise -- **doubtful**, a reader may add five); the
 # Addison account executives soliciting the public to trade 'with Forefront Investments LP' (customers trading with
 # Forefront, solicited by Addison: the text states no agreement between Addison and Forefront, so no partner)
 relations=[],
 outages=[],
 # 'today' ('today announced the filing') -> 2007-05-25 (`published`); 'February 2005' ('from at least February 2005')
 # -> 2005-02; 'June 2006' ('through at least June 2006') -> 2006-06; 'May 16, 2007' -> 2007-05-16. Skipped: 'the
 # relevant time period' (no calendar value of its own); the cut section heading's 'May 29' (cut)
 dates=[D("today", "2007-05-25"), D("February 2005", "2005-02"), D("June 2006", "2006-06"),
        D("May 16, 2007", "2007-05-16")])

# ---- the February 2002 forex sweep, Chairman Newsome, CFTC 4611-02, published 2002-02-27 (a Wednesday) -------------------
A["us-cftc-forex-sweep-four-actions-nineteen-firms-individuals-chairman-newsome-cfma-initiative-2002"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'the CFTC' throughout, "the CFTC's jurisdiction",
 # 'Chairman of the CFTC': alias 'CFTC'); California, Florida ('in federal courts in California and Florida': two
 # Locations); Congress ("Congress's enactment": Organization, the possessive dropped); James E. Newsome (Person; no
 # short form). Not annotated: 'nineteen firms and individuals', 'the defendants', 'rogue foreign currency firms'
 # (unnamed); 'federal courts', 'the courts' (no court named); 'the Commodity Futures Modernization Act of 2000 (CFMA)'
 # (a law); 'CFTC News Releases 4513-01 ...' (identifiers); 'its initiative' (a programme); '1,000 customers', '$60
 # million' (counts, amounts); the title (not annotated)
 entities=[E("Organization", CFTC_US, "CFTC"),
           E("Location", "California"),
           E("Location", "Florida"),
           E("Organization", "Congress"),
           E("Person", "James E. Newsome")],
 # 'James E. Newsome, Chairman of the CFTC' -> chairman at the CFTC, current (49k's two files read him the same way).
 # No firm's officer is in the kept text: the four actions' defendants (Rego Gainer and the rest) are named only past
 # the excerpt's end
 roles=[R("James E. Newsome", "chairman", CFTC_US)],
 # No relation: no firm is named. Near-miss: none
 relations=[],
 outages=[],
 # 'today' ('announced today', 'today issued': one item) -> 2002-02-27 (`published`); 'May 2, 2001' -> 2001-05-02;
 # 'June 20, 2001' -> 2001-06-20; 'August 14, 2001' -> 2001-08-14; 'August 28, 2002' ('4563-01, August 28, 2002') ->
 # 2002-08-28 as written -- **doubtful**: the date falls six months after the release itself and the cited number ends
 # '-01', so the page very likely means August 28, 2001; the gold keeps the text's value (a reader may set 2001-08-28,
 # or skip it). Skipped: 'last week' ('filed three of the actions last week': the manual skips 'last week' -- a
 # near-miss, as it could be read as the week of 2002-02-18); 'recently'; '2000' inside the Act's name (part of a law's
 # name)
 dates=[D("today", "2002-02-27"), D("May 2, 2001", "2001-05-02"), D("June 20, 2001", "2001-06-20"),
        D("August 14, 2001", "2001-08-14"), D("August 28, 2002", "2002-08-28")])

# ---- International Futures Corporation, Hermes, LIT, Rubel, CFTC 4179-98, published 1998-08-17 (a Monday) --------------
A["us-cftc-international-futures-corporation-former-ceo-president-rubel-lit-division-first-options-guaranteed-ib-1998"] = dict(
 # The Commodity Futures Trading Commission ('(CFTC)', 'CFTC Regulations', 'The CFTC also announced': alias 'CFTC'; the
 # text writes no 'U.S.'); International Futures Corporation ('(IFC)', 'IFC' throughout, "IFC's": alias; Company);
 # Washington, D.C. ('located in Washington, D.C.': Location); Hermes ('its "Hermes" managed account program', 'the
 # Hermes program': Service, the program clients traded -- **doubtful**: a reader may leave a trading program out as
 # no product); LIT Division of First Options of Chicago ('(LIT)', 'LIT also failed': alias; Company); Chicago,
 # Illinois ('located in Chicago, Illinois': one Location); Robert J. Rubel ('Rubel's offer': alias 'Rubel'; Person).
 # Not annotated: 'a registered introducing broker (IB)', 'a registered futures commission merchant', 'an unregistered
 # commodity trading advisor (CTA)' (registration categories; 'IB' and 'CTA' are category short forms, not names); the
 # Commodity Exchange Act (CEA), CFTC Regulations, CFTC Regulation 166.3 (laws and rules); 'a five-count administrative
 # complaint', 'an order instituting administrative proceedings', 'Rubel's offer of settlement' (papers); 'S&P 500' (a
 # stock index, not an entity; 'a computerized S&P 500 day trading program' a description); 'clients' (unnamed); First
 # Options of Chicago on its own -- **doubtful** -- it stands in the kept text only inside the division's name 'LIT
 # Division of First Options of Chicago' (the manual's rule for a company named only inside another name; the title's
 # 'LIT DIVISION OF FIRST OPTIONS OF CHICAGO' is the title): a reader may annotate it and add the parent tie below
 entities=[E("Organization", "Commodity Futures Trading Commission", "CFTC"),
           E("Company", IFC, "IFC"),
           E("Location", "Washington, D.C."),
           E("Service", "Hermes"),
           E("Company", LIT, "LIT"),
           E("Location", "Chicago, Illinois"),
           E("Person", "Robert J. Rubel", "Rubel")],
 # "Robert J. Rubel, IFC's former Chief Executive Officer and President" -> ceo and president at IFC, both
 # current=false ('former' governs the pair)
 roles=[R("Robert J. Rubel", "ceo", IFC, False), R("Robert J. Rubel", "president", IFC, False)],
 # provider: Hermes -> IFC ('its "Hermes" managed account program': IFC's program). partner: LIT -> IFC ('which
 # guaranteed IFC', 'its guaranteed IB, IFC': the futures commission merchant's guarantee of its introducing broker, a
 # stated contract between two named firms; direction as written, the guarantor first) -- **doubtful**: a reader may
 # read the guarantee as a regulatory status, not a partnership. **Near-miss**: LIT parentOrganization First Options of
 # Chicago ('LIT Division of First Options of Chicago': a division of its parent, the manual's "X's Y division" -- not
 # given, the parent not being annotated on its own above)
 relations=[L("Hermes", "provider", IFC), L(LIT, "partner", IFC)],
 outages=[],
 # 'today' ('announced today' twice: one item) -> 1998-08-17 (`published`). Skipped: the cut release and date lines
 dates=[D("today", "1998-08-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

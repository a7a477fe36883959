#!/usr/bin/env python3
"""Batch 49g gold annotations (the texts of batch49g.py: three CFTC enforcement press releases -- the complaint against
'Optiver Holding BV, a global proprietary trading fund headquartered in the Netherlands, and two subsidiaries', Optiver
US, LLC and Optiver VOF, with 'Christopher Dowson (head trader of Optiver)', 'Randal Meijer (head of trading and
supervisor of Optiver and Optiver VOF)' and 'Bastiaan van Kempen (Chief Executive Officer of Optiver)' (5521-08, 24 July
2008); the consent order settling the propane charges against 'BP Products North America Inc. (BP)', with 'CFTC Acting
Chairman Walt Lukken' quoted and the deferred prosecution agreement of the Justice Department's 'Criminal Division,
Fraud Section' with 'BP America Inc.' (5405-07, 25 October 2007); the complaint against Parnon Energy Inc., Arcadia
Petroleum Ltd., Arcadia Energy (Suisse) SA, James T. Dyer and Nicholas J. Wildgoose (6041-11, 24 May 2011)), written
from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d; looked up in the
corpus's files by their gold only where other matters): regulators and courts -> Organization, the fullest name the
text gives ('U.S. Commodity Futures Trading Commission', as the corpus's 'U.S. Securities and Exchange Commission'
files keep 'U.S.'), 'CFTC' as alias; a district court named in full -> Organization (17 corpus files name the Southern
District of New York court so); an exchange run as a business (NYMEX) -> Company (the corpus's Wikinews cyclone file);
'X-based' -> the place annotated (most corpus files with 'Tokyo-based', 'Pennsylvania-based' do); 'City State' as one
Location (the corpus's SEC Legato file: 'Hinsdale, Illinois'); 'head of X' -> head (the corpus's many 'head of'
files); 'Chief Executive Officer' -> ceo; 'Acting Chairman' -> chairman (49d); a judge -> no role (no corpus file
gives one); 'Division' of the Justice Department -> Organization with parentOrganization (the corpus's Antitrust
Division files); a company's subsidiaries named as such -> parentOrganization(subsidiary, parent); a surname or short
form the text defines in brackets -> alias.
usage: batch49g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
SDNY = "United States District Court for the Southern District of New York"
NYMEX = "New York Mercantile Exchange"
OPT_H = "Optiver Holding BV"
OPT_US = "Optiver US, LLC"
OPT_VOF = "Optiver VOF"
BPNA = "BP Products North America Inc."
DOJ = "United States Department of Justice"
A = {}

# ---- Optiver complaint, CFTC press release 5521-08, published 2008-07-24 (a Thursday) ----------------------------------
A["us-cftc-optiver-holding-subsidiaries-employees-nymex-energy-futures-manipulation-2008"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC filed': alias 'CFTC'); Optiver Holding BV (named
 # twice in full, no short form); the New York Mercantile Exchange ('(NYMEX)': alias; Company, an exchange run as a
 # business); the United States District Court for the Southern District of New York (Organization); the Netherlands
 # ('headquartered in the Netherlands': Location); Optiver US, LLC ('(Optiver)', then 'head trader of Optiver',
 # 'Chief Executive Officer of Optiver': alias 'Optiver' -- the text itself defines the bare name as the US
 # subsidiary, not the holding company); Chicago ('a Chicago-based corporation': Location, the corpus's 'X-based'
 # way -- **doubtful**: a reader may leave an adjectival place out); Optiver VOF; Christopher Dowson, Randal Meijer,
 # Bastiaan van Kempen (each named once). Not annotated: 'a Dutch company' (an adjective -- near-miss), 'New York
 # Harbor' (only inside the contract names 'New York Harbor Heating Oil' and 'New York Harbor Gasoline'), the three
 # futures contracts 'Light Sweet Crude Oil', 'New York Harbor Heating Oil', 'New York Harbor Gasoline' (exchange
 # contracts, not a product or platform users use: no Service -- near-miss), 'the complaint' (a document)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", OPT_H),
           E("Company", NYMEX, "NYMEX"),
           E("Organization", SDNY),
           E("Location", "Netherlands"),
           E("Company", OPT_US, "Optiver"),
           E("Location", "Chicago"),
           E("Company", OPT_VOF),
           E("Person", "Christopher Dowson"),
           E("Person", "Randal Meijer"),
           E("Person", "Bastiaan van Kempen")],
 # 'Bastiaan van Kempen (Chief Executive Officer of Optiver)' -> ceo at Optiver US, LLC, current (the complaint names
 # him as CEO; the text does not say he left). 'Christopher Dowson (head trader of Optiver)' -> head at Optiver US,
 # LLC (**doubtful**: a head trader leads a trading desk, not the firm; a reader may give executive or other, or no
 # role). 'Randal Meijer (head of trading and supervisor of Optiver and Optiver VOF)' -> head at Optiver US, LLC and
 # head at Optiver VOF (**doubtful**: the 'of Optiver and Optiver VOF' read as governing both posts, so one role at
 # each company; 'head of X' -> head as in the corpus's 'head of' files; 'supervisor' alone would be executive or
 # other). Near-misses: 'three employees' (the same three men), the defendants' posts at Optiver Holding BV (none
 # stated)
 roles=[R("Christopher Dowson", "head", OPT_US, True),
        R("Randal Meijer", "head", OPT_US, True),
        R("Randal Meijer", "head", OPT_VOF, True),
        R("Bastiaan van Kempen", "ceo", OPT_US, True)],
 # 'Optiver Holding BV, two of its subsidiaries', 'and two subsidiaries \u2013 Optiver US, LLC (Optiver), ... and
 # Optiver VOF' -> parentOrganization(Optiver US, LLC, Optiver Holding BV) and parentOrganization(Optiver VOF, Optiver
 # Holding BV). Near-misses: the futures contracts traded on NYMEX (no Service: no provider); the CFTC's case
 # 'against' the firms and the court it was filed in (no relation type)
 relations=[L(OPT_US, "parentOrganization", OPT_H),
            L(OPT_VOF, "parentOrganization", OPT_H)],
 outages=[],
 # 'today' ('announced today') -> 2008-07-24 (`published`; the release-date line is cut); 'March 2007' (twice, 'during
 # March 2007' and 'on 11 days in March 2007': one item) -> 2007-03. Skipped: '11 days' (a count), 'July 24, 2008'
 # (the release-date line, cut)
 dates=[D("today", "2008-07-24"), D("March 2007", "2007-03")])

# ---- BP propane consent order, CFTC press release 5405-07, published 2007-10-25 (a Thursday) ---------------------------
A["us-cftc-bp-products-north-america-propane-manipulation-consent-order-lukken-2007"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)'; 'Commodity Futures Trading Commission v. BP ...' in the
 # case citation; 'the Commission will not tolerate' in Lukken's quotation: aliases 'CFTC', 'Commodity Futures Trading
 # Commission', 'Commission'); Ruben Castillo ('the Honorable Ruben Castillo': Person); the Northern District of
 # Illinois ('of the Northern District of Illinois', '(N.D. Ill.)' in the citation: Organization, the court the judge
 # sits on, alias 'N.D. Ill.' -- **doubtful**: one corpus file (an FTC release) makes a bare 'Northern District of
 # Illinois' a Location; here it stands for the court, and a reader may also leave the citation form out); BP
 # Products North America Inc. ('(BP)', 'BP Products North America, Inc.' in the citation, 'BP engaged' in the
 # quotation: aliases 'BP', 'BP Products North America, Inc.'); Warrenville Illinois ('a corporate entity based in
 # Warrenville Illinois': one Location as written, no comma); Walt Lukken (named once); the United States Department of
 # Justice ('(DOJ)': alias); the Criminal Division and its Fraud Section (Organizations, the corpus's Antitrust
 # Division way -- **doubtful**: a reader may keep only the Division, or none); BP America Inc. Not annotated: 'TET
 # propane' (a commodity grade -- near-miss), 'American consumers', 'victims', 'traders' (generic), 'the Order', 'an
 # information', 'a deferred prosecution agreement' (documents), the docket number '1:06-cv-03503' and 'CFTC Press
 # Release 5193-06' (identifiers)
 entities=[E("Organization", CFTC, "CFTC", "Commodity Futures Trading Commission", "Commission"),
           E("Person", "Ruben Castillo"),
           E("Organization", "Northern District of Illinois", "N.D. Ill."),
           E("Company", BPNA, "BP", "BP Products North America, Inc."),
           E("Location", "Warrenville Illinois"),
           E("Person", "Walt Lukken"),
           E("Organization", DOJ, "DOJ"),
           E("Organization", "Criminal Division"),
           E("Organization", "Fraud Section"),
           E("Company", "BP America Inc.")],
 # 'said CFTC Acting Chairman Walt Lukken' -> chairman at the CFTC, current (49d's way for the same man's acting post --
 # **doubtful** as there: head possible). Ruben Castillo, 'the Honorable' judge of the court: no role (no title of
 # the vocabulary fits a judge; the corpus gives judges none -- near-miss)
 roles=[R("Walt Lukken", "chairman", CFTC, True)],
 # 'the Criminal Division, Fraud Section of the United States Department of Justice (DOJ)' ->
 # parentOrganization(Criminal Division, DOJ) and parentOrganization(Fraud Section, Criminal Division) (the section
 # read as a unit of the division, the division of the Department -- **doubtful**: a reader may hang the section on
 # the Department directly). Near-misses: BP Products North America Inc. and BP America Inc. (the names suggest one
 # group, but the kept text states no tie between them -- no parentOrganization; the 2006 release, not taken, calls
 # BP Products a subsidiary of BP plc); the deferred prosecution agreement between the DOJ and BP America Inc. and the
 # consent order settling the CFTC's charges (enforcement, not a partnership: no partner); the $53 million returned
 # to victims (unnamed)
 relations=[L("Criminal Division", "parentOrganization", DOJ),
            L("Fraud Section", "parentOrganization", "Criminal Division")],
 outages=[],
 # 'today' ('today announced') -> 2007-10-25 (`published`); 'February 2004' (twice, one item) -> 2004-02; 'April 2003'
 # -> 2003-04; 'June 28, 2006' (twice, one item: the action's start and the 2006 release's date) -> 2006-06-28.
 # Skipped: 'October 25, 2007' (the release-date line, cut), '06' inside the docket number
 dates=[D("today", "2007-10-25"), D("February 2004", "2004-02"), D("April 2003", "2003-04"),
        D("June 28, 2006", "2006-06-28")])

# ---- Parnon/Arcadia complaint, CFTC press release 6041-11, published 2011-05-24 (a Tuesday) ----------------------------
A["us-cftc-parnon-energy-arcadia-petroleum-arcadia-suisse-crude-oil-manipulation-complaint-2011"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'the CFTC complaint': alias 'CFTC'); the United States
 # District Court for the Southern District of New York (Organization); Parnon Energy Inc. ('(Parnon)': alias);
 # California (twice: Parnon's and Wildgoose's state, one Location); Arcadia Petroleum Ltd. ('(Arcadia Petroleum)':
 # alias); the United Kingdom; Arcadia Energy (Suisse) SA ('(Arcadia Suisse)': alias); Switzerland; James T. Dyer
 # and Australia ('James T. Dyer of Australia'); Nicholas J. Wildgoose (named once; 'Nick Wildgoose' only in the cut
 # sub-heading); the New York Mercantile Exchange ('(NYMEX)': alias; Company); Cushing, Okla. ('at Cushing, Okla.',
 # 'the supply of WTI at Cushing': Location, alias 'Cushing'). Not annotated: 'West Texas Intermediate light sweet
 # crude oil (WTI)' (a crude oil grade and benchmark, not a company, place or service -- near-miss: 'West Texas' only
 # inside the grade's name), 'defendants', 'commercial users' (generic), 'the relevant period'
 entities=[E("Organization", CFTC, "CFTC"),
           E("Organization", SDNY),
           E("Company", "Parnon Energy Inc.", "Parnon"),
           E("Location", "California"),
           E("Company", "Arcadia Petroleum Ltd.", "Arcadia Petroleum"),
           E("Location", "United Kingdom"),
           E("Company", "Arcadia Energy (Suisse) SA", "Arcadia Suisse"),
           E("Location", "Switzerland"),
           E("Person", "James T. Dyer"),
           E("Location", "Australia"),
           E("Person", "Nicholas J. Wildgoose"),
           E("Company", NYMEX, "NYMEX"),
           E("Location", "Cushing, Okla.", "Cushing")],
 # No roles: Dyer and Wildgoose are named with their home countries or states only (that they 'directed the
 # manipulative trading scheme' is in the cut sub-heading and gives no title; which firm employed each is not said --
 # near-miss)
 roles=[],
 # No relations: the three firms are co-defendants; the kept text states no ownership or partnership among them
 # (**doubtful**/near-miss: the shared 'Arcadia' name and the joint scheme may lead a reader to a parent or partner
 # pair; the text gives none). The traders' ties to the firms are not stated either
 relations=[],
 outages=[],
 # 'today' ('today filed') -> 2011-05-24 (`published`); 'January 2008' -> 2008-01; 'April 2008' -> 2008-04 (the span
 # 'from January 2008 to April 2008' as its two ends, each its own item). Skipped: 'the relevant period' (a
 # back-reference to the span), 'May 24, 2011' (the release-date line, cut)
 dates=[D("today", "2011-05-24"), D("January 2008", "2008-01"), D("April 2008", "2008-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

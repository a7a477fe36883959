#!/usr/bin/env python3
"""Gold annotations for batch 64b (session 58, gatherer 64b): the two federal texts batch64b.py writes -- the SEC's
Fair Fund motion in its insider trading case against the hedge fund advisory firm CR Intrinsic Investors, its former
portfolio manager Mathew Martoma and Dr. Sidney Gilman over Elan Corporation and Wyeth securities (Litigation Release
No. 23133, November 14, 2014); the asset freeze against Well Advantage Limited and unknown traders ahead of the
announcement that CNOOC Ltd. agreed to acquire Nexen Inc. (press release 2012-145, July 27, 2012) -- written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
CR Intrinsic / Martoma -> test, Nexen / CNOOC -> train.
Dates resolve against `published` (each release's own day, from its left-out release line or dateline).
Conventions (the federal SEC lane's, batches 41b, 41e, 44l, 45r, 46g, 47e, 56c, 58b, 58q, 59g, 60b, 61b, 62b, 62i and
63d; looked up in GATHERING.md, GUIDELINES.md and the corpus's SEC files): the SEC as 'Securities and Exchange
Commission' with the aliases the text uses ('SEC'); its units named in the text ('the SEC Enforcement Division's Market
Abuse Unit', 'the New York Regional Office') -> Organization each, with parentOrganization up the chain as written (the
train Tenaris file's 'SEC Enforcement Division's FCPA Unit': Enforcement Division -> SEC, the Unit -> Enforcement
Division; 40zm's New York Regional Office -> SEC); a unit's deputy chief and an office's associate director -> other
(GATHERING.md's 'deputy or associate director -> other'); 'portfolio manager' -> no role (46g's and 47e's 'a function,
no post'); 'controlled by' a person -> no role (47e's Stern); a committee, a court, an expert network firm left
unnamed -> no entity, and a post at an unnamed body -> no role; 'X-based' -> the place X as a Location (the corpus's
'X-based' rule); a place only inside an office's name ('New York Regional Office') -> no Location (63d's 'New York'); a
surname alone or a short name -> aliases, a title 'Dr.' not part of the name; 'agreed to acquire' -> acquired only (an
agreed deal, not completed in the text: GUIDELINES); a regulator's action, a court's order, a settlement, a fund's
trading -> no relation; laws ('Sarbanes-Oxley Act of 2002') -> nothing, and the year in a law's name no date (41e);
amounts, counts and spans ('about two weeks', 'just over a week', 'less than 24 hours') -> nothing; 'today' ->
published; 'this week's' -> no date (GUIDELINES: 'this week' skipped); a weekday with a day and month ('Monday, July
23') -> one item, the year from `published` (the corpus's 'Friday, March 9').
usage: batch64b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather65b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
CRI = "CR Intrinsic Investors"
CNO = "CNOOC Ltd."
NEX = "Nexen Inc."
A = {}

# ---- CR Intrinsic Investors / Mathew Martoma, Dr. Sidney Gilman, LR 23133, published 2014-11-14 -------------------------
A["us-sec-cr-intrinsic-martoma-gilman-elan-wyeth-insider-trading-fair-fund-2014"] = dict(
 # The Securities and Exchange Commission (once in full; 'The SEC filed', "the SEC's claims", "the SEC's settlement",
 # 'the SEC alleged': alias 'SEC'; the bare 'Commission' only in the cut paragraph); CR Intrinsic Investors ('the hedge
 # fund advisory firm CR Intrinsic Investors': a business -> Company, the fullest form in the text -- the title's
 # 'CR Intrinsic Investors, LLC et al.' is the title, not text; 'CR Intrinsic' five times: alias); Elan Corporation
 # ('pharmaceutical companies Elan Corporation and Wyeth', twice in full; 'Elan and Wyeth securities': alias 'Elan');
 # Wyeth (Company); Mathew Martoma ('Martoma' twice: alias); Sidney Gilman ('Dr. Sidney Gilman', 'Dr. Gilman' twice:
 # Person, the title 'Dr.' left out of the name, alias 'Gilman'); New York ('a New York-based expert network firm': the
 # place in 'X-based' -> Location, the corpus's rule). Not annotated: 'the Court' (the court is named only in the
 # left-out caption; generic); 'Fair Fund' (a fund the court would set up: generic); 'Court Registry Investment
 # System' (**doubtful**: a named deposit programme of the federal courts -- GUIDELINES keep programmes out; a reader
 # may type it Service or Organization); 'the safety monitoring committee' and 'a New York-based expert network firm'
 # (unnamed); 'its affiliates' and 'several hedge funds' (unnamed); 'investor victims' (generic); the Sarbanes-Oxley
 # Act (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", CRI, "CR Intrinsic"),
           E("Company", "Elan Corporation", "Elan"),
           E("Company", "Wyeth"),
           E("Person", "Mathew Martoma", "Martoma"),
           E("Person", "Sidney Gilman", "Gilman"),
           E("Location", "New York")],
 # None. 'Mathew Martoma, then a portfolio manager at CR Intrinsic' -> no role: a portfolio manager is a function, not a
 # post of the title list (46g's Kelsoe and 47e's Putnam managers; **doubtful**: a reader may give executive at CR
 # Intrinsic, current false for 'then'). **Near-misses**: 'Dr. Sidney Gilman, who served as chairman of the safety
 # monitoring committee overseeing the trial' (chairman of an unnamed committee: no org entity, no role -- not a
 # chairman of Elan or Wyeth); 'a New York-based expert network firm for which he moonlighted as a medical consultant'
 # (an unnamed firm and a consultant's work: no role)
 roles=[],
 # None. **Near-misses**: 'Dr. Gilman was selected by Elan Corporation and Wyeth to present the final drug trial results'
 # (the two companies act together here, and other papers say they developed the drug jointly, but the kept text states
 # no partnership or joint venture: no partner -- **doubtful**, a reader may give partner(Elan Corporation, Wyeth));
 # 'CR Intrinsic and its affiliates' (affiliates unnamed: no parent; S.A.C. Capital Advisors only in other papers);
 # 'Martoma and CR Intrinsic then caused several hedge funds to sell' (trading, unnamed funds: nothing); the SEC's
 # charges, the settlement and the Fair Fund motion (a regulator and a court: nothing)
 relations=[],
 outages=[],
 # 'On November 14, 2014' -> 2014-11-14 (also `published`); 'in November 2012' -> 2012-11; 'In March 2013' -> 2013-03;
 # 'in June 2014' -> 2014-06; 'in August 2014' -> 2014-08; 'In its November 20, 2012 complaint' -> 2012-11-20; 'made
 # public in July 2008' -> 2008-07. Not dates: '2002' inside the law's name (41e); 'about two weeks before', 'just over
 # a week' (spans); the left-out release line's date and the docket number '12 Civ. 8466'
 dates=[D("November 14, 2014", "2014-11-14"), D("November 2012", "2012-11"), D("March 2013", "2013-03"),
        D("June 2014", "2014-06"), D("August 2014", "2014-08"), D("November 20, 2012", "2012-11-20"),
        D("July 2008", "2008-07")])

# ---- Nexen Inc. / CNOOC Ltd. / Well Advantage Limited, press release 2012-145, published 2012-07-27 --------------------
A["us-sec-nexen-cnooc-acquisition-well-advantage-insider-trading-asset-freeze-2012"] = dict(
 # The Securities and Exchange Commission (once in full; 'The SEC alleges', "The SEC's investigation", "the SEC's
 # complaint": alias 'SEC'); the Enforcement Division and the Market Abuse Unit ("the SEC Enforcement Division's Market
 # Abuse Unit": two units named -> Organization each, as the train Tenaris file's Enforcement Division and FCPA Unit);
 # the New York Regional Office (Organization, 40zm's); Hong Kong ('accounts in Hong Kong', 'Hong Kong-based firm',
 # 'Hong Kong businessman'), Singapore, China ('China-based'), Canada ('Canada-based'), the U.S. ('misconduct in the
 # U.S.'), Manhattan ('federal court in Manhattan') -> Location; CNOOC Ltd. ('CNOOC' four times: alias); Nexen Inc.
 # ('Nexen' four times: alias); Well Advantage Limited ('Well Advantage' three times: alias; a firm -> Company); Zhang
 # Zhi Rong and Sanjay Wadhwa (Person). Not annotated: 'another company that has a "strategic cooperation agreement"
 # with CNOOC' (unnamed); 'other unknown traders', 'these suspicious traders' (unnamed); 'federal court in Manhattan'
 # (a court not named: no entity -- Manhattan kept as the place); 'New York' (only inside the office's name: no
 # Location, 63d's way)
 entities=[E("Organization", SEC, "SEC"),
           E("Organization", "Enforcement Division"),
           E("Organization", "Market Abuse Unit"),
           E("Organization", "New York Regional Office"),
           E("Location", "Hong Kong"),
           E("Location", "Singapore"),
           E("Location", "China"),
           E("Location", "Canada"),
           E("Location", "U.S."),
           E("Location", "Manhattan"),
           E("Company", CNO, "CNOOC"),
           E("Company", NEX, "Nexen"),
           E("Company", "Well Advantage Limited", "Well Advantage"),
           E("Person", "Zhang Zhi Rong"),
           E("Person", "Sanjay Wadhwa")],
 # 'Sanjay Wadhwa, Deputy Chief of the SEC Enforcement Division's Market Abuse Unit' -> other at the Market Abuse Unit
 # (a deputy: GATHERING.md's 'deputy or associate director -> other'; **doubtful**: one earlier batch gave a
 # department's deputy chief executive) and 'Associate Director of the New York Regional Office' -> other at the New
 # York Regional Office; both current (the release of the day quotes him in the post). **Near-misses**: 'Well Advantage
 # is controlled by prominent Hong Kong businessman Zhang Zhi Rong' (control, no post: no role, 47e's Stern; no
 # ownership relation, since the owner is a person); his control of 'another company' (unnamed: nothing)
 roles=[R("Sanjay Wadhwa", "other", "Market Abuse Unit", True),
        R("Sanjay Wadhwa", "other", "New York Regional Office", True)],
 # 'China-based CNOOC Ltd. agreed to acquire Canada-based Nexen Inc.' (and again 'CNOOC agreed to acquire Nexen for
 # approximately $15.1 billion') -> acquired(CNOOC Ltd., Nexen Inc.) only: an agreed deal, not told as completed (no
 # parentOrganization, GUIDELINES). "the SEC Enforcement Division's Market Abuse Unit" -> parentOrganization(Market
 # Abuse Unit, Enforcement Division) and parentOrganization(Enforcement Division, Securities and Exchange Commission)
 # (the Tenaris file's chain); 'Associate Director of the New York Regional Office' in an SEC release ->
 # parentOrganization(New York Regional Office, Securities and Exchange Commission) (40zm's and 41e's regional offices;
 # **doubtful**: the text does not write 'the SEC's' before the office). **Near-misses**: the "strategic cooperation
 # agreement" with CNOOC (its other party unnamed: no partner -- not Well Advantage, which the text does not tie to
 # CNOOC); Zhang's control of Well Advantage (a person: no parent); Well Advantage's stake in Nexen ('stockpiled
 # shares', 'its entire position': trading, no ownership relation); the court order and the freeze (nothing)
 relations=[L(CNO, "acquired", NEX),
            L("Market Abuse Unit", "parentOrganization", "Enforcement Division"),
            L("Enforcement Division", "parentOrganization", SEC),
            L("New York Regional Office", "parentOrganization", SEC)],
 outages=[],
 # 'The Securities and Exchange Commission today obtained' -> 'today' 2012-07-27 (`published`, a Friday); 'before the
 # markets opened on Monday, July 23' -> 'Monday, July 23' 2012-07-23 (the Monday of the release's week; one item, as
 # the corpus's 'Friday, March 9'). Not dates: "this week's public announcement" ('this week' skipped, GUIDELINES);
 # 'within days', 'less than 24 hours after', 'in the days leading up to' (spans); the left-out dateline
 dates=[D("today", "2012-07-27"), D("Monday, July 23", "2012-07-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

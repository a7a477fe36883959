#!/usr/bin/env python3
"""Gold annotations for batch 61b (session 57, gatherer 61b): the two SEC texts batch61b.py writes -- the SEC's
charges against Microtune, Inc., its former Chairman and CEO Douglas J. Bartek and its former Chief Financial Officer
and General Counsel Nancy Richardson over backdated stock options (press release 2008-128, July 1, 2008); the SEC's
settled charges against Sycamore Networks, Inc., its former Chief Financial Officer Frances M. Jewels, former Director
of Financial Operations Cheryl E. Kalinen and former Director of Human Resources Robin A. Friedman (press release
2008-136, July 9, 2008, the UNT End of Term 2008 copy) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Microtune -> test, Sycamore -> train (as write_parts dealt them).
Dates resolve against `published` (each release's own day from its dateline).
Conventions (the federal SEC lane's, batches 44l, 44r, 45zi, 46a, 56c, 59g, 60b, 60e and 60l; looked up in
GATHERING.md, GUIDELINES.md and the gather scripts): the SEC as 'Securities and Exchange Commission' with the aliases
'SEC' and 'Commission' where the text also writes them (the corpus's SEC texts give 'Commission' as an alias when the
full name is there too); a court told in lower case and by its district only ('the federal district court for the
Northern District of Texas', 'federal court in Boston') -> no Organization (as the corpus's Broadcom, Rite Aid and
Signal Technology texts), a town named in it a Location (59g's Fayetteville); 'the Plano, Texas-based ... company' ->
Plano and Texas each a Location (60l's 'Houston, Texas'), 'the Chelmsford, Mass.-based ... company' -> one Location
'Chelmsford, Mass.' (46a's and 60l's town with an abbreviated state); a surname alone -> alias; 'Chairman and CEO' ->
chairman and ceo, 'Chief Financial Officer' -> cfo, 'General Counsel' -> executive (GUIDELINES), a department's
'Director of Financial Operations' / 'Director of Human Resources' (no board seat) -> executive (44l's 'director of
financial reporting', 45zi's 'Director of World-Wide Operations'), all current false where the text says former;
"Director of the SEC's Division of Enforcement" / "... Fort Worth Regional Office" / "... Boston Regional Office" ->
director at the unit, current true, the unit an Organization with parentOrganization the SEC (46a's and 60l's Thomsen
and Schonfeld); a place inside a unit's name ('Fort Worth', 'Boston') -> no Location from that mention (56c, 60l);
laws ('the Sarbanes-Oxley Act', 'Section 304'), amounts and bars -> nothing; a regulator's action or a settlement with
it -> no relation; 'today' -> published.
usage: batch61b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather62b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MTN = "Microtune, Inc."
FWRO = "Fort Worth Regional Office"
SYC = "Sycamore Networks, Inc."
DOE = "Division of Enforcement"
BRO = "Boston Regional Office"
A = {}

# ---- Microtune, Inc. / Bartek, Richardson, press release 2008-128, published 2008-07-01 (a Tuesday) ----------------
A["us-sec-microtune-former-chairman-ceo-bartek-former-cfo-general-counsel-richardson-option-backdating-2008"] = dict(
 # The Securities and Exchange Commission (once in full; "The SEC's complaint", "the SEC's charges", "The SEC's case",
 # "the SEC's Fort Worth Regional Office": alias 'SEC'; 'with the Commission seeking': alias 'Commission'); Microtune,
 # Inc. (once in full; 'Microtune' in 'former Microtune Chairman', 'working for Microtune', 'Microtune has agreed':
 # alias 'Microtune'); Plano and Texas ('the Plano, Texas-based technology company': each a Location; 'the Northern
 # District of Texas' is the same state again); Douglas J. Bartek ('Bartek' twice: alias); Nancy Richardson
 # ('Richardson': alias); Rose Romero (once); the Fort Worth Regional Office ("the SEC's Fort Worth Regional Office":
 # the SEC's unit -> Organization; 'Fort Worth' inside its name -> no Location). Not annotated: 'the federal district
 # court for the Northern District of Texas' (a court told in lower case by its district: no Organization -- the
 # corpus's Broadcom text has 'federal district court for the Central District of California' with none --;
 # **doubtful**: a reader may write 'United States District Court for the Northern District of Texas' as 56c did for a
 # court named in full); the Sarbanes-Oxley Act and 'Section 304' (a law and its section); 'two former senior
 # officers', 'senior executives and other employees', 'the new hires', 'corporate executives' (no names)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", MTN, "Microtune"),
           E("Location", "Plano"),
           E("Location", "Texas"),
           E("Person", "Douglas J. Bartek", "Bartek"),
           E("Person", "Nancy Richardson", "Richardson"),
           E("Person", "Rose Romero"),
           E("Organization", FWRO)],
 # 'former Microtune Chairman and CEO Douglas J. Bartek' -> chairman and ceo at Microtune, Inc., both current false
 # (two posts named: two roles, as the corpus keeps 'chairman and chief executive'); 'former Chief Financial Officer and
 # General Counsel Nancy Richardson' -> cfo and executive (GUIDELINES: general counsel -> executive) at Microtune, Inc.,
 # both false -- the company is not written beside her posts, but the sentence gives them 'with assistance' to
 # Microtune's chairman and the first paragraph calls the two 'two former senior officers' of the company charged with
 # them, so a careful reader places her at Microtune (**doubtful**, a reader keeping only posts with their company
 # written may drop both); "Rose Romero, Director of the SEC's Fort Worth Regional Office" -> director at the Fort
 # Worth Regional Office, current true (the lane's reading of a unit's Director). **Near-misses**: 'two former senior
 # officers' (the same two people before their names: no extra 'executive'); 'Bartek directed others' and 'with
 # assistance from' (a working relation between two people, no post); 'corporate executives' in the sentence on the
 # clawback provision (generic, no person); 'the corporate gatekeepers' in Romero's quotation (generic)
 roles=[R("Douglas J. Bartek", "chairman", MTN, False),
        R("Douglas J. Bartek", "ceo", MTN, False),
        R("Nancy Richardson", "cfo", MTN, False),
        R("Nancy Richardson", "executive", MTN, False),
        R("Rose Romero", "director", FWRO)],
 # "the SEC's Fort Worth Regional Office" -> parentOrganization(Fort Worth Regional Office, Securities and Exchange
 # Commission) (42g, 43a, 44l, 46a, 60l). **Near-misses**: 'Microtune has agreed to settle the SEC's charges' (a
 # settlement with a regulator: nothing); the SEC's case and the court (a regulator and a court acting on a company and
 # people: nothing); Zoran's later purchase of Microtune is not in the text (nothing)
 relations=[L(FWRO, "parentOrganization", SEC)],
 outages=[],
 # 'filed June 30' -> 'June 30' 2008-06-30 (the day before the release of July 1, 2008, in the same year). Not dates:
 # the left-out dateline's 'July 1, 2008' (kept as `published`: the text itself has no 'today'); 'Section 304' (a
 # section number); the release number '2008-128' (left out)
 dates=[D("June 30", "2008-06-30")])

# ---- Sycamore Networks, Inc. / Jewels, Kalinen, Friedman, press release 2008-136, published 2008-07-09 (a Wednesday)
A["us-sec-sycamore-networks-former-cfo-jewels-director-financial-operations-kalinen-options-backdating-2008"] = dict(
 # The Securities and Exchange Commission (once in full; "the SEC's complaint", 'The SEC also charged', "the SEC's
 # charges", "the SEC's Division of Enforcement", "the SEC's Boston Regional Office": alias 'SEC'); Sycamore Networks,
 # Inc. (once in full; "Sycamore's former Chief Financial Officer", "Sycamore's financial statements", "Sycamore's
 # auditors": alias 'Sycamore'); Chelmsford, Mass. ('the Chelmsford, Mass.-based optical networking company': one
 # Location, the town with its abbreviated state as 46a's 'New Providence, N.J.'); Boston ('filed in federal court in
 # Boston': the court given by its town -> no court Organization, the town a Location, 59g's way; the 'Boston' inside
 # 'Boston Regional Office' is that unit's name); Frances M. Jewels ('Jewels': alias); Cheryl E. Kalinen (once; then
 # only 'They': no alias); Robin A. Friedman (once, no alias); Linda Chatman Thomsen (the name as written, middle name
 # and all; the corpus's other texts write 'Linda Thomsen' -- another text's form is no alias here); the Division of
 # Enforcement (the SEC's unit -> Organization); David P. Bergers; the Boston Regional Office (the SEC's unit ->
 # Organization). Not annotated: 'the company's investors and auditors', "Sycamore's auditors" (unnamed firms); 'a
 # public company' (generic); 'the federal securities laws' (laws)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", SYC, "Sycamore"),
           E("Location", "Chelmsford, Mass."),
           E("Location", "Boston"),
           E("Person", "Frances M. Jewels", "Jewels"),
           E("Person", "Cheryl E. Kalinen"),
           E("Person", "Robin A. Friedman"),
           E("Person", "Linda Chatman Thomsen"),
           E("Organization", DOE),
           E("Person", "David P. Bergers"),
           E("Organization", BRO)],
 # "Sycamore's former Chief Financial Officer Frances M. Jewels" -> cfo at Sycamore Networks, Inc., false; '(Sycamore's)
 # former Director of Financial Operations Cheryl E. Kalinen' and "Sycamore's former Director of Human Resources Robin
 # A. Friedman" -> executive at Sycamore Networks, Inc., both false (a department's director with no board seat: the
 # lane's 44l / 45zi reading, and the first paragraph counts all three among 'three of its former executives' --
 # **doubtful**: an early round's GATHERING.md line ('director of strategy / human resources' -> director) would
 # give director);
 # "Linda Chatman Thomsen, Director of the SEC's Division of Enforcement" -> director at the Division, current true;
 # "David P. Bergers, Director of the SEC's Boston Regional Office" -> director at the Office, current true (46a's and
 # 60l's Directors; **doubtful** as head, the lane's way kept). **Near-misses**: 'three of its former executives' (the
 # same three before their names: no extra role); 'Jewels also agreed to be barred from serving as an officer or
 # director of a public company for five years' (a bar from posts, no post held: nothing); 'officials at public
 # companies' in Bergers' quotation (generic)
 roles=[R("Frances M. Jewels", "cfo", SYC, False),
        R("Cheryl E. Kalinen", "executive", SYC, False),
        R("Robin A. Friedman", "executive", SYC, False),
        R("Linda Chatman Thomsen", "director", DOE),
        R("David P. Bergers", "director", BRO)],
 # "the SEC's Division of Enforcement" and "the SEC's Boston Regional Office" -> parentOrganization to the Securities
 # and Exchange Commission (42g, 43a, 44l, 46a, 60l). **Near-misses**: 'The company and the former executives agreed to
 # settle the SEC's charges' (a settlement with a regulator: nothing); Sycamore's unnamed auditors (no named firm: no
 # provider or partner); the complaint filed in federal court (a court: nothing)
 relations=[L(DOE, "parentOrganization", SEC),
            L(BRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' ('The Securities and Exchange Commission today charged') -> 2008-07-09 (`published`, the left-out
 # dateline's day). Not dates: 'spanning several years' (no value); 'for five years' (a bar's length, not a calendar
 # value); the left-out dateline's 'July 9, 2008' and the release number '2008-136'
 dates=[D("today", "2008-07-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

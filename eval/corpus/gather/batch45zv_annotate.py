#!/usr/bin/env python3
"""Batch 45zv gold annotations (the texts of batch45zv.py: the SEC's Litigation Release No. 20756 of 30 September 2008
on 'Steven Wevodau, former vice president of finance for the Insurance and Education Services group of the BISYS
Group, Inc.'; the SEC's Litigation Release No. 20086 of 24 April 2007 on Apple, Inc.'s 'former General Counsel Nancy
R. Heinen', 'Apple Chief Executive Officer Steve Jobs' and 'former Apple Chief Financial Officer Fred D. Anderson'),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp and 45zs for SEC releases): the
SEC -> Organization ('Commission' alias where written); a court named in full -> Organization (45a, 45f, 45v);
'federal court in <city>' -> nothing for the court, the city a Location (45f's Detroit); a district named without its
court ('filed in the Northern District of California') -> nothing (a near-miss; 45v left the district inside the
court's name); a company's named business unit or division -> Company, a post set at the unit the text names (45a's
HVTSG and CVS, 45f's Information and Learning Division; batch 25c), the unit parentOrganization the company ("X's Y
division", 'the Y group of X'); a lower-case 'group' or 'division' after a unit's name left out of its name
(**doubtful**); 'vice president of finance' -> vice-president (45f, 45p, 45v, 45zs); 'General Counsel' -> executive
(GUIDELINES; 45f's Sorin); 'Chief Executive Officer' -> ceo; 'Chief Financial Officer' -> cfo; 'former' -> current
false; a post named with no 'former' -> current true; '<city>, <state>' after a person's name -> one Location (45r,
45v, 45za, 45ze); laws ('Securities Exchange Act of 1934', 'Exchange Act') -> no entity and no date item (41e, 41m);
'today' -> the release's day; 'from at least <month year> until at least <month year>' -> each month its own item;
'during the period' (anaphoric) -> nothing.
usage: batch45zv_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zv/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
BI = "BISYS Group, Inc."
IES = "Insurance and Education Services"
INS = "Insurance Services"
AP = "Apple, Inc."
A = {}

# ---- BISYS Group and Steven Wevodau, published 2008-09-30 (a Tuesday) -------------------------------------------------
A["us-sec-bisys-group-former-vice-president-finance-wevodau-insurance-accounting-fraud-2008"] = dict(
 # The Securities and Exchange Commission ("the Commission's allegations", "The Commission's complaint": alias
 # 'Commission'); the United States District Court for the Southern District of New York (a court named in full:
 # Organization); Steven Wevodau ('Wevodau' throughout); the BISYS Group, Inc. ("BISYS's" twice: alias 'BISYS'; 'the
 # company' generic; the lower-case 'the' before the name left out, as the company's own 'The' is not written);
 # Insurance and Education Services ('the Insurance and Education Services group of the BISYS Group, Inc.': a named
 # business unit -> Company, 45a's HVTSG); Insurance Services ("BISYS's Insurance Services division", "Insurance
 # Services' finance department": a named division -> Company, 45f); Manhattan ('filed in federal court in
 # Manhattan': the court not named in full, the place a Location, 45f's Detroit). **Doubtful**: the units' names
 # without the lower-case 'group' and 'division' (a reader may keep 'Insurance and Education Services group' and
 # 'Insurance Services division' as the names). Not annotated: 'Securities Exchange Act of 1934' and 'Exchange Act'
 # (a law), 'the business unit' (generic; the unit named before), "Insurance Services' finance department" (a
 # department inside the division, not named on its own), 'senior management', 'personnel'
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the Southern District of New York"),
           E("Person", "Steven Wevodau", "Wevodau"),
           E("Company", BI, "BISYS"),
           E("Company", IES),
           E("Company", INS),
           E("Location", "Manhattan")],
 # 'Steven Wevodau, former vice president of finance for the Insurance and Education Services group of the BISYS
 # Group, Inc.' -> vice-president at Insurance and Education Services (the unit the text names, 45a, 45f), current
 # false. **Doubtful**: the post set at the group, not at BISYS (a reader may add or move it to BISYS Group, Inc.; or
 # read 'vice president of finance' as executive). Near-misses: 'the senior financial official in the business unit
 # that included BISYS's Insurance Services division' (a description of the same post, no title of its own; a reader
 # may give cfo or executive at the unit); 'senior management' (no person named)
 roles=[R("Steven Wevodau", "vice-president", IES, False)],
 # 'the Insurance and Education Services group of the BISYS Group, Inc.' -> parentOrganization(Insurance and
 # Education Services, BISYS Group, Inc.); "BISYS's Insurance Services division" -> parentOrganization(Insurance
 # Services, BISYS Group, Inc.) (45f's "X's Y Division"). **Doubtful** (near-miss, not given): 'the business unit that
 # included BISYS's Insurance Services division' -- the unit is the group of Wevodau's post only by inference (his
 # 'senior financial official' post matches his vice president of finance post), so parentOrganization(Insurance
 # Services, Insurance and Education Services) is left out (45a gave subdivision -> unit where the text said it in
 # words); a reader may add it
 relations=[L(IES, "parentOrganization", BI), L(INS, "parentOrganization", BI)],
 outages=[],
 # 'On September 29, 2008' -> 'September 29, 2008' 2008-09-29 (the day before the release); 'from at least July
 # 2000 until at least March 2002' -> 'July 2000' 2000-07 and 'March 2002' 2002-03 (each end its own item). Skipped:
 # '1934' inside the Act's name (41e, 41m), 'during the period' (anaphoric: the same span), 'short-term' (no value)
 dates=[D("September 29, 2008", "2008-09-29"), D("July 2000", "2000-07"), D("March 2002", "2002-03")])

# ---- Apple, Inc., Nancy R. Heinen and Fred D. Anderson, published 2007-04-24 (a Tuesday) -------------------------------
A["us-sec-apple-former-general-counsel-heinen-former-cfo-anderson-option-backdating-2007"] = dict(
 # The Securities and Exchange Commission ('The Commission accused', "The Commission's complaint", 'The Commission
 # also filed': alias 'Commission'); Apple, Inc. ('Apple', "Apple's"; 'the company' generic); Nancy R. Heinen
 # ('Heinen', "Heinen's"); Portola Valley, California ('Heinen, of Portola Valley, California': one Location, the
 # lane's city-and-state form, 45r, 45v, 45za, 45ze; **doubtful**: a reader splitting city and state (45a, 45f) gets
 # Portola Valley and California); Steve Jobs (once, no other form); Fred D. Anderson ('Anderson' throughout);
 # Atherton, California ('Anderson, of Atherton, California': one Location, the same form; the same doubt). Not
 # annotated: "Apple's Executive Team" and 'its executive team' (a group of officers, no entity), 'Northern District
 # of California' ('filed in the Northern District of California': a judicial district named without its court;
 # near-miss: a reader may give a Location or the court), 'senior executives', 'top officers' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", AP, "Apple"),
           E("Person", "Nancy R. Heinen", "Heinen"),
           E("Location", "Portola Valley, California"),
           E("Person", "Steve Jobs"),
           E("Person", "Fred D. Anderson", "Anderson"),
           E("Location", "Atherton, California")],
 # 'two former senior executives of Apple, Inc.', 'former General Counsel Nancy R. Heinen' -> executive at Apple, Inc.
 # (GUIDELINES: general counsel -> executive), current false; 'former Apple Chief Financial Officer Fred D. Anderson'
 # -> cfo at Apple, Inc., false; 'Apple Chief Executive Officer Steve Jobs' -> ceo at Apple, Inc., current true (no
 # 'former'; **doubtful**: the title is told with a 2001 grant, but nothing says Jobs left, and the release's 2007
 # frame keeps it current; a reader may give false or leave the role as of 2001 out). Near-misses: 'six members of
 # its executive team (including Heinen and Anderson)' and "Apple's Executive Team" (membership of a group of
 # officers, no title of its own; a reader may add executive for each, already given to Heinen)
 roles=[R("Nancy R. Heinen", "executive", AP, False), R("Fred D. Anderson", "cfo", AP, False),
        R("Steve Jobs", "ceo", AP, True)],
 # Nothing: no second company named
 relations=[],
 outages=[],
 # 'today' -> 2007-04-24 (the release's day); 'a February 2001 grant' and 'in February 2001' -> 'February 2001'
 # 2001-02 (one item: the same text and value); 'a December 2001 grant' -> 'December 2001' 2001-12. Skipped: '$40
 # million', '4.8 million', '7.5 million', '$3.5 million' (amounts), 'simultaneously' (no value of its own)
 dates=[D("today", "2007-04-24"), D("February 2001", "2001-02"), D("December 2001", "2001-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 46m gold annotations (the texts of batch46m.py: the SEC's press release 2004-69 of 20 May 2004 on Strong
Capital Management, Inc. (SCM), 'its founder and majority owner, Richard S. Strong', with Stephen M. Cutler, 'Director
of the SEC's Division of Enforcement', and Robert J. Burson, 'Senior Associate Regional Director of the SEC's Midwest
Regional Office', quoted; the SEC's press release 2004-14 of 5 February 2004 on Massachusetts Financial Services Co.
(MFS), 'its chief executive officer John W. Ballen, and its president and chief equity officer Kevin R. Parke'; the
SEC's Litigation Release No. 18482 of 2 December 2003 on Invesco Funds Group, Inc. (IFG) and Raymond R. Cunningham,
its president, chief executive officer and board member), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g and 46j
for SEC releases): the SEC -> Organization (the fullest form the text writes; 'SEC' and 'Commission' aliases where
written alone, 45a); 'founder' -> founder, current true (a founder stays one: GATHERING.md's Games Workshop
precedent); 'chief executive officer'/'CEO' -> ceo; 'president' -> president; 'chief equity officer' -> executive
(GUIDELINES: chief investment/marketing/operating-unit officers; 46j's chief investment officer); 'a member of the
board of directors' -> director; a post named with no 'former' (or with 'has been') -> current true (45zv, 46d, 46g,
46j); "Director of the SEC's Division of Enforcement" -> director at the Division, the Division parentOrganization the
SEC (40zm, 42g, 43a, 44l, 44p, 46a, 46j); an associate regional director -> other at the SEC office (GATHERING.md: deputy
or associate director -> other), the office parentOrganization the SEC (43a, 44l); an owner -> no role (40zm's
Grenda); a court named with 'United States District Court' -> Organization (45a, 45f, 45v, 45zv, 46d, 46g, 46j);
'headquartered in <city>' -> the city a Location, no relation; fund families not named as one fund ('Strong mutual
funds', 'MFS mutual funds', 'the Invesco complex of mutual funds') -> no entity (46j annotated named funds only);
'today' -> the release's day; a month and year -> YYYY-MM.
usage: batch46m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOE = "Division of Enforcement"
SCM = "Strong Capital Management, Inc."
MRO = "Midwest Regional Office"
MFS = "Massachusetts Financial Services Co."
IFG = "Invesco Funds Group, Inc."
A = {}

# ---- Strong Capital Management and Richard S. Strong, published 2004-05-20 (a Thursday) ----------------------------------
A["us-sec-strong-capital-management-founder-richard-strong-market-timing-settlement-2004"] = dict(
 # The Securities and Exchange Commission ("the SEC's Division of Enforcement", 'an SEC enforcement action': alias
 # 'SEC'; "the Commission's findings": alias 'Commission'); Strong Capital Management, Inc. ('(SCM)', 'SCM executives',
 # 'Strong and SCM': alias 'SCM'; 'Strong Capital Management and its founder' in Cutler's quotation: alias 'Strong
 # Capital Management'; an investment adviser -> Company); Richard S. Strong ('in the case of Strong', 'Richard Strong'
 # twice, "Richard Strong's case", 'Strong and SCM': aliases 'Richard Strong' and 'Strong'); Stephen M. Cutler; the
 # Division of Enforcement; Robert J. Burson; the Midwest Regional Office (the SEC's office -> Organization). Not
 # annotated: 'Strong mutual funds', 'the Strong funds' (**doubtful**: a fund family named by its brand, no one fund
 # named; a reader may give a Service 'Strong funds' with provider SCM), 'two affiliated entities', 'two other SCM
 # executives', 'mutual fund investors' (unnamed or generic)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", SCM, "SCM", "Strong Capital Management"),
           E("Person", "Richard S. Strong", "Richard Strong", "Strong"),
           E("Person", "Stephen M. Cutler"),
           E("Organization", DOE),
           E("Person", "Robert J. Burson"),
           E("Organization", MRO)],
 # 'Strong Capital Management, Inc. (SCM), its founder and majority owner, Richard S. Strong' (and 'Strong Capital
 # Management and its founder, Richard Strong') -> founder at SCM, current true (a founder stays one). Near-miss:
 # 'majority owner' (a person's ownership: no role in the title vocabulary, no relation between entities; 40zm's
 # Grenda; **doubtful**: a reader may give other). "Stephen M. Cutler, Director of the SEC's Division of Enforcement"
 # -> director at the Division (46a's Thomsen, 46j's Khuzami), current true; 'Robert J. Burson, Senior Associate
 # Regional Director of the SEC's Midwest Regional Office' -> other at the office (an associate director; **doubtful**:
 # a reader may give director, as the office's Regional Director would be, or executive for 'Senior'), current true
 roles=[R("Richard S. Strong", "founder", SCM), R("Stephen M. Cutler", "director", DOE),
        R("Robert J. Burson", "other", MRO)],
 # "the SEC's Division of Enforcement", "the SEC's Midwest Regional Office" -> parentOrganization the SEC (40zm, 42g,
 # 43a, 44l). Near-misses: 'two affiliated entities' (unnamed: no parent or sister relation); Strong's majority
 # ownership of SCM (a person, no relation type)
 relations=[L(DOE, "parentOrganization", SEC), L(MRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2004-05-20 (the release's day, the dateline cut). Skipped: 'the second time' (no date), '$140 million'
 # (an amount)
 dates=[D("today", "2004-05-20")])

# ---- Massachusetts Financial Services, Ballen and Parke, published 2004-02-05 (a Thursday) -------------------------------
A["us-sec-massachusetts-financial-services-ceo-ballen-president-parke-market-timing-2004"] = dict(
 # The Securities and Exchange Commission ('The Commission censured', "the Commission's Order", 'the Commission
 # prohibited': alias 'Commission'; 'SEC' only in the title, not in the text); Massachusetts Financial Services Co.
 # ('(MFS)', 'MFS' throughout, "MFS's": alias 'MFS'; an investment adviser -> Company); John W. Ballen ('MFS CEO
 # Ballen', 'Ballen and Parke': alias 'Ballen'); Kevin R. Parke ('president Parke': alias 'Parke'). Not annotated:
 # 'certain MFS mutual funds', 'those funds' (**doubtful**: a fund family with no fund named; a reader may give a
 # Service 'MFS mutual funds' with provider MFS), 'mutual fund boards of trustees', 'any investment adviser', 'any
 # registered investment company' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", MFS, "MFS"),
           E("Person", "John W. Ballen", "Ballen"),
           E("Person", "Kevin R. Parke", "Parke")],
 # 'Massachusetts Financial Services Co. (MFS), its chief executive officer John W. Ballen' (again 'MFS CEO Ballen')
 # -> ceo at MFS; 'its president and chief equity officer Kevin R. Parke' (again 'president Parke') -> president at
 # MFS and executive at MFS (GUIDELINES: chief investment/operating-unit officers -> executive; **doubtful**: a reader
 # may give Parke president only, the equity post read as a function); all current true (no 'former' or 'then'; the
 # three-year bar from serving as an officer is what the settlement imposes, not a departure the text tells:
 # **doubtful**, a reader knowing the two left MFS gives false). Near-miss: 'an officer or director of any investment
 # adviser', 'an employee, officer, or trustee of any registered investment company' (posts barred, no organisation)
 roles=[R("John W. Ballen", "ceo", MFS), R("Kevin R. Parke", "president", MFS),
        R("Kevin R. Parke", "executive", MFS)],
 # None: no parent, unit or named fund in the text (MFS's parent is not named; 'certain MFS mutual funds' unnamed:
 # near-miss for provider)
 relations=[],
 outages=[],
 # 'today' -> 2004-02-05 (the release's day, the dateline cut). Skipped: 'for three years', 'during that period' (no
 # calendar value), '$225 million', '$175 million', '$50 million' (amounts)
 dates=[D("today", "2004-02-05")])

# ---- Invesco Funds Group and Raymond R. Cunningham, published 2003-12-02 (a Tuesday) -------------------------------------
A["us-sec-invesco-funds-group-president-ceo-cunningham-market-timing-suit-2003"] = dict(
 # The Securities and Exchange Commission ('registered with the Commission', 'The Commission alleged': alias
 # 'Commission'); the United States District Court for the District of Colorado (a court named in full ->
 # Organization; Colorado inside its name no Location of its own); Invesco Funds Group, Inc. ('("IFG")', 'IFG' four
 # times more: alias 'IFG'; an investment adviser -> Company); Raymond R. Cunningham ('Cunningham has been': alias
 # 'Cunningham'); Denver ('headquartered in Denver' -> Location). Not annotated: 'Invesco' on its own, only inside 'the
 # Invesco complex of mutual funds', 'the Invesco fund complex', 'Invesco mutual funds', 'Invesco funds' (**doubtful**:
 # a fund family named by its brand, no fund named; a reader may give a Service 'Invesco fund complex' with provider
 # IFG from 'manages the Invesco complex of mutual funds', or 'Invesco' as an alias of IFG); 'market timers',
 # 'particular investors', 'long-term shareholders', 'the defendants' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Colorado"),
           E("Company", IFG, "IFG"),
           E("Person", "Raymond R. Cunningham", "Cunningham"),
           E("Location", "Denver")],
 # 'Cunningham has been the president of IFG since May 2001 and the chief executive officer since January 2003' ->
 # president and ceo at IFG, both current true ('has been'); 'He has also been a member of the board of directors of
 # IFG ... since May 2001' -> director at IFG, current true (GUIDELINES: a board member -> director). Near-miss: the
 # board seat at 'the Invesco fund complex' (no entity; **doubtful**, a reader who annotates the complex gives
 # director there too)
 roles=[R("Raymond R. Cunningham", "president", IFG), R("Raymond R. Cunningham", "ceo", IFG),
        R("Raymond R. Cunningham", "director", IFG)],
 # None: 'headquartered in Denver' places IFG (no relation type); 'manages the Invesco complex of mutual funds'
 # (near-miss for provider: no fund entity, see above); IFG's parent not named
 relations=[],
 outages=[],
 # 'Today' -> 2003-12-02 (the release's day); 'May 2001' -> 2001-05 (twice, one item); 'January 2003' -> 2003-01;
 # 'July 2001' -> 2001-07 and 'October 2003' -> 2003-10 ('from at least July 2001 until October 2003': each end its
 # own item). Skipped: 'four yearly' (a limit, no date)
 dates=[D("Today", "2003-12-02"), D("May 2001", "2001-05"), D("January 2003", "2003-01"),
        D("July 2001", "2001-07"), D("October 2003", "2003-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

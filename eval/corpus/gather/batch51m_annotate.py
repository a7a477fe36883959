#!/usr/bin/env python3
"""Batch 51m gold annotations (the texts of batch51m.py: the SEC's Litigation Release No. 15680 of 25 March 1998 on
the settled proceedings against Sensormatic Electronics Corporation and the suit against three of its former senior
officers; the SEC's Litigation Release No. 16008 of 22 December 1998 on its fraud suit against W.R. Grace & Co. over
the earnings of its Health Care Group segment while it owned National Medical Care, Inc.; the SEC's Litigation Release
No. 16302 of 28 September 1999 on its suit against a former employee of General Coach of America, Inc. d/b/a ElDorado
National (Michigan), Inc., a subsidiary of Thor Industries, Inc.), written from the texts alone; newskg was not run on
them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51d, 51i; looked up in the gold of the corpus's SEC files on
other matters -- Sunbeam (44d), the Dollar General, Cutter & Buck and Adelphia files of 51i's pool, Tenet (45r) -- and
GATHERING.md): the SEC -> Organization, its full name with the alias 'Commission' only where the kept text uses it
(Sensormatic only); a court named in full ('the United States District Court for the District of Columbia') ->
Organization, 'federal court in Florida's Southern District' (no court's name) -> no court (51i's 'federal court in
Manhattan'), Florida a Location; 'based in X, Y' / 'located in X, Y' / 'of X, Y' -> two Locations (51i's 'Seattle,
Washington'); each post its own role, current false where the text says 'formerly' or 'former', true where it says
'currently'; 'President' -> president, 'Chief Executive Officer' -> ceo, 'Chairman of its Board of Directors' ->
chairman only (GUIDELINES: the chair alone named), 'Chief Operating Officer' -> coo, 'Chief Financial Officer' -> cfo,
'Executive Vice President' and 'Vice President of Finance' -> vice-president (GUIDELINES), 'a member of its Board of
Directors' -> director; 'former employee' -> no role (no post); a short name in parentheses ('("Sensormatic")',
'(Grace)', '(NMC)') -> alias; a defined generic term ('the "Issuer"', 'the "subsidiary"') -> no alias (51i's 'the
Company'); a d/b/a name -> alias (43p's rule); 'Y, a subsidiary of X' / 'while X owned Y' -> parentOrganization(Y, X)
(past ownership recorded: GUIDELINES); "X's <Name> segment" -> the named unit a Company under X (45b's rule: 43l, 43m,
44t's Ocean Systems); accounting standards (GAAP) -> no entity; a law's year ('the Securities Exchange Act of 1934') ->
no date (48d); fiscal years -> no date (44d, 51i); a calendar day that ends a period ('the year ended July 31, 1997')
-> a date (51i's 'April 30, 2000'); a range 'from 1991 through 1995' -> one item per end (48a, 48d).
usage: batch51m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DDC = "United States District Court for the District of Columbia"
SEN = "Sensormatic Electronics Corporation"
WRG = "W.R. Grace & Co."
NMC = "National Medical Care, Inc."
HCG = "Health Care Group"
THOR = "Thor Industries, Inc."
GCA = "General Coach of America, Inc."
A = {}

# ---- Sensormatic Electronics Corporation, LR 15680, published 1998-03-25 (a Wednesday) -------------------------------
A["us-sec-sensormatic-electronics-former-ceo-assaf-cfo-pardue-vp-finance-simmons-1998"] = dict(
 # The Securities and Exchange Commission ('("Commission")', 'the Commission filed': alias 'Commission'); Sensormatic
 # Electronics Corporation ('("Sensormatic")', "Sensormatic's": alias 'Sensormatic'); the United States District
 # Court for the District of Columbia (a court named in full: Organization); Ronald G. Assaf, Michael E. Pardue,
 # Lawrence J. Simmons (no surname stands alone: no aliases). Not annotated: 'electronic security systems' (a class
 # of products, no named Service -- near-miss), 'its Board of Directors' (the company's board, no entity of its own),
 # 'three former senior officers' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", SEN, "Sensormatic"),
           E("Organization", DDC),
           E("Person", "Ronald G. Assaf"),
           E("Person", "Michael E. Pardue"),
           E("Person", "Lawrence J. Simmons")],
 # "Ronald G. Assaf, formerly Sensormatic's President and Chief Executive Officer and currently the Chairman of its
 # Board of Directors" -> president and ceo, false; chairman, true (the text's 'currently'). "Michael E. Pardue,
 # formerly Sensormatic's Chief Operating Officer, Chief Financial Officer and Executive Vice President and a member
 # of its Board of Directors" -> coo, cfo, vice-president (GUIDELINES: executive vice president), director, all false
 # -- **doubtful**: 'formerly' is read as governing the board seat too (the list 'three former senior officers'
 # supports it; a reader may keep the directorship current). "Lawrence J. Simmons, Sensormatic's former Vice President
 # of Finance" -> vice-president, false (a vice president of a function: vice-president, GUIDELINES' mapping --
 # **doubtful**: a reader may set executive). Near-miss: Assaf's chairmanship of 'its Board of Directors' is a post at
 # Sensormatic (the board is no entity), not a director role besides (GUIDELINES: chairman only when only the chair is
 # named)
 roles=[R("Ronald G. Assaf", "president", SEN, False),
        R("Ronald G. Assaf", "ceo", SEN, False),
        R("Ronald G. Assaf", "chairman", SEN, True),
        R("Michael E. Pardue", "coo", SEN, False),
        R("Michael E. Pardue", "cfo", SEN, False),
        R("Michael E. Pardue", "vice-president", SEN, False),
        R("Michael E. Pardue", "director", SEN, False),
        R("Lawrence J. Simmons", "vice-president", SEN, False)],
 # None: one company only; the SEC's suit and the court are no partnership
 relations=[],
 outages=[],
 # 'today' -> 1998-03-25 (the release line's day, cut: `published`). Nothing else is dated in the kept text (the cut
 # caption's 'March 25, 1998' is not in it)
 dates=[D("today", "1998-03-25")])

# ---- W.R. Grace & Co., LR 16008, published 1998-12-22 (a Tuesday) -----------------------------------------------------
A["us-sec-w-r-grace-national-medical-care-health-care-group-earnings-manipulation-1998"] = dict(
 # The Securities and Exchange Commission (named once; the kept text has no 'Commission' alone: no alias); W.R. Grace
 # & Co. ('(Grace)', 'Grace' throughout, "Grace\u2019s": alias 'Grace'); Florida ("Florida\u2019s Southern District",
 # 'Boca Raton, Florida'); Boca Raton ('based in Boca Raton, Florida'); National Medical Care, Inc. ('(NMC)': alias
 # 'NMC'); Waltham and Massachusetts ('located in Waltham, Massachusetts': two Locations); Health Care Group ('its
 # Health Care Group segment', 'the Health Care Group', "the Health Care Group\u2019s": a named unit of Grace -> Company,
 # 45b's rule -- **doubtful**: a reporting segment, a reader may leave it out as no organisation). Not annotated:
 # 'federal court in Florida\u2019s Southern District' (no court's name -- near-miss, **doubtful**: a reader may write
 # the Southern District of Florida's court), 'the Securities Exchange Act of 1934' (a law), 'generally accepted
 # accounting principles' (standards), 'members of senior management of Grace and NMC' (unnamed)
 entities=[E("Organization", SEC),
           E("Company", WRG, "Grace"),
           E("Location", "Florida"),
           E("Location", "Boca Raton"),
           E("Company", NMC, "NMC"),
           E("Location", "Waltham"),
           E("Location", "Massachusetts"),
           E("Company", HCG)],
 # None: the kept text names no officer ('members of senior management of Grace and NMC' -- near-miss: no person)
 roles=[],
 # 'while Grace owned National Medical Care, Inc. (NMC)' -> parentOrganization(NMC, Grace) (ownership told as past:
 # recorded, GUIDELINES); 'Grace and its Health Care Group segment' -> parentOrganization(Health Care Group, Grace);
 # 'NMC, the primary component of the Health Care Group' -> parentOrganization(NMC, Health Care Group) (a part of the
 # named unit -- **doubtful**: a reader may keep only the ownership by Grace). Near-miss: no acquisition (how Grace came
 # to own NMC is not told)
 relations=[L(NMC, "parentOrganization", WRG),
            L(HCG, "parentOrganization", WRG),
            L(NMC, "parentOrganization", HCG)],
 outages=[],
 # 'today' -> 1998-12-22 (the release line's day, cut: `published`); 'from 1991 through 1995' -> '1991' and '1995'
 # (calendar years, one item per end). Skipped: 'fiscal years 1991 through 1995' (fiscal years, 44d's way; its '1991'
 # and '1995' are the same texts and values as the listed items, listed once), 'the Securities Exchange Act of 1934'
 # (a law's year), 'quarterly and annual' (no value)
 dates=[D("today", "1998-12-22"), D("1991", "1991"), D("1995", "1995")])

# ---- Thor Industries, Inc. / General Coach of America, Inc., LR 16302, published 1999-09-28 (a Tuesday) ---------------
A["us-sec-thor-industries-subsidiary-general-coach-eldorado-former-employee-buchanan-theft-1999"] = dict(
 # The Securities and Exchange Commission (named once; no 'Commission' alone: no alias); the United States District
 # Court for the District of Columbia (Organization); Bradley J. Buchanan ('Buchanan' throughout: alias); Sarnia and
 # Ontario ('of Sarnia, Ontario': two Locations); Thor Industries, Inc. ('(the "Issuer")', 'the Issuer', 'the
 # Issuers': a defined generic term, no alias -- **doubtful**: a reader may list 'Issuer' as the text's short name);
 # General Coach of America, Inc. with its d/b/a name 'ElDorado National (Michigan), Inc.' as alias ('(the
 # "subsidiary")', 'the subsidiary': generic, no alias; 'Michigan' inside the d/b/a name is no Location of its own --
 # near-miss). Not annotated: 'the Complaint' (a filing)
 entities=[E("Organization", SEC),
           E("Organization", DDC),
           E("Person", "Bradley J. Buchanan", "Buchanan"),
           E("Location", "Sarnia"),
           E("Location", "Ontario"),
           E("Company", THOR),
           E("Company", GCA, "ElDorado National (Michigan), Inc.")],
 # None: 'Buchanan, a former employee of a subsidiary of Thor Industries, Inc.' gives no post (near-miss,
 # **doubtful**: a reader may set 'other' or 'executive' at General Coach of America; an employee is no title in the
 # vocabulary, and the SEC's order naming him the subsidiary's 'General Manager and Controller' is not this text)
 roles=[],
 # 'a former employee of a subsidiary of Thor Industries, Inc. (the "Issuer")' + 'General Coach of America, Inc. d/b/a
 # ElDorado National (Michigan), Inc. (the "subsidiary")' -> parentOrganization(General Coach of America, Thor
 # Industries) (the defined term ties the named company to 'a subsidiary of Thor Industries'; 'the Issuers monthly
 # consolidated financial statements' that take in the subsidiary's accounts agree)
 relations=[L(GCA, "parentOrganization", THOR)],
 outages=[],
 # 'today' -> 1999-09-28 (the release line's day, cut: `published`); 'December 1993' -> 1993-12; 'March 1998' ->
 # 1998-03 (twice: 'until March 1998', one item); 'November 1995' -> 1995-11; 'January 31, 1998' -> 1998-01-31 (the
 # end of a six month period, a calendar day written in full: listed, 51i's way); 'July 31, 1997' -> 1997-07-31 and
 # 'July 31, 1996' -> 1996-07-31 (the ends of the years the text reports -- **doubtful**: fiscal years' ends, a reader
 # may skip them with the fiscal periods). Skipped: 'a several year period', 'at month-end', 'during the month' (no
 # value)
 dates=[D("today", "1999-09-28"), D("December 1993", "1993-12"), D("March 1998", "1998-03"),
        D("November 1995", "1995-11"), D("January 31, 1998", "1998-01-31"), D("July 31, 1997", "1997-07-31"),
        D("July 31, 1996", "1996-07-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

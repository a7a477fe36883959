#!/usr/bin/env python3
"""Batch 45k gold annotations (the texts of batch45k.py: the SEC's Litigation Release No. 21327 of 7 December 2009 on
'three former top officers of New Century Financial Corporation' -- 'Former CEO and co-founder Brad A. Morrice',
'Former CFO Patti M. Dodge', 'Former Controller David N. Kenneally'; the SEC's Litigation Release No. 20008 of 21
February 2007 on Veritas Software Corporation, its round-trip transaction with 'America Online, Inc. (AOL), now a
division of Time Warner Inc.', and 'Veritas was acquired by Symantec Corporation on July 2, 2005'), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a and 45f for SEC releases): the SEC -> Organization ('SEC', 'Commission' aliases where
written); 'CEO' -> ceo; 'CFO' -> cfo; 'co-founder' -> cofounder, current true (a founder stays one: 44p's Dai, 45f's
Alexander); 'Controller' -> executive (45a's Steimle); 'Former' heading a bullet -> current false for the posts, not
for the co-founder (45f's 'founder and former Chairman and CEO', doubtful); '<city>, Calif.' -> one Location with the
state's abbreviation (44p's 'San Jose, Calif.', 44d's 'Birmingham, Ala.'); a court named in full -> Organization
(41b, 45a); 'X was acquired by Y' (completed) -> acquired(Y, X) and parentOrganization(X, Y) (GUIDELINES);
'X, now a division of Y' -> parentOrganization(X, Y); a transaction between two named companies (software sold,
advertising bought) -> partner (45a's AIG and Brightpoint, doubtful); a span of two quarters of one year -> the year
(45a's 'the first two quarters of 2005'); 'the fourth quarter of 2000' -> 2000-Q4; laws' years ('the Sarbanes-Oxley
Act of 2002') -> no date item (44l).
usage: batch45k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
NC = "New Century Financial Corporation"
VS = "Veritas Software Corporation"
AOL = "America Online, Inc."
TW = "Time Warner Inc."
SY = "Symantec Corporation"
A = {}

# ---- New Century Financial, Morrice, Dodge and Kenneally, published 2009-12-07 (a Monday) ------------------------------
A["us-sec-new-century-financial-former-ceo-cofounder-cfo-controller-fraud-2009"] = dict(
 # The SEC ('The Securities and Exchange Commission', "The SEC's complaint", 'the SEC alleges'); New Century Financial
 # Corporation ('New Century', "New Century's", 'New Century disclosures'); Brad A. Morrice ('Morrice'), Patti M.
 # Dodge ('Dodge', "Dodge's"), David N. Kenneally ('Kenneally'); their homes 'Laguna Beach, Calif.', 'Irvine, Calif.'
 # and 'Rossmoor, Calif.' (one Location each, 44p's 'San Jose, Calif.'; doubtful: 45f kept 'New York, N.Y.' as the
 # city alone, a reader may cut 'Calif.' off or add California). Not annotated: 'Storm Watch' (the name of internal
 # weekly reports, not a service or an organisation; near-miss), 'the nation' (not named), 'Defendants', 'investors',
 # 'its peers' (generic), 'generally accepted accounting principles' (not in the kept text)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", NC, "New Century"),
           E("Person", "Brad A. Morrice", "Morrice"),
           E("Person", "Patti M. Dodge", "Dodge"),
           E("Person", "David N. Kenneally", "Kenneally"),
           E("Location", "Laguna Beach, Calif."),
           E("Location", "Irvine, Calif."),
           E("Location", "Rossmoor, Calif.")],
 # 'three former top officers of New Century Financial Corporation' and the list: 'Former CEO and co-founder Brad A.
 # Morrice' -> ceo (false) and cofounder (current true: a co-founder stays one; doubtful: 'Former' stands before both
 # words, a reader may set the cofounder false or leave it out); 'Former CFO Patti M. Dodge' -> cfo (false); 'Former
 # Controller David N. Kenneally' -> executive (false; 45a's 'Controller for CVS'; a reader may read a controller as
 # other). All at New Century (the first sentence's 'former top officers of New Century Financial Corporation')
 roles=[R("Brad A. Morrice", "ceo", NC, False), R("Brad A. Morrice", "cofounder", NC),
        R("Patti M. Dodge", "cfo", NC, False),
        R("David N. Kenneally", "executive", NC, False)],
 relations=[],
 outages=[],
 # 'today' -> 2009-12-07; 'in 2006' -> '2006'; 'the second and third quarters of 2006' -> 2006 (two quarters -> the
 # year, as 45a's 'the first two quarters of 2005'; doubtful: a reader may give 2006-Q2, or skip it beside '2006')
 dates=[D("today", "2009-12-07"), D("2006", "2006"), D("the second and third quarters of 2006", "2006")])

# ---- Veritas Software, AOL, Time Warner and Symantec, published 2007-02-21 (a Wednesday) -------------------------------
A["us-sec-veritas-software-settled-fraud-aol-round-trip-symantec-2007"] = dict(
 # The SEC ('The Securities and Exchange Commission', "the Commission's charges", 'the Commission will seek', "The
 # Commission's complaint"); the United States District Court for the District of Columbia (named in full:
 # Organization; 'District of Columbia' only inside the court's name, no Location); Veritas Software Corporation
 # ('Veritas' throughout); America Online, Inc. ('(AOL)', 'AOL', "AOL's"); Time Warner Inc.; Symantec Corporation.
 # Not annotated: 'two other Internet companies' (not named; near-miss), 'the Fair Funds provision of the
 # Sarbanes-Oxley Act of 2002' (a law), 'harmed investors', 'the customer' (generic), 'online advertising' (no
 # named service)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Columbia"),
           E("Company", VS, "Veritas"),
           E("Company", AOL, "AOL"),
           E("Company", TW),
           E("Company", SY)],
 # No person is named in the kept text: no roles (the SEC's separate suit against the former officers is another
 # matter and another text)
 roles=[],
 # 'Veritas was acquired by Symantec Corporation on July 2, 2005' -> acquired(Symantec, Veritas) and
 # parentOrganization(Veritas, Symantec) (completed; GUIDELINES; the text does not say Veritas was merged away);
 # 'America Online, Inc. (AOL), now a division of Time Warner Inc.' -> parentOrganization(AOL, Time Warner);
 # 'an improper round-trip transaction in 2000 with America Online, Inc.' and 'a $20 million transaction with AOL'
 # (AOL to buy Veritas software, Veritas to buy AOL advertising) -> partner(Veritas, AOL), direction as written.
 # Doubtful: the partner tie (a sham deal in the SEC's words; 45a set partner for AIG's sale to Brightpoint, 44d set
 # nothing for an auditor; a reader may set nothing)
 relations=[L(SY, "acquired", VS), L(VS, "parentOrganization", SY),
            L(AOL, "parentOrganization", TW),
            L(VS, "partner", AOL)],
 outages=[],
 # 'yesterday' -> 2007-02-20; 'from 2000 through 2003' -> '2000', '2003'; 'in 2000' (the same text and value: one
 # item); 'July 2, 2005' -> 2005-07-02; 'In the fourth quarter of 2000' -> 2000-Q4. Skipped: 'the Sarbanes-Oxley Act
 # of 2002' (a law's year, 44l)
 dates=[D("yesterday", "2007-02-20"), D("2000", "2000"), D("2003", "2003"), D("July 2, 2005", "2005-07-02"),
        D("the fourth quarter of 2000", "2000-Q4")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

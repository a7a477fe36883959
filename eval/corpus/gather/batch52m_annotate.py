#!/usr/bin/env python3
"""Batch 52m gold annotations (the texts of batch52m.py: the SEC's Litigation Release No. 17631 of 25 July 2002 --
'settled cease-and-desist proceedings against Oxford Health Plans, Inc., Oxford's former Chief Financial Officer,
Andrew B. Cassidy, and Oxford's former controller, Brendan R. Shanahan'; the SEC's Litigation Release No. 18485 of
December 2003 -- 'the principal executive officers of Styling Technology Corporation ("Styling"), including its
former chairman and CEO, Sam Leopold, and its former CFO, Richard R. Ross', 'their accounting firm, Arthur Andersen
LLP', "the manager of Styling's Body Drench division, Phillip D. Teal", "Styling's vice president of operations, Norman
B. Cowgill"), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted
ids dealt along test, train, dev, train (batch10_annotate's write_parts): Oxford -> test, Styling -> train. Dates
resolve against `published` (Oxford's release line); Styling's `published` is null, so only its absolute expressions
are listed (GUIDELINES).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zr, 52b, 52i, 52j; looked up in the gold of the corpus's
SEC files on other matters and GATHERING.md -- the SEC named 'Commission' where the text has no longer form (52j's
Bennett, the corpus's Legato, Tenet, Candie's files), in full with alias 'Commission' where it has (52i, 52j's Signal);
named district courts -> Organization as written (51zn, 52b, 52i); 'former chairman and CEO' -> chairman and ceo, both
current false (the corpus's Sunbeam, Biovail files); 'controller' -> executive (the corpus's Sunbeam, Synchronoss,
Biovail, SmartForce files); 'manager' -> executive (GUIDELINES); a named division -> Company with parentOrganization to
its company (52j's Keltec; the corpus's Spark Digital, Andina, Outside Broadcast) and a post in a named unit -> role at
the unit (the corpus's SmartForce US file); an audit firm and its client -> no partner (the corpus's Sunbeam / Arthur
Andersen file gives none); 'Securities Exchange Act of 1934' -> no entity, no date (0 of the corpus's 19 SEC files with
the Act list '1934'); 'second quarter 1998'-style calendar quarters -> YYYY-Qn (the corpus's Peritus, Biovail files);
seasons -> the year (GUIDELINES); one date item per distinct text and value).
usage: batch52m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
OX = "Oxford Health Plans, Inc."
STY = "Styling Technology Corporation"
BD = "Body Drench"
A = {}

# ---- Oxford Health Plans, LR 17631, published 2002-07-25 (a Thursday) ----------------------------------------------
A["us-sec-oxford-health-plans-former-cfo-cassidy-controller-shanahan-81-million-revenue-penalty-2002"] = dict(
 # The Commission ('The Commission today announced', 'the Commission filed', 'The Order issued by the Commission': the
 # only form -> name 'Commission', as 52j's Bennett file; 'SEC' is in the title only); Oxford Health Plans, Inc.
 # ("Oxford's", 'against Oxford', 'Oxford has consented': alias 'Oxford', possessive-free; a health insurer, Company);
 # Andrew B. Cassidy; Brendan R. Shanahan; the United States District Court for the Southern District of New York (as
 # written). Not annotated: 'the Securities Exchange Act of 1934 ("Exchange Act")' (a law); 'the complaint', 'The
 # Order', 'a judgment' (documents); 'its third quarter 1997 financial reports' (documents)
 entities=[E("Organization", "Commission"),
           E("Company", OX, "Oxford"),
           E("Person", "Andrew B. Cassidy"),
           E("Person", "Brendan R. Shanahan"),
           E("Organization", "United States District Court for the Southern District of New York")],
 # "Oxford's former Chief Financial Officer, Andrew B. Cassidy" -> cfo at Oxford Health Plans, Inc., current false
 # ('former'); "Oxford's former controller, Brendan R. Shanahan" -> executive (controller, the corpus's way), current
 # false -- **doubtful**: a reader may leave a controller without a role as no senior title of the vocabulary, or give
 # 'other'. Near-misses: none beyond these two (the text names no other officer)
 roles=[R("Andrew B. Cassidy", "cfo", OX, False),
        R("Brendan R. Shanahan", "executive", OX, False)],
 # No relation. Near-misses: the Commission's complaint against Oxford in the district court and Oxford's consent to
 # a judgment (a regulator's action, no partner); 'its internal books and records' (no second organisation)
 relations=[],
 outages=[],
 # 'today' -> 2002-07-25 (`published`); 'the fall of 1997' -> 1997 (a season -> the year, GUIDELINES; the corpus's 'the
 # fall of 2011' the same way); 'January through September 1997' -> 'January' 1997-01 and 'September 1997' 1997-09 --
 # **doubtful**: 'January' takes its year from the range's end, not from `published` (a reader resolving it against
 # 2002-07-25 would give 2002-01; a reader may also list the range once); 'third quarter 1997' ('its third quarter
 # 1997 financial reports') -> 1997-Q3 (a calendar quarter as the corpus's Peritus 'second quarter 1998' -- the text
 # does not say Oxford's fiscal year is the calendar year: **doubtful**). Not dates: '1934' inside the Act's name (the
 # corpus's way); the title's '1997' (title not annotated)
 dates=[D("today", "2002-07-25"), D("the fall of 1997", "1997"), D("January", "1997-01"),
        D("September 1997", "1997-09"), D("third quarter 1997", "1997-Q3")])

# ---- Styling Technology, LR 18485, published null (December 2003; no release line in the store's copy) -------------
A["us-sec-styling-technology-former-chairman-ceo-leopold-cfo-ross-body-drench-division-andersen-auditors-2003"] = dict(
 # The Securities and Exchange Commission (named in full; 'the Commission', "The Commission's Complaint": alias
 # 'Commission'); the United States District Court for the District of Columbia (as written; 'District of Columbia'
 # inside the court's name -> no Location of its own, as the corpus's court names); Styling Technology Corporation
 # ('("Styling")', "Styling's": alias 'Styling'; 'the company' no alias); Sam Leopold; Richard R. Ross; Arthur Andersen
 # LLP ('their accounting firm': Company; 'ARTHUR ANDERSEN' is in the left-out second heading only: no alias); Body
 # Drench ("Styling's Body Drench division": a named division -> Company, 52j's Keltec way -- **doubtful**: Body Drench
 # is also the brand of the products the division sold; a reader may type it Service or leave it as a unit's name);
 # Phillip D. Teal; Norman B. Cowgill. The short forms 'Leopold', 'Ross', 'Cowgill' and James T. Montrose are in the
 # cut sentence only: no aliases, no entity. Not annotated: 'two of the company's auditors' (unnamed persons);
 # 'an overseas warehouse', 'two company-controlled warehouses' (unnamed sites); "The Commission's Complaint" (a document)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Columbia"),
           E("Company", STY, "Styling"),
           E("Person", "Sam Leopold"),
           E("Person", "Richard R. Ross"),
           E("Company", "Arthur Andersen LLP"),
           E("Company", BD),
           E("Person", "Phillip D. Teal"),
           E("Person", "Norman B. Cowgill")],
 # 'its former chairman and CEO, Sam Leopold' -> chairman and ceo at Styling Technology Corporation, both current false;
 # 'its former CFO, Richard R. Ross' -> cfo, current false; "the manager of Styling's Body Drench division, Phillip D.
 # Teal" -> executive ('manager', GUIDELINES) at Body Drench (the post is in the named unit: the corpus's SmartForce US
 # way), current true -- **doubtful** twice: the org (a reader may give Styling Technology Corporation, the company the
 # division belongs to) and current (the text tells 1998 events and says no 'former'; the company is not said to exist
 # still); "Styling's vice president of operations, Norman B. Cowgill" -> vice-president at Styling Technology
 # Corporation, current true -- **doubtful** the same way (no 'former' in the text, past events). Near-misses: 'the
 # principal executive officers of Styling' (a group, named only through Leopold and Ross); 'two of the company's
 # auditors' (unnamed: no role at Arthur Andersen LLP); James T. Montrose's 'former chief accounting officer' (in the
 # cut sentence)
 roles=[R("Sam Leopold", "chairman", STY, False),
        R("Sam Leopold", "ceo", STY, False),
        R("Richard R. Ross", "cfo", STY, False),
        R("Phillip D. Teal", "executive", BD),
        R("Norman B. Cowgill", "vice-president", STY)],
 # "Styling's Body Drench division" -> parentOrganization (Body Drench, Styling Technology Corporation). Near-misses:
 # Arthur Andersen LLP as the firm whose auditors audited 'Styling's 1998 year-end financial statements' (an auditor
 # and its client: no partner, as the corpus's Sunbeam / Arthur Andersen file -- **doubtful**: a reader may count an
 # audit engagement as a supplier/customer contract); 'sales to' unnamed customers and distributors (no entity)
 relations=[L(BD, "parentOrganization", STY)],
 outages=[],
 # `published` null: only absolute expressions. 'December 3, 2003' -> 2003-12-03; '1997' ('between 1997 and 1999',
 # 'beginning in 1997') -> 1997, one item; '1999' ('between 1997 and 1999', "Styling's 1999 first and second quarter
 # reports") -> 1999, one item; '1998' ("Styling's 1998 year-end financial statements", 'during 1998') -> 1998, one
 # item. Near-misses: 'at year-end' and 'these year-end transactions' (the end of 1998 by the sentence's 'during 1998':
 # anaphoric, not absolute -- left out with `published` null); '1999 first and second quarter' (a pair of quarters,
 # already covered by '1999'; whether they are calendar quarters is not said); 'the current quarter', 'the entire year'
 # (no value of their own)
 dates=[D("December 3, 2003", "2003-12-03"), D("1997", "1997"), D("1999", "1999"), D("1998", "1998")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

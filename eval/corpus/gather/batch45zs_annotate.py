#!/usr/bin/env python3
"""Batch 45zs gold annotations (the texts of batch45zs.py: the SEC's Litigation Release No. 20034 of 8 March 2007 on
'Shashikant C. Shah (Shah) ..., the Vice President of Quality Control, Quality Assurance and Regulatory Affairs of
former drug maker Able Laboratories, Inc. (Able)'; the SEC's Litigation Release No. 21599 of 22 July 2010 on Dell Inc.,
'Dell Chairman and CEO Michael Dell, former CEO Kevin Rollins, and former CFO James Schneider', 'former regional Vice
President of Finance Nicholas Dunning, and former Assistant Controller Leslie Jackson'), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm and 45zp for SEC releases): the SEC ->
Organization ('Commission' or 'SEC' alias where written); a court named in full -> Organization (45a's and 45f's
'United States District Court for the District of ...'); a federal agency -> Organization with its abbreviation as
alias (40l's FDA), 'U.S.' inside the agency's name no Location of its own; 'CEO' -> ceo; 'CFO' -> cfo; 'Chairman and
CEO' -> chairman and ceo (two items); 'Vice President of ...' -> vice-president (45f, 45p, 45v); 'Assistant Controller'
-> executive (45p's Pahapill; doubtful); 'former' -> current false; a post at a company the text says halted
operations, with no 'former' on the person -> current false (doubtful); exclusivity payments from one company to
another with no supply, customer or partnership stated -> no relation (doubtful); 'Wall Street' as the market's
earnings targets -> nothing (40f, 44d); 'today' -> the release's day; 'from <month year> through <month year>' -> each
month its own item; durations ('a 16-month period') -> nothing.
usage: batch45zs_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zs/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
AB = "Able Laboratories, Inc."
DI = "Dell Inc."
A = {}

# ---- Able Laboratories and Shashikant C. Shah, published 2007-03-08 (a Thursday) ---------------------------------------
A["us-sec-able-laboratories-former-vice-president-quality-control-shah-insider-trading-2007"] = dict(
 # The Securities and Exchange Commission ('(Commission)', "The Commission's complaint"); the United States District
 # Court for the District of New Jersey (a court named in full: Organization, 45f's New Jersey court); Shashikant C.
 # Shah ('(Shah)', 'Shah' throughout); Able Laboratories, Inc. ('(Able)', 'Able', "Able's"); the U.S. Food and Drug
 # Administration ('(FDA)'; 'U.S.' part of the agency's name, no Location item). Not annotated: 'the complaint',
 # 'employee stock options', 'Able products', 'generic drugs' and 'antibiotic, analgesic and antipsychotic
 # medications' (no product named), 'the District of New Jersey' inside the court's name (no Location of its own)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of New Jersey"),
           E("Person", "Shashikant C. Shah", "Shah"),
           E("Company", AB, "Able"),
           E("Organization", "U.S. Food and Drug Administration", "FDA")],
 # 'Shah, the Vice President of Quality Control, Quality Assurance and Regulatory Affairs of former drug maker Able
 # Laboratories, Inc.' -> vice-president at Able Laboratories, current false. **Doubtful**: the body puts no 'former'
 # on Shah ('former' qualifies the drug maker; the heading's 'Former Vice President' is not annotated text), but it
 # says Able halted operations in May 2005 and tells his post with his 2003-2004 trading, so a careful reader takes
 # the post as ended; a reader may give current true. Near-misses: none (no other person named; 'employee stock
 # options' makes him an employee, no further post)
 roles=[R("Shashikant C. Shah", "vice-president", AB, False)],
 # Nothing: Able's concealment from the FDA (a regulator and a regulated company, no partnership); 'former drug
 # maker' (a description)
 relations=[],
 outages=[],
 # 'On March 8, 2007' -> 'March 8, 2007' 2007-03-08 (the release's own day); 'in May 2005' -> 'May 2005' 2005-05;
 # 'from August 2003 through December 2004' -> 'August 2003' 2003-08 and 'December 2004' 2004-12 (each end its own
 # item). Skipped: 'a 16-month period' and 'within a few days' (durations), 'immediately thereafter' (no value),
 # '58,000', '$909,000', '40' (amounts)
 dates=[D("March 8, 2007", "2007-03-08"), D("May 2005", "2005-05"), D("August 2003", "2003-08"),
        D("December 2004", "2004-12")])

# ---- Dell Inc., Michael Dell, Rollins, Schneider, Dunning and Jackson, published 2010-07-22 (a Thursday) ---------------
A["us-sec-dell-chairman-ceo-michael-dell-former-ceo-rollins-former-cfo-schneider-disclosure-fraud-2010"] = dict(
 # The Securities and Exchange Commission ('The SEC alleges', 'The SEC charged', "the SEC's charges": alias 'SEC');
 # Dell Inc. ('Dell' for the company: 'Dell did not disclose', 'allowed Dell to meet', 'Dell again misled', 'Dell
 # Chairman and CEO'; 'the company' generic); Intel Corporation ('Intel'); Michael Dell (written only so: the
 # surname alone is the company's name in this text, so no alias; 'Michael S. Dell' is only in the cut caption);
 # Kevin Rollins ('Rollins'); James Schneider ('Schneider'); Nicholas Dunning ('Dunning'); Leslie Jackson
 # ('Jackson'). Not annotated: 'Wall Street' ('Wall Street earnings targets': the market's expectations, 40f, 44d),
 # 'central processing units (CPUs)' (a kind of part, no product named), "Intel's main rival" (unnamed), 'investors'
 entities=[E("Organization", SEC, "SEC"),
           E("Company", DI, "Dell"),
           E("Company", "Intel Corporation", "Intel"),
           E("Person", "Michael Dell"),
           E("Person", "Kevin Rollins", "Rollins"),
           E("Person", "James Schneider", "Schneider"),
           E("Person", "Nicholas Dunning", "Dunning"),
           E("Person", "Leslie Jackson", "Jackson")],
 # 'Dell Chairman and CEO Michael Dell' -> chairman and ceo at Dell Inc., both current true (no 'former'; GUIDELINES:
 # both posts named, both items); 'former CEO Kevin Rollins' -> ceo at Dell Inc., false (the company read from the
 # list's lead 'Dell Chairman and CEO ...': the senior executives of the heading and first sentence); 'former CFO
 # James Schneider' -> cfo, false; 'former regional Vice President of Finance Nicholas Dunning' -> vice-president,
 # false ('regional' no other title); 'former Assistant Controller Leslie Jackson' -> executive, false (45p's
 # Pahapill; **doubtful**: a reader may give other). **Doubtful**: the company of Rollins', Schneider's, Dunning's
 # and Jackson's posts is not written beside each name ('Dell' only before 'Chairman and CEO'); the text's frame
 # (Dell charged, the SEC charging its chairman and former officers, Dell and the five settling) makes Dell Inc.
 # certain for a careful reader. Near-misses: 'senior executives' (the heading, not annotated text)
 roles=[R("Michael Dell", "chairman", DI, True), R("Michael Dell", "ceo", DI, True),
        R("Kevin Rollins", "ceo", DI, False), R("James Schneider", "cfo", DI, False),
        R("Nicholas Dunning", "vice-president", DI, False), R("Leslie Jackson", "executive", DI, False)],
 # Nothing: 'large exclusivity payments the company received from Intel Corporation not to use central processing
 # units (CPUs) manufactured by Intel's main rival' -- payments between two named companies, but the text states no
 # supply, customer or partnership deal in words (that Dell bought Intel's CPUs is implied, not said); **doubtful**:
 # a reader may give partner(Dell Inc., Intel Corporation); near-miss. "Intel's main rival" (unnamed)
 relations=[],
 outages=[],
 # 'today' -> 2010-07-22 (the release's day). No other time expression in the kept text ('consistently', 'again' no
 # value); '$100 million', '$4 million', '$3 million' (amounts) skipped
 dates=[D("today", "2010-07-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 50j gold annotations (the texts of batch50j.py: two CFTC enforcement press releases of 2012 -- the order
against 'Newedge USA, LLC (Newedge), a New York-based futures commission merchant', of which the text says 'Newedge is
a subsidiary of Newedge Group, SA' (6167-12, 9 January 2012); the order against 'Interactive Brokers LLC
(Interactive), a futures commission merchant based in Greenwich, Conn.' (6317-12, 25 July 2012)), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Interactive Brokers file to test, the Newedge file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g; looked up in the corpus's files by their gold only where other matters): regulators -> Organization, the
fullest name the text gives ('U.S. Commodity Futures Trading Commission'), 'CFTC' as alias, and 'Commission' where the
text uses it alone for the CFTC (49h, 50g's Goldman file); a firm's bracketed short form as alias; a city in 'X-based'
-> Location with the city's name (the corpus's Optiver file: 'a Chicago-based' -> Chicago; its Westinghouse file:
'New York-based' -> New York); 'City, State' as one Location (50g's 'White Plains, N.Y.'; here 'Greenwich, Conn.'); a
parent the text names ('X is a subsidiary of Y') -> parentOrganization(X, Y) (50d's Marathon and Citigroup files);
unnamed affiliates, unnamed systems and registration categories ('futures commission merchant', 'clearing members')
-> nothing; laws, regulations and forms (the Commodity Exchange Act, 'CFTC Regulations 17.00, 17.01, and 166.3',
'Form 102s') -> nothing; a date repeated with the same text and value -> one item (the manual).
usage: batch50j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
NEW = "Newedge USA, LLC"
NEWG = "Newedge Group, SA"
IB = "Interactive Brokers LLC"
A = {}

# ---- Newedge USA, LLC order, CFTC press release 6167-12, published 2012-01-09 (a Monday) -------------------------------
A["us-cftc-newedge-usa-subsidiary-newedge-group-inaccurate-large-trader-reports-prior-order-2012"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'to the CFTC' (four times), 'a February 7, 2011, CFTC
 # order', 'The CFTC order finds': alias 'CFTC'; 'the February 7, 2011, Commission order': alias 'Commission', as 49h
 # and 50g's Goldman file -- **doubtful**: the one use sits inside a set phrase naming an order, and a reader may leave
 # 'Commission' out); Newedge USA, LLC ('(Newedge)', then 'Newedge' throughout, "Newedge's large trader position
 # reports": alias 'Newedge' -- the short form is also the first word of the parent's name, which is kept apart);
 # New York ('a New York-based futures commission merchant': Location 'New York', the corpus's 'X-based' way --
 # **doubtful**: the city sits inside a compound adjective); Newedge Group, SA ('a subsidiary of Newedge Group, SA, a
 # global financial services company': Company, the text's own spelling with the comma). Not annotated: '21 affiliates
 # around the world' (unnamed -- near-miss); 'about 200 clearing members, futures commission merchants and brokers'
 # (generic); 'futures commission merchant' (a registration category); 'omnibus accounts', 'delivery notices',
 # 'exchange of futures for physicals' (trade terms); 'U.S.' inside the CFTC's own name; the orders (documents);
 # David Meister, the CFTC's Enforcement Director (past the cut -- near-miss: his role is not in the kept text)
 entities=[E("Organization", CFTC, "CFTC", "Commission"),
           E("Company", NEW, "Newedge"),
           E("Location", "New York"),
           E("Company", NEWG)],
 # No person is named in the kept text: no role. Near-miss: 'CFTC Enforcement Director David Meister' (the paragraph
 # past the cut, left out whole because the excerpt breaks off inside his quotation)
 roles=[],
 # 'Newedge is a subsidiary of Newedge Group, SA' -> parentOrganization(Newedge USA, LLC, Newedge Group, SA).
 # Near-misses: the parent's '21 affiliates around the world' (unnamed, so no relation); Newedge as one of 'about 200
 # clearing members' reporting to the CFTC (a regulated firm, no relation type); the CFTC's order (enforcement)
 relations=[L(NEW, "parentOrganization", NEWG)],
 outages=[],
 # 'today' ('today announced') -> 2012-01-09 (`published`); 'February 7, 2011' ('a February 7, 2011, CFTC order' and
 # 'the February 7, 2011, Commission order': the same text and value, one item) -> 2011-02-07; 'March 2011' ('from
 # about March 2011') -> 2011-03; 'July 2011' ('through about July 2011') -> 2011-07. Skipped: 'each day' (no calendar
 # value); 'January 9, 2012' (the date line, cut)
 dates=[D("today", "2012-01-09"), D("February 7, 2011", "2011-02-07"), D("March 2011", "2011-03"),
        D("July 2011", "2011-07")])

# ---- Interactive Brokers LLC order, CFTC press release 6317-12, published 2012-07-25 (a Wednesday) ----------------------
A["us-cftc-interactive-brokers-greenwich-large-trader-reporting-supervision-violations-2012"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order' (twice), 'to the CFTC', 'The CFTC
 # requires': alias 'CFTC'; 'CFTC Regulations 17.00, 17.01, and 166.3' is a regulation's name, no entity of its own);
 # Interactive Brokers LLC ('(Interactive)', then 'Interactive' throughout: alias 'Interactive' -- the text's own
 # short form, though a common word); Greenwich, Conn. ('based in Greenwich, Conn.': one Location, the lane's 'City,
 # State' way). Not annotated: 'an automated system' / 'its automated system' / 'the system' (the firm's unnamed
 # internal reporting system -- near-miss: no Service without a name, and its failing to aggregate accounts is a
 # defect, not an outage); 'Form 102s' (a regulatory form); 'Section 4g of the Commodity Exchange Act' and the CFTC
 # Regulations (law); 'futures commission merchant(s)' (a registration category); 'large traders', 'account
 # holders' (generic); 'U.S.' inside the CFTC's own name
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", IB, "Interactive"),
           E("Location", "Greenwich, Conn.")],
 # No person is named: no role. Near-miss: 'the employees responsible for submitting Form 102s' (past the cut, unnamed)
 roles=[],
 # No relation the vocabulary has. Near-misses: Interactive's parent (none named in the text); Interactive reporting
 # to the CFTC (a regulated firm, no relation type); the automated system (unnamed, so no provider)
 relations=[],
 # Near-miss, no outage: the automated system 'repeatedly failing to identify and aggregate related accounts' is a
 # functional defect in a firm's internal reporting, not a service that users lost (the manual: product defects are
 # not outages)
 outages=[],
 # 'today' ('today issued') -> 2012-07-25 (`published`); 'July 25, 2012' ('filed on July 25, 2012') -> 2012-07-25 (another
 # text with the same value: its own item); 'January 2008' ('from in or about January 2008') -> 2008-01; 'January 2012'
 # ('to at least January 2012') -> 2012-01. Skipped: 'daily' (no calendar value); the date line (cut)
 dates=[D("today", "2012-07-25"), D("July 25, 2012", "2012-07-25"), D("January 2008", "2008-01"),
        D("January 2012", "2012-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

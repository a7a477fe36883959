#!/usr/bin/env python3
"""Batch 51zl gold annotations (the texts of batch51zl.py: two CFTC enforcement press releases -- the order against
'Advantage Futures LLC (Advantage), a Chicago-based Futures Commission Merchant (FCM)', 'Advantage's Chief Executive
Officer Joseph Guinan, a resident of River Forest, Illinois' and 'former Chief Risk Officer William Steele, a resident
of Vernon Hills, Illinois' (7449-16, 21 September 2016); the order against 'Dearborn Trading, Inc. (Dearborn), a
commodity pool operator (CPO), and Joel Bronstein (Bronstein), Dearborn's owner and principal' for the closing annual
report of 'Dearborn Trading Fund, LLC, a commodity pool operated by Dearborn', with 'the National Futures Association'
thanked and five 'CFTC staff members' named (6097-11, 25 August 2011)), written from the texts alone; newskg was not
run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
the Advantage Futures file to test, the Dearborn Trading file to train.
Dates resolve against `published` (each release's date line).
Conventions (the federal SEC/CFTC lane's, batches 18a, 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf, 51zk; looked up in the corpus's files by their gold only where other
matters): regulators -> Organization, the fullest name the text gives ('U.S. Commodity Futures Trading Commission' in
both), 'CFTC' as alias (51g, 51o); a self-regulatory body (the National Futures Association) -> Organization (51g);
'Chief Executive Officer' -> ceo; a chief risk officer -> executive (the manual: chief officers of a function ->
executive), 'former' -> current=false; 'a principal' of a firm -> executive (23b, 40m, 51a, 51o, 51zf, 51zk); a
person's ownership of a firm -> no relation (persons are not relation ends; 51a's Arjent owners); 'Firm (Short)' and a
surname alone -> aliases; 'a Chicago-based' firm -> Location 'Chicago', no relation (51o, 51zk); 'a resident of City,
State' -> one Location 'City, State', no relation or role (the lane's 'City, State' way); a CFTC staff credit line ->
other, current (50d's and 51g's staff, the manual's staff attorneys -> other; here at the CFTC, the only body the line
names); registration categories (Futures Commission Merchant, commodity pool operator), laws and regulations (the
Commodity Exchange Act, CFTC regulation 4.22(c) and its C.F.R. citation), reports (the Annual Chief Compliance
Officer's Report, the closing Annual Report), orders, programmes and unnamed customers -> nothing; a date repeated
with the same text and value -> one item (the manual).
usage: batch51zl_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zl/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

CFTC = "U.S. Commodity Futures Trading Commission"
ADV = "Advantage Futures LLC"
DTI = "Dearborn Trading, Inc."
DTF = "Dearborn Trading Fund, LLC"
NFA = "National Futures Association"
STAFF = ["Brian Walsh", "Kenneth McCracken", "Jessica Harris", "Rick Glaser", "Richard Wagner"]
A = {}

# ---- Advantage Futures LLC, Joseph Guinan and William Steele, CFTC 7449-16, published 2016-09-21 (a Wednesday) ----------
A["us-cftc-advantage-futures-chicago-fcm-ceo-joseph-guinan-former-chief-risk-officer-william-steele-supervision-2016"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'statements to the CFTC', 'The CFTC Order': alias 'CFTC';
 # the text never writes 'Commission' alone); Advantage Futures LLC ('(Advantage)', "Advantage's", 'Respondents
 # Advantage': alias 'Advantage'; Company); Chicago ('a Chicago-based Futures Commission Merchant': Location); Joseph
 # Guinan ('Guinan': alias; Person); River Forest, Illinois ('a resident of River Forest, Illinois': one Location);
 # William Steele ('Steele': alias; Person); Vernon Hills, Illinois (one Location). Not annotated: 'Futures Commission
 # Merchant (FCM)' (a registration category); 'the Annual Chief Compliance Officer's Report', 'required risk manuals'
 # (reports); 'the Commodity Exchange Act (CEA)', 'the CEA', 'Regulations' (laws and rules); 'the Order', 'The CFTC
 # Order' (papers); 'its Risk Management Program and Risk Department' (a programme and an unnamed in-house department
 # written with capitals -- near-miss: a reader may take 'Risk Department' for a named unit of Advantage with a
 # parentOrganization; the lane gives generic departments nothing); 'certain commodity interest accounts' (unnamed);
 # '$1.5 million' (an amount)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", ADV, "Advantage"),
           E("Location", "Chicago"),
           E("Person", "Joseph Guinan", "Guinan"),
           E("Location", "River Forest, Illinois"),
           E("Person", "William Steele", "Steele"),
           E("Location", "Vernon Hills, Illinois")],
 # "Advantage's Chief Executive Officer Joseph Guinan" -> ceo at Advantage Futures LLC, current (the post written in
 # the present: 'also charges Advantage's Chief Executive Officer'); 'former Chief Risk Officer William Steele' ->
 # executive at Advantage Futures LLC, current=false ('former'; the manual's chief officers of a function ->
 # executive) -- **doubtful**: the firm is written once, before Guinan's title ('Advantage's ... and former Chief Risk
 # Officer'), so Steele's post at Advantage is read from the shared possessive and from 'failing to supervise
 # Advantage's risk management program' (a reader is sure of it; the heading, not annotated, says the same). Near-
 # misses: 'a resident of River Forest, Illinois', 'a resident of Vernon Hills, Illinois' (homes, no role); 'the
 # Annual Chief Compliance Officer's Report' (a report's name; no chief compliance officer is named)
 roles=[R("Joseph Guinan", "ceo", ADV, True),
        R("William Steele", "executive", ADV, False)],
 # No relation: the text names one firm and no parent, owner or unit. Near-misses: 'Chicago-based' (a seat, no
 # relation type); the 'Risk Department' (unnamed in-house unit, above); the unnamed customer accounts; the joint and
 # several penalty (enforcement, no relation type)
 relations=[],
 outages=[],
 # 'today' ('today issued an Order') -> 2016-09-21 (`published`); 'November 2011' ('began in or about November 2011 to
 # at least August 2015') -> 2011-11; 'August 2015' -> 2015-08. Skipped: the date line (cut); '$1.5 Million' (an
 # amount); '1.11', '1.73' (rule numbers, in the cut part and the sub-heading only)
 dates=[D("today", "2016-09-21"), D("November 2011", "2011-11"), D("August 2015", "2015-08")])

# ---- Dearborn Trading, Inc. and Joel Bronstein, CFTC 6097-11, published 2011-08-25 (a Thursday) -------------------------
A["us-cftc-dearborn-trading-pool-operator-owner-principal-joel-bronstein-dearborn-trading-fund-closing-annual-report-2011"] = dict(
 # The U.S. Commodity Futures Trading Commission ('(CFTC)', 'The CFTC order', 'CFTC regulation', 'The CFTC thanks',
 # 'CFTC staff members': alias 'CFTC'); Dearborn Trading, Inc. ('(Dearborn)', "Dearborn's", 'operated by Dearborn':
 # alias 'Dearborn'; Company); Joel Bronstein ('(Bronstein)': alias; Person); Dearborn Trading Fund, LLC ('a commodity
 # pool operated by Dearborn', then 'the pool': Company, a named fund run as a business -- **doubtful**: a reader may
 # leave a pool out as a product or type it Organization; 'the pool' is a generic noun, no alias); the National
 # Futures Association (Organization, a self-regulatory body, 51g's way -- **doubtful** as there, a reader may type it
 # Company); Brian Walsh, Kenneth McCracken, Jessica Harris, Rick Glaser, Richard Wagner (Person, each named once in
 # the staff line). Not annotated: 'a commodity pool operator (CPO)' (a registration category); 'a closing Annual
 # Report (liquidation statement)', "the pool's liquidation statement" (reports); 'CFTC regulation 4.22(c)', '17
 # C.F.R. \u00a7 4.22(c)' (a rule and its citation); 'the order' (a paper); '$180,000' (an amount). 'Chicago, Illinois'
 # is only in the heading (not annotated: the text, not the title)
 entities=[E("Organization", CFTC, "CFTC"),
           E("Company", DTI, "Dearborn"),
           E("Person", "Joel Bronstein", "Bronstein"),
           E("Company", DTF),
           E("Organization", NFA)]
          + [E("Person", p) for p in STAFF],
 # "Joel Bronstein (Bronstein), Dearborn's owner and principal" -> executive at Dearborn Trading, Inc., current (the
 # lane's 'principal' -> executive; 'owner' is no title and ownership by a person is no relation). 'CFTC staff members
 # responsible for this case are ...' -> other at the U.S. Commodity Futures Trading Commission, current, for each of
 # the five (50d's and 51g's staff lines, there at the Division of Enforcement the line named; this line names only
 # the CFTC) -- **doubtful**: a reader may give no role (a credit line, no title) or, knowing the practice, put the
 # roles at the Division of Enforcement, which the text does not name
 roles=[R("Joel Bronstein", "executive", DTI, True)]
       + [R(p, "other", CFTC, True) for p in STAFF],
 # No relation. Near-misses: 'Dearborn Trading Fund, LLC, a commodity pool operated by Dearborn' -- **doubtful**: a
 # pool its operator runs, not a unit or subsidiary the text says Dearborn owns (the pool's participants hold it), so
 # no parentOrganization; a reader may give parentOrganization(Dearborn Trading Fund, LLC, Dearborn Trading, Inc.) or
 # a provider tie; Bronstein as 'owner' of Dearborn (a person: no relation end); 'The CFTC thanks the National Futures
 # Association for its assistance' (help in one case: no partner, contract or unit tie)
 relations=[],
 outages=[],
 # 'today' ('today issued an order') -> 2011-08-25 (`published`); 'January 2009' ('from about January 2009 until
 # approximately June 2009') -> 2009-01; 'June 2009' -> 2009-06; 'June 30, 2009' ('on or about June 30, 2009') ->
 # 2009-06-30. Skipped: '(2009)' in '17 C.F.R. \u00a7 4.22(c) (2009)' -- **doubtful**: the edition year of a legal
 # citation, not a time of anything told (51g kept 'Jan. 8, 1979', the date of cited final rules; an edition year is
 # weaker); 'within 30 days of the entry of the order', 'within 90 calendar days' (deadlines, no calendar value
 # written); the date line and the 'Last Updated' line (cut)
 dates=[D("today", "2011-08-25"), D("January 2009", "2009-01"), D("June 2009", "2009-06"),
        D("June 30, 2009", "2009-06-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

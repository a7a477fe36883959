#!/usr/bin/env python3
"""Batch 45a gold annotations (the texts of batch45a.py: the SEC's Litigation Release No. 18340 of 11 September 2003
on American International Group, Inc. (AIG), Brightpoint, Inc. 'and two former officers and a former employee of
Brightpoint, respectively, Phillip Bounsall (Bounsall), John Delaney (Delaney) and Timothy Harcharik (Harcharik)'; the
SEC's Litigation Release No. 20916 of 26 February 2009 on 'former Aspen Technology, Inc. ("Aspen") Chief Financial
Officer Lisa W. Zappala'; the SEC's Litigation Release No. 21207 of 11 September 2009 on 'four former employees of
Dana Corporation (now known as Dana Holding Corporation)', the President, two Vice-Presidents and a Controller of its
Heavy Vehicle Technologies and Systems Group (HVTSG) and that group's subdivision Commercial Vehicle Systems (CVS)),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r and 44u for SEC releases): the SEC -> Organization (the fullest form the text writes; 'SEC',
'Commission' aliases where written); 'Chief Financial Officer' -> cfo; 'President' -> president; 'Vice-President'
-> vice-president (GUIDELINES: vice president); 'Controller', 'Group Controller' -> executive (42e's, 44r's and 44u's
controller); 'General Manager' -> executive (GUIDELINES: 'manager'); 'former officers of' a company -> executive,
current false (44d's and 44h's former officers); 'a former employee' with no post -> no role; 'former' -> current
false, and posts told 'At the time' of 'former employees' -> current false; a business unit and its subdivision ->
Company (GUIDELINES' types: business units), each post set at the unit the text names (a divisional post is not the
company's: batch 25c), the subdivision parentOrganization the unit and the unit parentOrganization the company
('X, a subdivision of one of Y's two main business units, Z' -> parentOrganization X->Z, Z->Y); 'now known as' ->
an alias of the same company (former and later names are aliases: GUIDELINES; 44u's Converium); a court named in full
-> Organization (41b, 42a, 42j, 42v, 44p, 44r, 44u); 'federal district court in the Southern District of New York'
-> nothing (no court named in full, no place: 41p's judicial districts, 44d's 'the Middle District of Pennsylvania');
a company that 'sold' another a product -> partner, seller to buyer as written (GUIDELINES: supply/customer
contract; doubtful, the product a sham); '<city>, <state> software company' -> the city and the state Locations;
half years and 'the first two quarters of' a year -> the year (GUIDELINES: parts of a year); fiscal years -> no date
(44d's 'fiscal years 2001 and 2002').
usage: batch45a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
AIG = "American International Group, Inc."
BP = "Brightpoint, Inc."
AT = "Aspen Technology, Inc."
DANA = "Dana Corporation"
HV = "Heavy Vehicle Technologies and Systems Group"
CVS = "Commercial Vehicle Systems"
A = {}

# ---- Brightpoint and AIG, published 2003-09-11 (a Thursday) ------------------------------------------------------------
A["us-sec-brightpoint-aig-former-officers-bounsall-delaney-insurance-product-fraud-2003"] = dict(
 # The SEC ('The Securities and Exchange Commission', 'The Commission also announced'; 'SEC' not in the kept text);
 # American International Group, Inc. ('(AIG)', 'AIG' throughout); Brightpoint, Inc. ('(Brightpoint)', 'Brightpoint'
 # throughout); Phillip Bounsall, John Delaney, Timothy Harcharik (each in full once with the bracketed surname, then
 # by surname). Not annotated: 'federal district court in the Southern District of New York' (no court named in full,
 # a judicial district, no place; doubtful: a reader may add the court or a Location), 'an AIG employee' (not named),
 # 'issuers', 'a public reporting company' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", AIG, "AIG"),
           E("Company", BP, "Brightpoint"),
           E("Person", "Phillip Bounsall", "Bounsall"),
           E("Person", "John Delaney", "Delaney"),
           E("Person", "Timothy Harcharik", "Harcharik")],
 # 'two former officers and a former employee of Brightpoint, respectively, Phillip Bounsall (Bounsall), John Delaney
 # (Delaney) and Timothy Harcharik (Harcharik)' -> Bounsall and Delaney executive (officers, no post named), current
 # false. Harcharik no role ('a former employee': no post; near-miss)
 roles=[R("Phillip Bounsall", "executive", BP, False), R("John Delaney", "executive", BP, False)],
 # 'AIG played an indispensable part in the fraudulent transaction by selling Brightpoint a new "insurance" product'
 # -> partner AIG -> Brightpoint (a seller and its customer, as written; doubtful: the product a sham in the SEC's
 # words, a reader may set nothing)
 relations=[L(AIG, "partner", BP)],
 outages=[],
 # 'today' (twice) -> 2003-09-11; 'Beginning in 1997' -> '1997'
 dates=[D("today", "2003-09-11"), D("1997", "1997")])

# ---- Aspen Technology and Lisa W. Zappala, published 2009-02-26 (a Thursday) -------------------------------------------
A["us-sec-aspen-technology-former-cfo-zappala-final-judgment-2009"] = dict(
 # The SEC ('The Securities and Exchange Commission ("Commission")', 'the Commission' throughout); the United States
 # District Court for the District of Massachusetts (named in full); Aspen Technology, Inc. ('("Aspen")', 'Aspen'
 # throughout); Lisa W. Zappala ('Zappala' throughout); Cambridge and Massachusetts ('a Cambridge, Massachusetts
 # software company'). Not annotated: 'two other senior officers of Aspen', 'two other defendants' (not named)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "United States District Court for the District of Massachusetts"),
           E("Company", AT, "Aspen"),
           E("Person", "Lisa W. Zappala", "Zappala"),
           E("Location", "Cambridge"),
           E("Location", "Massachusetts")],
 # 'former Aspen Technology, Inc. ("Aspen") Chief Financial Officer Lisa W. Zappala' -> cfo, current false
 roles=[R("Lisa W. Zappala", "cfo", AT, False)],
 relations=[],
 outages=[],
 # 'today' -> 2009-02-26; 'on February 25, 2009' -> 2009-02-25; 'in January 2007' -> 2007-01. Skipped: 'fiscal years
 # 1999 through 2002' (Aspen's fiscal years; the text does not say they are calendar years: 44d's fiscal rule;
 # doubtful: a reader may list '1999' and '2002')
 dates=[D("today", "2009-02-26"), D("February 25, 2009", "2009-02-25"), D("January 2007", "2007-01")])

# ---- Dana Corporation and four former employees, published 2009-09-11 (a Friday) ---------------------------------------
A["us-sec-dana-corporation-former-heavy-vehicle-president-cole-vice-presidents-fraud-2009"] = dict(
 # The SEC ('the Securities and Exchange Commission (Commission)'); Dana Corporation ('now known as Dana Holding
 # Corporation': its later name, an alias; "Dana's"); Bernard Cole, William Hennessy, Douglas Hodge, Robert Steimle
 # (each in full once, then by surname); the Heavy Vehicle Technologies and Systems Group ('(HVTSG)', 'HVTSG'; a
 # business unit -> Company); Commercial Vehicle Systems ('(CVS)', 'CVS', "CVS'"; a subdivision -> Company). Not
 # annotated: 'the customers', 'the suppliers' (not named), 'North and South America' (part of Hennessy's post title,
 # a region the post covers, not a place the text tells of; near-miss)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", DANA, "Dana Holding Corporation", "Dana"),
           E("Person", "Bernard Cole", "Cole"),
           E("Person", "William Hennessy", "Hennessy"),
           E("Person", "Douglas Hodge", "Hodge"),
           E("Person", "Robert Steimle", "Steimle"),
           E("Company", CVS, "CVS"),
           E("Company", HV, "HVTSG")],
 # 'four former employees of Dana Corporation ... At the time, Cole was the President of HVTSG' -> president at HVTSG;
 # 'Hennessy was the Vice-President of North and South America of HVTSG and CVS' General Manager' -> vice-president at
 # HVTSG and executive (General Manager) at CVS; 'Hodge was the Vice-President and Group Controller of HVTSG' ->
 # vice-president and executive (Group Controller) at HVTSG; 'Steimle was the Controller for CVS' -> executive at CVS.
 # All current false ('former employees', 'At the time'). Doubtful: the posts set at the unit the text names, not at
 # Dana Corporation (a reader may add them at Dana); Cole's 'President' of a unit -> president (not the company's)
 roles=[R("Bernard Cole", "president", HV, False),
        R("William Hennessy", "vice-president", HV, False), R("William Hennessy", "executive", CVS, False),
        R("Douglas Hodge", "vice-president", HV, False), R("Douglas Hodge", "executive", HV, False),
        R("Robert Steimle", "executive", CVS, False)],
 # 'Commercial Vehicle Systems (CVS), a subdivision of one of Dana's two main business units, the Heavy Vehicle
 # Technologies and Systems Group (HVTSG)' -> CVS parentOrganization HVTSG; HVTSG parentOrganization Dana Corporation
 # (one of its 'two main business units'). Not set: CVS parentOrganization Dana Corporation (held through HVTSG; the
 # direct ties only; near-miss)
 relations=[L(CVS, "parentOrganization", HV), L(HV, "parentOrganization", DANA)],
 outages=[],
 # 'On September 11, 2009' -> 2009-09-11; 'from 2004' -> '2004'; 'the first two quarters of 2005' -> 2005 (a half
 # year -> the year, as 'the first half of 2005'; doubtful: a reader may list '2005' alone or skip the span)
 dates=[D("September 11, 2009", "2009-09-11"), D("2004", "2004"), D("the first two quarters of 2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

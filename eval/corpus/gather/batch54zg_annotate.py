#!/usr/bin/env python3
"""Batch 54zg gold annotations (the texts of batch54zg.py: sec.gov's claims page for Admin. Proc. File No. 3-17212 on
'Logitech International, S.A. ("Logitech")', Michael Doktorczyk, Sherralyn Bolles and the related complaint against
Erik Bardman and Jennifer Wolf, 'the former Logitech chief operating officer and acting controller'; sec.gov's claims
page for Admin. Proc. File Nos. 3-17582 and 3-17628 on 'Weatherford International PLC, f/k/a Weatherford International
LTD', James Hudgins, Darryl Kitay, 'Ernst & Young LLP', Craig R. Fronckiewicz and Sarah E. Adams), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts): the Logitech id -> test, the Weatherford id -> train. Dates resolve against
`published` (Logitech: the page's date, 2022-10-14; its text has only absolute dates); the Weatherford page has
`published` null, so only its absolute dates.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d ... 53zp, 54e, 54j, 54o, 54u, 54zb; looked up in
GATHERING.md and GUIDELINES) -- 'the Commission' alone (neither 'SEC' nor the full name in the text) -> Organization
named 'Commission' (53q's Westport claims page, the same page family); a company's bracketed short form or former name
('Logitech', 'Weatherford', 'f/k/a Weatherford International LTD', 'Ernst & Young') -> alias; a person's bracketed
surname -> alias; 'CPA' after a name is no part of the name; 'the former <company> chief operating officer and acting
controller, respectively' -> coo and executive (controller -> executive: 41j, 42e, 51d), both current false ('former'
carried over to both, as 42e); an audit firm's partner on a client's audit -> other at the firm, and no auditor/client
relation (44d, as 51d restates it; the engagement partners of the Sunbeam, Peregrine, Chancellor files); a federal court named in full -> Organization, the
state inside its name no Location of its own (54o, 54u, 54zb); 'the U.S. Treasury' -> Organization (as the lane's
Taylor Bean file); fiscal years ('fiscal year 2011', 'FY11', 'FY12', 'FY13', 'FY09') -> no date (fiscal rule); a law's
year ('Sarbanes-Oxley Act of 2002') -> no date (44l); 'from 2009 to 2014', 'between 2007 and 2012' -> two year items
each (the lane's Nicor, ACS, CSC files); one date item per distinct text and value.
usage: batch54zg_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zg/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

LG = "Logitech International, S.A."
WF = "Weatherford International PLC"
EY = "Ernst & Young LLP"
A = {}

# ---- Logitech, sec.gov claims page, Admin. Proc. File No. 3-17212, published 2022-10-14 (the page's date) -----------
A["us-sec-logitech-international-doktorczyk-bolles-former-coo-bardman-acting-controller-wolf-accounting-fraud-2016"] = dict(
 # The Commission ('the Commission instituted', "the Commission's Order", 'the Commission filed': name 'Commission', as
 # 53q's Westport page -- the text never writes 'SEC' or the full name); Logitech International, S.A. ('("Logitech")',
 # 'Logitech', "Logitech's": alias 'Logitech'); Michael Doktorczyk and Sherralyn Bolles (Persons; 'CPA' after Bolles's
 # name is her qualification, not part of the name); the Americas ('its Americas region': Location -- **doubtful**: the
 # words name Logitech's sales region, a reader may take it as a business unit and leave it out); the U.S. Treasury
 # ('transfer the funds to the U.S. Treasury': Organization); the U.S. District Court for the Northern District of
 # California (a court named in full -> Organization; 'California' inside its name no Location of its own); Erik Bardman
 # ('("Bardman")': alias) and Jennifer Wolf ('("Wolf")': alias). Not annotated: 'the Order', 'the Complaint' (documents),
 # 'the Respondents' (a collective), 'a failed product' and 'a prior acquisition' (unnamed), the Sarbanes-Oxley Act
 # (a law), the title's 'In the Matter of Bardman' heading (left out of the text)
 entities=[E("Organization", "Commission"),
           E("Company", LG, "Logitech"),
           E("Person", "Michael Doktorczyk"),
           E("Person", "Sherralyn Bolles"),
           E("Location", "Americas"),
           E("Organization", "U.S. Treasury"),
           E("Organization", "U.S. District Court for the Northern District of California"),
           E("Person", "Erik Bardman", "Bardman"),
           E("Person", "Jennifer Wolf", "Wolf")],
 # 'Erik Bardman ("Bardman") and Jennifer Wolf ("Wolf"), the former Logitech chief operating officer and acting
 # controller, respectively' -> Bardman coo at Logitech International, S.A., current false; Wolf executive (an acting
 # controller: controller -> executive, 41j/42e/51d; 'acting' does not change the post), current false ('former' read as
 # covering both titles, as 42e). **Doubtful**: the page calls Bardman 'chief operating officer', where news reports of
 # the case (not the text) call him the former CFO -- gold follows the text, so coo; a reader who knows the case would
 # write cfo. Near-misses: Doktorczyk and Bolles (Respondents with no post in the text; their posts -- controller,
 # director of accounting -- are in the news reports only); 'Sherralyn Bolles, CPA' (a qualification, no role)
 roles=[R("Erik Bardman", "coo", LG, False),
        R("Jennifer Wolf", "executive", LG, False)],
 # No relation: 'a prior acquisition' names no acquired company (near-miss: an acquisition with no named target); the
 # Commission, the court and the Treasury (no predicate); 'its Americas region' (a region, not a named unit: no
 # parentOrganization)
 relations=[],
 outages=[],
 # 'April 19, 2016' -> 2016-04-19; 'from 2009 to 2014' -> '2009' and '2014' (two items); 'April 18, 2016' -> 2016-04-18.
 # Skipped: 'fiscal year 2011', 'FY11', 'FY12', 'FY13', 'FY09' (fiscal years: Logitech's does not follow the calendar
 # year -- the fiscal rule); 'Sarbanes-Oxley Act of 2002' (a law's year, 44l)
 dates=[D("April 19, 2016", "2016-04-19"), D("2009", "2009"), D("2014", "2014"),
        D("April 18, 2016", "2016-04-18")])

# ---- Weatherford / Ernst & Young, sec.gov claims page, Admin. Proc. File Nos. 3-17582 and 3-17628, published null -----
A["us-sec-weatherford-international-hudgins-kitay-ernst-young-partners-income-tax-accounting-fair-fund-2016"] = dict(
 # The Commission (name 'Commission', as above); Weatherford International PLC ('f/k/a Weatherford International LTD' --
 # a former name, so an alias, GUIDELINES 'Former names ... are aliases'; '(\u201cWeatherford\u201d)' and 'Weatherford'
 # six times more: alias 'Weatherford'; 'Weatherford Order' and 'Weatherford Respondents' are defined terms, not
 # aliases); James Hudgins ('Hudgins'), Darryl Kitay ('Kitay') -- bracketed surnames as aliases, 'CPA' no part of the
 # names; Ernst & Young LLP ('(\u201cErnst & Young\u201d)': alias 'Ernst & Young'; Company, an audit firm); Craig R.
 # Fronckiewicz and Sarah E. Adams (Persons). Not annotated: 'U.S. Generally Accepted Accounting Principles' (a body of
 # rules: no entity, and 'U.S.' inside it no Location of its own -- **doubtful** only in that a reader may add United
 # States), 'the Respondents', 'the Weatherford Order', 'the Accounting Order' (defined terms for documents and parties)
 entities=[E("Organization", "Commission"),
           E("Company", WF, "Weatherford International LTD", "Weatherford"),
           E("Person", "James Hudgins", "Hudgins"),
           E("Person", "Darryl Kitay", "Kitay"),
           E("Company", EY, "Ernst & Young"),
           E("Person", "Craig R. Fronckiewicz"),
           E("Person", "Sarah E. Adams")],
 # 'Ernst & Young LLP, Craig R. Fronckiewicz, CPA, and Sarah E. Adams, CPA ... while serving as the external auditor,
 # coordinating (i.e., signing) partner, and tax partner for Weatherford, respectively' -> Fronckiewicz other at Ernst &
 # Young LLP (an audit firm's partner on a client's audit: other at the firm, 44d), Adams other at Ernst & Young LLP
 # (the tax partner, the same call); current false -- 'while serving as' tells service during the conduct, read as
 # 'then' (**doubtful**: the text says neither 'former' nor that they left, so a reader may set true; the Chancellor file's
 # partner was set true on 'its engagement partner', the Sunbeam and Peregrine partners false on 'former'). **Doubtful**
 # too: the firm is not written beside 'partner' ('partner ... for Weatherford'); the sentence's 'respectively' ties the
 # posts to the three respondents, and a partner on an audit belongs to the audit firm, Ernst & Young, the first of them.
 # No role for Hudgins or Kitay: the text gives them no post (near-miss: news reports call Hudgins Weatherford's former
 # vice president of tax and Kitay a former tax manager -- not in the text)
 roles=[R("Craig R. Fronckiewicz", "other", EY, False),
        R("Sarah E. Adams", "other", EY, False)],
 # No relation: Ernst & Young as 'the external auditor ... for Weatherford' is an auditor/client tie, which the lane does
 # not record as partner (44d; near-miss -- a reader may write partner Ernst & Young LLP -> Weatherford International
 # PLC under the supply/customer rule); no subsidiary or acquisition is named
 relations=[],
 outages=[],
 # `published` null: only absolute expressions. 'September 27, 2016' -> 2016-09-27; 'between 2007 and 2012' -> '2007'
 # and '2012' (two items); 'October 18, 2016' -> 2016-10-18. Skipped: 'throughout the relevant period' (no value)
 dates=[D("September 27, 2016", "2016-09-27"), D("2007", "2007"), D("2012", "2012"),
        D("October 18, 2016", "2016-10-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

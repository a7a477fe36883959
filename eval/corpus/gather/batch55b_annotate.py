#!/usr/bin/env python3
"""Batch 55b gold annotations (the texts of batch55b.py: sec.gov's announcement of June 30, 2020 on Potamus Trading LLC
and its former CEO, Eric J. Pritchett; Litigation Release No. 19470 of November 17, 2005 on Alberto W. Vilar, Gary Alan
Tanaka, Amerindo Investment Advisors Inc. and the affiliated Amerindo Advisors UK Limited, Amerindo Investment Advisors,
Inc. and Amerindo Management Inc.; sec.gov's release 'Henry C. Yuen et al.' (lr18530) on three former senior executives
of Gemstar-TV Guide International, Inc. and its wholly owned subsidiary, TV Guide, Inc.), written from the texts alone;
newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts): the Amerindo id -> test, the Gemstar id -> train, the Potamus id -> dev. Dates resolve
against `published` (Potamus 2020-06-30, Amerindo 2005-11-17); the Gemstar page has `published` null, so only absolute
dates are gold there.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 54zq; looked up in GATHERING.md, GUIDELINES and the corpus
files) -- the SEC -> Organization, named as the text's fullest form, with the short forms the text writes ('SEC',
'Commission') as aliases; a firm's bracketed short form -> alias; 'former CEO' -> ceo, current false; 'co-president' ->
president, 'co-chairman' -> chairman, 'co-chief operating officer' -> coo (GATHERING: 31a, 45m Tenet, 47-48 rounds);
'member of the board of directors' -> director; 'general counsel' -> executive and 'executive vice president' ->
vice-president (GUIDELINES); 'officers and directors' of a company -> executive and director (45zp: 'an officer' ->
executive); owners and shareholders -> no role; SEC staff named with no post -> no role (41e); an SEC unit or regional
office -> Organization, parentOrganization the SEC (41e; 18a gave the Market Abuse Unit none -- doubtful);
'wholly owned subsidiary' -> parentOrganization; affiliated firms not said to be owned by one another -> no relation
(54zq); named funds -> Company, no relation to their adviser (41e, 54zq); a named investment product investors bought ->
Service (GUIDELINES: products users buy); 'City, State' -> two Locations, an abbreviated state ('Okla.', 'Calif.') a
Location as written (40zm; 'Ind.' in 41-42); 'United States District Court in Los Angeles' -> Organization 'United
States District Court' plus the city (41h); demonyms ('Panamanian') -> no Location; laws no entity and their years no
date (44l).
usage: batch55b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
POT = "Potamus Trading LLC"
AUS = "Amerindo Investment Advisors Inc."
AUK = "Amerindo Advisors UK Limited"
APA = "Amerindo Investment Advisors, Inc."
VIL = "Alberto W. Vilar"
TAN = "Gary Alan Tanaka"
GEM = "Gemstar-TV Guide International, Inc."
TVG = "TV Guide, Inc."
A = {}

# ---- Potamus Trading LLC / Pritchett, sec.gov File No. 3-19844, published 2020-06-30 (a Tuesday) ---------------------
A["us-sec-potamus-trading-broker-dealer-former-ceo-pritchett-order-handling-misrepresentations-2020"] = dict(
 # The Securities and Exchange Commission (written out once; 'SEC' in 'the SEC's order' (three times), 'The SEC's
 # investigation', 'the SEC's Market Abuse Unit'); Potamus Trading LLC ('Potamus' alone nine times: alias); Boston
 # ('a registered broker-dealer based in Boston': Location; the same word inside 'Boston Regional Office' is the office's
 # name); Eric J. Pritchett ('Pritchett' alone four times); the five SEC staff (Andrew Palid, Mandy Sturmfelz, Michele T.
 # Perillo, Peter Moores, Rua Kelly) -> Persons; the Market Abuse Unit and the Boston Regional Office -> Organizations
 # (SEC units, as 18a's Market Abuse Unit and 41e's Philadelphia Regional Office). Not annotated: 'the National Best Bid
 # and Offer', 'the National Best Bid', 'the National Best Offer' (market price benchmarks, not bodies or services --
 # near-miss: a reader may take 'National Best Bid and Offer' for a named system), 'the Securities Act of 1933' (a law),
 # 'its clients' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", POT, "Potamus"),
           E("Location", "Boston"),
           E("Person", "Eric J. Pritchett", "Pritchett"),
           E("Person", "Andrew Palid"), E("Person", "Mandy Sturmfelz"), E("Person", "Michele T. Perillo"),
           E("Person", "Peter Moores"), E("Person", "Rua Kelly"),
           E("Organization", "Market Abuse Unit"),
           E("Organization", "Boston Regional Office")],
 # 'Potamus Trading LLC ... and its former CEO, Eric J. Pritchett' -> ceo at Potamus Trading LLC, current false
 # ('former'). The five staff 'conducted' the investigation: no post written -> no role (41e; doubtful: other, as staff
 # attorneys). Near-miss: the 'one-year industry and penny stock bars' are no post held
 roles=[R("Eric J. Pritchett", "ceo", POT, False)],
 # 'the SEC's Market Abuse Unit' -> parentOrganization (the possessive states the tie; 18a listed the Unit with no
 # relation -- doubtful); 'the Boston Regional Office' in the SEC's own release -> parentOrganization the SEC (41e's
 # reading of the Philadelphia Regional Office; doubtful: the text does not write 'the SEC's' before it). Potamus and its
 # clients: no named counterparty
 relations=[L("Market Abuse Unit", "parentOrganization", SEC),
            L("Boston Regional Office", "parentOrganization", SEC)],
 outages=[],
 # 'June 30, 2020' (the opening date) and 'today' (= published); 'from September 2013 through March 2017' -> two month
 # items. Not dates: 'Securities Act of 1933' (a law's name), 'one-year' (a length of a bar, no calendar value)
 dates=[D("June 30, 2020", "2020-06-30"), D("today", "2020-06-30"), D("September 2013", "2013-09"),
        D("March 2017", "2017-03")])

# ---- Amerindo / Vilar / Tanaka, Litigation Release No. 19470, published 2005-11-17 (a Thursday) ---------------------
A["us-sec-amerindo-investment-advisors-co-founders-vilar-tanaka-affiliated-amerindo-uk-panama-amended-complaint-2005"] = dict(
 # The United States Securities and Exchange Commission (the fullest form; 'The Commission filed' -> alias 'Commission';
 # 'SEC' only in the title). Alberto W. Vilar ('Vilar' alone five times) and Gary Alan Tanaka ('Tanaka' alone five
 # times) -> Persons with surname aliases. Amerindo Investment Advisors Inc. ('("Amerindo US")', 'Amerindo US' again);
 # Amerindo Advisors UK Limited ('Amerindo UK'); Amerindo Investment Advisors, Inc. ('Amerindo Panama') -- **doubtful**:
 # the two names differ by one comma only; the text keeps them apart by the bracketed short forms, so they are two
 # Companies with their own aliases (a reader may merge them); Amerindo Management Inc. ('AMI'). The funds: Amerindo
 # Technology Growth Fund, Inc. ('ATGF'), Amerindo Technology Growth Fund II, Inc. ('ATGF II') -- 'two offshore hedge
 # funds', each a named 'Inc.' -> Company (41e's named fund); Amerindo Venture Fund LP ('a limited partnership') ->
 # Company. Guaranteed Fixed Rate Deposit Accounts ('GFRDAs') -> Service, **doubtful**: a named investment product
 # investors bought (GUIDELINES: products users buy are Service); a reader may see a generic account type (no entity).
 # United Kingdom ('a United Kingdom corporation') -> Location. Not annotated: 'L.C.' (a client's initials: no name --
 # near-miss: Person), 'Small Business Investment Company' (a legal category, not a body), 'Panamanian' (a demonym: no
 # Location Panama; the name 'Amerindo Panama' is a short form, not a place), 'other affiliated investment advisers and
 # entities' (unnamed)
 entities=[E("Organization", "United States Securities and Exchange Commission", "Commission"),
           E("Person", VIL, "Vilar"),
           E("Person", TAN, "Tanaka"),
           E("Company", AUS, "Amerindo US"),
           E("Service", "Guaranteed Fixed Rate Deposit Accounts", "GFRDAs"),
           E("Company", "Amerindo Technology Growth Fund, Inc.", "ATGF"),
           E("Company", "Amerindo Technology Growth Fund II, Inc.", "ATGF II"),
           E("Company", "Amerindo Venture Fund LP"),
           E("Company", AUK, "Amerindo UK"),
           E("Location", "United Kingdom"),
           E("Company", APA, "Amerindo Panama"),
           E("Company", "Amerindo Management Inc.", "AMI")],
 # 'Vilar and Tanaka are the sole shareholders, officers and directors of Amerindo UK' -> director and executive ('an
 # officer' -> executive, 45zp) for each man at Amerindo Advisors UK Limited; 'the sole shareholders, directors and
 # officers of Amerindo Panama' -> the same at Amerindo Investment Advisors, Inc.; all current ('are'). 'sole
 # shareholders' -> no role (ownership by persons is no relation either). Near-misses: 'CO-FOUNDERS AND PRINCIPALS OF
 # AMERINDO INVESTMENT ADVISORS INC.' stands in the title only (the text is annotated, not the title): no cofounder
 # role at Amerindo US; the posts at AMI ('Vilar is the President of AMI and Tanaka is the Secretary of AMI') were cut
 # with the broken-off sentence
 roles=[R(VIL, "director", AUK), R(VIL, "executive", AUK), R(TAN, "director", AUK), R(TAN, "executive", AUK),
        R(VIL, "director", APA), R(VIL, "executive", APA), R(TAN, "director", APA), R(TAN, "executive", APA)],
 # No relation: 'other affiliated investment advisers and entities' -- the text says the firms are affiliated and that
 # the two men own Amerindo UK and Amerindo Panama, not that one firm owns another (near-miss: parentOrganization of
 # Amerindo UK / Panama / AMI under Amerindo US; 54zq's 'affiliated' -> no relation). The hedge funds and the venture
 # fund have no stated adviser or owner in the kept text (near-miss: partner or parentOrganization to an Amerindo
 # adviser; 41e gave a fund and its manager none); the GFRDAs have no stated provider (near-miss: provider Amerindo)
 relations=[],
 outages=[],
 # 'today' (= published, the amended complaint); 'June 1, 2005' (the initial complaint). Not dates: the years in the
 # funds' names (none written), 'ATGF II' (a name)
 dates=[D("today", "2005-11-17"), D("June 1, 2005", "2005-06-01")])

# ---- Gemstar-TV Guide / TV Guide, Inc. / Boylan, Orlick, Waggy, sec.gov lr18530, published null ---------------------
A["us-sec-gemstar-tv-guide-former-co-president-boylan-general-counsel-orlick-tv-guide-subsidiary-cfo-waggy-fraud"] = dict(
 # The Securities and Exchange Commission (written out once; 'The SEC's action', 'The SEC's new charges' -> alias 'SEC';
 # 'the Commission's complaint' -> alias 'Commission'). Gemstar-TV Guide International, Inc. ('Gemstar's widespread ...
 # scheme', 'Gemstar's former chief executive officer', 'of Gemstar' -> alias 'Gemstar'); TV Guide, Inc. ('the chief
 # financial officer of TV Guide' -> alias 'TV Guide'; the same words inside 'Gemstar-TV Guide International' are the
 # parent's name). 'United States District Court in Los Angeles' -> Organization 'United States District Court' plus
 # Location Los Angeles (41h; **doubtful**: no district named -- a reader may leave the court out). People: Henry C.
 # Yuen and Elsie M. Leung (named once each), Peter C. Boylan ('Boylan'), Jonathan B. Orlick ('Orlick'), Craig Waggy
 # ('Waggy'). Places: 'of Tulsa, Okla.' (twice, one item each) -> Tulsa and Okla.; 'of Chatsworth, Calif.' -> Chatsworth
 # and Calif. (40zm's two Locations; **doubtful**: 44p kept 'San Jose, Calif.' as one); 'the Washington, D.C. and Florida
 # bars' -> Locations 'Washington, D.C.' and 'Florida' (the places the bars belong to; **doubtful**: a reader may take
 # the bars as Organizations, e.g. 'Florida Bar', which the text does not name as such). Not annotated: 'a major
 # accounting firm' (cut; unnamed), 'the company' (generic), 'a public company' (generic)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", GEM, "Gemstar"),
           E("Company", TVG, "TV Guide"),
           E("Organization", "United States District Court"),
           E("Location", "Los Angeles"),
           E("Person", "Henry C. Yuen"),
           E("Person", "Elsie M. Leung"),
           E("Person", "Peter C. Boylan", "Boylan"),
           E("Location", "Tulsa"), E("Location", "Okla."),
           E("Person", "Jonathan B. Orlick", "Orlick"),
           E("Location", "Chatsworth"), E("Location", "Calif."),
           E("Location", "Washington, D.C."), E("Location", "Florida"),
           E("Person", "Craig Waggy", "Waggy")],
 # All past posts, current false: the text calls the three 'former senior executives' and Yuen and Leung 'former', and
 # gives Boylan's and Waggy's spans as ended ('From July 2000 to April 1, 2002', 'from September 1997 to May 2002').
 # 'Gemstar's former chief executive officer, Henry C. Yuen' -> ceo; 'former chief financial officer, Elsie M. Leung'
 # -> cfo (of Gemstar: the phrase continues 'Gemstar's'). Boylan: 'a co-president, co-chief operating officer, and
 # member of the board of directors of Gemstar' -> president, coo, director at Gemstar; 'co-chairman, chief executive
 # officer, and co-president of Gemstar's wholly owned subsidiary, TV Guide, Inc.' -> chairman, ceo, president at TV
 # Guide, Inc. (co- posts -> the post, as GATHERING's co-president -> president and co-chairman -> chairman). Orlick:
 # 'general counsel, executive vice president, and a member of the board of directors of Gemstar' -> executive
 # (general counsel), vice-president (executive vice president), director. Waggy: 'the chief financial officer of TV
 # Guide' -> cfo at TV Guide, Inc. Near-misses: 'a member of the Washington, D.C. and Florida bars' (a licence, no post
 # at an annotated body); 'bars from service as an officer or director of a public company' (a remedy sought, no post)
 roles=[R("Henry C. Yuen", "ceo", GEM, False),
        R("Elsie M. Leung", "cfo", GEM, False),
        R("Peter C. Boylan", "president", GEM, False),
        R("Peter C. Boylan", "coo", GEM, False),
        R("Peter C. Boylan", "director", GEM, False),
        R("Peter C. Boylan", "chairman", TVG, False),
        R("Peter C. Boylan", "ceo", TVG, False),
        R("Peter C. Boylan", "president", TVG, False),
        R("Jonathan B. Orlick", "executive", GEM, False),
        R("Jonathan B. Orlick", "vice-president", GEM, False),
        R("Jonathan B. Orlick", "director", GEM, False),
        R("Craig Waggy", "cfo", TVG, False)],
 # 'its wholly owned subsidiary, TV Guide, Inc.' (twice) -> parentOrganization(TV Guide, Inc., Gemstar). The court and
 # the SEC: no relation
 relations=[L(TVG, "parentOrganization", GEM)],
 outages=[],
 # `published` null: absolute expressions only -- 'June 19, 2003' (the first complaint), 'July 2000', 'April 1, 2002',
 # 'September 1997', 'May 2002'. Skipped: 'today' (no page date to resolve it against), 'During the relevant period'
 # (no value), the ages ('age 39', 'age 46', 'age 44')
 dates=[D("June 19, 2003", "2003-06-19"), D("July 2000", "2000-07"), D("April 1, 2002", "2002-04-01"),
        D("September 1997", "1997-09"), D("May 2002", "2002-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

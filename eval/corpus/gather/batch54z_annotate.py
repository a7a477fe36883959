#!/usr/bin/env python3
"""Batch 54z gold annotations (the texts of batch54z.py: the SEC's press release of 29 December 2021 -- 'The Securities
and Exchange Commission charged Medallion Financial Corp., a Delaware company headquartered in New York, NY, and its
President and Chief Operating Officer, Andrew Murstein', with 'California-based media strategy company, Ichabod's
Cranium, Inc., and its owner, Lawrence Meyers', and 'Medallion Bank (the Bank), a wholly owned subsidiary of
Medallion'; and its press release of 25 September 2020 -- 'The Securities and Exchange Commission today charged Mark
Schena, the President and Chief Science Officer of Arrayit Corporation'), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts): Arrayit -> test, Medallion -> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg, 53zj, 53zl, 53zp, 53zs,
54b, 54i, 54p, 54v; looked up in GATHERING.md and GUIDELINES) -- the Commission in full with 'SEC' as alias, and
'Commission' too where the text calls it so (41e's SmartForce form); 'X Corporation' then 'X' -> the short form as
alias; 'President and Chief Operating Officer' -> president and coo, both current (GUIDELINES: COO -> coo); 'Chief
Science Officer' -> executive (GUIDELINES: other chief officers -> executive); 'Director of the SEC's X Regional Office'
-> the regional office an Organization, director at it, parentOrganization(office, Commission) (40zm's Berger, 41e's
Boston Regional Office); 'its owner' -> no role (40zm: owner is no role title); 'a wholly owned subsidiary of X' ->
parentOrganization(subsidiary, X) (54p: 'his wholly-owned companies'); a firm paid by another to do work for it ->
partner, hirer first (54p's Hydrogen/Moonwalkers); news and investment websites run as businesses -> Company
(GUIDELINES); 'X-based' -> Location X; 'a Delaware company' -> Location Delaware; 'New York, NY' -> Locations 'New
York' and 'NY' as written (an FCC text in the corpus does the same; **doubtful**); a release's 'today' -> the release
date; 'March and April 2020' -> one item, its first month (as '5 and 6 July 2024' -> the first day in the corpus;
**doubtful**); one date item per distinct text and value.
usage: batch54z_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55z/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
MF = "Medallion Financial Corp."
AM = "Andrew Murstein"
IC = "Ichabod's Cranium, Inc."
LM = "Lawrence Meyers"
MB = "Medallion Bank"
AC = "Arrayit Corporation"
MS = "Mark Schena"
ES = "Erin E. Schneider"
SFRO = "San Francisco Regional Office"
A = {}

# ---- Medallion Financial Corp. / Murstein / Ichabod's Cranium / Medallion Bank, published 2021-12-29 (a Wednesday) ---
A["us-sec-medallion-financial-president-coo-murstein-medallion-bank-ichabods-cranium-touting-fraud-2021"] = dict(
 # The Securities and Exchange Commission ('the SEC's complaint', 'charged by the SEC': alias 'SEC'); Medallion
 # Financial Corp. (Company: 'Medallion' many times -> alias; 'the company' generic); Delaware ('a Delaware company' ->
 # Location); New York and NY ('headquartered in New York, NY', 'Andrew Murstein of New York, NY' -> two Locations as
 # written, one item each however often; **doubtful**: a reader may make 'New York, NY' one Location or keep only
 # 'New York'); Andrew Murstein ('Murstein': alias); Uber, Lyft ('ride-sharing companies like Uber and Lyft' ->
 # Company); California ('California-based' -> Location); Ichabod's Cranium, Inc. ('Ichabod's Cranium': alias;
 # 'media strategy company' -> Company); Lawrence Meyers ('Meyers': alias); Manhattan (Location: where the complaint
 # was filed); Huffington Post, Seeking Alpha, TheStreet.com ('various websites, including ...' -> Company, GUIDELINES'
 # news websites run as businesses; **doubtful**: the text calls them 'websites' only, so a reader may make them
 # Service with no provider); Medallion Bank ('Medallion Bank (the Bank)': the defined short form 'the Bank' is a
 # generic word with an article, not taken as an alias -- **doubtful**; Company). Not annotated: 'the existing
 # valuation firm', 'a new firm' (unnamed); 'federal district court in Manhattan' (no named court); the complaint, the
 # federal securities laws (papers and laws); 'taxicab medallions' (permits, not a product of a named company)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", MF, "Medallion"),
           E("Location", "Delaware"),
           E("Location", "New York"),
           E("Location", "NY"),
           E("Person", AM, "Murstein"),
           E("Company", "Uber"),
           E("Company", "Lyft"),
           E("Location", "California"),
           E("Company", IC, "Ichabod's Cranium"),
           E("Person", LM, "Meyers"),
           E("Location", "Manhattan"),
           E("Company", "Huffington Post"),
           E("Company", "Seeking Alpha"),
           E("Company", "TheStreet.com"),
           E("Company", MB)],
 # 'its President and Chief Operating Officer, Andrew Murstein' -> president and coo at Medallion Financial Corp., both
 # current (charged in office; nothing says he left). Near-miss: 'its owner, Lawrence Meyers' of Ichabod's Cranium
 # (owner is no role title: 40zm) -- **doubtful**: a reader may give Meyers 'other' or 'executive'
 roles=[R(AM, "president", MF),
        R(AM, "coo", MF)],
 # parentOrganization(Medallion Bank, Medallion Financial Corp.): 'Medallion Bank (the Bank), a wholly owned subsidiary
 # of Medallion'. partner(Medallion Financial Corp., Ichabod's Cranium, Inc.): 'Murstein and Medallion engaged in
 # illegal touting by paying Ichabod's Cranium and others to place positive stories' and 'with the help of ...
 # Ichabod's Cranium' -- a firm paid by another for work (54p's hired market maker; **doubtful**: the engagement is
 # the alleged fraud itself; a reader may leave it out). Near-misses: Medallion and the websites (the stories were
 # placed there through Ichabod's Cranium and others, no deal between Medallion and a site is told); Uber and Lyft
 # (competitors of its borrowers, no relation); the valuation firms (unnamed); Meyers and Ichabod's Cranium (owner: no
 # relation type for a person)
 relations=[L(MB, "parentOrganization", MF),
            L(MF, "partner", IC)],
 outages=[],
 # No date expression in the kept text (the scheme's years 'late 2014 through 2017' are only in other copies)
 dates=[])

# ---- Arrayit Corporation / Mark Schena, published 2020-09-25 (a Friday) ------------------------------------------------
A["us-sec-arrayit-president-chief-science-officer-schena-covid-19-blood-test-misleading-claims-2020"] = dict(
 # The Securities and Exchange Commission ('the SEC', "the SEC's complaint", 'The Commission previously suspended
 # trading': aliases 'SEC' and 'Commission'); Mark Schena ('Schena': alias); Arrayit Corporation ('Arrayit': alias;
 # 'the company' generic); Erin E. Schneider (Person); San Francisco Regional Office ("the SEC's San Francisco Regional
 # Office" -> Organization, 40zm/41e). Not annotated: 'a COVID-19 blood test' (unnamed product; COVID-19 is a disease);
 # 'its independent auditor' (unnamed); 'public company executives' (generic); the title's 'California Microcap
 # Company' (title only, and no Location in the body: California is named in the title alone -- near-miss)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Person", MS, "Schena"),
           E("Company", AC, "Arrayit"),
           E("Person", ES),
           E("Organization", SFRO)],
 # 'Mark Schena, the President and Chief Science Officer of Arrayit Corporation' -> president and executive ('Chief
 # Science Officer': GUIDELINES' other chief officers -> executive; **doubtful**: a reader may write cto or other), both
 # current; 'Erin E. Schneider, Director of the SEC's San Francisco Regional Office' -> director at the San Francisco
 # Regional Office, current (40zm's Berger; **doubtful**: GUIDELINES' 'head' for one who leads an office is the other
 # reading). Near-miss: the title's 'Top Executive' (the same posts)
 roles=[R(MS, "president", AC),
        R(MS, "executive", AC),
        R(ES, "director", SFRO)],
 # parentOrganization(San Francisco Regional Office, Securities and Exchange Commission): "the SEC's San Francisco
 # Regional Office" (41e's Boston Regional Office). Near-miss: Arrayit and 'its independent auditor' (unnamed)
 relations=[L(SFRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' -> 2020-09-25 (the release date; the wire dateline's, left out of the text); 'March and April 2020' ->
 # 2020-03 (one item, its first month; **doubtful**: a reader may write 2020 or two items); 'October 2018' -> 2018-10;
 # 'March 2019' -> 2019-03; 'November 2015' -> 2015-11; '2014' and '2015' ('financial statements for 2014 and 2015':
 # two years, two items); 'April 14, 2020' -> 2020-04-14; 'April 27, 2020' -> 2020-04-27 (the trading suspension's
 # bounds: a regulator's halt of trading in one stock is no outage -- near-miss, GUIDELINES: government orders closing
 # a market are not outages)
 dates=[D("today", "2020-09-25"), D("March and April 2020", "2020-03"), D("October 2018", "2018-10"),
        D("March 2019", "2019-03"), D("November 2015", "2015-11"), D("2014", "2014"), D("2015", "2015"),
        D("April 14, 2020", "2020-04-14"), D("April 27, 2020", "2020-04-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

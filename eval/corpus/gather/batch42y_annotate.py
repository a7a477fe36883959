#!/usr/bin/env python3
"""Batch 42y gold annotations (the texts of batch42y.py: the SEC's press release 2013-252 of 26 November 2013 on
Weatherford International and its subsidiaries, the parallel actions of four other federal bodies and Andrew Ceresney,
co-director of the SEC's Enforcement Division; the SEC's Litigation Release No. 21618 of 6 August 2010 on Universal
Corporation, Inc. and Alliance One International, Inc. and the government-owned Thailand Tobacco Monopoly; the SEC's
Litigation Release No. 22576 of 20 December 2012 on Eli Lilly and Company's subsidiaries in Russia, Brazil, China and
Poland), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j and 42v for SEC releases):
the SEC -> Organization ('SEC' alias); 'X's Y' for government bodies ('the SEC's Enforcement Division', 'the
Department of Justice's Fraud Section') -> Y parentOrganization X (42g, 42j); a co-director or director of a
division -> director of the division (18a, 42g); a government-owned business ('the government-owned Thailand Tobacco
Monopoly') -> Company (40j's NSB, 42j's OTE); unnamed subsidiaries, agents, customers and entities -> nothing;
competitors named as such -> no relation; nationality adjectives ('Swiss-based', 'U.S. sanctions') -> no Location of
their own (41n, 41q, 42a, 42e, 42g, 42j, 42v); a body named only inside a programme's name ('United Nations
Oil-for-Food contracts') -> no entity (42g's J&J); laws ('Foreign Corrupt Practices Act', 'FCPA') -> no entity, a
year inside a law's name ('... Act of 1977') -> no date item (41e, 41m, 41n); ranges ('between 2000 and 2004', 'From
2004 through 2007') -> one item per end, a repeated text and value listed once (GUIDELINES' dates rule).
usage: batch42y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
A = {}

# ---- Weatherford International, published 2013-11-26 (a Tuesday) ----------------------------------------------------
A["us-sec-weatherford-international-subsidiaries-bribes-sanctions-fcpa-2013"] = dict(
 # The SEC (written out once; 'The SEC alleges', 'the SEC's charges', 'the SEC's Enforcement Division'); Weatherford
 # International ('Weatherford' throughout; 'Swiss-based Weatherford'); the Middle East, Africa (regions), Iraq, Cuba,
 # Iran, Syria, Sudan, Houston (Location); the Department of Justice and its Fraud Section; the U.S. Attorney's Office
 # for the Southern District of Texas (named in full; the district inside its name no Location of its own, as 42g's
 # and 42j's courts); the Department of Commerce and its Bureau of Industry and Security; the Department of Treasury
 # (as written, without 'the') and its Office of Foreign Assets Control; the Enforcement Division; Andrew Ceresney.
 # Not annotated: 'its subsidiaries' (unnamed), the United Nations (only inside 'United Nations Oil-for-Food
 # contracts', a programme's name, as 42g left it in J&J's release), 'Swiss-based' (an adjective), 'U.S. sanctions'
 # (adjectival), the FCPA (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", "Weatherford International", "Weatherford"),
           E("Location", "Middle East"), E("Location", "Africa"), E("Location", "Iraq"),
           E("Location", "Cuba"), E("Location", "Iran"), E("Location", "Syria"), E("Location", "Sudan"),
           E("Location", "Houston"),
           E("Organization", "Department of Justice"), E("Organization", "Fraud Section"),
           E("Organization", "U.S. Attorney\u2019s Office for the Southern District of Texas"),
           E("Organization", "Department of Commerce"), E("Organization", "Bureau of Industry and Security"),
           E("Organization", "Department of Treasury"), E("Organization", "Office of Foreign Assets Control"),
           E("Person", "Andrew Ceresney"), E("Organization", "Enforcement Division")],
 # 'Andrew Ceresney, co-director of the SEC's Enforcement Division' -> director of the Division (18a's same words
 # for the same man; a reader may set head)
 roles=[R("Andrew Ceresney", "director", "Enforcement Division")],
 # "X's Y" for the four government units (42g's Fraud Section and Division of Enforcement). Not set: the U.S.
 # Attorney's Office to the Department of Justice (the text does not say whose office it is); Weatherford's
 # subsidiaries (unnamed); the coordination of the SEC with the other bodies (no partnership stated, as 42g)
 relations=[L("Fraud Section", "parentOrganization", "Department of Justice"),
            L("Bureau of Industry and Security", "parentOrganization", "Department of Commerce"),
            L("Office of Foreign Assets Control", "parentOrganization", "Department of Treasury"),
            L("Enforcement Division", "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published); no other time expression
 dates=[D("today", "2013-11-26")])

# ---- Universal Corporation and Alliance One International, published 2010-08-06 (a Friday) -------------------------
A["us-sec-universal-alliance-one-tobacco-thailand-bribes-fcpa-2010"] = dict(
 # The U.S. Securities and Exchange Commission (written out once with 'U.S.'; 'The SEC also charged', 'the SEC's
 # complaints', 'the SEC's complaint'); Universal Corporation, Inc. ('Universal' throughout); Alliance One
 # International, Inc. ('Alliance One'); Dimon, Inc. ('Dimon') and Standard Commercial Corporation ('Standard'),
 # Universal's competitors; the Thailand Tobacco Monopoly ('TTM'; 'government-owned', a state business -> Company,
 # doubtful, see below; 'Thailand' inside its name is also written on its own); Thailand, Kyrgyzstan, China, Greece,
 # Indonesia, Malawi, Mozambique (twice), Brazil, Europe, Belgium, Africa (Location). Not annotated: 'its
 # subsidiaries in Brazil and Europe', 'corporate subsidiaries in Belgium and Africa' (unnamed), 'government
 # officials' (unnamed), the FCPA (a law)
 entities=[E("Organization", "U.S. " + SEC, "SEC"),
           E("Company", "Universal Corporation, Inc.", "Universal"),
           E("Company", "Alliance One International, Inc.", "Alliance One"),
           E("Location", "Thailand"), E("Location", "Kyrgyzstan"), E("Location", "China"), E("Location", "Greece"),
           E("Location", "Indonesia"), E("Location", "Malawi"), E("Location", "Mozambique"),
           E("Company", "Dimon, Inc.", "Dimon"), E("Company", "Standard Commercial Corporation", "Standard"),
           E("Company", "Thailand Tobacco Monopoly", "TTM"),
           E("Location", "Brazil"), E("Location", "Europe"), E("Location", "Belgium"), E("Location", "Africa")],
 # No person is named in the kept text
 roles=[],
 # None: 'in coordination with two of its competitors, Dimon ... and Standard' (competitors acting together in a
 # bribery scheme, no partnership, joint venture or contract between them stated); the sales contracts with the TTM
 # were 'for its subsidiaries in Brazil and Europe' (unnamed), so no partner between Universal and the TTM (doubtful,
 # see below); the subsidiaries unnamed (no parentOrganization); the merger of Dimon and Standard into Alliance One
 # is not in the kept text (no relation)
 relations=[],
 outages=[],
 # 'today' (= published); 'between 2000 and 2004' -> '2000', '2004'; 'From 2004 through 2007' -> '2004' (the same
 # text and value, listed once), '2007'. Skipped: '1977' inside the Act's name
 dates=[D("today", "2010-08-06"), D("2000", "2000"), D("2004", "2004"), D("2007", "2007")])

# ---- Eli Lilly and Company, published 2012-12-20 (a Thursday) --------------------------------------------------------
A["us-sec-eli-lilly-subsidiaries-russia-brazil-china-poland-fcpa-2012"] = dict(
 # The SEC (written out once; 'The SEC alleges' twice, 'the SEC's charges'); Eli Lilly and Company ('Lilly' three
 # times, also in 'Lilly subsidiaries'; 'the Indianapolis-based pharmaceutical company', 'the company' generic);
 # Russia, Brazil, China, Poland (twice each or more); Indianapolis (inside 'Indianapolis-based', its headquarters: a
 # place named as a word, as 42j's 'Warsaw, Ind.-based'). Not annotated: 'its subsidiaries', 'subsidiary in Russia',
 # 'Lilly subsidiaries in Brazil, China, and Poland' (unnamed), 'third parties', 'offshore entities', 'government
 # customers or distributors' (unnamed), the FCPA (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", "Eli Lilly and Company", "Lilly"),
           E("Location", "Russia"), E("Location", "Brazil"), E("Location", "China"), E("Location", "Poland"),
           E("Location", "Indianapolis")],
 # No person is named in the kept text
 roles=[],
 # None: every subsidiary is unnamed (no parentOrganization can be set)
 relations=[],
 outages=[],
 # 'today' (= published). Skipped: 'for more than five years' (a span, not a calendar value)
 dates=[D("today", "2012-12-20")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 43a gold annotations (the texts of batch43a.py: the SEC's press release 2020-281 of 13 November 2020 on John
G. Stumpf, former CEO and Chairman of Wells Fargo & Co., Carrie L. Tolstedt, former head of Wells Fargo's Community
Bank, and Stephanie Avakian, Director of the SEC's Division of Enforcement; the SEC's press release 2022-98 of 2 June
2022 on Tenaris, its Brazilian subsidiary and Petrobras, with Charles Cain, Chief of the SEC Enforcement Division's FCPA
Unit; the SEC's Litigation Release No. 24678 of 26 November 2019 on MiMedx Group Inc. and its former CEO, COO and
CFO), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v and 42y for SEC
releases): the SEC -> Organization ('SEC', 'Commission' aliases where written, 40zm); 'CEO and Chairman' -> ceo and
chairman, 'COO' -> coo, 'CFO' -> cfo, 'head of X' -> head; 'former' -> current false (40zm, 42e); 'Director of the
SEC's Division of Enforcement' -> director of the Division, the Division parentOrganization the SEC (40zm, 42g);
'Chief of the SEC Enforcement Division's FCPA Unit' -> head of the Unit, the Unit parentOrganization the Division, the
Division parentOrganization the SEC (41q's same words); 'X's Y' for a company's named division ('Wells Fargo's
Community Bank') -> Y parentOrganization X (GUIDELINES' "X's Y division"); an unnamed subsidiary, controller,
distributor, shareholder or official -> nothing; a state-owned business ('the Brazil state-owned entity Petrobras')
-> Company (40j's NSB, 42j's OTE, 42y's TTM); a place named inside '<place>-based' -> Location (42j's 'Warsaw,
Ind.-based', 42y's 'Indianapolis-based'); nationality adjectives ('Brazilian') -> no Location of their own (41n,
41q, 42a, 42e, 42g, 42j, 42v, 42y); laws and agreements ('Foreign Corrupt Practices Act', 'FCPA', 'Non-Prosecution
Agreement') -> no entity; 'mid-2014' -> the year (GUIDELINES' seasons rule).
usage: batch43a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
A = {}

# ---- Wells Fargo, Stumpf and Tolstedt, published 2020-11-13 (a Friday) ----------------------------------------------
A["us-sec-wells-fargo-former-ceo-stumpf-community-bank-tolstedt-2020"] = dict(
 # The SEC (written out once; 'The SEC's filings', 'The SEC previously', 'the SEC's complaint', 'The SEC's order',
 # 'the SEC's Division of Enforcement'; 'filed with the Commission'); Wells Fargo & Co. ('Wells Fargo' throughout);
 # John G. Stumpf ('Stumpf'); Carrie L. Tolstedt ('Tolstedt'); the Community Bank ('Wells Fargo's Community Bank',
 # 'the Community Bank, Wells Fargo's core business': a named division of the bank -> Company, doubtful: a reader
 # may type it Organization or leave it out as a business line); Stephanie Avakian; the Division of Enforcement.
 # Not annotated: the 'cross-sell metric' (a measure), 'Wells Fargo's Community Bank cross-sell strategy' (a
 # strategy), the complaint and order (filings), 'investors' (unnamed)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", "Wells Fargo & Co.", "Wells Fargo"),
           E("Person", "John G. Stumpf", "Stumpf"),
           E("Person", "Carrie L. Tolstedt", "Tolstedt"),
           E("Company", "Community Bank"),
           E("Person", "Stephanie Avakian"),
           E("Organization", "Division of Enforcement")],
 # 'former Wells Fargo & Co. CEO and Chairman John G. Stumpf' -> ceo and chairman, both current false; 'former head
 # of Wells Fargo's Community Bank Carrie L. Tolstedt' -> head of the Community Bank, current false (doubtful: a
 # reader may set executive at Wells Fargo & Co.); 'Stephanie Avakian, Director of the SEC's Division of
 # Enforcement' -> director, current (40zm's 'co-director of the SEC's Division of Enforcement' -> director)
 roles=[R("John G. Stumpf", "ceo", "Wells Fargo & Co.", False),
        R("John G. Stumpf", "chairman", "Wells Fargo & Co.", False),
        R("Carrie L. Tolstedt", "head", "Community Bank", False),
        R("Stephanie Avakian", "director", "Division of Enforcement")],
 # 'Wells Fargo's Community Bank' -> parentOrganization (GUIDELINES: "X's Y division" counts); 'the SEC's Division of
 # Enforcement' -> parentOrganization (40zm, 42g, 42y)
 relations=[L("Community Bank", "parentOrganization", "Wells Fargo & Co."),
            L("Division of Enforcement", "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published); 'from mid-2014 through mid-2016' -> 'mid-2014' 2014, 'mid-2016' 2016 (the year, as
 # GUIDELINES' seasons and 'late 2006'); 'in 2015 and 2016' -> '2015', '2016' ('2016' its own text beside
 # 'mid-2016')
 dates=[D("today", "2020-11-13"), D("mid-2014", "2014"), D("mid-2016", "2016"), D("2015", "2015"),
        D("2016", "2016")])

# ---- Tenaris, published 2022-06-02 (a Thursday) ----------------------------------------------------------------------
A["us-sec-tenaris-brazilian-subsidiary-petrobras-fcpa-2022"] = dict(
 # The SEC (written out once; 'the SEC's order', 'the SEC Enforcement Division's', 'with the SEC'); Tenaris
 # (throughout, 'Tenaris'' possessive twice); Luxembourg (inside 'Luxembourg-based': its base named as a word, as
 # 42y's 'Indianapolis-based'); Brazil (in 'the Brazil state-owned entity'; 'Brazilian' elsewhere an adjective);
 # Petrobras (twice; 'state-owned entity' -> Company, a state business); Charles Cain; the Enforcement Division and
 # its FCPA Unit ('the SEC Enforcement Division's FCPA Unit', named as 41q named the same words); the Department of
 # Justice; Uzbekistan. Not annotated: 'its Brazilian subsidiary' (unnamed, three times), 'a Brazilian government
 # official', 'companies affiliated with Tenaris' controlling shareholder' and the shareholder (unnamed), 'a
 # state-owned entity in Uzbekistan' (unnamed), the FCPA (a law), the Non-Prosecution and Deferred Prosecution
 # Agreements (agreements)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", "Tenaris"),
           E("Location", "Luxembourg"),
           E("Location", "Brazil"),
           E("Company", "Petrobras"),
           E("Person", "Charles Cain"),
           E("Organization", "Enforcement Division"),
           E("Organization", "FCPA Unit"),
           E("Organization", "Department of Justice"),
           E("Location", "Uzbekistan")],
 # 'said Charles Cain, Chief of the SEC Enforcement Division's FCPA Unit' -> head of the FCPA Unit, current (18a,
 # 41m, 41q; a reader may set executive)
 roles=[R("Charles Cain", "head", "FCPA Unit")],
 # 'the SEC Enforcement Division's FCPA Unit' -> the Unit parentOrganization the Division, the Division
 # parentOrganization the SEC (41q's same words; doubtful either way, as 41q says). Not set: Tenaris's Brazilian
 # subsidiary (unnamed); Tenaris and Petrobras ('to obtain and retain business from ... Petrobras', won through
 # bribes: no contract or customer relation stated in so many words, as 42y left Universal and the TTM; a reader
 # may set partner); Petrobras's owner (the 'Brazil state-owned' government is not named as a body); the 2011
 # agreements with the Department of Justice and the SEC (settlements, not partnerships)
 relations=[L("FCPA Unit", "parentOrganization", "Enforcement Division"),
            L("Enforcement Division", "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published); 'between 2008 and 2013' -> '2008', '2013'; 'In 2011' -> '2011'. Skipped: 'for many years'
 dates=[D("today", "2022-06-02"), D("2008", "2008"), D("2013", "2013"), D("2011", "2011")])

# ---- MiMedx Group and three former executives, published 2019-11-26 (a Tuesday) -------------------------------------
A["us-sec-mimedx-former-ceo-coo-cfo-revenue-fraud-2019"] = dict(
 # The SEC (written out once; 'The SEC alleges' twice, 'the SEC's complaint'); MiMedx Group Inc. ('MiMedx'
 # throughout, often possessive; 'Georgia-based biotech company', 'the company' generic); Georgia (inside
 # 'Georgia-based': the US state named as a word, 42y's 'Indianapolis-based'); Parker H. "Pete" Petit (named in full
 # with his nickname in quotation marks, 'Petit' twice); William C. Taylor ('Taylor' twice); Michael J. Senken
 # ('Senken' once). Not annotated: 'three former top executives' (the three named later), 'MiMedx's former
 # controller' (unnamed), 'five distributors', 'outside auditors', 'outside lawyers' (unnamed), 'MiMedx's Audit
 # Committee' (a committee of the board, not a separate body: 40zm's board; doubtful)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", "MiMedx Group Inc.", "MiMedx"),
           E("Location", "Georgia"),
           E("Person", "Parker H. \"Pete\" Petit", "Petit"),
           E("Person", "William C. Taylor", "Taylor"),
           E("Person", "Michael J. Senken", "Senken")],
 # 'its former CEO Parker H. "Pete" Petit' -> ceo, 'former COO William C. Taylor' -> coo, 'former CFO Michael J.
 # Senken' -> cfo (the CFO's company from 'MiMedx ... three former top executives' and the sentence's subject), all
 # current false
 roles=[R("Parker H. \"Pete\" Petit", "ceo", "MiMedx Group Inc.", False),
        R("William C. Taylor", "coo", "MiMedx Group Inc.", False),
        R("Michael J. Senken", "cfo", "MiMedx Group Inc.", False)],
 # None: the distributors are unnamed (no partner can be set)
 relations=[],
 outages=[],
 # 'today' (= published); 'from 2013 to 2017' -> '2013', '2017'. Skipped: 'for years'
 dates=[D("today", "2019-11-26"), D("2013", "2013"), D("2017", "2017")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

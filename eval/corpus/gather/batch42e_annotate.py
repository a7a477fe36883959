#!/usr/bin/env python3
"""Batch 42e gold annotations (the texts of batch42e.py: the SEC's administrative-proceeding summary of 7 February 2023
on Gentex Corporation and its Chief Financial Officer Kevin Nash; the SEC's press release 2011-279 of 29 December 2011
on Magyar Telekom Plc. and its parent company Deutsche Telekom AG; the SEC's Litigation Release No. 25934 of 30
January 2024 on Karen Rosenberger, former CFO of Synchronoss Technologies, Inc., and Joanna Lanni, Synchronoss
controller), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q and 42a for SEC releases): the SEC -> Organization,
named by its fullest form in the text ('SEC' where the text never writes it out); 'Chief Financial Officer'/'CFO' ->
cfo; other chief officers and a controller ('Chief Accounting Officer and Controller' in 41j) -> executive
(GUIDELINES); 'former'/'then-' -> current false; the Division of Enforcement -> Organization, with no relation where
the text does not call it the SEC's (40zm; 41q set one where the text wrote 'the SEC Enforcement Division's'); the
Department of Justice and a court -> Organization (41e, 42a); 'X's parent company Y' -> parentOrganization(X, Y)
(GUIDELINES); an unnamed subsidiary, customer, target or competitor -> nothing; nationality adjectives ('Macedonian')
-> no Location of their own (41n, 41q, 42a); laws, programmes and standards ('Foreign Corrupt Practices Act', 'FCPA',
'Securities Exchange Act of 1934', 'Earnings Per Share ("EPS") Initiative', 'U.S. GAAP') -> no entity.
usage: batch42e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Gentex Corporation and Kevin Nash, published 2023-02-07 (a Tuesday) ---------------------------------------------
A["us-sec-gentex-cfo-nash-eps-initiative-2023"] = dict(
 # The SEC (written out once; 'The SEC also announced', 'The SEC's order'); Gentex Corporation ('Gentex' and
 # 'Gentex's' throughout); Kevin Nash ('Nash' throughout); the Division of Enforcement ('the Division of
 # Enforcement's Earnings Per Share ("EPS") Initiative': a named body, not called the SEC's in the text). Not
 # annotated: the EPS Initiative (a programme), 'U.S. GAAP' (standards), the Securities Exchange Act of 1934 (a law),
 # 'other Gentex employees', 'consensus research analyst estimates' (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "Gentex Corporation", "Gentex"),
           E("Person", "Kevin Nash", "Nash"),
           E("Organization", "Division of Enforcement")],
 # 'Kevin Nash, Gentex's Chief Financial Officer' -> cfo, current (no 'former'); 'Nash, Gentex's then-Chief
 # Accounting Officer' -> executive (a chief officer not in the title list; 41j's Chief Accounting Officer), current
 # false ('then-', in 2015)
 roles=[R("Kevin Nash", "cfo", "Gentex Corporation"),
        R("Kevin Nash", "executive", "Gentex Corporation", False)],
 # The Division of Enforcement is not called the SEC's in the text (a careful reader knows it is; 40zm set no
 # relation for 'the SEC's Division of Enforcement' either; doubtful: a reader may set parentOrganization to the SEC)
 relations=[],
 outages=[],
 # 'February 7, 2023' (opening the text, = published); 'today' (= published); 'the third quarter of 2015' -> 2015-Q3;
 # 'between 2015 and 2018' -> '2015' and '2018'
 dates=[D("February 7, 2023", "2023-02-07"), D("today", "2023-02-07"), D("the third quarter of 2015", "2015-Q3"),
        D("2015", "2015"), D("2018", "2018")])

# ---- Magyar Telekom and Deutsche Telekom, published 2011-12-29 (a Thursday) ------------------------------------------
A["us-sec-magyar-telekom-deutsche-telekom-macedonia-montenegro-fcpa-2011"] = dict(
 # The SEC ('the SEC alleges', 'the SEC's charges'); Magyar Telekom Plc. ('Magyar Telekom' and 'Magyar Telekom's'
 # throughout; 'the largest telecommunications provider in Hungary' is a description, not a name); Deutsche Telekom
 # AG ('Deutsche Telekom settled'); the U.S. Department of Justice ('the Department of Justice' once more); Hungary,
 # Macedonia, Montenegro (countries). Not annotated: 'Macedonian officials' (an adjective; Macedonia is named on its
 # own), 'Magyar Telekom's subsidiaries in Macedonia' and 'the state-owned telecommunications company there'
 # (unnamed), the three executives (unnamed in the text), the Foreign Corrupt Practices Act / FCPA (a law)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Company", "Magyar Telekom Plc.", "Magyar Telekom"),
           E("Company", "Deutsche Telekom AG", "Deutsche Telekom"),
           E("Organization", "U.S. Department of Justice", "Department of Justice"),
           E("Location", "Hungary"), E("Location", "Macedonia"), E("Location", "Montenegro")],
 # 'three of its former top executives', 'three senior executives at Magyar Telekom Plc.': unnamed -> no role
 roles=[],
 # 'Magyar Telekom's parent company Deutsche Telekom AG' -> parentOrganization. 'Magyar Telekom's acquisition of the
 # state-owned telecommunications company there' -> nothing (the target is unnamed); the subsidiaries in Macedonia
 # are unnamed
 relations=[L("Magyar Telekom Plc.", "parentOrganization", "Deutsche Telekom AG")],
 outages=[],
 # 'today' (twice, = published); '2005' ('in 2005 and 2006', 'in 2005 in Montenegro'); '2006'
 dates=[D("today", "2011-12-29"), D("2005", "2005"), D("2006", "2006")])

# ---- Synchronoss Technologies, Rosenberger and Lanni, published 2024-01-30 (a Tuesday) -------------------------------
A["us-sec-synchronoss-former-cfo-rosenberger-controller-lanni-2024"] = dict(
 # The SEC ('SEC' is its only form in the kept text: the caption writing it out is cut); the U.S. District Court for
 # the Southern District of New York (a court -> Organization); Synchronoss Technologies, Inc. ('Synchronoss' and
 # 'Synchronoss's' throughout); Karen Rosenberger ('Rosenberger'); Joanna Lanni ('Lanni'). Not annotated: 'one of
 # Synchronoss's largest customers', 'another business' (acquired; unnamed), 'Synchronoss's auditor' (unnamed)
 entities=[E("Organization", "SEC"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Company", "Synchronoss Technologies, Inc.", "Synchronoss"),
           E("Person", "Karen Rosenberger", "Rosenberger"),
           E("Person", "Joanna Lanni", "Lanni")],
 # 'former Synchronoss Technologies, Inc. ("Synchronoss") CFO, Karen Rosenberger' -> cfo, not current;
 # 'Synchronoss controller, Joanna Lanni' -> executive (a controller; 41j's 'Controller'), current true: the text
 # puts 'former' before Rosenberger's post only (doubtful: a reader may carry 'former' over to both, as the case is
 # about past conduct)
 roles=[R("Karen Rosenberger", "cfo", "Synchronoss Technologies, Inc.", False),
        R("Joanna Lanni", "executive", "Synchronoss Technologies, Inc.")],
 # 'one transaction in which Synchronoss acquired another business' -> nothing (the business is unnamed)
 relations=[],
 outages=[],
 # 'January 26, 2024' (the court's ruling, four days before `published`)
 dates=[D("January 26, 2024", "2024-01-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

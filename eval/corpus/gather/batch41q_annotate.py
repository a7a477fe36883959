#!/usr/bin/env python3
"""Batch 41q gold annotations (the texts of batch41q.py: the SEC's administrative-proceeding summary of 17 April 2020
on Eni S.p.A.'s FCPA violations through its 43% minority-owned and controlled subsidiary Saipem S.p.A. in Algeria,
with its 2010 charges over its then-wholly-owned subsidiary Snamprogetti Netherlands, B.V. in Nigeria; and the SEC's
press release 2020-177 of 6 August 2020 on World Acceptance Corporation's FCPA violations through its former Mexican
subsidiary WAC de Mexico S.A. de C.V., Charles E. Cain, Chief of the SEC Enforcement Division's FCPA Unit, quoted),
written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m and 41n for SEC releases): the SEC -> Organization ('SEC'
alias); the Enforcement Division and its FCPA Unit -> Organization (18a's 'Division of Enforcement' and 'Market Abuse
Unit'), each parentOrganization of the body above it (40zm's and 41m's reading of the SEC's offices and units);
'Chief of the SEC Enforcement Division's Market Abuse Unit' -> head of the Unit (18a), so 'Chief of the SEC
Enforcement Division's FCPA Unit' -> head; a subsidiary named after the text calls it the parent's subsidiary ->
parentOrganization of the parent, a former or 'then' subsidiary too (GUIDELINES: ownership stated as past is still
recorded); 'X-based' -> X a Location (41j's 'Irving, Texas-based'); a nationality adjective ('an Italian ...
company', 'Mexican government officials') -> no Location (41n); a stock exchange -> Company (GUIDELINES); years
inside the names of laws -> no date item (none here).
usage: batch41q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Eni S.p.A. and Saipem in Algeria, published 2020-04-17 (a Friday) -------------------------------------------------
A["us-sec-eni-saipem-algeria-fcpa-2020"] = dict(
 # The SEC (written out once; 'the SEC' in 'charged by the SEC', 'the SEC's order'); Eni S.p.A. ('Eni' alone and in
 # 'Eni's' throughout); the New York Stock Exchange (where Eni's ADRs are listed: a stock exchange -> Company);
 # Algeria (twice: 'in Algeria', 'Algeria's'); Saipem S.p.A. ('Saipem' alone and 'Saipem's' throughout; once
 # misspelt 'Sapiem' in 'The order finds that Sapiem was awarded', the same company: an alias, doubtful); Nigeria;
 # Snamprogetti Netherlands, B.V. Not annotated: 'Foreign Corrupt Practices Act (FCPA)' (a law; 'FCPA' alone is the
 # law), 'Algeria's state-owned oil company' (unnamed), the intermediary, the Algerian government officials and 'a
 # former senior executive at Saipem' (unnamed), 'Italian', 'Algerian' (adjectives)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Company", "Eni S.p.A.", "Eni"),
           E("Company", "New York Stock Exchange"), E("Location", "Algeria"),
           E("Company", "Saipem S.p.A.", "Saipem", "Sapiem"), E("Location", "Nigeria"),
           E("Company", "Snamprogetti Netherlands, B.V.")],
 # 'a former senior executive at Saipem ... after he was hired to be the CFO of Eni' -> no role: the person is not
 # named (GUIDELINES: roles are for named people)
 roles=[],
 # 'Eni's 43% minority-owned and controlled subsidiary at the time, Saipem S.p.A.' -> parentOrganization (a
 # controlled subsidiary, ownership stated as past; doubtful: 43% is a minority stake, though the text calls Saipem
 # Eni's subsidiary); 'its then-wholly-owned subsidiary Snamprogetti Netherlands, B.V.' -> parentOrganization
 # (ownership stated as past). Eni's ADRs listed on the New York Stock Exchange -> nothing (a listing, no partnership)
 relations=[L("Saipem S.p.A.", "parentOrganization", "Eni S.p.A."),
            L("Snamprogetti Netherlands, B.V.", "parentOrganization", "Eni S.p.A.")],
 outages=[],
 # 'April 17, 2020' (the date opening the text, = published); 'today' (= published); '2010' ('charged by the SEC in
 # 2010'; 'between 2007 and 2010': the same text and value, one item); '2007'. Skipped: 'at the time' (no value)
 dates=[D("April 17, 2020", "2020-04-17"), D("today", "2020-04-17"), D("2010", "2010"), D("2007", "2007")])

# ---- World Acceptance Corporation and WAC de Mexico, published 2020-08-06 (a Thursday) ---------------------------------
A["us-sec-world-acceptance-wac-mexico-bribery-fcpa-2020"] = dict(
 # The SEC (written out once; 'The SEC's order', 'According to the SEC's order', 'the SEC Enforcement Division's');
 # South Carolina ('a South Carolina-based consumer loan company': a state -> Location); World Acceptance
 # Corporation (always written out, 'World Acceptance Corporation's' twice); WAC de Mexico S.A. de C.V. ('WAC Mexico'
 # once); Charles E. Cain; the Enforcement Division ('the SEC Enforcement Division's': named as the Division, 18a's
 # alias form; doubtful: a reader may name it 'SEC Enforcement Division'); the FCPA Unit. Not annotated: 'Foreign
 # Corrupt Practices Act (FCPA)' (a law), 'Mexican' (an adjective; no Mexico named), the government and union
 # officials, the intermediary, 'management' (unnamed)
 entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Location", "South Carolina"),
           E("Company", "World Acceptance Corporation"), E("Company", "WAC de Mexico S.A. de C.V.", "WAC Mexico"),
           E("Person", "Charles E. Cain"), E("Organization", "Enforcement Division"),
           E("Organization", "FCPA Unit")],
 # 'said Charles E. Cain, Chief of the SEC Enforcement Division's FCPA Unit' -> head of the FCPA Unit, current (18a's
 # 'chief of the SEC Enforcement Division's Market Abuse Unit' -> head; 41m's Charles Cain; a reader may set
 # executive, GUIDELINES' chief officers)
 roles=[R("Charles E. Cain", "head", "FCPA Unit")],
 # 'World Acceptance Corporation's former Mexican subsidiary, WAC de Mexico S.A. de C.V.' -> parentOrganization
 # (ownership stated as past is still recorded, GUIDELINES); 'the SEC Enforcement Division's FCPA Unit' -> the Unit
 # parentOrganization the Division, the Division parentOrganization the SEC ('SEC Enforcement Division': the SEC's
 # division; 18a recorded no relation for its Division and Unit, 40zm and 41m related SEC offices and units to the
 # SEC: doubtful either way)
 relations=[L("WAC de Mexico S.A. de C.V.", "parentOrganization", "World Acceptance Corporation"),
            L("FCPA Unit", "parentOrganization", "Enforcement Division"),
            L("Enforcement Division", "parentOrganization", "Securities and Exchange Commission")],
 outages=[],
 # 'today' (= published); 'December 2010' -> 2010-12; 'June 2017' -> 2017-06 ('from at least December 2010 through
 # June 2017'). Skipped: 'for nearly a decade' (no value), 'in a timely manner' (no date)
 dates=[D("today", "2020-08-06"), D("December 2010", "2010-12"), D("June 2017", "2017-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

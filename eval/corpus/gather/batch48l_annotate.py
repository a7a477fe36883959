#!/usr/bin/env python3
"""Batch 48l gold annotations (the texts of batch48l.py: the Enforcement Bureau's notice of apparent liability DA
11-1183 of 15 July 2011 against eight wholly-owned subsidiaries of Associated Telecommunications Management Services,
LLC for domestic section 214 transfers of control consummated without approval; the Commission's notice of apparent
liability FCC 22-30 of 21 April 2022 against Truphone, Inc., the controlling parent of iSmart Mobile, LLC), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-48h of the lane; 33b for the Enforcement Bureau's texts; GUIDELINES section 2): 'X is
the parent of ... wholly-owned subsidiaries A; B; ...' -> parentOrganization(each, X) (44g's 'wholly-owned
subsidiary'); 'X, the controlling parent of Y' -> parentOrganization(Y, X); transfers of control whose targets or
buyers the kept text does not name -> nothing; a short name in parentheses or quotes -> alias, as written;
collective defined terms ('ATMS Subsidiaries', 'Company', 'Applicants') not annotated; 'Commission' -> Organization
(named as the text first writes it in full, else 'Commission', as 48h); the Commission's bureaus -> Organization, no
parentOrganization to the Commission (44g, 48h); 'U.S.' as an adjective -> no Location (47u); laws, sections,
dockets, file and account numbers not annotated; a year alone -> a date of that year (GUIDELINES Dates).
usage: batch48l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}

# ---- ATMS and its eight subsidiaries, DA 11-1183, published 2011-07-15 ----------------------------------------------
AT = "Associated Telecommunications Management Services, LLC"
SUBS = ["BLC Acquisition Group, LLC", "Bellerud Acquisition Group, LLC", "DialTone & More Acquisition Group, LLC",
        "Ganoco Acquisition Group, LLC", "Lifeconnex Acquisition Group, LLC", "Ren-Tel Acquisition Group, LLC",
        "SCTxLink Acquisition Group, LLC", "Triarch Acquisition Group, LLC"]
A["us-fcc-associated-telecommunications-management-services-subsidiaries-unauthorized-transfer-of-control-notice-of-apparent-liability-2011"] = dict(
 # Companies: Associated Telecommunications Management Services, LLC ('(“ATMS”)', 'ATMS is the parent' -> alias
 # 'ATMS'); the eight subsidiaries, each named once in the list, no short names (their collective name 'ATMS
 # Subsidiaries' is a label: not annotated). Organization: 'the Commission’s Rules' -> Commission ('Commission
 # approval' twice; never written in full in the kept text, so named 'Commission', as 48h). No Person, no Location,
 # no role (the Bureau's chief is only the cut 'By the Chief, Enforcement Bureau:' line). Not annotated: 'NAL' (this
 # document), 'the Communications Act of 1934' (a law), 'Act', 'Rules' (labels), sections 214(a), 63.03, 63.04.
 entities=[E("Company", AT, "ATMS")] + [E("Company", s) for s in SUBS] + [E("Organization", "Commission")],
 roles=[],
 # - parentOrganization(each of the eight, ATMS): 'ATMS is the parent of eight wholly-owned subsidiaries – BLC
 #   Acquisition Group, LLC; ... and Triarch Acquisition Group, LLC' (stated; 'various subsidiaries of
 #   Associated Telecommunications Management Services, LLC' says the same).
 # Near-misses: the 'eight separate transactions, each involving the substantial transfer of control of a domestic
 #   section 214 authorization' -- the subsidiaries took control of eight carriers, but the kept text names none of
 #   them (they stand beyond the excerpt): no acquired (a buyer without a named target is nothing). **Doubtful**: a
 #   reader may not split the list at the single 'LLC and Triarch' (no semicolon) -- the count 'eight' settles it;
 #   the names are alike ('... Acquisition Group, LLC') but each is its own company.
 relations=[L(s, "parentOrganization", AT) for s in SUBS],
 outages=[],
 # no date expression in the kept text ('1934' inside the law's name no date; the adoption and release date stood
 # only in the cut 'Adopted: ... Released: ...' line, kept as `published`)
 dates=[])

# ---- Truphone, Inc. / iSmart Mobile, LLC, FCC 22-30, published 2022-04-21 --------------------------------------------
TR = "Truphone, Inc."
IS = "iSmart Mobile, LLC"
FCC = "Federal Communications Commission"
A["us-fcc-truphone-ismart-mobile-foreign-ownership-unauthorized-transfer-of-control-notice-of-apparent-liability-2022"] = dict(
 # Companies: Truphone, Inc. ('(Truphone or Company)' -> alias 'Truphone'; 'Company' is a label, not an alias);
 # iSmart Mobile, LLC ('(iSmart)' -> alias 'iSmart'). Organizations: the Federal Communications Commission ('the
 # Federal Communications Commission’s (Commission or FCC) rules' -> aliases 'Commission', 'FCC'; 'Commission
 # approval' earlier in the text is the same body); the Commission’s International Bureau and its Enforcement
 # Bureau (each named in full; no parentOrganization to the Commission, 44g and 48h, though the text writes 'the
 # Commission’s'). No Person (Rosenworcel and Starks stood only in the cut 'By the Commission:' line, Jeffrey J. Gee
 # and Ralph Steffens only in the cut footnote), no Location ('U.S.' and 'U.S.-organized' as adjectives), no role.
 # Not annotated: 'NAL', 'LOI' (documents), 'the Communications Act of 1934', 'Act', sections 310(b)(4), 214,
 # 310(d), 1.948, 63.24; 'foreign individuals and/or entities', 'new foreign entities' (unnamed).
 entities=[E("Company", TR, "Truphone"), E("Company", IS, "iSmart"), E("Organization", FCC, "Commission", "FCC"),
           E("Organization", "International Bureau"), E("Organization", "Enforcement Bureau")],
 roles=[],
 # - parentOrganization(iSmart, Truphone): 'Truphone, Inc. (Truphone or Company), the controlling parent of iSmart
 #   Mobile, LLC' (stated).
 # Near-misses: control of 'these licensees' transferred 'to new foreign entities' (unnamed: nothing); 'the U.S.
 #   controlling parent of a U.S. common carrier radio station licensee' (the rule's generic words, no names); the
 #   International Bureau's referral and the Enforcement Bureau's letter of inquiry (regulatory steps, no relation);
 #   the bureaus 'the Commission’s' (no parentOrganization, lane convention -- **doubtful**: a reader may link them).
 relations=[L(IS, "parentOrganization", TR)],
 outages=[],
 # 'in 2011' (the misreporting applications) -> 2011; '1934' inside the law's name no date
 dates=[D("2011", "2011")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

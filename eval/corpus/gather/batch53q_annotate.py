#!/usr/bin/env python3
"""Batch 53q gold annotations (the texts of batch53q.py: the SEC's case page of 1 November 2022 on SEC v. Westport
Capital Markets, LLC, et al. -- 'the Commission filed a complaint against Westport Capital Markets, LLC ("Westport") and
Christopher E. McClure', 'Westport, a dually registered investment adviser and broker-dealer, and Westport's principal,
Christopher E. McClure'; and its AP Summary of 12 March 2025 -- 'Massachusetts-based biopharmaceutical company Allarity
Therapeutics, Inc.', 'the Food and Drug Administration (FDA)', 'dovitinib, Allarity's flagship cancer drug candidate',
'Dawn Edick, David Fox, Susan Cooke and Amy Gwiazda of the Boston Regional Office'), written from the texts alone;
newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts): Allarity -> test, Westport -> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i; looked up in the gold of the corpus's SEC
files on other matters, GATHERING.md and GUIDELINES) -- the Commission in full with the short forms the text uses as
aliases, or 'Commission' alone when the kept text never spells it out (45f, 45ze); a 'principal' of a firm -> executive
(51a's Monex principals, 53i); SEC staff named only as working on the case 'of the X Regional Office' -> Person with no
role, the office an Organization with parentOrganization to the SEC (41m's Tracy L. Davis and San Francisco Regional
Office); 'X-based' with a place's name -> Location X; the FDA an Organization (53d, the corpus's Bayer file); a drug
candidate -> Service with provider to the company whose drug it is (GUIDELINES: drugs are Service; 53d's SF-1019);
'today' -> the release date; one date item per distinct text and value; years inside Acts' names skipped.
usage: batch53q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
WCM = "Westport Capital Markets, LLC"
ALL = "Allarity Therapeutics, Inc."
BRO = "Boston Regional Office"
A = {}

# ---- Westport Capital Markets / McClure, sec.gov case page, published 2022-11-01 (a Tuesday) -----------------------
A["us-sec-westport-capital-markets-principal-mcclure-undisclosed-mark-ups-12b-1-fees-complaint-2022"] = dict(
 # The Commission (written only as 'the Commission' four times: the page's heading 'SEC v. ...' is the `title`, not
 # text -> Organization named 'Commission', no alias); Westport Capital Markets, LLC ('("Westport")', then 'Westport'
 # and "Westport's": alias 'Westport'); Christopher E. McClure ('("McClure,"', then 'McClure': alias). Not annotated:
 # 'the Defendants' (a label for both), 'underwriters', 'advisory clients', 'a client' (unnamed), 'mutual fund share
 # classes' and '12b-1 fees' (products and fees, no name), 'the complaint' / 'the Complaint' (a document)
 entities=[E("Organization", "Commission"),
           E("Company", WCM, "Westport"),
           E("Person", "Christopher E. McClure", "McClure")],
 # "Westport's principal, Christopher E. McClure" -> executive at Westport Capital Markets, LLC (a principal: the
 # lane's senior generic title; current true, no 'former' written) -- **doubtful**: the page dates from 2022, after
 # the final judgments, and the firm's later state is not told; the opinions elsewhere call him owner and CEO, but
 # this text says only 'principal', so no ceo. Near-miss: 'acting as a principal for its own account' (Westport as a
 # dealer in a trade: the trading sense of 'principal', no post)
 roles=[R("Christopher E. McClure", "executive", WCM, True)],
 # No relation. Near-misses: Westport's purchases 'from underwriters' (unnamed sellers, no partner); its receipt of
 # mutual fund distribution fees (unnamed funds); 'a dually registered investment adviser and broker-dealer' (the
 # firm's kind, no second firm)
 relations=[],
 outages=[],
 # 'December 11, 2017' (the complaint) -> 2017-12-11. Skipped: 'for several years', 'for only a short period'
 # (durations without dates)
 dates=[D("December 11, 2017", "2017-12-11")])

# ---- Allarity Therapeutics, AP Summary 33-11367, published 2025-03-12 (a Wednesday) --------------------------------
A["us-sec-allarity-therapeutics-dovitinib-fda-critique-disclosure-failures-boston-regional-office-2025"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission today announced', then "the SEC's
 # order", 'filed with the SEC', "The SEC's case": alias 'SEC'); Massachusetts ('Massachusetts-based': Location, the
 # lane's 'X-based' rule); Allarity Therapeutics, Inc. (then 'Allarity', often possessive: alias); the Food and Drug
 # Administration (alias 'FDA'); dovitinib ('Allarity's flagship cancer drug candidate': Service, a drug -- **doubtful**:
 # a candidate not approved for sale; GUIDELINES type drugs as Service and 53d took the unapproved SF-1019 so);
 # Dawn Edick, David Fox, Susan Cooke, Amy Gwiazda (Persons); the Boston Regional Office (Organization). Not annotated:
 # 'certain former officers' (unnamed), 'Phase III clinical trial' (no name), "Allarity's website" (no name), 'Securities
 # Act of 1933', 'Securities Exchange Act of 1934', 'Rule 13a-11' (laws and rules)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "Massachusetts"),
           E("Company", ALL, "Allarity"),
           E("Organization", "Food and Drug Administration", "FDA"),
           E("Service", "dovitinib"),
           E("Person", "Dawn Edick"),
           E("Person", "David Fox"),
           E("Person", "Susan Cooke"),
           E("Person", "Amy Gwiazda"),
           E("Organization", BRO)],
 # No role: the four people are named only as handling the SEC's case 'of the Boston Regional Office' (no post written;
 # 41m's Tracy L. Davis -- **doubtful**: a reader may set other at the office for each). Near-miss: 'certain former
 # officers' of Allarity (unnamed, so no role)
 roles=[],
 # "dovitinib, Allarity's flagship cancer drug candidate" -> provider(dovitinib, Allarity Therapeutics, Inc.) (53d's
 # "Immunosyn's sole product ... SF-1019"); "The SEC's case is being handled by ... of the Boston Regional Office" -> the
 # Office parentOrganization the SEC (41m's reading; **doubtful**, as "the SEC's" is not written before the office's
 # name). Near-misses: the FDA's review of dovitinib and its recommendation of a new trial (a regulator's act, no
 # partner); 'filed with the SEC' (filings)
 relations=[L("dovitinib", "provider", ALL),
            L(BRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (the settled charges) -> 2025-03-12; 'February 2020' (the FDA's critique; twice, one item) -> 2020-02.
 # Skipped: '1933' and '1934' in the Acts' names
 dates=[D("today", "2025-03-12"), D("February 2020", "2020-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

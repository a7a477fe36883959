#!/usr/bin/env python3
"""Batch 53x gold annotations (the texts of batch53x.py: the SEC's Litigation Release No. 26262 of 10 March 2025 --
'the Securities and Exchange Commission filed charges against George Demos, a former Vice President of Drug Safety and
Pharmacovigilance at Acadia Pharmaceuticals Inc.', 'negative news from the FDA'; its Litigation Release No. 25870 of 29
September 2023 -- 'New Orleans-based audit firm Luther Speight & Company, LLC ("LSC") and its principal Luther C.
Speight, III', 'the U.S. District Court for the Northern District of Georgia', 'a Louisiana-based school board'; and its
AP Summary of 17 January 2025 -- 'American Electric Power Company, Inc. ("AEP")', 'Empowering Ohio's Economy, Inc.
("Empowering Ohio"), an Ohio-based 501(c)(4) non-profit organization'), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts): Acadia/Demos -> test, AEP -> train, Speight -> dev. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q; looked up in the gold of the corpus's
SEC files on other matters, GATHERING.md and GUIDELINES) -- the Commission in full with the short forms the text uses
as aliases ('SEC', 'Commission'); an agency the text names only by its acronym under that acronym ('FDA', as the lane
names 'Commission' alone when the kept text never spells it out, 45f, 45ze); 'a former Vice President of X at Y' ->
vice-president at Y, current false (GUIDELINES: 'vice president' -> vice-president; 43a's and 50s's former officers);
a 'principal' of a firm -> executive (51a's Monex principals, 53i, 53q's Westport); 'X-based' with a place's name ->
Location X (53q's Massachusetts); a US district court named in full -> Organization (the lane's 'U.S. District Court
for the ...' files); a 501(c)(4) non-profit -> Organization (GOLD_FORMAT: NGOs); unnamed bodies ('a Louisiana-based
school board', 'certain 501(c)(4) organizations', 'AEP employees') not annotated; a release's 'today' -> the release
date; a date without a year that the text ties to a dated event takes that event's year (53i's 'On Friday, July
30th,'); one date item per distinct text and value; years inside Acts' names skipped.
usage: batch53x_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
ACA = "Acadia Pharmaceuticals Inc."
LSC = "Luther Speight & Company, LLC"
AEP = "American Electric Power Company, Inc."
EMP = "Empowering Ohio\u2019s Economy, Inc."
A = {}

# ---- George Demos / Acadia Pharmaceuticals, LR 26262, published 2025-03-10 (a Monday) ------------------------------
A["us-sec-acadia-pharmaceuticals-former-vice-president-demos-insider-trading-fda-labeling-2025"] = dict(
 # The Securities and Exchange Commission ('the Securities and Exchange Commission filed charges', then 'The SEC
 # alleges', "The SEC's complaint": alias 'SEC'); George Demos (then 'Demos': alias; the left-out caption's 'George N.
 # Demos' is not text); Acadia Pharmaceuticals Inc. (then 'Acadia', often possessive: alias); the FDA (never spelt out
 # in the kept text -> Organization named 'FDA', no alias -- **doubtful**: a reader may name it 'Food and Drug
 # Administration' from knowledge, but the name must be the text's). Not annotated: 'its Parkinson's disease psychosis
 # drug' (unnamed: no Service), 'supplemental new drug application' (a filing), 'the complaint', 'Securities Act of
 # 1933', 'Securities Exchange Act of 1934', 'Rule 10b-5' (laws and rules)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "George Demos", "Demos"),
           E("Company", ACA, "Acadia"),
           E("Organization", "FDA")],
 # 'George Demos, a former Vice President of Drug Safety and Pharmacovigilance at Acadia Pharmaceuticals Inc.' ->
 # vice-president at Acadia, current false ('former'; the functional area is part of the title, the post stays
 # vice-president). Near-miss: none other (no other person named)
 roles=[R("George Demos", "vice-president", ACA, False)],
 # No relation. Near-misses: 'its Parkinson's disease psychosis drug' (Acadia's drug, unnamed, so no provider); the
 # FDA's acceptance of and notice on Acadia's application (a regulator's acts, no partner)
 relations=[],
 outages=[],
 # 'March 7, 2025' (the charges) -> 2025-03-07; 'March 8, 2021' (the announcement, the trades; three times, one item)
 # -> 2021-03-08; 'July 2020' -> 2020-07; 'March 3, 2021' (twice, one item) -> 2021-03-03; "the FDA's March 3
 # communication" -> 'March 3' 2021-03-03 and 'the closing price on March 8' -> 'March 8' 2021-03-08 (no year written:
 # the text ties both to the 2021 dates just before -- **doubtful**: a resolver anchored on `published` alone would
 # give 2025); 'the following day' (the day after the announcement after the close on March 8, 2021) -> 2021-03-09.
 # Skipped: 'the morning of March 8, 2021' (its date already an item), '1933' and '1934' in the Acts' names
 dates=[D("March 7, 2025", "2025-03-07"), D("March 8, 2021", "2021-03-08"), D("July 2020", "2020-07"),
        D("March 3, 2021", "2021-03-03"), D("March 3", "2021-03-03"), D("the following day", "2021-03-09"),
        D("March 8", "2021-03-08")])

# ---- Luther Speight & Company / Luther C. Speight, III, LR 25870, published 2023-09-29 (a Friday) --------------------
A["us-sec-new-orleans-auditor-luther-speight-company-principal-school-board-audit-settled-fraud-2023"] = dict(
 # The Securities and Exchange Commission ("the SEC's complaint", 'The SEC alleged': alias 'SEC'); New Orleans
 # ('New Orleans-based audit firm': Location); Luther Speight & Company, LLC ('("LSC")', then 'LSC': alias); Luther C.
 # Speight, III (then 'Speight': alias); the U.S. District Court for the Northern District of Georgia (Organization);
 # Louisiana ('a Louisiana-based school board': Location, the 'X-based' rule though the board itself is unnamed).
 # Not annotated: 'a Louisiana-based school board' / 'School Board' (unnamed: the capitalised label is a defined term,
 # not a name), 'an investor', 'Generally Accepted Audit Standards' / 'GAAS' (standards, not a body), 'Securities Act
 # of 1933'
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "New Orleans"),
           E("Company", LSC, "LSC"),
           E("Person", "Luther C. Speight, III", "Speight"),
           E("Organization", "U.S. District Court for the Northern District of Georgia"),
           E("Location", "Louisiana")],
 # 'Luther Speight & Company, LLC ("LSC") and its principal Luther C. Speight, III' -> executive at LSC (a principal:
 # the lane's senior generic title, 53q's Westport; current true, no 'former') -- **doubtful**: the firm bears his name
 # and other pages call him its owner or partner, but this text says only 'principal', so no founder. Near-miss: the
 # heading's 'Its Principal' (`title` only); the injunction's 'engagement manager, engagement partner, or engagement
 # quality reviewer' (cut: after the kept text)
 roles=[R("Luther C. Speight, III", "executive", LSC, True)],
 # No relation. Near-misses: LSC and Speight 'hired in June 2019 by a Louisiana-based school board' (an audit
 # engagement, a customer contract, but the board is unnamed, so no partner); the board's sale of bonds 'to an
 # investor' (unnamed)
 relations=[],
 outages=[],
 # 'June 2019' (the hiring) -> 2019-06; 'January 2, 2020' (the report) -> 2020-01-02; 'March 2020' (the bond sale) ->
 # 2020-03. Skipped: 'fiscal year 2019' (twice; a school board's fiscal year, not a calendar year: the GUIDELINES skip
 # non-calendar fiscal periods -- **doubtful**: a reader may set 2019), '1933' in the Act's name
 dates=[D("June 2019", "2019-06"), D("January 2, 2020", "2020-01-02"), D("March 2020", "2020-03")])

# ---- American Electric Power / Empowering Ohio, AP Summary 33-11356, published 2025-01-17 (a Friday) ----------------
A["us-sec-american-electric-power-empowering-ohio-related-party-fraudulent-disclosures-2025"] = dict(
 # The Securities and Exchange Commission ('The Securities and Exchange Commission today charged', "the SEC's order",
 # 'the Commission found' twice: aliases 'SEC' and 'Commission'); American Electric Power Company, Inc. ('("AEP")', then
 # 'AEP' throughout: alias); Empowering Ohio's Economy, Inc. ('("Empowering Ohio")', then 'Empowering Ohio': alias;
 # Organization, 'a 501(c)(4) non-profit organization' -- **doubtful**: a reader may type it Company as an 'Inc.');
 # Ohio ('an Ohio-based ... organization': Location). Not annotated: 'a related party' (Empowering Ohio itself),
 # 'entities associated with politicians' and 'certain 501(c)(4) organizations associated with politicians'
 # (unnamed), 'politicians' (unnamed), 'AEP employees' (unnamed), 'a July 2020 press release' (a document), 'the
 # Securities Act', 'the Exchange Act', 'Rules 12b-20 and 13a-1' (laws and rules)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", AEP, "AEP"),
           E("Organization", EMP, "Empowering Ohio"),
           E("Location", "Ohio")],
 # No role: the kept text names no person ('AEP employees' unnamed; the staff sentence was cut where the excerpt
 # breaks off). Near-miss: 'AEP employees directed Empowering Ohio's contributions' (unnamed people, no post)
 roles=[],
 # No relation -- **doubtful**: 'AEP was Empowering Ohio's sole source of funding and AEP employees directed Empowering
 # Ohio's contributions', and it is AEP's 'related party'; funding and direction are not ownership, and the text never
 # calls Empowering Ohio AEP's unit, subsidiary or affiliate, so no parentOrganization (a reader may set
 # parentOrganization(Empowering Ohio, AEP) on control). Near-misses: AEP's 'payments ... to Empowering Ohio' (a
 # donor's payments, no partner contract told); Empowering Ohio's $1.2 million of contributions to unnamed 501(c)(4)s
 relations=[],
 outages=[],
 # 'today' (the charges) -> 2025-01-17; 'July 2020' (the press release) -> 2020-07
 dates=[D("today", "2025-01-17"), D("July 2020", "2020-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

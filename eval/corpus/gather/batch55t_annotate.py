#!/usr/bin/env python3
"""Batch 55t gold annotations (the texts of batch55t.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-circle-health-bmi-healthcare-merger-case-page-undertakings-2021 -> test,
uk-cma-gbt-cwt-corporate-travel-merger-phase-2-cleared-2025 -> train,
uk-cma-rentokil-initial-cannon-hygiene-washroom-merger-provisional-findings-2018 -> dev. `published` null (the case
page, as batch 17d's, 55j's and 55o's case pages), 2025-03-06 and 2018-10-18.
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j and 55o): a purchase
the text tells as done ('the completed acquisition by Circle Health Holdings Limited of ...'; "Rentokil Initial’s
purchase of Cannon Hygiene" with the potential sale of the Cannon UK business as a remedy, as 55o's Spreadex) ->
`acquired` AND parentOrganization(target, buyer); "X (a parent company of Y)" -> parentOrganization(Y, X); a
'merger' of two named companies where the text does not say who buys whom -> nothing (GUIDELINES part 2), even when
cleared; a minority interest -> no parent; the regulator an Organization by the fullest form the text gives
('Competition and Markets Authority' with alias 'CMA' where spelled out, 'CMA' alone where not, as 17d's, 55j's and
55o's texts); the chair of a CMA inquiry group or independent panel -> chairman at the CMA (40zo, 55j, 55o); a
trading name the text gives for a company ('Rentokil, which trades as Initial') -> an alias of that company;
countries -> Location. With `published` null only absolute dates are listed; a deadline with its hour is one item
('5pm on 8 November 2018', as 55o's '5pm on 17 August 2021'). No outage in any text.
usage: batch55t_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather56t/pool /tmp/gather56t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Circle Health / BMI Healthcare case page (published null; entries 20 December 2019 - 2 August 2021) -------------
CH = "Circle Health Holdings Limited"
GHG = "GHG Healthcare Holdings Limited"
CHC = "CHC Healthcare Holdings Limited"
BMI = "BMI Healthcare Limited"
A["uk-cma-circle-health-bmi-healthcare-merger-case-page-undertakings-2021"] = dict(
 # 'The CMA' throughout (no full name in the text) -> Organization 'CMA', no alias (as 17d's, 55j's and 55o's case
 # pages); 'Circle Health Holdings Limited' (four times) with aliases 'Circle Health' (in the cross-reference
 # 'Circle Health / BMI Healthcare: Review of undertakings') and 'Circle' ('the CMA directed Circle to appoint a
 # monitoring trustee') -> one Company; 'Centene Corporation' -> Company; 'GHG Healthcare Holdings Limited' and 'CHC
 # Healthcare Holdings Limited' -> two Companies (the page names the company bought 'GHG ...' in two entries and 'CHC
 # ...' in the review entry; both are named, each 'a parent company of BMI Healthcare Limited'; doubtful: a reader
 # who takes one for a misprint of the other may merge them - the text gives no ground to, so two, as written);
 # 'BMI Healthcare Limited' with alias 'BMI Healthcare' (the cross-reference) -> Company. No Person (no CMA official
 # or group member is named; 'a monitoring trustee' is unnamed). No Location. Left out: 'Circle Health / BMI
 # Healthcare: Review of undertakings' as a whole (a page title), 'Undertakings in Lieu', 'Initial enforcement order',
 # 'Phase 1', 'Statutory timetable' (procedures, documents, headings)
 entities=[E("Organization", "CMA"), E("Company", CH, "Circle Health", "Circle"), E("Company", "Centene Corporation"),
           E("Company", GHG), E("Company", BMI, "BMI Healthcare"), E("Company", CHC)],
 roles=[],
 # acquired(Circle Health Holdings Limited, GHG Healthcare Holdings Limited) and parentOrganization(GHG, Circle):
 # 'the completed acquisition by Circle Health Holdings Limited ... of GHG Healthcare Holdings Limited' (first entry
 # and 23 June 2020; completed: both). acquired(Circle, CHC) and parentOrganization(CHC, Circle): 'the completed
 # acquisition by Circle Health Holdings Limited of all the issued share capital of CHC Healthcare Holdings Limited'
 # (2 August 2021; all the shares: control). parentOrganization(BMI Healthcare Limited, GHG) and
 # parentOrganization(BMI Healthcare Limited, CHC): '(a parent company of BMI Healthcare Limited)' after each holding
 # company. Near-misses: Centene Corporation's 'minority interest in Circle Health Holdings Limited' -> no
 # parentOrganization (a minority holding is not ownership), and '(and indirectly by Centene Corporation ...)' -> no
 # acquired(Centene, GHG) (the CMA's reckoning of an indirect, minority stake; doubtful: a reader may take the words
 # 'acquisition ... indirectly by Centene Corporation' at face value and add it); no parentOrganization(BMI
 # Healthcare Limited, Circle Health Holdings Limited) (not stated: only through GHG / CHC); the undertakings in lieu,
 # the monitoring trustee and the review (regulatory steps, no company relation)
 relations=[L(CH, "acquired", GHG), L(GHG, "parentOrganization", CH), L(CH, "acquired", CHC),
            L(CHC, "parentOrganization", CH), L(BMI, "parentOrganization", GHG), L(BMI, "parentOrganization", CHC)],
 outages=[],
 # `published` null -> absolute dates only: '23 June 2020' (three times, one item), '8 April 2020', '26 February
 # 2020' (the end of the span '12 to 26 February 2020'; its start '12' is a bare day number and its value is the
 # next row's '12 February 2020'), '12 February 2020', '20 December 2019', '2 August 2021', '25 June 2020'. Not dates:
 # 'Date Action' (the table's head), 'the current statutory deadline' (no date given)
 dates=[D("23 June 2020", "2020-06-23"), D("8 April 2020", "2020-04-08"), D("26 February 2020", "2020-02-26"),
        D("12 February 2020", "2020-02-12"), D("20 December 2019", "2019-12-20"), D("2 August 2021", "2021-08-02"),
        D("25 June 2020", "2020-06-25")])

# ---- GBT / CWT, phase 2 final decision, cleared (published 2025-03-06) ---------------------------------------------
GBT = "Global Business Travel Group, Inc"
CWT = "CWT Holdings LLC"
A["uk-cma-gbt-cwt-corporate-travel-merger-phase-2-cleared-2025"] = dict(
 # 'Independent CMA inquiry group' and 'CMA' only (no full name in the text) -> Organization 'CMA', no alias;
 # 'Global Business Travel Group, Inc' with alias 'GBT' -> Company; 'CWT Holdings LLC' with alias 'CWT' -> Company;
 # 'Martin Coleman' -> Person. No Location (the text names no country or place). Left out: 'An independent inquiry
 # group', 'the independent panel of experts' (unnamed CMA groups, not entities), 'other suppliers', 'customers',
 # 'global businesses' (generic), 'the merged business' (no name), 'Phase 2' (a procedure)
 entities=[E("Organization", "CMA"), E("Company", GBT, "GBT"), E("Company", CWT, "CWT"),
           E("Person", "Martin Coleman")],
 # 'Martin Coleman, chair of the independent panel of experts conducting this investigation' -> chairman at the CMA
 # (the panel is the 'Independent CMA inquiry group' of the first line; as 55o's Richard Feasey and FNZ / GBST's
 # Coleman). Current. Doubtful: a reader may leave the org open ('independent panel of experts')
 roles=[R("Martin Coleman", "chairman", "CMA")],
 # Nothing: 'the merger of corporate travel management companies Global Business Travel Group, Inc (GBT) and CWT
 # Holdings LLC (CWT)' never says who buys whom, and the deal is only cleared ('should be allowed to proceed'), not
 # told as agreed by one to buy the other or completed (GUIDELINES part 2: a 'merger' with no buyer named -> nothing).
 # Near-misses: a reader who knows the deal (GBT buying CWT) may add acquired(GBT, CWT) and a parent - not in the
 # text; 'the merged business' (unnamed); 'other suppliers who will offer customers an alternative' (unnamed
 # competitors, no relation); 'Both companies supply travel agency services' (a market, not a named Service)
 relations=[],
 outages=[],
 # No time expression a reader can resolve: 'in the past', 'in the future', 'over the course of our investigation'
 # (no calendar value); 'Phase 2' is a procedure
 dates=[])

# ---- Rentokil Initial / Cannon Hygiene, phase 2 provisional findings (published 2018-10-18) -----------------------
RI = "Rentokil Initial"
A["uk-cma-rentokil-initial-cannon-hygiene-washroom-merger-provisional-findings-2018"] = dict(
 # 'the Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (also in 'CMA Panel'); 'Rentokil
 # Initial' (also "Rentokil Initial’s") with aliases 'Rentokil' and 'Initial' ('Rentokil, which trades as Initial
 # for washroom services': a trading name of the same business; doubtful: a reader may make 'Initial' a Service (a
 # brand customers meet) with provider Rentokil Initial) -> one Company; 'Cannon Hygiene' with alias 'Cannon' (also
 # in 'the Cannon UK business') -> Company; 'PHS' ('the largest supplier, PHS') -> Company; 'the UK' (also 'the
 # UK’s') -> Location. Left out: 'a group of independent CMA Panel members' (unnamed, not an entity), 'the Cannon UK
 # business' (a part of Cannon named by description, not a name of its own; near-miss), 'other suppliers',
 # 'customers' (generic), 'Phase 2' (a procedure)
 entities=[E("Organization", "Competition and Markets Authority", "CMA"), E("Company", RI, "Rentokil", "Initial"),
           E("Company", "Cannon Hygiene", "Cannon"), E("Company", "PHS")] + locs("UK"),
 # No role: the text names no person (the CMA Panel members and any inquiry chair are unnamed here)
 roles=[],
 # acquired(Rentokil Initial, Cannon Hygiene) and parentOrganization(Cannon Hygiene, Rentokil Initial): "Rentokil
 # Initial’s purchase of Cannon Hygiene" (twice), 'after the merger', and a remedy that 'includes the potential sale
 # of the Cannon UK business' tell a purchase made and a business now held (as 55o's Spreadex / Sporting Index).
 # Doubtful: the text never says 'completed'; a reader may record `acquired` only (agreed, not yet completed).
 # Near-misses: 'the potential sale of the Cannon UK business' (a possible remedy, no buyer: no relation); PHS,
 # 'alongside' Rentokil and Cannon as one of the 3 major suppliers (competitors, no relation); the referral to 'a
 # group of independent CMA Panel members' (a procedure)
 relations=[L(RI, "acquired", "Cannon Hygiene"), L("Cannon Hygiene", "parentOrganization", RI)],
 outages=[],
 # '28 June 2018' -> 2018-06-28; '5pm on 8 November 2018' -> 2018-11-08T17:00 and '5pm on 1 November 2018' ->
 # 2018-11-01T17:00 (each one item with its hour, as 55o's '5pm on 17 August 2021'). Not dates: 'now' (the story's
 # own time, not listed by the corpus), '2 of the 3' (counts), 'Phase 2'
 dates=[D("28 June 2018", "2018-06-28"), D("5pm on 8 November 2018", "2018-11-08T17:00"),
        D("5pm on 1 November 2018", "2018-11-01T17:00")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

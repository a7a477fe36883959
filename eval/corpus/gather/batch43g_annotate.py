#!/usr/bin/env python3
"""Batch 43g gold annotations (the texts of batch43g.py: the SEC's administrative-proceeding summary of 1 February
2019 on Hertz Global Holdings Inc. and its wholly-owned subsidiary The Hertz Corp.; the SEC's Litigation Release No.
25855 of 27 September 2023 on Hyzon Motors Inc., its former CEO Craig M. Knight and Max C.B. Holthausen, former
managing director of Hyzon's European subsidiary; the SEC's Litigation Release No. 26086 of 29 August 2024 on
Mmobuosi Odogwu Banye a/k/a Dozy Mmobuosi, the three U.S.-based Tingo entities of which he was the CEO and their
Nigerian operating subsidiaries Tingo Mobile Limited and Tingo Foods PLC), written from the texts alone; newskg was
not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a and 43d for
SEC releases): the SEC -> Organization (name the fullest form the text writes: 'SEC' alone where the text never
writes it out, as 43d); 'CEO' -> ceo; 'former' and 'of which he was the CEO' -> current false (40zm, 42e, 43a, 43d's
'while he was CEO'); 'managing director' -> director (GUIDELINES), but only where the organisation is named; 'its
wholly-owned subsidiary X', 'its subsidiary X' -> X parentOrganization the parent (GUIDELINES); an unnamed
subsidiary, SPAC, co-defendant or customer -> nothing (43a's unnamed Brazilian subsidiary); a merger with an unnamed
company -> nothing; a court -> Organization (43d); a place named inside '<place>-based' -> Location (42j, 42y, 43a,
43d; 'U.S.-based' -> 'U.S.', as 27a and batch 13's consistency pass), 'Nigerian' and 'European' adjectives; a date
opening an administrative-proceeding summary -> its own date item (41n's 'May 9, 2019'); seasons -> the year
(GUIDELINES: 'the fall of 2013' -> 2013); fiscal years ('fiscal year 2022') -> no date (GUIDELINES' fiscal rule, as
38z, 41b and 43d).
usage: batch43g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
HGH = "Hertz Global Holdings Inc."
HYZ = "Hyzon Motors Inc."
SDNY = "U.S. District Court for the Southern District of New York"
MOB = "Mmobuosi Odogwu Banye"
TG = "Tingo Group Inc."
AF = "Agri-Fintech Holdings Inc."
TIH = "Tingo International Holdings Inc."
A = {}

# ---- Hertz Global Holdings and The Hertz Corp., published 2019-02-01 (a Friday) -------------------------------------
A["us-sec-hertz-global-holdings-subsidiary-hertz-corp-inaccurate-financial-reporting-2019"] = dict(
 # Hertz Global Holdings Inc. ('Hertz's public filings', 'Hertz restated': the short name, set as the holding
 # company's alias; doubtful: the text's 'Hertz' may stand for the two companies together, as the order's
 # 'collectively ... "Hertz"' does, but the text never says so); The Hertz Corp. (named once, as the subsidiary);
 # the SEC (written out once; 'the SEC's order' three times). Not annotated: 'a number of business units' (unnamed),
 # GAAP (accounting principles, not a body), 'the methodologies' (no names)
 entities=[E("Company", HGH, "Hertz"),
           E("Company", "The Hertz Corp."),
           E("Organization", SEC, "SEC")],
 # No person is named (the excerpt names no executive)
 roles=[],
 # 'Hertz Global Holdings Inc. and its wholly-owned subsidiary The Hertz Corp.' -> parentOrganization (GUIDELINES)
 relations=[L("The Hertz Corp.", "parentOrganization", HGH)],
 outages=[],
 # 'February 1, 2019' (the date opening the text, = published; as 41n); 'from February 2012 through March 2014' ->
 # 'February 2012' 2012-02, 'March 2014' 2014-03; 'In July 2015' -> 2015-07; 'in the fall of 2013' -> 2013 (a season
 # -> the year, GUIDELINES). Skipped: 'multiple reporting periods', 'prior periods', 'On several occasions'
 dates=[D("February 1, 2019", "2019-02-01"), D("February 2012", "2012-02"), D("March 2014", "2014-03"),
        D("July 2015", "2015-07"), D("the fall of 2013", "2013")])

# ---- Hyzon Motors, Knight and Holthausen, published 2023-09-27 (a Wednesday) ----------------------------------------
A["us-sec-hyzon-motors-former-ceo-knight-european-subsidiary-spac-merger-2023"] = dict(
 # The SEC (written out once; 'The SEC also charged', 'the SEC's complaint'); Hyzon Motors Inc. ('Hyzon' throughout,
 # 'Hyzon's' possessive five times); New York (inside 'an upstate New York-based company': the state named as a
 # word, as 43a's 'Georgia-based'); Craig M. Knight ('Knight'); Max C.B. Holthausen ('Holthausen'). Not annotated:
 # 'Hyzon's European subsidiary' (unnamed), 'a publicly-traded special purpose acquisition company, or SPAC'
 # (unnamed), 'potential customers and suppliers' (unnamed), FCEVs ('hydrogen fuel cell electric vehicles': a kind of
 # vehicle, no named product), the complaint (a filing)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", HYZ, "Hyzon"),
           E("Location", "New York"),
           E("Person", "Craig M. Knight", "Knight"),
           E("Person", "Max C.B. Holthausen", "Holthausen")],
 # 'Craig M. Knight, Hyzon's former CEO' -> ceo, current false. Holthausen: 'former managing director of Hyzon's
 # European subsidiary' -> no role (the subsidiary is unnamed, so there is no org to attach 'director' to; doubtful:
 # a reader may set director at Hyzon Motors Inc., current false)
 roles=[R("Craig M. Knight", "ceo", HYZ, False)],
 # None: the European subsidiary and the SPAC are unnamed ('a July 2021 merger with a publicly-traded special
 # purpose acquisition company': no named party, and who buys whom is not said)
 relations=[],
 outages=[],
 # 'a July 2021 merger', 'in July 2021' -> 'July 2021' 2021-07 (one item); 'in 2021' -> '2021'; 'that year' -> 2021
 # (the year just named; doubtful: resolved by the sentence, not by `published`; a reader may leave it out)
 dates=[D("July 2021", "2021-07"), D("2021", "2021"), D("that year", "2021")])

# ---- Tingo and Mmobuosi, published 2024-08-29 (a Thursday) ----------------------------------------------------------
A["us-sec-tingo-mobile-founder-mmobuosi-default-judgment-nigerian-subsidiaries-2024"] = dict(
 # The court that entered the judgments; Mmobuosi Odogwu Banye ('a/k/a Dozy Mmobuosi' -> alias, as GUIDELINES'
 # nicknames; 'Mmobuosi' three times); U.S. (inside 'U.S.-based'; the 'U.S.' of the court's name not counted);
 # the SEC (written only as 'SEC': 'The SEC's complaint', 'periodic SEC filings'); Tingo Group Inc. ('Tingo Group's'
 # -> alias 'Tingo Group'); Agri-Fintech Holdings Inc.; Tingo International Holdings Inc.; Tingo Mobile Limited
 # ('Tingo Mobile's' -> alias 'Tingo Mobile'); Tingo Foods PLC. Not annotated: 'his companies and key operating
 # subsidiaries' and 'the entities' (generic), 'Defendants', 'investors', the Form 10-K (a filing), 'Nigerian'
 # (adjective: Nigeria is not named)
 entities=[E("Organization", SDNY),
           E("Person", MOB, "Dozy Mmobuosi", "Mmobuosi"),
           E("Location", "U.S."),
           E("Organization", "SEC"),
           E("Company", TG, "Tingo Group"),
           E("Company", AF),
           E("Company", TIH),
           E("Company", "Tingo Mobile Limited", "Tingo Mobile"),
           E("Company", "Tingo Foods PLC")],
 # 'three affiliated U.S.-based entities of which he was the CEO', named in the next paragraph as 'three entities,
 # Tingo Group Inc., Agri-Fintech Holdings Inc., and Tingo International Holdings Inc.' -> ceo of each, current false
 # ('was', in a release on final judgments; as 43d's 'while he was CEO'; doubtful: the text does not say he left,
 # and the tie between the first paragraph's 'three ... entities' and the second's names is a reader's inference)
 roles=[R(MOB, "ceo", TG, False), R(MOB, "ceo", AF, False), R(MOB, "ceo", TIH, False)],
 # 'Tingo Group's ... its subsidiary Tingo Mobile's Nigerian bank accounts' -> Tingo Mobile Limited
 # parentOrganization Tingo Group Inc. Not set: Tingo Foods PLC's parent ('their Nigerian operating subsidiaries':
 # subsidiaries of the three entities together, no single parent named; doubtful: a reader may set it under Tingo
 # Group Inc. or under each of the three)
 relations=[L("Tingo Mobile Limited", "parentOrganization", TG)],
 outages=[],
 # 'On August 28, 2024' -> 2024-08-28; 'filed on Dec. 18, 2023' -> 2023-12-18; 'since at least 2019' -> '2019';
 # 'filed in March 2023' -> 2023-03. Skipped: 'fiscal year 2022' (twice; a fiscal year, GUIDELINES), 'multi-year'
 dates=[D("August 28, 2024", "2024-08-28"), D("Dec. 18, 2023", "2023-12-18"), D("2019", "2019"),
        D("March 2023", "2023-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

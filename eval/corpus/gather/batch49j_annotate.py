#!/usr/bin/env python3
"""Batch 49j gold annotations (the texts of batch49j.py: the Enforcement Bureau's consent decree with FirstEnergy Corp.
and seven of its companies (DA 00-1985, 2000) on the licences caught up in the 1997 Ohio Edison/Centerior merger that
formed FirstEnergy and in FirstEnergy's acquisition of control of Spectrum, MB and Colonial; the Enforcement Bureau's
consent decree with LG&E Energy Corp. (DA 00-2089, 2000), the holding company of Louisville Gas and Electric Company
and Kentucky Utilities Company), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). `published` is null for
both decrees: absolute dates only.
Conventions (batches 15f, 43n-49f of the lane; 33b for the Enforcement Bureau's texts; GUIDELINES section 2): 'X ...
through its two utility subsidiaries: A and B' -> parentOrganization(each, X) (48l's and 49f's list of subsidiaries);
'X and its subsidiary Y' -> parentOrganization(Y, X); 'Z, the former holding company for A and B' ->
parentOrganization(each, Z), recorded though past (GUIDELINES: ownership stated as past is still recorded; relations
carry no time); 'X's acquisition of control of A, B and C' among the transactions a decree settles (done) ->
acquired(X, each) and parentOrganization(each, X) (the lane reads control passing to a named company as acquired,
44g-49c; completed, so the parent link too, GUIDELINES Relations); 'the merger of A ... with B' with no buyer named,
and a company 'formed as a result of that merger' -> nothing (GUIDELINES: a merger where the text does not say who
buys whom); 'A created a holding company, X, of which A became a wholly-owned subsidiary' -> parentOrganization(A, X)
(the same link the subsidiary list states; no acquired: a restructuring, no buyer); a short name in parentheses or
quotes -> alias, as written; 'the Enforcement Bureau of the Federal Communications Commission' ->
parentOrganization(Enforcement Bureau, Federal Communications Commission) (49c, 49f), and so 'the Enforcement Bureau,
Federal Communications Commission' (**doubtful**, below); a collective label ('(collectively, ``Licensees'')') -> no
alias; a place named only inside a company's name ('Pennsylvania Power Company', 'Kentucky Utilities Company') -> no
Location; laws, sections, licences, file and account numbers not annotated; a year alone -> a date of that year
(GUIDELINES Dates).
usage: batch49j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

A = {}
EB = "Enforcement Bureau"
FCC = "Federal Communications Commission"

# ---- FirstEnergy Corp. et al., consent decree (DA 00-1985), published null -------------------------------------------
FE = "FirstEnergy Corp."
CE = "The Cleveland Electric Illuminating Company"
OE = "Ohio Edison Company"
PP = "Pennsylvania Power Company"
TE = "The Toledo Edison Company"
MB = "MB Operating Company, Inc."
CO = "Colonial Mechanical Corporation"
SP = "Spectrum Control Systems, Inc."
CN = "Centerior Corporation"
A["us-fcc-firstenergy-centerior-ohio-edison-spectrum-mb-colonial-unauthorized-transfer-of-control-consent-decree-2000"] = dict(
 # Organizations: the Enforcement Bureau ('("Bureau")' -> alias 'Bureau'); the Federal Communications Commission
 # (written in full once; no short form in the kept text). Companies: FirstEnergy Corp. ('("FirstEnergy")' -> alias
 # 'FirstEnergy', again in 'FirstEnergy was formed' and 'FirstEnergy's acquisition'); The Cleveland Electric
 # Illuminating Company ('Cleveland Electric'); Ohio Edison Company ('Ohio Edison'; the full name again in the merger
 # sentence); Pennsylvania Power Company ('Pennsylvania Power'); The Toledo Edison Company ('Toledo Edison'); MB
 # Operating Company, Inc. ('MB'); Colonial Mechanical Corporation ('Colonial'); Spectrum Control Systems, Inc.
 # ('Spectrum'); Centerior Corporation (named once). Names as written, with 'The' where the text gives it (the
 # companies' own names). '(collectively, ``Licensees'')' is a label for all eight parties, no alias of any one. No
 # Person, no role, no Location ('Pennsylvania' only inside 'Pennsylvania Power Company'). Not annotated: the six
 # 'transactions', 'this Consent Decree'.
 entities=[E("Organization", EB, "Bureau"), E("Organization", FCC),
           E("Company", FE, "FirstEnergy"), E("Company", CE, "Cleveland Electric"), E("Company", OE, "Ohio Edison"),
           E("Company", PP, "Pennsylvania Power"), E("Company", TE, "Toledo Edison"), E("Company", MB, "MB"),
           E("Company", CO, "Colonial"), E("Company", SP, "Spectrum"), E("Company", CN)],
 roles=[],
 # - parentOrganization(Pennsylvania Power Company, Ohio Edison Company): 'Ohio Edison Company and its subsidiary
 #   Pennsylvania Power Company' (stated).
 # - parentOrganization(Cleveland Electric, Centerior Corporation), parentOrganization(Toledo Edison, Centerior
 #   Corporation): 'Centerior Corporation, the former holding company for Cleveland Electric and Toledo Edison'
 #   (stated as past, recorded all the same).
 # - acquired(FirstEnergy, Spectrum), acquired(FirstEnergy, MB), acquired(FirstEnergy, Colonial) and
 #   parentOrganization(each, FirstEnergy): 'Three transactions involved FirstEnergy's acquisition of control of
 #   Spectrum, MB and Colonial' -- transactions the decree settles, so done; control of a named company passing to a
 #   named company (the lane's acquired, 49c's Enogex/Transok). **Doubtful**: the sentence gives no date and does not
 #   say 'completed'; a reader may keep acquired only (GUIDELINES' agreed-not-completed reading) or read 'acquisition
 #   of control' as short of a purchase. Kept both: the decree exists because the transactions were consummated
 #   without consent.
 # - parentOrganization(Enforcement Bureau, Federal Communications Commission): 'the Enforcement Bureau, Federal
 #   Communications Commission' -- **doubtful**: an apposition with a comma, not 49c's and 49f's 'of the'; read as the
 #   Bureau's body named beside it (the dev Intrado order's 'Enforcement Bureau of the Federal Communications
 #   Commission' is the same link); a reader may drop it.
 # Near-misses: 'the merger of Ohio Edison Company and its subsidiary Pennsylvania Power Company with Centerior
 #   Corporation ... FirstEnergy was formed as a result of that merger' -- who bought whom is not said (GUIDELINES:
 #   nothing), and the kept text never says FirstEnergy became the parent of Ohio Edison, Cleveland Electric or Toledo
 #   Edison (**doubtful**: a reader who knows the group may add those three parent links; the text alone lists them
 #   only as fellow licensees); 'the transfer of MB's assets to Great Lakes Energy Partners, LLC ... a joint ve[nture]'
 #   is in the cut sentence (an asset transfer: nothing, and Great Lakes is not in the text); 'six separate
 #   transactions' (counted, two of them not told in the kept text).
 relations=[L(PP, "parentOrganization", OE), L(CE, "parentOrganization", CN), L(TE, "parentOrganization", CN),
            L(FE, "acquired", SP), L(FE, "acquired", MB), L(FE, "acquired", CO),
            L(SP, "parentOrganization", FE), L(MB, "parentOrganization", FE), L(CO, "parentOrganization", FE),
            L(EB, "parentOrganization", FCC)],
 outages=[],
 # `published` null -> absolute dates only: 'November 8, 1997' (the merger's closing) -> 1997-11-08
 dates=[D("November 8, 1997", "1997-11-08")])

# ---- LG&E Energy Corp., consent decree (DA 00-2089), published null --------------------------------------------------
LE = "LG&E Energy Corp."
LGE = "Louisville Gas and Electric Company"
KU = "Kentucky Utilities Company"
A["us-fcc-lge-energy-louisville-gas-electric-kentucky-utilities-holding-company-consent-decree-2000"] = dict(
 # Organizations: the Enforcement Bureau ('("Bureau")' -> alias 'Bureau'); the Federal Communications Commission
 # (written in full once). Companies: LG&E Energy Corp. ('(``LG&E'')' -> alias 'LG&E', used throughout and in 'a
 # holding company, LG&E'); Louisville Gas and Electric Company and Kentucky Utilities Company (full names only).
 # **Doubtful**: 'LG&E' is the text's defined short name of the holding company; a reader who knows the utility goes
 # by LG&E too might hesitate, but the text never uses it for Louisville Gas and Electric Company. Locations:
 # Louisville ('headquartered in Louisville, Kentucky'), Kentucky ('Louisville, Kentucky', 'throughout Kentucky'),
 # Virginia ('parts of Virginia'). No Person, no role. Not annotated: 'a dozen municipalities' (unnamed), the lines of
 # business, 'internal communications systems' and the 'land mobile, fixed microwave and marine coastal radio
 # facilities' (stations, not services), '$232.2 million', '$2 billion'.
 entities=[E("Organization", EB, "Bureau"), E("Organization", FCC),
           E("Company", LE, "LG&E"), E("Company", LGE), E("Company", KU),
           E("Location", "Louisville"), E("Location", "Kentucky"), E("Location", "Virginia")],
 roles=[],
 # - parentOrganization(Louisville Gas and Electric Company, LG&E Energy Corp.) and parentOrganization(Kentucky
 #   Utilities Company, LG&E Energy Corp.): 'LG&E serves ... through its two utility subsidiaries: Louisville Gas and
 #   Electric Company and Kentucky Utilities Company' (stated, present). The first is stated again: 'Louisville Gas and
 #   Electric Company created a holding company, LG&E, of which Louisville Gas and Electric Company became a
 #   wholly-owned subsidiary' (one relation, listed once).
 # - No acquired for the 1990 transaction: the utility made a holding company above itself (a restructuring with no
 #   buyer; the holding company took no company from another owner); the link it left is the parent one above.
 #   **Doubtful**: a reader may take 'became a wholly-owned subsidiary' in 'a transaction consummated in 1990' as
 #   LG&E acquiring the utility; the lane has given a reorganization no acquired (49f's WEC reorganization, cut there).
 # - parentOrganization(Enforcement Bureau, Federal Communications Commission): 'the Enforcement Bureau of the
 #   Federal Communications Commission' (49c's and 49f's call).
 # Near-misses: how Kentucky Utilities Company came to LG&E (the 1998 KU Energy merger) is not in the kept text:
 #   nothing beyond the stated subsidiary link; 'LG&E and its subsidiaries operate internal communications systems'
 #   (no named service); 'provides wholesale electric service to a dozen municipalities' (customers unnamed: no
 #   partner).
 relations=[L(LGE, "parentOrganization", LE), L(KU, "parentOrganization", LE), L(EB, "parentOrganization", FCC)],
 outages=[],
 # `published` null -> absolute dates only: 'In 1998' (the year of the income figures) -> 1998 (surface '1998');
 # 'in 1990' -> 1990 (surface '1990')
 dates=[D("1998", "1998"), D("1990", "1990")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 47t gold annotations (the texts of batch47t.py: the Justice Department's release requiring Smiths Group plc
to divest Morpho's global explosive trace detection business before its proposed acquisition of Morpho Detection LLC
and Morpho Detection International LLC from Safran S.A., 30 March 2017; the Antitrust Division's Federal Register
notice on the settlement capping Geisinger Health's partial acquisition of Evangelical Community Hospital, 10 March
2021), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zi, 41c, 43j, 43m, 44c, 45zn, 46e, 47f, 47l, 47n and 47r for the Division's notices and
releases; GUIDELINES section 2): "X's proposed acquisition of Y" settled on a proposed settlement or a proposed Final
Judgment awaiting the court -> agreed: `acquired` only (42w, 43j, 43m, 44c, 47l, 47n, 47r); "acquisition of Y from Z"
-> parentOrganization(Y, Z) (the seller's ownership before the sale is recorded, GUIDELINES: relations carry no time);
a partial acquisition, a minority or passive ownership interest -> nothing (GUIDELINES 'minority stakes', the
corpus's practice since batch 15); an unnamed business to be divested, no buyer named -> nothing (near-miss; 44c,
47n, 47r); the Antitrust Division -> parentOrganization Department of Justice where both are named ("the Justice
Department's Antitrust Division", 44c; "the Antitrust Division's website" with 'Department of Justice regulations',
41c, 47l, 47r); an acting Assistant Attorney General of the Division -> head of the Antitrust Division (40zi, 44c);
the United States as plaintiff or place -> Location, without the case name's 'United States of America' as an alias
(43h, 43j, 43m, 47r); health systems and hospitals that are parties to the deal -> Company (45zn's hospital firms);
courts, agencies and the European Commission -> Organization under the name the text gives; laws ('the Sherman Act',
'the Clayton Act'), court papers, the website, the Office of the Clerk, case numbers and kinds of product ('desktop
explosive trace detection devices', 'security screening products') not annotated; 'the department', 'the court',
'the agencies', 'the two competing hospitals' are generic phrases.
usage: batch47t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
US = E("Location", "United States")

# ---- Smiths Group / Morpho Detection / Safran, OPA release, published 2017-03-30 (a Thursday) -------------------------
SMI = "Smiths Group plc"
MDL = "Morpho Detection LLC"
MDI = "Morpho Detection International LLC"
SAF = "Safran S.A."
DDC = "U.S. District Court for the District of Columbia"
A["us-doj-smiths-group-morpho-detection-safran-divest-explosive-trace-detection-2017"] = dict(
 # Organizations: the Department of Justice ('The Department of Justice'; 'Justice Department' in "The Justice
 # Department’s Antitrust Division" and "the Justice Department’s Antitrust Division", an alias, as 40zi and 44c; 'the
 # department' three times, generic), the Antitrust Division (three times), the U.S. District Court for the District of
 # Columbia (its full name once; 'the court' generic; its 'U.S.' belongs to its name), the Transportation Security
 # Administration (in the quotation, as a buyer of the devices), the European Commission (twice). Companies: Smiths
 # Group plc ('Smiths' three times, an alias), Morpho Detection LLC ('Morpho' in "acquisition of Morpho from Safran
 # S.A." and "Morpho’s global ETD business" its alias: **doubtful** -- the text's 'Morpho' stands for the two
 # companies together, whose business it names in one possessive; a reader may give the short name to neither, or
 # make 'Morpho' an entity of its own for the pair; here it goes to the first-named, as the shared short name), Morpho
 # Detection International LLC, Safran S.A. (the seller). Person: Brent Snyder. Location: the United States ('in the
 # United States'). Not annotated: "Morpho Detection LLC and Morpho Detection International LLC’s global explosive
 # trace detection (ETD) business" and "Morpho’s global ETD business" (an unnamed business: 'ETD' is the kind of
 # product; **doubtful**: a reader may make the business a Company under the two Morpho companies, as 47r's named
 # businesses, but it carries no name), '$710 million', 'one of only three suppliers' (unnamed), 'our nation’s
 # airports' (no name), 'passengers and cargo', the lawsuit and the settlement (court papers), 'the agencies' (the
 # Division and the Commission, both annotated by name)
 entities=[E("Organization", DOJ, "Justice Department"), E("Company", SMI, "Smiths"), E("Company", MDL, "Morpho"),
           E("Company", MDI), E("Company", SAF), E("Organization", ATR), E("Organization", DDC), US,
           E("Person", "Brent Snyder"), E("Organization", "Transportation Security Administration"),
           E("Organization", "European Commission")],
 # 'said Acting Assistant Attorney General Brent Snyder of the Justice Department’s Antitrust Division' -> head of the
 # Division (acting; 40zi's Hesse, 44c's Snyder), current
 roles=[R("Brent Snyder", "head", ATR)],
 # 'in order for Smiths to proceed with its proposed $710 million acquisition of Morpho from Safran S.A.', the suit
 # filed 'to block the proposed transaction' with a proposed settlement that awaits the court ('if approved by the
 # court') -> agreed: acquired(Smiths Group plc, Morpho Detection LLC) and acquired(Smiths Group plc, Morpho Detection
 # International LLC) only (the release does not say the deal closed; 'Morpho' is the two companies the first sentence
 # names; **doubtful**: a reader who ties 'Morpho' to one company gives one acquired). 'acquisition of Morpho from
 # Safran S.A.' -> parentOrganization(Morpho Detection LLC, Safran S.A.) and parentOrganization(Morpho Detection
 # International LLC, Safran S.A.) (the seller's companies, ownership before the sale recorded; **doubtful**: the text
 # says 'from', not 'a unit of'; a reader may give no tie). "The Justice Department’s Antitrust Division" -> the
 # Division under the Department. Near-misses (nothing): the divestiture of Morpho's global ETD business (unnamed
 # business, no buyer named); the European Commission's own requirement that Smiths divest the business (no buyer);
 # 'The department’s Antitrust Division and the European Commission cooperated closely throughout the course of their
 # respective investigations' (two enforcers working on the same case, no partnership, joint venture or contract
 # between them: **doubtful**, a reader may give partner); the Transportation Security Administration as a purchaser
 # of desktop ETD devices (no seller named beside it: no customer tie); Smiths and Morpho as rivals ('one of only
 # three suppliers')
 relations=[L(SMI, "acquired", MDL), L(SMI, "acquired", MDI), L(MDL, "parentOrganization", SAF),
            L(MDI, "parentOrganization", SAF), ATR_DOJ],
 outages=[],
 # 'today' (twice) and "Today’s" in the quotation -> 2017-03-30, one item (as 44c). Not dates: 'At the same time',
 # 'previously' (vague), '$710 million', 'three'
 dates=[D("today", "2017-03-30")])

# ---- Geisinger Health / Evangelical Community Hospital, Federal Register notice, published 2021-03-10 (a Wednesday) ---
GEI = "Geisinger Health"
ECH = "Evangelical Community Hospital"
MDP = "United States District Court for the Middle District of Pennsylvania"
A["us-doj-federal-register-geisinger-evangelical-community-hospital-proposed-final-judgment-2021"] = dict(
 # Organizations: the United States District Court for the Middle District of Pennsylvania (twice, the second inside
 # 'the Office of the Clerk of ...'), the Antitrust Division ("the Antitrust Division's website", 'from the Antitrust
 # Division'), the Department of Justice ('Department of Justice regulations', 41c, 47l, 47r). Companies: Geisinger
 # Health ('Geisinger' four times, two possessive: an alias), Evangelical Community Hospital ('Evangelical' three
 # times: an alias) -- a health system and a hospital, parties to the deal, typed Company as 45zn's hospital firms
 # (**doubtful**: both are non-profit bodies the text calls 'the two competing hospitals'; a reader may type them
 # Organization, and 45zn typed hospitals that were not the parties Organization). Location: the United States
 # (plaintiff: 'United States of America v.' in the case name, 'the United States filed'). Not annotated: the
 # Antitrust Procedures and Penalties Act, the Sherman Act and the Clayton Act (laws), the Complaint, the Stipulation,
 # the proposed Final Judgment and the Competitive Impact Statement (court papers), the website
 # 'http://www.justice.gov/atr', the Office of the Clerk, 'Civil Action No. 4:20-cv-01383-MWB', '7.5%', 'the two
 # competing hospitals' (generic, the two parties again)
 entities=[E("Organization", MDP), US, E("Company", ECH, "Evangelical"), E("Company", GEI, "Geisinger"),
           E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text (the section chief is past the cut)
 roles=[],
 # "Geisinger's partial acquisition of Evangelical", which the proposed Final Judgment makes the parties 'amend ... to
 # cap Geisinger's ownership interest in Evangelical at a 7.5% passive interest' -> nothing: a part of the hospital,
 # and a minority passive interest once amended, not an acquisition of Evangelical Community Hospital
 # (**near-miss**; **doubtful**: a reader may give acquired(Geisinger Health, Evangelical Community Hospital) from
 # 'partial acquisition', or parentOrganization from 'ownership interest'; the corpus gives nothing for minority
 # stakes). 'additional entanglements between the two competing hospitals' (to be eliminated) -> no partner tie;
 # Geisinger and Evangelical as rivals -> nothing. "the Antitrust Division's website" and 'Department of Justice
 # regulations' -> the Division under the Department
 relations=[ATR_DOJ],
 outages=[],
 # 'August 5, 2020' -> 2020-08-05 (the Complaint). 'within 60 days of the date of this notice' is a span, not listed
 # (21c, 47l). Not dates: '16(b)-(h)', '4:20-cv-01383-MWB', 'Section 1', 'Section 7', '15 U.S.C. 1', '15 U.S.C. 18'
 # (law and case references), '7.5%'
 dates=[D("August 5, 2020", "2020-08-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

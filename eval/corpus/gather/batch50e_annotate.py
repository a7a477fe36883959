#!/usr/bin/env python3
"""Batch 50e gold annotations (the texts of batch50e.py: the Antitrust Division's Federal Register notice on the
settlement of its civil-penalty suit against Duke Energy Corporation over its acquisition of the Osprey Energy Center
from Calpine Corporation, 31 January 2017; the Division's notice on the settlement of its civil-penalty suit against
Canon Inc. and Toshiba Corporation over Canon Inc.'s acquisition of Toshiba Medical Systems Corporation from Toshiba
Corporation, 26 June 2019), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 41c, 42w, 43j, 43m, 43o, 47z, 48b, 48k, 49b, 49e and 50b for the Division's notices; GUIDELINES
section 2): an acquisition the text sets in the past as the ground of a violation already done ('violated the
premerger notification and waiting period requirements ... in connection with X's acquisition of Y') -> completed:
`acquired` and parentOrganization(Y, X) (50b's 'February 2017 acquisition ... violated'; **doubtful** here, as the text
gives no date for the closing); 'acquisition of Y from Z' -> Z the owner Y was bought from: parentOrganization(Y, Z),
kept though the ownership is past (49b, 50b; GUIDELINES: past ownership still recorded; **doubtful**); the purchase of
a named plant ('acquiring the Osprey Energy Center from Calpine Corporation') -> the plant a Location (GUIDELINES: named
facilities, a power station, are Location; no role or relation attaches) and the deal an asset purchase -> nothing;
'X, Assistant Chief, <Section>, Antitrust Division, Department of Justice' -> executive at the Section, current (a
deputy head: 37n's and 38g's 'deputy chief' -> executive; **doubtful**: 'other' could be argued), the Section under
the Division, the Division under the Department (21c, 43m, 49e, 50b); the Division under the Department where both
are named even apart ('Department of Justice regulations', 40zk, 41c, 42b); the United States as plaintiff ->
Location, without the case name's 'United States of America' as an alias (43h, 43j, 47z, 48b, 49b, 49e, 49l, 50b); the
address 'Washington, DC' -> Location; laws (the Antitrust Procedures and Penalties Act, the Clayton Act, the
Hart-Scott-Rodino Antitrust Improvements Act of 1976 and its short form 'HSR'), court papers, the Federal Register,
the website, the Office of the Clerk, street addresses, ZIP codes, telephone numbers, case numbers and sums of money
not annotated; 'the Complaint', 'the Court', 'the companies', 'the consent order' are generic.
usage: batch50e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather51e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}
US = E("Location", "United States")

# ---- Duke Energy / Osprey Energy Center (Calpine), Federal Register notice, published 2017-01-31 (a Tuesday) ---------
DUK = "Duke Energy Corporation"
OSP = "Osprey Energy Center"
CPN = "Calpine Corporation"
TEA = "Transportation, Energy & Agriculture Section"
A["us-doj-federal-register-duke-energy-osprey-energy-center-calpine-hsr-civil-penalty-proposed-final-judgment-2017"] = \
 dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Antitrust Division (four times: "the Antitrust Division's Web site" twice, 'from the
 # Antitrust Division', the assistant chief's address), the Department of Justice ('Department of Justice
 # regulations', the address), the Transportation, Energy & Agriculture Section (the assistant chief's section; the
 # ampersand as printed). Companies: Duke Energy Corporation (the case name and three times more, always in full: no
 # alias), Calpine Corporation (once, the seller). Person: Caroline E. Laise. Locations: the United States (plaintiff:
 # 'United States of America v.' in the case name, 'the United States filed'), the Osprey Energy Center (a named power
 # plant: GUIDELINES, named facilities and power stations are Location), Washington, DC (the address). Not annotated:
 # the Antitrust Procedures and Penalties Act and the Clayton Act ('Section 7A of the Clayton Act', laws), the
 # proposed Final Judgment, the Stipulation, the Competitive Impact Statement and the Complaint (court papers), 'Civil
 # Action No. 1:17-cv-00116', 'the required notification form', the Federal Register (a publication), the Web site
 # and 'http://www.justice.gov/atr', the Office of the Clerk, 'the Court', '$600,000', the street address, suite, ZIP
 # code and telephone number
 entities=[E("Organization", DDC), US, E("Company", DUK), E("Location", OSP), E("Company", CPN),
           E("Organization", ATR), E("Organization", DOJ), E("Person", "Caroline E. Laise"), E("Organization", TEA),
           E("Location", "Washington, DC")],
 # 'Caroline E. Laise, Assistant Chief, Transportation, Energy & Agriculture Section, Antitrust Division' -> executive
 # at the Section, current (the Section's deputy head: 'deputy chief' -> executive, 37n, 38g; **doubtful**: a reader
 # may give 'other', as for staff attorneys, or 'head' read loosely; not 'head', which 50b gives the Chief)
 roles=[R("Caroline E. Laise", "executive", TEA)],
 # 'Duke Energy Corporation violated Section 7A ... by acquiring the Osprey Energy Center from Calpine Corporation
 # before filing ...' -> the purchase of a named power plant: an asset purchase (GUIDELINES: plants -> nothing), and
 # the plant is a Location, to which no relation attaches -> no `acquired`, no parentOrganization(Osprey Energy
 # Center, Duke Energy Corporation) or (..., Calpine Corporation) (**near-miss**; **doubtful**: a reader who takes the
 # plant for a business may record acquired(Duke Energy Corporation, Osprey Energy Center) and the two ownerships).
 # The Section under the Division, the Division under the Department (the address)
 relations=[L(TEA, "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'January 18, 2017' -> 2017-01-18 (the Complaint filed; a Wednesday). Not dates: 'within 60 days of the date of this
 # notice' (a span from the notice's date, no surface date), '16(b)-(h)', '1:17-cv-00116', 'Section 7A', '15 U.S.C.
 # 18a' (law and case references), 'Suite 8000', '20530', '(202) 353-9797'
 dates=[D("January 18, 2017", "2017-01-18")])

# ---- Canon / Toshiba Medical Systems (Toshiba), Federal Register notice, published 2019-06-26 (a Wednesday) ----------
CAN = "Canon Inc."
TOS = "Toshiba Corporation"
TMS = "Toshiba Medical Systems Corporation"
A["us-doj-federal-register-canon-toshiba-medical-systems-hsr-civil-penalty-proposed-final-judgment-2019"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the Office
 # of the Clerk of ...'), the Antitrust Division (three times: "the Antitrust Division's website" twice, 'from the
 # Antitrust Division'), the Department of Justice ('Department of Justice regulations'). Companies: Canon Inc. (the
 # case name, 'Canon Inc. and Toshiba Corporation violated', "Canon Inc.'s acquisition"; always in full: no alias),
 # Toshiba Corporation (the case name, a defendant, and the seller: 'from Toshiba Corporation'), Toshiba Medical
 # Systems Corporation (once, the company bought). Location: the United States (plaintiff: 'United States v.' in the
 # case name, 'the United States filed'). No person in the kept text (the Special Attorney's name falls in the sentence
 # cut off). Not annotated: the Antitrust Procedures and Penalties Act, the Hart-Scott-Rodino Antitrust Improvements
 # Act of 1976 and 'HSR' in 'HSR compliance programs' (a law and its short form), the proposed Final Judgment, the
 # Stipulation, the Competitive Impact Statement, the Complaint and 'the consent order' (court papers), 'Civil Action
 # No. 1:19-cv-01680', '$2.5 million', the Federal Register (a publication), the website and
 # 'http://www.justice.gov/atr', the Office of the Clerk, 'the Court'; 'the companies' (Canon Inc. and Toshiba
 # Corporation together) is generic
 entities=[E("Organization", DDC), US, E("Company", CAN), E("Company", TOS), E("Company", TMS),
           E("Organization", ATR), E("Organization", DOJ)],
 # No named person in the kept text
 roles=[],
 # "Canon Inc. and Toshiba Corporation violated the premerger notification and waiting period requirements ... in
 # connection with Canon Inc.'s acquisition of Toshiba Medical Systems Corporation from Toshiba Corporation" -> the
 # violation is done and its ground is the acquisition: completed -> acquired(Canon Inc., Toshiba Medical Systems
 # Corporation) and parentOrganization(Toshiba Medical Systems Corporation, Canon Inc.) (**doubtful**: the text gives
 # no closing date and never says 'completed'; a reader may read it as agreed only and leave out the parent). 'from
 # Toshiba Corporation' -> the owner it was bought from: parentOrganization(Toshiba Medical Systems Corporation,
 # Toshiba Corporation) (49b's 'from UBM plc', 50b's 'from Takata Corporation'; past ownership still recorded --
 # **doubtful**: a reader may leave out an ownership the sale has ended; the shared name points the same way). The two
 # defendants paying penalties side by side -> no partner relation (a joint settlement, no stated partnership;
 # **near-miss**). The Division under the Department where both are named ('Department of Justice regulations'; 41c)
 relations=[L(CAN, "acquired", TMS), L(TMS, "parentOrganization", CAN), L(TMS, "parentOrganization", TOS), ATR_DOJ],
 outages=[],
 # 'June 10, 2019' -> 2019-06-10 (the Complaint filed; a Monday). Not dates: 'of 1976' (part of the law's name),
 # 'within 60 days of the date of this notice' (a span), '16(b)-(h)', '1:19-cv-01680', '15 U.S.C. 18a'
 dates=[D("June 10, 2019", "2019-06-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

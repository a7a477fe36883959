#!/usr/bin/env python3
"""Batch 49e gold annotations (the texts of batch49e.py: the Antitrust Division's Federal Register notice on the
settlement of the suit against L.B. Foster Company's acquisition of Portec Rail Products, Inc., 20 December 2010; the
Division's notice on the settlement of the suit against Showa Denko K.K.'s acquisition of SGL Carbon SE's graphite
electrodes business, 17 October 2017), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 41c, 42w, 43j, 43l, 43m, 45b, 45g, 47r, 47z, 48b, 48f, 48k and 49b for the Division's notices;
GUIDELINES section 2): "the proposed acquisition by X of Y" settled on a proposed Final Judgment awaiting the court ->
agreed: `acquired` only (42w, 43j, 43m, 47l, 47z, 48b, 48k, 49b); "X's proposed acquisition of the <kind> business of
Y", the business unnamed -> nothing (an unnamed business is no entity; GUIDELINES' asset purchases; 47z's and 49b's
not-used GE / Alstom 'power-related businesses'); assets, operations or a plant to be divested or "sold to" a named
buyer -> nothing (GUIDELINES: asset purchases; 45g's branches to USTrust, 47r's assets to Fortune Brands); defined
short forms ('Foster', 'Portec', 'SDK', 'SGL') -> aliases; 'X, Chief, Litigation II Section, Antitrust Division,
Department of Justice' -> head of the Section, current, the Section under the Division, the Division under the
Department (21c, 42z, 43m, 45b); the United States as plaintiff -> Location, without the case name's 'United States of
America' as an alias (43h, 43j, 43m, 47l, 47z, 48b, 48f, 48k, 49b); 'U.S.' as an adjective of a business -> alias of
the United States (43g, 45h, 45s; **doubtful**); a city with its state ('Huntington, West Virginia') -> the city and
the state each a Location (batch 8's `locs`); the address 'Washington, DC' -> Location; a facility named only by its
town ('the Huntington facility') -> not a named facility (43m's Marshall plant); laws, court papers, the Federal
Register, the website, the Office of the Clerk, street addresses, telephone numbers and case numbers not annotated;
'the Complaint', 'the Court', 'the defendants', 'certain tangible and intangible assets' are generic or unnamed.
usage: batch49e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather50e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}
US = E("Location", "United States")

# ---- L.B. Foster / Portec Rail Products, Federal Register notice, published 2010-12-20 (a Monday) ---------------------
LBF = "L.B. Foster Company"
PRP = "Portec Rail Products, Inc."
KOP = "Koppers Inc."
A["us-doj-federal-register-lb-foster-portec-rail-products-proposed-final-judgment-2010"] = dict(
 # Organization: the United States District Court for the District of Columbia (once). Companies: L.B. Foster
 # Company (the case name and the acquisition sentence; '(``Foster'')' defined: 'Foster' an alias, used again in
 # 'requires Foster to divest'), Portec Rail Products, Inc. (the case name and the acquisition sentence; '(``Portec'')'
 # defined: 'Portec' an alias, used three times more in "Portec's"), Koppers Inc. (once, the buyer of the divested
 # assets). Locations: the United States (plaintiff: 'United States v.' in the case name, 'the United States filed'),
 # the United Kingdom ('excluding some assets in the United Kingdom'), Huntington and West Virginia ('located in
 # Huntington, West Virginia'; 'the Huntington facility' is the same town, no alias needed). No person, no Department
 # or Division (past the cut). Not annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws),
 # the proposed Final Judgment, the Hold Separate Stipulation and Order, the Competitive Impact Statement and the
 # Complaint (court papers), 'Civil Action No. 1:10-cv-02115', "Portec's entire rail joint operations" (an unnamed
 # business), "Portec's manufacturing facility" and 'the Huntington facility' (a plant named only by its town),
 # "Portec's rail joints" and 'certain other related and complementary products' (kinds of goods, no product name)
 entities=[E("Organization", DDC), US, E("Company", LBF, "Foster"), E("Company", PRP, "Portec"),
           E("Location", "United Kingdom")] + locs("Huntington", "West Virginia") + [E("Company", KOP)],
 # No named person in the kept text
 roles=[],
 # 'the proposed acquisition by L.B. Foster Company (``Foster'') of Portec Rail Products, Inc. (``Portec'') would
 # violate Section 7', settled on a proposed Final Judgment that 'requires Foster to divest Portec's entire rail joint
 # operations' -> agreed: acquired(L.B. Foster Company, Portec Rail Products, Inc.) only (no parentOrganization: not
 # completed in the text). 'The proposed Final Judgment requires that these assets be sold to Koppers Inc.' -> a
 # purchase of assets (operations, a plant, tangible and intangible assets), no named company bought -> nothing
 # (**near-miss**; **doubtful**: a reader may record Koppers Inc. as a buyer, or as Portec's or Foster's partner --
 # the text states no contract between them, only a court's requirement)
 relations=[L(LBF, "acquired", PRP)],
 outages=[],
 # 'December 14, 2010' -> 2010-12-14 (the Complaint filed; a Tuesday). Not dates: '16(b)-(h)', '1:10-cv-02115',
 # 'Section 7', '15 U.S.C. 18' (law and case references), 'at the same time as the Complaint' (no surface date)
 dates=[D("December 14, 2010", "2010-12-14")])

# ---- Showa Denko / SGL Carbon, Federal Register notice, published 2017-10-17 (a Tuesday) -----------------------------
SDK = "Showa Denko K.K."
SGL = "SGL Carbon SE"
SGLH = "SGL GE Carbon Holding LLC (USA)"
LIT = "Litigation II Section"
A["us-doj-federal-register-showa-denko-sgl-carbon-graphite-electrodes-proposed-final-judgment-2017"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Antitrust Division (four times: "the Antitrust Division's Web site", 'from the
 # Antitrust Division', "the Antitrust Division's website", the address), the Department of Justice ('Department of
 # Justice regulations', the address), the Litigation II Section (the chief's section). Companies: Showa Denko K.K.
 # (the case name and "Showa Denko K.K.'s (\u201cSDK\u201d)": 'SDK' an alias, used again in 'requires SDK to
 # divest'), SGL Carbon SE (the case name and '(\u201cSGL\u201d)' defined: 'SGL' an alias, used again in "SGL's
 # entire U.S. graphite electrodes business"), SGL GE Carbon Holding LLC (USA) (the case name only; the name taken
 # with its '(USA)', as printed in the case name -- **doubtful**: a reader may write 'SGL GE Carbon Holding LLC').
 # Person: Maribeth Petrizzi. Locations: the United States (plaintiff: 'United States of America v.' in the case name,
 # 'the United States filed'; 'U.S.' in "SGL's entire U.S. graphite electrodes business" an alias, **doubtful**: an
 # adjective), Washington, DC (the address). Not annotated: the Antitrust Procedures and Penalties Act and the Clayton
 # Act (laws), the proposed Final Judgment, the Hold Separate Stipulation and Order, the Competitive Impact Statement
 # and the Complaint (court papers), the Federal Register (a publication), 'Civil Action No. 1:17-cv-1992', 'the
 # global graphite electrodes business of SGL Carbon SE' and "SGL's entire U.S. graphite electrodes business" (unnamed
 # businesses), the website, the Office of the Clerk, 'the Court', the street address, suite, ZIP code and telephone
 # number
 entities=[E("Organization", DDC), E("Location", "United States", "U.S."),
           E("Company", SDK, "SDK"), E("Company", SGL, "SGL"), E("Company", SGLH),
           E("Organization", ATR), E("Organization", DOJ), E("Person", "Maribeth Petrizzi"), E("Organization", LIT),
           E("Location", "Washington, DC")],
 # 'Maribeth Petrizzi, Chief, Litigation II Section, Antitrust Division' -> head of the Section, current (21c, 42z,
 # 43m, 45b)
 roles=[R("Maribeth Petrizzi", "head", LIT)],
 # "Showa Denko K.K.'s (\u201cSDK\u201d) proposed acquisition of the global graphite electrodes business of SGL Carbon
 # SE" -> SDK buys a business that has no name in the text, not SGL Carbon SE itself -> nothing (**near-miss**;
 # **doubtful**: a reader may write acquired(Showa Denko K.K., SGL Carbon SE), which the text does not say: SGL sells
 # one of its businesses and stays its own company). 'requires SDK to divest SGL's entire U.S. graphite electrodes
 # business' -> no buyer named -> nothing (**near-miss**). SGL GE Carbon Holding LLC (USA): a defendant named only in
 # the case name, its owner never stated -> no parentOrganization (**near-miss**; the name points to SGL Carbon SE,
 # and the news calls it SGL's US unit -- neither in the text). 'Litigation II Section, Antitrust Division, Department
 # of Justice' -> the Section under the Division, the Division under the Department
 relations=[L(LIT, "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'September 27, 2017' -> 2017-09-27 (the Complaint filed; a Wednesday). Not dates: 'within 60 days of the date of
 # this notice' (a span from the notice's date, no surface date), '16(b)-(h)', '1:17-cv-1992', 'Section 7', '15 U.S.C.
 # 18' (law and case references), '20530' (a ZIP code), '202-307-0924', 'Suite 8700'
 dates=[D("September 27, 2017", "2017-09-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 47n gold annotations (the texts of batch47n.py: the Antitrust Division's Federal Register notice on the
proposed acquisition of English China Clays by Imetal, 11 June 1999; the Justice Department's release on the merger of
Harvard Pilgrim Health Care and Health Plan Holdings, Tufts Health Freedom Plan Inc. to be sold to UnitedHealth Group
Inc., 14 December 2020), written from the texts alone; newskg was not run on them. The split follows the fixed rule:
the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 40zi, 41c, 43j, 43m, 44c, 46e, 47f and 47l for the Division's notices and releases; GUIDELINES
section 2): 'the proposed acquisition of Y by X' settled on a proposed Final Judgment awaiting the court -> agreed:
`acquired` only (42w, 43j, 43m, 47l); a bare short form of a defendant's name beside its full name in the case name ->
an alias of the full name (46e's 'New Holland'); an interest in a joint venture whose other party is not named ->
nothing (46e's Hay & Forage Industries); defendants listed together in a case name -> no tie between them unless the
text states one (46e); "Y is X's ... business" -> parentOrganization(Y, X); a company 'fka' another name -> that name
an alias (GUIDELINES: former names); a "merger" of two named companies that never says who buys whom -> nothing
(GUIDELINES); an ordered divestiture naming no buyer -> nothing (near-miss); a named business to be divested with the
Department's approved buyer named -> acquired(buyer, business) only (agreed, not completed); 'Assistant Attorney
General X of the Antitrust Division' -> head of the Division, current (44c's Danone, 47f); the Antitrust Division ->
parentOrganization Department of Justice where both are named (41c, 47l); a U.S. Attorney whose office the text does
not name as a body -> a Person with no role (39s); the United States as plaintiff or place -> Location, without the
case name's 'United States of America' as an alias (43h, 43j, 43m); a named region and the states listed in it ->
Locations each (42k, 43l); courts -> Organization under the name the text gives; laws, court papers, case numbers and
kinds of product ('water-washed and calcined kaolin', 'fused silica', 'GCC', 'commercial health insurance') not
annotated; 'the department', 'the Complaint', 'the state' are generic phrases.
usage: batch47n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}

# ---- Imetal / English China Clays, Federal Register notice, published 1999-06-11 (a Friday) --------------------------
IME = "Imetal"
DBK = "DBK Minerals, Inc."
ECP = "English China Clays, plc"
ECI = "English China Clays, Inc."
ALC = "Alabama Carbonates, L.P."
A["us-doj-federal-register-imetal-english-china-clays-proposed-final-judgment-1999"] = dict(
 # Organization: the United States District Court for the District of Columbia (once, 'filed with the United States
 # District Court for the District of Columbia'). Companies: Imetal (the case name, 'by Imetal', 'requires Imetal';
 # one form throughout, no legal form given), DBK Minerals, Inc. and English China Clays, Inc. (the case name only),
 # English China Clays, plc (the case name; 'the proposed acquisition of English China Clays (``ECC'')' and 'the fused
 # silica operations of ECC' -> the bare 'English China Clays' and the defined 'ECC' as its aliases: **doubtful**, the
 # bare name may stand for English China Clays, Inc. or for both companies of that name; the plc taken as the one the
 # takeover is of, the form with its legal suffix dropped, as 46e's 'New Holland'), Alabama Carbonates, L.P. ('its
 # interest in Alabama Carbonates, L.P., a joint venture that makes paper-grade GCC': a named business -> Company, as
 # 46e's Hay & Forage Industries). Locations: the United States (plaintiff, 'United States v.' in the case name; place,
 # 'in the United States'), the Southeastern United States (a named region, 'in the Southeastern United States'; 'The
 # Southeastern U.S.' its alias), the thirteen states it is defined as (North Carolina, South Carolina, Georgia,
 # Florida, Alabama, Tennessee, Kentucky, Mississippi, Louisiana, Arkansas, Missouri, Texas, Virginia; 'Alabama' also
 # inside the joint venture's name, annotated for the state's own mention). Not annotated: the Antitrust Procedures and
 # Penalties Act and the Clayton Act (laws), the Complaint, the Hold Separate Stipulation and Order, the proposed Final
 # Judgment and the Competitive Impact Statement (court papers), 'Civil No. 99-1018', 'water-washed and calcined
 # kaolin', 'fused silica', 'paper-grade ground calcium carbonate (``GCC'')' (kinds of product; 'GCC' is a product
 # abbreviation, not a company), 'production facilities and associated reserves', 'the fused silica operations of
 # ECC' (unnamed business)
 entities=[E("Organization", DDC), E("Location", "United States"), E("Company", IME), E("Company", DBK),
           E("Company", ECP, "English China Clays", "ECC"), E("Company", ECI),
           E("Location", "Southeastern United States", "Southeastern U.S.")]
          + locs("North Carolina", "South Carolina", "Georgia", "Florida", "Alabama", "Tennessee", "Kentucky",
                 "Mississippi", "Louisiana", "Arkansas", "Missouri", "Texas", "Virginia")
          + [E("Company", ALC)],
 # No person in the kept text (the section chief and the signature are past the cut)
 roles=[],
 # 'the proposed acquisition of English China Clays (``ECC'') by Imetal', settled on a proposed Final Judgment ->
 # agreed: acquired(Imetal, English China Clays, plc) only (the notice does not say the deal closed; **doubtful** with
 # the alias above: a reader may give the acquisition to English China Clays, Inc. too). Near-misses (nothing):
 # DBK Minerals, Inc. beside Imetal and English China Clays, Inc. beside the plc in the case name (the names suggest a
 # subsidiary of each, but the kept text never says so); 'its interest in Alabama Carbonates, L.P., a joint venture'
 # (an interest of untold size, the venture's other party unnamed; a reader may give parentOrganization(Alabama
 # Carbonates, L.P., Imetal) or a partner tie with no second named party, as 46e's HFI); the ordered sales of kaolin
 # facilities, of the joint-venture interest and of ECC's fused silica operations (no buyer named); Imetal and ECC as
 # rivals in the four markets (implied by the complaint)
 relations=[L(IME, "acquired", ECP)],
 outages=[],
 # 'April 26, 1999' -> 1999-04-26 (the filing); 'May 24, 1999' -> 1999-05-24 (the Competitive Impact Statement). Not
 # dates: '15 U.S.C. Sections 16(b) through (h)', 'Section 7', '15 U.S.C. Section 18' (law references), '99-1018' (a
 # civil number), '(1)', '(2)', '(3)' (list numbers)
 dates=[D("April 26, 1999", "1999-04-26"), D("May 24, 1999", "1999-05-24")])

# ---- Harvard Pilgrim / Health Plan Holdings / Tufts Health Freedom Plan, OPA release, published 2020-12-14 (Monday) --
HPH = "Harvard Pilgrim Health Care"
HPL = "Health Plan Holdings"
THF = "Tufts Health Freedom Plan Inc."
UHG = "UnitedHealth Group Inc."
A["us-doj-harvard-pilgrim-health-plan-holdings-divest-tufts-health-freedom-plan-2020"] = dict(
 # Organizations: the Department of Justice ('The Department of Justice announced'; 'the department' twice, a generic
 # phrase), the Antitrust Division ('of the Antitrust Division'). Companies: Harvard Pilgrim Health Care (the defined
 # 'Harvard Pilgrim' its alias), Health Plan Holdings ('Health Plan Holdings (fka Tufts Health Plan)': the former name
 # 'Tufts Health Plan' an alias, GUIDELINES; "Health Plan Holdings’" possessive, the same form), Tufts Health Freedom
 # Plan Inc. (the defined 'Tufts Freedom' its alias, twice), UnitedHealth Group Inc. (the defined 'United' its alias,
 # given in parentheses only). Persons: Makan Delrahim, Scott W. Murray. Location: New Hampshire (three times, one
 # possessive). Not annotated: 'the American healthcare system' and 'Americans' (a demonym and an adjective: no
 # Location; a reader may list the United States), 'U.S. Attorney for the District of New Hampshire' (a post: neither
 # 'U.S.' nor 'District of New Hampshire' annotated as its own entity; **doubtful**: 39s took a judicial district
 # ('Eastern District of Arkansas') as a Location, a reader may do so here), 'CRC groups' and 'small groups' (kinds of
 # employer), 'commercial health insurance', 'the proposed settlement', 'the state' (New Hampshire, a generic phrase)
 entities=[E("Organization", DOJ), E("Company", HPH, "Harvard Pilgrim"), E("Company", HPL, "Tufts Health Plan"),
           E("Company", THF, "Tufts Freedom"), E("Location", "New Hampshire"), E("Company", UHG, "United"),
           E("Person", "Makan Delrahim"), E("Organization", ATR), E("Person", "Scott W. Murray")],
 # 'said Assistant Attorney General Makan Delrahim of the Antitrust Division' -> head of the Division, current (44c's
 # Brent Snyder, 47f's Bill Baer). 'said Scott W. Murray, U.S. Attorney for the District of New Hampshire' -> no role
 # (his office is not named as a body in the kept text, 39s; **doubtful**: a reader may give him head or other at the
 # Department of Justice)
 roles=[R("Makan Delrahim", "head", ATR)],
 # 'Tufts Freedom is Health Plan Holdings’ commercial health insurance business in New Hampshire' ->
 # parentOrganization(Tufts Health Freedom Plan Inc., Health Plan Holdings). 'would require Harvard Pilgrim ... and
 # Health Plan Holdings ... to divest Tufts Health Freedom Plan Inc.' with 'The department has approved UnitedHealth
 # Group Inc. (United), as the buyer' -> an agreed sale of a named company to a named buyer, awaiting the court:
 # acquired(UnitedHealth Group Inc., Tufts Health Freedom Plan Inc.) only (**doubtful**: a reader may read 'approved
 # as the buyer' of a divestiture the settlement still requires as not yet agreed and leave it out). 'their merger'
 # of Harvard Pilgrim Health Care and Health Plan Holdings -> nothing (GUIDELINES: a merger naming no buyer;
 # **near-miss**). 'Assistant Attorney General ... of the Antitrust Division' in the Department's release -> the
 # Division under the Department (**doubtful**: the kept text never says so in so many words; as 47l, a careful
 # reader concludes it from the post). Harvard Pilgrim and Tufts Freedom as rivals (implied) -> nothing
 relations=[L(THF, "parentOrganization", HPL), L(UHG, "acquired", THF), ATR_DOJ],
 outages=[],
 # 'today' -> 2020-12-14 (the release's day, `published`). Not dates: 'each year' (a rate), '100 employees' (a number)
 dates=[D("today", "2020-12-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

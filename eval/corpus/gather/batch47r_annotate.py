#!/usr/bin/env python3
"""Batch 47r gold annotations (the texts of batch47r.py: the Justice Department's release on the settlement of its
suit against ASSA ABLOY AB's proposed acquisition of Spectrum Brands' Hardware and Home Improvement division, assets
to be sold to Fortune Brands Innovations, Inc., 5 May 2023; the Antitrust Division's Federal Register notices on
Novelis Inc.'s proposed acquisition of Aleris Corporation's North American aluminum automotive body sheet business,
22 May 2020, and on UnitedHealth Group Incorporated's proposed acquisition of Amedisys, Inc., 14 August 2025), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zi, 41c, 43j, 43m, 43o, 46e, 47f, 47l and 47n for the Division's notices and releases;
GUIDELINES section 2): "X's proposed acquisition of Y" settled on a proposed Final Judgment or a proposed settlement
awaiting the court -> agreed: `acquired` only (42w, 43j, 43m, 47l, 47n); "X's proposed acquisition of Z's <unnamed>
business" -> nothing (GUIDELINES: asset purchases; 47n's CRH / Pounding Mill note); "Z's Y division" with Y a name ->
Y a Company under Z (43o, 47l's Plastics Division; GUIDELINES: "X's Y division"); "X's A and B ... businesses" with A
and B names -> Companies under X ("Y is X's ... business", 47n's Tufts Freedom; 43m's named business); a named
business to be divested to a named buyer under a settlement awaiting the court -> acquired(buyer, business) only
(47n's UnitedHealth / Tufts Freedom); only a part of a named business (its business in named countries) divested ->
nothing (near-miss); an ordered divestiture of unnamed branches, facilities or operations, named buyers or not ->
nothing (near-miss; 47l, 47n); the Antitrust Division -> parentOrganization Department of Justice where both are
named ("the Antitrust Division's website", 'Department of Justice regulations', 41c, 47l); the United States as
plaintiff or place -> Location, without the case name's 'United States of America' as an alias (43h, 43j, 43m); 'City,
State' -> Locations each (42k, 43l, 47l); a seat 'headquartered in City, Country' -> Locations, no relation (Locations
take no relations); courts -> Organization under the name the text gives; laws ('the Clayton Act', 'the HSR Act'),
court papers, the website, the Office of the Clerk, case numbers and kinds of product ('aluminum automotive body
sheet', 'smart locks', 'home health, hospice, and palliative care') not annotated; 'the Department' (a release's own
department, named in full before it), 'the Complaint', 'Defendants' are generic phrases.
usage: batch47r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
US = E("Location", "United States")

# ---- ASSA ABLOY / Spectrum Brands' HHI division / Fortune Brands, OPA release, published 2023-05-05 (a Friday) -----
AA = "ASSA ABLOY AB"
SBH = "Spectrum Brands Holdings, Inc."
HHI = "Hardware and Home Improvement division"
FBI = "Fortune Brands Innovations, Inc."
A["us-doj-assa-abloy-spectrum-brands-hardware-home-improvement-divest-fortune-brands-2023"] = dict(
 # Organization: the Department of Justice ('The Department of Justice announced today'; 'the Department' later, a
 # generic phrase for the same body). Companies: ASSA ABLOY AB (the defined '(ASSA ABLOY)' its alias, five times,
 # two possessive), Spectrum Brands Holdings, Inc. (the fullest form, in the second sentence; the release's slip
 # 'Spectrum Brand Holding Inc.' in "Spectrum Brand Holding Inc.’s Hardware and Home Improvement division" its alias:
 # **doubtful**, a reader may take the slip for another company of the group or leave the alias out), the Hardware
 # and Home Improvement division ('Spectrum Brand Holding Inc.’s Hardware and Home Improvement division': a named
 # division -> Company, as 43o's Consumer Products Division and 47l's Plastics Division; the name with its lower-case
 # head word as written; **doubtful**: a reader may name it 'Hardware and Home Improvement' or leave it out as a
 # unit), Fortune Brands Innovations, Inc. ('Fortune' its alias, "Fortune’s" possessive), EMTEK, Schaub ('ASSA
 # ABLOY’s EMTEK and Schaub premium mechanical door hardware businesses'), Yale, August ('its Yale and August
 # residential smart lock businesses in the United States and Canada') -- named businesses -> Companies (**doubtful**:
 # they are also brands; a reader may make them Services of ASSA ABLOY AB, GUIDELINES 'a brand ... is a Service; the
 # business is the Company' -- the text calls them businesses). Locations: the United States and Canada (twice each,
 # 'in the United States and Canada'), Stockholm, Sweden ('headquartered in Stockholm, Sweden': a seat). Not
 # annotated: 'Swedish' (an adjective), '$4.3 billion', 'premium mechanical door hardware', 'smart locks', 'residential
 # and multifamily buildings' (kinds of product and use), 'a monitoring trustee' (unnamed), 'a manufacturing facility'
 # (unnamed), 'court approval' (no court named), 'the merger' (the deal, not an entity)
 entities=[E("Organization", DOJ), E("Company", AA, "ASSA ABLOY"), E("Company", SBH, "Spectrum Brand Holding Inc."),
           E("Company", HHI), E("Company", FBI, "Fortune"), E("Company", "EMTEK"), E("Company", "Schaub"),
           E("Company", "Yale"), E("Company", "August"), US, E("Location", "Canada")]
          + locs("Stockholm", "Sweden"),
 # No person in the kept text (the release's quotations, if any, are past the cut)
 roles=[],
 # "ASSA ABLOY AB’s (ASSA ABLOY) proposed $4.3 billion acquisition of Spectrum Brand Holding Inc.’s Hardware and Home
 # Improvement division", settled on a proposed settlement 'subject to court approval' as 'a condition of finalizing
 # ASSA ABLOY’s transaction' -> agreed: acquired(ASSA ABLOY AB, Hardware and Home Improvement division) only (the
 # release does not say the deal closed; **doubtful** with the entity above: a reader who drops the division may give
 # nothing, as the GUIDELINES' asset purchases, or acquired(ASSA ABLOY AB, Spectrum Brands Holdings, Inc.), which the
 # text does not say -- the 'transaction with Spectrum Brands Holdings, Inc.' is a deal with the seller). "Spectrum
 # Brand Holding Inc.’s Hardware and Home Improvement division" -> parentOrganization(the division, Spectrum Brands
 # Holdings, Inc.) (the seller's division; ownership before the sale is recorded, GUIDELINES). "ASSA ABLOY’s EMTEK and
 # Schaub ... businesses, its Yale and August ... businesses" -> parentOrganization(EMTEK / Schaub / Yale / August,
 # ASSA ABLOY AB) (**doubtful** for Yale and August: the text names only their residential smart lock businesses in the
 # United States and Canada; a reader may give no tie for a part). 'ASSA ABLOY must divest assets to Fortune Brands
 # Innovations, Inc. ... These assets include ASSA ABLOY’s EMTEK and Schaub premium mechanical door hardware
 # businesses' -> a named business to a named buyer under a settlement awaiting the court: acquired(Fortune Brands
 # Innovations, Inc., EMTEK) and acquired(Fortune Brands Innovations, Inc., Schaub) only (as 47n's UnitedHealth / Tufts
 # Freedom; **doubtful**: the release calls the whole package 'assets', and a reader may read the GUIDELINES' asset
 # purchases into it and give nothing). Near-misses (nothing): the sale of the Yale and August residential smart lock
 # businesses 'in the United States and Canada' to Fortune (a part of each named business, limited to two countries),
 # the 'other assets for multifamily smart lock applications' and 'additional residential mechanical lock assets'
 # (unnamed assets), 'a penalty provision for delayed transfer of a manufacturing facility' (unnamed), Fortune and
 # ASSA ABLOY as rivals after the sale ('designed to allow Fortune to compete'), the seat in Stockholm (Locations take
 # no relations)
 relations=[L(AA, "acquired", HHI), L(HHI, "parentOrganization", SBH), L("EMTEK", "parentOrganization", AA),
            L("Schaub", "parentOrganization", AA), L("Yale", "parentOrganization", AA),
            L("August", "parentOrganization", AA), L(FBI, "acquired", "EMTEK"), L(FBI, "acquired", "Schaub")],
 outages=[],
 # 'today' -> 2023-05-05 (the release's day, `published`). Not dates: '$4.3 billion' (money), 'later' (vague)
 dates=[D("today", "2023-05-05")])

# ---- Novelis / Aleris, Federal Register notice, published 2020-05-22 (a Friday) ---------------------------------------
NOV = "Novelis Inc."
ALE = "Aleris Corporation"
NDO = "United States District Court for the Northern District of Ohio"
A["us-doj-federal-register-novelis-aleris-proposed-final-judgment-2020"] = dict(
 # Organizations: the United States District Court for the Northern District of Ohio (twice, the second inside 'the
 # Office of the Clerk of ...'), the Antitrust Division ("the Antitrust Division's website", 'from the Antitrust
 # Division'), the Department of Justice ('Department of Justice regulations', 41c, 47l). Companies: Novelis Inc. (the
 # case name, "Novelis Inc.'s proposed acquisition", 'requires Novelis Inc.': one form throughout), Aleris Corporation
 # ("Aleris Corporation's" twice: the possessive-free form). Locations: the United States (plaintiff: 'United States of
 # America v.' in the case name, 'the United States filed'), Lewisport, Kentucky (twice: 'in Lewisport, Kentucky',
 # 'the Lewisport, Kentucky facility'), Madison Heights, Michigan -> Locations each (City, State: 42k, 43l, 47l). Not
 # annotated: 'North American' (an adjective; no 'North America' in the text), 'aluminum automotive body sheet
 # (``ABS'')' and 'ABS' (a kind of product, not a company), 'One production facility in Lewisport, Kentucky' and 'one
 # technical service center located in Madison Heights, Michigan' (unnamed facilities), the website
 # 'http://www.justice.gov/atr', the Office of the Clerk, the Antitrust Procedures and Penalties Act and the Clayton Act
 # (laws), the Complaint, the Stipulation, the proposed Final Judgment and the Competitive Impact Statement (court
 # papers), 'Civil Action No. 1:19-cv-02033 (CAB)'
 entities=[E("Organization", NDO), US, E("Company", NOV), E("Company", ALE)]
          + locs("Lewisport", "Kentucky", "Madison Heights", "Michigan")
          + [E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text (the section chief is past the cut)
 roles=[],
 # "Novelis Inc.'s proposed acquisition of Aleris Corporation's North American aluminum automotive body sheet
 # (``ABS'') business" -> nothing: the thing bought is an unnamed business of Aleris Corporation, a purchase of
 # assets under the GUIDELINES, not Aleris Corporation itself (**near-miss**; **doubtful**: a reader who knows the deal
 # may give acquired(Novelis Inc., Aleris Corporation), which this text never says). "Aleris Corporation's North
 # American aluminum ABS operations" to be divested, with the Lewisport plant and the Madison Heights centre, no buyer
 # named -> nothing (**near-miss**). Novelis and Aleris as rivals in ABS (implied by the Section 7 claim) -> nothing.
 # "the Antitrust Division's website" and 'Department of Justice regulations' -> the Division under the Department
 relations=[ATR_DOJ],
 outages=[],
 # 'September 4, 2019' -> 2019-09-04 (the Complaint); 'May 12, 2020' -> 2020-05-12 (the proposed Final Judgment).
 # Not dates: '16(b)-(h)', '1:19-cv-02033', 'Section 7', '15 U.S.C. 18' (law and case references), 'two facilities'
 dates=[D("September 4, 2019", "2019-09-04"), D("May 12, 2020", "2020-05-12")])

# ---- UnitedHealth / Amedisys, Federal Register notice, published 2025-08-14 (a Thursday) -----------------------------
UHG = "UnitedHealth Group Incorporated"
AMD = "Amedisys, Inc."
BSH = "BrightSpring Health Services, Inc."
PEN = "The Pennant Group, Inc."
DMD = "United States District Court for the District of Maryland"
A["us-doj-federal-register-unitedhealth-amedisys-proposed-final-judgment-2025"] = dict(
 # Organization: the United States District Court for the District of Maryland (once). Companies: UnitedHealth Group
 # Incorporated (the case name, "UnitedHealth Group Incorporated's proposed acquisition", 'requires UnitedHealth Group
 # Incorporated': one form), Amedisys, Inc. (the bare 'Amedisys' twice its alias: 'requires Amedisys to pay', 'certain
 # Amedisys employees'), BrightSpring Health Services, Inc., The Pennant Group, Inc. (the name with its capital 'The',
 # as written; the buyers). Location: the United States (plaintiff: 'United States of America et al. v.' in the case
 # name, 'the United States filed'; 'acceptable to the United States'). Not annotated: 'home health, hospice, and
 # palliative care branches and agencies' (unnamed), 'another acquirer' (unnamed), 'the HSR Act' and the Clayton Act
 # and the Antitrust Procedures and Penalties Act (laws), '$1.1 million', 'certain Amedisys employees', the court
 # papers, 'Civil Action No. 1:24-cv-03267'; 'et al.' (unnamed co-plaintiffs and defendants)
 entities=[E("Organization", DMD), US, E("Company", UHG), E("Company", AMD, "Amedisys"), E("Company", BSH),
           E("Company", PEN)],
 # No person in the kept text (the section chief is past the cut)
 roles=[],
 # "UnitedHealth Group Incorporated's proposed acquisition of Amedisys, Inc.", settled on a proposed Final Judgment
 # awaiting the court -> agreed: acquired(UnitedHealth Group Incorporated, Amedisys, Inc.) only (the notice does not
 # say the deal closed). Near-misses (nothing): the divestiture of 'certain home health, hospice, and palliative care
 # branches and agencies' to BrightSpring Health Services, Inc. and The Pennant Group, Inc. (named buyers, but the
 # branches and agencies are unnamed and their seller is the two defendants together: a purchase of assets;
 # **doubtful**: a reader may give acquired(buyer, Amedisys, Inc.) from it, which would be wrong, or a partner tie);
 # 'and/or to another acquirer' (unnamed); Amedisys's civil penalty (no relation); UnitedHealth and Amedisys as rivals
 # (implied by the Section 7 claim)
 relations=[L(UHG, "acquired", AMD)],
 outages=[],
 # 'November 12, 2024' -> 2024-11-12 (the Complaint). Not dates: '16(b)-(h)', '1:24-cv-03267', 'Section 7',
 # 'Section 7A', '15 U.S.C. 18', '15 U.S.C. 18a' (law and case references), '$1.1 million' (money)
 dates=[D("November 12, 2024", "2024-11-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

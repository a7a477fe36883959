#!/usr/bin/env python3
"""Gold annotations for batch 63a (session 57, gatherer 63a): the four FTC merger press releases batch63a.py writes --
the proposed consent agreement letting the merger of Chevron Corp. and Texaco Inc. go ahead on the sale of Texaco's
interests in the Equilon and Motiva joint ventures and other assets (press release of September 7, 2001); the consent
agreement on Solvay S.A.'s proposed acquisition of Ausimont S.p.A. from Italenergia S.p.A., with Solvay's U.S. PVDF
operations and its Alventia LLC joint-venture interest to be divested (press release of May 2, 2002); the proposed
consent order letting the merger of Phillips Petroleum Company and Conoco Inc. go ahead on asset sales (press release
of August 30, 2002); the FTC conditionally allowing Genzyme Corporation's proposed acquisition of ILEX Oncology, Inc.
on the divestiture of the contractual rights to Campath for solid organ transplants to Schering AG (press release of
December 20, 2004) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts):
Chevron / Texaco -> test, Genzyme / Ilex -> train, Phillips / Conoco -> dev, Solvay / Ausimont -> train (as
write_parts dealt them).
Dates resolve against `published` (the releases' days as the pool's notes give them: Chevron's and Solvay's from the
FTC's own later notices, Phillips' from the FTC's 2011 notice as a third party copies it and a trade paper of that
week, Genzyme's from a third party's dated copy of the release).
Conventions (the FTC merger texts' of batches 16e, 16i, 21c, 40zi, 62b, 62e, 62g and 62m, and the federal lane's;
looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the
aliases 'FTC' and 'Commission' where the text writes them alone; "Director of the FTC's Bureau of Competition" and
'Bureau of Competition Director' -> director at the Bureau, current true (a Director 'recused from participating in
the matter' still holds the post), the Bureau an Organization with parentOrganization the FTC; a bureau's 'Deputy
Director' -> other (the corpus's reading of a bureau's deputy director: GATHERING.md's post-annotation fix of batch
17's Kelse Moen, train's Deputy Director of the Bureau of Competition); a proposed acquisition the FTC lets through on
conditions -> acquired only (batch 16e's rule; GUIDELINES: agreed, not completed); a 'merger' of two firms where the
text does not say who buys whom -> nothing (GUIDELINES; Chevron / Texaco, Phillips / Conoco); a joint venture 'owned
by' named firms -> parentOrganization to each owner and partner between each pair of owners, in the order written (the
corpus's joint-venture convention: Primestar, Cosmobic, EE, Sony BMG); a joint venture in which one named firm holds
'its interest', the other owners unnamed -> parentOrganization to that firm only (batch 36's 'Kaiser Hill, a joint
venture of CH2M Hill'); 'a majority-owned subsidiary of' and 'operated as part of the ... Group' -> parentOrganization;
a named business unit ("its Fluoropolymers Business") -> Company with parentOrganization to its owner (62m's Amino
Resins Business); named drugs -> Service with provider to the firm the text gives them to (GUIDELINES: drugs are
Service; 62b's, 62e's and 62g's generic drugs); named facilities (a pipeline system, a fractionating plant) ->
Location, no relation (GUIDELINES: named sites and facilities); divestitures of interests, assets, rights, plants and
operations, to a named buyer or not -> nothing (GUIDELINES: asset purchases); states whose attorneys general are
thanked -> Locations (the offices themselves unnamed); 'U.S.' alone -> a Location named 'U.S.', beside 'the United
States' -> its alias; product classes and chemicals (PVDF, SOT acute therapy drugs, crude oil, gasoline) -> not
annotated; orders (the 'Hold Separate Order', the 'Order to Hold Separate and Maintain Assets'), laws, amounts, counts
-> nothing; 'today' -> published; a year, month or day written out -> a date.
usage: batch63a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather64a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
CHV = "Chevron Corp."
TEX = "Texaco Inc."
EQU = "Equilon Enterprises, LLC"
SHL = "Shell Oil Company"
MOT = "Motiva Enterprises, LLC"
SRI = "Saudi Refining, Inc."
SR = "Sean Royall"
JSI = "Joseph Simons"
SOL = "Solvay S.A."
AUS = "Ausimont S.p.A."
ITA = "Italenergia S.p.A."
ALV = "Alventia LLC"
FLB = "Fluoropolymers Business"
MON = "Montedison Group"
PHI = "Phillips Petroleum Company"
CON = "Conoco Inc."
COP = "ConocoPhillips"
JS = "Joe Simons"
GEN = "Genzyme Corporation"
ILX = "ILEX Oncology, Inc."
SAG = "Schering AG"
SAC = "Susan A. Creighton"
A = {}

# ---- Chevron Corp. / Texaco Inc., FTC press release, published 2001-09-07 (a Friday) ---------------------------------
A["us-ftc-chevron-texaco-consent-agreement-equilon-motiva-2001"] = dict(
 # The Federal Trade Commission (once in full; 'FTC Bureau of Competition Deputy Director': alias 'FTC'; 'taken by the
 # Commission': alias 'Commission'); Chevron Corp. ('(Chevron)': alias; 'the combined Chevron/Texaco' writes both short
 # names, no entity of its own); Texaco Inc. ('(Texaco)': alias; "Texaco's interests", 'Texaco would be required');
 # Equilon Enterprises, LLC ('(Equilon)': alias) and Motiva Enterprises, LLC ('(Motiva)': alias) -- two joint ventures,
 # businesses -> Company; Shell Oil Company ('(Shell)': alias); Saudi Refining, Inc. ('(SRI)': alias); Discovery ('the
 # Discovery natural gas pipeline system in the Gulf of Mexico': a named pipeline system, a facility -> Location, its
 # proper name without the lower-case description, **doubtful** as to the name's extent); the Gulf of Mexico
 # (Location); Enterprise ('the Enterprise fractionating (raw mix separation) plant in Mont Belvieu, Texas': a named
 # plant -> Location, **doubtful**: a reader may take 'Enterprise' for the plant's owner, which the text does not name);
 # Mont Belvieu and Texas (Locations; 'Texas' again among the states); Sean Royall (once); the Bureau of Competition
 # (the FTC's unit -> Organization; twice); the eleven other states whose attorneys general he thanked -- Alaska,
 # Arizona, California, Florida, Hawaii, Idaho, Nevada, New Mexico, Oregon, Utah and Washington (the state, in a list of
 # states) -> Locations; Joseph Simons (once). Not annotated: '"the Alliance" defined by these two joint ventures' (a
 # label for the two ventures together, not one more organisation: **near-miss**, a reader may type it Company); 'the
 # attorneys general of ...' (offices not named as such); 'a Hold Separate Order', 'the proposed order' (orders); 'its
 # general aviation businesses in 14 states' (businesses with no name, a count); '$45 billion' (an amount); 'the
 # world's largest integrated oil companies' (a description)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", CHV, "Chevron"),
           E("Company", TEX, "Texaco"),
           E("Company", EQU, "Equilon"),
           E("Company", SHL, "Shell"),
           E("Company", MOT, "Motiva"),
           E("Company", SRI, "SRI"),
           E("Location", "Discovery"),
           E("Location", "Gulf of Mexico"),
           E("Location", "Enterprise"),
           E("Location", "Mont Belvieu"),
           E("Location", "Texas"),
           E("Person", SR),
           E("Organization", BOC),
           E("Location", "Alaska"),
           E("Location", "Arizona"),
           E("Location", "California"),
           E("Location", "Florida"),
           E("Location", "Hawaii"),
           E("Location", "Idaho"),
           E("Location", "Nevada"),
           E("Location", "New Mexico"),
           E("Location", "Oregon"),
           E("Location", "Utah"),
           E("Location", "Washington"),
           E("Person", JSI)],
 # 'said FTC Bureau of Competition Deputy Director Sean Royall' -> other at the Bureau of Competition, current true (a
 # bureau's deputy director -> other, the corpus's reading; **doubtful**: a reader may give director or executive);
 # 'Bureau of Competition Director, Joseph Simons, was recused from participating in the matter' -> director at the
 # Bureau, current true (recused from one matter, not out of the post). **Near-misses**: no officer of Chevron,
 # Texaco, Shell, SRI, Equilon or Motiva is named; the attorneys general are not named (no role)
 roles=[R(SR, "other", BOC),
        R(JSI, "director", BOC)],
 # 'Equilon Enterprises, LLC (Equilon), which is currently owned by Texaco and Shell Oil Company (Shell)' ->
 # parentOrganization(Equilon, Texaco Inc.), parentOrganization(Equilon, Shell Oil Company) and partner(Texaco Inc.,
 # Shell Oil Company) (a joint venture: parent to each owner, partner between the owners, as written); 'Motiva
 # Enterprises, LLC (Motiva), which is currently owned by Shell, Texaco, and Saudi Refining, Inc. (SRI)' ->
 # parentOrganization(Motiva, Shell Oil Company), parentOrganization(Motiva, Texaco Inc.), parentOrganization(Motiva,
 # Saudi Refining, Inc.), and partner between each pair of owners as written -- Shell / Texaco is the Equilon pair
 # already (one edge, kept in its first order, Texaco -> Shell), so partner(Shell Oil Company, Saudi Refining, Inc.)
 # and partner(Texaco Inc., Saudi Refining, Inc.) are added (relations carry no time: Texaco's interests are to be
 # divested, the ownership is 'currently' so); 'FTC Bureau of Competition' -> parentOrganization(Bureau of Competition,
 # Federal Trade Commission). No acquired: 'the $45 billion merger of Chevron Corp. (Chevron) and Texaco Inc.
 # (Texaco)' and 'the combined Chevron/Texaco' never say who buys whom (GUIDELINES: a merger naming no buyer ->
 # nothing; **doubtful** only in that a reader who knows the deal may give Chevron as the buyer). **Near-misses**: the
 # divestiture of Texaco's interests in Equilon and Motiva (no buyer named in the text: nothing); Texaco's 'one-third
 # interest in the Discovery natural gas pipeline system' and 'its interest in the Enterprise ... plant' (facilities,
 # Locations: no parentOrganization, no provider); '"the Alliance" defined by these two joint ventures' (not annotated);
 # 'two of the world's largest integrated oil companies' (rivals: no partner(Chevron, Texaco)); the thanks to the
 # states' attorneys general for 'participation and assistance in the investigation' (cooperation of regulators, no
 # named organisations: no partner); the consent agreement and the Hold Separate Order (a regulator's action: nothing)
 relations=[L(EQU, "parentOrganization", TEX),
            L(EQU, "parentOrganization", SHL),
            L(TEX, "partner", SHL),
            L(MOT, "parentOrganization", SHL),
            L(MOT, "parentOrganization", TEX),
            L(MOT, "parentOrganization", SRI),
            L(SHL, "partner", SRI),
            L(TEX, "partner", SRI),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'announced today' -> 'today' 2001-09-07 (`published`, from the FTC's own later notice). Not dates: 'currently',
 # 'pending their divestiture' (no value of their own); 'prior major petroleum industry mergers' (no time named)
 dates=[D("today", "2001-09-07")])

# ---- Solvay S.A. / Ausimont S.p.A., FTC press release, published 2002-05-02 (a Thursday) -----------------------------
A["us-ftc-solvay-ausimont-consent-agreement-pvdf-alventia-2002"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition": alias 'FTC'; no 'Commission' written
 # alone); Solvay S.A. (once in full; "Solvay's proposed $1.3 billion acquisition", 'Solvay, based in Belgium': alias
 # 'Solvay'); Ausimont S.p.A. (once in full; 'Ausimont, based in Italy', "Ausimont's two business areas": alias
 # 'Ausimont'); Italenergia S.p.A. ('(Italenergia)': alias; 'a majority-owned subsidiary of Italenergia, S.p.A.' -- the
 # same name written with a comma: a second alias, as written); the United States ('in the United States'; 'its U.S.
 # polyvinylidene fluoride (PVDF) operations': alias 'U.S.'); Decatur and Alabama ('its Decatur, Alabama, PVDF plant':
 # a city and a state -> two Locations; the plant itself has no name); Alventia LLC ('(Alventia)': alias; a joint
 # venture, a business -> Company); the Fluoropolymers Business ('its Fluoropolymers Business': a named business unit,
 # capitalised as a name -> Company, as 62m's Amino Resins Business; **doubtful**: a reader may read it as a defined
 # term of the order and leave it out); Joseph Simons (once); the Bureau of Competition (the FTC's unit ->
 # Organization); Belgium and Italy (the two firms' seats -> Locations); the Montedison Group ('is operated as part of
 # the Montedison Group' -> Company). Not annotated: 'polyvinylidene fluoride (PVDF)', 'melt-processible PVDF',
 # 'fluoropolymer', 'fluorinated materials and peroxides' and the uses listed (chemicals, products and applications);
 # 'an Order to Hold Separate and Maintain Assets (Hold Separate Order)' (an order); '$1.3 billion' (an amount); 'three
 # strong competitors' (unnamed)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", SOL, "Solvay"),
           E("Company", AUS, "Ausimont"),
           E("Company", ITA, "Italenergia", "Italenergia, S.p.A."),
           E("Location", "United States", "U.S."),
           E("Location", "Decatur"),
           E("Location", "Alabama"),
           E("Company", ALV, "Alventia"),
           E("Company", FLB),
           E("Person", JSI),
           E("Organization", BOC),
           E("Location", "Belgium"),
           E("Location", "Italy"),
           E("Company", MON)],
 # "Joseph Simons, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Solvay, Ausimont, Italenergia or Alventia is named (no company role)
 roles=[R(JSI, "director", BOC)],
 # "Solvay's proposed $1.3 billion acquisition of Ausimont S.p.A. from Italenergia S.p.A." -> acquired(Solvay S.A.,
 # Ausimont S.p.A.) only (a proposed acquisition settled with the FTC, not yet completed: batch 16e's rule, no
 # parentOrganization); 'Ausimont, based in Italy, is a majority-owned subsidiary of Italenergia, S.p.A.' ->
 # parentOrganization(Ausimont S.p.A., Italenergia S.p.A.); 'and is operated as part of the Montedison Group' ->
 # parentOrganization(Ausimont S.p.A., Montedison Group) (**doubtful**: 'operated as part of' a group read as
 # membership of it; the text does not say how Italenergia and the Montedison Group stand to each other, so no edge
 # between them); 'its interest in the Alventia LLC (Alventia) joint venture' -> parentOrganization(Alventia LLC,
 # Solvay S.A.) (a joint venture of Solvay's, its other owner not named: parent to the one owner named, no partner;
 # **doubtful**: the size of the interest is not told, and a reader may give nothing for a part-interest); 'Solvay to
 # preserve its Fluoropolymers Business' -> parentOrganization(Fluoropolymers Business, Solvay S.A.); "the FTC's Bureau
 # of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: the
 # purchase 'from Italenergia' (the seller: no relation of its own beyond the stated subsidiary link); 'divest its U.S.
 # ... (PVDF) operations, including its Decatur, Alabama, PVDF plant and its interest in ... Alventia' (to no named
 # buyer: nothing); Alventia 'manufactures the main raw material for PVDF' (a product class: no provider); 'firms that
 # were becoming increasingly significant competitors', 'two of only three producers of PVDF' (rivals: no partner);
 # the consent agreement and the Hold Separate Order (a regulator's action: nothing)
 relations=[L(SOL, "acquired", AUS),
            L(AUS, "parentOrganization", ITA),
            L(AUS, "parentOrganization", MON),
            L(ALV, "parentOrganization", SOL),
            L(FLB, "parentOrganization", SOL),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # No time expression with a calendar value: the text has no 'today' ('has negotiated'), and 'until the divestiture is
 # achieved' has no value. `published` 2002-05-02 is kept for the record only
 dates=[])

# ---- Phillips Petroleum Company / Conoco Inc., FTC press release, published 2002-08-30 (a Friday) --------------------
A["us-ftc-phillips-conoco-consent-order-rocky-mountain-refining-2002"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau of Competition": alias 'FTC'; 'the Commission stated',
 # "The Commission's action": alias 'Commission'); Phillips Petroleum Company ('(Phillips)': alias; seven more times);
 # Conoco Inc. ('(Conoco)': alias); the Rocky Mountain region ('the Rocky Mountain region of the United States', twice:
 # a region -> Location, named with its written head 'region' as the text uses it); the United States ('of the United
 # States', 'throughout the United States'; 'the nation's' is generic, no alias); Joe Simons (once, as written -- the
 # Joseph Simons of the Chevron and Solvay texts, separate texts, not linked); the Bureau of Competition (the FTC's unit
 # -> Organization); ConocoPhillips ('the combined firm to be known as ConocoPhillips': the merged company's name ->
 # Company; 'the new corporation' is generic, no alias); Bartlesville and Oklahoma (Phillips' seat: two Locations).
 # Not annotated: 'several gas brands' (brands with no name written: no Service); 'crude oil', 'natural gas',
 # 'petroleum products', 'chemicals', 'gasoline' (products); 'significant terminal facilities', 'approximately 11,700
 # stations' (facilities with no name, a count); '$35 billion', '$47.7 billion', '10 percent', 'nine percent'
 # (amounts and shares)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", PHI, "Phillips"),
           E("Company", CON, "Conoco"),
           E("Location", "Rocky Mountain region"),
           E("Location", "United States"),
           E("Person", JS),
           E("Organization", BOC),
           E("Company", COP),
           E("Location", "Bartlesville"),
           E("Location", "Oklahoma")],
 # "Joe Simons, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of Phillips, Conoco or ConocoPhillips is named (no company role)
 roles=[R(JS, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). No
 # acquired: 'the merger of the two companies' and 'Phillips and Conoco agreed to merge the two companies' never say
 # who buys whom (GUIDELINES: a merger naming no buyer -> nothing). **Near-misses**: 'with the combined firm to be
 # known as ConocoPhillips' (a merger into a new name, not yet done: no parentOrganization(Phillips, ConocoPhillips) or
 # (Conoco, ConocoPhillips), no acquired by ConocoPhillips -- **doubtful**: a reader may link both firms to the new
 # name as its parts); 'their agreement to sell certain assets' and 'divestitures will maintain competition' (assets,
 # no buyer named: nothing); 'It owns or licenses several gas brands' (no brand named: no provider); 'Headquartered in
 # Bartlesville, Oklahoma' (a seat: no relation type); the consent order and complaint (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'today announced' and "The Commission's action today" -> 'today' 2002-08-30 (`published`; one item, the same text
 # and value); 'On November 18, 2001' -> 'November 18, 2001' 2001-11-18; 'In 2001 it had revenues' -> '2001' 2001 (a
 # year of its own, beside the full date). Not dates: 'At that time' (the November day again, no text of its own)
 dates=[D("today", "2002-08-30"), D("November 18, 2001", "2001-11-18"), D("2001", "2001")])

# ---- Genzyme Corporation / ILEX Oncology, Inc., FTC press release, published 2004-12-20 (a Monday) -------------------
A["us-ftc-genzyme-ilex-oncology-consent-order-campath-schering-2004"] = dict(
 # The Federal Trade Commission (once in full; 'According to the FTC', "the FTC's Bureau": alias 'FTC'; 'with the
 # Commission', "the Commission's order": alias 'Commission'); Genzyme Corporation (once in full, "Genzyme
 # Corporation's (Genzyme)": alias 'Genzyme', the possessive not part of the name); ILEX Oncology, Inc. ('(Ilex)':
 # alias, the short name spelt differently as written); the U.S. ('the U.S. market', three times, never 'United
 # States': a Location named 'U.S.'); Campath ("Ilex's monoclonal antibody Campath®", 'competes directly with Campath':
 # a drug -> Service, named without the registered-trademark sign, which the later mention drops); Schering AG
 # ('(Schering)': alias); Thymoglobulin ("Genzyme's Thymoglobulin®": a drug -> Service, the sign left off the name);
 # Susan A. Creighton (once); the Bureau of Competition (the FTC's unit -> Organization). Not annotated: 'solid organ
 # transplant (SOT) acute therapy drugs', 'SOT acute therapy drug market', 'monoclonal antibody', 'polyclonal
 # antibody', 'immunosuppressant drugs', 'induction therapy', 'acute rejection treatment' (drug classes and treatments,
 # no name); '$1 billion' (an amount); 'users of these ... drugs' (generic)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", GEN, "Genzyme"),
           E("Company", ILX, "Ilex"),
           E("Location", "U.S."),
           E("Service", "Campath"),
           E("Company", SAG, "Schering"),
           E("Service", "Thymoglobulin"),
           E("Person", SAC),
           E("Organization", BOC)],
 # "Susan A. Creighton, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition, current
 # true. **Near-misses**: no officer of Genzyme, Ilex or Schering is named (no company role)
 roles=[R(SAC, "director", BOC)],
 # "it will conditionally allow Genzyme Corporation's (Genzyme) proposed $1 billion acquisition of ILEX Oncology, Inc.
 # (Ilex)" -> acquired(Genzyme Corporation, ILEX Oncology, Inc.) only (a proposed acquisition the FTC lets through on
 # conditions: batch 16e's rule, no parentOrganization); "Ilex's monoclonal antibody Campath®" -> provider(Campath,
 # ILEX Oncology, Inc.); "Genzyme's Thymoglobulin®" -> provider(Thymoglobulin, Genzyme Corporation); "the FTC's Bureau
 # of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: "Genzyme's
 # divestiture of all contractual rights to Ilex's monoclonal antibody Campath®, for use in solid organ transplants, to
 # Schering AG (Schering)" (a sale of rights for one use: no acquired, no provider(Campath, Schering AG), no partner --
 # **doubtful**: a reader may read a transfer of contractual rights as a licensing deal between Genzyme and Schering,
 # and one who knows the drug's history may see Schering as Campath's marketer, which the text does not say);
 # 'Thymoglobulin ... competes directly with Campath', 'Genzyme and Ilex are direct and substantial competitors'
 # (rivals: no partner); the consent agreement and the Commission's order (a regulator's action: nothing)
 relations=[L(GEN, "acquired", ILX),
            L("Campath", "provider", ILX),
            L("Thymoglobulin", "provider", GEN),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # 'today announced' -> 'today' 2004-12-20 (`published`). Not dates: 'short-term', 'before, during, and after solid
 # organ transplants' (no calendar value)
 dates=[D("today", "2004-12-20")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

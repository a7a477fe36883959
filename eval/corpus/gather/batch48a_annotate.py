#!/usr/bin/env python3
"""Batch 48a gold annotations (the texts of batch48a.py: the SEC's Litigation Release No. 20504 of 20 March 2008 on
AB Volvo, 'a Swedish company that provides commercial transport solutions', whose 'two ... subsidiaries', among them
"AB Volvo's subsidiary, Renault Trucks SAS", paid kickbacks to Iraq under the United Nations Oil for Food Program; the
SEC's press release 2010-40 of 18 March 2010 on Innospec, Inc., 'a specialty chemical company incorporated in
Delaware', its bribes in Iraq and Indonesia and its global settlement with the SEC, the DOJ, OFAC and the SFO, with
Robert Khuzami, 'Director of the SEC's Division of Enforcement', and Cheryl J. Scarboro, 'Chief of the SEC's Foreign
Corrupt Practices Act Unit'; the SEC's Litigation Release No. 21033 of 11 May 2009 on Novo Nordisk A/S, 'a Danish
company', its kickbacks to Iraq and its Jordan-based agent's bids to Kimadia), written from the texts alone; newskg
was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line or dateline).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 47y; looked up in the corpus's earlier SEC FCPA files
Panalpina, Tyson, J&J, Maxwell, Biomet and Weatherford, other matters): the SEC -> Organization, its full name with
the alias the text uses ('Commission' or 'SEC'); a court named in full ('the U.S. District Court for the District of
Columbia') -> Organization; "the SEC's Division of Enforcement" -> Organization with parentOrganization to the SEC,
its 'Director' -> director (the corpus's Khuzami files); "Chief of the SEC's Foreign Corrupt Practices Act Unit" ->
head at the Unit, the Unit parentOrganization the SEC (Biomet's 'head'); "the U.S. Department of the Treasury's
Office of Foreign Assets Control" -> two Organizations and parentOrganization (Weatherford); "the United Kingdom's
Serious Fraud Office" -> Organization 'Serious Fraud Office' with the country a Location (J&J wrote its name as one);
"AB Volvo's subsidiary, Renault Trucks SAS" -> parentOrganization (GUIDELINES: "Y, a unit of X", "X's Y"); a
state-owned company named as such ('the Iraq State Company for the Importation and Distribution of Drugs and Medical
Appliances') -> Company; 'the Iraqi government' -> no entity (Tyson's 'Mexico's federal government'); 'the United
Nations Oil for Food Program' -> a programme, not an entity (J&J left the United Nations out where it is named only
inside the programme's name) -- but 'a U.N. escrow account' names the United Nations on its own (adjectival, as the
corpus takes adjectival 'U.S.' as a Location), so there the United Nations is an Organization with alias 'U.N.'
(doubtful); 'the U.S.' on its own -> Location 'U.S.' (the corpus's 95 files); nationality adjectives ('Swedish',
'Danish', 'Iraqi') -> nothing; a settlement between a company and regulators -> no partner (Panalpina); 'from 1999
through 2003' -> '1999' and '2003' (Maxwell's 'from 2002 through May 2009'); 'today' from the release's day.
usage: batch48a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DDC = "U.S. District Court for the District of Columbia"
VOL = "AB Volvo"
RTS = "Renault Trucks SAS"
INN = "Innospec, Inc."
NOV = "Novo Nordisk A/S"
KIM = "Iraq State Company for the Importation and Distribution of Drugs and Medical Appliances"
DOE = "Division of Enforcement"
FCU = "Foreign Corrupt Practices Act Unit"
UST = "U.S. Department of the Treasury"
OFAC = "Office of Foreign Assets Control"
A = {}

# ---- AB Volvo / Renault Trucks SAS, LR 20504, published 2008-03-20 (a Thursday) -------------------------------------
A["us-sec-ab-volvo-renault-trucks-subsidiaries-iraq-oil-for-food-kickbacks-fcpa-2008"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint", "the Commission's Complaint": alias
 # 'Commission'); AB Volvo ("One of Volvo's subsidiaries": alias 'Volvo'); the U.S. District Court for the District of
 # Columbia (a court named in full -> Organization); Iraq (Location); the United Nations ('a U.N. escrow account':
 # alias 'U.N.'; **doubtful**: the name 'United Nations' itself stands only inside 'the United Nations Oil for Food
 # Program', which J&J left out -- the adjectival 'U.N.' is what makes it an entity here; a reader may leave it out);
 # Jordan ('banks in Jordan' -> Location); Renault Trucks SAS ('Renault Trucks' in the cut sentence's sequel, not in
 # the text: no alias). Not annotated: 'the Iraqi government', 'the Iraqi population' (no named body: Tyson's
 # convention), 'Swedish' (an adjective), 'their agents and distributors' (unnamed), 'the Program' / 'the United
 # Nations Oil for Food Program' (a programme), 'trucks, buses and construction equipment' (generic products), the
 # 'escrow account' (not an entity)
 entities=[E("Organization", SEC, "Commission"),
           E("Company", VOL, "Volvo"),
           E("Organization", DDC),
           E("Location", "Iraq"),
           E("Organization", "United Nations", "U.N."),
           E("Location", "Jordan"),
           E("Company", RTS)],
 # None: no person is named
 roles=[],
 # "AB Volvo's subsidiary, Renault Trucks SAS" -> parentOrganization(Renault Trucks SAS, AB Volvo). Near-misses: 'two
 # of AB Volvo's subsidiaries' / 'One of Volvo's subsidiaries' (the second subsidiary is unnamed in the text); 'at
 # least eighteen contracts under the Program to supply trucks' (the buyer is 'the Iraqi government' under the
 # Program, no named organisation: no partner); 'their agents and distributors' (unnamed); the kickbacks 'into
 # Iraqi-controlled accounts at banks in Jordan' (unnamed banks)
 relations=[L(RTS, "parentOrganization", VOL)],
 outages=[],
 # 'today' (in 'today filed') -> 2008-03-20 (the release line's day, cut: `published`); 'from 1999 through 2003' ->
 # '1999' and '2003' (years); 'Between November 2000 and July 2001' -> 'November 2000' 2000-11 and 'July 2001'
 # 2001-07. Skipped: 'March 20, 2008' (the release line, cut)
 dates=[D("today", "2008-03-20"), D("1999", "1999"), D("2003", "2003"), D("November 2000", "2000-11"),
        D("July 2001", "2001-07")])

# ---- Innospec, Inc., press release 2010-40, published 2010-03-18 (a Thursday) ------------------------------------------
A["us-sec-innospec-bribes-iraq-indonesia-tetraethyl-lead-global-settlement-fcpa-2010"] = dict(
 # The Securities and Exchange Commission ('the SEC', "the SEC's complaint", "the SEC's Division of Enforcement":
 # alias 'SEC'); Innospec, Inc. ('Innospec' throughout, "Innospec's": alias); Iraq and Indonesia (Locations);
 # Delaware ('incorporated in Delaware' -> Location); the U.S. ('principal offices in the U.S. and United Kingdom',
 # 'within the U.S. and across the globe' -> Location 'U.S.', the corpus's name for it where the text never writes
 # 'United States'); United Kingdom (Location; also in "the United Kingdom's Serious Fraud Office"); the U.S.
 # Department of Justice ('(DOJ)': alias); the U.S. Department of the Treasury and its Office of Foreign Assets
 # Control ('(OFAC)': alias) (two Organizations, Weatherford's way); the Serious Fraud Office ('(SFO)': alias;
 # **doubtful** only as to the name: J&J wrote 'United Kingdom Serious Fraud Office' where the text did, here the
 # country stands in the possessive and is a Location of its own); the U.S. District Court for the District of
 # Columbia ('filed in U.S. District Court for the District of Columbia' without 'the': the court named in full);
 # Robert Khuzami; the Division of Enforcement; Cheryl J. Scarboro; the Foreign Corrupt Practices Act Unit. Not
 # annotated: the United Nations (named only inside 'the United Nations Oil for Food Program': J&J's convention --
 # near-miss), 'tetraethyl lead (TEL)' (a generic chemical, no brand: not a Service -- near-miss), 'state-owned
 # refineries and oil companies' (unnamed), 'Iraqi officials', 'foreign government officials', 'management' (generic),
 # 'the Foreign Corrupt Practices Act (FCPA)' (a law; 'FCPA' inside the Unit's name is part of that name)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", INN, "Innospec"),
           E("Location", "Iraq"),
           E("Location", "Indonesia"),
           E("Location", "Delaware"),
           E("Location", "U.S."),
           E("Location", "United Kingdom"),
           E("Organization", "U.S. Department of Justice", "DOJ"),
           E("Organization", UST),
           E("Organization", OFAC, "OFAC"),
           E("Organization", "Serious Fraud Office", "SFO"),
           E("Organization", DDC),
           E("Person", "Robert Khuzami"),
           E("Organization", DOE),
           E("Person", "Cheryl J. Scarboro"),
           E("Organization", FCU)],
 # 'Robert Khuzami, Director of the SEC's Division of Enforcement' -> director at the Division of Enforcement, current
 # (the corpus's five Khuzami files; a reader may set head); 'Cheryl J. Scarboro, Chief of the SEC's Foreign Corrupt
 # Practices Act Unit' -> head at the Foreign Corrupt Practices Act Unit, current (Biomet's Brockmeyer: 'Chief' of a
 # unit -> head). Near-miss: 'the role of management, which authorized and condoned the misconduct' (no person named)
 roles=[R("Robert Khuzami", "director", DOE, True),
        R("Cheryl J. Scarboro", "head", FCU, True)],
 # "the SEC's Division of Enforcement" -> parentOrganization(Division of Enforcement, SEC); "the SEC's Foreign Corrupt
 # Practices Act Unit" -> parentOrganization(Foreign Corrupt Practices Act Unit, SEC) (**doubtful** only as to the
 # parent: the Unit sits in the Division of Enforcement, as Biomet's text said, but this text calls it the SEC's);
 # "the U.S. Department of the Treasury's Office of Foreign Assets Control" -> parentOrganization(OFAC, Treasury).
 # Near-misses: 'agreed to a $40.2 million global settlement with the SEC, the U.S. Department of Justice (DOJ), ...
 # OFAC, and the United Kingdom's Serious Fraud Office (SFO)' (a settlement with regulators, no partnership:
 # Panalpina's convention); 'its sales of tetraethyl lead (TEL) to state-owned refineries and oil companies' (unnamed
 # customers); "the United Kingdom's Serious Fraud Office" (a country, a Location: no parentOrganization)
 relations=[L(DOE, "parentOrganization", SEC),
            L(FCU, "parentOrganization", SEC),
            L(OFAC, "parentOrganization", UST)],
 outages=[],
 # 'today' (in 'today charged') -> 2010-03-18 (the dateline's day, cut: `published`). Nothing else: no other time
 # expression ('long-standing' is none)
 dates=[D("today", "2010-03-18")])

# ---- Novo Nordisk A/S, LR 21033, published 2009-05-11 (a Monday) --------------------------------------------------------
A["us-sec-novo-nordisk-kimadia-iraq-oil-for-food-kickbacks-jordan-agent-fcpa-2009"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint", "the Commission's Complaint": alias
 # 'Commission'); Novo Nordisk A/S ('Novo Nordisk' throughout: alias); the U.S. District Court for the District of
 # Columbia (Organization); Iraq (Location; also inside Kimadia's name); the United Nations ('a U.N. escrow account':
 # alias 'U.N.'; **doubtful**, as in the Volvo text); Jordan ('banks in countries such as Jordan', 'its long-time
 # Jordan-based agent' -> Location); Kimadia, 'the Iraq State Company for the Importation and Distribution of Drugs
 # and Medical Appliances' (the full name as name, 'Kimadia' alias; Company: a state company **doubtful** -- a reader
 # may make it an Organization, a government body; the text says 'State Company' and nothing of a ministry). Not
 # annotated: 'its long-time Jordan-based agent' (unnamed), 'the Iraqi government', 'the Iraqi population',
 # 'Danish' (an adjective), 'insulin' and 'pharmaceutical products' (generic products), the Program
 entities=[E("Organization", SEC, "Commission"),
           E("Company", NOV, "Novo Nordisk"),
           E("Organization", DDC),
           E("Location", "Iraq"),
           E("Organization", "United Nations", "U.N."),
           E("Location", "Jordan"),
           E("Company", KIM, "Kimadia")],
 # None: no person is named
 roles=[],
 # None. Near-misses: 'Novo Nordisk engaged its long-time Jordan-based agent to submit bids on Novo Nordisk's behalf
 # to Kimadia' (bids to a buyer, through an unnamed agent: no contract between the two named companies is stated in
 # the text -- **doubtful**: a reader may give partner(Novo Nordisk A/S, Kimadia) from the sales the kickbacks bought;
 # the text puts the sales 'to Iraq', not to Kimadia); the agent (unnamed: no relation)
 relations=[],
 outages=[],
 # 'today' (in 'today filed') -> 2009-05-11 (the release line's day, cut: `published`); 'from 2000 through 2003' ->
 # '2000' and '2003' (years). Skipped: 'long-time' (no time expression)
 dates=[D("today", "2009-05-11"), D("2000", "2000"), D("2003", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

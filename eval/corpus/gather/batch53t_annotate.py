#!/usr/bin/env python3
"""Batch 53t gold annotations (the texts of batch53t.py: the Office of Public Affairs' archived release of 2 May 2007 on
eight executives arrested and charged in the marine hose bid-rigging and price-fixing conspiracy, each named with his
post and company; the Antitrust Division's release of 15 September 2004 on Joseph B. Eisenberg, a former executive of
Crompton Corporation, agreeing to plead guilty to fixing rubber-chemicals prices), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53r; GUIDELINES section 2): 'Assistant Attorney General in
charge of the Department's Antitrust Division' -> head at the Antitrust Division (41h, 42z's Pate) and
parentOrganization(Antitrust Division, Department of Justice) (53f, 53r); 'U.S. District Court in <city>' ->
Organization 'U.S. District Court' (51t, 52f; two cities' courts in one text -> one entity of that name,
**doubtful**); 'managing director' -> director (GUIDELINES); a functional 'sales and marketing director' -> director
(the corpus's 'marketing director' -> director, **doubtful**: executive would also do); 'manager' ('the oil and marine
manager', 'a business unit manager', 'a product manager') -> executive (GUIDELINES); 'an executive involved in the sale
of marine hose for X' -> executive at X; 'Executive Vice President' -> vice-president (GUIDELINES), current false for
'a former executive'; 'owner of' a firm -> no role (the lane's owner rule); a company's named business unit ('the
Industrial Hose Business Unit of Trelleborg Industrie S.A.') -> Company, the post set at the unit and
parentOrganization(unit, company) (45a's HVTSG, the lane's business-unit rule; **doubtful**); an agency's named office
'X of the Department of Defense's Office of Inspector General' -> X under the office, the office under the Department
(**doubtful**); the dateline ('WASHINGTON', 'WASHINGTON, D.C.') -> Location (53k, 53r; 42z's 'WASHINGTON, D.C.' as one
place); a city and its state -> two Locations; '(U.K.)', '(DCIS)' -> aliases; 'the Department' / 'the Department's'
(generic after the full name) and 'the court' -> no alias; 'United States sales', 'U.K.-based', 'a U.S. manufacturer',
'American businesses' (modifiers) -> no entity of their own, but 'across the U.S.' and 'sold in the United States'
(nouns) -> Location; product classes (marine hose, rubber chemicals), charges, complaints and pleas -> nothing; 'today'
and 'today's' -> one item 'today' (GUIDELINES: the same text ignoring case and the same value listed once); 'the
present' -> skipped.
usage: batch53t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
DUNLOP = "Dunlop Oil & Marine Ltd."
TRELL = "Trelleborg Industrie S.A."
IHBU = "Industrial Hose Business Unit"
DCIS = "Defense Criminal Investigative Service"
OIG = "Office of Inspector General"
DOD = "Department of Defense"
CROMPTON = "Crompton Corporation"
A = {}

# ---- marine hose, OPA archive, published 2007-05-02 (a Wednesday) ----------------------------------------------------
A["us-doj-opa-marine-hose-eight-executives-arrested-dunlop-trelleborg-parker-itr-manuli-bridgestone-2007"] = dict(
 # Companies: PW Consulting (Oil & Marine) Ltd. ('the U.K.-based consulting firm'), Dunlop Oil & Marine Ltd. ('the U.K.
 # company'), Trelleborg Industrie S.A. (twice), its Industrial Hose Business Unit (a named unit -> Company,
 # **doubtful**: a reader may leave a business unit out or take it as a post's wording), Parker ITR slr (as printed,
 # lower-case 'slr'), Manuli Rubber Industries SpA, Bridgestone Corporation. Organizations: Department of Justice, U.S.
 # District Court ('in U.S. District Court in Miami', 'in U.S. District Court in Ft. Lauderdale, Fla.': one entity by the
 # corpus's rule -- **doubtful**, two seats of one district court or two courts; a reader may leave both out), Defense
 # Criminal Investigative Service ('(DCIS)': alias), Department of Defense, Office of Inspector General ('the Department
 # of Defense's Office of Inspector General'), Office of Fair Trading, European Commission. People: Peter Whittle, Bryan
 # Allison, David Brammar, Jacques Cognard, Christian Caleca, Vanni Scodeggio, Francesco Scaglia, Misao Hioki (none named
 # again by surname alone: no aliases). Locations: WASHINGTON (dateline), United Kingdom ('(U.K.)', 'U.K.-based', 'the
 # U.K. company', 'in the U.K.': alias 'U.K.'), France, Italy, Japan, Houston, San Francisco, United States ('across the
 # U.S.' a noun; 'United States sales' the fullest form, a modifier -- **doubtful** name: a reader may write 'U.S.'),
 # Miami, Ft. Lauderdale, Fla., Europe. Not annotated: marine hose (a product class), 'competition authorities abroad'
 # (generic), the criminal complaints, 'search warrants', 'locations across the U.S.' (unnamed sites)
 entities=[E("Location", "WASHINGTON"),
           E("Location", "United Kingdom", "U.K."),
           E("Location", "France"),
           E("Location", "Italy"),
           E("Location", "Japan"),
           E("Location", "Houston"),
           E("Location", "San Francisco"),
           E("Location", "United States", "U.S."),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "Miami"),
           E("Person", "Peter Whittle"),
           E("Company", "PW Consulting (Oil & Marine) Ltd."),
           E("Person", "Bryan Allison"),
           E("Person", "David Brammar"),
           E("Company", DUNLOP),
           E("Person", "Jacques Cognard"),
           E("Company", TRELL),
           E("Location", "Ft. Lauderdale"),
           E("Location", "Fla."),
           E("Person", "Christian Caleca"),
           E("Company", IHBU),
           E("Person", "Vanni Scodeggio"),
           E("Company", "Parker ITR slr"),
           E("Person", "Francesco Scaglia"),
           E("Company", "Manuli Rubber Industries SpA"),
           E("Person", "Misao Hioki"),
           E("Company", "Bridgestone Corporation"),
           E("Organization", DCIS, "DCIS"),
           E("Organization", DOD),
           E("Organization", OIG),
           E("Organization", "Office of Fair Trading"),
           E("Organization", "European Commission"),
           E("Location", "Europe")],
 # 'Bryan Allison, managing director, and David Brammar, sales and marketing director, both of the U.K. company Dunlop
 # Oil & Marine Ltd.' -> director (managing director, GUIDELINES) and director (**doubtful**: a functional director;
 # the corpus's 'marketing director' -> director; executive would also do) at Dunlop. 'Jacques Cognard, the oil and
 # marine manager of Trelleborg Industrie S.A.' -> executive ('manager'). 'Christian Caleca, the president of the
 # Industrial Hose Business Unit of Trelleborg Industrie S.A.' -> president at the unit (the post set at the unit the
 # text names; **doubtful**: a reader may give president at Trelleborg Industrie S.A., or executive). 'Vanni Scodeggio,
 # a business unit manager at Parker ITR slr' and 'Francesco Scaglia, a product manager at Manuli Rubber Industries
 # SpA' -> executive ('manager'). 'Misao Hioki, an executive involved in the sale of marine hose for Bridgestone
 # Corporation' -> executive (**doubtful**: 'for' a company, a reader may read an agent). All current: the text tells
 # no departure. Near-miss: 'Peter Whittle, owner of the U.K.-based consulting firm PW Consulting (Oil & Marine) Ltd.'
 # (owner: no title of the vocabulary, no role; a person is no relation end)
 roles=[R("Bryan Allison", "director", DUNLOP),
        R("David Brammar", "director", DUNLOP),
        R("Jacques Cognard", "executive", TRELL),
        R("Christian Caleca", "president", IHBU),
        R("Vanni Scodeggio", "executive", "Parker ITR slr"),
        R("Francesco Scaglia", "executive", "Manuli Rubber Industries SpA"),
        R("Misao Hioki", "executive", "Bridgestone Corporation")],
 # 'the Industrial Hose Business Unit of Trelleborg Industrie S.A.' -> parentOrganization(unit, company) (**doubtful**
 # with the unit's entity); 'the Defense Criminal Investigative Service (DCIS) of the Department of Defense's Office of
 # Inspector General' -> DCIS under the office, the office under the Department (**doubtful**: a reader may put DCIS
 # straight under the Department of Defense). Near-misses: the conspirators' ties (a cartel among competitors is no
 # partnership); Trelleborg Industrie S.A.'s own parent (not in the text); 'the Office of Fair Trading in the U.K.' (a
 # place, not an owner)
 relations=[L(IHBU, "parentOrganization", TRELL),
            L(DCIS, "parentOrganization", OIG),
            L(OIG, "parentOrganization", DOD)],
 outages=[],
 # 'arrested today', 'announced today', 'unsealed today', "today's arrests" -> 'today' 2007-05-02; 'late last night'
 # -> 2007-05-01 (**doubtful**: the night before the release's day; a reader may skip a part of a day);
 # 'from at least 1999' -> 1999. Skipped: 'the present', 'at various times'
 dates=[D("today", "2007-05-02"), D("late last night", "2007-05-01"), D("1999", "1999")])

# ---- Crompton Corporation / Eisenberg, Antitrust Division, published 2004-09-15 (a Wednesday) ------------------------
A["us-doj-atr-crompton-former-executive-vice-president-eisenberg-rubber-chemicals-plea-2004"] = dict(
 # Companies: Crompton Corporation ("Crompton's": alias 'Crompton'). Organizations: Department of Justice ('the
 # Department of Justice announced today'; "the Department's Antitrust Division" generic after it: no alias), U.S.
 # District Court ('in U.S. District Court in San Francisco': 51t's rule; 'the court' generic), Antitrust Division.
 # People: Joseph B. Eisenberg ('Eisenberg' three times: alias), R. Hewitt Pate. Locations: WASHINGTON, D.C. (the
 # dateline, one place as 42z), Middlebury, Connecticut, San Francisco, United States ('sold in the United States and
 # elsewhere', 'sold annually in the United States'; 'a U.S. manufacturer' a modifier). Not annotated: 'Performance
 # Chemicals and Elastomers' (the field of Eisenberg's post: no unit is named as a body -- near-miss, **doubtful**: a
 # reader may take it as a business unit), rubber chemicals and the products listed (product classes), 'the
 # government', 'American businesses and consumers', 'his co-conspirators' (unnamed)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Person", "Joseph B. Eisenberg", "Eisenberg"),
           E("Company", CROMPTON, "Crompton"),
           E("Location", "Middlebury"),
           E("Location", "Connecticut"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "San Francisco"),
           E("Location", "United States"),
           E("Person", "R. Hewitt Pate"),
           E("Organization", ATR)],
 # Eisenberg, 'a former executive of Crompton Corporation' and 'Crompton's Executive Vice President for Performance
 # Chemicals and Elastomers during the majority of the time he participated in the conspiracy' -> vice-president at
 # Crompton Corporation, current false ('former'; GUIDELINES: executive vice president -> vice-president). Pate,
 # 'Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the Antitrust Division
 # (41h, 42z), current
 roles=[R("Joseph B. Eisenberg", "vice-president", CROMPTON, False),
        R("R. Hewitt Pate", "head", ATR)],
 # "the Department's Antitrust Division" -> the Division under the Department (42z, 53r). Near-misses: Crompton's
 # co-conspirators (unnamed); no parent or unit of Crompton named (Uniroyal Chemical, in press copies, is not in the text)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today' -> 'today' 2004-09-15; 'from 1995 until 2000' -> '1995' 1995, '2000' 2000. Skipped: 'annually',
 # 'during the majority of the time'
 dates=[D("today", "2004-09-15"), D("1995", "1995"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

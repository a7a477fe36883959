#!/usr/bin/env python3
"""Batch 55n gold annotations (the texts of batch55n.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'At the time', 'By the end of the year' (the year of the sentence before),
'to the end of the century', 'The same year' (relative to a year of the text, not to `published`, as batch 55f left
'The next year') and 'within a year' are left out. No text tells an outage (or a near-miss of one), so every
`outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40v, 40za-40zg, 54zu, 55f): a company
'acquired', 'purchased', 'the purchase of', 'making acquisitions of other companies that included' -> acquired +
parentOrganization(target, buyer) (ownership that ended kept: relations carry no time); a minority stake ('acquired
19.5% of the company') -> nothing (as batches 54zu and 55f); stores, food halls and a waterworks bought or taken over
-> nothing (asset purchases); 'attempted ties' -> nothing; a merger where the text does not say who buys whom ->
nothing, but where the same text says elsewhere who bought whom, the purchase is recorded; brands the company sells
('brands that include ...', 'its brand Joya') -> Service, provider the company named as owning them (GUIDELINES,
Types: products users buy; as batch 40zc's named products); a stock exchange -> Company; 'founded by A and B' ->
cofounder each, 'founded by A' -> founder, two people named together as starting the business (one 'opened the
first store ... with his business partner' the other) -> cofounder each (doubtful); founders stay current, also one
who 'left the company' (as the batch of 'Saunders left the company later' in GATHERING.md); 'manager' -> executive
(GUIDELINES, Roles), current true where the text names no end (the binding rule: false only for
former/then/ex-/left; doubtful, batch 55f set its founders' posts of the 1930s false); 'CEO ... would step down' ->
ceo, current true (GUIDELINES, Roles: not yet left); a prime minister named with an adjective of his country only
('Icelandic') -> no role (the country not named on its own); employees with no title -> no role; adjectives
('British', 'French', 'Icelandic') -> no entity, a country's name used as a modifier ('a Belgium chemist') ->
Location (as batch 55f's 'United States private equity partnership'); street names -> Location (as the train texts
wp-costa-coffee and wp-abbey-national; batch 40zc left a street address out).
usage: batch55n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- chemicals, UK: Croda International -----------------------------------------------------------------------------
CI = "Croda International plc"
GC = "George William Crowe"
HD = "Henry James Dawe"
PW = "Philip Wood"
A["wp-croda-international"] = dict(
 # the chemicals maker -> Company 'Croda International plc', alias 'Croda' (the name the company was given: the same
 # company); the London Stock Exchange -> Company; the National Physical Laboratory (a report it published; a
 # laboratory run for the state, not a business in this text) -> Organization; George William Crowe ('Crowe'), Henry
 # James Dawe ('Dawe'), Philip Wood ('Wood') -> Person; Snaith, the East Riding of Yorkshire, Rawcliffe Bridge (the
 # place of the waterworks), the UK -> Location; 'a Belgium chemist' -> Location 'Belgium' (the country's name written
 # out, used as a modifier; doubtful: a reader might read it as an adjective and leave it out); the chemist
 # (unnamed), lanolin, sheep's wool, 'an abandoned waterworks facility' (unnamed) -> nothing
 entities=[E("Company", CI, "Croda"), E("Location", "Snaith"), E("Location", "East Riding of Yorkshire"),
           E("Company", "London Stock Exchange"), E("Person", GC, "Crowe"), E("Person", HD, "Dawe"),
           E("Location", "Rawcliffe Bridge"), E("Location", "UK"), E("Person", PW, "Wood"), E("Location", "Belgium"),
           E("Organization", "National Physical Laboratory")],
 # 'The company was founded by George William Crowe and Henry James Dawe in 1925' -> cofounder each (named together),
 # current (founders stay founders; 'Dawe left the company' does not undo the founding; doubtful: a reader might set
 # Dawe's false); 'Philip Wood, Crowe's nephew, was appointed manager of the site in 1925' -> executive at Croda
 # International plc ('manager' -> executive; the site is the company's lanolin works; current true: the text names
 # no end, though it tells of 1925; doubtful: a reader might set it false for a post of 1925, as batch 55f did for its
 # founders' posts, or give no role for a site manager). Near-misses: 'his partner, Dawe' -> no partner relation
 # (between people, not organisations; Dawe is already a cofounder); "Crowe's nephew" -> no role (kinship)
 roles=[R(GC, "cofounder", CI), R(HD, "cofounder", CI), R(PW, "executive", CI)],
 # no relation: the text names no parent, subsidiary, buyer or partner of Croda. Near-misses: 'It is listed on the
 # London Stock Exchange' -> nothing (a listing); 'Crowe bought an abandoned waterworks facility at Rawcliffe Bridge
 # for 7 pounds' -> nothing (a facility bought by a person, an asset; a reader might record an acquisition); 'a report
 # from the National Physical Laboratory' -> nothing (a publication, no partnership)
 relations=[],
 outages=[],
 # 'At the time', 'By the end of the year' (1925, from the sentence before; relative) and 'to the end of the century'
 # -> left out
 dates=[D("1925", "1925")])

# ---- food, US: Hain Celestial Group ---------------------------------------------------------------------------------
HC = "Hain Celestial Group, Inc."
IS = "Irwin D. Simon"
MN = "Mona Naturprodukte Gmbh"
A["wp-hain-celestial-group"] = dict(
 # the food company -> Company 'Hain Celestial Group, Inc.' (the text's 'The Hain Celestial Group, Inc.' without the
 # leading article; doubtful: a reader might keep 'The' in the name), aliases 'Hain Celestial Group', its first name
 # 'Hain Food Group' ('Founded in 1993 as'), 'Hain' and 'Hain Celestial'; Celestial Seasonings, the NASDAQ (a stock
 # exchange), Barricini Foods, Kineret ('acquisitions of other companies that included'), the H. J. Heinz Company and
 # Mona Naturprodukte Gmbh ('the non-dairy company') -> Company; the brands Ella's Kitchen, Frank Cooper's, Linda
 # McCartney Foods ('brands that include') and Joya ('its brand Joya') -> Service (products users buy; doubtful: 'Ella's
 # Kitchen' and 'Linda McCartney Foods' read like company names, the text calls them brands); Irwin D. Simon (alias
 # 'Irwin Simon') -> Person; the United States, California ('under California law') -> Location; 'natural foods',
 # 'organic personal-care items', '25 companies' (unnamed) and 'a class action lawsuit' -> nothing
 entities=[E("Company", HC, "Hain Celestial Group", "Hain Food Group", "Hain", "Hain Celestial"),
           E("Location", "United States"), E("Company", "Celestial Seasonings"), E("Company", "NASDAQ"),
           E("Service", "Ella's Kitchen"), E("Service", "Frank Cooper's"), E("Service", "Linda McCartney Foods"),
           E("Person", IS, "Irwin Simon"), E("Company", "Barricini Foods"), E("Company", "Kineret"),
           E("Company", "H. J. Heinz Company"), E("Location", "California"), E("Company", MN), E("Service", "Joya")],
 # 'Hain Celestial Group was founded by Irwin D. Simon in 1993' -> founder (named alone); 'In June 2018, Hain
 # Celestial announced that CEO Irwin Simon would step down' -> ceo, current true (announced, not yet left: GUIDELINES,
 # Roles; the sentence naming his successor is cut; doubtful: a reader knowing the later history might set it false)
 roles=[R(IS, "founder", HC), R(IS, "ceo", HC)],
 # 'making acquisitions of other companies that included Barricini Foods and Kineret' -> acquired + parentOrganization
 # each; 'Hain purchased Celestial Seasonings in 2000 for a deal valued at approximately $390 million' -> acquired +
 # parentOrganization (doubtful: the lead calls it 'merging with Celestial Seasonings'; the history names the buyer, and
 # the text does not say Celestial Seasonings was merged away, so the purchase is recorded as the binding rule for a
 # completed acquisition reads); 'In 2015 the company acquired the non-dairy company Mona Naturprodukte Gmbh' ->
 # acquired + parentOrganization; 'brands that include Ella's Kitchen, Frank Cooper's, and Linda McCartney Foods' ->
 # provider(each, Hain); 'Mona Naturprodukte Gmbh with its brand Joya' -> provider(Joya, Mona Naturprodukte Gmbh) (the
 # brand's owner as written; no second provider to Hain). Near-misses: 'The H. J. Heinz Company acquired 19.5% of the
 # company in September 1999, subsequently divested its holdings' -> nothing (a minority stake, later sold; a reader
 # might record acquired or parentOrganization); 'went public on the NASDAQ' and 'publicly traded on the NASDAQ' ->
 # nothing (a listing); 'one of 25 companies named in a class action lawsuit' and the settlement -> nothing
 relations=[L(HC, "acquired", "Barricini Foods"), L("Barricini Foods", "parentOrganization", HC),
            L(HC, "acquired", "Kineret"), L("Kineret", "parentOrganization", HC),
            L(HC, "acquired", "Celestial Seasonings"), L("Celestial Seasonings", "parentOrganization", HC),
            L(HC, "acquired", MN), L(MN, "parentOrganization", HC),
            L("Ella's Kitchen", "provider", HC), L("Frank Cooper's", "provider", HC),
            L("Linda McCartney Foods", "provider", HC), L("Joya", "provider", MN)],
 outages=[],
 # 'By 2012', 'By 2013' -> the years as written ('2012', '2013'); 'The same year' (2013, from the sentence before;
 # relative) -> left out
 dates=[D("1993", "1993"), D("2000", "2000"), D("September 1999", "1999-09"), D("2005", "2005"), D("2002", "2002"),
        D("2012", "2012"), D("2013", "2013"), D("2015", "2015"), D("June 2018", "2018-06")])

# ---- retail, UK: Iceland Foods --------------------------------------------------------------------------------------
IF = "Iceland Foods Ltd"
MW = "Malcolm Walker"
PH = "Peter Hinchcliffe"
A["wp-iceland-foods"] = dict(
 # the supermarket chain -> Company 'Iceland Foods Ltd', alias its trading name 'Iceland' ('trading as Iceland'; every
 # 'Iceland' in the text is the company: the country is named only by the adjective 'Icelandic'); Woolworths (the
 # founders' employer), St. Catherine's Freezer Centres ('Bristol based'), Orchard Frozen Foods ('South East based'),
 # Bejam ('larger rival'), Littlewoods ('the Littlewoods department store': the store chain named), Au Gel ('the French
 # Au Gel chain') and British Home Stores -> Company; Malcolm Walker (alias 'Walker'), Peter Hinchcliffe and Hermann
 # Jonasson (written with its accent) -> Person; the UK, Leg Street (the first store's street), Oswestry, Shropshire,
 # England, Manchester, Bristol, the South East ('South East based': a region's name written out, as batch 55f's 'the
 # Sussex based'), Dublin, Letterkenny -> Location; 'British', 'Icelandic', 'French' (adjectives) -> nothing
 entities=[E("Company", IF, "Iceland"), E("Location", "UK"), E("Person", MW, "Walker"), E("Location", "Leg Street"),
           E("Location", "Oswestry"), E("Location", "Shropshire"), E("Location", "England"), E("Person", PH),
           E("Person", "Hermann J\u00f3nasson"), E("Company", "Woolworths"), E("Location", "Manchester"),
           E("Location", "Bristol"), E("Company", "St. Catherine's Freezer Centres"), E("Location", "South East"),
           E("Company", "Orchard Frozen Foods"), E("Company", "Bejam"), E("Company", "Littlewoods"),
           E("Company", "Au Gel"), E("Location", "Dublin"), E("Location", "Letterkenny"),
           E("Company", "British Home Stores")],
 # 'Iceland began business in 1970, when Malcolm Walker opened the first store ... with his business partner Peter
 # Hinchcliffe investing 59 pounds for one month's rent' and 'Walker chose the name' -> cofounder each (the two start
 # the business together; doubtful: the text says neither 'founded' nor 'founder', a reader might give Walker founder
 # alone, or give no role). Near-misses: 'the recently deposed Icelandic Prime Minister Hermann Jonasson' -> no role
 # (a head of government, but his country is named only by an adjective, and 'deposed'; GUIDELINES, Roles); 'They were
 # still employees of Woolworths' -> no role (no title; their employment ended); 'his business partner' -> no partner
 # relation (between two people)
 roles=[R(MW, "cofounder", IF), R(PH, "cofounder", IF)],
 # 'The cash investment was used to purchase South East based Orchard Frozen Foods in 1986, and the purchase of larger
 # rival Bejam in 1988' -> acquired + parentOrganization each; 'also acquired the French Au Gel chain' -> acquired +
 # parentOrganization (its stores 'dropped within a year': ownership that ended, kept). Near-misses: 'purchasing the 18
 # stores of Bristol based St. Catherine's Freezer Centres' -> nothing (the stores bought, an asset purchase; a reader
 # might record Iceland acquiring the company); 'took over the food halls of the Littlewoods department store' ->
 # nothing (food halls inside another company's stores, an asset; a reader might record acquired); 'attempted ties
 # with British Home Stores' -> nothing (an attempt, no partnership stated); 'the business went public' -> nothing;
 # 'They all closed down in 2005 owing to financial difficulties' -> no outage (stores closed, a business failure)
 relations=[L(IF, "acquired", "Orchard Frozen Foods"), L("Orchard Frozen Foods", "parentOrganization", IF),
            L(IF, "acquired", "Bejam"), L("Bejam", "parentOrganization", IF),
            L(IF, "acquired", "Au Gel"), L("Au Gel", "parentOrganization", IF)],
 outages=[],
 # 'By 1977', 'by 1978' -> the years as written; 'within a year' (relative) -> left out
 dates=[D("1970", "1970"), D("1977", "1977"), D("1978", "1978"), D("1983", "1983"), D("1984", "1984"),
        D("1986", "1986"), D("1988", "1988"), D("1993", "1993"), D("1996", "1996"), D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 40zb gold annotations (the texts of batch40zb.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'a month later' and 'Four months later' follow that rule and are left out. No
text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40w, 40x): a company
'acquired', 'bought', 'purchased' or 'sold to' another (a whole company, completed) -> acquired +
parentOrganization(target, buyer); a part stake then 'the rest of the company' -> the same; a minority stake announced
-> nothing; 'owned by', 'owner', 'a standalone subsidiary of', 'became part of', 'now a part of' -> parentOrganization
(past ownership kept); a company put up for sale by a firm -> parentOrganization(company, seller) (its owner then,
implied; as batch 40x's Massive Entertainment); two or three people named together as founders ('founded ... by A and
B', 'established ... by A and his sister, B') -> cofounder each, one named alone -> founder; a single hotel bought ->
nothing (an asset); single hotels and a château -> Location (named sites; GUIDELINES, Types); a first order, a drink
'available on' an airline's flights, 'in collaboration with', 'partnered with' -> partner (doubtful where no partner
word is written), direction as written; 'Deputy Chairman' -> executive (GUIDELINES: vice chairman); adjectives
('Scottish', 'British', 'US', 'U.S.', 'East Coast') -> a Location only where the name is written out (as batches 40o,
40t, 40v and 40x).
usage: batch40zb_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- food and drink, US: Honest Tea -------------------------------------------------------------------------------
HT, CC = "Honest Tea", "The Coca-Cola Company"
YSM = "Yale School of Management"
A["wp-honest-tea"] = dict(
 # the company -> Company, alias 'Honest Tea US' (the brand of the same name gets no Service of its own, as batch
 # 40x's Future Shop brand); The Coca-Cola Company ('Coca-Cola'), Fresh Fields ('an East Coast natural grocery
 # chain'), Whole Foods Market, Independence Air, The New York Times, Springleaf ('A separate small company') ->
 # Company; Harvard, the Yale School of Management ('Yale' in 'one of his Yale professors': the business school Goldman
 # was at; doubtful, a reader might keep Yale the university apart) -> Organization; Seth Goldman ('Goldman'), Barry
 # Nalebuff, Barack Obama, Annabel Young -> Person; Honest Yerba Mate -> Service (a drink); Bethesda, Maryland,
 # Australia -> Location; 'East Coast', 'U.S.' -> nothing
 entities=[E("Company", HT, "Honest Tea US"), E("Location", "Bethesda"), E("Location", "Maryland"),
           E("Person", "Seth Goldman", "Goldman"), E("Person", "Barry Nalebuff"), E("Company", CC, "Coca-Cola"),
           E("Organization", "Harvard"), E("Organization", YSM, "Yale"), E("Company", "Fresh Fields"),
           E("Company", "Whole Foods Market"), E("Company", "Independence Air"), E("Company", "The New York Times"),
           E("Person", "Barack Obama"), E("Company", "Springleaf"), E("Location", "Australia"),
           E("Person", "Annabel Young"), E("Service", "Honest Yerba Mate")],
 # 'founded in 1998 by Seth Goldman and Barry Nalebuff' -> cofounder each ('Honest Tea was founded in 1998 by Seth
 # Goldman' alone in the history gives no second role); 'one of his Yale professors, Barry Nalebuff' -> other at the
 # Yale School of Management (a professor, as batch 40z's Dick Sabot at Williams College; doubtful, the school only
 # implied by 'business school'); 'a graduate of Harvard and the Yale School of Management' -> no role; 'President
 # Barack Obama' -> no role (no country named on its own: GUIDELINES, Roles; doubtful); Annabel Young 'the original
 # brand name holder' -> no role
 roles=[R("Seth Goldman", "cofounder", HT), R("Barry Nalebuff", "cofounder", HT), R("Barry Nalebuff", "other", YSM)],
 # 'sold to become a wholly owned subsidiary of The Coca-Cola Company', 'purchased a 40-percent stake ... It bought
 # the rest of the company in 2011' -> acquired + parentOrganization; Fresh Fields 'later acquired by Whole Foods
 # Market' -> acquired + parentOrganization; 'The first order for Honest Tea was from Fresh Fields' -> partner(Honest
 # Tea, Fresh Fields) (a customer; doubtful, no partner word); 'available on Independence Air flights' ->
 # partner(Honest Tea, Independence Air) (a supply to an airline; doubtful); 'Coca-Cola introduced Honest Yerba Mate' ->
 # provider; Springleaf 'controls the Honest Tea trademark in Australia' and Annabel Young's case against Coca-Cola ->
 # nothing (a trademark dispute); The New York Times' report -> nothing
 relations=[L(HT, "parentOrganization", CC), L(CC, "acquired", HT),
            L("Whole Foods Market", "acquired", "Fresh Fields"), L("Fresh Fields", "parentOrganization", "Whole Foods Market"),
            L(HT, "partner", "Fresh Fields"), L(HT, "partner", "Independence Air"),
            L("Honest Yerba Mate", "provider", CC)],
 outages=[],
 dates=[D("1998", "1998"), D("December 31, 2022", "2022-12-31"), D("2006", "2006"), D("2008", "2008"),
        D("2011", "2011"), D("2009", "2009"), D("2007", "2007"), D("2015", "2015"), D("2021", "2021")])

# ---- hotels, UK: Malmaison ----------------------------------------------------------------------------------------
MA, FH, FP = "Malmaison", "Frasers Hospitality", "Frasers Property"
KSL, HDV = "KSL Capital Partners", "Hotel du Vin"
A["wp-malmaison-hotel-chain"] = dict(
 # the chain -> Company; Frasers Property ('Frasers Property Group') and Frasers Hospitality ('Frasers Hospitality of
 # Frasers Property Group') -> two Companies; Arcadian International ('hotel group'), MWB Group, KSL Capital Partners
 # ('KSL'), UBS ('investment bank'), Hotel du Vin ('the Hotel du Vin chain (HDV)'), Terra Firma Capital Partners, TDR
 # Capital, Sky News -> Company; PETA ('animal rights group') -> Organization; Ken McCulloch -> Person; Chez Mal (the
 # brasseries' brand) -> Service; the United Kingdom, Leith, Edinburgh, Glasgow, Paris, Dundee -> Location; the Château
 # de Malmaison (a named site) -> Location; 'Scottish', 'British', 'US' -> nothing
 entities=[E("Company", MA), E("Location", "United Kingdom"), E("Company", FP, "Frasers Property Group"),
           E("Person", "Ken McCulloch"), E("Company", "Arcadian International"), E("Location", "Leith"),
           E("Location", "Edinburgh"), E("Location", "Glasgow"), E("Location", "Ch\u00e2teau de Malmaison"),
           E("Location", "Paris"), E("Company", "MWB Group"), E("Company", KSL, "KSL"), E("Location", "Dundee"),
           E("Organization", "PETA"), E("Company", "UBS"), E("Company", HDV, "HDV"),
           E("Company", "Terra Firma Capital Partners"), E("Company", "TDR Capital"), E("Company", "Sky News"),
           E("Company", FH), E("Service", "Chez Mal")],
 # 'founded by Scottish hotelier Ken McCulloch in 1994' -> founder (current true: no 'former' said)
 roles=[R("Ken McCulloch", "founder", MA)],
 # 'is now owned by Frasers Property' -> parentOrganization(Malmaison, Frasers Property); 'in collaboration with hotel
 # group Arcadian International' -> partner(Malmaison, Arcadian International) (doubtful: a founding collaboration);
 # 'Malmaison owner MWB Group' -> parentOrganization; 'KSL Capital Partners purchased Malmaison' -> acquired +
 # parentOrganization; 'KSL sought prospective buyers for Malmaison and the Hotel du Vin chain' ->
 # parentOrganization(Hotel du Vin, KSL) (its owner then, implied by the sale; doubtful); 'the chain along with Hotel du
 # Vin was sold to Frasers Hospitality' -> acquired + parentOrganization for each; 'Frasers Hospitality of Frasers
 # Property Group' -> parentOrganization(Frasers Hospitality, Frasers Property); '(branded as Chez Mal)' -> provider
 # Malmaison; 'under guidance from investment bank UBS' -> nothing (an adviser to KSL; a reader might give partner);
 # Terra Firma and TDR Capital 'two of three bidders' -> nothing (bids); Sky News and PETA -> nothing
 relations=[L(MA, "parentOrganization", FP), L(MA, "partner", "Arcadian International"),
            L(MA, "parentOrganization", "MWB Group"), L(KSL, "acquired", MA), L(MA, "parentOrganization", KSL),
            L(HDV, "parentOrganization", KSL), L(FH, "acquired", MA), L(MA, "parentOrganization", FH),
            L(FH, "acquired", HDV), L(HDV, "parentOrganization", FH), L(FH, "parentOrganization", FP),
            L("Chez Mal", "provider", MA)],
 outages=[],
 # 'a month later' and 'Four months later' -> left out (relative; `published` null)
 dates=[D("1994", "1994"), D("November 2012", "2012-11"), D("March 2013", "2013-03"), D("May 2014", "2014-05"),
        D("January 2015", "2015-01"), D("March 2015", "2015-03"), D("June 2015", "2015-06")])

# ---- pharmaceuticals, US: Sunovion --------------------------------------------------------------------------------
SU, SMPA, SP = "Sunovion Pharmaceuticals Inc.", "Sumitomo Pharma America, Inc.", "Sumitomo Pharma"
A["wp-sunovion"] = dict(
 # the company -> Company, aliases 'Sunovion' and its former name 'Sepracor, Inc.', 'Sepracor' ('founded as');
 # Sumitomo Pharma America, Inc. ('Sumitomo Pharma America', 'SMPA'), Sumitomo Pharma (its former name 'Sumitomo
 # Dainippon Pharma', 'then known as'), NASDAQ (an exchange run as a business), Marion Merrell Dow, Sanofi -> Company;
 # Timothy J. Barberich, Steve Matson, Bob Bratzler -> Person; Seldane, Allegra -> Service (drugs); Japan -> Location;
 # 'SEPR' (a ticker) and 'U.S.' -> nothing
 entities=[E("Company", SU, "Sunovion", "Sepracor, Inc.", "Sepracor"),
           E("Company", SMPA, "Sumitomo Pharma America", "SMPA"), E("Person", "Timothy J. Barberich"),
           E("Person", "Steve Matson"), E("Person", "Bob Bratzler"), E("Company", "NASDAQ"),
           E("Company", SP, "Sumitomo Dainippon Pharma"), E("Location", "Japan"), E("Company", "Marion Merrell Dow"),
           E("Company", "Sanofi"), E("Service", "Seldane"), E("Service", "Allegra")],
 # 'founded as Sepracor, Inc. in 1984 by Timothy J. Barberich, Steve Matson, and Bob Bratzler' -> cofounder each
 roles=[R("Timothy J. Barberich", "cofounder", SU), R("Steve Matson", "cofounder", SU),
        R("Bob Bratzler", "cofounder", SU)],
 # 'became part of Sumitomo Pharma America' -> parentOrganization; 'was acquired by and became a standalone subsidiary
 # of Sumitomo Pharma' -> acquired + parentOrganization; 'the combination of its U.S. subsidiaries, including Sunovion,
 # to form Sumitomo Pharma America' -> parentOrganization(Sumitomo Pharma America, Sumitomo Pharma) (a company formed
 # of its subsidiaries; doubtful, not said in so many words); 'Marion Merrell Dow, now a part of Sanofi' ->
 # parentOrganization; 'Marion Merrell Dow ... partnered with Sepracor' -> partner, direction as written; 'its
 # antihistamine, Seldane' -> provider Marion Merrell Dow; Allegra ('would later be marketed as', no marketer named)
 # -> no provider (a reader might give it to Marion Merrell Dow); 'trading on NASDAQ' -> nothing
 relations=[L(SU, "parentOrganization", SMPA), L(SP, "acquired", SU), L(SU, "parentOrganization", SP),
            L(SMPA, "parentOrganization", SP), L("Marion Merrell Dow", "parentOrganization", "Sanofi"),
            L("Marion Merrell Dow", "partner", SU), L("Seldane", "provider", "Marion Merrell Dow")],
 outages=[],
 dates=[D("July 1, 2023", "2023-07-01"), D("1984", "1984"), D("1991", "1991"), D("October 12, 2010", "2010-10-12"),
        D("April 2023", "2023-04"), D("1993", "1993")])

# ---- hotels, UK: Rocco Forte Hotels -------------------------------------------------------------------------------
RF = "Rocco Forte Hotels Limited"
A["wp-rocco-forte-hotels"] = dict(
 # the group -> Company 'Rocco Forte Hotels Limited' ('As a brand of Rocco Forte Hotels Limited'), aliases 'Rocco
 # Forte Hotels' and its former names 'RF Hotels' and 'The Rocco Forte Collection' (one company renamed; doubtful: the
 # text calls Rocco Forte Hotels 'a brand of' the Limited company, a reader might keep a Service apart); Sir Rocco Forte
 # (name without the title, as the corpus's 'Terry Leahy'), Olga Polizzi, Lord Forte -> Person; the Forte Group,
 # Granada plc ('Granada'), Compass Group, The Leading Hotels of the World (a hotels' marketing company), the Public
 # Investment Fund (a state fund, Company as in batch 30b) -> Company; The Balmoral Hotel, Brown's Hotel, Hotel de
 # Rome, Hotel Amigo (single hotels) -> Location; Europe, Edinburgh, London, Rome, Frankfurt, Moscow, Madrid, New York
 # City, Los Angeles, Saudi Arabia -> Location; 'British' -> nothing; 'Forte' alone ('the Forte name', 'the Forte
 # trademark') -> nothing (a name, not the company)
 entities=[E("Company", RF, "Rocco Forte Hotels", "RF Hotels", "The Rocco Forte Collection"),
           E("Person", "Rocco Forte", "Sir Rocco Forte"), E("Person", "Olga Polizzi"), E("Location", "Europe"),
           E("Company", "Forte Group"), E("Company", "Granada plc", "Granada"), E("Person", "Lord Forte"),
           E("Location", "The Balmoral Hotel"), E("Location", "Edinburgh"), E("Company", "Compass Group"),
           E("Location", "London"), E("Location", "Rome"), E("Location", "Frankfurt"), E("Location", "Moscow"),
           E("Location", "Madrid"), E("Location", "New York City"), E("Location", "Los Angeles"),
           E("Location", "Brown's Hotel"), E("Location", "Hotel de Rome"), E("Location", "Hotel Amigo"),
           E("Company", "The Leading Hotels of the World"), E("Location", "Saudi Arabia"),
           E("Company", "Public Investment Fund")],
 # 'established in 1996 by hotelier Sir Rocco Forte and his sister, Olga Polizzi', 'formed RF Hotels' -> cofounder
 # each; 'Sir Rocco Forte is Chairman and Chief Executive' -> chairman and ceo, current; 'Olga Polizzi is Deputy
 # Chairman and Director of Design' -> executive (deputy chairman: GUIDELINES, vice chairman -> executive; 'Director of
 # Design', a post heading a function, not a board seat, read into the same executive; doubtful: a reader might add
 # director); 'hotel magnate Lord Forte' -> no role (no organisation named with him)
 roles=[R("Rocco Forte", "cofounder", RF), R("Olga Polizzi", "cofounder", RF), R("Rocco Forte", "chairman", RF),
        R("Rocco Forte", "ceo", RF), R("Olga Polizzi", "executive", RF)],
 # 'the takeover of the Forte Group by Granada plc', 'when Granada plc bought the Forte Group' -> acquired +
 # parentOrganization; The Balmoral Hotel 'purchased by the newly formed company' from 'new owners Granada plc' ->
 # nothing (a single hotel, an asset); 'the de-merger of Compass Group from Granada's media interests' -> nothing (who
 # held whom not told; doubtful, a reader might give parentOrganization(Compass Group, Granada plc)); 'the sale of a
 # minority stake of 49% to Saudi Arabia's Public Investment Fund', announced -> nothing (a minority stake); the three
 # hotels 'members of The Leading Hotels of the World' -> nothing (Locations)
 relations=[L("Granada plc", "acquired", "Forte Group"), L("Forte Group", "parentOrganization", "Granada plc")],
 outages=[],
 dates=[D("1996", "1996"), D("1997", "1997"), D("2001", "2001"), D("2003", "2003"), D("29 July 2007", "2007-07-29"),
        D("2011", "2011"), D("December 2023", "2023-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

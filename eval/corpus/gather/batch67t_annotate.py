#!/usr/bin/env python3
"""Batch 67t gold annotations (the texts of batch67t.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-67q; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the 1860s', 'a few years', 'more than 130
years', 'some time between 1993 ... and 1999' (each year kept on its own) -> nothing for the spans; 'July 1910' -> the
month; '24 October 1866', '22 August 1889' -> the day.
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-67q): a completed purchase ('Tooheys bought competitor
Miller's Brewers', 'Bond Corporation purchased Castlemaine Tooheys', 'took total ownership', "Lion's acquisition of
Hahn", 'was acquired by the Japanese Kirin Company') -> acquired + parentOrganization(target, buyer), the text never
saying a target was merged away; 'is part of the Lion beverages group' and "Bond's Natbrew Holdings" ->
parentOrganization (ownership stated as past is still recorded); a merger with no buyer ('merged with Queensland's
Castlemaine Perkins to form Castlemaine Tooheys', 'an offer to merge, which Laidlaw accepted') -> nothing
(GUIDELINES, Relations); purchases of shops and stores ('taken over two adjoining shops', 'bought many local stores')
-> nothing (assets); founders (GUIDELINES part 2, Roles, 'Founders'): 'founded ... by Otto Peters and John Martin'
-> cofounder each (named together), 'Robert Laidlaw founded Laidlaw Leeds' -> founder (one named alone), and the Toohey
brothers, whose licence and brewing the text dates the brewery from, -> cofounder each (doubtful: the text has no
'founded'); a founder stays current (as batches 58j-67q); 'managing director' -> director (GUIDELINES, Roles);
'principals of the company were then' -> executive, current false ('then'; 'principal' -> executive as an earlier
round read 'principal Hollingworth Magniac'); beers a brewery brews ('Tooheys Black Old Ale', 'Tooheys New') ->
Service + provider (as batches 61a and 66n); a company's former and later names and its colloquial names -> aliases of
one entity; the brewery's name as a trademark and as a company ('the Tooheys and Hahn Brewery trademarks', 'the Tooheys
trademark') -> the company (one surface form for two things: the main use's entity, as batch 32d read 'Weetabix');
a union -> Organization (GUIDELINES part 1); families ('the prominent Hayward family'), events ('the famous Adelaide
Christmas Pageant'), a ship ('the wreck of the Gothenburg') -> no entity (GUIDELINES, Types); named pubs, breweries'
plants, a street and a warehouse street -> Location (named sites); a place inside 'X-based' ('Adelaide-based',
'NSW-based') -> Location (as the corpus reads 'London-based'); demonyms and adjectives ('American', 'Irish',
'Japanese') -> nothing; generic phrases ('the company', 'the co-op', 'the trading association', 'the new venture',
'the business', 'the brewery', 'the partners') -> nothing.
usage: batch67t_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, New Zealand: Farmers (en.wikipedia.org's rendering, the current revision) ----------------------------
FT = "Farmers Trading Company Ltd"
FUT = "Farmers' Union Trading Co (Auckland) Ltd"
A["wp-farmers-department-store"] = dict(
 # the chain -> Company 'Farmers Trading Company Ltd', aliases 'Farmers' ('branded as Farmers'; 'Farmers operates')
 # and "Farmers' Trading Company" ('the new venture, the Farmers' Trading Company': the merged company, which the
 # lead names as the chain); 'Laidlaw Leeds' (Robert Laidlaw's mail order business) -> Company; "Farmers' Union
 # Trading Co (Auckland) Ltd" with aliases 'Farmers Union Indenting and Trading Association' (its name before 'the
 # trading association was converted into' it: a former name) and "Farmers' Union Trading Company" (as the merger
 # sentence names it) -> one Company (a trading co-operative, a business); 'Farmers Union' (the farmers' union whose
 # Auckland members formed the association) -> Organization (a union, GUIDELINES part 1); 'Farmers Department Store'
 # ('an unrelated, older Farmers Department Store in Sydney': a store business of its own) -> Company; Robert
 # Laidlaw (alias 'Laidlaw': 'which Laidlaw accepted') -> Person; New Zealand, Flat Bush, Auckland ('Auckland
 # members', "Auckland's Hobson Street", 'the Auckland province'), Clevedon ('The Clevedon branch': the branch named
 # by its place), Sydney, Australia, 'Hobson Street' (a named street, as batch 66j's 'Joubert Street') -> Location.
 # No entity: 'The Clevedon branch' as a unit (a branch of the union named only by its place; a reader might make it
 # an Organization), 'a successful American model' (a demonym), 'the co-op', 'the trading association', 'the new
 # venture' (generic)
 entities=[E("Company", FT, "Farmers", "Farmers' Trading Company"), E("Location", "New Zealand"),
           E("Location", "Flat Bush"), E("Location", "Auckland"), E("Person", "Robert Laidlaw", "Laidlaw"),
           E("Company", "Laidlaw Leeds"), E("Organization", "Farmers Union"),
           E("Company", FUT, "Farmers Union Indenting and Trading Association", "Farmers' Union Trading Company"),
           E("Location", "Clevedon"), E("Company", "Farmers Department Store"), E("Location", "Sydney"),
           E("Location", "Australia"), E("Location", "Hobson Street")],
 # 'Robert Laidlaw founded Laidlaw Leeds in 1909' -> founder at Laidlaw Leeds (one person named alone: GUIDELINES
 # part 2, Roles, 'Founders'); 'he became the managing director of the new venture, the Farmers' Trading Company' ->
 # director at Farmers Trading Company Ltd ('managing director' -> director, GUIDELINES, Roles), current (no leaving
 # told, as batch 66j kept a historical post current). Near-misses, no role: no founder at Farmers Trading Company
 # Ltd for Robert Laidlaw (the text has him found Laidlaw Leeds, one of the two merged businesses, and head the new
 # venture; the infobox's 'Founder: Robert Laidlaw' was cut; a reader might give it); 'a group of Auckland members
 # of the Farmers Union formed the Farmers Union Indenting and Trading Association' -> no founder (unnamed members)
 roles=[R("Robert Laidlaw", "founder", "Laidlaw Leeds"), R("Robert Laidlaw", "director", FT)],
 # No relation. Near-misses: 'the Farmers' Union Trading Company approached Laidlaw Leeds with an offer to merge,
 # which Laidlaw accepted; he became the managing director of the new venture' -> no acquired and no
 # parentOrganization among the three companies (a merger naming no buyer, GUIDELINES, Relations; a reader might make
 # the new venture the parent of both); 'a group of Auckland members of the Farmers Union formed the Farmers Union
 # Indenting and Trading Association' -> no parentOrganization(association, Farmers Union) (formed by members, not
 # said to be the union's unit or owned by it; doubtful: the association bears the union's name); 'The co-op also
 # bought many local stores in the Auckland province' -> no acquired (unnamed stores: assets); 'an unrelated, older
 # Farmers Department Store in Sydney' -> nothing (the text says unrelated)
 relations=[],
 outages=[],
 # '1909', '1910', 'July 1910', '1916', '1917', '1920' (twice, once listed)
 dates=[D("1909", "1909"), D("1910", "1910"), D("July 1910", "1910-07"), D("1916", "1916"), D("1917", "1917"),
        D("1920", "1920")])

# ---- retail, Australia: John Martin's (piglix.com's copy, an older revision) ----------------------------------------
JMC = "John Martin & Co. Ltd"
A["wp-john-martin-and-co"] = dict(
 # the chain -> Company 'John Martin & Co. Ltd', aliases "John Martin's" ('colloquially known as'; "John Martin's had
 # its origin"), 'Johnnies' ('or simply Johnnies'; 'Johnnies, owned by') and 'Peters and Martin' (the draper's shop
 # the company 'had its origin in': its first trading name; doubtful: a reader might make the shop its own entity);
 # Otto Peters (alias 'Peters': 'Peters withdrew'), John Martin (alias 'Martin': 'in 1875 Martin took over two
 # more'), E. W. Hayward, Richard Martin -> Person; Adelaide ('Adelaide-based', 'an Adelaide icon'), South Australia,
 # Rundle Street, Darwin, Northern Territory -> Location. No entity: 'the prominent Hayward family' (a family;
 # 'Hayward' there is not an alias of E. W. Hayward), 'the famous Adelaide Christmas Pageant' (an event; 'Adelaide'
 # inside it is the city), 'the Gothenburg' (a ship, GUIDELINES, Types), 'his own store in Darwin' (unnamed)
 entities=[E("Company", JMC, "John Martin's", "Johnnies", "Peters and Martin"), E("Location", "Adelaide"),
           E("Location", "South Australia"), E("Location", "Rundle Street"), E("Person", "Otto Peters", "Peters"),
           E("Person", "John Martin", "Martin"), E("Location", "Darwin"), E("Location", "Northern Territory"),
           E("Person", "E. W. Hayward"), E("Person", "Richard Martin")],
 # 'a single draper's shop "Peters and Martin" founded on Rundle Street by Otto Peters and John Martin' -> cofounder
 # each at John Martin & Co. Ltd (two named together founding the shop the company had its origin in: GUIDELINES part
 # 2, Roles, 'Founders'), current (a founder stays the founder, though 'Peters withdrew from the partnership');
 # 'The principals of the company were then John Martin, E. W. Hayward and Richard Martin' -> executive each, current
 # false ('were then': GOLD_FORMAT, 'then' -> false; 'principal' -> executive as an earlier round read 'principal
 # Hollingworth Magniac'; doubtful: 'principals' may mean the partners who owned the firm). Near-misses, no role:
 # 'owned by the prominent Hayward family' -> no owner role for E. W. Hayward (a family, not the person); 'opened his
 # own store in Darwin' -> no founder at an unnamed store
 roles=[R("Otto Peters", "cofounder", JMC), R("John Martin", "cofounder", JMC),
        R("John Martin", "executive", JMC, False), R("E. W. Hayward", "executive", JMC, False),
        R("Richard Martin", "executive", JMC, False)],
 # No relation. Near-misses: 'The partners had taken over two adjoining shops to the east, and in 1875 Martin took
 # over two more, and by 1880 a further two had been purchased' -> no acquired (unnamed shops: assets, GUIDELINES,
 # Relations; a reader might read 'took over' as a takeover); 'the business was restructured as a Limited liability
 # company' -> nothing (a change of legal form, the same company)
 relations=[],
 outages=[],
 # '1866', '1998', '24 October 1866', '1875', '1880', '22 August 1889'; 'more than 130 years', 'after a few years'
 # -> nothing
 dates=[D("1866", "1866"), D("1998", "1998"), D("24 October 1866", "1866-10-24"), D("1875", "1875"),
        D("1880", "1880"), D("22 August 1889", "1889-08-22")])

# ---- brewing, Australia: Tooheys (en.wikipedia.org's older rendering, about 2015) ----------------------------------
TL = "Tooheys Limited"
LN = "Lion Nathan"
HB = "Hahn Brewery"
CT = "Castlemaine Tooheys"
BC = "Bond Corporation"
NH = "Natbrew Holdings"
A["wp-tooheys-brewery"] = dict(
 # the brewery -> Company 'Tooheys Limited' ('the company went public as Tooheys Limited'), aliases 'Tooheys' (the
 # lead's subject, 'Tooheys bought', 'NSW-based Tooheys', 'moved ... to Tooheys', 'the Tooheys trademark', 'Tooheys
 # brewery') and "Toohey's" ("Toohey's dates from 1869"); 'Hahn Brewery' (aliases 'Hahn': "Lion's acquisition of
 # Hahn", and 'Malt Shovel Brewery': 'when Hahn Brewery was renamed Malt Shovel Brewery'; 'the Camperdown Hahn
 # Brewery' the same) -> Company; 'Lion Nathan' (alias 'Lion': 'the Lion beverages group', "Lion's acquisition of
 # Hahn", 'distributed by Lion'; doubtful: the text never says Lion Nathan and the Lion group are one company, but a
 # reader would take them so), 'Kirin Company' ('the Japanese Kirin Company'), "Miller's Brewers", 'Castlemaine
 # Perkins', 'Castlemaine Tooheys', 'Bond Corporation' (alias 'Bond': "Bond's Natbrew Holdings"), 'Natbrew Holdings'
 # -> Company; 'Tooheys Black Old Ale' and 'Tooheys New' (beers the brewery brews) -> Service; John Thomas Toohey
 # (alias 'Toohey': 'Toohey and his brother') and 'James Matthew' (the brother, by his given names as written) ->
 # Person; Lidcombe, Sydney, New South Wales (alias 'NSW': 'NSW-based'), Australia, Melbourne, 'The Limerick Arms'
 # and 'The Great Britain' (pubs), Darling Harbour, 'The Standard Brewery' (a brewery plant: a named site), Surry
 # Hills, "Taverner's Hill", Queensland ("Queensland's Castlemaine Perkins"), Camperdown ('the Camperdown Hahn
 # Brewery'), 'Canterbury Brewery' ('produced at Canterbury Brewery': a plant) -> Location (GUIDELINES, Types: named
 # sites). No entity: 'Home-brew kits' (unnamed products), 'Hahn-branded beers' (unnamed), 'lager' (generic), 'an
 # Irish immigrant', 'the Japanese Kirin Company' (adjectives), 'the brewery' (generic)
 entities=[E("Company", TL, "Tooheys", "Toohey's"), E("Location", "Lidcombe"), E("Location", "Sydney"),
           E("Location", "New South Wales", "NSW"), E("Location", "Australia"), E("Company", HB, "Hahn",
           "Malt Shovel Brewery"), E("Company", LN, "Lion"), E("Company", "Kirin Company"),
           E("Person", "John Thomas Toohey", "Toohey"), E("Location", "Melbourne"), E("Person", "James Matthew"),
           E("Location", "The Limerick Arms"), E("Location", "The Great Britain"), E("Service", "Tooheys Black Old Ale"),
           E("Location", "Darling Harbour"), E("Location", "The Standard Brewery"), E("Location", "Surry Hills"),
           E("Service", "Tooheys New"), E("Company", "Miller's Brewers"), E("Location", "Taverner's Hill"),
           E("Location", "Queensland"), E("Company", "Castlemaine Perkins"), E("Company", CT), E("Company", BC, "Bond"),
           E("Company", NH), E("Location", "Camperdown"), E("Location", "Canterbury Brewery")],
 # "Toohey's dates from 1869, when John Thomas Toohey ... obtained his brewing licence. Toohey and his brother James
 # Matthew ran pubs ... They commenced brewing Tooheys Black Old Ale ... they established The Standard Brewery" ->
 # cofounder each at Tooheys Limited (the two brothers named together as starting the brewery the company bears their
 # name from; doubtful: the text never says 'founded', and dates the brewery from John Thomas's licence alone, so a
 # reader might give him founder alone or give neither). Near-misses, no role: 'an Irish immigrant to Melbourne' and
 # 'ran pubs in Melbourne (The Limerick Arms and The Great Britain)' -> no role at the pubs (sites, no post)
 roles=[R("John Thomas Toohey", "cofounder", TL), R("James Matthew", "cofounder", TL)],
 # 'is part of the Lion beverages group' -> parentOrganization(Tooheys Limited, Lion Nathan); 'the Lion beverages
 # group which was acquired by the Japanese Kirin Company in 2009' -> acquired(Kirin Company, Lion Nathan) +
 # parentOrganization(Lion Nathan, Kirin Company); 'Tooheys bought competitor Miller's Brewers' ->
 # acquired(Tooheys Limited, Miller's Brewers) + parentOrganization(Miller's Brewers, Tooheys Limited) (closing its
 # brewery later is not a merger away); 'Bond Corporation purchased Castlemaine Tooheys in 1985' -> acquired(Bond
 # Corporation, Castlemaine Tooheys) + parentOrganization(Castlemaine Tooheys, Bond Corporation); "Bond's Natbrew
 # Holdings" -> parentOrganization(Natbrew Holdings, Bond Corporation) (a possessive of ownership; past ownership
 # kept); 'Lion Nathan acquired a 50% stake in Bond's Natbrew Holdings in 1990, and took total ownership in 1992' ->
 # acquired(Lion Nathan, Natbrew Holdings) + parentOrganization(Natbrew Holdings, Lion Nathan) (the purchase
 # completed in 1992); "Lion's acquisition of Hahn" -> acquired(Lion Nathan, Hahn Brewery) + parentOrganization(Hahn
 # Brewery, Lion Nathan); the beers -> provider(Tooheys Black Old Ale, Tooheys Limited), provider(Tooheys New,
 # Tooheys Limited) ('They commenced brewing', 'commenced brewing lager (the present-day Tooheys New)').
 # Near-misses, no relation: 'NSW-based Tooheys merged with Queensland's Castlemaine Perkins to form Castlemaine
 # Tooheys' -> no acquired and no parentOrganization of either to Castlemaine Tooheys (a merger naming no buyer,
 # GUIDELINES, Relations; a reader might make Castlemaine Tooheys the parent of both); no parentOrganization(Castlemaine
 # Tooheys, Natbrew Holdings) (the text never says Natbrew held the brewer, though a reader might guess it); no
 # acquired(Lion Nathan, Tooheys Limited) (Tooheys is said only to be part of the group); 'moved from the Camperdown
 # Hahn Brewery to Tooheys' -> nothing (production moved, not ownership); 'Home-brew kits are distributed by Lion' ->
 # no provider (unnamed products); the Hahn trademark -> no Service (the brewery's name)
 relations=[L(TL, "parentOrganization", LN), L("Kirin Company", "acquired", LN),
            L(LN, "parentOrganization", "Kirin Company"), L("Tooheys Black Old Ale", "provider", TL),
            L("Tooheys New", "provider", TL), L(TL, "acquired", "Miller's Brewers"),
            L("Miller's Brewers", "parentOrganization", TL), L(BC, "acquired", CT), L(CT, "parentOrganization", BC),
            L(NH, "parentOrganization", BC), L(LN, "acquired", NH), L(NH, "parentOrganization", LN),
            L(LN, "acquired", HB), L(HB, "parentOrganization", LN)],
 outages=[],
 # '2009', '1869', '1875', '1902', '1930', '1955', '1967', '1975', '1980', '1985', '1990', '1992', '1993', '1999';
 # 'the 1860s' -> nothing (a decade)
 dates=[D("2009", "2009"), D("1869", "1869"), D("1875", "1875"), D("1902", "1902"), D("1930", "1930"),
        D("1955", "1955"), D("1967", "1967"), D("1975", "1975"), D("1980", "1980"), D("1985", "1985"),
        D("1990", "1990"), D("1992", "1992"), D("1993", "1993"), D("1999", "1999")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

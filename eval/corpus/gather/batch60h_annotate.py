#!/usr/bin/env python3
"""Batch 60h gold annotations (the texts of batch60h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-60a; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the turn of the twentieth
century', 'the nineteenth and twentieth centuries', 'the 1870s' (centuries, decades), 'Within five years', 'eight years
later', 'at age 70', 'At that time' (relative to a year of the text, not to a publication date) -> nothing (as batches
59a-60a left theirs); '1920 Stock' (the name of a class of cars, no time) -> no date. No text tells an outage, so every
`outages` list is empty; none tells a near-miss of one (Aveling & Porter's bankruptcy is a business failure;
GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-60a): a company 'acquired', 'bought', 'sold ... to'
(completed) -> acquired + parentOrganization(target, buyer); 'sold a majority stake in the company to' -> acquired +
parentOrganization (a purchase of control, doubtful, as batches 32j and 32k read a majority stake); 'wholly owned by',
'a wholly owned subsidiary of', '84% owned by', 'the parent X' -> parentOrganization; 'X merged with Y', 'came about
following the merger of A and B', 'the firms merged and C was established' -> nothing (a merger with no buyer named;
GUIDELINES, Relations); 'his largest customer, X', 'built a number of vehicles for X' -> partner (a customer or supply
relation stated as fact, the supplier first, as batch 40zk's 'its single largest customer'); a named product or brand
('the Perkins Diesel Engine', 'the Fyffes and Turbana brands', 'the Fyffes Gold Pineapples', '1920 Stock') -> Service
with provider to the company that makes or markets it (doubtful where the maker is read from the founder's title or
the order); 'founded by A' -> founder, 'founded by A and B and C', 'the two ... form their own company', 'went into
partnership with' -> cofounder each (the last doubtful); 'technical director' -> director (a board post as GUIDELINES
maps 'managing director' and 'executive director'; doubtful: a reader might give cto), 'president of the new concern'
-> president, current false where the text tells the person retired from the company's management; a first name
alone for one of two people named together ('Henry and Thomas Johnson') -> the first name is that person's name where
the text gives no fuller form (as batch 60a's 'William', 'Robert'), else an alias of the full name ('John', 'Frank');
a misspelling of a person's name in the text ('Champman') -> alias; a company's former and later names ('Coutts Bank
von Ernst', 'RBS Coutts Bank', 'RBS Coutts') -> aliases of one entity; 'the British government', 'the British
Government' -> nothing (generic, as batch 38j left 'the British Government' and batch 37h 'the Chinese
government'); a stock index ('ISEQ') and a ticker ('FFY') -> nothing (GUIDELINES, Types); named works and facilities
('the Birkenhead Iron Works') -> Location (GUIDELINES, Types); demonyms and adjectives ('British', 'Scots', 'French')
-> nothing.
usage: batch60h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- shipbuilding and engineering, UK: Cammell Laird (the Kiwix copy of May 2015) ----------------------------------
CL = "Cammell Laird"
LS = "Laird, Son & Co."
JC = "Johnson Cammell & Co."
MC = "Metropolitan-Cammell Carriage and Wagon Company"
LU = "London Underground"
A["wp-cammell-laird"] = dict(
 # Cammell Laird, Laird, Son & Co. ('The Laird company' generic, not an alias; doubtful: a reader might add it),
 # Johnson Cammell & Co., Metropolitan-Cammell Carriage and Wagon Company, London Underground (the operator the cars
 # were built for; the corpus types London Underground as Company) -> Company; '1920 Stock' ('20 trailer cars and 20
 # control trailer cars ..., which were known as 1920 Stock': a named class of railway cars, vehicles -> Service,
 # GUIDELINES, Types; doubtful: a reader might give nothing); William Laird, John Laird (alias 'John': 'John realised
 # that ...'), Charles Cammell, 'Henry' ('Henry and Thomas Johnson': his only form in the text, so the first name is
 # the Person's name), Thomas Johnson -> Person; Birkenhead, Sheffield, Britain ("Britain's railways") -> Location;
 # the Birkenhead Iron Works ('who had established the Birkenhead Iron Works in 1824') -> Location (a named works,
 # GUIDELINES, Types: named sites and facilities; doubtful: a reader might give Company, the boiler works being the
 # business's start). No entity: 'British', 'French' (adjectives), 'Messrs. Cammell and Laird' (the two firms by their
 # principals' names, no name of their own: 'Cammell', 'Laird' not aliases), 'his three sons' (unnamed), 'the
 # company', 'a company at the forefront of shipbuilding' (generic)
 entities=[E("Company", CL), E("Company", LS), E("Location", "Birkenhead"), E("Company", JC),
           E("Location", "Sheffield"), E("Company", MC), E("Person", "William Laird"),
           E("Location", "Birkenhead Iron Works"), E("Person", "John Laird", "John"), E("Person", "Charles Cammell"),
           E("Person", "Henry"), E("Person", "Thomas Johnson"), E("Location", "Britain"), E("Company", LU),
           E("Service", "1920 Stock")],
 # 'The Laird company was founded by William Laird' -> founder at Laird, Son & Co. ('The Laird company' is the lead's
 # Laird, Son & Co.; doubtful: the firm had other names in its time, none in the text); 'Johnson Cammell & Co. was
 # founded by Charles Cammell and Henry and Thomas Johnson' -> cofounder each, current true. Near-misses: 'When he was
 # joined by his son, John Laird in 1828', 'In 1860 John Laird was joined in the business by his three sons, who
 # continued it after his death' -> no role for John Laird (a partner or heir in the business, no post named; a reader
 # might give cofounder or head); 'William Laird, who had established the Birkenhead Iron Works' -> no role (a works,
 # Location); the cut infobox's 'John Syvret, (Chairman)' -> nothing (not in the text)
 roles=[R("William Laird", "founder", LS), R("Charles Cammell", "cofounder", JC), R("Henry", "cofounder", JC),
        R("Thomas Johnson", "cofounder", JC)],
 # 'The company also built a number of vehicles for the London Underground. An order was placed for 20 trailer cars
 # and 20 control trailer cars in 1919, which were known as 1920 Stock' -> partner(Cammell Laird, London Underground)
 # (a supply relation stated as fact, the builder first; doubtful: the order's buyer is told only by 'for the London
 # Underground') and provider(1920 Stock, Cammell Laird) (the builder of the cars; doubtful, as the Service type).
 # Near-misses: 'came about following the merger of Laird, Son & Co. ... and Johnson Cammell & Co.', 'In 1903 the
 # businesses of Messrs. Cammell and Laird merged' -> no acquired and no parentOrganization of either firm to Cammell
 # Laird (a merger, no buyer named; the firms merged away); 'that side of the business was separated and became part of
 # the Metropolitan-Cammell Carriage and Wagon Company' -> no parentOrganization (the rolling-stock side is not named;
 # a reader might give parentOrganization(Metropolitan-Cammell ..., Cammell Laird), which the text does not say); 'They
 # ran with converted French motor cars' -> nothing (no maker named)
 relations=[L(CL, "partner", LU), L("1920 Stock", "provider", CL)],
 outages=[],
 # '1929', '1824', '1828', '1860', '1874', '1903', '1919', '1906'; 'the nineteenth and twentieth centuries', 'the turn
 # of the twentieth century', 'soon' -> left out; '1920 Stock' -> no date (a name)
 dates=[D("1929", "1929"), D("1824", "1824"), D("1828", "1828"), D("1860", "1860"), D("1874", "1874"),
        D("1903", "1903"), D("1919", "1919"), D("1906", "1906")])

# ---- banking, UK: Coutts (the Kiwix copy of May 2015) ---------------------------------------------------------------
CO = "Coutts & Co."
RBS = "The Royal Bank of Scotland Group"
UKFI = "UK Financial Investments"
NW = "National Westminster Bank"
BVE = "Bank von Ernst & Cie"
CCL = "Coutts & Co. Limited"
UBP = "Union Bancaire Priv\u00e9e"
JC2 = "John Campbell of Lundie"
A["wp-coutts"] = dict(
 # the bank -> Company 'Coutts & Co.', aliases 'Coutts' and 'Coutts & Co' ('The bank which was to become Coutts & Co,
 # was ...', written without the full stop); The Royal Bank of Scotland Group (aliases 'RBS' and 'RBS Group': 'the
 # parent RBS Group'), UK Financial Investments ('an investment arm of the British government'; a government-owned
 # company, Company as batch 16b typed it; doubtful: a reader might give Organization), National Westminster Bank
 # (alias 'NatWest'), Bank von Ernst & Cie (alias 'Coutts Bank von Ernst': the bank Coutts bought, under its later
 # name in the next clause; doubtful: a reader might make it a separate entity), Union Bancaire Privée -> Company; the
 # international bank -> Company 'Coutts & Co. Limited' (its last name in the text: 'when RBS Coutts was renamed Coutts
 # & Co. Limited'), aliases 'RBS Coutts Bank' ('Coutts International subsidiaries became RBS Coutts Bank'), 'RBS Coutts
 # International' ('These traded as RBS Coutts International'), 'RBS Coutts' and 'Coutts International' ('other
 # Coutts International subsidiaries', 'RBS sold Coutts International to Union Bancaire Privée'): one business under
 # its names in turn (doubtful: a reader might keep Coutts International, the business sold in 2015, apart from the
 # renamed bank); 'John Campbell of Lundie' -> Person (the fullest form of his name, 'of Lundie' his territorial style;
 # Lundie not a separate entity, as a company named only inside another name; doubtful: a reader might give Person
 # 'John Campbell' and Location 'Lundie'); Zürich ('Zürich-based'), London, United Kingdom, Switzerland, Middle East,
 # Asia, Scotland -> Location. No entity: 'the British government' (generic), 'Scots' (a demonym), 'the commercial and
 # private banking division of The Royal Bank of Scotland Group' (unnamed), 'a goldsmith-banker's shop' (generic)
 entities=[E("Company", CO, "Coutts", "Coutts & Co"), E("Company", RBS, "RBS", "RBS Group"), E("Company", UKFI),
           E("Company", NW, "NatWest"), E("Location", "Z\u00fcrich"), E("Company", BVE, "Coutts Bank von Ernst"),
           E("Company", CCL, "RBS Coutts Bank", "RBS Coutts International", "RBS Coutts", "Coutts International"),
           E("Location", "London"), E("Location", "United Kingdom"), E("Location", "Switzerland"),
           E("Location", "Middle East"), E("Location", "Asia"), E("Company", UBP), E("Person", JC2),
           E("Location", "Scotland")],
 # 'It was formed in 1692 by a young Scots goldsmith-banker, John Campbell of Lundie' -> founder at Coutts & Co.
 # ('The bank which was to become Coutts & Co'), current true (a founder stays the founder). Near-misses: the cut
 # infobox's 'Lord Waldegrave, Chairman' and 'Rory Tapner, Chief Executive' -> nothing (not in the text); 'a young
 # Scots goldsmith-banker' -> no other role (a trade, no post)
 roles=[R(JC2, "founder", CO)],
 # 'wholly owned by The Royal Bank of Scotland Group' -> parentOrganization(Coutts & Co., RBS); '(itself 84% owned by
 # UK Financial Investments ...)' -> parentOrganization(RBS, UK Financial Investments) (a majority holding stated as
 # ownership; doubtful: a reader might leave a shareholding out); 'RBS acquired Coutts when it bought NatWest in 2000'
 # -> acquired(RBS, NatWest) + parentOrganization(NatWest, RBS), and acquired(RBS, Coutts & Co.) (the text's own
 # words; the parentOrganization is the one above); 'Coutts is a wholly owned subsidiary of National Westminster Bank'
 # -> parentOrganization(Coutts & Co., NatWest) (both parents kept: NatWest the direct owner, RBS the group); 'Coutts
 # then acquired Zürich-based Bank von Ernst & Cie in 2003' -> acquired(Coutts & Co., Bank von Ernst & Cie) +
 # parentOrganization(Bank von Ernst & Cie, Coutts & Co.) (completed; it was later folded into RBS Coutts Bank, not
 # told as merged away at the purchase); 'These traded as RBS Coutts International to align them with the parent RBS
 # Group' -> parentOrganization(Coutts & Co. Limited, RBS); 'In March 2015, RBS sold Coutts International to Union
 # Bancaire Privée' -> acquired(Union Bancaire Privée, Coutts & Co. Limited) + parentOrganization(Coutts & Co. Limited,
 # Union Bancaire Privée) (a completed sale of the business; relations carry no time, so the earlier parent RBS is
 # kept too). Near-misses: 'Coutts Bank von Ernst and other Coutts International subsidiaries became RBS Coutts Bank'
 # -> no parentOrganization(Bank von Ernst & Cie, Coutts & Co. Limited) (merged into it: a renaming and combination,
 # no owner told) and no parentOrganization(Coutts & Co. Limited, Coutts & Co.) (the 'Coutts International
 # subsidiaries' are not said to be Coutts & Co.'s own; the text names RBS Group as their parent; a reader might give
 # it); 'part of the commercial and private banking division of The Royal Bank of Scotland Group' -> nothing more (the
 # division is unnamed); 'an investment arm of the British government' -> nothing (no government entity)
 relations=[L(CO, "parentOrganization", RBS), L(RBS, "parentOrganization", UKFI), L(RBS, "acquired", NW),
            L(NW, "parentOrganization", RBS), L(RBS, "acquired", CO), L(CO, "parentOrganization", NW),
            L(CO, "acquired", BVE), L(BVE, "parentOrganization", CO), L(CCL, "parentOrganization", RBS),
            L(UBP, "acquired", CCL), L(CCL, "parentOrganization", UBP)],
 outages=[],
 # '1692', '2000', '2003', '2008', '2011', 'March 2015'; 'then', 'until 2011' (the year listed once) -> as listed
 dates=[D("1692", "1692"), D("2000", "2000"), D("2003", "2003"), D("2008", "2008"), D("2011", "2011"),
        D("March 2015", "2015-03")])

# ---- engineering, UK: Frank Perkins (the-uncensored-wiki.com's copy of about 2006) ---------------------------------
FP = "Frank Perkins"
PE = "Perkins Engines Company"
CC = "Charles Chapman"
MF = "Massey-Ferguson"
A["wp-frank-perkins"] = dict(
 # Frank Perkins (aliases 'Frank': 'Frank started working ...', and 'Perkins': 'Perkins president of the new concern',
 # 'Perkins would go on building new engines'), Charles Chapman (alias 'Champman': 'Champman was technical director',
 # the article's misspelling of the same man) -> Person; Perkins Engines Company ('the Perkins Engines Company', 'their
 # own company, Perkins Engines Company'), Barford and Perkins ('that family firm'), Aveling & Porter, Massey-Ferguson
 # -> Company; the Perkins Diesel Engine ('creator of the Perkins Diesel Engine': a named product, an engine -> Service,
 # GUIDELINES, Types; doubtful: a reader might give nothing for a product line named after its maker) -> Service;
 # Peterborough, United Kingdom, Rochester, Kent -> Location. No entity: 'British' (an adjective), 'the agricultural
 # tractor market', 'the new concern', 'the company' (generic), 'his grandfather and father' (unnamed)
 entities=[E("Person", FP, "Frank", "Perkins"), E("Location", "Peterborough"), E("Location", "United Kingdom"),
           E("Service", "Perkins Diesel Engine"), E("Company", PE), E("Company", "Barford and Perkins"),
           E("Person", CC, "Champman"), E("Company", "Aveling & Porter"), E("Location", "Rochester"),
           E("Location", "Kent"), E("Company", MF)],
 # 'founder of the Perkins Engines Company' -> founder at Perkins Engines Company, current true; 'the two were forced to
 # form their own company, Perkins Engines Company' -> cofounder for Charles Chapman, current true (the text calls
 # Perkins 'founder' and tells Chapman formed the company with him; doubtful: a reader might give cofounder to both,
 # or founder to Perkins only); 'Champman was technical director ... of the new concern' -> director at Perkins
 # Engines Company (doubtful: a reader might give cto or executive), current true (nothing says he left); 'and Perkins
 # president of the new concern' -> president, current false ('At that time he would also retire from day-to-day
 # management activities at the company', in 1959; he died in 1967). Near-misses: 'while working at Aveling & Porter'
 # (both men) -> no role (employment, no post); 'his grandfather and father, who both worked for Barford and Perkins'
 # -> nothing (unnamed people); 'British engineer, businessman' -> no role (no organisation)
 roles=[R(FP, "founder", PE), R(CC, "cofounder", PE), R(CC, "director", PE), R(FP, "president", PE, False)],
 # 'he sold a majority stake in the company to his largest customer, Massey-Ferguson, in 1959' -> acquired(Massey-
 # Ferguson, Perkins Engines Company) + parentOrganization(Perkins Engines Company, Massey-Ferguson) (a completed sale
 # of control; doubtful, as batches 32j and 32k read a majority stake) and partner(Perkins Engines Company,
 # Massey-Ferguson) ('his largest customer': a customer relation stated as fact, the supplier first, as batch 40zk);
 # 'creator of the Perkins Diesel Engine, and founder of the Perkins Engines Company' -> provider(Perkins Diesel Engine,
 # Perkins Engines Company) (a careful reader is sure the company he founded makes the engine named after him;
 # doubtful: the text ties the engine to the man). Near-misses: 'Aveling & Porter went bankrupt' -> nothing (no
 # relation, no outage); 'Barford and Perkins, that family firm' -> no relation to Perkins Engines Company (the
 # family's older firm, no tie told)
 relations=[L(MF, "acquired", PE), L(PE, "parentOrganization", MF), L(PE, "partner", MF),
            L("Perkins Diesel Engine", "provider", PE)],
 outages=[],
 # '20 February 1889' (his birth), '1967', '7 June 1932', '1959'; 'at age 70', 'At that time', 'eight years later'
 # (relative to 1959; `published` null) -> left out
 dates=[D("20 February 1889", "1889-02-20"), D("1967", "1967"), D("7 June 1932", "1932-06-07"), D("1959", "1959")])

# ---- food and shipping, Ireland and UK: Fyffes (thefullwiki.org's copy of about 2010) ------------------------------
FY = "FYFFES PLC"
ED = "Elder Dempster & Company"
FH = "Fyffe & Hudson"
EF = "Elders & Fyffes Ltd"
A["wp-fyffes"] = dict(
 # the company -> Company 'FYFFES PLC' (the text's fullest form, in capitals as written), alias 'Fyffes' ('Fyffes is
 # the oldest fruit brand in the world', 'the Fyffes and Turbana brands': the company's name as its brand, kept on the
 # company since one surface form stands for one entity; doubtful: a reader might add a Service 'Fyffes'); Elder
 # Dempster & Company (alias 'Elder Dempster': "Elder Dempster’s fruit importing business", 'to Elder Dempster'), Fyffe
 # & Hudson, Elders & Fyffes Ltd -> Company; Turbana ('the Fyffes and Turbana brands') and Fyffes Gold Pineapples (a
 # named product line) -> Service; Thomas Fyffe, 'Hudson' ('a fruit dealer named Hudson', his only form) -> Person;
 # North Anne Street, Dublin ('Dublin 7', a postal district of the city; the name without the district number, doubtful:
 # a reader might give 'Dublin 7'), Ireland, Europe, United States, London, Canary Islands (alias 'Canaries': 'land
 # in the Canaries', 'which traded in the Canaries'), England, Jamaica, Britain ("Britain’s overseas colonies") ->
 # Location. No entity: 'ISEQ' (a stock index; GUIDELINES, Types), 'FFY' (a ticker), 'Fyffes melons' (the brand on
 # melons, not a product name of its own as 'Fyffes Gold Pineapples' is; doubtful: a reader might give Service),
 # 'The Group' (generic), 'the British Government' (generic, as batch 38j left 'the British
 # Government'), 'British' (an adjective), 'the island' (Jamaica again, generic)
 entities=[E("Company", FY, "Fyffes"), E("Location", "North Anne Street"), E("Location", "Dublin"),
           E("Location", "Ireland"), E("Service", "Fyffes Gold Pineapples"), E("Location", "Europe"),
           E("Location", "United States"), E("Service", "Turbana"), E("Person", "Thomas Fyffe"),
           E("Location", "London"), E("Person", "Hudson"), E("Location", "Canary Islands", "Canaries"),
           E("Location", "England"), E("Company", ED, "Elder Dempster"), E("Company", FH), E("Location", "Jamaica"),
           E("Location", "Britain"), E("Company", EF)],
 # 'Thomas Fyffe, a London food wholesaler, went into partnership with a fruit dealer named Hudson' and 'the success
 # of Fyffe & Hudson' -> cofounder each at Fyffe & Hudson (the partnership the text then names after the two men;
 # doubtful: 'went into partnership' names no firm in that sentence, a reader might give no role), current true.
 # Near-misses: 'a London food wholesaler', 'a fruit dealer' -> no other role (trades, no organisation); the cut
 # infobox's 'Key people D.V. McCann' -> nothing (not in the text)
 roles=[R("Thomas Fyffe", "cofounder", FH), R("Hudson", "cofounder", FH)],
 # 'the brand is actually applied to a wide range of fruits, most notably the Fyffes Gold Pineapples' ->
 # provider(Fyffes Gold Pineapples, FYFFES PLC); 'The Group currently markets fruit ... under the Fyffes and Turbana
 # brands' -> provider(Turbana, FYFFES PLC). Near-misses: 'In May 1901 the firms merged and Elders & Fyffes Ltd was
 # established in London' -> no acquired and no parentOrganization (a merger, no buyer named; 'the firms' are Fyffe &
 # Hudson and Elder Dempster's fruit business by the context, merged away); Elders & Fyffes Ltd and FYFFES PLC -> no
 # relation (the text does not tie the 1901 company to the present one in the kept part); 'the British Government
 # agreed to pay a subsidy of £40,000 a year to Elder Dempster to run a regular steamer service to Jamaica' -> no
 # partner (the government is no entity here; a reader annotating it might give partner); 'Elder Dempster ... had
 # observed the success of Fyffe & Hudson and followed suit' -> nothing (a rival, no relation); 'a steamer service' ->
 # no Service (unnamed)
 relations=[L("Fyffes Gold Pineapples", "provider", FY), L("Turbana", "provider", FY)],
 outages=[],
 # '1878', '1898', 'May 1901'; 'the 1870s' (a decade), 'Within five years', 'currently', 'then' -> left out
 dates=[D("1878", "1878"), D("1898", "1898"), D("May 1901", "1901-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

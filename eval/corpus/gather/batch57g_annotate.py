#!/usr/bin/env python3
"""Batch 57g gold annotations (the texts of batch57g.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p and 57b; batch10_annotate.write_parts), so with four
texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'the early 1840s', 'the mid 1900s', 'the twentieth century', 'the early 19th century' (parts of a century or a
decade, as batches 55f, 55i, 55s, 56f and 57b left them out), 'the 1830s', 'the 1850s', 'the 1980s' (decades, as batch
25b on skipped them), 'Within its first decades', 'for a long time', 'likely in the summertime' (hedged), 'for 50
years' and 'present day' (unanchored) -> nothing. No text tells an outage, so every `outages` list is empty, and none
tells a near-miss of one (a brewery's closure and a revoked licence are business events, salvage a service to ships;
GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b): a company 'acquired by', 'purchased by' and 'its acquisition of X's Y business' -> acquired +
parentOrganization(target, buyer) (ownership that ended kept: relations carry no time; the seller of a named business
-> parentOrganization(business, seller)); 'a subsidiary of', 'The company's parent', 'sister company' of a subsidiary
and 'had a number of owners, including' -> parentOrganization only (no purchase told); a minority stake ('owns 4.2 per
cent of') -> nothing; a person who owns a company ('owned by Sherry Brydson') -> no relation and no role; purchases of
an unnamed business, of rights or of an existing brewery from a person -> nothing (asset purchases); 'components for'
a named company -> partner(supplier, customer), direction as written (a supply relation); aircraft models and beers ->
Service (GUIDELINES, Types), with provider to the maker the text names or a careful reader is sure of; 'founded by A'
-> founder; 'established ... by A and B', 'founded ... by A, B, C, and D' -> cofounder each; 'retired as president'
-> president, current false; 'remained as CEO until 2010 when he relinquished that role and was made Chairman' -> ceo
current false and chairman current true; 'took on management of the company' and 'general manager' -> executive
(GUIDELINES: 'manager' -> executive); 'partners in an ale brewery', 'named a partner', 'merchants', 'newspaper magnate'
-> no role (owners or trades, no post at a named organisation); a port, an airport and a lane -> Location (named sites;
GUIDELINES, Types); former names ('L. Smit & Co.', 'Cork Porter Brewery') -> aliases; ships ('Kinderdijk', 'Kursk') ->
no entity (GUIDELINES, Types); demonyms and adjectives ('Dutch', 'Norwegian-born', 'Canadian', 'Japanese-owned',
'Irish', 'British') -> nothing.
usage: batch57g_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- brewing, Ireland: Beamish and Crawford --------------------------------------------------------------------------
BC = "Beamish and Crawford"
HI = "Heineken International"
A["wp-beamish-crawford"] = dict(
 # the brewery -> Company 'Beamish and Crawford', alias 'Cork Porter Brewery' (the brewery the four men founded in 1791,
 # told in the History section as the firm's beginning; doubtful: a reader might make it a separate Company, and the
 # text gives 1791 and 1792 for the founding); Carling O'Keefe, Elders IXL, Scottish & Newcastle, Heineken
 # International (alias 'Heineken', 'a nearby Heineken operated facility') -> Company; Beamish stout -> Service (a beer,
 # a product users buy); William Beamish (alias 'Beamish'), William Crawford (alias 'Crawford'), Richard Barrett (alias
 # 'Barrett'), Digby O'Brien (the curly apostrophe as written; alias 'O'Brien'), Edward Allen, Aylmer Allen -> Person;
 # Cork, Ireland, Great Britain, England, Cramer's Lane (a street where the brewery stood; a named site, as batch 57b's
 # Whitaker Street; doubtful) -> Location. 'approached Beamish and Crawford in 1791' names the two men with the
 # company's surface form (no further alias). No entity: 'an existing porter brewery', 'an ale brewery in Cork', 'an
 # existing brewery' (unnamed), 'Irish porter', 'British porter', 'British settlers' (adjectives), 'the city'
 entities=[E("Company", BC, "Cork Porter Brewery"), E("Location", "Cork"), E("Location", "Ireland"),
           E("Person", "William Beamish", "Beamish"), E("Person", "William Crawford", "Crawford"),
           E("Company", "Carling O'Keefe"), E("Company", "Elders IXL"), E("Company", "Scottish & Newcastle"),
           E("Company", HI, "Heineken"), E("Service", "Beamish stout"), E("Location", "Great Britain"),
           E("Location", "England"), E("Person", "Richard Barrett", "Barrett"),
           E("Person", "Digby O\u2019Brien", "O\u2019Brien"), E("Person", "Edward Allen"), E("Person", "Aylmer Allen"),
           E("Location", "Cramer's Lane")],
 # 'established in 1792 by William Beamish and William Crawford' -> cofounder each (two founders named; batch 57b's
 # convention); 'The Cork Porter Brewery was founded in 1791 by Beamish, Crawford, Barrett, and O'Brien' -> cofounder
 # for Richard Barrett and Digby O'Brien as well (through the alias; doubtful: a reader who keeps the Cork Porter
 # Brewery apart would give the two their roles there). All current true (founders stay founders). Near-misses: 'both
 # merchants' -> no role; 'already partners in an ale brewery in Cork' -> no role (an unnamed brewery; a partner is an
 # owner); 'Aylmer Allen who had run the brewery until his death' -> no role (the unnamed brewery bought, no title);
 # Edward Allen (the seller) -> no role
 roles=[R("William Beamish", "cofounder", BC), R("William Crawford", "cofounder", BC),
        R("Richard Barrett", "cofounder", BC), R("Digby O\u2019Brien", "cofounder", BC)],
 # 'had a number of owners, including Carling O'Keefe, Elders IXL, Scottish & Newcastle and, most recently, Heineken
 # International' -> parentOrganization to each (ownership in turn, kept though past; as batch 57b's 'currently a
 # subsidiary of'); 'Beamish stout is still brewed in the city, at a nearby Heineken operated facility' ->
 # provider(Beamish stout, Heineken International) and, from 'still brewed' after the brewery closed,
 # provider(Beamish stout, Beamish and Crawford) (doubtful: the text never says in so many words that the company
 # brewed it). Near-misses: no acquired for any owner (the text does not tell the purchases; a reader might add
 # acquired from 'owners'); 'entered a business partnership in July 1785' -> no partner (two persons); 'They purchased
 # an existing brewery from Edward Allen' -> no acquired (an unnamed brewery bought from a person, an asset purchase);
 # 'Barrett and O'Brien ... approached Beamish and Crawford' -> no partner (people, not organisations)
 relations=[L(BC, "parentOrganization", "Carling O'Keefe"), L(BC, "parentOrganization", "Elders IXL"),
            L(BC, "parentOrganization", "Scottish & Newcastle"), L(BC, "parentOrganization", HI),
            L("Beamish stout", "provider", HI), L("Beamish stout", "provider", BC)],
 outages=[],
 # '1792', '2009' (twice each, one value) -> one item each; '1791' (three times) -> one item; 'July 1785', 'May 1791';
 # 'since at least 1650 (and possibly as early as 1500)' -> '1650' and '1500' (absolute years); 'In the early 19th
 # century', 'for a long time', 'likely in the summertime' (hedged; the season's year, 1791, is listed already) -> left out
 dates=[D("1792", "1792"), D("2009", "2009"), D("1791", "1791"), D("July 1785", "1785-07"),
        D("May 1791", "1791-05"), D("1650", "1650"), D("1500", "1500")])

# ---- brewing, Canada: Sleeman Breweries ------------------------------------------------------------------------------
SB = "Sleeman Breweries"
JWS = "John Warren Sleeman"
SP = "Sapporo Brewery"
A["wp-sleeman-breweries"] = dict(
 # the company -> Company 'Sleeman Breweries' ('The original Sleeman Breweries' of the 1850s is the same name for the
 # line the company re-established: one entity); Sapporo Brewery (alias 'Sapporo': 'The company's parent Sapporo'), The
 # Beer Store ('Ontario's primary beer retailer'; 'The' as part of the name as written), Stamford Spring Brewery,
 # Hodgert's Brewery (the curly apostrophe as written), Silver Creek Brewery -> Company; Stroh's ('the Stroh's family
 # of brands'), Maclays Ale, Sapporo Premium ('Sapporo Premium beers') -> Service (beers, products users buy; doubtful
 # for 'Stroh's', a family of brands); John Warren Sleeman (alias 'John W. Sleeman'), John H. Sleeman (alias 'John
 # H.'), George Sleeman -> Person; Guelph, Ontario, Canada, Cornwall, England, Upper Canada, St. David's,
 # Niagara-on-the-Lake -> Location. No entity: 'its own Sleeman brands' (no brand named), 'the Sleeman family' (a
 # family), 'Japanese-owned', 'Canadian' (adjectives)
 entities=[E("Company", SB), E("Person", JWS, "John W. Sleeman"), E("Location", "Guelph"), E("Location", "Ontario"),
           E("Location", "Canada"), E("Service", "Stroh's"), E("Service", "Maclays Ale"),
           E("Service", "Sapporo Premium"), E("Company", SP, "Sapporo"), E("Company", "The Beer Store"),
           E("Person", "John H. Sleeman", "John H."), E("Location", "Cornwall"), E("Location", "England"),
           E("Location", "Upper Canada"), E("Location", "St. David's"), E("Location", "Niagara-on-the-Lake"),
           E("Company", "Stamford Spring Brewery"), E("Company", "Hodgert\u2019s Brewery"),
           E("Company", "Silver Creek Brewery"), E("Person", "George Sleeman")],
 # 'founded by John Warren Sleeman in 1988' -> founder, current true ('re-established the brewery' the same act);
 # 'remained as CEO until 2010 when he relinquished that role' -> ceo, current false; 'was made Chairman of the
 # company' -> chairman, current true; 'where he founded the Stamford Spring Brewery in 1836' -> founder (John H.
 # Sleeman) at Stamford Spring Brewery; 'the Silver Creek Brewery, which he opened in 1851' -> founder at Silver Creek
 # Brewery (doubtful: 'opened' read as founded; a reader might give nothing); 'His son George Sleeman joined the
 # company in 1859 as general manager' -> executive at Sleeman Breweries, current true (the text does not end the post;
 # doubtful: 'the company' read as the family's brewing company, the original Sleeman Breweries, where a reader might
 # attach the post to the Silver Creek Brewery). Near-misses: 'was named a partner in 1865' -> no role (a partner is an
 # owner, no title in the vocabulary; a reader might give other); John H. Sleeman -> no founder role at Sleeman
 # Breweries (the text does not say who established the original firm in the 1850s); 'operated a series of breweries
 # including the Hodgert's Brewery' -> no role (no post told)
 roles=[R(JWS, "founder", SB), R(JWS, "ceo", SB, False), R(JWS, "chairman", SB),
        R("John H. Sleeman", "founder", "Stamford Spring Brewery"),
        R("John H. Sleeman", "founder", "Silver Creek Brewery"), R("George Sleeman", "executive", SB)],
 # 'In 2006, Sleeman Breweries was purchased by Sapporo Brewery' -> acquired + parentOrganization ('The company's
 # parent Sapporo' the same); 'the company produces under licence the Stroh's family of brands, Maclays Ale and Sapporo
 # Premium beers' -> provider to Sleeman Breweries for each (the maker the text names; doubtful: the brands' owners
 # are not named, and a reader might give provider(Sapporo Premium, Sapporo Brewery) from the name, or licensing
 # partners). Near-misses: 'Sapporo owns 4.2 per cent of ... The Beer Store' -> no parentOrganization (a minority
 # stake; a reader might add it from the infobox's 'Subsid' line, cut); 'a line of brewing companies owned by the
 # Sleeman family' -> nothing (a family, no entity)
 relations=[L(SP, "acquired", SB), L(SB, "parentOrganization", SP), L("Stroh's", "provider", SB),
            L("Maclays Ale", "provider", SB), L("Sapporo Premium", "provider", SB)],
 outages=[],
 # all years as written; 'the 1830s', 'the 1850s', 'the 1980s' (decades), 'for 50 years' (a span), 'present day' ->
 # left out
 dates=[D("1988", "1988"), D("1933", "1933"), D("2006", "2006"), D("2010", "2010"), D("1805", "1805"),
        D("1834", "1834"), D("1836", "1836"), D("1847", "1847"), D("1851", "1851"), D("1859", "1859"),
        D("1865", "1865"), D("1893", "1893")])

# ---- shipping, Netherlands: Smit International -----------------------------------------------------------------------
SM = "Smit Internationale N.V."
LM = "Land & Marine"
A["wp-smit-international"] = dict(
 # the company -> Company 'Smit Internationale N.V.' (the fullest name), aliases 'Smit International' and 'L. Smit &
 # Co.' (the name it was founded under); Costain Group, Land & Marine ('Costain Group's Land & Marine business', a
 # named business; doubtful as a Company), Boskalis, Euronext Amsterdam (a stock exchange, a business; GUIDELINES,
 # Types) -> Company; Fop Smit (alias 'Fop', "Fop's sons"), Jan, Leendert (first names only, as batch 57b's 'Liam')
 # -> Person; the Port of Rotterdam (a named port, a site), Singapore ('Singapore-based', as batch 56p's) -> Location.
 # No entity: 'Kinderdijk' (a paddle steamer) and 'Kursk' (a vessel salvaged) (ships' names; GUIDELINES, Types), 'its
 # Singapore-based subsidiary' and 'the joint ventures' (unnamed), 'Dutch' (adjective)
 entities=[E("Company", SM, "Smit International", "L. Smit & Co."), E("Person", "Fop Smit", "Fop"),
           E("Location", "Port of Rotterdam"), E("Location", "Singapore"), E("Company", "Costain Group"),
           E("Company", LM), E("Company", "Boskalis"), E("Company", "Euronext Amsterdam"), E("Person", "Jan"),
           E("Person", "Leendert")],
 # 'Founded in 1842 by Fop Smit' -> founder, current true; "Fop's sons, Jan and Leendert, took on management of the
 # company" -> executive each, current true (managers of the company; GUIDELINES 'manager' -> executive; doubtful: no
 # title is named, and a reader might give nothing or director). Near-miss: 'who operated the paddle steamer
 # Kinderdijk' -> no role beyond founder
 roles=[R("Fop Smit", "founder", SM), R("Jan", "executive", SM), R("Leendert", "executive", SM)],
 # 'In 2010, it was acquired by Boskalis' -> acquired + parentOrganization; 'its acquisition of Costain Group's Land &
 # Marine business in 1996' -> acquired(Smit, Land & Marine) + parentOrganization(Land & Marine, Smit) and
 # parentOrganization(Land & Marine, Costain Group) (the seller's ownership, past, kept; doubtful: a reader might read
 # a 'business' bought as an asset purchase and give nothing). Near-misses: 'delisted from the Euronext Amsterdam' ->
 # no relation (a listing is no partnership); 'its Singapore-based subsidiary' and 'the joint ventures with controlling
 # stakes' -> nothing (unnamed); 'has undertaken the salvage of various vessels' -> no partner (no client named)
 relations=[L("Boskalis", "acquired", SM), L(SM, "parentOrganization", "Boskalis"), L(SM, "acquired", LM),
            L(LM, "parentOrganization", SM), L(LM, "parentOrganization", "Costain Group")],
 outages=[],
 # '1842' (twice, one value) -> one item; 'By 2009' -> '2009'; 'During 1870' -> '1870'; 'the early 1840s', 'the mid
 # 1900s', 'the twentieth century', 'Within its first decades' -> left out
 dates=[D("1842", "1842"), D("1975", "1975"), D("1996", "1996"), D("2009", "2009"), D("2010", "2010"),
        D("1870", "1870")])

# ---- aviation, Canada: Viking Air ------------------------------------------------------------------------------------
VA = "Viking Air Ltd."
DH = "De Havilland Canada"
LA = "Longview Aviation Capital"
A["wp-viking-air"] = dict(
 # the company -> Company 'Viking Air Ltd.', alias 'Viking Air' ('president of Viking Air'); De Havilland Canada
 # ('sister company De Havilland Canada'), aliases 'de Havilland Canada' ('older de Havilland Canada aircraft', the
 # maker of the older aircraft) and 'DHC' ('the DHC name') -> one Company (doubtful: the maker of the older aircraft
 # and the sister company of 2024 share the name, and the text does not tell them apart; a reader might keep two, or
 # leave 'DHC' out); Bell Helicopter Textron, Longview Aviation Capital, Bombardier Aerospace -> Company; the DHC-2
 # Beaver and the DHC-3 Otter -> Service (aircraft models; GUIDELINES, Types); Nils Christensen (alias 'Christensen'),
 # Sherry Brydson, Roy Thomson, David Thomson -> Person; Victoria International Airport (an airport; GUIDELINES,
 # Types), North Saanich, British Columbia, Canada -> Location. No entity: 'Norwegian-born', 'Canadian' (adjectives),
 # 'the parts and service business' and 'the largest family fortune' (unnamed), 'flying boats' (a kind of aircraft)
 entities=[E("Company", VA, "Viking Air"), E("Location", "Victoria International Airport"),
           E("Location", "North Saanich"), E("Location", "British Columbia"), E("Location", "Canada"),
           E("Service", "DHC-2 Beaver"), E("Company", DH, "de Havilland Canada", "DHC"),
           E("Company", "Bell Helicopter Textron"), E("Company", LA), E("Person", "Nils Christensen", "Christensen"),
           E("Service", "DHC-3 Otter"), E("Person", "Sherry Brydson"), E("Person", "Roy Thomson"),
           E("Person", "David Thomson"), E("Company", "Bombardier Aerospace")],
 # 'The company was established in 1970 by ... Nils Christensen' -> founder, current true; 'He retired as president of
 # Viking Air in 1987' -> president, current false. Near-misses: Sherry Brydson, who owns Longview Aviation Capital ->
 # no role (an owner is no title); 'deceased newspaper magnate Roy Thomson' -> no role (no organisation named); David
 # Thomson -> no role; the CEO Brian Chafe is in the cut infobox only
 roles=[R("Nils Christensen", "founder", VA), R("Nils Christensen", "president", VA, False)],
 # 'operated as a subsidiary of Longview Aviation Capital until it was amalgamated into it' and 'The company is a
 # subsidiary of Longview Aviation Capital' -> parentOrganization; 'along with sister company De Havilland Canada' ->
 # parentOrganization(De Havilland Canada, Longview Aviation Capital) (a sister company shares the parent; doubtful:
 # implied, not stated); 'components for Bell Helicopter Textron' -> partner(Viking Air Ltd., Bell Helicopter Textron)
 # (a supplier relation, direction as written; doubtful); the DHC-2 Beaver and the DHC-3 Otter -> provider(...,
 # De Havilland Canada) (the maker a careful reader is sure of: the rights to them came 'from de Havilland Canada',
 # and 'DHC' names both). Near-misses: the amalgamation of August 2024 -> no acquired (a merger into the parent, no
 # buyer told); 'Christensen acquired the exclusive rights from de Havilland Canada' -> no partner (a person took the
 # rights; a reader might give partner(Viking Air Ltd., De Havilland Canada) as a licensing deal); 'purchased the parts
 # and service business ... from Bombardier Aerospace' -> no acquired (an unnamed business, an asset purchase); 'The
 # company provides upgrades to the DHC-2 Beaver' -> no provider to Viking Air (it upgrades, does not make, the type);
 # 'which is owned by Sherry Brydson' -> no relation (a person)
 relations=[L(VA, "parentOrganization", LA), L(DH, "parentOrganization", LA),
            L(VA, "partner", "Bell Helicopter Textron"), L("DHC-2 Beaver", "provider", DH),
            L("DHC-3 Otter", "provider", DH)],
 outages=[],
 # 'August 2024', '1970', '1983', '1987', 'May 2005'
 dates=[D("August 2024", "2024-08"), D("1970", "1970"), D("1983", "1983"), D("1987", "1987"),
        D("May 2005", "2005-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

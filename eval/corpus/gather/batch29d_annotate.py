#!/usr/bin/env python3
"""Batch 29d gold annotations (the 12 texts of batch29d.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). All 12 are Wikipedia texts with `published` null:
only absolute dates (GUIDELINES.md, Dates).
Conventions applied here (GUIDELINES.md part 2 and batches 26e/27d/28d): a completed purchase -> acquired +
parentOrganization; an agreed or pending deal -> acquired only; a joint purchase by a consortium -> acquired for each
buyer and partner between the buyers (no parentOrganization: the split of ownership is not stated); bids, offers,
failed or blocked deals, mergers with no buyer named, stakes, purchases of unnamed businesses or assets -> nothing; a
stated owner, unit, subsidiary, division or parent -> parentOrganization (kept when told as past: relations carry no
time); a consortium or a joint creation -> partner between its named members; a supply deal -> partner; a product,
brand or service the text says a company makes, runs or owns -> provider; former and later names of one company ->
aliases; founders -> founder.
usage: batch29d_annotate.py POOL_DIR eval/corpus"""
import os, sys
from itertools import combinations
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


def partners(*names):
    """partner between every two named members, in the order the text names them (a consortium, a joint creation)."""
    return [L(a, "partner", b) for a, b in combinations(names, 2)]


A = {}
# ---- agrochemicals: Syngenta -------------------------------------------------------------------------------------------
SY = "Syngenta AG"
SG = "Syngenta Group"
CC = "China National Chemical Corporation"
A["wp-syngenta"] = dict(
 # the company ('Syngenta AG', 'Syngenta') and the 2020 group ('Syngenta Group') -> two Companies; its two units, the
 # group's Chinese business ('Syngenta Group China', formerly Sinochem's agricultural business), Adama, Sinochem,
 # ChemChina, Novartis, AstraZeneca and their named agribusinesses, Garst, Advanta, Golden Harvest Seeds, the
 # competitors and the two investment banks -> Company; Basel, Switzerland -> Location; 'Chinese', 'North American' ->
 # nothing; the product kinds (pesticides, corn, soya) -> nothing
 entities=[E("Company", SY, "Syngenta"), E("Location", "Basel"), E("Location", "Switzerland"), E("Company", SG),
           E("Company", "Sinochem"), E("Company", "Novartis"), E("Company", "AstraZeneca"),
           E("Company", CC, "ChemChina"), E("Company", "Syngenta Crop Protection"), E("Company", "Syngenta Seeds"),
           E("Company", "Adama"), E("Company", "Syngenta Group China"), E("Company", "Novartis Agribusiness"),
           E("Company", "AstraZeneca Agrochemicals"), E("Company", "Garst"), E("Company", "Advanta"),
           E("Company", "Golden Harvest Seeds"), E("Company", "Monsanto Company", "Monsanto"), E("Company", "BASF"),
           E("Company", "Dow AgroSciences"), E("Company", "Bayer CropScience"), E("Company", "DuPont Pioneer"),
           E("Company", "Morgan Stanley"), E("Company", "Goldman Sachs")],
 roles=[],
 # 'part of the Syngenta Group, entirely owned by Sinochem' -> parentOrganization twice; 'acquired by ... ChemChina in
 # 2017' -> acquired + parentOrganization; the 2020 group 'bringing together Syngenta (Syngenta Crop Protection and
 # Syngenta Seeds), Adama, and the agricultural business of Sinochem, now called Syngenta Group China, under a single
 # entity' -> the two units to Syngenta, Adama and Syngenta Group China to the group, Syngenta Group China to Sinochem
 # (its former owner, kept); 'the agrichemical businesses of Novartis and AstraZeneca' named as 'Novartis Agribusiness
 # and AstraZeneca Agrochemicals' -> parentOrganization each; their merger (no buyer) -> nothing; 'Syngenta Seeds
 # purchased Garst, the North American corn and soybean business of Advanta, as well as Golden Harvest Seeds' -> two
 # completed purchases (acquired + parentOrganization) and Garst's former owner Advanta (kept); competitors ->
 # nothing; Monsanto's 2014 offer, rejected, and the talks since 2015 -> nothing; 'working with their investment banks
 # Morgan Stanley and Goldman Sachs respectively' -> partner (an adviser engaged: a customer relation, doubtful)
 relations=parents(SG, SY) + [L(SG, "parentOrganization", "Sinochem")] + acq(CC, SY)
           + parents(SY, "Syngenta Crop Protection", "Syngenta Seeds") + parents(SG, "Adama", "Syngenta Group China")
           + [L("Syngenta Group China", "parentOrganization", "Sinochem"),
              L("Novartis Agribusiness", "parentOrganization", "Novartis"),
              L("AstraZeneca Agrochemicals", "parentOrganization", "AstraZeneca")]
           + acq("Syngenta Seeds", "Garst") + [L("Garst", "parentOrganization", "Advanta")]
           + acq("Syngenta Seeds", "Golden Harvest Seeds")
           + [L("Monsanto Company", "partner", "Morgan Stanley"), L(SY, "partner", "Goldman Sachs")],
 outages=[],
 # published null: absolute expressions only
 dates=[D("2000", "2000"), D("2017", "2017"), D("2020", "2020"), D("13 November 2000", "2000-11-13"),
        D("2004", "2004"), D("2014", "2014"), D("April 2015", "2015-04")])

# ---- banking: Dresdner Bank --------------------------------------------------------------------------------------------
DB = "Dresdner Bank AG"
A["wp-dresdner-bank"] = dict(
 # the bank ('Dresdner Bank AG', 'Dresdner Bank', 'the Dresdner Bank') -> Company; Bankhaus Kaskel, the private bank
 # converted into it, -> its own Company (a predecessor told apart, doubtful: a conversion could be read as a former
 # name); the five founding investors, Deutsche Bank, Commerzbank and the two banks it helped create -> Company;
 # Eugen Gutmann ('Gutmann') -> Person; cities, Germany and the street 'Wilsdruffer Strasse' -> Location
 entities=[E("Company", DB, "Dresdner Bank"), E("Location", "Dresden"), E("Location", "Berlin"),
           E("Location", "Frankfurt"), E("Location", "Germany"), E("Company", "Deutsche Bank"),
           E("Company", "Commerzbank"), E("Company", "Bankhaus Kaskel"), E("Person", "Eugen Gutmann", "Gutmann"),
           E("Company", "Allgemeine Deutsche Credit-Anstalt"), E("Location", "Leipzig"),
           E("Company", "Berliner Handels-Gesellschaft"), E("Company", "Deutsche Vereinsbank"),
           E("Company", "Deutsche Effecten- und Wechselbank"), E("Company", "Anglo-Deutsche Bank"),
           E("Location", "Hamburg"), E("Location", "Wilsdruffer Strasse"), E("Company", "Deutsch-Asiatische Bank"),
           E("Location", "Shanghai"), E("Company", "Banca Commerciale Italiana"), E("Location", "Milan")],
 # 'Gutmann became chairman of the new entity's board and led it until his retirement in 1920' -> chairman, not
 # current; 'banker Eugen Gutmann' (no organisation) -> nothing more
 roles=[R("Eugen Gutmann", "chairman", DB, False)],
 # 'eventually acquired by Commerzbank in May 2009' -> acquired + parentOrganization; 'The bank's founding consortium
 # of investors consisted of' five banks -> partner between the consortium's members (ten pairs; their ownership of the
 # new bank is not stated: no parentOrganization); 'acquired smaller regional institutes and several banks' (unnamed) ->
 # nothing; 'together with Deutsche Bank and others, the Dresdner Bank participated in the creation of Deutsch-Asiatische
 # Bank ..., and in 1894 of Banca Commerciale Italiana' -> partner between the two named creators; no
 # parentOrganization (a share in a founding is not stated ownership, doubtful)
 relations=acq("Commerzbank", DB)
           + partners("Allgemeine Deutsche Credit-Anstalt", "Berliner Handels-Gesellschaft", "Deutsche Vereinsbank",
                      "Deutsche Effecten- und Wechselbank", "Anglo-Deutsche Bank")
           + [L(DB, "partner", "Deutsche Bank")],
 outages=[],
 # published null; 'the 1870s' (a decade) left out; 'from 1884 to 1945' gives '1884' and '1945'
 dates=[D("1872", "1872"), D("1884", "1884"), D("1945", "1945"), D("1963", "1963"), D("May 2009", "2009-05"),
        D("12 November 1872", "1872-11-12"), D("1771", "1771"), D("1920", "1920"), D("1881", "1881"),
        D("1950", "1950"), D("1889", "1889"), D("1894", "1894")])

# ---- banking: Midland Bank ---------------------------------------------------------------------------------------------
MB = "Midland Bank Plc"
HS = "HSBC Holdings plc"
A["wp-midland-bank"] = dict(
 # the bank with its names ('Midland Bank', 'Birmingham and Midland Bank', 'London City and Midland Bank', 'Midland Bank
 # Ltd', 'Midland' in 'the Midland brand' and 'Midland offered', and its later name 'HSBC Bank', in whose favour the
 # Midland name was phased out) -> one Company; the group ('HSBC Holdings plc', 'HSBC') -> Company; the branch
 # network's brand 'HSBC UK' -> Service (doubtful); the Central Bank of London Ltd., the London Stock Exchange ->
 # Company; the Bank of England -> Organization (the central bank); Union Street, Birmingham, England, the Midlands, the
 # United Kingdom -> Location; the Big Four, the FTSE 100 Index -> not entities
 entities=[E("Company", MB, "Midland Bank", "Birmingham and Midland Bank", "London City and Midland Bank",
             "Midland Bank Ltd", "Midland", "HSBC Bank"),
           E("Location", "United Kingdom"), E("Company", HS, "HSBC"), E("Location", "Union Street"),
           E("Location", "Birmingham"), E("Location", "England"), E("Location", "Midlands"),
           E("Company", "Central Bank of London Ltd."), E("Company", "London Stock Exchange"),
           E("Service", "HSBC UK"), E("Person", "Douglas Flint"), E("Person", "Charles Geach", "Geach"),
           E("Organization", "Bank of England")],
 # 'HSBC chairman Douglas Flint' -> chairman; 'Midland Bank was founded by Charles Geach, its first manager' ->
 # founder, and 'manager' -> executive, not current (the first manager, in 1836); 'formerly worked at the Bank of
 # England' (no title) -> nothing
 roles=[R("Douglas Flint", "chairman", HS), R("Charles Geach", "founder", MB), R("Charles Geach", "executive", MB, False)],
 # 'taken over by HSBC Holdings plc' -> acquired + parentOrganization; 'merged with the Central Bank of London Ltd.'
 # (no buyer stated) and 'absorbing many local banks' (unnamed) -> nothing; HSBC's branches 'branded "HSBC UK"' ->
 # provider (doubtful)
 relations=acq(HS, MB) + [L("HSBC UK", "provider", HS)],
 outages=[],
 # published null; 'the 20th century', 'the 1830s and 1840s' left out
 dates=[D("August 1836", "1836-08"), D("1891", "1891"), D("1923", "1923"), D("1934", "1934"),
        D("June 1992", "1992-06"), D("June 1999", "1999-06"), D("10 June 2015", "2015-06-10"),
        D("September 2015", "2015-09")])

# ---- coffee shops: Costa Coffee ----------------------------------------------------------------------------------------
CO = "Costa Coffee"
A["wp-costa-coffee"] = dict(
 # the chain ('Costa Coffee', 'Costa') -> Company; Whitbread, Coca-Cola, Coffee Heaven -> Company; its vending brand
 # 'Costa Express' -> Service; the founders: 'Sergio Costa' ('Sergio') and 'Bruno' (no surname written beside his first
 # name: the text names him 'Bruno' only, doubtful) -> Person; 'the Costa family' -> nothing; places -> Location
 # ('central and eastern Europe' -> Europe)
 entities=[E("Company", CO, "Costa"), E("Location", "Dunstable"), E("Location", "Bedfordshire"),
           E("Company", "Whitbread"), E("Location", "UK"), E("Company", "Coca-Cola"), E("Location", "London"),
           E("Service", "Costa Express"), E("Location", "China"), E("Person", "Bruno"),
           E("Person", "Sergio Costa", "Sergio"), E("Location", "Lambeth"), E("Location", "England"),
           E("Location", "Parma"), E("Location", "Italy"), E("Location", "Vauxhall Bridge Road"),
           E("Location", "Cardiff"), E("Company", "Coffee Heaven"), E("Location", "Europe")],
 # 'Brothers Bruno and Sergio Costa founded a coffee roastery ... in 1971' (the business 'founded in London in 1971 by
 # the Costa family') -> founder for both; 'Bruno went on to found a tableware company' (unnamed) -> nothing
 roles=[R("Bruno", "founder", CO), R("Sergio Costa", "founder", CO)],
 # 'a wholly owned subsidiary of Whitbread', 'Acquired by Whitbread in 1995' -> acquired + parentOrganization;
 # 'Coca-Cola intends to purchase the chain ..., a deal that is expected to complete' -> an agreed deal -> acquired
 # only; 'agreed to acquire Coffee Heaven' -> acquired only; 'Costa Express vending facilities' -> provider; 'Sergio
 # bought out Bruno's share' (a stake) -> nothing
 relations=acq("Whitbread", CO) + [L("Coca-Cola", "acquired", CO), L(CO, "acquired", "Coffee Heaven"),
                                   L("Costa Express", "provider", CO)],
 outages=[],
 # published null; 'the first half of 2019' -> the year; 'the 1960s' left out
 dates=[D("31 August 2018", "2018-08-31"), D("the first half of 2019", "2019"), D("1971", "1971"),
        D("1995", "1995"), D("1978", "1978"), D("1985", "1985"), D("2009", "2009"),
        D("December 2009", "2009-12")])

# ---- telecoms: Spark New Zealand ---------------------------------------------------------------------------------------
SP = "Spark New Zealand"
A["wp-spark-new-zealand"] = dict(
 # the company with its former names ('Telecom New Zealand', 'Telecom New Zealand Limited', 'Telecom', 'Spark') -> one
 # Company; its divisions (Spark Digital, Telecom Retail, Telecom Wholesale, Chorus) -> Company each; the exchange
 # ('New Zealand Exchange', 'NZX') -> Company; the OECD and the New Zealand Telecommunications Forum -> Organization;
 # the New Zealand Post Office (a government department) -> Organization; New Zealand Post Limited ('NZPost'), Post
 # Office Bank Limited ('PostBank'), ANZ -> Company; New Zealand -> Location; the Postal Services Act 1987 (a law) ->
 # not an entity; 'central government' -> nothing
 entities=[E("Company", SP, "Telecom New Zealand", "Telecom New Zealand Limited", "Telecom", "Spark"),
           E("Location", "New Zealand"), E("Company", "Spark Digital"), E("Company", "New Zealand Exchange", "NZX"),
           E("Organization", "OECD"), E("Organization", "New Zealand Telecommunications Forum"),
           E("Organization", "New Zealand Post Office"), E("Company", "Telecom Retail"),
           E("Company", "Telecom Wholesale"), E("Company", "Chorus"),
           E("Company", "New Zealand Post Limited", "NZPost"), E("Company", "Post Office Bank Limited", "PostBank"),
           E("Company", "ANZ")],
 roles=[],
 # 'its Spark Digital division' and the three divisions of 2008 (Chorus kept though demerged in 2011: relations carry
 # no time) -> parentOrganization; 'formed in 1987 from a division of the New Zealand Post Office' -> parentOrganization
 # (its former owner, doubtful); 'privatised in 1990' (no buyer) -> nothing; 'PostBank, sold to ANZ in 1989' ->
 # acquired + parentOrganization; 'part of New Zealand Telecommunications Forum' (a membership) -> nothing
 relations=parents(SP, "Spark Digital", "Telecom Retail", "Telecom Wholesale", "Chorus")
           + [L(SP, "parentOrganization", "New Zealand Post Office")] + acq("ANZ", "Post Office Bank Limited"),
 outages=[],
 # published null
 dates=[D("1990", "1990"), D("2007", "2007"), D("1987", "1987"), D("2008", "2008"), D("2011", "2011"),
        D("8 August 2014", "2014-08-08"), D("1989", "1989")])

# ---- drinks: Allied Domecq ---------------------------------------------------------------------------------------------
AD = "Allied Domecq PLC"
PR = "Pernod Ricard S.A."
A["wp-allied-domecq"] = dict(
 # the group ('Allied Domecq PLC', 'Allied Domecq') and the buyer ('Pernod Ricard S.A.', 'Pernod Ricard') -> Company;
 # the merged predecessors (Allied Lyons, Pedro Domecq S.A., Allied Breweries, J. Lyons and Co.), Fortune Brands,
 # Diageo, the restaurant business Dunkin' Brands and the three private equity firms -> Company; Bristol, United Kingdom
 # -> Location; 'French-based', 'U.S.-based', 'US' (adjectives) -> nothing
 entities=[E("Company", AD, "Allied Domecq"), E("Location", "Bristol"), E("Location", "United Kingdom"),
           E("Company", PR, "Pernod Ricard"), E("Company", "Allied Lyons"), E("Company", "Pedro Domecq S.A."),
           E("Company", "Allied Breweries"), E("Company", "J. Lyons and Co."), E("Company", "Fortune Brands"),
           E("Company", "Diageo"), E("Company", "Dunkin' Brands"), E("Company", "Thomas H. Lee Partners"),
           E("Company", "Carlyle Group"), E("Company", "Bain Capital LLP")],
 roles=[],
 # 'Pernod Ricard successfully completed acquisition on 26 July 2005' -> acquired + parentOrganization; the bid ->
 # nothing more; the 1994 and 1978 mergers (no buyer) -> nothing; the overlapping brands sold to Fortune Brands and
 # Diageo (unnamed) -> nothing; 'the restaurant businesses (Dunkin' Brands)' of a group that 'operated ... quick service
 # restaurant businesses' -> parentOrganization to Allied Domecq; sold to 'a consortium of three US private equity
 # firms', closing on 1 March 2006 -> acquired for each buyer + partner between them (no parentOrganization)
 relations=acq(PR, AD) + [L("Dunkin' Brands", "parentOrganization", AD)]
           + [L(b, "acquired", "Dunkin' Brands") for b in ("Thomas H. Lee Partners", "Carlyle Group", "Bain Capital LLP")]
           + partners("Thomas H. Lee Partners", "Carlyle Group", "Bain Capital LLP"),
 outages=[],
 # published null; 'early 2005' -> the year
 dates=[D("1994", "1994"), D("1978", "1978"), D("early 2005", "2005"), D("26 July 2005", "2005-07-26"),
        D("12 December 2005", "2005-12-12"), D("1 March 2006", "2006-03-01")])

# ---- energy: E.ON UK (Powergen) ----------------------------------------------------------------------------------------
EU = "E.ON UK"
A["wp-eon-uk"] = dict(
 # the company and its former name ('Powergen') -> one Company; E.ON, Innogy, RWE, the London Stock Exchange -> Company;
 # the Central Electricity Generating Board -> Company (the state generating board, as the dev Hansard file types it);
 # 'the UK government' -> Organization; Essen, Germany, the UK, the Midlands, Blyth, Northumberland -> Location; 'Big
 # Six', the FTSE 100 Index -> not entities
 entities=[E("Company", EU, "Powergen"), E("Company", "E.ON"), E("Location", "Essen"), E("Location", "Germany"),
           E("Location", "UK"), E("Company", "London Stock Exchange"), E("Location", "Midlands"),
           E("Location", "Blyth"), E("Location", "Northumberland"), E("Company", "Innogy"), E("Company", "RWE"),
           E("Organization", "UK government"), E("Company", "Central Electricity Generating Board"),
           E("Person", "Robert Malpas")],
 # 'Sir Robert Malpas was Chairman of the Group from 1989 to 1991' -> chairman of Powergen, not current
 roles=[R("Robert Malpas", "chairman", EU, False)],
 # 'a subsidiary of E.ON since 1 July 2002' -> parentOrganization (no purchase told); 'it was announced E.ON would
 # acquire Innogy in €43bn deal with RWE' -> an agreed deal -> acquired only (RWE's ownership of Innogy is not stated);
 # 'wholly owned by the UK government' -> parentOrganization (past, kept); capacity of the CEGB 'acquired' (assets) and
 # shares 'sold to private investors' -> nothing
 relations=[L(EU, "parentOrganization", "E.ON"), L("E.ON", "acquired", "Innogy"),
            L(EU, "parentOrganization", "UK government")],
 outages=[],
 # published null; 'from 1989 to 1991' gives '1989' and '1991'
 dates=[D("1989", "1989"), D("1 July 2002", "2002-07-01"), D("10 March 2018", "2018-03-10"), D("1991", "1991"),
        D("March 1995", "1995-03")])

# ---- airlines: Simplifly Deccan (Air Deccan) ---------------------------------------------------------------------------
SD = "Simplifly Deccan"
A["wp-simplifly-deccan"] = dict(
 # the airline with its former name ('Air Deccan') and its brand 'Deccan' -> one Company; Kingfisher Airlines
 # ('Kingfisher') and Deccan Aviation -> Company; the brand 'Kingfisher Red' -> Service; the aircraft models -> Service,
 # variants and plurals as aliases (doubtful: 'Airbus A320-200s', 'ATR 42-320', 'ATR 72-500s' read as the model
 # families named before them; Airbus and ATR only inside the product names -> not their own entities); the Indian
 # Army -> Organization; Bengaluru, Hubbali, India -> Location
 entities=[E("Company", SD, "Air Deccan", "Deccan"), E("Location", "Bengaluru"),
           E("Service", "Airbus A320", "Airbus A320-200s", "A320s", "Airbus A320s"),
           E("Service", "ATR 42", "ATR 42-320"), E("Service", "ATR 72", "ATR 72-500s"),
           E("Company", "Kingfisher Airlines", "Kingfisher"), E("Service", "Kingfisher Red"),
           E("Person", "G. R. Gopinath"), E("Organization", "Indian Army"), E("Company", "Deccan Aviation"),
           E("Location", "Hubbali"), E("Location", "India")],
 # 'founded as Air Deccan by G. R. Gopinath' -> founder; 'his Deccan Aviation venture' -> founder of Deccan Aviation
 # (doubtful: 'his venture' read as one he set up); 'a retired Indian Army captain' (a military rank) -> no role
 roles=[R("G. R. Gopinath", "founder", SD), R("G. R. Gopinath", "founder", "Deccan Aviation")],
 # 'a wholly owned subsidiary of Deccan Aviation' -> parentOrganization; 'merged with Kingfisher Airlines' (no buyer
 # told) -> nothing; 'Kingfisher replaced the Deccan brand with Kingfisher Red' -> provider; aircraft purchases and
 # orders (no maker named on its own) -> nothing
 relations=[L(SD, "parentOrganization", "Deccan Aviation"), L("Kingfisher Red", "provider", "Kingfisher Airlines")],
 outages=[],
 # published null; 'In December of that year' (relative to the text's own year) and the span '2005–2006' left out
 dates=[D("April 2008", "2008-04"), D("August 2008", "2008-08"), D("25 August 2003", "2003-08-25"),
        D("2004", "2004"), D("February 2005", "2005-02"), D("2006", "2006"), D("December 2006", "2006-12")])

# ---- autos: Saab Automobile bankruptcy ---------------------------------------------------------------------------------
SA = "Saab Automobile"
SK = "Spyker Cars N.V."
A["wp-saab-automobile-bankruptcy"] = dict(
 # the carmaker ('Saab Automobile', 'Saab') -> Company; Spyker ('Spyker Cars N.V.', 'Spyker'), General Motors ('GM'),
 # Youngman -> Company; the two models -> Service; the European Investment Bank (an EU body) and 'the Swedish
 # government' -> Organization; Royal Oak, Michigan, Sweden -> Location; 'a Chinese consortium', 'GM's Mexican
 # factory', 'US headquarters' (unnamed, adjectives) -> nothing
 entities=[E("Company", SA, "Saab"), E("Company", SK, "Spyker"), E("Company", "General Motors", "GM"),
           E("Company", "Youngman"), E("Service", "Saab 9-4x"), E("Organization", "European Investment Bank"),
           E("Organization", "Swedish government"), E("Location", "Royal Oak"), E("Location", "Michigan"),
           E("Service", "Saab 9-3"), E("Location", "Sweden")],
 roles=[],
 # 'sold to Spyker Cars N.V. in 2010', 'the sale was completed' -> acquired + parentOrganization; 'then-current owner
 # General Motors', 'former owner GM' -> parentOrganization (past, kept); 'General Motors would continue to supply Saab
 # with engines and transmissions' -> partner (a supply deal, as written); the new Saab models -> provider to Saab
 # (the 9-4x built in GM's factory, doubtful); the Chinese consortium's purchase blocked by GM, the deals with Youngman
 # GM tried to block, the loan and its guarantee, the lawsuit -> nothing
 relations=acq(SK, SA) + [L(SA, "parentOrganization", "General Motors"), L("General Motors", "partner", SA)]
           + provided(SA, "Saab 9-4x", "Saab 9-3"),
 outages=[],
 # published null (the page's revision date is not the text's date)
 dates=[D("2010", "2010"), D("2011", "2011"), D("2012", "2012"), D("June 2013", "2013-06"),
        D("26 January 2010", "2010-01-26"), D("February 23, 2010", "2010-02-23"), D("July 2010", "2010-07"),
        D("March 2010", "2010-03")])

# ---- retail: Promodès --------------------------------------------------------------------------------------------------
PM = "Promodès"
A["wp-promodes"] = dict(
 # the group with its first name and the spelling without accent ('Promodis', 'Promodes') -> one Company; Carrefour
 # with the merged group's name ('Group Carrefour') -> one Company; Red Food, Wal-Mart -> Company; the founders
 # ('Paul-Auguste Halley'; 'Paul-Louis Halley', 'Paul-Louis'; 'Robert', named by first name only, doubtful) -> Person;
 # the Halley family and the wholesaler families -> nothing; places ('the Mancha', Caen, Calvados, Europe, the
 # countries) -> Location
 entities=[E("Company", PM, "Promodis", "Promodes"), E("Person", "Paul-Auguste Halley"), E("Location", "Mancha"),
           E("Location", "France"), E("Person", "Paul-Louis Halley", "Paul-Louis"), E("Person", "Robert"),
           E("Location", "Caen"), E("Location", "Calvados"), E("Location", "Europe"), E("Location", "Belgium"),
           E("Location", "Spain"), E("Location", "Brazil"), E("Location", "United States"), E("Company", "Red Food"),
           E("Company", "Carrefour", "Group Carrefour"), E("Company", "Wal-Mart")],
 # 'With his two sons, Paul-Louis and Robert, he founded the group Promodis' -> founder for the three
 roles=[R("Paul-Auguste Halley", "founder", PM), R("Paul-Louis Halley", "founder", PM), R("Robert", "founder", PM)],
 # 'internationally in ... the United States (Red Food)' -> Red Food as its US business -> parentOrganization
 # (doubtful); 'the merger between the groups Promodes and Carrefour' (no buyer) -> nothing; the family's 13% stake ->
 # nothing
 relations=[L("Red Food", "parentOrganization", PM)],
 outages=[],
 # published null; 'the 1950s', 'the 1960s' left out
 dates=[D("1961", "1961"), D("1969", "1969"), D("1973", "1973"), D("1975", "1975"), D("1979", "1979"),
        D("1999", "1999")])

# ---- airlines: JetLite (Air Sahara) ------------------------------------------------------------------------------------
JL = "JetLite"
A["wp-jetlite"] = dict(
 # the airline with its former names ('Air Sahara', 'Sahara Airlines') -> one Company; Jet Airways, the Sahara India
 # Pariwar conglomerate -> Company; the aircraft model -> Service (Boeing only inside its name); places -> Location
 entities=[E("Company", JL, "Air Sahara", "Sahara Airlines"), E("Company", "Jet Airways"),
           E("Service", "Boeing 737-200"), E("Company", "Sahara India Pariwar"), E("Location", "India"),
           E("Location", "Delhi"), E("Location", "Chennai"), E("Location", "Colombo"), E("Location", "London"),
           E("Location", "Singapore"), E("Location", "Maldives"), E("Location", "Kathmandu"), E("Location", "China"),
           E("Location", "Guangzhou")],
 roles=[],
 # 'a low-cost subsidiary of Jet Airways', 'the buyout by Jet Airways' -> acquired + parentOrganization; 'as part of the
 # major Sahara India Pariwar business conglomerate' -> parentOrganization (past, kept); 'its first takeover attempt
 # ... offering US$500 million' (an offer) -> nothing more
 relations=acq("Jet Airways", JL) + [L(JL, "parentOrganization", "Sahara India Pariwar")],
 outages=[],
 # published null; 'winter 2006' -> the year
 dates=[D("20 September 1991", "1991-09-20"), D("3 December 1993", "1993-12-03"), D("2 October 2000", "2000-10-02"),
        D("22 March 2004", "2004-03-22"), D("winter 2006", "2006"), D("January 2006", "2006-01"),
        D("April 2007", "2007-04"), D("19 January 2006", "2006-01-19")])

# ---- conglomerates: Grand Metropolitan ---------------------------------------------------------------------------------
GM = "Grand Metropolitan plc"
IDV = "International Distillers & Vintners"
A["wp-grand-metropolitan"] = dict(
 # the conglomerate with its earlier names ('MRMA Ltd', 'Mount Royal Metropolitan Association', 'MRMA', 'Grand
 # Metropolitan Hotels Ltd', 'Grand Metropolitan') -> one Company; Grand Hotels (Mayfair) Ltd, merged into it, -> its own
 # Company; Guinness plc, Diageo, the London Stock Exchange and the businesses bought (the Berni Inn chain and the Mecca
 # bingo halls as the businesses 'Berni Inn' and 'Mecca', doubtful) -> Company; the drinks brands (J&B, Bailey's Irish
 # Cream, Gilbey's, Piat, Croft, Smirnoff) -> Service; Maxwell Joseph ('Joseph'), Bennett S. LeBow -> Person; England
 # -> Location; 'World War II', 'US', 'European and Commonwealth rights' -> nothing
 entities=[E("Company", GM, "Grand Metropolitan", "MRMA Ltd", "Mount Royal Metropolitan Association", "MRMA",
             "Grand Metropolitan Hotels Ltd"),
           E("Location", "England"), E("Company", "London Stock Exchange"), E("Company", "Guinness plc"),
           E("Company", "Diageo"), E("Company", "Grand Hotels (Mayfair) Ltd"), E("Person", "Maxwell Joseph", "Joseph"),
           E("Company", "Bateman Catering"), E("Company", "Midland Catering"), E("Company", "Express Dairies"),
           E("Company", "Berni Inn"), E("Company", "Mecca"), E("Company", "Truman, Hanbury & Buxton"),
           E("Company", "Watney Mann"), E("Company", IDV), E("Service", "J&B"), E("Service", "Bailey's Irish Cream"),
           E("Service", "Gilbey's"), E("Service", "Piat"), E("Service", "Croft"), E("Service", "Smirnoff"),
           E("Company", "Liggett Group"), E("Company", "Warner Holidays"),
           E("Company", "Intercontinental Hotels Corporation"), E("Person", "Bennett S. LeBow")],
 # 'a business founded after World War II by Maxwell Joseph' -> founder of Grand Hotels (Mayfair) Ltd; 'under Joseph's
 # leadership' (no title) -> nothing more
 roles=[R("Maxwell Joseph", "founder", "Grand Hotels (Mayfair) Ltd")],
 # each business it acquired or bought (Bateman Catering, Midland Catering, Express Dairies, the Berni Inn chain, the
 # Mecca bingo halls, Truman, Hanbury & Buxton, Watney Mann, Liggett Group, Warner Holidays, Intercontinental Hotels
 # Corporation) -> acquired + parentOrganization (Liggett kept though sold in 1986: relations carry no time; its buyer
 # is a person, so no relation for that sale); 'the latter's subsidiary International Distillers & Vintners' ->
 # parentOrganization to Watney Mann; the brands IDV 'owned' -> provider; 'the European and Commonwealth rights to
 # Smirnoff vodka' (rights, not the brand) -> nothing; the mergers with MRMA and with Guinness to form Diageo (no buyer)
 # -> nothing
 relations=acq(GM, "Bateman Catering") + acq(GM, "Midland Catering") + acq(GM, "Express Dairies") + acq(GM, "Berni Inn")
           + acq(GM, "Mecca") + acq(GM, "Truman, Hanbury & Buxton") + acq(GM, "Watney Mann")
           + [L(IDV, "parentOrganization", "Watney Mann")]
           + provided(IDV, "J&B", "Bailey's Irish Cream", "Gilbey's", "Piat", "Croft")
           + acq(GM, "Liggett Group") + acq(GM, "Warner Holidays") + acq(GM, "Intercontinental Hotels Corporation"),
 outages=[],
 # published null
 dates=[D("1997", "1997"), D("1934", "1934"), D("1957", "1957"), D("1961", "1961"), D("1962", "1962"),
        D("1967", "1967"), D("1968", "1968"), D("1969", "1969"), D("1970", "1970"), D("1972", "1972"),
        D("1973", "1973"), D("1980", "1980"), D("1981", "1981"), D("1986", "1986")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))

#!/usr/bin/env python3
"""Batch 30d gold annotations (the 10 texts of batch30d.py: part 1, 8 texts; part 2, 2 texts with their own cycle), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). All 8 are Wikipedia texts with `published` null:
only absolute dates (GUIDELINES.md, Dates).
Conventions applied here (GUIDELINES.md part 2 and batches 26e/27d/28d/29d): a completed purchase -> acquired +
parentOrganization, acquired only where the text says the target was merged away; control gained -> a completed
purchase; bids, offers, scrapped, blocked or unapproved deals, stakes and purchases of unnamed businesses -> nothing; a
stated owner, unit, subsidiary or parent -> parentOrganization (kept when told as past); a joint creation by two owners
-> parentOrganization to each + partner; a publisher of a developer's games -> partner; a product, drug or game the
text says a company makes, markets or releases -> provider; former and later names of one company -> aliases;
founders -> founder.
usage: batch30d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)

A = {}
# ---- pharma: Schering AG -----------------------------------------------------------------------------------------------
SA = "Schering AG"
A["wp-schering-ag"] = dict(
 # the company with its earlier names ('Schering', the pharmacy it began as, 'Grüne Apotheke' / 'Green Pharmacy', and
 # the name it converted into, 'Chemische Fabrik auf Actien', 'E. Schering') -> one Company (the pharmacy read as its
 # first name, doubtful); Bayer AG ('Bayer'), the subsidiary formed ('Bayer Schering Pharma AG', renamed 'Bayer
 # HealthCare Pharmaceuticals'), Schering-Plough ('the Schering Corporation'), Merck & Co., the Frankfurt Stock Exchange
 # -> Company; the founder -> Person; 'atophan' (a named antigout preparation) -> Service; salicylic acid and the agents
 # (generic) -> nothing; places and the street -> Location; 'German', 'American', 'US' (adjective) -> nothing
 entities=[E("Company", SA, "Schering", "Grüne Apotheke", "Green Pharmacy", "Chemische Fabrik auf Actien",
             "E. Schering"),
           E("Location", "Wedding"), E("Location", "Berlin"), E("Company", "Bayer AG", "Bayer"),
           E("Company", "Bayer Schering Pharma AG", "Bayer HealthCare Pharmaceuticals"),
           E("Company", "Frankfurt Stock Exchange"), E("Company", "Schering-Plough", "Schering Corporation"),
           E("Company", "Merck & Co."), E("Person", "Ernst Christian Friedrich Schering"),
           E("Location", "Chausseestraße"), E("Location", "Russia"), E("Location", "Moscow"),
           E("Location", "Wydriza", "Idritsa"), E("Location", "Great Britain"), E("Service", "atophan"),
           E("Location", "Köpenick")],
 # 'operated as an independent company from 1851' and 'In 1851, Ernst Christian Friedrich Schering opened the Grüne
 # Apotheke' -> founder of Schering AG (the word 'founded' is not in the kept text, doubtful)
 roles=[R("Ernst Christian Friedrich Schering", "founder", SA)],
 # 'bought by Bayer AG and merged to form the Bayer subsidiary Bayer Schering Pharma AG' -> acquired (the target merged
 # away: no parentOrganization for Schering AG) and parentOrganization for the subsidiary formed; 'Schering-Plough ...
 # was originally the US subsidiary of Schering AG' -> parentOrganization (past, kept); its merger with Merck & Co. (no
 # buyer) -> nothing; 'took over the wash and colouring company' (unnamed) -> nothing; 'the antigout preparation
 # atophan' among its products -> provider
 relations=[L("Bayer AG", "acquired", SA), L("Bayer Schering Pharma AG", "parentOrganization", "Bayer AG"),
            L("Schering-Plough", "parentOrganization", SA), L("atophan", "provider", SA)],
 outages=[],
 # published null; 'the 1920s' (a decade) left out; 'from 1851 to 2006' gives '1851' and '2006'
 dates=[D("1851", "1851"), D("2006", "2006"), D("2011", "2011"), D("2004", "2004"), D("2009", "2009"),
        D("1871", "1871"), D("1913", "1913")])

# ---- pharma: Serono ----------------------------------------------------------------------------------------------------
SE = "Serono S.A."
A["wp-serono"] = dict(
 # the company with its names ('Serono', 'the Serono Pharmacological Institute', the holding company 'Ares-Serono
 # S.A.' renamed 'Serono S.A.') -> one Company; Merck (the German buyer), the New York Stock Exchange, Biogen ->
 # Company; the founder, the CEO, the scientists, the board member and Pope Pius XII -> Person; the drugs Pergonal,
 # REBIF and Avonex -> Service; places -> Location ('the US market' -> US); the Orphan Drug Act (a law) -> not an entity
 entities=[E("Company", SE, "Serono", "Serono Pharmacological Institute", "Ares-Serono S.A."),
           E("Location", "Geneva"), E("Location", "Switzerland"), E("Company", "Merck"),
           E("Person", "Cesare Serono"), E("Location", "Rome"), E("Location", "Italy"),
           E("Person", "Ernesto Bertarelli"), E("Company", "New York Stock Exchange"), E("Person", "Piero Donini"),
           E("Person", "Bruno Lunenfeld"), E("Service", "Pergonal"), E("Person", "Giulio Pacelli"),
           E("Person", "Pope Pius XII"), E("Service", "REBIF"), E("Location", "US"), E("Company", "Biogen"),
           E("Service", "Avonex")],
 # 'founded ... by Cesare Serono' -> founder; 'its CEO, Ernesto Bertarelli' -> ceo (no former marker: current);
 # 'one of its board members, Giulio Pacelli' -> director; Donini ('Dr.') and Lunenfeld ('Professor', no
 # organisation) -> nothing
 roles=[R("Cesare Serono", "founder", SE), R("Ernesto Bertarelli", "ceo", SE), R("Giulio Pacelli", "director", SE)],
 # 'acquired by the German pharmaceutical company Merck in 2006' -> acquired + parentOrganization; 'marketed by the
 # company as Pergonal', 'its drug, REBIF' -> provider; 'Biogen's treatment, Avonex' -> provider; the partnership
 # with a professor (a person) -> nothing
 relations=acq("Merck", SE) + provided(SE, "Pergonal", "REBIF") + [L("Avonex", "provider", "Biogen")],
 outages=[],
 # published null; 'the same year', 'A decade after' left out
 dates=[D("2006", "2006"), D("1906", "1906"), D("1987", "1987"), D("May 2000", "2000-05"), D("1998", "1998"),
        D("1999", "1999")])

# ---- airlines: Canadian Airlines ---------------------------------------------------------------------------------------
CA = "Canadian Airlines International Ltd."
CP = "Canadian Pacific Air Lines"
A["wp-canadian-airlines"] = dict(
 # the airline with its stylised and short names ('Canadi›n Airlines', 'Canadi‹n Airlines', 'Canadian', 'Canadian
 # Airlines', 'Canadian Airlines International') -> one Company; its parent Canadian Airlines Corporation, Air Canada,
 # Pacific Western Airlines, Canadian Pacific Air Lines ('CP Air'), Eastern Provincial Airways, Nordair, Wardair ->
 # Company; the Oneworld airline alliance -> Organization (as batches 27d and 28d, doubtful); Canada, Calgary,
 # Alberta, the UK, Europe -> Location
 entities=[E("Company", CA, "Canadi›n Airlines", "Canadi‹n Airlines", "Canadian", "Canadian Airlines",
             "Canadian Airlines International"),
           E("Company", "Air Canada"), E("Location", "Canada"), E("Organization", "Oneworld"),
           E("Location", "Calgary"), E("Location", "Alberta"), E("Company", "Canadian Airlines Corporation"),
           E("Company", "Pacific Western Airlines"), E("Company", CP, "CP Air"),
           E("Company", "Eastern Provincial Airways"), E("Company", "Nordair"), E("Company", "Wardair"),
           E("Location", "UK"), E("Location", "Europe")],
 roles=[],
 # 'The airline and its aircraft were acquired by Air Canada in 2000, and the merger was officially completed' ->
 # acquired (merged away: no parentOrganization, doubtful); 'the principal subsidiary of its parent company Canadian
 # Airlines Corporation' -> parentOrganization; 'Pacific Western Airlines purchased Canadian Pacific Air Lines',
 # 'which in turn had recently acquired Eastern Provincial Airways and Nordair', 'Canadian Airlines acquired Wardair'
 # -> acquired + parentOrganization each; the Oneworld membership -> nothing
 relations=[L("Air Canada", "acquired", CA), L(CA, "parentOrganization", "Canadian Airlines Corporation")]
           + acq("Pacific Western Airlines", CP) + acq(CP, "Eastern Provincial Airways") + acq(CP, "Nordair")
           + acq(CA, "Wardair"),
 outages=[],
 # published null; 'from 1987 until 2001' gives '1987' and '2001'; 'the end of 1999' -> the year
 dates=[D("1987", "1987"), D("2001", "2001"), D("1996", "1996"), D("the end of 1999", "1999"), D("2000", "2000"),
        D("January 1, 2001", "2001-01-01"), D("March 27, 1987", "1987-03-27"), D("1989", "1989")])

# ---- banking/regulatory: Bancopoli -------------------------------------------------------------------------------------
BPI = "Banca Popolare Italiana"
AV = "Banca Antonveneta"
BNL = "Banca Nazionale del Lavoro"
A["wp-bancopoli"] = dict(
 # BPI with its former name ('BPI', 'Banca Popolare di Lodi', 'BPL') -> one Company; ABN AMRO, Banca Antonveneta
 # ('Antonveneta'), Unipol, Banca Nazionale del Lavoro ('BNL'), BNP Paribas, BBVA -> Company; Banca d'Italia (the
 # central bank) -> Organization; the three men -> Person; Holland, Italy -> Location; 'Bancopoli' (the scandal's
 # name) and the nationality adjectives -> nothing
 entities=[E("Company", BPI, "BPI", "Banca Popolare di Lodi", "BPL"), E("Location", "Holland"),
           E("Company", "ABN AMRO"), E("Company", AV, "Antonveneta"), E("Organization", "Banca d'Italia"),
           E("Location", "Italy"), E("Person", "Antonio Fazio", "Fazio"), E("Person", "Gianpiero Fiorani"),
           E("Person", "Giovanni Consorte"), E("Company", "Unipol"), E("Company", BNL, "BNL"),
           E("Company", "BNP Paribas"), E("Company", "BBVA")],
 # 'Banca d'Italia's ... president, Antonio Fazio' who 'was forced to resign' -> president, not current; 'BPI Managing
 # Director, Gianpiero Fiorani' (arrested, not said to have left) -> director, current; 'Giovanni Consorte, head of ...
 # Unipol, was also forced to resign' -> head, not current
 roles=[R("Antonio Fazio", "president", "Banca d'Italia", False), R("Gianpiero Fiorani", "director", BPI),
        R("Giovanni Consorte", "head", "Unipol", False)],
 # 'ABN AMRO gained control of Antonveneta', 'BNP Paribas attained control of BNL' -> completed purchases (acquired +
 # parentOrganization, control read as a purchase, doubtful); the attempted takeovers, bids, a proposed merger and
 # stakes raised (BPI, ABN AMRO's stake, BBVA, Unipol) -> nothing
 relations=acq("ABN AMRO", AV) + acq("BNP Paribas", BNL),
 outages=[],
 # published null; 'the summer of 2004' -> the year; 'on April 29' and 'on July 19' (no year written: the year is the
 # text's own context) and 'In the same year', 'a month later' left out
 dates=[D("July 2005", "2005-07"), D("January 2006", "2006-01"), D("the summer of 2004", "2004"),
        D("February 14, 2005", "2005-02-14"), D("March 30, 2005", "2005-03-30"), D("March 29, 2005", "2005-03-29")])

# ---- music/media: PolyGram ---------------------------------------------------------------------------------------------
PG = "PolyGram N.V."
MCA = "MCA Inc."
A["wp-polygram"] = dict(
 # the company with its first name ('PolyGram', 'Grammophon-Philips Group') -> one Company; Philips, Siemens, Polydor
 # Records, Phonogram Records, Deutsche Grammophon, Seagram, Universal Music Group, PolyGram Filmed Entertainment,
 # Universal Pictures, Vivendi -> Company; MCA Inc. with the name it became known by ('MCA', 'Universal Studios', also
 # the company Seagram 'owned') -> one Company (doubtful); Emil Berliner -> Person; the Netherlands -> Location;
 # 'Dutch', 'German' -> nothing
 entities=[E("Company", PG, "PolyGram", "Grammophon-Philips Group"), E("Location", "Netherlands"),
           E("Company", "Philips"), E("Company", "Siemens"), E("Company", "Polydor Records"),
           E("Company", "Phonogram Records"), E("Company", "Deutsche Grammophon"), E("Person", "Emil Berliner"),
           E("Company", "Seagram"), E("Company", MCA, "MCA", "Universal Studios"), E("Company", "Universal Music Group"),
           E("Company", "PolyGram Filmed Entertainment"), E("Company", "Universal Pictures"), E("Company", "Vivendi")],
 roles=[],
 # 'founded ... by Dutch corporation Philips and German corporation Siemens, to be a holding for their record
 # companies' -> a joint creation: parentOrganization to each + partner; 'the Siemens interest Polydor Records and the
 # Philips interest Phonogram Records' -> parentOrganization each; 'sold to ... Seagram' -> acquired +
 # parentOrganization; 'Seagram which owned ... Universal Studios' -> parentOrganization (MCA Inc.); 'PolyGram Filmed
 # Entertainment' among the film divisions PolyGram created -> parentOrganization (doubtful: read from its name and 'creating
 # film and television divisions'); the foldings into Universal Music Group and Universal Pictures (mergers) and the
 # unnamed entertainment division sold to Vivendi -> nothing; the origins through Deutsche Grammophon -> nothing
 relations=parents("Philips", PG) + parents("Siemens", PG) + [L("Philips", "partner", "Siemens")]
           + [L("Polydor Records", "parentOrganization", "Siemens"),
              L("Phonogram Records", "parentOrganization", "Philips")]
           + acq("Seagram", PG) + [L(MCA, "parentOrganization", "Seagram"),
                                   L("PolyGram Filmed Entertainment", "parentOrganization", PG)],
 outages=[],
 # published null
 dates=[D("1962", "1962"), D("1972", "1972"), D("May 1998", "1998-05")])

# ---- games: Bullfrog Productions ---------------------------------------------------------------------------------------
BF = "Bullfrog Productions Limited"
EA = "Electronic Arts"
A["wp-bullfrog-productions"] = dict(
 # the developer ('Bullfrog Productions', 'Bullfrog') -> Company; Taurus Impact Systems ('Taurus'), Commodore,
 # Electronic Arts ('EA'), Lionhead Studios ('Lionhead'), Mucky Foot Productions -> Company; the two founders ->
 # Person; the six games -> Service; Guildford, England -> Location
 entities=[E("Company", BF, "Bullfrog Productions", "Bullfrog"), E("Location", "Guildford"), E("Location", "England"),
           E("Person", "Peter Molyneux", "Molyneux"), E("Person", "Les Edgar", "Edgar"), E("Service", "Populous"),
           E("Service", "Theme Park"), E("Service", "Theme Hospital"), E("Service", "Magic Carpet"),
           E("Service", "Syndicate"), E("Service", "Dungeon Keeper"), E("Company", "Taurus Impact Systems", "Taurus"),
           E("Company", "Commodore"), E("Company", EA, "EA"), E("Company", "Lionhead Studios", "Lionhead"),
           E("Company", "Mucky Foot Productions")],
 # 'Founded in 1987 by Peter Molyneux and Les Edgar' -> founder each; 'Molyneux had become an Electronic Arts
 # vice-president and consultant in 1994' ... 'he left the company in July 1997' -> vice-president of Electronic Arts,
 # not current (doubtful: 'the company' may be Bullfrog alone); 'to found Lionhead Studios' -> founder; Taurus Impact
 # Systems, 'Edgar's and Molyneux's other enterprise' (founding not stated) -> nothing
 roles=[R("Peter Molyneux", "founder", BF), R("Les Edgar", "founder", BF),
        R("Peter Molyneux", "vice-president", EA, False), R("Peter Molyneux", "founder", "Lionhead Studios")],
 # 'Electronic Arts ... acquired the studio in January 1995' -> acquired + parentOrganization; 'Electronic Arts,
 # Bullfrog's publisher' -> partner (a publishing relation, doubtful); its release Populous and the titles it is known
 # for -> provider; 'EA purchased a significant share' (a stake) and the precursor Taurus -> nothing
 relations=acq(EA, BF) + [L(EA, "partner", BF)]
           + provided(BF, "Populous", "Theme Park", "Theme Hospital", "Magic Carpet", "Syndicate", "Dungeon Keeper"),
 outages=[],
 # published null
 dates=[D("1987", "1987"), D("1989", "1989"), D("January 1995", "1995-01"), D("1994", "1994"),
        D("July 1997", "1997-07")])

# ---- banking/regulatory: Hana Bank (Korea Exchange Bank) ---------------------------------------------------------------
KEB = "Korea Exchange Bank"
A["wp-hana-bank"] = dict(
 # Hana Bank and Korea Exchange Bank ('KEB') -> two Companies: the text names KEB as Hana Bank's first name but tells the
 # two apart in 'Kookmin Bank and Hana Bank were considered for a takeover of KEB' (doubtful); Lone Star Funds ('Lone
 # Star'), Kookmin Bank, HSBC -> Company; 'the South Korean government' -> Organization; Seoul, South Korea, Korea,
 # Japan -> Location; the 2002 FIFA World Cup (an event), the Asian financial crisis -> nothing
 entities=[E("Company", "Hana Bank"), E("Location", "Seoul"), E("Location", "South Korea"),
           E("Company", KEB, "KEB"), E("Location", "Korea"), E("Location", "Japan"),
           E("Company", "Lone Star Funds", "Lone Star"), E("Company", "Kookmin Bank"), E("Company", "HSBC"),
           E("Organization", "South Korean government")],
 roles=[],
 # 'acquired in 2003 by Lone Star Funds' -> acquired + parentOrganization; the scrapped sale to Kookmin Bank, HSBC's
 # agreed purchase 'not approved by the South Korean government' (blocked) and the takeover considered -> nothing
 relations=acq("Lone Star Funds", KEB),
 outages=[],
 # published null; 'the 2002 FIFA World Cup' gives '2002'
 dates=[D("1967", "1967"), D("1989", "1989"), D("2002", "2002"), D("2003", "2003"), D("2006", "2006"),
        D("September 2007", "2007-09"), D("September 2008", "2008-09"), D("2007", "2007")])

# ---- retail: Lotus's ---------------------------------------------------------------------------------------------------
LO = "Lotus's"
CPG = "Charoen Pokphand (CP) Group"
A["wp-lotuss"] = dict(
 # the chain with its former names ('Lotus Supercenter', 'Tesco Lotus Supercenter', 'Tesco Lotus') -> one Company; the
 # group ('Charoen Pokphand (CP) Group', 'CP Group') -> Company; Tesco Malaysia, Tesco -> Company; Thailand, Malaysia
 # -> Location; Seacon Square (a shopping centre) -> Location; the five store formats (Extra, Hypermarket, ...) and
 # 'Tesco house brand products' -> nothing
 entities=[E("Company", LO, "Lotus Supercenter", "Tesco Lotus Supercenter", "Tesco Lotus"), E("Location", "Thailand"),
           E("Company", CPG, "CP Group"), E("Location", "Malaysia"), E("Company", "Tesco Malaysia"),
           E("Location", "Seacon Square"), E("Company", "Tesco")],
 roles=[],
 # 'a retail chain ... founded and operated by Charoen Pokphand (CP) Group' -> parentOrganization; 'with operations in
 # Malaysia following the acquisition of Tesco Malaysia in 2020' -> acquired + parentOrganization (the buyer read from
 # the sentence, doubtful); Tesco's stake 'to form Tesco Lotus' and CP Group's sale of 'most of its remaining shares'
 # (stakes) -> nothing
 relations=[L(LO, "parentOrganization", CPG)] + acq(CPG, "Tesco Malaysia"),
 outages=[],
 # published null
 dates=[D("2020", "2020"), D("1994", "1994"), D("1998", "1998"), D("2003", "2003")])

IDS = sorted(A)

# ======== part 2 (its own split cycle; annotated from the texts alone before newskg ran on them) ========================
A2 = {}
# ---- energy: Edison (company) ------------------------------------------------------------------------------------------
ED = "Edison S.p.A."
EDF = "Electricité de France"
A2["wp-edison"] = dict(
 # the company with its founding name ('Edison', 'Società generale italiana di elettricità sistema Edison') -> one
 # Company; 'Edison' in 'a great admirer of Edison, whom he had met' is Thomas Edison (one surface form for two
 # entities: kept as the company's alias, its main use, doubtful); Electricité de France ('EDF'), the Standa
 # supermarkets chain ('Standa') -> Company; the two parties -> Organization; the people -> Person;
 # places and the Santa Radegonda power plant (a facility) -> Location; 'northern Italy' (Italy with an adjective),
 # 'the state', 'the centre-left coalition government' -> nothing
 entities=[E("Company", ED, "Edison", "Società generale italiana di elettricità sistema Edison"),
           E("Location", "Milan"), E("Company", EDF, "EDF"), E("Location", "Europe"), E("Location", "North Africa"),
           E("Location", "Middle East"), E("Person", "Luc Rémont"), E("Person", "Nicola Monti"),
           E("Person", "Giuseppe Colombo", "Colombo"), E("Location", "Italy"), E("Person", "Thomas Edison"),
           E("Location", "United States"), E("Location", "Santa Radegonda power plant"),
           E("Organization", "Christian Democrats"), E("Organization", "Socialists"),
           E("Person", "Giorgio Valerio"), E("Company", "Standa")],
 # 'The chairman of the board is Luc Rémont (CEO of EDF)' -> chairman of Edison (the chair named alone) and ceo of
 # EDF; 'the chief executive officer is Nicola Monti' -> ceo; 'Founded in 1884 by Giuseppe Colombo' -> founder;
 # 'Edison, then headed by Giorgio Valerio' -> head, not current ('then'); Colombo 'an engineering professor' (no
 # organisation) -> nothing
 roles=[R("Luc Rémont", "chairman", ED), R("Luc Rémont", "ceo", EDF), R("Nicola Monti", "ceo", ED),
        R("Giuseppe Colombo", "founder", ED), R("Giorgio Valerio", "head", ED, False)],
 # 'acquired by Electricité de France in 2012' -> acquired + parentOrganization; 'by buying the Standa supermarkets
 # chain' -> acquired + parentOrganization (a named chain: a business, not assets); the licence of Thomas Edison's
 # patents (a person) and the nationalisation -> nothing
 relations=acq(EDF, ED) + acq(ED, "Standa"),
 outages=[],
 # published null; 'In the following decades' left out
 dates=[D("1884", "1884"), D("2012", "2012"), D("1881", "1881"), D("1962", "1962")])

# ---- telecoms: Wind (Italy) --------------------------------------------------------------------------------------------
WI = "Wind Telecomunicazioni S.p.A."
WT = "Wind Tre S.p.A."
A2["wp-wind-italy"] = dict(
 # the operator ('Wind', used for the company; 'the Wind brand' read as the same name, doubtful) -> Company; 3 Italy
 # with its company name ('H3G S.p.A.') -> one Company; the merged company ('Wind Tre S.p.A.', 'Wind Tre', also its
 # brand) -> one Company; CK Hutchison Holdings, VimpelCom, TIM, Vodafone, Telecom Italia, Orascom Telecom and the three
 # business units (Wind Business, 3 Business, Wind Tre Business) -> Company; the Infostrada brand -> Service; the
 # three men -> Person; Italy -> Location; 'the Russian company' (VimpelCom, a description), 'Wind-3 mobile networks'
 # -> nothing
 entities=[E("Company", "H3G S.p.A.", "3 Italy"), E("Company", WI, "Wind"), E("Company", WT, "Wind Tre"),
           E("Company", "CK Hutchison Holdings"), E("Company", "VimpelCom"), E("Location", "Italy"),
           E("Company", "TIM"), E("Company", "Vodafone"), E("Company", "Telecom Italia"),
           E("Company", "Orascom Telecom"), E("Person", "Khaled Bichara"), E("Person", "Ossama Bessada"),
           E("Person", "Luigi Gubitosi"), E("Service", "Infostrada"), E("Company", "Wind Business"),
           E("Company", "3 Business"), E("Company", "Wind Tre Business")],
 # 'appointed Khaled Bichara Chairman of Wind and Ossama Bessada CEO' -> chairman and ceo of Wind; 'after Luigi
 # Gubitosi's exit' (no post named) -> nothing
 roles=[R("Khaled Bichara", "chairman", WI), R("Ossama Bessada", "ceo", WI)],
 # 'carried out by CK Hutchison Holdings and VimpelCom, envisaged the creation of an equal joint venture' (Wind Tre,
 # completed) -> parentOrganization to each owner + partner; 'Wind became part of VimpelCom group' ->
 # parentOrganization; the mergers (3 Italy and Wind into Wind Tre; VimpelCom and Orascom Telecom; Wind Business and 3
 # Business) with no buyer -> nothing; rivals -> nothing; Infostrada's owner (not stated) -> nothing
 relations=parents("CK Hutchison Holdings", WT) + parents("VimpelCom", WT)
           + [L("CK Hutchison Holdings", "partner", "VimpelCom"), L(WI, "parentOrganization", "VimpelCom")],
 outages=[],
 # published null; 'the end of 2019' -> the year; '31 December 2016' and 'December 31, 2016' (two texts, one value)
 # -> two items; likewise '16 March 2020' and 'March 16, 2020'
 dates=[D("31 December 2016", "2016-12-31"), D("16 March 2020", "2020-03-16"), D("2011", "2011"),
        D("April 2013", "2013-04"), D("December 31, 2016", "2016-12-31"), D("May 23, 2017", "2017-05-23"),
        D("March 16, 2020", "2020-03-16"), D("the end of 2019", "2019")])

IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))

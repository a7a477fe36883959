#!/usr/bin/env python3
"""Batch 32j gold annotations (the texts of batch32j.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2; batches 27d-32d): a completed purchase -> acquired + parentOrganization; acquired only
where the bought business is said to be merged into or turned into another company, or where a purchase is agreed and
not yet completed; a controlling interest taken -> a purchase of control; ownership stated without a purchase verb
('a subsidiary of', 'owns', 'the automotive unit of', 'became part of') -> parentOrganization only, kept when told as
past; a joint venture -> parentOrganization to each owner + partner; a merger whose text names no buyer -> nothing;
former names and trading names -> aliases of one entity; channels, brands and products a company runs -> provider.
usage: batch32j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, parents, provided, svc
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- mobile handsets: BenQ Mobile -----------------------------------------------------------------------------------
BM = "BenQ Mobile GmbH & Co. OHG"
BQ = "BenQ Corporation"
A["wp-benq-mobile"] = dict(
 # the subsidiary ('BenQ Mobile') and its owner ('BenQ') -> Company each; the 'BenQ-Siemens brand' -> Service;
 # 'Siemens Mobile' (the 'Siemens Mobile group', 'the division') and Siemens -> Company; places -> Location; the
 # iF product design awards and the Red Dot competition (awards, a contest) -> nothing; 'Taiwanese', 'German' -> nothing
 entities=[E("Company", BM, "BenQ Mobile"), E("Company", BQ, "BenQ"), E("Service", "BenQ-Siemens"),
           E("Company", "Siemens Mobile"), E("Company", "Siemens")]
          + locs("Munich", "Germany", "Kamp-Lintfort", "Bocholt")
          + [E("Person", "Clemens Joos", "Joos"), E("Person", "Jerry Wang")],
 # 'led by a German CEO, Clemens Joos, and a Taiwanese chairman, Jerry Wang' -> ceo and chairman of BenQ Mobile
 # (current: the text says the company 'failed', not that they left; doubtful); 'Joos had already been president of
 # Siemens Mobile since 2004' -> president of Siemens Mobile (current: no end stated; doubtful, the division became
 # BenQ Mobile)
 roles=[R("Clemens Joos", "ceo", BM), R("Jerry Wang", "chairman", BM), R("Clemens Joos", "president", "Siemens Mobile")],
 # 'the mobile communications subsidiary of ... BenQ Corporation' -> parentOrganization; 'the division was then sold to
 # BenQ Corporation', 'The acquisition was completed ..., with the formation of BenQ Mobile' -> acquired only (the
 # division was turned into the new company, as batch 31j's Granada/Carlton); Siemens Mobile, 'the division' Siemens
 # sold ('BenQ was chosen by Siemens', 'Siemens would pay BenQ') -> parentOrganization to Siemens (past, kept;
 # doubtful: the owner is read from the seller); 'selling products under the BenQ-Siemens brand' -> provider; Siemens'
 # '2.5% stake in BenQ' (a minority stake) -> nothing
 relations=parents(BQ, BM) + [L(BQ, "acquired", "Siemens Mobile"), L("Siemens Mobile", "parentOrganization", "Siemens"),
            L("BenQ-Siemens", "provider", BM)],
 outages=[],
 # 'later that year' (relative to a year of the text, published null) left out
 dates=[D("2005", "2005"), D("2006", "2006"), D("June 2005", "2005-06"), D("1 October 2005", "2005-10-01"),
        D("2004", "2004")])

# ---- automotive electronics: Siemens VDO --------------------------------------------------------------------------
VDO = "Siemens VDO Automotive AG"
SAG = "Siemens AG"
A["wp-siemens-vdo"] = dict(
 # the company under its full, short and earlier names ('Siemens VDO', 'VDO') -> one Company; the two firms it was made
 # from, with their full names in the text's brackets ('DEUTA' = 'Deutsche Tachometerwerke GmbH', 'OTA' = 'OTA
 # Apparate GmbH') -> Company each; Mannesmann, Vodafone, Continental AG ('Continental'), Siemens AG ('Siemens', in
 # 'the Siemens Supervisory Board'), 'Siemens AG Automotive' (the buyer in 2000, named as a unit of Siemens AG) ->
 # Company; the founder -> Person; Frankfurt, Germany -> Location; 'Germany-based' -> nothing
 entities=[E("Company", VDO, "Siemens VDO", "VDO"), E("Company", "Deutsche Tachometerwerke GmbH", "DEUTA"),
           E("Company", "OTA Apparate GmbH", "OTA"), E("Person", "Adolf Schindling"), E("Location", "Frankfurt"),
           E("Location", "Germany"), E("Company", "Mannesmann"), E("Company", "Vodafone"),
           E("Company", "Siemens AG Automotive"), E("Company", SAG, "Siemens"), E("Company", "Continental AG", "Continental")],
 # 'The company was founded by Adolf Schindling' -> founder
 roles=[R("Adolf Schindling", "founder", VDO)],
 # 'In 1991 the company was bought by Mannesmann' -> acquired + parentOrganization (past, kept: VDO was later sold);
 # 'Mannesmann was itself bought by Vodafone' -> acquired + parentOrganization; 'bought by Siemens AG Automotive and
 # the companies merged under the name Siemens VDO' -> acquired only (the buyer merged into the company, doubtful);
 # 'the automotive unit of Germany-based Siemens AG' -> parentOrganization (past, kept); 'Siemens AG Automotive' ->
 # parentOrganization to Siemens AG (read from its name, doubtful); 'Continental AG took over Siemens VDO Automotive
 # AG', 'The acquisition' -> acquired + parentOrganization; 'founded ... by joining DEUTA and OTA' (no buyer) -> nothing
 relations=acq("Mannesmann", VDO) + acq("Vodafone", "Mannesmann") + [L("Siemens AG Automotive", "acquired", VDO),
            L(VDO, "parentOrganization", SAG), L("Siemens AG Automotive", "parentOrganization", SAG)]
           + acq("Continental AG", VDO),
 outages=[],
 # 'the end of the 1920s' (a decade) left out
 dates=[D("1991", "1991"), D("1999", "1999"), D("2000", "2000"), D("25 July 2007", "2007-07-25"),
        D("3 December 2007", "2007-12-03")])

# ---- mobile chips: ST-Ericsson --------------------------------------------------------------------------------------
STE = "ST-Ericsson"
STM = "STMicroelectronics"
EMP = "Ericsson Mobile Platforms"
STN = "ST-NXP Wireless"
A["wp-st-ericsson"] = dict(
 # the joint venture, its owners (STMicroelectronics also 'ST'), the two units merged into it, Sony and Sony Ericsson
 # -> Company; the two executives -> Person; Geneva, Switzerland -> Location; 'Long Term Evolution (LTE)', '2G/EDGE',
 # '3G' (technologies) -> nothing; NXP is named only inside 'ST-NXP Wireless' -> no entity of its own
 entities=[E("Company", STE), E("Company", "Ericsson"), E("Company", STM, "ST"), E("Location", "Geneva"),
           E("Location", "Switzerland"), E("Person", "Hans Vestberg"), E("Person", "Carlo Bozotti"),
           E("Company", EMP), E("Company", STN), E("Company", "Sony"), E("Company", "Sony Ericsson")],
 # 'Hans Vestberg, President and CEO of Ericsson' -> president and ceo of Ericsson; 'Carlo Bozotti, President and CEO
 # of STMicroelectronics' -> president and ceo of STMicroelectronics; 'serving as the chairman of the board' (of
 # ST-Ericsson) -> chairman; 'as the vice-chairman' -> executive (GUIDELINES.md: vice chairman); the board posts
 # current=false (the joint venture was 'dissolved 2 August 2013', so the posts ended; doubtful: the text does not
 # say they left); the four directors each owner appointed are not named -> no director roles
 roles=[R("Hans Vestberg", "president", "Ericsson"), R("Hans Vestberg", "ceo", "Ericsson"),
        R("Carlo Bozotti", "president", STM), R("Carlo Bozotti", "ceo", STM),
        R("Hans Vestberg", "chairman", STE, False), R("Carlo Bozotti", "executive", STE, False)],
 # 'a 50/50 joint venture of Ericsson and STMicroelectronics' -> parentOrganization to each + partner (as written);
 # 'merge their wireless semiconductor businesses' and 'the merger of Ericsson Mobile Platforms and ST-NXP Wireless'
 # -> Ericsson Mobile Platforms to Ericsson and ST-NXP Wireless to STMicroelectronics (parentOrganization, past, kept;
 # doubtful for ST-NXP Wireless, whose other owner NXP the text does not name as one); 'an existing strategic
 # co-operation between Ericsson Mobile Platforms and ST-NXP Wireless' -> partner; 'a venture with Sony called Sony
 # Ericsson' -> parentOrganization to each + partner; the two units merged into the joint venture (no buyer) -> nothing
 relations=parents("Ericsson", STE) + parents(STM, STE) + [L("Ericsson", "partner", STM),
            L(EMP, "parentOrganization", "Ericsson"), L(STN, "parentOrganization", STM), L(EMP, "partner", STN)]
           + parents("Ericsson", "Sony Ericsson") + parents("Sony", "Sony Ericsson") + [L("Ericsson", "partner", "Sony")],
 outages=[],
 # '2001–2012' (a span of years) left out, as batch 31j's '2001–02'
 dates=[D("3 February 2009", "2009-02-03"), D("2 August 2013", "2013-08-02"), D("20 August 2008", "2008-08-20")])

# ---- mobile telecoms: Telenor India (Uninor) -------------------------------------------------------------------------
TI = "Telenor (India) Communications Private Limited"
TG = "Telenor Group"
A["wp-telenor-india"] = dict(
 # the operator under its present name, its former name 'Uninor' (also its brand name) and its earlier company name
 # 'Unitech Wireless Limited' / 'Unitech Wireless' (the text tells 'The company Unitech Wireless Limited' as this
 # company's start; doubtful) -> one Company; Telenor Group ('Telenor'), Bharti Airtel, Unitech Group -> Company; the
 # two approving government bodies with their abbreviations -> Organization; India -> Location; 'Norwegian', 'Indian'
 # -> nothing
 entities=[E("Company", TI, "Uninor", "Unitech Wireless Limited", "Unitech Wireless"), E("Company", TG, "Telenor"),
           E("Company", "Bharti Airtel"), E("Company", "Unitech Group"),
           E("Organization", "Foreign Investment Promotion Board", "FIPB"),
           E("Organization", "Cabinet Committee of Economic Affairs", "CCEA"), E("Location", "India")],
 roles=[],
 # 'a wholly owned subsidiary of ... Telenor Group' -> parentOrganization; 'Unitech Wireless Limited, a subsidiary of
 # Unitech Group' -> parentOrganization (past, kept); 'Unitech Group and Telenor Group agreed to enter a joint venture'
 # -> partner (as written; both owners already parents); Telenor 'took 67.25% ownership of Unitech Wireless' after
 # investing 'to take a majority stake' -> acquired (a controlling interest taken, as batch 31j's Granada; doubtful:
 # fresh equity, not shares bought from a seller); 'announced merging the India business with Bharti Airtel' (an
 # announced merger, no buyer stated) -> nothing
 relations=parents(TG, TI) + parents("Unitech Group", TI) + [L("Unitech Group", "partner", TG), L(TG, "acquired", TI)],
 outages=[],
 # 'The same year' (relative) left out
 dates=[D("February 2017", "2017-02"), D("2008", "2008"), D("September 2009", "2009-09"),
        D("3 December 2009", "2009-12-03")])

# ---- tea: Tetley ---------------------------------------------------------------------------------------------------
TCP = "Tata Consumer Products"
JL = "J. Lyons and Co."
A["wp-tetley"] = dict(
 # the company under its present and earlier names ('Joseph Tetley & Co.', 'Joseph Tetley & Company, Wholesale Tea
 # Dealers', 'Lyons-Tetley', 'Tetley Group'; doubtful for 'Lyons-Tetley', the combination formed under J. Lyons) ->
 # one Company; Tata Consumer Products with its former name, the Tata Group, Unilever, J. Lyons and Co. ('Lyons'),
 # Allied Lyons, Allied Domecq, Radio Luxembourg (a broadcaster) -> Company; the founders, their partner and the singer
 # -> Person; places -> Location; the single's title and 'the round tea bag' -> nothing; 'English', 'Indian',
 # 'Britons'' -> nothing
 entities=[E("Company", "Tetley", "Joseph Tetley & Co.", "Joseph Tetley & Company, Wholesale Tea Dealers",
             "Lyons-Tetley", "Tetley Group"),
           E("Company", TCP, "Tata Global Beverages"), E("Company", "Tata Group"), E("Company", "Unilever"),
           E("Company", JL, "Lyons"), E("Company", "Allied Lyons"), E("Company", "Allied Domecq"),
           E("Company", "Radio Luxembourg"), E("Person", "Joseph Tetley"), E("Person", "Edward Tetley"),
           E("Person", "Joseph Ackland"), E("Person", "Petula Clark")]
          + locs("Yorkshire", "United Kingdom", "Canada", "United States", "Huddersfield", "England", "London", "India"),
 # 'brothers Joseph and Edward Tetley ... set up as "Joseph Tetley & Co." tea merchants' -> founder each; Joseph
 # Ackland, a partner in the 1856 firm ('in partnership with') -> no role (no title)
 roles=[R("Joseph Tetley", "founder", "Tetley"), R("Edward Tetley", "founder", "Tetley")],
 # 'a wholly owned subsidiary of Tata Consumer Products' -> parentOrganization; 'bought by India's Tata Group' ->
 # acquired + parentOrganization; 'the Tetley company was acquired by J. Lyons and Co.' -> acquired +
 # parentOrganization (past, kept); 'Lyons became part of Allied Lyons and then Allied Domecq' -> parentOrganization
 # to each (past, kept); 'a group of investors bought the worldwide beverage business from Allied Domecq' (an unnamed
 # buyer) -> no acquired, but the business, the Tetley Group's start, was Allied Domecq's -> parentOrganization (past,
 # kept; doubtful); Tata Consumer Products' owner (not stated in the text) -> nothing; Unilever (a comparison) ->
 # nothing; Radio Luxembourg (an advertisement) -> nothing
 relations=[L("Tetley", "parentOrganization", TCP)] + acq("Tata Group", "Tetley") + acq(JL, "Tetley")
           + [L(JL, "parentOrganization", "Allied Lyons"), L(JL, "parentOrganization", "Allied Domecq"),
              L("Tetley", "parentOrganization", "Allied Domecq")],
 outages=[],
 # 'Since 2000' is covered by '2000'; 'at that time' (relative) left out
 dates=[D("1837", "1837"), D("2000", "2000"), D("1822", "1822"), D("1856", "1856"), D("1952", "1952"),
        D("1953", "1953"), D("1989", "1989"), D("1973", "1973"), D("July 1995", "1995-07"),
        D("February 2000", "2000-02")])

# ---- media: Viacom18 -----------------------------------------------------------------------------------------------
V18 = "Viacom18 Media Private Limited"
N18 = "Network18 Group"
COLORS = ("Marathi", "Gujarati", "Kannada", "Bangla", "Odia")
A["wp-viacom18"] = dict(
 # the joint venture ('Viacom18'), its owners named in the text (Bodhi Tree Systems, Network18 Group, Viacom), Reliance
 # Industries, Sun Network, the joint venture Sun 18, TV18, ETV Network, Viacom18 Studios and the pay-TV operator Astro
 # Malaysia -> Company; the channels ('Colors', 'Aapka Colors', 'Nickelodeon Sonic', 'Colors HD', the five regional
 # channels with their former ETV names as aliases) -> Service; the National Basketball Association ('NBA') ->
 # Organization (a sports league); India, United States, Malaysia -> Location; 'the ETV brand name' -> nothing more
 # (ETV Network annotated); 'Malay and English' -> nothing
 entities=[E("Company", V18, "Viacom18"), E("Company", "Bodhi Tree Systems"), E("Company", N18),
           E("Company", "Reliance Industries"), E("Location", "India"), E("Service", "Colors"),
           E("Location", "United States"), E("Service", "Aapka Colors"), E("Company", "Sun Network"),
           E("Company", "Sun 18"), E("Service", "Nickelodeon Sonic"), E("Company", "TV18"), E("Company", "ETV Network")]
          + [E("Service", "Colors " + x, "ETV " + x) for x in COLORS]
          + [E("Company", "Viacom18 Studios"), E("Company", "Viacom"), E("Service", "Colors HD"),
             E("Location", "Malaysia"), E("Company", "Astro Malaysia"),
             E("Organization", "National Basketball Association", "NBA")],
 roles=[],
 # 'Joint Venture between Bodhi Tree Systems with Network18 Group' -> parentOrganization to each + partner (as
 # written); 'Network18 Group which is subsidiary of Reliance Industries' -> parentOrganization; 'Viacom's majority in
 # the joint venture' -> parentOrganization to Viacom (a past owner, kept; doubtful); 'TV18 announced its acquisition
 # of Viacom's majority in the joint venture, taking operational control' -> acquired + parentOrganization (control
 # taken, as batch 31j's Granada; doubtful: 'announced'); 'got into 50/50 distribution joint venture with Sun Network
 # to form Sun 18' -> parentOrganization to each + partner; 'The company also owns Viacom18 Studios' ->
 # parentOrganization; channels Viacom18 launched or rebranded -> provider; 'signed a deal with the National Basketball
 # Association ... to deliver live NBA games' -> partner (a licensing deal); 'TV18 acquired the non-Telugu language TV
 # assets of ETV Network' (assets) -> nothing; Colors HD launched 'on Astro Malaysia' (carriage, no deal stated) ->
 # nothing; TV18's owner (not stated) -> nothing
 relations=parents("Bodhi Tree Systems", V18) + parents(N18, V18) + [L("Bodhi Tree Systems", "partner", N18),
            L(N18, "parentOrganization", "Reliance Industries"), L(V18, "parentOrganization", "Viacom")]
           + acq("TV18", V18) + parents(V18, "Sun 18") + parents("Sun Network", "Sun 18") + [L(V18, "partner", "Sun Network")]
           + parents(V18, "Viacom18 Studios")
           + provided(V18, "Colors", "Aapka Colors", "Nickelodeon Sonic", "Colors HD", *["Colors " + x for x in COLORS])
           + [L(V18, "partner", "National Basketball Association")],
 outages=[],
 # 'More recently' (relative) left out
 dates=[D("January 2010", "2010-01"), D("July 2010", "2010-07"), D("December 2011", "2011-12"),
        D("January 2014", "2014-01"), D("March 2015", "2015-03"), D("31 January 2018", "2018-01-31"),
        D("1 October 2019", "2019-10-01")])

# ---- telecoms: Vodafone Hutchison Australia ------------------------------------------------------------------------
VHA = "Vodafone Hutchison Australia Pty Limited"
HTAL = "Hutchison Telecommunications (Australia) Limited"
A["wp-vodafone-hutchison-australia"] = dict(
 # the operator under its full name, trading names ('Vodafone Australia', 'Vodafone Hutchison Australia', 'VHA',
 # 'Vodafone' in 'Vodafone's core business') and later name ('TPG Telecom Limited') -> one Company; 'Vodafone
 # Australia' also names the 2009 merger's other party: one surface form for two businesses -> the trading name's
 # entity, the first use (doubtful); Hutchison 3G Australia, Telstra, Optus, HTAL ('HTAL'), CK Hutchison Holdings,
 # Vodafone Group plc, TPG Telecom -> Company; the National Broadband Network -> Service (no operator named); the
 # ACCC and the Federal Court of Australia -> Organization; Australia -> Location; 'ASX: HTA' (a ticker) -> nothing
 entities=[E("Company", VHA, "Vodafone Australia", "Vodafone Hutchison Australia", "VHA", "TPG Telecom Limited",
             "Vodafone"),
           E("Location", "Australia"), E("Company", "Hutchison 3G Australia"), E("Company", "Telstra"),
           E("Company", "Optus"), E("Service", "National Broadband Network"), E("Company", HTAL, "HTAL"),
           E("Company", "CK Hutchison Holdings"), E("Company", "Vodafone Group plc"), E("Company", "TPG Telecom"),
           E("Organization", "ACCC"), E("Organization", "Federal Court of Australia")],
 roles=[],
 # 'The joint venture entity is owned by Hutchison Telecommunications (Australia) Limited ... and by Vodafone Group
 # plc on a 50-50 basis' -> parentOrganization to each + partner (as written); HTAL, 'a subsidiary of CK Hutchison
 # Holdings' -> parentOrganization; 'a 2009 merger between Vodafone Australia and Hutchison 3G Australia' and the
 # 'intention to merge' with TPG Telecom (no buyer stated; the TPG merger planned) -> nothing; the renaming to TPG
 # Telecom Limited -> an alias; Telstra and Optus (rivals) -> nothing
 relations=parents(HTAL, VHA) + parents("Vodafone Group plc", VHA) + [L(HTAL, "partner", "Vodafone Group plc"),
            L(HTAL, "parentOrganization", "CK Hutchison Holdings")],
 outages=[],
 dates=[D("2009", "2009"), D("August 2018", "2018-08"), D("February 2020", "2020-02"), D("29 June 2020", "2020-06-29")])

# ---- banking technology: Diebold Nixdorf ---------------------------------------------------------------------------
DN = "Diebold Nixdorf, Incorporated"
A["wp-diebold-nixdorf"] = dict(
 # the company under its present, short and earlier names ('Diebold Nixdorf', 'Diebold Bahmann Safe Company',
 # 'Diebold Safe & Lock Company', 'Diebold Inc.', 'Diebold') -> one Company; Wincor Nixdorf, Detroit National Bank and
 # the New York Stock Exchange ('NYSE', a business) -> Company; the founder -> Person; places -> Location; 'ATMs',
 # 'Chapter 11' -> nothing; 'the Great Chicago Fire' (an event) -> nothing
 entities=[E("Company", DN, "Diebold Nixdorf", "Diebold Bahmann Safe Company", "Diebold Safe & Lock Company",
             "Diebold Inc.", "Diebold"),
           E("Location", "North Canton"), E("Location", "Ohio"), E("Location", "Cincinnati"),
           E("Company", "Detroit National Bank"), E("Location", "United States"), E("Location", "Germany"),
           E("Company", "Wincor Nixdorf"), E("Company", "New York Stock Exchange", "NYSE"),
           E("Person", "Charles Diebold"), E("Location", "Canton")],
 # 'Under the leadership of founder Charles Diebold' -> founder
 roles=[R("Charles Diebold", "founder", DN)],
 # 'Diebold Inc. acquired Germany's Wincor Nixdorf in 2016' -> acquired + parentOrganization (completed; the text does
 # not say Wincor Nixdorf was merged away, though the buyer took the name Diebold Nixdorf; doubtful); the vault 'sold
 # ... to Detroit National Bank' (one sale of goods, as batch 32d's Santana units) -> nothing; the NYSE listing ->
 # nothing
 relations=acq(DN, "Wincor Nixdorf"),
 outages=[],
 # 'the following year' (relative to 1871, published null) left out
 dates=[D("1859", "1859"), D("1921", "1921"), D("2016", "2016"), D("June 1, 2023", "2023-06-01"),
        D("August 2023", "2023-08"), D("1871", "1871")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

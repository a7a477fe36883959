#!/usr/bin/env python3
"""Batch 28d gold annotations (the 12 texts of batch28d.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null: only absolute
dates (GUIDELINES.md, Dates); the Federal Register notice is dated.
Conventions applied here (GUIDELINES.md part 2 and batches 26e/27d): a completed purchase -> acquired +
parentOrganization; an agreed or pending deal -> acquired only; a joint purchase -> acquired for each buyer; bids,
offers, failed or blocked deals, mergers with no buyer named, stakes bought out and purchases of unnamed businesses,
operations or assets -> nothing; a stated owner, unit, subsidiary, arm or parent -> parentOrganization (kept when told
as past: relations carry no time); a joint venture -> parentOrganization to each owner and partner between the owners;
a consortium -> partner between its members; a product or service the text says a company makes, runs or launched ->
provider; former and later names of one company -> aliases; founders -> founder.
usage: batch28d_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- eyewear: EssilorLuxottica ---------------------------------------------------------------------------------------
EL = "EssilorLuxottica SA"
A["wp-essilorluxottica"] = dict(
 # the merged group ('EssilorLuxottica SA', 'EssilorLuxottica') -> Company; Luxottica and Essilor -> Company; the
 # brands Foster Grant and Costa Del Mar (eyewear products people buy) -> Service; Paris -> Location; 'Italian',
 # 'French', 'Italian-French' -> nothing
 entities=[E("Company", EL, "EssilorLuxottica"), E("Location", "Paris"), E("Company", "Luxottica"),
           E("Company", "Essilor"), E("Person", "Leonardo Del Vecchio", "Del Vecchio"),
           E("Person", "Hubert Sagnières"), E("Person", "Francesco Milleri"),
           E("Service", "Foster Grant"), E("Service", "Costa Del Mar")],
 # 'Luxottica founder Leonardo Del Vecchio' -> founder; 'becoming executive chairman' of the merged group -> chairman
 # (GUIDELINES: executive chairman -> chairman), current (the text goes on with him in charge); 'ousted Essilor CEO
 # Hubert Sagnières' -> ceo of Essilor, not current; 'Francesco Milleri as the new CEO' -> ceo of the merged group
 # (doubtful: 'the company' read as EssilorLuxottica, not Essilor)
 roles=[R("Leonardo Del Vecchio", "founder", "Luxottica"), R("Leonardo Del Vecchio", "chairman", EL),
        R("Hubert Sagnières", "ceo", "Essilor", False), R("Francesco Milleri", "ceo", EL)],
 # 'the merger agreement was that Essilor would acquire Luxottica' and the group 'founded ... from the merger' -> a
 # completed purchase with the buyer named -> acquired; no parentOrganization to Essilor: both went into the new
 # group, whose ownership of them the text does not state (doubtful); 'Essilor contributing ... the brands Foster
 # Grant and Costa Del Mar' -> provider to Essilor
 relations=[L("Essilor", "acquired", "Luxottica")] + provided("Essilor", "Foster Grant", "Costa Del Mar"),
 outages=[],
 dates=[D("1 October 2018", "2018-10-01")])

# ---- telecoms: Vodafone India -----------------------------------------------------------------------------------------
HMT = "Hutchison Max Telecom"
A["wp-vodafone-india"] = dict(
 # Vodafone India, Vodafone Group, Idea ('its merger with Idea'), Hutchison Whampoa ('Hutchison acquired interests'
 # read as the group, doubtful), the Max Group, BPL Mobile, Hutchison Telecommunications International ('HTIL') ->
 # Company; Hutchison Max Telecom with 'HMTL', 'Hutchison Max' and its later name 'Hutchison Essar' ('HEL') -> one
 # Company, kept apart from Vodafone India (the kept text never ties the two names, doubtful: the infobox did); the
 # 'collective Vodafone Idea network' and the mobile service 'Max Touch' -> Service; the Department of
 # Telecommunications ('DoT') -> Organization; India, the United Kingdom, Mumbai, Bombay and the circles' names
 # (Delhi, Kolkata, Gujarat) -> Location
 entities=[E("Company", "Vodafone India"), E("Location", "India"), E("Location", "United Kingdom"),
           E("Company", "Vodafone Group"), E("Location", "Mumbai"), E("Company", "Idea"),
           E("Service", "Vodafone Idea"),
           E("Company", HMT, "HMTL", "Hutchison Max", "Hutchison Essar", "HEL"),
           E("Company", "Hutchison Whampoa", "Hutchison"), E("Company", "Max Group"), E("Location", "Bombay"),
           E("Organization", "Department of Telecommunications", "DoT"), E("Service", "Max Touch"),
           E("Location", "Delhi"), E("Location", "Kolkata"), E("Location", "Gujarat"),
           E("Company", "Hutchison Telecommunications International", "HTIL"), E("Company", "BPL Mobile")],
 roles=[],
 # 'the Indian subsidiary of ... Vodafone Group' -> parentOrganization; 'Hutchison Max Telecom (HMTL), a joint venture
 # between Hutchison Whampoa and the Max Group' -> parentOrganization to each owner + partner between them; the
 # 'mobile service branded "Max Touch"' launched after Hutchison Max won the licence -> provider (doubtful: the text
 # does not say who launched it); 'its merger with Idea' (no buyer) -> nothing; 'Hutchison acquired interests in all
 # 23 ... circles' (interests, not companies) -> nothing; 'the acquisition of BPL Mobile' by 'the group' (not named)
 # -> nothing (doubtful); HTIL's initial public offering -> nothing
 relations=[L("Vodafone India", "parentOrganization", "Vodafone Group")]
           + parents("Hutchison Whampoa", HMT) + parents("Max Group", HMT)
           + [L("Hutchison Whampoa", "partner", "Max Group"), L("Max Touch", "provider", HMT)],
 outages=[],
 # published null; 'the same year' left out
 dates=[D("March 2018", "2018-03"), D("21 February 1992", "1992-02-21"), D("November 1994", "1994-11"),
        D("December 1999", "1999-12"), D("July 2000", "2000-07"), D("September 2000", "2000-09"),
        D("1994", "1994"), D("1997", "1997"), D("1995", "1995"), D("1992", "1992"), D("2006", "2006"),
        D("August 2005", "2005-08"), D("2004", "2004")])

# ---- airlines: Vistara -------------------------------------------------------------------------------------------------
VI = "Tata SIA Airlines Limited"
A["wp-vistara"] = dict(
 # the airline ('Tata SIA Airlines Limited, doing business as Vistara') -> one Company; Tata Sons ('Tata'), Singapore
 # Airlines ('SIA'), IndiGo, Air India -> Company; the aircraft models -> Service (Airbus and Boeing only inside the
 # product names -> not their own entities); 'the Indian government' -> Organization; the airport, Gurgaon, Delhi,
 # Mumbai, India, Singapore -> Location
 entities=[E("Company", VI, "Vistara"), E("Location", "Gurgaon"), E("Location", "Indira Gandhi International Airport"),
           E("Company", "Tata Sons", "Tata"), E("Company", "Singapore Airlines", "SIA"), E("Location", "Delhi"),
           E("Location", "Mumbai"), E("Company", "IndiGo"), E("Company", "Air India"),
           E("Service", "Airbus A320neo"), E("Service", "Airbus A321neo"), E("Service", "Boeing 787-9"),
           E("Location", "India"), E("Location", "Singapore"), E("Organization", "Indian government")],
 roles=[],
 # 'A joint venture between Tata Sons (51 percent) and Singapore Airlines (49 percent)' -> parentOrganization to each +
 # partner; the mid-1990s bid 'denied regulatory approval' -> nothing more (the two already partners); 'its merger with
 # ... Air India' (no buyer stated) -> nothing; the fleet's aircraft (no maker named on its own) -> no provider
 relations=parents("Tata Sons", VI) + parents("Singapore Airlines", VI) + [L("Tata Sons", "partner", "Singapore Airlines")],
 outages=[],
 # published null; 'the mid-1990s' (a decade) left out
 dates=[D("9 January 2015", "2015-01-09"), D("September 2024", "2024-09"), D("12 November 2024", "2024-11-12"),
        D("2013", "2013"), D("2012", "2012")])

# ---- motorcycles: Hero MotoCorp ---------------------------------------------------------------------------------------
HM = "Hero Motocorp Ltd."
HC = "Hero Cycles Ltd."
HO = "Honda Motor Company"
A["wp-hero-motocorp"] = dict(
 # the maker with its former names ('Hero Honda', 'Hero Honda Motors', 'Hero Honda Motors Limited') and both spellings
 # ('Hero Motocorp Ltd.', 'Hero MotoCorp') -> one Company; Hero Cycles ('Hero Cycles Ltd.', 'Hero Group') -> one
 # Company ('the Hero Group food company of Switzerland', named only to be told apart, is not annotated: its only
 # surface form is Hero Cycles' alias, doubtful); Honda ('Honda of Japan', 'Honda Motor Company') -> one Company;
 # Honda Motorcycle and Scooter India ('HMSI'), Hero Investment Pvt. Ltd. -> Company; the Forbes list -> not an
 # entity; 'the Munjal brothers' (no first names) -> nothing
 entities=[E("Company", HM, "Hero MotoCorp", "Hero Honda", "Hero Honda Motors", "Hero Honda Motors Limited"),
           E("Location", "New Delhi"), E("Location", "India"), E("Company", HC, "Hero Cycles", "Hero Group"),
           E("Location", "Switzerland"), E("Company", HO, "Honda"), E("Location", "Japan"),
           E("Company", "Honda Motorcycle and Scooter India", "HMSI"), E("Company", "Hero Investment Pvt. Ltd."),
           E("Location", "Dharuhera")],
 roles=[],
 # 'a joint venture between Hero Cycles ... and Honda' -> parentOrganization to each owner + partner (kept though
 # Honda left: relations carry no time); 'Hero Group bought the shares held by Honda' (a stake bought out) ->
 # nothing; 'its entirely owned subsidiary, Honda Motorcycle and Scooter India' -> parentOrganization to Honda
 # (doubtful: the sentence's subject is Hero Group; the subsidiary's name and 'entirely owned' read as Honda's);
 # 'its parent Hero Investment Pvt. Ltd.' -> parentOrganization; merging the parent's investment arm into the maker
 # -> nothing
 relations=parents(HC, HM) + parents(HO, HM) + [L(HC, "partner", HO)]
           + [L("Honda Motorcycle and Scooter India", "parentOrganization", HO),
              L(HM, "parentOrganization", "Hero Investment Pvt. Ltd.")],
 outages=[],
 # published null; '18 months after' left out
 dates=[D("2006", "2006"), D("31 March 2013", "2013-03-31"), D("1984", "1984"), D("2010", "2010"),
        D("June 2012", "2012-06")])

# ---- oil and a state case: Yukos --------------------------------------------------------------------------------------
YU = "Yukos Oil Company"
A["wp-yukos"] = dict(
 # the company ('OJSC "Yukos Oil Company"', 'Yukos') -> Company; 'Bank Menatep' -> Company; 'the Russian government'
 # (and 'the government') -> Organization named so; Mikhail Khodorkovsky -> Person; Moscow, Russia, Libya, Iraq ->
 # Location; 'the Parliamentary Assembly' was cut with the excerpt
 entities=[E("Company", YU, "Yukos"), E("Location", "Moscow"), E("Location", "Russia"),
           E("Organization", "Russian government"), E("Person", "Mikhail Khodorkovsky", "Khodorkovsky"),
           E("Company", "Bank Menatep"), E("Location", "Libya"), E("Location", "Iraq")],
 # 'Russian oligarch Mikhail Khodorkovsky's Bank Menatep' -> an owner, no title -> no role
 roles=[],
 # 'Yukos was acquired from the Russian government by ... Bank Menatep' -> acquired + parentOrganization (the
 # government as seller: no relation, its ownership not stated as such); the assets 'seized and transferred ... to
 # state-owned oil companies' (not named) -> nothing
 relations=acq("Bank Menatep", YU),
 outages=[],
 # published null; 'the mid 1990s' (a decade) left out; 'From 2003-04 onwards' left out (a two-year span written like
 # a month; its first year already stands as '2003')
 dates=[D("1996", "1996"), D("2003", "2003"), D("October 2003", "2003-10"), D("August 2006", "2006-08"),
        D("2014", "2014"), D("2004", "2004"), D("2007", "2007")])

# ---- banking and insurance: Fortis ------------------------------------------------------------------------------------
FO = "Fortis N.V./S.A."
RBS = "Royal Bank of Scotland Group"
A["wp-fortis"] = dict(
 # the group ('Fortis N.V./S.A.', 'Fortis') -> Company; Fortis Bank, ABN AMRO (one entity: the bank bought and the name
 # the nationalised Dutch units took, doubtful), the Royal Bank of Scotland Group, Banco Santander, BNP Paribas, ASR
 # Nederland -> Company; the two Euronext exchanges -> Company; 'the Dutch government' -> Organization; 'the Benelux
 # governments' (plural, unnamed) -> nothing; Benelux, Luxembourg ('Luxembourg stock exchanges'), the Netherlands ->
 # Location
 entities=[E("Company", FO, "Fortis"), E("Location", "Benelux"), E("Company", "Fortis Bank"),
           E("Company", "Euronext Brussels"), E("Company", "Euronext Amsterdam"), E("Location", "Luxembourg"),
           E("Company", "ABN AMRO"), E("Company", RBS), E("Company", "Banco Santander"), E("Company", "BNP Paribas"),
           E("Location", "Netherlands"), E("Organization", "Dutch government"), E("Company", "ASR Nederland")],
 roles=[],
 # 'branches of Fortis Bank' selling Fortis's products -> parentOrganization (doubtful: implied); 'its part of a joint
 # acquisition of ABN AMRO (as a member of a consortium which also included Royal Bank of Scotland Group and Banco
 # Santander)' -> acquired for each buyer (doubtful: completion implied by 'financing its part', ownership afterwards
 # not stated, so no parentOrganization) + partner between the consortium's members; 'its Belgian banking
 # operations were sold to BNP Paribas' (operations, not named) -> nothing; 'subsidiaries in the Netherlands were
 # nationalised by the Dutch government and renamed ABN AMRO' -> parentOrganization to the government; 'The Dutch
 # insurance arm of Fortis was split off as ASR Nederland' -> parentOrganization, kept as past (doubtful: a
 # split-off, as batch 27d's Centrica)
 relations=[L("Fortis Bank", "parentOrganization", FO),
            L(FO, "acquired", "ABN AMRO"), L(RBS, "acquired", "ABN AMRO"), L("Banco Santander", "acquired", "ABN AMRO"),
            L(FO, "partner", RBS), L(FO, "partner", "Banco Santander"), L(RBS, "partner", "Banco Santander"),
            L("ABN AMRO", "parentOrganization", "Dutch government"), L("ASR Nederland", "parentOrganization", FO)],
 outages=[],
 dates=[D("2007", "2007"), D("2008", "2008")])

# ---- airlines: Cathay Dragon -------------------------------------------------------------------------------------------
HKDA = "Hong Kong Dragon Airlines Limited"
HKMII = "Hong Kong Macau International Investment Co."
A["wp-cathay-dragon"] = dict(
 # the airline with its trading names ('Dragonair', 'Cathay Dragon') -> one Company; Cathay Pacific, Airbus ('an
 # all-Airbus fleet', named on its own), Hong Kong Macau International Investment Co. -> Company; the A320s, A321s and
 # A330s (aircraft models) -> Service; Oneworld ('the Oneworld airline alliance') -> Organization (doubtful, as batch
 # 27d's alliance); 'the Hong Kong Government' -> Organization; Chao Kuang Piu -> Person; Hong Kong, the airport, Asia,
 # Kota Kinabalu, Sabah, Malaysia -> Location
 entities=[E("Company", HKDA, "Dragonair", "Cathay Dragon"), E("Location", "Hong Kong"),
           E("Location", "Hong Kong International Airport"), E("Location", "Asia"), E("Company", "Airbus"),
           E("Service", "A320s"), E("Service", "A321s"), E("Service", "A330s"), E("Company", "Cathay Pacific"),
           E("Organization", "Oneworld"), E("Person", "Chao Kuang Piu"), E("Location", "Kota Kinabalu"),
           E("Location", "Sabah"), E("Location", "Malaysia"), E("Organization", "Hong Kong Government"),
           E("Company", HKMII)],
 # 'founded ... by Chao Kuang Piu' -> founder; 'most recently the airline's honorary chairman' -> chairman, current
 # (his last post, not said to be left; doubtful: an honorary chair)
 roles=[R("Chao Kuang Piu", "founder", HKDA), R("Chao Kuang Piu", "chairman", HKDA)],
 # 'a wholly owned subsidiary of Cathay Pacific' and 'its parent, Cathay Pacific' -> parentOrganization; 'established
 # ... as a subsidiary of Hong Kong Macau International Investment Co.' -> parentOrganization, kept as past; an
 # 'all-Airbus fleet ... consisting of A320s, A321s and A330s' -> provider to Airbus (doubtful: the maker read from the
 # fleet's description); 'an affiliate member of the Oneworld airline alliance' (membership) and codeshares with
 # unnamed partner airlines -> nothing
 relations=parents("Cathay Pacific", HKDA) + parents(HKMII, HKDA) + provided("Airbus", "A320s", "A321s", "A330s"),
 outages=[],
 dates=[D("2016", "2016"), D("2020", "2020"), D("24 May 1985", "1985-05-24"), D("July 1985", "1985-07"),
        D("2010", "2010")])

# ---- packaging: Amcor and Bemis (Federal Register, 26 June 2019) --------------------------------------------------------
A["us-doj-federal-register-amcor-bemis-proposed-final-judgment-2019"] = dict(
 # the parties ('Amcor Limited', 'Amcor'; 'Bemis Company, Inc.') -> Company; the court, the Antitrust Division and the
 # Department of Justice -> Organization; the United States as plaintiff -> Location (as batch 21c); the places of the
 # facilities -> Location; the Clayton Act and the Antitrust Procedures and Penalties Act (laws) -> not entities
 entities=[E("Organization", "United States District Court for the District of Columbia"),
           E("Company", "Amcor Limited", "Amcor"), E("Company", "Bemis Company, Inc."),
           E("Location", "United States"), E("Location", "Ashland"), E("Location", "Massachusetts"),
           E("Location", "Milwaukee"), E("Location", "Wisconsin"), E("Location", "Madison"),
           E("Organization", "Antitrust Division"), E("Organization", "Department of Justice")],
 roles=[],
 # 'Amcor Limited's proposed acquisition of Bemis Company, Inc.', let through by a settlement requiring divestitures
 # -> acquired only (agreed, not completed); the Antitrust Division, a division of the Department of Justice (both
 # named, as batch 21c) -> parentOrganization; the divested 'medical flexible packaging assets' -> nothing
 relations=[L("Amcor Limited", "acquired", "Bemis Company, Inc."),
            L("Antitrust Division", "parentOrganization", "Department of Justice")],
 outages=[],
 # 'within 60 days of the date of this notice' (a period) left out
 dates=[D("May 30, 2019", "2019-05-30")])

# ---- aluminium: Pechiney -----------------------------------------------------------------------------------------------
PE = "Pechiney SA"
A["wp-pechiney"] = dict(
 # the group with its former names ('Compagnie des Produits Chimiques Henri Merle', 'Péchiney SA', 'Société des
 # Produits Chimiques d'Alais et de la Camargue') -> one Company; Alcan ('the Alcan corporation') -> Company; the
 # London Metal Exchange ('LME') -> Company (an exchange); 'the French government' -> not annotated (corpus practice for '<Nationality> government'; second annotation 29's mend); Henri Merle, Henri
 # Sainte-Claire Deville, A. R. Pechiney -> Person; France, Canada, Salindres -> Location
 entities=[E("Company", PE, "Pechiney", "Péchiney SA", "Compagnie des Produits Chimiques Henri Merle",
             "Société des Produits Chimiques d'Alais et de la Camargue"),
           E("Location", "France"), E("Company", "Alcan"), E("Location", "Canada"),
           E("Company", "London Metal Exchange", "LME"), E("Person", "Henri Merle"), E("Location", "Salindres"),
           E("Person", "Henri Sainte-Claire Deville"),
           E("Person", "A. R. Pechiney")],
 # 'founded in 1855 by Henri Merle' -> founder; 'a former influential managing director ... A. R. Pechiney' ->
 # director (GUIDELINES: managing director -> director), not current; Sainte-Claire Deville (a process's inventor)
 # -> no role
 roles=[R("Henri Merle", "founder", PE), R("A. R. Pechiney", "director", PE, False)],
 # 'acquired in 2003 by the Alcan corporation' / 'purchased by Alcan' -> acquired + parentOrganization; the French
 # government's monopoly grant -> nothing
 relations=acq("Alcan", PE),
 outages=[],
 dates=[D("2003", "2003"), D("1855", "1855"), D("1897", "1897"), D("1860", "1860"), D("1854", "1854"),
        D("1948", "1948")])

# ---- glass: Pilkington -------------------------------------------------------------------------------------------------
PI = "Pilkington plc"
A["wp-pilkington"] = dict(
 # the company with its earlier names ('Pilkington Brothers', 'Pilkington Brothers Limited') -> one Company; Nippon
 # Sheet Glass, the London Stock Exchange -> Company; the FTSE 100 Index -> not an entity; the self-cleaning glass
 # product 'Activ™' -> Service named 'Activ' (the mark left out of the name); the Float Process (a method) -> not an
 # entity; the United Kingdom, St Helens, Merseyside, Lancashire, Japan, USA, Germany -> Location
 entities=[E("Company", PI, "Pilkington", "Pilkington Brothers", "Pilkington Brothers Limited"),
           E("Location", "United Kingdom"), E("Location", "St Helens"), E("Location", "Merseyside"),
           E("Company", "London Stock Exchange"), E("Company", "Nippon Sheet Glass"), E("Location", "Japan"),
           E("Location", "Lancashire"), E("Service", "Activ"), E("Location", "USA"), E("Location", "Germany")],
 roles=[],
 # 'in 2006 it was taken over by Nippon Sheet Glass' -> acquired + parentOrganization (the bid of late 2005 is the same
 # takeover's start); 'it devised a ... product, called Activ' -> provider; 'to acquire major existing glass producers
 # in USA, Germany and elsewhere' (not named) -> nothing; licensing the Float Process to unnamed makers -> nothing
 relations=acq("Nippon Sheet Glass", PI) + [L("Activ", "provider", PI)],
 outages=[],
 # published null; 'late 2005' -> the year (GUIDELINES, Dates); 'the 1960s and 1970s' (decades) left out
 dates=[D("2006", "2006"), D("1826", "1826"), D("1894", "1894"), D("1970", "1970"), D("1957", "1957"),
        D("late 2005", "2005")])

# ---- building materials: Hanson (Heidelberg Materials UK) ---------------------------------------------------------------
HA = "Heidelberg Materials UK"
A["wp-heidelberg-materials-uk"] = dict(
 # the company through its names ('Wiles Group', 'Hanson Trust Ltd', 'Hanson Plc', 'Hanson plc', 'Hanson UK',
 # 'Hanson', 'Heidelberg Materials') -> one Company (Hanson plc also stands as one of the four firms of the
 # reorganisation: the same company); HeidelbergCement, the London Stock Exchange, the United Drapery Stores, Imperial
 # Tobacco, Kidde, Imperial Chemical Industries ('ICI'), The Energy Group, Millennium Chemicals -> Company; James
 # Hanson, Gordon White -> Person; Maidenhead, Britain -> Location; the FTSE 100 Index -> not an entity
 entities=[E("Company", HA, "Hanson UK", "Wiles Group", "Hanson Trust Ltd", "Hanson", "Hanson Plc", "Hanson plc",
             "Heidelberg Materials"),
           E("Location", "Maidenhead"), E("Company", "HeidelbergCement"), E("Company", "London Stock Exchange"),
           E("Person", "James Hanson"), E("Person", "Gordon White"), E("Company", "United Drapery Stores"),
           E("Company", "Imperial Tobacco"), E("Company", "Kidde"), E("Company", "Imperial Chemical Industries", "ICI"),
           E("Location", "Britain"), E("Company", "The Energy Group"), E("Company", "Millennium Chemicals")],
 # 'transformed into Hanson Trust Ltd by James Hanson and Gordon White in 1964' -> founder for both (doubtful: they
 # made the company out of Wiles Group)
 roles=[R("James Hanson", "founder", HA), R("Gordon White", "founder", HA)],
 # 'a subsidiary of the German company HeidelbergCement since August 2007' and 'HeidelbergCement purchased Hanson
 # Plc' -> acquired + parentOrganization; 'Several large businesses were purchased ..., such as the United Drapery
 # Stores in 1983, Imperial Tobacco in 1986 and Kidde in 1987' -> acquired + parentOrganization each (kept for
 # Imperial Tobacco, later a separate listed firm: relations carry no time); the 1991 attempt on ICI, 'ultimately
 # unsuccessful' -> nothing; the reorganisation 'into four separate listed firms' (a split, no owner stated, as batch
 # 27d's Lattice/BG) -> nothing
 relations=acq("HeidelbergCement", HA) + acq(HA, "United Drapery Stores") + acq(HA, "Imperial Tobacco")
           + acq(HA, "Kidde"),
 outages=[],
 # published null; 'the 1980s', 'the 1990s', 'the mid 1990s' (decades) and 'Over a thirty year period' left out
 dates=[D("August 2007", "2007-08"), D("1964", "1964"), D("1983", "1983"), D("1986", "1986"), D("1987", "1987"),
        D("1991", "1991"), D("2007", "2007"), D("October 2023", "2023-10")])

# ---- banking: Abbey National --------------------------------------------------------------------------------------------
AB = "Abbey National plc"
NFLS = "National Freehold Land Society"
ARSJ = "Abbey Road & St. John's Wood Permanent Benefit Building Society"
A["wp-abbey-national"] = dict(
 # the bank with its names ('Abbey National', 'Abbey', 'Abbey National Building Society', renamed 'Santander UK plc')
 # -> one Company; the businesses it bought (James Hay, Scottish Mutual, Scottish Provident, Porterbrook), the
 # Santander Group, Bradford & Bingley, the British Land Company -> Company; the online bank 'Cahoot' it launched ->
 # Service (doubtful: batch 27d typed an internet bank, WiZink, as Company; here a launched product); the two building
 # societies of 1944 with their earlier names ('National Permanent Mutual Benefit Building Society', 'National
 # Building Society'; 'Abbey Road Building Society') -> Company each (predecessors the text says merged); Joshua
 # Walmsley ('Sir'), Richard Cobden, John Bright -> Person; Sherlock Holmes ('Holmes'; fictional, doubtful) -> Person;
 # the United Kingdom, Kilburn, Abbey Road, Abbey House (a named building), Baker Street, London -> Location; the
 # Building Societies Act 1836 (a law) -> not an entity
 entities=[E("Company", AB, "Abbey National", "Abbey", "Abbey National Building Society", "Santander UK plc"),
           E("Location", "United Kingdom"), E("Company", "James Hay"), E("Company", "Scottish Mutual"),
           E("Company", "Scottish Provident"), E("Company", "Porterbrook"), E("Service", "Cahoot"),
           E("Company", "Santander Group"), E("Company", "Bradford & Bingley"),
           E("Company", NFLS, "National Permanent Mutual Benefit Building Society", "National Building Society"),
           E("Person", "Joshua Walmsley"), E("Person", "Richard Cobden"), E("Person", "John Bright"),
           E("Company", "British Land Company"), E("Company", ARSJ, "Abbey Road Building Society"),
           E("Location", "Abbey Road"), E("Location", "Kilburn"), E("Location", "Abbey House"),
           E("Location", "Baker Street"), E("Location", "London"), E("Person", "Sherlock Holmes", "Holmes")],
 # 'established by two Liberal members of parliament, Sir Joshua Walmsley and Richard Cobden' -> founder of the
 # society for both (legislators: no other role); John Bright 'joined a year later' -> no role
 roles=[R("Joshua Walmsley", "founder", NFLS), R("Richard Cobden", "founder", NFLS)],
 # 'acquisitions in the 1990s, including James Hay, Scottish Mutual, Scottish Provident and ... Porterbrook' ->
 # acquired + parentOrganization each; 'launched an online bank, Cahoot' -> provider; 'it became a wholly owned
 # subsidiary of the Spanish Santander Group' with 'the takeover' -> acquired + parentOrganization; 'the savings
 # business of Bradford & Bingley was combined with the bank' (a business, not the company) -> nothing; 'In 1856, it
 # formed the British Land Company, which separated in 1878' -> parentOrganization, kept as past (doubtful: a company
 # formed by the society and later separated); the 1944 merger (no buyer) -> nothing
 relations=acq(AB, "James Hay") + acq(AB, "Scottish Mutual") + acq(AB, "Scottish Provident") + acq(AB, "Porterbrook")
           + [L("Cahoot", "provider", AB)] + acq("Santander Group", AB)
           + [L("British Land Company", "parentOrganization", NFLS)],
 outages=[],
 # published null; 'the 1990s' and 'a year later' left out; '1836' in the Act's title (a law's name) left out
 dates=[D("July 1989", "1989-07"), D("June 2000", "2000-06"), D("September 2003", "2003-09"),
        D("November 2004", "2004-11"), D("February 2005", "2005-02"), D("January 2010", "2010-01"),
        D("1849", "1849"), D("1856", "1856"), D("1878", "1878"), D("1874", "1874"), D("1932", "1932"),
        D("2002", "2002"), D("1944", "1944")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))

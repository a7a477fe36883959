#!/usr/bin/env python3
"""Second annotation (agree58) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree58-tmp, made from
their text with GUIDELINES.md and GOLD_FORMAT.md; open points were settled from train gold of other ids (listed in this
folder's README) and the conventions of earlier second annotations.
Writes the gold files into the folder given as the first argument (default: this script's folder), through the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV, PA = "parentOrganization", "acquired", "provider", "partner"

# published null. CMA case page: the anticipated acquisition by McGraw-Hill Education of Cengage Learning Holdings II;
# phase 1 decision, reference to phase 2, inquiry group, reference cancelled on 5 May 2020.
# Entities: "CMA" (no full name in the text): Organization (train CMA pages; agree56, agree57). McGraw-Hill Education,
# Inc and Cengage Learning Holdings II, Inc. (the full stop belongs to "Inc." in both mentions): Companies. Stuart
# McIntosh, Maria da Cunha, Robin Foster, Karthik Subramanya: Persons. United Kingdom: Location.
# Roles: "Stuart McIntosh (Chair)" of the inquiry group -> chairman at CMA; the three other members -> other at CMA
# (train FNZ / GBST; agree55-57). Current.
# Relations: "the anticipated acquisition by McGraw-Hill Education, Inc of Cengage Learning Holdings II, Inc." -> an
# agreed deal not completed: acquired only (GUIDELINES; the CMA lane gives every "anticipated acquisition" acquired:
# train Culligan / Waterlogic, Poundland / 99p Stores, Stonegate / Ei Group). The page says the CMA cancelled its
# inquiry but not that the parties abandoned the deal, so the acquired link stays (doubtful: a reader who takes the
# cancellation as the end of the deal would give nothing, as for an abandoned one).
# Dates (published null: absolute only): "24.3.20" -> 2020-03-24 and "28.9.20" -> 2020-09-28 (day.month.two-digit year;
# the page's other dates fix the century; train lists "06.03.2007" in the one such file); "5 May 2020", "14 April 2020",
# "24 March 2020", "10 March 2020", "14 January 2020"; "14 to 28 January 2020": "14" -> 2020-01-14 and "28 January 2020"
# -> 2020-01-28 (train CMA PayPal / iZettle lists the bare first end of "1 October to 12 October 2018"; Oireachtas SBCI
# lists a bare "23"; other files list only the second end; doubtful).
MH, CG = "McGraw-Hill Education, Inc", "Cengage Learning Holdings II, Inc."
A["uk-cma-mcgraw-hill-cengage-merger-case-page-reference-cancelled-2020"] = dict(
    entities=[E("Organization", "CMA"), E("Company", MH), E("Company", CG), E("Person", "Stuart McIntosh"),
              E("Person", "Maria da Cunha"), E("Person", "Robin Foster"), E("Person", "Karthik Subramanya"),
              E("Location", "United Kingdom")],
    roles=[R("Stuart McIntosh", "chairman", "CMA"), R("Maria da Cunha", "other", "CMA"),
           R("Robin Foster", "other", "CMA"), R("Karthik Subramanya", "other", "CMA")],
    relations=[L(MH, AQ, CG)],
    outages=[],
    dates=[D("24.3.20", "2020-03-24"), D("28.9.20", "2020-09-28"), D("5 May 2020", "2020-05-05"),
           D("14 April 2020", "2020-04-14"), D("24 March 2020", "2020-03-24"), D("10 March 2020", "2020-03-10"),
           D("14", "2020-01-14"), D("28 January 2020", "2020-01-28"), D("14 January 2020", "2020-01-14")])

# published 2012-04-24. Justice Department release: the United States intervenes in a False Claims Act suit against Toyo
# Ink Manufacturing and three US subsidiaries for misstating the origin of CVP-23 pigment imports to avoid antidumping
# and countervailing duties.
# Entities: United States ("The United States has intervened", "United States markets"; "U.S." in "U.S. subsidiaries",
# "U.S. businesses", an alias): Location (train: "the United States" as a sentence's subject a Location in 42 of 42
# files; "U.S." an alias of it in 24 files of 33). Toyo Ink Manufacturing Co. Ltd. ("Toyo Ink", the Japanese company
# "which has operations worldwide"; "Toyo", the defendant in "the suit alleges that Toyo misrepresented"): Company
# (doubtful: "Toyo" may be read as the four companies together, like agree57's collective "Merrill Lynch"). Toyo Ink
# International Corp., Toyo Ink America LLC, Toyo Ink Manufacturing America LLC: Companies. New York, Illinois, New
# Jersey, China, India, Japan, Mexico: Locations. Department of Justice ("Justice Department"; train: 8 of 8 files with
# both forms name it so), Civil Division, U.S. Customs and Border Protection ("U.S. Customs"), Department of Commerce:
# Organizations. Stuart F. Delery: Person. Not entities: carbazole violet pigment number 23 (CVP-23), a commodity
# chemical, no brand (no train precedent; doubtful); the False Claims Act (title only).
# Roles: "Stuart F. Delery, Acting Assistant Attorney General for the Civil Division" -> head at Civil Division, current
# (train: 14 of 14 acting Assistant Attorneys General head).
# Relations: "its U.S. subsidiaries: ..." -> parentOrganization(subsidiary, Toyo Ink Manufacturing Co. Ltd.) for the
# three; parentOrganization(Civil Division, Department of Justice). Customs and Commerce: no parent named.
# Dates: "today" -> 2012-04-24; "2004".
TI, US_ = "Toyo Ink Manufacturing Co. Ltd.", "United States"
TII, TIA, TIMA = "Toyo Ink International Corp.", "Toyo Ink America LLC", "Toyo Ink Manufacturing America LLC"
DOJ, CIV = "Department of Justice", "Civil Division"
A["us-doj-opa-toyo-ink-manufacturing-us-subsidiaries-false-claims-import-duties-intervention-2012"] = dict(
    entities=[E("Location", US_, "U.S."), E("Company", TI, "Toyo Ink", "Toyo"), E("Company", TII), E("Company", TIA),
              E("Company", TIMA), E("Location", "New York"), E("Location", "Illinois"), E("Location", "New Jersey"),
              E("Organization", DOJ, "Justice Department"),
              E("Organization", "U.S. Customs and Border Protection", "U.S. Customs"),
              E("Organization", "Department of Commerce"), E("Location", "China"), E("Location", "India"),
              E("Location", "Japan"), E("Location", "Mexico"), E("Person", "Stuart F. Delery"),
              E("Organization", CIV)],
    roles=[R("Stuart F. Delery", "head", CIV)],
    relations=[L(TII, PO, TI), L(TIA, PO, TI), L(TIMA, PO, TI), L(CIV, PO, DOJ)],
    outages=[],
    dates=[D("today", "2012-04-24"), D("2004", "2004")])

# published 2003-09-29. SEC litigation release: suit against Sport-Haley, its chairman (and former CEO) Tomlinson and
# its former controller Auger over overstated inventory in the 1998-2000 financial statements.
# Entities: Securities and Exchange Commission ("Commission"): Organization. United States District Court for the
# District of Colorado: Organization, the whole name (train SEC files: 33 of 33). Sport-Haley, Inc. ("Sport-Haley"):
# Company. "the Haley-Registered Trademark label": the label "Haley" (the registered-trademark sign spelt out) a
# Service, an apparel brand (train Interstate Bakeries' "Webers label" a Service; doubtful: the span). R.G. Tomlinson
# ("Tomlinson"; "Robert G." only in the title), Steve S. Auger ("Auger"): Persons. Denver, Colorado, Scottsdale,
# Arizona, Morrison: Locations ("Town, State" split: the SEC lane splits 29 times, keeps whole 5).
# Roles: "its chairman of the board", "the current chairman and former chief executive officer" -> chairman current, ceo
# not current, at Sport-Haley. "the former controller of Sport-Haley" -> executive, not current (train: former
# controllers executive, not current, in 7 SEC files: Collins & Aikman, Dell, Material Sciences ...).
# Relations: provider(Haley, Sport-Haley, Inc.).
# Dates: "Friday, September 26, 2003" one item (train: 9 of 9 weekday-and-date forms whole); "1998", "1999", "2000" (the
# statements' and fiscal years, each text once); "June 30, 1999". "per month": no date.
SH = "Sport-Haley, Inc."
A["us-sec-sport-haley-chairman-former-ceo-tomlinson-former-controller-auger-inventory-fraud-2003"] = dict(
    entities=[E("Organization", "Securities and Exchange Commission", "Commission"),
              E("Organization", "United States District Court for the District of Colorado"),
              E("Company", SH, "Sport-Haley"), E("Location", "Denver"), E("Location", "Colorado"),
              E("Service", "Haley"), E("Person", "R.G. Tomlinson", "Tomlinson"), E("Location", "Scottsdale"),
              E("Location", "Arizona"), E("Person", "Steve S. Auger", "Auger"), E("Location", "Morrison")],
    roles=[R("R.G. Tomlinson", "chairman", SH), R("R.G. Tomlinson", "ceo", SH, False),
           R("Steve S. Auger", "executive", SH, False)],
    relations=[L("Haley", PV, SH)],
    outages=[],
    dates=[D("Friday, September 26, 2003", "2003-09-26"), D("1998", "1998"), D("1999", "1999"), D("2000", "2000"),
           D("June 30, 1999", "1999-06-30")])

# published null. Wikipedia: Cyrix, a Texas microprocessor developer founded in 1988 by Brightman and Rogers; its 486
# parts, the merger with National Semiconductor (1997), MediaGX and Geode, the line sold to AMD (2003).
# Entities: Cyrix Corporation ("Cyrix"), Intel ("the Intel parts"), IBM, National Semiconductor ("National"), AMD:
# Companies. Tom Brightman, Jerry Rogers: Persons. Richardson, Texas: Locations (the Wikipedia lane splits "Town,
# State"). Services (processors, as train's VT3421 and DART IC chips): "the Cyrix Cx486SLC" (the fullest form, the
# company inside the product's name staying in it; "486SLC" and "the SLC" aliases), "Cx486DLC" ("486DLC" an alias), i386
# ("i386 compatible processors"), 386SX, 386DX, MediaGX, Geode. Not entities: "286", "386", "x86" (families and an
# architecture, not products), the notebook and desktop markets.
# Roles: "founded by Tom Brightman and Jerry Rogers" -> cofounder each at Cyrix (train: "founded by A and B" gives
# cofounder in 5 Wikipedia files of 6), current.
# Relations: provider(486SLC and 486DLC, Cyrix); provider(i386, Intel) ("higher performance than the Intel parts"; 386SX
# and 386DX no provider: the text does not say whose they are; doubtful); provider(MediaGX, National Semiconductor);
# provider(Geode, National Semiconductor) and provider(Geode, AMD) ("sold the line to AMD ... where it was known as
# Geode"; the sale of a product line is an asset sale: no acquired); "their foundry partner IBM" -> partner(Cyrix
# Corporation, IBM). "the company merged with National Semiconductor": a merger that does not say who bought whom,
# nothing (GUIDELINES; train Wikipedia "X merged with Y": no acquired link between the two in 7 of 7; doubtful, since
# National then sells Cyrix's designs).
# Dates (published null: absolute only): "1988", "1992", "11 November 1997", "1999", "August 2003", "2019", "the end of
# March in 1992" -> 1992-03 (GUIDELINES: the end of the month -> the month; train keeps the whole phrase in 5 of the 7
# files that date it), "June 1992" -> 1992-06.
CY, NS = "Cyrix Corporation", "National Semiconductor"
SLC, DLC = "Cyrix Cx486SLC", "Cx486DLC"
A["wp-cyrix"] = dict(
    entities=[E("Company", CY, "Cyrix"), E("Location", "Richardson"), E("Location", "Texas"),
              E("Person", "Tom Brightman"), E("Person", "Jerry Rogers"), E("Service", "i386"),
              E("Service", SLC, "486SLC", "SLC"), E("Service", DLC, "486DLC"), E("Company", "Intel"),
              E("Company", "IBM"), E("Company", NS, "National"), E("Service", "MediaGX"), E("Service", "Geode"),
              E("Company", "AMD"), E("Service", "386SX"), E("Service", "386DX")],
    roles=[R("Tom Brightman", "cofounder", CY), R("Jerry Rogers", "cofounder", CY)],
    relations=[L(SLC, PV, CY), L(DLC, PV, CY), L("i386", PV, "Intel"), L(CY, PA, "IBM"), L("MediaGX", PV, NS),
               L("Geode", PV, NS), L("Geode", PV, "AMD")],
    outages=[],
    dates=[D("1988", "1988"), D("1992", "1992"), D("11 November 1997", "1997-11-11"), D("1999", "1999"),
           D("August 2003", "2003-08"), D("2019", "2019"), D("the end of March in 1992", "1992-03"),
           D("June 1992", "1992-06")])

# published null. Wikipedia: Leonidas, a Belgian chocolate maker named after its Greek founder Leonidas Kestekides; the
# family members who headed it since.
# Entities: Leonidas: Company. Leonidas Kestekides ("Kestekides", in "Kestekides met a young woman"), Basile Kestekides
# ("Basile"), Yanni Kesdekoglu, Maria Kesdekoglu, Vassiliki Kestekidou: Persons. Leonidas Manon (a praline the company
# sells, the company's name inside the product's): Service. Belgium, United States ("the US" an alias), Brussels, Ghent,
# Blankenberge, Sparta: Locations (Sparta: a named place, in "the king of Sparta"; doubtful). Not entities: the king
# "Leonidas" (a figure of antiquity on the logo; his bare name is the company's, and a name can be one entity only;
# doubtful), the 1910 and 1913 World Fairs (events), the Greek delegation, "Greek".
# Roles: "its Greek founder, Leonidas Kestekides" -> founder at Leonidas, current though dead (train: dead founders stay
# current). "Basile was head of Leonidas until 1970" -> head, not current. "Yanni Kesdekoglu headed the company until
# 1985" -> head, not current. "his daughter, Maria Kesdekoglu took over" (from a man who "headed" it) -> head, current
# (no end stated). "Vassiliki Kestekidou, who became President of the Board of Directors in 2003" -> chairman (the
# board's president is its chair; no train case; doubtful: president), current.
# Relations: provider(Leonidas Manon, Leonidas) ("Basile was also responsible for the Leonidas Manon").
# Dates (published null: absolute only): "1910" (also in "the 1910 World Fair": one item), "1913", "1935", "1970",
# "1985", "1992", "2003". "the early 1900s": a decade, skipped (train leaves decades undated in 16 of 17 "early/mid/
# late" forms).
LE = "Leonidas"
A["wp-leonidas-chocolate-maker"] = dict(
    entities=[E("Company", LE), E("Location", "Belgium"), E("Person", "Leonidas Kestekides", "Kestekides"),
              E("Location", "United States", "US"), E("Location", "Brussels"), E("Location", "Ghent"),
              E("Location", "Blankenberge"), E("Person", "Basile Kestekides", "Basile"), E("Location", "Sparta"),
              E("Service", "Leonidas Manon"), E("Person", "Yanni Kesdekoglu"), E("Person", "Maria Kesdekoglu"),
              E("Person", "Vassiliki Kestekidou")],
    roles=[R("Leonidas Kestekides", "founder", LE), R("Basile Kestekides", "head", LE, False),
           R("Yanni Kesdekoglu", "head", LE, False), R("Maria Kesdekoglu", "head", LE),
           R("Vassiliki Kestekidou", "chairman", LE)],
    relations=[L("Leonidas Manon", PV, LE)],
    outages=[],
    dates=[D("1910", "1910"), D("1913", "1913"), D("1935", "1935"), D("1970", "1970"), D("1985", "1985"),
           D("1992", "1992"), D("2003", "2003")])

# published null. Wikipedia: Lotus Bakeries, a Belgian biscuit company founded in 1932 by the brothers Boone; its brands
# and its chief executives.
# Entities: Lotus Bakeries ("Lotus", also the first brand listed, which is the company's name and so no entity of its
# own): Company. Brands (Services with the company as provider, as train's chain brands): Lotus Biscoff ("Biscoff"),
# Dinosaurus, Peijnenburg, Annas, Nākd, TREK ("Trek"), BEAR, Kiddylicious. Delta, American, United (airlines):
# Companies. Lembeke, Kaprijke, Belgium, United States, United Kingdom, Australia, Germany, India: Locations. Persons:
# "Jan Boone" (written whole as the founder, "son of founder Jan Boone", and for the new CEO of 2011, of "a new
# generation": two people under one name; a name can be one entity only, so one entity carries both roles; "Jan" an
# alias), "Emiel" (no fuller form), "Henri Boone" (written whole), Karel Boone, "Matthieu" (no fuller form). Not
# entities: speculoos, St Nicholas' Day, "Belgian".
# Roles: "founded ... by the brothers Jan, Emiel and Henri Boone" -> cofounder each (three founders), current though
# dead. Karel Boone: "became a director in 1966" -> director, current (no end stated; doubtful); "the CEO of Lotus for
# 32 years from 1974" -> ceo, not current (his brother took over in 2006); "the president of the company for 20 years
# (1966-2012)" -> president, not current. "In 2006, his brother Matthieu took over as CEO" -> ceo, not current (a new
# CEO from the end of 2011). "Jan Boone becoming the new CEO" -> ceo, current.
# Relations: provider(brand, Lotus Bakeries) for the eight brands ("Lotus took over the Dinosaurus brand": a brand
# bought, an asset purchase: no acquired). Delta serving Biscoff: no partner (the text states no contract with Lotus;
# doubtful).
# Dates (published null: absolute only): "1932", "1966", "1974", "2012", "2006", "the end of 2011" -> 2011 (GUIDELINES;
# agree57: the whole phrase, as train mostly), "mid-2013" -> 2013 (train: 4 of 4 whole), "2015". "the mid-1980s": a
# decade, skipped. "32 years", "20 years": durations.
LB = "Lotus Bakeries"
BRANDS = ["Lotus Biscoff", "Dinosaurus", "Peijnenburg", "Annas", "Nākd", "TREK", "BEAR", "Kiddylicious"]
A["wp-lotus-bakeries"] = dict(
    entities=[E("Company", LB, "Lotus"), E("Location", "Lembeke"), E("Location", "Kaprijke"), E("Location", "Belgium"),
              E("Service", "Lotus Biscoff", "Biscoff"), E("Location", "United States"),
              E("Location", "United Kingdom"), E("Location", "Australia"), E("Location", "Germany"),
              E("Location", "India"), E("Service", "Dinosaurus"), E("Service", "Peijnenburg"), E("Service", "Annas"),
              E("Service", "Nākd"), E("Service", "TREK", "Trek"), E("Service", "BEAR"), E("Service", "Kiddylicious"),
              E("Person", "Jan Boone", "Jan"), E("Person", "Emiel"), E("Person", "Henri Boone"),
              E("Person", "Karel Boone"), E("Company", "Delta"), E("Company", "American"), E("Company", "United"),
              E("Person", "Matthieu")],
    roles=[R("Jan Boone", "cofounder", LB), R("Emiel", "cofounder", LB), R("Henri Boone", "cofounder", LB),
           R("Karel Boone", "director", LB), R("Karel Boone", "ceo", LB, False),
           R("Karel Boone", "president", LB, False), R("Matthieu", "ceo", LB, False), R("Jan Boone", "ceo", LB)],
    relations=[L(b, PV, LB) for b in BRANDS],
    outages=[],
    dates=[D("1932", "1932"), D("1966", "1966"), D("1974", "1974"), D("2012", "2012"), D("2006", "2006"),
           D("the end of 2011", "2011"), D("mid-2013", "2013"), D("2015", "2015")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree58-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")

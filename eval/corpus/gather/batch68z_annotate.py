#!/usr/bin/env python3
"""Gold annotations for batch 68z (session 62; gatherer lane 68z; round notes /tmp/gather68z/NOTES.md): three company
histories from English Wikipedia (batch68z.py) — the Olympia Brewing Company (brewing, US), White Castle (restaurants,
US) and Commonwealth Edison (electric utilities, US). Annotated from each text alone by GUIDELINES.md; newskg (or any
extractor) was not run on any text. `published` is null for all three (Wikipedia pages carry no date), so only
absolute time expressions are dated. No text tells an outage (Prohibition ending beer making, a brewery closed and
grid interconnections are no service disruption, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68u): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('Founded in 1896 by Leopold
Friederich Schmidt'; 'established in early 1881 by George H. Bliss'); the text's own 'Co-founder' is `cofounder`, and
the partner the text names beside him in the founding gets `cofounder` too ('Entrepreneur Edgar Waldo Ingram
partnered with cook Walter Anderson' after 'Founded in 1921'; doubtful); founders stay current (as batches 66b-68u
recorded founders); a company secretary -> other (as batches 20b, 59j, 63i and 67e read a secretary), current true
(no leaving told); 'was followed as head of the firm by his son ... and grandson ...' -> head for each, current false
for the two followed, true for the last (doubtful: the text says no 'former'); 'was bought by X', 'was acquired by X',
'X acquired Y', 'was taken over by X' -> acquired and parentOrganization (GUIDELINES, Relations: completed
acquisitions; ownership since passed is still recorded); 'Y is a unit of X' -> parentOrganization (GUIDELINES,
Relations); 'wholly owned by Ingram' (a person) and 'stockholder John W. Doane' -> no relation and no role (a person
is no parent; a stockholder holds no post); 'a subsidiary of Thomas Edison's company' -> nothing (the parent
unnamed); grid 'interconnections' -> nothing (no partnership, supplier or contract told; doubtful); a beer brand the
company sells -> Service with provider (as batches 68h and 68u's beer labels), and a product a company 'produced' or
whose 'product' it was -> provider for each maker (relations carry no time); a named menu item ('square sandwiches,
called "Slyders"') -> Service with provider (doubtful); former names -> aliases (GUIDELINES, Types: 'founded The
Capital Brewing Company ... In 1902, the firm became Olympia Brewing Company'); a surface form shared by a city, a
company and a brand ('Olympia') goes once, to the city named on its own ('near Olympia'; doubtful); a named facility
('a new Olympia Brewery') -> Location (GUIDELINES, Types: named sites and facilities); rivers, falls, a sound, a
region, a county and states -> Location; Prohibition -> no entity (a law); adjectives ('German') -> no entity;
decades ('During the 1970s') -> no date (no ISO value the format takes, as batches 60c-68r left decades out); 'November
10 of that year' -> no date (its year counted from the sentence, as batches 40x and 63f left such out; doubtful);
'early 1881' -> the year (as batches 60c and 68u dated 'early' and 'around' years); counts and spans ('more than 100
years', 'half of a century') -> no date.
usage: batch68z_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- brewing, US: Olympia Brewing Company ---------------------------------------------------------------------------
OB = "Olympia Brewing Company"
LS = "Lone Star Brewing Company"
LF = "Leopold Friederich Schmidt"
A["wp-olympia-brewing-company"] = dict(
 # the brewery -> Company 'Olympia Brewing Company', alias 'The Capital Brewing Company' (its first name: 'founded
 # The Capital Brewing Company ... In 1902, the firm became Olympia Brewing Company'); 'Olympia' -> Location, the
 # city ('located in Tumwater, Washington, near Olympia'; doubtful: 'Olympia was a very popular regional brand' and
 # 'Olympia acquired Hamm's' use it for the brand and the company, and a surface form is listed once, so the place
 # named on its own keeps it); G. Heileman Brewing Company, Pabst Brewing Company, Hamm's and Lone Star Brewing
 # Company (alias 'Lone Star': 'Olympia acquired Hamm's and Lone Star') -> Company (doubtful: 'Hamm's' may be read as
 # a brand; the text's 'acquired' makes it a business); Olympia Beer and Buckhorn Beer -> Service (beer brands);
 # Leopold Friederich Schmidt (alias 'Leopold Schmidt') and Frank Kenney -> Person; the United States, Tumwater,
 # Washington, Montana, Tumwater Falls, the Deschutes River, Puget Sound and the Pacific Northwest -> Location; 'a new
 # Olympia Brewery' -> Location (a named facility; doubtful). No entity: 'German' (an adjective); 'Statewide
 # Prohibition', 'National Prohibition' (laws); 'the Tumwater brewery' (no name); '"It's the Water"' (a slogan)
 entities=[E("Company", OB, "The Capital Brewing Company"), E("Location", "United States"), E("Location", "Tumwater"),
           E("Location", "Washington"), E("Location", "Olympia"), E("Person", LF, "Leopold Schmidt"),
           E("Company", "G. Heileman Brewing Company"), E("Company", "Pabst Brewing Company"),
           E("Location", "Montana"), E("Location", "Tumwater Falls"), E("Location", "Deschutes River"),
           E("Location", "Puget Sound"), E("Service", "Olympia Beer"), E("Person", "Frank Kenney"),
           E("Location", "Olympia Brewery"), E("Location", "Pacific Northwest"), E("Company", "Hamm's"),
           E("Company", LS, "Lone Star"), E("Service", "Buckhorn Beer")],
 # 'Founded in 1896 by Leopold Friederich Schmidt' and 'Leopold Schmidt ... founded The Capital Brewing Company' ->
 # founder (one person named alone, GUIDELINES, Roles, 'Founders'), current true; 'In 1902, the firm became Olympia
 # Brewing Company, with Frank Kenney as the Company Secretary' -> other (a company secretary), current true (no
 # leaving told; doubtful: a post of 1902, and a reader might take it as long past). Near-miss, no role: 'It was Frank
 # Kenney who proposed the slogan' (no post)
 roles=[R(LF, "founder", OB), R("Frank Kenney", "other", OB)],
 # 'it was bought by G. Heileman Brewing Company in 1983' -> acquired + parent; 'it was acquired by Pabst Brewing
 # Company in 1999' ('Through a series of consolidations': completed) -> acquired + parent; 'Olympia acquired Hamm's
 # and Lone Star' -> acquired + parent each; 'began brewing and selling Olympia Beer' -> provider(Olympia Beer, the
 # brewery); 'also produced Buckhorn Beer, which had previously been a product of the Lone Star Brewing Company' ->
 # provider(Buckhorn Beer) for both makers (relations carry no time; doubtful: the earlier maker). Near-miss, no
 # relation: 'the Tumwater brewery was closed in 2003' (a closing)
 relations=b10.acq("G. Heileman Brewing Company", OB) + b10.acq("Pabst Brewing Company", OB)
           + b10.acq(OB, "Hamm's") + b10.acq(OB, LS)
           + [L("Olympia Beer", "provider", OB), L("Buckhorn Beer", "provider", OB), L("Buckhorn Beer", "provider", LS)],
 outages=[],
 # 'Founded in 1896' and 'in 1896' (one item), 'in 1983', 'in 1999', 'in 2003', 'In 1902', 'in January 1916' ->
 # 1916-01, 'in 1934' -> the years. No date: 'During the 1970s' (a decade), 'half of a century' (a span)
 dates=[D("1896", "1896"), D("1983", "1983"), D("1999", "1999"), D("2003", "2003"), D("1902", "1902"),
        D("January 1916", "1916-01"), D("1934", "1934")])

# ---- restaurants, US: White Castle ----------------------------------------------------------------------------------
WC = "White Castle"
EI = "Edgar Waldo Ingram"
A["wp-white-castle"] = dict(
 # the chain -> Company 'White Castle'; 'square sandwiches, called "Slyders"' -> Service (a named product the chain
 # sells; doubtful: a menu item, a reader might leave it out); Edgar Waldo Ingram (aliases 'Ingram': 'wholly owned by
 # Ingram', and 'Billy Ingram': 'Co-founder Billy Ingram', the same founder by his nickname; doubtful: the text does
 # not say the two names are one man), Walter Anderson, E.W. Ingram Jr. and E.W. Ingram III -> Person; the United
 # States, Wichita, Kansas, Columbus and Ohio -> Location. No entity: 'a medieval castle' (no name); 'grocery stores'
 entities=[E("Company", WC), E("Location", "United States"), E("Service", "Slyders"), E("Location", "Wichita"),
           E("Location", "Kansas"), E("Person", EI, "Ingram", "Billy Ingram"), E("Person", "Walter Anderson"),
           E("Location", "Columbus"), E("Location", "Ohio"), E("Person", "E.W. Ingram Jr."),
           E("Person", "E.W. Ingram III")],
 # 'Co-founder Billy Ingram' -> cofounder (the text's own word); 'Founded in 1921 ... Entrepreneur Edgar Waldo Ingram
 # partnered with cook Walter Anderson' -> cofounder for Walter Anderson (the partner in the founding; doubtful: the
 # text gives him no 'founder' word); 'Co-founder Billy Ingram was followed as head of the firm by his son E.W. Ingram
 # Jr. and grandson E.W. Ingram III' -> head for all three, current false for Billy Ingram and E.W. Ingram Jr. (each
 # followed), true for E.W. Ingram III (the last named; doubtful: a text of about 2004). Near-miss, no role: 'cook
 # Walter Anderson' (a trade, no post at the firm named); 'Entrepreneur' (no post)
 roles=[R(EI, "cofounder", WC), R("Walter Anderson", "cofounder", WC), R(EI, "head", WC, False),
        R("E.W. Ingram Jr.", "head", WC, False), R("E.W. Ingram III", "head", WC)],
 # 'It is known for square sandwiches, called "Slyders"' -> provider(Slyders, White Castle). Near-miss, no relation:
 # 'wholly owned by Ingram' (a person as owner); 'company-owned, not franchised' (no named party)
 relations=[L("Slyders", "provider", WC)],
 outages=[],
 # 'Founded in 1921', 'By 1934', 'In 2003' -> the years. No date: '5 cents' (a price)
 dates=[D("1921", "1921"), D("1934", "1934"), D("2003", "2003")])

# ---- electric utilities, US: Commonwealth Edison --------------------------------------------------------------------
CE = "Commonwealth Edison"
IL = "Isolated Lighting Company"
WE = "Western Edison Light Company"
A["wp-commonwealth-edison"] = dict(
 # the utility -> Company 'Commonwealth Edison', alias 'ComEd'; Exelon Corporation, We Energies, ITC Midwest, Ameren,
 # American Electric Power, Northern Indiana Public Service and MidAmerican Energy (alias 'MEC') -> Company (utilities
 # run as businesses); the Isolated Lighting Company (alias 'Isolated Lighting') and the Western Edison Light Company
 # (alias 'Western Edison') -> Company; George H. Bliss, Thomas Edison (alias 'Edison': 'Edison-patented', 'Edison's
 # agent') and John W. Doane -> Person; Illinois, Chicago, Northern Illinois, Iroquois County, Wisconsin, Iowa and
 # Indiana ('the Wisconsin border', 'the Iowa border', 'the Indiana border': the states) -> Location. No entity:
 # 'Thomas Edison's company' (unnamed); 'several prominent Chicagoans' (unnamed); 'Chicago-based' (Chicago, listed)
 entities=[E("Company", CE, "ComEd"), E("Location", "Illinois"), E("Location", "Chicago"),
           E("Location", "Northern Illinois"), E("Location", "Iroquois County"), E("Location", "Wisconsin"),
           E("Location", "Iowa"), E("Location", "Indiana"), E("Company", "Exelon Corporation"),
           E("Company", "We Energies"), E("Company", "ITC Midwest"), E("Company", "Ameren"),
           E("Company", "American Electric Power"), E("Company", "Northern Indiana Public Service"),
           E("Company", "MidAmerican Energy", "MEC"), E("Company", IL, "Isolated Lighting"),
           E("Person", "George H. Bliss"), E("Person", "Thomas Edison", "Edison"), E("Company", WE, "Western Edison"),
           E("Person", "John W. Doane")],
 # 'the Isolated Lighting Company, established in early 1881 by George H. Bliss' -> founder (one person named alone),
 # current true. Near-miss, no role: 'stockholder John W. Doane' (a shareholder, no post)
 roles=[R("George H. Bliss", "founder", IL)],
 # 'Today, ComEd is a unit of Chicago-based Exelon Corporation' -> parentOrganization (GUIDELINES, Relations: 'Y, a
 # unit of X'); 'In 1882, this company [the Isolated Lighting Company] was taken over by the Western Edison Light
 # Company' -> acquired + parent (a completed takeover). Near-misses, no relation: 'as a subsidiary of Thomas Edison's
 # company' (the parent unnamed); 'The earliest predecessor of Commonwealth Edison was the Isolated Lighting Company'
 # (a lineage, no ownership told); 'ComEd has interconnections with We Energies, ...' (grid links, no partnership or
 # contract told; doubtful); 'Edison's agent in Chicago' (an agency for a person, no organisation)
 relations=[L(CE, "parentOrganization", "Exelon Corporation")] + b10.acq(WE, IL),
 outages=[],
 # 'in 2023' -> 2023; 'in early 1881' -> 1881; 'In 1882' and 'in 1882' (one item) -> 1882. No date: 'November 10 of
 # that year' (its year counted from the sentence; doubtful), 'more than 100 years' (a span), 'Today' (published null)
 dates=[D("2023", "2023"), D("early 1881", "1881"), D("1882", "1882")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

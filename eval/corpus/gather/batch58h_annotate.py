#!/usr/bin/env python3
"""Batch 58h gold annotations (the texts of batch58h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g and 57q; batch10_annotate.write_parts), so
with four texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'the late nineteenth century', 'the twentieth century', 'the late 19th century', 'the second
half of the 20th century' (parts of a century, as batches 55f, 57b and 57g left them out), 'the 1890s', 'the early
1990s' (decades, as batches 25b on and 57q skipped them), 'February of that year', 'four years later', 'five years
later' (relative to the text's own years, as GATHERING.md's earlier rounds left 'in March of that year' out), 'for
nearly 100 years', 'its first 100 years' (spans) and 'May' in 'from May to November 1898' (a month without a year in
its own words) -> nothing. No text tells an outage, so every `outages` list is empty; one tells a near-miss of one (a
fire at Albright and Wilson's Avonmouth plant in 1996 that closed local motorways and rail services for a time: a
physical accident, no provider's service lost; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56n, 56p, 57b, 57g, 57q): a company 'bought by', 'acquired by', 'X acquired Y' and 'obtained full ownership'
-> acquired + parentOrganization(target, buyer) (ownership that ended kept: relations carry no time); 'a subsidiary
of', 'itself a part of' -> parentOrganization; "X's Y" of two companies -> parentOrganization(Y, X) (GUIDELINES:
"X's Y division"); minority and half stakes ('a part of ... share holdings', '50 percent of') -> nothing; purchases of
assets, ships, a property or 'parts of' a company -> nothing (GUIDELINES: asset purchases); a person who buys or owns a
company ('He later acquired the Papayanni Steamship Company', "J. P. Morgan's International Marine Mercantile
Company") -> no relation and no role (acquired needs a Company as buyer; owners hold no post); a merger of several
firms with no buyer told and a demerger -> nothing; 'set up as a Partnership between A and B', 'incorporated ... by
A, B and C', 'Founded ... by A and B', 'formed ... by A, B and others' -> cofounder each (as batch 57g); 'He used these
assets to form X' -> founder; 'managing director' -> director; 'Manager' -> executive (GUIDELINES, Roles); 'the former
head of' -> head, current false; 'initially the managing director', a chairman whose post another took -> current
false; 'later to become 31st President of the United States (1929–1933)' -> president with the country as org, current
false (its term's end given); prospectors, a storekeeper, a funder, an investor, Quakers -> no role (trades, no post at
a named organisation); a mine, a plant's site and a street -> Location, no role or relation attached (GUIDELINES,
Types); stock exchanges and a stock market named as such -> Company; a company's former and later names -> aliases
(GUIDELINES, Types); a surface form used for both a person and his company ('Ellerman') -> the person's alias only;
demonyms and adjectives ('French', 'British', 'Welsh', 'Western Australian', 'India-based', 'UK-based', 'Liverpool
based' aside from the city) -> nothing.
usage: batch58h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- chemicals, UK: Albright and Wilson -------------------------------------------------------------------------------
AW = "Albright and Wilson"
A["wp-albright-and-wilson"] = dict(
 # the company -> Company 'Albright and Wilson', aliases 'Albright & Wilson Ltd' (its name as a private limited
 # company) and 'Albright and Wilson Plc' (the new public company that took 'the original core' and the name, the one
 # Rhodia bought four years later; doubtful: a reader might keep the Plc apart as a new company); Tenneco, Rhodia ('the
 # French chemical company'), the Huntsman Corporation, ICI (named only so; a chemical manufacturer) -> Company; Arthur
 # Albright, John Edward Wilson -> Person; the United Kingdom, India, Australia, New Zealand, the Philippines, Avonmouth
 # (where its plant stood) -> Location. No entity: 'two Quakers' (a faith), 'the match industry', 'the stock market'
 # (generic), the products (potassium chlorate, white phosphorus, silicones, detergents: generic)
 entities=[E("Company", AW, "Albright & Wilson Ltd", "Albright and Wilson Plc"), E("Location", "United Kingdom"),
           E("Person", "Arthur Albright"), E("Person", "John Edward Wilson"), E("Company", "ICI"),
           E("Company", "Tenneco"), E("Company", "Rhodia"), E("Location", "India"), E("Location", "Australia"),
           E("Location", "New Zealand"), E("Location", "Philippines"), E("Company", "Huntsman Corporation"),
           E("Location", "Avonmouth")],
 # 'founded in 1856 ... It was set up as a Partnership between two Quakers, Arthur Albright, and John Edward Wilson' ->
 # cofounder each (the partnership that founded the firm; two founders named), current true. Near-misses: 'two
 # Quakers' -> no role (a faith); no one else is named
 roles=[R("Arthur Albright", "cofounder", AW), R("John Edward Wilson", "cofounder", AW)],
 # 'in 1978 obtained full ownership' (Tenneco) -> acquired(Tenneco, Albright and Wilson) + parentOrganization(Albright
 # and Wilson, Tenneco) (a completed purchase; the ownership that ended in 1995 kept); 'the French chemical company
 # Rhodia acquired Albright and Wilson in 1999' -> acquired + parentOrganization(Albright and Wilson, Rhodia)
 # (doubtful: 'the ... name finally disappeared' might be read as the target merged away; the text says the name went,
 # not the company). Near-misses: 'In 1971 Tenneco bought a part of Albright and Wilson's share holdings' -> nothing on
 # its own (a part stake; the full ownership of 1978 carries the relation); 'many of its subsidiaries were sold off'
 # and 'Tenneco divested many of its assets' -> nothing (unnamed); 'parts of the original core ... were transferred
 # into a new public company' -> no relation (the Plc is the same entity here); 'Parts of the original Albright and
 # Wilson company are now owned by the Huntsman Corporation' -> no parentOrganization and no acquired (parts, not the
 # company; a reader might give parentOrganization(Albright and Wilson, Huntsman Corporation)); 'very much smaller than
 # ICI' -> no relation (a comparison)
 relations=[L("Tenneco", "acquired", AW), L(AW, "parentOrganization", "Tenneco"), L("Rhodia", "acquired", AW),
            L(AW, "parentOrganization", "Rhodia")],
 # near-miss: 'a large fire at its Avonmouth plant in 1996, which caused the temporary closure of local motorways and
 # rail services' -> no outage (a physical accident; the roads and railways closed are no service of the company, and
 # no provider's systems failed; GUIDELINES, Outages)
 outages=[],
 # '1856', '1892', '5 March 1948', '1971', '1978', '1995', '1999', '1996'; 'February of that year' (1995 in the
 # text's own words only), 'four years later', 'for nearly 100 years', 'its first 100 years' -> left out
 dates=[D("1856", "1856"), D("1892", "1892"), D("5 March 1948", "1948-03-05"), D("1971", "1971"), D("1978", "1978"),
        D("1995", "1995"), D("1999", "1999"), D("1996", "1996")])

# ---- shipping, UK: Ellerman Lines -------------------------------------------------------------------------------------
EL = "Ellerman Lines"
JE = "John Ellerman"
CF = "Christopher Furness"
FL = "Frederick Leyland and Co Ltd"
IM = "International Marine Mercantile Company"
LL = "London, Liverpool and Ocean Shipping Company"
A["wp-ellerman-lines"] = dict(
 # the line -> Company 'Ellerman Lines', alias 'Frederick Leyland (1900)' (the text: 'The firm was then reorganised as
 # Frederick Leyland (1900)', said of the company incorporated in 1892, so a later name of the same firm; doubtful: a
 # reader knowing the history might keep it apart), not 'Ellerman' ('Ellerman finally ceased its long association with
 # shipping' is the one use of the bare name for the company; the same form stands for John Ellerman three times, so
 # it is his alias only); Frederick Leyland and Co Ltd (alias 'Frederick Leyland and Co'), the West India and Pacific
 # Steamship Company, the International Marine Mercantile Company (so written), the Papayanni Steamship Company, the
 # London, Liverpool and Ocean Shipping Company, George Smith and Sons, City Line ("George Smith and Sons' City Line"),
 # Hall Line Ltd -> Company; John Ellerman (alias 'Ellerman'), Christopher Furness (alias 'Furness'), Henry O'Hagan,
 # Frederick Leyland, J. P. Morgan -> Person; the UK ('a UK cargo and passenger shipping company'), Liverpool ('the
 # Liverpool based shipping firm'), Moorgate, London, Glasgow -> Location. No entity: 'the First and Second World Wars'
 # (events), 'the executors of Frederick Leyland' (unnamed), 'larger companies' (unnamed); ships (none named)
 entities=[E("Company", EL, "Frederick Leyland (1900)"), E("Location", "UK"), E("Person", JE, "Ellerman"),
           E("Person", CF, "Furness"), E("Person", "Henry O'Hagan"), E("Location", "Liverpool"),
           E("Company", FL, "Frederick Leyland and Co"), E("Person", "Frederick Leyland"),
           E("Company", "West India and Pacific Steamship Company"), E("Person", "J. P. Morgan"), E("Company", IM),
           E("Company", "Papayanni Steamship Company"), E("Company", LL), E("Location", "Moorgate"),
           E("Location", "London"), E("Company", "George Smith and Sons"), E("Company", "City Line"),
           E("Location", "Glasgow"), E("Company", "Hall Line Ltd")],
 # 'The company was incorporated in 1892, by the businessmen John Ellerman, Christopher Furness and Henry O'Hagan' ->
 # cofounder each at Ellerman Lines ('the company' of the article; three founders named); 'Ellerman was initially the
 # managing director' -> director (GUIDELINES: managing director), current false ('initially', and he took the chair);
 # 'Furness the chairman, but Ellerman had taken on the role of chairman himself by 1893' -> chairman for Furness,
 # current false (his post taken by Ellerman), and chairman for Ellerman, current true ('Ellerman remained as chairman';
 # nothing says he left); 'Frederick Leyland, the former head of Frederick Leyland and Co' -> head, current false; 'He
 # used these assets to form the London, Liverpool and Ocean Shipping Company' -> founder (Ellerman), current true.
 # Near-misses: 'the owner of 20 ships' -> no role (an owner of ships); J. P. Morgan -> no role (the combine is his
 # in the possessive only: an owner, no post named); 'the businessmen' -> no further role
 roles=[R(JE, "cofounder", EL), R(CF, "cofounder", EL), R("Henry O'Hagan", "cofounder", EL),
        R("Frederick Leyland", "head", FL, False), R(JE, "director", EL, False), R(CF, "chairman", EL, False),
        R(JE, "chairman", EL), R(JE, "founder", LL)],
 # 'In 1901 the company was bought by J. P. Morgan's International Marine Mercantile Company' -> acquired(International
 # Marine Mercantile Company, Ellerman Lines) + parentOrganization(Ellerman Lines, International Marine Mercantile
 # Company) (the company of the paragraph, reorganised as Frederick Leyland (1900); doubtful, as the alias above: a
 # reader might give the purchase to Frederick Leyland (1900) apart); "George Smith and Sons' City Line" ->
 # parentOrganization(City Line, George Smith and Sons) (a line of that firm, in the possessive). Near-misses: 'who
 # bought the assets of the Liverpool based shipping firm Frederick Leyland and Co Ltd' and 'to buy the fleet of 22
 # vessels from the executors' -> no acquired (assets and a fleet; GUIDELINES, asset purchases); 'acquiring 20 ships
 # from the West India and Pacific Steamship Company' -> nothing (ships); 'He later acquired the Papayanni Steamship
 # Company' -> no acquired (the buyer a person, John Ellerman; a reader might give acquired(Ellerman Lines, Papayanni
 # Steamship Company)); 'to form the London, Liverpool and Ocean Shipping Company' -> no parentOrganization (formed by
 # a person with his assets); 'buy 50 percent of George Smith and Sons' City Line, Glasgow, and 50 percent of the Hall
 # Line Ltd' -> no acquired and no parentOrganization (half stakes, no control told); "J. P. Morgan's International
 # Marine Mercantile Company" -> no relation (a person's company); 'Its shipping assets were subsequently sold off to
 # larger companies' -> nothing (unnamed buyers)
 relations=[L(IM, "acquired", EL), L(EL, "parentOrganization", IM), L("City Line", "parentOrganization",
            "George Smith and Sons")],
 outages=[],
 # '2004', '1892', '1893', '1900' (the year of the expansion; the same four digits inside the name 'Frederick
 # Leyland (1900)' make no second item), '1901', '1903'; 'the late nineteenth century', 'the twentieth century', 'the
 # late 19th century', 'the second half of the 20th century' -> left out
 dates=[D("2004", "2004"), D("1892", "1892"), D("1893", "1893"), D("1900", "1900"), D("1901", "1901"),
        D("1903", "1903")])

# ---- mining, Australia: Sons of Gwalia --------------------------------------------------------------------------------
SG = "Sons of Gwalia"
GM = "Sons of Gwalia G. M. Co."
SL = "Sons of Gwalia, Limited"
LW = "London and Western Australian Exploration Company"
BM = "Bewick, Moreing & Co."
HH = "Herbert Hoover"
A["wp-sons-of-gwalia"] = dict(
 # three companies of one name, kept apart as the text sets them apart: 'Sons of Gwalia' (the company that entered
 # administration in August 2004), 'The original, Sons of Gwalia G. M. Co.' (formed in 1897) and 'Sons of Gwalia,
 # Limited' (launched on the London Stock Exchange in 1898, liquidated in 1963) -> Company each (doubtful: a reader
 # might fold the 1897 and 1898 companies into one); the London and Western Australian Exploration Company (alias
 # 'London and West Australian Exploration Company', so written the second time), Bewick, Moreing & Co. (alias 'Bewick
 # Moreing & Co'), the London Stock Exchange -> Company; George William Hall, William Pritchard Morgan, A. Glendinning,
 # Jack Carlson, Frank White, Thomas Tobias, Herbert Hoover (alias 'Hoover') -> Person; the Sons of Gwalia Mine (a mine,
 # a named site; 'the Sons of Gwalia mine' the same in lower case), Australia, Gwalia (the town), Coolgardie, China, the
 # United States -> Location. No entity: 'Western Australian', 'Welsh', 'British' (adjectives), 'the syndicate'
 # (unnamed), 'the Sons of Gwalia operation' and 'the Sons of Gwalia property' (the mine, no name of their own); the
 # metals (gold, tantalum, spodumene, lithium, tin: generic)
 entities=[E("Company", SG), E("Location", "Australia"), E("Company", GM), E("Person", "George William Hall"),
           E("Person", "William Pritchard Morgan"), E("Location", "Sons of Gwalia Mine"),
           E("Person", "A. Glendinning"), E("Person", "Jack Carlson"), E("Person", "Frank White"),
           E("Location", "Coolgardie"), E("Person", "Thomas Tobias"), E("Location", "Gwalia"),
           E("Person", HH, "Hoover"), E("Company", LW, "London and West Australian Exploration Company"),
           E("Company", BM, "Bewick Moreing & Co"), E("Company", SL), E("Company", "London Stock Exchange"),
           E("Location", "China"), E("Location", "United States")],
 # 'Sons of Gwalia G. M. Co. was formed in 1897 by George William Hall, major investor William Pritchard Morgan and
 # others' -> cofounder each (two of several founders named), current true; 'Herbert Hoover, Manager and Inspecting
 # Engineer of the London and Western Australian Exploration Company' -> executive (GUIDELINES: 'manager'), current true
 # (doubtful: the text tells it of May 1897 and says no more of the post; a reader might give false from what follows);
 # 'He was later to become 31st President of the United States (1929–1933)' -> president with the United States as org,
 # current false (the term's end given). Near-misses: 'Hoover was appointed Superintendent of the Sons of Gwalia Mine
 # and managed it from May to November 1898' -> no role (the mine is a site, a Location; GUIDELINES, Types: no role
 # attaches to sites; a reader might give executive at Sons of Gwalia, Limited, the company that owned it, which the
 # text does not say in so many words); the prospectors, 'Coolgardie storekeeper Thomas Tobias', 'the syndicate
 # funder' -> no role (trades; the syndicate unnamed); 'major investor' -> no further role (an investor)
 roles=[R("George William Hall", "cofounder", GM), R("William Pritchard Morgan", "cofounder", GM),
        R(HH, "executive", LW), R(HH, "president", "United States", False)],
 # none. Near-misses: 'an associate of the British management firm Bewick, Moreing & Co.' -> no parentOrganization (an
 # associate is not said to be owned) and no partner (no partnership, supply or contract told; doubtful: a reader
 # might give partner); 'The London and West Australian Exploration Company acquired the Sons of Gwalia property' and
 # 'recommended the acquisition of the mine' -> no acquired (a property, a mine: an asset; GUIDELINES, asset purchases);
 # 'Bewick Moreing & Co launched Sons of Gwalia, Limited on the London Stock Exchange' -> no relation (a flotation by
 # its promoter; no ownership told); 'entering administration', 'was liquidated' -> nothing
 relations=[],
 outages=[],
 # 'August 2004', '1897' (formed in 1897), 'March 1896', 'May 1897', '17 November 1897', 'January 1898', 'November
 # 1898' (in 'from May to November 1898'; 'May' there has no year in its own words), '1929', '1933' (the term's years,
 # an item each), '1963'
 dates=[D("August 2004", "2004-08"), D("1897", "1897"), D("March 1896", "1896-03"), D("May 1897", "1897-05"),
        D("17 November 1897", "1897-11-17"), D("January 1898", "1898-01"), D("November 1898", "1898-11"),
        D("1929", "1929"), D("1933", "1933"), D("1963", "1963")])

# ---- chemicals, UK: Tata Chemicals Europe (Brunner Mond) --------------------------------------------------------------
TCE = "Tata Chemicals Europe"
TC = "Tata Chemicals"
ICI = "Imperial Chemical Industries"
A["wp-tata-chemicals-europe"] = dict(
 # the company -> Company 'Tata Chemicals Europe', aliases 'Brunner Mond (UK) Limited' (its former name, as the text
 # gives it), 'Brunner Mond' (the business founded in 1873, and the one Tata Chemicals bought in 2006) and 'Brunner
 # Mond Holdings Limited' (the demerged soda ash businesses, the 'it' floated in 1997 and bought; doubtful: a reader
 # might keep the holding company apart from the firm merged into ICI in 1926); Tata Chemicals, Tata Group (a business
 # group), British Dyestuffs Corporation, Nobel's Explosives, the United Alkali Company, Imperial Chemical Industries
 # (alias 'ICI'), British Salt -> Company; the London Stock Market (a stock market named as such; doubtful: a reader
 # might hold it generic) -> Company, as stock exchanges are (GUIDELINES, Types); John Brunner, Ludwig Mond -> Person;
 # the UK ('in the UK'), Silvertown, London, Lostock ('its Lostock site'), Northwich -> Location. No entity:
 # 'UK-based', 'India-based' (adjectives), 'private equity firms' (unnamed), the TNT factory and the carbon capture
 # plant (unnamed), the products (soda ash, sodium bicarbonate, calcium chloride: generic)
 entities=[E("Company", TCE, "Brunner Mond (UK) Limited", "Brunner Mond", "Brunner Mond Holdings Limited"),
           E("Location", "UK"), E("Company", TC), E("Company", "Tata Group"), E("Person", "John Brunner"),
           E("Person", "Ludwig Mond"), E("Location", "Silvertown"), E("Location", "London"),
           E("Company", "British Dyestuffs Corporation"), E("Company", "Nobel's Explosives"),
           E("Company", "United Alkali Company"), E("Company", ICI, "ICI"), E("Company", "London Stock Market"),
           E("Company", "British Salt"), E("Location", "Lostock"), E("Location", "Northwich")],
 # 'Founded in 1873 by John Brunner and Ludwig Mond' -> cofounder each (two founders named), current true. Near-misses:
 # the managing director Martin Ashcroft is in the cut infobox only; no one else is named
 roles=[R("John Brunner", "cofounder", TCE), R("Ludwig Mond", "cofounder", TCE)],
 # 'a subsidiary of Tata Chemicals' and 'In early 2006, Brunner Mond was acquired by Tata Chemicals' -> acquired(Tata
 # Chemicals, Tata Chemicals Europe) + parentOrganization(Tata Chemicals Europe, Tata Chemicals); 'Tata Chemicals,
 # itself a part of the India-based Tata Group' -> parentOrganization(Tata Chemicals, Tata Group); 'The firm acquired
 # British Salt during December 2010' -> acquired + parentOrganization(British Salt, Tata Chemicals Europe).
 # Near-misses: 'Brunner Mond was one of the four main companies – along with British Dyestuffs Corporation, Nobel's
 # Explosives, and the United Alkali Company – that merged to create Imperial Chemical Industries (ICI)' -> no
 # acquired and no parentOrganization to ICI (a merger, no buyer told; a reader might give parentOrganization(Brunner
 # Mond, ICI) for each of the four); 'ICI opted to separate and demerge some of its soda ash businesses as Brunner Mond
 # Holdings Limited' -> no relation (a demerger; the text does not say ICI owned a company of that name); 'floated on
 # the London Stock Market' -> no relation (a listing); 'promptly acquired by private equity firms' -> nothing
 # (unnamed buyers)
 relations=[L(TCE, "parentOrganization", TC), L(TC, "parentOrganization", "Tata Group"), L(TC, "acquired", TCE),
            L(TCE, "acquired", "British Salt"), L("British Salt", "parentOrganization", TCE)],
 outages=[],
 # '1873', '1881', '1917', '1926', '1997', 'early 2006' (-> the year; GUIDELINES, Dates), 'December 2010', '2022',
 # '2024'; 'the 1890s', 'the early 1990s' (decades), 'five years later' (relative) -> left out
 dates=[D("1873", "1873"), D("1881", "1881"), D("1917", "1917"), D("1926", "1926"), D("1997", "1997"),
        D("early 2006", "2006"), D("December 2010", "2010-12"), D("2022", "2022"), D("2024", "2024")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

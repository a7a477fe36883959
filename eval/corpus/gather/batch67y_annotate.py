#!/usr/bin/env python3
"""Batch 67y gold annotations (the texts of batch67y.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66m; batch10_annotate.write_parts), so with three texts: test wp-distillers-company, train wp-parrs-bank,
dev wp-stewarts-and-lloyds. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
'1 January 1903' -> 1903-01-01 beside '1903' (another text, its own item); 'During the early part of the 1900s' ->
nothing (a decade or a century, not one calendar value; as batch 66m left 'During the 1950s'); 'the late eighteenth
century', 'Over the next 40 years' (cut), 'at one time' -> nothing. No text tells an outage, so every `outages` list is
empty; none tells a near-miss of one ('the Pattisons crash of 1898' is a business failure: no service lost by users;
GUIDELINES, Outages). Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66m): 'X was acquired by Y', 'was
taken over by Y', 'Y purchased the totality of X', 'Y take over X', 'Y purchased the small London bank of X', 'the
acquisition of X', 'a series of acquisitions, including X' -> acquired + parentOrganization(target, buyer) (completed;
none said to be merged away); 'acquired the business of X & Company' -> the same (the whole business of a named firm,
its name taken into the buyer's; doubtful beside batch 66m's 'the fertiliser business of the Prentice Brothers' ->
nothing, a named line of business); 'set up a subsidiary, X', 'is now part of X', 'forming the spirits division of X'
-> parentOrganization; 'merged with X', 'combined with X and Y on a share exchange basis', 'created by the
amalgamation of X and Y', 'X was merged with Y to create Z' -> nothing (GUIDELINES, Relations: a merger where the text
does not say who buys whom); 'launched a hostile bid for X. The offer was rejected' -> nothing (a rejected bid); 'one of
the predecessors of X' -> nothing (no ownership told); 'gave X a seat on the Clearing House' -> no partner (a
membership); 'A set up business as ...' (one person named alone) -> founder; 'founded in 1859 by A and his cousin B' ->
cofounder each (GUIDELINES, Roles, Founders); 'The first partnership was with A, B and C' of a bank 'founded as' that
partnership's firm -> cofounder each (doubtful: no 'founded by'); 'employed as a salesman by X', 'a sugar boiler', 'a
solicitor', 'Writing in 1905, A described X' -> no role (no title of the list at the organisation); 'A's Argyle group'
-> no role (a possessive, no post named); earlier and later names of one company ('was founded as', 'was incorporated
... as', 'becoming', 'took on another new name', 'was renamed as', 'still exists today as', 'was variously known as',
'the name of the bank was changed to') -> aliases (GUIDELINES, Types); people named by a first name alone ('his brother
James') or not named ('his sons') -> no entity; trade association -> Organization; streets, works, a distillery ->
Location (named sites; GUIDELINES, Types); stock indices, events ('the FTSE 100 Index', 'the Pattisons crash', 'the
Guinness share-trading fraud') -> no entity; demonyms and adjectives ('English', 'Scotch') -> nothing.
usage: batch67y_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- Scotch whisky, Scotland: The Distillers Company (en.wikipedia.org's 'Jump to content' rendering) ---------------
DCL = "The Distillers Company plc"
GU = "Guinness & Co."
DI = "Diageo plc"
UDV = "United Distillers & Vintners"
A["wp-distillers-company"] = dict(
 # the company -> Company 'The Distillers Company plc', aliases 'The Distillers Company', 'The Distillers Company Ltd'
 # ('incorporated in 1877 as The Distillers Company Ltd. (DCL)'), 'DCL', 'DLC' ('DLC was renamed as United Distillers
 # in 1987': the rendering's slip for DCL, the surface that stands for it there), and its later names 'United
 # Distillers' and 'Diageo Scotland Ltd' ('was renamed as United Distillers'; 'The company still exists today as Diageo
 # Scotland Ltd.', 'The company' the article's subject; doubtful: a reader might keep United Distillers and Diageo
 # Scotland Ltd as companies of their own, or read 'The company' as United Distillers & Vintners); 'Guinness & Co.'
 # -> Company, alias 'Guinness' ('finally acquired by Guinness in 1986'); 'Diageo plc' -> Company, alias 'Diageo';
 # 'the Scotch Distillers' Association' -> Organization (a trade association); its six founding firms 'Menzies,
 # Barnard & Craig', 'John Bald & Co.', 'John Haig & Co.', 'MacNab Bros', 'Robert Mowbray', 'Macfarlane & Co.' ->
 # Company each ('Robert Mowbray' a firm in a list of firms forming an association of distillers; doubtful: a reader
 # might type it a Person by its form); 'Scottish Malt Distillers Ltd', 'John Walker & Son', 'Buchanan-Dewar', 'White
 # Horse Distillers Ltd', 'International Distillers & Vintners', 'United Distillers & Vintners' -> Company; 'James
 # Gulliver's Argyle group' -> Company 'Argyle group' (the text's own spelling, 'group' kept as the corpus keeps 'Solvay
 # group', 'Walchand group'; doubtful: a reader might name it 'Argyle') and Person 'James Gulliver'; 'the Glen Scotia
 # distillery' -> Location 'Glen Scotia distillery' (a named site the group operated); Edinburgh, Glasgow -> Location
 # ('the Edinburgh and Glasgow stock exchanges': the cities named; the exchanges are not named on their own). No
 # entity: 'the FTSE 100 Index' (a stock index), 'the Pattisons crash of 1898' (an event; the firm Pattisons named only
 # inside it; doubtful: a reader might add a Company 'Pattisons'), 'the Guinness share-trading fraud' (an event),
 # 'Scotch whisky', 'a trade association', 'the spirits division'
 entities=[E("Company", DCL, "The Distillers Company", "The Distillers Company Ltd", "DCL", "DLC", "United Distillers",
             "Diageo Scotland Ltd"),
           E("Company", GU, "Guinness"), E("Company", DI, "Diageo"),
           E("Organization", "Scotch Distillers' Association"), E("Company", "Menzies, Barnard & Craig"),
           E("Company", "John Bald & Co."), E("Company", "John Haig & Co."), E("Company", "MacNab Bros"),
           E("Company", "Robert Mowbray"), E("Company", "Macfarlane & Co."), E("Location", "Edinburgh"),
           E("Location", "Glasgow"), E("Company", "Scottish Malt Distillers Ltd"), E("Company", "John Walker & Son"),
           E("Company", "Buchanan-Dewar"), E("Company", "White Horse Distillers Ltd"), E("Person", "James Gulliver"),
           E("Company", "Argyle group"), E("Location", "Glen Scotia distillery"),
           E("Company", "International Distillers & Vintners"), E("Company", UDV)],
 # no role: 'James Gulliver's Argyle group' -> no role (his group by the possessive, no post named; a reader might
 # give chairman or head); the founding firms of the association -> no role (companies, not people)
 roles=[],
 # 'It was taken over in 1986 by Guinness & Co.', 'was finally acquired by Guinness in 1986' -> acquired(Guinness &
 # Co., DCL) + parentOrganization (one deal told twice); 'is now part of Diageo' -> parentOrganization(DCL, Diageo plc);
 # 'set up a subsidiary, Scottish Malt Distillers Ltd.' -> parentOrganization(Scottish Malt Distillers Ltd, DCL); 'In
 # 1919 DCL purchased the totality of John Haig & Co.' -> acquired + parentOrganization; 'In 1929 DCL take over White
 # Horse Distillers Ltd.' -> acquired + parentOrganization; 'United Distillers & Vintners, forming the spirits division
 # of Diageo plc' -> parentOrganization(United Distillers & Vintners, Diageo plc). Near-misses: 'in 1925 combined with
 # John Walker & Son and Buchanan-Dewar on a share exchange basis' -> nothing (a combination, no buyer told; doubtful:
 # a reader might give acquired(DCL, each), DCL's name surviving); 'Argyle group ... launched a hostile bid for DCL. The
 # offer was rejected' -> nothing (a rejected bid); 'United Distillers was merged with International Distillers &
 # Vintners to create United Distillers & Vintners' -> nothing (a merger; no parentOrganization of DCL or IDV to UDV);
 # 'a trade association ... formed by' six firms -> no partner among them and no parentOrganization (an association,
 # not a joint venture); 'which operated the Glen Scotia distillery' -> nothing (a site); 'programme of distilleries
 # acquisitions' -> nothing (no distillery named)
 relations=acq(GU, DCL) + [L(DCL, "parentOrganization", DI), L("Scottish Malt Distillers Ltd", "parentOrganization", DCL)]
           + acq(DCL, "John Haig & Co.") + acq(DCL, "White Horse Distillers Ltd")
           + [L(UDV, "parentOrganization", DI)],
 outages=[],
 # '1986' (twice, one text, one value), '1865', '1877', '1894', '1898', '1914', '1919', '1925', '1929', '1985',
 # '1987', '1998'; 'During the early part of the 1900s', 'at one time' -> left out
 dates=[D("1986", "1986"), D("1865", "1865"), D("1877", "1877"), D("1894", "1894"), D("1898", "1898"),
        D("1914", "1914"), D("1919", "1919"), D("1925", "1925"), D("1929", "1929"), D("1985", "1985"),
        D("1987", "1987"), D("1998", "1998")])

# ---- banking, England: Parr's Bank (wikimili.com's copy) ------------------------------------------------------------
PB = "Parr's Bank Limited"
LCW = "London County and Westminster Bank"
FBN = "Fuller, Banbury, Nix & Co"
A["wp-parrs-bank"] = dict(
 # the bank -> Company "Parr's Bank Limited", aliases 'Parr & Co' ('founded as Parr & Co.', 'known as Parr & Co'),
 # 'Parr, Lyon', 'The Warrington Bank' (names it was 'variously known as'), "Parr's Banking Company" (from 1865),
 # "Parr's Banking Company and the Alliance Bank" (the name of 1892; doubtful: a reader might not keep a name that holds
 # another bank's, whose own entity is 'Alliance Bank') and "Parr's" (GUIDELINES, Types: former names are aliases);
 # London County and Westminster Bank, NatWest Group, National Bank of Liverpool, Bank of Liverpool, Alliance Bank
 # (alias 'Alliance': "in recognition of Alliance's importance") -> Company; 'the small London bank of Fuller, Banbury,
 # Nix & Co' -> Company, alias 'Fuller' ('With Fuller giving the bank an initial London presence'); 'the London
 # Bankers' Clearing House' -> Organization (the bankers' clearing body; doubtful: a reader might type it a Company);
 # William Howarth, Joseph Parr, Matthew Lyon, Walter Kerfoot -> Person; Warrington, Lancashire, United Kingdom,
 # Runcorn, St Helens, Cheshire, Staffordshire, London, Liverpool, Manchester -> Location. No entity: 'the bank', 'the
 # firm', 'a joint-stock bank', 'Other smaller London banks' (cut), 'the county of Lancashire' (Lancashire kept)
 entities=[E("Company", PB, "Parr & Co", "Parr, Lyon", "The Warrington Bank", "Parr's Banking Company",
             "Parr's Banking Company and the Alliance Bank", "Parr's"),
           E("Location", "Warrington"), E("Location", "Lancashire"), E("Location", "United Kingdom"),
           E("Company", LCW), E("Company", "NatWest Group"), E("Person", "William Howarth"),
           E("Person", "Joseph Parr"), E("Person", "Matthew Lyon"), E("Person", "Walter Kerfoot"),
           E("Location", "Runcorn"), E("Location", "St Helens"), E("Company", "National Bank of Liverpool"),
           E("Location", "Cheshire"), E("Location", "Staffordshire"), E("Company", FBN, "Fuller"),
           E("Location", "London"), E("Organization", "London Bankers' Clearing House"),
           E("Company", "Bank of Liverpool"), E("Company", "Alliance Bank", "Alliance"), E("Location", "Liverpool"),
           E("Location", "Manchester")],
 # 'It was founded as Parr & Co. ...', 'The first partnership was with Joseph Parr, a sugar boiler, his brother-in-law
 # Matthew Lyon, and Walter Kerfoot, a solicitor.' -> cofounder each at Parr's Bank Limited, current true (three people
 # named together as the partners the firm began with; doubtful: the text writes no 'founded by', and a reader might
 # give no role, or 'other' as partners). Near-misses: 'a sugar boiler', 'a solicitor' -> no second role (trades, no
 # organisation); 'Writing in 1905, William Howarth described Parr's' -> no role (a writer, no post at the bank)
 roles=[R("Joseph Parr", "cofounder", PB), R("Matthew Lyon", "cofounder", PB), R("Walter Kerfoot", "cofounder", PB)],
 # 'In 1918 it was acquired by London County and Westminster Bank' -> acquired + parentOrganization; 'a series of
 # acquisitions, including the National Bank of Liverpool' -> acquired(Parr's, National Bank of Liverpool) +
 # parentOrganization (doubtful: no year told); 'it purchased the small London bank of Fuller, Banbury, Nix & Co' ->
 # acquired + parentOrganization (a bank bought, not its assets); 'the acquisition of the Alliance Bank in 1892' ->
 # acquired + parentOrganization (not said merged away, though its name went into the buyer's). Near-misses: 'it was
 # thus one of the predecessors of NatWest Group' -> nothing (a predecessor, no ownership told; a reader might give
 # parentOrganization(Parr's, NatWest Group)); 'This gave Parr's a seat on the London Bankers' Clearing House' -> no
 # partner (a membership); 'in contrast to the nearby Bank of Liverpool' -> nothing (a comparison)
 relations=acq(LCW, PB) + acq(PB, "National Bank of Liverpool") + acq(PB, FBN) + acq(PB, "Alliance Bank"),
 outages=[],
 # '1782' (twice, one text, one value), '1918' (twice), '1905', '1865', '1890', '1891', '1892'; 'the late eighteenth
 # century' -> left out (a century part, no year)
 dates=[D("1782", "1782"), D("1918", "1918"), D("1905", "1905"), D("1865", "1865"), D("1890", "1890"),
        D("1891", "1891"), D("1892", "1892")])

# ---- steel tubes, Scotland and England: Stewarts & Lloyds (en.wikipedia.org's '= Title =' rendering) ---------------
SM = "A. & J. Stewart & Menzies Ltd"
LL = "Lloyd & Lloyd Ltd"
AS = "Andrew Stewart"
A["wp-stewarts-and-lloyds"] = dict(
 # Stewarts & Lloyds -> Company; the Scottish firm -> Company 'A. & J. Stewart & Menzies Ltd' (the fullest form, its
 # 'Ltd.' full stop left out as at a sentence end), aliases 'A. & J. Stewart & Menzies', 'A. & J. Stewart' (its first
 # name), 'A. & J. Stewart Ltd' (1882) and 'A. & J. Stewart & Clydesdale Ltd' (after the merger; 'the company took on
 # another new name' ties the names to one company; GUIDELINES, Types); the English firm -> Company 'Lloyd & Lloyd
 # Ltd', alias 'Lloyd & Lloyd'; Eadies ('employed as a salesman by Eadies of Dalmarnock ... the company'), Stewart
 # Brothers, the Clydesdale Iron & Steel Company, James Menzies & Company -> Company; Andrew Stewart -> Person, aliases
 # 'Stewart' ('Stewart saw a market') and 'Andrew' ('Andrew set up business', 'Andrew saw his sons'; doubtful: a
 # reader might keep a first name out); Samuel Lloyd, William Rigge Lloyd -> Person; Glasgow, '41 Oswald Street',
 # Britain, Coatbridge, North Lanarkshire, Scotland, Birmingham, England, Dalmarnock, South Lanarkshire, St Enochs,
 # 'the Clyde Tube Works' (a named works), 'Nile Street' -> Location (streets and works as named sites, as the corpus
 # keeps '167 Vivian Street' and 'Gilmanton Iron Works'). No entity: 'his brother James' (named by a first name alone,
 # which is also the first word of 'James Menzies & Company'; as batch 66m kept out 'his son, also named Edward';
 # doubtful: a reader might add a Person 'James'), 'his sons', 'English counterparts', 'the tube making industry'
 entities=[E("Company", "Stewarts & Lloyds"), E("Location", "Glasgow"), E("Location", "41 Oswald Street"),
           E("Location", "Britain"),
           E("Company", SM, "A. & J. Stewart & Menzies", "A. & J. Stewart", "A. & J. Stewart Ltd",
             "A. & J. Stewart & Clydesdale Ltd"),
           E("Location", "Coatbridge"), E("Location", "North Lanarkshire"), E("Location", "Scotland"),
           E("Company", LL, "Lloyd & Lloyd"), E("Location", "Birmingham"), E("Location", "England"),
           E("Person", AS, "Stewart", "Andrew"), E("Company", "Eadies"), E("Location", "Dalmarnock"),
           E("Location", "South Lanarkshire"), E("Location", "St Enochs"), E("Location", "Clyde Tube Works"),
           E("Company", "Stewart Brothers"), E("Company", "Clydesdale Iron & Steel Company"),
           E("Company", "James Menzies & Company"), E("Person", "Samuel Lloyd"), E("Person", "William Rigge Lloyd"),
           E("Location", "Nile Street")],
 # 'A. & J. Stewart & Menzies Ltd. was founded as A. & J. Stewart. ... In 1860, Andrew set up business as a maker of
 # ... tubes' -> founder at A. & J. Stewart & Menzies Ltd, current true (one person named alone as setting it up; the
 # brother taken 'into partnership in 1862' has no entity; doubtful: a reader might give cofounder by the firm's 'A. &
 # J.'); 'It was founded in 1859 by Samuel Lloyd and his cousin William Rigge Lloyd' -> cofounder each at Lloyd & Lloyd
 # Ltd (GUIDELINES, Roles, Founders). Near-misses: 'Andrew Stewart was originally employed as a salesman by Eadies' ->
 # no role (a salesman, no title of the list; a reader might give other); 'Andrew saw his sons set up their own
 # business ... under the name of Stewart Brothers' -> no role (the sons unnamed; Andrew not its founder)
 roles=[R(AS, "founder", SM), R("Samuel Lloyd", "cofounder", LL), R("William Rigge Lloyd", "cofounder", LL)],
 # 'in 1898, the company took on another new name when it acquired the business of James Menzies & Company' ->
 # acquired(A. & J. Stewart & Menzies Ltd, James Menzies & Company) + parentOrganization (the named firm's business
 # bought whole; doubtful: GUIDELINES keep asset purchases out, and batch 66m gave nothing for 'the fertiliser business
 # of the Prentice Brothers'). Near-misses: 'The company was created in 1903 by the amalgamation of ... A. & J. Stewart
 # & Menzies ... and Lloyd & Lloyd' and 'From 1 January 1903 the company merged with English counterparts Lloyd & Lloyd
 # Ltd.' -> nothing (a merger; no parentOrganization of either to Stewarts & Lloyds: they were merged into it);
 # 'A. & J. Stewart Ltd merged with Stewart Brothers and the Clydesdale Iron & Steel Company' -> nothing (a merger, no
 # buyer told); 'The history of Lloyd & Lloyd Ltd closely paralleled that of A. & J. Stewart' -> nothing; Eadies 'would
 # not acknowledge his proposals' -> nothing
 relations=acq(SM, "James Menzies & Company"),
 outages=[],
 # '1903', '1860', '1862', '1867', '1882', '1889', '1898', '1 January 1903' (1903-01-01, its own item beside '1903'),
 # '1859'
 dates=[D("1903", "1903"), D("1860", "1860"), D("1862", "1862"), D("1867", "1867"), D("1882", "1882"),
        D("1889", "1889"), D("1898", "1898"), D("1 January 1903", "1903-01-01"), D("1859", "1859")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

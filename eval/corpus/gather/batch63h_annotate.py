#!/usr/bin/env python3
"""Batch 63h gold annotations (the texts of batch63h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-63b; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a year range ('1862–1870') and a person's
years ('(1861–1941)') -> the years as items (as batch 61e's '2004-2007' and batch 62a's founders' years); 'the late
1980s' (a part of a decade, no ISO value the format takes, as batches 60c-63b), 'over the decades', 'for nearly 80
years', 'on the same date', 'Later that week' (relative, `published` null) -> nothing. No text tells an outage, so
every `outages` list is empty; none tells a near-miss of one (a reorganization, a bankruptcy, a merger, a company
absorbed, a service not begun until a year are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-63b): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): one person named alone as founding a company is `founder` ('founded by Lytle Schooler Adams'),
two named together are each `cofounder` ('Joseph Horn ... and ... Frank Hardart opened their first restaurant
together ... They incorporated as the Horn & Hardart Baking Company'; doubtful, as batch 63b's 'started' and
'opened'); founders current true; a post told by its place in a line of holders ('the 27th President of the United
States', 'the merged paper's second publisher', 'the first president of both companies') -> current false (a past
holder in a history, as dev's 'later to become 31st President of the United States'; doubtful where no successor is
named), and 'voted X as the new president' -> president, current true; a head of state -> president with the country
as org (GUIDELINES, Roles); a newspaper's publisher -> head (as batch 28e's 'publisher of Ballot Access News'); kin,
stockholders, buyers who are people and 'under the direction of X' with no post -> no role; 'was acquired by X' and
'X acquired Y' -> acquired and parentOrganization (GUIDELINES, Relations: completed acquisitions), 'acquired by X and
... merged into Y' -> acquired only (the target merged away); 'X purchased station Y from Z' -> acquired(X, Y) and
parentOrganization(Y, X), with parentOrganization(Y, Z) for the seller's past ownership (stations are Companies, as
the FCC texts of train record station assignments; doubtful); 'the owner of ... Y' and 'X's first TV station, Y' ->
parentOrganization; 'owned 50% of X's operations, Y' -> parentOrganization to each (as train's 'WKBG, Inc., is 50
percent owned by' and batch 30d's two owners; doubtful); purchases by people -> no acquired (the format's acquired
is between companies); a merger with no buyer told -> nothing; former and later names of one company -> aliases
(GUIDELINES, Types); 'its sister company ... serving as the physical operating company', 'financed by' and 'printers
to', 'receive ... vending machines from' -> partner (a working, financing or supply tie between two named
organisations; each doubtful); 'one of the original operators of the X passenger line' -> provider (doubtful); rail
routes, streets, squares and addresses -> Location (GUIDELINES, Types: named sites; as the corpus's 'West Coast Main
Line', '167 Vivian Street'); a passenger train -> Service; an aircraft model -> Service, its maker named only inside
its name no entity; 'American', 'German-born', 'non-Europeans', 'Australian' -> nothing.
usage: batch63h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- broadcasting, US: Taft Broadcasting --------------------------------------------------------------------------
TB = "Taft Broadcasting Company"
TS = "Cincinnati Times-Star"
CC = "Clear Channel Communications"
CT = "CIC-Taft Home Video"
A["wp-taft-broadcasting"] = dict(
 # the company -> Company 'Taft Broadcasting Company', aliases 'Taft Television and Radio Company, Incorporated' ('also
 # known as'), 'Great American Broadcasting' and 'Citicasters' (the names it took 'to become' and 'became'), 'Radio
 # Cincinnati, Inc.' (the name it 'began ... as') and 'Taft' ('Taft — as Citicasters —', "Taft's first TV station")
 # (GUIDELINES, Types: former names are aliases); The Times, The Cincinnati Daily Star and the Cincinnati Times-Star
 # (newspapers, GUIDELINES, Types), Hanna-Barbera Productions, Worldvision Enterprises, Ruby-Spears Productions, KECO
 # Entertainment, CIC Video, CIC-Taft Home Video, Clear Channel Communications (alias 'iHeartMedia', 'which was
 # renamed iHeartMedia'), the radio station WKRC ('WKRC radio'), the TV station WKRC-TV and CBS -> Company; William
 # Howard Taft (alias 'William Howard'), Charles Phelps Taft (alias 'Charles'), Hulbert Taft Sr., Peter Rawson Taft II
 # and Carl Lindner, Jr. -> Person; Cincinnati, Ohio and the United States -> Location. No entity: 'The Taft family'
 # (a family), 'many television and radio stations' (unnamed), 'American', 'Australian' (adjectives)
 entities=[E("Company", TB, "Taft Television and Radio Company, Incorporated", "Great American Broadcasting",
             "Citicasters", "Radio Cincinnati, Inc.", "Taft"),
           E("Location", "Cincinnati"), E("Location", "Ohio"), E("Person", "William Howard Taft", "William Howard"),
           E("Location", "United States"), E("Person", "Charles Phelps Taft", "Charles"), E("Company", "The Times"),
           E("Company", "The Cincinnati Daily Star"), E("Company", TS), E("Person", "Hulbert Taft Sr."),
           E("Person", "Peter Rawson Taft II"), E("Company", "Hanna-Barbera Productions"),
           E("Company", "Worldvision Enterprises"), E("Company", "Ruby-Spears Productions"),
           E("Company", "KECO Entertainment"), E("Company", "CIC Video"), E("Company", CT),
           E("Person", "Carl Lindner, Jr."), E("Company", CC, "iHeartMedia"), E("Company", "WKRC"),
           E("Company", "CBS"), E("Company", "WKRC-TV")],
 # 'William Howard Taft, the 27th President of the United States' -> president at United States (a head of state with
 # the country named on its own, GUIDELINES, Roles), current false (a past holder told by his place in the line, as
 # dev's Hoover); 'the merged paper's second publisher, Hulbert Taft Sr.' -> head at Cincinnati Times-Star (a
 # publisher, as batch 28e), current false ('during the tenure of', the second of a line; doubtful: no successor is
 # named). Near-misses, no role: Charles Phelps Taft (bought the papers: an owner, no post); Peter Rawson Taft II
 # (kin); Carl Lindner, Jr. (a buyer, no post)
 roles=[R("William Howard Taft", "president", "United States", False), R("Hulbert Taft Sr.", "head", TS, False)],
 # 'The company was the owner of such major media and entertainment properties as Hanna-Barbera Productions,
 # Worldvision Enterprises, Ruby-Spears Productions, KECO Entertainment' -> parentOrganization of each under Taft
 # Broadcasting Company (a stated owner; past ownership still recorded); 'It also owned 50% of CIC Video's Australian
 # operations, CIC-Taft Home Video' -> parentOrganization(CIC-Taft Home Video, CIC Video) (CIC Video's operations) and
 # parentOrganization(CIC-Taft Home Video, Taft Broadcasting Company) (a half owner, as train's 50-percent owners of
 # WKBG; doubtful: a reader might take a stake as nothing); 'in 1999, acquired by Clear Channel Communications' with
 # 'Taft — as Citicasters — is still incorporated as a holding company within iHeartMedia' -> acquired and
 # parentOrganization (a completed purchase, the company kept as a unit); 'the Cincinnati Times-Star purchased WKRC
 # radio from CBS' -> acquired(Cincinnati Times-Star, WKRC) and parentOrganization(WKRC, Cincinnati Times-Star), and
 # parentOrganization(WKRC, CBS) (the seller's ownership, past; doubtful: a station bought may be read as an asset
 # purchase); "Taft's first TV station, WKRC-TV" -> parentOrganization(WKRC-TV, Taft Broadcasting Company).
 # Near-misses, no relation: 'its acquisition by Carl Lindner, Jr.' (a person buys: no acquired, which joins
 # companies; a reader might add one); Charles Phelps Taft's purchase of The Times and The Cincinnati Daily Star and
 # 'merging them into the Cincinnati Times-Star' (a person's purchase; a merger with no buying company); Taft
 # Broadcasting Company under the Cincinnati Times-Star (the text says the paper 'became involved in broadcasting'
 # and its purchase began Radio Cincinnati, Inc., but not that it owned the company; the cut infobox's 'Subsidiary
 # (1939-1959)' is not in this copy's text); no partner of Taft and CIC Video (the joint ownership is not told)
 relations=[L(s, "parentOrganization", TB) for s in ("Hanna-Barbera Productions", "Worldvision Enterprises",
                                                      "Ruby-Spears Productions", "KECO Entertainment")] +
           [L(CT, "parentOrganization", "CIC Video"), L(CT, "parentOrganization", TB)] + b10.acq(CC, TB) +
           b10.acq(TS, "WKRC") + [L("WKRC", "parentOrganization", "CBS"), L("WKRC-TV", "parentOrganization", TB)],
 outages=[],
 # 'In 1879', 'in 1880', 'in 1993', 'in 1999', 'in 2014', 'in 1939', 'In April 1949' -> the years and the month. No
 # date: 'the late 1980s' (a part of a decade); '27th' (an ordinal); '50%' (a share)
 dates=[D("1879", "1879"), D("1880", "1880"), D("1993", "1993"), D("1999", "1999"), D("2014", "2014"),
        D("1939", "1939"), D("April 1949", "1949-04")])

# ---- airline, US: All American Aviation ---------------------------------------------------------------------------
AAV = "All American Aviation"
LA = "Lytle Schooler Adams"
A["wp-all-american-aviation"] = dict(
 # the airline -> Company 'All American Aviation', aliases 'Allegheny Airlines', 'USAir' and 'US Airways' (the names
 # it 'evolved over the decades to become', one company renamed, GUIDELINES, Types; doubtful: a reader might list the
 # later airlines as companies of their own); American Airlines and Tri-State Aviation -> Company; Lytle Schooler
 # Adams (alias 'Adams'), Richard C. du Pont (alias 'Richard du Pont') and Alexis Felix du Pont, Jr. -> Person;
 # Congress and the U.S. Post Office -> Organization (government bodies); the aircraft model 'Stinson Reliant' ->
 # Service (GUIDELINES, Types: aircraft models; Stinson, named only inside the model's name, gets no entity);
 # Pittsburgh, Pennsylvania and the Ohio River valley (a region) -> Location. No entity: 'The du Pont family', 'the du
 # Ponts' (a family), 'a bill' (a law, GUIDELINES, Types), 'an airmail pick-up system' (unnamed), 'the largest airline
 # in the world' (a description)
 entities=[E("Company", AAV, "Allegheny Airlines", "USAir", "US Airways"), E("Person", LA, "Adams"),
           E("Company", "American Airlines"), E("Company", "Tri-State Aviation"), E("Service", "Stinson Reliant"),
           E("Person", "Richard C. du Pont", "Richard du Pont"), E("Person", "Alexis Felix du Pont, Jr."),
           E("Organization", "Congress"), E("Organization", "U.S. Post Office"), E("Location", "Pittsburgh"),
           E("Location", "Pennsylvania"), E("Location", "Ohio River valley")],
 # 'an airline company founded by Lytle Schooler Adams in 1937' and 'Founder Lytle Schooler Adams' -> founder at All
 # American Aviation (one person named alone, GUIDELINES, Roles, 'Founders'), current true; 'was the first president
 # of both companies' -> president at All American Aviation, current false (the first of a line, and the text names
 # his successor: 'voted Richard du Pont as the new president') and president at Tri-State Aviation, current false
 # (the first of a line; doubtful: no successor is named there, and a reader might keep it current); 'voted Richard
 # du Pont as the new president' -> president at All American Aviation, current true (no leaving told). Near-misses,
 # no role: Alexis Felix du Pont, Jr. (a stockholder, no post); Adams as founder of Tri-State Aviation (the text says
 # only that it 'was founded on the same date'); the infobox's posts (cut)
 roles=[R(LA, "founder", AAV), R(LA, "president", AAV, False), R(LA, "president", "Tri-State Aviation", False),
        R("Richard C. du Pont", "president", AAV)],
 # 'Its sister company, Tri-State Aviation, was founded on the same date, serving as the physical operating company'
 # (of a patent holding company) -> partner(All American Aviation, Tri-State Aviation) (two named companies working
 # together, one holding the patents, the other operating; doubtful: 'sister company' names no contract, and a
 # reader might leave it). Near-misses, no relation: 'the latter's merger with American Airlines in 2013' (a merger
 # with no buyer told, GUIDELINES, Relations; a reader might add acquired(American Airlines, All American Aviation));
 # 'the du Ponts were able to acquire majority stock' (people buy shares: no acquired, no parent); the Stinson Reliant
 # (an aircraft flown, not a service the airline makes: no provider); the U.S. Post Office's experimentation (no tie
 # to the company told)
 relations=[L(AAV, "partner", "Tri-State Aviation")],
 outages=[],
 # 'in 1937' (three times, one item), 'in 2013', 'in 1927', 'in 1938', 'until 1939' -> the years. No date: 'over the
 # decades', 'on the same date' (no calendar value of their own)
 dates=[D("1937", "1937"), D("2013", "2013"), D("1927", "1927"), D("1938", "1938"), D("1939", "1939")])

# ---- railways, US: Western Pacific Railroad -----------------------------------------------------------------------
WPR = "Western Pacific Railroad"
DRG = "Denver and Rio Grande Western Railroad"
ASJ = "Alameda and San Joaquin Railroad"
A["wp-western-pacific-railroad"] = dict(
 # the railroad formed in 1903 -> Company 'Western Pacific Railroad', aliases 'Western Pacific', 'WP' (also in "WP's"),
 # 'Western Pacific Railway Company' and 'Western Pacific Railway' (its name when 'founded in 1903', GUIDELINES,
 # Types); Southern Pacific Railroad (alias 'SP'), Union Pacific Corporation, Union Pacific Railroad, Central Pacific
 # Railroad, Denver and Rio Grande Western Railroad (alias 'Rio Grande', "the Rio Grande's main rival") and Alameda
 # and San Joaquin Railroad -> Company; George Jay Gould I -> Person; the California Zephyr (a passenger train) ->
 # Service; the Feather River Route and the Overland Route (rail lines, named facilities) and the United States,
 # California, Salt Lake City, Ogden, Utah, Oakland, Sacramento, San Jose and the Pacific Coast -> Location. No entity
 # of its own: 'The original Western Pacific Railroad (1862–1870)', a company of the same name that 'was absorbed into
 # the Central Pacific Railroad in 1870' (the format holds one entity per name, and the name is the 1903 company's;
 # doubtful: a reader might split them); 'the Gould system', 'his aspiring Gould transcontinental system' (a group of
 # railroads under one man's control, no company named); 'the first transcontinental railroad' (a description);
 # 'Class I' (a class)
 entities=[E("Company", WPR, "Western Pacific", "WP", "Western Pacific Railway Company", "Western Pacific Railway"),
           E("Location", "United States"), E("Company", "Southern Pacific Railroad", "SP"), E("Location", "California"),
           E("Location", "Feather River Route"), E("Location", "Overland Route"), E("Location", "Salt Lake City"),
           E("Location", "Ogden"), E("Location", "Utah"), E("Location", "Oakland"), E("Service", "California Zephyr"),
           E("Company", "Union Pacific Corporation"), E("Company", "Union Pacific Railroad"),
           E("Location", "Sacramento"), E("Location", "San Jose"), E("Company", "Central Pacific Railroad"),
           E("Person", "George Jay Gould I"), E("Location", "Pacific Coast"), E("Company", DRG, "Rio Grande"),
           E("Company", ASJ)],
 # No role: 'Under the direction of George Jay Gould I' names no post (the cut infobox's 'Founders: George Jay Gould'
 # is not in the text; a reader might give founder or head)
 roles=[],
 # 'In 1982, the Western Pacific was acquired by the Union Pacific Corporation and it was merged into the Union Pacific
 # Railroad' -> acquired(Union Pacific Corporation, Western Pacific Railroad) only (the target merged away, no
 # parent); 'The Western Pacific Railway acquired the Alameda and San Joaquin Railroad' -> acquired and
 # parentOrganization; 'Construction was financed by the Denver and Rio Grande Western Railroad' -> partner(Western
 # Pacific Railroad, Denver and Rio Grande Western Railroad) (a financing tie between two named companies; doubtful:
 # a reader might read a lender as no partner); 'The Western Pacific was one of the original operators of the
 # California Zephyr passenger line' -> provider(California Zephyr, Western Pacific Railroad) (a service it ran, one
 # of its operators; doubtful). Near-misses, no relation: 'merged into the Union Pacific Railroad' (the buyer is the
 # Union Pacific Corporation; no acquired by the railroad it was merged into, and no parent link of the Union Pacific
 # Railroad to the Union Pacific Corporation, which the text does not state); 'the attempted acquisition of the
 # Southern Pacific Railroad by ... the Union Pacific Railroad' (an attempt, GUIDELINES); the original Western Pacific
 # Railroad 'absorbed into the Central Pacific Railroad' (a company with no entity of its own; a reader might add
 # acquired(Central Pacific Railroad, Western Pacific Railroad), wrong for the 1903 company); 'a company in the Gould
 # system' (no company named as its parent); rivals and competing routes (competition, no partner)
 relations=[L("Union Pacific Corporation", "acquired", WPR)] + b10.acq(WPR, ASJ) +
           [L(WPR, "partner", DRG), L("California Zephyr", "provider", WPR)],
 outages=[],
 # 'in 1903' (twice, one item), 'In 1982', '(1862–1870)' and 'in 1862', 'in 1870' ('1862', '1870', one item each) ->
 # the years. No date: 'for nearly 80 years' (a span)
 dates=[D("1903", "1903"), D("1982", "1982"), D("1862", "1862"), D("1870", "1870")])

# ---- restaurants, US: Horn & Hardart ------------------------------------------------------------------------------
HH = "Horn & Hardart Baking Company"
A["wp-horn-hardart"] = dict(
 # the chain -> Company 'Horn & Hardart Baking Company' (the name it incorporated under), alias 'Horn & Hardart';
 # Dunlap & Claypoole (a printer) and Automat GmbH ("Max Sielaff's Automat GmbH factory") -> Company; the American
 # Congress -> Organization; Joseph Horn, Frank Hardart (alias 'Hardart'), George Washington, Max Sielaff and Ludwig
 # Stollwerck -> Person; the United States (alias 'U.S.'), Philadelphia, New York City (alias 'New York', 'The first
 # New York Automat'), New Orleans ('New Orleans-raised', 'New Orleans-style'; doubtful: a place named inside
 # compound adjectives), Berlin, 39 South Thirteenth Street, 818 Chestnut St., Times Square, Broadway, East 14th
 # Street and Union Square (addresses, streets and squares) -> Location. No entity: "Max Sielaff 's Automat
 # Restaurants in Berlin" (restaurants of one man, their name a description; doubtful: a reader might take a company),
 # 'automats', 'The first New York Automat' (restaurants, unnamed), 'the first chocolate bar vending machine'
 # (unnamed), '"gilt-edge" brew' and '"Less Work for Mother,"' (a coffee's epithet, a slogan), 'German-born',
 # 'non-Europeans' (adjectives)
 entities=[E("Company", HH, "Horn & Hardart"), E("Location", "United States", "U.S."), E("Location", "Philadelphia"),
           E("Location", "New York City", "New York"), E("Person", "Joseph Horn"), E("Location", "New Orleans"),
           E("Person", "Frank Hardart", "Hardart"), E("Location", "39 South Thirteenth Street"),
           E("Company", "Dunlap & Claypoole"), E("Organization", "American Congress"),
           E("Person", "George Washington"), E("Person", "Max Sielaff"), E("Location", "Berlin"),
           E("Company", "Automat GmbH"), E("Person", "Ludwig Stollwerck"), E("Location", "818 Chestnut St."),
           E("Location", "Times Square"), E("Location", "Broadway"), E("Location", "East 14th Street"),
           E("Location", "Union Square")],
 # 'Joseph Horn ... and ... Frank Hardart ... opened their first restaurant together in Philadelphia' and 'They
 # incorporated as the Horn & Hardart Baking Company in 1898' -> cofounder at Horn & Hardart Baking Company for each
 # (two people named together as starting the business, GUIDELINES, Roles, 'Founders'; doubtful: 'opened' and
 # 'incorporated', not 'founded'), current true. Near-misses, no role: Max Sielaff (his company's owner, no post
 # named); Ludwig Stollwerck and George Washington (customers of others, no post)
 roles=[R("Joseph Horn", "cofounder", HH), R("Frank Hardart", "cofounder", HH)],
 # 'the first non-Europeans to receive patented vending machines from Max Sielaff's Automat GmbH factory in Berlin' ->
 # partner(Horn & Hardart Baking Company, Automat GmbH) (a supplier, GUIDELINES, Relations: supply contracts); 'the
 # print shop of Dunlap & Claypoole, printers to the American Congress' -> partner(Dunlap & Claypoole, American
 # Congress) (a printer and its customer; doubtful: told of the eighteenth century as the site's past). Near-misses,
 # no relation: 'the creators of the first chocolate bar vending machine for Ludwig Stollwerck' and 'printers to ...
 # George Washington' (customers who are people: the format's partner joins organisations); 'Inspired by Max
 # Sielaff 's Automat Restaurants' (an inspiration, no tie); the retail stores (its own outlets, no second party)
 relations=[L(HH, "partner", "Automat GmbH"), L("Dunlap & Claypoole", "partner", "American Congress")],
 outages=[],
 # '(1861–1941)' and '(1850–1918)' (the founders' years, as batch 62a's founders' years: '1861', '1941', '1850',
 # '1918'), 'on December 22, 1888', 'in 1898', 'June 12, 1902', 'July 2, 1912', 'In 1924' -> the years and days. No
 # date: 'Later that week' (relative, `published` null); 'Formerly' (no calendar value); '11 x 17 foot', '15 stools',
 # 'the first 47 restaurants' (measures, counts)
 dates=[D("1861", "1861"), D("1941", "1941"), D("1850", "1850"), D("1918", "1918"),
        D("December 22, 1888", "1888-12-22"), D("1898", "1898"), D("June 12, 1902", "1902-06-12"),
        D("July 2, 1912", "1912-07-02"), D("1924", "1924")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

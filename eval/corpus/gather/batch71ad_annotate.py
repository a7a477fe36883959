#!/usr/bin/env python3
"""Gold for batch 71ad (session 65; gatherer lane 71ad; round notes /tmp/gather71ad/NOTES.md; claims in
/work/notes/gather71/CLAIMS.txt): three company histories from English Wikipedia — the Haynes-Apperson Company of
Kokomo, Indiana (founded by Elwood Haynes and the brothers Elmer and Edgar Apperson, its first car built at Aperson's
Riverside Machine Works, the brothers' Apperson automobile company, its later name Haynes Automobile Company, its Light
Car and Tonneau, an 1894 Haynes in the Smithsonian Institution's National Museum of American History), the Kay Musical
Instrument Company of Chicago, Illinois (established by Henry Kay Kuhrmeyer from the assets of Stromberg-Voisinet,
founded as the Groeschel Mandolin Company and renamed, its Stromberg Electro, the Rickenbacker Frying pan and the
Gibson ES-150) and Willard Lamb Velie of Moline, Illinois (clerk, sales manager, corporate secretary, board member and
vice-president of Deere & Company, founder of the Velie Carriage Company and its "Wrought Iron Line", his companies
grown into the Velie Motor Company, his father Stephen H. Velie, his cousin William Butterworth, president of Deere &
Company). Annotated from each text alone, by eval/corpus/GUIDELINES.md; newskg (or any extractor) was not run on any
text. Split (sorted ids dealt test, train, dev; b10.write_parts): test wp-haynes-apperson; train
wp-kay-musical-instrument-company; dev wp-willard-lamb-velie. No text tells an outage or a near-miss of one
(foundings, renamings, a departure to form a company, a purchase of a company by a man and deaths are no outage,
GUIDELINES, Outages). Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71z): former names -> aliases of the
one entity ('Haynes Automobile Company', 'Groeschel Mandolin Company', 'Groeshl Instrument Company'); shorter forms,
surnames alone, initials and a nickname -> aliases ('Haynes-Apperson', 'Kay', 'Kay Musical Instruments', 'Kuhrmeyer',
'Hank', 'W. L. Velie', 'W.L.', 'Velie', 'Stephen Velie'); a man named by first name only in 'brothers Elmer and Edgar
Apperson' -> Person under the form written ('Elmer'; no 'Elmer Apperson' in the text); people named together as
founding or forming a company -> cofounder each (GUIDELINES, Roles: Founders), current true (the text's 'the brothers
left' ends their work there, not the fact of founding, as batch 71y kept Hendee's; doubtful); one person named alone
as founding or establishing a company -> founder; 'an executive', 'a sales manager', 'the corporate secretary' and
'the first chairman of the executive committee' -> executive (one item per person and company: a committee's chair as
batch 29a's Koc Holding file did, a corporate secretary folded in as batch 51d did; doubtful), 'a member of the board' ->
director, 'vice-president' -> vice-president, 'president' -> president; Deere & Company posts of Willard Lamb Velie
current false ('He was an executive at Deere & Company before starting his own companies'; doubtful), his father's
posts current false (he died); a man who bought a company, a company established from another's assets and a
partnership between two people -> no relation (GUIDELINES, Relations: asset purchases; a person is no organisation);
car models, a named line of wagons and guitar models -> Service, provider the company the text says made them; a
product whose maker is named only inside its name ('Rickenbacker Frying pan', 'Gibson ES-150') -> the product alone
(GUIDELINES, Types); 'the Smithsonian Institution's National Museum of American History' -> both Organization,
parentOrganization (GUIDELINES, Relations: "X's Y"); schools -> Organization; towns, states and countries ->
Location; full dates and years -> their values; decades ('the 1930s', 'the 1960s') and relative spans ('Three years
later', 'After a year', 'five years after') -> no date (published null: only absolute expressions).
usage: batch71ad_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- automobiles, US: Haynes-Apperson --------------------------------------------------------------------------------
HAC = "Haynes-Apperson Company"
EH = "Elwood Haynes"
EA = "Edgar Apperson"
A["wp-haynes-apperson"] = dict(
 # the maker -> Company 'Haynes-Apperson Company' (the fullest form), aliases 'Haynes-Apperson' ('Haynes-Apperson
 # became') and 'Haynes Automobile Company' (its later name: 'Haynes-Apperson became Haynes Automobile Company';
 # GUIDELINES, Types: former names are aliases); the founders -> Person 'Elwood Haynes', Person 'Elmer' (the text's
 # 'brothers Elmer and Edgar Apperson' writes no 'Elmer Apperson'; the form written is the name) and Person 'Edgar
 # Apperson'; Aperson's Riverside Machine Works (a named machine shop, a business) -> Company (doubtful: a reader might
 # take it as a site, Location); 'the Apperson automobile company' (the brothers' company, named by its name 'Apperson'
 # with a lower-case description) -> Company 'Apperson' (doubtful: a reader might leave a lower-case description
 # out); the 1904 Haynes-Apperson Light Car and the Tonneau ('The Tonneau had a similar flat-twin', a model of the same
 # year) -> Service (GUIDELINES, Types: car nameplates; doubtful for 'Tonneau', a body style's name used as a model's);
 # the Smithsonian Institution and its National Museum of American History -> Organization (a museum, as the corpus's
 # other museums); Kokomo, Indiana and the United States -> Location. No entity: 'Brass Era' (a period), 'An 1894
 # Haynes' (one car named by its maker's surname, built before the company; doubtful: a reader might give a Service)
 entities=[E("Company", HAC, "Haynes-Apperson", "Haynes Automobile Company"), E("Location", "Kokomo"),
           E("Location", "Indiana"), E("Person", EH), E("Person", "Elmer"), E("Person", EA),
           E("Location", "United States"), E("Company", "Riverside Machine Works"), E("Company", "Apperson"),
           E("Service", "Haynes-Apperson Light Car"), E("Service", "Tonneau"),
           E("Organization", "Smithsonian Institution"), E("Organization", "National Museum of American History")],
 # 'The company was founded by Elwood Haynes and brothers Elmer and Edgar Apperson' -> cofounder each (three named
 # together), current true (doubtful for the brothers: 'In 1902, the brothers left' ends their work, not the founding);
 # 'the brothers left to form the Apperson automobile company' -> cofounder of Apperson for Elmer and Edgar Apperson
 # (two named together as forming it), current true. No role: "Aperson's Riverside Machine Works" (an owner by a
 # misspelt possessive, no post; doubtful: a reader might give the brothers a role there), 'the trio built' (work)
 roles=[R(EH, "cofounder", HAC), R("Elmer", "cofounder", HAC), R(EA, "cofounder", HAC),
        R("Elmer", "cofounder", "Apperson"), R(EA, "cofounder", "Apperson")],
 # 'The 1904 Haynes-Apperson Light Car' -> provider(Haynes-Apperson Light Car, Haynes-Apperson Company) (the maker's
 # name in the model's); 'The Tonneau had a similar flat-twin' (the paragraph of the company's 1904 models) ->
 # provider(Tonneau, Haynes-Apperson Company) (doubtful, as the entity); "the Smithsonian Institution's National Museum
 # of American History" -> parentOrganization(National Museum of American History, Smithsonian Institution).
 # Near-misses, no relation: the first car built 'at Aperson's Riverside Machine Works' (a place of building; no
 # contract written between the two companies), 'the brothers left to form the Apperson automobile company' (no
 # ownership or partnership between the two companies written)
 relations=[L("Haynes-Apperson Light Car", "provider", HAC), L("Tonneau", "provider", HAC),
            L("National Museum of American History", "parentOrganization", "Smithsonian Institution")],
 outages=[],
 # 'from 1896 to 1905' -> 1896 and 1905; 'In 1894' and 'An 1894 Haynes' (one text, one value); 'In 1902', 'in 1905'
 # (the same text as '1905'); 'The 1904 Haynes-Apperson Light Car' -> 1904
 dates=[D("1896", "1896"), D("1905", "1905"), D("1894", "1894"), D("1902", "1902"), D("1904", "1904")])

# ---- musical instruments, US: Kay Musical Instrument Company --------------------------------------------------------
KMI = "Kay Musical Instrument Company"
HKK = "Henry Kay Kuhrmeyer"
SV = "Stromberg-Voisinet"
A["wp-kay-musical-instrument-company"] = dict(
 # the maker -> Company 'Kay Musical Instrument Company', aliases 'Kay' ('Kay was established', 'Kay offered') and
 # 'Kay Musical Instruments' ('The new company, "Kay Musical Instruments"'); its founder -> Person 'Henry Kay
 # Kuhrmeyer', aliases 'Kuhrmeyer' (with 'Kuhrmeyer-owned') and 'Hank' (a nickname: 'Henry Kay "Hank" Kuhrmeyer');
 # the predecessor -> Company 'Stromberg-Voisinet' (its name most used), aliases 'Groeschel Mandolin Company' and
 # 'Groeshl Instrument Company' (its founding name and that name's second spelling: 'founded as Groeschel Mandolin
 # Company', 'the company was renamed to Stromberg-Voisinet'); Kay and Stromberg-Voisinet kept apart ('The new company
 # ... established in 1931 from the assets of the former Stromberg-Voisinet company'; doubtful: 'grew from' might read
 # as one company under three names); the Rickenbacker Frying pan, the Gibson ES-150 and the Stromberg Electro (guitar
 # models) -> Service (GUIDELINES, Types: a maker named only inside a product's name is not its own entity); the United
 # States, Chicago and Illinois -> Location. No entity: 'an investor' (unnamed)
 entities=[E("Company", KMI, "Kay", "Kay Musical Instruments"), E("Location", "United States"),
           E("Location", "Chicago"), E("Location", "Illinois"), E("Person", HKK, "Kuhrmeyer", "Hank"),
           E("Company", SV, "Groeschel Mandolin Company", "Groeshl Instrument Company"),
           E("Service", "Rickenbacker Frying pan"), E("Service", "Gibson ES-150"), E("Service", "Stromberg Electro")],
 # 'Kay was established in 1931 in Chicago, Illinois, by Henry Kay Kuhrmeyer' -> founder (one person named alone),
 # current true; 'In 1923, later president Henry Kay "Hank" Kuhrmeyer joined the company' (the company then
 # Stromberg-Voisinet) -> president of Stromberg-Voisinet, current true (no end written; doubtful: a reader might put
 # the presidency at Kay). No role: 'the Kuhrmeyer-owned Stromberg-Voisinet brand' and 'he bought the company' (an
 # owner, no post)
 roles=[R(HKK, "founder", KMI), R(HKK, "president", SV)],
 # 'the Kuhrmeyer-owned Stromberg-Voisinet brand had produced the Stromberg Electro' -> provider(Stromberg Electro,
 # Stromberg-Voisinet). Near-misses, no relation: 'he bought the company' (a man's purchase, no acquiring
 # organisation), 'established ... from the assets of the former Stromberg-Voisinet' (an asset purchase; GUIDELINES,
 # Relations), 'Kay offered their first electric guitar' (unnamed)
 relations=[L("Stromberg Electro", "provider", SV)],
 outages=[],
 # 'in 1931' (twice), 'in 1890' (twice), 'in 1936', 'in 1928' (twice), 'In 1921', 'In 1923' -> the years. No date:
 # 'the 1930s', 'the 1960s' (decades), 'five years after', 'the same year as' (relative)
 dates=[D("1931", "1931"), D("1890", "1890"), D("1936", "1936"), D("1928", "1928"), D("1921", "1921"),
        D("1923", "1923")])

# ---- carriages and automobiles, US: Willard Lamb Velie ---------------------------------------------------------------
WLV = "Willard Lamb Velie"
DC = "Deere & Company"
SHV = "Stephen H. Velie"
VCC = "Velie Carriage Company"
A["wp-willard-lamb-velie"] = dict(
 # the businessman -> Person 'Willard Lamb Velie', aliases 'W. L. Velie', 'W.L.' ('W.L. replaced him') and 'Velie'
 # (surname alone, many times; his father is always 'Stephen H. Velie' or 'Stephen Velie'); his father -> Person
 # 'Stephen H. Velie', alias 'Stephen Velie'; Emma Deere, John Deere, Merton Yale Cady, Alice Deere, William
 # Butterworth -> Person; Deere & Company, the Velie Motor Company, the C. C. Webber & Company and the Velie Carriage
 # Company -> Company; the "Wrought Iron Line" (a named line of wagons) -> Service (GUIDELINES, Types: vehicles; as
 # batch 71y's 'Indian' line of bicycles); Phillips Academy and Yale University -> Organization (schools); Moline,
 # Illinois, Rock Island, Andover, Massachusetts and Montana -> Location. No entity: 'the company' of 'when the company
 # was incorporated' (not named), 'the executive committee' (a board's committee, no name)
 entities=[E("Person", WLV, "W. L. Velie", "W.L.", "Velie"), E("Location", "Moline"), E("Location", "Illinois"),
           E("Company", DC), E("Company", "Velie Motor Company"), E("Person", SHV, "Stephen Velie"),
           E("Person", "Emma Deere"), E("Person", "John Deere"), E("Person", "Merton Yale Cady"),
           E("Person", "Alice Deere"), E("Location", "Rock Island"), E("Company", "C. C. Webber & Company"),
           E("Organization", "Phillips Academy"), E("Location", "Andover"), E("Location", "Massachusetts"),
           E("Organization", "Yale University"), E("Location", "Montana"), E("Company", VCC),
           E("Service", "Wrought Iron Line"), E("Person", "William Butterworth")],
 # 'He was an executive at Deere & Company', 'he became a sales manager', 'replaced him as the corporate secretary' and
 # 'he became the first chairman of the executive committee' -> executive at Deere & Company (one item; "manager" ->
 # executive, GUIDELINES, Roles; the corporate secretary and the committee's chair folded in; doubtful: a reader might
 # give 'other' for the secretary or 'chairman' for the committee); 'a member of the board' -> director; 'Velie was
 # elected vice-president' -> vice-president; all three current false ('He was an executive at Deere & Company before
 # starting his own companies' places his Deere posts in the past; doubtful: no leaving written beside each post);
 # 'In 1902, Velie founded his first company, the Velie Carriage Company' -> founder, current true; 'starting his own
 # companies, which grew to become Velie Motor Company' -> founder of the Velie Motor Company, current true (doubtful:
 # the companies he started grew into it, no founding of it written); 'W.L. replaced him [his father] as the corporate
 # secretary and a member of the board' (at Deere & Company, the paragraph's company) -> Stephen H. Velie executive and
 # director at Deere & Company, current false (he died; doubtful: posts implied by his son's replacing him); 'his cousin
 # William Butterworth became president of Deere & Company' -> president, current true (no end written). No role:
 # 'working at Deere & Company as a clerk' (no post of the vocabulary; folded into none), Stephen Velie's 'offices of
 # secretary and treasurer' of a company not named, 'to work for the C. C. Webber & Company' (no post), 'architect
 # Merton Yale Cady' (no organisation)
 roles=[R(WLV, "executive", DC, False), R(WLV, "director", DC, False), R(WLV, "vice-president", DC, False),
        R(WLV, "founder", VCC), R(WLV, "founder", "Velie Motor Company"), R(SHV, "executive", DC, False),
        R(SHV, "director", DC, False), R("William Butterworth", "president", DC)],
 # 'the Velie Carriage Company of Moline. It manufactured ... spring wagons called the "Wrought Iron Line" of vehicles'
 # -> provider(Wrought Iron Line, Velie Carriage Company). Near-misses, no relation: 'he entered into a partnership
 # with his father-in-law' (two people; the company not named), 'his own companies, which grew to become Velie Motor
 # Company' (no ownership between named companies written)
 relations=[L("Wrought Iron Line", "provider", VCC)],
 outages=[],
 # '1866', 'October 24, 1928' -> the year and the day; 'In 1863', 'in 1885', 'in 1888', 'In 1890', 'in 1895', 'In 1902',
 # 'In 1907', 'in 1908' -> the years. No date: 'After a year', 'Three years later' (relative; published null)
 dates=[D("1866", "1866"), D("October 24, 1928", "1928-10-24"), D("1863", "1863"), D("1885", "1885"),
        D("1888", "1888"), D("1890", "1890"), D("1895", "1895"), D("1902", "1902"), D("1907", "1907"),
        D("1908", "1908")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

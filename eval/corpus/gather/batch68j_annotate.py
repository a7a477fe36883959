#!/usr/bin/env python3
"""Batch 68j gold annotations (session 62; the texts of batch68j.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68f; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a clock time on a dated day
kept ('At 6:00 p.m. on 1 December 1890' -> '6:00 p.m.' 1890-12-01T18:00 beside '1 December 1890', as GATHERING.md's
clock times on a dated day); decades and centuries ('In the 1890s', 'since the 19th century') -> nothing; spans and
relative phrases ('for 37 years', 'for 26 years', 'the second night', 'one week later', 'soon afterwards') ->
nothing in `dates`.
Outages (GUIDELINES part 2, Outages; power failures that cut service to customers): the Hongkong Electric text's 'At
6:00 p.m. on 1 December 1890, 50 street lights along Queen's Road Central, Battery Path and Upper Albert Road were
switched on. The lights failed on the second night then again one week later.' -> two outages told apart, provider
the Hongkong Electric Company (its supply to its street lights; the text's 'Thereafter there were no further faults
for 26 years' counts the two as faults), affected [] (the street lights are no named service), location 'Hong Kong'
(the city the text names; the three streets are where the lights stood), cause null (none told); dates: the first
'the second night' of lights first lit on 1 December 1890 -> 1890-12-02 (as batch 17's India text dated 'the next
day' from its dated day; doubtful: `published` is null and the phrase is relative to the text's date, not to a
publication date), the second 'one week later' -> 1890-12 (the month only: a week after the second night or after
the first lighting, 8 or 9 December; doubtful); no start, end or duration stated. No other text tells an outage.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68f): a company formed when named companies
'amalgamated' ('C.C.M. was established "when the operations of four major Canadian bicycle manufacturers
amalgamated: H.A. Lozier, Massey-Harris, Goold, and Welland Vale Manufacturing."') -> nothing (a merger that says
not who bought whom); an asset purchase ('to acquire the assets of Canadian Motors Ltd.') -> nothing; a company set up
by another ('C.C.M. established the Russell Motor Car Company in Toronto') -> parentOrganization(new company, its
maker) (as GATHERING.md's 'set up by' a company; doubtful); a branch plant only planned ('announced plans to open a
branch plant in Canada called the National Cycle Company') -> the Company, no relation; a company 'owned by several
companies including' three named owners -> parentOrganization to each (the text's 'owned by', GUIDELINES part 2,
Relations; doubtful: joint owners with no stakes stated, where GATHERING.md gives holders listed with their stakes
nothing); a minority holding ('Morinaga is loosely affiliated with Morinaga Milk Industry Co., Ltd., a public company
in which Morinaga & Company holds 10.34% of the stock') -> nothing; a company's own brands listed ('Major Morinaga
brands include:') -> Service + provider, a brand it makes under licence ('Packncho (license manufacturer)') ->
provider (doubtful), brands it only distributes ("Werther's Original (Japan distributor)", 'Pez (Japan
distributor)') -> Service, no provider (the maker is not named; doubtful); a named kind of chocolate the company made
('the company made chocolates for men to give women, which are called Gyaku-choco') -> Service + provider (doubtful:
a reader might read a word for a custom); founders (GUIDELINES part 2, Roles, 'Founders'): 'founded in 1899 by
Taichiro Morinaga' (one man) -> founder, current true; 'general manager' -> executive (GUIDELINES: 'manager' ->
executive), 'new' and no leaving told -> current true; 'a director of the new Hong Kong Electric Company for 37
years' ('was to remain') -> director, current false (a span the text closes; doubtful); 'remained its manager until
1910' (the manager of the company's first power station) -> executive at the company, current false (doubtful: the
plant, not the company, is 'its'); a man who suggested a venture ('Bendyshe Layton suggested to Sir Catchick Paul
Chater') -> no role; Types: a company's name in two spellings ('Hongkong Electric Company', 'Hong Kong Electric
Company') and its initials ('HKC') -> aliases of one company; names in Chinese and Japanese script and their
romanisation ('\u9999\u6e2f\u96fb\u71c8\u6709\u9650\u516c\u53f8', '\u68ee\u6c38\u88fd\u83d3\u682a\u5f0f\u4f1a\u793e',
'Morinaga Seika Kabushiki-gaisha') -> aliases (as the corpus's Chinese and Japanese names); a later name ('It was
incorporated as Morinaga & Co., Ltd. in 1912') -> alias; initialisms with and without stops ('CCM', 'C.C.M.') ->
aliases; a company's name with and without '& Co.' and stops ('H.A. Lozier & Co.', 'H.A. Lozier', 'HA Lozier') ->
aliases; 'CCM (The Hockey Company)' (one of the two entities the company split into) -> Company 'The Hockey Company'
('CCM' left to the parent; doubtful); a sovereign wealth fund ('Qatar Investment Authority') -> Organization (as the
corpus's Kuwait Investment Authority); 'the Executive Council' -> Organization; streets, a hill and a town with its
short name ('St. Clair Avenue', 'Star Street', "Queen's Road Central", 'Mission Hospital Hill', 'the Town of Toronto
Junction' with 'The Junction') -> Location; a hospital named as a site ('site of the present Ruttonjee Hospital') ->
Location; titles of honour ('Sir') left out of names; demonyms and adjectives ('Canadian', 'American', 'Japanese'),
events ('World War II', "Valentine's Day"), 'the CCM trademark', 'penicillin', 'candy' -> no entity.
usage: batch68j_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- bicycles, Canada: CCM (cycle) (piglix.com's copy) ------------------------------------------------------------
CCM = "Canada Cycle & Motor Co. Ltd."
RMC = "Russell Motor Car Company"
A["wp-ccm-cycle"] = dict(
 # the company -> Company 'Canada Cycle & Motor Co. Ltd.' (the name 'CCM' stands for; aliases 'CCM' and 'C.C.M.';
 # 'The company', 'his company' generic); 'CCM (The Hockey Company)' -> Company 'The Hockey Company' (one of the two
 # entities the company split into; the 'CCM' before it left to the parent, as the same letters name the parent
 # throughout; doubtful); 'the American Bicycle Company', 'the National Cycle Company' (a planned branch plant, named)
 # -> Company; 'H.A. Lozier & Co.' (aliases 'H.A. Lozier' in the list of four, 'HA Lozier' in 'the HA Lozier
 # factory'), 'Massey-Harris', 'Goold', 'Welland Vale Manufacturing', 'Gendron Bicycles' -> Company; 'Canadian Motors
 # Ltd.' (alias 'CML') -> Company; Tommy Russell -> Person; 'the Russell Motor Car Company' -> Company; Canada,
 # Toronto, Montreal, Winnipeg, Vancouver, 'St. Clair Avenue' (a street), 'Town of Toronto Junction' ('the Town of
 # Toronto Junction (as the town was then officially called)', the town's official name; alias 'The Junction') ->
 # Location. No entity: '42 manufacturers', 'four major Canadian bicycle manufacturers', 'many smaller bicycle
 # makers' (unnamed), 'the CCM trademark' (a mark), 'a bicycle manufacturing plant', 'the HA Lozier factory'
 # (unnamed plants; the company's name inside is its alias), 'Canadian', 'American' (adjectives)
 entities=[E("Company", CCM, "CCM", "C.C.M."), E("Company", "The Hockey Company"),
           E("Company", "American Bicycle Company"), E("Location", "Canada"), E("Company", "National Cycle Company"),
           E("Company", "H.A. Lozier & Co.", "H.A. Lozier", "HA Lozier"), E("Company", "Massey-Harris"),
           E("Company", "Goold"), E("Company", "Welland Vale Manufacturing"),
           E("Company", "Canadian Motors Ltd.", "CML"), E("Person", "Tommy Russell"), E("Company", RMC),
           E("Location", "Toronto"), E("Location", "St. Clair Avenue"),
           E("Location", "Town of Toronto Junction", "The Junction"), E("Company", "Gendron Bicycles"),
           E("Location", "Montreal"), E("Location", "Winnipeg"), E("Location", "Vancouver")],
 # 'Tommy Russell, C.C.M.'s new general manager' -> executive at the company (GUIDELINES: 'manager' -> executive;
 # doubtful: head for a general manager), current true ('new', no leaving told). Near-misses: no person is named at
 # the four amalgamated makers, the American Bicycle Company or the Russell Motor Car Company (the name is the man's,
 # but the text gives him no post there)
 roles=[R("Tommy Russell", "executive", CCM)],
 # 'C.C.M. established the Russell Motor Car Company in Toronto' -> parentOrganization(Russell Motor Car Company,
 # Canada Cycle & Motor Co. Ltd.) (a company set up by another; doubtful). Near-misses, no relation: 'when the
 # operations of four major Canadian bicycle manufacturers amalgamated: H.A. Lozier, Massey-Harris, Goold, and
 # Welland Vale Manufacturing' (an amalgamation; no buyer told), 'to acquire the assets of Canadian Motors Ltd.' (an
 # asset purchase), 'announced plans to open a branch plant in Canada called the National Cycle Company' (plans),
 # 'The company would eventually split into two separate entities' (a split; no parent told of 'The Hockey
 # Company'), 'Massey-Harris and Gendron Bicycles also moved some bike manufacturing to The Junction in the HA Lozier
 # factory' (a shared plant, no partnership stated)
 relations=[L(RMC, "parentOrganization", CCM)],
 outages=[],
 # '1899', '1903', '1904', '1895'; 'Around 1899' -> the year; 'soon afterwards', 'then' -> nothing
 dates=[D("1899", "1899"), D("1903", "1903"), D("1904", "1904"), D("1895", "1895")])

# ---- electric utility, Hong Kong: Hongkong Electric (piglix.com's copy) -----------------------------------------------
HKE = "Hongkong Electric Company"
A["wp-hongkong-electric"] = dict(
 # the company -> Company 'Hongkong Electric Company' (the text's first name; aliases 'HKC', its Chinese name
 # '\u9999\u6e2f\u96fb\u71c8\u6709\u9650\u516c\u53f8' and 'Hong Kong Electric Company' ('the new Hong Kong Electric
 # Company', the same company spelt in three words); 'The company', 'It' generic); 'China Light & Power', 'Power Assets
 # Holdings', 'Cheung Kong Infrastructure Holdings' -> Company; 'Qatar Investment Authority' -> Organization (a
 # state investment fund, as the corpus typed the Kuwait Investment Authority; doubtful: a reader might type it a
 # Company); 'the Executive Council' -> Organization; Bendyshe Layton, Sir Catchick Paul Chater (the name without
 # 'Sir'; alias 'Chater'), William Wickham -> Person; Hong Kong, 'Star Street', 'Wan Chai', "Queen's Road Central",
 # 'Battery Path', 'Upper Albert Road', 'Bonham Strand', 'Caine Road', 'Queens Road East', 'Wanchai Road' (streets
 # and a district, each as written), 'Mission Hospital Hill', 'Ruttonjee Hospital' ('site of the present Ruttonjee
 # Hospital', a site) -> Location. No entity: 'the first power station in Hong Kong', 'The plant', 'a substation'
 # (unnamed), 'the public', 'the 19th century'
 entities=[E("Company", HKE, "HKC", "\u9999\u6e2f\u96fb\u71c8\u6709\u9650\u516c\u53f8", "Hong Kong Electric Company"),
           E("Location", "Hong Kong"), E("Company", "China Light & Power"), E("Company", "Power Assets Holdings"),
           E("Company", "Cheung Kong Infrastructure Holdings"), E("Organization", "Qatar Investment Authority"),
           E("Organization", "Executive Council"), E("Person", "Bendyshe Layton"),
           E("Person", "Catchick Paul Chater", "Chater"), E("Location", "Star Street"), E("Location", "Wan Chai"),
           E("Person", "William Wickham"), E("Location", "Queen's Road Central"), E("Location", "Battery Path"),
           E("Location", "Upper Albert Road"), E("Location", "Bonham Strand"), E("Location", "Caine Road"),
           E("Location", "Queens Road East"), E("Location", "Wanchai Road"), E("Location", "Mission Hospital Hill"),
           E("Location", "Ruttonjee Hospital")],
 # 'Chater, who was to remain a director of the new Hong Kong Electric Company for 37 years' -> director, current
 # false (a span the text closes, told of the company's start in 1890; doubtful: no leaving told in words); 'The plant
 # was designed by electrical engineer William Wickham who subsequently remained its manager until 1910' -> executive
 # at the company (GUIDELINES: 'manager' -> executive; the manager of its first power station, the plant no named
 # entity; doubtful: a reader might give no role), current false ('until 1910'). Near-misses: Bendyshe Layton -> no
 # role ('suggested to Sir Catchick Paul Chater', no post named; the Executive Council's meeting names no member);
 # 'took charge of raising finance for the project' -> no further role for Chater
 roles=[R("Catchick Paul Chater", "director", HKE, False), R("William Wickham", "executive", HKE, False)],
 # 'The company is owned by several companies including Power Assets Holdings, Cheung Kong Infrastructure Holdings and
 # Qatar Investment Authority' -> parentOrganization(Hongkong Electric Company, each owner) (the text's 'owned by';
 # doubtful: three joint owners with no stakes, where GATHERING.md gives minority holders nothing). Near-misses, no
 # relation: 'the other being China Light & Power' (a rival); 'half of which were offered to the public' (no holder
 # named)
 relations=[L(HKE, "parentOrganization", "Power Assets Holdings"),
            L(HKE, "parentOrganization", "Cheung Kong Infrastructure Holdings"),
            L(HKE, "parentOrganization", "Qatar Investment Authority")],
 # 'The lights failed on the second night then again one week later.' -> two outages of the company's street
 # lighting (see the docstring): 1890-12-02 and 1890-12 (doubtful dates), location Hong Kong, no cause stated
 outages=[O(HKE, "1890-12-02", [], loc="Hong Kong"), O(HKE, "1890-12", [], loc="Hong Kong")],
 # '6:00 p.m.' (on 1 December 1890) -> 1890-12-01T18:00, '1 December 1890', '1910', '1898'; 'the 19th century', 'In
 # the 1890s', 'for 37 years', 'the second night', 'one week later', 'for 26 years' -> nothing
 dates=[D("6:00 p.m.", "1890-12-01T18:00"), D("1 December 1890", "1890-12-01"), D("1910", "1910"),
        D("1898", "1898")])

# ---- confectionery, Tokyo: Morinaga & Company (en.m.wikipedia.org's rendering) --------------------------------------
MOR = "Morinaga & Company, Ltd."
OWN = ["Hi-Chew", "In Jelly", "Choco Monaka Jumbo", "Ice Box", "DARS", "Morinaga Biscuits", "Morinaga Milk Cocoa",
       "Morinaga Amazake", "Morinaga Chocoball", "Packncho", "Gyaku-choco"]
A["wp-morinaga-and-company"] = dict(
 # the company -> Company 'Morinaga & Company, Ltd.' (the text's first name; aliases its Japanese name
 # '\u68ee\u6c38\u88fd\u83d3\u682a\u5f0f\u4f1a\u793e' and romanisation 'Morinaga Seika Kabushiki-gaisha', 'Morinaga &
 # Company' ('in which Morinaga & Company holds'), 'Morinaga & Co., Ltd.' ('It was incorporated as Morinaga & Co.,
 # Ltd. in 1912': the same company's name) and 'Morinaga' ('Morinaga is loosely affiliated', 'Major Morinaga brands',
 # 'Morinaga created Japan's first ... penicillin'); 'The company', 'the company' generic); 'Morinaga Milk Industry
 # Co., Ltd.' -> Company; Taichiro Morinaga -> Person; Tokyo, Japan, United States -> Location; the twelve list items
 # -> Service ('In Jelly / Chargel' one brand under two names: 'In Jelly' with the alias 'Chargel'; doubtful),
 # 'Gyaku-choco' ('chocolates ... which are called Gyaku-choco') -> Service (doubtful). No entity: 'a Western
 # confectionery shop' (unnamed), 'World War II', "Valentine's Day" (events), 'penicillin', 'candy', 'chocolates',
 # 'Gyaku' (a word glossed), 'Japanese' (the language)
 entities=[E("Company", MOR, "\u68ee\u6c38\u88fd\u83d3\u682a\u5f0f\u4f1a\u793e", "Morinaga Seika Kabushiki-gaisha",
             "Morinaga & Company", "Morinaga & Co., Ltd.", "Morinaga"),
           E("Location", "Tokyo"), E("Location", "Japan"), E("Company", "Morinaga Milk Industry Co., Ltd."),
           E("Service", "Hi-Chew"), E("Service", "In Jelly", "Chargel"), E("Service", "Choco Monaka Jumbo"),
           E("Service", "Ice Box"), E("Service", "DARS"), E("Service", "Morinaga Biscuits"),
           E("Service", "Morinaga Milk Cocoa"), E("Service", "Morinaga Amazake"), E("Service", "Morinaga Chocoball"),
           E("Service", "Packncho"), E("Service", "Werther's Original"), E("Service", "Pez"),
           E("Person", "Taichiro Morinaga"), E("Location", "United States"), E("Service", "Gyaku-choco")],
 # 'The company was founded in 1899 by Taichiro Morinaga' -> founder (one man named alone; GUIDELINES part 2, Roles,
 # 'Founders'), current true
 roles=[R("Taichiro Morinaga", "founder", MOR)],
 # 'Major Morinaga brands include:' and the nine brands listed first -> provider(brand, Morinaga & Company, Ltd.);
 # 'Packncho (license manufacturer)' -> provider (it makes the brand under licence; doubtful); 'the company made
 # chocolates for men to give women, which are called Gyaku-choco' -> provider (doubtful). Near-misses, no relation:
 # "Werther's Original (Japan distributor)" and 'Pez (Japan distributor)' (it only distributes them; their makers are
 # not named; doubtful: a reader might give provider); 'loosely affiliated with Morinaga Milk Industry Co., Ltd., a
 # public company in which Morinaga & Company holds 10.34% of the stock' (a minority holding, 'loosely affiliated';
 # no parentOrganization)
 relations=[L(s, "provider", MOR) for s in OWN],
 outages=[],
 # '1899' (twice, listed once), '1912', '1944', '1960', '2009'; 'World War II' (an event), 'the present culture' ->
 # nothing
 dates=[D("1899", "1899"), D("1912", "1912"), D("1944", "1944"), D("1960", "1960"), D("2009", "2009")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

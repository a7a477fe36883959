#!/usr/bin/env python3
"""Batch 70k gold annotations (session 64; the texts of batch70k.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-70d; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'As of 2025' gives its year,
'mid-1963' its year (as 'late 2006'). No text tells an outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70d): a stated subsidiary ('It is a subsidiary of
Indian multinational Mahindra & Mahindra Limited', 'a wholly owned subsidiary of the Toyota Group keiretsu') ->
parentOrganization; completed purchases and takeovers ('A 70% share of SsangYong was acquired by Mahindra & Mahindra
Limited', 'taking control of Keohwa Motors', 'it was taken over by SsangYong Business Group', 'it acquired ...
Panther Westwinds') -> acquired + parentOrganization; a merger with no buyer named ('the two companies merged into Ha
Dong-hwan Motor Co.') -> nothing; a business bought by a person ('John Ballantyne purchased Dunstable House', 'sold
the business to William Pratt') -> no relation (acquired joins two companies) and no role (no title); a customer
named for the company's products ('building jeeps for the US Army', 'steam engines for Japanese National Railways')
-> partner (as batches' 'carried cargo for the UK government' -> partner; doubtful); joint work on a product line
('working with Niigata Engineering, and Shinko Engineering Co., Ltd.' on railroad diesel engines) -> partner each
(doubtful: an earlier round took 'working with' an airline on traffic as nothing); a membership of a trade group
('a member of the Intercontinental Group of Department Stores') -> nothing (doubtful); a university's faculty
shaping a firm's formation -> nothing; a competitor -> nothing; listings (':7262, OSE: 7262') -> nothing (as
'NYSE: FMX, BMV: FEMSA'); founders (GUIDELINES part 2, Roles, 'Founders'): 'Dunstable House was founded by Esther
Clarkson' (one woman) -> founder (current true). Types: a company's former names ('Dunstable House', 'T. Atkinson &
Co.' for Ballantynes; 'Ha Dong-hwan Motor Co.', 'Hadonghwan Motor Company', 'Hadonghwan', 'Dong-A Motor' for
SsangYong) and its trading name ('Ballantynes') -> aliases; a predecessor the company succeeded 'as part of
Hatsudoki's major restructure' ('Hatsudoki Seizo Co. Ltd', 'Hatsudoki') -> aliases of Daihatsu (doubtful: the text
says 'successor'); native-script names and romanisations in the opening bracket ('\u30c0\u30a4\u30cf\u30c4\u5de5\u696d
\u682a\u5f0f\u4f1a\u793e', 'Daihatsu K\u014dgy\u014d Kabushiki-gaisha', '\uc30d\uc6a9\uc790\ub3d9\ucc28') -> aliases
(batch 31h's Zhang Xin); a gloss ('Double Dragons Motor Vehicles'), the IPA and a word's kanji -> nothing; a keiretsu
('Toyota Group'), a business group ('SsangYong Business Group') and a railway operator ('Japanese National Railways')
-> Company (the last doubtful: a state railway run as a business); the US Army, a commission and a trade group ->
Organization; sons named by first name ('Josiah, William, and Thorne') -> Person each (as batch 70d's 'his brother
Jessie'); 'Esther', 'David', 'Clarkson', 'Pratt', 'Ballantyne' -> aliases of the persons they stand for ('Clarkson'
where it stands for Esther alone; 'the Clarkson family' no entity); streets, towns, a prefecture, an island ->
Location; demonyms ('Japanese', 'Indian', 'South Korean-based') -> no entity.
usage: batch70k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, New Zealand: Ballantynes (wikimili.com) -----------------------------------------------------------------
BA = "J. Ballantyne & Co. Ltd."
A["wp-ballantynes"] = dict(
 # the business -> Company 'J. Ballantyne & Co. Ltd.' (aliases its trading name 'Ballantynes' and its former names
 # 'Dunstable House', 'T. Atkinson & Co.'); Intercontinental Group of Department Stores -> Organization (a trade
 # group); Esther Clarkson ('Esther', 'Clarkson' where it stands for her: 'after Clarkson ordered a shipment'), David
 # Clarkson ('David'), Thomas Atkinson, William Pratt ('Pratt'), John Ballantyne ('Ballantyne', in "Ballantyne's three
 # sons"), Josiah, William, Thorne -> Person; New Zealand, South Island, Christchurch, Timaru, Invercargill, Cashel
 # Street, Dunstable, United Kingdom -> Location. No entity: 'the Clarkson family', 'the street front'
 entities=[E("Company", BA, "Ballantynes", "Dunstable House", "T. Atkinson & Co."), E("Location", "New Zealand"),
           E("Organization", "Intercontinental Group of Department Stores"), E("Location", "South Island"),
           E("Location", "Christchurch"), E("Location", "Timaru"), E("Location", "Invercargill"),
           E("Location", "Cashel Street"), E("Person", "Esther Clarkson", "Esther", "Clarkson"),
           E("Location", "Dunstable"), E("Location", "United Kingdom"), E("Person", "David Clarkson", "David"),
           E("Person", "Thomas Atkinson"), E("Person", "William Pratt", "Pratt"),
           E("Person", "John Ballantyne", "Ballantyne"), E("Person", "Josiah"), E("Person", "William"),
           E("Person", "Thorne")],
 # 'Dunstable House was founded by Esther Clarkson' -> founder (one woman named; her husband and his cousin only
 # 'entered into the business': no role)
 roles=[R("Esther Clarkson", "founder", BA)],
 # Near-misses, no relation: 'a member of the Intercontinental Group of Department Stores' (membership; doubtful);
 # 'sold the business to William Pratt', 'John Ballantyne purchased Dunstable House' (persons, not companies, bought
 # it); 'in the hands of Ballantyne's three sons' (no organisation); the branches in Timaru and Invercargill (unnamed)
 relations=[],
 outages=[],
 # '1854', '2025' ('As of 2025'), '1863', '2 January 1864', '1872', '1904'
 dates=[D("1854", "1854"), D("2025", "2025"), D("1863", "1863"), D("2 January 1864", "1864-01-02"),
        D("1872", "1872"), D("1904", "1904")])

# ---- engines and cars, Japan: Daihatsu (piglix.com) -----------------------------------------------------------------
DH = "Daihatsu Motor Co., Ltd."
A["wp-daihatsu"] = dict(
 # the company -> Company 'Daihatsu Motor Co., Ltd.' (aliases the Japanese script and its romanisation, 'Daihatsu',
 # and its predecessor's name 'Hatsudoki Seizo Co. Ltd' / 'Hatsudoki' (doubtful)); Toyota Group (a keiretsu),
 # Japanese National Railways (doubtful), Niigata Engineering, 'Shinko Engineering Co., Ltd.' -> Company; Osaka
 # University -> Organization; Ikeda, Osaka Prefecture, '\u014csaka' -> Location. No entity: 'OSE' (a listing),
 # 'dai hatsu' and the kanji (the name's parts), 'the Engineering Department' (unnamed), 'Japanese'
 entities=[E("Company", DH, "\u30c0\u30a4\u30cf\u30c4\u5de5\u696d\u682a\u5f0f\u4f1a\u793e",
             "Daihatsu K\u014dgy\u014d Kabushiki-gaisha", "Daihatsu", "Hatsudoki Seizo Co. Ltd", "Hatsudoki"),
           E("Location", "Ikeda"), E("Location", "Osaka Prefecture"), E("Company", "Toyota Group"),
           E("Location", "\u014csaka"), E("Organization", "Osaka University"),
           E("Company", "Japanese National Railways"), E("Company", "Niigata Engineering"),
           E("Company", "Shinko Engineering Co., Ltd.")],
 # no person named in the kept text (the chairman and president only in the infobox, cut)
 roles=[],
 # 'a wholly owned subsidiary of the Toyota Group keiretsu' -> parentOrganization; 'steam engines for Japanese
 # National Railways' -> partner (a customer; doubtful); 'focused on railroad diesel engines, working with Niigata
 # Engineering, and Shinko Engineering Co., Ltd.' -> partner each (doubtful). Near-misses: Osaka University's faculty
 # 'influenced' its formation (no relation), 'formed in 1951 as a successor to Hatsudoki Seizo' (one entity)
 relations=[L(DH, "parentOrganization", "Toyota Group"), L(DH, "partner", "Japanese National Railways"),
            L(DH, "partner", "Niigata Engineering"), L(DH, "partner", "Shinko Engineering Co., Ltd.")],
 outages=[],
 # '1951', '1907', '1930'
 dates=[D("1951", "1951"), D("1907", "1907"), D("1930", "1930")])

# ---- cars, South Korea: SsangYong Motor (piglix) ---------------------------------------------------------------------
SY = "SsangYong Motor Company"
MM = "Mahindra & Mahindra Limited"
A["wp-ssangyong-motor"] = dict(
 # the company -> Company 'SsangYong Motor Company' (aliases the Korean script, 'SsangYong', 'SsangYong Motor' and its
 # former names 'Ha Dong-hwan Motor Co.', 'Hadonghwan Motor Company', 'Hadonghwan', 'Dong-A Motor'); 'Mahindra &
 # Mahindra Limited' ('Mahindra'), Ha Dong-hwan Motor Workshop, Dongbang Motor Co, Keohwa Motors, SsangYong Business
 # Group, Panther Westwinds -> Company; Free Trade Commission, US Army -> Organization; South Korea, United Kingdom ->
 # Location. No entity: 'Double Dragons Motor Vehicles' (a gloss), the IPA, 'Korean', 'Indian', 'South Korean-based'
 entities=[E("Company", SY, "\uc30d\uc6a9\uc790\ub3d9\ucc28", "SsangYong", "SsangYong Motor", "Ha Dong-hwan Motor Co.",
             "Hadonghwan Motor Company", "Hadonghwan", "Dong-A Motor"),
           E("Company", MM, "Mahindra"), E("Location", "South Korea"), E("Organization", "Free Trade Commission"),
           E("Company", "Ha Dong-hwan Motor Workshop"), E("Company", "Dongbang Motor Co"),
           E("Organization", "US Army"), E("Company", "Keohwa Motors"), E("Company", "SsangYong Business Group"),
           E("Location", "United Kingdom"), E("Company", "Panther Westwinds")],
 # no person named in the kept text (the chairman and president only in the infobox, cut)
 roles=[],
 # 'It is a subsidiary of ... Mahindra & Mahindra Limited' and 'A 70% share of SsangYong was acquired by Mahindra &
 # Mahindra Limited in February 2011' -> acquired + parentOrganization; 'taking control of Keohwa Motors in 1984' ->
 # acquired + parentOrganization; 'it was taken over by SsangYong Business Group in 1986' -> acquired +
 # parentOrganization; 'In 1987, it acquired ... Panther Westwinds' -> acquired + parentOrganization; 'started building
 # jeeps for the US Army' -> partner (a customer; doubtful). Near-misses, no relation: 'the two companies merged into
 # Ha Dong-hwan Motor Co.' (a merger, no buyer named); 'Mahindra's acquisition was approved by South Korea's Free
 # Trade Commission' (a regulator's approval)
 relations=[L(MM, "acquired", SY), L(SY, "parentOrganization", MM),
            L(SY, "acquired", "Keohwa Motors"), L("Keohwa Motors", "parentOrganization", SY),
            L("SsangYong Business Group", "acquired", SY), L(SY, "parentOrganization", "SsangYong Business Group"),
            L(SY, "acquired", "Panther Westwinds"), L("Panther Westwinds", "parentOrganization", SY),
            L(SY, "partner", "US Army")],
 outages=[],
 # 'February 2011', '2010', '1954', '1962', 'mid-1963', '1964', '1976', '1977', '1984', '1986', '1987'
 dates=[D("February 2011", "2011-02"), D("2010", "2010"), D("1954", "1954"), D("1962", "1962"),
        D("mid-1963", "1963"), D("1964", "1964"), D("1976", "1976"), D("1977", "1977"), D("1984", "1984"),
        D("1986", "1986"), D("1987", "1987")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

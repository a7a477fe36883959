#!/usr/bin/env python3
"""Batch 69g gold annotations (session 63; the texts of batch69g.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68ab; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('in the 1990s', 'the
1860s', 'until the 1960s', 'By the 1930s') -> nothing (as batches 26d, 68x and 68ab skip decades); 'The next year',
'Two weeks later' (relative, with `published` null) -> nothing; 'from 1980 to 2009' -> each year its own item.
Outages (GUIDELINES part 2, Outages): none told, and no near-miss of one ('The company's on site operations ceased',
branches closing: a business's closures, no service lost by users).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68ab): people named together as founding or
establishing a company ('founded by James Worts and his brother-in-law, William Gooderham', 'established by Robert
Laidlaw, ... and Edward Whiteaway') -> cofounder each, current true (GUIDELINES part 2, Roles, 'Founders'); one
person named alone ('founded in 1933 by Dr. Wu Yee-Sun') -> founder, current true; 'manager' and 'co-manager' of the
business -> executive (GUIDELINES: '"manager" -> executive'); 'Vice Chairman' -> executive; '(China Merchants
Bank's President)' -> president, '(... Vice President)' -> vice-president; 'Chairman' -> chairman; 'continued as
chairman of the company until his death' -> chairman, current false; a completed purchase ('until it was acquired
by China Merchants Bank', 'it became a wholly owned subsidiary of') -> acquired + parentOrganization; a newly formed
company that 'acquired the business of' the partnership -> acquired + parentOrganization, the two kept apart
(doubtful: a reader may make the two one company); a merger where the text does not say who buys whom ('The company
was merged in 1926 with Hiram Walker & Sons Ltd.') -> nothing, and the sale of 'the merged firm' (unnamed) -> nothing
(doubtful); a stake bought ('purchased 53.12 percent of ... equity and became the largest shareholder') -> no
relation of its own beyond the completed acquisition; a listing on an exchange -> no relation; Types: banks, a stock
exchange ('Hong Kong Stock Exchange', alias 'SEHK' as the stock code's prefix; doubtful) -> Company (GUIDELINES:
exchanges that are businesses); a name in Chinese script written beside an English name ('Chinese: \u6c38\u9686\u9280\u884c',
'Chinese: \u4f0d\u5b9c\u5b6b') -> an alias (as batches 62k and 68x), the Cantonese Yale romanisation not (doubtful);
former names and nicknames ('Whiteaway, Laidlaw & Co', "Right-away, Paid-for", "Selfridges of the East") -> aliases
(GUIDELINES: former names and nicknames are aliases; doubtful for the nicknames); a district, a river, mountains
('Distillery District', 'Don River', 'San Gabriel Mountains') -> Location (named sites); a wife named by her first
name alone ('Worts's wife, Elizabeth') -> Person (doubtful); not entities: 'the National Historic Sites of Canada' (a
designation), 'the Toronto waterfront', 'the port of Toronto' (descriptions of a place named otherwise), 'the East',
'the merged firm', 'the partnership', 'Europeans', adjectives ('Canadian', 'British', 'Cantonese'), 'the Bank', 'the
company' (generic).
usage: batch69g_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- distilling, Canada: Gooderham and Worts (en.wikipedia.org, '= Title =' rendering) --------------------------------
GW = "Gooderham and Worts"
A["wp-gooderham-and-worts"] = dict(
 # the distiller -> Company 'Gooderham and Worts' (alias 'Gooderham & Worts Limited'; 'The company', 'The business'
 # generic); 'Hiram Walker & Sons Ltd.', 'Allied Lyons' -> Company; James Worts (alias 'Worts', as in 'Worts had owned
 # a mill', "Worts's wife"), William Gooderham (alias 'Gooderham'), Elizabeth (doubtful), James Gooderham Worts ->
 # Person; Canada, Toronto, Distillery District, Diss, England, Don River, Ontario -> Location. No entity: 'the
 # National Historic Sites of Canada', 'the Toronto waterfront', 'the port of Toronto', 'the merged firm', 'Ontario
 # farmers'
 entities=[E("Company", GW, "Gooderham & Worts Limited"), E("Location", "Canada"),
           E("Company", "Hiram Walker & Sons Ltd."), E("Company", "Allied Lyons"), E("Location", "Toronto"),
           E("Location", "Distillery District"), E("Person", "James Worts", "Worts"),
           E("Person", "William Gooderham", "Gooderham"), E("Location", "Diss"), E("Location", "England"),
           E("Location", "Don River"), E("Location", "Ontario"), E("Person", "Elizabeth"),
           E("Person", "James Gooderham Worts")],
 # 'The business was founded by James Worts and his brother-in-law, William Gooderham' -> cofounder each, current
 # true; 'Gooderham served as the sole manager of the business until 1845, when he made Worts's eldest son, James
 # Gooderham Worts, co-manager' -> executive (Gooderham; sole manager until 1845, a manager after it: current true) and
 # executive (James Gooderham Worts, co-manager; current true, no leaving told). No role: Elizabeth (no post);
 # 'Gooderham joined him ... in the business' (no post beyond the founding)
 roles=[R("James Worts", "cofounder", GW), R("William Gooderham", "cofounder", GW),
        R("William Gooderham", "executive", GW), R("James Gooderham Worts", "executive", GW)],
 # Near-misses, no relation: 'The company was merged in 1926 with Hiram Walker & Sons Ltd.' (a merger, who buys whom
 # unsaid); 'the merged firm was eventually sold to Allied Lyons in 1987' (the buyer named, the firm sold unnamed and
 # not the distiller alone; doubtful: a reader may write acquired(Allied Lyons, Gooderham and Worts))
 relations=[],
 outages=[],
 # '1926', '1987', '1988', '1831', '1834', '1837', '1845'; 'in the 1990s', 'the 1860s' (decades), 'The next year',
 # 'Two weeks later' (relative) -> nothing
 dates=[D("1926", "1926"), D("1987", "1987"), D("1988", "1988"), D("1831", "1831"), D("1834", "1834"),
        D("1837", "1837"), D("1845", "1845")])

# ---- banking, Hong Kong: Wing Lung Bank (kiwix.casplantje.nl's Kiwix copy, 2018-10) ---------------------------------
WLB = "Wing Lung Bank"
CMB = "China Merchants Bank"
A["wp-wing-lung-bank"] = dict(
 # the bank -> Company 'Wing Lung Bank' (alias its Chinese name written beside it; 'the Bank', 'the bank' generic;
 # the Yale romanisation not an alias, doubtful); 'China Merchants Bank', 'Hong Kong Stock Exchange' (alias 'SEHK',
 # from 'former stock no: SEHK: 96'; doubtful) -> Company; Wu Yee-Sun (alias his Chinese name; 'Dr.' a title, not part
 # of the name), Ma Weihua, Zhang Guanghua -> Person; Hong Kong, Mainland China, Macau, Los Angeles, Cayman Islands,
 # Alhambra, California, North America, San Gabriel Mountains -> Location. No entity: 'The Los Angeles branch' (a
 # branch; its place is the Location), 'the largest glass Tile mural'
 entities=[E("Company", WLB, "\u6c38\u9686\u9280\u884c"), E("Company", "Hong Kong Stock Exchange", "SEHK"),
           E("Location", "Hong Kong"), E("Location", "Mainland China"), E("Location", "Macau"),
           E("Person", "Wu Yee-Sun", "\u4f0d\u5b9c\u5b6b"), E("Company", CMB), E("Person", "Ma Weihua"),
           E("Person", "Zhang Guanghua"), E("Location", "Los Angeles"), E("Location", "Cayman Islands"),
           E("Location", "Alhambra"), E("Location", "California"), E("Location", "North America"),
           E("Location", "San Gabriel Mountains")],
 # 'The bank was founded in 1933 by Dr. Wu Yee-Sun' -> founder, current true (his majority stake: no role); 'Dr. Ma
 # Weihua (China Merchants Bank's President) and Dr. Zhang Guanghua (China Merchants Bank's Vice President) were
 # appointed as the Chairman and Vice Chairman of Wing Lung Bank respectively' -> president (Ma, China Merchants
 # Bank), chairman (Ma, Wing Lung Bank), vice-president (Zhang, China Merchants Bank), executive (Zhang, Wing Lung
 # Bank; 'Vice Chairman' -> executive); all current true (no leaving told)
 roles=[R("Wu Yee-Sun", "founder", WLB), R("Ma Weihua", "president", CMB), R("Ma Weihua", "chairman", WLB),
        R("Zhang Guanghua", "vice-president", CMB), R("Zhang Guanghua", "executive", WLB)],
 # 'until it was acquired by China Merchants Bank', 'China Merchants Bank acquired the remaining shares of Wing Lung
 # Bank, and it became a wholly owned subsidiary of China Merchants Bank' -> acquired(China Merchants Bank, Wing Lung
 # Bank) + parentOrganization(Wing Lung Bank, China Merchants Bank). Near-misses, no relation: the listing and
 # delisting on the Hong Kong Stock Exchange; 'adopted the corporate identity of China Merchants Bank' (a rebranding,
 # no relation type of its own)
 relations=[L(CMB, "acquired", WLB), L(WLB, "parentOrganization", CMB)],
 outages=[],
 # 'December 2013', '1933', '1980', '2009' ('to 2009', 'In 2009'), '2008', '16 January 2009', 'May 2009'; '53.12
 # percent', '34.5 feet' and the like -> nothing
 dates=[D("December 2013", "2013-12"), D("1933", "1933"), D("1980", "1980"), D("2009", "2009"), D("2008", "2008"),
        D("16 January 2009", "2009-01-16"), D("May 2009", "2009-05")])

# ---- retail, India and the East: Whiteaway Laidlaw (wikimili.com's copy) ------------------------------------------
WH = "Whiteaway Laidlaw"
WHL = "Whiteaway, Laidlaw & Company Limited"
A["wp-whiteaway-laidlaw"] = dict(
 # the chain -> Company 'Whiteaway Laidlaw' (aliases 'Whiteaway, Laidlaw & Co', the name it traded under, and the
 # nicknames "Right-away, Paid-for" and "Selfridges of the East" (doubtful); 'The business', 'the partnership'
 # generic); 'Whiteaway, Laidlaw & Company Limited' (the company formed in 1908 that acquired the business) -> its own
 # Company (doubtful); Robert Laidlaw (alias 'Laidlaw'), Edward Whiteaway (alias 'Whiteaway') -> Person; Asia, India,
 # Ceylon, Burma, Singapore, Malaysia, China, Calcutta, Straits Settlements, Federated Malay States, London,
 # Argentina, Kenya, Kolkata -> Location. No entity: 'the East', 'Selfridges' (inside the nickname only), 'Europeans',
 # 'British colonial officials'
 entities=[E("Company", WH, "Whiteaway, Laidlaw & Co", "Right-away, Paid-for", "Selfridges of the East"),
           E("Location", "Asia"), E("Location", "India"), E("Location", "Ceylon"), E("Location", "Burma"),
           E("Location", "Singapore"), E("Location", "Malaysia"), E("Location", "China"),
           E("Person", "Robert Laidlaw", "Laidlaw"), E("Person", "Edward Whiteaway", "Whiteaway"),
           E("Location", "Calcutta"), E("Location", "Straits Settlements"), E("Location", "Federated Malay States"),
           E("Company", WHL), E("Location", "London"), E("Location", "Argentina"), E("Location", "Kenya"),
           E("Location", "Kolkata")],
 # 'Whiteaway Laidlaw was established by Robert Laidlaw, ... and Edward Whiteaway' -> cofounder each, current true;
 # 'Laidlaw continued as chairman of the company until his death in 1915' -> chairman at Whiteaway, Laidlaw & Company
 # Limited ('the company' just named), current false. No role: 'a British politician' (no post at an organisation
 # named); 'the partnership was dissolved when Whiteaway left the business' (a partner's leaving, no post named; a
 # reader may give executive, current false); 'continued to grow under Laidlaw' (no title)
 roles=[R("Robert Laidlaw", "cofounder", WH), R("Edward Whiteaway", "cofounder", WH),
        R("Robert Laidlaw", "chairman", WHL, False)],
 # 'Whiteaway, Laidlaw & Company Limited was formed, acquired the business of Whiteaway, Laidlaw & Co' ->
 # acquired(Whiteaway, Laidlaw & Company Limited, Whiteaway Laidlaw) + parentOrganization(Whiteaway Laidlaw,
 # Whiteaway, Laidlaw & Company Limited) (a completed purchase of a business; doubtful: a reader may make the company
 # the same entity, with no relation). Near-misses, no relation: 'went public, filing a prospectus in London' (a share
 # issue); the offices and branches (no organisation named)
 relations=[L(WHL, "acquired", WH), L(WH, "parentOrganization", WHL)],
 outages=[],
 # '1882', '1877', '1908', '1899', '1915', '1947', '1962'; 'until the 1960s', 'By the 1930s' (decades) -> nothing
 dates=[D("1882", "1882"), D("1877", "1877"), D("1908", "1908"), D("1899", "1899"), D("1915", "1915"),
        D("1947", "1947"), D("1962", "1962")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

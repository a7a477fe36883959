#!/usr/bin/env python3
"""Batch 63i gold annotations (the texts of batch63i.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-63c; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); centuries and decades ('the 19th century',
'the 20th century', 'the 19th and early 20th century', 'the 1580s', 'the 1930s and 1940s', 'the 1970s and 1980s', 'the
early 1990s'), 'today', 'At the time', 'the post-war years', 'the first 100 years of its life', 'its 103rd year of
operation' (a year counted from the founding; the year itself is written beside it) and 'World War II' (a war, an
event) -> nothing; 'March 1810', 'November 1816', 'February 1817', 'February 1941' -> the month (as batches 59a-63c
read theirs).
No text tells an outage, so every `outages` list is empty; Irish Shipping's 'it was forced into liquidation' and the
Adelaide Steamship Company's liquidation of its portfolio are business failures (GUIDELINES, Outages: not an outage),
the only near-misses of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-63c): a completed purchase ('was purchased by',
'acquired', 'later acquired by', 'purchased') -> acquired + parentOrganization(target, buyer), the text never saying a
target was merged away; 'its two subsidiaries', 'remains part of' -> parentOrganization; a merger where the text does
not say who buys whom ('it merged with the Commercial Bank of Australia', 'merging with Holyman's Airways to form',
'merged its two subsidiaries' as the forming of a new bank) -> no acquired (GUIDELINES, Relations); a company sold to a
person ('ANA was sold to Reg Ansett') -> nothing (`acquired` takes a Company as buyer); shareholdings under half ('43¾%
were owned by', '1¾% each') and an owner that is not a named entity ('majority owned by the state') -> nothing
(GUIDELINES: minority stakes; batch 36x's 'the government holding 60% of the shares'); 'appointed as London agent' and
'the partnership' of a merged fleet -> partner (GUIDELINES, Relations: a service contract, a stated partnership; both
doubtful); a company's former and later names -> aliases of one entity ('founded as the joint-stock Manchester &
Salford Bank', 'The renamed Williams Deacon and Manchester & Salford Bank Limited', 'The name was shortened to',
'established in 1771 as', 'founded as the private bank, Vere, Glyn & Hallifax', 'first became known as', 'was renamed
Westpac', 'also known as The Wales'); founders (GUIDELINES part 2, Roles, 'Founders'): 'founded ... by Joseph Vere,
Richard Glyn and Thomas Hallifax' -> cofounder each (three named together); 'formed by a group of South Australian
businessmen' -> nothing (unnamed); board posts: 'seven directors of the bank were elected: ...' -> director each,
'was elected the bank's first president' -> president (and director, both posts named, GUIDELINES, Roles), 'its first
cashier and secretary' -> other (as batches 20b and 59j read a treasurer and a company secretary); all current true
(the text tells no end, as batch 62j read its posts of the 1830s; doubtful for posts of 1817); 'with John Spalvins at
the helm' -> executive (a generic senior post, GUIDELINES; doubtful); ministers: 'Seán Lemass, the Minister for
Supplies' -> minister with the country named on its own ('Ireland') as org (GUIDELINES, Roles), current true;
'Governor Lachlan Macquarie' -> no role (the colony he governed is not named on its own: 'New South Wales' only inside
the bank's name; doubtful); shareholders' representatives, a landlord ('premises leased from Mary Reibey') and a seller
('from the 8th Earl of Jersey') -> no role; 'the Irish government', 'the government', 'the state', 'the Army' ->
nothing (lowercase or generic phrases naming no body, as corpus practice); named streets, places and a hospital built
('Macquarie Place', 'Sydney Hospital') -> Location (GUIDELINES, Types: named sites); a place named only inside a
company's name ('New South Wales' in 'Bank of New South Wales', 'Scotland' in 'Royal Bank of Scotland') -> no Location;
demonyms and adjectives ('Irish', 'South Australian', 'Australian', 'Allied') -> nothing.
usage: batch63i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- shipping and airlines, Australia: Adelaide Steamship Company (en-academic.com's copy) ---------------------------
ASC = "Adelaide Steamship Company"
AA = "Adelaide Airways"
WAA = "West Australian Airways"
MM = "McIlwraith, McEacharn & Co"
A["wp-adelaide-steamship-company"] = dict(
 # the company -> Company 'Adelaide Steamship Company' ('the company', 'The company' generic); its airline 'Adelaide
 # Airways', 'West Australian Airways', "Holyman's Airways" (the firm's name as written, with its possessive, as batch
 # 63c kept "Mark Foy's"), 'Australian National Airways' (alias 'ANA', written twice), 'McIlwraith, McEacharn & Co' ->
 # Company; Reg Ansett, John Spalvins -> Person; Adelaide, Melbourne -> Location. No entity: 'a group of South
 # Australian businessmen' (unnamed), 'the Australian coast' (an adjective and a common noun), 'the Interstate fleet'
 # (ships, GUIDELINES, Types; a capital I, but a fleet, not a company), 'the world's first purpose built container
 # ships', 'Tugboat operations', 'over 200 banks', 'the creditor banks', 'the nervous lenders' (unnamed), 'The recession
 # of the early 1990s' (an event)
 entities=[E("Company", ASC), E("Location", "Adelaide"), E("Location", "Melbourne"), E("Company", AA),
           E("Company", WAA), E("Company", "Holyman's Airways"), E("Company", "Australian National Airways", "ANA"),
           E("Person", "Reg Ansett"), E("Company", MM), E("Person", "John Spalvins")],
 # 'In the 1970s and 1980s, with John Spalvins at the helm, the company became a ... corporate raider' -> executive
 # at the Adelaide Steamship Company (he led it; no title is written, so the generic senior title, GUIDELINES; current
 # true: the text does not say he left; doubtful: a reader might give ceo, chairman or head, or no role for want of a
 # title). Near-misses: 'formed by a group of South Australian businessmen' -> no founder (unnamed); 'ANA was sold to
 # Reg Ansett' -> no role for Ansett (a buyer, the lane's owner rule)
 roles=[R("John Spalvins", "executive", ASC)],
 # 'the company diversified into the airline operations ... Adelaide Airways was formed in 1935' ->
 # parentOrganization(Adelaide Airways, Adelaide Steamship Company) (the airline the company went into; doubtful: the
 # text does not say in words that the company formed or owned it); 'Adelaide Airways ... purchased West Australian
 # Airways' -> acquired(Adelaide Airways, West Australian Airways) + parentOrganization(West Australian Airways,
 # Adelaide Airways) (a completed purchase; the text does not say it was merged away; doubtful: the merger that made
 # ANA may be read as taking it in); 'In 1964, the Interstate fleet merged with McIlwraith, McEacharn & Co, and the
 # partnership developed ...' -> partner(Adelaide Steamship Company, McIlwraith, McEacharn & Co) (the text's own word
 # 'partnership'; the company first, its fleet being the subject; doubtful: a reader might read 'merged' as a merger
 # and give nothing). Near-misses, no relation: "merging with Holyman's Airways to form Australian National Airways
 # (ANA) in 1936" -> no acquired and no parentOrganization (a merger with no buyer stated, GUIDELINES; a reader might
 # give parentOrganization of Adelaide Airways and Holyman's Airways to ANA); 'ANA was sold to Reg Ansett in 1957' ->
 # no acquired (the buyer a person) and no parentOrganization (ANA's owner before the sale is not stated: the merger
 # does not make it the steamship company's); 'sold its shipping related businesses' -> nothing (no buyer or business
 # named); 'the return of their assets', 'the liquidation of the porfolio' -> nothing
 relations=[L(AA, "parentOrganization", ASC), L(AA, "acquired", WAA), L(WAA, "parentOrganization", AA),
            L(ASC, "partner", MM)],
 outages=[],
 # '1875', '1935', '1936', '1957', '1964', '1973', '1977'; 'the first 100 years of its life', 'the 1930s and 1940s',
 # 'its 103rd year of operation', 'the 1970s and 1980s', 'the early 1990s' -> nothing
 dates=[D("1875", "1875"), D("1935", "1935"), D("1936", "1936"), D("1957", "1957"), D("1964", "1964"),
        D("1973", "1973"), D("1977", "1977")])

# ---- banking, Australia: Bank of New South Wales (wikimili.com's copy) -----------------------------------------------
BN = "Bank of New South Wales"
JTC = "John Thomas Campbell"
A["wp-bank-of-new-south-wales"] = dict(
 # the bank -> Company 'Bank of New South Wales', aliases 'BNSW' (written twice), 'The Wales' ('also known as', a
 # nickname, GUIDELINES, Types) and 'Westpac' ('was renamed Westpac on 4 May 1982': the bank's later name; doubtful: a
 # reader who knows the merger might make Westpac a company apart, the merged bank); 'the bank', 'the Bank' generic;
 # Commercial Bank of Australia -> Company; Mary Reibey, Lachlan Macquarie ('Governor Lachlan Macquarie', the title not
 # in the name; alias 'Macquarie': 'Governor Macquarie himself'), the seven directors D'Arcy Wentworth, John Harris,
 # Robert Jenkins, Thomas Wylde, Alexander Riley, William Redfern and John Thomas Campbell (alias 'Campbell': 'Campbell
 # was elected the bank's first president'), Edward Smith Hall -> Person; Australia, Sydney, New Zealand, Oceania,
 # Macquarie Place (a named square, the first premises' site), Sydney Hospital (a building whose construction is told: a
 # named site, GUIDELINES, Types), Liverpool (the road's end: the town near Sydney) -> Location. No entity: 'New South
 # Wales' (only inside the bank's name), 'the colony of Sydney', 'the penal settlement of Sydney' (Sydney again),
 # 'many other financial institutions' (unnamed), 'Moreton Bay' (cut out with the sentence it is in)
 entities=[E("Company", BN, "BNSW", "The Wales", "Westpac"), E("Location", "Australia"), E("Location", "Sydney"),
           E("Location", "New Zealand"), E("Location", "Oceania"), E("Company", "Commercial Bank of Australia"),
           E("Location", "Macquarie Place"), E("Person", "Mary Reibey"), E("Person", "Lachlan Macquarie", "Macquarie"),
           E("Location", "Sydney Hospital"), E("Location", "Liverpool"), E("Person", "D'Arcy Wentworth"),
           E("Person", "John Harris"), E("Person", "Robert Jenkins"), E("Person", "Thomas Wylde"),
           E("Person", "Alexander Riley"), E("Person", "William Redfern"), E("Person", JTC, "Campbell"),
           E("Person", "Edward Smith Hall")],
 # 'In February 1817 seven directors of the bank were elected: D'Arcy Wentworth, John Harris, Robert Jenkins, Thomas
 # Wylde, Alexander Riley, William Redfern and John Thomas Campbell' -> director at the Bank of New South Wales, each;
 # 'Campbell was elected the bank's first president' -> president (beside director: the text names both posts,
 # GUIDELINES, Roles); 'Edward Smith Hall as its first cashier and secretary' -> other (a cashier and a company
 # secretary are no title of the vocabulary, as batches 20b and 59j read a treasurer and a secretary); all current
 # true (the text tells no end; doubtful: posts of 1817, a reader might set current false). Near-misses: 'Governor
 # Lachlan Macquarie' -> no role (the colony he governed is not named on its own; a reader might give governor at
 # Sydney from 'the penal settlement of Sydney', or founder from 'established under the economic regime of', which
 # names no founding act of his); 'premises leased from Mary Reibey' -> no role and no relation (a landlord)
 roles=[R("D'Arcy Wentworth", "director", BN), R("John Harris", "director", BN), R("Robert Jenkins", "director", BN),
        R("Thomas Wylde", "director", BN), R("Alexander Riley", "director", BN), R("William Redfern", "director", BN),
        R(JTC, "director", BN), R(JTC, "president", BN), R("Edward Smith Hall", "other", BN)],
 # Near-misses, no relation: 'In 1981 it merged with the Commercial Bank of Australia and was renamed Westpac' -> no
 # acquired and no parentOrganization (a merger with no buyer stated, GUIDELINES, Relations; a reader who takes the
 # renamed bank as the survivor might give acquired(Westpac, Commercial Bank of Australia)); 'merged with and
 # purchased many other financial institutions' -> nothing (unnamed)
 relations=[],
 outages=[],
 # '1817' (three times, one item), '1981', '4 May 1982', 'March 1810', 'November 1816', 'February 1817'; 'the 19th
 # century', 'the 20th century' (twice), 'the 19th and early 20th century', 'At the time' -> nothing
 dates=[D("1817", "1817"), D("1981", "1981"), D("4 May 1982", "1982-05-04"), D("March 1810", "1810-03"),
        D("November 1816", "1816-11"), D("February 1817", "1817-02")])

# ---- shipping, Ireland: Irish Shipping (en.wikipedia.org 'Jump to' rendering) ----------------------------------------
ISL = "Irish Shipping Limited"
A["wp-irish-shipping"] = dict(
 # the company -> Company 'Irish Shipping Limited' (written twice; 'the company', 'the new company' generic); its
 # shareholders 'Grain Importers Ireland Ltd', 'Wexford Steamship Company', 'Limerick Steamship Company', 'Palgrave
 # Murphy Limited' -> Company; Seán Lemass -> Person; Ireland -> Location. No entity: 'The Irish government', 'the
 # government', 'the state' (lowercase phrases naming no body, as corpus practice: batch 20b's 'the Indian
 # government'), 'the Army' (inside a reported remark, naming no body apart from the common noun; doubtful: a reader
 # might annotate the Irish Army as an Organization), 'World War II', 'the war' (events), 'Allied vessels' (an
 # adjective), 'the board' (the company's own board)
 entities=[E("Company", ISL), E("Location", "Ireland"), E("Person", "Se\u00e1n Lemass"),
           E("Company", "Grain Importers Ireland Ltd"), E("Company", "Wexford Steamship Company"),
           E("Company", "Limerick Steamship Company"), E("Company", "Palgrave Murphy Limited")],
 # 'In February 1941, Seán Lemass, the Minister for Supplies stated ...' -> minister at Ireland (the country named on
 # its own in the sentence before, 'Ireland had declared its neutrality'; GUIDELINES, Roles), current true (the text
 # tells no end; doubtful: a post of 1941). Near-misses: 'Each of the shareholders also had a representative on the
 # board' -> no role (no representative named)
 roles=[R("Se\u00e1n Lemass", "minister", "Ireland")],
 # No relation. Near-misses: 'majority owned by the state, which held 51% of the shares' -> no parentOrganization (the
 # owner is no named entity); '43¾% were owned by Grain Importers Ireland Ltd' and the three shipping companies' '1¾%
 # each' -> no parentOrganization (minority stakes, GUIDELINES; a reader might give the largest minority holder a
 # parent relation) and no partner (shareholders, not a stated partnership); 'the three largest shipping companies in
 # the state' -> nothing more (a description)
 relations=[],
 outages=[],
 # '1984', 'February 1941' (the month), '21 March 1941'; 'World War II', 'the post-war years', 'the early years of the
 # war' -> nothing
 dates=[D("1984", "1984"), D("February 1941", "1941-02"), D("21 March 1941", "1941-03-21")])

# ---- banking, UK: Williams & Glyn's Bank (en.academic.ru's copy) -----------------------------------------------------
WG = "Williams & Glyn's Bank Limited"
RBS = "Royal Bank of Scotland Plc"
WDB = "Williams Deacon's Bank"
WDL = "Williams, Deacon, Labouchere, Thornton & Co."
GM = "Glyn, Mills & Co."
CH = "Child & Co."
A["wp-williams-glyns-bank"] = dict(
 # the bank -> Company "Williams & Glyn's Bank Limited", alias "Williams & Glyn's"; its parent -> Company 'Royal Bank
 # of Scotland Plc' (the fullest form), alias 'Royal Bank of Scotland' ('the Royal Bank of Scotland', written three
 # times: the same bank, before and after it took the 'Plc'); the Manchester bank -> Company "Williams Deacon's Bank"
 # (its name from 1901, the section's own), aliases "Williams Deacon's Bank Ltd.", "Williams Deacon's", its first name
 # 'Manchester & Salford Bank' ('was founded as the joint-stock ...') and its name of 1890 'Williams Deacon and
 # Manchester & Salford Bank Limited' ('The renamed ...'); the London firm -> Company 'Williams, Deacon, Labouchere,
 # Thornton & Co.', aliases its first name 'Raymond, Vere, Lowe & Fletcher' ('established in 1771 as') and 'Williams,
 # Deacon & Company' (whose clearing-house membership the renamed bank kept: the same firm under a shorter name;
 # doubtful: a reader might merge it into the Manchester bank, whose new name carries 'Williams Deacon'); the London
 # private bank -> Company 'Glyn, Mills & Co.', aliases 'Vere, Glyn & Hallifax' ('founded as the private bank') and
 # 'Glyn, Mills & Company' ('first became known as'); 'Child & Co.' (alias 'Child & Company') and 'RBS Group Wealth
 # Management' (a division named as what Child & Company is part of) -> Company; Joseph Vere, Richard Glyn, Thomas
 # Hallifax, '8th Earl of Jersey' (a peer named by his title, the seller; doubtful: a reader might leave a title
 # without a personal name out) -> Person; London, England, Wales, Manchester, City of London -> Location. No entity:
 # 'the clearing house' (lowercase, unnamed), 'the bank' generic, 'Scotland' (only inside the bank's name), 'RBS Group'
 # (only inside the division's name)
 entities=[E("Company", WG, "Williams & Glyn's"), E("Location", "London"), E("Company", RBS, "Royal Bank of Scotland"),
           E("Location", "England"), E("Location", "Wales"),
           E("Company", WDB, "Williams Deacon's Bank Ltd.", "Williams Deacon's", "Manchester & Salford Bank",
             "Williams Deacon and Manchester & Salford Bank Limited"),
           E("Company", GM, "Vere, Glyn & Hallifax", "Glyn, Mills & Company"),
           E("Company", WDL, "Raymond, Vere, Lowe & Fletcher", "Williams, Deacon & Company"),
           E("Location", "Manchester"), E("Location", "City of London"), E("Person", "Joseph Vere"),
           E("Person", "Richard Glyn"), E("Person", "Thomas Hallifax"), E("Company", CH, "Child & Company"),
           E("Person", "8th Earl of Jersey"), E("Company", "RBS Group Wealth Management")],
 # 'Glyn, Mills & Co. was founded as the private bank, Vere, Glyn & Hallifax, in the City of London in 1753 by Joseph
 # Vere, Richard Glyn and Thomas Hallifax' -> cofounder at Glyn, Mills & Co., each (three named together, GUIDELINES
 # part 2, Roles, 'Founders'), current true. Near-misses: 'from the 8th Earl of Jersey' -> no role (a seller; the text
 # gives him no post at Child & Co.)
 roles=[R("Joseph Vere", "cofounder", GM), R("Richard Glyn", "cofounder", GM), R("Thomas Hallifax", "cofounder", GM)],
 # 'the Royal Bank of Scotland merged its two subsidiaries in England and Wales, Williams Deacon's Bank Ltd. and Glyn,
 # Mills & Co.' -> parentOrganization(Williams Deacon's Bank, Royal Bank of Scotland Plc) and parentOrganization(Glyn,
 # Mills & Co., Royal Bank of Scotland Plc) ('its two subsidiaries'); 'Williams & Glyn's Bank Limited was established
 # ... when the Royal Bank of Scotland merged its two subsidiaries' and 'was fully absorbed into the Royal Bank of
 # Scotland Plc' -> parentOrganization(Williams & Glyn's Bank Limited, Royal Bank of Scotland Plc) (a bank the parent
 # made of its subsidiaries and later took in; doubtful: the text never says 'subsidiary' of it in words); 'In 1930,
 # the bank was purchased by the Royal Bank of Scotland' -> acquired(Royal Bank of Scotland Plc, Williams Deacon's
 # Bank) (+ the parentOrganization above); 'Williams, Deacon, Labouchere, Thornton & Co. ... were appointed as London
 # agent and later acquired by the bank in 1890' -> partner(Williams, Deacon, Labouchere, Thornton & Co., Williams
 # Deacon's Bank) (an agency appointment, a service contract between two named banks, the firm appointed first as the
 # sentence has it; doubtful) + acquired(Williams Deacon's Bank, Williams, Deacon, Labouchere, Thornton & Co.) +
 # parentOrganization(Williams, Deacon, Labouchere, Thornton & Co., Williams Deacon's Bank) (a completed purchase; the
 # text does not say the firm was merged away; doubtful: the buyer's new name taking 'Williams Deacon' may be read as
 # the firm absorbed, which would leave acquired only); 'in 1924, the bank acquired Child & Co. from the 8th Earl of
 # Jersey' -> acquired(Glyn, Mills & Co., Child & Co.) + parentOrganization(Child & Co., Glyn, Mills & Co.); 'Child &
 # Company ... remains part of RBS Group Wealth Management today' -> parentOrganization(Child & Co., RBS Group Wealth
 # Management). Near-misses, no relation: the forming of Williams & Glyn's from the two subsidiaries -> no acquired
 # and no parentOrganization between the new bank and the two (merged into it, no buyer); 'fully absorbed into' ->
 # no acquired (a parent taking in its own subsidiary, no purchase told); 'RBS Group Wealth Management' -> no
 # parentOrganization to the Royal Bank of Scotland ('RBS' only inside the division's name; a reader might give it)
 relations=[L(WDB, "parentOrganization", RBS), L(GM, "parentOrganization", RBS), L(WG, "parentOrganization", RBS),
            L(RBS, "acquired", WDB), L(WDL, "partner", WDB), L(WDB, "acquired", WDL),
            L(WDL, "parentOrganization", WDB), L(GM, "acquired", CH), L(CH, "parentOrganization", GM),
            L(CH, "parentOrganization", "RBS Group Wealth Management")],
 outages=[],
 # '1970', '1985', '1836', '1881', '1771', '1890', '1901', '1930', '1753', '1851', '1924'; 'the 1580s' (a decade),
 # 'today' -> nothing
 dates=[D("1970", "1970"), D("1985", "1985"), D("1836", "1836"), D("1881", "1881"), D("1771", "1771"),
        D("1890", "1890"), D("1901", "1901"), D("1930", "1930"), D("1753", "1753"), D("1851", "1851"),
        D("1924", "1924")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 69l gold annotations (session 63; the texts of batch69l.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-69g; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); relative phrases ('subsequent',
'shortly before', 'for several days', 'at the age of 61') -> nothing in `dates`; a century ('the second half of the
17th century') and holidays without a year ('the Christmas season', "Valentine's Day") -> nothing.
Outages (GUIDELINES part 2, Outages): none told; one near-miss, Chong Hing Bank's bank run of June 1961 (a run on
deposits: no service said to be lost, a business crisis, not an outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-69g): one person named alone as founding or
incorporating a company ('founded ... in 1948 by Liu Po-shan', 'a bank in Hong Kong incorporated in 1950 by Li Ming')
-> founder, current true (GUIDELINES part 2, Roles, 'Founders'; doubtful for 'incorporated by'); two people named
together ('founded by James and Gilbert Ganong') -> cofounder each; a first name alone for a man whose full name the
text does not write ('James and Gilbert Ganong') -> the first name as the Person's name (as batch 60i's 'James');
'became its director' -> director, current true (no leaving told; doubtful: the bank is gone); 'managing director' ->
director (GUIDELINES); an unnamed post ('Ganong selected a president and CEO from outside the family') -> no role; a
completed purchase ('it was acquired by the Chinese state-owned Yue Xiu Group', 'Ganong Bros. purchased the bankrupt
White Candy Company') -> acquired + parentOrganization (GUIDELINES, Relations), the ownership later ended still
recorded; an acquisition followed by the text's 'Merged to' the buyer ('2003: Acquired by Wing Hang Bank.', '2004:
Merged to Wing Hang Bank.', 'It is now merged to Wing Hang Bank') -> acquired only (the target said merged away;
doubtful); a stake raised to 95% ('acquired a 30% stake in the bank, a stake that eventually it increased to 95%') ->
acquired + parentOrganization (a majority stake read as control, as batches 32j, 32k and the lane since; doubtful);
'spun off from its parent' -> parentOrganization (past ownership recorded); a family's ownership ('owned by the Liu
family') -> nothing (no named organisation); a supplier ('provides many chocolates for Laura Secord stores') ->
partner (GUIDELINES: supply relation; doubtful); a brand of bar ('the brand name "Pal-o-Mine"') -> Service with
provider; a joint statement of two banks -> no relation (no partnership told; doubtful); former names and the line of
names a bank carried ('Founded under the name Chekiang Provincial and Industrial Bank', 'Restructured as ...',
'Re-established ... as Chekiang First Bank of Commerce', 'founded as Liu Chong Hing Bank') -> aliases (GUIDELINES,
Types; the Chekiang Industrial Bank, made from a branch, read as a link of the same line, as the article lists it;
doubtful); a successor name ('Dai-Ichi Kangyo Bank (now the Mizuho Corporate Bank)') -> an alias; a person's name in
Chinese script written beside it -> an alias (as batch 68x); a short form of a place ('in Western' beside 'Western
District') -> an alias of the Location (doubtful); 'the Hong Kong Police' -> Organization; adjectives ('Chinese
state-owned', 'Japanese', 'Canadian', 'French') and peoples ('Huguenots', 'The Ganongs') -> no entity; 'the bank',
'the company', 'the family', 'the Liu family', 'the Wing Hang brand', 'a wholly owned subsidiary in Luxembourg'
(unnamed) -> no alias or entity.
usage: batch69l_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- banking, Hong Kong: Chekiang First Bank (en.wikipedia.org's '= Title =' rendering) -----------------------------
CFB = "Chekiang First Bank"
WHB = "Wing Hang Bank"
DKB = "Dai-Ichi Kangyo Bank"
A["wp-chekiang-first-bank"] = dict(
 # the bank -> Company 'Chekiang First Bank' (aliases 'Chekiang First' and the names of its line: 'Chekiang
 # Provincial and Industrial Bank' (1907, 1912), 'Chekiang Bank of the Republic of China' (1911), 'Chekiang Industrial
 # Bank' (1923; made from the bank's Shanghai branch, read as the same line, doubtful), 'Chekiang First Bank of
 # Commerce' (1950); 'the bank' generic); 'Wing Hang Bank' (alias 'Wing Hang'; 'the Wing Hang brand' no entity of its
 # own), "Japan's Dai-Ichi Kangyo Bank" (alias 'Mizuho Corporate Bank', its later name) -> Company; Li Ming -> Person;
 # Hong Kong, Luxembourg, San Francisco, Shanghai, Hangzhou, Japan -> Location. No entity: 'a wholly owned subsidiary
 # in Luxembourg', 'an agency in San Francisco', 'a representative office in Shanghai' (unnamed), "the bank's Shanghai
 # branch" (unnamed; it became the Chekiang Industrial Bank)
 entities=[E("Company", CFB, "Chekiang First", "Chekiang Provincial and Industrial Bank",
             "Chekiang Bank of the Republic of China", "Chekiang Industrial Bank", "Chekiang First Bank of Commerce"),
           E("Location", "Hong Kong"), E("Person", "Li Ming"), E("Company", WHB, "Wing Hang"),
           E("Location", "Luxembourg"), E("Location", "San Francisco"), E("Location", "Shanghai"),
           E("Location", "Hangzhou"), E("Location", "Japan"), E("Company", DKB, "Mizuho Corporate Bank")],
 # 'a bank in Hong Kong incorporated in 1950 by Li Ming' -> founder, current true (one man named alone; doubtful:
 # 'incorporated by' read as founding, the line dating from 1907); '1923: Li Ming converted the bank's Shanghai branch
 # into the Chekiang Industrial Bank ... and became its director' -> director at the bank (its alias), current true (no
 # leaving told; doubtful: the bank is gone)
 roles=[R("Li Ming", "founder", CFB), R("Li Ming", "director", CFB)],
 # '2003: Acquired by Wing Hang Bank.' -> acquired(Wing Hang Bank, the bank), no parentOrganization ('2004: Merged to
 # Wing Hang Bank.', 'It is now merged to Wing Hang Bank': merged away; doubtful: a reader might add the 2003-2004
 # parent link); "Japan's Dai-Ichi Kangyo Bank ... acquired a 30% stake in the bank, a stake that eventually it
 # increased to 95%" -> acquired(Dai-Ichi Kangyo Bank, the bank) + parentOrganization(the bank, Dai-Ichi Kangyo Bank)
 # (a 95% holding read as control; doubtful). Near-misses, no relation: 'a wholly owned subsidiary in Luxembourg'
 # (unnamed); 'Wing Hang subsequent re-branded all services under the Wing Hang brand' (no named service)
 relations=[L(WHB, "acquired", CFB), L(DKB, "acquired", CFB), L(CFB, "parentOrganization", DKB)],
 outages=[],
 # '1950' (twice, listed once), '31 December 2002', '1907', '1911', '1912', '1923', '1948', '1962', '2003', '2004'
 dates=[D("1950", "1950"), D("31 December 2002", "2002-12-31"), D("1907", "1907"), D("1911", "1911"),
        D("1912", "1912"), D("1923", "1923"), D("1948", "1948"), D("1962", "1962"), D("2003", "2003"),
        D("2004", "2004")])

# ---- banking, Hong Kong: Chong Hing Bank (wikimili.com's copy) ------------------------------------------------------
CHB = "Chong Hing Bank"
YX = "Yue Xiu Group"
LCHI = "Liu Chong Hing Investment"
A["wp-chong-hing-bank"] = dict(
 # the bank -> Company 'Chong Hing Bank' (alias 'Liu Chong Hing Bank', its former name; 'The bank', 'the company'
 # generic); 'Yue Xiu Group', 'Liu Chong Hing Investment' ('its parent'), 'the Chartered Bank', 'the Hongkong and
 # Shanghai Banking Corporation' -> Company; 'the Hong Kong Police' -> Organization; Liu Po-shan (aliases the Chinese
 # form written beside it and 'Liu': "Some of Liu's sons", 'The elder Liu died'; doubtful: 'Liu' is every Liu's
 # surname), Liu Po-sang, Liu Lit-mo, Liu Lit-man, Liu Lit-for -> Person; Hong Kong, Central, 'Western District'
 # (alias 'Western': 'an office on Wing Lok Street in Western'; doubtful), Mong Kok, Chiuchow, Wing Lok Street ->
 # Location. No entity: 'the Liu family' (a family), 'Chinese state-owned', 'the Japanese occupation' (an event),
 # 'a savings bank', 'the property business'
 entities=[E("Company", CHB, "Liu Chong Hing Bank"), E("Location", "Hong Kong"), E("Location", "Central"),
           E("Location", "Western District", "Western"), E("Location", "Mong Kok"), E("Company", YX),
           E("Person", "Liu Po-shan", "\u5ed6\u5bf6\u73ca", "Liu"), E("Location", "Chiuchow"),
           E("Location", "Wing Lok Street"), E("Person", "Liu Po-sang"), E("Organization", "Hong Kong Police"),
           E("Company", "Chartered Bank"), E("Company", "Hongkong and Shanghai Banking Corporation"),
           E("Person", "Liu Lit-mo"), E("Person", "Liu Lit-man"), E("Person", "Liu Lit-for"), E("Company", LCHI)],
 # 'The bank was founded as Liu Chong Hing Bank in Hong Kong in 1948 by Liu Po-shan' -> founder, current true (one man
 # named alone; his death told, the founding stays); 'which managing director Liu Po-sang blamed on ...' -> director
 # (GUIDELINES: managing director -> director), current true (no leaving told; doubtful: 1961, the text's past). No
 # role: Liu Lit-mo, Liu Lit-man, Liu Lit-for ('helped the bank weather the crisis': no post)
 roles=[R("Liu Po-shan", "founder", CHB), R("Liu Po-sang", "director", CHB)],
 # 'It was owned by the Liu family of Hong Kong until it was acquired by the Chinese state-owned Yue Xiu Group in
 # 2014' -> acquired(Yue Xiu Group, the bank) + parentOrganization(the bank, Yue Xiu Group); 'Liu Chong Hing Bank was
 # spun off from its parent Liu Chong Hing Investment in 1994' -> parentOrganization(the bank, Liu Chong Hing
 # Investment) (past ownership recorded). Near-misses, no relation: 'owned by the Liu family' (a family, no named
 # organisation); 'the Chartered Bank and the Hongkong and Shanghai Banking Corporation released a joint statement
 # attesting to the bank's integrity' (a statement, no partnership or contract; doubtful); the Hong Kong Police's
 # affirmation (no relation type)
 relations=[L(YX, "acquired", CHB), L(CHB, "parentOrganization", YX), L(CHB, "parentOrganization", LCHI)],
 # the bank run of 14-17 June 1961 -> no outage (a run on deposits; no service said to be lost: GUIDELINES, Outages,
 # 'NOT: ... business failures'; a near-miss)
 outages=[],
 # '1948' (three times, listed once), '2014', '1942', '1955', '14 June 1961', '17 June 1961', '23 July 1961', '1972',
 # '1978', '1994'; 'for several days', 'at the age of 61' -> nothing
 dates=[D("1948", "1948"), D("2014", "2014"), D("1942", "1942"), D("1955", "1955"), D("14 June 1961", "1961-06-14"),
        D("17 June 1961", "1961-06-17"), D("23 July 1961", "1961-07-23"), D("1972", "1972"), D("1978", "1978"),
        D("1994", "1994")])

# ---- confectionery, Canada: Ganong Bros. (the IPFS snapshot of 2016-2017) -------------------------------------------
GBL = "Ganong Bros., Limited"
A["wp-ganong-bros"] = dict(
 # the candy maker -> Company 'Ganong Bros., Limited' (aliases 'Ganong Bros.' ('In 1911, Ganong Bros. purchased'),
 # "Ganong Bros.' Limited" (as written), 'Ganong' ('Ganong began selling', 'Ganong selected'; doubtful: the quoted
 # family name '"Ganong"' is the same surface); 'The company', 'it' generic); 'James' (his only form: 'James and
 # Gilbert Ganong'; doubtful: a reader might write 'James Ganong', which the text does not), Gilbert Ganong, Arthur
 # Ganong -> Person; 'Laura Secord' ('Laura Secord stores': the chain named by its name) and 'White Candy Company' ->
 # Company; '"Pal-o-Mine"' -> Service (a bar's brand); Canada ("Canada's"), St. Stephen, New Brunswick, France, New
 # Amsterdam, North America, Saint John -> Location. No entity: 'Huguenots', 'The Ganongs' (a people, a family),
 # '"Guenon"' (a name), 'the Canadian chocolate industry', 'French language', 'a factory' (unnamed)
 entities=[E("Company", GBL, "Ganong Bros.", "Ganong Bros.' Limited", "Ganong"), E("Location", "Canada"),
           E("Person", "James"), E("Person", "Gilbert Ganong"), E("Location", "St. Stephen"),
           E("Location", "New Brunswick"), E("Company", "Laura Secord"), E("Location", "France"),
           E("Location", "New Amsterdam"), E("Person", "Arthur Ganong"), E("Service", "Pal-o-Mine"),
           E("Location", "North America"), E("Company", "White Candy Company"), E("Location", "Saint John")],
 # 'It was founded by James and Gilbert Ganong in 1873' -> cofounder each (two named together; GUIDELINES part 2,
 # Roles, 'Founders'), current true. No role: Arthur Ganong ('the first to make ... a wrapped chocolate bar': no post),
 # 'a president and CEO from outside the family' (unnamed)
 roles=[R("James", "cofounder", GBL), R("Gilbert Ganong", "cofounder", GBL)],
 # 'In 1911, Ganong Bros. purchased the bankrupt White Candy Company in Saint John, New Brunswick and operated a
 # factory there until 1931' -> acquired + parentOrganization(White Candy Company, the company) (a company bought, not
 # only its plant; doubtful: a bankrupt's purchase might be read as assets); 'In 1920 they began using the brand name
 # "Pal-o-Mine" for their chocolate bar' -> provider(Pal-o-Mine, the company); 'it now provides many chocolates for
 # Laura Secord stores' -> partner(the company, Laura Secord) (a supplier; doubtful)
 relations=[L(GBL, "acquired", "White Candy Company"), L("White Candy Company", "parentOrganization", GBL),
            L("Pal-o-Mine", "provider", GBL), L(GBL, "partner", "Laura Secord")],
 outages=[],
 # '1873', '1910', '1920', '1911', '1931', '2008'; 'the second half of the 17th century' (a century), 'the Christmas
 # season', "Valentine's Day" (no year) -> nothing
 dates=[D("1873", "1873"), D("1910", "1910"), D("1920", "1920"), D("1911", "1911"), D("1931", "1931"),
        D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 69q gold annotations (session 63; the texts of batch69q.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68p; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); relative phrases ('Later that
year', 'A few months later', 'the first two decades of its existence', 'The last few years') and vague spans ('In the
mid-1900s', 'after several years') -> nothing in `dates`; a year repeated inside fuller dates ('1902' beside
'February 18, 1902' and 'May 1902') -> the bare year listed once, the fuller dates each their own item.
Outages (GUIDELINES part 2, Outages): none told; no near-miss (the bankruptcy protection of 2004 and Gray-Dort's
losses are business failures, not outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68p): 'founded in 1902 by Francis Clergue' and
'founded in 1855 by William Gray' (one man each) -> founder, current true; 'William's father and president of the
company, Robert Gray' (the company: the carriage works) -> president, current true (no 'former' in the text; as batch
69g kept historical posts current); 'purchased by India's Essar Group ... continuing operations as a subsidiary known
as Essar Steel Algoma Inc.' -> acquired + parentOrganization, the subsidiary's name an alias of the company (the text
calls it the company's former name in its lead); 'purchased again in 2017, by a group of US investors' (unnamed) ->
nothing; 'agreed a merger with ... Legato Merger Corp' (the text does not say who buys whom) -> nothing; 'The bank is
the major subsidiary of Dah Sing Group' -> parentOrganization; 'A majority share in Dah Sing Banking Group is the major
asset of Dah Sing Financial Holdings Limited ... which is in turn held by the Dah Sing Group' -> parentOrganization
twice (bank -> holdings; holdings -> group); 'Dah Sing Bank acquired Hong Kong Industrial and Commercial Bank Limited
and Wing On Bank Limited' -> acquired + parentOrganization each; 'Affiliates include MEVAS Bank, Banco Comercial de
Macau and Dah Sing Bank (China) Limited' -> nothing (an affiliate is not told to be owned; doubtful); 'a 20 percent
interest in Bank of Chongqing' -> nothing (a minority stake; doubtful); 'An early major shareholder in Dah Sing was Hsu
Ta Tung' -> no role (no post; doubtful); 'began to build car bodies for the Ford factory' -> partner(the carriage
works, Ford) (a supplier; doubtful); 'obtained the Canadian rights to manufacture the Dort automobile from manufacturer
Josiah Dallas Dort' -> nothing (a licence from a person, no organisation named as licensor); 'Gray-Dort produced two
models ...: the Model 4 roadster and the Model 5 touring car' -> Service 'Model 4' and 'Model 5' (car nameplates),
provider to Gray-Dort Motors; 'Gray-Dort Motors started as the carriage works of William Gray & Sons Company Ltd.' ->
nothing (a predecessor business, kept as its own entity; doubtful); Types: a stock code's prefix ('SEHK2356') -> alias
'SEHK' of the Hong Kong Stock Exchange (as batch 69g; doubtful), the Chinese-script name -> alias (as batch 69g); 'a
NASDAQ-listed ... company' -> Company 'NASDAQ' (a stock exchange run as a business; doubtful); 'the Helen mine' and
'the St. Marys River' -> Location (a named site; a river); 'New York\u2013based' -> Location 'New York' (the place
named; doubtful); demonyms and adjectives ('Canadian', 'American', 'US investors', 'U.S. mechanical parts', 'US$') ->
no entity of their own; 'the Algoma complex', 'the company', 'The bank', 'the business' -> no alias (generic).
usage: batch69q_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- steel, Sault Ste. Marie: Algoma Steel (wikizero.com's mobile copy) ---------------------------------------------
ASI = "Algoma Steel Inc."
ESS = "Essar Group"
A["wp-algoma-steel"] = dict(
 # the company -> Company 'Algoma Steel Inc.' (aliases 'Algoma Steel', 'Essar Steel Algoma' (its former names, the
 # lead's '(formerly Algoma Steel; Essar Steel Algoma)'), 'Essar Steel Algoma Inc.' (the subsidiary it continued as)
 # and 'Algoma'); Francis Clergue -> Person (alias 'Clergue' not in the kept text: the captions are cut); 'India's Essar
 # Group' -> Company 'Essar Group', Location 'India'; 'Legato Merger Corp' (alias 'Legato') -> Company; 'NASDAQ' (in
 # 'NASDAQ-listed') -> Company (doubtful); 'the St. Marys River', Sault Ste. Marie, Ontario, Canada, the United States,
 # New York ('New York\u2013based'; doubtful), 'the Helen mine' -> Location. No entity: 'a group of US investors'
 # (unnamed), 'the Bessemer converter', 'the Bessemer process' (a process), 'the Algoma complex' (the company's works)
 entities=[E("Company", ASI, "Algoma Steel", "Essar Steel Algoma", "Essar Steel Algoma Inc.", "Algoma"),
           E("Location", "St. Marys River"), E("Location", "Sault Ste. Marie"), E("Location", "Ontario"),
           E("Location", "Canada"), E("Location", "United States"), E("Person", "Francis Clergue"),
           E("Location", "India"), E("Company", ESS), E("Location", "New York"),
           E("Company", "Legato Merger Corp", "Legato"), E("Company", "NASDAQ"), E("Location", "Helen mine")],
 # 'Algoma Steel was founded in 1902 by Francis Clergue' (one man) -> founder, current true
 roles=[R("Francis Clergue", "founder", ASI)],
 # 'In April 2007, Algoma Steel was purchased by India's Essar Group ..., continuing operations as a subsidiary known
 # as Essar Steel Algoma Inc.' -> acquired(Essar Group, Algoma Steel Inc.) + parentOrganization(Algoma Steel Inc.,
 # Essar Group). Near-misses, no relation: 'purchased again in 2017, by a group of US investors' (unnamed buyers); 'it
 # had agreed a merger with ... Legato Merger Corp' and 'The deal would give Algoma just over $1.1 billion US worth of
 # new shares in Legato' (a merger, who buys whom not told); 'the Helen mine, owned by Algoma' (a site, a Location: no
 # relation attaches)
 relations=[L(ESS, "acquired", ASI), L(ASI, "parentOrganization", ESS)],
 outages=[],
 # '1902' (three times, listed once), '2004', 'April 2007', '2017', 'May 2021', 'February, 1901', 'February 18,
 # 1902', 'May 1902', '1904'; 'for the first two decades of its existence' -> nothing
 dates=[D("1902", "1902"), D("2004", "2004"), D("April 2007", "2007-04"), D("2017", "2017"),
        D("May 2021", "2021-05"), D("February, 1901", "1901-02"), D("February 18, 1902", "1902-02-18"),
        D("May 1902", "1902-05"), D("1904", "1904")])

# ---- banking, Hong Kong: Dah Sing Bank Limited (en.wikipedia.org, an older rendering) -------------------------------
DSB = "Dah Sing Banking Group Limited"
DSG = "Dah Sing Group"
DSF = "Dah Sing Financial Holdings Limited"
A["wp-dah-sing-bank-limited"] = dict(
 # the bank -> Company 'Dah Sing Banking Group Limited' (aliases the Chinese name, 'Dah Sing Banking Group', 'Dah Sing
 # Bank' (the article's own name for it) and 'Dah Sing'); 'Dah Sing Group', 'Dah Sing Financial Holdings Limited' ->
 # Company; 'the Hong Kong Stock Exchange' (alias 'SEHK', the stock code's prefix in 'SEHK2356'; doubtful) -> Company;
 # 'MEVAS Bank', 'Banco Comercial de Macau', 'Dah Sing Bank (China) Limited', 'Hong Kong Industrial and Commercial Bank
 # Limited', 'Wing On Bank Limited', 'Bank of Chongqing' -> Company; Hsu Ta Tung -> Person; Hong Kong, Macau, China,
 # Chongqing -> Location. No entity: 'mainland China' (China's entity covers the place; no alias, a qualified form),
 # 'The bank' (generic)
 entities=[E("Company", DSB, "\u5927\u65b0\u9280\u884c", "Dah Sing Banking Group", "Dah Sing Bank", "Dah Sing"),
           E("Company", "Hong Kong Stock Exchange", "SEHK"), E("Location", "Hong Kong"), E("Location", "Macau"),
           E("Location", "China"), E("Company", "MEVAS Bank"), E("Company", "Banco Comercial de Macau"),
           E("Company", "Dah Sing Bank (China) Limited"), E("Company", DSG), E("Company", DSF),
           E("Person", "Hsu Ta Tung"), E("Company", "Hong Kong Industrial and Commercial Bank Limited"),
           E("Company", "Wing On Bank Limited"), E("Company", "Bank of Chongqing"), E("Location", "Chongqing")],
 # 'An early major shareholder in Dah Sing was Hsu Ta Tung' -> no role (a shareholder holds no post; doubtful)
 roles=[],
 # 'The bank is the major subsidiary of Dah Sing Group' -> parentOrganization(bank, Dah Sing Group); 'A majority share
 # in Dah Sing Banking Group is the major asset of Dah Sing Financial Holdings Limited' -> parentOrganization(bank,
 # holdings); '... which is in turn held by the Dah Sing Group' -> parentOrganization(holdings, Dah Sing Group); 'In
 # 1986 Dah Sing Bank acquired Hong Kong Industrial and Commercial Bank Limited and Wing On Bank Limited' -> acquired +
 # parentOrganization each. Near-misses, no relation: 'Affiliates include MEVAS Bank, Banco Comercial de Macau and Dah
 # Sing Bank (China) Limited' (affiliates, ownership not told; doubtful); 'a 20 percent interest in Bank of Chongqing'
 # (a minority stake; doubtful); 'was listed on the Hong Kong Stock Exchange' (a listing)
 relations=[L(DSB, "parentOrganization", DSG), L(DSB, "parentOrganization", DSF), L(DSF, "parentOrganization", DSG),
            L(DSB, "acquired", "Hong Kong Industrial and Commercial Bank Limited"),
            L("Hong Kong Industrial and Commercial Bank Limited", "parentOrganization", DSB),
            L(DSB, "acquired", "Wing On Bank Limited"), L("Wing On Bank Limited", "parentOrganization", DSB)],
 outages=[],
 # '1947', '1987', '1986', 'August 2008'
 dates=[D("1947", "1947"), D("1987", "1987"), D("1986", "1986"), D("August 2008", "2008-08")])

# ---- automobiles, Chatham, Ontario: Gray-Dort Motors (en.wikipedia.org) ---------------------------------------------
GDM = "Gray-Dort Motors"
WGS = "William Gray & Sons Company Ltd."
A["wp-gray-dort-motors"] = dict(
 # the company -> Company 'Gray-Dort Motors' (aliases 'Gray-Dort Motors Ltd.' and 'Gray-Dort'); 'William Gray & Sons
 # Company Ltd.' (the carriage works it started as) -> Company of its own (doubtful: a predecessor, not an alias); William
 # Gray (alias 'William', "William's father"), Robert Gray, Josiah Dallas Dort (alias 'Dort', 'Dort died') -> Person;
 # 'Ford' ('the Ford factory') -> Company; 'the Dort automobile' -> Service 'Dort automobile' (a car nameplate; named
 # with its noun so that 'Dort' stays the man's alias; doubtful); 'the Model 4 roadster', 'the Model 5 touring car' ->
 # Service 'Model 4', 'Model 5' (car nameplates); Chatham, Ontario, Walkerville, Flint, Michigan -> Location. No entity:
 # 'the locally built Chatham automobiles' (a car made by an unnamed maker; its name 'Chatham' would stand for the town
 # too; doubtful), 'Canadian', 'U.S.' (adjectives), 'the tourer, coupe and the sedan' (body styles)
 entities=[E("Company", GDM, "Gray-Dort Motors Ltd.", "Gray-Dort"), E("Location", "Chatham"), E("Location", "Ontario"),
           E("Company", WGS), E("Person", "William Gray", "William"), E("Person", "Robert Gray"), E("Company", "Ford"),
           E("Location", "Walkerville"), E("Service", "Dort automobile"), E("Person", "Josiah Dallas Dort", "Dort"),
           E("Location", "Flint"), E("Location", "Michigan"), E("Service", "Model 4"), E("Service", "Model 5")],
 # 'William Gray & Sons Company Ltd., founded in 1855 by William Gray' (one man) -> founder, current true; "William's
 # father and president of the company, Robert Gray" -> president of the carriage works, current true (no 'former';
 # doubtful: the text's 'father' makes the president older than the founder). Josiah Dallas Dort 'left the business'
 # -> no role (no post named; doubtful)
 roles=[R("William Gray", "founder", WGS), R("Robert Gray", "president", WGS)],
 # 'Robert Gray, began to build car bodies for the Ford factory' -> partner(William Gray & Sons Company Ltd., Ford) (a
 # supplier; doubtful); 'Gray-Dort produced two models ...: the Model 4 roadster and the Model 5 touring car' ->
 # provider(Model 4, Gray-Dort Motors), provider(Model 5, Gray-Dort Motors). Near-misses, no relation: 'Gray-Dort Motors
 # started as the carriage works of William Gray & Sons Company Ltd.' (a predecessor); 'obtained the Canadian rights to
 # manufacture the Dort automobile from manufacturer Josiah Dallas Dort' (a licence from a person); 'they also produced
 # bodies for the locally built Chatham automobiles' (the customer unnamed); 'They scrambled to find another U.S.-based
 # partner to no avail' (none found)
 relations=[L(WGS, "partner", "Ford"), L("Model 4", "provider", GDM), L("Model 5", "provider", GDM)],
 outages=[],
 # '1915' (twice, listed once), '1925', '1855', '1912', '1923'; 'In the mid-1900s', 'Later that year', 'A few months
 # later' -> nothing
 dates=[D("1915", "1915"), D("1925", "1925"), D("1855", "1855"), D("1912", "1912"), D("1923", "1923")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

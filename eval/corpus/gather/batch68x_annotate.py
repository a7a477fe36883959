#!/usr/bin/env python3
"""Batch 68x gold annotations (session 62; the texts of batch68x.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68p; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); relative phrases ('the
following year', 'Shortly after the establishment of CAC', 'after his death') -> nothing in `dates`; a span of years
('after takeovers in 1971-72') -> nothing (no single calendar value; its first year is listed from 'in 1971').
Outages (GUIDELINES part 2, Outages): none told, and no near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68p): one person named alone as establishing or
founding a company ('established by millionaire Aw Boon Haw', 'founded in 1913 by Frank P. O'Connor', 'O'Connor
founded the Fanny Farmer Candy Stores') -> founder, current true (GUIDELINES part 2, Roles, 'Founders'); 'The founding
chairman of the bank was ... Aw Boon Haw ... after his death, Ko Teck Kin ... and then Aw Cheng Chye ... succeed the
position' -> chairman for each, current false for the two the text tells succeeded (the founder's death, Ko Teck Kin
followed by Aw Cheng Chye) and true for the last (no leaving told; doubtful: the bank is gone); 'Chief General
Manager', 'General Manager' -> executive (GUIDELINES: 'manager' -> executive; as batch 68j's general manager); a
completed purchase ('was acquired by ... United Overseas Bank (UOB) in 1971', 'the parent company was takeover by
Slater Walker', 'Tugan Aircraft was purchased' shortly after CAC's establishment, 'sold by the O'Connor family to John
Labatt Limited', 'it was acquired by ... Rowntree Mackintosh Confectionery', 'sold it in 1998 to Archibald Candy
Corporation', 'sold it to Gordon Brothers LLC') -> acquired + parentOrganization (GUIDELINES, Relations), the ownership
later ended still recorded; 'became a subsidiary of', 'as a subsidiary of', 'a former division of', 'the parent
company' -> parentOrganization; a seller that is a named company's unnamed unit ("Nestle's Canadian unit, sold it") ->
parentOrganization(company, Nestle) (doubtful); a company's purchase by named persons ('Jean and Jacques Leclerc of
Quebec purchased the company', 'owned by Jean Leclerc') -> nothing (a person is no parent; no post named); companies
'involved' in the negotiations that led to a company's formation (BHP, General Motors-Holden and four more) -> no
relation (not said to own it; as batch 68q's company founded by five named companies; doubtful); mergers where the
text does not say who buys whom ('Chung Khiaw Bank merged with UOB in 1999', 'UOB (Malaysia) merged with Chung Khiaw
Bank (Malaysia)') -> nothing (the parent link stated elsewhere stays); a maker's aircraft ('the Wirraway became the
first aircraft produced by CAC') -> Service with provider (GUIDELINES: aircraft models are Service); a product named
as a person's ('famous for his ... "Tiger Balm"') -> Service with no provider (no company named for it); a newspaper
named as a person's ('"Star Newspapers"') -> Company (GUIDELINES: newspapers are Company), no relation; Types: a
street address ('59 Robinson Road'), a street ('Yonge Street'), a suburb ('Fishermans Bend') -> Location; a
government ('the Government of Australia') -> Organization; a person and a company that share a name ('the Canadian
heroine Laura Secord' and 'Laura Secord was sold') -> the person keeps the surface form, the company is named
'Laura Secord s.e.c' with no alias (one surface form is not given to two entities; doubtful); a bank's Malaysian
namesake ('Chung Khiaw Bank (Malaysia)') -> its own Company; adjectives ('Mascot-based', 'British-owned', 'Canadian',
'American', 'British') -> no entity of their own; a person's name in Chinese script written beside it ('Ko Teck Kin
(Chinese: ...)') -> an alias (as batch 62k); 'The company', 'the bank', 'The government', 'the O'Connor family'
-> no alias or entity (generic).
usage: batch68x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- banking, Singapore: Chung Khiaw Bank (iiab.me's Kiwix copy, 2023-10) --------------------------------------------
CKB = "Chung Khiaw Bank Limited"
UOB = "United Overseas Bank"
HP = "Haw Par Brothers International"
A["wp-chung-khiaw-bank"] = dict(
 # the bank -> Company 'Chung Khiaw Bank Limited' (alias 'Chung Khiaw Bank'; 'the bank' generic); 'United Overseas
 # Bank' (alias 'UOB'), 'Haw Par Brothers International' ('the parent company'), 'Slater Walker' -> Company; 'UOB
 # (Malaysia)' and 'Chung Khiaw Bank (Malaysia)' -> Company each (the Malaysian banks the text names; their surface
 # forms contain the parents' names but stand for other companies); Aw Boon Haw, Ko Teck Kin, Aw Cheng Chye, Aw Boon
 # Par -> Person (Ko Teck Kin with the Chinese form written beside his name an alias, as batch 62k and the
 # corpus's 'Lim Kok Thay' file give such names);
 # '"Star Newspapers"' -> Company (newspapers); '"Tiger Balm"' -> Service (a product); Singapore, Malaysia, Hong Kong,
 # '59 Robinson Road' -> Location. No entity: 'a family-held business', 'a domestic competitor', 'two branches'
 entities=[E("Company", CKB, "Chung Khiaw Bank"), E("Location", "Singapore"), E("Person", "Aw Boon Haw"),
           E("Company", UOB, "UOB"), E("Company", HP), E("Company", "Slater Walker"), E("Location", "Malaysia"),
           E("Company", "UOB (Malaysia)"), E("Company", "Chung Khiaw Bank (Malaysia)"), E("Location", "Hong Kong"),
           E("Location", "59 Robinson Road"), E("Company", "Star Newspapers"), E("Service", "Tiger Balm"),
           E("Person", "Ko Teck Kin", "\u9ad8\u5fb7\u6839"), E("Person", "Aw Cheng Chye"), E("Person", "Aw Boon Par")],
 # 'a Singapore bank that was established by millionaire Aw Boon Haw' -> founder, current true; 'The founding chairman
 # of the bank was millionaire Aw Boon Haw ... after his death, Ko Teck Kin ... and then Aw Cheng Chye ... succeed the
 # position' -> chairman: Aw Boon Haw (false, his death told), Ko Teck Kin (false, followed by Aw Cheng Chye), Aw Cheng
 # Chye (true, no leaving told; doubtful). No role: Aw Boon Par (a father named), 'millionaire' (no post)
 roles=[R("Aw Boon Haw", "founder", CKB), R("Aw Boon Haw", "chairman", CKB, False),
        R("Ko Teck Kin", "chairman", CKB, False), R("Aw Cheng Chye", "chairman", CKB)],
 # 'later became a subsidiary of United Overseas Bank' and 'was acquired by a domestic competitor United Overseas
 # Bank (UOB) in 1971' -> acquired(UOB, the bank) + parentOrganization(the bank, UOB) (the 1999 merger not read as the
 # bank merged away, the subsidiary stated; relations carry no time); 'Part of the shares of Chung Khiaw Bank was
 # injected to a listed company Haw Par Brothers International in 1969 ... after the parent company was takeover by
 # Slater Walker' -> parentOrganization(the bank, Haw Par Brothers International) ('the parent company'; doubtful: the
 # text says part of the shares) and acquired(Slater Walker, Haw Par Brothers International) + parentOrganization(Haw
 # Par Brothers International, Slater Walker) (a completed takeover); 'The brand "Chung Khiaw Bank" was survived in
 # nearby Malaysia as a subsidiary of UOB until 1997. In 1997, UOB (Malaysia) merged with Chung Khiaw Bank
 # (Malaysia).' -> parentOrganization(Chung Khiaw Bank (Malaysia), UOB) (doubtful: the text's subject is the brand).
 # Near-misses, no relation: 'Chung Khiaw Bank merged with UOB in 1999', 'UOB (Malaysia) merged with Chung Khiaw Bank
 # (Malaysia)' (mergers, who buys whom unsaid); UOB (Malaysia) to UOB (a parent the name suggests, the text does not
 # state; doubtful); 'two branches in Hong Kong, which became the branches of UOB' (branches, unnamed); Aw Boon Haw's
 # "Star Newspapers" and "Tiger Balm" (a person's, no company named)
 relations=[L(UOB, "acquired", CKB), L(CKB, "parentOrganization", UOB), L(CKB, "parentOrganization", HP),
            L("Slater Walker", "acquired", HP), L(HP, "parentOrganization", "Slater Walker"),
            L("Chung Khiaw Bank (Malaysia)", "parentOrganization", UOB)],
 outages=[],
 # '1969', '1971' ('in 1971', 'In 1971', listed once), '1999' (twice, listed once), '1997' (twice, listed once);
 # 'in 1971-72' (a span) and 'after his death' -> nothing
 dates=[D("1969", "1969"), D("1971", "1971"), D("1999", "1999"), D("1997", "1997")])

# ---- aircraft manufacturing, Australia: Commonwealth Aircraft Corporation (en.wikipedia.org) -------------------------
CAC = "Commonwealth Aircraft Corporation"
A["wp-commonwealth-aircraft-corporation"] = dict(
 # the maker -> Company 'Commonwealth Aircraft Corporation' (alias 'CAC'; "CAC's" possessive-free; 'the company'
 # generic); 'BHP', 'General Motors-Holden', 'Broken Hill Associated Smelter', 'Imperial Chemical Industries', 'the
 # Orient Steam Navigation Company', 'the Electrolytic Zinc Company', 'Tugan Aircraft' -> Company; 'the Government of
 # Australia' -> Organization ('The government' generic); Essington Lewis, Lawrence Wackett (alias 'Wackett',
 # "Wackett's" possessive-free) -> Person; 'the Wirraway' -> Service (an aircraft model); Australia, Europe,
 # Melbourne, Fishermans Bend -> Location. No entity: 'Mascot-based' (an adjective of place), "'traditional' (i.e.
 # British) sources", 'a number of Australian companies', 'a factory' (unnamed), 'a modern aircraft industry'
 entities=[E("Company", CAC, "CAC"), E("Location", "Australia"), E("Company", "BHP"), E("Person", "Essington Lewis"),
           E("Location", "Europe"), E("Organization", "Government of Australia"), E("Company", "General Motors-Holden"),
           E("Company", "Broken Hill Associated Smelter"), E("Company", "Imperial Chemical Industries"),
           E("Company", "Orient Steam Navigation Company"), E("Company", "Electrolytic Zinc Company"),
           E("Location", "Melbourne"), E("Location", "Fishermans Bend"), E("Company", "Tugan Aircraft"),
           E("Person", "Lawrence Wackett", "Wackett"), E("Service", "Wirraway")],
 # 'In 1935 the Chief General Manager of BHP, Essington Lewis' -> executive at BHP, current true (no leaving told);
 # 'Lawrence Wackett joining the company; he immediately became the General Manager' -> executive at CAC, current true
 # (GUIDELINES: 'manager' -> executive; doubtful: a general manager is the maker's head)
 roles=[R("Essington Lewis", "executive", "BHP"), R("Lawrence Wackett", "executive", CAC)],
 # 'Shortly after the establishment of CAC, Mascot-based Tugan Aircraft was purchased. This led to Lawrence Wackett
 # joining the company' -> acquired(CAC, Tugan Aircraft) + parentOrganization(Tugan Aircraft, CAC) (a completed
 # purchase; the buyer read from the context; doubtful: a passive with no 'by'); 'the Wirraway became the first
 # aircraft produced by CAC' -> provider(Wirraway, CAC). Near-misses, no relation: 'Initially the companies involved
 # were BHP, General Motors-Holden and Broken Hill Associated Smelter. These were joined by Imperial Chemical
 # Industries, the Orient Steam Navigation Company and the Electrolytic Zinc Company at the time of CAC's formation'
 # (companies in the negotiations that formed CAC, not said to own it; no parent and no partner; doubtful); the
 # government that 'encouraged negotiations' (no relation type)
 relations=[L(CAC, "acquired", "Tugan Aircraft"), L("Tugan Aircraft", "parentOrganization", CAC),
            L("Wirraway", "provider", CAC)],
 outages=[],
 # '1936', '1935', 'August 1935', '17 October 1936', 'September 1937'; 'the following year', 'during wartime' ->
 # nothing
 dates=[D("1936", "1936"), D("1935", "1935"), D("August 1935", "1935-08"), D("17 October 1936", "1936-10-17"),
        D("September 1937", "1937-09")])

# ---- confectionery, Canada: Laura Secord Chocolates (talk.dob.jp's proxy of revision 1133609589) ---------------------
LSC = "Laura Secord s.e.c"
A["wp-laura-secord-chocolates"] = dict(
 # the chocolatier -> Company 'Laura Secord s.e.c' (no alias: 'Laura Secord was sold' uses the heroine's name, which
 # the Person keeps; 'The company', 'the business' generic); the heroine -> Person 'Laura Secord'; 'Lieutenant James
 # FitzGibbon' -> Person 'James FitzGibbon' (a military rank, no organisation: no role); Jean Leclerc, Jacques Leclerc
 # ('Jean and Jacques Leclerc'), Frank P. O'Connor (alias "O'Connor"; 'the O'Connor family' no entity) -> Person;
 # 'Nutriart', 'Biscuits Leclerc', 'the Fanny Farmer Candy Stores', 'John Labatt Limited', 'Rowntree Mackintosh
 # Confectionery', 'Nestle' ("Nestle's Canadian unit": the unit unnamed), 'Archibald Candy Corporation', 'Gordon
 # Brothers LLC' -> Company; Quebec City, Quebec, Yonge Street, Toronto, Ontario, 'the US', York, England, Chicago,
 # Boston, Mississauga -> Location. No entity: 'the Battle of Beaver Dams' (an event), 'Canadian', 'American',
 # 'British-owned' (adjectives), 'the country'
 entities=[E("Company", LSC), E("Person", "Laura Secord"), E("Person", "James FitzGibbon"),
           E("Person", "Jean Leclerc"), E("Location", "Quebec City"), E("Company", "Nutriart"),
           E("Company", "Biscuits Leclerc"), E("Person", "Frank P. O'Connor", "O'Connor"),
           E("Location", "Yonge Street"), E("Location", "Toronto"), E("Location", "Ontario"),
           E("Company", "Fanny Farmer Candy Stores"), E("Location", "US"), E("Company", "John Labatt Limited"),
           E("Company", "Rowntree Mackintosh Confectionery"), E("Location", "York"), E("Location", "England"),
           E("Company", "Nestl\u00e9"), E("Company", "Archibald Candy Corporation"), E("Location", "Chicago"),
           E("Company", "Gordon Brothers LLC"), E("Location", "Boston"), E("Person", "Jacques Leclerc"),
           E("Location", "Quebec"), E("Location", "Mississauga")],
 # 'The company was founded in 1913 by Frank P. O'Connor' -> founder; 'In 1919 O'Connor founded the Fanny Farmer Candy
 # Stores in the US' -> founder (one man named alone each time; GUIDELINES part 2, Roles, 'Founders'), current true.
 # No role: Jean Leclerc and Jacques Leclerc (owners, no post)
 roles=[R("Frank P. O'Connor", "founder", LSC), R("Frank P. O'Connor", "founder", "Fanny Farmer Candy Stores")],
 # 'Nutriart is a former division of Biscuits Leclerc' -> parentOrganization(Nutriart, Biscuits Leclerc) (past
 # ownership still recorded); 'In 1969, Laura Secord was sold by the O'Connor family to John Labatt Limited' ->
 # acquired + parentOrganization; 'In 1983 it was acquired by British-owned Rowntree Mackintosh Confectionery' ->
 # acquired + parentOrganization; "Its successor, Nestle's Canadian unit, sold it in 1998 to Archibald Candy
 # Corporation" -> parentOrganization(the company, Nestle) (the seller's owner named, its unit not; doubtful) and
 # acquired(Archibald Candy Corporation, the company) + parentOrganization; 'which then sold it to Gordon Brothers LLC
 # of Boston in 2004' -> acquired(Gordon Brothers LLC, the company) + parentOrganization. Near-misses, no relation:
 # 'The company is owned by Jean Leclerc of Quebec City, who owns Nutriart' and 'Jean and Jacques Leclerc of Quebec
 # purchased the company' (persons; no company buyer); 'Its successor' (Nestle succeeding Rowntree Mackintosh: no
 # purchase told); 'the business was for sale' (no deal)
 relations=[L("Nutriart", "parentOrganization", "Biscuits Leclerc"), L("John Labatt Limited", "acquired", LSC),
            L(LSC, "parentOrganization", "John Labatt Limited"),
            L("Rowntree Mackintosh Confectionery", "acquired", LSC),
            L(LSC, "parentOrganization", "Rowntree Mackintosh Confectionery"),
            L(LSC, "parentOrganization", "Nestl\u00e9"), L("Archibald Candy Corporation", "acquired", LSC),
            L(LSC, "parentOrganization", "Archibald Candy Corporation"), L("Gordon Brothers LLC", "acquired", LSC),
            L(LSC, "parentOrganization", "Gordon Brothers LLC")],
 outages=[],
 # '1813', '1913', '1919', '1969', '1983', '1998', '2004' (twice, listed once), '2010', '2018' ('As of 2018')
 dates=[D("1813", "1813"), D("1913", "1913"), D("1919", "1919"), D("1969", "1969"), D("1983", "1983"),
        D("1998", "1998"), D("2004", "2004"), D("2010", "2010"), D("2018", "2018")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

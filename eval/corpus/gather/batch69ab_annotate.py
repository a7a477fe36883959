#!/usr/bin/env python3
"""Batch 69ab gold annotations (session 63; the texts of batch69ab.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68ad; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); spans and relative phrases
('almost 20 years', 'nearly 70 years', 'that same year', 'At that time', 'By this time', 'Between 1975 and 1983' as a
span: its years listed) -> nothing beyond the years written; a year that heads a timeline item ('1922: ...') -> the
year.
No text tells an outage, so every `outages` list is empty; the closing of Fisher & Paykel's Australian and New
Zealand manufacturing, the closing of Ka Wah's Shanghai and Guangzhou branches in 1935 and Ka Wah's financial
difficulties of 1986 are no service disruption.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68ad): 'is owned by Haier' and 'Haier ... purchased over
90% of Fisher & Paykel Appliance shares' -> acquired + parentOrganization (a completed purchase of control); 'purchased
the ... cookware manufacturer Dynamic Cooking Systems, and Italian cookware company Elba' and 'It was acquired by CITIC
International Financial Holdings' -> acquired + parentOrganization; a separation of one company into two named ones
('the separation of Fisher & Paykel Industries Ltd into Fisher & Paykel Healthcare Ltd and Fisher & Paykel
Appliances Ltd') -> nothing (no purchase or ownership told; doubtful: a reader might give parentOrganization); a
merger of a named bank with unnamed ones into a new bank ('merged with two other banks in Singapore to form the
Oversea-Chinese Banking Corporation') -> nothing (GUIDELINES: a merger where the text does not say who buys whom); a
person's takeover ('C.S. Low ... led takeover of Ka Wah Bank ... He became the bank's largest shareholder') -> no
relation (a person, not an organisation) and no role for the shareholding (no title in the vocabulary); a capital
injection ('CITIC Group injected HK$350 million capital into the bank') -> nothing (doubtful); a licence ('began
manufacturing Kelvinator washing machines under license') and an underwriting of a listing ('It was listed on the
Hong Kong Stock Exchange. Underwritten by Chase Manhattan Asia.') -> partner (GUIDELINES: licensing deal,
supply/customer contract; doubtful: the underwriter); an importer of named makers' products ('an importer of Crosley
appliances, Maytag and Pilot products') -> the makers as Companies, no relation (doubtful); trademarked appliance
lines ('Active Smart refrigerators', 'AeroTech ovens', ...) -> Service + provider; founders (GUIDELINES part 2, Roles,
'Founders'): 'founded in 1934 by Sir Woolf Fisher and Maurice Paykel' and 'The founders of Ho Hong Bank were Lim Peng
Siang, Dr. Lim Boon Keng and Seow Poh Leng' -> cofounder each; 'all of whom were ... founding members and officers of
the earlier Chinese Commercial Bank' -> cofounder at that bank for the three (doubtful: 'founding members'), their
'officers' posts only as the text names them; 'founded in Guangzhou by Dr. Lam Chi Fung' (one man) -> founder; 'the
founding president of Hong Kong Baptist College' -> president (no founder role: 'founding president' tells the first
presidency, not a founding; doubtful); 'elected its first directors' and 'the Board of Directors comprised' ->
director; 'Chairman' -> chairman (with director for a chairman the text lists on the board, GUIDELINES part 2, Roles);
'Deputy Chairman' -> executive (GUIDELINES: vice chairman -> executive); 'Managing Director' -> director (folded into
the same man's director item); 'Manager' -> executive; a company's 'pro. tem. Secretary' -> executive (as
GATHERING.md's company secretaries); 'presided over' a shareholders' meeting -> no role; 'assumed management of the
bank' -> head (doubtful: executive); posts of 1912 and of 1975 with no leaving told -> current true (as batch 68d's
managing director of 1938; doubtful); names as written: a name the text spells two ways with the same letters
('Lim Peng Siang', 'Lim Peng-Siang'; 'Seow Poh Leng', 'Seow Poh-Leng'; 'Lee Choon Guan', 'Lee Choon-Guan') -> one
Person with aliases, and a given name alone ('Peng-Siang', 'Eng-Tin', 'Choon-Guan') an alias of the man the sentence
has just named; names that differ in letters ('Lim CHoon-Guan' beside 'Lee Choon-Guan', 'Liao Chia-Heng' beside
'Liao Chia-Hong', 'Tau Siau-Cheng' beside 'Tan Sian-Cheng') -> separate Persons as written (doubtful: a reader may take
each pair for one man and a slip of the article); honours and titles ('Sir', 'Dr.', 'the Hon.', '(CMG)') cut from
names; Chinese-script names of a company or person -> aliases (as batches 69g and 69q); 'SEHK' (the stock code's
exchange) -> alias of the Hong Kong Stock Exchange, a Company (GUIDELINES part 1: stock exchanges that are businesses;
as 69g); a bank's former names and its renamings ('Ka Wah Ngan Ho', 'Ka Wah Savings Bank Limited', 'Ka Wah Bank Public
Limited Company', 'CITIC Ka Wah Bank Limited', 'CITIC Bank International Limited') -> aliases of one company (the
Guangzhou house that 'then became' a branch of the bank read as the bank's first name; doubtful); streets named as
premises ('Hill Street', 'Kling Street', 'Market Street') -> Location; 'the United States-based cookware manufacturer'
-> Location 'United States' (as 69q's 'New York' from 'New York-based'); 'a Singapore businessman' -> Location
'Singapore'; demonyms and adjectives ('Malayan', 'European', 'Hokkiens', 'Chinese', 'Italian', 'U.S. investors',
'Traditional Chinese' as a script's name) -> no entity.
usage: batch69ab_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- appliances, New Zealand: Fisher & Paykel (owiki.org's mirror) -------------------------------------------------
FPA = "Fisher & Paykel Appliances Ltd"
FPI = "Fisher & Paykel Industries Ltd"
A["wp-fisher-paykel"] = dict(
 # the company -> Company 'Fisher & Paykel Appliances Ltd' (the fullest name; aliases 'Fisher & Paykel' (the name the
 # lead uses: the appliance maker owned by Haier, whose shares Haier bought), 'Fisher & Paykel Appliances' and
 # 'Fisher & Paykel Appliance' ('Fisher & Paykel Appliance shares'); 'The company' generic); 'Fisher & Paykel
 # Industries Ltd' (the company founded in 1934 and separated in 2001) and 'Fisher & Paykel Healthcare Ltd' ->
 # Companies of their own ('The company' in the 1934-1956 paragraphs is the Industries company); Haier, 'Dynamic
 # Cooking Systems', Elba -> Company; 'Active Smart', 'AeroTech', 'DishDrawer', 'Smart Drive', 'Smartload' (the
 # trademarked appliance lines, named with their nouns 'refrigerators', 'ovens', ...) -> Service; Crosley, Maytag,
 # Pilot, Kelvinator (makers named by their products: 'Crosley appliances', 'Maytag and Pilot products', 'Kelvinator
 # washing machines') -> Company (doubtful: a reader might type them Services); Sir Woolf Fisher (the name without
 # 'Sir'), Maurice Paykel -> Person; 'the First Labour Government of New Zealand' -> Organization; East Tamaki, New
 # Zealand, United States ('United States-based'), Thailand, China, Italy, Mexico, Australia, Mount Wellington,
 # Auckland -> Location. No entity: 'Chinese', 'Italian' (adjectives), 'NZ$' (a currency)
 entities=[E("Company", FPA, "Fisher & Paykel", "Fisher & Paykel Appliances", "Fisher & Paykel Appliance"),
           E("Company", "Haier"), E("Location", "East Tamaki"), E("Location", "New Zealand"),
           E("Service", "Active Smart"), E("Service", "AeroTech"), E("Service", "DishDrawer"),
           E("Service", "Smart Drive"), E("Service", "Smartload"), E("Location", "United States"),
           E("Company", "Dynamic Cooking Systems"), E("Company", "Elba"), E("Location", "Thailand"),
           E("Location", "China"), E("Location", "Italy"), E("Location", "Mexico"), E("Location", "Australia"),
           E("Company", FPI), E("Company", "Fisher & Paykel Healthcare Ltd"), E("Person", "Woolf Fisher"),
           E("Person", "Maurice Paykel"), E("Company", "Crosley"), E("Company", "Maytag"), E("Company", "Pilot"),
           E("Company", "Kelvinator"), E("Organization", "First Labour Government of New Zealand"),
           E("Location", "Mount Wellington"), E("Location", "Auckland")],
 # 'Fisher & Paykel Industries Ltd was founded in 1934 by Sir Woolf Fisher and Maurice Paykel' -> cofounder each
 # (named together; GUIDELINES part 2, Roles, 'Founders'). No other person or post in the text
 roles=[R("Woolf Fisher", "cofounder", FPI), R("Maurice Paykel", "cofounder", FPI)],
 # 'is owned by Haier', 'In 2012, Haier ... purchased over 90% of Fisher & Paykel Appliance shares' -> acquired(Haier,
 # Fisher & Paykel Appliances Ltd) + parentOrganization; 'Fisher & Paykel Appliances purchased ... Dynamic Cooking
 # Systems, and ... Elba' -> acquired + parentOrganization each; 'trademarked appliances include Active Smart
 # refrigerators, ...' -> provider(each line, Fisher & Paykel Appliances Ltd); 'began manufacturing Kelvinator
 # washing machines under license' -> partner(Fisher & Paykel Industries Ltd, Kelvinator) (a licensing deal).
 # Near-misses, no relation: the separation of the Industries company into the Healthcare and Appliances companies
 # (doubtful: a reader might give parentOrganization or read Appliances as the Industries company renamed); 'an
 # importer of Crosley appliances, Maytag and Pilot products' (doubtful: a reader might give partner); the tariffs of
 # the First Labour Government
 relations=[L(FPA, "parentOrganization", "Haier"), L("Haier", "acquired", FPA),
            L(FPA, "acquired", "Dynamic Cooking Systems"), L("Dynamic Cooking Systems", "parentOrganization", FPA),
            L(FPA, "acquired", "Elba"), L("Elba", "parentOrganization", FPA),
            L("Active Smart", "provider", FPA), L("AeroTech", "provider", FPA), L("DishDrawer", "provider", FPA),
            L("Smart Drive", "provider", FPA), L("Smartload", "provider", FPA), L(FPI, "partner", "Kelvinator")],
 outages=[],
 # '2004', '2006', '2012', '2001', '1934', '1979', '1938', '1956'; 'almost 20 years', 'nearly 70 years', 'that same
 # year' -> nothing
 dates=[D("2004", "2004"), D("2006", "2006"), D("2012", "2012"), D("2001", "2001"), D("1934", "1934"),
        D("1979", "1979"), D("1938", "1938"), D("1956", "1956")])

# ---- banking, Singapore: Ho Hong Bank (an IPFS gateway's copy) ------------------------------------------------------
HHB = "Ho Hong Bank"
CCB = "Chinese Commercial Bank Ltd."
LPS = "Lim Peng Siang"
A["wp-ho-hong-bank"] = dict(
 # the bank -> Company 'Ho Hong Bank' ('The Ho Hong Bank'; 'The bank' generic); 'Oversea-Chinese Banking Corporation'
 # -> Company; 'Chinese Commercial Bank Ltd.' (alias 'Chinese Commercial Bank'; 'the bank', 'the company' generic in
 # its paragraph) -> Company; 'the Chinese Chamber of Commerce' -> Organization; Singapore, Hill Street, Kling Street
 # ('No. 61 Kling Street'), Market Street ('No. 31 Market Street') -> Location; persons (honours cut): Lim Peng Siang
 # (aliases 'Lim Peng-Siang', 'Peng-Siang'), Lim Boon Keng ('Dr. Lim Boon Keng', twice), Seow Poh Leng ('Seow
 # Poh-Leng'), Lee Choon Guan ('Lee Choon-Guan'), Lim CHoon-Guan (the chairman as written; alias 'Choon-Guan', the
 # board list's 'besides Choon-Guan, Peng-Siang, and Eng-Tin' naming the three officers just named), Tan Kah-Kee,
 # S. C. Yin, Yeo Cheng-Hai, Seet Tiong-Wah, Seow Eng-Tin ('Eng-Tin'), Chia Yew-Siang, Tan Sian-Cheng, Tan Jiak-Kim,
 # Liao Chia-Hong, Tan Chay-Yan, Liao Chia-Heng, Teo Soon-Sian, Tau Siau-Cheng, Cheoh Cheng-Kee -> Person (the
 # near-identical pairs kept apart as written; doubtful). No entity: 'Malayan', 'European banks', 'Hokkiens',
 # 'CMG' (an honour), 'two other banks' (unnamed)
 entities=[E("Company", HHB), E("Location", "Singapore"), E("Company", "Oversea-Chinese Banking Corporation"),
           E("Person", LPS, "Lim Peng-Siang", "Peng-Siang"), E("Person", "Lim Boon Keng"),
           E("Person", "Seow Poh Leng", "Seow Poh-Leng"), E("Company", CCB, "Chinese Commercial Bank"),
           E("Organization", "Chinese Chamber of Commerce"), E("Location", "Hill Street"),
           E("Person", "Lee Choon Guan", "Lee Choon-Guan"), E("Person", "Tan Kah-Kee"), E("Person", "S. C. Yin"),
           E("Person", "Yeo Cheng-Hai"), E("Person", "Seet Tiong-Wah"), E("Person", "Seow Eng-Tin", "Eng-Tin"),
           E("Person", "Chia Yew-Siang"), E("Person", "Tan Sian-Cheng"), E("Person", "Tan Jiak-Kim"),
           E("Person", "Liao Chia-Hong"), E("Person", "Tan Chay-Yan"), E("Location", "Kling Street"),
           E("Location", "Market Street"), E("Person", "Lim CHoon-Guan", "Choon-Guan"),
           E("Person", "Liao Chia-Heng"), E("Person", "Teo Soon-Sian"), E("Person", "Tau Siau-Cheng"),
           E("Person", "Cheoh Cheng-Kee")],
 # 'The founders of Ho Hong Bank were Lim Peng Siang, Dr. Lim Boon Keng and Seow Poh Leng' -> cofounder each; 'all of
 # whom were ... founding members and officers of the earlier Chinese Commercial Bank' -> cofounder at Chinese
 # Commercial Bank Ltd. each (doubtful: 'founding members'; their officer posts taken from the posts the text names);
 # 'elected its first directors: Lim Peng-Siang, Lee Choon-Guan, ... Tan Chay-Yan' (twelve) -> director each; 'with
 # Lim CHoon-Guan as Chairman' -> chairman, and director (the board list's 'besides Choon-Guan'); 'Lim Peng-Siang as
 # both Deputy Chairman and Managing Director' -> executive (vice chairman) and director (the managing directorship
 # folded into his director item); 'Seow Eng-Tin as Manager' -> executive; 'Seow Poh-Leng was pro. tem. Secretary',
 # 'continuing as pro. tem. Secretary' -> executive (a company secretary; doubtful: 'pro tem.', a temporary post);
 # 'the Board of Directors comprised ... Liao Chia-Heng, ... Dr. Lim Boon Keng, Teo Soon-Sian, ..., Tau Siau-Cheng,
 # ..., and Cheoh Cheng-Kee' -> director for those not already directors. All current true (posts of 1912, no leaving
 # told; doubtful). Near-miss: 'presided over by Lee Choon Guan' (chairing a shareholders' meeting) -> no chairman role
 roles=[R(LPS, "cofounder", HHB), R("Lim Boon Keng", "cofounder", HHB), R("Seow Poh Leng", "cofounder", HHB),
        R(LPS, "cofounder", CCB), R("Lim Boon Keng", "cofounder", CCB), R("Seow Poh Leng", "cofounder", CCB),
        R(LPS, "director", CCB), R("Lee Choon Guan", "director", CCB), R("Tan Kah-Kee", "director", CCB),
        R("S. C. Yin", "director", CCB), R("Yeo Cheng-Hai", "director", CCB), R("Seet Tiong-Wah", "director", CCB),
        R("Seow Eng-Tin", "director", CCB), R("Chia Yew-Siang", "director", CCB),
        R("Tan Sian-Cheng", "director", CCB), R("Tan Jiak-Kim", "director", CCB),
        R("Liao Chia-Hong", "director", CCB), R("Tan Chay-Yan", "director", CCB),
        R("Seow Poh Leng", "executive", CCB), R("Lim CHoon-Guan", "chairman", CCB),
        R("Lim CHoon-Guan", "director", CCB), R(LPS, "executive", CCB), R("Seow Eng-Tin", "executive", CCB),
        R("Liao Chia-Heng", "director", CCB), R("Lim Boon Keng", "director", CCB),
        R("Teo Soon-Sian", "director", CCB), R("Tau Siau-Cheng", "director", CCB),
        R("Cheoh Cheng-Kee", "director", CCB)],
 # Near-misses, no relation: 'in 1932 merged with two other banks in Singapore to form the Oversea-Chinese Banking
 # Corporation' (a merger into a new bank, who buys whom not told; the two other banks unnamed); the Chinese Commercial
 # Bank as 'the earlier' bank of the same founders (no ownership told)
 relations=[],
 outages=[],
 # '1917' ('(1917-1932)', 'founded in 1917'), '1932' (twice), '1912' ('until 1912'), '17 August 1912', '2 December
 # 1912'; 'before that time', 'At that time', 'By this time' -> nothing
 dates=[D("1917", "1917"), D("1932", "1932"), D("1912", "1912"), D("17 August 1912", "1912-08-17"),
        D("2 December 1912", "1912-12-02")])

# ---- banking, Hong Kong: Ka Wah Bank (en.wikipedia-on-ipfs.org) ----------------------------------------------------
KWB = "Ka Wah Bank Limited"
CIF = "CITIC International Financial Holdings"
A["wp-ka-wah-bank"] = dict(
 # the bank -> Company 'Ka Wah Bank Limited' (the name of the lead and of 1949; aliases its Chinese name
 # '\u5609\u83ef\u9280\u884c\u6709\u9650\u516c\u53f8', 'Ka Wah Bank', 'Ka Wah' ('Its name, Ka Wah'), the later names
 # 'CITIC Ka Wah Bank Limited' and 'CITIC Bank International Limited' with their Chinese names, and the earlier names
 # 'Ka Wah Ngan Ho' ('\u5609\u83ef\u9280\u865f'; the Guangzhou house of 1922 that 'then became' the bank's Guangzhou
 # branch: read as the bank's first name, doubtful), 'Ka Wah Savings Bank Limited' (its Chinese name) and 'Ka Wah
 # Bank Public Limited Company' (its Chinese name); 'It', 'the bank' generic); 'CITIC International Financial
 # Holdings', 'CITIC Group' -> Company; 'Hong Kong Stock Exchange' (alias 'SEHK', 'SEHK: 183') -> Company; 'Chase
 # Manhattan Asia' -> Company; 'Nam Wah Company' -> Company; 'Ka Nam Tong' (a name the bank's name was drawn from, of
 # no stated kind) -> Organization (doubtful); Dr. Lam Chi Fung (without 'Dr.'), C.S. Low (aliases 'Low Chung Song'
 # and '\u5218\u707f\u677e') -> Person; 'Hong Kong Baptist College' -> Organization; Hong Kong, Guangzhou, Shanghai,
 # Singapore ('a Singapore businessman') -> Location. No entity: 'Traditional Chinese' (a script's name), 'U.S.
 # investors' (an adjective; the group unnamed)
 entities=[E("Company", KWB, "\u5609\u83ef\u9280\u884c\u6709\u9650\u516c\u53f8", "Ka Wah Bank", "Ka Wah",
             "CITIC Ka Wah Bank Limited", "\u4e2d\u4fe1\u5609\u83ef\u9280\u884c\u6709\u9650\u516c\u53f8",
             "CITIC Bank International Limited", "\u4e2d\u4fe1\u9280\u884c\u570b\u969b\u6709\u9650\u516c\u53f8",
             "Ka Wah Ngan Ho", "\u5609\u83ef\u9280\u865f", "Ka Wah Savings Bank Limited",
             "\u5609\u83ef\u5132\u84c4\u9280\u884c\u6709\u9650\u516c\u53f8", "Ka Wah Bank Public Limited Company",
             "\u5609\u83ef\u9280\u884c\u516c\u773e\u6709\u9650\u516c\u53f8"),
           E("Company", "Hong Kong Stock Exchange", "SEHK"), E("Location", "Hong Kong"), E("Company", CIF),
           E("Location", "Guangzhou"), E("Person", "Lam Chi Fung"), E("Organization", "Hong Kong Baptist College"),
           E("Organization", "Ka Nam Tong"), E("Company", "Nam Wah Company"), E("Location", "Shanghai"),
           E("Person", "C.S. Low", "Low Chung Song", "\u5218\u707f\u677e"), E("Location", "Singapore"),
           E("Company", "Chase Manhattan Asia"), E("Company", "CITIC Group")],
 # 'Ka Wah Ngan Ho ... was founded in Guangzhou by Dr. Lam Chi Fung' -> founder at Ka Wah Bank Limited (one man; the
 # house read as the bank's first name); 'the founding president of Hong Kong Baptist College' -> president at Hong
 # Kong Baptist College, current true (no leaving told; doubtful: 'founding president' a first presidency, and a
 # reader might give founder); 'After C.S. Low assumed management of the bank' -> head at Ka Wah Bank Limited,
 # current true (no leaving told; doubtful: executive). Near-misses: 'led takeover of Ka Wah Bank', 'became the
 # bank's largest shareholder' -> no role (an owner, no title in the vocabulary); 'a Singapore businessman and
 # banker' -> no role (no organisation)
 roles=[R("Lam Chi Fung", "founder", KWB), R("Lam Chi Fung", "president", "Hong Kong Baptist College"),
        R("C.S. Low", "head", KWB)],
 # 'It was acquired by CITIC International Financial Holdings and renamed as CITIC Ka Wah Bank Limited' -> acquired +
 # parentOrganization; 'It was listed on the Hong Kong Stock Exchange. Underwritten by Chase Manhattan Asia.' ->
 # partner(Ka Wah Bank Limited, Chase Manhattan Asia) (an underwriting contract; doubtful). Near-misses, no
 # relation: the listing on the Hong Kong Stock Exchange (a listing, no ownership), C.S. Low's takeover 'from a group
 # of U.S. investors' (a person; the sellers unnamed), 'CITIC Group injected HK$350 million capital into the bank' (a
 # capital injection, no stake told; doubtful: a reader might give parentOrganization), CITIC Group and CITIC
 # International Financial Holdings (no link told), the name 'derived from the names of Ka Nam Tong and Nam Wah
 # Company' (no ownership told)
 relations=[L(CIF, "acquired", KWB), L(KWB, "parentOrganization", CIF), L(KWB, "partner", "Chase Manhattan Asia")],
 outages=[],
 # the items' years '1922', '1924', '1926', '1931', '1935', '1945', '1949', '1974' ('1974:', 'December 1974' listed
 # apart), '1975' (twice), '1980', '1983' (twice), '1986'; 'May 2010'; 'December 1974' -> the month
 dates=[D("May 2010", "2010-05"), D("1922", "1922"), D("1924", "1924"), D("1926", "1926"), D("1931", "1931"),
        D("1935", "1935"), D("1945", "1945"), D("1949", "1949"), D("1974", "1974"),
        D("December 1974", "1974-12"), D("1975", "1975"), D("1980", "1980"), D("1983", "1983"),
        D("1986", "1986")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

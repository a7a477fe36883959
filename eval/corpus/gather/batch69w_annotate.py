#!/usr/bin/env python3
"""Batch 69w gold annotations (session 63; the texts of batch69w.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-68j; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('In the 1960s', 'By
the 1960s', 'In the late 1980s', 'In the mid-1990s', 'During the 1990s') -> nothing; 'As of 2016' -> the year; a
year inside an event's name ('the 1997 Asian financial crisis') -> the year (doubtful); 'from 1962 to 1982' -> both
years.
No text tells an outage (round notes /tmp/gather69w/NOTES.md; Yaohan's bankruptcy and closed outlets are a business
failure, GUIDELINES part 2, Outages: no outage).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-68j): a completed purchase or takeover ('were taken
over by the Adelaide Steamship Company (AdSteam) and were then acquired by Pacific Dunlop', 'Pacific Dunlop sold its
ice cream division as Peters to Nestle', 'which was acquired by Fonterra in 2006', 'In 2009 Fonterra sold Peters and
Brownes Foods to Nestle', 'Yaohan in Japan was bought by AEON Group') -> acquired AND parentOrganization (ownership
since sold still recorded); a purchase of stores ('Other stores in the USA were bought by Mitsuwa, Maruwa and
Marukai') -> nothing (asset purchases); 'now a subsidiary of', 'a subsidiary of', 'established a subsidiary called',
'was owned by' -> parentOrganization; a chain 'operated by' a company ('The chain is operated by Daimaru Matsuzakaya
Department Stores') -> parentOrganization of the chain's company (doubtful: the text says 'At one time Daimaru was an
independent company'); 'an associated sister company' set up by the company -> nothing (a sister, not a subsidiary;
doubtful, where batch 68j gave a company 'established' by another parentOrganization); production 'handled by' a
named company for the brand -> nothing (no owner or contract stated; doubtful); membership of an association and a
listing on an exchange -> nothing; founders (GUIDELINES part 2, Roles, 'Founders'): 'founded in 1930 by Kazuo Wada',
'established by Fred Peters', 'Dai-Monjiya, a dry goods store in Kyoto founded by Shimomura Hikoemon Masahiro' (one
man each) -> founder, current true (as batch 68j's founder of 1899); Types: names in Japanese and Chinese script
('\u5927\u4e38', '\u682a\u5f0f\u4f1a\u793e\u5927\u4e38', '\u30e4\u30aa\u30cf\u30f3', '\u516b\u767e\u534a',
'\u516b\u4f70\u4f34', '\u548c\u7530\u826f\u5e73', '\u65b0\u516b\u4f70\u4f34') -> aliases (as the corpus's Chinese and
Japanese names); earlier and later names ('reincorporated as Daimaru Dry Goods K.K.', 'as the Peters' American
Delicacy Company', 'Now known as Daimaru Peacock', 'now known as Ansell', 'changed its name to Maxvalu Tokai', 'The
group was traded ... as Yaohan International Company Limited') and the store a company 'traces its history to'
('Dai-Monjiya') -> aliases (doubtful for Dai-Monjiya, Maxvalu Tokai and Yaohan International Company Limited: the
Japanese business and the Hong Kong listed part after the split, each named as the group's); stock exchanges ->
Company (GUIDELINES part 1); a store with its own name ('a store in Nagoya called Daimaruya') -> Location (a named
site; doubtful); a trading name of a store ('operated under the trading name New Yaohan') -> Company (doubtful);
prefectures, regions, wards, cities, states and countries -> Location; adjectives and demonyms ('Japanese',
'Australian', 'American', 'European', 'Chinese'), events ('the Second World War', 'the 1997 Asian financial
crisis'), a law ("Japan's Corporate Rehabilitation Law"), a family ('the Wada family') and generic phrases ('the
Peters brand' -> the company's name), 'the small refrigerated cabinet' -> no entity of their own.
usage: batch69w_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- department stores, Japan: Daimaru (wiki3.en-us.nina.az's copy) --------------------------------------------------
DAI = "The Daimaru, Inc."
DMD = "Daimaru Matsuzakaya Department Stores"
A["wp-daimaru"] = dict(
 # the chain and the company -> Company 'The Daimaru, Inc.' (the fullest name; aliases 'Daimaru', its Japanese names
 # '\u5927\u4e38' and '\u682a\u5f0f\u4f1a\u793e\u5927\u4e38', 'Dai-Monjiya' (the store it 'traces its history to', its
 # first name; doubtful: a reader might keep the store apart) and 'Daimaru Dry Goods K.K.' ('reincorporated as');
 # 'The chain', 'It' generic); 'Daimaru Matsuzakaya Department Stores', 'J. Front Retailing' -> Company; 'the
 # International Association of Department Stores' -> Organization; Shimomura Hikoemon Masahiro -> Person; 'Peacock
 # Sangyo' (alias 'Daimaru Peacock', 'Now known as') -> Company; 'Daimaru' inside 'Daimaru Peacock' is that
 # company's name; 'Daimaruya' ('a store in Nagoya called Daimaruya') -> Location (a named store as a site;
 # doubtful); 'the Kansai region' -> Location 'Kansai region'; Japan, 'Ch\u016b\u014d-ku', Osaka, Kyoto, Nagoya,
 # 'the Greater Tokyo Area', 'the Ch\u016bbu region' -> Location. No entity: 'a dry goods store' (the alias's gloss),
 # '49 supermarkets' (unnamed), 'Japanese'
 entities=[E("Company", DAI, "Daimaru", "\u5927\u4e38", "\u682a\u5f0f\u4f1a\u793e\u5927\u4e38", "Dai-Monjiya",
             "Daimaru Dry Goods K.K."),
           E("Location", "Kansai region"), E("Location", "Japan"), E("Company", DMD), E("Company", "J. Front Retailing"),
           E("Location", "Ch\u016b\u014d-ku"), E("Location", "Osaka"),
           E("Organization", "International Association of Department Stores"), E("Location", "Kyoto"),
           E("Person", "Shimomura Hikoemon Masahiro"), E("Location", "Nagoya"), E("Location", "Daimaruya"),
           E("Company", "Peacock Sangyo", "Daimaru Peacock"), E("Location", "Greater Tokyo Area"),
           E("Location", "Ch\u016bbu region")],
 # 'Dai-Monjiya, a dry goods store in Kyoto founded by Shimomura Hikoemon Masahiro in 1717' (Daimaru 'traces its
 # history to' it) -> founder of the company, current true (one man named alone; doubtful: the store as the company)
 roles=[R("Shimomura Hikoemon Masahiro", "founder", DAI)],
 # 'Daimaru Matsuzakaya Department Stores, a subsidiary of J. Front Retailing' -> parentOrganization; 'The chain is
 # operated by Daimaru Matsuzakaya Department Stores' -> parentOrganization(The Daimaru, Inc., Daimaru Matsuzakaya
 # Department Stores) (doubtful: the chain is run by it; the company 'At one time' independent); 'Daimaru established a
 # subsidiary called Peacock Sangyo' -> parentOrganization(Peacock Sangyo, The Daimaru, Inc.). Near-misses, no
 # relation: 'a member of the International Association of Department Stores from 1962 to 1982' (a membership)
 relations=[L(DMD, "parentOrganization", "J. Front Retailing"), L(DAI, "parentOrganization", DMD),
            L("Peacock Sangyo", "parentOrganization", DAI)],
 outages=[],
 # '1962', '1982', '2016' ('As of 2016'), '1717', '1728', '1907', '1920', '1928', '1960'; 'in the 1960s' -> nothing
 dates=[D("1962", "1962"), D("1982", "1982"), D("2016", "2016"), D("1717", "1717"), D("1728", "1728"),
        D("1907", "1907"), D("1920", "1920"), D("1928", "1928"), D("1960", "1960")])

# ---- ice cream, Australia: Peters Ice Cream (en.wikipedia.org's '= Title =' rendering) ------------------------------
PIC = "Peters Ice Cream"
PBF = "Peters and Brownes Foods"
NES = "Nestl\u00e9"
ADS = "Adelaide Steamship Company"
A["wp-peters-ice-cream"] = dict(
 # the brand and its business -> Company 'Peters Ice Cream' ('an Australian ice cream brand, now a subsidiary of'
 # Froneri: the business the text sells and buys; aliases 'Peters' ('Peters was established by Fred Peters', 'the
 # Peters businesses', 'the Peters brand', 'its ice cream division as Peters') and "Peters' American Delicacy
 # Company" ('established ... as the', its first name); 'Peters was largely responsible for introducing ... which he
 # hired out' read as the company's name too, the one surface kept to one entity (doubtful: 'he' points at the man);
 # 'Froneri', "Peters' Arctic Delicacy Co. Ltd", 'Peters Western Australia' ('The separate Peters Western Australia
 # business'), 'Petersville Australia Limited', 'the Adelaide Steamship Company' (alias 'AdSteam'), 'Pacific Dunlop'
 # (alias 'Ansell', 'now known as'), 'Nestl\u00e9', 'Peters and Brownes Foods', 'Fonterra' -> Company; Fred Peters ->
 # Person; Sydney, Paddington, New South Wales, Redfern, Brisbane, Newcastle, Victoria, Western Australia, Townsville,
 # Rockhampton, Australia, Queensland, Melbourne ('the Melbourne-based', the city inside the word; as batch 69q's
 # 'New York' of 'New York-based') -> Location. No entity: 'a new manufacturing plant', 'a branch', 'associated
 # companies' (unnamed), 'the small refrigerated cabinet', 'The red and cream corporate identity', 'Australian',
 # 'American', 'European'
 entities=[E("Company", PIC, "Peters", "Peters' American Delicacy Company"), E("Company", "Froneri"),
           E("Location", "Sydney"), E("Person", "Fred Peters"), E("Location", "Paddington"),
           E("Location", "New South Wales"), E("Location", "Redfern"), E("Company", "Peters' Arctic Delicacy Co. Ltd"),
           E("Location", "Brisbane"), E("Location", "Newcastle"), E("Location", "Victoria"),
           E("Location", "Western Australia"), E("Location", "Townsville"), E("Location", "Rockhampton"),
           E("Location", "Australia"), E("Location", "Queensland"), E("Company", "Peters Western Australia"),
           E("Location", "Melbourne"), E("Company", "Petersville Australia Limited"), E("Company", ADS, "AdSteam"),
           E("Company", "Pacific Dunlop", "Ansell"), E("Company", NES), E("Company", PBF), E("Company", "Fonterra")],
 # 'Peters was established by Fred Peters in 1907' (and 'originally developed in Sydney by American businessman Fred
 # Peters') -> founder, current true (one man named alone). No other post named
 roles=[R("Fred Peters", "founder", PIC)],
 # 'now a subsidiary of European food firm Froneri' -> parentOrganization; 'were taken over by the Adelaide Steamship
 # Company (AdSteam) and were then acquired by Pacific Dunlop' and 'Pacific Dunlop sold its ice cream division as
 # Peters to Nestl\u00e9' -> acquired AND parentOrganization for each buyer (the Peters businesses read as the
 # company; ownership since sold still recorded); 'Peters Western Australia business was owned by Peters and Brownes
 # Foods' -> parentOrganization; 'which was acquired by Fonterra in 2006' and 'In 2009 Fonterra sold Peters and
 # Brownes Foods to Nestl\u00e9' -> acquired AND parentOrganization. Near-misses, no relation: 'Peters then
 # established an associated sister company Peters' Arctic Delicacy Co. Ltd' (a sister company; doubtful: a reader
 # might give parentOrganization), 'all ice cream production for the Peters brand ... was handled by the
 # Melbourne-based Petersville Australia Limited' (no owner or contract stated; doubtful), 'giving Nestl\u00e9
 # nationwide control of the Peters brand' (the brand already the company's)
 relations=[L(PIC, "parentOrganization", "Froneri"),
            L(ADS, "acquired", PIC), L(PIC, "parentOrganization", ADS),
            L("Pacific Dunlop", "acquired", PIC), L(PIC, "parentOrganization", "Pacific Dunlop"),
            L(NES, "acquired", PIC), L(PIC, "parentOrganization", NES),
            L("Peters Western Australia", "parentOrganization", PBF),
            L("Fonterra", "acquired", PBF), L(PBF, "parentOrganization", "Fonterra"),
            L(NES, "acquired", PBF), L(PBF, "parentOrganization", NES)],
 outages=[],
 # '1907' (twice, listed once), '1923', '1927', '1929', '2006', '2009'; 'By the 1960s', 'In the late 1980s', 'In the
 # mid-1990s' (decades) -> nothing
 dates=[D("1907", "1907"), D("1923", "1923"), D("1927", "1927"), D("1929", "1929"), D("2006", "2006"),
        D("2009", "2009")])

# ---- retail, Japan: Yaohan (the-uncensored-wiki.com's copy) ----------------------------------------------------------
YAO = "Yaohan"
AEON = "\u00c6ON Group"
A["wp-yaohan"] = dict(
 # the group -> Company 'Yaohan' (the text's name; aliases '\u30e4\u30aa\u30cf\u30f3', '\u516b\u767e\u534a' (Japanese)
 # and '\u516b\u4f70\u4f34' (Chinese), 'Yaohan International Company Limited' ('The group was traded on the Hong Kong
 # Stock Exchange as'; the current company of the name, 'locally owned', left unannotated, one surface kept to one
 # entity; doubtful) and 'Maxvalu Tokai' ('Yaohan in Japan ... changed its name to'; doubtful: the Japanese company
 # after the split); 'The company', 'the Yaohan group', 'the group', 'The super-market chain' generic); Kazuo Wada
 # (alias '\u548c\u7530\u826f\u5e73', the name in Japanese script the text gives him) -> Person; 'Tokyo Stock
 # Exchange', 'the Hong Kong Stock Exchange' -> Company (GUIDELINES part 1); '\u00c6ON Group', 'Mitsuwa', 'Maruwa',
 # 'Marukai' -> Company; 'New Yaohan' (alias '\u65b0\u516b\u4f70\u4f34'; 'operated under the trading name', a store's
 # business) -> Company (doubtful); 'Shizuoka prefecture' (alias 'Shizuoka'), Tokyo, 'the Tokyo metropolitan area',
 # Japan, "the People's Republic of China", California, Hawaii, Hong Kong, Los Angeles, Honolulu, London, 'San Jose'
 # ('San Jose, California'), 'the USA', Macao -> Location. No entity: 'a single shop', 'a major supermarket chain',
 # '450 outlets', 'A department store' (unnamed), 'the Wada family' (a family), 'the Second World War', 'the 1997
 # Asian financial crisis' (events), "Japan's Corporate Rehabilitation Law" (a law), 'Japanese', 'Chinese'
 entities=[E("Company", YAO, "\u30e4\u30aa\u30cf\u30f3", "\u516b\u767e\u534a", "\u516b\u4f70\u4f34",
             "Yaohan International Company Limited", "Maxvalu Tokai"),
           E("Person", "Kazuo Wada", "\u548c\u7530\u826f\u5e73"), E("Location", "Shizuoka prefecture", "Shizuoka"),
           E("Location", "Tokyo"), E("Company", "Tokyo Stock Exchange"), E("Location", "Japan"),
           E("Location", "Tokyo metropolitan area"), E("Location", "People's Republic of China"),
           E("Location", "California"), E("Location", "Hawaii"), E("Location", "Hong Kong"),
           E("Location", "Los Angeles"), E("Location", "Honolulu"), E("Location", "London"), E("Location", "San Jose"),
           E("Company", "Hong Kong Stock Exchange"), E("Company", AEON), E("Location", "USA"), E("Company", "Mitsuwa"),
           E("Company", "Maruwa"), E("Company", "Marukai"), E("Location", "Macao"),
           E("Company", "New Yaohan", "\u65b0\u516b\u4f70\u4f34")],
 # 'The company was founded in 1930 by Kazuo Wada' -> founder, current true (one man named alone). Near-misses: no
 # other post named; 'the Wada family' -> no role
 roles=[R("Kazuo Wada", "founder", YAO)],
 # 'In March 2000 Yaohan in Japan was bought by \u00c6ON Group' -> acquired AND parentOrganization (doubtful: the
 # Japanese company after the split, read as Yaohan). Near-misses, no relation: 'Other stores in the USA were bought
 # by Mitsuwa, Maruwa and Marukai' (stores bought: asset purchases), 'It was listed on Tokyo Stock Exchange', 'traded
 # on the Hong Kong Stock Exchange' (listings), 'it split into two companies' (a split; the parts unnamed but by
 # place), New Yaohan ('has no connection' told of the current Yaohan International; no owner named)
 relations=[L(AEON, "acquired", YAO), L(YAO, "parentOrganization", AEON)],
 outages=[],
 # '1930', 'August 11, 1998', '1997' ('the 1997 Asian financial crisis'; doubtful), 'September 18, 1997', 'March
 # 2000'; 'During the 1990s' -> nothing
 dates=[D("1930", "1930"), D("August 11, 1998", "1998-08-11"), D("1997", "1997"),
        D("September 18, 1997", "1997-09-18"), D("March 2000", "2000-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

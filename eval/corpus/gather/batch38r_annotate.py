#!/usr/bin/env python3
"""Batch 38r gold annotations (the texts of batch38r.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-mazda-new-president-imaki-booth-ford-europe-2003 -> test,
voa-nissan-renault-ghosn-trade-surplus-economic-activity-2005 -> train,
voa-seibu-railway-delisting-kokudo-nippon-television-yomiuri-2004 -> dev,
voa-sony-stringer-succeeds-idei-livedoor-nippon-broadcasting-2005 -> train. Relative dates resolve against each
story's `published` (from its heading or address): 2003-08-29, 2004-11-19, 2005-03-11, 2005-06-24 (Fridays).
Conventions (GUIDELINES.md part 2; the company lanes of batches 37e/37m/37u and 38m/38o/38p/38q): 'President' ->
president, 'Executive Vice President' -> vice-president, 'chairman and chief executive officer' -> chairman and ceo,
'heads' / 'the head of' / 'was headed by' -> head, a named minister or prime minister -> minister of the country
(Location); a post someone 'will become' or to which he 'will succeed' -> current true, and the holder to be replaced
stays current (as batch 38p's Honda); 'was headed by' (past) -> current false; 'X is the holding company for Y', 'Y,
part of the X conglomerate', 'its parent, X' -> parentOrganization(Y, X); a one-third owner, a stake bought in a bid and
a bank funding a bid -> nothing (minority stakes and bids); ministries, a central bank, a research institute and trade
associations -> Organization; a stock exchange and a newspaper group -> Company.
usage: batch38r_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39r/pool /tmp/gather39r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Japan: trade surplus, Mazda's new president, Booth to Ford Europe (published 2003-08-29, a Friday) --------------
A["voa-mazda-new-president-imaki-booth-ford-europe-2003"] = dict(
 # 'Mazda' (five times), 'U.S. auto giant Ford', 'Ford Europe' -> Company; 'Lewis Booth' / 'Mr. Booth', 'Hisakazu
 # Imaki' / 'Mr. Imaki' -> Person; 'The Japan Chain Stores Association', 'the Japan Department Stores Association' ->
 # Organization (trade associations); "Japan's" / 'Japan', 'China', 'the United States' / 'U.S.' (adjectival, 'U.S.
 # auto giant') -> Location ('Englishman', 'Japanese' adjectives)
 entities=[E("Location", "Japan"), E("Location", "China"), E("Location", "United States", "U.S."),
           E("Company", "Mazda"), E("Person", "Lewis Booth", "Booth"), E("Person", "Hisakazu Imaki", "Imaki"),
           E("Company", "Ford"), E("Company", "Ford Europe"),
           E("Organization", "Japan Chain Stores Association"), E("Organization", "Japan Department Stores Association")],
 # 'appointed a new president to replace Lewis Booth' -> Booth president of Mazda, current (to be replaced; the text
 # does not say he has left: doubtful); 'Executive Vice President Hisakazu Imaki will become president' -> Imaki
 # vice-president (his post now) and president (announced, current) of Mazda; 'Mr. Booth will become the new president
 # of Ford Europe' -> president of Ford Europe (announced, current)
 roles=[R("Lewis Booth", "president", "Mazda"), R("Hisakazu Imaki", "vice-president", "Mazda"),
        R("Hisakazu Imaki", "president", "Mazda"), R("Lewis Booth", "president", "Ford Europe")],
 # 'Ford Europe' beside 'U.S. auto giant Ford': Ford's European arm -> parentOrganization(Ford Europe, Ford) (doubtful:
 # the text does not say 'unit'; a careful reader is sure from the name and the move of Mazda's president). Mazda
 # 'one-third owned by U.S. auto giant Ford': a minority stake -> nothing (doubtful: a reader may count a one-third
 # owner as parent)
 relations=[L("Ford Europe", "parentOrganization", "Ford")],
 outages=[],
 # 'in July' (four times) -> 'July' 2003-07. Left out: 'for the first time in two months', 'from a year earlier', 'in
 # the coming months', 'only a year', 'in seven years' (spans and comparisons), 'this business year' (a fiscal year:
 # skip), 'the 13th straight monthly decline', 'the 16th consecutive monthly drop' (counts)
 dates=[D("July", "2003-07")])

# ---- Japan: assessment lowered, Seibu Railway de-listing, Kokudo, Nippon Television (published 2004-11-19, a Friday) -
A["voa-seibu-railway-delisting-kokudo-nippon-television-yomiuri-2004"] = dict(
 # 'The finance ministry' (lower case as written: Japan's) , 'The Bank of Japan', 'The government-affiliated Nippon
 # Research Institute' -> Organization; 'The Tokyo Stock Exchange' (a stock exchange: Company), 'Seibu Railway' (four
 # times), 'Kokudo', 'Seibu Department Stores', 'Nippon Television', 'the Yomiuri conglomerate' / 'the Yomiuri
 # newspaper' (one entity 'Yomiuri': the group and its newspaper as the text runs them together) -> Company;
 # 'Yoshiaki Tsutsumi', 'Tatsuya Ito' / 'Mr. Ito' -> Person; 'Japan' / "Japan's", 'the United States' -> Location.
 # 'The Stock Exchange' and 'The Institute' read as generic back-references (no alias; doubtful)
 entities=[E("Location", "Japan"), E("Organization", "finance ministry"), E("Organization", "Bank of Japan"),
           E("Organization", "Nippon Research Institute"), E("Location", "United States"),
           E("Company", "Tokyo Stock Exchange"), E("Company", "Seibu Railway"), E("Company", "Kokudo"),
           E("Company", "Seibu Department Stores"), E("Person", "Yoshiaki Tsutsumi"),
           E("Person", "Tatsuya Ito", "Ito"), E("Company", "Nippon Television"), E("Company", "Yomiuri")],
 # 'Kokudo ... was headed by one of Japan's richest men, Yoshiaki Tsutsumi' -> head of Kokudo, current false (past
 # tense: no longer heads it). 'Financial Services Minister Tatsuya Ito' -> minister of Japan (the story's country,
 # named on its own). "the group's chairman" unnamed: nothing
 roles=[R("Yoshiaki Tsutsumi", "head", "Kokudo", False), R("Tatsuya Ito", "minister", "Japan")],
 # 'Kokudo is the holding company for Seibu Railway and Seibu Department Stores, among others' -> parentOrganization
 # (Seibu Railway, Kokudo) and (Seibu Department Stores, Kokudo) (as the text states; doubtful in fact for the
 # department stores, not in the text). 'Nippon Television, part of the Yomiuri conglomerate' -> parentOrganization
 # (Nippon Television, Yomiuri). The Tokyo Stock Exchange de-listing Seibu Railway: a regulator's act, nothing. The
 # newspaper's '20 percent of the shares of 12 radio or television stations': unnamed stations, nothing
 relations=[L("Seibu Railway", "parentOrganization", "Kokudo"),
            L("Seibu Department Stores", "parentOrganization", "Kokudo"),
            L("Nippon Television", "parentOrganization", "Yomiuri")],
 outages=[],
 # 'the prior survey in August' -> 'August' 2004-08; 'in mid-December' -> 'mid-December' 2004-12 (the month, as
 # 'the end of the month'); 'since early October' -> 'early October' 2004-10. Left out: 'the first time in 17
 # months', 'more than four decades' (spans)
 dates=[D("August", "2004-08"), D("mid-December", "2004-12"), D("early October", "2004-10")])

# ---- Japan: Stringer to head Sony, Livedoor, Nippon Broadcasting (published 2005-03-11, a Friday) --------------------
A["voa-sony-stringer-succeeds-idei-livedoor-nippon-broadcasting-2005"] = dict(
 # 'Howard Stringer' / 'Mr. Stringer', 'Nobuyuki Idei', 'Junichiro Koizumi' -> Person; 'Sony' (three times), 'Internet
 # portal operator Livedoor' (twice, "Livedoor's"), 'Nippon Broadcasting' (twice), 'The U.S. investment bank Lehman
 # Brothers' -> Company; "Japan's Communications Ministry" -> Organization 'Communications Ministry'; 'U.S.'
 # (adjectival, four times, as batch 38m), 'Tokyo', 'New York', 'London', 'Japan', 'Washington' (the US government
 # by metonymy, a place name) -> Location ('the West' a region too vague: nothing; 'the Radio Law' a law: nothing)
 entities=[E("Person", "Howard Stringer", "Stringer"), E("Company", "Sony"), E("Person", "Nobuyuki Idei"),
           E("Company", "Livedoor"), E("Company", "Nippon Broadcasting"), E("Organization", "Communications Ministry"),
           E("Company", "Lehman Brothers"), E("Person", "Junichiro Koizumi")]
          + locs("U.S.", "Tokyo", "New York", "London", "Japan", "Washington"),
 # 'Howard Stringer, the head of Sony's U.S. operations' -> head of Sony (the unit unnamed: the org is Sony; doubtful);
 # 'will succeed Nobuyuki Idei as chairman and chief executive officer' -> Stringer chairman and ceo of Sony
 # (announced, current) and Idei chairman and ceo of Sony (still in post until succeeded: current, as batch 38p's
 # Honda). 'Japanese Prime Minister Junichiro Koizumi' -> minister of Japan ('Japan' named on its own in the text)
 roles=[R("Howard Stringer", "head", "Sony"), R("Howard Stringer", "chairman", "Sony"),
        R("Howard Stringer", "ceo", "Sony"), R("Nobuyuki Idei", "chairman", "Sony"), R("Nobuyuki Idei", "ceo", "Sony"),
        R("Junichiro Koizumi", "minister", "Japan")],
 # Livedoor 'used such a maneuver to acquire a large chunk of stock in Nippon Broadcasting' (a stake taken in a battle
 # for control, 'Livedoor's bid'): a stake and a bid -> nothing. 'Lehman Brothers helped fund Livedoor's bid': funding
 # of a bid, not a stated partnership -> nothing (doubtful: a reader may read a financing partner)
 relations=[],
 outages=[],
 # No resolvable time expression ('its 59-year history' an age)
 dates=[])

# ---- Japan: economic activity, trade surplus, Nissan's Ghosn (published 2005-06-24, a Friday) ------------------------
A["voa-nissan-renault-ghosn-trade-surplus-economic-activity-2005"] = dict(
 # 'Nissan' (three times), 'Sony', 'Renault of France' -> Company; 'The Trade Ministry', 'The Finance Ministry'
 # (twice) -> Organization; 'Carlos Ghosn' -> Person; "Japan's" / 'Japan', 'Asia' ('the rest of Asia'), 'the United
 # States', 'France' -> Location ('Japanese' an adjective; 'its main rival' unnamed: nothing)
 entities=[E("Location", "Japan"), E("Company", "Nissan"), E("Company", "Sony"), E("Organization", "Trade Ministry"),
           E("Organization", "Finance Ministry"), E("Location", "Asia"), E("Location", "United States"),
           E("Person", "Carlos Ghosn"), E("Company", "Renault"), E("Location", "France")],
 # 'Carlos Ghosn now heads both Nissan and its parent, Renault' -> head of Nissan and head of Renault (his titles not
 # given: 'heads' -> head)
 roles=[R("Carlos Ghosn", "head", "Nissan"), R("Carlos Ghosn", "head", "Renault")],
 # 'Nissan and its parent, Renault of France' -> parentOrganization(Nissan, Renault). Nissan's hybrid technology
 # 'supplied by its main rival': the supplier unnamed in the text as held -> nothing
 relations=[L("Nissan", "parentOrganization", "Renault")],
 outages=[],
 # 'in April' (twice) -> 'April' 2005-04; 'in March' -> 'March' 2005-03; 'in May' (twice) -> 'May' 2005-05. Left
 # out: 'more than a decade' (a span), 'compared with a year earlier' (a comparison), 'the second straight monthly
 # drop', 'the seventh straight monthly decline' (counts), 'For the near future' (vague)
 dates=[D("April", "2005-04"), D("March", "2005-03"), D("May", "2005-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

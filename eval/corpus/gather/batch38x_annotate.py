#!/usr/bin/env python3
"""Batch 38x gold annotations (the texts of batch38x.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-bank-of-china-hk-qantas-lg-nortel-m1-stake-2005 -> test,
voa-hyundai-probe-executives-iata-china-routes-mtr-kcr-2006 -> train,
voa-oracle-i-flex-majority-stake-mtr-profit-2005 -> dev. Relative dates resolve against each story's `published`
(from its address): 2005-08-22, 2006-04-17, 2005-08-08 (Mondays).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m, 38o and 38w): a completed purchase of a
majority stake ('acquired a majority stake', 'putting its total shareholding at 61 percent') -> acquired AND
parentOrganization; minority stakes, a stake sold and a merger of two railways where the text does not say who buys
whom -> nothing; a 'joint venture' of two named companies -> partner; 'President' -> president, 'Chief executive' ->
ceo, 'Chief Financial Officer' -> cfo, 'Vice President of Accounting' -> vice-president, 'Chairman' -> chairman, a
'corporate communications manager' -> executive ('manager'), 'runs' a company -> head; named theme parks are
facilities -> Location. News organisations are Company ('VOA'); reporters get no role. 'U.S.' (the only form of the
country in one text) -> Location 'U.S.'.
usage: batch38x_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39x/pool /tmp/gather39x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Bank of China's Hong Kong branch, Qantas, Thai Airways, LG-Nortel, Mobile One (published 2005-08-22) -----------
LG, NOR = "LG Electronics", "Nortel Networks"
A["voa-bank-of-china-hk-qantas-lg-nortel-m1-stake-2005"] = dict(
 # "Bank of China's" -> Company 'Bank of China' (its Hong Kong branch is not named on its own: no entity); 'He
 # Guangbei' -> Person; 'Qantas' -> Company; 'Geoff Dixon' / 'Mr. Dixon' -> Person, alias 'Dixon'; 'Thai Airways
 # International' -> Company; 'LG Electronics' / 'LG', 'Nortel Networks' / 'Nortel' -> Company; 'Khazanah Nasional'
 # ("Malaysia's state investment arm": a state-owned investment company, Company as 38w's Temasek), 'Telekom
 # Malaysia', 'Mobile One' ("Singapore's mobile operator") -> Company; 'Hong Kong' (three times), "Australia's" /
 # 'Australia', "Thailand's", "South Korea's", "Canada's", "Malaysia's", "Singapore's" -> Location ('Chinese',
 # 'Thai' adjectives: nothing)
 entities=[E("Company", "Bank of China"), E("Person", "He Guangbei"), E("Company", "Qantas"),
           E("Person", "Geoff Dixon", "Dixon"), E("Company", "Thai Airways International"), E("Company", LG, "LG"),
           E("Company", NOR, "Nortel"), E("Company", "Khazanah Nasional"), E("Company", "Telekom Malaysia"),
           E("Company", "Mobile One")]
          + locs("Hong Kong", "Australia", "Thailand", "South Korea", "Canada", "Malaysia", "Singapore"),
 # 'He Guangbei, the bank's chief executive in Hong Kong' -> executive of Bank of China (the chief executive of the
 # bank's Hong Kong branch, not of Bank of China: a senior post at a unit the text does not name; doubtful: ceo or
 # head); 'Chief executive Geoff Dixon' (Qantas's paragraph, 'The company has cut ...') -> ceo of Qantas. Thai
 # Airways' suspended 'president' is not named: nothing
 roles=[R("He Guangbei", "executive", "Bank of China"), R("Geoff Dixon", "ceo", "Qantas")],
 # "South Korea's LG Electronics and Canada's Nortel Networks have formed a $295 million joint venture" -> partner
 # (as written, LG first). Khazanah Nasional and Telekom Malaysia 'will together buy a 12 percent stake in ... Mobile
 # One': a minority stake, nothing (a joint purchase of a stake, not a stated partnership; doubtful)
 relations=[L(LG, "partner", NOR)],
 outages=[],
 # 'in the six months to June', 'for the fiscal year ending in June', 'in the quarter ending in June' -> 'June'
 # 2005-06 (one item: same text, same value; a fiscal year-end, as 38w's Temasek 'March'); 'into the first half of
 # 2005' -> 'the first half of 2005' 2005 (a half year -> the year, as 'late 2006'). Left out: 'in the past two
 # months' (vague), 'last week' (GUIDELINES.md: skip)
 dates=[D("June", "2005-06"), D("the first half of 2005", "2005")])

# ---- Hyundai Motor graft probe, IATA's Chinese routes, MTR-KCR merger terms (published 2006-04-17, a Monday) --------
HM = "Hyundai Motor"
A["voa-hyundai-probe-executives-iata-china-routes-mtr-kcr-2006"] = dict(
 # "South Korea's Hyundai Motor" / 'Hyundai Motor' (three times) / 'Hyundai' ('Hyundai affiliate') -> Company, alias
 # 'Hyundai'; 'Lee Jung-dae', 'Kim Seung-nyun', 'Chung Mong-koo', 'Chung Eui-sun' -> Person; 'Kia Motors' -> Company;
 # 'the Singapore-based International Air Transport Association - or IATA' (twice 'IATA') -> Organization (an
 # airlines' trade association); 'Albert Tjoeng' / 'Tjoeng' -> Person; 'the MTR' ('the territory's main subway
 # system, known as the MTR') and 'the Kowloon-Canton Railway, or KCR system' -> Company 'MTR', Company
 # 'Kowloon-Canton Railway' alias 'KCR' (the two railway operators whose merger terms were approved; doubtful: the
 # text speaks of the systems, which a second annotator may read as Service); "South Korea's" / 'South Korean' ->
 # Location 'South Korea' (the adjective 'South Korean' not an alias: 'South Korea' occurs in it); 'China' (four
 # times, 'northwest China'), 'Singapore' ('Singapore-based'), 'Beijing' (talks with Beijing), 'Europe', 'Hong Kong'
 # -> Location. 'South Korean police' unnamed: nothing
 entities=[E("Company", HM, "Hyundai"), E("Person", "Lee Jung-dae"), E("Person", "Kim Seung-nyun"),
           E("Person", "Chung Mong-koo"), E("Person", "Chung Eui-sun"), E("Company", "Kia Motors"),
           E("Organization", "International Air Transport Association", "IATA"),
           E("Person", "Albert Tjoeng", "Tjoeng"), E("Company", "MTR"),
           E("Company", "Kowloon-Canton Railway", "KCR")]
          + locs("South Korea", "China", "Singapore", "Beijing", "Europe", "Hong Kong"),
 # Hyundai Motor's 'Chief Financial Officer Lee Jung-dae' -> cfo; 'Vice President of Accounting Kim Seung-nyun' ->
 # vice-president; 'Hyundai Motor Chairman Chung Mong-koo' -> chairman; 'Chung Eui-sun, who runs Hyundai affiliate,
 # Kia Motors' -> head of Kia Motors (runs the company; doubtful: ceo or executive); 'Albert Tjoeng, a corporate
 # communications manager for IATA' -> executive ('manager' -> executive, GUIDELINES.md; doubtful: he speaks for
 # IATA, a second annotator may give spokesperson). All current (detained and questioned, not said to have left)
 roles=[R("Lee Jung-dae", "cfo", HM), R("Kim Seung-nyun", "vice-president", HM), R("Chung Mong-koo", "chairman", HM),
        R("Chung Eui-sun", "head", "Kia Motors"), R("Albert Tjoeng", "executive", "International Air Transport Association")],
 # 'Hyundai affiliate, Kia Motors': an affiliate, not said to be a subsidiary or owned: nothing (doubtful: a second
 # annotator may give parentOrganization(Kia Motors, Hyundai Motor)). 'merging the territory's main subway system
 # ... with the Kowloon-Canton Railway': a merger that does not say who buys whom -> nothing (GUIDELINES.md). IATA's
 # 'talks with Beijing' and 'a deal': a government, not a company: nothing
 relations=[],
 outages=[],
 # 'being detained for several hours Friday' -> 'Friday' 2006-04-14 (the Friday before Monday 17 April). Left out:
 # 'six years of talks', 'each week', 'per year' (not dates)
 dates=[D("Friday", "2006-04-14")])

# ---- Oracle buys a majority of i-flex solutions; MTR Corporation's half-year profit (published 2005-08-08) ----------
ORA, IFX, MTRC = "Oracle", "i-flex solutions", "MTR Corporation"
A["voa-oracle-i-flex-majority-stake-mtr-profit-2005"] = dict(
 # "VOA's" -> Company 'VOA' and 'Heda Bayron' Person (a reporter: no role); 'Oracle' / "Oracle's" -> Company; 'i-flex
 # solutions' / 'I-flex solutions' (capital at a sentence start) -> Company, alias 'I-flex solutions'; "Citigroup's"
 # -> Company; 'FLEXCUBE' ('a popular software for banks') -> Service; 'Charles Phillips' -> Person; 'the MTR
 # Corporation' / "MTRC's" -> Company 'MTR Corporation', alias 'MTRC'; 'C.K. Chow' -> Person; 'Hong Kong Disneyland'
 # -> Location (a theme park, a named facility); 'U.S.' (twice, 'U.S. software giant'; the only form of the country
 # in the text) -> Location 'U.S.'; "Hong Kong's" / 'Hong Kong' (five times besides Disneyland's name), 'Bombay'
 # ('Bombay-listed'), 'China' ('the renminbi of China'), 'Singapore', 'South Korea', 'Asia' -> Location ('Indian'
 # an adjective: nothing)
 entities=[E("Company", "VOA"), E("Person", "Heda Bayron"), E("Company", ORA), E("Company", IFX, "I-flex solutions"),
           E("Company", "Citigroup"), E("Service", "FLEXCUBE"), E("Person", "Charles Phillips"),
           E("Company", MTRC, "MTRC"), E("Person", "C.K. Chow"), E("Location", "Hong Kong Disneyland"),
           E("Location", "U.S.")]
          + locs("Hong Kong", "Bombay", "China", "Singapore", "South Korea", "Asia"),
 # 'Oracle President Charles Phillips' -> president of Oracle; 'Chief executive C.K. Chow' (MTR's paragraph: 'the
 # company is optimistic') -> ceo of MTR Corporation
 roles=[R("Charles Phillips", "president", ORA), R("C.K. Chow", "ceo", MTRC)],
 # 'Oracle acquired a majority stake in ... i-flex solutions ... putting its total shareholding at 61 percent'
 # (bought, completed, control) -> acquired AND parentOrganization(i-flex solutions, Oracle). Citigroup's 41 percent
 # stake, sold to Oracle: a minority holding, nothing. 'I-flex solutions makes a popular software for banks called
 # FLEXCUBE' -> provider(FLEXCUBE, i-flex solutions)
 relations=[L(ORA, "acquired", IFX), L(IFX, "parentOrganization", ORA), L("FLEXCUBE", "provider", IFX)],
 outages=[],
 # 'for the first six months of the year' -> 2005 (a half year -> the year); 'in the same period last year' -> 'last
 # year' 2004; 'which opens next month' -> 'next month' 2005-09. Left out: 'this week's', 'half-year', 'the next six
 # months', 'over the next 10 years' (spans, not dates)
 dates=[D("the first six months of the year", "2005"), D("last year", "2004"), D("next month", "2005-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

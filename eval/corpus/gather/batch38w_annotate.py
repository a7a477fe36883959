#!/usr/bin/env python3
"""Batch 38w gold annotations (the texts of batch38w.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-cheung-kong-land-temasek-books-patni-cymbal-2004 -> test,
voa-pccw-stake-sale-blocked-li-ka-shing-richard-li-2006 -> train,
voa-tcs-wipro-profits-kingdom-hotel-orascom-sangwon-2007 -> dev. Relative dates resolve against each story's
`published` (from its address): 2004-10-18, 2006-12-04, 2007-07-23 (Mondays).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m and 38o): 'will acquire' a named company ->
acquired only (agreed, not completed); minority stakes, a blocked stake sale and an asset purchase (hotels bought) ->
nothing; 'chairman' -> chairman, 'chief executive officer' -> ceo, 'deputy chairman' -> executive, a 'chief
economist' at a research institute speaking on rates -> analyst; named hotels are facilities -> Location (no role or
relation). News organisations are Company ('VOA'); reporters get no role.
usage: batch38w_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39w/pool /tmp/gather39w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Hong Kong/Singapore/India: Cheung Kong, Temasek, Patni-Cymbal, Infosys (published 2004-10-18, a Monday) --------
CK, PAT = "Cheung Kong Holdings", "Patni Computer Systems"
A["voa-cheung-kong-land-temasek-books-patni-cymbal-2004"] = dict(
 # 'Cheung Kong Holdings' / "Cheung Kong's", 'Temasek Holdings' / 'Temasek' (three times), 'Patni Computer Systems' /
 # "Patni's", 'Cymbal Corporation', 'Infosys' -> Company; 'Victor Li' / 'Mr. Li' -> Person, alias 'Li'; "Hong
 # Kong's" / 'Hong Kong' (five times), 'East Asia', 'Kowloon' ("Hong Kong's Kowloon district"), "Singapore's" /
 # 'Singapore' (three times), "India's" / 'India' (three times), 'Bombay' ('Bombay-based'), 'U.S.' (twice) and 'the
 # United States' (one entity), 'Germany' -> Location ('Chinese', 'the country' not named: nothing; 'the latest
 # government land auction', 'Chinese state media' unnamed: nothing)
 entities=[E("Company", CK, "Cheung Kong"), E("Person", "Victor Li", "Li"), E("Company", "Temasek Holdings", "Temasek"),
           E("Company", PAT, "Patni"), E("Company", "Cymbal Corporation"), E("Company", "Infosys"),
           E("Location", "United States", "U.S.")]
          + locs("Hong Kong", "East Asia", "Kowloon", "Singapore", "India", "Bombay", "Germany"),
 # "Victor Li, Cheung Kong's deputy chairman" -> executive (deputy chairman, as GUIDELINES.md's vice chairman and
 # batch 14's 'deputy chairman -> executive'). 'Analysts' unnamed: nothing
 roles=[R("Victor Li", "executive", CK)],
 # 'Bombay-based Patni Computer Systems will acquire the U.S. company Cymbal Corporation. The $68 million purchase'
 # -> acquired (agreed, not completed: no parentOrganization). Temasek's 'sale of its stake in three Singapore
 # companies' (unnamed): nothing; Cheung Kong's land purchase: an asset, nothing
 relations=[L(PAT, "acquired", "Cymbal Corporation")],
 outages=[],
 # 'in 1997' -> '1997'; 'since it was set up 30 years ago' -> '30 years ago' 1974; 'For the year ending in March' ->
 # 'March' 2004-03 (the month the fiscal year ended; doubtful, a fiscal year-end); 'in the same period last year' ->
 # 'last year' 2003 (resolved against `published`, as batch 38m's Mazda 'last year'; doubtful: the fiscal year before
 # ran April 2002 - March 2003); 'in the three months to September' -> 'the three months to September' 2004-Q3 (a
 # calendar quarter). Left out: "last week's" (a week), 'the previous quarter', 'the third year in a row', 'years in a
 # slump' (vague)
 dates=[D("1997", "1997"), D("30 years ago", "1974"), D("March", "2004-03"), D("last year", "2003"),
        D("the three months to September", "2004-Q3")])

# ---- Hong Kong: the blocked sale of Richard Li's PCCW stake; Japan's output; Volkswagen in India (2006-12-04) --------
A["voa-pccw-stake-sale-blocked-li-ka-shing-richard-li-2006"] = dict(
 # "VOA's" -> Company 'VOA' (a news organisation) and 'Claudia Blume' Person (a reporter: no role); 'Li Ka-shing'
 # (three times) -> Person; 'Richard Li' (twice) / 'Li' ('Li then agreed', 'the younger Li') / "Richard's" ->
 # Person 'Richard Li', aliases 'Li', 'Richard'; 'Francis Leung' / "Leung's" -> Person; 'PCCW' (three times),
 # 'Pacific Century Regional Developments', 'Volkswagen' -> Company; 'the Bank of Japan' (twice) -> Organization
 # (the central bank); 'the N.L.I. research institute' -> Organization 'N.L.I.' (a research institute; doubtful:
 # name and type); 'Koichi Haji' / 'Haji' -> Person; "Asia's" / 'Asia', "Hong Kong's" / 'Hong Kong' (five times),
 # 'Singapore' ('Singapore-based'), 'Beijing', "Japan's" / 'Japan', 'Tokyo', 'India' -> Location ('German' an
 # adjective: nothing)
 entities=[E("Company", "VOA"), E("Person", "Claudia Blume"), E("Person", "Li Ka-shing"),
           E("Person", "Richard Li", "Li", "Richard"), E("Person", "Francis Leung", "Leung"), E("Company", "PCCW"),
           E("Company", "Pacific Century Regional Developments"), E("Organization", "Bank of Japan"),
           E("Organization", "N.L.I."), E("Person", "Koichi Haji", "Haji"), E("Company", "Volkswagen")]
          + locs("Asia", "Hong Kong", "Singapore", "Beijing", "Japan", "Tokyo", "India"),
 # 'PCCW chairman Richard Li' -> chairman (current: he sought to sell his stake, the text does not say he left);
 # 'Koichi Haji, chief economist at the N.L.I. research institute in Tokyo' speaking on interest rates -> analyst
 # (GUIDELINES.md: an economist speaking about markets). 'Hong Kong financier Francis Leung' and 'Hong Kong tycoon Li
 # Ka-shing' name no organisation: nothing
 roles=[R("Richard Li", "chairman", "PCCW"), R("Koichi Haji", "analyst", "N.L.I.")],
 # Li Ka-shing's attempt 'to buy a 23 percent stake in ... PCCW' was blocked (a minority stake, a blocked deal:
 # nothing); 'Li then agreed to sell his stake to an investor group led by ... Francis Leung' (an unnamed group, a
 # stake, voted down): nothing; the holder of the stake is not said to be Pacific Century Regional Developments in so
 # many words (its minority shareholders voted): nothing
 relations=[],
 outages=[],
 # 'began talks with foreign investors in June' -> 'June' 2006-06; 'in October, compared with September' ->
 # 'October' 2006-10, 'September' 2006-09; 'as early as this month' -> 'this month' 2006-12; 'wait until next month'
 # -> 'next month' 2007-01. Left out: 'soon' (vague)
 dates=[D("June", "2006-06"), D("October", "2006-10"), D("September", "2006-09"), D("this month", "2006-12"),
        D("next month", "2007-01")])

# ---- India/Middle East: TCS and Wipro results, Kingdom Hotel Investments, Orascom-Sangwon (published 2007-07-23) -----
TCS, KHI, OCI = "Tata Consultancy Services", "Kingdom Hotel Investments", "Orascom Construction Industries"
A["voa-tcs-wipro-profits-kingdom-hotel-orascom-sangwon-2007"] = dict(
 # "VOA's" -> Company 'VOA' and 'Chen Li' Person (a reporter: no role); 'Tata Consultancy Services' / 'TCS' (twice),
 # 'Wipro' / "Wipro's", 'Kingdom Hotel Investments' (twice), "Singapore's Raffles Holdings" / 'Raffles' ('managed by
 # Raffles'), 'Orascom Construction Industries', 'Sangwon Cement' -> Company; 'S. Ramadorai', 'Azim Premji', 'Al
 # Waleed Bin Talal' -> Person; 'the Raffles Hotel Le Royal Phnom Penh', 'the Raffles Grand Hotel d'Angkor Siem Reap'
 # -> Location (named facilities; the cities inside the hotels' names not annotated on their own); 'Hong Kong',
 # 'Asia' (twice, 'Asian' an adjective), "India's", 'the United States' / 'U.S.' ('the U.S. dollar'; one entity),
 # "Singapore's", 'China', 'Egypt', "North Korea's" -> Location ('Indian', 'Middle Eastern', 'Saudi', 'Cambodian'
 # adjectives: nothing)
 entities=[E("Company", "VOA"), E("Person", "Chen Li"), E("Company", TCS, "TCS"), E("Person", "S. Ramadorai"),
           E("Company", "Wipro"), E("Person", "Azim Premji"), E("Company", KHI),
           E("Company", "Raffles Holdings", "Raffles"), E("Location", "Raffles Hotel Le Royal Phnom Penh"),
           E("Location", "Raffles Grand Hotel d'Angkor Siem Reap"), E("Person", "Al Waleed Bin Talal"),
           E("Company", OCI), E("Company", "Sangwon Cement"), E("Location", "United States", "U.S.")]
          + locs("Hong Kong", "Asia", "India", "Singapore", "China", "Egypt", "North Korea"),
 # 'S. Ramadorai is chief executive officer of ... Tata Consultancy Services' -> ceo; 'Azim Premji, Wipro's
 # chairman' -> chairman. Kingdom Hotel Investments 'is controlled by the Saudi Prince Al Waleed Bin Talal': a
 # controlling owner, no title at the company: nothing
 roles=[R("S. Ramadorai", "ceo", TCS), R("Azim Premji", "chairman", "Wipro")],
 # Kingdom Hotel Investments 'bought two Cambodian hotels ... from Singapore's Raffles Holdings' (assets, not a
 # company) and the hotels 'will continue to be managed by Raffles' (the hotels are facilities): nothing. Orascom
 # 'will acquire a 50 percent stake in North Korea's Sangwon Cement': half, not control, and no stated joint venture
 # or partnership: nothing (doubtful: a second annotator may read a 50% holding as acquired or partner)
 relations=[],
 outages=[],
 # 'from April to June this year' -> 'April' 2007-04, 'June' 2007-06 (also 'the quarter ending in June'), 'this year'
 # 2007; 'over the same period last year' -> 'last year' 2006. Left out: 'the quarter' (the April-June quarter named
 # no further: the fiscal first quarter of both companies; skipped), 'the quarters and years ahead'
 dates=[D("April", "2007-04"), D("June", "2007-06"), D("this year", "2007"), D("last year", "2006")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 39j gold annotations (the texts of batch39j.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-hong-kong-infrastructure-tsang-mingsheng-ucbh-stake-2007 -> test,
voa-sony-profit-forecast-cfo-oneda-honda-profit-2007 -> train. Relative dates resolve against each story's
`published` (from its address): 2007-02-05 (a Monday), 2007-10-15 (a Monday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m, 38w, 38x, 38z, 38zc and 39d): 'chief
financial officer' -> cfo; "Hong Kong's chief executive" -> governor of Hong Kong (the territory's head of government,
as the batch of CY Leung's text recorded in GATHERING.md; doubtful); a planned minority stake ('to buy a 9.9 percent
stake in') -> nothing (as batch 38zc's KPN and 39d's ICBC stakes); a game console -> Service with its maker as
provider; films (a James Bond movie) are no entities (as TV shows, batches 25a and 28e); "VOA's" -> Company 'VOA' and
the reporter a Person with no role (as batches 38w, 38x, 38z and 39d); fiscal quarters and years ('this fiscal year's',
'the third quarter' of a March fiscal year, 'a year earlier' against one) -> skipped; a season -> the year ('the
Christmas season' -> 2006, as batch 21's 'Last holiday season'). No outage is told in either text.
usage: batch39j_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather40j/pool /tmp/gather40j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Sony's forecast and its CFO Nobuyuki Oneda, Honda's profit (published 2007-02-05) ------------------------------
SONY = "Sony Corporation"
A["voa-sony-profit-forecast-cfo-oneda-honda-profit-2007"] = dict(
 # "Japan's Sony Corporation" / "Sony's" (twice) -> Company, alias 'Sony' ('The electronics and entertainment
 # company', 'the company's': no aliases); 'Japan' -> Location ('Japanese' adjective: nothing); the company's
 # 'Playstation 3 Video game console' -> Service 'Playstation 3' (a device users buy); 'Nobuyuki Oneda' / 'Oneda' ->
 # Person; 'carmaker Honda' / "Honda's cars" -> Company 'Honda'; 'Europe', 'North America' -> Location ('other Asian
 # countries': an adjective, nothing). Left out: 'Casino Royale' and 'James Bond' (a film and its character: no
 # entities, as TV shows), Sony's 'movie division', 'electronics business' and 'game segment' (unnamed units),
 # 'flat-screen TVs', 'digital cameras', 'DVD' (generic products)
 entities=[E("Company", SONY, "Sony"), E("Person", "Nobuyuki Oneda", "Oneda"), E("Service", "Playstation 3"),
           E("Company", "Honda")]
          + locs("Japan", "Europe", "North America"),
 # "Nobuyuki Oneda is Sony's chief financial officer" -> cfo of Sony Corporation
 roles=[R("Nobuyuki Oneda", "cfo", SONY)],
 # "the launch of the company's Playstation 3 Video game console" (the company: Sony) -> provider
 relations=[L("Playstation 3", "provider", SONY)],
 outages=[],
 # 'during the Christmas season' (the season before February 2007) -> 2006 (a season -> the year). Left out: "this
 # fiscal year's" (Sony's fiscal year, not a calendar year), 'in the third quarter' and 'Third-quarter' (fiscal
 # quarters: skipped, GUIDELINES.md), 'the same period a year earlier' (against a fiscal quarter: skipped)
 dates=[D("the Christmas season", "2006")])

# ---- Tsang's infrastructure plan, the EU's textile quotas, Mingsheng's UCBH stake (published 2007-10-15) ----------
MS, UCBH = "Mingsheng Banking Corporation", "UCBH Holdings"
A["voa-hong-kong-infrastructure-tsang-mingsheng-ucbh-stake-2007"] = dict(
 # 'Hong Kong' (seven times, "Hong Kong's" included) -> Location; 'the European Union' / 'the EU' (twice) ->
 # Organization, alias 'EU' ('the European market': an adjective, nothing); "VOA's Asia News Center" -> Company 'VOA'
 # (the bureau, a part of VOA, is not annotated, as batches 38w and 38z); 'Claudia Blume' -> Person (a reporter: no
 # role); "Hong Kong's chief executive, Donald Tsang" / 'Tsang' -> Person, alias 'Tsang'; 'Macau', 'Zhuhai',
 # 'Shenzhen', 'Guangzhou' -> Location; 'China' (three times, "China's" included; 'Chinese' adjectives: nothing) ->
 # Location; "China's Mingsheng Banking Corporation" / "Mingsheng's" -> Company, alias 'Mingsheng' (spelt as in the
 # text); 'U.S. bank UCBH Holdings' / 'San Francisco-based UCBH Holdings' -> Company; 'the United States' / 'U.S.'
 # (twice, as adjectives of the bank and a lender) -> Location, alias 'U.S.'; 'San Francisco' (in 'San
 # Francisco-based') -> Location
 entities=[E("Organization", "European Union", "EU"), E("Company", "VOA"), E("Person", "Claudia Blume"),
           E("Person", "Donald Tsang", "Tsang"), E("Company", MS, "Mingsheng"), E("Company", UCBH)]
          + locs("Hong Kong", "Macau", "Zhuhai", "Shenzhen", "Guangzhou", "China")
          + [E("Location", "United States", "U.S."), E("Location", "San Francisco")],
 # "Hong Kong's chief executive, Donald Tsang" -> governor of Hong Kong (the territory's head of government; doubtful:
 # a reader may give head). Claudia Blume (reporter): no role
 roles=[R("Donald Tsang", "governor", "Hong Kong")],
 # 'says it will spend up to $317 million to buy a 9.9 percent stake in U.S. bank UCBH Holdings' (a planned minority
 # stake; 'Both banks have agreed that Mingsheng's stake can later be increased to 20 percent'; 'the first strategic
 # investment') -> nothing (as batch 38zc's KPN and 39d's ICBC stakes; doubtful: a reader may give partner from the
 # banks' agreement and 'strategic investment')
 relations=[],
 outages=[],
 # 'not to extend quotas on textile imports from China next year' -> 'next year' 2008; 'in 2005' -> '2005'; 'due to
 # expire at the end of this year' -> 'the end of this year' 2007 (the end of a year -> the year). Left out: 'for the
 # next five years' (a span)
 dates=[D("next year", "2008"), D("2005", "2005"), D("the end of this year", "2007")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 38zd gold annotations (the text of batch38zd.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-nippon-shokuhin-beef-scandal-takebe-iij-poweredcom-2002 -> test. Relative dates resolve
against the story's `published` (from its heading's date and its address): 2002-07-19 (a Friday).
Conventions (GUIDELINES.md part 2; the VOA lane of batches 38m/38o/38p/38q/38r/38t/38v/38y/38za/38zb): 'Agricultural
Minister' -> minister of Japan (as 'Labor Minister' in batch 38za); a ministry and the central bank -> Organization;
'Tokyo' used for the government -> Location (as batch 38t/38zb); two companies that 'may join forces' and 'will
announce concrete plans' -> nothing (an intention, GUIDELINES.md: offers, talks, intentions -> nothing).
usage: batch38zd_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39zd/pool /tmp/gather39zd/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10


A = {}

# ---- Japan: Nippon Shokuhin's beef scandal, IIJ and PoweredCom may join forces (published 2002-07-19) ---------------
A["voa-nippon-shokuhin-beef-scandal-takebe-iij-poweredcom-2002"] = dict(
 # 'In Japan', 'southern Japan' -> Location 'Japan' ('Japanese' adjectives not names); 'Nippon Shokuhin' (twice) ->
 # Company; 'The Agriculture Ministry' -> Organization 'Agriculture Ministry' ('his ministry' generic); 'Tokyo
 # introduced a beef buyback program' -> Location 'Tokyo' (the government by its capital; doubtful, as batch 38zb);
 # 'Agricultural Minister Tsutomu Takebe' -> Person; 'Snow Brand Foods' -> Company (so named here); 'mostly in
 # Europe' -> Location; 'Internet Initiative Japan' -> Company (an Internet service provider); 'PoweredCom' ->
 # Company (a data communications company); 'The Bank of Japan' / 'the central bank' -> Organization 'Bank of
 # Japan'. 'a leading Internet access provider' (the introduction's description of IIJ, no alias), 'the
 # government', 'Police' generic
 entities=[E("Location", "Japan"), E("Company", "Nippon Shokuhin"), E("Organization", "Agriculture Ministry"),
           E("Location", "Tokyo"), E("Person", "Tsutomu Takebe"), E("Company", "Snow Brand Foods"),
           E("Location", "Europe"), E("Company", "Internet Initiative Japan"), E("Company", "PoweredCom"),
           E("Organization", "Bank of Japan")],
 # 'Agricultural Minister Tsutomu Takebe' -> minister of Japan ('his ministry' is the Agriculture Ministry; the
 # corpus gives a country's ministers the country as org, as batch 38za's 'Labor Minister'; a reader may give
 # minister of Agriculture Ministry). The two accused executives are unnamed: no role
 roles=[R("Tsutomu Takebe", "minister", "Japan")],
 # None: 'Internet Initiative Japan ... and PoweredCom ... may join forces' / 'considers a joint venture' / 'will
 # announce concrete plans by the end of this year' is an intention, not a stated partnership (GUIDELINES.md);
 # the Agriculture Ministry's complaints against Nippon Shokuhin's executives are no company relation
 relations=[],
 outages=[],
 # 'an outbreak of mad cow disease last year' -> 'last year' 2001; 'filed for bankruptcy court protection earlier
 # this month' -> 'earlier this month' 2002-07; 'police arrested five company officials in May' -> 'May' 2002-05;
 # 'will announce concrete plans by the end of this year' -> 'the end of this year' 2002 (GUIDELINES.md: 'the end of
 # last year' -> the year). Left out: 'this week' (skip, GUIDELINES.md), 'the fifth consecutive month' (a count)
 dates=[D("last year", "2001"), D("earlier this month", "2002-07"), D("May", "2002-05"),
        D("the end of this year", "2002")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

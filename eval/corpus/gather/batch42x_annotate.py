#!/usr/bin/env python3
"""Batch 42x gold annotations (the texts of batch42x.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-yukos-court-declares-bankrupt-liquidation-2006 -> test,
voa-yukos-yuganskneftegaz-auction-baikal-finance-group-2004 -> train. Relative dates resolve against each story's
`published`: 2006-08-01 (a Tuesday, from the address), 2004-12-20 (a Monday, from the address).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e, 40i, 41f, 41l, 41r, 42c,
42f, 42i and 42l): oil and gas companies, a state monopoly among them, -> Company; a subsidiary named as 'X's main
oil-production subsidiary, Y' -> parentOrganization(Y, X); a winning auction bid with payment still due -> `acquired`
only (GUIDELINES: agreed, not completed; doubtful); 'the Kremlin' -> Organization (as train
wn-aeroflot-negotiates-purchase-22-new-boeing-2007 and batch 41's cyber lane); 'President Vladimir Putin' -> president
with the country as org (Russia named on its own); 'former Yukos director' -> director, current false; 'chief
stockholder' -> no role (no title); unnamed courts, 'the Russian government', 'Russia's tax service', 'a
government-appointed administrator' -> not annotated; 'U.S.' in adjectival use -> Location (as batch 38's VOA items);
'last week' -> no date item (batch 42l; the corpus's train files hold none); a court's liquidation ruling and a forced
sale -> no outage.
usage: batch42x_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather43x/pool /tmp/gather43x/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L, locs
import batch10_annotate as b10

A = {}

# ---- A Moscow court declares Yukos bankrupt (published 2006-08-01, a Tuesday) ---------------------------------------
A["voa-yukos-court-declares-bankrupt-liquidation-2006"] = dict(
 # 'Yukos' (eleven times, 'Yukos' lawyers', 'Yukos director') -> Company (no fuller name here); 'Rosneft' ('one of
 # Russia's largest entities, Rosneft') -> Company; 'Mikhail Khodorkovsky' / 'Khodorkovsky' -> Person; 'Moscow'
 # ('A bankruptcy court in Moscow', 'The Moscow court'), 'Russia' (five times) -> Location. Left out: the unnamed
 # court, 'Russia's tax service' (lower case, no name), 'A government-appointed administrator' (not named), 'Yukos'
 # primary oil pumping unit' (not named here), 'Siberian' (adjective), 'opposition parties'
 entities=[E("Company", "Yukos"), E("Company", "Rosneft"),
           E("Person", "Mikhail Khodorkovsky", "Khodorkovsky")]
          + locs("Russia", "Moscow"),
 # 'former Yukos director Mikhail Khodorkovsky' -> director of Yukos, current false. 'the oil firm's current
 # directors', 'current Yukos directors' are not named: no role
 roles=[R("Mikhail Khodorkovsky", "director", "Yukos", False)],
 # No relation: 'the government auctioned off Yukos' primary oil pumping unit ... to ... Rosneft' names no unit (an
 # asset sale by the state, not a company's purchase of a named company; GUIDELINES: asset purchases -> nothing)
 relations=[],
 # No outage: a court's liquidation ruling is a business failure (GUIDELINES)
 outages=[],
 # 'last year' ('started the process of dismembering Yukos last year') -> 2005 (resolved against published, as the
 # corpus does, though the dismembering began in 2004 by other accounts; doubtful). Left out: 'last week' (twice),
 # 'a nearly three-year battle', 'an eight-year sentence', '42' (an age)
 dates=[D("last year", "2005")])

# ---- Yukos's main unit sold at auction to an unknown bidder (published 2004-12-20, a Monday) ----------------------
A["voa-yukos-yuganskneftegaz-auction-baikal-finance-group-2004"] = dict(
 # 'Yukos' ('the giant Yukos oil company', 'Yukos' taxes', 'Yukos executives') -> Company; 'Gazprom' ('the
 # state-controlled natural gas monopoly Gazprom') -> Company; 'Baikal Finance Group' (twice, once possessive) ->
 # Company; 'Yuganskneftegaz' -> Company (a subsidiary); 'Kremlin' ('a Kremlin campaign') -> Organization; 'Vladimir
 # Putin', 'Mikhail Khodorkovsky' -> Person (each named once in full); 'Russia', 'Moscow', 'U.S.' ('a U.S. court') ->
 # Location. Left out: 'Western banks', 'the Russian government', 'a U.S. court' (unnamed), 'the Russian energy
 # industry'
 entities=[E("Company", "Yukos"), E("Company", "Gazprom"), E("Company", "Baikal Finance Group"),
           E("Company", "Yuganskneftegaz"), E("Organization", "Kremlin"),
           E("Person", "Vladimir Putin"), E("Person", "Mikhail Khodorkovsky")]
          + locs("Russia", "Moscow", "U.S."),
 # 'President Vladimir Putin's government' (in a story set in Russia; 'Russia' named on its own) -> president of
 # Russia. Khodorkovsky, 'the company's chief stockholder' -> no role (a holding, not a post; doubtful: a reader may
 # give 'other')
 roles=[R("Vladimir Putin", "president", "Russia")],
 # 'Yukos' main oil-production subsidiary, Yuganskneftegaz' -> parentOrganization(Yuganskneftegaz, Yukos);
 # 'Russia has sold the largest asset of the giant Yukos oil company to a mystery corporation', 'Baikal Finance Group
 # ... bid more than $9 billion for ... Yuganskneftegaz', 'It must come up with full payment in two weeks' -> a sale
 # agreed at auction, not completed: acquired(Baikal Finance Group, Yuganskneftegaz) only, no parentOrganization
 # (GUIDELINES: agreed but not yet completed; doubtful: a reader may call it a bid, nothing, or an asset sale).
 # Gazprom: 'was expected to bid', a front 'could be' -> nothing
 relations=[L("Yuganskneftegaz", "parentOrganization", "Yukos"),
            L("Baikal Finance Group", "acquired", "Yuganskneftegaz")],
 outages=[],
 # 'Sunday' ('at an auction in Moscow Sunday') -> 2004-12-19. Left out: 'in two weeks' (a span from an unstated day)
 dates=[D("Sunday", "2004-12-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

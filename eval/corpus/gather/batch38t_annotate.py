#!/usr/bin/env python3
"""Batch 38t gold annotations (the texts of batch38t.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-hankyu-hanshin-takeover-bid-murakami-fund-toyota-recall-2006 -> test,
voa-mizuho-bank-wachovia-wells-fargo-tie-up-us-beef-2005 -> train,
voa-sanyo-haier-tie-up-fast-retailing-yanai-merrill-lynch-2002 -> dev,
voa-tokyo-motor-show-mitsubishi-fuso-rakuten-golden-eagles-2004 -> train. Relative dates resolve against each
story's `published` (from its address): 2002-01-14 (a Monday), 2004-11-05, 2005-04-22, 2006-06-02 (Fridays).
Conventions (GUIDELINES.md part 2; the company lanes of batches 37e/37m/37u and 38m/38o/38p/38q/38r): 'president' /
'Company President' -> president; 'has formed a broad business tie-up with', 'its comprehensive retail banking tie-up
with' -> partner (direction as written); a brand or car model of a named maker ('its popular Uniqlo brand', "Toyota's
Corolla", 'the well-known Prius hybrid car' of a recalling maker) -> Service + provider; a team a named company is
given and 'will base' -> parentOrganization(team, company) (doubtful); a takeover bid not yet taken up, a fund's 47
percent stake, branches and staff taken over from a collapsed firm (assets) and an unnamed unit -> nothing; an
ambassador -> no role (none of the titles); a reporter named in a teaser -> Person, no role; ministries and a dealers'
association -> Organization; a sports team -> Organization; VOA -> Company (a news organisation).
usage: batch38t_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39t/pool /tmp/gather39t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Japan: Sanyo-Haier, Fast Retailing, Merrill Lynch's unit, Corolla (published 2002-01-14, a Monday) ------------
A["voa-sanyo-haier-tie-up-fast-retailing-yanai-merrill-lynch-2002"] = dict(
 # 'Sanyo Electric' / 'Sanyo', 'the Haier Group', 'Fast Retailing' (twice, "Fast Retailing's"), 'U.S. investment
 # bank, Merrill Lynch' (twice), 'the collapsed Yamaichi Securities', 'Toyota' (three times, "Toyota's") -> Company;
 # 'its popular Uniqlo brand', "Toyota's Corolla" -> Service; 'Tadashi Yanai' / 'Mr. Yanai' -> Person; 'The Japan
 # Automobile Dealers Association' -> Organization (a trade association, as batch 38q's); "Japan's" / 'Japan',
 # 'China', 'U.S.' (adjectival, as batches 38m/38r) -> Location ('Japanese', 'Chinese' adjectives). "Japan's
 # third-biggest consumer electronics maker" (the teaser's Sanyo) and 'The Japanese unit' (unnamed) -> no alias
 entities=[E("Location", "Japan"), E("Company", "Sanyo Electric", "Sanyo"), E("Company", "Haier Group"),
           E("Location", "China"), E("Company", "Fast Retailing"), E("Service", "Uniqlo"),
           E("Person", "Tadashi Yanai", "Yanai"), E("Location", "U.S."), E("Company", "Merrill Lynch"),
           E("Company", "Yamaichi Securities"), E("Company", "Toyota"),
           E("Organization", "Japan Automobile Dealers Association"), E("Service", "Corolla")],
 # "Fast Retailing's president, Tadashi Yanai" -> president of Fast Retailing
 roles=[R("Tadashi Yanai", "president", "Fast Retailing")],
 # 'Sanyo Electric says it has formed a broad business tie-up with the Haier Group ... the two firms will market
 # their products in each other's countries and cooperate in production' -> partner(Sanyo Electric, Haier Group).
 # 'Fast Retailing ... known for its popular Uniqlo brand' -> provider(Uniqlo, Fast Retailing); "Toyota's Corolla"
 # -> provider(Corolla, Toyota). 'The Japanese unit of U.S. investment bank, Merrill Lynch' is unnamed -> nothing;
 # 'Merrill Lynch had taken over some branches and more than 2,000 employees from the collapsed Yamaichi Securities':
 # branches and staff (assets), not the company -> nothing (doubtful: a reader may read a takeover)
 relations=[L("Sanyo Electric", "partner", "Haier Group"), L("Uniqlo", "provider", "Fast Retailing"),
            L("Corolla", "provider", "Toyota")],
 outages=[],
 # 'later this year' -> 2002; 'in 1998' -> '1998'; 'in 2001' -> '2001'. Left out: 'a year' (a rate), 'the 33rd year
 # in a row' (a count)
 dates=[D("later this year", "2002"), D("1998", "1998"), D("2001", "2001")])

# ---- Japan: Tokyo Motor Show, Mitsubishi Fuso, Japan-Malaysia talks, Rakuten (published 2004-11-05, a Friday) -------
A["voa-tokyo-motor-show-mitsubishi-fuso-rakuten-golden-eagles-2004"] = dict(
 # "VOA's Steve Herman" -> VOA (Company, a news organisation) and Steve Herman (Person, a reporter: no role);
 # 'Scandal-plagued Mitsubishi Fuso Truck and Bus' -> Company ('An embattled Japanese truck maker', 'The company',
 # 'the truck maker' generic); 'Company President Wilfried Porth' / 'Mr. Porth' -> Person; 'Rakuten' -> Company; 'the
 # Golden Eagles' -> Organization (a sports team, GUIDELINES.md); 'Tokyo' (three times), "Japan's" / 'Japan', 'the
 # United States', 'Europe', 'Malaysia' (twice), 'the Tohoku region' ('Tohoku') -> Location. 'the annual Tokyo Motor
 # Show' an event: nothing; 'the operator of an Internet shopping service' (Rakuten, the service unnamed): no Service
 entities=[E("Location", "Tokyo"), E("Location", "Japan"), E("Company", "VOA"), E("Person", "Steve Herman"),
           E("Location", "United States"), E("Location", "Europe"), E("Company", "Mitsubishi Fuso Truck and Bus"),
           E("Person", "Wilfried Porth", "Porth"), E("Location", "Malaysia"), E("Company", "Rakuten"),
           E("Organization", "Golden Eagles"), E("Location", "Tohoku")],
 # 'Company President Wilfried Porth' (the company: Mitsubishi Fuso Truck and Bus, named in the sentences before) ->
 # president of Mitsubishi Fuso Truck and Bus
 roles=[R("Wilfried Porth", "president", "Mitsubishi Fuso Truck and Bus")],
 # 'Owners of existing clubs have agreed to award a new team to the operator of an Internet shopping service. Rakuten
 # says it will base the Golden Eagles in the Tohoku region' -> parentOrganization(Golden Eagles, Rakuten) (the team
 # awarded to Rakuten, its owner; doubtful: the text does not say 'owns'). The trade talks: nothing
 relations=[L("Golden Eagles", "parentOrganization", "Rakuten")],
 outages=[],
 # 'this year' -> 2004; 'Thursday' -> 2004-11-04 (the Thursday before the Friday of publication); 'by the end of the
 # year' -> 'the end of the year' 2004 (the year, GUIDELINES.md). Left out: 'more than 50 years', 'for years', 'half a
 # century' (spans), 'this week's' (a week: skip)
 dates=[D("this year", "2004"), D("Thursday", "2004-11-04"), D("the end of the year", "2004")])

# ---- Japan: trade surplus, US beef, Mizuho Bank's tie-up with Wachovia and Wells Fargo (published 2005-04-22) -------
A["voa-mizuho-bank-wachovia-wells-fargo-tie-up-us-beef-2005"] = dict(
 # "Japan's Finance Ministry" -> Organization 'Finance Ministry'; 'U.S. Ambassador Thomas Schieffer' -> Person; 'Mizuho
 # Bank', 'Wachovia', 'Wells Fargo' -> Company; "Japan's" / 'Japan', 'Asia' ('the rest of Asia'), 'the United States'
 # / 'U.S.' (adjectival, twice), 'Tokyo' (the government by metonymy, a place name, as batch 38r's 'Washington') ->
 # Location ('American', 'Americans', 'Japanese' adjectives and demonyms). 'the ministry' generic
 entities=[E("Location", "Japan"), E("Organization", "Finance Ministry"), E("Location", "Asia"),
           E("Location", "United States", "U.S."), E("Location", "Tokyo"), E("Person", "Thomas Schieffer"),
           E("Company", "Mizuho Bank"), E("Company", "Wachovia"), E("Company", "Wells Fargo")],
 # 'U.S. Ambassador Thomas Schieffer': an ambassador is none of the role titles -> no role (as the corpus does;
 # doubtful: other)
 roles=[],
 # 'a major bank in the country is forming a full-scale tie-up with foreign financial institutions. Media reports say
 # Mizuho Bank next week will unveil details of its comprehensive retail banking tie-up with Wachovia and Wells
 # Fargo', 'The alliance' -> partner(Mizuho Bank, Wachovia) and partner(Mizuho Bank, Wells Fargo) (the tie-up stated
 # as being formed; doubtful: its details still to come, told through media reports). Wachovia and Wells Fargo with
 # each other: nothing (only ranked together)
 relations=[L("Mizuho Bank", "partner", "Wachovia"), L("Mizuho Bank", "partner", "Wells Fargo")],
 outages=[],
 # 'For the year that ended March 31' -> 'March 31' 2005-03-31 (the last March 31 before publication); 'in December
 # 2003' -> 'December 2003' 2003-12. Left out: 'fiscal 2004' (a fiscal year: skip), 'the previous year', 'the third
 # straight annual increase' (comparisons and counts), 'next week' (a week: skip, twice), '16-month' (a span), 'the
 # early 1990's' (a decade: no ISO value), 'the past decade' (a span), 'every day'
 dates=[D("March 31", "2005-03-31"), D("December 2003", "2003-12")])

# ---- Japan: production, Hankyu's bid for Hanshin, the Murakami fund, Toyota's recall (published 2006-06-02) --------
A["voa-hankyu-hanshin-takeover-bid-murakami-fund-toyota-recall-2006"] = dict(
 # 'Hankyu Incorporated, a major Japanese railway' / 'Hankyu' (four times) / 'Hankyu Holding' ('Kazuo Sumi, president
 # of Hankyu Holding, says ... our takeover bid'): one entity, the bidder (doubtful: a reader may split the holding
 # company from the railway, as batch 38q's U.F.J. Holdings); 'Hanshin Electric Railways Company' / 'Hanshin' (three
 # times); 'the Murakami Investment Fund' / 'the Murakami Fund'; 'Hankyu Hanshin Holdings' (the new company's name);
 # 'Toyota Motor' -> Company; 'the well-known Prius hybrid car' -> Service; 'Kazuo Sumi' -> Person; 'Japan' /
 # "Japan's", 'North America', 'the United States' -> Location ('Asian', 'Japanese' adjectives)
 entities=[E("Location", "Japan"), E("Location", "North America"),
           E("Company", "Hankyu Incorporated", "Hankyu", "Hankyu Holding"),
           E("Company", "Hanshin Electric Railways Company", "Hanshin"), E("Person", "Kazuo Sumi"),
           E("Company", "Murakami Investment Fund", "Murakami Fund"), E("Company", "Hankyu Hanshin Holdings"),
           E("Company", "Toyota Motor"), E("Service", "Prius"), E("Location", "United States")],
 # 'Kazuo Sumi, president of Hankyu Holding' -> president of Hankyu Incorporated (the merged entity)
 roles=[R("Kazuo Sumi", "president", "Hankyu Incorporated")],
 # Hankyu 'is poised to take over' Hanshin, 'our takeover bid', 'The offer will be good until June 19', 'If Hankyu
 # fails to buy the target 45 percent of shares': a bid not yet taken up -> nothing (no acquired). 'the Murakami
 # Investment Fund, which holds a 47 percent stake in Hanshin': a minority stake -> nothing. 'The new company will be
 # called Hankyu Hanshin Holdings': a planned company -> nothing. 'More than 10 models ..., including the well-known
 # Prius hybrid car, will be recalled' (Toyota Motor's recall) -> provider(Prius, Toyota Motor)
 relations=[L("Prius", "provider", "Toyota Motor")],
 outages=[],
 # 'in April' (three times) -> 'April' 2006-04; 'over March' -> 'March' 2006-03; 'from last year' -> 'last year'
 # 2005; 'until June 19' -> 'June 19' 2006-06-19; 'between September 2002 and November 2005' -> 'September 2002'
 # 2002-09 and 'November 2005' 2005-11. Left out: 'the second month in a row', 'the third straight month' (counts),
 # 'a seven-year low' (a span), 'this week' (skip)
 dates=[D("April", "2006-04"), D("March", "2006-03"), D("last year", "2005"), D("June 19", "2006-06-19"),
        D("September 2002", "2002-09"), D("November 2005", "2005-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

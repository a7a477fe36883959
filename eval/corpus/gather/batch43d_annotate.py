#!/usr/bin/env python3
"""Batch 43d gold annotations (the texts of batch43d.py: the SEC's press release 2018-220 of 28 September 2018 on
Walgreens Boots Alliance Inc., its former CEO Gregory Wasson and former CFO Wade Miquelon, Walgreen Co.'s 2012 merger
with Alliance Boots GmbH, with Stephanie Avakian, Co-Director of the SEC's Division of Enforcement; the SEC's
Litigation Release No. 25700 of 25 April 2023 on Jeffrey Hastings, former CEO of SAExploration Holdings, Inc., and his
co-defendant Brent Whiteley), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y and 43a for SEC
releases): the SEC -> Organization (name the fullest form the text writes: 'SEC' alone where the text never writes
it out); 'CEO' -> ceo, 'CFO' -> cfo; 'former' and 'while he was CEO' -> current false (40zm, 42e, 43a); 'Co-Director
of the SEC's Division of Enforcement' -> director of the Division, the Division parentOrganization the SEC (18a's and
42y's co-director, 40zm, 43a); a company named as a merger's party with no buyer named ('entered into a merger with',
'a two-step merger with') -> no relation (GUIDELINES: a merger where the text does not say who buys whom; batches
20a, 38zc); a court -> Organization (batches 29e, 40p); a place named inside '<place>-based' -> Location (42j, 42y,
43a), 'Alaskan' an adjective; an unnamed company, co-defendant or distributor -> nothing; fiscal years ('the 2016
fiscal year', 'fiscal 2016', 'its 2016 projection') -> no date (GUIDELINES' fiscal rule, as 38z and 41b).
usage: batch43d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
WBA = "Walgreens Boots Alliance Inc."
SAE = "SAExploration Holdings, Inc."
A = {}

# ---- Walgreens, Wasson and Miquelon, published 2018-09-28 (a Friday) ------------------------------------------------
A["us-sec-walgreens-former-ceo-wasson-cfo-miquelon-alliance-boots-merger-goal-2018"] = dict(
 # The SEC (written out once; 'the SEC's enforcement action', 'the SEC's order', 'the SEC's Division of
 # Enforcement'); Walgreens Boots Alliance Inc. ('Walgreens' throughout, 'Walgreens'' possessive twice, 'senior
 # Walgreens executives'; the company charged and paying the penalty); Gregory Wasson ('Wasson'); Wade Miquelon
 # ('Miquelon'); Walgreen Co. (named once as the party that 'entered into a merger': the pre-merger company, typed
 # Company of its own; doubtful: a reader may fold it into Walgreens Boots Alliance as a former name, since the text
 # also says 'Walgreens announced a two-step merger', or set it parentOrganization-less as here); Alliance Boots GmbH
 # ('Alliance Boots'); Stephanie Avakian; the Division of Enforcement. Not annotated: 'the combined entity'
 # (unnamed), the 'earnings per share goal' and projections (figures), 'investors' (unnamed)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", WBA, "Walgreens"),
           E("Person", "Gregory Wasson", "Wasson"),
           E("Person", "Wade Miquelon", "Miquelon"),
           E("Company", "Walgreen Co."),
           E("Company", "Alliance Boots GmbH", "Alliance Boots"),
           E("Person", "Stephanie Avakian"),
           E("Organization", "Division of Enforcement")],
 # 'charged Walgreens Boots Alliance Inc., former CEO Gregory Wasson, and former CFO Wade Miquelon' -> ceo and cfo of
 # the company charged, both current false (doubtful: the posts may have been held at Walgreen Co. before the merger
 # was completed; the text names no other company for them); 'Stephanie Avakian, Co-Director of the SEC's Division
 # of Enforcement' -> director, current (40zm, 42y, 43a)
 roles=[R("Gregory Wasson", "ceo", WBA, False),
        R("Wade Miquelon", "cfo", WBA, False),
        R("Stephanie Avakian", "director", "Division of Enforcement")],
 # 'the SEC's Division of Enforcement' -> parentOrganization (40zm, 42g, 42y, 43a). Not set: Walgreen Co. and
 # Alliance Boots ('entered into a merger with', 'a two-step merger with': who buys whom is not said -> nothing, as
 # GUIDELINES and 20a's Burger King/Tim Hortons; a reader may set acquired); Walgreen Co. and Walgreens Boots
 # Alliance Inc. (the text does not say one owns the other)
 relations=[L("Division of Enforcement", "parentOrganization", SEC)],
 outages=[],
 # 'today' (= published); 'in 2012' -> '2012'; 'in June 2012' -> 'June 2012' 2012-06 ('2012' its own text beside
 # it); 'in August 2014' -> 2014-08. Skipped: 'the 2016 fiscal year', 'its 2016 projection', 'fiscal 2016' (a
 # fiscal year: Walgreens' fiscal year is not the calendar year, and the text ties each '2016' to the fiscal year);
 # 'the day of the announcement' (the announcement of August 2014, no day given)
 dates=[D("today", "2018-09-28"), D("2012", "2012"), D("June 2012", "2012-06"), D("August 2014", "2014-08")])

# ---- SAExploration and Jeffrey Hastings, published 2023-04-25 (a Tuesday) -------------------------------------------
A["us-sec-saexploration-former-ceo-hastings-final-judgment-accounting-fraud-2023"] = dict(
 # The SEC (written only as 'SEC', in 'The SEC's amended complaint' twice); the U.S. District Court for the Southern
 # District of New York (the court that entered the judgment); Jeffrey Hastings ('Hastings' four times);
 # SAExploration Holdings, Inc. ('SAE' throughout, given in parentheses; 'the company' generic); Houston (inside
 # 'Houston-based', as 43a's 'Georgia-based'); Alaska (inside 'Alaska-based'; 'the Alaskan company' -> the adjective
 # only); Brent Whiteley (named once, as 'co-defendant'). Not annotated: the 'Alaska-based company' (unnamed: the
 # complaint calls it Alaskan Seismic Ventures, LLC, which the release does not), 'three other former SAE
 # executives' and 'his co-defendants' (unnamed apart from Whiteley), the amended complaint (a filing)
 entities=[E("Organization", "SEC"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Person", "Jeffrey Hastings", "Hastings"),
           E("Company", SAE, "SAE"),
           E("Location", "Houston"),
           E("Location", "Alaska"),
           E("Person", "Brent Whiteley")],
 # 'while he was CEO of Houston-based seismic data company SAExploration Holdings, Inc.' -> ceo, current false (a
 # post held in the past; 'three other former SAE executives' confirms it). Whiteley: no post named ('co-defendant';
 # one of the 'former SAE executives' only by implication) -> no role (doubtful: a reader may set executive, former)
 roles=[R("Jeffrey Hastings", "ceo", SAE, False)],
 # None: the Alaska-based company SAE contracted with is unnamed (no partner can be set)
 relations=[],
 outages=[],
 # 'On April 21, 2023' -> 2023-04-21. Skipped: 'multi-year'
 dates=[D("April 21, 2023", "2023-04-21")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

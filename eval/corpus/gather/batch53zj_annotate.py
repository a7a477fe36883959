#!/usr/bin/env python3
"""Batch 53zj gold annotations (the texts of batch53zj.py: the SEC's Litigation Release No. 25799 of 2 August 2023 --
'charged Ustocktrade LLC and its owner Anthony Weeresinghe of Chestnut Hill, Massachusetts', 'Weeresinghe, through
Ustocktrade LLC, owned and controlled an SEC-registered broker-dealer, Ustocktrade Securities, Inc.'; and its
Litigation Release No. 26051 of 19 July 2024 -- 'a complaint in federal court in the District of Columbia alleging
that Patrick Orlando, the former CEO and Chairman of Digital World Acquisition Corporation ("DWAC")', 'its proposed
merger with Trump Media & Technology Group Corp. ("TMTG")'), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts): Digital World/Orlando -> test, Ustocktrade -> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d, 53i, 53q, 53x, 53zg; looked up in GATHERING.md
and GUIDELINES) -- the Commission in full with 'SEC' as alias; an owner named as 'its owner' -> no role (batch 15's
'its owner Bratislav Rozenfeld': owner is no title of the vocabulary); 'X, through Y, owned and controlled ... Z' ->
parentOrganization(Z, Y) (the company that holds the broker-dealer; the person owner no entity of a relation);
'of X, Y' -> two Locations (51m's 'of Sarnia, Ontario', 51p); 'the former CEO and Chairman of X' -> ceo and chairman
at X, both current false ('former' governs the pair, 53zg's Craigie); a proposed merger with no buyer named ->
nothing (GUIDELINES; 51c, 51f); 'federal court in the District of Columbia' names no court -> the District of
Columbia a Location (42g), no court entity; defined short names in parentheses ('("DWAC")', '("TMTG")') -> aliases;
generic nouns ('the broker-dealer', 'a SPAC', 'another SPAC', 'an alternative trading system') not annotated; a
release's 'today' -> the release date; seasons -> the year (GUIDELINES); one date item per distinct text and value.
usage: batch53zj_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zj/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
UL = "Ustocktrade LLC"
US = "Ustocktrade Securities, Inc."
DWAC = "Digital World Acquisition Corporation"
TMTG = "Trump Media & Technology Group Corp."
A = {}

# ---- Ustocktrade LLC / Anthony Weeresinghe, LR 25799, published 2023-08-02 (a Wednesday) ---------------------------
A["us-sec-ustocktrade-llc-owner-weeresinghe-ustocktrade-securities-broker-dealer-net-capital-aiding-abetting-2023"] = dict(
 # The Securities and Exchange Commission ("the SEC's net capital provisions", "The SEC's complaint", 'with the SEC',
 # and inside 'SEC-registered': alias 'SEC'); Ustocktrade LLC (always written in full, no alias); Anthony Weeresinghe
 # (then 'Weeresinghe' throughout: alias); Chestnut Hill and Massachusetts ('of Chestnut Hill, Massachusetts': two
 # Locations, the lane's 'of X, Y' rule); Ustocktrade Securities, Inc. (Company: 'an SEC-registered broker-dealer';
 # afterwards only 'the broker-dealer' -- a generic noun, no alias). Not annotated: 'an alternative trading system'
 # and "the broker-dealer's customer trading platforms" (no name: no Service), 'college students and other retail
 # investors', 'their customers' (unnamed), 'a registered broker-dealer' in the first paragraph (the same
 # broker-dealer, unnamed there)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", UL),
           E("Person", "Anthony Weeresinghe", "Weeresinghe"),
           E("Location", "Chestnut Hill"),
           E("Location", "Massachusetts"),
           E("Company", US)],
 # No role: 'its owner Anthony Weeresinghe' names ownership, not a post (owner is no title of the vocabulary; batch
 # 15's 'its owner Bratislav Rozenfeld' -> no role), and 'owned and controlled' the broker-dealer likewise; the
 # heading's 'Owners of Broker-Dealer' (`title` only). Near-miss: a reader might want 'founder' or 'other' for the
 # owner who 'directed the broker-dealer to transfer most of its remaining cash' -- the text gives no title
 roles=[],
 # 'Weeresinghe, through Ustocktrade LLC, owned and controlled an SEC-registered broker-dealer, Ustocktrade
 # Securities, Inc.' -> parentOrganization(Ustocktrade Securities, Inc., Ustocktrade LLC) (the company through which
 # the broker-dealer is owned: its parent; a person owner is no side of a relation; the 'LLC'/'Securities, Inc.'
 # pair and the cash moved 'to Ustocktrade LLC' fit a holding company over its broker-dealer). Near-misses: the
 # cash transfer from the broker-dealer to Ustocktrade LLC (a payment inside the group, no new relation); the
 # broker-dealer's withdrawn SEC registration (a regulator's licence, no partner); 'aiding and abetting' (a charge)
 relations=[L(US, "parentOrganization", UL)],
 outages=[],
 # 'today' (the charges) -> 2023-08-02; '2021' ('11 separate periods during 2021') -> 2021; 'November 2021' ->
 # 2021-11; 'October 2022' -> 2022-10. Skipped: '11 separate periods' (a count), 'the deficiency periods' (no date);
 # the left-out caption's 'Aug. 2, 2023' is not text
 dates=[D("today", "2023-08-02"), D("2021", "2021"), D("November 2021", "2021-11"), D("October 2022", "2022-10")])

# ---- Patrick Orlando / Digital World Acquisition Corporation, LR 26051, published 2024-07-19 (a Friday) ---------------
A["us-sec-digital-world-acquisition-dwac-former-ceo-chairman-orlando-trump-media-tmtg-spac-ipo-fraud-complaint-2024"] = dict(
 # The Securities and Exchange Commission ('filed with the SEC': alias 'SEC'); the District of Columbia ('federal
 # court in the District of Columbia': Location, as 42g -- the court is not named, so no court entity); Patrick
 # Orlando (then 'Orlando' throughout: alias); Digital World Acquisition Corporation ('("DWAC")', then 'DWAC' and
 # "DWAC's": alias); Trump Media & Technology Group Corp. ('("TMTG")', then 'TMTG': alias). Not annotated: 'a special
 # purpose acquisition company ("SPAC")' / 'A SPAC' / 'another SPAC of which he was CEO' / 'that SPAC' / 'the other
 # SPAC' (a kind of company; the other SPAC is never named -- near-miss), 'two directors and one officer of that SPAC'
 # (unnamed), 'SPAC investors', "the SPAC's management" (generic); 'IPO' (an event)
 entities=[E("Organization", SEC, "SEC"),
           E("Location", "District of Columbia"),
           E("Person", "Patrick Orlando", "Orlando"),
           E("Company", DWAC, "DWAC"),
           E("Company", TMTG, "TMTG")],
 # 'Patrick Orlando, the former CEO and Chairman of Digital World Acquisition Corporation' -> ceo and chairman at
 # DWAC, both current false ('former' read over both nouns joined by 'and', as 53zg's Craigie; the heading's 'Former
 # SPAC CEO' agrees for the CEO post; chairman false is **doubtful** only in that 'former' is written once). No
 # director item: the text names the chair only (GUIDELINES: chairman only when only the chair is named).
 # Near-misses: 'another SPAC of which he was CEO' (a CEO post at an unnamed company: no org entity, no role); 'two
 # directors and one officer of that SPAC' (unnamed people); "because he owned a larger percentage of DWAC" (a stake,
 # no title)
 roles=[R("Patrick Orlando", "ceo", DWAC, False),
        R("Patrick Orlando", "chairman", DWAC, False)],
 # No relation. 'its proposed merger with Trump Media & Technology Group Corp. ("TMTG"), which was announced in
 # October 2021' -> nothing: a merger proposed and announced, the text saying neither that it was completed nor who
 # buys whom (GUIDELINES: a 'merger' where the text does not say who buys whom -> nothing; offers and intentions ->
 # nothing) -- the near-miss a reader is likeliest to fill (a reader who knows the deal closed in 2024 could add
 # acquired; the text does not say so). Also near-misses: 'Orlando initially pursued a merger with TMTG on behalf of
 # another SPAC' and 'a plan in Spring 2021 to instead pursue a merger between DWAC ... and TMTG' (pursuits); Orlando's
 # stake in DWAC ('owned a larger percentage of DWAC': a person's holding, no relation)
 relations=[],
 outages=[],
 # 'July 17, 2024' -> 2024-07-17; 'September 2021' -> 2021-09; 'October 2021' -> 2021-10; 'Spring 2021' -> 2021
 # (GUIDELINES: seasons -> the year). Skipped: the left-out caption's and release line's dates (not text)
 dates=[D("July 17, 2024", "2024-07-17"), D("September 2021", "2021-09"), D("October 2021", "2021-10"),
        D("Spring 2021", "2021")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

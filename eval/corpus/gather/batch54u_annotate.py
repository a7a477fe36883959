#!/usr/bin/env python3
"""Batch 54u gold annotations (the texts of batch54u.py: the SEC's Litigation Release No. 21607 of 29 July 2010 on
'Samuel E. Wyly and his brother, Charles J. Wyly, Jr.' and the four public companies on whose boards they sat --
'Michaels Stores, Inc., Sterling Software, Inc., Sterling Commerce, Inc., and Scottish Annuity & Life Holdings Ltd.';
the SEC's Litigation Release No. 22403 of 28 June 2012 on 'New York-based hedge fund adviser Philip A. Falcone and his
advisory firm, Harbinger Capital Partners LLC', 'Peter A. Jenson, Harbinger's former Chief Operating Officer', and
'Harbert Management Corporation'), written from the texts alone; newskg was not run on them. The split follows the
fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts): the Harbinger id ->
test, the Wyly id -> train. Dates resolve against `published`.
Conventions (the federal SEC lane's, batches 18a, 40zm ... 52ze, 53d ... 53zp, 54e, 54j, 54o; looked up in GATHERING.md
and GUIDELINES) -- the Commission under its full name, with alias 'SEC' where the text also writes 'SEC' (Harbinger)
and with no alias where it writes only the full name (Wyly); a company's short form ('Harbinger') -> alias; a former
name or new name of the same company ('now known as Scottish Re Group Limited') and its bracketed short name ('"Scottish
Re"') -> aliases (GUIDELINES: former names are aliases); a person's surname alone -> alias ('Falcone', 'Jenson'); the
joint name 'the Wylys' -> no alias of either brother (it names both); 'Chief Operating Officer' -> coo; 'former' ->
current false; 'members of the boards of directors' -> director; a stock exchange run as a business -> Company
(GUIDELINES: the New York Stock Exchange); a place named in '<place>-based' -> Location (41j, 41q, 43a, 54j, 54o); a
federal court named in full -> Organization, the state inside its name no Location of its own (54o); laws, schemes,
trusts and the 'Offshore System' -> no entity; 'today' -> the release's day; one date item per distinct text and value.
usage: batch54u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
SW, CW = "Samuel E. Wyly", "Charles J. Wyly, Jr."
MS, SS, SC = "Michaels Stores, Inc.", "Sterling Software, Inc.", "Sterling Commerce, Inc."
SR = "Scottish Annuity & Life Holdings Ltd."
HCP = "Harbinger Capital Partners LLC"
A = {}

# ---- Wyly brothers, SEC Litigation Release No. 21607, published 2010-07-29 (a Thursday) -------------------------------
A["us-sec-wyly-brothers-directors-michaels-stores-sterling-software-scottish-re-offshore-trusts-litigation-release-2010"] = dict(
 # The Securities and Exchange Commission (the full name once; no 'SEC' or 'Commission' elsewhere in the kept text: no
 # alias); Samuel E. Wyly and Charles J. Wyly, Jr. (Persons; 'the Wylys' / "the Wylys'" names the two together and is
 # no alias of either -- **doubtful**: a reader may list 'Wylys' under each brother, or 'Wyly' for Samuel); the four
 # Issuers -- Michaels Stores, Inc., Sterling Software, Inc., Sterling Commerce, Inc. (Companies), Scottish Annuity &
 # Life Holdings Ltd. ('now known as Scottish Re Group Limited' and '("Scottish Re")': one company under its old name,
 # the new name and the short name as aliases; GUIDELINES: former names are aliases; the fullest name the text gives
 # is the old one, written first); the New York Stock Exchange (a stock exchange run as a business -> Company,
 # GUIDELINES' types); the Isle of Man and the Cayman Islands (Locations: 'located in the Isle of Man and the Cayman
 # Islands'). Not annotated: 'the Issuers' (a collective label, no alias), 'the "Offshore System"' (a sham system of
 # trusts and companies the text does not name one by one: no entity; near-miss), 'trusts and subsidiary companies'
 # (unnamed), 'the investing public', 'corporate insiders' (generic), 'the federal securities laws' (laws)
 entities=[E("Organization", SEC),
           E("Person", SW),
           E("Person", CW),
           E("Company", MS),
           E("Company", SS),
           E("Company", SC),
           E("Company", SR, "Scottish Re Group Limited", "Scottish Re"),
           E("Company", "New York Stock Exchange"),
           E("Location", "Isle of Man"),
           E("Location", "Cayman Islands")],
 # '... Samuel E. Wyly and his brother, Charles J. Wyly, Jr. ... engaged in a 13-year fraudulent scheme to hold and
 # trade tens of millions of securities of public companies while they were members of the boards of directors of
 # those companies' + 'The public companies involved in the Wylys' scheme to defraud were ... Michaels Stores, Inc.,
 # Sterling Software, Inc., Sterling Commerce, Inc., and Scottish Annuity & Life Holdings Ltd.' -> director at each of
 # the four Issuers, for each brother (eight roles). current false: the boards are told in the past tense of the
 # scheme's 13 years ('while they were members'), and the heading (not annotated) calls them 'Two Former Public Company
 # Chairmen'. **Doubtful** (the round's main doubt): the text ties both men to 'those companies' as a group, not one
 # board at a time, so a reader may give fewer roles, or current true (the text never says they left); and the
 # heading's 'Chairmen' is not in the text (so no chairman role). Near-misses: the lawyer and the stockbroker of the
 # heading (after the cut); 'corporate insiders' (generic)
 roles=[R(p, "director", c, False) for p in (SW, CW) for c in (MS, SS, SC, SR)],
 # No relation: the text states no ownership or deal between the four Issuers (Sterling Commerce's spin-off from
 # Sterling Software is not told -- near-miss); 'shares of the Issuers were traded on the New York Stock Exchange' is
 # a listing, no partner predicate (near-miss); 'subsidiary companies located in the Isle of Man and the Cayman Islands'
 # are unnamed (no parentOrganization); the rename of Scottish Annuity & Life Holdings is an alias, no acquisition
 relations=[],
 outages=[],
 # 'filed today' -> 2010-07-29 (the release's day, from its release-number line). Skipped: '13-year' (a length, no
 # anchor), 'throughout the period of the Wylys' scheme' (no value)
 dates=[D("today", "2010-07-29")])

# ---- Harbinger Capital Partners / Philip A. Falcone, SEC Litigation Release No. 22403, published 2012-06-28 (a Thursday)
A["us-sec-harbinger-capital-falcone-former-coo-jenson-harbert-management-misappropriation-litigation-release-2012"] = dict(
 # The Securities and Exchange Commission ('The SEC also charged', 'the SEC reached', 'the SEC charged', 'The SEC
 # alleges', 'The SEC filed': alias 'SEC'); Philip A. Falcone ('Falcone' three times: alias); Harbinger Capital
 # Partners LLC ('Harbinger' five times, "Harbinger's former Chief Operating Officer": alias; Company -- 'his advisory
 # firm'; 'Harbinger-related entities' is an adjective, not a mention); Peter A. Jenson ('Jenson': alias); Harbert
 # Management Corporation (Company); the U.S. District Court for the Southern District of New York (a court named in
 # full -> Organization; 'New York' inside its name no mention of the Location); New York ('New York-based hedge fund
 # adviser Philip A. Falcone': Location -- **doubtful**: the '-based' describes the man, not a company; kept as the
 # lane keeps '<place>-based' places). Not annotated: 'two Harbinger-related entities' and Harbert's 'affiliates'
 # (unnamed -- the captions naming Harbinger Capital Partners Offshore Manager, Special Situations GP, HMC-New York and
 # HMC Investors are left out of the text), 'client assets', 'fund assets', 'certain customers' (generic)
 entities=[E("Organization", SEC, "SEC"),
           E("Person", "Philip A. Falcone", "Falcone"),
           E("Company", HCP, "Harbinger"),
           E("Person", "Peter A. Jenson", "Jenson"),
           E("Company", "Harbert Management Corporation"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Location", "New York")],
 # "Peter A. Jenson, Harbinger's former Chief Operating Officer" -> coo at Harbinger Capital Partners LLC, current false
 # ('former'). No role for Falcone: 'hedge fund adviser Philip A. Falcone and his advisory firm, Harbinger Capital
 # Partners LLC' says the firm is his but names no post (**doubtful** near-miss: a reader may give him founder, head or
 # ceo at Harbinger; the text says none of these). Near-misses: Harbert's affiliates 'served as the managing members of
 # two Harbinger-related entities' (no person, unnamed entities)
 roles=[R("Peter A. Jenson", "coo", HCP, False)],
 # No relation: Harbert Management Corporation is tied to Harbinger only through unnamed affiliates and unnamed
 # 'Harbinger-related entities' (near-miss: no parentOrganization between the two named companies is stated -- the
 # text does not say Harbert owned Harbinger); the SEC's settlement with Harbinger and the court (regulator and court:
 # no predicate)
 relations=[],
 outages=[],
 # 'today' -> 2012-06-28 (the release's day, from its release-number line; **doubtful** only in that the matter's
 # press release and the news reports are dated a day earlier, 27 June 2012 -- the gold follows `published`, as the
 # rule says). Skipped: 'a restricted period' (no value)
 dates=[D("today", "2012-06-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

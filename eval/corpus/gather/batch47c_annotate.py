#!/usr/bin/env python3
"""Batch 47c gold annotations (the texts of batch47c.py: the four Bureaus' Memorandum Opinion and Order DA 16-485 of 3
May 2016 granting the applications to transfer control of authorizations from Cablevision Systems Corporation to
Altice N.V.; the public notice DA 12-567 of 10 April 2012 on the domestic section 214 application to transfer control
of AboveNet, Inc. and its subsidiaries to Zayo Group, LLC; the public notice DA 11-1557 of 15 September 2011 on DISH
Network Corporation's applications to acquire control of the licences held by New DBSD Satellite Services G.P. and
TerreStar License Inc.), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-46o of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for or granted, completion not told -> `acquired` only (44g, 45zk, 46l, 46o); 'X wholly-owns Y'
-> parentOrganization(Y, X); transfers of licences alone -> nothing (asset steps, 46f, 46h); a short name in
parentheses -> alias, as written; an upper-case heading's form of the same name -> not listed; a heading's variant
spelling of the same name -> alias (as written); 'Debtor-in-Possession' and 'DIP' -> a status, not part of the name
(46h's Loral reading), but 'New DBSD DIP' and 'TSL DIP', the notice's defined short names, -> aliases; 'Commission'
-> Organization; a Bureau -> Organization, no parentOrganization to the Commission (45h, 45m, 46l, 46o); 'Chief' with
no person named -> no role; states and the District of Columbia named on their own -> Location; 'U.S.' as a modifier
('the U.S. operations') -> nothing (45h); named satellites -> Service (31c's Galaxy IV, the Astra 1A line); laws,
sections, dockets, collective defined terms ('Applicants', 'Licensees', 'Act', 'the DBSD Consolidated Application'),
kinds of service and spectrum bands not annotated.
usage: batch47c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Cablevision -> Altice, order DA 16-485, published 2016-05-03 ----------------------------------------------------
AL = "Altice N.V."
CV = "Cablevision Systems Corporation"
A["us-fcc-altice-cablevision-systems-transfer-of-control-order-2016"] = dict(
 # Companies: Altice N.V. ('(Altice)', 'Altice' and 'Altice’s' -> alias 'Altice'), Cablevision Systems Corporation
 # ('(Cablevision, and together with Altice, Applicants)' -> alias 'Cablevision'); the caption's forms the same names.
 # Organizations: the by-line's Wireline Competition Bureau, International Bureau, Media Bureau and Wireless
 # Telecommunications Bureau, named again in paragraph 2 (46o's reading). 'Chief' (four times, no person named) -> no
 # role. The Commission is not named in the kept text (the letterhead is cut; 'Communications Act of 1934' is a law's
 # name). Not annotated: 'the Executive Branch Agencies' (**doubtful**: a collective label for unnamed agencies, no
 # single body named -- a reader may take it as an Organization); 'Applicants', 'Act', 'Public Notice' (labels, a
 # document); sections 214 and 310(d); 'certain subsidiaries' (unnamed). No Location, no Person.
 entities=[E("Company", AL, "Altice"), E("Company", CV, "Cablevision"),
           E("Organization", "Wireline Competition Bureau"), E("Organization", "International Bureau"),
           E("Organization", "Media Bureau"), E("Organization", "Wireless Telecommunications Bureau")],
 roles=[],
 # 'in connection with Altice’s acquisition of Cablevision and certain subsidiaries' ... 'hereby grant the
 # applications': granted, completion not told -> acquired(Altice, Cablevision) only (44g, 46o's Insight).
 # Near-misses: control 'from Cablevision Systems Corporation to Altice N.V.' of authorizations (the licences move
 # with the company: no extra relation; Cablevision holds its own and its subsidiaries' authorizations, no named
 # subsidiary); 'certain subsidiaries' (unnamed: no parentOrganization); the condition 'requested by the Executive
 # Branch Agencies' (no relation); 'four entities opposed' (cut, and unnamed)
 relations=[L(AL, "acquired", CV)],
 outages=[],
 # 'May 3, 2016' twice (adopted and released): one item (GUIDELINES, Dates); 'November 5, 2015'. 'Communications Act
 # of 1934' is a law's name, not a date
 dates=[D("May 3, 2016", "2016-05-03"), D("November 5, 2015", "2015-11-05")])

# ---- AboveNet -> Zayo, public notice DA 12-567, published 2012-04-10 ------------------------------------------------
AB = "AboveNet, Inc."
AC = "AboveNet Communications, Inc."
AI = "AboveNet International, Inc."
ZY = "Zayo Group, LLC"
A["us-fcc-abovenet-zayo-group-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2012"] = dict(
 # Companies: AboveNet, Inc. ('(ABN-Parent)'), AboveNet Communications, Inc. ('(AboveNet)' -- the notice gives the
 # bare short name 'AboveNet' to the operating subsidiary, not to the parent: alias of the subsidiary as defined,
 # **doubtful** only in that a reader may also read the heading's 'ABOVENET, INC.' as the parent -- it is, by its
 # 'Inc.', and differs from 'AboveNet, Inc.' only in case: not listed), AboveNet International, Inc. ('(ABN-Int’l)'),
 # Zayo Group, LLC ('(Zayo)'; the heading's 'ZAYO GROUP, LLC' only in case), AboveNet of Utah L.L.C. and AboveNet of
 # VA, L.L.C. (named in parentheses after Utah and Virginia). Organization: 'the Commission’s rules' -> Commission.
 # Locations: the states of the list and 'Delaware' (also 'a publicly-held Delaware corporation', 'both Delaware
 # corporations': one entity), 'the District of Columbia', 'Washington' (a state in the list, not the city), 'West
 # Virginia' (its own entity beside 'Virginia'). Not annotated: 'Licensees', 'Applicants' (collective labels); 'WC
 # Docket No. 12-93', 'section 63.03'; 'fiber optic infrastructure', 'Internet connectivity', 'local exchange/or
 # interexchange telecommunications services' (kinds of service); 'Their optical network' (no name)
 entities=[E("Company", AB, "ABN-Parent"), E("Company", AC, "AboveNet"), E("Company", AI, "ABN-Int\u2019l"),
           E("Company", ZY, "Zayo"), E("Company", "AboveNet of Utah L.L.C."), E("Company", "AboveNet of VA, L.L.C."),
           E("Organization", CM)]
          + locs("Arizona", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia", "Florida",
                 "Illinois", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Nevada", "New Jersey", "New York",
                 "North Carolina", "Oregon", "Pennsylvania", "Rhode Island", "Texas", "Utah", "Virginia",
                 "Washington", "West Virginia"),
 roles=[],
 # - acquired(Zayo, AboveNet, Inc.): 'filed an application ... to transfer control of ABN-Parent and its subsidiaries
 #   to Zayo' (applied for, completion not told -> acquired only; 45zk's reading of 'APPLICATION FILED' notices).
 # - parentOrganization(AboveNet Communications, AboveNet, Inc.) and parentOrganization(AboveNet International,
 #   AboveNet, Inc.): 'ABN-Parent ... wholly-owns AboveNet and ABN-Int’l'.
 # Near-misses: AboveNet of Utah L.L.C. and AboveNet of VA, L.L.C. -- named in parentheses after the states where
 #   'AboveNet provides telecommunications services', as the entities that do so there; the text never says who owns
 #   them: no parentOrganization (**doubtful**: a reader may take them as AboveNet's subsidiaries); no acquired for
 #   Zayo over the two subsidiaries (the text names 'ABN-Parent and its subsidiaries' as passing together: the
 #   parent's link carries them, 43t's reading); the 'publicly-held' parent (holders unnamed: no parentOrganization);
 #   'corporate, carrier and government customers' (unnamed: no partner)
 relations=[L(ZY, "acquired", AB), L(AC, "parentOrganization", AB), L(AI, "parentOrganization", AB)],
 outages=[],
 # 'April 10, 2012' (released), 'April 24, 2012' and 'May 1, 2012' (due dates), 'April 2, 2012' (the filing)
 dates=[D("April 10, 2012", "2012-04-10"), D("April 24, 2012", "2012-04-24"), D("May 1, 2012", "2012-05-01"),
        D("April 2, 2012", "2012-04-02")])

# ---- DISH -> New DBSD / TerreStar License, public notice DA 11-1557, published 2011-09-15 ----------------------------
DI = "DISH Network Corporation"
ND = "New DBSD Satellite Service G.P."
TS = "TerreStar License, Inc."
A["us-fcc-dish-network-new-dbsd-terrestar-license-acquire-control-pleading-cycle-public-notice-2011"] = dict(
 # Companies: DISH Network Corporation ('(DISH)'; the heading's form the same); New DBSD Satellite Service G.P. (the
 # body's form, named first in full there) with the heading's 'New DBSD Satellite Services G.P' (a variant spelling of
 # the same licensee) and the defined 'New DBSD DIP' as aliases, **doubtful** which form is the name (the heading's
 # plural is the licensee's own spelling elsewhere; both are listed); TerreStar License, Inc. (the body's form) with
 # the heading's 'TerreStar License Inc.' and the defined 'TSL DIP' as aliases. 'Debtor-in-Possession' (also
 # 'Debtor-in- Possession', the copy's line-end space) -> a status, not in the names. Services: the satellites 'TerreStar
 # 1' and 'DBSD G1' ('two satellite systems'; named satellites -> Service). Not annotated: 'U.S.' ('the U.S.
 # operations': a modifier, 45h); 'gateway earth stations', 'mobile earth terminals (METs)', 'an ancillary terrestrial
 # component (ATC)', 'mobile satellite service (MSS)', 'the 2 GHz band' (kinds of licence, service and spectrum);
 # 'the DBSD Consolidated Application', 'IB Docket No. 11-150' (a document's label, a docket); 'bankruptcy proceedings'
 # (no court named). The Commission and the Bureau are not named in the kept text (the letterhead is cut).
 entities=[E("Company", DI, "DISH"), E("Company", ND, "New DBSD Satellite Services G.P", "New DBSD DIP"),
           E("Company", TS, "TerreStar License Inc.", "TSL DIP"),
           E("Service", "TerreStar 1"), E("Service", "DBSD G1")],
 roles=[],
 # - acquired(DISH, New DBSD): 'New DBSD DIP and DISH seek approval to transfer control of New DBSD DIP to DISH'
 #   (control of the licensee itself, applied for; completion not told -> acquired only, 45zk).
 # Near-misses: TerreStar License -- the kept text tells only DISH's bid 'to acquire control of the licenses' it holds
 #   (the heading's 'Control of Licenses and Authorizations Held By ... TerreStar License Inc.'): control of licences,
 #   an asset step (46f, 46h) -> no acquired (**doubtful**: the same heading covers New DBSD, whose body sentence
 #   names the licensee itself; the TerreStar sentence naming Gamma Acquisition is cut). No provider for TerreStar 1
 #   or DBSD G1 (**doubtful**: the notice calls the two companies 'the relevant licensees' of the two systems'
 #   U.S. operations without pairing them one to one, though the names do; a reader may give provider(TerreStar 1,
 #   TerreStar License, Inc.) and provider(DBSD G1, New DBSD Satellite Service G.P.)). No partner between DISH and
 #   New DBSD (co-applicants). No parentOrganization from the licensees to anyone (no holder named).
 relations=[L(DI, "acquired", ND)],
 outages=[],
 # 'September 15, 2011' (the notice's date); the due dates 'October 17, 2011', 'October 27, 2011', 'November 3, 2011';
 # 'April 8, 2011' (the DBSD applications filed). '2 GHz', '40 MHz', '2000-2020 MHz', '2180-2200 MHz' are no dates
 dates=[D("September 15, 2011", "2011-09-15"), D("October 17, 2011", "2011-10-17"),
        D("October 27, 2011", "2011-10-27"), D("November 3, 2011", "2011-11-03"), D("April 8, 2011", "2011-04-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 45zo gold annotations (the texts of batch45zo.py: the International Bureau's public notice DA 06-118 of 20
January 2006 on New Skies Satellites Holdings Ltd.'s and SES GLOBAL S.A.'s application to pass control of New Skies
Networks, Inc.'s authorizations, and of satellites its parent New Skies Satellites B.V. operates, to SES GLOBAL; the
Commission's Memorandum Opinion and Order FCC 07-185 of 26 October 2007 on ALLTEL Corporation's and Atlantis Holdings
LLC's applications to pass control of the licences held by ALLTEL's subsidiaries to Atlantis), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg
and 45zk; GUIDELINES section 2): a transfer of control of a named company (or of the licences, or the satellites, a
named company holds or operates) from a named holder to a named buyer, applied for or granted, consummation not told ->
acquired (buyer, company) and parentOrganization (company, holder) (ownership before the sale; relations carry no
time); 'X's parent Y' -> parentOrganization(X, Y); licences held by unnamed subsidiaries of a named transferor -> no
acquired (no named company passes; 45zk gave the transferor only the parent tie, never acquired); a defined short name
in quotes -> alias; a heading's upper-case form differing from the body's only in case -> not listed; 'Commission' ->
one Organization; Commissioners named in an order's 'By the Commission' line -> Person (surname as written) with role
other at the Commission (GUIDELINES: commissioners -> other); a stock exchange -> Company; a state of incorporation and
the regions named as service areas -> Location (as dev us-fcc-ntelos-fibernet-...: 'Northeast', 'Midwest'); laws, rule
sections, docket numbers, kinds of licence, earth stations and satellites (unnamed), lists not annotated.
usage: batch45zo_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zo/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- SES GLOBAL / New Skies, International Bureau public notice DA 06-118, published 2006-01-20 --------------------
NH = "New Skies Satellites Holdings Ltd."
SG = "SES GLOBAL S.A."
NN = "New Skies Networks, Inc."
NB = "New Skies Satellites B.V."
A["us-fcc-ses-global-new-skies-networks-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
 # Organization: the Commission ('Commission authorizations', 'the Commission's Permitted Space Station List', 'the
 # Commission has authorized'; no 'FCC' in the kept text). The International Bureau is not named in the kept text.
 # Companies: New Skies Satellites Holdings Ltd. ('("New Skies Holdings" or the "Transferor")' -> alias 'New Skies
 # Holdings'); SES GLOBAL S.A. ('("SES GLOBAL" or the "Transferee" ...)' -> alias 'SES GLOBAL', capitals as written);
 # New Skies Networks, Inc. ('("NSN")'); New Skies Satellites B.V. ('("New Skies")'). The heading's upper-case forms
 # ('NEW SKIES SATELLITES HOLDINGS LTD.', 'NEW SKIES NETWORKS, INC.') differ only in case: not listed ('SES GLOBAL
 # S.A.' is the same in both). No Person. No Location: 'non-U.S.' (twice) is a compound adjective of the licensing
 # state, not a place named ('U.S.' not annotated; a reader may add it -- **doubtful**, a near-miss). Not annotated:
 # 'the Transferor', 'the Transferee', 'the Applicants' (roles in the proceeding, each already an alias of a named
 # party by the notice's own definitions, but generic words: not aliases), 'Permitted Space Station List' /
 # 'Permitted List' (a Commission list), 'section 310(d)', 'Communications Act of 1934' (law), 'IB Docket No. 06-23',
 # the six earth stations and three satellites (unnamed in the kept text)
 entities=[E("Organization", "Commission"),
           E("Company", NH, "New Skies Holdings"), E("Company", SG, "SES GLOBAL"),
           E("Company", NN, "NSN"), E("Company", NB, "New Skies")],
 roles=[],
 # 'seeking approval to transfer control of Commission authorizations held by New Skies Networks, Inc. ("NSN") to
 # SES GLOBAL' (heading: 'SEEK CONSENT TO TRANSFER CONTROL OF AUTHORIZATIONS HELD BY NEW SKIES NETWORKS, INC.'),
 # applied for ('Pleading Cycle Established') -> acquired(SES GLOBAL, NSN) (45zk's NextWave reading: control of the
 # licences a named company holds passes to the buyer). 'NSN's parent New Skies Satellites B.V.' ->
 # parentOrganization(NSN, New Skies Satellites B.V.) (stated). New Skies Holdings is the 'Transferor' of NSN's
 # authorizations -> parentOrganization(NSN, New Skies Holdings) (control held by it before the sale; **doubtful**:
 # an indirect tie -- the text names B.V. as NSN's parent and never says how Holdings holds B.V.; a reader may give
 # only the stated parent). 'the transfer of control of three non-U.S. satellites operated by ... New Skies
 # Satellites B.V.' -> acquired(SES GLOBAL, New Skies Satellites B.V.) (**doubtful**: satellites, not the company,
 # pass; the same reading as licences held by a named company, 45zk; a reader may hold it an asset transfer and give
 # nothing). Near-misses: parentOrganization(New Skies Satellites B.V., New Skies Holdings) (not stated); the
 # Commission's authorization of the satellites (no relation type); 'the Applicants' (collective)
 relations=[L(SG, "acquired", NN), L(NN, "parentOrganization", NB), L(NN, "parentOrganization", NH),
            L(SG, "acquired", NB)],
 outages=[],
 # 'January 20, 2006' (release) -> 2006-01-20; 'February 21, 2006', 'March 3, 2006', 'March 10, 2006' (due dates);
 # 'January 6, 2006' (the application filed) -> 2006-01-06. Not dates: '1934' in the Act's name, '06-23' (docket)
 dates=[D("January 20, 2006", "2006-01-20"), D("February 21, 2006", "2006-02-21"), D("March 3, 2006", "2006-03-03"),
        D("March 10, 2006", "2006-03-10"), D("January 6, 2006", "2006-01-06")])

# ---- ALLTEL / Atlantis Holdings, Memorandum Opinion and Order FCC 07-185, published 2007-10-26 ---------------------
AL = "ALLTEL Corporation"
AT = "Atlantis Holdings LLC"
CM = "Commission"
A["us-fcc-alltel-atlantis-holdings-transfer-of-control-approved-order-2007"] = dict(
 # Organization: the Commission ('By the Commission:', 'six Commission licensees'). Persons: Copps, Adelstein,
 # McDowell ('Commissioner Copps ...; Commissioner Adelstein ...; and Commissioner McDowell issuing a statement'),
 # named by surname only, as written (no fuller form in the text). Companies: ALLTEL Corporation ('("ALLTEL")');
 # Atlantis Holdings LLC ('("Atlantis," ...)' -> alias 'Atlantis'); New York Stock Exchange (a stock exchange:
 # Company, GUIDELINES). Locations: Delaware ('a Delaware corporation'); Southeast, Northeast, Southwest, upper Midwest
 # (the regions ALLTEL serves, as dev us-fcc-ntelos-fibernet-... lists 'Northeast' and 'Midwest'; 'upper Midwest'
 # kept whole as written, **doubtful**: a reader may write 'Midwest'). Not annotated: 'Applications', 'the
 # Applicants', 'Transferor', 'Transferee' (roles in the proceeding), 'subsidiaries of ALLTEL' (unnamed), 'six
 # Commission licensees' (unnamed), 'Sections 214 and 310(d)', 'Communications Act of 1934' / 'Communications Act'
 # (law), 'WT Docket No. 07-128', '36 states' (unnamed), 'mid-sized cities and rural areas' (generic)
 entities=[E("Organization", CM), E("Person", "Copps"), E("Person", "Adelstein"), E("Person", "McDowell"),
           E("Company", AL, "ALLTEL"), E("Company", AT, "Atlantis"), E("Company", "New York Stock Exchange"),
           E("Location", "Delaware"), E("Location", "Southeast"), E("Location", "Northeast"),
           E("Location", "Southwest"), E("Location", "upper Midwest")],
 # 'Commissioner Copps', 'Commissioner Adelstein', 'Commissioner McDowell' in the order's 'By the Commission' line
 # -> other at the Commission (GUIDELINES: Commissioners -> other), current (the order's own date)
 roles=[R("Copps", "other", CM), R("Adelstein", "other", CM), R("McDowell", "other", CM)],
 # No relation. **doubtful** (the main call): 'the transfer of control of the wireless licenses, leases, and ...
 # authorizations held by subsidiaries of ALLTEL to Atlantis' and 'ALLTEL's non-controlling, general partnership
 # interests in six Commission licensees to Atlantis' -- the companies whose control passes are unnamed, and ALLTEL
 # is the 'Transferor' (the holder, 45zk's parent side), so acquired(Atlantis, ALLTEL) is not written; a reader who
 # takes the whole of ALLTEL's licensed business passing to Atlantis as Atlantis acquiring ALLTEL would add it
 # (granted 'as conditioned', consummation not told: acquired only). Near-misses: ALLTEL's listing on the New York
 # Stock Exchange (no relation type); ALLTEL's partnership interests in six licensees (unnamed; not a partner
 # relation between named organisations); the Commissioners' separate statements (roles only)
 relations=[],
 outages=[],
 # 'October 26, 2007' (adopted and released, one text, one value) -> 2007-10-26. Not dates: '1934' in the Act's
 # name, '07-128' (docket), '12 million', '36 states'
 dates=[D("October 26, 2007", "2007-10-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

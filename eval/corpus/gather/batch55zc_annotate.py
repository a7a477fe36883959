#!/usr/bin/env python3
"""Batch 55zc gold annotations (the texts of batch55zc.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-celesio-lloyds-pharmacy-sainsburys-pharmacy-merger-phase-1-concerns-2015 -> test,
uk-cma-euro-car-parts-andrew-page-merger-must-sell-depots-2017 -> train,
uk-cma-menzies-asig-ground-handling-aberdeen-airport-phase-1-concerns-2016 -> dev. `published` 2015-12-11, 2017-10-31
and 2016-12-15.
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o and 55t): a
purchase the text tells as done ('Euro Car Parts bought most of the Andrew Page business', 'the purchase of Andrew
Page by Euro Car Parts') -> `acquired` AND parentOrganization(target, buyer); an agreement to buy ('agreed to
acquire') -> `acquired` only; 'acquire X from Y' -> parentOrganization(X, Y) (the seller's ownership, past ownership
kept, as 40zf and 55o); 'X, through its subsidiary Y' -> parentOrganization(Y, X); a business of a company bought with
no name of its own ("Sainsbury's pharmacy business") -> nothing (44t's 'sonar business'; 55o took only a named
business); the regulator an Organization by the fullest form the text gives ('Competition and Markets Authority',
alias 'CMA'); 'Senior Director of Mergers' -> director at the CMA (40zo, 41a, 55g); an inquiry chair -> chairman at the
CMA (40zo, 55j, 55o, 55t); honorifics ('Professor') left out of a person's name (18c's Allan Fels); airports and towns
-> Location (GUIDELINES part 2: airports are Location). No outage in any text.
usage: batch55zc_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather56zc/pool /tmp/gather56zc/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
CMA = "Competition and Markets Authority"

# ---- Celesio / Sainsbury's pharmacy business, phase 1 decision (published 2015-12-11) -------------------------------
CEL = "Celesio AG"
LP = "Lloyds Pharmacy Limited"
SA = "Sainsbury\u2019s"
A["uk-cma-celesio-lloyds-pharmacy-sainsburys-pharmacy-merger-phase-1-concerns-2015"] = dict(
 # 'The Competition and Markets Authority’s (CMA)' -> Organization with alias 'CMA' (also 'the CMA', 'CMA panel
 # members', 'CMA Senior Director'); 'Celesio AG (Celesio)' (also "Celesio’s") -> Company, alias 'Celesio'; 'Lloyds
 # Pharmacy Limited (Lloyds)' -> Company, alias 'Lloyds' (the text's own short name; also 'between Lloyds and
 # Sainsbury’s pharmacies', 'Lloyds will no longer face competition'); 'Sainsbury’s' (the supermarket group: 'Sainsbury’s
 # owns 277 pharmacy stores'; the name is written with its apostrophe-s and never without it, so kept as written) ->
 # Company; 'Sheldon Mills' -> Person; 'the UK' (twice) -> Location. Left out: "Sainsbury’s pharmacy business",
 # "Sainsbury’s supermarkets", "Sainsbury’s pharmacies" (parts of Sainsbury's described, with no name of their own: no
 # entity, not Services), '78 local areas', 'other local areas' (unnamed places), 'an independent group of CMA panel
 # members' (unnamed), 'prescription medicines' (generic)
 entities=[E("Organization", CMA, "CMA"), E("Company", CEL, "Celesio"), E("Company", LP, "Lloyds"), E("Company", SA),
           E("Person", "Sheldon Mills")] + locs("UK"),
 # 'Sheldon Mills, CMA Senior Director of Mergers and decision-maker in this case' -> director at the CMA (40zo's Adam
 # Land, 41a's Sorcha O'Carroll, 55g's Colin Raftery: the CMA's Senior Director posts -> director); current. 'decision-
 # maker in this case' is his task in the case, not a second post: no other role
 roles=[R("Sheldon Mills", "director", CMA)],
 # 'Celesio AG (Celesio), through its subsidiary Lloyds Pharmacy Limited (Lloyds)' -> parentOrganization(Lloyds
 # Pharmacy Limited, Celesio AG). Near-misses: "Celesio’s anticipated acquisition of Sainsbury’s pharmacy business"
 # -> no `acquired`: the target is a business of Sainsbury's with no name of its own (not a company entity), and
 # Sainsbury's itself is the seller, not bought (doubtful: a reader may write acquired(Celesio AG, Sainsbury’s), which
 # would say the supermarket group was bought); no parentOrganization of anything to Sainsbury's (its pharmacy stores
 # and supermarkets are unnamed); Lloyds and Sainsbury's as competitors ('a loss of competition between Lloyds and
 # Sainsbury’s pharmacies', 'one of its rivals') -> no relation; the referral to an unnamed group of panel members (a
 # procedure)
 relations=[L(LP, "parentOrganization", CEL)],
 outages=[],
 # No date a reader can resolve: 'one at a time or another', 'following our initial investigation' (no calendar
 # value); '1,542', '277', '78' are counts; 'phase 2' a procedure
 dates=[])

# ---- Euro Car Parts / Andrew Page, phase 2 final report (published 2017-10-31) -------------------------------------
ECP = "Euro Car Parts"
AP = "Andrew Page"
A["uk-cma-euro-car-parts-andrew-page-merger-must-sell-depots-2017"] = dict(
 # 'the Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (first as 'The CMA', before the full
 # name); 'Euro Car Parts' -> Company (named only so); 'Andrew Page' (the company in administration, 'the Andrew Page
 # business') -> Company; 'Professor Alasdair Smith' -> Person 'Alasdair Smith' (the honorific left out, as 18c's Allan
 # Fels); Locations: 'the UK', 'England', the 9 local areas 'Blackpool, Brighton, Gloucester, Liphook, Scunthorpe,
 # Sunderland, Wakefield, Worthing and York', and 'Swindon' (named as an area dropped from the finding: a place
 # named, so listed). Left out: 'A group of independent CMA panel members', 'The group' (unnamed CMA group), 'a
 # purchaser approved by the ...', 'a buyer approved by the CMA' (no buyer named), 'independent garages and
 # workshops', 'repair centre chains, vehicle fleets and roadside assistance companies' (generic customers), 'a depot
 # in each area' (unnamed)
 entities=[E("Organization", CMA, "CMA"), E("Company", ECP), E("Company", AP), E("Person", "Alasdair Smith")] +
          locs("UK", "England", "Blackpool", "Brighton", "Gloucester", "Liphook", "Scunthorpe", "Sunderland", "Wakefield",
               "Worthing", "York", "Swindon"),
 # 'Professor Alasdair Smith, Inquiry Chair' -> chairman at the CMA (the chair of the CMA's inquiry group: the 'group of
 # independent CMA panel members' the text names just before; as 55t's Martin Coleman and 55o's Richard Feasey);
 # current (he speaks for the group at its final report)
 roles=[R("Alasdair Smith", "chairman", CMA)],
 # acquired(Euro Car Parts, Andrew Page) and parentOrganization(Andrew Page, Euro Car Parts): 'Euro Car Parts bought
 # most of the Andrew Page business in October 2016', 'the purchase of Andrew Page by Euro Car Parts', 'if Euro Car
 # Parts had not purchased Andrew Page' -> a completed purchase (GUIDELINES: bought -> both). Doubtful: 'most of the
 # Andrew Page business', bought 'after the company went into administration', may read as a purchase of assets out of
 # administration (GUIDELINES: asset purchases -> nothing; the CMA's case page, not in this text, words it 'assets of
 # the Andrew Page business'); the text itself names the thing bought 'Andrew Page' and calls the two 'Both
 # companies', so both relations are kept. Near-misses: the ordered sale of 'a depot in each of these areas to a
 # purchaser approved by the ... CMA' (a remedy, no buyer named: no relation); 'Both companies ... sell car parts to
 # ... customers' (customers unnamed: no partner); 'the 2 companies were close competitors' (competitors, no relation)
 relations=[L(ECP, "acquired", AP), L(AP, "parentOrganization", ECP)],
 outages=[],
 # 'October 2016' -> 2016-10. Not dates: 'now' (the release's own time, not listed by the corpus), 'the provisional
 # findings stage' (a stage, no calendar value), '9', '2' (counts)
 dates=[D("October 2016", "2016-10")])

# ---- Menzies / ASIG, phase 1 concerns at Aberdeen Airport (published 2016-12-15) -----------------------------------
MP = "Menzies Aviation plc"
MI = "Menzies Aviation Inc."
AL = "ASIG Holdings Limited"
AC = "ASIG Holdings Corp."
BL = "BBA Holdings Limited"
BU = "BBA Aviation USA Inc."
A["uk-cma-menzies-asig-ground-handling-aberdeen-airport-phase-1-concerns-2016"] = dict(
 # 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (also "CMA’s", 'the CMA
 # decision-maker'); Companies: 'Menzies Aviation plc' and 'Menzies Aviation Inc.', given the one short name
 # '(Menzies)' for the two together -> 'Menzies' kept as the alias of Menzies Aviation plc (the first named and the
 # plc; as 45zr's and 45zu's short names defined for a company and its group; **doubtful**: a reader may give the
 # short name to neither, or to both); 'ASIG Holdings Limited' and 'ASIG Holdings Corp.' with '(ASIG)' for the two
 # -> 'ASIG' kept as the alias of ASIG Holdings Limited (the same reading; also in "Menzies’ acquisition of ASIG");
 # 'BBA Holdings Limited', 'BBA Aviation USA Inc.' (the sellers; no short names); 'Swissport' ('only Swissport will
 # remain as a credible bidder') -> Company. Person: 'Kate Collyer'. Locations: 'Aberdeen Airport' (an airport:
 # Location, GUIDELINES part 2), 'Manchester' and 'London Heathrow' (the other airports, named so: '(Manchester and
 # London Heathrow)'), 'UK' ('at UK and international airports'). Left out: 'airlines', 'credible competitors',
 # 'ground handling service providers' (generic), 'the case page' (a web page), 'SLC' (a legal test, not an entity)
 entities=[E("Organization", CMA, "CMA"), E("Company", MP, "Menzies"), E("Company", MI), E("Company", AL, "ASIG"),
           E("Company", AC), E("Company", BL), E("Company", BU), E("Company", "Swissport"),
           E("Person", "Kate Collyer")] + locs("Aberdeen Airport", "Manchester", "London Heathrow", "UK"),
 # 'Kate Collyer, the CMA decision-maker in this case' -> other at the CMA (a CMA official speaking for it in the
 # case, with no post named; **doubtful**: 'decision-maker' is her task in the case, and 41m / 53zs gave staff who
 # 'conducted' a matter with no post no role -- a reader may give none; kept because the text makes her the CMA's own
 # decision-taker, as 40zo's Adam Land 'decision maker in this case' beside his post)
 roles=[R("Kate Collyer", "other", CMA)],
 # 'Menzies Aviation plc and Menzies Aviation Inc. (Menzies) agreed to acquire ASIG Holdings Limited and ASIG
 # Holdings Corp. (ASIG) from BBA Holdings Limited and BBA Aviation USA Inc.' -> an agreed purchase, not said to be
 # completed ('Menzies can avoid the merger being referred'): `acquired` only, no parentOrganization to the buyers.
 # The three pairs read in parallel (first with first, second with second): acquired(Menzies Aviation plc, ASIG
 # Holdings Limited), acquired(Menzies Aviation Inc., ASIG Holdings Corp.); 'from' the sellers ->
 # parentOrganization(ASIG Holdings Limited, BBA Holdings Limited), parentOrganization(ASIG Holdings Corp., BBA
 # Aviation USA Inc.) (the sellers' ownership; as 55o's 'Experian Limited’s Experian Payments Gateway business').
 # **Doubtful**: the text does not say 'respectively'; a reader may join every buyer to every target and every
 # target to every seller (four and four), or record only acquired(Menzies, ASIG) on the short names. Near-misses:
 # Swissport 'as a credible bidder for airlines' (a competitor, no relation); 'Both Menzies and ASIG provide a range
 # of services to airlines' (customers unnamed: no partner); 'a remedy' (none named); the possible referral (a
 # procedure)
 relations=[L(MP, "acquired", AL), L(MI, "acquired", AC), L(AL, "parentOrganization", BL),
            L(AC, "parentOrganization", BU)],
 outages=[],
 # '22 December 2016' -> 2016-12-22 (Menzies's deadline to offer a remedy). Not dates: 'future contracts', 'in this
 # case' (no calendar value)
 dates=[D("22 December 2016", "2016-12-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

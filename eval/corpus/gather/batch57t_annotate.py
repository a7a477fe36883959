#!/usr/bin/env python3
"""Batch 57t gold annotations (the texts of batch57t.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-arriva-rail-north-northern-rail-franchise-phase-1-concerns-2016 -> test,
uk-cma-co-op-nisa-retail-merger-phase-1-cleared-2018 -> train. `published` 2016-05-12 (Arriva; the day of the CMA's
phase 1 decision the release announces, see the record's notes) and 2018-04-23 (Co-op / Nisa; the page store's date).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a,
56g, 56m, 57c and 57h; the rail-franchise text of batch 18b): the regulator an Organization 'Competition and Markets
Authority' with alias 'CMA' where the text spells it out; the Department for Transport an Organization; a company's
short form defined in brackets ('(ARN)', '(Arriva)', '(Co-op)', '(Nisa)') -> alias; 'X, a subsidiary of Y' ->
parentOrganization(X, Y); train operating companies a group is said to operate -> Company with parentOrganization to
the group (18b's 'owned franchises are train operating businesses'); a rail franchise itself (the right to run the
services, 'the Northern Rail franchise') -> no entity (18b: franchises are contracts, not entities) and its award or
take-over -> no `acquired` (no company bought); a franchise awarded by a government department -> partner(operator,
department) (a contract between named organisations, GUIDELINES part 2; 57e's contractor and the Navy); a 'proposed
merger' whose text never says who buys whom -> nothing (GUIDELINES part 2); 'Senior Director of Mergers at the CMA' ->
director at the CMA (40zo, 41a, 55g, 55zc, 56g, 56m, 57c); named regions and countries -> Location; dates resolved
against `published`. No outage in either text.
usage: batch57t_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather58t/pool /tmp/gather58t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
CMA_N = "Competition and Markets Authority"
CMA = E("Organization", CMA_N, "CMA")

# ---- Arriva / Northern Rail franchise, phase 1 concerns (published 2016-05-12) -------------------------------------
ARN = "Arriva Rail North Limited"
ARR = "Arriva plc"
XC = "Cross-Country Trains Limited"
ATW = "Arriva Trains Wales"
DFT = "Department for Transport"
A["uk-cma-arriva-rail-north-northern-rail-franchise-phase-1-concerns-2016"] = dict(
 # 'the Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (also 'the CMA', "The CMA’s");
 # 'the Department for Transport' -> Organization. Companies: 'Arriva Rail North Limited (ARN)' with the bracketed
 # alias 'ARN' (used nowhere else, still the text's defined short form); 'Arriva plc (Arriva)' with alias 'Arriva'
 # (the summary line's 'Arriva' comes before the definition and is the same group; also "Arriva’s" twice);
 # 'Cross-Country Trains Limited' and 'Arriva Trains Wales' (named as the franchises Arriva operates, by the names of
 # the train operating businesses; **doubtful**: a reader may leave them out as franchises, i.e. contracts, or keep
 # only the one with 'Limited'). Locations: 'Great Britain', 'northern England' (as written, lower-case 'northern'),
 # 'UK', 'London', 'South East of England', 'North East', 'North West', 'Midlands', 'Wales' (the bus network's areas;
 # 'the North East, North West' are English regions the text names). Left out: 'the Northern Rail franchise' (a
 # franchise, the right to run the services, not a company or a product: no entity; **doubtful**: a reader may type
 # 'Northern Rail' as a Company, the business ARN runs, or as a Service passengers use), 'passengers', 'other service
 # providers', 'bus operators' (unnamed), 'two rail concessions', 'one open access rail service' (unnamed), 'an
 # enforcement order' (a document), '38 overlapping journeys' (unnamed routes)
 entities=[CMA, E("Organization", DFT), E("Company", ARN, "ARN"), E("Company", ARR, "Arriva"), E("Company", XC),
           E("Company", ATW)]
          + locs("Great Britain", "northern England", "UK", "London", "South East of England", "North East",
                 "North West", "Midlands", "Wales"),
 # No person is named in the kept text (any quotation is past the cut): no role
 roles=[],
 # 'Arriva Rail North Limited (ARN), a subsidiary of Arriva plc (Arriva)' -> parentOrganization(ARN, Arriva plc).
 # 'Arriva currently operates 3 rail franchises, including Cross-Country Trains Limited and Arriva Trains Wales' ->
 # parentOrganization of each to Arriva plc (train operating businesses run by the group, as 18b's franchise owners;
 # **doubtful**: the text says 'operates', not 'owns'; a reader may give nothing). 'after being awarded the franchise
 # by the Department for Transport' -> partner(ARN, Department for Transport) (a franchise agreement is a contract
 # between the two named bodies; direction as written, the operator first; **doubtful**: a reader may read the award
 # as a regulatory act and give nothing). Near-misses: 'taking over the Northern Rail franchise', 'the franchise
 # award' (a franchise is no company: no acquired; the CMA treats it as a merger, but nothing named was bought;
 # **doubtful**: a reader who types Northern Rail as a Company would add acquired(ARN, Northern Rail) and
 # parentOrganization); 'any loss of competition between Arriva and the Northern Rail franchise' (competitors, no
 # partner); 'overlap with a number of journeys' (overlaps, no relation); 'the CMA has issued an enforcement order'
 # and a possible in-depth investigation (regulatory steps, no company relation); 'one of the largest bus operators
 # in the UK' (a ranking); Arriva's own owner is not named in the text (nothing)
 relations=[L(ARN, "parentOrganization", ARR), L(XC, "parentOrganization", ARR), L(ATW, "parentOrganization", ARR),
            L(ARN, "partner", DFT)],
 outages=[],
 # '1 April 2016' (ARN began operating the franchise) -> 2016-04-01; 'last December' (the award) against `published`
 # 2016-05-12 -> 2015-12. Not dates: '3 rail franchises', '38 overlapping journeys', '5,900 bus services' (counts)
 dates=[D("1 April 2016", "2016-04-01"), D("last December", "2015-12")])

# ---- Co-op / Nisa, phase 1 clearance (published 2018-04-23) --------------------------------------------------------
COOP = "The Co-operative Group Ltd"
NISA = "Nisa Retail Ltd"
A["uk-cma-co-op-nisa-retail-merger-phase-1-cleared-2018"] = dict(
 # 'the Competition and Markets Authority ( CMA )' -> Organization with alias 'CMA' (the brackets have spaces inside;
 # the alias is the bare 'CMA', which the text also uses as 'the CMA', 'at the CMA ,'). Companies: 'The Co-operative
 # Group Ltd (Co-op)' with the bracketed alias 'Co-op' ('the merger with Co-op', 'both Co-op and Nisa-supplied
 # stores'; the name kept with its capital 'The' as written), 'Nisa Retail Ltd (Nisa)' with the bracketed alias
 # 'Nisa' ('Nisa supplies over 4,000 groceries stores'; 'Nisa-supplied' is an adjective built on it, not another
 # form of the name). Person: 'Sheldon Mills'. Location: 'UK' ('throughout the UK'). Left out: 'Nisa-supplied
 # stores', 'over 4,000 groceries stores', 'several different wholesalers', 'local alternatives' (unnamed), 'the
 # merged company' (no name of its own), 'convenience stores and supermarkets', 'shoppers', 'people' (generic),
 # "‘Phase 1’ investigation" (a procedure)
 entities=[CMA, E("Company", COOP, "Co-op"), E("Company", NISA, "Nisa"), E("Person", "Sheldon Mills")]
          + locs("UK"),
 # 'Sheldon Mills, Senior Director of Mergers at the CMA , said:' -> director at the CMA (the CMA's Senior Director
 # posts -> director: 40zo, 41a, 55g, 55zc, 56g, 56m, 57c); current
 roles=[R("Sheldon Mills", "director", CMA_N)],
 # No relation. Near-misses: 'the proposed merger' and 'the merger with Co-op' (a merger the text never says who buys
 # whom in: nothing, GUIDELINES part 2; **doubtful**: a reader who knows the deal was the Co-op's purchase of Nisa, or
 # who reads 'the merger with Co-op' from Nisa's side as Co-op buying, would add acquired(The Co-operative Group Ltd,
 # Nisa Retail Ltd) as an agreed deal); 'Co-op ... as a groceries retailer, and Nisa ... as a groceries wholesaler, do
 # not compete head-to-head' (a market description, no partner); 'Nisa supplies over 4,000 groceries stores' and
 # 'Nisa-supplied stores' (supply to unnamed customers: no partner); 'switch supplier' (hypothetical); the CMA's
 # clearance (a regulatory step, no company relation)
 relations=[],
 outages=[],
 # No date expression in the kept text ("‘Phase 1’" is a procedure; '4,000' a count)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

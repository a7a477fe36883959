#!/usr/bin/env python3
"""Batch 57c gold annotations (the texts of batch57c.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
uk-cma-amc-odeon-uci-manchester-cinemas-merger-phase-1-concerns-2016 -> test,
uk-cma-culligan-waterlogic-multifunctional-taps-merger-phase-1-concerns-2022 -> train. `published` null (AMC / Odeon;
no page in the store gives the release's day) and 2022-08-19 (Culligan / Waterlogic; the copy's date, against which
its 'yesterday' is the CMA's release day, 18 August 2022).
Conventions (GUIDELINES.md part 2; the CMA texts of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a,
56g and 56m): the regulator an Organization 'Competition and Markets Authority' with alias 'CMA' where the text spells
it out (41a, 55zc, 56m); a purchase the text tells as done ('X acquired Y on <date>') -> `acquired` AND
parentOrganization(target, buyer); an 'anticipated purchase' (the CMA's word for a deal not yet completed) ->
`acquired` only (GUIDELINES: agreed, not completed; 56m's Electro Rent / Microlease); named cinemas (sites) ->
Location with no relation (GUIDELINES part 2: named sites and facilities); a named brand of a product line ('its Zip
brand') -> Service with `provider` to the company the text says trades through it; 'CMA Senior Director of Mergers'
-> director at the CMA (40zo, 41a, 55g, 55zc, 56g, 56m); a short name the text defines in brackets ('(AMC)',
'(Odeon)') -> alias; dates resolved against `published`, with `published` null only absolute dates. No outage in
either text.
usage: batch57c_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather58c/pool /tmp/gather58c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
CMA_N = "Competition and Markets Authority"
CMA = E("Organization", CMA_N, "CMA")

# ---- AMC / Odeon, Manchester cinemas, phase 1 concerns (published null; early December 2016) -----------------------
AMC = "AMC (UK) Acquisition Ltd"
OD = "Odeon and UCI Cinemas Holdings Ltd"
A["uk-cma-amc-odeon-uci-manchester-cinemas-merger-phase-1-concerns-2016"] = dict(
 # 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (also 'The CMA', 'CMA Senior
 # Director'); 'AMC (UK) Acquisition Ltd (AMC)' -> Company with the bracketed alias 'AMC' ("AMC’s acquisition", 'AMC
 # operated', 'AMC can avoid', 'AMC will address'); 'Odeon and UCI Cinemas Holdings Ltd (Odeon)' -> Company with the
 # bracketed alias 'Odeon' ('Odeon operated several cinemas'; the summary line's 'Odeon and UCI cinemas' read as the
 # same business's cinemas). Person: 'Sheldon Mills'. Locations: 'Manchester', 'the UK' ('only one cinema in the UK';
 # "the UK’s" is past the cut), and the two named cinemas 'AMC Great Northern' and 'Odeon Printworks' (named sites,
 # GUIDELINES part 2: Location, no role or relation; **doubtful**: a reader may leave them out as venues, or type them
 # Service as the places the companies sell tickets for). Left out: 'UCI' alone (only inside 'Odeon and UCI cinemas'
 # in the summary line, a brand of the target's cinemas; the company is named in full later: no entity of its own;
 # **doubtful**, a reader may list 'UCI' as an alias of the target), 'cinemagoers', 'cinema operators' (unnamed), 'a
 # 16-screen multiplex', 'a 20-screen multiplex' (descriptions of the named cinemas), 'the case page' (a web page, no
 # name)
 entities=[CMA, E("Company", AMC, "AMC"), E("Company", OD, "Odeon"), E("Person", "Sheldon Mills")]
          + locs("Manchester", "UK", "AMC Great Northern", "Odeon Printworks"),
 # 'Sheldon Mills, CMA Senior Director of Mergers and decision-maker in this case, said:' -> director at the CMA (the
 # CMA's Senior Director posts -> director: 40zo, 41a, 55g, 55zc, 56g, 56m; 'decision-maker in this case' is a task,
 # not a post); current
 roles=[R("Sheldon Mills", "director", CMA_N)],
 # 'AMC (UK) Acquisition Ltd (AMC) acquired Odeon and UCI Cinemas Holdings Ltd (Odeon) on 30 November 2016' -> a
 # purchase told as done: acquired(AMC (UK) Acquisition Ltd, Odeon and UCI Cinemas Holdings Ltd) and
 # parentOrganization(Odeon and UCI Cinemas Holdings Ltd, AMC (UK) Acquisition Ltd). Near-misses: 'AMC operated only
 # one cinema in the UK ... (the AMC Great Northern)' and 'Odeon operated several cinemas, including the Odeon
 # Printworks' (companies running named sites: no relation attaches to a site, GUIDELINES part 2); 'the AMC Great
 # Northern and Odeon Printworks cinemas were close competitors' (rival sites: no partner); 'if it can offer a remedy'
 # (no remedy offered, no buyer, nothing sold); the CMA's finding and a possible referral (regulatory steps, no company
 # relation); AMC's own owners are not named in the text (AMC Entertainment, the US cinema chain, is not in it: nothing)
 relations=[L(AMC, "acquired", OD), L(OD, "parentOrganization", AMC)],
 outages=[],
 # '30 November 2016' (completion) -> 2016-11-30; '15 December 2016' (AMC's remedy deadline) -> 2016-12-15. Not
 # dates: '16-screen', '20-screen' (sizes)
 dates=[D("30 November 2016", "2016-11-30"), D("15 December 2016", "2016-12-15")])

# ---- Culligan / Waterlogic, phase 1 concerns (published 2022-08-19; the CMA's release of 18 August 2022) ----------
CU = "Culligan"
WL = "Waterlogic"
A["uk-cma-culligan-waterlogic-multifunctional-taps-merger-phase-1-concerns-2022"] = dict(
 # 'The Competition and Markets Authority (CMA)' -> Organization with alias 'CMA' (the summary line's 'The CMA' comes
 # first; also "the CMA’s", 'CMA Senior Director of Mergers'); Companies: 'Culligan' (also "Culligan’s"; named only
 # so) and 'Waterlogic' (named only so). Services: 'Zip' ('Culligan (mainly through its Zip brand) is the leading
 # supplier of multifunctional taps') and 'Billi' ('Waterlogic (through its Billi brand)') -> brands of a product
 # users buy, GUIDELINES part 2 (products -> Service); **doubtful**: a reader may type them Company (trading names of
 # the businesses that sell the taps) or leave them out as brands. Person: 'Sorcha O’Carroll' (with the curly
 # apostrophe, as written). Location: 'the UK' (three times). Left out: 'business customers', 'offices', 'employers',
 # 'employees' (unnamed), 'three large suppliers' (unnamed), 'the merging businesses' (the two, no new name), 'the
 # Culligan and Waterlogic merger inquiry page' (a web page, no name of its own)
 entities=[CMA, E("Company", CU), E("Company", WL), E("Service", "Zip"), E("Service", "Billi"),
           E("Person", "Sorcha O\u2019Carroll")] + locs("UK"),
 # 'Sorcha O’Carroll, CMA Senior Director of Mergers, yesterday said:' -> director at the CMA (as 56m's Colin
 # Raftery 'Senior Director of Mergers'); current
 roles=[R("Sorcha O\u2019Carroll", "director", CMA_N)],
 # 'the anticipated purchase of Waterlogic by Culligan' -> acquired(Culligan, Waterlogic) only: the text names buyer
 # and target and calls the deal 'anticipated' (agreed, not completed: no parentOrganization; GUIDELINES part 2).
 # **Doubtful**: a reader may give nothing, reading 'anticipated' as not yet agreed (the text never says 'agreed').
 # 'Culligan (mainly through its Zip brand) is the leading supplier of multifunctional taps' -> provider(Zip,
 # Culligan); 'Waterlogic (through its Billi brand)' -> provider(Billi, Waterlogic) (the company that sells under the
 # brand; **doubtful** with the Service typing above). Near-misses: 'Waterlogic ... is one of Culligan’s main
 # competitors' (competitors: no partner); 'this merger would leave just three large suppliers' (unnamed rivals);
 # 'submit proposals to address the CMA’s competition concerns' (remedies not offered; no buyer, nothing sold); the
 # referral for a Phase 2 investigation (a regulatory step); 'If the merging businesses can offer a suitable way'
 # (a condition, no relation)
 relations=[L(CU, "acquired", WL), L("Zip", "provider", CU), L("Billi", "provider", WL)],
 outages=[],
 # 'yesterday' (O’Carroll's statement; the CMA's release day) against `published` 2022-08-19 -> 2022-08-18. Not
 # dates: '5 working days' (a period from no stated day), 'Phase 2' (a procedure), 'now' (not listed by the corpus)
 dates=[D("yesterday", "2022-08-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

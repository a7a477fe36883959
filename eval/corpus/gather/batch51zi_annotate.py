#!/usr/bin/env python3
"""Batch 51zi gold annotations (the texts of batch51zi.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
gov-uk-beis-bulb-special-administrators-octopus-energy-customer-transfer-approved-2022 -> test,
gov-uk-beis-perpetuus-group-shanghai-kington-phase-2-national-security-referral-2022 -> train. `published` 2022-10-29
and 2022-05-11.
Conventions (GUIDELINES.md part 2; the gov.uk texts of batches 18b, 21c, 24b, 51f, 51k, 51s and 51y): government bodies,
the CMA and courts -> Organization; 'UK government' -> Organization (as 51y's 'UK Government'), and the UK inside that
name is not made a Location of its own (as a company named only inside a product name); a minister named with a title
that names no country ('Business Secretary') -> Person, with the role minister at the country only where the text names
the country on its own (51f's Ben Wallace; 51k gives none where the UK is only a modifier); an unnamed office-holder
('the Business Secretary', 'the Business and Energy Secretary') -> no entity, no role; 'UK' used as a name ('in the
UK', 'The UK remains ...') and as a modifier ('UK companies') -> one Location 'UK'. Laws and the years in their names
('Enterprise Act 2002') are neither entities nor dates. A 'proposed acquisition' that the text shows only under the
government's review (a Phase 2 referral), never as agreed -> nothing (as 51f's Impcross); a transfer of a company's
customers and 'relevant assets' to a buyer -> nothing (an asset purchase, GUIDELINES part 2). No outage in either text.
usage: batch51zi_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather52zi/pool /tmp/gather52zi/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Bulb / Octopus Energy, customer transfer approved (published 2022-10-29) --------------------------------------
A["gov-uk-beis-bulb-special-administrators-octopus-energy-customer-transfer-approved-2022"] = dict(
 # 'Bulb' (also 'Bulb's', 'Bulb’s', 'Bulb customers') -> Company (the energy supplier in special administration);
 # 'Octopus Energy' with alias 'Octopus' ('a new energy home in Octopus', 'Octopus customers’') -> Company; 'the UK
 # government' ('UK government approves deal', 'the UK government confirms today') -> Organization 'UK government' (as
 # written, small 'g'; doubtful: 'the government' of a country, which 51y and the gov.uk texts in train make an
 # Organization); 'the High Court' -> Organization (a court). Left out: 'the special administrators of Bulb' /
 # 'Bulb’s special administrators' (unnamed), 'the Business and Energy Secretary' (an office, unnamed in the text),
 # 'an Energy Transfer Scheme (ETS)' (a statutory process, not a body), 'a new separate entity' (unnamed), the UK
 # inside 'UK government' (doubtful: a reader may add a Location 'UK'; the text never names the country on its own)
 entities=[E("Company", "Bulb"), E("Company", "Octopus Energy", "Octopus"), E("Organization", "UK government"),
           E("Organization", "High Court")],
 # No role: no person is named (the Business and Energy Secretary's quotation lies beyond the cut)
 roles=[],
 # Near-miss, no relation: the agreement 'between the special administrators of Bulb and Octopus Energy to acquire
 # Bulb’s 1.5 million customers', with 'the relevant assets of Bulb' moved into 'a new separate entity' by an Energy
 # Transfer Scheme - the customers and assets change hands, not the company: an asset purchase (GUIDELINES part 2:
 # nothing). Doubtful: the text calls it 'the sale' and gives Bulb's customers 'a new energy home in Octopus'; a reader
 # may give acquired(Octopus Energy, Bulb) (agreed, awaiting the Secretary's approval and the High Court's order). No
 # partner(Bulb, Octopus Energy) from 'an agreement ... between special administrators of Bulb and Octopus Energy': a
 # sale agreement made by the administrators, not a partnership or supply contract (near-miss)
 relations=[],
 outages=[],
 # 'today' ('the UK government confirms today') -> 2022-10-29 (`published`); 'the end of November' -> 2022-11 (the
 # month, GUIDELINES' 'the end of the month'; the November after `published`). Not dates: 'overnight' (the night
 # before `published`, no calendar value of its own beyond it; skipped, doubtful), 'in recent months' (unresolvable)
 dates=[D("today", "2022-10-29"), D("the end of November", "2022-11")])

# ---- Perpetuus Group / Shanghai Kington Technologies, Phase 2 referral (published 2022-05-11) -----------------------
A["gov-uk-beis-perpetuus-group-shanghai-kington-phase-2-national-security-referral-2022"] = dict(
 # 'Kwasi Kwarteng' (twice, 'Business Secretary Kwasi Kwarteng') -> Person; 'the Competition and Markets Authority
 # (CMA)' (twice in full) with alias 'CMA' (five times) -> Organization; 'the Perpetuus Group' / 'Perpetuus Group' ->
 # Company 'Perpetuus Group' ('a group of UK companies'); 'Shanghai Kington Technologies' -> Company; 'UK' ('within a
 # market or markets in the UK', 'a group of UK companies', 'The UK remains firmly open for business') -> Location.
 # Left out: 'others' (the unnamed co-acquirers), 'the Business Secretary' (the office alone), 'departments across
 # government', 'the government' (generic), 'the Enterprise Act 2002' (a law), 'the Phase 1 report' (a document)
 entities=[E("Person", "Kwasi Kwarteng"), E("Organization", "Competition and Markets Authority", "CMA"),
           E("Company", "Perpetuus Group"), E("Company", "Shanghai Kington Technologies")] + locs("UK"),
 # 'Business Secretary Kwasi Kwarteng' -> minister at UK, current: the UK is named on its own ('in the UK', 'The UK
 # remains firmly open for business', in his own words) - as 51f's 'Defence Secretary Ben Wallace' with 'The UK has
 # provided ...' (doubtful: the post 'Business Secretary' names no country, and 51k gave Andrea Leadsom none where
 # the UK was only a modifier)
 roles=[R("Kwasi Kwarteng", "minister", "UK")],
 # Near-miss, no relation: 'the proposed acquisition of the Perpetuus Group by Shanghai Kington Technologies and
 # others' - a proposal the Business Secretary refers for a Phase 2 investigation on national security grounds; the
 # text never says it was agreed, so nothing (GUIDELINES part 2: offers and intentions -> nothing; as 51f's Impcross;
 # doubtful: 51k gave acquired only to Advent / Cobham, whose text showed undertakings 'offered by the acquiring
 # company'). The CMA reporting to the Business Secretary: a statutory duty, no partner
 relations=[],
 outages=[],
 # 'today' (in 'today (Wednesday 11 May)', 'published today' and 'Today's decision'; one text ignoring case) ->
 # 2022-05-11 (`published`); 'Wednesday 11 May' -> 2022-05-11 (a Wednesday in 2022, the year of `published`): two
 # surface texts, two items. Not dates: '2002' in the Act's name; 'Phase 1', 'Phase 2'
 dates=[D("today", "2022-05-11"), D("Wednesday 11 May", "2022-05-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

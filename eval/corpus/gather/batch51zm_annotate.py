#!/usr/bin/env python3
"""Batch 51zm gold annotations (the texts of batch51zm.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
gov-uk-beis-cobham-ultra-electronics-undertakings-talks-public-update-2022 -> test,
gov-uk-dbt-navantia-uk-harland-wolff-shipyards-deal-agreed-2024 -> train. `published` 2022-04-28 and 2024-12-19.
Conventions (GUIDELINES.md part 2; the gov.uk texts of batches 18b, 21c, 24b, 51f, 51k, 51s, 51y and 51zi): government
bodies, departments, the armed services and the CMA -> Organization; a minister named with a title that names no
country ('Business Secretary', 'Business & Trade Secretary') -> Person, with the role minister at the country only where
the text names the country on its own (51f's Ben Wallace, 51zi's Kwasi Kwarteng; 51k and 51zi's Bulb text give none
where the UK is only a modifier); an unnamed office-holder ('the Business Secretary' alone, 'the Government') -> no
entity, no role; a country's name, also as a modifier ('UK jobs', 'a UK publicly listed company') -> Location (43q,
44c, 51k); towns and places of shipyards -> Location. Laws and the years in their names ('Enterprise Act 2002'),
programmes ('the Fleet Solid Support (FSS) Programme', 'our Plan for Change') are neither entities nor dates. A
'proposed acquisition' that the text shows only under the government's review, never as agreed -> nothing (51f's
Impcross, 51zi's Perpetuus); a purchase the text calls agreed ('agrees commercial deal to purchase Harland & Wolff',
'subject to regulatory approval') -> acquired only (GUIDELINES part 2: agreed, not completed). No outage in either text.
usage: batch51zm_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather52zm/pool /tmp/gather52zm/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Cobham / Ultra Electronics, public update (published 2022-04-28) ------------------------------------------------
A["gov-uk-beis-cobham-ultra-electronics-undertakings-talks-public-update-2022"] = dict(
 # 'Business Secretary Kwasi Kwarteng' -> Person; 'Cobham' ('Cobham’s proposed acquisition', 'by Cobham', 'Cobham and
 # Ultra') -> Company (the buyer; its full name 'Cobham Ultra Acquisitions Limited' is only in the title); 'Ultra'
 # ('of Ultra', 'Ultra is a UK publicly listed company') -> Company (the full name 'Ultra Electronics Holdings plc'
 # only in the title; the text's fullest form is 'Ultra'); 'the Competition and Markets Authority' (twice; no acronym
 # in the text) -> Organization; 'The Department for Business, Energy and Industrial Strategy' -> Organization; 'UK'
 # (only as a modifier, 'a UK publicly listed company') -> Location (51k's convention). Left out: 'the Business
 # Secretary' (the office alone), 'the companies involved', 'officials', 'the Enterprise Act 2002' (a law), 'the Phase 1
 # process' and 'a Phase 2 investigation' (procedures), 'the Secretary of State' is not in the cut text
 entities=[E("Person", "Kwasi Kwarteng"), E("Company", "Cobham"), E("Company", "Ultra"),
           E("Organization", "Competition and Markets Authority"),
           E("Organization", "Department for Business, Energy and Industrial Strategy")] + locs("UK"),
 # No role for 'Business Secretary Kwasi Kwarteng': the post names no country and the UK is named only as a modifier
 # (51k's Andrea Leadsom, 51zi's Bulb text). Doubtful: the text names his department ('The Department for Business,
 # Energy and Industrial Strategy is continuing to work ...'), so a reader may give head at that department or
 # minister at UK
 roles=[],
 # Near-miss, no relation: 'Cobham’s proposed acquisition of Ultra' / 'the proposed acquisition of Ultra by Cobham' -
 # a transaction under review, with undertakings still being explored and a Phase 2 reference still possible; the
 # text never says the deal was agreed or completed (GUIDELINES part 2: offers and intentions -> nothing; as 51f's
 # Impcross and 51zi's Perpetuus). Doubtful: 'recent proposals by Cobham' and 'the companies involved in the proposed
 # acquisition' may read to some as an agreed deal awaiting clearance (acquired(Cobham, Ultra)); the text does not
 # say the parties agreed terms. 'Cobham and Ultra' working with officials on undertakings: no partnership
 relations=[],
 outages=[],
 # 'Today' ('Today’s update') -> 2022-04-28 (`published`). Not dates: '2002' in the Act's name; 'Phase 1', 'Phase 2';
 # 'recent proposals' (unresolvable)
 dates=[D("Today", "2022-04-28")])

# ---- Navantia UK / Harland & Wolff, deal agreed (published 2024-12-19) ----------------------------------------------
A["gov-uk-dbt-navantia-uk-harland-wolff-shipyards-deal-agreed-2024"] = dict(
 # 'Navantia UK' (three times) with alias 'Navantia' (the summary line's 'Navantia has agreed a commercial deal ...',
 # 'the Ministry of Defence’s contract with Navantia', 'ensure Navantia can still deliver on the contract', 'from
 # Navantia' in the quotation) -> Company: the text tells one buyer and one contractor under both forms (the summary
 # line's 'Navantia has agreed ...' is the bullet's 'Navantia UK agrees ...'; 'worked closely with Navantia UK ...
 # to ensure Navantia can still deliver'), so one entity (doubtful: a reader who knows the Spanish state shipbuilder
 # may make 'Navantia' a parent of its UK arm; the text says nothing of a parent); 'Harland & Wolff' (also 'Harland &
 # Wolff's', 'Harland & Wolff’s') -> Company; 'the Ministry of Defence’s contract' -> Organization 'Ministry of
 # Defence'; 'three Royal Navy ships' with alias 'Navy' ('all three Navy ships') -> Organization 'Royal Navy' (as the
 # corpus types it; doubtful: named only as a modifier of 'ships'); 'Business & Trade Secretary Jonathan Reynolds' ->
 # Person; Locations: 'UK' (name and modifier: 'across the UK', 'in the UK', 'UK shipbuilding jobs'), 'Northern
 # Ireland', 'Scotland', 'Devon', 'Belfast', 'Arnish', 'Methil', 'Appledore' (the shipyards' places). Left out: 'the
 # Fleet Solid Support (FSS) Programme' / 'the FSS Programme contract' / 'The FSS ships' (a programme and its ships,
 # not a body), 'our Plan for Change' (a government programme), 'the Carrier Strike Group' (a naval formation of
 # ships, not a body; doubtful, near-miss), 'The Government' (generic), 'shipbuilder' (a description)
 entities=[E("Company", "Navantia UK", "Navantia"), E("Company", "Harland & Wolff"),
           E("Organization", "Ministry of Defence"), E("Organization", "Royal Navy", "Navy"),
           E("Person", "Jonathan Reynolds")]
          + locs("UK", "Northern Ireland", "Scotland", "Devon", "Belfast", "Arnish", "Methil", "Appledore"),
 # 'Business & Trade Secretary Jonathan Reynolds' -> minister at UK, current: the UK is named on its own ('across the
 # UK', 'in the UK', 'a major vote of confidence in the UK' in his own words), as 51f's Ben Wallace and 51zi's Kwasi
 # Kwarteng (doubtful: the post 'Business & Trade Secretary' names no country)
 roles=[R("Jonathan Reynolds", "minister", "UK")],
 # acquired(Navantia UK, Harland & Wolff): 'shipbuilder Navantia UK agrees commercial deal to purchase Harland & Wolff'
 # with 'Deal, which is subject to regulatory approval' and 'expected to be completed shortly' -> agreed, not
 # completed: acquired only, no parentOrganization (GUIDELINES part 2). Doubtful: the summary line and the body say
 # the deal is 'to purchase all four of Harland & Wolff's shipyards' / 'all four of its shipyards', which reads as an
 # asset purchase (nothing under GUIDELINES part 2); the bullet names the company itself as what is bought, so
 # acquired is kept. partner(Ministry of Defence, Navantia UK): 'the Ministry of Defence’s contract with Navantia to
 # build three Royal Navy ships' - a supply contract between two named organisations, direction as written (the
 # Ministry's contract with Navantia). Near-misses: 'The Government has worked closely with Navantia UK and agreed an
 # amendment to the existing FSS Programme contract' (the Government unnamed as a body; the same contract, already
 # the Ministry's partner relation); the Royal Navy as the ships' user (no contract of its own in the text; no
 # parentOrganization(Royal Navy, Ministry of Defence): the text does not say it); 'which Navantia UK has agreed with
 # Harland & Wolff' (the sale agreement itself, no partner)
 relations=[L("Navantia UK", "acquired", "Harland & Wolff"), L("Ministry of Defence", "partner", "Navantia UK")],
 outages=[],
 # No dates: 'shortly' ('expected to be completed shortly') is unresolvable; '1,000', 'four', 'three' are counts
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 51k gold annotations (the texts of batch51k.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part; the cycle test, train, dev, train):
gov-uk-beis-advent-international-cobham-undertakings-consultation-2019 -> test,
gov-uk-beis-gardner-aerospace-northern-aerospace-acquisition-cleared-2018 -> train. `published` 2019-11-19,
2018-07-19. (A third text, the Mettis Aerospace / Aerostar intervention notice, was annotated and then left out of the
batch as a near-duplicate in wording of 51f's Impcross story in train; GATHERING section 51k.)
Conventions (GUIDELINES.md part 2; the gov.uk texts of batches 18b, 21c, 24b and 51f): government bodies and the CMA
-> Organization; a minister named with a title that names no country on its own ('Business Secretary', 'the
Secretary of State for Business, Energy and Industrial Strategy') -> Person, no role (as GATHERING's 'Secretary of
State for Business, Enterprise and Regulatory Reform' and its 'US' only as an adjective); an unnamed minister ('the
Secretary of State', 'the Secretary of State for Defence', 'the Defence Secretary') -> no entity, no role; a country's
name used as a modifier ('a UK defence company') -> Location (43q, 44c). Laws and the years in their names
('Enterprise Act 2002') are neither entities nor dates. A proposed acquisition that the text shows as a deal awaiting
approval (undertakings offered by 'the acquiring company', a clearance) -> acquired only (as 51f's Aveva; doubtful);
one the text shows only as known to the government and stopped by an Order -> nothing (as 51f's Impcross). No outage
in either text.
usage: batch51k_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather52k/pool /tmp/gather52k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Cobham / Advent International, consultation on undertakings (published 2019-11-19) ---------------------------
A["gov-uk-beis-advent-international-cobham-undertakings-consultation-2019"] = dict(
 # 'Andrea Leadsom' (twice, 'Business Secretary Andrea Leadsom') -> Person; 'Cobham' (also in 'Cobham’s') and
 # 'Advent International' (alias 'Advent', in 'Board structures that Advent plan to institute') -> Company; 'the
 # Ministry of Defence (MOD)' -> Organization, alias 'MOD'; 'HMG' (in 'sensitive HMG information') -> Organization
 # (Her Majesty's Government named by its acronym; doubtful: a modifier, and 'the government' alone is left out
 # elsewhere); 'UK' (in 'a UK defence company') and 'US' (in 'a US private equity firm') -> Location (names used as
 # modifiers). Left out: 'the acquiring company', 'Cobham’s new owners' (descriptions of Advent, not names),
 # 'Enterprise Act 2002' (a law), 'the consultation', 'Board structures' (generic)
 entities=[E("Person", "Andrea Leadsom"), E("Company", "Cobham"), E("Company", "Advent International", "Advent"),
           E("Organization", "Ministry of Defence", "MOD"), E("Organization", "HMG")] + locs("UK", "US"),
 # No role: 'Business Secretary Andrea Leadsom' - the post names no country, and the UK is named only as a modifier
 # ('a UK defence company'; as the US 'only an adjective' in GATHERING's Brady text; doubtful: a reader may give
 # minister at UK)
 roles=[],
 # 'the proposed acquisition of Cobham, a UK defence company, by Advent International' with undertakings 'offered by
 # the acquiring company' and binding 'Cobham’s new owners' -> acquired(Advent International, Cobham): an agreed deal
 # awaiting the government's approval, completion not told, so no parentOrganization (doubtful: the text never says
 # 'agreed'; a reader may see only a proposal and give nothing). Near-miss: the Ministry of Defence's 'existing
 # contracts' with Cobham ('honour the terms of existing contracts', 'supply key services') - the other party of the
 # contracts is not stated in so many words; no partner (doubtful)
 relations=[L("Advent International", "acquired", "Cobham")],
 outages=[],
 # 'Today' (in 'Today (19 November 2019)') and '19 November 2019' -> 2019-11-19 (two surface texts, two items);
 # '17 December 2019' (in 'midnight at the end of 17 December 2019') -> 2019-12-17. Not dates: '2002' in the Act's
 # name, 'for 5 years' (a span)
 dates=[D("Today", "2019-11-19"), D("19 November 2019", "2019-11-19"), D("17 December 2019", "2019-12-17")])

# ---- Northern Aerospace / Gardner Aerospace, cleared (published 2018-07-19) ---------------------------------------
A["gov-uk-beis-gardner-aerospace-northern-aerospace-acquisition-cleared-2018"] = dict(
 # 'Greg Clark' -> Person; 'Northern Aerospace Limited', 'Gardner Aerospace Holdings Limited' -> Company; 'the
 # Competition and Markets Authority' -> Organization, alias 'Competition and Market Authority' (the page's own
 # misspelling, in 'the Competition and Market Authority’s report'). Left out: 'the Secretary of State' / 'the
 # Business Secretary' / 'he' (Greg Clark's post, not a name), 'the Secretary of State for Defence' / 'the Defence
 # Secretary' (unnamed), 'the Initial Enforcement Order' (an order), 'the two parties' (generic)
 entities=[E("Person", "Greg Clark"), E("Company", "Northern Aerospace Limited"),
           E("Company", "Gardner Aerospace Holdings Limited"),
           E("Organization", "Competition and Markets Authority", "Competition and Market Authority")],
 # No role: 'The Secretary of State for Business, Energy and Industrial Strategy, Greg Clark' - the post names no
 # country and no department entity (as GATHERING's 'Secretary of State for Business, Enterprise and Regulatory
 # Reform'; doubtful: the lane's kind of minister, but the binding rule gives none)
 roles=[],
 # 'his decision to clear the proposed acquisition of Northern Aerospace Limited by Gardner Aerospace Holdings Limited
 # unconditionally' and 'any deal between the two parties will not compromise national security' -> acquired
 # (Gardner, Northern Aerospace): a deal awaiting approval, now cleared; completion not told, so no parentOrganization
 # (doubtful: 'proposed'; a reader may give nothing, or add parentOrganization reading the clearance as the end)
 relations=[L("Gardner Aerospace Holdings Limited", "acquired", "Northern Aerospace Limited")],
 outages=[],
 # 'today' (in 'today (19 July 2018)') and '19 July 2018' -> 2018-07-19 (two items); 'Sunday 17 June 2018' ->
 # 2018-06-17 (one expression; 17 June 2018 was a Sunday). Not dates: 'Phase 2'
 dates=[D("today", "2018-07-19"), D("19 July 2018", "2018-07-19"), D("Sunday 17 June 2018", "2018-06-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

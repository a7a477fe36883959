#!/usr/bin/env python3
"""Batch 45zd gold annotations (the texts of batch45zd.py: Rep. Lee Zeldin's press release on PSEG Long Island's
expanded claims policy after Tropical Storm Isaias, zeldin.house.gov, undated as held; Rep. Sean Patrick Maloney's
press release on his letter to Energy and Commerce Chair Frank Pallone after Isaias left the Hudson Valley without
power, seanmaloney.house.gov, 11 August 2020), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Zeldin's text has no `published`, so only absolute expressions are listed there and its outage gets no
date; Maloney's is dated 2020-08-11 and its relative expressions are resolved (GUIDELINES, Dates and Outages).
Conventions (the corpus's congressional releases: batches 45e, 45i, 45n, 45q, 45u and 45y): the utility whose
customers lost power -> the outage's provider (Company); members of Congress -> Person with no role (legislators,
committee chairs among them); a congressional committee and a federal agency -> Organization; datelines as written
-> Location (45q's 'GLEN ROCK, NJ', 45u's 'NEW YORK, NY'), named regions ('the Hudson Valley', 'the Tri-State area')
-> Location (45u's 'North Jersey', 45y's 'Southeast Michigan'); storms are events, not entities; district and party
labels ('NY-1', 'NY-18', 'R') are not entities; a delegation is not an entity (45e's Connecticut delegation);
demonyms ('Long Islanders') are not annotated.
usage: batch45zd_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zd/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Zeldin on PSEG Long Island's claims policy after Tropical Storm Isaias (zeldin.house.gov; published null) ------
A["us-house-zeldin-release-pseg-long-island-isaias-reimbursement-policy-2020"] = dict(
 # Person: Lee Zeldin ('Congressman Lee Zeldin', 'Congressman Zeldin' twice; alias 'Zeldin', as the title writes
 # it). Company: PSEG Long Island (once in full; 'PSEG' five times, "PSEG's" -> alias: in this text 'PSEG' is the Long
 # Island utility whose customers are reimbursed -- **doubtful**: the name is also that of the parent group, Public
 # Service Enterprise Group, which the text does not name; no second entity is made for it). Locations: the dateline
 # 'PATCHOGUE, NY' (as written), 'the Tri-State area' (a named region: **doubtful**, a reader may leave it out as
 # vague). Not annotated: 'the Long Island Congressional Delegation' (a group of members, as 45e's delegation; not an
 # organization with a name of its own), 'other regional energy companies' (unnamed), 'Long Islanders' (demonym),
 # 'COVID-19' (a disease), 'Tropical Storm Isaias' (a storm: an event), '(R, NY-1)' (party and district labels)
 entities=[E("Person", "Lee Zeldin", "Zeldin"), E("Company", "PSEG Long Island", "PSEG")]
          + locs("PATCHOGUE, NY", "Tri-State area"),
 # No role: Zeldin is a legislator; no PSEG officer is named in the excerpt
 roles=[],
 relations=[],
 # One outage: 'customers whose electrical service was interrupted by Tropical Storm Isaias for at least 72 hours',
 # 'customers who experienced extended power outages in the wake of Tropical Storm Isaias', 'those who experienced
 # prolonged power outages' -- PSEG Long Island's customers ('its customers') -> provider PSEG Long Island; location
 # null (**doubtful**: Long Island stands only inside the names 'PSEG Long Island' and 'the Long Island Congressional
 # Delegation' and in the demonym 'Long Islanders', not as a place of its own; the dateline 'PATCHOGUE, NY' is where
 # the release was issued; a reader may give 'Long Island'); cause 'Tropical Storm Isaias'; date null (`published`
 # null, no date in the text; by the record 4 August 2020); no start or end; duration null ('for at least 72 hours' is
 # the claims policy's threshold, not the outage's length: **doubtful**, as 45u's 'More than one week after the
 # storm'); affected [] (customers).
 # **Near-misses**: the spoiled food and medication (consequences, no second service lost); the claims policy and the
 # investigation into 'the PSEG response' (remedies, no event); 'other regional energy companies that service the
 # Tri-State area' (named nowhere here; their Isaias outages -- Con Edison's, PSE&G's -- are other golds' events)
 outages=[O("PSEG Long Island", None, [], cause="Tropical Storm Isaias")],
 # published null: no absolute expression ('Today', 'Last week': relative, skipped; 'at least 72 hours': a span;
 # 'COVID-19' is a name, not a date)
 dates=[])

# ---- Maloney to Chairman Pallone on the Hudson Valley's Isaias outages (seanmaloney.house.gov; 2020-08-11) ----------
A["us-house-maloney-letter-pallone-isaias-hudson-valley-power-outages-2020"] = dict(
 # Persons: Sean Patrick Maloney ('Rep. Sean Patrick Maloney' twice, 'Rep. Maloney'; alias 'Maloney', as the title
 # writes it), Frank Pallone ('Energy and Commerce Committee Chair, Frank Pallone'). Organizations: Energy and Commerce
 # Committee (the House committee: 'calling on the committee'), National Oceanic and Atmospheric Administration
 # ('(NOAA)' -> alias). Companies: Central Hudson, Orange & Rockland, NYSEG (as written, once each: the three utilities
 # whose representatives Maloney met). Locations: the dateline 'Washington, DC' (as written), Hudson Valley ('regions
 # like the Hudson Valley', 'homes in the Hudson Valley'). Not annotated: 'NY-18' (district label), 'utility
 # companies' and 'families' (generic), 'Tropical Storm Isaias' and 'Isaias' (a storm: an event; 'Isaias-impacted' a
 # compound), 'the increasingly severe storm seasons' (no name)
 entities=[E("Person", "Sean Patrick Maloney", "Maloney"), E("Person", "Frank Pallone"),
           E("Organization", "Energy and Commerce Committee"),
           E("Organization", "National Oceanic and Atmospheric Administration", "NOAA"),
           E("Company", "Central Hudson"), E("Company", "Orange & Rockland"), E("Company", "NYSEG")]
          + locs("Washington, DC", "Hudson Valley"),
 # No role: Pallone's 'Energy and Commerce Committee Chair' is a legislator's committee chair (GATHERING.md: committee
 # chairs who are legislators get none; 45y's Collins as Aging Committee chairman); Maloney is a legislator; no
 # officer of the three utilities is named
 roles=[],
 relations=[],
 # One outage: 'Tropical Storm Isaias left hundreds of thousands of homes in the Hudson Valley without power -- some
 # for as many as seven days', 'the length of time it took to restore power to Isaias-impacted regions like the Hudson
 # Valley', 'Nobody should be without power for seven days' -> provider null (**doubtful**, the round's main doubt:
 # the text lays the outage to the storm, not to a utility; Maloney met with Central Hudson, Orange & Rockland and
 # NYSEG the day before and the reader knows they serve the Hudson Valley, but the text does not say whose customers
 # lost power or tell the outage apart by utility -- a reader may give three outages, one per utility, as 45y gave
 # Emera Energy's from 'working hard to reduce the numbers of folks without power'; here the utilities are only met,
 # nothing is said of their restoring service, so none is taken); location Hudson Valley; cause 'Tropical Storm
 # Isaias'; date null (the storm's day is not in the text: 'Today' and 'on Monday' date the letter and the meeting,
 # not the outage; by the record 4 August 2020); no start or end; duration null ('some for as many as seven days' is
 # the longest some homes waited, not the outage's length: **doubtful**, a reader may give 168); affected [] (homes).
 # **Near-misses**: the 'extremely active' hurricane season NOAA predicts (a forecast, no event); 'providing back up
 # power for essential telecommunications infrastructure' (a remedy: no telecom outage is told); the congressional
 # review Maloney asks for (no event)
 outages=[O(None, None, [], loc="Hudson Valley", cause="Tropical Storm Isaias")],
 # published 2020-08-11 (a Tuesday): 'Today' -> 2020-08-11 (the letter); 'Monday' ('on Monday') -> 2020-08-10 (the
 # meeting). Skipped: 'seven days' (a span, twice), 'Ahead of ... hurricane season' (vague), '25 storms' (a count)
 dates=[D("Today", "2020-08-11"), D("Monday", "2020-08-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

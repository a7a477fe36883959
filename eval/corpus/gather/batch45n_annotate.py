#!/usr/bin/env python3
"""Batch 45n gold annotations (the texts of batch45n.py: Rep. Rosa L. DeLauro's press release and letter to
Connecticut Light & Power's President & CEO Jeffrey D. Butler after Tropical Storm Irene, 3 September 2011; Rep. Peter
T. King's press release and letter to President Obama on the Long Island Power Authority's restoration after Sandy,
9 November 2012; the Connecticut delegation's release on blumenthal.senate.gov with its letter of 4 November 2011 to
FERC's Chairman Jon Wellinghoff on Connecticut Light & Power and Northeast Utilities after the storm of 29 October
2011), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Two texts have `published` (their date lines), so relative expressions are resolved against it; the
senate.gov text has none, so only absolute expressions are listed there.
Conventions (the corpus's congressional releases: the Cruz CenterPoint letter, batches 45e and 45i): the utility
whose customers lost power -> the outage's provider (Company; a public power authority -> Organization, as the
corpus's train wp-long-island-lighting-company types LIPA); its officers -> Person with roles; members of Congress ->
Person with no role (legislators; a committee chair too); a congressional delegation is a group, not a body;
congressional committees -> Organization; datelines and address-block cities as written -> Location; storms are
events, not entities; laws and letters are not entities; district labels ('CT-3', 'R-NY') are not places.
usage: batch45n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}

# ---- DeLauro to CL&P after Tropical Storm Irene (delauro.house.gov; published 2011-09-03) ---------------------------
A["us-house-delauro-letter-clp-united-illuminating-irene-rate-increases-2011"] = dict(
 # Person: Rosa L. DeLauro ('Congresswoman DeLauro'; alias 'DeLauro'), Jeffrey D. Butler ('Dear Jeff,'; alias 'Jeff'
 # -- **doubtful**: a first name in a salutation; a reader may leave it out). Companies: Connecticut Light & Power
 # (four times; alias 'Connecticut Power & Light', the release's slip in its first sentence for the same company --
 # **doubtful**: a reader may not list the slip, or read it as another name), United Illuminating (three times).
 # Locations: the dateline 'New Haven, CT' (as written, as 45i's 'Washington, DC'), Hartford (the address block),
 # Connecticut. Not annotated: 'CT-3' (a district label), Tropical Storm Irene (a storm: an event), 'PO Box 270',
 # 'my District', 'both companies' and 'the state' (generic), 'state law'
 entities=[E("Person", "Rosa L. DeLauro", "DeLauro"), E("Person", "Jeffrey D. Butler", "Jeff"),
           E("Company", "Connecticut Light & Power", "Connecticut Power & Light"), E("Company", "United Illuminating")]
          + locs("New Haven, CT", "Hartford", "Connecticut"),
 # the address block 'Jeffrey D. Butler President & CEO Connecticut Light & Power' -> president and ceo at Connecticut
 # Light & Power, current. DeLauro: a legislator, no role
 roles=[R("Jeffrey D. Butler", "president", "Connecticut Light & Power"),
        R("Jeffrey D. Butler", "ceo", "Connecticut Light & Power")],
 # no relation: the two utilities are named side by side (no tie stated; Northeast Utilities is not in this text)
 relations=[],
 # Two outages, one per utility, the same storm:
 # (1) 'Tropical Storm Irene caused serious damage throughout the state and seriously impacted your company's ability
 #     to deliver electricity to hundreds of thousands of customers throughout the state' (the letter to CL&P's
 #     Butler) with 'restoration of power to your customers throughout Connecticut' -> provider Connecticut Light &
 #     Power; location Connecticut; cause 'Tropical Storm Irene'.
 # (2) 'United Illuminating and Connecticut Light & Power have been working hard to restore power to the over 900,000
 #     residents who were without it' -> provider United Illuminating, location Connecticut ('the largest power
 #     outage after a storm in state history'), cause 'Tropical Storm Irene'. **Doubtful**: UI's loss of service is
 #     told only jointly with CL&P's (each restoring its own customers); a reader may keep only CL&P's outage, or
 #     (as batch 35's WAPA microburst, several utilities' joint loss) one outage with provider null.
 # Both: date null (**doubtful**: the storm's day is not in the text; by the record 2011-08-28, and 'within days'
 # against published 2011-09-03 suggests 2011-08 -- not computable from the text); no start, end or duration
 # ('within days' is vague); affected [] (residents and customers, no named body)
 # **Near-misses**: 'restoring power to hundreds of thousands of customers within days' (restoration, part of the same
 # outages); the rate increases and insurance (costs, no outage)
 outages=[O("Connecticut Light & Power", None, [], loc="Connecticut", cause="Tropical Storm Irene"),
          O("United Illuminating", None, [], loc="Connecticut", cause="Tropical Storm Irene")],
 # published 2011-09-03: the letter's date line 'September 3, 2011' -> 2011-09-03. Skipped: 'within days', 'now',
 # 'state history', 'already' (no time reference to resolve)
 dates=[D("September 3, 2011", "2011-09-03")])

# ---- King to President Obama on LIPA after Sandy (peteking.house.gov; published 2012-11-09) ---------------------------
A["us-house-king-letter-obama-lipa-sandy-power-restoration-2012"] = dict(
 # Persons: Peter T. King ('Chairman King' three times; alias 'King'), Barack Obama ('President Obama', 'Obama
 # Administration'; alias 'Obama'). Organizations: Long Island Power Authority ('LIPA'; alias; a public authority, as
 # the corpus's train wp-long-island-lighting-company types it -- **doubtful**: Company, as the utility), House
 # Committee on Homeland Security. Locations: the dateline 'Washington, D.C.' with the address block's 'Washington,
 # DC' (alias: the same city), Long Island, United States ('President of the United States'), The White House (a
 # named site in the address block -> Location; **doubtful**: Organization, the presidency's office, or not an
 # entity in an address). Not annotated: 'the Obama Administration'/'your Administration' (the government of the
 # day, not a named body; **doubtful**: Organization), 'R-NY' (party and state label), Sandy (a storm: an event),
 # '1600 Pennsylvania Avenue, NW' (a street address), 'Federal resources'
 entities=[E("Person", "Peter T. King", "King"), E("Person", "Barack Obama", "Obama"),
           E("Organization", "Long Island Power Authority", "LIPA"),
           E("Organization", "House Committee on Homeland Security"),
           E("Location", "Washington, D.C.", "Washington, DC")]
          + locs("Long Island", "United States", "The White House"),
 # 'The Honorable Barack Obama / President of the United States' -> president at United States (a head of state with
 # his country named on its own in the text), current. King, 'Chairman of the House Committee on Homeland
 # Security': a legislator, no role (the corpus gives committee chairs none; **doubtful**: chairman at House
 # Committee on Homeland Security)
 roles=[R("Barack Obama", "president", "United States")],
 relations=[],
 # One outage: 'restoring power to areas of Long Island devastated by Sandy in the wake of the Long Island Power
 # Authority's (LIPA) failure to do so. Nearly two weeks after the storm, more than 100,000 residents remain without
 # power' -> provider Long Island Power Authority; location Long Island; cause 'Sandy'; date 2012-10 (**doubtful**:
 # 'Nearly two weeks after the storm' against published 2012-11-09 puts the storm in late October 2012 -- a day
 # cannot be computed from 'nearly'; a reader may set null); no start, end or duration; affected [] (residents).
 # **Near-misses**: 'LIPA has been tragically incapable of communicating' (no service lost: communication);
 # 'restore power to the hurricane ravaged areas of Long Island' (the same outage again)
 outages=[O("Long Island Power Authority", "2012-10", [], loc="Long Island", cause="Sandy")],
 # published 2012-11-09: 'Today' -> 2012-11-09; the letter's date line 'November 9, 2012' -> 2012-11-09 (another text
 # with the same value: its own item). Skipped: 'Nearly two weeks after the storm' (a span to an undated storm)
 dates=[D("Today", "2012-11-09"), D("November 9, 2012", "2012-11-09")])

# ---- The Connecticut delegation to FERC on CL&P after the storm of 29 October 2011 (blumenthal.senate.gov; published
# null) -----------------------------------------------------------------------------------------------------------
A["us-senate-blumenthal-ct-delegation-letter-ferc-clp-northeast-utilities-october-storm-2011"] = dict(
 # Person: Jon Wellinghoff ('Dear Chairman Wellinghoff'; alias 'Wellinghoff'). Companies: Connecticut Light & Power
 # (three times, no short form in this text), Northeast Utilities (three times). Organization: Federal Energy
 # Regulatory Commission (twice, in full). Locations: the dateline 'New Haven, CT' (as written), Connecticut (and
 # 'the State of Connecticut' twice -- the same name inside a phrase; no alias listed), Northeast ('the winter storm
 # that ravaged the Northeast': a named US region -> Location; **doubtful**: no corpus precedent for a US region;
 # 'other northeast states' is lowercase and generic), Washington, DC (the address block). Not annotated: 'the
 # Connecticut Congressional Delegation' (a group of legislators, not a body: batch 45e's convention; **doubtful**:
 # Organization), the Energy Policy Act of 2005 and the Federal Power Act (laws), '888 First Street, NE' (a street
 # address), the storm (an event)
 entities=[E("Person", "Jon Wellinghoff", "Wellinghoff"),
           E("Company", "Connecticut Light & Power"), E("Company", "Northeast Utilities"),
           E("Organization", "Federal Energy Regulatory Commission")]
          + locs("New Haven, CT", "Connecticut", "Northeast", "Washington, DC"),
 # 'Jon Wellinghoff, the Chairman of the Federal Energy Regulatory Commission' (and 'Chairman' in the address block)
 # -> chairman at Federal Energy Regulatory Commission, current
 roles=[R("Jon Wellinghoff", "chairman", "Federal Energy Regulatory Commission")],
 # 'Connecticut Light & Power and its parent company, Northeast Utilities' -> parentOrganization
 relations=[L("Connecticut Light & Power", "parentOrganization", "Northeast Utilities")],
 # One outage: 'the response of Connecticut Light & Power and its parent company, Northeast Utilities, to the October
 # 29 storm that left more than 2 million households without power, including over 850,000 in Connecticut. Six days
 # later, there are still approximately 300,000 without power in the state', the letter's 'the winter storm that
 # ravaged the Northeast on October 29, 2011 left millions of households and business across the region without
 # power' and 'restoring power to other northeast states more quickly than in Connecticut' -> provider Connecticut
 # Light & Power (the utility whose restoration in Connecticut is in question; **doubtful**: Northeast Utilities, the
 # parent named beside it, as provider or a second outage); date 2011-10-29 (the letter's absolute 'October 29, 2011';
 # the release's 'October 29' has no year and `published` is null); no start, end or duration ('Six days later' is
 # relative to an unpublished date); affected [] (households); location Connecticut (**doubtful**: the storm's
 # outage spans 'the Northeast'; the region-wide loss of 'more than 2 million households' with no named provider is
 # taken as the wider frame of the same event, not a second outage -- a reader may add one with provider null and
 # location Northeast); cause 'winter storm'.
 # **Near-misses**: 'this is the second major power disruption in the last two months' (a past outage counted, not
 # told: Irene, unnamed here); 'This disruption to our power system stopped commerce' (the same outage)
 outages=[O("Connecticut Light & Power", "2011-10-29", [], loc="Connecticut", cause="winter storm")],
 # published null: only absolute expressions. 'November 4, 2011' -> 2011-11-04 (the letter's date line); 'October 29,
 # 2011' -> 2011-10-29. Skipped: 'October 29' (no year, `published` null), 'today', 'Six days later', 'the last two
 # months' (relative), '2005' (inside the name of a law)
 dates=[D("November 4, 2011", "2011-11-04"), D("October 29, 2011", "2011-10-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

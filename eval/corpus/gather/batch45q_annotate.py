#!/usr/bin/env python3
"""Batch 45q gold annotations (the texts of batch45q.py: Senators Schumer's and Gillibrand's press release and letter
to NYSEG and RG&E's President and CEO Carl A. Taylor after the high wind storm of 4 April 2018, gillibrand.senate.gov,
10 April 2018; Rep. Josh Gottheimer's press release on his coordination call with PSE&G after Tropical Storm Isaias,
gottheimer.house.gov, 21 September 2020; Senators Schumer's and Gillibrand's press release on their letters to Con
Edison and New York State Electric and Gas after winter storms Riley and Quinn, with the opening of the letter to
Consolidated Edison, Inc.'s John McAvoy, schumer.senate.gov, undated as held), written from the texts alone; newskg
was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Two texts have `published` (their date lines), so relative expressions are resolved against it; the
schumer.senate.gov text has none, so only absolute expressions are listed there and its outages get no date.
Conventions (the corpus's congressional releases: the Cruz CenterPoint letter, batches 45e, 45i and 45n): the utility
whose customers lost power -> the outage's provider (Company); its officers -> Person with roles (the address block's
titles); members of Congress -> Person with no role (legislators; 'Senate Minority Leader' too); the U.S. Senate, when
named as such -> Organization (as train wn-barack-obama-presents-rescue-plan-gm-2009); a state commission ->
Organization; datelines and address-block cities as written -> Location, and named regions ('Upstate New York',
'North Jersey', 'the Northeast') -> Location (45n's 'Northeast'); storms are events, not entities; letters, laws and
district labels ('NJ-5') are not entities; 'New York' as an adjective ('New York households') and the demonym 'New
Yorkers' are not annotated.
usage: batch45q_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46q/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Schumer and Gillibrand to NYSEG and RG&E after the April 4th wind storm (gillibrand.senate.gov; published
# 2018-04-10) ---------------------------------------------------------------------------------------------------------
A["us-senate-gillibrand-schumer-letter-nyseg-rge-april-wind-storm-outages-2018"] = dict(
 # Persons: Charles E. Schumer and Kirsten Gillibrand (each named once, in full; no surname alone in the text), Carl A.
 # Taylor ('Dear Mr. Taylor,'; alias 'Taylor'). Companies: NYSEG (four times; the full name New York State Electric
 # and Gas is not in this text), RG&E (twice; its full name not in the text). Organization: U.S. Senate ('U.S. Senate
 # Minority Leader' -- **doubtful**: the body named only inside Schumer's title; a reader may leave it out).
 # Locations: the dateline 'Washington, DC' (as written), Upstate New York (a named region of the state, as 45n's
 # 'Northeast'; **doubtful**), New York State, the address block's 'Binghamton, NY' (as written, as 45n's 'New
 # Haven, CT'). Not annotated: 'U.S. Senator' (a title), 'New York households' (adjective), 'P.O. Box 5224', 'the
 # utility companies' (generic), the storms (events)
 entities=[E("Person", "Charles E. Schumer"), E("Person", "Kirsten Gillibrand"), E("Person", "Carl A. Taylor", "Taylor"),
           E("Company", "NYSEG"), E("Company", "RG&E"), E("Organization", "U.S. Senate")]
          + locs("Washington, DC", "Upstate New York", "New York State", "Binghamton, NY"),
 # the release's 'the President and CEO of NYSEG and RG&E' and the address block 'Mr. Carl A. Taylor / President and
 # Chief Executive Officer / NYSEG and RG&E' -> president and ceo at each of NYSEG and RG&E, current (**doubtful**: one
 # office over two named companies; a reader may give the roles at NYSEG only). Schumer ('U.S. Senate Minority
 # Leader') and Gillibrand: legislators, no role
 roles=[R("Carl A. Taylor", "president", "NYSEG"), R("Carl A. Taylor", "ceo", "NYSEG"),
        R("Carl A. Taylor", "president", "RG&E"), R("Carl A. Taylor", "ceo", "RG&E")],
 # no relation: NYSEG and RG&E share a chief executive; no ownership or partnership is stated (**doubtful**: sister
 # companies under one parent by the record, not by the text)
 relations=[],
 # One outage: 'the extended power outages for thousands of New York households following the April 4th high wind
 # storm, as well as concerns ... about a lack of communication, and in some cases miscommunication, from NYSEG. The
 # storm resulted in ... prolonged power outages across Upstate New York' -> provider NYSEG (the company the
 # outages and the failed communication are laid to); date 2018-04-04 ('the April 4th high wind storm', with
 # `published` 2018-04-10: the April 4th before it); location Upstate New York; cause 'high wind storm'; no start,
 # end or duration ('extended', 'prolonged': vague); affected [] (households).
 # **Doubtful**: RG&E as a second provider -- it is a recipient of the letter and named with NYSEG in 'the President
 # and CEO of NYSEG and RG&E', but no loss of power is laid to it (as 45e left United Illuminating out). The letter's
 # repeat of the release's quotation tells the same outage again, not a second one.
 # **Near-misses**: 'outages in the wake of last week's wind storms' (the same event, in the plural); 'the winter
 # storms that have occurred across New York State' (other storms counted, not told; no outage told one by one);
 # the lack of communication (no service lost)
 outages=[O("NYSEG", "2018-04-04", [], loc="Upstate New York", cause="high wind storm")],
 # published 2018-04-10: 'today' -> 2018-04-10; 'April 4th' -> 2018-04-04 (twice, one item). Skipped: 'last
 # week's' ('last week': skip, GUIDELINES), 'extended', 'prolonged'
 dates=[D("today", "2018-04-10"), D("April 4th", "2018-04-04")])

# ---- Gottheimer's coordination call with PSE&G after Tropical Storm Isaias (gottheimer.house.gov; published
# 2020-09-21) ----------------------------------------------------------------------------------------------------------
A["us-house-gottheimer-release-pseg-isaias-storm-response-call-2020"] = dict(
 # Person: Josh Gottheimer ('Congressman Josh Gottheimer' twice; 'Gottheimer continued'; alias 'Gottheimer').
 # Company: PSE&G (five times; its full name is not in the text). Locations: the dateline 'GLEN ROCK, NJ' (as
 # written, as 45e's 'HARTFORD'), New Jersey, Paramus (where the 'customer comfort' center was set up), North Jersey
 # (a named region in Gottheimer's quotation; **doubtful**: a reader may leave it out as a loose regional name). Not
 # annotated: 'NJ-5' (a district label), Tropical Storm Isaias (a storm: an event), the 'customer comfort' center
 # (unnamed), 'local elected officials', 'our entire community' (generic), 'a pandemic' (no name)
 entities=[E("Person", "Josh Gottheimer", "Gottheimer"), E("Company", "PSE&G")]
          + locs("GLEN ROCK, NJ", "New Jersey", "Paramus", "North Jersey"),
 # Gottheimer: 'U.S. Congressman', a legislator, no role; PSE&G's representatives are not named
 roles=[],
 relations=[],
 # One outage: 'Tropical Storm Isaias left more than 124,000 homes and businesses in New Jersey without power in
 # total. PSE&G had 54,261 customers out at their peak.' -> provider PSE&G (the only utility named; its customers
 # lost power); location New Jersey; cause 'Tropical Storm Isaias'; date null (**doubtful**: the storm's day is not
 # in the text -- by the record early August 2020; 'After the storm' against `published` 2020-09-21 gives no month
 # a reader can compute); no start, end or duration; affected [] (customers, homes and businesses).
 # **Doubtful**: the state-wide loss of 'more than 124,000 homes and businesses in New Jersey' names no provider; it
 # is taken as the frame of the same storm's outages (PSE&G's within it), not a second outage with provider null --
 # a reader may add one (location New Jersey, cause 'Tropical Storm Isaias').
 # **Near-misses**: PSE&G's 'reimbursement of damages or losses' and the 'customer comfort' center with free water
 # and ice (relief after the outage, no service lost); 'Many storms in the past have been devastating' (past storms,
 # no outage told); 'ensure people have their power restored quickly during these storms' (a wish, no event)
 outages=[O("PSE&G", None, [], loc="New Jersey", cause="Tropical Storm Isaias")],
 # published 2020-09-21: 'September 21, 2020' -> 2020-09-21; 'today' (three times in Gottheimer's quotation, the day
 # of the call: one item) -> 2020-09-21. Skipped: 'the tropical storm season', 'the winter' (no year a reader can
 # fix: the coming season; **doubtful**: 2020), 'After the storm', 'in the past'
 dates=[D("September 21, 2020", "2020-09-21"), D("today", "2020-09-21")])

# ---- Schumer and Gillibrand to Con Edison and NYSEG after winter storms Riley and Quinn (schumer.senate.gov;
# published null) -------------------------------------------------------------------------------------------------------
A["us-senate-schumer-gillibrand-letters-con-edison-nyseg-riley-quinn-outages-2018"] = dict(
 # Persons: Charles E. Schumer, Kirsten Gillibrand (each once, in full), John McAvoy ('Dear Mr. McAvoy,'; alias
 # 'McAvoy'). Companies: Consolidated Edison, Inc. (the address block; 'Con Edison' twice in the release -- alias;
 # **doubtful**: 'Consolidated Edison, Inc.' is the holding company and the release's 'Con Edison' the utility; taken
 # as one company, as the text addresses the letter about 'your impacted customers' to it), New York State Electric
 # and Gas (twice, in full; no short form in this text). Organizations: U.S. Senate ('U.S. Senate Minority Leader';
 # **doubtful**, as in the Gillibrand text), Moreland Commission on Utility Storm Preparation and Response ('New York
 # State's Moreland Commission ...'; a state commission). Locations: the dateline 'Washington, DC', New York State
 # (in 'New York State's Moreland Commission'), Northeast ('power outages across the Northeast'; 45n's precedent), the
 # address block's 'New York, NY' (as written). Not annotated: 'U.S. Senator' (a title), 'New Yorkers' (demonym),
 # 'New York households' (adjective), '4 Irving Place' (a street address), winter storms Riley and Quinn, Superstorm
 # Sandy, Hurricane Irene, Tropical Storm Lee (storms: events)
 entities=[E("Person", "Charles E. Schumer"), E("Person", "Kirsten Gillibrand"), E("Person", "John McAvoy", "McAvoy"),
           E("Company", "Consolidated Edison, Inc.", "Con Edison"), E("Company", "New York State Electric and Gas"),
           E("Organization", "U.S. Senate"),
           E("Organization", "Moreland Commission on Utility Storm Preparation and Response")]
          + locs("Washington, DC", "New York State", "Northeast", "New York, NY"),
 # the address block 'Mr. John McAvoy / Chairman and Chief Executive Officer / Consolidated Edison, Inc.' -> chairman
 # and ceo at Consolidated Edison, Inc., current. Schumer and Gillibrand: legislators, no role. The head of New York
 # State Electric and Gas is not named in the excerpt
 roles=[R("John McAvoy", "chairman", "Consolidated Edison, Inc."), R("John McAvoy", "ceo", "Consolidated Edison, Inc.")],
 # no relation: the two utilities are named side by side (no tie stated)
 relations=[],
 # Two outages, one per utility, the same storms:
 # (1) the letter to McAvoy, 'the extended power outages for thousands of New York households following back-to-back
 #     winter storms Riley and Quinn', with the release's 'letters to the heads of two major power utility companies,
 #     Con Edison and New York State Electric and Gas, demanding answers for why thousands of New Yorkers still lack
 #     power in the wake of winter storms Riley and Quinn' -> provider Consolidated Edison, Inc.
 # (2) the same release sentence -> provider New York State Electric and Gas. **Doubtful**: NYSEG's loss of service
 #     is told only jointly with Con Edison's (its own letter is not in the excerpt); kept as its own outage, as 45n
 #     kept United Illuminating's beside CL&P's. A reader may keep only Con Edison's, or one outage with provider null.
 # Both: date null (`published` null and no date of the storms in the text; by the record early March 2018); no
 # start or end; duration null (**doubtful**: 'many of our constituents have been without power for a week' could
 # give 168 hours, but it is a running span for some customers, not the outage's length); affected [] (households,
 # constituents); location New York State (**doubtful**: the text says 'New Yorkers' and 'New York households', and
 # 'New York State' is named only in the Moreland Commission's name; a reader may set null, or 'Northeast' from
 # 'power outages across the Northeast', the storms' wider damage); cause 'winter storms Riley and Quinn'.
 # **Near-misses**: 'power outages across the Northeast' (the storms' region-wide outages, no provider: the frame of
 # the same events, not a third outage); the Moreland Commission's recommendations after Superstorm Sandy, Hurricane
 # Irene and Tropical Storm Lee (past storms named, their outages not told)
 outages=[O("Consolidated Edison, Inc.", None, [], loc="New York State", cause="winter storms Riley and Quinn"),
          O("New York State Electric and Gas", None, [], loc="New York State", cause="winter storms Riley and Quinn")],
 # published null: only absolute expressions -- '2013' (the Moreland Commission's recommendations) -> 2013.
 # Skipped: 'today', 'for a week', 'back-to-back' (relative or spans; no `published`)
 dates=[D("2013", "2013")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

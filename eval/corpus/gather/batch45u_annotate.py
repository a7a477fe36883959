#!/usr/bin/env python3
"""Batch 45u gold annotations (the texts of batch45u.py: Rep. Josh Gottheimer's press release on his questioning of
Orange & Rockland's President and CEO Bob Sanchez over the company's response to Winter Storm Riley and Quinn,
gottheimer.house.gov, 9 June 2018; Senators Schumer's and Gillibrand's press release on their letter to Consolidated
Edison CEO John McAvoy after Tropical Storm Isaias, schumer.senate.gov, undated as held), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). The Gottheimer text has `published` (its date line), so relative expressions are resolved against it;
the schumer.senate.gov text has none, so only absolute expressions are listed there and its outage gets no date.
Conventions (the corpus's congressional releases: batches 45e, 45i, 45n and 45q): the utility whose customers lost
power -> the outage's provider (Company); its officers -> Person with roles (titles as the text gives them);
members of Congress -> Person with no role (legislators); an association of mayors -> Organization; datelines as
written -> Location, named regions ('North Jersey', 'New York region') -> Location (45n's 'Northeast', 45q's 'North
Jersey'), a named facility ('Oakland Senior Center') -> Location (GUIDELINES: named sites and facilities); storms
are events, not entities; district labels ('NJ-5', 'Fifth District') are not entities; the demonym 'New Yorkers' is
not annotated.
usage: batch45u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Gottheimer questions Orange & Rockland over Winter Storm Riley and Quinn (gottheimer.house.gov; published
# 2018-06-09) ----------------------------------------------------------------------------------------------------------
A["us-house-gottheimer-release-orange-rockland-riley-quinn-storm-response-2018"] = dict(
 # Person: Josh Gottheimer ('Congressman Josh Gottheimer' twice; 'Gottheimer questioned'; alias 'Gottheimer'), Bob
 # Sanchez ('Sanchez'). Company: Orange & Rockland (once in full, with '(O&R)'; 'O&R' five times -> alias).
 # Organization: Northwest Bergen Mayors' Association (as written, with its curly apostrophe). Locations: Oakland
 # Senior Center (the meeting's named site: a facility -> Location; **doubtful**: a reader may leave a senior
 # centre out), North Jersey (a named region, as 45q's Gottheimer/PSE&G text). Not annotated: 'NJ-5' and 'Fifth
 # District' (district labels), Winter Storm Riley and Quinn (storms: events), 'OEM coordinators' (offices of
 # emergency management, none named), 'mayors', 'council members', 'first responders' (generic)
 entities=[E("Person", "Josh Gottheimer", "Gottheimer"), E("Person", "Bob Sanchez", "Sanchez"),
           E("Company", "Orange & Rockland", "O&R"), E("Organization", "Northwest Bergen Mayors\u2019 Association")]
          + locs("Oakland Senior Center", "North Jersey"),
 # 'Orange & Rockland (O&R) President and CEO Bob Sanchez' -> president and ceo at Orange & Rockland, current.
 # Gottheimer: 'Congressman', a legislator, no role. 'other O&R leaders' are not named
 roles=[R("Bob Sanchez", "president", "Orange & Rockland"), R("Bob Sanchez", "ceo", "Orange & Rockland")],
 relations=[],
 # One outage: 'why so many homes remained without any power for days after the storm' and 'thousands of North
 # Jersey homes were without power for so long after Winter Storm Riley and Quinn', laid to O&R ('his company's
 # inadequate response', 'O&R leaders') -> provider Orange & Rockland; location North Jersey; cause 'Winter Storm
 # Riley and Quinn'; date 2018-03 (**doubtful**: 'worked tirelessly to get the power restored back in March', with
 # `published` 2018-06-09, gives the month of the restoration; the storms' day is not in the text -- by the record 2
 # and 7 March 2018, so the month holds; a reader may set null); no start, end or duration ('for days', 'for so
 # long': vague); affected [] (homes).
 # **Doubtful**: the storms are two ('a second storm was on its way', 'these storms'), but the text tells one loss of
 # service by O&R across them (as 45q's Riley/Quinn text gave one outage per provider); a reader may split it in two.
 # **Near-misses**: 'why individual pockets of outages were tracked so poorly' (O&R's tracking of the same outage, no
 # second event); 'problems within O&R's communication and recovery coordination' (no service lost); 'a second storm
 # was on its way' (the second storm of the same pair)
 outages=[O("Orange & Rockland", "2018-03", [], loc="North Jersey", cause="Winter Storm Riley and Quinn")],
 # published 2018-06-09 (a Saturday): 'June 9, 2018' -> 2018-06-09; 'Saturday' -> 2018-06-09; 'Today' (also 'today'
 # in the quotation, the same text ignoring case and the same day: one item) -> 2018-06-09; 'March' ('back in
 # March', before `published`) -> 2018-03. Skipped: 'for days', 'for so long', 'now' (spans, vague)
 dates=[D("June 9, 2018", "2018-06-09"), D("Saturday", "2018-06-09"), D("Today", "2018-06-09"),
        D("March", "2018-03")])

# ---- Schumer and Gillibrand to Consolidated Edison after Tropical Storm Isaias (schumer.senate.gov; published null) --
A["us-senate-schumer-gillibrand-letter-con-edison-isaias-outages-2020"] = dict(
 # Persons: Charles E. Schumer ('said Senator Schumer'; alias 'Schumer'), Kirsten Gillibrand ('said Senator
 # Gillibrand'; alias 'Gillibrand'), John McAvoy (once, in full). Company: Consolidated Edison (three times in full;
 # 'Con Ed' in Schumer's quotation -> alias). Locations: the dateline 'NEW YORK, NY' (as written, as 45q's 'GLEN ROCK,
 # NJ'), New York region ('the storm tore through the New York region'; **doubtful**: a loose regional name, as 45q's
 # 'Northeast'; a reader may leave it out). Not annotated: 'U.S. Senator' does not occur; 'Senators' (a title),
 # 'New Yorkers' (demonym), 'the state' and 'our communities' (generic), Tropical Storm Isaias and Superstorm Sandy
 # (storms: events), 'a pandemic' (no name)
 entities=[E("Person", "Charles E. Schumer", "Schumer"), E("Person", "Kirsten Gillibrand", "Gillibrand"),
           E("Person", "John McAvoy"), E("Company", "Consolidated Edison", "Con Ed")]
          + locs("NEW YORK, NY", "New York region"),
 # 'Consolidated Edison CEO John McAvoy' -> ceo at Consolidated Edison, current. Schumer and Gillibrand:
 # legislators, no role
 roles=[R("John McAvoy", "ceo", "Consolidated Edison")],
 relations=[],
 # One outage: 'the prolonged power outages facing hundreds of thousands of New Yorkers after Tropical Storm Isaias',
 # 'nearly 600 Consolidated Edison customers were still without power on Wednesday morning', 'Last Tuesday,
 # Consolidated Edison recorded a total of 257,000 customers without power' -> provider Consolidated Edison; location
 # New York region (**doubtful**: the storm's path as the text names it; a reader may give 'NEW YORK, NY' or null);
 # cause 'Tropical Storm Isaias'; date null (`published` null: 'Last Tuesday' and 'Wednesday morning' cannot be
 # resolved; by the record 4 August 2020); no start or end; duration null ('More than one week after the storm', 'a
 # week after the storm': a running span for the remaining customers, not the outage's length -- **doubtful**, as
 # 45q's Riley/Quinn 'for a week'); affected [] (customers).
 # **Doubtful**: 'its second largest power outage since Superstorm Sandy in 2012' implies a larger Con Edison outage
 # in Sandy; taken as a comparison (a past outage named, not told), no second outage -- a reader may add Consolidated
 # Edison, 2012, 'Superstorm Sandy'.
 # **Near-misses**: the lack of 'accurate information' to customers (no service lost); food and medicine that 'went
 # bad' (a consequence, no second service); 'many customers throughout the state' (the same outage)
 outages=[O("Consolidated Edison", None, [], loc="New York region", cause="Tropical Storm Isaias")],
 # published null: only absolute expressions -- '2012' (Superstorm Sandy) -> 2012. Skipped: 'Wednesday morning',
 # 'Last Tuesday' (relative, no `published`), 'More than one week', 'a week' (spans)
 dates=[D("2012", "2012")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

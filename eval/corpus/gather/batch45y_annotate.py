#!/usr/bin/env python3
"""Batch 45y gold annotations (the texts of batch45y.py: Rep. Debbie Dingell's press release on her and three
colleagues' letter to DTE Energy after Michigan's winter storms, debbiedingell.house.gov, undated as held; Sen. Bob
Casey's press release on his briefing by PPL in Allentown after Hurricane Sandy, casey.senate.gov, undated as held;
Sen. Susan Collins's press release on her call with Central Maine Power's President and CEO Sara Burns after a wind
and rain storm, collins.senate.gov, untitled and undated as held), written from the texts alone; newskg was not run
on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). None of the three texts has `published`, so only absolute expressions are listed and no outage gets a
date (GUIDELINES, Dates and Outages).
Conventions (the corpus's congressional releases: batches 45e, 45i, 45n, 45q and 45u): the utility whose customers
lost power -> the outage's provider (Company); its officers -> Person with roles (titles as the text gives them);
members of Congress -> Person with no role (legislators, committee chairs among them); a state emergency agency and a
Senate committee -> Organization; datelines as written -> Location (45q's 'GLEN ROCK, NJ', 45u's 'NEW YORK, NY'),
named regions ('Southeast Michigan') -> Location (45u's 'North Jersey'); storms are events, not entities; district
and party labels ('MI-06', 'D-PA') are not entities; demonyms ('Pennsylvanians', 'Mainers') are not annotated.
usage: batch45y_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Dingell and colleagues to DTE Energy after Michigan's winter storms (debbiedingell.house.gov; published null) --
A["us-house-dingell-letter-dte-energy-winter-storms-outages-2023"] = dict(
 # Persons: Debbie Dingell ('Dingell said'; alias 'Dingell'), Rashida Tlaib, Haley Stevens, Shri Thanedar (once each,
 # in full). Company: DTE Energy (once in full; 'DTE' four times -> alias). Locations: the dateline 'ANN ARBOR, Mich.'
 # (as written), Michigan ('the recent winter storms in Michigan'), Southeast Michigan ('people across Southeast
 # Michigan'; a named region). Not annotated: '(MI-06)', '(MI-12)', '(MI-11)', '(MI-13)' (district labels),
 # 'Representatives' and 'the lawmakers' (titles, generic), 'these storms' and 'this weather event' (events), 'the
 # electrical grid' (no name)
 entities=[E("Person", "Debbie Dingell", "Dingell"), E("Person", "Rashida Tlaib"), E("Person", "Haley Stevens"),
           E("Person", "Shri Thanedar"), E("Company", "DTE Energy", "DTE")]
          + locs("ANN ARBOR, Mich.", "Michigan", "Southeast Michigan"),
 # No role: the four are legislators; no DTE officer is named in the excerpt (the letter's addressee is lost where it
 # breaks off)
 roles=[],
 relations=[],
 # One outage: 'the outages following the recent winter storms in Michigan that left nearly 900,000 households without
 # power', 'people across Southeast Michigan who have been forced to face frigid temperatures without power', 'many
 # who are still without power', laid to DTE (the letter asks DTE for 'explanations for the outages') -> provider DTE
 # Energy; location Southeast Michigan (**doubtful**: the area of Dingell's quotation and of the four districts; the
 # 900,000 households are counted 'in Michigan' -- a reader may give 'Michigan'); cause 'winter storms'; date null
 # (`published` null and no date in the text; by the record the ice storm of 22 February 2023); no start or end;
 # duration null ('For more than two weeks' is the span of the complaints Dingell heard and the title's
 # 'Weeks-Long' is a heading: **doubtful**, as 45u's 'More than one week after the storm'); affected [] (households).
 # **Doubtful**: the 900,000 households may span more than DTE's customers (the text lays them to the storms, not to
 # DTE; one outage, DTE's, as the letter is DTE's); a reader might read 'Extended power outages threaten residents'
 # as a general statement (it is).
 # **Near-misses**: 'frozen pipes, lost food and income' (consequences, no second service lost); the $35 credit (relief,
 # no event); the questions on staffing and grid resilience (no service lost)
 outages=[O("DTE Energy", None, [], loc="Southeast Michigan", cause="winter storms")],
 # published null: no absolute expression ('recent', 'For more than two weeks', 'last-minute', 'before it arrived':
 # relative or spans, skipped)
 dates=[])

# ---- Casey, Toomey and Cawley briefed by PPL on Hurricane Sandy's outages (casey.senate.gov; published null) ---------
A["us-senate-casey-release-ppl-sandy-outages-allentown-2012"] = dict(
 # Persons: Bob Casey ('U.S. Senator Bob Casey', 'Senator Casey' four times, "Sen. Casey's"; alias 'Casey'), Toomey
 # ('Senator Toomey (R-PA)': the surname only, as the text gives it), Cawley ('Lieutenant Governor Cawley': the
 # surname only), William H. Spence ('Spence said'; alias 'Spence'), Obama ('President Obama'). Companies: PPL
 # Corporation ('top officials at PPL in Allentown', 'as we, at PPL are fully committed' -> alias 'PPL'), PPL Electric
 # Utilities ('PPL Electric Utilities customers'). Locations: the dateline 'WASHINGTON, DC' (as written), Allentown,
 # Pennsylvania ('a pre-landfall disaster declaration for Pennsylvania'). Not annotated: '(D-PA)', '(R-PA)' (party and
 # state labels), 'the Commonwealth' (a common noun for the state: **doubtful**, a reader may add it as an alias of
 # Pennsylvania), 'the Administration' (generic), 'the congressional delegation', 'Federal, State, and local
 # authorities' (none named), 'Pennsylvanians' (demonym), Hurricane Sandy (a storm: an event)
 entities=[E("Person", "Bob Casey", "Casey"), E("Person", "Toomey"), E("Person", "Cawley"),
           E("Person", "William H. Spence", "Spence"), E("Person", "Obama"),
           E("Company", "PPL Corporation", "PPL"), E("Company", "PPL Electric Utilities")]
          + locs("WASHINGTON, DC", "Allentown", "Pennsylvania"),
 # 'William H. Spence, chairman, president and chief executive officer of PPL Corporation' -> chairman, president and
 # ceo at PPL Corporation, current. 'Lieutenant Governor Cawley' -> other at Pennsylvania (**doubtful**: a state's
 # second officer, not its head, so not 'governor'; the state is named on its own and the release is Pennsylvania's
 # throughout, but the text does not write 'Pennsylvania's Lieutenant Governor' -- a reader may give no role).
 # Casey and Toomey: legislators, no role. 'President Obama': no country named on its own (GUIDELINES: the country
 # as org only when named) -> no role
 roles=[R("William H. Spence", "chairman", "PPL Corporation"), R("William H. Spence", "president", "PPL Corporation"),
        R("William H. Spence", "ceo", "PPL Corporation"), R("Cawley", "other", "Pennsylvania")],
 # PPL Electric Utilities -> parentOrganization PPL Corporation (**doubtful**: not said in words; PPL Corporation's
 # chairman speaks of 'our customers' and of 'restoring service to PPL Electric Utilities customers', and the name
 # carries the group's; a careful reader is sure the utility is the group's -- a reader may leave it out)
 relations=[L("PPL Electric Utilities", "parentOrganization", "PPL Corporation")],
 # One outage: 'to assess current outages', 'over 800,000 Pennsylvanians without power', 'restoring service to PPL
 # Electric Utilities customers in the aftermath of Hurricane Sandy', 'to get all our customers back in service' ->
 # provider PPL Electric Utilities (whose customers lost service; **doubtful**: a reader may give the group, PPL
 # Corporation, as the text's 'PPL'); location Pennsylvania (**doubtful**: the 800,000 are the state's count, of
 # more utilities than PPL's; Allentown is where the briefing was held, not named as the outage's place); cause
 # 'Hurricane Sandy'; date null (`published` null: 'today' and 'this morning' not resolved; by the record Sandy struck
 # on 29-30 October 2012); no start, end or duration; affected [] (customers).
 # **Near-misses**: the other utilities' outages in the state's 800,000 (not named: no provider, not told apart);
 # 'debris is cleared' (no service); the pre-landfall disaster declaration (a federal act, no outage)
 outages=[O("PPL Electric Utilities", None, [], loc="Pennsylvania", cause="Hurricane Sandy")],
 # published null: no absolute expression ('today', 'this morning', 'Yesterday': relative, skipped)
 dates=[])

# ---- Collins speaks with CMP's Sara Burns after the wind and rain storm (collins.senate.gov; published null) -------
A["us-senate-collins-release-cmp-president-burns-windstorm-outages-2017"] = dict(
 # Persons: Susan Collins ('U.S. Senator Susan Collins', 'Senator Collins' five times; alias 'Collins'), Sara Burns
 # (three times in full). Companies: Central Maine Power (once in full, with '(CMP)'; 'CMP' four times, 'CMP's' ->
 # alias), Emera Energy (once, as written). Organizations: Maine Emergency Management Agency ('(MEMA)' -> alias), Senate
 # Aging Committee ('the Senate Aging Committee'; 'the Aging Committee' -> alias). Locations: the dateline
 # 'Washington, D.C.' (as written), Maine, Canada, Kentucky, Illinois (the linemen's origins). Not annotated: the
 # hearing's title (a title), 'a national advisory committee' (proposed, unnamed), 'the Ice Storm of 1998' (a storm:
 # an event), 'Mainers' and 'older Americans' (demonym, generic), 'the state' (generic)
 entities=[E("Person", "Susan Collins", "Collins"), E("Person", "Sara Burns"),
           E("Company", "Central Maine Power", "CMP"), E("Company", "Emera Energy"),
           E("Organization", "Maine Emergency Management Agency", "MEMA"),
           E("Organization", "Senate Aging Committee", "Aging Committee")]
          + locs("Washington, D.C.", "Maine", "Canada", "Kentucky", "Illinois"),
 # 'Sara Burns, President and Chief Executive Officer of Central Maine Power (CMP)' (and "CMP's president") ->
 # president and ceo at Central Maine Power, current. 'joined CMP as Manager of Risk Management in 1987' -> executive
 # at Central Maine Power, current false (**doubtful**: a past post she rose from -- 'after serving in various
 # executive positions, she was named President' -- GUIDELINES: 'manager' -> executive; a reader may leave out a
 # past junior post). Collins: 'the Chairman of the Aging Committee' is a legislator's committee chair -> no role
 # (GATHERING.md: committee chairs who are legislators get none)
 roles=[R("Sara Burns", "president", "Central Maine Power"), R("Sara Burns", "ceo", "Central Maine Power"),
        R("Sara Burns", "executive", "Central Maine Power", False)],
 relations=[],
 # Two outages, one per named provider (the lane's rule, as 45q's Con Edison and NYSEG after Riley and Quinn):
 # (1) Central Maine Power: 'the recent, serious storm in Maine that ... left nearly 500,000 people without power
 # throughout the state', Collins's talk with CMP's president 'about power restoration efforts', 'the strong winds
 # and rain that left more than 480,000 without power' -> provider Central Maine Power; location Maine; cause 'strong
 # winds and rain'; date null (`published` null; by the record 29-30 October 2017); no start, end or duration;
 # affected [] (people).
 # (2) Emera Energy: 'both CMP and Emera Energy are working hard to reduce the numbers of folks without power' ->
 # provider Emera Energy, the same storm, place and cause (**doubtful**: the text says only that Emera Energy works to
 # restore power, which implies its customers lost it; the count is not split between the two -- a reader may keep
 # one outage, CMP's, and leave Emera's out).
 # **Doubtful**: the cause phrase -- 'the strong winds and rain' (Collins's words) beside 'the recent, serious storm
 # ... that caused severe flooding'; a reader may write 'storm'.
 # **Near-misses**: 'those of us who lost power in the Ice Storm of 1998' (a past outage named in a comparison, not
 # told, and with no provider: as 45u's Sandy; the test text wp-portal-weather-ice-storm-of-1998 holds that storm's
 # outage); 'the risks that older individuals face during extended power outages' and the disaster-preparedness
 # hearing (general, no event); linemen from Canada, Kentucky and Illinois (mutual aid, no outage)
 outages=[O("Central Maine Power", None, [], loc="Maine", cause="strong winds and rain"),
          O("Emera Energy", None, [], loc="Maine", cause="strong winds and rain")],
 # published null: only absolute expressions -- '1987' -> 1987; '1998' (the Ice Storm of 1998 and 'named President
 # in 1998': the same text and value, one item) -> 1998; '2005' -> 2005. Skipped: 'In September' (no year, no
 # `published`), 'recent' (vague)
 dates=[D("1987", "1987"), D("1998", "1998"), D("2005", "2005")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

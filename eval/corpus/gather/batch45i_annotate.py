#!/usr/bin/env python3
"""Batch 45i gold annotations (the texts of batch45i.py: Rep. Chris Van Hollen's press release and letter to
Pepco's President & CEO Joseph M. Rigby on Pepco's handling of 'the recent storm and power outages', 1 February
2011; Rep. Frank Pallone, Jr.'s press release on Jersey Central Power and Light's (JCP&L's) restoration after Tropical
Storm Isaias, 7 August 2020), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Both texts have `published` (their date lines), so relative expressions are resolved against it.
Conventions (the corpus's congressional releases: the Cruz CenterPoint letter, batch 45e's Murphy release): the
utility whose customers lost power -> Company and the outage's provider; its officers -> Person with roles; members
of Congress -> Person with no role (legislators); datelines and address-block cities as written -> Location; storms
are events, not entities; a letter is not an entity; congressional district labels ('NJ-06') are not places.
usage: batch45i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}

# ---- Pallone on JCP&L after Tropical Storm Isaias (pallone.house.gov; published 2020-08-07) ------------------------
A["us-house-pallone-letter-jcpl-isaias-power-restoration-firstenergy-2020"] = dict(
 # Person: Frank Pallone, Jr. ('Pallone' five times; alias), Charles Jones, Jim Fakult. Companies: Jersey Central
 # Power and Light ('JCP&L' five times; alias), FirstEnergy Corporation ('FirstEnergy' in 'FirstEnergy President';
 # alias). Locations: the dateline 'Washington, DC' (as written, as the Cruz letter's 'WASHINGTON, D.C.'), New
 # Jersey. Not annotated: 'NJ-06' (a district label; doubtful: Location), Tropical Storm Isaias (a storm: an event),
 # COVID-19 (a disease), 'JCP&L's territory' (not a named place), 'the company' (generic)
 entities=[E("Person", "Frank Pallone, Jr.", "Pallone"), E("Person", "Charles Jones"), E("Person", "Jim Fakult"),
           E("Company", "Jersey Central Power and Light", "JCP&L"),
           E("Company", "FirstEnergy Corporation", "FirstEnergy"),
           E("Location", "New Jersey")]
          + locs("Washington, DC"),
 # 'FirstEnergy President and Chief Executive Officer Charles Jones' -> president and ceo at FirstEnergy Corporation;
 # 'JCP&L President Jim Fakult' -> president at JCP&L; all current. Pallone: a legislator, no role
 roles=[R("Charles Jones", "president", "FirstEnergy Corporation"), R("Charles Jones", "ceo", "FirstEnergy Corporation"),
        R("Jim Fakult", "president", "Jersey Central Power and Light")],
 # 'Jersey Central Power and Light (JCP&L), a subsidiary of FirstEnergy Corporation' -> parentOrganization
 relations=[L("Jersey Central Power and Light", "parentOrganization", "FirstEnergy Corporation")],
 # Three outages, each told apart, all laid to JCP&L:
 # (1) Isaias: 'electric power outages in the aftermath of Tropical Storm Isaias. As of 4 pm yesterday, more than
 #     289,000 people in JCP&L's territory remained without power' -> provider JCP&L; date 2020-08-04, computed from
 #     'it may take until August 11 -- a full week after the storm' (**doubtful**: 2020-08, the coarser value, if the
 #     lead prefers not to compute the storm's day); no start or end ('until August 11' is a forecast, not an end
 #     told; the 4 pm count is a status, not a start); no duration; affected [] (people, no named service or body);
 #     location null (**doubtful**: 'JCP&L's territory' is not a named place; New Jersey is named only in the 2019
 #     sentence -- a reader may set New Jersey); cause 'Tropical Storm Isaias'.
 # (2) 'Last year, a series of powerful thunderstorms moved through New Jersey and caused multi-day outages throughout
 #     the state' -> date 2019 ('Last year' against published 2020-08-07), location New Jersey, cause 'powerful
 #     thunderstorms'. (3) 'In 2018, another series of storms resulted in a similar situation' -> date 2018, location
 #     null ('a similar situation' names no place; doubtful: New Jersey), cause 'storms'.
 #     **Doubtful** (2) and (3): the provider is JCP&L by the frame ('unreliable service, prolonged outages and lack of
 #     communication are nothing new for the company. Last year, ...'), not named in the sentences themselves; a
 #     reader may leave them out as background or give them provider null. They are kept because each is told apart
 #     with its year and its loss of service ('multi-day outages'), unlike counted or generic outages.
 # **Near-misses**: 'the company continues to fail to adequately prepare for and respond to major storms' and 'each
 # passing storm season' (generic, no outage told); 'major issues with reliability and service for more than a
 # decade' (no event); the failure 'to communicate' (no service lost)
 outages=[O("Jersey Central Power and Light", "2020-08-04", [], cause="Tropical Storm Isaias"),
          O("Jersey Central Power and Light", "2019", [], loc="New Jersey", cause="powerful thunderstorms"),
          O("Jersey Central Power and Light", "2018", [], cause="storms")],
 # published 2020-08-07: 'today' -> 2020-08-07; '4 pm yesterday' -> 2020-08-06T16:00 (as the corpus's '7 p.m.
 # Thursday night'); 'August 11' -> 2020-08-11; 'Last year' -> 2019; '2018' -> 2018. Skipped: 'a full week after
 # the storm' (a span, its end already listed as 'August 11'), 'summer temperatures' (a season's weather, not a time
 # reference; doubtful: 2020), 'the coming days', 'more than a decade', 'each passing storm season'
 dates=[D("today", "2020-08-07"), D("4 pm yesterday", "2020-08-06T16:00"), D("August 11", "2020-08-11"),
        D("Last year", "2019"), D("2018", "2018")])

# ---- Van Hollen to Pepco, 'Enough is Enough' (vanhollen.house.gov via the UNT web archive; published 2011-02-01) ----
A["us-house-van-hollen-letter-pepco-storm-power-outages-2011"] = dict(
 # Person: Chris Van Hollen (once, in full; no alias in the text -- 'Van Hollen' alone is only in the title), Joseph
 # M. Rigby ('Joseph Rigby', 'Rigby' in 'Dear Mr. Rigby'; aliases). Company: Pepco Holdings, Inc. with the alias
 # 'Pepco' -- **doubtful**: the release calls Rigby 'President & CEO of Pepco' and the address block 'President &
 # Chief Executive Officer, Pepco Holdings, Inc.', so the text uses 'Pepco' for the company Rigby heads: one entity,
 # named by its fullest form (a reader may split them: Pepco, the utility whose customers lost power, and Pepco
 # Holdings, Inc., with Pepco parentOrganization Pepco Holdings, Inc. -- a tie the text does not state). Locations:
 # Maryland (in 'Maryland Congressman'), Montgomery and Prince George's (in 'Montgomery and Prince George's Counties':
 # two counties, each by its own surface text; doubtful: names with 'County'), Washington, DC (the address block's
 # city, as the Dingell letter's 'Washington, D.C.'). Not annotated: '701 9th Street, NW' (a street address), 'the
 # staff', 'the outdoor work crews', 'shareholders', 'my constituents' (generic)
 entities=[E("Person", "Chris Van Hollen"), E("Person", "Joseph M. Rigby", "Joseph Rigby", "Rigby"),
           E("Company", "Pepco Holdings, Inc.", "Pepco")]
          + locs("Maryland", "Montgomery", "Prince George\u2019s", "Washington, DC"),
 # 'Joseph Rigby, President & CEO of Pepco' / 'President & Chief Executive Officer, Pepco Holdings, Inc.' ->
 # president and ceo at Pepco Holdings, Inc. (one entity), current. Van Hollen: a legislator, no role
 roles=[R("Joseph M. Rigby", "president", "Pepco Holdings, Inc."), R("Joseph M. Rigby", "ceo", "Pepco Holdings, Inc.")],
 relations=[],
 # One outage: 'Pepco's abysmal handling of the recent storm and power outages', the crews restoring electricity 'to
 # homes, businesses, and medical facilities' -> provider Pepco Holdings, Inc. ('Pepco'). Date null: 'the recent
 # storm' is not dated in the text (**doubtful**: 2011-01 by 'recent' against published 2011-02-01; by the record the
 # snowstorm of 26 January 2011, which the text does not name). No start, end or duration; affected [] (homes,
 # businesses and medical facilities are generic); location null (**doubtful**: the constituents who complain live
 # in 'Montgomery and Prince George's Counties', but the outage's area is not stated and the field takes one place --
 # a reader may set Montgomery or Maryland); cause 'storm' (the text's 'the recent storm'; 'cold and icy conditions'
 # are the crews' working conditions). **Near-misses**: 'This latest episode is part of a continuing problem. After
 # each episode ...' (past outages counted, not told one by one: no events); the constituents' experience of 'the
 # number of outages or the delays in restoring power that they encounter with Pepco' (generic, no event)
 outages=[O("Pepco Holdings, Inc.", None, [], cause="storm")],
 # published 2011-02-01: 'Today' -> 2011-02-01; 'February 1, 2011' (the letter's date line) -> 2011-02-01 (another
 # text with the same value: its own item). Skipped: 'recent' (unresolvable), 'around the clock'
 dates=[D("Today", "2011-02-01"), D("February 1, 2011", "2011-02-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

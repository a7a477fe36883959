#!/usr/bin/env python3
"""Batch 36s gold annotations for the three toscaData Wikinews texts of batch36s.py (a mobile-network outage on the
day of London's failed bombings, and two near-misses), made by reading each text alone; no extractor was run on
any of them. Split rule fixed before annotating: ids sorted, dealt along test, train, dev, train (cycle).
Outage conventions kept from batches 34h/36g: a named network operator whose calls or texts failed is the provider
with no service listed as affected; a broadcaster closed by government order, or a supply cut announced ahead and
not told as begun, is a near-miss with no outage.
usage: batch36s_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-four-small-explosions-strike-londons-transport-2005
wn-mongolia-declares-state-emergency-violent-protests-2008
wn-israel-welcome-president-bush-open-arms-2008""".split())
A = {}

A["wn-four-small-explosions-strike-londons-transport-2005"] = dict(
 entities=[E("Organization", "London Ambulance Service"), E("Company", "Stagecoach"), E("Location", "Shoreditch"),
           E("Company", "Reuters"), E("Location", "Warren Street tube station", "Warren Street", "Warren Street Station"),
           E("Location", "Whitehall"), E("Organization", "University College Hospital", "UCL Hospital"),
           E("Organization", "Scotland Yard"), E("Organization", "Metropolitan Police"),
           E("Person", "Tony Blair", "Blair"), E("Location", "London"), E("Person", "John Howard"),
           E("Location", "Australia"), E("Location", "Britain"), E("Person", "Ian Blair"),
           E("Location", "Oval station", "Oval"), E("Location", "Shepherd's Bush station"),
           E("Service", "Northern line"), E("Service", "Hammersmith and City Line"), E("Service", "Piccadilly Line"),
           E("Service", "Bakerloo Line"), E("Service", "Victoria Line"), E("Service", "Waterloo and City Line"),
           E("Organization", "Ministry of Defence"), E("Company", "BBC"), E("Company", "London Underground"),
           E("Location", "Uxbridge Road"), E("Location", "Shepherd's Bush Green"), E("Service", "BBC News 24"),
           E("Company", "BBC News"), E("Organization", "British Transport Police"), E("Company", "O2"),
           E("Company", "Orange"), E("Company", "Vodafone"), E("Location", "UK")],
 # Stations, streets and a green → Location ('Warren Street tube station' the fullest form; 'Oval station' with
 # 'the Oval' read as the same station; 'Shepherd's Bush / Uxbridge Road' gives the road, the area name left in
 # the station's and the green's names). The tube lines → Service (lines riders use; earlier batches typed
 # 'Northern line' so); no provider relation to London Underground (the text never says who runs them; a
 # doubtful point). London Underground, Stagecoach, Reuters, BBC, 'BBC News' (the newsroom as a speaker, typed
 # Company as earlier batches did) → Company; 'BBC News 24' (a channel cited as a source) → Service. The hospital
 # → Organization with 'UCL Hospital'; 'A UCL spokeswoman' left out ('UCL' alone names the university, not
 # clearly the hospital; a doubtful point). Scotland Yard kept apart from the Metropolitan Police (the corpus types
 # it as its own Organization; 'Metropolitan police' differs only in case). 'Bomb Squad' and 'COBRA committee'
 # (units named generically) → no entity. 'Blair' in 'Blair said that "there appear to have been no casualties"'
 # is the Prime Minister (the press conference after his COBRA meeting) → alias of Tony Blair, not of Ian Blair.
 # Roles: 'Prime Minister Tony Blair' → minister at Britain (the country as the text names it; corpus practice for
 # prime ministers); 'Prime Minister John Howard of Australia' → minister at Australia; 'Metropolitan Police
 # Commissioner Sir Ian Blair' → head at Metropolitan Police. Unnamed spokesmen → no role.
 # Outages (published Thursday 21 July 2005; the report is live): 'problems sending text messages or making calls
 # from mobiles phones on some networks. (O2 confirmed, Orange is fine, occasional text service but no calls on
 # Vodafone)' → two outages, one per named network the text says failed: provider O2 and provider Vodafone, date
 # 2005-07-21, no start or end, affected [] (the operator's own network; corpus practice), location London (the
 # story's city; the text gives no narrower place; a doubtful point: null), cause null (the note that O2 has
 # 'previously prioritized their network usage' for emergency teams hints at a reason but does not state one; a
 # doubtful point). Orange 'is fine' → no outage. The tube lines 'suspended' after the explosions and 'some public
 # transport services are not yet functioning' → no outage (closures after a physical attack, GUIDELINES).
 # Dates: the clock times of the day → 2005-07-21Thh:mm; '30 minutes later' (no clock time of its own) left out.
 roles=[R("Tony Blair", "minister", "Britain"), R("John Howard", "minister", "Australia"),
        R("Ian Blair", "head", "Metropolitan Police")],
 relations=[],
 outages=[O("O2", "2005-07-21", [], loc="London"), O("Vodafone", "2005-07-21", [], loc="London")],
 dates=[D("15:25", "2005-07-21T15:25"), D("16:15", "2005-07-21T16:15"), D("16:00", "2005-07-21T16:00"),
        D("15:52", "2005-07-21T15:52"), D("17:45", "2005-07-21T17:45")])

A["wn-mongolia-declares-state-emergency-violent-protests-2008"] = dict(
 entities=[E("Location", "Mongolia"), E("Location", "Ulaanbaatar"), E("Location", "Japan"),
           E("Location", "Sukhbaatar Square"), E("Organization", "Mongolian People's Revolutionary Party", "MPRP"),
           E("Location", "Culture Palace", "Art Gallery"), E("Person", "Nambaryn Enkhbayar"),
           E("Company", "Mongolian National Broadcaster"), E("Company", "Eagle TV")],
 # The ruling party → Organization with 'MPRP'. 'Culture Palace, also known as the Art Gallery' → a building, typed
 # Location with its other name as alias (a doubtful point: no entity). The state broadcaster and Eagle TV →
 # Company (broadcasters, GUIDELINES' rule for state broadcasters). 'the Party Headquarters', 'the state TV',
 # 'parliament' → no entity. Role: 'President Nambaryn Enkhbayar' → president at Mongolia.
 # Near-miss, no outage: 'All TV channels and radios except the Mongolian National Broadcaster will be temporarily
 # shut down' / 'All TV channels have been cut off' is a government order closing broadcasters under the state of
 # emergency (GUIDELINES: not an outage), and Eagle TV goes on reporting on the Internet.
 # Dates (published Wednesday 2 July 2008): "Sunday's elections" → 'Sunday' 2008-06-29; 'Monday evening'
 # 2008-06-30; 'Tuesday' 2008-07-01; '18:00 Local Time (July 2)' → '18:00' 2008-07-02T18:00 and 'July 2'
 # 2008-07-02. The curfew hours '10pm' and '8am' (nightly, no one day) and 'in the morning' left out.
 roles=[R("Nambaryn Enkhbayar", "president", "Mongolia")],
 relations=[],
 outages=[],
 dates=[D("Sunday", "2008-06-29"), D("Monday evening", "2008-06-30"), D("Tuesday", "2008-07-01"),
        D("18:00", "2008-07-02T18:00"), D("July 2", "2008-07-02")])

A["wn-israel-welcome-president-bush-open-arms-2008"] = dict(
 entities=[E("Location", "Israel"), E("Location", "U.S."), E("Person", "George Bush", "Bush"),
           E("Person", "Robert Berger"), E("Location", "Gaza Strip", "Gaza"), E("Person", "Ehud Olmert", "Olmert"),
           E("Location", "Ashkelon"), E("Organization", "Hamas"), E("Organization", "Fatah"),
           E("Person", "Mahmoud Abbas", "Abbas"), E("Location", "West Bank")],
 # 'the Cabinet', 'the Israeli army', 'the Abbas government', 'the Palestinian government' → no entity (unnamed
 # bodies). 'Fatah forces' → Fatah, Organization. Robert Berger (the reporter) → no role.
 # Roles: 'U.S. President George Bush' → president at U.S.; 'Prime Minister Ehud Olmert' → minister at Israel;
 # 'Palestinian President Mahmoud Abbas' → no role (no Palestinian body or place is named as an entity; a
 # doubtful point).
 # Near-miss, no outage: 'Palestinian officials say Israeli fuel cuts to Gaza will force residents there to live
 # without electricity eight hours a day beginning Sunday' is a supply cut said ahead by one side, not told as
 # begun (a doubtful point: a planned utility shutoff counts as an outage once it happens).
 # Dates (published Sunday 6 January 2008): 'in June' (Hamas' seizure of Gaza, before the published January) →
 # 2007-06; 'last month' → 2007-12; 'Tuesday' (the coming meeting) → 2008-01-08. 'beginning Sunday' left out (on
 # a Sunday's report it may be that day or the next Sunday; a doubtful point); 'this week', 'last week' and 'a
 # seven year break' left out (no ISO week form in GOLD_FORMAT; a span).
 roles=[R("George Bush", "president", "U.S."), R("Ehud Olmert", "minister", "Israel")],
 relations=[],
 outages=[],
 dates=[D("June", "2007-06"), D("last month", "2007-12"), D("Tuesday", "2008-01-08")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

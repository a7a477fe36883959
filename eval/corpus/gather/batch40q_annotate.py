#!/usr/bin/env python3
"""Batch 40q gold annotations for the five toscaData Wikinews texts of batch40q.py (a navy choosing a helicopter
developed by two makers who formed a company together and offered by a defence contractor; a coal company and its
chief executive suing a state governor; a state government walking away from compensation talks with a toll-tunnel
operator, with the premier, the roads minister and a motoring body's president; a monorail company and its chief
executive planning a line for a capital city, with a regional council's spokesman; a regional airline stopping online
bookings for 'technical difficulties' amid trading troubles, with its commercial director and three politicians),
written by reading each text alone; no extractor was run on any of them. Split rule fixed before annotating: ids
sorted, dealt along test, train, dev, train (cycle). One outage (the airline's online booking stopped, blamed on
technical difficulties; a doubtful point, noted at the item); no other text tells a service lost.
usage: batch40q_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

IDS = sorted("""wn-us-navy-chooses-us-europe-us101-2005
wn-appalachia-mountains-coal-company-plays-state-2005
wn-nsw-government-walks-away-from-cross-2006
wn-new-zealand-company-planning-monorail-wellington-2006
wn-welsh-air-route-difficulties-call-funding-2010""".split())
A = {}

A["wn-us-navy-chooses-us-europe-us101-2005"] = dict(
 entities=[E("Organization", "U.S. Navy"), E("Service", "US101", "EH101"), E("Location", "U.S.", "US", "America"),
           E("Location", "Europe"), E("Service", "Sikorsky SeaKings"), E("Company", "Sikorsky"),
           E("Service", "H-92"), E("Company", "Lockheed Martin"), E("Company", "Westland"), E("Company", "Augusta"),
           E("Company", "AugustaWestland"), E("Organization", "British Army"), E("Location", "Bosnia"),
           E("Organization", "Royal Navy"), E("Organization", "Canadian Coastguard")],
 # 'The U.S. Navy' → Organization. 'the US-Europe US101 helicopter' and 'the European EH101, renamed the US101' → one
 # Service US101 with alias EH101 (an aircraft model; a former name is an alias); 'Marine One, the helicopter for the
 # U.S. President' → nothing (the presidential aircraft's call sign, no product; a doubtful point). 'the U.S.
 # President' (unnamed) → no person; U.S. ('US-Europe', 'US components', 'built in America') → Location with aliases
 # US and America; Europe ('US-Europe') → Location ('European' adjectives → nothing). 'Sikorsky SeaKings' → Service
 # (the full product name) and Sikorsky, also named on its own ('Sikorsky offered their H-92') → Company; 'H-92' →
 # Service. Lockheed Martin → Company. 'the British company Westland and the Italian Augusta, who formed the
 # AugustaWestland company' → Westland, Augusta and AugustaWestland Company (spelt as the text spells them). 'the
 # White House' → nothing (as batches 40j and 40p). 'the British Army', 'the Royal Navy', 'Canadian Coastguard' →
 # Organization; Bosnia → Location; 'the recent Iraq war' → nothing (an event).
 # Roles: none (no person named).
 # Relations: 'The EH101 was developed jointly by ... Westland and ... Augusta' → provider US101 → Westland and →
 # Augusta; 'Lockheed Martin ... offered the European EH101, renamed the US101. The US101 will be built in America' →
 # provider US101 → Lockheed Martin (the bidder offering and building it; a doubtful point: it is not its design).
 # 'Sikorsky offered their H-92' → provider H-92 → Sikorsky; 'Sikorsky SeaKings' → provider → Sikorsky. The two
 # makers 'who formed the AugustaWestland company' → parentOrganization AugustaWestland → Westland and → Augusta, and
 # partner Westland → Augusta (a company formed by two, as a joint venture is recorded; a doubtful point: not called
 # a joint venture, and a reader may read a merger, which gives nothing). The Navy having 'chosen the US101', which
 # Lockheed Martin offered, with 'The contract ... expected to cover the purchase of 23 helicopters' → partner U.S.
 # Navy → Lockheed Martin (a contract choice; a doubtful point: the contractor is not written as such).
 # Outages: none (a procurement choice); no near-miss.
 # Dates (published Saturday 29 January 2005): none resolvable ('around thirty years old', 'the recent Iraq war' →
 # nothing).
 roles=[],
 relations=[L("US101", "provider", "Westland"), L("US101", "provider", "Augusta"),
            L("US101", "provider", "Lockheed Martin"), L("H-92", "provider", "Sikorsky"),
            L("Sikorsky SeaKings", "provider", "Sikorsky"), L("AugustaWestland", "parentOrganization", "Westland"),
            L("AugustaWestland", "parentOrganization", "Augusta"), L("Westland", "partner", "Augusta"),
            L("U.S. Navy", "partner", "Lockheed Martin")],
 outages=[],
 dates=[])

MAS = "Massey Energy Co."
A["wn-appalachia-mountains-coal-company-plays-state-2005"] = dict(
 entities=[E("Company", MAS, "Massey"), E("Location", "U.S."), E("Location", "West Virginia", "W.V."),
           E("Person", "Joe Manchin", "Manchin"), E("Person", "Don Blankenship", "Blankenship", "Don"),
           E("Organization", "U.S. District Court"),
           E("Organization", "W.V. Department of Environment Protection", "DEP"),
           E("Organization", "Marsh Fork Elementary School", "Marsh Fork school"), E("Location", "Sundial"),
           E("Organization", "Coal River Mountain Watch"), E("Organization", "Mountain Justice Summer"),
           E("Company", "American Electric Power"), E("Location", "Putnam County")],
 # 'Massey Energy Co., the fourth largest coal producer in the U.S.' (then 'Massey’s', 'The Massey lawsuit', 'Massey
 # officials') → Company with alias Massey; U.S. → Location. 'the Governor of West Virginia, Joe Manchin' (then 'Gov.
 # Manchin') → Person with alias Manchin; West Virginia ('the W.V. southern district', 'Sundial, W.V.') → Location
 # with alias W.V. "Massey’s CEO Don Blankenship" (then 'Blankenship', and the governor's 'since Don has jumped in
 # there') → Person with aliases Blankenship and Don. 'the U.S. District Court' → Organization (a court). 'the W.V.
 # Department of Environment Protection (DEP)' → Organization with alias DEP. 'the Marsh Fork Elementary School' (then
 # 'the Marsh Fork school') → Organization (schools as universities are; a doubtful point: a reader may take it as a
 # site) and Sundial → Location. 'Protest groups, mainly the Coal River Mountain Watch and Mountain Justice Summer' →
 # Organization each. 'an American Electric Power event in Putnam County' → American Electric Power Company, Putnam
 # County Location. '"Mountain Top Removal" (MTR)' (a mining technique), 'the state', 'a coal preparation plant', 'a
 # sludge pond' → nothing.
 # Roles: "Massey’s CEO Don Blankenship" → ceo at Massey Energy Co.; 'the Governor of West Virginia, Joe Manchin' →
 # governor at West Virginia.
 # Relations: none. The lawsuit against the governor, the protest groups' demands to Massey and the governor's
 # appearance at American Electric Power's event → nothing (no partnership, customer or ownership written).
 # Outages: none (a lawsuit and a mining permit); no near-miss.
 # Dates (published Tuesday 2 August 2005): 'in June' (the special election; also 'Gov. Manchin in June said') →
 # 2005-06 (one item: same text, same value); 'last Tuesday' and 'July 26' (the lawsuit filed) → 2005-07-26 each;
 # 'the second quarter' (profits) → 2005-Q2; 'a year ago' (the quarter compared) → 2004-Q2 (as the corpus resolves
 # it beside a quarter); 'June 30' (the permit) → 2005-06-30. 'the same day' → skipped (a day told by an event).
 roles=[R("Don Blankenship", "ceo", MAS), R("Joe Manchin", "governor", "West Virginia")],
 relations=[],
 outages=[],
 dates=[D("in June", "2005-06"), D("last Tuesday", "2005-07-26"), D("July 26", "2005-07-26"),
        D("the second quarter", "2005-Q2"), D("a year ago", "2004-Q2"), D("June 30", "2005-06-30")])

CCM = "Cross City Motorway"
NSW = "New South Wales"
A["wn-nsw-government-walks-away-from-cross-2006"] = dict(
 entities=[E("Location", NSW, "NSW"), E("Person", "Morris Iemma", "Iemma"), E("Location", "Cross City Tunnel"),
           E("Organization", "NSW Roads and Traffic Authority"), E("Company", CCM),
           E("Person", "Eric Roozendaal"), E("Organization", "NRMA"), E("Person", "Alan Evans")],
 # 'New South Wales Premier, Morris Iemma' (then 'NSW Premier Morris Iemma', 'Mr Iemma') → New South Wales Location
 # with alias NSW, Morris Iemma Person with alias Iemma. 'the Cross City Tunnel' → Location (a named facility, as
 # GUIDELINES has them; no relation attaches: 'the Cross City Motorway (who operate the tunnel)' → nothing; a
 # doubtful point). 'the NSW Roads and Traffic Authority' → Organization (a state agency). 'the Cross City Motorway'
 # ('Cross City Motorway wanted', 'the company') → Company; 'the Cross City Tunnel operators' → the same company, a
 # description, no alias. 'NSW Roads minister, Eric Roozendaal' → Person. 'The NRMA, the peak motoring organisation in
 # NSW' → Organization (as the text calls it; a doubtful point: a member-owned body); 'NRMA president Alan Evans' →
 # Person. 'his government', 'the government', 'taxpayers', 'motorists' → nothing.
 # Roles: 'New South Wales Premier, Morris Iemma' → minister at New South Wales (a state's head of government, as
 # batches 28e and 32e record premiers); 'NSW Roads minister, Eric Roozendaal' → minister at New South Wales; 'NRMA
 # president Alan Evans' → president at NRMA.
 # Relations: 'The road changes were initially approved by the NSW Roads and Traffic Authority and formed part of the
 # contract with the Cross City Motorway' → partner NSW Roads and Traffic Authority → Cross City Motorway (a contract
 # between the agency and the operator; a doubtful point: the text does not say which arm of the state signed it).
 # The compensation talks, the offers and a possible lawsuit → nothing.
 # Outages: none (a road and toll dispute); no near-miss.
 # Dates (published Monday 5 June 2006): 'Sunday' (the announcement) → 2006-06-04; 'today' (the company's response
 # expected) → 2006-06-05. 'midnight Mon. Jan 5' → skipped (5 January was a Thursday in 2006 and a Friday in 2007: the
 # day and the weekday do not agree, so no value can be fixed; a doubtful point); 'the last three months' → skipped.
 roles=[R("Morris Iemma", "minister", NSW), R("Eric Roozendaal", "minister", NSW),
        R("Alan Evans", "president", "NRMA")],
 relations=[L("NSW Roads and Traffic Authority", "partner", CCM)],
 outages=[],
 dates=[D("Sunday", "2006-06-04"), D("today", "2006-06-05")])

SKY = "SkyCabs International"
GWRC = "greater Wellington regional council"
A["wn-new-zealand-company-planning-monorail-wellington-2006"] = dict(
 entities=[E("Company", SKY, "SkyCabs"), E("Location", "New Zealand"), E("Location", "Auckland"),
           E("Location", "Wellington"), E("Location", "Johnsonville"), E("Location", "Wellington International Airport"),
           E("Person", "Hugh Chapman", "Chapman"), E("Location", "Evans Bay"), E("Location", "Oriental Bay"),
           E("Location", "Rainbows End"), E("Person", "Andrew Cutler"), E("Organization", GWRC)],
 # 'SkyCabs International, a New Zealand company based in Auckland, New Zealand' (then 'SkyCabs', "SkyCabs' cabs") →
 # Company with alias SkyCabs; New Zealand, Auckland, 'Wellington' (the capital), Johnsonville, 'Wellington
 # International Airport' (airports are Location), 'Evans Bay', 'Oriental Bay' → Location. 'The chief executive of
 # SkyCabs, Hugh Chapman' (then 'Mr Chapman') → Person with alias Chapman. 'Rainbows End, a theme park in Auckland' →
 # Location (a named site, as GUIDELINES has theme-park resorts). 'Andrew Cutler, spokesman for the greater Wellington
 # regional council' → Person and the council → Organization (a local government body; named as written, lower
 # case). 'the council and Government', 'investors', 'the central business district (cbd)', 'the Johnsonville rail
 # line' (a rail line, not named as a service; a doubtful point) → nothing. The planned monorail (unnamed) → no
 # Service.
 # Roles: 'The chief executive of SkyCabs, Hugh Chapman' → ceo at SkyCabs International; 'Andrew Cutler, spokesman for
 # the greater Wellington regional council' → spokesperson at greater Wellington regional council.
 # Relations: none (the monorail and its test track are plans; the council's briefing → no partnership).
 # Outages: none (a project plan); no near-miss.
 # Dates (published Wednesday 29 November 2006): none resolvable ('recently' → skipped; 'a year' → nothing).
 roles=[R("Hugh Chapman", "ceo", SKY), R("Andrew Cutler", "spokesperson", GWRC)],
 relations=[],
 outages=[],
 dates=[])

HA = "Highland Airways"
WAG = "Welsh Assembly Government"
WLD = "Welsh Liberal Democrats"
A["wn-welsh-air-route-difficulties-call-funding-2010"] = dict(
 entities=[E("Company", HA), E("Location", "Anglesey"), E("Location", "north Wales"), E("Location", "Cardiff"),
           E("Location", "south Wales"), E("Organization", WLD, "Liberal Democrats"),
           E("Organization", WAG, "Assembly Government"), E("Person", "Basil O'Fee"), E("Person", "Kirsty Williams"),
           E("Location", "Wales"), E("Person", "Ieuan Wyn Jones", "Jones"), E("Organization", "Plaid Cymru"),
           E("Person", "Jenny Randerson"), E("Location", "Inverness"), E("Location", "Scotland")],
 # 'Highland Airways, which runs flights between Anglesey in north Wales and Cardiff in south Wales' → Highland Airways
 # Company; Anglesey, 'north Wales', Cardiff, 'south Wales' → Location (regions are Location, as batch 40p's
 # 'Southern California'); 'rail transport in Wales' → Wales Location. 'Liberal Democrats have called on ...' and
 # 'Kirsty Williams, leader of the Welsh Liberal Democrats' → one Organization Welsh Liberal Democrats with alias
 # Liberal Democrats (the Welsh party the article reports; a doubtful point: a reader may keep the UK party apart).
 # 'the Welsh Assembly Government' (then 'the Assembly Government') → Organization with alias Assembly Government.
 # "The company's commercial director, Basil O'Fee" → Person. 'Ieuan Wyn Jones, the leader of the Welsh nationalist
 # party Plaid Cymru and the Assembly member for Anglesey' (then 'Jones') → Person with alias Jones, Plaid Cymru →
 # Organization. 'Jenny Randerson, Welsh Liberal Democrats transport spokesperson' → Person. 'Highland Airways is
 # based in Inverness, Scotland' → Inverness, Scotland Location. 'the board', 'potential new investors',
 # 'administrators', 'business and transport leaders' → nothing; '"Highland success story"' → nothing.
 # Roles: "The company's commercial director, Basil O'Fee" → director at Highland Airways (a commercial director, as
 # batch gold maps 'Commercial Director' → director); 'Kirsty Williams, leader of the Welsh Liberal Democrats' → head
 # at Welsh Liberal Democrats (party leaders → head); 'Ieuan Wyn Jones, the leader of ... Plaid Cymru' → head at Plaid
 # Cymru, 'the Assembly member for Anglesey' → no role (legislators); 'Jenny Randerson, Welsh Liberal Democrats
 # transport spokesperson' → spokesperson at Welsh Liberal Democrats (a party's portfolio spokesperson; a doubtful
 # point).
 # Relations: the Welsh Assembly Government's 'annual public subsidy for the route', the route run by Highland Airways,
 # and 'the next contract with the Assembly Government to provide the route' (a present contract implied) → partner
 # Highland Airways → Welsh Assembly Government (a public service contract; a doubtful point: the present contract is
 # implied, not written).
 # Outages: 'despite suspending online booking yesterday' and 'the company stopped taking bookings for future flights
 # yesterday, blaming "technical difficulties"' → one outage: provider Highland Airways, date 2010-01-25
 # ('yesterday'), affected [] (its online booking, not named as a service), start/end/duration/location null, cause
 # 'technical difficulties' (the cause the company gave, as the corpus records the visa bureau's 'technical
 # problems'). A doubtful point: the text sets the stop beside 'trading conditions were "difficult"' and talks with
 # new investors, so a reader may take it as a business failure and a near-miss; flights kept running ('check in as
 # normal'), so only the booking service is lost.
 # Dates (published Tuesday 26 January 2010): 'today' → 2010-01-26; 'yesterday' → 2010-01-25. 'last week' (bidding
 # closed), 'within days rather than weeks', 'the severe winter' → skipped.
 roles=[R("Basil O'Fee", "director", HA), R("Kirsty Williams", "head", WLD), R("Ieuan Wyn Jones", "head", "Plaid Cymru"),
        R("Jenny Randerson", "spokesperson", WLD)],
 relations=[L(HA, "partner", WAG)],
 outages=[O(HA, "2010-01-25", [], cause="technical difficulties")],
 dates=[D("today", "2010-01-26"), D("yesterday", "2010-01-25")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

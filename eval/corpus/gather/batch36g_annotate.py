#!/usr/bin/env python3
"""Batch 36g gold annotations for the seven toscaData Wikinews texts of batch36g.py (outages and near-misses), made
by reading each text alone (no extractor run on any). Split rule fixed before annotating: the ids sorted and dealt
along test, train, dev, train (cycle), as every sub-batch since 8b.
Outage conventions followed (batches 34h/34i): a supply or network cut whose operator the text does not name has a
null provider, the place as location, the stated cause as a short phrase; a day the text does not give is coarsened
to the month; a voluntary or threatened switch-off, or damage with no service lost told, is a near-miss (no outage).
usage: batch36g_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-two-winners-confirmed-us-mega-millions-2007
wn-nepals-king-names-new-cabinet-2005
wn-israel-defense-forces-attack-gaza-strip-2006
wn-un-official-gaza-faces-humanitarian-catastrophe-2008
wn-ltte-strikes-sri-lanka-capital-2009
wn-rebels-blow-up-oil-pipelines-assam-2006
wn-environmentalists-turn-everything-off-february-1st-2007""".split())
A = {}

A["wn-two-winners-confirmed-us-mega-millions-2007"] = dict(
 entities=[E("Service", "Mega Millions", "The Big Game"), E("Location", "U.S."), E("Location", "Georgia"),
           E("Location", "New Jersey"), E("Company", "Campark Liquors"), E("Location", "Woodbine"),
           E("Company", "Favorite Market"), E("Location", "Dalton"), E("Location", "Atlanta"),
           E("Location", "Times Square"), E("Location", "New York"), E("Person", "Robert McLaughlin"),
           E("Location", "Ohio"), E("Company", "Burtonsville Crown Beer & Wine"), E("Location", "Montgomery County"),
           E("Location", "Maryland"), E("Service", "Power Ball"), E("Location", "Nebraska")],
 # The lottery game (a product users buy) → Service; 'The Big Game (which was later named Mega Millions)' → its former
 # name, an alias. 'Power Ball' → Service. No operator of either is named → no provider. 'Mega Ball' (a ball drawn)
 # → no entity. The three shops that sold tickets → Company, with no relation (selling tickets is no stated
 # contract). 'New York' (the state whose commissioner speaks, and 'Times Square, New York') → one Location.
 # Role: "New York's lottery commissioner, Robert McLaughlin" → head (a commissioner leading the state's lottery
 # agency, GUIDELINES; the agency is unnamed, so the org is the state; a doubtful point: 'other').
 # Outage: "the state's lottery system [Ohio's], for reasons still not known, went off-line at 10:25 p.m., just over
 # a half hour before the drawing" → provider null (the operator is not named), date the draw's day ('Tuesday night',
 # against the published Wednesday 7 March 2007 → 2007-03-06), start 22:25 local, no end, affected the game whose
 # tickets could not be sold (Mega Millions; a doubtful point: none), location Ohio, cause null ('not known').
 # Dates: 'Tuesday night' → 2007-03-06, '10:25 p.m.' → 2007-03-06T22:25, '2006', '2000'.
 roles=[R("Robert McLaughlin", "head", "New York")],
 relations=[],
 outages=[O(None, "2007-03-06", ["Mega Millions"], start="2007-03-06T22:25", loc="Ohio")],
 dates=[D("Tuesday night", "2007-03-06"), D("10:25 p.m.", "2007-03-06T22:25"), D("2006", "2006"),
        D("2000", "2000")])

A["wn-nepals-king-names-new-cabinet-2005"] = dict(
 entities=[E("Person", "Gyanendra"), E("Location", "Nepal"), E("Person", "Rames Nath Pandey"),
           E("Person", "Dan Bahadur Shahi"), E("Person", "Radha Krishna Mainali"), E("Location", "Kathmandu"),
           E("Location", "New Delhi"), E("Organization", "United Nations", "UN"), E("Location", "Britain", "UK"),
           E("Location", "United States", "USA", "US"), E("Location", "India"), E("Location", "Australia"),
           E("Person", "Kofi Annan"), E("Company", "The Indian Express"), E("Person", "Prachanda"),
           E("Person", "Meenakshi")],
 # 'King Gyanendra' → the Person 'Gyanendra' (the title is no part of the name). 'The Indian Express newspaper' →
 # Company (a newspaper; the name as the text spells it, with its article). Vishnu (a god), 'the communist party'
 # and 'the Nepalese army' (lower case, unnamed bodies), 'the state run television and radio service' → no entity.
 # Roles: the king → other at Nepal (a reigning monarch heading the state and, the text says, the new
 # administration; the vocabulary has no 'king'; a doubtful point); 'Rames Nath Pandey as foreign minister', 'Dan
 # Bahadur Shahi as Home Minister', 'Radha Krishna Mainali ... as minister for sports and education' → minister at
 # Nepal (named to the new cabinet: current); 'Kofi Annan, the Secretary-General of the UN' → head at United
 # Nations; 'The leader of the Maoist rebels, Prachanda' → no role (the rebels are no named body); Meenakshi (a
 # street sweeper) no role.
 # Outage: 'All telephone lines and mobile telephone networks have been cut with the outside world ... Nepali
 # websites are inaccessible from outside Nepal' → one outage of the country's links abroad (the websites told as
 # part of the same cut-off; a doubtful point: two), provider null (no operator named; who cut them is not said,
 # so cause null), date 2005-02 (the text gives no day; the cut is told with the sacking 'yesterday' but not dated
 # by it; a doubtful point: 2005-02-01), location Nepal. Flights stopped and local radio stations 'shut down' (a
 # closure of broadcasters, not a service failure, GUIDELINES) → no outage.
 # Dates (published Wednesday 2 February 2005): 'today' 2005-02-02, 'yesterday' 2005-02-01, '1996', and the
 # three-day strike 'from Wednesday to Friday' called on the published day: 'Wednesday' 2005-02-02, 'Friday'
 # 2005-02-04 (a doubtful point: the strike could start the next Wednesday). 'the next three years', 'a few weeks
 # ago', 'less than 10 years', 'the 21st century' and 'the 15th' left out.
 roles=[R("Gyanendra", "other", "Nepal"), R("Rames Nath Pandey", "minister", "Nepal"),
        R("Dan Bahadur Shahi", "minister", "Nepal"), R("Radha Krishna Mainali", "minister", "Nepal"),
        R("Kofi Annan", "head", "United Nations")],
 relations=[],
 outages=[O(None, "2005-02", [], loc="Nepal")],
 dates=[D("today", "2005-02-02"), D("yesterday", "2005-02-01"), D("1996", "1996"), D("Wednesday", "2005-02-02"),
        D("Friday", "2005-02-04")])

A["wn-israel-defense-forces-attack-gaza-strip-2006"] = dict(
 entities=[E("Organization", "Israeli Defense Forces"), E("Location", "Gaza Strip", "Gaza"),
           E("Organization", "Hamas"), E("Location", "Israel"), E("Person", "Gilad Shalit"), E("Location", "Syria"),
           E("Person", "Nizar Rayan"), E("Person", "Binyamin Ben-Eliezer"), E("Company", "Israel Radio"),
           E("Organization", "Popular Resistance Committees"), E("Location", "West Bank"),
           E("Person", "Eliyahu Yitzhak Asheri"), E("Location", "A-Tira"), E("Location", "Ramallah")],
 # The army → Organization (the text's spelling 'Israeli Defense Forces'; the headline's 'Israel Defense Forces' is
 # not in the text). Hamas and the Popular Resistance Committees → Organization. 'Israel Radio' → Company (a
 # broadcaster, GUIDELINES' rule for state broadcasters). 'Operation Summer Rains' (an operation) → no entity.
 # Role: 'Israeli National Infrastructure Minister Binyamin Ben-Eliezer' → minister at Israel. 'Cpl. Gilad Shalit'
 # (a soldier's rank), Nizar Rayan (no post stated) → no role.
 # Outage: 'a helicopter attack on a power station in Gaza plunged large portions of the Gaza Strip into darkness,
 # leaving somewhere around 700,000 civilians without electricity or water' → one outage (power, and water with it),
 # provider null (the station and its operator unnamed), date 2006-06 (the text gives no day for the attack; it is
 # told as part of the operation under way on the published day; a doubtful point: 2006-06-28), location Gaza
 # Strip, cause 'helicopter attack on a power station'. A supply cut by an attack on a utility's plant is a power
 # failure that cut service to customers (not an accident; a doubtful point). Bridges bombed → no outage.
 # Dates (published Wednesday 28 June 2006): '25 June' 2006-06-25, 'today' 2006-06-28, 'Sunday' 2006-06-25.
 roles=[R("Binyamin Ben-Eliezer", "minister", "Israel")],
 relations=[],
 outages=[O(None, "2006-06", [], loc="Gaza Strip", cause="helicopter attack on a power station")],
 dates=[D("25 June", "2006-06-25"), D("today", "2006-06-28"), D("Sunday", "2006-06-25")])

A["wn-un-official-gaza-faces-humanitarian-catastrophe-2008"] = dict(
 entities=[E("Location", "Israel"), E("Location", "Gaza Strip", "Gaza"), E("Organization", "United Nations", "UN"),
           E("Organization", "United Nations Relief and Works Agency", "UNRWA"), E("Person", "Christopher Gunness"),
           E("Person", "Karen Abu Zayd"), E("Company", "Al Jazeera"), E("Organization", "Hamas"),
           E("Company", "AP"), E("Company", "Reuters"), E("Company", "New York Times"), E("Company", "BBC"),
           E("Company", "CNN")],
 # UNRWA → Organization, a unit of the United Nations (its name says so; parentOrganization, a doubtful point).
 # The news organisations (Al Jazeera, AP, Reuters, the New York Times, the BBC, CNN) → Company (GUIDELINES).
 # 'the Hamas combat wing' → no entity of its own. Roles: 'United Nations Relief and Works Agency (UNRWA) spokesman
 # Christopher Gunness' → spokesperson; 'Karen Abu Zayd, commissioner general of UNRWA' → head (the commissioner
 # leading the agency). 'Al Jazeera's correspondent' (unnamed) → no role.
 # Outage: 'The Israeli blockade has shut down power for the Gaza Strip' and the main power plant run on fuel from
 # Israel 'but no supplies have reached the plant for well over a week now' → one outage, provider null (the plant
 # and its operator unnamed), date 2008-11 (no day stated; the blockade began 'in early November'), location Gaza
 # Strip, cause 'no fuel reaching the main power plant under the Israeli blockade'. 'faulty generators' at
 # hospitals → part of the same story, no outage of its own.
 # Dates (published Monday 24 November 2008): 'today' 2008-11-24, 'early November' 2008-11, 'November 5'
 # 2008-11-05, 'eight years ago' 2000.
 roles=[R("Christopher Gunness", "spokesperson", "United Nations Relief and Works Agency"),
        R("Karen Abu Zayd", "head", "United Nations Relief and Works Agency")],
 relations=[L("United Nations Relief and Works Agency", "parentOrganization", "United Nations")],
 outages=[O(None, "2008-11", [], loc="Gaza Strip", cause="no fuel reaching the main power plant under the Israeli blockade")],
 dates=[D("today", "2008-11-24"), D("early November", "2008-11"), D("November 5", "2008-11-05"),
        D("eight years ago", "2000")])

A["wn-ltte-strikes-sri-lanka-capital-2009"] = dict(
 entities=[E("Organization", "Liberation Tigers of Tamil Eelam", "LTTE"), E("Location", "Sri Lanka"),
           E("Location", "Colombo"), E("Company", "Financial Times"), E("Company", "BBC"),
           E("Person", "Priyath Liyanage"), E("Location", "Tamil Eelam")],
 # 'the Sri Lanka army' and 'the Sri Lanka government' → no entity beyond the country (lower-case generic bodies;
 # a doubtful point). 'Tamil Eelam' (the state the LTTE seeks) → Location. Role: "BBC's Sinhala Editor, Priyath
 # Liyanage" → executive at BBC (an editor of a language service, as the corpus maps senior editors).
 # Outage: 'Civil defense in the city shut off electricity' during the raid → one outage, a deliberate shutoff of
 # the city's power (GUIDELINES count planned shutoffs of a utility service; a doubtful point: a wartime blackout
 # ordered for air defence), provider null (civil defence runs no supply; no operator named), date 'Friday'
 # 2009-02-20, location Colombo, cause 'shut off by civil defense during an air raid'.
 # Dates (published Saturday 21 February 2009): 'Friday' 2009-02-20; 'over 25 years' left out.
 roles=[R("Priyath Liyanage", "executive", "BBC")],
 relations=[],
 outages=[O(None, "2009-02-20", [], loc="Colombo", cause="shut off by civil defense during an air raid")],
 dates=[D("Friday", "2009-02-20")])

A["wn-rebels-blow-up-oil-pipelines-assam-2006"] = dict(
 entities=[E("Location", "Asom"), E("Organization", "United Liberation Front of Asom", "ULFA"),
           E("Location", "Guwahati"), E("Location", "Kamrup"), E("Location", "Panbazar"),
           E("Service", "Rajdhani Express"), E("Location", "Delhi"), E("Location", "Naharkatia"),
           E("Location", "Dibrugarh"), E("Person", "Milan Deori"), E("Location", "Rupaisiding- Tapoban-Tiniali"),
           E("Location", "Tinsukia"), E("Company", "Assam Gas Company Limited"),
           E("Company", "Oil India Limited", "OIL"), E("Location", "Namrup Thermal Power plant"),
           E("Location", "Bhadoipanchali"), E("Location", "Doomdooma"), E("Location", "Dhubri"),
           E("Location", "Mangaldoi"), E("Location", "Nagaon")],
 # 'the Asom' (the state, Assam) → Location. 'Delhi-bound Rajdhani Express' (a named train service) → Service, its
 # operator not named → no provider. 'Kamrup SP office' → Kamrup as a Location (a district). Districts named as 'the
 # Dibrugarh district', 'Tinsukia district' → the names. The thermal power plant → Location (a facility,
 # GUIDELINES), no relation. 'four Oil pipelines belonging to Assam Gas Company Limited and Oil India Limited' →
 # Companies, no relation between them (both own pipelines; no partnership told). No role (police sources unnamed).
 # No outage: the pipeline 'used for electricity generation at Namrup Thermal Power plant' was damaged, but the text
 # tells no power or gas lost (a near-miss); the train's 'miraculous escape' → nothing.
 # Dates (published Saturday 10 June 2006): 'Saturday' and 'Saturday morning' 2006-06-10, '6:15 [IST] in the
 # evening' 2006-06-10T18:15 (the device's timer, set for that day), 'last night', 'Friday night', 'Friday evening'
 # and 'yesterday' 2006-06-09, '10:25 IST' 2006-06-09T22:25 (blasts of 'last night'; a doubtful point: the clock
 # time has no a.m./p.m.), 'around 8 p.m. IST yesterday' 2006-06-09T20:00, 'Thursday' 2006-06-08; 'third day in a
 # row' left out.
 roles=[],
 relations=[],
 outages=[],
 dates=[D("Saturday", "2006-06-10"), D("Saturday morning", "2006-06-10"),
        D("6:15 [IST] in the evening", "2006-06-10T18:15"), D("last night", "2006-06-09"),
        D("Friday night", "2006-06-09"), D("Friday evening", "2006-06-09"), D("10:25 IST", "2006-06-09T22:25"),
        D("around 8 p.m. IST yesterday", "2006-06-09T20:00"), D("Thursday", "2006-06-08")])

A["wn-environmentalists-turn-everything-off-february-1st-2007"] = dict(
 entities=[E("Organization", "L’Alliance pour la Planète"), E("Organization", "WWF France"),
           E("Organization", "United Nations"), E("Location", "Belgium"), E("Organization", "Oxfam")],
 # The collective, WWF France and Oxfam → Organization (NGOs). WWF France is named as one of the collective's
 # member organisations, not a unit of it → no parentOrganization (a doubtful point). 'Turn everything off!' (a
 # campaign theme), the UN's climate change report → no entity. 'the power distribution company' (unnamed) and 'The
 # consortium' → no entity, no partner. No role. No outage: a voluntary five-minute switch-off by users, announced
 # ahead, with the distributor working to keep the network safe (a near-miss).
 # Dates (published Sunday 28 January 2007): 'February 1st' 2007-02-01, '7:55pm' 2007-02-01T19:55, '8:00pm CET'
 # 2007-02-01T20:00, 'February 2nd' 2007-02-02.
 roles=[],
 relations=[],
 outages=[],
 dates=[D("February 1st", "2007-02-01"), D("7:55pm", "2007-02-01T19:55"), D("8:00pm CET", "2007-02-01T20:00"),
        D("February 2nd", "2007-02-02")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 34c gold annotations for the 6 ITEMS texts of batch34c.py, written by reading each text alone (no extractor
was run on them). The split rule was fixed before any annotation: the sorted ids dealt along test, train, dev, train,
the cycle every sub-batch has used since 8b.
usage: batch34c_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, O
import batch10_annotate as b10

IDS = sorted("""wn-digital-security-researchers-publicly-reveal-vulnerability-2017
wn-journalists-escape-being-kidnapped-syria-2012
wn-explosions-brussels-airport-subway-systems-2016
wn-kiribati-acquires-international-funding-solar-power-2013
wn-over-60-dead-kenya-cholera-outbreak-2008
wn-wikinews-shorts-march-29-2007-2007""".split())
A = {}

A["wn-digital-security-researchers-publicly-reveal-vulnerability-2017"] = dict(
 entities=[E("Person", "Mathy Vanhoef", "Vanhoef"), E("Person", "Frank Piessens"), E("Location", "Belgium"),
           E("Organization", "KU Leuven"), E("Service", "WPA2"), E("Service", "OpenBSD"),
           E("Location", "United States"), E("Organization", "Computer Emergency Response Team", "CERT"),
           E("Organization", "Wi-Fi Alliance"), E("Organization", "National Cyber Security Centre"),
           E("Location", "UK"), E("Service", "Linux"), E("Service", "Android"), E("Service", "Windows"),
           E("Service", "iOS"), E("Company", "Microsoft"), E("Company", "Google"), E("Company", "Apple"),
           E("Service", "macOS"), E("Service", "tvOS"), E("Service", "watchOS"), E("Person", "Andrew Martin"),
           E("Organization", "Oxford University"),
           E("Organization", "Association for Computing Machinery", "ACM")],
 # Operating systems are software users run → Service; their makers follow from the text with confidence:
 # 'Microsoft reportedly has released security patches for Windows 7, 8, 8.1 and 10' → Windows by Microsoft (the
 # version numbers are not separate entities); 'Google said Android operating systems would receive the updates' →
 # Android by Google; 'Apple has implemented the patch in ... their operating system iOS, macOS, tvOS and watchOS'
 # → four Apple services. OpenBSD and Linux: no company named → no provider. 'WPA2' (the protocol the flaw is in)
 # → Service (a doubtful point: a standard rather than a product); 'Wi-Fi' left out as the generic wireless
 # technology (a doubtful point) and 'KRACK' as the name of the attack, not of a product or body. The university,
 # the response team, the industry alliance, the UK's security centre and the ACM → Organization. No role: the two
 # researchers and the Oxford academic are named with no post. No outage: a disclosed vulnerability with patches,
 # no service lost (a near-miss). Dates against the date line (Thursday 19 October 2017): 'On Monday' 2017-10-16,
 # 'July', 'May 19', 'August 28', 'August 30', 'November 6' and 'November 1' in 2017, '2006'; 'more than a decade'
 # left out.
 roles=[],
 relations=[L("Windows", "provider", "Microsoft"), L("Android", "provider", "Google"), L("iOS", "provider", "Apple"),
            L("macOS", "provider", "Apple"), L("tvOS", "provider", "Apple"), L("watchOS", "provider", "Apple")],
 outages=[],
 dates=[D("On Monday", "2017-10-16"), D("July", "2017-07"), D("May 19", "2017-05-19"),
        D("August 28", "2017-08-28"), D("August 30", "2017-08-30"), D("November 6", "2017-11-06"),
        D("2006", "2006"), D("November 1", "2017-11-01")])

A["wn-journalists-escape-being-kidnapped-syria-2012"] = dict(
 entities=[E("Location", "Syria"), E("Company", "NBC News", "NBC"), E("Person", "Aziz Akyavaş", "Akyavaş"),
           E("Location", "US"), E("Person", "Richard Engel", "Engel"), E("Company", "NTV"), E("Company", "MSNBC"),
           E("Company", "Kuwait News Agency"), E("Location", "Ma’arrat Misrin"), E("Company", "Gawker"),
           E("Service", "Twitter"), E("Company", "Wikinews"), E("Person", "Omar"), E("Location", "Homs"),
           E("Organization", "Homs Media Center"), E("Person", "Marie Colvin"), E("Company", "Sunday Times"),
           E("Person", "Rémi Ochlik"), E("Person", "Edith Bouvier"), E("Person", "Paul Conroy")],
 # 'NTV, the Turkish language partner of MSNBC' → partner NTV → MSNBC, in the order written. NBC News and MSNBC are
 # not tied to each other by the text → no relation between them; 'NBC didn't officially acknowledge' read as the
 # same newsroom → alias of NBC News (a doubtful point: the network rather than its news division). 'NBC News Chief
 # Foreign Correspondent Richard Engel' → other at NBC News (a stated post, none of the vocabulary's titles; a
 # doubtful point: batch 33c gave plain journalists no role, but this is a named senior post). News agency, cable
 # channels, the gossip site, the paper and Wikinews → Company (GUIDELINES' news organisations; Wikinews as the
 # corpus types it); 'the social networking website Twitter' → Service, no company named. 'Homs Media Center' → an
 # Organization (a media centre run by activists; a doubtful point: a site → Location); the citizen journalist
 # named only as 'Omar' → Person. 'US' → Location (named as a modifier, as batch 33c did); 'Turkish', 'Syrian',
 # 'French', 'British' are adjectives → no entity. No outage: 'a news blackout' is an agreed silence by news
 # outlets, no service lost (a near-miss). Dates against the date line (Tuesday 18 December 2012): 'Thursday'
 # 2012-12-13, 'December 6', 'December 11', 'February' → 2012-02 (the year of the date line, the month past),
 # 'February 9', 'February 21', 'A day later' → 2012-02-22 (the day after February 21); 'approximately five days',
 # 'the past 24 hours' left out.
 roles=[R("Richard Engel", "other", "NBC News")],
 relations=[L("NTV", "partner", "MSNBC")],
 outages=[],
 dates=[D("Thursday", "2012-12-13"), D("December 6", "2012-12-06"), D("December 11", "2012-12-11"),
        D("February", "2012-02"), D("February 9", "2012-02-09"), D("February 21", "2012-02-21"),
        D("A day later", "2012-02-22")])

A["wn-explosions-brussels-airport-subway-systems-2016"] = dict(
 entities=[E("Location", "Belgium"), E("Location", "Brussels"), E("Location", "Brussels Airport"),
           E("Location", "Maelbeek/Maalbeek metro station"), E("Organization", "European Commission"),
           E("Organization", "Council of the European Union"), E("Service", "Brussels metro"),
           E("Person", "Jef Versele"), E("Location", "Rome"), E("Company", "NBC News"), E("Company", "Eurostar"),
           E("Location", "London"), E("Company", "Thalys"), E("Person", "Jan Jambon"),
           E("Person", "Salah Abdeslam"), E("Location", "Paris"), E("Person", "Charles Michel"),
           E("Person", "Donald Tusk"), E("Organization", "European Council"),
           E("Person", "François Hollande", "Hollande"), E("Location", "Europe"), E("Person", "Manuel Valls"),
           E("Person", "David Cameron"), E("Location", "Britain"), E("Location", "U.S."),
           E("Person", "Barack Obama"), E("Location", "Cuba"), E("Organization", "U.S. Embassy")],
 # No outage, by GUIDELINES' list of what is not one: the airport closed, flights diverted, 'The Brussels metro
 # system has been shut down', Eurostar's London service stopped and Thalys' whole network shut are halts ordered
 # after bombings (physical attacks), not failures of the operators' systems — the same call batch 33c made for
 # flights suspended after an airport shooting (a near-miss worth keeping; a doubtful point: the service loss to
 # users is plain). 'the train company Thalys' and Eurostar → Company; 'The Brussels metro system' → Service
 # 'Brussels metro' (its operator not named → no provider). The airport and the metro station → Location (named
 # sites). Roles: 'Jan Jambon, the Belgian interior minister' and 'Charles Michel, Belgium's Prime Minister' →
 # minister of Belgium; 'Donald Tusk, the president of the European Council' → president; 'British Prime Minister
 # David Cameron' → minister of Britain (named on its own: "Britain's response"); 'U.S. President Barack Obama' →
 # president of U.S. (the country's name used as a modifier, annotated as a Location as the lane does; a doubtful
 # point). 'The French President, François Hollande' and 'The French Prime Minister, Manuel Valls' → no role
 # (France is never named, only the adjective; GUIDELINES). 'a COBRA meeting' → no entity (a meeting). 'The U.S.
 # Embassy in Brussels' → Organization 'U.S. Embassy'. Dates against the date line (Tuesday 22 March 2016): 'today',
 # '08:00' → 2016-03-22T08:00 (the local time stated), 'November 13, 2015'; 'the last few months' left out.
 roles=[R("Jan Jambon", "minister", "Belgium"), R("Charles Michel", "minister", "Belgium"),
        R("Donald Tusk", "president", "European Council"), R("David Cameron", "minister", "Britain"),
        R("Barack Obama", "president", "U.S.")],
 relations=[],
 outages=[],
 dates=[D("today", "2016-03-22"), D("08:00", "2016-03-22T08:00"), D("November 13, 2015", "2015-11-13")])

A["wn-kiribati-acquires-international-funding-solar-power-2013"] = dict(
 entities=[E("Organization", "AusAID"), E("Location", "Australia"), E("Organization", "World Bank"),
           E("Organization", "Global Environment Fund", "GEF"), E("Location", "Kiribati"), E("Location", "Tarawa"),
           E("Company", "Brunei Times"), E("Location", "Pacific"), E("Location", "Auckland"),
           E("Location", "New Zealand"), E("Organization", "European Union"),
           E("Organization", "Asian Development Bank"), E("Organization", "European Investment Bank"),
           E("Organization", "Japan International Cooperation Agency"), E("Organization", "World Bank Group"),
           E("Location", "United Arab Emirates"), E("Person", "Murray McCully"), E("Location", "Cook Islands"),
           E("Location", "Papua New Guinea"), E("Location", "Samoa"), E("Location", "Tonga"), E("Location", "Tuvalu"),
           E("Person", "Anote Tong", "Tong"), E("Company", "Radio New Zealand International"), E("Location", "Fiji"),
           E("Person", "Renato Mele", "Mele"), E("Company", "One News"), E("Person", "Barbara Dreaver")],
 # "the World Bank's Global Environment Fund (GEF)" → parentOrganization GEF → World Bank. The World Bank and the
 # World Bank Group are both named; the text does not say one holds the other → two entities, no relation (a
 # doubtful point). 'AusAID Australia' → Organization 'AusAID' (a government aid agency) beside the Location
 # 'Australia'; the development banks and the cooperation agency → Organization (public bodies, not businesses);
 # the paper, the radio service and the TV news programme's newsroom ('One News') → Company. No partner: AusAID and
 # the GEF 'reached an agreement to give the government of Kiribati' money — whether the agreement is between the
 # two funders or each with Kiribati is not said (a doubtful point). Roles: "New Zealand's Foreign Affairs Minister
 # Murray McCully" → minister of New Zealand; 'Kiribati President Anote Tong' → president of Kiribati; "The European
 # Union's Fiji-based head of operations for the Pacific region, Renato Mele" → head of the European Union (a
 # regional head; a doubtful point: executive); 'One News Pacific Correspondent Barbara Dreaver' → other (a stated
 # post; the same call as batch 34c's NBC correspondent). 'Business Desk' (a desk of the paper) and the 'Pacific
 # Energy Summit' (an event) → no entity. No outage (a grid's dependence on diesel is no loss of service). Dates
 # against the date line (Tuesday 26 March 2013): 'Last Tuesday' 2013-03-19, "yesterday's" and 'yesterday'
 # 2013-03-25 (two texts); 'last week' left out (GUIDELINES), '12 months' and 'five years' durations.
 roles=[R("Murray McCully", "minister", "New Zealand"), R("Anote Tong", "president", "Kiribati"),
        R("Renato Mele", "head", "European Union"), R("Barbara Dreaver", "other", "One News")],
 relations=[L("Global Environment Fund", "parentOrganization", "World Bank")],
 outages=[],
 dates=[D("Last Tuesday", "2013-03-19"), D("yesterday's", "2013-03-25"), D("yesterday", "2013-03-25")])

A["wn-over-60-dead-kenya-cholera-outbreak-2008"] = dict(
 entities=[E("Location", "Kenya"), E("Location", "Nyanza Province", "Nyanza"),
           E("Location", "Rift Valley Province", "Rift Valley"),
           E("Location", "North Eastern Province", "North Eastern"), E("Location", "Western"),
           E("Company", "Agence France-Presse"), E("Person", "SK Sharif"), E("Location", "Suba"),
           E("Location", "Migori"), E("Location", "Homabay"), E("Location", "Rongo"), E("Location", "Siaya"),
           E("Location", "Kisumu"), E("Location", "Bondo"), E("Location", "Nyando"), E("Location", "Kisii"),
           E("Location", "Wajir"), E("Location", "Mandera"), E("Location", "Naivasha"), E("Location", "Nakuru"),
           E("Location", "Bunyala"), E("Person", "Titus Mung'ou"), E("Organization", "Kenya Red Cross Society"),
           E("Location", "Nairobi"), E("Person", "James Nyikal", "Nyikal"), E("Organization", "Health Ministry"),
           E("Organization", "United Nations Children's Fund", "Unicef"), E("Location", "Busia"),
           E("Location", "Kericho"), E("Location", "Voi"), E("Location", "Mtito Andei"), E("Location", "Mombasa"),
           E("Organization", "World Health Organization"), E("Person", "David Okello", "Okello"),
           E("Location", "Southern Sudan")],
 # Roles: 'Titus Mung'ou, spokesman for Kenya Red Cross Society' → spokesperson; 'World Health Organization Country
 # Director Dr. David Okello' → director of the WHO; 'Director of Medical Service Dr. James Nyikal' → director of the
 # Health Ministry (the ministry is not named beside his post, but the next paragraph has the ministry ask UNICEF for
 # aid and Nyikal say 'we have written to Unicef' — a doubtful point). 'SK Sharif, senior deputy director of health
 # services in Nyanza' → no role (no organisation named for the post; the province is a Location). The provinces are
 # each one Location with the bare form as alias ('Nyanza Province' / 'Nyanza'; 'Western' stands alone); the
 # districts and towns (Kisumu, Nakuru, Naivasha in both lists) one Location each. The news agency → Company; the
 # Red Cross society, the ministry, UNICEF and the WHO → Organization. No relation, no outage (a disease outbreak).
 # Dates against the date line (Saturday 12 April 2008): 'Thursday' 2008-04-10 (twice, once listed), 'On Friday'
 # 2008-04-11, 'December' (in 'the December elections', twice) → 2007-12, the last December before the date line;
 # 'the last five months', '24 hours' and 'recently' left out.
 roles=[R("Titus Mung'ou", "spokesperson", "Kenya Red Cross Society"),
        R("David Okello", "director", "World Health Organization"), R("James Nyikal", "director", "Health Ministry")],
 relations=[],
 outages=[],
 dates=[D("Thursday", "2008-04-10"), D("On Friday", "2008-04-11"), D("December", "2007-12")])

A["wn-wikinews-shorts-march-29-2007-2007"] = dict(
 entities=[E("Company", "LAN Airlines"), E("Service", "Airbus A340"), E("Location", "Auckland"),
           E("Location", "New Zealand"), E("Organization", "NASA"),
           E("Organization", "Civil Aviation Authority of New Zealand"),
           E("Organization", "World Food Programme", "WFP"), E("Location", "North Korea"), E("Organization", "UN"),
           E("Organization", "Olympiacos"), E("Organization", "Panathinaikos"), E("Location", "Peania"),
           E("Location", "Athens"), E("Company", "Alter Channel"), E("Location", "Greece"), E("Person", "Bush"),
           E("Location", "US"), E("Organization", "US Senate"), E("Organization", "House"), E("Location", "Iraq"),
           E("Location", "Bagdhad"), E("Location", "Khalis"), E("Person", "Nouri al-Maliki")],
 # 'A LAN Airlines Airbus A340' → the airline a Company, the aircraft type a Service (GUIDELINES: aircraft models);
 # Airbus is named only inside the type's name → no entity and no provider relation (GUIDELINES), and the airline
 # flies the type but does not make it → no provider either. No outage: debris passing an airliner on approach is an
 # incident with no service lost (a near-miss at most). Football clubs → Organization; 'Alter Channel' (a Greek
 # television channel) → Company; NASA, the aviation authority, the WFP, the UN, the Senate and 'the House' →
 # Organization. Roles: 'US President Bush' → president of US (the country named on its own: 'a US withdrawal');
 # 'Prime Minister of Iraq Nouri al-Maliki' → minister of Iraq; 'the Minister of Public Order' is unnamed → none.
 # 'New Zealand' → Location (in 'New Zealand media'; inside the authority's name it is part of that name);
 # 'Australian', 'Russian', 'Greek' adjectives → no entity. Dates against the compilation date (Thursday 29 March
 # 2007): 'today' 2007-03-29, 'the end of March 2008' → 2008-03 (GUIDELINES: the end of the month → the month).
 roles=[R("Bush", "president", "US"), R("Nouri al-Maliki", "minister", "Iraq")],
 relations=[],
 outages=[],
 dates=[D("today", "2007-03-29"), D("the end of March 2008", "2008-03")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

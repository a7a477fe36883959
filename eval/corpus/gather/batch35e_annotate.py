#!/usr/bin/env python3
"""Batch 35e gold annotations (the texts of batch35e.py), written from each text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part). Every text has `published` null: only absolute dates are
listed (GUIDELINES.md, Dates); a day and month with no year ('21 February') and relative spans ('Three years later')
are left out, and so give an outage no day or end.
Conventions (GUIDELINES.md; batch 22b and the 2024 Africa cable text of batch 26b): a submarine cable or cable system
is a Service; when a cable fails and the text names no operator, the outage's provider is null and the cable is what
is `affected` (the users' internet service is unnamed); an owner named only in a cut infobox is not in the text and
is not annotated; a cable's owner named in the body is its provider (relation). A cable planned as back-up 'in case
of a disruption' is a near-miss: no outage.
usage: batch35e_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather36e/pool /tmp/gather36e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10


A = {}
TCS = "Tonga Cable System"
A["wp-tonga-cable-system"] = dict(
 # the cable system -> Service (its owner is only in the cut infobox: no Company); Tonga, Fiji, Sopu ('a suburb of
 # Nukuʻalofa'), Nukuʻalofa, Suva, Haʻapai, Vavaʻu, Port Moresby, Papua New Guinea -> Location; 'Hunga Tonga–Hunga
 # Ha'apai', the volcano named inside the eruption's name -> Location (doubtful, as batch 34i's 'Klang Valley' inside
 # an event's name); Asian Development Bank, World Bank (lenders, not businesses here) -> Organization; SubCom (a
 # repair ship 'from SubCom') -> Company
 entities=[E("Service", TCS)]
          + locs("Tonga", "Fiji", "Sopu", "Nuku\u02bbalofa", "Suva", "Ha\u02bbapai", "Vava\u02bbu",
                 "Hunga Tonga\u2013Hunga Ha'apai", "Port Moresby", "Papua New Guinea")
          + [E("Organization", "Asian Development Bank"), E("Organization", "World Bank"), E("Company", "SubCom")],
 roles=[],
 # 'funded by Asian Development Bank and the World Bank' is funding, not a stated partnership or supply contract;
 # SubCom's ship repairs the cable but the text states no contract: nothing
 relations=[],
 # 'On 20 January 2019, the cable broke and disrupted Internet services to Tonga' -> outage 1: provider null (no
 # operator in the text), affected the cable system, location Tonga, cause 'cable broke' (no end: 'Satellite
 # communications were used as a backup' only)
 # 'the 2022 Hunga Tonga–Hunga Ha'apai eruption disrupted it again' -> outage 2, dated by the eruption's year; the
 # repair 'completed on 21 February' has no year in the text (published null: no end); the extension to Haʻapai and
 # Vavaʻu that 'remained damaged' is told as part of the same event, not as its own outage
 outages=[O(None, "2019-01-20", [TCS], loc="Tonga", cause="cable broke"),
          O(None, "2022", [TCS], loc="Tonga", cause="2022 Hunga Tonga\u2013Hunga Ha'apai eruption")],
 # '2013', 'April 2018', '20 January 2019', the eruption's '2022'; '21 February' (no year) and 'Three years later'
 # (relative to 2019, not to a publication date) left out
 dates=[D("2013", "2013"), D("April 2018", "2018-04"), D("20 January 2019", "2019-01-20"), D("2022", "2022")])

SAT3 = "South Atlantic 3/West Africa Submarine Cable"
A["wp-sat-3-wasc"] = dict(
 # the cable -> Service, fullest name 'South Atlantic 3/West Africa Submarine Cable', with 'SAT-3/WASC' and 'SAT-3'
 # ('The SAT-3 system', 'through SAT-3'); the combined 'SAT-3/WASC/SAFE' cable system -> its own Service (the system
 # SAT-3 'forms part of'); SAFE, SEA-ME-WE 3, FLAG, SAT-2, SAT-1 (other cables) -> Service; Portugal, Spain, South
 # Africa, Asia, Europe, Middle East, Cameroon, Douala -> Location ('West African', 'South Africans' are adjectives;
 # 'central Africa' in lower case is no name: nothing); 'a consortium of operators', 'A government official', 'ISPs'
 # are unnamed: nothing
 entities=[E("Service", SAT3, "SAT-3/WASC", "SAT-3"), E("Service", "SAT-3/WASC/SAFE"), E("Service", "SAFE"),
           E("Service", "SEA-ME-WE 3"), E("Service", "FLAG"), E("Service", "SAT-2"), E("Service", "SAT-1")]
          + locs("Portugal", "Spain", "South Africa", "Asia", "Europe", "Middle East", "Cameroon", "Douala"),
 roles=[],
 # no operator named in the body (the owners are in the cut infobox): no provider relation; part-of between cables is
 # no predicate of the format: nothing
 relations=[],
 # 'In November 2007, no internet access was available through SAT-3 for about seven days in parts of central Africa'
 # -> one outage: provider null (the official 'blamed a technical failure at the underwater SAT-3 high sea fibre optic
 # terminal' but names no operator), 2007-11, 168 hours from 'about seven days' (doubtful: a round figure), affected
 # the cable, location 'central Africa' (the text's own phrase; Cameroon is where the terminal and the ISPs are),
 # cause the terminal failure
 outages=[O(None, "2007-11", [SAT3], dur=168.0, loc="central Africa",
            cause="technical failure at the underwater SAT-3 high sea fibre optic terminal near Douala")],
 # '2001', 'November 2007', 'mid-2007' (-> the year); 'the early 1990s' and 'the 1960s' (decades) have no ISO value
 dates=[D("2001", "2001"), D("November 2007", "2007-11"), D("mid-2007", "2007")])

C3 = "CANTAT-3"
A["wp-cantat-3"] = dict(
 # the cable and FARICE-1 -> Service; 'internet and media providers (Síminn, Vodafone and Hive)' -> Company each,
 # 'Siminn' (later, without the accent) an alias of Síminn; 'India's Teleglobe' -> Company (its Indian owner is not
 # named); Canada, Europe, Iceland, Faroe Islands, Akureyri, Reykjavík, the landing points and their places (Pennant
 # Point, Nova Scotia, Vestmannaeyjar, Tjørnuvík, Redcar, England, UK, Blaabjerg, Denmark, Sylt, Germany) and India
 # -> Location; 'Iceland's universities and hospitals', 'The Icelandic government' are unnamed: nothing
 entities=[E("Service", C3), E("Service", "FARICE-1"), E("Company", "S\u00edminn", "Siminn"), E("Company", "Vodafone"),
           E("Company", "Hive"), E("Company", "Teleglobe")]
          + locs("Canada", "Europe", "Iceland", "Faroe Islands", "Akureyri", "Reykjav\u00edk", "Pennant Point",
                 "Nova Scotia", "Vestmannaeyjar", "Tj\u00f8rnuv\u00edk", "Redcar", "England", "UK", "Blaabjerg",
                 "Denmark", "Sylt", "Germany", "India"),
 roles=[],
 # 'CANTAT-3 is operated by India's Teleglobe' -> provider; the government's shareholding in FARICE-1 names no
 # organisation: nothing
 relations=[L(C3, "provider", "Teleglobe")],
 # 'On December 17, 2006, CANTAT-3 services came to a sudden halt due to damage to the submarine cable, disrupting
 # service to ... internet and media providers (Síminn, Vodafone and Hive)' and 'it actually took until July 29th,
 # 2007 before it was fully restored' -> one outage: provider Teleglobe (the cable's operator, the system that failed;
 # doubtful only in that 'is operated' is told in the present tense at the end), affected the cable and the three
 # providers whose service was disrupted (Síminn and Vodafone also gave the emergency connectivity), location Iceland
 # (the effects told are Iceland's; the damage's place is not given), end 2007-07-29, 224 days = 5376 hours between
 # the two stated days; 'starting from midnight January 13th 2007' is the predicted start of the repair, not an end
 outages=[O("Teleglobe", "2006-12-17", [C3, "S\u00edminn", "Vodafone", "Hive"], end="2007-07-29", dur=5376.0,
            loc="Iceland", cause="damage to the submarine cable")],
 dates=[D("1994", "1994"), D("December 17, 2006", "2006-12-17"), D("January 13th 2007", "2007-01-13"),
        D("July 29th, 2007", "2007-07-29")])

ICN = "Interchange Cable Network"
IL = "Interchange Limited"
A["wp-interchange-cable-network"] = dict(
 # the network and its cables -> Service: 'Interchange Cable Network', 'ICN1' with its expansion 'Interchange Cable
 # Network 1' (the fuller form is the name), likewise ICN2 and ICN3 (planned; ICN3's expansion is not written);
 # 'Vanuatu-based company Interchange Limited' -> Company; Vanuatu, Fiji, Blacksands Beach, Port Vila, Efate, Suva,
 # Honiara, Solomon Islands, Tanna, Noumea, New Caledonia, Espiritu Santo -> Location ('Fijian' is an adjective);
 # 'Alcatel Subsea Cable Vessel “Isle De Re”' is a ship's name (Alcatel only inside it): nothing
 entities=[E("Service", ICN), E("Service", "Interchange Cable Network 1", "ICN1"),
           E("Service", "Interchange Cable Network 2", "ICN2"), E("Service", "ICN3"), E("Company", IL)]
          + locs("Vanuatu", "Fiji", "Blacksands Beach", "Port Vila", "Efate", "Suva", "Honiara", "Solomon Islands",
                 "Tanna", "Noumea", "New Caledonia", "Espiritu Santo"),
 roles=[],
 # 'cables owned by Vanuatu-based company Interchange Limited' -> provider for the network and for its first cable
 # ('The first cable, ICN1', in service); the planned ICN2 and ICN3 are not yet run by anyone: nothing (doubtful)
 relations=[L(ICN, "provider", IL), L("Interchange Cable Network 1", "provider", IL)],
 # near-miss: back-up cables planned 'in case of a disruption'; no outage told
 outages=[],
 dates=[D("15 January 2014", "2014-01-15"), D("10 November 2013", "2013-11-10"), D("25 November 2013", "2013-11-25")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

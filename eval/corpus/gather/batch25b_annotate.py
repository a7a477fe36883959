#!/usr/bin/env python3
"""Batch 25b gold annotations (the 5 texts of batch25b.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
usage: batch25b_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


def acq(buyer, target):
    """A completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)."""
    return [L(buyer, "acquired", target), L(target, "parentOrganization", buyer)]


def locs(*names):
    return [E("Location", n) for n in names]


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["wp-august-2006-tokyo-blackout"] = dict(
 # Mikuniya Construction owns the crane ship -> Company (it caused the accident; its systems did not fail); the Koto
 # Line towers and 'the 275kV Koto Lines No. 1 and 2' are grid elements (as batch 24b's Osmanca – Kurşunlu line) ->
 # not annotated; the substations are named only by the ward they stand in ('The Edogawa substation', 'the Koto
 # ward and Jonan District substations') -> not annotated, the wards are (doubtful: a named facility is a Location
 # in the Decisions; these read as 'the substation in Edogawa'); the Shinagawa Thermal Power Plant, a named power
 # station -> Location (as batch 24b's plants); 'the Edo river' and 'the Edogawa River' are one river (Edogawa is
 # its Japanese name; both carry the crane ship's route across the same border) -> one Location with an alias
 # (doubtful); 'the Tokyo metropolitan area' and 'eastern Tokyo' -> Tokyo; wards -> Location ('Edogawa ward' and
 # 'Edogawa wards' one name), 'Urayasu City', 'Chiba Prefecture', 'Jonan District' -> Location
 entities=[E("Location", "Tokyo"), E("Company", "Mikuniya Construction"),
           E("Location", "Edogawa River", "Edo river"), E("Location", "Urayasu City"),
           E("Location", "Chiba Prefecture"), E("Location", "Edogawa ward", "Edogawa"),
           E("Location", "Katsushika"), E("Location", "Setagaya"), E("Location", "Shinagawa Thermal Power Plant"),
           E("Location", "Koto ward"), E("Location", "Jonan District")],
 roles=[],
 relations=[],
 # one blackout; the utility whose lines failed is not named -> provider null; 'It lasted from 7:38 to 0:54 JST' on
 # '14–15 August 2006' -> start 2006-08-14T07:38, end 2006-08-15T00:54, duration computable 17 h 16 min = 17.27;
 # the train lines hit are not named -> affected []
 outages=[O(None, "2006-08-14", [], "2006-08-14T07:38", "2006-08-15T00:54", 17.27, loc="Tokyo",
            cause="crane ship's boom struck transmission line towers")],
 # published null -> absolute expressions only; clock times on the dated day (as batch 24b's '6:30 p.m.'); '0:54'
 # after midnight -> 15 August; 'Monday', 'forty-nine minutes later' skipped; '14–15 August 2006' -> its first day
 dates=[D("14–15 August 2006", "2006-08-14"), D("7:38", "2006-08-14T07:38"), D("0:54", "2006-08-15T00:54"),
        D("August 14, 2006", "2006-08-14"), D("7:46", "2006-08-14T07:46"), D("7:58", "2006-08-14T07:58"),
        D("9:55", "2006-08-14T09:55"), D("10:44", "2006-08-14T10:44")])

WACS = "West Africa Cable System"
ACE = "Africa Coast to Europe"
A["wp-2024-internet-outage-in-africa"] = dict(
 # cable systems are networks users' traffic runs on -> Service (as batch 22b's submarine cables); MainOne, 'data
 # center and connectivity provider' whose cable system broke -> Company (its cable's name is the same surface:
 # one surface, one type, as batch 24b's Paddy Power); MTN Ghana and Telecel Ghana, mobile operators -> Company;
 # 'West and Central Africa' -> Central Africa too (the surface is in the text)
 entities=[E("Location", "Africa"), E("Location", "West Africa"), E("Location", "Ivory Coast"),
           E("Location", "Liberia"), E("Location", "Nigeria"), E("Location", "Ghana"), E("Company", "MainOne"),
           E("Location", "Central Africa"), E("Service", WACS, "WACS"), E("Service", ACE, "ACE"),
           E("Service", "SAT-3"), E("Company", "MTN Ghana"), E("Company", "Telecel Ghana")],
 roles=[],
 relations=[],
 # one outage; MainOne says it 'was caused by a break in its submarine cable system' -> provider MainOne; the cable
 # systems 'affected' and the operators whose subscribers were 'most affected' -> affected; date: the lead's 'On
 # March 13, 2024' (doubtful: MainOne's '(from March 12, 2024)' and 'Thursday’s outage' give other days)
 outages=[O("MainOne", "2024-03-13", [WACS, ACE, "SAT-3", "MTN Ghana", "Telecel Ghana"], loc="West Africa",
            cause="damage to underwater fibre optic cables")],
 # published null: 'Thursday' skipped
 dates=[D("March 13, 2024", "2024-03-13"), D("March 12, 2024", "2024-03-12")])

A["wp-2010-chile-blackout"] = dict(
 # the Central Interconnected System (SIC) is the grid itself -> not annotated (as batch 24b's National
 # Interconnected System); the Santiago Metro, a metro users ride -> Service (no operator named -> no provider);
 # Enersis, 'the Enersis mining group' as written -> Company; 'the telephone network' is no name; the earthquake is
 # an event; 'southern Chile' descriptive -> not annotated; the Biobío Region, Taltal, Chiloé Island -> Location
 entities=[E("Location", "Chile"), E("Location", "Biobío Region"), E("Location", "Santiago"), E("Location", "Taltal"),
           E("Location", "Chiloé Island"), E("Service", "Santiago Metro"), E("Company", "Enersis"),
           E("Person", "Sebastián Piñera"), E("Person", "Ricardo Raineri", "Raineri")],
 # 'President Sebastián Piñera' -> president of Chile; 'The energy minister, Ricardo Raineri' -> minister of Chile
 roles=[R("Sebastián Piñera", "president", "Chile"), R("Ricardo Raineri", "minister", "Chile")],
 relations=[],
 # one blackout, no operator named -> provider null; 'began at 8:44 pm' on March 14, 2010; 'continued into the next
 # day' -> no end; the metro's 20 trains immobilised -> affected
 outages=[O(None, "2010-03-14", ["Santiago Metro"], "2010-03-14T20:44", loc="Chile",
            cause="failure of a 500 kV transformer at a substation")],
 # published null: 'on Sunday', 'midnight', 'two weeks earlier', 'for a week' skipped; 'The 2010 Chile blackout'
 # -> the year (as batch 24b's 'The 2015 Turkey blackout'); '23:44 GMT' as written in GMT
 dates=[D("2010", "2010"), D("March 14, 2010", "2010-03-14"), D("8:44 pm", "2010-03-14T20:44"),
        D("23:44 GMT", "2010-03-14T23:44"), D("March 15, 2010", "2010-03-15")])

# ---- company relations and leadership -----------------------------------------------------------------------------
A["wp-digicel"] = dict(
 # regions and countries -> Location ('the Pacific' -> Pacific; 'the Central American mainland' descriptive -> not
 # annotated; 'St. Lucia', 'St. Vincent' as written); Cingular Wireless, Digicel Holdings, U*Mobile -> Company; the
 # Offices of Utilities Regulation (OUR), the Jamaican Supreme Court -> Organization ('the appellate court' no name)
 entities=[E("Company", "Digicel"), E("Location", "Caribbean"), E("Location", "Central America"),
           E("Location", "Oceania"), E("Person", "Denis O'Brien"), E("Location", "Bermuda"), E("Location", "Jamaica"),
           E("Location", "Fiji"), E("Location", "Haiti"), E("Location", "Trinidad and Tobago"),
           E("Location", "St. Lucia"), E("Location", "St. Vincent"), E("Company", "Cingular Wireless"),
           E("Location", "Pacific"), E("Company", "Digicel Holdings"), E("Location", "El Salvador"),
           E("Company", "U*Mobile"), E("Location", "Guyana"), E("Location", "Suriname"),
           E("Person", "Phillip Paulwell", "Paulwell"), E("Organization", "Offices of Utilities Regulation", "OUR"),
           E("Organization", "Jamaican Supreme Court")],
 # 'founded in 2001 by Irish entrepreneur Denis O'Brien' -> founder ('owned by' has no title); 'Jamaica's
 # then-minister of industry, commerce and technology, Phillip Paulwell' -> minister of Jamaica, not current ('then-')
 roles=[R("Denis O'Brien", "founder", "Digicel"), R("Phillip Paulwell", "minister", "Jamaica", False)],
 # 'it acquired ... Digicel Holdings', 'Digicel acquired U*Mobile' -> acquired + parentOrganization; 'purchased
 # Cingular Wireless' Caribbean and Bermuda operations' -> operations (assets) bought -> nothing (Decisions:
 # asset purchases); 'owned by ... Denis O'Brien' -> a person, no relation
 relations=acq("Digicel", "Digicel Holdings") + acq("Digicel", "U*Mobile"),
 outages=[],
 # published null: 'in December' (no year) skipped; 'Between 2006 and 2008' -> '2006' and '2008' (each text once)
 dates=[D("2001", "2001"), D("April 2001", "2001-04"), D("March 2003", "2003-03"), D("2005", "2005"),
        D("May 2006", "2006-05"), D("2006", "2006"), D("2008", "2008"), D("September 2006", "2006-09"),
        D("2007", "2007"), D("April 2002", "2002-04"), D("2003", "2003")])

CIB = "Corporate and Investment Bank"
A["wp-piyush-gupta"] = dict(
 # DBS Group ('DBS') -> Company; the Institute of International Finance, Enterprise Singapore (a government agency)
 # -> Organization; schools and institutes -> Organization ('St. Stephen's College, Delhi' -> the college + Delhi;
 # 'the Indian Institute of Management, Ahmedabad' -> its full name, the city being part of which institute it is —
 # doubtful, inconsistent-looking but each as a careful reader names it); Citibank India, Citibank, Citigroup ->
 # Company (three surfaces; Citibank India is 'Citibank India' throughout, 'Citibank in South East Asia' names
 # Citibank); 'the Corporate and Investment Bank in ASEAN', a named business he headed -> Company (as batch 24b's
 # Global Asset Management); ASEAN -> Organization; his parents -> Person ('Gupta' alone is Piyush Gupta); 'the
 # India head', 'the Asia head' are no names; the dot-com company is unnamed
 entities=[E("Person", "Piyush Gupta", "Gupta"), E("Company", "DBS Group", "DBS"),
           E("Organization", "Institute of International Finance"), E("Organization", "Enterprise Singapore"),
           E("Location", "Meerut"), E("Location", "India"), E("Person", "R.S. Gupta"), E("Person", "Minnie Gupta"),
           E("Organization", "St. Columba's High School"), E("Organization", "St. Stephen's College"),
           E("Location", "Delhi"), E("Organization", "Indian Institute of Management, Ahmedabad"),
           E("Company", "Citibank India"), E("Location", "Singapore"), E("Location", "Indonesia"),
           E("Company", "Citigroup"), E("Location", "Malaysia"), E("Company", CIB), E("Organization", "ASEAN"),
           E("Company", "Citibank"), E("Location", "South East Asia"), E("Location", "Australia"),
           E("Location", "New Zealand")],
 # 'the chief executive officer (CEO) of DBS Group between 2009 and 2025' -> ceo, not current (a term with an end
 # year — doubtful: 'is ... the CEO'); 'vice-chairman of the Institute of International Finance since 2013' ->
 # executive (Decisions: vice chairman), current; 'a board member of Enterprise Singapore since 2024' -> director,
 # current; Citibank India: 'chief-of-staff to the India head' -> executive, not current; Citigroup: 'country
 # officer in Malaysia ... Citigroup's branch network' -> executive, not current (he left in 2009); 'the head of the
 # Corporate and Investment Bank' -> head, not current; 'appointed the CEO of Citibank' -> ceo, not current ('left
 # Citigroup' in 2009); 'management trainee', 'country manager' (org not named) -> no further roles
 roles=[R("Piyush Gupta", "ceo", "DBS Group", False), R("Piyush Gupta", "executive",
        "Institute of International Finance"), R("Piyush Gupta", "director", "Enterprise Singapore"),
        R("Piyush Gupta", "executive", "Citibank India", False), R("Piyush Gupta", "executive", "Citigroup", False),
        R("Piyush Gupta", "head", CIB, False), R("Piyush Gupta", "ceo", "Citibank", False)],
 # no stated ownership: the Corporate and Investment Bank is Citigroup's only by implication, Citibank India's and
 # Citibank's owner is not said -> nothing (doubtful)
 relations=[],
 outages=[],
 dates=[D("24 January 1960", "1960-01-24"), D("2009", "2009"), D("2025", "2025"), D("2013", "2013"),
        D("2024", "2024"), D("1982", "1982"), D("1991", "1991"), D("1998", "1998"), D("2000", "2000"),
        D("2001", "2001"), D("2002", "2002"), D("2007", "2007"), D("2008", "2008")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))

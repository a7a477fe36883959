#!/usr/bin/env python3
"""Batch 38f gold annotations (the texts of batch38f.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts), so wp-bangkok-airways -> test, wp-caribbean-airlines -> train, wp-ncell -> dev.
All three are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates; 'Presently' left out).
No text tells an outage, so every `outages` list is empty; no near-miss is told.
Conventions (GUIDELINES.md part 2; batches 36d-37u): a wholly owned or majority-owned subsidiary -> parentOrganization;
a completed purchase of a company -> acquired and parentOrganization; a majority holder that sold -> parentOrganization
(ownership told as past is recorded); minority holders -> nothing; a person who owns a company -> no role and no
relation (batch 37u's Mike Lynch, 36h's Miskovic); a contract to serve a named customer -> partner (batch 36z's leases
and agency, doubtful); former names and brands and a name in another script -> aliases (batch 37k's Sohu); aircraft
models -> Service with no provider when the maker is named only inside the model name or as a bare modifier (36z);
airports, buildings and named sites -> Location.
usage: batch38f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
# ---- regional airline, Thailand: Bangkok Airways ----------------------------------------------------------------------------------
BA = "Bangkok Airways Public Company Limited"
OICC = "Overseas International Construction Company"
USOM = "United States Operations Mission"
A["wp-bangkok-airways"] = dict(
 # the airline -> Company under its full name, with 'Bangkok Airways', its former name 'Sahakol Air' and its Thai
 # name as aliases (GUIDELINES.md: former names are aliases; the Thai name as batch 37k kept Sohu's Chinese name);
 # 'Overseas International Construction Company (OICC), an American construction company' -> Company, 'OICC' alias;
 # 'United States Operations Mission (USOM)' (a US government aid mission) -> Organization, 'USOM' alias (doubtful
 # type: the text says only that it was among 'organisations engaged in oil and natural-gas exploration'); Prasert
 # Prasarttong-Osoth -> Person; Sahakol Estate, Bangkok Dusit Medical Services and Siem Reap Airways -> Company;
 # Suvarnabhumi Airport -> Location (an airport); the countries, cities, the Gulf of Thailand, Ko Samui and Sukhothai
 # Province -> Location; 'its own airport on Ko Samui' (unnamed) -> nothing beyond Ko Samui; 'Hong Kong' and
 # 'Singapore' twice each, one entity each
 entities=[E("Company", BA, "Bangkok Airways", "Sahakol Air", "บางกอกแอร์เวย์ส")]
          + locs("Bangkok", "Thailand", "Cambodia", "China", "Hong Kong", "India", "Laos", "Malaysia", "Maldives",
                 "Myanmar", "Singapore", "Vietnam", "Suvarnabhumi Airport")
          + [E("Company", OICC, "OICC"), E("Organization", USOM, "USOM")]
          + locs("Gulf of Thailand")
          + [E("Person", "Prasert Prasarttong-Osoth"), E("Company", "Sahakol Estate"),
             E("Company", "Bangkok Dusit Medical Services"), E("Company", "Siem Reap Airways")]
          + locs("Ko Samui", "Chiang Mai", "Krabi", "Pattaya", "Phuket", "Sukhothai Province"),
 # no title is given to anyone: Prasert Prasarttong-Osoth is named as the owner of 92.31 percent only (doubtful: a
 # reader might give him a role such as other; the infobox's president, his son, is cut with the infobox)
 roles=[],
 # 'also wholly owns subsidiary airline Siem Reap Airways' -> parentOrganization; 'operating air-taxi services under
 # contract from Overseas International Construction Company (OICC) ..., United States Operations Mission (USOM), and
 # a number of other organisations' -> partner(airline, OICC) and partner(airline, USOM) (a service contract with a
 # named customer, direction as written; doubtful: a reader might record nothing for a contract of the founding
 # years); Prasert Prasarttong-Osoth's 92.31 percent -> nothing (a person, not a Company or Organization); Sahakol
 # Estate's 4.3 and Bangkok Dusit Medical Services' 1.2 percent -> nothing (minority stakes); the airports -> nothing
 relations=[L("Siem Reap Airways", "parentOrganization", BA), L(BA, "partner", OICC), L(BA, "partner", USOM)],
 outages=[],
 # '1989' ('in 1989') and 'April 1989' are two items
 dates=[D("1968", "1968"), D("1986", "1986"), D("1989", "1989"), D("April 1989", "1989-04"), D("1996", "1996")])

# ---- flag carrier, Trinidad and Tobago: Caribbean Airlines -----------------------------------------------------------------------
CAL = "Caribbean Airlines Limited"
BWIA = "BWIA West Indies Airways"
TTG = "Trinidad and Tobago government"
A["wp-caribbean-airlines"] = dict(
 # the airline -> Company 'Caribbean Airlines Limited', 'Caribbean Airlines' an alias ('the airline', 'The new
 # airline', 'The company' generic); 'BWIA West Indies Airways' -> Company, 'BWIA' an alias; 'the Trinidad and Tobago
 # government' -> Organization (as 'the Ghanaian government' in batch 37d); Trinidad and Tobago -> Location with 'the
 # Republic of Trinidad and Tobago' folded in as the alias 'Republic of Trinidad and Tobago'; Iere House (the head
 # office, a named building), Piarco, Piarco International Airport, the Caribbean, the continents and the route points
 # -> Location ('London Heathrow' in 'the London Heathrow route' an alias of London Heathrow Airport; 'New York City'
 # a Location); Peter Davies -> Person; 'the unions' (unnamed) -> nothing; the Boeing 737-800 and the Airbus A340-313
 # -> Service (aircraft models), and Boeing and Airbus, which stand alone only as modifiers in 'the Boeing and Airbus
 # aircraft', are not annotated (doubtful: a reader might add both as Company)
 entities=[E("Company", CAL, "Caribbean Airlines"),
           E("Location", "Trinidad and Tobago", "Republic of Trinidad and Tobago")]
          + locs("Iere House", "Piarco", "Caribbean", "North America", "Central America", "South America",
                 "Piarco International Airport")
          + [E("Person", "Peter Davies"), E("Company", BWIA, "BWIA"), E("Organization", TTG)]
          + [E("Location", "Manchester Airport"), E("Location", "London Heathrow Airport", "London Heathrow")]
          + locs("New York City", "Toronto", "Barbados", "Antigua", "Saint Lucia")
          + [E("Service", "Boeing 737-800"), E("Service", "Airbus A340-313")],
 # 'Peter Davies, the CEO of BWIA West Indies Airways' -> ceo, current (doubtful: the text tells BWIA shut down and
 # its operations settled, but never that Davies left the post; a reader might mark it former)
 roles=[R("Peter Davies", "ceo", BWIA)],
 # 'the state-owned airline and flag carrier of Trinidad and Tobago' with 'got approval from the Trinidad and Tobago
 # government to begin operations' -> parentOrganization(Caribbean Airlines, Trinidad and Tobago government)
 # (doubtful: the text names the owning state as a country, not the government as owner; a reader might record
 # nothing); 'its predecessor, BWIA', 'servicing the remaining routes of BWIA' and 'funds to close and settle BWIA's
 # operations' -> nothing (no purchase of BWIA stated; no relation type for a successor)
 relations=[L(CAL, "parentOrganization", TTG)],
 # BWIA's route cuts, fleet cut and shutdown -> no outage (a business decision, no failure), not a near-miss
 outages=[],
 # 'the last quarter of 2006' -> 2006-Q4 (as batch 36x's 'the last quarter of 2004'); 'Presently' -> left out
 dates=[D("27 September 2006", "2006-09-27"), D("September 2006", "2006-09"), D("8 September 2006", "2006-09-08"),
        D("the last quarter of 2006", "2006-Q4"), D("1 January 2007", "2007-01-01"), D("May 2007", "2007-05")])

# ---- mobile operator, Nepal: Ncell ---------------------------------------------------------------------------------------------
AX = "Axiata Group Berhad"
RH = "Reynhold Holdings"
A["wp-ncell"] = dict(
 # the operator -> Company 'Ncell', its Nepali name and its former brand 'Mero Mobile' as aliases ('initially under
 # Mero Mobile brand, re-branded to Ncell'; doubtful: a reader might keep the brand apart as a Service); Nepal ->
 # Location; Nepal Telecom, Axiata Group Berhad ('Axiata' an alias; 'the Group' generic), Reynhold Holdings and
 # TeliaSonera -> Company; 'Malaysian' (an adjective) -> no Location; 'public GSM services' and 'ISP' -> nothing
 # (generic)
 entities=[E("Company", "Ncell", "एनसेल", "Mero Mobile"), E("Location", "Nepal"), E("Company", "Nepal Telecom"),
           E("Company", AX, "Axiata"), E("Company", RH), E("Company", "TeliaSonera")],
 roles=[],
 # 'The company is owned in 80% by Axiata Group Berhad' and 'has officially become a part of Axiata Group Berhad' ->
 # parentOrganization(Ncell, Axiata); 'the Group bought 100% shares of Reynhold Holdings' -> acquired(Axiata,
 # Reynhold Holdings) and parentOrganization(Reynhold Holdings, Axiata); 'Reynhold Holdings, which holds 80% shares of
 # Ncell' -> parentOrganization(Ncell, Reynhold Holdings); 'Ncell became a part of Axiata Group Berhad on 11 April
 # 2016, when the Group bought' -> acquired(Axiata, Ncell) as well (doubtful: the purchase was of Ncell's holding
 # company; a reader might record the indirect purchase only as the parent chain); TeliaSonera's 'plans to sell its
 # 60.4% ownership in Ncell' -> parentOrganization(Ncell, TeliaSonera) (a majority holder before the sale; ownership
 # told as past is recorded; the plan itself gives no acquired); Nepal Telecom, whose monopoly Ncell broke (a rival)
 # -> nothing
 relations=[L(AX, "acquired", "Ncell"), L("Ncell", "parentOrganization", AX), L(AX, "acquired", RH),
            L(RH, "parentOrganization", AX), L("Ncell", "parentOrganization", RH),
            L("Ncell", "parentOrganization", "TeliaSonera")],
 outages=[],
 # 'the first half of 2016' -> 2016 (a half year, as a season, -> the year); 'August 2016' and '16 August 2016' are
 # two items
 dates=[D("12 March 2010", "2010-03-12"), D("12 April 2016", "2016-04-12"), D("16 August 2016", "2016-08-16"),
        D("August 2016", "2016-08"), D("11 April 2016", "2016-04-11"), D("21 December 2015", "2015-12-21"),
        D("the first half of 2016", "2016")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

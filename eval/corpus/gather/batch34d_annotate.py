#!/usr/bin/env python3
"""Batch 34d gold annotations (the texts of batch34d.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); life spans and death years in brackets are left out, as batch 33d left them out.
Conventions (GUIDELINES.md part 2; batches 27d-33d): a completed purchase, a majority stake bought included (batch
32k's Somisa) -> acquired + parentOrganization; a bid blocked or withdrawn -> nothing; minority holdings -> nothing; an
owner that sold a company, and a group whose 'parts' a company was, -> parentOrganization (past, kept); a consortium or
alliance formed by two named companies -> partner; a named brand a company produces -> Service with provider; an
attack that stopped a company's own operations -> an outage of that company with `affected` empty (as the corpus's
other cyber-attack outages).
usage: batch34d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- food, Poland: E. Wedel ------------------------------------------------------------------------------------------
WED = "E. Wedel"
KRAFT = "Kraft Foods Inc"
LOTTE = "Lotte Group"
CAD = "Cadbury plc"
KEW = "Karl Ernst (Karol Ernest) Wedel"
EAW = "Emil Albert Fryderyk Wedel"
A["wp-e-wedel"] = dict(
 # the company ('Wedel' as the company and as its brand, one entity) -> Company; Kraft Foods Inc, Lotte Group ('a
 # South Korean-Japanese conglomerate') and Cadbury plc -> Company; the founder under the text's double form 'Karl
 # Ernst (Karol Ernest) Wedel' -> Person named so (no shorter form of him occurs on its own); 'Emil Wedel's signature'
 # and 'His son Emil Albert Fryderyk Wedel' read as one person (the son who inherited, doubtful: the text does not
 # say the logo's Emil is the son) -> one Person with 'Emil Wedel' as alias; Jan Wedel -> Person; the Polish Socialist
 # Party -> Organization (a party); Poland, Warsaw, Praga, 'Szpitalna street' (a named street, a site) and the 'Second
 # Polish Republic' (the interwar state) and Europe ('As one of the first in Europe', as TNT's text) -> Location;
 # 'Central and Eastern Europe', 'Western Europe' (broad regions named with a compass word, as batch 33d's
 # 'continental Europe'), 'the Wedel family', 'the Great Depression' -> nothing
 entities=[E("Company", WED, "Wedel"), E("Location", "Poland"), E("Company", KRAFT), E("Company", LOTTE),
           E("Company", CAD), E("Person", KEW), E("Person", EAW, "Emil Wedel"), E("Person", "Jan Wedel")]
          + locs("Szpitalna street", "Warsaw", "Praga", "Second Polish Republic", "Europe")
          + [E("Organization", "Polish Socialist Party")],
 # 'Founded in 1851 by Karl Ernst (Karol Ernest) Wedel' -> founder; Emil 'inheriting and expanding his father's
 # business' and Jan 'the last member of the Wedel family to own the company' -> owners with no title -> no role
 roles=[R(KEW, "founder", WED)],
 # 'Kraft Foods Inc sold Wedel to Lotte Group' -> acquired + parentOrganization (the buyer); the seller's ownership ->
 # parentOrganization of Wedel to Kraft (past, kept) and, 'as part of their enforced divestment program of certain
 # parts of the Cadbury plc', to Cadbury plc (Wedel one of those parts; doubtful: read from 'parts of'); 'the Cadbury
 # plc, which it had acquired in March 2010' -> acquired + parentOrganization of Cadbury to Kraft
 relations=acq(LOTTE, WED) + [L(WED, "parentOrganization", KRAFT), L(WED, "parentOrganization", CAD)]
           + acq(KRAFT, CAD),
 outages=[],
 # life spans '(1813–1902)', '(1841–1919)' and '(d. 1960)' left out; 'pre-war' (an era) left out
 dates=[D("1851", "1851"), D("2005", "2005"), D("2007", "2007"), D("June 2010", "2010-06"),
        D("March 2010", "2010-03"), D("1894", "1894"), D("1930", "1930")])

# ---- telecoms, India: Aircel -----------------------------------------------------------------------------------------
AIR = "Aircel"
MAX = "Maxis Communications"
SIV = "Chinnakannan Sivasankaran"
A["wp-aircel"] = dict(
 # the operator -> Company; Maxis Communications ('Malaysian telecom company'), Sindya Securities and Investments and
 # 'Apollo Hospitals group' (named 'Apollo Hospitals', the word 'group' read as a common noun, doubtful) -> Company;
 # the founder, 'C Sivasankaran' and 'its Indian owner Chinnakannan Sivasankaran' -> one Person under the fuller
 # name; Suneeta Reddy -> Person; Chennai, Tamil Nadu, India and the three areas Odisha, Assam and 'North-East' (the
 # text's 'North-East circles', a telecom circle's name, doubtful) -> Location; '2G, 3G and 4G data services'
 # (generic technologies, no brand) -> nothing
 entities=[E("Company", AIR)] + locs("Chennai") + [E("Company", MAX), E("Company", "Sindya Securities and Investments"),
           E("Person", SIV, "C Sivasankaran")] + locs("Tamil Nadu", "India", "Odisha", "Assam", "North-East")
          + [E("Person", "Suneeta Reddy"), E("Company", "Apollo Hospitals")],
 # 'Aircel was founded by C Sivasankaran' -> founder (a founder stays one, current=true); 'Suneeta Reddy, Managing
 # Director of Apollo Hospitals group' -> director (GUIDELINES: managing director -> director) of Apollo Hospitals;
 # Sindya 'promoted by Suneeta Reddy' -> no role (a promoter, no post)
 roles=[R(SIV, "founder", AIR), R("Suneeta Reddy", "director", "Apollo Hospitals")],
 # 'Maxis Communications bought a 74 percent stake in the company in 2005 from its Indian owner' and 'holds a 74%
 # stake' -> acquired + parentOrganization (a majority stake bought, as batch 32k's Somisa); 'its Indian owner
 # Chinnakannan Sivasankaran' (a person owning) -> nothing; Sindya's 26% (a minority holding) -> nothing
 relations=acq(MAX, AIR),
 outages=[],
 dates=[D("1999", "1999"), D("April 2015", "2015-04"), D("2005", "2005")])

# ---- logistics, Netherlands: TNT Express ------------------------------------------------------------------------------
TNT = "TNT Express"
TNV = "TNT NV"
A["wp-tnt-express"] = dict(
 # the courier ('TNT' in 'TNT had to operate') -> Company; FedEx, UPS, 'The namesake Thomas Nationwide Transport
 # grandfather company', Euronext Amsterdam (an exchange run as a business) -> Company; 'its parent company, TNT NV'
 # with 'TNT NV subsequently renamed itself PostNL' -> one Company, PostNL as its later name; the European Commission
 # -> Organization; Hoofddorp, Netherlands, Adelaide, South Australia, Europe ('its operations in Europe') and Ukraine
 # -> Location; 'the NotPetya cyber attack' (malware, an event) -> nothing
 entities=[E("Company", TNT, "TNT")] + locs("Hoofddorp", "Netherlands") + [E("Company", "FedEx"),
           E("Company", "Thomas Nationwide Transport")] + locs("Adelaide", "South Australia")
          + [E("Company", TNV, "PostNL"), E("Company", "Euronext Amsterdam"), E("Company", "UPS"),
             E("Organization", "European Commission"), E("Location", "Europe"), E("Location", "Ukraine")],
 roles=[],
 # 'It was acquired by FedEx', 'The transaction was completed on 25 May 2016' -> acquired + parentOrganization;
 # 'TNT Express separated from its parent company, TNT NV' -> parentOrganization to TNT NV (past, kept); UPS's
 # 'intention to acquire', blocked -> nothing; the 'namesake ... grandfather company' (no ownership stated) -> nothing;
 # the listing on Euronext Amsterdam -> nothing
 relations=acq("FedEx", TNT) + [L(TNT, "parentOrganization", TNV)],
 # 'In June 2017, TNT Express was badly affected by the NotPetya cyber attack ... TNT had to operate using manual
 # processes for months ... Some records were entirely lost' -> one outage of TNT Express's own systems: date the
 # month, no times, 'for months' gives no number of hours; affected empty (its own operations, no named service or
 # customer); location null (Ukraine is where 'some operations and communication systems were based' and where the
 # attack began, not the outage's extent, doubtful)
 outages=[O(TNT, "2017-06", [], cause="NotPetya cyber attack")],
 dates=[D("1946", "1946"), D("26 May 2011", "2011-05-26"), D("March 2012", "2012-03"), D("January 2013", "2013-01"),
        D("April 2015", "2015-04"), D("8 January 2016", "2016-01-08"), D("25 May 2016", "2016-05-25"),
        D("June 2017", "2017-06")])

# ---- telecoms, Hungary: Magyar Telekom --------------------------------------------------------------------------------
MT = "Magyar Telekom Nyrt."
DT = "Deutsche Telekom"
AMI = "Ameritech International"
A["wp-magyar-telekom"] = dict(
 # the company under its trading name 'Magyar Telekom Nyrt.' with its English rendering, its full legal name and
 # its English rendering, its former name MATÁV with the two forms in the brackets, and its first name 'Magyar
 # Távközlési Vállalat' with its English rendering -> one Company (former names as aliases; 'Magyar Távközlési Rt.'
 # occurs twice, one alias); Deutsche Telekom, Ameritech International and the consortium 'named MagyarCom' ->
 # Company; 'Magyar Posta (Hungarian Post)', the state post split in 1989 -> Company (a state enterprise, as the
 # corpus types state-run businesses, doubtful); the Telecommunications Act (a law) and 'Hungarian' (an adjective)
 # -> nothing
 entities=[E("Company", MT, "Hungarian Telekom Plc.", "Magyar Telekom Távközlési Nyilvánosan Működő Részvénytársaság",
             "Magyar Telekom Telecommunications Public Limited Company", "MATÁV", "Magyar Távközlési Rt.",
             "Hungarian Telecommunications PLC.", "Magyar Távközlési Vállalat",
             "Hungarian Telecommunications Enterprise"),
           E("Company", DT), E("Company", "Magyar Posta", "Hungarian Post"), E("Company", AMI),
           E("Company", "MagyarCom")],
 roles=[],
 # 'now a subsidiary of Deutsche Telekom (in 59.21% of shares)' -> parentOrganization; 'A consortium was formed by
 # Deutsche Telekom and Ameritech International, which was named MagyarCom' -> partner of the two (a joint
 # consortium), direction as written; MagyarCom's 30.1% (a minority stake) -> nothing; no parentOrganization of
 # MagyarCom to either founder (the shares in it are not told); 'formed ... when Magyar Posta ... was split' (a split,
 # no owner stated) -> nothing; 'remained in 100% state ownership' (no named owner) -> nothing
 relations=[L(MT, "parentOrganization", DT), L(DT, "partner", AMI)],
 outages=[],
 # 'the end of 1993' -> the year (GUIDELINES: 'the end of last year' -> the year)
 dates=[D("6 May 2005", "2005-05-06"), D("December 1989", "1989-12"), D("31 December 1991", "1991-12-31"),
        D("the end of 1993", "1993"), D("1 July 1993", "1993-07-01")])

# ---- utilities, Philippines: Meralco ----------------------------------------------------------------------------------
MER = "Manila Electric Company"
LAE = "La Electricista"
CTF = "Compañía de los Tranvías de Filipinas"
A["wp-meralco"] = dict(
 # the distributor with 'MERALCO', 'Meralco' and its original name 'Manila Electric Railroad And Light COmpany'
 # (spelt so) -> one Company; La Electricista and the Compañía de los Tranvías de Filipinas ('a firm') -> Company;
 # the Second Philippine Commission -> Organization (a colonial government body); Charles M. Swift -> Person; the
 # Philippines, Metro Manila, 'Mega Manila region' (named 'Mega Manila'), Manila, Detroit, the plant sites 'Calle San
 # Sebastian (now R. Hidalgo)' (one Location with its new name) and Isla Provisora -> Location; 'PSE: MER and MERB'
 # (tickers, the exchange unnamed), 'Manila's electric tramway', 'the streetcar system' (unnamed) -> nothing
 entities=[E("Company", MER, "MERALCO", "Meralco", "Manila Electric Railroad And Light COmpany")]
          + locs("Philippines", "Metro Manila", "Mega Manila", "Manila")
          + [E("Company", LAE), E("Location", "Calle San Sebastian", "R. Hidalgo"),
             E("Organization", "Second Philippine Commission"), E("Location", "Detroit"),
             E("Person", "Charles M. Swift"), E("Company", CTF), E("Location", "Isla Provisora")],
 # 'Detroit entrepreneur Charles M. Swift ... was granted the original basic franchise of Meralco' -> no role (the
 # text names no post and does not say he founded the company; the infobox's 'Founder' line is cut; doubtful)
 roles=[],
 # 'In 1904, Meralco acquired both the Compañía de los Tranvías de Filipinas ... and added La Electricista' ->
 # acquired + parentOrganization for each (read as one purchase of both, 'both' governing the two; 'acquiring La
 # Electricista's Calle San Sebastian power plant' confirms it; doubtful for 'added'); the franchise granted by the
 # commission (a licence) -> nothing
 relations=acq(MER, CTF) + acq(MER, LAE),
 outages=[],
 # 'from 1903 to 1919' gives its two years; 'By 1903' the same text and value as '1903' (listed once); 'that same
 # year' (relative, published null) and 'the late Spanish era' (an era) left out
 dates=[D("1903", "1903"), D("1919", "1919"), D("1892", "1892"), D("1895", "1895"),
        D("January 17, 1895", "1895-01-17"), D("October 20, 1902", "1902-10-20"), D("March 24, 1903", "1903-03-24"),
        D("1904", "1904")])

# ---- food, China: Master Kong -----------------------------------------------------------------------------------------
MK = "Master Kong"
A["wp-master-kong"] = dict(
 # the noodle maker -> Company; the market researchers Nielsen and Kantar, PepsiCo, Starbucks and Xinhua News Agency
 # (a news agency, Company by GUIDELINES) -> Company; China, Shanghai, Tianjin, Hong Kong, Changhua County and Taiwan
 # -> Location; the MSCI China Index and the Hang Seng China 100 Index (stock indices) -> nothing; 'Master Kong instant
 # noodles', 'Master Kong's juice', 'Master Kong RTD tea' (product lines named by the company's name and a generic
 # word) and 'Starbucks bottled and canned ready-to-drink products' -> no Service (doubtful); 'the Wei brothers'
 # (unnamed) -> nothing
 entities=[E("Company", MK)] + locs("China", "Shanghai", "Tianjin", "Hong Kong")
          + [E("Company", "Nielsen"), E("Company", "Kantar"), E("Company", "PepsiCo"), E("Company", "Starbucks"),
             E("Company", "Xinhua News Agency")] + locs("Changhua County", "Taiwan"),
 roles=[],
 # 'Master Kong and PepsiCo established a strategic alliance' and 'Master Kong and Starbucks officially entered into
 # cooperation agreement for the production and sales of Starbucks ... products' -> partner each, direction as
 # written; 'shortlisted in the national brand project of Xinhua News Agency' (a listing, no working relation) ->
 # nothing; the Hong Kong listing -> nothing
 relations=[L(MK, "partner", "PepsiCo"), L(MK, "partner", "Starbucks")],
 outages=[],
 dates=[D("1991", "1991"), D("1996", "1996"), D("2019", "2019"), D("November 2011", "2011-11"),
        D("March 2015", "2015-03"), D("June 2018", "2018-06")])

# ---- food, South Africa: Tiger Brands ---------------------------------------------------------------------------------
TB = "Tiger Brands Limited"
A["wp-tiger-brands"] = dict(
 # the group under its full name with 'Tiger Brands', its former names 'Tiger Oats Limited' and 'Tiger Oats', and the
 # possessive-free forms of "Tiger Brand's" and "Tiger Oat's" as the text spells them ('Tiger Brand', 'Tiger Oat')
 # -> one Company; Jacob Frankel with 'a Mr Frankel' (who conceived Jungle Oats; read as the founder, doubtful: the
 # text does not say it is the same man) -> one Person; Joffe Marks -> Person; Jungle Oats ('a breakfast oatmeal
 # brand') -> Service; Barlow and SPAR South Africa -> Company; the five countries of its interests, South Africa,
 # Moorreesburg, Western Cape, Maitland and Cape Town -> Location; 'JSE: TBS' (a ticker, the exchange named by its
 # initials only) -> nothing
 entities=[E("Company", TB, "Tiger Brands", "Tiger Oats Limited", "Tiger Oats", "Tiger Brand", "Tiger Oat")]
          + locs("Chile", "Zimbabwe", "Nigeria", "Kenya", "Cameroon", "South Africa")
          + [E("Person", "Jacob Frankel", "Mr Frankel"), E("Person", "Joffe Marks"), E("Service", "Jungle Oats")]
          + locs("Moorreesburg", "Western Cape", "Maitland", "Cape Town")
          + [E("Company", "Barlow"), E("Company", "SPAR South Africa")],
 # 'Founded in 1921 by Jacob Frankel' -> founder; 'with some help from Joffe Marks' -> no role (a helper, not named
 # a founder; doubtful)
 roles=[R("Jacob Frankel", "founder", TB)],
 # 'In 1988 SPAR South Africa became a wholly owned subsidiary of Tiger Oats' -> parentOrganization (past: 'unbundled
 # ... in 2004', kept); 'Tiger Brand's first product was a breakfast oatmeal brand called Jungle Oats ... still
 # produced by the brand' -> provider; 'Barlow bought a considerable share of Tiger Oats' (a stake, not said to be
 # control) -> nothing
 relations=[L("SPAR South Africa", "parentOrganization", TB), L("Jungle Oats", "provider", TB)],
 outages=[],
 # 'in about 1987' -> 1987 (an approximate year, kept); 'towards the end of the 19th century' (a part of a century)
 # left out
 dates=[D("1921", "1921"), D("1925", "1925"), D("1930", "1930"), D("1987", "1987"), D("March 1982", "1982-03"),
        D("1988", "1988"), D("2004", "2004")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

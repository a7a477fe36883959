#!/usr/bin/env python3
"""Batch 35t gold annotations (the texts of batch35t.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All four texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); a day and month with no year ('from 1 April', after a launch on 31 March 2003), decades ('the
mid 1990s') and spans counted from another date are left out, as batches 35d-35o left them.
Conventions (GUIDELINES.md part 2; batches 27d-35o): segments, owned companies and a group's named business ->
parentOrganization; a company a group 'established' -> parentOrganization (doubtful); an announced take-over of
control whose target the text names as 'now known as' the buyer's unit -> completed, acquired + parentOrganization
(doubtful); a 49% stake and an 'attempt to make an offer' -> nothing; brands a company produces (beers) -> Service with
provider, and a store banner a unit 'operates' -> Service with provider (doubtful); aircraft models -> Service with no
provider, their makers not entities (batch 35l); a company's Director General -> head (as the corpus maps an
organisation's director general); 'Head of Tax at' a company -> head; founders keep current true; a former
name -> alias; stock exchanges -> Company and oil fields -> Location (as the corpus types them).
usage: batch35t_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, svc, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- drinks and retail, Mexico: FEMSA (2006) ------------------------------------------------------------------------------
FM = "Fomento Econ\u00f3mico Mexicano, S.A. de C.V."
CCM = "Cervecer\u00eda Cuauht\u00e9moc Moctezuma"
NE = "FEMSA Negocios Estrat\u00e9gicos"
JAF = "Jos\u00e9 Antonio Fern\u00e1ndez Carvajal"
BEERS = ("Indio", "Carta Blanca", "Tecate", "Sol", "Bohemia", "Superior", "Dos Equis", "Kloster")
A["wp-femsa-2006"] = dict(
 # the group with 'FEMSA' and its earlier name 'VISA' ('Before, it was named VISA'; doubtful) -> Company; its five
 # segments and the two sub-segments, each named as a business ('FEMSA Logística: which is in charge of the
 # distribution') -> Company; 'Coca-Cola FEMSA' with 'FEMSA Coca-Cola Co.' (the bottler's name turned round, read as
 # the same company; doubtful) -> Company; the brewer (with its misspelt 'Cuauthémoc' as an alias), Grupo Modelo,
 # 'the Brazilian company Cervejarias Kaiser (now known as FEMSA Cerveja Brasil)' and 'mexican juice producer Jugos
 # Del Valle' -> Company; OXXO ('the biggest convenience store chain', which FEMSA Comercio 'operates': a store
 # banner, doubtful) and the eight beers -> Service; the two jets (aircraft models) -> Service, their makers named only
 # in the product names and the registrations 'XA-FMX', 'XA-GLG' -> nothing; 'Coca Cola' (the drink in 'bottler of
 # Coca Cola'; no company named) -> nothing; 'deposits' (generic) -> nothing; the founder and the head (one man:
 # 'José Antonio Fernández' and 'José Antonio Fernández Carvajal', read as the same person; doubtful) -> Person;
 # Mexico, Latin America (a region) and Monterrey -> Location; 'NYSE: FMX, BMV: FEMSA' (listings) -> nothing
 entities=[E("Company", FM, "FEMSA", "VISA"), E("Location", "Mexico"), E("Location", "Latin America"),
           E("Person", "Eugenio Garza Lag\u00fcera"), E("Location", "Monterrey"),
           E("Company", "Coca-Cola FEMSA", "FEMSA Coca-Cola Co."), E("Company", "FEMSA Comercio"),
           E("Service", "OXXO"), E("Company", "FEMSA Cerveza"),
           E("Company", CCM, "Cervecer\u00eda Cuauth\u00e9moc Moctezuma")] + svc(*BEERS)
          + [E("Company", "Grupo Modelo"), E("Company", "Cervejarias Kaiser", "FEMSA Cerveja Brasil"),
             E("Company", NE), E("Company", "FEMSA Log\u00edstica"), E("Company", "FEMSA Empaques"),
             E("Person", JAF, "Jos\u00e9 Antonio Fern\u00e1ndez"), E("Service", "Cessna Citation X"),
             E("Service", "Raytheon Hawker 800XP"), E("Company", "Jugos Del Valle")],
 # 'FEMSA was founded in 1988 by Eugenio Garza Lagüera' -> founder; 'Since 1995, José Antonio Fernández has been the
 # Director General of FEMSA' -> head (doubtful: read by some as ceo); 'In 2001, José Antonio Fernández Carvajal was
 # elected as Chairman of the Board and of FEMSA' -> chairman (the board post only, as GUIDELINES' chair rule)
 roles=[R("Eugenio Garza Lag\u00fcera", "founder", FM), R(JAF, "head", FM), R(JAF, "chairman", FM)],
 # 'FEMSA is divided into five segments' (Coca-Cola FEMSA, 45.7% owned; FEMSA Comercio; FEMSA Cerveza; FEMSA Negocios
 # Estratégicos) -> parentOrganization each; 'FEMSA Negocios Estratégicos which is divided into' Logística and
 # Empaques -> parentOrganization; 'FEMSA owns Cervecería Cuauhtémoc Moctezuma' -> parentOrganization (FEMSA, as
 # written; not also FEMSA Cerveza); 'which operates OXXO' -> provider; 'which produces ... Indio, ...' -> provider
 # each; 'FEMSA announced it would take control of ... Cervejarias Kaiser (now known as FEMSA Cerveja Brasil) by
 # purchasing 68% of its stocks' -> acquired + parentOrganization (the new name read as the deal done; doubtful);
 # 'announced their attempt to make an offer to buy ... Jugos Del Valle' -> nothing (an intended offer); Grupo Modelo
 # (a rival) -> nothing
 relations=parents(FM, "Coca-Cola FEMSA", "FEMSA Comercio", "FEMSA Cerveza", NE, CCM)
           + parents(NE, "FEMSA Log\u00edstica", "FEMSA Empaques")
           + [L("OXXO", "provider", "FEMSA Comercio")] + provided(CCM, *BEERS) + acq(FM, "Cervejarias Kaiser"),
 outages=[],
 # 'Since 1995' and 'In 2001' give their years
 dates=[D("1988", "1988"), D("January 16, 2006", "2006-01-16"), D("1995", "1995"), D("2001", "2001"),
        D("December 19, 2006", "2006-12-19")])

# ---- airlines, Tanzania: Air Tanzania ---------------------------------------------------------------------------------------
ATC = "Air Tanzania Corporation"
A["wp-air-tanzania"] = dict(
 # the airline 'Air Tanzania', the state's 'Air Tanzania Corporation (ATC)', the new 'Air Tanzania Company Limited
 # (ATCL)' that took ATC's operating assets and 'The new airline Air Tanzania Limited (ATL)' -> four Companies as the
 # text names them (the text does not say which of the later two is the airline or whether they are one; not merged,
 # doubtful); East African Airways, South African Airways (SAA) and Kenya Airways -> Company; the country under its
 # full name, 'eastern Africa' (a region) and the cities -> Location ('Dar-es-Salaam' and 'Dar Es Salaam' one place);
 # the four aircraft models -> Service, no provider (batch 35l); 'the Tanzanian government' (no named body) and 'a
 # private Tanzanian investor' -> nothing; 'Tanzanian' (an adjective) gives no Location
 entities=[E("Company", "Air Tanzania"), E("Location", "United Republic of Tanzania"), E("Location", "eastern Africa"),
           E("Company", "East African Airways"), E("Location", "Dar-es-Salaam", "Dar Es Salaam")]
          + svc("Boeing 737-200", "Fokker F-27", "Twin Otter") + [E("Location", "Kilimanjaro"), E("Service", "Boeing 767")]
          + [E("Company", ATC, "ATC"), E("Company", "South African Airways", "SAA"), E("Company", "Kenya Airways"),
             E("Company", "Air Tanzania Company Limited", "ATCL"), E("Company", "Air Tanzania Limited", "ATL")]
          + locs("Johannesburg", "Zanzibar"),
 roles=[],
 # 'The company was originally wholly owned by the Tanzanian government via the Air Tanzania Corporation (ATC)' ->
 # parentOrganization(Air Tanzania, ATC) (past ownership still recorded); 'SAA purchased a 49% stake in ATC' -> nothing
 # (a minority stake; the government kept 51%); the bids and interest of SAA and Kenya Airways -> nothing; 'the core
 # operating assets of ATC were transferred to a new company' (assets) -> nothing; 'after the breakup of East African
 # Airways' -> nothing
 relations=[L("Air Tanzania", "parentOrganization", ATC)],
 outages=[],
 # 'the mid 1990s' and 'from 1 April' (no year) left out
 dates=[D("March 1977", "1977-03"), D("2001", "2001"), D("August 2002", "2002-08"),
        D("September 19 2002", "2002-09-19"), D("December 2002", "2002-12"), D("31 March 2003", "2003-03-31")])

# ---- commodities, Nigeria and Singapore: Olam International ------------------------------------------------------------------
OL = "Olam International Limited"
KC = "Kewalram Chanrai Group"
A["wp-olam-international"] = dict(
 # the company with 'Olam International' and 'Olam' ('resulted in Olam establishing an independent export operation':
 # read as the article's company, not Olam Nigeria Plc; doubtful) -> Company; the Kewalram Chanrai Group, Olam Nigeria
 # Plc and Chanrai International Limited -> Company ('the Group' and 'Group Companies' generic, no aliases); Nigeria,
 # London, the regions and the countries -> Location; cocoa, coffee, cotton, rice, cashews (commodities) -> nothing
 entities=[E("Company", OL, "Olam International", "Olam"), E("Company", KC), E("Company", "Olam Nigeria Plc"),
           E("Location", "Nigeria"), E("Location", "London"), E("Company", "Chanrai International Limited")]
          + locs("West Africa", "East Africa", "India", "Singapore"),
 roles=[],
 # 'the Kewalram Chanrai Group established Olam Nigeria Plc' -> parentOrganization (a company a group sets up;
 # doubtful); 'The Group's agri-business ... operated under the name of Chanrai International Limited' ->
 # parentOrganization(Chanrai International Limited, Kewalram Chanrai Group); the text does not tie Olam International
 # Limited to the Group or to Olam Nigeria Plc in words -> nothing
 relations=[L("Olam Nigeria Plc", "parentOrganization", KC),
            L("Chanrai International Limited", "parentOrganization", KC)],
 outages=[],
 # 'Between 1993 and 1995' -> its two years
 dates=[D("1989", "1989"), D("1996", "1996"), D("1993", "1993"), D("1995", "1995"), D("4 July 1995", "1995-07-04")])

# ---- oil and gas, Ireland, the UK and Africa: Tullow Oil -------------------------------------------------------------------
TO = "Tullow Oil plc"
A["wp-tullow-oil"] = dict(
 # the company with 'Tullow' (its usual short name here; the same word names the town in 'founded in Tullow, Ireland'
 # and 'in Tullow, Ireland', kept as a Location too; doubtful) -> Company; the London and Irish stock exchanges (as
 # the corpus types exchanges), BP, Energy Africa and 'Heritage' (the other party of 'the Heritage/Tullow court case',
 # named only so; read as a company, doubtful) -> Company; the founder and 'Richard Inch, Head of Tax at Tullow' ->
 # Person; the places, the North Sea, Lake Albert ('the Lake Albert region') and the oil fields ('the massive Jubilee
 # Oil Field' with 'the Jubilee field'; 'the Enyenra (Owo) and Tweneboa fields', as the corpus types power stations and
 # other sites) -> Location; 'the FTSE 100 index' (an index) -> nothing; 'UK' an alias of 'United Kingdom'
 entities=[E("Company", TO, "Tullow"), E("Location", "Tullow"), E("Location", "Ireland"), E("Location", "London"),
           E("Location", "United Kingdom", "UK"), E("Company", "London Stock Exchange"), E("Person", "Aidan Heavey"),
           E("Location", "Senegal"), E("Company", "Irish Stock Exchange"), E("Location", "North Sea"), E("Company", "BP"),
           E("Company", "Energy Africa"), E("Location", "Uganda"), E("Location", "Lake Albert"), E("Location", "Ghana"),
           E("Location", "Jubilee Oil Field", "Jubilee field"), E("Company", "Heritage"), E("Person", "Richard Inch"),
           E("Location", "Enyenra", "Owo"), E("Location", "Tweneboa")],
 # 'The company was founded by Aidan Heavey' -> founder (current true); 'Richard Inch, Head of Tax at Tullow' -> head
 # (the corpus's 'Head of ...' rule; current true, the text tells no departure)
 roles=[R("Aidan Heavey", "founder", TO), R("Richard Inch", "head", TO)],
 # 'In May 2004, Tullow completed the Energy Africa acquisition' -> acquired + parentOrganization; 'acquired £201
 # million worth of gas fields and infrastructure in the North Sea from BP' (assets) -> nothing; the listings and the
 # court case with Heritage -> nothing
 relations=acq(TO, "Energy Africa"),
 outages=[],
 # 'At the same time', 'during the year' (counted from other dates) and 'some 40 months after its discovery' left out
 dates=[D("1985", "1985"), D("1986", "1986"), D("September 2007", "2007-09"), D("2000", "2000"),
        D("May 2004", "2004-05"), D("2006", "2006"), D("2007", "2007"), D("February 2010", "2010-02"),
        D("2013", "2013"), D("November 2010", "2010-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

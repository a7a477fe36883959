#!/usr/bin/env python3
"""Batch 40zd gold annotations (the texts of batch40zd.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the 1970s and 1980s', 'in the 1980s' (decades), 'Currently', 'around this
time', 'during wartime' are left out. No text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za): a company
'acquired' or 'bought' or 'the purchase of' another -> acquired + parentOrganization(target, buyer); bought 'from' a
named seller -> parentOrganization(target, seller) too (past ownership kept; as batch 40y's sale by Henderson Equity
Partners); a 'merger' with no buyer told -> nothing; 'a joint venture of' a company -> parentOrganization to it (as
batch 33f's Tesco Mobile); 'its parent company', a group's 'divisions, including' -> parentOrganization; several people
named together as founders -> cofounder each, one named alone -> founder; a professor at a university -> other (as
batches 40z and 40zb); a supplier fitting a fleet, an agreement for marketing a maker's equipment -> partner; a
membership -> nothing; former names -> aliases; facilities and named sites (a plant, a stadium, a tunnel system) ->
Location with no relation; adjectives ('British', 'Danish', 'German', 'Indian') -> a Location only where the name is
written out (as batches 40o, 40t, 40v, 40x, 40za).
usage: batch40zd_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- engineering, US: CH2M -----------------------------------------------------------------------------------------
CH = "CH2M HILL, Inc."
JE = "Jacobs Engineering Group"
OSU = "Oregon State University"
A["wp-ch2m-hill"] = dict(
 # the firm -> Company named by its fullest form 'CH2M HILL, Inc.', aliases 'CH2M' and 'CH2M Hill' ('CH2M HILL' only
 # inside the full name and the method's name); Jacobs Engineering Group, Clair A. Hill & Associates, Kaiser Hill ->
 # Company; Oregon State University -> Organization; Fred Merryfield, Holly Cornell (alias 'Cornell'), James Howland
 # ('Howland'), Thomas Burke Hayes ('Hayes') -> Person; Corvallis, Oregon, Englewood, Colorado, Singapore -> Location;
 # the Singapore Deep Tunnel System and the Rocky Flats Plant (facilities) -> Location; the street address, the Panama
 # Canal expansion project (a project) -> nothing; 'the CH2M HILL Project Delivery System' (a method for managing
 # projects, published) -> nothing (doubtful: a reader might type it Service, provider CH2M)
 entities=[E("Company", CH, "CH2M", "CH2M Hill"), E("Location", "Corvallis"), E("Location", "Oregon"),
           E("Location", "Englewood"), E("Location", "Colorado"), E("Company", JE), E("Organization", OSU),
           E("Person", "Fred Merryfield"), E("Person", "Holly Cornell", "Cornell"),
           E("Person", "James Howland", "Howland"), E("Person", "Thomas Burke Hayes", "Hayes"),
           E("Company", "Clair A. Hill & Associates"), E("Location", "Singapore"),
           E("Location", "Singapore Deep Tunnel System"), E("Company", "Kaiser Hill"),
           E("Location", "Rocky Flats Plant")],
 # 'founded ... by ... professor Fred Merryfield and three of his students', 'its four founders' -> cofounder each of
 # the four; 'Oregon State University civil engineering professor Fred Merryfield' -> other at the university (a
 # professor, as batches 40z and 40zb; current true, as the text tells it); 'graduates of Oregon State University' ->
 # no role
 roles=[R("Fred Merryfield", "cofounder", CH), R("Holly Cornell", "cofounder", CH),
        R("James Howland", "cofounder", CH), R("Thomas Burke Hayes", "cofounder", CH),
        R("Fred Merryfield", "other", OSU)],
 # 'In December 2017, the company was acquired by Jacobs Engineering Group' -> acquired + parentOrganization; 'became
 # CH2M Hill after a merger with Clair A. Hill & Associates' -> nothing (a merger, no buyer told; doubtful: the name
 # suggests CH2M took it in); 'part of a joint venture to replace the Singapore sanitary services infrastructure' (the
 # venture and its partners not named) -> nothing; 'Kaiser Hill, a joint venture of CH2M Hill' -> parentOrganization
 # (as batch 33f's 'a joint venture between'; the other owner not named)
 relations=[L(JE, "acquired", CH), L(CH, "parentOrganization", JE), L("Kaiser Hill", "parentOrganization", CH)],
 outages=[],
 dates=[D("December 2017", "2017-12"), D("1946", "1946"), D("1971", "1971"), D("1980", "1980"), D("2000", "2000"),
        D("October 2005", "2005-10")])

# ---- construction, UK: Laing O'Rourke ------------------------------------------------------------------------------
LO = "Laing O'Rourke"
LC = "Laing Construction"
JL = "John Laing plc"
A["wp-laing-orourke"] = dict(
 # the builder -> Company, aliases its former name 'R. O'Rourke & Son' and 'R. O'Rourke' (the company as buyer);
 # Laing Construction, John Laing plc (alias 'Laing', from "Laing's construction business": the seller, doubtful - a
 # reader might give the possessive to Laing Construction), Crown House Engineering, Carillion, Barclay Mowlem ->
 # Company; the Housing and Finance Institute -> Organization; Ray O'Rourke -> Person; Dartford, England, United
 # Kingdom, London ('east London'), Cardiff, Australia -> Location; the Millennium Stadium ('the Cardiff Millennium
 # Stadium project', a stadium) -> Location
 entities=[E("Company", LO, "R. O'Rourke & Son", "R. O'Rourke"), E("Location", "Dartford"), E("Location", "England"),
           E("Location", "United Kingdom"), E("Person", "Ray O'Rourke"), E("Location", "London"),
           E("Company", LC), E("Company", JL, "Laing"), E("Location", "Cardiff"), E("Location", "Millennium Stadium"),
           E("Company", "Crown House Engineering"), E("Company", "Carillion"), E("Location", "Australia"),
           E("Company", "Barclay Mowlem"), E("Organization", "Housing and Finance Institute")],
 # 'founded in 1978 by Ray O'Rourke' -> founder (current); his posts as chairman and chief executive only in the cut
 # infobox -> nothing
 roles=[R("Ray O'Rourke", "founder", LO)],
 # 'R. O'Rourke bought Laing Construction from John Laing plc' -> acquired + parentOrganization(Laing Construction,
 # Laing O'Rourke) and parentOrganization(Laing Construction, John Laing plc) (the seller's past ownership); 'The name
 # of the company was changed to Laing O'Rourke' -> nothing more (the renamed company taken as the buyer; a reader
 # might read Laing Construction merged away); 'acquired Crown House Engineering ... from Carillion', 'acquired
 # Barclay Mowlem, also from Carillion' -> acquired + parentOrganization to the buyer and to the seller each; 'a member
 # of the Housing and Finance Institute' -> nothing; the abandoned sale of 'its Australian business' (unnamed) ->
 # nothing
 relations=[L(LO, "acquired", LC), L(LC, "parentOrganization", LO), L(LC, "parentOrganization", JL),
            L(LO, "acquired", "Crown House Engineering"), L("Crown House Engineering", "parentOrganization", LO),
            L("Crown House Engineering", "parentOrganization", "Carillion"),
            L(LO, "acquired", "Barclay Mowlem"), L("Barclay Mowlem", "parentOrganization", LO),
            L("Barclay Mowlem", "parentOrganization", "Carillion")],
 outages=[],
 dates=[D("1978", "1978"), D("September 2001", "2001-09"), D("May 2004", "2004-05"), D("July 2006", "2006-07"),
        D("2015", "2015"), D("11 January 2016", "2016-01-11"), D("2017", "2017")])

# ---- shipping, UK: Bibby Line --------------------------------------------------------------------------------------
BL = "Bibby Line"
BG = "Bibby Line Group Limited"
A["wp-bibby-line"] = dict(
 # the shipping company -> Company ('the Bibby Line' as written, the name inside it); Bibby Line Group Limited (alias
 # 'Bibby Line Group'; 'the group', 'The parent company' generic), Radio Communication Company, Bibby Financial
 # Services, Garic UK (alias 'Garic') -> Company; John Bibby -> Person; UK, Liverpool -> Location; 'his sons John and
 # James' -> no entity (first names only, the son John's the same as his father's; doubtful: earlier batches typed
 # first-name founders as Persons, these two hold no post)
 entities=[E("Company", BL), E("Location", "UK"), E("Company", BG, "Bibby Line Group"), E("Person", "John Bibby"),
           E("Location", "Liverpool"), E("Company", "Radio Communication Company"),
           E("Company", "Bibby Financial Services"), E("Company", "Garic UK", "Garic")],
 # 'The Bibby Line was founded in 1807 by the first John Bibby' -> founder of Bibby Line (current: a founder stays
 # the founder after his death in 1840, as the corpus keeps founders); 'Bibby Line Group
 # Limited, can be traced back to John Bibby who founded the company' -> no second founder post for the group
 # (doubtful: 'the company' may mean the group); 'his sons John and James took ownership' -> no role (owners, no post)
 roles=[R("John Bibby", "founder", BL)],
 # 'Its parent company, Bibby Line Group Limited' -> parentOrganization; 'to fit its entire fleet with radio, by the
 # British based Radio Communication Company' -> partner (a supplier; doubtful); 'The group diversified ... into
 # separate divisions, including Bibby Financial Services' -> parentOrganization to the group; 'the purchase of the
 # construction asset hire company Garic UK' -> acquired + parentOrganization; charitable donations -> nothing
 relations=[L(BL, "parentOrganization", BG), L(BL, "partner", "Radio Communication Company"),
            L("Bibby Financial Services", "parentOrganization", BG),
            L(BG, "acquired", "Garic UK"), L("Garic UK", "parentOrganization", BG)],
 outages=[],
 # '(1775–1840)' -> '1775' and '1840', each its own year; 'Since 2007' -> '2007'; decades left out
 dates=[D("1807", "1807"), D("1775", "1775"), D("1840", "1840"), D("19 July 1840", "1840-07-19"), D("1982", "1982"),
        D("2007", "2007"), D("2008", "2008")])

# ---- engineering, India: Henning Holck-Larsen ----------------------------------------------------------------------
HL = "Henning Holck-Larsen"
ST = "S\u00f8ren Kristian Toubro"
LT = "Larsen & Toubro"
ECC = "Engineering Construction & Contracts"
A["wp-henning-holck-larsen"] = dict(
 # the two men -> Person (aliases 'Holck-Larsen', 'Toubro'); Larsen & Toubro (alias 'L&T'), F. L. Smidth & Co., Hilda
 # Ltd., Engineering Construction & Contracts (alias 'ECC'), the Caterpillar Tractor Company -> Company; the University
 # of Copenhagen, the Technical University of Denmark -> Organization; India, Copenhagen, Matheran, Mumbai, Denmark,
 # USA -> Location; 'the Tatas' (the Tata family's concern, named only in the plural) -> no entity (doubtful);
 # 'Danish dairy equipment manufacturers' (unnamed), World War II (an event) -> nothing
 entities=[E("Person", HL, "Holck-Larsen"), E("Company", LT, "L&T"), E("Person", ST, "Toubro"),
           E("Organization", "University of Copenhagen"), E("Organization", "Technical University of Denmark"),
           E("Location", "India"), E("Company", "F. L. Smidth & Co."), E("Location", "Copenhagen"),
           E("Location", "Matheran"), E("Location", "Mumbai"), E("Location", "Denmark"), E("Company", "Hilda Ltd."),
           E("Company", ECC, "ECC"), E("Company", "Caterpillar Tractor Company"), E("Location", "USA")],
 # 'co-founded ... Larsen & Toubro (L&T) along with Søren Kristian Toubro' -> cofounder each; 'Holck-Larsen and Toubro
 # formed a new company called Hilda Ltd.' and 'established Engineering Construction & Contracts (ECC)' -> cofounder
 # each of both; 'a chemical engineer working for F. L. Smidth & Co.' and 'fellow employee' -> no role (employees, no
 # post named)
 roles=[R(HL, "cofounder", LT), R(ST, "cofounder", LT), R(HL, "cofounder", "Hilda Ltd."), R(ST, "cofounder", "Hilda Ltd."),
        R(HL, "cofounder", ECC), R(ST, "cofounder", ECC)],
 # 'it signed an agreement with the Caterpillar Tractor Company of USA for marketing earthmoving equipment' ->
 # partner(L&T, Caterpillar Tractor Company) (a marketing agreement); Hilda Ltd. and ECC, set up by the two founders ->
 # no parent (the text does not say L&T owned them; doubtful); 'L&T represented Danish dairy equipment manufacturers'
 # (unnamed) and the soda ash plant 'for the Tatas' -> nothing
 relations=[L(LT, "partner", "Caterpillar Tractor Company")],
 outages=[],
 dates=[D("4 July 1907", "1907-07-04"), D("27 July 2003", "2003-07-27"), D("27 February 1906", "1906-02-27"),
        D("4 March 1982", "1982-03-04"), D("1937", "1937"), D("1938", "1938"), D("1944", "1944"), D("1945", "1945")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

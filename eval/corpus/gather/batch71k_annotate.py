#!/usr/bin/env python3
"""Batch 71k gold annotations (the texts of batch71k.py; session 65, round notes /tmp/gather71k/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71e; batch10_annotate.write_parts), so with three
texts: wp-south-wales-transport test, wp-stagecoach-south-west train, wp-yorkshire-traction dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'in August' (no year written), 'some years
earlier' (relative) -> nothing; 'until around 1930' -> '1930' (as batch 70's 'around 2002' -> '2002'); a year inside a
law's name ('the Transport Act 1985') -> nothing (a name, not a time expression of the text; doubtful: other rounds
gave the year). No text tells an outage, so every `outages` list is empty; no near-miss of one beyond business events
(purchases, transfers of operations, a split-up, privatisation, a buyout; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71e): titles by the Roles bullets ('managing director Harry
Blundred' -> director, current true: no leaving told); an owner or a buyout's leader with no post in the format's list
-> no role ('a management team led by Frank Carter', 'The Traction Group, which was owned by Frank Carter', 'Carter
expanded the business'; "Isaac Jenkins' Bishopton and Murton Motors"; as batch 70's 'owned by Nick Bez'; doubtful:
a reader might give Carter head); completed purchases by a company -> acquired and parentOrganization (GUIDELINES,
Relations: 'In 1922 Torquay Tramways purchased the company'; 'In December 2005 Stagecoach acquired Yorkshire Traction';
'Fairwood Motors was purchased' and 'the acquisition of Isaac Jenkins' Bishopton and Murton Motors' after 'Further
exp/ansion came', the buyer the company the paragraph is about (doubtful: the passive names no buyer); 'Carter expanded
the business by purchasing other operators including:' seven named operators -> the business (Yorkshire Traction) as
buyer of each (doubtful: Carter named as the one purchasing), kept for the three the list says were later 'merged
with' a sister (GUIDELINES: 'unless the text says the target was merged away' read as merged into the buyer; doubtful));
'Barnsley & District (formed in July 1990 when Traction bought the bus business of Tom Jowitt Travel of Tankersley)'
-> parentOrganization of Barnsley & District to Yorkshire Traction, no acquired (formed by it; the bus business bought
an asset purchase, nothing for Tom Jowitt Travel; doubtful); 'Meffans Coaches (a subsidiary of Strathtay)' ->
parentOrganization to Strathtay Scottish only (no acquired by Traction; doubtful); 'London Traveller (35% owned by
Traction, sold in 2002)' -> nothing (a part stake, as 70ac left part stakes); subsidiary, 'became a part of', 'became
part of' and owned-by statements -> parentOrganization ('It is a subsidiary of Stagecoach'; 'operated as a subsidiary
of the National Electric Construction Company (NECC)'; 'the NECC became a part of the British Electric Traction
Group'; "British Electric Traction's bus operations, including Devon General, became part of the National Bus
Company"; 'the first National Bus Company subsidiary to be privatised' (Devon General Limited); 'established ... as a
subsidiary of the British Electric Traction (BET)'; 'BET already owned the Swansea Improvements and Tramway Company';
'Yorkshire Traction and its subsidiaries were owned by The Traction Group'); 'the part of the business remaining with
Stagecoach was renamed Stagecoach Sheffield' -> parentOrganization of Stagecoach Sheffield to Stagecoach; 'Stagecoach
sold the Huddersfield operations to Centrebus Holdings which now operate under the name 'Huddersfield Bus Company'' ->
no acquired (operations) but parentOrganization of Huddersfield Bus Company to Centrebus Holdings (a trading name read
as a company; doubtful); transfers of operations, buses and routes ('the company took over operation of the
horse-tram network in Neath from Neath Corporation', "the Exeter City Council's buses and routes were transferred to
Devon General", 'the bus operations of Devon General were transferred to neighbouring Western National') -> nothing
(asset transfers; doubtful for the last: Devon General's whole operations); 'Western National was split into four new
companies, one of which was Devon General Limited' -> nothing (a split, no owner said; doubtful); management buyouts
and 'sold by the Government' -> nothing (no named buyer; the Government no entity: a generic); the small shares of the
Carter Family Trust -> nothing (part stakes). Entities: the 1919 company and Devon General Limited of 1983 two
Companies ('as the old Devon General had done' tells them apart), the bare 'Devon General' an alias of the first (its
name in 1922-1971), so Harry Blundred's role and the 1986 privatisation go to 'Devon General Limited' (doubtful:
'On 19 August 1986 Devon General became ...' uses the bare name of the later company); Stagecoach South West (the
article's subject, in its lead) a Company of its own with no relation to Devon General (the kept text never ties the
names; doubtful); former names and nicknames -> aliases (GUIDELINES, Types: 'Barnsley & District Electric Traction
Company Limited', 'Barnsley & District Traction Company Limited', 'Tracky', 'Yorkshire Traction', 'Traction' of the
Yorkshire Traction Company Limited; 'Andrews (Sheffield)' of Andrews (Sheffield) Ltd; 'Strathtay' of Strathtay
Scottish; 'Carter' of Frank Carter; 'NECC', 'BET' and 'British Electric Traction' as written; 'Gower' of the Gower
peninsula); 'The Traction Group' -> 'Traction Group'; 'North Devon' ('the Tiverton area services became part of North
Devon', after 'four new companies') a Company (doubtful: also a region's name); councils and corporations of towns ->
Organization (Neath Corporation, Swansea Council, Exeter City Council, as 71e's Perth Corporation); the Carter Family
Trust Organization; places only inside company names ('Sheffield', 'Lincoln') -> no entity of
their own ('Tankersley', on its own, a Location); 'Wales' in 'south and south west Wales' a Location (as 71e's 'Lincolnshire'); 'the Transport
Act 1985' (a law) -> no entity.
usage: batch71k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- bus operators, UK: South Wales Transport ----------------------------------------------------------------------
SWT = "South Wales Transport"
BET = "British Electric Traction"
SIT = "Swansea Improvements and Tramway Company"
FM = "Fairwood Motors"
BMM = "Bishopton and Murton Motors"
A["wp-south-wales-transport"] = dict(
 # the operator -> Company; British Electric Traction (alias 'BET'), the Swansea Improvements and Tramway Company,
 # Fairwood Motors and Bishopton and Murton Motors -> Company; Neath Corporation and Swansea Council -> Organization;
 # Isaac Jenkins -> Person; the places -> Location ('Wales' in 'south and south west Wales'; 'Gower' the peninsula's
 # short form). No entity: 'local councils' (unnamed), 'the town centre'
 entities=[E("Company", SWT), E("Location", "South Wales"), E("Location", "Swansea"), E("Location", "West Wales"),
           E("Company", BET, "BET"), E("Company", SIT), E("Location", "Ynysforgan"), E("Location", "Pontardawe"),
           E("Location", "Cwmbwrla"), E("Location", "Llanelli"), E("Location", "Wales"), E("Location", "Neath"),
           E("Organization", "Neath Corporation"), E("Organization", "Swansea Council"), E("Company", FM),
           E("Location", "Gower peninsula", "Gower"), E("Person", "Isaac Jenkins"), E("Company", BMM)],
 # "Isaac Jenkins' Bishopton and Murton Motors" -> no role (an owner, no post; doubtful)
 roles=[],
 # 'established ... as a subsidiary of the British Electric Traction (BET)' and 'BET already owned the Swansea
 # Improvements and Tramway Company' -> parentOrganization; 'Fairwood Motors was purchased' and 'the acquisition of
 # Isaac Jenkins' Bishopton and Murton Motors' -> acquired and parentOrganization, the company the buyer (doubtful,
 # above). Near-misses, no relation: 'took over operation of the horse-tram network in Neath from Neath Corporation'
 # (operations), 'Swansea Council allowed the company's buses to run through' (a permission)
 relations=[L(SWT, "parentOrganization", BET), L(SIT, "parentOrganization", BET),
            L(SWT, "acquired", FM), L(FM, "parentOrganization", SWT),
            L(SWT, "acquired", BMM), L(BMM, "parentOrganization", SWT)],
 outages=[],
 # 'on 10 February 1914' -> the day; 'in May 1914' -> the month; 'In 1920', 'In 1921', 'in 1923', 'in 1928', 'in
 # 1915', 'by 1929' -> the years. No date: 'in August' (no year written)
 dates=[D("10 February 1914", "1914-02-10"), D("May 1914", "1914-05"), D("1920", "1920"), D("1921", "1921"),
        D("1923", "1923"), D("1928", "1928"), D("1915", "1915"), D("1929", "1929")])

# ---- bus operators, UK: Stagecoach South West (Devon General) -------------------------------------------------------
SSW = "Stagecoach South West"
DG = "Devon General Omnibus and Touring Company"
DGL = "Devon General Limited"
NECC = "National Electric Construction Company"
BETG = "British Electric Traction Group"
NBC = "National Bus Company"
A["wp-stagecoach-south-west"] = dict(
 # Stagecoach South West, Stagecoach, the Devon General Omnibus and Touring Company (alias 'Devon General'), Devon
 # General Limited, Torquay Tramways, the National Electric Construction Company (alias 'NECC'), the British Electric
 # Traction Group (alias 'British Electric Traction'), the National Bus Company, Western National and North Devon
 # (doubtful) -> Company; Exeter City Council -> Organization; Harry Blundred -> Person; the places -> Location. No
 # entity: 'the Transport Act 1985' (a law), 'the tramway company' (a generic for Torquay Tramways), 'the Tiverton
 # area services'
 entities=[E("Company", SSW), E("Location", "Devon"), E("Location", "East Cornwall"), E("Location", "Bristol"),
           E("Company", "Stagecoach"), E("Company", DG, "Devon General"), E("Location", "South Devon"),
           E("Location", "Exeter"), E("Location", "Torquay"), E("Company", "Torquay Tramways"),
           E("Company", NECC, "NECC"), E("Company", BETG, "British Electric Traction"), E("Company", NBC),
           E("Organization", "Exeter City Council"), E("Company", "Western National"), E("Company", DGL),
           E("Location", "Tiverton"), E("Company", "North Devon"), E("Person", "Harry Blundred")],
 # 'a management buy out led by managing director Harry Blundred' -> director at Devon General Limited (the company
 # privatised in 1986; doubtful, above), current true
 roles=[R("Harry Blundred", "director", DGL)],
 # 'It is a subsidiary of Stagecoach' -> parentOrganization; 'In 1922 Torquay Tramways purchased the company' ->
 # acquired and parentOrganization; 'operated as a subsidiary of the National Electric Construction Company (NECC)'
 # -> parentOrganization; 'the NECC became a part of the British Electric Traction Group' -> parentOrganization;
 # "British Electric Traction's bus operations, including Devon General, became part of the National Bus Company" ->
 # parentOrganization; 'Devon General became the first National Bus Company subsidiary to be privatised' ->
 # parentOrganization of Devon General Limited. Near-misses, no relation: the transfers of buses, routes and
 # operations (Exeter City Council's, Devon General's to Western National), Western National's split, the buyout (no
 # named buyer)
 relations=[L(SSW, "parentOrganization", "Stagecoach"), L("Torquay Tramways", "acquired", DG),
            L(DG, "parentOrganization", "Torquay Tramways"), L(DG, "parentOrganization", NECC),
            L(NECC, "parentOrganization", BETG), L(DG, "parentOrganization", NBC), L(DGL, "parentOrganization", NBC)],
 outages=[],
 # 'in 1919', 'In 1922', 'In 1931', 'in 1969' -> the years; 'In April 1970', 'In January 1971', 'In January 1983' ->
 # the months; 'On 19 August 1986', 'on 27 February 1984' -> the days. No date: 'the Transport Act 1985' (a law's
 # name; doubtful)
 dates=[D("1919", "1919"), D("1922", "1922"), D("1931", "1931"), D("1969", "1969"), D("April 1970", "1970-04"),
        D("January 1971", "1971-01"), D("January 1983", "1983-01"), D("19 August 1986", "1986-08-19"),
        D("27 February 1984", "1984-02-27")])

# ---- bus operators, UK: Yorkshire Traction ---------------------------------------------------------------------------
YT = "Yorkshire Traction Company Limited"
BUY = ["Lincolnshire RoadCar Company", "Lincoln City Transport", "Yorkshire Terrier", "Andrews (Sheffield) Ltd",
       "Sheffield Omnibus", "South Riding", "Strathtay Scottish"]
A["wp-yorkshire-traction"] = dict(
 # the operator -> Company 'Yorkshire Traction Company Limited', aliases its two earlier names, 'Yorkshire Traction',
 # 'Tracky' (its nickname) and 'Traction'; Stagecoach, Barnsley & District, Tom Jowitt Travel, the seven operators
 # bought, Meffans Coaches, London Traveller, the Traction Group, Centrebus Holdings, Huddersfield Bus Company
 # (doubtful) and Stagecoach Sheffield -> Company; the Carter Family Trust -> Organization; Frank Carter (alias
 # 'Carter') -> Person; Barnsley, Tankersley, the United Kingdom, Huddersfield -> Location. No entity: 'the
 # Government' (a generic), 'Sheffield' and 'Lincoln' (only inside company names)
 entities=[E("Company", YT, "Barnsley & District Electric Traction Company Limited",
             "Barnsley & District Traction Company Limited", "Yorkshire Traction", "Tracky", "Traction"),
           E("Location", "Barnsley"), E("Person", "Frank Carter", "Carter"), E("Company", "Stagecoach"),
           E("Company", "Barnsley & District"), E("Company", "Tom Jowitt Travel"), E("Location", "Tankersley"),
           E("Company", BUY[0]), E("Company", BUY[1]), E("Company", BUY[2]),
           E("Company", BUY[3], "Andrews (Sheffield)"), E("Company", BUY[4]), E("Company", BUY[5]),
           E("Company", BUY[6], "Strathtay"), E("Company", "Meffans Coaches"), E("Company", "London Traveller"),
           E("Company", "Traction Group"), E("Organization", "Carter Family Trust"), E("Location", "United Kingdom"),
           E("Location", "Huddersfield"), E("Company", "Centrebus Holdings"),
           E("Company", "Huddersfield Bus Company"), E("Company", "Stagecoach Sheffield")],
 # 'a management team led by Frank Carter', 'owned by Frank Carter' -> no role (no post; doubtful)
 roles=[],
 # 'purchasing other operators including:' the seven -> acquired and parentOrganization each (doubtful, above);
 # 'Barnsley & District (formed ... when Traction bought the bus business of Tom Jowitt Travel' -> parentOrganization
 # only; 'Meffans Coaches (a subsidiary of Strathtay)' -> parentOrganization; 'Yorkshire Traction and its subsidiaries
 # were owned by The Traction Group' -> parentOrganization; 'In December 2005 Stagecoach acquired Yorkshire Traction'
 # -> acquired and parentOrganization; 'the part of the business remaining with Stagecoach was renamed Stagecoach
 # Sheffield' -> parentOrganization; 'Huddersfield operations to Centrebus Holdings which now operate under the name
 # 'Huddersfield Bus Company'' -> parentOrganization (doubtful). Near-misses, no relation: 'London Traveller (35% owned
 # by Traction' (a part stake), the mergers among the bought companies, 'small shares owned by the Carter Family
 # Trust', 'the bus business of Tom Jowitt Travel' and 'the Huddersfield operations' (asset purchases)
 relations=[x for b in BUY for x in (L(YT, "acquired", b), L(b, "parentOrganization", YT))]
           + [L("Barnsley & District", "parentOrganization", YT), L("Meffans Coaches", "parentOrganization", BUY[6]),
              L(YT, "parentOrganization", "Traction Group"), L("Stagecoach", "acquired", YT),
              L(YT, "parentOrganization", "Stagecoach"), L("Stagecoach Sheffield", "parentOrganization", "Stagecoach"),
              L("Huddersfield Bus Company", "parentOrganization", "Centrebus Holdings")],
 outages=[],
 # 'in 1902', 'around 1930', 'In 1928', 'in 1986', 'in 1998', 'in 1996', 'in 1995', 'in 2002' -> the years; 'on 14
 # December 2005' -> the day; 'in July 1990', 'In December 2005', 'In May 2008' -> the months. No date: 'some years
 # earlier' (relative)
 dates=[D("1902", "1902"), D("1930", "1930"), D("1928", "1928"), D("1986", "1986"),
        D("14 December 2005", "2005-12-14"), D("July 1990", "1990-07"), D("1998", "1998"), D("1996", "1996"),
        D("1995", "1995"), D("2002", "2002"), D("December 2005", "2005-12"), D("May 2008", "2008-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

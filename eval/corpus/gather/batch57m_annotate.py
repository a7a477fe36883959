#!/usr/bin/env python3
"""Batch 57m gold annotations (the texts of batch57m.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b and 57g; batch10_annotate.write_parts), so with
four texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'During the first year of operations' (unanchored by itself), 'In the 1990s' (a decade, as batch 57g left
'the 1980s' out), 'the Great Depression' (an era), 'Over the next couple of decades', 'only a year after' (relative)
and 'As of 2024' beside 'In 2024' (one text and value kept: '2024') -> as said per item. No text tells an outage, so
every `outages` list is empty; two tell near-misses of one (British United Airways withdrawing from a route, DreamHost
ceasing to run the .la domain: business decisions; GUIDELINES, Outages), and DreamHost's power outage of August 2006 is
in the cut part of its excerpt, not in the text.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57f, 57g): 'wholly owned by the States of Guernsey since nationalisation' -> parentOrganization
to the government (an Organization; no acquired, which takes a Company as buyer); 'is part of X', 'which in turn is
owned by Y' and 'the web hosting branch of' -> parentOrganization; a company 'wholly owned by the Drury family' -> no
relation (a family); 'founded by A' and 'he founded Rainbow Hotel' (a former name) -> founder; 'founded ... by A, B, C
and D' and 'founded by Charles, James, & Robert Drury' (with 'Co-founder Charles Drury') -> cofounder each; founders
who died stay founders (current true, as batch 57g's); 'Governor of Missouri Mike Parson' -> governor with the state
(GUIDELINES, Roles); 'The main union representative at the company' -> other (doubtful); hotel brands (Drury Inn and
Suites, Pear Tree Inn, Holiday Inn) -> Service (as batch 31d's Raffles and Swissôtel), with provider to the company the
text says operates them; aircraft models -> Service without provider when the maker is named only inside the model
name ('Britten-Norman Islander'; GUIDELINES, Types); software (Debian GNU/Linux, Linux-VServer) and a top-level domain
('.la', as batch 35k's '.tel') -> Service; airports, a named hotel building ('Hotel Bristol') -> Location (named
sites); a university and a foundation -> Organization; ICANN -> Organization ('ICANN-accredited'); purchases of hotels
and historic buildings -> nothing (asset purchases); an award ('J.D. Power award'), events ('Pride Month', 'the Great
Depression'), demonyms and adjectives ('American', 'Norwegian-based', 'Norman languages') -> nothing.
usage: batch57m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- airline, Channel Islands: Aurigny --------------------------------------------------------------------------------
AU = "Aurigny Air Services Limited"
SG = "States of Guernsey"
A["wp-aurigny-air-services"] = dict(
 # the airline -> Company 'Aurigny Air Services Limited', aliases 'Aurigny' and 'Aurigny Air Services'; the States of
 # Guernsey (the island's government) -> Organization; Loganair, British United Airways -> Company; Sir Derrick Bailey
 # ('Sir' kept in the name as written, as batch 56n's 'Sir Christopher Furness') -> Person; the Britten-Norman Islander
 # and the Britten-Norman Trislander -> Service (aircraft models; 'Britten-Norman' appears only inside the model names,
 # so no Company for it; GUIDELINES, Types); the Bailiwick of Guernsey, Guernsey (the island: 'the Alderney to Guernsey
 # route', 'between Guernsey, Jersey, and Alderney'; kept apart from the Bailiwick, which takes in Alderney; doubtful),
 # the Channel Islands, France, the Republic of Ireland, the United Kingdom, Britain (kept apart from the United
 # Kingdom as written; doubtful), Alderney, Jersey, Guernsey Airport, Alderney Airport (airports; GUIDELINES, Types) ->
 # Location. No entity: 'Norman languages' (languages), 'the Alderney to Guernsey route' (a route), 'flag carrier'
 entities=[E("Company", AU, "Aurigny", "Aurigny Air Services"), E("Location", "Bailiwick of Guernsey"),
           E("Location", "Guernsey Airport"), E("Location", "Channel Islands"), E("Organization", SG),
           E("Location", "France"), E("Location", "Republic of Ireland"), E("Location", "United Kingdom"),
           E("Location", "Alderney Airport"), E("Location", "Britain"), E("Company", "Loganair"),
           E("Location", "Alderney"), E("Person", "Sir Derrick Bailey"), E("Company", "British United Airways"),
           E("Location", "Guernsey"), E("Service", "Britten-Norman Islander"), E("Location", "Jersey"),
           E("Service", "Britten-Norman Trislander")],
 # 'Aurigny Air Services was founded by Sir Derrick Bailey' -> founder, current true. Near-misses: the infobox's CEO
 # (Nico Bezuidenhout) and chairman (Kevin George) are cut, so no role for them
 roles=[R("Sir Derrick Bailey", "founder", AU)],
 # 'wholly owned by the States of Guernsey since nationalisation in 2003' -> parentOrganization(Aurigny, States of
 # Guernsey) (an owned company of a government; GOLD_FORMAT allows an Organization as o). Near-misses: no acquired for
 # the nationalisation (acquired takes a Company as buyer, and the text tells no purchase in so many words; a reader
 # might add it); 'the second oldest established airline in Britain after Loganair' -> no relation (a comparison);
 # 'after British United Airways withdrew from the Alderney to Guernsey route' -> no relation (a competitor leaving a
 # route, no dealing between the two) and no outage (a business decision); 'the first commercial operator of the
 # Britten-Norman Trislander' and 'operated Britten-Norman Islander aircraft' -> no provider to Aurigny (it flies the
 # types, it does not make them; the maker is named only inside the model names)
 relations=[L(AU, "parentOrganization", SG)],
 outages=[],
 # '2003'; 'March 1, 1968' -> 1968-03-01; 'July 1971' -> 1971-07; 'During the first year of operations' -> left out
 # (its year is not written)
 dates=[D("2003", "2003"), D("March 1, 1968", "1968-03-01"), D("July 1971", "1971-07")])

# ---- web hosting, US: DreamHost ---------------------------------------------------------------------------------------
DH = "DreamHost"
NDN = "New Dream Network, LLC"
A["wp-dreamhost"] = dict(
 # the web host -> Company 'DreamHost'; New Dream Network, LLC (its parent, as written with 'LLC') -> Company; Harvey
 # Mudd College (a university) and ICANN ('ICANN-accredited'; the name inside a compound adjective, a named body;
 # doubtful: a reader might skip it) -> Organization; Dallas Bethune, Josh Jones, Michael Rodriguez, Sage Weil ->
 # Person; Debian GNU/Linux ('Debian GNU/Linux-based servers') and Linux-VServer (software) -> Service; '.la' ('the .la
 # top-level domain', a domain people register names in; as batch 35k's '.tel'; doubtful) -> Service; Los Angeles
 # ('Los Angeles-based' and 'the city of Los Angeles', one city), Claremont, California, Laos -> Location. No entity:
 # 'a unique control panel' (unnamed), 'a virtual private server service' and 'a shared hosting environment'
 # (generic), 'a popular blog' (unnamed)
 entities=[E("Company", DH), E("Location", "Los Angeles"), E("Company", NDN), E("Person", "Dallas Bethune"),
           E("Person", "Josh Jones"), E("Person", "Michael Rodriguez"), E("Person", "Sage Weil"),
           E("Organization", "Harvey Mudd College"), E("Location", "Claremont"), E("Location", "California"),
           E("Service", "Debian GNU/Linux"), E("Service", "Linux-VServer"), E("Organization", "ICANN"),
           E("Service", ".la"), E("Location", "Laos")],
 # 'New Dream Network, LLC, founded in April 1996 by Dallas Bethune, Josh Jones, Michael Rodriguez and Sage Weil' ->
 # cofounder each at New Dream Network, LLC (four founders named; the participle follows the parent's name, so the
 # founding is told of New Dream Network; doubtful: a reader might attach it to DreamHost, the branch, or to both).
 # Near-misses: 'undergraduate students at Harvey Mudd College' -> no role (students, no post); 'devised by their own
 # programmers' and 'with staff contributing to a popular blog' -> no role (unnamed)
 roles=[R("Dallas Bethune", "cofounder", NDN), R("Josh Jones", "cofounder", NDN),
        R("Michael Rodriguez", "cofounder", NDN), R("Sage Weil", "cofounder", NDN)],
 # 'It is the web hosting branch of New Dream Network, LLC' -> parentOrganization(DreamHost, New Dream Network, LLC)
 # (a branch is a unit; GOLD_FORMAT); 'The company previously operated the .la top-level domain' ->
 # provider(.la, DreamHost) (relations carry no time; GUIDELINES, Relations). Near-misses: 'an ICANN-accredited domain
 # name registrar' -> no partner (an accreditation, no partnership or contract told); 'a network of mainly Debian
 # GNU/Linux-based servers' and 'a virtual private server service using Linux-VServer' -> no provider (DreamHost uses
 # the software, the text names no maker); 'allocated to the country of Laos' -> nothing (a country); 'It stopped
 # operating it in April 2006 because it reportedly received only "one registration a day"' -> no outage (a business
 # decision, a service ended on purpose; GUIDELINES, Outages)
 relations=[L(DH, "parentOrganization", NDN), L(".la", "provider", DH)],
 outages=[],
 # 'April 1996' -> 1996-04; 'April 2006' -> 2006-04
 dates=[D("April 1996", "1996-04"), D("April 2006", "2006-04")])

# ---- hotels, US: Drury Hotels -----------------------------------------------------------------------------------------
DHC = "Drury Hotels Company, LLC"
A["wp-drury-hotels"] = dict(
 # the company -> Company 'Drury Hotels Company, LLC', alias 'Drury Hotels' ('The family started Drury Hotels', 'The
 # Drury Hotels company'); the Drury Development Corporation -> Company (the family's firm of 1959; no link to Drury
 # Hotels told); the brands Drury Inn and Suites, Drury Plaza Hotel, Pear Tree Inn, Thrifty Inn, Drury Inn ('its first
 # Drury Inn', the brand of 1973, kept apart from 'Drury Inn and Suites' as written; doubtful: a reader might make it an
 # alias) and Holiday Inn ('its first hotel, a Holiday Inn', another chain's brand) -> Service (hotel brands; batch
 # 31d's Raffles and Swissôtel); Charles Drury (alias 'Charles': 'founded by Charles, James, & Robert Drury'), James,
 # Robert (first names only, as batch 57g's 'Jan' and 'Leendert'; 'Robert Drury' is not written whole), Lambert
 # Drury, Mike Parson -> Person; St. Louis, Missouri, Cape Girardeau, Sikeston -> Location. No entity: 'the Drury
 # family' (a family), 'a plastering company' (unnamed), 'the Great Depression' (an era), 'J.D. Power award' (an award;
 # the business J.D. Power is named only inside it; doubtful), 'American', 'non-Drury hotels'
 entities=[E("Company", DHC, "Drury Hotels"), E("Service", "Drury Inn and Suites"), E("Service", "Drury Plaza Hotel"),
           E("Service", "Pear Tree Inn"), E("Location", "St. Louis"), E("Location", "Missouri"),
           E("Person", "Charles Drury", "Charles"), E("Person", "James"), E("Person", "Robert"),
           E("Person", "Lambert Drury"), E("Company", "Drury Development Corporation"), E("Service", "Holiday Inn"),
           E("Location", "Cape Girardeau"), E("Service", "Drury Inn"), E("Location", "Sikeston"),
           E("Service", "Thrifty Inn"), E("Person", "Mike Parson")],
 # 'The company was founded by Charles, James, & Robert Drury', 'Co-founder Charles Drury', 'Two other co-founders,
 # James and Robert' -> cofounder each, current true (founders stay founders though the text tells their deaths; batch
 # 57g's convention); 'Governor of Missouri Mike Parson' -> governor at Missouri, current true (GUIDELINES, Roles: a
 # state's head with the state as org). Near-misses: Lambert Drury, who 'founded a plastering company' -> no role (an
 # unnamed company); the infobox's CEO Charles L. Drury, Jr. is cut, so no ceo role; no founder role at the Drury
 # Development Corporation (the text does not say who founded it)
 roles=[R("Charles Drury", "cofounder", DHC), R("James", "cofounder", DHC), R("Robert", "cofounder", DHC),
        R("Mike Parson", "governor", "Missouri")],
 # 'operates a chain of ... hotels under the brands Drury Inn and Suites, Drury Plaza Hotel, and Pear Tree Inn' ->
 # provider to Drury Hotels for each; 'The family started Drury Hotels in 1973 and built its first Drury Inn' ->
 # provider(Drury Inn, Drury Hotels) (doubtful: the family, not the company, is the subject); 'the chain introduced a
 # third brand, Thrifty Inn' -> provider(Thrifty Inn, Drury Hotels). Near-misses: 'The Drury family built its first
 # hotel, a Holiday Inn' -> no provider and no partner (a franchise is not told, and the brand's owner is not named; a
 # reader might give provider(Holiday Inn, Drury Development Corporation)); 'wholly owned by the Drury family' -> no
 # parentOrganization (a family, no entity); 'The Drury Hotels company operates non-Drury hotels as well' -> nothing
 # (unnamed); 'The chain has purchased several historic buildings' -> no acquired (asset purchases); the J.D. Power
 # award -> nothing
 relations=[L("Drury Inn and Suites", "provider", DHC), L("Drury Plaza Hotel", "provider", DHC),
            L("Pear Tree Inn", "provider", DHC), L("Drury Inn", "provider", DHC), L("Thrifty Inn", "provider", DHC)],
 outages=[],
 # '2024' ('As of 2024', 'In 2024': one text, one value) -> one item; '1959', '1962', '1973'; 'September 7, 2020' ->
 # 2020-09-07; '2008', '2013'; 'In the 1990s' (a decade) and 'the Great Depression' -> left out
 dates=[D("2024", "2024"), D("1959", "1959"), D("1962", "1962"), D("1973", "1973"),
        D("September 7, 2020", "2020-09-07"), D("2008", "2008"), D("2013", "2013")])

# ---- hotels, Norway: Thon Hotels --------------------------------------------------------------------------------------
TH = "Thon Hotels"
OTG = "Olav Thon Group"
A["wp-thon-hotels"] = dict(
 # the chain -> Company 'Thon Hotels', aliases 'Rainbow Hotels' (its former name), 'Thon Hotel' ('The Thon Hotel
 # chain') and 'Rainbow Hotel' ('he founded Rainbow Hotel in 1989', the same founding year as the chain's); the Olav
 # Thon Group (alias 'Olav Thon Gruppen', its Norwegian name) -> Company; the Olav Thon Foundation (alias 'Olav Thon
 # Stiftelsen') -> Organization (a foundation, not a business); Olav Thon (alias 'Thon': 'Thon bought his second
 # hotel'), Ann Kristin Sletvold -> Person; Hotel Bristol (a named hotel, a site; GUIDELINES, Types; doubtful: a reader
 # might make it a Company), Norway, Belgium, Sweden, Denmark, the Netherlands ('Netherlands'), Oslo, Brussels ->
 # Location. No entity: 'Pride Month', 'Pride' (events), 'his second hotel', 'two hotels in the Belgium capital'
 # (unnamed), 'Norwegian-based', 'the Belgium capital' (Brussels, already listed)
 entities=[E("Company", TH, "Rainbow Hotels", "Thon Hotel", "Rainbow Hotel"), E("Location", "Norway"),
           E("Location", "Belgium"), E("Location", "Sweden"), E("Location", "Denmark"), E("Location", "Netherlands"),
           E("Company", OTG, "Olav Thon Gruppen"), E("Organization", "Olav Thon Foundation", "Olav Thon Stiftelsen"),
           E("Person", "Olav Thon", "Thon"), E("Location", "Hotel Bristol"), E("Location", "Oslo"),
           E("Location", "Brussels"), E("Person", "Ann Kristin Sletvold")],
 # 'before he founded Rainbow Hotel in 1989' -> founder at Thon Hotels (through the former name), current true; 'The
 # main union representative at the company Ann Kristin Sletvold' -> other at Thon Hotels, current true (a post held at
 # the company, with no title of the vocabulary; doubtful: a reader might give nothing, reading the post as the union's,
 # or head). Near-misses: 'The Norwegian philanthropist and property investor' -> no role (trades, no organisation);
 # the infobox's 'Olav Thon, CEO' is cut, so no ceo role; no role for Olav Thon at the Olav Thon Group or Foundation
 # (the names alone tell no post)
 roles=[R("Olav Thon", "founder", TH), R("Ann Kristin Sletvold", "other", TH)],
 # 'Thon Hotels is part of the Olav Thon Group' -> parentOrganization(Thon Hotels, Olav Thon Group); 'which in turn is
 # owned by the Olav Thon Foundation' -> parentOrganization(Olav Thon Group, Olav Thon Foundation) (an owned company of
 # a foundation). Near-misses: 'Olav Thon bought Hotel Bristol in Oslo in 1974', 'Thon bought his second hotel', 'he
 # bought two hotels in the Belgium capital' -> no acquired (a person buying hotels, asset purchases of sites);
 # 'Rainbow Hotels were rebranded to Thon Hotels' -> nothing (one company renamed); 'the company reversed its decision'
 # -> nothing
 relations=[L(TH, "parentOrganization", OTG), L(OTG, "parentOrganization", "Olav Thon Foundation")],
 outages=[],
 # '1989' (three times, one value) -> one item; '1974', '1983', '1995', '2005', '2023'; 'Over the next couple of
 # decades', 'only a year after' -> left out
 dates=[D("1989", "1989"), D("1974", "1974"), D("1983", "1983"), D("1995", "1995"), D("2005", "2005"),
        D("2023", "2023")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

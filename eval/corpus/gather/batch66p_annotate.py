#!/usr/bin/env python3
"""Batch 66p gold annotations (the texts of batch66p.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66m; batch10_annotate.write_parts), so with three texts: wp-grand-union-supermarket test, wp-jewel-osco
train, wp-tandem-computers dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); a year inside a phrase ('its 1984 acquisition', 'By 1903', 'since 1999') -> the year; decades and parts of
centuries ('the early 1900s', 'the early 20th century'; no ISO value the format takes, as batches 60c-66m), 'Within a
few years', 'during the war', 'During WWI' (relative, or an event with no date in the text) -> nothing. No text tells
an outage, so every `outages` list is empty; none tells a near-miss of one (Tandem's text tells how its systems mask
hardware and software failures, with no failure that happened; wartime costs, a facility commandeered by a
government, a bankruptcy and a rebranding are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-66m): one person named alone as founding a company ->
`founder` ('founded by Jimmy Treybig', 'Frank Vernon Skiff founded Jewel'), current true (GUIDELINES, Roles,
'Founders'); a person a founder 'partnered with' later, with no founding word -> no role (doubtful); 'new company
officials' who led a company back to profit -> executive (a generic senior title, GUIDELINES, Roles; doubtful),
current true (no leaving told); military ranks ('retired Commanders') and 'supply officers' of a navy in a war -> no
role (a rank is not a post in the format's list; batch 65e kept 'Colonel' out of a name); 'a wholly owned subsidiary
of X', 'a server division within X' -> parentOrganization (GUIDELINES, Relations: units and divisions); 'became a ...
division within X' with no buyer's verb -> parentOrganization only, no acquired (as batches 60f, 65h and 66c read
'became a division of X'; doubtful); 'X's acquisition of Y', 'its ... acquisition by X', 'sold to X', 'X bought Y' ->
acquired and parentOrganization (completed; ownership told as past still recorded, GUIDELINES, Relations); a split of
a company into two named companies -> nothing (no relation type; no buyer); a product line made by a company
('Tandem's NonStop systems') -> Service with provider (GUIDELINES, Types: devices); a company's earlier or later names
('renaming the venture the Jewel Tea Company', 'later known as Grand Union Family Markets') -> aliases (GUIDELINES,
Types); a named metropolitan area ('the Chicago metropolitan area'), states, cities, a region ('New England', 'the
Caribbean') -> Location, a state's part ('upstate New York', 'western Illinois') -> the state, 'the northeastern
United States' -> United States; a government and a navy -> Organization; events ('WWI', 'the Great Depression'), a
logo, bankruptcy chapters and adjectives ('American') -> nothing.
usage: batch66p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- grocery retail, US: Grand Union (supermarket) ----------------------------------------------------------------
GU = "Grand Union Supermarkets"
CS = "C&S Wholesale Grocers"
TO = "Tops Friendly Markets"
A["wp-grand-union-supermarket"] = dict(
 # the chain -> Company 'Grand Union Supermarkets' (the fullest form, first in the text), aliases 'Grand Union Family
 # Markets' (a later name, GUIDELINES, Types) and 'Grand Union' (also in 'the Grand Union stores' and 'the Grand Union
 # name'); C&S Wholesale Grocers (alias 'C&S') and Tops Friendly Markets (alias 'Tops', also in 'the Tops logo') ->
 # Company; New York ('upstate New York', 'Brooklyn, New York'), Vermont, the United States ('the northeastern United
 # States'), the Caribbean, Canada, Scranton, Pennsylvania, Brooklyn, Elmwood Park, New Jersey, Wayne and New England
 # -> Location. No entity: 'the midwestern and southeastern states' (no name), 'Chapter 7' (a chapter of a law), 'the
 # Tops logo' (a logo, no product users use); the infobox's Cyrus D. Jones, Jones Brothers Tea Company and Price
 # Chopper (cut with the infobox and the broken sentence: not in the text)
 entities=[E("Company", GU, "Grand Union Family Markets", "Grand Union"), E("Location", "New York"),
           E("Location", "Vermont"), E("Location", "United States"), E("Location", "Caribbean"),
           E("Location", "Canada"), E("Location", "Scranton"), E("Location", "Pennsylvania"),
           E("Location", "Brooklyn"), E("Location", "Elmwood Park"), E("Location", "New Jersey"),
           E("Location", "Wayne"), E("Company", CS, "C&S"), E("Location", "New England"),
           E("Company", TO, "Tops")],
 # No role: the text names no person (its founder is only in the cut infobox). Near-miss: 'The company was founded
 # ... in Scranton' (no founder named; a reader who knows the infobox might add Cyrus D. Jones, who is not in the text)
 roles=[],
 # 'forced into Chapter 7 bankruptcy in 2001 and sold to C&S Wholesale Grocers' with 'After C&S bought Grand Union' ->
 # acquired(C&S Wholesale Grocers, Grand Union Supermarkets) and parentOrganization (a completed purchase; one pair);
 # 'The chain was sold to Tops Friendly Markets in 2012' -> acquired(Tops Friendly Markets, Grand Union Supermarkets)
 # and parentOrganization (completed; ownership told as past still recorded, so the chain has both owners above it;
 # not merged away: 'Tops rebranded the remaining Grand Union stores with the Tops logo and the Grand Union name was
 # discontinued' ends a name, and the lead's present tense 'is an American chain of grocery stores that does business
 # in upstate New York and Vermont' has the chain go on; doubtful: a reader might read the rebranding as the target
 # folded into Tops and give acquired only, as batch 65k weighed Skelly's 'fully absorbed'). Near-misses, no
 # relation: 'it down-scaled most of its operations, keeping only a number of stores ... open' (C&S's running of what
 # it bought, no new relation); 'moved to Brooklyn ... Elmwood Park ... Wayne' (headquarters moves, places only)
 relations=b10.acq(CS, GU) + b10.acq(TO, GU),
 outages=[],
 # 'bankruptcy in 2001', 'in 2012', 'in 2013' -> the years. No date: 'in the early 20th century' (a part of a century)
 dates=[D("2001", "2001"), D("2012", "2012"), D("2013", "2013")])

# ---- grocery retail, US: Jewel-Osco ----------------------------------------------------------------------------------
JO = "Jewel-Osco"
A["wp-jewel-osco"] = dict(
 # the chain -> Company 'Jewel-Osco', aliases 'Jewel' (also in 'a key Jewel production facility') and 'Jewel Tea
 # Company' (the name the venture took in 1902, GUIDELINES, Types: former names are aliases); Albertsons and American
 # Stores -> Company; Frank Vernon Skiff (alias 'Skiff'), Frank P. Ross, John M. Hancock and Maurice H. Karker ->
 # Person; the US government and the US Navy -> Organization (a government and a navy, GUIDELINES, Types, as batch
 # 65l's Swedish Navy); the Chicago metropolitan area (a metropolitan area written as a name, as batch 66g's 'Greater
 # Boston metropolitan area'), Itasca, Illinois ('western Illinois', 'Barrington, Illinois'), Iowa ('eastern Iowa'),
 # Indiana ('northwest Indiana'), Boise ('Boise-based'), Chicago, Michigan City, Kankakee, Kewanee, South America and
 # Barrington -> Location. No entity: Osco (only inside the name 'Jewel-Osco', GUIDELINES, Types: a company named only
 # inside another name); 'WWI', 'the war' and 'the Great Depression' (events); 'coffee train' (a train of cars, no
 # name); 'several supermarket chains', 'a key Jewel production facility' (unnamed)
 entities=[E("Company", JO, "Jewel", "Jewel Tea Company"), E("Location", "Chicago metropolitan area"),
           E("Location", "Itasca"), E("Location", "Illinois"), E("Location", "Iowa"), E("Location", "Indiana"),
           E("Location", "Boise"), E("Company", "Albertsons"), E("Company", "American Stores"),
           E("Person", "Frank Vernon Skiff", "Skiff"), E("Location", "Chicago"), E("Person", "Frank P. Ross"),
           E("Location", "Michigan City"), E("Location", "Kankakee"), E("Location", "Kewanee"),
           E("Location", "South America"), E("Organization", "US government"), E("Person", "John M. Hancock"),
           E("Person", "Maurice H. Karker"), E("Organization", "US Navy"), E("Location", "Barrington")],
 # 'In 1899, Frank Vernon Skiff founded Jewel in Chicago' -> founder at Jewel-Osco (one person named alone as founding
 # it, GUIDELINES, Roles, 'Founders'), current true; 'it returned to profitability through the leadership of new
 # company officials: retired Commanders John M. Hancock and Maurice H. Karker' -> executive at Jewel-Osco for each
 # (company officials leading it: a generic senior title, GUIDELINES, Roles; doubtful: no post is named, and a reader
 # might give no role or read 'leadership' as head), current true (no leaving told; 'new' as of the 1920s).
 # Near-misses, no role: 'Skiff partnered with his brother-in-law Frank P. Ross, renaming the venture the Jewel Tea
 # Company' (a partner in the business three years after its founding, no founding word: no cofounder; doubtful: a
 # reader might give Ross cofounder as the renamed company's co-owner); 'retired Commanders ... as US Navy supply
 # officers during the war' (a rank and wartime service, told as past, with no post in the format's list: no role at
 # the US Navy; a reader might give each other at the US Navy, current false)
 roles=[R("Frank Vernon Skiff", "founder", JO), R("John M. Hancock", "executive", JO),
        R("Maurice H. Karker", "executive", JO)],
 # 'Jewel-Osco has been a wholly owned subsidiary of Boise-based Albertsons since 1999' -> parentOrganization
 # (Jewel-Osco, Albertsons); 'Prior to its 1984 acquisition by American Stores' -> acquired(American Stores,
 # Jewel-Osco) and parentOrganization (a completed purchase; ownership told as past still recorded). Near-misses, no
 # relation: how Albertsons came to own Jewel-Osco in 1999 (no purchase of Jewel or of American Stores told: no
 # acquired; a reader might add acquired(Albertsons, Jewel-Osco) or acquired(Albertsons, American Stores)); 'the US
 # government commandeered a key Jewel production facility' (a facility seized, an asset, GUIDELINES, Relations:
 # nothing); 'Skiff partnered with his brother-in-law Frank P. Ross' (two people, no partner relation between
 # organisations); 'a large multi-state holding company that operated several supermarket chains' (unnamed chains, no
 # parent links); 'coffee beans exported from South America' (a place, no supplier named)
 relations=[L(JO, "parentOrganization", "Albertsons")] + b10.acq("American Stores", JO),
 outages=[],
 # 'In 2025', 'since 1999', 'its 1984 acquisition', 'In 1899', 'In 1902', 'By 1903', 'in 1904', 'by 1915', 'by 1919',
 # 'In 1929' -> the years. No date: 'In the early 1900s' (a part of a decade), 'During WWI', 'during the war' (an
 # event), 'Within a few years' (relative, `published` null)
 dates=[D("2025", "2025"), D("1999", "1999"), D("1984", "1984"), D("1899", "1899"), D("1902", "1902"),
        D("1903", "1903"), D("1904", "1904"), D("1915", "1915"), D("1919", "1919"), D("1929", "1929")])

# ---- computers, US: Tandem Computers --------------------------------------------------------------------------------
TC = "Tandem Computers, Inc."
HPE = "Hewlett Packard Enterprise"
HP = "Hewlett-Packard"
A["wp-tandem-computers"] = dict(
 # the company -> Company 'Tandem Computers, Inc.', alias 'Tandem' (in "Tandem's"); Jimmy Treybig -> Person;
 # Cupertino and California -> Location; Compaq, Hewlett Packard Enterprise, Hewlett-Packard and HP Inc. -> Company
 # (four companies as the text names them: HP Inc. and Hewlett Packard Enterprise the two made by the split, no alias
 # of Hewlett-Packard); the NonStop systems -> Service 'NonStop' ("Tandem's NonStop systems", 'NonStop processors';
 # GUIDELINES, Types: devices users buy). No entity: 'ATM networks', 'banks', 'stock exchanges', 'telephone
 # switching centers', '911 systems' (kinds of customers and systems, no names); '"failover"', '"shared-nothing"'
 # (technical terms); the infobox's 'James Treybig' (cut with the infobox: no alias)
 entities=[E("Company", TC, "Tandem"), E("Person", "Jimmy Treybig"), E("Location", "Cupertino"),
           E("Location", "California"), E("Company", "Compaq"), E("Company", HPE), E("Company", HP),
           E("Company", "HP Inc."), E("Service", "NonStop")],
 # 'The company was founded by Jimmy Treybig in 1974' -> founder at Tandem Computers, Inc. (one person named alone as
 # founding it, GUIDELINES, Roles, 'Founders'), current true. No other person is named.
 roles=[R("Jimmy Treybig", "founder", TC)],
 # 'It remained independent until 1997, when it became a server division within Compaq' -> parentOrganization(Tandem
 # Computers, Inc., Compaq) (a division, GUIDELINES, Relations; ownership told as past still recorded); 'It is now a
 # server division within Hewlett Packard Enterprise' -> parentOrganization(Tandem Computers, Inc., Hewlett Packard
 # Enterprise); "following Hewlett-Packard's acquisition of Compaq" -> acquired(Hewlett-Packard, Compaq) and
 # parentOrganization(Compaq, Hewlett-Packard) (a completed purchase; Compaq not said to be merged away); "Tandem's
 # NonStop systems" -> provider(NonStop, Tandem Computers, Inc.). Near-misses, no relation: acquired(Compaq, Tandem
 # Computers, Inc.) ('remained independent until 1997, when it became a server division within Compaq' names no
 # purchase, only the division; as batches 60f, 65h and 66c read 'became a division of X'; doubtful: a
 # reader might take the end of independence as a purchase, as the cut infobox's 'Acquired by Compaq' says);
 # acquired(Hewlett Packard Enterprise, ...) (the division came to it through the split, no purchase); 'the split of
 # Hewlett-Packard into HP Inc. and Hewlett Packard Enterprise' (a split: no parent links from either to
 # Hewlett-Packard, and no alias; a reader might give parentOrganization(Hewlett Packard Enterprise, Hewlett-Packard)
 # or take HP Inc. as Hewlett-Packard's later name, which the text does not say); the kinds of customers ('ATM
 # networks, banks, stock exchanges') (unnamed, no partner)
 relations=[L(TC, "parentOrganization", "Compaq"), L(TC, "parentOrganization", HPE)] + b10.acq(HP, "Compaq") +
           [L("NonStop", "provider", TC)],
 outages=[],
 # 'in 1974', 'until 1997' -> the years. No date: 'now' (`published` null)
 dates=[D("1974", "1974"), D("1997", "1997")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

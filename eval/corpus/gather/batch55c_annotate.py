#!/usr/bin/env python3
"""Gold for batch 55c (session 54, gatherer 55c: three Justice Department Office of Public Affairs releases on
cartel cases -- Woo Jin Yang, 'Senior Sales Manager' ('An executive of Korean-based Hitachi-LG Data Storage Inc.
(HLDS)'), agreeing to plead guilty to rigging bids for optical disk drives sold to Hewlett-Packard Co. (HP), HLDS 'a
joint venture between Hitachi Ltd ... and LG Electronics Inc.', with Acting Assistant Attorney General Joseph Wayland
quoted (30 April 2012); Maria Christina 'Meta' Ullings, 'the former senior vice president of cargo sales and marketing
for Martinair N.V. (Martinair Cargo)', extradited from Italy and pleading guilty in the air cargo price-fixing
conspiracy, with Assistant Attorney General Makan Delrahim and Special Agent in Charge Chris Hacker of the FBI's
Atlanta Field Office quoted (23 January 2020); Daniel William Aston, 'a director and part owner of' Trod Ltd. ('doing
business as Buy 4 Less, Buy For Less, and Buy-For-Less-Online'), indicted with his company for fixing the prices of
posters sold through Amazon Marketplace, with Assistant Attorney General Bill Baer quoted (4 December 2015)), written
from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54zv; GUIDELINES section 2): the Department of Justice an
Organization under the name the text gives ('Department of Justice' in the 2012 and 2020 texts, "the Justice
Department's" only in the 2015 text -> 'Justice Department'); "the department's / the division's ongoing
investigation", 'The division will' (lower case) -> generic, nothing; "the (Justice) Department's Antitrust Division"
-> parentOrganization(Antitrust Division, Department) (51l, 51x, 54n, 54za, 54zo, 54zv); '(Acting) Assistant Attorney
General <name> (in charge) of the ... Antitrust Division' -> head of the Division, current (an acting head is head:
43q and the lane's earlier rounds); 'Special Agent in Charge <name> of the FBI's <City> Field Office' -> the office
folded into the FBI (an Organization named 'FBI'), executive at the FBI, the office's city a Location (41p, 54zo); a
court named in full ('U.S. District Court for the Northern District of California / Georgia', 'the Court of Appeals
of Palermo') -> one Organization as printed, the state or city inside it not separately (54zo), the court's city ('...
in San Francisco') a Location; 'U.S.' standing alone ('a U.S. prison', 'U.S. consumers') -> the United States, named
'U.S.' where the text never spells it out (2012) and an alias of 'United States' where it does (2015) (54zo), never
when inside a court's name; 'U.K.' -> a Location as printed; a company's parenthesised short form ('(HLDS)', '(HP)',
'(Martinair Cargo)') -> alias; 'also known as <name>' -> alias; a nickname in quotation marks inside a full name ->
the name as printed, quotation marks and all (the corpus's 'Donald G. "Donnie" Mantle', 'Humberto "Beto" Lopez');
'doing business as <names>' -> the trade names aliases of the company (a business's other names); a person's surname
alone -> alias; 'a joint venture between X and Y' -> parentOrganization(venture, X), parentOrganization(venture, Y) and
partner(X, Y) as written (the corpus's Kotak and VMED O2 rounds); products sold to a named buyer ('optical disk drives
sold to Hewlett-Packard Co.') -> no partner (53zo, 54d); 'senior sales manager' -> executive ('manager' -> executive,
GUIDELINES section 2); 'senior vice president' -> vice-president; 'a director and part owner of X' -> director at X
('part owner' has no title of the list); demonyms and adjectives ('Korean-based', 'Japanese', 'Dutch', 'Italian',
'American') -> nothing; laws (the Sherman Act), products (optical disk drives, posters, air cargo), fines and sentences
-> nothing; 'today' and "Today's" -> one item with the surface the text has ('today' where both occur, 'Today' where
only "Today's" does); 'yesterday' -> the day before `published`; 'between / from <month year> and / to <month year>'
-> the two months each; 'Jan. 13' with no year -> the year of `published`.
usage: batch55c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ATR = "Antitrust Division"
FBI = "FBI"
A = {}

# ---- Hitachi-LG Data Storage Inc.'s Woo Jin Yang, optical disk drives, published 2012-04-30 (a Monday) -------------
HL = "Hitachi-LG Data Storage Inc."
DOJ = "Department of Justice"
WY = "Woo Jin Yang"
HI = "Hitachi Ltd"
LG = "LG Electronics Inc."
A["us-doj-opa-hitachi-lg-data-storage-senior-sales-manager-yang-optical-disk-drives-bid-rigging-plea-2012"] = dict(
 # Companies: Hitachi-LG Data Storage Inc. ('(HLDS)' -> alias 'HLDS', twice more on its own), Hewlett-Packard Co.
 # ('(HP)' -> alias 'HP'), Hitachi Ltd (so written, no full stop), LG Electronics Inc. Organizations: Department of
 # Justice ('the Department of Justice announced today', "the Department of Justice's Antitrust Division"; "the
 # department's ongoing investigation" -> generic), U.S. District Court for the Northern District of California (as
 # printed), Antitrust Division ("the Antitrust Division's commitment", "the Department of Justice's Antitrust
 # Division"; 'The division will continue' -> generic). Persons: Woo Jin Yang ('also known as Eugene Yang' -> alias
 # 'Eugene Yang'; 'Yang' three times -> alias), Joseph Wayland. Locations: U.S. ('a U.S. prison': the text never
 # writes 'United States', so the name is 'U.S.' -- **doubtful** as every bare 'U.S.' is; the court's 'U.S.' not
 # counted), San Francisco (the court's city), Republic of Korea ('a Republic of Korea corporation').
 # Not annotated: 'Korean-based' (a demonym: no 'Korea' surface; the place is annotated from 'Republic of Korea' --
 # **near-miss**, a reader may give it as an alias), California on its own (inside the court's name), 'Japanese',
 # 'American' (adjectives), optical disk drives (a product), 'others' (unnamed co-conspirators)
 entities=[E("Company", HL, "HLDS"),
           E("Location", "U.S."),
           E("Organization", DOJ),
           E("Organization", "U.S. District Court for the Northern District of California"),
           E("Location", "San Francisco"),
           E("Person", WY, "Eugene Yang", "Yang"),
           E("Company", "Hewlett-Packard Co.", "HP"),
           E("Company", HI),
           E("Company", LG),
           E("Location", "Republic of Korea"),
           E("Organization", ATR),
           E("Person", "Joseph Wayland")],
 # 'An executive of Korean-based Hitachi-LG Data Storage Inc. (HLDS)' and 'Senior Sales Manager Woo Jin Yang' ->
 # executive at Hitachi-LG Data Storage Inc., current true (the lead calls him 'An executive of' HLDS in the present,
 # no word of his leaving; 'manager' -> executive, as 54zo's general manager). 'Acting Assistant Attorney General Joseph
 # Wayland in charge of the Department of Justice's Antitrust Division' -> head of the Antitrust Division, current
 # (acting: head, as the lane's earlier acting heads)
 roles=[R(WY, "executive", HL), R("Joseph Wayland", "head", ATR)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # 'HLDS is a joint venture between Hitachi Ltd, a Japanese corporation, and LG Electronics Inc., a Republic of Korea
 # corporation' -> parentOrganization(HLDS, Hitachi Ltd), parentOrganization(HLDS, LG Electronics Inc.) and
 # partner(Hitachi Ltd, LG Electronics Inc.) (**doubtful**: the corpus has given a named joint venture of two named
 # owners both as the owners' partner pair alone (16e's An Post and Camelot, no parentOrganization from Premier
 # Lotteries Ireland) and as partner plus parentOrganization to each owner (the Kotak and VMED O2 rounds); the later
 # form is followed -- a reader may give only the partner pair). Near-misses: HLDS and
 # Hewlett-Packard Co. ('rigging bids for optical disk drives sold to Hewlett-Packard Co.' -- the bids were rigged for
 # HP's purchases, but the text states no contract or supply tie between HLDS and HP: no partner, as 53zo's Miller
 # Brewing and 54d's Rittenhouse); HLDS and 'others' (co-conspirators, unnamed); the Antitrust Division and the court
 relations=[L(ATR, "parentOrganization", DOJ), L(HL, "parentOrganization", HI), L(HL, "parentOrganization", LG),
            L(HI, "partner", LG)],
 outages=[],
 # 'announced today', 'filed today', "Today's charges" -> one item 'today' 2012-04-30 (`published` from International
 # Trade Today's report: see the pool notes); 'between approximately August 2006 and June 2009' -> 'August 2006'
 # 2006-08 and 'June 2009' 2009-06. Not dates: 'six months' (a prison term), '$25,000' (a fine)
 dates=[D("today", "2012-04-30"), D("August 2006", "2006-08"), D("June 2009", "2009-06")])

# ---- Martinair N.V.'s Maria Christina 'Meta' Ullings, air cargo, published 2020-01-23 (a Thursday) -----------------
MA = "Martinair N.V."
MU = "Maria Christina \u201cMeta\u201d Ullings"
MD = "Makan Delrahim"
CH = "Chris Hacker"
A["us-doj-opa-martinair-former-senior-vice-president-ullings-air-cargo-price-fixing-extradited-plea-2020"] = dict(
 # Company: Martinair N.V. ('(Martinair Cargo)' -> alias 'Martinair Cargo': the text gives it as the company's short
 # form in brackets -- **doubtful**, a reader may take 'Martinair Cargo' for the cargo arm, a unit of Martinair N.V.;
 # no second entity is made). Organizations: Department of Justice ('the Department of Justice announced', "the
 # Department of Justice's Antitrust Division"), Court of Appeals of Palermo (a court, as printed; Palermo inside its
 # name not separately, as the U.S. courts' states), U.S. District Court for the Northern District of Georgia (as
 # printed), Antitrust Division (twice more: "the Antitrust Division's commitment", 'The Antitrust Division and its
 # partners'), FBI ("the FBI's Atlanta Field Office"; the field office folded in). Persons: Maria Christina "Meta"
 # Ullings (the name as printed, with the nickname in its curly quotation marks; 'Ullings' five times and "Ullings'"
 # -> alias 'Ullings'), Makan Delrahim, Chris Hacker. Locations: Sicily ('while visiting Sicily'), Atlanta ('arrived in
 # Atlanta'; also the field office's city).
 # Not annotated: 'Dutch', 'Italian' ('Italian authorities', 'the Italian courts', 'the Italian government': adjectives
 # -- no 'Italy' or 'Netherlands' surface in the text; **near-miss**: a reader may add Italy from 'the Italian
 # government'), 'American' (adjective), 'its partners' (unnamed), Georgia and Palermo on their own (inside courts'
 # names), air cargo (a service sold, not a named Service)
 entities=[E("Person", MU, "Ullings"),
           E("Company", MA, "Martinair Cargo"),
           E("Organization", DOJ),
           E("Location", "Sicily"),
           E("Organization", "Court of Appeals of Palermo"),
           E("Location", "Atlanta"),
           E("Organization", "U.S. District Court for the Northern District of Georgia"),
           E("Organization", ATR),
           E("Person", MD),
           E("Person", CH),
           E("Organization", FBI)],
 # 'the former senior vice president of cargo sales and marketing for Martinair N.V.' -> vice-president at Martinair
 # N.V., current false ('former'; senior vice president -> vice-president, GUIDELINES section 2). 'Assistant Attorney
 # General Makan Delrahim of the Department of Justice's Antitrust Division' -> head of the Antitrust Division.
 # 'Special Agent in Charge Chris Hacker of the FBI's Atlanta Field Office' -> executive at the FBI (54zo's Vogt, 54zv's
 # Buie; a reader may give head of an 'Atlanta Field Office' entity)
 roles=[R(MU, "vice-president", MA, False), R(MD, "head", ATR), R(CH, "executive", FBI)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: the FBI under the Department (not stated); 'The Antitrust Division and its partners' (unnamed: no
 # partner); Martinair Cargo as a unit of Martinair N.V. (taken as an alias: see above); Martinair and the other
 # carriers of the 'price-fixing cartels' (unnamed in the kept text)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'in July 2019' -> 2019-07; 'on Jan. 10, 2020' -> 2020-01-10; 'on Jan. 13' (no year; the year of `published`, the
 # sentence running on from 'Jan. 10, 2020') -> 2020-01-13; "Today's guilty plea" -> 'Today' 2020-01-23 (`published`
 # from the court's opinion: see the pool notes). Not dates: 'almost 10 years' (a span), '14 months' (a sentence)
 dates=[D("July 2019", "2019-07"), D("Jan. 10, 2020", "2020-01-10"), D("Jan. 13", "2020-01-13"),
        D("Today", "2020-01-23")])

# ---- Trod Ltd.'s Daniel William Aston, posters on Amazon Marketplace, published 2015-12-04 (a Friday) ---------------
TR = "Trod Ltd."
DA = "Daniel William Aston"
JD = "Justice Department"
A["us-doj-opa-trod-ltd-director-aston-online-wall-posters-amazon-marketplace-price-fixing-indictment-2015"] = dict(
 # Company: Trod Ltd. ('his company, Trod Ltd. (doing business as Buy 4 Less, Buy For Less, and Buy-For-Less-Online)'
 # -> the three trade names aliases, **doubtful**: a reader may take the trade names for the shop fronts, Services,
 # or leave them out; 'part owner of Trod' -> alias 'Trod'; "Trod Ltd.'s headquarters" -> the name). Service: Amazon
 # Marketplace (an online platform users buy through, twice). Organizations: U.S. District Court for the Northern
 # District of California (as printed), FBI ('U.K. law enforcement and the FBI'), Justice Department ("the Justice
 # Department's Antitrust Division": the only form in the text), Antitrust Division. Persons: Daniel William Aston
 # ('Aston' four times, "Aston's" -> alias 'Aston'), Bill Baer. Locations: San Francisco (the court's city), U.K. ('a
 # U.K. company', 'U.K. law enforcement', 'West Midlands, U.K.'), Birmingham, England (twice), West Midlands,
 # United States ('sold in the United States'; 'U.S. consumers' -> alias 'U.S.', as 54zo's bare 'U.S.'), California
 # ('an office in California'; the court's 'California' not counted apart).
 # Not annotated: Amazon (only inside 'Amazon Marketplace', no company of its own in the text: **near-miss**, no
 # provider relation can be drawn), 'U.K. law enforcement' (generic), 'co-conspirators', 'online shoppers',
 # 'consumers' (unnamed), the Sherman Act (a law), posters and 'poster art' (products), 'pricing algorithms' (no name)
 entities=[E("Organization", "U.S. District Court for the Northern District of California"),
           E("Location", "San Francisco"),
           E("Person", DA, "Aston"),
           E("Company", TR, "Buy 4 Less", "Buy For Less", "Buy-For-Less-Online", "Trod"),
           E("Location", "U.K."),
           E("Location", "Birmingham"),
           E("Location", "England"),
           E("Service", "Amazon Marketplace"),
           E("Organization", FBI),
           E("Location", "West Midlands"),
           E("Location", "United States", "U.S."),
           E("Person", "Bill Baer"),
           E("Organization", JD),
           E("Organization", ATR),
           E("Location", "California")],
 # 'Aston, a director and part owner of Trod' -> director at Trod Ltd., current true (present in the 2015 charge;
 # 'part owner' and 'This company and its owner' give no title of the list: **near-miss**, a reader may add founder
 # or executive -- the text does not say he founded it). 'Assistant Attorney General Bill Baer of the Justice
 # Department's Antitrust Division' -> head of the Antitrust Division
 roles=[R(DA, "director", TR), R("Bill Baer", "head", ATR)],
 # "the Justice Department's Antitrust Division" -> parentOrganization(Antitrust Division, Justice Department).
 # Near-misses: provider(Amazon Marketplace, Amazon) (no Amazon entity in the text); Trod Ltd. as a seller on Amazon
 # Marketplace (a seller's use of a platform is no partner relation between two named organisations); the FBI and U.K.
 # law enforcement's joint searches (unnamed body); Trod Ltd. and its co-conspirators (unnamed)
 relations=[L(ATR, "parentOrganization", JD)],
 outages=[],
 # 'was unsealed yesterday' -> 'yesterday' 2015-12-03 (the day before the release's date line, 4 December 2015);
 # "Today's announcement" -> 'Today' 2015-12-04; 'from as early as September 2013 to in or about January 2014' ->
 # 'September 2013' 2013-09 and 'January 2014' 2014-01. Not dates: '10 years' (a maximum sentence), '$1 million'
 dates=[D("yesterday", "2015-12-03"), D("Today", "2015-12-04"), D("September 2013", "2013-09"),
        D("January 2014", "2014-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

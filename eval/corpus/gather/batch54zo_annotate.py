#!/usr/bin/env python3
"""Gold for batch 54zo (session 55, gatherer 54zo: two Justice Department Office of Public Affairs releases on
international cartels -- Toru Otoda, 'a general manager in K-Line's car carrier division' ('An executive of Japan-based
Kawasaki Kisen Kaisha Ltd. (K-Line)'), pleading guilty and sentenced to 18 months for fixing prices of roll-on,
roll-off ocean shipping, charged in the U.S. District Court of the District of Maryland in Baltimore, with Assistant
Attorney General Bill Baer and Special Agent in Charge Steve Vogt of the FBI's Baltimore Field Office quoted (26 March
2015); Tokuo Tatai, 'an executive of Japan-based capacitor manufacturer Elna Co. Ltd.', pleading guilty in the
electrolytic capacitors conspiracy, indicted in the U.S. District Court of the Northern District of California, with
Assistant Attorney General Makan Delrahim quoted (27 June 2018)), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54za; GUIDELINES section 2): the Department of Justice an
Organization ('the Justice Department's' -> alias; 'the division's ongoing investigation' -> nothing); a court named
in full ('U.S. District Court of the District of Maryland', '... of the Northern District of California') -> one
Organization as printed, the state inside it not separately (54za's Eastern District of Michigan); the court's city
('... in Baltimore') -> a Location; '<Place>-based' ('Japan-based', twice) -> the place a Location (54h, 54t, 54za);
'the Port of Baltimore' -> a Location (the corpus's Port of Durban, Port of Valdez); an executive's surname alone ->
alias; a company's parenthesised short form ('(K-Line)', "K-Line's" without its possessive) -> alias; 'An executive
of X', 'an executive of ... X' -> executive at X (54za's 'an executive with X'); 'Assistant Attorney General <name>
of the (Justice) Department's Antitrust Division' -> head of the Antitrust Division, current, and
parentOrganization(Antitrust Division, Department of Justice) (51l, 51x, 54n, 54za); 'Special Agent in Charge <name>
of the FBI's Baltimore Field Office' -> the field office folded into the FBI (an Organization named 'FBI' as the text
writes it), executive at the FBI, the office's city a Location (41p, 41x: a reader may give head of the field office);
'the Antitrust Division's San Francisco Office' -> folded into the Antitrust Division, San Francisco a Location;
'U.S.' standing alone ('a U.S. prison') -> alias of United States, not when inside a court's name; 'American'
(adjective), unnamed co-conspirators, 'customers', 'Eight companies and 10 individuals' -> nothing; products (roll-on,
roll-off cargo, electrolytic capacitors), fines, sentences ('18 months', 'a year and a day') -> nothing; 'today' and
"Today's" -> one item 'today'; 'from <month> until/to <month>' -> the two months each.
usage: batch54zo_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zo/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
US = "United States"
FBI = "FBI"
A = {}

# ---- Toru Otoda (K-Line), roll-on, roll-off ocean shipping, published 2015-03-26 (a Thursday) ----------------------
KL = "Kawasaki Kisen Kaisha Ltd."
TO = "Toru Otoda"
BB = "Bill Baer"
SV = "Steve Vogt"
A["us-doj-opa-kawasaki-kisen-kaisha-k-line-general-manager-otoda-roll-on-roll-off-ocean-shipping-plea-2015"] = dict(
 # Company: Kawasaki Kisen Kaisha Ltd. ('(K-Line)', "K-Line's car carrier division" -> alias 'K-Line').
 # Organizations: Department of Justice ('the Department of Justice announced today', "the Department of Justice's
 # Antitrust Division"), U.S. District Court of the District of Maryland (as printed), Antitrust Division, FBI ("the
 # FBI's Baltimore Field Office"; the field office folded in). Persons: Toru Otoda ('Otoda'), Bill Baer, Steve Vogt.
 # Locations: Japan ('Japan-based'), United States ('the United States' twice; 'a U.S. prison' -> alias 'U.S.'),
 # Baltimore ('... of Maryland in Baltimore'; also the field office's city), Port of Baltimore.
 # Not annotated: Maryland on its own (inside the court's name), "K-Line's car carrier division" (a lower-case unit,
 # no name: **near-miss**, a reader may make it a unit of K-Line), 'the executives who conspired and the companies that
 # employed them' (unnamed), roll-on, roll-off cargo (a kind of cargo, not a Service)
 entities=[E("Location", "Japan"),
           E("Company", KL, "K-Line"),
           E("Location", US, "U.S."),
           E("Organization", DOJ),
           E("Organization", "U.S. District Court of the District of Maryland"),
           E("Location", "Baltimore"),
           E("Person", TO, "Otoda"),
           E("Location", "Port of Baltimore"),
           E("Person", BB),
           E("Organization", ATR),
           E("Person", SV),
           E("Organization", FBI)],
 # 'An executive of Japan-based Kawasaki Kisen Kaisha Ltd. (K-Line) pleaded guilty today' and 'Toru Otoda, who was a
 # general manager in K-Line's car carrier division' -> executive at Kawasaki Kisen Kaisha Ltd. (a general manager is
 # no title of the list: 'executive', as 54za's 'an executive with X'), current true (**doubtful**: the lead sentence
 # calls him 'An executive of' K-Line in the present; 'who was a general manager' is past and the corpus's SEC rounds
 # read 'who was' as current false -- here it dates the post to the conduct, the text says nothing of his leaving; a
 # reader may give current false). 'Assistant Attorney General Bill Baer of the Department of Justice's Antitrust
 # Division' -> head of the Antitrust Division. 'Special Agent in Charge Steve Vogt of the FBI's Baltimore Field
 # Office' -> executive at the FBI (41p; a reader may give head of a 'Baltimore Field Office' entity).
 roles=[R(TO, "executive", KL), R(BB, "head", ATR), R(SV, "executive", FBI)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: the FBI under the Department of Justice (true, but the text does not say it); K-Line and its
 # co-conspirators or customers (unnamed: no partner)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'pleaded guilty today', 'announced today', "Today's sentence" -> one item 'today' 2015-03-26 (`published` from the
 # trade press: see the pool notes); 'on Jan. 22, 2015' -> 2015-01-22; 'from at least as early as November 2010 until
 # at least September 2012' -> 'November 2010' 2010-11 and 'September 2012' 2012-09. Not dates: '18 months' (a
 # sentence's length)
 dates=[D("today", "2015-03-26"), D("Jan. 22, 2015", "2015-01-22"), D("November 2010", "2010-11"),
        D("September 2012", "2012-09")])

# ---- Tokuo Tatai (Elna Co. Ltd.), electrolytic capacitors, published 2018-06-27 (a Wednesday) ----------------------
EL = "Elna Co. Ltd."
TT = "Tokuo Tatai"
MD = "Makan Delrahim"
A["us-doj-opa-elna-executive-tatai-electrolytic-capacitors-price-fixing-conspiracy-plea-2018"] = dict(
 # Company: Elna Co. Ltd. (once, in full). Organizations: Department of Justice ('the Department of Justice announced
 # today'; "the Justice Department's Antitrust Division" -> alias 'Justice Department'), U.S. District Court of the
 # Northern District of California (as printed), Antitrust Division ("the Antitrust Division's ongoing
 # investigation", 'The Antitrust Division will hold', "the Antitrust Division's San Francisco Office"; "the
 # division's ongoing investigation" -> generic, nothing), FBI ("the FBI's San Francisco Field Office"; the field
 # office folded in). Persons: Tokuo Tatai ('Tatai' three times), Makan Delrahim. Locations: Japan ('Japan-based'),
 # United States ('in the United States'), San Francisco (the two offices' city).
 # Not annotated: California on its own (inside the court's name), 'American consumers' (adjective), 'customers',
 # 'foreign nationals', 'Eight companies and 10 individuals' (unnamed), electrolytic capacitors (a product)
 entities=[E("Person", TT, "Tatai"),
           E("Location", "Japan"),
           E("Company", EL),
           E("Location", US),
           E("Organization", DOJ, "Justice Department"),
           E("Organization", "U.S. District Court of the Northern District of California"),
           E("Organization", ATR),
           E("Person", MD),
           E("Location", "San Francisco"),
           E("Organization", FBI)],
 # 'Tokuo Tatai, an executive of Japan-based capacitor manufacturer Elna Co. Ltd.' -> executive at Elna Co. Ltd.,
 # current (present tense; no word of leaving, though he has pleaded guilty and agreed to a prison term: **doubtful**
 # only as every charged executive's post is). 'Assistant Attorney General Makan Delrahim of the Justice Department's
 # Antitrust Division' -> head of the Antitrust Division. Near-misses: no one is named for the Division's San
 # Francisco Office or the FBI's San Francisco Field Office
 roles=[R(TT, "executive", EL), R(MD, "head", ATR)],
 # "the Justice Department's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice).
 # Near-misses: the Antitrust Division's San Francisco Office and the FBI's San Francisco Field Office as units
 # (folded into their bodies, no relation of their own); the FBI under the Department (not stated); Elna and
 # 'customers' (unnamed: no partner)
 relations=[L(ATR, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today', "Today's charges" -> one item 'today' 2018-06-27; 'A December 2016 indictment' -> 2016-12; 'from
 # January 2009 to January 2012' -> 'January 2009' 2009-01 and 'January 2012' 2012-01. Not dates: 'a year and a day'
 # (a prison term), 'everyday' (an adjective)
 dates=[D("today", "2018-06-27"), D("December 2016", "2016-12"), D("January 2009", "2009-01"),
        D("January 2012", "2012-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 44e gold annotations (the texts of batch44e.py: the Antitrust Division's Federal Register notices on the
proposed acquisition of American Radio Systems Corporation by CBS Corporation, 13 April 1998, on Interstate Bakeries
Corp.'s agreed acquisition of Continental Baking Co., 7 August 1995, and on the public comment on Signature Flight
Support Corporation's proposed acquisition of AMR Combs, Inc., 6 July 1999; the Department's release on the
Westinghouse Electric / Infinity Broadcasting settlement, 12 November 1996), written from the texts alone; newskg was
not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v and
44a for the Division's texts; GUIDELINES section 2): 'the proposed acquisition of Y by X' / 'X agreed to acquire Y' /
"X's proposed acquisition of Y", challenged and settled on a proposed Final Judgment -> agreed: `acquired` only
(42w-44a); a merger that does not say who buys whom, and a buy of unnamed stations -> nothing; "the Department's
Antitrust Division" after 'The Department of Justice' -> the Division under the Department (43q); 'Joel I. Klein,
Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the Division (acting:
43c's Garza, 40zi's and 41h's Hesse); the dateline 'WASHINGTON, D.C.' and the court's seat 'Washington, D.C.' -> one
Location (43q's WDC); 'U.S. District Court in Washington, D.C.' -> 'U.S. District Court', the city apart (41h, 43c,
43q); 'today' resolved against `published`; the United States as plaintiff or place -> Location, without the case
name's form as an alias (43q, 43v, 44a); courts -> Organization, named as the text names them; airports ->
Location (GUIDELINES); 'the Court', 'the Department', 'Plaintiff', 'defendants', laws and court papers not annotated.
usage: batch44e_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45e/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch43q_annotate import WDC

A = {}

# ---- CBS / American Radio Systems, Federal Register notice, published 1998-04-13 (a Monday) ---------------------------
CBS = "CBS Corporation"
ARS = "American Radio Systems Corporation"
A["us-doj-federal-register-cbs-american-radio-systems-proposed-final-judgment-1998"] = dict(
 # Companies: CBS Corporation (the case name and the transaction; 'CBS', the defined name, four times, an alias),
 # American Radio Systems Corporation (the case name and the transaction; 'ARS', the defined name, twice, an alias).
 # Organization: the District of Columbia court. Locations: the United States (plaintiff: 'The United States filed';
 # 'throughout the United States'; 'United States v.' in the case name is the same entity), Boston, Massachusetts,
 # St. Louis, Missouri, Baltimore, Maryland (each city with its state: 'the Boston, Massachusetts, St. Louis, Missouri
 # and Baltimore, Maryland metropolitan areas'). Not annotated: 'numerous radio stations' (unnamed), 'the radio
 # advertising revenues', 'many advertisers', 'the Court', the laws and court papers
 entities=[E("Organization", DDC), E("Company", CBS, "CBS"), E("Company", ARS, "ARS"),
           E("Location", "United States")]
          + locs("Boston", "Massachusetts", "St. Louis", "Missouri", "Baltimore", "Maryland"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition of American Radio Systems Corporation (``ARS'') by CBS Corporation (``CBS'')', settled on
 # a proposed Final Judgment -> agreed: acquired only (42w-44a; **doubtful** as there: 'This acquisition would give
 # CBS' tells a deal not yet closed). 'CBS and ARS own and operate numerous radio stations' -> unnamed stations ->
 # nothing (**near-miss**)
 relations=[L(CBS, "acquired", ARS)],
 outages=[],
 # 'March 31, 1998' -> 1998-03-31. Not dates: 'the statutory 60-day pubic comment period' (a span), '16(b)-(h)',
 # '1:98CV00819', 'Section 7', 'Sec. 18', '40 percent'
 dates=[D("March 31, 1998", "1998-03-31")])

# ---- Interstate Bakeries / Continental Baking, Federal Register notice, published 1995-08-07 (a Monday) ---------------
IBC = "Interstate Bakeries Corp."
CBC = "Continental Baking Co."
NDI = "United States District Court for the Northern District of Illinois"
A["us-doj-federal-register-interstate-bakeries-continental-baking-proposed-final-judgment-1995"] = dict(
 # Companies: Interstate Bakeries Corp. (the case name; 'Interstate' twice, an alias), Continental Baking Co. (the
 # case name; 'Continental' twice, an alias). Organization: the court, 'the United States District Court for the
 # Northern District of Illinois, Eastern Division' -> named without ', Eastern Division' (the court's division
 # named after a comma; **doubtful**: a reader may keep the division in the name). Locations: the United States
 # (plaintiff: 'the United States filed'; 'United States v.' in the case name is the same entity), the five markets'
 # places: Chicago, Milwaukee, Illinois ('central Illinois' -> the state; **doubtful**: a reader may name the region
 # 'central Illinois' or leave it to its three cities), Springfield, Peoria, Champaign and Urbana ('Champaign/Urbana'
 # -> the two cities, each its own Location; **doubtful**: a reader may make one entity of the pair), San Diego, Los
 # Angeles. Not annotated: 'the country's' (generic), 'white pan bread' / 'plain old white bread' (a product class),
 # 'wholesale commercial bakers', 'brand names' (unnamed), 'a new competitor', 'a trustee' (unnamed), 'defendants',
 # 'the Court', the laws and court papers
 entities=[E("Organization", NDI), E("Location", "United States"),
           E("Company", IBC, "Interstate"), E("Company", CBC, "Continental")]
          + locs("Chicago", "Milwaukee", "Illinois", "Springfield", "Peoria", "Champaign", "Urbana", "San Diego",
                 "Los Angeles"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'a transaction by which Interstate agreed to acquire Continental', challenged and settled on a proposed Final
 # Judgment -> agreed: acquired only (42w-44a; **doubtful** as there: 'the proposed acquisition would substantially
 # lessen competition' tells a deal not yet closed, though the later 1999 release, batch 44a's, calls it a merger).
 # The ordered sale of 'such brand names and possibly other assets' names no brand and no buyer -> nothing
 # (**near-miss**)
 relations=[L(IBC, "acquired", CBC)],
 outages=[],
 # 'July 20, 1995' -> 1995-07-20. Not dates: 'within nine months' (a span from an untold entry date), '16(b)-(h)',
 # '95 C 4194', 'section 7'
 dates=[D("July 20, 1995", "1995-07-20")])

# ---- Signature Flight Support / AMR Combs, Federal Register notice, published 1999-07-06 (a Tuesday) ------------------
SFS = "Signature Flight Support Corporation"
AMR = "AMR Combs, Inc."
A["us-doj-federal-register-signature-flight-support-amr-combs-public-comments-1999"] = dict(
 # Companies: Signature Flight Support Corporation (the case name and the Complaint; 'Signature', the defined name,
 # twice and "Signature's", an alias), AMR Combs, Inc. ('Combs', the defined name, three times, an alias).
 # Organization: the court as this notice names it, 'the United States District Court of the District of Columbia'
 # ('of', not the usual 'for': named as written). Locations: the United States (plaintiff: 'the United States filed';
 # 'throughout the United States'; 'United States v.' in the case name is the same entity), Bradley International
 # Airport, Palm Springs Regional Airport, Denver Centennial Airport (airports -> Location, GUIDELINES; 'Denver'
 # only inside the airport's name, not its own entity). Not annotated: 'fixed based operators' / 'FBOs' (a class of
 # business), 'various airports', 'a third, independent FBO competitor' (unnamed), 'the statutory 60-day comment
 # period', the laws and court papers
 entities=[E("Organization", "United States District Court of the District of Columbia"),
           E("Location", "United States"), E("Company", SFS, "Signature"), E("Company", AMR, "Combs")]
          + locs("Bradley International Airport", "Palm Springs Regional Airport", "Denver Centennial Airport"),
 # No person in the kept text (the signer is cut off)
 roles=[],
 # "Signature Flight Support Corporation's (``Signature'') proposed acquisition of AMR Combs, Inc., (``Combs'')",
 # challenged and settled (a proposed Final Judgment drew the public comment) -> agreed: acquired only (42w-44a;
 # 44a's Signature/International Aviation; **doubtful** as there: 'would have eliminated' reads as a deal stopped or
 # changed, and the text does not say it closed). 'AMR' in the name: no parent is stated -> nothing. The airports
 # take no relation (GUIDELINES)
 relations=[L(SFS, "acquired", AMR)],
 outages=[],
 # 'March 1, 1999' -> 1999-03-01. Not dates: 'the statutory 60-day comment period' (a span), '16(b)-(h)',
 # '9900537 (RCL)', 'section 7'
 dates=[D("March 1, 1999", "1999-03-01")])

# ---- Westinghouse / Infinity, Office of Public Affairs release, published 1996-11-12 (a Tuesday) ----------------------
WEC = "Westinghouse Electric"
INF = "Infinity Broadcasting"
A["us-doj-westinghouse-infinity-divest-radio-stations-boston-philadelphia-1996"] = dict(
 # Companies: Westinghouse Electric ('Westinghouse' four times, "Westinghouse's", an alias; 'Pittsburgh-based
 # Westinghouse'), Infinity Broadcasting ('Infinity' twice, an alias; 'New York-based Infinity'; in 'Infinity
 # stations' an adjective of the same company). Organizations: the Department of Justice ('the Department' and "The
 # Department's" generic), the Antitrust Division ("The Department's Antitrust Division", "the Department's Antitrust
 # Division"), the court ('U.S. District Court in Washington, D.C.' -> 'U.S. District Court', the city apart, 43c,
 # 43q; 'the court' generic). Person: Joel I. Klein (only the full name in the kept text). Locations: Washington,
 # D.C. (the dateline 'WASHINGTON, D.C.', an alias, and the court's seat: 43q's WDC), Philadelphia and Boston (twice
 # each), Pittsburgh ('Pittsburgh-based'), New York ('New York-based'; the city, the text does not say, a reader may
 # take the state). Not annotated: 'the nation's largest radio group' / 'The new group' (the combined company, not
 # named), '77 stations in 13 major markets' and 'a radio station in both Philadelphia and Boston' (unnamed), 'the
 # radio industry', 'radio advertisers', the suit and the settlement (court papers)
 entities=[WDC, E("Organization", DOJ), E("Company", WEC, "Westinghouse"), E("Company", INF, "Infinity"),
           E("Organization", ATR), E("Organization", "U.S. District Court"), E("Person", "Joel I. Klein")]
          + locs("Philadelphia", "Boston", "Pittsburgh", "New York"),
 # 'Joel I. Klein, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (acting: 43c, 41h)
 roles=[R("Joel I. Klein", "head", ATR)],
 # "The Department's Antitrust Division" after 'The Department of Justice' -> the Division under the Department (43q).
 # 'a settlement with Westinghouse Electric and Infinity Broadcasting allowing the two companies to form the nation's
 # largest radio group' and 'to block the merger of Pittsburgh-based Westinghouse and New York-based Infinity' -> a
 # merger that does not say who buys whom -> nothing (**near-miss**, GUIDELINES; the Division's notice on the same
 # suit says 'the proposed acquisition of the Infinity Broadcasting Corporation ... by the Westinghouse Electric
 # Corporation', not in this text). "Westinghouse's acquisition of Infinity stations in Philadelphia and Boston" ->
 # a buy of unnamed stations (assets) -> nothing (**near-miss**; **doubtful**: a reader may take it as Westinghouse
 # buying Infinity and give acquired)
 relations=[ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 1996-11-12, one item. Not dates: '77 stations in 13 major markets', '40 percent'
 dates=[D("today", "1996-11-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Gold for batch 55m (session 54, gatherer 55m: two Justice Department Office of Public Affairs releases on cartel
cases -- Clarkston-based F. Allied Construction Company Inc. ('(Allied)') and 'its president, Andrew Foster', pleading
guilty to two conspiracies to rig bids for asphalt paving services contracts in Michigan, with Deputy Assistant
Attorney General Manish Kumar and Special Agent in Charge Andrea M. Kropf of the Department of Transportation Office of
the Inspector General (DOT-OIG) quoted (29 August 2023); Tri-State Ready Mix Inc. of Rock Valley, Iowa, pleading
guilty to fixing ready-mix concrete prices with GCC Alliance Concrete Inc., 'through its president, Chad Van Zee', who
reached agreements 'with Steven VandeBrake of GCC Alliance Concrete' (20 June 2011, the release as the FBI's Omaha
pages carry it)), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the
sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-55c; GUIDELINES section 2): the Department of Justice an
Organization under the name the text gives ('Justice Department' in the 2023 text, only "the Justice Department's";
'Department of Justice' in the 2011 text); 'the division will', 'The department said' (lower case) -> generic,
nothing; "the Justice Department's Antitrust Division" -> parentOrganization(Antitrust Division, Justice Department)
(51l-55c); 'Deputy Assistant Attorney General <name> of the ... Antitrust Division' -> other at the Division (the
lane's deputy assistant attorneys general: 16e's McDonald, the AU Optronics round's Hammond; not head: the Division has
an Assistant Attorney General over them); 'Special Agent in Charge <name> of <office>' -> executive at the office named
(55c's Hacker, 54zo's Vogt); 'U.S. District Court in <city>' -> one Organization 'U.S. District Court' and the city a
Location (51t-53u; 55c gave courts named with their district in full as printed -- neither text here names a
district in the court's name); 'X-based' with a place's name -> Location X (the lane's rule: 53f, the 'New
Orleans-based' and 'Massachusetts-based' rounds); a place written as a modifier of a company ('A Michigan company',
'An Iowa ready-mix concrete company') -> the state, which each text also writes as a place, a Location; a company's
parenthesised short form ('(Allied)') and its name without 'Inc.' ('Tri-State Ready Mix', 'GCC Alliance Concrete') ->
aliases; a person's surname alone -> alias; 'its president, <name>' -> president at the company, current (present
tense, no 'former'); '<name> of <company>' with no post -> no role; co-conspirators in a price-fixing or bid-rigging
conspiracy -> no partner (a cartel is no partnership, supply or customer relation: 53zo, 54d, 55c); products
(ready-mix concrete, asphalt paving services), laws and penalties -> nothing; 'today' -> the date of `published`;
'from <month year> through <month year>' / 'beginning ... <month year> and continuing until ... <month year>' -> the
two months each.
usage: batch55m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ATR = "Antitrust Division"
CT = "U.S. District Court"
A = {}

# ---- F. Allied Construction Company Inc.'s president Andrew Foster, Michigan asphalt paving, published 2023-08-29 --
AL = "F. Allied Construction Company Inc."
AF = "Andrew Foster"
MK = "Manish Kumar"
AK = "Andrea M. Kropf"
JD = "Justice Department"
OIG = "Department of Transportation Office of the Inspector General"
A["us-doj-opa-f-allied-construction-president-foster-michigan-asphalt-paving-bid-rigging-plea-2023"] = dict(
 # Company: F. Allied Construction Company Inc. ('(Allied)' -> alias 'Allied', twice more on its own). Organizations:
 # U.S. District Court ('the U.S. District Court in Detroit'), Justice Department ("the Justice Department's Antitrust
 # Division": the only form in the text), Antitrust Division, Department of Transportation Office of the Inspector
 # General ('(DOT-OIG)' -> alias; one Organization as printed -- **doubtful**: a reader may add the Department of
 # Transportation as its parent, but the text never names that department on its own). Persons: Andrew Foster
 # ('Foster' once more -> alias), Manish Kumar, Andrea M. Kropf. Locations: Michigan ('A Michigan company', 'contracts
 # in Michigan'), Detroit (the court's city), Clarkston ('Clarkston-based': the X-based rule).
 # Not annotated: 'two asphalt paving companies and their employees', 'the co-conspirators', 'customers' (unnamed),
 # 'Americans' (a demonym), 'Midwestern Region' (the DOT-OIG's regional office, not a place's name -- **near-miss**: a
 # reader may give a Location 'Midwestern Region' or a unit of the DOT-OIG), 'the division' (lower case, generic),
 # asphalt paving services (the contracts' work, no named Service), the transportation infrastructure sector
 entities=[E("Location", "Michigan"),
           E("Organization", CT),
           E("Location", "Detroit"),
           E("Location", "Clarkston"),
           E("Company", AL, "Allied"),
           E("Person", AF, "Foster"),
           E("Person", MK),
           E("Organization", JD),
           E("Organization", ATR),
           E("Person", AK),
           E("Organization", OIG, "DOT-OIG")],
 # 'F. Allied Construction Company Inc. (Allied) and its president, Andrew Foster' (and 'A Michigan company and its
 # president') -> president at F. Allied Construction Company Inc., current true (no 'former' in the text; later
 # reports call him its former president -- not in this text). 'Deputy Assistant Attorney General Manish Kumar of the
 # Justice Department's Antitrust Division' -> other at the Antitrust Division (a deputy, not the head: the lane's
 # reading; a reader may give executive). 'Special Agent in Charge Andrea M. Kropf of the Department of
 # Transportation Office of the Inspector General (DOT-OIG), Midwestern Region' -> executive at the DOT-OIG (she
 # leads its Midwestern Region, not the office: **doubtful**, a reader may give head)
 roles=[R(AF, "president", AL), R(MK, "other", ATR), R(AK, "executive", OIG)],
 # "the Justice Department's Antitrust Division" -> parentOrganization(Antitrust Division, Justice Department).
 # Near-misses: Allied and 'two asphalt paving companies' (co-conspirators, unnamed in this text: no partner even if
 # named); the DOT-OIG under a Department of Transportation (not named alone); 'our law enforcement partners' and 'our
 # law enforcement and prosecutorial partners' (unnamed: no partner between the Division and the DOT-OIG)
 relations=[L(ATR, "parentOrganization", JD)],
 outages=[],
 # 'pleaded guilty today' -> 'today' 2023-08-29 (`published` from the Clarkston News, the DOT-OIG notice and the
 # Division's later release: see the pool notes); 'from June 2013 through June 2019, and from July 2017 through May
 # 2021' -> 'June 2013' 2013-06, 'June 2019' 2019-06, 'July 2017' 2017-07, 'May 2021' 2021-05. Not dates: 'two
 # separate conspiracies', 'two asphalt paving companies' (counts)
 dates=[D("today", "2023-08-29"), D("June 2013", "2013-06"), D("June 2019", "2019-06"), D("July 2017", "2017-07"),
        D("May 2021", "2021-05")])

# ---- Tri-State Ready Mix Inc.'s president Chad Van Zee, Iowa ready-mix concrete, published 2011-06-20 (a Monday) ---
TS = "Tri-State Ready Mix Inc."
GA = "GCC Alliance Concrete Inc."
CV = "Chad Van Zee"
SV = "Steven VandeBrake"
A["us-doj-opa-tri-state-ready-mix-president-van-zee-iowa-ready-mix-concrete-price-fixing-plea-2011"] = dict(
 # Companies: Tri-State Ready Mix Inc. ('Tri-State Ready Mix' twice more -> alias), GCC Alliance Concrete Inc. ('GCC
 # Alliance Concrete' once more -> alias). Organizations: Department of Justice ('the Department of Justice announced
 # today'; 'The department said', 'the department said' -> generic), U.S. District Court ('U.S. District Court in Sioux
 # City, Iowa'). Persons: Chad Van Zee (never by surname alone: no alias), Steven VandeBrake. Locations: Iowa ('An Iowa
 # ready-mix concrete company', 'Sioux City, Iowa', 'Rock Valley, Iowa', 'the northern district of Iowa', 'sold in
 # Iowa'), Sioux City (the court's city), Rock Valley ('headquartered in Rock Valley, Iowa').
 # Not annotated: 'WASHINGTON' (the dateline: 55c's texts gave their datelines no entity), 'the northern district of
 # Iowa' (a judicial district in lower case: Iowa only), 'its predecessor entity' (unnamed -- **near-miss**: a reader
 # may want a former-name alias of GCC Alliance Concrete Inc., but no name is given), ready-mix concrete, cement,
 # aggregate (products), 'a one-count felony charge', the Sherman Act (cut)
 entities=[E("Location", "Iowa"),
           E("Organization", "Department of Justice"),
           E("Organization", CT),
           E("Location", "Sioux City"),
           E("Company", TS, "Tri-State Ready Mix"),
           E("Location", "Rock Valley"),
           E("Company", GA, "GCC Alliance Concrete"),
           E("Person", CV),
           E("Person", SV)],
 # 'Tri-State Ready Mix participated in the conspiracy through its president, Chad Van Zee' -> president at Tri-State
 # Ready Mix Inc., current true (present 'its president', no 'former'). Steven VandeBrake 'of GCC Alliance Concrete and
 # its predecessor entity' -> no role (no post is written -- **near-miss**: a reader may give executive at GCC
 # Alliance Concrete Inc.; other releases of the investigation call him a former executive, not this text)
 roles=[R(CV, "president", TS)],
 # No relation. Near-misses: partner(Tri-State Ready Mix Inc., GCC Alliance Concrete Inc.) ('participated in a
 # conspiracy with GCC Alliance Concrete Inc.' -- a price-fixing agreement between competitors, no partnership, supply
 # or customer tie: 53zo, 54d, 55c); GCC Alliance Concrete Inc. and 'its predecessor entity' (unnamed: no
 # parentOrganization or acquired); the Department and the court (no relation stated)
 relations=[],
 outages=[],
 # 'announced today' -> 'today' 2011-06-20 (the fbi.gov copy's date line 'June 20, 2011'); 'filed on June 10, 2011' ->
 # 2011-06-10; 'beginning at least as early as January 2006 and continuing until as late as August 2009' -> 'January
 # 2006' 2006-01, 'August 2009' 2009-08
 dates=[D("today", "2011-06-20"), D("June 10, 2011", "2011-06-10"), D("January 2006", "2006-01"),
        D("August 2009", "2009-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

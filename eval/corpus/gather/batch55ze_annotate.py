#!/usr/bin/env python3
"""Gold for batch 55ze (session 54, gatherer 55ze: two Justice Department releases on managers and executives of two
units of McWane Inc. -- the indictment of Atlantic States Cast Iron Pipe Co., 'a subsidiary of McWane Inc. of
Birmingham, Alabama', and five of its managers named by their posts (15 December 2003, the justice.gov archive); the
sentencing of Charles Matlock, 'an executive with Pacific States Cast Iron Pipe Company', 'a division of McWane Inc.
located in Springville, Utah' (12 June 2006, justice.gov)), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-55y; GUIDELINES section 2): 'X, a subsidiary of Z' / 'X, a
division of Z' -> parentOrganization(X, Z) (GUIDELINES: subsidiary/division/unit statements; 55y, 55u); '<company>
plant manager X', 'maintenance supervisor X', 'engineering and environmental manager X', 'finishing superintendent
X', 'human resource manager X' -> executive at the company (GUIDELINES: '"manager" -> executive'; a supervisor or
superintendent of a plant department the same, as earlier rounds' department and team managers); 'Former' -> current
false; 'an executive with X' -> executive at X; 'Assistant Attorney General X for the Justice Department's <Division>'
-> head at the Division (40zi, 41h, 41p, 55y) and 'the Justice Department's <Division / Section>' ->
parentOrganization(<Division / Section>, Justice Department) (the corpus's Antitrust, Criminal and Civil Division
items); 'Chief of the <Section>' -> head (GUIDELINES: a chief of a bureau or agency -> head); 'U.S. Attorney for
<state>' and 'Acting U.S. Attorney for <state>' with no office named as a body -> Person, no role (41p's Kim and
Williams, 55k, 55u); judges -> Person, no role (41p, 44u); a state's name written out in an official's title and
abridged elsewhere ('New Jersey', 'N.J.') -> one Location with the short form as alias; rivers -> Location (batch
23b); the Clean Air Act and other laws -> nothing; unnamed plants, 'the federal courthouse', 'federal court' ->
nothing; 'today' -> the date of `published`; 'this morning' -> that day (as earlier rounds); a clock time with
'today' -> that day and time.
usage: batch55ze_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather56ze/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

JD = "Justice Department"
MCW = "McWane Inc."
EPA = "Environmental Protection Agency"
A = {}

# ---- Atlantic States Cast Iron Pipe Co. / McWane Inc., indictment, published 2003-12-15 (Monday) --------------------
AS = "Atlantic States Cast Iron Pipe Co."
ENRD = "Environment and Natural Resources Division"
A["us-doj-enrd-atlantic-states-cast-iron-pipe-mcwane-subsidiary-five-managers-indicted-2003"] = dict(
 # Companies: Atlantic States Cast Iron Pipe Co. ('Atlantic States' twice more -> alias; 'a Phillipsburg, N.J.
 # manufacturer of cast iron pipe' in the first paragraph is the same company, described before it is named -- no
 # alias), McWane Inc. (once). Organizations: Environment and Natural Resources Division, Justice Department ('the
 # Justice Department's Environment and Natural Resources Division', curly apostrophe), Environmental Protection
 # Agency and Occupational Safety and Health Administration ('by the federal Environmental Protection Agency and
 # Occupational Safety and Health Administration': two agencies, each named in full). Persons: Tom Sansonetti,
 # Christopher J. Christie, the five managers (John Prisque, Jeffrey Maury, Daniel Yadzinski, Craig Davidson, Scott
 # Faubert), Magistrate Judge Tonianne Bongiovanni. Locations: New Jersey (in Christie's title; 'N.J.' twice, after
 # Trenton and Phillipsburg -> alias), Trenton, Phillipsburg, Delaware River (a river: Location, as batch 23b's),
 # Birmingham, Alabama.
 # Not annotated: 'five of its managers', 'the named managers', 'the defendants', 'one employee' (unnamed), 'the
 # plant' (unnamed: no Location), 'the federal courthouse in Trenton' (unnamed), 'federal clean air and water
 # regulations and laws governing workplace safety' (laws: no entity), 'WASHINGTON, D.C.' (the dateline, as 55y and
 # 55u), '35-count', 'eight-year' (counts and a span, title only)
 entities=[E("Person", "Tom Sansonetti"),
           E("Organization", ENRD),
           E("Organization", JD),
           E("Person", "Christopher J. Christie"),
           E("Location", "New Jersey", "N.J."),
           E("Location", "Trenton"),
           E("Location", "Phillipsburg"),
           E("Location", "Delaware River"),
           E("Company", AS, "Atlantic States"),
           E("Person", "John Prisque"),
           E("Person", "Jeffrey Maury"),
           E("Person", "Daniel Yadzinski"),
           E("Person", "Craig Davidson"),
           E("Person", "Scott Faubert"),
           E("Person", "Tonianne Bongiovanni"),
           E("Company", MCW),
           E("Location", "Birmingham"),
           E("Location", "Alabama"),
           E("Organization", EPA),
           E("Organization", "Occupational Safety and Health Administration")],
 # 'Tom Sansonetti, Assistant Attorney General for the Justice Department's Environment and Natural Resources
 # Division' -> head at the Division, current. 'Atlantic States Cast Iron Pipe Co. plant manager John Prisque,
 # maintenance supervisor Jeffrey Maury, engineering and environmental manager Daniel Yadzinski, and finishing
 # superintendent Craig Davidson' -> executive at Atlantic States for each, current (the company's name governs the
 # list; 'five of its managers' and 'the named managers' confirm all are its managers); 'Former Atlantic States
 # human resource manager Scott Faubert' -> executive, current false. **Doubtful**: a supervisor and a
 # superintendent read as 'executive' (GUIDELINES name 'manager'; the text itself calls all five 'managers').
 # Near-misses: 'Christopher J. Christie, U.S. Attorney for New Jersey' -> no role (no U.S. Attorney's Office named as
 # a body; a reader may give head of an office the text does not name, or of the Location); 'U.S. Magistrate Judge
 # Tonianne Bongiovanni' -> no role (no court entity); 'TOP MANAGERS' (title only) -> no senior title beyond
 # executive; the managers as employees of McWane Inc. (the text ties them to Atlantic States, not to the parent)
 roles=[R("Tom Sansonetti", "head", ENRD),
        R("John Prisque", "executive", AS),
        R("Jeffrey Maury", "executive", AS),
        R("Daniel Yadzinski", "executive", AS),
        R("Craig Davidson", "executive", AS),
        R("Scott Faubert", "executive", AS, False)],
 # 'Atlantic States, a subsidiary of McWane Inc. of Birmingham, Alabama' -> parentOrganization(Atlantic States Cast
 # Iron Pipe Co., McWane Inc.); 'the Justice Department's Environment and Natural Resources Division' ->
 # parentOrganization(Environment and Natural Resources Division, Justice Department). Near-misses: the EPA and
 # OSHA as investigators of the company (no partner: a regulator's investigation is no cooperation); the EPA and
 # OSHA under the Justice Department (not stated; they are separate agencies); McWane Inc. and Birmingham, Atlantic
 # States and Phillipsburg (places of business: no relation type)
 relations=[L(AS, "parentOrganization", MCW), L(ENRD, "parentOrganization", JD)],
 outages=[],
 # 'today announced', 'to surrender today', '1 p.m. today' -> 'today' 2003-12-15 (the date line 'MONDAY, DECEMBER
 # 15, 2003'; one item); 'early this morning' -> 'this morning' 2003-12-15; '1 p.m.' -> 2003-12-15T13:00 (a clock
 # time on the day). Not dates: 'eight-year' (title only), '35-count' (a count)
 dates=[D("today", "2003-12-15"), D("this morning", "2003-12-15"), D("1 p.m.", "2003-12-15T13:00")])

# ---- Pacific States Cast Iron Pipe Company / McWane Inc. / Charles Matlock, published 2006-06-12 (Monday) -----------
PS = "Pacific States Cast Iron Pipe Company"
ECS = "Environmental Crimes Section"
CM = "Charles Matlock"
A["us-doj-enrd-pacific-states-cast-iron-pipe-mcwane-division-executive-matlock-sentenced-2006"] = dict(
 # Companies: Pacific States Cast Iron Pipe Company ('Pacific States' once more -> alias), McWane Inc. ('McWane'
 # three times more -> alias; 'Mcwane, Inc.' only in the title). Organizations: Justice Department (twice, once in
 # 'the Justice Department's Environmental Crimes Section'), Environmental Protection Agency, Environmental Crimes
 # Section. Persons: Charles Matlock ('Matlock' once more -> alias), Benson ('Judge Benson': the surname is all the
 # text gives), David M. Uhlmann, Stephen J. Sorenson. Locations: Springville, Utah (Utah three times more on its
 # own).
 # Not annotated: the Clean Air Act ('the federal Clean Air Act', 'the Act': a law), 'a stack emissions test'
 # (unnamed), 'federal court' (unnamed), 'regulated companies', 'senior corporate executives', 'a repeat offender',
 # 'facilities across the country', 'residents of our state' (generic), 'the water and sewer industry' (a sector),
 # 'WASHINGTON' (the dateline)
 entities=[E("Person", CM, "Matlock"),
           E("Company", PS, "Pacific States"),
           E("Organization", JD),
           E("Organization", EPA),
           E("Company", MCW, "McWane"),
           E("Location", "Springville"),
           E("Location", "Utah"),
           E("Person", "Benson"),
           E("Person", "David M. Uhlmann"),
           E("Organization", ECS),
           E("Person", "Stephen J. Sorenson")],
 # 'Charles Matlock, an executive with Pacific States Cast Iron Pipe Company' -> executive at Pacific States, current
 # false: Uhlmann calls him 'the former top official of McWane in Utah', and Pacific States is the McWane division
 # located in Utah, so the post he held there is past (**doubtful**: the lead's 'an executive with' reads present; a
 # reader may keep current true). 'David M. Uhlmann, Chief of the Justice Department's Environmental Crimes Section'
 # -> head at the Section, current. Near-misses: an executive or 'top official' role at McWane Inc. itself (the
 # quotation's 'of McWane in Utah' names the parent loosely for its Utah division: one role, at the named
 # division); 'Acting U.S. Attorney for Utah Stephen J. Sorenson' -> no role (no office named as a body; not a
 # governor or minister of Utah); 'Judge Benson' -> no role (no court named); the vice-presidency and general
 # management of 'Pacific States Pipe Company' (in the cut sentence: not in the text)
 roles=[R(CM, "executive", PS, False),
        R("David M. Uhlmann", "head", ECS)],
 # 'Pacific States, a division of McWane Inc. located in Springville, Utah' -> parentOrganization(Pacific States
 # Cast Iron Pipe Company, McWane Inc.); 'the Justice Department's Environmental Crimes Section' ->
 # parentOrganization(Environmental Crimes Section, Justice Department). Near-misses: the Justice Department and the
 # EPA ('the Justice Department and Environmental Protection Agency announced': a joint announcement, no partner
 # relation stated); Pacific States and Springville (a place of business: no relation type)
 relations=[L(PS, "parentOrganization", MCW), L(ECS, "parentOrganization", JD)],
 outages=[],
 # 'sentenced in federal court today', "Today's jail sentence" -> one item 'today' 2006-06-12 (the date line
 # 'MONDAY, JUNE 12, 2006'; same text ignoring case, same value); 'On February 8, 2006' -> 2006-02-08. Not dates:
 # 'At that time' (refers back to February 8, 2006: no new expression of its own), '12 months and one day', 'a
 # three-year period of probation' (durations without bounds), '$20,000', '$3 million' (money)
 dates=[D("today", "2006-06-12"), D("February 8, 2006", "2006-02-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

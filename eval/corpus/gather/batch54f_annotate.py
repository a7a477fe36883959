#!/usr/bin/env python3
"""Batch 54f gold annotations (the texts of batch54f.py: the District of Colorado's release of 22 October 2013 on Eric
and Ryan Jensen, owners of Jensen Farms, pleading guilty over Listeria-tainted cantaloupe; the Northern District of New
York's release of 9 July 2024, as fda.gov reposts it, on Johannes Vulto and Vulto Creamery LLC sentenced over raw milk
cheese linked to a listeriosis outbreak), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-53r; GUIDELINES section 2): 'United States Attorney John Walsh'
and 'United States Attorney Carla B. Freedman' with no office named as a body -> no role (53k's Jaquith and Nolan, 52h's
O'Brien); a 'Special Agent in Charge' of a named investigative office -> executive at that office (52f's and 51z's FBI
SACs; the office here, not its parent, because the text names the office: **doubtful**), the office under its agency ->
parentOrganization (41p's HSI under ICE: 'Food and Drug Administration - Office of Criminal Investigation', 'the U.S.
Food and Drug Administration's Office of Criminal Investigations'), a field office -> no entity (52f's 'FBI Norfolk
Division': a unit); 'brothers who owned and operated Jensen Farms' -> no role ('owner' is no vocabulary title, the
lane's owner rule, 53r's Parnell; 'operated' names no post); 'the company Vulto founded and owned' -> founder, current
(51d: founders stay current; 'a former raw milk cheese manufacturer' qualifies the trade, and the company 'no longer
operates', yet founding is a past act that does not lapse: **doubtful**); a judge -> Person, no role (53m, 53r);
'U.S. District Court in Denver' -> Organization 'U.S. District Court' (52f's 'U.S. District Court in Miami', the
corpus's rule); the dateline's city in capitals and the same city later -> one Location with the other surface form as
alias (53k's 'NEW YORK'/'New York'); the dateline 'SYRACUSE, NEW YORK' -> two Locations, the state's later 'New York'
an alias; a city's state -> one Location per state; Listeria monocytogenes, listeriosis, cantaloupe, raw milk cheese,
the counts, the Information, the plea agreement -> nothing; unnamed sites ('a farm in Granada, Colorado', 'a processing
center', 'the Vulto Creamery manufacturing facility') -> nothing; 'the Jensens', 'the Jensen brothers', 'the
defendants' (both men) -> no alias; 'this morning' and 'today' -> the release day; a span written as one token
('2016-2017') -> skipped (**doubtful**).
usage: batch54f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Jensen Farms, USAO District of Colorado, published 2013-10-22 (a Tuesday) -----------------------------------------
FDA1 = "Food and Drug Administration"
OCI1 = "Office of Criminal Investigation"
A["us-doj-usao-co-jensen-farms-owners-eric-ryan-jensen-plead-guilty-tainted-cantaloupe-2013"] = dict(
 # Companies: Jensen Farms (once; 'a farm in Granada, Colorado' is the unnamed farm, no alias). Organizations: Food and
 # Drug Administration and Office of Criminal Investigation ('Food and Drug Administration - Office of Criminal
 # Investigation Special Agent in Charge Patrick Holland': two bodies, the office under the agency), U.S. District Court
 # ('in U.S. District Court in Denver'). People: Eric Jensen, Ryan Jensen ('Eric and Ryan Jensen' twice: the bare
 # 'Eric' inside the coordinated names is no alias -- **doubtful**, a reader may list it; 'the Jensens' and 'the Jensen
 # brothers' name both men: no alias), Michael E. Hegarty ('Magistrate Judge Hegarty': alias 'Hegarty'), John Walsh,
 # Patrick Holland. Locations: DENVER (the dateline; 'in Denver': alias 'Denver'), Granada ('Granada, Colorado' twice),
 # Colorado. Not annotated: Listeria monocytogenes (a bacterium), cantaloupe, 'the government' (the party), the
 # processing center and the conveyor and cleaning systems (unnamed)
 entities=[E("Location", "DENVER", "Denver"),
           E("Person", "Eric Jensen"),
           E("Person", "Ryan Jensen"),
           E("Company", "Jensen Farms"),
           E("Location", "Granada"),
           E("Location", "Colorado"),
           E("Person", "Michael E. Hegarty", "Hegarty"),
           E("Person", "John Walsh"),
           E("Organization", FDA1),
           E("Organization", OCI1),
           E("Person", "Patrick Holland"),
           E("Organization", "U.S. District Court")],
 # Patrick Holland, the office's 'Special Agent in Charge' -> executive at the Office of Criminal Investigation (the
 # lane's SAC rule; **doubtful** org: the office the text names, not the FDA). Near-misses: the Jensens, 'brothers who
 # owned and operated Jensen Farms' and 'responsible for a farm' (owner and operator: no vocabulary title, the lane's
 # owner rule -- **doubtful**: a reader may give both men founder, executive or director at Jensen Farms); John Walsh,
 # 'United States Attorney' (no office named as a body: no role, 53k); Hegarty, 'U.S. Magistrate Judge' (a judge: no
 # role)
 roles=[R("Patrick Holland", "executive", OCI1)],
 # 'Food and Drug Administration - Office of Criminal Investigation' -> parentOrganization(Office of Criminal
 # Investigation, Food and Drug Administration) (the en dash joins the office to its agency, as 41p's 'ICE's Homeland
 # Security Investigations'). Near-miss: no partner or supplier of Jensen Farms is named (its cantaloupe went 'in six
 # separate shipments' to unnamed buyers)
 relations=[L(OCI1, "parentOrganization", FDA1)],
 outages=[],
 # 'pled guilty this morning' -> 'this morning' 2013-10-22 (the release day, 51z's 'this afternoon'); 'on January 28,
 # 2014 at 9:00 a.m.' -> 'January 28, 2014' 2014-01-28 (the clock time left out: near-miss, a reader may list
 # 'January 28, 2014 at 9:00 a.m.' as 2014-01-28T09:00); 'on September 24, 2013' -> 2013-09-24; 'on September 26, 2013'
 # -> 2013-09-26; 'In May of 2011' -> 'May of 2011' 2011-05
 dates=[D("this morning", "2013-10-22"), D("January 28, 2014", "2014-01-28"), D("September 24, 2013", "2013-09-24"),
        D("September 26, 2013", "2013-09-26"), D("May of 2011", "2011-05")])

# ---- Vulto Creamery LLC, USAO NDNY (fda.gov repost), published 2024-07-09 (a Tuesday) --------------------------------
VC = "Vulto Creamery LLC"
FDA2 = "U.S. Food and Drug Administration"
OCI2 = "Office of Criminal Investigations"
A["us-doj-usao-ndny-vulto-creamery-founder-johannes-vulto-sentenced-listeria-raw-milk-cheese-2024"] = dict(
 # Companies: Vulto Creamery LLC ('Vulto Creamery LLC' twice; 'Vulto Creamery' twice, once in 'the Vulto Creamery
 # manufacturing facility': alias 'Vulto Creamery'). Organizations: U.S. Food and Drug Administration and Office of
 # Criminal Investigations ('the U.S. Food and Drug Administration's Office of Criminal Investigations New York Field
 # Office': the office under the agency; the field office a unit, no entity -- near-miss). People: Johannes Vulto (the
 # bare 'Vulto' four times: alias), Carla B. Freedman, Fernando McMillan. Locations: SYRACUSE (the dateline; 'in
 # Syracuse': alias 'Syracuse'), NEW YORK (the dateline's state; 'Walton, New York': alias 'New York'), Walton. Not
 # annotated: 'federal court in Syracuse' (no court named as a body: near-miss), listeriosis, Listeria monocytogenes,
 # raw milk cheese, the misdemeanor count, the plea agreement, the manufacturing facility (unnamed site)
 entities=[E("Location", "SYRACUSE", "Syracuse"),
           E("Location", "NEW YORK", "New York"),
           E("Person", "Johannes Vulto", "Vulto"),
           E("Company", VC, "Vulto Creamery"),
           E("Person", "Carla B. Freedman"),
           E("Person", "Fernando McMillan"),
           E("Organization", FDA2),
           E("Organization", OCI2),
           E("Location", "Walton")],
 # Johannes Vulto, 'Vulto Creamery LLC, the company Vulto founded and owned' -> founder at Vulto Creamery LLC, current
 # (**doubtful**: see the docstring; 'owned' -> no title, 'oversaw operations at the ... facility' -> no title, a
 # reader may add executive); McMillan, 'Special Agent in Charge ... of the U.S. Food and Drug Administration's Office of
 # Criminal Investigations New York Field Office' -> executive at the Office of Criminal Investigations (the lane's SAC
 # rule; **doubtful** org, as Holland's). Near-miss: Freedman, 'United States Attorney' (no office named as a body in
 # the kept text -- the release's header naming the U.S. Attorney's Office is cut as chrome: no role, 53k)
 roles=[R("Johannes Vulto", "founder", VC),
        R("Fernando McMillan", "executive", OCI2)],
 # 'the U.S. Food and Drug Administration's Office of Criminal Investigations' -> parentOrganization(Office of Criminal
 # Investigations, U.S. Food and Drug Administration). Near-misses: Vulto's ownership of the company is a person's, not
 # an organisation's (no relation type); no customer or distributor of the cheese is named
 relations=[L(OCI2, "parentOrganization", FDA2)],
 outages=[],
 # 'sentenced today' -> 'today' 2024-07-09; 'between December 2014 and March 2017' -> 'December 2014' 2014-12 and
 # 'March 2017' 2017-03. Skipped: 'a 2016-2017 outbreak' (one token for a span of two years: **doubtful**, a reader may
 # list '2016-2017' or the two years), the probation terms (durations)
 dates=[D("today", "2024-07-09"), D("December 2014", "2014-12"), D("March 2017", "2017-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Batch 54r gold annotations (the texts of batch54r.py: the Western District of New York's release of 28 March 2013 on
a federal jury convicting the Tonawanda Coke Corporation and its Environmental Control Manager, Mark L. Kamholz; the
District of Massachusetts' release of 23 January 2013 on Thomas P. Guerrieri, Orthofix Inc.'s former vice president of
sales, sentenced for paying kickbacks; the Southern District of West Virginia's release of 17 February 2016 on Gary
Southern, Freedom Industries' former president, sentenced over the 2014 Elk River chemical spill), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54l; GUIDELINES section 2): '<Company> Environmental Control
Manager, X' -> executive at the company ('manager' -> executive), current (the text gives no 'former'); 'the former
vice president of sales of Y' -> vice-president at Y, not current; an earlier post the text lists ('first as a
regional sales director, then area vice president') -> its own role, not current (a sales director -> executive, the
WHO 'Regional Director' reading of 30e: **doubtful**); 'The former president of Z' -> president, not current; 'joined
its board of directors' with 'one of six former officials' -> director, not current (**doubtful**); 'a responsible
corporate officer' (a legal status) -> no role (54l's Rivas); 'U.S. Attorney X' and 'Acting United States Attorney X'
-> no role (53k; no office named as a body in the text); 'Assistant Attorney General X, of the Environment and Natural
Resources Division of the U.S. Department of Justice' -> head at the Division, the Division -> parentOrganization of
the Department (the Antitrust/Criminal Division readings of 53zh, 53zm, 54d); Assistant U.S. Attorneys and trial
attorneys -> Person, no role (no organisation named for them); judges -> Person, no role; the dateline's city ->
Location, with the capitalised form an alias when the city recurs in the text; 'City, St.' abbreviations ('West
Seneca, N.Y.', 'CHARLESTON, W.Va.') -> the state abbreviation a Location as written (54l's 'Cal.', 'Minn.'); a river
-> Location; laws (the Clean Air Act, the Resource Conservation and Recovery Act, the Medicare AntiKickback Law),
Medicare (a programme), chemicals (benzene, MCHM), generic devices ('bone growth stimulator medical devices') ->
nothing; the contamination of a water supply by a spill, with no water company named -> no outage (near-miss,
**doubtful**).
usage: batch54r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Tonawanda Coke Corporation / Mark L. Kamholz, USAO W.D.N.Y., published 2013-03-28 (a Thursday) -------------------
TCC = "Tonawanda Coke Corporation"
ENRD = "Environment and Natural Resources Division"
DOJ = "U.S. Department of Justice"
A["us-doj-usao-wdny-tonawanda-coke-environmental-control-manager-kamholz-convicted-clean-air-act-2013"] = dict(
 # Company: Tonawanda Coke Corporation ('the Tonawanda Coke Corporation'; 'Tonawanda Coke Environmental Control
 # Manager': alias 'Tonawanda Coke'; 'TCC's' twice and 'another TCC employee': alias 'TCC', the acronym the text uses
 # without defining it). Organizations: Environment and Natural Resources Division ('of the Environment and Natural
 # Resources Division of the U.S. Department of Justice'), U.S. Department of Justice, U.S. Environmental Protection
 # Agency ('an inspection conducted by the U.S. Environmental Protection Agency'). People: William J. Hochul Jr. ('U.S.
 # Attorney'), Ignacia S. Moreno ('Assistant Attorney General'), Mark L. Kamholz ('defendant Kamholz': alias
 # 'Kamholz'), Aaron J. Mango ('Assistant U.S. Attorney'), Rocky Piaggione ('Senior Trial Attorney'). Locations:
 # Buffalo ('a federal jury in Buffalo'; the dateline 'BUFFALO': alias), N.Y. (the dateline's 'BUFFALO, N.Y.' and
 # 'West Seneca, N.Y.': one Location as written, **doubtful** as 54l's 'Cal.'), West Seneca. Not annotated: the Clean
 # Air Act, the Resource Conservation and Recovery Act, 'Title V' (laws and a permit programme), 'a federal jury',
 # benzene and coke oven gas (substances), the pressure relief valve and the coke-quenching tower (unnamed equipment)
 entities=[E("Location", "Buffalo", "BUFFALO"),
           E("Location", "N.Y."),
           E("Person", "William J. Hochul Jr."),
           E("Person", "Ignacia S. Moreno"),
           E("Organization", ENRD),
           E("Organization", DOJ),
           E("Company", TCC, "Tonawanda Coke", "TCC"),
           E("Person", "Mark L. Kamholz", "Kamholz"),
           E("Location", "West Seneca"),
           E("Person", "Aaron J. Mango"),
           E("Person", "Rocky Piaggione"),
           E("Organization", "U.S. Environmental Protection Agency")],
 # 'Tonawanda Coke Environmental Control Manager, Mark L. Kamholz' -> executive at Tonawanda Coke Corporation, current
 # (no 'former' in the text; convicted, not said to have left). 'Assistant Attorney General Ignacia S. Moreno, of the
 # Environment and Natural Resources Division of the U.S. Department of Justice' -> head at the Division (the AAG leads
 # it; 53zh/54d readings). Near-misses: Hochul, 'U.S. Attorney' (no office named as a body: no role, 53k); Mango,
 # 'Assistant U.S. Attorney', and Piaggione, 'Senior Trial Attorney' (no organisation named for either: no role,
 # **doubtful** -- a reader may tie Piaggione to the Division as other); 'another TCC employee' (unnamed)
 roles=[R("Mark L. Kamholz", "executive", TCC),
        R("Ignacia S. Moreno", "head", ENRD)],
 # 'the Environment and Natural Resources Division of the U.S. Department of Justice' -> parentOrganization(Division,
 # Department). Near-misses: the EPA inspects TCC (a regulator: no partner); no owner or parent of Tonawanda Coke is
 # named
 relations=[L(ENRD, "parentOrganization", DOJ)],
 outages=[],
 # 'announced today' -> 'today' 2013-03-28 (the release day); 'in April of 2009' -> 'April of 2009' 2009-04.
 # Near-miss: '75 years' (a term)
 dates=[D("today", "2013-03-28"), D("April of 2009", "2009-04")])

# ---- Orthofix Inc. / Thomas P. Guerrieri, USAO D. Mass. (FBI archive), published 2013-01-23 (a Wednesday) --------------
ORT = "Orthofix Inc."
A["us-doj-usao-ma-former-orthofix-vice-president-sales-guerrieri-sentenced-kickbacks-2013"] = dict(
 # Company: Orthofix Inc. (twice; the bare 'Orthofix' twice and 'Orthofix's' once: alias 'Orthofix'). People: Thomas
 # P. Guerrieri (the bare 'Guerrieri' six times: alias), Rya W. Zobel ('U.S. District Judge': a judge, no role).
 # Locations: BOSTON (the dateline; no later mention, the form as written, 54l), New York ('a surgeon in New York').
 # Not annotated: 'bone growth stimulator medical devices' and 'Bone growth stimulators' (a generic device class, no
 # product name: no Service), the Medicare AntiKickback Law (a law), Medicare (inside the law's name; a programme),
 # 'two separate health care professionals', 'a surgeon' and 'two of Orthofix's highest-prescribing physicians'
 # (unnamed), 'the company' (generic)
 entities=[E("Location", "BOSTON"),
           E("Company", ORT, "Orthofix"),
           E("Person", "Thomas P. Guerrieri", "Guerrieri"),
           E("Person", "Rya W. Zobel"),
           E("Location", "New York")],
 # 'The former vice president of sales of Orthofix Inc.' (the lead) and 'Guerrieri, the former vice president of Sales
 # of Orthofix Inc.' -> vice-president at Orthofix Inc., not current; 'Between 2001 and 2010, Guerrieri worked at
 # Orthofix, first as a regional sales director, then area vice president, and, ultimately, the vice president of
 # sales' -> the area vice presidency is the same (person, vice-president, org) item, listed once; the regional sales
 # directorship -> executive at Orthofix Inc., not current (**doubtful**: a sales director is no board director, so
 # not 'director'; a reader may leave the earlier post out)
 roles=[R("Thomas P. Guerrieri", "vice-president", ORT, False),
        R("Thomas P. Guerrieri", "executive", ORT, False)],
 # No relation: 'Orthofix manufactured and distributed bone growth stimulator medical devices' names no product (no
 # Service, no provider). Near-misses: the bogus 'consulting' agreement with an unnamed New York surgeon (a kickback,
 # no named party: no partner); no parent of Orthofix Inc. is named in the excerpt (Orthofix International N.V. is
 # not in the text)
 relations=[],
 outages=[],
 # 'sentenced yesterday' -> 'yesterday' 2013-01-22 (the day before the 23 January release); 'In April 2012' -> 'April
 # 2012' 2012-04; 'Between 2001 and 2010' -> '2001' 2001 and '2010' 2010 (two expressions). Near-misses: 'eight
 # months' (a term); 'August 2007' and '2006' fall after the cut
 dates=[D("yesterday", "2013-01-22"), D("April 2012", "2012-04"), D("2001", "2001"), D("2010", "2010")])

# ---- Freedom Industries / Gary Southern, USAO S.D. W. Va. (fbi.gov), published 2016-02-17 (a Wednesday) ----------------
FI = "Freedom Industries"
A["us-doj-usao-sdwv-former-freedom-industries-president-southern-sentenced-elk-river-spill-2016"] = dict(
 # Company: Freedom Industries (four times; defined '(Freedom)' and the bare 'Freedom' six times, 'Freedom's' once:
 # alias 'Freedom'). People: Carol Casto ('Acting United States Attorney'), Gary Southern (the bare 'Southern' twice:
 # alias). Locations: Charleston ('discovered in Charleston', 'the water supply of Charleston'; the dateline
 # 'CHARLESTON': alias), W.Va. (the dateline's state abbreviation, as written: **doubtful** as 54l's 'Cal.'), Marco
 # Island and Florida ('of Marco Island, Florida': two Locations), Elk River ('the 2014 Elk River chemical spill' and
 # 'on the Elk River', 'into the Elk River' twice: a river, Location). Not annotated: 4-methylcyclohexane methanol
 # (MCHM) (a chemical), 'a water treatment plant' and 'the above-ground storage tank area' (unnamed sites), 'six
 # former officials' (unnamed), 'the coal mining industry' (generic)
 entities=[E("Location", "Charleston", "CHARLESTON"),
           E("Location", "W.Va."),
           E("Company", FI, "Freedom"),
           E("Person", "Carol Casto"),
           E("Person", "Gary Southern", "Southern"),
           E("Location", "Marco Island"),
           E("Location", "Florida"),
           E("Location", "Elk River")],
 # 'The former president of Freedom Industries' / 'He became president of Freedom in December 2013, and was serving as
 # Freedom's president at the time of the chemical spill' -> president at Freedom Industries, not current ('former');
 # 'joined its board of directors in March 2010' -> director at Freedom Industries, not current ('one of six former
 # officials of Freedom Industries'; **doubtful**: the text does not say when he left the board, 'former officials'
 # read as covering both posts). Near-misses: Casto, 'Acting United States Attorney' (no office named as a body: no
 # role, 53k); 'became associated with Freedom in 2009' (no post)
 roles=[R("Gary Southern", "president", FI, False),
        R("Gary Southern", "director", FI, False)],
 # No relation: 'the above-ground storage tank area owned and operated by Freedom Industries' is a site, not a
 # company; the water treatment plant that the MCHM reached is unnamed (no partner, no provider)
 relations=[],
 # No outage: 'contaminated the water supply of Charleston and the surrounding areas for several days' tells a lost
 # utility service, but the text names no water company or utility whose service failed (the provider would be
 # unknown), and the cause is a third party's chemical leak -- near-miss, **doubtful** (45zl's lead counts the
 # utility's 'do not use' order as a possible outage once a page names the utility)
 outages=[],
 # 'sentenced today' -> 'today' 2016-02-17; 'the 2014 Elk River chemical spill' -> '2014' 2014; 'in August 2015' ->
 # 'August 2015' 2015-08; 'On January 9, 2014' -> 'January 9, 2014' 2014-01-09; 'in 2009' -> '2009' 2009; 'in March
 # 2010' -> 'March 2010' 2010-03; 'in December 2013' -> 'December 2013' 2013-12. Near-misses: '30 days', 'six-month',
 # 'for several days' (durations)
 dates=[D("today", "2016-02-17"), D("2014", "2014"), D("August 2015", "2015-08"), D("January 9, 2014", "2014-01-09"),
        D("2009", "2009"), D("March 2010", "2010-03"), D("December 2013", "2013-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Gold for batch 52u (session 53, gatherer 52u): one FCC Audio Services Division letter of 1996 (the letter of 17 June
1996 on the application to assign WWDX(FM), Saint Johns, Michigan, from Landsmen Communications, Ltd. to Regional
Radio Corporation, denying Jencom Broadcasting, Inc.'s and Liggett Broadcast, Inc.'s joint petition to deny and
granting the application -- the UNT web archive's copy of the Division's HTML page), written from the text alone;
newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-52t of the lane; GUIDELINES section 2): a granted licence assignment whose
consummation the text does not tell -> acquired(assignee, the station) only (52t's call; 44k, 50c-52r); the assignor of
a station's licence -> parentOrganization(S, X) (51e's to 52t's call; **doubtful**: a reader may give the licence
holder no ownership link); objectors whose petition is denied -> no relation (52r, 52t); radio stations -> Company
(35l, 43v, 49m, 51e-52t); the station's bare call sign ('WWDX') -> alias of 'WWDX(FM)'; short names in parentheses and
quotation marks ('("Landsmen")') -> aliases; a collective short name for two companies ('"Petitioners"') no alias of
either; place names -> Location, a state's abbreviation ('MI') its own Location as written (51r, 51zd, 51zo, 51zq,
52d, 52k, 52p, 52r, 52t; **doubtful**); 'we' (the Bureau, unnamed in the kept text) no entity; files, applications,
petitions, oppositions, replies not annotated; the 'Re:' line kept as `title` not annotated beyond what the text
repeats.
usage: batch52u_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WWDX(FM), Saint Johns: Landsmen Communications, Ltd. -> Regional Radio Corporation (granted), 1996-06-17 -------
LAND = "Landsmen Communications, Ltd."
REG = "Regional Radio Corporation"
JEN = "Jencom Broadcasting, Inc."
LIG = "Liggett Broadcast, Inc."
A["us-fcc-wwdx-fm-saint-johns-landsmen-regional-radio-jencom-liggett-petition-to-deny-assignment-granted-letter-1996"] = dict(
 # Companies: WWDX(FM) (the 'Re:' line and 'Station WWDX(FM)'; 'assignment of WWDX' -> alias 'WWDX'); Landsmen
 # Communications, Ltd. ('("Landsmen")', 'filed by Landsmen' -> alias); Regional Radio Corporation ('("Regional")'
 # -> alias); Jencom Broadcasting, Inc. ('("Jencom")', 'Jencom and Liggett' -> alias); Liggett Broadcast, Inc.
 # ('("Liggett")' -> alias). Locations: Saint Johns (twice), MI (the 'Re:' line, as written; **doubtful** as in the
 # docstring), Michigan. Not annotated: '"Petitioners"' / 'Petitioners' (a collective name for Jencom and Liggett: no
 # alias of either), 'we' (the Bureau writing, unnamed: the letterhead was left out), 'the Joint Petition to Deny',
 # 'an Opposition to Joint Petition to Deny and Motion to Strike', 'a Reply' (filings), BALH-960111HA.
 entities=[E("Company", "WWDX(FM)", "WWDX"), E("Company", LAND, "Landsmen"), E("Company", REG, "Regional"),
           E("Company", JEN, "Jencom"), E("Company", LIG, "Liggett"),
           E("Location", "Saint Johns"), E("Location", "MI"), E("Location", "Michigan")],
 # No person and no title in the kept text (James A. Jenson, Jencom's owner, is in the cut sentence).
 roles=[],
 # - acquired(Regional Radio Corporation, WWDX(FM)): 'the application for the assignment of license of Station
 #   WWDX(FM) ... from Landsmen ... to Regional Radio Corporation' and 'we grant the application for assignment of
 #   WWDX' (granted; consummation untold -> acquired only, 52t's call; **doubtful**: a reader may add
 #   parentOrganization(WWDX(FM), Regional Radio Corporation) from the grant, or hold a grant short of an acquisition).
 # - parentOrganization(WWDX(FM), Landsmen Communications, Ltd.): the assignor of the station's licence (the lane's
 #   call; **doubtful**: the kept text never says 'licensee', and after the grant Landsmen is the former holder).
 # Near-misses: Jencom Broadcasting, Inc. and Liggett Broadcast, Inc. (objectors whose joint petition is denied: no
 #   relation to the station or to Regional; no partner between them -- 'jointly referred to herein as
 #   "Petitioners"' names a joint filing, not a partnership); the Jencom ownership by James A. Jenson (cut sentence).
 relations=[L(REG, "acquired", "WWDX(FM)"), L("WWDX(FM)", "parentOrganization", LAND)],
 outages=[],
 # 'June 17, 1996' (the letter's date, = `published`); 'February 22, 1996' (the joint petition); 'March 5, 1996'
 # (Landsmen's opposition); 'March 15, 1996' (the petitioners' reply). Not dates: '960111' inside the file number
 # BALH-960111HA (a number).
 dates=[D("June 17, 1996", "1996-06-17"), D("February 22, 1996", "1996-02-22"), D("March 5, 1996", "1996-03-05"),
        D("March 15, 1996", "1996-03-15")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

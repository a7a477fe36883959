#!/usr/bin/env python3
"""Gold for batch 52r (session 53, gatherer 52r): two FCC Audio Services Division letters of 1996 and 1998 (the letter
of 6 May 1998, released 8 May 1998, da980877, on the application to assign WZNY(FM), Augusta, Georgia, from Richard
L. Rhoden, Executor to Cumulus Licensing Corp., granting GHB of Augusta, Inc.'s petition to deny and dismissing the
application -- the UNT web archive's copy of the FCC's ASCII text; the letter of 16 December 1996 granting Western
States Broadcasting, Inc.'s and Sandra Ann Falk's application to assign KWSA(AM), West Klamath, Oregon, over Wynne
Broadcasting Company, Inc.'s petition to deny -- the UNT web archive's copy of the Division's HTML page), written from
the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-52p of the lane; GUIDELINES section 2): an assignment application the Bureau dismisses
after granting a petition to deny -> no acquired (GUIDELINES: a blocked deal does not count; near-miss); a granted
licence assignment -> acquired(assignee, the station) only where the assignee is an annotated company (44k, 50c-52p);
the assignor of a station's licence -> parentOrganization(S, X) (51e's to 52p's call; **doubtful**: a reader may give
the licence holder no ownership link); an assignor or assignee that is a Person (an estate's executor, an individual
buyer) -> no relation (no corpus file holds a relation with a Person at either end; near-miss); radio stations ->
Company (35l, 43v, 49m, 51e-52p); a station's call sign with another service suffix in the 'Re:' line ('KWSA(FM)' beside
the body's 'KWSA(AM)') -> alias (**doubtful**); short names in parentheses or quotation marks ('(Western)',
'("Cumulus")') -> aliases; place names -> Location, a state's abbreviation ('GA') its own Location as written (51r,
51zd, 51zo, 51zq, 52d, 52k, 52p; **doubtful**); 'we' (the Bureau, unnamed in the kept text) no entity; files,
applications, petitions, laws ('the Telecommunications Act of 1996': its year no date, 44l) not annotated; the 'Re:'
and 'In re:' lines kept as `title` not annotated beyond what the text repeats.
usage: batch52r_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53r/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WZNY(FM), Augusta: Richard L. Rhoden, Executor -> Cumulus Licensing Corp. (dismissed), 1998-05-08 -------------
CUM = "Cumulus Licensing Corp."
GHB = "GHB of Augusta, Inc."
A["us-fcc-wzny-fm-augusta-rhoden-executor-cumulus-licensing-ghb-petition-to-deny-assignment-dismissed-letter-1998"] = dict(
 # Companies: WZNY(FM) (the 'In re:' line and the body); Cumulus Licensing Corp. ('("Cumulus")' -> alias); GHB of
 # Augusta, Inc. ('("GHB")' -> alias; 'Augusta' inside its name is no mention of its own, but Augusta is named on its
 # own twice). Person: Richard L. Rhoden ('Richard L. Rhoden, Executor': the estate's executor, selling the licence).
 # Locations: Augusta (twice), GA (the 'In re:' line, as written; **doubtful** as in the docstring), Georgia. Not
 # annotated: 'we' (the Bureau writing, unnamed: the letterhead was left out), 'the above-captioned application', 'a
 # petition to deny', BALH-970917EG.
 entities=[E("Company", "WZNY(FM)"), E("Company", CUM, "Cumulus"), E("Company", GHB, "GHB"),
           E("Person", "Richard L. Rhoden"), E("Location", "Augusta"), E("Location", "GA"), E("Location", "Georgia")],
 # No role: 'Executor' is Rhoden's capacity for an estate the text does not name (no organisation, no title in the
 # vocabulary; near-miss).
 roles=[],
 # No relation. Near-misses: acquired(Cumulus Licensing Corp., WZNY(FM)) ('the above-captioned application to assign
 #   the license of WZNY(FM) ... to Cumulus Licensing Corp.', but 'we will grant the petition to deny ... and dismiss
 #   the application': a blocked deal, GUIDELINES -> nothing; **doubtful** only in that a reader may hold the agreed
 #   sale as 'agreed' before the Bureau's ruling -- the same letter ends it); parentOrganization(WZNY(FM), Richard L.
 #   Rhoden) (the seller is a Person acting as executor: no relation with a Person); GHB of Augusta, Inc. (an objector:
 #   no relation to Cumulus or the station); Cumulus's four stations in the market (in the cut sentence).
 relations=[],
 outages=[],
 # 'May 6, 1998' (the letter's date); 'May 8, 1998' (the release, = `published`); 'October 27, 1997' (GHB's petition).
 # Not dates: '970917' inside the file number BALH-970917EG (a number).
 dates=[D("May 6, 1998", "1998-05-06"), D("May 8, 1998", "1998-05-08"), D("October 27, 1997", "1997-10-27")])

# ---- KWSA(AM), West Klamath: Western States Broadcasting, Inc. and Sandra Ann Falk, assignment granted, 1996-12-16 --
WSB = "Western States Broadcasting, Inc."
WYNNE = "Wynne Broadcasting Company, Inc."
A["us-fcc-western-states-broadcasting-kwsa-west-klamath-falk-wynne-petition-to-deny-assignment-granted-letter-1996"] = dict(
 # Companies: Western States Broadcasting, Inc. (the 'Re:' line and "Inc.'s (Western)"; '(Western)', "Western's" ->
 # alias 'Western', possessive dropped); KWSA(AM) (three times in the body; the 'Re:' line's 'KWSA(FM)' -> alias:
 # the same station under the letter's other suffix, **doubtful**: a reader may hold it a typing slip not to be
 # listed, or a second station); Wynne Broadcasting Company, Inc. ("Inc.'s (Wynne)", "Wynne's" -> alias 'Wynne').
 # Person: Sandra Ann Falk ("Sandra Ann Falk's", the co-applicant; 'the assignee' by implication). Locations: West
 # Klamath, Oregon (each twice). Not annotated: 'the applicant', 'the assignee', 'the station' (generic), the
 # 'Telecommunications Act of 1996' (a law), 'Application for Consent to Assignment of Broadcast Station License',
 # 'Petition to Deny', 'Opposition', 'Response' (filings), BAL-960913EM, 'we' (the Bureau, unnamed in the kept text).
 entities=[E("Company", WSB, "Western"), E("Company", "KWSA(AM)", "KWSA(FM)"), E("Company", WYNNE, "Wynne"),
           E("Person", "Sandra Ann Falk"), E("Location", "West Klamath"), E("Location", "Oregon")],
 # No title is given to anyone.
 roles=[],
 # - parentOrganization(KWSA(AM), Western States Broadcasting, Inc.): Western, first named on the 'Application for
 #   Consent to Assignment of Broadcast Station License ... for KWSA(AM)' and named in the 'Re:' line with the station,
 #   is the licensee assigning it (the lane's assignor call; **doubtful**: the kept text never says 'licensee' -- the
 #   cut sentence's 'Western's request to extend special temporary authority' would -- and a reader may give the
 #   assignor no ownership link).
 # Near-misses: acquired(Sandra Ann Falk, KWSA(AM)) ('we grant the assignment application'; Falk the co-applicant and,
 #   by implication, 'the assignee' -- a Person: no relation, and the text never names her assignee outright);
 #   Wynne Broadcasting Company, Inc. (an objector whose petition is denied: no relation); no partner between Western
 #   and Falk (joint applicants to a sale).
 relations=[L("KWSA(AM)", "parentOrganization", WSB)],
 outages=[],
 # 'December 16, 1996' (the letter's date, = `published`); 'September 13, 1996' (the application); 'October 15, 1996'
 # (Wynne's petition); 'October 30, 1996' (Western's opposition); 'November 13, 1996' (Wynne's response); 'March 4,
 # 1994' (silent since). Not dates: '1996' inside 'the Telecommunications Act of 1996' (a law's name, 44l), '960913'
 # inside the file number, 'before its license expires' (no calendar value in the text).
 dates=[D("December 16, 1996", "1996-12-16"), D("September 13, 1996", "1996-09-13"),
        D("October 15, 1996", "1996-10-15"), D("October 30, 1996", "1996-10-30"),
        D("November 13, 1996", "1996-11-13"), D("March 4, 1994", "1994-03-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

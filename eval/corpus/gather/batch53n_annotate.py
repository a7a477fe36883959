#!/usr/bin/env python3
"""Gold for batch 53n (session 54, gatherer 53n): two FCC Audio Services Division texts of the 1990s (the 1996
letter denying WENK of Union City, Inc.'s petition for reconsideration of the cancellation of its construction
permit for FM station WAAT, Tiptonville, Tennessee -- the UNT web archive's copy of the Division's HTML page -- and
the Division's Hearing Designation Order in MM Docket No. 93-37 on the noncommercial FM applications of Lehigh Valley
Community Broadcasters Board of Directors, Beacon Broadcasting Corporation and Northampton Community College --
fcc.gov's own documents collection page), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-53l of the lane; GUIDELINES section 2): the company whose applications for a station's
authorizations the text names (here the permittee that applied to extend the time to construct it) ->
parentOrganization(S, X) (the lane's licensee call of 51e-53l; **doubtful**: the kept text never says 'permittee' or
'licensee', and the permit was cancelled -- relations carry no time); radio stations, unbuilt or licensed, -> Company
(35l, 43v, 49m, 51e-53l), named as the text writes them ('WAAT(FM)', 'WDVR(FM)'); broadcast applicants -> Company
(GUIDELINES: broadcasters are Company), a community college -> Organization (a school); 'the Commission' ->
Organization 'Commission' (51zg-53l); place names -> Location, a state's abbreviation ('TN') its own Location as
written (51r-53l); staff titles with no person named ('the Chief, FM Branch', 'the Chief, Audio Services Division')
no entity or role; counsel (in the cut addressee blocks) no entity; file numbers, rules (47 C.F.R. 73.509), contours
and frequencies not annotated; the 'In re' / caption lines kept as text are annotated as text.
usage: batch53n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WAAT(FM), Tiptonville: WENK of Union City, Inc., reconsideration denied, 1996 (file dated 1996-07-31) ---------
WUCI = "WENK of Union City, Inc."
A["us-fcc-waat-fm-tiptonville-wenk-of-union-city-construction-permit-extension-reconsideration-denied-letter-1996"] = dict(
 # Companies: WAAT(FM) (the 'In re:' line, 'station WAAT(FM)', 'WAAT(FM)'s facilities'; one surface form); WENK of
 # Union City, Inc. (once; '("WUCI")', 'WUCI requests', 'WUCI's application' twice -> alias 'WUCI'). Locations:
 # Tiptonville (twice), TN (the 'In re:' line, as written), Tennessee. Not annotated: 'WENK' inside the company's
 # name (a call sign the text never uses on its own: GUIDELINES, a name inside another name is no entity of its own);
 # 'the staff', 'our ... decision letter' (the Division, never named in the kept text: no 'Commission' here);
 # 'the station' (WAAT(FM), generic phrase); BMPH-940915JA, BMPH-940922IC, BPH-920717MA (file numbers).
 entities=[E("Company", "WAAT(FM)"), E("Company", WUCI, "WUCI"),
           E("Location", "Tiptonville"), E("Location", "TN"), E("Location", "Tennessee")],
 # No person in the kept text (counsel's names lie in the cut addressee blocks).
 roles=[],
 # - parentOrganization(WAAT(FM), WENK of Union City, Inc.): 'WUCI's application for extension of time to construct
 #   station WAAT(FM)' and 'WUCI's application to modify WAAT(FM)'s facilities' -- the company that applies for the
 #   station's permit extension and modification holds the permit (the lane's licensee/permittee call; **doubtful**:
 #   'permittee' is not written, the station was never built, and the permit is said to be cancelled -- kept because
 #   relations carry no time, GUIDELINES 'ownership the text states as past ... is still recorded').
 # Near-misses: no acquired (no sale); the cancelled permit and deleted call sign (a regulatory act on the station,
 #   not an outage and no relation); 'WENK' (a sister call sign implied by the company's name: no entity, no relation).
 relations=[L("WAAT(FM)", "parentOrganization", WUCI)],
 outages=[],
 # 'December 1, 1995' (the petition's filing); 'October 27, 1995' (the earlier decision letter). Not dates: '940915',
 # '940922', '920717' inside the file numbers. The letter's own date is not in the kept text (`published` from the
 # page's file name).
 dates=[D("December 1, 1995", "1995-12-01"), D("October 27, 1995", "1995-10-27")])

# ---- Lehigh / Beacon / Northampton: NCE FM applications, Hearing Designation Order (release line 'March 9, 1992') ---
LEH = "Lehigh Valley Community Broadcasters Board of Directors"
A["us-fcc-lehigh-valley-community-broadcasters-beacon-broadcasting-northampton-allentown-nce-fm-hearing-designation-order-1992"] = dict(
 # Companies: Lehigh Valley Community Broadcasters Board of Directors (the caption's name, its two lines joined;
 # '(Hereafter "Lehigh")' -> alias 'Lehigh'; **doubtful** type: a community group applying for a noncommercial
 # station may read as an Organization -- typed Company as a broadcaster applicant, GUIDELINES 'broadcasters ... are
 # Company'); Beacon Broadcasting Corporation ('(Hereafter "Beacon")' -> alias 'Beacon'); WDVR(FM) ('first adjacent
 # channel station WDVR(FM)'). Organizations: Northampton Community College (a school: Organization; '(Hereafter
 # "Northampton")', 'Northampton's application', 'the Northampton proposal', 'Northampton filed' -> alias
 # 'Northampton'); Commission ('The Commission has before it'). Locations: Allentown (twice), Pennsylvania (three
 # times), Bethlehem Township, Delaware Township, New Jersey. Not annotated: 'Audio Services Division' and 'FM
 # Branch' (named only inside staff titles 'the Chief, ...' with no person: no entity, as the lane left 'the Chief,
 # Audio Division' of 52r-53c); 'Lehigh Valley' inside the applicant's name (no Location of its own); 47 C.F.R. §
 # 73.509; '(60dBu)', '(54dBu)' contours.
 entities=[E("Company", LEH, "Lehigh"), E("Company", "Beacon Broadcasting Corporation", "Beacon"),
           E("Company", "WDVR(FM)"),
           E("Organization", "Northampton Community College", "Northampton"), E("Organization", "Commission"),
           E("Location", "Allentown"), E("Location", "Pennsylvania"), E("Location", "Bethlehem Township"),
           E("Location", "Delaware Township"), E("Location", "New Jersey")],
 # No named person ('the Chief, FM Branch' and 'the Chief, Audio Services Division' are titles without names).
 roles=[],
 # No relation: the three are competing applicants (mutually exclusive applications: no partner); WDVR(FM)'s
 # licensee is not named; no sale, no ownership told.
 # Near-misses: partner(Lehigh, Beacon) (rivals for one frequency, not partners); parentOrganization(WDVR(FM), ...)
 #   (no owner in the text); the applicants' home towns (no relation type for a place).
 relations=[],
 outages=[],
 # 'February 5, 1992' (adopted) and 'March 9, 1992' (released), as written (**doubtful** year: the cut reporter line
 # and the docket point to 1993; the gold follows the text); 'November 13, 1990' (the return of Northampton's
 # application); 'December 12, 1990' (its petition). Not dates: '89.3', '207A', '73.509'.
 dates=[D("February 5, 1992", "1992-02-05"), D("March 9, 1992", "1992-03-09"),
        D("November 13, 1990", "1990-11-13"), D("December 12, 1990", "1990-12-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

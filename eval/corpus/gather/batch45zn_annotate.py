#!/usr/bin/env python3
"""Batch 45zn gold annotations (the texts of batch45zn.py: the Antitrust Division's releases on its suit, joint with
the Florida Attorney General, against the proposed merger of Morton Plant Health System Inc. and Trustees of Mease
Hospital in North Pinellas County, Florida, Anne K. Bingaman quoted, 5 May 1994; and on its suit, with the United
States Attorney's office for the Northern District of Iowa, against Mercy Health Services and Finley Tri-States Health
Group, Inc. to stop the merger of Mercy Health Center and The Finley Hospital in Dubuque, Bingaman and U.S. Attorney
Stephen J. Rapp quoted, 10 June 1994), written from the texts alone; newskg was not run on them. The split follows the
fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e, 44i, 44m, 44q, 44t, 45b, 45g, 45l, 45s, 45w, 45zb and 45zf for the Division's texts; GUIDELINES section 2): a
merger the Department sued to block, with no buyer stated -> nothing (GUIDELINES: blocked deals; a merger that does
not say who buys whom); "The Department's Antitrust Division" or "The Department of Justice's Antitrust Division" ->
the Division under the Department (43q); 'Assistant Attorney General Anne K. Bingaman, head of the Antitrust Division'
-> head of the Division, current (41h, 45s); a state attorney general named with the post -> no role (45s, 37m's
Schneiderman); a United States Attorney whose office is not named as a body -> no role (39s, 40d, 40h), one whose
office the text names -> head of that office (40zm's Bharara reading; **doubtful**); hospital firms the text calls
'firms' and the health groups sued -> Company (**doubtful**: non-profit systems, a reader may type them Organization);
a hospital the text names as an institution that competes, earns revenue or is operated by a named firm ->
Organization (**doubtful**: GUIDELINES types named sites and facilities as Location; a reader may so type them and
give no relation); 'X operates Y' of a firm and its named hospital -> parentOrganization(Y, X) (**doubtful**); the
dateline 'WASHINGTON, D.C.' as the city's only form -> named as written (43v, 44m, 45g, 45w, 45zb, 45zf); towns,
cities, counties and states named in the text -> Locations, named as written; 'today' resolved against `published`.
usage: batch45zn_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zn/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
AKB = "Anne K. Bingaman"

# ---- Morton Plant / Mease, Division release, published 1994-05-05 (a Thursday) --------------------------------------
MPH = "Morton Plant Health System Inc."
TMH = "Trustees of Mease Hospital"
MPHOSP = "Morton Plant Hospital"
A["us-doj-morton-plant-mease-hospital-merger-north-pinellas-joint-suit-florida-1994"] = dict(
 # Companies: Morton Plant Health System Inc. (twice, no other form), Trustees of Mease Hospital (once; 'Mease' once
 # more, in 'Mease operates two hospitals': an alias) -- 'the two largest general acute care hospital firms' (typed
 # Company as the text calls them firms; **doubtful**: a reader may type them Organization). Organization: Morton
 # Plant Hospital ('operates Morton Plant Hospital in Clearwater': the hospital a named firm runs; **doubtful**: a
 # named facility, a reader may type it Location). Organizations: the Department of Justice ('the Department of
 # Justice'; "The Department's", "The Department's opposition"), the Antitrust Division ("The Department's Antitrust
 # Division", 'the Antitrust Division'). Persons: Anne K. Bingaman ('Bingaman': an alias), Larry H. Colleton, Robert
 # A. Butterworth. Locations: the dateline 'WASHINGTON, D.C.' (the city's only form), Florida ('central Florida',
 # 'Clearwater, Florida', 'Safety Harbor, Florida', 'Florida Attorney General'), North Pinellas County (three times,
 # 'the North Pinellas County area'), Clearwater, Dunedin, Safety Harbor. Not annotated: 'the Florida Attorney
 # General' as a filer (the post of Butterworth, named later; no office named as a body: **doubtful**, a reader may
 # add an Organization 'Florida Attorney General'), 'the Middle District of Florida' (a court district inside
 # Colleton's title, as 44d's; **doubtful**), 'a State', 'two central Florida hospitals', 'two hospitals' (Mease's,
 # unnamed), 'the combined hospitals', 'consumers', 'the residents' (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR), E("Location", "Florida"),
           E("Location", "North Pinellas County"), E("Company", MPH), E("Company", TMH, "Mease"),
           E("Organization", MPHOSP), E("Location", "Clearwater"), E("Location", "Dunedin"),
           E("Location", "Safety Harbor"), E("Person", AKB, "Bingaman"), E("Person", "Larry H. Colleton"),
           E("Person", "Robert A. Butterworth")],
 # 'Assistant Attorney General Anne K. Bingaman, head of the Antitrust Division' -> head of the Antitrust Division,
 # current (41h, 45s). 'Larry H. Colleton, United States Attorney for the Middle District of Florida' -> no role (no
 # office named as a body: 39s, 40d, 40h; **doubtful**: a reader may give 'head' of an office the text does not
 # name). 'Florida Attorney General Robert A. Butterworth' -> no role (a state's law officer, 45s; **doubtful**: a
 # reader may give 'other' or 'head' at Florida)
 roles=[R(AKB, "head", ATR)],
 # "The Department's Antitrust Division" after 'the Department of Justice' -> the Division under the Department
 # (43q). 'Morton Plant Health System Inc. operates Morton Plant Hospital in Clearwater, Florida' -> the hospital
 # under the firm: parentOrganization(Morton Plant Hospital, Morton Plant Health System Inc.) (**doubtful**: 'operates'
 # need not mean owns; with the hospital typed Location a reader gives nothing). 'a proposed merger between two
 # central Florida hospitals', 'the proposed acquisition', 'the proposed merger' -> a merger the text does not say
 # who buys, and one the Department sued to stop -> nothing (**near-miss**, GUIDELINES: blocked deals). 'Mease
 # operates two hospitals, in Dunedin and Safety Harbor' -> the hospitals unnamed: nothing. 'the first joint
 # antitrust prosecution involving the Department of Justice and a State', 'announced jointly by' three officials ->
 # government bodies acting together: no partner (45g, 45s, 45zb)
 relations=[ATR_DOJ, L(MPHOSP, "parentOrganization", MPH)],
 outages=[],
 # 'today' -> 1994-05-05. Not dates: 'nearly 60 percent' (a share)
 dates=[D("today", "1994-05-05")])

# ---- Mercy / Finley (Dubuque), Division release, published 1994-06-10 (a Friday) ------------------------------------
MHS = "Mercy Health Services"
FTS = "Finley Tri-States Health Group, Inc."
MHC = "Mercy Health Center"
TFH = "The Finley Hospital"
USAO = "United States Attorney's office for the Northern District of Iowa"
SJR = "Stephen J. Rapp"
A["us-doj-mercy-health-services-finley-tri-states-dubuque-hospital-merger-suit-1994"] = dict(
 # Companies: Mercy Health Services, Finley Tri-States Health Group, Inc. (once each, no other form; the health groups
 # sued, typed Company as the Morton Plant release's 'hospital firms'; **doubtful**: a reader may type them
 # Organization). Organizations: Mercy Health Center ('Mercy' three times: 'Mercy and Finley are each other's only
 # competitors', 'Both Mercy, a 422 bed licensed acute care hospital', 'In 1993 Mercy and Finley had ... revenues':
 # the hospital, an alias; **doubtful**: a reader may fold 'Mercy' into Mercy Health Services), The Finley Hospital
 # ('Finley' three times likewise: an alias of the hospital, not of Finley Tri-States Health Group, Inc.), the
 # Department of Justice ("The Department of Justice's", "the Department's opposition", 'The Department has'), the
 # Antitrust Division (twice), the United States Attorney's office for the Northern District of Iowa (named as
 # written, lower-case 'office'; **doubtful**: a reader may trim it to a shorter form). Persons: Anne K. Bingaman,
 # Stephen J. Rapp. Locations: the dateline 'WASHINGTON, D.C.', Dubuque ('the Dubuque, Iowa area', 'the Dubuque
 # community', 'in and around Dubuque', 'the county of Dubuque', 'driving distance of Dubuque': one name for town and
 # county; **doubtful**: a reader may keep 'the county of Dubuque' apart), Iowa, Rockford, Illinois, Tampa, Florida.
 # Not annotated: 'the Northern District of Iowa' (inside the office's name), 'the government' (generic for the
 # plaintiffs), 'a hospital monopoly', 'the combined hospitals', 'the hospital', 'consumers' (generic)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Organization", ATR),
           E("Organization", USAO), E("Location", "Dubuque"), E("Location", "Iowa"), E("Company", MHS),
           E("Company", FTS), E("Organization", MHC, "Mercy"), E("Organization", TFH, "Finley"),
           E("Person", AKB), E("Person", SJR)]
          + locs("Rockford", "Illinois", "Tampa", "Florida"),
 # 'Assistant Attorney General Anne K. Bingaman, head of the Antitrust Division' -> head of the Antitrust Division,
 # current. 'said U.S. Attorney Stephen J. Rapp' after 'the United States Attorney's office for the Northern District
 # of Iowa filed suit' -> head of that office, current (the office named as a body, 40zm's Bharara; **doubtful**: the
 # text does not tie Rapp to the district in words, a reader may give no role)
 roles=[R(AKB, "head", ATR), R(SJR, "head", USAO)],
 # "The Department of Justice's Antitrust Division" -> the Division under the Department (43q). 'filed against Mercy
 # Health Services and Finley Tri-States Health Group, Inc., to prevent them from merging Mercy Health Center and The
 # Finley Hospital' -> the groups behind the two hospitals, but the text never says which owns which (**near-miss**;
 # **doubtful**: a reader may record parentOrganization(Mercy Health Center, Mercy Health Services) and
 # parentOrganization(The Finley Hospital, Finley Tri-States Health Group, Inc.) from the shared names). The merger
 # the suit would block -> nothing (no buyer stated; a blocked deal: **near-miss**). 'The Department's Antitrust
 # Division and the United States Attorney's office ... filed suit' -> two government bodies acting together: no
 # partner. 'each other's only competitors' -> rivals, no relation. 'similar action ... in Rockford, Illinois and in
 # the Tampa, Florida area' -> other suits, no party named
 relations=[ATR_DOJ],
 outages=[],
 # 'today' -> 1994-06-10; 'In 1993' -> '1993' (the surface text as printed after 'In'). Not dates: '422 bed', '141
 # beds', '70 mile', '$75 million' (counts and amounts)
 dates=[D("today", "1994-06-10"), D("1993", "1993")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

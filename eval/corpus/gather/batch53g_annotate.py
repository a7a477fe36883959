#!/usr/bin/env python3
"""Gold for batch 53g (session 54, gatherer 53g): three FCC texts of 1996, 2005 and 2013 on commercial radio
assignments and a transfer of control (the Commission's Memorandum Opinion and Order FCC 95-449 of 18 March 1996
affirming the grant of the assignment of KSYN(FM), Joplin, Missouri, from William B. Neal to Big Mack Broadcasting,
L.L.C. over West Group Broadcasting, Ltd.'s application for review; the Audio Division's letter DA 05-1710 of 24 June
2005 denying a waiver and dismissing the applications to assign WGQR(FM) and WBLA(AM), Elizabethtown, North Carolina,
from Sound Business of Elizabethtown, Inc. to WKML License Limited Partnership, a subsidiary of Beasley Broadcast
Group; the Audio Division's letter DA 13-512 of 20 March 2013 denying Great Radio, LLC's objection and granting the
transfer of control of Pembrook Pines Mass Media N.A. Corp. from Richard A. Foreman, Receiver, to Robert J. Pfuntner
-- a vdocuments.mx OCR copy, a docslib.org copy and a docs.fcc.gov text file), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_
annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-53a of the lane; GUIDELINES section 2): a granted (here: affirmed) assignment whose
consummation the text does not tell -> acquired(assignee, the station) only (44k, 50c-53a); assignment applications
the letter dismisses -> no acquired (GUIDELINES: blocked or abandoned deals give nothing; 53a's KCRR); the assignor or
licensee of a station -> parentOrganization(S, licensee) (51e's to 53a's licensee call; **doubtful**: a reader may give
the licence holder no ownership link); a person assignor or transferor (William B. Neal; a receiver; a sole
stockholder) -> no relation (parentOrganization and acquired join companies and organisations only); 'X, a subsidiary
of Y' -> parentOrganization(X, Y); '(collectively, "Y")' naming a subsidiary and its parent together -> the alias of the
parent whose name it shortens (52k's '(collectively, "Clear Channel")'; **doubtful**: 53a's ADX rule gives a
collective label of two unrelated petitioners no alias); radio stations -> Company (35l, 43v, 49m, 51e-53a); a
court-appointed receiver -> role other at the company he controls (53a's Charles W. Cherry; **doubtful**); the
objectors (West Group Broadcasting, Great Radio) -> no relation (53a's ADX); short names in parentheses and quotation
marks ('("West")', '("BMB")', '("Neal")', '(\u201cSound Business\u201d)', '(\u201cPembrook Pines\u201d)',
'(\u201cForeman\u201d)') -> aliases (52p-53a); a label for several stations ('the "Stations"') or for filers ('the
"Petitioners\'') -> no alias; defined names of filings and decisions ('Bureau Letter', 'Assignment Applications',
'Waiver Request', 'Supplement', 'Application', 'Informal Objection', 'FCC Form 316') -> not annotated, and the FCC
named only inside a form's name is no entity (by the rule for a company named only inside a product's name;
**doubtful**); 'the Commission' -> Organization 'Commission', one surface form (51zg-53a); a bureau and its division
written in one chain ('the Chief, Audio Services Di- vision, Mass Media Bureau') -> each an Organization and
parentOrganization(division, bureau) (51zg's 'the Media Bureau, Audio Division'; **doubtful**), the division's name as
the OCR writes it ('Di- vision', the text's only surface form); the Office of Management and Budget -> Organization;
place names -> Location, a state's abbreviation in the 'In re:' lines ('NC', 'NY') its own Location as written
(51r-53a), a place inside a company's name ('Sound Business of Elizabethtown, Inc.') part of that name; 'the Metro'
(unnamed) no entity; 'we' (the Division or the Commission) -> no entity; files, facility IDs, rule sections not
annotated; the captions and 'In re:' lines kept as `title` not annotated beyond what the text repeats.
usage: batch53g_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54g/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- KSYN(FM) Joplin: William B. Neal -> Big Mack Broadcasting, L.L.C. (FCC 95-449), released 1996-03-18 ------------
KSYN = "KSYN(FM)"
BMB = "Big Mack Broadcasting, L.L.C."
WEST = "West Group Broadcasting, Ltd."
NEAL = "William B. Neal"
ASD, MMB = "Audio Services Di- vision", "Mass Media Bureau"
A["us-fcc-william-b-neal-big-mack-broadcasting-ksyn-fm-joplin-assignment-west-group-review-order-1996"] = dict(
 # Organizations: the Commission ('By the Commission:', 'The Commission has before it'); the Audio Services Division,
 # as the OCR writes it ('Audio Services Di- vision', once; **doubtful**: a reader may normalise the name to 'Audio
 # Services Division' or leave the broken form out); the Mass Media Bureau (once). Companies: West Group
 # Broadcasting, Ltd. ('("West")', 'filed by West' -> alias 'West'); KSYN(FM) (twice); Big Mack Broadcasting, L.L.C.
 # ('("BMB")', 'BMB filed' -> alias 'BMB'). Person: William B. Neal ('("Neal")' -> alias). Locations: Joplin,
 # Missouri (twice each). Not annotated: 'the Chief' (unnamed), '("Bureau Letter")' and 'The Bureau Letter' (a
 # decision's defined name; not an alias of the Bureau), 'two other parties' (unnamed), '(the "Petitioners\')' (a
 # label for West and two unnamed parties), the caption words kept only as `title` ('WILLIAM B. NEAL', 'BIG MACK
 # BROADCASTING, L.L.C.', 'Assignor', 'Assignee').
 entities=[E("Organization", CM), E("Organization", ASD), E("Organization", MMB),
           E("Company", WEST, "West"), E("Company", KSYN), E("Company", BMB, "BMB"), E("Person", NEAL, "Neal"),
           E("Location", "Joplin"), E("Location", "Missouri")],
 # No named person holds a title in the kept text (the Chief is unnamed; Neal is the assignor, no post) -> no role.
 roles=[],
 # - acquired(Big Mack Broadcasting, L.L.C., KSYN(FM)): 'granted the above-captioned assignment of license for
 #   KSYN(FM), Joplin, Missouri, from William B. Neal ("Neal") to Big Mack Broadcasting, L.L.C.', 'we affirm the
 #   above-cap- tioned assignment grant', 'BMB filed the above-captioned application to acquire the license of station
 #   KSYN(FM)' (granted and affirmed, consummation not told -> acquired only).
 # - parentOrganization(Audio Services Di- vision, Mass Media Bureau): 'the Chief, Audio Services Di- vision, Mass
 #   Media Bureau' (the division written under its bureau; 51zg's call, **doubtful** as in the docstring; 52t gave
 #   none where the two were never written together).
 # Near-misses: Neal's ownership of KSYN(FM) (a person assignor: no parentOrganization); West's application for review
 #   and the joint petition to deny (objectors: no relation to BMB or Neal); the Bureau Letter's denial (a decision);
 #   BMB as licensee of KJKT(FM) and the WMBH(AM) swap to Neal (in the text cut off).
 relations=[L(BMB, "acquired", KSYN), L(ASD, "parentOrganization", MMB)],
 outages=[],
 # 'October 30, 1995' (adopted), 'March 18, 1996' (released, = `published`), 'June 27, 1995' (the Bureau Letter),
 # 'March 16, 1995' (BMB's filing). Not dates: '950316' inside the file number (caption, left out).
 dates=[D("October 30, 1995", "1995-10-30"), D("March 18, 1996", "1996-03-18"), D("June 27, 1995", "1995-06-27"),
        D("March 16, 1995", "1995-03-16")])

# ---- WGQR(FM), WBLA(AM) Elizabethtown: Sound Business -> WKML License LP (Beasley), dismissed (DA 05-1710), 2005 ------
WGQR, WBLA = "WGQR(FM)", "WBLA(AM)"
SB = "Sound Business of Elizabethtown, Inc."
WKML = "WKML License Limited Partnership"
BEA = "Beasley Broadcast Group"
A["us-fcc-sound-business-of-elizabethtown-wkml-license-beasley-broadcast-wgqr-wbla-assignment-waiver-denied-letter-2005"] = dict(
 # Companies: WGQR(FM) (the 'In re:' line, the body twice); WBLA(AM) (the 'In re:' line, the body once); Sound
 # Business of Elizabethtown, Inc. ('(\u201cSound Business\u201d)' -> alias); WKML License Limited Partnership (once);
 # Beasley Broadcast Group ('(collectively, \u201cBeasley\u201d)', 'Beasley amended', 'Beasley\u2019s six stations' ->
 # alias 'Beasley', the parent whose name the label shortens (52k); **doubtful**: the label names both companies
 # together -- a reader may give it to the subsidiary (the applicant that 'amended its application'), to neither (53a's
 # ADX rule), or make it its own entity). Organizations: the Office of Management and Budget; the Commission ('the
 # Commission required'). Locations: Elizabethtown (the 'In re:' line twice, 'licensed to Elizabethtown, North
 # Carolina'; not the 'Elizabethtown' inside Sound Business's name), NC (the 'In re:' line, as written), North
 # Carolina. Not annotated: '(the \u201cStations\u201d)' (two stations together), 'the Metro' (unnamed), 'Assignment
 # Applications', 'Waiver Request', 'Supplement', 'Public Notice', 'the local radio ownership rule', 'Section
 # 73.3555(a)', the facility and file numbers.
 entities=[E("Company", WGQR), E("Company", WBLA), E("Company", SB, "Sound Business"), E("Company", WKML),
           E("Company", BEA, "Beasley"), E("Organization", "Office of Management and Budget"), E("Organization", CM),
           E("Location", "Elizabethtown"), E("Location", "NC"), E("Location", "North Carolina")],
 # No person is named in the kept text (Sally A. Buckman was in the addressee block and salutation left out).
 roles=[],
 # - parentOrganization(WKML License Limited Partnership, Beasley Broadcast Group): 'WKML License Limited Partnership,
 #   a subsidiary of Beasley Broadcast Group'.
 # - parentOrganization(WGQR(FM) and WBLA(AM), Sound Business of Elizabethtown, Inc.): the assignor ('assignment of the
 #   licenses ... for stations WGQR(FM) and WBLA(AM) ... from Sound Business of Elizabethtown, Inc.'; the licensee
 #   call, **doubtful** as in the docstring).
 # Near-misses: acquired(WKML License Limited Partnership, each station) -> nothing: the letter denies the waiver and
 #   dismisses the applications (**doubtful**: a reader may give acquired for the agreed deal); 'Beasley\u2019s six
 #   stations in the Metro' (unnamed stations: no relation); the Office of Management and Budget's approval of the
 #   forms and the Commission's requirement (regulatory, no relation).
 relations=[L(WKML, "parentOrganization", BEA), L(WGQR, "parentOrganization", SB), L(WBLA, "parentOrganization", SB)],
 outages=[],
 # 'June 24, 2005' (the letter's date, = `published`); 'November 8, 2004' (the amendment); 'April 15, 2005' (the
 # supplement); 'September 20, 2004' (the public notice). Not dates: '20040628' inside the file numbers; '50%'.
 dates=[D("June 24, 2005", "2005-06-24"), D("November 8, 2004", "2004-11-08"), D("April 15, 2005", "2005-04-15"),
        D("September 20, 2004", "2004-09-20")])

# ---- WVIN-FM, WABH(AM), WQRW(FM): Pembrook Pines, Foreman (Receiver) -> Pfuntner (DA 13-512), 2013-03-20 -----------
NY_ST = ["WVIN-FM", "WABH(AM)", "WQRW(FM)"]
PP = "Pembrook Pines Mass Media N.A. Corp."
GRR = "Great Radio, LLC"
FOR, PFU = "Richard A. Foreman", "Robert J. Pfuntner"
A["us-fcc-pembrook-pines-mass-media-foreman-receiver-pfuntner-wvin-wabh-wqrw-transfer-control-great-radio-letter-2013"] = dict(
 # Companies: WVIN-FM, WABH(AM), WQRW(FM) (the 'In re:' line and 'licensee of stations ...'; '(collectively, the
 # \u201cStations\u201d)' names three together -> no alias); Pembrook Pines Mass Media N.A. Corp.
 # ('(\u201cPembrook Pines\u201d)' and seven later mentions -> alias); Great Radio, LLC ('(\u201cGreat Radio\u201d)',
 # 'Great Radio\u2019s' -> alias, possessive dropped). Persons: Richard A. Foreman ('(\u201cForeman\u201d)', five later
 # mentions -> alias; the 'In re:' line's 'Richard A. Foreman, Receiver, as Transferor'); Robert J. Pfuntner
 # ('(\u201cPfuntner\u201d)' -> alias). Organization: the Commission ('The Commission granted that application').
 # Locations: Bath (twice), NY (three times, as written), Wellsville. Not annotated: 'FCC Form 316' (a form; the FCC
 # named only inside its name -> no entity, **doubtful** as in the docstring), 'a creditor' (unnamed), 'a Court
 # Order' (the court unnamed), 'Receiver' and 'Transferor'/'Transferee' (role labels), 'Application', 'Informal
 # Objection', the facility and file numbers.
 entities=[E("Company", s) for s in NY_ST]
          + [E("Company", PP, "Pembrook Pines"), E("Company", GRR, "Great Radio"),
             E("Person", FOR, "Foreman"), E("Person", PFU, "Pfuntner"), E("Organization", CM)]
          + [E("Location", n) for n in ("Bath", "NY", "Wellsville")],
 # - Richard A. Foreman: 'Richard A. Foreman (\u201cForeman\u201d), Receiver', 'Foreman, who was appointed as Receiver
 #   and directed to take control of ... the Stations' after 'a Court Order required Pfuntner to transfer control of
 #   Pembrook Pines to Foreman' -> other at Pembrook Pines Mass Media N.A. Corp., current (the transfer back is granted,
 #   its consummation not told; a post outside the vocabulary, as 53a's Charles W. Cherry; **doubtful**: a reader may
 #   give head, the receiver controlling the company, or no role, a receiver being an officer of the court).
 # - Robert J. Pfuntner: 'the sole stockholder of Pembrook Pines' -> no role (a holding, not a post; **doubtful**: a
 #   reader may give other, or read the sole owner as head).
 roles=[R(FOR, "other", PP)],
 # - parentOrganization(each of WVIN-FM, WABH(AM), WQRW(FM), Pembrook Pines Mass Media N.A. Corp.): 'Pembrook Pines
 #   Mass Media N.A. Corp. (\u201cPembrook Pines\u201d), licensee of stations WVIN-FM, WABH(AM), and WQRW(FM)' (the
 #   licensee call).
 # Near-misses: the transfers of control between persons (Pfuntner -> Foreman, the involuntary one granted; Foreman ->
 #   Pfuntner, granted here): no acquired (persons, not companies); Pfuntner's sole stockholding (a person: no
 #   parentOrganization); Great Radio's objection (an objector: no relation); the unnamed creditor's lawsuit.
 relations=[L(s, "parentOrganization", PP) for s in NY_ST],
 outages=[],
 # 'March 20, 2013' (the release line, = `published`); 'March 2012' (the court order). Not dates: '20121109' inside
 # the file number; 'August 2012' is in the text cut off.
 dates=[D("March 20, 2013", "2013-03-20"), D("March 2012", "2012-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

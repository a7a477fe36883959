#!/usr/bin/env python3
"""Gold for batch 51zd (session 52, gatherer 51zd): three FCC broadcast-licence texts of 1967, 1969 and 2002 (the
Commission's decision adopted 14 June 1967, 8 F.C.C.2d 548, granting the assignment of KTRK-TV's licence from Houston
Consolidated Television Co. to Capital Cities Broadcasting Corp. and of WPRO-TV's from Capital Cities to Providence
Television, Inc., with the heading and opening of Commissioner Nicholas Johnson's dissent; the Commission's order FCC
69-356 of 9 April 1969 on the transfer of control of Mooney Broadcasting Corp., parent of Mooney-WMAK, Inc., licensee
of WMAK; the Commission's Hearing Designation Order FCC 02-236 of 2002 on the assignment of KAYD-FM's licence from Hilco
Communications, Inc. to Cumulus Licensing Corp.), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n-51r of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell, and an application pending before the Commission -> acquired(assignee, station) only (44k,
50c, 50f, 50i, 51e, 51j, 51r); the named assignee is the buyer (51e, 51j, 51r); the assignor of a station's licence
('assignment of the license of S ... from X') and a station's stated licensee ('licensee of station WMAK') ->
parentOrganization(S, X) (51e's, 51j's and 51r's call; **doubtful**: a reader may give the licence holder no ownership
link; GUIDELINES: ownership stated as past is still recorded); 'Y (A SUBSIDIARY OF X)', 'X, the parent corporation of
Y' -> parentOrganization(Y, X); a company that 'acquired control of' another on a stated past day -> acquired AND
parentOrganization (GUIDELINES: completed); television and radio stations -> Company (35l, 43v, 49m, 51e, 51j, 51r), a
former call sign given as '(formerly X)' -> alias (GUIDELINES: former names are aliases); Commissioners -> Person with
role other at the Commission (GUIDELINES; 44k, 51r), surnames as the text gives them ('Loevenger' as the page spells
it), a full name in a statement's heading the name and the surname its alias (51r), names written only in capitals
('COMMISSIONER BARTLEY', 'POOLE BROADCASTING CO.') annotated as written (51r's 'MEDIA BUREAU'); names in an upper-case
heading that the body also writes are the same entities, no extra alias (44k, 51r); 'the Commission' -> Organization
'Commission' (48h, 50c, 50i, 51e, 51j, 51r); a short name in parentheses -> alias; place names -> Location, a state's
abbreviation ('Tex.', 'R.I.', 'Tenn.') its own Location as written (51r's 'N.Y.', **doubtful**); file and docket
numbers, rules, policies, laws, applications, channels and auxiliary call signs not annotated; the captions (kept as
`title`) not annotated beyond what the text repeats.
usage: batch51zd_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zd/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- KTRK-TV: Houston Consolidated -> Capital Cities; WPRO-TV: Capital Cities -> Providence Television, 1967-06-14 --
HC = "Houston Consolidated Television Co."
CC = "Capital Cities Broadcasting Corp."
PT = "Providence Television, Inc."
POOLE = "POOLE BROADCASTING CO."
KTRK = "KTRK-TV"
WPRO = "WPRO-TV"
NJ = "NICHOLAS JOHNSON"
A["us-fcc-houston-consolidated-capital-cities-ktrk-tv-providence-television-poole-wpro-tv-assignments-1967"] = dict(
 # Organization: the Commission ('The Commission, by Commissioners ...', 'Commission approval', 'The Commission's
 # action'). Companies: the stations KTRK-TV and WPRO-TV; Houston Consolidated Television Co.; Capital Cities
 # Broadcasting Corp.; Providence Television, Inc.; Poole Broadcasting Co., named only in the dissent's upper-case
 # heading ('(A SUBSIDIARY OF POOLE BROADCASTING CO.)' -> 'POOLE BROADCASTING CO.' as written). The heading's 'KTRK-TV',
 # 'HOUSTON CONSOLIDATED TELEVISION CO.', 'CAPITAL CITIES BROADCASTING CORP.', 'WPRO-TV', 'PROVIDENCE TELEVISION, INC.'
 # are the same entities (no extra alias, 44k). Persons: the seven Commissioners -- Hyde, Bartley, Lee, Cox, Loevenger
 # (the page's spelling, kept), Wadsworth (surnames only) and Johnson ('Commissioner Johnson', 'COMMISSIONER NICHOLAS
 # JOHNSON' -> the full name as written, 'Johnson' alias). Locations: Houston, Tex., Providence, R.I. (the heading's
 # 'HOUSTON, TEX.' and 'PROVIDENCE, R.I.' the same). Not annotated: the auxiliaries' call signs 'KC-5514', 'KD-6245',
 # 'KH-8670', 'KKV-39', 'KST-34' (auxiliary licences tied to KTRK-TV, not stations the text treats as businesses;
 # **doubtful**, a near-miss), 'channel 13', 'channel 12', 'VHF', 'Top Fifty Markets Policy' (a proposed policy),
 # '30 F.R. 8166' and '5 P&F Radio Reg. 2d 571' (citations), 'a multiple station owner', 'the top 50 markets'.
 entities=[E("Organization", CM), E("Company", KTRK), E("Company", WPRO), E("Company", HC), E("Company", CC),
           E("Company", PT), E("Company", POOLE), E("Person", "Hyde"), E("Person", "Bartley"), E("Person", "Lee"),
           E("Person", "Cox"), E("Person", "Loevenger"), E("Person", NJ, "Johnson"), E("Person", "Wadsworth"),
           E("Location", "Houston"), E("Location", "Tex."), E("Location", "Providence"), E("Location", "R.I.")],
 # 'Commissioners Hyde, Bartley, Lee, Cox, Loevenger, and Johnson', 'Commissioner Wadsworth absent' -> other at the
 # Commission (GUIDELINES), all current (the decision's day). No chairman: the text names none (Hyde is not called
 # chairman here, unlike 51r's text). The heading's 'COMMISSIONER NICHOLAS JOHNSON' is the same post.
 roles=[R("Hyde", "other", CM), R("Bartley", "other", CM), R("Lee", "other", CM), R("Cox", "other", CM),
        R("Loevenger", "other", CM), R(NJ, "other", CM), R("Wadsworth", "other", CM)],
 # - acquired(Capital Cities Broadcasting Corp., KTRK-TV): 'Granted assignment of the license of ... KTRK-TV ... from
 #   Houston Consolidated Television Co. to Capital Cities Broadcasting Corp.' (granted; consummation not told ->
 #   acquired only; **doubtful**: Johnson's 'a multiple station owner's acquisition of a fourth station' may read as
 #   done, so a reader may add parentOrganization(KTRK-TV, Capital Cities)).
 # - parentOrganization(KTRK-TV, Houston Consolidated Television Co.): the assignor (**doubtful**, the assignor call).
 # - acquired(Providence Television, Inc., WPRO-TV): 'Also granted was the application for assignment of the license
 #   of ... WPRO-TV ... from Capital Cities Broadcasting Corp. to Providence Television, Inc.' (granted -> acquired
 #   only, as above).
 # - parentOrganization(WPRO-TV, Capital Cities Broadcasting Corp.): the assignor (**doubtful**).
 # - parentOrganization(Providence Television, Inc., POOLE BROADCASTING CO.): 'PROVIDENCE TELEVISION, INC. (A
 #   SUBSIDIARY OF POOLE BROADCASTING CO.)' (stated).
 # Near-misses: 'an exchange of one such station for another' (the two grants told as a swap: no partner, no relation
 #   between Houston Consolidated and Providence Television); 'a multiple station owner's acquisition of a fourth
 #   station' (Capital Cities and KTRK-TV again, no new pair); the heading's 'TRANSFER OF TELEVISION STATION' wording
 #   (the same two assignments); no acquired(Poole, WPRO-TV) (its subsidiary is the assignee: the parent's own purchase
 #   is not told); the auxiliaries (not annotated).
 relations=[L(CC, "acquired", KTRK), L(KTRK, "parentOrganization", HC), L(PT, "acquired", WPRO),
            L(WPRO, "parentOrganization", CC), L(PT, "parentOrganization", POOLE)],
 outages=[],
 # 'June 14, 1967' (the adoption line). Not listed: '(1965)' inside the citation '5 P&F Radio Reg. 2d 571 (1965)'
 # (a reporter citation's year, as 51r skips a year inside a document's name; **doubtful**: a reader may list 1965 as
 # the year of the proposed policy); 'channel 13', 'channel 12', 'top 50', '30 F.R. 8166' (numbers).
 dates=[D("June 14, 1967", "1967-06-14")])

# ---- Mooney Broadcasting Corp. / Mooney-WMAK, Inc. / WMAK, Nashville, FCC 69-356, 1969-04-09 ---------------------
MB = "Mooney Broadcasting Corp."
MW = "Mooney-WMAK, Inc."
A["us-fcc-mooney-broadcasting-parent-mooney-wmak-wmak-nashville-transfer-of-control-order-1969"] = dict(
 # Organization: the Commission ('the Commission's rules'; the upper-case 'BY THE COMMISSION:' the same, no alias).
 # Persons: the three Commissioners, named only in the upper-case line ('COMMISSIONER BARTLEY', 'COMMISSIONER
 # JOHNSON', 'COMMISSIONER COX' -> 'BARTLEY', 'JOHNSON', 'COX' as written; **doubtful** for the capitals, as 51r's
 # heading names). Companies: Mooney Broadcasting Corp. (three times); Mooney-WMAK, Inc.; the station WMAK.
 # Locations: Nashville, Tenn. Not annotated: 'section 1.597', '3-year rule', 'the transferor', 'the transferee',
 # 'the public' (unnamed holders), 'broadcast licenses'; the caption's George P. Mooney and Robert E. Crenshaw (in the
 # `title` only).
 entities=[E("Organization", CM), E("Person", "BARTLEY"), E("Person", "JOHNSON"), E("Person", "COX"),
           E("Company", MB), E("Company", MW), E("Company", "WMAK"), E("Location", "Nashville"),
           E("Location", "Tenn.")],
 # 'COMMISSIONER BARTLEY DISSENTING ...', 'COMMISSIONER JOHNSON JOINS', 'COMMISSIONER COX ABSTAINING' -> other at the
 # Commission (GUIDELINES), current.
 roles=[R("BARTLEY", "other", CM), R("JOHNSON", "other", CM), R("COX", "other", CM)],
 # - parentOrganization(Mooney-WMAK, Inc., Mooney Broadcasting Corp.): 'Mooney Broadcasting Corp., the parent
 #   corporation of Mooney-WMAK, Inc.' (stated).
 # - acquired(Mooney Broadcasting Corp., Mooney-WMAK, Inc.): '... acquired control of the licensee on October 19, 1967'
 #   (the licensee is Mooney-WMAK, Inc.; completed -> acquired with the parentOrganization above; **doubtful**: 'acquired
 #   control' may be read as a change of control inside one group rather than a purchase).
 # - parentOrganization(WMAK, Mooney-WMAK, Inc.): 'Mooney-WMAK, Inc., licensee of station WMAK' (the licensee call,
 #   **doubtful**).
 # Near-misses: the transfer of control of Mooney Broadcasting Corp. itself ('results from the sale of Mooney
 #   Broadcasting Corp. stock to the public'; 'the transferor herein has relinquished de jure control ... but has
 #   retained de facto control'): the transferor and transferees are not named in the text (persons, in the caption
 #   only) -> nothing; no WMAK -> Mooney Broadcasting link beyond the chain above (no transitive relation added); the
 #   grant ('the application Granted') concerns the public sale, not a purchase by a named party.
 relations=[L(MW, "parentOrganization", MB), L(MB, "acquired", MW), L("WMAK", "parentOrganization", MW)],
 outages=[],
 # 'April 9, 1969' (the adoption line), 'October 19, 1967' (control acquired), 'November 6, 1968' (application
 # filed). Not dates: '3-year rule', 'section 1.597'.
 dates=[D("April 9, 1969", "1969-04-09"), D("October 19, 1967", "1967-10-19"),
        D("November 6, 1968", "1968-11-06")])

# ---- Hilco Communications, Inc. -> Cumulus Licensing Corp., KAYD-FM, FCC 02-236, published 2002-09-05 ------------
HI = "Hilco Communications, Inc."
CU = "Cumulus Licensing Corp."
KAYD = "KAYD-FM"
A["us-fcc-hilco-communications-cumulus-licensing-kayd-fm-silsbee-assignment-hearing-designation-order-2002"] = dict(
 # Organization: the Commission ('By the Commission:'; 'we' not annotated). Companies: the station KAYD-FM ('(formerly
 # KLOI(FM))' -> alias, a former call sign as a former name; **doubtful**: a reader may give the old call sign its own
 # entity or none); Hilco Communications, Inc. ('(\u201cHilco\u201d)' -> alias); Cumulus Licensing Corp.
 # ('(\u201cCumulus\u201d)' -> alias). Locations: Silsbee, Texas. Not annotated: 'the Notice of Proposed Rulemaking',
 # 'MM Docket No. 01-317', 'Section 309(e)', 'the Communications Act of 1934' / '\u201cthe Communications Act\u201d'
 # (a law), 'the interim policy', 'HEARING DESIGNATION ORDER'.
 entities=[E("Organization", CM), E("Company", KAYD, "KLOI(FM)"), E("Company", HI, "Hilco"), E("Company", CU, "Cumulus"),
           E("Location", "Silsbee"), E("Location", "Texas")],
 roles=[],
 # - acquired(Cumulus Licensing Corp., KAYD-FM): 'the unopposed above-captioned application for the assignment of the
 #   license of station KAYD-FM ... from Hilco Communications, Inc. (\u201cHilco\u201d) to Cumulus Licensing Corp.'
 #   (an agreed assignment awaiting the Commission's consent -> acquired only, as 51j's pending applications;
 #   **doubtful**: the Commission 'cannot find ... that grant of this application is consistent with the public
 #   interest' and designates it for hearing, so a reader may hold the deal as stalled, GUIDELINES' 'blocked' -> none;
 #   it is not blocked in the text, only sent to hearing).
 # - parentOrganization(KAYD-FM, Hilco Communications, Inc.): the assignor of the licence (**doubtful**, the assignor
 #   call).
 # Near-misses: footnote 3's Clear Channel Broadcasting Licenses, Inc. and KCOL-FM, Groves, Texas (cut with the
 #   footnotes); 'the competition concerns' (no named competitor in the kept text).
 relations=[L(CU, "acquired", KAYD), L(KAYD, "parentOrganization", HI)],
 outages=[],
 # 'August 15, 2002' (adopted), 'September 5, 2002' (released). Not listed: '1934' inside 'the Communications Act of
 # 1934' (a law's name, as 51r); '01-317', '309(e)' (numbers).
 dates=[D("August 15, 2002", "2002-08-15"), D("September 5, 2002", "2002-09-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

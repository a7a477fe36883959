#!/usr/bin/env python3
"""Gold for batch 52t (session 53, gatherer 52t): two FCC radio-licence texts of 1996 and 2008 (the Audio Services
Division's letter of 1996 to Vincent L. Hoffart dismissing his informal objection to the staff's grant of 17 January
1996 assigning KHHO(AM), Tacoma, from ECI License Company, L.P. to Southwave Wireless Communications, LLC -- a UNT web
archive copy of fcc.gov; the Audio Division's Memorandum Opinion and Order and NAL DA 08-1576 of July 2008 granting the
assignment of WZNP(FM), Newark, Ohio, from Riverside Youth & Rehabilitation to Christian Voice of Central Ohio, Inc.
over Kent State University's petition -- the FCC's own text), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n-52p of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell -> acquired(assignee, the station) only (44k, 50c-52p); the assignor of a station's licence
('assign the license for S ... from X to Y', 'assignment of the license of S ... of X ... to Y') ->
parentOrganization(S, X) (51e's to 52p's call; **doubtful**: a reader may give the licence holder no ownership link;
GUIDELINES: ownership stated as past is still recorded); radio stations -> Company (35l, 43v, 49m, 51e-52p); licensees
that are nonprofit or religious bodies named as broadcasters' assignors and assignees ('Riverside Youth &
Rehabilitation', 'Christian Voice of Central Ohio, Inc.') -> Company, as 52p's Radio Training Network (**doubtful**:
GUIDELINES puts NGOs under Organization); a university -> Organization (GUIDELINES); 'the Commission' / 'Commission
action' -> Organization 'Commission', one surface form (51zg, 51zq, 52d, 52k, 52p); the Media Bureau -> Organization,
'the Bureau' its alias, no parentOrganization to the Commission (51r); the 'Audio Division' of 'By the Chief, Audio
Division:' -> its own Organization with no link to the Media Bureau, the text not writing them together (51zg linked
them only where 'the Media Bureau, Audio Division' stands; **doubtful**); an unnamed 'Chief' and 'the staff' -> no
entity, no role; short names in parentheses or quotation marks ('("ECI")', '(\u201cKSU\u201d)') -> aliases; place
names -> Location, a state's abbreviation ('WA.') its own Location 'WA' as written (51r, 51zd, 52p; **doubtful**);
files, reports ('Broadcast Actions, Report No. 23658'), rules, sections, applications, petitions and objections not
annotated; the captions and 'Re:' lines kept as `title` not annotated beyond what the text repeats.
usage: batch52t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- KHHO(AM), Tacoma: ECI License Company, L.P. -> Southwave Wireless Communications, LLC; Hoffart, 1996 -----------
KHHO = "KHHO(AM)"
ECI = "ECI License Company, L.P."
SW = "Southwave Wireless Communications, LLC"
A["us-fcc-eci-license-company-southwave-wireless-khho-am-tacoma-assignment-informal-objection-letter-1996"] = dict(
 # Person: Vincent Hoffart ('("Hoffart")' -> alias 'Hoffart'; "Hoffart's" twice, possessive dropped). Companies:
 # KHHO(AM) (the 'Re:' line and the body); ECI License Company, L.P. ('("ECI")', 'ECI' -> alias); Southwave Wireless
 # Communications, LLC ('("Southwave")', 'Southwave' -> alias). Organization: the Commission ('prior to Commission
 # action'). Locations: Tacoma (twice), WA (the 'Re:' line's 'WA.,', as written, its full stop the abbreviation's),
 # Washington ('Tacoma, Washington'). Not annotated: 'the staff' and 'we' (the Division, unnamed in the kept text),
 # 'Broadcast Actions, Report No. 23658' and 'Broadcast Applications, Report No. 23664' (public-notice reports:
 # documents), '47 C.F.R. 73.3587' (a rule), 'File No. BAL-951124EB', 'informal objection', 'petition for
 # reconsideration'.
 entities=[E("Person", "Vincent Hoffart", "Hoffart"), E("Company", KHHO), E("Company", ECI, "ECI"),
           E("Company", SW, "Southwave"), E("Organization", CM), E("Location", "Tacoma"), E("Location", "WA"),
           E("Location", "Washington")],
 # Hoffart is named with no post (an objector; the addressee block's 'Senior' was left out and is a name suffix, not
 # a title) -> no role. No other person is named.
 roles=[],
 # - acquired(Southwave Wireless Communications, LLC, KHHO(AM)): 'On January 17, 1996, the staff granted an
 #   application to assign the license for KHHO(AM), Tacoma, Washington from ECI License Company, L.P. ... to
 #   Southwave Wireless Communications, LLC', the late objection dismissed (granted, consummation not told ->
 #   acquired only, as 52p's W244BC; **doubtful**: a grant four months old that an objector could not disturb may be
 #   read as done, so a reader may add parentOrganization(KHHO(AM), Southwave)).
 # - parentOrganization(KHHO(AM), ECI License Company, L.P.): the assignor of the licence (the lane's licensee call;
 #   **doubtful** as in the docstring).
 # Near-misses: 'Southwave and ECI filed oppositions to the informal objection' (a joint filing by the two parties to
 #   the sale: no partner); Hoffart's objection (a Person opposing the grant: no relation); no Division or Bureau
 #   named in the kept text ('the staff', 'we').
 relations=[L(SW, "acquired", KHHO), L(KHHO, "parentOrganization", ECI)],
 outages=[],
 # 'January 18, 1996' (the objection), 'January 17, 1996' (the grant), 'Jan. 23, 1996' (the Broadcast Actions
 # report's release), 'February 20, 1996' (the oppositions), 'February 26, 1996' (Hoffart's response), 'Jan. 31,
 # 1996' (the Broadcast Applications report's release). Not dates: 'Report No. 23658', 'Report No. 23664',
 # '951124' inside the file number (numbers); 'untimely', 'prior to Commission action' (no calendar value).
 dates=[D("January 18, 1996", "1996-01-18"), D("January 17, 1996", "1996-01-17"), D("Jan. 23, 1996", "1996-01-23"),
        D("February 20, 1996", "1996-02-20"), D("February 26, 1996", "1996-02-26"), D("Jan. 31, 1996", "1996-01-31")])

# ---- WZNP(FM), Newark, Ohio: Riverside Youth & Rehabilitation -> Christian Voice of Central Ohio, Inc., DA 08-1576 --
WZNP = "WZNP(FM)"
RIV = "Riverside Youth & Rehabilitation"
CV = "Christian Voice of Central Ohio, Inc."
A["us-fcc-riverside-youth-rehabilitation-christian-voice-central-ohio-wznp-fm-newark-assignment-kent-state-order-2008"] = dict(
 # Organizations: the Media Bureau ('The Media Bureau has before it'; 'the Bureau finds' -> alias 'Bureau'); the
 # Audio Division ('By the Chief, Audio Division:'); the Commission ('the Commission\u2019s Rules', possessive
 # dropped); Kent State University ('(\u201cKSU\u201d)' -> alias; a university, GUIDELINES). Companies: Riverside
 # Youth & Rehabilitation ('(\u201cRiverside\u201d)', 'Riverside' twice more -> alias; the caption's 'd/b/a Riverside
 # Ministries' is in the title only, not annotated; typed Company as the lane's licensees, **doubtful** as in the
 # docstring); WZNP(FM) (twice); Christian Voice of Central Ohio, Inc. ('(\u201cChristian Voice\u201d)' -> alias).
 # Locations: Newark, Ohio ('WZNP(FM), Newark, Ohio'; 'Central Ohio' inside the company's name is no mention of its
 # own). Not annotated: 'the Chief' (unnamed), 'Assignment Application', 'Petition to Deny' / 'Petition', 'Informal
 # Objection', 'Modification Application' (filings, their defined names), 'Section 1.17(a)(1)', 'Rules' (rules),
 # 'noncommercial educational (\u201cNCE\u201d)' (a class of station), the title line 'MEMORANDUM OPINION AND ORDER
 # AND NOTICE OF APPARENT LIABILITY FOR FORFEITURE' (a document's name).
 entities=[E("Organization", "Media Bureau", "Bureau"), E("Organization", "Audio Division"), E("Organization", CM),
           E("Organization", "Kent State University", "KSU"), E("Company", RIV, "Riverside"), E("Company", WZNP),
           E("Company", CV, "Christian Voice"), E("Location", "Newark"), E("Location", "Ohio")],
 # No person is named in the kept text ('the Chief, Audio Division' is unnamed) -> no role.
 roles=[],
 # - acquired(Christian Voice of Central Ohio, Inc., WZNP(FM)): 'application ... of Riverside Youth & Rehabilitation
 #   ... for assignment of the license of noncommercial educational (\u201cNCE\u201d) station WZNP(FM), Newark, Ohio,
 #   to Christian Voice of Central Ohio, Inc.', 'we grant the Assignment Application' (granted, consummation not told
 #   -> acquired only).
 # - parentOrganization(WZNP(FM), Riverside Youth & Rehabilitation): the assignor of the licence, which had earlier
 #   applied 'to modify the WZNP(FM) facilities' (the lane's licensee call; **doubtful** as in the docstring).
 # Near-misses: parentOrganization(Audio Division, Media Bureau) (the Division's Chief signs for the Bureau, but the
 #   text never writes them together; **doubtful** as in the docstring); Kent State University's petition to deny (an
 #   objector: no relation; the text gives no reason for its interest); the lack-of-candor finding and the forfeiture
 #   notice against Riverside (regulatory, no relation); no partner between Riverside and Christian Voice (a sale).
 relations=[L(CV, "acquired", WZNP), L(WZNP, "parentOrganization", RIV)],
 outages=[],
 # 'July 1, 2008' (adopted), 'July 2, 2008' (released, = `published`), 'May 9, 2008' (the petition). Not dates:
 # '20080408' inside the file number (left out), 'an earlier application' (no calendar value).
 dates=[D("July 1, 2008", "2008-07-01"), D("July 2, 2008", "2008-07-02"), D("May 9, 2008", "2008-05-09")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Gold for batch 53za (session 54, gatherer 53za): two FCC texts of 1996 and 2010 on commercial radio transactions (the
Audio Services Division's letter of 24 October 1996 on the transfer of control of WIN-You, Ltd., licensee of WINU(AM),
Highland, Illinois, from Jack E. Chor and Marianna Kasten to ORTCK Communications, Inc., granted 31 July 1996, and on
David Wheeler's petition to deny and request for rescission -- the UNT web archive's copy of the Division's decision
page; the Audio Division's Memorandum Opinion and Order and NAL DA 10-628 of 13 April 2010 on the application to assign
KQLO(AM), Sun Valley, Nevada, from Universal Broadcasting, Inc. (Annabelle Savage, Chapter 7 Trustee) to Jireh Media,
Inc., and Steven Lewis's objection -- the FCC's EDOCS text file), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-53y of the lane; GUIDELINES section 2): a granted transfer of control of a licensee
corporation to a company whose consummation the text does not tell -> acquired(transferee, the licensee corporation
whose control passes) only (51r's Glen Alden, 51zg's WKY, 52d, 52x); a pending assignment -> acquired(assignee, the
station) only (GUIDELINES 'awaiting approval'; 53v); the assignor or licensee of a station -> parentOrganization(S,
licensee) (51e's to 53y's licensee call; **doubtful**: a reader may give the licence holder no ownership link); persons
as transferors (Chor, Kasten) -> no relation (persons are no party of acquired or parentOrganization; 53g, 53y); a
bankruptcy trustee named as the assignor's -> role other at that company (53g's court-appointed receiver call;
**doubtful**); the objector or petitioner (Wheeler, Lewis) -> no relation (53a's ADX, 53o's Holland, 53s's Kidd, 53y's
Radio Palouse); radio stations -> Company (35l, 43v, 49m, 51e-53y); short names in parentheses and quotation marks
('("WIN-You")', '("Chor")', '("ORTCK")', '("Wheeler")', '(\u201cSavage\u201d)', '(\u201cJireh\u201d)',
'(\u201cLewis\u201d)') -> aliases (52p-53y); defined generic terms ('(\u201cStation\u201d)', 'Assignment Application',
'Objection', 'Petition to Deny', 'Request for Rescission', 'Public Notices') -> not annotated; 'By the Chief, Audio
Division, Media Bureau:' -> Organizations Audio Division and Media Bureau, parentOrganization(Audio Division, Media
Bureau) (51zg's 'the Media Bureau, Audio Division' call; the Chief unnamed -> no Person); place names -> Location, a
state's abbreviation as written ('IL') its own Location (51r-53y); the date line, the 'In re:' line and the caption
kept in the texts annotated as text, the `title` not annotated beyond what the text repeats; file, report, account,
facility and FRN numbers -> no entity and no date.
usage: batch53za_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54za/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WIN-You, Ltd. / WINU(AM), Highland: transfer of control to ORTCK Communications, Inc., Wheeler's petition, 1996 --
WIN = "WIN-You, Ltd."
WINU = "WINU(AM)"
ORT = "ORTCK Communications, Inc."
A["us-fcc-win-you-winu-am-highland-transfer-of-control-ortck-communications-wheeler-petition-dismissed-letter-1996"] = dict(
 # Companies: WIN-You, Ltd. ('(\"WIN-You\")' -> alias 'WIN-You'; the licensee whose control passes); WINU(AM) (the 'In
 # re:' line's 'Station WINU(AM)', the body's 'licensee of Station WINU(AM)'); ORTCK Communications, Inc. (the
 # transferee, '(\"ORTCK\")' -> alias 'ORTCK'). Persons: Jack E. Chor ('(\"Chor\")' -> alias 'Chor'), Marianna
 # Kasten (the two transferors, named once); David Wheeler (the petitioner: '(\"Wheeler\")', 'Wheeler's August 7,
 # 1996 Request' -> alias 'Wheeler'). Locations: Highland (the 'In re:' line and the body), IL (the 'In re:' line, as
 # written), Illinois (the body). Not annotated: 'the Petition to Deny', 'Request for Rescission'/'Recission', 'two
 # Public Notices', 'a second notice' (filings and notices, no entity); 'Report No. 23770', 'Report No. 23772' and
 # the file numbers (numbers); 'the station', 'community of license' (generic); no 'Commission' or Division named in
 # the kept text (the letterhead left out).
 entities=[E("Company", WIN, "WIN-You"), E("Company", WINU), E("Company", ORT, "ORTCK")]
          + [E("Person", "Jack E. Chor", "Chor"), E("Person", "Marianna Kasten"), E("Person", "David Wheeler", "Wheeler")]
          + [E("Location", n) for n in ("Highland", "IL", "Illinois")],
 # No titles in the text (Chor and Kasten are the licensee's controlling parties, no office named; Wheeler a
 # petitioner -> no role; **doubtful**: a reader may read the transferors as owners, which has no title in the
 # vocabulary).
 roles=[],
 # - acquired(ORTCK Communications, Inc., WIN-You, Ltd.): 'the captioned application to transfer control of WIN-You,
 #   Ltd. (\"WIN-You\"), licensee of Station WINU(AM), ... from Jack E. Chor (\"Chor\") and Marianna Kasten to ORTCK
 #   Communications, Inc. (\"ORTCK\")' and 'The application was granted July 31, 1996.' (control of the licensee
 #   corporation passes to a company; granted, consummation not told -> acquired only, 51r's Glen Alden and 52d's
 #   call; **doubtful**: a reader may take the grant as the completed change of control and add
 #   parentOrganization(WIN-You, Ltd., ORTCK Communications, Inc.), or name WINU(AM) as the thing acquired; the
 #   rescission request still pending in the letter is a further reason to stop at acquired).
 # - parentOrganization(WINU(AM), WIN-You, Ltd.): 'WIN-You, Ltd. (\"WIN-You\"), licensee of Station WINU(AM)' (the
 #   licensee call).
 # Near-misses: Chor and Kasten giving up control (persons: no relation); Wheeler's petition to deny and request for
 #   rescission (an objector: no relation; the petition 'will be dismissed', the request 'denied'); 'two Public
 #   Notices announcing acceptance for filing' (FCC notices, no organisation named).
 relations=[L(ORT, "acquired", WIN), L(WINU, "parentOrganization", WIN)],
 outages=[],
 # 'October 24, 1996' (the date line, = `published`); 'August 7, 1996' (the rescission request); 'June 28, 1996' and
 # 'July 2, 1996' (the two public notices); 'July 31, 1996' (the grant). Not dates: '960624' inside the file numbers,
 # the report numbers.
 dates=[D("October 24, 1996", "1996-10-24"), D("August 7, 1996", "1996-08-07"), D("June 28, 1996", "1996-06-28"),
        D("July 2, 1996", "1996-07-02"), D("July 31, 1996", "1996-07-31")])

# ---- Universal Broadcasting, Inc. (Savage, Trustee) -> Jireh Media, Inc.: KQLO(AM), Sun Valley, DA 10-628, 2010 ----
UNI = "Universal Broadcasting, Inc."
JIR = "Jireh Media, Inc."
KQLO = "KQLO(AM)"
A["us-fcc-universal-broadcasting-trustee-savage-jireh-media-kqlo-am-sun-valley-assignment-lewis-objection-order-2010"] = dict(
 # Companies: Universal Broadcasting, Inc. (the assignor, in the caption and the body); Jireh Media, Inc. (the
 # assignee: '(\u201cJireh\u201d)' -> alias 'Jireh'); KQLO(AM) (the caption's and the body's 'Station KQLO(AM)'; 'KQLO'
 # inside the title of Lewis's pleading, 'Petition to Deny License Transfer for KQLO, Reno', -> alias 'KQLO';
 # **doubtful**: a reader may leave a name inside a quoted pleading title unannotated). Persons: Annabelle Savage (the
 # body's 'Annabelle Savage, Trustee (\u201cSavage\u201d)'; the caption spells her 'Anabelle Savage' -> alias, with
 # 'Savage'; the name taken from the body, where the order defines her short name; **doubtful**: either spelling could
 # be the name); Steven Lewis (the objector: '(\u201cLewis\u201d)' -> alias 'Lewis'). Organizations: Audio Division and
 # Media Bureau ('By the Chief, Audio Division, Media Bureau:'). Locations: Sun Valley, Nevada (caption and body),
 # Reno (inside the pleading's title; a city the text names). Not annotated: 'the Chief' (unnamed); 'the
 # \u201cAssignment Application\u201d', '(\u201cStation\u201d)', '(\u201cObjection\u201d)' (defined generic terms);
 # 'Chapter 7' (a bankruptcy chapter, no entity); the NAL account, facility, FRN and file numbers.
 entities=[E("Company", UNI), E("Company", JIR, "Jireh"), E("Company", KQLO, "KQLO")]
          + [E("Person", "Annabelle Savage", "Anabelle Savage", "Savage"), E("Person", "Steven Lewis", "Lewis")]
          + [E("Organization", "Audio Division"), E("Organization", "Media Bureau")]
          + [E("Location", n) for n in ("Sun Valley", "Nevada", "Reno")],
 # - Annabelle Savage: 'Anabelle Savage, Chapter 7 Trustee, Universal Broadcasting, Inc., Assignor' and 'from
 #   Universal Broadcasting, Inc., Annabelle Savage, Trustee' -> other at Universal Broadcasting, Inc., current (a
 #   bankruptcy trustee acting for the assignor; 53g's and 53a's receiver call; **doubtful**: a reader may give no role,
 #   a trustee being an officer of the bankruptcy court, or head, the trustee controlling the estate).
 roles=[R("Annabelle Savage", "other", UNI)],
 # - acquired(Jireh Media, Inc., KQLO(AM)): 'the proposed assignment of the license of Station KQLO(AM) ... from
 #   Universal Broadcasting, Inc., Annabelle Savage, Trustee (\u201cSavage\u201d) to Jireh Media, Inc.' (an agreed
 #   assignment awaiting the Division's approval in the kept text -> acquired only, GUIDELINES 'awaiting approval';
 #   **doubtful**: the kept text does not say the deal was agreed in those words -- 'seeking approval for the proposed
 #   assignment' of a filed joint application, the lane's call since 44k; the outcome lies past the excerpt).
 # - parentOrganization(KQLO(AM), Universal Broadcasting, Inc.): the caption's 'Assignor' and the body's 'from
 #   Universal Broadcasting, Inc.' (the licensee call).
 # - parentOrganization(Audio Division, Media Bureau): 'By the Chief, Audio Division, Media Bureau:' (the Division
 #   written under the Bureau, 51zg's call; **doubtful**: 53y gave none where the text named the Bureau alone).
 # Near-misses: Steven Lewis's 'Petition to Deny License Transfer for KQLO, Reno' (an objector: no relation); Savage
 #   as trustee of Universal (a role, not a relation: a person); the NAL in the order's name (a forfeiture, no
 #   relation, its target not told in the kept text).
 relations=[L(JIR, "acquired", KQLO), L(KQLO, "parentOrganization", UNI), L("Audio Division", "parentOrganization", "Media Bureau")],
 outages=[],
 # 'April 12, 2010' (adopted); 'April 13, 2010' (released, = `published`); 'August 26, 2009' (Lewis's filing). Not
 # dates: '20090728' inside the file number, '201041410009' inside the NAL account number.
 dates=[D("April 12, 2010", "2010-04-12"), D("April 13, 2010", "2010-04-13"), D("August 26, 2009", "2009-08-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Gold for batch 53zd (session 54, gatherer 53zd): one FCC text of 2009 on commercial radio assignments (the Audio
Division's letter DA 09-1796, dated 11 and released 12 August 2009, on the proposed voluntary assignments of WTHG(FM),
Hinesville, Georgia, from Scott Savage, Receiver, to WRGO-FM Radio, LLC d/b/a Savannah Radio, and of WFJO(FM),
Folkston, Georgia, WHJX(FM), Baldwin, Florida, and WSJF(FM), St. Augustine Beach, Florida, from the Receiver to Family
Broadcasting, LLC -- licences formerly held by Tama Broadcasting, Inc. -- and on the informal objections of Dr. Glenn
Cherry, Tama's former CEO; the FCC's EDOCS text file), written from the text alone; newskg was not run on it. The
split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-53za of the lane; GUIDELINES section 2): a proposed assignment pending in the kept text
-> acquired(assignee, the station) only (GUIDELINES 'awaiting approval'; 53za's KQLO, 53v); a station's former
licensee -> parentOrganization(S, former licensee) (GUIDELINES 'ownership the text states as past is still
recorded'; 52y's The Watch, 51r); a person as assignor (Scott Savage, Receiver) -> no relation (persons are no party
of acquired or parentOrganization; 53g, 53y, 53za); a receiver named with no company -> no role (53za gave its
trustee 'other' only where the text wrote her beside the company's name; **doubtful**); an objector (Cherry) -> no
relation (53a's ADX, 53o's Holland, 53s's Kidd, 53y's Radio Palouse, 53za's Wheeler and Lewis); 'former Chief
Executive Officer ("CEO") of' -> ceo, current false (GUIDELINES roles); radio stations -> Company (35l, 43v, 49m,
51e-53za); short names in parentheses and quotation marks ('(\u201cCherry\u201d)', '(\u201cTama\u201d)') and a 'd/b/a'
trade name ('WRGO-FM Radio, LLC d/b/a Savannah Radio') -> aliases (52p-53za); defined generic terms
('(\u201cReceiver\u201d)', 'Georgia Application', 'Georgia Objection', 'Florida/Georgia Applications', 'Florida/Georgia
Objection', '(\u201cCEO\u201d)') -> not annotated; place names -> Location, each once however often named (51r-53za);
the date line, the release line and the 'In re:' line kept in the text annotated as text, the `title` not annotated
beyond what the text repeats; facility and file numbers -> no entity and no date.
usage: batch53zd_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54zd/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- Scott Savage, Receiver -> WRGO-FM Radio, LLC (WTHG) and Family Broadcasting, LLC (WFJO, WHJX, WSJF), 2009 ------
WTHG = "WTHG(FM)"
WFJO = "WFJO(FM)"
WHJX = "WHJX(FM)"
WSJF = "WSJF(FM)"
WRGO = "WRGO-FM Radio, LLC"
FAM = "Family Broadcasting, LLC"
TAMA = "Tama Broadcasting, Inc."
A["us-fcc-scott-savage-receiver-wrgo-fm-radio-family-broadcasting-wthg-wfjo-whjx-wsjf-assignments-cherry-objections-letter-2009"] = dict(
 # Companies: the four stations (the 'In re:' line and the body: 'Station WTHG(FM)', 'Stations WFJO(FM), ...
 # WHJX(FM), ... and WSJF(FM)'); WRGO-FM Radio, LLC (the WTHG assignee; 'd/b/a Savannah Radio' -> alias 'Savannah
 # Radio', the trade name it does business under; **doubtful**: a reader may take Savannah Radio for a Service or
 # leave it out); Family Broadcasting, LLC (the assignee of the other three); Tama Broadcasting, Inc. ('(\u201cTama\u201d)',
 # 'formerly held by Tama' -> alias 'Tama'). Persons: Scott Savage (the assignor, 'Scott Savage, Receiver'; the
 # defined term '(\u201cReceiver\u201d)' and 'from Receiver to' -> no alias, a generic office word as the lane leaves
 # '(\u201cStation\u201d)'; **doubtful**: 53za took '(\u201cSavage\u201d)' as an alias because it was his name);
 # Glenn Cherry ('Dr. Glenn Cherry (\u201cCherry\u201d)' -> name without the honorific, alias 'Cherry'). Locations:
 # Folkston, Georgia, Baldwin, Florida, St. Augustine Beach, Hinesville (the 'In re:' line and the body; 'Georgia'
 # and 'Florida' also stand inside the defined terms 'Georgia Application', 'Florida/Georgia Objection' etc., which
 # are not entities). Not annotated: the Commission (not named in the kept text; the letterhead left out); the
 # applications and objections (filings); 'CEO' (a title).
 entities=[E("Company", n) for n in (WTHG, WFJO, WHJX, WSJF)]
          + [E("Company", WRGO, "Savannah Radio"), E("Company", FAM), E("Company", TAMA, "Tama")]
          + [E("Person", "Scott Savage"), E("Person", "Glenn Cherry", "Cherry")]
          + [E("Location", n) for n in ("Folkston", "Georgia", "Baldwin", "Florida", "St. Augustine Beach", "Hinesville")],
 # - Glenn Cherry: 'Dr. Glenn Cherry (\u201cCherry\u201d), former Chief Executive Officer (\u201cCEO\u201d) of Tama
 #   Broadcasting, Inc.' -> ceo at Tama Broadcasting, Inc., current false ('former').
 # - Scott Savage: 'Scott Savage, Receiver' -> no role: the kept text names no company he is receiver of
 #   (**doubtful**: a reader joining 'from Scott Savage, Receiver' with 'The referenced licenses were formerly held by
 #   Tama' may give him other at Tama Broadcasting, Inc., as 53za gave Annabelle Savage other at Universal
 #   Broadcasting, Inc. where the caption wrote the company beside her name).
 roles=[R("Glenn Cherry", "ceo", TAMA, False)],
 # - acquired(WRGO-FM Radio, LLC, WTHG(FM)): 'seeking approval for the proposed voluntary assignment of the license of
 #   Station WTHG(FM), Hinesville, Georgia, from Scott Savage, Receiver (\u201cReceiver\u201d) to WRGO-FM Radio, LLC
 #   d/b/a Savannah Radio' (a filed assignment awaiting the Division's approval in the kept text -> acquired only;
 #   the grant lies in the cut sentence; **doubtful** as in 53za's KQLO: 'proposed' and 'seeking approval' of a joint
 #   application read as an agreed deal, the lane's call since 44k).
 # - acquired(Family Broadcasting, LLC, WFJO(FM)), acquired(Family Broadcasting, LLC, WHJX(FM)), acquired(Family
 #   Broadcasting, LLC, WSJF(FM)): 'the proposed voluntary assignment of the licenses of Stations WFJO(FM), ...
 #   WHJX(FM), ... and WSJF(FM), ... from Receiver to Family Broadcasting, LLC' (the same call).
 # - parentOrganization(S, Tama Broadcasting, Inc.) for all four stations: 'The referenced licenses were formerly held
 #   by Tama.' (a former licensee, past ownership still recorded; 52y's 'the former licensee of KFCD(AM)' call;
 #   **doubtful**: 'The referenced licenses' follows the Florida/Georgia sentence and may mean only WFJO, WHJX and
 #   WSJF -- taken for all four, for the letter's 'referenced' covers both captioned applications ('the referenced
 #   application' for WTHG, 'the referenced applications' for the other three); a reader may also give no relation
 #   for a licence held in the past and since passed to a receiver).
 # Near-misses: Scott Savage as assignor (a person: no acquired or parentOrganization); Cherry's two informal
 #   objections (an objector: no relation); Cherry as Tama's former CEO (a role, not a relation); the receivership
 #   itself (no court or lender named in the kept text; footnote 1's consolidated opposition of the Receiver, Tama and
 #   WRGO-FM Radio left out with the footnote).
 relations=[L(WRGO, "acquired", WTHG), L(FAM, "acquired", WFJO), L(FAM, "acquired", WHJX), L(FAM, "acquired", WSJF)]
           + [L(s, "parentOrganization", TAMA) for s in (WTHG, WFJO, WHJX, WSJF)],
 outages=[],
 # 'August 11, 2009' (the letter's date line); 'August 12, 2009' (released, = `published`); 'April 21, 2009' (the
 # Georgia Objection); 'May 22, 2009' (the Florida/Georgia Objection). Not dates: '20090427' and '20090310' inside
 # the file numbers.
 dates=[D("August 11, 2009", "2009-08-11"), D("August 12, 2009", "2009-08-12"), D("April 21, 2009", "2009-04-21"),
        D("May 22, 2009", "2009-05-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

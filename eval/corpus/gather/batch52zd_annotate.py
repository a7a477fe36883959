#!/usr/bin/env python3
"""Gold for batch 52zd (session 53, gatherer 52zd): two FCC television-licence texts of 2004 and 2008 (the
Commission's Memorandum Opinion and Order FCC 04-45 of 4 May 2004 on Citadel Communications, L.L.C.'s Application for
Review of the 1999 letter decision that granted the assignments of KHGI-TV and KWNB-TV from Fant Broadcasting Company
of Nebraska, Inc. to Pappas Telecasting of Central Nebraska and of KSNB-TV from Fant to Colins Broadcasting Company --
a docslib.org copy; the Media Bureau's letter DA 08-483 of 3 March 2008 on the application to assign KFTA-TV, Fort
Smith, Arkansas, from Nexstar Broadcasting, Inc. to Mission Broadcasting, Inc., with Ft. Smith 46, Inc.'s petitions
to deny -- a docsbay.net copy), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 15f, 43n-52z of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell -> acquired(assignee, the station) only (44k, 50c-52x; 52x's DA 14-1757); an assignment
application whose grant is not in the kept text -> acquired only as well, as a pending application (51j, 51zd, 51zg,
52z; **doubtful**: a reader may give nothing before a grant); the assignor named with 'from' ->
parentOrganization(station, assignor) (the lane's assignor call, 51j/51r/52z); stations -> Company (52p, 52x, 52z);
short names in parentheses or quotation marks -> aliases; 'the Commission' -> Organization 'Commission' (52k, 52p,
52x, 52z); 'Commissioners Copps and Adelstein dissenting' -> Persons 'Copps' and 'Adelstein', role other at the
Commission (52k's Copps); a division written after its bureau ('Video Division, Media Bureau') -> its own
Organization under the Bureau (51zg's 'the Media Bureau, Audio Division' chain; **doubtful**), the Bureau not linked
to the Commission (51r: the text does not say 'of the Commission'); an unnamed 'Chief' and 'we' -> no entity;
place names -> Location as written, but a place inside a company's name ('Fant Broadcasting Company of Nebraska,
Inc.', 'Pappas Telecasting of Central Nebraska') is not annotated on its own (GUIDELINES: a name inside another name);
a 'commonly owned' station with no owner named in its sentence -> no relation (52z's 'their common ownership'
near-miss; **doubtful** here); pleadings ('Petition to Deny', 'Application for Review', 'Informal Objection',
'Opposition', 'Reply'), rules, files and facility IDs not annotated; the 'Re:' line is part of the letter's text and
annotated with it; the order's caption is only its `title` (not annotated).
usage: batch52zd_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53zd/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- KHGI-TV, KWNB-TV: Fant -> Pappas; KSNB-TV: Fant -> Colins; Citadel's Application for Review (FCC 04-45) -------
FANT = "Fant Broadcasting Company of Nebraska, Inc."
PAP = "Pappas Telecasting of Central Nebraska"
COL = "Colins Broadcasting Company"
CIT = "Citadel Communications, L.L.C."
A["us-fcc-fant-broadcasting-pappas-telecasting-colins-khgi-kwnb-ksnb-assignments-citadel-review-order-2004"] = dict(
 # Organizations: the Commission ('By the Commission', 'The Commission has before it'); the Video Division and the
 # Media Bureau ('the Chief, Video Division, Media Bureau': the Chief unnamed, no person). Persons: 'Commissioners
 # Copps and Adelstein' -> Copps, Adelstein. Companies: Citadel Communications, L.L.C. ('(Citadel)', 'Citadel' and
 # 'Citadel\u2019s' twice, possessive dropped -> alias); the stations KHGI-TV, KWNB-TV and KSNB-TV; Fant Broadcasting
 # Company of Nebraska, Inc. ('(Fant)', 'from Fant to Colins' -> alias); Pappas Telecasting of Central Nebraska
 # ('(Pappas)' -> alias); Colins Broadcasting Company ('(Colins)' -> alias). No Location: 'Nebraska' and 'Central
 # Nebraska' stand only inside the two company names (near-miss; **doubtful**: a reader may annotate 'Nebraska');
 # the caption's Kearney, Hayes Center, Superior, Beatrice, Lincoln and the translators K17CI, K22CX, K18CD are in the
 # `title` only. Not annotated: 'Application for Review', 'Petition to Deny', 'Informal Objection' (pleadings),
 # 'letter decision', 'the Chief'.
 entities=[E("Organization", CM), E("Organization", "Video Division"), E("Organization", "Media Bureau"),
           E("Person", "Copps"), E("Person", "Adelstein"), E("Company", CIT, "Citadel"),
           E("Company", "KHGI-TV"), E("Company", "KWNB-TV"), E("Company", "KSNB-TV"),
           E("Company", FANT, "Fant"), E("Company", PAP, "Pappas"), E("Company", COL, "Colins")],
 # 'Commissioners Copps and Adelstein dissenting and issuing a joint statement' -> other at the Commission
 # (GUIDELINES: commissioners -> other), both current (52k's Copps).
 roles=[R("Copps", "other", CM), R("Adelstein", "other", CM)],
 # - acquired(Pappas Telecasting of Central Nebraska, KHGI-TV) and acquired(..., KWNB-TV): 'the assignment of the
 #   licenses for KHGI-TV and KWNB-TV from Fant ... to Pappas Telecasting of Central Nebraska', and the letter
 #   decision 'granted the above-captioned license assignment applications' (granted in 1999, consummation not told
 #   -> acquired only; **doubtful**: the grant is under the Commission's review in this order, so a reader may hold
 #   the deal open; and the stations are tied to 'the above-captioned' applications through the sentence's own list).
 # - acquired(Colins Broadcasting Company, KSNB-TV): 'the assignment of the license for KSNB-TV from Fant to Colins
 #   Broadcasting Company', granted likewise (acquired only).
 # - parentOrganization(KHGI-TV / KWNB-TV / KSNB-TV, Fant Broadcasting Company of Nebraska, Inc.): the assignor of
 #   all three, 'from Fant Broadcasting Company of Nebraska, Inc. (Fant)', 'from Fant' (the lane's assignor call).
 # - parentOrganization(Video Division, Media Bureau): 'the Chief, Video Division, Media Bureau' (51zg's chain;
 #   **doubtful**: a reader may keep one entity or no link).
 # Near-misses: Citadel's Petition to Deny and Informal Objection (an objector: no relation to the parties); the
 #   Media Bureau and the Commission (not written together: no link, 51r); no partner between the parties (sales);
 #   Pappas and Colins (two buyers of different stations: no relation).
 relations=[L(PAP, "acquired", "KHGI-TV"), L(PAP, "acquired", "KWNB-TV"), L(COL, "acquired", "KSNB-TV")] +
           [L(s, "parentOrganization", FANT) for s in ("KHGI-TV", "KWNB-TV", "KSNB-TV")] +
           [L("Video Division", "parentOrganization", "Media Bureau")],
 outages=[],
 # 'March 3, 2004' (adopted); 'May 4, 2004' (released, = `published`); 'March 29, 1999' (Citadel's filing);
 # 'February 17, 1999' (the letter decision, 'a February 17, 1999 letter decision'). Not dates: '19960723' and
 # '19970128' inside the file numbers (title only).
 dates=[D("March 3, 2004", "2004-03-03"), D("May 4, 2004", "2004-05-04"), D("March 29, 1999", "1999-03-29"),
        D("February 17, 1999", "1999-02-17")])

# ---- KFTA-TV, Fort Smith: Nexstar Broadcasting, Inc. -> Mission Broadcasting, Inc.; Ft. Smith 46 (DA 08-483) -------
NEX = "Nexstar Broadcasting, Inc."
MIS = "Mission Broadcasting, Inc."
FS46 = "Ft. Smith 46, Inc."
A["us-fcc-nexstar-broadcasting-mission-broadcasting-kfta-tv-fort-smith-assignment-ft-smith-46-petition-to-deny-letter-2008"] = dict(
 # Companies: KFTA-TV (the 'Re:' line and the body, 'Station KFTA-TV' four times); KNWA-TV (the 'Re:' line, 'Station
 # KNWA-TV' twice); Nexstar Broadcasting, Inc. ('(\u201cNexstar\u201d)', 'Nexstar' twice more and in
 # 'Nexstar/Mission' -> alias); Mission Broadcasting, Inc. ('(\u201cMission\u201d)', 'Mission' again and in
 # 'Nexstar/Mission' -> alias); Ft. Smith 46, Inc. ('(\u201cFt. Smith 46\u201d)', three times more -> alias; a
 # company, its name not the place). Organization: Commission ('the Commission\u2019s rules', possessive dropped).
 # Locations: Fort Smith (the 'Re:' line and the body), Arkansas (four times, one entity), Rogers (twice). 'we' (the
 # Bureau, unnamed in the kept text) -> no entity. Not annotated: 'Petition to Deny', 'Opposition to Petition to
 # Deny', 'Reply' (pleadings), 'Section 1.17(a)(2)', the file and facility numbers.
 entities=[E("Company", "KFTA-TV"), E("Company", "KNWA-TV"), E("Company", NEX, "Nexstar"),
           E("Company", MIS, "Mission"), E("Company", FS46, "Ft. Smith 46"), E("Organization", CM)] +
          [E("Location", x) for x in ("Fort Smith", "Arkansas", "Rogers")],
 # No person is named in the kept text (counsel were in the addressee blocks, left out).
 roles=[],
 # - acquired(Mission Broadcasting, Inc., KFTA-TV): 'application for consent to assign the broadcast television
 #   license of Station KFTA-TV, Fort Smith, Arkansas, from Nexstar ... to Mission Broadcasting, Inc.' (the kept text
 #   rules on the petition, 'grant in part and deny in part', not in words on the application -> a pending
 #   application, acquired only; **doubtful**: a reader may give nothing, or read the partial denial of the petition
 #   as a grant).
 # - parentOrganization(KFTA-TV, Nexstar Broadcasting, Inc.): the assignor, 'from Nexstar Broadcasting, Inc.' (the
 #   lane's assignor call).
 # Near-misses: 'Station KFTA-TV and commonly owned Station KNWA-TV' (KNWA-TV owned in common with KFTA-TV, so
 #   Nexstar's before the sale; no owner named in that sentence -> no relation, as 52z's 'their common ownership';
 #   **doubtful**: a careful reader may give parentOrganization(KNWA-TV, Nexstar Broadcasting, Inc.)); 'Nexstar and
 #   Mission filed a joint Opposition' and 'the Nexstar/Mission relationship' (a joint filing by seller and buyer, a
 #   relationship not described: no partner; **doubtful**); Ft. Smith 46's petitions to deny (an objector: no
 #   relation); 'admonish Nexstar' (a sanction, no relation).
 relations=[L(MIS, "acquired", "KFTA-TV"), L("KFTA-TV", "parentOrganization", NEX)],
 outages=[],
 # 'March 3, 2008' (the release line, = `published`); 'May 22, 2006' (the petition to deny); 'July 25, 2006' (its
 # supplement); 'June 6, 2006' (the opposition); 'June 16, 2006' (the reply); 'September 5, 2006' (the renewal
 # petition). Not dates: '20060411' and '20050201' inside the file numbers.
 dates=[D("March 3, 2008", "2008-03-03"), D("May 22, 2006", "2006-05-22"), D("July 25, 2006", "2006-07-25"),
        D("June 6, 2006", "2006-06-06"), D("June 16, 2006", "2006-06-16"), D("September 5, 2006", "2006-09-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

#!/usr/bin/env python3
"""Gold for batch 53p (session 54, gatherer lane p): two FCC television-licence letters of 2026 and 2004 (the Media
Bureau's letter DA 26-108 of 3 February 2026, the Video Division's, denying DIRECTV, LLC's petitions to deny and
granting the applications to assign KMTR(TV), Eugene, Oregon, from KMTR Television, LLC, a subsidiary of Roberts
Media, LLC, and certain stations of subsidiaries of Cunningham Broadcasting Corporation to subsidiaries of Sinclair,
Inc.; the Media Bureau's letter DA 04-570 of 27 February 2004 dismissing as defective the applications to assign or
transfer WTTE(TV), WNUV(TV), WRGT(TV), WTAT(TV) and WVAH(TV) from the licensee subsidiaries of Cunningham Broadcasting
Corporation to those of Sinclair Broadcast Group, Inc., and denying the Rainbow/PUSH Coalition's petition to deny --
both the FCC's own docs.fcc.gov text files), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n-53h of the lane; GUIDELINES section 2): a granted licence assignment whose consummation
the text does not tell -> acquired(assignee's parent named, the station) only (52x's 'we grant ... to Nexstar'; here
the assignee is 'a Sinclair subsidiary', unnamed, so the tie goes to Sinclair, Inc. one step up, as 52x's assignor
call; **doubtful**); applications the letter dismisses -> no acquired (GUIDELINES: blocked or abandoned deals give
nothing; 53a's KCRR, 53g); a station whose licence is assigned 'from X' -> parentOrganization(S, X) (the lane's
assignor call); 'from the licensee subsidiaries of Y' / 'from subsidiaries of Y' -> parentOrganization(S, Y)
(**doubtful**, 52x's call: the licensees are unnamed subsidiaries); 'X, a subsidiary of Y' -> parentOrganization(X, Y)
(stated); 'The Video Division, Media Bureau' -> both Organizations and parentOrganization(Video Division, Media
Bureau) (51zg's chain, 52zd); stations -> Company (52p, 52x, 53b); a petitioner -> its kind (DIRECTV, LLC, a
satellite-television company -> Company; the Rainbow/PUSH Coalition, a civil-rights coalition -> Organization); a
petition to deny, an opposition -> no relation (near-miss); short names in brackets -> aliases, as written; a former
name ('Cunningham (then Glencairn, Ltd.)') -> alias of the same entity (GUIDELINES: former names are aliases), the
short form 'Glencairn' too; 'the Commission' -> Organization 'Commission'; 'we' (the Bureau) -> no entity; place
names -> Location as written, a city and its state apart, one entry per name (DA 04-570's two Charlestons, of South
Carolina and of West Virginia, are one entry 'Charleston'; **doubtful**); the 'Re:' line is part of the text and its
names are annotated (52x); rules ('Section 73.3566 of the Communications Rules', 'Section 310( d) of the
Communications Act'), file and facility numbers, 'the Attachment', 'the Applicants' not annotated.
usage: batch53p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CUN = "Cunningham Broadcasting Corporation"

# ---- KMTR(TV), Eugene: KMTR Television (Roberts Media) and Cunningham -> Sinclair, Inc.; DA 26-108 (2026) -----------
SIN26 = "Sinclair, Inc."
KT = "KMTR Television, LLC"
RM = "Roberts Media, LLC"
A["us-fcc-cunningham-broadcasting-kmtr-television-roberts-media-sinclair-assignment-directv-petitions-denied-letter-2026"] = dict(
 # Organizations: the Video Division and the Media Bureau ('The Video Division, Media Bureau, has before it'). No
 # 'Commission' in the kept text. Companies: Sinclair, Inc. (the 'Re:' line's 'Sinclair, Inc.', the body's
 # 'Sinclair, Inc. (Sinclair)'; 'Sinclair' four times more, 'a Sinclair subsidiary' included -> alias); KMTR(TV) (the
 # station); KMTR Television, LLC (the 'Re:' line and the body); Roberts Media, LLC ('(Roberts)' -> alias; also in
 # 'Roberts Application' twice and 'Cunningham, Roberts, and Sinclair'); Cunningham Broadcasting Corporation (the 'Re:'
 # line and the body; '(Cunningham)' -> alias; also in 'Cunningham Applications' and the 'collectively' sentence);
 # DIRECTV, LLC ('(DIRECTV)' -> alias). Location: Eugene, Oregon. Not annotated: 'Roberts Application' and
 # 'Cunningham Applications' (defined names of filings, the companies' mentions inside them counted as mentions of the
 # companies), 'the Applicants', 'the Attachment', 'the Petitions', the LMS file numbers.
 entities=[E("Organization", "Video Division"), E("Organization", "Media Bureau"),
           E("Company", SIN26, "Sinclair"), E("Company", "KMTR(TV)"), E("Company", KT),
           E("Company", RM, "Roberts"), E("Company", CUN, "Cunningham"), E("Company", "DIRECTV, LLC", "DIRECTV")] +
          [E("Location", x) for x in ("Eugene", "Oregon")],
 # No person is named in the kept text (the addressee blocks, naming counsel, were left out).
 roles=[],
 # - acquired(Sinclair, Inc., KMTR(TV)): 'The first set seeks to assign KMTR(TV) ... from KMTR Television, LLC ... to
 #   a Sinclair subsidiary', and 'we deny the Petitions and grant the Applications' (granted, consummation not told ->
 #   acquired only; **doubtful**: the assignee is an unnamed Sinclair subsidiary, the tie given to its named parent).
 # - parentOrganization(KMTR(TV), KMTR Television, LLC): the assignor, 'assign KMTR(TV), Eugene, Oregon, from KMTR
 #   Television, LLC' (the lane's assignor call).
 # - parentOrganization(KMTR Television, LLC, Roberts Media, LLC): 'KMTR Television, LLC, a subsidiary of Roberts
 #   Media, LLC' (stated).
 # - parentOrganization(Video Division, Media Bureau): 'The Video Division, Media Bureau' (51zg, 52zd).
 # Near-misses: 'assign the licenses of certain broadcast television stations from subsidiaries of Cunningham ... to
 #   subsidiaries of Sinclair' (the stations are unnamed in the kept text, listed only in the Attachment: no acquired,
 #   no parentOrganization; **doubtful**: a reader may give acquired(Sinclair, Inc., Cunningham Broadcasting
 #   Corporation), but licences of some stations pass, not the company); no parentOrganization(KMTR(TV), Roberts
 #   Media, LLC) (one step removed, through KMTR Television, LLC); DIRECTV's 'petitions to deny' (opposition: no
 #   relation); 'We refer to Cunningham, Roberts, and Sinclair, collectively, as the Applicants' (co-applicants: no
 #   partner).
 relations=[L(SIN26, "acquired", "KMTR(TV)"), L("KMTR(TV)", "parentOrganization", KT),
            L(KT, "parentOrganization", RM), L("Video Division", "parentOrganization", "Media Bureau")],
 outages=[],
 # 'February 3, 2026' (the release line, = `published`). Not dates: the LMS file numbers; the petitions' filing dates
 # ('Sept. 15, 2025', 'Sept. 18, 2025') were in the footnote text left out.
 dates=[D("February 3, 2026", "2026-02-03")])

# ---- WTTE/WNUV/WRGT/WTAT/WVAH: Cunningham -> Sinclair Broadcast Group, dismissed; Rainbow/PUSH; DA 04-570 (2004) -----
SBG = "Sinclair Broadcast Group, Inc."
ST = ["WTTE( TV)", "WNUV( TV)", "WRGT( TV)", "WTAT( TV)", "WVAH( TV)"]
A["us-fcc-cunningham-broadcasting-sinclair-wtte-wnuv-wrgt-wtat-wvah-applications-dismissed-rainbow-push-letter-2004"] = dict(
 # Organizations: the Commission ('before the Commission'); Rainbow/ PUSH Coalition ('(Rainbow)' -> alias; 'Rainbow'
 # three times more), written with the conversion's space. Companies: Cunningham Broadcasting Corporation
 # ('(Cunningham)', 'Cunningham' once more -> alias; '(then Glencairn, Ltd.)' -> the former name 'Glencairn, Ltd.' and
 # 'over Glencairn' -> aliases); Sinclair Broadcast Group, Inc. ('(Sinclair)', 'Sinclair' twice more -> alias);
 # Sullivan Broadcasting Company; the five stations of the 'Re:' line as the conversion writes them ('WTTE( TV)',
 # ...). Locations, as written: Columbus, Ohio (twice), Baltimore, Maryland, Dayton, Charleston (twice: the South
 # Carolina and the West Virginia city, one entry; **doubtful**), South Carolina, West Virginia. Not annotated: 'the
 # Communications Rules', 'the Communications Act', 'Section 73.3566', 'Section 310( d)', file and facility numbers.
 entities=[E("Organization", "Commission"), E("Organization", "Rainbow/ PUSH Coalition", "Rainbow"),
           E("Company", CUN, "Cunningham", "Glencairn, Ltd.", "Glencairn"), E("Company", SBG, "Sinclair"),
           E("Company", "Sullivan Broadcasting Company")] + [E("Company", s) for s in ST] +
          [E("Location", x) for x in ("Columbus", "Ohio", "Baltimore", "Maryland", "Dayton", "Charleston",
                                      "South Carolina", "West Virginia")],
 # No person is named in the kept text (the addressee block, naming Sinclair's counsel, was left out).
 roles=[],
 # - parentOrganization(each of the five stations, Cunningham Broadcasting Corporation): 'the applications for
 #   assignment of license and transfer of control of the above-referenced television stations from the licensee
 #   subsidiaries of Cunningham Broadcasting Corporation' (52x's 'from subsidiaries of' call; **doubtful**: the
 #   licensees are unnamed subsidiaries, and the stations are tied to the sentence only through 'above-referenced'
 #   and the 'Re:' list).
 # Near-misses: acquired(Sinclair Broadcast Group, Inc., each station) -> nothing: 'we dismiss as defective the
 #   applications' (GUIDELINES: blocked deals give nothing; 53a, 53g; **doubtful**: a reader may give acquired for the
 #   proposed sale); 'In 1998, Sinclair and Cunningham (then Glencairn, Ltd.) sought to acquire certain television
 #   stations from Sullivan Broadcasting Company' (an attempt told without its outcome in the kept text, the stations
 #   unnamed: no acquired, no parentOrganization(..., Sullivan)); 'Sinclair exercising de facto control over
 #   Glencairn' (Rainbow's allegation, not a finding in the kept text: no parentOrganization(Cunningham, Sinclair);
 #   **doubtful**: a reader who knows the later history may give it); Rainbow's petition to deny and opposition
 #   (no relation); 'these parties' (no partner).
 relations=[L(s, "parentOrganization", CUN) for s in ST],
 outages=[],
 # 'February 27, 2004' (the release line, = `published`); 'December 19, 2003' (Rainbow's petition); '1998' (the
 # Glencairn/Sullivan applications). Not dates: '20031107' inside the file numbers; '73.3566'.
 dates=[D("February 27, 2004", "2004-02-27"), D("December 19, 2003", "2003-12-19"), D("1998", "1998")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))

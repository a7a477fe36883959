#!/usr/bin/env python3
"""Batch 53zk (session 54, gatherer lane zk): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-53zi (the
television side, after 53zi), on two Alaska matters no corpus file holds -- a Video Division order and a Commission
order on television licence assignments (53zi's leads: the older letter wording with states not yet used; the
Alaska query brought back these two, the other states only letters already taken or nothing in the lane):
  - DA 13-2098 adopted 29 October and released 30 October 2013, the Video Division's Memorandum Opinion and Order on
    the applications to assign the licences of KTVA(TV), Anchorage and two low-power stations from Affiliated Media
    Inc. FCC Trust and Dan Etulain to Denali Media Anchorage, Corp. and Denali Media Southeast, Corp., subsidiaries of
    General Communications, Inc. (GCI), opposed by five Alaska broadcasters (fcc.gov's document page);
  - FCC 03-310 adopted 3 December 2003 and released 2 April 2004, the Commission's Memorandum Opinion and Order on
    Borealis Broadcasting, Inc.'s application regarding the 1999 staff decision that granted the assignment of
    KTVF( TV), Fairbanks from Northern Television, Inc. to AK Media Group (the FCC's own EDOCS text file).
Two matters, one text each. Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the page chrome
(fcc.gov's 'Skip Navigation', 'English Display Options', 'Commission Document', the page heading, 'Download Options',
the first 'Released:' line; the EDOCS file's '*Pages 1--3 from Microsoft Word - 37219*'), the letterheads ('Federal
Communications Commission', 'DA 13-2098' / 'FCC 03- 310', 'Before the', 'Washington, D.C. 20554'), the caption blocks
(parties, '(assignor)' / '(assignee)', the ')' column, file and facility numbers; they give the `title`), the paragraph
numbers '1.', and the footnote markers (DA 13-2098: '1' after 'the Applications.'; FCC 03-310: '1' after 'the
application.'). Kept, each on its own line: 'MEMORANDUM OPINION AND ORDER', the adopted/released line (DA 13-2098's two
lines joined into one, 53zb's call), the 'By the ...:' line, then the first paragraph (its line wraps joined). Cuts at
the last full sentence before the excerpt breaks off: DA 13-2098 after '... filed a Petition to Deny the
Applications.', before 'Fireweed Communications, LLC (FWTV), licensee of KYES-TV, ... filed a separate' (breaks off,
then footnote text); FCC 03-310 after '... and denied Borealis\u2019 petition to deny the application.', before '2.
Borealis raises essentially the same arguments here as were raised in its petition to' (runs into footnote text and
breaks off). No word added or changed; the EDOCS file's spaces are kept as written ('KTVF( TV)', 'KFAR( AM)', 'NBC/
UPN', 'above- referenced'; 52z kept 'KWCH- TV' likewise), and DA 13-2098's 'Affiliated Media Inc. FCC Trust' (no comma,
against the caption's 'Affiliated Media, Inc. FCC Trust') and '(GCI) (collectively, the Applications)'.
Titles: the caption parties and the consent line joined ('; ' between parties, 52z's and 53zb's calls; the ')' column,
'(assignor)' / '(assignee)' and the numbers dropped; FCC 03-310's caption keeps its 'AK MEDIA GROUP, INC. (Assignor)'
error out of the title by dropping the role words). Per-item notes in `notes`. Written before any extractor ran on the
texts (newskg was not run on them). `verify()` checks that every kept run and each title part occurs in the saved
excerpt (/tmp/gather54zk/src/denali.txt, ktvf.txt) when that file is present.
usage: batch53zk.py [POOL_DIR] [--dry]   (default /tmp/gather54zk/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zk/pool"
SRC = "/tmp/gather54zk/src"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zj "
         "at the last check): ")
R = []
RUNS = {}

# ---- Affiliated Media Inc. FCC Trust / Dan Etulain -> Denali Media Anchorage / Southeast (GCI); KTVA(TV); DA 13-2098 --
U1 = "http://www.fcc.gov/document/denali-media-achorage-corp"
I1 = "us-fcc-affiliated-media-fcc-trust-denali-media-anchorage-gci-ktva-anchorage-assignment-alaska-broadcasters-petition-order-2013"
T1P = ["Affiliated Media, Inc. FCC Trust", "Denali Media Anchorage, Corp.", "Dan Etulain", "Denali Media Southeast, Corp.",
       "For Consent to Assign the License of Station KTVA(TV), Anchorage, Alaska; KATH-LD, Juneau-Douglas, Alaska; and "
       "KSCT-LP, Sitka, Alaska"]
T1 = "; ".join(T1P)
H1 = ["MEMORANDUM OPINION AND ORDER", "Adopted: October 29, 2013 Released: October 30, 2013",
      "By the Chief, Video Division, Media Bureau:"]
P1 = ["The Commission, by the Chief, Video Division, Media Bureau, pursuant to delegated authority, has before it "
      "applications for consent to the assignment of the licenses of station KTVA(TV), Anchorage, Alaska, and two "
      "low-power television stations to Denali Media Anchorage, Corp., and Denali Media Southeast, Corp. (collectively "
      "Denali), subsidiaries of General Communications, Inc. (GCI) (collectively, the Applications), from Affiliated "
      "Media Inc. FCC Trust (Affiliated) and Dan Etulain. Northern Lights Media, Inc. (Northern Lights); Coastal "
      "Television Broadcasting Company LLC (Coastal); Ketchikan TV, LLC (Ketchikan TV); Vision Alaska I LLC (Vision I); "
      "and Vision Alaska II LLC (Vision II) (collectively, Alaska Broadcasters), licensees of nine television stations "
      "in Anchorage, Fairbanks, Juneau, and Sitka, Alaska filed a Petition to Deny the Applications."]
RUNS[I1] = ("denali.txt", T1P[:4] + ["For Consent to Assign the License of Station", "KTVA(TV), Anchorage, Alaska; KATH-LD,",
                                 "Juneau-Douglas, Alaska; and KSCT-LP, Sitka,"] + ["MEMORANDUM OPINION AND ORDER", "Adopted: October 29, 2013", "Released: October 30, 2013",
                                 H1[2]] + P1)
R.append(federal(
 I1, U1, "2013-10-30", T1,
 "\n\n".join(H1) + "\n\n" + "".join(P1),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau (Video Division) Memorandum Opinion and Order DA 13-2098, "
 "'Affiliated Media, Inc. FCC Trust (assignor) and Denali Media Anchorage, Corp. (assignee); Dan Etulain (assignor) and "
 "Denali Media Southeast, Corp. (assignee); For Consent to Assign the License of Station KTVA(TV), Anchorage, Alaska; "
 "KATH-LD, Juneau-Douglas, Alaska; and KSCT-LP, Sitka, Alaska', adopted October 29, 2013, released October 30, 2013, "
 "US federal government work (public domain); text as the FCC's document page holds it, from the search tool's page "
 "store at " + U1,
 "FCC document page (fcc.gov) of a Media Bureau order (search tool page store)",
 "The Video Division's Memorandum Opinion and Order DA 13-2098 (adopted 29 October, released 30 October 2013) on the "
 "applications (File Nos. BALCDT-2013125ABD, BALDTTL-20130125AAL, BALTVL-20130125AAK) to assign the licences of "
 "KTVA(TV), Anchorage and two low-power stations from Affiliated Media Inc. FCC Trust and Dan Etulain to Denali Media "
 "Anchorage, Corp. and Denali Media Southeast, Corp., subsidiaries of General Communications, Inc. (GCI), with the "
 "petition to deny of five Alaska broadcasters, as fcc.gov's document page holds it; an FCC order is a US federal work, "
 "public domain (batch 15f). `published` is the release day. One rendering came back, by two queries (rank 1 both "
 "times, the same excerpt). Left out: the page chrome ('Skip Navigation', 'English Display Options', 'Commission "
 "Document', the heading 'Denali Media Anchorage, Corp.', 'Download Options', the first 'Released: October 30, 2013'); "
 "the letterhead ('Federal Communications Commission', 'DA 13-2098', 'Before the', 'Washington, D.C. 20554'); the "
 "caption block ('In the Matter of', the parties with '(assignor)' / '(assignee)', the ')' column, the file and facility "
 "numbers, 'For Consent to Assign the License of Station KTVA(TV), Anchorage, Alaska; KATH-LD, Juneau-Douglas, Alaska; "
 "and KSCT-LP, Sitka, Alaska' -- it gives the title); the paragraph number '1.'; the footnote marker '1' after 'the "
 "Applications.'. Kept: 'MEMORANDUM OPINION AND ORDER'; 'Adopted: October 29, 2013 Released: October 30, 2013' (two "
 "lines of the page joined into one, 53zb's call); 'By the Chief, Video Division, Media Bureau:'; the first paragraph "
 "(its line wraps joined). Cut at the last full sentence before the excerpt breaks off (after '... filed a Petition to "
 "Deny the Applications.', before 'Fireweed Communications, LLC (FWTV), licensee of KYES-TV, Anchorage, Alaska, and "
 "Jeremy Lansman (collectively, Fireweed) filed a separate', which breaks off and runs into the footnote text 'Northern "
 "Lights is the licensee of KTUU-TV ...'); `truncated`. The ruling is not in the kept text (the order 'has before it' "
 "the applications). Kept as written: 'Affiliated Media Inc. FCC Trust' (the body's form, no comma; the caption, in the "
 "title only, has 'Affiliated Media, Inc. FCC Trust'), 'General Communications, Inc.', '(GCI) (collectively, the "
 "Applications)', 'Anchorage, Fairbanks, Juneau, and Sitka, Alaska filed' (no comma before 'filed'). Title: the "
 "caption's four parties and its consent line, joined with '; '. In the lane (an FCC order naming assignors, assignees, "
 "their parent and a station, 2013; the low-power stations are named in the title only). " + CHECK +
 "'13-2098', 'Denali', 'KTVA', 'KATH-LD', 'KSCT', 'KTUU', 'Etulain', 'Fireweed', 'Northern Lights Media', 'Coastal "
 "Television', 'Vision Alaska', 'Ketchikan', 'BALCDT-2013125': in no corpus file, GATHERING.md line, script, note or "
 "pool. Other matters only: 'General Communication' (the GCI/Liberty transfer order of 2017 and the GCI 911 outage "
 "settlement of 2016 in the corpus: other GCI matters), 'Affiliated Media' (one GATHERING.md not-used line, a Daily "
 "Gazette/MediaNews settlement).",
 True))

# ---- Northern Television, Inc. -> AK Media Group; KTVF( TV), Fairbanks; Borealis Broadcasting; FCC 03-310 (2003/2004) --
U2 = "https://docs.fcc.gov/public/attachments/FCC-03-310A1.txt"
I2 = "us-fcc-northern-television-ak-media-group-ktvf-fairbanks-assignment-borealis-broadcasting-review-order-2004"
T2P = ["NORTHERN TELEVISION, INC.", "AK MEDIA GROUP, INC.", "For Consent to the Assignment of License of KTVF( TV), "
       "Fairbanks, Alaska and TV Translator Stations K06LA, Healy- Usibelli, Alaska and K07NJ, Delta Junction, Alaska"]
T2 = "; ".join(T2P)
H2 = ["MEMORANDUM OPINION AND ORDER", "Adopted: December 3, 2003 Released: April 2, 2004",
      "By the Commission: Commissioners Copps and Adelstein concurring and issuing a joint statement."]
P2 = ["The Commission has before it an application filed by Borealis Broadcasting, Inc. (Borealis), the former licensee "
      "of KFAR( AM) and KWLF( FM), Fairbanks, Alaska, and KUWL( FM), College, Alaska, regarding the June 23, 1999, "
      "Letter decision of the Chief, Video Services Division, Mass Media Bureau. The staff decision granted the above- "
      "referenced applications for assignment of license of KTVF( TV), Channel 11 (NBC/ UPN), and related translator "
      "stations, from Northern Television, Inc. (Northern) to AK Media Group (AK Media), and denied Borealis\u2019 "
      "petition to deny the application."]
RUNS[I2] = ("ktvf.txt", T2P + H2 + P2)
R.append(federal(
 I2, U2, "2004-04-02", T2,
 "\n\n".join(H2) + "\n\n" + "".join(P2),
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 03-310, 'In the matter of Northern "
 "Television, Inc. and AK Media Group, Inc., For Consent to the Assignment of License of KTVF(TV), Fairbanks, Alaska and "
 "TV Translator Stations K06LA, Healy-Usibelli, Alaska and K07NJ, Delta Junction, Alaska', adopted December 3, 2003, "
 "released April 2, 2004, US federal government work (public domain); text as the FCC's own EDOCS text file holds it, "
 "from the search tool's page store at " + U2,
 "FCC EDOCS text file of a Commission order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 03-310 (adopted 3 December 2003, released 2 April 2004) on Borealis "
 "Broadcasting, Inc.'s application regarding the Video Services Division's letter decision of 23 June 1999, which "
 "granted the applications (File Nos. BALCT-980806IA, BALTTV-980806IB, BALTTV-980806IC) to assign KTVF(TV), Fairbanks, "
 "Alaska and two translators from Northern Television, Inc. to AK Media Group and denied Borealis's petition to deny, "
 "as the FCC's own text file holds it (one run of text, the PDF converter's spaces after hyphens and before "
 "parentheses); an FCC order is a US federal work, public domain (batch 15f). `published` is the release day. One "
 "rendering came back, by two queries (ranks 4 and 1, the same excerpt). Left out: '*Pages 1--3 from Microsoft Word - "
 "37219*'; the letterhead ('Federal Communications Commission FCC 03- 310 Before the Federal Communications Commission "
 "Washington, D. C. 20554'); the caption ('In the matter of NORTHERN TELEVISION, INC. (Assignor) and AK MEDIA GROUP, "
 "INC. (Assignor) For Consent to ...', the ')' column, the file and facility numbers -- it gives the title); the "
 "paragraph number '1.'; the footnote marker '1' after 'the application.'. Kept: 'MEMORANDUM OPINION AND ORDER'; "
 "'Adopted: December 3, 2003 Released: April 2, 2004'; 'By the Commission: Commissioners Copps and Adelstein concurring "
 "and issuing a joint statement.'; the first paragraph. Cut at the last full sentence before the excerpt runs into "
 "footnote text and breaks off (after '... and denied Borealis\u2019 petition to deny the application.', before '2. "
 "Borealis raises essentially the same arguments here as were raised in its petition to 1 Among the issues ...', which "
 "breaks off at 'wou'); `truncated`. The Commission's own ruling is not in the kept text. Kept as written: 'KTVF( TV)', "
 "'KFAR( AM)', 'KWLF( FM)', 'KUWL( FM)', 'NBC/ UPN', 'above- referenced' (the converter's spaces; 52z's 'KWCH- TV' "
 "call), 'Borealis\u2019' with its curly apostrophe. Title: the caption's two parties (capitals as written) and its "
 "consent line, joined with '; ' (the caption's '(Assignor)' after both parties -- the second an error in the "
 "original -- dropped with the other role words). In the lane (an FCC order naming a television assignor and assignee, "
 "a station and a petitioner with its former stations, 1999-2004). " + CHECK +
 "'03-310', 'Borealis', 'Northern Television', 'KTVF', 'KFAR', 'KWLF', 'KUWL', 'BALCT- 980806', 'K06LA', 'K07NJ': in no "
 "corpus file, GATHERING.md line, script, note or pool. 'AK Media' occurs only inside 'Hoak Media' (53z's Hoak/Gray, "
 "on do-not-take lines).",
 True))


def verify():
    """Each kept run (and title part) occurs in the saved excerpt (whitespace normalised), when the file is present."""
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    for rid, (fn, runs) in RUNS.items():
        p = os.path.join(SRC, fn)
        if not os.path.exists(p):
            continue
        src = norm(open(p, encoding="utf-8").read())
        for x in runs:
            assert norm(x) in src, (rid, x[:60])


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)

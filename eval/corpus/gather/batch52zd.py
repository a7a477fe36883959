#!/usr/bin/env python3
"""Batch 52zd (session 53, gatherer 52zd): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52x and 52z (50l and 52s null
rounds), on two television licence assignments (the Commission's order of 2004 and a Media Bureau / Video Division
letter of 2008; 52z's leads) no corpus file holds --
  - the Commission's Memorandum Opinion and Order FCC 04-45 adopted 3 March and released 4 May 2004 (File Nos.
    BALCT-19960723KJ, KL and BALCT-19970128IA-ID) on Citadel Communications, L.L.C.'s Application for Review of the
    Video Division's 1999 letter decision that granted the assignments of KHGI-TV and KWNB-TV from Fant Broadcasting
    Company of Nebraska, Inc. to Pappas Telecasting of Central Nebraska and of KSNB-TV from Fant to Colins
    Broadcasting Company (docslib.org copy of the FCC's document);
  - the Media Bureau's letter DA 08-483 released 3 March 2008 (File Nos. BALCT-20060411ABX, BRCT-20050201ALT and
    BRCT-20050201ALW) on the application to assign the licence of KFTA-TV, Fort Smith, Arkansas, from Nexstar
    Broadcasting, Inc. to Mission Broadcasting, Inc. and the renewal of KFTA-TV and KNWA-TV, Rogers, against which
    Ft. Smith 46, Inc. filed petitions to deny (docsbay.net copy, checked against the docs.fcc.gov text; 52z's lead
    wrote the call sign 'KTFA-TV').
Two matters, one text each.
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: docslib's header lines ('Federal
Communications Commission FCC 04-45', 'Before the Federal Communications Commission Washington, D.C. 20554', the page
header repeated inside paragraph 2), the order's caption (its ')' column; the two 'For assignment of Licenses ...'
lines kept as `title`), the paragraph number '1.'; the letter's 'DA 08-483', 'CERTIFIED MAIL-RETURN RECEIPT
REQUESTED', the addressee blocks (counsel and addresses), the salutation 'Gentlemen:', the footnote markers '[1]' and
'[2]'. Each text is cut at the last full sentence before the excerpt breaks off (the order: all of paragraph 2, its
first sentence broken off; the letter: the 'Background.' paragraph, broken off in its first sentence). Kept: the
order's title line 'MEMORANDUM OPINION AND ORDER', its adoption and release line and its 'By the Commission: ...' line,
each on its own line (as 52k's Bunyard order); the letter's 'Released:' line and its 'Re:' line (its lines joined in
one run, as 52x and 52z), each on its own line; then the first body paragraph of each whole. No word added or
changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52zd.py [POOL_DIR] [--dry]   (default /tmp/gather53zd/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53zd/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -ai), every "
         "gather script, the notes under /work/notes and the session-53 pools /tmp/gather53*/pool (53a-53ze at the "
         "last check; none on these matters): ")
R = []

# ---- KHGI-TV, KWNB-TV (Fant -> Pappas) and KSNB-TV (Fant -> Colins); Citadel's review, FCC 04-45 (2004) -----------
U1 = "https://docslib.org/doc/5785595/federal-communications-commission-fcc-04-45-before-the-federal"
R.append(federal(
 "us-fcc-fant-broadcasting-pappas-telecasting-colins-khgi-kwnb-ksnb-assignments-citadel-review-order-2004",
 U1, "2004-05-04",
 "For assignment of Licenses of Stations KHGI-TV, Kearney, Nebraska, and KWNB-TV, Hayes Center, Nebraska; For "
 "assignment of Licenses of Stations KSNB-TV, Superior, Nebraska, and Television Translator Station K17CI, Beatrice, "
 "Nebraska, and K22CX and K18CD, Lincoln, Nebraska",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: March 3, 2004 Released: May 4, 2004\n\n"
 "By the Commission: Commissioners Copps and Adelstein dissenting and issuing a joint statement.\n\n"
 "The Commission has before it an Application for Review filed on March 29, 1999, by Citadel Communications, L.L.C. "
 "(Citadel). Citadel requests review of a February 17, 1999 letter decision of the Chief, Video Division, Media "
 "Bureau. The letter decision denied Citadel\u2019s Petition to Deny the assignment of the licenses for KHGI-TV and "
 "KWNB-TV from Fant Broadcasting Company of Nebraska, Inc. (Fant) to Pappas Telecasting of Central Nebraska "
 "(Pappas); denied Citadel\u2019s Informal Objection to the assignment of the license for KSNB-TV from Fant to Colins "
 "Broadcasting Company (Colins); and granted the above-captioned license assignment applications.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In the matter of Fant Broadcasting Company of Nebraska, Inc. (Assignor) "
 "and Pappas Telecasting of Central Nebraska (Assignee) For assignment of Licenses of Stations KHGI-TV, Kearney, "
 "Nebraska, and KWNB-TV, Hayes Center, Nebraska, and Fant Broadcasting Company of Nebraska, Inc. (Assignor) and "
 "Colins Broadcasting Company (Assignee) For assignment of Licenses of Stations KSNB-TV, Superior, Nebraska, and "
 "Television Translator Station K17CI, Beatrice, Nebraska, and K22CX and K18CD, Lincoln, Nebraska', Memorandum "
 "Opinion and Order FCC 04-45, File Nos. BALCT-19960723KJ, KL and BALCT-19970128IA-ID, adopted March 3, 2004, "
 "released May 4, 2004, US federal government work (public domain); text as docslib.org's copy of the FCC's document "
 "holds it, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC order (search tool page store)",
 "The Commission's Memorandum Opinion and Order FCC 04-45 adopted 3 March and released 4 May 2004 (File Nos. "
 "BALCT-19960723KJ, KL; BALCT-19970128IA-ID) on Citadel Communications, L.L.C.'s Application for Review of the "
 "17 February 1999 letter decision of the Chief, Video Division, which had denied Citadel's petition to deny and "
 "informal objection and granted the assignments of KHGI-TV, Kearney, and KWNB-TV, Hayes Center, Nebraska, from Fant "
 "Broadcasting Company of Nebraska, Inc. to Pappas Telecasting of Central Nebraska, and of KSNB-TV, Superior, "
 "Nebraska (with three translators), from Fant to Colins Broadcasting Company, as docslib.org's text extraction of "
 "the FCC's document holds it; an FCC order is a US federal work, public domain (batch 15f; 51j's and 52k's docslib "
 "copies). `published` is the release day (as 52k's Bunyard order; **doubtful**: a reader may take the adoption "
 "day). One stored rendering came back, by two queries. Left out: docslib's lines 'Federal Communications Commission "
 "FCC 04-45' and 'Before the Federal Communications Commission Washington, D.C. 20554'; the caption (its ')' column; "
 "in this rendering the party lines are broken: 'FANT BROADCASTING COMPANY OF ) , INC. (Assignor)' and '... OF "
 "CENTRAL ) NEBRASKA (Assignee)', the words 'NEBRASKA' and 'PAPPAS TELECASTING' lost from the first block, so only "
 "the two whole 'For assignment of Licenses of Stations ...' lines are kept, as `title`, joined with '; ', the ')' "
 "marks dropped); the file and facility numbers; the paragraph number '1.'. Kept: 'MEMORANDUM OPINION AND ORDER', "
 "the adoption and release line and the 'By the Commission: ...' line, each on its own line (as 52k kept them), then "
 "paragraph 1 whole (three sentences). Cut: all of paragraph 2 ('2. Citadel claims the following grounds for review: "
 "(1) Fant\u2019s sale of substantially all of the assets of the three stations to Pappas, ... constituted an "
 "unauthorized transfer of control [page header] in violation of Section 310(d) of the Commu', where the excerpt "
 "breaks off inside its first sentence) and all after; `truncated` (a short text: 94 words of body). Kept as "
 "written: 'Citadel\u2019s' (curly apostrophe, twice), 'Citadel Communications, L.L.C.', 'a February 17, 1999 letter "
 "decision', 'the Chief, Video Division, Media Bureau'. In the lane (an FCC order naming three stations, their "
 "assignor, two assignees, an objector and two Commissioners, 2004). One text per matter. Found with 'Fant "
 "Broadcasting Pappas Telecasting KHGI-TV KWNB-TV KSNB-TV assignment' (rank 1) and 'Citadel Communications Application "
 "for Review Fant Broadcasting Company of Nebraska Pappas Telecasting of Central Nebraska unauthorized transfer of "
 "control LMA' (rank 1); 52z's lead. " + CHECK +
 "'Fant Broadcasting', 'Pappas', 'Colins', 'KHGI', 'KWNB', 'KSNB', 'Citadel Communications', 'Kearney', 'Hayes "
 "Center', '04-45', 'BALCT-19960723', '5785595': in no corpus file, script or pool; in GATHERING.md only on 52z's "
 "not-used and leads lines (this lead). 'Citadel' elsewhere only as other companies (Citadel Broadcasting and others, "
 "other matters); 'Copps' and 'Adelstein' only as Commissioners in other matters.",
 True))

# ---- KFTA-TV, Fort Smith: Nexstar Broadcasting, Inc. -> Mission Broadcasting, Inc.; Ft. Smith 46's petitions, DA 08-483 ----
U2 = "https://docsbay.net/certified-mail-return-receipt-requested-s1"
U2F = "https://docs.fcc.gov/public/attachments/DA-08-483A1.txt"
R.append(federal(
 "us-fcc-nexstar-broadcasting-mission-broadcasting-kfta-tv-fort-smith-assignment-ft-smith-46-petition-to-deny-letter-2008",
 U2, "2008-03-03",
 "Application for Assignment of License; KFTA-TV, Fort Smith, Arkansas; KNWA-TV, Rogers, Arkansas",
 "Released: March 3, 2008\n\n"
 "Re: Application for Assignment of License KFTA-TV, Fort Smith, Arkansas (File Nos. BALCT-20060411ABX and "
 "BRCT-20050201ALT; Facility ID No. 29560) KNWA-TV, Rogers, Arkansas (File No. BRCT-20050201ALW; Facility ID No. "
 "29557)\n\n"
 "This is in regard to the above-referenced application for consent to assign the broadcast television license of "
 "Station KFTA-TV, Fort Smith, Arkansas, from Nexstar Broadcasting, Inc. (\u201cNexstar\u201d), to Mission "
 "Broadcasting, Inc. (\u201cMission\u201d), and the above-referenced applications seeking renewal of the licenses "
 "for Station KFTA-TV and Station KNWA-TV, Rogers, Arkansas. Ft. Smith 46, Inc. (\u201cFt. Smith 46\u201d), filed a "
 "Petition to Deny the instant assignment application on May 22, 2006, and supplemented its petition on July 25, "
 "2006. Nexstar and Mission filed a joint Opposition to Petition to Deny on June 6, 2006, to which Ft. Smith 46 filed "
 "a Reply on June 16, 2006. On September 5, 2006, Ft. Smith 46 filed a Petition to Deny the license renewal "
 "applications of Station KFTA-TV and commonly owned Station KNWA-TV, raising matters regarding the Nexstar/Mission "
 "relationship that are additional to those advanced in the Petition to Deny the Station KFTA-TV assignment. After "
 "considering all the pleadings in this case, we grant in part and deny in part the Petition to Deny the instant "
 "assignment application, admonish Nexstar for a false certification in violation of Section 1.17(a)(2) of the "
 "Commission\u2019s rules, and deny the Petition to Deny the license renewal applications.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 08-483, 'Re: Application for Assignment of License, "
 "KFTA-TV, Fort Smith, Arkansas (File Nos. BALCT-20060411ABX and BRCT-20050201ALT; Facility ID No. 29560), KNWA-TV, "
 "Rogers, Arkansas (File No. BRCT-20050201ALW; Facility ID No. 29557)', released March 3, 2008, US federal government "
 "work (public domain); text as docsbay.net's copy of the letter holds it, from the search tool's page store at " + U2
 + " (checked against the FCC's EDOCS text at " + U2F + ")",
 "docsbay.net copy of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 08-483 released 3 March 2008 (File Nos. BALCT-20060411ABX, BRCT-20050201ALT, "
 "BRCT-20050201ALW; the Video Division's television letter form, sent certified mail) on the application to assign "
 "the licence of KFTA-TV, Fort Smith, Arkansas, from Nexstar Broadcasting, Inc. to Mission Broadcasting, Inc. and on "
 "the renewal applications of KFTA-TV and KNWA-TV, Rogers, against which Ft. Smith 46, Inc. filed petitions to deny, "
 "as docsbay.net's copy of the letter holds it (the Word file's paragraphs, footnote markers in brackets); an FCC "
 "letter is a US federal work, public domain (batch 15f; 52x took a docsbay.net copy of a letter likewise). Three "
 "stored renderings came back: (a) docsbay.net (paragraphs, '[1]', '[2]'); (b) the FCC's own EDOCS text (one run, "
 "footnote 1's text running into the paragraph after 'to which Ft. Smith 46 filed', breaking off at '... that are "
 "additi'); (c) a docslib.org download copy of the same EDOCS text ('... that are additio'). Compared: whitespace and "
 "footnote matter aside, (a) and (b) agree word for word as far as (b) runs (through '... regarding the Nexstar/"
 "Mission relationship that are'); the paragraph's last sentence is in (a) only. Text from (a). Left out: 'DA "
 "08-483'; 'CERTIFIED MAIL-RETURN RECEIPT REQUESTED'; the addressee blocks ('Nexstar Broadcasting, Inc., and "
 "Mission Broadcasting, Inc. c/o Howard M. Liberman, Esq. Drinker Biddle & Reath LLP ...' and 'Ft. Smith 46, Inc. "
 "c/o Peter Tannenwald, Esq. Irwin, Campbell & Tannenwald, P.C. ...'); the salutation 'Gentlemen:'; the footnote "
 "markers '[1]' (after 'July 25, 2006.') and '[2]' (after 'June 16, 2006.'). Kept: 'Released: March 3, 2008' and the "
 "'Re:' line (the copy's five lines joined in one run, as 52x's), each on its own line; the first body paragraph "
 "whole (five sentences). Cut before the 'Background.' paragraph, which the excerpt breaks off inside its first "
 "sentence ('Background. The Commission granted applications assignin'), and all after; `truncated`. `title` is the "
 "'Re:' line without its file and facility numbers, its parts joined with '; '. Kept as written: the curly quotation "
 "marks and apostrophe, 'Ft. Smith 46, Inc.' (so spelt, beside 'Fort Smith'), 'the Nexstar/Mission relationship', "
 "'Station KFTA-TV' (capitalised). 52z's lead wrote the call sign 'KTFA-TV' (from the WTVK letter's footnote); the "
 "file number BALCT-20060411ABX is this letter's. In the lane (an FCC letter naming two stations, the assignor, the "
 "assignee and a petitioner, 2008). Found with 'KTFA-TV Fort Smith Arkansas assignment of license BALCT-20060411ABX' "
 "(rank 7: (a)) and 'Nexstar Mission Broadcasting KFTA-TV Fort Smith Ft. Smith 46 petition to deny admonish false "
 "certification DA 08-483' (ranks 1-3: (a), (b), (c); ranks 4-8 trade-press and blog items, not used). " + CHECK +
 "'KFTA', 'KNWA', 'Mission Broadcasting', 'Ft. Smith 46', '08-483', 'BRCT-20050201': in no corpus file, GATHERING.md "
 "line, script or pool; 'BALCT-20060411' and 'Ft. Smith' only on 52z's leads line (this lead); 'Fort Smith' only in "
 "other matters (47f's Deffenbaugh waste routes); 'Nexstar' only in other matters (52x's CCA/Nexstar 2014 letter and "
 "KYLE(TV) 2007 letter, the 2019 Sinclair/Nexstar judgment, 1998's Malrite order, a DOJ media summary).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

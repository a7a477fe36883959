#!/usr/bin/env python3
"""Batch 52v (session 53, gatherer 52v): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p and 52t (50l and 52s null rounds), on two
radio licence assignments of 2008 and 2012 no corpus file holds --
  - the Audio Division's letter DA 08-556 released 12 March 2008 (reference 1800B3-KD; File No. BALED-20070928ADQ) on
    the application to assign the licence of noncommercial educational station WKCP(FM) (formerly WMCU(FM)), Miami,
    Florida, from Trinity International Foundation, Inc. to American Public Media Group, with a petition to deny and
    over one hundred informal objections from the station's listeners (docs.fcc.gov text);
  - the Audio Division's letter DA 12-1979 released 7 December 2012 (reference 1800B3-CEG; File No. BAL-20120816AAQ)
    denying Connoisseur Media of Long Island, LLC's informal objection and granting the assignment of the licence of
    WOR(AM), New York, from Buckley Broadcasting/WOR, LLC to AMFM Radio Licenses, LLC, a subsidiary of Clear Channel
    Communications, Inc. (docs.fcc.gov text).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the letterheads ('Federal Communications
Commission Washington, D.C. 20554'), the letters' own date ('March 12, 2008', 'December 7, 2012': the same day as the
release line kept), 'DA 08-556' / 'DA 12-1979', the reference lines ('In Reply Refer to: 1800B3-KD', '... 1800B3-CEG'),
the addressee blocks (counsel for the parties) and the salutation 'Dear Counsel:' (as 51e left Withers's out and 52p
left W244BC's out), footnote markers, the footnotes' text and a page number the text file runs into a sentence; each
text is cut at the last full sentence before the excerpt breaks off, or before a sentence on a matter the corpus holds
(WOR: the 'Background.' sentence on the Commission's 2008 consent to Clear Channel's going private). Kept: the
'Released:' line and the 'In re:' line (its parts in one run, as 52p kept W244BC's), each on its own line, then the
body's sentences as one paragraph (the text files set no paragraph break). No word added or changed. Per-item notes in
`notes`. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52v.py [POOL_DIR] [--dry]   (default /tmp/gather53v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53v/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-53 pools and sources /tmp/gather53*/ (53a-53t at "
         "the last check; none on these matters): ")
R = []

# ---- WKCP(FM), Miami: Trinity International Foundation, Inc. -> American Public Media Group, DA 08-556 (2008) -------
U1 = "https://docs.fcc.gov/public/attachments/DA-08-556A1.txt"
R.append(federal(
 "us-fcc-trinity-international-foundation-american-public-media-group-wkcp-fm-miami-assignment-petition-to-deny-letter-2008",
 U1, "2008-03-12",
 "WKCP(FM), Miami, FL; Trinity International Foundation, Inc.; Application for Assignment of License; Petition to Deny "
 "and Informal Objections",
 "Released: March 12, 2008\n\n"
 "In re: WKCP(FM), Miami, FL Facility ID No. 68118 Trinity International Foundation, Inc. File No. "
 "BALED-20070928ADQ Application for Assignment of License Petition to Deny and Informal Objections\n\n"
 "We have before us the above-captioned application (the \u201cApplication\u201d) seeking approval for the proposed "
 "assignment of license for noncommercial educational (\u201cNCE\u201d) Station WKCP(FM) (formerly WMCU(FM)), Miami, "
 "Florida (the \u201cStation\u201d), from Trinity International Foundation, Inc. (\u201cTrinity\u201d) to American "
 "Public Media Group (\u201cAPMG\u201d). Also before us is a Petition to Deny, filed on November 2, 2007, by several "
 "Station listeners opposing the grant of the Application (collectively, the \u201cPetitioners\u201d), as well as "
 "over one hundred informal objections filed by Station listeners (the \u201cObjectors\u201d) between October 1, "
 "2007, and February 15, 2008.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 08-556, 'In re: WKCP(FM), Miami, FL, "
 "Facility ID No. 68118, Trinity International Foundation, Inc., File No. BALED-20070928ADQ, Application for "
 "Assignment of License, Petition to Deny and Informal Objections', reference 1800B3-KD, released March 12, 2008, US "
 "federal government work (public domain); text as the FCC's EDOCS text file holds it, from the search tool's page "
 "store at " + U1,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 08-556 released 12 March 2008 (reference 1800B3-KD, the Audio Division's letter "
 "code; File No. BALED-20070928ADQ) on the application to assign the licence of noncommercial educational station "
 "WKCP(FM) (formerly WMCU(FM)), Miami, Florida, from Trinity International Foundation, Inc. to American Public Media "
 "Group, opposed by a listeners' petition to deny and over one hundred listeners' informal objections, as the FCC's "
 "own EDOCS text file holds it (one run of text, the footnotes' text after the page's last line); an FCC letter is a "
 "US federal work, public domain (batch 15f). One stored rendering came back, by one query. Left out: the letterhead "
 "'Federal Communications Commission Washington, D.C. 20554'; the letter's date 'March 12, 2008' (the same day as "
 "the release line kept); 'DA 08-556'; 'In Reply Refer to: 1800B3-KD'; the addressee block ('Dennis J. Kelly, Esq. "
 "Law Office of Dennis J. Kelly ... Margaret L. Miller, Esq. Dow Lohnes pllc ... Todd M. Stansbury, Esq. Wiley Rein "
 "LLP 1776 K St. N.W. Washington, DC 20006', as 52p left W244BC's out); the salutation 'Dear Counsel:'; the footnote "
 "markers '1' (after '(collectively, the \u201cPetitioners\u201d),') and '2' (after '... February 15, 2008.'). Kept: "
 "'Released: March 12, 2008' and the 'In re:' line (its parts in one run, as 52p), each on its own line; the first "
 "paragraph's two sentences. Cut after '... and February 15, 2008.', before the footnotes' text that follows in the "
 "file ('1 See Petition to Deny, filed by Leslie Aquart et al., on Nov. 2, 2007. ... See 47 2') and the run-in "
 "heading 'Background.' with the sentence the excerpt breaks off inside ('Petitioners oppose grant of'), and all "
 "after it; `truncated` (the decision on the petition and the application lies past the excerpt). `title` is the 'In "
 "re:' line without its facility and file numbers, its parts joined with '; ' (as 52p). Kept as written: the curly "
 "quotation marks, '(\u201cNCE\u201d)', 'Station WKCP(FM) (formerly WMCU(FM))', 'over one hundred'. In the lane (an "
 "FCC letter naming a station, its assignor and assignee and listener objectors, 2008). One text per matter. Found "
 "with 'Audio Division letter petition to deny assignment of license AM station alleges unauthorized transfer of "
 "control local marketing agreement assignee 2007' (rank 7; ranks 2 and 3 WMGL(FM) DA 11-1226 and WVKO DA 07-129, on "
 "the brief's do-not-take list and earlier not-used lines, not taken). " + CHECK +
 "'WKCP', 'WMCU', 'Trinity International', 'American Public Media', '08-556', 'BALED-20070928ADQ', 'Aquart', "
 "'1800B3-KD': in no corpus file, GATHERING.md line, script, note or pool; 'Miami' in corpus files only in other "
 "matters.",
 True))

# ---- WOR(AM), New York: Buckley Broadcasting/WOR, LLC -> AMFM Radio Licenses, LLC (Clear Channel), DA 12-1979 (2012) --
U2 = "https://docs.fcc.gov/public/attachments/DA-12-1979A1.txt"
R.append(federal(
 "us-fcc-buckley-broadcasting-wor-amfm-radio-licenses-clear-channel-wor-am-new-york-assignment-connoisseur-objection-letter-2012",
 U2, "2012-12-07",
 "WOR(AM), New York, New York; Application for Assignment of License; Informal Objection; WHTZ(FM), Newark, NJ; "
 "Application for Renewal; Informal Objection",
 "Released: December 7, 2012\n\n"
 "In re: WOR(AM), New York, New York Facility ID No. 7710 File No. BAL-20120816AAQ Application for Assignment of "
 "License Informal Objection WHTZ(FM), Newark, NJ Facility ID No. 59953 File No. BRH-20060201AAU Application for "
 "Renewal Informal Objection\n\n"
 "We have before us the above-referenced application (\u201cAssignment Application\u201d) seeking approval for the "
 "proposed assignment of the license for station WOR(AM), New York, New York, from Buckley Broadcasting/WOR, LLC "
 "(\u201cBuckley\u201d) to AMFM Radio Licenses, LLC (\u201cAMFM\u201d), a subsidiary of Clear Channel Communications, "
 "Inc. (\u201cClear Channel\u201d). Also before us is the above-referenced application of AMFM for renewal of the "
 "license for station WHTZ(FM), Newark, New Jersey (the \u201cRenewal Application\u201d) (collectively, the \u201cAMFM "
 "Applications\u201d). On September 19, 2012, Connoisseur Media of Long Island, LLC (\u201cConnoisseur\u201d) filed an "
 "Informal Objection to both AMFM Applications (\u201cInformal Objection\u201d), raising issues related to the "
 "divestiture of a number of former Clear Channel stations currently held by Aloha Station Trust (\u201cAST\u201d). AST "
 "and AMFM each filed responsive pleadings. For the reasons set forth below, we deny the Informal Objection and grant "
 "the Assignment Application.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 12-1979, 'In re: WOR(AM), New York, "
 "New York, Facility ID No. 7710, File No. BAL-20120816AAQ, Application for Assignment of License, Informal "
 "Objection; WHTZ(FM), Newark, NJ, Facility ID No. 59953, File No. BRH-20060201AAU, Application for Renewal, Informal "
 "Objection', reference 1800B3-CEG, released December 7, 2012, US federal government work (public domain); text as "
 "the FCC's EDOCS text file holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Audio Division's letter DA 12-1979 released 7 December 2012 (reference 1800B3-CEG; File No. BAL-20120816AAQ) "
 "denying the informal objection of Connoisseur Media of Long Island, LLC and granting the assignment of the licence "
 "of WOR(AM), New York, from Buckley Broadcasting/WOR, LLC to AMFM Radio Licenses, LLC, a subsidiary of Clear Channel "
 "Communications, Inc. (the same objection was aimed at AMFM's renewal of WHTZ(FM), Newark), as the FCC's own EDOCS "
 "text file holds it (one run of text, the footnotes' text where the page breaks); an FCC letter is a US federal "
 "work, public domain (batch 15f). Two stored renderings came back: (a) the docs.fcc.gov text file (one run), by two "
 "queries; (b) the fcc.gov/document page (line breaks as the Word file's, site chrome above, breaking off earlier, "
 "inside '... and grant the Assignment'). Compared: whitespace aside, the two agree word for word where both run. "
 "Text from (a). Left out: the letterhead 'Federal Communications Commission Washington, D.C. 20554'; the letter's "
 "date 'December 7, 2012' (the same day as the release line kept); 'DA 12-1979'; 'In Reply Refer to: 1800B3-CEG'; "
 "the addressee block ('David D. Burns, Esq. Latham & Watkins LLP ... Gregory L. Masters, Esq. Wiley Rein LLP ... "
 "Barry A. Friedman, Esq. Thompson Hine LLP 1920 N Street, N.W. Suite 800 Washington, D.C. 20036', as 52p left "
 "W244BC's out); the salutation 'Dear Counsel:'; the footnote markers '1' (after '(\u201cClear Channel\u201d).'), '2' "
 "(after '... responsive pleadings.') and '3' (after '... the Assignment Application.'); footnote 1's text and the "
 "page number that the file runs into the third sentence ('1 See File No. BAL-20120816AAQ, Exhibit 13. 2', between "
 "'both AMFM Applications' and '(\u201cInformal Objection\u201d)'; rendering (b) shows the page break there). Kept: "
 "'Released: December 7, 2012' and the 'In re:' line (its parts in one run, as 52p), each on its own line; the first "
 "paragraph whole (five sentences). Cut before the run-in heading 'Background.' and its first sentence ('In an order "
 "released January 8, 2008, the Commission granted consent to the transfer of control of Clear Channel from its "
 "public shareholders to two private equity funds.'), a full sentence left out because the Clear Channel going-"
 "private transfer is a matter the corpus already holds (dev, 2006 pleading-cycle notice), and all after it (the next "
 "sentence breaks off inside 'the Commission c'); `truncated`. `title` is the 'In re:' line without its facility and "
 "file numbers, its parts joined with '; ' (as 52p). Kept as written: the curly quotation marks, 'Buckley "
 "Broadcasting/WOR, LLC', 'New York, New York', 'Newark, NJ' and 'Newark, New Jersey'. In the lane (an FCC grant "
 "naming a station, its seller, its buyer and the buyer's parent, and a rival broadcaster's objection, 2012). One "
 "text per matter. Found with 'For the reasons stated below, we deny the Objection and grant the Assignment "
 "Application radio station LLC Audio Division 2012' (rank 2: (b)) and 'Buckley Broadcasting/WOR AMFM Radio Licenses "
 "Connoisseur Media informal objection WOR(AM) assignment' (ranks 1 and 3: (b) and (a); rank 2 a blog item and rank "
 "4 a radio blog on the sale, not used). " + CHECK +
 "'WOR(AM)', 'Connoisseur', '12-1979', 'BAL-20120816AAQ', 'Aloha Station Trust', 'AMFM Radio Licenses', 'WHTZ', "
 "'1800B3-CEG': in no corpus file, GATHERING.md line, script, note or pool; 'Buckley Broadcasting' only in 52k's "
 "1969 Starr order (another matter), 'Clear Channel Communications' only in other matters (DOJ 1998 and 2000 "
 "billboard texts, a Wikinews item, the dev 2006 Thomas H. Lee/Bain pleading-cycle notice on Clear Channel's going "
 "private, whose sentence here was left out, and 52k's 2002 KMJI-FM order).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

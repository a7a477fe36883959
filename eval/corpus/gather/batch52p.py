#!/usr/bin/env python3
"""Batch 52p (session 53, gatherer 52p): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a fifty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d and 52k (50l a null round), on three
broadcast-licence matters of 1966, 2007 and 2012 no corpus file holds --
  - the Commission's en banc grant of 20 October 1966 (6 F.C.C.2d 898, 8 Rad. Reg. 2d 660) assigning the licences of
    WXHR (AM) and WXHR-FM, Boston, and the construction permit of a television station, Channel 56, Cambridge, from
    Harvey Radio Laboratories, Inc. to WKBG, Inc., owned half by Globe Newspaper Co. and half by Kaiser Broadcasting
    Corp., with Chairman Hyde's concurring statement (nicholasjohnson.org copy; 52k's lead);
  - the Media Bureau's letter DA 07-3916 released 14 September 2007 on the application to assign the licence of
    WBUI(TV), Decatur, Illinois, from ACME Television Licenses of Illinois, LLC to GOCOM Media of Illinois, LLC, licensee
    of WRSP-TV, Springfield (docslib.org copy);
  - the Media Bureau's letter DA 12-186 released 13 February 2012 granting the assignment of the licence of FM
    translator W244BC, Ocala, Florida, from Radio Training Network, Inc. to Generations Broadcasting Corporation over
    William Johnson's petition to deny (docs.fcc.gov text).
Texts are the search tool's page-store excerpts (corpus `pages`). Left out: the sites' own lines (nicholasjohnson.org's
'Back to Index'; docslib's repeated 'Federal Communications Commission Washington, D.C. 20554' and '[Show full
text]'), letterheads, captions (the 1966 caption kept as `title`, 'In re' dropped), file, reporter and reference lines
('BAL-5831 BALH-910 BAPCT-388', '6 F.C.C.2d 898, 8 Rad. Reg. 2d (P & F) 660', 'In Reply Refer to 1800B3-SAR/KAD'), the
copy's label 'APPLICATION', the letters' addressee blocks and salutations ('Dear Counsel:', 'Gentlemen:', as 51e left
Withers's out), footnote markers and the footnotes' text; each text is cut at the last full sentence before the
excerpt breaks off. Kept: the date line ('October 20, 1966'; 'DA 07-3916 Released: September 14, 2007', two page
items on one line as 51e's 'DA 17-387 Released: April 24, 2017'; 'Released: February 13, 2012'), the letters' 'Re:' /
'In re:' line (as 51e kept Withers's), the 1966 statement's heading 'CONCURRING STATEMENT OF CHAIRMAN HYDE' (as 51r
kept its statements' headings), each on its own line, then the body's sentences; the pages' line wraps, blank and
space-only lines joined (whitespace only). No word added or changed. Per-item notes in `notes`. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch52p.py [POOL_DIR] [--dry]   (default /tmp/gather53p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53p/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes (.md files) and the session-53 pools /tmp/gather53*/pool (53a-53q "
         "at the last check, with the batch52n, 52o and 52q scripts; none on these matters): ")
R = []

# ---- WXHR (AM), WXHR-FM, Channel 56 permit: Harvey Radio Laboratories -> WKBG, Inc. (Globe / Kaiser), 1966 --------
U1 = "https://www.nicholasjohnson.org/FCCOps/1966/6F2-898.html"
R.append(federal(
 "us-fcc-harvey-radio-laboratories-wkbg-globe-newspaper-kaiser-broadcasting-wxhr-assignment-1966",
 U1, "1966-10-20",
 "HARVEY RADIO LABORATORIES, INC. (ASSIGNOR), AND WKBG, INC. (ASSIGNEE) For Assignment of Construction Permit for TV "
 "Station, Channel 56, Cambridge, Mass., and for Licenses of WXHR (AM) and WXHR-FM, Boston, Mass.",
 "October 20, 1966\n\n"
 "On October 20, 1966, the Commission en banc, by Commissioners Hyde (Chairman), Bartley, Lee, Cox, Loevinger, "
 "Wadsworth, and Johnson, granted assignment of licenses of AM-FM stations and construction permit for TV station to "
 "WKBG, Inc.; consideration $1,750,000 and agreement not to compete in radio or TV broadcasting within 25 miles of "
 "Boston State House for 10 years. WKBG, Inc., is 50 percent owned by Globe Newspaper Co., which has no other "
 "broadcast interests, and 50 percent by Kaiser Broadcasting Corp., which controls four UHF TV stations and one FM "
 "station. WXHR-TV is now off the air.Chairman Hyde issued a concurring statement, Commissioner Loevinger issued a "
 "concurring statement in which Commissioner Lee joined, Commissioner Wadsworth issued a concurring statement, and "
 "Commissioners Bartley, Cox, and Johnson issued dissenting statements.\n\n"
 "CONCURRING STATEMENT OF CHAIRMAN HYDE\n\n"
 "I am satisfied that the applicant has made a compelling showing justifying a grant of the application without "
 "hearing under our interim policy. I do not construe this action as a reproach to that policy nor as being "
 "determinative of any issues pending in the 'top fifty' proceeding. However, in applying the interim policy I do not "
 "believe that the hard realities and substantial hazards which have attended major market UHF efforts may be "
 "overlooked. Successful operation of an independent UHF-TV station in a major market already served by four VHF-TV "
 "stations is indeed enhanced when the applicant possesses the requisite background and financial resources, as in "
 "the case at present.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, 'In re Harvey Radio Laboratories, Inc. (Assignor), and WKBG, Inc. "
 "(Assignee) For Assignment of Construction Permit for TV Station, Channel 56, Cambridge, Mass., and for Licenses of "
 "WXHR (AM) and WXHR-FM, Boston, Mass.', 6 F.C.C.2d 898, 8 Rad. Reg. 2d (P & F) 660, BAL-5831, BALH-910, BAPCT-388, "
 "October 20, 1966, US federal government work (public domain); text as nicholasjohnson.org's copy of the FCC "
 "Reports text holds it, from the search tool's page store at " + U1,
 "nicholasjohnson.org copy of an FCC text (search tool page store)",
 "The Commission's en banc grant of 20 October 1966 (6 F.C.C.2d 898, 8 Rad. Reg. 2d 660; BAL-5831, BALH-910, "
 "BAPCT-388) of the assignment of the licences of WXHR (AM) and WXHR-FM, Boston, and the construction permit for a "
 "television station on Channel 56, Cambridge, from Harvey Radio Laboratories, Inc. to WKBG, Inc., as the copy on "
 "nicholasjohnson.org holds it (the FCC Reports' summary paragraph of the action, then the separate statements); an "
 "FCC decision is a US federal work, public domain (batch 15f). One stored rendering came back (blank and "
 "space-only lines between the parts, the caption wrapped over three lines), by one query. Left out: 'Back to "
 "Index'; the caption (kept as `title`, 'In re' dropped, capitals kept as written, its line wraps joined); the file "
 "line 'BAL-5831 BALH-910 BAPCT-388'; the copy's label 'APPLICATION'; the reporter line '6 F.C.C.2d 898, 8 Rad. Reg. "
 "2d (P & F) 660'. Kept: the date line 'October 20, 1966'; the summary paragraph whole; the heading 'CONCURRING "
 "STATEMENT OF CHAIRMAN HYDE' on its own line (as 51r kept 'STATEMENT OF COMMISSIONER ROBERT T. BARTLEY'); the "
 "statement's first four sentences. Cut after '... as in the case at present.', before the sentence the excerpt "
 "breaks off inside ('At the present state of UHF television development, it is my'), and all after it (the other "
 "Commissioners' statements); `truncated`. Kept as written: 'air.Chairman' without a space (the copy's, as 38o kept "
 "'Vodafone,is'), 'AM-FM', 'UHF-TV', 'VHF-TV', \"the 'top fifty' proceeding\" with its straight quotes, "
 "'$1,750,000'. The stations assigned are named only in the caption (WXHR (AM), WXHR-FM; the television permit's "
 "call sign WXHR-TV appears in the body only as 'WXHR-TV is now off the air'), and the assignor Harvey Radio "
 "Laboratories, Inc. only in the caption. In the lane (an FCC grant naming the assignee, its two half-owners, a "
 "station and seven Commissioners, 1966). One text per matter. Found with 'WKBG, Inc. Globe Newspaper Co. Kaiser "
 "Broadcasting Corp. WXHR-TV Cambridge Mass. assignment Harvey Radio Laboratories 1966 Commission' (rank 1), after "
 "two wordings that gave only secondary pages (wikimili, bostonradio.org lists: not used). " + CHECK +
 "'WKBG', 'Harvey Radio', 'Kaiser Broadcasting', 'Globe Newspaper', 'WXHR', '6F2-898', '6 F.C.C.2d 898', 'BAL-5831', "
 "'Boston State House': in no corpus file, script or pool; in GATHERING.md and /work/notes/gather53/52k.md only as "
 "52k's lead and not-used line for this very text; 'Kaiser' elsewhere only as other matters (batches 35t, 40zd, 44d).",
 True))

# ---- WBUI(TV), Decatur: ACME Television Licenses of Illinois -> GOCOM Media of Illinois, DA 07-3916 (docslib) -------
U2 = "https://docslib.org/doc/6136948/linnda-durre"
R.append(federal(
 "us-fcc-acme-television-gocom-media-wbui-tv-decatur-wrsp-tv-assignment-letter-2007",
 U2, "2007-09-14",
 "Assignment of License for WBUI(TV), Decatur, IL",
 "DA 07-3916 Released: September 14, 2007\n\n"
 "Re: Assignment of License for WBUI(TV), Decatur, IL Facility ID No. 16363 File No. BALCT-20070706ACJ\n\n"
 "This is in reference to the application for consent to assign the license for WBUI(TV), Channel 23 (CW), Decatur, "
 "Illinois, from ACME Television Licenses of Illinois, LLC (ACME) to GOCOM Media of Illinois, LLC (GOCOM). The "
 "application is unopposed. The application requests a waiver of Section 73.3555(b)(2) of the Commission's rules, the "
 "television duopoly rule, to permit GOCOM, licensee of WRSP-TV, Channel 55 (Fox), Springfield, Illinois, to acquire "
 "WBUI. Both WBUI and WRSP-TV are in the same Nielsen Designated Market Area (DMA), and their Grade B contours overlap. "
 "Under Section 73.3555(b)(2) of the Commission\u2019s rules currently in effect, two television stations licensed in "
 "the same DMA that have Grade B overlap may be commonly owned if: (i) at least one of the stations is not ranked "
 "among the top four stations in the DMA; and (ii) at least eight independently owned and operating, full-power "
 "commercial and non-commercial educational television stations would remain in the DMA after the merger. The "
 "Champaign & Springfield-Decatur DMA would not have eight independently owned and operated television stations "
 "post-merger.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 07-3916, 'Re: Assignment of License for WBUI(TV), "
 "Decatur, IL, Facility ID No. 16363, File No. BALCT-20070706ACJ', released September 14, 2007, US federal government "
 "work (public domain); text as docslib.org's copy of the FCC's letter holds it, from the search tool's page store at "
 + U2,
 "docslib.org copy of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 07-3916 released 14 September 2007 (File No. BALCT-20070706ACJ) on the unopposed "
 "application to assign the licence of WBUI(TV), Channel 23, Decatur, Illinois, from ACME Television Licenses of "
 "Illinois, LLC to GOCOM Media of Illinois, LLC, licensee of WRSP-TV, Springfield, with a request to waive the "
 "television duopoly rule, as docslib.org's text extraction of the FCC's letter holds it (one run of text after a "
 "first line; docslib's address carries an unrelated name, 'linnda-durre'); an FCC letter is a US federal work, "
 "public domain (batch 15f; 51j's docslib copies). One stored rendering came back, by two queries. Left out: "
 "docslib's line 'Federal Communications Commission Washington, D.C. 20554' and the letterhead repeating it; the "
 "addressee block ('Jacob Farber, Esq. Dickstein Shapiro, LLP 1825 Eye Street, N.W. Washington, DC 20006-5403 "
 "Joseph M. DiScipio, Esq. Fletcher, Heald and Hildreth, PLC 1300 North 17th Street Arlington, VA 22209', as 51e "
 "left Withers's out); the salutation 'Dear Counsel:'; the footnote marker '1' (after '... currently in effect,'); "
 "'[Show full text]'. Kept: 'DA 07-3916 Released: September 14, 2007' (two page items on one line, as 51e), the "
 "'Re:' line (as 51e), each on its own line, then the body's sentences as one paragraph (the copy sets no paragraph "
 "break). Cut after '... post-merger.', before the sentence the excerpt breaks off inside ('Thus, the proposed "
 "common' and the footnote's '1 47 C.F.R.'), and all after it; `truncated` (the grant and its reasons lie past the "
 "excerpt). `title` is the 'Re:' line without its facility and file numbers. Kept as written: 'Commission's' with a "
 "straight and 'Commission\u2019s' with a curly apostrophe, '(ACME)', '(GOCOM)', 'Channel 23 (CW)', 'Channel 55 "
 "(Fox)', 'Champaign & Springfield-Decatur DMA', 'non-commercial', 'post-merger'. In the lane (an FCC letter naming "
 "the seller and buyer licensees, two stations and their networks, 2007). One text per matter. Found with 'By the "
 "Commission: Commissioner Copps dissenting and issuing a statement. In this order, we consider the above-captioned "
 "application to acquire the license of station from' (rank 7) and 'WBUI(TV) Decatur Illinois ACME Television "
 "Licenses of Illinois GOCOM Media of Illinois WRSP-TV Springfield duopoly waiver failing station' (rank 2; the "
 "other results trade press and encyclopaedia pages, not used). " + CHECK +
 "'WBUI', 'ACME Television', 'GOCOM', 'WRSP', '07-3916', 'BALCT-20070706ACJ', '6136948', 'Dickstein', 'Fletcher, "
 "Heald': in no corpus file, GATHERING.md line, script, note or pool; 'Decatur', 'Champaign' and 'Nielsen' in corpus "
 "files only in other matters (51j's LIN Television caption names WAND(TV), Decatur, another station).",
 True))

# ---- W244BC, Ocala: Radio Training Network -> Generations Broadcasting Corporation, DA 12-186 (docs.fcc.gov) -------
U3 = "https://docs.fcc.gov/public/attachments/DA-12-186A1.txt"
R.append(federal(
 "us-fcc-radio-training-network-generations-broadcasting-w244bc-ocala-translator-assignment-letter-2012",
 U3, "2012-02-13",
 "W244BC, Ocala, Florida; Application for Consent to Assignment of License; Petition to Deny",
 "Released: February 13, 2012\n\n"
 "In re: W244BC, Ocala, Florida Facility ID No. 83190 File No. BALFT-20101118AIX Application for Consent to "
 "Assignment of License Petition to Deny\n\n"
 "We have before us the above-captioned application (\u201cApplication\u201d) seeking approval for the proposed "
 "assignment of license for FM Translator Station W244BC, Ocala, Florida (\u201cStation\u201d), from Radio Training "
 "Network, Inc. (\u201cRTN\u201d), to Generations Broadcasting Corporation (\u201cGBC\u201d). On January 3, 2011, "
 "William Johnson (\u201cJohnson\u201d) filed a Petition to Deny (\u201cPetition\u201d) and Petition to Issue Letter "
 "of Inquiry. For the reasons stated below, we deny the Petition, dismiss the Petition to Issue Letter of Inquiry as "
 "an unauthorized pleading, and grant the Application.\n\n"
 "Background. On November 18, 2010, RTN filed the Application for consent to assign the Station license to GBC.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 12-186, 'In re: W244BC, Ocala, Florida, Facility ID "
 "No. 83190, File No. BALFT-20101118AIX, Application for Consent to Assignment of License, Petition to Deny', "
 "released February 13, 2012, US federal government work (public domain); text as the FCC's EDOCS text file holds "
 "it, from the search tool's page store at " + U3,
 "docs.fcc.gov text of an FCC letter (search tool page store)",
 "The Media Bureau's letter DA 12-186 released 13 February 2012 (File No. BALFT-20101118AIX) denying William "
 "Johnson's petition to deny and granting the assignment of the licence of FM translator station W244BC, Ocala, "
 "Florida, from Radio Training Network, Inc. to Generations Broadcasting Corporation, as the FCC's own EDOCS text "
 "file holds it (one run of text, the footnotes' text after the page's last line); an FCC letter is a US federal "
 "work, public domain (batch 15f). Two stored renderings came back: (a) the docs.fcc.gov text file (one run), by "
 "two queries; (b) the fcc.gov/document page (line breaks as the Word file's, site chrome above). Compared: "
 "whitespace aside, the two agree word for word where both run. Text from (a). Left out: the letterhead "
 "'Federal Communications Commission Washington, D.C. 20554'; the letter's date 'February 13, 2012' (the same day "
 "as the release line kept); 'DA 12-186'; 'In Reply Refer to 1800B3-SAR/KAD'; the addressee block ('Mr. William "
 "Johnson 1101 North Main Street Gainesville, FL 32601 A. Wray Fitch III, Esq. Stephanie J. Patton, Esq. Gammon & "
 "Grange, P.C. ... John Trent, Esq. Putbrese Hunsaker & Trent, P.C. ... Woodstock, VA 22664', as 51e left Withers's "
 "out); the salutation 'Gentlemen:'; the footnote markers '1' (after '... Letter of Inquiry.') and '2' (after '... "
 "unauthorized pleading,'). Kept: 'Released: February 13, 2012' and the 'In re:' line (its parts in one run, as 51e "
 "kept a 'Re:' line), each on its own line; the first paragraph whole; the run-in heading 'Background.' and its "
 "first sentence, as the page breaks them (rendering (b) sets 'Background.' on its own line; here it stays run-in, "
 "as 51e kept Withers's). Cut after '... to assign the Station license to GBC.', before the sentence the excerpt "
 "breaks into with footnote 1's text ('Johnson opposes grant of the Application, arguing that the proposed "
 "assignment 1 RTN filed ...'), and all after it; `truncated`. `title` is the 'In re:' line without its facility "
 "and file numbers, its three parts joined with '; '. Kept as written: the curly quotation marks, "
 "'(\u201cStation\u201d)', 'FM Translator Station'. In the lane (an FCC grant naming a station, its seller and buyer "
 "and an objector, 2012). One text per matter. Found with 'nicholasjohnson.org FCCOps 1972 transfer of control "
 "granted letter Commissioners Burch Chairman ...' (rank 5: (a)) and 'W244BC Ocala Florida Radio Training Network "
 "Generations Broadcasting Corporation assignment petition to deny William Johnson' (ranks 1 and 3: (b) and (a); rank "
 "2 a trade-press item, not used). " + CHECK +
 "'W244BC', 'Radio Training Network', 'Generations Broadcasting', '12-186', 'BALFT-20101118AIX', 'Ocala', 'William "
 "Johnson': in no corpus file, GATHERING.md line, script, note or pool; 'Johnson' elsewhere only as other people "
 "(Commissioner Nicholas Johnson of the lane's 1966-73 items among them).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

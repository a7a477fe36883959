#!/usr/bin/env python3
"""Batch 53s (session 54, gatherer 53s): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a further round in the FCC transaction lane of batches 15f, 43n-49f, 49j,
49m, 50c, 50f, 50i, 51e, 51j, 51r, 51zd, 51zg, 51zo, 51zq, 52d, 52k, 52p, 52t, 52v, 52w, 52y, 52zc, 53a, 53g and 53o (50l
and 52s null rounds), on two commercial radio matters no corpus file holds --
  - Commissioner Jonathan S. Adelstein's dissenting statement in FCC 04-275 (2004), the Commission's Order on
    Reconsideration affirming its February 2002 approval (FCC 02-51) of the assignment of seven Columbus/Starkville,
    Mississippi stations from Golden Triangle Radio, Inc., Charisma Broadcasting Co., Bravo Communications, Inc. and
    Radio Columbus, Inc. to Cumulus Licensing Corp. (docs.fcc.gov text file; 53o's lead, taken instead of FCC 02-51:
    one text per matter);
  - the Audio Division's letter DA 05-2308 of 22 August 2005 (reference 1800B3-BSH; File No. BAL-20040210AAM) denying
    Chris Kidd d/b/a Kidd Communications' petition for reconsideration of the grant of the assignment of KTHO(AM),
    South Lake Tahoe, California, from Paradise Broadcasting, Inc. to Live Wire Media Partners, LLC (docs.fcc.gov text
    file; 52zc's and 53o's lead).
Texts are the search tool's page-store excerpts (corpus `pages`), the FCC's own text files (Word conversions whose
spaces inside words and marks are kept as written: 'WKOR- FM', 'WMXU( FM)', 'KTHO( AM)', '(\u201c Kidd\u201d)', 'd/ b/
a', 'Herfindahl- Hirschman'). Left out: the conversion headers ('*Pages 1--1 from Microsoft Word - 46647.doc*', '*Pages
1--3 from Microsoft Word - 51112.doc*'); the running header 'Federal Communications Commission FCC 04- 275' and the
statement's heading 'DISSENTING STATEMENT OF COMMISSIONER JONATHAN S. ADELSTEIN' (-> `title`); KTHO's letterhead, 'DA
05- 2308', the reference line, the addressee block and the salutation, as 53g and 53o left them out; KTHO's footnote
markers ('1', '2', '3'), footnote 1's and 2's run-in text and the page numbers '1 2' (the sentence joined across them),
and the run-in heading 'BACKGROUND' (the paragraph after it set apart by a blank line, as 53o's 'Background.'). Each
text is cut at the last full sentence before the excerpt breaks off: the dissent before 'Although Cumulus a'; KTHO's
before 'Kidd asserted that the two previous assignment applications were filed to'. Kept: the dissent's 'Re:' line
(its parts in one run, its closing ';' as written) then its first paragraph; KTHO's letter date 'August 22, 2005' (no
'Released:' line in the copy, as 53o's KSTR), its 'RE:' line, each on its own line, then the body's sentences. No word
added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch53s.py [POOL_DIR] [--dry]   (default /tmp/gather54s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54s/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54r "
         "at the last check; none on these matters): ")
R = []

# ---- Golden Triangle et al. -> Cumulus Licensing Corp., Columbus/Starkville MS, Adelstein's dissent in FCC 04-275 ----
U1 = "https://docs.fcc.gov/public/attachments/FCC-04-275A3.txt"
R.append(federal(
 "us-fcc-golden-triangle-charisma-bravo-radio-columbus-cumulus-licensing-wkor-starkville-assignments-adelstein-dissent-2004",
 U1, None,
 "DISSENTING STATEMENT OF COMMISSIONER JONATHAN S. ADELSTEIN",
 "Re: Applications of Golden Triangle Radio, Inc. and Cumulus Licensing Corp. For Consent to the Assignment of the "
 "Licenses of WKOR- FM, Columbus, MS, WMXU( FM) and WSSO( AM) Starkville, MS, and Application of Charisma "
 "Broadcasting Co. and Cumulus Licensing Corp. For Consent to the Assignment of the License of WKOR( AM) Starkville, "
 "MS, and Application of Bravo Communications, Inc. and Cumulus Licensing Corp. For Consent to the Assignment of the "
 "License of WSMS( FM), Artesia, MS, and Applications of Radio Columbus, Inc. and Cumulus Licensing Corp. For Consent "
 "to the Assignment of the Licenses of WJWF( AM) and WMBC( FM), Columbus, MS;\n\n"
 "I dissent to this Order on Reconsideration, which affirms the Commission\u2019s approval of seven license transfers "
 "in the Columbus, Mississippi area market in February 2002. I was not a member of the Commission at that time, but "
 "in being asked to reconsider the approval, I believe the decision was wrong. As the Order states, the Commission "
 "found that the seven stations involved in these license transfers would have a combined radio advertising revenue "
 "share of more than 50%, and that \u201cthe degree of market concentration might carry some risk of competitive "
 "harm.\u201d Indeed, the petitioner seeking reconsideration claims that the Herfindahl- Hirschman Index (HHI) for "
 "this market post- merger indicates that it would be highly concentrated, and would increase by a factor that "
 "suggests that the merger would be likely to create or enhance market power. The Commission found, however, that "
 "this competitive harm was outweighed by public interest benefits. The Order does not enumerate these benefits. The "
 "original order, however, states that Cumulus, having operated these stations through LMAs for several years, has "
 "realized certain cost efficiencies as a result of the joint operations.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Dissenting Statement of Commissioner Jonathan S. Adelstein, FCC 04-275, "
 "'Re: Applications of Golden Triangle Radio, Inc. and Cumulus Licensing Corp. ... WJWF(AM) and WMBC(FM), Columbus, "
 "MS' (Order on Reconsideration, 2004), US federal government work (public domain); text as the FCC's text file "
 "holds it, from the search tool's page store at " + U1,
 "FCC text file of a Commissioner's statement (search tool page store)",
 "Commissioner Jonathan S. Adelstein's dissenting statement (attachment A3) to FCC 04-275, the Commission's Order on "
 "Reconsideration affirming its February 2002 approval of the assignment to Cumulus Licensing Corp. of WKOR-FM, "
 "Columbus, and WMXU(FM) and WSSO(AM), Starkville (from Golden Triangle Radio, Inc.), WKOR(AM), Starkville (from "
 "Charisma Broadcasting Co.), WSMS(FM), Artesia (from Bravo Communications, Inc.) and WJWF(AM) and WMBC(FM), Columbus "
 "(from Radio Columbus, Inc.), all Mississippi, as the FCC's own text file holds it (a Word conversion: one run of "
 "text, spaces inside words and marks); an FCC release is a US federal work, public domain (batch 15f). 53o's lead "
 "named FCC 02-51 (the order of 14 February 2002, released 19 March 2002) or this dissent, one of the two: FCC 02-51 "
 "came back (docs.fcc.gov text, rank 6 for 'Audio Division grants transfer of control of licensee of radio stations, "
 "denies informal objection, local radio ownership Arbitron metro letter 2004') but its excerpt gives one body "
 "sentence on pending applications before it breaks off ('Three of the four sellers, ... Bravo Communications, "
 "Inc.'), while the dissent tells the approval; the dissent taken, FCC 02-51 not (one text per matter). `published` "
 "null: the copy shows no date (the statement is one page of FCC 04-275, a 2004 release by its number; the day is not "
 "in the excerpt and no other rendering came back for a query on the order) -- dates are therefore only the absolute "
 "ones. Left out: '*Pages 1--1 from Microsoft Word - 46647.doc*'; 'Federal Communications Commission FCC 04- 275' "
 "(the running header); 'DISSENTING STATEMENT OF COMMISSIONER JONATHAN S. ADELSTEIN' (the heading, kept as `title`; "
 "**doubtful**: the statement's author is then named only in the title, the text's 'I' unnamed). Kept: the 'Re:' "
 "line (its parts in one run, its closing ';' as the copy writes it before 'I dissent'), on its own line; the first "
 "paragraph up to 'as a result of the joint operations.' (eight sentences). Cut before 'Although Cumulus a' (the "
 "excerpt ends inside it); `truncated`. Kept as written: the conversion's spaces ('WKOR- FM' against 'WKOR( AM)', "
 "'WMXU( FM)', 'WSSO( AM)', 'WSMS( FM)', 'WJWF( AM)', 'WMBC( FM)', 'Herfindahl- Hirschman', 'post- merger'), 'Starkville, "
 "MS' without a comma after the call signs as written, the curly quotation marks and apostrophe. Found with "
 "'Golden Triangle Radio Charisma Bravo Radio Columbus Cumulus Licensing Columbus Starkville Mississippi assignment' "
 "(rank 4) and two further queries (ranks 6 and 2; one rendering; 53o's saved excerpt of the same file identical). "
 + CHECK +
 "'Golden Triangle', 'Charisma', 'Bravo Communications', 'Radio Columbus', 'WKOR', 'WMXU', 'WSSO', 'WSMS', 'WJWF', "
 "'WMBC', 'Starkville', 'Artesia', '04-275', '04- 275', '02-51', '02- 51': in no corpus file, script or pool; "
 "GATHERING.md and 53o's note only in 53o's lead line; 'Cumulus Licensing' in four corpus files on other matters "
 "(WZNY, KCRR/Townsquare, KAYD-FM, KOLI-FM); '02-51' only inside Federal Register citations of DOJ files.",
 True))

# ---- KTHO(AM) South Lake Tahoe: Paradise Broadcasting -> Live Wire Media Partners, Kidd's reconsideration, DA 05-2308 --
U2 = "https://docs.fcc.gov/public/attachments/DA-05-2308A1.txt"
R.append(federal(
 "us-fcc-paradise-broadcasting-live-wire-media-partners-ktho-am-south-lake-tahoe-assignment-kidd-reconsideration-letter-2005",
 U2, "2005-08-22",
 "KTHO( AM), South Lake Tahoe, CA; Petition for Reconsideration",
 "August 22, 2005\n\n"
 "RE: KTHO( AM), South Lake Tahoe, CA Facility ID No. 51528 File No. BAL- 20040210AAM Petition for Reconsideration\n\n"
 "This letter refers to the January 11, 2005, Petition for Reconsideration filed by Chris Kidd d/ b/ a Kidd "
 "Communications (\u201c Kidd\u201d). Kidd requests reconsideration of the December 10, 2004, staff decision (\u201c "
 "Staff Decision\u201d) denying Kidd\u2019s April 1, 2004, Petition to Deny and granting the above- captioned "
 "application to assign the license (\u201c Live Wire Assignment Application\u201d) of station KTHO( AM), South Lake "
 "Tahoe, California, from Paradise Broadcasting, Inc. (\u201c PBI\u201d) to Live Wire Media Partners, LLC (\u201c Live "
 "Wire\u201d). For the reasons stated below, we deny the Petition for Reconsideration.\n\n"
 "Kidd\u2019s Petition to Deny the Live Wire Assignment Application reiterated arguments made by Kidd against the "
 "previous involuntary assignment of the KTHO( AM) license from Kidd to Alan Slater, Chief Executive Officer/ Clerk "
 "of the Superior Court of the State of California (\u201c Trustee\u201d) and the subsequent assignment of the KTHO( "
 "AM) license from the Trustee to PBI.",
 "broadcasting/radio", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, Audio Division letter DA 05-2308, 'RE: KTHO(AM), South Lake "
 "Tahoe, CA, Facility ID No. 51528, File No. BAL-20040210AAM; Petition for Reconsideration', reference 1800B3-BSH, "
 "dated August 22, 2005, US federal government work (public domain); text as the FCC's text file holds it, from the "
 "search tool's page store at " + U2,
 "FCC text file of a letter (search tool page store)",
 "The Audio Division's letter DA 05-2308 of 22 August 2005 (reference 1800B3-BSH; File No. BAL-20040210AAM) denying "
 "the petition of Chris Kidd d/b/a Kidd Communications for reconsideration of the staff's 10 December 2004 grant of "
 "the assignment of KTHO(AM), South Lake Tahoe, California, from Paradise Broadcasting, Inc. to Live Wire Media "
 "Partners, LLC, as the FCC's own text file holds it (a Word conversion: one run of text, spaces inside words and "
 "marks, footnote markers, two footnotes' text and page numbers run in); an FCC letter is a US federal work, public "
 "domain (batch 15f). One stored rendering came back. The lead (52zc, 53o: 'DA 05-2308 KTHO' seen only in hallikainen "
 "citation lists) came back as a text this round for 'KTHO(AM) South Lake Tahoe assignment Kidd Trustee Alan Slater "
 "PBI application for review reversionary interest' (rank 1; the Commission's FCC 04-172 of 2004 on the earlier "
 "Kidd-Trustee-PBI assignments at rank 3, not taken: one text per station saga). Left out: '*Pages 1--3 from "
 "Microsoft Word - 51112.doc*'; the letterhead 'Federal Communications Commission Washington, D. C. 20554'; 'DA 05- "
 "2308'; 'In Reply Refer to: 1800B3- BSH'; the addressee block (Kidd Communications c/o Dan J. Alpert, Esq.; Thomas "
 "Gillenwater, President, Paradise Broadcasting, Inc.; Steven F. Coombs, Manager, Live Wire Media Partners, LLC; "
 "**doubtful** cut: two officer roles go with it, as 53o's counsel blocks went); 'Dear Mr. Gillenwater, Mr. Coombs and "
 "Counsel:'; the footnote markers '1' (after '(\u201c Live Wire\u201d).'), '2' (after '(\u201c Trustee\u201d)') and "
 "'3' (after 'from the Trustee to PBI.'); footnote 1's run-in text ('1 The Staff Decision also denied a second "
 "Petition to Deny the Live Wire Assignment Application, filed by John M. Naugher and his corporation, Live Wire "
 "Media, Inc. (collectively, \u201cNaugher\u201d) on April 2, 2004. Naugher has filed no further pleadings.'), "
 "footnote 2's ('2 File No. BAL- 20010724AAW.') and the page numbers '1 2' that follow, between '(\u201c Trustee\u201d)' "
 "and 'subsequent assignment' (the sentence joined across them, one space, the marker '2' dropped); the run-in "
 "heading 'BACKGROUND' (the paragraph after it set apart by a blank line, as 53o). The copy shows no 'Released:' "
 "line: the letter's date 'August 22, 2005' kept as the first line (as 53o's KSTR). Kept: the date line and the 'RE:' "
 "line (its parts in one run, 'RE:' in capitals as written), each on its own line; the first paragraph whole (three "
 "sentences); the Background's first sentence. Cut before 'Kidd asserted that the two previous assignment "
 "applications were filed to' (the excerpt ends inside it); `truncated`. `title` is the 'RE:' line without its "
 "facility and file numbers, its parts joined with '; ' (as 53o). Kept as written: the conversion's spaces ('KTHO( "
 "AM)', 'BAL- 20040210AAM', 'd/ b/ a', 'above- captioned', "
 "'Officer/ Clerk', '(\u201c Kidd\u201d)', '(\u201c PBI\u201d)', '(\u201c Live Wire\u201d)', '(\u201c Trustee\u201d)'), "
 "the curly quotation marks and apostrophes. " + CHECK +
 "'KTHO', 'Paradise Broadcasting', 'Live Wire', 'Kidd Communications', 'Chris Kidd', 'Alan Slater', 'South Lake "
 "Tahoe', 'Gillenwater', 'Naugher', '05-2308', '05- 2308', '04-172', 'BAL-20040210', 'BAL-20010724': in no corpus "
 "file or pool; 'KTHO' only in 52zc's notes (a query), GATHERING.md's lead and not-used lines (DA 05-2308 as a lead; "
 "FCC 23-8 KTHO, a 2023 licence expiry, not used) and 53o's note.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, "--dry" in sys.argv)

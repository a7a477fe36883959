#!/usr/bin/env python3
"""Batch 45zr (session 46, gatherer 45zr): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a sixteenth round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk and 45zo, on deals no corpus
file holds --
  - the Wireless Telecommunications Bureau's public notice DA 07-4192 of 11 October 2007, 'VERIZON WIRELESS AND RURAL
    CELLULAR CORPORATION SEEK FCC CONSENT TO TRANSFER CONTROL OF LICENSES, SPECTRUM MANAGER LEASES, AND
    AUTHORIZATIONS' (WT Docket No. 07-208), the FCC's EDOCS plain text on docs.fcc.gov;
  - the Media Bureau's public notice DA 07-637 of 21 February 2007, 'NEWS CORPORATION, THE DIRECTV GROUP, INC. AND
    LIBERTY MEDIA CORPORATION SEEK APPROVAL TO TRANSFER CONTROL OF FCC AUTHORIZATIONS AND LICENSES' (MB Docket No.
    07-18), the FCC's EDOCS plain text on docs.fcc.gov.
Texts are the search tool's page-store excerpts (corpus `pages`). The letterheads, the DA numbers, the 'MEDIA BUREAU
ACTION' banner and the footnote markers are left out; each text is cut at the last full sentence before the
footnotes' text or the excerpt's end. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zr.py [POOL_DIR] [--dry]   (default /tmp/gather46zr/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zr/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45zo included), the session-46 notes and the session-46 pools /tmp/gather46*/pool (46a to 46z, 46za to "
         "46zq at the last check: SEC, DOJ, House, Senate and FCC texts, none on these deals): ")
R = []

# ---- Verizon Wireless / Rural Cellular, Wireless Telecommunications Bureau public notice DA 07-4192, 11 October 2007 -
U1 = "https://docs.fcc.gov/public/attachments/DA-07-4192A1.txt"
R.append(federal(
 "us-fcc-verizon-wireless-rural-cellular-transfer-of-control-pleading-cycle-public-notice-2007", U1, "2007-10-11",
 "VERIZON WIRELESS AND RURAL CELLULAR CORPORATION SEEK FCC CONSENT TO TRANSFER CONTROL OF LICENSES, SPECTRUM MANAGER "
 "LEASES, AND AUTHORIZATIONS",
 "Released: October 11, 2007\n\n"
 "VERIZON WIRELESS AND RURAL CELLULAR CORPORATION SEEK FCC CONSENT TO TRANSFER CONTROL OF LICENSES, SPECTRUM MANAGER "
 "LEASES, AND AUTHORIZATIONS\n\n"
 "WT Docket No. 07-208\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Petitions to Deny Due: November 13, 2007\n\n"
 "Oppositions Due: November 23, 2007\n\n"
 "Replies Due: November 30, 2007\n\n"
 "I. INTRODUCTION\n\n"
 "Cellco Partnership d/b/a Verizon Wireless (\u201cVerizon Wireless\u201d) and Rural Cellular Corporation (\u201cRCC\u201d) "
 "(collectively, \u201cthe Applicants\u201d) have filed a series of applications pursuant to Sections 214 and 310(d) of "
 "the Communications Act of 1934, as amended. In these applications, the Applicants seek Commission approval of the "
 "transfer of control of licenses, authorizations and spectrum manager leases held by RCC and its subsidiaries from "
 "RCC to AirTouch Cellular (\u201cAirTouch\u201d), a wholly-owned indirect subsidiary of Verizon Wireless. The transfer "
 "of control will take place as a result of a proposed merger whereby Rhino Merger Sub (\u201cRhino Merger Sub\u201d), "
 "a wholly-owned subsidiary of AirTouch, will be merged into RCC. At closing, the separate corporate existence of "
 "Rhino Merger Sub will cease, and RCC will continue as the surviving corporation and a wholly-owned subsidiary of "
 "AirTouch. These transfer of control applications pertain to licenses for the Part 22 Cellular Radiotelephone "
 "Service, the Part 22 Common Carrier Paging Service, the Part 24 Personal Communications Service, the Part 101 Local "
 "Multipoint Distribution Service, the Part 101 Local Television Transmission Service, and the Part 101 Common "
 "Carrier Fixed Point-to-Point Microwave Service, as well as international Section 214 authorizations.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Wireless Telecommunications Bureau, public notice DA 07-4192, 'Verizon "
 "Wireless and Rural Cellular Corporation Seek FCC Consent to Transfer Control of Licenses, Spectrum Manager Leases, "
 "and Authorizations', WT Docket No. 07-208, October 11, 2007, US federal government work (public domain); text as "
 "the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U1,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 11 October 2007 opening the pleading cycle on the applications of Cellco Partnership d/b/a "
 "Verizon Wireless and Rural Cellular Corporation (DA 07-4192, WT Docket No. 07-208) as the FCC's own plain-text "
 "attachment DA-07-4192A1.txt holds it (one run of text; the footnotes' text does not start inside the excerpt); an "
 "FCC public notice is a US federal work, public domain (batch 15f). Left out: the letterhead ('PUBLIC NOTICE FEDERAL "
 "COMMUNICATIONS COMMISSION 445 TWELFTH STREET, S.W. WASHINGTON, D.C. 20554 ... News media information "
 "202/418-0500 Fax-On-Demand 202/418-2830 Internet: http://www.fcc.gov ftp.fcc.gov'); the DA number inside it ('DA "
 "07-4192'); the footnote markers '1' (after 'as amended.') and '2' (after 'a wholly-owned subsidiary of "
 "AirTouch.'). Kept: the release date, the heading, the docket line, 'PLEADING CYCLE ESTABLISHED', the three due "
 "dates and 'I. INTRODUCTION', each on its own line (whitespace only; the store gives one run, the breaks at the "
 "heading's, docket's, dates' and section's places, as 45zo's DA 06-118), and the introduction's first five "
 "sentences. Cut after '... as well as international Section 214 authorizations.', before the sentence the excerpt "
 "breaks off inside ('The Applicants also request declaratory rulings that the proposed foreign ownership of RCC and "
 "its subsidiaries in'); `truncated`. Kept as written: 'd/b/a', 'wholly-owned', '(\u201cRhino Merger Sub\u201d)' (a "
 "short name the same as the name), 'Point-to-Point', the curly quotes. The title field is the heading as written. "
 "In the lane (a transfer of control of a named wireless carrier to a named buyer through a merger subsidiary, "
 "applied for: sector telecoms/wireless, as 45zk's NextWave notice and 45zo's ALLTEL/Atlantis order). One text per "
 "event: Commissioner Copps's statement on the Commission's grant (FCC 08-181 A2, docs.fcc.gov), Wiley Rein's letter "
 "of 11 June 2008 in the docket (documents.pub, a party's filing) and news (communicationslitigationtoday) not used; "
 "the Department of Justice's papers on the same deal (73 FR 36557, batch 41k's and 45d's lead) are not in the "
 "corpus. Found with 'Cellco Partnership d/b/a Verizon Wireless Rural Cellular Corporation transfer of control "
 "Memorandum Opinion and Order' (rank 2) and 'Rural Cellular Corporation Verizon Wireless transfer of control "
 "approved Commission order 2008 Commissioner' (rank 1). " + CHECK + "'Rural Cellular', 'Rhino Merger', '07-4192', "
 "'07-208': no corpus file, script, note or pool ('Rural Cellular' only in GATHERING.md and the 45d note as an "
 "unfound DOJ lead); 'RCC' only as other things in unrelated files; 'AirTouch' only in the 1999 Vodafone/AirTouch "
 "and 2000 Bell Atlantic/Vodafone texts (other deals); file names only.", True))

# ---- News Corp. / DIRECTV / Liberty Media, Media Bureau public notice DA 07-637, 21 February 2007 ------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-07-637A1.txt"
R.append(federal(
 "us-fcc-news-corporation-directv-liberty-media-transfer-of-control-pleading-cycle-public-notice-2007", U2,
 "2007-02-21",
 "NEWS CORPORATION, THE DIRECTV GROUP, INC. AND LIBERTY MEDIA CORPORATION SEEK APPROVAL TO TRANSFER CONTROL OF FCC "
 "AUTHORIZATIONS AND LICENSES",
 "Released: February 21, 2007\n\n"
 "NEWS CORPORATION, THE DIRECTV GROUP, INC. AND LIBERTY MEDIA CORPORATION SEEK APPROVAL TO TRANSFER CONTROL OF FCC "
 "AUTHORIZATIONS AND LICENSES\n\n"
 "MB Docket No. 07-18\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "Comments/Petitions Due: March 23, 2007\n\n"
 "Responses/Oppositions to Petitions Due: April 9, 2007\n\n"
 "On January 30, 2007, News Corporation (\u201cNews Corp.\u201d), The DIRECTV Group, Inc. and Liberty Media Corporation "
 "(\u201cLiberty Media\u201d) (collectively, \u201cApplicants\u201d) submitted a consolidated application to the Commission "
 "seeking consent to transfer control of various Commission licenses and authorizations held by The DIRECTV Group, "
 "Inc. and its subsidiaries (collectively \u201cDIRECTV\u201d) from News Corp. to Liberty Media, pursuant to Section "
 "310(d) of the Communications Act of 1934. As a result of the transaction, News Corp. will divest its ownership "
 "interest in DIRECTV and Liberty Media will divest its interest in News Corp.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, public notice DA 07-637, 'News Corporation, The DIRECTV "
 "Group, Inc. and Liberty Media Corporation Seek Approval to Transfer Control of FCC Authorizations and Licenses', MB "
 "Docket No. 07-18, February 21, 2007, US federal government work (public domain); text as the FCC's EDOCS "
 "plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The public notice of 21 February 2007 opening the pleading cycle on the consolidated application of News "
 "Corporation, The DIRECTV Group, Inc. and Liberty Media Corporation (DA 07-637, MB Docket No. 07-18) as the FCC's "
 "own plain-text attachment DA-07-637A1.txt holds it (one run of text; the footnotes' text starts inside the third "
 "sentence of the body); an FCC public notice is a US federal work, public domain (batch 15f). Left out: the "
 "letterhead ('PUBLIC NOTICE Federal Communications Commission 445 12th St., S.W. Washington, D.C. 20554 News Media "
 "Information 202 / 418-0500 Internet: http://www.fcc.gov TTY: 1-888-835-5322'); the DA number ('DA 07-637'); the "
 "banner 'MEDIA BUREAU ACTION' between the release date and the heading (a label of the issuing bureau, as the "
 "letterhead); the footnote markers '1' (after 'Communications Act of 1934.') and '2' (after 'its interest in News "
 "Corp.'). Kept: the release date, the heading, the docket line, 'PLEADING CYCLE ESTABLISHED' and the two due dates, "
 "each on its own line (whitespace only, as 45zo's DA 06-118), and the body's first two sentences (the notice has no "
 "'I. INTRODUCTION' line). Cut after '... Liberty Media will divest its interest in News Corp.', before the sentence "
 "the footnotes' text breaks ('Under the proposed transaction and pursuant to a Share Exchange Agreement dated as of "
 "December 22, 2005, Liberty Media will swap its 16.3 percent equity stake in News Corp. in return for 100 percent "
 "of' -- then footnote 1's text, then '2 the capital stock of a subsidiary of News Corp. ...', the excerpt breaking "
 "off inside it); `truncated`. Kept as written: 'DIRECTV' in capitals, '(collectively \u201cDIRECTV\u201d)' without a "
 "comma beside '(collectively, \u201cApplicants\u201d)' with one, 'News Corp.' with its stop, the curly quotes. The "
 "title field is the heading as written. In the lane (a transfer of control of a named satellite-television company "
 "from its controlling holder to a named buyer, applied for: sector telecoms/satellite, as the corpus's 2003 "
 "News Corp./Hughes statement, another deal). One text per event: the Commission's Memorandum Opinion and Order FCC "
 "08-66 of 25 February 2008 (docslib copies: the caption, the 'By the Commission' line and then the table of "
 "contents only; ininet.org pages from its appendix), the International Bureau's 2009 and 2010 Liberty "
 "Entertainment/DIRECTV orders (DA 09-780, DA 10-1081 on fcc.report: later transactions) and news (nexttv, "
 "broadcastingcable) not used. Found with 'News Corporation DIRECTV Group Transferors Liberty Media Corporation "
 "Transferee Memorandum Opinion and Order' (rank 1). " + CHECK + "'Liberty Media', '07-637', 'MB Docket No. 07-18', "
 "'08-66', 'Share Exchange': no corpus file, script, note or pool; 'DIRECTV'/'DirecTV' only in the 2003 News "
 "Corp./Hughes statement (train us-fcc-powell-statement-news-corporation-hughes-electronics-..., another deal: News "
 "Corp.'s purchase of its DIRECTV interest) and in passing in two wireline notices (Embarq/CenturyTel, "
 "Qwest/CenturyLink); '07-18' only as other numbers; file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 45zc (session 46, gatherer 45zc): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a twelfth round in the FCC transaction lane of batches 15f, 43n, 43p, 43r,
43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t and 45x, after 45x's leads --
  - the Media Bureau's public notice DA 02-733 of 29 March 2002, 'AT&T CORP. AND COMCAST CORP. SEEK FCC CONSENT FOR A
    PROPOSED TRANSFER OF CONTROL' (MB Docket No. 02-70; AT&T Broadband and Comcast to become subsidiaries of AT&T
    Comcast Corporation), as docslib.org reproduces the FCC's notice;
  - the International, Wireless Telecommunications and Wireline Competition Bureaus' news release of 8 October 2003,
    'GLOBAL CROSSING TRANSACTION APPROVED' (DOC-239753, the FCC's EDOCS plain text on docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's title and page lines, the FCC letterheads,
addresses and telephone lines, the release's standing notice and its media contact, the notice's DA number are left
out; each text is cut at the last full sentence before the excerpt breaks off. No word added or changed. Per-item notes
in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zc.py [POOL_DIR] [--dry]   (default /tmp/gather46zc/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zc/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45x included) and the session-46 pools /tmp/gather46*/pool (46a to 46z, 46za and 46zb at the last check: SEC, DOJ, "
         "House, Senate and FCC texts, none on these deals): ")
R = []

# ---- AT&T / Comcast, Media Bureau public notice DA 02-733, 29 March 2002 ------------------------------------------
U1 = "https://docslib.org/doc/3779535/public-notice-federal-communications-commission-445-12th-street-s-w"
R.append(federal(
 "us-fcc-att-comcast-broadband-transfer-of-control-pleading-cycle-public-notice-2002", U1, "2002-03-29",
 "AT&T CORP. AND COMCAST CORP. SEEK FCC CONSENT FOR A PROPOSED TRANSFER OF CONTROL",
 "MEDIA BUREAU ACTION\n\n"
 "March 29, 2002\n\n"
 "AT&T CORP. AND COMCAST CORP. SEEK FCC CONSENT FOR A PROPOSED TRANSFER OF CONTROL\n\n"
 "MB DOCKET NO. 02-70\n\n"
 "Petitions/Comments due: April 29, 2002 Oppositions/Responses due: May 14, 2002\n\n"
 "Beginning on February 28, 2002,1 the Commission received applications requesting consent to transfer to AT&T "
 "Comcast Corporation, a Pennsylvania corporation (\u201cAT&T Comcast\u201d), control of (1) licenses and "
 "authorizations held by the subsidiaries and affiliates of Comcast Corporation (\u201cComcast\u201d) and (2) certain "
 "licenses and authorizations held by the subsidiaries and affiliates of AT&T Corp. (\u201cAT&T,\u201d and "
 "collectively with Comcast, the \u201cApplicants\u201d) associated with AT&T\u2019s broadband division. These "
 "applications were filed pursuant to Sections 214 and 310(d) of the Communications Act of 1934, as amended. The "
 "proposed transfer of control will result from the spin-off of AT&T Broadband Corp. (\u201cAT&T Broadband\u201d), "
 "a holding company for AT&T\u2019s broadband division, to AT&T\u2019s shareholders, and the subsequent merger of "
 "AT&T Broadband and Comcast into wholly-owned subsidiaries of AT&T Comcast. After the merger is consummated, "
 "existing AT&T shareholders will hold 53 percent of the economic interest and between 54 and 58 percent of the "
 "voting interest of AT&T Comcast; existing Comcast shareholders will hold 41 percent of the economic interest and "
 "between 3 and 7 percent of the voting interest of AT&T Comcast; and Brian L. Roberts will directly or indirectly "
 "hold 1 percent of the economic interest and 33 percent of the voting interest of AT&T Comcast.",
 "telecoms/cable", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau, public notice DA 02-733, 'AT&T Corp. and Comcast Corp. Seek "
 "FCC Consent for a Proposed Transfer of Control', MB Docket No. 02-70, March 29, 2002, US federal government work "
 "(public domain); text as reproduced by docslib.org, from the search tool's page store at " + U1,
 "docslib.org copy of an FCC Media Bureau public notice (search tool page store)",
 "The Media Bureau's public notice of 29 March 2002 opening the pleading cycle on AT&T's and Comcast's applications, "
 "as docslib.org reproduces it; an FCC public notice is a US federal work and stays public domain on a third-party "
 "copy (batch 15f and 45h took FCC texts from ininet.org on that footing; 45x weighed docslib.org copies). No fcc.gov "
 "copy of the notice came back. The page store gives the notice as one run. Left out: the host's title line and "
 "chrome ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 12Th STREET, S.W', 'Total Page:16', 'File Type:pdf, "
 "Size:1020Kb'); the letterhead ('PUBLIC NOTICE FEDERAL COMMUNICATIONS COMMISSION 445 12th STREET, S.W. WASHINGTON, "
 "D.C. 20554'), the DA number ('DA 02-733') and the information lines ('News media information 202/418-0500 "
 "Fax-On-Demand 202/418-2830 Internet: http://www.fcc.gov ftp.fcc.gov'). Kept: 'MEDIA BUREAU ACTION', the date, the "
 "heading, the docket line and the two due dates (one line, as the run gives them) each on its own line (whitespace "
 "only), the body as one paragraph. Cut after '... 33 percent of the voting interest of AT&T Comcast.', before the "
 "sentence the excerpt breaks off inside ('AT&T Broadband is a major provider of cable television service, serving "
 "13.44 million cus'); `truncated`. Kept as written: '2002,1' (the footnote mark run into the date), the curly "
 "quotes and apostrophes, '(1)' and '(2)'. The title field is the heading as written. In the lane (a transfer of "
 "control of two named cable operators to a named new parent, applied for: sector telecoms/cable, as the lane's "
 "pleading-cycle notices 44v, 45c). One text per event: the Commission's order on the Applicants' documents FCC "
 "02-301 (docs.fcc.gov: a procedural ruling on motions), the grant order FCC 02-310 (docs.fcc.gov: caption and "
 "contents only in the excerpt), the FCC's docket page, the California PUC's draft decision, Chairman Powell's and "
 "Commissioner Copps's statements (only quoted in news: law.com, kitsapsun, tradelawdaily; no FCC copy came back) "
 "and the news stories (nexttv, communicationsdaily) not used. 45m's not-used list names Comcast/AT&T Broadband for "
 "'news and the docket page only, no release': those texts are not taken; this FCC notice is another text. Found "
 "with 'Statement of Commissioner approving Comcast AT&T Broadband transfer of control cable licenses 2002' (rank "
 "3). " + CHECK + "'AT&T Comcast', 'AT&T Broadband', 'Broadband Corp', 'Brian L. Roberts', 'Brian Roberts', "
 "'02-70', '02-733', '02-310', '02- 301': no corpus file, script or pool; 'AT&T Broadband' in GATHERING.md only in "
 "45m's not-used line; 'Comcast' in train wp-ddos-attacks-on-dyn-2016, wp-working-title-films, wp-sky-deutschland, "
 "dev us-doj-varney-remarks-ticketmaster-live-nation-settlement-2010, wp-vivendi and test us-fcc-charter-bright-"
 "house-time-warner-cable-docket-public-notice-2015 (other events); 'AT&T Corp.' in the AT&T/Teleport, AT&T/BT, "
 "AT&T/TCI and AT&T/MediaOne texts (other events); file names only.", True))

# ---- Global Crossing / GC Acquisition (New GX), Bureaus' news release DOC-239753, 8 October 2003 ---------------------
U2 = "https://docs.fcc.gov/public/attachments/DOC-239753A1.txt"
R.append(federal(
 "us-fcc-global-crossing-gc-acquisition-new-gx-transaction-approved-news-release-2003", U2, "2003-10-08",
 "GLOBAL CROSSING TRANSACTION APPROVED",
 "October 8, 2003\n\n"
 "GLOBAL CROSSING TRANSACTION APPROVED\n\n"
 "Washington, D. C.-- Consistent with established Commission precedent, today, Global Crossing received approval to "
 "transfer control of its FCC authorizations and licenses to GC Acquisition Limited (New GX). In a joint decision, "
 "the International Bureau, Wireless Telecommunications Bureau and Wireline Competition Bureau (Bureaus) found that "
 "grant of the applications would be in the public interest, subject to certain conditions. Global Crossing "
 "subsidiaries hold FCC domestic and international Section 214 authorizations, interests in submarine cable landing "
 "licenses and certain radio licenses. Through its subsidiaries, Global Crossing, which is organized under the laws "
 "of Bermuda with principal offices in New Jersey, owns and operates a global fiber optic network that provides "
 "integrated telecommunications services, including data, voice and Internet services to various users. The "
 "Bureaus found that the continued operation of the Global Crossing subsidiaries will benefit competition by "
 "preventing discontinuance of service and providing customers choices among providers of telecommunications. As "
 "proposed, under the transaction, Global Crossing will transfer substantially all of its assets and operations, "
 "including its ownership interests in subsidiaries holding FCC licenses, to New GX.",
 "telecoms/fiber network provider", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, 'Global Crossing Transaction Approved', October 8, 2003 "
 "(International, Wireless Telecommunications and Wireline Competition Bureaus; IB Docket No. 02-286), US federal "
 "government work (public domain); text as the FCC's EDOCS plain-text attachment on docs.fcc.gov holds it, from the "
 "search tool's page store at " + U2,
 "docs.fcc.gov EDOCS plain-text attachment of an FCC news release (search tool page store)",
 "The three Bureaus' news release of 8 October 2003 on their joint Order and Authorization DA 03-3121 (adopted and "
 "released that day) as the FCC's EDOCS plain text on docs.fcc.gov holds it; an FCC news release is a US federal "
 "work, public domain (batch 15f; EDOCS plain texts as 44s, 45h, 45x). The page store gives the release as one run. "
 "Left out: the EDOCS page line ('*Pages 1--2 from Microsoft Word - 32104*'); the letterhead ('NEWS Federal "
 "Communications Commission 445 12 th Street, S. W. Washington, D. C. 20554'), the standing notice ('This is an "
 "unofficial announcement of Commission action. Release of the full text of a Commission order constitutes official "
 "action. See MCI v. FCC. 515 F 2d 385 (D. C. Circ 1974).') and the information lines ('News Media Information 202 / "
 "418- 0500 Internet: http:// www. fcc. gov TTY: 1- 888- 835- 5322'); the release label and contact heading ('FOR "
 "IMMEDIATE RELEASE: NEWS MEDIA CONTACT:') and the media contact's name and telephone number run after the date "
 "('David Fiske, 202- 418- 0513': the date kept on its own line, the contact dropped, as 45h's and 45m's releases). "
 "Kept: the date, the heading, the body as one paragraph with its dateline ('Washington, D. C.--', as written). Cut "
 "after '... to New GX.', before the sentence the excerpt breaks off inside ('New GX was formed under the laws of "
 "Bermuda for the purposes of carrying out the reorganization of Global Crossing under Chapter 11 of the U. S. "
 "Bankruptcy Code and Bermu'); `truncated`. The title field is the heading. In the lane (a grant of the transfer of "
 "control of a named carrier's licences to a named buyer). One text per event: the Bureaus' order DA 03-3121 "
 "(docest.com: caption, contents and a first paragraph), the parties' pleadings (IDT's petition, XO's comments on "
 "vdocument.in), the news stories (thestar.com.my, rcrwireless, jawawa.id, law.com, commsupdate, internetnews, "
 "channelfutures) not used. 45x named the release as a lead. Found with 'Global Crossing GC Acquisition New GX "
 "transfer of control approved Singapore Technologies Telemedia' (rank 4). " + CHECK + "'GC Acquisition', 'New GX', "
 "'ST Telemedia', 'DOC-239753', '03-3121', '02-286': no corpus file, script or pool ('New GX', 'GC Acquisition' and "
 "'DOC-239753' only in 45x's not-used and lead lines of GATHERING.md); 'Singapore Technologies' only in dev "
 "wp-ho-ching and batch27e (Ho Ching's posts, another matter); 'Global Crossing' in train wp-john-legere (Legere's "
 "past post there), dev wp-pacnet (Asia Global Crossing's founding, another matter), batch37n, batch38n and "
 "GATHERING.md (38n's not-used line on news copies of Hutchison Whampoa's and STT's 2002 stake deal: news texts, "
 "not taken here; 45h's Global Crossing/Frontier and 44v's Citizens/Frontier notes: other events); file names "
 "only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 43n (session 44, gatherer 43n): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a round of session 44 in the FCC transaction lane of batch 15f (the
Verizon Wireless/XO Holdings/Nextlink order, the Axia NGNetworks order on reconsideration and the CableSouth/ITC
Broadband public notice): transfers of control and assignments of licences naming a company's parent, its
subsidiaries and the buyer --
  - the Wireline Competition, International, Media and Wireless Telecommunications Bureaus' public notice DA 15-740
    (24 June 2015) on the applications for the transfer of control of Cequel Corporation d/b/a Suddenlink
    Communications to Altice S.A. (the FCC's IBFS attachment as fcc.report holds it);
  - the Media Bureau's letter DA 21-1426 (12 November 2021) granting the applications for Gray Television, Inc.'s
    acquisition of Meredith Corporation, the licences assigned to Gray Television Licensee, LLC, 'an indirect,
    wholly-owned subsidiary of Gray' (docs.fcc.gov plain-text attachment);
  - the Commission's Memorandum Opinion and Order FCC 00-155 (3 May 2000) granting the applications to transfer
    control of CBS Corporation and its licensee subsidiaries to Viacom, Inc. (docsbay.net's copy of the order).
Texts are the search tool's page-store excerpts (corpus `pages`). The hosts' chrome, the documents' headers,
captions and address blocks (the caption or subject kept as `title`), paragraph numbers, footnote markers and the
footnote text that the plain-text renderings run into the body are left out; each text is cut at the last full
sentence before the excerpt breaks off or before footnote text. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch43n.py [POOL_DIR] [--dry]   (default /tmp/gather44n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44n/pool"
CHECK = ("Checked before annotation, by its names and dates, against the corpus files (grep -ril over train, dev and "
         "test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script and "
         "the session-44 pools /tmp/gather44*/pool (43a-43j, 43l at the time): ")
R = []

# ---- Altice / Cequel (Suddenlink), public notice DA 15-740, 24 June 2015 ------------------------------------------
U1 = "https://fcc.report/IBFS/ITC-T-C-20150603-00139/1093576"
R.append(federal(
 "us-fcc-altice-cequel-suddenlink-transfer-of-control-public-notice-2015", U1, "2015-06-24",
 "Applications Filed for the Transfer of Control of Cequel Corporation d/b/a Suddenlink Communications to Altice S.A.",
 "DA 15-740 Released: June 24, 2015\n\n"
 "APPLICATIONS FILED FOR THE TRANSFER OF CONTROL OF CEQUEL CORPORATION D/B/A SUDDENLINK COMMUNICATIONS TO ALTICE "
 "S.A.\n\n"
 "PLEADING CYCLE ESTABLISHED\n\n"
 "WC Docket No. 15-135\n\n"
 "Comments/Petitions Due: July 24, 2015\n\n"
 "Reply Comments/Oppositions to Petitions Due: August 10, 2015\n\n"
 "Altice S.A. (Altice), a Luxembourg entity, and Cequel Corporation (Cequel), a Delaware corporation, (together, "
 "Applicants) filed a series of applications pursuant to sections 214 and 310(d) of the Communications Act of 1934, "
 "as amended, seeking approval for the transfer of control of Cequel and its subsidiaries to Altice.\n\n"
 "Cequel provides services through subsidiaries that collectively do business as Suddenlink Communications "
 "(Suddenlink). Suddenlink is the seventh largest cable operator in the U.S., providing cable television, broadband "
 "Internet access, Voice over Internet Protocol (VoIP), and certain competitive telecommunications services to more "
 "than 1.5 million customers in 17 states.",
 "telecoms/cable and broadband", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, public notice DA 15-740, 'Applications Filed for the Transfer of Control "
 "of Cequel Corporation d/b/a Suddenlink Communications to Altice S.A.; Pleading Cycle Established', WC Docket No. "
 "15-135, June 24, 2015, US federal government work (public domain); text as fcc.report's copy of the FCC's IBFS "
 "attachment holds it, from the search tool's page store at " + U1,
 "fcc.report copy of an FCC IBFS attachment (search tool page store)",
 "The Bureaus' public notice of 24 June 2015 (DA 15-740, WC Docket No. 15-135) as fcc.report holds the FCC's own IBFS "
 "attachment (pdf text, fixed-width lines) for file ITC-T/C-20150603-00139; an FCC public notice is a US federal "
 "work, public domain on whatever page reproduces it (batch 15f). Left out: fcc.report's chrome ('Attachment "
 "Pleading Cycle PN DA', 'PUBLIC NOTICE', 'Public Notice', '2015-06-24', 'This document pretains to "
 "ITC-T/C-20150603-00139 for Transfer of Control on a International Telecommunications filing.', "
 "'IBFS_ITCTC2015060300139_1093576') and the notice's letterhead ('PUBLIC NOTICE', 'Federal Communications "
 "Commission', '445 12th St., S.W.', 'Washington, D.C. 20554', the News Media Information, Internet and TTY lines); "
 "the footnote markers '1' (after 'applications') and '2' (after 'as amended,'). Kept, as batch 15f kept the "
 "CableSouth notice's header lines: the DA number and release date, the upper-case heading, 'PLEADING CYCLE "
 "ESTABLISHED', the docket number and the two due-date lines (the due dates put on separate lines, as the notice "
 "sets them; whitespace only). The pdf text's line breaks inside paragraphs joined with single spaces (no word split "
 "across lines). Cut after '... to more than 1.5 million customers in 17 states.', before the sentence the excerpt "
 "breaks off inside ('Cequel offers domestic interstate telecommunications services thro'); `truncated`. Kept as "
 "written: 'a Delaware corporation, (together, Applicants)' with its comma, 'U.S.'. One text per event: the Bureaus' "
 "grant order DA 15-1451 of 18 December 2015 (fcc.report, and lightreading.com's reprint) and the order DA 16-492 of "
 "4 May 2016 on the same docket, and the parties' joint application (fcc.report, docslib.org), are other papers on "
 "the same deal, not taken. Found with 'Altice Cequel Suddenlink FCC transfer of control applications public notice "
 "wholly owned subsidiary' (rank 1). " + CHECK + "'Cequel', 'Suddenlink', '15-740', '15-135': 0 in the corpus, the "
 "scripts and the pools ('Suddenlink' in GATHERING.md only inside an earlier outage batch's search query on "
 "Hurricane Laura); 'Altice' only in other matters (train ec-competition-newsroom-mergers-altice-booking-2023, "
 "test wp-bolt-company: file names only; batches 10, 27b).", True))

# ---- Gray Television / Meredith, Media Bureau letter DA 21-1426, 12 November 2021 --------------------------------
U2 = "https://docs.fcc.gov/public/attachments/DA-21-1426A1.txt"
R.append(federal(
 "us-fcc-gray-television-meredith-assignment-of-licenses-letter-2021", U2, "2021-11-12",
 "Assignment of Broadcast Licenses from Meredith Corporation to Gray Television Licensee, LLC",
 "DA 21-1426 Released: November 12, 2021\n\n"
 "Re: Assignment of Broadcast Licenses from Meredith Corporation to Gray Television Licensee, LLC\n\n"
 "This letter grants the pending applications listed in the Attachment (Applications) that seek Commission approval "
 "of Gray Television, Inc.\u2019s (Gray) acquisition (Transaction) of the Commission licenses and related station "
 "assets of Meredith Corporation (Meredith) (Gray and Meredith, collectively, are herein referred to as, "
 "Applicants). Specifically, the Applicants request consent to the transfer of control and pro forma assignment of "
 "the television licenses listed in the Attachment (Station Licenses) to Gray Television Licensee, LLC, an "
 "indirect, wholly-owned subsidiary of Gray. The Transaction will be accomplished through a two-step process. "
 "Accordingly, the Applications seek Commission consent to first, a long-form transfer of control, and, second, a "
 "pro forma assignment.\n\n"
 "First, following a spin-off of non-broadcast Meredith assets to a new public company to be owned by "
 "Meredith\u2019s existing shareholders, Gray will purchase all outstanding shares of Meredith with Meredith "
 "continuing as the surviving entity and becoming a wholly-owned subsidiary of Gray (Merger). Second, immediately "
 "following consummation of the Merger, Gray will effectuate an internal reorganization where, after a series of "
 "steps, the Station Licenses will be ultimately be assigned to Gray Television Licensee, LLC.",
 "broadcasting/television", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, Media Bureau letter DA 21-1426, 'Re: Assignment of Broadcast Licenses "
 "from Meredith Corporation to Gray Television Licensee, LLC', November 12, 2021, US federal government work (public "
 "domain); text as the FCC's EDOCS plain-text attachment holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS attachment (search tool page store)",
 "The Media Bureau's letter of 12 November 2021 (DA 21-1426) granting the Gray/Meredith applications, as the FCC's "
 "own plain-text attachment DA-21-1426A1.txt holds it (one run of text; the rendering runs the footnotes into the "
 "body). Left out: the addressee block ('Meredith Corporation c/o Michael Basile 1299 Pennsylvania Avenue, NW Suite "
 "700 Washington, DC 20004 Gray Television Licensee, LLC c/o Joan Stewart Wiley Rein LLP 1776 K Street, NW "
 "Washington, DC 20006'), the reference lines 'Lead Fac. ID No.: 72120 Lead LMS File No.: 0000145590' and the "
 "salutation 'Counsel:'; the footnote text run into the body, two pieces: after '... referred to as, Applicants).' "
 "the footnote 'Gray-Meredith Assignment Application, Lead LMS File No. 000145590 (filed May 14, 2021). Amendments "
 "to the Applications were filed on June 4, 2021, July 30, 2021, and September 24, 2021.' (both sentences taken as "
 "one footnote: they cite the filings, and the body goes on with 'Specifically, ...'; doubtful whether the second "
 "sentence is body text -- cutting it changes no relation), and after '... a wholly-owned subsidiary of Gray "
 "(Merger).' the footnote 'See LMS File No. 0000145590, Comprehensive Exhibit at 4 (Comprehensive Exhibit).'. The "
 "'DA 21-1426 Released: November 12, 2021' line and the 'Re:' line kept (as batch 43f kept a statement's 'Re:' "
 "line), each on its own line, and the body split into two paragraphs before 'First, following' (whitespace only). "
 "Cut after '... assigned to Gray Television Licensee, LLC.', before the next footnote, which the excerpt breaks off "
 "inside ('See Comprehensive Exhibit at'); `truncated` (the letter's discussion and grant paragraphs are not in the "
 "kept text). Kept as written: 'will be ultimately be assigned', 'are herein referred to as, Applicants', the curly "
 "apostrophes. One text per event: no other FCC text on the deal came back. Found with 'Meredith Corporation Gray "
 "Television Scripps Tegna FCC Media Bureau public notice transfer of control licensee subsidiaries' (rank 4). "
 + CHECK + "'Meredith', 'Gray Television Licensee', '21-1426': 0 in the corpus, the scripts and the pools; 'Gray "
 "Television' only in another matter (train us-doj-gray-raycom-divest-stations-nine-markets-2018, batch 21c: Gray's "
 "2018 purchase of Raycom).", True))

# ---- Viacom / CBS, Memorandum Opinion and Order FCC 00-155, 3 May 2000 --------------------------------------------
U3 = "https://docsbay.net/federal-communications-commission-fcc-00-155"
U3F = "https://docs.fcc.gov/public/attachments/FCC-00-155A1.txt"
U3N = "https://transition.fcc.gov/Bureaus/Mass_Media/News_Releases/2000/nrmm0024.html"
R.append(federal(
 "us-fcc-viacom-cbs-transfer-of-control-order-2000", U3, "2000-05-03",
 "Applications of Shareholders of CBS Corporation (Transferor) and Viacom, Inc. (Transferee) For Transfer of Control "
 "of CBS Corporation and Certain Subsidiaries, Licensees Of KCBS-TV, Los Angeles, CA, et al.",
 "MEMORANDUM OPINION AND ORDER\n\n"
 "Adopted: May 3, 2000 Released: May 3, 2000\n\n"
 "Before the Commission: Commissioner Furchtgott-Roth concurring in part, dissenting in part and issuing a separate "
 "statement; Commissioner Tristani approving in part, dissenting in part and issuing a separate statement.\n\n"
 "The Commission has before it for consideration the applications to transfer control of the CBS Corporation "
 "(\u201cCBS\u201d) and its various licensee subsidiaries to Viacom, Inc. (\u201cViacom\u201d). Petitions to deny the "
 "applications were filed by the American Cable Association (\u201cACA\u201d), the National Black Media Coalition "
 "(\u201cNBMC\u201d), the WEYS Television Corporation (\u201cWEYS\u201d), and a group of petitioners objecting to "
 "certain broadcasts made by Howard Stern (\u201cthe Stern Petitioners\u201d). In addition, the A.H. Belo Corporation "
 "(\u201cBelo\u201d) filed a letter opposing the applications after the petition to deny period had expired. We will "
 "exercise our discretion pursuant to \u00a71.41 and treat the letter as an informal objection. For the reasons "
 "stated below, we deny the petitions and informal objection and grant the applications subject to conditions to "
 "ensure compliance with our multiple ownership and cross-ownership rules.\n\n"
 "I. Introduction\n\n"
 "On November 16, 1999, CBS and Viacom filed applications seeking Commission consent to the transfer of control of "
 "CBS and its subsidiary companies which are the licensees or permittees of numerous broadcast stations.",
 "broadcasting/television and radio", "deal,regulatory",
 "U.S. Federal Communications Commission, Memorandum Opinion and Order FCC 00-155, 'In the Matter of the "
 "Applications of Shareholders of CBS Corporation (Transferor) and Viacom, Inc. (Transferee) For Transfer of Control "
 "of CBS Corporation and Certain Subsidiaries, Licensees Of KCBS-TV, Los Angeles, CA, et al.', File Nos. "
 "BTCCT-19991116ABA, et al., adopted and released May 3, 2000, US federal government work (public domain); text as "
 "docsbay.net's copy of the order holds it, from the search tool's page store at " + U3,
 "docsbay.net copy of an FCC order (search tool page store)",
 "The Commission's order of 3 May 2000 (FCC 00-155) as docsbay.net's copy holds it (footnote markers set apart as "
 "'[1]'-'[4]', so no footnote text runs into the body); an FCC order is a US federal work, public domain on "
 "whatever page reproduces it (batch 15f). Checked word for word against the FCC's own plain-text attachment (" +
 U3F + ", which runs footnote text into paragraph 1 after 'had expired.' and stops inside it) and the pdfslide.us "
 "and docslib.org copies (the same words as far as each runs before its footnotes). Left out: 'Federal Communications Commission FCC 00-155', 'Before "
 "the Federal Communications Commission Washington, D.C. 20554', the caption (kept as `title`, without 'In the "
 "Matter of the' and the parentheses' line breaks) with its ')' brackets and 'File Nos. BTCCT-19991116ABA, et al.'; "
 "the paragraph numbers '1.' and '2.' and the footnote markers '[1]'-'[4]'. Whitespace only: a space put between "
 "'May 3, 2000' and 'Released:' ('2000Released' in the copy) and after 'I.' in the heading ('I.Introduction'); the "
 "number '1.' run into 'The Commission' and '2.' into 'On November' dropped. Cut after paragraph 2's first sentence "
 "('... of numerous broadcast stations.'), before the sentence the excerpt breaks off inside ('CBS and its "
 "subsidiaries hold the licenses or construction permits of 20 television stations and 162 radio stations, in'); "
 "`truncated`. Kept as written: the curly quotation marks of the defined names, '\u00a71.41' without a space, 'A.H. "
 "Belo Corporation'. One text per event: the FCC's Mass Media news release of the same day ('FCC APPROVES TRANSFER "
 "OF CBS TO VIACOM', " + U3N + ": its excerpt stops after one paragraph, at 'the following:') and the IRIS "
 "report (merlin.obs.coe.int) and a bostonradio.org list post left out; the 1995 Westinghouse/CBS order (FCC "
 "95-469, docslib.org) is another matter whose excerpt is only its caption and contents. Found with 'FCC approves "
 "transfer of CBS to Viacom UPN dual network rule television stations compliance' (rank 2; ranks 4, 5, 8 the other "
 "copies). " + CHECK + "'Viacom, Inc', '00-155', 'Furchtgott', 'Tristani', 'Howard Stern', 'National Black Media', "
 "'American Cable Association', 'WEYS': 0 in the corpus, the scripts and the pools; 'Viacom' only in other matters "
 "(train wp-sun-direct, train wn-software-filter-pirated-video-audio-files-2007, dev wp-viacom18, test "
 "wn-youtube-remove-100-000-videos-2007: file names only); 'CBS Corporation' in other matters (train "
 "wn-wb-upn-networks-become-cw-network-2006, 2006; train us-doj-federal-register-entercom-cbs-radio-proposed-final-"
 "judgment-2017, batch 43l); 'Belo' only in 'Belo Horizonte' (three files of other matters).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

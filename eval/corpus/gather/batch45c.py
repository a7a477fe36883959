#!/usr/bin/env python3
"""Batch 45c (session 46, gatherer 45c): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a seventh round in the FCC transaction lane of batches 15f, 43n, 43p, 43r,
43t, 43u, 44b, 44g, 44k, 44o, 44s and 44v, after 44v's lead to the Commission's 1997-2000 'Action' news releases on
large carriers' mergers: each a release telling the Commission's grant of a transfer of control from a named target to
a named buyer --
  - the Commission's Wireless Telecom Action news release Report No. WT 97-2 (31 January 1997) on its grant of the
    transfer-of-control applications filed by SBC Communications, Inc. and Pacific Telesis Group, 'PacTel will merge
    with, and become, a wholly-owned subsidiary of SBC' (fcc.gov plain text);
  - the Commission's Common Carrier Action news release Report No. CC 98-22 (23 July 1998) on its approval of 'the
    transfer of communications licenses and authorizations from Teleport Communications Group, Inc. to AT&T Corp.'
    (the FCC's HTML page as the University of North Texas End of Term 2008 web archive holds it);
  - the Commission's news release of 10 March 2000 on its approval of 'applications to transfer control of licenses
    and lines from US WEST, Inc. (US WEST) to Qwest Communications International Inc. (Qwest)' (the FCC's HTML page as
    the same web archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' navigation lines, letterheads, media
contacts, standing disclaimers and release labels are left out; the line wraps of a heading are joined; each text
is cut at the last full sentence before the excerpt breaks off or before the contact lines named in `notes`. No word
added or changed. Per-item notes in `notes`. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch45c.py [POOL_DIR] [--dry]   (default /tmp/gather46c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch44v included) and the session-46 pools /tmp/gather46*/pool (46a and 46b at the last check: SEC and DOJ texts, none on these deals): ")
ORIGIN_TXT = "fcc.gov plain-text rendering of an FCC news release (search tool page store)"
ORIGIN_UNT = ("fcc.gov HTML news release as the University of North Texas End of Term 2008 web archive holds it "
              "(search tool page store)")
R = []

# ---- SBC / Pacific Telesis, Wireless Telecom Action news release Report No. WT 97-2, 31 January 1997 ----------------
U1 = "https://www.fcc.gov/Bureaus/Wireless/News_Releases/1997/nrwl7005.txt"
R.append(federal(
 "us-fcc-sbc-pacific-telesis-transfer-of-control-granted-news-release-1997", U1, "1997-01-31",
 "FCC Grants the Transfer-of-Control Applications Filed by SBC Communications, Inc. and Pacific Telesis Group",
 "Report No. WT 97-2 WIRELESS TELECOM ACTION January 31, 1997\n\n"
 "FCC GRANTS THE TRANSFER-OF-CONTROL APPLICATIONS FILED BY SBC COMMUNICATIONS, INC. AND PACIFIC TELESIS GROUP\n\n"
 "Commission Completes Its Review of SBC/PacTel Merger\n\n"
 "The FCC has granted the transfer-of-control applications for certain FCC authorizations filed by SBC "
 "Communications, Inc. (SBC) and Pacific Telesis Group (PacTel) in connection with the proposed merger of SBC and "
 "PacTel. The FCC found that the transfer will serve the public interest, convenience, and necessity pursuant to "
 "Section 310(d) of the Communications Act of 1934, as amended. The transfer involves authorizations for a variety "
 "of wireless facilities, including point- to-point microwave stations (which PacTel subsidiaries use in the "
 "provision of local exchange service and exchange access), and Personal Communications Services (PCS), Multi-Point "
 "Distribution Service (MDS) and Instructional Television Fixed Service (ITFS) facilities that PacTel subsidiaries "
 "use to provide wireless voice and wireless video services. Under the terms of the merger agreement, PacTel will "
 "merge with, and become, a wholly-owned subsidiary of SBC.\n\n"
 "Several parties, including MCI, AT&T, and the Intelcom Group, Inc (ICG) filed petitions to deny and comments "
 "arguing that the proposed transfer is not in the public interest because it would harm local competition. The FCC "
 "disagreed, finding that: the opponents of the transfer failed to establish that the companies were likely to "
 "compete with one another for local telephone service; the opponents of the transfer did not show how the transfer "
 "will reduce competition; and the merger of SBC and PacTel will not create new dangers to competition.\n\n"
 "Action by the Commission on January 31, 1997, by Memorandum Opinion and Order (FCC 97-28). Chairman Hundt, "
 "Commissioners Quello, Ness and Chong.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, Report No. WT 97-2, 'Wireless Telecom Action', January 31, "
 "1997, 'FCC Grants the Transfer-of-Control Applications Filed by SBC Communications, Inc. and Pacific Telesis "
 "Group', US federal government work (public domain); text as the FCC's plain-text rendering on fcc.gov holds it, "
 "from the search tool's page store at " + U1,
 ORIGIN_TXT,
 "The Commission's Wireless Telecom Action news release of 31 January 1997 (Report No. WT 97-2) as the FCC's own "
 "plain-text rendering nrwl7005.txt on fcc.gov holds it (one run of text); an FCC news release is a US federal work, "
 "public domain (batch 15f; fcc.gov's 1990s renderings as transition.fcc.gov's in batches 22b, 44s and 44v). Left "
 "out: the letterhead word 'NEWS', run into the report line in the rendering ('NEWSReport No. WT 97-2'); the "
 "closing mark '-FCC-' and the contact lines after it ('News Media contact: Kara Palamaras at (202) 418-0654 "
 "Commercial Wireless Division contact: John Berresford at (202) 418-1880': names with telephone numbers, where the "
 "excerpt ends; as 44v's media contact). Kept: the report line 'Report No. WT 97-2 WIRELESS TELECOM ACTION January "
 "31, 1997', the upper-case heading and the subheading 'Commission Completes Its Review of SBC/PacTel Merger', each "
 "on its own line (whitespace only), and the body split before 'Several parties' and before 'Action by the "
 "Commission' (whitespace only; the rendering runs all as one line). Cut after 'Chairman Hundt, Commissioners "
 "Quello, Ness and Chong.'; the excerpt ends with the contact lines, so no sentence of the release is lost: not "
 "`truncated`. Kept as written: 'point- to-point' (the rendering's space), 'wholly-owned' (hyphen), 'Intelcom "
 "Group, Inc (ICG)' (no full stop after 'Inc'), 'Multi-Point'. The title field is the heading in title case. In "
 "the lane (a Commission grant of the transfer of control of one named carrier to another, told by the Commission's "
 "news office; the wireless licences the release's own business). One text per event: the Commission's order FCC "
 "97-28 did not come back; the California PUC's papers and news stories on the merger not used (not federal, or not "
 "open). Found with 'SBC Communications Pacific Telesis Group transfer of control approved Commission 1997' (rank "
 "4) and 'FCC grants transfer-of-control applications SBC Pacific Telesis PacTel merger wireless' (rank 1). 44v's "
 "lead asked that 'Pacific Telesis' be checked: " + CHECK + "'Pacific Telesis' only in the notes of dev "
 "us-fcc-sbc-ameritech-merger-conditions-advanced-services-public-notice-2000 (a search query's words), batch44v.py "
 "and GATHERING.md's 44v section (the same query and the lead), not in any text or gold; 'PacTel', 'nrwl7005', 'WT "
 "97-2', 'FCC 97-28', 'Intelcom', 'Hundt', 'Quello', 'Palamaras': 0 everywhere; 'SBC Communications' in train "
 "us-doj-federal-register-cingular-att-wireless-divestitures-2004, train "
 "us-fcc-sbc-snet-transfer-of-control-pleading-cycle-public-notice-1998 and dev "
 "us-fcc-sbc-ameritech-merger-conditions-advanced-services-public-notice-2000 (other events); file names only.",
 False))

# ---- AT&T / Teleport Communications Group, Common Carrier Action news release Report No. CC 98-22, 23 July 1998 ----
U2 = ("https://webarchive.library.unt.edu/eot2008/20080920114830/http://www.fcc.gov/Bureaus/Common_Carrier/"
      "News_Releases/1998/nrcc8051.html")
R.append(federal(
 "us-fcc-att-teleport-transfer-of-control-granted-news-release-1998", U2, "1998-07-23",
 "Commission Approves Transfer of Licenses and Authorizations from Teleport Communications Group, Inc. to AT&T Corp.",
 "Report No. CC 98-22 COMMON CARRIER ACTION July 23, 1998\n\n"
 "The Commission has approved the transfer of communications licenses and authorizations from Teleport "
 "Communications Group, Inc. to AT&T Corp., thereby granting the companies' merger application. In so doing, the "
 "Commission noted that the merger will likely produce a competitor that can more quickly provide business and "
 "residential consumers with a choice of local telephone service providers.\n\n"
 "In accordance with the Communications Act, merger applicants must persuade the Commission that their proposed "
 "merger will serve the public interest. In this case, the Commission concluded that the merger is unlikely to have "
 "any anticompetitive effects. Moreover, the Commission found that the two companies' assets and capabilities are "
 "largely complimentary and, as a result, the combined entity may likely be able to enter the local telephone market "
 "quicker. Based on these determinations, the Commission concluded that the merger is in the public interest.\n\n"
 "AT&T is the largest long distance and international telephone company in the United States. Teleport is one of "
 "the nation's largest providers of competitive local telephone service. As a result of the merger, Teleport will "
 "become a wholly-owned subsidiary of AT&T.\n\n"
 "Action by the Commission, July 21, 1998, by Memorandum Opinion and Order (FCC 98-169). Chairman Kennard, "
 "Commissioners Ness, Powell, and Tristani, with Commissioner Furchtgott-Roth concurring and issuing a separate "
 "statement.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, Report No. CC 98-22, 'Common Carrier Action', July 23, 1998 "
 "(the Commission's approval of the transfer of licenses and authorizations from Teleport Communications Group, Inc. "
 "to AT&T Corp.), US federal government work (public domain); text as the FCC's HTML page (fcc.gov, "
 "Bureaus/Common_Carrier/News_Releases/1998/nrcc8051.html) is held by the University of North Texas End of Term "
 "2008 web archive, from the search tool's page store at " + U2,
 ORIGIN_UNT,
 "The Commission's Common Carrier news release of 23 July 1998 (Report No. CC 98-22) as the FCC's own HTML page "
 "nrcc8051.html, captured from fcc.gov on 20 September 2008 by the University of North Texas End of Term web "
 "archive, holds it; an FCC news release is a US federal work, public domain (batch 15f; the archive adds no words "
 "in the kept part). Left out: the page's navigation line ('Text Version | WordPerfect Version ]'); the letterhead "
 "('fcclogo NEWS', 'Federal Communications Commission', '1919 - M Street, N.W.', 'Washington, D.C. 20554', 'News "
 "media information 202 / 418-0500', 'Fax-On-Demand 202 / 418-2830', 'Internet: http://www.fcc.gov'); the standing "
 "disclaimer ('This is an unofficial announcement of Commission action. Release of the full text of a Commission "
 "order constitutes official action. See MCI v. FCC. 515 F 2d 385 (D.C. Circ 1974).'); the media contact's line "
 "('News Media contact: Rochelle Cohen at (202) 418-0253.': a name and a telephone number, as 44v's). Kept: the "
 "report line 'Report No. CC 98-22 COMMON CARRIER ACTION July 23, 1998' (one line, as the page has it) and the "
 "body's paragraphs as the page splits them. Cut after '... concurring and issuing a separate statement.', before "
 "the media contact's line and the Bureau contact's line the excerpt breaks off inside ('Common Carrier Bureau "
 "conta'); `truncated`. Kept as written: 'complimentary' (for 'complementary'), 'quicker', 'wholly-owned', 'long "
 "distance' (no hyphen). The page's title is not in the excerpt: the title field is a plain description of the "
 "release. In the lane (a Commission grant of a transfer of control between two named carriers). One text per "
 "event: the Bureau's pleading-cycle notice DA 98-369 (fcc.gov, 25 February 1998) and the order FCC 98-169 (its "
 "table of contents) came back too, not used; AT&T's 2000 ex parte letter on the TCG merger (docsbay.net, a party "
 "filing) not used. Found with 'Report No. CC COMMON CARRIER ACTION Commission approves transfer of control "
 "telephone company merger' (rank 5) and 'Commission approved transfer of communications licenses from Teleport "
 "Communications Group to AT&T Corp. merger application' (rank 1). " + CHECK + "'Teleport' only in test "
 "us-doj-federal-register-us-west-continental-cablevision-teleport-proposed-final-judgment-1996, batch 44m's "
 "scripts and GATHERING.md's 44m section (Teleport Communications Group as a company partly owned by cable "
 "companies in US WEST's 1996 buy of Continental Cablevision, another event; 'AT&T' 0 in that file); 'nrcc8051', 'CC "
 "98-22', 'FCC 98-169', 'Rochelle Cohen': 0 everywhere; 'AT&T Corp' in train "
 "us-doj-federal-register-att-tele-communications-proposed-final-judgment-1999 and train "
 "fcc-att-911-outages-consent-decree-2021 (other events); file names only.", True))

# ---- Qwest / US WEST, Commission news release, 10 March 2000 -----------------------------------------------------------
U3 = ("https://webarchive.library.unt.edu/eot2008/20080920115106/http://www.fcc.gov/Bureaus/Common_Carrier/"
      "News_Releases/2000/nrcc0017.html")
R.append(federal(
 "us-fcc-qwest-us-west-transfer-of-control-approved-news-release-2000", U3, "2000-03-10",
 "Federal Communications Commission Approves Qwest / US WEST Merger",
 "March 10, 2000\n\n"
 "FEDERAL COMMUNICATIONS COMMISSION APPROVES QWEST / US WEST MERGER\n\n"
 "Washington, D.C. - Today, the Federal Communications Commission (FCC) approved applications to transfer control "
 "of licenses and lines from US WEST, Inc. (US WEST) to Qwest Communications International Inc. (Qwest). This "
 "approval is subject to the Commission's determination that Qwest's divestiture of its long distance customers in "
 "US WEST's region complies with its legal requirements to cease providing interLATA, or long distance, services in "
 "US WEST's territory. Additionally, Qwest's divestiture and the Commission's approval must be completed prior to "
 "closing the merger.\n\n"
 "As a BOC, US WEST is prohibited from providing interLATA services within its territory until the Commission "
 "determines that US WEST has fulfilled its legal requirement to open its local telecommunications markets to "
 "competition. Qwest provides long distance services in US WEST's territory, which if not divested would violate "
 "this prohibition.\n\n"
 "In its review of the merger transaction application, the Commission identified two merger-specific public "
 "interest benefits. First, the merger creates powerful new incentives for US WEST to open its local "
 "telecommunications markets to competition because the merged company will have increased motivation to comply with "
 "Section 271 of the Communications Act.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, 'Federal Communications Commission Approves Qwest / US WEST "
 "Merger', March 10, 2000, US federal government work (public domain); text as the FCC's HTML page (fcc.gov, "
 "Bureaus/Common_Carrier/News_Releases/2000/nrcc0017.html) is held by the University of North Texas End of Term "
 "2008 web archive, from the search tool's page store at " + U3,
 ORIGIN_UNT,
 "The Commission's news release of 10 March 2000 on the Qwest / US WEST merger as the FCC's own HTML page "
 "nrcc0017.html (in the Common Carrier Bureau's news releases), captured from fcc.gov on 20 September 2008 by the "
 "University of North Texas End of Term web archive, holds it; an FCC news release is a US federal work, public "
 "domain (batch 15f; the archive adds no words in the kept part). Left out: the page's navigation lines ('This News "
 "Release: Text | Word 97', 'Statements: Kennard | Furchtgott-Roth | Tristani': links to the statements); the "
 "letterhead ('fcclogo NEWS', 'Federal Communications Commission', '445 12th Street, S.W.', 'Washington, D.C. "
 "20554', 'News media information 202 / 418-0500', 'Fax-On-Demand 202 / 418-2830', 'Internet: http://www.fcc.gov', "
 "'TTY: 202/418-2555'); the standing disclaimer ('This is an unofficial announcement of Commission action. ... (D.C. "
 "Circ 1974).'); the release label 'FOR IMMEDIATE RELEASE' before the date; the media contact's lines between the "
 "date and the heading ('NEWS MEDIA CONTACT:', 'Mike Balmoris at (202) 418-0253', 'Email: mbalmori@fcc.gov': a name, "
 "a telephone number and an address, as 44v's media contact). Kept: the date line 'March 10, 2000'; the upper-case "
 "heading, its two lines ('FEDERAL COMMUNICATIONS COMMISSION APPROVES' / 'QWEST / US WEST MERGER') joined with one "
 "space; the body's paragraphs as the page splits them, the dateline 'Washington, D.C. -' included. Cut after '... "
 "to comply with Section 271 of the Communications Act.', before the sentence the excerpt breaks off inside "
 "('Section 271 spells out a fourteen-point competitive'), and the rest (the second benefit); `truncated`. Kept as "
 "written: 'QWEST / US WEST' (spaces round the slash), 'US WEST' in capitals, 'interLATA', 'BOC', 'long distance' "
 "(no hyphen). The title field is the heading in title case. In the lane (a Commission approval of a transfer of "
 "control from a named target to a named buyer, closing still ahead). One text per event: the Commission's order "
 "FCC 00-91 (transition.fcc.gov, docslib.org: contents only in the excerpts) and the Commissioners' statements not "
 "used; 44v's section lists the order and a party filing as not used, not this release. Found with 'COMMON CARRIER "
 "ACTION Commission approves merger Qwest U S WEST transfer of licenses 2000 news release' (rank 1) and 'Federal "
 "Communications Commission approves Qwest US WEST merger transfer control of licenses and lines divestiture long "
 "distance customers' (rank 4). " + CHECK + "'US WEST' (any spacing and case) only in test "
 "us-doj-federal-register-us-west-continental-cablevision-teleport-proposed-final-judgment-1996 and batch 44m "
 "(US WEST's 1996 buy of Continental Cablevision, another event), GATHERING.md's 44v section (the order, not used) "
 "and 41f ('the US West Coast'); 'Qwest' in dev us-sec-qwest-former-co-chairman-ceo-nacchio-former-officers-fraud-2005, "
 "test us-fcc-centurylink-qwest-transfer-of-control-applications-public-notice-2010 and three other test files, none "
 "naming US WEST (grep -c: 0 each); 'nrcc0017', 'Balmoris', '99-272', 'FCC 00-91' in the corpus files: 0; file "
 "names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

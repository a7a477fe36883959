#!/usr/bin/env python3
"""Batch 45t (session 46, gatherer 45t): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a tenth round in the FCC transaction lane of batches 15f, 43n, 43p, 43r,
43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h and 45m, after 45m's lead to the International Bureau's news releases
on fcc.gov (Commission-level 'International Action' reports and text files): each a release telling the Commission's
grant of a transfer of control, or of licences to a joint venture, between named carriers --
  - the Commission's International Action news release Report No. IN 97-9 of 4 April 1997 'COMMISSION GRANTS
    TRANSFER OF CONTROL OF PANAMSAT TO HUGHES' (the International Bureau's text file nrin7010 on www.fcc.gov);
  - the Commission's International Action news release Report No. IN 97-25 of 21 August 1997 on its approval of 'the
    merger of MCI Communications Corporation (MCI) and British Telecommunications plc (BT)', 'the transfer of control
    of MCI's licenses and authorizations to BT' (the FCC's HTML page nrin7033 on transition.fcc.gov);
  - the Commission's news release of 22 October 1999 'COMMISSION APPROVES AT&T/BT REQUEST TO OBTAIN OR TRANSFER
    LICENSES TO JOINT VENTURE TO PROVIDE INTERNATIONAL SERVICES' (the International Bureau's text file nrin9032 on
    transition.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' navigation lines, letterheads, standing
disclaimers, release labels, page marks and media contacts are left out (the report lines 'Report No. IN 97-25
INTERNATIONAL ACTION August 21, 1997' and 'IN 97-9 INTERNATIONAL ACTION April 4, 1997' kept, as 45c's); each text is
cut at the last full sentence before the excerpt breaks off. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45t.py [POOL_DIR] [--dry]   (default /tmp/gather46t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46t/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45m included) and the session-46 pools /tmp/gather46*/pool (46a to 46q, 46s and 46u at the last check: "
         "SEC, DOJ, Senate, House texts and 45c's, 45h's and 45m's FCC releases, none on these deals): ")
ORIGIN_TXT = "fcc.gov text-file news release (search tool page store)"
ORIGIN_HTML = "fcc.gov HTML news release on transition.fcc.gov (search tool page store)"
R = []

# ---- Hughes / PanAmSat, International Action news release Report No. IN 97-9, 4 April 1997 -------------------------
U1 = "https://www.fcc.gov/Bureaus/International/News_Releases/1997/nrin7010.txt"
R.append(federal(
 "us-fcc-hughes-panamsat-transfer-of-control-granted-news-release-1997", U1, "1997-04-04",
 "COMMISSION GRANTS TRANSFER OF CONTROL OF PANAMSAT TO HUGHES",
 "IN 97-9 INTERNATIONAL ACTION April 4, 1997\n\n"
 "COMMISSION GRANTS TRANSFER OF CONTROL OF PANAMSAT TO HUGHES\n\n"
 "Today the Commission issued an Order and Authorization that grants the transfer of control of PanAmSat from its "
 "current owners to Hughes. The parties note that since they currently serve substantially different markets, the "
 "merger will allow them to provide \"one stop shopping\" for customers. This transaction will serve the public "
 "interest by enhancing competition in the satellite services market, both domestically and internationally. On "
 "October 8, 1996, Hughes Communications, Inc. (\"Hughes\") and PanAmSat Licensee Corp. (\"PanAmSat\") filed "
 "applications with the Commission requesting the approval of Hughes to acquire control of PanAmSat. The Order and "
 "Authorization addresses objections and comments, filed by GE and Comsat, concerning the applications. In its "
 "filing, GE Americom stated that it had no objection to approval of the proposed merger. Its primary concern was "
 "what effect approval of the transaction will have on other pending proceedings. The Commission states, in the "
 "Order, that Hughes and PanAmSat will be required to amend the applications each has pending to reflect the "
 "approved merger. The effect, if any, this transaction has on other pending applications will be considered by the "
 "Commission in connection with the amended applications. Comsat's principal objections concerned the unfairness of "
 "continuing to regulate Comsat as a common carrier and as a dominant common carrier in some markets. Comsat also "
 "requested that certain new common carrier regulations be imposed on the combined entity. It argued that some of "
 "PanAmSat's service offerings are being offered on a common carrier basis and therefore should be regulated as "
 "such. Comsat also requested the imposition of additional safeguards with respect to the Latin American satellite "
 "video services market, and the manufacturing services provided by Hughes.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, Report No. IN 97-9, 'International Action', April 4, 1997, "
 "'Commission Grants Transfer of Control of PanAmSat to Hughes', US federal government work (public domain); text as "
 "the FCC's text file on www.fcc.gov holds it, from the search tool's page store at " + U1,
 ORIGIN_TXT,
 "The Commission's International Action news release of 4 April 1997 (IN 97-9) as the FCC's own text file "
 "nrin7010.txt in the International Bureau's news releases on www.fcc.gov holds it; an FCC news release is a US "
 "federal work, public domain (batch 15f; fcc.gov text files as 45c's and 45m's). The page store gives the text file "
 "as one run (line breaks lost). Left out: the letterhead word 'NEWS' run in before the report line; the page marks "
 "'- over -' and '- 2 -' where the first page ends. Kept: the report line 'IN 97-9 INTERNATIONAL ACTION April 4, "
 "1997' (as written, without 'Report No.'; 45c kept its report lines) and the upper-case heading, each on its own "
 "line (whitespace only, as 45m's Comsat text), the body one paragraph (the store gives no paragraph breaks; none "
 "guessed). Cut after '... and the manufacturing services provided by Hughes.', before the page marks and the "
 "sentence the excerpt breaks off inside ('The Order and Authorization conc'); `truncated`. Kept as written: the "
 "straight double quotes round '\"one stop shopping\"', '\"Hughes\"' and '\"PanAmSat\"', 'GE' beside 'GE Americom', "
 "'Comsat's'. The title field is the heading as written. No media contact reaches the excerpt. In the lane (a "
 "Commission grant of the transfer of control of a named satellite carrier to a named buyer, told by the FCC's news "
 "office; sector telecoms/satellite, as 45m's Comsat). One text per event: the Commission's Order and Authorization "
 "(not looked for; the release is the lane's text) and the TELE-satellit news item (sat-net.com, not open) not used. "
 "Found with 'FCC approves Hughes PanAmSat merger transfer of control satellite licenses news release 1997' (rank 1). "
 + CHECK + "'Hughes Communications', 'PanAmSat Licensee', 'GE Americom', 'nrin7010', 'IN 97-9': no corpus file, "
 "script or pool; 'PanAmSat' only in dev wp-galaxy-iv (PanAmSat Corporation as the operator of a failed satellite, "
 "1998: another event; no merger told there) and GATHERING.md's 31c section on it; 'Hughes Electronics' only in "
 "GATHERING.md's 31c list; 'Hughes' in the 46b pool (Raytheon's purchase of Hughes Aircraft's defence business, "
 "another event); 'Comsat' only in 45m's Lockheed Martin/Comsat release (test; another event, Comsat a party there, "
 "an objector here); file names only.", True))

# ---- MCI / BT, International Action news release Report No. IN 97-25, 21 August 1997 --------------------------------
U2 = "https://transition.fcc.gov/Bureaus/International/News_Releases/1997/nrin7033.html"
R.append(federal(
 "us-fcc-mci-british-telecommunications-merger-approved-news-release-1997", U2, "1997-08-21",
 "FCC Approves the Merger of MCI Communications Corporation and British Telecommunications plc",
 "Report No. IN 97-25 INTERNATIONAL ACTION August 21, 1997\n\n"
 "The Federal Communications Commission has approved the merger of MCI Communications Corporation (MCI) and British "
 "Telecommunications plc (BT) subject to conditions and safeguards that ensure the merger will enhance competition in "
 "the United States. In approving the merger, the Commission relied upon the fact that the U.S.-U.K. route is one of "
 "the most competitive in the world because of substantial liberalization and deregulation of the U.S. and U.K. "
 "telecommunications markets. The Commission found that the transfer of control of MCI's licenses and authorizations "
 "to BT is in the public interest given commitments made and actions taken by MCI and BT.\n\n"
 "The Commission concluded that the following commitments and developments ensure that the merger will have "
 "procompetitive effects and that competition on the U.S.-U.K. route will set a standard for the world:\n\n"
 "First, BT recently agreed to accept a settlement rate of 7 cents per minute, one of the lowest in the world, to "
 "terminate U.S.-outbound calls in the United Kingdom.\n\n"
 "Second, MCI has committed to support the equal access initiatives of the European Union. Under equal access, "
 "customers would have the option of pre-subscribing to carriers other than BT for U.K.-outbound long distance and "
 "international calls. Currently, such customers must dial special access codes on a call-by-call basis to use BT's "
 "competitors.",
 "telecoms/wireline carrier", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, Report No. IN 97-25, 'International Action', August 21, 1997 "
 "(the Commission's approval of the merger of MCI Communications Corporation and British Telecommunications plc), US "
 "federal government work (public domain); text as the FCC's HTML page on transition.fcc.gov holds it, from the "
 "search tool's page store at " + U2,
 ORIGIN_HTML,
 "The Commission's International Action news release of 21 August 1997 (Report No. IN 97-25) as the FCC's own HTML "
 "page nrin7033.html in the International Bureau's news releases on transition.fcc.gov holds it; an FCC news release "
 "is a US federal work, public domain (batch 15f; transition.fcc.gov pages as in 22b, 44s, 44v, 45h, 45m). Left out: "
 "the page's navigation line ('[ text version ]': a link); the letterhead ('fcclogo NEWS', 'Federal Communications "
 "Commission', '1919 - M Street, N.W.', 'Washington, D.C. 20554', the news-media, fax-on-demand and Internet lines); "
 "the standing disclaimer ('This is an unofficial announcement of Commission action. ... (D.C. Circ 1974).'). No media "
 "contact in the excerpt. Kept: the report line 'Report No. IN 97-25 INTERNATIONAL ACTION August 21, 1997' (as 45c's) "
 "and the body's paragraphs as the page splits them, the colon-ended lead-in to the list included. The page has no "
 "heading in the excerpt: the title field is a plain description. Cut after '... on a call-by-call basis to use BT's "
 "competitors.', before the sentence the excerpt breaks off inside ('MCI also acknowledged that the FCC could take "
 "enforcement action against MCI if BT fails to comply with European Union equal access requirements as implemented "
 "by the Un'); `truncated`. Kept as written: 'U.S.-U.K.', 'U.S.-outbound', 'U.K.-outbound', 'pre-subscribing', "
 "'procompetitive', 'liberalization'. In the lane (a Commission approval of a named long-distance carrier's merger "
 "with a named foreign carrier, the transfer of control of the first's licences to the second, told by the FCC's "
 "news office). One text per event: Chairman Reed Hundt's statement of the same day (fcc.gov rehbtmci), his statement "
 "of 28 July 1997 on the proposed merger (btmci), Commissioner Ness's press statement (st970821) and Commissioner "
 "Chong's separate statement (rcbtmci2), the Justice Department's release of 7 July 1997 and its Federal Register "
 "notice (FR Doc. 97-18289, the consent decree's modification) and the Florida PSC's order not used (the Commission's "
 "own release taken: it tells the transfer's direction; the statements name the Chairman but not who takes "
 "control). Found with 'Commission approves merger of British Telecommunications and MCI Communications transfer of "
 "control news release 1997 FCC' (rank 2). " + CHECK + "'MCI Communications', 'nrin7033', 'IN 97-25', '96-245', "
 "'BT/MCI', 'MCI/BT', 'Concert': no corpus file, pool or section (only 'Concert' in batch12.py, a BT story's cut "
 "line); 'British Telecommunications' in train hansard-lords-telephone-service-west-country-london-1981 and dev "
 "wp-manx-telecom, 'British Telecom' in several Hansard texts and test wp-asia-america-gateway (other events; none "
 "names MCI); file names only.", True))

# ---- AT&T / BT joint venture, Commission news release, 22 October 1999 ---------------------------------------------
U3 = "https://transition.fcc.gov/Bureaus/International/News_Releases/1999/nrin9032.txt"
R.append(federal(
 "us-fcc-att-bt-joint-venture-licenses-approved-news-release-1999", U3, "1999-10-22",
 "COMMISSION APPROVES AT&T/BT REQUEST TO OBTAIN OR TRANSFER LICENSES TO JOINT VENTURE TO PROVIDE INTERNATIONAL "
 "SERVICES",
 "October 22, 1999\n\n"
 "COMMISSION APPROVES AT&T/BT REQUEST TO OBTAIN OR TRANSFER LICENSES TO JOINT VENTURE TO PROVIDE INTERNATIONAL "
 "SERVICES\n\n"
 "The Commission voted today to approve the application of AT&T Corp., (AT&T) and British Telecommunications, plc, "
 "(BT) to obtain or transfer licenses and authorizations in connection with a proposed joint venture (JV) to provide "
 "international telecommunications services. The Commission's action grants the JV Section 214 authorizations to "
 "provide international telecommunications services, and authorizes AT&T to transfer to the JV AT&T's existing "
 "ownership interests in submarine cable stations and facilities and certain earth station licenses. While finding "
 "the JV application to be in the public interest, the Commission imposed limited conditions on the JV. First, the "
 "Commission decided that the JV should be regulated as dominant on the U.S.- U.K. route because of its affiliation "
 "with BT, a foreign carrier with market power. The Commission did not conclude, however, that AT&T should be "
 "regulated as dominant on the U.S.- U.K. route because it is not \"affiliated\" with BT. Second, the Commission "
 "concluded that neither AT&T nor the JV will be permitted to accept any special concessions either directly from BT "
 "or through the JV's subsidiary in the U.K.. This no \"special concessions rule\" will prevent the foreign carriers "
 "from leveraging their foreign market power into the U.S. international services market.",
 "telecoms/wireline carrier", "deal,regulatory,partnership",
 "U.S. Federal Communications Commission news release, 'Commission Approves AT&T/BT Request to Obtain or Transfer "
 "Licenses to Joint Venture to Provide International Services', October 22, 1999, US federal government work (public "
 "domain); text as the FCC's text file on transition.fcc.gov holds it, from the search tool's page store at " + U3,
 ORIGIN_TXT,
 "The Commission's news release of 22 October 1999 as the FCC's own text file nrin9032.txt in the International "
 "Bureau's news releases on transition.fcc.gov holds it; an FCC news release is a US federal work, public domain "
 "(batch 15f; the same series as 45m's Comsat release nrin0012). The page store gives the text file as one run (line "
 "breaks lost). Left out: the letterhead run ('NEWS FEDERAL COMMUNICATIONS COMMISSION 445 12th STREET, S.W. "
 "WASHINGTON, D.C. 20554', the news-media, fax-on-demand and Internet lines run into the standing disclaimer 'This is "
 "an unofficial announcement of Commission action. ... (D.C. Cir. 1974).'); the release label and contact heading "
 "('FOR IMMEDIATE RELEASE: News Media contact:') and the media contact's name and number run in after the date "
 "('Rosemary Kimball at (202) 418-0500': a name and a telephone number, as 45m's Comsat text). Kept: the date on its "
 "own line and the upper-case heading on its own line (as 45m's Comsat text), the body one paragraph (the store gives "
 "no paragraph breaks; none guessed). Cut after '... into the U.S. international services market.', before the "
 "sentence the excerpt breaks off inside ('Third, the JV cannot accept traffic from BT to the extent BT does not "
 "comply with the U.K. regulatio'); `truncated`. Kept as written: 'AT&T Corp., (AT&T)' and 'British "
 "Telecommunications, plc, (BT)' (the commas before the brackets), 'U.S.- U.K.' (the space after the hyphen, twice), "
 "'in the U.K..' (two full stops), the straight quotes round '\"affiliated\"' and '\"special concessions rule\"'. The "
 "title field is the heading as written. In the lane (a Commission grant of licences and authorizations for two named "
 "carriers' joint venture, and of the transfer of one partner's cable-station and earth-station interests to it, "
 "told by the FCC's news office). One text per event: the Commission's order FCC 99-313 (docest.com, vdocument.in: "
 "caption and table of contents in the excerpts), the LA Times and RCR stories and the Bloomberg copy on a message "
 "board (not open) not used. Found with 'FCC International Bureau news release approves AT&T British "
 "Telecommunications global joint venture Concert 1999' (rank 1). " + CHECK + "'nrin9032', '99-313', '98-212', "
 "'AT&T/BT', 'Violet', 'Concert' (only batch12.py's cut line on BT), 'Rosemary Kimball' (only 45m's Comsat record "
 "and section: the same contact, cut there too; 'Kimball' alone also a Minnesota town in train "
 "us-fcc-arvig-diversicom-melrose-telephone-transfer-of-control-public-notice-2010): no other corpus file; 'AT&T Corp.' in many corpus files (AT&T/TCI, "
 "AT&T/Teleport, AT&T/MediaOne, SBC/AT&T and others: other events; none names a joint venture with BT); file names "
 "only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 45m (session 46, gatherer 45m): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a ninth round in the FCC transaction lane of batches 15f, 43n, 43p, 43r,
43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c and 45h, after 45h's lead to the Wireless Bureau's 2000 news releases on
transition.fcc.gov: each a release telling a grant of the transfer or assignment of named carriers' licences --
  - the Wireless Telecommunications and International Bureaus' news release of 29 September 2000 on their approval for
    SBC Communications Inc. and BellSouth Corporation 'to transfer control of or assign their respective U.S. wireless
    licenses and associated international authorizations to a newly-formed entity, currently called Alloy LLC' (the
    FCC's HTML page nrwl0036 on transition.fcc.gov);
  - the Wireless Telecommunications Bureau's news release of 27 October 2000 on its grant of 'the applications
    underlying the proposed merger of TeleCorp Wireless, Inc. ("TeleCorp") and Tritel, Inc. ("Tritel")' (nrwl0040 on
    transition.fcc.gov);
  - the Commission's news release of 31 July 2000 'COMMISSION AUTHORIZES LOCKHEED MARTIN TO TAKE CONTROL OF COMSAT'
    (the International Bureau's text file nrin0012 on www.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' navigation lines, letterheads, standing
disclaimers, release labels and media contacts are left out; each text is cut at the last full sentence before the
excerpt breaks off. No word added or changed. Per-item notes in `notes`. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch45m.py [POOL_DIR] [--dry]   (default /tmp/gather46m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46m/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45c and 45h included) and the session-46 pools /tmp/gather46*/pool (46a to 46n at the last check: "
         "SEC, DOJ, Senate, House texts and 45c's and 45h's FCC releases, none on these deals): ")
ORIGIN_FCC = "fcc.gov HTML news release on transition.fcc.gov (search tool page store)"
ORIGIN_FCC_TXT = "fcc.gov text-file news release on www.fcc.gov (search tool page store)"
R = []

# ---- SBC / BellSouth (Alloy LLC), Bureaus' news release, 29 September 2000 ----------------------------------------
U1 = "https://transition.fcc.gov/Bureaus/Wireless/News_Releases/2000/nrwl0036.html"
R.append(federal(
 "us-fcc-sbc-bellsouth-alloy-wireless-license-transfers-approved-news-release-2000", U1, "2000-09-29",
 "FCC Bureaus Approve Transfer of SBC Communications Inc. and BellSouth Corporation Wireless Licenses to Alloy LLC",
 "September 29, 2000\n\n"
 "Washington, DC \u2013 The Federal Communications Commission\u2019s Wireless Telecommunications and International "
 "Bureaus have granted approval for SBC Communications Inc. (SBC) and BellSouth Corporation (BellSouth) to transfer "
 "control of or assign their respective U.S. wireless licenses and associated international authorizations to a "
 "newly-formed entity, currently called Alloy LLC. The Bureaus concluded that the combination of SBC and "
 "BellSouth\u2019s U.S. wireless properties will not adversely affect competition in any U.S. telecommunications "
 "market and will permit the companies to form a wireless network capable of competing with other companies that "
 "provide service on a nationwide basis.\n\n"
 "This transaction combines almost all of the current U.S. mobile wireless operations of SBC and BellSouth. The "
 "companies informed the Commission that they plan to contribute to the new venture almost all of their substantial "
 "cellular and PCS businesses. In addition, BellSouth will contribute authorizations for 900 MHz SMR services that "
 "are used to operate its mobile data network. Other authorizations that are incidental to the mobile wireless "
 "businesses will be contributed to Alloy, including certain fixed microwave services, experimental services, "
 "private land mobile radio services, and international Section 214 authorizations.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, September 29, 2000 (the Wireless Telecommunications and "
 "International Bureaus' approval of the transfer and assignment of SBC Communications Inc.'s and BellSouth "
 "Corporation's wireless licences to Alloy LLC), US federal government work (public domain); text as the FCC's HTML "
 "page on transition.fcc.gov holds it, from the search tool's page store at " + U1,
 ORIGIN_FCC,
 "The Wireless Telecommunications and International Bureaus' news release of 29 September 2000 (order DA 00-2223) as "
 "the FCC's own HTML page nrwl0036.html in the Wireless Bureau's news releases on transition.fcc.gov holds it; an FCC "
 "news release is a US federal work, public domain (batch 15f; transition.fcc.gov pages as in 22b, 44s, 44v, 45h). "
 "Left out: the page's navigation line ('Text | Word97': links); the letterhead ('fcclogo NEWS', 'Federal "
 "Communications Commission', '445 12th Street, S.W.', 'Washington, D.C. 20554', 'News media information 202 / "
 "418-0500', 'Fax-On-Demand 202 / 418-2830', 'Internet: http://www.fcc.gov', 'TTY: 202/418-2555'); the standing "
 "disclaimer ('This is an unofficial announcement of Commission action. ... (D.C. Circ 1974).'); the media contact's "
 "lines after the date ('Meribeth McCarrick at (202) 418-0654', 'e-mail: mmccarri@fcc.gov': a name, a telephone "
 "number and an address, as 44v's, 45c's and 45h's). Kept: the date line 'September 29, 2000' and the body's "
 "paragraphs as the page splits them, the dateline 'Washington, DC \u2013' included. The page has no heading in the "
 "excerpt (a third-party copy on tech-insider.org carries one; not used): the title field is a plain description. "
 "Cut after '... and international Section 214 authorizations.', before the sentence the excerpt breaks off inside "
 "('According to the companies, the combination of their U.S. wireless operations will create a company capable of "
 "serving approximately 175 million people, in 40 of the 50 top U.S. market'); `truncated`. Kept as written: the "
 "dateline's en dash, the curly apostrophes in 'Commission\u2019s' and 'BellSouth\u2019s', 'newly-formed', 'SBC and "
 "BellSouth\u2019s U.S. wireless properties'. In the lane (a grant of the transfer of control and assignment of two "
 "named carriers' licences to their named joint vehicle, told by the FCC's news office). One text per event: the "
 "Bureaus' order DA 00-2223 (docs.fcc.gov, transition.fcc.gov, docest.com: caption and contents in the excerpts; "
 "named 'not used' in GATHERING.md's batch 15f and 45c lists for that reason), the applicants' exhibit on fcc.report, the "
 "tech-insider.org copy of this release and the AP story (lubbockonline.com) not used. Found with 'FCC approves SBC "
 "BellSouth wireless joint venture Cingular transfer of control licenses 2000 news release' (rank 2). " + CHECK +
 "'Alloy LLC', 'nrwl0036', 'DA 00-2223' (only in GATHERING.md's 15f and 45c 'not used' lists: the order, not this release), "
 "'McCarrick' (only in 45h's script and section: the same media contact, cut there too): no corpus file; "
 "'Cingular' in several corpus files (AT&T Wireless 2004, AT&T/BellSouth 2006, SBC/SNET 1998 and others: other "
 "events; no gold file names Alloy); 'BellSouth' in train us-doj-federal-register-cingular-att-wireless-"
 "divestitures-2004 and train wn-t-buy-bellsouth-67-billion-2006 (later events); file names only.", True))

# ---- TeleCorp / Tritel, Wireless Telecommunications Bureau news release, 27 October 2000 ---------------------------
U2 = "https://transition.fcc.gov/Bureaus/Wireless/News_Releases/2000/nrwl0040.html"
R.append(federal(
 "us-fcc-telecorp-tritel-merger-applications-granted-news-release-2000", U2, "2000-10-27",
 "Wireless Telecommunications Bureau Grants Applications for the Proposed Merger of TeleCorp Wireless, Inc. and "
 "Tritel, Inc.",
 "October 27, 2000\n\n"
 "Washington, DC - The Federal Communications Commission's Wireless Telecommunications Bureau has granted the "
 "applications underlying the proposed merger of TeleCorp Wireless, Inc. (\"TeleCorp\") and Tritel, Inc. "
 "(\"Tritel\"). The applications involved licenses for Personal Communications Services (\"PCS\") and Local "
 "Multipoint Distribution Service (\"LMDS\") spectrum. The Bureau denied a petition to deny filed by Nextel "
 "Communications, Inc. with respect to TeleCorp's and Tritel's qualifications to hold C and F block PCS licenses.\n\n"
 "Grant of the applications is conditioned on compliance with the Commission's CMRS spectrum aggregation limit, "
 "which will require divestitures of spectrum in Bowling Green-Glasgow, Kentucky and in Daviess County, Kentucky. "
 "The grant is further conditioned on payment of unjust enrichment owed with respect to TeleCorp's acquisition of "
 "certain of Tritel's licenses and compliance with the Commission's requirements to assign installment payment "
 "agreements.\n\n"
 "Also included in the grant are several related applications seeking approval for license cross- assignments "
 "between affiliates of TeleCorp, affiliates of PolyCell, Inc., and AT&T Wireless PCS, LLC. Finally, the Bureau also "
 "granted a number of pending transfer or assignment applications that had been filed by affiliates of TeleCorp to "
 "acquire additional licenses through entities other than TeleCorp.",
 "telecoms/wireless", "deal,regulatory",
 "U.S. Federal Communications Commission news release, October 27, 2000 (the Wireless Telecommunications Bureau's "
 "grant of the applications underlying the proposed merger of TeleCorp Wireless, Inc. and Tritel, Inc.), US federal "
 "government work (public domain); text as the FCC's HTML page on transition.fcc.gov holds it, from the search "
 "tool's page store at " + U2,
 ORIGIN_FCC,
 "The Wireless Telecommunications Bureau's news release of 27 October 2000 (order DA 00-2443) as the FCC's own HTML "
 "page nrwl0040.html on transition.fcc.gov holds it; an FCC news release is a US federal work, public domain (batch "
 "15f). Left out: the page's navigation lines ('This News Release: Text | Word97', 'Order DA 00-2443: Text | Word97 | "
 "Acrobat': links); the letterhead ('fcclogo NEWS', 'Federal Communications Commission', '445 12th Street, S.W.', "
 "'Washington, D.C. 20554', the three telephone lines); the standing disclaimer ('This is an unofficial announcement "
 "of Commission action. ... (D.C. Circ 1974).'); the media contact's lines after the date ('News Media Contact:', "
 "'Meribeth McCarrick at (202) 418-0654': a name and a telephone number, as 45h's). Kept: the date line and the "
 "body's paragraphs as the page splits them, the dateline 'Washington, DC -' included. No heading in the excerpt: the "
 "title field is a plain description. Cut after '... through entities other than TeleCorp.', before the sentence the "
 "excerpt breaks off inside ('These related applications involved transfers or assignments (1) from Zuma PCS, "
 "L.L.C. to Royal Wirel'); `truncated`. Kept as written: the straight double quotes round the defined names, "
 "'cross- assignments' (the space after the hyphen), 'Bowling Green-Glasgow, Kentucky and in' (no comma after "
 "'Kentucky'), 'Commission's'. In the lane (a grant of licence transfers for a named carriers' merger, told by the "
 "FCC's news office), though the excerpt does not say who buys whom (see the gold's notes). One text per event: the "
 "Bureau's order DA 00-2443 (transition.fcc.gov, docslib.org, docest.com, vdocuments.net, vlex: caption and contents "
 "in the excerpts; named 'not used' in GATHERING.md's batch 15f and 45c lists for that reason), the later TeleCorp/AT&T "
 "Wireless notice DA 02-331 (another transaction, 45h's 'not used') and the RCR Wireless story not used. Found with "
 "'FCC news release TeleCorp PCS Tritel merger transfer of control approved Wireless Telecommunications Bureau 2000' "
 "(rank 1). " + CHECK + "'TeleCorp', 'Tritel' (only in GATHERING.md's 15f, 45c and 45h "
 "'not used' lists: the order DA 00-2443 and notice DA 02-331, not this release), 'PolyCell', 'AT&T Wireless PCS', "
 "'Royal Wireless', 'Bowling Green', 'Daviess', 'nrwl0040': no corpus file; 'Nextel Communications' only in train wp-boost-mobile (another event); "
 "'Zuma' only in files on Jacob Zuma (another name, cut here anyway); file names only.", True))

# ---- Lockheed Martin / Comsat, Commission news release, 31 July 2000 -------------------------------------------------
U3 = "https://www.fcc.gov/Bureaus/International/News_Releases/2000/nrin0012.txt"
R.append(federal(
 "us-fcc-lockheed-martin-comsat-transfer-of-control-authorized-news-release-2000", U3, "2000-07-31",
 "COMMISSION AUTHORIZES LOCKHEED MARTIN TO TAKE CONTROL OF COMSAT",
 "July 31, 2000\n\n"
 "COMMISSION AUTHORIZES LOCKHEED MARTIN TO TAKE CONTROL OF COMSAT\n\n"
 "The Commission has authorized Comsat Corporation (Comsat) to assign its FCC licenses and authorizations to Comsat "
 "Government Systems, LLC (CGS-LLC), a wholly owned subsidiary of Lockheed Martin Corporation (Lockheed Martin). "
 "This authorization will permit the completion of the planned merger of Lockheed Martin and Comsat. Lockheed Martin "
 "is a diversified enterprise principally engaged in the research, design, development, manufacture and integration "
 "of advanced-technology systems, products and services. Comsat was authorized by the Communications Satellite Act "
 "of 1962 (Satellite Act), which called for the formation of a private, for-profit U.S. communications satellite "
 "corporation (Comsat) that would participate in the planning, construction, ownership, management and operation of "
 "an international telecommunications system that later became known as INTELSAT. Comsat serves as the U.S. "
 "Signatory to INTELSAT, and will continue in that capacity until INTELSAT's expected privatization in 2001 at which "
 "point it will become a shareholder. Last September, the Commission authorized Lockheed Martin, through its wholly "
 "owned subsidiary, Regulus, to acquire Comsat Government Services, Inc., a wholly owned subsidiary of Comsat, and to "
 "purchase up to 49 percent of Comsat stock. At that time, Lockheed could not purchase more than 49 percent as the "
 "Satellite Act prohibited greater than 50 percent aggregate common carrier ownership in Comsat. On March 17, 2000, "
 "Congress enacted the \"Open-Market Reorganization for the Betterment of International Telecommunications Act\" "
 "(the ORBIT Act). The ORBIT Act eliminated the ownership restrictions in the Satellite Act that prevented Lockheed "
 "Martin from acquiring control of Comsat. The Commission found that Lockheed Martin's purchase of Comsat is in the "
 "public interest.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, 'Commission Authorizes Lockheed Martin to Take Control of "
 "Comsat', July 31, 2000, US federal government work (public domain); text as the FCC's text file on www.fcc.gov "
 "holds it, from the search tool's page store at " + U3,
 ORIGIN_FCC_TXT,
 "The Commission's news release of 31 July 2000 as the FCC's own text file nrin0012.txt in the International "
 "Bureau's news releases on www.fcc.gov holds it; an FCC news release is a US federal work, public domain (batch "
 "15f). The page store gives the text file with its line breaks run together (one run of text). Left out: the "
 "release label and contact heading ('FOR IMMEDIATE RELEASE: News Media contact:') and the media contact's name and "
 "number run in after the date ('Rosemary Kimball at (202) 418-0500': a name and a telephone number, as 45c's and "
 "45h's contacts); the date kept on its own line and the heading on its own line (as 45h's ininet.org text), the "
 "body one paragraph (the store gives no paragraph breaks; none guessed). Cut after '... purchase of Comsat is in "
 "the public interest.', before the sentence the excerpt breaks off inside ('In making this findi'); `truncated`. "
 "Kept as written: the upper-case heading, 'FCC licenses', 'wholly owned' (no hyphen), 'Lockheed' beside 'Lockheed "
 "Martin', 'INTELSAT' upper case, the straight quotes round the Act's name. The title field is the heading as "
 "written. In the lane (a Commission grant of the assignment of a named communications carrier's licences to its "
 "buyer's subsidiary, completing the buyer's control; Comsat a satellite carrier, not a telephone, cable or "
 "wireless one: sector telecoms/satellite). One text per event: the Commission's first-phase release of 15 "
 "September 1999 'FCC AUTHORIZES LOCKHEED MARTIN TO PURCHASE UP TO 49 PERCENT OF COMSAT' (transition.fcc.gov "
 "nrin9029, the same merger's first step, told here in one sentence) and the Baltimore Sun, law.com, Broadcasting & "
 "Cable, Flight International and Energy Daily stories not used. Found with 'Commission approves Lockheed Martin "
 "acquisition of COMSAT Corporation transfer of control news release 2000' (rank 5). " + CHECK + "'Comsat', "
 "'COMSAT', 'Regulus', 'CGS-LLC', 'Comsat Government', 'ORBIT Act', 'INTELSAT', 'nrin0012', 'Rosemary Kimball': "
 "no corpus file, script or pool; 'Intelsat' only in GATHERING.md (other batches' lists, no Comsat); 'Lockheed "
 "Martin' in many corpus files (NASA and DoD contracts, Aerojet, L-3, Raytheon/Hughes and others: other events; none "
 "names Comsat); file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

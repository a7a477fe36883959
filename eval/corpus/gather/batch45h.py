#!/usr/bin/env python3
"""Batch 45h (session 46, gatherer 45h): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), an eighth round in the FCC transaction lane of batches 15f, 43n, 43p, 43r,
43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v and 45c, after 45c's lead to the Wireless Bureau's 1999-2000 news releases on
fcc.gov: each a release telling a grant of the transfer of a named wireless carrier's licences to a named buyer --
  - the Wireless Telecommunications Bureau's news release of 22 June 1999 on its approval of 'the merger of AirTouch
    Communications, Inc. (AirTouch) and Vodafone Group, Plc. (Vodafone)', 'to transfer AirTouch's licenses and
    authorizations to Vodafone' (the FCC's HTML page nrwl9026 on transition.fcc.gov);
  - the Commission's news release of 15 February 2000 on its approval of the transfer and assignment of wireless
    licences of Omnipoint Corporation and VoiceStream Wireless Corporation 'to VoiceStream's recently created parent
    holding company' and to joint ventures of Cook Inlet Region, Inc.'s affiliates (nrwl0006 on transition.fcc.gov);
  - the Wireless Telecommunications and International Bureaus' news release of 30 March 2000 on their approval of the
    transfer of Bell Atlantic's and Vodafone AirTouch's US wireless licences to Cellco Partnership and of 'the transfer
    of control of licenses and authorizations from Aerial Communications, Inc.(Aerial) to VoiceStream Wireless
    Corporation' (the release as ininet.org reproduces it; no fcc.gov copy came back).
Texts are the search tool's page-store excerpts (corpus `pages`). The pages' navigation lines, letterheads, standing
disclaimers, media contacts and a host's download chrome are left out; each text is cut at the last full sentence
before the excerpt breaks off. No word added or changed. Per-item notes in `notes`. Written before any extractor ran
on the texts (newskg was not run on them).
usage: batch45h.py [POOL_DIR] [--dry]   (default /tmp/gather46h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46h/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45c and 45d included) and the session-46 pools /tmp/gather46*/pool (46a to 46e at the last check: SEC, "
         "DOJ, Senate and 45c's FCC texts, none on these deals): ")
ORIGIN_FCC = "fcc.gov HTML news release on transition.fcc.gov (search tool page store)"
ORIGIN_ININET = "FCC news release as reproduced by ininet.org (search tool page store)"
R = []

# ---- AirTouch / Vodafone, Wireless Telecommunications Bureau news release, 22 June 1999 ----------------------------
U1 = "https://transition.fcc.gov/Bureaus/Wireless/News_Releases/1999/nrwl9026.html"
R.append(federal(
 "us-fcc-vodafone-airtouch-transfer-of-control-approved-news-release-1999", U1, "1999-06-22",
 "Wireless Telecommunications Bureau Approves Merger of AirTouch Communications, Inc. and Vodafone Group, Plc.",
 "June 22, 1999\n\n"
 "The Wireless Telecommunications Bureau (Bureau), on delegated authority, has approved the merger of AirTouch "
 "Communications, Inc. (AirTouch) and Vodafone Group, Plc. (Vodafone), subject to certain conditions. The Bureau "
 "concluded that the merger does not present competitive concerns, and that its approval serves the public "
 "interest.\n\n"
 "The adopted Order grants the applications filed by AirTouch and Vodafone pursuant to sections 214 and 310(d) of "
 "the Communications Act of 1934 (the Act), as amended, for approval to transfer AirTouch's licenses and "
 "authorizations to Vodafone. In accordance with the terms of sections 214(a) and 310(d), the FCC cannot grant such "
 "applications unless applicants demonstrate that the transfer of the licenses and authorization will serve the "
 "public interest, convenience, and necessity.\n\n"
 "Under section 310(d) of the Act, the Bureau analyzed the effects on competition of the proposed transfer of "
 "control. Because AirTouch and Vodafone do not compete against each other in any U.S. markets, the Bureau found "
 "that the proposed merger will not have adverse effects on competition. The Bureau also considered Petitions to "
 "Deny and Comments filed by several parties. These parties raised pending commercial disputes involving AirTouch "
 "as well as FCC proceedings involving AirTouch that have since been resolved in favor of AirTouch.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, June 22, 1999 (the Wireless Telecommunications Bureau's "
 "approval of the merger of AirTouch Communications, Inc. and Vodafone Group, Plc.), US federal government work "
 "(public domain); text as the FCC's HTML page on transition.fcc.gov holds it, from the search tool's page store at "
 + U1,
 ORIGIN_FCC,
 "The Wireless Telecommunications Bureau's news release of 22 June 1999 as the FCC's own HTML page nrwl9026.html on "
 "transition.fcc.gov holds it; an FCC news release is a US federal work, public domain (batch 15f; transition.fcc.gov "
 "pages as in 22b, 44s and 44v). Left out: the page's navigation lines ('This News Release: Text | Word97', "
 "'Statements: Furchtgott-Roth | Tristani', 'DA 99-1200: Text | Word97 | Acrobat': links); the letterhead ('fcclogo "
 "NEWS', 'Federal Communications Commission', '445 12th Street, S.W.', 'Washington, D.C. 20554', 'News media "
 "information 202 / 418-0500', 'Fax-On-Demand 202 / 418-2830', 'TTY: 202/418-2555'); the standing disclaimer ('This "
 "is an unofficial announcement of Commission action. ... (D.C. Circ 1974).'); the media contact's lines after the "
 "date ('News Media contact:', 'Meribeth McCarrick at (202) 418-0654': a name and a telephone number, as 44v's and "
 "45c's). Kept: the date line 'June 22, 1999' and the body's paragraphs as the page splits them. The release has no "
 "heading in the excerpt: the title field is a plain description. Cut after '... resolved in favor of AirTouch.', "
 "before the sentence the excerpt breaks off inside ('The Bureau found that none of these filings raised issues "
 "that would preclude grant of these app'); `truncated`. Kept as written: 'Vodafone Group, Plc.' (full stop after "
 "'Plc'), 'licenses and authorization' (singular), 'in favor of'. In the lane (a grant of the transfer of control "
 "of one named carrier's licences to a named buyer, told by the FCC's news office). One text per event: the "
 "Bureau's order DA 99-1200 (transition.fcc.gov text, info.5y1.org copy: caption and contents in the excerpts), "
 "Commissioner Furchtgott-Roth's and Tristani's statements and the Reuters/CNET story (si.frajer.net) not used. "
 "Found with 'FCC approves transfer of control AirTouch Communications to Vodafone Group news release June 1999 "
 "Wireless Telecommunications Bureau' (rank 1). " + CHECK + "'AirTouch', 'Air Touch', 'Vodafone AirTouch', "
 "'Vodafone Group, Plc', 'nrwl9026', 'DA 99-1200', 'McCarrick': 0 everywhere; 'Vodafone' in many corpus files "
 "(other events: Mannesmann, Eircell, Omnitel, Hutchison Australia and others; no gold relation names AirTouch); file "
 "names only.", True))

# ---- VoiceStream / Omnipoint / Cook Inlet, Commission news release, 15 February 2000 -------------------------------
U2 = "https://transition.fcc.gov/Bureaus/Wireless/News_Releases/2000/nrwl0006.html"
R.append(federal(
 "us-fcc-voicestream-omnipoint-cook-inlet-license-transfers-approved-news-release-2000", U2, "2000-02-15",
 "FCC Approves VoiceStream/Omnipoint/Cook Inlet License Transfers and Assignments",
 "February 15, 2000\n\n"
 "FCC Approves VoiceStream/Omnipoint/Cook Inlet License Transfers and Assignments\n\n"
 "Washington, D.C. -- The Federal Communications Commission (FCC) has approved the transfer and assignment of "
 "various wireless licenses of Omnipoint Corporation (Omnipoint) and VoiceStream Wireless Corporation (VoiceStream) "
 "to VoiceStream\u2019s recently created parent holding company, Voicestream Wireless Holding Corporation (VWHC) and "
 "to joint ventures involving affiliates of Cook Inlet Region, Inc. (Cook Inlet). Because the parties have committed "
 "to certain divestitures, the FCC concluded that this transaction does not present competitive concerns, and will "
 "likely result in various public interest benefits.\n\n"
 "Specifically, the approval was conditioned on (1) the divestiture of certain interests proposed by the parties to "
 "comply with FCC rules; (2) compliance with an Agreement among VoiceStream, the Department of Justice (DOJ) and the "
 "Federal Bureau of Investigation (FBI) addressing national security, law enforcement, and public policy issues; and "
 "(3) completion of the appropriate agreements and financing documents to assign designated entity licenses that "
 "are subject to installment payments.\n\n"
 "Pursuant to section 214(a) and 310(d) of the Communications Act (the Act), the FCC must determine whether the "
 "applicants have demonstrated that their proposed transaction will serve the public interest, convenience and "
 "necessity.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, 'FCC Approves VoiceStream/Omnipoint/Cook Inlet License "
 "Transfers and Assignments', February 15, 2000, US federal government work (public domain); text as the FCC's HTML "
 "page on transition.fcc.gov holds it, from the search tool's page store at " + U2,
 ORIGIN_FCC,
 "The Commission's news release of 15 February 2000 (order FCC 00-53) as the FCC's own HTML page nrwl0006.html in "
 "the Wireless Bureau's news releases on transition.fcc.gov holds it; an FCC news release is a US federal work, "
 "public domain (batch 15f). Left out: the page's navigation lines ('This News Release: Text | Word97', 'Statements: "
 "Commissioner Furchtgott-Roth', 'Order FCC 00-53: Text | Word97', 'Attachment: January 26 2000 Agreement: Acrobat - "
 "1.5 MB': links); the letterhead ('fcclogo NEWS', 'Federal Communications Commission', '445 12th Street, S.W.', "
 "'Washington, D.C. 20554', the three telephone lines); the standing disclaimer ('This is an unofficial announcement "
 "of Commission action. ... (D.C. Circ 1974).'); the media contact's line after the date ('Meribeth McCarrick at "
 "(202) 418-0654': a name and a telephone number, as 44v's and 45c's). Kept: the date line, the heading and the "
 "body's paragraphs as the page splits them, the dateline 'Washington, D.C. --' included. Cut after '... public "
 "interest, convenience and necessity.', before the sentence the excerpt breaks off inside (it breaks off after "
 "'The'); `truncated`. Kept as written: 'VoiceStream\u2019s' (the page's curly apostrophe), 'Voicestream Wireless "
 "Holding Corporation' (lower-case 's', beside 'VoiceStream' elsewhere), 'section 214(a) and 310(d)', 'convenience "
 "and necessity' (no comma). The title field is the heading. In the lane (a Commission grant of the transfer of "
 "named wireless carriers' licences, told by its news office), though the excerpt names no buyer of Omnipoint "
 "itself (see the gold's notes). One text per event: Commissioner Furchtgott-Roth's separate statement "
 "(transition.fcc.gov, sthfr009) and the order FCC 00-53 not used; the later VoiceStream/Cook Inlet notices DA "
 "00-2397 and DA 02-454 and grant DA 02-969 (other transactions) not used. Found with 'Wireless Telecommunications "
 "Bureau and International Bureau approve transfer of control VoiceStream Wireless Aerial Communications news "
 "release' (rank 8) and 'FCC Approves VoiceStream/Omnipoint/Cook Inlet License Transfers and Assignments' (rank 2). "
 + CHECK + "'VoiceStream', 'Omnipoint', 'Cook Inlet', 'VWHC', 'nrwl0006', 'FCC 00-53', 'McCarrick': 0 everywhere; "
 "file names only.", True))

# ---- Bell Atlantic / Vodafone and VoiceStream / Aerial, Bureaus' news release, 30 March 2000 -----------------------
U3 = "http://ininet.org/fcc-bureaus-approve-bell-atlanticvodafone-and-voicestreamaeria.html"
R.append(federal(
 "us-fcc-bell-atlantic-vodafone-voicestream-aerial-license-transfers-approved-news-release-2000", U3, "2000-03-30",
 "FCC Bureaus Approve Bell Atlantic/Vodafone and VoiceStream/Aerial License Transfers and Assignments \u2013 Two New "
 "National Wireless Competitors to be Created",
 "March 30, 2000\n\n"
 "FCC Bureaus Approve Bell Atlantic/Vodafone and VoiceStream/Aerial License Transfers and Assignments \u2013 Two New "
 "National Wireless Competitors to be Created\n\n"
 "Washington, DC -- The Federal Communications Commission\u2019s Wireless Telecommunications and International "
 "Bureaus have granted approval for Bell Atlantic Corporation (Bell Atlantic) and Vodafone AirTouch, Plc "
 "(Vodafone), a U.K. corporation, to transfer control of or their U.S. wireless licenses and authorizations to "
 "Cellco Partnership (Cellco). The bureaus also have approved the transfer of control of licenses and authorizations "
 "from Aerial Communications, Inc.(Aerial) to VoiceStream Wireless Corporation (VoiceStream). The bureaus concluded "
 "that these transactions do not present competitive concerns. Rather, the creation of two new national wireless "
 "competitors likely will result in a various number of public interest benefits.\n\n"
 "Cellco will be the vehicle for Bell Atlantic and Vodafone to form a domestic, nationwide wireless business that "
 "will combine their cellular, PCS, paging, and other wireless properties in the United States. According to the "
 "applicants, the combination of their domestic wireless operations will result in Cellco having the capability of "
 "serving more than 90 percent of the U.S., 49 of the top 50 wireless markets, and 209 million people, making Cellco "
 "one of the largest wireless providers in the country. The companies also state that they intend to initiate "
 "\u201cnational-one-rate\u201d service to compete with current national service providers.",
 "telecoms/wireless", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission news release, 'FCC Bureaus Approve Bell Atlantic/Vodafone and "
 "VoiceStream/Aerial License Transfers and Assignments \u2013 Two New National Wireless Competitors to be Created', "
 "March 30, 2000, US federal government work (public domain); text as reproduced by ininet.org, from the search "
 "tool's page store at " + U3,
 ORIGIN_ININET,
 "The Wireless Telecommunications and International Bureaus' news release of 30 March 2000 (orders DA 00-721 and DA "
 "00-730) as ininet.org reproduces it; an FCC news release is a US federal work and stays public domain on a "
 "third-party copy (batch 15f took an FCC order from ininet.org on that footing). No fcc.gov copy of the release "
 "came back. Left out: the host's title line ('Fcc bureaus Approve ...', its own casing of the heading) and download "
 "chrome ('Download 11.83 Kb.', 'Date27.02.2018', 'Size11.83 Kb.', '#41573'); the release label and contact heading "
 "('FOR IMMEDIATE RELEASE: News Media Contact:'); the media contact's name and telephone number run into the date "
 "line ('March 30, 2000 Meribeth McCarrick at (202) 418-0654': the date kept on its own line, the contact dropped, as "
 "45c's 'NEWSReport' line) and the e-mail line ('e-mail: mmccarri@fcc.gov'). Kept: the date, the heading (one line, "
 "as the copy has it) and the body's paragraphs as the copy splits them, the dateline 'Washington, DC --' included. "
 "Cut after '... to compete with current national service providers.', before the sentence the excerpt breaks off "
 "inside ('The combination of VoiceStream and Aerial, according to the applicants, will bring together two major "
 "providers of GSM serv'); `truncated`. Kept as written: 'transfer control of or their U.S. wireless licenses' (the "
 "release's slip), 'Inc.(Aerial)' (no space), 'a various number of', the curly quotes round 'national-one-rate' and "
 "apostrophe in 'Commission\u2019s', the en dash in the heading. The title field is the heading. In the lane (a grant "
 "of the transfer of control of a named carrier's licences to a named buyer, and of two carriers' licences to their "
 "joint vehicle). One text per event: the Bureaus' orders DA 00-721 (transition.fcc.gov, docslib.org) and DA 00-730 "
 "(docslib.org; contents only in the excerpts), the Bureau's notice DA 00-277 on the Bell Atlantic/Vodafone/ALLTEL "
 "swaps (docsbay.net) and the LA Times and CNN stories not used. Found with 'FCC Bureaus Approve Bell "
 "Atlantic/Vodafone and VoiceStream/Aerial License Transfers and Assignments national wireless competitors' (rank "
 "3) and 'Wireless Telecommunications Bureau and International Bureau approve transfer of control VoiceStream "
 "Wireless Aerial Communications news release' (rank 7). " + CHECK + "'Aerial', 'VoiceStream', 'Vodafone AirTouch', "
 "'DA 00-721', 'DA 00-730', 'McCarrick', the ininet address: 0 everywhere; 'Cellco Partnership' only in dev "
 "fcc-verizon-wireless-xo-holdings-nextlink-order-2017 and batch 15f (Cellco as Verizon Wireless's legal name in a "
 "2017 spectrum deal, another event); 'Bell Atlantic' in train wp-iowa-telecom (Bell Atlantic/GTE) and train "
 "us-fcc-bell-atlantic-nynex-merger-conditions-progress-report-public-notice-1999 (Bell Atlantic/NYNEX): other "
 "events, neither naming Vodafone (grep -c 0 each); file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

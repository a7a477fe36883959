#!/usr/bin/env python3
"""Batch 45x (session 46, gatherer 45x): company relations and an official's post told in US Federal Communications
Commission texts (US federal public-domain works, 17 U.S.C. 105), an eleventh round in the FCC transaction lane of
batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m and 45t, after 45t's leads (the
International Bureau's late-1990s papers on fcc.gov; a Chairman's statement on a deal no corpus file holds, for roles) --
  - the International Bureau's Order and Authorization DA 98-409 (adopted 26 February, released 2 March 1998) granting
    'the applications of Loral Space & Communications Ltd. and Orion Network Systems, Inc. to transfer control of Orion
    to Loral Ltd.' (the FCC's ASCII text file da980409.txt on www.fcc.gov);
  - Chairman Michael K. Powell's press statement of 19 December 2003 on the Commission's order on 'General Motors
    Corporation and Hughes Electronics Corporation, Transferors and The News Corporation Limited, Transferee'
    (FCC 03-328, attachment A2, the FCC's EDOCS plain text on docs.fcc.gov).
Texts are the search tool's page-store excerpts (corpus `pages`). The text file's conversion notice, the order's
letterhead and file numbers, the EDOCS page line are left out; each text is cut at the last full sentence before the
excerpt breaks off. No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45x.py [POOL_DIR] [--dry]   (default /tmp/gather46x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46x/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather script "
         "(batch45t included) and the session-46 pools /tmp/gather46*/pool (46a to 46u at the last check: SEC, DOJ, "
         "Senate, House texts and 45c's, 45h's, 45m's and 45t's FCC releases, none on these deals): ")
R = []

# ---- Loral / Orion, International Bureau Order and Authorization DA 98-409, released 2 March 1998 -----------------
U1 = "https://www.fcc.gov/Bureaus/International/Orders/1998/da980409.txt"
R.append(federal(
 "us-fcc-loral-orion-network-systems-transfer-of-control-granted-order-1998", U1, "1998-03-02",
 "Order and Authorization: Loral Space & Communications Ltd. and Orion Network Systems, Inc., transfer of control",
 "In the Matter of Loral Space & Communication Ltd. and Orion Network Systems, Inc. International Private Satellite "
 "Partners, L.P. (d/b/a) Orion Atlantic, L.P. Application for the Transfer of Control of Various Space Station, Earth "
 "Stations, and Section 214 Authorizations\n\n"
 "ORDER AND AUTHORIZATION\n\n"
 "Adopted: February 26, 1998 Released: March 2, 1998\n\n"
 "By Chief, International Bureau:\n\n"
 "Introduction\n\n"
 "1. By this Order, we grant the applications of Loral Space & Communications Ltd. and Orion Network Systems, Inc. to "
 "transfer control of Orion to Loral Ltd. Granting these applications should allow Loral Ltd., which serves primarily "
 "the domestic telecommunications market, and Orion, which serves primarily the international telecommunications "
 "market, to compete more effectively in the global telecommunications market. The resultant competition will lead "
 "to wider service offerings and lower prices for consumers.",
 "telecoms/satellite", "deal,regulatory,ownership",
 "U.S. Federal Communications Commission, International Bureau, Order and Authorization DA 98-409, adopted February "
 "26, 1998, released March 2, 1998 (Loral Space & Communications Ltd. and Orion Network Systems, Inc., transfer of "
 "control), US federal government work (public domain); text as the FCC's ASCII text file on www.fcc.gov holds it, "
 "from the search tool's page store at " + U1,
 "fcc.gov ASCII text file of an International Bureau order (search tool page store)",
 "The International Bureau's Order and Authorization of 2 March 1998 as the FCC's own text file da980409.txt in the "
 "Bureau's orders on www.fcc.gov holds it; an FCC order is a US federal work, public domain (batch 15f; fcc.gov text "
 "files as 45c, 45m, 45t). The page store gives the file as one run (line breaks lost). Left out: the conversion "
 "notice ('******** NOTICE ******** This document was converted from WordPerfect to ASCII Text format. ... if "
 "available. ********': the site's standing note on the file, not the order); the letterhead 'Before the FEDERAL "
 "COMMUNICATIONS COMMISSION Washington, D.C. 20554'; the file numbers after the caption ('File Nos. 1-SAT-TC-98(5) "
 "2-SAT-TC-98(3) 3-SAT-TC-98 46-DSE-TC-98(32) 47-DSE-TC-98(16) 48-DSE-TC-98 49-DSE-TC-98(3) 50-DSE-TC-98(2) "
 "ITC-97-610-TC': numbers only). Kept: the caption as one line (as written: 'Loral Space & Communication Ltd.' "
 "without the final 's', '(d/b/a)', 'Various Space Station, Earth Stations'), the title 'ORDER AND AUTHORIZATION', "
 "the adopted/released line, 'By Chief, International Bureau:' and the heading 'Introduction' each on its own line "
 "(whitespace only), paragraph 1 with its number. Cut after '... lower prices for consumers.', before the next "
 "heading, run apart in the file ('Backgrou nd'), and the sentence the excerpt breaks off inside ('2. Orion is a "
 "publicly traded company, incorporated in Delaw'); `truncated`. The order has no heading beyond its caption and "
 "title: the title field is a plain description. In the lane (a grant of the transfer of control of a named "
 "satellite carrier to a named buyer; sector telecoms/satellite, as 45m's Comsat and 45t's PanAmSat). A Bureau "
 "order, not a news release: the International Action release on this grant (the nrin98xx series) did not come "
 "back. One text per event: the Bureau's 1999 Orion F2 order (da992222, Loral Orion Services: a later licence, "
 "another matter), Loral's and Orion's SEC filings and the Flight International item (news) not used. Found with "
 "'FCC approves Loral acquisition of Orion Network Systems transfer of control' (rank 1). " + CHECK + "'Orion "
 "Network', 'Loral Space', 'Orion Atlantic', 'International Private Satellite Partners', 'da980409', '98-409', "
 "'ITC-97-610': no corpus file, script, pool or section; 'Loral' in dev us-doj-federal-register-lehman-brothers-l-3-"
 "communications-alliedsignal-sonar-proposed-final-judgment-1998 and test wn-40th-ariane-5-rocket-launches-"
 "protostar-2008 (other events: Loral Corporation's defence units, Space Systems/Loral as a satellite maker), "
 "batch24c and batch44t (Lockheed Martin/Loral Corporation 1996, another event) and GATHERING.md's notes on them; "
 "'Orion' only in test wp-heroku and batch31i (a person's first name); file names only.", True))

# ---- News Corp / Hughes, Chairman Powell's press statement, FCC 03-328, 19 December 2003 --------------------------
U2 = "https://docs.fcc.gov/public/attachments/FCC-03-328A2.txt"
R.append(federal(
 "us-fcc-powell-statement-news-corporation-hughes-electronics-transfer-approved-2003", U2, "2003-12-19",
 "PRESS STATEMENT OF CHAIRMAN MICHAEL K. POWELL",
 "PRESS STATEMENT OF CHAIRMAN MICHAEL K. POWELL\n\n"
 "Re: General Motors Corporation and Hughes Electronics Corporation, Transferors and The News Corporation Limited, "
 "Transferee, For Authority to Transfer Control, Order (MB Docket No. 03- 124)\n\n"
 "This merger with strict conditions ultimately benefits the American public. News Corporation has a history of "
 "taking significant risks and introducing new and innovative media services. Enhanced competition will increase "
 "pressure to improve service and lower prices for both cable and satellite television subscribers. This is a "
 "particularly compelling public interest benefit in light of continued cable rate hikes. Increased availability of "
 "local channels over satellite in rural America means access to more local programming in an additional 30 markets "
 "by year end 2004. Consumers are the winners. It should be noted that the Commission has now reviewed two separate "
 "license transfer applications involving DirecTV. Unlike the proposed transaction with EchoStar\u2014 the first "
 "major transaction blocked by the Commission in decades\u2014 this transaction between the News Corporation and "
 "General Motors as conditioned will yield significant benefits to the public. As originally proposed, however, this "
 "transfer did raise legitimate concerns about market power. Our strict conditions address these concerns. For "
 "instance, the Order creates an arbitration mechanism to prevent exorbitant consumer prices or loss of access to "
 "valuable programming \u2013 such as regional sports coverage \u2013 during arguments between programmers and News. "
 "Parties will now have the incentive to reach a mutually beneficial agreement while consumers\u2019 interests in "
 "continuing to see their favorite programming will be protected. The Order also adopts conditions to ensure that "
 "the merged entity does not discriminate against unaffiliated programmers and ensures that News\u2019 other "
 "programming is offered on a non- discriminatory basis.",
 "telecoms/satellite", "deal,regulatory,ownership,leadership",
 "U.S. Federal Communications Commission, Press Statement of Chairman Michael K. Powell, December 19, 2003 (FCC 03-328, "
 "General Motors Corporation and Hughes Electronics Corporation, Transferors and The News Corporation Limited, "
 "Transferee), US federal government work (public domain); text as the FCC's EDOCS plain-text attachment on "
 "docs.fcc.gov holds it, from the search tool's page store at " + U2,
 "docs.fcc.gov EDOCS plain-text attachment of a Chairman's press statement (search tool page store)",
 "Chairman Michael K. Powell's press statement, attachment A2 of FCC 03-328 (the Commission's public notice of 19 "
 "December 2003 approving the transaction, released that day: attachment A1 on docs.fcc.gov), as the FCC's EDOCS "
 "plain text on docs.fcc.gov holds it; a statement by the Commission's Chairman in his office is a US federal work, "
 "public domain (batch 15f; EDOCS plain texts as 44s, 45h). The published date is the public notice's release date "
 "(FCC 03-328 'Released: December 19, 2003'; the statement itself carries no date in the excerpt). The page store "
 "gives the text as one run. Left out: the EDOCS page line ('*Pages 1--1 from Microsoft Word - 34453*'). Kept: the "
 "heading and the 'Re:' caption each on its own line (whitespace only, as 45m's and 45t's headings), the body one "
 "paragraph (the store gives no paragraph breaks; none guessed). Cut after '... offered on a non- discriminatory "
 "basis.', before the sentence the excerpt breaks off inside ('Cable and s'); `truncated`. Kept as written: '03- "
 "124' and 'non- discriminatory' (the EDOCS space after the hyphen), 'EchoStar\u2014 the' and 'decades\u2014 this' "
 "(em dashes with a space after), the en dashes round 'such as regional sports coverage', the curly apostrophes "
 "('consumers\u2019', 'News\u2019'), 'DirecTV'. The title field is the heading as written. In the lane (the "
 "Commission's consent to a satellite television operator's parent passing under a named buyer's control, told by "
 "the Chairman: sector telecoms/satellite, as 45m's and 45t's satellite texts; a role for the lane, as 45t's lead "
 "asked). One text per event: the Commission's public notice FCC 03-328 (A1: a longer grant text, no person named "
 "in its excerpt), the order FCC 03-330 (docsbay.net, docslib.org, vlex: caption and contents), the Media Bureau's "
 "pleading-cycle notice DA 03-1725, the Bureau's information request (DOC-240643), the FCC transaction team's "
 "clock page (UNT web archive), Rupert Murdoch's Senate and House testimony (party texts), and the news stories "
 "(convergedigest, heraldstandard, broadcastingcable, investegate) not used; the statement taken for its role. "
 "Found with 'Statement of Chairman News Corporation General Motors Hughes Electronics DirecTV transfer of control "
 "approved' (rank 1). " + CHECK + "'News Corporation Limited', 'Hughes Electronics', 'DirecTV', 'EchoStar', "
 "'03-124', '03-328', '03-330', 'FCC-03-328': 'Hughes Electronics' only in train us-fcc-hughes-panamsat-transfer-of-"
 "control-granted-news-release-1997's notes (45t: Hughes Communications' purchase of PanAmSat, 1997, another "
 "event); 'DirecTV' only in test us-fcc-centurylink-qwest-transfer-of-control-applications-public-notice-2010 and "
 "GATHERING.md's note on Verizon Wireless and DirecTV (another event); 'EchoStar' only in train wp-boost-mobile "
 "(another event); 'Hughes' with 'General Motors' only in test us-doj-federal-register-raytheon-hughes-aircraft-he-"
 "holdings-general-motors-proposed-final-judgment-1997 (and the 46b pool's record of it: Raytheon's purchase of "
 "Hughes Aircraft's defence business, 1997, another event); 'News Corp' in several Wikinews and Wikipedia files "
 "(Dow Jones, IGN, MySpace, AAPT: other events; none names Hughes or DirecTV); 'Powell' in test us-fcc-att-"
 "teleport-transfer-of-control-granted-news-release-1998 (the 45c record; Commissioner Powell's vote line there, "
 "another event) and in place names; file names only.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

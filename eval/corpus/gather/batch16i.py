#!/usr/bin/env python3
"""Batch 16i: company relations in US merger cases outside pharma and outside the UK/Irish public sector — acquisitions
let through with divestitures, their buyers and sellers of divested businesses, parents and subsidiaries, joint
ventures and brands and the companies that own them, in technology (real-estate information databases, title
plants), retail (fuel stations, discount stores, supermarkets), food and drink (spirits, seasonings, pet food, cereal,
food distribution) and consumer goods — from US federal texts (public domain): ftc.gov case listing pages, two FTC
press releases as marketswired.com reproduces them, three Justice Department releases' openings as benton.org quotes
them and a Justice Department notice in the Federal Register (gpo.gov). Every text is the search tool's page-store
excerpt (corpus `pages`, first ~2,000 characters of a page), embedded here; where an excerpt was cut it ends at the
last full sentence or item kept (`truncated`). Edits per item in `notes`: page chrome, case metadata lines and the
FTC's boilerplate left out; no word added or changed.
usage: batch16i.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import public_record, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
ORIGINS = {"PD": "U.S. Federal Trade Commission, ftc.gov case listing (page store)"}
O_MW = "U.S. Federal Trade Commission press release as reproduced by marketswired.com (page store)"
FTCMETA = ("ftc.gov chrome ('Skip to main content', 'Displaying N - M of K') and each case's metadata lines ('Type of "
           "Action', 'Administrative', 'Last Updated', 'FTC Matter/File Number', the file and docket numbers, 'Case "
           "Status', 'Pending', 'Closed') left out; case headings and listed titles kept as lines of their own")


def pd(id, url, published, title, kind, text, sector, region, topics, notes, origin=None, truncated=True,
       agency="U.S. Federal Trade Commission"):
    r = public_record(ORIGINS, id, url, published, title, kind, text, sector, region, topics, notes, "PD",
                      truncated=truncated, origin=origin)
    on = f", {published}" if published else ""
    r["attribution"] = (f"{agency}, {kind}, '{title}'{on}, {url}; public domain (US federal "
                        "government work)")
    return r


R = []
# ---- technology: information databases and title plants -------------------------------------------------------
R.append(pd("ftc-software-databases-cases-costar-loopnet-xceligent-fidelity-landamerica",
 "https://www.ftc.gov/industry/technology/software-databases?page=3", None,
 "Software and Databases (case listing, page 4)", "case listing page",
 "CoStar Group, Inc., Lonestar Acquisition Sub, Inc., and LoopNet, Inc., In the Matter of\n\n"
 "The FTC required CoStar Group, the largest provider of commercial real estate information services in the United States, to sell LoopNet's ownership interest in Xceligent, under an order settling charges that CoStar's $860 million acquisition of LoopNet would be anticompetitive. The FTC's complaint alleges the proposed acquisition would reduce competition in the markets for real estate listings databases and information services. The modified final order resolving the charges preserves competition that otherwise would have been lost through the acquisition by requiring the combined firm to sell LoopNet's interest in Xceligent, a significant provider of U.S. commercial real estate information.\n\n"
 "Fidelity National Financial, Inc, In the Matter of (LandAmerica Financial)\n\n"
 "To settle charges that its 2008 acquisition of three LandAmerica Financial, Inc. subsidiaries was anticompetitive, Fidelity National Financial, Inc. agree to sell several title plants and related assets in six geographic areas: 1) the Portland, Oregon, metropolitan area, consisting of Clackamas, Multnomah, and Washington counties; 2) Benton County, Oregon; 3) Jackson County, Oregon; 4) Marion County, Oregon; 5) Linn County, Oregon; and 6) the Detroit, Michigan, metropolitan area consisting of Oakland, Macomb, and Wayne counties.",
 "technology/real-estate information", "US", "regulatory,deal",
 FTCMETA + "; the listed press item between the two cases ('FTC Testifies on Do Not Track Legislation' with its 'Date' line and a teaser cut off by the page with '...') left out; the page's 'Financial, Inc, In' and 'agree to sell' kept; cut before the third case (The Dun & Bradstreet Corporation), whose only sentence is cut off in the excerpt. No page date (`published` null); the cases are of 2009-2012 (FTC file numbers 091 0032 and 111 0172)."))
# ---- retail --------------------------------------------------------------------------------------------------------
R.append(pd("ftc-retail-cases-dollar-tree-family-dollar-albertsons-safeway-divestitures",
 "https://ftc.gov/industry/retail?mission=All&page=12", None, "Retail (case listing, page 13)", "case listing page",
 "FTC Action: Light Bulb and Cleaning Product Merchants Banned from Telemarketing Office Supplies\n\n"
 "FTC Requires Retail Fuel Station and Convenience Store Operator Alimentation Couche-Tard Inc. to Divest up to 71 Fuel Stations as a Condition of Merger with Competitor CST Brands, Inc.\n\n"
 "FTC Approves Sycamore Partners II, L.P. Application to Sell 323 Family Dollar Stores to Dollar General\n\n"
 "Dollar Tree, Inc./Family Dollar Stores, Inc., In the Matter of\n\n"
 "Discount retailers Dollar Tree, Inc. and Family Dollar Stores, Inc. agreed to sell 330 Family Dollar stores to a private equity firm, Sycamore Partners, to settle FTC charges that Dollar Tree’s proposed $9.2 billion acquisition of Family Dollar would likely be anticompetitive. Their stores compete head-to-head in terms of price, product assortment, and quality, as well as location and customer service in local markets nationwide. The FTC identified 330 stores in local markets from 35 states where competition would be lost if the acquisition went forward as proposed. Without a remedy, according to the FTC, the acquisition is likely to lessen competition by eliminating direct competition between Dollar Tree and Family Dollar, and increasing the likelihood that Dollar Tree will unilaterally exercise market power.\n\n"
 "FTC Approves SuperValu Application to Sell Supermarket to Saar’s\n\n"
 "Cerberus Institutional Partners V, LP., AB Acquisition LLC, and Safeway Inc., In the Matter of\n\n"
 "Supermarket operators Albertsons and Safeway Inc. agreed to sell 168 supermarkets to settle FTC charges that their proposed $9.2 billion merger would likely be anticompetitive in 130 local markets in Arizona, California, Montana, Nevada, Oregon, Texas, Washington, and Wyoming.",
 "retail", "US", "regulatory,deal",
 "ftc.gov's 'Displaying 241 - 260 of 437' line left out; listed titles without a description kept as lines, as on the page; cut before the cut-off 'Under the settlement, Haggen Holdings, LLC will acquire 146 Albertsons and Safeway stores ... Associated Wholesale Grocers, Inc. will ac'. No page date (`published` null); the cases are of 2014-2016."))
R.append(pd("ftc-press-release-albertsons-ab-acquisition-united-supermarkets-texas-stores",
 "https://marketswired.com/?p=15180", None,
 "FTC Requires Albertson's Supermarkets to Sell Two Texas Stores as a Condition of Acquiring Regional Grocery Chain United",
 "press release",
 "The Federal Trade Commission will require the parent company of Albertson’s LLC, AB Acquisition LLC, to sell two stores in Texas to settle charges that its proposed acquisition of United Supermarkets LLC is likely to substantially lessen competition in violation of Section 5 of the FTC Act and Section 7 of the Clayton Act.\n\n"
 "Albertson’s operates 606 grocery stores, primarily in the southern and western United States. In Texas, Albertson’s operates 72 supermarkets under the Albertson’s banner. United is a regional grocery retailer with 51 traditional and specialty supermarkets and seven convenience stores across North and West Texas. United operates its supermarkets under three different banners: United Supermarkets, Market Street, and Amigos.\n\n"
 "According to the FTC’s complaint, the proposed merger of Albertson’s and United is likely to reduce competition in local grocery markets within Amarillo and Wichita Falls, which would harm consumers through higher prices, lower quality and reduced service levels. To preserve competition in these markets, Albertson’s will sell its lone stores in Amarillo and Wichita Falls, Texas, to MAL Enterprises, Inc., which operates under the Lawrence Brothers IGA, Cash Saver and Save-A-Lot supermarket banners. The divestitures must be completed by the later of January 13, 2014, or 10 days following Albertson’s merger with United.\n\n"
 "In addition to the required divestitures, the proposed order includes provisions designed to ensure that MAL Enterprises is well positioned to compete in Amarillo and Wichita Falls. For example, the proposed order prohibits Albertson’s from interfering with Lawrence Brothers’ hiring or employment of current employees in the two stores for one year. The order further requires Albertson’s to notify the Commission of any plans to acquire a supermarket in Amarillo or Wichita Falls for 10 years.",
 "retail", "US", "regulatory,deal",
 "The release's text as the site reproduces it (a US federal work, public domain); the title is the release's headline as copies of the FTC's retail case listing give it (search `pages`: rbyhdq.net and 222.178.203.72 mirrors of ftc.gov/industry/retail?page=3; 'Albertson’s' there with a curly apostrophe); cut before the cut-off 'The Commission vote to accept the consent agreement package containing the proposed consent order for publ'. No date on the page (`published` null); the divestiture deadline (January 13, 2014) places the release in late 2013.",
 origin=O_MW))
R.append(pd("ftc-press-release-ahold-delhaize-modified-final-order-supervalu-joint-venture-2016",
 "https://marketswired.com/ftc/ftc-approves-modified-final-order-preserving-competition-among-supermarkets-in-seven-states/amp",
 "2016-10-31", "FTC Approves Modified Final Order Preserving Competition among Supermarkets in Seven States",
 "press release",
 "Following a public comment period, the Federal Trade Commission has approved a modified final order settling charges that the $28 billion merger of Koninklijke Ahold and Delhaize Group, which together own five well-known U.S. grocery store chains, would likely be anticompetitive.\n\n"
 "Under the proposed order, first announced in July 2016, the companies are required to sell 81 stores to seven divestiture buyers. The proposed order calls for prior Commission approval before one of the divestiture buyers, Supervalu, transfers or sells an ownership interest in an acquired store to another party. This modified final order approves Supervalu’s proposed joint venture transaction with Donstekim Enterprises, LLC, regarding its acquired stores.\n\n"
 "The Commission vote approving the modified final order was 3-0.",
 "retail", "US", "regulatory,deal",
 "The release's text as the site reproduces it (a US federal work, public domain); the title is the page's URL slug written out as a headline; the FTC file number and the staff contacts' names and telephone numbers in brackets after the vote, the FTC's closing boilerplate ('The Federal Trade Commission works to promote competition ...') and the site's unrelated teasers (Office of the Comptroller of the Currency, Treasury) left out. `published` is the release's day, 31 October 2016 (a Legal Newsline report on the same order, 'announced Oct. 31'); the text has no relative date.",
 origin=O_MW, truncated=False))
# ---- food and drink, consumer goods ----------------------------------------------------------------------------------
R.append(pd("ftc-food-beverages-cases-pernod-ricard-vs-vin-spirit-mccormick-lawrys-unilever",
 "https://ftc.gov/industry/food-beverages?page=4", None, "Food and Beverages (case listing, page 5)", "case listing page",
 "Pernod Ricard S.A., In the Matter of\n\n"
 "The Commission challenged Pernod Ricard SA’s proposed $9 billion acquisition of V&S Vin & Spirit as harmful to competition among suppliers of “super-premium” vodka. The proposed deal would have merged the two leading brands, Absolut and Stolichnaya, and allowed Pernod to raise prices profitably on both brands. Additionally, the complaint alleges that the markets for cognac, domestic cordials, coffee liqueur, and popular gin would be subject to anticompetitive effects because sensitive pricing and promotion information for Beam Global Brands, a competitor in these product markets, would be available to Pernod after the acquisition as a result of Beam’s joint venture with V&S. The Commission settled the charges by requiring Pernod to divest its distribution interests in Stolichnaya Vodka, and to erect a firewall to prevent the sharing of any competitively sensitive information from Beam Global Brands with Pernod employees.\n\n"
 "McCormick & Company, Incorporated, In the Matter of\n\n"
 "The Commission challenged McCormick & Company’s $605 million acquisition of Lawry’s and Adolph’s brands of seasoned salt products from Unilever N.V., alleging that the transaction would be detrimental to competition in the highly concentrated U.S. market for seasoned salts. According to the Commission’s complaint, the proposed deal would combine the two companies that comprise almost the entire $100 million market for seasoned salt, increasing the likelihood that McCormick would be able unilaterally to increase prices. McCormick agreed to divest its Season-All business to Morton, an FTC approved buyer, within 10 days of completing the acquisition.\n\n"
 "FTC Report Sheds New Light on Food Marketing to Children and Adolescents\n\n"
 "Weighing In: A Check-Up on Marketing, Self-Regulation, & Childhood Obesity",
 "food and drink", "US", "regulatory,deal",
 "ftc.gov's 'Displaying 81 - 100 of 105' line left out; two listed titles without a description kept as lines, as on the page; cut before the fifth item (Nestle Holdings, Inc. and Dreyer's Grand Ice Cream), whose only sentence is cut off in the excerpt ('The Commission authorized staf'). No page date (`published` null); the two cases are of 2008."))
R.append(pd("ftc-horizontal-cases-nestle-ralston-purina-procter-gamble-gillette-penn-national-argosy",
 "http://www.ftc.gov/competition/horizontal?page=24", None, "Horizontal mergers (case listing, page 25)", "case listing page",
 "Nestle Holdings, Inc., and Ralston Purina Company\n\n"
 "Nestle settled antitrust charges that its $10.3 billion proposed acquisition of Ralston Purina Company would substantially lessen competition in the United States market for dry cat food through the elimination of direct competition between the two firms and increase the likelihood that the combined firm could unilaterally exercise market power. The order requires the divestiture of Ralston's Meow Mix and Alley Cat brands to J.W. Childs Equity Partners II,L.P.\n\n"
 "Procter & Gamble Company and The Gillette Company, In the Matter of\n\n"
 "The consent order permitted The Procter & Gamble Company’s acquisition of rival consumer products manufacturer The Gillette Company, provided the companies divest: 1) Gillette’s Rembrandt at-home teeth whitening business; 2) P&G’s Crest SpinBrush battery-powered and rechargeable toothbrush business; and 3) Gillette’s Right Guard men’s antiperspirant deodorant business. In addition, P&G must amend its joint venture agreement with Philips Oral Health Care, Inc. regarding the Crest Sonicare IntelliClean System rechargeable toothbrush to allow Philips to independently market and sell rechargeable toothbrushes.\n\n"
 "Penn National Gaming, Inc., In the Matter of\n\n"
 "Penn National Gaming, Inc. agreed to sell a casino in Baton Rouge, Louisiana to settle charges that its acquisition of Argosy Gaming Company would create a monopoly for casino services in that area.  Penn National agreed to sell Argosy's casino to Columbia Sussex Corporation within four months of the order becoming final.",
 "food and consumer goods, gaming", "US", "regulatory,deal",
 FTCMETA + "; the page's 'Partners II,L.P.' and the double space after 'in that area.' kept; cut before the fourth case (Magellan Midstream Partners), whose only sentence is cut off in the excerpt. No page date (`published` null); the cases are of 2001-2005 (file numbers 0110083, 0510115, 0510029)."))
R.append(pd("ftc-retail-cases-post-holdings-treehouse-us-foods-services-group-of-america",
 "https://www.ftc.gov/industry/retail?type=All&mission=All&page=8", None, "Retail (case listing, page 9)", "case listing page",
 "Post Holdings, Inc.; In the Matter of\n\n"
 "The Federal Trade Commission authorized an action to block Post Holdings, Inc.’s proposed acquisition of the private label ready-to-eat (\"RTE\") cereal business of TreeHouse Foods, Inc.  In an administrative complaint issued on December 19, 2019, the Commission alleges that the proposed acquisition would harm retailers and end consumers by eliminating head-to-head competition between the Respondents in the United States market for private label RTE cereal. The Commission vote to issue the administrative complaint and to authorize staff to seek a temporary restraining order and preliminary injunction was 5-0. The administrative trial is scheduled to begin on May 27, 2020. The parties announced they had abandoned the transaction on Jan. 13, 2020.\n\n"
 "US Foods and SGA, In the Matter of\n\n"
 "Food distributor US Foods, Inc. has agreed to divest assets to settle Federal Trade Commission charges that US Foods, Inc.’s proposed $1.8 billion acquisition of Services Group of America, Inc. would violate federal antitrust law. The complaint alleges that, in Eastern Idaho, Western North Dakota, Eastern North Dakota, and the Seattle area, the transaction would eliminate a key broadline distributor and limit customers’ ability to switch between distributors to obtain better pricing and service. Under the proposed consent agreement, within 30 days of the acquisition closing, US Foods must divest three FSA distribution centers: one in Boise, Idaho; another in Fargo, North Dakota (FSA competes in both Eastern and Western North Dakota out of this facility); and a third in the greater Seattle area. On Nov. 19, 2019, the FTC announced that it has approved a final order settling the charges.",
 "food/food distribution", "US", "regulatory,deal",
 FTCMETA + "; the page's double space after 'TreeHouse Foods, Inc.' kept; the excerpt ends with the second case's metadata. No page date (`published` null); the cases are of 2019-2020."))

# ---- technology and manufacturing ----------------------------------------------------------------------------------
R.append(pd("ftc-competition-cases-on-semiconductor-fairchild-littelfuse-fortiline",
 "https://www.ftc.gov/mission/competition?type=All&field_mission_tid=All&page=96", None,
 "Competition (case listing, page 97)", "case listing page",
 "ON Semiconductor Corporation, In the Matter of\n\n"
 "ON Semiconductor Corporation agreed to sell its Ignition IGBT business in order to settle charges that its proposed $2.4 billion acquisition of Fairchild Semiconductor International, Inc. would likely substantially lessen competition in the worldwide market for Ignition IGBTs, resulting in higher prices and reduced innovation. Ignition IGBTs are semiconductors that function as solid-state electronic switches in the ignition systems of automotive internal combustion engines.  The order preserves competition by requiring ON to divest its Ignition IGBT business to Chicago-based manufacturer Littelfuse, Inc. The divestiture includes design files and intellectual property that Littelfuse needs to manufacture ON’s Ignition IGBTs. ON must also facilitate the transfer of its customer relationships to Littelfuse, and supply Ignition IGBTs for Littlefuse to sell to customers while Littelfuse sets up its manufacturing operations.\n\n"
 "Fortiline, LLC, In the Matter of\n\n"
 "Fortiline, LLC, a company that distributes ductile iron pipe, fittings and accessories throughout much of the United States, agreed to  settle charges that it violated federal antitrust law by inviting a competitor to raise and fix prices. This is the first case where the FTC has challenged an invitation to collude by a firm that is both a direct competitor with, and a distributor for, the invitee. According to an administrative complaint filed by the FTC, on two occasions in 2010, Fortiline invited a competing firm, which mainly manufactures ductile iron pipe but also engaged in direct sales to contractors, to collude on pricing in North Carolina and most of Virginia.",
 "technology/semiconductors, building supplies", "US", "regulatory,deal",
 FTCMETA + "; the page's double spaces ('combustion engines.  The', 'agreed to  settle') and its spelling 'Littlefuse' once beside 'Littelfuse' kept; cut before the cut-off 'In some areas, Fortiline competes with this firm ... made by'. No page date (`published` null); the cases are of 2016 (file number 161 0061)."))
R.append(pd("ftc-manufacturing-cases-idt-plx-magnesium-elektron-revere-graphics",
 "https://ftc.gov/industry/manufacturing?page=17", None, "Manufacturing (case listing, page 18)", "case listing page",
 "Integrated Device Technology, Inc., and PLX Technology, Inc., In the Matter of\n\n"
 "The FTC issued an administrative complaint  challenging electronics component manufacturer Integrated Device Technology, Inc.’s proposed $330 million acquisition of PLX Technology, Inc., a deal that allegedly would give the combined firm a near-monopoly in the market for a type of integrated computer circuits called PCIe switches, which perform critical connectivity functions in computers and other electronic devices widely used by American consumers and businesses. The Commission also authorized the staff to seek a preliminary injunction in federal district court or other relief necessary to stop the deal pending a full administrative trial, but theparties abandoned the transaction and the Commission later dismissed the complaint.\n\n"
 "Magnesium Elektron North America, Inc.\n\n"
 "Magnesium Elektron, a leader in the production of magnesium plates used for photoengraving, settled FTC charges that its acquisition of rival plate manufacturer Revere Graphics Worldwide, Inc. was anticompetitive and a violation of the antitrust laws. The FTC's order restores the competition eliminated by the merger by requiring Magnesium Elektron to sell necessary intellectual property and technical know-how used to manufacture magnesium plates for photoengraving applications to Kansas-based Universal Engraving.  While Universal Engraving does not currently manufacture or sell magnesium plates, it is uniquely positioned to become an effective competitor in this market because it already sells other metals used in the photoengraving process to customers affected by the merger.",
 "technology/electronics, manufacturing", "US", "regulatory,deal",
 FTCMETA + "; the page's double spaces ('complaint  challenging', 'Universal Engraving.  While') and 'theparties' kept; cut before the third case (Corning Incorporated), whose only sentence is cut off in the excerpt. No page date (`published` null); the cases are of 2009-2013 (file numbers 0910094 and 121 0140)."))
# ---- media and telecoms: Justice Department ------------------------------------------------------------------------
R.append(pd("doj-media-telecoms-cases-disney-fox-sinclair-nexstar-tribune-t-mobile-sprint-dish",
 "https://benton.org/source/department-justice?page=5", None,
 "Department of Justice (source listing, page 6)", "press release openings as quoted by benton.org",
 "Justice Department Approves Sinclair Broadcasting's Acquisition of Divested Fox Regional Sports Networks\n\n"
 "On Dec. 13, 2017, The Walt Disney Company entered into an agreement to acquire certain assets and businesses from Twenty-First Century Fox, including Fox’s 22 regional sports networks (RSNs).  After an investigation, the Justice Department’s Antitrust Division filed a civil antitrust lawsuit on June 27, 2018, in the U.S. District Court for the Southern District of New York to block the proposed transaction.  At the same time, the Department filed a proposed settlement that, if approved by the court, would resolve the Department’s competitive concerns.\n\n"
 "Justice Department Requires Structural Relief to Resolve Antitrust Concerns in Nexstar’s Merger with Tribune\n\n"
 "The Department of Justice will require Nexstar Media Group and Tribune Media Company to divest broadcast television stations in thirteen markets as a condition of resolving a challenge to the proposed $6.4 billion merger between Nexstar and Tribune. The Justice Department’s Antitrust Division, along with the offices of three state Attorneys General, filed a civil antitrust lawsuit in the U.S. District Court for the District of Columbia to block the proposed merger.\n\n"
 "Justice Department Settles with T-Mobile and Sprint in Their Proposed Merger by Requiring a Package of Divestitures to Dish\n\n"
 "The Department of Justice announced that it and the Attorneys General for five states reached a settlement with T-Mobile and Sprint regarding their proposed merger. The settlement requires a substantial divestiture package in order to enable a viable facilities-based competitor to enter the market. Further, the settlement will facilitate the expeditious deployment of multiple high-quality 5G networks for the benefit of American consumers and entrepreneurs.",
 "media/broadcasting, telecoms", "US", "regulatory,deal",
 "The opening paragraphs of three Justice Department press releases as benton.org quotes them under their headlines (US federal works, public domain; the mirror is not a government site, the text is the Department's, as batches 9 and 13 used benton.org's FCC quotations); the page's heading 'Department of Justice' left out; the double spaces after two sentences kept; cut before the fourth item (the Antitrust Division's review of online platforms, naming no company) and the rest. No page date (`published` null); the releases are of 2019 by their events (not checked against the releases' own pages).",
 origin="U.S. Department of Justice press releases as quoted by benton.org (page store)",
 agency="U.S. Department of Justice"))
R.append(pd("doj-federal-register-media-general-lin-media-proposed-final-judgment-2014",
 "http://www.gpo.gov/fdsys/pkg/FR-2014-11-13/html/2014-26886.htm", "2014-11-13",
 "United States v. Media General, Inc. and Lin Media LLC; Proposed Final Judgment and Competitive Impact Statement",
 "Federal Register notice (Department of Justice, Antitrust Division)",
 "United States v. Media General, Inc. and Lin Media LLC; Proposed Final Judgment and Competitive Impact Statement\n\n"
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed Final Judgment, Asset Preservation Stipulation, and Competitive Impact Statement have been filed with the United States District Court for the District of Columbia in United States of America v. Media General, Inc. and LIN Media LLC, Civil Action No. CV-14-01823. On October 30, 2014, the United States filed a Complaint alleging that the proposed acquisition by Media General, Inc. of LIN Media LLC would likely substantially lessen competition for broadcast television spot advertising in certain Designated Market Areas (DMAs) in the United States, in violation of Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed on the same day as the Complaint, resolves the case by requiring Media General to divest WVTM-TV(NBC), located in the Birmingham, Alabama DMA; WJCL (ABC) and WTGS (FOX), both located in the Savannah, Georgia DMA; WALA-TV (FOX), located in the Mobile, Alabama/Pensacola, Florida DMA; WJAR (NBC), located in the Providence, Rhode Island/New Bedford, Massachusetts DMA; and WLUK-TV(FOX) and WCWF (CW), both located in the Green Bay/Appleton, Wisconsin DMA. A Competitive Impact Statement filed by the United States describes the Complaint, the proposed Final Judgment, and the industry.",
 "media/broadcasting", "US", "regulatory,deal",
 "The Federal Register's header lines ('[Federal Register Volume 79, Number 219 ...]', '[Notices]', '[Pages ...]', 'From the Federal Register Online ...', '[FR Doc No: ...]', the rule of dashes), the 'DEPARTMENT OF JUSTICE' and 'Antitrust Division' lines and the page marker '[[Page 67449]]' left out; the notice's fixed-width line breaks and indents joined into paragraphs (whitespace only); the heading kept as the first line; the page's 'Lin Media' (heading) beside 'LIN Media' and 'WVTM-TV(NBC)' kept; cut before the cut-off 'Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available ...'. `published` is the notice's day (Thursday, November 13, 2014).",
 origin="U.S. Government Publishing Office, Federal Register (gpo.gov, page store)",
 agency="U.S. Department of Justice, Antitrust Division"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

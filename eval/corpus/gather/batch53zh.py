#!/usr/bin/env python3
"""Batch 53zh (session 54, gatherer 53zh): three US federal texts on bid-rigging and price-fixing cases announced by the
Justice Department's Antitrust Division -- the Department's release of 9 March 2004 on a Milwaukee grand jury indicting
two Wisconsin road construction companies (Streu Construction Company of Two Rivers, Vinton Construction Company of
Manitowoc) and four of their executives, each named with his post; the Division's release of 28 October 2008 on
Humberto "Beto" Lopez, vice president of El Paso Steel Doors and Frames Inc., agreeing to plead guilty to rigging bids
for door and hardware contracts (with Architectural Products Co. Inc. and its president, Lindsay B. Holt, charged
beside him); the Division's release of 15 May 1997 on a Houston grand jury indicting Mark Albert Maloof, a regional
sales manager of Bay Industries Inc. (doing business as Bay Insulation Supply Co.), for fixing metal building
insulation prices (with Hiplax International Corp., doing business as Brite Insulation, and two of its executives
charged earlier) -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ cartel-case lane
after 53w (and 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name,
number and address checked first against the corpus files, GATHERING.md, the gather scripts, the notes of
/work/notes/gather54 and the session-54 pools). Two releases fall in the lane's 2004-2009 span; the metal building
insulation release (1997) is older, as 53w's were -- first-party federal text, as the search tool's page store holds
it:
  - U.S. Department of Justice press release 'TWO WISCONSIN ROAD CONSTRUCTION COMPANIES AND FOUR EXECUTIVES INDICTED ON
    BID-RIGGING CHARGES' (9 March 2004; usdoj.gov opa/pr/2004/March/04_at_150.htm, an Antitrust Division ('AT')
    release, as the UNT Libraries' End of Term 2008 web archive holds it): Streu Construction Company, Vinton
    Construction Company, Ernest J. (E.J.) Streu, John Streu, James J. Maples, Michael J. Maples, R. Hewitt Pate;
  - U.S. Department of Justice, Antitrust Division press release 'EL PASO BUSINESSMAN AGREES TO PLEAD GUILTY TO
    CONSPIRACY TO RIG BIDS AND ALLOCATE CUSTOMERS FOR DOOR AND HARDWARE CONTRACTS' (28 October 2008; usdoj.gov
    atr/public/press_releases/2008/238753.htm in the UNT archive): El Paso Steel Doors and Frames Inc., Humberto "Beto"
    Lopez, Architectural Products Co. Inc., Lindsay B. Holt;
  - U.S. Department of Justice, Antitrust Division press release (headline cut in the store's excerpt; 15 May 1997;
    justice.gov archive/atr/public/press_releases/1997/229110.htm): Bay Industries Inc. (Bay Insulation Supply Co.),
    Mark Albert Maloof, Hiplax International Corp. (Brite Insulation), Jerrold Warren Killingsworth, Yun Lung Yueh.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather54zh/src).
Page chrome (the seal lines, 'This document is available in three formats: ...', 'FOR IMMEDIATE RELEASE', the date
lines (used for `published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007' / '(202) 616-2771', 'TDD (202) 514-1888', the
1997 page's table bars '|' and image mark '![]()') is left out; the headlines of the 2004 and 2008 releases are kept as
`title` (the 2004 headline's line wrap joined by a space); the 1997 excerpt shows only the headline's tail ('ON METAL
BUILDING INSULATION SOLD IN TEXAS', `title` null); no word added or changed; the store's paragraphs joined by a blank
line (the 2004 list's six items kept as six paragraphs, each opening with the store's '- '; the 1997 excerpt is one
run of text in the store and is kept as one paragraph); each text cut at the last full sentence before the store's
excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch53zh.py [POOL_DIR] [--dry]   (default /tmp/gather54zh/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zd when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zh/pool"
R = []

# ---- Streu Construction / Vinton Construction and four executives indicted, DOJ (Antitrust), 9 March 2004 -----------
U1 = "https://webarchive.library.unt.edu/eot2008/20081103232730/http:/www.usdoj.gov/opa/pr/2004/March/04_at_150.htm"
T1 = "TWO WISCONSIN ROAD CONSTRUCTION COMPANIES AND FOUR EXECUTIVES INDICTED ON BID-RIGGING CHARGES"
R.append(federal(
 "us-doj-atr-streu-construction-vinton-construction-four-executives-wisconsin-road-bid-rigging-indictment-2004", U1,
 "2004-03-09", T1,
 "WASHINGTON, D.C. - A federal grand jury in Milwaukee today indicted two Wisconsin road construction companies and "
 "four executives for conspiring to rig bids submitted for highway construction projects let by the state of "
 "Wisconsin and various other bidding authorities within the state, the Department of Justice announced.\n\n"
 "Charged in U.S. District Court in Milwaukee with rigging bids on road construction contracts from approximately "
 "1997 until January 13, 2004 are:\n\n"
 "- Streu Construction Company of Two Rivers;\n\n"
 "- Vinton Construction Company of Manitowoc;\n\n"
 "- Ernest J. (E.J.) Streu of Green Bay, president of Streu Construction;\n\n"
 "- John Streu of Two Rivers, secretary/treasurer of Streu Construction;\n\n"
 "- James J. Maples of Manitowoc, president of Vinton Construction; and\n\n"
 "- Michael J. Maples of Manitowoc, vice president of Vinton Construction.\n\n"
 "On January 13, 2004, Ernest and John Streu as well as James and Michael Maples were arrested on bid-rigging and "
 "wire fraud charges.\n\n"
 "The indictment charges that the conspirators allocated highway construction projects among themselves, then "
 "designated which of them would submit the low bid for a project and which would submit higher, complementary bids "
 "or not bid at all. The projects, which include public road, highway, bridge, street, and airport construction "
 "projects, were worth more than $100 million to the state of Wisconsin.\n\n"
 "\u201cToday\u2019s indictment demonstrates our ongoing commitment to prosecute anticompetitive conduct that harms "
 "American taxpayers,\u201d said R. Hewitt Pate, Assistant Attorney General in charge of the Department\u2019s "
 "Antitrust Division.",
 "construction/road construction", "legal,antitrust",
 "U.S. Department of Justice press release '" + T1 + "' (an Antitrust Division release, 04-AT-150), 2004-03-09, US "
 "federal government work (public domain); text from the search tool's page store at " + U1 + " (the UNT Libraries' "
 "End of Term 2008 web archive copy of www.usdoj.gov)",
 "US Justice Department press release (usdoj.gov, Antitrust Division) via the UNT web archive, from the search tool "
 "page store",
 "The Department's release of an Antitrust Division case (usdoj.gov opa/pr/2004/March/04_at_150.htm, the 'at' of the "
 "file name marking the Division) as the UNT Libraries' End of Term 2008 archive holds it. Left out: 'Department of "
 "Justice Seal Department of Justice', 'FOR IMMEDIATE RELEASE', the date line 'TUESDAY, MARCH 9, 2004' (used for "
 "`published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888'; the headline kept as `title` (its two "
 "lines joined by a space, capitals as written). The dateline 'WASHINGTON, D.C. -' (a plain hyphen) is kept (it opens "
 "the first paragraph). The six-item list is kept as the store gives it, each item its own paragraph opening with "
 "the store's '- '. Cut after '... in charge of the Department\u2019s Antitrust Division.', before 'The ongoing "
 "investigation is being conducted jointly by the Department\u2019s Antitrust Division\u2019s Chicago Field Office, "
 "the U.S. Attorney\u2019s O', where the excerpt breaks off (`truncated`). Kept as written: the curly quotes and "
 "apostrophes, 'Ernest J. (E.J.) Streu', 'secretary/treasurer', the lower-case posts, the single spaces between "
 "sentences. One text per matter (the Wisconsin road-construction bid rigging): the 13 January 2004 arrests release "
 "(an archive.org bulk copy of an inspectors-general file) and the U.S. Attorney's January 2005 sentencing summary of "
 "the Streu defendants (same bulk file) are the same matter and are not taken. Found with 'U.S. Department of "
 "Justice Seal and Letterhead FOR IMMEDIATE RELEASE 2006 executive indicted bid rigging president company' (rank "
 "6). " + CHECK + "'Streu', 'Vinton', 'Maples', 'Two Rivers', '04_at_150': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'Manitowoc' in five train files (The Manitowoc Company and bank-branch "
 "divestitures in Manitowoc: other matters); 'Hewitt Pate' in corpus files as the Division's head in other matters.",
 True))

# ---- Humberto "Beto" Lopez (El Paso Steel Doors and Frames Inc.) plea; Architectural Products / Holt, 28 Oct 2008 ----
U2 = ("https://webarchive.library.unt.edu/eot2008/20081104012455/http:/www.usdoj.gov/atr/public/press_releases/2008/"
      "238753.htm")
T2 = ("EL PASO BUSINESSMAN AGREES TO PLEAD GUILTY TO CONSPIRACY TO RIG BIDS AND ALLOCATE CUSTOMERS FOR DOOR AND "
      "HARDWARE CONTRACTS")
R.append(federal(
 "us-doj-atr-el-paso-steel-doors-vice-president-lopez-architectural-products-holt-door-hardware-bid-rigging-plea-2008",
 U2, "2008-10-28", T2,
 "WASHINGTON \u2014 The vice president of an El Paso, Texas, door and hardware company has agreed to plead guilty to "
 "conspiring to rig bids and allocate customers for contracts to supply and install doors and hardware for "
 "construction projects in the El Paso area, the Department of Justice announced today. Humberto \"Beto\" Lopez had "
 "been indicted previously but today agreed to plead guilty to the charge in the indictment and to cooperate with the "
 "ongoing investigation.\n\n"
 "Lopez, vice president of El Paso Steel Doors and Frames Inc., and his company were indicted in September 2008 for "
 "their role in the bid-rigging and customer allocation conspiracy. Architectural Products Co. Inc. and its "
 "president, Lindsay B. Holt, were also charged at the same time. The indictment, filed in the U.S. District Court in "
 "El Paso, alleges that Lopez, Holt and others engaged in the conspiracy beginning in the early 1990's and continuing "
 "until at least May 2006. Holt also is charged with obstruction of justice. Lopez's sentence will be determined by "
 "the court, and his plea is subject to court approval. A trial date has not yet been set for Holt or the two "
 "companies that were indicted.",
 "construction/doors and hardware", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2008-10-28, US federal government work "
 "(public domain); text from the search tool's page store at " + U2 + " (the UNT Libraries' End of Term 2008 web "
 "archive copy of www.usdoj.gov)",
 "US Justice Department press release (usdoj.gov, Antitrust Division) via the UNT web archive, from the search tool "
 "page store",
 "The Antitrust Division's release (usdoj.gov atr/public/press_releases/2008/238753.htm) as the UNT Libraries' End of "
 "Term 2008 archive holds it. Left out: 'This document is available in three formats: ... please contact the "
 "Antitrust Documents Group.', 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date "
 "line 'TUESDAY, OCTOBER 28, 2008' (used for `published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) "
 "514-1888'; the headline kept as `title` (capitals as written). The dateline 'WASHINGTON \u2014' is kept (it opens "
 "the first paragraph). Cut after '... or the two companies that were indicted.', before '\"The Antitrust Division "
 "will vigorously prosecute individuals and companies that engage in bid-rigging ... best price for the goo', where "
 "the excerpt breaks off (`truncated`). Kept as written: the straight quotes around 'Beto', \"Lopez's\", \"the early "
 "1990's\", the lower-case posts, the single spaces between sentences. One text per matter (the El Paso door and "
 "hardware bid rigging): the Department's indictment release of 10 September 2008 (usdoj.gov "
 "opa/pr/2008/September/08-at-804.html; its excerpt drops the dateline's dash) is the same matter and is not taken; "
 "kvia.com's report of the not-guilty pleas (news) left out. Found with 'El Paso federal grand jury indictment "
 "Architectural Products Co. Lindsay B. Holt El Paso Steel Doors and Frames Humberto Lopez rig bids doors hardware' "
 "(rank 2; the indictment release came back at rank 5 for 'webarchive.library.unt.edu usdoj.gov atr press_releases "
 "2005 former owner and president of company pleads guilty bid rigging conspiracy R. Hewitt Pate'). " + CHECK +
 "'Architectural Products', 'El Paso Steel', 'Lindsay B. Holt', 'Humberto Lopez', 'Beto', '238753', '08-at-804': 0 "
 "in the corpus files, GATHERING.md, the scripts, the notes and the pools.",
 True))

# ---- Mark Albert Maloof (Bay Industries Inc.) indicted, metal building insulation, Antitrust Division, 15 May 1997 ----
U3 = "https://www.justice.gov/archive/atr/public/press_releases/1997/229110.htm"
R.append(federal(
 "us-doj-atr-bay-industries-regional-sales-manager-maloof-metal-building-insulation-price-fixing-indictment-1997", U3,
 "1997-05-15", None,
 "WASHINGTON, D.C. \u2014 The executive of a Green Bay, Wisconsin insulation supply company was indicted today by a "
 "Houston federal grand jury for price fixing and conspiring to commit wire fraud involving the sale of metal building "
 "insulation sold in Texas and surrounding states, said the Department of Justice. This is the fifth case brought as "
 "a result of the Department's ongoing nationwide antitrust investigation into suspected price fixing in the metal "
 "building insulation industry. Today's indictment was filed in U.S. District Court in Houston against Mark Albert "
 "Maloof of Birmingham, Alabama. Maloof is a regional sales manager of Bay Industries Inc., which does business as Bay "
 "Insulation Supply Co. in Green Bay, Wisconsin. Maloof is charged with conspiring with others, between January 1994 "
 "and June 1995, to raise, fix, and maintain prices for the sale of metal building insulation he and co-conspirators "
 "sold from their facilities in Texas, in violation of the Sherman Act. The indictment also charged Maloof with "
 "conspiring to commit wire fraud. Court papers charged that while Maloof was in Birmingham, Alabama, he had "
 "telephone conversations with co- conspirators in Atlanta; Stone Mountain, Georgia; Kansas City, Missouri; and "
 "Houston for the purpose of carrying out the price fixing conspiracy. Maloof, while in Birmingham and Atlanta, is "
 "also charged with carrying out the price fixing conspiracy by using a fax machine to communicate with "
 "co-conspirators in Dallas and Atlanta. In September 1996, a Houston-based insulation company, Hiplax International "
 "Corp., which does business as Brite Insulation, and two of its executives--Jerrold Warren Killingsworth and Yun Lung "
 "Yueh, also known as Peter Yueh--were charged with price fixing in the sale of metal building insulation.",
 "construction materials/metal building insulation", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (headline cut in the excerpt), 1997-05-15, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 "US Justice Department press release (justice.gov archive, Antitrust Division) from the search tool page store",
 "The Antitrust Division's release on justice.gov's archive (archive/atr/public/press_releases/1997/229110.htm). Left "
 "out: the page's table bars '|' and image mark '![]()', 'FOR IMMEDIATE RELEASE', the date line 'THURSDAY, MAY 15, "
 "1997' (used for `published`), 'AT (202) 616-2771 TDD (202) 514-1888', and the headline's tail 'ON METAL BUILDING "
 "INSULATION SOLD IN TEXAS' (the store's excerpt lost the headline's first words, so `title` is null; the tail runs "
 "into the dateline on one line and is dropped). The dateline 'WASHINGTON, D.C. \u2014' is kept (it opens the text). "
 "The store gives the release as one run of text with no paragraph breaks; it is kept as one paragraph (no break "
 "added). Cut after '... were charged with price fixing in the sale of metal building insulation.', before 'In June "
 "1996, the Department also charged Huber Wally Rhodes Jr., ', where the excerpt breaks off (`truncated`). Kept as "
 "written: 'co- conspirators' (the store's join of a line-end hyphen, not mended), 'executives--Jerrold' and 'Peter "
 "Yueh--were' (double hyphens without spaces), the em dash of the dateline, 'Green Bay, Wisconsin insulation' (no "
 "comma after the state), the straight apostrophes, the single spaces between sentences. Older than the lane's "
 "2004-2009 span (as 53w's texts). One text per matter (the metal building insulation investigation): the "
 "Department's 30 September 1996 release on Hiplax and Killingsworth (justice.gov archive/opa/pr/1996/Sept96/"
 "481at.htm: hard line wraps with split hyphenations) and the 1998 release on Danny Two-Sheng Fong, Hiplax's president "
 "(justice.gov archive/atr/public/press_releases/1998/2019.htm: no date line in the excerpt) are the same matter and "
 "are not taken. Found with 'U.S. Department of Justice Seal and Letterhead FOR IMMEDIATE RELEASE THURSDAY 2005 "
 "company and its president charged conspiracy fix prices, a subsidiary of' (rank 5). " + CHECK + "'Bay Industries', "
 "'Bay Insulation', 'Maloof', 'Hiplax', 'Brite Insulation', 'Killingsworth', 'Yueh', 'metal building insulation', "
 "'229110': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

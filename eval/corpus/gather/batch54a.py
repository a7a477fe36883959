#!/usr/bin/env python3
"""Batch 54a (session 55, gatherer 54a): three US federal texts on bid-rigging cases announced by the Justice
Department's Antitrust Division in 1994, 2002 and 2004 -- the Division's release of 13 July 1994 on A. Shapiro & Sons
Inc. of North Adams, Massachusetts, and 'its president, Burton D. Shapiro', pleading guilty in Springfield to rigging
bids on scrap metal from industrial plants in Massachusetts and Vermont; the Division's release of 12 February 2002 on
a Birmingham, Alabama jury finding Elmore Roy Anderson, 'former president of Bilhar International Establishment',
guilty of rigging bids on US-funded (USAID) construction projects in Egypt, with Bilhar's plea and the 2001 indictment
of Bill Harbert International Construction Inc. (BHIC) and 'its foreign affiliate'; the Division's release of 11 August
2004 on a Kansas City grand jury indicting APAC-Missouri Inc., 'a wholly owned subsidiary of Ashland Inc.', and 'its
vice president, Donald G. "Donnie" Mantle' for rigging a bid on a Missouri highway project -- (US federal government
works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 53zq (and 53zo, 53zm, 53zh, 53w, 53u,
53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name, number and address
checked first against the corpus files, GATHERING.md, the gather scripts, the notes of /work/notes/gather54 and
/work/notes/gather55 and the session-54 and session-55 pools). First-party federal text, as the search tool's page
store holds it:
  - U.S. Department of Justice, Antitrust Division press release (13 July 1994; justice.gov archive/atr/public/
    press_releases/1994/211890.htm; the store's excerpt keeps only the headline's first words, so `title` is null):
    A. Shapiro & Sons Inc., Burton D. Shapiro, Anne K. Bingaman, the Antitrust Division, the FBI;
  - U.S. Department of Justice, Antitrust Division press release 'FORMER PRESIDENT OF LIECHTENSTEIN CO. FOUND GUILTY
    OF RIGGING BIDS ON U.S.-FUNDED CONSTRUCTION CONTRACTS IN EGYPT' (12 February 2002; the UNT web archive's copy
    (eot2008) of usdoj.gov atr/public/press_releases/2002/10049.htm): Bilhar International Establishment, Elmore Roy
    Anderson, Bill Harbert International Construction Inc. (BHIC), USAID, the U.S. Army Corps of Engineers;
  - U.S. Department of Justice, Antitrust Division press release 'MISSOURI ROAD CONSTRUCTION COMPANY AND EXECUTIVE
    INDICTED ON BID-RIGGING CHARGE' (11 August 2004; the UNT web archive's copy (eot2008) of usdoj.gov
    atr/public/press_releases/2004/204987.htm): APAC-Missouri Inc., Donald G. "Donnie" Mantle, Ashland Inc.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55a/src,
by /tmp/gather55a/save_src.py, and checked paragraph for paragraph by /tmp/gather55a/verify.py). Page chrome (the 'two
formats' / 'three formats' paragraph, the seal line, 'FOR IMMEDIATE RELEASE', the date lines (used for `published`),
'WWW.USDOJ.GOV' lines, 'AT', the phone and TDD lines; on the 1994 archive page its table bars '|', the image mark
'![]()' and the release number '### 94-381') is left out; the 2002 and 2004 headlines are kept as `title` (the 2002
subheading 'Company Pleads Guilty and Agrees to Pay $54 Million Fine' left out, as 53u); the 1994 page's headline
fragment 'MASSACHUSETTS SCRAP METAL COMPANY AND' (its rest lost in the store) is dropped and `title` null (53zh's
Maloof way). The 2002 and 2004 paragraphs are the store's blank-line blocks, each one row; the 1994 page is one run of
text with no breaks and is kept as one paragraph (no break added, 53zh). The 2002 and 2004 texts are cut at the last
full paragraph before the store's excerpt breaks off; the 1994 text is the whole release (the excerpt ends with its
'###' and number). No word added or changed. Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch54a.py [POOL_DIR] [--dry]   (default /tmp/gather55a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool "
         "(55b, 55c, 55f empty when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55a/pool"
R = []

# ---- A. Shapiro & Sons Inc. / president Burton D. Shapiro plead guilty, scrap metal bid rigging, 13 July 1994 --------
U1 = "https://www.justice.gov/archive/atr/public/press_releases/1994/211890.htm"
R.append(federal(
 "us-doj-atr-a-shapiro-sons-president-burton-shapiro-scrap-metal-bid-rigging-guilty-plea-1994", U1, "1994-07-13", None,
 "WASHINGTON, D. C. -- A Massachusetts scrap metal company and its president pleaded guilty today to conspiring to rig "
 "bids on scrap metal from industrial plants in Massachusetts and Vermont, according to the Antitrust Division of the "
 "Department of Justice. The charge resulted from a Massachusetts grand jury investigation of bid rigging in the scrap "
 "metal industry. The Department said a one-count felony charge was filed in U.S. District Court in Springfield, "
 "Massachusetts, against A. Shapiro & Sons Inc. of North Adams, Massachusetts, and its president, Burton D. Shapiro. "
 "According to the charges, the defendants and co-conspirators discussed prospective bids for scrap metal contracts, "
 "then designated which company would win each contract. To carry out the conspiracy, Burton Shapiro and the "
 "co-conspirators intentionally submitted low bids to assist each other in obtaining scrap metal contracts. The "
 "practice occurred from 1986 through 1991. Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust "
 "Division, said the investigation was conducted by the Division's New York Field Office with the assistance of the "
 "Federal Bureau of Investigation. The maximum penalty for a corporation convicted under the Sherman Act for a "
 "violation occurring after November 16, 1990, is a fine the greatest of $10 million, twice the pecuniary gain the "
 "corporation derived from the crime, or twice the pecuniary loss caused to the victims of the crime. The maximum "
 "penalty for an individual convicted under the Sherman Act for a violation occurring after November 16, 1990, is "
 "three years imprisonment and a fine the greatest of $350,000, twice the pecuniary gain the individual derived from "
 "the crime, or twice the pecuniary loss caused to the victims of the crime.",
 "metals/scrap metal", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (headline cut in the excerpt; release 94-381), "
 "1994-07-13, US federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov archive, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov's archive (archive/atr/public/press_releases/1994/211890.htm). Left "
 "out: the page's table bars '|' and image mark '![]()', 'FOR IMMEDIATE RELEASE', the date line 'WEDNESDAY, 13 JULY, "
 "1994' (used for `published`; 13 July 1994 was a Wednesday), 'AT (202) 514-2007 TDD (202) 514-1888', the headline "
 "fragment 'MASSACHUSETTS SCRAP METAL COMPANY AND' (the store's excerpt lost the rest of the headline, which runs into "
 "the dateline on one line; dropped, `title` null, as 53zh's Maloof record), and the closing '### 94-381' (the "
 "release number, in the attribution). The store gives the release as one run of text with no paragraph breaks; it "
 "is kept as one paragraph (no break added). The excerpt (1,920 characters) ends with the release's '###' and "
 "number, so the text is the whole release, the two Sherman Act penalty sentences included (`truncated` false). Kept "
 "as written: the dateline 'WASHINGTON, D. C. --' (a space inside 'D. C.'), 'a fine the greatest of' (no 'of' after "
 "'fine'), 'three years imprisonment' (no apostrophe), the straight apostrophe of \"Division's\". Older than the "
 "lane's 2004-2009 span (as 53w's, 53zm's, 53zo's and 53zq's texts). One text per matter (scrap metal bid rigging at "
 "industrial plants in Massachusetts and Vermont, 1986-1991, Springfield court): no other release of it was seen; the "
 "Cleveland scrap cases (M. Weingold / Harry Rock, 2004; DeMilta Iron, 2008; Bluestar Metal Recycling, 2003) and "
 "the Miami Atlas Iron Processors case are other matters and were not taken. Found with 'Two Miami Area Scrap Metal "
 "Companies, Four Executives Indicted in Price Fixing Conspiracy 1997' (rank 1; again at rank 1 under 'USDOJ "
 "Antitrust Division 1994 Press Releases Massachusetts scrap metal company and president plead guilty'). " + CHECK +
 "'A. Shapiro', 'Shapiro & Sons', 'Burton D. Shapiro', 'North Adams', '211890', '94-381': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'scrap metal' in one train file (a Congo plane-crash story: "
 "another matter) and one script; 'Bingaman' in many DOJ records (the same official, other matters).",
 False))

# ---- Bilhar International Establishment / former president Elmore Roy Anderson found guilty; BHIC, 12 February 2002 --
U2 = "https://webarchive.library.unt.edu/eot2008/20081105075509/http:/www.usdoj.gov/atr/public/press_releases/2002/10049.htm"
T2 = "FORMER PRESIDENT OF LIECHTENSTEIN CO. FOUND GUILTY OF RIGGING BIDS ON U.S.-FUNDED CONSTRUCTION CONTRACTS IN EGYPT"
R.append(federal(
 "us-doj-atr-bilhar-international-former-president-anderson-usaid-egypt-construction-bid-rigging-verdict-2002", U2,
 "2002-02-12", T2,
 "WASHINGTON, D.C. -- A federal jury in Birmingham, Alabama today found Elmore Roy Anderson, former president of "
 "Bilhar International Establishment, guilty of one count of rigging bids on U.S.-funded construction projects in the "
 "Arab Republic of Egypt and one count of conspiring to defraud the United States Agency for International "
 "Development (USAID), the Department of Justice announced. The company, Bilhar International Establishment of "
 "Liechtenstein, pleaded guilty and agreed to pay $54 million for its role in the bid-rigging conspiracy on February "
 "4, 2002, the first day of trial.\n\n"
 "On July 25, 2001, a federal grand jury indicted Bill Harbert International Construction Inc. (BHIC), of Birmingham, "
 "Alabama; its foreign affiliate, Bilhar International Establishment; and Bilhar's former president, Elmore Roy "
 "Anderson, for conspiring to rig bids and to defraud the USAID on more than $250 million of construction work on "
 "U.S.-funded projects in Egypt from May 1988 until September 1996.\n\n"
 "As part of its commitments under the Camp David Peace Accords, the United States has funded, through the USAID, "
 "numerous construction contracts intended to foster stability and promote public health in the Middle East. In "
 "addition, the U.S. Army Corps of Engineers has funded substantial construction work in Egypt.",
 "construction/international construction contracts", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2002-02-12, US federal government work "
 "(public domain); text from the search tool's page store at " + U2 + " (the University of North Texas web archive's "
 "2008 copy of the Antitrust Division's releases on usdoj.gov)",
 "US Justice Department press release (usdoj.gov via the UNT web archive, Antitrust Division), from the search tool "
 "page store",
 "The Antitrust Division's release (usdoj.gov atr/public/press_releases/2002/10049.htm, as the UNT End of Term 2008 "
 "web archive keeps it). Left out: 'This document is available in two formats: ... please contact the Antitrust "
 "Documents Group.', 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line "
 "'TUESDAY, FEBRUARY 12, 2002' (used for `published`; its trailing blanks dropped with it), 'WWW.USDOJ.GOV/ATR', "
 "'AT', '(202) 514-2007', 'TDD: (202) 514-1888', the subheading 'Company Pleads Guilty and Agrees to Pay $54 Million "
 "Fine' (a summary line; its facts told again in the first paragraph); the headline kept as `title` (one row, "
 "capitals as written). The paragraphs are the store's blank-line blocks, each one row. Cut after '... substantial "
 "construction work in Egypt.', before 'According to the terms of the plea agreement with Bilhar,', where the "
 "excerpt breaks off (`truncated`). Kept as written: 'WASHINGTON, D.C. --', 'in Birmingham, Alabama today' (no comma "
 "after the state), 'February 4, 2002, the first day of trial', 'Bill Harbert International Construction Inc. "
 "(BHIC), of Birmingham, Alabama;' (the semicolon list), 'the USAID' (with 'the'), 'Camp David Peace Accords'. Older "
 "than the lane's 2004-2009 span. One text per matter (bid rigging on USAID-funded construction in Egypt, May 1988 - "
 "September 1996, Birmingham court): no other release of it was seen (the 2001 indictment release, named in the text, "
 "was not looked for and is not to be taken). Found with 'FOR IMMEDIATE RELEASE 1998 AT (202) 616-2771 president "
 "pleaded guilty bid rigging' (rank 2; again at rank 3 under 'FOR IMMEDIATE RELEASE 2000 AT (202) 514-2007 president "
 "indicted bid rigging'). " + CHECK + "'Bilhar', 'Harbert', 'BHIC', 'Elmore Roy Anderson', 'Liechtenstein', 'Camp "
 "David', '10049': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools.",
 True, region="US"))

# ---- APAC-Missouri Inc. (Ashland Inc. subsidiary) / vice president Mantle indicted, highway bid, 11 August 2004 ------
U3 = "https://webarchive.library.unt.edu/eot2008/20090509144202/http:/www.usdoj.gov/atr/public/press_releases/2004/204987.htm"
T3 = "MISSOURI ROAD CONSTRUCTION COMPANY AND EXECUTIVE INDICTED ON BID-RIGGING CHARGE"
R.append(federal(
 "us-doj-atr-apac-missouri-ashland-subsidiary-vice-president-mantle-highway-bid-rigging-indictment-2004", U3,
 "2004-08-11", T3,
 "WASHINGTON, D.C. -- A federal grand jury in Kansas City, Missouri, today indicted a Missouri road construction "
 "company and its vice president for conspiring to rig a bid submitted for a $7.1 million highway construction "
 "project let by the State of Missouri, the Department of Justice announced.\n\n"
 "APAC-Missouri Inc. and its vice president, Donald G. \"Donnie\" Mantle, were charged today in the U.S. District "
 "Court in Kansas City, Missouri, with participating in a conspiracy to suppress and eliminate competition from "
 "approximately July 20, 2000 until April 16, 2002 by rigging a bid on a road construction contract.\n\n"
 "APAC-Missouri Inc. is a wholly owned subsidiary of Ashland Inc., a transportation construction, chemical, and "
 "petroleum company headquartered in Kentucky.\n\n"
 "The indictment charges that the conspirators agreed not to compete on a highway construction project let in July "
 "2000, by designating that APAC-Missouri would submit the low bid and its co-conspirator would submit a higher, "
 "complementary bid, with APAC-Missouri subcontracting a portion of the project to its co-conspirator, after "
 "APAC-Missouri was awarded the project by the State of Missouri. The highway construction project was located in "
 "Ste. Genevieve County, Missouri, and was worth more than $7.1 million to the State of Missouri.",
 "construction/highway construction", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 2004-08-11, US federal government work "
 "(public domain); text from the search tool's page store at " + U3 + " (the University of North Texas web archive's "
 "copy of the Antitrust Division's releases on usdoj.gov)",
 "US Justice Department press release (usdoj.gov via the UNT web archive, Antitrust Division), from the search tool "
 "page store",
 "The Antitrust Division's release (usdoj.gov atr/public/press_releases/2004/204987.htm, as the UNT End of Term 2008 "
 "web archive keeps it). Left out: 'This document is available in three formats: ... please contact the Antitrust "
 "Documents Group.', 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line "
 "'WEDNESDAY, AUGUST 11, 2004' (used for `published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) "
 "514-1888'; the headline kept as `title` (one row, capitals as written). The paragraphs are the store's blank-line "
 "blocks, each one row. Cut after '... worth more than $7.1 million to the State of Missouri.', before the quotation "
 "paragraph '\"America's roads and bridges are built and maintained using federal, state, and local taxes. Today's "
 "indictment demonstrates our ongoing com', where the excerpt breaks off inside its second sentence and before the "
 "speaker is named (the whole paragraph cut, as its closing quotation mark and speaker are lost; `truncated`). Kept "
 "as written: 'WASHINGTON, D.C. --', 'Donald G. \"Donnie\" Mantle' (straight quotation marks), 'from approximately July "
 "20, 2000 until April 16, 2002' (no comma after the year), 'Ste. Genevieve County', 'a transportation construction, "
 "chemical, and petroleum company'. One text per matter (the bid on one $7.1 million Missouri highway project, July "
 "2000, Kansas City grand jury): no other release of it was seen; batch 53zh's Wisconsin road-construction text "
 "(Streu / Vinton, 2004) is another matter (another state, court and defendants). Found with 'FOR IMMEDIATE RELEASE "
 "1998 AT (202) 616-2771 president pleaded guilty bid rigging' (rank 7). " + CHECK + "'APAC-Missouri', 'Mantle' "
 "(as this man's name), 'Donnie', 'Ste. Genevieve', '204987': 0 in the corpus files, GATHERING.md, the scripts, the "
 "notes and the pools ('Mantle' only inside other words and names: 'Fremantle', 'dismantle'); 'APAC' (a case-blind "
 "grep) in many files only inside words such as 'capacity' and once as an Asia-Pacific tag, never this company; 'Ashland' in two corpus files (a Wikipedia biography and a 2019 "
 "Amcor/Bemis Federal Register notice: other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 53zq (session 54, gatherer 53zq): three US federal texts on bid-rigging and price-fixing cases announced by the
Justice Department's Antitrust Division in 1995 -- the Department's release of 4 May 1995 on a Springfield, Illinois
grand jury indicting Prairie Farms Dairy Inc. of Carlinville, two of its Peoria managers (Lyndell Oller; James Rogers,
'formerly a manager for Meadow Gold Dairies') and 'Leonard Southwell, general manager and chief executive officer of
Prairie Farms' for rigging bids on dairy products for schools in central Illinois and eastern Missouri; the Division's
release of 29 September 1995 on Alliance Metals Inc. of West Chester, Pennsylvania, and 'its owner and president,
Bradley B. Evans', charged in Atlanta with fixing painted aluminum prices; the Division's release of 28 September 1995
on a Dallas grand jury indicting Oberkampf Supply Company of Lubbock Inc., 'its president, Cyril Reasoner', and Clowe &
Cowan Inc. of Amarillo for fixing wholesale plumbing supply prices in Lubbock -- (US federal government works, 17 U.S.C.
105), a round of session 54 in the DOJ cartel-case lane after 53zo (and 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q,
52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name, number and address checked first against the
corpus files, GATHERING.md, the gather scripts, the notes of /work/notes/gather54 and the session-54 pools). All three
are of 1995, older than the lane's 2004-2009 span, as 53zo's and 53zm's were -- first-party federal text, as the search
tool's page store holds it:
  - U.S. Department of Justice press release 'ILLINOIS DAIRY AND THREE INDIVIDUALS CHARGED IN DAIRY PRODUCTS BID RIGGING
    CONSPIRACY' (4 May 1995; the UNT web archive's copy (eot2008) of usdoj.gov opa/pr/Pre_96/May95/252.txt.html, an
    Antitrust Division ('AT') release): Prairie Farms Dairy Inc., Lyndell Oller, James Rogers, Leonard Southwell,
    Meadow Gold Dairies, the Antitrust Division;
  - U.S. Department of Justice, Antitrust Division press release 'JUSTICE DEPARTMENT CHARGES PENNSYLVANIA ALUMINUM
    COMPANY WITH PRICE FIXING' (29 September 1995; the UNT web archive's copy (eot2008) of usdoj.gov
    atr/public/press_releases/1995/215721.htm): Alliance Metals Inc., Bradley B. Evans, Anne K. Bingaman, the FBI;
  - U.S. Department of Justice, Antitrust Division press release 'JUSTICE DEPARTMENT CHARGES TWO TEXAS WHOLESALE PLUMBING
    COMPANIES AND EXECUTIVE WITH PRICE FIXING' (28 September 1995; justice.gov atr/public/press_releases/1995/
    212030.htm): Oberkampf Supply Company of Lubbock Inc., Cyril Reasoner, Clowe & Cowan Inc., Anne K. Bingaman.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 2,000 characters each, in
/tmp/gather54zq/src). Page chrome (the 'two formats' paragraph, the seal line, 'FOR IMMEDIATE RELEASE', the date lines
(used for `published`), 'AT', the phone and TDD lines) is left out; the headlines are kept as `title` (their rows
joined by a space); the opa page's hard line wraps are joined by a space (each row stripped of its indentation and
trailing blanks; the page's own double space inside a row kept), its paragraphs (and the four '--' defendant lines) are
its indented rows (it has no blank lines between paragraphs); the two atr pages' paragraphs are the store's blank-line
blocks, each one row; each text cut at the last full sentence before the store's excerpt breaks off (or, for the
plumbing release, at the excerpt's end, which falls at a paragraph's end); no word added or changed. Written before
any extractor ran on the texts (newskg was not run on them).
usage: batch53zq.py [POOL_DIR] [--dry]   (default /tmp/gather54zq/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zp when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zq/pool"
R = []

# ---- Prairie Farms Dairy Inc. / Oller, Rogers, Southwell indicted, school dairy products, 4 May 1995 ------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20081204200337/http:/www.usdoj.gov/opa/pr/Pre_96/May95/252.txt.html"
T1 = "ILLINOIS DAIRY AND THREE INDIVIDUALS CHARGED IN DAIRY PRODUCTS BID RIGGING CONSPIRACY"
R.append(federal(
 "us-doj-atr-prairie-farms-dairy-general-manager-ceo-southwell-two-managers-school-dairy-bid-rigging-indictment-1995",
 U1, "1995-05-04", T1,
 "WASHINGTON, D.C. -- A federal grand jury in Springfield, Illinois, today indicted an Illinois dairy company and three "
 "individuals for conspiring to suppress competition and rig bids for contracts to supply dairy products to public "
 "schools and other customers in central Illinois and eastern Missouri, according to the Department of Justice.  "
 "This is the 127th case brought by the Department's Antitrust Division involving bid rigging in the supply of dairy "
 "products.\n\n"
 "The indictment charges that the conspiracy began in the late 1960's and continued through the end of the 1989-1990 "
 "school year.\n\n"
 "The one-count indictment was filed in U.S. District Court in Springfield, Illinois, against the following "
 "defendants:\n\n"
 "-- Prairie Farms Dairy Inc. of Carlinville, Illinois;\n\n"
 "-- Lyndell Oller, manager for Prairie Farms Dairy Inc. in Peoria, Illinois;\n\n"
 "-- James Rogers, formerly a manager for Meadow Gold Dairies in Champaign, Illinois, and currently a manager for "
 "Prairie Farms Dairy Inc. in Peoria, Illinois; and\n\n"
 "-- Leonard Southwell, general manager and chief executive officer of Prairie Farms.\n\n"
 "The indictment charges that in order to carry out the conspiracy, the defendants and their co-conspirators "
 "discussed among themselves the submission of prospective bids, designated which dairy would be the low bidder, "
 "refrained from bidding against each other or submitted intentionally high bids, and concealed the conspiracy.",
 "food/dairy", "legal,antitrust",
 "U.S. Department of Justice press release '" + T1 + "' (an Antitrust Division release, 'AT'), 1995-05-04, US federal "
 "government work (public domain); text from the search tool's page store at " + U1 + " (the University of North "
 "Texas web archive's 2008 copy of the Office of Public Affairs' pre-1996 text releases on usdoj.gov)",
 "US Justice Department press release (usdoj.gov via the UNT web archive, Antitrust Division), from the search tool "
 "page store",
 "The Department's release of an Antitrust Division case (usdoj.gov opa/pr/Pre_96/May95/252.txt, the plain-text "
 "release set in an html page, as the UNT End of Term 2008 web archive keeps it). Left out: 'FOR IMMEDIATE RELEASE', "
 "'AT', the date line 'THURSDAY, MAY 4, 1995' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; the "
 "headline kept as `title` (its two centred rows joined by a space, capitals as written). The page keeps the "
 "release's hard line wraps and has no blank lines: each paragraph opens with an indented row (five spaces), so the "
 "paragraphs are cut there -- the four defendant lines, each opening with an indented '--', are four paragraphs, the "
 "dashes kept (**doubtful**: a list set as paragraphs; no word changed); rows joined by a space, indents and the "
 "trailing blanks of one row ('Peoria, Illinois;        ') dropped; the page's double space after 'Department of "
 "Justice.' kept. Cut after '... and concealed the conspiracy.', before 'Anne K. Bingaman, Assistant Attorney General "
 "in charge of the Antitrust Division, noted that to date 73 corporations and 80 individuals have been convicted ... "
 "in cases involvin', where the excerpt breaks off inside its only sentence (`truncated`; Bingaman and her post are "
 "cut with it). Kept as written: 'WASHINGTON, D.C. --', 'the late 1960's' (the apostrophe), 'the 1989-1990 school "
 "year', 'Meadow Gold Dairies' (no 'Inc.'), 'Prairie Farms' (the short form in the last defendant line). One text per "
 "matter (the school and public customer dairy bid rigging in central Illinois and eastern Missouri, Springfield "
 "grand jury): no other release of it was taken; the Department's 30 November 1994 release on W. Francis Cummins "
 "(Meadow Gold, western Illinois and eastern Iowa, Peoria; batch 53zo, now train) is another case of the nationwide "
 "dairy investigation, and 53zo's notes left this release for a later round (**doubtful** only in that an Iowa "
 "Attorney General page of 1998 speaks of one federal case against several dairies 'including Meadow Gold ... and "
 "Prairie Farms'; the two Department releases name different courts, regions and defendants). Found with 'Prairie "
 "Farms Dairy Inc. pleads guilty bid rigging school milk central Illinois eastern Missouri Southwell general manager' "
 "(rank 1). " + CHECK + "'Prairie Farms' and '252.txt' only in batch 53zo's script, notes, pool record and train file "
 "(the Cummins record's notes, naming this release as not taken) and in GATHERING.md's 53zo not-used list; "
 "'Southwell' and 'James Rogers' only in the 53zo notes and GATHERING.md (the same list); 'Lyndell Oller', "
 "'Carlinville', 'dairy products bid', '127th': 0 ('Oller' alone only inside 'controller').",
 True))

# ---- Alliance Metals Inc. / owner and president Bradley B. Evans charged, painted aluminum, 29 September 1995 ---------
U2 = "https://webarchive.library.unt.edu/eot2008/20081105075617/http:/www.usdoj.gov/atr/public/press_releases/1995/215721.htm"
T2 = "JUSTICE DEPARTMENT CHARGES PENNSYLVANIA ALUMINUM COMPANY WITH PRICE FIXING"
R.append(federal(
 "us-doj-atr-alliance-metals-owner-president-evans-painted-aluminum-price-fixing-charge-1995", U2, "1995-09-29", T2,
 "WASHINGTON, D.C. -- A nationwide investigation into price fixing in the painted aluminum industry has led to the "
 "filing of criminal charges today against a Pennsylvania aluminum company and its chief executive, said the "
 "Department of Justice. These are the first charges to come out of an ongoing investigation of the industry "
 "conducted by the Department's Antitrust Division and the Federal Bureau of Investigation.\n\n"
 "Alliance Metals Inc. of West Chester, Pennsylvania, and its owner and president, Bradley B. Evans, were charged in "
 "U.S. District Court in Atlanta, with conspiring with other sellers and distributors of painted aluminum products to "
 "fix, raise and maintain prices of painted aluminum products they sold throughout the United States.\n\n"
 "These painted aluminum products include the canopies and signs that are painted brand-related colors and installed "
 "at gasoline stations and convenience stores that have gasoline pumps.\n\n"
 "Anne K. Bingaman, Assistant Attorney General for the Antitrust Division, said the conspiracy was formed in January "
 "of this year and ended in mid-July, a few weeks after FBI agents searched several suspects' offices in Pennsylvania "
 "and Florida.\n\n"
 "\"Those who conspire to drive up the price of products should expect to face criminal charges,\" Bingaman said.\n\n"
 "The investigation is being conducted by the Division's Atlanta Field Office, with the assistance of the FBI in "
 "Atlanta, Philadelphia and West Palm Beach, Florida.",
 "manufacturing/aluminium products", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 1995-09-29, US federal government work "
 "(public domain); text from the search tool's page store at " + U2 + " (the University of North Texas web archive's "
 "2008 copy of the Antitrust Division's releases on usdoj.gov)",
 "US Justice Department press release (usdoj.gov via the UNT web archive, Antitrust Division), from the search tool "
 "page store",
 "The Antitrust Division's release (usdoj.gov atr/public/press_releases/1995/215721.htm, as the UNT End of Term 2008 "
 "web archive keeps it). Left out: 'This document is available in two formats: ... please contact the Antitrust "
 "Documents Group.', 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line "
 "'FRIDAY, SEPTEMBER 29, 1995' (used for `published`), 'AT', '(202) 616-2771', 'TDD (202) 514-1888'; the headline "
 "kept as `title` (its two rows joined by a space, capitals as written). The paragraphs are the store's blank-line "
 "blocks, each one row. Cut after '... West Palm Beach, Florida.', before 'Bingaman said the charges arose ', where "
 "the excerpt breaks off (`truncated`). Kept as written: 'WASHINGTON, D.C. --', 'were charged in U.S. District Court "
 "in Atlanta, with' (the comma), 'brand-related colors', 'mid-July', the straight quotation marks. One text per "
 "matter (painted aluminum price fixing, January - mid-July 1995; 'the first charges' of the investigation): no other "
 "release of it was seen. Found with 'FOR IMMEDIATE RELEASE 1995 AT (202) 616-2771 president vice president company "
 "pleaded guilty price fixing subsidiary' (rank 4). " + CHECK + "'Alliance Metals', 'Bradley B. Evans', 'painted "
 "aluminum', 'West Chester', '215721': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; "
 "'canopies' in one train file and batch 45i (a Pepco storm-outage letter: another matter); 'Bingaman' in many DOJ "
 "merger records (the same official, other matters).",
 True))

# ---- Oberkampf Supply Company of Lubbock Inc. / president Cyril Reasoner; Clowe & Cowan Inc., 28 September 1995 -------
U3 = "http://www.justice.gov/atr/public/press_releases/1995/212030.htm"
T3 = "JUSTICE DEPARTMENT CHARGES TWO TEXAS WHOLESALE PLUMBING COMPANIES AND EXECUTIVE WITH PRICE FIXING"
R.append(federal(
 "us-doj-atr-oberkampf-supply-president-reasoner-clowe-cowan-wholesale-plumbing-price-fixing-indictment-1995", U3,
 "1995-09-28", T3,
 "WASHINGTON, D.C. -- A federal grand jury in Dallas today indicted two Texas wholesale plumbing companies, one in "
 "Lubbock and the other in Amarillo, and the president of the Lubbock company for conspiring to fix prices for the "
 "sale of wholesale plumbing supplies in Lubbock, said the Department of Justice.\n\n"
 "This is the eighth case filed as a result of the Department's antitrust investigation involving wholesale plumbing "
 "supplies sold in west and northwest Texas.\n\n"
 "The Department's Antitrust Division charged that Oberkampf Supply Company of Lubbock Inc., its president, Cyril "
 "Reasoner, and Clowe & Cowan Inc. of Amarillo, Texas, conspired with others, between July 1990 and October 1990, to "
 "fix prices on wholesale plumbing supplies sold from their sales facilities in Lubbock in violation of the Sherman "
 "Act.\n\n"
 "The indictment, filed in the U.S. District Court in Lubbock, Texas, charged that the defendants carried out the "
 "conspiracy through meetings where wholesale plumbing supply prices were discussed and minimum prices charged to "
 "customers were agreed upon.\n\n"
 "Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division, said the indictment resulted from "
 "a federal grand jury investigation conducted in Dallas into suspected price fixing in the wholesale plumbing supply "
 "industry in Texas.\n\n"
 "The investigation is being conducted by the Antitrust Division's Dallas Field Office with the assistance of the "
 "Federal Bureau of Investigation.",
 "wholesale/plumbing supplies", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 1995-09-28, US federal government work "
 "(public domain); text from the search tool's page store at " + U3 + " (the justice.gov archive of the Antitrust "
 "Division's releases)",
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release (justice.gov atr/public/press_releases/1995/212030.htm). Left out: 'This document "
 "is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of Justice Seal "
 "and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'THURSDAY, SEPTEMBER 28, 1995' (used for `published`), "
 "'AT', '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept as `title` (its two rows joined by a space, "
 "capitals as written). The paragraphs are the store's blank-line blocks, each one row. The store's 2,000-character "
 "excerpt ends with '... with the assistance of the Federal Bureau of Investigation.' and its line break; the text "
 "ends there, and whatever the release says after it (most likely the Sherman Act penalty paragraph) is not in the "
 "excerpt (`truncated`). Kept as written: 'WASHINGTON, D.C. --', 'filed in the U.S. District Court in Lubbock' (with "
 "'the'), 'west and northwest Texas', 'Oberkampf Supply Company of Lubbock Inc.' (the city inside the name). One "
 "text per matter (wholesale plumbing supply price fixing in Lubbock, July - October 1990; 'the eighth case' of the "
 "west and northwest Texas investigation): no other release of the investigation was taken or seen. Found with 'FOR "
 "IMMEDIATE RELEASE 1995 AT (202) 616-2771 president vice president company pleaded guilty price fixing subsidiary' "
 "(rank 6). " + CHECK + "'Oberkampf', 'Reasoner', 'Clowe', 'wholesale plumbing', 'plumbing suppl', '212030': 0 in the "
 "corpus files, GATHERING.md, the scripts, the notes and the pools; 'Lubbock' in batch 53zo's Lubbock Glass record "
 "(another matter, the same city); 'Amarillo' in three corpus files (FCC and FTC matters, batch 53zc's pool among "
 "them: other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

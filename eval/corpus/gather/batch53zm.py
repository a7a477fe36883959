#!/usr/bin/env python3
"""Batch 53zm (session 54, gatherer 53zm): three US federal texts on price-fixing and bid-rigging cases announced by the
Justice Department's Antitrust Division -- the Department's release of 26 June 1996 on a Philadelphia grand jury
indicting two plastic dinnerware companies and their presidents (Amcel Corporation of Watertown, Massachusetts, and its
president Lloyd Gordon; Dispoz-O Plastics Inc. of Fountain Inn, South Carolina, and its president Peter Iacovelli) for
fixing plastic cutlery prices, with Polar Plastics' 1994 plea and the Division's Litigation I Section handling the
case; the Department's release of 3 September 1997 on a grand jury indicting David P. True, an executive of the
Cleveland-based explosives maker Austin Powder Company (its vice president and general manager since July 1988), for
fixing commercial explosives prices in Kentucky, Illinois and Indiana; the Division's release of 16 July 1997 on Thomas
J. Abraham, 'the former director and manager of Joseph A. Abraham Enterprises Inc.', pleading guilty to rigging bids on
utility construction jobs let by Rochester Gas & Electric (RG&E) -- (US federal government works, 17 U.S.C. 105), a
round of session 54 in the DOJ cartel-case lane after 53zh (and 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t,
51n), on matters new to the corpus (every name, number and address checked first against the corpus files,
GATHERING.md, the gather scripts, the notes of /work/notes/gather54 and the session-54 pools). All three releases are
of 1996-1997, older than the lane's 2004-2009 span, as 53zh's 1997 release and 53w's two were -- first-party federal
text, as the search tool's page store holds it:
  - U.S. Department of Justice press release 'MASSACHUSETTS AND SOUTH CAROLINA PLASTIC DINNERWARE COMPANIES AND THEIR
    PRESIDENTS INDICTED IN PRICE FIXING CONSPIRACY' (26 June 1996; justice.gov archive/opa/pr/1996/Jun96/304.at.htm, an
    Antitrust Division ('AT') release): Amcel Corporation, Lloyd Gordon, Dispoz-O Plastics Inc., Peter Iacovelli, Polar
    Plastics, the Minnesota Attorney General's office, the Antitrust Division's Litigation I Section, the FBI;
  - U.S. Department of Justice press release 'CLEVELAND EXPLOSIVES COMPANY EXECUTIVE INDICTED IN PRICE FIXING
    CONSPIRACY IN KENTUCKY, ILLINOIS, INDIANA' (3 September 1997; usdoj.gov opa/pr/1997/September97/365at.html, an 'AT'
    release, as the UNT Libraries' End of Term 2008 web archive holds it): Austin Powder Company, David P. True;
  - U.S. Department of Justice, Antitrust Division press release 'FORMER EXECUTIVE OF ROCHESTER, NEW YORK AREA
    CONSTRUCTION FIRM PLEADS GUILTY TO BID RIGGING CONSPIRACY' (16 July 1997; usdoj.gov
    atr/public/press_releases/1997/1186.htm in the UNT archive): Joseph A. Abraham Enterprises Inc., Thomas J. Abraham,
    Joseph A. Abraham, Rochester Gas & Electric (RG&E).
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather54zm/src).
Page chrome (the seal lines, 'This document is available in two formats: ...', 'FOR IMMEDIATE RELEASE', the date lines
(used for `published`), 'AT', '(202) 616-2771', 'TDD (202) 514-1888') is left out; the headlines are kept as `title`
(their line wraps joined by a space); the two opa pages' hard line wraps are joined by a space (each line stripped of
its indentation and trailing blanks; the page's own double spaces inside a line kept); the 1996 opa page marks no
paragraphs (one line per wrapped row, no blank lines): its paragraphs are cut where a row ends a sentence, as the
Division's own copy of the release (atr/public/press_releases/1996/0696.htm, saved beside it) sets the first five; the
1997 opa page's paragraphs are its blank-line blocks; the 1997 atr page's paragraphs as the store gives them; each
text cut at the last full sentence before the store's excerpt breaks off; no word added or changed. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch53zm.py [POOL_DIR] [--dry]   (default /tmp/gather54zm/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zj when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zm/pool"
R = []

# ---- Amcel Corporation / Lloyd Gordon; Dispoz-O Plastics Inc. / Peter Iacovelli indicted, DOJ (Antitrust), 26 June 1996
U1 = "https://www.justice.gov/archive/opa/pr/1996/Jun96/304.at.htm"
T1 = ("MASSACHUSETTS AND SOUTH CAROLINA PLASTIC DINNERWARE COMPANIES AND THEIR PRESIDENTS INDICTED IN PRICE FIXING "
      "CONSPIRACY")
R.append(federal(
 "us-doj-atr-amcel-dispoz-o-plastics-two-presidents-plastic-cutlery-price-fixing-indictment-1996", U1,
 "1996-06-26", T1,
 "WASHINGTON, D.C. -- A Philadelphia federal grand jury returned an indictment today against two disposable plastic "
 "dinnerware companies--one based in Massachusetts and the other in South Carolina--and their two presidents, for "
 "conspiring to fix prices in the disposable plastic dinnerware industry, said the Department of Justice.\n\n"
 "This is the Department's fifth case in its ongoing antitrust investigation into price fixing in the disposable "
 "plastic dinnerware industry. To date, the government has convicted three corporations and seven individuals. The "
 "companies were fined in excess of $8 million and the individuals received jail sentences ranging from eight to 21 "
 "months.\n\n"
 "The one-count indictment, filed in U.S. District Court in Philadelphia, charged Amcel Corporation of Watertown, "
 "Massachusetts, and its president, Lloyd Gordon, Dispoz-O Plastics Inc. of Fountain Inn, South Carolina, and its "
 "president Peter Iacovelli, with conspiring to fix the price of plastic cutlery products sold throughout the United "
 "States between November 1991 and April 1992.\n\n"
 "During that time, the conspirators telephoned and met secretly with each other to carry out the conspiracy. In "
 "1994, a third plastic cutlery manufacturer, Polar Plastics, and two of its executives pleaded guilty to conspiring "
 "to fix the price of plastic cutlery between November 1991 and April 1992.\n\n"
 "The Department's investigation began in the Minnesota Attorney General's office and has involved cooperation "
 "between U.S. and Canadian authorities.\n\n"
 "This matter is being handled by the Antitrust Division's Litigation I Section with the assistance of the Federal "
 "Bureau of Investigation in Lansdale, Pennsylvania.",
 "manufacturing/plastic dinnerware", "legal,antitrust",
 "U.S. Department of Justice press release '" + T1 + "' (an Antitrust Division release, 'AT'), 1996-06-26, US federal "
 "government work (public domain); text from the search tool's page store at " + U1 + " (the justice.gov archive of "
 "the Office of Public Affairs' releases)",
 "US Justice Department press release (justice.gov archive, Antitrust Division), from the search tool page store",
 "The Department's release of an Antitrust Division case (justice.gov archive/opa/pr/1996/Jun96/304.at.htm, the 'at' "
 "of the file name marking the Division). Left out: 'FOR IMMEDIATE RELEASE AT', the date line 'WEDNESDAY, JUNE 26, "
 "1996 (202) 616-2771' (the date used for `published`), 'TDD (202) 514-1888'; the headline kept as `title` (its two "
 "rows joined by a space, capitals as written). The page keeps the release's hard line wraps and marks no paragraphs "
 "(no blank lines, no indents in the store): rows joined by a space; paragraphs cut where a row ends a sentence, as "
 "the Division's own copy of the same release (justice.gov atr/public/press_releases/1996/0696.htm, whose store "
 "excerpt sets its paragraphs apart but breaks off at '... began in the Minnesota Attorney General's office') sets "
 "the first five; the sixth break (before 'This matter is being handled ...') follows the same row rule "
 "(**doubtful**: it may have been one paragraph with the fifth). This copy is taken over 0696.htm because it runs on "
 "past that break. Cut after '... Investigation in Lansdale, Pennsylvania.', before 'The maximum penalty for a "
 "corporation convicted under the Sherman Act is a fine of $10 million, twice the pecuniary gain the ', where the "
 "excerpt breaks off (`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. --' and the double hyphens "
 "('companies--one', 'South Carolina--and'), 'Dispoz-O Plastics Inc.', \"the Minnesota Attorney General's office\" "
 "(lower-case 'office'), 'Litigation I Section', the single spaces between sentences. One text per matter (the "
 "disposable plastic dinnerware / plastic cutlery price fixing): the Department's 16 March 1995 release on the "
 "sentencing of Clement Izzi, president of Comet Products Inc. (usdoj.gov opa/pr/Pre_96/March95/141.txt, UNT "
 "archive), is the same investigation (plastic cups and glasses; Comet Products, Plastics Inc., Polar Plastics) and "
 "is not taken; the Plastics News and Roanoke Times reports are news. Found with 'Clement Izzi president of Comet "
 "Products Inc. plasticware price fixing sentence' (rank 4; the atr copy at rank 5). " + CHECK + "'Amcel', "
 "'Dispoz-O', 'Iacovelli', 'Polar Plastics', 'plastic cutlery', 'Comet Products', 'Clement Izzi', '304.at', "
 "'0696.htm': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Lloyd Gordon' only as part "
 "of another man's name in an NASD matter (batch 48g); 'Litigation I Section' in three Federal Register files (the "
 "Section in other matters).",
 True))

# ---- David P. True (Austin Powder Company) indicted, commercial explosives, DOJ (Antitrust), 3 September 1997 ---------
U2 = ("https://webarchive.library.unt.edu/eot2008/20081103232730/http:/www.usdoj.gov/opa/pr/1997/September97/"
      "365at.html")
T2 = "CLEVELAND EXPLOSIVES COMPANY EXECUTIVE INDICTED IN PRICE FIXING CONSPIRACY IN KENTUCKY, ILLINOIS, INDIANA"
R.append(federal(
 "us-doj-atr-austin-powder-vice-president-true-commercial-explosives-price-fixing-indictment-1997", U2,
 "1997-09-03", T2,
 "WASHINGTON, D.C. -- A federal grand jury today indicted David P. True, an executive of the Cleveland-based "
 "explosives manufacturer Austin Powder Company, for participating in a criminal conspiracy to fix prices and rig bids "
 "on commercial explosives sold in Kentucky, Illinois and Indiana, the Justice Department said.\n\n"
 "Thus far, 13 explosives manufacturers and distributors, and three executives--including Austin Powder and one other "
 "Austin Powder manager--have pleaded guilty to similar conspiracies in the Department's ongoing antitrust "
 "investigation of the explosives industry.  Including today's fine, the violations have resulted in an "
 "industry-wide total of nearly $40 million in criminal fines.\n\n"
 "With approximately $1 billion in sales in the U.S., commercial explosives are primarily used in the mining, "
 "construction, and oil and gas industries.\n\n"
 "The one-count indictment, filed in U.S. District Court in Owensboro, Kentucky, charges True with conspiring with "
 "other competitors between the fall of 1988 and sometime in 1993 to fix prices, allocate customers, and rig bids on "
 "certain commercial explosives offered for sale in portions of western Kentucky, southern Illinois, and southern "
 "Indiana.\n\n"
 "As part of the conspiracy, the indictment also charged that True and other competitors discussed and agreed to "
 "increase a surcharge to certain purchasers of drilling, loading and blasting services from 3 percent to 4.5 "
 "percent.\n\n"
 "True has been Austin Powder's vice president and general manager since July 1988.",
 "manufacturing/commercial explosives", "legal,antitrust",
 "U.S. Department of Justice press release '" + T2 + "' (an Antitrust Division release, 'AT'), 1997-09-03, US federal "
 "government work (public domain); text from the search tool's page store at " + U2 + " (the UNT Libraries' End of "
 "Term 2008 web archive copy of www.usdoj.gov)",
 "US Justice Department press release (usdoj.gov, Antitrust Division) via the UNT web archive, from the search tool "
 "page store",
 "The Department's release of an Antitrust Division case (usdoj.gov opa/pr/1997/September97/365at.html) as the UNT "
 "Libraries' End of Term 2008 archive holds it. Left out: 'Department of Justice Seal', 'FOR IMMEDIATE RELEASE', "
 "'AT', the date line 'WEDNESDAY, SEPTEMBER 3, 1997' (used for `published`), '(202) 616-2771', 'TDD (202) "
 "514-1888'; the headline kept as `title` (its two centred rows joined by a space, capitals as written). The page "
 "keeps the release's hard line wraps: rows joined by a space, each stripped of its indent and of the trailing "
 "blanks some rows carry ('criminal fines. ', 'U.S. District Court in '); the paragraphs are the page's blank-line "
 "blocks. Cut after 'True has been Austin Powder's vice president and general manager since July 1988.', before "
 "'Joel I. Klein, Assistant Attorney General in charge of the Department's Antitrust Division sa', where the excerpt "
 "breaks off (`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. --', the double hyphens around "
 "'--including Austin Powder and one other Austin Powder manager--', the double space before 'Including today's "
 "fine', 'industry-wide', the lower-case posts. One text per matter (the commercial explosives price fixing in "
 "western Kentucky, southern Illinois and southern Indiana, 1988-1993): the Department's releases on ICI Explosives "
 "USA Inc. (22 August 1995, UNT Pre_96/August95/451.txt), Dyno Nobel Inc. (6 September 1995, justice.gov "
 "Pre_96/September95/468.txt), six explosives distributors (19 September 1996, Sept96/458at), Austin Powder Co. and "
 "its regional manager Thomas F. Mechtenberg (26 September 1996, Sept96/476at) and Nutrite Corp. (8 August 1997, "
 "atr 1997/1200) are the same investigation and are not taken; this one is taken for its stated post with its start "
 "('vice president and general manager since July 1988') and its blank-line paragraphs (the 1996 Austin Powder page "
 "marks none). Found with 'OHIO EXPLOSIVES CO. AND EXECUTIVE PLEAD GUILTY TO PRICE FIXING IN EXPLOSIVES INDUSTRY "
 "U.S. Department of Justice Seal and Letterhead' (rank 3). " + CHECK + "'Austin Powder', 'David P. True', "
 "'Mechtenberg', 'ICI Explosives', 'commercial explosives', 'Owensboro', '365at': 0 in the corpus files, GATHERING.md, "
 "the scripts, the notes and the pools; 'Dyno Nobel' in three corpus files (the 2004 DNH/El Paso ammonium nitrate "
 "merger judgment, an El Paso Merchant Energy and a Chevron matter: other matters).",
 True))

# ---- Thomas J. Abraham (Joseph A. Abraham Enterprises Inc.) pleads guilty, RG&E utility construction, 16 July 1997 ---
U3 = ("https://webarchive.library.unt.edu/eot2008/20081105075651/http:/www.usdoj.gov/atr/public/press_releases/1997/"
      "1186.htm")
T3 = ("FORMER EXECUTIVE OF ROCHESTER, NEW YORK AREA CONSTRUCTION FIRM PLEADS GUILTY TO BID RIGGING CONSPIRACY")
R.append(federal(
 "us-doj-atr-joseph-a-abraham-enterprises-former-director-abraham-rge-utility-construction-bid-rigging-plea-1997", U3,
 "1997-07-16", T3,
 "WASHINGTON, D.C. \u2014 A former executive of a Rochester, New York utility construction company pleaded guilty "
 "today and agreed to pay a $2,000 criminal fine for participating in a conspiracy to rig bids and allocate contracts "
 "on utility construction jobs let by Rochester Gas & Electric (RG&E), said the Department of Justice.\n\n"
 "The Department's Antitrust Division, in a one-count felony charge filed today in U.S. District Court in Rochester, "
 "said that Thomas J. Abraham, the former director and manager of Joseph A. Abraham Enterprises Inc., and others "
 "conspired to rig bids and allocate contracts on certain RG&E utility construction jobs in violation of the Sherman "
 "Act. The conspiracy began in 1987 and continued until May 1993, the Department said.\n\n"
 "In its first case brought as a result of a continuing antitrust investigation of the utility construction "
 "industry, the Department charged that Abraham and unidentified co-conspirators held meetings to discuss the "
 "allocation and prices bid on utility construction services contracts for RG&E and agreed on who would win a "
 "particular contract.\n\n"
 "Thomas J. Abraham, of Livonia, New York, has agreed to cooperate in the government's investigation. His father, "
 "Joseph A. Abraham, also agreed to cooperate in the investigation, and will not be charged. Abraham Enterprises has "
 "been out of business since 1995.",
 "construction/utility construction", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 1997-07-16, US federal government work "
 "(public domain); text from the search tool's page store at " + U3 + " (the UNT Libraries' End of Term 2008 web "
 "archive copy of www.usdoj.gov)",
 "US Justice Department press release (usdoj.gov, Antitrust Division) via the UNT web archive, from the search tool "
 "page store",
 "The Antitrust Division's release (usdoj.gov atr/public/press_releases/1997/1186.htm) as the UNT Libraries' End of "
 "Term 2008 archive holds it. Left out: 'This document is available in two formats: ... please contact the Antitrust "
 "Documents Group.', 'U.S. Department of Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line "
 "'WEDNESDAY, JULY 16, 1997' (used for `published`), 'AT', '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept "
 "as `title` (capitals as written). The dateline 'WASHINGTON, D.C. \u2014' is kept (it opens the first paragraph). "
 "Cut after '... has been out of business since 1995.', before 'Joel I. Klein, Acting Assistant Attorney General in "
 "charge of the Antitrust Division, said today's char', where the excerpt breaks off (`truncated`). Kept as written: "
 "'Rochester Gas & Electric (RG&E)', 'the former director and manager', the single spaces between sentences. The "
 "Department's own copy of the same release (justice.gov archive/opa/pr/1997/July97/297at.htm, hard-wrapped, with "
 "double spaces) is the same text and is not taken. One text per matter (the Rochester RG&E utility construction bid "
 "rigging): the release of 30 September 1997 indicting four Rochester-area firms and their executives (R.P. Myers "
 "Inc., R.C. Siebert Inc., C.P. Ward Inc., Xerxes Utilities Contractors Inc.; only a scribd copy seen, opa 410at) is "
 "the same matter and is not taken. Found with 'Thomas J. Abraham former director and manager of Joseph A. Abraham "
 "Enterprises Inc. RG&E bid rigging' (rank 1) after the opa copy came back at rank 6 for 'FOR IMMEDIATE RELEASE "
 "TUESDAY 1996 AT (202) 616-2771 president of company indicted bid rigging grand jury'. " + CHECK + "'Abraham "
 "Enterprises', 'Thomas J. Abraham', 'Livonia', 'R.P. Myers', '1186.htm', '297at': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'Rochester Gas' / 'RG&E' in one train file (a 2018 Senate "
 "letter on NYSEG and RG&E storm outages: another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

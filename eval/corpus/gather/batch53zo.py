#!/usr/bin/env python3
"""Batch 53zo (session 54, gatherer 53zo): three US federal texts on bid-rigging and price-fixing cases announced by the
Justice Department's Antitrust Division -- the Department's release of 30 November 1994 on W. Francis Cummins, 'a
former manager for Meadow Gold Dairies Inc., a subsidiary of Borden Inc.', charged in Peoria with rigging bids on school
milk contracts in western Illinois and eastern Iowa; the Department's release of 23 June 1997 on Schutz International
Inc. of Morton Grove, Illinois, and 'Schutz's former president, Richard F. Machas', agreeing to plead guilty to fixing
prices and rigging bids on advertising displays sold to Miller Brewing Company; the Division's release of 26 August
1999 on Lubbock Glass & Mirror Company and its president Delbert Sanders charged with rigging bids on architectural flat
glass contracts in the Lubbock, Texas area -- (US federal government works, 17 U.S.C. 105), a round of session 54 in
the DOJ cartel-case lane after 53zm (and 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters
new to the corpus (every name, number and address checked first against the corpus files, GATHERING.md, the gather
scripts, the notes of /work/notes/gather54 and the session-54 pools). All three releases are of 1994-1999, older than
the lane's 2004-2009 span, as 53zm's three and 53zh's 1997 release were -- first-party federal text, as the search
tool's page store holds it:
  - U.S. Department of Justice press release 'FORMER DAIRY MANAGER CHARGED WITH BID RIGGING ON SCHOOL MILK CONTRACTS IN
    ILLINOIS AND IOWA' (30 November 1994; justice.gov opa/pr/Pre_96/November94/674.txt.html, an Antitrust Division
    ('AT') release): W. Francis Cummins, Meadow Gold Dairies Inc., Borden Inc., the Antitrust Division;
  - U.S. Department of Justice press release 'ILLINOIS DISPLAY CO. AND TOP EXECUTIVE AGREE TO PLEAD GUILTY AND PAY
    $450,000 IN FINES FOR RIGGING BIDS AND FIXING PRICES ON BREWERY CONTRACTS' (23 June 1997; justice.gov
    archive/opa/pr/1997/June97/258at.htm, an 'AT' release): Schutz International Inc., Richard F. Machas, Miller Brewing
    Company;
  - U.S. Department of Justice, Antitrust Division press release 'TEXAS GLASS AND MIRROR COMPANY AND ITS PRESIDENT,
    CHARGED WITH BID RIGGING ON ARCHITECTURAL FLAT GLASS CONTRACTS' (26 August 1999; justice.gov
    archive/atr/public/press_releases/1999/2644.htm): Lubbock Glass & Mirror Company, Delbert Sanders, Joel I. Klein.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather54zo/src).
Page chrome (the 'two formats' paragraph, the seal line, 'FOR IMMEDIATE RELEASE', the date lines (used for
`published`), 'WWW.USDOJ.GOV', 'AT', the phone and TDD lines) is left out; the headlines are kept as `title` (their rows
joined by a space); the two opa pages' hard line wraps are joined by a space (each row stripped of its indentation and
trailing blanks; the page's own double spaces inside a row kept; one row ending in a hyphen, 'point-of-', joined to the
next without a space); the 1994 page's paragraphs are its indented rows (it has no blank lines), the 1997 page's its
blank-line blocks, the 1999 atr page's as the store gives them; each text cut at the last full sentence before the
store's excerpt breaks off; no word added or changed. Written before any extractor ran on the texts (newskg was not run
on them).
usage: batch53zo.py [POOL_DIR] [--dry]   (default /tmp/gather54zo/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and the session-54 pools /tmp/gather54*/pool (54a-54zm when checked; zn and zp empty): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54zo/pool"
R = []

# ---- W. Francis Cummins (Meadow Gold Dairies Inc., a Borden Inc. subsidiary) charged, school milk, 30 November 1994 ---
U1 = "http://www.justice.gov/opa/pr/Pre_96/November94/674.txt.html"
T1 = "FORMER DAIRY MANAGER CHARGED WITH BID RIGGING ON SCHOOL MILK CONTRACTS IN ILLINOIS AND IOWA"
R.append(federal(
 "us-doj-atr-meadow-gold-dairies-borden-subsidiary-former-manager-cummins-school-milk-bid-rigging-1994", U1,
 "1994-11-30", T1,
 "WASHINGTON, D.C. -- A former dairy manager of a Borden Inc. subsidiary was charged today with conspiring to rig bids "
 "on dairy products sold to schools in western Illinois and eastern Iowa, according to the Department of Justice's "
 "Antitrust Division.\n\n"
 "To date, 63 corporations and 57 individuals have been convicted and about $60 million in fines have been imposed in "
 "cases involving the rigging of bids in supplying dairy products to public school districts.\n\n"
 "According to charges filed in U.S. District Court in Peoria, Illinois, W. Francis Cummins of Springfield, Illinois, "
 "discussed anticipated bids for school dairy contracts with competing dairies.  Cummins is a former manager for "
 "Meadow Gold Dairies Inc., a subsidiary of Borden Inc.\n\n"
 "The Department said Cummins, who was involved in the conspiracy from 1986 until the 1989-90 school year, "
 "intentionally submitted high bids on some contracts to help the other conspirators win school dairy contracts.\n\n"
 "Since July 1992, the Antitrust Division has brought five criminal milk bid rigging cases against Meadow Gold.  "
 "Meadow Gold pleaded guilty in all five and has paid a total of almost $4 million in fines and penalties for its "
 "involvement in the criminal bid rigging conspiracies.",
 "food/dairy", "legal,antitrust",
 "U.S. Department of Justice press release '" + T1 + "' (an Antitrust Division release, 'AT'), 1994-11-30, US federal "
 "government work (public domain); text from the search tool's page store at " + U1 + " (the Office of Public "
 "Affairs' pre-1996 text releases on justice.gov)",
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Department's release of an Antitrust Division case (justice.gov opa/pr/Pre_96/November94/674.txt, the plain-text "
 "release set in an html page). Left out: 'FOR IMMEDIATE RELEASE', 'AT', the date line 'NOVEMBER 30, 1994' (no "
 "weekday on the page; used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept as `title` "
 "(its two centred rows joined by a space, capitals as written). The page keeps the release's hard line wraps and has "
 "no blank lines: each paragraph opens with an indented row (five spaces), so the paragraphs are cut there; rows "
 "joined by a space, indents dropped; the page's double spaces after 'competing dairies.' and 'against Meadow Gold.' "
 "kept. Cut after '... in the criminal bid rigging conspiracies.', before the paragraph 'The investigation, which is "
 "continuing, is being conducted by the Antitrust Division's Chicago Field Office with the assistance of ... and the "
 "Great Plains Regional Of', where the excerpt breaks off inside its only sentence (`truncated`; the Field Office, "
 "the U.S. Attorney Frances C. Hulin, the FBI's St. Louis office and the Missouri and Illinois Attorneys General "
 "named there are cut with it). Kept as written: 'WASHINGTON, D.C. --', 'the 1989-90 school year', 'milk bid "
 "rigging' (no hyphen), 'about $60 million'. One text per matter (the school milk bid rigging in western Illinois and "
 "eastern Iowa, with Meadow Gold's five pleas since July 1992 said to be part of it): no other release of it was "
 "taken or seen; the Department's 4 May 1995 release on Prairie Farms Dairy Inc. and three managers (Pre_96/May95/"
 "252.txt, central Illinois and eastern Missouri, Springfield grand jury; one of them 'formerly a manager for Meadow "
 "Gold Dairies') is another case of the nationwide dairy investigation and is left for a later round, not taken "
 "beside this one. Found with 'FOR IMMEDIATE RELEASE 1995 AT (202) 616-2771 dairy and its former general manager "
 "plead guilty school milk bid rigging subsidiary of' (rank 2). " + CHECK + "'Cummins' only in an Oireachtas "
 "committee file (another person) and batch 15b; 'Meadow Gold' and 'Borden' in three train files and batches "
 "43m/43o/45j (the 1997 Mid-America Dairymen / Borden-Meadow Gold merger judgment and the 1999-2001 Suiza/Dean "
 "merger matters: mergers, not this bid-rigging case); 'school milk' only in batch 43o's notes; 'Prairie Farms', "
 "'674.txt': 0; 'Peoria' in one train file (a 1995 bakery merger judgment: another matter); 'milk bid' only in the "
 "53zh notes (Swiss Valley Farms, another case, not used there).",
 True))

# ---- Schutz International Inc. / former president Richard F. Machas, Miller Brewing displays, 23 June 1997 -----------
U2 = "https://www.justice.gov/archive/opa/pr/1997/June97/258at.htm"
T2 = ("ILLINOIS DISPLAY CO. AND TOP EXECUTIVE AGREE TO PLEAD GUILTY AND PAY $450,000 IN FINES FOR RIGGING BIDS AND "
      "FIXING PRICES ON BREWERY CONTRACTS")
R.append(federal(
 "us-doj-atr-schutz-international-former-president-machas-miller-brewing-point-of-purchase-displays-plea-1997", U2,
 "1997-06-23", T2,
 "WASHINGTON, D.C. -- An Illinois advertising display company and its top executive have agreed to plead guilty "
 "today and pay criminal antitrust fines totalling $450,000 for fixing prices and rigging bids on advertising "
 "displays sold to Miller Brewing Company in Milwaukee, said the Department of Justice.\n\n"
 "The Department's Antitrust Division filed criminal charges today in U.S. District Court in Milwaukee against Schutz "
 "International Inc., of Morton Grove, Illinois, and Schutz's former president, Richard F. Machas of Lake Forest, "
 "Illinois.\n\n"
 "Thus far, the Department has brought 20 cases against nine companies and 17 individuals as a result of its ongoing "
 "antitrust investigation into bid rigging and price fixing in the point-of-purchase display industry, which began "
 "in 1992.  Criminal fines have totaled $3.7 million.\n\n"
 "Both Schutz and Machas have agreed to cooperate in the continuing investigation of collusive practices by suppliers "
 "of point-of-purchase displays.\n\n"
 "Schutz has agreed to pay a fine of $350,000 and Machas has agreed to pay a fine of $100,000.  Both fines are "
 "subject to court approval.\n\n"
 "Point-of-purchase displays include plastic and neon bar taps, clocks, inflatables, lamps, lights, and signs which "
 "contain the breweries' brand advertising.  Major breweries in the U.S. purchase more than $100 million of these "
 "displays each year.",
 "manufacturing/advertising displays", "legal,antitrust",
 "U.S. Department of Justice press release '" + T2 + "' (an Antitrust Division release, 'AT'), 1997-06-23, US federal "
 "government work (public domain); text from the search tool's page store at " + U2 + " (the justice.gov archive of "
 "the Office of Public Affairs' releases)",
 "US Justice Department press release (justice.gov archive, Antitrust Division), from the search tool page store",
 "The Department's release of an Antitrust Division case (justice.gov archive/opa/pr/1997/June97/258at.htm, the 'at' "
 "of the file name marking the Division). Left out: 'FOR IMMEDIATE RELEASE', 'AT', the date line 'MONDAY, JUNE 23, "
 "1997' (used for `published`), '(202) 616-2771', 'TDD (202) 514-1888'; the headline kept as `title` (its two rows "
 "joined by a space, capitals as written). The page keeps the release's hard line wraps: rows joined by a space, each "
 "stripped of its indent and of the trailing blanks one row carries ('point-of-purchase displays.  '); the row ending "
 "'in the point-of-' is joined to the next row 'purchase display industry' without a space (**doubtful**: a line-end "
 "hyphen of a hyphenated compound, which the release writes 'point-of-purchase' on one row twice below; a space would "
 "have split the word); the paragraphs are the page's blank-line blocks; the double spaces inside rows ('in 1992.  "
 "Criminal', '$100,000.  Both', 'advertising.  Major') kept. Cut after '... more than $100 million of these displays "
 "each year.', before 'The case charges that Schutz, Machas and co-conspirators participated in a conspiracy ... to "
 "Miller Brewing Company from at l', where the excerpt breaks off (`truncated`). Kept as written: the dateline "
 "'WASHINGTON, D.C. --', 'totalling', 'Schutz International Inc., of Morton Grove' (the comma before 'of'). One text "
 "per matter (the point-of-purchase brewery display bid rigging and price fixing on Miller Brewing contracts): no other "
 "release of it was taken; the Division's Philip Morris display releases (Grinnell Lithographic Co. Inc. / Leslie S. "
 "Sutorius, 23 January 1997, atr 1997/1023 and opa 031at; AM-PM Sales Co. Inc. / Richard T. Billies and Sidney "
 "Rothenberg, 1994, atr 211930; Southern Container Corporation / John E. Clemence, scribd only) are another "
 "investigation (bid rigging, commercial bribery and tax offences on Philip Morris contracts in New York) and were not "
 "taken. Found with 'subsidiary of parent company pleads guilty antitrust conspiracy FOR IMMEDIATE RELEASE 1998 AT TDD "
 "(202) 514-1888' (rank 6) and again at rank 1 for its headline. " + CHECK + "'Schutz International', 'Machas', "
 "'Morton Grove', 'point-of-purchase', 'display industry', '258at', 'Grinnell', 'AM-PM': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools ('Schutz' alone only inside 'Anschutz'); 'Miller Brewing' once in "
 "GATHERING.md and 0 in the corpus files; 'Lake Forest' in one test file (an Akorn SEC matter: another matter).",
 True))

# ---- Lubbock Glass & Mirror Company / president Delbert Sanders charged, architectural flat glass, 26 August 1999 ------
U3 = "https://justice.gov/archive/atr/public/press_releases/1999/2644.htm"
T3 = ("TEXAS GLASS AND MIRROR COMPANY AND ITS PRESIDENT, CHARGED WITH BID RIGGING ON ARCHITECTURAL FLAT GLASS "
      "CONTRACTS")
R.append(federal(
 "us-doj-atr-lubbock-glass-mirror-company-president-sanders-architectural-flat-glass-bid-rigging-charge-1999", U3,
 "1999-08-26", T3,
 "WASHINGTON, D.C. -- A Lubbock, Texas, glass and mirror company and its president were charged today with rigging "
 "bids on contracts to supply architectural flat glass to general contractors in the Lubbock, Texas area, said the "
 "Department of Justice.\n\n"
 "In a one-count felony charge, filed in U.S. District Court in Lubbock, Texas, Lubbock Glass & Mirror Company and "
 "Delbert Sanders were charged with conspiring with unnamed co- conspirators to submit collusive, noncompetitive, and "
 "rigged bids and to increase the profit markups on bids to general contractors for contracts to supply architectural "
 "flat glass. Architectural flat glass is fabricated into windows, doors, and curtain walls in new and renovation "
 "construction projects.\n\n"
 "From March 1991 until at least May 1998, this bid-rigging scheme was accomplished by discussing the submission of "
 "prospective bids, agreeing on which corporate co-conspirator would be the low responsive bidder for a contract, and "
 "submitting collusive, noncompetitive, and rigged bids with increased profit markups to general contractors.\n\n"
 "Joel I. Klein, Assistant Attorney General in charge of the Department's Antitrust Division, said the charge "
 "resulted from an investigation into suspected bid rigging in the architectural flat glass industry.",
 "construction/architectural glass", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "', 1999-08-26, US federal government work "
 "(public domain); text from the search tool's page store at " + U3 + " (the justice.gov archive of the Antitrust "
 "Division's releases)",
 "US Justice Department press release (justice.gov archive, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release (justice.gov archive/atr/public/press_releases/1999/2644.htm). Left out: 'This "
 "document is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of "
 "Justice Seal and Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'THURSDAY, AUGUST 26, 1999' (used for "
 "`published`), 'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888'; the headline kept as `title` (its two "
 "rows joined by a space, capitals and the comma after 'PRESIDENT' as written). The paragraphs are the store's "
 "blank-line blocks, each one row. Cut after '... in the architectural flat glass industry.', before 'The "
 "investigation, which is ongoing, is being conducted by the Antitrust Division's Dallas Field Office and the Federal "
 "Bureau of Investigation's Dallas Divis', where the excerpt breaks off (`truncated`; the Dallas Field Office and the "
 "FBI are cut with that sentence). Kept as written: the dateline 'WASHINGTON, D.C. --', 'unnamed co- conspirators' "
 "(the store's space after the hyphen, most likely a line-end hyphen of the original; not mended, since no word may "
 "be changed -- **doubtful**), 'bid-rigging scheme', 'the Lubbock, Texas area'. One text per matter (architectural "
 "flat glass bid rigging in the Lubbock area, March 1991 - May 1998): no other release of it was seen. Found with "
 "'TEXAS COMPANY AND EXECUTIVE PLEAD GUILTY TO BID RIGGING FOR IMMEDIATE RELEASE AT (202) 616-2771' (rank 1). "
 + CHECK + "'Lubbock Glass', 'Delbert Sanders', 'architectural flat glass', '2644.htm': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'Lubbock' in one train file (a 2000 FCC SBC/BellSouth wireless "
 "licence matter) and once in GATHERING.md; 'flat glass' in one test file (a Pilkington article: another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

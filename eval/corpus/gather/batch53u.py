#!/usr/bin/env python3
"""Batch 53u (session 54, gatherer 53u): two US federal texts on cartel cases announced by the Justice Department --
the Office of Public Affairs' archived release on four Korean executives of Hynix Semiconductor Inc. (its general
manager for worldwide sales and marketing, a sales director, a senior manager of memory product marketing and the
general manager of marketing and sales support of its German subsidiary) agreeing to plead guilty and serve jail time
in the United States for fixing DRAM prices (1 March 2006); the Antitrust Division's release on Arctic Glacier
International Inc., a St. Paul packaged-ice company, agreeing to plead guilty to allocating customers in the Detroit
area and southeastern Michigan, with three of its former vice presidents (Frank Larson, Keith Corbin, Gary Cooley)
pleading guilty (13 October 2009) -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ
cartel-case lane after 53t (and 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every
name, number and address checked first against the corpus files, GATHERING.md, the gather scripts, the notes of
/work/notes and the session-54 pools) -- first-party federal text, as the search tool's page store holds it:
  - U.S. Department of Justice (Office of Public Affairs' archive), 'Four Korean Executives Agree To Plead Guilty, Serve
    Jail Time In The U.s., For Participating In Dram Price-fixing Conspiracy' (1 March 2006): Hynix Semiconductor Inc.,
    D.S. Kim, C.K. Chung, K.C. Suh, C.Y. Choi, Attorney General Alberto R. Gonzales, the Antitrust Division
    (justice.gov's 'archive/opa/pr/2006/March/06_at_107.html');
  - U.S. Department of Justice, Antitrust Division press release 'Minneapolis Packaged-Ice Company Agrees to Plead
    Guilty to Customer Allocation Conspiracy' (13 October 2009): Arctic Glacier International Inc., Frank Larson, Keith
    Corbin, Gary Cooley, the U.S. District Court in Cincinnati (justice.gov's 'atr/public/press_releases/2009/250906.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather54u/src).
Page chrome (the archive's 'Department of Justice Seal Department of Justice', '(202) 514-2007' and 'TDD (202)
514-1888' lines; the Division page's 'Skip to main content', 'Press Release', 'For Immediate Release', 'Office of
Public Affairs'), the headlines (kept as `title`) and the subheadings ('Hynix Executives Admit Their Roles in Global
Cartel', 'Company Agrees to Pay $9 Million Criminal Fine') are left out; no word added or changed; the store's
paragraphs joined by a blank line (the Hynix list's four items kept as the store gives them, each its own paragraph
opening with an en dash); each text cut at the last full sentence before the store's excerpt breaks off. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch53u.py [POOL_DIR] [--dry]   (default /tmp/gather54u/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of /work/notes "
         "and the session-54 pools /tmp/gather54*/pool (54a-54t when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54u/pool"
R = []

# ---- Hynix: four Korean executives agree to plead guilty, Office of Public Affairs (archive), 1 March 2006 ----------
U1 = "https://www.justice.gov/archive/opa/pr/2006/March/06_at_107.html"
T1 = ("Four Korean Executives Agree To Plead Guilty, Serve Jail Time In The U.s., For Participating In Dram Price-fixing "
      "Conspiracy")
R.append(federal(
 "us-doj-opa-hynix-semiconductor-four-korean-executives-dram-price-fixing-plea-jail-2006", U1,
 "2006-03-01", T1,
 "WASHINGTON, D.C. \u2013 Four Korean executives from a major manufacturer of a common computer component \u2013 dynamic "
 "random access memory (DRAM) \u2013 have agreed to plead guilty and to serve jail time in the United States for "
 "participating in a global conspiracy to fix DRAM prices, the Department of Justice announced.\n\n"
 "Including today\u2019s charge, four companies and nine individuals have been charged and fines totaling more than $731 "
 "million have resulted from the Department\u2019s DRAM investigation.\n\n"
 "The executives participated in the conspiracy while they worked for Korean memory maker Hynix Semiconductor Inc. or "
 "its subsidiaries in the United States and Europe. The four pleading individuals and their agreed upon jail terms are "
 "as follows:\n\n"
 "\u2013 D.S. Kim, Hynix\u2019s General Manager, Worldwide Sales & Marketing (8 months);\n\n"
 "\u2013 C.K. Chung, Hynix\u2019s Director, Global Strategic Account Sales (7 months);\n\n"
 "\u2013 K.C. Suh, Hynix\u2019s Senior Manager, Memory Product Marketing (6 months); and\n\n"
 "\u2013 C.Y. Choi, General Manager, Marketing and Sales Support, for Hynix\u2019s German subsidiary (5 months).\n\n"
 "\u201cWe strive to preserve the integrity of our free market economy,\u201d said Attorney General Alberto R. Gonzales. "
 "\u201cIndividuals who defraud American businesses and consumers by participating in international price-fixing "
 "conspiracies will be prosecuted and sent to prison no matter where they live or where they commit the crime.\u201d\n\n"
 "Each executive also has agreed to pay a $250,000 fine and to cooperate in the Antitrust Division\u2019s ongoing "
 "investigation of the DRAM industry. In agreeing to plead guilty, the executives have agreed not to contest the "
 "jurisdiction of the United States, so extradition will not be required.",
 "semiconductors/memory chips", "legal,antitrust",
 "U.S. Department of Justice, Office of Public Affairs, press release '" + T1 + "', 2006-03-01, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov archive, Office of Public Affairs) from the search tool page store",
 "The release on justice.gov's archive of the Office of Public Affairs (archive/opa/pr/2006/March/06_at_107.html; "
 "'_at_' marks an Antitrust Division release). Left out: 'Department of Justice Seal Department of Justice', '(202) "
 "514-2007', 'TDD (202) 514-1888', the headline (kept as `title`, as the store renders it: 'In The U.s.', 'Dram "
 "Price-fixing', a title-casing of the page's capitals, not changed) and the subheading 'Hynix Executives Admit Their "
 "Roles in Global Cartel'. The dateline 'WASHINGTON, D.C. \u2013' is kept (it opens the first paragraph). The list of "
 "the four executives is kept as the store gives it: four paragraphs, each opening with an en dash and a space. Cut "
 "after '... so extradition will not be required.', before 'The pleas and se', where the excerpt breaks off "
 "(`truncated`). `published` 2006-03-01: the excerpt has no date line and says only 'announced' and \"today\u2019s "
 "charge\"; the archive address files it in March 2006 and Network World's report (dated 1 March 2006) cites 'a "
 "statement Wednesday from the U.S. Department of Justice' naming the same four men and jail terms (1 March 2006 was "
 "a Wednesday). Kept as written: the en dashes (dateline, the parenthesis around 'dynamic random access memory "
 "(DRAM)', the list), the curly apostrophes and quotation marks, 'agreed upon' (no hyphen), 'Worldwide Sales & "
 "Marketing' (ampersand), the single spaces between sentences. 259 words (whitespace-split). One text per matter (the "
 "DRAM investigation): Infineon's 2004 plea and its four executives' pleas, Hynix's and Samsung's corporate pleas "
 "(2005), the Samsung executives' pleas (2006-2007) and the October 2006 indictment of Il Ung Kim, Young Bae Rha and "
 "Gary Swanson are the same investigation and are not taken; jurist, eweek, cio, internetnews, washingtontimes, "
 "betanews and networkworld (news) left out. Found with 'Department of Justice Seal Samsung executives plead guilty "
 "DRAM price fixing prison Hynix Semiconductor' (rank 1). " + CHECK + "'Hynix Semiconductor', 'D.S. Kim', "
 "'C.K. Chung', 'K.C. Suh', 'C.Y. Choi', 'Alberto R. Gonzales', '06_at_107': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'Hynix' in one test file (wp-chey-tae-won: SK Hynix, the SK Group, another "
 "matter) and in GATHERING.md only in other lanes' lists (SK Hynix, Hynix-Micron talks, Hynix and Samsung 2003); "
 "'Infineon' 0 in the corpus files (43j's not-used lines: Infineon's 2004 pleas, no justice.gov page then); no DRAM "
 "price-fixing text in the corpus.",
 True))

# ---- Arctic Glacier International Inc., Antitrust Division, 13 October 2009 -----------------------------------------
U2 = "http://www.justice.gov/atr/public/press_releases/2009/250906.htm"
T2 = "Minneapolis Packaged-Ice Company Agrees to Plead Guilty to Customer Allocation Conspiracy"
R.append(federal(
 "us-doj-atr-arctic-glacier-international-three-former-vice-presidents-packaged-ice-customer-allocation-2009", U2,
 "2009-10-13", T2,
 "WASHINGTON \u2013 A packaged-ice company, headquartered in St. Paul, Minn., has agreed to plead guilty and to pay a $9 "
 "million criminal fine for allocating customers, the Department of Justice announced today. In addition, three of the "
 "company\u2019s former executives pleaded guilty for their roles in the conspiracy to allocate customers.\n\n"
 "According to a one-count felony charge filed under seal on Sept. 10, 2009, and unsealed today in the U.S. District "
 "Court in Cincinnati, Arctic Glacier International Inc. engaged in a conspiracy to suppress and eliminate competition "
 "by allocating packaged-ice customers in the Detroit metropolitan area and southeastern Michigan, beginning Jan. 1, "
 "2001, and continuing until at least July 17, 2007. Under the plea agreement, which must be approved by the court, "
 "Arctic Glacier has agreed to cooperate with the Department\u2019s ongoing investigation.\n\n"
 "According to separate one-count felony charges, also filed under seal on Sept. 10, 2009, and unsealed today in the "
 "U.S. District Court in Cincinnati, Frank Larson, Arctic Glacier\u2019s former senior vice president of operations, "
 "and Keith Corbin, the company\u2019s former vice president of sales and marketing, participated in the same conspiracy "
 "beginning at least as early as March 1, 2005, and continuing at least until July 17, 2007. According to an additional "
 "one-count felony charge filed under seal on Sept. 10, 2009, in the U.S. District Court in Cincinnati and unsealed "
 "today, Gary Cooley, the company\u2019s former vice president of sales and marketing, also participated in the "
 "conspiracy from at least as early as June 1, 2006, until July 17, 2007.",
 "food and beverage/packaged ice", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2009-10-13, US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, Antitrust Division) from the search tool page store",
 "The Antitrust Division's release on justice.gov's older site (atr/public/press_releases/2009/250906.htm; the page "
 "names the Office of Public Affairs as its issuer). Left out: 'Skip to main content', 'Press Release', 'For Immediate "
 "Release', 'Office of Public Affairs', the headline (kept as `title`) and the subheading 'Company Agrees to Pay $9 "
 "Million Criminal Fine'. The dateline 'WASHINGTON \u2013' is kept (it opens the first paragraph). Cut after '... from "
 "at least as early as June 1, 2006, until July 17, 2007.', before 'Under the three separate plea agreements, which "
 "must be approved by the court, the former executives have agreed to cooperate with the Depar', where the excerpt "
 "breaks off (`truncated`; the cut falls inside the third paragraph). `published` 2009-10-13: the excerpt has no date "
 "line; Minnesota Public Radio's report (address dated 2009/10/13: 'the Justice Department announced Tuesday') and "
 "Antitrust Lawyer Blog ('On October 13, 2009, Arctic Glacier International ... pled guilty') date the announcement "
 "the release calls 'today'. Kept as written: the en dash of the dateline, the curly apostrophes, 'Sept.' and 'Jan.', "
 "'Minn.', the lower-case posts ('senior vice president of operations'), the headline's 'Minneapolis' (the text says "
 "St. Paul), the single spaces between sentences. 254 words (whitespace-split). One text per matter (the packaged-ice "
 "investigation): the Division's release on Home City Ice's 2010 sentencing (justice.gov "
 "atr/public/press_releases/2010/255875.htm, the same investigation, no executive named) and Home City's 2008 plea are "
 "not taken; mprnews, antitrustlawyerblog (two), antitrusttoday, kotchen (two), businessinsider, cspdailynews, "
 "bizjournals, corpwatch, antitrustcommentary (news and blogs) and the Home City plea agreement (a court paper) left "
 "out. Found with 'Department of Justice Seal packaged ice executive pleads guilty allocate customers Home City Ice "
 "Reddy Ice Antitrust Division' (rank 6) and again with 'Arctic Glacier International Inc. three former executives "
 "plead guilty customer allocation Frank Larson Keith Corbin Gary Cooley' (rank 1). " + CHECK + "'Arctic Glacier', "
 "'packaged ice', 'packaged-ice', 'Frank Larson', 'Keith Corbin', 'Gary Cooley', 'Home City Ice', 'Reddy Ice', "
 "'250906': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

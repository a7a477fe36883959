#!/usr/bin/env python3
"""Batch 54g (session 55, gatherer 54g): three US federal texts on domestic price-fixing and allocation cases announced
by the Justice Department's Antitrust Division in 2000 and 2003 -- the Division's release (2000; no date line or
headline in the store's excerpt) on a Dallas grand jury indicting Martin News Agency Inc. and 'its former president,
chief executive officer, and co-owner, Bennett T. Martin' for dividing magazine distribution territories and customers
in Dallas, Fort Worth and the surrounding areas of Texas; the Division's release of 13 November 2003 on an Indianapolis
grand jury indicting Harold E. Vogel, 'the former manager of IUPUI's textbook stores', and Dennis L. Saner, 'the former
manager of a competing off-campus bookstore', for fixing prices of medical and other textbooks at the Indiana
University Purdue University Indianapolis campus; the Division's release of 3 December 2003 on White Plains Coat &
Apron Co. Inc., a Peekskill, New York linen supply company, and 'its president, Bruce Botchman', pleading guilty in
Manhattan to allocating linen supply customers in the New York City metropolitan area -- (US federal government works,
17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 54a (and 53zq, 53zo, 53zm, 53zh, 53w, 53u,
53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), on matters new to the corpus (every name, number and address checked
first against the corpus files, GATHERING.md, the gather scripts, the notes of /work/notes/gather54 and
/work/notes/gather55 and the session-54 and session-55 pools). International cartels are left to gatherer 54h. First-
party federal text, as the search tool's page store holds it:
  - U.S. Department of Justice, Antitrust Division press release (2000; justice.gov atr/public/press_releases/2000/
    6640.htm; no headline and no date line in the store's excerpt: `title` and `published` null): Martin News Agency
    Inc., Bennett T. Martin, A. Douglas Melamed, the Antitrust Division;
  - U.S. Department of Justice, Antitrust Division press release (13 November 2003; justice.gov atr/public/
    press_releases/2003/201461.htm; no headline and no date line in the excerpt: `title` null, `published` from the
    Division's 2003 index page, which lists 'Former Indianapolis Bookstore Managers Indicted On Price-fixing Charge'
    under November 13, 2003): Indiana University Purdue University Indianapolis (IUPUI), Harold E. Vogel, Dennis L.
    Saner, James M. Griffin;
  - U.S. Department of Justice, Antitrust Division press release (3 December 2003; justice.gov atr/public/
    press_releases/2003/201661.htm; no date line in the excerpt, `published` from the 2003 index page, which lists
    'New York Linen Supply Company and its President Plead Guilty to Allocating Customers' under December 3, 2003; the
    excerpt's one heading 'White Plains Coat & Apron Co. Inc. Agrees to Pay $3.5 Million Fine' kept as `title`):
    White Plains Coat & Apron Co. Inc., Bruce Botchman, R. Hewitt Pate.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather55g/src,
by /tmp/gather55g/save_src.py, each exactly 2,000 bytes, the store's excerpt length -- a check on the transcription;
checked paragraph for paragraph by /tmp/gather55g/verify.py). Page chrome (the 'two formats' / 'three formats'
paragraph, 'U.S. Department of Justice Seal and Letterhead', the phone and TDD lines) is left out. The paragraphs are
the store's blank-line blocks, each one row; the Martin News bullet list is kept as paragraphs each opening with the
store's bullet (U+2022) and a space, its two-space indent dropped (53w's MIO way). Each text is cut at the last full
paragraph before the store's excerpt breaks off. No word added or changed. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch54g.py [POOL_DIR] [--dry]   (default /tmp/gather55g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather54 and /work/notes/gather55 and the pools /tmp/gather54*/pool and /tmp/gather55*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55g/pool"
IDX = "https://www.justice.gov/archives/atr/usdoj-antitrust-division-2003-press-releases"
R = []

# ---- Martin News Agency Inc. / former president, CEO and co-owner Bennett T. Martin indicted, Dallas, 2000 ------------
U1 = "http://www.justice.gov/atr/public/press_releases/2000/6640.htm"
R.append(federal(
 "us-doj-atr-martin-news-agency-former-president-ceo-bennett-martin-magazine-distribution-indictment-2000", U1, None,
 None,
 "WASHINGTON, D.C. -- A federal grand jury today indicted a Dallas magazine distribution company and its former owner "
 "for participating in a conspiracy to divide distribution territories and customers for the sale of magazines and "
 "other periodicals in Dallas, Fort Worth, and the surrounding areas of Texas, the Department of Justice announced.\n\n"
 "The one-count indictment, filed today in U.S. District Court in Dallas, charges Martin News Agency Inc. and its "
 "former president, chief executive officer, and co-owner, Bennett T. Martin, with participating in a conspiracy to "
 "suppress and eliminate competition for the sale and distribution of magazines and other periodicals from August "
 "1990 until at least October 30, 1995.\n\n"
 "\"This case demonstrates the Antitrust Division's commitment to vigorously prosecuting those who seek to deny "
 "customers the benefits of competition, \" said A. Douglas Melamed, Acting Assistant Attorney General in charge of "
 "the Antitrust Division.\n\n"
 "According to the indictment, Martin News and Bennett Martin, along with their co-conspirators, participated in the "
 "conspiracy by:\n\n"
 "\u2022 agreeing to divide territories and customers among themselves and not to compete against each other;\n\n"
 "\u2022 agreeing which designated co-conspirator would distribute and sell magazines and other periodicals in certain "
 "geographic areas;\n\n"
 "\u2022 refraining from soliciting certain accounts in certain geographic areas;\n\n"
 "\u2022 pulling out of certain territories and stopping service to certain customers to allow the designated "
 "co-conspirator to service a particular territory and/or customer;",
 "media/magazine distribution", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (2000; no headline or date in the excerpt), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov (atr/public/press_releases/2000/6640.htm). Left out: 'This "
 "document is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of "
 "Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888'. The store's excerpt has no headline and no "
 "date line: `title` null (53t's Crompton, 42g) and `published` null (53t's Morgan way: filed under 2000 and in "
 "criminal case 3:00-CR-400-P, N.D. Tex., as a 2002 motion in limine on scribd gives it, but no stored source seen "
 "gives the day; so 'today' is not resolved and only absolute dates are listed). The paragraphs are the store's "
 "blank-line blocks, each one row; the bullet list kept as four paragraphs each opening with the store's bullet "
 "(U+2022) and a space, its two-space indent dropped (53w's MIO way). Cut after the fourth bullet ('... a particular "
 "territory and/or customer;'), before '\u2022 agreeing that ', where the excerpt breaks off (`truncated`). Kept as "
 "written: 'WASHINGTON, D.C. --', 'competition, \" said' (a space before the closing quotation mark), 'co-owner', "
 "'Martin News Agency Inc.' (no comma before 'Inc.'). One text per matter (the Dallas/Fort Worth magazine distribution "
 "allocation, August 1990 - October 1995, Dallas court): no other release of it was seen; the Division's other "
 "magazine-distribution releases (C&S News Agency / Mark A. Cohen, Waxahachie, 1998; Rack Shop (Trinity News) and "
 "Island Periodicals, 1999; New York Periodical Distributors, 2003) are of the same industry investigation and, for "
 "C&S and Trinity News, the same Texas territories: not to be taken with this one. Found with 'New York State "
 "periodical distributor pleads guilty to market allocation charges 2003' (rank 6). " + CHECK + "'Martin News', "
 "'Bennett T. Martin', 'Bennett Martin', 'magazine distribut', 'C&S News', 'Rack Shop', 'Trinity News', '6640' (as "
 "this page's number), '3:00-CR-400': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools "
 "('6640' only inside a telephone number and a Wikinews id); 'Douglas Melamed' in DOJ records of other matters (the "
 "same official).",
 True))

# ---- IUPUI former textbook-store manager Harold E. Vogel and Dennis L. Saner indicted, 13 November 2003 -------------
U2 = "http://www.justice.gov/atr/public/press_releases/2003/201461.htm"
R.append(federal(
 "us-doj-atr-iupui-former-textbook-store-manager-vogel-saner-bookstore-price-fixing-indictment-2003", U2,
 "2003-11-13", None,
 "WASHINGTON, D.C. \u2013 A federal grand jury in Indianapolis today indicted the former managers of competing "
 "bookstores serving the Indiana University Purdue University Indianapolis (IUPUI) joint campus for participating in a "
 "price-fixing conspiracy involving the sale of medical and other textbooks, the Department of Justice announced.\n\n"
 "According to the indictment filed today in U.S. District Court in Indianapolis, Harold E. Vogel, the former manager "
 "of IUPUI's textbook stores, and Dennis L. Saner, the former manager of a competing off-campus bookstore, conspired "
 "to eliminate competition in the market for medical and other textbooks sold on or near the IUPUI campus from "
 "approximately April 2001 through November 2002.\n\n"
 "Textbooks are typically, though not exclusively, purchased by undergraduate and graduate students at colleges, "
 "universities, and other institutions of higher learning for use in conjunction with specific class requirements. "
 "Medical textbooks are textbooks that are primarily published for, and sold to, students whose studies focus on "
 "medicine, health sciences, and related fields.\n\n"
 "\"When competitors stop competing and start colluding, consumers lose,\" said James M. Griffin, Deputy Assistant "
 "Attorney General in charge of the Antitrust Division's Criminal Enforcement Program. \"Students should be able to "
 "enjoy the benefits of competition--competitive prices and more choices.\"",
 "retail/textbooks", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (2003-11-13; no headline in the excerpt; listed as "
 "'Former Indianapolis Bookstore Managers Indicted On Price-fixing Charge' on the Division's 2003 index), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov (atr/public/press_releases/2003/201461.htm). Left out: 'This "
 "document is available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of "
 "Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888'. The store's excerpt has no headline and no "
 "date line: `title` null (53t's Crompton); `published` 2003-11-13 from the Division's 2003 index page (" + IDX +
 ", in the page store), which lists 'Former Indianapolis Bookstore Managers Indicted On Price-fixing Charge' under "
 "November 13, 2003 (**doubtful** only in that the day comes from the index, not the page; the later plea agreements "
 "of Saner and Vogel, IP 03-181-CR, name the same indictment). The paragraphs are the store's blank-line blocks, each "
 "one row. Cut after Griffin's quotation paragraph, before 'According to the charge, the conspirators organized ... "
 "agreed to eliminat', where the excerpt breaks off (`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. "
 "\u2013' (an en dash), 'Indiana University Purdue University Indianapolis (IUPUI)' (no hyphen), 'competition--"
 "competitive' (a double hyphen), the straight apostrophes of \"IUPUI's\" and \"Division's\". One text per matter "
 "(textbook price fixing at the IUPUI campus, April 2001 - November 2002, Indianapolis court): no other release of "
 "it was seen (the 2004 plea agreements on scribd and justice.gov are court filings, not taken). Found with 'Former "
 "Indianapolis bookstore managers indicted on price-fixing charge textbooks 2003' (rank 1; the headline read off the "
 "2003 index page). " + CHECK + "'IUPUI', 'Indiana University Purdue', 'Purdue University Indianapolis', 'Harold E. "
 "Vogel', 'Dennis L. Saner', 'James M. Griffin', '201461', 'IP 03-181': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'textbook' in four corpus files (Pearson/Viacom and Cengage merger texts and "
 "others: other matters).",
 True))

# ---- White Plains Coat & Apron Co. Inc. / president Bruce Botchman plead guilty, linen supply, 3 December 2003 -------
U3 = "http://www.justice.gov/atr/public/press_releases/2003/201661.htm"
T3 = "White Plains Coat & Apron Co. Inc. Agrees to Pay $3.5 Million Fine"
R.append(federal(
 "us-doj-atr-white-plains-coat-apron-president-botchman-linen-supply-customer-allocation-guilty-plea-2003", U3,
 "2003-12-03", T3,
 "WASHINGTON, D.C. \u2014 A Peekskill, New York linen supply company and its president pleaded guilty today to "
 "participating in a conspiracy to allocate customers for linen supply services in the New York City metropolitan "
 "area, the Justice Department announced. The company, White Plains Coat & Apron Co. Inc., has agreed to pay a $3.5 "
 "million criminal fine for its role in the conspiracy.\n\n"
 "White Plains Coat & Apron Co. Inc. and its president, Bruce Botchman, a resident of White Plains, New York, were "
 "charged in U.S. District Court in Manhattan today with participating from the mid-1990s until at least September "
 "2002 in an existing conspiracy to allocate customers for linen supply services in New York City; Westchester "
 "County, New York; and portions of northern New Jersey and Fairfield County, Connecticut. According to the charge, "
 "the long-standing conspiracy began in the late 1980s or early 1990s. Botchman, whose sentence is left to the "
 "court's discretion, has agreed to cooperate with the ongoing investigation.\n\n"
 "\"Customer allocation agreements deprive businesses and consumers of competitive choices and prices, and we will "
 "remain vigilant in detecting and prosecuting this type of behavior,\" said R. Hewitt Pate, Assistant Attorney "
 "General in charge of the Antitrust Division.\n\n"
 "Linen supply companies primarily supply restaurants, cafeterias, and caterers with laundered items such as table "
 "linens, napkins, chef's uniforms, and aprons. Linen supplies are a significant cost of business for these "
 "establishments.",
 "services/linen supply", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T3 + "' (2003-12-03; listed as 'New York Linen "
 "Supply Company and its President Plead Guilty to Allocating Customers' on the Division's 2003 index), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release on justice.gov (atr/public/press_releases/2003/201661.htm). Left out: 'This "
 "document is available in three formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of "
 "Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888'. The store's excerpt has no date line and "
 "gives one heading, 'White Plains Coat & Apron Co. Inc. Agrees to Pay $3.5 Million Fine', kept as `title` "
 "(**doubtful**: on the page it is likely the sub-heading under the headline the index gives, which the store lost; "
 "it is the only heading the excerpt has). `published` 2003-12-03 from the Division's 2003 index page (" + IDX + ", "
 "in the page store), which lists 'New York Linen Supply Company and its President Plead Guilty to Allocating "
 "Customers' under December 3, 2003; the information and plea agreement (03-CR-1427, S.D.N.Y.) are marked 'Filed: "
 "12/3/03'. The paragraphs are the store's blank-line blocks, each one row. Cut after '... a significant cost of "
 "business for these establishments.', before 'Accordi', where the excerpt breaks off (`truncated`). Kept as written: "
 "the dateline 'WASHINGTON, D.C. \u2014' (an em dash), 'A Peekskill, New York linen supply company' (no comma after "
 "'New York'), 'the mid-1990s', \"court's\" and \"chef's\" (straight apostrophes). One text per matter (linen supply "
 "customer allocation in the New York City metropolitan area, late 1980s - September 2002, Manhattan court): the "
 "Division's later releases of the same investigation (Polo Linen Service Inc. / Anthony Lampropoulos, February 2005; "
 "Central Laundry Service / Sea Crest Linen Supply / Stanley Olan, May 2005) are the same matter and not to be taken. "
 "Found with 'New York linen supply company and its president plead guilty to allocating customers 2003' (rank 2; "
 "the headline read off the 2003 index page). " + CHECK + "'linen supply', 'Botchman', 'White Plains Coat', "
 "'Peekskill', 'Polo Linen', 'Lampropoulos', 'Sea Crest', '201661', '03-CR-1427': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 54n (session 55, gatherer 54n): two US federal texts on international cartels prosecuted by the Justice
Department's Antitrust Division, each naming a foreign company and, where the text states them, its parent and its
executives -- the Division's release of 23 August 2001 on a Dallas grand jury indicting Tamon Tanabe, 'a Japanese
citizen and executive of Ajinomoto Co. Inc., a Japanese company' and 'Ajinomoto's associate general manager', for
fixing the prices of and allocating customers for nucleotides (food flavour enhancers) from 1994 until 1996 (Charles A.
James quoted); the Division's release of 29 September 2003 on 'Norwegian-based Odfjell Seachem AS' and 'its
executives, Bjorn Sjaastad, Chief Executive Officer of its parent, Odfjell ASA, and Erik Nilsen, Vice President',
charged in Philadelphia in the parcel tanker shipping cartel, the company to pay a $42.5 million fine and both men to
serve jail terms (R. Hewitt Pate quoted) -- (US federal government works, 17 U.S.C. 105), a round of session 55 in the
DOJ cartel-case lane after 54h and 54d (and 53zq, 53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z,
51t, 51n), on 54d's and 54h's nucleotides lead; both matters new to the corpus (every name, number and address checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather55 and the session-55 pools).
A third text prepared here, the Division's release of 30 September 2004 on Bayer Corporation's polyester polyols plea
(atr/public/press_releases/2004/205621.htm, 54h's lead), was dropped before annotation was final: gatherer 54m's pool
holds the same release (found by the last pool check), so it is 54m's:
  - U.S. Department of Justice, Antitrust Division press release of 23 August 2001 (justice.gov
    atr/public/press_releases/2001/8906.htm; no headline in the stored excerpt, so `title` is null): Tamon Tanabe,
    Ajinomoto Co. Inc., Charles A. James, the Antitrust Division;
  - U.S. Department of Justice, Antitrust Division press release 'Company Agrees to Pay $42.5 Million Fine, Executives
    Agree to Serve Jail Time' (29 September 2003; justice.gov atr/public/press_releases/2003/201301.htm): Odfjell
    Seachem AS, Odfjell ASA, Bjorn Sjaastad, Erik Nilsen, R. Hewitt Pate.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,991 and 1,998
characters, in /tmp/gather55n/src by /tmp/gather55n/mk_src.py). Page chrome (the 'two/three formats' paragraph, the
seal line, the phone and TDD lines) is left out; neither excerpt has a date line, so `published` comes from another
stored source named in each record's notes; the one heading row of the 2003 page is kept as `title`; the paragraphs
are the store's blank-line blocks, each one row (the 2001 bullet list as three rows each opening with the store's
bullet sign and a space, its two-space indent dropped: 53w's MIO way); each text cut at the last full sentence before
the store's excerpt breaks off; no word added or changed. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch54n.py [POOL_DIR] [--dry]   (default /tmp/gather55n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rliF over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (55a-55l when first checked; rechecked "
         "before writing against every pool then present: no name shared): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55n/pool"
ORIGIN = "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store"
CHROME = ("Left out: 'This document is available in {n} formats: ... please contact the Antitrust Documents Group.', "
          "'U.S. Department of Justice Seal and Letterhead', '(202) 514-2007', 'TDD (202) 514-1888'. ")
R = []

# ---- Ajinomoto Co. Inc. / Tamon Tanabe, nucleotides, 23 August 2001 ------------------------------------------------
U1 = "http://www.justice.gov/atr/public/press_releases/2001/8906.htm"
R.append(federal(
 "us-doj-atr-ajinomoto-associate-general-manager-tanabe-nucleotides-cartel-indictment-2001", U1, "2001-08-23", None,
 "WASHINGTON, D.C. -- A federal grand jury in Dallas today indicted Tamon Tanabe, a Japanese citizen and executive of "
 "Ajinomoto Co. Inc., a Japanese company, for participating in a worldwide conspiracy to fix the prices of, and "
 "allocate customers for, nucleotides, a food flavor enhancer, the Department of Justice announced.\n\n"
 "The indictment, filed today in U.S. District Court in Dallas, charges that Tanabe, while acting as Ajinomoto's "
 "associate general manager, conspired with Ajinomoto's competitors to fix the prices and allocate customers of "
 "nucleotides sold in the United States and elsewhere from 1994 until 1996. Nucleotides are organic compounds used in "
 "the food flavor enhancement industry. They can be found in soups, sauces, spices and other foods.\n\n"
 "\"Today's case reflects the Antitrust Division's resolve to proceed aggressively against individuals who engage in "
 "international cartel activity that harms American businesses and consumers,\" said Charles A. James, Assistant "
 "Attorney General in charge of the Antitrust Division.\n\n"
 "According to today's charge, Tanabe and his co-conspirators carried out the conspiracy by:\n\n"
 "\u2022 agreeing to raise and fix prices for nucleotides;\n\n"
 "\u2022 agreeing to allocate customers of nucleotides; and\n\n"
 "\u2022 participating in meetings and conversations to monitor and enforce adherence to the agreed-upon prices, the "
 "timing of price increases, and the allocation of customers.\n\n"
 "Tanabe is charged with violating Section One of the Sherman Act, which carries a maximum fine of $350,000 and three "
 "years imprisonment for individuals.",
 "food/food additives", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release of 2001-08-23 (its headline not in the stored "
 "excerpt), US federal government work (public domain); text from the search tool's page store at " + U1 + " (the "
 "justice.gov archive of the Antitrust Division's releases)",
 ORIGIN,
 "The Antitrust Division's release (justice.gov atr/public/press_releases/2001/8906.htm). " + CHROME.format(n="three")
 + "The excerpt holds no date line and no headline between the phone lines and the dateline, so `title` is null "
 "(**doubtful**, as 54d's Tokai and 54h's Walker: the page surely has a headline; none was made up). `published` "
 "2001-08-23 (a Thursday) is the day of the indictment the release says was returned 'today', by two stored Washington "
 "Times reports of the Department's announcements: 24 August 2001 ('A federal grand jury in Dallas yesterday "
 "indicted a Japanese businessman ...') and 29 August 2001 ('Tamon Tanabe ... was indicted last Thursday') "
 "(**doubtful**: a third-party date, no court paper of the indictment came back). The paragraphs are the store's "
 "blank-line blocks, each one row; the three-item list after 'carried out the conspiracy by:' kept as three rows "
 "each opening with the store's bullet sign (U+2022) and a space, the two-space indent before each dropped (53w's "
 "MIO way, 54g's Martin News). Cut after 'Tanabe is charged with violating Section One of the Sherman Act, which "
 "carries a maximum fine of $350,000 and three years imprisonment for individuals.', before 'The maximum fine may "
 "be' (the excerpt breaks off there: `truncated`). Kept as written: 'WASHINGTON, D.C. --', 'flavor' (US spelling), "
 "'three years imprisonment' (no apostrophe), 'agreed-upon', the straight quotation marks and apostrophes. One text "
 "per matter (the nucleotides cartel, July 1992 - August 1996 by the companies' charges, Dallas): the companies' "
 "pleas announced a few days later (Ajinomoto, Daesang Japan Inc. and Cheil Jedang Corp.: the Washington Times of 29 "
 "August 2001, Cartel Digest, KBS news in Korean; no justice.gov page came back) and the Information against "
 "Ajinomoto (UNT eot2008 copy of usdoj.gov atr/cases/f9300/9301.htm, 'Filed: 8/27/2001', a court paper) not taken. "
 "Ajinomoto's 1996 lysine plea and its executives (Kanji Mimoto, Kazutoshi Yamada) are the lysine matter, another "
 "one (54h's not-used list). Found with 'nucleotides price fixing Ajinomoto Daesang Cheil Jedang plead guilty "
 "Justice Department 2001' (rank 8) and with the companies' first sentence (rank 7). " + CHECK + "'Tanabe' only as "
 "another person in a train Wikipedia text on Akio Toyoda (and in its GATHERING section); 'Tamon', 'nucleotide', "
 "'8906': 0 in the corpus files, the scripts and the pools ('nucleotide' only in the leads of 54d and 54h, "
 "GATHERING.md and /work/notes/gather55); 'Ajinomoto' only in 54h's citric acid record's notes (the lysine "
 "indictment left out of its text) and GATHERING's lysine lines; 'Daesang' only in a Wikipedia text on Lee Jae-yong "
 "(another matter); 'Charles A. James' in three DOJ merger records (the same official, other matters).",
 True))

# ---- Odfjell Seachem AS / Odfjell ASA / Sjaastad / Nilsen, parcel tankers, 29 September 2003 ---------------------
U2 = "http://www.justice.gov/atr/public/press_releases/2003/201301.htm"
T2 = "Company Agrees to Pay $42.5 Million Fine, Executives Agree to Serve Jail Time"
R.append(federal(
 "us-doj-atr-odfjell-seachem-parcel-tanker-cartel-parent-odfjell-asa-ceo-sjaastad-vice-president-nilsen-2003", U2,
 "2003-09-29", T2,
 "WASHINGTON, D.C.\u2013 Norwegian-based Odfjell Seachem AS, one of the largest parcel tanker shippers in the world, "
 "and two of its executives were charged today with participating in an international cartel to allocate customers, "
 "rig bids and fix prices on parcel tanker affreightment contracts for the shipment of specialty liquids to and from "
 "the United States and elsewhere, the Department of Justice announced.\n\n"
 "The company, Odfjell Seachem AS and its executives, Bjorn Sjaastad, Chief Executive Officer of its parent, Odfjell "
 "ASA, and Erik Nilsen, Vice President, were charged separately today in U.S. District Court in Philadelphia. The "
 "company and both executives, who are citizens of Norway, have agreed to plead guilty and cooperate with the ongoing "
 "investigation. Additionally, Odfjell Seachem, with its principal place of business in Bergen, Norway, has agreed to "
 "pay a $42.5 million fine for its role in the cartel. Sjaastad has agreed to pay a $250,000 fine and to serve four "
 "months in prison and Nilsen has agreed to pay a fine of $25,000 and to serve three months in prison for their roles "
 "in the cartel. The charges, fines and jail time are subject to court approval.\n\n"
 "\"The charges filed today demonstrate the Justice Department's resolve to detect and prosecute companies and "
 "individuals involved in international cartels that harm American businesses and consumers,\" said R. Hewitt Pate, "
 "Assistant Attorney General in charge of the Department's Antitrust Division.",
 "transport/shipping", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2003-09-29, US federal government "
 "work (public domain); text from the search tool's page store at " + U2 + " (the justice.gov archive of the "
 "Antitrust Division's releases)",
 ORIGIN,
 "The Antitrust Division's release (justice.gov atr/public/press_releases/2003/201301.htm). " + CHROME.format(n="two")
 + "The one heading row between the phone lines and the dateline, 'Company Agrees to Pay $42.5 Million Fine, "
 "Executives Agree to Serve Jail Time', kept as `title` (**doubtful**: it reads like a subheading under a headline "
 "the store did not give, as 54d's Ueno). No date line in the excerpt: `published` 2003-09-29 (a Monday) is the day "
 "the release's 'charged today' names, by the Division's own filings of that day in the page store -- the Government's "
 "Rule 11 Memorandum in United States v. Bjorn Sjaastad, Criminal No. 03-652, E.D. Pa., 'Filed: September 29, 2003' "
 "(justice.gov atr case-document page) and the same memorandum for Odfjell Seachem AS, Criminal No. 03-654, 'Filed: "
 "September 29, 2003' (scribd copy) -- (**doubtful**: the release date read from the filings, as 54d's Ueno). The "
 "paragraphs are the store's blank-line blocks, each one row. Cut after Pate's quotation ('... in charge of the "
 "Department's Antitrust Division.'), before 'Parcel tanker shipping is the ocean transportation of bul' (the excerpt "
 "breaks off there: `truncated`). Kept as written: 'WASHINGTON, D.C.\u2013' (an en dash, no space before it), "
 "'Norwegian-based', 'Bjorn' (no diacritic), 'Chief Executive Officer' and 'Vice President' (capitals as printed), "
 "'The company, Odfjell Seachem AS and its executives, ...' (commas as printed), the straight quotation marks and "
 "apostrophes. One text per matter (the parcel tanker shipping cartel, August 1998 - November 2002, Philadelphia): "
 "Jo Tankers B.V.'s 2004 plea (marinelog, informare: press copies), the Odfjell plea agreement, Rule 11 and "
 "sentencing memoranda (court papers, scribd) and Cartel Digest's table not taken; batch 53u's section lists the "
 "matter as looked at for want of a first-party page ('Odfjell / parcel tanker (2003: scribd court papers, "
 "carteldigest, casetext)'): this first-party release is new and none of those texts is used (**doubtful**: if the "
 "lead reads that line as closing the matter, this record goes). Found with 'Odfjell Seachem Jo Tankers agree to "
 "plead guilty parcel tanker shipping customer allocation conspiracy Justice Department 2003' (rank 2). " + CHECK +
 "'Odfjell' only in that GATHERING line; 'Sjaastad', 'Erik Nilsen', 'Seachem', 'Jo Tankers': 0; 'parcel tanker' only "
 "in that line; '201301' only inside FCC file numbers (BALH-20130104ABX-style numbers in two 2013 FCC records and "
 "five gather scripts: other numbers); 'R. Hewitt Pate' / 'Hewitt Pate' in many DOJ records (the same official, other "
 "matters); 'Stolt': 0 in the corpus files (GATHERING names Stolt-Nielsen company pages and Stolt Offshore in other "
 "lanes; Stolt-Nielsen is not named in this text).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

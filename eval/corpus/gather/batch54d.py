#!/usr/bin/env python3
"""Batch 54d (session 55, gatherer 54d): two US federal texts on international cartels prosecuted by the Justice
Department's Antitrust Division, each naming foreign companies and, where the text states them, a parent or a unit --
the Division's release of 29 April 1999 on Tokai Carbon Co. Ltd., 'a Japanese company', charged in Philadelphia and
agreeing to plead guilty and pay a $6 million fine for its part in the graphite electrodes cartel (the investigation's
third case, after UCAR International Inc. of Danbury and 'Showa Denko Carbon Inc., a United States subsidiary of the
Japanese firm Showa Financing KK'; The Carbide/Graphite Group of Pittsburgh in the Division's leniency programme); the
Division's release of 23 January 2001 on a San Francisco grand jury indicting three executives of Ueno Fine Chemicals
Industry Ltd. ('a member of Ueno's Board of Directors', the general manager of the Sales Department in 'Ueno's
Chemical Division', a sales manager in that division) and 'a salesman in Daicel's Organic Chemicals Division' for
fixing sorbate (food preservative) prices from 1979 to 1996, Ueno agreeing to plead guilty and pay an $11 million fine
-- (US federal government works, 17 U.S.C. 105), a round of session 55 in the DOJ cartel-case lane after 53zq (and
53zo, 53zm, 53zh, 53w, 53u, 53t, 53r, 53k, 53f, 52q, 52h, 52f, 51z, 51t, 51n), turned to international cartels and
foreign companies; both matters new to the corpus (every name, number and address checked first against the corpus
files, GATHERING.md, the gather scripts, /work/notes/gather55 and the session-55 pools):
  - U.S. Department of Justice, Antitrust Division press release of 29 April 1999 (justice.gov
    atr/public/press_releases/1999/2395.htm; its headline is not in the stored excerpt, so `title` is null): Tokai
    Carbon Co. Ltd., UCAR International Inc., Showa Denko Carbon Inc., Showa Financing KK, The Carbide/Graphite Group,
    Joel I. Klein, the Antitrust Division;
  - U.S. Department of Justice, Antitrust Division press release 'Ueno Fine Chemicals Industry Ltd. Agrees to Pay $11
    Million Criminal Fine' (23 January 2001; justice.gov atr/public/press_releases/2001/7310.htm): Ueno Fine Chemicals
    Industry Ltd., Daicel Chemical Industries Ltd., their Chemical Division and Organic Chemicals Division, Yuji
    Komatsu, Yoshihiko Katsuyama, Wakao Shinoda, Hitoshi Hayashi.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them, 1,999 and 2,000
characters, in /tmp/gather55d/src by /tmp/gather55d/mk_src.py). Page chrome (the 'two formats' paragraph, the seal
line, the phone and TDD lines, the Tokai page's date line -- used for `published` --) is left out; the Ueno headline is
kept as `title`; the paragraphs are the store's blank-line blocks, each one row; each text cut at the last full
sentence before the store's excerpt breaks off; no word added or changed. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch54d.py [POOL_DIR] [--dry]   (default /tmp/gather55d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and address, against the corpus files (grep -rli over "
         "train, dev, test: names of matching files only), GATHERING.md, every gather script, the notes of "
         "/work/notes/gather55 and the session-55 pools /tmp/gather55*/pool (55b, 55c, 55f empty when first checked; "
         "rechecked before writing against 55a, 55b, 55c and 55e's records: no name shared): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55d/pool"
R = []

# ---- Tokai Carbon Co. Ltd., graphite electrodes, 29 April 1999 --------------------------------------------------------
U1 = "http://www.justice.gov/atr/public/press_releases/1999/2395.htm"
R.append(federal(
 "us-doj-atr-tokai-carbon-japanese-graphite-electrodes-cartel-plea-ucar-showa-denko-carbon-subsidiary-1999",
 U1, "1999-04-29", None,
 "WASHINGTON, D.C. -- The Department of Justice today charged a Japanese company with participating in an "
 "international cartel to fix the price and allocate the volume of graphite electrodes sold in the United States and "
 "elsewhere. The company has agreed to plead guilty and pay a fine of $6 million for their role in the conspiracy.\n\n"
 "The one-count Information, filed in U.S. District Court in Philadelphia, Pennsylvania, charges Tokai Carbon Co. "
 "Ltd. with violating the Sherman Antitrust Act. According to the charges, Tokai participated in a conspiracy to "
 "suppress and eliminate competition in the graphite electrodes industry from at least as early as July 1992 and "
 "continuing until at least June 1997.\n\n"
 "This is the third case resulting from the Justice Department's ongoing criminal investigation into anticompetitive "
 "practices in the graphite electrode industry. UCAR International Inc., of Danbury, Connecticut, and Showa Denko "
 "Carbon Inc., a United States subsidiary of the Japanese firm Showa Financing KK, have already pled guilty to "
 "similar charges and are paying fines of $110 million and $32.5 million, respectively.\n\n"
 "\"In today's global economy, international cartels increasingly victimize businesses and consumers,\" said Joel I. "
 "Klein, Assistant Attorney General for Antitrust. \"Uncovering international cartels that harm Americans and "
 "vigorously prosecuting the individuals and corporations responsible for causing that harm is the Antitrust "
 "Division's top priority in criminal enforcement. This case demonstrates the resolve of antitrust enforcers to "
 "prosecute all members of the international cartel that substantially increased prices of graphite electrodes in "
 "the United States and around the world.\"\n\n"
 "The Carbide/Graphite Group, of Pittsburgh, Pennsylvania, another producer of graphite electrodes, earlier announced "
 "that it has been accepted into the Antitrust Division's Corporate Leniency Program.",
 "metals/graphite electrodes", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release of 1999-04-29 (its headline not in the stored "
 "excerpt), US federal government work (public domain); text from the search tool's page store at " + U1 + " (the "
 "justice.gov archive of the Antitrust Division's releases)",
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release (justice.gov atr/public/press_releases/1999/2395.htm). The store's excerpt begins "
 "with the date line 'THURSDAY, APRIL 29, 1999' (two trailing blanks; used for `published`, a Thursday) and holds no "
 "headline, seal or phone lines, so `title` is null (**doubtful**: the page surely has a headline above the date "
 "line; the store did not give it, and none was made up). The paragraphs are the store's blank-line blocks (the date "
 "line joined to the first by a single line break, dropped with it). Cut after '... accepted into the Antitrust "
 "Division's Corporate Leniency Program.', before 'Under the Leniency Program, a company may qualify for', where the "
 "excerpt breaks off (`truncated`). Kept as written: 'WASHINGTON, D.C. --', 'for their role' (the company, plural "
 "pronoun), 'pled guilty', 'graphite electrode industry' beside 'graphite electrodes industry', 'Assistant Attorney "
 "General for Antitrust', the straight quotation marks and apostrophes. One text per matter (the graphite electrodes "
 "cartel, July 1992 - June 1997, Philadelphia): the Division's other releases of it that came back -- 1999/3706.htm "
 "(UCAR's former senior vice president and COO Robert J. Hart), 1999/3724.htm (UCAR's former president, CEO and "
 "chairman Robert Krass), 1999/3880.htm (SEC Corporation and Nippon Carbon Co. Ltd.), scribd's copy of the 1998 Showa "
 "Denko Carbon release -- not taken. The corpus's Showa Denko / SGL Carbon record (train, the 2017 merger judgment of "
 "batch 49e) is another matter (an acquisition, not the cartel). Found with 'FOR IMMEDIATE RELEASE AT (202) 514-2007 "
 "graphite electrodes plead guilty fine German Japanese company' (rank 1) and 'Tokai Carbon Co. Ltd. graphite "
 "electrodes Information Philadelphia $6 million fine Showa Financing KK Carbide/Graphite Group leniency' (rank 1, the "
 "same excerpt). " + CHECK + "'Tokai', 'UCAR', 'Showa Denko Carbon', 'Showa Financing', 'Carbide/Graphite', "
 "'Danbury': 0 in the corpus files, the scripts, the notes and the pools ('UCAR' in GATHERING.md only inside "
 "'Copersucar'); 'graphite electrode' only in the 2017 Showa Denko / SGL Carbon and 2010 GrafTech / Seadrift merger "
 "records and their batches (47z, 49e: other matters); 'Joel I. Klein' in many DOJ records (the same official, other "
 "matters); '2395' only in an eBay record and batch 9 (other numbers).",
 True))

# ---- Ueno Fine Chemicals Industry Ltd. / Komatsu, Katsuyama, Shinoda; Daicel's Hayashi; sorbates, 23 January 2001 ----
U2 = "http://www.justice.gov/atr/public/press_releases/2001/7310.htm"
T2 = "Ueno Fine Chemicals Industry Ltd. Agrees to Pay $11 Million Criminal Fine"
R.append(federal(
 "us-doj-atr-ueno-fine-chemicals-board-member-sales-managers-daicel-salesman-sorbates-indictment-2001", U2,
 "2001-01-23", T2,
 "WASHINGTON, D.C. -- Three top executives of Ueno Fine Chemicals Industry Ltd. and an executive from the Japanese "
 "chemical giant Daicel Chemical Industries Ltd. were indicted today by a federal grand jury for participating in a "
 "17-year international price-fixing conspiracy in the food preservatives industry, the Department of Justice "
 "announced. In addition, Ueno, a Japanese chemical producer, has agreed to plead guilty and to pay an $11 million "
 "criminal fine for its role in the same conspiracy.\n\n"
 "The conspiracy affected nearly $1 billion in U.S. commerce. Roughly $200 million worth of sorbates -- which include "
 "potassium sorbate and sorbic acid -- are sold annually worldwide. Sorbates are chemical preservatives used "
 "primarily in high-moisture and high-sugar foods such as cheese and other dairy products, baked goods, and other "
 "processed foods.\n\n"
 "In the indictment, filed in U.S. District Court in San Francisco, the grand jury charged Yuji Komatsu, a member of "
 "Ueno's Board of Directors; Yoshihiko Katsuyama, general manager of the Sales Department in Ueno's Chemical "
 "Division; Wakao Shinoda, a sales manager in Ueno's Chemical Division; and Hitoshi Hayashi, a salesman in Daicel's "
 "Organic Chemicals Division, with conspiring with other corporate and individual co-conspirators to suppress "
 "competition by fixing the prices and allocating the volumes of sorbates to be sold in the United States and "
 "elsewhere from 1979 to 1996. All four executives are Japanese citizens.",
 "chemicals/food preservatives", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release '" + T2 + "', 2001-01-23, US federal government work "
 "(public domain); text from the search tool's page store at " + U2 + " (the justice.gov archive of the Antitrust "
 "Division's releases)",
 "US Justice Department press release (justice.gov, Antitrust Division), from the search tool page store",
 "The Antitrust Division's release (justice.gov atr/public/press_releases/2001/7310.htm). Left out: 'This document is "
 "available in two formats: ... please contact the Antitrust Documents Group.', 'U.S. Department of Justice Seal and "
 "Letterhead', '(202) 616-2771', 'TDD (202) 514-1888'; the one heading row kept as `title` (**doubtful**: it reads "
 "like the release's subheading, its main headline perhaps not stored). The excerpt has no date line: `published` "
 "2001-01-23 is the filing date of the indictment the release announces as returned 'today' (United States v. Yuji "
 "Komatsu, Yoshihiko Katsuyama, Wakao Shinoda and Hitoshi Hayashi, No. CR 01-0019 PJH, N.D. Cal., 'Filed: January 23, "
 "2001', the UNT web archive's eot2008 copy of usdoj.gov atr/cases/f7300/7366.htm in the page store; Cartel Digest "
 "also gives Ueno's plea date as 01/23/2001) (**doubtful** only in that the date is read from the court paper, not "
 "from the release). The paragraphs are the store's blank-line blocks, each one row. Cut after '... All four "
 "executives are Japanese citizens.', before 'At the same time, a separate charge was also filed in U.S. Dist', where "
 "the excerpt breaks off (`truncated`; the charge against Ueno itself and the Division's quotation are cut with it). "
 "Kept as written: 'WASHINGTON, D.C. --', '17-year', 'sorbates -- which include ... acid --', 'Board of Directors', "
 "'general manager of the Sales Department', the straight apostrophes. One text per matter (the sorbates cartel, "
 "1979-1996, San Francisco): the Division's release of 14 July 1999 on Nippon Gohsei and Hiromi Ito (1999/2560.htm, "
 "first-party, the same matter) came back and was not taken; Daicel's own plea and indictment of July 2000 (AP's "
 "report) and Hoechst's and Eastman's pleas are the same matter. Found with 'Department of Justice Seal sorbates "
 "Daicel Chemical Eastman Hoechst Nippon Gohsei plead guilty fine' (rank 4) and with its first sentence (rank 1). "
 + CHECK + "'Ueno Fine', 'Daicel', 'Komatsu', 'Katsuyama', 'Wakao Shinoda', 'Hitoshi Hayashi', 'sorbate', 'food "
 "preservative', '7310', '7366': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools ('Ueno' "
 "alone only inside 'Buenos').",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

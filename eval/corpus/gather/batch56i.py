#!/usr/bin/env python3
"""Batch 56i (session 54, gatherer 56i): two Antitrust Division press releases on cartel charges against named
companies, as the Justice Department's own site holds them -- the release on DuCoa L.P., 'a U.S. manufacturer of
animal health and nutrition products based in Highland, Illinois', agreeing to plead guilty and pay a $500,000 fine
for a worldwide conspiracy to fix prices and allocate market shares for choline chloride (vitamin B4), 'the 29th
[case] in the long running and highly successful vitamins investigation' (Charles A. James, Assistant Attorney
General in charge of the Antitrust Division, quoted; justice.gov archive/atr/public/press_releases/2002/200263.htm);
the release on the charge against Freyssinet et Cie, 'a French construction company', for rigging bids for
cable-stayed bridge projects in the United States between September 1996 and September 1997 (Joel I. Klein,
Assistant Attorney General in charge of the Antitrust Division, quoted; justice.gov atr/public/press_releases/1999/
3673.htm) -- (US federal government works, 17 U.S.C. 105), a round of session 54 in the DOJ lane after 56d, 55ze,
55y, 55u, 55q, 55m, 55k, 55d and 55c, back to the Division's cartel releases; two separate matters (the vitamins
investigation's choline chloride case, N.D. Tex., 2002; the cable-stayed bridge bid-rigging case, N.D. Cal., 1999),
both new to the corpus (every name checked first against the corpus files, GATHERING.md, the gather scripts,
/work/notes/gather57/CLAIMS.txt and the session's pools /tmp/gather57*/pool; earlier rounds had found the choline
chloride case only as court papers). Neither release names an executive of the charged company: the lane's first
wish (executives with posts) was not met this round, each text has one official with his post (see the section's
leads). Neither excerpt has a date line or a headline: `published` and `title` are null (as 53w's Morgan Crucible and
the Martin News Agency texts), the year in each id is the one in the page's address:
  - Antitrust Division press release, 2002 (justice.gov archive/atr/public/press_releases/2002/200263.htm): DuCoa
    L.P.;
  - Antitrust Division press release, 1999 (justice.gov atr/public/press_releases/1999/3673.htm): Freyssinet et Cie.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather57i/src,
ducoa.txt and freyssinet.txt, with address, query and rank). Page chrome ('This document is available in two formats
... contact the Antitrust Documents Group.', 'U.S. Department of Justice Seal and Letterhead', the press-office and
TDD telephone lines) is left out; the dateline 'WASHINGTON, D.C. -- ' is kept as written, as 56d, 55ze, 55y and 55u
kept theirs; the paragraphs are the store's blank-line blocks, each one row joined by a blank line; the DuCoa text
cut at a sentence end inside its last kept paragraph (before a bulleted list and a quotation the excerpt breaks off
in), the Freyssinet text at the last full paragraph; no word added or changed. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch56i.py [POOL_DIR] [--dry]   (default /tmp/gather57i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather57/CLAIMS.txt and "
         "the session's pools /tmp/gather57*/pool (claimed as 56i before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57i/pool"
R = []

# ---- DuCoa L.P., choline chloride (vitamin B4), agrees to plead guilty, 2002 (no date line in the excerpt) ---------
U1 = "https://www.justice.gov/archive/atr/public/press_releases/2002/200263.htm"
R.append(federal(
 "us-doj-atr-ducoa-highland-illinois-choline-chloride-vitamin-b4-vitamins-investigation-price-fixing-plea-2002",
 U1, None, None,
 "WASHINGTON, D.C. -- DuCoa L.P., a U.S. manufacturer of animal health and nutrition products based in Highland, "
 "Illinois, has agreed to plead guilty and pay a $500,000 fine for participating in a worldwide conspiracy to raise "
 "and fix prices and allocate market shares for choline chloride (vitamin B4) sold in the United States and "
 "elsewhere, the Department of Justice announced today.\n\n"
 "Choline chloride or vitamin B4, which is sold by manufacturers and resellers to customers in the animal nutrition "
 "industry, is an ingredient necessary for the proper growth and development of animals.\n\n"
 "\"This latest case, the 29th in the long running and highly successful vitamins investigation, once again "
 "demonstrates the Division's commitment to prosecuting antitrust crimes that harm American businesses and "
 "consumers,\" said Charles A. James, Assistant Attorney General in charge of the Department's Antitrust "
 "Division.\n\n"
 "According to the charge filed today in U.S. District Court in Dallas, DuCoa L.P. conspired with unnamed "
 "co-conspirators to suppress and eliminate competition in the choline chloride market in the U.S. and elsewhere "
 "from at least January 1988 through September 29, 1998.",
 "chemicals/animal nutrition (choline chloride)", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (no headline or date line in the stored page), 2002 "
 "(the year of the address's folder), US federal government work (public domain); text from the search tool's page "
 "store at " + U1 + " (the Department's archive of the Division's releases)",
 "Antitrust Division press release (U.S. Department of Justice, justice.gov archive), from the search tool page "
 "store",
 "The Antitrust Division's release on DuCoa L.P.'s agreement to plead guilty (justice.gov archive/atr/public/"
 "press_releases/2002/200263.htm): the Department's own page, not a copy by a third party. The stored page has no "
 "headline and no date line (it opens with the format notice, then 'U.S. Department of Justice Seal and "
 "Letterhead', '(202) 616-2777', 'TDD (202) 514-1888'): `title` and `published` are null, and 'today' (twice) has no "
 "calendar value in the gold; the id's 2002 is the address's folder (the Division's plea agreement with DuCoa, a "
 "court paper the same search returned at rank 2, says 'Filed: 09/30/2002' -- not used for `published`, which "
 "is the text's own). Left out: the format notice ('This document is available in two formats: ... please contact "
 "the Antitrust Documents Group.'), 'U.S. Department of Justice Seal and Letterhead' and the two telephone lines. "
 "The paragraphs are the store's blank-line blocks, each one row. Cut after '... through September 29, 1998.', "
 "inside the fourth paragraph, before 'The conduct engaged in by DuCoa L.P. included:', the five bulleted items "
 "and '\"This conspiracy, involving V' (the excerpt breaks off inside that quotation: `truncated`). Kept as "
 "written: the dateline 'WASHINGTON, D.C. -- ' (two hyphens), 'DuCoa L.P.' without a comma (the court paper's "
 "'DuCoa, L.P.' is not the text's), 'a U.S. manufacturer', '$500,000', 'choline chloride (vitamin B4)', 'the "
 "29th', 'long running' without a hyphen, 'the U.S. and elsewhere', straight quotation marks and apostrophes. One "
 "text per matter (the choline chloride case of the vitamins investigation, N.D. Tex., 2002-2003): not taken -- "
 "thefederalnewswire's copy of the 2003 release on the indictment of Daniel T. Rose, 'the former president of "
 "DuCoa, L.P.' (third party; the Department's own page did not come back), the plea agreement and the Rose "
 "indictment and appellate brief (court papers). Found with 'choline chloride price-fixing conspiracy Chinook Group "
 "DuCoa executives plead guilty Antitrust Division' (rank 1). " + CHECK + "'DuCoa', 'choline': only in "
 "GATHERING.md (53-era not-used lines: 'DuCoa only court papers', 'choline chloride (DuCoa plea agreement only)'); "
 "'Charles A. James' in five corpus files and five gather scripts (other matters: he headed the Division in "
 "2001-2002); 'Highland, Illinois' in one corpus file and batch 53za's scripts (a radio licence, another matter); "
 "'200263', 'vitamin B4': 0.",
 True))

# ---- Freyssinet et Cie, cable-stayed bridge bid rigging charged, 1999 (no date line in the excerpt) ----------------
U2 = "http://www.justice.gov/atr/public/press_releases/1999/3673.htm"
R.append(federal(
 "us-doj-atr-freyssinet-et-cie-french-construction-company-cable-stayed-bridges-bid-rigging-charge-1999",
 U2, None, None,
 "WASHINGTON, D.C. -- The Department of Justice today charged Freyssinet et Cie, a French construction company, "
 "with conspiring to rig bids for several cable-stayed bridge projects in the United States.\n\n"
 "In a one-count felony case filed in U.S. District Court in San Francisco, the Department's Antitrust Division "
 "charged that Freyssinet conspired with other suppliers to suppress and eliminate competition by rigging bids on "
 "the installation, production, and sale of materials and supplies for cable-stayed bridges between September 1996 "
 "and September 1997. According to the Department, Freyssinet and other suppliers agreed to allocate among "
 "themselves the contracts for several cable-stayed bridge projects and submitted artificially high, "
 "non-competitive bids for those projects in accordance with their agreements.\n\n"
 "Construction of cable-stayed bridges is a form of specialty construction. The roadway of a cable-stayed bridge is "
 "suspended from cables attached to load-bearing towers.\n\n"
 "\"Road and bridge construction represents a significant portion of federal and state budgets,\" said Joel I. "
 "Klein, Assistant Attorney General in charge of the Antitrust Division. \"The Department will continue to "
 "prosecute vigorously international conspiracies that restrain competition and defraud American taxpayers.\"",
 "construction/cable-stayed bridges", "legal,antitrust",
 "U.S. Department of Justice, Antitrust Division, press release (no headline or date line in the stored page), 1999 "
 "(the year of the address's folder), US federal government work (public domain); text from the search tool's page "
 "store at " + U2,
 "Antitrust Division press release (U.S. Department of Justice, justice.gov), from the search tool page store",
 "The Antitrust Division's release on the charge against Freyssinet et Cie (justice.gov atr/public/press_releases/"
 "1999/3673.htm): the Department's own page, not a copy by a third party. The stored page has no headline and no "
 "date line (it opens with the format notice, then 'U.S. Department of Justice Seal and Letterhead', '(202) "
 "514-2007', 'TDD (202) 514-1888'): `title` and `published` are null, and 'today' has no calendar value in the "
 "gold; the id's 1999 is the address's folder. Left out: the format notice, 'U.S. Department of Justice Seal and "
 "Letterhead' and the two telephone lines. The paragraphs are the store's blank-line blocks, each one row. Cut "
 "after Klein's quotation, before 'Freyssinet is charged with violating Section One of the Sherman Act, which "
 "carries a maximum fine of $10 million for corporations. The maximum fine may be increased ... if either of those "
 "amounts is greater than the' (the excerpt breaks off inside that sentence: `truncated`). Kept as written: the "
 "dateline 'WASHINGTON, D.C. -- ' (two hyphens), 'Freyssinet et Cie' (no stop after 'Cie'), 'cable-stayed' (five "
 "times), 'non-competitive', 'load-bearing', 'Joel I. Klein', straight quotation marks and apostrophes. One text "
 "per matter (the cable-stayed bridge bid-rigging case, 1999): no other page on it came back. Found with 'Home "
 "Press Releases 2010 This is archived material from the Federal Bureau of Investigation company president pleads "
 "guilty bid rigging Antitrust Division Office of Public Affairs (202) 514-2007' (rank 8: a header-shaped query "
 "for another thing). " + CHECK + "'Freyssinet', 'cable-stayed', '1999/3673': 0 in the corpus files, GATHERING.md, "
 "the gather scripts, CLAIMS.txt and the pools; 'Joel I. Klein' in several corpus files (other matters: he headed "
 "the Division in 1997-2000).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

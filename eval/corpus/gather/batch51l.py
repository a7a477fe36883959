#!/usr/bin/env python3
"""Batch 51l (session 52, gatherer 51l): the settlement the Justice Department's Antitrust Division reached with Waste
Industries USA Inc. over its purchase of waste-hauling assets from Allied Waste Industries Inc. in the Norfolk,
Virginia area, with small container commercial waste hauling assets to be sold and customer contracts modified (2005)
-- told in a US federal public-domain text of the Department (17 U.S.C. 105), a batch-51 round in the DOJ lane (51b,
50k, 50h, 50e, 50b, 49b, 49e, 49i and 49l before it; 48b, 48f, 48k; 47b to 47z, 46b, 46e, 46i, 46k earlier),
first-party text only:
  - the Division's press release 'JUSTICE DEPARTMENT REACHES SETTLEMENT WITH WASTE INDUSTRIES USA INC.' (Monday,
    8 August 2005, usdoj.gov atr/public/press_releases/2005/210465.htm), as the UNT Libraries' End of Term 2008 web
    archive holds the page (origin string `ARC`, as batch 41h took a Division release the same way).
The text is the search tool's page-store excerpt (corpus `pages`). The page's format note, the letterhead lines, the
headline (kept as `title`, its two printed lines joined with a space) and the sub-heading are left out; the two
paragraphs and the quotation paragraph kept, set off by blank lines as the excerpt gives them. The text is cut at the
last full sentence before the excerpt breaks off ('According to the complaint, in August 2003, Waste Industries').
No word or character added or changed. Written before any extractor ran on the text (newskg was not run on it).
usage: batch51l.py [POOL_DIR] [--dry]   (default /tmp/gather52l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41h import ARC

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52l/pool"
# a check note of this batch's own (as 47b's to 51b's), naming the pools present at the last check
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test of /work/main on branch main: names of matching files only, no dev or test file's text read), "
         "GATHERING.md (grep -a; its 'not used' lists included), every gather script (batch51b.py the latest of this "
         "lane), the notes under /work/notes and every /tmp/gather52*/pool present (at the last check the other "
         "lanes' CFTC, SEC, FCC, UK government and DOJ (51b's Cengage) picks; none naming this matter): ")
R = []

# ---- Waste Industries USA / Allied Waste Industries assets, Norfolk, usdoj.gov via the UNT archive, 8 August 2005 ---
U1 = ("https://webarchive.library.unt.edu/eot2008/20080916180247/http:/www.usdoj.gov/atr/public/press_releases/2005/"
      "210465.htm")
U1C = "https://webarchive.library.unt.edu/web/20090830232404/http://justice.gov/atr/cases/f210400/210480.htm"
U1J = "https://regulations.justia.com/regulations/fedreg/2005/08/18/05-16232.html"
U1S = "https://www.scribd.com/document/304167/US-Department-of-Justice-Antitrust-Case-Brief-01613-212661"
T1 = "JUSTICE DEPARTMENT REACHES SETTLEMENT WITH WASTE INDUSTRIES USA INC."
R.append(federal(
 "us-doj-waste-industries-allied-waste-norfolk-hauling-assets-settlement-2005", U1, "2005-08-08", T1,
 "WASHINGTON, D.C. \u2014 The Department of Justice announced today that it has reached a settlement that requires "
 "Waste Industries USA Inc. to sell certain small container commercial waste hauling assets, to modify certain "
 "customer contracts, and to refrain from certain contracting practices in the Norfolk, Virginia area, in order to "
 "resolve the Department's antitrust concerns. The Department said that the acquisition by Waste Industries of "
 "waste-hauling assets from Allied Waste Industries Inc. lessened competition for small container commercial hauling "
 "services in the region.\n\n"
 "The Department's Antitrust Division filed a civil lawsuit today in U.S. District Court in Norfolk, Virginia, "
 "seeking to require Waste Industries to divest certain commercial waste hauling assets and prevent Waste Industries "
 "from continuing certain anticompetitive contracting practices. At the same time, the Department filed a proposed "
 "settlement that, if approved by the court, would resolve the lawsuit and the Department's competitive concerns.\n\n"
 "\"This settlement ensures that the full benefits of competition - lower prices and better service - will be "
 "restored to commercial waste hauling customers in the Norfolk, Virginia area,\" said Thomas O. Barnett, Acting "
 "Assistant Attorney General in charge of the Department's Antitrust Division.",
 "environment/waste services", "deal,regulatory",
 "U.S. Department of Justice, Antitrust Division, press release 'Justice Department Reaches Settlement with Waste "
 "Industries USA Inc.', 2005-08-08, US federal government work (public domain); text of the usdoj.gov page as the "
 "UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page store at " + U1,
 ARC,
 "The Antitrust Division's press release on usdoj.gov (atr/public/press_releases/2005/210465.htm) as the End of "
 "Term 2008 web archive (webarchive.library.unt.edu) holds the page: the Department's own page, archived unchanged "
 "(origin string `ARC`, batch 41h's). Left out: the page's format note ('This document is available in three "
 "formats: ... contact the Antitrust Documents Group.'), the letterhead lines ('U.S. Department of Justice Seal and "
 "Letterhead', 'FOR IMMEDIATE RELEASE', the date line 'MONDAY, AUGUST 8, 2005' (kept as `published`), "
 "'WWW.USDOJ.GOV', 'AT', '(202) 514-2007', 'TDD (202) 514-1888'), the headline (two printed lines, broken after "
 "'SETTLEMENT', joined with a space as `title`, in capitals as printed, as 41h kept its ALLTEL headline) and the "
 "sub-heading 'Settlement Restores Competition for Waste Services in the Norfolk, Virginia Area' (a heading, not "
 "kept; **doubtful**: a reader may prefer the sub-heading, or a title in ordinary case). Three paragraphs "
 "kept (two of the Department's account, then the quotation), set off by blank lines as the excerpt gives "
 "them. Cut after the quotation paragraph ('... in charge of the Department's "
 "Antitrust Division.'), before 'According to the complaint, in August 2003, Waste Industries', where the excerpt "
 "breaks off (`truncated`: the release's account of the August 2003 purchase, the markets and the decree's terms are "
 "not in the kept text). Kept as written: the dateline 'WASHINGTON, D.C. \u2014' with its em dash, the straight "
 "apostrophes and quotation marks, the spaced hyphens in the quotation ('competition - lower prices and better "
 "service - will'), 'waste hauling' unhyphenated beside 'waste-hauling assets', 'U.S. District Court in Norfolk, "
 "Virginia,', 'Inc.' without a comma before it in both company names. The kept text checked by script to be an "
 "exact part of the excerpt (saved under /tmp/gather52l/src). 190 words (whitespace-split). One text per event: "
 "the Division's Federal Register notice of the same settlement ('United States v. Waste Industries USA, Inc.; "
 "Proposed Final Judgment and Competitive Impact Statement', 70 FR 48590, FR Doc. 05-16232, 18 August 2005) came "
 "back only as justia's printed page (" + U1J + ", which opens inside an Environment and Natural Resources Division "
 "notice) and a scribd upload, not taken; the Competitive Impact Statement (" + U1C + ") and the motion for entry "
 "and certificate of compliance (" + U1S + " and its neighbour: scribd uploads of court papers) left out. Found with "
 "'proquest.com docview fulltext United States v. Proposed Final Judgment and Competitive Impact Statement "
 "Antitrust Division 2010' (a Final Judgment copy on fdocuments.net naming the case came back, rank 3), then "
 "'United States v. Waste Industries USA, Inc. Proposed Final Judgment and Competitive Impact Statement 2005 "
 "Norfolk Virginia' (the release rank 3) and the release's headline and sub-heading (rank 1). " + CHECK +
 "'Waste Industries USA', '05 CV 468', '05CV468', '05-16232', '48590', '210465': 0 everywhere; 'Waste Industries' "
 "otherwise only inside other names: 'TransAmerican Waste Industries' in the two train texts on USA Waste's "
 "Sanifill and TransAmerican matters (grep -o), and, by file name, 'Allied Waste Industries' in dev's Republic / "
 "Allied 2008 release and test's Allied / Browning-Ferris 1999 notice (other matters); 'Norfolk' only in four "
 "texts on other matters (Ford, the Weather Channel's founder, Federal Reserve actions, an SEC bank case: by file "
 "name); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 48c (session 49, gatherer 48c): company relations told in a US Federal Communications Commission text (US
federal public-domain work, 17 U.S.C. 105), a thirty-second round in the FCC transaction lane of batches 15f, 43n, 43p,
43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg, 45zk, 45zo, 45zr, 45zu, 45zx, 46c,
46f, 46h, 46l, 46o, 47c, 47g, 47j, 47o, 47q, 47u, 47x and 47za, on a matter no corpus file holds --
  - the public notice DA 12-2021 of 13 December 2012 establishing the pleading cycle on the application of FairPoint
    Communications, Inc., Fremont Telcom Co., Fretel Communications, LLC and Blackfoot Telephone Cooperative, Inc.
    d/b/a Blackfoot Telecommunications Group for the transfer of control of Fremont and Fretel from FairPoint to
    Blackfoot (WC Docket No. 12-351), as the fcc.gov document page holds it.
The text is the search tool's page-store excerpt (corpus `pages`). The page's own lines, the letterhead, the DA number
and the footnote marker are left out; the text is cut at the last full sentence before the excerpt breaks off. The
notice's 'Released' line, the docket line and the two due-date lines are each kept on their own line, and the body's
line wraps joined (whitespace only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the text (newskg was not run on it).
usage: batch48c.py [POOL_DIR] [--dry]   (default /tmp/gather49c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49c/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rlF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a: the file "
         "holds bytes that make plain grep call it binary), every gather script, the notes under /work/notes and the "
         "session-49 pools /tmp/gather49*/pool (49a's at the last check, none on this matter): ")
R = []

# ---- Fremont Telcom Co., Fretel Communications, LLC (FairPoint) -> Blackfoot, DA 12-2021, 13 December 2012 -----------
U1 = "https://www.fcc.gov/document/comment-sought-domestic-214-transfer-fairpoint-blackfoot?contrast=highContrast"
R.append(federal(
 "us-fcc-fremont-telcom-fretel-fairpoint-blackfoot-domestic-section-214-transfer-of-control-pleading-cycle-public-"
 "notice-2012",
 U1, "2012-12-13",
 "Comment Sought on Domestic 214 Transfer of FairPoint to Blackfoot",
 "Released: December 13, 2012\n\n"
 "WC Docket No. 12-351\n\n"
 "Comments Due: December 27, 2012\n"
 "Reply Comments Due: January 3, 2013\n\n"
 "On December 6, 2012, FairPoint Communications, Inc. (FairPoint), Fremont Telcom Co. (Fremont), Fretel "
 "Communications, LLC (Fretel) and Blackfoot Telephone Cooperative, Inc. d/b/a Blackfoot Telecommunications Group "
 "(Blackfoot) (collectively, Applicants) filed an application, pursuant to section 63.03 of the Commission\u2019s "
 "rules, for the transfer of control of Fremont and Fretel from FairPoint to Blackfoot. Applicants do not request "
 "streamlined processing of the application. FairPoint, a Delaware corporation, operates 33 local exchange companies "
 "in 18 states, including Alabama, Colorado, Florida, Georgia, Idaho, Illinois, Kansas, Maine, Massachusetts, "
 "Missouri, New Hampshire, New York, Ohio, Oklahoma, Pennsylvania, Vermont, Virginia, and Washington. In each of "
 "these geographic areas, FairPoint\u2019s products and services include local and long distance voice, data, "
 "Internet broadband, television, and business communications solutions. Fremont, an Idaho rural incumbent local "
 "exchange carrier (LEC), and Fretel, an Idaho competitive LEC and non-dominant interexchange carrier, provide local "
 "exchange and exchange access services, as well as domestic interstate interexchange services, to approximately "
 "5,000 customers in Idaho and a small number of customers in Montana.",
 "telecoms/wireline carrier", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau, Public Notice DA 12-2021, released December "
 "13, 2012, 'Comment Sought on Domestic 214 Transfer of FairPoint to Blackfoot', WC Docket No. 12-351, US federal "
 "government work (public domain); text as the fcc.gov document page holds it, from the search tool's page store "
 "at " + U1,
 "fcc.gov document page (search tool page store)",
 "The public notice of 13 December 2012 (DA 12-2021, WC Docket No. 12-351) establishing the pleading cycle on the "
 "application of FairPoint Communications, Inc., Fremont Telcom Co., Fretel Communications, LLC and Blackfoot "
 "Telephone Cooperative, Inc. d/b/a Blackfoot Telecommunications Group for the transfer of control of Fremont and "
 "Fretel from FairPoint to Blackfoot, as the fcc.gov document page holds it (the notice's lines as the page sets "
 "them, as 47x's IP Networks/Level 3 page); an FCC public notice is a US federal work, public domain (batch 15f). The "
 "issuing Bureau is not named in the kept text (a WC docket, as 47x and 47za; the attribution names the Wireline "
 "Competition Bureau). The notice's own upper-case heading is not on the page (blank lines stand between the "
 "'Released' line and the docket line), so the page's heading 'Comment Sought on Domestic 214 Transfer of FairPoint "
 "to Blackfoot' is kept as `title` (not in the text). Left out: the page's own lines ('Skip Navigation', 'Federal "
 "Communications Commission', 'English Display Options', 'Commission Document', its heading (the title), 'Download "
 "Options' and its first 'Released: December 13, 2012'); the letterhead ('Federal Communications Commission News "
 "Media Information 202 / 418-0500 445 12th St., S.W. Washington, D.C. 20554 TTY: 1-888-835-5322'); the DA number "
 "('DA 12-2021'); the footnote marker '1' (after 'of the Commission\u2019s rules,'). Kept: the notice's 'Released' "
 "line, the docket line, the two due-date lines (each on its own line, as the page sets them) and the body as one "
 "paragraph, the page's line wraps joined (whitespace only; 'New\\nHampshire' joined to 'New Hampshire'): the line "
 "before 'FairPoint, a Delaware corporation, ...' runs full (97 characters; the page's full lines run 93 to 106), so, by 47x's rule, "
 "no paragraph break is set there (**doubtful**: the notice may set one). Cut after '... and a small number of "
 "customers in Montana.', before the sentence the excerpt breaks off inside ('The Applicants state neither Fretel\u2019s "
 "competitive LEC service area, nor Fremont\u2019s incumbent LEC service area, overlap with or are adjacent to "
 "Blackfoot\u2019s incumbent LEC service, or Blackfoot Communications, Inc.\u2019s (BCI) cur'); `truncated`. Kept as "
 "written: 'Fremont Telcom Co.', 'd/b/a', 'non-dominant', 'FairPoint\u2019s' and 'Commission\u2019s' with their curly "
 "apostrophes, the serial comma before 'and Washington'. In the lane (two named rural carriers to pass from their "
 "named holder to a named buyer, applied for: sector telecoms/wireline carrier, 2012). One text per event: no grant "
 "or other paper of this transfer came back. Found with 'FairPoint Germantown Independent Telephone domestic section "
 "214 application transfer of control public notice streamlined' (rank 6) and 'Comment Sought on Domestic 214 "
 "Transfer of Telephone Company Released 2012 ... Blackfoot' (rank 1). " + CHECK +
 "'Blackfoot', 'Fremont Telcom', 'Fretel', '12-2021', '12-351': in no corpus file, GATHERING.md line, script, note or "
 "pool. 'FairPoint' stands in one corpus file (test, a 2015 congressional letter on FairPoint's E911 outages) and in "
 "26 GATHERING.md lines (Consolidated/FairPoint 2016-17, FairPoint/Verizon 2007-08, FairPoint's 2004 IPO notice: not "
 "this 2012 sale; file names and grep hits only); 'Fremont' in one train file (a Toyota/Tesla story naming the "
 "Fremont, California factory; not this company).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

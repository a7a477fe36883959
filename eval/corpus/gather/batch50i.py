#!/usr/bin/env python3
"""Batch 50i (session 51, gatherer 50i): company relations told in US Federal Communications Commission texts (US
federal public-domain works, 17 U.S.C. 105), a forty-second round in the FCC transaction lane of batches 15f, 43n-49f,
49j, 49m, 50c and 50f, on one FCC text no corpus file holds --
  - the Wireline Competition Bureau's public notice DA 12-1834 of 14 November 2012 granting the domestic section 214
    application to transfer control of Astound Broadband, LLC, the wholly-owned subsidiary of WaveDivision Holdings,
    LLC, to OH WDH Holdco, LLC (WC Docket No. 12-158), after the Executive Branch Agencies withdrew their deferral
    request, as the fcc.gov document page holds it.
Text is the search tool's page-store excerpt (corpus `pages`) of the fcc.gov document page (47x's and 48c's page
shape: the notice's lines as the page sets them, footnote markers as bare digits, the excerpt breaking off before the
footnotes). Left out: the page's own lines, the letterhead and every footnote marker; the text is cut at the last full
sentence before the excerpt breaks off. Kept: the DA number with the date (as 50f), the upper-case heading, the
docket's title line (its two page lines joined) and the docket line, each on its own line, then the body's three
paragraphs, the page's line wraps joined (whitespace only). No word added or changed. Per-item notes in `notes`.
Written before any extractor ran on the text (newskg was not run on it).
usage: batch50i.py [POOL_DIR] [--dry]   (default /tmp/gather51i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather51i/pool"
CHECK = ("Checked before annotation, by its names and numbers, against the corpus files (grep -rliF over train, dev "
         "and test: names of matching files only, no dev or test file's text read), GATHERING.md (grep -a), every "
         "gather script, the notes under /work/notes and the session-51 pools /tmp/gather51*/pool (51a to 51f at the "
         "last check, none on this matter): ")
ORIGIN = "fcc.gov document page (search tool page store)"
R = []

# ---- Astound Broadband, LLC (WaveDivision Holdings, LLC) -> OH WDH Holdco, LLC, public notice DA 12-1834 (grant),
# ---- 14 November 2012 ------------------------------------------------------------------------------------------------
U1 = "http://www.fcc.gov/document/domestic-section-214-authorization-granted-5"
R.append(federal(
 "us-fcc-astound-broadband-wavedivision-holdings-oh-wdh-holdco-domestic-section-214-transfer-of-control-granted-"
 "public-notice-2012",
 U1, "2012-11-14",
 "Domestic Section 214 Authorization Granted: Domestic Section 214 Application Filed for the Transfer of Control of "
 "Astound Broadband, LLC, Subsidiary of WaveDivision Holdings, LLC, to OH WDH Holdco, LLC",
 "DA 12-1834 November 14, 2012\n\n"
 "DOMESTIC SECTION 214 AUTHORIZATION GRANTED\n\n"
 "Domestic Section 214 Application Filed for the Transfer of Control of Astound Broadband, LLC, Subsidiary of "
 "WaveDivision Holdings, LLC, to OH WDH Holdco, LLC\n\n"
 "WC Docket No. 12-158\n\n"
 "On June 18, 2012, WaveDivision Holdings, LLC (Wave Parent) and OH WDH Holdco, LLC (Oak Hill Holdco) (together, "
 "Applicants) filed an application pursuant to section 63.03 of the Commission\u2019s rules requesting approval for "
 "the transfer of control of Wave Parent\u2019s wholly-owned subsidiary, Astound Broadband, LLC (Astound), to Oak "
 "Hill Holdco.\n\n"
 "On July 9, 2012, the Wireline Competition Bureau (Bureau) released a public notice accepting the application for "
 "streamlined processing. On July 19, 2012, the Department of Justice, including the Federal Bureau of "
 "Investigation, with the concurrence of the Department of Homeland Security (collectively, the Executive Branch "
 "Agencies), filed a letter requesting that the Commission defer action on this application while they reviewed "
 "potential national security, law enforcement, and public safety issues. In response to the request, the Bureau "
 "removed the application from streamlined review. On November 13, 2012, the Executive Branch Agencies withdrew their "
 "request to defer action, stating that they have no objection to the application.\n\n"
 "The Bureau finds, upon consideration of the record, that grant of the application will serve the public interest, "
 "convenience, and necessity.",
 "telecoms/broadband", "deal,regulatory",
 "U.S. Federal Communications Commission, Wireline Competition Bureau public notice DA 12-1834, 'Domestic Section 214 "
 "Authorization Granted; Domestic Section 214 Application Filed for the Transfer of Control of Astound Broadband, "
 "LLC, Subsidiary of WaveDivision Holdings, LLC, to OH WDH Holdco, LLC', WC Docket No. 12-158, November 14, 2012, US "
 "federal government work (public domain); text as the fcc.gov document page holds it, from the search tool's page "
 "store at " + U1,
 ORIGIN,
 "The Wireline Competition Bureau's public notice of 14 November 2012 (DA 12-1834, WC Docket No. 12-158) granting "
 "the application of WaveDivision Holdings, LLC and OH WDH Holdco, LLC to transfer control of WaveDivision's "
 "wholly-owned subsidiary Astound Broadband, LLC to OH WDH Holdco, as the fcc.gov document page holds it (the "
 "notice's lines as the page sets them, footnote markers as bare digits, as 47x's IP Networks page); an FCC public "
 "notice is a US federal work, public domain (batch 15f). Left out: the page's own lines ('Skip Navigation', "
 "'Federal Communications Commission', 'English Display Options', 'Commission Document', its heading 'Domestic "
 "Section 214 Authorization Granted', 'Download Options' and 'Released: November 14, 2012'); the letterhead ('PUBLIC "
 "NOTICE', 'Federal Communications Commission', 'News Media Information 202 / 418-0500', '445 12th St., S.W.', "
 "'Internet: http://www.fcc.gov', 'Washington, D.C. 20554', 'TTY: 1-888-835-5322'); the footnote markers '1' (after "
 "'the Commission\u2019s rules'), '2' (after '... for streamlined processing.'), '3' (after '... public safety "
 "issues.'), '4' (after '... from streamlined review.') and '5' (after '... no objection to the application.'). "
 "Kept: the DA number and the date (two page lines, joined on one line as 50f's 'DA 09-1384 June 22, 2009'), the "
 "upper-case heading, the docket's title line (its two page lines joined, title case as written) and the docket "
 "line, each on its own line (the notice has no 'By the Chief' line), then the body's three paragraphs as the page "
 "breaks them, line wraps joined (whitespace only). Cut after '... public interest, convenience, and necessity.', "
 "before the sentence the excerpt breaks off inside ('Upon consummation of the transaction, the resulting entity "
 "would have a market share in the U.S. interstate interexchange market of les'), and all after it; `truncated`. "
 "`title` is the heading and the docket's title line joined. Kept as written: '(Wave Parent)', '(Oak Hill Holdco)', "
 "'(together, Applicants)', '(collectively, the Executive Branch Agencies)', 'wholly-owned', 'Subsidiary' capitalised "
 "in the title line, 'Commission\u2019s' and 'Wave Parent\u2019s' with curly apostrophes. In the lane (a named "
 "carrier, a named parent's subsidiary, to pass to a named buyer, granted: sector telecoms/broadband, 2012). One text "
 "per event: the Bureau's streamlined notice of 9 July 2012 did not come back. Found with 'Wireline Competition "
 "Bureau public notice 2010 application granted transfer of control Federal Bureau of Investigation request to "
 "defer withdrawn streamlined review removed' (rank 8; again at rank 8 with 'DOMESTIC SECTION 214 AUTHORIZATION "
 "GRANTED 2010 Domestic Section 214 Application Filed for the Transfer of Control of LLC to Holdings ...'). " + CHECK +
 "'Astound', 'WaveDivision', 'Wave Parent', 'WDH Holdco', '12-1834', '12-158': in no corpus file, GATHERING.md line, "
 "script, note or pool; 'Oak Hill' in four corpus files (three National Park Service reports on an Oak Hill fire "
 "and a Wikipedia page on TeleCity Group, where 'Oak Hill' is the private-equity buyer of TeleCity in 2005 beside "
 "3i; none on this deal) and in GATHERING.md, scripts and notes only on those; the notice names no Oak Hill firm "
 "(only 'OH WDH Holdco, LLC (Oak Hill Holdco)').",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

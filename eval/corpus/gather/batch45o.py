#!/usr/bin/env python3
"""Batch 45o (session 46, gatherer 45o): one matter of 2000 and after told in a US federal public-domain text of the
Justice Department (17 U.S.C. 105), a third round of session 46 after batches 45d and 45j in the DOJ lane of batches
16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s,
43v, 44c, 44f, 44j, 44n, 45d and 45j, 2000 and after, an Antitrust Division merger notice only (45j's leads were held
or gave nothing, and no first-party corporate-case release came back in time), corn wet milling, 2002:
  - the Antitrust Division's notice on United States v. Archer-Daniels-Midland Company and Minnesota Corn Processors,
    LLC, 'the proposed acquisition by Archer-Daniels-Midland Company of Minnesota Corn Processors, LLC', MCP's
    exclusive sales joint venture with Corn Products International, Inc. to be dissolved (Federal Register, 67 FR
    67864, FR Doc. 02-28333, 7 November 2002, as federal.elaws.us reproduces it).
The text is the search tool's page-store excerpt (corpus `pages`). The host's heading line (kept as `title`, without
the document number) and 'Start Preamble' are left out; the text is cut at the last full paragraph before the page
marker 'Start Printed Page 67865' and the excerpt's break. No word added or changed. Written before any extractor ran
on the text (newskg was not run on it).
usage: batch45o.py [POOL_DIR] [--dry]   (default /tmp/gather46o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46o/pool"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rl over train, "
         "dev and test: names of matching files only, no dev or test file's text read), GATHERING.md, every gather "
         "script (batch45a.py to batch45n.py included) and the session-46 pools present (/tmp/gather46a/pool to "
         "/tmp/gather46n/pool): ")
R = []

# ---- Archer-Daniels-Midland / Minnesota Corn Processors, Federal Register notice, 7 November 2002 (federal.elaws.us) -
U1 = "http://federal.elaws.us/fr/11/7/2002/02-28333"
U1G = "https://webarchive.library.unt.edu/eot2008/20081005235501/http://edocket.access.gpo.gov/2002/02-28333.htm"
U1C = "https://webarchive.library.unt.edu/eot2008/20090509202647/http:/www.usdoj.gov/atr/cases/f11900/11901.htm"
T1 = ("Proposed Final Judgment and Competitive Impact Statement; United States v. Archer-Daniels-Midland Company and "
      "Minnesota Corn Processors, LLC")
R.append(federal(
 "us-doj-federal-register-archer-daniels-midland-minnesota-corn-processors-proposed-final-judgment-2002", U1,
 "2002-11-07", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. \u00a7 16(b)-(h), that a "
 "proposed Final Judgment, Stipulation and Order, and Competitive Impact Statement have been filed with the United "
 "States District Court for the District of Columbia in United States v. Archer-Daniels-Midland Company and "
 "Minnesota Corn Processors, LLC, Civil Case No. 1:02 CV 01768 (JDB). The proposed Final Judgment is subject to "
 "approval by the Court after the expiration of the statutory 60-day public comment period and compliance with the "
 "Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h).\n\n"
 "On September 6, 2002, the United States filed a Complaint alleging that the proposed acquisition by "
 "Archer-Daniels-Midland Company of Minnesota Corn Processors, LLC would violate section 7 of the Clayton Act, 15 "
 "U.S.C. 18, by substantially lessening competition in the manufacture and sale of corn syrup and high fructose corn "
 "syrup (\u201cHFCS\u201d) in the United States and Canada. ADM and MCP are two of the largest corn wet millers in the "
 "United States, competing against only four other firms in the manufacture and sale of corn syrup and HFCS. MCP "
 "sells these products through an exclusive sales joint venture that it formed in December 2000 with another corn "
 "wet miller, Corn Products International, Inc. To preserve competition, the proposed Final Judgment requires the "
 "defendants to dissolve the joint venture that MCP formed with CPI by December 31, 2002, thus allowing CPI to "
 "compete independently. A Competitive Impact Statement, filed by the United States, describes the Complaint, the "
 "proposed Final Judgment, and remedies available to private litigants.",
 "food/corn wet milling", "deal,regulatory",
 att(T1, "67 FR 67864, FR Doc. 02-28333", "2002-11-07", "federal.elaws.us reproduces the notice", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Thursday, 7 November 2002 (67 FR 67864-67869, FR Doc. "
 "02-28333, Civil Case No. 02-1768; kept as `published`; volume, number and pages from the GPO Access header of the "
 "UNT End of Term 2008 archive's copy of edocket, " + U1G + ") as federal.elaws.us reproduces it (batches 41c, 43q, "
 "43s, 44a, 44t, 45b and 45j used federal.elaws.us the same way; the page store holds the elaws page twice, ranks 2 "
 "and 5, the same words). Left out: the host's heading line ('02-28333. Proposed Final Judgment and Competitive "
 "Impact Statement; ...', kept as `title` without the document number) and 'Start Preamble'. Cut after the second "
 "paragraph ('... and remedies available to private litigants.'), before the third, which runs into the page marker "
 "'Start Printed Page 67865' and breaks off (`truncated`: the inspection addresses, the comment sentence, the "
 "section chief's name, the signature and the Competitive Impact Statement are not in the kept text). Kept as "
 "written: the section sign of '15 U.S.C. \u00a7 16(b)-(h)' and its absence in the second cite, 'section 7' in lower "
 "case, 'Civil Case No. 1:02 CV 01768 (JDB)' with its spaces, the curly double quotation marks of '(\u201cHFCS\u201d)', "
 "'ADM', 'MCP' and 'CPI' as the notice uses them without defining them. 259 words. One text per matter: the GPO "
 "copy on the UNT archive (the same words in line-wrapped form, rank 1), the Competitive Impact Statement (" + U1C
 + ") and the response to public comments (UNT archive: court papers), the court's memorandum opinion of 22 July 2003 "
 "(vlex, cetient, midpage, docstoc: court opinions) not taken. Found with 'United States v. Archer-Daniels-Midland "
 "Company and Minnesota Corn Processors proposed final judgment competitive impact statement' (rank 2). " + CHECK
 + "'Minnesota Corn', 'Corn Products', '02-28333', '67864', '01768', 'high fructose': 0 in the corpus files, "
 "GATHERING.md, the scripts and the pools; 'Archer-Daniels' only in GATHERING.md (42y's not-used list: ADM / Alfred "
 "C. Toepfer International, an FCPA matter of 2013, another matter) and in no corpus file ('Archer' 0 in train, dev "
 "and test).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

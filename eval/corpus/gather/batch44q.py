#!/usr/bin/env python3
"""Batch 44q (session 45, gatherer 44q): two company deals told in US federal public-domain texts of the Justice
Department (17 U.S.C. 105), a fifth round of session 45 after batches 44a, 44e, 44i and 44m in the DOJ lane of batches
16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o, 43q, 43s,
43v, 44a, 44c, 44e, 44f, 44i, 44j, 44m and 44n, taking up batch 44m's lead (Waste Management / Eastern Environmental
Services), first-party text only, before the year 2000:
  - the Antitrust Division's notice on United States, et al. v. Waste Management, Inc., et al., 'Waste Management's
    proposed acquisition of Eastern' (Eastern Environmental Services, Inc.), Ocho Acquisition Corp. a defendant
    (Federal Register, 64 FR 9527, FR Doc. 99-3925, 26 February 1999, as federal.elaws.us reproduces the GPO text,
    checked against govinfo.gov's GPO text);
  - the Division's notice on United States v. Computer Associates International, Inc. and Legent Corporation, 'a
    transaction by which Computer Associates agreed to acquire Legent' (Federal Register, 60 FR 46861, FR Doc.
    95-22266, 8 September 1995, as federal.elaws.us reproduces the GPO text).
Texts are the search tool's page-store excerpts (corpus `pages`). The GPO header lines, rules, 'DEPARTMENT OF
JUSTICE', 'Antitrust Division', the civil number line and the headings (kept as `title`) are left out; line wraps
joined with a space (a wrap after a printed hyphen joined without one); each text is cut at the last full sentence
before its excerpt breaks off. No word added or changed: the Waste Management notice keeps its misprint 'Untied
States District Court'. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44q.py [POOL_DIR] [--dry]   (default /tmp/gather45q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import FRE, att
from batch44n import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45q/pool"
# batch 44n's check note (the session-42, -43 and -44 pools and scripts and the session-45 pools), with the
# session-45 pools that appeared since (/tmp/gather45n/pool, /tmp/gather45r/pool, /tmp/gather45s/pool) and the later
# scripts named too
CHECK = CHECK.replace("/tmp/gather45j/pool and /tmp/gather45m/pool and the pools",
                      "/tmp/gather45j/pool, /tmp/gather45m/pool and /tmp/gather45n/pool and the pools").replace(
    "/tmp/gather45o/pool and /tmp/gather45p/pool included, with the scripts batch44i.py to batch44l.py",
    "/tmp/gather45o/pool, /tmp/gather45p/pool, /tmp/gather45r/pool and /tmp/gather45s/pool included, with the scripts "
    "batch44i.py to batch44p.py")
assert "gather45n/pool and the pools" in CHECK and "gather45s/pool included" in CHECK and "batch44p.py" in CHECK
R = []

# ---- Waste Management / Eastern Environmental Services, Federal Register notice, 26 February 1999 ------------------
U1 = "http://federal.elaws.us/fr/2/26/1999/99-3925"
U1G = "https://www.govinfo.gov/content/pkg/FR-1999-02-26/html/99-3925.htm"
U1R = ("https://webarchive.library.unt.edu/eot2008/20081105075347/http:/www.usdoj.gov/atr/public/press_releases/1998/"
       "2082.htm")
T1 = "United States, et al. v. Waste Management, Inc., et al.; Proposed Final Judgment and Competitive Impact Statement"
R.append(federal(
 "us-doj-federal-register-waste-management-eastern-environmental-proposed-final-judgment-1999", U1, "1999-02-26", T1,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Secs. 16(b)-(h), that a "
 "proposed Final Judgment, Hold Separate Stipulation and Order, and Competitive Impact Statement have been filed with "
 "the Untied States District Court for the Eastern District of New York, Brooklyn, NY, in United States and States "
 "of New York and Florida and Commonwealth of Pennsylvania v. Waste Management, Inc., Ocho Acquisition Corp., and "
 "Eastern Environmental Services, Inc., Civ. No. 98 CV 7168 (FB).\n\n"
 "On November 17, 1998, the United States, New York Pennsylvania and Florida filed a Complaint, which alleged that "
 "Waste Management's proposed acquisition of Eastern would violate Section 7 of the Clayton Act, 15 U.S.C. 18, by "
 "substantially lessening competition in waste collection and/or disposal in nine markets around the country, "
 "including New York, NY (disposal of commercial and residential municipal solid waste); Pittsburgh and "
 "Bethlehem/Allentown, PA (disposal of municipal solid waste); Carlisle/Chambersburg, PA area (collection of "
 "commercial waste and disposal of municipal solid waste); and Miami/Ft. Lauderdale, and suburban Tampa, FL "
 "(collection of commercial waste). the proposed Final Judgment, filed on December 31, 1998, requires Waste "
 "Management and Eastern to divest commercial waste collection and/or municipal solid waste disposal operations in "
 "each of the geographic areas alleged in the Amended Complaint.",
 "environment/waste services", "deal,regulatory",
 att(T1, "64 FR 9527, FR Doc. 99-3925", "1999-02-26", "federal.elaws.us reproduces the GPO text", U1),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 26 February 1999 (64 FR 9527-9541, FR Doc. "
 "99-3925; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s, 44a, 44e, 44i and 44m used federal.elaws.us the same way). govinfo.gov's GPO "
 "text of the same page (" + U1G + ", the brief's lead) gives the same words, line for line, but its excerpt breaks "
 "off at 'alleged in the Amended ' one word before the second paragraph ends; federal.elaws.us's plain copy reaches "
 "'Public comment is invited', so it is the source. Left out: the GPO header lines ('[Federal Register Volume 64, "
 "Number 38 (Friday, February 26, 1999)]', '[Notices]', '[Pages 9527-9541]', 'From the Federal Register Online via "
 "the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 99-3925]'), the rules, 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division', the line '[Civ. No. 98 CV 7168 (FB)]' and the notice's heading (kept as `title`, its line "
 "wrap joined). The GPO text's line wraps joined with a space (no word broken at a wrap); the paragraph break where "
 "govinfo's indented text starts 'On November 17, 1998'. Cut after the second paragraph ('... in each of the "
 "geographic areas alleged in the Amended Complaint.'), before 'Public comment is invited', where the excerpt stops "
 "(`truncated`: the comment paragraph, the section chief's name, the Competitive Impact Statement and the Final "
 "Judgment are not in the kept text). Kept word for word as printed, with its misprints: 'the Untied States District "
 "Court' (for 'United': the sentence names all the parties in full, so it is kept rather than cut), 'the United "
 "States, New York Pennsylvania and Florida' without a comma after 'New York', 'the proposed Final Judgment' with a "
 "lower-case 'the' after a full stop; also '15 U.S.C. Secs. 16(b)-(h)', 'Bethlehem/Allentown, PA', 'Miami/Ft. "
 "Lauderdale', 'and/or', the straight apostrophes. 211 words. One text per event: the Department's release of 17 "
 "November 1998 on the suit ('JUSTICE DEPARTMENT FILES SUIT TO BLOCK WASTE MANAGEMENT'S ACQUISITION OF EASTERN "
 "ENVIRONMENTAL SERVICES', Joel I. Klein quoted; usdoj.gov as the UNT Libraries' End of Term 2008 web archive holds "
 "it, " + U1R + ") tells the complaint that the notice tells with its settlement; not taken (the notice names the "
 "three defendants in full and the settled deal; the release tells a suit 'to block' the deal). The Competitive "
 "Impact Statement, the proposed Final Judgment and the Certificate of Compliance (pdfcoke, pdfslide, scribd: court "
 "papers) and a mailing-list copy of a Wall Street Journal item (greenyes.grrn.org: copyrighted news) not taken. "
 "Found with 'United States v. Waste Management Inc. Eastern Environmental Services Ocho Acquisition Corp. proposed "
 "final judgment competitive impact statement' (govinfo rank 1, federal.elaws.us rank 5), batch 44m's lead. "
 + CHECK + "'Eastern Environmental', 'Ocho Acquisition', '7168', 'Chambersburg': 0 in the corpus files' texts, the "
 "scripts and the pools ('Eastern Environmental' and '99-3925' only in GATHERING.md, as batch 44m's lead; "
 "'Waste Management/Eastern (1999)' in batch 42z's list of notices outside its range); 'Waste Management' in train "
 "us-doj-federal-register-usa-waste-"
 "services-sanifill-proposed-final-judgment-1996, train us-doj-federal-register-waste-management-advanced-disposal-"
 "proposed-final-judgment-2020, dev us-doj-republic-services-allied-waste-divestitures-2008, dev us-sec-stericycle-"
 "latin-america-bribery-miami-regional-office-2022 and test voa-asean-eu-trade-talks-texas-instruments-clsa-water-"
 "fund-2007 and those batches' scripts (other matters, by their names); no dev or test file's text read.",
 True))

# ---- Computer Associates / Legent, Federal Register notice, 8 September 1995 -----------------------------------------
U2 = "http://federal.elaws.us/fr/9/8/1995/95-22266"
T2 = ("United States v. Computer Associates International, Inc. and Legent Corporation; Proposed Final Judgment and "
      "Competitive Impact Statement")
R.append(federal(
 "us-doj-federal-register-computer-associates-legent-proposed-final-judgment-1995", U2, "1995-09-08", T2,
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a "
 "proposed Final Judgment and Competitive Impact Statement have been filed with the United States District Court for "
 "the District of Columbia in a civil antitrust case, United States v. Computer Associates International, Inc. and "
 "Legent Corporation, Civil No. 95 CV 1398.\n\n"
 "On July 28, 1995, the United States filed a Complaint seeking to enjoin a transaction by which Computer Associates "
 "agreed to acquire Legent. Computer Associates is the world's largest independent vendor of computer software for "
 "mainframe computers and a leading producer of mainframe computer systems management software. Legent is CA's "
 "major competitor in the mainframe computer systems management software business. The Complaint alleged that the "
 "proposed acquisition would substantially lessen competition in the sale of VSE tape management software, VSE disk "
 "management software, VSE security software, VSE job scheduling software, VSE automated operations software, and "
 "cross-platform systems management software in violation of Section 7 of the Clayton Act, 15 U.S.C. 18.\n\n"
 "With respect to the five VSE markets, the proposed Final Judgment requires Computer Associates to license Legent's "
 "VSE products to a person determined by the United States to have the capabilities and resources needed to use the "
 "licenses as a viable and effective competitor.",
 "business software", "deal,regulatory",
 att(T2, "60 FR 46861, FR Doc. 95-22266", "1995-09-08", "federal.elaws.us reproduces the GPO text", U2),
 FRE,
 "The Antitrust Division's notice in the Federal Register of Friday, 8 September 1995 (60 FR 46861-46870, FR Doc. "
 "95-22266; kept as `published`; issue, pages and weekday from the GPO header lines), as federal.elaws.us reproduces "
 "the GPO text (batches 41c, 43q, 43s, 44a, 44e, 44i and 44m used federal.elaws.us the same way); the page came back "
 "twice, once indented with the host's heading line and once plain, the same words (the plain copy a few words "
 "longer; the indented copy shows the paragraph breaks). Left out: the host's heading line, the GPO header lines "
 "('[Federal Register Volume 60, Number 174 (Friday, September 8, 1995)]', '[Notices]', '[Pages 46861-46870]', "
 "'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]', '[FR Doc No: 95-22266]'), "
 "the rule, 'DEPARTMENT OF JUSTICE', 'Antitrust Division' and the notice's heading (kept as `title`, its line wraps "
 "joined). The GPO text's line wraps joined with a space, the one wrap after a printed hyphen ('cross-' + "
 "'platform') joined without one. Cut after the third paragraph's first sentence ('... as a viable and effective "
 "competitor.'), before 'If CA is unable to identify a viable licensee that is satisfactory to the Department of "
 "Justice, the Court may a', where the excerpt breaks off (`truncated`: the rest of the decree's terms, the "
 "cross-platform remedy and the section chief's name are not in the kept text). Kept as written: 'Civil No. 95 CV "
 "1398.', \"the world's largest independent vendor\", \"CA's\" (the short form the notice uses without defining it), "
 "'VSE' (IBM's mainframe operating system, not named out in the text), the straight apostrophes. 213 words. One text "
 "per event: the Division's Competitive Impact Statement and Final Judgment (court papers) did not come back; the "
 "Division's later Computer Associates matters (its buy of PLATINUM Technology, 1999, in test us-doj-federal-"
 "register-computer-associates-platinum-technology-proposed-final-judgment-1999 by batch 43s; the 2002 notice on the "
 "pre-merger conduct, print.casetext.com) are other events. Found with 'United States v. Compuware Corporation "
 "Programart Corporation proposed final judgment competitive impact statement' (ranks 4 and 8: the Compuware notice "
 "itself did not come back). "
 + CHECK + "'Legent', '95-22266', '95 CV 1398': 0 in the corpus files' texts, GATHERING.md, the scripts and the "
 "pools; 'Computer Associates' only in test us-doj-federal-register-computer-associates-platinum-technology-proposed-"
 "final-judgment-1999 (batch 43s: the PLATINUM buy of 1999, another matter, by its name), train us-doj-usao-edny-"
 "computer-associates-former-ceo-kumar-richards-plead-guilty-2006 (batch 44n: the fraud pleas of 2006, another "
 "matter) and those batches' scripts; no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

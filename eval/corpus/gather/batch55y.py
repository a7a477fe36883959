#!/usr/bin/env python3
"""Batch 55y (session 54, gatherer 55y): two US federal texts on Justice Department company cases in which a
subsidiary is the party charged and its parent is named -- the Criminal Division release of Friday 20 May 2005 on DPC
(Tianjin) Co. Ltd., 'the Chinese subsidiary of Los Angeles-based Diagnostic Products Corporation (DPC)', charged in a
one-count criminal information with violating the Foreign Corrupt Practices Act through about $1.6 million in
'commissions' to physicians and laboratory personnel of government-owned hospitals in the People's Republic of China,
agreeing to plead guilty and to pay a $2 million criminal penalty (Acting Assistant Attorney General John C. Richter of
the Criminal Division named), as the University of North Texas's End of Term web archive (webarchive.library.unt.edu
eot2008) holds the Department's page; the Civil Division release of Thursday 2 December 2004 on Gambro Healthcare
paying more than $350 million to settle Medicare, Medicaid and TRICARE fraud allegations, with 'Gambro Supply
Corporation, a sham durable medical equipment company and a wholly owned subsidiary of Gambro Healthcare', agreeing to
plead guilty (Assistant Attorney General Peter Keisler and James G. Martin, United States Attorney for the Eastern
District of Missouri, named), the Department's own justice.gov page -- (US federal government works, 17 U.S.C. 105), a
round of session 54 in the DOJ lane after 55u, 55q, 55m, 55k, 55d and 55c, turned to subsidiaries charged beside
their parents; both matters new to the corpus (every name checked first against the corpus files, GATHERING.md, the
gather scripts, /work/notes/gather56/CLAIMS.txt and the session's pools /tmp/gather56*/pool):
  - U.S. Department of Justice, Office of Public Affairs press release for the Criminal Division (Friday, 20 May 2005;
    usdoj.gov opa/pr/2005/May/05_crm_282.htm, UNT eot2008 capture of 4 Nov 2008): DPC (Tianjin) Co. Ltd., Diagnostic
    Products Corporation;
  - U.S. Department of Justice, Office of Public Affairs press release for the Civil Division (Thursday, 2 December
    2004; justice.gov opa/pr/2004/December/04_civ_774.htm): Gambro Healthcare, Gambro Supply Corporation, Gambro
    Healthcare Laboratory Services.
Texts are the search tool's page-store excerpts (corpus `pages`; saved as the store gave them in /tmp/gather56y/src,
dpc.txt and gambro.txt, with address, query and rank). Page chrome ('Department of Justice Seal Department of
Justice', 'FOR IMMEDIATE RELEASE', the date line, 'WWW.USDOJ.GOV', the component line 'CRM' / 'CIV', the telephone and
TDD lines) is left out; each release's headline is `title` (its capitals as printed, its line break made a space); the
dateline 'WASHINGTON, D.C. - ' is kept as written, as 55u, 55m and 55c kept theirs; the paragraphs are the store's
blank-line blocks, each one row; each text cut at the last full sentence before the store's excerpt breaks off; no
word added or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch55y.py [POOL_DIR] [--dry]   (default /tmp/gather56y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names and address, against the corpus files (grep -rliF over train, dev, "
         "test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56/CLAIMS.txt and "
         "the session's pools /tmp/gather56*/pool (claimed as 55y before annotation; no other claim names it): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56y/pool"
R = []

# ---- DPC (Tianjin) Co. Ltd., Chinese subsidiary of Diagnostic Products Corporation, FCPA, 20 May 2005 ---------------
U1 = "https://webarchive.library.unt.edu/eot2008/20081104014633/http://www.usdoj.gov/opa/pr/2005/May/05_crm_282.htm"
T1 = "DPC (TIANJIN) LTD. CHARGED WITH VIOLATING THE FOREIGN CORRUPT PRACTICES ACT"
R.append(federal(
 "us-doj-crm-dpc-tianjin-chinese-subsidiary-diagnostic-products-hospital-commissions-fcpa-plea-2005",
 U1, "2005-05-20", T1,
 "WASHINGTON, D.C. - Acting Assistant Attorney General John C. Richter of the Criminal Division today announced the "
 "filing of a one-count criminal information charging DPC (Tianjin) Co. Ltd. - the Chinese subsidiary of Los "
 "Angeles-based Diagnostic Products Corporation (DPC) - with violating the Foreign Corrupt Practices Act of 1977 "
 "(FCPA) in connection with the payment of approximately $1.6 million in bribes in the form of illegal "
 "\u201ccommissions\u201d to physicians and laboratory personnel employed by government-owned hospitals in the "
 "People\u2019s Republic of China.\n\n"
 "The company, a producer and seller of diagnostic medical equipment, has agreed to plead guilty to the charge, adopt "
 "internal compliance measures, and cooperate with ongoing criminal and SEC civil investigations. An independent "
 "compliance expert will be chosen to audit the company\u2019s compliance program and monitor its implementation of "
 "new internal policies and procedures. DPC Tianjin has also agreed to pay a criminal penalty of $2 million.\n\n"
 "The bribes were allegedly paid from late 1991 through December 2002 for the purpose and effect of obtaining and "
 "retaining business with these hospitals. According to the criminal information and a statement of facts filed in "
 "court, DPC Tianjin made cash payments to laboratory personnel and physicians employed in certain hospitals in the "
 "People\u2019s Republic of China in exchange for agreements that the hospitals would obtain DPC Tianjin\u2019s "
 "products and services. This practice, authorized by DPC Tianjin\u2019s general manager, involved personnel who were "
 "employed by hospitals owned by the legal authorities in the People\u2019s Republic of China and, thus, "
 "\u201cforeign officials\u201d as defined by the FCPA.",
 "medical devices", "legal,bribery,fcpa",
 "U.S. Department of Justice, Office of Public Affairs (Criminal Division), press release '" + T1 + "', 2005-05-20, "
 "US federal government work (public domain); text from the search tool's page store at " + U1 + " (the University "
 "of North Texas End of Term web archive's capture of the Department's page "
 "usdoj.gov/opa/pr/2005/May/05_crm_282.htm)",
 "US Justice Department press release (Office of Public Affairs, usdoj.gov) as the UNT End of Term web archive holds "
 "it, from the search tool page store",
 "The Office of Public Affairs release of Friday 20 May 2005 for the Criminal Division (usdoj.gov "
 "opa/pr/2005/May/05_crm_282.htm: 'CRM' in its header) as the University of North Texas End of Term web archive "
 "(eot2008, capture 20081104014633) holds it: the Department's own page, not a copy by a third party. Left out: "
 "'Department of Justice Seal Department of Justice', 'FOR IMMEDIATE RELEASE', the date line 'FRIDAY, MAY 20, 2005' "
 "(`published` from it), 'WWW.USDOJ.GOV', 'CRM', '(202) 514-2008', 'TDD (202) 514-1888', the two-line headline (kept "
 "as `title`, its line break made a space: 'LTD.' without 'CO.' as printed). The paragraphs are the store's "
 "blank-line blocks, each one row. Cut after '... \u201cforeign officials\u201d as defined by the FCPA.', before 'In "
 "most cases, the bribes were paid in cash and hand-delive' (the excerpt breaks off inside that sentence: "
 "`truncated`). Kept as written: the dateline 'WASHINGTON, D.C. - ' (a hyphen with spaces), 'DPC (Tianjin) Co. Ltd. - "
 "the Chinese subsidiary of Los Angeles-based Diagnostic Products Corporation (DPC) - ' (hyphens as dashes), "
 "'Foreign Corrupt Practices Act of 1977 (FCPA)', 'illegal \u201ccommissions\u201d', 'People\u2019s Republic of "
 "China' (curly apostrophe, three times), 'ongoing criminal and SEC civil investigations', 'DPC Tianjin' (no "
 "parentheses, five times), 'authorized by DPC Tianjin\u2019s general manager' (unnamed). One text per matter (DPC "
 "Tianjin's FCPA case, C.D. Cal., and the SEC's parallel order against Diagnostic Products Corporation of the same "
 "day): not taken -- the SEC's order and release, the World Bank StAR summary, Shearman's case page, the Los Angeles "
 "Times, LA Business Journal and tradelawnews accounts (third parties; a batch-50s-era not-used line named this DOJ "
 "page as 'the DOJ lane's, not taken'). Found with 'Department of Justice Seal Department of Justice FOR IMMEDIATE "
 "RELEASE CRM DPC (Tianjin) Co. Ltd. subsidiary of Diagnostic Products Corporation pleads guilty Foreign Corrupt "
 "Practices Act' (rank 1). " + CHECK + "'Diagnostic Products', 'DPC (Tianjin', 'DPC Tianjin', 'John C. Richter', "
 "'05_crm_282': 0 in the corpus files, the gather scripts, CLAIMS.txt and the pools; in GATHERING.md only "
 "'Diagnostic Products' and 'DPC (Tianjin' on not-used lines of earlier rounds (no text taken).",
 True))

# ---- Gambro Healthcare and its subsidiary Gambro Supply Corporation, Medicare fraud, 2 December 2004 ----------------
U2 = "http://www.justice.gov/opa/pr/2004/December/04_civ_774.htm"
T2 = "GAMBRO HEALTHCARE AGREES TO PAY OVER $350 MILLION TO RESOLVE CIVIL & CRIMINAL ALLEGATIONS IN MEDICARE FRAUD CASE"
R.append(federal(
 "us-doj-civ-gambro-healthcare-subsidiary-gambro-supply-plea-350-million-medicare-fraud-2004",
 U2, "2004-12-02", T2,
 "WASHINGTON, D.C. - Gambro Healthcare will pay more than $350 million in criminal fines and civil penalties to "
 "settle allegations of healthcare fraud in the Medicare, Medicaid and TRICARE programs, Assistant Attorney General "
 "Peter Keisler and James G. Martin, United States Attorney for the Eastern District of Missouri, announced today. As "
 "part of this comprehensive global resolution, Gambro Supply Corporation, a sham durable medical equipment company "
 "and a wholly owned subsidiary of Gambro Healthcare, admitted to the execution of a healthcare fraud scheme and "
 "agreed to plead guilty to criminal felony charges, pay a $25 million fine and be permanently excluded from the "
 "Medicare program.\n\n"
 "Gambro Healthcare will also pay in excess of $310 million to resolve civil liabilities stemming from alleged "
 "kickbacks paid to physicians, false statements made to procure payment for unnecessary tests and services, and "
 "payments made to Gambro Supply. The settlement also requires Gambro to allocate an additional $15 million to "
 "resolve potential liability for the conduct resolved under the federal agreement pursuant to a preliminary "
 "understanding reached with representatives of various state Medicaid programs. Gambro Healthcare has also entered "
 "into a comprehensive Corporate Integrity Agreement.\n\n"
 "Today\u2019s agreement is the largest fraud settlement reached by the United States Attorney\u2019s Office in the "
 "Eastern District of Missouri and one of the largest healthcare fraud settlements ever reached by the Department of "
 "Justice. In 2000, Gambro Healthcare and its subsidiary, Gambro Healthcare Laboratory Services, agreed to pay $40 "
 "million to settle allegations of healthcare fraud.",
 "healthcare", "legal,fraud,health care fraud",
 "U.S. Department of Justice, Office of Public Affairs (Civil Division), press release '" + T2 + "', 2004-12-02, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 "US Justice Department press release (Office of Public Affairs, justice.gov), from the search tool page store",
 "The Office of Public Affairs release of Thursday 2 December 2004 for the Civil Division (justice.gov "
 "opa/pr/2004/December/04_civ_774.htm: 'CIV' in its header): the Department's own page, not a copy by a third party. "
 "Left out: 'Department of Justice Seal Department of Justice', 'FOR IMMEDIATE RELEASE', the date line 'THURSDAY, "
 "DECEMBER 2, 2004' (`published` from it), 'WWW.USDOJ.GOV', 'CIV', '(202) 514-2007', 'TDD (202) 514-1888', the "
 "two-line headline (kept as `title`, its line break made a space). The paragraphs are the store's blank-line "
 "blocks, each one row. Cut after '... agreed to pay $40 million to settle allegations of healthcare fraud.', before "
 "'Gambro and another subsidiary, Dialysis Holdings ' (the excerpt breaks off inside that sentence: `truncated`; "
 "Dialysis Holdings is not in the text). Kept as written: the dateline 'WASHINGTON, D.C. - ' (a hyphen with spaces), "
 "'Assistant Attorney General Peter Keisler' (no division named), 'James G. Martin, United States Attorney for the "
 "Eastern District of Missouri', 'Gambro Supply Corporation, a sham durable medical equipment company and a wholly "
 "owned subsidiary of Gambro Healthcare' (no 'Inc.' on Gambro Healthcare anywhere in the text), 'Gambro Supply' and "
 "'Gambro' (short forms), 'the United States Attorney\u2019s Office in the Eastern District of Missouri' (curly "
 "apostrophe, 'in' not 'for'), 'Today\u2019s agreement', 'Gambro Healthcare and its subsidiary, Gambro Healthcare "
 "Laboratory Services' (the 2000 settlement, told as history). One text per matter (Gambro Healthcare's 2004 global "
 "resolution, E.D. Mo.): not taken -- the Department's release of 13 July 2000 on the earlier laboratory settlement "
 "(UNT eot2008 usdoj.gov opa/pr/2000/July/399civ.htm, first-party: Gambro Healthcare, Inc., GHLSI, DHLSI -- the same "
 "company's earlier matter, which the kept text names in one sentence; left for the lead), federalfraud.com's note and "
 "Gambro's own releases on news.cision.com (third parties / the company). Found with 'Department of Justice Seal "
 "Department of Justice FOR IMMEDIATE RELEASE CIV Gambro Healthcare subsidiary of Gambro AB agrees to pay $350 "
 "million Gambro Supply Corp. plead guilty' (rank 2). " + CHECK + "'Gambro', 'Dialysis Holdings', 'Keisler', 'James "
 "G. Martin', '04_civ_774': 0 in the corpus files, GATHERING.md, the gather scripts, CLAIMS.txt and the pools.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 43g (session 44, gatherer 43g): a car-rental holding company and its wholly-owned subsidiary, a hydrogen
vehicle maker with its former CEO and the former managing director of its European subsidiary, and a founder-CEO
with three U.S. companies and their Nigerian operating subsidiaries, told in US Securities and Exchange Commission
texts (US federal government works, 17 U.S.C. 105), a third round of session 44 after batches 43a and 43d in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d) --
first-party SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's administrative-proceeding summary 'SEC Charges Hertz with Inaccurate Financial Reporting and Other
    Failures' (File No. 3-18965, Release No. 33-10601, page dated 1 February 2019): Hertz Global Holdings Inc. and
    its wholly-owned subsidiary The Hertz Corp.;
  - the SEC's Litigation Release No. 25855 (27 September 2023, 'SEC Charges Hydrogen Vehicle Co. Hyzon Motors and
    Two Former Executives for Misleading Investors'): Hyzon Motors Inc., its former CEO Craig M. Knight and Max C.B.
    Holthausen, former managing director of Hyzon's European subsidiary, a July 2021 merger with a SPAC;
  - the SEC's Litigation Release No. 26086 (29 August 2024, 'SEC Obtains Default Judgment and More than $250
    Million in Monetary Relief Against Tingo Mobile Founder and Three U.S. Companies Charged with Massive Fraud'):
    Mmobuosi Odogwu Banye a/k/a Dozy Mmobuosi, Tingo Group Inc., Agri-Fintech Holdings Inc., Tingo International
    Holdings Inc. and their Nigerian operating subsidiaries Tingo Mobile Limited and Tingo Foods PLC.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page lines, release-number, file-number and caption
lines, date lines under headings and headings are left out (the heading kept as `title`, the date as `published`);
one editorial marker cut; no word added or changed. Written before any extractor ran on the texts (newskg was not
run on them).
usage: batch43g.py [POOL_DIR] [--dry]   (default /tmp/gather44g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch43a import CHECK   # batch42a's check note (batch41b's) with the session-44 pools named, as 43a writes it
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44g/pool"
R = []

# ---- Hertz Global Holdings and The Hertz Corp., administrative proceeding File No. 3-18965, 1 February 2019 -----------
U1 = "https://www.sec.gov/enforce/33-10601-s"
R.append(federal(
 "us-sec-hertz-global-holdings-subsidiary-hertz-corp-inaccurate-financial-reporting-2019", U1, "2019-02-01",
 "SEC Charges Hertz with Inaccurate Financial Reporting and Other Failures",
 "February 1, 2019 - Hertz Global Holdings Inc. and its wholly-owned subsidiary The Hertz Corp. agreed to pay $16 "
 "million to settle fraud and other charges brought by the Securities and Exchange Commission stemming from multiple "
 "company filings containing inaccurate financial statements and disclosures.\n\n"
 "According to the SEC's order, from February 2012 through March 2014, Hertz's public filings materially misstated "
 "pre-tax income because of accounting errors made in a number of business units over multiple reporting periods. "
 "In July 2015, Hertz restated its financial results for prior periods, identifying $235 million in previously "
 "reported pre-tax income based on treatment of items that was not consistent with generally accepted accounting "
 "principles (GAAP). The SEC's order finds that the inaccurate reporting occurred in a pressured corporate "
 "environment that placed improper emphasis on meeting internal budgets, business plans, and earnings estimates.\n\n"
 "For example, according to the SEC's order, improper methodologies were used to determine allowances and "
 "write-offs for aged receivables. On several occasions, the methodologies were changed, always with a favorable "
 "impact on the financial statements. In one such instance in the fall of 2013, in the midst of severe budget "
 "pressure, the methodology was reworked so that some categories of receivables were reserved at an effective rate "
 "of 4%, implying a 96% recovery rate that was substantially above historical recovery rates.",
 "car rental/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, administrative proceeding summary 'SEC Charges Hertz with Inaccurate "
 "Financial Reporting and Other Failures', File No. 3-18965, Feb. 1, 2019, US federal government work (public "
 "domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding summary (a US federal work, public domain) as sec.gov itself carries it (the "
 "page's address under sec.gov/enforce/, the Securities Act release 33-10601 of 31 December 2018): first-party "
 "text, no third-party copy. Left out: the page line 'Skip to main content', the heading (kept as `title`), the "
 "date line 'Feb. 1, 2019' under the heading, the lines 'ADMINISTRATIVE PROCEEDING' and 'File No. 3-18965'; cut "
 "after the third paragraph, before the fourth ('In addition, the SEC's order finds that in November 2013, ... and "
 "another analysis had determined that the previously disclos...'), where the store's excerpt breaks off inside "
 "that paragraph's only sentence (`truncated`). Kept as written: the date opening the first paragraph ('February "
 "1, 2019 - Hertz Global Holdings Inc. ...', a spaced hyphen, as 41n kept 'May 9, 2019 - '; also `published`), the "
 "straight apostrophes, 'wholly-owned', 'pre-tax', 'write-offs', 'favorable', '4%' and '96%'. 219 words. One text "
 "per matter: online.documentine.com's copy of the order (a filing), jdsupra.com (Shearman & Sterling), "
 "complianceweek.com, marconews.com (Naples Daily News) and probesreporter.com left out; Mark Frissora's own "
 "matter (2019, 'SEC Charges Former Hertz CEO ...': only jdsupra's Stinson blog and Hertz's own complaint on "
 "documentcloud came back, as in 43a and 43d) not taken. Found with 'SEC Charges Hertz Global Holdings inaccurate "
 "financial reporting 2018 press release' (rank 1). "
 + CHECK + "'Hertz Global', 'Hertz Corp', 'Hertz ' (with a space), '3-18965', 'subrogation': 0 in the corpus files, the "
 "gather scripts and the pools (GATHERING.md and the notes of 43a and 43d name Hertz only as the untaken Frissora "
 "lead); 'Hertz' otherwise only inside other names (Hertzler in batch 40x's Blue Byte text; Hertzog in batch 22c's "
 "and a dev file, by a count of the word's forms only, the dev text not read); "
 "'10601': batch 12b's script and a train file (an HP/EDS figure, another matter).", True))

# ---- Hyzon Motors, Knight and Holthausen, Litigation Release No. 25855, 27 September 2023 -----------------------------
U2 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-25855"
R.append(federal(
 "us-sec-hyzon-motors-former-ceo-knight-european-subsidiary-spac-merger-2023", U2, "2023-09-27",
 "SEC Charges Hydrogen Vehicle Co. Hyzon Motors and Two Former Executives for Misleading Investors",
 "The Securities and Exchange Commission announced settled fraud charges against Hyzon Motors Inc., an upstate New "
 "York-based company that builds hydrogen fuel cell electric vehicles (FCEVs), for misleading investors about its "
 "business relationships and vehicle sales before and after a July 2021 merger with a publicly-traded special "
 "purpose acquisition company, or SPAC. The SEC also charged Craig M. Knight, Hyzon's former CEO, and Max C.B. "
 "Holthausen, former managing director of Hyzon's European subsidiary, for their roles in the fraudulent scheme.\n\n"
 "According to the SEC's complaint, Hyzon misrepresented the status of its business dealings with potential "
 "customers and suppliers to create the false appearance that significant sales transactions were imminent. The "
 "complaint alleges that Hyzon also falsely stated that it had delivered its first FCEV in July 2021, even going as "
 "far as posting a misleading video of the vehicle purportedly running on hydrogen, when the vehicle was not "
 "equipped to operate on hydrogen power. The complaint further alleges that Hyzon later falsely reported that it "
 "sold 87 FCEVs in 2021, when in fact it had not sold any vehicles that year. Knight allegedly was responsible for "
 "the false statements about Hyzon's customer and supplier relationships. Holthausen allegedly was responsible for "
 "Hyzon's false statements about delivery of its first FCEV and for Hyzon's false reporting of certain FCEV sales.",
 "hydrogen vehicles/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25855, September 27, 2023 (Securities and Exchange "
 "Commission v. Hyzon Motors Inc., Craig M. Knight, and Max C.B. Holthausen, No. 6:23-cv-06553 (W.D.N.Y. filed Sept. "
 "26, 2023)), US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address): first-party text, no third-party copy. Left out: "
 "the page line 'Breadcrumb', the page's parties line 'Hyzon Motors Inc., Craig M. Knight, and Max C.B. "
 "Holthausen', the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION' and 'Litigation Release No. 25855/ September 27, "
 "2023' (kept as `published`), the case caption 'Securities and Exchange Commission v. Hyzon Motors Inc., Craig M. "
 "Knight, and Max C.B. Holthausen, No. 6:23-cv-06553 (W.D.N.Y. filed Sept. 26, 2023)', the heading (kept as "
 "`title`); cut after the second paragraph, before the third ('The SEC's complaint, filed in U.S. District Court for "
 "the Western District of New York, charges: Hyzon and Holthausen with violating the antifraud...'), where the "
 "store's excerpt breaks off (`truncated`). Kept as written: the straight apostrophes, 'upstate New York-based', "
 "'publicly-traded', 'Max C.B. Holthausen', 'FCEVs'/'FCEV'. 218 words. One text per matter: the SEC's press release "
 "of 26 September 2023 as mycryptolawyer.xyz reproduces it (a copy; the sec.gov litigation release taken instead), "
 "sonnlaw.com, grcreport.com (two), investing.com (Reuters), complianceweek.com and nydailyrecord.com left out. "
 "Found with 'SEC Charges Hyzon Motors former CEO Craig Knight co-founder George Gu misleading investors' (rank 4). "
 + CHECK + "'Hyzon', 'Holthausen', 'Craig M. Knight', '25855', '23-cv-06553', 'FCEV': 0 everywhere; 'New York': "
 "other texts (a place).", True))

# ---- Tingo, Mmobuosi, Litigation Release No. 26086, 29 August 2024 -----------------------------------------------------
U3 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-26086"
R.append(federal(
 "us-sec-tingo-mobile-founder-mmobuosi-default-judgment-nigerian-subsidiaries-2024", U3, "2024-08-29",
 "SEC Obtains Default Judgment and More than $250 Million in Monetary Relief Against Tingo Mobile Founder and Three "
 "U.S. Companies Charged with Massive Fraud",
 "On August 28, 2024, the U.S. District Court for the Southern District of New York entered final judgments against "
 "Mmobuosi Odogwu Banye a/k/a Dozy Mmobuosi and three affiliated U.S.-based entities of which he was the CEO, in "
 "connection with a multi-year scheme to inflate the financial performance metrics of his companies and key "
 "operating subsidiaries to defraud investors worldwide.\n\n"
 "The SEC\u2019s complaint, filed on Dec. 18, 2023, alleges, since at least 2019, Mmobuosi spearheaded a scheme to "
 "fabricate financial statements and other documents of three entities, Tingo Group Inc., Agri-Fintech Holdings "
 "Inc., and Tingo International Holdings Inc. and their Nigerian operating subsidiaries, Tingo Mobile Limited and "
 "Tingo Foods PLC. The complaint further alleges that Mmobuosi made and caused the entities to make material "
 "misrepresentations about their business operations and financial success in press releases, periodic SEC "
 "filings, and other public statements. According to the complaint, Tingo Group\u2019s fiscal year 2022 Form 10-K "
 "filed in March 2023 reported a cash and cash equivalent balance of $461.7 million in its subsidiary Tingo "
 "Mobile\u2019s Nigerian bank accounts when in reality those same bank accounts had a combined balance of less than "
 "$50 as of the end of fiscal year 2022.",
 "agri-fintech/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 26086, August 29, 2024 (Securities and Exchange "
 "Commission v. Mmobuosi Odogwu Banye (a/k/a Dozy Mmobuosi), Tingo Group, Inc., Agri-Fintech Holdings, Inc. (f/k/a "
 "Tingo Inc.), and Tingo International Holdings, Inc., No. 23-civ-10928 (S.D.N.Y. filed Dec. 18, 2023)), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address): first-party text, no third-party copy. Left out: "
 "the page's parties line 'Mmobuosi Odogwu Banye (a/k/a Dozy Mmobuosi), Tingo Group, Inc., Agri-Fintech Holdings, "
 "Inc. (f/k/a Tingo Inc.), and Tingo International Holdings, Inc.', the lines 'U.S. SECURITIES AND EXCHANGE "
 "COMMISSION' and 'Litigation Release No. 26086 / August 29, 2024' (kept as `published`), the case caption "
 "('Securities and Exchange Commission v. Mmobuosi Odogwu Banye ... No. 23-civ-10928 (S.D.N.Y. filed Dec. 18, "
 "2023)'), the heading (kept as `title`); an editorial comment marker cut inside the second paragraph: the page "
 "reads 'The SEC\u2019s complaint[A1] , filed on Dec. 18, 2023', cut to 'The SEC\u2019s complaint, filed on ...' (the "
 "marker '[A1]' and the space after it, as citation markers are cut); cut after the second paragraph's third "
 "sentence, before its fourth ('As alleged in the complaint, Defendants also fabricated the customer...'), where the "
 "store's excerpt breaks off (`truncated`). Kept as written: the curly apostrophes, 'a/k/a', 'U.S.-based', "
 "'multi-year', 'Dec. 18, 2023', 'Agri-Fintech', the missing comma after 'Tingo International Holdings Inc.', "
 "'$461.7 million', '$50'. 197 words. One text per matter: the SEC's press release of December 2023 on the "
 "charges (marketscreener.com's copy, unchecked; no sec.gov copy came back), techeconomy.ng, nairametrics.com, "
 "ambusinessng.com, usafricaonline.com, spectraafrica.com, naijatechroom.com, grip.globalrelay.com, qed.ng, "
 "svipblog.com, afrigather.com, aprokovibes.ng, studicata.com, thenewsmatrics.com, tracknews.ng, alabingo.com, "
 "realinfolive.com and pulsenets.com left out (news or digests of the same matter). Found with 'Litigation Release "
 "Securities and Exchange Commission v. Mmobuosi Odogwu Banye Tingo Group final judgment' (rank 1). "
 + CHECK + "'Tingo', 'Mmobuosi', 'Odogwu', 'Agri-Fintech', '26086', '23-civ-10928': 0 everywhere apart from "
 "GATHERING.md's and 43d's lead lines naming 'Tingo 2023'; 'Nigerian': other texts.", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

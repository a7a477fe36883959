#!/usr/bin/env python3
"""Batch 45zs (session 46, gatherer 45zs): a now-defunct generic drug maker's vice president of quality control,
quality assurance and regulatory affairs charged with insider trading while the maker hid its testing failures from the
FDA, and a computer maker, its chairman and CEO, a former CEO, a former CFO, a former regional vice president of
finance and a former assistant controller charged over undisclosed payments from Intel and improper accounting, told in
US Securities and Exchange Commission litigation releases of 2007 and 2010 (US federal government works, 17 U.S.C.
105), a twelfth round of session 46 after batches 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm and 45zp in
the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g,
44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm and 45zp; 43i and 43k found
nothing), on new matters -- first-party SEC text, the sec.gov pages as the search tool's page store holds them:
  - the SEC's Litigation Release No. 20034 (8 March 2007, 'SEC Charges Shashikant Shah, Former Vice President of
    Now-Defunct Drug Manufacturer Able Laboratories, Inc., with Unlawful Insider Trading in Connection with Scheme to
    Conceal Quality Control Deficiencies'): 'Shashikant C. Shah (Shah) ..., the Vice President of Quality Control,
    Quality Assurance and Regulatory Affairs of former drug maker Able Laboratories, Inc. (Able)' (sec.gov; 45zp's
    lead 'SEC v. Shah (D.N.J. 2007)', checked: Civil Action No. 2:07cv1075, the same caption);
  - the SEC's Litigation Release No. 21599 (22 July 2010, 'SEC CHARGES DELL AND SENIOR EXECUTIVES WITH DISCLOSURE AND
    ACCOUNTING FRAUD'): 'Dell Chairman and CEO Michael Dell, former CEO Kevin Rollins, and former CFO James
    Schneider', 'former regional Vice President of Finance Nicholas Dunning, and former Assistant Controller Leslie
    Jackson', 'Intel Corporation' (sec.gov; the matter 42g looked for and found no sec.gov page for).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, AAER and caption lines
are left out (the heading kept as `title`, a sub-heading cut, the date as `published`); no word added or changed (the
pages' double spaces after full stops kept); each text cut at the last full sentence before the store's excerpt
breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch45zs.py [POOL_DIR] [--dry]   (default /tmp/gather46zs/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46zs/pool"
R = []

# ---- Able Laboratories and Shashikant C. Shah, Litigation Release No. 20034, 8 March 2007 (sec.gov) --------------------
U1 = "https://www.sec.gov/litigation/litreleases/2007/lr20034.htm"
T1 = ("SEC Charges Shashikant Shah, Former Vice President of Now-Defunct Drug Manufacturer Able Laboratories, Inc., "
      "with Unlawful Insider Trading in Connection with Scheme to Conceal Quality Control Deficiencies")
R.append(federal(
 "us-sec-able-laboratories-former-vice-president-quality-control-shah-insider-trading-2007", U1, "2007-03-08", T1,
 "On March 8, 2007, the Securities and Exchange Commission (Commission) filed in the United States District Court for "
 "the District of New Jersey a settled civil injunctive action against Shashikant C. Shah (Shah) alleging that Shah, "
 "the Vice President of Quality Control, Quality Assurance and Regulatory Affairs of former drug maker Able "
 "Laboratories, Inc. (Able), engaged in unlawful insider trading by selling shares of Able's common stock during a "
 "16-month period in which he possessed material, non-public information about Able's faulty quality control testing "
 "practices. Before halting operations in May 2005 due to such testing improprieties, Able developed, manufactured "
 "and sold at least 40 generic drugs including numerous antibiotic, analgesic and antipsychotic medications.\n\n"
 "The Commission's complaint alleges that on eight separate occasions from August 2003 through December 2004, Shah "
 "acquired an aggregate of 58,000 shares of Able's common stock by exercising employee stock options, and in each "
 "case sold the securities either immediately thereafter or within a few days. According to the complaint, at the "
 "time he engaged in these transactions, Shah was aware that Able was concealing from the U.S. Food and Drug "
 "Administration (FDA) problems with the quality control testing of Able products that resulted in the public "
 "release of drugs failing to meet established quality control standards. Shah reaped $909,000 in ill-gotten gains "
 "as a result of his unlawful trading.",
 "pharmaceuticals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20034, March 8, 2007 (SEC v. Shashikant C. Shah, "
 "Civil Action No. 2:07cv1075 (D.N.J.)), US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2007/lr20034.htm): first-party text, no third-party copy. Left out: the page line 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20034 / March 8, 2007' (kept as `published`), the "
 "caption ('SEC v. Shashikant C. Shah, Civil Action No. 2:07cv1075 (D.N.J.)'), the heading (kept as `title`, as "
 "written, in title case); cut after the second paragraph's third sentence ('... as a result of his unlawful "
 "trading.'), before 'In May 2005, Able's common stock price fell more than $18 per share, or 75%, in one trading "
 "day, after Able discovered faulty testing practices of the typ', where the store's excerpt breaks off "
 "(`truncated`). Kept as written: '(Commission)', '(Shah)' and '(Able)' in brackets without quotation marks, 'Vice "
 "President of Quality Control, Quality Assurance and Regulatory Affairs' with capitals, 'non-public' hyphenated, "
 "'16-month', '58,000', '$909,000', 'ill-gotten'. 223 words. One text per matter: the SEC's press release 2007-36 "
 "of the same day ('SEC Charges Former Drug Manufacturer Executive with Unlawful Insider Trading in Connection with "
 "Scheme to Conceal Quality Control Deficiencies', sec.gov/news/press/2007/2007-36.htm), the District of New Jersey "
 "U.S. Attorney's release on four Able managers' guilty pleas as fda.gov reproduces it, an AP story on "
 "investorshub, casetext's In re Able Laboratories Securities Litigation opinion and the class-action complaint "
 "copies (scribd, vdocuments, pdfroom) are the same matter, not taken. Found with 'Litigation Release Shah vice "
 "president of quality control assurance traded ahead of announcement pharmaceutical' (rank 6; rank 1 the press "
 "release), after 45zp's lead (secactions: 'SEC v. Shah, Civil Action No. 2:07CV1075 (D.N.J. Filed March 8, "
 "2007)'). "
 + CHECK + "'Able Lab', 'Shashikant', '20034', '2:07cv1075', 'Wadekar': 0 in the corpus files, the gather scripts and "
 "the pools; 'Shah': other people and matters (corpus files by file names only; GATHERING.md's lead lines for this "
 "case).",
 True))

# ---- Dell Inc., Michael Dell, Rollins, Schneider, Dunning and Jackson, Litigation Release No. 21599, 22 July 2010 -------
U2 = "https://www.sec.gov/litigation/litreleases/2010/lr21599.htm"
T2 = "SEC CHARGES DELL AND SENIOR EXECUTIVES WITH DISCLOSURE AND ACCOUNTING FRAUD"
R.append(federal(
 "us-sec-dell-chairman-ceo-michael-dell-former-ceo-rollins-former-cfo-schneider-disclosure-fraud-2010", U2,
 "2010-07-22", T2,
 "The Securities and Exchange Commission today charged Dell Inc. with failing to disclose material information to "
 "investors and using fraudulent accounting to make it falsely appear that the company was consistently meeting Wall "
 "Street earnings targets and reducing its operating expenses.\n\n"
 "The SEC alleges that Dell did not disclose to investors large exclusivity payments the company received from Intel "
 "Corporation not to use central processing units (CPUs) manufactured by Intel's main rival.  It was these payments "
 "rather than the company's management and operations that allowed Dell to meet its earnings targets.  After Intel "
 "cut these payments, Dell again misled investors by not disclosing the true reason behind the company's decreased "
 "profitability.\n\n"
 "The SEC charged Dell Chairman and CEO Michael Dell, former CEO Kevin Rollins, and former CFO James Schneider for "
 "their roles in the disclosure violations.  The SEC charged Schneider, former regional Vice President of Finance "
 "Nicholas Dunning, and former Assistant Controller Leslie Jackson for their roles in the improper accounting.\n\n"
 "Dell Inc. agreed to pay a $100 million penalty to settle the SEC's charges.  Michael Dell and Rollins each agreed "
 "to pay a $4 million penalty, and Schneider agreed to pay $3 million, to settle the SEC's charges against them.  "
 "Dunning and Jackson also agreed to settle the SEC's charges.",
 "computers/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21599, July 22, 2010 (Securities and Exchange "
 "Commission v. Dell Inc., Michael S. Dell, Kevin B. Rollins, James M. Schneider, Leslie L. Jackson, Nicholas A.R. "
 "Dunning, Civil Action No. 1:10-cv-01245 (D.D.C.)), US federal government work (public domain); text from the "
 "search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it "
 "(litigation/litreleases/2010/lr21599.htm): first-party text, no third-party copy. Left out: the page heading 'Dell "
 "Inc., Michael S. Dell, Kevin B. Rollins, James M. Schneider, Leslie L. Jackson, Nicholas A.R. Dunning' (the "
 "defendants' names), the page line 'U.S. Securities and Exchange Commission', 'Litigation Release No. 21599 / July "
 "22, 2010' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 3156 / July 22, 2010', the "
 "caption ('Securities and Exchange Commission v. Dell Inc., Michael S. Dell, Kevin B. Rollins, James M. Schneider, "
 "Leslie L. Jackson, Nicholas A.R. Dunning, Civil Action No. 1:10-cv-01245 (D.D.C.)'), the heading in capitals (kept "
 "as `title`), the sub-heading 'Company to Pay $100 Million Penalty, Michael Dell to Pay $4 Million Penalty'; cut "
 "after the fourth paragraph ('... also agreed to settle the SEC's charges.'), before 'The SE', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: the double spaces after full stops inside paragraphs (and the "
 "one after '... against them.'), 'Chairman and CEO', 'former CEO', 'former CFO' abbreviated, 'Vice President of "
 "Finance' and 'Assistant Controller' with capitals, '(CPUs)', '$100 million', '$4 million', '$3 million'. 211 "
 "words. One text per matter: the SEC's press release 2010-131 (sachdevajk.in's rewrite), the complaint (scribd, "
 "docslib), transtutors' quotation of this release, news (independent.co.uk, cnet, slashgear, legaltimes, crn, "
 "betanews, ditii) and Dell's own statement (dell.com) are the same matter, not taken; the SEC's Litigation Release "
 "No. 21634 (27 August 2010, Robert W. Davis and Randall D. Imhoff, Dell's former Chief Accounting Officer and "
 "former Assistant Controller; lexology, fdocuments) is a related accounting matter, not taken (one Dell text). "
 "Batch 42g looked for this matter and found no sec.gov page (GATHERING.md's 42g 'not used' list: 'Dell/Michael "
 "Dell, Kevin Rollins, James Schneider (2010: sachdevajk.in's rewrite, dailycaller (AP), ...)'); it came back now at "
 "rank 6 of 'U.S. SECURITIES AND EXCHANGE COMMISSION Litigation Release No. Dell Inc. accounting employees reserves "
 "manipulated Chavarria' (45zp's Chavarria lead itself gave no release). "
 + CHECK + "'21599', '21634', 'Michael S. Dell', 'Kevin B. Rollins', 'Imhoff', '1:10-cv-01245': 0 in the corpus "
 "files, the gather scripts and the pools; 'Dell Inc': one test file (a 2007 Wikinews story on Dell's Ubuntu offer) "
 "and its script batch13_annotate.py; 'Michael Dell': that file, a second test file (a 2007 Wikinews story on "
 "Michael Dell's memo cutting bonuses, which mentions the SEC's investigation of Dell in one sentence), their scripts "
 "(batch12d, batch13) and GATHERING.md's 42g not-used line -- other events, not this 2010 charge; 'Kevin Rollins': "
 "GATHERING.md's 42g line only; 'Schneider', 'Dunning': other people and matters (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

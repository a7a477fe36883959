#!/usr/bin/env python3
"""Batch 45f (session 46, gatherer 45f): a database publisher's former finance chief of its information division, a
sensor maker's former chief financial officer, and a voice-software company's founder with its former chief
executive, former chief financial officer and former general counsel, told in US Securities and Exchange Commission
texts of 2004-2008 (US federal government works, 17 U.S.C. 105), a second round of session 46 after batch 45a in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u and 45a; 43i and 43k found nothing) -- first-party SEC text, from sec.gov as the search
tool's page store holds it or as the UNT Libraries' End of Term 2008 web archive holds the sec.gov page:
  - the SEC's Litigation Release No. 20650 (22 July 2008, 'SEC Charges Scott Hirth and ProQuest Company in Connection
    With Accounting Fraud Scheme'): Scott Hirth, 'the former Vice-President of Finance and Chief Financial Officer for
    ProQuest's Information and Learning Division', and ProQuest Company, 'headquartered in Ann Arbor Michigan';
  - the SEC's Litigation Release No. 18765 (28 June 2004): Measurement Specialties, Inc. (MSI), 'a New Jersey-based
    manufacturing company', and 'its former chief financial officer, Kirk J. Dischino' (UNT End of Term 2008 archive);
  - the SEC's press release 2006-137 (9 August 2006, 'SEC Charges Former Comverse Technology, Inc. CEO, CFO, and
    General Counsel in Stock Option Backdating Scheme'): 'Comverse's founder and former Chairman and CEO Jacob "Kobi"
    Alexander', 'David Kreinberg, Comverse's former Chief Financial Officer', 'William F. Sorin, Comverse's former
    General and Senior General Counsel, and a former Comverse director'.
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines,
datelines, sub-headings and headings are left out (the heading kept as `title`, the date as `published`); no word
added or changed; each text cut at the last full sentence before the store's excerpt breaks off. Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch45f.py [POOL_DIR] [--dry]   (default /tmp/gather46f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK          # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC        # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather46f/pool"
R = []

# ---- ProQuest Company and Scott Hirth, Litigation Release No. 20650, 22 July 2008 (sec.gov) ----------------------------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-20650"
T1 = "SEC Charges Scott Hirth and ProQuest Company in Connection With Accounting Fraud Scheme"
R.append(federal(
 "us-sec-proquest-information-learning-division-former-cfo-hirth-fraud-2008", U1, "2008-07-22", T1,
 "The Securities and Exchange Commission today charged Scott Hirth of Carleton, Michigan and ProQuest Company, "
 "headquartered in Ann Arbor Michigan, in connection with a financial fraud scheme that occurred from 2001 through "
 "2005. Hirth was the former Vice-President of Finance and Chief Financial Officer for ProQuest's Information and "
 "Learning Division.\n\n"
 "The Commission's complaint, filed in federal court in Detroit, alleged that at the end of monthly and quarterly "
 "reporting periods, from at least 2001 through 2005, Hirth made fraudulent manual journal entries in order to "
 "favorably alter ProQuest's financial results. These manual journal entries were adjustments to the balances in "
 "certain ProQuest accounts and were designed to increase revenue and decrease expenses at ProQuest. Through these "
 "false accounting entries, Hirth materially inflated ProQuest's reported Earnings Before Interest and Taxes for 2001 "
 "though 2004 and the first three quarters of 2005. The Commission further alleged that Hirth created false "
 "documentation to purportedly support the balances in the manipulated accounts and used \"hidden rows\" and \"white "
 "font\" functions in spreadsheets to conceal his false accounting entries. After ProQuest disclosed the accounting "
 "scheme in its public filings, the Commission alleged that ProQuest lost over $437 million in market "
 "capitalization. ProQuest's stock price dropped from $29.41 to $12.31 per share between February and April 2006. "
 "Finally, the Commission alleged that ProQuest failed to devise and maintain a system of internal accounting "
 "controls that could have prevented Hirth's scheme and failed to properly apply other basic accounting principles "
 "during this period.",
 "information publishing/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20650, July 22, 2008 (Securities and Exchange "
 "Commission v. Scott Hirth et al., 08 cv 13139 (E.D. Mich, filed July 22, 2008)), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the later "
 "'enforcement-litigation/litigation-releases/lr-NNNNN' address, as 45a's Aspen text): first-party text, no "
 "third-party copy. Left out: the page's name line 'Scott Hirth et al.', 'U.S. SECURITIES AND EXCHANGE COMMISSION', "
 "'Litigation Release No. 20650 / July 22, 2008' (kept as `published`), the case caption ('Securities and Exchange "
 "Commission v. Scott Hirth et al., 08 cv 13139 (E.D. Mich, filed July 22, 2008)'), the heading (kept as `title`); "
 "cut after the second paragraph's last sentence, before the third paragraph, of which the store keeps only "
 "'ProQues' (`truncated`). The store gives the paragraphs one line break apart; written here with a blank line "
 "between them (whitespace only). Kept as written: 'Carleton, Michigan and' with no comma after the state, 'Ann "
 "Arbor Michigan' with no comma, 'Vice-President' with a hyphen, '2001 though 2004' (for 'through'), the straight "
 "quotation marks around 'hidden rows' and 'white font', '$437 million', '$29.41 to $12.31'. 246 words. One text "
 "per matter: the SEC's press release 2008-147 of the same day (held by the store only behind a translate.google.com "
 "wrapper of the sec.gov address; it names Linda Chatman Thomsen and Merri Jo Gillette and says ProQuest 'is now "
 "known as Voyager Learning Company') not taken; accountingtoday, cfo.com, securities.stanford.edu (two), the "
 "class-action opinions (millerlawpc, casetext (two), vdocuments, ecases), newsbreaks.infotoday and an EDGAR exhibit "
 "(the derivative suit's memorandum) left out. Found with 'SEC Scott Hirth ProQuest Information and Learning Voyager "
 "Learning Company litigation release' (rank 6); 'SEC litigation release ProQuest former chief financial officer "
 "Kevin Gregory' (the press release, rank 6) first. "
 + CHECK + "'ProQuest' (only 45a's leads in GATHERING.md), 'Hirth', 'Information and Learning', '20650', '13139', "
 "'2008-147', 'Carleton': 0 in the corpus files, the gather scripts and the pools; 'Voyager': three corpus files and "
 "batch 33e (other names: a crypto lender, aircraft, by file names only); 'Ann Arbor', 'Detroit': other texts "
 "(places, other matters).", True))

# ---- Measurement Specialties and Kirk J. Dischino, Litigation Release No. 18765, 28 June 2004 (UNT End of Term 2008) ---
U2 = "https://webarchive.library.unt.edu/eot2008/20080921122451/http://sec.gov/litigation/litreleases/lr18765.htm"
T2 = "SEC CHARGES MEASUREMENT SPECIALTIES, INC., AND ITS FOMER CFO, KIRK DISCHINO, WITH SECURITIES FRAUD"
R.append(federal(
 "us-sec-measurement-specialties-former-cfo-dischino-fraud-insider-trading-2004", U2, "2004-06-28", T2,
 "On June 28, 2004, the Commission filed a civil injunctive action in United States District Court for the District "
 "of New Jersey charging Measurement Specialties, Inc. (MSI), a New Jersey-based manufacturing company, with "
 "accounting fraud, and its former chief financial officer, Kirk J. Dischino, with accounting fraud and insider "
 "trading. Both defendants have agreed to settle the Commission's charges, without admitting or denying the "
 "allegations. MSI has agreed to pay a penalty of $1 million. Dischino has agreed to pay disgorgement and penalty "
 "totaling in excess of $450,000, and agreed to be suspended from appearing or practicing before the Commission as "
 "an accountant.\n\n"
 "The Commission's complaint alleges that Dischino orchestrated and carried out two separate accounting frauds at "
 "MSI. First, the complaint alleges that, from June 2000 through September 2001, at Dischino's direction, MSI "
 "materially overstated its earnings by capitalizing overhead expenses into inventory in a manner that was "
 "inconsistent with generally accepted accounting principles (GAAP) and that Dischino knew or was reckless in not "
 "knowing would mislead investors about MSI's earnings and the value of its inventory. In a manner clearly "
 "inconsistent with GAAP and over the repeated objections by MSI operating division heads and internal accounting "
 "personnel, Dischino shifted certain manufacturing and overhead costs to inventory, through accounting adjustments "
 "he termed \"production credits.\"",
 "sensors and measuring instruments/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18765, June 28, 2004 (Securities and Exchange "
 "Commission v. Measurement Specialties, Inc., and Kirk J. Dischino, 04 Civ. 3000 (KSH)(D.N.J.)), US federal "
 "government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds "
 "it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr18765.htm) as the "
 "End of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged "
 "(44d's and 44r's archived texts the same way), no third-party copy. Left out: the page lines 'U.S. Securities & "
 "Exchange Commission', 'SEC Seal', 'Home Previous Page', 'U.S. Securities and Exchange Commission' (twice), "
 "'Litigation Release No. 18765 / June 28, 2004' (kept as `published`), 'Accounting and Auditing Enforcement Release "
 "No. 2046 / June 28, 2004', the case caption ('Securities and Exchange Commission v. Measurement Specialties, Inc., "
 "and Kirk J. Dischino, 04 Civ. 3000 (KSH)(D.N.J.)'), the heading (kept as `title`, in capitals and with 'FOMER' as "
 "printed); cut after the second paragraph's third sentence, before its fourth ('As a result of the production "
 "credit ad'), where the store's excerpt breaks off (`truncated`). Kept as written: 'in United States District Court' "
 "with no article, '(MSI)' without quotation marks, 'New Jersey-based', 'chief financial officer' in lower case, "
 "'(GAAP)', the straight quotation marks around 'production credits.' (the full stop inside), '$1 million', "
 "'$450,000'. 215 words. One text per matter: the company's own EDGAR filings (a 2005 proxy statement, 8-K, 10-K and "
 "10-Q, on sec.gov, getfilings and two newspaper EDGAR windows: company texts, not the SEC's) and footnoted.com left "
 "out. Found with 'SEC litigation release Measurement Specialties former chief financial officer 2002' (rank 1). "
 + CHECK + "'Measurement Specialties' (only 45a's leads in GATHERING.md), 'Dischino', '18765', '04 Civ. 3000', "
 "'production credit': 0 in the corpus files, the gather scripts and the pools; 'MSI': other texts (other names, by "
 "file names only; the company's full name 0); 'District of New Jersey': other texts (the court, other matters).",
 True))

# ---- Comverse Technology, Alexander, Kreinberg and Sorin, press release 2006-137, 9 August 2006 (sec.gov) -------------
U3 = "http://sec.gov/news/press/2006/2006-137.htm"
T3 = "SEC Charges Former Comverse Technology, Inc. CEO, CFO, and General Counsel in Stock Option Backdating Scheme"
R.append(federal(
 "us-sec-comverse-technology-founder-former-ceo-cfo-general-counsel-backdating-2006", U3, "2006-08-09", T3,
 "The Securities and Exchange Commission today filed civil charges against three former senior executives of "
 "Comverse Technology, Inc. (Comverse), alleging that they engaged in a decade-long fraudulent scheme to grant "
 "undisclosed, in-the-money options to themselves and to others by backdating stock option grants to coincide with "
 "historically low closing prices of Comverse common stock. Two of the executives, Comverse's founder and former "
 "Chairman and CEO Jacob \"Kobi\" Alexander, and David Kreinberg, Comverse's former Chief Financial Officer, also "
 "created a slush fund of backdated options by causing options to be granted to fictitious employees and, later, used "
 "these options to recruit and retain key personnel. The other executive charged in the SEC complaint is William F. "
 "Sorin, Comverse's former General and Senior General Counsel, and a former Comverse director.\n\n"
 "The complaint alleges that the former executives collectively realized millions of dollars of ill-gotten "
 "compensation through the exercise of illegally backdated option grants and the subsequent sale of Comverse common "
 "stock. As part of the scheme, the former executives made material misrepresentations to investors regarding "
 "Comverse's stock option grants and concealed from investors that Comverse had not recorded compensation expenses "
 "for option grants. As a result, Comverse, a maker of software, systems, and related services for multimedia "
 "communication and information processing applications headquartered in New York, N.Y., materially overstated its "
 "net income and earnings per share between 1991 and at least 2002.",
 "communications software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2006-137 '" + T3 + "', Washington, D.C., August 9, 2006, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (news/press/2006/2006-137.htm): "
 "first-party text, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC "
 "Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', the heading (kept as `title`), the "
 "sub-heading \"U.S. Attorney's Office for the Eastern District of New York Files Separate Criminal Complaint\", the "
 "lines 'FOR IMMEDIATE RELEASE' and '2006-137', the dateline 'Washington, D.C., August 9, 2006 - ' (kept as "
 "`published`); cut after the second paragraph, before the third ('In a separate mat'), where the store's excerpt "
 "breaks off (`truncated`). Kept as written: '(Comverse)' without quotation marks, 'Jacob \"Kobi\" Alexander' with "
 "straight quotation marks, 'Chairman and CEO', 'Chief Financial Officer', 'General and Senior General Counsel', "
 "'in-the-money', 'decade-long', 'New York, N.Y.'. 230 words. One text per matter: the Justice Department's release "
 "and press-conference transcript of the same day (usdoj.gov, justice.gov: another agency's criminal case, not the "
 "SEC's), the SEC's complaint on documents.pub (a third-party copy), chicagotribune (Bloomberg), plansponsor, cio.com "
 "and nytimes left out; the SEC's Litigation Release No. 21090 of 2009 on the same backdating (batch 42j's lead, not "
 "asked) not taken. Comverse's FCPA matter of 2011 (train us-sec-comverse-technology-comverse-limited-ote-greece-"
 "fcpa-2011, batch 42j) is another matter: 42j named this backdating release's 2009 sequel a lead 'for a round that "
 "takes a company's second matter'. Found with 'SEC litigation release Comverse Technology former CEO Jacob Kobi "
 "Alexander former CFO David Kreinberg general counsel William Sorin backdating' (rank 1). "
 + CHECK + "'Kreinberg', 'Sorin', '2006-137': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; "
 "'Kobi': one train text (another person, by file name) and batch 22a; 'Comverse': two train texts (the 2011 FCPA "
 "matter and Noble's FCPA text, by file names) and batches 42j and 42v (FCPA texts and leads).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 44d (session 45, gatherer 44d): a healthcare company's chief executive and chairman with an SEC official, a
drug store chain's former CFO, CEO and vice chairman, a food distributor's former officers with the tender offer by
which its parent bought it, an appliance maker's former officers with its auditor's partner, and a bar code company's
former officers, told in US Securities and Exchange Commission texts of 2001-2004 (US federal government works, 17
U.S.C. 105), a round of session 45 after batches 43a, 43d and 43g in the federal SEC lane (batches 40zm, 40zn, 41b,
41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g; 43i and 43k found nothing) -- first-party SEC
text from sec.gov as the search tool's page store holds it, either the sec.gov page itself or the page as a federal
web archive holds it:
  - the SEC's press release 2003-34 (19 March 2003, 'SEC Charges HealthSouth Corp. CEO Richard Scrushy With $1.4
    Billion Accounting Fraud'): HealthSouth Corp., its Chief Executive Officer and Chairman Richard M. Scrushy,
    Stephen M. Cutler, the SEC's Director of Enforcement (the UNT Libraries' End of Term 2008 web archive);
  - the SEC's Litigation Release No. 18727 (26 May 2004, 'SEC Settles Fraud Case Against Rite Aid's Former CFO'):
    Rite Aid Corporation, its former CFO Frank M. Bergonzi, its former CEO Martin L. Grass and its former vice
    chairman and chief legal officer Franklin C. Brown (the UNT Libraries' End of Term 2008 web archive);
  - the SEC's press release 2004-100 (27 July 2004, 'SEC Charges Former Top Executives of U.S. Foodservice with $700
    Million Securities Fraud; One Executive Also Charged with Insider Trading'): U.S. Foodservice, 'a major subsidiary
    of' Royal Ahold (Koninklijke Ahold N.V.), its former CFO, Chief Marketing Officer and purchasing vice presidents,
    'Ahold's April 2000 tender offer acquisition of U.S. Foodservice' (the US National Archives' web harvest,
    webharvest.gov, of 2004);
  - the SEC's Litigation Release No. 17001 (15 May 2001, 'SEC Sues Former Top Officers of Sunbeam Corporation and
    Arthur Andersen Auditor in Connection with Massive Financial Fraud'): Sunbeam's former CEO and chairman Albert J.
    Dunlap, former principal financial officer, controller and vice-presidents, and the Arthur Andersen LLP partner
    (the UNT Libraries' CyberCemetery web archive);
  - the SEC's Litigation Release No. 18734 (3 June 2004, 'SEC Charges Symbol Technologies, Inc. and 11 Former Symbol
    Executives With Securities Fraud'): Symbol Technologies, Inc., its former President and CEO Tomo Razmilovic,
    former CFO and former General Counsel (the sec.gov page itself).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, file-number and
caption lines, datelines, sub-headings and headings are left out (the heading kept as `title`, the date as
`published`); bullet markers cut (each bullet kept as its own paragraph, as 41s); no word added or changed. Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch44d.py [POOL_DIR] [--dry]   (default /tmp/gather45d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch43a import CHECK as CHECK44   # batch42a's check note (batch41b's) with the session-44 pools named
from batch41e import SEC_ORIGIN

CHECK = CHECK44.replace("the session-44 pools /tmp/gather44*/pool", "the session-45 pools /tmp/gather45*/pool")
assert CHECK != CHECK44
SEC_ARC = "US SEC release on sec.gov as a federal web archive holds it (search tool page store)"
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45d/pool"
R = []

# ---- HealthSouth and Scrushy, press release 2003-34, 19 March 2003 (UNT End of Term 2008 archive) ----------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20080916034002/http://sec.gov/news/press/2003-34.htm"
R.append(federal(
 "us-sec-healthsouth-ceo-chairman-scrushy-accounting-fraud-2003", U1, "2003-03-19",
 "SEC Charges HealthSouth Corp. CEO Richard Scrushy With $1.4 Billion Accounting Fraud",
 "The Securities and Exchange Commission today charged HealthSouth Corp., the nation's largest provider of "
 "outpatient surgery, diagnostic and rehabilitative healthcare services, and its Chief Executive Officer and "
 "Chairman Richard M. Scrushy with a massive accounting fraud. The Commission's complaint, filed in federal district "
 "court in Birmingham, Ala., alleges that since 1999, at the insistence of Scrushy, HealthSouth systematically "
 "overstated its earnings by at least $1.4 billion in order to meet or exceed Wall Street earnings expectations. The "
 "false increases in earnings were matched by false increases in HealthSouth's assets. By the third quarter of 2002, "
 "HealthSouth's assets were overstated by at least $800 million, or approximately 10 percent.\n\n"
 "Pursuant to a separate Commission order issued this morning, trading in the securities of HealthSouth was "
 "suspended for two business days due to the materially misleading information in the marketplace.\n\n"
 "The complaint further alleges that, following the Commission's order last year requiring executive officers of "
 "major public companies to certify the accuracy and completeness of their companies' financial statements, Scrushy "
 "certified HealthSouth's financial statements when he knew or was reckless in not knowing they were materially "
 "false and misleading.\n\n"
 "\"HealthSouth's fraud represents an appalling betrayal of investors,\" said Stephen M. Cutler, the SEC's Director "
 "of Enforcement. \"HealthSouth's standard operating procedure was to manipulate the company's earnings to create "
 "the false impression that the company was meeting Wall Street's expectations.\"",
 "healthcare services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2003-34 'SEC Charges HealthSouth Corp. CEO Richard Scrushy "
 "With $1.4 Billion Accounting Fraud', Washington, D.C., March 19, 2003, US federal government work (public domain); "
 "text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive holds it, from the search tool's page "
 "store at " + U1,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2003-34.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (batch 43c "
 "took a usdoj.gov page the same way), no third-party copy. Left out: the heading (kept as `title`), the lines 'FOR "
 "IMMEDIATE RELEASE' and '2003-34', the sub-heading 'Trading in HealthSouth Securities Is Suspended; Commission "
 "Action Seeks Injunction, Money Penalties, Officer and Director Bar', the dateline 'Washington, D.C., March 19, 2003 "
 "--' (kept as `published`); cut after the fourth paragraph (the quotation), before the fifth ('Richard P. Wessel, "
 "District Administrator of the SEC's Atlanta District Office, added: \"The Comm'), where the store's excerpt breaks "
 "off (`truncated`). Kept as written: the straight quotation marks and apostrophes, 'Birmingham, Ala.', 'Chief "
 "Executive Officer and Chairman' and 'Director of Enforcement' capitalised, '10 percent'. 227 words. One text per "
 "matter: the SEC's Litigation Release No. 18044 on the same filing (sec.gov/litigation/litreleases/lr18044.htm, "
 "rank 7 and rank 3: its stored excerpt starts below the page's date line, so it has no date of its own) and the "
 "complaint (sec.gov/litigation/complaints/comphealths.htm, a filing) not taken; news and essays (quintessay, "
 "yourlawyer, uow.edu.au, jurist, law.taragana, salon.glenrose, washingtontimes (AP), breakinglegalnews, "
 "celebritytokyo, apr.org, wtvy, wvasfm, prnewsonline, wsfa, chicagotribune, bradley.com) left out; the Justice "
 "Department's release of 29 September 2004 on Scrushy's superseding indictment (the same UNT archive) is another "
 "agency's text (a DOJ lead). Found with 'SEC Charges HealthSouth Corp., CEO Richard Scrushy With $1.4 Billion "
 "Accounting Fraud press release 2003-34' (rank 2). "
 + CHECK + "'HealthSouth', 'Scrushy', '2003-34', '18044': 0 in the corpus files, the gather scripts and the pools "
 "(GATHERING.md names HealthSouth once, as a 2003 VOA query of batch 42n that found no VOA page); 'Cutler': one train "
 "file and batch 40q's scripts (another person, a New Zealand monorail story); 'Birmingham': other texts (a place).",
 True))

# ---- Rite Aid, Bergonzi, Grass and Brown, Litigation Release No. 18727, 26 May 2004 (UNT End of Term 2008 archive) ---
U2 = ("https://webarchive.library.unt.edu/eot2008/20090507204504/http://www.sec.gov/litigation/litreleases/"
      "lr18727.htm")
R.append(federal(
 "us-sec-rite-aid-former-cfo-bergonzi-settlement-former-ceo-grass-2004", U2, "2004-05-26",
 "SEC SETTLES FRAUD CASE AGAINST RITE AID'S FORMER CFO",
 "The Securities and Exchange Commission announced today that it has reached a settlement with former Rite Aid "
 "Corporation CFO Frank M. Bergonzi. On June 21, 2002, the Commission filed accounting fraud charges in federal "
 "district court in the Middle District of Pennsylvania against Bergonzi and two other former senior executives of "
 "Rite Aid, the nationwide drug store chain based in Harrisburg, Pennsylvania. The Commission submitted the "
 "judgment, to which Bergonzi consented without admitting or denying the allegations in the Commission's complaint, "
 "to the Hon. J. Rambo. The Commission's case has been stayed pending the outcome of the related criminal actions "
 "against Bergonzi and others. Bergonzi, who pled guilty to criminal charges involving his conduct while at Rite "
 "Aid in a case filed by the United States Attorney for the Middle District of Pennsylvania, was sentenced earlier "
 "today in connection to significant criminal sanctions.\n\n"
 "In its civil action, the Commission charged that Bergonzi, Martin L. Grass, Rite Aid's former CEO, and Franklin C. "
 "Brown, the former vice chairman and chief legal officer, were responsible for one of the most egregious "
 "accounting frauds in recent history. The Commission alleged that Bergonzi and the others conducted a wide-ranging "
 "accounting fraud scheme that resulted in the significant inflation of Rite Aid's net income in every quarter from "
 "May 1997 to May 1999.",
 "drug store retail/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18727, May 26, 2004 (Securities and Exchange "
 "Commission v. Frank M. Bergonzi, Martin L. Grass, and Franklin C. Brown, No. 1:CV02-1084 (M.D.Pa.)), US federal "
 "government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive "
 "holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr18727.htm) as "
 "the End of Term 2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived "
 "unchanged, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', "
 "'Home Previous Page', 'U.S. Securities and Exchange Commission' (twice), 'Litigation Release No. 18727 / May 26, "
 "2004' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 2023 / May 26, 2004', the case "
 "caption 'SECURITIES AND EXCHANGE COMMISSION V. FRANK M. BERGONZI, MARTIN L. GRASS, AND FRANKLIN C. BROWN, No. "
 "1:CV02-1084 (M.D.Pa.)', the heading (kept as `title`, in capitals as printed) and the dateline 'WASHINGTON - ' opening the first paragraph (as 43d left out the "
 "SEC dateline); cut after the second paragraph's second sentence, before its third ('After the discovery of "
 "improper and unsubstantiated accounting transactions, in July and October 2000 Rite Aid restated cumulative pre'), "
 "where the store's excerpt breaks off (`truncated`). Kept as written: the straight apostrophes, 'the Hon. J. "
 "Rambo', 'pled guilty', 'in connection to', 'wide-ranging'. 218 words. One text per matter: the complaint "
 "(sec.gov/litigation/complaints/complr17577.htm, a filing) not taken; news (baltimoresun (two), progressivegrocer, "
 "accountingtoday, washingtontimes (AP), yourlawyer) left out. Found with 'Litigation Release Rite Aid Corporation "
 "former CEO Martin L. Grass former CFO Frank Bergonzi accounting fraud' (rank 2). "
 + CHECK + "'Rite Aid', 'Bergonzi', 'Martin L. Grass', 'Franklin C. Brown', 'J. Rambo', '18727', 'CV02-1084': 0 "
 "everywhere; 'Harrisburg': 0; 'Pennsylvania': other texts (a place).", True))

# ---- U.S. Foodservice and Royal Ahold, press release 2004-100, 27 July 2004 (webharvest.gov, 2004) ------------------
U3 = "https://webharvest.gov/peth04/20041112082233/http://sec.gov/news/press/2004-100.htm"
T3 = ("SEC Charges Former Top Executives of U.S. Foodservice with $700 Million Securities Fraud; One Executive Also "
      "Charged with Insider Trading")
R.append(federal(
 "us-sec-us-foodservice-former-executives-royal-ahold-subsidiary-fraud-2004", U3, "2004-07-27", T3,
 "The Securities and Exchange Commission today filed a complaint in the United States District Court for the "
 "Southern District of New York alleging that Michael Resnick, Mark P. Kaiser, Timothy J. Lee and William Carter "
 "engaged in or substantially participated in a scheme to overstate the income of Royal Ahold (Koninklijke Ahold "
 "N.V.) (Ahold) by $700 million or more in SEC filings and other public announcements for at least fiscal years "
 "2001 and 2002. Resnick, Kaiser, Lee, and Carter were top executives at Columbia, Md., based wholesale food "
 "distributor U.S. Foodservice, a major subsidiary of Ahold. The complaint alleges that they grossly inflated "
 "reported profits and induced numerous suppliers to submit false confirmations to the company's auditors in order "
 "to conceal their fraud.\n\n"
 "The Commission alleges that Resnick, former CFO, Kaiser, former Chief Marketing Officer, Lee, former Executive "
 "Vice President of Purchasing, and Carter, former Vice President of Purchasing, violated the antifraud provisions; "
 "aided and abetted violations of the reporting provisions; and violated and aided and abetted violations of the "
 "books and records provisions of the Securities Exchange Act of 1934.\n\n"
 "The Commission also alleges that Lee engaged in repeated instances of tipping material, nonpublic information "
 "regarding Ahold's April 2000 tender offer acquisition of U.S. Foodservice. As a result of the tipping, an "
 "associate of Lee realized profits of at least $363,000 from trading in the stock of U.S. Foodservice. The "
 "Commission alleges that Lee, through his insider tipping, violated the antifraud provisions of the Exchange Act.",
 "food distribution/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2004-100 '" + T3 + "', Washington, D.C., July 27, 2004, US "
 "federal government work (public domain); text of the sec.gov page as the US National Archives' web harvest "
 "(webharvest.gov, 2004) holds it, from the search tool's page store at " + U3,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2004-100.htm) as the National "
 "Archives and Records Administration's web harvest of federal sites (webharvest.gov, the 2004 harvest 'peth04') "
 "holds the page: the SEC's own page, archived unchanged, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2004-100', the dateline 'Washington, D.C., "
 "July 27, 2004 \u2014' (kept as `published`); cut after the third paragraph's third sentence, before its fourth ('In "
 "a related action, the Commission charged one of '), where the store's excerpt breaks off (`truncated`). Kept as "
 "written: 'Columbia, Md., based' (no hyphen), the straight apostrophes, 'Chief Marketing Officer', 'Executive Vice "
 "President of Purchasing' and 'Vice President of Purchasing' capitalised, 'nonpublic', '$363,000'. 247 words. One "
 "text per matter (Ahold's fraud): the SEC's Litigation Release No. 18929 of 13 October 2004 on Royal Ahold, Cees "
 "van der Hoeven, A. Michiel Meurs, Jan Andreae and Roland Fahlin (sec.gov/litigation/litreleases/lr18929.htm, "
 "rank 3 and rank 2: its stored excerpt breaks off inside the sentence naming 'U.S. Foodservice, Ahold's "
 "wholly-owned subsidiary', leaving one paragraph of about 105 words) not taken; mondovisione.com's copy of the "
 "SEC's press release of 13 October 2004 (unchecked), the complaint on vdocument.in (a filing), chiefmarketer, "
 "progressivegrocer (two), accountingtoday, washingtonpost, just-food, capecodtimes (New York Times) and the "
 "District of Maryland's MDL page (mdd.uscourts.gov, court information, not a release) left out. Found with "
 "'sec.gov news press 2004 SEC Charges Royal Ahold and Three Former Top Executives With Fraud U.S. Foodservice "
 "wholly-owned subsidiary' (rank 4). "
 + CHECK + "'Foodservice' as a company: 0 (one dev file and batch 41a's scripts write 'foodservice' as a word: a CMA "
 "merger text on another matter, the dev text not read); 'Ahold': one dev file and batch 16i's scripts (the FTC's "
 "2016 Ahold Delhaize order, another matter) and GATHERING.md (a blog's Ahold summary left out by batch 41-series); "
 "'Resnick', 'Mark P. Kaiser', 'Timothy J. Lee', 'William Carter', '2004-100', 'van der Hoeven', 'Meurs', "
 "'18929': 0 everywhere; 'Columbia': other texts (places).", True))

# ---- Sunbeam, Dunlap and others, Litigation Release No. 17001, 15 May 2001 (UNT CyberCemetery archive) -------------
U4 = ("https://cybercemetery.unt.edu/archive/oilspill/20130218035744/http://www.sec.gov/litigation/litreleases/"
      "lr17001.htm")
T4 = ("SEC Sues Former Top Officers of Sunbeam Corporation and Arthur Andersen Auditor in Connection with Massive "
      "Financial Fraud")
R.append(federal(
 "us-sec-sunbeam-former-ceo-dunlap-officers-arthur-andersen-partner-2001", U4, "2001-05-15", T4,
 "The Securities and Exchange Commission today filed a civil injunctive action in U.S. District Court in Miami, "
 "Florida, against five former officers of Sunbeam Corporation and the former engagement partner on the Arthur "
 "Andersen LLP audits of Sunbeam's financial statements. The Commission alleges that the Defendants engaged in a "
 "scheme to fraudulently misrepresent the Company's results of operations in connection with a purported "
 "\"turnaround\" of the Company. When Sunbeam's \"turnaround\" was exposed as a sham, the stock price plummeted, "
 "causing investors billions of dollars in losses. The defendants are: Sunbeam's former CEO and chairman Albert J. "
 "Dunlap; former principal financial officer Russell A. Kersh; former controller Robert J. Gluck, former "
 "vice-presidents Donald R. Uzzi, and Lee B. Griffith, and Arthur Andersen LLP partner Phillip Harlow.\n\n"
 "According to the Commission's Complaint:\n\n"
 "Dunlap, a turnaround specialist, was hired by Sunbeam's Board in July 1996 to restructure the financially ailing "
 "Company. Dunlap placed Kersh in charge of Sunbeam's finance organization.",
 "consumer appliances/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17001, May 15, 2001 (Securities and Exchange "
 "Commission v. Albert J. Dunlap, Russell A. Kersh, Robert J. Gluck, Donald R. Uzzi, Lee B. Griffith, and Phillip E. "
 "Harlow, 01-8437-CIV-DIMITROULEAS (S.D. Fla., May 15, 2001)), US federal government work (public domain); text of "
 "the sec.gov page as the UNT Libraries' CyberCemetery web archive holds it, from the search tool's page store at "
 + U4,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr17001.htm) as "
 "the UNT Libraries' CyberCemetery (cybercemetery.unt.edu, an archive of federal web sites) holds the page: the "
 "SEC's own page, archived unchanged, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange "
 "Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 17001 / May 15, 2001' (kept as `published`), 'Accounting and "
 "Auditing Enforcement Release No. 1395 / May 15, 2001', the three caption lines (the civil action against Dunlap "
 "and five others, 'In the Matter of Sunbeam Corporation, Securities Act Release No. 7976; ...' and 'In the Matter of "
 "David C. Fannin, Securities Act Release No. 7977; ...'), the heading (kept as `title`); the bullet marker and its "
 "indent before the paragraph 'Dunlap, a turnaround specialist, ...' (kept as its own paragraph, as 41s kept "
 "bullets); cut after that bullet's second sentence, before its third ('Soon after their arrival, Dunlap and Kersh "
 "promis'), where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks "
 "around 'turnaround', the straight apostrophes, 'the Defendants', 'the Company' and 'Complaint' capitalised, "
 "'vice-presidents', the comma after 'Donald R. Uzzi', 'Phillip Harlow' without the caption's middle initial. 157 "
 "words. One text per matter: the SEC's Litigation Release No. 17710 on Dunlap's and Kersh's final judgments "
 "(sec.gov/litigation/litreleases/lr17710.htm, rank 1: its stored excerpt starts below the page's date line, so it "
 "has no date of its own) not taken; fdocuments, studylib (two), vdocument.in (case studies), latimes and "
 "chicagotribune left out. Found with 'Litigation Release Securities and Exchange Commission v. Albert J. Dunlap "
 "Sunbeam Corporation former chairman CEO' (rank 2). "
 + CHECK + "'Sunbeam', 'Dunlap', 'Gluck', 'Lee B. Griffith', 'Arthur Andersen', '17001', '17710', '01-8437': 0 "
 "everywhere; 'Kersh': only inside 'Kershaw' (a county, batch 37z's scripts and a dev file, by the word's form "
 "only, the dev text not read); 'Uzzi': only inside other words; 'Harlow': other persons (batch 40zc's script, a dev "
 "file by its name only); 'Miami', 'Florida': other texts (places).", True))

# ---- Symbol Technologies, Litigation Release No. 18734, 3 June 2004 (sec.gov) ---------------------------------------
U5 = "http://www.sec.gov/litigation/litreleases/lr18734.htm"
R.append(federal(
 "us-sec-symbol-technologies-former-president-ceo-razmilovic-executives-fraud-2004", U5, "2004-06-03",
 "SEC CHARGES SYMBOL TECHNOLOGIES, INC. AND 11 FORMER SYMBOL EXECUTIVES WITH SECURITIES FRAUD",
 "On June 3, 2004, the Commission filed a civil injunctive action in the United States District Court for the "
 "Eastern District of New York charging Symbol Technologies, Inc. (\"Symbol\"), with securities fraud and related "
 "violations. The SEC also charged eleven former Symbol executives in connection with their roles in the fraud. "
 "Symbol has agreed to settle the Commission's charges by paying a $37 million penalty and consenting to injunctive "
 "relief. The entire amount of the penalty will be distributed to injured investors. One individual defendant, "
 "James Dean, has consented to injunctive relief.\n\n"
 "The SEC's complaint alleges that from at least 1998 until early 2003, Symbol and the other defendants engaged in "
 "numerous fraudulent accounting practices and other misconduct that had a cumulative net impact of over $230 "
 "million on Symbol's reported revenue and over $530 million on its pre-tax earnings. Based in Holtsville, New "
 "York, Symbol supplies mobile information systems using bar code scanners and related technology and its stock is "
 "publicly traded on the New York Stock Exchange.\n\n"
 "Individuals Sued: In addition to Symbol, the Commission's complaint names the following individual defendants who "
 "worked at Symbol during the relevant period:\n\n"
 "Tomo Razmilovic, age 62, former President and CEO\n\n"
 "Kenneth Jaeggi, age 58, former CFO\n\n"
 "Leonard Goldner, age 56, former General Counsel",
 "bar code scanners/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18734, June 3, 2004 (SEC v. Symbol Technologies, "
 "Inc., Tomo Razmilovic, Kenneth Jaeggi, Leonard Goldner, Brian Burke, Michael DeGennaro, Frank Borghese, "
 "Christopher DeSantis, James Heuschneider, Gregory Mortenson, James Dean and Robert Donlon, CV 04 2276 "
 "(LDW)(WDW) (EDNY)), US federal government work (public domain); text from the search tool's page store at " + U5,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the lines 'U.S. "
 "Securities and Exchange Commission', 'Litigation Release No. 18734 / June 3, 2004' (kept as `published`) and "
 "'Accounting and Auditing Enforcement Release No. 2029 / June 3, 2004', the case caption ('SEC v. Symbol "
 "Technologies, Inc., Tomo Razmilovic, ... CV 04 2276 (LDW)(WDW) (EDNY)'), the heading (kept as `title`, in capitals as printed), "
 "the sub-heading 'SYMBOL AGREES TO PAY $37 MILLION PENALTY' and the section "
 "heading 'SEC Complaint'; the bullet markers and indents of the list of defendants (each item kept as its own "
 "paragraph, as 41s kept bullets); cut after the list's third item, before its fourth ('Brian Burke, age 57, former "
 "Se'), where the store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks around "
 "'Symbol', the comma after '(\"Symbol\")', the straight apostrophes, 'pre-tax', 'bar code', 'Individuals Sued:' as "
 "written, 'President', 'CEO', 'CFO' and 'General Counsel' capitalised, the list items without final stops. 212 "
 "words. One text per matter: nbcnews (AP), pdfroom's class-action complaint, techmonitor, chicagotribune, "
 "secactions (the 2010s judgment against Razmilovic), accountingtoday and crn left out. Found with 'Litigation "
 "Release Symbol Technologies former CEO Tomo Razmilovic accounting fraud complaint' (rank 3). "
 + CHECK + "'Symbol Technologies', 'Razmilovic', 'Jaeggi', 'James Dean', 'Holtsville', '18734', '04 2276': 0 "
 "everywhere; 'Goldner': one dev file and batch 26a's scripts (another person, Diane Ayala Goldner, an actress; the "
 "dev text not read); 'New York Stock Exchange': other texts (the exchange).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

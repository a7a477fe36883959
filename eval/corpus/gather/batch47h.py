#!/usr/bin/env python3
"""Batch 47h (session 48, gatherer 47h): men at the head of firms in the SEC's cases of 2003-2005 told with their posts
-- a Las Vegas broker-dealer and its president and majority owner, charged in an emergency action over late trading
and market timing in funds managed by two named fund advisers; a fund firm's former vice chairman and chief mutual
fund officer, convicted on a state charge of tampering with evidence and barred by the SEC over the market timing he
allowed, announced by a state attorney general and the SEC's Director of Enforcement; and a pharmaceutical company's
former chief operating officer sued and settling over fraudulent sales that inflated its revenue -- told in two US
Securities and Exchange Commission litigation releases of 2003 and 2005 and a press release of 2003 (US federal
government works, 17 U.S.C. 105), the third round of session 48 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e,
41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r,
45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j, 46m, 46n, 47a and 47e; 43i and 43k found nothing), on
new matters (47e's leads: Security Brokerage/Calugar, Fred Alger's former vice chairman; an accounting-fraud release
found with a company's name in the query) -- first-party SEC text, the sec.gov page itself or the page as a federal
web archive holds it, as the search tool's page store holds them:
  - the SEC's Litigation Release No. 18524 (24 December 2003, 'SEC Files Emergency Action Against Security Brokerage,
    Inc. and Daniel Calugar for Engaging in Mutual Fund Late Trading and Market Timing Schemes'): Security Brokerage,
    Inc. of Las Vegas, 'its president and majority owner, Daniel Calugar', Alliance Capital Management, Massachusetts
    Financial Services (MFS), Judge Robert Clive Jones (the UNT Libraries' End of Term 2008 web archive);
  - the SEC's press release 2003-138 (16 October 2003, 'New York AG and SEC Bring Criminal and Civil Actions Against
    Mutual Fund Executive'): Eliot Spitzer, 'New York State Attorney General', 'James P. Connelly, Jr., former Vice
    Chairman and Chief Mutual Fund Officer of Fred Alger & Company, Inc.', Stephen M. Cutler, 'Director of the SEC
    Division of Enforcement' (sec.gov's 'news/press/YYYY-NNN.htm' address);
  - the SEC's Litigation Release No. 19290 (30 June 2005, 'SEC SUES FORMER AAIPHARMA INC. EXECUTIVE DAVID HURLEY'):
    'David M. Hurley ("Hurley"), former chief operating officer of aaiPharma, Inc. ("aaiPharma")' of Wilmington,
    North Carolina (sec.gov's old 'litigation/litreleases/lrNNNNN.htm' address).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, caption, sub-heading,
heading and dateline lines are left out (a heading kept as `title`, the release date as `published`); no word added
or changed; paragraphs joined by a blank line; each text cut at the last full sentence before the store's excerpt
breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch47h.py [POOL_DIR] [--dry]   (default /tmp/gather48h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch47a import CHECK   # batch45a's check note with the session-48 pools /tmp/gather48*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC  # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather48h/pool"
R = []

# ---- Security Brokerage, Inc. and Daniel Calugar, Litigation Release No. 18524, 24 December 2003 (UNT EOT 2008) --------
U1 = "https://webarchive.library.unt.edu/eot2008/20080921150254/http://sec.gov/litigation/litreleases/lr18524.htm"
T1 = ("SEC Files Emergency Action Against Security Brokerage, Inc. and Daniel Calugar for Engaging in Mutual Fund Late "
      "Trading and Market Timing Schemes")
R.append(federal(
 "us-sec-security-brokerage-president-calugar-late-trading-emergency-action-2003", U1, "2003-12-24", T1,
 "On December 22, 2003, the Securities and Exchange Commission filed civil fraud charges against Security Brokerage, "
 "Inc. of Las Vegas and its president and majority owner, Daniel Calugar, for their participation in a scheme to "
 "defraud mutual fund shareholders through improper late trading and market timing. From at least 2001 to 2003, "
 "Calugar, trading through Security Brokerage, reaped profits of approximately $175 million from improper late "
 "trading and market timing, principally through mutual funds managed by Alliance Capital Management and "
 "Massachusetts Financial Services (MFS). Calugar, age 49, is an attorney with residences in Las Vegas and Los "
 "Angeles.\n\n"
 "Based on the Commission's application, United States District Judge Robert Clive Jones of the District of Nevada "
 "issued a temporary restraining order freezing the assets of the defendants, prohibiting the destruction of "
 "documents, and granting expedited discovery. The court scheduled a hearing for January 5, 2004, on the Commission's "
 "application for a preliminary injunction. The Commission applied for the emergency relief after learning that on "
 "December 18, 2003, Calugar had transferred $50 million of proceeds from his scheme out of MFS. This transfer "
 "occurred on the same day that the Commission instituted an enforcement action against Alliance in connection with "
 "market timing activity.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18524 '" + T1 + "', December 24, 2003 (SEC v. "
 "Daniel Calugar and Security Brokerage, Inc., U.S. District Court for the District of Nevada, Civil Action No. CV "
 "S-03-1600-RCJ (RJJ)), US federal government work (public domain); text of the sec.gov page as the UNT Libraries' "
 "End of Term 2008 web archive holds it, from the search tool's page store at " + U1,
 SEC_ARC,
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr18524.htm) as the "
 "End of Term 2008 web archive (webarchive.library.unt.edu) holds the page (as 46m's Invesco and 46n's Sihpol "
 "releases): the SEC's own page, archived unchanged, no third-party copy. Left out: the page lines ('U.S. Securities & "
 "Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission' twice), the "
 "release line 'Litigation Release No. 18524 / December 24, 2003' (the date kept as `published`), the caption 'SEC v. "
 "Daniel Calugar and Security Brokerage, Inc. (U.S. District Court for the District of Nevada, Civil Action No. CV "
 "S-03-1600-RCJ (RJJ))', the heading (kept as `title`), the sub-heading 'Court Orders Immediate Freeze of Defendants' "
 "Assets and Orders Defendants Not to Destroy Documents'; cut after the second paragraph's fourth sentence ('... in "
 "connection with market timing activity.'), before \"The Commission's action against Alliance identif\", where the "
 "store's excerpt breaks off inside a word (`truncated`). Kept as written: 'Security Brokerage, Inc. of Las Vegas' "
 "with no comma after it, 'Security Brokerage' short, 'president and majority owner' in lower case, 'Massachusetts "
 "Financial Services (MFS)' without 'Co.', 'Alliance Capital Management' and 'Alliance' short, 'age 49', 'United States "
 "District Judge Robert Clive Jones of the District of Nevada', the straight apostrophes. 201 words. One text per "
 "matter: the SEC's press release 2006-5 on Calugar's and SBI's settlement (UNT End of Term copy; the same case, "
 "later), vaildaily (AP), financial-planning (two), wealthmanagement, efinancialnews and securities.stanford.edu (a "
 "class action) left out. MFS's and Alliance's own market-timing settlements are other matters (MFS: a train file "
 "of 46m; Alliance: 46n's spent lead); this release is the SEC's case against the broker-dealer and its owner, a "
 "matter apart (**doubtful**: a strict reader may count the MFS timing as one matter with 46m's MFS file, which "
 "names neither Calugar nor Security Brokerage). Found with 'SEC charges Security Brokerage Calugar late trading "
 "market timing December 2003' (rank 2). "
 + CHECK + "'Calugar', 'Security Brokerage', 'Robert Clive Jones', 'Robert C. Jones', '18524', 'lr18524', 'Ponte "
 "Vedra': 0 in the corpus files, the gather scripts and the session-48 pools; 'Massachusetts Financial': 46m's MFS "
 "train file and its scripts (another matter, named above); 'Alliance Capital': GATHERING.md only (46m's and 46n's "
 "notes, not taken); 'Las Vegas': corpus files on other matters (a UnitedHealth/Sierra judgment, a Marrone Bio "
 "indictment, an NPS report, two Wikinews/Wikipedia files) (file names only).",
 True))

# ---- James P. Connelly, Jr., Fred Alger & Company, press release 2003-138, 16 October 2003 (sec.gov) ------------------
U2 = "https://www.sec.gov/news/press/2003-138.htm"
T2 = "New York AG and SEC Bring Criminal and Civil Actions Against Mutual Fund Executive"
R.append(federal(
 "us-sec-spitzer-cutler-fred-alger-former-vice-chairman-connelly-tampering-2003", U2, "2003-10-16", T2,
 "New York State Attorney General Eliot Spitzer and the Securities and Exchange Commission today announced the "
 "arrest, conviction, and lifetime industry bar of James P. Connelly, Jr., former Vice Chairman and Chief Mutual Fund "
 "Officer of Fred Alger & Company, Inc., a prominent mutual fund firm.\n\n"
 "Connelly pled guilty to the crime of Tampering with Physical Evidence, a class E felony punishable by up to four "
 "years in state prison. The charges against Connelly stem from his repeated efforts to tamper with an ongoing "
 "investigation of illegal trading practices in the mutual funds industry.\n\n"
 "In its administrative order, the SEC found that Connelly approved agreements that permitted select investors to "
 "\"time\" certain mutual funds managed by Alger, a practice that violates an adviser's fiduciary duties and adversely "
 "affects the value of the fund being timed. In this case, the timing arrangements were also inconsistent with "
 "Alger's public disclosures in prospectuses and statements of additional information filed with the SEC. Connelly is "
 "the first fund executive charged for permitting market timing.\n\n"
 "\"The scope of the investigation into illegal trading practices in the mutual fund industry continues to expand,\" "
 "Spitzer said. \"Any obstruction of this investigation will be dealt with swiftly.\"\n\n"
 "Stephen M. Cutler, Director of the SEC Division of Enforcement, said: \"By approving timing arrangements with select "
 "investors, Mr. Connelly put his own firm's bottom line ahead of the interests of the fund shareholders he was "
 "entrusted to protect. Such conduct is a fundamental breach of an investment adviser's fiduciary duties and warrants "
 "tough sanctions. Accordingly, we have sought and obtained from Mr. Connelly a lifetime bar from the securities "
 "industry as well as a significant monetary penalty.\"",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2003-138 '" + T2 + "', Washington, D.C., Oct. 16, 2003, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain; issued jointly with the New York Attorney General, the page "
 "the SEC's own, as 46n's Sihpol release) as sec.gov itself carries it (news/press/2003-138.htm): first-party text, no "
 "third-party copy. Left out: the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2003-138', the "
 "dateline 'Washington, D.C., Oct. 16, 2003 \u2014 ' opening the first paragraph (kept as `published`); cut after the "
 "fifth paragraph (Cutler's quotation), before 'According to the felony complaint, Con', where the store's excerpt "
 "breaks off inside a word (`truncated`). Kept as written: 'James P. Connelly, Jr.' with its commas, 'Vice Chairman and "
 "Chief Mutual Fund Officer' capitalised, 'Fred Alger & Company, Inc.' and 'Alger' short, 'Tampering with Physical "
 "Evidence' capitalised, 'class E felony', 'pled', 'the SEC Division of Enforcement', 'Mr. Connelly', the straight "
 "double quotation marks around 'time' and the quotations. 277 words. One text per matter: the SEC's order against "
 "Connelly (litigation/admin/33-8304.htm, a filing), Litigation Release No. 18541 on his sentencing (the same matter, "
 "later), the 2007 order against Fred Alger Management and Fred Alger & Company (zlibrary copy; a filing, the firm's "
 "own settlement), money.cnn, hedgeco (New York Times, AP), financial-planning (two), plansponsor and a blog left "
 "out. Found with 'SEC charges former vice chairman Fred Alger Management James Connelly late trading destroying "
 "documents' (rank 6: the order) and 'sec.gov press release October 2003 James Patrick Connelly Fred Alger & Company "
 "vice chairman market timing settles' (rank 2). "
 + CHECK + "'Fred Alger', 'James P. Connelly', 'sticky assets', '2003-138', '18541', '8304': 0 in the corpus files, the "
 "gather scripts and the session-48 pools; 'Connelly': one train FCC file (Clyburn statement; another person) and "
 "batch16a2's scripts; 'Alger': corpus files on Algeria (Eni/Saipem, Haier, Lebanon) only; 'Spitzer': 46n's Sihpol "
 "train file (another matter); 'Stephen M. Cutler': corpus files on other matters (Xerox, HealthSouth, 46m's Strong, "
 "46n's Sihpol, 47e's Putnam pool) (file names only).",
 True))

# ---- David M. Hurley, aaiPharma, Inc., Litigation Release No. 19290, 30 June 2005 (sec.gov) --------------------------
U3 = "https://www.sec.gov/litigation/litreleases/lr19290.htm"
T3 = "SEC SUES FORMER AAIPHARMA INC. EXECUTIVE DAVID HURLEY"
R.append(federal(
 "us-sec-aaipharma-former-coo-hurley-fraudulent-sales-settles-2005", U3, "2005-06-30", T3,
 "The Securities and Exchange Commission today filed a civil action against David M. Hurley (\"Hurley\"), former "
 "chief operating officer of aaiPharma, Inc. (\"aaiPharma\"), a publicly-traded pharmaceutical company headquartered "
 "in Wilmington, North Carolina, for fraudulent transactions designed to inflate the company's reported sales revenue "
 "in 2003. Hurley has agreed to settle this matter by agreeing to entry of a judgment enjoining him from violations of "
 "the antifraud, recordkeeping, internal controls, and other provisions of the federal securities laws (Sections "
 "10(b) and 13(b)(5) of the Securities Exchange Act of 1934 and Rules 10b-5 and 13b2-1 thereunder and aiding and "
 "abetting violations of Exchange Act Sections 13(a), 13(b)(2)(A), and 13(b)(2)(B) and Rules 12b-20, 13a-11, and "
 "13a-13 thereunder). He also consented to a permanent bar prohibiting him from acting as an officer or director of a "
 "public company and to paying a civil penalty in an amount to be determined by the Court at a later date. Hurley's "
 "consent, subject to Court approval, is without admitting or denying the allegations in the Commission's "
 "complaint.\n\n"
 "In its complaint, the Commission alleges that prior to aaiPharma's 2003 fiscal third quarter end, Hurley arranged "
 "three fraudulent sales transactions with customers to create the illusion that aaiPharma had met or exceeded its "
 "sales goals for the quarter. Although the sales Hurley arranged were either consignment sales or other types of "
 "non-final sales, aaiPharma falsely recorded the sales as final.",
 "pharmaceuticals/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19290 / Accounting and Auditing Enforcement "
 "Release No. 2270 '" + T3 + "', June 30, 2005 (Securities and Exchange Commission v. David M. Hurley, Civil Action "
 "No. 1:05CV01306 (JR) (D.D.C.)), US federal government work (public domain); text from the search tool's page store "
 "at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr19290.htm' address): first-party text, no third-party copy. Left out: the name line 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', the release line 'Litigation Release No. 19290 / June 30, 2005' (the date kept "
 "as `published`), the line 'Accounting and Auditing Enforcement Release No. 2270 / June 30, 2005', the caption "
 "'Securities and Exchange Commission v. David M. Hurley, Civil Action No. 1:05CV01306 (JR) (D.D.C.)', the all-caps "
 "heading (kept as `title`, as 47a's Biopure and Spongetech headings), the all-caps sub-heading 'HURLEY SETTLES, "
 "AGREEING TO AN INJUNCTION, PERMANENT OFFICER-AND-DIRECTOR BAR, AND PENALTY'; cut after the second paragraph's second "
 "sentence ('... aaiPharma falsely recorded the sales as final.'), before 'These fraudulent sales, totaling "
 "approximately $20.6 million', where the store's excerpt breaks off (`truncated`). Kept as written: 'David M. Hurley "
 "(\"Hurley\")' and 'aaiPharma, Inc. (\"aaiPharma\")' with straight double quotation marks, 'aaiPharma' in lower case "
 "at the head of the name, 'chief operating officer' in lower case, 'publicly-traded', the statute and rule list in "
 "brackets, 'the Court' capitalised, \"aaiPharma's 2003 fiscal third quarter end\", 'non-final'. 231 words. One text "
 "per matter: the securities class action (securities.stanford.edu, studicata's summary of the 2007 opinion), "
 "starnewsonline (the 2007 class settlement with four former executives) left out. Found with 'SEC litigation "
 "release aaiPharma former chief executive chief financial officer controller fraud' (rank 3). "
 + CHECK + "'aaiPharma', 'David M. Hurley', '19290', 'lr19290', '1:05CV01306': 0 in the corpus files, the gather "
 "scripts and the session-48 pools; 'Hurley': corpus files on other people (a SpaceX astronaut in two Wikinews files, "
 "an Oireachtas Coillte committee, a YouTube founder, an RTE committee) and batch scripts on them; 'Wilmington': 0 in "
 "the corpus files, GATHERING.md and the session-48 pools (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

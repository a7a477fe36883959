#!/usr/bin/env python3
"""Batch 44l (session 45, gatherer 44l): a copier maker's six former senior executives with an SEC official, a
telephone company's former co-chairman and CEO with eight former officers, a chip-equipment company's former
President and CEO with two SEC officials, and an auto parts supplier's former CEO, CFO, board member and controller,
told in US Securities and Exchange Commission texts of 2003-2010 (US federal government works, 17 U.S.C. 105), a third
round of session 45 after batches 44d and 44h in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n,
41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h; 43i and 43k found nothing) -- first-party SEC text from
sec.gov as the search tool's page store holds it, either the sec.gov page itself or the page as a federal web archive
holds it:
  - the SEC's press release 2003-70 (5 June 2003, 'Six Former Senior Executives of Xerox Settle SEC Enforcement Action
    Charging Them With Fraud'): Xerox Corporation, its former chief executive officers Paul A. Allaire and G. Richard
    Thoman, its former chief financial officer Barry D. Romeril; Stephen M. Cutler, the SEC's Director of Enforcement,
    quoted (the sec.gov page itself);
  - the SEC's Litigation Release No. 19136 (15 March 2005): Joseph P. Nacchio, 'former co-chairman and chief executive
    officer of Qwest Communications International Inc.', and eight other former Qwest officers and employees with
    their posts (the sec.gov page itself);
  - the SEC's press release 2008-92 (19 May 2008, 'Brooks Automation Settles SEC Charges of Stock Option
    Backdating'): Brooks Automation, Inc., its former President and CEO Robert J. Therrien; Linda Chatman Thomsen,
    Director of the SEC's Division of Enforcement, and David Bergers, Director of the SEC's Boston Regional Office,
    quoted (the UNT Libraries' End of Term 2008 web archive);
  - the SEC's Litigation Release No. 21491 (19 April 2010): settlements with David A. Stockman, 'C&A's former CEO and
    Chairman of the Board', J. Michael Stepp, 'C&A's former CFO and Vice Chairman of the Board', Elkin B. McCallum,
    'a former C&A Board member', David R. Cosgrove, "C&A's former Corporate Controller", and Paul C. Barnaba, former
    executives or board members of Collins & Aikman Corporation (the sec.gov page itself).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number and caption lines,
datelines, sub-headings and headings are left out (the heading kept as `title`, the date as `published`); no word added
or changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44l.py [POOL_DIR] [--dry]   (default /tmp/gather45l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch44d import CHECK, SEC_ARC   # batch43a's check note (42a's, 41b's) with the session-45 pools named; 44d's origin
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45l/pool"
R = []

# ---- Xerox, Allaire, Thoman, Romeril and others, press release 2003-70, 5 June 2003 (sec.gov) -----------------------
U1 = "https://www.sec.gov/news/press/2003-70.htm"
T1 = "Six Former Senior Executives of Xerox Settle SEC Enforcement Action Charging Them With Fraud"
R.append(federal(
 "us-sec-xerox-six-former-senior-executives-allaire-thoman-romeril-fraud-2003", U1, "2003-06-05", T1,
 "The Securities and Exchange Commission today charged six former senior executives of Xerox Corporation, including "
 "its former chief executive officers, Paul A. Allaire and G. Richard Thoman, and its former chief financial officer, "
 "Barry D. Romeril, with securities fraud and aiding and abetting Xerox's violations of the reporting, books and "
 "records and internal control provisions of the federal securities laws.\n\n"
 "The six defendants have agreed to pay over $22 million in penalties, disgorgement and interest without admitting or "
 "denying the SEC's allegations. The SEC intends to have these funds paid into a court account pursuant to the Fair "
 "Fund provisions of Section 308(a) of the Sarbanes-Oxley Act of 2002 for ultimate distribution to victims of the "
 "alleged fraud.\n\n"
 "The SEC's complaint alleges that the executives engaged in a fraudulent scheme that lasted from 1997 to 2000 that "
 "misled investors about Xerox's earnings to polish its reputation on Wall Street and to boost the company's stock "
 "price. The scheme involved the use of accounting devices that were not disclosed to investors, many of which "
 "violated generally accepted accounting principles (GAAP). The complaint alleges that the defendants' fraudulent "
 "conduct was responsible for accelerating the recognition of equipment revenues by approximately $3 billion and "
 "increasing pre-tax earnings by approximately $1.4 billion in Xerox's 1997-2000 financial results.\n\n"
 "\"A public company's stock price should reflect economic reality, not a distortion of that reality,\" said Stephen "
 "M. Cutler, the SEC's Director of Enforcement.",
 "copiers and office equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2003-70 '" + T1 + "; Executives Agree to Pay Over $22 "
 "Million in Penalties, Disgorgement and Interest', Washington, D.C., June 5, 2003, US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY-NN.htm' address): first-party text, no third-party copy. Left out: the page's first line (the "
 "heading and sub-heading joined by a semicolon: the heading kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and "
 "'2003-70', the sub-heading 'Executives Agree to Pay Over $22 Million in Penalties, Disgorgement and Interest', the "
 "dateline 'Washington, D.C., June 5, 2003 \u2014' (kept as `published`); cut after the fourth paragraph's first "
 "sentence (the quotation with its attribution), before its second ('\"As alleged in the complaint, Xerox's senior "
 "management substituted accounting devices '), where the store's excerpt breaks off (`truncated`). Kept as written: "
 "the straight quotation marks and apostrophes, 'chief executive officers' and 'chief financial officer' in lower "
 "case, 'Director of Enforcement' capitalised, '1997-2000', 'pre-tax', '(GAAP)'. 237 words. One text per matter: "
 "news and essays on the same matter (latimes (Reuters), zeenews, yourlawyer (two), p4photel (Democrat and "
 "Chronicle), accountingweb, accountingtoday, docslib, cyberessays, scribd (two), proquest, pdfcoffee, iupindia) left "
 "out. Found with 'sec.gov litigation release Xerox Corporation former senior executives Paul Allaire G. Richard "
 "Thoman settle' (rank 2). "
 + CHECK + "'Allaire' (as a person), 'Thoman', 'Romeril', 'Fishbach', 'Marchibroda', 'Tayler', '2003-70': 0 "
 "everywhere (GATHERING.md names 'Allaire' only as a software company of an earlier batch's leads); 'Xerox': two "
 "train files (Wikinews on HP's purchase of EDS naming Xerox in a list; the Wikipedia biography of Ursula Burns, "
 "Xerox's later chief executive), one test file (a VOA story on Fuji Xerox's chairman, by file name and GATHERING.md "
 "only, the test text not read) and batches 12b, 28a and 38za's scripts (the same texts and an outage lead): other "
 "matters, no text on the 1997-2000 accounting; 'Cutler': batch 44d's HealthSouth text (the same SEC official, "
 "another matter), one train file and batch 40q's scripts (another person).", True))

# ---- Qwest, Nacchio and eight former officers, Litigation Release No. 19136, 15 March 2005 (sec.gov) -----------------
U2 = "https://www.sec.gov/litigation/litreleases/lr19136.htm"
R.append(federal(
 "us-sec-qwest-former-co-chairman-ceo-nacchio-former-officers-fraud-2005", U2, "2005-03-15",
 None,
 "The Securities and Exchange Commission today charged Joseph P. Nacchio, former co-chairman and chief executive "
 "officer of Qwest Communications International Inc., and eight other former Qwest officers and employees with fraud "
 "and other violations of the federal securities laws. In three separate but related civil actions, the Commission "
 "alleges that, between 1999 and 2002, the Qwest defendants engaged in a multi-faceted fraudulent scheme designed to "
 "mislead the investing public about the company's revenue and growth. In addition to Nacchio, the Commission's "
 "complaints name former chief financial officers Robert S. Woodruff and Robin R. Szeliga, former chief operating "
 "officer Afshin Mohebbi, former executive vice president of wholesale markets Gregory M. Casey, former senior vice "
 "president of pricing and offer management Roger B. Hoaglund, former senior vice president of finance William L. "
 "Eveleth, former director of financial reporting James J. Kozlowski, and former senior manager of financial "
 "reporting Frank T. Noyes. The complaints seek injunctions, disgorgement of ill-gotten gains plus prejudgment "
 "interest, and civil penalties against all of the defendants, and officer/director bars against Nacchio, Woodruff, "
 "Szeliga, Mohebbi, Casey, and Eveleth. Hoaglund and Eveleth both consented to the entry of judgments against them "
 "without admitting or denying the allegations against them in the complaints.",
 "telecommunications/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19136, March 15, 2005 (Securities and Exchange "
 "Commission v. Joseph P. Nacchio, Robert S. Woodruff, Robin R. Szeliga, Afshin Mohebbi, Gregory M. Casey, James J. "
 "Koslowski and Frank T. Noyes, Civ. No. 05-MK-480 (OES) (USDC D. Colorado); Securities and Exchange Commission v. "
 "Roger B. Hoaglund, Civ. No. 05-N-482 (OES) (USDC D. Colorado); Securities and Exchange Commission v. William L. "
 "Eveleth, Civ. No. 05-M-481 (BNB) (USDC D. Colorado)), US federal government work (public domain); text from the "
 "search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lrNNNNN.htm' address): first-party text, no third-party copy. The release has no heading of "
 "its own (captions only above the text): `title` null, as earlier batches left it for pages without a heading. Left "
 "out: "
 "the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 19136 / March 15, 2005' (kept as "
 "`published`), 'Accounting and Auditing Enforcement Release No. 2209 / March 15, 2005', the three case captions in "
 "capitals ('SECURITIES AND EXCHANGE COMMISSION v. JOSEPH P. NACCHIO, ... Civ. No. 05-MK-480 (OES) (USDC D. "
 "Colorado).', '... v. ROGER B. HOAGLUND, Civ. No. 05-N-482 ...', '... v. WILLIAM L. EVELETH, Civ. No. 05-M-481 "
 "...'); the first paragraph kept whole, the store's excerpt ending after it (`truncated`: the page goes on). Kept as "
 "written: the posts in lower case, 'co-chairman', 'multi-faceted', 'officer/director bars', 'ill-gotten', "
 "'Kozlowski' (the caption's 'Koslowski' not in the text). 202 words. One text per matter: news on the same matter "
 "(itworldcanada, crn (AP), denverpost (two), qwestretiree (Denver Business Journal), washingtonpost, accountingweb) "
 "left out. Found with 'SEC Charges Qwest former CEO Joseph Nacchio and other former senior executives press release "
 "2005' (rank 1). "
 + CHECK + "'Woodruff', 'Szeliga', 'Mohebbi', 'Gregory M. Casey', 'Hoaglund', 'Eveleth', 'Koslowski', 'Frank T. "
 "Noyes', '19136', '05-MK-480': 0 everywhere; 'Nacchio': one test file (Wikinews on Verizon and the customer phone "
 "records, 2006, by file name only, the test text not read: another matter) and GATHERING.md (44d's and 44h's "
 "leads); 'Qwest': three test files (the same Verizon story, a VoIP emergency-calling story and an FCC transfer "
 "notice, by file names only: other matters); 'Kozlowski': Tyco's former chief executive (a train file and batch "
 "25c's scripts, another person).", True))

# ---- Brooks Automation and Therrien, press release 2008-92, 19 May 2008 (UNT End of Term 2008 archive) --------------
U3 = "https://webarchive.library.unt.edu/eot2008/20080916010701/http://sec.gov/news/press/2008/2008-92.htm"
T3 = "Brooks Automation Settles SEC Charges of Stock Option Backdating"
R.append(federal(
 "us-sec-brooks-automation-backdating-settlement-former-president-ceo-therrien-2008", U3, "2008-05-19", T3,
 "The Securities and Exchange Commission today filed settled charges against Brooks Automation, Inc., alleging that "
 "the Chelmsford, Mass. semiconductor capital equipment company overstated its income and understated employee "
 "compensation expenses in its financial statements by $64.5 million during a 10-year period due to its failure to "
 "properly account for employee stock options.\n\n"
 "The transactions alleged in the SEC's complaint also were the subject of a separate enforcement action the "
 "Commission filed in 2007 against the company's former President and CEO Robert J. Therrien. In that suit, the SEC "
 "alleges that Therrien received millions of dollars in undisclosed compensation by fraudulently backdating his "
 "exercise of an option to purchase company stock. Therrien also is alleged to have engaged in a broader fraudulent "
 "scheme from 1999 to 2001 to grant himself and other Brooks employees and executives undisclosed, in-the-money stock "
 "options.\n\n"
 "\"Investors have the right to complete and accurate information about the financial condition of public companies "
 "and the compensation their executives receive,\" said Linda Chatman Thomsen, Director of the SEC's Division of "
 "Enforcement. \"Here, the alleged conduct of Brooks' then-CEO resulted in its repeated reporting of incorrect "
 "financial information to the public.\"\n\n"
 "The SEC's settlement with Brooks was based in part on the company's swift, extensive, and extraordinary cooperation "
 "in the Commission's investigation.\n\n"
 "David Bergers, Director of the SEC's Boston Regional Office, said, \"Brooks' cooperation greatly facilitated the "
 "government's investigation.\"",
 "semiconductor equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2008-92 '" + T3 + "', Washington, D.C., May 19, 2008, US "
 "federal government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web "
 "archive holds it, from the search tool's page store at " + U3,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2008/2008-92.htm) as the End of Term "
 "2008 web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (as 44d and 44h "
 "took press releases 2003-34 and 2009-72 from the same archive), no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2008-92', the dateline 'Washington, D.C., May "
 "19, 2008 \u2014' (kept as `published`); cut after the fifth paragraph, before the sixth ('According to the SEC's "
 "complaint against Brooks, filed in the District of Massachusetts, the backdating by Therrien and improper accounting "
 "by'), where the store's excerpt breaks off inside that paragraph's first sentence (`truncated`). Kept as written: "
 "'Chelmsford, Mass.' without a comma after it, the straight quotation marks and apostrophes (\"Brooks'\"), "
 "'President and CEO', 'then-CEO', 'in-the-money', '10-year'. 229 words. One text per matter: the SEC's Litigation "
 "Release No. 20584 on the same settlement (the same UNT archive, rank 4: the complaint told without the officials' "
 "quotations) and Litigation Release No. 20210 of 26 July 2007 on the action against Therrien "
 "(sec.gov/litigation/litreleases/2007/lr20210.htm, rank 2) not taken; readbag's copy of the complaint and pdfslide's "
 "derivative complaint (filings), securities.stanford.edu, lieffcabraser and the stock-exchange-financials blog's copy "
 "of the 2007 release left out. Found with 'Litigation Release Brooks Automation former CEO Robert Therrien "
 "backdating settles' (rank 5). "
 + CHECK + "'Brooks Automation', 'Therrien', 'Chelmsford', 'Linda Chatman', 'David Bergers', '2008-92', '20584', "
 "'20210': 0 everywhere; 'Thomsen': 0 everywhere; 'Division of Enforcement': 43a's, 44h's and other SEC texts (the "
 "SEC's division, no matter shared); 'Boston': other texts (a place).", True))

# ---- Collins & Aikman, Stockman and others, Litigation Release No. 21491, 19 April 2010 (sec.gov) -------------------
U4 = "http://www.sec.gov/litigation/litreleases/2010/lr21491.htm"
R.append(federal(
 "us-sec-collins-aikman-former-ceo-chairman-stockman-settlements-2010", U4, "2010-04-19",
 "SEC SETTLES WITH FIVE DEFENDANTS IN SEC V. COLLINS & AIKMAN; DAVID A. STOCKMAN CONSENTS TO INJUNCTION IN CONNECTION "
 "WITH COLLINS AND AIKMAN FRAUD AND AGREES TO PAY $7.2 MILLION IN CIVIL PENALTIES, DISGORGEMENT, AND PREJUDGEMENT "
 "INTEREST",
 "The Securities and Exchange Commission today announced that it reached settlements in SEC v. Collins & Aikman "
 "Corp., et al., No. 07-CV-2419 (SAS) (S.D.N.Y.) with defendants David A. Stockman (\"Stockman\"), J. Michael Stepp "
 "(\"Stepp\"), Elkin B. McCallum (\"McCallum\"), David R. Cosgrove (\"Cosgrove\"), and Paul C. Barnaba "
 "(\"Barnaba\"), all former executives or board members of Collins & Aikman Corporation (\"C&A\"), an auto parts "
 "supplier that went bankrupt in 2005. The proposed settlements are subject to Court approval.\n\n"
 "Stockman, C&A's former CEO and Chairman of the Board, Stepp, C&A's former CFO and Vice Chairman of the Board, "
 "McCallum, a former C&A Board member, and Cosgrove, C&A's former Corporate Controller, without admitting or denying "
 "the Commission's allegations, would each consent to entry of a final judgment permanently enjoining them from "
 "violating the antifraud provisions of Sections 17(a)(2) and 17(a)(3) of the Securities Act of 1933 (\"Securities "
 "Act\") and the reporting, recordkeeping, internal controls, and lying to auditors provisions of the Securities "
 "Exchange Act of 1934 (\"Exchange Act\"). Stockman and Stepp also would be permanently enjoined from violating the "
 "Sarbanes-Oxley certification provisions.",
 "auto parts/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21491, April 19, 2010 (SEC v. Collins & Aikman "
 "Corporation, et al. Civil Action No. 07-CV-2419 (S.D.N.Y.) (Judge Shira A. Scheindlin)), US federal government "
 "work (public domain); text from the search tool's page store at " + U4,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address): first-party text, no third-party copy. Left out: the page line "
 "'Collins & Aikman Corporation, et al.', the lines 'U.S. Securities and Exchange Commission', 'Litigation Release "
 "No. 21491 / April 19, 2010' (kept as `published`), 'Accounting and Auditing Enforcement Release No. 3127 / April "
 "19, 2010', the case caption ('SEC v. Collins & Aikman Corporation, et al. Civil Action No. 07-CV-2419 (S.D.N.Y.) "
 "(Judge Shira A. Scheindlin)'), the heading (kept as `title`, in capitals as printed, 'PREJUDGEMENT' as spelt); cut "
 "after the second paragraph's second sentence, before its third ('Barnaba, C&A's former Vice President and Director "
 "of Purchasing-Plastic Division, without admitting or denying the Commission's allegations, would consent to entry "
 "of a final judgment permanently enjoining him from violation '), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the case name inside the first sentence, the bracketed short names with straight "
 "quotation marks, 'CEO', 'CFO', 'Chairman of the Board', 'Vice Chairman of the Board', 'Board member' and "
 "'Corporate Controller' capitalised, 'Court' capitalised, 'antifraud', 'recordkeeping', 'Sarbanes-Oxley'. 178 "
 "words. One text per matter: the SEC's Litigation Release No. 20055 of 26 March 2007 on the complaint "
 "(sec.gov/litigation/litreleases/2007/lr20055.htm, ranks 2 and 6: Stockman's posts and the nine defendants told "
 "without the others' posts) and Linda Chatman Thomsen's remarks at the press conference of 26 March 2007 (the UNT "
 "End of Term 2008 archive, sec.gov/news/speech/2007/spch032607lct.htm, rank 1: a speech, not a release; the nine "
 "defendants with their posts) not taken; secactions (two), ohiobusblawg, theautochannel (the U.S. Attorney's "
 "release), securitiesdocket, nbcnews (AP), buyoutsinsider, crainsdetroit, securities.stanford.edu, just-auto and "
 "the fair fund's FAQ page left out. Found with 'SEC Charges Collins & Aikman former CEO David Stockman press release' "
 "(rank 4). "
 + CHECK + "'Collins & Aikman', 'Collins and Aikman', 'McCallum', 'Cosgrove', 'Galante', 'Barnaba', 'Gougherty', "
 "'Heartland Industrial', '21491', '20055', 'Scheindlin': 0 everywhere; 'Stockman': 0 as a person (one test file "
 "and batch 13's scripts name the Finnish department store Stockmann, by file names only, the test text not read); "
 "'Stepp': 0 as a word (grep's case-insensitive matches are inside 'stepped').", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

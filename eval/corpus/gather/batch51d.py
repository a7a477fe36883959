#!/usr/bin/env python3
"""Batch 51d (session 52, gatherer 51d): three SEC accounting-fraud actions against former top officers of public
companies -- the founder and five other former top officers of Waste Management Inc. (chairman and CEO, president
and COO, CFO, controller, general counsel, vice president of finance), sued in Chicago, with the SEC's associate
enforcement director quoted; six former senior officers of San Diego-based Peregrine Systems, Inc. (chairman and
CEO, president and COO, sales executive vice president, controller, two alliance officers), an Arthur Andersen LLP
engagement partner and two channel partners' principals; the former chairman and CEO and the former president of
Livent Inc., a Canadian-based theatre producer -- told in an SEC press release of 2002 and two SEC litigation
releases of 1999 and 2004 (US federal government works, 17 U.S.C. 105), the round of session 52 in the federal SEC
lane (after batches 40zm ... 47y; 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g and 50j), on new
matters (every company,
person, release number and docket checked first against the corpus files, GATHERING.md, the gather scripts and the
session-52 pools) -- first-party SEC text, the sec.gov pages as the search tool's page store holds them:
  - the SEC's press release of 26 March 2002, 'Waste Management Founder, Five Other Former Top Officers Sued for
    Massive Fraud' (sec.gov's 'news/headlines/wastemgmt6.htm'): Waste Management Inc., Dean L. Buntrock, Phillip B.
    Rooney, James E. Koenig, Thomas C. Hau, Herbert Getz, Bruce D. Tobecksen with their posts, Thomas C. Newkirk,
    'associate director of the SEC's Division of Enforcement';
  - the SEC's Litigation Release No. 18919 (SEC v. Gardner et al., S.D. Cal.; the stored page keeps no release line
    or heading, so `published` and `title` are null, as 47y's Gerber text): Peregrine Systems, Inc., Stephen P.
    Gardner, Gary L. Lenz, Douglas S. Powanda, Berdj J. Rassam, Joseph G. Reichner, Peter J. O'Brien, Daniel F.
    Stulac of Arthur Andersen LLP, Larry A. Rodda, Michael D. Whitt (sec.gov's 'litigation/litreleases/lr18919.htm');
  - the SEC's Litigation Release No. 16022 (13 January 1999, SEC v. Garth H. Drabinsky, Myron I. Gottlieb, et al.,
    99 Civ. 0239 (TPG) (S.D.N.Y.)): Livent Inc., Garth Drabinsky, Myron Gottlieb (sec.gov's plain-text
    'litigation/litreleases/lr16022.txt').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SECURITIES AND EXCHANGE
COMMISSION Washington, D.C.'), the release line, the caption, sub-heading lines and the dateline are left out (a
heading kept as `title`, the release date as `published`); no word added or changed; paragraphs joined by a blank
line as the store gives them (the Livent .txt excerpt comes as one run of text, kept as one paragraph); each text cut
at the last full sentence before the store's excerpt breaks off, or before a sentence that the break leaves unfinished.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51d.py [POOL_DIR] [--dry]   (default /tmp/gather52d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-52 pools /tmp/gather52*/pool (52c's three and 52f's three when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52d/pool"
R = []

# ---- Waste Management Inc., press release of 26 March 2002 (sec.gov) -------------------------------------------------
U1 = "https://www.sec.gov/news/headlines/wastemgmt6.htm"
T1 = "Waste Management Founder, Five Other Former Top Officers Sued for Massive Fraud"
R.append(federal(
 "us-sec-waste-management-founder-buntrock-five-former-top-officers-massive-fraud-2002", U1, "2002-03-26", T1,
 "The Securities and Exchange Commission filed suit today against the founder and five other former top officers of "
 "Waste Management Inc., charging them with perpetrating a massive financial fraud lasting more than five years. The "
 "complaint, filed in U.S. District Court in Chicago, charges that defendants engaged in a systematic scheme to "
 "falsify and misrepresent Waste Management's financial results between 1992 and 1997.\n\n"
 "The complaint names Waste Management's former most senior officers: Dean L. Buntrock, Waste Management's founder, "
 "chairman of the board of directors, and chief executive officer during most of the relevant period; Phillip B. "
 "Rooney, president and chief operating officer, director, and CEO for a portion of the relevant period; James E. "
 "Koenig, executive vice president and chief financial officer; Thomas C. Hau, vice president, corporate controller, "
 "and chief accounting officer; Herbert Getz, senior vice president, general counsel, and secretary; and Bruce D. "
 "Tobecksen, vice president of finance.\n\n"
 "\"Our complaint describes one of the most egregious accounting frauds we have seen,\" said Thomas C. Newkirk, "
 "associate director of the SEC's Division of Enforcement. \"For years, these defendants cooked the books, enriched "
 "themselves, preserved their jobs, and duped unsuspecting shareholders.\"\n\n"
 "According to the complaint, the defendants violated, and aided and abetted violations of, antifraud, reporting, "
 "and record-keeping provisions of the federal securities laws.",
 "waste services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release of March 26, 2002, 'Waste Management Founder, Five Other "
 "Former Top Officers Sued for Massive Fraud', Washington, D.C. (SEC v. Dean L. Buntrock et al., N.D. Ill.), US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/headlines/wastemgmt6.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the two sub-heading lines 'Defendants Inflated Profits by $1.7 Billion To Meet "
 "Earnings Targets;' and 'Defendants Reap Millions in Ill-Gotten Gains While Defrauded Investors Lose More Than $6 "
 "Billion', the dateline 'Washington, D.C., March 26, 2002 \u2014 ' (the date kept as `published`). Cut after the "
 "fourth paragraph's first sentence ('... provisions of the federal securities laws.'), before 'The Commission is "
 "seeking injunctions prohibiting future violations, disgorgement of defendants' ill-gotten ', where the store's "
 "excerpt breaks off (`truncated`). Kept as written: the officers' posts in lower case ('chairman of the board of "
 "directors', 'chief executive officer', 'CEO' beside it), 'U.S. District Court in Chicago' (no district named), "
 "'associate director' in lower case, 'record-keeping', the straight quotation marks and apostrophes. 214 words. One "
 "text per matter: the SEC's Litigation Release No. 17435 of the same day (sec.gov; the same complaint, the six "
 "officers as a bulleted list, the Northern District of Illinois named), its Litigation Release No. 18913 (30 "
 "September 2004, Tobecksen's settlement; the UNT End of Term archive) and No. 19351 (29 August 2005, the settlement "
 "of Buntrock, Rooney, Hau and Getz; the UNT CyberCemetery) are the same matter and left out, as are the district "
 "court's 2004 opinion (findacase), a scribd complaint copy, the Chicago Tribune's and the Sun-Sentinel's stories. "
 "Found with 'SEC Litigation Release Waste Management founder Dean Buntrock Phillip Rooney James Koenig Thomas Hau' "
 "(rank 2; LR 19351 rank 1, LR 17435 rank 3, LR 18913 rank 6). "
 + CHECK + "'Buntrock', 'Tobecksen', 'James E. Koenig', 'Herbert Getz', 'wastemgmt', '02 C 2180', '17435', "
 "'18913', '19351': 0 in the corpus files, GATHERING.md, the scripts and the pools; 'Newkirk' only in GATHERING.md "
 "(45-round notes naming an SEC staff outline of 2003); 'Waste Management' in 17 corpus files and GATHERING.md, all "
 "Justice Department antitrust matters (its mergers with USA Waste, Eastern Environmental, Reuter Recycling, "
 "Deffenbaugh, Advanced Disposal and others) -- 47h's list of 'spent' company names counts it by name only; the "
 "accounting-fraud matter is in no file.",
 True))

# ---- Peregrine Systems, Inc., Litigation Release No. 18919 (2004, undated in the store; sec.gov) -----------------------
U2 = "http://www.sec.gov/litigation/litreleases/lr18919.htm"
R.append(federal(
 "us-sec-peregrine-systems-former-chairman-ceo-gardner-six-officers-andersen-partner-fraud-2004", U2, None, None,
 "On October 5, 2004, the Securities and Exchange Commission filed civil fraud and related charges against six "
 "former senior officers of San Diego-based Peregrine Systems, Inc. who orchestrated and attempted to cover up a "
 "massive accounting fraud at the company.\n\n"
 "According to the Commission's complaint filed in the United States District Court in San Diego, the Peregrine "
 "defendants fraudulently inflated the product revenue Peregrine reported in its filings with the Commission and "
 "elsewhere. The defendants employed deception and lies to portray Peregrine as a company with constantly growing "
 "sales while covering up Peregrine's persistent failure to fulfill revenue forecasts. At the same time, some of the "
 "Peregrine defendants unloaded Peregrine stock into an unsuspecting market, enriching themselves, in some instances "
 "by millions of dollars, at the expense of the investing public.\n\n"
 "In February 2003, Peregrine restated its financial results for eleven quarters during fiscal years 2000, 2001 and "
 "2002, reducing previously-reported revenue of $1.34 billion by more than $507 million.\n\n"
 "The Commission's complaint names: Stephen P. Gardner, Peregrine's former Chairman and Chief Executive Officer; Gary "
 "L. Lenz, the former President and Chief Operating Officer; Douglas S. Powanda, the former Executive Vice President "
 "of Sales; Berdj J. Rassam, the former Controller; Joseph G. Reichner, the former Senior Vice President for "
 "Alliances and Business Development; and Peter J. O'Brien, the former Director of Strategic Alliances.\n\n"
 "The Commission also charged Daniel F. Stulac, a certified public accountant and former Arthur Andersen LLP "
 "engagement partner on the Peregrine audit, with fraud, and Larry A. Rodda and Michael D. Whitt, former principals "
 "of two Peregrine channel partners (customers), with aiding and abetting Peregrine's fraud.",
 "enterprise software/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18919 (October 2004 by its number and its first "
 "sentence; the stored page gives no release date) (SEC v. Stephen P. Gardner et al., United States District Court "
 "in San Diego), US federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/lr18919.htm' address): first-party text, no third-party copy. The store's excerpt opens "
 "with the first sentence: no release line, caption or heading came with it, so `published` and `title` are null "
 "(as 47y's Gerber and 47e's Security Trust releases; the release's own day is not guessed -- its first sentence "
 "dates the filing 'On October 5, 2004', so the id says 2004 -- and every date in the text is written in full). Cut "
 "after the fifth paragraph ('... with aiding and abetting Peregrine's fraud.'), before 'According to the "
 "Commission's complaint, the heart of Peregrine's fraud was the recording of millions of dollars in revenue on the "
 "improper basis of non-b', where the store's excerpt breaks off (`truncated`). Kept as written: the posts "
 "capitalised ('Chairman and Chief Executive Officer', 'the former Controller'), 'San Diego-based', 'the United "
 "States District Court in San Diego' (no district named), 'previously-reported' with its hyphen, 'eleven' in words, "
 "'fiscal years 2000, 2001 and 2002' without a serial comma, '(customers)', the straight apostrophes. 269 words. One "
 "text per matter: the SEC's other Peregrine releases in the store -- No. 18093 (16 April 2003, former CFO Matthew C. "
 "Gless), No. 18191 (16 June 2003, former sales vice president Steven S. Spitzer), No. 18205 (30 June 2003, the "
 "complaint against the company) and No. 18290 (14 August 2003, the company's final judgment), all dated -- are the "
 "same fraud and left out for this one, which names the most officers and posts (the dated LR 18093 names one); the "
 "company's EDGAR exhibit of its final judgment, the shareholder suits (securities.stanford.edu, scribd), capclaw's "
 "copy of LR 18191, the Arizona Free Press story on Gardner's sentence and ARN's Cognos story left out. Found with "
 "'SEC Litigation Release Peregrine Systems former chief executive officer Stephen Gardner chief financial officer "
 "Matthew Gless' (rank 1) and 'Litigation Release No. 18919 October 5, 2004 SEC Charges Six Former Peregrine Systems "
 "Senior Officers' (rank 4; no dated copy of LR 18919 came back). "
 + CHECK + "'Peregrine Systems', 'Stephen P. Gardner', 'Gary L. Lenz', 'Powanda', 'Rassam', 'Reichner', 'Stulac', "
 "'Larry A. Rodda', 'Michael D. Whitt', '18919', '18093', '18191', '18205', '18290': 0 in the corpus files, "
 "GATHERING.md, the scripts and the pools; 'Peregrine' alone in two train files (a Wikinews story naming HP's purchase "
 "of 'Peregrine' among others; Peregrine Investments Holdings in the Wahaha joint-venture article: other matters) and "
 "in GATHERING.md (47h's 'spent' name list, by name only; Peregrine Financial Group, a CFTC matter).",
 True))

# ---- Livent Inc., Litigation Release No. 16022, 13 January 1999 (sec.gov, plain text) ---------------------------------
U3 = "http://www.sec.gov/litigation/litreleases/lr16022.txt"
T3 = ("SEC SUES GARTH DRABINSKY, MYRON GOTTLIEB AND SIX OTHER FORMER LIVENT INC. EMPLOYEES FOR A MULTI-FACETED "
      "ACCOUNTING FRAUD SPANNING EIGHT YEARS")
R.append(federal(
 "us-sec-livent-former-chairman-ceo-drabinsky-former-president-gottlieb-accounting-fraud-1999", U3, "1999-01-13", T3,
 "On January 13, 1999, the Securities and Exchange Commission filed a civil injunctive action in the United States "
 "District Court for the Southern District of New York, alleging that former senior officers, directors, and members "
 "of the accounting staff of Livent Inc., a Canadian-based theater owner and producer of live theatrical "
 "entertainment such as Ragtime, The Phantom of the Opera, Show Boat, and Fosse, engaged in a multi-faceted and "
 "pervasive fraud spanning eight years from 1990 through the first quarter of 1998. Garth Drabinsky, Livent\u2019s "
 "former chairman and chief executive officer, and Myron Gottlieb, the company\u2019s former president and a director, "
 "were the architects of an accounting fraud designed to inflate earnings, revenues, and assets reported by the "
 "company in financial statements filed with the Commission and disseminated to the public. The fraudulent scheme "
 "involved multiple violations of the antifraud, books and records, and internal controls provisions of the federal "
 "securities laws. As a result of the fraud, Livent made at least seventeen false filings with the Commission which "
 "materially overstated the results of Livent\u2019s operations and its financial condition.",
 "live theatre/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16022, January 13, 1999 (Securities and Exchange "
 "Commission v. Garth H. Drabinsky, Myron I. Gottlieb, Robert Topol, Gordon C. Eckstein, Maria M. Messina, Diane J. "
 "Winkfein, D. Grant Malcolm and Tony Fiorino, 99 Civ. 0239 (TPG) (SDNY)), US federal government work (public "
 "domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old plain-text "
 "'litigation/litreleases/lr16022.txt' address): first-party text, no third-party copy. The store gives the .txt "
 "release as one run of text without line or paragraph breaks; left out: 'SECURITIES AND EXCHANGE COMMISSION "
 "Washington, D.C.', the release line 'Litigation Release No. 16022 / January 13, 1999' (the date kept as "
 "`published`), the caption 'SECURITIES AND EXCHANGE COMMISSION V. GARTH H. DRABINSKY, ... and TONY FIORINO, 99 "
 "CIV.0239 (TPG) (SDNY) (January 13, 1999)'; the heading in capitals kept as `title` as written. The body is kept as "
 "one paragraph, as the store gives it (no break is guessed). Cut after '... the results of Livent\u2019s operations "
 "and its financial condition.', before 'According to the Complaint, Drabinsky and Gottlieb manipulated income and "
 "operating cash flows with the active participation of several long-time associates, including Gordon Eckstein, "
 "Livent\u2019s former senior vice president of finance and administration, Robert Topol, the company\u2019s former "
 "senior executive vice president and', where the store's excerpt breaks off (`truncated`): Eckstein, Topol and "
 "their posts are lost with that unfinished sentence. Kept as written: 'theater' (US spelling), 'Canadian-based', the "
 "show names without quotation marks or italics, 'multi-faceted', 'seventeen' in words, 'with the Commission which' "
 "without a comma, the curly apostrophes of 'Livent\u2019s' and 'the company\u2019s'. 180 words. One text per matter: "
 "the SEC's cease-and-desist order against Livent Inc. of the same day (Securities Act Release No. 7627; a govdocs1 "
 "copy on corpora.tika.apache.org: an order, the same matter), scribd's copy of this release, the Ontario Securities "
 "Commission's statement of allegations (docslib: another regulator), CNN/Money's, the Guelph Mercury's, the Globe "
 "and Mail's and Canadian Business's stories left out. Found with 'SEC Litigation Release Livent Garth Drabinsky "
 "Myron Gottlieb former senior officers fraud' (rank 1). "
 + CHECK + "'Livent', 'Drabinsky', 'Myron Gottlieb', 'Eckstein', '16022', 'CIV.0239': 0 in the corpus files, "
 "GATHERING.md, the scripts and the pools; 'Topol' only inside 'topology' (one train "
 "FCC statement and batch8b.py: no name).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 44n (session 45, gatherer 44n): three matters of 2000 and after told in US federal public-domain texts of the
Justice Department (17 U.S.C. 105), a third round of session 45 after batches 44c, 44f and 44j in the DOJ lane of
batches 16e, 21c, 22b, 40zi, 40zk, 41c, 41h, 41k, 41p, 42b, 42h, 42k, 42w, 42z, 43c, 43e, 43h, 43j, 43l, 43m, 43o,
43q, 43s, 43v, 44c, 44f and 44j, taking up batches 44f's and 44j's lead (Northrop Grumman / TRW) and the U.S.
Attorneys' releases on corporate cases of batches 39s, 40d, 40h, 41p and 42h, first-party text only, reconnaissance
satellites, business software and drug distribution, 2003-2006:
  - the Antitrust Division's notice on United States v. Northrop Grumman Corporation and TRW, Inc., 'Northrop's
    acquisition of TRW' (Federal Register, 68 FR 1861, FR Doc. 03-623, 14 January 2003, GPO Access's edocket page as
    the UNT Libraries' End of Term 2008 web archive holds it);
  - the Eastern District of New York U.S. Attorney's Office's release on the guilty pleas of SANJAY KUMAR, 'former
    Chief Executive Officer of Computer Associates International, Inc.', and STEPHEN RICHARDS, 'Computer Associates'
    former Head of World-Wide Sales' (justice.gov, archive of the Office's releases, 24 April 2006);
  - the Northern District of California U.S. Attorney's Office's release on the indictment of Richard Hawkins,
    'McKesson's Chief Financial Officer before and after the HBOC acquisition', 'Atlanta-based HBOC & Company before its
    acquisition by McKesson in January 1999' (usdoj.gov, 30 March 2004, as the National Archives' webharvest.gov web
    archive holds it).
Texts are the search tool's page-store excerpts (corpus `pages`). The host's and archive's navigation, the GPO header
lines, letterheads, date lines, headings and sub-headings (the headings kept as `title`) are left out; each text is
cut at the last full sentence before its excerpt breaks off. No word added or changed: the notice keeps its misprint
'pursuant tot he'. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch44n.py [POOL_DIR] [--dry]   (default /tmp/gather45n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41c import att
from batch40d import ORIGIN
from batch44c import CHECK

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather45n/pool"
FRU = ("US Justice Department Antitrust Division Federal Register notice, GPO Access text on edocket.access.gpo.gov as "
       "the UNT Libraries' End of Term 2008 web archive holds it (page store)")
USAO_ARC = ("US Attorney's Office press release (usdoj.gov as the National Archives' webharvest.gov web archive holds "
            "it) from the search tool page store")
# batch 44c's check note (the session-42, -43 and -44 pools and scripts and the session-45 pools), with the session-45
# pools present named one by one
CHECK = CHECK.replace("and the session-45 pools /tmp/gather45*/pool present: ",
                      "and the session-45 pools /tmp/gather45*/pool present (the DOJ pools /tmp/gather45a/pool, "
                      "/tmp/gather45c/pool, /tmp/gather45e/pool, /tmp/gather45f/pool, /tmp/gather45i/pool, "
                      "/tmp/gather45j/pool and /tmp/gather45m/pool and the pools /tmp/gather45b/pool, "
                      "/tmp/gather45d/pool, /tmp/gather45g/pool, /tmp/gather45h/pool, /tmp/gather45k/pool, "
                      "/tmp/gather45l/pool, /tmp/gather45o/pool and /tmp/gather45p/pool included, with the scripts "
                      "batch44i.py to batch44l.py): ")
assert "gather45p/pool included" in CHECK
R = []

# ---- Northrop Grumman / TRW, Federal Register notice, 14 January 2003 ---------------------------------------------
U1 = "https://webarchive.library.unt.edu/eot2008/20081009075427/http://edocket.access.gpo.gov/2003/03-623.htm"
U1C = "https://nnty.fun/downloads/books/cryptome/cryptome.org/doj011403.txt"
U1M = "http://www.justice.gov/atr/cases/f202800/202888.htm"
U1K = "http://www.justice.gov/atr/cases/f201000/201047.htm"
T1 = ("United States v. Northrup Grumman Corporation and TRW Inc.; Proposed Final Judgment and Competitive Impact "
      "Statement")
R.append(federal(
 "us-doj-federal-register-northrop-grumman-trw-proposed-final-judgment-2003", U1, "2003-01-14", T1,
 "Notice is hereby given pursuant tot he Antitrust Procedures and Penalties Act, 15 U.S.C. 16(b)-(h), that a proposed "
 "Final Judgment and Competitive Impact Statement have been filed with the United States District Court for the "
 "District of Columbia in United States v. Northrop Grumman Corporation and TRW, Inc., Civil No. 1:02 CV 02432 "
 "(GK).\n\n"
 "On December 11, 2002, the United States filed a Complaint alleging that Northrop's acquisition of TRW would lessen "
 "competition substantially in development, production, and sale of radar reconnaissance satellite systems and "
 "electro-optical/infrared reconnaissance satellite systems, and the payloads for those systems, in the United "
 "States, in violation of section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final Judgment, filed the same "
 "time as the Complaint, requires the defendant Northrop to act in a non-discriminatory manner in making teaming and "
 "purchase decisions on programs in which, by virtue of the acquisition of TRW, it will be able to compete as both a "
 "prime contractor and the supplier of the payloads for the program.",
 "aerospace and defence/reconnaissance satellites", "deal,regulatory",
 att(T1, "68 FR 1861, FR Doc. 03-623", "2003-01-14",
     "GPO Access's edocket page reproduces it, as the UNT Libraries' End of Term 2008 web archive holds it", U1),
 FRU,
 "The Antitrust Division's notice in the Federal Register of Tuesday, 14 January 2003 (Volume 68, Number 9, pages "
 "1861-1871; FR Doc. 03-623, DOCID fr14ja03-74), the GPO Access text of edocket.access.gpo.gov/2003/03-623.htm as the "
 "UNT Libraries' End of Term 2008 web archive holds it (batches 41k and 42z checked texts against UNT's copies of "
 "edocket pages; batch 44d took UNT's archived federal pages as sources). Left out: the GPO header lines ('[Federal "
 "Register: January 14, 2003 (Volume 68, Number 9)]', '[Notices]', '[Page 1861-1871]', 'From the Federal Register "
 "Online via GPO Access [wais.access.gpo.gov]', '[DOCID:fr14ja03-74]', the rules), 'DEPARTMENT OF JUSTICE', "
 "'Antitrust Division' and the title (kept as `title`, with its misprint 'Northrup'); the page marker '[[Page "
 "1862]]' inside the second paragraph's last kept sentence; line wraps joined ('non-' + 'discriminatory' at a wrap "
 "-> 'non-discriminatory', the hyphen printed). Cut after the second paragraph's second sentence ('... the "
 "supplier of the payloads for the program.'), before 'Copies of the Complaint, the proposed Final Judgment, and "
 "Competitive Impact Statement are available for inspection at the U.S. Department of Justice, Antitrust Division, "
 "... 333 Const', where the excerpt breaks off (`truncated`: the inspection sentence, the Competitive Impact "
 "Statement and the Final Judgment's terms are not in the kept text). Kept word for word as printed, with its "
 "misprint 'pursuant tot he' (for 'pursuant to the': the sentence names the parties in full, so it is kept rather "
 "than cut), 'TRW, Inc.' with a comma in the case name (the title has 'TRW Inc.'), 'Civil No. 1:02 CV 02432 (GK).', "
 "'section 7' in lower case, 'filed the same time as the Complaint', the straight apostrophe. 169 words. One text "
 "per event: the Division's Competitive Impact Statement, Final Judgment, Certificate of Compliance and motion for "
 "entry (justice.gov " + U1K + " and " + U1M + ", scribd copies: court papers of the same decree) and cryptome's "
 "copy of the same notice (" + U1C + ": a third-party copy) not taken; the notice's complaint and Division releases "
 "of 11 December 2002 did not come back from the page store. Found with 'United States v. Northrop Grumman TRW "
 "proposed final judgment competitive impact statement Federal Register 2003' (rank 1), batches 44f's and 44j's lead. "
 + CHECK + "'TRW', '03-623', '02432', 'reconnaissance satellite': 0 in the corpus files' texts, the scripts and the "
 "pools ('TRW' and '03-623' only in GATHERING.md, as batches 44c's, 44f's and 44j's lead); 'Northrop' in train "
 "wn-government-accountability-office-requests-rerun-us-2008, dev wn-northrop-grumman-airbus-parent-eads-defeat-2008 "
 "and test wn-airbus-parent-eads-wins-13-billion-2008 (the KC-45 tanker contest of 2008, another matter, by their "
 "names) and those batches' scripts; no dev or test file's text read.",
 True))

# ---- Computer Associates / Kumar and Richards, USAO EDNY, 24 April 2006 -----------------------------------------------
U2 = "https://www.justice.gov/archive/usao/nye/pr/2006/2006apr24.html"
U2O = "http://www.usdoj.gov/opa/pr/2004/September/04_crm_642.htm"
U2S = "https://webharvest.gov/peth04/20041112082233/http://sec.gov/news/press/2004-134.htm"
T2 = ("Former Computer Associates Ceo Sanjay Kumar and Former Head of World-wide Sales Stephen Richards Plead Guilty to "
      "All Charges of Securities Fraud and Admit Lying to Federal Investigators to Cover up the Scheme")
R.append(federal(
 "us-doj-usao-edny-computer-associates-former-ceo-kumar-richards-plead-guilty-2006", U2, "2006-04-24", T2,
 "SANJAY KUMAR, former Chief Executive Officer of Computer Associates International, Inc. (\u201cComputer "
 "Associates\u201d) and STEPHEN RICHARDS, Computer Associates\u2019 former Head of World-Wide Sales, pleaded guilty to "
 "all the crimes with which they were charged, including securities fraud, obstruction of justice, and perjury. The "
 "defendants admitted fraudulently inflating the quarterly revenue and earnings of Computer Associates by keeping "
 "open the company\u2019s books past quarter-ends in order to give the appearance that the company had met or "
 "exceeded quarterly revenue projections, when, in truth, the company\u2019s performance had fallen short of those "
 "goals. Through this fraudulent scheme, KUMAR, RICHARDS, and others at the company deliberately manipulated over $2 "
 "billion in revenue during the time period 1999-2000 to prop up the price of the stock. KUMAR and RICHARDS also "
 "admitted obstructing the government\u2019s investigation by providing false explanations for the fraudulent "
 "accounting practices to the company\u2019s lawyers, with the intent that those lawyers would repeat those false "
 "explanations to the government, and by themselves lying to federal investigators to conceal the fraud scheme.\n\n"
 "With today\u2019s guilty pleas, the company\u2019s Chief Executive Officer, Chief Financial Officer, Head of "
 "World-Wide Sales, General Counsel, and three additional top financial officers have admitted their guilt and "
 "accepted responsibility for their crimes. In addition, the company has paid $225 million to a shareholder "
 "restitution fund and continues to cooperate with the government pursuant to a deferred prosecution agreement.",
 "business software", "legal,executives",
 "U.S. Department of Justice, U.S. Attorney's Office, Eastern District of New York, press release '" + T2 + "', "
 "2006-04-24, US federal government work (public domain); text from the search tool's page store at " + U2,
 ORIGIN,
 "The Eastern District of New York U.S. Attorney's Office's release on justice.gov's archive of the Office's "
 "releases (archive/usao/nye/pr/2006/2006apr24.html; batches 39s, 40d, 40h, 41p and 42h took U.S. Attorneys' "
 "releases on justice.gov the same way). Left out: 'News and Press Releases', the headline (kept as `title`, with its "
 "capitals as printed: 'Ceo', 'World-wide'), 'FOR IMMEDIATE RELEASE', the date line 'April 24, 2006' (kept as "
 "`published`), the sub-heading 'Defendants Deliberately Manipulated Over $2 Billion in Revenue to Prop Up Stock "
 "Price'. Cut after the second paragraph ('... pursuant to a deferred prosecution agreement.'), before 'The g', "
 "where the excerpt breaks off (`truncated`: the rest of the release, with any quotation of the U.S. Attorney, is "
 "not in the kept text). Kept as written: 'SANJAY KUMAR', 'STEPHEN RICHARDS', 'KUMAR' and 'RICHARDS' in capitals as "
 "the release prints the defendants' names, 'Head of World-Wide Sales' capitalised, '1999-2000' with a hyphen, "
 "'quarter-ends', the curly quotation marks and apostrophes. 230 words. One text per matter: the Office of Public "
 "Affairs' release of 22 September 2004 on the indictment of the same two men and the guilty plea of the former "
 "General Counsel Stephen Woghin (" + U2O + ", James B. Comey, Roslynn R. Mauskopf and Robert Mueller named: an "
 "earlier event of the same matter, **a lead** only if a round takes a second text of one matter), the SEC's press "
 "release 2004-134 (" + U2S + ": the SEC lane's), the indictment (pdfslide's copy of findlaw's: a court paper), news "
 "(the New York Times on shareholderforum.com, computerweekly, computerworld) not taken. Found with 'Computer "
 "Associates former CEO Sanjay Kumar Stephen Richards indicted securities fraud obstruction Eastern District of New "
 "York' (rank 3), the brief's lead. "
 + CHECK + "'Sanjay Kumar', 'Stephen Richards', 'Woghin', 'Mauskopf', '2006apr24': 0 in the corpus files' texts, the "
 "scripts and the pools ('Sanjay Kumar' only in GATHERING.md, as the SEC lane's lead of batches 44d and 44h); "
 "'Computer Associates' only in test us-doj-federal-register-computer-associates-platinum-technology-proposed-final-"
 "judgment-1999 (Computer Associates / Platinum Technology, 1999: another matter, by its name) and batch 43s's "
 "scripts; no dev or test file's text read.",
 True))

# ---- McKesson / HBOC / Hawkins, USAO NDCA, 30 March 2004 (webharvest.gov) -------------------------------------------
U3 = ("https://www.webharvest.gov/peth04/20041025151909/http://www.usdoj.gov/usao/can/press/html/"
      "2004_03_30_hawkins.html")
U3M = ("https://www.webharvest.gov/peth04/20041025151909/http://www.usdoj.gov/usao/can/press/html/"
       "2003_06_04_mckesson.html")
U3L = "http://www.sec.gov/litigation/litreleases/2010/lr21527.htm"
T3 = ("U.S. ATTORNEY'S OFFICE, FBI, AND SECURITIES AND EXCHANGE COMMISSION BRING SECURITIES FRAUD CHARGES AGAINST "
      "FORMER MCKESSON CHIEF FINANCIAL OFFICER RICHARD HAWKINS")
R.append(federal(
 "us-doj-usao-ndca-mckesson-former-cfo-hawkins-indicted-hboc-2004", U3, "2004-03-30", T3,
 "In one of the country's largest securities fraud investigations, the U.S. Attorney's Office announced that the "
 "former Chief Financial Officer of McKesson was indicted today by a federal grand jury in San Francisco on charges "
 "of conspiracy and securities fraud.  Civil securities fraud charges were also filed today against Mr. Hawkins by "
 "the Securities and Exchange Commission.  McKesson is a Fortune 100 company with its corporate headquarters in San "
 "Francisco.\n\n"
 "These are the first charges brought by the United States against any McKesson officer who was not associated with "
 "Atlanta-based HBOC & Company before its acquisition by McKesson in January 1999.  Richard Hawkins, age 53, of "
 "Atherton, California, was McKesson's Chief Financial Officer before and after the HBOC acquisition.  He was "
 "indicted on charges of securities fraud, conspiracy to commit securities fraud, and making false statements to an "
 "accountant in connection with an audit of McKesson.  The charges relate to Mr. Hawkins' conduct in the first "
 "quarter after McKesson acquired HBOC.",
 "pharmaceutical distribution", "legal,executives",
 "U.S. Department of Justice, U.S. Attorney's Office, Northern District of California, press release '" + T3 + "', "
 "2004-03-30, US federal government work (public domain); text as the National Archives' webharvest.gov web archive "
 "holds usdoj.gov's page, from the search tool's page store at " + U3,
 USAO_ARC,
 "The Northern District of California U.S. Attorney's Office's release on usdoj.gov "
 "(usao/can/press/html/2004_03_30_hawkins.html) as the National Archives' webharvest.gov web archive holds it "
 "(batch 44d took sec.gov releases from webharvest.gov the same way). Left out: the archive's and site's navigation "
 "('top', 'tab', 'Hawkins', 'navpagecurve', 'Text Only Version', 'FAQ', the month list 'December 2003' to 'December "
 "2002', 'Home', 'Index', 'Search', 'About Us Divisions Press Community Employment', 'navcurve', 'navbar', 'Department "
 "of Justice Logo'), the letterhead ('U.S. Department of Justice', 'United States Attorney', 'Northern District of "
 "California', the Federal Building's address, 'FOR IMMEDIATE RELEASE', the telephone and fax lines), the date line "
 "'March 30, 2004' (kept as `published`) and the headline (kept as `title`, in capitals as printed). Cut after the "
 "second paragraph ('... the first quarter after McKesson acquired HBOC.'), before 'The civil and criminal filings "
 "allege that Mr. Hawkins participated in a fraudulent scheme with other former McKesson officers to artificially "
 "inflate', where the excerpt breaks off (`truncated`: the facts of the scheme and the rest of the release are not in "
 "the kept text); the first paragraph's trailing space dropped. Kept as written: the double spaces after full stops, "
 "'HBOC & Company' (the company's name was HBO & Company; the release's form kept), 'Fortune 100', 'Mr. Hawkins' "
 "conduct', the straight apostrophes. 161 words. One text per matter: the Office's release of 4 June 2003 on the "
 "indictment of the former McKesson HBOC chairman Charles McCall and the former HBOC general counsel Jay Lapine (" + U3M
 + ", the same archive; the same fraud, another event: **a lead** only if a round takes a second text of one matter; "
 "its excerpt breaks off in its third paragraph), the Office's releases of 2009 and 2010 on McCall's conviction and "
 "sentence (only as cnetscandal.com and a criminal-justice blog's copies: third-party copies, not taken), the SEC's "
 "Litigation Release No. 21527 on McCall (" + U3L + ": the SEC lane's), the superseding indictment of Albert J. "
 "Bergonzi and Jay P. Gilbertson (vdocuments: a court paper) and news (latimes, ocala.com) not taken. Found with "
 "'former McKesson HBOC executives indicted securities fraud United States Attorney Northern District of California "
 "press release' (rank 3). "
 + CHECK + "'McKesson', 'HBOC', 'Richard Hawkins', 'Atherton', '2004_03_30': 0 in the corpus files' texts, GATHERING.md, "
 "the scripts and the pools; 'Hawkins' alone only in files and scripts on other people (train wp-syngenta, train "
 "wp-david-potter-psion, train us-fcc-hargray-comsouth-transfer-of-control-order-2018 and batch 44k's pool and "
 "scripts, batches 29d and 40za, by their names); no dev or test file's text read.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

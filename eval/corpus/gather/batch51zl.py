#!/usr/bin/env python3
"""Batch 51zl (session 52, gatherer 51zl): two CFTC enforcement press releases that name a futures firm with its
officers by title, or a pool operator with its owner and principal and the pool it operated -- the order against
'Advantage Futures LLC (Advantage), a Chicago-based Futures Commission Merchant (FCM)', 'Advantage\u2019s Chief
Executive Officer Joseph Guinan, a resident of River Forest, Illinois' and 'former Chief Risk Officer William Steele, a
resident of Vernon Hills, Illinois', for supervision and risk-management failures and inaccurate statements to the
CFTC (CFTC press release 7449-16, 21 September 2016, cftc.gov); the order against 'Dearborn Trading, Inc. (Dearborn),
a commodity pool operator (CPO), and Joel Bronstein (Bronstein), Dearborn\u2019s owner and principal', for filing no
closing annual report for 'Dearborn Trading Fund, LLC, a commodity pool operated by Dearborn', with 'the National
Futures Association' thanked and five CFTC staff members named (CFTC press release 6097-11, 25 August 2011,
cftc.gov) -- US federal government works (17 U.S.C. 105), the federal SEC/CFTC lane of session 52 (after batches
40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf and 51zk), on
new matters. From 51zk's leads: Advantage Futures' 2016 order naming CEO Joseph Guinan and former chief risk officer
William Steele (asked with its names: cftc.gov at rank 2), and the headings of cftc.gov's enforcement-action index
pages asked verbatim ('CFTC Orders Indiana Resident Terry Lee Phillips and his Two Companies', 'CFTC Charges Trading
Systems Firm and its Principal', 'CFTC Orders Principal of Binary Options Trading Firm', and from index page 128 'CFTC
Seeks to Revoke the Registrations of Illinois Resident Joseph A. Dawson and His Company'); the Dawson query gave
cftc.gov's 6097-11 at rank 8 (a Chicago pool operator and its owner). The other headings came back as court, news,
law-firm or blog copies only, or as cftc.gov pages naming no title (below). Every name, release number and address was
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - CFTC press release 7449-16 (21 September 2016), 'CFTC Orders Chicago-based Advantage Futures LLC, its CEO Joseph
    Guinan, and Former Chief Risk Officer William Steele Jointly to Pay a $1.5 Million Civil Monetary Penalty for
    Supervision, Risk Management Failures, and Making Inaccurate Statements in Required Filings with the CFTC': the
    CFTC, Advantage Futures LLC, Chicago, Joseph Guinan, River Forest, Illinois, William Steele, Vernon Hills,
    Illinois (cftc.gov's 'PressRoom/PressReleases/pr7449-16');
  - CFTC press release 6097-11 (25 August 2011), 'CFTC Orders Dearborn Trading, Inc. and Joel Bronstein of Chicago,
    Illinois to pay $180,000 Civil Penalty for Failing to File Pool\u2019s Closing Annual Report': the CFTC, Dearborn
    Trading, Inc., Joel Bronstein, Dearborn Trading Fund, LLC, the National Futures Association, Brian Walsh, Kenneth
    McCracken, Jessica Harris, Rick Glaser, Richard Wagner (cftc.gov's 'PressRoom/PressReleases/pr6097-11').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
datelines ('Washington, DC \u2013', 'Washington, DC \u2014'), the sub-heading 'CFTC Regulations 1.11 & 1.73' (7449-16)
and the 'Media Contact' block with the 'Last Updated' line (6097-11) are left out (each heading kept as `title`, the
date as `published`); no word added or changed; the page's lines kept as paragraphs, joined by a blank line. 7449-16
is cut at the last full sentence before the store's excerpt breaks off (about 2,000 characters; `truncated`); 6097-11
is whole (its text ends with the staff line, before the media contact; not `truncated`). Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch51zl.py [POOL_DIR] [--dry]   (default /tmp/gather52zl/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zl/pool"
R = []

# ---- Advantage Futures LLC, CEO Joseph Guinan and former CRO William Steele, supervision and risk order, CFTC 7449-16 --
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr7449-16"
T1 = ("CFTC Orders Chicago-based Advantage Futures LLC, its CEO Joseph Guinan, and Former Chief Risk Officer William "
      "Steele Jointly to Pay a $1.5 Million Civil Monetary Penalty for Supervision, Risk Management Failures, and "
      "Making Inaccurate Statements in Required Filings with the CFTC")
R.append(federal(
 "us-cftc-advantage-futures-chicago-fcm-ceo-joseph-guinan-former-chief-risk-officer-william-steele-supervision-2016",
 U1, "2016-09-21", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an Order filing and simultaneously settling "
 "charges against Advantage Futures LLC (Advantage), a Chicago-based Futures Commission Merchant (FCM), for failing to "
 "diligently supervise the handling of certain commodity interest accounts, for deficient risk management and credit "
 "risk practices, and for knowingly making inaccurate statements to the CFTC through the submission of required risk "
 "manuals and the Annual Chief Compliance Officer\u2019s Report. The CFTC Order also charges Advantage\u2019s Chief "
 "Executive Officer Joseph Guinan, a resident of River Forest, Illinois, with supervision failures and former Chief "
 "Risk Officer William Steele, a resident of Vernon Hills, Illinois, with failing to supervise Advantage\u2019s risk "
 "management program. The violations of the Commodity Exchange Act (CEA) and Regulations began in or about November "
 "2011 to at least August 2015, according to the Order.\n\n"
 "The Order requires Respondents Advantage, Guinan, and Steele to pay, jointly and severally, a $1.5 million civil "
 "monetary penalty. The Order also requires Advantage to comply with undertakings to improve the implementation of its "
 "policies, procedures, and oversight practices, including the implementation of strengthened procedures related to "
 "its Risk Management Program and Risk Department to prevent and detect violations of the CEA and Regulations.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, press release 7449-16 '" + T1 + "', Washington, DC, September 21, 2016, "
 "US federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, 'pr' form): first-party text. Left out: the lines 'Release Number 7449-16' and 'September 21, 2016' (kept "
 "as `published`; on this page the date line stands before the heading), the dateline 'Washington, DC \u2013' and the "
 "sub-heading 'CFTC Regulations 1.11 & 1.73' (a heading line after the second paragraph); the heading kept as "
 "`title`. Cut after '... to prevent and detect violations of the CEA and Regulations.', before 'This is the "
 "CFTC\u2019s first action enforcing CFTC Regulations 1.11 and 1.73' (the sentence breaks off in the store's excerpt at "
 "'respectivel'; `truncated`). Kept as written: 'Advantage Futures LLC (Advantage)', 'a Chicago-based Futures "
 "Commission Merchant (FCM)', 'the Annual Chief Compliance Officer\u2019s Report', 'Advantage\u2019s Chief Executive "
 "Officer Joseph Guinan, a resident of River Forest, Illinois', 'former Chief Risk Officer William Steele, a resident "
 "of Vernon Hills, Illinois', 'began in or about November 2011 to at least August 2015' (its wording), 'Respondents', "
 "'Risk Management Program and Risk Department', the curly apostrophes. 200 words. A matter apart from batch 51zk's "
 "note on Advantage Futures 8779-23 (the firm's September 2023 order, a cftc.gov page naming no officer; not used). "
 "One text per matter: the law-firm, news and document copies (lexology, bridgingtheweek, chicagobusiness, prescreen, "
 "a pdfslide copy of the order, CFTC Docket No. 16-29) are not taken. Found with 'CFTC Advantage Futures Joseph Guinan "
 "William Steele chief risk officer order 2016' (rank 2). "
 + CHECK + "'7449-16', 'Joseph Guinan', 'Guinan', 'William Steele', 'River Forest', 'Vernon Hills', 'Chief Risk "
 "Officer': 0 in the corpus files and the pools; 'Advantage Futures', 'Guinan', 'William Steele' only in batch 51zk's "
 "script, section and note (named there as a lead and, for 8779-23, as not used).",
 True))

# ---- Dearborn Trading, Inc. and its owner and principal Joel Bronstein, pool annual report order, CFTC 6097-11 --------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/pr6097-11"
T2 = ("CFTC Orders Dearborn Trading, Inc. and Joel Bronstein of Chicago, Illinois to pay $180,000 Civil Penalty for "
      "Failing to File Pool\u2019s Closing Annual Report")
R.append(federal(
 "us-cftc-dearborn-trading-pool-operator-owner-principal-joel-bronstein-dearborn-trading-fund-closing-annual-report-2011",
 U2, "2011-08-25", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an order filing and simultaneously settling charges "
 "against Dearborn Trading, Inc. (Dearborn), a commodity pool operator (CPO), and Joel Bronstein (Bronstein), "
 "Dearborn\u2019s owner and principal, for failing to file a closing Annual Report (liquidation statement) for Dearborn "
 "Trading Fund, LLC, a commodity pool operated by Dearborn. The CFTC order requires Dearborn to pay a $180,000 civil "
 "monetary penalty and file the pool\u2019s liquidation statement within 30 days of the entry of the order.\n\n"
 "The CFTC order finds that from about January 2009 until approximately June 2009, Dearborn was operating the pool "
 "when it ceased trading on or about June 30, 2009. Dearborn failed to file the pool\u2019s closing Annual Report "
 "(liquidation statement) within 90 calendar days after the pool ceased trading, in violation of CFTC regulation "
 "4.22(c), 17 C.F.R. \u00a7 4.22(c) (2009).\n\n"
 "The CFTC thanks the National Futures Association for its assistance.\n\n"
 "CFTC staff members responsible for this case are Brian Walsh, Kenneth McCracken, Jessica Harris, Rick Glaser, and "
 "Richard Wagner.",
 "commodity pools/commodity futures regulation", "regulatory,enforcement,settlement,reporting",
 "U.S. Commodity Futures Trading Commission, press release 6097-11 '" + T2 + "', Washington, DC, August 25, 2011, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, 'pr' form): first-party text. Left out: the lines 'Release Number 6097-11' and 'August 25, 2011' (kept as "
 "`published`; the date line stands before the heading), the dateline 'Washington, DC \u2014', and after the staff "
 "line the 'Media Contact' block (a press officer's name and telephone number) and 'Last Updated: August 25, 2011' "
 "(page chrome); the heading kept as `title`. The release appears whole (it ends, as CFTC releases of 2011 do, with "
 "the staff members on the case; not `truncated`). Kept as written: 'Dearborn Trading, Inc. (Dearborn)', 'a commodity "
 "pool operator (CPO)', 'Joel Bronstein (Bronstein), Dearborn\u2019s owner and principal', 'Dearborn Trading Fund, LLC, "
 "a commodity pool operated by Dearborn', 'on or about June 30, 2009', '17 C.F.R. \u00a7 4.22(c) (2009)', 'Rick "
 "Glaser' (51g's 2007 staff line writes 'Richard Glaser'; names kept as each text gives them), the curly "
 "apostrophes. 170 words. A near-neighbour in kind of batch 51g's Merrill Lynch Investment Managers file (late pool "
 "annual reports, 2007, in test) with one staff name in common (Richard Wagner), but another respondent, year, "
 "report and order: a matter apart. One text per matter. Found with 'CFTC Seeks to Revoke the Registrations of "
 "Illinois Resident Joseph A. Dawson and His Company, Strategic Research LLC' (rank 8; the Dawson page itself came "
 "back only as a blog copy). "
 + CHECK + "'6097-11', 'Dearborn Trading', 'Joel Bronstein', 'Bronstein', 'Kenneth McCracken', 'Rick Glaser': 0 in "
 "the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools ('Dearborn' alone only as Dearborn, "
 "Michigan, in two unrelated train files and batch 29a); 'Richard Wagner' only in 51g's Merrill Lynch file (another "
 "matter); 'Brian Walsh', 'Jessica Harris': 0 likewise.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

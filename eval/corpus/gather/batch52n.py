#!/usr/bin/env python3
"""Batch 52n (session 53, gatherer 52n): three CFTC enforcement press releases of 1999-2001 on cftc.gov, on new
matters in the federal SEC/CFTC lane (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a,
50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf, 51zk, 51zl, 51zs, 52a and 52g) -- the revised restraining order against
'Fred Monte, Jeanne H. Monte, and Comp Tech Ltd., Inc. all of Boca Raton, Florida', 'Fred Monte and Jeanne Monte are
the president and the secretary, respectively, of Comp Tech', U.S. District Judge Kenneth L. Ryskamp (CFTC release
4336-99, 12 November 1999, as the CFTC's Weekly Advisory No. 48-99 of 19 November 1999 reprints it); the administrative
complaint against 'Darryl M. Osler of Delray Beach, Florida, a former branch manager of the Delray Beach Florida office
of Ceres Trading Group, Inc.' (CFTC release 4366-00, 22 February 2000); the complaint against 'Excellent USA, Inc., a
registered non-clearing futures commission merchant (FCM), and its managing director, John F. Gallwas, both of
Chicago, Illinois', with the settled order against 'LFG, L.L.C., a registered FCM' (CFTC release 4553-01, 20 August
2001) -- US federal government works (17 U.S.C. 105). From the leads of 52a and 52g (the pre-2005 'opa/enfNN' archive
answers queries worded like its capitalised headings); the three leads named for this round (5131-05 International
Currency Exchange; Wilshire Investment Management / Andrew Alan Wilshire; John M. Lofgren / Melrose Asset Management)
were looked at and not taken (see GATHERING.md's section 52n). 'CFTC ACCEPTS SETTLEMENT FROM FIRM AND ITS CHIEF
EXECUTIVE OFFICER ORDERS CIVIL MONETARY PENALTY release 1999' gave opawa48-99 at rank 4 (again at rank 1 with 'CFTC
FILES CIVIL ENFORCEMENT ACTION AND OBTAINS RESTRAINING ORDER AGAINST FRED MONTE, JEANNE H. MONTE, AND COMP TECH LTD.
INC.'); 'CFTC CHARGES FIRM AND ITS PRESIDENT AND VICE PRESIDENT WITH FRAUD IN SALE OF COMMODITY OPTIONS 2000' gave
opa4366-00 at rank 3; the heading 'CFTC Files Complaint Against Excellent USA And John Gallwas and Accepts Settlement
Offer From LFG' (read off cftc.gov's enforcement index page 223) gave opa4553-01 at rank 1. Every name, release number
and address was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather53,
/work/shared/eval and the session-53 pools:
  - CFTC release 4336-99 (12 November 1999), 'CFTC FILES CIVIL ENFORCEMENT ACTION AND OBTAINS RESTRAINING ORDER AGAINST
    FRED MONTE, JEANNE H. MONTE, AND COMP TECH LTD. INC., ALL OF BOCA RATON, FLORIDA, IN CONNECTION WITH THE ALLEGEDLY
    FRAUDULENT SALE OF A TRADING SYSTEM FOR FOREIGN CURRENCY FUTURES CONTRACTS': the CFTC, the Southern District of
    Florida court, Fred Monte, Jeanne H. Monte, Comp Tech Ltd., Inc., Kenneth L. Ryskamp (cftc.gov's
    'opa/adv99/opawa48-99.htm', the Weekly Advisory that reprints the release under 'CFTC News Releases');
  - CFTC release 4366-00 (22 February 2000), 'CFTC FILES ADMINISTRATIVE COMPLAINT AGAINST FORMER CERES TRADING GROUP
    BRANCH MANAGER DARRYL M. OSLER CHARGING THAT HE COMMITTED COMMODITY FRAUD': the CFTC, Darryl M. Osler, Ceres Trading
    Group, Inc. (cftc.gov's 'opa/enf00/opa4366-00.htm');
  - CFTC release 4553-01 (20 August 2001), 'CFTC FILES ENFORCEMENT ACTION CHARGING TWO CHICAGO FIRMS AND RESIDENT WITH A
    FAILURE TO SUPERVISE FOREIGN ACCOUNTS': the CFTC, Excellent USA, Inc., John F. Gallwas, LFG, L.L.C. (cftc.gov's
    'sites/default/files/opa/enf01/opa4553-01.htm').
Texts are the search tool's page-store excerpts (corpus `pages`; each 2,000 bytes). The release-number and
release-date lines, the sub-headings under each heading, the section headings inside the body and the datelines
('WASHINGTON --', 'WASHINGTON \ufffd', 'WASHINGTON\u2014') are left out (each heading kept as `title`, in its capitals, the
release's date as `published`); in opawa48-99 also the Weekly Advisory's own lines before the release (its number and
date, the CFTC's address, the editor, 'Commission Meeting' and its two lines, 'CFTC News Releases'). No word added or
changed; the page's lines kept as paragraphs, joined by a blank line. The store's U+FFFD replacement characters inside
kept sentences are kept as the store gives them (one in 4336-99's 'Case No.\ufffd99-8750-CIV-RYSKAMP', two in 4366-00's
'Ceres\ufffd Delray Beach', where the page very likely had a no-break space and a right single quotation mark). Each is
cut at the last full sentence before the excerpt breaks off (`truncated`), or before the section heading it breaks off
inside. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52n.py [POOL_DIR] [--dry]   (default /tmp/gather53n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather53, /work/shared/eval and the session-53 pools /tmp/gather53*/ (none held a file on "
         "these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53n/pool"
FFFD = "\ufffd"
R = []

# ---- Comp Tech Ltd., Inc., president Fred Monte, secretary Jeanne H. Monte, Judge Ryskamp, CFTC 4336-99 -----------------
U1 = "http://www.cftc.gov/opa/adv99/opawa48-99.htm"
T1 = ("CFTC FILES CIVIL ENFORCEMENT ACTION AND OBTAINS RESTRAINING ORDER AGAINST FRED MONTE, JEANNE H. MONTE, AND COMP "
      "TECH LTD. INC., ALL OF BOCA RATON, FLORIDA, IN CONNECTION WITH THE ALLEGEDLY FRAUDULENT SALE OF A TRADING SYSTEM "
      "FOR FOREIGN CURRENCY FUTURES CONTRACTS")
R.append(federal(
 "us-cftc-comp-tech-president-fred-monte-secretary-jeanne-monte-boca-raton-forex-trading-system-restraining-order-1999",
 U1, "1999-11-12", T1,
 "The Commodity Futures Trading Commission (CFTC) announced today that, on October 29, 1999, the U.S. District Court "
 "for the Southern District of Florida entered a revised restraining order against Fred Monte, Jeanne H. Monte, and "
 "Comp Tech Ltd., Inc. all of Boca Raton, Florida, defendants in CFTC v. Fred Monte, Jeanne H. Monte, and Comp Tech "
 "Ltd., Inc., Case No." + FFFD + "99-8750-CIV-RYSKAMP, which the CFTC filed on September 29, 1999. Fred Monte and "
 "Jeanne Monte are the president and the secretary, respectively, of Comp Tech, a Florida corporation. None of the "
 "defendants has ever been registered with the CFTC in any capacity.\n\n"
 "On October 1, 1999, U.S. District Judge Kenneth L. Ryskamp had entered a restraining order that froze the "
 "defendants' assets, preserved their books and records, and allowed CFTC staff access to their books and records. "
 "Following a hearing, the court revised its restraining order to lift the asset freeze and provide for reasonable "
 "and necessary living expenses. The court's revised order prevents defendants from diverting or secreting assets.",
 "forex trading systems/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 4336-99 '" + T1 + "', Washington, D.C., November 12, 1999, as "
 "reprinted in the CFTC's Weekly Advisory No. 48-99, November 19, 1999, US federal government work (public domain); "
 "text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it, reprinted whole under 'CFTC "
 "News Releases' in the agency's Weekly Advisory No. 48-99 (its 'opa/adv99' archive address): first-party text. Left "
 "out: the Advisory's own lines before the release ('No. 48-99', 'November 19, 1999', 'Weekly Advisory', the CFTC's "
 "address, telephone and facsimile lines, 'Home Page:', the URL, 'Antoinette B. McCoy, Editor', the heading 'Commission "
 "Meeting' and its two lines on the November 17 and November 19 meetings, 'CFTC News Releases'), the release's lines "
 "'Release: #4336-99' and 'For Release: November 12, 1999' (each with a run of U+FFFD characters standing for the "
 "page's padding; the release date kept as `published`, not the Advisory's November 19) and the dateline 'WASHINGTON "
 "--'; the heading kept as `title` in its capitals. Cut after '... from diverting or secreting assets.', before the "
 "section heading 'CFTC Alleges that the D' (the excerpt breaks off inside it; `truncated`). Kept as written: 'Comp "
 "Tech Ltd., Inc. all of Boca Raton, Florida' (no comma after 'Inc.'), the case caption 'CFTC v. Fred Monte, Jeanne H. "
 "Monte, and Comp Tech Ltd., Inc.', 'Case No." + FFFD + "99-8750-CIV-RYSKAMP' (the store's U+FFFD replacement "
 "character in place of the page's space, kept: no character changed), 'Jeanne Monte' beside 'Jeanne H. Monte', the "
 "straight apostrophes. 168 words. One text per matter. Found with 'CFTC ACCEPTS SETTLEMENT FROM FIRM AND ITS CHIEF "
 "EXECUTIVE OFFICER ORDERS CIVIL MONETARY PENALTY release 1999' (rank 4) and 'CFTC FILES CIVIL ENFORCEMENT ACTION AND "
 "OBTAINS RESTRAINING ORDER AGAINST FRED MONTE, JEANNE H. MONTE, AND COMP TECH LTD. INC.' (rank 1; no copy of the "
 "release at its own 'opa/enf99' address came back). "
 + CHECK + "'4336-99', 'opawa48', '99-8750', 'Comp Tech', 'Jeanne H. Monte', 'Fred Monte': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'Monte' only inside other words (Montenegro, Monterrey, "
 "Montego Bay and the like); 'Ryskamp' as the judge of another matter (a dev file on Pediatrix Medical Group); 'Boca Raton' "
 "in three files on other matters.",
 True))

# ---- Ceres Trading Group, Inc., former branch manager Darryl M. Osler, CFTC 4366-00 --------------------------------------
U2 = "http://www.cftc.gov/opa/enf00/opa4366-00.htm"
T2 = ("CFTC FILES ADMINISTRATIVE COMPLAINT AGAINST FORMER CERES TRADING GROUP BRANCH MANAGER DARRYL M. OSLER CHARGING "
      "THAT HE COMMITTED COMMODITY FRAUD")
R.append(federal(
 "us-cftc-ceres-trading-group-former-branch-manager-darryl-osler-delray-beach-commodity-options-fraud-complaint-2000",
 U2, "2000-02-22", T2,
 "The Commodity Futures Trading Commission (CFTC) announced today the filing of a two-count anti-fraud administrative "
 "complaint against Darryl M. Osler of Delray Beach, Florida, a former branch manager of the Delray Beach Florida "
 "office of Ceres Trading Group, Inc.\n\n"
 "The CFTC complaint, filed on February 18, 2000, alleges that Osler committed fraud in the solicitation of customers "
 "by instructing associated persons (APs) of Ceres working for him to make false and misleading statements in "
 "violation of the Commodity Exchange Act (section 4c(b)) and CFTC regulations 32.9 and 33.10. The complaint also "
 "alleges that Osler violated regulation 166.3 by failing to supervise diligently APs working for him in Ceres" + FFFD
 + " Delray Beach office.\n\n"
 "Specifically, the CFTC complaint alleges that between January 1996 and May 1999, Osler, a co-manager of Ceres" + FFFD
 + " Delray Beach Florida office who worked directly with APs on developing sales solicitations, instructed APs to make "
 "false and misleading statements to customers regarding the profitably of trading options on commodity futures "
 "contracts and to impart a sense of urgency to trade that was false and unwarranted.",
 "commodity options brokerage/commodity futures regulation", "regulatory,enforcement,fraud",
 "U.S. Commodity Futures Trading Commission, release 4366-00 '" + T2 + "', Washington, D.C., February 22, 2000, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf00' archive "
 "address): first-party text. Left out: the lines 'CFTC News Release 4366-00 (CFTC Docket No. 00-05)' and 'For "
 "Release February 22, 2000' (kept as `published`), the sub-heading 'CFTC Alleges that Osler, of Delray Beach, "
 "Florida, Instructed Brokers Under His Supervision to Make False and Misleading Statements to Customers in Order to "
 "Convince Them to Open Accounts and to Place Trades' and the dateline 'WASHINGTON " + FFFD + "' (a dash the store "
 "gives as U+FFFD); the heading kept as `title` in its capitals. Cut after '... a sense of urgency to trade that was "
 "false and unwarranted.', before the fourth paragraph, which breaks off in the store's excerpt ('... as moving cent "
 "for cent wit'; `truncated`). Kept as written: 'Delray Beach Florida office' (no comma), 'Ceres" + FFFD + " Delray "
 "Beach office' and 'Ceres" + FFFD + " Delray Beach Florida office' (the store's U+FFFD replacement character where "
 "the page had an apostrophe, kept: no character changed), 'the profitably of trading' (so written), 'section 4c(b)', "
 "'CFTC regulations 32.9 and 33.10', 'regulation 166.3'. 175 words. One text per matter (the complaint itself, "
 "'enf/00orders/enfosler.htm', came back too: a court-style filing, not a release, not taken). Found with 'CFTC "
 "CHARGES FIRM AND ITS PRESIDENT AND VICE PRESIDENT WITH FRAUD IN SALE OF COMMODITY OPTIONS 2000' (rank 3). "
 + CHECK + "'4366-00', 'opa4366', 'enfosler', 'Osler', 'Ceres Trading', 'Delray Beach': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools.",
 True))

# ---- Excellent USA, Inc., managing director John F. Gallwas, LFG, L.L.C., CFTC 4553-01 -----------------------------------
U3 = "https://www.cftc.gov/sites/default/files/opa/enf01/opa4553-01.htm"
T3 = ("CFTC FILES ENFORCEMENT ACTION CHARGING TWO CHICAGO FIRMS AND RESIDENT WITH A FAILURE TO SUPERVISE FOREIGN "
      "ACCOUNTS")
R.append(federal(
 "us-cftc-excellent-usa-managing-director-gallwas-lfg-failure-to-supervise-japanese-omnibus-accounts-2001",
 U3, "2001-08-20", T3,
 "The Commodity Futures Trading Commission (CFTC) today announced the filing of a two-count complaint against "
 "Excellent USA, Inc., a registered non-clearing futures commission merchant (FCM), and its managing director, John F. "
 "Gallwas, both of Chicago, Illinois, and the issuance of an order filing, and simultaneously settling, a complaint "
 "against LFG, L.L.C., a registered FCM. The enforcement actions stem from the respondents' alleged failures to "
 "supervise the handling of the omnibus accounts of two Japanese firms.\n\n"
 "In its complaint against Excellent USA and Gallwas, the CFTC charges that the two Japanese firms were Excellent "
 "USA's clients, representing nearly all of Excellent USA's business. However, the complaint charges, Excellent USA "
 "and Gallwas did not have an adequate system of supervision in place to monitor the trading in the Japanese firms' "
 "omnibus accounts and, thus, missed warning signs of trading irregularities in those accounts.\n\n"
 "Specifically, between March 1994 and January 1998, Excellent USA and Gallwas regularly accepted spread orders from "
 "the Japanese firms -- including simultaneously entered orders to buy or sell the same spread -- that resulted in the "
 "omnibus accounts holding almost equal and offsetting positions in each futures month, the complaint alleges. This "
 "trading, as alleged, had the appearance of improper wash sales, but Excellent USA and Gallwas never sought "
 "clarification of the customers' intent or questioned the Japanese firms. Excellent USA and Gallwas ignored various "
 "warning signs that the Japanese firms were engaged in customer fraud.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,supervision,settlement",
 "U.S. Commodity Futures Trading Commission, release 4553-01 '" + T3 + "', Washington, D.C., August 20, 2001, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf01' archive "
 "address under 'sites/default/files'): first-party text. Left out: the lines 'Release 4553-01' and 'For Release: "
 "August 20, 2001' (kept as `published`), the sub-heading 'CFTC Files Complaint Against Excellent USA And John Gallwas "
 "and Accepts Settlement Offer From LFG' and the dateline 'WASHINGTON\u2014'; the heading kept as `title` in its "
 "capitals. Cut after '... engaged in customer fraud.', before the fourth paragraph, which breaks off in the store's "
 "excerpt ('... as a result o'; `truncated`). Kept as written: 'its managing director, John F. Gallwas, both of "
 "Chicago, Illinois', 'LFG, L.L.C.', the double hyphens ' -- ' around the inserted phrase, the straight apostrophes. "
 "237 words. One text per matter: CFTC release 4602-02 (4 February 2002, 'CFTC SETTLES CASE AGAINST CHICAGO FIRM AND "
 "ITS MANAGING DIRECTOR', opa/enf02/opa4602-02.htm) settles this complaint: the same matter, not taken. Found with the "
 "index heading 'CFTC Files Complaint Against Excellent USA And John Gallwas and Accepts Settlement Offer From LFG ...' "
 "(rank 1; 4602-02 at rank 2). "
 + CHECK + "'4553-01', 'opa4553', '4602-02', 'Excellent USA', 'Gallwas', 'LFG, L.L.C.': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools ('LFG' case-blind only inside other words).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 52g (session 53, gatherer 52g): three CFTC enforcement press releases on cftc.gov, on new matters in the
federal SEC/CFTC lane (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k, 50a, 50d, 50g, 50j,
51a, 51g, 51o, 51v, 51zf, 51zk, 51zl, 51zs and 52a) -- the administrative complaint against 'International Futures
Corporation (IFC), a registered introducing broker (IB) located in Washington, D.C.', over its '"Hermes" managed
account program', and against 'LIT Division of First Options of Chicago (LIT), a registered futures commission merchant
located in Chicago, Illinois, which guaranteed IFC', with the settled order against 'Robert J. Rubel, IFC's former Chief
Executive Officer and President' (CFTC release 4179-98, 17 August 1998); the February 2002 forex sweep, 'four
enforcement actions charging a total of nineteen firms and individuals', with 'James E. Newsome, Chairman of the CFTC'
quoted (CFTC release 4611-02, 27 February 2002); the complaint and asset freeze against The Liberty Mutual Group, Inc.
and four Addison, Hamlin Mercer and Colfax firms '(collectively, Addison Enterprise)', 'Lerner, as president of the
Addison Enterprise', Forefront Investment LP, Todd Guthrie and Benji Dayan (CFTC release 5340-07, 25 May 2007) -- US
federal government works (17 U.S.C. 105). From 52a's leads (the pre-2005 'opa/enfNN' archive answers queries worded
like its capitalised headings; release 4611-02): 'FOREIGN CURRENCY FIRM AND ITS PRESIDENT CHARGED WITH FRAUD IN FEDERAL
COURT CFTC OBTAINS ASSET FREEZE' gave opa4611-02 at rank 7 (again at rank 1 with 'CFTC release 2002 nineteen firms and
individuals foreign currency fraud sweep Rego Gainer'); 'CFTC FILES COMPLAINT AGAINST INTRODUCING BROKER AND ITS
PRESIDENT FOR FRAUDULENT SOLICITATION OF COMMODITY OPTIONS CUSTOMERS' gave opa4179-98 at rank 8; 'CFTC SUES FLORIDA FIRM
AND ITS PRESIDENT FOR DEFRAUDING CUSTOMERS OPTIONS' gave pr5340-07 at rank 7 (again at rank 1 with 'Alan Lerner
president Addison Enterprise forex options Forefront Investment CFTC'). Every name, release number and address was
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather53, /work/shared/eval and
the session-53 pools:
  - CFTC release 4179-98 (17 August 1998), 'CFTC FILES ENFORCEMENT ACTION ALLEGING FRAUD, REGISTRATION AND REGULATORY
    VIOLATIONS BY INTERNATIONAL FUTURES CORPORATION, AN INTRODUCING BROKER IN WASHINGTON, D.C., AS WELL AS FAILURE TO
    SUPERVISE DILIGENTLY BY ITS FUTURES COMMISSION MERCHANT, LIT DIVISION OF FIRST OPTIONS OF CHICAGO': the CFTC,
    International Futures Corporation, Hermes, LIT Division of First Options of Chicago, Robert J. Rubel
    (cftc.gov's 'opa/enf98/opa4179-98.htm');
  - CFTC release 4611-02 (27 February 2002), 'CFTC CRACKS DOWN ON FOREIGN CURRENCY SCAMS NATIONWIDE': the CFTC, James E.
    Newsome, Congress (cftc.gov's 'sites/default/files/opa/enf02/opa4611-02.htm');
  - CFTC release 5340-07 (25 May 2007), 'Nine Florida Defendants Charged with Selling Illegal Foreign Currency (Forex)
    Options and Defrauding Customers of More than $7 Million': the CFTC, the Southern District of Florida court, the
    five Addison Enterprise firms, Alan Lerner, Forefront Investment LP, Todd Guthrie, Benji Dayan, Joan A. Lenard
    (cftc.gov's 'PressRoom/PressReleases/pr5340-07').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-headings under each heading, the section headings inside the body and the datelines ('WASHINGTON --', 'WASHINGTON,
D.C. -', 'Washington, D.C. \u2013') are left out (each heading kept as `title`, as written, the date as `published`); no
word added or changed; the page's lines kept as paragraphs, joined by a blank line (the double spaces after two full
stops in 5340-07 kept as the page has them). Each is cut at the last full sentence before the store's excerpt (about
2,000 characters) breaks off (`truncated`); 4611-02 before the section heading 'Rego Gainer Defendants Charged with
Luring Customers ...', which the excerpt breaks off inside. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch52g.py [POOL_DIR] [--dry]   (default /tmp/gather53g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather53, /work/shared/eval and the session-53 pools /tmp/gather53*/ (none held a file on "
         "these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53g/pool"
R = []

# ---- International Futures Corporation, 'Hermes', LIT Division of First Options of Chicago, Rubel, CFTC 4179-98 ---------
U1 = "http://www.cftc.gov/opa/enf98/opa4179-98.htm"
T1 = ("CFTC FILES ENFORCEMENT ACTION ALLEGING FRAUD, REGISTRATION AND REGULATORY VIOLATIONS BY INTERNATIONAL FUTURES "
      "CORPORATION, AN INTRODUCING BROKER IN WASHINGTON, D.C., AS WELL AS FAILURE TO SUPERVISE DILIGENTLY BY ITS FUTURES "
      "COMMISSION MERCHANT, LIT DIVISION OF FIRST OPTIONS OF CHICAGO")
R.append(federal(
 "us-cftc-international-futures-corporation-former-ceo-president-rubel-lit-division-first-options-guaranteed-ib-1998",
 U1, "1998-08-17", T1,
 "The Commodity Futures Trading Commission (CFTC) announced today the filing of a five-count administrative complaint "
 "alleging that International Futures Corporation (IFC), a registered introducing broker (IB) located in Washington, "
 "D.C., violated the anti-fraud provisions of the Commodity Exchange Act (CEA) and CFTC Regulations by fraudulently "
 "soliciting clients to trade its \"Hermes\" managed account program, a computerized S&P 500 day trading program. The "
 "complaint further alleges that in soliciting and trading the Hermes program, IFC acted as an unregistered commodity "
 "trading advisor (CTA) in violation of the CEA and also violated several CFTC Regulations governing the conduct of "
 "CTAs. In addition, the complaint alleges that LIT Division of First Options of Chicago (LIT), a registered futures "
 "commission merchant located in Chicago, Illinois, which guaranteed IFC, is liable for IFC's statutory and regulatory "
 "violations and that LIT also failed to supervise diligently its guaranteed IB, IFC, as required by CFTC Regulation "
 "166.3. The CFTC also announced today that it issued an order instituting administrative proceedings against Robert "
 "J. Rubel, IFC's former Chief Executive Officer and President, and that simultaneous with the filing of this "
 "administrative proceeding, it accepted Rubel's offer of settlement.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,fraud,settlement",
 "U.S. Commodity Futures Trading Commission, release 4179-98 '" + T1 + "', Washington, D.C., August 17, 1998, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf98' archive "
 "address): first-party text. Left out: the lines 'Release: #4179-98 (CFTC Docket Nos. 98-15 and 98-16)' and 'For "
 "Release: August 17, 1998' (kept as `published`), the sub-heading 'Complaint Charges that Introducing Broker Committed "
 "Fraud in Soliciting Managed Account Trading Program and Acted as Unregistered Commodity Trading Advisor, and That "
 "Futures Commission Merchant Failed to Supervise Diligently the Activities of its Guaranteed Introducing Broker' and "
 "the dateline 'WASHINGTON --'; the heading kept as `title` in its capitals. Cut after '... it accepted Rubel's offer "
 "of settlement.', before 'Rubel is re' (the sentence breaks off in the store's excerpt; `truncated`). Kept as written: "
 "'located in Washington, D.C.,', the straight quotation marks of '\"Hermes\" managed account program', 'S&P 500', "
 "'LIT Division of First Options of Chicago (LIT)', \"IFC's\" and \"Rubel's\" (straight apostrophes), 'CFTC "
 "Regulation 166.3', \"IFC's former Chief Executive Officer and President\" (capitals). 190 words. One text per "
 "matter: CFTC release 4355-00 (27 January 2000, 'CFTC ACCEPTS SETTLEMENT OFFERS FROM FIRST OPTIONS OF CHICAGO, INC. IN "
 "TWO ENFORCEMENT ACTIONS ...', opa/enf00/opa4355-00.htm) settles this complaint against First Options: the same matter, "
 "not taken. Found with 'CFTC FILES COMPLAINT AGAINST INTRODUCING BROKER AND ITS PRESIDENT FOR FRAUDULENT SOLICITATION "
 "OF COMMODITY OPTIONS CUSTOMERS' (rank 8). "
 + CHECK + "'4179-98', 'opa4179', '4355-00', 'International Futures Corp', 'First Options', 'LIT Division', 'Robert J. "
 "Rubel': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Rubel' alone only in a Concorde "
 "crash file (another person); 'Hermes' only in other senses (an Egyptian tourism file, batch 32g).",
 True))

# ---- the February 2002 forex sweep, nineteen firms and individuals, Chairman Newsome, CFTC 4611-02 ----------------------
U2 = "https://cftc.gov/sites/default/files/opa/enf02/opa4611-02.htm"
T2 = "CFTC CRACKS DOWN ON FOREIGN CURRENCY SCAMS NATIONWIDE"
R.append(federal(
 "us-cftc-forex-sweep-four-actions-nineteen-firms-individuals-chairman-newsome-cfma-initiative-2002",
 U2, "2002-02-27", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that it recently filed four enforcement actions "
 "charging a total of nineteen firms and individuals with illegally offering foreign currency (forex) investments to "
 "the public. In two of the actions, the CFTC also charges the defendants with fraud. The CFTC filed three of the "
 "actions last week in federal courts in California and Florida and today issued an administrative order filing and "
 "simultaneously settling the fourth action. In the three federal court actions, the courts immediately issued "
 "restraining orders against the defendants, which, among other things, freeze the defendants\u2019 assets and prohibit "
 "the destruction of documents.\n\n"
 "These four actions bring to eleven the number of enforcement actions brought by the CFTC as part of its initiative "
 "against firms involved in the sale of illegal forex to the retail public, following Congress\u2019s enactment of the "
 "Commodity Futures Modernization Act of 2000 (CFMA), which clarified the CFTC\u2019s jurisdiction in this area. These "
 "actions involved schemes in which over 1,000 customers lost in excess of $60 million. (Please see CFTC News Releases "
 "4513-01, May 2, 2001; 4528-01, June 20, 2001; 4551-01, August 14, 2001; and 4563-01, August 28, 2002.)\n\n"
 "James E. Newsome, Chairman of the CFTC, commented:\n\n"
 "\u201cThere are a number of crooks out there who continue to exploit retail investors. This sweep of prosecutions "
 "should send a signal to rogue foreign currency firms that we will not tolerate such scams.\u201d",
 "retail forex/commodity futures regulation", "regulatory,enforcement,fraud",
 "U.S. Commodity Futures Trading Commission, release 4611-02 '" + T2 + "', Washington, D.C., February 27, 2002, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf02' archive "
 "address under 'sites/default/files'): first-party text. Left out: the lines 'Release: #4611-02' and 'For Release: "
 "February 27, 2002' (kept as `published`), the two sub-headings 'Nineteen Firms and Individuals Charged in Sweep with "
 "Selling Illegal Foreign Currency (Forex) Investments to the Retail Public' and 'Actions Cap First Year of FOREX "
 "Initiative Using Reinforced Statutory Authority', and the dateline 'WASHINGTON, D.C. -'; the heading kept as `title` "
 "in its capitals. The speaker's line 'James E. Newsome, Chairman of the CFTC, commented:' kept as its own paragraph "
 "before the quotation, as the page sets it (49k's way). Cut after the quotation's close, before the section heading "
 "'Rego Gainer Defendants Charged with Luring Customers to Invest in Illegal Futures Contracts Through Employment Ads in "
 "Korean Newspaper and O' (the excerpt breaks off inside it, before any defendant is named in the body; `truncated`). "
 "Kept as written: '4563-01, August 28, 2002' (the release's own year, though it cites an earlier release), the curly "
 "apostrophes and quotation marks, 'Congress\u2019s enactment', 'Commodity Futures Modernization Act of 2000 (CFMA)'. "
 "237 words. The Rego Gainer and other three actions' defendants lie past the excerpt: none is in the text. Found with "
 "'FOREIGN CURRENCY FIRM AND ITS PRESIDENT CHARGED WITH FRAUD IN FEDERAL COURT CFTC OBTAINS ASSET FREEZE' (rank 7) and "
 "'CFTC release 2002 nineteen firms and individuals foreign currency fraud sweep Rego Gainer' (rank 1). "
 + CHECK + "'4611-02', 'opa4611', 'Rego Gainer': only in batch 52a's section note (a lead there, not taken); '4513-01', "
 "'4528-01', '4551-01', '4563-01', 'crooks out there': 0; 'Newsome' as CFTC chairman in batch 49k's two files (other "
 "matters: El Paso, the six energy firms).",
 True))

# ---- The Liberty Mutual Group and the Addison Enterprise firms, Lerner, Forefront, CFTC 5340-07 --------------------------
U3 = "https://www.cftc.gov/PressRoom/PressReleases/pr5340-07"
T3 = ("Nine Florida Defendants Charged with Selling Illegal Foreign Currency (Forex) Options and Defrauding Customers of "
      "More than $7 Million")
R.append(federal(
 "us-cftc-addison-enterprise-president-lerner-liberty-mutual-group-forefront-investment-forex-options-fraud-2007",
 U3, "2007-05-25", T3,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the filing of a complaint in the U.S. District "
 "Court for the Southern District of Florida against The Liberty Mutual Group, Inc., Addison Financial Group, Inc., "
 "Addison Management Group, Inc., Hamlin Mercer Group, Inc., Colfax Management Group, Inc. (collectively, Addison "
 "Enterprise), Alan Lerner, Forefront Investment LP, Todd Guthrie, and Benji Dayan for, among other things, fraud in "
 "connection with the offer and sale of illegal off-exchange foreign currency (forex) options.\n\n"
 "Specifically, the complaint alleges that, from at least February 2005 through at least June 2006, Lerner, as "
 "president of the Addison Enterprise, induced and/or caused its account executives to fraudulently solicit members of "
 "the retail public to engage in illegal off-exchange forex options transactions with Forefront Investments LP. The "
 "account executives failed to disclose the abysmal trading results in Addison Enterprise customers\u2019 accounts.\n\n"
 "The complaint further alleges that, while Addison Enterprise account executives touted the large profit potential "
 "and minimal risk of loss in trading foreign currency options, most, if not all, customers were losing money.  During "
 "the relevant time period, Addison Enterprise customers suffered losses of more than $7 million\u2015$3 million of "
 "which was paid to the Addison Enterprise as commissions.\n\n"
 "On May 16, 2007, the Honorable Joan A. Lenard, U.S. District Judge, issued a restraining order freezing the "
 "defendants\u2019 assets and prohibiting the defendants from destroying documents or denying CFTC staff access to "
 "books and records.",
 "retail forex/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 5340-07 '" + T3 + "', Washington, D.C., May 25, 2007, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release: 5340-07' and 'For Release: May 25, 2007' (kept as "
 "`published`), the sub-heading 'CFTC Obtains Federal Court Order Freezing Assets and Preventing the Destruction of "
 "Books and Records', the dateline 'Washington, D.C. \u2013' and the section heading 'Hearing Scheduled for May 29' (a "
 "line of its own before the fourth paragraph); the heading kept as `title` as written. Cut after '... access to books "
 "and records.', before 'A hearing on the CFTC' (the sentence breaks off in the store's excerpt; `truncated`). Kept as "
 "written: '(collectively, Addison Enterprise)', 'Forefront Investment LP' beside 'Forefront Investments LP', 'as "
 "president of the Addison Enterprise', 'and/or', '$7 million\u2015$3 million' (the page's horizontal bar, no spaces), "
 "the two double spaces after full stops, the curly apostrophes, 'the Honorable Joan A. Lenard, U.S. District Judge'. "
 "237 words. One text per matter: CFTC release 5580-08 (9 December 2008, the consent orders, pr5580-08) and a "
 "hedgeweek copy of it are the same matter, not taken. Found with 'CFTC SUES FLORIDA FIRM AND ITS PRESIDENT FOR "
 "DEFRAUDING CUSTOMERS OPTIONS' (rank 7) and 'Alan Lerner president Addison Enterprise forex options Forefront "
 "Investment CFTC' (rank 1). "
 + CHECK + "'5340-07', 'pr5340', '5580-08', 'Addison Financial', 'Hamlin Mercer', 'Colfax Management', 'Liberty Mutual "
 "Group', 'Alan Lerner', 'Todd Guthrie', 'Benji Dayan': 0 in the corpus files, GATHERING.md, the scripts, the notes and "
 "the pools; 'Forefront' only in other senses (a Square Enix file, batch 38za); 'Joan A. Lenard' as the judge of "
 "another matter (batch 51t's Latin Node file).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 52a (session 53, gatherer 52a): three pre-2005 CFTC enforcement press releases from cftc.gov's 'opa/enfNN'
archive, on new matters in the federal SEC/CFTC lane (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g,
49h, 49k, 50a, 50d, 50g, 50j, 51a, 51g, 51o, 51v, 51zf, 51zk, 51zl and 51zs) -- the complaint and asset freeze against
'International Financial Services (New York), Inc. (IFS Inc.)', 'International Financial Services (New York), LLC, (IFS
LLC)', 'John Walker Robinson also of New York and President of IFS, Inc.', and 'Chan Kow Lai of New Jersey and Hong
Kong and technical consultant and member of the Board of Directors for IFS, Inc.', with the relief defendant
'Sociedade Comercial Siu Lap Limitada (Siu Lap) of Macao' (CFTC release 4675-02, 22 July 2002); the complaint, asset
freeze and preliminary injunction against 'FX First, a futures commission merchant (FCM), and Mironov and Whyte, two of
its principals' (CFTC release 4868-03, 20 November 2003); the court's coercive sanctions against 'Emerald Worldwide
Holdings, Inc. (Emerald) and Jian Zhuang (Zhuang)' for failing to comply with a contempt order (CFTC release 5003-04,
4 October 2004) -- US federal government works (17 U.S.C. 105). From 51zs's leads (the pre-2005 index headings naming
presidents): the Emerald/Zhuang heading 'LOS ANGELES-AREA FOREIGN CURRENCY FIRM EMERALD WORLDWIDE HOLDINGS, INC., AND
ITS PRESIDENT, JIAN ZHUANG, ...' asked by its names ('CFTC Emerald Worldwide Holdings Jian Zhuang president': cftc.gov's
opa5003-04 at rank 4, again at rank 3 with 'CFTC 4871-03 Emerald Worldwide Holdings Jian Zhuang Jan Lu Hao statutory
restraining order City of Industry'); the First Liberty/Da Silva heading asked as written ('NEW YORK FIRM FIRST LIBERTY
GROUP AND ITS PRESIDENT STEALING MILLIONS IN FOREIGN CURRENCY SCAM') gave no First Liberty page but cftc.gov's
opa4675-02 (IFS) at rank 4 and opa4868-03 (FX First) at rank 8, both titled officers of named firms. Every name,
release number and address was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes
and the session-53 pools:
  - CFTC release 4675-02 (22 July 2002), 'NEW YORK FOREIGN CURRENCY FIRMS CHARGED WITH FRAUDULENTLY SOLICITING OVER $15
    MILLION FROM AS MANY AS 400 CUSTOMERS NATIONWIDE TO INVEST IN ILLEGAL FOREIGN CURRENCY (FOREX) FUTURES CONTRACTS':
    the CFTC, International Financial Services (New York), Inc., International Financial Services (New York), LLC, John
    Walker Robinson, Chan Kow Lai, Sociedade Comercial Siu Lap Limitada, Charles Brieant, the United States District
    Court for the Southern District of New York (cftc.gov's 'sites/default/files/opa/enf02/opa4675-02.htm');
  - CFTC release 4868-03 (20 November 2003), 'CALIFORNIA FOREIGN CURRENCY (FOREX) FIRM SUED FOR DEFRAUDING INVESTORS OUT
    OF APPROXIMATELY $2 MILLION IN COMMODITY SCAM': the CFTC, FX First, Inc., Alexey Mironov, William Whyte, James V.
    Selna, the U. S. District Court for the Central District of California (cftc.gov's 'opa/enf03/opa4868-03.htm');
  - CFTC release 5003-04 (4 October 2004), the Emerald heading above: the CFTC, Emerald Worldwide Holdings, Inc., Jian
    Zhuang, Jan Lu Hao, Howard Matz, the Central District of California (cftc.gov's 'opa/enf04/opa5003-04.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). The letterhead lines (5003-04), the release-number
and release-date lines, the sub-headings under each heading, the section headings inside the body and the datelines
('WASHINGTON, D.C. --', 'WASHINGTON, D.C. \u2013') are left out (each heading kept as `title`, in its capitals, the date
as `published`); no word added or changed; the page's lines kept as paragraphs, joined by a blank line. Each is cut at
the last full sentence before the store's excerpt (2,000 characters) breaks off (`truncated`); 4675-02 before an
unclosed quotation whose speaker the excerpt never reaches. Written before any extractor ran on the texts (newskg was
not run on them).
usage: batch52a.py [POOL_DIR] [--dry]   (default /tmp/gather53a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-53 pools /tmp/gather53*/ (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53a/pool"
R = []

# ---- International Financial Services (New York), Inc. and LLC, Robinson, Lai, forex fraud complaint, CFTC 4675-02 ----
U1 = "https://www.cftc.gov/sites/default/files/opa/enf02/opa4675-02.htm"
T1 = ("NEW YORK FOREIGN CURRENCY FIRMS CHARGED WITH FRAUDULENTLY SOLICITING OVER $15 MILLION FROM AS MANY AS 400 "
      "CUSTOMERS NATIONWIDE TO INVEST IN ILLEGAL FOREIGN CURRENCY (FOREX) FUTURES CONTRACTS")
R.append(federal(
 "us-cftc-international-financial-services-new-york-president-robinson-board-member-lai-forex-fraud-asset-freeze-2002",
 U1, "2002-07-22", T1,
 "The Commodity Futures Trading Commission (CFTC) announced today the filing of an action in federal court in New York "
 "against defendants International Financial Services (New York), Inc. (IFS Inc.), International Financial Services "
 "(New York), LLC, (IFS LLC), both located in New York, New York, John Walker Robinson also of New York and President of "
 "IFS, Inc., and Chan Kow Lai of New Jersey and Hong Kong and technical consultant and member of the Board of Directors "
 "for IFS, Inc.\n\n"
 "The CFTC complaint alleges that the defendants have fraudulently solicited and obtained more than $15 million dollars "
 "from as many as 400 retail customers to invest in illegal off-exchange foreign currency (FOREX) futures contracts. "
 "The complaint also alleges that the defendants used inexperienced salespeople recruited from various ethnic "
 "communities who solicited family and friends to invest. In addition, the complaint names Sociedade Comercial Siu Lap "
 "Limitada (Siu Lap) of Macao as a relief defendant, and alleges that it unlawfully received more than $4 million of "
 "the fraudulently obtained funds from the defendants and should be required to return those funds.\n\n"
 "Shortly after the CFTC filed its complaint, the Honorable Charles Brieant of the United States District Court for "
 "the Southern District of New York issued an order freezing the assets of the defendants and prohibiting the "
 "destruction of documents.",
 "retail forex/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 4675-02 '" + T1 + "', Washington, D.C., July 22, 2002, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf02' archive "
 "address under 'sites/default/files'): first-party text. Left out: the lines 'Release: 4675-02' and 'For Release: July "
 "22, 2002' (kept as `published`), the sub-heading 'CFTC Obtains Federal Court Order Freezing Assets of Defendants "
 "International Financial Services (New York), Inc., International Financial Services (New York), LLC, John Walker "
 "Robinson, and Chan Kow Lai', the dateline 'WASHINGTON, D.C. --' and the section heading 'Court Issues Order Freezing "
 "Defendants\u2019 Assets' (a line of its own before the third paragraph); the heading kept as `title` in its capitals. "
 "Cut after '... prohibiting the destruction of documents.', before the quotation '\"One of my convictions is to "
 "maintain a strong and swift Enforcement Division. We will' (the excerpt breaks off inside it, before the speaker is "
 "named: its one whole sentence, unattributed and unclosed, is left out with it; `truncated`). Kept as written: "
 "'International Financial Services (New York), LLC, (IFS LLC)' (the comma before the bracket), 'New York, New York', "
 "'also of New York and President of IFS, Inc.', 'technical consultant and member of the Board of Directors for IFS, "
 "Inc.', '$15 million dollars', '(FOREX)', 'the Honorable Charles Brieant'. 218 words. "
 "Found with 'NEW YORK FIRM FIRST LIBERTY GROUP AND ITS PRESIDENT STEALING MILLIONS IN FOREIGN CURRENCY SCAM' (rank 4; "
 "no First Liberty page came back). "
 + CHECK + "'4675-02', 'opa4675', 'John Walker Robinson', 'Chan Kow Lai', 'Siu Lap', 'Brieant': 0 in the corpus files, "
 "GATHERING.md, the scripts, the notes and the pools; 'International Financial Services' only in a Wirecard file "
 "(lower case, another sense) and batch 20b's script.",
 True))

# ---- FX First, Inc., Mironov and Whyte, misappropriation complaint, asset freeze, CFTC 4868-03 ---------------------------
U2 = "https://cftc.gov/opa/enf03/opa4868-03.htm"
T2 = ("CALIFORNIA FOREIGN CURRENCY (FOREX) FIRM SUED FOR DEFRAUDING INVESTORS OUT OF APPROXIMATELY $2 MILLION IN "
      "COMMODITY SCAM")
R.append(federal(
 "us-cftc-fx-first-futures-commission-merchant-principals-mironov-whyte-misappropriation-asset-freeze-2003",
 U2, "2003-11-20", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that on October 6, 2003, Judge James V. Selna "
 "of the U. S. District Court for the Central District of California, acting on a CFTC complaint filed earlier that "
 "day, issued an order freezing the assets and preventing the destruction of the books and records of defendants FX "
 "First, Inc., Alexey Mironov both of Newport Beach, California, and William Whyte of Huntington Beach, California. "
 "The order also requires an accounting of defendants' assets.\n\n"
 "On October 15, 2003, the Honorable James V. Selna issued an order of preliminary injunction, which, among other "
 "things, enjoins all the defendants from further violations of federal commodity law and continues the asset freeze "
 "order entered on October 6, 2003.\n\n"
 "Specifically, the CFTC's complaint alleges that, since at least September 26, 2003, and perhaps as early as January "
 "2001, FX First, a futures commission merchant (FCM), and Mironov and Whyte, two of its principals, misappropriated "
 "almost $2 million that had been given to the firm by customers for the purpose of speculating on the value of "
 "foreign currency (forex) futures contracts. According to the complaint, despite requests from at least 25 investors "
 "for a return of their funds, defendants refused to return customer money.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 4868-03 '" + T2 + "', Washington, D.C., November 20, 2003, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf03' archive "
 "address): first-party text. Left out: the lines 'Release: 4868-03' and 'For Release: November 20, 2003' (kept as "
 "`published`), the sub-heading 'U.S. Commodity Futures Trading Commission Charges FX First, Inc., Alexey Mironov, and "
 "William Whyte With Commodity Scam In Foreign Currency Futures; Federal District Court Judge Orders Defendants\u2019 "
 "Assets Frozen and Issues Preliminary Injunction', the dateline 'WASHINGTON, D.C. \u2013' and the section headings "
 "'Court Enters Preliminary Injunction Against Defendants' and 'Complaint Alleges that Defendants Misappropriated "
 "Almost $2 Million of Customer Funds' (lines of their own before the second and third paragraphs); the heading kept "
 "as `title` in its capitals. Cut after '... defendants refused to return customer money.', before 'The complaint "
 "further alleges that FX First was almost $2 million below the minimum amount of net capital requir' (the sentence "
 "breaks off in the store's excerpt; `truncated`). Kept as written: 'the U. S. District Court' (the space), 'Alexey "
 "Mironov both of Newport Beach, California' (no comma), 'two of its principals', \"defendants' assets\" and \"the "
 "CFTC's complaint\" (straight apostrophes), 'the Honorable James V. Selna'. 207 words. Found with 'NEW YORK FIRM "
 "FIRST LIBERTY GROUP AND ITS PRESIDENT STEALING MILLIONS IN FOREIGN CURRENCY SCAM' (rank 8). "
 + CHECK + "'4868-03', 'opa4868', 'FX First', 'Mironov', 'William Whyte', 'Selna': 0 in the corpus files, GATHERING.md, "
 "the scripts, the notes and the pools.",
 True))

# ---- Emerald Worldwide Holdings, Inc. and Jian Zhuang, coercive sanctions for contempt, CFTC 5003-04 ---------------------
U3 = "http://www.cftc.gov/opa/enf04/opa5003-04.htm"
T3 = ("LOS ANGELES-AREA FOREIGN CURRENCY FIRM EMERALD WORLDWIDE HOLDINGS, INC., AND ITS PRESIDENT, JIAN ZHUANG, "
      "SANCTIONED BY COURT FOR FAILING TO COMPLY WITH CONTEMPT ORDER IN FEDERAL LAWSUIT CONCERNING INTERNATIONAL CURRENCY "
      "SCAM THAT ALLEGEDLY DEFRAUDED 300 CUSTOMERS OF OVER $5 MILLION")
R.append(federal(
 "us-cftc-emerald-worldwide-holdings-jian-zhuang-contempt-coercive-sanctions-los-angeles-forex-2004",
 U3, "2004-10-04", T3,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that Judge Howard Matz of the Central District "
 "of California found that defendants Emerald Worldwide Holdings, Inc. (Emerald) and Jian Zhuang (Zhuang) willfully "
 "failed to comply with a contempt order issued on July 29, 2004, and that coercive sanctions were necessary.\n\n"
 "The court's order required defendants Emerald and Zhuang to pay $200 and $250 a day, respectively, in fines. "
 "According to the order, if Zhuang fails to pay such fines, the court will entertain an application from the CFTC for "
 "a writ of body attachment, arrest warrant, or other comparable remedy. Such orders are typically used to incarcerate "
 "a defendant until he complies with the will of the court.\n\n"
 "On November 18, 2003, Judge Matz, acting on a CFTC complaint filed the previous day, issued a statutory restraining "
 "order (SRO) freezing the assets and preventing the destruction of the books and records of Los Angeles County "
 "defendants Emerald, Zhuang, and Jan Lu Hao (Hao) (see CFTC News Release 4871-03, December 8, 2003.) The CFTC\u2019s "
 "complaint alleged that the defendants fraudulently solicited customers to invest more than $5 million for foreign "
 "currency future trading.",
 "retail forex/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 5003-04 '" + T3 + "', Washington, D.C., October 4, 2004, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf04' archive "
 "address): first-party text. Left out: the letterhead lines ('Japanese Version', 'CFTC Seal', 'Commodity Futures "
 "Trading Commission', 'Office of External Affairs (202) 418-5080', 'Three Lafayette Centre', '1155 21st Street, NW', "
 "'Washington, DC 20581'), the lines 'Release: 5003-04' and 'For Release: October 4, 2004' (kept as `published`), the "
 "sub-heading 'Court Orders Coercive Sanctions, Including Fines, And Warns Of Possible Arrest of Zhuang For Failure To "
 "Pay', the dateline 'WASHINGTON, D.C. \u2013' and the section heading 'The Defendants Failed to Comply with the Terms "
 "of a November 18, 2003 Restraining Order' (a line of its own before the third paragraph); the heading kept as "
 "`title` in its capitals. Cut after '... for foreign currency future trading.', before 'According to the complaint, "
 "rather than trade the funds as' (the sentence breaks off in the store's excerpt; `truncated`). Kept as written: "
 "'Judge Howard Matz of the Central District of California' (no court named; the later releases write 'Judge A. Howard "
 "Matz of the U.S. District Court for the Central District of California'), \"The court's order\" (straight) beside "
 "'The CFTC\u2019s complaint' (curly), '(see CFTC News Release 4871-03, December 8, 2003.)' with its full stop inside "
 "the bracket, 'foreign currency future trading'. 192 words. The heading's 'ITS PRESIDENT, JIAN ZHUANG' is not in the "
 "kept text (the title is not annotated). One text per matter: the releases 4929-04 (the amended complaint adding City "
 "Trust and Investment Co. Ltd. and relief defendants), 5266-06 (the consent order), 5362-07 (restitution) and 5398-07 "
 "(Hao Jan Lu's consent order) on cftc.gov, and an LA Times story (vinapk.com copy) are the same matter, not taken. "
 "Found with 'CFTC Emerald Worldwide Holdings Jian Zhuang president' (rank 4) and 'CFTC 4871-03 Emerald Worldwide "
 "Holdings Jian Zhuang Jan Lu Hao statutory restraining order City of Industry' (rank 3). "
 + CHECK + "'5003-04', '4871-03', '4929-04', 'Emerald Worldwide', 'Jan Lu Hao', 'Hao Jan Lu', 'City Trust': 0 in the "
 "corpus files, the scripts and the pools; 'Emerald Worldwide' only in batch 51zs's section and note (a lead there); "
 "'Zhuang' in two Wikipedia files (Shijiazhuang, other matters); 'Matz' only as Yukihiro 'Matz' Matsumoto (Heroku).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

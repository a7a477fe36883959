#!/usr/bin/env python3
"""Batch 55h (session 54, gatherer 55h): four CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl, 54zs and 55a) -- the settled
order against 'Ecoval Dairy Trade, Inc. (Ecoval), of Wayne, Pa.' for attempting to manipulate Non Fat Dry Milk futures
settlement prices 'on the Chicago Mercantile Exchange's Globex electronic market trading platform' (6075-11, 19 July
2011); the consent order of permanent injunction against 'Edge Financial Technologies, LLC, an Illinois firm that
provided software development and computer programming services for traders', which aided and abetted an unnamed
trader's spoofing, with 'Division of Enforcement Director James McDonald' quoted (8243-20, 15 September 2020); the
settled speculative position limits order against 'Sukarne SA de CV, a Mexico-based meat processor', in 'the Chicago
Mercantile Exchange (CME) June 2020 live cattle futures contract', brought with 'the CFTC's Livestock Markets Task
Force', with a Division of Market Oversight helper and five Division of Enforcement staff named (8248-20, 18 September
2020); the settled swap dealer order against 'ED&F Man Capital Markets, Ltd. (ED&F Man), a London-based provisionally
registered swap dealer', with 'CFTC Acting Director of Enforcement Vincent McGonagle' quoted (8501-22, 15 March 2022)
-- US federal government works (17 U.S.C. 105). Found by asking headings from cftc.gov's enforcement-action index pages
verbatim and by party-name queries in the lane's 'Release Number CFTC Orders ...' shape (queries and ranks in
/tmp/gather56h/src/queries.txt; see /work/notes/gather56/55h.md). Every name, release number and address was checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-54 pools:
  - CFTC release 6075-11 (19 July 2011), 'Ecoval Dairy Trade, Inc. Ordered to Pay $1,425,000 Penalty to Settle CFTC
    Charges of Attempted Manipulation of Non Fat Dry Milk Futures Prices' (cftc.gov's 'PressRoom/PressReleases/pr6075-11');
  - CFTC release 8243-20 (15 September 2020), 'Federal Court Orders Illinois Software Development Firm to Pay Penalty
    and Disgorgement for Aiding and Abetting Illegal Conduct' (cftc.gov's 'PressRoom/PressReleases/8243-20');
  - CFTC release 8248-20 (18 September 2020), 'Mexican Meat Processor to Pay Fine for Violating Cattle Futures
    Speculative Position Limits' (cftc.gov's 'PressRoom/PressReleases/8248-20');
  - CFTC release 8501-22 (15 March 2022), 'CFTC Orders London-Based Swap Dealer to Pay $3.25 Million for Swap-Data
    Reporting, Conflicts of Interest, Mid-Market Mark, and Supervision Failures' (cftc.gov's
    'PressRoom/PressReleases/8501-22').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather56h/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC \u2014', 'Washington, D.C. \u2014'
twice, and 8248-20's lone dash '\u2014 ' where the place is missing), 8501-22's sub-heading 'Case Background', 8248-20's
end mark '-CFTC-'; the heading kept as `title` as written. Kept: 6075-11's deck sentence under the heading (a full
sentence with its full stop, the only place the text ties Globex to the Chicago Mercantile Exchange). No word added or
changed; the page's lines kept as paragraphs, joined by a blank line. 6075-11, 8243-20 and 8501-22 are cut at the last
full sentence before the excerpt breaks off (`truncated`); 8248-20 keeps the whole body down to its staff paragraph
(`truncated` false: only the end mark follows). Written before any extractor ran on the texts (newskg was not run on
them).
usage: batch55h.py [POOL_DIR] [--dry]   (default /tmp/gather56h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-54 pools /tmp/gather56*/ (none held a file on this matter when checked), "
         "and claimed in /work/notes/gather56/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56h/pool"
Q = "\u2019"
LQ, RQ = "\u201c", "\u201d"
R = []

# ---- Ecoval Dairy Trade, Inc., attempted manipulation of NFDM futures on CME Globex, CFTC 6075-11 --------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/pr6075-11"
T1 = ("Ecoval Dairy Trade, Inc. Ordered to Pay $1,425,000 Penalty to Settle CFTC Charges of Attempted Manipulation of "
      "Non Fat Dry Milk Futures Prices")
R.append(federal(
 "us-cftc-ecoval-dairy-trade-wayne-pa-attempted-manipulation-non-fat-dry-milk-futures-cme-globex-2011",
 U1, "2011-07-19", T1,
 "CFTC finds that Ecoval executed various trading strategies on the Chicago Mercantile Exchange" + Q + "s Globex "
 "electronic market trading platform with intent to " + LQ + "push" + RQ + " NFDM futures contract prices higher.\n\n"
 "The U.S. Commodity Futures Trading Commission (CFTC) today filed and simultaneously settled charges that Ecoval "
 "Dairy Trade, Inc. (Ecoval), of Wayne, Pa., attempted to manipulate the daily settlement prices of Non Fat Dry Milk "
 "(NFDM) cash-settled futures contracts on the Chicago Mercantile Exchange (CME).\n\n"
 "The CFTC order requires Ecoval to pay a $1,425,000 civil monetary penalty. The order also requires Ecoval to cease "
 "and desist from any further violations of Sections 6(c), 6(d), and 9(a)(2) of the Commodity Exchange Act, 7 U.S.C. "
 "\u00a7 9, 13(b) and 13(a)(2) (2006), which make it unlawful for any person to attempt to manipulate the market of "
 "any commodity in interstate commerce, or for future delivery on or subject to the rules of any registered entity, "
 "including any contract market.\n\n"
 "Specifically the CFTC order finds that, from September 21, 2007 through October 17, 2007 (the relevant period), "
 "Ecoval attempted to manipulate the daily settlement prices of the December 2007 through July 2008 monthly NFDM "
 "futures contracts. Ecoval executed various trading strategies on the electronic market trading platform, Globex, "
 "with the intent to " + LQ + "push" + RQ + " the prices of these NFDM futures contracts higher so Ecoval could "
 "potentially establish a large short position in these NFDM futures contracts at higher prices, the order finds. In "
 "one email quoted in the CFTC order, Ecoval" + Q + "s strategy in the futures market was explained as, " + LQ +
 "[s]till selling short NFDM but at higher prices, we" + Q + "re trying to push the market higher in order to obtain "
 "a better sales price for 2008." + RQ,
 "dairy futures/commodity futures regulation", "regulatory,enforcement,settlement,market manipulation",
 "U.S. Commodity Futures Trading Commission, release 6075-11 '" + T1 + "', Washington, D.C., July 19, 2011, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 6075-11' and the date line 'July 19, 2011' (kept as "
 "`published`; on the page both come before the heading), the dateline 'Washington, DC \u2014'; the heading kept as "
 "`title` (title case, as written). Kept as the first paragraph: the deck sentence under the heading ('CFTC finds that "
 "Ecoval executed ... NFDM futures contract prices higher.', a full sentence with its full stop, unlike the deck lines "
 "54zs and 55a dropped; the only place that ties Globex to the Chicago Mercantile Exchange). Cut after '... a better "
 "sales price for 2008." + RQ + "', before the paragraph that breaks off ('The CFTC o'; `truncated`). Kept as written: "
 "'of Wayne, Pa.', 'Non Fat Dry Milk (NFDM)', '7 U.S.C. \u00a7 9, 13(b) and 13(a)(2) (2006)', 'Specifically the CFTC "
 "order finds' (no comma), the email's bracketed '[s]till', the curly quotation marks and apostrophes. " + CHECK +
 "'6075-11', 'pr6075', 'Ecoval': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; 'Globex' "
 "and 'Chicago Mercantile Exchange' in corpus files on other matters (54zs's Gelber file among them).",
 True))

# ---- Edge Financial Technologies, LLC, consent order for aiding and abetting spoofing, CFTC 8243-20 -------------------
U2 = "https://cftc.gov/PressRoom/PressReleases/8243-20"
T2 = ("Federal Court Orders Illinois Software Development Firm to Pay Penalty and Disgorgement for Aiding and Abetting "
      "Illegal Conduct")
R.append(federal(
 "us-cftc-edge-financial-technologies-illinois-software-firm-aiding-abetting-spoofing-consent-order-mcdonald-2020",
 U2, "2020-09-15", T2,
 "The Commodity Futures Trading Commission today announced that the U.S. District Court for the Northern District of "
 "Illinois entered a consent order of permanent injunction against Edge Financial Technologies, LLC, an Illinois firm "
 "that provided software development and computer programming services for traders. This ruling resolves a 2018 "
 "enforcement action brought in connection with the Division of Enforcement" + Q + "s Spoofing Task Force. [See CFTC "
 "Press Release No. 7689-18]\n\n"
 "The order provides that Edge aided and abetted Trader A" + Q + "s spoofing (bidding or offering with the intent to "
 "cancel the bid or offer before execution) and use of a manipulative and deceptive scheme involving the E-mini S&P "
 "futures contract from at least January 30, 2013, through October 30, 2013. Edge enabled Trader A" + Q + "s "
 "violations by programming a custom software application that helped send false supply and demand signals for "
 "E-mini S&P futures contracts and induced other market participants to react.\n\n"
 "The court" + Q + "s permanent injunction prohibits Edge from providing any computer programming services in "
 "connection with trading in CFTC-regulated markets for a period of two years. Further, it orders disgorgement of "
 "$24,200 and a civil monetary penalty of $48,400, for a total of $72,600 in monetary relief.\n\n"
 + LQ + "When technology is intended to inject false information into the market, the CFTC will respond to protect "
 "market participants and the integrity of the markets we regulate. We cannot allow companies to profit from creating "
 "programs intended to help traders spoof and manipulate," + RQ + " said Division of Enforcement Director James "
 "McDonald.",
 "trading software/commodity futures regulation", "regulatory,enforcement,court order,spoofing",
 "U.S. Commodity Futures Trading Commission, release 8243-20 '" + T2 + "', Washington, D.C., September 15, 2020, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8243-20' (before the heading) and the date line 'September "
 "15, 2020' (kept as `published`; on the page it follows the heading), the dateline 'Washington, D.C. \u2014'; the "
 "heading kept as `title` (title case, as written: 'Illinois Software Development Firm', where the text names the "
 "firm). Cut inside the quotation's paragraph, after the sentence '... said Division of Enforcement Director James "
 "McDonald.', before the next quoted sentence, which breaks off ('" + LQ + "Establishing that entities can be held "
 "civilly liable ... strengthens the CFTC" + Q + "s'; `truncated`). Kept as written: the bracketed cross-reference "
 "'[See CFTC Press Release No. 7689-18]' (no full stop on the page), 'Trader A" + Q + "s', 'E-mini S&P', "
 "'CFTC-regulated', the curly quotation marks and apostrophes. One text per matter: the 2018 action the order resolves "
 "(7689-18) is the same matter, not taken; stl.news's copy of this release (rank 2) is third-party. " + CHECK +
 "'8243-20', '7689-18', 'Edge Financial', 'Thakkar', 'Spoofing Task Force': 0 in the corpus files, GATHERING.md, the "
 "scripts, the notes and the pools; 'James McDonald' in corpus files on other matters (51a's Monex file, 51zk's A&A "
 "Trading file) as the CFTC's Director of Enforcement.",
 True))

# ---- Sukarne SA de CV, live cattle futures speculative position limits, CFTC 8248-20 ----------------------------------
U3 = "https://cftc.gov/PressRoom/PressReleases/8248-20"
T3 = "Mexican Meat Processor to Pay Fine for Violating Cattle Futures Speculative Position Limits"
R.append(federal(
 "us-cftc-sukarne-mexico-meat-processor-live-cattle-futures-speculative-position-limits-cme-2020",
 U3, "2020-09-18", T3,
 "The Commodity Futures Trading Commission today issued an order filing and settling charges against Sukarne SA de "
 "CV, a Mexico-based meat processor, for violating live cattle futures speculative position limits. The order requires "
 "Sukarne to pay a $35,000 civil monetary penalty. This case is brought in connection with the CFTC" + Q + "s "
 "Livestock Markets Task Force.\n\n"
 "The order finds that on June 23, 2020, Sukarne held a net short position of 500 contracts in the Chicago Mercantile "
 "Exchange (CME) June 2020 live cattle futures contract. This exceeded the spot month speculative position limit of "
 "300 contracts established by CME.\n\n"
 "The CFTC" + Q + "s investigation was conducted in conjunction with a related inquiry by CME, which today also "
 "announced a disciplinary action against Sukarne. In determining its penalty, the CFTC recognized that CME has "
 "imposed a $25,000 sanction on Sukarne for violating the exchange" + Q + "s position limits rules, raising the total "
 "monetary penalty amount to $60,000. The CFTC thanks CME for its assistance in this matter. CFTC" + Q + "s Division "
 "of Market Oversight staff member David Amato also assisted in this matter.\n\n"
 "The Division of Enforcement staff responsible for this matter are Douglas Snodgrass, Linda Chalet, Kelly Beck, "
 "Scott Williamson, and Robert Howell.",
 "meat processing/commodity futures regulation", "regulatory,enforcement,settlement,position limits",
 "U.S. Commodity Futures Trading Commission, release 8248-20 '" + T3 + "', September 18, 2020, US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8248-20' (before the heading) and the date line 'September "
 "18, 2020' (kept as `published`; on the page it follows the heading), the lone dash '\u2014 ' that opens the body "
 "(what is left of the dateline: the excerpt gives no place), and the end mark '-CFTC-' (54zl's way); the heading "
 "kept as `title` (title case, as written: 'Mexican Meat Processor', where the text names the firm). The body is kept "
 "whole, down to its staff paragraph (`truncated` false). Kept as written: 'Sukarne SA de CV' (no stops in 'SA de "
 "CV'), 'a Mexico-based meat processor', 'the Chicago Mercantile Exchange (CME) June 2020 live cattle futures "
 "contract', 'CFTC" + Q + "s Division of Market Oversight' (no 'the'), 'Scott Williamson, and Robert Howell' (the "
 "serial comma), the curly apostrophes. One text per matter: mondovisione's and feedstuffs' copies (ranks 2 and 3) "
 "are third-party, and CME's own disciplinary notice on Sukarne is another body's paper. " + CHECK + "'8248-20', "
 "'Sukarne', 'Livestock Markets Task Force', 'David Amato', 'Douglas Snodgrass': 0 in the corpus files, GATHERING.md, "
 "the scripts, the notes and the pools; 'Chicago Mercantile Exchange' in corpus files on other matters.",
 False))

# ---- ED&F Man Capital Markets, Ltd., swap dealer reporting, disclosure and supervision, CFTC 8501-22 ------------------
U4 = "https://cftc.gov/PressRoom/PressReleases/8501-22"
T4 = ("CFTC Orders London-Based Swap Dealer to Pay $3.25 Million for Swap-Data Reporting, Conflicts of Interest, "
      "Mid-Market Mark, and Supervision Failures")
R.append(federal(
 "us-cftc-ed-f-man-capital-markets-london-swap-dealer-swap-data-reporting-mid-market-marks-mcgonagle-2022",
 U4, "2022-03-15", T4,
 "The Commodity Futures Trading Commission today simultaneously filed and settled charges against ED&F Man Capital "
 "Markets, Ltd. (ED&F Man), a London-based provisionally registered swap dealer, for failing to comply with certain "
 "swap dealer requirements to report accurate swaps data to a swaps data repository (SDR), failing to disclose a "
 "conflict of interest to swaps counterparties, failing to disclose mid-market marks to counterparties, and for "
 "related supervision failures.\n\n"
 "The order imposes a $3,250,000 civil monetary penalty on ED&F Man and orders it to cease and desist from further "
 "violations of the Commodity Exchange Act and CFTC regulations, as charged.\n\n"
 + LQ + "The CFTC will not hesitate to bring cases against swap dealers that violate substantive customer protection "
 "regulations and fail to have adequate supervisory controls in place," + RQ + " said CFTC Acting Director of "
 "Enforcement Vincent McGonagle. " + LQ + "Swap dealer registrants must ensure they make complete and accurate "
 "disclosures to counterparties and accurately report swap valuation data to SDRs, and they must also diligently "
 "perform their supervisory duties." + RQ + "\n\n"
 "Specifically, the order finds that between February 2014 and July 2021, ED&F Man failed to report certain swaps "
 "data to an SDR accurately for hundreds of thousands of swaps. The order also finds that, from February 2014 through "
 "January 2018, ED&F Man failed to disclose to its U.S. swaps counterparties that proprietary traders, trading on "
 "behalf of an affiliate, had access to counterparties" + Q + " trade information. Further, from February 2014 to "
 "April 2021, ED&F Man failed to disclose mid-market marks to some of its counterparties as required for numerous "
 "metals and FX swaps.",
 "swap dealers/commodity futures regulation", "regulatory,enforcement,settlement,swap data reporting",
 "U.S. Commodity Futures Trading Commission, release 8501-22 '" + T4 + "', Washington, D.C., March 15, 2022, US "
 "federal government work (public domain); text from the search tool's page store at " + U4,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8501-22' (before the heading) and the date line 'March 15, "
 "2022' (kept as `published`; on the page it follows the heading), the dateline 'Washington, D.C. \u2014', the "
 "sub-heading 'Case Background'; the heading kept as `title` (title case, as written: 'London-Based Swap Dealer', "
 "where the text names the firm). Cut after '... for numerous metals and FX swaps.', before the sentence that breaks "
 "off ('The order also finds that ED&F Man failed to maintain an adequa'; `truncated`). Kept as written: 'ED&F Man "
 "Capital Markets, Ltd. (ED&F Man)', 'a London-based provisionally registered swap dealer', 'CFTC Acting Director of "
 "Enforcement Vincent McGonagle', 'its U.S. swaps counterparties', 'FX', the curly quotation marks and apostrophes. "
 + CHECK + "'8501-22', 'ED&F', 'E D & F': 0 in the corpus files, GATHERING.md, the scripts, the notes and the pools; "
 "'Vincent McGonagle' in one corpus file on another matter and in 55a's Vision file (a staff list, in the session's "
 "pools).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

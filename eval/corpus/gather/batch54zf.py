#!/usr/bin/env python3
"""Batch 54zf (session 55, gatherer 54zf): three CFTC enforcement press releases on cftc.gov, new matters in the
federal SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j and 53m) -- the default judgment of
the U.S. District Court for the Southern District of New York against 'Royal Metals Group, LLC (RMG), and its member,
manager and part owner, Chelsea Gless (Gless) of Iowa' over a precious metals scheme (7890-19, 18 March 2019); the
settled spoofing and manipulation order against 'Merrill Lynch Commodities, Inc. (MLCI), a provisionally registered
swap dealer' in precious metals futures on 'the Commodity Exchange, Inc. (COMEX)' (7946-19, 25 June 2019); the settled
misappropriation-based fraud order against 'Freepoint Commodities LLC, a commodities merchant in Stamford,
Connecticut', with the parallel deferred prosecution agreement of 'the Department of Justice's (DOJ) Fraud Section'
(8834-23, 14 December 2023) -- US federal government works (17 U.S.C. 105). Found by firm-name queries in the lane's
'CFTC Orders ... to Pay ... for Spoofing' / 'CFTC Charges ... and its Owner' shape (queries and ranks in
/tmp/gather55zf/src/queries.txt; see /work/notes/gather55/54zf.md). Every name, release number and address was checked
first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the session-55 pools:
  - CFTC release 7890-19 (18 March 2019), 'Federal Court Orders Precious Metals Dealer and Its Owner to Pay More than
    $2.3 Million for Fraud and Misappropriation in Gold and Silver Scheme' (cftc.gov's 'PressRoom/PressReleases/
    7890-19');
  - CFTC release 7946-19 (25 June 2019), 'CFTC Orders Merrill Lynch Commodities, Inc. to Pay Approximately $25 Million
    for Spoofing, Manipulation, and Attempted Manipulation in Precious Metals Futures' (cftc.gov's 'PressRoom/
    PressReleases/7946-19?utm_source=govdelivery');
  - CFTC release 8834-23 (14 December 2023), 'CFTC Orders Freepoint Commodities LLC to Pay $91 million for Fraudulent
    Scheme to Misappropriate Material Non-Public Information' (cftc.gov's 'PressRoom/PressReleases/8834-23').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather55zf/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC \u2013', 'Washington, D.C.
\u2014'), the sub-headings (7946-19's 'CFTC\u2019s Director of Enforcement Comments'; 8834-23's 'Related Criminal
Action'); the heading kept as `title` as written. No word added or changed; the page's lines kept as paragraphs, joined
by a blank line; in 7946-19 the spaces ending lines dropped and the double spaces after sentences and after 'stated:'
made single (as 52u's WWDX and 53y); curly quotes and apostrophes kept. Each cut at the last full sentence before the
excerpt breaks off (`truncated`). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch54zf.py [POOL_DIR] [--dry]   (default /tmp/gather55zf/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-55 pools /tmp/gather55*/ (none held a file on this matter when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather55zf/pool"
Q = "\u2019"
L, R_ = "\u201c", "\u201d"
R = []

# ---- Royal Metals Group, LLC and Chelsea Gless, default judgment (S.D.N.Y.), CFTC 7890-19 -----------------------------
U1 = "https://cftc.gov/PressRoom/PressReleases/7890-19"
T1 = ("Federal Court Orders Precious Metals Dealer and Its Owner to Pay More than $2.3 Million for Fraud and "
      "Misappropriation in Gold and Silver Scheme")
R.append(federal(
 "us-cftc-royal-metals-group-member-manager-part-owner-gless-precious-metals-fraud-default-judgment-2019",
 U1, "2019-03-18", T1,
 "The Commodity Futures Trading Commission (CFTC) today announced that the U.S. District Court for the Southern "
 "District of New York entered an Order of Default Judgment (Order) and Permanent Injunction against Royal Metals "
 "Group, LLC (RMG), and its member, manager and part owner, Chelsea Gless (Gless) of Iowa (collectively, defendants) "
 "for fraudulent misrepresentations and the misappropriation of customer funds in a precious metals scheme.\n\n"
 "The court" + Q + "s Order requires the defendants to jointly pay restitution of $584,549.84 to defrauded customers, "
 "as well as a civil monetary penalty of $1,753,647. The Order also permanently bans the defendants from trading "
 "regulated commodities and registering with the CFTC and prohibits them from violating provisions of the Commodity "
 "Exchange Act, as charged.\n\n"
 "Director of Enforcement James McDonald, stated: " + L + "As this case shows, the CFTC will work tirelessly to "
 "detect and vigorously prosecute commodity fraud, enforce the anti-fraud provisions of the Commodity Exchange Act and "
 "to hold wrongdoers accountable for their misconduct." + R_ + "\n\n"
 "The Order, entered on January 25, 2019, stems from a CFTC Complaint filed on September 14, 2018 in the U.S. District "
 "Court for the Southern District of New York (see CFTC Complaint and Press Release 7791-18).\n\n"
 "The Order finds that from at least March 2016 to present (the " + L + "relevant period" + R_ + "), the defendants "
 "defrauded at least eight clients in connection with precious metals transactions and fraudulently obtained more than "
 "$617,000 from these clients. This resulted in the clients losing a total of $584,549.84.",
 "precious metals dealing/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 7890-19 '" + T1 + "', Washington, DC, March 18, 2019, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 7890-19' and the date line 'March 18, 2019' (kept as "
 "`published`) and the dateline 'Washington, DC \u2013'; the heading kept as `title` (title case, as written). Cut "
 "after 'This resulted in the clients losing a total of $584,549.84.', before the paragraph that breaks off "
 "('Specifically, the Order finds that during the relevant period, the defendants fraudulently obtained funds from at "
 "least four of these eight clients after the defendants and/or their agents represented'; `truncated`). Kept as "
 "written: the comma in 'Director of Enforcement James McDonald, stated:', 'September 14, 2018 in' (no comma), the "
 "curly quotes round McDonald's words and 'relevant period', the curly apostrophe in \"court's\". One text per matter: "
 "the complaint release 7791-18 (17 Sep 2018, cftc.gov, rank 1 of the same query) was not taken (fewer facts: no "
 "court order, no dates of filing). " + CHECK + "'7890-19', '7791-18', 'Royal Metals', 'Chelsea Gless': 0 in the "
 "corpus files, GATHERING.md, the scripts, the notes and the pools ('Gless' alone only as Peregrine Systems' former CFO "
 "in an SEC file of batch 51d: another person, another matter).",
 True))

# ---- Merrill Lynch Commodities, Inc. (MLCI), spoofing and manipulation order, CFTC 7946-19 ----------------------------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/7946-19?utm_source=govdelivery"
T2 = ("CFTC Orders Merrill Lynch Commodities, Inc. to Pay Approximately $25 Million for Spoofing, Manipulation, and "
      "Attempted Manipulation in Precious Metals Futures")
R.append(federal(
 "us-cftc-merrill-lynch-commodities-swap-dealer-precious-metals-spoofing-manipulation-comex-2019",
 U2, "2019-06-25", T2,
 "The Commodity Futures Trading Commission (CFTC) today issued an Order filing and simultaneously settling charges "
 "against Merrill Lynch Commodities, Inc. (MLCI), a provisionally registered swap dealer, for spoofing, manipulation, "
 "and attempted manipulation over a six-year period with respect to certain precious metals futures contracts traded "
 "on the Commodity Exchange, Inc. (COMEX).\n\n"
 "The CFTC Order imposes monetary sanctions totaling approximately $25 million, which includes a civil monetary "
 "penalty of $11.5 million dollars, over $2.3 million in restitution, and disgorgement of $11.1 million. The Order "
 "also requires MLCI to cooperate with the CFTC in matters related to this action and the underlying conduct, and to "
 "comply with certain obligations in connection with its corporate compliance program and reporting requirements.\n\n"
 "James McDonald, CFTC Director of Enforcement, stated: " + L + "Today" + Q + "s enforcement action shows that the "
 "Commission continues to aggressively pursue those who manipulate and spoof in our markets. If left unchecked, this "
 "sort of misconduct can undermine the integrity of the price discovery process, harm law-abiding market participants, "
 "and diminish confidence in our markets more generally. That" + Q + "s why we will continue to keep our markets free "
 "from spoofing and manipulation." + R_ + "\n\n"
 "The Order specifically finds that during the period from at least 2008 through 2014 certain traders at MLCI "
 "(Traders) placed orders to buy and sell precious metals futures contracts with the intent to cancel the orders "
 "before execution.",
 "banking/commodity futures regulation", "regulatory,enforcement,settlement,market manipulation",
 "U.S. Commodity Futures Trading Commission, release 7946-19 '" + T2 + "', Washington, DC, June 25, 2019, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address with a mailing-list tail): first-party text. Left out: 'Release Number 7946-19' and the date line 'June 25, "
 "2019' (kept as `published`), the dateline 'Washington, DC \u2013' and the sub-heading 'CFTC\u2019s Director of "
 "Enforcement Comments' (a heading line before the quotation); the heading kept as `title` (title case, as written). "
 "The spaces ending the first two paragraphs dropped; the double spaces after sentences (four) and after 'stated:' made "
 "single, and the triple space after 'before execution.' falls with the cut. Cut after '... with the intent to cancel "
 "the orders before execution.', before the sentence that breaks off ('According to the Order, the Traders\u2019 "
 "spoofing strategy frequently involved placing a relatively small bid or offer with the intent to execute that order "
 "(the Genuine Or'; `truncated`). Kept as written: '$11.5 million dollars', 'James McDonald, CFTC Director of "
 "Enforcement, stated:', 'from at least 2008 through 2014 certain traders' (no comma), the curly quotes and "
 "apostrophes. One text per matter: the news and law-firm copies (mondaq, behavox, gata.org's MarketWatch copy, "
 "constantinecannon, thetradenews, kitco, checknft) are not taken; the Justice Department's non-prosecution agreement "
 "with MLCI (the same conduct) was not asked. " + CHECK + "'7946-19', 'Merrill Lynch Commodities', 'MLCI': 0 in the "
 "corpus files, GATHERING.md, the scripts, the notes and the pools; 'Merrill Lynch' alone only in other matters "
 "(auction-rate securities, Merrill Lynch Investment Managers 2007).",
 True))

# ---- Freepoint Commodities LLC, misappropriation order, DOJ Fraud Section DPA, CFTC 8834-23 ---------------------------
U3 = "https://www.cftc.gov/PressRoom/PressReleases/8834-23"
T3 = ("CFTC Orders Freepoint Commodities LLC to Pay $91 million for Fraudulent Scheme to Misappropriate Material "
      "Non-Public Information")
R.append(federal(
 "us-cftc-freepoint-commodities-stamford-misappropriation-non-public-information-fuel-oil-doj-fraud-section-2023",
 U3, "2023-12-14", T3,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling "
 "misappropriation-based fraud charges against Freepoint Commodities LLC, a commodities merchant in Stamford, "
 "Connecticut. The fraudulent and deceptive conduct spanned from 2012 to 2018 and involved unlawful misconduct designed "
 "to obtain material non-public information from a South American state-owned enterprise (SOE) in connection with the "
 "purchase and sale of fuel oil. The order requires Freepoint to pay more than $91 million in civil monetary penalties "
 "and disgorgement.\n\n"
 "The CFTC" + Q + "s order finds that Freepoint" + Q + "s fraudulent conduct, by which it improperly obtained and then "
 "traded on the SOE" + Q + "s material non-public information, undermined the integrity of U.S. and global oil "
 "markets. These actions violated the Commodity Exchange Act (CEA). This case is brought in coordination with the "
 "Division of Enforcement" + Q + "s Corruption and Insider Trading Task Forces.\n\n"
 + L + "Misappropriation in the oil and gas markets harms not only physical and related derivative market "
 "participants, but the integrity of these markets," + R_ + " said Director of Enforcement Ian McGinley. " + L + "As "
 "demonstrated today, the CFTC uses its authority under the CEA to ensure that the market is not influenced by "
 "whichever company is willing to pay the biggest bribes." + R_ + "\n\n"
 "In a parallel matter, the Department of Justice" + Q + "s (DOJ) Fraud Section today announced entry of a deferred "
 "prosecution agreement (DPA) with Freepoint, deferring criminal prosecution on a charge of conspiracy to violate the "
 "Foreign Corrupt Practices Act. Under the terms of the DPA, Freepoint agreed, among other things, to pay a criminal "
 "penalty and forfeiture.",
 "commodities trading/commodity futures regulation", "regulatory,enforcement,settlement,fraud,corruption",
 "U.S. Commodity Futures Trading Commission, release 8834-23 '" + T3 + "', Washington, D.C., December 14, 2023, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 8834-23' and the date line 'December 14, 2023' (kept as "
 "`published`; on the page it follows the heading), the dateline 'Washington, D.C. \u2014' and the sub-heading "
 "'Related Criminal Action' (a heading line before the last kept paragraph); the heading kept as `title` (as written, "
 "'$91 million' in lower case). Cut after '... to pay a criminal penalty and forfeiture.', before the sentence that "
 "breaks off ('The CFTC order recognizes and offsets a portion of any criminal penalty or fo'; `truncated`). Kept as "
 "written: 'misappropriation-based', 'non-public', 'the Department of Justice\u2019s (DOJ) Fraud Section', 'Director "
 "of Enforcement Ian McGinley', the curly quotes and apostrophes. One text per matter: the news and law-firm copies "
 "(fincrime.news.blog, katten, grcreport, willkie, findknowdo, eualternatives) are not taken; the Justice "
 "Department's own DPA release (52f's not-used list: news copies only) is the same matter. " + CHECK + "'8834-23', "
 "'Freepoint': 0 in the corpus files, the scripts and the pools; 'Freepoint' three times in GATHERING.md and once in "
 "/work/notes (52f's FCPA-lane not-used list and leads: the DOJ side, no first-party copy), so the matter is in no "
 "corpus file; 'Ian McGinley' only in 51v's, 51zf's and 51zk's files (other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

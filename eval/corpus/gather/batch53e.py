#!/usr/bin/env python3
"""Batch 53e (session 54, gatherer 53e): three CFTC enforcement press releases of 2005 and 2007 on cftc.gov, new matters
in the federal SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n and 52za) -- the settled orders against
'Armajaro Trading Limited (Armajaro), a UK company located in London' and 'Warenhandelsgesellschaft Corinth, m.b.H.
(Corinth), a German trading company' for prearranged cocoa cross trades on 'the Coffee, Sugar & Cocoa Exchange (CSCE),
a subsidiary of the New York Board of Trade' (5093-05, 29 June 2005); the settled wash-sales order against 'CIC Banque
Credit Industriel D'Alsace Et De Lorraine Soci\u00e9t\u00e9 Anonyme (Banque CIAL), based in Strasbourg, France', 'part of
Cr\u00e9dit Industriel et Commercial (CIC), a French banking group' (5393-07, 28 September 2007); the consent order of
permanent injunction that 'U.S. District Court Judge Robert B. Kugler of the District of New Jersey' entered against
'Coyt E. Murray, of Tega Cay, South Carolina, and four Gastonia, North Carolina companies he controlled' (Tech Traders,
Inc., Tech Traders, Ltd., Magnum Investments, Ltd., Magnum Capital Investments, Ltd.) (5357-07, 23 July 2007) -- US
federal government works (17 U.S.C. 105). Found from cftc.gov's enforcement index page 168 (the Tech Traders heading)
and from party-name queries (the wash-trade releases came back beside the Fimat / Refco Overseas / Credit Lyonnais
Rouse release 5002-04, whose copy has no date line; see /work/notes/gather54/53e.md). Every name, release number and
address was checked first against the corpus files, GATHERING.md, the gather scripts and the session-54 pools:
  - CFTC release 5093-05 (29 June 2005), 'U.S. COMMODITY FUTURES TRADING COMMISSION SANCTIONS UK AND GERMAN TRADING
    COMPANIES FOR ILLEGALLY PREARRANGING FUTURES TRADES THAT REPRESENTED FICTITIOUS SALES ON U.S. MARKETS'
    (cftc.gov's 'sites/default/files/opa/enf05/opa5093-05.htm');
  - CFTC release 5393-07 (28 September 2007), 'French Company Banque CIAL Agrees to Pay Civil Penalty ...'
    (cftc.gov's 'PressRoom/PressReleases/pr5393-07');
  - CFTC release 5357-07 (23 July 2007), 'New Jersey Court Order Imposes More Than $30 Million in Sanctions against
    Coyt E. Murray, Tech Traders, Inc., ...' (cftc.gov's 'node/178841').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather54e/src). Left out: the release
number and 'For Release' lines (the date kept as `published`), 5093-05's letterhead lines (seal, office, address), the
datelines ('WASHINGTON, D.C. \u2013', 'Washington, DC \u2013', 'Washington, D.C. \u2013'); the heading kept as `title` as
written. No word added or changed; the page's lines kept as paragraphs, joined by a blank line; curly quotes and
apostrophes kept. Each cut at the last full sentence before the excerpt breaks off (`truncated`). Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch53e.py [POOL_DIR] [--dry]   (default /tmp/gather54e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-54 pools /tmp/gather54*/ (none held a file on this matter when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54e/pool"
Q = "\u2019"
L, R_ = "\u201c", "\u201d"
R = []

# ---- Armajaro Trading Limited and Warenhandelsgesellschaft Corinth, CSCE (NYBOT subsidiary), CFTC 5093-05 ------------
U1 = "https://www.cftc.gov/sites/default/files/opa/enf05/opa5093-05.htm"
T1 = ("U.S. COMMODITY FUTURES TRADING COMMISSION SANCTIONS UK AND GERMAN TRADING COMPANIES FOR ILLEGALLY PREARRANGING "
      "FUTURES TRADES THAT REPRESENTED FICTITIOUS SALES ON U.S. MARKETS")
R.append(federal(
 "us-cftc-armajaro-trading-warenhandelsgesellschaft-corinth-prearranged-cocoa-cross-trades-csce-nybot-2005",
 U1, "2005-06-29", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the filing and simultaneous settlement of "
 "charges under the Commodity Exchange Act (CEA) that Armajaro Trading Limited (Armajaro), a UK company located in "
 "London that engages in cocoa trading operations in Ghana and the Ivory Coast, and Warenhandelsgesellschaft Corinth, "
 "m.b.H. (Corinth), a German trading company, each knowingly participated in two illegal, prearranged cocoa spread "
 "cross trades on the Coffee, Sugar & Cocoa Exchange (CSCE), a subsidiary of the New York Board of Trade.\n\n"
 "The CFTC order finds that, on April 1 and 16, 2002, employees of Armajaro and Corinth engaged in a series of "
 "communications with one another about specific quantities and prices of the cocoa futures contracts to be bought "
 "and sold between the two companies on the CSCE. On both occasions, prior to the trades being submitted for execution "
 "on the CSCE, employees of Armajaro and/or Corinth had telephone conversations regarding the specific proposed trades "
 "with the broker who caused the orders to be entered later on those days, the order finds. The prearrangement of the "
 "buy and sell orders ensured that the orders would meet on the trading floor at the specific prices and quantities "
 "agreed upon prior to the execution of the trades, according to the order.\n\n"
 "The CFTC found that these prearranged cross trades negated market risk and price competition, and therefore "
 "constituted both fictitious sales under the CEA and noncompetitive trades under CFTC regulations.",
 "commodity trading/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, release 5093-05 '" + T1 + "', Washington, D.C., June 29, 2005, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'sites/default/files/opa/"
 "enf05' archive address; the same release at cftc.gov/opa/enf05/opa5093-05.htm came back too, without the date line): "
 "first-party text. Left out: the letterhead lines ('CFTC Seal', 'Commodity Futures Trading Commission', 'Office of "
 "External Affairs (202) 418-5093', 'Three Lafayette Centre', '1155 21st Street, NW', 'Washington, DC 20581'), "
 "'Release: 5093-05', 'For Release: June 29, 2005' (kept as `published`) and the dateline 'WASHINGTON, D.C. \u2013'; the "
 "heading kept as `title` in its capitals. Cut after '... noncompetitive trades under CFTC regulations.', before the "
 "excerpt breaks off ('The order directs Armajaro and Corinth to cease and desist from further viol'; `truncated`). "
 "Kept as written: 'Warenhandelsgesellschaft Corinth, m.b.H.', 'Coffee, Sugar & Cocoa Exchange', 'April 1 and 16, "
 "2002', 'Armajaro and/or Corinth'. " + CHECK + "'5093-05', 'Armajaro', 'Corinth', 'Warenhandelsgesellschaft', "
 "'Coffee, Sugar', 'New York Board of Trade': 0 in the corpus files, GATHERING.md, the scripts and the pools.",
 True))

# ---- Banque CIAL (part of Credit Industriel et Commercial), Treasury note wash sales on the CBOT, CFTC 5393-07 --------
U2 = "http://www.cftc.gov/PressRoom/PressReleases/pr5393-07"
T2 = ("French Company Banque CIAL Agrees to Pay Civil Penalty to Settle U.S. Commodity Futures Trading Commission Charges "
      "that it Engaged in Wash Sales in the Treasury Futures Markets")
R.append(federal(
 "us-cftc-banque-cial-part-of-credit-industriel-et-commercial-treasury-note-wash-sales-cbot-2007",
 U2, "2007-09-28", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced the issuance of an order filing and "
 "simultaneously settling charges against CIC Banque Credit Industriel D" + Q + "Alsace Et De Lorraine Soci\u00e9t\u00e9 "
 "Anonyme (Banque CIAL), based in Strasbourg, France, for engaging in wash sales in the Five Year and Two Year Treasury "
 "Note Futures Markets on June 30, 2004. Banque CIAL is part of Cr\u00e9dit Industriel et Commercial (CIC), a French "
 "banking group.\n\n"
 "The CFTC order finds that on June 30, 2004, a trader at Banque CIAL in France placed orders through a Canadian broker "
 "to simultaneously buy and sell 2,940 contracts of September 2004 Five Year Treasury Note futures contracts. After "
 "being transmitted to a U.S. broker, the orders were executed by brokers on the trading floor of the Chicago Board of "
 "Trade at the same price and approximately at the same time.\n\n"
 "Upon receiving confirmations for the Five Year Note futures, the Banque CIAL trader placed a second set of orders to "
 "simultaneously buy and sell 2,363 contracts of September 2004 Two Year Treasury Note futures contracts. These orders "
 "were also executed at approximately the same time and at the same price on the Chicago Board of Trade.\n\n"
 "These transactions were not intended to make a profit or loss for Banque CIAL or expose Banque CIAL to market risk, "
 "and they did not result in a net change in market position. Indeed, Banque CIAL" + Q + "s avowed purpose in entering "
 "the transactions was to assess its internal risk management system.",
 "banking/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, release 5393-07 '" + T2 + "', Washington, DC, September 28, 2007, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 5393-07', 'Release: 5393-07', 'For Release: September 28, "
 "2007' (kept as `published`) and the dateline 'Washington, DC \u2013'; the heading kept as `title` (title case, as "
 "written). Cut after '... to assess its internal risk management system.', before the excerpt breaks off "
 "('Accordingly, the CFTC order finds ... while avoi'; `truncated`). Kept as written: 'CIC Banque Credit Industriel "
 "D" + Q + "Alsace Et De Lorraine Soci\u00e9t\u00e9 Anonyme' (no accent on 'Credit' there, the curly apostrophe, the capitals "
 "'Et De'), 'Cr\u00e9dit Industriel et Commercial (CIC)', 'Five Year and Two Year Treasury Note Futures Markets' "
 "(capitals). " + CHECK + "'5393-07', 'Banque CIAL', 'Credit Industriel D', 'Cr\u00e9dit Industriel et Commercial', "
 "'Alsace': 0 in the corpus files, GATHERING.md, the scripts and the pools ('Industriel' only in Renault "
 "V\u00e9hicules Industriels, 32d; 'Strasbourg' and 'Chicago Board of Trade' in other matters' files).",
 True))

# ---- Coyt E. Murray, Tech Traders and Magnum (Gastonia, North Carolina), J. Vernon Abernethy, CFTC 5357-07 -------------
U3 = "https://cftc.gov/node/178841"
T3 = ("New Jersey Court Order Imposes More Than $30 Million in Sanctions against Coyt E. Murray, Tech Traders, Inc., Tech "
      "Traders, Ltd., Magnum Investments, Ltd., and Magnum Capital Investments, Ltd. in Anti-Fraud Action Brought by the "
      "U.S. Commodity Futures Trading Commission")
R.append(federal(
 "us-cftc-tech-traders-magnum-investments-coyt-murray-gastonia-commodity-pool-ponzi-consent-order-2007",
 U3, "2007-07-23", T3,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that on June 28, 2007, U.S. District Court "
 "Judge Robert B. Kugler of the District of New Jersey entered a consent order of permanent injunction against "
 "defendants Coyt E. Murray, of Tega Cay, South Carolina, and four Gastonia, North Carolina companies he controlled: "
 "Tech Traders, Inc. and Tech Traders, Ltd. (collectively, Tech Traders), and Magnum Investments, Ltd. and Magnum "
 "Capital Investments, Ltd. (collectively, Magnum).\n\n"
 "The order requires the defendants to pay more than $30.4 million in sanctions for fraudulently soliciting millions "
 "of dollars from investors for a commodity pool that purportedly generated double-digit gains for 23 out of 33 months "
 "trading commodity futures, when it was actually losing millions of dollars.\n\n"
 "The order stems from a CFTC complaint filed April 1, 2004, and amended on August 12, 2004, which alleged, in part, "
 "that Murray operated a multi-million dollar Ponzi scheme through a " + L + "super fund" + R_ + " known as Tech Traders "
 "(see CFTC Press Release, 4908-04, April 6, 2004).\n\n"
 "According to the order, entered on June 28, 2007, from 1998 through April 1, 2004, Murray, Tech Traders, and Magnum "
 "solicited more than $47 million from customers to trade commodity interests using a supposedly successful "
 + L + "portfolio" + R_ + " trading system, when, in reality, Tech Traders and Magnum lost over $10 million trading "
 "commodity interests.\n\n"
 "Moreover, in 2001, Murray and Tech Traders engaged a purportedly independent certified public accountant, defendant "
 "J. Vernon Abernethy, to verify Tech Traders" + Q + " trading results.",
 "commodity pools/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 5357-07 '" + T3 + "', Washington, D.C., July 23, 2007, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'node' address): "
 "first-party text. Left out: 'Release Number 5357-07', 'Release: 5357-07', 'For Release: July 23, 2007' (kept as "
 "`published`) and the dateline 'Washington, D.C. \u2013'; the heading kept as `title` (title case, as written). Cut "
 "after '... to verify Tech Traders" + Q + " trading results.', before the excerpt breaks off ('However, Murray and "
 "Tech Traders supp'; `truncated`). Kept as written: 'U.S. District Court Judge Robert B. Kugler of the District of "
 "New Jersey' (no court named in full), 'four Gastonia, North Carolina companies', the two '(collectively, ...)' "
 "names, 'see CFTC Press Release, 4908-04, April 6, 2004' (comma after 'Release'), the curly quotes round 'super "
 "fund' and 'portfolio'. One text per matter: 4908-04 (the 2004 complaint) did not come back as a cftc.gov page "
 "(court opinions on the Equity Financial Group / Shasta feeder-fund part came back instead). " + CHECK + "'5357-07', "
 "'4908-04', 'Tech Traders', 'Coyt', 'Magnum Investments', 'Magnum Capital', 'Abernethy', 'Kugler', 'Tega Cay', "
 "'Gastonia': 0 in the corpus files, GATHERING.md, the scripts and the pools ('Magnum' only as Magnum Hunter, "
 "another matter).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 49k (session 50, gatherer 49k): two CFTC enforcement press releases of 2003-2004 from the energy-trading
investigations, each naming trading firms with the groups that own them -- the settlement by which El Paso Merchant
Energy, L.P., 'a division of El Paso Corporation', pays $20 million over false natural gas price reports, with the
CFTC's Chairman James E. Newsome and Commissioner Sharon Brown-Hruska quoted (CFTC press release 4765-03, 26 March
2003); the $50 million in penalties on six energy trading firms -- Aquila Merchant Services (a subsidiary of Aquila,
Inc.), e prime, Inc. (a wholly-owned subsidiary of Xcel Energy Inc.), Entergy Koch Trading, L.P. (a subsidiary of
Entergy Koch LP), ONEOK Inc. with ONEOK Energy Marketing and Trading Company, L.P., and Calpine Energy Services, L.P. (a
wholly owned subsidiary of Calpine Corporation) -- with Chairman James Newsome quoted (CFTC press release 4883-04, 28
January 2004) -- US federal government works (17 U.S.C. 105), the federal SEC/CFTC lane of session 50 (after batches
40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g and 49h), on new matters. From 49h's leads: the separate CFTC order
against Frank Otis and Glenn Millar did not come back from the store (only the DFA release 5584-08, taken in 49h, and
its news rewrites, none naming the subsidiary); FCStone/Commodity Operations (pr6205-12) was not taken (no tie stated,
as 49h found). Every name, release number and address was checked first against the corpus files, GATHERING.md, the
gather scripts and the session-50 pools:
  - CFTC press release 4765-03 (26 March 2003), 'EL PASO TRADING UNIT AGREES TO PAY $20 MILLION TO SETTLE CFTC CHARGES
    OF ATTEMPTED MANIPULATION AND FALSE REPORTING': the CFTC, Houston, Texas, El Paso Merchant Energy, L.P., El Paso
    Corporation, James E. Newsome, the President's Corporate Fraud Task Force, Sharon Brown-Hruska, the U.S. (cftc.gov's
    'opa/enf03/opa4765-03.htm');
  - CFTC press release 4883-04 (28 January 2004), 'U.S. COMMODITY FUTURES TRADING COMMISSION IMPOSES A TOTAL OF $50
    MILLION IN CIVIL PENALTIES ON SIX ENERGY TRADING FIRMS': the CFTC, Aquila Merchant Services, Aquila, Inc., e prime,
    Inc., Xcel Energy Inc., Entergy Koch Trading, L.P., Entergy Koch LP, ONEOK Inc., ONEOK Energy Marketing and Trading
    Company, L.P., Calpine Energy Services, L.P., Calpine Corporation, James Newsome, the Enforcement Division (cftc.gov's
    'opa/enf04/opa4883-04.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). The letterhead, the release-number and release-date
lines, the sub-headings under a heading, the datelines and the bracketed links to the orders are left out (each heading
kept as `title`, in its capitals, the date as `published`); no word added or changed; the page's lines kept as
paragraphs, joined by a blank line; each text cut at the last full sentence before the store's excerpt breaks off.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch49k.py [POOL_DIR] [--dry]   (default /tmp/gather50k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-50 pools /tmp/gather50*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50k/pool"
R = []

# ---- El Paso Merchant Energy settlement, CFTC press release 4765-03, 26 March 2003 (cftc.gov) ---------------------------
U1 = "http://cftc.gov/opa/enf03/opa4765-03.htm"
T1 = ("EL PASO TRADING UNIT AGREES TO PAY $20 MILLION TO SETTLE CFTC CHARGES OF ATTEMPTED MANIPULATION AND FALSE "
      "REPORTING")
R.append(federal(
 "us-cftc-el-paso-merchant-energy-division-el-paso-corporation-natural-gas-false-reporting-attempted-manipulation-2003",
 U1, "2003-03-26", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today the issuance of an administrative order settling "
 "charges of attempted manipulation and false reporting against Houston, Texas energy company El Paso Merchant Energy, "
 "L.P. (EPME), a division of El Paso Corporation (El Paso).\n\n"
 "In commenting on this matter, CFTC Chairman James E. Newsome said:\n\n"
 "\"The Commission has been aggressive, yet methodical, as it performs the difficult task of thoroughly investigating "
 "energy companies. Today\u2019s settlement is yet another indication of progress being made in our energy "
 "investigation. We will continue to work hand-in-hand with the President\u2019s Corporate Fraud Task Force to uncover "
 "and prosecute false reporting, wash trading, and manipulation in the markets that we oversee.\"\n\n"
 "CFTC Commissioner Sharon Brown-Hruska stated:\n\n"
 "\"The gas and power markets are vital to the U.S. economy, and the Commission, as a market regulator, is committed "
 "to maintaining their credibility. This settlement demonstrates that commitment by sending a strong message that "
 "fraudulent and manipulative schemes will not be tolerated. I believe this action, in conjunction with others that "
 "the Commission has taken, will serve as deterrence to others who contemplate similar actions and will aid in the "
 "restoration of confidence and integrity in the energy markets.\"",
 "energy/commodity futures regulation", "regulatory,enforcement,settlement,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 4765-03 '" + T1 + "', Washington, D.C., March 26, 2003, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf03' archive "
 "address): first-party text. Left out: the lines 'Release: 4765-03' and 'For Release: March 26, 2003' (kept as "
 "`published`), the sub-heading 'El Paso Merchant Energy, L.P. Settles Claims Under the Commodity Exchange Act That It "
 "Intentionally Reported False Natural Gas Price and Volume Information to Energy Reporting Firms in an Attempt to "
 "Affect Prices of Natural Gas Contracts', the dateline 'WASHINGTON, D.C. -'; the heading kept as `title` in its "
 "capitals. Each line of the page is its own paragraph, so each speaker's line ('... Newsome said:', '... "
 "Brown-Hruska stated:') stands before its quotation as the page sets it. Cut after Brown-Hruska's quotation ('... in "
 "the energy markets.\"'), before the paragraph 'The CFTC settlement order finds that from at least June 2000 through "
 "November 2001, EPME reported false natural gas trading information ...', which the store's excerpt breaks off at "
 "'... to cert' (`truncated`). Kept as written: straight double quotation marks beside curly apostrophes "
 "('Today\u2019s', 'President\u2019s'), 'hand-in-hand', 'Houston, Texas energy company' without a comma after "
 "'Texas'. 199 words. One text per matter: no news rewrite was taken. Found with 'CFTC false reporting natural gas "
 "prices index wholly-owned subsidiary energy company settles 2003' (rank 3) and 'El Paso Trading Unit agrees to pay "
 "$20 million to settle CFTC charges attempted manipulation false reporting El Paso Merchant Energy' (rank 1). "
 + CHECK + "'4765-03', 'opa4765', 'opa/enf0', 'El Paso Merchant', 'Newsome', 'Brown-Hruska': 0 in the corpus files, "
 "GATHERING.md, the gather scripts and the pools; 'El Paso' in two corpus files, GATHERING.md and four gather scripts "
 "(the Justice Department's Dyno Nobel / El Paso Corporation / Coastal Chem ammonium nitrate case of 2004, and a "
 "journalists' memorial story: other matters); 'Corporate Fraud Task Force' 0 in the corpus files, only in "
 "GATHERING.md's notes of Justice Department queries that returned the task force's fact sheets (no text taken).",
 True))

# ---- Six energy trading firms, CFTC press release 4883-04, 28 January 2004 (cftc.gov) ----------------------------------
U2 = "http://www.cftc.gov/opa/enf04/opa4883-04.htm"
T2 = ("U.S. COMMODITY FUTURES TRADING COMMISSION IMPOSES A TOTAL OF $50 MILLION IN CIVIL PENALTIES ON SIX ENERGY TRADING "
      "FIRMS")
R.append(federal(
 "us-cftc-aquila-xcel-energy-entergy-koch-oneok-calpine-subsidiaries-six-energy-trading-firms-false-reporting-2004",
 U2, "2004-01-28", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today the issuance of five administrative orders "
 "filing and simultaneously settling charges of wrongdoing against six energy firms.\n\n"
 "Aquila Merchant Services (AMS), a subsidiary of Aquila, Inc. (Aquila), agreed to pay $26.5 million and e prime, Inc. "
 "(eprime), a wholly-owned subsidiary of Xcel Energy Inc. (Xcel Energy), agreed to pay $16 million to settle charges of "
 "false reporting and attempted manipulation of natural gas prices.\n\n"
 "The CFTC also settled with several other energy companies on charges of false reporting only: Entergy Koch Trading, "
 "L.P. (EKT), a subsidiary of Entergy Koch LP (EKLP), and ONEOK Inc. and ONEOK Energy Marketing and Trading Company, "
 "L.P. (OEMT) together, will each pay $3 million; and Calpine Energy Services, L.P. (Calpine Energy), a wholly owned "
 "subsidiary of Calpine Corporation (Calpine) will pay $ 1.5 million to settle the charges.\n\n"
 "CFTC Chairman James Newsome stated:\n\n"
 "\"As I have stated on numerous occasions during the energy investigations, we will investigate and punish wrongdoers "
 "as expeditiously as possible and move forward. I commend our Enforcement Division for their good work.\"",
 "energy/commodity futures regulation", "regulatory,enforcement,settlement,subsidiaries",
 "U.S. Commodity Futures Trading Commission, press release 4883-04 '" + T2 + "', Washington D.C., January 28, 2004, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'opa/enf04' archive "
 "address): first-party text. Left out: the letterhead ('CFTC Seal', 'Commodity Futures Trading Commission', 'Office "
 "of External Affairs (202) 418-5080', 'Three Lafayette Centre', '1155 21st Street, NW', 'Washington, DC 20581'), the "
 "lines 'Release: 4883-04' and 'For Release: January 28, 2004' (kept as `published`), the two sub-headings "
 "'Subsidiaries of Energy Companies Aquila, Inc. and Xcel Energy Inc. Pay $26.5 Million and $16 Million, Respectively, "
 "To Settle Charges of False Reporting and Attempted Manipulation' and 'Also Settling Charges Of False Reporting Are "
 "Entergy Koch Trading, L.P., Oneok, Inc. and Its Trading Subsidiary and Calpine Energy Services, L.P.', the dateline "
 "'WASHINGTON D.C. -', and the bracketed links to the orders at the ends of the second and third paragraphs ('( AMS "
 "order e prime order)', '(EKT order; OEMT Order; Calpine Order)': link labels, site furniture as other batches drop "
 "them -- doubtful, as words of the page); the heading kept as `title` in its capitals. Cut after Chairman Newsome's "
 "quotation ('... for their good work.\"'), before 'Commenting on these matters, CFTC Director of Enforcement Gregory "
 "Mocek', where the store's excerpt breaks off (`truncated`; Mocek is therefore not in the text). Kept as written: "
 "'wholly-owned' and 'wholly owned', '$ 1.5 million' with its space, the missing comma after 'Calpine Corporation "
 "(Calpine)', 'ONEOK' in capitals. 180 words. One text per matter: naturalgasintel's report of the same six "
 "settlements is not taken. Found with 'CFTC false reporting natural gas prices index wholly-owned subsidiary energy "
 "company settles 2003' (rank 8) and 'CFTC Williams Power Company subsidiary of The Williams Companies false reporting "
 "$20 million 2004' (rank 5). "
 + CHECK + "'4883-04', 'opa4883', 'Aquila Merchant', 'Aquila, Inc', 'e prime, Inc', 'eprime', 'Entergy Koch', "
 "'ONEOK', 'Calpine Energy', 'Mocek': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'Aquila' "
 "in three corpus files and GATHERING.md (Aquila Network Services and the 2002 Gloucestershire storms: another firm, "
 "another matter); 'Xcel Energy' 0 in the corpus files and once in GATHERING.md (its 2024 shutoffs: another "
 "matter); 'Entergy' in two corpus files (substation and power-grid attack cases) and in GATHERING.md (its hurricane "
 "outages): other matters; 'Calpine' in three corpus files (Wikinews on its 2005 bankruptcy, two in passing): other "
 "matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

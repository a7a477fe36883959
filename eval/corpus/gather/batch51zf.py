#!/usr/bin/env python3
"""Batch 51zf (session 52, gatherer 51zf): two CFTC enforcement press releases that name a bank's three registered
affiliates or an introducing broker with its principal -- the order against 'HSBC Bank USA, N.A., a provisionally
registered swap dealer, HSBC Securities (USA) Inc., a futures commission merchant, and HSBC Bank plc, a provisionally
registered swap dealer (collectively HSBC Affiliates)' for keeping no records of staff messages sent 'via personal
text and WhatsApp', with 'Director of Enforcement Ian McGinley' quoted (CFTC press release 8701-23, 12 May 2023,
cftc.gov); the order against 'Prime Agricultural Investors, Inc. (Prime), an introducing broker based in Wisconsin,
and Chad Henderson, a Principal and Associated Person of Prime' for moving profitable trades from customers' accounts
to his own (CFTC press release 8614-22, 20 October 2022, cftc.gov) -- US federal government works (17 U.S.C. 105),
the federal SEC/CFTC lane of session 52 (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h, 49k,
50a, 50d, 50g, 50j, 51a, 51g, 51o and 51v), on new matters. From 51v's leads: the 2022-2023 off-channel
recordkeeping orders were asked with each bank's name (HSBC, JPMorgan, the eleven institutions of September 2022, the
four of August 2023, Interactive Brokers) and CFTC 7803-18 by its heading words ('Introducing Broker and its
principals', Iowa, restitution). Only two texts came back as cftc.gov pages that name a firm's affiliates or a
principal with a title: 8701-23 at rank 5 of an HSBC query, 8614-22 at rank 7 of the 7803-18 query and rank 1 of its
own heading; the others came back as news, blog, law-firm or exchange copies only (7803-18, Kooima & Kaemingk
Commodities; JPMorgan 8470-21; 8599-22; the August 2023 four), as a cftc.gov page already in the corpus (Interactive
Brokers 8794-23, batch 50j) or as cftc.gov pages of another kind (HSBC 8702-23, one firm; CHS Hedging 8984-24, no
title or tie). Every name, release number and address was checked first against the corpus files, GATHERING.md, the
gather scripts, /work/notes and the session-52 pools:
  - CFTC press release 8701-23 (12 May 2023), 'CFTC Orders HSBC to Pay a $30 Million Penalty for Recordkeeping and
    Supervision Failures for Widespread Use of Unapproved Communication Methods': the CFTC, HSBC Bank USA, N.A., HSBC
    Securities (USA) Inc., HSBC Bank plc, Ian McGinley, WhatsApp (cftc.gov's
    'PressRoom/PressReleases/8701-23?ref=exchangeinvest.com');
  - CFTC press release 8614-22 (20 October 2022), 'CFTC Orders Wisconsin Broker to Pay Over $750,000 for Improper
    Trade Allocation and Additional Violations': the CFTC, Prime Agricultural Investors, Inc., Wisconsin, Chad
    Henderson (cftc.gov's 'PressRoom/PressReleases/8614-22').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
datelines ('Washington, D.C. \u2014') and the sub-heading 'Case Background' (both) are left out (each heading kept as
`title`, the date as `published`); the space ending one line (8614-22) is dropped; no word added or changed; the
page's lines kept as paragraphs, joined by a blank line. Both texts are cut at the last full sentence before the
store's excerpt breaks off (about 2,000 bytes; `truncated`). Written before any extractor ran on the texts (newskg
was not run on them).
usage: batch51zf.py [POOL_DIR] [--dry]   (default /tmp/gather52zf/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zf/pool"
R = []

# ---- HSBC Bank USA, N.A., HSBC Securities (USA) Inc. and HSBC Bank plc, recordkeeping order, CFTC 8701-23 ----------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/8701-23?ref=exchangeinvest.com"
T1 = ("CFTC Orders HSBC to Pay a $30 Million Penalty for Recordkeeping and Supervision Failures for Widespread Use of "
      "Unapproved Communication Methods")
R.append(federal(
 "us-cftc-hsbc-bank-usa-hsbc-securities-hsbc-bank-plc-affiliates-unapproved-communications-recordkeeping-2023",
 U1, "2023-05-12", T1,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "HSBC Bank USA, N.A., a provisionally registered swap dealer, HSBC Securities (USA) Inc., a futures commission "
 "merchant, and HSBC Bank plc, a provisionally registered swap dealer (collectively HSBC Affiliates). The order "
 "charges HSBC Affiliates with failing to maintain, preserve, or produce records that were required to be kept under "
 "CFTC recordkeeping requirements, and failing to diligently supervise matters related to their businesses as CFTC "
 "registrants.\n\n"
 "The HSBC Affiliates admit the facts detailed in the order, are ordered to cease and desist from further violations "
 "of recordkeeping and supervision requirements, and are ordered to engage in specified remedial undertakings.\n\n"
 "\u201cRecordkeeping requirements are critical to the Commission\u2019s oversight of registrants, and when a "
 "registrant disregards its obligations, it undermines the Commission\u2019s ability to effectively and efficiently "
 "conduct examinations and investigations,\u201d said Director of Enforcement Ian McGinley. \u201cAs this action and "
 "previous actions demonstrate, the Commission remains focused on diligently enforcing compliance with recordkeeping, "
 "supervision and other regulatory obligations.\u201d\n\n"
 "The order finds HSBC Affiliates for a period of years, failed to stop their employees, including those at senior "
 "levels, from communicating both internally and externally using unapproved communication methods, including "
 "messages sent via personal text and WhatsApp. The HSBC Affiliates were required to keep certain of these written "
 "communications because they related to the HSBC Affiliates\u2019 businesses as CFTC registrants.",
 "banking/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, press release 8701-23 '" + T1 + "', Washington, D.C., May 12, 2023, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address with a referrer tail): first-party text. Left out: the lines 'Release Number 8701-23' and 'May 12, 2023' "
 "(kept as `published`), the dateline 'Washington, D.C. \u2014' and the sub-heading 'Case Background' (a heading "
 "line between the quotation and the findings); the heading kept as `title`. Cut after '... because they related to "
 "the HSBC Affiliates\u2019 businesses as CFTC registrants.', before 'These written communications generally were not "
 "maintained and' (the store's excerpt breaks off there; `truncated`). Kept as written: 'HSBC Bank USA, N.A., a "
 "provisionally registered swap dealer, HSBC Securities (USA) Inc., a futures commission merchant, and HSBC Bank plc, "
 "a provisionally registered swap dealer (collectively HSBC Affiliates)', 'HSBC Affiliates' with and without 'The', "
 "'Director of Enforcement Ian McGinley', 'The order finds HSBC Affiliates for a period of years, failed' (the comma "
 "as written), 'personal text and WhatsApp', the curly quotes and apostrophes. 232 words. The release is worded "
 "almost as 51v's Bank of Nova Scotia release (8699-23, issued the day before): a matter apart (other firms, another "
 "order, another quotation). One text per matter, one HSBC text per round: the news, blog and law-firm copies and "
 "the same day's separate order against HSBC Bank USA, N.A. alone (8702-23, swaps with bond issuers and spoofing, "
 "cftc.gov) are not taken. Found with 'cftc.gov PressReleases 8701-23 HSBC Affiliates $30 Million Penalty "
 "recordkeeping' (rank 5). "
 + CHECK + "'8701-23', '8702-23', 'HSBC Bank USA', 'HSBC Securities', 'HSBC Affiliates': 0 in the corpus files, "
 "GATHERING.md, the gather scripts, /work/notes and the pools; 'HSBC Bank plc' only in a file on another matter "
 "(Midland Bank's history) and batch 29d's script; 'HSBC' alone only in files on other matters (UK banking, Hana "
 "Bank, Meng Wanzhou and others); 'McGinley', 'unapproved communication' only in 51v's Bank of Nova Scotia file "
 "(another matter).",
 True))

# ---- Prime Agricultural Investors, Inc. and Chad Henderson, trade allocation order, CFTC 8614-22 ----------------------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/8614-22"
T2 = "CFTC Orders Wisconsin Broker to Pay Over $750,000 for Improper Trade Allocation and Additional Violations"
R.append(federal(
 "us-cftc-prime-agricultural-investors-wisconsin-principal-chad-henderson-improper-trade-allocation-2022",
 U2, "2022-10-20", T2,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "Prime Agricultural Investors, Inc. (Prime), an introducing broker based in Wisconsin, and Chad Henderson, a "
 "Principal and Associated Person of Prime, for violations of the Commodity Exchange Act (CEA) and CFTC regulations "
 "relating to improper allocation of customer trades.\n\n"
 "The order requires Prime to pay a $100,000 civil monetary penalty and Henderson to pay a $300,000 civil monetary "
 "penalty. Prime and Henderson will also be required to pay $463,459.65 in restitution. In addition, the order "
 "requires Prime to implement procedures and internal controls designed to prevent the improper allocation of "
 "trades. The order also permanently bars Henderson from trading customer funds in connection with transactions "
 "involving commodity interests.\n\n"
 "According to the order, from January 2018 to September 2019, Henderson, in his capacity as an Associated Person and "
 "Principal of Prime, transferred profitable futures transactions from his customers\u2019 commodity interest "
 "accounts to his own account. He also transferred his own unprofitable futures transactions to his customers\u2019 "
 "accounts. As a result, Henderson allocated profits to himself that should have gone to his customers and avoided "
 "losses that he otherwise would have incurred.  Based on these actions, during the relevant period, Prime and "
 "Henderson violated the CEA.\n\n"
 "The order also finds that Prime failed to adopt internal policies and procedures to effectively prevent this type "
 "of improper trading activity. For instance, it did not have a policy requiring that someone, in addition to the "
 "individual broker, review trade transfer requests of the kind that Henderson routinely made.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,settlement,fraud",
 "U.S. Commodity Futures Trading Commission, press release 8614-22 '" + T2 + "', Washington, D.C., October 20, 2022, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 8614-22' and 'October 20, 2022' (kept as "
 "`published`), the dateline 'Washington, D.C. \u2014', the sub-heading 'Case Background' (a heading line between "
 "the penalties and the findings) and the space ending the penalties' line; the heading kept as `title`. Cut after "
 "'... review trade transfer requests of the kind that Henderson routinely made.', before 'Prime also failed to "
 "diligently supervise Hend' (the store's excerpt breaks off mid-word; `truncated`). Kept as written: 'Prime "
 "Agricultural Investors, Inc. (Prime)', 'Chad Henderson, a Principal and Associated Person of Prime' and 'an "
 "Associated Person and Principal of Prime' (capitals), 'the Commodity Exchange Act (CEA)', '$463,459.65', the double "
 "space after 'incurred.', the curly apostrophes. 259 words. One text per matter: the law-firm copy (ruddylaw) and "
 "the CME Business Conduct Committee's notice on Henderson (cmegroup.com, a disciplinary notice of the exchange) "
 "are not taken. Found with 'CFTC Orders Iowa Introducing Broker and Its Principals to Pay Restitution failure to "
 "supervise associated person unauthorized trading' (rank 7) and its own heading (rank 1). "
 + CHECK + "'8614-22', 'Prime Agricultural', 'Chad Henderson': 0 in the corpus files, GATHERING.md, the gather "
 "scripts, /work/notes and the pools; 'trade allocation', 'improper allocation' 0 "
 "there too; 'Henderson' alone and 'Wisconsin' only in files on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

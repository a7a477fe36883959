#!/usr/bin/env python3
"""Batch 51v (session 52, gatherer 51v): two CFTC enforcement press releases that name a firm with its affiliate or a
registrant with the agency's officers -- the order against 'The Bank of Nova Scotia, a provisionally registered swap
dealer and Scotia Capital USA Inc., a futures commission merchant, (collectively BNS Affiliates)' for keeping no
records of staff messages sent 'via personal text and WhatsApp', with 'Director of Enforcement Ian McGinley' quoted
(CFTC press release 8699-23, 11 May 2023, cftc.gov); the order against 'Nathan Harris, a CFTC registrant, of Akron,
Iowa' for fraud, unauthorized trading and a breach of 'CME's live cattle spot-month limit', with 'CFTC Chairman Heath
P. Tarbert' quoted (CFTC press release 8002-19, 9 September 2019, cftc.gov) -- US federal government works (17 U.S.C.
105), the federal SEC/CFTC lane of session 52 (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d, 49g, 49h,
49k, 50a, 50d, 50g, 50j, 51a, 51g and 51o), on new matters. From 51o's leads: the headings of cftc.gov's enforcement
index pages were asked one by one with their own heading words -- the govdelivery page 37 (2020: 'CFTC Orders The
Bank of Nova Scotia to Pay ...' three times, 'CFTC Orders Toronto-Based Firm to Pay $500,000 ...', 'CFTC Obtains $3.8
Million Fraud Judgment Against Commodity Pool Operator and its Owner'), the /es/ page 44 (2019: the chief compliance
officer, trading systems firm, Merrill Lynch audit trail, live cattle registrant and binary options principal
headings) and page 114 (2012: Farr Financial, GlobeFX Club, Oscar Hernandez, John B. Wilson, David M. Nunn). Only the
two texts here came back as cftc.gov pages that name a firm's affiliate or an officer with a title (8699-23 at rank 7
of a Bank of Nova Scotia query, 8002-19 at rank 3 of its own heading); the rest came back as news, blog, law-firm or
court copies only, or as cftc.gov pages naming no tie and no title (Farr Financial 6379-12). Every name, release
number and address was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes and the
session-52 pools:
  - CFTC press release 8699-23 (11 May 2023), 'CFTC Orders The Bank of Nova Scotia to Pay a $15 Million Penalty for
    Recordkeeping and Supervision Failures for Widespread Use of Unapproved Communication Methods': the CFTC, The Bank
    of Nova Scotia, Scotia Capital USA Inc., Ian McGinley, the Division of Enforcement, WhatsApp (cftc.gov's
    'PressRoom/PressReleases/8699-23?utm_source=govdelivery');
  - CFTC press release 8002-19 (9 September 2019), 'CFTC Orders Registrant to Pay $1.25 Million for Fraud,
    Unauthorized Trading, and Violating Speculative Position Limits in Live Cattle Futures': the CFTC, Nathan Harris,
    Akron, Iowa, Heath P. Tarbert, America, CME (cftc.gov's 'PressRoom/PressReleases/8002-19').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
datelines ('Washington, D.C. \u2014', 'Washington, DC \u2013') and the sub-heading 'Case Background' (8699-23) are
left out (each heading kept as `title`, the date as `published`); the store's blank lines holding one space (8002-19)
and the spaces ending a line are dropped; no word added or changed; the page's lines kept as paragraphs, joined by a
blank line. Both texts are cut at the last full sentence before the store's excerpt breaks off (about 2,000 bytes;
`truncated`). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51v.py [POOL_DIR] [--dry]   (default /tmp/gather52v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52v/pool"
R = []

# ---- The Bank of Nova Scotia and Scotia Capital USA Inc., recordkeeping order, CFTC 8699-23, 11 May 2023 -----------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/8699-23?utm_source=govdelivery"
T1 = ("CFTC Orders The Bank of Nova Scotia to Pay a $15 Million Penalty for Recordkeeping and Supervision Failures for "
      "Widespread Use of Unapproved Communication Methods")
R.append(federal(
 "us-cftc-bank-of-nova-scotia-scotia-capital-usa-affiliates-unapproved-communications-recordkeeping-2023",
 U1, "2023-05-11", T1,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "The Bank of Nova Scotia, a provisionally registered swap dealer and Scotia Capital USA Inc., a futures commission "
 "merchant, (collectively BNS Affiliates). The order charges BNS Affiliates with failing to maintain, preserve, or "
 "produce records that were required to be kept under CFTC recordkeeping requirements, and failing to diligently "
 "supervise matters related to their businesses as CFTC registrants.\n\n"
 "The BNS Affiliates admit the facts detailed in the order, are ordered to cease and desist from further violations of "
 "recordkeeping and supervision requirements, and are ordered to engage in specified remedial undertakings.\n\n"
 "\u201cAdhering to the Commission\u2019s recordkeeping and supervision requirements is not optional,\u201d said "
 "Director of Enforcement Ian McGinley. \u201cThis matter is another in a series of cases that reflects the "
 "Commission\u2019s commitment to ensuring the Division of Enforcement can effectively investigate potential "
 "misconduct and, where needed, hold wrongdoers operating in our markets to account.\u201d\n\n"
 "The order finds BNS Affiliates for a period of years, failed to stop their employees, including those at senior "
 "levels, from communicating both internally and externally using unapproved communication methods, including "
 "messages sent via personal text and WhatsApp. BNS Affiliates were required to keep certain of these written "
 "communications because they related to BNS Affiliates\u2019 businesses as CFTC registrants.",
 "banking/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, press release 8699-23 '" + T1 + "', Washington, D.C., May 11, 2023, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address with the govdelivery tail): first-party text. Left out: the lines 'Release Number 8699-23' and 'May 11, "
 "2023' (kept as `published`), the dateline 'Washington, D.C. \u2014', the sub-heading 'Case Background' (a heading "
 "line between the quotation and the findings) and the space ending the quotation's line; the heading kept as "
 "`title`. Cut after '... because they related to BNS Affiliates\u2019 businesses as CFTC registrants.', before 'These "
 "written communications generally were not maintained and preserved by the BNS Affiliates, ... to the CFTC when "
 "reque' (the store's excerpt breaks off mid-word; `truncated`). Kept as written: 'The Bank of Nova Scotia' (capital "
 "'The' mid-sentence), 'a provisionally registered swap dealer and Scotia Capital USA Inc., a futures commission "
 "merchant, (collectively BNS Affiliates)' (with its comma before the bracket), 'BNS Affiliates' with and without "
 "'The', 'Director of Enforcement Ian McGinley', 'The order finds BNS Affiliates for a period of years, failed' (the "
 "comma as written), 'personal text and WhatsApp', the curly quotes and apostrophes. 218 words. One text per matter: "
 "the news copies and the CFTC's earlier Bank of Nova Scotia releases on other matters (7818-18, the 2018 spoofing "
 "order; 8222-20 and the $127.4 million and $77.4 million releases of August 2020, spoofing, swap dealer compliance "
 "and false statements) are not taken. Found with 'CFTC enforcement actions index Bank of Nova Scotia TeraExchange "
 "Mintco Toronto-based' (rank 7). "
 + CHECK + "'8699-23', 'Scotia Capital', 'McGinley', 'unapproved communication': 0 in the corpus files, GATHERING.md, the "
 "gather scripts, /work/notes and the pools; 'Bank of Nova Scotia' 0 in the corpus files, only in 51o's leads in "
 "GATHERING.md and /work/notes; 'Nova Scotia' alone only in files on the Canadian province and its power utility; "
 "'WhatsApp' only in files on other matters.",
 True))

# ---- Nathan Harris, live cattle order, CFTC 8002-19, 9 September 2019 ------------------------------------------------
U2 = "https://cftc.gov/PressRoom/PressReleases/8002-19"
T2 = ("CFTC Orders Registrant to Pay $1.25 Million for Fraud, Unauthorized Trading, and Violating Speculative Position "
      "Limits in Live Cattle Futures")
R.append(federal(
 "us-cftc-nathan-harris-akron-iowa-live-cattle-unauthorized-trading-chairman-tarbert-2019",
 U2, "2019-09-09", T2,
 "The U.S. Commodity Futures Trading Commission today issued an order filing and simultaneously settling charges "
 "against Nathan Harris, a CFTC registrant, of Akron, Iowa, for fraud, unauthorized trading, and violating speculative "
 "position limits in live cattle futures contracts.  The order imposes a civil monetary penalty of $1,250,000 and "
 "permanent restrictions on Harris\u2019s registration with the CFTC.\n\n"
 "CFTC Chairman Heath P. Tarbert stated:This case shows the CFTC\u2019s unwavering commitment to protect "
 "America\u2019s farmers and ranchers from fraud and other misconduct in connection with the agricultural derivatives "
 "markets.  The Commission will continue to work to ensure all Americans who use these markets can have confidence in "
 "their integrity.\u201d\n\n"
 "As noted in the order, between January 2012 and August 2014, Harris engaged in fraud and unauthorized trading by "
 "exceeding certain customers\u2019 instructions concerning the size and risk of positions, failing to obtain specific "
 "authorization from certain customers for particular trades, and failing to obtain signed powers of attorney from "
 "certain customers.  Harris\u2019s unauthorized trading resulted in approximately $10.3 million in customer losses. "
 "Through Harris\u2019s unauthorized trading in one customer\u2019s account, he also exceeded CME\u2019s live cattle "
 "spot-month limit.\n\n"
 "Harris engaged in this conduct while registered as an associated person of his former employer, which was a "
 "registered Introducing Broker.  In a previous order (Press Release 7803-18), the CFTC ordered Harris\u2019s former "
 "employer and its principals to pay restitution to customers for Harris\u2019s unauthorized trading.  Because that "
 "restitution order has been satisfied, the CFTC did not order Harris to pay restitution.",
 "commodity brokerage/commodity futures regulation", "regulatory,enforcement,settlement,fraud",
 "U.S. Commodity Futures Trading Commission, press release 8002-19 '" + T2 + "', Washington, DC, September 9, 2019, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: the lines 'Release Number 8002-19' and 'September 9, 2019' (kept as "
 "`published`), the dateline 'Washington, DC \u2013', the store's three lines holding a single space between "
 "paragraphs and the spaces ending three lines; the heading kept as `title` (the page has no sub-heading). Cut after "
 "'... the CFTC did not order Harris to pay restitution.', before 'The order ' (the store's excerpt breaks off "
 "there; `truncated`). Kept as written: the double spaces after some full stops, 'Nathan Harris, a CFTC registrant, "
 "of Akron, Iowa', 'CFTC Chairman Heath P. Tarbert stated:This case shows' (no space and no opening quotation mark "
 "after the colon, the closing mark kept), 'America\u2019s farmers and ranchers', 'CME\u2019s live cattle spot-month "
 "limit', 'a registered Introducing Broker' (capitals), '(Press Release 7803-18)', the curly apostrophes. 247 words. "
 "One text per matter: the news and law-firm copies are not taken; the earlier order against Harris's former "
 "employer and its principals (7803-18, cited in the text, not seen in the store) is a lead, not this matter's "
 "text. Found with 'CFTC Orders Registrant to Pay $1.25 Million for Fraud, Unauthorized Trading, and Violating "
 "Speculative Position Limits in Live Cattle Futures' (rank 3). "
 + CHECK + "'8002-19', '7803-18', 'Nathan Harris': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes "
 "and the pools; 'Tarbert' only in files on other matters (51g's Vitol file, as the CFTC's chairman; an Irish power "
 "station); 'Akron' only in a file on another matter (Akron, Ohio); 'live cattle' only in a file on another matter "
 "(Newedge USA).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

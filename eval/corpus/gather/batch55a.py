#!/usr/bin/env python3
"""Batch 55a (session 54, gatherer 55a): three CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e, 53j, 53m, 54zf, 54zl and 54zs) -- the settled
supervision order against 'Alaron Trading Corporation (Alaron), of Chicago, IL, a registered futures commission
merchant' over accounts run by an unregistered commodity trading advisor and an introducing broker (5488-08, 21 April
2008); the settled supervision order against 'Vision Financial Markets LLC (Vision), a CFTC-registered Futures
Commission Merchant (FCM) headquartered in Stamford, Connecticut' over a customer's unaggregated feeder cattle
positions on the CME and 'a faulty back-office software program', with the CFTC Division of Enforcement staff and an
Office of Data Technology helper named (6706-13, 24 September 2013); the settled recordkeeping and supervision order
against 'Wedbush Securities Inc., a Los Angeles, California-based registered futures commission merchant', whose staff
used 'unapproved channels, including via personal text messages', with 'Director of Enforcement Ian McGinley' quoted
(8763-23, 8 August 2023) -- US federal government works (17 U.S.C. 105). Found by party-name queries in the lane's
'Release Number CFTC Orders ...' shape, as 54zs's leads advised (queries and ranks in /tmp/gather56a/src/queries.txt;
see /work/notes/gather56/55a.md). Every name, release number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes and the session-54 pools:
  - CFTC release 5488-08 (21 April 2008), 'CFTC Sanctions Alaron Trading Corporation for Failing to Supervise
    Diligently Employees' (cftc.gov's 'PressRoom/PressReleases/pr5488-08');
  - CFTC release 6706-13 (24 September 2013), 'CFTC Orders Vision Financial Markets LLC to Pay a $140,000 Civil
    Monetary Penalty for Failing to Diligently Supervise its Employees' (cftc.gov's 'PressRoom/PressReleases/pr6706-13');
  - CFTC release 8763-23 (8 August 2023), 'CFTC Orders a Los Angeles Futures Commission Merchant to Pay $6 Million for
    Recordkeeping and Supervision Failures for Widespread Use of Unapproved Communication Methods' (cftc.gov's
    'PressRoom/PressReleases/8763-23?utm_source=govdelivery').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather56a/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC \u2013' twice, 'Washington,
D.C.'), 5488-08's deck line under the heading (a summary without a full stop), 6706-13's broken-off 'Media Contac'
(the contact block), 8763-23's sub-heading 'Case Background'; the heading kept as `title` as written. No word added or
changed; the page's lines kept as paragraphs, joined by a blank line; the spaces ending a line dropped (8763-23).
5488-08 and 8763-23 are cut at the last full sentence before the excerpt breaks off (`truncated`); 6706-13 keeps the
whole body down to its staff paragraph (`truncated` false: only the contact block follows). Written before any
extractor ran on the texts (newskg was not run on them).
usage: batch55a.py [POOL_DIR] [--dry]   (default /tmp/gather56a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-54 pools /tmp/gather56*/ (none held a file on this matter when checked), "
         "and claimed in /work/notes/gather56/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56a/pool"
Q = "\u2019"
R = []

# ---- Alaron Trading Corporation, supervision of accounts run by an unregistered CTA and an IB, CFTC 5488-08 -----------
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr5488-08"
T1 = "CFTC Sanctions Alaron Trading Corporation for Failing to Supervise Diligently Employees"
R.append(federal(
 "us-cftc-alaron-trading-chicago-fcm-supervision-unregistered-cta-unauthorized-ib-trading-2008",
 U1, "2008-04-21", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today the issuance of an order filing and "
 "simultaneously settling charges against Alaron Trading Corporation (Alaron), of Chicago, IL, a registered futures "
 "commission merchant. The order requires Alaron to pay a civil monetary penalty of $180,000 and restitution of "
 "$119,295.14 to customers. Alaron must also strengthen its supervisory system for overseeing its associated "
 "persons" + Q + " (APs), employees" + Q + " and agents" + Q + " sales solicitations and maintenance of customer "
 "accounts traded by third parties.\n\n"
 "Specifically, the CFTC order, entered on April 18, 2008, finds that from at least July 2004 until February of 2006, "
 "Alaron failed to supervise diligently its employees in their handling of certain accounts managed by an "
 "unregistered commodity trading advisor (CTA), as well as certain other accounts in which they allowed unauthorized "
 "trading of customer accounts by an introducing broker (IB).\n\n"
 "During the relevant time period, due to deficiencies in Alaron" + Q + "s supervisory system, Alaron did not detect "
 "the unregistered activity and unauthorized trading. According to Alaron" + Q + "s trading records, it carried "
 "accounts for at least 25 clients in which an unregistered CTA managed an aggregate of $213,850.70. Despite numerous "
 "indications to Alaron employees that it was permitting an unregistered CTA to manage accounts, Alaron did not have "
 "adequate compliance procedures to discover, deter and/or terminate the wrongful conduct.\n\n"
 "In addition to the trading by an unregistered CTA, Alaron allowed an IB to trade customer accounts without "
 "authorization.",
 "futures commission merchants/commodity futures regulation", "regulatory,enforcement,settlement,compliance",
 "U.S. Commodity Futures Trading Commission, release 5488-08 '" + T1 + "', Washington, D.C., April 21, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 5488-08', 'Release: 5488-08' and 'For Release: April 21, "
 "2008' (the date kept as `published`; on the page they come before the heading), the deck line under the heading "
 "('Alaron Ordered to Pay a Civil Penalty and Restitution Totaling $299,000 and to Strengthen its Supervisory "
 "Controls': a summary with no full stop, as 54zs dropped Gelber's deck lines), the dateline 'Washington, DC \u2013'; "
 "the heading kept as `title` (title case, as written). Cut after '... trade customer accounts without "
 "authorization.', before the sentence that breaks off ('Beginning in August 2005 and continuing through February "
 "2006, Stephen Randall Moore (Moor'; `truncated`), so the IB's principal is not in the text. Kept as written: 'of "
 "Chicago, IL', 'associated persons" + Q + " (APs), employees" + Q + " and agents" + Q + "', 'February of 2006', "
 "'$119,295.14', '$213,850.70', 'and/or', the curly apostrophes. One text per matter: Alaron's later, separate "
 "give-up order (5910-10, 30 September 2010, rank 1 of the same query) is another matter, left for a later round. "
 + CHECK + "'5488-08', 'pr5488', 'Alaron', 'Stephen Randall Moore': 0 in the corpus files, the scripts and the pools; "
 "'Alaron' in GATHERING.md and the notes only as 54zs's lead.",
 True))

# ---- Vision Financial Markets LLC, supervision: unaggregated accounts and a faulty software program, CFTC 6706-13 ----
U2 = "https://www.cftc.gov/PressRoom/PressReleases/pr6706-13"
T2 = ("CFTC Orders Vision Financial Markets LLC to Pay a $140,000 Civil Monetary Penalty for Failing to Diligently "
      "Supervise its Employees")
R.append(federal(
 "us-cftc-vision-financial-markets-stamford-fcm-supervision-faulty-software-feeder-cattle-cme-2013",
 U2, "2013-09-24", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today issued an Order filing and simultaneously settling "
 "charges against Vision Financial Markets LLC (Vision), a CFTC-registered Futures Commission Merchant (FCM) "
 "headquartered in Stamford, Connecticut, for failing to diligently supervise by failing to aggregate a customer" + Q +
 "s multiple accounts, failing to use the proper delta, and utilizing a faulty software program in calculating the "
 "customer" + Q + "s net position. The CFTC Order requires Vision to pay a civil monetary penalty of $140,000 and to "
 "cease and desist from violating the CFTC" + Q + "s Regulation 166.3.\n\n"
 "The Order finds that in May 2012, Vision failed to diligently supervise its employees in the handling of a "
 "customer" + Q + "s commodity interest accounts. Specifically, the Order finds that Vision failed to aggregate a "
 "customer" + Q + "s multiple trading accounts held at Vision when calculating that customer" + Q + "s feeder cattle "
 "futures speculative positions traded on the CME and that Vision failed to use the proper delta in calculating this "
 "customer" + Q + "s aggregate futures equivalent net positions. The Order further finds that Vision relied on a "
 "faulty back-office software program, which incorrectly calculated aggregate futures equivalent net positions and "
 "which was used to identify potential speculative limit violations for all of its customer accounts. The software "
 "program was not corrected until six months after Vision discovered the software program" + Q + "s calculation "
 "error, according to the Order.\n\n"
 "CFTC Division of Enforcement staff members responsible for this case are Michael R. Berlowitz, Mark Picard, Trevor "
 "Kokal, David Acevedo, Lenel Hickson, Jr., Stephen J. Obie and Vincent McGonagle. Assistance was provided by "
 "Margaret Sweet of the CFTC Office of Data Technology.",
 "futures commission merchants/commodity futures regulation", "regulatory,enforcement,settlement,compliance",
 "U.S. Commodity Futures Trading Commission, release 6706-13 '" + T2 + "', Washington, D.C., September 24, 2013, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 6706-13' and the date line 'September 24, 2013' (kept as "
 "`published`; on the page they come before the heading), the dateline 'Washington, DC \u2013', and the contact block "
 "that follows the staff paragraph, which the excerpt breaks off at 'Media Contac' (boilerplate); the heading kept as "
 "`title` (as written, with its lower-case 'its'). The body is kept whole, down to its staff paragraph (`truncated` "
 "false). Kept as written: 'CFTC-registered Futures Commission Merchant (FCM)' (capitals), 'the CFTC" + Q + "s "
 "Regulation 166.3', 'the CME' (the exchange by its short form only), 'back-office', 'Lenel Hickson, Jr.', the "
 "curly apostrophes. One text per matter: the same release as cftc.gov's 'node/110541' (rank 2 of the same query, "
 "its lines not parted by blank lines) is not taken again. " + CHECK + "'6706-13', 'pr6706', 'node/110541', 'Vision "
 "Financial', 'Office of Data Technology', 'Margaret Sweet', 'Mark Picard', 'Vincent McGonagle': 0 in the corpus "
 "files, the scripts and the pools; 'Vision Financial' in GATHERING.md and the notes only as 54zs's lead; "
 "'Berlowitz' in one corpus file and 50d's scripts on another matter (the Citigroup file, where he is one of the "
 "staff listed); 'Stamford, Connecticut' in corpus files on other matters.",
 False))

# ---- Wedbush Securities Inc., recordkeeping and supervision over unapproved communication methods, CFTC 8763-23 -------
U3 = "https://www.cftc.gov/PressRoom/PressReleases/8763-23?utm_source=govdelivery"
T3 = ("CFTC Orders a Los Angeles Futures Commission Merchant to Pay $6 Million for Recordkeeping and Supervision "
      "Failures for Widespread Use of Unapproved Communication Methods")
R.append(federal(
 "us-cftc-wedbush-securities-los-angeles-fcm-unapproved-communications-recordkeeping-supervision-2023",
 U3, "2023-08-08", T3,
 "The Commodity Futures Trading Commission today issued an order simultaneously filing and settling charges against "
 "Wedbush Securities Inc., a Los Angeles, California-based registered futures commission merchant, for failing to "
 "maintain, preserve, or produce records required to be kept under CFTC recordkeeping requirements, and failing to "
 "diligently supervise matters related to its business as a CFTC registrant. Wedbush admits the facts in the order "
 "and acknowledges the conduct violated the Commodity Exchange Act and CFTC regulations.\n\n"
 "The order requires Wedbush to pay a $6 million civil monetary penalty, to cease and desist from further violations "
 "of recordkeeping and supervision requirements, and to take specific remedial actions as written in the order.\n\n"
 "\u201cAs this action demonstrates, all CFTC registrants must comply with their fundamental recordkeeping "
 "obligations,\u201d said Director of Enforcement Ian McGinley. \u201cThe CFTC" + Q + "s recordkeeping and "
 "supervision requirements are central to its oversight of the U.S. derivatives markets and registrants. The CFTC "
 "will continue to pursue all registrants who fail to comply with these core obligations.\u201d\n\n"
 "The order finds that from approximately 2018 to the present, Wedbush employees, including those at senior levels, "
 "communicated both internally and externally on unapproved channels, including via personal text messages. Wedbush "
 "employees sent and received the written communications, which included messages related to Wedbush" + Q + "s "
 "business as a CFTC registrant. These messages were required to be maintained under CFTC-mandated recordkeeping "
 "requirements.",
 "futures commission merchants/commodity futures regulation", "regulatory,enforcement,settlement,compliance",
 "U.S. Commodity Futures Trading Commission, release 8763-23 '" + T3 + "', Washington, D.C., August 8, 2023, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, with a mailing-list query string): first-party text. Left out: 'Release Number 8763-23' (before the "
 "heading) and the date line 'August 08, 2023' (kept as `published`; on the page it follows the heading), the dateline "
 "'Washington, D.C.' (followed on the page by no dash, only a space), the sub-heading 'Case Background'; the heading "
 "kept as `title` (title case, as written: 'a Los Angeles Futures Commission Merchant', where the text names the "
 "firm). The two spaces ending the quotation's paragraph dropped. Cut after '... under CFTC-mandated recordkeeping "
 "requirements.', before the sentence that breaks off ('The order finds Wedbush did not maintain or preserve thousands "
 "of communications, including communications related to its commodi'; `truncated`). Kept as written: 'a Los "
 "Angeles, California-based registered futures commission merchant', 'Director of Enforcement Ian McGinley', 'the "
 "U.S. derivatives markets', 'CFTC-mandated', the curly quotation marks and apostrophes. One text per matter: the "
 "financemagnates story on the same day's CFTC and SEC actions (rank 6 of the second query) and the CME notices on "
 "other Wedbush matters are not taken. " + CHECK + "'8763-23', 'Wedbush': 0 in the corpus files, the scripts and the "
 "pools; 'Wedbush' in GATHERING.md and the notes only as 54zs's lead; 'Ian McGinley' in corpus files on other matters "
 "(51v's and 51zf's recordkeeping orders, 54zf) as the CFTC's Director of Enforcement.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

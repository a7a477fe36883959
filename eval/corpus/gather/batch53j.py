#!/usr/bin/env python3
"""Batch 53j (session 54, gatherer 53j): two CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za and 53e) -- the complaint against 'Northbrook, Illinois
based Sentinel Management Group, Inc. (Sentinel) and its president and chief executive officer, Eric A. Bloom, and
former senior vice-president, Charles K. Mosley' over $562 million in commodity customer segregated funds, filed in the
Northern District of Illinois (5494-08, 1 May 2008); the supplemental consent order of Judge Robert J. Conrad Jr. of
the Western District of North Carolina against 'Hannes Tulving, Jr. (Tulving) of Newport Beach, California, and his
company The Tulving Company, Inc.' (7875-19, 21 February 2019) -- US federal government works (17 U.S.C. 105). Found by
party-name queries (names taken from the executives unmined by earlier rounds and from cftc.gov's enforcement index page
83's Tulving heading; see /work/notes/gather54/53j.md). Every name, release number and address was checked first against
the corpus files, GATHERING.md, the gather scripts and the session-54 pools:
  - CFTC release 5494-08 (1 May 2008), 'CFTC Sues Sentinel Management Group, Inc. and Two of Its Executive Officers for
    Fraud, Segregation, and False Reporting Violations Involving $562 Million in Customer Funds' (cftc.gov's
    'PressRoom/PressReleases/pr5494-08');
  - CFTC release 7875-19 (21 February 2019), 'Federal Court Imposes $15.7 Million Civil Penalty and Lifetime Trading Ban
    against Precious Metals Dealer and his Company in CFTC Anti-Fraud Action' (cftc.gov's 'PressRoom/PressReleases/
    7875-19').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather54j/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, DC -', and 7875-19's bare '\u2014'),
7875-19's subheading ('In 2015, the CFTC Charged ...') and in-text headings ('Commodity Customer Losses Exceeded $130
Million', 'Criminal Judgments Entered against Defendants'); the heading kept as `title` as written. No word added or
changed; the page's lines kept as paragraphs, joined by a blank line; curly quotes, apostrophes and 7875-19's double
spaces after full stops kept. Each cut at the last full sentence before the excerpt breaks off (`truncated`). Written
before any extractor ran on the texts (newskg was not run on them).
usage: batch53j.py [POOL_DIR] [--dry]   (default /tmp/gather54j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-54 pools /tmp/gather54*/ (none held a file on this matter when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54j/pool"
Q = "\u2019"
L, R_ = "\u201c", "\u201d"
R = []

# ---- Sentinel Management Group, Inc., Eric A. Bloom (president and CEO), Charles K. Mosley, CFTC 5494-08 -------------
U1 = "https://cftc.gov/PressRoom/PressReleases/pr5494-08"
T1 = ("CFTC Sues Sentinel Management Group, Inc. and Two of Its Executive Officers for Fraud, Segregation, and False "
      "Reporting Violations Involving $562 Million in Customer Funds")
R.append(federal(
 "us-cftc-sentinel-management-group-president-ceo-bloom-former-svp-mosley-customer-segregated-funds-complaint-2008",
 U1, "2008-05-01", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that it sued Northbrook, Illinois based Sentinel "
 "Management Group, Inc. (Sentinel) and its president and chief executive officer, Eric A. Bloom, and former senior "
 "vice-president, Charles K. Mosley, charging them with fraud and segregation violations involving their handling of "
 "$562 million in commodity customer segregated funds. The CFTC is seeking orders of permanent injunction against the "
 "defendants, repayment to defrauded customers, monetary penalties and other relief.\n\n"
 + L + "Segregation of customer funds is the core customer protection mechanism under the Commodity Exchange Act (CEA). "
 "Its importance cannot be overstated, and any fraud or segregation violations will carry swift and severe "
 "repercussions," + R_ + " said Gregory Mocek, Director of the CFTC" + Q + "s Division of Enforcement.\n\n"
 "According to the CFTC complaint filed in the United States District Court for the Northern District of Illinois, "
 "Sentinel has been registered as a Futures Commission Merchant (FCM) since June 1980 and is also registered as an "
 "investment adviser with the Securities and Exchange Commission. Unlike a typical FCM, Sentinel did not trade futures "
 "contracts on behalf of any customers. Rather, it purported to provide short-term money management services to various "
 "institutional, corporate and individual customers. Among other things, it managed segregated customer funds for other "
 "FCMs, allowing the customers of those FCMs to invest funds at a slightly better rate than they could obtain in other "
 "short-term programs, while claiming to observe the CFTC" + Q + "s legal requirements that FCM customer funds be "
 "segregated.",
 "futures commission merchants/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 5494-08 '" + T1 + "', Washington, DC, May 1, 2008, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 5494-08', 'Release: 5494-08', 'For Release: May 1, 2008' (kept "
 "as `published`) and the dateline 'Washington, DC -'; the heading kept as `title` (title case, as written). Cut after "
 "'... that FCM customer funds be segregated.', before the subheading 'Commodity Customer Losses Exceeded $130 Million' "
 "and the paragraph that breaks off after it ('As of August 13, 2007, Sentine'; `truncated`). Kept as written: "
 "'Northbrook, Illinois based' (no hyphen), 'vice-president' (hyphenated), the curly quotes round Mocek's words and the "
 "curly apostrophes in \"CFTC's\". One text per matter: the 2015 order against Bloom (7285-15, 'Former Sentinel "
 "Management Group, Inc. CEO and President Eric A. Bloom', Judge Charles P. Kocoras) came back at rank 1 and was not "
 "taken. " + CHECK + "'5494-08', '7285-15', 'Sentinel Management', 'Eric A. Bloom', 'Mosley', 'Northbrook': 0 in the "
 "corpus files, GATHERING.md, the scripts and the pools ('Mocek' only in other CFTC matters' files, as the Division's "
 "director; 'Bloom' alone in unrelated files).",
 True))

# ---- Hannes Tulving, Jr. and The Tulving Company, Inc., Judge Robert J. Conrad Jr. (W.D.N.C.), CFTC 7875-19 ------------
U2 = "https://cftc.gov/PressRoom/PressReleases/7875-19"
T2 = ("Federal Court Imposes $15.7 Million Civil Penalty and Lifetime Trading Ban against Precious Metals Dealer and his "
      "Company in CFTC Anti-Fraud Action")
R.append(federal(
 "us-cftc-tulving-company-hannes-tulving-precious-metals-dealer-supplemental-consent-order-penalty-2019",
 U2, "2019-02-21", T2,
 "The Commodity Futures Trading Commission (CFTC) announced today that Judge Robert J. Conrad Jr. of the U.S. District "
 "Court for the Western District of North Carolina entered a Supplemental Consent Order (Supplemental Order) against "
 "Defendants Hannes Tulving, Jr. (Tulving) of Newport Beach, California, and his company The Tulving Company, Inc., "
 "finding that they fraudulently solicited customers in connection with precious metals transactions, misappropriated "
 "customer funds, and concealed their fraud with false statements that the customer accounts were profitable.\n\n"
 "The Supplemental Order, issued November 29, 2018, requires the Defendants to pay, jointly and severally, a civil "
 "monetary penalty of $15,761,432.  The Supplemental Order follows the Court" + Q + "s January 5, 2016 Consent Order of "
 "Permanent Injunction (Consent Order), which imposed permanent trading and registration bans against the Defendants, "
 "and prohibited them from committing further violations of the Commodity Exchange Act and CFTC Regulations, as "
 "charged.\n\n"
 "The Supplemental Order also follows the Court" + Q + "s May 18, 2016, criminal judgments against both Defendants in a "
 "related criminal proceeding after they each pleaded guilty to one count of wire fraud and aiding and abetting in "
 "violation of 18 U.S.C. \u00a71343 and 2.  (See U.S.A. v. Tulving et al, No. 3:15-cr-00115-MOC (W.D.N.C. 2016.)",
 "precious metals dealing/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 7875-19 '" + T2 + "', February 21, 2019, US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 7875-19' and the date line 'February 21, 2019' (kept as "
 "`published`), the subheading 'In 2015, the CFTC Charged California Resident Hannes Tulving, Jr. and His Firm with "
 "Misappropriation and Fraudulent Solicitation in a Precious Metals Scheme that Defrauded at Least 381 Customers "
 "Nationwide', the dateline's bare '\u2014' (the store's copy has no place before it) and the in-text heading 'Criminal "
 "Judgments Entered against Defendants'; the heading kept as `title` (title case, as written). Cut after '(See U.S.A. "
 "v. Tulving et al, No. 3:15-cr-00115-MOC (W.D.N.C. 2016.)', before the excerpt breaks off ('The Court sentenced "
 "Tulving to 30 months ... in the amount of $15,'; `truncated`). Kept as written: the double spaces after '$15,761,432.' "
 "and '\u00a71343 and 2.', 'Conrad Jr.' without a comma, the unbalanced parenthesis of the case citation. One text "
 "per matter: the 2015 complaint (cftc.gov index page 83's 'CFTC Charges California Resident Hannes Tulving, Jr., "
 "through his company, The Tulving Company, Inc., ...') was not asked. " + CHECK + "'7875-19', 'Tulving', 'Western "
 "District of North Carolina': 0 in the corpus files, GATHERING.md, the scripts and the pools ('Robert J. Conrad' and "
 "'Newport Beach' only in other matters' files).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

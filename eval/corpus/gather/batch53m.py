#!/usr/bin/env python3
"""Batch 53m (session 54, gatherer 53m): two CFTC enforcement press releases on cftc.gov, new matters in the federal
SEC/CFTC lane (after batches 40zm ... 51zs, 52a, 52g, 52n, 52za, 53e and 53j) -- the order of Judge Blanche M. Manning
of the Northern District of Illinois extending the asset freeze against 'Lake Shore Asset Management Limited (LAM)', with
the CFTC's contempt motion against it (5353-07, 17 July 2007); the trial order against 'Hunter Wise Commodities, LLC,
Hunter Wise Services, LLC, Hunter Wise Credit, LLC, and Hunter Wise Trading, LLC and the individuals running the
companies, Fred Jager and Harold Edward Martin, Jr.' (6935-14, 22 May 2014) -- US federal government works (17 U.S.C.
105). Found by party-name queries (53j's Lake Shore lead; the Hunter Wise names from the earlier rounds' not-used lists,
where the firm came up only beside another matter; see /work/notes/gather54/53m.md). Every name, release number and
address was checked first against the corpus files, GATHERING.md, the gather scripts and the session-54 pools:
  - CFTC release 5353-07 (17 July 2007), 'Federal Court Extends CFTC Asset Freeze over Hedge Fund Lake Shore Asset
    Management Limited' (cftc.gov's 'PressRoom/PressReleases/pr5353-07');
  - CFTC release 6935-14 (22 May 2014), 'CFTC Wins Fraud Trial against Hunter Wise Related Precious Metals Firms and
    Their Owners' (cftc.gov's 'PressRoom/PressReleases/6935-14').
Each text is the search tool's page-store excerpt (corpus `pages`; saved in /tmp/gather54m/src). Left out: the release
number and date lines (the date kept as `published`), the datelines ('Washington, D.C. \u2013', 'Washington, DC
\u2013'), the subheadings (5353-07's 'More Than $238 Million of Funds ...'; 6935-14's 'Federal court orders Fred Jager,
...' and 'Court Calls Fraudulent Conduct ...') and 5353-07's in-text heading 'CFTC Files Contempt Motion Against LAM';
the heading kept as `title` as written. No word added or changed; the page's lines kept as paragraphs, joined by a
blank line; curly quotes and apostrophes kept. Each cut at the last full sentence before the excerpt breaks off
(`truncated`). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch53m.py [POOL_DIR] [--dry]   (default /tmp/gather54m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rlF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-54 pools /tmp/gather54*/ (none held a file on this matter when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather54m/pool"
Q = "\u2019"
L, R_ = "\u201c", "\u201d"
R = []

# ---- Lake Shore Asset Management Limited (LAM), Judge Blanche M. Manning (N.D. Ill.), CFTC 5353-07 --------------------
U1 = "https://www.cftc.gov/PressRoom/PressReleases/pr5353-07"
T1 = "Federal Court Extends CFTC Asset Freeze over Hedge Fund Lake Shore Asset Management Limited"
R.append(federal(
 "us-cftc-lake-shore-asset-management-asset-freeze-extended-judge-manning-contempt-motion-2007",
 U1, "2007-07-17", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today that on July 13, 2007, Judge Blanche M. Manning, "
 "of the United States District Court for the Northern District of Illinois, extended indefinitely the court-imposed "
 "asset freeze against Lake Shore Asset Management Limited (LAM) as part of a restraining order issued by the court "
 "against LAM on June 27, 2007 (see CFTC News Release 5349-07, June 28, 2007). The July 13 ruling stems from a hearing "
 "held on July 10, 2007.\n\n"
 "As a result of the asset freeze order, more than $238 million of funds that LAM has on deposit will remain frozen "
 "until further order of the court. LAM is a registered commodity trading advisor (CTA) and commodity pool operator "
 "(CPO).\n\n"
 "Separately, on July 3, 2007, the CFTC filed a contempt of court motion against LAM for its continued failure to "
 "comply with the portions of the restraining order requiring it to produce records (see CFTC News Release 5351-07, "
 "July 5, 2007). The CFTC, in its contempt filing, alleges that LAM has neither allowed CFTC staff to inspect and copy "
 "its books and records, nor has it produced the requested documents to the CFTC, as mandated by the restraining "
 "order.\n\n"
 "The court deferred ruling on the contempt motion at the July 10 hearing but granted the CFTC" + Q + "s motion for "
 "expedited discovery and gave LAM until July 24, 2007, to file a written response to the CFTC" + Q + "s contempt "
 "motion.\n\n"
 "LAM contends that its failure to fully produce the customer account records and disclosure documents and hedge fund "
 "offering memoranda is grounded in unspecified Swiss bank secrecy laws and that the hedge fund did not intend to "
 "submit to the CFTC" + Q + "s jurisdiction.",
 "hedge funds/commodity futures regulation", "regulatory,enforcement,litigation",
 "U.S. Commodity Futures Trading Commission, release 5353-07 '" + T1 + "', Washington, D.C., July 17, 2007, US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release: 5353-07', 'For Release: July 17, 2007' (kept as `published`), the "
 "subheading 'More Than $238 Million of Funds that Lake Shore Has On Deposit Will Remain Frozen', the dateline "
 "'Washington, D.C. \u2013' and the in-text heading 'CFTC Files Contempt Motion Against LAM'; the heading kept as "
 "`title` (title case, as written). Cut after \"... did not intend to submit to the CFTC's jurisdiction.\", before "
 "the paragraph that breaks off ('The following CFTC Division of Enforcement'; `truncated`). Kept as written: the "
 "comma after 'Judge Blanche M. Manning', 'court-imposed', the curly apostrophes in \"CFTC's\". One text per matter: "
 "5383-07 (13 Sep 2007, the preliminary injunction; on 53j's not-used list) and the complaint release 5349-07 (no "
 "cftc.gov copy came back) were not taken. " + CHECK + "'5353-07', '5349-07', '5351-07', 'Lake Shore', 'Blanche', "
 "'Philip Baker': 0 in the corpus files, the scripts and the pools; GATHERING.md names Lake Shore and the release "
 "numbers only in 53j's not-used list and leads (not yet merged: /work/notes/gather54/53j.md).",
 True))

# ---- Hunter Wise Commodities, LLC and three affiliates, Fred Jager, Harold Edward Martin, Jr., CFTC 6935-14 -----------
U2 = "https://www.cftc.gov/PressRoom/PressReleases/6935-14"
T2 = "CFTC Wins Fraud Trial against Hunter Wise Related Precious Metals Firms and Their Owners"
R.append(federal(
 "us-cftc-hunter-wise-commodities-jager-martin-precious-metals-fraud-trial-restitution-penalty-2014",
 U2, "2014-05-22", T2,
 "The U.S. Commodity Futures Trading Commission (CFTC) today announced that on May 16, 2014, a federal court in "
 "Florida entered an Order finding in the CFTC" + Q + "s favor following a trial against four Hunter Wise related "
 "companies and their owners on charges that they had fraudulently misrepresented the nature of precious metals "
 "transactions that resulted in millions of dollars in customer losses.\n\n"
 "Hunter Wise Commodities, LLC, Hunter Wise Services, LLC, Hunter Wise Credit, LLC, and Hunter Wise Trading, LLC and "
 "the individuals running the companies, Fred Jager and Harold Edward Martin, Jr., have been ordered to pay, jointly "
 "and severally, $52.6 million in restitution to the defrauded customers, and to pay a civil monetary penalty, "
 "jointly and severally, of $55.4 million, the maximum provided by law.\n\n"
 + L + "This result makes clear that the CFTC will aggressively act to protect customers from fraud. Customers are "
 "entitled to know the truth of how their hard-earned money is being used. Here, customers thought Defendants were "
 "purchasing precious metals on their behalf and they were not," + R_ + " said Gretchen L. Lowe, Acting Director of "
 "the CFTC" + Q + "s Division of Enforcement. " + L + "This is also another excellent example of how the CFTC is "
 "using its new enforcement authority under Dodd-Frank to go after fraudsters." + R_ + "\n\n"
 "The CFTC charged Hunter Wise, Martin, Jager, and others in December 2012 (see CFTC Press Release 6447-12, December "
 "5, 2012). The Court entered a Preliminary Injunction against all of the Defendants on February 22, 2013 (see CFTC "
 "Press Release 6522-13, February 27, 2013).",
 "precious metals dealing/commodity futures regulation", "regulatory,enforcement,fraud,litigation",
 "U.S. Commodity Futures Trading Commission, release 6935-14 '" + T2 + "', Washington, DC, May 22, 2014, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address): first-party text. Left out: 'Release Number 6935-14' and the date line 'May 22, 2014' (kept as "
 "`published`), the subheadings 'Federal court orders Fred Jager, Harold E. Martin, Jr. and the Hunter Wise Companies "
 "to Pay over $108 Million in Restitution and Penalties' and 'Court Calls Fraudulent Conduct \u201crepeated, callous "
 "and blatant\u201d', and the dateline 'Washington, DC \u2013'; the heading kept as `title` (title case, as written). "
 "Cut after '... (see CFTC Press Release 6522-13, February 27, 2013).', before the sentence that breaks off "
 "('Defendants appealed that ruling, arguing that the CFTC l'; `truncated`). Kept as written: 'Hunter Wise related' "
 "(no hyphen), 'hard-earned', 'Dodd-Frank', the curly quotes round Lowe's words and the curly apostrophes in "
 "\"CFTC's\". One text per matter: 6522-13 (27 Feb 2013, the preliminary injunction against twenty defendants, Judge "
 "Donald M. Middlebrooks) came back at rank 1 and was not taken; 6447-12 (the complaint) was not asked. " + CHECK +
 "'6935-14', '6522-13', '6447-12', 'Jager', 'Gretchen', 'Middlebrooks', 'Lloyds Commodities': 0 in the corpus files, "
 "GATHERING.md, the scripts and the pools; 'Hunter Wise' once in GATHERING.md (51zl's not-used list: Isaac "
 "Grossman's London Metals Market matter, where Hunter Wise is only named beside it), 0 in the corpus files.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 51g (session 52, gatherer 51g): two CFTC enforcement press releases that name firms with their sister firm,
their home town, the regulator's own units and staff, and the Justice Department offices acting beside it -- the order
that sanctions 'Merrill Lynch Investment Managers, LLC (MLIM) and Merrill Lynch Alternative Investments, LLC (MLAI),
both of Plainsboro, New Jersey', two commodity pool operators, for late annual reports filed with 'the National
Futures Association (NFA)', with four 'CFTC Division of Enforcement staff' named (CFTC press release 5364-07, 31 July
2007, cftc.gov); the order against 'Vitol Inc., an energy and commodities trading firm in Houston, Texas', for fraud
tied to foreign corruption and attempted manipulation of 'two S&P Global Platts physical oil benchmarks', brought with
'the Division of Enforcement's Corruption Task Force', with 'Chairman Heath P. Tarbert' quoted and 'the Department of
Justice's Fraud Section and the United States Attorney's Office for the Eastern District of New York' announcing a
deferred prosecution agreement (CFTC press release 8326-20, 3 December 2020, cftc.gov) -- US federal government works
(17 U.S.C. 105), the federal SEC/CFTC lane of session 52 (after batches 40zm ... 48a, 48d, 48g, 48i, 48j, 49a, 49d,
49g, 49h, 49k, 50a, 50d, 50g, 50j and 51a), on new matters. From 51a's leads: the Merrill Lynch heading was taken
from cftc.gov's enforcement-actions index (index.htm?page=168&year=all) and asked again (rank 1); Vitol came back at
rank 2 of a query with its heading words. Every name, release number and address was checked first against the
corpus files, GATHERING.md, the gather scripts, /work/notes and the session-52 pools:
  - CFTC press release 5364-07 (31 July 2007), 'U.S. Commodity Futures Trading Commission Sanctions Merrill Lynch
    Investment Managers, LLC and Merrill Lynch Alternative Investments, LLC for Repeated Failure to File Annual Reports
    on Time for Many of the Commodity Pools they Operate': the CFTC, Merrill Lynch Investment Managers, LLC, Merrill
    Lynch Alternative Investments, LLC, Plainsboro, New Jersey, the National Futures Association, the Division of
    Enforcement, Matthew Elkan, Kathleen Banar, Richard Glaser, Richard Wagner (cftc.gov's
    'PressRoom/PressReleases/pr5364-07');
  - CFTC press release 8326-20 (3 December 2020), 'CFTC Orders Vitol Inc. to Pay $95.7 Million for Corruption-Based
    Fraud and Attempted Manipulation': the CFTC, Vitol Inc., Houston, Texas, the U.S., S&P Global Platts, the Division
    of Enforcement and its Corruption Task Force, Heath P. Tarbert, Neel Chopra, the Department of Justice and its Fraud
    Section, the United States Attorney's Office for the Eastern District of New York (cftc.gov's
    'PressRoom/PressReleases/8326-20').
Texts are the search tool's page-store excerpts (corpus `pages`). The release-number and release-date lines, the
sub-headings, the datelines and (Merrill Lynch) the page's media-contact and 'Last Updated' lines are left out (each
heading kept as `title`, the date as `published`); no word added or changed; the page's lines kept as paragraphs,
joined by a blank line (a line's trailing spaces dropped). The Merrill Lynch release is whole in the store (its
excerpt runs to the page's 'Last Updated' line: not `truncated`); the Vitol text is cut at the last full sentence
before the store's excerpt breaks off (`truncated`).
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch51g.py [POOL_DIR] [--dry]   (default /tmp/gather52g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CFTC_ORIGIN = "US CFTC press release on cftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rliF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-52 pools /tmp/gather52*/pool (none held a file on these matters when "
         "checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52g/pool"
R = []

# ---- Merrill Lynch Investment Managers / Merrill Lynch Alternative Investments order, CFTC 5364-07, 31 July 2007 -------
U1 = "http://www.cftc.gov/PressRoom/PressReleases/pr5364-07"
T1 = ("U.S. Commodity Futures Trading Commission Sanctions Merrill Lynch Investment Managers, LLC and Merrill Lynch "
      "Alternative Investments, LLC for Repeated Failure to File Annual Reports on Time for Many of the Commodity Pools "
      "they Operate")
R.append(federal(
 "us-cftc-merrill-lynch-investment-managers-alternative-investments-commodity-pool-annual-reports-nfa-2007",
 U1, "2007-07-31", T1,
 "The U.S. Commodity Futures Trading Commission (CFTC) announced today the issuance of an order filing and "
 "simultaneously settling charges against Merrill Lynch Investment Managers, LLC (MLIM) and Merrill Lynch Alternative "
 "Investments, LLC (MLAI), both of Plainsboro, New Jersey. MLIM and MLAI have been registered as commodity pool "
 "operators (CPOs) since November 3, 1999 and October 10, 1986, respectively.\n\n"
 "The CFTC order finds that, beginning in 2001 and continuing through at least 2005, MLIM and MLAI repeatedly failed "
 "to distribute to pool participants and file with the National Futures Association (NFA) their commodity pools\u2019 "
 "annual reports in a timely manner, in violation of a CFTC regulation.\n\n"
 "The furnishing of the annual report is designed to \u201cprovide [pool] participants with the information necessary "
 "to assess the overall trading performance and financial condition of the pool.\u201d (See Commodity Pool Operators "
 "and Commodity Trading Advisors; Final Rules, 44 Fed. Reg. 1918 [CFTC Jan. 8, 1979] (announcing the adoption of Rule "
 "4.22.)  Without timely reporting, the CFTC\u2019s goal of providing pool participants with complete and necessary "
 "data is hampered, according to the order.\n\n"
 "The order requires MLIM and MLAI to, among other things, pay a civil monetary penalty of $500,000.\n\n"
 "The following CFTC Division of Enforcement staff are responsible for this case: Matthew Elkan, Kathleen Banar, "
 "Richard Glaser, and Richard Wagner.",
 "asset management/commodity futures regulation", "regulatory,enforcement,settlement",
 "U.S. Commodity Futures Trading Commission, press release 5364-07 '" + T1 + "', Washington, D.C., July 31, 2007, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, 'pr' prefix): first-party text. Left out: the lines 'Release Number 5364-07', 'Release: 5364-07' and 'For "
 "Release: July 31, 2007' (kept as `published`), the sub-heading 'CFTC Order Requires the Commodity Pool Operators to "
 "Pay a Civil Monetary Penalty of $500,000', the dateline 'Washington, D.C. \u2013', and after the text the page's "
 "'Media Contacts' block (two press officers' names and telephone numbers) and its 'Last Updated: July 31, 2007' line "
 "(site chrome); the heading kept as `title`; the trailing space after '... according to the order.' dropped. Not "
 "cut: the store's excerpt holds the whole release, through the staff line, so the text ends at '... Richard Glaser, "
 "and Richard Wagner.' (not `truncated`). Kept as written: 'Merrill Lynch Investment Managers, LLC (MLIM)', 'Merrill "
 "Lynch Alternative Investments, LLC (MLAI)', 'both of Plainsboro, New Jersey', 'November 3, 1999 and October 10, "
 "1986, respectively', the bracketed citation '(See Commodity Pool Operators ... [CFTC Jan. 8, 1979] (announcing the "
 "adoption of Rule 4.22.)' with its unclosed parenthesis, the two spaces after it, 'to, among other things, pay', the "
 "curly quotation marks and apostrophes. 216 words. One text per matter: no other release, court paper or news report "
 "on this order came back. Found with 'U.S. Commodity Futures Trading Commission Sanctions Merrill Lynch Investment "
 "Managers, LLC and Merrill Lynch Alternative Investments, LLC annual reports commodity pools' (rank 1; the heading "
 "first seen in cftc.gov's enforcement-actions index, page 168, as 51a's leads said). "
 + CHECK + "'5364-07', 'pr5364', 'Merrill Lynch Investment Managers', 'Merrill Lynch Alternative', 'MLIM', 'MLAI', "
 "'Plainsboro', 'Elkan', 'Kathleen Banar', 'Richard Glaser', 'Richard Wagner': 0 in the corpus files, the gather "
 "scripts and the pools; the two firm names only in GATHERING.md's and /work/notes' 51a section (a lead for a next "
 "round); 'Merrill Lynch' alone only in files and lines on other Merrill Lynch firms and matters.",
 False))

# ---- Vitol Inc. order, CFTC press release 8326-20, 3 December 2020 (cftc.gov) ------------------------------------------
U2 = "https://cftc.gov/PressRoom/PressReleases/8326-20"
T2 = "CFTC Orders Vitol Inc. to Pay $95.7 Million for Corruption-Based Fraud and Attempted Manipulation"
R.append(federal(
 "us-cftc-vitol-houston-corruption-fraud-platts-benchmarks-attempted-manipulation-doj-fraud-section-2020",
 U2, "2020-12-03", T2,
 "The Commodity Futures Trading Commission today issued an order filing and settling charges against Vitol Inc., an "
 "energy and commodities trading firm in Houston, Texas, for manipulative and deceptive conduct. The conduct, which "
 "spanned from 2005 to early 2020, involved foreign corruption and physical and derivatives trading in the U.S. and "
 "global oil markets, including attempted manipulation of two S&P Global Platts physical oil benchmarks. The order "
 "requires Vitol to pay more than $95 million in civil monetary penalties and disgorgement.\n\n"
 "The CFTC\u2019s order finds that Vitol\u2019s fraudulent and manipulative conduct\u2014including conduct relating to "
 "foreign corruption\u2014defrauded its counterparties, harmed other market participants, and undermined the "
 "integrity of the U.S. and global physical and derivatives oil markets. This case is brought in coordination with "
 "the Division of Enforcement\u2019s Corruption Task Force and is the first action brought by the CFTC involving "
 "foreign corruption.\n\n"
 "\u201cThis historic enforcement action demonstrates that the CFTC will actively pursue fraud tied to foreign "
 "corruption and manipulation that impacts the U.S. derivatives and related physical markets,\u201d said Chairman "
 "Heath P. Tarbert. \u201cI want to thank Neel Chopra in particular for his leadership in helping the Commission bring "
 "this important action.\u201d\n\n"
 "In a parallel matter, the Department of Justice\u2019s Fraud Section and the United States Attorney\u2019s Office for "
 "the Eastern District of New York today announced entry of a Deferred Prosecution Agreement (DPA) with Vitol, "
 "deferring criminal prosecution on charges of conspiracy to violate the Foreign Corrupt Practices Act. Under the "
 "terms of the DPA, Vitol agreed, among other things, to pay a criminal fine.",
 "oil trading/commodity futures regulation", "regulatory,enforcement,settlement,corruption",
 "U.S. Commodity Futures Trading Commission, press release 8326-20 '" + T2 + "', Washington, D.C., December 3, 2020, "
 "US federal government work (public domain); text from the search tool's page store at " + U2,
 CFTC_ORIGIN,
 "A CFTC press release (a US federal work, public domain) as cftc.gov itself carries it (its 'PressRoom/PressReleases' "
 "address, without the 'pr' prefix): first-party text. Left out: the line 'Release Number 8326-20', the sub-heading "
 "'First CFTC Enforcement Action Involving Foreign Corruption', the line 'December 03, 2020' (kept as `published`; on "
 "this page it follows the heading and sub-heading), the dateline's remnant '\u2014 ' (the page's dateline without "
 "its place), the mid-text sub-heading 'Related Criminal Action' (a heading line between the quotation and the last "
 "paragraph), and the trailing spaces after '... this important action.\u201d' and '... to pay a criminal fine.'; the "
 "heading kept as `title`. Cut after '... Vitol agreed, among other things, to pay a criminal fine.', where the "
 "store's excerpt breaks off (`truncated`; the excerpt ends at about 2,000 bytes with that full sentence, so nothing "
 "of a later sentence is dropped, but the release runs on). Kept as written: 'The Commodity Futures Trading "
 "Commission' (no 'U.S.'), 'Vitol Inc., an energy and commodities trading firm in Houston, Texas', 'two S&P Global "
 "Platts physical oil benchmarks', the em dashes around 'including conduct relating to foreign corruption', "
 "'Chairman Heath P. Tarbert', 'Deferred Prosecution Agreement (DPA)' (capitals), the curly quotation marks and "
 "apostrophes. 257 words. One text per matter: the Justice Department's own release on the deferred prosecution "
 "agreement and the news and law-firm reports (constantinecannon, orrick, lexblog, legalclarity, jdsupra, National "
 "Post/Reuters, gibsondunn) are not taken. Found with 'CFTC Orders Vitol Inc. to Pay $95 Million bribery Petrobras "
 "Ecuador affiliate Vitol Group' (rank 2). "
 + CHECK + "'8326-20', 'Vitol', 'Heath P. Tarbert', 'Heath Tarbert', 'Neel Chopra', 'S&P Global Platts', 'Corruption "
 "Task Force': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes and the pools; 'Tarbert' alone only "
 "in an Oireachtas file, its batch 32c scripts and GATHERING.md's 32c section (the power station and town of Tarbert "
 "in Ireland -- a place); 'Platts' "
 "only in files on other matters (49h, 50a, 50d); 'Eastern District of New York' only in files on other matters.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

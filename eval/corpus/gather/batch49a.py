#!/usr/bin/env python3
"""Batch 49a (session 50, gatherer 49a): three SEC texts of 2008 -- the SEC's temporary exemptions letting LCH.Clearnet
Ltd. act as a central counterparty for credit default swaps, developed in consultation with the Federal Reserve Board,
the Federal Reserve Bank of New York, the CFTC and the U.K. Financial Services Authority, with the memorandum of
understanding the Commission, the FRB and the CFTC signed in November 2008 (an SEC News Digest item); the announcement
that the SEC's General Counsel, Brian G. Cartwright, plans to return to the private sector, with SEC Chairman
Christopher Cox's tribute naming the NYSE, Euronext, NASDAQ-OMX, FINRA, EDGAR and IDEA (press release 2008-277); the
Division of Enforcement's preliminary settlement in principle with Merrill Lynch, Pierce, Fenner & Smith, Inc. on
auction rate securities (press release 2008-181) -- US federal government works (17 U.S.C. 105), the first round of
session 50 in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g, 48i and 48j), on new matters (48j's
leads: the Merrill Lynch ARS settlement taken as the sec.gov press release rather than the forum copy of dig082208;
the 'completes SEC service' query gave the Cartwright release; dig122308 came back to 'SEC News Digest Issue 2008-164
... Free Enterprise Fund PCAOB statement'; every name, release and digest address was checked first against the
corpus files, GATHERING.md, the gather scripts and the session-50 pools):
  - the SEC News Digest, Issue 2008-247 (23 December 2008), its first item ('SEC Approves Exemptions to Allow Central
    Counterparty for Credit Default Swaps'): LCH.Clearnet Ltd., Christopher Cox, the Board of Governors of the Federal
    Reserve System, the Federal Reserve Bank of New York, the Commodity Futures Trading Commission, the Financial
    Services Authority, the President's Working Group on Financial Markets (sec.gov's
    'news/digest/2008/dig122308.htm');
  - SEC press release 2008-277 (20 November 2008), 'General Counsel Brian Cartwright Leaving SEC to Return to Private
    Sector', as Deloitte's DART library reproduces it (dart.deloitte.com; the host adds no text to the kept
    paragraphs; batch 18e took an SEC statement from the same library): Brian G. Cartwright, Christopher Cox, the
    Office of the General Counsel, NYSE, Euronext, NASDAQ-OMX, FINRA, EDGAR, IDEA;
  - SEC press release 2008-181 (22 August 2008), 'SEC Enforcement Division Announces Preliminary Settlement With
    Merrill Lynch to Help Auction Rate Securities Investors': the Division of Enforcement, Merrill Lynch, Pierce,
    Fenner & Smith, Inc. (sec.gov's 'news/press/2008/2008-181.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SEC News Digest'), the
issue number, the digest's date line and section line 'COMMISSION ANNOUNCEMENTS', the press releases' lines 'FOR
IMMEDIATE RELEASE' and the release number, and their datelines ('Washington, D.C., <date> --') are left out (each
heading kept as `title`, the date as `published`); no word added or changed; paragraphs joined by a blank line; each
text cut at the last full sentence before the store's excerpt breaks off. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch49a.py [POOL_DIR] [--dry]   (default /tmp/gather50a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

COPY_ORIGIN = "US SEC press release, copy on a third-party site (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-50 pools /tmp/gather50*/pool (none held a file on these matters when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather50a/pool"
DIGEST_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
                "Exchange Commission', 'SEC News Digest'")
R = []

# ---- LCH.Clearnet exemptions, SEC News Digest 2008-247, 23 December 2008 (sec.gov) ----------------------------------
U1 = "http://www.sec.gov/news/digest/2008/dig122308.htm"
T1 = "SEC Approves Exemptions to Allow Central Counterparty for Credit Default Swaps"
R.append(federal(
 "us-sec-lch-clearnet-central-counterparty-credit-default-swaps-exemptions-2008", U1, "2008-12-23", T1,
 "The Securities and Exchange Commission today approved temporary exemptions allowing LCH.Clearnet Ltd. to operate "
 "as a central counterparty for credit default swaps. Today's action is an important step in stabilizing financial "
 "markets by reducing counterparty risk and helping to promote efficiency in the credit default swap market.\n\n"
 "\"Today's announcement is an important step in our efforts to add transparency and structure to the opaque and "
 "unregulated multi-trillion dollar credit default swaps market,\" said SEC Chairman Christopher Cox. \"These "
 "conditional exemptions will allow a central counterparty to be quickly up and running, while protecting investors "
 "through regulatory oversight. Although more needs to be done in this area legislatively, these actions will shine "
 "much-needed light on credit default swaps trading.\"\n\n"
 "The Commission developed these temporary exemptions in close consultation with the Board of Governors of the "
 "Federal Reserve System (FRB), the Federal Reserve Bank of New York, the Commodity Futures Trading Commission (CFTC), "
 "and the U.K. Financial Services Authority.\n\n"
 "The President's Working Group on Financial Markets has stated that the implementation of central counterparty "
 "services for credit default swaps was a top priority. In furtherance of this goal, the Commission, the FRB and the "
 "CFTC signed a Memorandum of Understanding in November 2008 that establishes a framework for consultation and "
 "information sharing on issues related to central counterparties for credit default swaps.",
 "securities regulation/derivatives clearing", "regulatory,partnership",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-247, December 23, 2008, Commission "
 "Announcements, '" + T1 + "', US federal government work (public domain); text from the search tool's page store "
 "at " + U1,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig122308.htm' address): first-party text, no third-party copy. Left out: the page lines "
 + DIGEST_LINES + ", 'Issue 2008-247', the date line 'December 23, 2008' (kept as `published`), the section line "
 "'COMMISSION ANNOUNCEMENTS'; the item's heading kept as `title`. Cut after the fourth paragraph ('... central "
 "counterparties for credit default swaps.'), before 'The temporary exemptions will facilitate central "
 "counterparties such as LCH.Clearnet and certain of their participants to implement centralized clearing quickly, "
 "while providing the Commission time to review ', where the store's excerpt breaks off (`truncated`). Kept as "
 "written: 'LCH.Clearnet Ltd.', 'multi-trillion dollar', 'much-needed', 'the U.K. Financial Services Authority', "
 "'Memorandum of Understanding' capitalised, the straight quotation marks and apostrophes. 220 words. One text per "
 "matter: the Commission's exemptive order (Release No. 34-59164, 74 FR 139, on justia and a Federal Register "
 "mirror in the store's answers) and law-firm notes (lexology) are not taken. Found with 'SEC News Digest Issue "
 "2008-164 August 22, 2008 Free Enterprise Fund PCAOB statement' (rank 7). "
 + CHECK + "'LCH.Clearnet', 'dig122308', 'central counterpart', 'President's Working Group', '34-59164': 0 in the "
 "corpus files, GATHERING.md, the gather scripts and the pools; 'Memorandum of Understanding' in one corpus file and "
 "'Liffe' in five (other matters); 'Christopher Cox' in corpus files of other matters (the chairman convention).",
 True))

# ---- Brian G. Cartwright to leave, SEC press release 2008-277, 20 November 2008 (Deloitte DART copy) -----------------
U2 = ("https://dart.deloitte.com/USDART/home/accounting/archive-1/sec/selected-speeches-statements-press-releases/"
      "2008/general-counsel-brian-cartwright-leaving-sec")
T2 = "General Counsel Brian Cartwright Leaving SEC to Return to Private Sector"
R.append(federal(
 "us-sec-general-counsel-brian-cartwright-leaving-return-private-sector-2008", U2, "2008-11-20", T2,
 "The Securities and Exchange Commission announced today that its General Counsel, Brian G. Cartwright, has informed "
 "the Commission that he plans to return to the private sector. During his tenure, he helped shape the Commission\u2019s "
 "major policy and regulatory initiatives and counseled the Commission on virtually every matter that came before it, "
 "including enforcement actions, rulemakings, appellate briefs and adjudications.\n\n"
 "\u201cBrian has been an extraordinary leader of the SEC over the last three years,\u201d said SEC Chairman "
 "Christopher Cox. \u201cFrom the mergers of the NYSE and Euronext and NASDAQ-OMX to the creation of FINRA, the "
 "complete overhaul of executive compensation disclosure, the replacement of EDGAR with IDEA, and, more recently "
 "\u2014 in the cauldron of the credit crisis \u2014 the consideration of tough new rules on credit rating agencies, a "
 "strict ban on naked short selling, and a plan for new transparency of credit default swaps, Brian has been "
 "indispensable. Above all, he has helped the SEC set enforcement records, with over $50 billion in pending "
 "settlements for the benefit of investors. As the economy has faced historic challenges, Brian has helped shape the "
 "SEC\u2019s actions to reassure investors and stabilize the markets. He has rendered outstanding public service, and "
 "the nation\u2019s investors and markets are fortunate to have had the benefit of his wisdom and good "
 "judgment.\u201d\n\n"
 "Mr. Cartwright said, \u201cIt has been a great privilege to have served alongside the many dedicated and talented "
 "staff members throughout the agency. I owe an eternal debt of gratitude to Chairman Cox for honoring me with the "
 "opportunity to serve in this capacity.",
 "securities regulation", "regulatory,leadership,executives",
 "U.S. Securities and Exchange Commission, press release 2008-277 '" + T2 + "', Washington, D.C., Nov. 20, 2008, US "
 "federal government work (public domain); text as reproduced at " + U2 + " (dart.deloitte.com), from the search "
 "tool's page store",
 COPY_ORIGIN,
 "An SEC press release (a US federal work, public domain) as Deloitte's DART library reproduces it (batch 18e took "
 "an SEC chair's statement from the same library; the host adds no text to the kept paragraphs); the store holds no "
 "sec.gov copy (asked twice). Left out: the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and "
 "'2008-277', the dateline 'Washington, D.C., Nov. 20, 2008 \u2014' (kept as `published`). Cut in the third "
 "paragraph after Cartwright's second quoted sentence ('... to serve in this capacity.'), before 'I want "
 "particularly to express my profound appreciation to the exceptional lawyers who have served with me in the Office "
 "of the General Counsel \u2014 their boundless enthusiasm, unparall', where the store's excerpt breaks off "
 "(`truncated`); the quotation is left open as the cut leaves it (48j's IOSCO item the same way). Kept as written: "
 "the curly quotation marks and apostrophes, the spaced em dashes, 'General Counsel' capitalised, 'NASDAQ-OMX' with "
 "its hyphen, 'counseled', '$50 billion'. 262 words. One text per matter: the LA Times and thecorporatecounsel "
 "pieces on his 2006 appointment and the Journal of Accountancy's round-up of the post-election departures (not "
 "federal works) are not taken. Found with 'General Counsel Brian Cartwright leaving SEC return to private sector' "
 "(rank 1; first seen for 'SEC News Digest 2008 announces departure senior officer returns to private practice', "
 "rank 4). "
 + CHECK + "'Cartwright', '2008-277', 'Giovanni Prezioso': 0 in the corpus files, GATHERING.md, the gather scripts "
 "and the pools; 'NYSE', 'Euronext', 'FINRA', 'EDGAR' in corpus files of other matters (the exchange and EDGAR "
 "conventions).",
 True))

# ---- Merrill Lynch ARS preliminary settlement, SEC press release 2008-181, 22 August 2008 (sec.gov) ------------------
U3 = "http://www.sec.gov/news/press/2008/2008-181.htm"
T3 = "SEC Enforcement Division Announces Preliminary Settlement With Merrill Lynch to Help Auction Rate Securities Investors"
R.append(federal(
 "us-sec-merrill-lynch-auction-rate-securities-preliminary-settlement-2008", U3, "2008-08-22", T3,
 "The Securities and Exchange Commission's Division of Enforcement today announced that a preliminary settlement in "
 "principle has been reached with Merrill Lynch, Pierce, Fenner & Smith, Inc. (Merrill Lynch) that would enable "
 "investors who purchased auction rate securities from the firm to receive a total of up to $7 billion to restore "
 "their losses and liquidity.\n\n"
 "In addition to helping individual investors, small businesses, and charities who were ARS customers of Merrill "
 "Lynch, the preliminary settlement also would require Merrill Lynch to use its best efforts to provide liquidity for "
 "approximately $1.5 billion worth of ARS purchased through Merrill Lynch by other business and institutional "
 "customers. The terms of the settlement are subject to finalization, review and approval by the Commission.\n\n"
 "The proposed charges involve alleged misrepresentations by Merrill Lynch to thousands of its customers that ARS "
 "were safe, highly liquid investments equivalent to money market instruments and cash. Merrill Lynch did not make "
 "adequate disclosures that the liquidity of these securities was based on Merrill Lynch supporting the auctions it "
 "managed when there was not enough demand. Investors were left holding illiquid securities when Merrill Lynch "
 "stopped supporting auctions in February 2008. Furthermore, Merrill Lynch continued to tout the purported liquidity "
 "of ARS to customers despite its awareness of the escalating liquidity risks in the weeks and months preceding the "
 "collapse of the ARS market.",
 "financial services/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2008-181 '" + T3 + "', Washington, D.C., Aug. 22, 2008, US "
 "federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/2008/2008-181.htm' address): first-party text. Left out: the page lines " + DIGEST_LINES.replace(
 ", 'SEC News Digest'", "") + ", the heading (kept as `title`), 'FOR IMMEDIATE RELEASE', '2008-181', the dateline "
 "'Washington, D.C., Aug. 22, 2008 \u2014' (kept as `published`). Cut after the third paragraph ('... the collapse "
 "of the ARS market.'), before the quotation '\"Merrill Lynch's conduct harmed tens of thousands of investors who "
 "will have the opportunity to get their money back through this agreement pending Commission approval,\" said "
 "Linda Chatman ', where the store's excerpt breaks off (`truncated`; the speaker's name and post are lost with it). "
 "Kept as written: 'Settlement With' capitalised in the title, 'Merrill Lynch, Pierce, Fenner & Smith, Inc.', "
 "'ARS' never spelt out beside 'auction rate securities', the straight apostrophes. 226 words. One text per matter: "
 "the same item in the SEC News Digest of 22 August 2008 (Issue 2008-164, only as an investorshub forum copy, 48j's "
 "lead), news and blog rewrites (sbsun, investorlawyers, courthousenews, investorprotection) and the Arizona "
 "Corporation Commission's later order (azfree.cfwbd.com) are not taken. Found with 'SEC News Digest 2008 Merrill "
 "Lynch auction rate securities settlement' (rank 1). "
 + CHECK + "'Merrill Lynch, Pierce', 'dig082208' (twice in GATHERING.md: 48j's not-used list and leads, pointing to "
 "this matter, not used before), '2008-181' (once in GATHERING.md, as the issue number of dig091708, another "
 "matter): 0 in the corpus files, the gather scripts and the pools; 'auction rate' in one corpus file (48g's Citigroup "
 "Global Markets settlement: another firm, the convention followed); 'Merrill Lynch' in seven corpus files (other "
 "matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 48i (session 49, gatherer 48i): three items of the SEC News Digest of 2008 -- the SEC's protocols with
regulators in Belgium, Bulgaria, Norway and Portugal for sharing information on International Financial Reporting
Standards, under a work plan with the Committee of European Securities Regulators, with SEC Chairman Christopher Cox
quoted on the agency's earlier arrangements with British, German and Euronext regulators; the SEC's Fair Fund
distribution to investors harmed by market timing in funds run by Franklin Advisers, Inc. of the Franklin-Templeton
Investments complex, with two SEC office directors quoted; the SEC Division of Enforcement's settlement in principle
with Citigroup Global Markets, Inc. over auction rate securities, with the division's director quoted -- each the
SEC's own digest page (US federal government works, 17 U.S.C. 105), the fourth round of session 49 in the federal SEC
lane (after batches 40zm ... 47y, 48a, 48d and 48g), on new matters (48g's leads: SEC News Digest pages of 2008 asked
for as 'SEC News Digest Issue 2008 ...' with a topic; dig052308 was 48g's readiest lead, the other two came back
beside it; every name, release and digest address was checked first against the corpus files, GATHERING.md, the
gather scripts and the session-49 pools) -- first-party SEC text, the sec.gov pages as the search tool's page store
holds them:
  - the SEC News Digest, Issue 2008-101 (23 May 2008), its first item ('SEC Signs Protocols for Sharing Information
    on International Accounting Standards'): the Committee of European Securities Regulators, the Financial Reporting
    Council, the Financial Services Authority, Christopher Cox, the College of Euronext Regulators, the Federal
    Financial Supervisory Authority (sec.gov's 'news/digest/2008/dig052308.htm');
  - the SEC News Digest, Issue 2008-186 (24 September 2008), its first item ('SEC Announces Fair Fund Distribution to
    Investors Harmed by Market Timing in Franklin-Templeton Funds'): Franklin Advisers, Inc., Franklin-Templeton
    Investments, Marc J. Fagel, Dick D'Anna (sec.gov's 'news/digest/2008/dig092408.htm');
  - the SEC News Digest, Issue 2008-153 (7 August 2008), its first item ('Citigroup Agrees in Principle to Auction Rate
    Securities Settlement'): Citigroup Global Markets, Inc., Linda Chatman Thomsen (sec.gov's
    'news/digest/2008/dig080708.htm').
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines ('U.S. Securities & Exchange
Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'SEC News Digest'), the
issue number, the date line, the section line 'COMMISSION ANNOUNCEMENTS' and the items' sub-headings are left out (the
item's heading kept as `title`, the digest's date as `published`); no word added or changed; paragraphs joined by a
blank line; each text cut at the last full sentence before the store's excerpt breaks off (the Cox and Thomsen
quotations' opening marks left unclosed, no mark added: 48g's, 15c's and 27b's way). Written before any extractor
ran on the texts (newskg was not run on them).
usage: batch48i.py [POOL_DIR] [--dry]   (default /tmp/gather49i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -ril over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script and the session-49 pools /tmp/gather49*/pool (48a's three, 48b's three, 48c's one, 48d's four, 48e's "
         "two, 48f's two and 48g's three when checked): ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather49i/pool"
DIGEST_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
                "Exchange Commission', 'SEC News Digest'")
R = []

# ---- IFRS information-sharing protocols, SEC News Digest 2008-101, 23 May 2008 (sec.gov) -------------------------------
U1 = "http://www.sec.gov/news/digest/2008/dig052308.htm"
T1 = "SEC Signs Protocols for Sharing Information on International Accounting Standards"
R.append(federal(
 "us-sec-ifrs-information-sharing-protocols-belgium-bulgaria-norway-portugal-cesr-2008", U1, "2008-05-23", T1,
 "The Securities and Exchange Commission today signed protocols to share information on the application of "
 "International Financial Reporting Standards (IFRS) with financial regulators in four European countries.\n\n"
 "The arrangements with regulators in Belgium, Bulgaria, Norway and Portugal are in line with the Work Plan "
 "previously agreed to between the SEC and the Committee of European Securities Regulators (CESR).\n\n"
 "The most recent protocols follow on one signed recently with the UK Financial Reporting Council and the UK "
 "Financial Services Authority. The protocols are based on a model protocol developed between the Commission and "
 "CESR and provide for the confidential exchange of issuer-specific information. The Commission anticipates signing "
 "additional protocols with other CESR member jurisdictions in the future.\n\n"
 "These protocols join the growing list of arrangements for regulatory, enforcement and supervisory cooperation "
 "between the Commission and its foreign counterparts.\n\n"
 "SEC Chairman Christopher Cox said, \"These four new international protocols add to the arrangements that the SEC "
 "has concluded within the last year alone with the College of Euronext Regulators, the German Federal Financial "
 "Supervisory Authority, the United Kingdom Financial Services Authority and the UK Financial Reporting Council - all "
 "aimed at enhancing regulatory, enforcement and supervisory cooperation. International arrangements of this kind "
 "are quickly becoming a cornerstone of U.S. securities regulation in today's global marketplace.",
 "securities regulation", "regulatory,partnership",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-101, May 23, 2008, Commission Announcements, "
 "'" + T1 + "', US federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig052308.htm' address): first-party text, no third-party copy (the store also holds "
 "accountancyage.com's and investmentexecutive.com's rewrites of the same announcement, not taken). Left out: the "
 "page lines " + DIGEST_LINES + ", 'Issue 2008-101', the date line 'May 23, 2008' (kept as `published`), the section "
 "line 'COMMISSION ANNOUNCEMENTS', the item's sub-heading 'U.S. and European Authorities from Belgium, Bulgaria, "
 "Norway and Portugal Add to Growing List of Cooperative Arrangements'; the item's heading kept as `title`. Cut "
 "inside Cox's quotation after its second sentence ('... in today's global marketplace.'), before 'As American "
 "investors and companies increasingly demand seamless cross-border acc', where the store's excerpt breaks off "
 "(`truncated`): Cox's opening quotation mark is left unclosed (no mark added, 48g's way). Kept as written: 'UK' and "
 "'United Kingdom' both, 'Work Plan' capitalised, the spaced hyphen in 'Financial Reporting Council - all aimed', "
 "the straight quotation marks and apostrophe. 213 words. One text per matter: the SEC's press release on the "
 "protocols (not in the store's answers) is not taken. Found with 'SEC News Digest Issue 2008 trading suspensions "
 "three issuers September 17 2008' (rank 8) after 'SEC News Digest Issue 2008 information sharing protocol CESR "
 "Belgium Bulgaria Norway Portugal IFRS' gave only the two rewrites and CESR's own page. "
 + CHECK + "'dig052308' twice in GATHERING.md (48g's 'not taken this round' and leads: this item, not used before); "
 "'CESR' once in GATHERING.md (the same 48g note); 'Committee of European Securities', 'College of Euronext', "
 "'Financial Reporting Council', 'Christopher Cox': 0 in the corpus files, GATHERING.md, the gather scripts and the "
 "pools; 'Federal Financial Supervisory' in one corpus file by file name (Wikipedia's Wirecard scandal, another "
 "matter); 'Financial Services Authority' in five corpus files by file name (PayPal's licence, Northern Rock, "
 "Kaupthing and others: other matters); 'Euronext' in ten (exchange deals, other matters).",
 True))

# ---- Franklin-Templeton Fair Fund, SEC News Digest 2008-186, 24 September 2008 (sec.gov) --------------------------------
U2 = "http://www.sec.gov/news/digest/2008/dig092408.htm"
T2 = "SEC Announces Fair Fund Distribution to Investors Harmed by Market Timing in Franklin-Templeton Funds"
R.append(federal(
 "us-sec-franklin-advisers-market-timing-fair-fund-distribution-franklin-templeton-2008", U2, "2008-09-24", T2,
 "The Securities and Exchange Commission today announced a Fair Fund distribution of approximately $49 million to "
 "investors who were affected by improper market timing in mutual funds managed by Franklin Advisers, Inc. "
 "(Franklin) of the Franklin-Templeton Investments complex.\n\n"
 "The remainder of the Fair Fund, approximately $5.7 million including earned interest, is scheduled to be "
 "distributed next month.\n\n"
 "\"This distribution to more than one million recipients reflects the SEC's commitment to compensating investors "
 "harmed by misconduct,\" said Marc J. Fagel, Director of the SEC's San Francisco Regional Office.\n\n"
 "The Sarbanes-Oxley Act of 2002 gave the SEC authority to increase the amount of money returned to injured "
 "investors by allowing civil penalties to be included in Fair Fund distributions. Prior to Sarbanes-Oxley, only "
 "disgorgement could be returned to investors. Since 2002, SEC enforcement actions have resulted in more than $4 "
 "billion in distributions to investors.\n\n"
 "\"As the investors' advocate, the SEC continues to make increasing use of the new authority provided by Congress "
 "so that we can return as much money as possible from wrongdoers to harmed investors,\" said Dick D'Anna, Director "
 "of the SEC's Office of Collections and Distributions.\n\n"
 "In 2004, the SEC brought settled administrative and cease-and-desist proceedings charging Franklin with improperly "
 "allowing market timing in mutual funds it managed from 1996 to 2001. The SEC's order in the proceedings found that "
 "Franklin violated certain provisions of the federal securities laws and ordered Franklin to cease and desist from "
 "such violations.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-186, September 24, 2008, Commission "
 "Announcements, '" + T2 + "', US federal government work (public domain); text from the search tool's page store "
 "at " + U2,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig092408.htm' address): first-party text, no third-party copy. Left out: the page lines "
 + DIGEST_LINES + ", 'Issue 2008-186', the date line 'September 24, 2008' (kept as `published`), the section line "
 "'COMMISSION ANNOUNCEMENTS'; the item's heading kept as `title`. Cut after the sixth paragraph's second sentence "
 "('... to cease and desist from such violations.'), before 'The order further required Franklin to pay a total of "
 "$50 million in disgorgement and p', where the store's excerpt breaks off (`truncated`). Kept as written: 'Fair "
 "Fund' capitalised, 'Franklin-Templeton' hyphenated, 'Director of the SEC's' with a capital, 'Prior to "
 "Sarbanes-Oxley', 'more than $4 billion', the straight quotation marks and apostrophes. 241 words. One text per "
 "matter: the SEC's 2004 order against Franklin Advisers and the press release on the distribution (neither in the "
 "store's answers) are not taken. Found with 'SEC News Digest Issue 2008 trading suspensions three issuers September "
 "17 2008' (rank 3). "
 + CHECK + "'Franklin Advisers', 'Franklin-Templeton', 'Templeton', \"D'Anna\", 'Office of Collections', "
 "'dig092408': 0 in the corpus files, GATHERING.md, the gather scripts and the pools; 'Fagel' in two corpus files by "
 "file name (Marvell's and Maxim's backdating, other matters: the same SEC official, the corpus's San Francisco "
 "Regional Office convention); 'Fair Fund' and 'market timing' in other SEC files (other fund companies: MFS, "
 "Security Brokerage, Security Trust, Fred Alger and others).",
 True))

# ---- Citigroup auction rate securities, SEC News Digest 2008-153, 7 August 2008 (sec.gov) ------------------------------
U3 = "http://www.sec.gov/news/digest/2008/dig080708.htm"
T3 = "Citigroup Agrees in Principle to Auction Rate Securities Settlement"
R.append(federal(
 "us-sec-citigroup-global-markets-auction-rate-securities-settlement-in-principle-2008", U3, "2008-08-07", T3,
 "The Securities and Exchange Commission's Division of Enforcement today announced a preliminary settlement in "
 "principle with Citigroup Global Markets, Inc. (Citi) including proposed charges and a plan that would give "
 "individual investors, small businesses, and charities all $7.5 billion of their money back from auction rate "
 "securities (ARS) they purchased from the firm. The agreement also would require Citi to use its best efforts to "
 "liquidate by the end of 2009 all of the approximately $12 billion worth of ARS the firm sold to retirement plans "
 "and other institutional investors.\n\n"
 "The ARS market collapsed in mid-February 2008, leaving tens of thousands of Citi customers holding nearly $20 "
 "billion of these illiquid securities for an indefinite period of time. The conduct underlying the proposed charges "
 "stems from Citi's marketing of ARS to many of its customers as highly liquid investments, including as money "
 "market investments. The liquidity of these securities, however, was premised on Citi providing support bids for "
 "auctions it managed when there was not enough customer demand. When Citi stopped supporting auctions in February "
 "2008, there were widespread auction failures. As a result, thousands of Citi customers were left holding illiquid "
 "securities.\n\n"
 "Linda Chatman Thomsen, Director of the SEC's Division of Enforcement, said, \"Today's agreement in principle "
 "provides real relief to investors.",
 "brokerage/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, SEC News Digest, Issue 2008-153, August 7, 2008, Commission Announcements, "
 "'" + T3 + "', US federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC News Digest item (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/digest/2008/dig080708.htm' address): first-party text, no third-party copy. Left out: the page lines "
 + DIGEST_LINES + ", 'Issue 2008-153', the date line 'August 7, 2008' (kept as `published`), the section line "
 "'COMMISSION ANNOUNCEMENTS', the item's sub-heading 'Firm Will Provide Liquidity and Remediate Losses'; the item's "
 "heading kept as `title` ('Citigroup' is in the title only). Cut inside Thomsen's quotation after its first "
 "sentence ('... provides real relief to investors.'), before 'In a short period of time, about 38,000 individual, "
 "small business, and charitable organization investor accounts will receive ...', which runs on to 'approximately "
 "$12 bi' where the store's excerpt breaks off (`truncated`): Thomsen's opening quotation mark is left unclosed (no "
 "mark added, 48g's way). Kept as written: '(Citi)' and '(ARS)' as defined, 'small businesses, and charities' with "
 "the serial comma, 'would require' after 'also', the straight quotation mark and apostrophes. 213 words. One text "
 "per matter: the SEC's press release 2008-168 (the same prose after a video block, in the store as the UNT End "
 "of Term 2008 archive holds it), Thomsen's statement at the news conference (spch080708lct, the same archive) and "
 "the rewrites of investmentnews, globalcustodian and investorgeeks are the same matter and not taken. Found with "
 "'SEC News Digest Issue 2008 trading suspensions three issuers September 17 2008' (rank 5). "
 + CHECK + "'auction rate', 'auction-rate', 'Auction Rate', 'dig080708': 0 in the corpus files, GATHERING.md, the "
 "gather scripts and the pools; 'Citigroup Global Markets' in one corpus file by file name (a Wikinews story on "
 "Cyclone Gonu with a Citigroup Global Markets analyst, another matter) and in GATHERING.md for that story; "
 "'Thomsen' and 'Division of Enforcement' in other SEC files (the corpus's director convention, other matters).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

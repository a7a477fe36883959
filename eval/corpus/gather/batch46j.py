#!/usr/bin/env python3
"""Batch 46j (session 47, gatherer 46j): the firms and men who ran the first money market fund to 'break the buck' in
September 2008 -- its investment adviser, the adviser's chairman and its vice chairman and president, and the fund's
distributor -- charged with fraud for keeping facts from investors and trustees as Lehman Brothers went bankrupt; two
Schwab firms settling charges of misleading statements about an ultra-short bond fund while the SEC sues the adviser's
former chief investment officer for fixed income and a broker-dealer's executive vice president who had been the
adviser's president -- told in a US Securities and Exchange Commission litigation release of 2009 and an SEC press
release of 2011 (US federal government works, 17 U.S.C. 105), the fourth round of session 47 in the federal SEC lane
(batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p,
44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d and 46g; 43i and 43k found
nothing), on new matters -- first-party SEC text, the sec.gov pages as the search tool's page store holds them:
  - the SEC's Litigation Release No. 21025 (5 May 2009; no heading on the page): 'The Reserve Primary Fund', 'the
    Reserve Management Company, Inc. (RMCI), its Chairman, Bruce Bent Sr., its Vice Chairman and President, Bruce Bent
    II, and Resrv Partners, Inc.', Lehman Brothers Holdings, Inc. (sec.gov's old 'litigation/litreleases/YYYY/
    lrNNNNN.htm' address, 'https://www.');
  - the SEC's press release 2011-7 (11 January 2011, 'SEC Charges Schwab Entities and Two Executives With Making
    Misleading Statements'): Charles Schwab Investment Management (CSIM), Charles Schwab & Co., Inc. (CS&Co.), Schwab
    Investments, the Schwab YieldPlus Fund, "CSIM's former chief investment officer for fixed income Kimon Daifotis",
    'Randall Merk, who is an executive vice president at CS&Co. and was president of CSIM', Robert Khuzami, 'Director
    of the SEC's Division of Enforcement', quoted (the old 'news/press/YYYY/YYYY-N.htm' address).
46g's leads: the Reserve Primary Fund/Bruce Bent (2009) and the Schwab YieldPlus case (taken); State Street's Limited
Duration Bond Fund case gave only the company's own release on sec.gov (Litigation Release No. 21408: no executive
named; the 2010 charges against its former chief investment officer and a product engineer only in news, lexology and
an order on docslib); Westridge Capital gave only CFTC, FBI and news pages; Galleon/Rajaratnam (the same matter as New
Castle/Mark Kurland) gave sec.gov's Litigation Release No. 21397 (no post in the excerpt) and No. 21827 (mis-encoded
dashes), left. Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, caption,
heading, sub-heading and dateline lines are left out (a heading kept as `title`, the date as `published`); no word
added or changed; paragraphs joined by a blank line; each text cut at the last full sentence or paragraph before the
store's excerpt breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46j.py [POOL_DIR] [--dry]   (default /tmp/gather47j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch46a import CHECK   # batch45a's check note with the session-47 pools /tmp/gather47*/pool named
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47j/pool"
R = []

# ---- Reserve Management Company, the Bents and Resrv Partners, Litigation Release No. 21025, 5 May 2009 (sec.gov) ---------
U1 = "https://www.sec.gov/litigation/litreleases/2009/lr21025.htm"
R.append(federal(
 "us-sec-reserve-management-chairman-bent-vice-chairman-president-bent-ii-primary-fund-2009", U1, "2009-05-05", None,
 "On May 5, 2009, the Securities and Exchange Commission filed a civil action in the United States District Court for "
 "the Southern District of New York charging the entities and individuals who operate The Reserve Primary Fund, "
 "including the Reserve Management Company, Inc. (RMCI), its Chairman, Bruce Bent Sr., its Vice Chairman and "
 "President, Bruce Bent II, and Resrv Partners, Inc., with fraud for failing to provide key material facts to "
 "investors and trustees about the fund's vulnerability as Lehman Brothers Holdings, Inc. sought bankruptcy "
 "protection. The Reserve Primary Fund \"broke the buck\" on Sept. 16, 2008, when its net asset value fell below $1.00 "
 "per share, meaning investors in the money market fund would lose money. In bringing the enforcement action, the SEC "
 "also seeks to expedite the distribution of the fund's remaining assets to investors.\n\n"
 "According to the complaint, defendants failed to provide key material information to the Primary Fund's investors, "
 "board of trustees, and ratings agencies after Lehman Brothers filed for bankruptcy protection on September 15. The "
 "fund, which held $785 million in Lehman-issued securities, became illiquid on that day when the fund was unable to "
 "meet investor requests for redemptions. According to the SEC's complaint, the defendants misrepresented that RMCI "
 "would provide the credit support necessary to protect the $1 net asset value of the Primary Fund when, in fact, "
 "RMCI had no such intention.\n\n"
 "The SEC also alleges that RMCI significantly understated the volume of redemption requests received by the fund and "
 "failed to provide the trustees with accurate information concerning the value of Lehman securities.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 21025, May 5, 2009 (Securities and Exchange "
 "Commission v. Reserve Management Company, Inc., Resrv Partners, Inc., Bruce Bent Sr. and Bruce Bent II, Civil Action "
 "No. 09-CV-4346 (S.D.N.Y. May 5, 2009)), US federal government work (public domain); text from the search tool's "
 "page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'litigation/litreleases/YYYY/lrNNNNN.htm' address, 'https://www.'): first-party text, no third-party copy. Left out: "
 "the line 'U.S. SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 21025 / May 5, 2009' (kept as "
 "`published`), the caption 'Securities and Exchange Commission v. Reserve Management Company, Inc., Resrv Partners, "
 "Inc., Bruce Bent Sr. and Bruce Bent II, Civil Action No. 09-CV-4346 (S.D.N.Y. May 5, 2009)'; the page has no "
 "heading of its own in the stored excerpt (`title` null, as 45zi's Sirena and Interspeed releases); cut after the "
 "third paragraph's first sentence ('... concerning the value of Lehman securities.'), before 'Because of these "
 "misrepresentations and omissions, the', where the store's excerpt breaks off (`truncated`). Kept as written: 'the "
 "Reserve Management Company, Inc.' with its article, 'The Reserve Primary Fund' with a capital 'The' mid-sentence, "
 "'its Chairman', 'its Vice Chairman and President' with capitals, 'Resrv' (the firm's own spelling), the straight "
 "double quotation marks of '\"broke the buck\"', the straight apostrophes ('fund's' twice, \"Primary Fund's\", "
 "\"SEC's\"), 'Sept. 16, 2008' beside 'September 15' (no year), 'Lehman-issued', 'ratings agencies'. 261 words. One "
 "text per matter: the SEC's complaint (dokumen.tips, pdffox), the court's 2010 opinion (findacase), a class-action "
 "complaint (pdfkul), secactions (two copies) and news (latimes, utsandiego, twincities, investmentnews, lexology, "
 "newsmax, financial-planning (two), chicagotribune) left out. Found with 'Litigation Release Reserve Management "
 "Company Resrv Partners Bruce Bent Sr. Bruce Bent II Primary Fund complaint' (rank 2; rank 1 the complaint on "
 "dokumen.tips). "
 + CHECK + "'Reserve Primary', 'Primary Fund', 'Reserve Management', 'Bruce Bent', 'Bent Sr', 'Bent II', 'Resrv', "
 "'RMCI', 'broke the buck', '21025', 'lr21025', '09-CV-4346': 0 in the corpus files, the gather scripts, the "
 "session-47 pools and the other session-47 notes ('Primary Fund' and 'Bruce Bent' only in 46g's lead line in "
 "GATHERING.md and 46g.md); 'Lehman': seven corpus files on other matters (the 2008 crisis in Wikinews stories, a 1998 "
 "Federal Register notice, Sony, SK Global, Dexia, General Motors); 'Southern District of New York': nineteen corpus "
 "files on other matters (file names only).",
 True))

# ---- Charles Schwab Investment Management, Charles Schwab & Co., Daifotis and Merk, press release 2011-7, 11 January 2011 ---
U2 = "https://www.sec.gov/news/press/2011/2011-7.htm"
T2 = "SEC Charges Schwab Entities and Two Executives With Making Misleading Statements"
R.append(federal(
 "us-sec-charles-schwab-investment-management-former-cio-daifotis-merk-yieldplus-fund-2011", U2, "2011-01-11", T2,
 "The Securities and Exchange Commission today charged Charles Schwab Investment Management (CSIM) and Charles Schwab "
 "& Co., Inc. (CS&Co.) with making misleading statements regarding the Schwab YieldPlus Fund and failing to "
 "establish, maintain and enforce policies and procedures to prevent the misuse of material, nonpublic information. "
 "The SEC also charged CSIM and Schwab Investments with deviating from the YieldPlus fund's concentration policy "
 "without obtaining the required shareholder approval.\n\n"
 "The SEC also filed a complaint in federal court against CSIM's former chief investment officer for fixed income "
 "Kimon Daifotis as well as Schwab official Randall Merk, who is an executive vice president at CS&Co. and was "
 "president of CSIM and a trustee of the YieldPlus and other Schwab funds. The SEC alleges that Daifotis and Merk "
 "committed fraud and other securities law violations in connection with the offer, sale and management of the "
 "YieldPlus Fund.\n\n"
 "CSIM and CS&Co. agreed to pay more than $118 million to settle the SEC's charges. The SEC's case continues against "
 "the executives.\n\n"
 "Robert Khuzami, Director of the SEC's Division of Enforcement said, \"All financial firms and professionals \u2014 "
 "including large mutual fund providers \u2014 must be vigilant in accurately describing the risks of the products "
 "they sell to the public, especially the widely-held mutual funds that are the bread-and-butter investments of "
 "retail investors.\"",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2011-7 '" + T2 + "', Washington, D.C., Jan. 11, 2011, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY/YYYY-N.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the sub-heading 'Schwab Entities to Pay More Than $118 Million to Settle SEC "
 "Charges' (cut, as 46a cut KLA's), the dateline 'Washington, D.C., Jan. 11, 2011 \u2014 ' opening the first "
 "paragraph (kept as `published`, as 46a's Monster release); cut after the fourth paragraph (Khuzami's quotation), "
 "before the fifth ('Antonia Chion, Associate Director of the SEC's Division of Enforcement, said, \"Schwab marketed "
 "the fund ... invested in private-is'), where the store's excerpt breaks off inside a word (`truncated`). Kept as "
 "written: 'CS&Co.' with its period (also before 'and was' and 'agreed'), 'the YieldPlus fund's' with a lower-case "
 "'fund' beside 'the YieldPlus Fund', the lower-case posts ('former chief investment officer for fixed income', "
 "'executive vice president', 'president'), 'Director of the SEC's Division of Enforcement said,' with no comma "
 "before 'said', the em dashes around 'including large mutual fund providers', 'widely-held', 'bread-and-butter', "
 "the straight apostrophes and double quotation marks. 217 words. One text per matter: the complaints (cupdf), the "
 "Schwab fair fund site, the order (quimbee), thomasfshinelawblog, forkeylaw's copy of the litigation releases, and "
 "news (lexology, accountingtoday) left out. Found with 'Litigation Release Charles Schwab Investment Management "
 "YieldPlus fund misleading investors settled charges officers' (rank 8; ranks 1-7 a law blog, lexology, the complaint "
 "on cupdf, the fair fund site, accountingtoday, quimbee, forkeylaw). "
 + CHECK + "'YieldPlus', 'Schwab', 'CSIM', 'CS&Co', 'Daifotis', 'Randall Merk', 'Schwab Investments', '2011-7': 0 in "
 "the corpus files, the gather scripts and the session-47 pools ('YieldPlus' and 'Schwab' only in 46g's lead line in "
 "GATHERING.md and 46g.md); 'Merk' as a string only inside 'Merkel' and other words in four Wikinews files; 'Khuzami': "
 "two corpus files on other matters (Panalpina's customs bribery sweep, Tyson Foods' Mexican veterinarians) and batch "
 "42g; 'Division of Enforcement': sixteen corpus files on other matters (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

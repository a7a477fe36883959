#!/usr/bin/env python3
"""Batch 43d (session 44, gatherer 43d): company executives with their posts told in US Securities and Exchange
Commission texts (US federal government works, 17 U.S.C. 105), a second round of session 44 after batch 43a in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a) -- first-party
SEC text from sec.gov as the search tool's page store holds it:
  - the SEC's press release 2018-220 (28 September 2018, 'SEC Charges Walgreens and Two Former Executives With
    Misleading Investors About Forecasted Earnings Goal'): Walgreens Boots Alliance Inc., its former CEO Gregory
    Wasson and former CFO Wade Miquelon, Walgreen Co.'s 2012 two-step merger with Alliance Boots GmbH; Stephanie
    Avakian, Co-Director of the SEC's Division of Enforcement, quoted;
  - the SEC's Litigation Release No. 25700 (25 April 2023, 'SEC Obtains Final Judgment from Former Executive for His
    Role in $100 Million Accounting Fraud'): Jeffrey Hastings, former CEO of Houston-based seismic data company
    SAExploration Holdings, Inc. (SAE), his co-defendant Brent Whiteley and an Alaska-based company they controlled;
    the final judgment of the U.S. District Court for the Southern District of New York.
Texts are the search tool's page-store excerpts (corpus `pages`) of the sec.gov pages themselves (no third-party
copy, so no word-for-word check against another copy is needed). Page lines, release-number and caption lines,
datelines and headings are left out (the heading kept as `title`, the date as `published`); no word added or
changed. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch43d.py [POOL_DIR] [--dry]   (default /tmp/gather44d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch43a import CHECK   # batch42a's check note (batch41b's) with the session-44 pools named, as 43a writes it
from batch41e import SEC_ORIGIN

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather44d/pool"
R = []

# ---- Walgreens, Wasson and Miquelon, press release 2018-220, 28 September 2018 ----------------------------------------
U1 = "http://www.SEC.gov/news/press-release/2018-220"
R.append(federal(
 "us-sec-walgreens-former-ceo-wasson-cfo-miquelon-alliance-boots-merger-goal-2018", U1, "2018-09-28",
 "SEC Charges Walgreens and Two Former Executives With Misleading Investors About Forecasted Earnings Goal",
 "The Securities and Exchange Commission today charged Walgreens Boots Alliance Inc., former CEO Gregory Wasson, "
 "and former CFO Wade Miquelon with misleading investors about increased risk that the company would miss a key "
 "financial goal announced when Walgreen Co. entered into a merger with Alliance Boots GmbH in 2012.\n\n"
 "Walgreens agreed to pay a $34.5 million penalty to settle the SEC\u2019s enforcement action.\n\n"
 "According to the SEC\u2019s order, Walgreens announced a two-step merger with Alliance Boots in June 2012, and at "
 "the same time projected that the combined entity would generate $9 billion to $9.5 billion in combined adjusted "
 "operating income in the 2016 fiscal year.  After completing the first step of the merger, Walgreens\u2019 internal "
 "forecasts indicated that the risk of missing its 2016 projection had increasing significantly.  But Walgreens, "
 "Wasson, and Miquelon repeatedly publicly reaffirmed the projections without adequately disclosing the increased "
 "risk.  When Walgreens subsequently announced that it was moving forward with the second step of the merger in "
 "August 2014, it announced a new earnings per share goal that translated to an adjusted operating income "
 "projection of $7.2 billion for fiscal 2016, a 20 percent decline over its initial projection.  Walgreens\u2019 "
 "stock price dropped 14.3% on the day of the announcement.\n\n"
 "\u201cOver multiple reporting periods, senior Walgreens executives misled investors about the company\u2019s public "
 "financial goal,\u201d said Stephanie Avakian, Co-Director of the SEC\u2019s Division of Enforcement. \u201cThe penalty "
 "assessed against Walgreens is intended to punish and deter such conduct, which deprived investors of information "
 "necessary to make fully informed investment decisions.\u201d",
 "pharmacy retail/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2018-220 'SEC Charges Walgreens and Two Former Executives "
 "With Misleading Investors About Forecasted Earnings Goal', Washington D.C., Sept. 28, 2018, US federal government "
 "work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the 'news/press-release/"
 "YYYY-NNN' address of 2013-2019, stored as 'http://www.SEC.gov/...'): first-party text, no third-party copy. Left "
 "out: the page line 'Skip to main content', the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and "
 "'2018-220', the dateline 'Washington D.C., Sept. 28, 2018 \u2014' (kept as `published`, as 41q, 42e, 42g, 42j, 42y "
 "and 43a cut theirs); cut after the fourth paragraph (the quotation with its attribution), before the fifth "
 "('Melissa Hodgman, Associate Director of the SEC\u2019s Enfor...'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: the curly quotation marks and apostrophes, the two spaces between sentences of "
 "the third paragraph (inner whitespace, as 41q and 42y), 'had increasing significantly' (sic), 'Walgreens\u2019' "
 "without a final s, 'two-step', '14.3%', 'Co-Director' capitalised. 255 words. One text per matter: "
 "seekingalpha.com, chicagotribune.com (two addresses), irishtimes.com (a Financial Times story), pharmacist.com "
 "and gephardtdaily.com (a UPI story, two addresses) left out (news of the same release). Found with 'SEC Charges "
 "Walgreens and Former Executives Gregory Wasson Wade Miquelon misleading investors about earnings goal' (rank 5). "
 + CHECK + "'Wasson', 'Miquelon', '2018-220': 0 everywhere; 'Walgreen': GATHERING.md only (batch 40zc's unused lead: Liz "
 "Earle Beauty Co. sold to Walgreens Boots Alliance in 2015, another matter); 'Alliance Boots': one dev file (the UK "
 "Parliament's BIS committee report of 2013 on the retail sector, another matter: its witnesses' posts at Alliance "
 "Boots) and batch 16f's scripts; 'Avakian': one train file (40zm's Musk/Tesla release) and batches 40zm and 43a "
 "(other matters); 'Hodgman' (cut here): other SEC texts (batches 18b, 25b).", True))

# ---- SAExploration and Jeffrey Hastings, Litigation Release No. 25700, 25 April 2023 ----------------------------------
U2 = "https://www.sec.gov/litigation/litreleases/2023/lr25700.htm"
R.append(federal(
 "us-sec-saexploration-former-ceo-hastings-final-judgment-accounting-fraud-2023", U2, "2023-04-25",
 "SEC Obtains Final Judgment from Former Executive for His Role in $100 Million Accounting Fraud",
 "On April 21, 2023, the U.S. District Court for the Southern District of New York entered final judgment against "
 "Jeffrey Hastings for his role in a multi-year accounting fraud engaged in while he was CEO of Houston-based "
 "seismic data company SAExploration Holdings, Inc. (SAE). The SEC's amended complaint alleges that Hastings and "
 "three other former SAE executives falsely inflated the revenue of SAE by approximately $100 million and concealed "
 "their theft of millions of dollars from the company.\n\n"
 "According to the SEC's amended complaint, Hastings, along with his co-defendants, caused SAE to enter into a "
 "series of seismic data acquisition contracts totaling approximately $140 million with a purportedly unrelated "
 "Alaska-based company that was in fact controlled by Hastings and co-defendant Brent Whiteley. The amended "
 "complaint alleges that SAE improperly recorded approximately $100 million in revenue in light of the Alaskan "
 "company's inability to pay and the SAE executives' control of the company. As also alleged, Hastings and his "
 "co-defendants misappropriated $12 million from SAE and routed approximately half of those funds back to SAE to "
 "create the false impression that the related Alaskan company was actually paying SAE for seismic data, and then "
 "kept the remainder of the misappropriated funds for themselves.",
 "seismic data/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 25700, April 25, 2023 (Securities and Exchange "
 "Commission v. SAExploration Holdings, Inc., et al., No. 1:20-CV-08423 (S.D.N.Y. filed Oct. 8, 2020)), US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the 'litigation/"
 "litreleases/2023' address): first-party text, no third-party copy. Left out: the lines 'U.S. SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 25700 / April 25, 2023' (kept as `published`) and 'Accounting and "
 "Auditing Enforcement No. 4402 / April 25, 2023', the case caption 'Securities and Exchange Commission v. "
 "SAExploration Holdings, Inc., et al., No. 1:20-CV-08423 (S.D.N.Y. filed Oct. 8, 2020)', the heading (kept as "
 "`title`); cut after the second paragraph, before the third ('Without denying the SEC's allegations, Hastings "
 "consented to the entry of a final judgment permanently enjoining him from violating Section 17(a) ...', a list of "
 "statutes and rules that breaks off at 'Rules 10b-5, 12b' where the store's excerpt ends; `truncated`). Kept as "
 "written: the straight apostrophes, 'multi-year', 'Houston-based', 'Alaska-based' and 'Alaskan', 'co-defendant(s)'. "
 "202 words. One text per matter: the SEC's Litigation Release No. 24988 of 18 December 2020 on the company's own "
 "final judgment (sec.gov, litreleases/2020/lr24988.htm: the same case, no executive's post named), the "
 "justice.gov SDNY release on Hastings's indictment (a DOJ text, another agency's round), natlawreview.com, "
 "adn.com, gmtresearch.com, an EDGAR exhibit (the SEC's and SAE's joint motion: a filing) and a copy of the "
 "complaint on hjtg28.cn left out. Found with 'SEC Charges Oil and Gas Company SAExploration and Former Executives "
 "With Accounting Fraud Jeffrey Hastings Brent Whiteley' (rank 1; lr24988 at rank 7). " + CHECK
 + "'SAExploration', 'Jeffrey Hastings', 'Whiteley', '25700', '20-CV-08423', 'Alaska Seismic', 'Houston-based "
 "seismic': 0 everywhere; 'Houston', 'Alaska': other texts (places).", True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

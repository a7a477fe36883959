#!/usr/bin/env python3
"""Batch 52c (session 53, gatherer 52c): two SEC press releases on exchanges and the firms and officers under them --
the Commission's and the New York Stock Exchange's settled enforcement actions against five NYSE specialist firms,
Bear Wagner Specialists LLC, Fleet Specialist, Inc., LaBranche & Co., LLC, Spear, Leeds & Kellogg Specialists LLC and
Van der Moolen Specialists USA, LLC, over trading ahead of customer orders from 1999 to 2003 (press release 2004-42,
30 March 2004, 'Settlement Reached With Five Specialist Firms for Violating Federal Securities Laws and NYSE
Regulations'); the Commission's settled action against the National Stock Exchange (NSX) and its president and chief
executive officer David Colker over the exchange's failure to enforce its customer priority and market order exposure
rules from 1997 through 2003 (press release 2005-79, 19 May 2005, 'SEC Charges National Stock Exchange and Its CEO,
David Colker, for Failure to Enforce Exchange Rules') -- US federal government works (17 U.S.C. 105), a session-53
round in the federal SEC lane (after batches 40zm ... 47y, 48a, 48d, 48g, 48i, 48j, 49a, 49d, 51c, 51h, 51u, 51za,
51ze, 51zj and 51zn), on new matters. 51zn's first lead (press release 2004-42, 0 in the corpus) is taken; the 2004
News Digest lead gave again only pages already used (webharvest's dig072904.txt, 51zj's) or first items with no
officer (sec.gov's dig111003.txt, the UNT copy of dig091708.htm); the NSX release came up under a query by matter.
Every name, release number and address was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes and the session-53 pools:
  - SEC press release 2004-42 (Washington, D.C., 30 March 2004): the U.S. Securities and Exchange Commission, the New
    York Stock Exchange, Bear Wagner Specialists LLC, Fleet Specialist, Inc., LaBranche & Co., LLC, Spear, Leeds &
    Kellogg Specialists LLC, Van der Moolen Specialists USA, LLC (sec.gov's 'news/press/2004-42.htm');
  - SEC press release 2005-79 (Washington, D.C., 19 May 2005): the Securities and Exchange Commission, the National
    Stock Exchange, David Colker (sec.gov's 'news/press/2005-79.htm' as the UNT Libraries' End of Term 2008 web
    archive holds it, batch 44d's way).
Texts are the search tool's page-store excerpts (corpus `pages`). From 2004-42: the page's title line (kept as
`title`, as written, with the deck it carries after a semicolon), 'FOR IMMEDIATE RELEASE', the release number
'2004-42' (kept in the attribution), the sub-heading 'Firms Will Pay More Than $240 Million in Penalties and
Disgorgement' and the dateline 'Washington, D.C., Mar. 30, 2004 -- ' (kept as `published`) are left out; cut after the
second paragraph, before the sentence the excerpt breaks off in. From 2005-79: the page lines, the heading (kept as
`title`), the two deck lines ('NSX Consents to Censure, ...', 'Colker Consents to Censure and $100,000 Penalty'), 'FOR
IMMEDIATE RELEASE', '2005-79' (attribution) and the dateline 'Washington, D.C., May 19, 2005 — ' (published) are left
out; cut after the third paragraph's third sentence, before the sentence the excerpt breaks off in. No word added or
changed; paragraphs joined by a blank line. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch52c.py [POOL_DIR] [--dry]   (default /tmp/gather53c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -il over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes and the session-53 pools /tmp/gather53*/pool (none held a file on these matters when "
         "checked): ")
SEC_ARC = "US SEC release on sec.gov as a federal web archive holds it (search tool page store)"   # 44d's wording
PAGE_LINES = ("'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and "
              "Exchange Commission'")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather53c/pool"
R = []

# ---- Five NYSE specialist firms, SEC press release 2004-42, 30 March 2004 (sec.gov) -----------------------------------
U1 = "https://www.sec.gov/news/press/2004-42.htm"
T1 = ("Settlement Reached With Five Specialist Firms for Violating Federal Securities Laws and NYSE Regulations; Firms "
      "Will Pay More Than $240 Million in Penalties and Disgorgement")
R.append(federal(
 "us-sec-nyse-five-specialist-firms-bear-wagner-labranche-van-der-moolen-trading-ahead-settlement-2004", U1,
 "2004-03-30", T1,
 "The U.S. Securities and Exchange Commission and the New York Stock Exchange today announced the initiation and "
 "settlement of enforcement actions against five NYSE specialist firms. The firms will pay a total of $241,823,257 in "
 "penalties and disgorgement, consisting of $87,735,635 in civil money penalties and $154,087,622 in disgorgement, and "
 "implement steps to improve their compliance procedures and systems. The five settling specialist firms are: Bear "
 "Wagner Specialists LLC; Fleet Specialist, Inc.; LaBranche & Co., LLC; Spear, Leeds & Kellogg Specialists LLC; and "
 "Van der Moolen Specialists USA, LLC.\n\n"
 "In a joint investigation, the NYSE and SEC found that, between 1999 and 2003, the five firms, through particular "
 "transactions by certain of their registered specialists, violated federal securities laws and Exchange rules by "
 "executing orders for their dealer accounts ahead of executable public customer or \"agency\" orders. Through these "
 "transactions, the firms violated their basic obligation to match executable public customer buy and sell orders and "
 "not to fill customer orders through trades from the firm's own account when those customer orders could be matched "
 "with other customer orders. Through this conduct, the firms improperly profited from trading opportunities; "
 "disadvantaged customer orders, which either received inferior prices or went unexecuted altogether; and breached "
 "their duty to serve as agents to public customer orders. In the settlements, the firms have neither admitted nor "
 "denied the allegations.",
 "securities markets/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2004-42, '" + T1 + "', Washington, D.C., Mar. 30, 2004, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2004-42.htm'): "
 "first-party text, no third-party copy (51zn's releases the same way). Left out: the page's title line (kept as "
 "`title`, as written: the heading and, after a semicolon, the deck), 'FOR IMMEDIATE RELEASE', the release number "
 "'2004-42' (kept in the attribution), the sub-heading 'Firms Will Pay More Than $240 Million in Penalties and "
 "Disgorgement' (the deck again) and the dateline 'Washington, D.C., Mar. 30, 2004 -- ' that opens the first paragraph "
 "(kept as `published`). Cut after the second paragraph ('... neither admitted nor denied the allegations.'), before "
 "'Stephen M. Cutler, the SEC's Director of Enforcement, said, \"When an exchange specialist unlawfully takes advantage "
 "of its privileged position by seizing', where the store's excerpt breaks off inside the quotation (`truncated`; "
 "Cutler and his post are not in the text). Kept as written: 'The U.S. Securities and Exchange Commission', the firms' "
 "names with their 'LLC' / 'Inc.' and the semicolons of the list, 'NYSE and SEC' with no article before 'SEC', "
 "'Exchange rules' capitalised, the straight quotation marks round 'agency', 'the firm's own account' in the "
 "singular, the exact sums. 225 words (whitespace-split). One text per matter: the cfo.com, money.cnn (CNN/Money), "
 "investmentexecutive "
 "and ocala.com (AP) stories on the settlement (not federal works; the last two name the parents Bear Stearns, "
 "FleetBoston and Goldman Sachs, which the release's excerpt does not) are not taken; press release 2004-99 (26 July "
 "2004, SIG Specialists, Inc. and Performance Specialist Group LLC, the two further firms of the same NYSE "
 "investigation), the Commission's 2005 action against the New York Stock Exchange and twenty former specialists "
 "(Mark K. Schonfeld's press-conference remarks of 12 April 2005, sec.gov/news/speech/spch041205mks.htm) and NYSE "
 "Regulation's 2007 fines (mondovisione, investmentexecutive) are steps of the same specialist matter or later "
 "matters, not taken this round. Found with 'SEC press release 2004-42 NYSE specialist firms settlement Bear Wagner "
 "LaBranche' (rank 1). "
 + CHECK + "'2004-42', 'Bear Wagner', 'LaBranche', 'Van der Moolen', 'Fleet Specialist', 'Spear, Leeds', 'specialist "
 "firm', '2004-99', 'SIG Specialists': 0 in the corpus files, the gather scripts and the pools; GATHERING.md and "
 "/work/notes name the release and the five firms only in 51zn's not-used and leads lines; 'New York Stock Exchange' "
 "and 'NYSE' in files of other matters (listings, markets, other cases).",
 True))

# ---- National Stock Exchange and David Colker, SEC press release 2005-79, 19 May 2005 (UNT End of Term 2008 archive) --
U2 = "https://webarchive.library.unt.edu/eot2008/20090507215115/http://www.sec.gov/news/press/2005-79.htm"
T2 = "SEC Charges National Stock Exchange and Its CEO, David Colker, for Failure to Enforce Exchange Rules"
R.append(federal(
 "us-sec-national-stock-exchange-nsx-president-ceo-david-colker-failure-to-enforce-rules-2005", U2, "2005-05-19", T2,
 "The Securities and Exchange Commission today instituted a settled enforcement action against the National Stock "
 "Exchange (NSX) for its failure to enforce compliance by NSX dealers with certain exchange rules from 1997 through "
 "2003. At the same time, the SEC instituted a settled administrative proceeding and civil action against NSX’s "
 "president and chief executive officer, David Colker, for his failure to enforce compliance with an NSX rule.\n\n"
 "Specifically, the SEC found that NSX violated Section 19(g) of the Securities Exchange Act of 1934 (Exchange Act) by "
 "failing until 2004 to conduct surveillance for violations of its customer priority rule, an important investor "
 "protection that prohibited NSX dealers from trading securities for their own accounts ahead of marketable customer "
 "orders. As a result, NSX failed to detect hundreds of thousands of transactions in which NSX dealers traded ahead of "
 "customer orders.\n\n"
 "The SEC also found that NSX and Colker did not enforce NSX’s market order exposure (MOE) rule in a manner "
 "consistent with the rule’s language. The MOE rule required NSX dealers to provide customer market orders with the "
 "opportunity for price improvement whenever the spread between the national best bid and offer was greater than the "
 "minimum price variation. In 1997, when the minimum price variation decreased from 1/8 to 1/16 of a point, NSX "
 "continued enforcing the rule at spreads of 1/4 point or greater instead of at 1/8 point or greater.",
 "securities markets/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, press release 2005-79, '" + T2 + "', Washington, D.C., May 19, 2005, US "
 "federal government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web "
 "archive holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain) on sec.gov (news/press/2005-79.htm) as the End of Term 2008 "
 "web archive (webarchive.library.unt.edu) holds the page: the SEC's own page, archived unchanged (batch 44d took "
 "press release 2003-34 the same way), no third-party copy. Left out: the page lines " + PAGE_LINES + ", the heading "
 "(kept as `title`), the deck lines 'NSX Consents to Censure, Cease-and-Desist Order, Structural Overhaul to Insulate "
 "Regulatory Functions, Retention of Consultant, and $1 Million Fund for Regulatory Auditor' and 'Colker Consents to "
 "Censure and $100,000 Penalty', 'FOR IMMEDIATE RELEASE', the release number '2005-79' (kept in the attribution) and "
 "the dateline 'Washington, D.C., May 19, 2005 — ' that opens the first paragraph (kept as `published`). Cut after "
 "the third paragraph's third sentence ('... instead of at 1/8 point or greater.'), before 'At Colker’s direction, "
 "NS', where the store's excerpt breaks off (`truncated`). Kept as written: the curly apostrophes (NSX’s, rule’s), "
 "'the National Stock Exchange (NSX)', 'exchange rules' in lower case, 'president and chief executive officer' in "
 "lower case, 'Section 19(g)', the fractions '1/8', '1/16', '1/4'. 233 words (whitespace-split). One text per "
 "matter: the Commission's "
 "Litigation Release No. 19229 of the same day (SEC v. David Colker, Case No. 05-C-2977 (N.D. Ill.); the "
 "cybercemetery.unt.edu copy, rank 2: the civil action against Colker alone, a step of the same matter) and the "
 "settled order (Exchange Act Rel. No. 34-51714) are not taken; business.cch.com's report (not a federal work) is "
 "left out. Found with 'SEC charges National Stock Exchange and its president and chief executive officer David "
 "Colker failure to enforce customer priority rule' (rank 1). "
 + CHECK + "'Colker', 'National Stock Exchange', '2005-79', 'lr19229', '05-C-2977', 'market order exposure', "
 "'Cincinnati Stock Exchange': 0 in the corpus files, GATHERING.md, the gather scripts, /work/notes' text "
 "files and the pools ('NSX' only inside binary model files under /work/notes; '19229' only inside other numbers; "
 "'51714' only as an FCC document's file name (45zk); 'National Stock Exchange' in GATHERING.md and the scripts only "
 "as 'International Stock Exchange', another body).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

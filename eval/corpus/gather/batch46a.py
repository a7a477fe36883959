#!/usr/bin/env python3
"""Batch 46a (session 47, gatherer 46a): a semiconductor-equipment company and its former chief executive charged with
stock option backdating, the company settling, and an online recruitment company's former general counsel charged with
securities fraud for a multi-year backdating scheme, told in a US Securities and Exchange Commission litigation release
and an SEC press release of 2007 (US federal government works, 17 U.S.C. 105), the first round of session 47 in the
federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs and 45zv; 43i and 43k found
nothing), on new matters -- first-party SEC text, the sec.gov pages as the search tool's page store holds them:
  - the SEC's Litigation Release No. 20207 (25 July 2007, 'SEC Charges Former KLA-Tencor CEO With Fraud For Improper
    Stock Options Backdating'): 'Silicon Valley semiconductor company KLA-Tencor Corporation (KLA) and its former Chief
    Executive Officer, Kenneth L. Schroeder' (sec.gov's newer 'enforcement-litigation/litigation-releases/lr-NNNNN'
    address);
  - the SEC's press release 2007-23 (15 February 2007, 'SEC Charges Former General Counsel of Monster Worldwide, Inc.
    for Backdating Options'): 'Myron F. Olesnyckyj, the former General Counsel of Monster Worldwide, Inc.', Linda
    Thomsen and Mark Schonfeld quoted (sec.gov's old 'news/press/YYYY/YYYY-NN.htm' address).
45zv's leads (Openwave, Sunrise Telecom, Atmel, Zoran, Power Integrations) were tried first, one query each: the page
store gave no SEC release or press release on any of them (class-action pages, court opinions, the companies' own SEC
filings, news); both matters taken here came from the same lead's wider net (other 2007-2008 backdating matters tried
by executive and company).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, caption and dateline
lines are left out (a heading kept as `title`, a sub-heading cut, the date as `published`); no word added or changed;
each text cut at the last full sentence before the store's excerpt breaks off. Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch46a.py [POOL_DIR] [--dry]   (default /tmp/gather47a/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch45a import CHECK as CHECK46   # batch44d's check note with the session-46 pools /tmp/gather46*/pool named
from batch41e import SEC_ORIGIN

CHECK = CHECK46.replace("the session-46 pools /tmp/gather46*/pool", "the session-47 pools /tmp/gather47*/pool")
assert CHECK != CHECK46
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47a/pool"
R = []

# ---- KLA-Tencor and Kenneth L. Schroeder, Litigation Release No. 20207, 25 July 2007 (sec.gov) -------------------------
U1 = "https://sec.gov/enforcement-litigation/litigation-releases/lr-20207"
T1 = "SEC Charges Former KLA-Tencor CEO With Fraud For Improper Stock Options Backdating"
R.append(federal(
 "us-sec-kla-tencor-former-ceo-schroeder-option-backdating-company-settles-2007", U1, "2007-07-25", T1,
 "The Securities and Exchange Commission today filed charges against Silicon Valley semiconductor company KLA-Tencor "
 "Corporation (KLA) and its former Chief Executive Officer, Kenneth L. Schroeder, alleging that they engaged in an "
 "illicit scheme to backdate stock option grants.\n\n"
 "The Commission alleges that, since 1997, KLA concealed more than $200 million in stock option compensation by "
 "providing employees and executives with potentially lucrative \"in-the-money\" options while secretly backdating "
 "the grants to avoid reporting the expenses to investors. The Commission further alleges that Schroeder, of Los "
 "Altos Hills, Calif., repeatedly backdated options between 1999 and 2002, and once in 2005 - even after he received "
 "advice from company counsel that retroactively selecting grant dates without adequate disclosure was improper.\n\n"
 "The Commission's complaint against KLA, filed in federal district court in San Jose, Calif., alleges that former "
 "company executives routinely used hindsight to issue options to employees priced at or near KLA's lowest stock "
 "price of the preceding weeks. Although pricing the options below current prices required the company to report a "
 "compensation charge under well-settled accounting principles, former KLA officials avoided reporting the charges "
 "by falsely documenting that the options had been granted on an earlier date.",
 "semiconductor equipment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20207, July 25, 2007 (Securities and Exchange "
 "Commission v. Kenneth L. Schroeder, Case No. C07 3798 JW (N.D. Cal. filed July 25, 2007); Securities and Exchange "
 "Commission v. KLA-Tencor Corp., Case No. C07 3799 HRL (N.D. Cal. filed July 25, 2007)), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (the newer "
 "'enforcement-litigation/litigation-releases/lr-20207' address, without 'www.'): first-party text, no third-party "
 "copy. Left out: 'Breadcrumb', the page's name line 'Kenneth L. Schroeder and KLA-Tencor Corp.', the line 'U.S. "
 "SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 20207 / July 25, 2007' (kept as `published`), the two "
 "captions ('Securities and Exchange Commission v. Kenneth L. Schroeder, Case No. C07 3798 JW (N.D. Cal. filed July "
 "25, 2007)' and 'Securities and Exchange Commission v. KLA-Tencor Corp., Case No. C07 3799 HRL (N.D. Cal. filed "
 "July 25, 2007)'), the heading (kept as `title`, as written, in title case), the sub-heading 'Commission Also "
 "Settles Claims Against KLA-Tencor' (cut, as earlier lanes cut sub-headings); cut after the third paragraph's "
 "second sentence ('... the options had been granted on an earlier date.'), before 'The backdated grants resulted in "
 "materially misleading disclosures, with the Company overstating its net income in fiscal years 1998 t', where the "
 "store's excerpt breaks off (`truncated`). Kept as written: the straight quotation marks of '\"in-the-money\"' and "
 "the straight apostrophes, the spaced hyphen in '2005 - even', 'Chief Executive Officer' with capitals, "
 "'KLA-Tencor Corporation (KLA)', 'Los Altos Hills, Calif.', 'San Jose, Calif.', 'well-settled'. 195 words. One text "
 "per matter: the same release on lawfuel (a copy of the press release), news (mercurynews, cfo.com), the D&O "
 "Diary's class-action note and a derivative complaint (vdocument.in) left out; the SEC's later case against the "
 "company's former general counsel Lisa Berry (August 2007, with Juniper Networks: news only came back, taiwannews, "
 "latimes, computerworlduk, abcnews, bizjournals) is a related matter, not taken. Found with 'Litigation Release "
 "KLA-Tencor former chief executive officer Kenneth Schroeder options backdating' (rank 1). "
 + CHECK + "'KLA-Tencor', 'KLA Tencor', 'Schroeder', 'Los Altos Hills', '20207', 'C07 3798', 'Lisa Berry': 0 in the "
 "corpus files, the gather scripts, the session-47 notes and pools ('KLA-Tencor' only in GATHERING.md's list of "
 "abandoned deals, 'Lam Research/KLA-Tencor abandoned (5 October 2016: news)', another matter; 'KLA' as a whole "
 "word in no corpus file, its letters only inside other words, as in 'Oklahoma'); 'backdat': 16 corpus files on "
 "other companies' matters (Engineered Support, Take-Two, Marvell, Comverse, Trident, KB Home, Maxim, Mercury "
 "Interactive, Affiliated Computer, Apple, Brooks and others; file names only).",
 True))

# ---- Monster Worldwide and Myron F. Olesnyckyj, press release 2007-23, 15 February 2007 (sec.gov) -------------------
U2 = "https://www.sec.gov/news/press/2007/2007-23.htm"
T2 = "SEC Charges Former General Counsel of Monster Worldwide, Inc. for Backdating Options"
R.append(federal(
 "us-sec-monster-worldwide-former-general-counsel-olesnyckyj-option-backdating-2007", U2, "2007-02-15", T2,
 "The Securities and Exchange Commission today charged Myron F. Olesnyckyj, the former General Counsel of Monster "
 "Worldwide, Inc. with securities fraud for participating in a multi-year scheme to secretly backdate stock options "
 "granted to thousands of Monster officers, directors and employees, including himself. Olesnyckyj, along with "
 "others, falsified documents to make it appear as if the company had actually granted options on certain dates. In "
 "reality, the grant dates had been selected after the fact by looking backward for a date on which the stock price "
 "was low. By backdating and improperly accounting for options, Monster granted undisclosed compensation to its "
 "employees, failed to recognize compensation expenses, and overstated its net income by $340 million from 1997 "
 "through 2005. Olesnyckyj, 45 and a resident of New Providence, N.J., personally profited by receiving backdated "
 "options.\n\n"
 "Linda Thomsen, Director of the Commission's Division of Enforcement, said, \"By backdating the vast majority of the "
 "stock options it granted, Monster, one of the premier Internet companies of the last decade, used the lure of "
 "instant 'paper profits' to attract and retain its employees without booking the appropriate employee compensation "
 "charges. This scheme defrauded Monster's investors. The SEC will continue to work tirelessly to uncover and to stop "
 "such conduct.\"\n\n"
 "Mark Schonfeld, Director of the Commission's Northeast Regional Office, said, \"Olesnyckyj knew that backdating was "
 "wrong but nonetheless went along with the scheme. Any lawyer who works at a public company should do everything "
 "possible to thwart fraud \u2014 not participate in it.\"",
 "online recruitment/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2007-23 '" + T2 + "', Washington, D.C., Feb. 15, 2007, US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (the old "
 "'news/press/YYYY/YYYY-NN.htm' address): first-party text, no third-party copy. Left out: the page lines 'U.S. "
 "Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', "
 "the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2007-23', the dateline 'Washington, D.C., "
 "Feb. 15, 2007 - ' opening the first paragraph (kept as `published`, as batches 41q, 42e, 42g and 44p cut their "
 "releases' datelines); cut after the third paragraph (Schonfeld's quotation), before the fourth ('The complaint "
 "alleges that, from 1997 through 2003, Olesnyckyj backdated stock opti'), where the store's excerpt breaks off "
 "(`truncated`). Kept as written: 'Monster Worldwide, Inc.' with no comma after it, 'General Counsel' with capitals, "
 "the straight double quotation marks and apostrophes, the single quotation marks of \"'paper profits'\", the em "
 "dash in 'thwart fraud \u2014 not', 'multi-year', 'N.J.'. 248 words. One text per matter: the SEC's litigation "
 "release on the same complaint was not in the store (a query for 'Securities and Exchange Commission v. Myron F. "
 "Olesnyckyj' gave SEC News Digests of 2008 and 2010 on other matters and blogs); news and blogs on the same charges "
 "and the same-day guilty plea (wolfs2cents, nbcnews, lawprofessors, mercurynews, macworld, latimes, si.frajer (WSJ)) "
 "left out. Found with 'Litigation Release Monster Worldwide former general counsel Myron Olesnyckyj backdating' (rank "
 "2, sec.gov's press release; rank 1 a blog quoting it). "
 + CHECK + "'Olesnyckyj', 'New Providence', 'Schonfeld', 'Northeast Regional Office', 'paper profits', '2007-23': 0 in "
 "the corpus files, the gather scripts, the session-47 notes and pools; 'Monster Worldwide': one train file "
 "(wn-monster-com-aquires-yahoos-hotjobs-service-2010: the 2010 HotJobs purchase, another matter) and batch9_annotate "
 "(the same file); 'McKelvey' (Monster's founder, not in the kept text): a train file on Tidal's owners (Jim McKelvey, "
 "another man); 'Linda Thomsen': one train file on Engineered Support Systems (another matter; file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

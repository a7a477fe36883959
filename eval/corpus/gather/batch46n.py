#!/usr/bin/env python3
"""Batch 46n (session 47, gatherer 46n): mutual fund trading abuses of 2003 told with the men and their posts -- a bank's
mutual fund adviser and distributor settling over undisclosed market timing, with five former executives (the
adviser's former chief operating officer, also chairman of the board of several of its funds; the distributor's
former co-president and a senior sales executive; a former national sales manager; a former portfolio manager); and a
bank's broker charged over late trading, announced by a state attorney general with the SEC's Director of Enforcement
-- told in two US Securities and Exchange Commission press releases of 2005 and 2003 (US federal government works, 17
U.S.C. 105), the sixth round of session 47 in the federal SEC lane (batches 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q,
42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d, 44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze,
45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j and 46m; 43i and 43k found nothing), on new matters (46m's leads:
Columbia Management and Bank of America/Sihpol) -- first-party SEC text, the sec.gov page itself or the page as a
federal web archive holds it, as the search tool's page store holds them:
  - the SEC's press release 2005-15 (9 February 2005, "FLEET'S COLUMBIA MUTUAL FUND ADVISER AND DISTRIBUTOR TO PAY $140
    MILLION TO SETTLE SEC FRAUD CHARGES FOR UNDISCLOSED MARKET TIMING"): Columbia Management Advisors, Inc. (Columbia
    Advisors), Columbia Funds Distributor, Inc. (Columbia Distributor), Peter Martin, Erik Gustafson, Joseph Palombo,
    James Tambone and Robert Hussey (sec.gov, www.);
  - the SEC's press release 2003-117 (16 September 2003, 'Attorney General Spitzer and Securities and Exchange
    Commission File Charges Against Bank of America Broker'): Eliot Spitzer, 'New York State Attorney General',
    Stephen M. Cutler, 'Securities and Exchange Commission (SEC) Director of Enforcement', and Theodore C. Sihpol III,
    'a Bank of America (BOA) broker' (the UNT Libraries' End of Term 2008 web archive).
Texts are the search tool's page-store excerpts (corpus `pages`). Page lines, release-number, heading, sub-heading,
contact, logo and dateline lines are left out (a heading kept as `title`, the date as `published`); no word added or
changed; paragraphs joined by a blank line; each text cut at the last full paragraph before the store's excerpt
breaks off. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch46n.py [POOL_DIR] [--dry]   (default /tmp/gather47n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch46a import CHECK   # batch45a's check note with the session-47 pools /tmp/gather47*/pool named
from batch41e import SEC_ORIGIN
from batch44d import SEC_ARC  # the origin of a sec.gov page held by a federal web archive

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather47n/pool"
R = []

# ---- Columbia Management Advisors, Columbia Funds Distributor and five former executives, PR 2005-15, 9 Feb 2005 ----------
U1 = "http://www.sec.gov/news/press/2005-15.htm"
T1 = ("FLEET'S COLUMBIA MUTUAL FUND ADVISER AND DISTRIBUTOR TO PAY $140 MILLION TO SETTLE SEC FRAUD CHARGES FOR "
      "UNDISCLOSED MARKET TIMING")
R.append(federal(
 "us-sec-columbia-management-advisors-former-coo-palombo-co-president-tambone-market-timing-2005", U1, "2005-02-09", T1,
 "The Securities and Exchange Commission today announced the settlement of an enforcement action against Columbia "
 "Management Advisors, Inc. (Columbia Advisors), Columbia Funds Distributor, Inc. (Columbia Distributor), and three "
 "former Columbia executives in connection with undisclosed market timing arrangements in the Columbia funds. In "
 "settling the matter, the Columbia entities will pay $140 million, all of which will be distributed to investors "
 "harmed by the conduct. The SEC also brought fraud charges against two additional former Columbia senior executives "
 "in federal court in Boston.\n\n"
 "In separate orders, the SEC found that Peter Martin, former national sales manager, entered into several "
 "undisclosed timing arrangements that were inconsistent with the funds' prospectus disclosures, and that Erik "
 "Gustafson, formerly a Columbia portfolio manager, breached his fiduciary duty to the funds by approving four such "
 "arrangements. In addition, the SEC found that Joseph Palombo, formerly the chief operating officer of Columbia "
 "Advisors and chairman of the board of several Columbia funds, ignored indications of improper trading and failed to "
 "take appropriate action.\n\n"
 "In its complaint filed in federal district court today, the SEC alleged that two former employees of Columbia "
 "Distributor - co-president James Tambone and senior sales executive Robert Hussey - entered into or approved "
 "undisclosed timing arrangements with multiple investors that benefited the executives but were detrimental to "
 "long-term fund shareholders.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2005-15 '" + T1 + "', Washington, D.C., Feb. 9, 2005, US "
 "federal government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it (news/press/2005-15.htm): "
 "first-party text, no third-party copy. Left out: the page lines 'U.S. Securities & Exchange Commission', 'SEC Seal', "
 "'Home | Previous Page', 'U.S. Securities and Exchange Commission', the heading (kept as `title`, capitals as the page "
 "has them), the lines 'FOR IMMEDIATE RELEASE' and '2005-15', the sub-heading 'SEC Also Charges Five Former Columbia "
 "Executives for Conduct Relating to Market Timing Arrangements', the dateline 'Washington, D.C., Feb. 9, 2005 -' "
 "opening the first paragraph (kept as `published`); cut after the third paragraph, before the fourth ('David P. "
 "Bergers, Associate District Administrator of the SEC'), where the store's excerpt breaks off inside a word "
 "(`truncated`). Kept as written: 'Columbia Distributor - co-president James Tambone and senior sales executive Robert "
 "Hussey -' with its spaced hyphens, 'former national sales manager' with no firm named, 'formerly a Columbia "
 "portfolio manager', 'the Columbia funds' beside 'several Columbia funds', \"the funds' prospectus disclosures\", "
 "'federal court in Boston' beside 'federal district court', the straight apostrophes. 218 words. One text per "
 "matter: the SEC's press releases 2004-20 (24 February 2004, the complaint against the two firms) and 2004-34 (15 "
 "March 2004, the agreement in principle), both sec.gov and both without a person's post, the complaint "
 "(litigation/complaints/comp18590.htm) and the settled order (litigation/admin/33-8534.htm) (filings), planadviser, "
 "mfwire and financial-planning (news) left out. Found with 'SEC charges Columbia Management Advisors Columbia Funds "
 "Distributor executives market timing 2004 litigation release' (rank 1). "
 + CHECK + "'Columbia Management', 'Columbia Funds', 'Columbia Advisors', 'Tambone', 'Palombo', 'Gustafson', 'Peter "
 "Martin', 'Hussey', 'FleetBoston', '2005-15': 0 in the corpus files, the gather scripts and the session-47 pools "
 "('Columbia Management' only in 46m's lead line in GATHERING.md); 'market timing': only 46m's three SEC files (other "
 "advisers: Strong, MFS, Invesco); 'Bergers' (cut, not in the text): one train and one test file on other matters and "
 "batches 16g, 44l (file names only).",
 True))

# ---- Theodore C. Sihpol III, Bank of America broker, PR 2003-117, 16 September 2003 (UNT EOT 2008) ------------------------
U2 = "https://webarchive.library.unt.edu/eot2008/20081107103608/http://www.sec.gov/news/press/2003-117.htm"
T2 = "Attorney General Spitzer and Securities and Exchange Commission File Charges Against Bank of America Broker"
R.append(federal(
 "us-sec-spitzer-cutler-bank-of-america-broker-sihpol-late-trading-charges-2003", U2, "2003-09-16", T2,
 "New York State Attorney General Eliot Spitzer and Securities and Exchange Commission (SEC) Director of Enforcement "
 "Stephen M. Cutler today announced state criminal and federal civil charges against a Bank of America (BOA) broker "
 "for his role in a scheme involving unlawful trading of mutual funds.\n\n"
 "The broker, Theodore C. Sihpol III, surrendered today in connection with Attorney General Spitzer's filing of a "
 "two-count complaint charging him with larceny and securities fraud. Each count is a felony charge.\n\n"
 "The SEC today filed a related civil enforcement action. Specifically, the Commission issued an administrative order "
 "instituting proceedings in which the Division of Enforcement (the Division) alleges that Sihpol played a key role in "
 "enabling certain hedge fund customers of BOA to engage in late trading in shares of mutual funds offered by Bank of "
 "America, including the Nations Funds family of funds and other mutual funds. Based on the conduct alleged in the "
 "Order, the Division alleges that Sihpol violated, and aided and abetted and caused violations of, the antifraud, "
 "mutual fund pricing and broker-dealer record-keeping provisions of the federal securities laws. In its action, the "
 "Division is seeking civil penalties, disgorgement and other relief, which may include permanently barring Sihpol "
 "from the securities industry.\n\n"
 "\"Working with the Securities and Exchange Commission, my office is pursuing those responsible for illegal trading "
 "schemes that potentially cost mutual fund shareholders millions of dollars annually,\" Spitzer said.",
 "investment management/securities regulation", "legal,regulatory",
 "U.S. Securities and Exchange Commission, press release 2003-117 '" + T2 + "', Washington, D.C., Sept. 16, 2003, US "
 "federal government work (public domain); text of the sec.gov page as the UNT Libraries' End of Term 2008 web archive "
 "holds it, from the search tool's page store at " + U2,
 SEC_ARC,
 "An SEC press release (a US federal work, public domain; issued jointly with the New York Attorney General, the page "
 "the SEC's own) on sec.gov (news/press/2003-117.htm) as the End of Term 2008 web archive (webarchive.library.unt.edu) "
 "holds the page (as 46m's Invesco release): the SEC's own page, archived unchanged, no third-party copy. Left out: the "
 "heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2003-117', the sub-heading 'BOA Employee Faces "
 "State Criminal Charges and Federal Civil Enforcement Action', the logo line 'New York Attorney General logoSEC logo', "
 "the contact lines ('Contact:', 'Juanita Scarlett \u2014 AG, (212) 416-8060', 'John Nester \u2014 SEC, (202) "
 "942-0020'), the dateline 'Washington, D.C., Sept. 16, 2003 -- ' opening the first paragraph (kept as `published`); "
 "cut after the fourth paragraph (Spitzer's quotation), before 'Cutler said: \"I am pleased that the staff of the "
 "Commissi', where the store's excerpt breaks off inside a word (`truncated`). Kept as written: 'Securities and "
 "Exchange Commission (SEC) Director of Enforcement', 'Bank of America (BOA)' beside 'BOA' and 'Bank of America', "
 "'the Order' capitalised, 'the Nations Funds family of funds', 'record-keeping', the straight double quotation marks. "
 "233 words. One text per matter: the SEC's order against Sihpol (litigation/admin/33-8288.htm and 33-8288order.htm on "
 "sec.gov, filings), hedgeweek (the 2005 settlement, reworded from the SEC's release), nbcnews (AP), thestreet, "
 "yourlawyer (Charlotte Observer) and nutter left out. Found with 'SEC Litigation Release Theodore Sihpol Banc of "
 "America Securities late trading Canary complaint' (rank 6). "
 + CHECK + "'Sihpol', 'Spitzer', 'Nations Funds', 'late trading', '2003-117', 'Juanita Scarlett', 'John Nester': 0 "
 "in the corpus files, the gather scripts and the session-47 pools ('Sihpol' only in 46m's lead line in GATHERING.md); "
 "'Banc of America': GATHERING.md only, on another matter (the McKay insider-trading leads, not taken); 'Canary' (not in "
 "the text): 46m's Strong dev file and one dev file on another matter (its name shows Qzone); 'Stephen M. Cutler': "
 "corpus files on other matters (Xerox, HealthSouth, 46m's Strong) (file names only).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

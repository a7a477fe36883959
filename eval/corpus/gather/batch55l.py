#!/usr/bin/env python3
"""Batch 55l (session 54, gatherer 55l): four sec.gov press releases of 2003-2004 charging mutual-fund advisers together
with their named officers -- 'SEC Levels Fraud Charges Against Heartland Advisors, Inc., 12 Company Officials and Others
...' (PR 2003-171, December 11, 2003: Heartland Advisors, Inc., 'a Milwaukee investment adviser' that 'manages the
Heartland Group complex of mutual funds', its President and CEO William Nasgovitz, COO Paul Beste, General Counsel
Jilaine Bauer, Senior Vice President of Trading Kevin Clark and Treasurer Kenneth Della, two former portfolio managers,
five directors, the pricing service FT Interactive Data Corp. and one client); 'Banc One Investment Advisors
Corporation Agrees to Pay $50 Million To Settle SEC Fraud Charges For Market-Timing Abuses' (PR 2004-90, June 29, 2004:
BOIA and Mark A. Beeson, 'former President and CEO of One Group Mutual Funds (One Group) and Senior Managing Director of
BOIA'); 'RS Investment Management to Pay $25 Million and Undertake Compliance Reforms to Settle SEC Market Timing
Charges' (PR 2004-142, October 6, 2004: RS Investment Management L.P., CEO G. Randall Hecht and former CFO Steven M.
Cohen); 'FREMONT INVESTMENT ADVISORS TO PAY OVER $4 MILLION TO SETTLE SEC MARKET TIMING AND LATE TRADING CHARGES' (PR
2004-153, November 4, 2004: Fremont Investment Advisors, its former President and CEO Nancy Tengler and former Vice
President of Institutional Sales Larry Adams; the page as webharvest.gov's 2004 harvest of sec.gov holds it) -- US
federal government works (17 U.S.C. 105), a session-54 round in the federal SEC lane (after 55b, 54zq and the rounds
they name), on new matters. See /work/notes/gather56/55l.md. The market-timing round of 2003-2005 was left open by
46m/47 ('otherwise untried'); Heartland, Banc One, RS and Fremont are matters of my own, found by the firms' and
officers' names. Every name, number and address was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather56 (CLAIMS.txt) and the session-54 pools /tmp/gather56*/pool:
  - sec.gov 'news/press/2003-171.htm' (Dec. 11, 2003): the Securities and Exhange Commission (sic; the SEC, the
    Commission), Heartland Advisors, Inc. (Heartland; 'Heartland Adivsors, Inc.' sic in the list), Heartland Group,
    William Nasgovitz, Paul Beste, Jilaine Bauer, Kevin Clark, Kenneth Della, Thomas Conlin, Greg Winston, Hugh Denison,
    John Hammes, Gary Shilling, Allen Stefl, Linda Stephenson, FT Interactive Data Corp., Raymond Krueger, Milwaukee;
  - sec.gov 'news/press/2004-90.htm' (June 29, 2004): the Securities and Exchange Commission, Banc One Investment
    Advisors Corporation (BOIA), Columbus, Ohio, Mark A. Beeson, Westerville, One Group Mutual Funds (One Group),
    Stephen M. Cutler, the SEC's Division of Enforcement, Stern;
  - sec.gov 'news/press/2004-142.htm' (Oct. 6, 2004): the Securities and Exchange Commission, RS Investment Management
    L.P. (RS), G. Randall Hecht, Steven M. Cohen, San Francisco, Helane Morrison, the Commission's San Francisco
    District Office;
  - webharvest.gov 'peth04/20041112082233/http://sec.gov/news/press/2004-153.htm' (Nov. 4, 2004): the Securities and
    Exchange Commission, Fremont Investment Advisors (Fremont), Nancy Tengler, Larry Adams, San Francisco, Helane
    Morrison, the San Francisco District Office, Marc Fagel.
Texts are the search tool's page-store excerpts (corpus `pages`; 1,990, 2,000, 1,999 and 2,000 bytes as saved: the
store's excerpt length, a check on the transcription). Each release: the heading kept as `title`; the lines 'FOR
IMMEDIATE RELEASE' and the release number left out; the dateline opening the first paragraph ('Washington, D.C. Dec.
11, 2003 -- ', 'Washington, D.C., June 29, 2004 -- ', 'Washington, D.C., Oct. 6, 2004 -- ', 'Washington, D.C., Nov. 4,
2004 - ') left out, its date kept as `published` (as 46n's Sihpol release); list bullets ('\u2022') and the blank-space
lines between items left out, each item its own paragraph. Banc One: the sub-heading 'Mark Beeson, Former President and
CEO of One Group Mutual Funds And Senior Managing Director of Banc One Investment Advisors Corporation, Agrees to ...'
left out. Fremont: the page lines ('U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S.
Securities and Exchange Commission') left out. Cuts, each at a sentence end before the sentence the excerpt breaks off
in: Heartland after '... with fraudulently pricing bonds in the Funds.' (before 'The Commission further alleged that the
Funds' direc'); Banc One after the Cutler quotation (before 'The Commission found that BOIA violated, ... (1) allowing
excessive short-term trading in One Group fund'); RS after the first list item (before 'During at least 2000 through
mid-2003, RS entered into undisclosed agreements allowing certain investors in its Emerg'); Fremont after '... to
monitor and block excessive trading.' (before 'Notwithstanding this policy, Fremont entered into undisclosed agreements
in '). All four `truncated`. No word added or changed (the release's own misspellings 'Exhange' and 'Adivsors' kept);
paragraphs joined by a blank line. Each kept paragraph and title checked by script to be a verbatim substring (once) of
the saved excerpt (/tmp/gather56l/src, written by /tmp/gather56l/mk_src.py). Written before any extractor ran on the
texts (newskg was not run on them).
usage: batch55l.py [POOL_DIR] [--dry]   (default /tmp/gather56l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56 (the "
         "round's CLAIMS.txt) and the session-54 pools /tmp/gather56*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56l/pool"
SRC = "/tmp/gather56l/src"
R = []

# ---- Heartland Advisors, Inc. and its officers, SEC PR 2003-171, December 11, 2003 --------------------------------------
U1 = "https://www.sec.gov/news/press/2003-171.htm"
T1 = ("SEC Levels Fraud Charges Against Heartland Advisors, Inc., 12 Company Officials and Others for "
      "Misrepresentations, Mispricing and Insider Trading in Two High Yield Bond Funds")
P1 = [
 "The Securities and Exhange Commission today announced civil fraud charges against Heartland Advisors, Inc., its CEO, "
 "two portfolio managers, four officers, five directors, a pricing service and one individual for misrepresentations, "
 "mispricing and insider trading in two Heartland Group high yield bond funds.",
 "In civil actions filed today, the SEC charged the following entities and individuals:",
 "Heartland Adivsors, Inc.;",
 "William Nasgovitz, its President and CEO;",
 "Paul Beste, its COO;",
 "Jilaine Bauer, its General Counsel;",
 "Kevin Clark, its Senior Vice President of Trading;",
 "Kenneth Della, its Treasurer;",
 "Thomas Conlin and Greg Winston, former portfolio managers;",
 "Hugh Denison, an associated Director;",
 "John Hammes, Dr. Gary Shilling, Allen Stefl, and Linda Stephenson, all Independent Directors;",
 "FT Interactive Data Corp., an independent pricing service, and",
 "Raymond Krueger, a friend and client of Nasgovitz.",
 "Heartland Advisors (Heartland), a Milwaukee investment adviser, manages the Heartland Group complex of mutual funds. "
 "The Commission's actions alleged violations in three primary areas -- fund pricing, insider trading, and disclosure "
 "-- and relate to two high-yield municipal bond funds managed by Heartland (the Funds). The value of the Funds, and a "
 "smaller related fund, dropped by approximately $93 million between Sept. 28 and Oct. 13, 2000, when Heartland sought "
 "to correct months of deliberate mispricing.",
 "In its complaint, the Commission charged Heartland, Nasgovitz, Beste, Bauer, Clark, Conlin, and Della with "
 "fraudulently pricing bonds in the Funds."]
R.append((["heartland-2003-171.txt"], T1, P1, federal(
 "us-sec-heartland-advisors-president-ceo-nasgovitz-coo-beste-general-counsel-bauer-bond-fund-mispricing-2003",
 U1, "2003-12-11", T1, "\n\n".join(P1),
 "asset management/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, press release 2003-171, 'SEC Levels Fraud Charges Against Heartland "
 "Advisors, Inc., 12 Company Officials and Others for Misrepresentations, Mispricing and Insider Trading in Two High "
 "Yield Bond Funds', Washington, D.C., Dec. 11, 2003, US federal government work (public domain); text from the search "
 "tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2003-171.htm'): "
 "first-party text. Left out: the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2003-171', the "
 "dateline 'Washington, D.C. Dec. 11, 2003 -- ' opening the first paragraph (the date kept as `published`, as 46n's "
 "Sihpol release); the list's bullet marks and the blank-space lines between its items, each item kept as its own "
 "paragraph; cut after 'In its complaint, the Commission charged Heartland, Nasgovitz, Beste, Bauer, Clark, Conlin, and "
 "Della with fraudulently pricing bonds in the Funds.', before 'The Commission further alleged that the Funds' direc', "
 "where the store's excerpt breaks off (`truncated`). Kept as written: the misspellings 'Securities and Exhange "
 "Commission' and 'Heartland Adivsors, Inc.;' (the release's own), 'Dr. Gary Shilling', 'all Independent Directors', "
 "'an associated Director', the spaced double hyphens ('-- fund pricing, ... disclosure --'), 'Sept. 28 and Oct. 13, "
 "2000', the straight apostrophes. 226 words (whitespace-split), fifteen paragraphs. Found at rank 5 under 'Litigation "
 "Release SEC v. Heartland Advisors, Inc., William J. Nasgovitz, Paul T. Beste high-yield municipal bond funds' (rank 2: "
 "sec.gov's litigation release lr18505 of December 12, 2003 on the same action -- the same matter, not taken: the press "
 "release gives each officer's post; rank 3: the complaint comp18505, a filing; then lexology, bondbuyer, thinkadvisor "
 "(two), donovanlitigationgroup). One text per matter. " + CHECK + "'Heartland Advisors', 'Nasgovitz', 'Jilaine', "
 "'FT Interactive', '2003-171', '18505': 0 everywhere; 'Heartland' alone in other corpus files on other subjects "
 "(Heartland Payment Systems, Planned Parenthood of the Heartland, a Collins & Aikman text and others, by their "
 "names); 'Interactive Data' in one train file on the SEC's 2008 interactive-data proposal (another matter).",
 True)))

# ---- Banc One Investment Advisors Corporation / Mark A. Beeson, SEC PR 2004-90, June 29, 2004 ------------------------
U2 = "https://sec.gov/news/press/2004-90.htm"
T2 = ("Banc One Investment Advisors Corporation Agrees to Pay $50 Million To Settle SEC Fraud Charges For Market-Timing "
      "Abuses")
P2 = [
 "The Securities and Exchange Commission announced today a settled enforcement action against Banc One Investment "
 "Advisors Corporation (BOIA), a registered investment adviser based in Columbus, Ohio, and Mark A. Beeson, age 46, of "
 "Westerville, Ohio, former President and CEO of One Group Mutual Funds (One Group) and Senior Managing Director of "
 "BOIA.",
 "The Commission ordered BOIA to pay disgorgement of $10 million and a civil penalty of $40 million and ordered Beeson "
 "to pay a civil penalty of $100,000. BOIA also consented to a cease-and-desist order and a censure, and agreed to "
 "undertake certain compliance and mutual-fund governance reforms. In addition, Beeson consented to a two-year bar from "
 "the mutual-fund industry and a three-year prohibition on serving as an officer or director of a mutual fund or "
 "investment adviser.",
 "Stephen M. Cutler, Director of the SEC's Division of Enforcement, said, \u201cBy allowing Stern to market time in One "
 "Group funds, and by providing him with information about the funds\u2019 confidential portfolio holdings, Banc One and "
 "Mark Beeson blatantly disregarded the well-being of One Group funds\u2019 long-term shareholders. Today\u2019s sanctions "
 "show that the Commission continues to aggressively pursue mutual-fund advisers \u2013 and their senior management \u2013 "
 "when they place their own interests above those of fund investors.\u201d"]
R.append((["bancone-2004-90.txt"], T2, P2, federal(
 "us-sec-banc-one-investment-advisors-one-group-former-president-ceo-beeson-market-timing-2004",
 U2, "2004-06-29", T2, "\n\n".join(P2),
 "asset management/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, press release 2004-90, 'Banc One Investment Advisors Corporation Agrees to "
 "Pay $50 Million To Settle SEC Fraud Charges For Market-Timing Abuses', Washington, D.C., June 29, 2004, US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2004-90.htm'): "
 "first-party text. Left out: the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2004-90', the "
 "sub-heading 'Mark Beeson, Former President and CEO of One Group Mutual Funds And Senior Managing Director of Banc One "
 "Investment Advisors Corporation, Agrees to a Two-Year Mutual Fund Industry Bar and a Three-Year Officer-and-Director "
 "Bar, and to Pay a $100,000 Civil Penalty', the dateline 'Washington, D.C., June 29, 2004 -- ' opening the first "
 "paragraph (the date kept as `published`); cut after the Cutler quotation (third paragraph), before 'The Commission "
 "found that BOIA violated, and Beeson aided and abetted and caused violations of, the federal securities laws by: (1) "
 "allowing excessive short-term trading in One Group fund', where the store's excerpt breaks off (`truncated`). Kept "
 "as written: 'announced today', 'age 46', the curly quotation marks and apostrophes of the quotation ('funds\u2019 "
 "confidential', 'Today\u2019s') beside the straight one in 'the SEC's Division', the spaced en dashes ('\u2013 and their "
 "senior management \u2013'), 'Banc One and Mark Beeson' in the quotation. 206 words (whitespace-split), three "
 "paragraphs. Found at rank 1 under 'SEC charges Banc One Investment Advisors and Mark Beeson former president and CEO "
 "One Group mutual funds market timing Canary' (then yourlawyer (USA Today), investmentexecutive, financial-planning "
 "(two), boston.com, the End of Term copy of sec.gov PR 2007-165 on the 2007 Fair Fund distribution -- the same "
 "matter, not taken --, vindyarchives (AP)). One text per matter. " + CHECK + "'Beeson', 'One Group Mutual', "
 "'Westerville', '2004-90': 0 everywhere; 'Banc One' in two corpus files on other matters (a 1998 DOJ branch "
 "divestiture, a 2003 PCAOB nomination) and the scripts of 45zf and 51ze; 'Stern' (Edward J. Stern, Canary Capital) in "
 "other market-timing texts (Security Trust Company, Strong Capital Management: other matters); 'Cutler' in many SEC texts (the same "
 "official).",
 True)))

# ---- RS Investment Management L.P. / G. Randall Hecht / Steven M. Cohen, SEC PR 2004-142, October 6, 2004 ------------
U3 = "https://www.sec.gov/news/press/2004-142.htm"
T3 = "RS Investment Management to Pay $25 Million and Undertake Compliance Reforms to Settle SEC Market Timing Charges"
P3 = [
 "The Securities and Exchange Commission today charged investment adviser RS Investment Management L.P., CEO G. Randall "
 "Hecht, and former CFO Steven M. Cohen with favoring certain mutual fund investors by allowing them to engage in "
 "frequent short-term trading (market timing). According to the Commission, RS entered into secret agreements that "
 "permitted select investors to generate millions of dollars in trading profits at the potential expense of other "
 "shareholders, and allowed RS to reap substantial advisory fees.",
 "RS, a San Francisco-based investment adviser for ten mutual funds, has agreed to pay $25 million to settle the "
 "Commission\u2019s fraud charges, including disgorgement of $11.5 million and a civil penalty of $13.5 million. These "
 "amounts will be distributed to investors of mutual funds affected by the market timing. RS will also undertake "
 "significant compliance measures designed to protect against future violations. Hecht and Cohen have also agreed to "
 "pay monetary penalties and to other remedial actions.",
 "Helane Morrison, District Administrator of the Commission\u2019s San Francisco District Office, said: \u201cToday\u2019s "
 "action shows that the market timing abuses uncovered by regulators in recent months extend to relatively small "
 "boutique firms like RS.\u201d RS has $6.7 billion in assets under management.",
 "The Commission\u2019s order finds that RS engaged in the following misconduct:",
 "The prospectus provided to investors in the RS mutual funds limited investors to four transfers of money (exchanges) "
 "between the funds, including RS\u2019s money market fund, in a 12 month period. In addition, RS at times stopped "
 "investors from engaging in market timing in the funds."]
R.append((["rs-2004-142.txt"], T3, P3, federal(
 "us-sec-rs-investment-management-ceo-hecht-former-cfo-cohen-market-timing-settlement-2004",
 U3, "2004-10-06", T3, "\n\n".join(P3),
 "asset management/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, press release 2004-142, 'RS Investment Management to Pay $25 Million and "
 "Undertake Compliance Reforms to Settle SEC Market Timing Charges', Washington, D.C., Oct. 6, 2004, US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) as sec.gov itself carries it ('news/press/2004-142.htm'): "
 "first-party text. Left out: the heading (kept as `title`), the lines 'FOR IMMEDIATE RELEASE' and '2004-142', the "
 "dateline 'Washington, D.C., Oct. 6, 2004 -- ' opening the first paragraph (the date kept as `published`); the first "
 "list item's bullet mark; cut after the first list item ('... from engaging in market timing in the funds.'), before "
 "the second ('During at least 2000 through mid-2003, RS entered into undisclosed agreements allowing certain investors "
 "in its Emerg'), where the store's excerpt breaks off (`truncated`). Kept as written: 'RS Investment Management L.P.' "
 "(the heading writes 'RS Investment Management'), 'CEO G. Randall Hecht', 'former CFO Steven M. Cohen', the curly "
 "apostrophes and quotation marks ('Commission\u2019s', '\u201cToday\u2019s action ...\u201d', 'RS\u2019s money market "
 "fund'), 'a 12 month period' (no hyphen), '$6.7 billion'. 252 words (whitespace-split), five paragraphs. Found at "
 "rank 1 under 'SEC settles with RS Investment Management and G. Randall Hecht market timing RS Emerging Growth Fund "
 "press release' (then financial-planning, latimes (two, Bloomberg), sec.gov's claims page 'rsinvestments.htm' and "
 "News Digest 2008-81 on the 2008 Fair Fund distribution -- the same matter, not taken --, the New York Attorney "
 "General's assurance on fdocuments, plansponsor). One text per matter. " + CHECK + "'RS Investment', 'Hecht', "
 "'Steven M. Cohen', 'Helane Morrison', '2004-142': 0 everywhere; 'Morrison' alone in other files on other people.",
 True)))

# ---- Fremont Investment Advisors / Nancy Tengler / Larry Adams, SEC PR 2004-153, November 4, 2004 --------------------
U4 = "https://webharvest.gov/peth04/20041112082233/http://sec.gov/news/press/2004-153.htm"
T4 = "FREMONT INVESTMENT ADVISORS TO PAY OVER $4 MILLION TO SETTLE SEC MARKET TIMING AND LATE TRADING CHARGES"
P4 = [
 "The Securities and Exchange Commission today charged San Francisco-based mutual fund adviser Fremont Investment "
 "Advisors with entering into improper and undisclosed agreements that allowed favored large investors to engage in "
 "rapid short-term securities trading known as market timing. Also charged by the Commission for their role in "
 "Fremont's improper market timing arrangements were former President and CEO Nancy Tengler and former Vice President "
 "of Institutional Sales Larry Adams. In addition to the market timing charges, the Commission charged Fremont for "
 "allowing mutual fund trades to be placed after the 4:00 p.m. market close.",
 "Fremont, a firm that managed 13 mutual funds during the relevant period and has approximately $2.8 billion in assets "
 "under management, has agreed to pay $4.146 million to settle the Commission's fraud charges. Tengler has also agreed "
 "to settle the Commission's action, agreeing to pay $127,000 in disgorgement and penalties and to be suspended from "
 "the industry for six months.",
 "Helane Morrison, District Administrator of the Commission's San Francisco District Office stated, \"By permitting "
 "select customers to engage in market timing and late trading, Fremont ignored its responsibility to treat all fund "
 "shareholders fairly and honestly.\" Added Marc Fagel, Assistant District Administrator, \"This is a disturbing "
 "indicator that the abuses we have seen in the industry extended even to smaller, regional firms.\"",
 "According to the Commission, Fremont's mutual fund prospectus prohibited market timing, and the firm enforced this "
 "policy by employing a \"timing cop\" to monitor and block excessive trading."]
R.append((["fremont-2004-153.txt"], T4, P4, federal(
 "us-sec-fremont-investment-advisors-former-president-ceo-tengler-former-vp-adams-market-timing-late-trading-2004",
 U4, "2004-11-04", T4, "\n\n".join(P4),
 "asset management/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, press release 2004-153, 'Fremont Investment Advisors to Pay Over $4 Million "
 "to Settle SEC Market Timing and Late Trading Charges', Washington, D.C., Nov. 4, 2004, US federal government work "
 "(public domain); text as the 2004 federal web harvest (webharvest.gov, peth04) holds sec.gov's page "
 "http://sec.gov/news/press/2004-153.htm, from the search tool's page store at " + U4,
 SEC_ORIGIN,
 "An SEC press release (a US federal work, public domain) on sec.gov ('news/press/2004-153.htm') as the 2004 federal "
 "web harvest (webharvest.gov, peth04, 12 November 2004) holds the page -- the SEC's own page, archived unchanged, no "
 "third-party copy (as 47's PIMCO release on webharvest.gov and 46m's End of Term copies). Left out: the page lines "
 "'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange "
 "Commission'; the capitalised heading (kept as `title`); the lines 'FOR IMMEDIATE RELEASE' and '2004-153'; the "
 "dateline 'Washington, D.C., Nov. 4, 2004 - ' opening the first paragraph (the date kept as `published`); cut after "
 "'... by employing a \"timing cop\" to monitor and block excessive trading.', before 'Notwithstanding this policy, "
 "Fremont entered into undisclosed agreements in ', where the store's excerpt breaks off (`truncated`). Kept as "
 "written: 'Fremont Investment Advisors' (no 'Inc.'), 'former President and CEO Nancy Tengler', 'former Vice President "
 "of Institutional Sales Larry Adams', 'the 4:00 p.m. market close', 'San Francisco District Office stated,' (no comma "
 "before 'stated'), 'Added Marc Fagel, Assistant District Administrator,', the straight quotation marks. 243 words "
 "(whitespace-split), four paragraphs. Found at rank 1 under 'SEC charges Fremont Investment Advisors Nancy Tengler "
 "chief executive officer market timing Fremont Mutual Funds' (then the End of Term copy of Tengler's order IA-2318 (a "
 "filing), sec.gov's claims page 'fremontinvestment.htm' (the same matter, not taken), an ICI memo, thinkadvisor "
 "(two), financial-planning, plansponsor). One text per matter. " + CHECK + "'Fremont Investment', 'Tengler', 'Larry "
 "Adams', 'Helane Morrison', '2004-153': 0 everywhere; 'Fremont' alone in other files (Fremont Telcom, Fremont, "
 "California: other subjects); 'Fagel' in three SEC texts on other matters (Franklin Advisers, Marvell, Maxim: the "
 "same official).",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        for p in [title] + paras:
            assert raw.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 55b (session 54, gatherer 55b): three sec.gov texts charging companies together with their officers, their
affiliated firms or their subsidiary -- 'SEC Charges Broker-Dealer and Former CEO for Order Handling
Misrepresentations' (the administrative-proceeding announcement of June 30, 2020, File No. 3-19844: Potamus Trading LLC,
'a registered broker-dealer based in Boston', and its former CEO, Eric J. Pritchett); Litigation Release No. 19470 of
November 17, 2005 (SEC v. Amerindo Investment Advisors Inc., et al., 05 CV 5231 (S.D.N.Y.): the amended complaint
against the co-founders Alberto W. Vilar and Gary Alan Tanaka, Amerindo Investment Advisors Inc. ('Amerindo US') and
the 'other affiliated investment advisers and entities' Amerindo Advisors UK Limited, Amerindo Investment Advisors, Inc.
('Amerindo Panama') and Amerindo Management Inc.); and the litigation release 'Henry C. Yuen et al.' (sec.gov lr18530;
SEC v. Henry C. Yuen et al., CV 03-4376 (C.D. Cal.): the amended complaint against three former senior executives of
Gemstar-TV Guide International, Inc. -- its former co-president Peter C. Boylan, its former general counsel Jonathan B.
Orlick and Craig Waggy, the former chief financial officer of 'its wholly owned subsidiary, TV Guide, Inc.') -- US
federal government works (17 U.S.C. 105), a session-54 round in the federal SEC lane (after 54zq and the rounds it
names), on new matters. See /work/notes/gather56/55b.md. Leads of 54zq's section (Yorkville Advisors, Potomac Asset
Management, ZPR / Zavanelli) gave no sec.gov page; Amerindo is 54zk's lead 'for an older lane' (lr19245 and lr19470
came back to 54zk, not taken: 2005 lay outside its span); Gemstar / Henry Yuen is 54zb's note (lr18095 came back, not
taken: 2003 outside its span, and 'Gemstar has a corpus file' -- a Wikinews story of 2005 on TV Guide's magazine
makeover, another matter); Potamus came back for a query on another matter. Every name, number and address was
checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather56 (CLAIMS.txt) and the
session-54 pools /tmp/gather56*/pool:
  - sec.gov 'enforce/33-10795-s' (June 30, 2020): the Securities and Exchange Commission (SEC), Potamus Trading LLC
    (Potamus), Boston, Eric J. Pritchett (Pritchett), the SEC's Market Abuse Unit and the Boston Regional Office with
    five SEC staff members;
  - sec.gov 'litigation/litreleases/lr19470.htm' (November 17, 2005): the United States Securities and Exchange
    Commission (the Commission), Alberto W. Vilar, Gary Alan Tanaka, Amerindo Investment Advisors Inc. (Amerindo US),
    Guaranteed Fixed Rate Deposit Accounts (GFRDAs), Amerindo Technology Growth Fund, Inc. (ATGF), Amerindo
    Technology Growth Fund II, Inc. (ATGF II), Amerindo Venture Fund LP, Amerindo Advisors UK Limited (Amerindo UK),
    Amerindo Investment Advisors, Inc. (Amerindo Panama), Amerindo Management Inc. (AMI);
  - sec.gov 'litigation/litreleases/lr18530.htm' (undated in the excerpt): the Securities and Exchange Commission,
    Gemstar-TV Guide International, Inc. (Gemstar), TV Guide, Inc., Henry C. Yuen, Elsie M. Leung, Peter C. Boylan,
    Jonathan B. Orlick, Craig Waggy, Los Angeles, Tulsa, Chatsworth.
Texts are the search tool's page-store excerpts (corpus `pages`; 2,000, 1,998 and 1,998 bytes as saved: the store's
excerpt length). Potamus: the page's category line 'Other', the heading (kept as `title`), the date line 'June 30, 2020'
(kept as `published`; the first paragraph opens with the date again, kept in the text as 41e kept Pareteum's), the lines
'ADMINISTRATIVE PROCEEDING' and 'File No. 3-19844' left out; cut inside the last paragraph after its first sentence
('... of the Boston Regional Office.'), before 'The examination that led to the investigat', where the excerpt breaks
off. Amerindo: the lines 'U.S. SECURITIES AND EXCHANGE COMMISSION' and 'Litigation Release No. 19470 / November 17, 2005'
(kept as `published`) and the case caption left out; the capitalised heading kept as `title`; the list's bullet marks
('•') and the blank-space lines between items left out, each item kept as its own paragraph (no word changed); cut in
the third item after its first sentence ('Amerindo Management Inc. ("AMI") is a Panamanian corporation.'), before 'Vilar
is the President of AMI and Tanaka is the Secretary of AMI, and both Vilar and Tanaka serve a', where the excerpt breaks
off mid-sentence. Gemstar: the page's name line 'Henry C. Yuen et al.' left out; the case caption kept as `title` (as
54zq's ICP page); `published` null (no release number or date in the excerpt, so 'today' is not resolved); bullet
marks and blank-space lines left out as for Amerindo; cut in the third item after 'Waggy was the chief financial officer
of TV Guide from September 1997 to May 2002.', before 'Waggy holds a master's degree in accounting and was employed at a
major accounting firm for ', where the excerpt breaks off. No word added or changed; paragraphs joined by a blank line.
Each kept paragraph and title checked by script to be a verbatim substring of the saved excerpt (/tmp/gather56b/src,
written by /tmp/gather56b/mk_src.py). Written before any extractor ran on the texts (newskg was not run on them).
usage: batch55b.py [POOL_DIR] [--dry]   (default /tmp/gather56b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only), GATHERING.md, every gather script, /work/notes/gather56 (the "
         "round's CLAIMS.txt) and the session-54 pools /tmp/gather56*/pool: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56b/pool"
SRC = "/tmp/gather56b/src"
R = []

# ---- Potamus Trading LLC / former CEO Eric J. Pritchett, sec.gov, File No. 3-19844, June 30, 2020 ------------------
U1 = "https://www.sec.gov/enforce/33-10795-s"
T1 = "SEC Charges Broker-Dealer and Former CEO for Order Handling Misrepresentations"
P1 = [
 "June 30, 2020 - The Securities and Exchange Commission today announced settled charges against Potamus Trading LLC, a "
 "registered broker-dealer based in Boston, and its former CEO, Eric J. Pritchett, for misrepresenting how Potamus "
 "would handle and fill its clients' orders to trade equity securities.",
 "According to the SEC's order, from September 2013 through March 2017, Potamus and Pritchett portrayed Potamus as "
 "filling its clients' orders on a principal basis by trading from its own inventory of securities or risking its "
 "capital in the market. The order finds that, in reality, Potamus rarely traded from inventory or risked its capital, "
 "and instead filled the vast majority of its clients' orders by engaging in undisclosed net trading. The order finds "
 "that when Potamus received client orders, it often did not fill them until it searched for and obtained executions "
 "for its own account within, and frequently at the midpoint of, the National Best Bid and Offer. If Potamus succeeded "
 "in obtaining an execution for its own account, only then did it fill the client's order at the National Best Bid or "
 "the National Best Offer, as applicable, to profit from this order flow.",
 "The SEC's order finds that Potamus and Pritchett violated the antifraud provisions of Sections 17(a)(2) and (3) of "
 "the Securities Act of 1933. Without admitting or denying the findings in the SEC's order, Potamus agreed to a "
 "cease-and-desist order, a censure, and, based on its inability to pay a higher amount, a penalty of $50,000. "
 "Pritchett agreed to a cease-and-desist order, a penalty of $50,000, and one-year industry and penny stock bars.",
 "The SEC's investigation was conducted by Andrew Palid, Mandy Sturmfelz, and Michele T. Perillo of the SEC's Market "
 "Abuse Unit and by Peter Moores and Rua Kelly of the Boston Regional Office."]
R.append((["potamus-3-19844.txt"], T1, P1, federal(
 "us-sec-potamus-trading-broker-dealer-former-ceo-pritchett-order-handling-misrepresentations-2020",
 U1, "2020-06-30", T1, "\n\n".join(P1),
 "brokerage/securities regulation", "legal,regulatory,executives",
 "U.S. Securities and Exchange Commission, administrative proceeding announcement 'SEC Charges Broker-Dealer and "
 "Former CEO for Order Handling Misrepresentations', File No. 3-19844, June 30, 2020, US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC administrative-proceeding announcement (a US federal work, public domain) as sec.gov itself carries it "
 "('enforce/33-10795-s', as 41e's Pareteum page): first-party text. Left out: the category line 'Other', the heading "
 "(kept as `title`), the date line 'June 30, 2020' (kept as `published`), the lines 'ADMINISTRATIVE PROCEEDING' and "
 "'File No. 3-19844'; cut inside the last paragraph after its first sentence ('... of the Boston Regional Office.'), "
 "before 'The examination that led to the investigat', where the store's excerpt breaks off (`truncated`). Kept as "
 "written: the date opening the first paragraph with a spaced hyphen ('June 30, 2020 - The Securities ...'), the "
 "straight apostrophes ('clients' orders', 'the SEC's order', 'the client's order'), 'Andrew Palid, Mandy Sturmfelz, "
 "and Michele T. Perillo' (serial comma), 'the National Best Bid and Offer'. 296 words (whitespace-split), four "
 "paragraphs. Found at rank 2 under a query on another matter ('SEC v. Potomac Asset Management Company Goodloe E. "
 "Byron Jr. litigation release', 54zq's lead) and again at rank 1 under 'SEC Charges Broker-Dealer and Former CEO "
 "Potamus Trading Pritchett' (then ecclestonlaw, financefeeds (five copies) and the firm's EDGAR X-17A-5). One text per "
 "matter. " + CHECK + "'Potamus', 'Pritchett', '33-10795', '3-19844', 'Palid', 'Sturmfelz', 'Perillo', 'Rua Kelly': 0 "
 "everywhere; 'Market Abuse Unit' only in other SEC texts (18a's Knight Capital, 18e) and their scripts.",
 True)))

# ---- Amerindo Investment Advisors / Vilar / Tanaka / affiliated entities, Litigation Release No. 19470, 17 Nov 2005 --
U2 = "https://www.sec.gov/litigation/litreleases/lr19470.htm"
T2 = ("SEC AMENDS COMPLAINT TO INCLUDE ADDITIONAL CLAIMS AGAINST ALBERTO W. VILAR AND GARY A. TANAKA, CO-FOUNDERS AND "
      "PRINCIPALS OF AMERINDO INVESTMENT ADVISORS INC., AS WELL AS OTHER AFFILIATED ENTITIES")
P2 = [
 "The United States Securities and Exchange Commission filed an amended complaint today alleging that Alberto W. Vilar, "
 "Gary Alan Tanaka, Amerindo Investment Advisors Inc. (\"Amerindo US\") and other affiliated investment advisers and "
 "entities engaged in a scheme to defraud numerous investors, including an individual client, investors in Guaranteed "
 "Fixed Rate Deposit Accounts (\"GFRDAs\") and investors in two offshore hedge funds, Amerindo Technology Growth Fund, "
 "Inc. (\"ATGF\") and Amerindo Technology Growth Fund II, Inc. (\"ATGF II\").",
 "The Commission filed its initial complaint on June 1, 2005 against Vilar, Tanaka and Amerindo US alleging that they "
 "defrauded a client, L.C., by misappropriating funds she invested in the Amerindo Venture Fund LP, a limited "
 "partnership that was purportedly being organized to qualify and be operated as a Small Business Investment Company.",
 "The amended complaint expands upon these allegations and includes allegations against the following additional "
 "defendants:",
 "Amerindo Advisors UK Limited (\"Amerindo UK\"), a United Kingdom corporation, is an investment adviser. Vilar and "
 "Tanaka are the sole shareholders, officers and directors of Amerindo UK.",
 "Amerindo Investment Advisors, Inc. (\"Amerindo Panama\"), a Panamanian corporation, acted as an investment adviser. "
 "Vilar and Tanaka are the sole shareholders, directors and officers of Amerindo Panama.",
 "Amerindo Management Inc. (\"AMI\") is a Panamanian corporation."]
R.append((["amerindo-lr19470.txt"], T2, P2, federal(
 "us-sec-amerindo-investment-advisors-co-founders-vilar-tanaka-affiliated-amerindo-uk-panama-amended-complaint-2005",
 U2, "2005-11-17", T2, "\n\n".join(P2),
 "asset management/securities regulation", "legal,regulatory,investment funds,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 19470, November 17, 2005 (Securities and Exchange "
 "Commission v. Amerindo Investment Advisors Inc., et al., Civil Action No. 05 CV 5231 (LTS)(DFE) (S.D.N.Y.)), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text. Left "
 "out: the line 'U.S. SECURITIES AND EXCHANGE COMMISSION', the line 'Litigation Release No. 19470 / November 17, 2005' "
 "(kept as `published`), the case caption 'Securities and Exchange Commission v. Amerindo Investment Advisors Inc., et "
 "al., Civil Action No. 05 CV 5231 (LTS)(DFE) (S.D.N.Y.)'; the capitalised heading kept as `title` (so 'co-founders' "
 "is in the title only); the list's bullet marks and the blank-space lines between its items left out, each item its "
 "own paragraph; cut in the third item after its first sentence ('Amerindo Management Inc. (\"AMI\") is a Panamanian "
 "corporation.'), before 'Vilar is the President of AMI and Tanaka is the Secretary of AMI, and both Vilar and Tanaka "
 "serve a', where the store's excerpt breaks off mid-sentence (`truncated`). Kept as written: the straight quotation "
 "marks of the short forms, 'Amerindo Investment Advisors Inc.' (US, no comma) beside 'Amerindo Investment Advisors, "
 "Inc.' (Panama, with a comma) -- two firms, one comma apart --, 'a client, L.C.,' (initials only), 'shareholders, "
 "officers and directors' beside 'shareholders, directors and officers', 'a United Kingdom corporation', 'a Panamanian "
 "corporation'. 205 words (whitespace-split), six paragraphs. Found at rank 2 under 'Litigation Release SEC v. Alberto "
 "William Vilar, Gary Alan Tanaka, Amerindo Investment Advisors Inc.' (rank 1: lr19245 of June 2, 2005, the original "
 "complaint -- the same matter, not taken: this amended complaint names the affiliated firms and the two men's posts in "
 "them; then nysun, a casetext brief, natlawreview, a law-professors blog, thinkadvisor, vlex). 54zk's lead 'Amerindo "
 "for an older lane' (lr19245 and lr19470 came back to it and were left as outside its 2010-2018 span). One text per "
 "matter. " + CHECK + "'Vilar', 'Gary Alan Tanaka', 'Gary A. Tanaka', 'ATGF', 'GFRDA', 'Guaranteed Fixed Rate', "
 "'Amerindo Management', '05 CV 5231': 0 everywhere; 'Amerindo' only in GATHERING.md's 54zk notes and batch54zk.py (the "
 "lead, not taken); '19470', 'lr19470' only in GATHERING.md's 54zk notes.",
 True)))

# ---- Gemstar-TV Guide International / TV Guide, Inc. / Boylan, Orlick, Waggy, sec.gov lr18530 (undated excerpt) -----
U3 = "https://sec.gov/litigation/litreleases/lr18530.htm"
T3 = "Securities and Exchange Commission v. Henry C. Yuen et al., Case No. CV 03-4376 NM (MANx) (C.D. Cal.)"
P3 = [
 "The Securities and Exchange Commission announced that today it filed securities fraud charges against three former "
 "senior executives of Gemstar-TV Guide International, Inc. - its former co-president, its former general counsel, and "
 "the former chief financial officer of its wholly owned subsidiary, TV Guide, Inc. The complaint charges that these "
 "executives participated in Gemstar's widespread and complex scheme to inflate its licensing and advertising revenue "
 "and to mislead investors about the company's true financial performance.",
 "The SEC's action, filed in United States District Court in Los Angeles, amends the Commission's complaint filed "
 "against Gemstar's former chief executive officer, Henry C. Yuen, and former chief financial officer, Elsie M. Leung, "
 "on June 19, 2003. The complaint seeks permanent injunctions, civil money penalties, disgorgement of ill-gotten gains "
 "(including salaries, bonuses and any proceeds from the sale of stock during the fraud), and bars from service as an "
 "officer or director of a public company.",
 "The SEC's new charges name the following defendants:",
 "Peter C. Boylan, age 39, of Tulsa, Okla. From July 2000 to April 1, 2002, Boylan was a co-president, co-chief "
 "operating officer, and member of the board of directors of Gemstar, and co-chairman, chief executive officer, and "
 "co-president of Gemstar's wholly owned subsidiary, TV Guide, Inc.",
 "Jonathan B. Orlick, age 46, of Chatsworth, Calif. During the relevant period, Orlick served as general counsel, "
 "executive vice president, and a member of the board of directors of Gemstar. He is a member of the Washington, D.C. "
 "and Florida bars.",
 "Craig Waggy, age 44, of Tulsa, Okla. Waggy was the chief financial officer of TV Guide from September 1997 to May "
 "2002."]
R.append((["gemstar-lr18530.txt"], T3, P3, federal(
 "us-sec-gemstar-tv-guide-former-co-president-boylan-general-counsel-orlick-tv-guide-subsidiary-cfo-waggy-fraud",
 U3, None, T3, "\n\n".join(P3),
 "media/securities regulation", "legal,regulatory,accounting,executives",
 "U.S. Securities and Exchange Commission, litigation release 'Henry C. Yuen et al.' (Securities and Exchange "
 "Commission v. Henry C. Yuen et al., Case No. CV 03-4376 NM (MANx) (C.D. Cal.); sec.gov lr18530), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it: first-party text. The "
 "excerpt opens with the page's name line 'Henry C. Yuen et al.' (left out) and the case caption (kept as `title`, as "
 "54zq's ICP page); it holds no release-number or date line, so `published` is null and only absolute dates are gold "
 "('today' not resolved). The list's bullet marks and the blank-space lines between its items left out, each item its "
 "own paragraph; cut in the third item after 'Waggy was the chief financial officer of TV Guide from September 1997 to "
 "May 2002.', before 'Waggy holds a master's degree in accounting and was employed at a major accounting firm for ', "
 "where the store's excerpt breaks off (`truncated`). Kept as written: the spaced hyphen in 'Gemstar-TV Guide "
 "International, Inc. - its former co-president', 'filed in United States District Court in Los Angeles' (no article), "
 "'of Tulsa, Okla.' and 'of Chatsworth, Calif.' (the abbreviated states end the sentence), 'the Washington, D.C. and "
 "Florida bars', 'member of the board of directors' beside 'a member of the board of directors'. 269 words "
 "(whitespace-split), six paragraphs. Found at rank 8 under 'Litigation Release 18095 Gemstar-TV Guide International "
 "Henry C. Yuen Elsie Ma Leung' (54zb's note: lr18095 of 2003 came back to it, not taken as outside its span; this "
 "store held nexttv (two), multichannel, variety, hollywoodreporter, the complaint on pdfslide and investorlawyers above "
 "it). The SEC's first complaint against Yuen and Leung (lr18095) is the same matter: one text per matter, this one. "
 + CHECK + "'Boylan', 'Waggy', 'Yuen', '18530', '03-4376', 'TV Guide, Inc': 0 in the corpus files ('Yuen' and '18095' "
 "only in GATHERING.md's 54zb note and one name list); 'Orlick' only in a Wikipedia text on another person "
 "(wp-emma-walmsley) and its script; 'Elsie' only in an FCC text on another person; 'Gemstar' in one train text, "
 "wn-u-magazine-tv-guide-drop-local-2005 (the magazine's 2005 makeover, Gemstar as its corporate parent -- another "
 "matter, read to check), batch40p's scripts and GATHERING.md.",
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

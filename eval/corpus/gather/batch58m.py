#!/usr/bin/env python3
"""Batch 58m (session 55, gatherer 58m): three sec.gov litigation releases on companies and their named officers, new
matters in the federal SEC lane (after 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name):
  - sec.gov 'enforcement-litigation/litigation-releases/lr-18371' (Litigation Release No. 18371, September 29, 2003):
    the Commission's suit against Sport-Haley, Inc., a Denver, Colorado maker of golf apparel, 'R.G. Tomlinson of
    Scottsdale, Arizona, the current chairman and former chief executive officer, and Steve S. Auger of Morrison,
    Colorado, the former controller of Sport-Haley', over misstated inventory;
  - sec.gov 'litigation/litreleases/lr17481.htm' (Litigation Release No. 17481, 2002; the store's copy opens at the
    first sentence, with no release line or heading): the settled action against Byron Lerner, 'Chairman and Chief
    Executive Officer of Teltran International Group, Ltd.', over the booking of its acquisition of Channelnet Limited,
    a company located in the United Kingdom;
  - sec.gov 'litigation/litreleases/2007/lr20174.htm' (Litigation Release No. 20174, June 29, 2007): 'SEC Settles
    Charges Against Former Portland Steel Executive for Anti-Bribery Statute Violations' -- Si Chan Wooh, 'the former
    Executive Vice President and head of a Schnitzer subsidiary' of Schnitzer Steel Industries, Inc., over bribes to
    managers of steel mills in China and South Korea.
US federal government works (17 U.S.C. 105). See /work/notes/gather59/58m.md. Each matter was found by a query written
like an older litigation release's capital heading, naming an industry (57y's and 58b's way; queries and ranks in
/tmp/gather59m/src/queries.txt), and every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather59 (CLAIMS.txt) and the session-55 pools /tmp/gather59*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; 2,000 characters each, as saved in
/tmp/gather59m/src by /tmp/gather59m/mk_src.py: the store's excerpt length, a check on the transcription). Left out:
Sport-Haley -- the page's name line 'Sport-Haley, Inc., Robert G. Tomlinson, and Steve S. Auger', 'Litigation Release
No. 18371 / September 29, 2003' (the date kept as `published`), 'Accounting and Auditing Enforcement Release No. 1877 /
September 29, 2001' (the year as stored) and the caption 'SEC v. Sport-Haley, Inc., Robert G. Tomlinson, and Steve S.
Auger, Civ. Action No. 03-Z-1917(CBS) (District of Colorado)' (its party names kept as `title`, the release having no
heading: 57l's Accelr8 way); cut inside the third paragraph after its third sentence ('... for the overstatement.'),
before the sentence the excerpt breaks off ('The Complaint asserts that Sport-Haley materially understated expens')
(`truncated`). Teltran -- the excerpt opens with the release's first sentence: no release line, date line, caption or
heading came with it, so `published` and `title` are null (47y's Gerber and 51d's Peregrine way); cut after the second
paragraph ('... by selling Teltran stock.'), before the paragraph the excerpt breaks off ('Lerner consented, ...
Securities Act of 1933 ("Securities Act") an') (`truncated`). Schnitzer -- the page furniture 'U.S. Securities &
Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission', 'Litigation
Release No. 20174 / June 29, 2007' (the date kept as `published`) and the caption 'SEC v. Si Chan Wooh, Case No.
CV-07-957 ST. (D. Or. filed June 29, 2007)'; the heading kept as `title`; cut after the third paragraph ('... from
violations of the FCPA in the future.'), before the paragraph the excerpt breaks off ('In October 2006, Schn')
(`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept paragraph and
the title checked by script to be a verbatim substring (once) of the saved excerpt. Written before any extractor ran on
the texts (newskg was not run on them).
usage: batch58m.py [POOL_DIR] [--dry]   (default /tmp/gather59m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather59 and the session-55 pools /tmp/gather59*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather59/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59m/pool"
SRC = "/tmp/gather59m/src"
R = []

# ---- Sport-Haley, Inc. / R.G. Tomlinson and Steve S. Auger, Litigation Release No. 18371, September 29, 2003 ---------
U1 = "https://www.sec.gov/enforcement-litigation/litigation-releases/lr-18371"
T1 = "SEC v. Sport-Haley, Inc., Robert G. Tomlinson, and Steve S. Auger"
P1 = [
 "On Friday, September 26, 2003, the Securities and Exchange Commission (\"Commission\") filed suit in the United States "
 "District Court for the District of Colorado against Sport-Haley, Inc. (\"Sport-Haley\"), its chairman of the board, "
 "and former controller for violations of the antifraud, periodic reporting, record keeping, and internal controls "
 "provisions of the federal securities laws. Sport-Haley, located in Denver, Colorado, designs, markets, and contracts "
 "for the manufacture of golf apparel and outerwear under the Haley-Registered Trademark label. According to the "
 "Complaint, Sport-Haley materially misstated inventory, improperly capitalized period costs and materially misstated "
 "losses on the sale of headwear equipment in its quarterly and annual 1998, 1999, and 2000 financial statements.",
 "Named as defendants in the Complaint are Sport-Haley, R.G. Tomlinson of Scottsdale, Arizona, the current chairman and "
 "former chief executive officer, and Steve S. Auger of Morrison, Colorado, the former controller of Sport-Haley.",
 "The Commission asserts that Sport-Haley materially overstated inventory in its financial statements during its 1998 "
 "and 1999 fiscal years. According to the Complaint, Tomlinson and Auger knowingly concealed that inventory was "
 "materially overstated by $1.2 million at June 30, 1999 and agreed to eliminate the overstated inventory by writing "
 "the inventory off at the rate of $100,000 per month during its 2000 fiscal year. The Commission alleges Sport-Haley "
 "failed to disclose the inventory overstatement or the company's elaborate measures to adjust the financial "
 "statements for the overstatement."]
R.append((["lr18371.txt"], T1, P1, federal(
 "us-sec-sport-haley-chairman-former-ceo-tomlinson-former-controller-auger-inventory-fraud-2003",
 U1, "2003-09-29", T1, "\n\n".join(P1),
 "golf apparel/securities regulation", "legal,regulatory,accounting,inventory overstatement,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18371, September 29, 2003 (SEC v. Sport-Haley, Inc., "
 "Robert G. Tomlinson, and Steve S. Auger, Civ. Action No. 03-Z-1917(CBS), District of Colorado), US federal "
 "government work (public domain); text from the search tool's page store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('enforcement-litigation/"
 "litigation-releases/lr-18371'): first-party text. Left out: the page's name line 'Sport-Haley, Inc., Robert G. "
 "Tomlinson, and Steve S. Auger', 'Litigation Release No. 18371 / September 29, 2003' (the date kept as `published`), "
 "'Accounting and Auditing Enforcement Release No. 1877 / September 29, 2001' (the year 2001 as stored, a slip of the "
 "release) and the caption 'SEC v. Sport-Haley, Inc., Robert G. Tomlinson, and Steve S. Auger, Civ. Action No. "
 "03-Z-1917(CBS) (District of Colorado)' -- the release has no heading, so the caption's party names are the `title` "
 "(57l's Accelr8 and 51zh's Platinum Software way; the title alone gives Tomlinson's first name 'Robert G.'). The "
 "store's single line breaks end the paragraphs. Cut inside the third paragraph after its third sentence ('... to "
 "adjust the financial statements for the overstatement.'), before the sentence the store's excerpt breaks off ('The "
 "Complaint asserts that Sport-Haley materially understated expens') (`truncated`). Kept as written: "
 "'(\"Commission\")' and '(\"Sport-Haley\")' with straight quotation marks, 'the Complaint' capitalised, 'R.G. "
 "Tomlinson' (no space after the first initial), 'the Haley-Registered Trademark label' (the page's rendering of a "
 "registered-trademark sign after 'Haley'). 229 words (whitespace-split), three paragraphs. Found at rank 1 under 'SEC "
 "SUES FORMER OFFICERS OF GOLF EQUIPMENT MAKER Litigation Release former chief executive officer former vice president "
 "of sales former controller' (rank 4 the complaint on sec.gov, rank 5 sgbonline's copy of the company's own "
 "statement). One text per matter: the complaint, any judgment or settlement against Sport-Haley, Tomlinson or Auger "
 "and any administrative order on the same 1998-2000 statements are one matter. " + CHECK + "'Sport-Haley', "
 "'Auger', '18371': 0; 'Tomlinson' only other people (UK parliamentary and outage files).",
 True)))

# ---- Teltran International Group, Ltd. / Byron Lerner, Litigation Release No. 17481 (2002; no date line stored) -----
U2 = "https://www.sec.gov/litigation/litreleases/lr17481.htm"
T2 = None
P2 = [
 "The Commission announced today the filing of a settled civil action against Byron Lerner, Chairman and Chief "
 "Executive Officer of Teltran International Group, Ltd. (\"Teltran\"). The Commission's complaint alleges that Lerner "
 "caused Teltran to materially overstate its reported financial results during its fiscal year ended December 31, 1999 "
 "and to make other materially false and misleading statements. Specifically, the Commission's complaint alleges that "
 "during 1999, Teltran entered into a contract to acquire Channelnet Limited, a company located in the United Kingdom. "
 "The contract was signed on July 15, 1999 and the transaction closed on August 16, 1999. Teltran, however, recorded "
 "the acquisition as of June 1, 1999, before Teltran had effective control of Channelnet. The use of the earlier "
 "effective date was not in conformity with generally accepted accounting principles and caused Teltran to materially "
 "overstate its reported revenues in its June 30 and September 30, 1999 Forms 10-Q and December 31, 1999 Form 10-K.",
 "The complaint also alleges that during 1999, Teltran projected that it would generate $30 million in revenue and "
 "earn $.30 per share for the year. Teltran made false and misleading statements concerning its prospects for 1999 "
 "after it became known that it would not meet its projections. During 1999, Teltran also adopted analyst reports by "
 "republishing them on its Internet website. Certain reports contained baseless stock price and earnings per share "
 "projections and misleading statements concerning Teltran's chances for obtaining a listing on the American Stock "
 "Exchange. Finally, the Commission's complaint alleges that, during the relevant time period, Lerner obtained an "
 "improper benefit of approximately $78,000 by selling Teltran stock."]
R.append((["lr17481.txt"], T2, P2, federal(
 "us-sec-teltran-international-chairman-ceo-lerner-channelnet-acquisition-revenue-overstatement-2002",
 U2, None, T2, "\n\n".join(P2),
 "telecommunications/securities regulation",
 "legal,regulatory,accounting,acquisition accounting,revenue overstatement,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17481 (2002; SEC v. Byron R. Lerner, United States "
 "District Court for the District of Columbia, as the complaint on sec.gov captions it), US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr17481.htm'): first-party text. The store's excerpt opens with the release's first sentence: no page furniture, "
 "release line, date line, caption or heading came with it, so `published` and `title` are null (47y's Gerber and "
 "51d's Peregrine way; the day not guessed: the number lies between Nos. 17439 of March 27, 2002 and 17578 of June "
 "21, 2002, so the id says 2002; a second query by its number and names gave the same excerpt at rank 2 and the "
 "complaint, complr17481.htm, which has no date either). With `published` null the kept text's 'today' resolves to "
 "nothing. Cut after the second paragraph ('... by selling Teltran stock.'), before the paragraph the store's excerpt "
 "breaks off ('Lerner consented, without admitting or denying the Commission's allegations, ... Section 17(a) of the "
 "Securities Act of 1933 (\"Securities Act\") an') (`truncated`). Kept as written: 'Chairman and Chief Executive "
 "Officer' (capitals), '(\"Teltran\")' with straight quotation marks, 'Channelnet' (the complaint spells it 'ChannelNet "
 "Ltd.' and gives August 6, 1999 as the acquisition date; the release's 'August 16, 1999' kept, nothing mended), "
 "'$.30', 'Internet website'. 265 words (whitespace-split), two paragraphs. Found at rank 4 under 'SEC CHARGES FORMER "
 "OFFICERS OF TELECOMMUNICATIONS EQUIPMENT COMPANY WITH FINANCIAL FRAUD litigation release'. One text per matter: the "
 "release, the complaint and any judgment against Lerner or order against Teltran over the Channelnet booking and the "
 "1999 projections are one matter. " + CHECK + "'Teltran', 'Channelnet', 'Byron Lerner', '17481': 0.",
 True)))

# ---- Schnitzer Steel Industries, Inc. / Si Chan Wooh, Litigation Release No. 20174, June 29, 2007 ---------------------
U3 = "https://www.sec.gov/litigation/litreleases/2007/lr20174.htm"
T3 = "SEC Settles Charges Against Former Portland Steel Executive for Anti-Bribery Statute Violations"
P3 = [
 "The Securities and Exchange Commission today announced charges against a former executive of Portland, Oregon-based "
 "Schnitzer Steel Industries, Inc., for violating the anti-bribery provisions of the Foreign Corrupt Practices Act "
 "(\"FCPA\"). Without admitting or denying the allegations, Si Chan Wooh of Tacoma, Washington, the former Executive "
 "Vice President and head of a Schnitzer subsidiary, agreed to pay approximately $40,000 in disgorgement, interest and "
 "penalties.",
 "The Commission's complaint, filed in federal district court in Portland, Oregon, alleges that from at least 1999 "
 "through 2004, Wooh paid over $200,000 in cash bribes and other gifts to managers of government-owned steel mills in "
 "China to induce them to purchase scrap metal from Schnitzer. According to the Commission, Schnitzer realized over "
 "$6.2 million in profits from sales to customers procured through these illicit payments. The Complaint further "
 "alleges that during the same period, Wooh made or authorized similar payments totaling over $1.7 million to managers "
 "of privately owned steel mills in both China and South Korea.",
 "The Commission's complaint alleges that Wooh violated the anti-bribery provisions of the FCPA and that he aided and "
 "abetted Schnitzer's violations of the FCPA provisions that require companies to keep accurate books and records "
 "(respectively, Sections 30A and 13(b)(2)(A) of the Securities Exchange Act of 1934). Without admitting or denying the "
 "charges, Wooh agreed to disgorge $14,819.38 in bonuses plus prejudgment interest of $1,312.52, to pay a $25,000 civil "
 "penalty, and to an order enjoining him from violations of the FCPA in the future."]
R.append((["lr20174.txt"], T3, P3, federal(
 "us-sec-schnitzer-steel-former-executive-vice-president-wooh-china-steel-mill-bribes-fcpa-2007",
 U3, "2007-06-29", T3, "\n\n".join(P3),
 "steel and scrap metal/securities regulation", "legal,regulatory,foreign bribery,FCPA,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 20174, '" + T3 + "', June 29, 2007 (SEC v. Si Chan "
 "Wooh, Case No. CV-07-957 ST., D. Or.), US federal government work (public domain); text from the search tool's page "
 "store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "2007/lr20174.htm'): first-party text (foley.com's copy of the same words, a law firm's page, left alone). Left out: "
 "the page furniture 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities "
 "and Exchange Commission', 'Litigation Release No. 20174 / June 29, 2007' (the date kept as `published`) and the "
 "caption 'SEC v. Si Chan Wooh, Case No. CV-07-957 ST. (D. Or. filed June 29, 2007)' (the filing day, the same as "
 "`published`, left out with it). The heading is `title`, as written. Cut after the third paragraph ('... enjoining "
 "him from violations of the FCPA in the future.'), before the paragraph the store's excerpt breaks off ('In October "
 "2006, Schn') (`truncated`). Kept as written: '(\"FCPA\")' with straight quotation marks, 'Executive Vice President' "
 "(capitals), 'the Complaint' capitalised once, '$14,819.38', '$1,312.52'. 246 words (whitespace-split), three "
 "paragraphs. Found at rank 3 under 'SEC FILES SETTLED ACTION AGAINST FORMER OFFICERS OF STEEL COMPANY wholly-owned "
 "subsidiary vice president of finance controller'. One text per matter: this release, the Commission's October 2006 "
 "order against Schnitzer Steel Industries, Inc., the case against its former chief executive Robert W. Philip and "
 "the plea of its Korean subsidiary (SSI International Far East) over the same payments are one matter; earlier "
 "rounds looked for the 2006 order and the plea and took nothing (GATHERING.md names 'Schnitzer' only in those "
 "not-used notes). " + CHECK + "'Schnitzer': only GATHERING.md's not-used notes; 'Si Chan Wooh', 'Wooh', '20174': 0.",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

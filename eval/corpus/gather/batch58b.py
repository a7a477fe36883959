#!/usr/bin/env python3
"""Batch 58b (session 55, gatherer 58b): two US federal releases on companies and their named officers, new matters in
the federal SEC/CFTC/DOJ lane (after 57y, 57n, 57l, 57d, 57r and the rounds they name):
  - the University of North Texas web archive's text copy of sec.gov 'litigation/litreleases/lr14776.txt' (Litigation
    Release No. 14776, January 4, 1996): the Commission's complaint against Ronald A. Romito, 'former Chief Accounting
    Officer of California Micro Devices Corporation ("Cal Micro")', over revenue inflated in the fiscal year ended June
    30, 1994 and insider trading (57y's lead);
  - justice.gov 'usao/iln/pr/chicago/2013/pr0220_02.html' (U.S. Attorney's Office, Northern District of Illinois,
    2013): 'Two Companies And Five Individuals Charged With Roles In Illegal Honey Imports; Avoided $180 Million In
    Anti-Dumping Duties' -- HONEY HOLDING I, LTD. (doing business as Honey Solutions) and GROEB FARMS, INC. with
    deferred prosecution agreements, DOUGLAS A. MURPHY, 'former director of sales for Honey Holding', and DONALD
    COUTURE, 'president of Premium Food Sales, Inc.'.
US federal government works (17 U.S.C. 105). See /work/notes/gather59/58b.md. Cal Micro was asked by its names (57y's
lead); the honey release by its parties and subject after the lane's capital-heading and 1990s-archive queries brought
only matters already in the corpus, third-party copies or texts without officers (queries and ranks in
/tmp/gather59b/src/queries.txt). Every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather59 (CLAIMS.txt) and the session-55 pools /tmp/gather59*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; 2,000 and 1,994 characters as returned, saved in
/tmp/gather59b/src by /tmp/gather59b/mk_src.py). Left out: Cal Micro -- the archive's page mark '--------------------
BEGINNING OF PAGE #1 -------------------', the heading lines 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION',
'Litigation Release No. 14776 / January 4, 1996' (the date kept as `published`), 'Accounting and Auditing Enforcement
Release No. 750' and the caption 'SECURITIES AND EXCHANGE COMMISSION v. RONALD A. ROMITO, United States District Court
for the Northern District of California, Civil Action No. 95 20857 (EAI) (December 19, 1995).' (the text copy has no
headline: `title` null); the release's first paragraph (one run of text in the copy) cut after its sixth sentence ('...
while in possession of material non-public information.'), before the sentence the excerpt breaks off ('The Commission
alleges that Romito sold his entire holdings of 7,500 shares of Cal Micro stock during May 1994 knowing th')
(`truncated`). Honey -- 'Skip to main content', 'Press Release', 'For Immediate Release', "U.S. Attorney's Office,
Northern District of Illinois", the dateline 'CHICAGO \u2014 '; the headline kept as `title`; cut after the fifth
paragraph ('... in Bradford, Ontario.'), before the paragraph the excerpt breaks off ('In December 2001, the Commerce
Department determined that Chinese-origin honey was being') (`truncated`). No word added or changed; the store's
paragraphs kept, joined by a blank line. Each kept paragraph and the title checked by script to be a verbatim substring
(once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch58b.py [POOL_DIR] [--dry]   (default /tmp/gather59b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather59 and the session-55 pools /tmp/gather59*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather59/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59b/pool"
SRC = "/tmp/gather59b/src"
R = []

# ---- California Micro Devices Corporation / Ronald A. Romito, Litigation Release No. 14776, January 4, 1996 ----------
U1 = ("https://webarchive.library.unt.edu/eot2008/20090507200159/http://www.sec.gov/litigation/litreleases/"
      "lr14776.txt")
T1 = None
P1 = [
 "The Securities and Exchange Commission today announced the filing of a complaint with the United States District "
 "Court for the Northern District of California against Ronald A. Romito, former Chief Accounting Officer of California "
 "Micro Devices Corporation (\"Cal Micro\"). The Commission's complaint sets forth a series of violations by Romito of "
 "the antifraud, periodic reporting, books and records, and internal accounting controls provisions of federal "
 "securities laws. The Commission's complaint alleges that during Cal Micro's fiscal year ended June 30, 1994, Romito, "
 "together with other officers and employees of the Company, fraudulently inflated Cal Micro's reported revenue by, "
 "among other things, knowingly recognizing revenue on certain product that had not been shipped or, in some cases, "
 "even manufactured, in violation of Generally Accepted Accounting Principles (\"GAAP\"). In order to conceal the "
 "improper revenue recognition, Romito and others falsified the Company's books and records, overrode the Company's "
 "internal accounting controls and misled its outside auditors. As a result of the fraud, Cal Micro's quarterly reports "
 "on Forms 10- Q for at least the periods ended December 31, 1993 and March 31, 1994, and its annual report on Form "
 "10-K for the year ended June 30, 1994, were materially false and misleading. The complaint also alleges that Romito "
 "engaged in illegal insider trading by selling Cal Micro stock while in possession of material non-public "
 "information."]
R.append((["lr14776.txt"], T1, P1, federal(
 "us-sec-california-micro-devices-former-chief-accounting-officer-romito-revenue-fraud-insider-trading-1996",
 U1, "1996-01-04", T1, "\n\n".join(P1),
 "semiconductors/securities regulation", "legal,regulatory,accounting,revenue recognition,insider trading,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 14776, January 4, 1996 (Securities and Exchange "
 "Commission v. Ronald A. Romito, United States District Court for the Northern District of California, Civil Action "
 "No. 95 20857 (EAI)), US federal government work (public domain); text as the University of North Texas Libraries' "
 "web archive (End of Term 2008 collection) holds sec.gov's text page, from the search tool's page store at " + U1,
 "US SEC release on sec.gov (UNT web archive copy; search tool page store)",
 "An SEC litigation release (a US federal work, public domain) as sec.gov carried it in plain text, in the University "
 "of North Texas Libraries' web archive ('webarchive.library.unt.edu/eot2008/20090507200159/' before sec.gov's "
 "'litigation/litreleases/lr14776.txt'): first-party text in an archive of the agency's own page, as 57y's Spectrum "
 "release. The store holds the text page as one run of text (its line breaks read as spaces). Left out: the archive's "
 "page mark '-------------------- BEGINNING OF PAGE #1 -------------------', 'UNITED STATES SECURITIES AND EXCHANGE "
 "COMMISSION', 'Litigation Release No. 14776 / January 4, 1996' (the date kept as `published`), 'Accounting and "
 "Auditing Enforcement Release No. 750' and the caption 'SECURITIES AND EXCHANGE COMMISSION v. RONALD A. ROMITO, "
 "United States District Court for the Northern District of California, Civil Action No. 95 20857 (EAI) (December 19, "
 "1995).' (the day in brackets, the filing, left out with the caption). The release has no headline, so `title` is "
 "null (the corpus's other SEC files with null titles). Cut after the sixth sentence ('... while in possession of "
 "material non-public information.'), before the sentence the store's excerpt breaks off ('The Commission alleges that "
 "Romito sold his entire holdings of 7,500 shares of Cal Micro stock during May 1994 knowing th') (`truncated`). Kept "
 "as written: 'former Chief Accounting Officer' (capitals), '(\"Cal Micro\")' and '(\"GAAP\")' with straight quotation "
 "marks, 'the Company' capitalised, 'Forms 10- Q' (a line-end hyphen of the text page, space kept: the word is not "
 "mended), 'non-public'. 223 words (whitespace-split), one paragraph. Found at rank 1 under 'SEC California Micro "
 "Devices Ronald A. Romito former Chief Accounting Officer Litigation Release' (57y's lead; rank 2 an LA Times item of "
 "1998 on Romito's sentence, a third-party page). One text per matter: the SEC's complaint against Romito, his "
 "criminal plea and sentence, and the SEC's and the Justice Department's cases against other Cal Micro officers "
 "(Chan Desaigoudar, Steven Henke) and its auditors (Marrie, Berry) over the same 1994 results are one matter. "
 + CHECK + "'California Micro Devices', 'Cal Micro', 'Romito', '14776', 'lr14776', 'Desaigoudar': 0 in the corpus "
 "files and pools for this matter ('California Micro' only inside 'California Microcap' in 54z's Arrayit file; "
 "'Romito', '14776' and 'California Micro Devices' only in 57y's notes and the Spectrum file's notes naming this "
 "lead); 'Henke' only other people.",
 True)))

# ---- Groeb Farms, Inc. / Honey Holding I, Ltd., USAO Northern District of Illinois, 2013 (justice.gov) ----------------
U2 = "http://www.justice.gov/usao/iln/pr/chicago/2013/pr0220_02.html"
T2 = ("Two Companies And Five Individuals Charged With Roles In Illegal Honey Imports; Avoided $180 Million In "
      "Anti-Dumping Duties")
P2 = [
 "Five individuals and two domestic honey processing companies have been charged with federal crimes in connection "
 "with a nationwide investigation of illegal importations of honey from China that was mislabeled as coming from other "
 "countries to avoid antidumping duties or was adulterated with antibiotics not approved for use in honey. Altogether, "
 "the seven defendants allegedly avoided antidumping duties totaling more than $180 million.",
 "None of the charges allege any instances of illness or other public health consequences attributed to consumption "
 "of the honey.",
 "The charges represent the second phase of an investigation led by agents of U.S. Immigration and Customs "
 "Enforcement\u2019s (ICE) Homeland Security Investigations (HSI). In June 2011, an undercover agent assumed the role "
 "of director of procurement at defendant HONEY HOLDING I, LTD., which by then was cooperating with the investigation.",
 "Honey Holding, doing business as Honey Solutions, of Baytown, Tex., and defendant GROEB FARMS, INC., of Onsted, "
 "Mich., two of the nation\u2019s largest honey suppliers, have both entered into deferred prosecution agreements with "
 "the government, subject to court approval, with Honey Holding agreeing to pay a $1 million fine and Groeb Farms "
 "agreeing to the payment of a $2 million fine. Both companies have agreed to implement corporate compliance programs "
 "as part of their respective agreements.",
 "The individual defendants include three honey brokers, as well as DOUGLAS A. MURPHY, former director of sales for "
 "Honey Holding, and DONALD COUTURE, president of Premium Food Sales, Inc., a broker and distributor of raw and "
 "processed honey in Bradford, Ontario."]
R.append((["usao-ndil-honey-2013.txt"], T2, P2, federal(
 "us-usao-ndil-groeb-farms-honey-holding-honey-solutions-illegal-chinese-honey-imports-murphy-couture-2013",
 U2, "2013-02-20", T2, "\n\n".join(P2),
 "food processing/customs enforcement",
 "legal,customs fraud,antidumping duties,deferred prosecution agreement,honey,executives",
 "U.S. Attorney's Office, Northern District of Illinois, press release '" + T2 + "', 2013-02-20 (the day read from "
 "the release's address, pr0220_02), US federal government work (public domain); text from the search tool's page "
 "store at " + U2,
 "U.S. Attorney's Office press release (U.S. Department of Justice, justice.gov), from the search tool page store",
 "The Northern District of Illinois's release (justice.gov 'usao/iln/pr/chicago/2013/pr0220_02.html'): the "
 "Department's own page, not a copy by a third party (the gardprint blogspot and dadant.com copies, ccbjournal and "
 "corporatecrimereporter left alone). The excerpt holds no date line and the kept text no relative date: `published` "
 "2013-02-20 (a Wednesday) is read from the address, the district's 'prMMDD_NN' naming in its 2013 folder "
 "(**doubtful**: not a date line; corporatecrimereporter's piece on the agreements is dated 27 February 2013, after it). "
 "Left out: 'Skip to main content', 'Press Release', 'For Immediate Release', \"U.S. Attorney's Office, Northern "
 "District of Illinois\" and the dateline 'CHICAGO \u2014 ' (an em dash). The headline is `title`, as written (its "
 "capitals). Cut after the fifth paragraph ('... in Bradford, Ontario.'), before the paragraph the store's excerpt "
 "breaks off ('In December 2001, the Commerce Department determined that Chinese-origin honey was being') "
 "(`truncated`). Kept as written: the names in capitals ('HONEY HOLDING I, LTD.', 'GROEB FARMS, INC.', 'DOUGLAS A. "
 "MURPHY', 'DONALD COUTURE'), 'Enforcement\u2019s' and 'nation\u2019s' (curly apostrophes), 'Baytown, Tex.', 'Onsted, "
 "Mich.', 'antidumping' beside the title's 'Anti-Dumping'. 250 words (whitespace-split), five paragraphs. Found at rank "
 "7 under 'Justice Department honey transshipment Alfred L. Wolff subsidiary executives charged customs duties Chinese "
 "honey Groeb Farms Honey Holding pleaded guilty'. One text per matter: the release calls these charges 'the second "
 "phase of an investigation' whose first phase was the 2010 indictment of Alfred L. Wolff GmbH and its executives "
 "(ice.gov's release at rank 8 of the same query); both phases, the agreements and any plea or sentence of the five "
 "individuals are counted as one matter, so the ice.gov text is not to be taken with this one. " + CHECK + "'Groeb', "
 "'Honey Holding', 'Honey Solutions', 'Premium Food Sales', 'Couture', 'Douglas A. Murphy', 'Alfred L. Wolff', "
 "'pr0220_02': 0 ('honey' only in files on other matters).",
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

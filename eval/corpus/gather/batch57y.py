#!/usr/bin/env python3
"""Batch 57y (session 55, gatherer 57y): three sec.gov texts on companies and their named officers charged with
accounting fraud or settling such charges, new matters in the federal SEC lane (after 57l, 57d, 56l, 56c, 55zb, 55v,
55l, 55b, 54zq and the rounds they name):
  - sec.gov 'litigation/litreleases/lr17736.htm' (Litigation Release No. 17736, September 19, 2002): the Commission
    and the United States Attorney's Office for the Central District of California charge Peter Bromberg, 'the former
    CFO of Motorcar Parts and Accessories, Inc.', and (civilly) Motorcar itself with overstating its pre-tax earnings
    for fiscal years 1997 and 1998;
  - sec.gov 'litigation/litreleases/lr18896.htm' (Litigation Release No. 18896, 2004; the store's copy opens at the
    release's second heading line, with no release line): James T. Dooley, 'who served as Chief Financial Officer and
    Chief Operating Officer and then Chief Executive Officer of Electro Scientific Industries, Inc. (ESI)', its former
    Corporate Controller James E. Lorenz, III and its former General Counsel John E. Isselmann, Jr.;
  - the University of North Texas web archive's copy of sec.gov 'litigation/litreleases/lr17115.htm' (Litigation
    Release No. 17115, September 5, 2001): the settlement of the civil injunctive action against three former officials
    of Spectrum Information Technologies, Inc. -- Peter T. Caserta (former president and chief executive officer),
    Salvatore Marino (former chief financial officer) and Dana C. Verrill (former chairman of the board).
US federal government works (17 U.S.C. 105). See /work/notes/gather58/57y.md. Each matter was found by a query written
like an older litigation release's capital heading, naming an industry (queries and ranks in
/tmp/gather58y/src/queries.txt), and every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather58 (CLAIMS.txt) and the session-55 pools /tmp/gather58*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; 2,000 characters each, as saved in
/tmp/gather58y/src by /tmp/gather58y/mk_src.py: the store's excerpt length, a check on the transcription). Left out:
Motorcar -- the page furniture 'U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S.
Securities and Exchange Commission', the line 'SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 17736 /
September 19, 2002' (the date kept as `published`), 'Accounting and Auditing Release No. 1629 / September 19, 2002' and
the caption 'SEC v. MOTORCAR PARTS & ACCESSORIES, INC. AND PETER BROMBERG (U.S. District Court for the Central District
of California, Civil Action No. CV02-7269 DT (SHx))'; the heading kept as `title`; cut after the second paragraph ('...
for an offering that raised $19.8 million.'), before the paragraph the excerpt breaks off ('In a criminal information
filed today against Bromberg, the United States Attorney's Office alleges that Bromberg kn') (`truncated`). ESI -- the
excerpt opens with the release's second heading line 'SEC Also Brings Enforcement Action Against Former General Counsel
of ESI', kept as `title` (no release line, date line, caption or first heading came with it, so `published` is null:
47y's and 51-rounds' way for the Gerber, Security Trust and Peregrine releases); cut inside the third paragraph after
its first sentence ('... through various accounting devices.'), before the sentence the excerpt breaks off ('The fraud
reached its climax during a late-night meeting on September 12, 2002 when Mr. Dooley and Mr. Lorenz secretly and
unilaterally') (`truncated`). Spectrum -- the archived page's furniture (as Motorcar's), 'SECURITIES AND EXCHANGE
COMMISSION', 'Washington, D.C.', 'Litigation Release No. 17115 / September 5, 2001' (the date kept as `published`),
'Accounting and Auditing Enforcement Release No. 1436 \\ September 5, 2001' (a backslash as stored) and the caption 'SEC
v. Peter T. Caserta, Salvatore Marino and Dana C. Verrill, U.S. District Court for the Eastern District of New York,
Civil Action No. 97-CV-7091.'; the heading kept as `title`; the release's single paragraph cut after its fifth
sentence ('... while in possession of this material non-public information.'), before the sentence the excerpt breaks
off ('The complaint also alleges that Caserta and Verrill devised a sch') (`truncated`). No word added or changed; the
store's paragraphs kept, joined by a blank line. Each kept paragraph and the title checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch57y.py [POOL_DIR] [--dry]   (default /tmp/gather58y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather58 and the session-55 pools /tmp/gather58*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather58/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58y/pool"
SRC = "/tmp/gather58y/src"
R = []

# ---- Motorcar Parts & Accessories, Inc. / Peter Bromberg, Litigation Release No. 17736, September 19, 2002 ------------
U1 = "http://www.sec.gov/litigation/litreleases/lr17736.htm"
T1 = ("COMMISSION FILES FINANCIAL FRAUD CASE AGAINST SOUTHERN CALIFORNIA MANUFACTURER AND ITS FORMER CFO; FORMER CFO "
      "ALSO AGREES TO PLEAD GUILTY IN ACTION BROUGHT BY UNITED STATES ATTORNEY'S OFFICE")
P1 = [
 "The Securities and Exchange Commission and the United States Attorney's Office for the Central District of "
 "California announced today the filing of civil and criminal charges in Los Angeles against Peter Bromberg, the former "
 "CFO of Motorcar Parts and Accessories, Inc., and civil charges against Motorcar, alleging financial fraud. Motorcar "
 "settled the Commission's action without admitting or denying the complaint's allegations.",
 "The Commission's complaint and the Justice Department's criminal charges allege that Bromberg engaged in fraudulent "
 "accounting practices and falsified Motorcar's books and records, thereby causing Motorcar to issue false and "
 "misleading financial information to the investing public. The Commission's complaint alleges that Motorcar and "
 "Bromberg overstated the company's pre-tax earnings for fiscal year 1997 by $3,391,000 (59.8%) and for fiscal year "
 "1998 by $3,576,000 (49.6%), that the overstated earnings figures were reported to the public in Motorcar's annual "
 "reports on Form 10-K filed with the Commission for the fiscal years ended March 31, 1997 and 1998, and that Motorcar "
 "included its false 1997 financial statements in a registration statement filed with the Commission in October 1997, "
 "for an offering that raised $19.8 million."]
R.append((["lr17736.txt"], T1, P1, federal(
 "us-sec-motorcar-parts-accessories-former-cfo-bromberg-earnings-overstatement-guilty-plea-2002",
 U1, "2002-09-19", T1, "\n\n".join(P1),
 "auto parts/securities regulation", "legal,regulatory,accounting,earnings overstatement,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17736, '" + T1 + "', September 19, 2002 (SEC v. "
 "Motorcar Parts & Accessories, Inc. and Peter Bromberg, U.S. District Court for the Central District of California, "
 "Civil Action No. CV02-7269 DT (SHx)), US federal government work (public domain); text from the search tool's page "
 "store at " + U1,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (its older 'litigation/"
 "litreleases/lr17736.htm' address): first-party text. Left out: the page furniture ('U.S. Securities & Exchange "
 "Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. Securities and Exchange Commission'), the line 'SECURITIES AND "
 "EXCHANGE COMMISSION', 'Litigation Release No. 17736 / September 19, 2002' (the date kept as `published`), "
 "'Accounting and Auditing Release No. 1629 / September 19, 2002' (so written, without 'Enforcement') and the caption "
 "'SEC v. MOTORCAR PARTS & ACCESSORIES, INC. AND PETER BROMBERG (U.S. District Court for the Central District of "
 "California, Civil Action No. CV02-7269 DT (SHx))'; the capital heading kept as `title`. Cut after the second "
 "paragraph ('... for an offering that raised $19.8 million.'), before the paragraph the store's excerpt breaks off ('In "
 "a criminal information filed today against Bromberg, the United States Attorney's Office alleges that Bromberg kn') "
 "(`truncated`). Kept as written: 'Motorcar Parts and Accessories, Inc.' with 'and' in the body (the caption's '&' "
 "left out with it), 'the former CFO', 'the Justice Department's criminal charges', 'pre-tax', the figures with their "
 "percentages in brackets, the straight apostrophes. 184 words (whitespace-split), two paragraphs. Found at rank 2 "
 "under 'SEC CHARGES FORMER OFFICERS OF AUTO PARTS COMPANY SUBSIDIARY WITH ACCOUNTING FRAUD Litigation Release' (rank "
 "1 an LA Times story of 5 Sep 2002 on ukobiw.net, a third-party copy; 3 a Bloomberg story on theautochannel). One "
 "text per matter: the civil action against Motorcar and Bromberg, the criminal information and plea of the same day "
 "and any later judgment or sentence are one matter. " + CHECK + "'Motorcar Parts', 'Motorcar', 'Bromberg' (only a "
 "judge of the Federal Court of Australia in an ACMA text), '17736', 'lr17736': 0 in the corpus files, GATHERING.md, "
 "the scripts and the pools for this matter.",
 True)))

# ---- Electro Scientific Industries, Inc. / Dooley / Lorenz / Isselmann, Litigation Release No. 18896 (2004) -----------
U2 = "http://www.sec.gov/litigation/litreleases/lr18896.htm"
T2 = "SEC Also Brings Enforcement Action Against Former General Counsel of ESI"
P2 = [
 "The Securities and Exchange Commission announced the filing of financial fraud charges against James T. Dooley, who "
 "served as Chief Financial Officer and Chief Operating Officer and then Chief Executive Officer of Electro Scientific "
 "Industries, Inc. (ESI), and James E. Lorenz, III, the company's former Corporate Controller. ESI, which makes "
 "manufacturing equipment for electronics and other high-technology manufacturers, is one of Portland, Oregon's "
 "largest public companies. According to the Commission's complaint, Mr. Dooley and Mr. Lorenz engaged in a scheme to "
 "improperly inflate ESI's financial results, reporting a false profit rather than a loss for ESI's quarter ended "
 "August 31, 2002, and a substantially reduced loss for the quarter ended November 30, 2002. After the fraud was "
 "discovered in 2003, ESI was later forced to correct the results for both quarters in a restatement of its financial "
 "results.",
 "In a separate action, the Commission also charged that John E. Isselmann, Jr., ESI's former General Counsel, failed "
 "to provide important information to ESI's Audit Committee, Board of Directors, and independent auditors regarding "
 "the key accounting transaction that enabled ESI to report a profit rather than a loss in the quarter ended August "
 "31, 2002. Without admitting or denying the Commission's allegations, Mr. Isselmann agreed to settle the enforcement "
 "action by paying a $50,000 civil penalty and consenting to an order prohibiting certain securities law violations.",
 "According to the complaint against them, beginning in at least the fall of 2002, Mr. Dooley, 50, of Cape Coral, "
 "Florida, and Mr. Lorenz, 41, of Portland, Oregon, conspired to falsely inflate ESI's declining financial results by "
 "covering up significant expenses through various accounting devices."]
R.append((["lr18896.txt"], T2, P2, federal(
 "us-sec-electro-scientific-industries-former-cfo-coo-ceo-dooley-controller-lorenz-general-counsel-isselmann-2004",
 U2, None, T2, "\n\n".join(P2),
 "electronics manufacturing equipment/securities regulation",
 "legal,regulatory,accounting,financial fraud,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 18896 (2004; SEC v. James T. Dooley and James E. "
 "Lorenz, III, and the settled action against John E. Isselmann, Jr.), heading line '" + T2 + "', US federal "
 "government work (public domain); text from the search tool's page store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it (its older 'litigation/"
 "litreleases/lr18896.htm' address): first-party text. The store's excerpt opens with the line 'SEC Also Brings "
 "Enforcement Action Against Former General Counsel of ESI' -- the release's second heading line -- with no release "
 "line, date line, caption or first heading before it, so that line is kept as `title` and `published` is null (the "
 "release's day is not guessed; the number places it in 2004, after Litigation Release No. 18848 of August 24, 2004 and "
 "before No. 18919 of October 5, 2004, both named in GATHERING.md, so the id says 2004; every date in the text is "
 "written in full or as a season of a year). Cut inside the third paragraph after its first sentence ('... through "
 "various accounting devices.'), before the sentence the store's excerpt breaks off ('The fraud reached its climax "
 "during a late-night meeting on September 12, 2002 when Mr. Dooley and Mr. Lorenz secretly and unilaterally') "
 "(`truncated`). Kept as written: the posts capitalised ('Chief Financial Officer and Chief Operating Officer and then "
 "Chief Executive Officer', 'the company's former Corporate Controller', 'ESI's former General Counsel'), 'James E. "
 "Lorenz, III' and 'John E. Isselmann, Jr.' with their commas, 'Mr. Dooley', 'Mr. Lorenz', 'Mr. Isselmann', the ages "
 "('50', '41'), 'Portland, Oregon's largest public companies', 'high-technology', the straight apostrophes. 269 words "
 "(whitespace-split), three paragraphs. Found at rank 1 under 'SEC CHARGES FORMER CEO AND FORMER CFO OF SEMICONDUCTOR "
 "EQUIPMENT COMPANY WITH FINANCIAL FRAUD Litigation Release No. Accounting and Auditing Enforcement', and again at rank "
 "1 under 'Litigation Release No. 18896 SEC v. James T. Dooley and James E. Lorenz III Electro Scientific Industries' "
 "(the same excerpt: the store holds no other opening of the page; ranks 2-8 Stanford's class action page, an "
 "Oregonian story on accountingcases.blogspot, lanepowell, globenewswire). One text per matter: the complaint against "
 "Dooley and Lorenz, the settled action against Isselmann, the parallel indictment and pleas and any later judgment are "
 "one matter. " + CHECK + "'Electro Scientific', 'Isselmann', '18896', 'lr18896': 0; 'Dooley' and 'Lorenz' only as "
 "other people in other matters.",
 True)))

# ---- Spectrum Information Technologies, Inc. / Caserta, Marino, Verrill, Litigation Release No. 17115, Sep 5, 2001 -----
U3 = ("https://webarchive.library.unt.edu/web/20120915232404/http://www.sec.gov/litigation/litreleases/lr17115.htm")
T3 = "SEC SETTLES CIVIL INJUNCTIVE ACTION AGAINST THREE FORMER OFFICIALS OF SPECTRUM INFORMATION TECHNOLOGIES, INC."
P3 = [
 "The Securities and Exchange Commission announced today that it has accepted offers of settlement from three former "
 "officials of Spectrum Information Technologies, Inc., Peter T. Caserta (former president and chief executive "
 "officer), Salvatore Marino (former chief financial officer) and Dana C. Verrill (former chairman of the board of "
 "directors), to resolve a previously-filed civil injunctive action. The Commission's complaint, filed in the U.S. "
 "District Court for the Eastern District of New York on December 3, 1997, alleges that Caserta and Marino engaged in "
 "a fraudulent scheme to inflate Spectrum's financial results and stock price. According to the complaint, at the "
 "direction of Caserta and Marino, Spectrum made false statements to the press, and improperly accounted for certain "
 "licensing agreements in its filings with the Commission, thereby misleading investors into thinking that Spectrum "
 "had earned millions of dollars in licensing fees and as a result, had experienced its first two consecutive "
 "profitable quarters. In addition, the complaint alleges that Caserta falsely stated to the press that an agreement "
 "with AT&T was worth \"hundreds of millions of dollars.\" The complaint further alleges that Caserta and Marino "
 "profited from the scheme by selling large amounts of Spectrum stock at inflated prices while in possession of this "
 "material non-public information."]
R.append((["lr17115.txt"], T3, P3, federal(
 "us-sec-spectrum-information-technologies-former-ceo-caserta-cfo-marino-chairman-verrill-settlement-2001",
 U3, "2001-09-05", T3, "\n\n".join(P3),
 "telecommunications technology/securities regulation", "legal,regulatory,accounting,licensing,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 17115, '" + T3 + "', September 5, 2001 (SEC v. "
 "Peter T. Caserta, Salvatore Marino and Dana C. Verrill, U.S. District Court for the Eastern District of New York, "
 "Civil Action No. 97-CV-7091), US federal government work (public domain); text as the University of North Texas "
 "Libraries' web archive holds sec.gov's page, from the search tool's page store at " + U3,
 "US SEC release on sec.gov (UNT web archive copy; search tool page store)",
 "An SEC litigation release (a US federal work, public domain) as sec.gov carried it, in the University of North Texas "
 "Libraries' web archive ('webarchive.library.unt.edu/web/20120915232404/' before sec.gov's 'litigation/litreleases/"
 "lr17115.htm'): first-party text in an archive of the agency's own page, as 55u's and 55y's justice.gov releases. "
 "Left out: the page furniture ('U.S. Securities & Exchange Commission', 'SEC Seal', 'Home | Previous Page', 'U.S. "
 "Securities and Exchange Commission'), the lines 'SECURITIES AND EXCHANGE COMMISSION' and 'Washington, D.C.', "
 "'Litigation Release No. 17115 / September 5, 2001' (the date kept as `published`), 'Accounting and Auditing "
 "Enforcement Release No. 1436 \\ September 5, 2001' (a backslash as stored) and the caption 'SEC v. Peter T. Caserta, "
 "Salvatore Marino and Dana C. Verrill, U.S. District Court for the Eastern District of New York, Civil Action No. "
 "97-CV-7091.'; the capital heading kept as `title`. The release's single paragraph cut after its fifth sentence "
 "('... while in possession of this material non-public information.'), before the sentence the store's excerpt breaks "
 "off ('The complaint also alleges that Caserta and Verrill devised a sch') (`truncated`). Kept as written: the posts "
 "in brackets and lower case ('(former president and chief executive officer)', '(former chairman of the board of "
 "directors)'), 'previously-filed', 'non-public', the straight quotation marks around 'hundreds of millions of "
 "dollars.' with the full stop inside, 'AT&T'. 206 words (whitespace-split), one paragraph. Found at rank 7 under "
 "'COMMISSION FILES FINANCIAL FRAUD CASE AGAINST FORMER OFFICERS OF COMPUTER PERIPHERALS MANUFACTURER; FORMER "
 "CONTROLLER AGREES TO SETTLE Litigation Release 2001' (ranks 1-6 an outline on studylib, Stanford class-action pages, "
 "the UNT archive's text copy of lr14776 (California Micro Devices / Ronald A. Romito, 1996), nanopdf). One text per "
 "matter: the complaint of December 3, 1997, the settlements of September 2001 and any judgment in SEC v. Caserta et al. "
 "are one matter. " + CHECK + "'Spectrum Information', 'Caserta', 'Verrill', 'Salvatore Marino', '17115', 'lr17115': "
 "0 in the corpus files, GATHERING.md, the scripts and the pools.",
 True)))


def verify():
    """Each kept paragraph and the title occur verbatim (once) in the saved excerpt, line breaks read as spaces."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read() for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in [title] + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

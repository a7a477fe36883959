#!/usr/bin/env python3
"""Batch 59g (session 56, gatherer 59g): three SEC litigation releases on named companies and the people charged over
them, new matters in the federal SEC lane (after 59b, 58q, 58m, 58b, 57y, 57l, 57d, 56l, 56c and the rounds they name):
  - the UNT Libraries' End of Term 2008 web archive copy of sec.gov 'litigation/litreleases/lr15062.txt' (Litigation
    Release No. 15062, September 23, 1996; no heading: the caption's party names as `title`): the complaint against
    Donald John Tyson, who 'at the time, was Chairman of the Board of Directors and majority shareholder of Tyson
    Foods', and his friend Frederick Lee Cameron, over Cameron's purchase of Arctic Alaska Fisheries Corporation stock
    before Tyson Foods, Inc. announced its acquisition of Arctic on June 16, 1992;
  - sec.gov 'litigation/litreleases/lr-16249' (Litigation Release No. 16249, August 11, 1999): 'SEC Sues ICN
    Pharmaceuticals, Milan Panic, and Other Top Officials for Fraud' -- ICN Pharmaceuticals, Inc., 'ICN's President
    and Chairman of the Board of Directors' Milan Panic, a former Executive Vice-President and its General Counsel, over
    the FDA's rejection of ICN's hepatitis C drug application in November 1994;
  - sec.gov 'litigation/litreleases/lr16113.txt' (Litigation Release No. 16113, April 20, 1999; no heading: the
    caption's party names as `title`): the complaint against Leonard Rosenberg, 'vice-president of clinical trials at
    SciRex Corporation', Jack Silver of North Shore University Hospital and SG Investment Family Limited Partnership,
    over their purchases of Panax Pharmaceutical Co., Ltd. securities in January 1997.
US federal government works (17 U.S.C. 105). See /work/notes/gather60/59g.md. The leads of 59b's section (Trinity
Biotech / Vacante, United Commercial Bank / Cinderey, Lawson Software, Countrywide) reached no first-party page; the
three matters came back under capital-heading queries with an industry named (58m's and 59b's way; queries and ranks
in /tmp/gather60g/src/queries.txt), and every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather60 (CLAIMS.txt) and the session-56 pools /tmp/gather60*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; Tyson's and ICN's 2,000 characters each, the
store's cut; Panax's 1,996 characters, 2,000 bytes in UTF-8 with its two curly apostrophes), as saved in
/tmp/gather60g/src by /tmp/gather60g/mk_src.py. Left out: Tyson -- the archived text file's page banner
('==...START OF PAGE 1======'), 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION', 'LITIGATION RELEASE NO. 15062 /
September 23, 1996' (the date kept as `published`) and the caption 'SECURITIES AND EXCHANGE COMMISSION v. DONALD JOHN
TYSON AND FREDERICK LEE CAMERON. Civil Action No. 96-5150 (JLH), USDC, WD/AR (Fayetteville Division)', whose party
names are kept as `title` (no heading: 59b's DF&R and 58q's State Mutual way); the one run of text the store gives cut
after its sixth sentence ('... in contravention of Tyson Foods' insider trading policy.'), before the sentence the
excerpt breaks off ('The Complaint further alleges that on June 2, Cameron, ... and sold the stock on June 16, the
day') (`truncated`). ICN -- 'Breadcrumb' (page furniture), the page's name line 'ICN Pharmaceuticals, Inc., Milan
Panic, Nils O. Johannesson, and David C. Watt', 'SECURITIES AND EXCHANGE COMMISSION', 'Litigation Release No. 16249 /
August 11, 1999' (the date kept as `published`), the caption 'SECURITIES AND EXCHANGE COMMISSION v. ICN
PHARMACEUTICALS, INC., MILAN PANIC, NILS O. JOHANNESSON, AND DAVID C. WATT,' and 'Civil Action No. 99-1016DOC (ANX)
(C.D. Cal. August 11, 1999)'; the heading kept as `title`; cut after the second paragraph ('... the status of its
ribavarin application.'), before the paragraph the excerpt breaks off ('The Commission's compla') (`truncated`).
Panax -- 'SECURITIES AND EXCHANGE COMMISSION Litigation Release No. 16113 \\ April 20, 1999' (the date kept as
`published`) and the caption 'Securities and Exchange Commission v. Leonard Rosenberg, Jack Silver, and SG Investment
Family Limited Partnership, 99 Civ. 2819 (LBS) (S.D.N.Y.)', whose party names are kept as `title`; the one run of text
the store gives cut after 'to keep confidential information concerning Panax.', before the sentence the excerpt
breaks off ('Despite this agreement, Rosenberg bought Panax securit') (`truncated`). No word added or changed; the
store's paragraphs kept, joined by a blank line. Each kept paragraph and the title checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch59g.py [POOL_DIR] [--dry]   (default /tmp/gather60g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal
from batch41e import SEC_ORIGIN

CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather60 and the session-56 pools /tmp/gather60*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather60/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather60g/pool"
SRC = "/tmp/gather60g/src"
R = []

# ---- Tyson Foods, Inc. / Donald John Tyson and Frederick Lee Cameron, Litigation Release No. 15062, Sept. 23, 1996 ---
U1 = ("https://webarchive.library.unt.edu/eot2008/20090507200159/http://www.sec.gov/litigation/litreleases/"
      "lr15062.txt")
T1 = "SECURITIES AND EXCHANGE COMMISSION v. DONALD JOHN TYSON AND FREDERICK LEE CAMERON"
P1 = [
 "The Securities and Exchange Commission (\"Commission\") announced the filing of a Complaint on September 23, 1996, in "
 "United States District Court in Fayetteville, Arkansas, against Donald John Tyson (\"Tyson\") and Frederick Lee "
 "Cameron (\"Cameron\") seeking injunctive relief against both defendants for violations of Section 10(b) of the "
 "Securities Exchange Act of 1934 (\"Exchange Act\"), and Rule 10b-5 thereunder. The Commission's Complaint alleges "
 "that Cameron purchased common stock of Arctic Alaska Fisheries Corporation (\"Arctic\") while in possession of "
 "material non-public information about the pending acquisition of Arctic by Tyson Foods, Inc. (\"Tyson Foods\"). The "
 "Complaint further alleges that Cameron obtained the information in the form of a \"tip\" from his close friend, "
 "Tyson, who, at the time, was Chairman of the Board of Directors and majority shareholder of Tyson Foods. The final "
 "plan of acquisition was executed by Arctic and Tyson Foods on June 15, 1992, and Tyson Foods made the announcement "
 "of the acquisition prior to the stock markets' opening on June 16, 1992. Prior to the announcement, Tyson signed a "
 "confidentiality agreement with Arctic. According to the Complaint, on or before June 2, 1992, the day Cameron "
 "purchased Arctic stock, Tyson \"tipped\" Cameron about the pending acquisition in breach of his fiduciary duty owed "
 "to Arctic shareholders, and in contravention of Tyson Foods' insider trading policy."]
R.append((["lr15062.txt"], T1, P1, federal(
 "us-sec-tyson-foods-chairman-tyson-tipped-cameron-arctic-alaska-fisheries-insider-trading-1996",
 U1, "1996-09-23", T1, "\n\n".join(P1),
 "food processing/securities regulation", "legal,regulatory,insider trading,acquisitions,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 15062, September 23, 1996 (Securities and Exchange "
 "Commission v. Donald John Tyson and Frederick Lee Cameron, Civil Action No. 96-5150 (JLH), USDC, WD/AR (Fayetteville "
 "Division)), US federal government work (public domain); text of the sec.gov file as the UNT Libraries' End of Term "
 "2008 web archive holds it, from the search tool's page store at " + U1,
 "US SEC release on sec.gov (UNT Libraries' End of Term 2008 web archive copy; search tool page store)",
 "An SEC litigation release (a US federal work, public domain) on sec.gov (litigation/litreleases/lr15062.txt, the "
 "plain-text form of the SEC's releases of the 1990s) as the UNT Libraries' web archive (webarchive.library.unt.edu, "
 "its End of Term 2008 crawl of federal web sites, as 59b's DF&R release came) holds the file: the SEC's own text, "
 "archived unchanged, no third-party copy. Left out: the archived file's page banner "
 "('==========================================START OF PAGE 1======'), 'UNITED STATES SECURITIES AND EXCHANGE "
 "COMMISSION', 'LITIGATION RELEASE NO. 15062 / September 23, 1996' (the date kept as `published`) and the caption "
 "'SECURITIES AND EXCHANGE COMMISSION v. DONALD JOHN TYSON AND FREDERICK LEE CAMERON. Civil Action No. 96-5150 (JLH), "
 "USDC, WD/AR (Fayetteville Division)' -- the release has no heading, so the caption's party names are the `title`, in "
 "capitals as written, without the caption's closing full stop (59b's DF&R and 58q's State Mutual way). The store "
 "gives the plain-text file as one run of text: kept as one paragraph, no break added, cut after its sixth sentence "
 "('... in contravention of Tyson Foods' insider trading policy.'), before the sentence the store's excerpt breaks "
 "off ('The Complaint further alleges that on June 2, Cameron, while in possession of material non-public "
 "information, purchased 9,000 shares of Arctic at $6.625 per share for a total of $59,625, excluding brokerage fees, "
 "and sold the stock on June 16, the day') (`truncated`). Kept as written: '(\"Commission\")', '(\"Tyson\")', "
 "'(\"Cameron\")', '(\"Arctic\")' and '(\"Tyson Foods\")' with their quotation marks, 'a Complaint' and 'the "
 "Complaint' capitalised, 'in United States District Court in Fayetteville, Arkansas' without 'the', 'non-public', "
 "'\"tip\"' and '\"tipped\"', \"the stock markets' opening\", \"Tyson Foods' insider trading policy\" with the "
 "apostrophe alone. 217 words (whitespace-split), one paragraph. Found at rank 7 under 'SEC FILES SETTLED ACTION "
 "AGAINST FORMER VICE PRESIDENT OF FOOD COMPANY SUBSIDIARY Litigation Release 1998' (a capital-heading query with an "
 "industry named, 58m's and 59b's way); rank 2 was sec.gov lr18851 (Aurora Foods, spent in GATHERING.md as undatable), "
 "rank 5 the SEC News Digest of Tyson Foods' 2011 FCPA case (in the corpus: another matter). One text per matter: "
 "this release, the complaint and any judgment against Tyson or Cameron over the June 1992 trading in Arctic stock "
 "are one matter (Tyson Foods' FCPA case of 2011, its 2004-2005 perquisites case and the DOJ's Tyson merger "
 "judgments in the corpus are others). " + CHECK + "'Arctic Alaska', 'Donald John Tyson', 'Don Tyson', 'Frederick "
 "Lee Cameron', '96-5150': 0 in the corpus files, GATHERING.md, the scripts and the pools; '15062' only inside other "
 "numbers (a CMA file, batch 56m); 'Tyson Foods' names other matters (the 2011 FCPA file, the DOJ's Hillshire and "
 "George's judgments, batches 42g, 43l, 43o).",
 True)))

# ---- ICN Pharmaceuticals, Inc. / Milan Panic, Nils O. Johannesson, David C. Watt, LR 16249, August 11, 1999 ---------
U2 = "https://www.sec.gov/litigation/litreleases/lr-16249"
T2 = "SEC Sues ICN Pharmaceuticals, Milan Panic, and Other Top Officials for Fraud"
P2 = [
 "The Securities and Exchange Commission filed a complaint today in federal district court in Los Angeles against ICN "
 "Pharmaceuticals, Inc. (\"ICN\"), a Southern California-based manufacturer and distributor of pharmaceutical "
 "products, Milan Panic, ICN's President and Chairman of the Board of Directors, Nils O. Johannesson, a former "
 "Executive Vice-President of Research and Development at ICN, and David C. Watt, ICN's General Counsel. The "
 "Commission has charged the defendants with failing to publicly disclose that the FDA had rejected ICN's application "
 "for approval of a new drug to treat hepatitis C, and with making fraudulent misleading public statements about that "
 "new drug application.",
 "The Commission's complaint alleges that ICN received a letter from the FDA on November 28, 1994 informing ICN that "
 "its drug application for ribavarin was \"not approvable\" because the data in ICN's drug application failed to show "
 "that ribavarin was safe and effective in the treatment of hepatitis C. The complaint further alleges that on "
 "December 22, 1994 the FDA sent ICN another letter which restated the FDA's earlier rejection of its drug "
 "application, and urged ICN to withdraw its application. The Commission alleges that the defendants failed to "
 "publicly disclose the FDA's November 28, 1994 rejection of its drug application until it issued a press release on "
 "February 17, 1995, and that prior to the issuance of that press release, ICN made numerous public statements which "
 "misled the public about the status of its ribavarin application."]
R.append((["lr-16249.txt"], T2, P2, federal(
 "us-sec-icn-pharmaceuticals-president-chairman-panic-ribavarin-fda-rejection-disclosure-fraud-1999",
 U2, "1999-08-11", T2, "\n\n".join(P2),
 "pharmaceuticals/securities regulation", "legal,regulatory,disclosure,drug approval,executives",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16249, '" + T2 + "', August 11, 1999 (Securities and "
 "Exchange Commission v. ICN Pharmaceuticals, Inc., Milan Panic, Nils O. Johannesson, and David C. Watt, Civil Action "
 "No. 99-1016DOC (ANX), C.D. Cal.), US federal government work (public domain); text from the search tool's page "
 "store at " + U2,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr-16249'): first-party text. Left out: 'Breadcrumb' (page furniture), the page's name line 'ICN Pharmaceuticals, "
 "Inc., Milan Panic, Nils O. Johannesson, and David C. Watt', 'SECURITIES AND EXCHANGE COMMISSION', 'Litigation "
 "Release No. 16249 / August 11, 1999' (the date kept as `published`), the caption 'SECURITIES AND EXCHANGE COMMISSION "
 "v. ICN PHARMACEUTICALS, INC., MILAN PANIC, NILS O. JOHANNESSON, AND DAVID C. WATT,' and 'Civil Action No. "
 "99-1016DOC (ANX) (C.D. Cal. August 11, 1999)'. The heading is `title`, as written. Cut after the second paragraph "
 "('... misled the public about the status of its ribavarin application.'), before the paragraph the store's excerpt "
 "breaks off ('The Commission's compla') (`truncated`). Kept as written: '(\"ICN\")', 'Southern California-based', "
 "'Executive Vice-President' and 'General Counsel' capitalised, 'fraudulent misleading' without 'and', 'ribavarin' "
 "(the release's spelling of ribavirin, not mended), '\"not approvable\"'. 238 words (whitespace-split), two "
 "paragraphs. Found at rank 6 under 'SEC FILES CHARGES AGAINST FORMER OFFICERS OF PHARMACEUTICAL COMPANY AND ITS "
 "SUBSIDIARY Litigation Release' (a capital-heading query with an industry named); rank 1 the Panax release taken "
 "beside it (another matter), rank 3 sec.gov's press release 2007-36 (Able Laboratories, in the corpus), rank 8 "
 "sec.gov lr17958 (Sepracor / Potter, not taken). One text per matter: this release, the complaint and every "
 "judgment or order against ICN, Panic, Johannesson or Watt over the 1994-1995 disclosures of the ribavarin "
 "application are one matter. " + CHECK + "'ICN Pharmaceuticals', 'Milan Panic', 'Johannesson', 'David C. Watt', "
 "'16249', '99-1016', 'ribavarin', 'ribavirin': 0 in the corpus files, GATHERING.md, the scripts and the pools.",
 True)))

# ---- Panax Pharmaceutical Co., Ltd. / Rosenberg, Silver and SG, Litigation Release No. 16113, April 20, 1999 --------
U3 = "https://sec.gov/litigation/litreleases/lr16113.txt"
T3 = ("Securities and Exchange Commission v. Leonard Rosenberg, Jack Silver, and SG Investment Family Limited "
      "Partnership")
P3 = [
 "The Securities and Exchange Commission announced that it filed a complaint on April 19, 1999 in federal court in "
 "Manhattan charging two biotechnology scientists and an investment partnership with illegal insider trading in the "
 "securities of Panax Pharmaceutical Co., Ltd. (\"Panax\"), a pharmaceutical company that is now known as Inkine "
 "Pharmaceutical Company, Inc. According to the Complaint, the defendants purchased Panax securities in January 1997 "
 "when they knew confidential information about important corporate developments at Panax. Named in the Complaint "
 "are: Leonard Rosenberg (\"Rosenberg\"), age 41, vice-president of clinical trials at SciRex Corporation, a clinical "
 "research firm that helps pharmaceutical companies obtain financing and regulatory approval for biomedical products. "
 "Jack Silver (\"Silver\"), age 53, the Chief of the Division of Molecular Medicine at North Shore University Hospital "
 "in Great Neck, New York. SG Investment Family Limited Partnership (\"SG\") is a general partnership of which Silver "
 "is a partner. According to the Complaint: Rosenberg and Silver independently obtained inside information about: (1) "
 "Panax\u2019s acquisition of rights to exploit a new product that aids in colonoscopies (\"Colon Pill\"), which was "
 "first publicly announced on January 15, 1997; and (2) Panax\u2019s planned merger with Sangen Pharmaceutical Company "
 "(\"Sangen\"), which was first publicly announced on January 21, 1997. Rosenberg learned about these developments "
 "through his employment with SciRex, which assisted Panax in evaluating the Colon Pill. Rosenberg, on behalf of "
 "SciRex, signed an agreement that, among other things, required SciRex and Rosenberg to keep confidential "
 "information concerning Panax."]
R.append((["lr16113.txt"], T3, P3, federal(
 "us-sec-panax-pharmaceutical-scirex-vice-president-rosenberg-silver-insider-trading-1999",
 U3, "1999-04-20", T3, "\n\n".join(P3),
 "pharmaceuticals/securities regulation", "legal,regulatory,insider trading,mergers,clinical research",
 "U.S. Securities and Exchange Commission, Litigation Release No. 16113, April 20, 1999 (Securities and Exchange "
 "Commission v. Leonard Rosenberg, Jack Silver, and SG Investment Family Limited Partnership, 99 Civ. 2819 (LBS), "
 "S.D.N.Y.), US federal government work (public domain); text from the search tool's page store at " + U3,
 SEC_ORIGIN,
 "An SEC litigation release (a US federal work, public domain) as sec.gov itself carries it ('litigation/litreleases/"
 "lr16113.txt', the plain-text form of the SEC's releases of the 1990s): first-party text. Left out: 'SECURITIES AND "
 "EXCHANGE COMMISSION Litigation Release No. 16113 \\ April 20, 1999' (the date kept as `published`; the store writes "
 "the release line's slash as a backslash) and the caption 'Securities and Exchange Commission v. Leonard Rosenberg, "
 "Jack Silver, and SG Investment Family Limited Partnership, 99 Civ. 2819 (LBS) (S.D.N.Y.)' -- the release has no "
 "heading, so the caption's party names are the `title`, as written (59b's DF&R and 58q's State Mutual way). The "
 "store gives the plain-text file as one run of text (the list of defendants and the numbered items run on, as the "
 "store has them): kept as one paragraph, no break added, cut after 'to keep confidential information concerning "
 "Panax.', before the sentence the store's excerpt breaks off ('Despite this agreement, Rosenberg bought Panax "
 "securit') (`truncated`). Kept as written: '(\"Panax\")', '(\"Rosenberg\")', '(\"Silver\")', '(\"SG\")', "
 "'(\"Colon Pill\")' and '(\"Sangen\")' with their quotation marks, 'the Complaint' capitalised, 'vice-president' "
 "hyphenated, 'the Chief of the Division of Molecular Medicine', the run-on 'Named in the Complaint are:' list, "
 "'(1)' and '(2)', 'Panax\u2019s' with its curly apostrophe (twice; the store's own character). 244 words "
 "(whitespace-split), one paragraph. Found at rank 1 under 'SEC FILES CHARGES AGAINST FORMER OFFICERS OF "
 "PHARMACEUTICAL COMPANY AND ITS SUBSIDIARY Litigation Release' (a capital-heading query with an industry named); "
 "GATHERING.md names 'LR 16113 Panax' once, among old sec.gov releases an earlier round met while looking for another "
 "matter and did not use (no file, no claim). One text per matter: this release, the complaint and any judgment "
 "against Rosenberg, Silver or SG over their January 1997 purchases of Panax securities are one matter. " + CHECK +
 "'Panax', 'SciRex', 'Inkine', 'Sangen', 'Leonard Rosenberg', 'Jack Silver', 'SG Investment', 'North Shore University "
 "Hospital': 0 in the corpus files, the scripts and the pools; in GATHERING.md only that one mention of 'LR 16113 "
 "Panax'; '2819' only inside other numbers (batch 12b).",
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

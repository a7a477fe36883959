#!/usr/bin/env python3
"""Batch 70h (session 64, gatherer lane 70h): three FTC merger texts of 1995, 1996 and 1997 naming the acquiring
companies, their targets, the targets' former owners and US subsidiaries, a divested product and its buyer, and two
earlier drug-maker / pharmacy benefit manager purchases, new matters in the federal FTC lane (after 68a, 68g, 68m, 68v,
68y, 69a, 69h, 69n, 69t, 69z, 69ae and 70a), taken from 70a's lead (ftc.gov's 1990s 'opa/<year>/<month>/<name>.htm'
and 'press-releases/<year>/<month>/...' releases answer 'FTC <acquirer> <target> consent order <product>' at ranks
1-4) with new names (see the round notes /tmp/gather70h/NOTES.md):
  - ftc.gov 'news-events/press-releases/1995/07/eli-lilly-and-company' (FTC press release of July 1995, day not in the
    stored text) -- the FTC's final approval of its consent agreement with Eli Lilly and Company over its $4 billion
    acquisition of McKesson Corporation's PCS Health Systems, Inc.; Merck & Company / Medco Containment Services and
    SmithKline Beecham P.L.C. / Diversified Pharmaceutical Services;
  - ftc.gov 'opa/1996/09/mahle.htm' (FTC press release of September 1996, headline and day not in the stored text) --
    the FTC's hold separate agreement with Mahle GmbH over its unreported purchase of a controlling interest in Metal
    Leve S.A.; their US subsidiaries Mahle, Inc. (Morristown, Tennessee) and Metal Leve, Inc. (Ann Arbor, Michigan);
  - ftc.gov 'news-events/press-releases/1997/03/autodesk-softdesk-settle-ftc-charges' (FTC press release of March 1997,
    its headline in the stored text, its day not) -- Autodesk, Inc.'s settlement over its $90 million acquisition of
    Softdesk, Inc., whose CAD engine IntelliCADD was divested to Boomerang Technology, Inc.; Autodesk's AutoCAD.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather70h/NOTES.md. Queries and ranks in
/tmp/gather70h/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; the Mahle text's curly quotation marks and
apostrophe, the Autodesk and Lilly texts' straight ones), as saved in /tmp/gather70h/src by /tmp/gather70h/mk_src.py.
Left out: the page lines 'Skip to main content' and the blank lines under them (Mahle, Lilly); the Autodesk page's
'Share This Page' and 'For Release' lines (its headline 'Autodesk, Softdesk Settle FTC Charges' kept as `title`);
`title` None for the other two (no headline in the stored texts); `published` None for all three (the addresses give
the month, no page in the store gives the release's day; see each record's notes). Mahle / Metal Leve -- cut after the
second paragraph, before the third ('At that time, the Commission opened an investigation ... Clayton Act or the F'),
one sentence the store's excerpt breaks off (`truncated` True). Autodesk / Softdesk -- cut inside the fifth paragraph
before its second sentence ('The large installed base of AutoCAD users necessitates ... offer file compatibility and
transferability'), which the excerpt breaks off (`truncated` True). Eli Lilly / PCS -- cut inside the third paragraph
before its last sentence ('Under the order, the voting members ... in evaluating drugs for inclusion'), which the
excerpt breaks off (`truncated` True). No word added or changed; the store's paragraphs kept, joined by a blank line.
Each kept paragraph (and the kept title) checked by script to be a verbatim substring (once) of the saved excerpt,
runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch70h.py [POOL_DIR] [--dry]   (default /tmp/gather70h/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather70/CLAIMS.txt and the pools /tmp/gather70*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather70/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70h/pool"
SRC = "/tmp/gather70h/src"
R = []

# ---- Eli Lilly and Company / PCS Health Systems, Inc., FTC press release, July 1995 (final approval) --------------
U1 = "https://www.ftc.gov/news-events/press-releases/1995/07/eli-lilly-and-company"
P1 = [
 "The Federal Trade Commission has given final approval to a consent agreement with Eli Lilly and Company settling "
 "charges that its $4 billion acquisition of McKesson Corporation's prescription management business, PCS Health "
 "Systems, Inc., would substantially lessen competition in the manufacture and sale of pharmaceuticals, potentially "
 "leading to higher prices and reduced quality. Also, citing the potential for anticompetitive results in the rapidly "
 "evolving markets for pharmaceutical products and pharmacy benefits management (PBM), the Commission pledged to "
 "monitor the industry carefully and cautioned that it might take future action -- including requiring "
 "post-acquisition divestitures -- if it concluded there were signs of anticompetitive conduct in the industry.",
 "Lilly's acquisition of PCS is the third recent transaction in which a major pharmaceutical company purchased a "
 "pharmacy benefit manager. In previous transactions, Merck & Company acquired Medco Containment Services and "
 "SmithKline Beecham P.L.C. acquired Diversified Pharmaceutical Services.",
 "In November 1994, the Commission provisionally accepted a consent agreement, the terms of which were modified to an "
 "extent before being finalized by the Commission. The order requires Lilly to take measures to ensure that its drugs "
 "are not given unwarranted preference over those of its competitors in the PBM services Lilly will provide after the "
 "acquisition. Specifically, the order requires Lilly to ensure that PCS maintains an \"open formulary.\" (A formulary "
 "is a list of drugs used as a guide in prescribing and dispensing pharmaceuticals to health plan beneficiaries.) The "
 "open formulary must include any drug approved by an independent \"Pharmacy and Therapeutics (P&T) Committee,\" as "
 "prescribed by the order."]
R.append((["ftc-1995-07-eli-lilly-pcs.txt"], None, P1, federal(
 "us-ftc-eli-lilly-pcs-health-systems-final-consent-open-formulary-1995",
 U1, None, None, "\n\n".join(P1),
 "health/competition regulation", "deal,regulatory,merger control,pharmaceuticals,pharmacy benefit management",
 "U.S. Federal Trade Commission, press release of July 1995 on its final approval of a consent agreement with Eli "
 "Lilly and Company over its acquisition of McKesson Corporation's PCS Health Systems, Inc. (its headline and day are "
 "not in the stored text), US federal government work (public domain); text from the search tool's page store at "
 + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "1995/07/eli-lilly-and-company'): first-party text. Left out: the page line 'Skip to main content' and the blank line "
 "under it. The stored text holds no headline and no date line: `title` None; `published` None -- the address gives "
 "July 1995 and the FTC's 1999 order reopening and setting aside the order in the store (rank 7 of query 8: 'Petition "
 "to Reopen and Set Aside July 28, 1995 Decision and Order', Docket No. C-3594) gives the order's day, but no page in "
 "the store gives the release's day. So only absolute expressions are dated: 'In November 1994' -> 1994-11. Cut "
 "inside the third paragraph before its last sentence ('Under the order, the voting members of this independent P&T "
 "Committee must not be affiliated with Lilly or PCS, and the Committee must apply objective criteria in evaluating "
 "drugs for inclusion'), which the store's excerpt breaks off (`truncated` True). Kept as written: 'Eli Lilly and "
 "Company', 'McKesson Corporation's', 'PCS Health Systems, Inc.', 'Merck & Company', 'SmithKline Beecham P.L.C.', the "
 "double hyphens, the straight quotation marks and apostrophes. 256 words (whitespace-split), three paragraphs. Found "
 "at rank 2 under 'FTC Eli Lilly PCS Health Systems consent order pharmacy benefit manager' (query 8) and rank 3 of "
 "query 11; the other answers were the FR notices 94-29183 (the November 1994 proposed consent agreement, File No. "
 "941-0102) and 96-15486 (the consent order, Docket No. C-3594) on elaws, the FTC's 1999 set-aside order, and The "
 "Pink Sheet and The Pharma Letter (third party, paywalled). One text per matter: the proposed agreement, the final "
 "order and the 1999 set-aside are one matter (File No. 941-0102, Docket No. C-3594). " + CHECK +
 "'PCS Health', 'Medco Containment', 'Diversified Pharmaceutical', '941-0102', 'C-3594': 0; 'Eli Lilly' in SEC and "
 "news texts on other matters (FCPA 2012, Elanco 2024, Sepracor 2003, Levitra 2005); 'McKesson', 'Merck' and "
 "'SmithKline Beecham' in corpus files on other matters.",
 True)))

# ---- Mahle GmbH / Metal Leve S.A. (hold separate agreement), FTC press release, September 1996 ---------------------
U2 = "https://www.ftc.gov/opa/1996/09/mahle.htm"
P2 = [
 "The Federal Trade Commission has negotiated an agreement with the German firm, Mahle GmbH, to prevent the firm from "
 "exercising any control over its competitor, Metal Leve S.A., of Brazil, in which Mahle acquired a controlling "
 "interest in June without first filing for U.S. antitrust review. Both firms manufacture diesel engine parts, "
 "including pistons, through U.S. subsidiaries -- Mahle, Inc., located in Morristown, Tennessee; and Metal Leve, "
 "Inc., based in Ann Arbor, Michigan, respectively. The \u201chold separate\u201d agreement negotiated by the FTC "
 "prevents immediate anticompetitive effects and preserves the agency\u2019s ability to prevent higher prices or other "
 "anticompetitive effects and to maintain competition should its investigation of the acquisition determine that it "
 "violates U.S. antitrust laws. Federal law also provides for the possibility of civil penalties against firms that "
 "fail to file for antitrust review before going ahead with deals that meet certain thresholds.",
 "According to the hold separate agreement, Mahle entered into a purchase agreement to acquire 50.1 percent of Metal "
 "Leve S.A. on June 11, and consummated the deal on or before June 26 without first filing notification with the FTC "
 "and the Department of Justice. The Hart-Scott-Rodino Act (HSR Act) requires companies under certain conditions to "
 "file such a notification and then to wait a specified time while one of the two agencies reviews the transaction. "
 "If it believes the action would substantially reduce competition in any market in violation of antitrust laws, the "
 "reviewing agency can attempt to block or modify the deal before the companies mingle assets and injure competition. "
 "Companies in violation of the HSR Act can be subject to civil penalties of up to $10,000 per day. The FTC said Mahle "
 "did not file its HSR notification until July 22."]
R.append((["ftc-1996-09-mahle-metal-leve.txt"], None, P2, federal(
 "us-ftc-mahle-metal-leve-hold-separate-agreement-pistons-1996",
 U2, None, None, "\n\n".join(P2),
 "manufacturing/competition regulation", "deal,regulatory,merger control,premerger notification,pistons",
 "U.S. Federal Trade Commission, press release of September 1996 on its hold separate agreement with Mahle GmbH over "
 "its acquisition of a controlling interest in Metal Leve S.A. (its headline and day are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/1996/09/mahle.htm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank lines under it (one holding a single "
 "space). The stored text holds no headline and no date line: `title` None; `published` None -- the address gives "
 "September 1996; the later items in the store (the FR analysis 97-5708 of Friday, March 7, 1997, File No. 961-0085; "
 "the FTC's June 19, 1997 release as the Crittenden Automotive Library reproduces it; the court stipulation and "
 "motion) give 'June 26, 1996' for the closing but no page gives this release's day. So the kept text's 'in June', "
 "'on June 11', 'on or before June 26' and 'until July 22' (day and month without a year) are not dated (GUIDELINES: "
 "with `published` null, absolute expressions only): no dates. Cut after the second paragraph, before the third ('At "
 "that time, the Commission opened an investigation of the transaction to determine whether it violates the Clayton "
 "Act or the F'), one sentence the store's excerpt breaks off (`truncated` True). Kept as written: 'Mahle GmbH', "
 "'Metal Leve S.A.', 'Mahle, Inc.', 'Metal Leve, Inc.', the double hyphen, the curly quotation marks round 'hold "
 "separate' and the curly apostrophe in 'agency\u2019s'. 287 words (whitespace-split), two paragraphs. Found at rank "
 "4 under 'FTC Mahle Metal Leve pistons consent order divest' (query 1), rank 1 of query 4 and rank 4 of query 12; "
 "the other answers were the Crittenden Automotive Library's copies of the June 19, 1997 civil-penalty release and of "
 "the FTC's announced actions of June 6, 1997 (the divestiture approved), rbyhdq.net's mojibake copy of the February "
 "1997 settlement release, the FR analysis 97-5708 and the 1997 court stipulation and motion (the same matter), and "
 "ftc.gov's 1995 T&N plc / Kolbenschmidt release (another matter). One text per matter: the 1996 hold separate "
 "agreement, the 1997 consent agreement, the civil penalty and the divestiture approval are one matter (File No. "
 "961-0085). " + CHECK + "'Metal Leve': only in GATHERING.md (a lead line of batch 40, 'Mahle / Metal Leve 1997 (FTC "
 "matters, not this lane)'); 'Mahle' in train wp-cosworth and batch 40zf's scripts (Mahle GmbH's later purchase of "
 "Cosworth's technology arm: another matter); '961-0085': 0; 'Morristown' and 'Ann Arbor' in corpus files "
 "on other matters.",
 True)))

# ---- Autodesk, Inc. / Softdesk, Inc. (IntelliCADD to Boomerang Technology, Inc.), FTC press release, March 1997 -----
U3 = "https://www.ftc.gov/news-events/press-releases/1997/03/autodesk-softdesk-settle-ftc-charges"
T3 = "Autodesk, Softdesk Settle FTC Charges"
P3 = [
 "Autodesk, Inc., has agreed to settle Federal Trade Commission charges that its $90 million acquisition of Softdesk, "
 "Inc., as originally proposed, would have substantially lessened competition in the development and sale of "
 "computer-aided design (CAD) software engines. Autodesk sells the premier CAD engine for Windows-based computers and "
 "controls nearly 70% of the market. Softdesk, which primarily sells CAD application software, was also developing "
 "and testing its own CAD engine, \"IntelliCADD,\" which it has now divested to Boomerang Technology, Inc.",
 "Under the terms of the settlement with the Federal Trade Commission, Autodesk will be barred from reacquiring "
 "\"IntelliCADD\" or any entity that owns or controls the IntelliCadd technology, without prior notice to the FTC for "
 "10 years.",
 "Autodesk is based in San Rafael, California. Softdesk is located in Henniker, New Hampshire. Boomerang is based in "
 "LaMesa, California.",
 "According to the complaint detailing the FTC charges, Autodesk develops and markets computer-aided design software "
 "for use in the architecture, engineering and construction industries, including \"AutoCAD,\" a design engine for "
 "use on Windows-based personal computers. Autodesk is the dominant provider of Windows-based CAD engines, accounting "
 "for nearly 70% of the installed base with approximately 1.4 million users. Softdesk was within months of "
 "introducing IntelliCADD in the market when the Autodesk acquisition of Softdesk was announced.",
 "The Softdesk product, IntelliCADD, if brought to market, would have provided substantial direct competition to "
 "AutoCAD because it offered compatibility and transferability with AutoCAD generated files and application software "
 "-- features other CAD engines do not offer, according to the FTC complaint."]
R.append((["ftc-1997-03-autodesk-softdesk.txt"], T3, P3, federal(
 "us-ftc-autodesk-softdesk-intellicadd-boomerang-settlement-1997",
 U3, None, T3, "\n\n".join(P3),
 "technology/competition regulation", "deal,regulatory,merger control,divestiture,CAD software",
 "U.S. Federal Trade Commission, press release of March 1997, 'Autodesk, Softdesk Settle FTC Charges' (its day is not "
 "in the stored text), US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "1997/03/autodesk-softdesk-settle-ftc-charges'): first-party text. Left out: the page lines 'Share This Page' and "
 "'For Release' (no date follows 'For Release' in the stored text). The headline 'Autodesk, Softdesk Settle FTC "
 "Charges' is kept as `title`. `published` None -- the address gives March 1997; the FR analysis 97-8940 in the store "
 "(Tuesday, April 8, 1997, File No. 971-0049; rank 2 of query 7) took comments until June 9, 1997, and CNET's report "
 "(rank 3 of query 7) says 'today' without a date in its stored text; no page gives the release's day. The kept text "
 "holds no absolute time expression ('for 10 years', 'within months': durations): no dates. Cut inside the fifth "
 "paragraph before its second sentence ('The large installed base of AutoCAD users necessitates that any new CAD "
 "engine developed and offered in the market offer file compatibility and transferability'), which the store's "
 "excerpt breaks off (`truncated` True). Kept as written: 'Autodesk, Inc.,', 'Softdesk, Inc.,', 'IntelliCADD' beside "
 "'the IntelliCadd technology', 'LaMesa', '70%', the double hyphen and the straight quotation marks. 253 words "
 "(whitespace-split), five paragraphs. Found at rank 1 under 'FTC Autodesk Softdesk IntelliCADD consent order' "
 "(query 7) and rank 2 of query 10; the other answers were the FR analysis 97-8940 on elaws (twice), CNET's report "
 "(third party), a docstoc copy of the complaint (Docket No. C-3756), a 2018 Autodesk SEC letter and software-audit "
 "pages (other matters), and query 10 added a blog page and worldcadaccess.com's story of IntelliCAD (third party). "
 "One text per matter (File No. 971-0049, Docket No. C-3756). " + CHECK + "'Softdesk', 'IntelliCADD', '971-0049': 0; 'Boomerang' only in "
 "GATHERING.md (another name); 'C-3756' in GATHERING.md only inside an FCC document number ('DOC-375679A1'); "
 "'Autodesk' in train wn-autodesk-buy-alias-2005, dev wp-carol-bartz and batch 32k's scripts (other matters).",
 True)))


def verify():
    """Each kept paragraph (and the kept title) occurs verbatim (once) in the saved excerpt, runs of white space (line
    breaks, trailing spaces) read as one space (the saved file's two header lines, its address and the queries that
    found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for p in ([title] if title else []) + paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert rec["title"] == title
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

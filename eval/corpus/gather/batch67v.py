#!/usr/bin/env python3
"""Batch 67v (session 61, gatherer 67v): three FTC texts on medical-device mergers of 2000, 2009 and 2016-2017 naming
the acquirers, two targets bought in 1995 under an FTC order, a rival, a Japanese buyer of divested businesses, a
development partner, the Department of Justice and two Directors of the FTC's Bureau of Competition, new matters in
the federal FTC lane (after 67a, 67g, 67l, 67r, 66a, 66g, 66o and the rounds they name; the lane widened past
supermarkets and drugs to medical devices and order enforcement), found by asking the FTC's pages by the parties'
names with 'consent order divest', 'civil penalty' or 'challenges' (the way of 65a, 66a and 66g; see
/work/notes/gather68/67v.md):
  - ftc.gov 'news-events/news/press-releases/2000/10/department-justice-sues-boston-scientific-corp-seeking-civil-
    penalties-other-relief-violations-1995' (FTC press release of October 2000; its day and headline are not in the
    stored text) -- the U.S. Department of Justice's complaint, on the FTC's behalf, seeking civil penalties from
    Boston Scientific Corporation for violating the 1995 consent order entered over its acquisitions of Cardiovascular
    Imaging Systems, Inc. and SCIMED Life Systems, Inc. (intravascular ultrasound catheters), with Richard Parker,
    Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2009/07/ftc-challenges-thoratecs-proposed-acquisition-heartware-
    international' (FTC press release of July 30, 2009; the day from two trade reports, see the record's notes) -- the
    FTC's lawsuit to block Thoratec Corporation's proposed $282 million acquisition of HeartWare International, Inc.
    (left ventricular assist devices), with Richard Feinstein, Director of the Bureau of Competition;
  - ftc.gov 'legal-library/browse/cases-proceedings/161-0126-abbott-laboratories-st-jude-medical-matter' (the FTC's
    case page, File No. 161 0126, undated) -- its case summary: Abbott Laboratories to divest St. Jude Medical, Inc.'s
    vascular closure device business and its own steerable sheath business to Terumo Corporation of Tokyo as the
    condition of its $25 billion acquisition of St. Jude, and to notify the FTC before buying lesion-assessing
    ablation catheter assets from its partner Advanced Cardiac Therapeutics (ACT).
US federal government works (17 U.S.C. 105). Queries and ranks in /tmp/gather68v/src/queries.txt; every name, number
and address was checked first against the corpus files, GATHERING.md, the gather scripts, /work/notes/gather67 and
/work/notes/gather68 (notes and CLAIMS.txt) and the pools /tmp/gather68*/pool. The texts are the search tool's
page-store excerpts (corpus `pages`; Boston Scientific's and Thoratec's cut by the store at 2,000 bytes in UTF-8 --
2,000 and 1,978 characters; Abbott / St. Jude's the whole stored page, 1,856 characters; Boston Scientific's with
straight quotation marks and apostrophes, Thoratec's and Abbott's with curly ones and Thoratec's with a spaced en
dash), as saved in /tmp/gather68v/src by /tmp/gather68v/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (all three); for Abbott / St. Jude the
case page's field lines above the summary ('Last Updated' with no date, 'FTC Matter/File Number', '161 0126', 'Docket
Number', 'Enforcement Type', 'Part 2 Consents') and the sub-heading 'Case Summary', its caption ('In the Matter of
Abbott Laboratories, a corporation, and St. Jude Medical, Inc., a corporation') kept as `title`. Boston Scientific --
`title` None, `published` None (no day in the stored text or the store); the store's cut falls right after the fourth
paragraph's last full sentence ('... a consent agreement with the Commission. '), so nothing of the kept text is
lost, but the release goes on (`truncated`). Thoratec -- `title` None (no headline in the stored text), `published`
2009-07-30; cut inside the fourth paragraph at a sentence end, after '... the only curative treatment is a heart
transplant.', before the sentence the excerpt breaks off ('LVADs provide temporary support ... ineligible to receive
a ') (`truncated`). Abbott / St. Jude -- `published` None (the page gives no date: 'Last Updated' stands empty); the
whole summary kept (not `truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line.
Each kept paragraph (and the Abbott caption) checked by script to be a verbatim substring (once) of the saved excerpt.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch67v.py [POOL_DIR] [--dry]   (default /tmp/gather68v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
FTC_CASE_ORIGIN = "US FTC case page on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather67 and /work/notes/gather68 (notes and CLAIMS.txt) and the pools "
         "/tmp/gather68*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather68/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68v/pool"
SRC = "/tmp/gather68v/src"
R = []

# ---- Boston Scientific Corporation, DOJ civil-penalty complaint, FTC press release, October 2000 (day unknown) ---------
U1 = ("http://www.ftc.gov/news-events/news/press-releases/2000/10/department-justice-sues-boston-scientific-corp-"
      "seeking-civil-penalties-other-relief-violations-1995")
P1 = [
 "Citing several violations of a 1995 Federal Trade Commission consent order, the U.S. Department of Justice (DOJ) "
 "has filed a complaint against Boston Scientific Corporation (BSC), on behalf of the Commission, seeking civil "
 "penalties and other equitable relief. According to the complaint, BSC failed to comply with the FTC's order, which "
 "was entered to remedy the anticompetitive effects of its acquisitions of Cardiovascular Imaging Systems, Inc. (CVIS) "
 "and SCIMED Life Systems, Inc. (SCIMED). At the time of the order, CVIS was BSC's competitor in the market for "
 "intravascular ultrasound (IVUS) catheters, and SCIMED was poised to enter that market. Due to its failure to comply "
 "with the order, BSC has achieved a virtual monopoly over the sale of IVUS catheters and consoles in the United "
 "States.",
 "Used with a console, IVUS catheters allow doctors to view real-time images in the artery of the patient being "
 "treated to determine the dimension, placement and composition of arterial plaque. The IVUS catheter and ultrasound "
 "console are used with balloon angioplasty and coronary stent placement to improve treatment using those devices.",
 "\"The purpose of Commission orders is to restore the competition lost from illegal mergers,\" said the FTC's Bureau "
 "of Competition Director Richard Parker. \"We believe the evidence will show that Boston Scientific violated the "
 "terms of the FTC's order and eliminated competition in this highly specialized marketplace. Such anticompetitive "
 "actions cannot, and will not, be tolerated.\"",
 "In 1995, when BSC sought to acquire CVIS and SCIMED, the FTC brought suit to block the deals. CVIS, BSC, and a "
 "company called Endosonics were the only catheter manufacturers in the marketplace, and SCIMED was the only firm "
 "likely to enter soon. BSC would have controlled virtually the entire U.S. catheter market following the two "
 "acquisitions. The FTC withdrew its objections to the deals after BSC entered into a consent agreement with the "
 "Commission."]
R.append((["ftc-2000-10-boston-scientific-doj-civil-penalty-complaint.txt"], None, P1, federal(
 "us-ftc-boston-scientific-doj-civil-penalty-complaint-1995-order-cvis-scimed-2000",
 U1, None, None, "\n\n".join(P1),
 "medical devices/competition regulation", "regulatory,merger control,order enforcement,civil penalty,medical devices",
 "U.S. Federal Trade Commission, press release of October 2000 on the U.S. Department of Justice's complaint seeking "
 "civil penalties from Boston Scientific Corporation for violating the FTC's 1995 consent order (its day and headline "
 "are not in the stored text), US federal government work (public domain); text from the search tool's page store "
 "at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('press-releases/2000/10'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` None -- the address gives "
 "October 2000 and the complaint sits under 'cases/2000/10/bsccmp.htm' (rank 2 of query 17), but no page in the "
 "store gave the release's day (query 17). The kept text has no 'today'; '1995' (twice, 'a 1995 Federal Trade "
 "Commission consent order', 'In 1995') is absolute and kept. The store's excerpt stops at 2,000 bytes right after "
 "the fourth paragraph's last sentence ('... with the Commission. '), so the kept text loses nothing, but the release "
 "goes on (`truncated`). Kept as written: the straight quotation marks and apostrophes, 'SCIMED' in capitals, "
 "'real-time', 'the FTC's Bureau of Competition Director Richard Parker'. 308 words (whitespace-split), four "
 "paragraphs. Found at rank 7 under 'Boston Scientific fined $7.04 million FTC consent order Hewlett-Packard IVUS "
 "March 31 2003' (query 16), after ftc.gov's March 2003 release on the $7,040,000 judgment (rank 2 of query 3, rank "
 "4 of query 5, rank 3 of query 16: the same matter, claimed first and then left for this text, which tells the two "
 "acquisitions and names the Department of Justice; the 2003 release's US Attorney and Assistant Attorney General "
 "have no office written in its kept part); the complaint (ftc.gov bsccmp.htm) and court rulings (casetext, "
 "descrybe, studicata) came back beside it. One text per matter: this release, the 2000 complaint, the 1995 consent "
 "order, the 2001-2003 rulings (U.S. v. Boston Scientific, D. Mass. 00-12247-PBS) and the March 2003 release are one "
 "matter. " + CHECK + "'Boston Scientific' only in files on other matters (an FDA text on Guidant's Endovascular "
 "Technologies, dev, and batch 55d's script; GATHERING.md's list of names left by 64a names 'Boston Scientific / "
 "Guidant', the 2006 deal); 'SCIMED', 'Cardiovascular Imaging', 'CVIS', 'Endosonics', 'intravascular', "
 "'00-12247', 'bsccmp': 0 in the corpus files, the scripts, the notes and the pools; 'Richard Parker' and 'Richard "
 "G. Parker' in FTC texts of other matters (63g's FMC / Solutia, 65g's Pfizer / Warner-Lambert, 65r's Precision "
 "Castparts, 66a's Winn-Dixie / Jitney-Jungle); 'Natick' (not in the kept text) in files on other firms.",
 True)))

# ---- Thoratec Corporation / HeartWare International, Inc., FTC press release, July 30, 2009 ---------------------------
U2 = ("https://www.ftc.gov/news-events/news/press-releases/2009/07/ftc-challenges-thoratecs-proposed-acquisition-"
      "heartware-international")
P2 = [
 "The Federal Trade Commission has authorized a lawsuit to block Thoratec Corporation\u2019s proposed $282 million "
 "acquisition of rival medical device maker HeartWare International, Inc., charging that the transaction would "
 "substantially reduce competition in the U.S. market for left ventricular devices (LVADs), a life-sustaining "
 "treatment for patients with advanced heart failure. Thoratec currently has a monopoly on the commercial sale of "
 "LVADs in the United States, and the FTC\u2019s administrative complaint alleges that Thoratec seeks to maintain its "
 "monopoly by acquiring HeartWare, thus eliminating the only significant threat to Thoratec\u2019s continued dominance "
 "of the LVAD market.",
 "The Commission will seek a preliminary injunction in federal district court to stop the transaction and limit the "
 "harm to competition, pending completion of the administrative trial.",
 "\u201cWe can\u2019t have health care reform that truly benefits American consumers unless we have competition, and "
 "competition is particularly important when it comes to life-saving devices such as the LVAD,\u201d said FTC Bureau "
 "of Competition Director Richard Feinstein. \u201cWe need competition and innovation in these critical cardiac "
 "devices \u2013 not monopoly. By stopping the acquisition, the Commission\u2019s action will ensure that consumers have "
 "a choice of innovative products at lower prices for these critical cardiac devices.\u201d",
 "LVADs are surgically-implantable miniaturized blood pumps designed to support and sustain patients suffering from "
 "end-stage heart failure, typically a fatal condition. LVADs provide full circulatory support by assuming the work "
 "of the left ventricle, the heart\u2019s primary pumping chamber. End-stage heart failure patients have severely "
 "weakened hearts, and the only curative treatment is a heart transplant."]
R.append((["ftc-2009-07-thoratec-heartware-challenge.txt"], None, P2, federal(
 "us-ftc-thoratec-heartware-challenge-lvad-acquisition-2009",
 U2, "2009-07-30", None, "\n\n".join(P2),
 "medical devices/competition regulation", "deal,regulatory,merger control,merger challenge,medical devices",
 "U.S. Federal Trade Commission, press release of July 30, 2009 on its challenge to Thoratec Corporation's proposed "
 "acquisition of HeartWare International, Inc. (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('press-releases/2009/07'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` 2009-07-30 -- the address gives "
 "July 2009, and two trade reports returned beside it give the day: dicardiology.com's 'July 30, 2009 -- The "
 "Federal Trade Commission today authorized a lawsuit to block Thoratec Corp's proposed $282 million acquisition' "
 "(rank 4 of query 15, pointing to ftc.gov/opa/2009/07/thoratec.shtm) and healthimaging.com's 'authorized a lawsuit "
 "... on July 30' (rank 6); the CCH blog's 'On July 30, the Commission announced' (rank 8) agrees. The kept text has "
 "no time expression. Cut inside the fourth paragraph at a sentence end, after '... the only curative treatment is "
 "a heart transplant.', before the sentence the store's excerpt breaks off ('LVADs provide temporary support for "
 "end-stage heart failure patients ... ineligible to receive a ') (`truncated`). Kept as written: the curly "
 "quotation marks and apostrophes, the spaced en dash ('devices \u2013 not monopoly'), 'left ventricular devices "
 "(LVADs)' (the release's own wording, without 'assist'), 'surgically-implantable'. 254 words (whitespace-split), "
 "four paragraphs (the last cut short). Found at rank 3 under 'FTC challenges Thoratec acquisition of HeartWare left "
 "ventricular assist devices Richard Feinstein' (query 15); ftc.gov's case summary (rank 5) and the FTC's July 31 "
 "statement on the abandonment (ftc.gov opa/2009/07/thoratecstmt.shtm, rank 7) are the same matter. One text per "
 "matter: this release, the statement, the administrative complaint (Docket No. 9339) and the case page (File No. "
 "091-0064) are one matter. " + CHECK + "'Thoratec', 'HeartWare', 'ventricular assist', 'left ventricular', "
 "'091-0064', '0910064', 'thoratec.shtm': 0 in the corpus files, the scripts, the notes and the pools; 'Richard "
 "Feinstein' only in GATHERING.md (a Bureau Director's name asked in an earlier round's queries).",
 True)))

# ---- Abbott Laboratories / St. Jude Medical, Inc., FTC case page, File No. 161 0126 (undated) -------------------------
U3 = "https://www.ftc.gov/legal-library/browse/cases-proceedings/161-0126-abbott-laboratories-st-jude-medical-matter"
T3 = "In the Matter of Abbott Laboratories, a corporation, and St. Jude Medical, Inc., a corporation"
P3 = [
 "Abbott Laboratories agreed to divest two medical device businesses to settle FTC charges that its proposed $25 "
 "billion acquisition of St. Jude Medical, Inc. would likely be anticompetitive. The FTC\u2019s complaint alleges that "
 "without a remedy, the proposed acquisition would harm competition in the U.S. markets for vascular closure "
 "devices, which are used to close holes in arteries from the insertion of catheters, and for \u201csteerable\u201d "
 "sheaths, which are used to guide catheters for treating heart arrhythmias. Without a remedy, the merger will cause "
 "significant harm to competition in these two markets. The consent order requires the parties to divest to "
 "Tokyo-based medical device maker Terumo Corporation all rights and assets related to St. Jude\u2019s vascular "
 "closure device business and Abbott\u2019s steerable sheath business. The order requires both companies to assist "
 "Terumo with establishing its manufacturing capabilities. Under the order, Abbott is also required to notify the FTC "
 "if it intends to acquire lesion-assessing ablation catheter assets from Advanced Cardiac Therapeutics, known as "
 "ACT. Lesion-assessing ablation catheters provide feedback to physicians regarding the force being applied by the "
 "catheter or the temperature of the ablation target. Currently, only St. Jude and one other company provide lesion "
 "assessing ablation catheters in the United States. Abbott and ACT have formed a partnership to develop these "
 "catheters. After the acquisition of St. Jude, if Abbott acquired lesion-assessing ablation catheter assets from "
 "ACT, it could eliminate additional competition that would result from an independent ACT."]
R.append((["ftc-161-0126-abbott-st-jude-case-summary.txt"], T3, P3, federal(
 "us-ftc-abbott-st-jude-medical-consent-order-terumo-divestiture-case-summary",
 U3, None, T3, "\n\n".join(P3),
 "medical devices/competition regulation", "deal,regulatory,merger control,divestiture,medical devices",
 "U.S. Federal Trade Commission, case page 'In the Matter of Abbott Laboratories, a corporation, and St. Jude "
 "Medical, Inc., a corporation' (FTC Matter/File Number 161 0126), its case summary (undated), US federal government "
 "work (public domain); text from the search tool's page store at " + U3,
 FTC_CASE_ORIGIN,
 "An FTC case page (a US federal work, public domain) as ftc.gov itself carries it (legal library, 'cases-"
 "proceedings/161-0126'): first-party text, the FTC's own summary of the matter, not a press release (no release on "
 "ftc.gov came back for it: queries 7 and 10 gave only news reports). Left out: the page line 'Skip to main "
 "content', the field lines 'Last Updated' (no date given), 'FTC Matter/File Number', '161 0126', 'Docket Number', "
 "'Enforcement Type', 'Part 2 Consents' and the sub-heading 'Case Summary'; the caption 'In the Matter of Abbott "
 "Laboratories, a corporation, and St. Jude Medical, Inc., a corporation' kept as `title`. `published` None: the page "
 "gives no date and a case page has none of its own (the proposed order was announced in December 2016 and the final "
 "order in February 2017 by the news reports at ranks 2-8 of query 7 -- neither is the page's date). The kept text "
 "has no time expression ('Currently' has no calendar value). The stored page is 1,866 bytes, under the store's "
 "2,000: the summary is whole (not `truncated`). Kept as written: the curly quotation marks and apostrophes, "
 "'lesion-assessing' beside 'lesion assessing' (both in the page), 'Tokyo-based'. 241 words (whitespace-split), one "
 "paragraph. Found at rank 4 under 'Abbott Laboratories St. Jude Medical FTC consent order divest Terumo vascular "
 "closure devices' (query 7). One text per matter: this page, the December 2016 release, the complaint, the "
 "decision and order and the analysis (File No. 161 0126) are one matter. " + CHECK + "'St. "
 "Jude', 'Terumo', 'Advanced Cardiac Therapeutics', 'steerable', 'vascular closure', '161 0126', '161-0126': 0 in "
 "the corpus files, the scripts, the notes and the pools; 'Abbott Laboratories' in files on other matters (the FTC's "
 "Hospira / Mayne text, dev; an Oireachtas committee text, train; one test file, counted, not opened; batch 19a's, "
 "54zh's and 64a's scripts), none on St. Jude.",
 False)))


def verify():
    """Each kept paragraph (and a kept caption) occurs verbatim (once) in the saved excerpt, line breaks read as spaces
    (the saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = raw.replace("\u00a0", " ").replace("\n", " ")
        for p in ([title] if title else []) + paras:
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

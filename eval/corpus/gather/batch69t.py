#!/usr/bin/env python3
"""Batch 69t (session 63, gatherer lane 69t): three FTC merger texts of 2022 and 2023 naming the acquiring companies,
their targets, a target's subsidiary and its divestiture buyer, a target parent's other subsidiary, the drugs at issue
and the FTC's Bureau of Competition Directors, new matters in the federal FTC lane (after 68a, 68g, 68m, 68v, 68y, 69a,
69h, 69n and the rounds they name), found by asking the FTC's merger pages by the leads of 69n's section (Intersect ENT /
Medtronic) and by acquirer + target + product (see the round notes /tmp/gather69t/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/2022/05/ftc-acts-protect-patients-who-rely-medical-instruments-used-sinus-
    procedures' (FTC press release of May 10, 2022; its headline and date line are not in the stored text) -- the FTC's
    order requiring Medtronic, Inc. to divest Intersect ENT, Inc.'s subsidiary Fiagon to Hemostasis, LLC as a condition
    of Medtronic's proposed acquisition of Intersect; Holly Vedova, Director of the Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2022/04/federal-trade-commission-preserves-competition-development-
    marketing-steroid-injectable-drug' (FTC press release of April 26, 2022; headline and date line not in the stored
    text) -- the FTC's consent agreement on Hikma Pharmaceuticals PLC's acquisition of Custopharm, Inc., Custopharm's
    TCA assets to another subsidiary of its parent, Long Grove Pharmaceuticals, LLC; Holly Vedova;
  - ftc.gov 'news-events/news/press-releases/2023/09/biopharmaceutical-giant-amgen-settle-ftc-state-challenges-its-
    horizon-therapeutics-acquisition' (FTC press release of September 1, 2023; headline and date line not in the stored
    text) -- the FTC's proposed consent order with Amgen Inc. on its acquisition of Horizon Therapeutics plc (Tepezza and
    Krystexxa), with six states; Henry Liu, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69t/NOTES.md. Queries and ranks in
/tmp/gather69t/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; each cut by the store at about 2,000 characters;
curly quotation marks and apostrophes, en dashes in the Hikma and Amgen texts, one straight closing quotation mark in
the Medtronic text), as saved in /tmp/gather69t/src by /tmp/gather69t/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Medtronic, Amgen; the Hikma excerpt has
none); `title` None for all three (no headline in the stored texts); `published` from the store's same-day reports
(see each record's notes).
Medtronic / Intersect ENT -- cut inside the fifth paragraph at a sentence end, after '... no later than 10 days after
Medtronic acquires Intersect.', before the sentence the excerpt breaks off ('Additionally, Medtronic and Intersect must
obtain prior approval ... to consolidate these') (`truncated`). Hikma / Custopharm -- cut after the fourth paragraph,
before the paragraph the excerpt breaks off ('The presence and number of generic firms determines drug prices and each
new generic product that comes to market ten') (`truncated`). Amgen / Horizon -- cut after the fourth paragraph, before
the paragraph the excerpt breaks off ('The proposed order also will prohibit Amgen from entering into any agreement or')
(`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line (the Medtronic excerpt's
two spaces after 'Bureau of Competition.' read as one). Each kept paragraph checked by script to be a verbatim
substring (once) of the saved excerpt, runs of white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch69t.py [POOL_DIR] [--dry]   (default /tmp/gather69t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69t/pool"
SRC = "/tmp/gather69t/src"
R = []

# ---- Medtronic, Inc. / Intersect ENT, Inc. (Fiagon to Hemostasis, LLC), FTC press release, May 10, 2022 ---------------
U1 = ("https://www.ftc.gov/news-events/news/press-releases/2022/05/"
      "ftc-acts-protect-patients-who-rely-medical-instruments-used-sinus-procedures")
P1 = [
 "The Federal Trade Commission took action today to protect patients who rely on medical instruments used in sinus "
 "procedures. The FTC\u2019s order requires Medtronic, Inc. to divest a subsidiary of Intersect ENT, Inc. as a condition "
 "of Medtronic\u2019s proposed acquisition. The subsidiary, Fiagon, which makes ear, nose, and throat navigation systems "
 "and balloon sinus dilation products, will be sold to Hemostasis, LLC to prevent concentration and ultimately harm to "
 "patients.",
 "\u201cToday\u2019s action by the FTC is part of our efforts to combat the problem of rising healthcare costs,\u201d said "
 "Holly Vedova, Director of the Bureau of Competition. \u201cThese are already concentrated markets for critical medical "
 "instruments. Medtronic is the top provider of ear, nose, and throat navigation systems. We are requiring Medtronic to "
 "divest Fiagon because we are concerned that the deal would otherwise lead to higher prices and reduced innovation in "
 "this important medical care market.\"",
 "Medtronic is a global medical device company with U.S. headquarters in Minnesota that is a dominant provider of ENT "
 "navigation systems, which allow physicians to view and track the location of instruments during sinus procedures. "
 "Medtronic also develops and markets balloon sinus dilation products, which physicians use to clear blocked sinuses.",
 "Intersect is a California-based medical device company that focuses on devices for ENT procedures, and its Fiagon "
 "subsidiary is a nascent competitor in the U.S. markets for both ENT navigation systems and balloon sinus dilation "
 "products, according to the complaint.",
 "Under the terms of the Proposed Order, Medtronic and Intersect must divest the entire Fiagon business to Hemostasis "
 "no later than 10 days after Medtronic acquires Intersect."]
R.append((["ftc-2022-05-medtronic-intersect-ent.txt"], None, P1, federal(
 "us-ftc-medtronic-intersect-ent-proposed-order-fiagon-hemostasis-2022",
 U1, "2022-05-10", None, "\n\n".join(P1),
 "medical devices/competition regulation", "deal,regulatory,merger control,divestiture,medical devices",
 "U.S. Federal Trade Commission, press release of May 10, 2022 on its order requiring Medtronic, Inc. to divest "
 "Intersect ENT, Inc.'s subsidiary Fiagon to Hemostasis, LLC as a condition of its proposed acquisition of Intersect "
 "(its headline and date line are not in the stored text), US federal government work (public domain); text from the "
 "search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2022/05/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None (the attribution says so; the address's 'ftc "
 "acts protect patients who rely medical instruments used sinus procedures' is not text); `published` 2022-05-10 -- "
 "the address gives May 2022, and the store's reports date the announcement to Tuesday, May 10, 2022: "
 "medicaldesignsourcing.com (rank 5 of query 1: 'The commission announced May 10 that it voted 4-0 to issue its "
 "complaint and accept the proposed consent order'), law360 (rank 6: '(May 10, 2022, 9:35 PM EDT) -- The Federal Trade "
 "Commission said Tuesday'), and bioworld's item dated 2022-05 (rank 4); so 'today' ('took action today') and "
 "'Today\u2019s' resolve to 2022-05-10. Cut inside the fifth paragraph at a sentence end, after '... no later than 10 "
 "days after Medtronic acquires Intersect.', before the sentence the store's excerpt breaks off ('Additionally, "
 "Medtronic and Intersect must obtain prior approval from the FTC for 10 years before buying ... to consolidate these') "
 "(`truncated`). Kept as written: 'Intersect ENT, Inc.', 'Hemostasis, LLC', the straight closing quotation mark after "
 "'medical care market.' (the opening one curly), 'the Proposed Order' (capitals), 'U.S.'; the two spaces after "
 "'Bureau of Competition.' read as one. 265 words (whitespace-split), five paragraphs (the fifth cut short). Found at "
 "rank 8 under 'FTC Medtronic Intersect ENT acquisition divest Fiagon consent order' (query 1; 69n's lead); rank 3 was "
 "ftc.gov's June 2022 final-order release (the same matter, fewer names: no official, no places), rank 2 the case page "
 "(File No. 2110184, Docket No. C-4763), ranks 1, 4-7 bioworld, medicaldesignsourcing, law360 and lawstreetmedia "
 "reports (third party). One text per matter: the May and June releases, the case page, the complaint and the orders "
 "are one matter. " + CHECK + "'Intersect ENT', 'Fiagon', 'Hemostasis', '2110184', '211 0184', 'C-4763': 0 in the "
 "corpus files, the scripts and the pools ('Intersect ENT' only in GATHERING.md's lead lines of 69n; the case-blind "
 "'intersect' hits are the verb); 'Medtronic' in 64m's Medtronic / Covidien text and scripts (another matter); 'Holly "
 "Vedova' in 69h's and 69n's texts (other matters).",
 True)))

# ---- Hikma Pharmaceuticals PLC / Custopharm, Inc. (Long Grove Pharmaceuticals, LLC), FTC press release, April 26, 2022
U2 = ("https://ftc.gov/news-events/news/press-releases/2022/04/"
      "federal-trade-commission-preserves-competition-development-marketing-steroid-injectable-drug")
P2 = [
 "The Federal Trade Commission today required \u2013 as a condition of Hikma Pharmaceuticals PLC\u2019s $375 million "
 "acquisition of Custopharm, Inc. \u2013 that Custopharm\u2019s parent company retain and transfer Custopharm\u2019s assets "
 "related to the corticosteroid drug triamcinolone acetonide, or TCA, to another subsidiary, Long Grove "
 "Pharmaceuticals, LLC. The consent agreement preserves competition in the market for generic TCA by removing any "
 "incentive for Hikma to terminate or delay the marketing of the TCA product in its own development pipeline. "
 "Historically, the entry of additional generic pharmaceutical competitors has led to lower prices for patients. "
 "Further, the consent agreement requires Long Grove to maintain the competitive viability of the retained TCA assets "
 "going forward and requires Hikma to seek Commission approval for future acquisitions related to TCA.",
 "\u201cHikma\u2019s acquisition of Custopharm\u2019s TCA business could have caused significant harm for patients who use "
 "TCA to treat severe skin conditions, allergies, and inflammation,\u201d said Holly Vedova, Director of the FTC\u2019s "
 "Bureau of Competition. \u201cOnly three competitors now market this drug. The FDA recently approved marketing of "
 "Custopharm\u2019s TCA product, while Hikma has an injectable TCA product in development. The FTC\u2019s action ensures "
 "that Hikma still has the incentive to bring its TCA product to market, which will benefit consumers.\u201d",
 "Hikma is a multinational pharmaceutical company with U.S. headquarters in Berkeley Heights, NJ. It manufactures "
 "branded and generic products, including generic injectables. Custopharm develops mostly generic injectable drugs and "
 "it relies on contract manufacturers to produce them.",
 "According to the Complaint, without this remedy, Hikma likely would have stopped developing its own injectable TCA "
 "product, threatening additional competition in the TCA market."]
R.append((["ftc-2022-04-hikma-custopharm.txt"], None, P2, federal(
 "us-ftc-hikma-custopharm-consent-agreement-tca-long-grove-2022",
 U2, "2022-04-26", None, "\n\n".join(P2),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,pharmaceuticals,generic drugs",
 "U.S. Federal Trade Commission, press release of April 26, 2022 on its consent agreement over Hikma Pharmaceuticals "
 "PLC's acquisition of Custopharm, Inc. (its headline and date line are not in the stored text), US federal government "
 "work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2022/04/...'): first-party text. The store's excerpt starts with the first paragraph (no 'Skip to main "
 "content' line) and parts its paragraphs by single line breaks. The stored text holds no headline and no date line: "
 "`title` None (the attribution says so); `published` 2022-04-26 -- the address gives April 2022, and the store's "
 "reports date the announcement to Tuesday, April 26, 2022: newsbreak's copy dated 2022-04-26 (rank 5 of query 12, "
 "rank 1 of query 13: 'WASHINGTON, D.C. -- The Federal Trade Commission says that it is requiring ...'), Reuters' "
 "report at fxempire (rank 8 of query 12: 'the U.S. Federal Trade Commission said on Tuesday'); ftc.gov's final-order "
 "release (rank 5 of query 13, ftc.gov/node/79366: 'First announced in April 2022'); so 'today' ('The Federal Trade "
 "Commission today required') resolves to 2022-04-26. Cut after the fourth paragraph, before the paragraph the store's "
 "excerpt breaks off ('The presence and number of generic firms determines drug prices and each new generic product "
 "that comes to market ten') (`truncated`). Kept as written: the en dashes around the condition clause, 'Hikma "
 "Pharmaceuticals PLC', 'Long Grove Pharmaceuticals, LLC', 'Berkeley Heights, NJ', 'the Complaint' (capital), the "
 "curly quotation marks and apostrophes. 267 words (whitespace-split), four paragraphs. Found at rank 7 under 'ftc.gov "
 "press release April 2022 FTC acts to preserve competition Hikma Custopharm Water Street Holly Vedova significant harm "
 "patients TCA' (query 14); the case page (File No. 2210001, Docket No. C-4771; 'private equity fund Water Street "
 "Healthcare Partners, LLC' as Custopharm's parent: not in the release's kept text) at rank 2 of query 13 and rank 1 "
 "of query 14, ftc.gov's October 2022 final-order release (ftc.gov/node/79366), the FR analysis at casetext ('File No. "
 "221 0002'), and the newsbreak, Reuters (fxempire, mergersindia, expresspharma) and marketscreener reports (third "
 "party). One text per matter: the April and final releases, the case page, the analysis and the orders are one "
 "matter. " + CHECK + "'Custopharm', 'Long Grove', 'triamcinolone', 'Water Street Healthcare', '2210001', '221 0001', "
 "'221 0002', 'C-4771', 'Berkeley Heights': 0 in the corpus files, the scripts and the pools; 'Hikma' in corpus files "
 "on the 2014-2016 Hikma / Ben Venue and Hikma / Roxane matters and in a Schering-Plough / Organon text (other "
 "matters); 'Holly Vedova' in 69h's and 69n's texts (other matters).",
 True)))

# ---- Amgen Inc. / Horizon Therapeutics plc, FTC press release, September 1, 2023 -------------------------------------
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2023/09/"
      "biopharmaceutical-giant-amgen-settle-ftc-state-challenges-its-horizon-therapeutics-acquisition")
P3 = [
 "The Federal Trade Commission reached a proposed consent order with Amgen Inc. to address the potential competitive "
 "harm that would result from Amgen\u2019s $27.8 billion acquisition of Horizon Therapeutics plc. As part of a nationwide "
 "settlement of their challenge to the acquisition, the FTC and attorneys general from six states \u2013 California, "
 "Illinois, Minnesota, New York, Washington, and Wisconsin \u2013 also will dismiss the related federal court "
 "preliminary injunction action.",
 "\u201cConsolidation in the pharmaceutical industry has given companies the power and incentive to engage in "
 "exclusionary rebating practices, which can lead to sky-rocketing prices on essential medications,\u201d said Henry "
 "Liu, Director of the FTC\u2019s Bureau of Competition. \u201cToday\u2019s proposed resolution sends a clear signal that "
 "the FTC and its state partners will scrutinize pharmaceutical mergers that enable such practices, and defend "
 "patients and competition in this vital marketplace.\u201d",
 "Under the proposed order, Amgen is prohibited from bundling an Amgen product with either Tepezza or Krystexxa, "
 "Horizon\u2019s medications used to treat thyroid eye disease (TED) and chronic refractory gout (CRG), respectively. In "
 "addition, Amgen may not condition any product rebate or contract terms related to an Amgen product on the sale or "
 "positioning either one of these drugs. Amgen also is barred from using any product rebate or contract term to "
 "exclude or disadvantage any product that would compete with Tepezza or Krystexxa.",
 "The proposed consent order resolves FTC and state charges that Amgen\u2019s acquisition of Horizon is anticompetitive, "
 "as the deal would enable Amgen to leverage its large portfolio of blockbuster drugs to pressure insurance companies "
 "and pharmacy benefit managers into favoring Horizon\u2019s two monopoly products \u2013 Tepezza and Krystexxa \u2013 or "
 "disadvantaging rivals to Tepezza or Krystexxa."]
R.append((["ftc-2023-09-amgen-horizon.txt"], None, P3, federal(
 "us-ftc-amgen-horizon-therapeutics-proposed-consent-order-tepezza-krystexxa-2023",
 U3, "2023-09-01", None, "\n\n".join(P3),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,consent order,pharmaceuticals,biotechnology",
 "U.S. Federal Trade Commission, press release of September 1, 2023 on its proposed consent order with Amgen Inc. over "
 "its acquisition of Horizon Therapeutics plc (its headline and date line are not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2023/09/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None (the attribution says so; the address's "
 "'biopharmaceutical giant amgen settle ftc state challenges its horizon therapeutics acquisition' is not text); "
 "`published` 2023-09-01 -- the address gives September 2023, and the store dates the settlement's announcement to "
 "Friday, September 1, 2023: the Dow Jones item at marketscreener dated 2023-09-01 14:16 ET (rank 2 of query 16: 'The "
 "Federal Trade Commission agreed to end its legal challenge of Amgen's $27.8 billion deal'), Amgen's own notice (rank "
 "5 of query 16: 'The FTC's Analysis to Aid Public Comment, dated September 1, 2023') and the Illinois Attorney "
 "General's release (rank 6: 'today reached a proposed consent order'); so 'Today\u2019s' ('Today\u2019s proposed "
 "resolution') resolves to 2023-09-01. Cut after the fourth paragraph, before the paragraph the store's excerpt breaks "
 "off ('The proposed order also will prohibit Amgen from entering into any agreement or') (`truncated`). Kept as "
 "written: 'positioning either one of these drugs' (no 'of'), 'sky-rocketing', the en dashes, the curly quotation marks "
 "and apostrophes. 278 words (whitespace-split), four paragraphs. Found at rank 1 under 'ftc.gov FTC Amgen Horizon "
 "Therapeutics consent order settlement bundling Tepezza Krystexxa' (query 15) and rank 4 of query 16; the other "
 "answers were modernod, glance.eyesoneyecare and newyorkorganizer reports (the December 2023 final order), Amgen's "
 "notice, the FR analysis 2023-19809 (File No. 231 0037) at justia and govinfo, the Illinois AG's release, bioworld and "
 "a pymnts column (third party or same matter). One text per matter: the May 2023 suit, the September and December "
 "releases, the analysis and the orders are one matter. " + CHECK + "'Horizon Therapeutics', 'Tepezza', 'Krystexxa', "
 "'231 0037', '2310037', '2023-19809': 0 in the corpus files, the scripts and the pools; 'Amgen' in corpus files on the "
 "2002 Amgen / Immunex consent, the 2012 Amgen misbranding settlement and an FTC case listing (other matters); 'Henry "
 "Liu' in 69n's ICE / Black Knight text (another matter).",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space (line breaks, the
    Medtronic excerpt's double space) read as one space (the saved file's two header lines, its address and the
    queries that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for p in ([title] if title else []) + paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

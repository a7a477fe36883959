#!/usr/bin/env python3
"""Batch 68v (session 62, gatherer lane 68v): three FTC merger texts of 2010, 2012 and 2019 naming consummated and
proposed acquirers and their targets, an acquirer's subsidiary and business unit, a rival bound by a joint marketing
agreement, a seller and its subsidiary, four brands and their owner, the FTC's Chief Administrative Law Judge and its
Chairman, new matters in the federal FTC lane (after 67a, 67g, 67l, 67r, 67v, 67ad, 68a, 68g, 68m and the rounds they
name), found by asking the FTC's merger pages by the leads of 68m's, 68g's and 68a's sections and names at 0 in the
corpus (acquirer + target + product; see the round notes /tmp/gather69v/NOTES.md):
  - ftc.gov 'opa/2010/03/polypore.shtm' (FTC press release of March 8, 2010; its headline and date line are not in the
    stored text) -- Chief Administrative Law Judge D. Michael Chappell's Initial Decision that Polypore International
    Inc.'s consummated acquisition (through its Daramic Acquisition Corporation subsidiary) of Microporous L.P. was
    anticompetitive (battery separators), with Polypore's 2001 agreement with Hollingsworth & Vose;
  - ftc.gov 'news-events/press-releases/2012/03/ftc-orders-graco-inc-hold-separate-worldwide-liquid-finishing' (FTC
    press release of March 27, 2012; its headline kept as `title`, no date line in the stored text) -- the FTC's order
    requiring Graco Inc. to hold separate the liquid finishing equipment businesses of Illinois Tool Works Inc. and ITW
    Finishing LLC (the Binks, DeVilbiss, Ransburg and BGK brands) while it completes its $650 million acquisition;
  - ftc.gov 'news-events/news/press-releases/2019/11/ftc-commissioners-unanimously-find-consummated-merger-
    microprocessor-prosthetic-knee-companies-was' (FTC press release of November 6, 2019; its headline and date line
    are not in the stored text) -- the Commission's Opinion and Final Order that Otto Bock HealthCare North America,
    Inc.'s consummated acquisition of Freedom Innovations was anticompetitive (microprocessor prosthetic knees), with
    FTC Chairman Joseph J Simons.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69v/NOTES.md. Queries and ranks in
/tmp/gather69v/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; all three cut by the store at 2,000 bytes in
UTF-8; curly apostrophes and en dashes in the Polypore text, straight apostrophes and en dashes in the Graco text,
curly quotation marks and apostrophes, em dashes and an ellipsis character in the Otto Bock text), as saved in
/tmp/gather69v/src by /tmp/gather69v/mk_src.py.
Left out: the page line 'Skip to main content' and the blank line under it (Polypore, Otto Bock); the sub-heading
'Graco Will Not Integrate Certain Businesses Pending FTC's Final Divestiture Order', the page lines 'Share This Page'
and 'For Release' and the blank lines under them (Graco; the page's headline kept as `title`); `title` None for
Polypore and Otto Bock (no headline in the stored texts); `published` 2010-03-08 (from ftc.gov's own case page),
2012-03-27 and 2019-11-06 (from the store's same-day reports and filings; see each record's notes).
Polypore / Microporous -- cut inside the fourth paragraph at a sentence end, after '... which Polypore manufactures
and sells.', before the sentence the excerpt breaks off ('Finally, the complaint alleged that Polypore attempted,
through various anticompetitive means, to maintain monopoly power') (`truncated`); the store's single line break
inside that paragraph (after '... flooded lead-acid batteries.') read as a paragraph end. Graco / ITW -- cut after the
third paragraph, before the paragraph the excerpt breaks off ('Graco seeks to acquire the finishing equipment
businesses of ITW, its rival in the manufacture an') (`truncated`). Otto Bock / Freedom Innovations -- cut inside the
fifth paragraph at a sentence end, after '... a relatively high degree of mobility.', before the sentence the excerpt
breaks off ('Compared to other prosthetic products, MPKs reduce the risk of falling, cause less pain, and promote the
health') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line. Each kept
paragraph (and the Graco headline) checked by script to be a verbatim substring (once) of the saved excerpt, runs of
white space read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch68v.py [POOL_DIR] [--dry]   (default /tmp/gather69v/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69v/pool"
SRC = "/tmp/gather69v/src"
R = []

# ---- Polypore International Inc. / Microporous L.P., FTC press release, March 8, 2010 --------------------------------
U1 = "https://www.ftc.gov/opa/2010/03/polypore.shtm"
P1 = [
 "In an Initial Decision announced today, Chief Administrative Law Judge D. Michael Chappell found that Polypore "
 "International Inc.\u2019s consummated acquisition \u2013 through its Daramic Acquisition Corporation subsidiary "
 "\u2013 of rival battery separator manufacturer Microporous L.P. was anticompetitive and violated federal law in four "
 "battery separator markets in North America. In an Order filed with the Initial Decision on February 22, Judge "
 "Chappell ordered Polypore to divest Microporous to an FTC-approved buyer within six months after the divestiture "
 "provisions of the Order become final.",
 "Judge Chappell also ruled that a 2001 joint marketing agreement between Polypore and a rival battery separator "
 "manufacturer illegally divided up the markets for particular types of battery separators in North America, and "
 "ordered Polypore to amend the agreement to terminate and declare null and void the covenant not to compete. "
 "Finally, the Judge dismissed a separate allegation that Polypore engaged in exclusionary conduct in specific battery "
 "separator markets.",
 "In September 2008, the FTC issued an administrative complaint challenging Polypore\u2019s completed February 2008 "
 "acquisition of Microporous, as well as some of Polypore\u2019s business tactics, as anticompetitive and in violation "
 "of the federal antitrust laws. Polypore competed with the former Microporous through its Daramic business unit.",
 "According to the complaint, the combination led to decreased competition and higher prices in several North "
 "American markets for battery separators, a key component in flooded lead-acid batteries.",
 "The complaint also charged that Polypore reached an agreement in 2001 with a potential competitor \u2013 "
 "Hollingsworth & Vose \u2013 in order to prevent that company from entering the market for polyethylene battery "
 "separators, which Polypore manufactures and sells."]
R.append((["ftc-2010-03-polypore-microporous.txt"], None, P1, federal(
 "us-ftc-polypore-microporous-initial-decision-battery-separators-2010",
 U1, "2010-03-08", None, "\n\n".join(P1),
 "manufacturing/competition regulation", "deal,regulatory,merger control,consummated merger,battery separators",
 "U.S. Federal Trade Commission, press release of March 8, 2010 on the Initial Decision of its Chief Administrative "
 "Law Judge that Polypore International Inc.'s consummated acquisition of Microporous L.P. was anticompetitive (its "
 "headline and date line are not in the stored text), US federal government work (public domain); text from the "
 "search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('opa/2010/03/polypore.shtm'): "
 "first-party text. Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds "
 "no headline and no date line: `title` None (the attribution says so); `published` 2010-03-08 -- the address gives "
 "March 2010, and ftc.gov's own case page for File No. 081 0131 in the store (rank 4 of query 1, rank 7 of query 3: "
 "'On 3/8/2010, the ALJ announced an Initial Decision finding that Polypore International Inc.'s consummated "
 "acquisition ...', the release's words) gives the day, as lexology's note does (rank 1 of query 10: 'On March 8, "
 "2010, the Federal Trade Commission (FTC) released a decision by its Chief Administrative Law Judge (ALJ) D. Michael "
 "Chappell'). 'today' therefore resolves to 2010-03-08 and 'February 22' (no year in the text) to 2010-02-22 (the "
 "case page's 'In an Order filed with the Initial Decision on 2/22/2010'). Cut inside the fourth paragraph at a "
 "sentence end, after '... which Polypore manufactures and sells.', before the sentence the store's excerpt breaks off "
 "('Finally, the complaint alleged that Polypore attempted, through various anticompetitive means, to maintain "
 "monopoly power') (`truncated`); the store's single line break after '... flooded lead-acid batteries.' read as a "
 "paragraph end (no word changed). Kept as written: the curly apostrophes ('Polypore International Inc.\u2019s', "
 "'Polypore\u2019s'), the spaced en dashes around 'through its Daramic Acquisition Corporation subsidiary' and "
 "'Hollingsworth & Vose', 'FTC-approved', 'lead-acid'; the text writes the agency only as 'FTC' (never 'Federal "
 "Trade Commission'). 265 words (whitespace-split), five paragraphs. Found at rank 7 under 'Polypore Microporous Seven "
 "Mile FTC approves divestiture December 2013 battery separator' (query 8) and at rank 6 of query 10; query 1 (68m's "
 "lead) gave ftc.gov's December 2013 release on the Seven Mile Capital Partners divestiture (rank 1; no day in the "
 "store), the September 2013 comment release, the case page, the March 2011 monitor-trustee release, the July 2012 "
 "Ramirez statement and the November 2010 opinion release (node/46909) -- the same matter; marketswired's and "
 "einpresswire's copies, lexology, justia, bizjournals and pdfslide/fdocuments court papers were third party. One text "
 "per matter: the Initial Decision release is taken, the other releases are one matter with it. " + CHECK +
 "'Polypore', 'Microporous', 'Daramic', 'Hollingsworth', 'D. Michael Chappell', '081 0131', 'Docket No. 9327', "
 "'polypore.shtm': 0 in the corpus files, the scripts and the pools ('Polypore', 'Microporous' only in 68m's lead "
 "lines in GATHERING.md); 'Chappell' in corpus files and scripts as other people.",
 True)))

# ---- Graco Inc. / Illinois Tool Works Inc. and ITW Finishing LLC, FTC press release, March 27, 2012 ------------------
U2 = "https://www.ftc.gov/news-events/press-releases/2012/03/ftc-orders-graco-inc-hold-separate-worldwide-liquid-finishing"
T2 = ("FTC Orders Graco Inc. to Hold Separate Worldwide Liquid Finishing Equipment Businesses it is Acquiring from its "
      "Rival, ITW")
P2 = [
 "The Federal Trade Commission issued an order requiring Graco Inc. to hold separate the worldwide liquid finishing "
 "equipment businesses of Illinois Tool Works Inc. and ITW Finishing LLC, while allowing Graco to complete its "
 "proposed $650 million acquisition of all of ITW's finishing equipment businesses. The FTC challenged the deal on "
 "competition grounds in December 2011.",
 "The order ensures that Graco will not integrate certain assets into its operations, pending the FTC's consideration "
 "of a proposed settlement that has been entered into by Graco and the FTC's staff, but not yet accepted by the "
 "Commission. Under the order, the ITW liquid finishing equipment businesses will be run independently of \u2013 and "
 "in competition with \u2013 Graco until the FTC determines the divestitures necessary to prevent competitive harm "
 "from the acquisition. Graco can complete its acquisition, but must hold separate the entirety of the worldwide ITW "
 "liquid finishing equipment businesses, which operate under the Binks, DeVilbiss, Ransburg, and BGK brand names.",
 "During this hold separate period, FTC staff will more fully analyze the appropriate scope of divestiture and other "
 "relief needed to remedy the anticompetitive effects of the acquisition, as alleged in the FTC's complaint, and make "
 "its recommendation to the Commission. The Hold Separate Order allows Graco to integrate the non-liquid finishing "
 "equipment business it acquires from ITW, but will ensure that the liquid finishing assets held separate remain "
 "viable and marketable until the necessary assets can be divested. After staff completes its review, the Commission "
 "will take the action it deems appropriate."]
R.append((["ftc-2012-03-graco-itw-hold-separate.txt"], T2, P2, federal(
 "us-ftc-graco-itw-hold-separate-order-liquid-finishing-equipment-2012",
 U2, "2012-03-27", T2, "\n\n".join(P2),
 "industrial machinery/competition regulation", "deal,regulatory,merger control,hold separate order,finishing equipment",
 "U.S. Federal Trade Commission, press release of March 27, 2012, '" + T2 + "' (no date line in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/press-releases/"
 "2012/03/...'): first-party text. The page's headline kept as `title` (the store's first line); left out: the "
 "sub-heading 'Graco Will Not Integrate Certain Businesses Pending FTC's Final Divestiture Order', the page lines "
 "'Share This Page' and 'For Release' and the blank lines under them (as 67r left out an AHP page's 'Share This Page' "
 "and 'For Release' and DSM's sub-heading). The stored text holds no date line: `published` 2012-03-27 -- the address "
 "gives March 2012; Graco's Form 8-K in the store (a pawtuckettimes EDGAR window, rank 6 of query 9: 'Date of Report "
 "(Date of earliest event reported): March 27, 2012 ... On March 27, 2012, the Federal Trade Commission ... served an "
 "order that allows Graco's proposed acquisition of the finishing businesses of Illinois Tool Works Inc. ... to "
 "proceed') and PaintSquare's report of Wednesday, March 28, 2012 (rank 6 of query 7: 'The FTC announced late Tuesday "
 "that it would allow Graco to close the $650 million deal') give the day (third party; used only for the day). The "
 "kept text's one time expression is absolute ('in December 2011'). Cut after the third paragraph, before the "
 "paragraph the store's excerpt breaks off ('Graco seeks to acquire the finishing equipment businesses of ITW, its "
 "rival in the manufacture an') (`truncated`). Kept as written: the straight apostrophes (\"ITW's\", \"FTC's\"), the "
 "spaced en dashes around 'and in competition with', 'non-liquid', 'Hold Separate Order' capitalised. 253 words "
 "(whitespace-split), three paragraphs. Found at rank 1 under 'FTC orders Graco hold separate ITW liquid finishing "
 "Binks DeVilbiss Ransburg March 2012' (query 7) and at rank 7 of query 6; rank 2 of query 7 was ftc.gov's May 2012 "
 "release on the proposed settlement (opa/2012/05/graco.shtm; the same matter), rank 5 marketswired's copy of the "
 "modified final order release (third party), rank 7 the case page (File No. 111 0169, Docket No. 9350); Reuters, "
 "thestreet (Graco's releases), tcbmag and PaintSquare were third party. One text per matter: the hold-separate "
 "release is taken, the May 2012 release and the final order are one matter with it. " + CHECK +
 "'Graco', 'Illinois Tool Works', 'ITW Finishing', 'Binks', 'Ransburg', 'BGK', '111 0169', '111-0169': 0 in the corpus "
 "files, the scripts and the pools; 'DeVilbiss' only in a not-used line of GATHERING.md (Sunrise Medical / DeVilbiss, "
 "another matter); 'Docket No. 9350' 0 ('9350' alone in two files as other numbers).",
 True)))

# ---- Otto Bock HealthCare North America, Inc. / Freedom Innovations, FTC press release, November 6, 2019 -------------
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2019/11/ftc-commissioners-unanimously-find-consummated-merger-"
      "microprocessor-prosthetic-knee-companies-was")
P3 = [
 "The Federal Trade Commission issued an Opinion and Final Order in which the Commission upholds the Administrative "
 "Law Judge\u2019s decision that the consummated acquisition of Freedom Innovations by Otto Bock HealthCare North "
 "America, Inc.\u2014both top sellers of prosthetic knees equipped with microprocessors or MPKs\u2014resulted in "
 "anticompetitive harm in the microprocessor prosthetic knee market, likely leading to higher prices and less "
 "innovation for amputee patients and prosthetic clinic customers. The acquisition was not reportable under the "
 "Hart-Scott-Rodino Act. The Commission\u2019s order requires Otto Bock to divest the Freedom Innovations assets to an "
 "FTC-approved buyer.",
 "The Commission\u2019s Opinion and Final Order states, \u201cBased on our de novo review of the facts and law in this "
 "matter, we find that the Acquisition is likely to, and indeed already has, substantially lessened competition in "
 "the relevant market for MPKs\u2026 We hold that, to fully restore the competition lost from the Acquisition, [Otto "
 "Bock] must divest Freedom\u2019s entire business with the limited exceptions granted by the [Administrative Law "
 "Judge].\u201d",
 "The Commission\u2019s order represents the first time that the current Commission ordered that a consummated "
 "acquisition be unwound.",
 "\u201cThe Commission is committed to ensuring competitive markets for the benefit of consumers, and there will be "
 "times when it has to act after a merger has been consummated,\u201d said FTC Chairman Joseph J Simons. \u201cThe "
 "goal is always to restore the lost competition.\u201d",
 "MPKs use microprocessors to adjust the stiffness and positioning of the joint in response to variations in walking "
 "rhythm and ground conditions, providing a stable platform for amputees. Prosthetists and doctors typically "
 "prescribe MPKs to patients with above-the-knee amputations who have a relatively high degree of mobility."]
R.append((["ftc-2019-11-otto-bock-freedom-innovations.txt"], None, P3, federal(
 "us-ftc-otto-bock-freedom-innovations-final-order-prosthetic-knees-2019",
 U3, "2019-11-06", None, "\n\n".join(P3),
 "medical devices/competition regulation", "deal,regulatory,merger control,consummated merger,prosthetics",
 "U.S. Federal Trade Commission, press release of November 6, 2019 on its Opinion and Final Order finding that Otto "
 "Bock HealthCare North America, Inc.'s consummated acquisition of Freedom Innovations was anticompetitive (its "
 "headline and date line are not in the stored text), US federal government work (public domain); text from the "
 "search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2019/11/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None (the attribution says so; the address's 'ftc "
 "commissioners unanimously find consummated merger microprocessor prosthetic knee companies was' is not text); "
 "`published` 2019-11-06 -- the address gives November 2019, and Law360's report in the store (rank 2 of query 5, "
 "dated 2019-11-06: 'The Federal Trade Commission on Wednesday ordered leading prosthetic manufacturer Otto Bock to "
 "undo its acquisition') gives the day, with orthostreams' report quoting the release ('The Federal Trade Commission "
 "yesterday upheld', rank 6; third party, used only for the day); ftc.gov's October 2020 release (rank 5) dates the "
 "Final Order itself 'Nov. 1, 2019' (not in the kept text). The kept text holds no time expression with a calendar "
 "value ('the current Commission', 'the first time' have none). Cut inside the fifth paragraph at a sentence end, "
 "after '... a relatively high degree of mobility.', before the sentence the store's excerpt breaks off ('Compared to "
 "other prosthetic products, MPKs reduce the risk of falling, cause less pain, and promote the health') "
 "(`truncated`). Kept as written: 'Joseph J Simons' without a period after the middle initial, the em dashes without "
 "spaces around 'both top sellers ... or MPKs', the ellipsis character after 'market for MPKs', the bracketed '[Otto "
 "Bock]' and '[Administrative Law Judge]' of the quoted opinion, the curly quotation marks and apostrophes. 273 "
 "words (whitespace-split), five paragraphs. Found at rank 1 under 'FTC Otto Bock Freedom Innovations consummated "
 "acquisition microprocessor prosthetic knees order divest' (query 5); ranks 3-5 were the October and December 2020 "
 "releases on the divestiture to Proteor, Inc. (ftc.gov and an stl.news copy; the same matter), rank 7 CPI's copy, "
 "rank 8 a spam page quoting Ottobock's own release (not used). One text per matter: the November 2019 release is "
 "taken, the 2017 complaint and the 2020 divestiture releases are one matter with it. " + CHECK +
 "'Otto Bock', 'Freedom Innovations', 'Proteor', 'FIH Group', 'Joseph J Simons': 0 in the corpus files, the scripts "
 "and the pools ('Ottobock' only in not-used candidate lists of GATHERING.md); 'Joseph J. Simons' (with the period) "
 "in FTC corpus files on other matters (as Director of the Bureau of Competition in 2001-2002).",
 True)))


def verify():
    """Each kept paragraph (and the Graco headline) occurs verbatim (once) in the saved excerpt, runs of white space
    (line breaks) read as one space (the saved file's two header lines, its address and the query that found it, are
    not part of the excerpt)."""
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

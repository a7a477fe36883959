#!/usr/bin/env python3
"""Batch 62g (session 57, gatherer 62g): three FTC merger press releases of 2005, 2006 and 2009 naming an acquirer, its
target or the assets it bought, the divestiture buyer, the acquirer's division or the target's branded product and the
FTC official who spoke, new matters in the federal FTC lane (after 62e, 62b, 61b, 60l, 60e, 60b, 59g, 59b, 58q, 58m,
58b, 57y, 57l, 57d, 56l, 56c and the rounds they name), found by asking the FTC's merger consents by acquirer, target
and 'consent order divest' (62b's and 62e's way; the leads of 62e's and 62b's sections):
  - ftc.gov 'news-events/news/press-releases/2006/10/ftc-challenges-barrs-proposed-acquisition-pliva' (FTC press
    release of October 20, 2006; its headline is not in the stored text) -- the consent order letting Barr
    Pharmaceutical, Inc.'s proposed $2.5 billion acquisition of Pliva d.d go ahead on the sale of generic trazodone,
    triamterene/HCTZ, one firm's nimodipine and 'Pliva's branded organ preservation solution Custodial', with Jeffrey
    Schmidt, Director of the FTC's Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2005/07/protecting-competition-federal-trade-commission-approves-novartis-
    ags-acquisition-eon-labs' (FTC press release of July 19, 2005; its headline is not in the stored text) -- the FTC's
    approval of Novartis AG's $1.72 billion acquisition of Eon Labs, Inc. on the sale of three generic drugs to Amide
    Pharmaceutical, Inc. and a supply of two of them by 'its Sandoz generic pharmaceuticals division', with Susan
    Creighton, Director of the FTC's Bureau of Competition;
  - ftc.gov 'opa/2009/02/lubrizol.shtm' (FTC press release of February 26, 2009; its headline is not in the stored
    text) -- the consent order by which Lubrizol Corporation, after its 2007 purchase of The Lockhart Company's oxidate
    assets, transfers them to Additives International LLC and drops the non-compete provision, with David P. Wales,
    Acting Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). See /work/notes/gather63/62g.md. Queries and ranks in
/tmp/gather63g/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 (CLAIMS.txt) and the
session-57 pools /tmp/gather62*/pool and /tmp/gather63*/pool. The texts are the search tool's page-store excerpts
(corpus `pages`; each 2,000 bytes in UTF-8, the store's cut: 1,974, 1,984 and 1,974 characters with their curly
quotation marks and apostrophes), as saved in /tmp/gather63g/src by /tmp/gather63g/mk_src.py.
Left out: in the Novartis and Lubrizol texts the page line 'Skip to main content' (the Barr excerpt has none); `title`
None in all three (no headline in the stored text). Barr / Pliva -- cut after the third paragraph (Jeffrey Schmidt's
quotation), before the paragraph that opens with the run-in sub-heading 'The Relevant Products and Markets: ' and the
two after it, the last of which the excerpt breaks off ('... Curren') (`truncated`). Novartis / Eon -- cut after the
fourth paragraph (the three drugs' U.S. sales), before the paragraph the excerpt breaks off ('... As a result, the
Com') (`truncated`). Lubrizol / Lockhart -- cut after the third paragraph (the 2007 asset purchase agreement and the
complaint), before the paragraph the excerpt breaks off ('... Previously, consumers ben') (`truncated`). No word added
or changed (the releases' own 'Barr Pharmaceutical, Inc.' without the final s, 'Pliva d.d' without its last point
and 'desipramide' beside 'desipramine' kept as written); the store's paragraphs kept, joined by a blank line (the Barr
excerpt parts its paragraphs with a single line break). Each kept paragraph checked by script to be a verbatim
substring (once) of the saved excerpt. Written before any extractor ran on the texts (newskg was not run on them).
usage: batch62g.py [POOL_DIR] [--dry]   (default /tmp/gather63g/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather61, /work/notes/gather62, /work/notes/gather63 and the session-57 pools "
         "/tmp/gather62*/pool and /tmp/gather63*/pool (none held a file on this matter when checked), and claimed in "
         "/work/notes/gather63/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather63g/pool"
SRC = "/tmp/gather63g/src"
R = []

# ---- Barr Pharmaceutical, Inc. / Pliva d.d, FTC press release, October 20, 2006 ------------------------------------
U1 = "https://ftc.gov/news-events/news/press-releases/2006/10/ftc-challenges-barrs-proposed-acquisition-pliva"
P1 = [
 "The Federal Trade Commission today announced its decision to challenge Barr Pharmaceutical, Inc.\u2019s proposed "
 "acquisition of Pliva d.d for approximately $2.5 billion. The FTC\u2019s complaint alleges that the acquisition as "
 "originally structured would have eliminated current or future competition between Barr and Pliva in certain markets "
 "for generic pharmaceuticals treating depression, high blood pressure and ruptured blood vessels, and in the market "
 "for organ preservation solutions, thereby increasing the likelihood that consumers would pay more for these vital "
 "products.",
 "In settling the Commission\u2019s charges, Barr is required to sell its generic antidepressant trazodone and its "
 "generic blood pressure medication triamterene/HCTZ. Barr also is required to divest either Pliva\u2019s or "
 "Barr\u2019s generic nimodipine for use in treating ruptured blood vessels in the brain. Finally, Barr is required to "
 "divest Pliva\u2019s branded organ preservation solution Custodial.",
 "\u201cPreserving competition in the markets for pharmaceuticals and other health care products to the benefit of "
 "U.S. consumers is core to the FTC\u2019s mission,\u201d said Jeffrey Schmidt, Director of the FTC\u2019s Bureau of "
 "Competition. \u201cThe Commission\u2019s action today furthers that mission by requiring divestitures that will "
 "prevent U.S. consumers from paying higher prices for these life-saving products after the proposed transaction.\u201d"]
R.append((["ftc-2006-10-barr-pliva.txt"], None, P1, federal(
 "us-ftc-barr-pliva-consent-order-generic-drugs-custodial-divestiture-2006",
 U1, "2006-10-20", None, "\n\n".join(P1),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,generic drugs",
 "U.S. Federal Trade Commission, press release of October 20, 2006 on the consent order in Barr Pharmaceuticals, "
 "Inc.'s proposed acquisition of Pliva d.d. (its headline is not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2006/10/...'): first-party text. The stored text holds no headline, no date line and no 'Skip to "
 "main content' line: `title` None (the attribution says so, as 62b's and 62e's FTC texts); `published` 20 October "
 "2006 (a Friday) -- the address gives October 2006, and two other texts of query 1 give the day: Crain's New York "
 "Business, its article dated 20061020 in its address (rank 1: 'The Federal Trade Commission on Friday said Barr "
 "Pharmaceuticals Inc. must sell or divest medications in four product markets'), and a law firm's blog (rank 2, "
 "dbmlawgroup: 'On October 20, the Federal Trade Commission announced its decision to challenge Barr "
 "Pharmaceutical, Inc.'s proposed acquisition of Pliva'), the release saying 'today announced' (**doubtful** all the "
 "same: the day is taken from other texts, not from the page; 62e's notes give the same day). Cut after the third "
 "paragraph (Jeffrey Schmidt's quotation), before the paragraph that opens with the run-in sub-heading 'The Relevant "
 "Products and Markets: ', the paragraph on trazodone's suppliers and the one on triamterene/HCTZ that the store's "
 "excerpt breaks off ('... Curren') (`truncated`). Kept as written: the curly quotation marks and apostrophes, 'Barr "
 "Pharmaceutical, Inc.' (the firm was Barr Pharmaceuticals, Inc.; the release drops the s), 'Pliva d.d' (no final "
 "point), 'triamterene/HCTZ'. 195 words (whitespace-split), three paragraphs. Found at rank 6 under 'FTC Barr Pliva "
 "acquisition consent order divest generic' (62e's query 2 gave the same page at the same rank); ranks 1-5 and 7-8 "
 "were Crain's, a law firm's blog, lexology and news-medical on the 2008 Teva/Barr matter, a paywalled citeline note, "
 "docslib's copy of an FTC overview and an ftc.gov listing page. One text per matter: this release, the complaint, the "
 "consent order and the Federal Register analysis are one matter; Teva/Barr (2008), Teva/IVAX (2006, where Barr is a "
 "buyer of divested drugs) and Watson/Andrx (2006, whose release names this consent order in Schmidt's quotation) are "
 "others. " + CHECK + "'Pliva': only in the Watson / Andrx text of batch 62e (dev, its gold's acquired(Barr "
 "Laboratories, Pliva) from Schmidt's mention of this order: another matter's text) and its scripts; 'Barr "
 "Pharmaceutical' only in batch 62b's Teva / IVAX text (Barr as a buyer of divested drugs: another matter); 'Custodial' "
 "only as the common word in other matters' texts (a Wikipedia biography, an SEC text) and in 62e's notes (its "
 "not-used paragraph on this release); 'trazodone', 'triamterene', 'nimodipine', '061 0217', '0610217': 0 in the "
 "corpus files, the scripts, the pools and GATHERING.md.",
 True)))

# ---- Novartis AG / Eon Labs, Inc., FTC press release, July 19, 2005 -------------------------------------------------
U2 = ("http://www.ftc.gov/news-events/news/press-releases/2005/07/"
      "protecting-competition-federal-trade-commission-approves-novartis-ags-acquisition-eon-labs")
P2 = [
 "Preserving competition in U.S. markets for three generic pharmaceuticals, the Federal Trade Commission today "
 "approved Novartis AG\u2019s (Novartis) $1.72 billion acquisition of Eon Labs, Inc. (Eon), provided Novartis divests "
 "three overlapping drugs to Amide Pharmaceutical, Inc. (Amide).",
 "Under the terms of a proposed consent order with the Commission, Novartis is required to divest all the assets "
 "necessary to manufacture and market generic desipramine hydrochloride tablets, orphenadrine citrate extended release "
 "(ER) tablets, and rifampin oral capsules in the United States to Amide within 10 days of Novartis\u2019s acquisition "
 "of Eon. Further, Novartis, through its Sandoz generic pharmaceuticals division, will supply Amide with orphenadrine "
 "citrate ER and desipramide hydrochloride tablets until Amide obtains Food and Drug Administration (FDA) approval to "
 "manufacture the products itself, and will assist Amide in obtaining all necessary FDA approvals.",
 "\u201cThe proposed acquisition would cause significant anticompetitive harm to U.S. consumers in the markets for "
 "these three generic drugs,\u201d said Susan Creighton, Director of the FTC\u2019s Bureau of Competition. \u201cThe "
 "Commission\u2019s order effectively remedies this problem by requiring divestitures, to a well-established company, "
 "that provide the competition Eon otherwise would have provided.\u201d",
 "Desipramine hydrochloride is a tricyclic antidepressant, with annual U.S. generic sales of approximately $6 million. "
 "Orphenadrine citrate ER, a muscle relaxant, has annual U.S. generic sales of approximately $10 million, while "
 "rifampin, a drug used in the treatment of tuberculosis, has annual U.S. generic sales of approximately $14 million. "
 "The average price of each of these three branded drugs is more than twice the average price of their generic "
 "equivalents."]
R.append((["ftc-2005-07-novartis-eon.txt"], None, P2, federal(
 "us-ftc-novartis-eon-labs-consent-order-amide-sandoz-generic-drugs-2005",
 U2, "2005-07-19", None, "\n\n".join(P2),
 "pharmaceuticals/competition regulation", "deal,regulatory,merger control,divestiture,generic drugs",
 "U.S. Federal Trade Commission, press release of July 19, 2005 on the proposed consent order in Novartis AG's "
 "acquisition of Eon Labs, Inc. (its headline is not in the stored text), US federal government work (public domain); "
 "text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/"
 "press-releases/2005/07/...'): first-party text. Left out: the page line 'Skip to main content'. The stored text "
 "holds no headline and no date line: `title` None (the attribution says so); `published` 19 July 2005 (a Tuesday) -- "
 "the address gives July 2005, and Novartis's own release of that day, filed with the SEC as an exhibit (sec.gov "
 "EDGAR, rank 7 of query 9: 'BASEL, JULY 19, 2005 - Novartis announced today that the U.S. Federal Trade Commission "
 "has accepted a Consent Decree for public comment'; PrimeZone's copy at rank 8 agrees) gives the day, the FTC's "
 "release saying 'today approved' (**doubtful**: the day is the firm's announcement's, taken from another text, not "
 "from the page; the FTC's analysis to aid public comment is in the Federal Register of Monday, July 25, 2005, after "
 "it). Cut after the fourth paragraph (the three drugs' U.S. sales), before the paragraph that the store's excerpt "
 "breaks off ('Thus, it is competition among producers ... As a result, the Com') (`truncated`). Kept as written: the "
 "curly quotation marks and apostrophes, \"Novartis AG\u2019s (Novartis)\", 'desipramide hydrochloride' (so the "
 "release spells it once, beside 'desipramine'), 'Food and Drug Administration (FDA)'. 254 words (whitespace-split), "
 "four paragraphs. Found at rank 5 under 'FTC Novartis Eon Labs acquisition consent order divest generic drugs'; ranks "
 "1-3 were ftc.gov's case pages for File No. 051 0106 (the same matter's case summary, not taken), 4 citeline, 6 "
 "pharmatimes, 7 docslib's copy of the Federal Register analysis, 8 an ftc.gov listing (Novartis/GSK, 2015). One text "
 "per matter: this release, the case summary, the complaint, the consent order and the Federal Register analysis are "
 "one matter; Novartis/Hexal (cleared in Europe) and Novartis/GSK (2015) are others. " + CHECK + "'Eon Labs', "
 "'Amide Pharmaceutical', 'Susan Creighton', 'Creighton', 'orphenadrine', 'rifampin', 'desipramine', '051 0106', "
 "'0510106': 0 in the corpus files, the scripts, the pools and the claims ('Eon Labs' only in 62b's and 62e's leads in "
 "GATHERING.md); 'Novartis' (a Wikipedia text on Syngenta, batch 29d; a DOJ text of batch 53r), 'Sandoz' (the same "
 "DOJ text, batch 53r) and 'Amide' (the Wikipedia text on Bjorgolfur Thor Bjorgolfsson, batch 38g) only in other "
 "matters.",
 True)))

# ---- Lubrizol Corporation / The Lockhart Company, FTC press release, February 26, 2009 -----------------------------
U3 = "http://www.ftc.gov/opa/2009/02/lubrizol.shtm"
P3 = [
 "The Federal Trade Commission has intervened in Lubrizol Corporation\u2019s 2007 acquisition of the oxidate assets of "
 "rival firm The Lockhart Company, which the agency contends violated the antitrust laws and lessened competition in "
 "the U.S. market for these chemical rust inhibitors. Under a consent order settling the FTC\u2019s charges, Lubrizol "
 "has agreed to transfer the oxidate assets it acquired from Lockhart to Additives International LLC (AI) and to "
 "eliminate a non-compete provision put in place with Lockhart as part of the original asset purchase agreement.",
 "\u201cOxidates are used to help prevent rust and corrosion during the manufacture of various metal products in the "
 "U.S., such as automobiles, steel, and heavy equipment,\u201d said David P. Wales, Acting Director of the FTC\u2019s "
 "Bureau of Competition. \u201cThe Commission\u2019s action announced today will restore the competition that was "
 "lost with this transaction and ensure that consumers do not pay higher prices for these products.\u201d",
 "Under an asset purchase agreement dated February 7, 2007, Lubrizol bought Lockhart\u2019s product line of chemical "
 "additives that are used to make rust preventives. The agreement also included a non-competition provision "
 "prohibiting Lockhart from engaging in any business that would compete with the assets it sold to Lubrizol for five "
 "years. According to the Commission\u2019s complaint, Lubrizol\u2019s acquisition of the Lockhart assets violated the "
 "FTC Act and the Clayton Act by lessening competition in the market for rust preventives that contain oxidates."]
R.append((["ftc-2009-02-lubrizol-lockhart.txt"], None, P3, federal(
 "us-ftc-lubrizol-lockhart-oxidate-assets-additives-international-consent-order-2009",
 U3, "2009-02-26", None, "\n\n".join(P3),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,consummated acquisition",
 "U.S. Federal Trade Commission, press release of February 26, 2009 on the consent order in Lubrizol Corporation's "
 "2007 acquisition of The Lockhart Company's oxidate assets (its headline is not in the stored text), US federal "
 "government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it (the older 'opa/2009/02/...' "
 "address): first-party text. Left out: the page line 'Skip to main content'. The stored text holds no headline and "
 "no date line: `title` None (the attribution says so); `published` 26 February 2009 (a Thursday) -- the address "
 "gives February 2009, and two other texts of query 3 give the day: antitrustlawyerblog's post (rank 7: 'On February "
 "26, 2009, the Federal Trade Commission (\"FTC\") intervened in Lubrizol Corporation's (\"Lubrizol\") 2007 "
 "acquisition') and lexology's note (rank 5: 'On Feb. 26, 2009, The Lubrizol Corporation (\"Lubrizol\") agreed to "
 "enter into a consent agreement with the Federal Trade Commission'), the release saying 'announced today' "
 "(**doubtful** all the same: the day is taken from other texts, not from the page; the FTC's analysis to aid public "
 "comment is in the Federal Register of March 3, 2009, after it). Cut after the third paragraph (the asset purchase "
 "agreement of February 7, 2007 and the complaint), before the paragraph on the oxidates market that the store's "
 "excerpt breaks off ('... Previously, consumers ben') (`truncated`). Kept as written: the curly quotation marks and "
 "apostrophes, 'rival firm The Lockhart Company' (the capital 'The'), 'Additives International LLC (AI)', 'FTC Act', "
 "'Clayton Act'. 232 words (whitespace-split), three paragraphs. Found at rank 4 under 'FTC Lubrizol Noveon "
 "acquisition consent order divest' (a query for 62b's and 62e's lead Lubrizol / Noveon of 2004, which gave no ftc.gov "
 "page on that deal); ranks 1-3 and 5-8 were casetext's copy of the Federal Register analysis, ftc.gov listing pages, "
 "lubesngreases, lexology, antitrustlawyerblog and C&EN's 2004 story on Lubrizol / Noveon. One text per matter: this "
 "release, the complaint, the consent order and the Federal Register analysis of March 3, 2009 (File No. 071 0230) "
 "are one matter; Lubrizol / Noveon (2004) and Z Technologies' private suit against Lubrizol are others. " + CHECK +
 "'Lockhart', 'Additives International', 'David P. Wales', 'David Wales', 'oxidate', '071 0230', '0710230': 0 in the "
 "corpus files, the scripts, the pools, the claims and GATHERING.md; 'Lubrizol' only in 62b's and 62e's leads "
 "(Lubrizol / Noveon) in GATHERING.md.",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, line breaks read as spaces (the saved file's
    two header lines, its address and the query that found it, are not part of the excerpt)."""
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

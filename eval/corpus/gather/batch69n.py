#!/usr/bin/env python3
"""Batch 69n (session 63, gatherer lane 69n): three FTC merger texts of 2022 and 2023 naming the acquirers, a
private-equity parent and its portfolio company, the targets and their named businesses, divestiture buyers, the FTC's
Bureau of Competition Directors, and states, regions, towns and countries, new matters in the federal FTC lane (after
67a, 67g, 67l, 67r, 67v, 67ad, 68a, 68g, 68m, 68v, 68y, 69a and 69h and the rounds they name), found by asking the
FTC's merger pages by the leads of 68m's, 69a's and 69h's notes (acquirer + target + product; see the round notes
/tmp/gather69n/NOTES.md):
  - ftc.gov 'news-events/news/press-releases/2022/04/ftc-requires-prince-ferro-sell-three-facilities-amid-concerns-
    deal-would-increase-concentration' (FTC press release of April 21, 2022; its headline and date line are not in the
    stored text) -- the FTC's consent agreement requiring Prince International Corp. and Ferro Corp. to divest three
    facilities (porcelain enamel frit, glass enamel, forehearth colorants) to KPS Capital Partners, LP as a condition
    of Prince's parent American Securities Partners VII, L.P. acquiring Ferro; Holly Vedova, Director of the FTC's
    Bureau of Competition;
  - ftc.gov 'news-events/news/press-releases/2022/10/ftc-approves-consent-order-addressing-concerns-over-tractor-
    supplys-acquisition-orscheln-farm-home' (FTC press release of October 12, 2022; its headline and date line are
    not in the stored text) -- the FTC's consent order on Tractor Supply Company's acquisition of Orscheln Farm and
    Home LLC, with stores, offices and a distribution center divested to Bomgaars and Buchheit (69h's lead);
  - ftc.gov 'news-events/news/press-releases/2023/08/ftc-secures-settlement-ice-black-knight-resolving-antitrust-
    concerns-mortgage-technology-deal' (FTC press release of August 31, 2023; its headline and date line are not in
    the stored text) -- the FTC's proposed consent order on Intercontinental Exchange, Inc.'s (ICE) proposed $13.1
    billion acquisition of Black Knight, Inc., with Black Knight's Optimal Blue and Empower businesses divested to
    Constellation Web Solutions Inc.; Henry Liu, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather69n/NOTES.md. Queries and ranks in
/tmp/gather69n/src/queries.txt; every name, number and address was checked first against the corpus files,
GATHERING.md, the gather scripts, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`; each cut by the store at about 2,000 characters;
curly apostrophes in all three, curly quotation marks in the Prince and ICE texts, spaced en dashes in the Prince
text), as saved in /tmp/gather69n/src (each file's first two lines: the address, the query and rank that gave it).
Left out: the page line 'Skip to main content' and the blank line under it (all three); `title` None for all three
(no headline in the stored texts); `published` 2022-04-21, 2022-10-12 and 2023-08-31 (see each record's notes).
Prince / Ferro -- cut after the fourth paragraph, before the paragraph the excerpt breaks off ('Headquartered in
Houston, Texas, Prince') (`truncated`). Tractor Supply / Orscheln -- cut after the third paragraph, before the one the
excerpt breaks off ('The consent agreement also requires that for a period of three years') (`truncated`). ICE / Black
Knight -- cut after the fourth paragraph, before the one the excerpt breaks off ('... It also requires the companies to
provide prior notic') (`truncated`). No word added or changed; the store's paragraphs kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space
read as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch69n.py [POOL_DIR] [--dry]   (default /tmp/gather69n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather69/CLAIMS.txt and the pools /tmp/gather69*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather69/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69n/pool"
SRC = "/tmp/gather69n/src"
R = []

# ---- Prince International Corp. / Ferro Corp. (American Securities Partners VII, L.P.), FTC press release, April 21, 2022
U1 = ("https://www.ftc.gov/news-events/news/press-releases/2022/04/"
      "ftc-requires-prince-ferro-sell-three-facilities-amid-concerns-deal-would-increase-concentration")
P1 = [
 "The Federal Trade Commission took action today to preserve competition by requiring Prince International Corp. and "
 "Ferro Corp. to divest three facilities used to make porcelain enamel frit, glass enamel, and forehearth colorants, "
 "as a condition of Prince\u2019s parent company \u2013 American Securities Partners VII, L.P. \u2013 acquiring "
 "competitor Ferro Corp. for $2.1 billion. The consent agreement preserves competition in the North American market "
 "for porcelain enamel frit, and in the world markets for forehearth colorants and glass enamel. It also requires "
 "both the newly merged company and the divestiture buyer to obtain FTC approval for 10 years for certain future "
 "transactions involving these product markets.",
 "A glass-based product, porcelain enamel frit is an essential ingredient in heat-, scratch-, and corrosion-resistant "
 "coatings (porcelain enamel) for appliances, water heaters, cookware, and other applications. Glass enamel is a "
 "liquid paste or powder that is added to glass surfaces to provide extra color or decoration. Forehearth colorants "
 "are glass-based powders added to the forehearths of glass furnaces to give glass bottles a specific color while "
 "they are being made.",
 "\u201cAs the two largest producers of porcelain enamel frit in North America, Prince and Ferro would control a "
 "dominant portion of the market absent a remedy,\u201d said Holly Vedova, Director of the FTC\u2019s Bureau of "
 "Competition. \u201cThe acquisition also would have harmed competition in the highly concentrated world-wide markets "
 "for glass enamel and forehearth colorants.\u201d",
 "The consent agreement preserves competition in all three markets by requiring Prince and Ferro to divest to KPS "
 "Capital Partners, LP three Prince facilities: a porcelain enamel frit and forehearth colorants plant in Leesburg, "
 "Alabama; a porcelain enamel frit and forehearth colorants plant and research center in Bruges, Belgium; and a glass "
 "enamel plant in Cambiago, Italy."]
R.append((["ftc-2022-04-prince-ferro.txt"], None, P1, federal(
 "us-ftc-prince-ferro-american-securities-divest-frit-facilities-kps-2022",
 U1, "2022-04-21", None, "\n\n".join(P1),
 "chemicals/competition regulation", "deal,regulatory,merger control,consent order,divestiture,chemicals",
 "U.S. Federal Trade Commission, press release of April 21, 2022 on its consent agreement requiring Prince "
 "International Corp. and Ferro Corp. to divest three facilities as a condition of American Securities Partners VII, "
 "L.P.'s acquisition of Ferro (its headline and date line are not in the stored text), US federal government work "
 "(public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2022/04/...'; the store's address ends '?utm_source=govdelivery', left out of `source`): first-party text. "
 "Left out: the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and "
 "no date line: `title` None (the attribution says so); `published` 2022-04-21 -- the address gives April 2022, and "
 "the store's same-day reports give the day (rank 2 of query 9, Law360 of April 21, 2022: 'The Federal Trade "
 "Commission announced on Thursday that ... Prince International Corp. has agreed to unload a facility in Alabama'; "
 "rank 6, Reuters' 'WASHINGTON, April 21 (Reuters) ... the Federal Trade Commission said on Thursday'; rank 8, "
 "seekingalpha 'Apr. 21, 2022'), so 'today' ('took action today') resolves to 2022-04-21. Cut after the fourth "
 "paragraph, before the paragraph the store's excerpt breaks off ('Headquartered in Houston, Texas, Prince') "
 "(`truncated`). Kept as written: the spaced en dashes around 'American Securities Partners VII, L.P.', the curly "
 "quotation marks and apostrophes, 'heat-, scratch-, and corrosion-resistant', 'world-wide'. 288 words "
 "(whitespace-split), four paragraphs. Found at rank 1 under 'FTC order Prince International Ferro Corporation "
 "divest porcelain enamel frit' (query 9; a new name, 0 in the corpus); rank 3 was ftc.gov's later final-order "
 "release ('node/79328': the same matter, the Fenzi Holdings rival and the 4-0-1 vote; not taken: one text per "
 "matter), rank 4 the FR analysis 2022-09003 (File No. 211 0131, the same matter), rank 5 a mirror of ftc.gov's 1995 "
 "Ferro / Chi-Vit release with mojibake (another matter; not used). " + CHECK + "'Prince International', 'Ferro "
 "Corp', 'Ferro Corporation', 'Chi-Vit', '211 0131', 'Fenzi': 0 in the corpus files, the scripts and the pools "
 "('Ferro' alone only inside other words and names: Ferromex, Ferrofluidics, Ferrone); 'American Securities' in a "
 "train SEC file and 51u's script (another matter: an advisory committee member's firm); 'KPS Capital Partners' in "
 "corpus files on other matters (Waterford Wedgwood, Altice / Booking); 'Holly Vedova' in 69h's JAB / Ethos file "
 "(the same post, another matter).",
 True)))

# ---- Tractor Supply Company / Orscheln Farm and Home LLC, FTC press release, October 12, 2022 --------------------------
U2 = ("https://www.ftc.gov/news-events/news/press-releases/2022/10/"
      "ftc-approves-consent-order-addressing-concerns-over-tractor-supplys-acquisition-orscheln-farm-home")
P2 = [
 "The Federal Trade Commission approved a consent order addressing FTC concerns related to Tractor Supply Company\u2019s "
 "acquisition of the rival chain Orscheln Farm and Home LLC. Tractor Supply, a Tennessee-based chain of stores that "
 "sell products for small farmers, ranchers, and landowners, proposed an acquisition of Missouri-based Orscheln, a "
 "farm store chain with over 150 stores in the Midwest and South. Under the consent order, Tractor Supply is required "
 "to divest some Orscheln stores, as well as Orscheln\u2019s corporate offices and Missouri distribution center, to "
 "Bomgaars, an Iowa-based farm store chain, and other stores to Buchheit, another chain with farm stores in Missouri "
 "and Illinois.",
 "The consent order requires Tractor Supply to provide assistance to Bomgaars and Buchheit as they convert the stores "
 "and transition Orscheln\u2019s Missouri distribution center to Bomgaars. To facilitate the transition of the "
 "distribution center to Bomgaars, Tractor Supply must move the stores it is retaining out of the distribution "
 "center on a specific timeline outlined in the order. In addition to confidentiality provisions typically found in "
 "consent agreements, the order explicitly requires Tractor Supply to ensure physical separation of the teams "
 "supporting Tractor Supply\u2019s stores, the stores being divested to Bomgaars, and the stores being divested to "
 "Buchheit, and technical separation of the data used by each team.",
 "Tractor Supply also must obtain prior approval from the Commission before acquiring any other farm stores or any "
 "property that operated as a farm store within six months prior to the date of the proposed acquisition within 60 "
 "miles around each Orscheln store being divested. Tractor Supply must appoint a compliance officer, provide at least "
 "weekly updates on transition to a monitor appointed by the Commission and provide monthly verified compliance "
 "reports to the Commission."]
R.append((["ftc-2022-10-tractor-supply-orscheln.txt"], None, P2, federal(
 "us-ftc-tractor-supply-orscheln-consent-order-bomgaars-buchheit-2022",
 U2, "2022-10-12", None, "\n\n".join(P2),
 "retail/competition regulation", "deal,regulatory,merger control,consent order,divestiture,farm stores",
 "U.S. Federal Trade Commission, press release of October 12, 2022 on its consent order addressing Tractor Supply "
 "Company's acquisition of Orscheln Farm and Home LLC (its headline and date line are not in the stored text), US "
 "federal government work (public domain); text from the search tool's page store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2022/10/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "2022-10-12 -- the address gives October 2022, and the store's same-day reports give the day (query 1: rank 1 "
 "retailwire, dated 2022-10-12, 'Tractor Supply has received approval from the Federal Trade Commission to acquire "
 "81 of Orscheln Farm & Home's stores'; rank 5 nashvillepost, dated 2022-10-12, 'Tractor Supply executives announced "
 "Wednesday they have received clearance from the Federal Trade Commission'; rank 7 pymnts 'a Wednesday (Oct. 12) "
 "news release'; rank 4 emissourian, dated 2022-10-12, 'according to press releases from the FTC and the companies "
 "involved') -- **doubtful**: the day is the clearance's, taken as the release's, as 68m and 69h took days from "
 "same-day reports. The kept text has no calendar expression ('within six months', '60 miles', 'weekly', 'monthly' "
 "are no dates). Cut after the third paragraph, before the paragraph the store's excerpt breaks off ('The consent "
 "agreement also requires that for a period of three years') (`truncated`). Kept as written: the curly apostrophes "
 "(\"Tractor Supply Company\u2019s\", \"Orscheln\u2019s\"), 'Tennessee-based', 'Missouri-based', 'Iowa-based'. 288 "
 "words (whitespace-split), three paragraphs. Found at rank 2 under 'FTC approves consent order Tractor Supply "
 "acquisition Orscheln Farm and Home divest stores' (query 1; 69h's lead, with its address); rank 6 was the FR "
 "analysis 2022-23245 at justia (File No. 211 0083, the same matter, its excerpt another notice's tail), the others "
 "third-party reports (used only for the day; Hal Lawton, the $320 million price and the store counts are not in the "
 "kept text). One text per matter. " + CHECK + "'Tractor Supply', 'Orscheln', 'Bomgaars', 'Buchheit', '211 0083': "
 "0 in the corpus files, the scripts and the pools (only GATHERING.md's and 69h's lead lines).",
 True)))

# ---- Intercontinental Exchange, Inc. / Black Knight, Inc., FTC press release, August 31, 2023 -------------------------
U3 = ("https://www.ftc.gov/news-events/news/press-releases/2023/08/"
      "ftc-secures-settlement-ice-black-knight-resolving-antitrust-concerns-mortgage-technology-deal")
P3 = [
 "The Federal Trade Commission today approved a proposed consent order to resolve antitrust concerns surrounding "
 "Intercontinental Exchange, Inc.\u2019s (ICE) proposed $13.1 billion acquisition of Black Knight, Inc. The proposed "
 "settlement ensures Black Knight\u2019s divestiture of Empower and Optimal Blue, two businesses that provide critical "
 "services in the mortgage origination process. The FTC also secured other concessions to promote the success of the "
 "divested businesses.",
 "The proposed consent order settles FTC charges that ICE\u2019s deal with Black Knight, which combines the two top "
 "mortgage technology providers, would drive up costs, reduce innovation, and limit lenders\u2019 choices for "
 "mortgage origination tools.",
 "\u201cThis deal as originally structured would have reduced competition in key areas of the mortgage origination "
 "process, raising costs for lenders and homebuyers,\u201d said Henry Liu, Director of the FTC\u2019s Bureau of "
 "Competition. \u201cTo address these concerns, the Commission\u2019s order provides structural relief and a variety "
 "of tools to preserve competition in these critical markets.\u201d",
 "Under the terms of the proposed order, Black Knight\u2019s Optimal Blue business and Empower business, along with "
 "certain related products, will be divested to Constellation Web Solutions Inc. (Constellation), a provider of "
 "mortgage-related tools and software. To ensure the success of these divestitures, ICE and Black Knight are "
 "required to maintain the viability of the businesses until they are successfully divested to Constellation, and "
 "to provide transition assistance to enable Constellation to operate the businesses along the same lines that "
 "Black Knight has operated them."]
R.append((["ftc-2023-08-ice-black-knight.txt"], None, P3, federal(
 "us-ftc-ice-black-knight-proposed-consent-order-constellation-2023",
 U3, "2023-08-31", None, "\n\n".join(P3),
 "financial services/competition regulation", "deal,regulatory,merger control,consent order,divestiture,mortgage technology",
 "U.S. Federal Trade Commission, press release of August 31, 2023 on its proposed consent order over Intercontinental "
 "Exchange, Inc.'s proposed acquisition of Black Knight, Inc. (its headline and date line are not in the stored "
 "text), US federal government work (public domain); text from the search tool's page store at " + U3,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it ('news-events/news/press-"
 "releases/2023/08/...'): first-party text. Left out: the page line 'Skip to main content' and the blank line under "
 "it. The stored text holds no headline and no date line: `title` None (the attribution says so); `published` "
 "2023-08-31 (**doubtful**: no page in the store names the day) -- the address gives August 2023; Bloomberg's report "
 "as squidbusiness.fr carries it (rank 7 of query 11) says 'FTC commissioners voted to accept the settlement "
 "Thursday' and 'The companies said last week that they plan to close the deal by Sept. 5', Reuters' copy (rank 8) "
 "'on Thursday'; RTTNews at nasdaq (rank 7 of query 13, 2023-08-07) gives the parties' deadline for signing the "
 "consent agreement, August 25; the FR analysis 2023-19534 (File No. 221 0142) was filed September 8, 2023 with "
 "comments due October 11, 2023. The one Thursday in August after August 25 is August 31, so 'today' ('The Federal "
 "Trade Commission today approved') resolves to 2023-08-31. Cut after the fourth paragraph, before the paragraph the "
 "store's excerpt breaks off ('The proposed consent order also requires ICE and Black Knight, for the next 10 years, "
 "... It also requires the companies to provide prior notic') (`truncated`). Kept as written: 'Intercontinental "
 "Exchange, Inc.\u2019s (ICE)', the curly quotation marks and apostrophes. 239 words (whitespace-split), four "
 "paragraphs. Found at rank 3 under 'FTC Intercontinental Exchange Black Knight Empower divestiture Constellation "
 "Software consent order' (query 11) and at rank 6 of query 13; rank 1 of query 11 was ftc.gov's November 2023 "
 "final-order release (the same matter, no official named in the excerpt; not taken: one text per matter), ranks "
 "4-5 the FR analysis, rank 2 a copy of ftc.gov's page frame. " + CHECK + "'Black Knight', 'Optimal Blue', "
 "'Constellation Web', 'Constellation Software', 'Henry Liu', '221 0142': 0 in the corpus files, the scripts and the "
 "pools; 'Intercontinental Exchange' in dev files on other matters (the CMA's ICE / Trayport case, a CFTC order) and "
 "their scripts.",
 True)))


def verify():
    """Each kept paragraph occurs verbatim (once) in the saved excerpt, runs of white space read as one space (the
    saved file's two header lines, its address and the query that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        for p in ([title] if title else []) + paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            if flat.count(p) != 1:
                sys.exit("kept paragraph not found once in its excerpt: %s: %s" % (rec["id"], p[:60]))
        assert rec["text"] == "\n\n".join(paras)
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        verify()
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

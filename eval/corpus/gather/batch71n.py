#!/usr/bin/env python3
"""Batch 71n (session 65, gatherer lane 71n): two US FTC merger texts -- a proposed settlement letting a specialty
metals maker buy its only rival in two aerospace alloys with the alloys' assets divested to a French metals group, and a
consent agreement letting a coatings maker buy its leading rival in mirror coatings with its own mirror coatings
business divested -- naming the merging companies, the buyer of each divested business, the FTC's Bureau of
Competition with its Director, new matters in the federal FTC / DOJ lane (after 68a, 68g, 68m, 68v, 68y, 69a, 69h, 69n,
69t, 69z, 69ae, 70a, 70h, 70n, 70t, 70z, 70af, 71a and 71h), turned from the leads of 71h and 71a (71h's lead Insilco /
Helima-Helvetion (1997) answered only as the rbyhdq.net mirror, which replaces the word 'Federal', and as a Federal
Register header: released; its other leads Associated Octel ('Octel' in a train SEC text) and Commonwealth Land Title
('LandAmerica' in a dev FTC text) were passed over; the two matters came from ftc.gov's own case listings (industrial goods),
ranks 6 and 4 of queries 1 and 13, checked against the corpus first, and were asked for by the parties' names, as 71a and 71h advised)
(see the round notes /tmp/gather71n/NOTES.md):
  - ftc.gov 'opa/2012/02/carpenter.shtm' (FTC press release of February 2012, day not in the stored text) -- the FTC's
    proposed settlement requiring Carpenter Technology Corporation, to complete its proposed $410 million acquisition of
    Latrobe Specialty Metals, Inc., to divest the assets for two aerospace alloys (MP159 and Aerospace MP35N) to Eramet
    S.A.;
  - ftc.gov 'news-events/press-releases/2000/12/valspar-corps-acquisition-lilly-industries-approved' (FTC press release
    of December 2000, day not in the stored text) -- the FTC's proposed consent agreement on Valspar Corporation's
    acquisition of Lilly Industries, Inc. (agreed June 23, 2000, about $762 million), Valspar to divest its mirror
    coatings business to Spraylat Corporation; Richard G. Parker, Director of the FTC's Bureau of Competition.
US federal government works (17 U.S.C. 105). Round notes /tmp/gather71n/NOTES.md. Queries and ranks in
/tmp/gather71n/src/queries.txt; every name was checked first against the corpus files, GATHERING.md, the gather
scripts, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool.
The texts are the search tool's page-store excerpts (corpus `pages`), as saved in /tmp/gather71n/src by
/tmp/gather71n/mk_src.py.
Left out: the page lines 'Skip to main content' (both) and 'Tags:' (Carpenter). `title` None for both (no headline in
the stored texts). `published` None for both (the addresses give February 2012 and December 2000; 'today' in the
Valspar text is left unresolved). Carpenter -- the fifth paragraph kept to the close of its second sentence, the excerpt
breaking off the third ('Finally, the FTC has appointed an interim monitor to '; `truncated` True). Valspar -- the
store splits the third paragraph inside the name 'the Federal Trade / Commission Act' (a blank line between 'Trade' and
'Commission'): the two pieces are kept as one paragraph joined by a space, no word added; cut before the next
paragraph, which the excerpt breaks off ('the proposed acquisition would prod'; `truncated` True). No word added or
changed (the en dashes, the straight quotation marks and apostrophes, '--' and 'Spraylat' kept as written); the store's
paragraphs kept, joined by a blank line.
Each kept paragraph checked by script to be a verbatim substring (once) of the saved excerpt, runs of white space read
as one space.
Written before any extractor ran on the texts (newskg was not run on them).
usage: batch71n.py [POOL_DIR] [--dry]   (default /tmp/gather71n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, federal

FTC_ORIGIN = "US FTC press release on ftc.gov (search tool page store)"
CHECK = ("Checked before annotation, by its names, numbers and dates, against the corpus files (grep -rilF over train, "
         "dev and test: names of matching files only; no file on the same matter exists), GATHERING.md, every gather "
         "script, /work/notes/gather71/CLAIMS.txt and the pools /tmp/gather71*/pool (none held a file on this matter "
         "when checked), and claimed in /work/notes/gather71/CLAIMS.txt: ")
POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71n/pool"
SRC = "/tmp/gather71n/src"
R = []

# ---- Carpenter Technology Corporation / Latrobe Specialty Metals, Inc. (aerospace alloys), FTC, February 2012 --------
U1 = "http://www.ftc.gov/opa/2012/02/carpenter.shtm"
P1 = [
 "The Federal Trade Commission will require specialty metals manufacturer Carpenter Technology Corporation to sell "
 "assets involved in producing two metal alloys used in the aerospace industry, under a proposed settlement resolving "
 "charges that Carpenter's proposed $410 million acquisition of Latrobe Specialty Metals, Inc. would harm competition in "
 "the U.S. markets for these alloys.",
 "The proposed settlement is part of the FTC's efforts to preserve competition that benefits consumers by keeping "
 "prices low and quality and service high. It requires that, in order to complete the deal, Carpenter divest assets "
 "necessary for manufacturing the two alloys \u2013 MP159 and Aerospace MP35N \u2013 to another metals manufacturer, "
 "Eramet S.A.",
 "The FTC's complaint alleges that Carpenter and Latrobe are the only companies that make these highly specialized "
 "alloys, and that the combination of the two companies would be anticompetitive in the U.S. markets for both alloys. "
 "The deal \u2013 a merger to monopoly \u2013 likely would lead to higher prices for consumers of the two alloys, in "
 "violation of the FTC Act and Section 7 of the Clayton Act, according to the complaint.",
 "By requiring the two companies to divest assets to Eramet, the FTC's proposed settlement will preserve competition in "
 "the markets for the two alloys, according to the FTC. Eramet is a multi-billion dollar integrated mining and "
 "metallurgy company with extensive experience in manufacturing and selling specialty alloys.",
 "To ensure that the divestiture is a success, Carpenter must provide Eramet with the product licenses and "
 "manufacturing technology needed to produce the alloys, including technical assistance from current Latrobe "
 "employees, as well as certain confidential business information related to manufacturing the alloys. Carpenter is "
 "also required to contract-manufacture both alloys for Eramet until the latter is able to produce them on its own."]
R.append((["ftc-2012-02-carpenter-latrobe.txt"], None, P1, federal(
 "us-ftc-carpenter-technology-latrobe-specialty-metals-proposed-settlement-aerospace-alloys-eramet-2012",
 U1, None, None, "\n\n".join(P1),
 "metals/competition regulation", "deal,regulatory,merger control,divestiture,specialty alloys",
 "U.S. Federal Trade Commission, press release of February 2012 (ftc.gov opa/2012/02/carpenter.shtm; the headline "
 "and day are not in the stored text), on its proposed settlement requiring Carpenter Technology Corporation to divest "
 "the assets for two aerospace alloys to Eramet S.A. to complete its proposed acquisition of Latrobe Specialty Metals, "
 "Inc., US federal government work (public domain); text from the search tool's page store at " + U1,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page lines 'Skip to main content' and 'Tags:' with the blank lines under them. The stored text holds no headline "
 "and no date line: `title` None; `published` None -- the address gives February 2012 (Reuters' story, ranks 3 and 8 "
 "of query 14, news, not used, is dated 29 February 2012; the day is not in the ftc.gov text, so it is left unset); "
 "the kept text has no time expression. The fifth paragraph kept to the close of its second sentence; the store's "
 "excerpt breaks off the third ('Finally, the FTC has appointed an interim monitor to '; `truncated` True). Kept as "
 "written: 'Carpenter Technology Corporation', \"Carpenter's proposed $410 million acquisition of Latrobe Specialty "
 "Metals, Inc.\", 'Eramet S.A.', the en dashes around 'MP159 and Aerospace MP35N' and 'a merger to monopoly', the "
 "straight apostrophes. 291 words (whitespace-split), five paragraphs. Found at rank 1 under 'FTC Carpenter Technology "
 "Latrobe Specialty Metals acquisition consent order' (query 14); the other answers were the matter's decision and "
 "order (two copies, pdfslide.us and 5y1.org: the same matter), its Federal Register analysis (justia; the excerpt "
 "shows another matter's tail), Reuters (twice) and pymnts.com (news), an FTC decisions volume (another matter). The "
 "matter came from ftc.gov's industrial-goods case listing (rank 4 of query 13). One text per matter (File No. 111 "
 "0207, Docket No. C-4349). " + CHECK + "'Carpenter Technology', 'Latrobe Specialty', 'HHEP': 0; 'Eramet' in a dev "
 "FTC text on another matter (Tronox / TiZir 2021; **doubtful**: the buyer of the divested assets).",
 True)))

# ---- Valspar Corporation / Lilly Industries, Inc. (mirror coatings), FTC press release, December 2000 ----------------
U2 = "https://www.ftc.gov/news-events/press-releases/2000/12/valspar-corps-acquisition-lilly-industries-approved"
P2 = [
 "The Federal Trade Commission today accepted a proposed consent agreement designed to remedy the anticompetitive "
 "effects resulting from Valspar Corporation's (\"Valspar\") acquisition of Lilly Industries, Inc. (\"Lilly\"). Valspar "
 "and Lilly are the two leading suppliers of silver, tin and copper solutions (\"mirror solutions\") in the United "
 "States and two of three suppliers of mirror backing paint in the United States. Mirror solutions and mirror backing "
 "paint are the coatings applied to the back of a piece of glass in order to produce a mirror. Under the terms of the "
 "agreement, Valspar would be required to divest its mirror coatings business to Spraylat Corporation within 10 days "
 "of the date the consent agreement is placed on the public record. Should Valspar fail to do so, the Commission may "
 "appoint a trustee to divest the mirror coatings business.",
 "\"This consent agreement will restore competition in markets vital to the mirror manufacturing industry -- the "
 "mirror solutions and mirror backing paint markets,\" said Richard G. Parker, Director of the FTC's Bureau of "
 "Competition. \"In addition, because of this divestiture, competition will continue in the research and development "
 "of new mirror solutions and mirror-backing paints for both building and technical applications.\"",
 "Through an asset purchase agreement dated June 23, 2000, Valspar agreed to acquire Lilly for approximately $762 "
 "million. The FTC's complaint alleges that the acquisition, if consummated, would violate Section 7 of the Clayton Act "
 "and Section 5 of the Federal Trade Commission Act, in the markets for silver solutions, tin solutions, copper "
 "solutions and mirror backing paint. Both Lilly and Valspar produce mirror solutions and mirror backing paint. As a "
 "result, they are frequent competitors to win contracts with mirror manufacturers."]
R.append((["ftc-2000-12-valspar-lilly.txt"], None, P2, federal(
 "us-ftc-valspar-lilly-industries-consent-agreement-mirror-coatings-spraylat-2000",
 U2, None, None, "\n\n".join(P2),
 "chemicals/competition regulation", "deal,regulatory,merger control,divestiture,coatings",
 "U.S. Federal Trade Commission, press release of December 2000, 'Valspar Corp's Acquisition of Lilly Industries "
 "Approved' (the address's words; the headline and day are not in the stored text), on its proposed consent agreement "
 "on Valspar Corporation's acquisition of Lilly Industries, Inc. with the divestiture of Valspar's mirror coatings "
 "business to Spraylat Corporation, US federal government work (public domain); text from the search tool's page "
 "store at " + U2,
 FTC_ORIGIN,
 "An FTC press release (a US federal work, public domain) as ftc.gov itself carries it: first-party text. Left out: "
 "the page line 'Skip to main content' and the blank line under it. The stored text holds no headline and no date "
 "line: `title` None; `published` None -- the address gives December 2000 (the matter's Federal Register analysis, "
 "rank 3 of query 15, is in the issue of December 28, 2000; the release's day is not in the ftc.gov text, so it is left "
 "unset), so 'today' is left unresolved; 'June 23, 2000' is the kept text's one absolute date. The store splits the "
 "third paragraph inside 'the Federal Trade / Commission Act' (a blank line between the two words): kept as one "
 "paragraph, the break read as a space (no word added). Cut before the fourth paragraph, which the store's excerpt "
 "breaks off ('and the proposed acquisition would prod'; `truncated` True). Kept as written: \"Valspar Corporation's "
 "(\\\"Valspar\\\")\", 'Lilly Industries, Inc. (\"Lilly\")', 'Spraylat Corporation' (the FTC's case listing writes "
 "'Spraylet'), '--', the straight quotation marks and apostrophes. 279 words (whitespace-split), three paragraphs. "
 "Found at rank 2 under 'FTC Valspar Lilly Industries acquisition mirror coatings Spraylet consent' (query 15); the "
 "other answers were ftc.gov's case page, the Federal Register analysis and rbyhdq.net's mojibake copy of the "
 "agreement (the same matter), the Sherwin-Williams / Valspar 2017 FR analysis (twice; another matter), pcimag.com "
 "(trade press) and ftc.gov's 1995 release on Valspar's Cargill resin order (another matter, not used). The matter "
 "came from ftc.gov's industrial-goods case listing (rank 6 of query 1). One text per matter (File No. 001-0197, "
 "Docket No. C-3995). " + CHECK + "'Lilly Industries', 'Spraylat', 'Spraylet': 0; 'Valspar' in GATHERING.md only, "
 "in a DOJ lane's list of matters looked at and not used (Sherwin-Williams / Valspar 2017; **doubtful**: a different "
 "matter, no corpus text); 'Richard G. Parker' in corpus files on other matters.",
 True)))


def verify():
    """Each kept paragraph (and the title, where one is kept) occurs verbatim in the saved excerpt (a paragraph once),
    runs of white space (line breaks, blank lines) read as one space (the saved file's two header lines, its address and
    the queries that found it, are not part of the excerpt)."""
    for srcs, title, paras, rec in R:
        raw = "".join(open(os.path.join(SRC, s), encoding="utf-8").read().split("\n", 2)[2] for s in srcs)
        flat = " ".join(raw.replace("\u00a0", " ").split())
        if title:
            assert title == " ".join(title.split()) and title in flat, (rec["id"], title)
        for p in paras:
            assert p == " ".join(p.split()), (rec["id"], p[:60])
            assert flat.count(p) == 1, (rec["id"], p[:60])
        assert rec["text"] == "\n\n".join(paras)
        assert rec["title"] == title
        assert "\u00a0" not in rec["text"] and "\ufffd" not in rec["text"]


if __name__ == "__main__":
    if os.path.isdir(SRC):
        try:
            verify()
        except AssertionError as e:
            sys.exit("verify failed: %s" % (e,))
    write_all([r[3] for r in R], POOL, dry="--dry" in sys.argv)

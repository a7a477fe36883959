#!/usr/bin/env python3
"""Batch 57c (session 55; gatherer 57c): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o, 55t, 55zc, 56a, 56g and 56m (UK public-sector texts under the Open Government Licence v3.0),
asked for UK Competition and Markets Authority merger news stories and case pages (gov.uk, or verbatim copies on
wired-gov.net / miragenews.com) naming an acquirer, a target, their owners and a named CMA official with title; both
texts are CMA phase 1 press releases, the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a,
56g and 56m (no outage is told in either; see GATHERING section 57c):
- the CMA's press release of December 2016 that AMC (UK) Acquisition Ltd's completed purchase (30 November 2016) of
  Odeon and UCI Cinemas Holdings Ltd may give rise to competition concerns in Manchester (the AMC Great Northern and
  the Odeon Printworks), AMC to offer a remedy by 15 December 2016; Sheldon Mills, CMA Senior Director of Mergers and
  decision-maker in the case, quoted (gov.uk);
- the CMA's press release of 18 August 2022 that Culligan's anticipated purchase of Waterlogic (Culligan's Zip brand,
  Waterlogic's Billi brand) could lead to a loss of competition in the supply of multifunctional taps to business
  customers in the UK; Sorcha O'Carroll, CMA Senior Director of Mergers, quoted (wired-gov.net's copy of 19 August
  2022).
The texts are the search tool's page-store excerpts (corpus `pages`) of the pages, embedded here: gov.uk's label
'Press release', heading (kept as title) and image caption left out, its summary line kept as the first paragraph (as
51k, 55g, 55j, 55t, 55zc, 56a, 56g and 56m); wired-gov.net's ' date ...' prefix (the page store's) left out, the
heading (not in the excerpt) taken from the copy's address as 56m did; both cut before the releases' notes to editors;
cuts per item in `notes`; no word added or changed. The excerpts are saved verbatim in /tmp/gather58c/src
(amc-odeon-manchester-phase1-govuk.txt, culligan-waterlogic-phase1-wiredgov.txt; each file's first line is the page
address; written by /tmp/gather58c/mk_src.py) with the queries (queries.txt); `verify()` below checks, before anything
is written, that each record's title and every text paragraph occur in its saved excerpt. newskg (or any extractor)
was not run on the texts.
usage: batch57c.py [POOL_DIR] [--dry]   (default /tmp/gather58c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58c/pool"
SRC = "/tmp/gather58c/src"
WIREDGOV = "UK Competition and Markets Authority press release (gov.uk) as wired-gov.net reproduces it (page store)"
PRESS = "UK Competition and Markets Authority press release (gov.uk) as gov.uk renders it (page store)"
WG_NOTE = ("The CMA's gov.uk press release as wired-gov.net reproduces it (gov.uk content, Crown copyright, Open "
           "Government Licence v3.0, which allows copying and publishing; wired-gov.net copies of CMA releases used "
           "before: batches 10, 18b, 21c, 41a, 55j, 56m): the page store's ' date ...' prefix left out of the text; "
           "the excerpt holds no department line, 'Printable version' or heading, so the title is the release's "
           "heading as the words of wired-gov.net's address give it (as 56m's Topps Tiles copy); paragraph breaks as "
           "the excerpt has them (already double). ")
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t, 55zc, 56a, 56g, 56m): "
            "the label ('Press release') and the heading (kept as title) left out of the text, the summary line kept "
            "as the first paragraph (as 51k, 55g, 55j, 55t, 55zc, 56a, 56g and 56m), the image caption under it left "
            "out (as 40zh, 55zc, 56a, 56g and 56m), paragraph breaks as the excerpt has them (already double). ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather58*/pool as they stood, and /work/notes/gather58/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(kind, title, date, url, copy=False):
    on = f" ({date})" if date else ""
    where = "text as reproduced at" if copy else "text as at"
    return (f"Competition and Markets Authority, {kind}, '{title}'{on}, Crown copyright, contains public sector "
            f"information licensed under the Open Government Licence v3.0; {where} {url}")


R = []
# ---- CMA: AMC / Odeon, Manchester cinemas, phase 1 concerns (gov.uk press release, December 2016) ------------------
u = "https://www.gov.uk/government/news/merger-of-manchester-cinemas-may-give-rise-to-competition-concerns"
t = "Merger of Manchester cinemas may give rise to competition concerns"
R.append(uk_rec("uk-cma-amc-odeon-uci-manchester-cinemas-merger-phase-1-concerns-2016", u, None, t, OGL,
 att("press release", t, None, u),
 "AMC\u2019s acquisition of Odeon and UCI cinemas in Manchester may give rise to competition concerns.\n\n"
 "The Competition and Markets Authority (CMA) has found that the merger may lead to the loss of choice for cinemagoers in Manchester. In particular, it has found that the AMC Great Northern and Odeon Printworks cinemas were close competitors and the merger risked leading to higher ticket prices or reduced quality or service for cinemagoers in Manchester.\n\n"
 "AMC (UK) Acquisition Ltd (AMC) acquired Odeon and UCI Cinemas Holdings Ltd (Odeon) on 30 November 2016.\n\n"
 "Prior to the merger AMC operated only one cinema in the UK, a 16-screen multiplex in Manchester (the AMC Great Northern). The CMA therefore only examined the impact of the merger on the supply of cinema exhibition services in Manchester. In this area, Odeon operated several cinemas, including the Odeon Printworks, a 20-screen multiplex.\n\n"
 "AMC can avoid the merger being referred for an in-depth investigation if it can offer a remedy to address the competition concerns identified. The company has until 15 December 2016 to do so.\n\n"
 "Sheldon Mills, CMA Senior Director of Mergers and decision-maker in this case, said:\n\n"
 "It is important that we ensure that cinemagoers in Manchester are protected against increased ticket prices or reduced quality or service as a result of this merger. Only effective competition between cinema operators can provide that assurance. So we hope that AMC will address our competition concerns.\n\n"
 "All information relating to this investigation can be found on the case page.",
 "cinemas/cinema exhibition; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'Popcorn and film reel.'. Cut at the end after 'All information "
 "relating to this investigation can be found on the case page.': the 'Notes for editors' heading and the first note "
 "('The CMA is the UK\u2019s primary competition and consumer authority ...'), which the excerpt breaks off inside "
 "('For more information on the CMA s'), left out (`truncated`). Kept: 'Sheldon Mills, CMA Senior Director of "
 "Mergers and decision-maker in this case, said:' as its own paragraph and the quotation without quotation marks, as "
 "the page has them (gov.uk sets quotations as block quotes); the link line 'All information relating to this "
 "investigation can be found on the case page.' (a sentence of the release, not a contact line); '16-screen', "
 "'20-screen', the curly apostrophe of 'AMC\u2019s'. `published` null: the excerpt has no date line and no page in "
 "the store gives the release's day; it is of early December 2016 (after the completion of 30 November 2016 it "
 "tells, and before the remedy deadline of 15 December 2016, five working days after 8 December), so only the "
 "text's absolute dates are listed. Facts checked against other pages in the page store: theshillito.blogspot.com "
 "(2017: the AMC cinema on Deansgate, Manchester, rebranded Odeon Great Northern, Odeon gone from the Printworks); "
 "docslib's copy of the OFT's 2008 decision on Odeon Cinemas Limited (then owned through Corleone Capital by Terra "
 "Firma; another matter). Found with 'CMA Cineworld Empire Cinemas acquisition merger inquiry' (rank 6) and 'AMC "
 "Odeon UCI Manchester cinemas CMA competition concerns Great Northern Printworks' (rank 1). Same matter, left out "
 "(one text per matter): nothing else came back. " + CHECKED + "'AMC (UK)', 'Odeon and UCI', 'UCI Cinemas', "
 "'Printworks', 'Manchester cinemas' - no file; 'Odeon' - the Loews Cineplex Odeon and Regal / Consolidated "
 "Federal Register texts (test, train; US matters), 47b's and 32j's scripts, a YouTube Wikinews text (test) and "
 "wp-viacom18 (dev) (other subjects); 'AMC Entertainment' - the DOJ AMC / Carmike (train) and AMC / Kerasotes (test) "
 "Federal Register texts and 21c's scripts (US matters); 'Great Northern' - a Hansard answer on the Thameslink, "
 "Southern and Great Northern rail franchise (train; another subject); 'Sheldon Mills' - 55zc's Celesio / "
 "Sainsbury's pharmacy and 56a's Greene King / Spirit files (test) and their scripts (other matters). The matter is "
 "new to the corpus.",
 PRESS))
# ---- CMA: Culligan / Waterlogic, phase 1 concerns (wired-gov.net copy of 19 August 2022) ---------------------------
u = ("https://www.wired-gov.net/wg/news.nsf/articles/cma+finds+concerns+in+drinking+water+solutions+merger"
     "+19082022122000?open")
t = "CMA finds concerns in drinking water solutions merger"
R.append(uk_rec("uk-cma-culligan-waterlogic-multifunctional-taps-merger-phase-1-concerns-2022", u, "2022-08-19", t,
 OGL, att("press release", t, "18 August 2022", u, copy=True),
 "The CMA has found that the anticipated purchase of Waterlogic by Culligan could lead to a loss of competition in the supply of multifunctional taps to business customers in the UK.\n\n"
 "Culligan (mainly through its Zip brand) is the leading supplier of multifunctional taps to business customers \u2013 such as offices \u2013 in the UK. Waterlogic (through its Billi brand) is one of Culligan\u2019s main competitors.\n\n"
 "Unlike traditional taps, multifunctional taps can provide chilled, hot or boiling and, depending on the model, sparkling water. They offer an easy-to-use solution for businesses, that want to provide drinking water solutions in the workplace that are better for the environment than disposable bottles.\n\n"
 "The Competition and Markets Authority (CMA) is concerned that this merger would leave just three large suppliers of multifunctional taps to business customers in the UK, which could lead to higher prices or lower quality of service.\n\n"
 "Sorcha O\u2019Carroll, CMA Senior Director of Mergers, yesterday said:\n\n"
 "Multifunctional taps are an increasingly popular option for employers who need to make drinking water readily available to employees and want to reduce waste. By removing a key player that offers this product, this deal could lead to higher costs to businesses and lower quality service. If the merging businesses can offer a suitable way to address this issue, then we won\u2019t need to move to a more in-depth investigation.\n\n"
 "Culligan and Waterlogic have now 5 working days to submit proposals to address the CMA\u2019s competition concerns. If suitable proposals are not submitted, the deal will be referred for an in-depth Phase 2 investigation.\n\n"
 "For more information, visit the Culligan and Waterlogic merger inquiry page.",
 "drinking water dispensers/multifunctional taps; merger control", "UK", "deal,regulatory",
 WG_NOTE + "The page's summary line kept as the first paragraph ('The CMA has found that the anticipated purchase "
 "...'). Cut at the end after 'For more information, visit the Culligan and Waterlogic merger inquiry page.': the "
 "'Notes to Editors' heading, where the excerpt stops, and the notes under it (the press office line and the notes on "
 "the two routes by which the CMA reviews mergers, seen in government-world.com's copy) left out (`truncated`). "
 "Kept as the copy has them: the en dashes ('\u2013 such as offices \u2013'), the curly apostrophes ('Culligan\u2019s', "
 "'O\u2019Carroll', 'won\u2019t'), '5 working days' in figures, 'Phase 2' with its capital, 'businesses, that want' "
 "with its comma, 'Sorcha O\u2019Carroll, CMA Senior Director of Mergers, yesterday said:' as its own paragraph and "
 "the quotation as one paragraph without quotation marks. wired-gov.net's copy differs from the gov.uk release (as "
 "government-world.com's copy shows it) in two places only: 'yesterday said:' for 'said:' and the quotation's two "
 "paragraphs run into one (its last sentence 'If the merging businesses ...' a paragraph of its own on gov.uk); "
 "every other word is the same. `published` 2022-08-19: the store's date for the copy and the stamp in its address "
 "(19082022122000, 12:20 on 19 August 2022); the CMA's own release is of 18 August 2022 (law360's report dated 18 "
 "August 2022, 'said Thursday'), and the copy's 'yesterday said' resolves against 19 August to that day (as 56m's "
 "Topps Tiles copy; **doubtful** in the same way: 'yesterday' is wired-gov.net's word). The attribution dates the "
 "release 18 August 2022. Facts checked against other pages in the page store: government-world.com's copy "
 "(heading 'CMA finds concerns in drinking water solutions merger', label 'Press release', image caption 'Woman "
 "drinking glass of water', 'Image credit: CMA'), law360 (18 August 2022: Culligan International, an Illinois water "
 "treatment company; Waterlogic Group Holdings Ltd.; the Zip brand), the New Zealand Commerce Commission's releases "
 "of March and May 2022 as scoop.co.nz and waterproof-coating.com reproduce them (the global deal: Osmosis Buyer "
 "Limited, a BDT Capital Partners portfolio company that controls the Culligan group, to acquire Firewall Holdings "
 "S.\u00c0 R.L, Castik Capital's majority holder of Waterlogic Group Holdings Limited, owner of Billi Australia; "
 "Culligan bought Zip Industries in 2017; another jurisdiction, not this text). Found with 'CMA Culligan Waterlogic "
 "water coolers merger competition concerns' (rank 2; government-world.com's copy rank 1). Same matter, left out "
 "(one text per matter): government-world.com's copy (a listing site, not a listed mirror), news (law360), the New "
 "Zealand Commerce Commission items (another authority's review). " + CHECKED + "'Culligan', 'Waterlogic', 'Zip "
 "brand', 'Billi brand', 'multifunctional taps' - no file; 'Sorcha' - the Vandemoortele / D\u00e9lifrance (dev) and "
 "Copart / Hills Motors (test) files and 41a's, 55j's and 55zc's scripts (other matters). The matter is new to the "
 "corpus.",
 WIREDGOV))

SRCS = {"uk-cma-amc-odeon-uci-manchester-cinemas-merger-phase-1-concerns-2016": "amc-odeon-manchester-phase1-govuk",
        "uk-cma-culligan-waterlogic-multifunctional-taps-merger-phase-1-concerns-2022":
            "culligan-waterlogic-phase1-wiredgov"}


def verify():
    """Each record's title and every text paragraph occur in its saved excerpt (the file's first line its address);
    without the saved excerpts (another machine) the check is skipped with a note."""
    bad = []
    for r in R:
        p = os.path.join(SRC, SRCS[r["id"]] + ".txt")
        if not os.path.exists(p):
            print(f"note: {p} not found, excerpt check skipped", file=sys.stderr)
            continue
        url, ex = open(p, encoding="utf-8").read().split("\n", 1)
        if url != r["source"]: bad.append((r["id"], "address"))
        if r["title"] not in ex and r["title"].lower() not in url.replace("+", " ").lower(): bad.append((r["id"], "title"))
        bad += [(r["id"], q[:60]) for q in r["text"].split("\n\n") if q not in ex]
    if bad:
        sys.exit(f"not in the saved excerpts: {bad}")


if __name__ == "__main__":
    verify()
    write_all(R, POOL, dry="--dry" in sys.argv)

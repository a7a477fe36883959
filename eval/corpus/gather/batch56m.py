#!/usr/bin/env python3
"""Batch 56m (session 54; gatherer 56m): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o, 55t, 55zc, 56a and 56g (UK public-sector texts under the Open Government Licence v3.0), asked for
UK Competition and Markets Authority merger news stories (gov.uk, or verbatim copies on miragenews.com / wired-gov.net)
naming an acquirer, a target, their owners and named officials with titles, with 56g's lead Electro Rent / Microlease;
all three texts are CMA news stories, the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o, 55t, 55zc, 56a
and 56g (no outage is told in any; see GATHERING section 56m):
- the CMA's phase 1 story of June 2017 that Electro Rent's acquisition of Microlease (rental of test and measurement
  equipment) faces an in-depth investigation unless Electro Rent offers undertakings by 21 June 2017 (wired-gov.net's
  copy; the text names no person, as 56g's leads foresaw);
- the CMA's phase 1 story of July 2019 that Bauer Media's completed takeover of radio businesses bought from Celador
  Entertainment Limited, Lincs FM Group Limited, UKRD Group Limited and The Wireless Group Limited raises concerns over
  First Radio Sales Limited (FRS); Colin Raftery, Senior Director of Mergers (gov.uk);
- the CMA's phase 1 story of 17 February 2025 that Topps Tiles' £9 million purchase of 30 CTD Tiles stores raises
  concerns in Dorking, Edinburgh, Inverness and Aberdeen; Joel Bamford, Executive Director for Mergers (wired-gov.net's
  copy of 18 February 2025).
The texts are the search tool's page-store excerpts (corpus `pages`) of the pages, embedded here: wired-gov.net's
department line, 'Printable version', the headings (kept as title), the page store's ' date ...' prefix and
wired-gov.net's closing chrome ('Channel website:', 'Share this article', 'Latest News from ...') left out; gov.uk's
label 'News story' and heading (kept as title) and its image caption left out, its summary line kept as the first
paragraph (as 51k, 55g, 55j, 55t, 55zc, 56a and 56g); cuts per item in `notes`; no word added or changed. The excerpts
are saved verbatim in /tmp/gather57m/src (electro-rent-microlease-phase1-wiredgov.txt, bauer-radio-phase1-govuk.txt,
topps-tiles-ctd-phase1-wiredgov.txt; each file's first line is the page address; written by /tmp/gather57m/mk_src.py)
with the queries (queries.txt); `verify()` below checks, before anything is written, that each record's title and
every text paragraph occur in its saved excerpt. newskg (or any extractor) was not run on the texts.
usage: batch56m.py [POOL_DIR] [--dry]   (default /tmp/gather57m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57m/pool"
SRC = "/tmp/gather57m/src"
WIREDGOV = "UK Competition and Markets Authority press release (gov.uk) as wired-gov.net reproduces it (page store)"
STORY = "UK Competition and Markets Authority news story (gov.uk) as gov.uk renders it (page store)"
WG_NOTE = ("The CMA's gov.uk press release as wired-gov.net reproduces it (gov.uk content, Crown copyright, Open "
           "Government Licence v3.0, which allows copying and publishing; wired-gov.net copies of CMA releases used "
           "before: batches 10, 18b, 21c, 41a, 55j): wired-gov.net's department line 'Competition & Markets "
           "Authority', 'Printable version', the heading (kept as title) and the page store's ' date ...' prefix, "
           "where there is one, left out of the text; paragraph breaks as the excerpt has them (already double). ")
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t, 55zc, 56a, 56g): the "
            "label ('News story') and the heading (kept as title) left out of the text, the summary line kept as the "
            "first paragraph (as 51k, 55g, 55j, 55t, 55zc, 56a and 56g), the image caption under it left out (as "
            "40zh, 55zc, 56a and 56g), paragraph breaks as the excerpt has them (already double). ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather57*/pool as they stood, and /work/notes/gather57/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(kind, title, date, url, copy=False):
    on = f" ({date})" if date else ""
    where = "text as reproduced at" if copy else "text as at"
    return (f"Competition and Markets Authority, {kind}, '{title}'{on}, Crown copyright, contains public sector "
            f"information licensed under the Open Government Licence v3.0; {where} {url}")


R = []
# ---- CMA: Electro Rent / Microlease, phase 1 concerns (wired-gov.net copy, posted 15 June 2017) --------------------
u = ("https://www.wired-gov.net/wg/news.nsf/articles/Electro+Rent+Microlease+merger+inquiry+finds+competition+concerns"
     "+15062017121000?open")
t = "Electro Rent / Microlease merger inquiry finds competition concerns"
R.append(uk_rec("uk-cma-electro-rent-microlease-merger-phase-1-concerns-2017", u, "2017-06-15", t, OGL,
 att("press release", t, "15 June 2017", u, copy=True),
 "Electro Rent\u2019s acquisition of Microlease faces an in-depth merger investigation \u2013 unless the company can address competition concerns.\n\n"
 "Electro Rent and Microlease rent, lease and sell equipment used to test and measure the performance of a wide range of electronic devices, used in industries such as telecommunications, aerospace and defence, utilities and information technology.\n\n"
 "The Competition and Markets Authority\u2019s (CMA) initial investigation has found that the companies are each other\u2019s closest competitor in the rental of such equipment, in particular because of the value, scope and depth of their rental stock.\n\n"
 "The CMA found that, while the combined entity may still face some constraint from the sale of testing and measurement equipment, customers are concerned about the merger and are generally unable to identify credible rental alternatives. The CMA is therefore concerned the merger could substantially lessen competition in respect of rental options for customers.\n\n"
 "The merger will now be referred for an in-depth phase 2 investigation by an independent group of CMA panel members \u2013 unless Electro Rent is able to offer undertakings which sufficiently address the CMA\u2019s competition concerns.\n\n"
 "Electro Rent has until 21 June 2017 to offer proposals to resolve the competition concerns. If it does not offer undertakings, or if the CMA is unable to accept the undertakings offered, the merger will be referred for an in-depth phase 2 investigation.",
 "test and measurement equipment rental; merger control", "UK", "deal,regulatory",
 WG_NOTE + "Left out besides: wired-gov.net's closing chrome after the last paragraph ('Channel website:', 'Share "
 "this article', 'Latest News from / Competition & Markets Authority'). The page's summary line kept as the first "
 "paragraph ('Electro Rent\u2019s acquisition of Microlease faces ...'). Kept: the en dashes and curly apostrophes "
 "as the page has them ('\u2013 unless', 'each other\u2019s'), 'phase 2' in figures. Not cut: the body runs whole "
 "to the page's closing chrome (`truncated` false; whether the gov.uk original carried notes to editors that "
 "wired-gov.net left off is not known). `published` 15 June 2017: the posting stamp in wired-gov.net's address "
 "(15062017121000, 12:10 on 15 June 2017), the date 56g's notes gave the story; the excerpt has no date line, and "
 "the CMA's own release may be of the day before (the deadline of 21 June 2017 is five working days after 14 June); "
 "the text holds no relative date, so nothing turns on it. The text names no person (the CMA's phase 1 stories of "
 "2017 often quote no one): taken as 56g's leads allowed ('usable if a round accepts a text with no person'), for "
 "its acquirer, target, regulator and deadline. Facts checked against other pages in the page store: "
 "newelectronics.co.uk and businessleader.co.uk (the final decision of May 2018: Electro Rent, 'a global business "
 "with its headquarters in the US', acquired Microlease in February 2017 and must sell Electro Rent UK; Simon "
 "Polito, Inquiry Chair), fdocuments.net's copy of the final report ('Completed acquisition by Electro Rent "
 "Corporation of Microlease, Inc. and Test Equipment Asset Management Limited', notified 17 May 2018; Simon Polito "
 "(Chair of the Group), Jeremy Newman, Jayne Scott, David Thomas), vdocuments.site's copy of the final undertakings "
 "(Test Equipment Asset Management Limited 'known as Microlease'; Electro Rent Europe NV; the reference of 19 "
 "October 2017), pdfslide.net's copy of the merger notice (ME/6676/17, 13 April 2017), govwire.co.uk's copies of "
 "the referral story (19 October 2017) and the provisional findings story (5 February 2018), eu-competitionlaw.com "
 "(the CMA's \u00a3100,000 penalty on Electro Rent for breaching the interim order, appealed in July 2018). Found "
 "with 'CMA Electro Rent Microlease merger final report Simon Polito' (rank 5) and later queries. Same matter, left "
 "out (one text per matter): gov.uk's provisional findings story of 5 February 2018 (its excerpt starts in the "
 "middle: 'Both companies rent, lease ...', with no lead naming the parties), govwire.co.uk's copies (not a listed "
 "mirror), the report and undertakings copies (document hosts, not news), news (newelectronics, businessleader, "
 "eu-competitionlaw). " + CHECKED + "'Electro Rent', 'Microlease' - GATHERING.md lines only (56g's 'not taken' and "
 "lead lines); 'Test Equipment Asset Management' - no file. The matter is new to the corpus.",
 WIREDGOV, truncated=False))
# ---- CMA: Bauer Media radio takeovers, phase 1 concerns (gov.uk news story, July 2019) ------------------------------
u = "https://www.gov.uk/government/news/bauer-s-takeover-of-radio-businesses-raises-competition-concerns"
t = "Bauer\u2019s takeover of radio businesses raises competition concerns"
R.append(uk_rec("uk-cma-bauer-media-radio-takeovers-first-radio-sales-phase-1-concerns-2019", u, None, t, OGL,
 att("news story", t, None, u),
 "The CMA is concerned that a series of radio takeovers by Bauer Media raises competition concerns.\n\n"
 "The Competition and Markets Authority (CMA) has been investigating Bauer Media\u2019s completed takeover of radio businesses it bought from Celador Entertainment Limited (Celador), Lincs FM Group Limited (Lincs), UKRD Group Limited (UKRD) and The Wireless Group Limited (Wireless).\n\n"
 "The CMA\u2019s primary concern is how these transactions could affect the future viability of First Radio Sales Limited (FRS). FRS currently sells radio advertising on behalf of over 100 independent local radio stations across the UK, and is the only firm providing these stations with access to national advertisers.\n\n"
 "Following its initial, Phase 1, investigation, the CMA has found that FRS may not be able to continue to stay in business after Bauer Media buys up a large number of the stations that currently make up its customer base. Without FRS, independent local radio stations could lose access to revenues from national radio advertising sales, which could, in turn, make it more difficult for them to compete at the local level. As a result, customers for radio advertising could face higher prices and a lower quality service.\n\n"
 "The CMA also found competition concerns as a result of Bauer acquiring some of the key rivals to their existing local radio stations in the West of England, West Midlands and Yorkshire regions.\n\n"
 "Colin Raftery, Senior Director of Mergers, said:\n\n"
 "About 90% of adults listen to the radio every week, and local radio remains an important way for advertisers to reach potential customers.",
 "commercial radio/radio advertising; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'microphone in a radio station'. Cut at the end after the first "
 "paragraph of Colin Raftery's quotation ('... to reach potential customers.'): the next paragraph, which the "
 "excerpt breaks off inside ('... and local stations losing access to'), and the rest of the page left out "
 "(`truncated`). Kept: 'Colin Raftery, Senior Director of Mergers, said:' as its own paragraph and the quotation's "
 "first paragraph without quotation marks, as the page has them (gov.uk sets quotations as block quotes); 'Phase "
 "1' with its capital, '90%', the curly apostrophes. `published` null: the excerpt has no date line and no page in "
 "the store gives the story's day; it is of late July 2019 (the CMA's phase 1 decision was given on 24 July 2019, "
 "docslib.org's copy of the decision; campaignlive.co.uk on 7 August 2019: 'Last month the watchdog warned ...'), "
 "and the text holds no date expression of its own. Facts checked against other pages in the page store: "
 "malltomall.com's copies of Campaign's stories (the whole Raftery quotation; Dee Ford, group managing director at "
 "Bauer Radio), docslib.org's copies of the phase 1 decision (Heinrich Bauer Verlag KG trading as Bauer Media "
 "Group bought, between 31 January and 31 March 2019, 16 stations from Celador, nine from Lincs, 12 from Wireless "
 "and the entire issued share capital of UKRD, with UKRD's 50% interest in FRS), the provisional findings report "
 "(5 December 2019) and the final report (12 March 2020; Stuart McIntosh, Chair of the Group), government-world.com's "
 "copy of the provisional findings story (Global, Signal 107, Wolverhampton), radiotoday.co.uk and thedrum.com "
 "(the purchases of February-March 2019; Paul Keenan, William Rogers, Scott Taunton), campaignlive.co.uk (the "
 "final clearance with a remedy, March 2020). Found with 'gov.uk CMA news Bauer radio deals First Radio Sales "
 "independent stations inquiry chair provisional findings' (rank 8) and its exact heading (rank 3). Same matter, "
 "left out (one text per matter): government-world.com's copy of the provisional findings story (a listing page, "
 "not a listed mirror), the decision and report copies (docslib), news (campaignlive, malltomall, timesandstar, "
 "radiotoday, thedrum, thelincolnite, radioworks). " + CHECKED + "'Celador', 'Lincs FM', 'UKRD' - one GATHERING.md "
 "line each (55zc's 'looked at and not used': news only then); 'Bauer Media' - batch 32e's Wikinews text on "
 "Bauer Media's Australian magazines (train, another matter) and GATHERING.md lines; 'First Radio Sales', "
 "'Wireless Group' - no file; 'Colin Raftery' - 55g's VetPartners / Goddard (train) and CVS / The Vet (test) files "
 "and 56g's Hunter Douglas / 247 file (other matters). The matter is new to the corpus.",
 STORY))
# ---- CMA: Topps Tiles / CTD Tiles, phase 1 concerns (wired-gov.net copy of 18 February 2025) -----------------------
u = ("https://www.wired-gov.net/wg/news.nsf/articles/tile+deal+could+lead+to+worse+deals+and+service+for+home+"
     "renovators+and+tradespeople+in+4+local+areas+18022025122000?open")
t = "Tile deal could lead to worse deals and service for home renovators and tradespeople in 4 local areas"
R.append(uk_rec("uk-cma-topps-tiles-ctd-tiles-merger-phase-1-concerns-2025", u, "2025-02-18", t, OGL,
 att("press release", t, "17 February 2025", u, copy=True),
 "The CMA has found that Topps Tiles\u2019 acquisition of CTD Tiles could reduce competitive deals and product choice for customers and businesses in parts of England and Scotland.\n\n"
 "The Competition and Markets Authority (CMA) has found that Topps Tiles\u2019 \u00a39 million purchase of 30 CTD Tiles stores raises competition concerns in 4 areas of the United Kingdom.\n\n"
 "Topps Tiles is the biggest specialist tile retailer in the UK. Before entering administration in August 2024, CTD was the second largest specialist tile retailer in the UK. As part of the deal Topps Tiles acquired 30 stores, as well as supporting infrastructure such as stock and all related intellectual property for CTD Tiles, CTD Architectural, and CTD Housebuilders .\n\n"
 "Following completion of the deal the CMA received several complaints, which included concerns relating to how the deal impacted businesses and retail customers in specific areas of the country. Following a Phase 1 investigation, the CMA found that a small number of sites in Dorking, Edinburgh, Inverness and Aberdeen created competition concerns in the supply of tiles to retail customers and business customers.\n\n"
 "The investigation found both companies compete closely for retail and business customers. After reviewing the deal, including internal documents and evidence from customers and competitors, the CMA concluded that in most areas there are sufficient remaining competitors but that in a small number of areas, the deal could lead to worse deals and service for customers.\n\n"
 "Joel Bamford, Executive Director for Mergers at the CMA, yesterday said:\n\n"
 "Having looked at the evidence, we\u2019re concerned Topps Tiles\u2019 purchase of CTD Tiles may >reduce competition in Dorking, Edinburgh, Inverness and Aberdeen. This loss of competition could lead to worse deals and service in those areas.",
 "tile retail; merger control", "UK", "deal,regulatory",
 WG_NOTE + "The summary line (the excerpt's first, after the store's prefix ' date 2025-02-18') kept as the first "
 "paragraph. The excerpt holds no heading: the title is the release's heading as the CMA case page's link label "
 "gives it ('Press release: Tile deal could lead to worse deals and service for home renovators and tradespeople "
 "in 4 local areas (17.2.25)'), the words of wired-gov.net's address. Cut inside the last paragraph at a "
 "sentence end (after '... worse deals and service in those areas.'), before the sentence the excerpt breaks off inside ('Whether you\u2019re retiling your own home or a "
 "business that provides ren'): `truncated` true. Kept as the page has them: 'may >reduce' with its stray '>' (a "
 "block-quote marker wired-gov.net's copy carries inside the quotation; not removed, as no character of a text is "
 "changed), 'CTD Housebuilders .' with its space before the full stop, '\u00a39 million', '4 areas' in figures, "
 "'Phase 1', the curly apostrophes ('Topps Tiles\u2019'), 'Joel Bamford, Executive Director for Mergers at the "
 "CMA, yesterday said:' as its own paragraph and the quotation without quotation marks. `published` 18 February "
 "2025: the date the page store gives the copy (' date 2025-02-18') and the posting stamp in wired-gov.net's "
 "address (18022025122000); the CMA's own release is of 17 February 2025 (the CMA case page lists 'Press release: "
 "Tile deal could lead ... (17.2.25)', the phase 1 decision announced 17 February 2025; mestios.com dates its report "
 "17 February 2025), and the copy's 'yesterday said' (for the release's own day) resolves against 18 February to 17 "
 "February 2025, so the copy's date is kept (the wording 'yesterday' is wired-gov.net's own, the one sign that its "
 "copy is not word for word the gov.uk page; **doubtful**). Facts checked against other pages in the page store: "
 "the CMA case page 'Topps Tiles / CTD Tiles (certain assets) merger inquiry' on gov.uk (the completed acquisition "
 "by Topps Tiles Plc of certain assets of Tildist Realisations Limited (formerly CTD Tiles Limited); the initial "
 "enforcement order of 3 October 2024 on Topps Tiles Plc and Tiles4Less Limited), kbbreview.com (the \u00a39 "
 "million purchase of the CTD Tiles brands and certain assets out of administration in August 2024), "
 "retail-insight-network.com, scottishbusinessnews.net and sakana.shoplus.net (the quotation's rest; the deadline "
 "of 24 February 2025). Found with 'CMA Topps Tiles CTD Tiles merger phase 2 final decision inquiry chair' (rank "
 "5). Same matter, left out (one text per matter): the gov.uk case page (three renderings, ranks 1-3: timetable "
 "entries, no person), news (kbbreview, retail-insight-network, scottishbusinessnews, mestios, sakana.shoplus). "
 + CHECKED + "'Topps', 'Tildist', 'Tiles4Less' - no file; 'CTD' - one GATHERING.md line, inside another word "
 "('actdailynews'); 'Joel Bamford' - 41a's Greencore / Bakkavor (train) and 40zo's Pennon / SES (train) files, 55o's "
 "and 55t's case-page files (test) and their scripts (other matters); 'Dorking' - a Hansard text of 1947 on power "
 "cuts (train, 29c; another subject). The matter is new to the corpus.",
 WIREDGOV))

SRCS = {"uk-cma-electro-rent-microlease-merger-phase-1-concerns-2017": "electro-rent-microlease-phase1-wiredgov",
        "uk-cma-bauer-media-radio-takeovers-first-radio-sales-phase-1-concerns-2019": "bauer-radio-phase1-govuk",
        "uk-cma-topps-tiles-ctd-tiles-merger-phase-1-concerns-2025": "topps-tiles-ctd-phase1-wiredgov"}


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

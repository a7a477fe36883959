#!/usr/bin/env python3
"""Batch 55zc (session 54; gatherer 55zc): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi,
51zm, 55g, 55j, 55o and 55t (UK public-sector texts under the Open Government Licence v3.0), asked for UK Competition
and Markets Authority merger news stories (gov.uk, or verbatim copies on miragenews.com / wired-gov.net /
parliamenttoday.com) naming an acquirer, a target, their owners and named officials with titles; all three texts are
CMA merger press releases on gov.uk, the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g, 55j, 55o and 55t (no
outage is told in any; see GATHERING section 55zc):
- the CMA's press release of 15 December 2016 on its phase 1 finding that the agreed purchase by Menzies Aviation plc
  and Menzies Aviation Inc. of ASIG Holdings Limited and ASIG Holdings Corp. from BBA Holdings Limited and BBA
  Aviation USA Inc. may lessen competition in ground handling at Aberdeen Airport, with Swissport the one other
  credible bidder and Kate Collyer, the CMA decision-maker, quoted;
- the CMA's press release of 31 October 2017 on its phase 2 final report that Euro Car Parts, which bought most of
  the Andrew Page business in October 2016, must sell a depot in each of 9 local areas, with Professor Alasdair
  Smith, Inquiry Chair, quoted;
- the CMA's press release of 11 December 2015 on its phase 1 decision that Celesio AG's anticipated acquisition of
  Sainsbury's pharmacy business (Celesio trading through its subsidiary Lloyds Pharmacy Limited) faces an in-depth
  investigation, with Sheldon Mills, CMA Senior Director of Mergers, quoted.
The texts are the search tool's page-store excerpts (corpus `pages`) of the gov.uk pages, embedded here: the label
'Press release' and the heading (kept as title) left out, the summary line kept as the first paragraph (as 51k, 55g,
55j and 55t), the image caption under it left out (as 40zh's 'A pile of pound coins.'), the quotations kept as their
own paragraphs without quotation marks (as gov.uk sets them), cut before the heading 'Notes for editors', whose first
note each excerpt breaks off inside (`truncated`); cuts per item in `notes`; no word added or changed. The excerpts
are saved verbatim in /tmp/gather56zc/src (menzies-asig.txt, ecp-andrew-page.txt, celesio-sainsburys-pharmacy.txt;
each file's first line is the page address) with the queries (queries.txt). newskg (or any extractor) was not run on
the texts.
usage: batch55zc.py [POOL_DIR] [--dry]   (default /tmp/gather56zc/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56zc/pool"
GOV = "UK Competition and Markets Authority press release (gov.uk) as gov.uk renders it (page store)"
GOV_NOTE = ("The press release as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
            "Government Licence v3.0; gov.uk CMA pages used before: batches 17d, 21c, 40zh, 51k, 55g, 55j, 55t): the "
            "label 'Press release' and the heading (kept as title) left out of the text, the summary line kept as "
            "the first paragraph (as 51k, 55g, 55j and 55t), the image caption under it left out (as 40zh's 'A pile "
            "of pound coins.'), the quotation kept as its own paragraphs after 'said:' without quotation marks (as "
            "the page sets it), paragraph breaks as the excerpt has them (already double). Cut at the end before the "
            "heading 'Notes for editors': the excerpt breaks off inside the first note ('1. The CMA is the UK\u2019s "
            "primary competition and consumer authority. ...', the CMA's stock note), so `truncated` true. ")
CHECKED = ("Checked before annotation (grep -rilF on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather56*/pool as they stood, and /work/notes/gather56/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(title, date, url):
    return (f"Competition and Markets Authority, press release, '{title}' ({date}), Crown copyright, contains public "
            f"sector information licensed under the Open Government Licence v3.0; text as at {url}")


R = []
# ---- CMA: Menzies / ASIG, phase 1 competition concerns at Aberdeen Airport (15 December 2016) ----------------------
u = "https://www.gov.uk/government/news/airport-ground-handling-merger-may-give-rise-to-competition-concerns"
t = "Airport ground handling merger may give rise to competition concerns"
R.append(uk_rec("uk-cma-menzies-asig-ground-handling-aberdeen-airport-phase-1-concerns-2016", u, "2016-12-15", t, OGL,
 att(t, "15 December 2016", u),
 "Menzies\u2019 acquisition of ASIG may give rise to competition concerns over ground handling services at Aberdeen Airport.\n\n"
 "The Competition and Markets Authority (CMA) has found that the merger may lead to a substantial lessening of competition (SLC) in the supply of ground handling services at Aberdeen Airport (including baggage, ramp, passenger, airside cargo handling and de-icing).\n\n"
 "Menzies and ASIG are close competitors at Aberdeen Airport and, following the merger, only Swissport will remain as a credible bidder for airlines located there.\n\n"
 "In contrast, at the other airports where both Menzies and ASIG are active (Manchester and London Heathrow), the CMA found that there would be a number of credible competitors that could bid for future contracts.\n\n"
 "Menzies Aviation plc and Menzies Aviation Inc. (Menzies) agreed to acquire ASIG Holdings Limited and ASIG Holdings Corp. (ASIG) from BBA Holdings Limited and BBA Aviation USA Inc. Both Menzies and ASIG provide a range of services to airlines at UK and international airports.\n\n"
 "Menzies can avoid the merger being referred for an in-depth investigation if it can offer a remedy to address the CMA\u2019s competition concerns at Aberdeen Airport. Menzies has until 22 December 2016 to do so.\n\n"
 "Kate Collyer, the CMA decision-maker in this case, said:\n\n"
 "It is important that we ensure that airlines transporting passengers to and from Aberdeen Airport are protected against any reduced service quality or increased costs as a result of this merger. We hope that Menzies will respond to our competition concerns and ensure that effective competition between ground handling service providers at Aberdeen Airport is restored.\n\n"
 "All other information relating to this investigation can be found on the case page.",
 "airport ground handling/aviation services; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'Aircraft landing on the runway'. Kept: the closing line 'All other "
 "information relating to this investigation can be found on the case page.' (a paragraph of the release, not a "
 "contact block); the curly apostrophes ('Menzies\u2019', 'CMA\u2019s'), '(SLC)', 'Menzies Aviation Inc.' and 'ASIG "
 "Holdings Corp.' with their full stops, the short names '(Menzies)' and '(ASIG)' as the page defines them for each "
 "pair of companies together. `published` 2016-12-15: the excerpt has no date line; reuters.com's report (in.reuters."
 "com, dated 2016-12-15: 'UK's CMA said on Thursday') and scotsman.com's (dated 2016-12-15, 'today'), both quoting "
 "Collyer's words as here, and scottishfinancialreview.com's address /2016/12/15/ ('said on Thursday'; 15 December "
 "2016 was a Thursday). Facts checked against other pages in the page store: pressandjournal.co.uk (Kate Collyer as "
 "'CMA economics, markets and mergers director'; Forsyth Black, managing director of Menzies Aviation; 'BBA Aviation "
 "plc (Asig\u2019s current owner)'), topix.com's copy of a February 2017 report (Menzies completed its $202 million "
 "acquisition of ASIG from BBA Aviation after agreeing to hold the ASIG operations at Aberdeen Airport separately). "
 "Found with 'CMA Menzies ASIG airport ground handling merger' (rank 2) and again, the same excerpt, with the "
 "heading (rank 5). Same matter, left out (one text per matter): news of the decision and of the undertakings "
 "(pressandjournal, scotsman, reuters, scottishfinancialreview, topix). Another matter, not taken: the CMA's 2018 "
 "Menzies / Airline Services story ('Airport services merger raises competition concerns', gov.uk; its excerpt "
 "starts mid-page). " + CHECKED + "'Menzies', 'ASIG Holdings', 'Swissport', 'Kate Collyer', 'Aberdeen Airport', "
 "'BBA Holdings' - no file; 'ASIG' alone - one GATHERING.md line (Ranger Aerospace / ASIG 2001, another matter); "
 "'BBA Aviation' - two GATHERING.md lines (the US DOJ's BBA Aviation / Landmark case of 2016, another matter). The "
 "matter is new to the corpus.",
 GOV))
# ---- CMA: Euro Car Parts / Andrew Page, phase 2 final report, must sell 9 depots (31 October 2017) ----------------
u = "https://www.gov.uk/government/news/car-parts-supplier-must-sell-local-depots-to-maintain-competition"
t = "Car parts supplier must sell local depots to maintain competition"
R.append(uk_rec("uk-cma-euro-car-parts-andrew-page-merger-must-sell-depots-2017", u, "2017-10-31", t, OGL,
 att(t, "31 October 2017", u),
 "The CMA has found that the purchase of Andrew Page by Euro Car Parts could lead to higher prices or a lower quality of service in 9 areas.\n\n"
 "Euro Car Parts must now sell a depot in each of these areas to a purchaser approved by the Competition and Markets Authority (CMA), so that customers don\u2019t lose out.\n\n"
 "Euro Car Parts bought most of the Andrew Page business in October 2016, after the company went into administration. Both companies own a network of depots across the UK from which they sell car parts to independent garages and workshops and to larger national or multi-regional customers, including repair centre chains, vehicle fleets and roadside assistance companies.\n\n"
 "A group of independent CMA panel members identified 9 areas in England where the 2 companies were close competitors and where the merger could significantly reduce competition for local customers.\n\n"
 "The group did not consider that larger national or multi-regional customers would be adversely affected by the merger.\n\n"
 "Professor Alasdair Smith, Inquiry Chair, said:\n\n"
 "Following an in-depth investigation, we have found that this merger has the potential to drive up prices or reduce levels of service for customers in 9 local areas. That\u2019s why we are requiring a depot in each area to be sold to a buyer approved by the CMA.\n\n"
 "Outside of these areas, we did not find that the merger will further reduce competition compared to what would have happened if Euro Car Parts had not purchased Andrew Page.\n\n"
 "The 9 local areas are: Blackpool, Brighton, Gloucester, Liphook, Scunthorpe, Sunderland, Wakefield, Worthing and York. Swindon had also been identified during the provisional findings stage, but new evidence came to light which resulted in the group deciding that competition would not be affected in this area.",
 "motor parts distribution/car parts; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'Mechanic'. Kept: 'the 2 companies' and '9 areas' in figures, "
 "'Professor' before the chair's name, 'Inquiry Chair' with capitals, the curly apostrophes ('don\u2019t', "
 "'That\u2019s'), the list of the 9 areas as one paragraph. `published` 2017-10-31: the excerpt has no date line; "
 "aftermarketonline.net's report of the decision carries 'Published: 31 October, 2017' and quotes Smith's words as "
 "here; the case page (gov.uk /cma-cases/euro-car-parts-andrew-page-merger-inquiry, in the page store) gives the "
 "phase 2 statutory deadline as 5.11.17 and docslib's copy of the final report is dated October 2017; "
 "tyretradenews.co.uk's item dated 2017-11-01 speaks of 'today's decision' (doubtful: a posting a day late; the "
 "text's only date, 'October 2016', does not depend on `published`). Facts checked against other pages in the page "
 "store: the case page ('the completed acquisition by Euro Car Parts Limited of assets of the Andrew Page business'; "
 "the nine depots sold to Hilco Capital, 4 September 2018; the remedy group Lesley Ainsworth (Chair), Susan "
 "Hankey, Ulrike Hotopp, Keith Richards), the final report's cover (Alasdair Smith, Chair of the Group; Lesley "
 "Ainsworth; Rosalind Hedley-Miller), thebusinessdesk.com (LKQ Corporation, owner of Euro Car Parts; PwC's pre-pack "
 "sale of 102 of 109 branches), catmag.co.uk. Found with 'CMA Euro Car Parts Andrew Page merger motor parts' (rank "
 "6) and again, the same excerpt, with the heading (rank 1). Same matter, left out (one text per matter): the case "
 "page, government-world.com's copy of the provisional findings release of 14 September 2017 (a host GATHERING.md "
 "counts as of doubtful provenance), the final report's copies (pdfslide, vdocuments, docslib), news (tyretradenews, "
 "aftermarketonline, catmag, thebusinessdesk, carparteu). " + CHECKED + "'Euro Car Parts', 'Andrew Page', 'Alasdair "
 "Smith', 'LKQ', 'Liphook' - no file; 'Hilco' - only FCC texts and rounds on Hilco Communications (another "
 "company). The matter is new to the corpus.",
 GOV))
# ---- CMA: Celesio / Sainsbury's pharmacy business, phase 1 decision, faces referral (11 December 2015) -------------
u = "https://www.gov.uk/government/news/pharmacy-merger-faces-in-depth-investigation"
t = "Pharmacy merger faces in-depth investigation"
R.append(uk_rec("uk-cma-celesio-lloyds-pharmacy-sainsburys-pharmacy-merger-phase-1-concerns-2015", u, "2015-12-11", t,
 OGL, att(t, "11 December 2015", u),
 "Celesio\u2019s anticipated acquisition of Sainsbury\u2019s pharmacy business faces being referred for an in-depth investigation by the CMA.\n\n"
 "Celesio AG (Celesio), through its subsidiary Lloyds Pharmacy Limited (Lloyds), operates 1,542 pharmacies across the UK, whilst Sainsbury\u2019s owns 277 pharmacy stores, generally within or next to existing Sainsbury\u2019s supermarkets.\n\n"
 "Although the price of prescription medicines is regulated, pharmacies largely compete on a range of quality and service factors - such as opening and waiting times, quality of advice, availability of medicines and additional services.\n\n"
 "The Competition and Markets Authority\u2019s (CMA) initial investigation has identified 78 local areas where customers may be affected by a loss of competition between Lloyds and Sainsbury\u2019s pharmacies. It has also indicated that in other local areas it has been unable to reach a positive conclusion on whether the merger gives rise to a realistic prospect of a substantial lessening of competition.\n\n"
 "The merger will therefore be referred for an in-depth phase 2 investigation by an independent group of CMA panel members.\n\n"
 "Sheldon Mills, CMA Senior Director of Mergers and decision-maker in this case, said:\n\n"
 "The majority of consumers in the UK need to use pharmacies at one time or another and they evidently provide an important service. At a local level, pharmacies compete on a range of factors that are important to customers such as availability of medicines, waiting and opening times and the quality of advice.\n\n"
 "After the merger, Lloyds will no longer face competition in certain local areas from one of its rivals and following our initial investigation we are concerned that this might affect choice, quality and service for customers.\n\n"
 "We think a detailed investigation is needed to look at these concerns.",
 "pharmacies/retail pharmacy; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "Left out besides: the image caption 'Pharmacist and customer'. Kept: the spaced hyphen in 'service "
 "factors - such as', the curly apostrophes ('Celesio\u2019s', 'Sainsbury\u2019s', 'Authority\u2019s'), "
 "'1,542' and '277' in figures, 'whilst', the quotation's three paragraphs. `published` 2015-12-11: the excerpt "
 "has no date line; shareprices.com's copy of an Alliance News report dated '11th Dec 2015 15:15' ('said Friday'; "
 "11 December 2015 was a Friday) quotes Mills's words as here, and bitterwallet.com quotes a Celesio UK spokesperson "
 "on 'the first announcement from the CMA on 11 December'. Facts checked against other pages in the page store: "
 "govwire.co.uk's copy of the CMA's later story that it refers the merger (Celesio offered no undertakings; final "
 "report deadline 13 June 2016), belfasttelegraph.co.uk and yahoo (the provisional findings: 13 areas, Simon Polito "
 "chairing the inquiry), retail-week.com (the conditional clearance: 12 areas). Found with 'CMA Celesio Sainsbury's "
 "pharmacies Lloydspharmacy merger concerns' (rank 3). Same matter, left out (one text per matter): govwire.co.uk's "
 "copy of the referral story (rank 1), news of the provisional findings and the clearance (belfasttelegraph, yahoo, "
 "retail-week), bitterwallet, shareprices. " + CHECKED + "'Celesio', 'Lloyds Pharmacy', 'LloydsPharmacy', 'Sheldon "
 "Mills' - no file; 'Sainsbury' - six corpus files on other subjects (by file name; none on this deal). The matter "
 "is new to the corpus.",
 GOV))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

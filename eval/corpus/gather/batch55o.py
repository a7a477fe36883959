#!/usr/bin/env python3
"""Batch 55o (session 54; gatherer 55o): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi, 51zm,
55g and 55j (UK public-sector texts under the Open Government Licence v3.0), asked for UK Competition and Markets
Authority merger texts (gov.uk news stories and case pages, or verbatim copies on miragenews.com / wired-gov.net) naming
an acquirer, a target, their owners and named CMA officials with titles; all three texts are CMA merger texts, the CMA
lane of batches 17d, 21c, 40zh, 40zo, 41a, 55g and 55j (no outage is told in any; see GATHERING section 55o):
- the CMA's press release of 19 September 2025 on its remittal finding that Spreadex's purchase of Sporting Index
  created a monopoly in UK licensed online sports spread betting and that the only effective remedy is the sale of
  Sporting Index, with Richard Feasey, chair of the independent panel, quoted (as miragenews.com reproduces it in the
  page store; checked against parliamenttoday.com's copy);
- the CMA's merger case page 'FNZ / GBST merger inquiry' (gov.uk /cma-cases/), whose dated entries run from the
  Competition Appeal Tribunal's remittal (21 January 2021) to the case closure summary of 18 January 2022: the
  completed acquisition of GBST Holdings Limited by FNZ (Australia) Bidco Pty Ltd, the remittal report, the final
  undertakings, the remedy group (Martin Coleman, chair) and the approved divestiture of GBST (as gov.uk renders it);
- the CMA's merger case page 'Bottomline Technologies (de), Inc / Experian Limited merger inquiry' (gov.uk
  /cma-cases/), entries of 2019-2020: the completed acquisition by Bottomline Technologies (de), Inc of Experian
  Limited's Experian Payments Gateway business, the phase 1 timetable, the reference, the inquiry group (Kirstin
  Baker, group chair) and the provisional finding of no competition concerns (as gov.uk renders it).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title,
the press release's summary line kept as its first paragraph (as 51k, 55g and 55j), the case pages' sub-headings and
timetable lines kept as paragraphs (as 17d and 55j; a timetable table's rows on single lines, as 17d), other single
line breaks doubled and runs of blank lines made one (whitespace only), the case pages cut at the last full sentence before their excerpts break off; cuts per item in
`notes`; no word added or changed. The excerpts are saved verbatim in /tmp/gather56o/src (spreadex-sporting-index.txt,
fnz-gbst-case-page.txt, bottomline-experian-case-page.txt) with the queries (queries.txt). newskg (or any extractor)
was not run on the texts.
usage: batch55o.py [POOL_DIR] [--dry]   (default /tmp/gather56o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56o/pool"
CASE = "UK Competition and Markets Authority merger case page (gov.uk /cma-cases/) as gov.uk renders it (page store)"
MIRAGE = "UK Competition and Markets Authority press release (gov.uk) via miragenews.com (search tool page store)"
CASE_NOTE = ("A CMA merger case page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
             "Government Licence v3.0; CMA case pages used before: batch 17d's four pages and 55j's Ecolab / Holchem "
             "page): the heading (kept as title) left out of the text; the page's own sub-headings and timetable lines "
             "kept as paragraphs (as 17d and 55j), single line breaks between paragraphs doubled and runs of blank "
             "lines made one (whitespace only; a timetable table's rows kept on single lines, as 17d). ")
MIRAGE_NOTE = ("A CMA press release as miragenews.com reproduces it (gov.uk content, Crown copyright, Open Government "
               "Licence v3.0; miragenews.com copies of gov.uk releases used before: batch 40zl's check, 51zi, 55g): the "
               "copy's heading (kept as title) and the site's source line 'UK Gov' under it left out of the text, the "
               "summary line kept as the first paragraph (as 55g's and 55j's gov.uk pages), paragraph breaks as the "
               "copy has them (already double). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather56*/pool as they stood, and /work/notes/gather56/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(who, kind, title, date, url, copy=False):
    how = "text as reproduced at" if copy else "text as at"
    on = f" ({date})" if date else ""
    return (f"{who}, {kind}, '{title}'{on}, Crown copyright, contains public sector information licensed under the "
            f"Open Government Licence v3.0; {how} {url}")


R = []
# ---- CMA: Spreadex / Sporting Index, remittal final report (19 September 2025) --------------------------------------
u = "https://www.miragenews.com/cma-releases-report-on-spreadex-sporting-index-1537061"
t = "CMA Releases Report on Spreadex-Sporting Index Merger"
R.append(uk_rec("uk-cma-spreadex-sporting-index-merger-remittal-monopoly-must-sell-2025", u, "2025-09-19", t, OGL,
 att("Competition and Markets Authority", "press release", t, "19 September 2025", u, copy=True),
 "Independent CMA panel found Spreadex's purchase of Sporting Index would reduce specialist betting providers from 2 to 1.\n\n"
 "The Competition and Markets Authority (CMA) has concluded the deal created a monopoly in the UK licensed online sports spread betting market, effectively eliminating competition in that sector.\n\n"
 "The CMA published its original Phase 2 decision on this case in November 2024, finding the deal would substantially lessen competition in the UK's licensed online sports spread betting market. Whilst it offered undertakings to sell Sporting Index as part of this investigation, Spreadex subsequently appealed to the Competition Appeal Tribunal (CAT) and in March 2025 the CAT referred the Phase 2 decision back to the CMA for reconsideration.\n\n"
 "Having obtained further evidence and considered all the evidence in the round, the independent panel leading the investigation has concluded the deal created a monopoly in the UK licensed online sports spread betting market, eliminating competition in that market. The panel concluded that the merger could lead to a worse user experience, a more limited range of products and/or higher prices for consumers in the UK.\n\n"
 "Richard Feasey, the chair of the independent panel reviewing the merger, said:\n\n"
 "\"We found that the merger substantially lessens competition by removing Spreadex's only competitor in the sports spread betting market in the UK. We also found that the only effective remedy would be for Spreadex to sell Sporting Index to restore competition in the supply of licensed online sports spread betting in the UK. Doing so would mean customers in the UK have greater choice between two independent businesses, rather than one.\"\n\n"
 "The CMA will now proceed with one of two next steps: either to accept undertakings that may be offered by Spreadex to sell Sporting Index; or to impose an order requiring the sale of the business to a suitable CMA-approved buyer.",
 "online sports spread betting/gambling; merger control", "UK", "deal,regulatory",
 MIRAGE_NOTE + "Left out at the end: '/P', the site's end-of-article mark; the copy's article ends there, within the "
 "excerpt, so the text is the whole release as the copy prints it (`truncated` false; any notes to editors on gov.uk "
 "are not in the copy). A trailing space after '... for consumers in the UK.' dropped (whitespace only). Kept as "
 "written: the straight apostrophes ('Spreadex's', 'UK's') and straight double quotation marks around Feasey's words "
 "(parliamenttoday.com's copy has curly ones), 'from 2 to 1', 'Phase 2' with a capital, 'and/or', 'Whilst', "
 "'CMA-approved'. `published` 2025-09-19: antitrust-intelligence.com's note on the proposed undertakings has 'On 19 "
 "September 2025, the CMA issued its Remittal Final Report', financialdigest.top has the decision 'announced on "
 "Friday' (19 September 2025 was a Friday), and wikifx.com's report is dated 2025-09-25. The words checked against "
 "another copy in the page store: parliamenttoday.com's copy has the summary line and the next four paragraphs, the "
 "quotation and the start of the last paragraph word for word (its excerpt breaks off inside 'CMA-ap'), with curly "
 "quotation marks; gamingintelligence.com quotes Feasey's two paragraphs word for word (curly apostrophes). Found with "
 "'Spreadex Sporting Index merger inquiry CMA case' (rank 7) and again, the same excerpt, with the heading (rank 1) "
 "and with 'Spreadex must sell Sporting Index CMA remittal final decision September 2025 Feasey' (rank 3). Same "
 "matter, left out (one text per matter): the news of the phase 1 referral (egr.global, mygamingsafe: Naomi "
 "Burgoyne), the Tribunal's remittal (gamblershive, gamingintelligence, mundovideo), this decision (wikifx and its "
 "mirrors, financialdigest, gamingintelligence) and the proposed final undertakings (antitrust-intelligence), and "
 "racingpost's report of January 2024. " + CHECKED + "'Spreadex', 'Sporting Index', 'Sporting Group', 'spread "
 "betting' - no text file ('Spreadex' and 'Sporting Index' only in GATHERING.md's 55j section, news copies only and a "
 "lead); 'Richard Feasey' - other CMA matters (55j's Dye & Durham / TM Group, a test file on Aramark / Entier, batch "
 "41a's notes). The matter is new to the corpus.",
 MIRAGE, truncated=False))
# ---- CMA: FNZ / GBST merger case page (entries to 18 January 2022) --------------------------------------------------
u = "https://gov.uk/cma-cases/fnz-gbst-merger-inquiry"
t = "FNZ / GBST merger inquiry"
R.append(uk_rec("uk-cma-fnz-gbst-merger-case-page-remittal-divestiture-2022", u, None, t, OGL,
 att("Competition and Markets Authority", "merger case page", t, None, u),
 "The CMA investigated the completed acquisition of GBST Holdings Limited by FNZ (Australia) Bidco Pty Ltd.\n\n"
 "Administrative timetable\n\n"
 "Date of remittal: 21 January 2021\n\n"
 "Case closure summary\n\n"
 "18 January 2022: The divestiture of GBST was approved by the CMA and completed on 22 December 2021. This brings the merger investigation to a close.\n\n"
 "Remedy group appointed\n\n"
 "21 September 2021: The CMA appointed the following panel group members to the FNZ/GBST remedy group.\n\n"
 "Martin Coleman (Chair), Colleen Keck, John Thanassoulis, and Jeremy Newman\n\n"
 "Final undertakings\n\n"
 "25 August 2021: The CMA has accepted final undertakings and the reference has now been fully determined.\n\n"
 "Notice of proposal to accept final undertakings\n\n"
 "2 August 2021: The CMA gives notice of the proposal to accept final undertakings and is inviting comments on the proposed draft undertakings by 5pm on 17 August 2021.\n\n"
 "Final report on the remittal\n\n"
 "4 June 2021: After its Remittal Inquiry, the CMA has found that the completed acquisition by FNZ of GBST has resulted or may be expected to result, in creating a substantial lessening of competition, as a result of horizontal unilateral effects, in the supply of Retail Platform Solutions in the UK.\n\n"
 "Responses to provisional report and remedies paper\n\n"
 "Provisional Report on the remittal\n\n"
 "15 April 2021: The CMA has provisionally found that the completed acquisition by FNZ of GBST gives rise to competition concerns.\n\n"
 "Conduct of the remittal\n\n"
 "29 January 2021: The CMA has published its conduct of the remittal document in which it sets out the way in which it intends to conduct the remittal process, particularly with regard to scope of the remittal, information-gathering and consultation.\n\n"
 "If you wish to provide written comments on the matters set out in this document please send these to the CMA by 12 February 2021.",
 "investment platform software/financial technology; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Left out: the line 'Email: FNZ.GBST@cma.gov.uk' (the case's contact address, after the timetable line; "
 "as 17d and 55j left out their pages' contact blocks). Cut at the end after the entry of 29 January 2021 ('... by 12 "
 "February 2021.'): the heading 'Remittal group appointed' and its entry, which the excerpt breaks off inside "
 "('Following the remittal by the Competition Appeal Tribunal on 21 January 2021'), left out (`truncated`); the "
 "page's earlier entries (the Tribunal's judgment, the final report of 5 November 2020, the provisional findings, "
 "phase 1) are past the excerpt. Kept as written: the comma before 'in creating a substantial lessening', 'Retail "
 "Platform Solutions' and 'Remittal Inquiry' with capitals, 'FNZ/GBST' without spaces, the list of members without a "
 "full stop, 'Provisional Report'. `published` null, as 17d's and 55j's case pages: the entries span 21 January 2021 "
 "to 18 January 2022 and the excerpt shows no 'Published / Last updated' line. The facts checked against other pages "
 "in the page store: govwire.co.uk's copy of the page as at 18 November 2019 (the initial enforcement order of 14 "
 "November 2019 'in relation to the completed acquisition of GBST Holdings Limited by FNZ (Australia) Bidco Pty Ltd'), "
 "the scotsman.com report of 4 June 2021 and fstech.co.uk (Martin Coleman, chair of the CMA inquiry group; FNZ "
 "ordered to sell GBST), financialplanningtoday.co.uk (the appeal and the remittal). Found with 'CMA orders FNZ to "
 "sell GBST' (rank 3). Same matter, left out (one text per matter): no gov.uk press release on the deal is in the "
 "page store (totalwrapture.com's garbled mirror of 'Competition concerns remain about FNZ's purchase of GBST' only); "
 "news (scotsman, financialstandard, ftadviser, fstech, finextra, businessleader, financialplanningtoday, "
 "investmentnews.co.nz, goodreturns, comparemela, globalcompetitionreview) and monckton.com's note. " + CHECKED +
 "'FNZ', 'GBST', 'GBST Holdings', 'Bidco Pty', 'Colleen Keck', 'Thanassoulis', 'Jeremy Newman' - no file; 'Martin "
 "Coleman' - only GATHERING.md (his speeches, among pages not used). The matter is new to the corpus.",
 CASE))
# ---- CMA: Bottomline / Experian Payments Gateway merger case page (entries 2019 - 18 February 2020) ------------------
u = "https://gov.uk/cma-cases/bottomline-technologies-de-inc-experian-limited-merger-inquiry"
t = "Bottomline Technologies (de), Inc / Experian Limited merger inquiry"
R.append(uk_rec("uk-cma-bottomline-experian-payments-gateway-merger-case-page-2020", u, None, t, OGL,
 att("Competition and Markets Authority", "merger case page", t, None, u),
 "The CMA is investigating the completed acquisition by Bottomline Technologies (de), Inc of Experian Limited\u2019s Experian Payments Gateway business and related assets.\n\n"
 "Phase 2\n\n"
 "Administrative timetable\n\n"
 "Date of referral: 21 October 2019\n\n"
 "Statutory deadline: 5 April 2020\n\n"
 "Final decision\n\n"
 "Responses to Provisional Findings\n\n"
 "Provisional findings\n\n"
 "18 February 2020: The CMA has provisionally found the completed acquisition by Bottomline Technologies (de), Inc of Experian Limited\u2019s Experian Payments Gateway business and related assets does not raise competition concerns.\n\n"
 "Responses to issues statement\n\n"
 "Initial submissions\n\n"
 "Issues statement\n\n"
 "14 November 2019: The issues statement sets out the scope of the investigation. It outlines initial theories on what might be adversely affecting competition, but it does not set out findings or conclusions.\n\n"
 "Inquiry group appointed\n\n"
 "25 October 2019: The CMA has appointed the Inquiry Group.\n\n"
 "Kirstin Baker (Group Chair), Robin Cohen, Paul Hughes and Karthik Subramanya\n\n"
 "Disclosure of interests\n\n"
 "Terms of reference\n\n"
 "Phase 1\n\n"
 "Phase 1 Date Action\n8 November 2019 Decision published\n7 October 2019 Decision announced\n9 August to 23 August 2019 Invitation to comment\n9 August 2019 Launch of merger inquiry\n22 May 2019 Initial enforcement order\n\n"
 "Reference decision\n\n"
 "21 October 2019: The CMA has referred the completed acquisition by Bottomline Technologies (de), Inc of Experian Limited\u2019s Experian Payments Gateway business and related assets for an in-depth investigation.",
 "payments software; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Left out: the 'Contact' heading and the case's e-mail address (after the timetable lines, as 17d and 55j "
 "left out their pages' contact blocks). The phase 1 timetable, a table the excerpt gives one row a line ('Phase 1 "
 "Date Action', then five dated rows), kept as one paragraph with its single line breaks (as 17d's tables). Cut at the end after the entry of 21 "
 "October 2019 ('... for an in-depth investigation.'): the heading 'Reference unless undertakings accepted' and its "
 "entry of 7 October 2019, which the excerpt breaks off inside ('... unless the pa'), left out (`truncated`); the "
 "final decision's entry (the final report of 17 March 2020) is not in the excerpt (only the heading 'Final "
 "decision', kept). Kept as written: 'Bottomline Technologies (de), Inc' without a full stop, the curly apostrophe "
 "of 'Experian Limited\u2019s', 'Provisional Findings' and 'Inquiry Group' with capitals, the empty headings "
 "('Final decision', 'Responses to Provisional Findings', 'Initial submissions', 'Disclosure of interests', 'Terms "
 "of reference'; on the page they head links to documents). `published` null, as 17d's and 55j's case pages: the "
 "entries span 22 May 2019 to 18 February 2020 and the excerpt shows no 'Published / Last updated' line. The facts "
 "checked against other pages in the page store: documents.pub's copy of the final report of 17 March 2020 "
 "('Completed acquisition by Bottomline Technologies (de), Inc. of Experian Limited\u2019s Experian Payments Gateway "
 "business and related assets'; members Kirstin Baker (Chair of the Group), Karthik Subramanya, Paul Hughes, Robin "
 "Cohen), oxera.com (cleared unconditionally), pinsentmasons.com (acquisition completed on 6 March 2019; Joel Bamford, "
 "senior director of mergers, quoted at phase 1), financefeeds.com (the reference). Found with 'Bottomline Experian "
 "Payment Gateway CMA sell merger' (rank 2) and again, the same excerpt, with 'Bottomline Technologies (de), Inc "
 "Experian Payments Gateway merger inquiry final report cleared' (rank 1). Same matter, left out (one text per "
 "matter): news and law-firm notes (techmonitor, pinsentmasons, bristows, financefeeds, shareprices/Alliance News, "
 "oxera) and the final report's copies (pdfprof, documents.pub). " + CHECKED + "'Bottomline', 'Experian Limited', "
 "'Payments Gateway', 'Subramanya', 'Robin Cohen', 'Paul Hughes' - no file; 'Experian' - only GATHERING.md (a "
 "Hansard query, another matter); 'Kirstin Baker' - 55j's Ecolab / Holchem case page (dev) and its Copart notes "
 "(other matters). The matter is new to the corpus.",
 CASE))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 55j (session 54; gatherer 55j): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y, 51zi, 51zm
and 55g (UK public-sector texts under the Open Government Licence v3.0), asked for UK Competition and Markets Authority
merger texts (gov.uk, or faithful copies of gov.uk releases) naming an acquirer, a target, their owners and CMA
officials with titles; all three texts are CMA merger texts, the CMA lane of batches 17d, 21c, 40zh, 40zo, 41a and 55g
(no outage is told in any; see GATHERING section 55j):
- the CMA's press release of 3 August 2022 on its phase 2 finding that Dye & Durham's purchase of Swindon-based TM Group
  substantially lessens competition in property search services in England and Wales, and that Dye & Durham must sell
  TM Group (as gov.uk renders it in the page store);
- the CMA's press release of 29 November 2022 on its phase 1 finding that Copart's completed purchase of Hills Motors
  raises competition concerns in vehicle salvage services and green parts (as wired-gov.net reproduces it);
- the CMA's merger case page 'Ecolab Inc / The Holchem Group Limited merger inquiry' (gov.uk /cma-cases/), whose dated
  entries run from the phase 2 timetable (2019) to the case closure summary of 5 June 2020: Ecolab's undertaking to sell
  Holchem, the Competition Appeal Tribunal's judgment, the remedy group (Kirstin Baker, chair) and Holchem's purchase
  by Kilco Holdings Limited, a subsidiary of the Kersia Group (as gov.uk renders it in the page store).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title, the
press releases' summary lines kept as their first paragraphs (as 51k, 51zi, 51zm and 55g), single line breaks doubled
(whitespace only), each text cut at the last full sentence before its excerpt breaks off; cuts per item in `notes`; no
word added or changed. The excerpts are saved verbatim in /tmp/gather56j/src (dye-durham-tm-group.txt,
copart-hills-motors.txt, ecolab-holchem-case-page.txt) with the queries (queries.txt). newskg (or any extractor) was not
run on the texts.
usage: batch55j.py [POOL_DIR] [--dry]   (default /tmp/gather56j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56j/pool"
GOV = "UK Competition and Markets Authority press release (gov.uk) as gov.uk renders it (page store)"
CASE = "UK Competition and Markets Authority merger case page (gov.uk /cma-cases/) as gov.uk renders it (page store)"
WIREDGOV = "UK Competition and Markets Authority press release (gov.uk) as wired-gov.net reproduces it (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk CMA pages used before: batches 17d, 21c, 51k, 55g): the heading (kept as title) left out of "
            "the text, the summary line kept as the first paragraph (as 51k and 55g), single line breaks doubled "
            "(whitespace only). ")
CASE_NOTE = ("A CMA merger case page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open "
             "Government Licence v3.0; CMA case pages used before: batch 17d's CD&R / Morrisons, Unite Group / "
             "Liberty Living, PayPal / iZettle and Amazon / Deliveroo pages): the heading (kept as title) left out of "
             "the text; the page's own sub-headings and timetable lines kept as paragraphs (as 17d). ")
WG_NOTE = ("The CMA's gov.uk press release as wired-gov.net reproduces it (gov.uk content, Crown copyright, Open "
           "Government Licence v3.0, which allows copying and publishing; wired-gov.net copies of gov.uk releases used "
           "before: batches 10, 18b, 21c, 41a); the page-store date line, wired-gov.net's department line "
           "'Competition & Markets Authority', '|Printable version' and the heading (kept as title) left out; the "
           "summary line kept as the first paragraph (as 41a); single line breaks doubled (whitespace only). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md and "
           "/tmp/gather56*/pool as they stood, and /work/notes/gather56/CLAIMS.txt; file names only, no test or dev "
           "text opened): ")


def att(who, kind, title, date, url, copy=False):
    how = "text as reproduced at" if copy else "text as at"
    on = f" ({date})" if date else ""
    return (f"{who}, {kind}, '{title}'{on}, Crown copyright, contains public sector information licensed under the "
            f"Open Government Licence v3.0; {how} {url}")


R = []
# ---- CMA: Dye & Durham / TM Group, phase 2 final decision, must sell (3 August 2022) ---------------------------------
u = "https://gov.uk/government/news/cma-requires-dye-durham-to-sell-tm-group"
t = "CMA requires Dye & Durham to sell TM Group"
R.append(uk_rec("uk-cma-dye-durham-tm-group-merger-phase-2-must-sell-2022", u, "2022-08-03", t, OGL,
 att("Competition and Markets Authority", "press release", t, "3 August 2022", u),
 "The CMA has concluded that Dye & Durham must sell TM Group after its in-depth investigation identified competition concerns.\n\n"
 "Following a Phase 2 merger investigation, the CMA has found that the acquisition of TM Group by Dye & Durham substantially lessens competition in the supply of property search services in England and Wales.\n\n"
 "Property search reports are used to make sure that buyers and sellers have all the facts they need about a property – including title, access rights, planning restrictions, water and sewerage services, flood risk and other important information – before a sale goes ahead. The reports are ordered from firms like Dye & Durham and TM Group by conveyancers, solicitors, estate agents, and mortgage brokers on behalf of people and businesses buying and selling properties. Charges for property search services arise in almost every property transaction and are typically included within the conveyancing fees paid by homebuyers.\n\n"
 "Dye & Durham, an international provider of cloud-based software and technology solutions, announced the £91.5 million purchase of Swindon-based TM Group in July 2021. Both businesses offer property search services to clients in the UK under a variety of different brands.\n\n"
 "The firms chose not to notify the CMA about the deal but, as part of its ongoing monitoring of mergers and acquisitions, the CMA identified potential concerns and began an initial investigation in October 2021. It was referred for an in-depth investigation, overseen by an independent inquiry group, in December 2021.\n\n"
 "The inquiry group has considered a wide range of evidence, including from the merging businesses’ own strategic documents and a survey of customers, as well as extensive information provided by customers, competitors and other industry players.\n\n"
 "The firms were close rivals before the merger and the evidence shows that the combined business would be the largest provider in the market.",
 "property search services/legal software; merger control", "UK", "deal,regulatory",
 GOV_NOTE + "The excerpt carries no 'Press release' label or date line. Cut at the end: the excerpt breaks off inside "
 "the next sentence ('The CMA also fou'), so the text ends with '... the largest provider in the market.' "
 "(`truncated`); Richard Feasey's quotation (chair of the inquiry group), which the news copies print later, is not "
 "in the excerpt. Kept as written: the en dashes around '– including title, ... information –', the curly apostrophe "
 "in 'businesses’', 'Phase 2' with a capital, the text's only name for the regulator, 'CMA'. `published` 2022-08-03: "
 "mortgagesolutions.co.uk's report of the order is dated 3 August 2022 (its address: /news/2022/08/03/), "
 "todaysconveyancer.co.uk speaks of 'the CMA’s decision on Wednesday' (3 August 2022 was a Wednesday), and "
 "estateagenttoday.co.uk's report of the next day has it 'announced yesterday'. The words checked against other copies "
 "in the page store: todaysconveyancer.co.uk quotes the second, fourth and fifth paragraphs word for word. Found with "
 "'CMA concludes Dye & Durham must sell TM Group press release Competition and Markets Authority' (rank 4) and again, "
 "the same excerpt, with the heading alone (rank 6). Same matter, left out (one text per matter): the news copies "
 "(mortgagesolutions, estateagenttoday, todaysconveyancer, realtysearch blog, insideconveyancing, theglobeandmail, "
 "thestar), the CMA's RNS notice of 14 October 2021 opening the inquiry (stockopedia copy) and its provisional "
 "findings of May 2022 (news only). " + CHECKED + "'Dye & Durham', 'Dye and Durham', 'TM Group', 'tmgroup', "
 "'Swindon' - no file. The matter is new to the corpus.",
 GOV))
# ---- CMA: Copart / Hills Motors, phase 1 concerns (29 November 2022) --------------------------------------------------
u = ("https://www.wired-gov.net/wg/news.nsf/articles/vehicle+salvage+merger+reduces+choice+and+may+limit+access+to+"
     "salvage+vehicles+for+green+parts+29112022122000?open")
t = "Vehicle salvage merger reduces choice and may limit access to salvage vehicles for green parts"
R.append(uk_rec("uk-cma-copart-hills-motors-merger-phase-1-concerns-2022", u, "2022-11-29", t, OGL,
 att("Competition and Markets Authority", "press release", t, "29 November 2022", u, copy=True),
 "Copart’s completed purchase of Hills Motors will reduce the number of salvage services providers available to customers and could limit the vehicles available to suppliers of recycled vehicle parts, often known as ‘green parts’.\n\n"
 "Copart and Hills Motors both supply vehicle salvage services. This involves collecting damaged vehicles from customers, including the insurance industry, finance companies and rental car companies, and then managing the onward sale, dismantling or scrapping of the vehicle.\n\n"
 "Copart is currently the largest supplier of salvage vehicles in the UK, including those that can be used to recover green parts. Hills Motors has an in-house dismantling service and is an important supplier of green parts.\n\n"
 "The Competition and Markets Authority’s (CMA) Phase 1 investigation has found that Copart and Hills Motors were among a few in the business with national contracts for salvage services and they competed for the same contracts. The CMA therefore found that Copart and Hills Motors are close competitors, and the transaction could lead to a loss of competition in the supply of salvage services and salvage vehicles.\n\n"
 "The CMA also considered the effect of the transaction on the supply of green parts. Copart previously had no dismantling capability but was one of the largest suppliers of cars to dismantling businesses. Since acquiring Hills Motors, Copart could decide to restrict the number of salvage vehicles with reusable parts available on its auction platform and instead have Hills Motors dismantle them. This could restrict rival dismantling businesses’ access to salvage vehicles.",
 "vehicle salvage/recycled vehicle parts; merger control", "UK", "deal,regulatory",
 WG_NOTE + "Cut at the end: the excerpt breaks off inside the next sentence ('The CMA is therefore concerned that the "
 "loss of rivalry between the companies could lead to higher prices and reduced choice '), so the text ends with "
 "'... access to salvage vehicles.' (`truncated`); Sorcha O’Carroll's quotation (Senior Director of Mergers), which "
 "government-world.com's and energylivenews.com's copies print after it, is not in the excerpt. Kept as written: the "
 "curly apostrophes and quotation marks ('Copart’s', '‘green parts’', 'Authority’s (CMA)', 'businesses’'), 'Phase 1' "
 "with a capital. `published` 2022-11-29: the page-store date line and wired-gov.net's address (29 November 2022 "
 "12:20); energylivenews.com reports the finding on 30 November 2022 (its address: /2022/11/30/). The words checked "
 "against another copy in the page store: government-world.com's copy has the second to fifth paragraphs word for word "
 "(without the summary line). Found with the release's heading, 'Vehicle salvage merger reduces choice and may limit "
 "access to salvage vehicles for green parts' (rank 2; first with 'Copart Hills Motors CMA salvage merger "
 "competition concerns', which gave government-world.com's copy at rank 8). Same matter, left out (one text per "
 "matter): the phase 2 provisional findings of May 2023 (miragenews.com copy, cut before any official), the revised "
 "provisional clearance of June 2023 (wired-gov.net; Kirstin Baker, panel chair) and the final clearance of July 2023 "
 "(miragenews.com, wired-gov.net, and fly1.wordsworth.site's copy of gov.uk, whose notes to editors name Copart, Inc. "
 "and Green Parts Specialist Holdings Ltd), news copies (am-online, atfpro, arc360, energylivenews). " + CHECKED +
 "'Copart', 'Hills Motors', 'Green Parts Specialist' - no file. The matter is new to the corpus.",
 WIREDGOV))
# ---- CMA: Ecolab / Holchem merger case page (entries to 5 June 2020) --------------------------------------------------
u = "https://www.gov.uk/cma-cases/ecolab-inc-the-holchem-group-limited"
t = "Ecolab Inc / The Holchem Group Limited merger inquiry"
R.append(uk_rec("uk-cma-ecolab-holchem-merger-case-page-sale-to-kilco-2020", u, None, t, OGL,
 att("Competition and Markets Authority", "merger case page", t, None, u),
 "The CMA is investigating the completed acquisition by Ecolab Inc. of The Holchem Group Limited.\n\n"
 "Phase 2\n\n"
 "Administrative timetable\n\n"
 "Date of referral: 24 April 2019\n\n"
 "Statutory deadline: 8 October 2019\n\n"
 "Case closure summary\n\n"
 "5 June 2020: On 23 December 2019, the CMA accepted Final Undertakings from Ecolab to sell the Holchem Group Limited to a purchaser approved by the CMA. The Purchase of Holchem was approved by the CMA and on 28 May 2020 Holchem was acquired by Kilco Holdings Limited, a subsidiary of the Kersia Group.\n\n"
 "Competition Appeal Tribunal (CAT) judgment upholds CMA Report\n\n"
 "21 April 2020: The CMA is pleased that the CAT today upheld the decision to require Ecolab to sell Holchem Laboratories, after the CMA found that the merger raised competition concerns in the cleaning chemicals industry in the UK.\n\n"
 "The Tribunal rejected all of Ecolab’s grounds of challenge and upheld the CMA’s findings in its final report. The judgment confirms that the CMA can reject an alternative remedy put forward by the parties where the CMA does not have a high degree of confidence that the remedy will be effective in addressing its competition concerns.\n\n"
 "The judgment means that Ecolab must now continue with the sale of Holchem Laboratories to a purchaser approved by the CMA without any further delay.\n\n"
 "Find out more on the Competition Appeal Tribunal’s website.\n\n"
 "Remedy group appointed\n\n"
 "9 January 2020: The CMA appointed the following panel group members to the Ecolab/Holchem remedy group.\n\n"
 "Kirstin Baker (Chair), Maria Da Cunha, Robin Foster and David Thomas.\n\n"
 "Final undertakings\n\n"
 "23 December 2019: The CMA has accepted final undertakings and the reference has now been fully determined.",
 "cleaning chemicals/food and drink hygiene; merger control", "UK", "deal,regulatory",
 CASE_NOTE + "Left out: the 'Contact' heading and the case's e-mail address (after the timetable lines, as 17d left "
 "out its pages' 'Contact' blocks). Cut at the end after the entry of 23 December 2019 ('... fully determined.'): the "
 "empty 'Amendments/consents granted:' heading (as 17d's PayPal page), the heading 'Notice of proposal to accept final "
 "undertakings' and its entry of 27 November 2019, which the excerpt breaks off inside ('... is inviting comments by "
 "5pm on 11 December'), left out (`truncated`); the page's earlier entries (final report of 7 October 2019, "
 "provisional findings, the phase 1 decision) are past the excerpt. Kept as written: 'the Holchem Group Limited' with "
 "a small 'the', 'The Purchase of Holchem' with a capital, 'Holchem Laboratories' beside 'Holchem', 'Ecolab/Holchem' "
 "without spaces, the curly apostrophes, 'the CAT today upheld' (the entry's 'today' is 21 April 2020). `published` "
 "null, as 17d's case pages: the page's entries span 24 April 2019 to 5 June 2020 and the excerpt shows no 'Published "
 "/ Last updated' line. The facts checked against other pages in the page store: lexisnexis.co.uk's case note (final "
 "report of 7 October 2019, full divestment of The Holchem Group Limited), cen.acs.org and startribune.com (Ecolab "
 "ordered to divest Holchem). Found with 'Cleaning chemicals firm must sell acquired business Ecolab Holchem Kirstin "
 "Baker Inquiry Chair' (rank 3). Same matter, left out (one text per matter): the CMA's press release of 7 October "
 "2019 'Cleaning chemicals firm must sell acquired business' (only government-world.com's copy, a host GATHERING.md "
 "counts as of doubtful provenance) and news (finanznachrichten/RTT, cleaning-matters, chtmag, tomorrowscleaning, "
 "europeancleaningjournal, burytimes, cen.acs.org, startribune). " + CHECKED + "'Holchem', 'Kilco', 'Kersia', "
 "'Kirstin Baker', 'Maria Da Cunha', 'Robin Foster' - no file; 'Ecolab' - only GATHERING.md (batch lists of other "
 "matters: a name list, and Ecolab / Permian Mud 2013 among texts not used). The matter is new to the corpus.",
 CASE))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

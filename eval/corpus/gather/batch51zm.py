#!/usr/bin/env python3
"""Batch 51zm (session 50; gatherer 51zm): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f, 51k, 51s, 51y and 51zi
(UK public-sector texts under the Open Government Licence v3.0), asked for gov.uk texts (or faithful copies on
ukpol.co.uk, miragenews.com, wired-gov.net, checked against a second copy) on named companies' acquisitions, parents,
subsidiaries and people with posts. Two UK government texts (no outage is told in either; see GATHERING section 51zm):
- the Department for Business and Trade's press release of 19 December 2024 on the commercial deal under which Navantia
  UK agrees to buy Harland & Wolff (all four of its shipyards), with the Business & Trade Secretary Jonathan Reynolds'
  first words on it (as wired-gov.net reproduces it in the page store; checked against the news copies' quotations);
- the Business Secretary's department's public update of 28 April 2022 on Cobham's proposed acquisition of Ultra
  Electronics: Kwasi Kwarteng agrees to further talks on undertakings in lieu of a Phase 2 reference to the Competition
  and Markets Authority (Enterprise Act 2002; as gov.uk renders the notice in the page store).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title,
the page's summary line kept as the first paragraph (as 51k and 51zi), the site's labels and date lines left out
(wired-gov.net's 'Department for Business & Trade' and '|Printable version'; gov.uk's 'Notice' and 'Updated 28 April
2022'), list bullets left out with each item kept as its own paragraph (no full stop added), single line breaks doubled
(whitespace only), each text cut at the last full sentence before its excerpt breaks off; for the Harland & Wolff
text two excerpts of the same stored page are joined where they share a paragraph (see its `notes`); cuts per item in
`notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch51zm.py [POOL_DIR] [--dry]   (default /tmp/gather52zm/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52zm/pool"
GOV = "UK government (gov.uk) text (page store)"
WIREDGOV = "UK government press release (gov.uk) as wired-gov.net reproduces it (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk pages used before: batch 24b's Storm Eunice statement, 51k's, 51s's, 51y's and 51zi's pages "
            "and later gov.uk items): the label 'Notice', the heading (kept as title) and the line 'Updated 28 April "
            "2022' (kept as `published`) left out of the text, the summary line kept as the first paragraph (as 51k), "
            "paragraph breaks doubled (whitespace only). ")
WG_NOTE = ("A Department for Business and Trade press release as wired-gov.net reproduces it (gov.uk content, Crown "
           "copyright, Open Government Licence v3.0; wired-gov.net copies of gov.uk releases used before: batches 10, "
           "18b, 21c, 41a): wired-gov.net's department line 'Department for Business & Trade', '|Printable version' "
           "and the heading (kept as title) left out, the summary line kept as the first paragraph (as 51k), list "
           "bullets ('- ') left out with each item kept as its own paragraph (each item ends with its own full stop), "
           "single line breaks doubled (whitespace only). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md, /work/notes "
           "and /tmp/gather52*/pool as they stood; file names only, no test or dev text opened): ")


def att(who, kind, title, date, url, copy=False):
    how = "text as reproduced at" if copy else "text as at"
    return (f"{who}, {kind}, '{title}' ({date}), Crown copyright, contains public sector information licensed under "
            f"the Open Government Licence v3.0; {how} {url}")


R = []
# ---- DBT: Navantia UK / Harland & Wolff, deal agreed (19 December 2024) ---------------------------------------------
u = ("https://www.wired-gov.net/wg/news.nsf/articles/deal+agreed+to+secure+harland++wolffs+future+protecting+"
     "thousands+of+uk+shipbuilding+jobs+19122024132500?open")
t = "Deal agreed to secure Harland & Wolff’s future protecting thousands of UK shipbuilding jobs"
R.append(uk_rec("gov-uk-dbt-navantia-uk-harland-wolff-shipyards-deal-agreed-2024", u, "2024-12-19", t, OGL,
 att("Department for Business and Trade", "press release", t, "19 December 2024", u, copy=True),
 "Navantia has agreed a commercial deal to purchase all four of Harland & Wolff's shipyards, securing 1,000 UK shipbuilding jobs.\n\n"
 "1,000 UK jobs secured as shipbuilder Navantia UK agrees commercial deal to purchase Harland & Wolff.\n\n"
 "Deal, which is subject to regulatory approval, secures the future of all four Harland & Wolff shipyards in Northern Ireland, Scotland and Devon, retaining the proud role of shipbuilding in Scotland and Northern Ireland.\n\n"
 "National security is the foundation of our Plan for Change – without it we can’t deliver on our milestones to raise living standards across the UK, with good, skilled, productive jobs.\n\n"
 "1,000 UK jobs will be saved by a commercial deal, expected to be completed shortly, which Navantia UK has agreed with Harland & Wolff to purchase all four of its shipyards, securing the future of shipbuilding in Belfast and Scotland.\n\n"
 "The deal will secure the future of Harland & Wolff’s shipyards in Northern Ireland (Belfast), Scotland (Arnish and Methil) and Devon (Appledore), and protect workers’ existing terms and conditions.\n\n"
 "It will also ensure the delivery of the Ministry of Defence’s contract with Navantia to build three Royal Navy ships which would transport munitions, spares and supplies to UK aircraft carriers – the Fleet Solid Support (FSS) Programme.\n\n"
 "The FSS ships are important for safeguarding the UK’s aircraft carriers’ military capability by delivering vital supplies to the Carrier Strike Group, and this deal will ensure the UK’s shipbuilding capability by retaining jobs and manufacturing in the UK.\n\n"
 "The Government has worked closely with Navantia UK and agreed an amendment to the existing FSS Programme contract on commercial terms, which makes the minimum changes necessary to ensure Navantia can still deliver on the contract and build all three Navy ships.\n\n"
 "Business & Trade Secretary Jonathan Reynolds said:\n\n"
 "This deal is a major vote of confidence in the UK from Navantia, which will not only secure the future of UK shipbuilding but protect 1,000 jobs across the country and bring future investment into shipbuilding right across the UK.",
 "shipbuilding/defence; deal", "UK", "deal",
 WG_NOTE + "Two excerpts of this one stored page came back (same address): one with the three bullets, breaking off "
 "at 'Business ' after '... build all three Navy ships.'; one without the first and third bullets, running on past "
 "that paragraph into 'Business & Trade Secretary Jonathan Reynolds said:' and his quotation, breaking off inside its "
 "second sentence ('National security is the foundation of our Plan for Chang'). The text is the first excerpt to "
 "the end of the paragraph the two share word for word, then the second excerpt's next lines, cut after '... right "
 "across the UK.' (the last full sentence; `truncated`). No word added; the join is noted as doubtful (the text is "
 "the page's, not one excerpt's). The quotation set as a paragraph without quotation marks (gov.uk's block quote). "
 "The words checked against other copies in the page store: newsletter.co.uk (PA) and irishnews.com quote "
 "Reynolds' first sentence word for word ('This deal is a major vote of confidence in the UK from Navantia, which "
 "will not only secure ...'), irishnews.com quotes 'makes the minimum changes necessary to ensure Navantia can still "
 "deliver on the contract and build all three navy ships' (small 'n'), severuss.online quotes 'will secure the "
 "future of Harland & Wolff’s shipyards in Northern Ireland (Belfast), Scotland (Arnish and Methil) and D...'. Kept "
 "as written: the straight apostrophe of the summary line's 'Harland & Wolff's' beside the curly ones of the body, "
 "'Navantia' beside 'Navantia UK', 'Business & Trade Secretary' with an ampersand, 'The Government' with a capital, "
 "the en dashes. `published` 2024-12-19: wired-gov.net's address carries its posting time 19 December 2024 13:25 and "
 "its date line 2024-12-19; the news copies (newsletter.co.uk, the Independent) are of 19 December 2024 and the "
 "Business and Trade Secretary's Commons statement on the deal was made that day (parallelparliament). Found with "
 "'Navantia UK acquisition Harland & Wolff shipyards government statement Business and Trade Secretary jobs secured' "
 "(ranks 1 and 2, the two excerpts) and the heading (news copies only). Same matter, left out (one text per matter): "
 "the Commons statement of 19 December 2024 (parliamentary copyright; parallelparliament, streetguide), news copies "
 "(newsletter.co.uk, the Independent, irishnews, energyvoice, FT via busyad, infoafrik, theirelandnews), the "
 "completion reports of January 2025 (severuss.online, ukdefencejournal). "
 + CHECKED + "'Navantia', 'Fleet Solid Support', 'Team Resolute', 'Arnish', 'Methil', 'Appledore', both the URL and "
 "the heading - no file; 'Harland & Wolff' - only a test Wikipedia text on Bibby Line (the 1859 ship; another "
 "matter) and batch 40zd's notes on it; 'Jonathan Reynolds' - train and dev files on other matters (Knighthead / "
 "Birmingham, Fujitsu / Horizon, the CMA's interim chair). The deal is new to the corpus.",
 WIREDGOV))
# ---- BEIS: Cobham / Ultra Electronics, public update (28 April 2022) -------------------------------------------------
u = ("https://www.gov.uk/government/publications/proposed-acquisition-of-ultra-electronics-holdings-plc-by-cobham-"
     "ultra-acquisitions-limited-public-interest-intervention-notice/proposed-acquisition-of-ultra-electronics-"
     "holdings-plc-by-cobham-ultra-acquisitions-limited-public-update-28-april-2022")
t = ("Proposed acquisition of Ultra Electronics Holdings plc by Cobham Ultra Acquisitions Limited: public update, "
     "28 April 2022")
R.append(uk_rec("gov-uk-beis-cobham-ultra-electronics-undertakings-talks-public-update-2022", u, "2022-04-28", t, OGL,
 att("UK government (the Business Secretary's department)", "notice", t, "28 April 2022", u),
 "Business Secretary Kwasi Kwarteng agrees to further talks ahead of deciding whether to refer Cobham’s proposed acquisition of Ultra for a Phase 2 investigation by the Competition and Markets Authority.\n\n"
 "The Business Secretary has powers under the Enterprise Act 2002 to intervene in certain mergers on public interest grounds. Today’s update follows the completion of the Phase 1 process during which the Competition and Markets Authority conducted an initial investigation of the transaction and submitted a report to the Business Secretary.\n\n"
 "The Department for Business, Energy and Industrial Strategy is continuing to work with the companies involved in the proposed acquisition of Ultra by Cobham on possible undertakings in lieu of a Phase 2 reference under the Enterprise Act 2002. In the light of recent proposals by Cobham, the Business Secretary has asked officials to work with Cobham and Ultra to further explore the possibility of undertakings in lieu of a Phase 2 investigation. He will then consider any suitable undertakings and decide whether it would be appropriate to refer the transaction to the Competition and Markets Authority for a more detailed Phase 2 investigation.\n\n"
 "Ultra is a UK publicly listed company that provides application-engineered solutions in mission critical and intelligent systems, primarily for defence and other highly regulated and harsh environment markets.",
 "defence electronics; merger control", "UK", "regulatory,deal",
 GOV_NOTE + "Cut at the end: after the paragraph on Ultra comes the heading 'Further information' and a sentence "
 "on the Secretary of State's power to make a Phase 2 reference ('... if he believes that is or may be the case "
 "that:') running into a bulleted list that the excerpt breaks off inside ('a substantial lessening of competitio'); "
 "the text ends with '... harsh environment markets.' and leaves the heading and the unfinished statutory sentence "
 "out (`truncated`). Kept as written: 'Cobham’s' and 'Today’s' with curly apostrophes, 'mission critical' without a "
 "hyphen beside 'application-engineered'; the full company names ('Ultra Electronics Holdings plc', 'Cobham Ultra "
 "Acquisitions Limited') are only in the heading (title), not in the text. `published` 2022-04-28 from the page's "
 "'Updated 28 April 2022' and its heading. Found with 'proposed acquisition of Ultra Electronics Holdings plc by "
 "Cobham Ultra Acquisitions Limited Business Secretary minded to accept undertakings press release' (rank 8). Same "
 "matter, left out (one text per matter; no gov.uk rendering of the later steps came back): the 'minded to accept' "
 "consultation of June 2022 and the acceptance of 6 July 2022 (law360, Reuters via mnacritique, army-technology, "
 "Janes, zonebourse), the August 2021 intervention (news: Press and Journal, City AM, inews, the Standard, the "
 "Times), Ultra's scheme document and Rule 2.7 announcement (vdocuments, docslib; company texts). "
 + CHECKED + "'Ultra Electronics', 'Cobham Ultra' - no text file ('Ultra Electronics' only in GATHERING.md's 51f, "
 "51k and 51y notes and their /work/notes copies: 'news only' / 'news, law-firm or trade copies only' for the 2021 "
 "intervention; this gov.uk notice is new); 'Cobham' - the test text on Advent International / Cobham (2019, "
 "another deal: Cobham as the target) and a Wikinews text on EADS; 'Kwasi Kwarteng' - train and test files on other "
 "matters and 51zi's Perpetuus text (train). The matter is new to the corpus.",
 GOV))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

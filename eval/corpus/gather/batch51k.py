#!/usr/bin/env python3
"""Batch 51k (session 50; gatherer 51k): the OGL lane of batches 10, 18b, 21c, 41a, 41s and 51f (UK public-sector texts
under the Open Government Licence v3.0), asked for gov.uk press releases and notices naming companies with parents,
subsidiaries and acquisitions, and people with posts (ministers with their titles, company executives). Two
Department for Business, Energy and Industrial Strategy texts on Enterprise Act 2002 national-security interventions
in aerospace and defence deals, as gov.uk itself renders them in the page store (no outage is told in either; see
GATHERING section 51k):
- Business Secretary Andrea Leadsom consulting on undertakings offered in the proposed acquisition of Cobham, 'a UK
  defence company', by Advent International, 'a US private equity firm' (news story, 19 November 2019);
- the Secretary of State for Business, Energy and Industrial Strategy, Greg Clark, clearing the proposed acquisition of
  Northern Aerospace Limited by Gardner Aerospace Holdings Limited unconditionally (decision notice, 19 July 2018).
A third gov.uk story of the same kind (the Mettis Aerospace / Aerostar intervention notice, December 2019) was gathered
and left out: its wording is two-thirds that of 51f's Impcross story in train (GATHERING section 51k).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title,
gov.uk's summary line kept as the first paragraph (as batch 24b's Storm Eunice statement), page chrome left out, list
dashes left out with each item kept as its own paragraph, paragraph breaks doubled (whitespace only), cut at the last
full sentence before an excerpt breaks off; cuts per item in `notes`; no word added or changed. newskg (or any
extractor) was not run on the texts.
usage: batch51k.py [POOL_DIR] [--dry]   (default /tmp/gather52k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52k/pool"
GOV = "UK government (gov.uk) text (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk pages used before: batch 24b's Storm Eunice statement and later gov.uk items): the page "
            "heading kept as title, its summary line kept as the first paragraph, page chrome left out, paragraph "
            "breaks doubled (whitespace only). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md, /work/notes "
           "and /tmp/gather52*/pool as they stood; file names only, no test or dev text opened): ")


def att(kind, title, date, url):
    on = f" ({date})" if date else ""
    return (f"Department for Business, Energy and Industrial Strategy, {kind}, '{title}'{on}, Crown copyright, contains "
            f"public sector information licensed under the Open Government Licence v3.0; text as at {url}")


R = []
# ---- BEIS: Cobham / Advent International, consultation on undertakings (19 November 2019) -------------------------
u = ("https://gov.uk/government/news/proposed-acquisition-of-cobham-by-advent-international-business-secretary-to-"
     "consult-on-undertakings")
t = "Proposed acquisition of Cobham by Advent International – Business Secretary to consult on undertakings"
R.append(uk_rec("gov-uk-beis-advent-international-cobham-undertakings-consultation-2019", u, "2019-11-19", t, OGL,
 att("news story", t, "19 November 2019", u),
 "Business Secretary Andrea Leadsom has announced that she is minded to accept legally binding undertakings offered in the proposed acquisition of Cobham.\n\n"
 "Today (19 November 2019) the Business Secretary Andrea Leadsom has announced that she is consulting on steps to address the national security concerns raised by the proposed acquisition of Cobham, a UK defence company, by Advent International, a US private equity firm. She is minded to accept undertakings offered by the acquiring company to address the concerns identified. No decision will be taken until the consultation has concluded and the representations have been carefully considered.\n\n"
 "This decision follows further advice from the Ministry of Defence.\n\n"
 "The proposed undertakings are now out for public consultation until midnight at the end of 17 December 2019, in accordance with the process set out in the Enterprise Act 2002. They would require Cobham’s new owners to:\n\n"
 "ensure that existing security arrangements which currently apply to Cobham and protect sensitive HMG information will be continued and strengthened, ensuring new Board structures that Advent plan to institute will also comply with nationality requirements, in addition to existing boards\n\n"
 "maintain capability and honour the terms of existing contracts, notify the Ministry of Defence (MOD) in advance if there is a material change to Cobham’s ability to supply key services, and also refrain from withdrawing from any of the specified service, for 5 years\n\n"
 "give the MOD prior notice of plans to sell-on the whole, or elements of, Cobham’s business",
 "aerospace/defence; merger control", "UK", "regulatory,deal",
 GOV_NOTE + "The three list items ('- ...') kept as their own paragraphs without the dashes and with no full stop "
 "added (the page has none). Cut at the end: the excerpt breaks off inside the Business Secretary's quotation "
 "('... designed to mitigate national security concerns, which I am minded'), so the text ends with the third "
 "undertaking; the line introducing the quotation ('Business Secretary Andrea Leadsom said:') left out with it, as "
 "it would dangle (`truncated`). `published` from 'Today (19 November 2019)' in the text (the excerpt shows no page "
 "date). Kept as written: 'legally binding' beside the quotation's 'legally-binding' (cut), 'sell-on', 'the specified "
 "service', 'Cobham’s', the en dash in the heading. Found with 'Business Secretary accepts legally binding undertakings "
 "Advent Cobham merger cleared to proceed 20 December 2019' (rank 8). The clearance of 20 December 2019 (decision "
 "notice, defense-aerospace.com copy only) and the update of 5 November 2019 (defense-aerospace.com copy only) left "
 "out: one text per matter, and a gov.uk rendering beats a third-party copy. " + CHECKED + "'Advent International' "
 "- a dev Wikipedia text (Worldpay) and a test Wikinews text (PepsiCo / Star Foods), other deals; 'Cobham' - one test "
 "file (an Airbus / EADS story of 2008, another matter) and GATHERING.md's 'not used' note on the 2019 Hansard "
 "Cobham/Advent questions (a different text); 'AI Convoy', 'proposed-acquisition-of-cobham' - no file; 'Andrea "
 "Leadsom' - two train files on other matters (British Steel / Jingye, the banking commission). The undertakings "
 "consultation is new to the corpus.",
 GOV))
# ---- BEIS: Northern Aerospace / Gardner Aerospace, cleared (19 July 2018) ------------------------------------------
u = ("https://gov.uk/government/publications/proposed-acquisition-of-northern-aerospace-limited-by-gardner-aerospace-"
     "holdings-limited-decision-notice")
t = "Proposed acquisition of Northern Aerospace Limited by Gardner Aerospace Holdings Limited: decision notice"
R.append(uk_rec("gov-uk-beis-gardner-aerospace-northern-aerospace-acquisition-cleared-2018", u, "2018-07-19", t, OGL,
 att("decision", t, "19 July 2018", u),
 "Decision relating to the proposed acquisition of Northern Aerospace Limited by Gardner Aerospace Holdings Limited.\n\n"
 "The Secretary of State for Business, Energy and Industrial Strategy, Greg Clark, today (19 July 2018) announced his decision to clear the proposed acquisition of Northern Aerospace Limited by Gardner Aerospace Holdings Limited unconditionally on the basis that there are no national security grounds for referring the merger for a Phase 2 investigation. The Secretary of State’s decision also has the effect of causing the Initial Enforcement Order imposed by the Competition and Markets Authority to terminate automatically.\n\n"
 "The decision follows the issuing of a public interest intervention notice on national security grounds by the Business Secretary on Sunday 17 June 2018, following representations he received from the Secretary of State for Defence. Having carefully considered the report submitted to the Secretary of State by the Competition and Markets Authority together with the Defence Secretary’s national security advice, and on the basis of that advice, the Secretary of State is content that any deal between the two parties will not compromise national security.\n\n"
 "The Secretary of State has also published the Competition and Market Authority’s report.",
 "aerospace/engineering; merger control", "UK", "regulatory,deal",
 GOV_NOTE + "A gov.uk 'Decision' publication page: the label 'Decision', the 'Documents' block (the CMA report's "
 "link title and the 'Request an accessible format' notice), the 'Details' heading, the link line 'See the related "
 "public interest intervention notice.' and the footer ('Updates to this page', 'Published 19 July 2018' - kept as "
 "`published` -, 'Sign up for emails or print this page') left out. The page ends within the excerpt, so the text "
 "is whole (`truncated` false). Kept as written: 'Competition and Market Authority’s report' (sic, beside 'Competition "
 "and Markets Authority' twice), 'the Secretary of State’s decision'. Found with 'Business Secretary Greg Clark "
 "decision proposed acquisition Northern Aerospace by Gardner Aerospace national security' (rank 1). " + CHECKED +
 "'Northern Aerospace', 'Better Capital', 'northern-aerospace' - no file; 'Gardner Aerospace' - the 51f Impcross "
 "intervention text (train; another deal of the same buyer) and its gather scripts; 'Greg Clark' - other matters "
 "(British Steel, the CMA chair, GKN / Melrose in test, a water-supply debate); 'Initial Enforcement Order' - two CMA "
 "case pages on other deals (PayPal / iZettle train, Morrisons test). The clearance is new to the corpus.",
 GOV, truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

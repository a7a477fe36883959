#!/usr/bin/env python3
"""Batch 51s (session 50; gatherer 51s): the OGL lane of batches 10, 18b, 21c, 41a, 41s, 51f and 51k (UK public-sector
texts under the Open Government Licence v3.0), asked for gov.uk texts on company deals and people with posts, following
51k's leads (Enterprise Act national-security cases by the parties' names; National Security and Investment Act final
orders by their gov.uk headings). Three gov.uk pages, as gov.uk itself renders them in the page store (no outage is
told in any; see GATHERING section 51s):
- the Business Secretary accepting revised national security undertakings in the acquisition of Sepura plc by Hytera
  Communications Corporation Limited, with the 2017 intervention by 'the then Secretary of State, Greg Clark MP' and
  the announcement by Kwasi Kwarteng MP of 28 September 2021 (consultation page, outcome and description; no page
  date in the excerpt);
- the Chancellor of the Duchy of Lancaster's final order under the National Security and Investment Act 2021 approving
  the acquisition of Centronic Limited by Exosens UK Limited, 'a wholly owned subsidiary of Exosens S.A.S.', on a
  condition (decision, 25 July 2024);
- the Chancellor's final order requiring FTDI Holding Limited to sell 80.2% of Future Technology Devices International
  Limited, control of which it gained on 7 December 2021 (decision, 6 November 2024).
The two final orders share the Act's formulas (78 8-word shingles, about a third of each); kept both, as each names
other companies and another kind of deal (GATHERING section 51s).
The texts are the search tool's page-store excerpts (corpus `pages`), embedded here: the page heading kept as title,
gov.uk's labels and section headings ('Decision', 'Published ...', 'Detail of outcome', 'Original consultation',
'Consultation description') left out, paragraph numbers ('1.'-'7.') and list marks ('i.'-'iv.', 'a.', 'b.') left
out with each item kept as its own paragraph, trailing and doubled spaces dropped and paragraph breaks doubled
(whitespace only), cut at the last full sentence before an excerpt breaks off; cuts per item in `notes`; no word added
or changed. newskg (or any extractor) was not run on the texts.
usage: batch51s.py [POOL_DIR] [--dry]   (default /tmp/gather52s/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, rec as uk_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather52s/pool"
GOV = "UK government (gov.uk) text (page store)"
GOV_NOTE = ("The page as gov.uk renders it in the page store (gov.uk content, Crown copyright, Open Government Licence "
            "v3.0; gov.uk pages used before: batch 24b's Storm Eunice statement, 51k's BEIS decision notice and later "
            "gov.uk items): the page heading kept as title, page labels and section headings left out, paragraph "
            "breaks doubled (whitespace only). ")
NSI_NOTE = ("A gov.uk 'Decision' page under the National Security and Investment Act 2021: the label 'Decision' and the "
            "line 'Published ...' (kept as `published`) left out; the paragraph numbers '1.'-'7.' and the list marks "
            "('i.', 'ii.', ... 'a.', 'b.') left out, each numbered paragraph and each list item kept as its own "
            "paragraph with its own punctuation ('; and', ';'); spaces before line ends dropped (whitespace only). ")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, every gather script, GATHERING.md, /work/notes "
           "and /tmp/gather52*/pool as they stood; file names only, no test or dev text opened): ")


def att(who, kind, title, date, url):
    on = f" ({date})" if date else ""
    return (f"{who}, {kind}, '{title}'{on}, Crown copyright, contains public sector information licensed under the Open "
            f"Government Licence v3.0; text as at {url}")


R = []
# ---- BEIS: Hytera / Sepura, revised national security undertakings accepted (2021) -------------------------------
u = ("https://gov.uk/government/consultations/acquisition-of-sepura-plc-by-hytera-communications-corporation-limited-"
     "revised-national-security-undertakings")
t = "Acquisition of Sepura plc by Hytera Communications Corporation Limited: revised national security undertakings"
R.append(uk_rec("gov-uk-beis-hytera-sepura-revised-national-security-undertakings-accepted-2021", u, None, t, OGL,
 att("Department for Business, Energy and Industrial Strategy", "consultation outcome", t, None, u),
 "The Secretary of State for Business, Energy and Industrial Strategy has accepted revised statutory undertakings relating to the acquisition of Sepura plc. by Hytera Communications Corporation Limited.\n\n"
 "Having received no representations, the Secretary of State believes the undertakings will provide continued assurance that sensitive information and technology will be protected while ensuring the continued supply of secure communication devices used by the emergency services.\n\n"
 "The Secretary of State for Business, Energy and Industrial Strategy, Kwasi Kwarteng MP, announced on 28 September 2021 that he is proposing to accept revised statutory undertakings offered by the parties involved in the acquisition of Sepura plc by Hytera Communications Corporation Limited.\n\n"
 "On 10 April 2017, the then Secretary of State, Greg Clark MP, issued a Public Interest Intervention Notice to the Competition and Markets Authority (CMA) under Section 42 of the Enterprise Act 2002 in relation to the proposed acquisition by Hytera of the entire issued ordinary share capital of Sepura (the “Transaction”).\n\n"
 "On 4 May 2017, the CMA reported to the Secretary of State in accordance with section 44(2) of the Act. The Secretary of State also received further representations direct from the Home Office as regards the security concerns raised by the Transaction.\n\n"
 "In light of the report from the CMA and the advice from the Home Office, the Secretary of State considered that he had the power to refer the Transaction under section 45 of the Act to the chair of the CMA for the constitution of a group under Schedule 4 of the Enterprise and Regulatory Reform Act 2013 to carry out a more detailed assessment.\n\n"
 "Following discussions with the Home Office, Hytera and Sepura offered undertakings.",
 "communications equipment; merger control", "UK", "regulatory,deal",
 GOV_NOTE + "A gov.uk consultation page: its section headings 'Detail of outcome', 'Original consultation' and "
 "'Consultation description' left out (the outcome's two paragraphs first, then the description, in the page's "
 "order). Cut at the end: the excerpt breaks off inside the next sentence ('On 12 May 2017, following a public "
 "consultati'), so the text ends at '... Hytera and Sepura offered undertakings.' (`truncated`). `published` null: "
 "the excerpt shows no page date, and the outcome came after the announcement of 28 September 2021 on a day the text "
 "does not give (the id's year is that of the outcome's announcement). Kept as written: 'Sepura plc.' with its full "
 "stop in the first sentence, 'Section 42' beside 'section 44(2)', 'representations direct from', the curly quotes "
 "of '(the “Transaction”)'. Found with 'Hytera acquisition of Sepura Secretary of State decision national security "
 "undertakings' (rank 2). Same matter, left out (one text per matter; this page names the two ministers and gives "
 "the dates): the BEIS news story 'Business Department to consult on revised undertakings from Sepura Plc and Hytera "
 "Communications Corporation' (rank 1; no date in its excerpt) and the CMA case page 'Hytera / Sepura: public "
 "interest intervention notice' (rank 6). " + CHECKED + "'Sepura', 'Hytera', 'revised-national-security-"
 "undertakings' - no file but 51k's notes (a lead); 'Kwasi Kwarteng' - other matters (Storm Eunice, Newport Wafer "
 "Fab in test, an aviation committee text); 'Greg Clark' - other matters (51k's Northern Aerospace clearance and "
 "earlier items); 'Home Office', 'Airwave', 'Emergency Services Network' - other texts (none is in this one). The "
 "undertakings are new to the corpus.",
 GOV))
# ---- NSI Act: Exosens UK / Centronic, final order approving with a condition (25 July 2024) -----------------------
u = ("https://www.gov.uk/government/publications/acquisition-of-100-of-issued-share-capital-of-centronic-limited-by-"
     "exosens-uk-limited/acquisition-of-100-of-issued-share-capital-of-centronic-limited-by-exosens-uk-limited")
t = "Acquisition of 100% of issued share capital of Centronic Limited by Exosens UK Limited"
R.append(uk_rec("gov-uk-nsi-act-exosens-uk-centronic-final-order-approved-with-condition-2024", u, "2024-07-25", t, OGL,
 att("UK government (the Chancellor of the Duchy of Lancaster)", "decision", t, "25 July 2024", u),
 "Following a detailed national security assessment, the Chancellor of the Duchy of Lancaster has made a Final Order pursuant to section 26 of the National Security and Investment Act 2021 (“the Act”), which comes into force on 25 July 2024.\n\n"
 "The Parties who are subject to the order are:\n\n"
 "Centronic Limited;\n\n"
 "Centronic Group Limited;\n\n"
 "Centronic Holdings Limited; and\n\n"
 "Exosens UK Limited.\n\n"
 "Exosens UK Limited, a wholly owned subsidiary of Exosens S.A.S., will gain control of the qualifying entities, Centronic Group Limited and, indirectly, Centronic Limited, upon completion by increasing the percentage of shares held in Centronic Group Limited and Centronic Limited from less than 75% to 75% or more (“the Acquisition”).\n\n"
 "The Acquisition is a trigger event under section 8(2)(c) of the Act.\n\n"
 "The Chancellor of the Duchy of Lancaster has approved the 100% acquisition of the issued share capital of Centronic Limited by Exosens UK Limited subject to the condition that:\n\n"
 "Centronic’s site and its capability pertaining to current and future UK Defence contracts remain in the UK.\n\n"
 "The Chancellor of the Duchy of Lancaster considers that this measure mitigates the risk to national security in relation to the potential impact to the UK’s defence capabilities if Centronic Limited’s UK facility were to be relocated outside of the UK.\n\n"
 "The Chancellor of the Duchy of Lancaster considers that the Final Order is necessary and proportionate to mitigate the risk to national security.",
 "defence/electronics; investment screening", "UK", "regulatory,deal",
 GOV_NOTE + NSI_NOTE + "The doubled space in 'the issued share capital  of' made single (whitespace only). The "
 "excerpt ends with paragraph 7, the order's closing formula, well short of the store's excerpt length, so the page "
 "text is taken as whole (`truncated` false; no footer shows). Kept as written: 'S.A.S.', 'UK Defence contracts' "
 "with its capital, 'Centronic’s', 'relocated outside of the UK'. Found with 'Acquisition of Centronic Limited by "
 "Exosens UK Limited notice of final order' (rank 1). " + CHECKED + "'Exosens', 'Centronic', 'Photonis' - no file; "
 "'Chancellor of the Duchy' - Hansard texts on other matters (voter registration, storms) and their gather scripts; "
 "'notice-of-final-order' - no file. The final order is new to the corpus. Its wording shares the Act's formulas "
 "with the FTDI order of this batch (78 8-word shingles; paragraphs 1, 4 and 7 and the list's lead-in).",
 GOV, truncated=False))
# ---- NSI Act: FTDI Holding / Future Technology Devices International, final order to sell (6 November 2024) ------
u = ("https://gov.uk/government/publications/acquisition-of-802-of-shares-in-future-technology-devices-international-"
     "limited-by-ftdi-holding-limited-notice-of-final-order/acquisition-of-802-of-shares-in-future-technology-devices-"
     "international-limited-by-ftdi-holding-limited")
t = "Acquisition of 80.2% of shares in Future Technology Devices International Limited by FTDI Holding Limited"
R.append(uk_rec("gov-uk-nsi-act-ftdi-holding-future-technology-devices-international-final-order-to-sell-2024", u,
 "2024-11-06", t, OGL,
 att("UK government (the Chancellor of the Duchy of Lancaster)", "decision", t, "6 November 2024", u),
 "Following a detailed national security assessment, the Chancellor of the Duchy of Lancaster has made a Final Order pursuant to section 26 of the National Security and Investment Act 2021 (“the Act”), which comes into force on 5 November 2024.\n\n"
 "The Parties who are subject to the order are:\n\n"
 "Future Technology Devices International Limited (“FTDI”); and\n\n"
 "FTDI Holding Limited (“FTDIHL”);\n\n"
 "together with any subsidiary, controlled entity or affiliate of either of them.\n\n"
 "On 7 December 2021, FTDI Holding Limited gained control of the qualifying entity, Future Technology Devices International Limited by increasing the percentage of shares held in Future Technology Devices International Limited from less than 75% to 75% or more (“the Acquisition”).\n\n"
 "The Acquisition is a trigger event under section 8(2)(c) of the Act.\n\n"
 "The Chancellor of the Duchy of Lancaster has imposed a final order. The order has the effect of requiring FTDIHL to sell 80.2% of FTDI within a specified period and by following a specified process.\n\n"
 "The Chancellor of the Duchy of Lancaster considers that this measure mitigates risks to national security in relation to:\n\n"
 "UK-developed semiconductor technology and associated intellectual property being deployed in ways that are contrary to UK national security.\n\n"
 "The ownership of FTDI being used to pose a risk to critical national infrastructure which uses FTDI products.\n\n"
 "The Chancellor of the Duchy of Lancaster considers that the Final Order is necessary and proportionate to mitigate the risk to national security.",
 "semiconductors; investment screening", "UK", "regulatory,deal",
 GOV_NOTE + NSI_NOTE + "The line 'together with any subsidiary, controlled entity or affiliate of either of them.' "
 "kept as its own paragraph, as the page sets it after the list. The excerpt ends with paragraph 7, the order's "
 "closing formula, short of the store's excerpt length, so the page text is taken as whole (`truncated` false). "
 "Kept as written: the comma-less 'the qualifying entity, Future Technology Devices International Limited by "
 "increasing', 'UK-developed', the curly quotes. Found with 'Acquisition of Future Technology Devices International "
 "by Skytech final order' (rank 2). Same matter, left out (one text per matter): the 'notice of final order "
 "variation' of 13 December 2024 (rank 1), which moves a date for the disposal plan. " + CHECKED + "'FTDI' (hits "
 "only inside binary model files under /work/notes), 'Future Technology Devices', 'Skytech', '802-of-shares' - no "
 "text file. The final order is new to the corpus.",
 GOV, truncated=False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

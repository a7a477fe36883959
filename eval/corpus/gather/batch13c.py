#!/usr/bin/env python3
"""Batch 13c: three more page-store texts (search tool, corpus `pages`; first ~2,000 characters of each page),
gathered after batch 13 and 13b were annotated and committed, before newskg was run on any batch-13 file:
a House of Commons Business and Trade Sub-Committee event page on the Marks and Spencer cyber-attack (Open Parliament
Licence v3.0, committees.parliament.uk), a House of Lords written answer on the Synnovis data leak (a near-miss: no
lost service stated; Open Parliament Licence v3.0, via parallelparliament.co.uk) and the opening of the FCC Public
Safety and Homeland Security Bureau's report on the AT&T Mobility outage of 22 February 2024 (public domain, as held
by a document-sharing mirror; the same event as two earlier corpus texts, a different text and author).
Edits: page chrome, heading lines kept in `title`, a witness list without names, footnote markers and trailing
cut-off sentences left out; no word added or changed.
usage: batch13c.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
OPL = "Open Parliament Licence v3.0"


def opl(what, url):
    return f"{what}. Contains Parliamentary information licensed under the Open Parliament Licence v3.0; text as at {url}"


U_MS = "https://committees.parliament.uk/event/24543"
U_NHS = "https://parallelparliament.co.uk/question/HL1830/nhs-hacking"
U_ATT = "https://pilihbajumuslim.com/mastah-kampret/wNy02bj5CZilmcjNnL3d3d6MHc0/document/753287889/FCC-Report-on-ATT-Outage"
RECS = [
 dict(id="uk-parliament-business-trade-committee-ms-cyber-attack-evidence-2025", source=U_MS, licence=OPL,
      attribution=opl("House of Commons Business and Trade Sub-Committee on Economic Security, Arms and Export Controls, event page '8 July 2025 - UK economic security - Oral evidence'", U_MS),
      published=None, title="8 July 2025 - UK economic security - Oral evidence", sector="retail", region="non-US",
      topics=["outage", "leadership"], truncated=True, origin="committees.parliament.uk event page (search tool page store)",
      notes="First ~2,000 characters of the event page: 'Skip to main content', the heading (kept in `title`), 'Add to calendar' and the 'Meeting details' list (start times and witnesses' job titles without names) left out; cut at the last full sentence (the cut-off 'Marks and Spencer has estimated' left out). The page gives the hearing date but not its own publication date: `published` null.",
      text="""Committee Business and Trade Sub-Committee on Economic Security, Arms and Export Controls
Inquiry UK economic security

Tuesday 8 July 2025

M&S Chair Archie Norman to face BTC questions after cyber-attack disrupted online and in-store operations for months

• Representatives of Co-op Group that also suffered attack, and cyber-security and law enforcement experts, will also appear

On Tuesday 8 July the Business and Trade sub-Committee will question Marks and Spencer Chairman Archie Norman on the devastating cyber-attack that has disrupted the iconic British retailer's operations for months.

After acknowledging the attack in April, the company was forced to suspend all online sales for weeks and its website operations are not expected to be fully restored for another month or so. It is believed some customer data was also breached."""),
 dict(id="hansard-written-answer-nhs-hacking-synnovis-data-2024", source=U_NHS, licence=OPL,
      attribution=opl("House of Lords written question HL1830 'NHS: Hacking', answered by the Department of Health and Social Care", U_NHS),
      published=None, title="NHS: Hacking (written question HL1830)", sector="health care / pathology", region="non-US",
      topics=["regulatory"], truncated=False, origin="Hansard written answers via parallelparliament.co.uk (search tool page store)",
      notes="The question and answer as the mirror's page holds them; the line 'Question to the Department of Health and Social Care:' kept in `title`'s sense and left out. The excerpt gives no dates of asking or answering: `published` null. A near-miss: a data leak after a cyber-attack, with no lost service stated.",
      text="""To ask His Majesty's Government, in the NHS database hack by Qilin in June, (1) how many individual patients' data were hacked, (2) whether data were hacked that could be used to identify any individual, (3) whether, and what, medical information was hacked, and (4) whether any results were hacked and, if so, what type of results.

The data leaked following the cyber-attack on Synnovis is still being investigated by Synnovis. This involves interrogation to identify the personal data that has been affected. The complexity of the investigation means it will take time for Synnovis to clarify and identify which individuals and organisations have been impacted and the nature of the data.

We understand that the data leaked in the Synnovis cyber-attack was not taken from a single database but was a partial copy of content from Synnovis’s administrative working drives.

When any databases which contain personal data are established by an organisation, the organisation has its own legal responsibilities as a controller of the data to ensure data protection by design and default in the design and development of a database, and to carry out a data protection impact assessment (DPIA) under UK General Data Protection Regulation. A DPIA includes an assessment of any risks to individuals, and how these risks are mitigated."""),
 dict(id="fcc-report-att-mobility-network-outage-february-2024", source=U_ATT, licence="public domain (US federal government work)",
      attribution="U.S. Federal Communications Commission, Public Safety and Homeland Security Bureau, 'February 22, 2024 AT&T Mobility Network Outage: Report and Findings' (July 22, 2024); opening as held at " + U_ATT,
      published="2024-07-22", title="February 22, 2024 AT&T Mobility Network Outage — Report and Findings", sector="telecoms", region="US",
      topics=["outage", "regulatory"], truncated=True, origin="FCC report on a document-sharing mirror (search tool page store)",
      notes="The mirror's lines ('Download as pdf or txt', page counter), the title block (kept in `title`; its date used for `published`), the table of contents, page numbers, the heading 'I. INTRODUCTION', the paragraph number '1.' and the footnote markers after 'Time,' and 'hours.' left out; cut at the last full sentence (the cut-off 'Based on information provided by AT&T Mobility, all voice and 5G data services for all users of A' left out).",
      text="""On Thursday, February 22, 2024, at 2:45 AM Central Standard Time, AT&T Mobility LLC (AT&T Mobility) experienced a nationwide wireless service outage that lasted at least twelve hours. The outage affected users in all 50 states as well as Washington, D.C., Puerto Rico, and the U.S. Virgin Islands."""),
]


def main():
    write_all(RECS, POOL, dry="--dry" in sys.argv)


if __name__ == "__main__":
    main()

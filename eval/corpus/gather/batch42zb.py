#!/usr/bin/env python3
"""Batch 42zb (session 43; helper gather43zb): the ACMA lane of batches 10, 13b, 18c, 18d and 40k (outages with a
named provider told in the Australian Communications and Media Authority's own media releases), taken up again. No
new outage event with a named provider came back from acma.gov.au itself (the TPG mobile outage of 15 August 2024,
Optus's Dapto outage of 28 September 2025 and its Hunter Valley outage of 5 November 2025 came back only as news);
two ACMA enforcement releases on public-safety and IT failures that stopped no service are taken as NEAR-MISSES:
  - Lycamobile Pty Ltd paying a $604,800 infringement notice for 245,902 inaccurate customer records sent to the
    Integrated Public Numbers Database used by emergency services and 4,207 prepaid ID-check failures
    (acma.gov.au, May 2021 by its address) -> near-miss (data failures, no service lost);
  - Dodo Services Pty Ltd formally warned after IT faults stopped data-usage alerts to some 3,300 fixed broadband
    customers in October 2013 and nearly 2,000 in November 2013 (acma.gov.au's former site, 2014) -> near-miss
    (alerts not sent over two months; no service down; doubtful).
Licence: the ACMA's website content is CC BY 4.0 ('the fine print' page, as batches 10, 13b, 18c, 18d read it).
Every text is the search tool's page-store excerpt (corpus `pages`), never a whole page; cuts are listed per item in
`notes`; no word added or changed. Written before any extractor ran on them (newskg was not run at all).
usage: batch42zb.py [POOL_DIR] [--dry]   (default /tmp/gather43zb/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch10 import acma, CC4

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43zb/pool"
ORIGIN = "Australian Communications and Media Authority article on acma.gov.au (page store)"

R = []

# ---- near-miss: a telco's customer-data failures for the emergency-services database (ACMA, CC BY 4.0) ----------
U1 = "https://www.acma.gov.au/articles/2021-05/lycamobile-pays-600000-penalty-public-safety-failures"
T1 = "Lycamobile pays $600,000 penalty for public safety failures"
R.append({"id": "acma-lycamobile-pays-600000-penalty-public-safety-failures-2021", "source": U1, "licence": CC4,
 "attribution": acma(T1, U1), "published": None, "title": T1,
 "text":
 "Lycamobile Pty Ltd (Lycamobile) has paid an infringement notice of $604,800 after the Australian Communications "
 "and Media Authority (ACMA) found prolonged and large-scale customer data failures, which could have put people in "
 "danger.\n\n"
 "The ACMA investigation found 245,902 instances where Lycamobile did not provide accurate customer information to an "
 "industry database used by police, fire and ambulance services, and 4,207 instances where it failed to comply with "
 "ID check rules before signing up prepaid mobile customers.\n\n"
 "ACMA Chair Nerida O\u2019Loughlin said the Integrated Public Numbers Database (IPND) is used by emergency services "
 "when responding to Triple Zero (000) calls from the public.\n\n"
 "Information from the IPND is also used for the Emergency Alert Service, which was relied on extensively throughout "
 "the 2020 bushfires and COVID crises.\n\n"
 "\u201cTelcos have a responsibility to help keep Australians safe during natural disasters or life-threatening "
 "circumstances. Lycamobile may have put people\u2019s lives at risk by not passing accurate information on to the "
 "IPND,\u201d Ms O\u2019Loughlin said.\n\n"
 "Lycamobile\u2019s failure to undertake proper customer ID checks when activating prepaid services is also a public "
 "safety issue, as police investigations into criminal activity are hampered when the owner of a mobile phone cannot "
 "be identified.\n\n"
 "As well as the financial penalty, the ACMA has also required the company to conduct an independent audit of its "
 "systems and processes and to implement improvements, given the serious nature of Lycamobile\u2019s non-compliance "
 "over a lengthy period.\n\n"
 "This is the latest action in the ACMA\u2019s ongoing campaign to improve the accuracy of the IPND and reduce the "
 "risk of consumer harm. In 2019 and 2020, the ACMA gave remedial directions to a number of telcos for non-compliance "
 "with IPND rules.",
 "sector": "telecoms", "region": "non-US", "topics": ["regulatory", "outage"],
 "origin": ORIGIN,
 "notes": "First ~2,000 characters of the page as the page store holds it. Cut: 'Skip to main content' and the heading "
 "(kept as `title`); the last, cut-off sentence 'Should Lycamobile fail to comply with its customer data or pre-paid "
 "ID check oblig...' (so truncated). `published` null: the address dates it to May 2021 (no day; as batch 10 for "
 "ACMA addresses), so no relative expression is resolved (the text has none). Kept as written: the curly quotation "
 "marks and apostrophes, '$604,800' beside the title's '$600,000'. Near-miss for the outage lane: customer records "
 "not passed to a database and ID checks not done - no service lost. New to the corpus: '604,800', '245,902', "
 "'Lycamobile Pty', 'IPND' - 0 in every split, every gather script, GATHERING.md and the session-43 pools "
 "(Lycamobile itself only in batch 31i's Wikipedia article on Lyca Mobile, another subject). Found with "
 "'acma.gov.au articles Lycamobile emergency call penalty' (first).",
 "truncated": True})

# ---- near-miss: IT faults that stopped a telco's data-usage alerts (ACMA's former site, CC BY 4.0) ---------------
U2 = "https://www.acma.gov.au/Industry/Telco/Reconnecting-the-customer/TCP-code/dodo-warned-over-customer-usage-alerts"
T2 = "Dodo warned over customer usage alerts"
R.append({"id": "acma-dodo-warned-customer-usage-alerts-2014", "source": U2, "licence": CC4,
 "attribution": acma(T2, U2), "published": None, "title": T2,
 "text":
 "The Australian Communications and Media Authority has formally warned Dodo Services Pty Ltd (Dodo) about its "
 "compliance with the Telecommunications Consumer Protections Code (TCP Code).\n\n"
 "The warning follows an ACMA investigation which found that the telecommunications service provider had failed to "
 "send alerts to customers about their data usage (as required by the TCP Code). The failure affected some 3,300 Dodo "
 "fixed broadband customers in October 2013 and nearly 2,000 fixed broadband customers during November 2013.\n\n"
 "\u2018Dodo cooperated with the ACMA\u2019s investigation,\u2019 said ACMA Chairman, Chris Chapman.\n\n"
 "\u2018Once its failure to send the alerts was identified in its response to the ACMA\u2019s enquiries, Dodo worked "
 "swiftly to fix the information technology faults that had prevented the alerts from being sent. Dodo also "
 "compensated affected customers and had capped the excess usage charges,\u2019 he said.\n\n"
 "All telco providers must send usage alerts to customers on post-paid broadband internet plans when they have "
 "reached 50, 85 and 100 per cent of their monthly data allowance (unless the plan is for unlimited data, the data is "
 "\u2018shaped\u2019 or if usage is capped at 100 per cent).\n\n"
 "The Dodo issue was the only one identified during an ACMA audit of seven large and medium telco service providers "
 "to assess compliance with the usage alert requirements, which were introduced in September 2013. All seven "
 "providers had begun offering usage alerts before they became mandatory and several offered customers flexibility "
 "about when and how the alerts are delivered.\n\n"
 "\u2018It\u2019s again heartening to see that industry is embracing these new rules and actively promoting spend "
 "management tools to their customers,\u2019 Mr Chapman said.",
 "sector": "telecoms", "region": "non-US", "topics": ["regulatory", "outage"],
 "origin": "Australian Communications and Media Authority media release on acma.gov.au's former site (page store)",
 "notes": "First ~2,000 characters of the page as the page store holds it. Cut: the page-title line 'Dodo warned over "
 "customer usage alerts | ACMA' and the heading (kept as `title`); the media-contact paragraph 'For more information, "
 "please see the Backgrounder below or to arrange an interview, please contact: Emma Rossi, Media Manager, ...' and "
 "the cut-off 'Media releas...' after it (so truncated; the Backgrounder is not in the excerpt), as batch 10 left out "
 "media-contact lines. `published` null: the page shows no date (news copies date it June 2014; not used). Kept as "
 "written: the curly single quotation marks, 'ACMA Chairman, Chris Chapman'. Near-miss for the outage lane: 'the "
 "information technology faults that had prevented the alerts from being sent' stopped a notification over October "
 "and November 2013, no service was down (doubtful). Licence: the ACMA's current 'fine print' statement (CC BY 4.0) "
 "read as covering its former site's pages still served under acma.gov.au, as batch 18d did for the ACMA's 2013 TPG "
 "release. New to the corpus: 'Dodo Services', 'usage alerts', '3,300 Dodo' - 0 in every split, gather script, "
 "GATHERING.md and the session-43 pools. Found with 'Dodo iPrimus triple zero emergency calls failed ACMA penalty' "
 "(third).",
 "truncated": True})

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 11c: three more UK Parliament texts (Open Parliament Licence v3.0), gathered after batch 11b's annotations
were committed and before newskg was run on any batch-11 file: the Lords repeat of the Storm Arwen power-cut
statement, a written answer on the cyber-attack on the NHS software supplier Advanced (data.parliament.uk linked-data
listing), and a Lords exchange on Capita's administration of civil service pensions (near-miss). Same editing rules
as batch11.py.
usage: batch11c.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch11 as b11
from batch11 import OPL, opl

U_ARWEN = "https://hansard.parliament.uk/Lords/2021-12-02/debates/0DDC8730-AE57-4C08-A121-209D5CD6CEDD/StormArwen"
U_ADV = "http://eldaddp.azurewebsites.net/answeredquestions.html?hansardHeading=NHS%3A+Cybersecurity&published=true"
U_CAP = "https://parallelparliament.co.uk/mp/lord-pack/debate/Lords/2026-02-05/debates/B4D69FA7-2960-465D-8E47-65E2868385A2/CivilServicePensionsCapita"

RECS = [
 dict(id="hansard-lords-storm-arwen-power-cuts-statement-2021", source=U_ARWEN, licence=OPL,
      attribution=opl("Hansard, House of Lords, 'Storm Arwen', volume 816, debated on Thursday 2 December 2021 (repeat of a Commons statement)", U_ARWEN),
      published="2021-12-02", title="Storm Arwen", sector="energy / electricity distribution", region="non-US", topics=["outage", "regulatory"],
      truncated=True, origin="hansard.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the Hansard page: 'Skip to main content', the heading and the volume/date line left out; cut before the last, cut-off paragraph (a list of areas).",
      text="""The following Statement was made in the House of Commons on Wednesday 1 December.

“With permission, Mr Speaker, I would like to make a Statement on the electricity disruptions as a result of Storm Arwen and how we are working to ensure that power is restored to people’s homes.

Storm Arwen brought severe weather, including high winds of up to 100 mph, rain, snow and ice, causing the most severe disruption since 2005. Many people across the country, but particularly in northern England and Scotland, have been without power for a number of days. Three people have tragically lost their lives in incidents related to the storm. My thoughts—and, I am sure, the thoughts of the whole House—are with those people and their loved ones.

I want to reassure people who are still without power—who are exhausted, worried and angry—that we are all working incredibly hard to ensure that normal conditions return. We have incredibly dedicated teams of engineers, who have been working around the clock to restore the network. The scale of the restoration effort that engineers are facing is enormous. The weekend saw exceptionally strong winds of almost 100 mph, which brought large trees and debris down on to power lines. For example, central Scotland has only seen wind speeds like this twice in the last 25 years. Of course, to add to the complex situation, much of the damage is in remote and hard-to-reach places.

I am glad to say that more than 95% of those affected by the storm—over 935,000 customers—have had their power supply restored so far; I thank the engineers for their hard work and perseverance. However, as of 8 o’clock this morning, there were still 30,000 customers without power."""),
 dict(id="hansard-written-answer-nhs-cybersecurity-advanced-2023", source=U_ADV, licence=OPL,
      attribution=opl("House of Commons written question 131274 'NHS: Cybersecurity', answered 3 February 2023 (data.parliament.uk answered-questions linked-data listing)", U_ADV),
      published="2023-02-03", title="NHS: Cybersecurity", sector="health / software supplier", region="non-US", topics=["outage"],
      truncated=False, origin="data.parliament.uk linked-data API listing (search tool page store)",
      notes="Question text and answer text of the listing's one item, with the listing's field labels, 'more like this' links, metadata fields and HTML paragraph tags left out.",
      text="""To ask the Secretary of State for Health and Social Care, pursuant to the Answer of 1 December 2022 to Question 84943 on NHS Digital: Cybersecurity, what steps he has taken to ensure that a similar cyber incident does not occur again.

This incident was not targeted against the National Health Service but against Advanced, a third-party software supplier to the NHS. We have worked closely with Advanced to restore services. The majority of NHS services have now been reconnected and we are supporting the few NHS organisations still undergoing reconnecting. All but one of the affected mental health providers have now been reconnected and are in the restoration phase.

The incident has impacted data submission to the Mental Health Services Data Set (MHSDS). The MHSDS monthly publication has been reclassified as experimental statistics to reflect this. Caveats are included on the publication page to warn users when interpreting the data. The NHS Digital data liaison service and data quality teams are in regular communication with providers and continue to monitor the impact on submissions and reporting."""),
 dict(id="hansard-lords-civil-service-pensions-capita-2026", source=U_CAP, licence=OPL,
      attribution=opl("Hansard, House of Lords, 'Civil Service Pensions: Capita', Thursday 5 February 2026 (excerpt as reproduced by Parallel Parliament)", U_CAP),
      published="2026-02-05", title="Civil Service Pensions: Capita", sector="business services / pensions administration", region="non-US",
      topics=["regulatory"], truncated=True, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="The mirror's excerpt: header, department, date and speaker/portrait lines left out; cut before the last, cut-off answer. Near-miss: service backlog after a contract transfer, no system outage.",
      text="""My Lords, I think many of us have had different experiences with Capita in different contracts over time. I fear that I may be on the record not calling it “Capita” in other parts of Parliament. Specifically, noble Lords may be aware that the Public Accounts Committee in the other place raised concerns about this contract last summer and therefore a whole series of assurance reviews were undertaken and put in place. There are ongoing issues about what has happened and how it has happened, but the priority at this point has to be how we prioritise those who are waiting for deferred salary, but also, at the most extreme end, people who have died in service and who have taken ill-health retirement. To reassure noble Lords, the recovery plan expects that those cases will have been caught up and dealt with by the end of this month, and the hardship loans have started to be paid this week.

My Lords, the Cabinet Office told the Public Accounts Committee last year that it was aware of very significant problems with Capita’s preparations to take over the contract on 1 December and that the Cabinet Office had a contingency plan ready to use if necessary. Why, therefore, did the Cabinet Office decide to go ahead with the 1 December transfer to Capita rather than invoke its contingency plan?"""),
]

if __name__ == "__main__":
    b11.RECS = RECS
    b11.POOL = sys.argv[1] if len(sys.argv) > 1 else b11.POOL
    b11.main()

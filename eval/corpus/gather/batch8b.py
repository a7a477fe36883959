#!/usr/bin/env python3
"""Batch 8b: four more public-domain FCC documents on service outages (search tool page store), added after
batch 8 by the same rules (texts embedded; captions, headings, footnote markers and inline footnote texts
left out; line wraps joined; cut at the last full sentence)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write
PD = "public domain (US federal government work)"
DOCS = [
 dict(id="fcc-rosenworcel-statement-multistate-911-outage-2014",
      source="https://docs.fcc.gov/public/attachments/DOC-330013A1.txt",
      attribution="U.S. Federal Communications Commission, 'Statement of Commissioner Jessica Rosenworcel Re: Multistate 911 Outage Presentation (October 17, 2014)', https://docs.fcc.gov/public/attachments/DOC-330013A1.txt",
      published="2014-10-17", title="Statement of Commissioner Jessica Rosenworcel on the multistate 911 outage presentation",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=True,
      notes="First ~2,000 characters from the search tool page store; heading 'STATEMENT OF COMMISSIONER JESSICA ROSENWORCEL' left out (kept in the title); the page store has no paragraph breaks after the 'Re:' line; cut at the last full sentence.",
      text="""Re: Multistate 911 Outage Presentation (October 17, 2014)

The first telephone number I taught my children was 911. It’s a number that every one of us knows by heart but every one of us hopes we will never have to use. On April 9 and 10, 2014, thousands of people had to call 911. But instead of reaching help at the end of the line, they got silence. Eighty-one 911 call centers spanning seven states lost service for as long as six hours. The source of this multistate 911 outage? Not a natural disaster. Not a power failure. It was a software glitch. A software glitch that put the lives and safety of 11 million Americans at risk. I visited Washington state shortly after this outage. In Washington, all 39 of the state’s 911 call centers went dark just weeks after the Oso mudslide swiftly and tragically claimed a rural community and the lives of 43 people. With this tragedy fresh in mind, people in Washington asked me repeatedly what we were doing about 911 service failures. These failures are preventable. That’s what we know now because the Commission staff has done extraordinary work to understand just what happened. They worked with carriers, reached out to public safety officials, and combed through reams of data. As a result, we know that this multistate outage was caused by a coding error. We know that this error stopped calls from being routed through the network to affected 911 call centers. And we know that because of a totally inadequate alarm system, this error was not detected for six hours—causing more than 6600 911 calls to go unanswered. So now that we understand what went wrong, we need to do something about it. What is apparent to me is that as we transition our emergency service systems to next generation 911, essential elements of our traditional 911 network topology are changing. While a more centralized IP-based system can mean tremendous new functionality, it also can mean new vulnerabilities."""),
 dict(id="fcc-pai-remarks-multistate-911-outage-report-2014",
      source="https://docs.fcc.gov/public/attachments/DOC-330007A1.txt",
      attribution="U.S. Federal Communications Commission, 'Remarks of Commissioner Ajit Pai on the presentation on the April 2014 multistate 911 outage report', October 17, 2014, https://docs.fcc.gov/public/attachments/DOC-330007A1.txt",
      published="2014-10-17", title="Remarks of Commissioner Ajit Pai on the presentation on the April 2014 multistate 911 outage report",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=True,
      notes="First ~2,000 characters from the search tool page store; the heading (kept in the title) left out, so the outage's month is not in the text; cut at the last full sentence.",
      text="""When Americans dial 911, they expect and deserve to reach emergency personnel that can assist them in their time of need. That’s why the type of failure detailed in the Public Safety and Homeland Security Bureau’s report is absolutely unacceptable. We can’t have over 11 million people lose access to 911 for any length of time, let alone for up to six hours. Based on this report’s findings, the failure that occurred here was entirely preventable. Indeed, even after it occurred, its impact could have been significantly mitigated had the decision been made earlier to route calls through an alternative, available facility. I am glad that the Bureau thoroughly investigated this failure and identified its root cause. I am also glad that steps have already been taken to reduce the chance of history repeating itself. Enhanced alarming and manual checks are now in place, along with additional training and other procedures that will allow for more effective monitoring and detection of potential problems in the 911 system. Inspections have also been done to determine if there are similar vulnerabilities in other parts of the relevant 911 architecture. Although the report finds that this failure did not result in any fatalities, it should serve as a much-needed wake-up call. We might not be so lucky the next time. 911 call centers must remain vigilant and hold their service providers accountable. In turn, providers of 911 services have a special responsibility to ensure that they adopt and abide by best practices, including maintaining redundant, reliable networks. I agree that the FCC has an important role to play in facilitating the development of such best practices."""),
 dict(id="fcc-centurytel-michigan-service-interruption-waiver-2020",
      source="https://docs.fcc.gov/public/attachments/DA-20-1392A1.txt",
      attribution="U.S. Federal Communications Commission, Wireline Competition Bureau order DA 20-1392 (Section 63.63 application of CenturyTel of Michigan, Inc. d/b/a CenturyLink), released November 23, 2020, https://docs.fcc.gov/public/attachments/DA-20-1392A1.txt",
      published="2020-11-23", title="Waiver for CenturyTel of Michigan (CenturyLink) emergency discontinuance application after a service interruption near Edenville (FCC order DA 20-1392)",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=True,
      notes="First ~2,000 characters from the search tool page store; caption, section headings, paragraph numbers and the footnote texts the page store runs inline (statute and rule citations, the application's citation) left out; cut at the last full sentence.",
      text="""In this Order, we resolve a request from CenturyTel of Michigan, Inc. d/b/a CenturyLink (CenturyLink or Applicant) for waiver of the filing deadline requirement for emergency discontinuance applications filed pursuant to section 214(a) of the Communications Act of 1934, as amended (the Act), and section 63.63 of the Federal Communications Commission’s (Commission) rules. Although CenturyLink failed to file its application within 65 days of the event that caused the discontinuance, reduction or impairment of its services in full compliance with the Commission’s rules, we find that good cause exists to grant CenturyLink’s waiver request.

On August 25, 2020, CenturyLink filed an emergency discontinuance application to address the unavoidable interruption of its “telecommunications services and other real-time two-way voice communications services” (Affected Services) to customers in limited portions of the Hope exchange, near the town of Edenville in central Michigan. On October 2, 2020, CenturyLink filed supplemental information to update the record regarding its tracking of service impairments and its restoration efforts."""),
 dict(id="fcc-pshsb-derecho-911-outages-public-notice-2012",
      source="https://www.fcc.gov/document/pshsb-seeks-comment-effects-derecho-storm-communications",
      attribution="U.S. Federal Communications Commission, Public Safety and Homeland Security Bureau public notice DA 12-1153 'PSHSB seeks comment on effects of Derecho storm on communications', released July 18, 2012, https://www.fcc.gov/document/pshsb-seeks-comment-effects-derecho-storm-communications",
      published="2012-07-18", title="PSHSB seeks comment on effects of Derecho storm on communications (DA 12-1153)",
      sector="telecoms", region="US", topics=["outage", "regulatory"], truncated=True,
      notes="First ~2,000 characters of the rendered fcc.gov page from the search tool page store; site navigation, caption and docket lines left out; line wraps joined ('mid-Atlantic'); footnote markers left out; cut before the paragraph the excerpt ends in.",
      text="""On June 29, 2012, a fast-moving weather storm called a derecho brought a wave of destruction across wide swaths of the United States, beginning in the Midwest and continuing through the mid-Atlantic and Northeastern regions of the country. Millions of Americans lost electrical power during the storm for periods ranging from a few hours to over a week in the middle of a heat wave, and the storm caused billions of dollars in physical damage. The storm had a significant adverse effect on communications services generally and 9-1-1 facilities particularly. From isolated breakdowns in Ohio, Kentucky, Indiana, and Pennsylvania, to systemic failures in northern Virginia and West Virginia, it appears that a significant number of 9-1-1 systems and services were partially or completely down for several days.

The impact of the storm in northern Virginia was particularly severe, notably in Fairfax County, parts of Prince William County, Manassas Park and Manassas, where over 1 million people faced the possibility of not being able to call 9-1-1 successfully. In those jurisdictions, media reports and local government officials indicate that public safety answering points (PSAPs), which process calls to 911 facilities, failed, as did backup systems. Multiple access technologies appear to have been affected by the outages, including traditional networks, broadband networks, and wireless networks."""),
]
def main(dry=False):
    out = []
    for d in DOCS:
        r = dict(d); r["licence"] = PD; r["origin"] = "fcc (search tool page store)"
        out.append(r)
        if not dry: write(r)
    return out
if __name__ == "__main__":
    for o in main(dry="--dry" in sys.argv):
        print(o["id"], len(o["text"].split()))

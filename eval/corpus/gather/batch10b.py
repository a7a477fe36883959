#!/usr/bin/env python3
"""Batch 10b: UK Parliament texts (Hansard debates, written statements and written answers, Open Parliament Licence
v3.0) on telecom and IT outages and a shareholding sale, found with the search tool (corpus `pages`) after batch 10's
annotations were committed and before newskg was run on any batch-10 file. Same editing rules as batch10.py: page
headers, speaker/metadata lines and a trailing cut-off sentence are left out; no word is added or changed.
usage: batch10b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all  # noqa: E402

POOL = sys.argv[1] if len(sys.argv) > 1 else "/work/corpus-work/pool"
OPL = "Open Parliament Licence v3.0"


def attr(what, url):
    return f"{what}. Contains Parliamentary information licensed under the Open Parliament Licence v3.0; text as at {url}"


RECS = [
 dict(id="hansard-lords-emergency-communications-999-fault-2023",
      source="https://hansard.parliament.uk/Lords/2023-06-26/debates/9B6E3FFC-EA2C-481A-8DE3-55C4F3DF668B/details", licence=OPL,
      attribution=attr("Hansard, House of Lords, 'Emergency Communications', Private Notice Question, volume 831, debated on Monday 26 June 2023",
                       "https://hansard.parliament.uk/Lords/2023-06-26/debates/9B6E3FFC-EA2C-481A-8DE3-55C4F3DF668B/details"),
      published="2023-06-26", title="Emergency Communications", sector="telecoms", region="non-US", topics=["outage", "regulatory"],
      truncated=True, origin="hansard.parliament.uk (search tool page store)",
      notes="First ~2,000 characters of the Hansard page: 'Skip to main content', the heading, volume/date line, 'Private Notice Question' and 'Asked by' lines left out (the stored page has no speakers' names); cut at the last full sentence.",
      text="""To ask His Majesty’s Government (1) when they became aware of yesterday’s fault with the 999 emergency system and (2) what action they are taking to ensure the resilience of emergency communications.

A technical issue with the 999 public emergency call system was reported to us at 9.20 am on Sunday 25 June 2023. This issue has now been fully resolved and the service is running as normal. A full investigation is under way to understand what caused this problem. Ofcom has formally requested information from BT, using its existing powers as the independent regulator. The Government are conducting a post-incident report to identify actions that will strengthen the resilience of the 999 public emergency call service.

My Lords, this is an incredibly disconcerting event. We all rely on the 999 emergency number as our ultimate safety net at times of distress and vulnerability. Any failure in the system will undermine faith in our emergency provision. We are seemingly very fortunate that there was no major incident yesterday morning. Can the Minister inform the House whether this eventuality—the loss of the main 999 capacity—has been tested in any training exercise for major incidents? Are the Government clear on what the potential risks associated with the use of the back-up system are, and what risk there might be to public safety as a result of the system’s failure?

Following the failure of the system, three strands of investigation have been put in place. First, BT is performing its own internal investigation. Secondly, Ofcom is engaging directly with BT, which it is required to regulate. Thirdly, based on the findings of those two, there will be the Government’s lessons learned approach. The combination of all those will allow us to learn lessons to improve future resilience of the system."""),
 dict(id="hansard-written-statement-999-disruption-post-incident-review-2024",
      source="https://parallelparliament.co.uk/debate/2024-03-21/commons/written-statements/disruption-of-999-in-june-2023-post-incident-review", licence=OPL,
      attribution=attr("Hansard, House of Commons written statement 'Disruption of 999 in June 2023: Post-Incident Review', 21 March 2024 (as reproduced by Parallel Parliament)",
                       "https://parallelparliament.co.uk/debate/2024-03-21/commons/written-statements/disruption-of-999-in-june-2023-post-incident-review"),
      published="2024-03-21", title="Disruption of 999 in June 2023: Post-Incident Review", sector="telecoms", region="non-US", topics=["outage", "regulatory"],
      truncated=True, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="The written statement's first ~2,000 characters; the mirror's '(8 months ago) Written Statements' header left out; cut at the last full sentence.",
      text="""I am notifying the House of the publication today of a post-incident review into technical fault BT experienced on 25 June 2023, which affected its ability to transfer 999 calls to the emergency authorities.
Whilst the emergency call service has proven itself to be extremely resilient, and the incident that occurred on 25 June was the first significant disruption to 999 in nearly 90 years of its operation, it is clear that such a disruption gives rise to the risk of serious and widespread harm to the public, and so the incident was exceptionally serious.
I am pleased that emergency authorities have reported that the overall impact on the public was lower than it could have been, and they have not currently identified any confirmed cases of serious harm occurring as a direct result of the incident. However, this will continue to be monitored by the appropriate authorities.
The review establishes the facts of what happened on that day, what the response was, and what lessons may be learnt about the wider resilience of the 999 system. The review does not find fault—its sole aim is to identify lessons to improve the resilience of the 999 system for the future. The review draws on the evidence and expertise provided by all relevant expert stakeholders, including emergency authorities, BT, Ofcom, Government Departments, the devolved Administrations, and local resilience forums.
Ofcom, as the independent regulator for the communications sector, continues its technical investigation of BT’s compliance with their regulatory obligations in connection with the incident.
There are six recommendations. I am pleased to say the two most pressing of these have already been completed and were done as a matter of urgency following the incident. The first of these relates to BT implementing immediate improvements to its systems and procedures to prevent a similar occurrence in the future."""),
 dict(id="hansard-commons-crowdstrike-it-outage-statement-2024",
      source="https://www.theyworkforyou.com/debates/?id=2024-07-22e.400.1", licence=OPL,
      attribution=attr("Hansard, House of Commons, 'CrowdStrike: IT Outage', ministerial statement, 22 July 2024 (as reproduced by TheyWorkForYou)",
                       "https://www.theyworkforyou.com/debates/?id=2024-07-22e.400.1"),
      published="2024-07-22", title="CrowdStrike: IT Outage", sector="tech/cybersecurity software", region="mixed", topics=["outage"],
      truncated=True, origin="Hansard via theyworkforyou.com (search tool page store)",
      notes="The part of the ministerial statement the stored page holds (it starts mid-statement); the page's 'Part of the debate' line and a stray 'On' left out; cut at the last full sentence.",
      text="""More concerningly, large parts of the local UK healthcare system lost access to test results and appointment information, affecting mostly GP services. Tried and tested NHS contingency plans were enacted and services are expected to be operating at full capacity in the next few days. Small businesses without dedicated IT support systems were heavily impacted due to disruption to card-only payment systems and ATMs, with many resorting to operate cash-only while firms worked to fix their systems. Many firms were able to get back online quickly and the remainder are expected to restore operations this week.
Officials from the National Cyber Security Centre quickly established that the outages were not the result of a security incident or malicious cyber-activity. The cause was instead identified to be a flawed CrowdStrike software update that caused Windows machines to crash.
On Friday morning, CrowdStrike issued guidance on how to solve the problem, giving users a manual fix for each affected device or system. I now believe that CrowdStrike is in the process of implementing an automated update, which can be applied remotely and should therefore speed up recovery. However, there are still residual impacts from the failed update, and it is important that we continue to monitor the situation and the longer-term impacts to UK sectors and secondary impacts from international disruption.
Ever since the incident occurred, the Government have worked closely with both Microsoft and CrowdStrike. My Cabinet Office officials have been leading co-ordination of the Government response across all impacted sectors of the economy. That included close monitoring of affected public services to ensure that business continuity plans were enacted and services were supported as they came back online."""),
 dict(id="hansard-written-answer-emergency-calls-british-telecom-2023",
      source="https://parallelparliament.co.uk/question/191400/emergency-calls-british-telecom", licence=OPL,
      attribution=attr("UK Parliament written question 191400 'Emergency Calls: British Telecom' and its answer (2023), as reproduced by Parallel Parliament",
                       "https://parallelparliament.co.uk/question/191400/emergency-calls-british-telecom"),
      published=None, title="Emergency Calls: British Telecom", sector="telecoms", region="non-US", topics=["regulatory", "outage"],
      truncated=False, origin="UK Parliament written answer via parallelparliament.co.uk (search tool page store)",
      notes="Question and answer as stored; the page gives no date for either ('published' null; the answer mentions 28 June 2023). Near-miss: the text names 'the incident on 25 June 2023' without saying what failed.",
      text="""Question to the Department for Science, Innovation & Technology:
To ask the Secretary of State for Science, Innovation and Technology, what the cost to the public purse is of the BT contract to operate the 999 emergency phone system.
We recognise the importance of 999 as an essential part of our public safety. The Government working in partnership with BT and the Emergency Authorities will be taking steps to strengthen the resilience of the Public Emergency Call Service, to ensure it meets the needs of the UK public.
The Government does not have a contract with BT to provide the Public Emergency Call Service, and does not pay BT to act as the 999 Call Handling Agent (CHA).
All Communication Providers (CPs) are required by the Communications Act (2003) to ensure the continuity of access to the Public Emergency Call Service, via the telephone numbers 999 and 112. These obligations are set out in the General Conditions of Entitlement and are regulated by Ofcom. All CPs pay BT to provide the service on their behalf, and this arrangement does not involve the Government.
Through their role as the independent regulator, Ofcom set BT an advisory target to answer 95% of calls within 5 seconds. While this is only an advisory target, Ofcom retains discretion to investigate, and take action against any CP for any possible breach of its General Conditions, which could include considering delays, errors, service quality and other relevant factors.
On 28 June 2023, Ofcom announced an investigation into the incident on 25 June 2023, and will seek to establish the facts surrounding the incident, and examine whether there are reasonable grounds to believe that BT has failed to comply with its regulatory obligations.
In addition, the Government will be completing a full Post-Incident Review to examine the resilience of the system and to identify any lessons that may be learnt from the incident."""),
 dict(id="hansard-written-statement-urenco-shareholding-2013",
      source="https://parallelparliament.co.uk/debate/2013-04-22/commons/written-statements/urenco", licence=OPL,
      attribution=attr("Hansard, House of Commons written statement 'Urenco', Michael Fallon, 22 April 2013 (as reproduced by Parallel Parliament)",
                       "https://parallelparliament.co.uk/debate/2013-04-22/commons/written-statements/urenco"),
      published="2013-04-22", title="Urenco", sector="energy (nuclear fuel)", region="non-US", topics=["deal"],
      truncated=False, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="The statement with its speaker line; the mirror's date, 'Written Statements', 'Read Hansard Text' and portrait/excerpt link words left out. Near-miss: a planned sale of a shareholding (no relation by the guidelines).",
      text="""The Minister of State, Department for Business, Innovation and Skills (Michael Fallon)

I wish to inform the House that the Government have decided to work with our partners in the uranium enrichment company Urenco to move forward preparations for the sale of all or part of our one-third shareholding. It is Government policy not to continue to hold shares in companies where the shareholding itself does not deliver any policy objective. Any sale of our Urenco shareholding remains contingent upon full protection of our security and non-proliferation interests, and upon achieving value for money for the UK taxpayer."""),
 dict(id="hansard-written-answer-999-service-bt-exchange-breakdown-2002",
      source="https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fdata.parliament.uk%2Fpimsdata%2FHansard%2FPARLIAMENTARY_QUESTION_748662", licence=OPL,
      attribution=attr("Hansard, House of Commons written answer to Andrew Turner on emergency calls services (BT exchange breakdown of 25 April 2002), data.parliament.uk PARLIAMENTARY_QUESTION_748662, as shown by a UK Parliament search prototype",
                       "https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fdata.parliament.uk%2Fpimsdata%2FHansard%2FPARLIAMENTARY_QUESTION_748662"),
      published=None, title="Emergency calls services (written answer)", sector="telecoms", region="non-US", topics=["outage"],
      truncated=True, origin="data.parliament.uk Hansard question via a parliamentary search prototype (search tool page store)",
      notes="The answer field (question restated, then the reply); the record's separate 'Question' field (the same question in other words), its library-deposit note, the '[56500]' question number and the cut-off last sentence left out; a paragraph break put before the reply. No answer date on the page ('published' null).",
      text="""Mr. Andrew Turner: To ask the Secretary of State for Transport, Local Government and the Regions, pursuant to his answer of 2 May 2002, Official Report, column 903W, on emergency calls services, how many subscribers on each BT exchange lost their service on Thursday 25 April, and for what period of time; what contingency plans are agreed with the Hampshire police for the breakdown of services to notify police control room; if he will place such plans in the Library; which police stations were closed for the duration of the breakdown; what the source was of his information that callers on the Isle of Wight would have been able to make 999 calls; who informed (a) the police and (b) BT of the breakdown; and who was responsible for notifying members of the public of the arrangements in place for 999 calls during the breakdown period.

Dr. Whitehead: 77 sub-sections on the Southampton exchange were affected. Service to 80 per cent. of customers was restored by midnight and to the remainder by 3.55 am."""),
]


def main():
    write_all(RECS, POOL)


if __name__ == "__main__":
    main()

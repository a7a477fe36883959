#!/usr/bin/env python3
"""Batch 13b: outage texts from the search tool's page store (corpus `pages`; first ~2,000 characters of each page),
from sources whose licence of the text was checked: an English Wikinews article (CC BY 2.5) on the Wikimedia outage
of March 2010; a House of Lords private notice question on the Amazon Web Services outage of 20 October 2025 (Open
Parliament Licence v3.0, via parallelparliament.co.uk); a Congressional Research Service Insight on the Change
Healthcare cyberattack (public domain, via everycrsreport.com); two FCC settlement texts (public domain: the AT&T 911
outage of 22 August 2023 as reproduced by TheFly on tipranks.com, and the Charter consent decree summary as quoted
by benton.org); three ACMA texts (CC BY 4.0, acma.gov.au): two statements on an Optus outage and the quarterly
report 'Action on telco consumer protections: April to June 2025'.
Edits: page chrome, a copy's own lines, icon labels and trailing cut-off sentences left out; hard line wraps joined
(whitespace only); no word added or changed except where `notes` says so.
usage: batch13b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
PD = "public domain (US federal government work)"
ACMA = "CC BY 4.0"


def acma(title, url):
    return f"© Commonwealth of Australia (Australian Communications and Media Authority), '{title}', {url}, licensed under CC BY 4.0"


U_WN = "https://en.m.wikinews.org/wiki/Wikipedia_and_sister_projects_back_online_after_server_failure"
U_AWS = "https://parallelparliament.co.uk/debate/2025-10-21/lords/lords-chamber/amazon-web-services"
U_CRS = "https://www.everycrsreport.com/files/2024-03-12_IN12330_bf80b3f831a2d90b9ed7022350c6e415f6f3ae9f.html"
U_ATT = "https://tipranks.com/news/the-fly/att-fined-950000-by-fcc-for-911-outage-in-2023"
U_CHR = "https://benton.org/headlines/fcc-settles-911-rule-investigation-charter-15m"
U_OPT1 = "https://acma.gov.au/acma-statement-optus-outage"
U_OPT2 = "https://acma.gov.au/updated-acma-statement-optus-outage"
U_Q = "https://www.acma.gov.au/publications/2025-08/report/action-telco-consumer-protections-april-june-2025"
RECS = [
 dict(id="wn-wikipedia-sister-projects-back-online-server-failure-2010", source=U_WN, licence="CC BY 2.5",
      attribution="Wikinews contributors, 'Wikipedia and sister projects back online after server failure', " + U_WN,
      published="2010-03-25", title="Wikipedia and sister projects back online after server failure", sector="internet/non-profit",
      region="mixed", topics=["outage"], truncated=True, origin="English Wikinews rendered page (search tool page store)",
      notes="First ~2,000 characters of the rendered page: the title line (kept in `title`), the dateline 'Thursday, March 25, 2010' (used for `published`) and the Wikimedia-project notice box ('This article mentions the Wikimedia Foundation ... Projects of the Wikimedia Foundation.') left out.",
      text="""From approximately 1:00 p.m. (18:00 UTC) to 4:00 p.m. (22:00 UTC) Eastern Standard Time (EST), the popular free encyclopedia Wikipedia, alongside its sister projects (including Wikinews), went offline due to major server outages. Downtime was later attributed to overheating at the Project's central data center in Amsterdam.

According to a post made by Mark Bergsma at the Wikimedia Foundation's technical blog, the servers "shut themselves down" to avoid further heat damage.

Administrators reportedly attempted a shift of traffic to the Project's servers in Florida. However, "it turned out that this failover mechanism was now broken, causing the DNS resolution of Wikimedia sites to stop working globally."

According to the Project's official Twitter account, programmers were able to resolve most of the server problems by around 4:00 p.m. EST. Since the situation with the servers in Amsterdam is still ongoing, some users may still experience lingering service glitches due to "caching effects"."""),
 dict(id="hansard-lords-amazon-web-services-outage-2025", source=U_AWS, licence="Open Parliament Licence v3.0",
      attribution="House of Lords, Lords Chamber, 'Amazon Web Services' (private notice question), 21 October 2025. Contains Parliamentary information licensed under the Open Parliament Licence v3.0; text as at " + U_AWS,
      published="2025-10-21", title="Amazon Web Services (House of Lords, 21 October 2025)", sector="cloud computing / government IT",
      region="mixed", topics=["outage"], truncated=True, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="First ~2,000 characters of the mirror's page: its header ('(1 day, 23 hours ago)', 'Lords Chamber') left out; speakers' names are not in the excerpt; cut at the last full sentence (the cut-off 'We are working to diversify the UK's cloud ecosystem ...' left out).",
      text="""To ask His Majesty’s Government what assessment they have made of the outage affecting Amazon Web Services.

My Lords, I beg leave to ask a Question of which I have given private notice, and in so doing I refer to my interest in the register as chair of the National Preparedness Commission.

My Lords, the Department for Science, Innovation and Technology is leading the Government’s response to the Amazon Web Services outage that took place yesterday. DSIT continues to work across government and with businesses to understand the full impacts of the outage. All AWS services were restored yesterday evening, and DSIT is in contact with AWS to understand how such events can be mitigated in future.

My Lords, I am grateful to my noble friend for that response. I notice that he did not say whether the outage was precipitated by hostile state activity. Given the impact on UK critical services, including those run by the Government, should we have more variety in cloud producers and more sovereign capability? What additional guidance are the Government intending to give to enable the public and private sectors, as well as individuals, to prepare for such disruptions in future?

My Lords, I thank my noble friend for those questions. There is no evidence that this was caused by any malicious activity, and we have to be very careful that we do not speculate otherwise. AWS has publicly stated that the outage was initially caused by an issue with its configuration of the domain name system, or DNS, and some wider related complications. Departments independently determine which suppliers to use based on their use cases. Some cloud providers are strategic suppliers, but departments make decisions on adoption based on not only reliance but cost, capability and their staff’s expertise."""),
 dict(id="crs-change-healthcare-cyberattack-response-considerations-2024", source=U_CRS, licence=PD,
      attribution="Congressional Research Service, 'The Change Healthcare Cyberattack and Response Considerations for Policymakers', CRS Insight IN12330, March 12, 2024; text as at " + U_CRS,
      published="2024-03-12", title="The Change Healthcare Cyberattack and Response Considerations for Policymakers", sector="health care / payments IT",
      region="US", topics=["outage", "regulatory"], truncated=True, origin="CRS Insight via everycrsreport.com (search tool page store)",
      notes="First ~2,000 characters: the 'INSIGHT' label, title and date lines (kept in `title` and `published`) and the heading 'Attack Background' left out; hard line wraps joined (whitespace only); cut at the last full sentence (the cut-off 'The disruption of these networks has led to ...' left out).",
      text="""On February 21, 2024, UnitedHealth Group Incorporated disclosed that one of its companies’ units—Change Healthcare—was experiencing a cyberattack. The BlackCat/ALPHV ransomware group—a Russia-linked cybercrime organization—claimed responsibility. Repercussions from this cyberattack are reportedly affecting some individuals’ ability to access healthcare services nationwide.

In December 2023, the Department of Justice (DOJ) announced that it disrupted the operations of the BlackCat/ALPHV/Noberus ransomware group. The government developed a tool to help victims decrypt and regain control of their systems—saving them from paying an estimated $68 million in ransom payments. The Federal Bureau of Investigation (FBI) also disrupted BlackCat’s infrastructure by infiltrating its systems and seizing websites. The Cybersecurity and Infrastructure Security Agency (CISA) worked with other federal agencies to update a ransomware advisory with technical indicators of compromise as well as mitigation strategies. Following the FBI’s campaign, BlackCat declared that it would retaliate against the United States by targeting healthcare providers with ransomware.

In the subsequent two months, BlackCat was able to reconstitute its infrastructure and compromise Change Healthcare. Change Healthcare facilitates transactions in the healthcare system (e.g., ensuring pharmacies receive payment from insurers for medications). BlackCat deployed malware onto Change Healthcare’s system and executed a ransomware attack. Upon discovery, Change Healthcare disconnected the affected system and took other systems offline to stem the ransomware’s spread."""),
 dict(id="fcc-att-911-outage-four-states-settlement-2024", source=U_ATT, licence=PD,
      attribution="U.S. Federal Communications Commission, settlement announcement on the AT&T 911 outage of August 22, 2023 (August 26, 2024), as reproduced by TheFly at " + U_ATT,
      published="2024-08-26", title="AT&T fined $950,000 by FCC for 911 outage in 2023", sector="telecoms", region="US",
      topics=["outage", "regulatory"], truncated=False, origin="FCC announcement reproduced by TheFly on tipranks.com (search tool page store)",
      notes="Only the FCC's announcement text as the copy gives it (its first sentence says 'announced Monday' where the FCC's own releases say 'today'; kept as in the copy); the copy's own lines ('Published first on TheFly ...', 'Read More on T:' and its link list) left out. `published` is the Monday of the announcement (Reuters' dated report of the same day in the page store).",
      text="""The Federal Communications Commission announced Monday a $950,000 settlement with AT&T to resolve an Enforcement Bureau investigation into whether the company violated FCC rules by failing to deliver 911 calls to, and failing to timely notify, 911 call centers in connection with an outage AT&T experienced on August 22, 2023, in parts of Illinois, Kansas, Texas, and Wisconsin. As part of the settlement, AT&T will implement a three-year compliance plan designed to ensure future compliance with the FCC’s 911 and outage notification rules. Congress has made emergency communication services a national priority, and the Commission has repeatedly emphasized that robust and reliable 911 service must be available nationwide. It is therefore incumbent upon the Commission to ensure that communications providers always provide reliable 911 service and timely notify 911 call centers of relevant 911 outages. The 911 outage occurred during testing of portions of AT&T’s 911 network. During the testing, an AT&T contractor’s technician inadvertently disabled a portion of the network, and AT&T’s system did not automatically adjust to accommodate the disabled portion of the network, resulting in the outage. The testing was not associated with any planned maintenance activities and, thus, did not undergo the stringent technical review that would have otherwise been conducted. The 911 outage lasted for 1 hour and 14 minutes, resulting in over 400 failed 911 calls."""),
 dict(id="fcc-settles-911-rule-investigation-charter-2024", source=U_CHR, licence=PD,
      attribution="U.S. Federal Communications Commission, consent decree with Charter Communications (July 2024), summary as quoted by benton.org at " + U_CHR,
      published=None, title="FCC Settles 911 Rule Investigation with Charter for $15M", sector="telecoms/cable", region="US",
      topics=["outage", "regulatory"], truncated=False, origin="FCC text quoted by benton.org headlines (search tool page store)",
      notes="The headline's body as benton.org quotes it from the FCC; the repeated headline at the end left out. No date in the excerpt: `published` null (the outage dates in the text are absolute).",
      text="""The Federal Communications Commission (FCC) has entered into a Consent Decree with Charter Communications to resolve the investigation into whether Charter violated the FCC’s rules related to network outages, including those impacting 911 service. The failure to notify affected public safety answering points (PSAPs) of an outage impedes the ability of public safety officials to mediate the effects of an outage by notifying the public of alternate ways to contact emergency services. The failure to provide required outage notifications to the FCC through the Network Outage Reporting System impairs the FCC’s ability to assess the magnitude of major outages, identify trends, and promote network reliability best practices that can prevent or mitigate future disruptions. To settle this matter, Charter admits that it: (1) failed to timely notify more than 1,000 PSAPs of an outage on February 19, 2023; (2) failed to meet reporting deadlines for reports associated with the Outage, and separate outages on March 31 and April 26, 2023; and (3) failed to meet other reporting deadlines associated with hundreds of planned maintenance outages, all in violation of the FCC’s rules. Charter has agreed to implement a robust compliance plan, including cybersecurity provisions related to compliance with the FCC’s 911 rules, and will pay a $15,000,000 civil penalty."""),
 dict(id="acma-statement-optus-outage", source=U_OPT1, licence=ACMA, attribution=acma("ACMA statement on Optus outage", U_OPT1),
      published=None, title="ACMA statement on Optus outage", sector="telecoms", region="non-US", topics=["outage", "regulatory"],
      truncated=False, origin="acma.gov.au (search tool page store)",
      notes="The page's 'Skip to main content' line, its heading (kept in `title`) and the trailing 'Back to top' and 'ONLINE ENQUIRY' lines left out. The page gives no date: `published` null.",
      text="""As confirmed by Optus, its network outage has affected calls to the Triple Zero (000) service. Optus provides current advice on the outage on its website.

The Telecommunications (Emergency Call Service) Determination 2019 (the Determination), which is enforced by the Australian Communications and Media Authority (ACMA), requires telecommunications carriers to ensure that emergency calls are successfully carried from each telecommunications provider to the Emergency Call Person (Telstra).

This includes calls to Triple Zero, 112, and to 106, the text-based National Relay Service for people who have a hearing or speech impairment.

Under an associated registered Code, telcos are encouraged to make information available to the community on the status of their networks in instances where their networks have been seriously disrupted and there is a direct impact on the emergency call service.

The ACMA’s main focus at this time is to work with Optus and the Emergency Call Person—Telstra—to understand issues affecting callers and ensure accurate and timely information is being provided by Optus to affected Australians.

Once its network is restored, telcos are required to conduct welfare checks on people who have tried calling Triple Zero during a large network outage if they were unable to connect to Triple Zero.

The ACMA is monitoring this situation to ensure appropriate protections have been provided to the Australian community and that Optus is complying with its regulatory obligations."""),
 dict(id="acma-updated-statement-optus-outage", source=U_OPT2, licence=ACMA, attribution=acma("Updated ACMA statement on Optus outage", U_OPT2),
      published=None, title="Updated ACMA statement on Optus outage", sector="telecoms", region="non-US", topics=["outage", "regulatory"],
      truncated=False, origin="acma.gov.au (search tool page store)",
      notes="The whole statement as the page store holds it; the page gives no date: `published` null, so 'yesterday' is not resolved.",
      text="""The Australian Communications and Media Authority (ACMA) has strong concerns about the impact of yesterday’s prolonged Optus outage on access to Triple Zero services by its customers.

The ACMA has commenced an initial assessment to investigate Optus’ compliance with rules requiring telecommunications carriers to ensure that emergency calls are successfully carried from each telecommunications provider to the Emergency Call Person (Telstra). These activities will take time and the ACMA will make a public statement in due course.

With its network restored, Optus is required to conduct welfare checks on people who have tried calling Triple Zero during a significant network outage if they were unable to connect to Triple Zero. The ACMA will be seeking information from Optus about its compliance with these rules shortly."""),
 dict(id="acma-action-telco-consumer-protections-april-june-2025", source=U_Q, licence=ACMA,
      attribution=acma("Action on telco consumer protections: April to June 2025", U_Q), published=None,
      title="Action on telco consumer protections: April to June 2025", sector="telecoms", region="non-US",
      topics=["outage", "regulatory"], truncated=True, origin="acma.gov.au report page (search tool page store)",
      notes="First ~2,000 characters of the report page: 'Skip to main content', the title (kept in `title`), the 'Key actions' heading, an empty image alt text and the icon labels ('Document icon', 'Penalty', 'Direction or warning icon') left out; the list bullets kept as '•' lines; cut at the last full sentence (the cut-off sentence on a formal warning to TPG left out). The page address carries only the month (2025-08): `published` null.",
      text="""We announced our compliance and enforcement priorities for 2025–26. They include compliance with Triple Zero (000) and Public Safety Requirements and enforcing new rules to support telco consumers affected by domestic and family violence.

We made new rules to ensure consumers affected by domestic, family and sexual violence will receive better support from their telco. We also made new rules to ensure telco customers are updated during localised network outages.

We amended the:

• Telecommunications (Consumer Complaints Handling) Standard 2018 to improve the handling of complaints by telcos, including during network outages.
• Telecommunications (Customer Communications for Outages) Industry Standard 2024 to improve communications with customers when there is a significant local outage in telco networks.
• Telecommunications (Emergency Call Service) Determination 2019 to improve reliability of access to Triple Zero (000) during outages and improve industry response to outages within the Emergency Call Service ecosystem.

Telstra paid an $18,780 infringement notice and the ACMA accepted a court-enforceable undertaking after it mistakenly disabled the connection to the emergency call relay service, which is used by people with hearing and speech impairments, for more than 12 hours.

Opticomm paid a $150,240 infringement notice for failing to adequately notify the ACMA on 184 occasions of planned and completed broadband infrastructure installations in real estate developments.

We issued a formal warning to Starlink after it failed to comply on 4 occasions with industry rules relating to complaints record-keeping."""),
]


def main():
    write_all(RECS, POOL, dry="--dry" in sys.argv)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Batch 11b: four more UK Parliament texts (Open Parliament Licence v3.0), gathered after batch 11's annotations
were committed and before newskg was run on any batch-11 file: written answers on cyber-attacks that took public
bodies' services offline, a ministerial written statement on a takeover bid (near-miss) and an urgent-question
excerpt on cyber-attacks on companies (near-miss). Same editing rules as batch11.py.
usage: batch11b.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import batch11 as b11
from batch11 import OPL, opl

U_JLR = "https://www.parallelparliament.co.uk/mp/jim-shannon/debate/Commons/2025-09-09/debates/AD9BF13E-415F-466A-BDE5-A0FAE71F6444/JaguarLandRoverCyber-Attack"
U_BL = "https://parallelparliament.co.uk/writtenanswers/search?document_type=writtenanswers&order_field=datenew&page=2&search_term=Cybercrime"
U_LAA = "https://parallelparliament.co.uk/lord/lord-blencathra/None"
U_RM = "https://parallelparliament.co.uk/mp/justin-madders/debate/2024-12-16/commons/written-statements/royal-mail-takeover-bid-ep-group"

RECS = [
 dict(id="hansard-commons-jaguar-land-rover-cyber-attack-2025", source=U_JLR, licence=OPL,
      attribution=opl("Hansard, House of Commons, 'Jaguar Land Rover Cyber-Attack', urgent question, Tuesday 9 September 2025 (excerpt as reproduced by Parallel Parliament)", U_JLR),
      published="2025-09-09", title="Jaguar Land Rover Cyber-Attack", sector="autos / retail / cyber security", region="non-US",
      topics=["regulatory"], truncated=True, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="The mirror's excerpt (the end of the urgent question): date/chamber lines, the mirror's note on urgent questions and speaker/portrait lines left out; cut at the last full sentence. Near-miss: cyber-attacks named, no service loss stated.",
      text="""Finally, I call Jim Shannon.

Always rear gunner. I am pleased to see the Minister in his position. It is well earned, and we are pleased to see him where he is. He will be aware that cyber-attacks on Marks & Spencer and Co-op have left many people concerned about the security of their information online. This attack on Jaguar will heighten those concerns, and businesses in my constituency have told me that. I have been contacted by people who are concerned about the ramifications of a cyber-attack on the Government’s systems, particularly in health. What discussions have been held with Cabinet colleagues on the robustness of cyber-defence, and what information can be shared with private businesses to help them defend themselves against these criminals that we all fear?

In fact, the first of these big cyber-attacks was on the British Library, which is an arm’s length body of the Department for Culture, Media and Sport, so some of these lessons were taught immediately to Government."""),
 dict(id="hansard-written-answer-british-library-cybercrime-2024", source=U_BL, licence=OPL,
      attribution=opl("Written question 'British Library: Cybercrime', House of Commons, answered Thursday 18 January 2024 (as listed by Parallel Parliament)", U_BL),
      published="2024-01-18", title="British Library: Cybercrime", sector="culture / public body IT", region="non-US", topics=["outage"],
      truncated=True, origin="Hansard written answers via parallelparliament.co.uk search listing (search tool page store)",
      notes="One item of the mirror's search listing: the listing's search help and alert text, the item heading and date (kept in `title`/`published`), 'Asked by', 'Question to' and 'Answered by' lines left out; cut at the last full sentence.",
      text="""To ask the Secretary of State for Culture, Media and Sport, pursuant to the Answer of 27 November 2023 to Question 2570 on British Library: Cybercrime, which services have already been restored; and what is the planned timetable for the remaining services to be restored.

The final costs of recovery from the recent cyber-attack on the British Library are not yet confirmed. As it has from the outset, the British Library remains in close and regular contact with the Department on the ongoing work to investigate and assess the impact of the attack and to recover services.

Despite the cyber attack, the British Library’s buildings have remained open and well-used throughout, and it has maintained some key services including reading room access for personal study and some limited collection item ordering, exhibitions, learning events, business support, and onsite retail. In the immediate aftermath essential services such as WiFi and event ticket sales were quickly re-established.

On 15 January, the British Library restored a searchable online version of its main catalogue, comprising records of printed books, journals, maps, music scores and rare books. This will enable a manual process of checking availability and ordering to the Reading Rooms. In addition, it will offer access to an increased range of special collection material such as manuscripts and archives."""),
 dict(id="hansard-written-answer-legal-aid-agency-cyber-attack-2025", source=U_LAA, licence=OPL,
      attribution=opl("House of Lords written question on the cyber-attack on the Legal Aid Agency, asked by Lord Blencathra, answered by Lord Ponsonby of Shulbrede (as listed by Parallel Parliament)", U_LAA),
      published=None, title="Legal Aid Agency: cyber-attack (written question)", sector="government / public body IT", region="non-US",
      topics=["outage"], truncated=True, origin="Hansard written answers via parallelparliament.co.uk member page (search tool page store)",
      notes="The excerpt gives no year or answer date (`published` null; the title is ours, descriptive). 'Asked by', 'Question to' and 'Answered by' lines left out; the source's doubled words ('A notice was published a notice') kept; cut at the last full sentence.",
      text="""To ask His Majesty's Government what assessment they have made of the recent cyber-attack on the Legal Aid Agency; what steps they are taking to ensure that legal aid providers are being remunerated for their work despite any disruption; and when the Agency's online digital service will again be operational.

On Wednesday 23 April, the Department became aware of a cyber-attack on the Legal Aid Agency’s (LAA) online digital services.

To ensure the best chance of reaching as many potentially impacted individuals as possible the Ministry of Justice acted quickly. A notice was published a notice at 08:15 on the 19 May on GOV.UK.

This has been an unprecedented event and every effort is being made to restore services following the criminal attack on our systems. The LAA digital services have been taken offline to negate the threat and prevent further exposure of legal aid providers and users. We have been able to return some systems to internal use, enabling an improved ability to support criminal legal aid applications and payments.

We cannot confirm a specific timescale for full service restoration. In the interim, the LAA will continue to provide updates as soon as they are available and will work closely with representative bodies to ensure any extended or refined contingency measures support providers and their clients to the maximum extent. All updates, including contingency arrangements, are published on the LAA’s dedicated cyber security incident webpage: https://www.gov.uk/guidance/legal-aid-agency-cyber-security-incident.

Our priority remains to maintain access to justice and to ensure legal aid providers can continue to be paid in a timely manner."""),
 dict(id="hansard-written-statement-royal-mail-takeover-bid-ep-group-2024", source=U_RM, licence=OPL,
      attribution=opl("Hansard, House of Commons written statement 'Royal Mail Takeover Bid: EP Group', Monday 16 December 2024 (as reproduced by Parallel Parliament)", U_RM),
      published="2024-12-16", title="Royal Mail Takeover Bid: EP Group", sector="postal services", region="non-US", topics=["deal", "regulatory"],
      truncated=True, origin="Hansard via parallelparliament.co.uk (search tool page store)",
      notes="First ~2,000 characters: the mirror's header, date and speaker lines ('The Parliamentary Under-Secretary of State for Business and Trade (Justin Madders)') left out; cut at the last full sentence. Near-miss: a takeover bid not completed, no outage.",
      text="""Royal Mail is an iconic national institution, and this Government will ensure that it continues to be one. Since taking office in July, the Secretary of State and I have been clear that the Government would robustly scrutinise the proposed takeover of Royal Mail, and ensure there are safeguards for its future.

While the takeover bid is still ongoing and subject to the relevant ongoing regulatory processes, this statement is to update the House on the legally binding undertakings that have now been given to Government by the bidder— EP Group. This does not mark the conclusion of the takeover, and these undertakings will only become effective if the takeover goes through.

Should the takeover complete, I am pleased to confirm that the Department for Business and Trade has secured significant commitments to promote the long-term and financially sustainable future of Royal Mail in the United Kingdom.

It may be helpful to set out where Royal Mail was at the time the takeover bid was announced. In its financial year 2023-24, Royal Mail recorded an operating loss of £348 million. At the same time, Royal Mail had not met its quality of service targets as set by the independent regulator, Ofcom. Royal Mail’s performance for the 2022-23 financial year resulted in a £5.6 million fine.

While the previous Government were happy to accept decline, this Government have worked closely with EP Group to secure significant commitments to delivering transformation of Royal Mail into a sustainable service, and hardwired in stronger protections for Royal Mail’s identity."""),
]

if __name__ == "__main__":
    b11.RECS = RECS
    b11.POOL = sys.argv[1] if len(sys.argv) > 1 else b11.POOL
    b11.main()

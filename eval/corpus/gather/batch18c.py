#!/usr/bin/env python3
"""Batch 18c: news-like regulator releases about companies outside the US and the UK — Australian stock exchange
outages told by the securities regulator (ASX Trade's outage in the week of 16 November 2020, the ASX24 futures
market's trading halt of 17 March 2022, the ASX equity market's technical failure of 19 September), acquisitions the
competition regulator cleared, authorised or watched complete (a consortium's bid vehicle and Qantas, a newspaper
group's chain of purchases, a magazine printer and a web printer, ANZ and Suncorp Bank, AGL and a state-owned
generator, AGL and a second-tier energy retailer) — and three near-misses (an airline's penalty for selling seats on
flights it had cancelled; a telco's undertaking on rules for customers left without service during NBN migration;
supermarket chains and a merger-notification protocol with no deal). Openly licensed public records: ACCC media
releases (CC BY 4.0, ACCC 'Disclaimer and copyright' page), ASIC media releases (CC BY 4.0 for 'Media releases and other Newsroom
information', ASIC 'Copyright and linking to our websites' page) and ACMA articles (CC BY 4.0, as batches 10 and 13).
Every text is the search tool's page-store excerpt (corpus `pages`), embedded here; where an excerpt was cut it ends
at the last full sentence kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch18c.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
CCBY = "CC BY 4.0"


def rec(id, url, published, title, kind, text, sector, region, topics, notes, lic, origin, via=None,
        truncated=True):
    """One pool record; `kind` names the author and the kind of item; `via` is the URL of a copy the text was taken
    from when it is not the licensor's own page (the attribution names both)."""
    on = f", {published}" if published else ""
    copy = f"; text as reproduced at {via}" if via else ""
    att = {"ACCC": f"Source: ACCC © Commonwealth of Australia. {kind}, '{title}'{on}, {url}, CC BY 4.0{copy}",
           "ASIC": f"© Australian Securities & Investments Commission: Reproduced with permission. {kind}, '{title}'"
                   f"{on}, {url}, CC BY 4.0{copy}",
           "ACMA": f"© Commonwealth of Australia (Australian Communications and Media Authority), {kind}, '{title}'"
                   f"{on}, {url}, CC BY 4.0{copy}"}[lic]
    return {"id": id, "source": url, "licence": CCBY, "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


ACCC_O = "Australian Competition and Consumer Commission, media release on accc.gov.au (page store)"
ASIC_O = "Australian Securities and Investments Commission, media release on asic.gov.au (page store)"
R = []
# ---- ASIC: ASX outages ---------------------------------------------------------------------------------------------
R.append(rec("asic-asx-trade-outage-review-update-2020",
 "https://asic.gov.au/about-asic/news-centre/find-a-media-release/2020-releases/20-334mr-update-on-asic-s-review-of-november-s-asx-trade-outage/",
 None, "Update on ASIC’s review of November’s ASX Trade outage", "ASIC media release 20-334MR",
 "ASIC continues to assess the impact of the ASX Trade outage and subsequent issues with its Centre Point dark-pool trade matching service, order cancellations and a delay to clearing and settlement that occurred during the week of 16 November 2020.\n\n"
 "ASIC is engaging with market operators, participants, investors and other stakeholders on the impact of the incident.\n\n"
 "The immediate impact was the deterioration of liquidity and widening bid-offer spreads as many participants and their clients were unable (or chose not) to trade through alternative trading mechanisms. There was uncertainty among participants and clients about the nature of the ASX system failure and what it meant for orders that had already been submitted to the ASX. It appears some participants and clients had limited access to other venues. Client order instructions and ASX-only data subscriptions also raised challenges for using other venues. Ultimately, concerns about liquidity and prices meant that only relatively moderate trading occurred on Chi-X\n\n"
 "ASIC is particularly focused on why more trading did not occur on other venues such as Chi-X, especially new client orders that were received after trading on ASX was suspended at 10:24am on 16 November.\n\n"
 "ASIC is also concerned that some participants did not appear to have business continuity arrangements to trade when ASX Centre Point was unavailable—even when the main ASX ‘lit’ order book and Chi-X were available. There were some participants that had designed their systems with the multi-market structure in mind and had the flexibility to use other venues.\n\n"
 "ASIC Commissioner Cathie Armour said, ‘The behaviour of market participants during this outage indicated too many firms are reliant on the ASX to trade listed securities.",
 "finance/stock exchange IT", "non-US", "outage",
 "The media release's body; the page chrome ('media release (20-334MR)', the heading, kept as title, and a 'Published' line with no date, so `published` is null) left out; the missing full stop after 'Chi-X' at the end of the third paragraph kept as printed. Cut inside the Commissioner's quotation, after its first sentence (the excerpt stops in the next one). The ASX Trade outage of 16 November 2020 is new to the corpus (ASX, Chi-X and Centre Point: 0 in every split).",
 "ASIC", ASIC_O))
R.append(rec("asic-asx24-futures-market-outage-statement-2022",
 "https://asic.gov.au/about-asic/news-centre/find-a-media-release/2022-releases/22-051mr-asic-statement-on-asx24-futures-market-outage",
 "2022-03-17", "ASIC statement on ASX24 futures market outage", "ASIC media release 22-051MR",
 "The ASX24 futures market trading platform entered into a trading halt at around 10:00am Thursday 17 March and reopened around 2:00pm in the afternoon. ASIC remained in regular communication with ASX, market participants, and members of the Australian Council of Financial Regulators.\n\n"
 "ASX will be required to provide a full incident report to ASIC.\n\n"
 "ASIC views outages of this nature with significant concern. It has had a significant impact on the market, including market participants and investors. The ASX Group forms a critical part of Australia’s national economic infrastructure.  Well-functioning financial market infrastructure is critical to the integrity and reputation of the Australian financial markets and the trust and confidence investors have in them.",
 "finance/stock exchange IT", "non-US", "outage",
 "The whole statement; the page chrome ('media release (22-051MR)' and the heading, kept as title) left out; the double space after 'infrastructure.' kept. The page shows no date: `published` 2022-03-17 is the day the text itself names ('Thursday 17 March'; 17 March 2022 was a Thursday and the release number 22-051MR is of 2022), the day copies of the statement call 'today' (the page store's copy on yiwu2050.com: 'today's outage'). The ASX24 outage of 17 March 2022 is new to the corpus.",
 "ASIC", ASIC_O, truncated=False))
R.append(rec("asic-asx-equity-market-technical-failure-review-2016",
 "https://www.finextra.com/pressarticle/66581/asic-investigates-asx-hardware-failure",
 None, "Asic investigates ASX hardware failure", "ASIC statement on its review of the ASX technical failure (as Finextra reproduces it, 'Source: Asic')",
 "On 19 September, the ASX equity market experienced a technical failure that impacted the proper operation of the market.\n\n"
 "This caused a delay to the market opening and an early market close, as well as generating a series of trade cancellations throughout the day.\n\n"
 "ASIC has reviewed the initial incident report prepared by ASX, which has identified a hardware failure as the triggering event of the particular incident. Secondary issues arising from this failure are also being investigated by ASX, and we will also review the conclusions from this further work.\n\n"
 "ASIC closely monitors all trading activity on the securities markets run by our licensed market operators.\n\n"
 "As part of its role, ASIC is continuing to also review a number of associated considerations which arose on and from the incident which relate to the way in which ASX, brokers, investors and other stakeholders reacted and responded to the issue.\n\n"
 "Historically, Australian trading platforms like ASX have at least met global benchmarks for up-times and reliability, with up-times on an annual basis regularly close to 100 per cent.\n\n"
 "The purpose of ASIC’s ongoing review is to determine whether there are any changes which could assist the market and market users to function more effectively, should such circumstances reoccur in the future. We will issue a report that develops these themes. This work will draw on our own observations, as well as industry feedback and perspectives on international approaches to incident management.",
 "finance/stock exchange IT", "non-US", "outage",
 "ASIC's statement as Finextra's press-release page reproduces it ('Source: Asic'); Finextra's heading (kept as title), its 'Source: Asic' line and 'Comments: (0)' left out. Finextra reproduces press releases as issued, so the text is ASIC's (ASIC media releases are CC BY 4.0); no date is given, so `published` is null and 'On 19 September' has no year in the text (the ASX failure is of September 2016, from other pages; not used). New to the corpus.",
 "ASIC", "ASIC statement, copy on finextra.com (page store)", via="https://www.finextra.com/pressarticle/66581/asic-investigates-asx-hardware-failure", truncated=False))
# ---- ACCC and ACMA near-misses ---------------------------------------------------------------------------------------
R.append(rec("accc-qantas-100m-penalty-cancelled-flights-2024",
 "http://waterproof-coating.com/federal-court-orders-qantas-to-pay-100m-in-penalties-for-misleading-consumers",
 "2024-10-08", "Federal Court orders Qantas to pay $100m in penalties for misleading consumers", "Australian Competition and Consumer Commission, media release",
 "Qantas, Australia’s largest airline, has today been ordered by the Federal Court to pay $100 million in penalties for misleading consumers by offering and selling tickets for flights it had already decided to cancel, and by failing to promptly tell existing ticketholders of its decision, in a case brought by the ACCC.\n\n"
 "These penalties were imposed after Qantas admitted that it had contravened the Australian Consumer Law (ACL) and agreed to make joint submissions with the ACCC to the Court that penalties of $100 million were appropriate to deter Qantas and other businesses from breaching the ACL in the future, while recognising Qantas’ cooperation in resolving the proceedings at an early stage.\n\n"
 "“This is a substantial penalty, which sets a strong signal to all businesses, big or small, that they will face serious consequences if they mislead their customers,” ACCC Chair Gina Cass-Gottlieb said.\n\n"
 "In addition to these penalties, on 5 May 2024 Qantas gave an undertaking to the ACCC that it would pay about $20 million to consumers who purchased tickets on flights that Qantas had already decided to cancel, or in some cases who were re-accommodated on those flights after their original flights were cancelled. These payments are on top of any remedies these consumers already received from Qantas, such as alternative flights or refunds.",
 "airlines", "non-US", "outage,regulatory",
 "The ACCC's media release as the page store holds it on a copy (waterproof-coating.com, a site that reproduces the release verbatim under the ACCC's heading); the release's opening 'Scam warning' paragraph (about scammers using the release) left out, the heading kept as title. `published` 2024-10-08: the release says Qantas was 'today' ordered to pay, and the Federal Court's judgment ([2024] FCA 1219, in the page store) is dated 8 October 2024. Cut at the end of the fourth paragraph (the excerpt ends there). Near-miss: flights cancelled by the airline's own decision and tickets sold for them — no system failure or lost service.",
 "ACCC", "ACCC media release, copy on waterproof-coating.com (page store)", via="http://waterproof-coating.com/federal-court-orders-qantas-to-pay-100m-in-penalties-for-misleading-consumers"))
R.append(rec("acma-telstra-undertaking-nbn-migration-rules-2021",
 "https://acma.gov.au/articles/2021-10/telstra-undertakes-comply-nbn-consumer-rules",
 None, "Telstra undertakes to comply with NBN consumer rules", "ACMA article",
 "The ACMA has accepted a new court-enforceable undertaking (EU) from Telstra requiring it to continue to implement new measures to support ongoing compliance with rules designed to ensure consumers have a smooth migration to the NBN.\n\n"
 "Under these rules, a telco must provide a replacement service after three working days of a customer being left without a service during a failed attempt to connect to the NBN. Additional rules require that, if after another 20 working days the NBN connection is still not working, the telco must develop a remedial plan to address the issue. If the service is still not working after 40 working days, it must conduct a technical audit to identify the necessary steps to complete the migration.\n\n"
 "This is the second EU the ACMA has accepted from Telstra in relation to these rules. Under the first EU, Telstra’s compliance with the rules improved significantly. However, there continued to be reported non-compliance in relation to orders being managed on an interim platform that Telstra is in the process of phasing out.\n\n"
 "The scope of this new EU is focused on ensuring that any required remedial plans or audits are provided for the small group of NBN migration orders that continue to be managed on the interim platform. This was necessary as Telstra had not automated the delivery of remedial plans and technical audits for NBN migration orders on this interim platform as had been required under the first EU which expired on 30 August 2021.",
 "telecoms", "non-US", "outage,regulatory",
 "The ACMA article's body as the page store holds it (no chrome in the excerpt; the heading kept as title). The address carries only the month (2021-10), so `published` is null (as batch 10's ACMA addresses). The excerpt may stop before the page's end (`truncated`). Near-miss: rules for customers 'left without a service during a failed attempt to connect to the NBN' and a telco's compliance — no outage told.",
 "ACMA", "Australian Communications and Media Authority article on acma.gov.au (page store)"))
R.append(rec("accc-supermarket-acquisition-protocol-coles-woolworths-2012",
 "https://www.accc.gov.au/media-release/only-limited-acceptance-by-the-major-supermarket-chains-of-accc%E2%80%99s-proposed-streamlined-acquisition-assessment-protocol",
 None, "Only limited acceptance by the major supermarket chains of ACCC’s proposed streamlined acquisition assessment protocol", "Australian Competition and Consumer Commission, media release",
 "The Australian Competition and Consumer Commission has agreed with Coles a streamlined assessment protocol for single supermarket acquisitions, including in relation to new supermarket developments, for an initial six month trial period. Agreement was not reached, however, to include in the protocol acquisitions by Coles or Bunnings in liquor or hardware.\n\n"
 "No agreement on the protocol was reached in any of the sectors with Woolworths.\n\n"
 "This follows the announcement by ACCC Chairman Rod Sims in June 2012 that the ACCC is focusing on incremental small retail acquisitions by the major supermarket chains (MSCs) in light of concerns about the continued expansion of Woolworths and Coles in various sectors. The ACCC was also aware of concerns about the time it takes to review these acquisitions.\n\n"
 "The ACCC considered the best way forward was for the ACCC and the MSCs to agree a voluntary streamlined notification and review protocol which would provide benefits for both the ACCC and MSCs.\n\n"
 "The ACCC sought agreement from Wesfarmers and Woolworths regarding the types of acquisitions that should be notified and the information that would be provided. In return, the ACCC proposed to expedite pre-assessments and truncate timelines for the first stages of a merger review.\n\n"
 "Despite only limited acceptance of the protocol the negotiation process over the last six months has brought some benefits. Bunnings has, for example, agreed to continue its existing practice of notifying the ACCC of all proposed home improvement store acquisitions but outside the protocol. Coles will only notify liquor acquisitions at its discretion.\n\n"
 "Woolworths will continue to notify the ACCC of certain types of transactions as it has previously done, primarily acquisitions of existing stores but with expanded up front information, at Woolworths’ discretion.",
 "retail/supermarkets", "non-US", "deal,regulatory",
 "The media release's body (heading kept as title; the page store's excerpt has no date, so `published` is null). Cut before the Chairman's quotation, which the excerpt cuts off. Near-miss for deals: acquisitions talked of in general (a notification protocol), no acquisition agreed or completed; no ownership stated (Wesfarmers, Coles and Bunnings are named side by side only).",
 "ACCC", ACCC_O))
# ---- ACCC: acquisitions --------------------------------------------------------------------------------------------
R.append(rec("accc-qantas-airline-partners-australia-not-intervene-2007",
 "https://www.accc.gov.au/media-release/accc-not-to-oppose-proposed-acquisition-of-qantas-airways-limited-by-airline-partners-australia-limited",
 None, "ACCC not to oppose proposed acquisition of Qantas Airways Limited by Airline Partners Australia Limited", "Australian Competition and Consumer Commission, media release",
 "The Australian Competition and Consumer Commission will not intervene in the proposed acquisition of Qantas Airways Ltd by the consortium represented by Airline Partners Australia Ltd, ACCC Chairman, Mr Graeme Samuel, said today.\n\n"
 "\"The proposed acquisition is unlikely to substantially lessen competition under section 50 of the Trade Practices Act 1974.\n\n"
 "\"The ACCC conducted a comprehensive review of the proposed acquisition including extensive market inquiries with interested parties.\n\n"
 "\"The market inquiries revealed a range of potential competition issues arising from the interests of APA consortium members, including in relation to aeronautical services, domestic and international air passenger services, aircraft leasing services, airline catering, the manufacture and supply of aircraft parts, and ticket reservation and booking distribution services. The ACCC found there was no likely substantial lessening of competition in each of these cases, having regard to the restrictions on related party transactions under the APA consortium and the level of competition in the relevant markets.\n\n"
 "\"The ACCC also closely reviewed whether Macquarie Bank's partial direct and indirect interests in Qantas and Sydney Airport could lead to discrimination in favour of Qantas by Sydney Airport management, giving rise to a lessening of competition in downstream aviation markets.\n\n"
 "\"Our assessment indicated that there is a level of influence by Macquarie Bank over Sydney Airport, but that this influence is somewhat mitigated by a series of regulatory and corporate constraints.\n\n"
 "\"On the basis that Macquarie Bank may have some ability to influence Sydney Airport, the ACCC explored a variety of potential discrimination scenarios in depth with market participants,\" Mr Samuel said. \"We recognised that Sydney Airport can already exercise a level of market power, and can discriminate between airlines for its own commercial reasons.",
 "airlines; banking; airports", "non-US", "deal",
 "The media release's body (heading kept as title; no date in the excerpt, so `published` is null and 'today' is not resolved); the release's straight quotation marks, one opening mark per quoted paragraph, kept as printed. Cut inside the Chairman's last quoted paragraph, after its second sentence (the excerpt stops in the third). The consortium's proposed acquisition of Qantas (2007) is new to the corpus (Airline Partners Australia: 0 in every split).",
 "ACCC", ACCC_O))
R.append(rec("accc-riverina-media-rural-press-fairfax-not-intervene-2007",
 "https://accc.gov.au/media-release/accc-not-to-oppose-acquisition-of-riverina-media-group-by-rural-press-now-part-of-fairfax",
 None, "ACCC not to oppose acquisition of Riverina Media Group by Rural Press, now part of Fairfax", "Australian Competition and Consumer Commission, media release",
 "The Australian Competition and Consumer Commission will not intervene in the acquisition of the Riverina Media Group by Rural Press Limited, ACCC Chairman, Mr Graeme Samuel, said today.\n\n"
 "Rural Press is now owned by Fairfax Media Limited.\n\n"
 "\"The ACCC's investigation primarily focused on the aggregation of agricultural-related publications in the greater Riverina southern NSW area,\" Mr Samuel said.\n\n"
 "\"Inquiries with industry participants and advertisers indicated that if Rural Press/Fairfax attempted to raise prices above competitive levels in the relevant regional area, existing competitors including small to medium sized players would be well placed to win clients. The threat of new entry was also considered likely to act as a constraint on Rural Press/Fairfax.\n\n"
 "\"As a result, the ACCC considered the acquisition unlikely to substantially lessen competition under section 50 of the Trade Practices Act 1974,\" Mr Samuel said.\n\n"
 "\"The ACCC does not consider that the acquisition will allow Rural Press/Fairfax to profitably raise advertising rates or diminish the quality of content for these publications.\n\n"
 "\"The ACCC notes that Rural Press acquired Riverina Media Group, prior to Fairfax then acquiring Rural Press. The ACCC was not informed by Rural Press of the acquisition of Riverina Media before it took place,\" Mr Samuel said.\n\n"
 "\"Companies that do not approach the ACCC first, prior to completing acquisitions that potentially raise competition concerns, are adopting a risky strategy.  The ACCC will not hesitate to seek court orders for divestiture if, during a post-acquisition review, it considers there was a breach of section 50 of the Act.\"\n\n"
 "\"In this case, the acquisition required detailed consideration, as reflected in the ACCC issuing a Statement of Issues in relation to the acquisition in August 2007. However, the ACCC has decided that significant competition concerns do not exist.\"",
 "media/newspapers", "non-US", "deal",
 "The whole media release (heading kept as title; no date in the excerpt, so `published` is null and 'today' is not resolved); a trailing 'Links' line and spaces at paragraph ends left out (whitespace only); the straight quotation marks and the double space after 'strategy.' kept as printed. Riverina Media Group and Rural Press are new to the corpus (0 in every split); Fairfax is named in three earlier files about other events.",
 "ACCC", ACCC_O, truncated=False))
R.append(rec("accc-pacific-magazines-shomega-not-oppose",
 "http://www.accc.gov.au/media-release/pacific-magazines-acquisition-of-shomega",
 None, "Pacific Magazines acquisition of Shomega", "Australian Competition and Consumer Commission, media release",
 "The Australian Competition and Consumer Commission will not oppose the acquisition of Shomega Ltd by Pacific Magazines and Printing Ltd, ACCC Chairman, Professor Allan Fels, announced today.\n\n"
 "\"The ACCC's market inquiries concluded that the acquisition was unlikely to deter new participants from entering the web printing market at the lower levels, where Shomega's Canberra Press participated,\" Professor Fels said.\n\n"
 "\"Market inquiries likewise did not disclose any evidence that the removal of Canberra Press was likely to deter new entry at the higher levels of the market.\n\n"
 "\"It was not apparent that the acquisition would adversely affect consumers of printed material, with the remaining web printers in the market being strongly competitive, and some substitutes being available from other sources of printing.\"\n\n"
 "Professor Fels said the Commission's inquiries found the merger would not breach the Trade Practices Act and the ACCC would not oppose it.",
 "media/printing", "non-US", "deal",
 "The media release as the page store's excerpt holds it (the title is the address's words; no date in the excerpt, so `published` is null and 'today' is not resolved; Professor Fels chaired the ACCC until 2003). The excerpt may stop before the page's end (`truncated`). New to the corpus (Shomega, Pacific Magazines: 0 in every split).",
 "ACCC", ACCC_O))
R.append(rec("accc-anz-suncorp-bank-tribunal-authorisation-2024",
 "https://www.accc.gov.au/media-release/australian-competition-tribunal-authorises-anz%E2%80%99s-proposed-acquisition-of-suncorp-bank",
 "2024-02-20", "Australian Competition Tribunal authorises ANZ’s proposed acquisition of Suncorp Bank", "Australian Competition and Consumer Commission, media release",
 "The ACCC notes the Australian Competition Tribunal’s decision today to grant authorisation for ANZ’s proposed acquisition of Suncorp’s banking business.\n\n"
 "The Tribunal’s decision sets aside the ACCC’s earlier decision not to grant authorisation for the proposed acquisition. The Tribunal is the review body for authorisation decisions made by the ACCC.\n\n"
 "On 4 August 2023 the ACCC said it would  not authorise the proposed acquisition , because it was not satisfied the transaction would not result in a substantial lessening of competition in the supply of home loans nationally, small to medium enterprise banking in Queensland, and agribusiness banking in Queensland, and that the claimed public benefits did not outweigh the likely public detriment.\n\n"
 "The ACCC was concerned that the proposed acquisition of Suncorp Bank by ANZ would further entrench an oligopoly market structure that is dominated by the four major banks.\n\n"
 "Based on its review of the material before the ACCC, and some limited new information, the Tribunal has concluded that it is satisfied that the transaction would not result in a substantial lessening of competition in any relevant market.\n\n"
 "The Tribunal found many of the public benefits claimed by ANZ and Suncorp were either not public benefits or were not specific to the proposed acquisition. However, the Tribunal found that any detriments from the acquisition were uncertain and unlikely to outweigh the integration benefits.\n\n"
 "“The ACCC notes the decision and will reflect on it. The Tribunal’s decision demonstrates the checks and balances of an administrative merger approval process.” ACCC Chair Cass-Gottlieb said.\n\n"
 "“The Tribunal made findings on fundamental matters that informed our concerns, including that the national market for home loans is currently conducive to coordination and that material barriers to entry and expansion remain.",
 "banking", "non-US", "deal",
 "The media release's body (heading kept as title); the spaces around 'not authorise the proposed acquisition ,' (left by removed links) kept as printed, a space at a paragraph end left out. `published` 2024-02-20: the release calls the Tribunal's decision 'today', and the Tribunal's determination ([2024] ACompT 1, in the page store) is dated 20 February 2024. Cut inside the Chair's second quotation, after its first sentence (the excerpt stops in the next). New to the corpus (Suncorp: 0 in every split).",
 "ACCC", ACCC_O))
R.append(rec("accc-agl-macquarie-generation-tribunal-authorisation-2014",
 "http://accc.gov.au/media-release/accc-disappointed-by-tribunal-decision-authorising-agl-to-acquire-macquarie-generation",
 None, "ACCC disappointed by Tribunal decision authorising AGL to acquire Macquarie Generation", "Australian Competition and Consumer Commission, media release",
 "The Australian Competition Tribunal (the Tribunal) has decided to grant conditional authorisation to AGL Energy Limited’s (AGL) proposed acquisition of Macquarie Generation.\n\n"
 "The Tribunal concluded that the proposed acquisition would result in such public benefit that it should be allowed to occur. The Tribunal also decided to impose conditions of authorisation. The conditions of authorisation place an obligation on AGL to offer not less than 500 MW of electricity hedge contracts to smaller retailers in NSW per year for a period of seven years.\n\n"
 "The ACCC had previously opposed the proposed acquisition by AGL because the ACCC considered that it was likely to have the effect of substantially lessening competition in the NSW retail electricity market.\n\n"
 "The Tribunal is required to apply a different test, in which it must be satisfied that the proposed acquisition would be likely to result in such benefit to the public that it should be allowed to occur.\n\n"
 "“The ACCC acknowledges and respects this decision by the Tribunal.  However, the ACCC is disappointed that the Tribunal has authorised the proposed acquisition given that, if it proceeds, the ACCC considers it would have significant implications for the future of competition in, and performance of, the retail and wholesale electricity markets,” ACCC Chairman Rod Sims said.\n\n"
 "“This is because if the acquisition of Macquarie Generation by AGL proceeds, the three largest generators in NSW will have been sold to the three largest retailers resulting in a permanent structural change in the NSW electricity market.  These vertically integrated retailers will dominate electricity supply.”\n\n"
 "“The ACCC remains of the view that privatisation of these assets to an alternative bidder would achieve a more competitive outcome which in turn will benefit NSW consumers. The ACCC also remains concerned about whether the conditions of authorisation are able to be effectively enforced.”",
 "energy/electricity generation", "non-US", "deal",
 "The media release's body (heading kept as title; no date in the excerpt, so `published` is null); spaces at paragraph ends left out (whitespace only), the double spaces after full stops kept as printed. Cut before the paragraph the excerpt cuts off ('The ACCC has yet to consider t'). Macquarie Generation is new to the corpus; AGL's proposed acquisition of Australian Power and Gas (this batch) is another event.",
 "ACCC", ACCC_O))
R.append(rec("accc-agl-australian-power-and-gas-not-oppose-2013",
 "http://businesses.com.au/reports/latest-business-news/106822-accc-to-not-oppose-the-proposed-acquisition-by-agl-of-australian-power-and-gas",
 "2013-09-12", "ACCC to not oppose the proposed acquisition by AGL of Australian Power and Gas", "Australian Competition and Consumer Commission, media release (as businesses.com.au reproduces it)",
 "The Australian Competition and Consumer Commission will not oppose the proposed acquisition by AGL Energy Limited (AGL) of Australian Power and Gas Company Limited (APG).\n\n"
 "“The ACCC has concluded that the proposed acquisition is not likely to substantially lessening competition in the relevant markets,” ACCC Chairman Rod Sims said.\n\n"
 "“The ACCC formed the view that the removal of APG as an independent retailer was not likely to substantially reduce the competitiveness of price and non-price offerings in the relevant retail energy markets.”\n\n"
 "The ACCC considered the impact of the proposed acquisition primarily in state-based retail markets for the supply of electricity and gas in Victoria, New South Wales and Queensland.\n\n"
 "While APG’s customer base is predominantly based in Victoria, the ACCC found that the collective presence of a number of other second tier retailers in that state would continue to drive competition.\n\n"
 "“Our review indicated that second tier retailers are the primary drivers of competition in retail energy markets. The ACCC recognises that a sufficient number of second tier retailers are required to constrain the pricing of the major retailers. The ACCC is very concerned to ensure that acquisitions in the energy sector do not result in the removal of second tier retailers that play a significant role in driving pricing, discounting activity or innovation in energy offerings,” Mr Sims said.\n\n"
 "“However, after a close review, it became apparent that the removal of APG was not likely to substantially reduce the overall competitiveness of the relevant markets.”\n\n"
 "First tier retailers are in essence those energy retailers that acquired government-owned ‘host’ retailers at privatisation. The first tier retailers are AGL, EnergyAustralia and Origin.",
 "energy/retail", "non-US", "deal",
 "The ACCC's media release as the business-directory site reproduces it under the release's own heading (kept as title); the site's chrome ('Business Daily.', 'Business Mentor', font-size buttons) and the date line '12 September 2013.' before the first sentence (kept as `published`) left out; the release's 'not likely to substantially lessening competition' kept as printed. Cut before the paragraph the excerpt cuts off ('Second tier retailers are in essence those retailers t'). New to the corpus (Australian Power and Gas: 0 in every split).",
 "ACCC", "ACCC media release, copy on businesses.com.au (page store)", via="http://businesses.com.au/reports/latest-business-news/106822-accc-to-not-oppose-the-proposed-acquisition-by-agl-of-australian-power-and-gas"))
if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 18d: Australian and New Zealand regulator and system-operator releases, with the emphasis on outages —
Western Australia's South West Interconnected System losing supply to 98,000 consumers (10 January 2020), New
Zealand's power cuts of 9 August 2021 and the Northland outage after a transmission tower fell (20 June 2024), told by
the market operator (AEMO) and the electricity regulator (Electricity Authority Te Mana Hiko) — near-misses (an
interconnector disconnected with no impact on consumers; a grid owner's incorrect protection settings before a
complaint; a telco's penalty for services that lacked Triple Zero access), and company relations and executives from
the competition regulator (BGC and Midland Brick, NBN Co and TransACT's network, Ventia and Broadspectrum, Google and
Mandiant, Gumtree and Cox Media) and the securities regulator's enforcement update naming former executives.
Licences: ACCC, ASIC and ACMA material CC BY 4.0 (as batch 18c checked), the Electricity Authority's site CC BY 4.0
(ea.govt.nz 'Copyright, disclaimer and transparency statement'), AEMO's 'Copyright Permissions' (a general permission
to use AEMO material for any purpose with attribution). Every text is the search tool's page-store excerpt (corpus
`pages`), embedded here; where an excerpt was cut the text ends at the last full sentence kept (`truncated`). Edits
per item in `notes`; no word added or changed.
usage: batch18d.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
CCBY = "CC BY 4.0"
AEMO_LIC = "AEMO Copyright Permissions: general permission to use AEMO Material for any purpose with attribution"


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
                   f"{on}, {url}, CC BY 4.0{copy}",
           "EA": f"Electricity Authority Te Mana Hiko (New Zealand), {kind}, '{title}'{on}, {url}, CC BY 4.0{copy}",
           "AEMO": f"Australian Energy Market Operator (AEMO), author; {kind}, '{title}'{on}, {url}; used under AEMO's"
                   f" Copyright Permissions (any purpose, with attribution){copy}"}[lic]
    return {"id": id, "source": url, "licence": AEMO_LIC if lic == "AEMO" else CCBY, "attribution": att,
            "published": published, "title": title, "text": text, "sector": sector, "region": region,
            "topics": topics.split(","), "origin": origin, "notes": notes, "truncated": truncated}


ACCC_O = "Australian Competition and Consumer Commission, accc.gov.au (page store)"
EA_O = "Electricity Authority Te Mana Hiko, press release on ea.govt.nz (page store)"
AEMO_O = "Australian Energy Market Operator, media release on aemo.com.au (page store)"
R = []
# ---- power-system outages and near-misses ---------------------------------------------------------------------------
R.append(rec("aemo-swis-power-event-2020-01-10",
 "https://aemo.com.au/newsroom/news-updates/south-west-interconnect-system-power-event-10-january-2020",
 "2020-01-10", "Media release: South West Interconnect System Power Event 10 January 2020", "AEMO media release",
 "At 8:08 PM (AWST), unplanned generation outages in Western Australia's South West Interconnected System (SWIS) triggered automatic system protections that interrupted supply to consumers.\n\n"
 "These automated system protections are in place to prevent long-term damage to system infrastructure, and protect consumers from the risk of a system-wide failure.\n\n"
 "AEMO immediately dispatched additional reserve generation to restore the system frequency back to the safe operating levels, and at 8:27 PM (AWST) AEMO advised Western Power it could begin restoring power to the affected consumers.\n\n"
 "Approximately 98,000 consumers were impacted by this supply interruption, and a large majority of users had their power restored within the hour. The final 2,000 consumers were restored by 11:30 PM (AWST).\n\n"
 "In compliance with the Wholesale Electricity Market (WEM) Rules, AEMO will conduct a detailed investigation into the root cause of this failure, and has implemented temporary, special operational arrangements to protect the system while the investigation is underway. AEMO will publish the findings of this investigation once it is completed.\n\n"
 "At this stage, the SWIS is in a stable, secure state, and there are currently no forecast lack of reserve (LOR) conditions. This means that our forecasts show we have enough supply and reserves to meet the anticipated demand in the SWIS. AEMO will provide updates if the conditions change, and will continue to operate the market and system in the interest of consumers.",
 "energy/electricity system", "non-US", "outage",
 "The whole media release; page chrome ('2 min' reading time, the newsletter and cookie lines) left out, heading kept as title; a space at a paragraph end dropped. `published` 2020-01-10 is the day the heading names (the release reports the event of that evening; the page shows no other date). New to the corpus (SWIS, Western Power, AEMO: 0 in every split).",
 "AEMO", AEMO_O, truncated=False))
R.append(rec("aemo-nsw-power-system-event-2020-01-04",
 "https://aemo.com.au/newsroom/energy-live/new-south-wales-power-system-event-4-january-2020",
 "2020-01-04", "New South Wales Power System Event 4 January 2020", "AEMO Energy Live update",
 "At this time, the NSW to Victoria interconnector has been disconnected, and there is currently no immediate impact on consumers in either state.\n\n"
 "The LOR notice signals a reduction in predetermined electricity reserve levels, and is seeking a response from the market, through either generator offering more supply, or large industrial or commercial consumers reducing their demand.\n\n"
 "AEMO has despatched Reliability and Emergency Reserve Trader (RERT) to improve the provision of additional reserves. RERT is a function available to AEMO to meet consumers’ energy requirements and maintain power system security using reserve off-market generation and demand management contracts.\n\n"
 "To help minimise the stress on the system, AEMO is calling on consumers in New South Wales to temporarily reduce their energy usage where it is safe and possible, by:\n\n"
 "• Avoiding running multiple appliances at once,\n• Setting air conditioners to 24 degrees, and\n• Temporarily switching off pool pumps.\n\n"
 "AEMO acknowledges that the health and wellbeing of consumers remains the highest priority, so please only conserve energy if it is safe to do so.\n\n"
 "Should the situation worsen further and AEMO loses all reserves available and energy unavailability continues to risk impacting the security of the National Electricity Market, as a last resort, AEMO may be forced to instruct controlled load shedding in NSW.\n\n"
 "AEMO will continue to closely monitor reserve levels to maintain adequate supply and will provide further updates.",
 "energy/electricity system", "non-US", "outage",
 "AEMO's update as the page store holds it on AEMO's own pre-production mirror (preprod.aemo.com.au, which carries the 'AEMO test site' banner, left out with '2 min'); the live address is given as source, the mirror as `via`. The link sentence 'Click here for more energy saving tips.' after the last bullet and the trailing 'For more information...' list (cut off) left out; bullets kept as '•' lines. `published` 2020-01-04 is the day the heading names. Near-miss: an interconnector disconnected with 'no immediate impact on consumers' and load shedding only as a possible last resort.",
 "AEMO", AEMO_O, via="https://preprod.aemo.com.au/newsroom/energy-live/new-south-wales-power-system-event-4-january-2020"))
R.append(rec("ea-nz-final-review-9-august-2021-power-cuts",
 "https://ea.govt.nz/news/press-release/authoritys-final-review-maintains-transpowers-errors-led-to-9-august-power-cuts",
 None, "Authority's final review maintains Transpower's errors led to 9 August power cuts", "Electricity Authority press release",
 "The Electricity Authority (Authority) has completed its final review of the 9 August 2021 power cuts which left 34,000 customers without electricity on one of the coldest nights of the year.\n\n"
 "The Phase 2 review, published today, provides new observations and a summary of the various reports and investigations looking into the 9 August events already conducted by the Authority, system operator (Transpower), and the Ministerial investigation.\n\n"
 "The review confirms the earlier findings of its Phase one report, and the ministerial investigation, that Transpower’s coordination and communication failures meant consumers were disconnected unnecessarily on 9 August.\n\n"
 "\"From the outset, our priority ahead of Winter 2022 has been to ensure the system operator is better prepared in the event of an emergency, and we’re very confident that good progress has been made,\" Authority Chief Executive James Stevenson-Wallace said.\n\n"
 "\"As contract managers for the system operator, we’ve learnt valuable lessons from these events and as recommended in the Ministerial investigation, we will be holding Transpower more firmly to the rules and contracts in its performance as system operator,\" Mr Stevenson-Wallace said.\n\n"
 "The Authority says the system operator has made significant improvements to its communication tools and processes since 9 August, and that it will continue with a rigorous assurance process to ensure all recommendations are addressed.\n\n"
 "\"The system operator will be actioning our recommendation to lead its first industry-wide simulation exercise on May 26 - based on managing a hypothetical grid emergency where supply is forecast to fall below demand,\" Mr Stevenson-Wallace said.",
 "energy/electricity system", "non-US", "outage",
 "The press release's body; page chrome ('Press release', the tag 'Compliance') left out, heading kept as title. Cut before the paragraph the excerpt cuts off ('This is a critical preparedness exercise...'). The page shows no date: `published` null (the Authority's review page says only that the Phase 2 review was published in April 2022), so 'today', '9 August' and 'May 26' are not resolved. New to the corpus (Transpower, Electricity Authority, Stevenson-Wallace: 0 in every split). One text for this event (the Authority's press release of 10 August 2021 and its Phase 1 release were not used).",
 "EA", EA_O))
R.append(rec("ea-nz-review-northland-power-outage-2024",
 "https://ea.govt.nz/news/press-release/electricity-authority-to-review-northland-power-outage",
 "2024-06-21", "Electricity Authority to review Northland power outage", "Electricity Authority press release",
 "The Electricity Authority Te Mana Hiko is undertaking a review into the Northland power outages as a result of a transmission tower falling on 20 June.\n\n"
 "Minister for Energy Simeon Brown requested the Authority carry out a review under Section 18 of the Electricity Industry Act 2010 after the collapse of a transmission tower cut power to consumers in the region.\n\n"
 "As the regulator, the Authority is best placed to conduct an independent investigation into the events and welcomes the opportunity to carry out a review.\n\n"
 "\"Electricity consumers need to have confidence their electricity supply is as reliable as possible. Our review will seek that assurance on behalf of consumers,\" says Sarah Gillies, Chief Executive of the Electricity Authority.\n\n"
 "\"Interruptions to the supply of power do occasionally happen, but we want the New Zealand public, especially those in Northland who were left without power, to know that we are intent on getting to the bottom of the problem and making sure any issues identified are urgently corrected.\n\n"
 "\"Northland consumers have been significantly impacted, including businesses that can’t power their operations, process payments or have been forced to work in the dark. They deserve answers, and they need to be assured that this won’t happen again.\n\n"
 "\"We will work closely with grid owner and operator Transpower, local lines companies and other agencies during the review,\" said Gillies.\n\n"
 "Under Section 18 of the Act, the Minister can request the Authority review and report on any matter relating to the electricity industry that is specified by the Minister.",
 "energy/electricity system", "non-US", "outage",
 "The whole press release; page chrome ('Press release') and the 'Related News' block left out, heading kept as title; the page's straight quotation marks with one opening mark per quoted paragraph kept. The page shows no date: `published` 2024-06-21 is the day the Minister's request and the Authority's confirmation were reported (the page store's NZ Herald report of Friday 21 June 2024 quotes the same statement) and the day after the tower fell ('20 June'; the Authority's later update dates the collapse 20 June 2024). New to the corpus (Northland, Transpower, Gillies: 0 in every split).",
 "EA", EA_O, truncated=False))
R.append(rec("ea-nz-formal-complaints-transpower-south-pacific-energy",
 "https://www.ea.govt.nz/news/press-release/electricity-authority-lodges-formal-complaints-over-alleged-code-breaches",
 None, "Electricity Authority lodges formal complaints over alleged Code breaches", "Electricity Authority press release",
 "The Electricity Authority Te Mana Hiko (Authority) has lodged two separate formal complaints with the Rulings Panel alleging a breach of the Electricity Industry Participation Code 2010 (Code) by grid owner Transpower and retailer South Pacific Energy Limited.\n\n"
 "The Code sets out the duties and responsibilities for all participants in New Zealand's electricity industry. The Authority can enforce compliance with the Code to ensure improved industry practice.\n\n"
 "The complaint against Transpower as grid owner alleges it applied incorrect protection settings on 14 February 2023 in breach of clause 4(4)(a)(ii) of Technical Code A, Schedule 8.3 of the Code.\n\n"
 "The Authority lodged this complaint because the grid owner appears to have made a conscious decision not to address the risks identified with its asset; the potential operational and security impact could have been greater if the trip event had occurred on a larger grid connection point; and the Authority aims to prevent similar incidents happening in the future.\n\n"
 "The complaint against South Pacific Energy alleges the retailer failed, on a number of occasions in 2024 and 2025, to meet payment deadlines and made deposits in incorrect accounts in breach of clauses 14A.6(2), 14.31(1)(a) and 14.32(1) of the Code.\n\n"
 "The Authority lodged this complaint because South Pacific Energy, based on the number of alleged Code breaches, did not exercise due care and consideration for payment obligations; the breaches indicate a history of non-compliance which has an operational impact on the clearing manager; and the Authority aims to prevent the risk of recurrence.\n\n"
 "The Rulings Panel is an independent body that determines breaches of the Code and may make appropriate remedial orders under section 54 of the Electricity Industry Act 2010.",
 "energy/electricity system", "non-US", "outage,regulatory",
 "The press release's body; page chrome ('Press release', tags 'Code', 'Compliance') left out, heading kept as title. Cut before the paragraph the excerpt cuts off ('If the Rulings Panel upholds a complaint...'). No date on the page: `published` null. Near-miss: a 'trip event' at a grid connection point is mentioned, but no loss of supply to anyone is told.",
 "EA", EA_O))
# ---- telecoms near-miss ---------------------------------------------------------------------------------------------
R.append(rec("acma-tpg-internet-triple-zero-federal-court-penalties",
 "https://consumersfederation.org.au/tpg-fined-for-stopping-emergency-calls-on-unpaid-bills/",
 None, "TPG fined for stopping emergency calls on unpaid bills", "Australian Communications and Media Authority media release (as the Consumers Federation of Australia site reproduces it)",
 "The Federal Court of Australia has ordered TPG Internet Pty Ltd (TPG Internet) to pay penalties in the sum of $400,000 for contraventions of the Telecommunications (Emergency Call Service) Determination 2009. The Determination imposes requirements on telecommunications providers to give customers and other end-users access to the Triple Zero emergency call service.\n\n"
 "The Australian Communications and Media Authority instituted proceedings against TPG Internet in the Federal Court in November 2012 claiming that the telecommunications provider had contravened the Determination by failing to ensure that its controlled network and/or controlled facilities gave the end-users of 5,979 home telephone services access to the Triple Zero emergency call service; and by failing to connect 193 calls made to the Triple Zero emergency call service on 100 of those home telephone services.\n\n"
 "As part of the proceedings, the ACMA sought an order from the Federal Court under section 570 of the Telecommunications Act 1997 that TPG Internet pay to the Commonwealth pecuniary penalties for the contraventions of the Determination.\n\n"
 "In finding that TPG Internet had contravened the Determination, His Honour Justice Bromberg of the Federal Court noted that, ‘The lack of immediate access to the emergency call service in the event of an emergency can have very serious consequences. Apart from the increased anxiety and stress involved for those seeking access, TPG’s failure could easily have led to the death of a person who might otherwise have been saved…’\n\n"
 "‘This is the first time that the ACMA has instituted proceedings against a telecommunications provider for contraventions of the Determination. This decision is a reminder for all providers that the obligation to give Triple Zero access is of paramount importance,’ said ACMA Chairman, Chris Chapman.\n\n"
 "‘All Australians need to be assured that any call they make to the Triple Zero emergency call service will be connected.’",
 "telecoms", "non-US", "outage,regulatory",
 "The ACMA's media release on its Federal Court case as the consumer-federation site reproduces it under its own heading (kept as title; the heading's 'unpaid bills' is not in the text); paragraphs separated by blank lines (the copy has single line breaks). Cut before the paragraph the excerpt cuts off ('The proceedin'). No date: `published` null (the case was decided in 2013; not used). Near-miss for outages: services that lacked Triple Zero access and calls not connected over a period, a contravention found by a court, not a told incident. New to the corpus (TPG Internet, '5,979', Chapman: 0 in every split).",
 "ACMA", "ACMA media release, copy on consumersfederation.org.au (page store)",
 via="https://consumersfederation.org.au/tpg-fined-for-stopping-emergency-calls-on-unpaid-bills/"))
# ---- ACCC: acquisitions -----------------------------------------------------------------------------------------------
R.append(rec("accc-bgc-midland-brick-not-opposed-2020",
 "https://www.accc.gov.au/media-release/bgcs-proposed-acquisition-of-midland-brick-not-opposed",
 "2020-12-17", "BGC's proposed acquisition of Midland Brick not opposed", "ACCC media release",
 "The ACCC will not oppose BGC’s proposed acquisition of Midland Brick.\n\n"
 "BGC and Midland Brick both manufacture and supply clay bricks in Western Australia, along with other clay and masonry building products. BGC is also a residential and commercial builder.\n\n"
 "“We examined the proposed acquisition carefully, because it would combine two of the three major suppliers of clay bricks in the West Australian market,” ACCC Commissioner Stephen Ridgeway said.\n\n"
 "“A key factor in the ACCC’s decision was the likelihood that Midland Brick and its production capacity would exit the market entirely if the proposed acquisition did not proceed.”\n\n"
 "The ACCC investigated the likelihood that Midland Brick would continue to operate or be sold to an alternative purchaser if the proposed acquisition did not proceed, and reviewed internal business records and conducted compulsory examinations of key industry participants.\n\n"
 "“There was sufficient evidence that showed that without the proposed acquisition the owners of Midland Brick would move to demolish the brick kilns, and the exit of Midland Brick from the market would likely be brought forward,” Mr Ridgeway said.\n\n"
 "“We concluded that the exit of Midland Brick would be a worse outcome for competition compared to the proposed acquisition proceeding.”\n\n"
 "Some market participants warned that the exit of Midland Brick’s production capacity could contribute to a significant shortage of bricks if demand were to suddenly increase quickly.\n\n"
 "“Feedback from industry participants indicated that it was important that the production capacity of Midland Brick remained in the market over the medium term to meet future demand,” Mr Ridgeway said.",
 "building materials", "non-US", "deal",
 "The media release's body; the heading (kept as title) and the date line '17 December 2020' (kept as `published`) left out. Cut before the paragraph the excerpt cuts off ('We determined that regardless...'). New to the corpus (BGC, Midland Brick, Ridgeway: 0 in every split).",
 "ACCC", ACCC_O))
R.append(rec("accc-nbn-co-transact-fttp-network-not-oppose",
 "https://www.accc.gov.au/media-release/accc-to-not-oppose-nbn-cos-proposed-acquisition-of-transacts-fibre-to-the-premises-network",
 None, "ACCC to not oppose NBN Co's proposed acquisition of TransACT's fibre to the premises network", "ACCC media release",
 "The Australian Competition and Consumer Commission will not oppose the proposed acquisition of TransACT Capital Communications Pty Ltd’s (TransACT) fibre to the premises network (TransACT FTTP network) by NBN Co Limited (NBN Co).\n\n"
 "TransACT’s parent company is iiNet Limited. The TransACT FTTP network currently passes approximately 8,500 premises in new residential estates in the ACT and once construction is complete, is expected to pass approximately 17,500 premises.\n\n"
 "In reaching its decision, the ACCC consulted with a range of interested parties, including customers of TransACT and telecommunications service providers in the ACT.\n\n"
 "“Importantly, the ACCC considered that it was highly unlikely that NBN Co would overbuild the TransACT FTTP network in the absence of the proposed acquisition,” ACCC Chairman Rod Sims said.\n\n"
 "“The ACCC therefore concluded that the proposed acquisition represents a bare transfer of assets and wholesale market share from TransACT to NBN Co. Accordingly, the proposed acquisition is unlikely to substantially lessen competition in any relevant wholesale or retail market,” Mr Sims said.\n\n"
 "The ACCC noted that the proposed acquisition would also remove TransACT’s vertical integration in the areas passed by the TransACT FTTP network and potentially open up these areas to increased retail competition, through the entry of other retail service providers.\n\n"
 "The ACCC also noted that the proposed acquisition would not result in horizontal aggregation at the retail level given that NBN Co is not a retailer. TransACT would continue to retail with or without the proposed acquisition.",
 "telecoms", "non-US", "deal",
 "The media release's body as the page store holds it (no heading or date line; `published` null); the title is taken from the release's address. New to the corpus (TransACT, NBN Co: 0 in every split; iiNet is in one dev file about another matter).",
 "ACCC", ACCC_O, truncated=False))
R.append(rec("accc-ventia-broadspectrum-informal-merger-review",
 "https://www.accc.gov.au/public-registers/mergers-registers/public-informal-merger-reviews-register/ventia-services-group-pty-ltd-ferrovial-services-australia-pty-ltd-broadspectrum",
 None, "Ventia Services Group Pty Ltd - Ferrovial Services Australia Pty Ltd (Broadspectrum)", "ACCC public informal merger reviews register entry",
 "Ventia Services Group Pty Ltd (Ventia) proposes to acquire Ferrovial Services Australia Pty Ltd (Broadspectrum).\n\n"
 "Ventia is a 50:50 partnership between an affiliate of Apollo Global Management, LLC and CIMIC Group Limited.\n\n"
 "Ventia and Broadspectrum provide infrastructure services across a range of industries in Australia, including design and construction (D&C), operation and maintenance (O&M) and facilities management (FM) services.\n\n"
 "Market definition\n\n"
 "The ACCC considered the effect of the proposed acquisition on competition in Australia for the:\n"
 "- Broader market for the supply of infrastructure services.\n"
 "- Narrower markets for the supply of each of design and construction, operation and maintenance, and facilities management services.\n\n"
 "The ACCC did not reach a concluded view on market definition as it was not necessary for our competition assessment.\n\n"
 "Competition analysis\n\n"
 "The ACCC assessed whether a combined Ventia and Broadspectrum could reduce competitive tension in the supply of specific types of infrastructure services, such that it could lead to a likely substantial lessening of competition in relevant markets.\n\n"
 "Based on the results from its market inquiries and other information available to it, the ACCC concluded that the proposed acquisition was not likely to substantially lessen competition in any relevant market because:\n"
 "- Ventia and Broadspectrum generally offer differentiated services, with minimal overlap in a number of industries including defence, justice, education, social housing, oil and gas, environmental consulting and real estate.\n"
 "- In industries where there is an overlap and both parties directly compete by providing similar services, we understand that the merged entity would continue to face competition from alternative suppliers, including from both industry specialised service providers and large diversified infrastructure services providers.",
 "infrastructure services", "non-US", "deal",
 "The register entry's summary; the two party lines above it ('- Ventia Services Group Pty Ltd', '- Ferrovial Services Australia Pty Ltd (Broadspectrum)') kept as the title; the timeline table that follows ('Date | Event |', cut off) left out; blank lines put between the paragraphs and headings the page store runs together. No date: `published` null. New to the corpus (Ventia, Broadspectrum, CIMIC, Apollo: 0 in every split).",
 "ACCC", "ACCC public informal merger reviews register on accc.gov.au (page store)"))
R.append(rec("accc-google-mandiant-not-opposed",
 "https://www.accc.gov.au/taxonomy/term/147?page=2",
 None, "Google's acquisition of Mandiant not opposed", "ACCC media release summary on the ACCC's 'Mergers' listing",
 "The ACCC will not oppose the proposed acquisition of Mandiant, Inc. by Google LLC.\n\n"
 "Mandiant supplies cybersecurity consulting services, specialising in incident response, and other cybersecurity products.\n\n"
 "Google supplies software and internet-based products, including Google Cloud and some cybersecurity products.\n\n"
 "“Our investigation concluded that Google and Mandiant are not competitors in the supply of cybersecurity products and that this acquisition was not likely to substantially lessen competition,” ACCC Chair Gina Cass-Gottlieb said.",
 "technology/cybersecurity", "non-US", "deal",
 "The second item of the ACCC's 'Mergers' listing page 3 (taxonomy term 147, page=2): its heading (kept as title) and the release's opening paragraphs the listing shows; the other items on the page left out (one text per event). No date: `published` null. New to the corpus (Mandiant: 0 in every split).",
 "ACCC", ACCC_O))
R.append(rec("accc-gumtree-cox-media-merger-authorisation",
 "https://www.accc.gov.au/taxonomy/term/147",
 None, "ACCC authorises Gumtree’s acquisition of Carsguide and Autotrader", "ACCC media release summary on the ACCC's 'Mergers' listing",
 "The ACCC has granted unconditional merger authorisation to Gumtree’s proposed acquisition of Cox Australia Media Solutions (Cox Media), allowing Gumtree Cars to be combined with Cox Media’s Carsguide and Autotrader sites.\n\n"
 "“We authorised this merger because we concluded it was not likely to lead to a substantial lessening of competition, including in the supply of online automotive classifieds in Australia. Therefore it was not necessary to consider the public benefit limb of the authorisation test,” ACCC Chair Rod Sims said.",
 "online classifieds", "non-US", "deal",
 "The first item of the ACCC's 'Mergers' listing page (taxonomy term 147): its heading (kept as title) and the release's opening paragraphs the listing shows; the other items (Ventia, Asahi, Bunnings) left out. No date: `published` null. New to the corpus (Gumtree, Carsguide, Cox Media: 0 in every split).",
 "ACCC", ACCC_O))
# ---- ASIC: enforcement update naming executives ---------------------------------------------------------------------
R.append(rec("asic-enforcement-update-january-june-2020",
 "https://asic.gov.au/about-asic/news-centre/find-a-media-release/2020-releases/20-217mr-asic-enforcement-update-january-to-june-2020",
 None, "ASIC enforcement update January to June 2020", "ASIC media release 20-217MR",
 "ASIC has today released its enforcement update report for the period 1 January to 30 June 2020.\n\n"
 "A copy of the report - outlining key actions taken over the past six months to enforce the law and support our enforcement objectives - can be found here.\n\n"
 "The report covers the ongoing areas of focus, including a foreword from ASIC Deputy Chair Daniel Crennan QC discussing ASIC’s enforcement progress in the first six months of 2020 including in relation to the Royal Commission into Misconduct in the Banking, Superannuation and Financial Services Industry-related enforcement work.\n\n"
 "During this period, ASIC has successfully completed enforcement action in two long-running matters, Octaviar and Storm Financial, both of which related to directors’ duties obligations in Australia and resulted in civil penalties and disqualification orders.\n\n"
 "ASIC has also had significant civil penalties imposed against large financial institutions including:\n"
 "- CBA was ordered to pay a civil penalty of $5 million and publish a corrective notice regarding its AgriAdvantage Plus Package; and\n"
 "- AMP was ordered to pay a civil penalty of over $5 million for failing to prevent insurance churn by its financial planners.\n\n"
 "ASIC has achieved enforcement outcomes against individuals including:\n"
 "- Former Kleenmaid director Andrew Young sentenced to nine years’ imprisonment for fraud and insolvent trading;\n"
 "- Company director George Nowak sentenced to ten years’ imprisonment for deception relating to his dealings with the assets of self-managed superannuation funds;\n"
 "- Former Sirtex Medical Limited CEO and director Gilman Wong sentenced for insider trading; and\n"
 "- Pre-insolvency adviser Stephen O’Neill sentenced to five years’ imprisonment for money laundering for his role in a scheme to remove the company assets of a company that subsequently went into liquidation.",
 "finance/regulation", "non-US", "regulatory,leadership",
 "The media release's body (the page store's address spells the host 'asic.gov.au.'); the title is taken from the release's address (slug '20-217mr-asic-enforcement-update-january-to-june-2020'), the excerpt showing no heading; blank lines put between the paragraphs the page store runs together. Cut before the last list ('ASIC has also commenced civil penalty proceedings including against:', whose first item the excerpt cuts off). No date on the page: `published` null (the release number is of 2020), so 'today' is not resolved. New to the corpus (Kleenmaid, Sirtex, Crennan, Octaviar, Storm Financial: 0 in every split).",
 "ASIC", "Australian Securities and Investments Commission, media release on asic.gov.au (page store)"))
if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 37q (session 38; helper gather38q): electricity and water utilities and their holding companies in Australia,
England and Canada, told as company stories - owners, parents, buyers, bidders, predecessors and the areas served:
Sydney's electricity network company Ausgrid, left when New South Wales sold EnergyAustralia's retail arm, whose
50.4% lease went to an Australian consortium after the federal government blocked a Chinese-Hong Kong bid (electricity
distribution, Australia); Northumbrian Water Group, the holding company of the north-east of England's water supplier
and of Essex & Suffolk Water, bought by Cheung Kong Infrastructure in 2011, with the statutory water companies that
Lyonnaise des Eaux bought and merged before (water, England); the Long Island Lighting Company, founded by buying four
village electric companies, whose slow restoration of power after Hurricane Gloria in 1985 helped force its sale, and
whose Shoreham plant the Long Island Power Authority bought (electricity and gas, New York); and Nova Scotia Power, owned by Emera, with the
provincial Crown commission it grew from and the investor-owned utility the provincial government acquired in 1972
(electricity, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): an en.wikipedia.org permanent revision, an older en.wikipedia.org rendering, a piglix.com copy and a wikimili.com
copy; each cut at a section or sentence end (`truncated`). Edits per item in `notes`; no word added or changed. One
text tells an outage (LILCO's power not fully restored for eleven days after Hurricane Gloria, 1985); the other three
tell none and no near-miss (ownership, sales and a blocked bid only).
newskg (or any extractor) was not run on any of them.
usage: batch37q.py [POOL_DIR] [--dry]   (default /tmp/gather38q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38q/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names and gold texts, and in none of the session-38 pools "
           "(/tmp/gather38*/pool, a-r) as they stood at about 07:40 UTC by the machine's clock")

R = []
# ---- electricity distributor, New South Wales: Ausgrid ----------------------------------------------------------------
R.append(wp("wp-ausgrid", "Ausgrid",
 "https://en.wikipedia.org/wiki/?oldid=981916553&title=Ausgrid",
 "Ausgrid is an electricity distribution company which owns, maintains and operates the electrical networks "
 "supplying 1.8 million customers in Sydney, the Central Coast and Hunter regions of New South Wales, Australia. It "
 "was formed in 2011 from the previously state-owned energy retailer/distributor, EnergyAustralia, when the retail "
 "division of the company, along with the EnergyAustralia brand, was sold by the Government of New South Wales, and "
 "the remainder renamed Ausgrid.\n\n"
 "Ausgrid was wholly owned by the Government of New South Wales from 2011 to 2016. In 2016, the New South Wales "
 "Government offered the effective sale of a 50.4% stake in Ausgrid, through a 99-year lease. Initial bidding was "
 "won by a consortium of State Grid Corporation of China and Cheung Kong Infrastructure Holdings. On 11 August 2016 "
 "the Federal Government intervened to block the proposal, citing national security concerns regarding foreign "
 "ownership of critical infrastructure. In September 2016 the New South Wales Government instead accepted a bid "
 "from an Australian-based consortium of AustralianSuper and IFM Investors, for a sum of $16 billion.",
 "utilities/electricity", ["ownership", "deal", "privatisation", "history"],
 "The article as en.wikipedia.org's permanent link to the revision of 04:18, 5 October 2020 (oldid 981916553, by "
 "Rosettaanalytics) holds it in the page store. Cut: the page furniture ('Jump to content', 'From Wikipedia, the free "
 "encyclopedia', the old-revision notice); the infobox (type, industry, predecessor, 'Founded 1 March 2011', "
 "headquarters, area served, network map, 'Key people Richard Gross (CEO) Trevor Armstrong (COO)', services, "
 "owner line, website, the old head-office caption), so no executive is in the text; the heading 'Ownership'; "
 "citation markers ('[1]', '[2]', '[2][3]', '[4]'); cut at the end of the 'Ownership' section, before the heading "
 "'History' and its complaints paragraph, which the excerpt breaks off ('Ausgrid has received numerous "
 "complaint...'); so `truncated`. Kept as written: 'retailer/distributor', 'the remainder renamed Ausgrid', 'the New "
 "South Wales Government' beside 'the Government of New South Wales', 'Australian-based', '$16 billion'. No outage "
 "and no near-miss (a blocked bid is no loss of service). A 2020 revision: recorded CC BY-SA 3.0. cryer.org.uk's "
 "'Ausgrid Explained' (a copy of a later revision, the same two paragraphs with 'servicing more than 4 million "
 "people'), friendlyjordies.com's post (its own words, licence unknown), mondaq briefings and a Xinhua report on the "
 "NSW network sales (not openly licensed) were looked at and not used. Ausgrid, EnergyAustralia (named once in "
 "another gold text, not its subject), State Grid Corporation of China (State Grid named once in GATHERING.md, "
 "another event), Cheung Kong Infrastructure, AustralianSuper, IFM Investors: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, a permanent revision on en.wikipedia.org"))

# ---- electric and gas utility, Long Island: Long Island Lighting Company (LILCO) ------------------------------------------
R.append(wp("wp-long-island-lighting-company", "Long Island Lighting Company",
 "https://en.wikipedia.org/wiki/Long_Island_Lighting_Company",
 "The Long Island Lighting Company, or LILCO [ \"lil-co\" ], was an electrical power company and natural gas utility "
 "for the communities of Long Island, New York, serving 2.7 million people in Nassau, Suffolk and Queens Counties.\n\n"
 "LILCO was the original power utility for Long Island from 1911 until 1998. It was founded by Ellis Laurimore "
 "Phillips, an engineer, and a group of New York City investors, including George W. Olmsted, when they purchased "
 "four small electric companies in Amityville, Islip, Northport and Sayville.\n\n"
 "LILCO built the Shoreham Nuclear Power Plant. In the end, in a political decision, the plant operated only briefly "
 "and then was closed down and bought by the Long Island Power Authority (LIPA), a public authority.\n\n"
 "Hurricane Gloria hit Long Island on September 27, 1985, but power was not fully restored until October 8. The "
 "bitterness from the delays in restoring power helped bring down the Shoreham Plant and eventually helped force the "
 "sale of the company.",
 "utilities/electricity", ["ownership", "outage", "history"],
 "The article as en.wikipedia.org itself holds it in the page store, an older rendering (the 'Jump to: navigation, "
 "search' page skin; a revision of about 2013-2016). Cut: the page furniture ('From Wikipedia, the free "
 "encyclopedia', 'Jump to: navigation, search'), the hatnote ('For the former successor power provider for the Long "
 "Island region, see Long Island Power Authority.'), the infobox (industry; 'Fate Electrical transmission network "
 "acquired by LIPA, electrical distribution system and natural gas operations merged with Brooklyn Union Gas to form "
 "KeySpan'; successors; founding; 'Defunct 1998'; headquarters; key people W. J. Catacosinos, J. T. Flynn, A. "
 "Nozzolillo, T. A. Babcock, K. A. Marion; products; the Glenwood Landing caption), so KeySpan, Brooklyn Union Gas "
 "and the executives are not in the text; citation markers ('[1]', '[2]', '[3]' twice); cut after 'the sale of the "
 "company.', at the end of the lead's Gloria paragraph, because the next paragraph ('On March 5, 1998, final Federal "
 "approval was received for LIPA to...') is broken off by the excerpt; so `truncated`. Kept as written: 'or LILCO [ "
 "\"lil-co\" ], was' (the pronunciation in square brackets and straight quotes), 'Nassau, Suffolk and Queens "
 "Counties', 'George W. Olmsted, when they purchased' (the marker after the name cut), 'the Shoreham Plant', "
 "'until October 8' (no year; the sentence's 1985). The text tells one outage: power lost to Hurricane Gloria on "
 "September 27, 1985 and not fully restored until October 8 (LILCO, Long Island's power utility, the provider a "
 "reader takes from the text; no customer count in this excerpt). Content before June 2023: recorded CC BY-SA 3.0; "
 "revision not recorded. profilpelajar.com's copy of a later revision (a 'Formation' section on Glenwood Generating "
 "Station, no Gloria sentence in its excerpt), wikisum.wiki's summary (sentences picked and reordered), a German "
 "machine translation on knowledgr.com, Newsday's Gloria history, publicpowerlipa.org's timeline and news on "
 "Sandy and Isaias (not openly licensed, or not the article) were looked at and not used. Long Island Lighting "
 "Company, LILCO, Hurricane Gloria, KeySpan, Brooklyn Union Gas, Long Island Power Authority (LIPA as a word: 0 hits), "
 "Ellis Laurimore Phillips: " + CHECKED + " (Shoreham occurs twice in GATHERING.md, for the 2015 Shoreham air show "
 "crash in England, another place).",
 "US", v3=True, copy_of="the Wikipedia article, an older rendering on en.wikipedia.org"))

# ---- water holding company, England: Northumbrian Water Group ------------------------------------------------------------
R.append(wp("wp-northumbrian-water-group", "Northumbrian Water Group",
 "http://piglix.com/piglix/Northumbrian_Water_Group",
 "Northumbrian Water Group plc (NWG) is the holding company for several companies in the water supply, sewerage and "
 "waste water industries. NWG's largest subsidiary is Northumbrian Water Limited (NWL), which is one of ten "
 "companies in England and Wales that are regulated water supply and sewerage utilities. NWL is the principal water "
 "supplier in the north-east of England, where it trades as Northumbrian Water, and also supplies water to part of "
 "eastern England, as Essex and Suffolk Water. In 2011 it was acquired by Cheung Kong Infrastructure Holdings.\n\n"
 "In 1974, the Northumbrian Water Authority (NWA), one of ten public sector regional water authorities created under "
 "the Water Act 1973, was formed and became responsible for sewerage and some water supply functions that had "
 "previously been split among over 80 local authorities and water undertakings. Water supply to more than half the "
 "region was left in the hands of three existing statutory water companies (SWC):\n\n"
 "In 1988, the Newcastle & Gateshead and Sunderland & South Shields companies were acquired in two separate "
 "operations by Lyonnaise des Eaux et de l'Eclairage (Lyonnaise), a company listed on the Paris Bourse, for £39.1m "
 "and £35.9m respectively. In 1992, the Newcastle company was merged into the Sunderland company, which was renamed "
 "North East Water (NEW).\n\n"
 "In 1988, Lyonnaise acquired two further SWCs, Essex Water Company and Suffolk Water Company (formerly East Anglian "
 "Water Company) and, in 1994, merged them to form Essex & Suffolk Water.",
 "utilities/water", ["ownership", "deal", "merger", "history"],
 "The article as piglix.com (a Wikipedia copy earlier batches used, e.g. 25b) holds it in the page store, an older "
 "revision (the infobox names Andrew Hunter as chairman, Heidi Mottram as chief executive, 2010 revenue and "
 "Cheung Kong Infrastructure Holdings as parent; about 2012-2017). Cut: the infobox lines (type, industry, 'Founded "
 "1989', 'Durham, UK', key people, revenue and profit lines, parent, website), so no executive is in the text; the "
 "copy gives no section headings or citation markers; cut after 'to form Essex & Suffolk Water.', before the "
 "paragraph 'Under the Water Act 1989, as part of the UK Government's privatisation programme ...', which the excerpt "
 "breaks off ('transferred to a holding company, Northumb...'); so `truncated`. Kept as written: the sentence "
 "ending 'three existing statutory water companies (SWC):' with no list after it (the copy holds none; the three "
 "companies are not named there), 'Essex and Suffolk Water' in the lead beside 'Essex & Suffolk Water' at the end, "
 "'In 2011 it was acquired' (it: the group or NWL, the text does not say which), 'the Newcastle company' and 'the "
 "Sunderland company', 'l'Eclairage' with a straight apostrophe, '£39.1m and £35.9m'. No outage and no near-miss. "
 "Content of about 2012-2017: recorded CC BY-SA 3.0; revision not recorded; piglix's own terms were not found "
 "(as batch 25b noted). The Independent, Yorkshire Post, BBC, SCMP, edie, bdaily and Infrastructure Investor news and "
 "CKI's release on the 2011 takeover, and the Guardian's and Corporate Watch's pieces on water ownership (not openly "
 "licensed) were looked at and not used. Northumbrian Water, Cheung Kong Infrastructure, Lyonnaise des Eaux, Essex & "
 "Suffolk Water, North East Water, Newcastle & Gateshead: " + CHECKED + " (Sunderland and Essex occur in other "
 "texts only as places or inside other names).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com"))

# ---- electric utility, Nova Scotia: Nova Scotia Power ---------------------------------------------------------------------
R.append(wp("wp-nova-scotia-power", "Nova Scotia Power",
 "https://wikimili.com/en/Nova_Scotia_Power",
 "Nova Scotia Power Inc. is a vertically integrated electric utility in Nova Scotia, Canada. It is privately owned by "
 "Emera and regulated by the provincial government via the Nova Scotia Utility and Review Board (NSUARB). Nova "
 "Scotia Power Inc provides electricity to 520,000 residential, commercial and industrial customers in Nova Scotia."
 "\n\n"
 "The Nova Scotia Power Commission was formed in 1919 by the provincial government, following the lead of several "
 "other Canadian provinces in establishing Crown corporation electrical utilities. The commission constructed and "
 "opened its first hydro plant at Tantallon the following year. Throughout the 1920s-1960s, the commission grew as "
 "private and municipal owned hydro plants and electrical utilities went bankrupt or sold their assets. In 1960, Nova "
 "Scotia was connected to the New Brunswick Electric Power Commission in the first electrical inter-connection "
 "between provinces in Canada. The Nova Scotia Power Commission underwent unprecedented expansion during the late "
 "1960s when five new thermal generating stations were constructed to meet the growing residential and industrial "
 "demand in the province.\n\n"
 "On January 27, 1972, the Government of Nova Scotia acquired Nova Scotia Light and Power Company, Limited (NSLP), "
 "an investor-owned utility, leasing its assets to the renamed Nova Scotia Power Corporation (NSPC). In 1984, NSPC "
 "opened the world's first tidal power generating station on the Annapolis River at Annapolis Royal.",
 "utilities/electricity", ["ownership", "deal", "history", "regulation"],
 "The article as a wikimili.com copy holds it in the page store (its infobox names Peter Gregg as president and CEO "
 "and 1,700 employees (2013): a revision of about 2019-2023). Cut: the title line, 'Last updated', the infobox (type, "
 "industry, predecessors, 'Founded 1972 (as Nova Scotia Power Corporation)', headquarters, area served, key people, "
 "products, employees, parent, website), so no executive is in the text; the table-of-contents word 'Contents'; the "
 "headings 'History' and '20th century'; an image caption ('Emera head office', three times with the file name); "
 "citation markers ('[2]', '[1]', '[3]'); cut after 'at Annapolis Royal.', in the middle of a paragraph, because the "
 "next sentence ('This technology, similar to ...') is broken off by the excerpt; so `truncated`. Kept as written: "
 "'Nova Scotia Power Inc provides' (no full stop after Inc), 'the 1920s-1960s', 'private and municipal owned', "
 "'inter-connection', 'Nova Scotia Light and Power Company, Limited (NSLP)'. No outage and no near-miss (the "
 "April 2025 cyber incident at the company and Emera is told by news and the company's site, not in this text). "
 "Recorded CC BY-SA 3.0 (content before June 2023 by its infobox; doubtful, the copy's date is not shown); revision "
 "not recorded. en.wikipedia.org's older rendering (ticker symbols '(TSXNSI.PR.D)' and '(TSXEMA)' in the lead, "
 "490,000 customers), its diff page of 3 December 2006 (the 1992 privatisation sentence, broken off after it), "
 "piglix.com's copy (the same paragraphs, '(: NSI.PR.D)'), grokipedia.com (not Wikipedia), nsadvocate.org, "
 "the company's history page and news and releases on the 2025 cyber incident (not openly licensed) were looked at "
 "and not used. Nova Scotia Power, Emera, NSUARB, Nova Scotia Light and Power, New Brunswick Electric Power "
 "Commission: " + CHECKED + " (Nova Scotia occurs once, in batch 35e's CANTAT-3 text, as a place).",
 "non-US", v3=True, copy_of="the Wikipedia article, via wikimili.com"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

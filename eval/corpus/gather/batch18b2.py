#!/usr/bin/env python3
"""Batch 18b part 2: more companies, relations and executives told news-style — a chipmaker's acquisition of a wafer
fab called in for a national security assessment (Nexperia, Newport Wafer Fab), a reactor maker picked as preferred
bidder by a renamed state nuclear company (Rolls-Royce SMR, Great British Energy – Nuclear; a near-miss for partner),
the postal network's chair named in a green-paper release (Post Office), a former satellite-company chief executive
appointed National Armaments Director (Inmarsat, Ministry of Defence), and a US chip-funding page's non-binding terms
with a memory-chip maker (Micron Technology; a near-miss). Written after part 1 (batch18b.py) was annotated and split,
so part 1's splits stay untouched (as batches 16a, 17c and 17e). UK government press releases (Open Government Licence
v3.0; gov.uk itself, wired-gov.net and ukpol.co.uk copies) and a US federal page (public domain). Every text is the
search tool's page-store excerpt (corpus `pages`), embedded here; where an excerpt was cut it ends at the last full
sentence kept (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch18b2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18b import OGL, PD, ogl, rec, UKPOL, UKPOL_NOTE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = []
# ---- 1 Newport Wafer Fab ---------------------------------------------------------------------------------------------
u = ("https://www.wired-gov.net/wg/news.nsf/articles/"
     "newport+wafer+fab+acquisition+calledin+for+national+security+assessment+26052022101500?open")
t = "Newport Wafer Fab acquisition called-in for national security assessment"
R.append(rec("gov-uk-beis-newport-wafer-fab-nexperia-acquisition-called-in-2022", u, "2022-05-26", t, OGL,
 ogl("Department for Business, Energy & Industrial Strategy", t, "26 May 2022", u),
 "The acquisition of Newport Wafer Fab has been called-in for a full national security assessment.\n\n"
 "The acquisition by Nexperia of Newport Wafer Fab was called-in for a full national security assessment by Business Secretary Kwasi Kwarteng yesterday (Wednesday 25 May).\n\n"
 "The government has powers under the National Security and Investment Act 2021 to scrutinise and – if necessary – intervene in qualifying acquisitions on national security grounds.\n\n"
 "The government has 30 working days (extendable by up to a further 45 working days) to carry out that assessment. That process is underway.",
 "semiconductors", "non-US", "deal,regulatory",
 "The BEIS news story as wired-gov.net reproduces it (gov.uk content, Open Government Licence v3.0); the department line and the heading (kept as title), the page's date (kept as `published`) and the closing 'Original article link: https://www.gov.uk/government/news/newport-wafer-fab-acquisition-called-in-for-national-security-assessment' left out; paragraph breaks doubled (whitespace only). The whole story (not cut). Newport Wafer Fab and Nexperia are new to the corpus.",
 "UK government news story via wired-gov.net (search tool page store)", truncated=False))
# ---- 2 Rolls-Royce SMR (near-miss for partner) ------------------------------------------------------------------------
u = "https://www.gov.uk/government/news/rolls-royce-smr-selected-to-build-small-modular-nuclear-reactors"
t = "Rolls-Royce SMR selected to build small modular nuclear reactors"
R.append(rec("gov-uk-desnz-rolls-royce-smr-preferred-bidder-great-british-energy-nuclear-2025", u, "2025-06-10", t, OGL,
 ogl("UK government, news story on gov.uk", t, "10 June 2025", u),
 "Rolls-Royce SMR selected as preferred bidder to build country’s first small modular reactors.\n\n"
 "New era for nuclear power as Rolls-Royce SMR selected as preferred bidder to build country’s first small modular reactors\n\n"
 "Follows rigorous 2-year competition to select nuclear technology for UK deployment, building clean power for the country through publicly-owned company\n\n"
 "Project could support up to 3,000 jobs at peak construction and power the equivalent of around 3 million of today’s homes as part of government’s Plan for Change to make the UK a clean energy superpower\n\n"
 "Rolls-Royce SMR has been selected as the preferred bidder to partner with Great British Energy – Nuclear to develop small modular reactors, subject to final government approvals and contract signature – marking a new golden age of nuclear in the UK.\n\n"
 "Today (Tuesday 10 June) Great British Energy – Nuclear has taken on a new name from Great British Nuclear, reflecting its joint mission with Great British Energy to rollout clean homegrown power as 2 publicly-owned energy companies.\n\n"
 "As part of the government’s modern Industrial Strategy to revive Britain’s industrial heartlands, the government is pledging over £2.5 billion for the overall small modular reactor programme in this Spending Review period – with this project potentially supporting up to 3,000 new skilled jobs and powering the equivalent of around 3 million homes with clean, secure homegrown energy.\n\n"
 "The biggest nuclear rollout for a generation will support the clean power mission – boosting energy security and protecting families’ finances. Great British Energy - Nuclear is aiming to sign contracts with Rolls-Royce SMR later this year and will form a development company.\n\n"
 "Great British Energy - Nuclear will also aim to allocate a site later this year and connect projects to the grid in the mid-2030s.",
 "energy/nuclear", "non-US", "partnership,contract",
 "The gov.uk news story (Open Government Licence v3.0); the heading kept as title, the summary line kept as the first paragraph, list bullets ('-') left out with each bullet kept as its own paragraph; paragraph breaks doubled (whitespace only); the page's own dash forms kept ('Great British Energy – Nuclear' and 'Great British Energy - Nuclear'). Cut before the sentence the excerpt cuts off ('Once small modular reactors and Sizewell C come online ...'). Near-miss for partner: a preferred bidder 'subject to final government approvals and contract signature'. Rolls-Royce SMR and Great British Energy – Nuclear are new to the corpus.",
 "UK government news story on gov.uk (search tool page store)"))
# ---- 3 Post Office Green Paper ----------------------------------------------------------------------------------------
u = "https://www.ukpol.co.uk/tag/business-and-trade-department/page/5"
t = "Future of the Post Office to be shaped by postmasters and customers"
R.append(rec("gov-uk-dbt-post-office-green-paper-chair-railton-2025", u, "2025-07-14", t, OGL,
 ogl("Department for Business and Trade", t, "14 July 2025", u),
 "Government launches the Post Office Green Paper, the first comprehensive review of the Post Office in 15 years.\n\n"
 "First comprehensive review of the Post Office in 15 years, with customers and postmasters shaping its future.\n\n"
 "Post Office Green Paper will seek to transform the organisation’s culture in the wake of the Horizon scandal and changing customer demands.\n\n"
 "Better services at the heart of new £118 million subsidy to fund the Post Office’s Transformation Plan and further network investment, moving the organisation closer to delivering growth in line with the Plan for Change.\n\n"
 "Postmasters and the public will have the opportunity to shape the future of the Post Office for the first time in 15 years, as the Government sets out its vision for the next decade for the organisation.\n\n"
 "The Post Office Green Paper, published today, will move further and faster to deliver a decade of renewal for customers and postmasters, building on the cultural reset being led by Post Office Chair Nigel Railton that will be so crucial to its success.\n\n"
 "Working hand in hand with postmasters and the public the Government will ensure the network is put on a path to a strong and sustainable future with Post Office branches remaining at the heart of communities across the UK.\n\n"
 "This includes on the Post Office’s ownership model, with concepts including mutualisation on the table for consideration following the publication of the final Horizon Inquiry report later this year.",
 "postal/retail network", "non-US", "leadership",
 UKPOL_NOTE + "Cut before the sentence the excerpt cuts off ('The report is expected to provide recommendations ...'). The Post Office Green Paper and its chair are new to the corpus (the Post Office appears in two train texts on other matters).", UKPOL))
# ---- 4 Rupert Pearce --------------------------------------------------------------------------------------------------
u = "https://www.ukpol.co.uk/tag/ministry-of-defence/page/2"
t = "National Armaments Director to drive forward defence reform and bolster national arsenal"
R.append(rec("gov-uk-mod-rupert-pearce-national-armaments-director-2025", u, "2025-10-13", t, OGL,
 ogl("Ministry of Defence", t, "13 October 2025", u),
 "The Defence Secretary, with the approval of the Prime Minister, has announced the appointment of Rupert Pearce as National Armaments Director (NAD) at the Ministry of Defence (MOD).\n\n"
 "Rupert Pearce appointed as National Armaments Director, bringing extensive FTSE100 leadership experience.\n\n"
 "Crucial appointment in the biggest defence reforms for more than 50 years.\n\n"
 "NAD role to drive economic growth while bolstering national security – delivering on the government’s Plan for Change.\n\n"
 "UK defence procurement and industrial partnerships will be fundamentally reshaped by a highly experienced leader, as Rupert Pearce is appointed on a 5-year fixed-term basis.\n\n"
 "The NAD is a critical role that will shape the future of UK defence as part of the biggest defence reforms for more than 50 years – speeding up decisions, tackling waste and improving outcomes for our Armed Forces.\n\n"
 "Working closely with the Defence Secretary and a key pillar of the Strategic Defence Review, the NAD will deliver the national arsenal needed for the UK Armed Forces to execute defence operations demanded by the current global threat picture.\n\n"
 "Mr Pearce brings extensive leadership experience from the private sector, including 16 years at FTSE100 satellite telecommunications company Inmarsat, where he served as CEO for nine years.\n\n"
 "He will take up the role of NAD on 14th October, with Andy Start, who has been establishing the new Group as National Armaments Director in an interim capacity, supporting him for the first few months of his tenure.",
 "defence; satellite telecommunications", "non-US", "leadership",
 UKPOL_NOTE + "Trailing spaces after one paragraph dropped (whitespace only). Cut before the sentence the excerpt cuts off ('His proven track record of managing large-scale organ...'). Rupert Pearce's appointment is new to the corpus.", UKPOL))
# ---- 5 NIST CHIPS / Micron (near-miss) ---------------------------------------------------------------------------------
u = "https://www.nist.gov/chips/funding-updates"
t = "Funding Updates"
R.append(rec("us-nist-chips-funding-update-micron-preliminary-terms-2024", u, None, t, PD,
 f"National Institute of Standards and Technology (CHIPS for America, U.S. Department of Commerce), web page "
 f"'{t}', US federal government work (public domain); text as at {u}",
 "President Biden signed the bipartisan CHIPS and Science Act into law on August 9, 2022 — creating a $52 billion investment to revitalize America’s domestic semiconductor industry and strengthen the country’s economic and national security. Of that sum, CHIPS for America within the U.S. Department of Commerce is responsible for administering $50 billion in semiconductor incentives and funding for research and development programs. The activities on this page continue the implementation phase of this key part of President Biden’s Investing in America agenda to bring manufacturing jobs back to the United States, strengthen global supply chains, and secure America’s technology leadership in the 21st century.\n\n"
 "Micron\n\n"
 "Clay, New York, and Boise, Idaho\n\n"
 "On April 25, 2024, the Biden-Harris Administration announced that the U.S. Department of Commerce and Micron Technology have signed a non-binding preliminary memorandum of terms (PMT) to provide up to roughly $6.14 billion in direct funding under the CHIPS and Science Act to boost U.S. competitiveness in leading-edge memory semiconductor production.\n\n"
 "Micron is widely recognized as a global leader in leading-edge DRAM technology and production and is the only U.S.-based manufacturer of memory chips.",
 "semiconductors/public funding", "US", "funding,partnership",
 "The NIST CHIPS 'Funding Updates' page (a US federal page; public domain; the banner image credit is not text kept); the site banner ('Skip to main content', 'An official website of the United States government', the .gov and HTTPS notes), the page heading (kept as title), the image credit line, 'Key Facts About This PMT:', 'Image of New York an Idaho' and 'Credit: CHIPS for America' left out; the list bullet ('•') left out. The page is a running list with no date of its own (published null). Cut before the sentence the excerpt cuts off ('The proposed funding would support ...'). Near-miss: non-binding preliminary terms between a department and a company, no relation between companies. Micron's CHIPS terms are new to the corpus.",
 "US federal agency web page (search tool page store)"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

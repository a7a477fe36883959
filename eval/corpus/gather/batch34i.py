#!/usr/bin/env python3
"""Batch 34i (session 35; helper gather35i): English Wikipedia articles (CC BY-SA) on utility supply failures outside
the US and UK, told as encyclopaedia text: a month-long island blackout after the submarine interconnector feeding it
failed, with a longer repeat the next year (2008 Zanzibar power blackout); a six-month water-supply crisis in two
Malaysian states, with drought, treatment plants shut by ammonia and a deadlock between the state and the water
concessionaire (2014 Negeri Sembilan and Selangor water crisis).
Only two texts: most national blackouts outside the US and UK that the page store holds as English Wikipedia text are
already in the corpus, and the rest came only as news, summaries or foreign-language copies (see the section).
Texts are the search tool's page-store excerpts of the en.wikipedia.org rendering ('= Title =' format; the store
shows no citation markers), cut at a section end before the excerpt breaks off (`truncated`). Edits per item in
`notes`; no word added or changed.
usage: batch34i.py [POOL_DIR] [--dry]   (default /tmp/gather35i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35i/pool"

R = []
# ---- electricity: an island fed by one submarine cable -------------------------------------------------------------
R.append(wp("wp-2008-zanzibar-power-blackout", "2008 Zanzibar power blackout",
 "https://en.wikipedia.org/wiki/2008_Zanzibar_power_blackout",
 "The 2008 Zanzibar Power blackout was an extensive power outage on Zanzibar, Tanzania.\n\n"
 "During May and June 2008, Zanzibar suffered a period of almost one month without mains electricity due to a grid "
 "failure which left the entire island dependent on alternative methods of electricity generation (mainly diesel "
 "generators). The power outage occurred on 21 May 2008 causing a wide-area grid failure across the Tanzanian network "
 "followed by a power surge which damaged the submarine interconnector cable that links the Tanzanian mainland and "
 "Zanzibar.\n\n"
 "The power was eventually restored on 19 June 2008, however, concerns remained about the fragility of the island's "
 "transmission infrastructure, its near total dependence on the mainland for its electricity generation, and the "
 "capacity and condition of the ageing interconnector that links the mainland electricity network and the island "
 "grid.\n\n"
 "A similar but longer event happened in Zanzibar in 2009. During this occurrence, the island was without power for "
 "more than three months.\n\n"
 "Tourism in Zanzibar, the main income generating activity on the islands, was seriously disrupted by the outage. "
 "Other important industries, including the Zanzibar Electricity Corporation and independent small businesses were "
 "\"severely hit\" by the blackout. The island's semi-autonomous government was criticized for its lack of "
 "preparedness and dependence on power from mainland Tanzania.",
 "energy/electricity", ["outage"],
 "The en.wikipedia.org rendering in the page store: the title line '= 2008 Zanzibar power blackout =' and the heading "
 "'==Effects==' cut; kept as written: 'Power blackout' with its capital P in the first sentence, 'The power outage "
 "occurred on 21 May 2008 causing a wide-area grid failure' (the article's order of cause and effect), 'restored on "
 "19 June 2008, however, concerns remained', 'near total', 'semi-autonomous', the quotation marks around 'severely "
 "hit'. Cut at the end of 'Effects', before the section '==Recurrence in 2009==' ('On 10 December 2009, Zanzibar was "
 "again plunged into darkness because of failure of the undersea cable. On 23 December 2009, the Isles Minister of "
 "Energy and Construction, Mansour Yussuf Himid, was quoted ... needed to be replaced entir'), which the excerpt "
 "breaks off inside (`truncated`; the 2009 outage's start day, the minister and the 'splitter' are therefore not in "
 "the text, which keeps only the lead's 'in 2009 ... more than three months'). The article names no operator of the "
 "failed grid or cable. Copies seen and not taken: wikimili.com (the same lead with citation markers '[1]'-'[4]', "
 "breaking off at 'dilap'), French and German machine translations on knowledger.de sites; and, for the 2009 "
 "repeat, a WikiLeaks cable (09DARESSALAAM871), The World / GlobalPost and a blog: not Wikipedia text.",
 "non-US"))

# ---- water: drought, plant shutdowns and a concession deadlock ----------------------------------------------------
R.append(wp("wp-2014-negeri-sembilan-and-selangor-water-crisis", "2014 Negeri Sembilan and Selangor water crisis",
 "https://en.wikipedia.org/wiki/2014_Negeri_Sembilan_and_Selangor_water_crisis",
 "The 2014 Negeri Sembilan and Selangor water crisis was a water crisis that began in the Malaysian states of Negeri "
 "Sembilan and Selangor and lasted from February to August 2014. Its roots can be traced to hot and dry climatic "
 "conditions in Peninsular Malaysia in early 2014, but other factors, including water infrastructure problems and "
 "political deadlock in negotiations between the government and private water concessionaires also played central "
 "roles. It was the worst water crisis in the state since the 1998 Klang Valley water crisis.\n\n"
 "Peninsular Malaysia experienced unusually hot and dry weather in early 2014, with a lack of rainfall in key "
 "catchment areas from which the water supply was sourced. Early speculations linked the dry weather to the El Niño "
 "effect, but no El Niño emerged in 2014.\n\n"
 "Offline treatment plants have been an ongoing problem in Selangor. In February 2014 two plants in the state were "
 "shut down due to ammonia contamination.\n\n"
 "84% of the Selangor people believe that politics were the main factor responsible for the escalation of water "
 "shortages to crisis-level. Disagreements between Syarikat Bekalan Air Selangor (SYABAS) and the state government "
 "slowed progress toward a stable water supply. The deadlines for agreement on a water distribution restructuring "
 "deal between the government and water concessionaires were postponed several times, while water supply to many "
 "households continued to be intermittent.",
 "utilities/water", ["outage"],
 "The en.wikipedia.org rendering in the page store: the title line and the headings '==Causes==', "
 "'===Meteorological background===', '===Treatment plant shutdown===' and '===Politics===' cut; kept as written: "
 "'It was the worst water crisis in the state' (one state after two are named), 'Early speculations', 'El Niño' "
 "with its tilde, '84% of the Selangor people believe', 'crisis-level', 'SYABAS' in capitals. Cut at the end of "
 "'Causes', before '==Effects==' and its '===Negeri Sembilan===' paragraph ('In Negeri Sembilan, the seven reservoir "
 "dams in the state suffered a substantial drop in water level. More than 8,000 homes were affected ... On 19 "
 "February 2014, Negeri Sembilan Menteri Besar (Chief Minister), Mohamad Hassan declared a state of crisis following "
 "the water shortage - the worst the state has '), which the excerpt breaks off inside (`truncated`). A wikimili.com "
 "copy (the same text with citation markers '[1]'-'[4]', breaking off at the same place) seen and not taken; news "
 "pages (AsiaOne, OOSKAnews, Free Malaysia Today) on the rationing and on SYABAS: not openly licensed.",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

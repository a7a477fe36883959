#!/usr/bin/env python3
"""Batch 38d (session 39; helper gather39d): an English Wikipedia article (CC BY-SA) on a series of nationwide power
blackouts in a country the corpus held no outage from, the Wikipedia outage lane of batches 34i, 36f, 37f, 37w and
37x taken to the Caribbean — Cuba's blackouts of February, March and October 2024: outages from 8 February 2024
hitting 45% of the country on 13 February, the March blackouts that peaked on 17 March, put down to breakdowns of the
Antonio Guiteras Thermoelectric Power Plant and the lack of fuel shipments from Russia and Venezuela, a third of the
country out on 5-6 October, and the total nationwide blackout of 18 to 22 October 2024 after the Antonio Guiteras
Power Plant failed (2024-2025 Cuba blackouts, the lead and the 'February' and 'March' subsections of its history).
Why one: every other lane target tried in the page store (about forty queries: blackouts in the Balkans, Cyprus,
Mumbai, Crimea, Central Asia, Ecuador, the Dominican Republic, Puerto Rico, Azerbaijan, Kenya, South Korea, Greece,
Czechia, South Australia, Sweden and Denmark, Brazil, Taiwan; the Kakao/SK C&C data-centre fire, KDDI, OVHcloud,
Telkom-1, the ACE cut off Mauritania, Georgia's cut of Armenia's internet, the Matsu cables) came back as news only
or as a subject the corpus already holds; see the section for the list.
The text is the search tool's page-store excerpt of the en.wikipedia.org rendering ('= Title =' format, infobox as
a list, no citation markers), from the page's beginning. Edits in `notes`; no word added or changed.
usage: batch38d.py [POOL_DIR] [--dry]   (default /tmp/gather39d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39d/pool"

R = []
# ---- Cuba, 2024: nationwide blackouts, the Antonio Guiteras plant's breakdowns and its failure in October ---------
R.append(wp("wp-2024-2025-cuba-blackouts", "2024\u20132025 Cuba blackouts",
 "https://en.wikipedia.org/wiki/2024\u20132025_Cuba_blackouts",
 "A series of interruptions to the nationwide electrical service of Cuba occurred during the months of February, "
 "March, October and December 2024. The blackouts began in February 2024 with power outages that affected nearly "
 "half of the country. In March, further blackouts caused widespread protests. On 5\u20136 October, a third of the "
 "country experienced outages. From 18 to 22 October 2024, a total nationwide blackout occurred due to the failure "
 "of the Antonio Guiteras Power Plant. During the October shutdowns, the Cuban government announced energy-saving "
 "measures. The blackouts were the most severe living crisis that the country has experienced since the "
 "dissolution of the Soviet Union in 1991. Blackouts continued in the latter half of 2025 from mechanical failures, "
 "severe weather, and continuing fuel and spare part shortages.\n\n"
 "Parts of Cuba experienced blackouts starting on 8 February 2024. On February 13, 45% of the country was affected "
 "by power outages.\n\n"
 "In March 2024, Cuba experienced large-scale power outages, amidst an economic crisis that hit the country. The "
 "blackouts, which peaked on 17 March and typically lasted for up to 18 hours a day, were due to the frequent "
 "breakdowns of the Antonio Guiteras Thermoelectric Power Plant, the largest provider of electricity to the island, "
 "and the lack of fuel shipments from Cuba's allies Russia and Venezuela. Infrastructure problems within the "
 "country were also cited to be one of the key factors for the March blackouts.",
 "energy/power-grid", ["outage"],
 "The en.wikipedia.org rendering in the page store (held under the percent-encoded address https://en.wikipedia.org/wiki/2024%E2%80%932025_Cuba_blackouts; '= 2024\u20132025 Cuba blackouts =', a current rendering that "
 "knows blackouts of '10 September 2025\u2013ongoing', so CC BY-SA 4.0). Cut: the title line; the infobox ('Date: "
 "2024 blackouts: , , , , , , , 2025 blackouts: , 14\u201315 March 2025, 10 September 2025\u2013ongoing' with its "
 "dates lost from the rendering, 'Location: Cuba (nationwide)', 'Type: Total and partial power outages', 'Cause: "
 "Fuel shortage, Lack of spare parts (February 2024), Failure of the Antonio Guiteras Power Plant (October 2024), "
 "United States embargo against Cuba', 'Outcome: Cuban government-imposed energy-saving measures'), so the "
 "infobox's causes are not in the text; the headings '== History ==', '===2024===', '==== February ====' and "
 "'==== March ===='. Cut inside the 'March' subsection, after '... the key factors for the March blackouts.', "
 "before the sentence the excerpt breaks off inside ('Hundreds of people in C'); the later subsections (October, "
 "December 2024, the 2025 blackouts) are therefore not in the text; `truncated`. Kept as written: '5\u20136 "
 "October' (en dash) and 'On February 13' and 'peaked on 17 March' without a year of their own, 'the most severe "
 "living crisis', 'the Antonio Guiteras Power Plant' beside 'the Antonio Guiteras Thermoelectric Power Plant', "
 "'amidst'. No operator of the plant or the grid is named in the text (the state utility is not mentioned). Copies "
 "seen and not taken: wikiclassic.com's copy of the first revision ('2024 Cuba blackout', October 2024), whose text "
 "is damaged by the mirror's word substitutions ('teh', 'izz', 'inner', 'tiny-scale', '[ tweak]').",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

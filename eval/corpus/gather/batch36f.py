#!/usr/bin/env python3
"""Batch 36f (session 37; helper gather37f): English Wikipedia articles (CC BY-SA) on single power blackouts in
countries the corpus holds few outages from, each article naming the day, the place, the cause and, where it knows
it, the duration or the company blamed: the blackout of 22 May 2013 across southern Vietnam and into Cambodia, set
off when a truck moving a tree let it strike a 500 kV line of the national grid (2013 Southern Vietnam and Cambodia
blackout; no operator named in the text); and Chile's near-nationwide blackout of 25 February 2025, attributed to the
transmission company ISA Interchile, a subsidiary of Colombia's ISA, after a protection-system malfunction
disconnected a 500 kV line in the Norte Chico region (2025 Chile blackout, its lead only); and, as a near-miss,
Sydney's suspected Cryptosporidium and Giardia contamination of July-September 1998, with precautionary boil-water
alerts, the inquiry under Peter McClellan and the Sydney Water chairman's and managing director's departure (1998
Sydney water crisis, its lead; no supply lost in the text).
Why so few: the lane's other targets tried in the page store this session (regional and national blackouts in
Asia, Latin America and Europe, mobile-network, bank, data-centre and worm-driven outages) came back as news only or
as subjects the corpus already holds; see the section for the list.
Texts are the search tool's page-store excerpts of the en.wikipedia.org rendering ('= Title =' format, infobox as a
list, no citation markers), each from the page's beginning. Edits per item in `notes`; no word added or changed.
usage: batch36f.py [POOL_DIR] [--dry]   (default /tmp/gather37f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37f/pool"

R = []
# ---- Vietnam 2013: a crane truck, a tree and the 500 kV north-south line -----------------------------------------
R.append(wp("wp-2013-southern-vietnam-and-cambodia-blackout", "2013 Southern Vietnam and Cambodia blackout",
 "https://en.wikipedia.org/wiki/2013_Southern_Vietnam_and_Cambodia_blackout",
 "- Date: 2013-05-22\n"
 "- Place: 19 southern provinces and the provinces of B\u00ecnh Thu\u1eadn, Ninh Thu\u1eadn, L\u00e2m \u0110\u1ed3ng "
 "and part of Cambodia.\n"
 "- Duration: 8 hours\n"
 "- Cause: Tree brushing against a power line\n"
 "- Outcome: 8 million customers affected\n"
 "- Reported Property Damage: 14 billion VND (initial estimate)\n\n"
 "The 2013 Southern Vietnam and Cambodia blackout was a power outage in the southern region of Vietnam on 22 May "
 "2013, affecting millions of people.\n\n"
 "Power went off at around 14:14 pm (UTC+7) on 22 May 2013.\n\n"
 "A careless move of a truck deployed to plant trees in New B\u00ecnh D\u01b0\u01a1ng City urban area is the direct "
 "cause for the massive power outage in the southern region of Vietnam. When moving a tree on Wednesday afternoon, "
 "the truck let the tree bump onto a line in the national power grid (500 KV).\n\n"
 "This incident caused a massive blackout in 22 provinces and cities in the South of Vietnam. In fact, there has "
 "not been any kind of property insurance for these assets in case of unexpected massive and long outage. It even "
 "caused the electricity cut for the capital city of Cambodia.",
 "energy/power-grid", ["outage"],
 "Unlike the lane's usual cut, the infobox is KEPT here as the page store's list lines ('- Field: value'), because "
 "the prose alone runs to 142 words, under the corpus's 150-word floor, and the infobox states the day, the places, "
 "the duration (8 hours) and the outcome that the prose leaves out; only the title line, the 'Infobox' label and one "
 "empty infobox line ('- Reported Injuries: | reported death(s) =', a template residue with no value) are cut. "
 "Section headings cut: '==Immediate impact==', '==Cause==', '==Effects==', and the closing '==See also==' with its "
 "two items ('Energy in Cambodia', 'List of major power outages'); the excerpt ends there, so the text is the whole "
 "body as held (`truncated` false). Kept as written: '14:14 pm (UTC+7)', '500 KV', 'A careless move of a truck ... "
 "is the direct cause', 'in case of unexpected massive and long outage', 'the electricity cut for the capital city "
 "of Cambodia' (the city is not named), 'Lâm Đồng' and the other Vietnamese diacritics. No operator (EVN) is named "
 "anywhere in the text. Copies seen and not taken: none; the other hits were news (Tuoi Tre, BBC, AsiaOne, "
 "Saigoneer, Vietnamica).",
 "non-US")); R[-1]["truncated"] = False

# ---- Chile 2025: ISA Interchile's 500 kV line in the Norte Chico -------------------------------------------------
R.append(wp("wp-2025-chile-blackout", "2025 Chile blackout",
 "https://en.wikipedia.org/wiki/2025_Chile_blackout",
 "The 2025 Chile blackout was a major power outage that occurred on 25 February 2025, affecting over 90% of the "
 "population of Chile and causing widespread disruptions to critical infrastructure, services, and industries "
 "across the country.\n\n"
 "In response, President Gabriel Boric declared a state of emergency, imposed an overnight curfew from 10:00 PM on "
 "25 February to 6:00 AM the following day, and initiated an investigation into the causes of the outage. By 26 "
 "February, power had been restored to approximately 94% of households, although some areas continued to "
 "experience intermittent outages.\n\n"
 "The blackout was attributed to electricity distributor ISA Interchile, a subsidiary of the Colombian state-owned "
 "company ISA. A malfunction in electronic and software protection systems led to the disconnection of a critical "
 "500 kV high-voltage transmission line between the Vallenar and Coquimbo power stations in the Norte Chico region. "
 "This caused a disturbance in the national power system, triggering a near-nationwide blackout, while other power "
 "stations repeatedly failed in their attempts to come back online.",
 "energy/power-grid", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= 2025 Chile blackout =', a current revision that knows the "
 "restoration of 26 February 2025): the title line and the infobox ('Time: 3:16 PM \u2013 12:59 PM', 'Timezone: "
 "CLT', 'Location: Chile (nearly nationwide)', 'Type: Power outage', 'Cause: Malfunction in electronic and software "
 "protection systems ...', 'Outcome: Over 90% of the population affected ...') cut, the lead kept whole. Cut at the "
 "end of the lead, before '== Overview ==', whose first paragraph (3:16 p.m. CLT, Arica y Parinacota to Los Lagos, "
 "fourteen of sixteen regions, SENAPRED) the excerpt breaks off inside ('The sudden loss of '); `truncated`. Kept as "
 "written: 'electricity distributor ISA Interchile' (the article's word for a transmission company), 'the Colombian "
 "state-owned company ISA', '10:00 PM', 'By 26 February'. The infobox's start time (3:16 PM) is therefore not in "
 "the text. Copies seen and not taken: none; the other hits were news (MercoPress, CNN, pledgetimes, SNT).",
 "non-US"))

# ---- Sydney 1998: suspected contamination and precautionary boil-water alerts (near-miss) -------------------------
R.append(wp("wp-1998-sydney-water-crisis", "1998 Sydney water crisis",
 "https://en.wikipedia.org/wiki/1998_Sydney_water_crisis",
 "The 1998 Sydney water crisis involved the suspected contamination of the water supply system of Greater "
 "Metropolitan Sydney by the microscopic pathogens Cryptosporidium and Giardia between July and September 1998.\n\n"
 "The reliability of these test results was subsequently called into doubt. Precautionary \"boil water\" alerts were "
 "raised covering several suburban areas for the period of the crisis.\n\n"
 "In response to the crisis, the Government of New South Wales established a Commission of Inquiry, chaired by "
 "jurist Peter McClellan as Commissioner. McClennan handed down his final report to the NSW Premier making "
 "ninety-one recommendations that led to the reorganisation of water supply and water management functions and "
 "agencies in Greater Metropolitan Sydney via the establishment of the Sydney Catchment Authority with "
 "responsibility for catchments, dams, and bulk supply reservoirs; while Sydney Water maintained management of water "
 "supply distribution, water treatment and sewerage, and stormwater management. Both the Chairman and Managing "
 "Director of Sydney Water stood down during and following the crisis.",
 "utilities/water-supply", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= 1998 Sydney water crisis ='): the title line and the infobox "
 "('Date: 1998-07-21', 'Place: Greater Metropolitan Sydney', a run-together 'Participants' list naming Sydney Water, "
 "NSW Health, David Hill, Chris Pollett, Craig Knowles, Australian Water Services and the National Health and Medical "
 "Research Council with no roles, 'Outcome', 'Inquiries: Sydney Water Inquiry (1998; under Peter McClellan )') cut. "
 "One sentence cut from the second paragraph, its first ('Following routine water sampling and testing, over a "
 "series of weeks low level contaminants were found at Prospect, , Sydney Hospital, ... Surry Hills, , , and water "
 "treatment facilities at Warragamba, Nepean, , , Woronora, Macarthur, the Illawarra and Prospect.'), because the "
 "rendering lost five linked place names there and left bare commas (the rule of earlier batches: a sentence that "
 "lost linked words is cut, none invented); 'these test results' in the next sentence therefore refers back to a "
 "sentence the text no longer has. Cut at the end of the lead, before '==Background==' / '===Sydney's water supply "
 "network===', which the excerpt breaks off inside ('more than 3.8 million peop'); `truncated`. Kept as written: "
 "'McClennan' (the article's misspelling of McClellan in the next sentence), 'ninety-one', the semicolon before "
 "'while Sydney Water', 'Both the Chairman and Managing Director of Sydney Water stood down' (neither named in the "
 "kept text). A near-miss for the outage lane: the water was suspected of contamination and precautionary "
 "boil-water alerts were raised, but the text tells no supply lost. Copies seen and not taken: a liquisearch.com copy "
 "of an older revision (the 21-30 July alert dates and Australian Water Technologies, breaking off mid-sentence at "
 "'the resignation of both the Chairman and th'), a wikisum.wiki summary and a Spanish machine translation "
 "(knowledger.de).",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

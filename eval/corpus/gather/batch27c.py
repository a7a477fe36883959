#!/usr/bin/env python3
"""Batch 27c (session 28, part of this session's out-of-sample check; helper gather28c): English Wikipedia articles
(CC BY-SA) told as news on power outages — the two Western North America blackouts of 2 July and 10 August 1996, told
apart, the second begun by faults on lines of the federal power marketer named by its acronym — and a near-miss
(South Africa's energy crisis: the state utility's load shedding since 2007, rolling blackouts counted, not told one
by one).
Texts are the search tool's page-store excerpts (corpus `pages`), never a whole page, cut at the last full sentence
before an excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Only 2 texts against the 12-16 asked: see GATHERING.md "Batch 27c" for the searches and why the other candidates
were left out (news copies only, or the event already in the corpus).
usage: batch27c.py [POOL_DIR] [--dry]   (default /tmp/g28c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/g28c/pool"

R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-1996-western-north-america-blackouts", "1996 Western North America blackouts",
 "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/1996_Western_North_America_blackouts",
 "The 1996 Western North America blackouts were two widespread power outages that occurred across Western Canada, the "
 "Western United States, and Northwest Mexico on July 2 and August 10, 1996. They were spread 6 weeks apart and were "
 "thought to be similarly caused by excess demand during a hot summer.\n\n"
 "Though affecting millions, the blackouts were largely an inconvenience, and not emergencies. On both occasions "
 "airport operations continued, and power was restored within minutes or hours.\n\n"
 "The blackouts raised concerns about the then-recent debates about deregulating electricity utilities.\n\n"
 "On July 2, 1996, a voltage instability resulted from the loss of steady state equilibrium conditions, caused by "
 "reactive power deficiency in the Idaho area. The power failure affected parts of Alberta and British Columbia in "
 "Canada, western Mexico, as well as Idaho, Montana, Utah, New Mexico, California, and Arizona, affecting more than "
 "two million people. Most power was restored in an hour or two.\n\n"
 "President Bill Clinton directed the United States Department of Energy to investigate the reasons for the widespread "
 "power outage and whether it could have been prevented.\n\n"
 "On August 10, 1996, the western electric grid experienced another massive blackout.\n\n"
 "This power outage affected customers in seven western US states, two Canadian provinces, and Baja California, "
 "Mexico. Approximately 7.5 million customers lost power for periods ranging from several minutes to six hours. The "
 "outage stretched from Canada to New Mexico and knocked out power to 4 million customers amid a triple-digit heat "
 "wave.\n\n"
 "At 2:06 p.m., the Big Eddy-Ostrander line flashed and grounded to a tree. At 2:52 p.m., the John Day–Marion line "
 "(also owned by BPA) flashed to a tree. Due to a circuit breaker being out of service, this also took the "
 "Marion–Lane line out of operation.",
 "electricity / transmission", ["outage"],
 "The article as a Kiwix copy of English Wikipedia holds it (kiwix.haohe.fun, the dump wikipedia_en_all_maxi_2024-01): "
 "the headings ('July 2 blackout', 'August 10 blackout') and citation markers ('[1]' to '[4]') cut; paragraphs, "
 "given one a line, joined with blank lines; cut after 'out of operation.', before 'At 3:42 p.m., the Keeler–Allston "
 "line ...', where the excerpt breaks off (`truncated`). Kept as written: 'They were spread 6 weeks apart', 'the "
 "then-recent debates about', 'Big Eddy-Ostrander' (hyphen) beside 'John Day–Marion' and 'Marion–Lane' (en dashes). "
 "Dump of January 2024: recorded 4.0. The en.wikipedia.org rendering in the page store is a later revision that "
 "stops inside the July 2 section and names neither the August lines nor BPA; the Kiwix copy was taken for the "
 "fuller account. Names checked: Bill Clinton, Bonneville, Big Eddy, Keeler, John Day, 'July 2, 1996', 'August 10, "
 "1996': 0 in train/dev/test; Western Canada one dev file, Idaho train/dev files, Department of Energy train/dev "
 "files (other topics); 'BPA' only as a substring of other words in train/dev.", "mixed"))

# ---- near-miss --------------------------------------------------------------------------------------------------
R.append(wp("wp-south-african-energy-crisis", "South African energy crisis",
 "https://en.wikipedia.org/wiki/South_African_energy_crisis",
 "South Africa's energy crisis (or load shedding) is an ongoing period of widespread national power outages beginning "
 "at the end of 2007. The South African government-owned national power utility, and primary power generator, Eskom, "
 "and various parliamentarians have attributed these rolling blackouts to insufficient generation capacity.\n\n"
 "According to Eskom and government officials, the solution requires the construction of additional power stations "
 "and generators. However, corruption and mismanagement of Eskom, most notably during the Jacob Zuma administration, "
 "has exacerbated the energy crisis; while neglect by Eskom staff, multiple acts of sabotage, and the activity of "
 "criminal syndicates within Eskom with alleged political connections have also contributed to ongoing power supply "
 "problems. Many South Africans commentators have described the ongoing energy crisis as a symptom of long-standing "
 "poor governance.\n\n"
 "In April 2024, South Africa had a full month without rotational power cuts, which was the first time since January "
 "2022. However, load shedding and scheduled rolling blackouts returned at the end of January 2025.\n\n"
 "In a December 1998 report, analysts and leaders in Eskom and in the South African government predicted that Eskom "
 "would run out of electrical power reserves by 2007 unless action was taken to prevent it. To improve power supply "
 "and reliability, the 1998 report recommended restructuring Eskom into separate electricity generation and power "
 "transmission businesses. Despite the warnings of the 1998 report and requests by Eskom to be allowed to increase "
 "capacity, the national government took no action. At the time the Mbeki government was considering the "
 "privatisation of Eskom which was cited as a reason why the government took no action. This resulted in Eskom being "
 "unable to add additional generating capacity and thereby keep up with increasing national demand for electricity "
 "from 2002 onward.",
 "electricity / generation", ["near-miss"],
 "The article as en.wikipedia.org renders it in the page store ('= South African energy crisis =' title line): the "
 "heading 'Background' cut; cut after 'from 2002 onward.', before 'The govern', where the excerpt breaks off "
 "(`truncated`). Kept as written: 'Many South Africans commentators', 'has exacerbated the energy crisis; while "
 "neglect ...'. Content after January 2025: recorded 4.0. Near-miss: load shedding and rolling blackouts over years, "
 "counted as a period, not told one by one (Decisions; as batch 26b's dumsor). Eskom, Mbeki: 0 in train/dev/test "
 "(GATHERING.md names Eskom's chief executives once, as a news-only search of batch 26c); Jacob Zuma: one train "
 "file (the Transnet ransomware text, another topic); South Africa: train/dev/test files on other topics.",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

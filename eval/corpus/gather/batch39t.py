#!/usr/bin/env python3
"""Batch 39t (session 40; helper gather40t): an English Wikipedia article (CC BY-SA) on an attack that took down
train services on a European rail network, a round after batches 39p and 39r (the Wikipedia outage lane of batches
34i, 36f, 37f, 37l, 37x, 38d, 39l, 39p and 39r) - the arson attacks of 26 July 2024, the day of the opening ceremony
of the 2024 Summer Olympics, that damaged four signal boxes on the LGV Atlantique, Nord and Est lines of the French
high-speed railway system, widely disrupted international and domestic rail services (around 800,000 passengers
affected; Eurostar cancelling one in four trains; two-thirds of LGV Atlantique trains not running), with an attempt
on the LGV Sud-Est line foiled by TGV maintenance workers (2024 France railway arson attacks, the en.wikipedia.org
'= Title =' rendering the page store holds).
Why one: the brief's other leads (the April 2022 French fibre-optic cable cuts, the 2021 OVHcloud Strasbourg fire,
the 2022 SK C&C/Kakao data-centre fire, the 2020 Tokyo Stock Exchange halt, the 2017 British Airways IT failure, the
2018 Visa Europe outage, the July 2024 French telecom sabotage) came back from the page store as news, blog, company
or non-English pages only, no Wikipedia text; the 2019 British power cut, the 2006 European blackout, the 2003 Italy
blackout, the 2012 RBS failure, the 2021 Fastly and Facebook outages and the 2023 NATS failure are held by the corpus.
See the section.
The text is the search tool's page-store excerpt, from the page's beginning; edits in `notes`; no word added or
changed. Operator: the text names no rail operator (SNCF is not in the excerpt); Eurostar is the one company named.
usage: batch39t.py [POOL_DIR] [--dry]   (default /tmp/gather40t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40t/pool"

HELD_ARSON = "https://en.wikipedia.org/wiki/2024_France_railway_arson_attacks"

R = []
# ---- France, 26 July 2024: arson on four signal boxes of the LGV lines, high-speed rail services disrupted --------
R.append(wp("wp-2024-france-railway-arson-attacks", "2024 France railway arson attacks", HELD_ARSON,
 "On 26 July 2024, the day of the opening ceremony of the 2024 Summer Olympics, a series of arson attacks damaged "
 "the LGV Atlantique, Nord, and Est lines of the French high-speed railway system. International and domestic rail "
 "services were widely disrupted, with around 800,000 passengers affected. There was also an attempted attack on LGV "
 "Sud-Est line, though it was interrupted by TGV maintenance workers who happened to be on site.\n\n"
 "A previous attack was avoided on 8 May during the arrival of the Olympic flame in Marseille, when police found four "
 "incendiary devices on the LGV M\u00e9diterran\u00e9e line between Aix and Marseille.\n\n"
 "Four signal boxes along the lines connecting Paris with cities such as Lille in the north, Bordeaux in the west and "
 "Strasbourg in the east were damaged, while an attack on the LGV Sud-Est line was interrupted. Eurostar later "
 "confirmed that they had cancelled one in four trains as the arson attacks caused high-speed rail disruption. Apart "
 "from international trains, domestic rail services were also widely disrupted. It is estimated that 800,000 "
 "passengers were affected.\n\n"
 "LGV Atlantique: near Arrou (neighbouring town of Courtalain)\n\n"
 "LGV Est Europ\u00e9enne: between the Meuse TGV station and Lamorville\n\n"
 "LGV Est Europ\u00e9enne: near Pagny-sur-Moselle\n\n"
 "LGV Nord: near Croisilles\n\n"
 "LGV Sud-Est: near Vergigny, foiled by railway workers.\n\n"
 "Three high-speed lines were impacted:\n\n"
 "LGV Atlantique: two-thirds of trains were not running.\n\n"
 "LGV Est Europ\u00e9enne: delays of around one and a half hours were reported, but all trains were running. Normal "
 "resumption of traffic was expected by 27 July.",
 "transport/rail", ["outage"],
 "The en.wikipedia.org rendering ('= Title =' format, infobox as a list, no citation markers) as the page store "
 "holds it at " + HELD_ARSON + ": the lead, 'Background', 'Attacks' with its subsection 'Sabotage sites', and "
 "'Effects' to its second item. Cut: the title line '= 2024 France railway arson attacks ='; the infobox ('Location: "
 "LGV Atlantique, LGV Nord, LGV Est, LGV Sud-Est', 'Date: 26 July 2024 | time-begin = 01:00 AM | time-end = 05:30 "
 "AM', 'Timezone: CEST (UTC+02:00)', 'Type: Arson', 'Fatalities: None', 'Injuries: None', 'Perpetrators: Unknown'); "
 "the headings '==Background==', '==Attacks==', '===Sabotage sites===' and '==Effects=='; the list numbers '1.' to "
 "'5.' of the sabotage sites and the bullets '- ' of the effects (each item its own paragraph, words unchanged). The "
 "excerpt breaks off inside the third effects item ('- LGV Nord: delays of around one h'), so the text ends at "
 "'... expected by 27 July.' (`truncated`; the list's introduction 'Three high-speed lines were impacted:' is kept "
 "with two of its three items). Kept as written: 'LGV Atlantique, Nord, and Est lines', 'on LGV Sud-Est line' "
 "(no article), 'Aix' (for Aix-en-Provence), 'neighbouring', 'Meuse TGV station', 'LGV Est Europ\u00e9enne' beside "
 "'Est' in the lead, 'two-thirds', the figure '800,000' twice. The article's account of the investigation and of "
 "SNCF (the operator, named only in other pages) is not in the excerpt. Licence CC BY-SA 4.0: a current rendering "
 "(an article on a July 2024 event; no revision id). Seen and not taken: wikimili.com's copy of the same article "
 "(with citation markers and image captions; the en.wikipedia.org rendering preferred); DW's report as "
 "wufengqin.com holds it, homelandsecuritynewswire.com, AFP/AP/Reuters-based news on lbcgroup.tv, watoday.com.au, "
 "channelpunjab.tv, theexpressnewstoday.com, overpassesforamerica.com (not openly licensed).",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

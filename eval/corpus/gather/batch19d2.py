#!/usr/bin/env python3
"""Batch 19d part 2 (session 21): two more grid blackouts as English Wikipedia tells them (page store, CC BY-SA 4.0):
Bangladesh's nationwide blackout after the HVDC link with India failed (November 2014; no operator named) and
Venezuela's recurring blackouts of 2019 with the state-run Corpoelec named (five outages told apart). Same record
builder and edits as part 1 (batch19d.py): infobox lines, headings and citation markers cut; no word changed.
usage: batch19d2.py [POOL_DIR] [--dry]   (default /tmp/gat19d-tmp/pool2)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch19d import wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat19d-tmp/pool2"


def items():
    return [
        wp("wp-2014-bangladesh-blackout", "2014 Bangladesh blackout", "https://en.wikipedia.org/wiki/2014_Bangladesh_blackout",
           "https://en.wikipedia.org/wiki/2014_Bangladesh_blackout",
           "The 2014 Bangladesh blackout was a power outage that occurred across Bangladesh on the morning of November "
           "2, 2014. The blackout lasted for almost 10 hours.\n\n"
           "The blackout began after a technical issue in the transmission line distributing power from India.\n\n"
           "Bangladesh had a severe generation deficit relative to demand, and normal system operations already "
           "rationed electricity in rolling blackouts. Following a transmission line failure, Bangladesh could not "
           "increase local generation to match demand; all local generation was already in use. Nor could Bangladesh "
           "easily import power; it had no synchronous links to the much larger Indian grid. Instead, Bangladesh relied "
           "on underfrequency load shedding to temporarily increase the blackout size and stabilize the grid.\n\n"
           "Around 11:30 pm on November 1, the (asynchronous) HVDC connection between India and Bangladesh failed, "
           "removing 444 MW of imported power. Because the event occurred late at night, the circuits attached to "
           "underfrequency relays were less heavily loaded than usual, and could not restore the nominal system 50 Hz "
           "frequency, settling at 49 Hz. The persistent disturbance then caused the system to collapse.\n\n"
           "Due to the blackout, electricity was cut in the capital city. Some areas affected by this power outage are "
           "Dhaka, Chittagong and Sylhet as well as other big cities and towns across the country.\n\n"
           "Shops were forced to close and due to no electricity, hospitals had to use generators but the patients "
           "still had to face difficulties as some of the equipment needed for the tests stopped working. Food in homes "
           "also spoiled due to powerless refrigerators.",
           "energy/electricity", ["outage"],
           "The whole article body as the excerpt holds it (lead, 'Cause', 'Areas affected', 'Impact'). The article's "
           "own dates kept as written (the lead's 'morning of November 2, 2014' and the cause's '11:30 pm on November "
           "1'). No operator is named. New to the corpus ('Bangladesh' matches one train/dev file, not on this event)."),
        wp("wp-2019-venezuelan-blackouts", "2019 Venezuelan blackouts", "https://en.wikipedia.org/wiki/2019_Venezuelan_blackouts",
           "https://en.wikipedia.org/wiki/2019_Venezuelan_blackouts",
           "Nationwide recurring electrical blackouts in Venezuela began in March 2019. Experts and state-run Corpoelec "
           "(Corporación Eléctrica Nacional) sources attribute the electricity shortages to lack of maintenance and to a "
           "lack of technical expertise in the country resulting from a brain drain. Nicolás Maduro's administration "
           "attributes them to sabotage. Since March 2019, various nationwide blackouts occurred in the country.\n\n"
           "The first widespread blackout began on 7 March 2019 at 4:56 pm VET (GMT-4); it lasted through 14 March, when "
           "power was restored to much of the country. It was the largest power outage in the country's history, and "
           "affected the electricity sector in Venezuela in most of its 23 states, as well as the Brazilian border "
           "state of Roraima, causing serious problems in hospitals and clinics, industry, transport and in water "
           "service. At least 43 deaths resulted. On 12 March, power returned to some parts of the country, but Caracas "
           "remained only partially powered and western regions near the border with Colombia remained dark. Power "
           "outages persisted in some areas for many days after 14 March.\n\n"
           "Between 14 and 16 of Venezuela's 23 states were again without power from 25 March to 28 March; at least "
           "four people died as a result of the three-day lack of power. Another blackout started in the evening of 29 "
           "March, followed by another 24 hours later. During the month of March, Venezuela was without power for at "
           "least 10 days overall.\n\n"
           "The ongoing power outages have worsened the crisis in Venezuela and \"suffering, cutting off water supplies "
           "and leaving hospitals and airports in the dark\". On 31 March, Maduro announced a 30-day plan to ration "
           "power. Another major national blackout occurred on 22 July.",
           "energy/electricity", ["outage"],
           "The lead (four paragraphs); cut before 'History'. New to the corpus (Corpoelec, Guri: 0 in train/dev/test)."),
    ]


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)

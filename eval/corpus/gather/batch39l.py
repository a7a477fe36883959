#!/usr/bin/env python3
"""Batch 39l (session 40; helper gather40l): an English Wikipedia text (CC BY-SA) on a single widespread power failure
the corpus did not hold, the Wikipedia outage lane of batches 34i, 36f, 37f, 37l, 37x and 38d taken to North America
- the Ice Storm of 1998 (4-10 January 1998) over Eastern Ontario, southern Quebec and Nova Scotia and the bordering
parts of New York and Maine, whose ice brought down trees and electrical infrastructure and left millions without
power for days to weeks (Portal:Weather/Selected article/0, the portal's summary of the storm's article, as a
Wikipedia viewer at review.clateway.com holds it in the page store).
Why one: the brief's candidates were all held by the corpus (2014 and 2022 Bangladesh, 2019 Java, 2019 Venezuela,
2021 and 2023 Pakistan, Sri Lanka's outages, Wikinews' 2009 Itaipu story) or came back from the page store as news
or non-English copies only (Denmark-Sweden 2003, Athens 2004, Java-Bali 2005, Ecuador 2024); the 2008 Chinese winter
storms' en.wikipedia.org excerpt ends before any power loss is told; the New York City blackout of 1977 (en.wikipedia.org
and en.m.wikipedia.org renderings naming Consolidated Edison) was dropped for overlap as batches 23b and 27c dropped it
(the train Manhattan 2019 text tells it as an outage item). See the section for the rest.
The text is the page store's excerpt, from the page's beginning; edits in `notes`; no word added or changed.
usage: batch39l.py [POOL_DIR] [--dry]   (default /tmp/gather40l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40l/pool"

HELD = ("https://review.clateway.com/wiki/view_html.php?q=Portal%3AWeather%2FSelected_article%2F0&sq=Qlik")

R = []
# ---- Canada and the north-eastern United States, January 1998: the ice storm's widespread power outages ------------
R.append(wp("wp-portal-weather-ice-storm-of-1998", "Portal:Weather/Selected article/0", HELD,
 "The Ice Storm of 1998 (also known as Ice Storm '98) was a massive ice storm that struck areas of Eastern Ontario, "
 "southern Qu\u00e9bec, and Nova Scotia in Canada, and bordering areas from Northern New York to Northern Maine in the "
 "United States. From January 4-10, 1998, up to 5 inches (120 mm) of ice accumulated on surfaces in these areas due "
 "to an unusually long period of freezing rain. The tremendous weight of ice accretion caused massive damage to trees "
 "and electrical infrastructure all over the area, leading to widespread power outages. Millions were left without "
 "power for periods varying from days to weeks, leading to more than 30 fatalities, a shut down of activities in "
 "large cities like Montreal and Ottawa, and an unprecedented reconstruction of the power grid. More than $5 million "
 "in damages were attributed to this storm.",
 "energy/power-grid", ["outage"],
 "A copy: review.clateway.com's Wikipedia viewer (view_html.php) rendering of the English Wikipedia page "
 "'Portal:Weather/Selected article/0', the Weather portal's selected-article summary of the article on the storm "
 "(now 'January 1998 North American ice storm'), as the page store holds it at " + HELD + ". Cut: the title line "
 "'Portal:Weather/Selected article/0'. The excerpt is one paragraph and ends after '... attributed to this storm.'; "
 "whether the portal page goes on (a 'read more' link, an image caption) is not known from the store, so "
 "`truncated` is left true as the shared builder sets it. Kept as written: 'Ice Storm '98', 'southern Qu\u00e9bec' "
 "(accented), 'January 4-10, 1998' (hyphen), 'a shut down of activities', 'More than $5 million' (the portal's "
 "figure as written). No operator of any grid or utility is named in the text. Licence recorded as CC BY-SA 3.0: "
 "the summary's wording ('Ice Storm '98', 'more than 30 fatalities') is that of the portal's older selected "
 "article, its revision not dated by the copy (doubtful; clateway's own terms were not found in the page store, "
 "as earlier batches recorded for this viewer). Seen and not taken: hyperleap.com's topic page on the "
 "storm's article (a link list with one sentence), profilbaru.com's and calendarz.com's Spanish and Portuguese "
 "copies.",
 "non-US", v3=True, copy_of="the Wikipedia portal page, via review.clateway.com's Wikipedia viewer"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

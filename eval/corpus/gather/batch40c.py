#!/usr/bin/env python3
"""Batch 40c (session 41; helper gather41c): English Wikipedia articles (CC BY-SA) on single failures of power
supply with a NAMED operator, a round after batches 39l, 39p, 39r and 39t (the Wikipedia outage lane of batches 34i,
36f, 37f, 37l, 37x and 38d) - the 2006 Queens blackout, a series of power outages in the northwest of the New York
City borough of Queens in July 2006 (Astoria, Long Island City, Sunnyside, Woodside; 174,000 people), put down to
the company's decision to keep supplying power through twenty-two feeder cables after ten had failed, Consolidated
Edison (Con Edison) named, LaGuardia Airport and parts of the subway without power, Rikers Island on backup
generators (the en.wikipedia.org '= Title =' rendering the page store holds); and the turbine failure of 17 August
2009 at the hydroelectric power station of the Sayano-Shushenskaya Dam near Sayanogorsk in Russia, which killed 75
people and lost the plant's entire 6,400 megawatts, 'leading to widespread power outages in the area', RusHydro named
as the power station's operator (Sayano-Shushenskaya power station accident, the en.m.wikipedia.org rendering the
page store holds under the article's former title).
Why two: the lane's other leads came back from the page store as news, blog, company or non-English pages only, or
are held by the corpus (the 2003 London blackout: dev; see the section).
The texts are the search tool's page-store excerpts, each from the page's beginning; edits in `notes`; no word added
or changed.
usage: batch40c.py [POOL_DIR] [--dry]   (default /tmp/gather41c/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41c/pool"

HELD_QUEENS = "https://en.wikipedia.org/wiki/2006_Queens_blackout"
HELD_SAYANO = "https://en.m.wikipedia.org./wiki/2009_Sayano-Shushenskaya_power_station_accident"

R = []
# ---- New York City, July 2006: feeder-cable failures in Con Edison's Long Island City network, Queens blackout ----
R.append(wp("wp-2006-queens-blackout", "2006 Queens blackout", HELD_QUEENS,
 "The 2006 Queens blackout was a series of power outages that affected the northwest section of the New York City "
 "borough Queens in July 2006. The blackout primarily affected the neighborhoods of Astoria, Long Island City, "
 "Sunnyside, and Woodside. The outages affected 174,000 people, caused business losses of tens of millions of "
 "dollars, caused airport and transit delays and cancellations, and caused unsavory living conditions due to a "
 "concurrent heat wave.\n\n"
 "The cause of the outages\u2014which was undetermined for five days\u2014appeared to be the company's decision to "
 "continue supplying power to the 400,000 people serviced by twenty-two feeder cables after ten of them had failed, "
 "overloading the remaining twelve. After these were repaired, a manhole-to-manhole inspection and repair of smaller "
 "cables which had also burned took place. Consolidated Edison was due to make an initial status report, regarding "
 "the outage, on August 2, 2006. Data submitted by Con Edison in August 2006 indicated that the failed feeder cables "
 "had been in service an average of 16 years, with the oldest failed cable 59 years old.\n\n"
 "The northwest Queens power outages coincided with a heat wave in the New York City area the week of July 17. "
 "Their effects included knocking out power at LaGuardia Airport and parts of the subway. The outage also caused "
 "Rikers Island to switch to backup generators.\n\n"
 "The worst result of the outages was a prolonged loss of power to 100,000 northwest Queens residents beginning on "
 "July 17. This outage was originally estimated by Con Edison to have affected only 1,600 customers. Con Edison "
 "defines a customer as a single edifice such that an entire residential building (which could conceivably be home "
 "to hundreds of individuals) is counted as one customer. Con Edison later revised its estimates tenfold.",
 "utilities/electricity", ["outage"],
 "The en.wikipedia.org rendering ('= Title =' format, no infobox, no citation markers) as the page store holds it "
 "at " + HELD_QUEENS + ": the lead, 'Cause' and 'Effects'. Cut: the title line '= 2006 Queens blackout ='; the "
 "headings '==Cause==', '==Effects==' and '==Restoration of power=='. The excerpt breaks off inside the "
 "'Restoration of power' section's first sentence ('Con Edison first believed it could restore power by the end of "
 "the day July 23, but their CEO Kevin Burke '), so that damaged sentence and its heading are cut and the text ends "
 "at '... revised its estimates tenfold.' (`truncated`; Kevin Burke, Con Edison's CEO, is therefore not in the "
 "text). Kept as written: the em dashes around 'which was undetermined for five days', 'the New York City borough "
 "Queens', 'neighborhoods', 'unsavory', 'twenty-two', 'the week of July 17' and 'July 17' without a year, "
 "'LaGuardia Airport'. Licence CC BY-SA 4.0: a current rendering (no revision id). Seen and not taken: "
 "wikimili.com's copy of the same article (citation markers; its excerpt also breaks off at 'Kevin Burke later "
 "stated he could not estimate ho'), wikisum.wiki's summary (sentences out of order, footnote numbers), the "
 "baruch.cuny.edu NYC data page, licnyc.com, qns.com's day-by-day, a webharvest.gov copy of Rep. Maloney's House "
 "page (a federal lead, not this lane).",
 "US"))

# ---- Russia, 17 August 2009: turbine failure at RusHydro's Sayano-Shushenskaya plant, widespread power outages ----
R.append(wp("wp-sayano-shushenskaya-power-station-accident", "Sayano-Shushenskaya power station accident", HELD_SAYANO,
 "On 17 August 2009, a turbine in the hydroelectric power station of the Sayano-Shushenskaya Dam near Sayanogorsk in "
 "Russia failed catastrophically, killing 75 people and severely damaging the plant. The turbine hall was flooded, "
 "and a section of its roof collapsed. All but one of the ten turbines in the hall were destroyed or damaged. The "
 "entire power output of the plant, totalling 6,400 megawatts, was lost, leading to widespread power outages in the "
 "area. An official report on the accident was released in October 2009.\n\n"
 "The Sayano-Shushenskaya Dam is located on the Yenisey River in south-central Siberia, Russia, about 30 kilometres "
 "(19 mi) south of Sayanogorsk, Khakassia. Before the accident, it was the largest hydroelectric power station in "
 "Russia and the sixth-largest in the world by average power generation. On 2 July 2009, RusHydro, the power "
 "station's operator, announced the station's all-time highest electricity output over 24 hours.\n\n"
 "Turbines of the type used in this power plant have a very narrow working band at high efficiency regimes. If this "
 "band is exceeded the turbines begin to vibrate, caused by the pulsation of water flow and water strokes. These "
 "vibrations and shocks cause the turbines to degrade over time.\n\n"
 "Turbine 2 had experienced problems for a long time prior to the 2009 accident. The first of these appeared after "
 "its installation in 1979.",
 "utilities/electricity", ["outage"],
 "The en.m.wikipedia.org (mobile) rendering as the page store holds it at " + HELD_SAYANO + " (the article's former "
 "title '2009 Sayano-Shushenskaya power station accident', rendered under its present title 'Sayano-Shushenskaya "
 "power station accident'; 'edit' after each heading, citation markers): the lead, 'Background' and 'Turbine 2' to "
 "its second sentence. Cut: the title line 'Sayano-Shushenskaya power station accident'; the infobox as rendered "
 "after the lead (its repeated title, the image caption 'The power station after the accident, with the roof of the "
 "turbine hall partially collapsed', 'Date17 August 2009 (2009-08-17)', 'Time08:13 KRAST (UTC+8)', "
 "'LocationSayano-Shushenskaya Dam, near Sayanogorsk, Khakassia, Russia', the coordinates, 'Deaths75'); the headings "
 "'Background' and 'Turbine 2' with the 'edit' links under them; the image captions 'Cross-section of the "
 "Sayano-Shushenskaya Dam' and 'A model of a power unit, comprising turbine and generator, of the "
 "Sayano-Shushenskaya power plant'; the citation markers '[1]', '[2]', '[3]'. The excerpt breaks off at the start "
 "of the next sentence ('Throughout 1980'), so the text ends at '... its installation in 1979.' (`truncated`; the "
 "article's account of the accident itself and of the power cuts comes later and is not in the excerpt). Kept as "
 "written: '30 kilometres (19 mi)', 'totalling', '6,400 megawatts', 'sixth-largest', 'all-time'. Licence CC BY-SA "
 "4.0: a current rendering (the present title, without the year, is the article's recent name; no revision id). "
 "Seen and not taken: ixistenz.ch's browser-render copy of the same mobile page, wikiclassic.com's damaged copy, "
 "sagapedia.com's padded copy, an IPFS snapshot of an older revision, absoluteastronomy.com's RusHydro topic page, "
 "calendarz.com's Spanish and Portuguese summaries.",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

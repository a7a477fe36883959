#!/usr/bin/env python3
"""Batch 39r (session 40; helper gather40r): English Wikipedia articles (CC BY-SA) on attacks on or failures of
power grids, pipelines and telecom networks with a NAMED operator, a round after batch 39p (the Wikipedia outage lane
of batches 34i, 36f, 37f, 37l, 37x, 38d, 39l and 39p) - the RV bomb Anthony Quinn Warner detonated on 25 December
2020 at 166 Second Avenue North in downtown Nashville, adjacent to an AT&T network facility, resulting in days-long
communication service outages (2020 Nashville bombing); the cutting of two redundant fibre-optic cables near Herne
and Berlin-Karow on 8 October 2022 that took down Deutsche Bahn's GSM-R railway communication network in northern
Germany and stopped rail services in Lower Saxony, Bremen, Hamburg and Schleswig-Holstein for about three hours
(October 2022 German railway attack); and, a near-miss, the over-pressurised gas lines of Columbia Gas of
Massachusetts that set off explosions and fires in Lawrence, Andover and North Andover on 13 September 2018 (Merrimack
Valley gas explosions; no loss of service told in the excerpt). All three are the en.wikipedia.org '= Title ='
renderings the page store holds.
Why these: the brief's grid-attack leads (the 2013 Arkansas attacks, Utah 2016, the 2022 Pacific Northwest and
Pierce County substation attacks) came back from the page store as news and DOJ releases only, no Wikipedia text;
the Colonial Pipeline attack, the 2023 Optus outage, the CrowdStrike outage, the Telstra triple-zero outages, the
CenturyLink 911 outage, the Rogers outage and the 2008 cable cuts are held by the corpus. See the section.
The texts are the search tool's page-store excerpts, each from the page's beginning; edits in `notes`; no word added
or changed.
usage: batch39r.py [POOL_DIR] [--dry]   (default /tmp/gather40r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40r/pool"

HELD_NASHVILLE = "https://en.wikipedia.org/wiki/2020_Nashville_bombing"
HELD_DB = "https://en.wikipedia.org/wiki/October_2022_German_railway_attack"
HELD_MERRIMACK = "https://en.wikipedia.org/wiki/Merrimack_Valley_gas_explosions"

R = []
# ---- Tennessee, 25 December 2020: RV bomb beside an AT&T network facility, days-long communication outages ----------
R.append(wp("wp-2020-nashville-bombing", "2020 Nashville bombing", HELD_NASHVILLE,
 "On December 25, 2020, Anthony Quinn Warner detonated a recreational vehicle (RV) bomb in downtown Nashville, "
 "Tennessee, United States, killing himself and injuring eight others, damaging dozens of buildings in the "
 "surrounding area. The incident took place at 166 Second Avenue North between Church Street and Commerce Street at "
 "6:30 am, adjacent to an AT&T network facility, resulting in days-long communication service outages.\n\n"
 "People near the RV heard gunshots, and loudspeakers on the RV warned those in the area to evacuate before the "
 "bombing, which was felt miles away. The Federal Bureau of Investigation (FBI) determined that Warner, a Nashville "
 "resident, was the bomber and acted alone.\n\n"
 "The explosion was caused by a car bomb carried in a Thor Motor Coach Chateau RV that had been parked at 1:22 am on "
 "December 25, 2020, outside an AT&T network facility on Second Avenue North in downtown Nashville. Four to five "
 "hours after the RV arrived, people nearby were awakened by the sound of rapid gunfire in at least three bursts, "
 "followed by a computerized female voice broadcasting over a public address system: \"All buildings in this area "
 "must be evacuated now. If you can hear this message, evacuate now.\" \"Stay clear of this vehicle\", \"Do not "
 "approach this vehicle\", and \"Your primary objective is to evacuate these buildings now\" were also among the "
 "messages broadcast from the RV. The broadcast warned that there was a bomb in the vehicle, a 15-minute countdown "
 "elapsed, and the speakers switched to snippets from the 1964 song \"Downtown\" by Petula Clark.",
 "telecoms", ["outage"],
 "The en.wikipedia.org rendering ('= Title =' format, infobox as a list, no citation markers) as the page store "
 "holds it at " + HELD_NASHVILLE + ": the lead and the first paragraph of 'Bombing'. Cut: the title line '= 2020 "
 "Nashville bombing ='; the infobox ('Title: 2020 Nashville bombing', 'Location: 166 Second Avenue North, Nashville, "
 "Tennessee, U.S.', 'Date: 2020-12-25', 'Time: 6:30 am CST (12:30UTC)', 'Target: Unknown', 'Weapon: Car bomb', "
 "'Fatalities: 1 (the perpetrator)', 'Injuries: 8', 'Type: Suicide bombing', 'Perpetrator: Anthony Quinn Warner', "
 "'Motive: Suicide driven by life stressors (suspected)'); the heading '== Bombing =='. The excerpt breaks off inside "
 "the Bombing section's second paragraph ('Responding to reports of shots bein'), so the text ends at '... by Petula "
 "Clark.' (`truncated`; the article's account of the outages comes later and is not in the excerpt). Kept as "
 "written: 'December 25, 2020' twice, '6:30 am', '1:22 am', the straight double quotes of the broadcast messages, "
 "'computerized'. Licence CC BY-SA 4.0: a current rendering (the article's 2020 subject, the perpetrator and motive "
 "of the later investigation in the infobox; no revision id). Seen and not taken: simple.wikipedia.org's Simple "
 "English article (a different, shorter text), talk.dob.jp's copy of the revision of 25 December 2020 (oldid "
 "996298121, an early version before the perpetrator was known), shortpedia.org's summary; news, Cloudflare's and "
 "NANOG's pages on the outage (not openly licensed).",
 "US"))

# ---- Germany, 8 October 2022: two fibre-optic cables cut, Deutsche Bahn's GSM-R network down, trains stopped -------
R.append(wp("wp-october-2022-german-railway-attack", "October 2022 German railway attack", HELD_DB,
 "An attack on the German railway communication system led to a disruption of the complete railway traffic in "
 "Northern Germany on 8 October 2022.\n\n"
 "The GSM-R outage at Deutsche Bahn on 8 October 2022 was a large-scale failure of the GSM-R railway communication "
 "network in northern Germany. The disruption was caused by cuts to two fibre-optic cables, which were designed to "
 "be redundant, near Herne and Berlin-Karow. As a result, rail services in Lower Saxony, Bremen, Hamburg, and "
 "Schleswig-Holstein were interrupted for approximately three hours.\n\n"
 "The Berlin\u2013Amsterdam route was also suspended, and thousands of travellers were stranded at stations across "
 "the affected regions. The Landespolizei of Berlin and North Rhine-Westphalia took over the crime investigation. On "
 "13 October, the German general public persecutor and the German federal Criminal Police Office took over the "
 "investigations.\n\n"
 "According to Transport Minister Volker Wissing, the incident was treated as an attack, although the background of "
 "the act was initially unknown. It remained unclear whether the same individuals were responsible in both "
 "locations and whether the actions had been coordinated. Investigators pursued all possible directions, including "
 "suspected anti-constitutional sabotage under Section 88 of the German Criminal Code. Authorities assumed that the "
 "perpetrator or perpetrators had significant technical knowledge of data cables and railway radio communication, "
 "and the cables were considered very likely to have been cut in a coordinated manner.\n\n"
 "After the Federal Police initially led the investigation, responsibility was transferred to the state security "
 "divisions of the Berlin and North Rhine\u2013Westphalia State Criminal Police Offices. On 13 October, the Federal "
 "Prosecutor General took over the case due to the suspected anti-constitutional nature of the act and its broader "
 "significance.",
 "transport/rail", ["outage"],
 "The en.wikipedia.org rendering ('= Title =' format, no infobox, no citation markers) as the page store holds it at "
 + HELD_DB + ": the lead, the 'Event' section and 'Possible perpetrators' up to its second paragraph's second "
 "sentence. Cut: the title line '= October 2022 German railway attack ='; the headings '==Event==' and '== Possible "
 "perpetrators =='. The excerpt breaks off inside the next sentence ('On 21 October 2022, the investi'), so the text "
 "ends at '... and its broader significance.' (`truncated`). Kept as written: 'Northern Germany' (capital N) in the "
 "lead beside 'northern Germany', 'the German general public persecutor' (sic, the Federal Prosecutor General named "
 "later), 'German federal Criminal Police Office' (lower-case 'federal'), 'Landespolizei', 'North Rhine-Westphalia' "
 "with a hyphen beside 'North Rhine\u2013Westphalia' with an en dash, 'Berlin\u2013Amsterdam' with an en dash, "
 "'travellers', 'fibre-optic'. Licence CC BY-SA 4.0: a current rendering (an article on an October 2022 event; no "
 "revision id). Seen and not taken: news in English and German (euroweeklynews.com, dailykos.com, yenisafak.com, "
 "spiegel.de, mittelhessen.de; not openly licensed).",
 "non-US"))

# ---- Massachusetts, 13 September 2018: over-pressurised Columbia Gas lines, explosions and fires (near-miss) -------
R.append(wp("wp-merrimack-valley-gas-explosions", "Merrimack Valley gas explosions", HELD_MERRIMACK,
 "On September 13, 2018, excessive pressure in natural gas lines owned by Columbia Gas of Massachusetts caused a "
 "series of explosions and fires to occur in as many as 40 homes, with over 80 individual fires, in the towns of "
 "Lawrence, Andover, and North Andover, all within the Merrimack Valley, in Massachusetts, United States. One "
 "person, 18-year-old Leonel Rondon, was killed and 30,000 were forced to evacuate their homes immediately.\n\n"
 "According to the NTSB's preliminary report, customers in the accident area received gas from a low-pressure (0.5 "
 "psi) distribution network which, in turn, was fed from a high-pressure (75 psi) main pipeline via regulators "
 "controlled by sensors measuring pressure in the low-pressure pipes. At the time of the accident, workers were "
 "replacing some of the low-pressure piping, but the procedure set out by Columbia Gas for doing this failed to "
 "include transfer of a regulator's pressure sensor from the old, disused piping to the new. As a result, when the "
 "old pipe was depressurized, the regulator sensed zero pressure on the low-pressure side and opened completely, "
 "feeding the main pipeline's full pressure into the local distribution network.\n\n"
 "The faulty procedure used caused natural gas to build up in homes within a matter of minutes.",
 "utilities/gas", ["outage"],
 "The en.wikipedia.org rendering ('= Title =' format, infobox as a list, no citation markers) as the page store "
 "holds it at " + HELD_MERRIMACK + ": the lead, the 'Background' section and the first sentence of 'Fires and "
 "explosions'. Cut: the title line '= Merrimack Valley gas explosions ='; the infobox ('Time: 4:15pm (Eastern "
 "Daylight Time)', 'Duration: 2 hours 30 minutes (estimated)', 'Date: 2018-09-13', 'Location: Massachusetts, United "
 "States', 'Type: Fires', 'Cause: Over-pressurized gas mains', 'Participants: Columbia Gas Feeney Brothers', "
 "'Outcome: Cost is greater than $1 billion ...', 'Reported Deaths: 1', 'Reported Injuries: 25+', 'Reported "
 "Property Damage: 60\u2013100 homes'); the headings '==Background==' and '== Fires and explosions =='. The excerpt "
 "breaks off inside the section's second sentence ('... in the towns of Lawrence, Andove'), so the text ends at "
 "'... within a matter of minutes.' (`truncated`; the later shut-off of gas and electricity to the towns is not in "
 "the excerpt). Kept as written: '(0.5 psi)', '(75 psi)', 'depressurized', 'NTSB' unexpanded. A near-miss for the "
 "lane: a pipeline failure with a named operator, but the excerpt tells explosions and fires (a physical accident), "
 "no loss of gas service. Licence CC BY-SA 4.0: a current rendering (no revision id). Seen and not taken: the "
 "en.wikipedia.org rendering of the San Bruno pipeline explosion (Pacific Gas & Electric, 9 September 2010; also an "
 "explosion with no service loss in the excerpt: one near-miss is enough), news and a boston25news.com timeline.",
 "US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 37x (session 38; helper gather38x): English Wikipedia articles (CC BY-SA) on two single nationwide power
blackouts in the Middle East, both in Lebanon and both set off by fuel running out at power stations: the blackout
that began on 9 October 2021 when the Zahrani and Deir Ammar power stations ran dry, the grid shut down at noon and
power came back after 24 hours once the army delivered diesel (2021 Lebanon blackout, the whole body as held); and the
total blackout that began on 17 August 2024 when Électricité du Liban exhausted the fuel reserves of its plants, told
with the 2021 event again in its background (2024 Lebanon blackout, the lead and the first three paragraphs of its
background).
Why two: in the time left, every other target of the lane tried in the page store (national and regional blackouts
in Indonesia, India, Central Asia, Kenya, Cuba, Brazil, Ecuador, Venezuela, Sri Lanka, Taiwan) came back as news
articles only, or as subjects the corpus already holds; see the section for the list.
Texts are the search tool's page-store excerpts of the en.wikipedia.org rendering ('= Title =' format, infobox as a
list, no citation markers), each from the page's beginning. Edits per item in `notes`; no word added or changed.
usage: batch37x.py [POOL_DIR] [--dry]   (default /tmp/gather38x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38x/pool"

R = []
# ---- Lebanon, October 2021: two fuel-starved power stations and a grid shut down at noon -------------------------
R.append(wp("wp-2021-lebanon-blackout", "2021 Lebanon blackout",
 "https://en.wikipedia.org/wiki/2021_Lebanon_blackout",
 "The 2021 Lebanon blackout was a power outage in Lebanon that started on 9 October 2021, after two of the "
 "country's power plants shut down when they ran out of diesel fuel. The two power stations provided 40% of "
 "Lebanon's electricity. Due to this, the power grid was shut down nationwide.\n\n"
 "Because of the ongoing Lebanese liquidity crisis, the Lebanese pound lost over 90% of its value, leaving the "
 "government unable to pay for fuel imports, resulting in a general shortage of fuel in Lebanon, including for its "
 "power plants. The fuel shortage also meant that people and businesses could not run their private fuel-powered "
 "electricity generators.\n\n"
 "The power outage started on 9 October, after the Zahrani Power Station ran out of fuel. The day before, the Deir "
 "Ammar Power Station had also stopped running for the same reason. With both plants shut down, national power "
 "production was limited to 270 megawatts, making the grid severely unstable, so that the grid was shut down "
 "nationwide at noon that day. Power had not been expected to come back on for several days, although that turned "
 "out to be wrong.\n\n"
 "On 10 October, Banque du Liban, Lebanon's central bank, released $100 million to the Lebanese Energy Ministry to "
 "enable it to import fuel. In the meantime, the Lebanese army delivered 6,000 kilolitres (1.6 million gallons) of "
 "diesel fuel to both of the two power plants, and power was restored that day, after 24 hours of the blackout.\n\n"
 "Protests took place in Halba outside the offices of \u00c9lectricit\u00e9 du Liban, the state-owned power company, "
 "as well as protesters blocking roads with burning tires in Tripoli.",
 "energy/power-grid", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= 2021 Lebanon blackout =', no infobox held, undated current "
 "rendering, recorded CC BY-SA 4.0 as batch 36f did). Cut: the title line, the headings '== Background ==', '== "
 "Outage ==', '==Protests ==' and the closing '==See also==' with its three items ('Energy in Lebanon', 'Energy "
 "crisis', '2024 Lebanon blackout'); the excerpt ends there, so the text is the whole body as held (`truncated` "
 "false). Kept as written: '9 October' and 'On 10 October' without a year, 'at noon that day', '6,000 kilolitres "
 "(1.6 million gallons)', 'both of the two power plants', 'burning tires', '\u00c9lectricit\u00e9 du Liban' with its "
 "accents. The only company named (\u00c9lectricit\u00e9 du Liban) appears in the protests paragraph alone; the text "
 "never says it runs the two stations or the grid. Copies seen and not taken: none; the other hits were news "
 "(foxliberty, christiannews/Metro, Yahoo video, CGTN on a January 2022 disruption).",
 "non-US")); R[-1]["truncated"] = False

# ---- Lebanon, August 2024: Électricité du Liban's plants out of fuel ---------------------------------------------
R.append(wp("wp-2024-lebanon-blackout", "2024 Lebanon blackout",
 "https://en.wikipedia.org/wiki/2024_Lebanon_blackout",
 "The 2024 Lebanon blackout was a total nationwide power outage across Lebanon that began on 17 August 2024 due to "
 "the state electricity company of Lebanon, \u00c9lectricit\u00e9 du Liban, running out of fuel reserves for its "
 "power plants. The blackout led to widespread water shortages due to the inability of Lebanese water corporations "
 "to pump water in effective amounts, as well as the halting of several fundamental institutions across Lebanon, "
 "including, wastewater treatment systems, ports, airports, and prisons.\n\n"
 "The great majority of energy used in Lebanon is imported. The energy market in Lebanon is characterized by "
 "sharply rising consumption, and frequent shortages due to dilapidated infrastructure partly destroyed by the "
 "civil war that ravaged the country between 1975 and 1990.\n\n"
 "There was a power blackout throughout Lebanon in October 2021 after Lebanon's two largest power stations\u2014the "
 "Zahrani and the Deir Ammar power stations\u2014were shut down due to fuel shortages, leaving Lebanon with no "
 "centrally generated electricity, and not enough fuel for private electricity generators. Power was restored the "
 "next day, after the Lebanese army delivered fuel out of its reserves.\n\n"
 "Due to the Lebanese government's inability to procure enough money to pay for foreign fuel imports from states "
 "such as Iraq, the amount of electricity produced for the nation has significantly decreased, causing the "
 "frequency of power outages across Lebanon to increase.",
 "energy/power-grid", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= 2024 Lebanon blackout =', a current rendering that knows "
 "the end of August 2024). Cut: the title line and the infobox ('Partof: Lebanese liquidity crisis', 'Date: 17 "
 "August 2024 \u2013 End of August 2024', 'Time: 12:00 p.m.', 'Timezone: EEST', 'Location: Lebanon (nationwide)', "
 "'Type: Power outage', 'Cause: Fuel shortages, inability to pay Iraq for fuel', 'Outcome: Complete shutdown of "
 "essential institutions'), so the start time and the end are not in the text; the heading '== Background =='. "
 "Cut after the third paragraph of the background, before its fourth ('The economic crisis came in conjunction "
 "with increasing military activity between Israel and Hezbollah, ...'), which the excerpt breaks off inside ('just "
 "before the beginning of the bl'); the later sections (the outage itself, Energy Minister Walid Fayyad, the Litani "
 "River Authority, Crisis24, Algeria's fuel offer, seen only in a wikisum.wiki summary) are therefore not in the "
 "text; `truncated`. Kept as written: 'including, wastewater treatment systems' (the comma), the em dashes around "
 "'the Zahrani and the Deir Ammar power stations', 'the next day'. The background paragraph on October 2021 "
 "retells the event of `wp-2021-lebanon-blackout` (same batch), briefly. Copies seen and not taken: a wikisum.wiki "
 "summary (sentences picked out of order with citation numbers).",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 18d part 2 (written after part 1 was annotated, split, committed and first scored, so that part 1's split stays
untouched): two more power-system outages told by the market operator (the Callide C incident of 25 May 2021 in
Queensland; the transmission-line outage that separated Victoria from South Australia and cut supply to the Portland
aluminium smelter) and one more cleared acquisition (Asahi and Carlton & United Breweries, subject to divestments).
Same sources, licences and record layout as batch18d.py (whose `rec` is reused).
usage: batch18d2.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch18d import rec, ACCC_O, AEMO_O

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
R = []
R.append(rec("aemo-statement-callide-c-power-station-2021",
 "https://aemo.com.au/newsroom/media-release/aemo-statement-callide-c-power-station",
 "2021-05-25", "AEMO statement: Callide C Power Station", "AEMO media statement",
 "6pm 25 May 2021\n\n"
 "AEMO media statement – forecast LOR3\n\n"
 "AEMO has issued a forecast Lack of Reserve 3 (LOR3) market notice for 5pm in Queensland as a result of generation unavailability.\n\n"
 "LOR3 signals a deficit in the supply/demand balance and, with no market response, controlled load shedding may possibly be required.\n\n"
 "There is currently a maximum deficit of 1,043 MW of reserves available in Queensland during the forecast LOR3 conditions.\n\n"
 "Due to a combination of conditions, energy reserve levels have depleted and AEMO advises this may impact consumers, power system security and reliability.\n\n"
 "Controlled load shedding brings power flows into balance, averting the risk of system collapse or physical damage to parts of the power system. AEMO views load shedding as an absolute last resort to securely manage the interconnected power system.\n\n"
 "Transmission and distribution businesses manage the load shedding process on a rotational basis, where possible, and consumers may be impacted for approximately 1 – 2 hours.\n\n"
 "AEMO will continue to monitor reserve levels to maintain adequate supply and will be proactive in our communication should the supply and demand balance change. Network service providers will also issue updates on outages in their networks\n\n"
 "4pm 25 May 2021\n\n"
 "At approximately 1:45pm, there was an issue at the Callide C Power Station in Central Queensland that took several of its generation units out of service.\n\n"
 "Following this, multiple transmission lines and other power stations were interrupted, including units at Gladstone, Stanwell, Yarwun and MacKay. This resulted in the loss of approximately 3,100 megawatts (MW) in Queensland.\n\n"
 "Approximately 2,300 MW of customer demand in Queensland and 40 MW in New South Wales was also interrupted.",
 "energy/electricity system", "non-US", "outage",
 "The statement's two updates as the page shows them, latest first, each under its time line ('6pm 25 May 2021', '4pm 25 May 2021'); page chrome ('1 min') left out, heading kept as title; the 6pm update's dangling 'Please refer to the relevant information on:' (its links not in the excerpt) left out; the missing full stop after 'networks' kept as printed; spaces at paragraph ends dropped. Cut before the sentence the excerpt cuts off ('AEMO can confirm that the National Electricity Market is operating in a stable environment' — no full stop in the excerpt). `published` 2021-05-25 from the time lines. New to the corpus (Callide, Stanwell, Gladstone: 0 in every split).",
 "AEMO", AEMO_O))
R.append(rec("aemo-heatwave-conditions-victoria-transmission-outage",
 "https://aemo.com.au/newsroom/media-release/updated-heatwave-conditions-in-victoria",
 None, "UPDATED AEMO statement: heatwave conditions in Victoria - 3:30pm", "AEMO media statement",
 "AEMO has declared an actual Lack of Reserve 2 (LOR2) condition in Victoria from 3pm to 9pm today due to an outage on the Moorabool to Mortlake and Moorabool to Tarrone transmission lines. This has resulted in a separation between Victoria and South Australia at the Heywood Interconnector, as well as interrupting supply to the Portland aluminium smelter.\n\n"
 "The outage has also reduced electricity supply reserves for Victoria due to some generation located in the separated section of the Victorian transmission network.  This has reduced reserves available in Victoria to 406 MW as we approach the peak demand period.\n\n"
 "There are adequate reserve levels in South Australia, but tight in Victoria, and AEMO will provide a further update as we continue to monitor and manage the situation.\n\n"
 "AEMO is working with AusNet Services to investigate the cause of the transmission line outage and determine a restoration time.\n\n"
 "AEMO is dispatching emergency reserves (RERT) in Victoria and reiterates the need for Victorians to reduce their energy usage where safe to do so until 9pm, to help minimise the potential for electricity supply disruptions this afternoon.\n\n"
 "Consumers can temporarily reduce their energy usage where it is safe and possible to do so, by avoiding running additional appliances, such as dishwashers and washing machines, setting air conditioners to 23-26 degrees, and temporarily switching off pool pumps.\n\n"
 "AEMO acknowledges that the health and wellbeing of consumers remains the highest priority, so please only conserve energy to the extent it is safe to do so.",
 "energy/electricity system", "non-US", "outage",
 "The statement's body; page chrome ('2 min', cookie lines) left out, heading kept as title; the link sentence 'Click here for more energy saving tips' and the dangling 'Please refer to the relevant information on:' left out; the double space after 'network.' kept. No date on the page: `published` null, so 'today', '3pm', '9pm' and 'this afternoon' are not resolved (the page store's Mercury report places the toppled towers near Cressy on a Friday; not used). One text for this event (AEMO's later 6:30pm update on the same towers was not used). New to the corpus (Moorabool, Heywood, AusNet: 0 in every split).",
 "AEMO", AEMO_O, truncated=False))
R.append(rec("accc-asahi-cub-divestments-not-opposed",
 "https://www.accc.gov.au/taxonomy/term/147",
 None, "Asahi-CUB deal subject to cider and beer divestments", "ACCC media release summary on the ACCC's 'Mergers' listing",
 "The Asahi Group Holdings Ltd’s (Asahi) proposed acquisition of Carlton & United Breweries (CUB) will not be opposed after Asahi has undertaken to divest two of its beer brands and three of its cider brands.\n\n"
 "The brands to be sold are the Strongbow, Bonamy’s and Little Green cider brands and the Stella Artois and Beck’s beer brands. The future buyer or buyers of these assets will need to be approved by the ACCC.",
 "beverages", "non-US", "deal",
 "The third item of the ACCC's 'Mergers' listing page (taxonomy term 147; part 1's Gumtree text is the first item of the same page): its heading (kept as title) and the opening paragraphs the listing shows. No date: `published` null. New to the corpus (Carlton, Strongbow: 0 in every split; 'Asahi' only in part 1's own note).",
 "ACCC", ACCC_O))
if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 39e (session 40; gatherer 39e): outages told in UK Parliament (Hansard) and Houses of the Oireachtas records,
the lane of batches 35a, 35i, 35m, 35r, 36a, 36k, 36q, 36v, 36w, 36y, 37a, 37i, 38a, 38c and 38h, turned to a water
undertaking and a telecoms network those rounds had not reached:
  - the water supply difficulties in Northern Ireland during the period of extreme cold weather, customers who had
    suffered disruption, water pumped into the pipes leaking out, bottled water from Scotland (a Lords oral question
    of 9 February 2011 on hansard.parliament.uk; no water undertaking named);
  - broadband, landline and network coverage still out across Cavan and Monaghan five weeks after Storm Eowyn, Eir
    lines held up by falling trees, ESB crews having restored power (a Seanad Order of Business contribution of
    25 February 2025 on the kildarestreet.com mirror).
Texts are the search tool's page-store excerpts (corpus `pages`); edits per item in `notes` (the page chrome, date
and heading lines, speaker labels and the 'Asked By' line left out; no word added or changed). The Seanad item is
built with the shared `write_pool.oireachtas`; the Lords item's address is hansard.parliament.uk, not the historic
Hansard that `write_pool.hansard` assumes, so its record is made by `write_pool.modern_hansard` with the same fields and
the same attribution form.
Written before any extractor ran on a text of the batch (newskg was not run on them at all).
usage: batch39e.py [POOL_DIR] [--dry]   (default /tmp/gather40e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, oireachtas, modern_hansard

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40e/pool"
CHECKED = ("Looked for before taking it, with no hit in train/dev/test (file names only; no dev or test file opened), "
           "GATHERING.md, the gather scripts and the /tmp/gather40* pools (40b, 40d as they stood): {words}. ")


R = []
R.append(modern_hansard(
 "hansard-lords-water-supply-northern-ireland-cold-weather-2011",
 "https://hansard.parliament.uk/Lords/2011-02-09/debates/11020963000886/WaterSupplyNorthernIreland", "2011-02-09",
 "Water Supply: Northern Ireland", "oral question",
 "To ask Her Majesty’s Government what assistance they provided to the Northern Ireland authorities during their "
 "recent difficulties with water supplies.\n\n"
 "My Lords, during the period of extreme cold weather, my right honourable friend the Secretary of State for Northern "
 "Ireland met the devolved Ministers with policy responsibility in this area and offered the Government’s assistance. "
 "He subsequently discussed the matter with the Secretary of State for the Environment and with Water UK, and helped "
 "to identify additional call-centre capacity to deal with the heavy volume of calls from customers in Northern "
 "Ireland who had suffered disruption.\n\n"
 "My Lords, I am grateful to the noble Lord for that reply. I am reassured to hear that there was additional "
 "call-centre capacity, but I wonder what additional water was supplied.\n\n"
 "As far as water is concerned, there is no shortage of water in Northern Ireland. The good Lord makes good "
 "provision. The problem is getting the water to where it is needed. Extra water was pumped into the pipes but the "
 "problem was that some of that leaked out. However, the call centres were very important indeed and we must not "
 "forget that. An offer of assistance was made by the First Minister of Scotland—a sort of Christmas gift—and "
 "160,000 litres of Scotland's water were taken across to Northern Ireland. I am sure that those in Northern Ireland "
 "were very pleased to have it. However, Northern Ireland's daily consumption of water is 625,000,000 litres. In "
 "other words, the gift from Scotland, welcome though it may have been, was 0.000256 per cent of a day’s water "
 "usage.",
 "utilities/water", ["outage"],
 "Text of the hansard.parliament.uk page as the search tool's page store keeps it. Left out: the page's top lines "
 "('Skip to main content'), the heading 'Water Supply: Northern Ireland' (kept as title), the line 'Volume 725: "
 "debated on Wednesday 9 February 2011' (kept as `published`) and the line 'Asked By' (the excerpt gives no speaker "
 "names; no member is named in the text). The question, the Minister's answer, the questioner's supplementary and "
 "the Minister's reply; cut after '... 0.000256 per cent of a day’s water usage.', before the next peer's "
 "supplementary, which the excerpt breaks off inside its second sentence ('Will he confirm that ... the Minister "
 "responsible for water in Northern'); `truncated` true. Kept as written: curly apostrophes in 'Majesty’s', "
 "'Government’s', 'day’s' beside straight ones in 'Scotland's', 'Ireland's'; 'call-centre'; the dashes round 'a "
 "sort of Christmas gift'; '625,000,000 litres'; '0.000256 per cent'. Found with the search 'hansard Northern "
 "Ireland Water supply interruptions thaw December 2010 households without water days' (rank 1; rank 7 was "
 "parallelparliament.co.uk's copy of the same exchange, with speaker labels: Lord Trefgarne asks, Lord Shutt of "
 "Greetland answers); the other results were news pages (Channel 4, the Guardian, BBC, timesofpakistan) with no "
 "open licence. "
 + CHECKED.format(words="'Water Supply: Northern Ireland', 2011-02-09, 'Shutt of Greetland', '160,000 litres', "
                  "'Conor Murphy', 'Northern Ireland Water', 'NI Water' (0 hits); 'Trefgarne' only in batch 28c's "
                  "1968 Chobham telephone item, 'Water UK' only in texts on the 2018 thaw and a 2012 EFRA sitting "
                  "(other events)"),
 True, house="House of Lords"))

R.append(oireachtas(
 "oireachtas-seanad-cavan-monaghan-broadband-outages-storm-eowyn-eir-2025",
 "https://www.kildarestreet.com/sendebates/?gid=2025-02-25a.90", "2025-02-25", "25 February 2025",
 "Order of Business", "An tOrd Gnó - Order of Business",
 "We are now five weeks from Storm Éowyn and while ESB crews worked tirelessly to restore power, broadband services "
 "remain in total disarray. Many people across Cavan and Monaghan are still without a connection for broadband, "
 "landlines and network coverage. People are completely stranded, especially those working from home and those "
 "whose livelihood depends on connectivity. I will take the example of a family in my constituency who recently "
 "brought home their newborn baby. What should be a time of celebration is consumed with anxiety and stress, as "
 "they have to drive 10 km to an out farm because they cannot access their calving camera.It might sound like a "
 "small thing to us, but it is extremely frustrating for them. They are not alone. Many rural areas already suffer "
 "from poor mobile phone networks, making landlines and broadband essential, yet broadband providers are nowhere to "
 "be found. There is no customer service, no accountability and no urgency to restore services.\n\n"
 "People are looking to the Government for help. They feel ignored and badly let down. I invite the Minister to "
 "drive around Cavan and Monaghan and see for himself the appalling state of communications infrastructure there - "
 "Eir lines holding up falling trees, cables drooping dangerously low and dangling along ditches, and thousands of "
 "poles like little leaning towers of Pisa. The damage is so obvious, with no sign of a provider service crew. How "
 "is this acceptable? Broadband providers seem to be answerable to nobody.\n\n"
 "If this were Dublin, it would be sorted in days. Why is rural Ireland being left behind again and again? I call on "
 "the Minister for communications, Deputy Darragh O'Brien, and the Minister of State, Deputy Alan Dillon, to hold "
 "broadband providers to account. There should be no more excuses, no more evading answers and no more delays.",
 "telecoms", ["outage"],
 "Left out of the kildarestreet.com text as the page store holds it: the lines 'Seanad debates', 'Tuesday, 25 "
 "February 2025' (kept as `published`), 'An tOrd Gnó - Order of Business' (kept as the kind; title 'Order of "
 "Business'), the clock line '2:00 am' (the mirror's timestamp) and the speaker line \"Sarah O'Reilly (Aontú) | "
 "Oireachtas source\", so that no member is named by a label. One Senator's contribution to the Order of Business; "
 "cut after '... no more evading answers and no more delays.', before 'People have already waited five', where the "
 "excerpt breaks off (`truncated`). Single line breaks written as blank lines (whitespace only). Kept as written: "
 "'calving camera.It' (no space after the full stop), 'an out farm', the spaced hyphen in 'there - Eir lines', "
 "'Minister for communications' in lower case, 'Deputy Darragh O'Brien'. Found with the search 'Dáil Topical Issue "
 "eir outage broadband phone lines down area weeks customers without service eir informed' (rank 4; rank 2 was the "
 "Leaders' Questions of 29 May 2025 on Eir's Storm Éowyn repairs, in the corpus). "
 + CHECKED.format(words="2025-02-25a.90, \"Sarah O'Reilly\", 'calving camera', 'leaning towers', 'Cavan and "
                  "Monaghan' (only a 2015 mobile-coverage answer, another subject), 'Alan Dillon'; 'Éowyn' is in "
                  "eight corpus texts (ESB statements, the Eir Leaders' Questions of 29 May 2025, a written answer "
                  "on broadband outages after the storm, an emergency-call resilience answer, 38a's Seanad item): "
                  "the same storm, told here for Cavan and Monaghan five weeks on in another House and text; the "
                  "lead may judge the overlap"),
 True, house="Seanad Éireann"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 37f (session 38; helper gather38f): English Wikipedia articles (CC BY-SA) on submarine internet cables whose
text tells the cable's own breaks in countries the corpus holds few outages from, taken from static copies of older
revisions because the page store holds the outage passages only there:
- the Asia-America Gateway from South-East Asia to the United States, its 19 funding partners and the damage of 15
  July 2014 to its segment off Vung Tau, Vietnam, that disrupted international bandwidth, mended on 27 July (the
  worldheritage.org copy of a 2014 revision; the current en.wikipedia.org rendering in the store breaks off inside
  the same 'Outages' section before any single break is told);
- The East African Marine System (TEAMS) from Mombasa to the Emirates: the bids, the contract, the 2009 launch by
  Kenya's president and prime minister, the anchor cut of 25 February 2012 off Mombasa that hit more than half the
  networks of Kenya and Uganda, the Red Sea breaks of three other cables that made it worse, and a second cut on 27
  April 2012 (liquisearch.com's copy of the article's 'History' section, an older revision).
Why two: the lane's other targets tried this session (national blackouts, telecom, bank and airline outages, other
cables) came back as news only, as subjects the corpus already holds, or as Wikipedia renderings that tell no outage;
see the section for the list.
Edits per item in `notes`; no word added or changed.
usage: batch37f.py [POOL_DIR] [--dry]   (default /tmp/gather38f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38f/pool"

R = []
# ---- Asia-America Gateway: partners, landing points and one told break off Vung Tau ------------------------------
R.append(wp("wp-asia-america-gateway", "Asia-America Gateway",
 "http://worldheritage.org/articles/eng/Asia-America_Gateway",
 "The Asia-America Gateway (AAG) is a 20,000-kilometre (12,000 mi) long submarine communications cable system, "
 "connecting South-East Asia with the mainland of the United States, across the Pacific Ocean via Guam and Hawaii.\n\n"
 "The cable is capable of delivering up to 2.88 Tbit/s (US-Hawaii & Hong Kong-South East Asia) and 1.92 Tbit/s "
 "(Hawaii-Hong Kong). The cable was ready for service on November 10, 2009.\n\n"
 "Development of the AAG cable system was funded, at a cost of $500 million USD, by 19 partners: The Authority for "
 "Info-Communications Technology Industry of Brunei Darussalam, AT&T (USA), BayanTel (Philippines), Bharti (India), "
 "British Telecom Global Network Services (UK), CAT Telecom (Thailand), Telkom Indonesia (Indonesia), ETPI "
 "(Philippines), FPT Telecom (Vietnam), Ezecom/Telcotech (Cambodia), Indosat (Indonesia), PLDT (Philippines), Saigon "
 "Postal Corporation (Vietnam), StarHub (Singapore), Telekom Malaysia, Telstra (Australia), Telecom New Zealand, "
 "Viettel (Vietnam), and the Vietnam Posts and Telecommunications Group. The cable has landing points at the USA, "
 "Hawaii, Guam, Philippines, Hong Kong, Malaysia, Singapore, Thailand, Brunei and Vietnam.\n\n"
 "The cable has encountered frequent breaks and outages since it was made ready for service in late 2009. Most of "
 "the outages have been located at the intra-Asia segments between Hong Kong and Singapore, while the segment "
 "between Hong Kong and the Philippines seems to have fewer problems. The segments between the Philippines and the "
 "United States are quite stable.\n\n"
 "On July 15, 2014 the segment 18 km off the coast of Vung Tau, Vietnam was damaged, and the internet bandwidth to "
 "international destinations was disrupted. VNPT's Viet Nam Data Communications Company Deputy Director Nguyen Hong "
 "Hai, said that the time that it would take for repairing the cable had not yet been determined. On July 27, the "
 "line was mended, 3 days earlier than the scheduled date.",
 "telecom/submarine-cables", ["outage"],
 "The text is the worldheritage.org ('World Heritage Encyclopedia') copy of an older revision of the English "
 "Wikipedia article, one that tells the break of 15 July 2014 and nothing later (CC BY-SA 3.0, a pre-2023 "
 "revision). Cut: the repeated title lines ('Asia-America Gateway' twice) and the citation markers ('[1][2]', '[2]', "
 "'[3]', '[1][4][5]', '[6]', and the bare '[' of a marker the excerpt breaks off inside at its very end); the "
 "blank line left where a section heading stood before the outage paragraphs (the copy dropped the heading's "
 "text) is kept as one paragraph break. The excerpt breaks off inside the article's outage section, after the "
 "sentence 'On July 27, the line was mended, 3 days earlier than the scheduled date.', so the cut falls at the end "
 "of that whole sentence and paragraph, not at a section end (what followed in that revision is not held); "
 "`truncated`. Kept as written: 'US-Hawaii & Hong Kong-South East Asia', '$500 million USD', 'Ezecom/Telcotech "
 "(Cambodia)' (one partner of the 19 under two names), 'Telekom Malaysia' and 'Telecom New Zealand' without a "
 "country in brackets, 'the USA', 'Vung Tau, Vietnam was damaged' (no comma after Vietnam), 'Nguyen Hong Hai, said', "
 "'On July 27' (no year of its own). Copies seen and not taken: the current en.wikipedia.org rendering in the page "
 "store ('= Asia-America Gateway =', infobox as a list), whose excerpt breaks off inside the '==Outages==' section's "
 "first paragraph ('whereas Hong Kong, Singapore, and the Philipp') before any break is told; an older "
 "en.wikipedia.org rendering and theinfolist.com's copy, both breaking off inside the same general paragraph; "
 "wikisum.wiki's summary (sentences picked out of order, citation numbers run into the text).",
 "non-US", v3=True))

# ---- TEAMS: contract, launch, an anchor cut off Mombasa, a second cut ---------------------------------------------
R.append(wp("wp-teams-cable-system", "TEAMS (cable system)",
 "https://www.liquisearch.com/teams_cable_system/history",
 "Five companies \u2014 Alcatel-Lucent, Tyco Telecommunication, Fujitsu Corporation, NEC Corporation and Huawei "
 "Technologies \u2014 had placed their bids for the building of the TEAMs undersea cable.\n\n"
 "On October 11, 2007, Alcatel-Lucent were awarded the $82 million contract to lay the cable. Construction began in "
 "January 2008 on the Emirates' side.\n\n"
 "On 12 June 2009 the cable arrived in the Kenyan port city of Mombasa and was launched by the President of Kenya "
 "Mwai Kibaki, the Prime Minister of Kenya Raila Odinga and other dignitaries.\n\n"
 "On 25 February 2012 the TEAMS cable was accidentally cut by a ship anchored off the coast of Mombasa. The repairs "
 "were expected to take about 3 weeks. Some ISPs, automatically including those multi-homed were able to re-route "
 "traffic through the SEACOM cable system or other global connections, but more than half of the networks in Kenya "
 "and Uganda were affected. The impact of the break was made worse because TEAMS was itself carrying re-routed "
 "EASSy traffic after three cables experienced breaks in the Red Sea on February 17 - Europe India Gateway, "
 "SEA-ME-WE 3, and the EASSy.\n\n"
 "On 27 April 2012 the TEAMS cable was accidentally cut again only 35 days after it was fixed from the previous "
 "break.",
 "telecom/submarine-cables", ["outage"],
 "The text is liquisearch.com's copy of the 'History' section of an older revision of the English Wikipedia article "
 "(liquisearch serves one section a page; CC BY-SA 3.0, a pre-2023 revision). Cut: liquisearch's header lines "
 "('TEAMS (cable System) - History', 'History') and its trailer ('Read more about this topic: TEAMS (cable System)' "
 "and a block of 'Famous quotes containing the word history' that is no part of the article). The section is kept "
 "whole, to its end; the article's lead and infobox (owners: the Government of Kenya, Etisalat, private investors) "
 "are not in this copy and are not in the text; `truncated` (one section of the article). Kept as written: 'TEAMs' "
 "beside 'TEAMS', 'Alcatel-Lucent were awarded', 'the Emirates' side', 'Some ISPs, automatically including those "
 "multi-homed were able', 'on February 17 - Europe India Gateway' (a spaced hyphen), 'the EASSy'. Copies seen and "
 "not taken: WikiMili's copy of a later revision (lead and history; the cut there blamed on 'a dredging ship "
 "carrying some works for the Kenya Ports Authority', repairs of about 4 weeks), whose excerpt breaks off inside "
 "the first outage paragraph ('because TEAMS was i') before the second cut is told.",
 "non-US", v3=True))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 37l (session 38; helper gather38l): English Wikipedia articles (CC BY-SA) on single outages of a service
that users lost, the Wikipedia outage lane of batches 34h/34i/35e/36f (power blackouts left to other lanes) taken to a
telecom operator's emergency calling and to an airline check-in system: Optus's emergency calling outage of Thursday
18 September 2025, when a routine firewall upgrade left some callers in the Northern Territory, South Australia,
Western Australia and New South Wales unable to reach Triple Zero (000) for around 13 hours, told beside TPG
Telecom's similar outage of 18 November 2025 and an Optus cut-cable outage in Frankston and the Mornington Peninsula
on 26 November (year not in the text) (2025 Optus emergency calling outage, its lead only, from en.wikipedia.org as
the page store holds it); and the ransomware attack on Collins Aerospace's Muse check-in and boarding software that
disrupted Brussels, Berlin Brandenburg, Heathrow and Dublin airports from 19 September 2025, with RTX Corporation as
Collins's parent (Collins Aerospace cyberattack, the whole article as a wikimili.com copy holds it).
Why two: every other subject of the lane tried in the page store this round (stock-exchange, bank, airline, cloud,
CDN, satellite and game-network outages of 2008-2025) came back as news, blogs or vendor pages only, or is already in
the corpus; see the section.
Texts are the search tool's page-store excerpts, each from the page's beginning. Edits per item in `notes`; no word
added or changed.
usage: batch37l.py [POOL_DIR] [--dry]   (default /tmp/gather38l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38l/pool"

R = []
# ---- Optus, 18 September 2025: a firewall upgrade and failed Triple Zero calls ----------------------------------
R.append(wp("wp-2025-optus-emergency-calling-outage", "2025 Optus emergency calling outage",
 "https://en.wikipedia.org/wiki/2025_Optus_emergency_calling_outage",
 "On Thursday 18 September 2025, major Australian telecommunications provider Optus experienced a technical fault "
 "to its network resulting in some customers unable to make calls to Triple Zero (000), the national emergency "
 "services phone number, for around 13 hours. An issue with a routine firewall upgrade resulted in some callers from "
 "the Northern Territory, South Australia, Western Australia and New South Wales not being able to make emergency "
 "calls. Approximately 600 calls were identified to have failed during the outage, and at least four people who "
 "attempted to call Triple Zero during the outage have been confirmed to have died.\n\n"
 "On 18 November 2025, TPG Telecom also had a similar outage due to outdated software. They also confirmed that at "
 "least one person had died. On 9 December 2025, it was confirmed that a second person had died as a result of an "
 "outage unrelated to this one in Wentworth Falls in the Blue Mountains.\n\n"
 "On 26 November, Optus services (including emergency calls) were brought offline due to a cut fibre optic cable in "
 "Frankston and the Mornington Peninsula in Victoria from 9am to 11:20am. Optus advised customers to use Wi-Fi or "
 "another mobile network within range.",
 "telecoms", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= 2025 Optus emergency calling outage =', a current revision "
 "that knows events of 9 December 2025): the title line and the infobox ('Date: 2025-09-18', 'Time: Approximately "
 "12:30am1:30pm' (the dash lost in the rendering), 'Location: Northern Territory, South Australia, Western Australia "
 "and New South Wales', 'Cause: Firewall upgrade', 'Outcome: Approximately 600 failed Triple Zero calls', 'Reported "
 "Deaths: Four deaths of people who attempted to call emergency services') cut, the lead kept whole (three "
 "paragraphs). Cut at the end of the lead, before '== Outage ==', whose first paragraph (the 'regular upgrade' at "
 "approximately 12:30am, two more calls from Broken Hill) the excerpt breaks off inside ('near the S'); `truncated`. "
 "The infobox's start and end times (12:30am, 1:30pm) are therefore not in the text. Kept as written: 'Triple Zero "
 "(000)', 'technical fault to its network', 'They also confirmed' (TPG Telecom as 'they'), 'an outage unrelated to "
 "this one in Wentworth Falls in the Blue Mountains', 'On 26 November' (no year of its own), '9am', '11:20am', "
 "'Wi-Fi'. Copies seen and not taken: none; the other hits were news (realnewshub, PerthNow, particle.news, "
 "unprompted.news, 7News, The Register via a gopher mirror).",
 "non-US"))

# ---- Collins Aerospace, 19-22 September 2025: ransomware in the Muse check-in and boarding software -------------
R.append(wp("wp-collins-aerospace-cyberattack", "Collins Aerospace cyberattack",
 "https://wikimili.com/en/Collins_Aerospace_cyberattack",
 "The Collins Aerospace cyberattack is an attack on Muse check-in and boarding software created by Collins "
 "Aerospace. The attack affects several European airports.\n\n"
 "19 September 2025\n\n"
 "Brussels Airport reported that their passengers were being checked-in and boarded manually. Berlin Brandenburg "
 "Airport reported increased waiting times due to the attack.\n\n"
 "RTX Corporation, the parent of Collins Aerospace, said they were \"aware of a cyber-related disruption\" to their "
 "computers in \"select airports\" and they were trying to resolve the issue.\n\n"
 "20 September 2025\n\n"
 "Heathrow Airport reported delays. British Airways was able to operate with a backup system, but other airlines "
 "were affected by the attack on the Muse system. The National Cyber Security Centre announced they were working "
 "with Collins Aerospace on the problem.\n\n"
 "21\u201322 September 2025\n\n"
 "Dublin Airport reported a second day of disruption to the check-in and luggage handling in Terminal 2, which "
 "continued for a third day. The European Union Agency for Cybersecurity confirmed the attack to be ransomware.",
 "transport/aviation", ["outage", "relations"],
 "A wikimili.com copy of the English Wikipedia article (the en.wikipedia.org rendering was not in the page store; "
 "the copy's sources are dated 21-22 September 2025, so the text is a 2025 revision, CC BY-SA 4.0). Cut: the "
 "title line, 'Last updated', the table-of-contents word 'Contents', the section heading 'Attack', the citation "
 "markers ('[1] [2]', '[1]', '[3]', '[4]', '[5]'; the space before each went with it, so 'Terminal 2, [3] which' "
 "reads 'Terminal 2, which') and the closing 'References' list of five news sources (BBC News, the Australian "
 "Broadcasting Corporation, RT\u00c9 News). Unlike the lane's usual cut, the three date subheadings of the 'Attack' "
 "section ('19 September 2025', '20 September 2025', '21\u201322 September 2025', the en dash kept) are KEPT as "
 "lines of their own, as batch 36f kept the Vietnam infobox: they are the only words that date each day's reports, "
 "and without them the article's prose (151 words) tells an outage with no date at all. The excerpt holds the whole "
 "article, so `truncated` is false. Kept as written: 'Muse' (the vendor's MUSE, as the article spells it), "
 "'checked-in and boarded manually', 'their computers in \"select airports\"', 'a second day of disruption ... "
 "which continued for a third day'. Copies seen and not taken: none; the other hits were news (devdiscourse, "
 "avioblog, cybernewscentre, editorialge, techruler and others).",
 "non-US")); R[-1]["truncated"] = False


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

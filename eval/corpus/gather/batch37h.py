#!/usr/bin/env python3
"""Batch 37h (session 38; helper gather38h, second round of the session): English Wikinews (CC BY 2.5) near-misses
for outages from the toscaData R package (github.com/Docma-TU/toscaData), the lane of batches 36g and 36s.
Both of the package's sets (economy, politics) were scanned a third time with the ids GATHERING.md already names set
aside, 150-1,500 words, by two word lists: service-loss phrases (outage, blackout, power cut, without power, computer
failure, website/server/network down or crashed, service disrupted/suspended/restored, ATM, denial of service,
internet access, phone lines, mobile network) and, two or more hits, infrastructure words (electricity, grid,
internet, telephone, servers, computer, website, hacked, shut down, disrupt). No unused text that tells an outage
turned up (the one hit that did, Skype's outage of December 2010, is in the corpus); four near-misses were kept:
- ID73406: Ghana's redenominated cedi, ATMs shut down over the weekend so their notes could be replaced (July 2007;
  a planned pause of a bank service, announced as done, by no utility);
- ID62008: an Istanbul court's order blocking YouTube in Turkey, put into effect by Türk Telekom (March 2007; a
  court-ordered block, not a failure);
- ID52282: China's block of Wikipedia reported lifted, in part, for some users (October 2006; a government block);
- ID266402: World IPv6 Day, Google, Facebook and Yahoo! testing the new addresses with a few users expected to
  see slow page loading (June 2011; a feared degradation).
Each text is toscadata_lib.clean's output with the cuts and mends listed per item; no word changed.
usage: batch37h.py [POOL_DIR] [--dry]   (TOSCA_DIR: the folder with economy.pkl/politics.pkl; this round
/tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from batch12 import records

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38h/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID73406": ("banking/finance", "non-US", "outage", "", [(r"\bATM s were", "ATMs were")],
             "Economy set. The converter's split 'ATM s' mended ('ATMs'; the wikitext links 'ATM' and adds 's'); "
             "otherwise clean as converted. The Bank of Ghana's new cedi, issued from Tuesday 3 July 2007 after the "
             "Republic Day holiday; cash machines shut down over the weekend so that the notes in all of them could "
             "be checked and replaced. Near-miss for outages: a planned pause of a bank service, not a failure."),
 "ID62008": ("telecoms/internet", "non-US", "outage,regulatory", "", [
             (r'(cultural challenges\.")\s*, which makes insulting Turkishness a crime in Turkey, received a lot of '
              r'attention because it resulted in the prosecution of intellectuals like Literature Nobel Prize '
              r'Winner Orhan Pamuk and murdered journalist Hrant Dink\.', r"\1")],
             "Politics set. One sentence cut at the end of the fourth paragraph (', which makes insulting Turkishness "
             "a crime in Turkey, received a lot of attention because it resulted in the prosecution of intellectuals "
             "like Literature Nobel Prize Winner Orhan Pamuk and murdered journalist Hrant Dink.'): the converter "
             "lost its linked subject (the law article the next paragraph calls 'the law article'), so the paragraph "
             "ends at YouTube's quoted statement. Otherwise clean as converted ('Turk Telecom' beside 'Türk Telekom' "
             "kept). An Istanbul court's order blocking YouTube in Turkey, put into effect by Türk Telekom while "
             "some smaller providers still allow access. Near-miss for outages: a court-ordered block (GUIDELINES: "
             "government orders are no outage)."),
 "ID52282": ("internet/government", "non-US", "outage", "WikimediaMention", [],
             "Politics set. Leading residue 'WikimediaMention' (a template) cut; 'St. Petersberg' kept as written. "
             "China's block of Wikipedia reported lifted for some users, the English and other foreign-language "
             "versions reachable from a Beijing China Netcom DSL line while the Chinese version stays blocked; Jimmy "
             "Wales on the block; the earlier blocks of June 2004 and October 2005. Near-miss for outages: a "
             "government block (not a failure of the site)."),
 "ID266402": ("internet", "global", "outage", "Internet", [],
              "Economy set. Leading residue 'Internet' (a category template) cut; otherwise clean as converted. "
              "World IPv6 Day: Google, Facebook and Yahoo! switching content to the new addresses for a day's test, "
              "with a small share of users expected to meet slow page loading. Near-miss for outages: a feared "
              "degradation in a planned test, none told."),
}


if __name__ == "__main__":
    write_all(records(SEL), POOL, dry="--dry" in sys.argv)

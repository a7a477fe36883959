#!/usr/bin/env python3
"""Batch 36s (session 37; helper gather37s, third round of batch 36): English Wikinews (CC BY 2.5) stories of
service outages or near-misses from the toscaData R package (github.com/Docma-TU/toscaData), the route of batch
36g. The package holds only two sets (man/wikinews.Rd: 'economy', Economy_and_business, 2,327 articles, and
'politics', Politics_and_conflicts, 5,000 articles); there is no science, technology or general set, so both sets
were scanned once more, with the ids batch 36g read or kept set aside, for outage words (outage, blackout, power
cut, went down, offline/off-line, went dark, computer failure/glitch, system failure, without power/electricity,
power failure, phone lines, mobile network, inaccessible, unavailable, knocked out, cut off), 150-1,500 words,
ids and titles named nowhere in GATHERING.md.
Kept:
- ID15956: the failed bombings on London's transport system of 21 July 2005, with O2's and Vodafone's mobile
  networks failing to carry calls or texts (the lead batch 36g left: its lost linked word sits in the opening
  sentence, which is one paragraph, so the text starts at the second paragraph);
- ID109068: Mongolia's state of emergency after election riots, all TV channels but the state broadcaster shut
  down by order (July 2008; near-miss: a government closure of broadcasters, no outage by GUIDELINES);
- ID89007: Israel before President Bush's visit, with Israeli fuel cuts said to leave Gaza residents without
  electricity eight hours a day from Sunday (January 2008; near-miss: a cut announced ahead, not yet told as begun).
Each text is toscadata_lib.clean's output with the cuts and mends listed per item; no word changed.
usage: batch36s.py [POOL_DIR] [--dry]   (TOSCA_DIR: the folder with economy.pkl/politics.pkl; this round
/tmp/gather34b/tosca)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
import toscadata_lib
from toscadata_lib import selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37s/pool"

# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID15956": ("telecoms/security", "non-US", "outage", "", [
             (r"^London Metropolitan Police commissioner Sir Ian Blair has confirmed.*?Bethnal Green\.\n\n", ""),
             (r"\s*==Incidents==\s*", "\n\n"), (r"\s*==Responses==\s*", "\n\n"), (r"\s*==Closures==\s*", "\n\n"),
             (r"\s*== Unconfirmed reports == 2005 London bombing infobox\s*", "\n\n"),
             (r"\s*==Emergency Numbers==.*$", "")],
             "Politics set. The opening paragraph (one sentence: Sir Ian Blair confirming three explosions on tube "
             "trains 'at Warren Street, Oval and stations' and one on a No. 26 bus) cut whole, because the "
             "converter lost a linked station name from it (the wikitext links Shepherd's Bush); the text starts "
             "at 'The London Ambulance Service'. Four inline section headings ('Incidents', 'Responses', "
             "'Closures', 'Unconfirmed reports', the last followed by the residue of an infobox template '2005 "
             "London bombing infobox') cut, each leaving a paragraph break; the closing 'Emergency Numbers' section "
             "(a note asking readers not to call, then police telephone numbers) cut whole. 'mobiles phones', "
             "'on upper deck' and '(BBC News 24)' kept as written. A live report of 21 July 2005: bombs that "
             "failed to explode fully on three tube trains and a bus, arrests in Whitehall, police at University "
             "College Hospital, tube lines suspended; calls and texts failing on some mobile networks (O2 "
             "confirmed, Vodafone texts only, Orange fine). Published before 25 September 2005, so public domain by "
             "Wikinews' own terms; licence recorded as CC BY 2.5 as for every toscaData text."),
 "ID109068": ("media/government", "non-US", "outage", "Mongolia", [],
              "Politics set. Leading residue 'Mongolia' (a country template) cut; the list of emergency measures "
              "kept as converted, its items marked by '*' run into one paragraph ('Measures include: *All protests "
              "...'). Riots after Mongolia's election, a four-day state of emergency in Ulaanbaatar with all TV "
              "channels and radios but the Mongolian National Broadcaster shut down by order; Eagle TV reporting "
              "on the Internet. Near-miss for outages: a government order closing broadcasters (GUIDELINES: not an "
              "outage)."),
 "ID89007": ("energy/government", "non-US", "outage,leadership", "Middle East infobox", [
             (r"visit of U\.S\.\n\nPresident George Bush", "visit of U.S. President George Bush"),
             (r"Israel i fuel cuts", "Israeli fuel cuts")],
             "Politics set. Leading residue 'Middle East infobox' (a template) cut; the paragraph break the "
             "converter inferred after 'U.S.' inside the first sentence undone ('visit of U.S. President George "
             "Bush'); the converter's split 'Israel i' mended twice ('Israeli fuel cuts'; the wikitext links "
             "'Israel' and adds 'i'). The text reads as a Voice of America report ('as Robert Berger reports') "
             "posted on Wikinews. Israel readying for President Bush's visit; Israeli fuel cuts that Palestinian "
             "officials say will leave Gaza residents without electricity eight hours a day beginning Sunday. "
             "Near-miss for outages: power cuts announced ahead, not told as begun."),
}


def main():
    d = toscadata_lib.load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 39p (session 40; helper gather40p): English Wikipedia articles (CC BY-SA) on single supply failures with a
NAMED operator, the Wikipedia outage lane of batches 34i, 36f, 37f, 37l, 37x, 38d and 39l taken to deliberate attacks
on the US grid - the shooting attack of 3 December 2022 on two electrical distribution substations in Moore County,
North Carolina, that left up to 40,000 residential and business customers without power, a Duke Energy substation
in Carthage damaged by gunfire at around 7 p.m. (Moore County substation attack, en.wikipedia.org '= Title ='
rendering); the gunmen's attack of 16 April 2013 on Pacific Gas and Electric Company's Metcalf transmission substation
in Coyote, California, which had little impact on the power supply, preceded by the cutting of AT&T's fiber-optic
cables and of cables in a vault that cost some customers of Level 3 Communications their service at 1:07 a.m.
(Metcalf sniper attack, a wikipedia.org rendering).
Why these two: the brief's leads (2015 North Holland/TenneT, 2013 southern Thailand/EGAT, March 1989 Hydro-Quebec,
2011 and 2012 north-east Brazil, 3 September 2013 Venezuela, 2022 Central Asia, 2023 Tashkent, 2016 Kenya/KenGen)
came back from the page store as news, agency or non-English pages only; the 2019 Argentina-Uruguay-Paraguay blackout
is in train; the January 1998 ice storm article was left out as a second text on the event of batch 39l's test item.
See the section for the rest.
The texts are the search tool's page-store excerpts, each from the page's beginning; edits in `notes`; no word added
or changed.
usage: batch39p.py [POOL_DIR] [--dry]   (default /tmp/gather40p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40p/pool"

HELD_MOORE = "https://en.wikipedia.org/wiki/Moore_County_substation_attack"
HELD_METCALF = "http://wikipedia.org/wiki/Metcalf_sniper_attack"

R = []
# ---- North Carolina, 3 December 2022: gunfire on two Duke Energy substations, up to 40,000 customers without power --
R.append(wp("wp-moore-county-substation-attack", "Moore County substation attack", HELD_MOORE,
 "On December 3, 2022, a shooting attack was carried out on two electrical distribution substations located in "
 "Moore County, North Carolina, United States. Damage from the attack left up to 40,000 residential and business "
 "customers without electrical power, causing the death of one woman. Initial estimates were that up to four days "
 "could be required to fully restore power in the area. A state of emergency and corresponding curfew were enacted "
 "by local government officials in the wake of the incident.\n\n"
 "Less than two weeks prior to the Moore County substation incident, the Federal Bureau of Investigation (FBI) had "
 "sent a report to private industry in which they stated that there had been an increase in reported threats to "
 "electric infrastructure from people who espouse \"racially or ethnically motivated violent extremist ideology\", "
 "with an aim of creating civil disorder and inspiring further violence.\n\n"
 "While it is unclear whether such threats are directly associated with this attack, government officials have "
 "previously expressed concern over the possibility of violent extremists attacking the electrical grid. Prior to "
 "the Moore County attack, other attacks on the electrical grid had occurred in Coyote, California in 2013 (Metcalf "
 "Energy Center), in Arkansas in 2013, in Utah in 2016, and in Washington and Oregon (dates undisclosed).\n\n"
 "According to Moore County Sheriff Ronnie Fields, a Duke Energy power substation was severely damaged by gunfire "
 "in Carthage at around 7 p.m.",
 "energy/power-grid", ["outage"],
 "The en.wikipedia.org rendering ('= Title =' format, infobox as a list, no citation markers) as the page store "
 "holds it at " + HELD_MOORE + ": the lead, the 'Background' section and the first sentence of 'Attack'. Cut: the "
 "title line '= Moore County substation attack ='; the infobox ('Title: Moore County substation attack', 'Location: "
 "Moore County, North Carolina, US', 'Target: Duke Energy substations', 'Date: 2022-12-03', 'Time: 7:00 p.m. | "
 "time-begin = | time-end =', 'Timezone: EST', 'Type: Sabotage', 'Fatalities: 1', 'Weapons: Firearms'); the headings "
 "'==Background==' and '==Attack=='; the damaged sentence 'The Department of Homeland Security cited' at the end of "
 "the first Background paragraph (the quotation it introduces is lost from the rendering, so the sentence ends in "
 "nothing). The excerpt breaks off inside the Attack section's second sentence ('Gunfire was later directed at a "
 "second substation in West End, ultimately resulting in a loss of electrical power to the majority of the count'), "
 "so the text ends at the sentence before it, '... in Carthage at around 7 p.m.' (`truncated`). Kept as written: "
 "'December 3, 2022', 'up to 40,000', the straight double quotes, 'Coyote, California in 2013 (Metcalf Energy "
 "Center)' (the Metcalf attack of this batch's other text, named in passing; no outage told of it here), 'Washington "
 "and Oregon (dates undisclosed)'. Licence CC BY-SA 4.0: a current rendering (the article's 2022 subject; no "
 "revision id). Seen and not taken: hubbry.com's copy 'from Wikipedia' (it keeps the Telegram quotation the "
 "rendering lost, but is a copy where the original's rendering is held), grokipedia.com's page on the attack (not "
 "Wikipedia text; its licence not CC BY-SA as far as the store shows), news and the FBI's wording quoted by "
 "barks.com.",
 "US"))

# ---- California, 16 April 2013: the Metcalf substation attack; Level 3 Communications customers lose service -------
R.append(wp("wp-metcalf-sniper-attack", "Metcalf sniper attack", HELD_METCALF,
 "On April 16, 2013, an attack was carried out on Pacific Gas and Electric Company's Metcalf transmission substation "
 "in Coyote, California, near the border of San Jose. The attack, in which gunmen fired on 17 electrical "
 "transformers, resulted in more than $15 million worth of equipment damage, but it had little impact on the "
 "station's electrical power supply.\n\n"
 "On the morning of April 16, 2013, a team of gunmen, using rifles, opened fire on the Metcalf Transmission "
 "Substation, severely damaging 17 transformers.\n\n"
 "Prior to the attack, a series of fiber-optic telecommunications cables operated by AT&T were cut by the culprits. "
 "Additionally, following the attack, investigators found small piles of rocks near to where the shots had been "
 "fired, the type of formations that can be used to scout firing positions.\n\n"
 "12:58 a.m. \u2013 AT&T fiber-optic telecommunications cables were cut not far from U.S. Route 101 just outside "
 "south San Jose.\n\n"
 "1:07 a.m. \u2013 Some customers of Level 3 Communications, an Internet service provider, lost service. Cables in "
 "its vault near the Metcalf substation were also cut.\n\n"
 "1:31 a.m. \u2013 A surveillance camera pointed along a chain-link fence around the substation recorded a streak of "
 "light that investigators from the Santa Clara County Sheriff's office think was a signal from a waved flashlight. "
 "It was followed by the muzzle flash of rifles and sparks from bullets hitting the fence.",
 "energy/power-grid", ["outage"],
 "A wikipedia.org rendering of the English Wikipedia article (the older skin: 'From Wikipedia, the free "
 "encyclopedia', '[edit]' after each heading, citation markers) as the page store holds it at " + HELD_METCALF +
 ": the lead, the 'Assault' section, its 'Preparation' subsection and the first three items of 'Timeline'. Cut: the "
 "title line, the coordinates line ('Coordinates: 37\u00b013\u203214\u2033N 121\u00b044\u203238\u2033W / ...'), "
 "'From Wikipedia, the free encyclopedia', the infobox ('CCTV footage (Attacks happen at around 2:07)', 'Location "
 "Coyote, California, U.S.', 'Date April 16, 2013 (2013-04-16) 12:58 \u2013 1:50 a.m. (PDT)', 'Target PG&E Metcalf "
 "substation', 'Attack type Sabotage', 'Weapons 7.62\u00d739mm rifles'); the headings 'Assault[edit]', "
 "'Preparation[edit]', 'Timeline[edit]'; the citation markers [1][2][3], [4][5][6], [7][8]; the list bullets of the "
 "timeline (each item kept as its own paragraph, its words unchanged). The excerpt breaks off inside the fourth "
 "timeline item ('1:37 a.m. \u2013 PG&E received an alarm from motion sensors at the substation, possibly '), so the "
 "text ends after the 1:31 a.m. item (`truncated`). Kept as written: the en dashes after the times, 'Sheriff's "
 "office' (lower-case o), 'Pacific Gas and Electric Company's Metcalf transmission substation' beside 'the Metcalf "
 "Transmission Substation' (capitalised). Licence CC BY-SA 4.0: an undated rendering (no revision id; recorded 4.0 "
 "as batch 24b did for undated renderings). Seen and not taken: the same article as proxy.weglot.com's and "
 "enbaike.710302.xyz's renderings (same words; the infobox reads 'Attacks begin at around 1:54' in the latter) and "
 "wikiclassic.com's damaged copy ('on-top', 'inner', 'att&T wer', '[ tweak]'), mystery.wiki's and bloodylike.ly's "
 "retellings (not Wikipedia text).",
 "US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

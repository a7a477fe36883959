#!/usr/bin/env python3
"""Batch 37p (session 38; helper gather38p): English Wikipedia articles (CC BY-SA) on cyberattacks that took a public
service offline, the lane of batch 26f (ransomware and other attacks that stopped a named body's service) taken on
after batch 37l's Collins Aerospace text, to a national fuel-payment system and a city government:
the cyberattack of 26 October 2021 that left Iran's 4300 gas stations unable to process payments on the
government-issued cards for subsidised fuel (2021 Iranian fuel cyberattack, its lead and the start of its 'Scale and
Details' section, from en.wikipedia.org as the page store holds it); and the cyberattack on the City of St. Paul,
Minnesota, begun on 25 July 2025, that disrupted the city's internal networks, online payment portals and public
Wi-Fi, brought a full shutdown of its systems on 28 July and the activation of the Minnesota National Guard (2025
St. Paul cyberattack, its lead and the first three paragraphs of its 'Attack' section, from en.wikipedia.org).
Why two: the page store answered every other incident of the lane tried this round (city, county, state, hospital,
library, port, airport, payroll and power-utility attacks of 2018-2025) with news, blogs and vendor pages only, or
the incident is in the corpus already; see the section.
Texts are the search tool's page-store excerpts, each from the page's beginning. Edits per item in `notes`; no word
added or changed.
usage: batch37p.py [POOL_DIR] [--dry]   (default /tmp/gather38p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38p/pool"

R = []
# ---- Iran, 26 October 2021: the subsidised-fuel card system knocked out at the country's gas stations -----------
R.append(wp("wp-2021-iranian-fuel-cyberattack", "2021 Iranian fuel cyberattack",
 "https://en.wikipedia.org/wiki/2021_Iranian_fuel_cyberattack",
 "The Iranian fuel 2021 cyberstrike was an attack on the Iranian fuel system, government-issued cards used for "
 "buying subsidized fuel, and digital road billboards. The attack took place on 26 October 2021. The government "
 "announced that people had to buy gas without their ration card. According to the Supreme Council of Cyberspace, "
 "the attacks were similar to the attack on the Iranian rail road transit system in July. Iranian President Ebrahim "
 "Raisi stated, \"this cyberattack is neither the first time nor will it be the last.\"\n\n"
 "Network infrastructure is a semi-isolated system not connected to the Internet but instead uses the National "
 "Internet (National Information Network).\n\n"
 "Gholamreza Jalali, the head of Iranian civil defense, accused the United States and Israel of being behind the "
 "attack in an interview with state TV.\n\n"
 "Iran's 4300 gas stations were unable to process payments. Initially, the Ministry of Petroleum blamed a technical "
 "error, though it was later revealed to be a cyberattack. Users trying to purchase fuel at affected gas stations "
 "received a display reading \"cyberattack 64411\" which is associated with a hotline to the Ayatollah's office "
 "which responds to questions about Islamic law, though a possible connection was not commented on by official "
 "Iranian agencies. Cybersecurity industry firms noted the similarity to a 2020 rail attack in which a similar "
 "message was displayed, prompting speculation of a possible connection between the two attacks. The previous "
 "attack was attributed by security researchers at Check Point to the hacking group INDRA, which claims to be an "
 "anti-government partisan resistance group.\n\n"
 "Digital billboards in Iranian cities were seen displaying messages such as \"Khamenei! Where is our fuel?\" as "
 "news about the attack spread.",
 "energy/fuel retail", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= 2021 Iranian fuel cyberattack =', no revision id; the "
 "rendering en.wikipedia.org serves now, so CC BY-SA 4.0 is recorded, as batch 37l did for its Optus page). Cut: the title line, the infobox ('Iranian fuel 2021 "
 "cyberattack', 'Date: 26 October 2021', 'Location: Iran', 'Type: Cyberattack', 'Target: Iranian fuel distribution "
 "system') and the section heading '== Scale and Details=='. Cut at the end of the last full sentence before the "
 "excerpt breaks off inside the next ('A group called Predato', the group that claimed the attack); `truncated`. "
 "Kept as written: 'The Iranian fuel 2021 cyberstrike' (the article's own name differs from its title), 'rail road', "
 "'the Internet but instead uses the National Internet (National Information Network)', 'Iran's 4300 gas stations', "
 "'the Ayatollah's office', 'a 2020 rail attack' (the lead says the rail attack was 'in July'; both kept, no word "
 "changed). Copies seen and not taken: none; the other hits were news and forum posts (defence.pk, "
 "parliamentnews.co.uk, influensiveblog, outney.net, dailynewsbrief, 247newsagency, rocknew10).",
 "non-US"))

# ---- Saint Paul, Minnesota, 25-29 July 2025: city systems shut down after a cyberattack --------------------------
R.append(wp("wp-2025-st-paul-cyberattack", "2025 St. Paul cyberattack",
 "https://en.wikipedia.org/wiki/2025_St._Paul_cyberattack",
 "The 2025 St. Paul cyberattack was a cyberattack targeting Saint Paul, Minnesota, United States that started on "
 "July 25, 2025, which lead to the deployment of the state's National Guard due to, what officials stated, the "
 "magnitude and complexity of the attack.\n\n"
 "On July 29, 2025, the City of St. Paul faced a significant cyberattack that led to the activation of the "
 "Minnesota National Guard and a declaration of a state of emergency. The attack, which began on July 25, 2025, "
 "disrupted core city systems, including internal networks, online payment portals, and public Wi-Fi. The attack "
 "was detected as suspicious activity on July 25, 2025, which was the first signs of the attack. The attack was "
 "identified as a \"deliberate, coordinated digital attack\" by a sophisticated external actor targeting critical "
 "city infrastructure.\n\n"
 "The incident persisted through the weekend from July 25 to July 27, disrupting service operations. To prevent "
 "escalation, city officials shut down all information systems on July 27, 2025 as a defensive measure. On July 28, "
 "2025, A full shutdown of systems began, impacting Wi-Fi at City Hall and public libraries, disabling online "
 "payment tools, and suspending network access for internal department applications. Though essential emergency "
 "services, including 911 dispatch, were still completely operational.\n\n"
 "On early July 29, 2025, Mayor of St. Paul Melvin Carter publicly confirmed it was not a glitch, but a criminal "
 "cyberattack. He declared a local state of emergency empowering rapid mobilization. The city of St. Paul engaged "
 "with the Federal Bureau of Investigation to assist in containment and investigation. By late July 29, 2025, "
 "Governor of Minnesota Tim Walz issued an executive order activating the Minnesota National Guard\u2019s cyber "
 "protection assets, stating the attack exceeded the city's response capabilities. The deployment was intended to "
 "bolster response efforts and mitigate further impacts.",
 "government/IT", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= 2025 St. Paul cyberattack =', no revision id; a 2025 "
 "revision by its content, CC BY-SA 4.0). Cut: the title line and the section heading '== Attack =='. Cut at the "
 "end of the third paragraph of 'Attack', before the fourth, which the excerpt breaks off inside ('On July 3'); "
 "`truncated`. Kept as written: 'which lead to', 'due to, what officials stated, the magnitude', 'which was the "
 "first signs', 'On July 28, 2025, A full shutdown' (capital A), 'Though essential emergency services ... were "
 "still completely operational.' (a sentence fragment), 'On early July 29, 2025', the curly apostrophe of 'Minnesota "
 "National Guard\u2019s' beside the straight ones elsewhere. Copies seen and not taken: none; the other hits were "
 "news (rollingout, traitcraft, TechRepublic, devdiscourse, cybersecurityboard, shortlysts, new50.info).",
 "US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

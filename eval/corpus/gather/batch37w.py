#!/usr/bin/env python3
"""Batch 37w (session 38; helper gather38w): English Wikipedia articles (CC BY-SA) on submarine cables whose text
tells the cable's own breaks, the cable round of batch 37f taken on to cables the corpus did not yet hold as
subjects:
- Europe India Gateway (EIG), the consortium cable from the United Kingdom to India: its length and capacity, its
  two builders, its 18 investors, Ciena's upgrade of February 2020, and the cuts near Egypt of March 2013 (EIG) and
  'a few days later' (I-ME-WE and SEA-ME-WE 4, 'supposedly by divers'), from a Kiwix copy of the October 2023
  English Wikipedia dump served by iiab.me.
The page store was searched for ARCOS-1, Americas II, SAT-3/WASC, SEA-ME-WE 3/4, EASSy, I-ME-WE, SEACOM and WACS as
well; none gave a usable Wikipedia outage passage on an unused subject in the time (the section lists why).
Edits per item in `notes`; no word added or changed.
usage: batch37w.py [POOL_DIR] [--dry]   (default /tmp/gather38w/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38w/pool"

R = []
# ---- Europe India Gateway: builders, investors, an upgrade, two cuts near Egypt in 2013 -----------------------------
R.append(wp("wp-europe-india-gateway", "Europe India Gateway",
 "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/EIG_(cable_system)",
 "Europe India Gateway (EIG) is a submarine communications cable system that connects the U.K., Portugal, Gibraltar, "
 "Monaco, France, Libya, Egypt, Saudi Arabia, Djibouti, Oman, United Arab Emirates, and India.\n\n"
 "The EIG is approximately 15,000 kilometres long. It was initially designed to deliver up to 3.84 terabits per "
 "second but was upgraded in 2015 and 2020. The cable system was built by both Alcatel-Lucent and TE Subcom "
 "(formerly known as Tyco) and was scheduled to be completed in the second quarter of 2010. The cable cost $700 "
 "million to build, going live in 2011. The EIG was the first direct high-bandwidth optical fibre system from "
 "Britain to India.\n\n"
 "The investors in EIG was a consortium of 18 telecoms companies, including: AT&T; Bharti Airtel; BT Group; Cable & "
 "Wireless Worldwide; Djibouti Telecom; Emirates Integrated Telecommunications Co. (du); Gibtelecom; IAM; Libyan Post "
 "Telecommunications & Information Technology Company; Mauritius Telecom; Monaco Telecom; MTN Group; Omantel, PT "
 "Comunica\u00e7\u00f5es, S.A.; Saudi Telecom Company; Telecom Egypt; Telkom SA, and Verizon Business.\n\n"
 "In February 2020, Ciena announced it had completed a major upgrade to the cable to boost capacity for "
 "international business traffic, adding 24.3Tbit/s of information carrying capacity, with a spectral efficiency "
 "increase of 52%. The EIG can now transport up to 400Gbit/s per wavelength, driving more capacity per channel at "
 "longer distances.\n\n"
 "In March 2013, the EIG cable was cut near Egypt. A few days later the I-ME-WE and SEA-ME-WE 4 cable was also cut "
 "near Egypt, supposedly by divers.",
 "telecom/submarine-cables", ["outage"],
 "The text is the Kiwix copy of the English Wikipedia article in the 'wikipedia_en_all_maxi_2023-10' dump (October "
 "2023, after Wikimedia's June 2023 move to CC BY-SA 4.0), as iiab.me serves it under the redirect title 'EIG (cable "
 "system)'; the article's title is 'Europe India Gateway'. Cut: the title line, the infobox ('Owners: 18 companies', "
 "'Total length', 'Design capacity', 'Date of first use February 2011 (February 2011)'), the section headings "
 "('Organization and owners', 'Cable landing points', 'Outages and incidents'), the citation markers ('[1]', '[2]', "
 "'[3]', '[4]', '[10]', '[11]', '[12]'), and the sentence 'EIG has cable landing points at:[5][6]' whose list the "
 "copy does not hold (the list's items are missing in the excerpt, so the sentence would dangle). The excerpt goes "
 "on into the next paragraph of the same section ('In February 2018, The Sunday Times reported that the "
 "infrastructure for ' and breaks off there); the text ends at the end of the paragraph before it, so the cut is "
 "not at a section end; `truncated`. Kept as written: 'the U.K.', 'The investors in EIG was a consortium', 'Omantel, "
 "PT Comunica\u00e7\u00f5es, S.A.;' (a comma where the list elsewhere has semicolons), 'Telkom SA, and Verizon "
 "Business', '24.3Tbit/s' and '400Gbit/s' (no space), 'the I-ME-WE and SEA-ME-WE 4 cable was also cut' (singular). "
 "Copies seen and not taken: wikimili.com's copy of a later revision (adds Bharat Sanchar Nigam Limited to the "
 "investors; '13 years ago' in the infobox) and a copy at a bare IP address (70.231.62.181, a MediaWiki mirror of "
 "unknown standing, with the investors' list cut to 'including.'); de.knowledgr.com (a German machine translation).",
 "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

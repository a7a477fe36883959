#!/usr/bin/env python3
"""Batch 25b (session 26, this session's out-of-sample check; helper gather26b): English Wikipedia articles (CC BY-SA)
told as news — outages (Tokyo's blackout of 14-15 August 2006 after a construction firm's crane ship struck
transmission towers; the internet outage in West Africa of March 2024 with the cable operator MainOne and the mobile
operators hit; Chile's blackout of 14 March 2010 with the metro stopped), company relations (Digicel: its founder and
owner, two acquisitions, an operations purchase and a minister's ruling), leadership outside the US (Piyush Gupta:
DBS Group's chief executive and his earlier Citibank and Citigroup posts). Wikinews was left to helper gather26a
(batch 25a).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch25b.py [POOL_DIR] [--dry]   (default /tmp/gather26b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import EDITS, record

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather26b/pool"
LIC4 = "CC BY-SA 4.0 (English Wikipedia text)"
LIC3 = "CC BY-SA 3.0 (English Wikipedia text)"


def wp(id, title, held, text, sector, topics, notes, region, v3=False, copy_of="the Wikipedia article",
       site="English Wikipedia", base="https://en.wikipedia.org/wiki/"):
    """A Wikipedia article as the page store holds it at `held` (wikimedia.record); `v3` for a copy the text dates
    before Wikimedia's June 2023 move to CC BY-SA 4.0 (as batch 24b's helper)."""
    url = base + title.replace(" ", "_")
    lic = (LIC3 if v3 else LIC4).replace("English Wikipedia", site)
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region, licence=lic,
                  version="3.0" if v3 else "4.0", copy_of=copy_of, site=site)


R = []
# ---- outages ----------------------------------------------------------------------------------------------------
R.append(wp("wp-august-2006-tokyo-blackout", "August 2006 Tokyo blackout",
 "https://en.wikipedia.org/wiki/August_2006_Tokyo_blackout",
 "On 14–15 August 2006, a major blackout occurred in the Tokyo metropolitan area, impacting 1.39 million households "
 "and multiple train lines in eastern Tokyo. It lasted from 7:38 to 0:54 JST. The blackout began when the boom of a "
 "crane ship owned by Mikuniya Construction crashed into the Koto Line 78 and 79 towers that ran across the Edo river, "
 "damaging electrical wires.\n\n"
 "On August 14, 2006, a crane ship owned by Mikuniya Construction was sailing near the border between Urayasu City in "
 "Chiba Prefecture and Edogawa ward in Tokyo on the Edogawa River. The ship's boom crashed in between the Koto Line 78 "
 "and 79 electrical power transmission towers at around 7:38JST. Transmission between the two towers (the 275kV Koto "
 "Lines No. 1 and 2) was interrupted and disconnected, resulting in a power outage at all three substations in the "
 "Katsushika, Setagaya, and Edogawa wards of Tokyo.\n\n"
 "The Edogawa substation was restored at 7:46 by grid switching, but at 7:58, the Shinagawa Thermal Power Plant, which "
 "had been isolated from the grid, automatically shut down due to an increase in demand resulting from a lack of "
 "supply capacity. Owing to this, the Koto ward and Jonan District substations completely lost power.\n\n"
 "The outage was exacerbated by the substantial quantity of major companies that were on summer vacation at the "
 "time.\n\n"
 "During the blackout, electricity demand was lower than usual even though it was a weekday (Monday). At 9:55, "
 "approximately 1 hour and 17 minutes later, all but two customers who were receiving high-voltage power had their "
 "power restored, and the remaining two customers' power was fully restored at 10:44, forty-nine minutes later.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= August 2006 Tokyo blackout =' title line): the "
 "infobox lines (date '14–15 August 2006', time '7:38-0:54 JST', duration, location, cause 'A ship crash into Koto "
 "electrical Line 78', deaths, injuries) cut with the infobox as every Wikipedia text of the corpus, and the heading "
 "'Incident' cut; kept as written: '7:38JST' (no space) and 'the substantial quantity of major companies'; cut after "
 "'forty-nine minutes later.', before 'Afterwards, restoration work ', where the excerpt breaks off (`truncated`). "
 "Undated rendering: recorded 4.0. The utility whose lines failed is not named in the excerpt (news copies name "
 "Tokyo Electric Power; not used). Mikuniya, Koto, Edogawa, Urayasu, Shinagawa, Tokyo Electric/TEPCO: 0 in "
 "train/dev/test.", "non-US"))

R.append(wp("wp-2024-internet-outage-in-africa", "2024 Internet outage in Africa",
 "https://en.wikipedia.org/wiki/2024_Internet_outage_in_Africa",
 "On March 13, 2024 damage to underwater fibre optic cables caused an internet outage in major parts of Africa "
 "especially in West Africa with Ivory Coast, Liberia, Nigeria and Ghana the worst affected countries.\n\n"
 "According to data center and connectivity provider MainOne, the internet outage that hit West and Central Africa "
 "earlier in that week (from March 12, 2024) was caused by a break in its submarine cable system.\n\n"
 "The West Africa Cable System (WACS), the Africa Coast to Europe (ACE), SAT-3 and MainOne were among the system "
 "cables affected in Thursday’s outage.\n\n"
 "In Ghana, the subscribers of MTN Ghana and Telecel Ghana were the most affected.",
 "telecoms / internet", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2024 Internet outage in Africa =' title line); "
 "the excerpt ends after 'were the most affected.' (`truncated`: the article may continue; the excerpt gives no "
 "more). Kept as written: 'On March 13, 2024 damage' (no comma) and the three dates the text gives (13 March; "
 "'from March 12, 2024'; 'Thursday’s outage'). Undated rendering (2024 content): recorded 4.0. MainOne, Equinix, "
 "WACS, Telecel, MTN Ghana: 0 in train/dev/test (MTN Group: one train file, another topic).", "non-US"))

R.append(wp("wp-2010-chile-blackout", "2010 Chile blackout", "https://en.wikipedia.org/wiki/2010_Chile_blackout",
 "The 2010 Chile blackout was an electric power outage that affected most of Chile on March 14, 2010. It began at "
 "8:44 pm (23:44 GMT) on Sunday and continued into the next day. The power was restored in a few hours in some areas, "
 "and by midnight in most areas, except in the Biobío Region.\n\n"
 "The blackout was caused by a failure of a 500 kV transformer at a substation in southern Chile that is part of the "
 "Central Interconnected System (SIC). The affected transformer is located around 700 km south of the capital, "
 "Santiago. The SIC serves about 93% of the country's population, from Taltal in the north to the Chiloé Island in "
 "the south, including Santiago. At one point Santiago was receiving only 8% of the electricity normally required.\n\n"
 "The blackout interrupted a music concert being held to raise funds for the survivors of the earthquake that had "
 "devastated the country two weeks earlier. In addition, thousands of people had to be rescued from the Santiago "
 "Metro after 20 trains were immobilised and the telephone network was also affected. The fire brigade had to free "
 "several people trapped in elevators.\n\n"
 "The blackout affected 90% of the population and electric service began to be restored after an hour. Around 98% of "
 "people affected had service restored by March 15, 2010. The blackout caused the share price of the Enersis mining "
 "group to fall by 1% to a three-month low, although loss of production was minimal there and at other mining "
 "companies in the country because of backup generators.\n\n"
 "President Sebastián Piñera blamed the power failure on the recent earthquake and said the SIC would remain unstable "
 "for a week. Other officials stated that the outage was not directly related to the earthquake. The energy minister, "
 "Ricardo Raineri, said that the electric transmission grid remains in a fragile state and asked Chileans to restrict "
 "their use of electricity.",
 "electricity / grid", ["outage"],
 "The article as en.wikipedia.org renders it in the page store ('= 2010 Chile blackout =' title line); cut after "
 "'restrict their use of electricity.', before 'Raineri stated that during the earthquake the \"electricity network "
 "suffered various damage', where the excerpt breaks off (`truncated`). Kept as written: 'the Enersis mining group'. "
 "Undated rendering: recorded 4.0. No operator is named (the SIC is the grid). Charrúa/Transelec (not in the text), "
 "Enersis, Raineri, Piñera, Biobío, Taltal, Chiloé: 0 in train/dev/test; Chile: two train files, Santiago: one (other "
 "topics).", "non-US"))

# ---- company relations and leadership -----------------------------------------------------------------------------
R.append(wp("wp-digicel", "Digicel", "https://en.wikipedia-on-ipfs.org/wiki/Digicel",
 "Digicel is a Caribbean mobile phone network and home entertainment provider operating in 33 markets across the "
 "Caribbean, Central America, and Oceania regions. The company is owned by Irish businessman Denis O'Brien, is "
 "incorporated in Bermuda, and is headquartered in Jamaica.\n\n"
 "Digicel has operated in several countries, including Fiji, Haiti, Trinidad and Tobago, St. Lucia and Jamaica.\n\n"
 "Digicel was founded in 2001 by Irish entrepreneur Denis O'Brien. The company launched in April 2001 in Jamaica. In "
 "March 2003, Digicel expanded to St. Lucia and St. Vincent. In 2005, Digicel purchased Cingular Wireless' Caribbean "
 "and Bermuda operations.\n\n"
 "In May 2006, Digicel began operations in Haiti. Between 2006 and 2008, Digicel expanded into the Central American "
 "mainland, as well as the Pacific. In September 2006, it acquired an unrelated mobile phone provider Digicel Holdings "
 "in El Salvador.\n\n"
 "In 2007, Digicel acquired U*Mobile in Guyana, and launched in Suriname in December.\n\n"
 "In April 2002, Digicel received permission from Jamaica's then-minister of industry, commerce and technology, "
 "Phillip Paulwell, to disregard the interconnectivity fee ceiling issued by the Offices of Utilities Regulation (OUR). "
 "Following a judicial review, it was determined that Paulwell did not have the power to make this decision. Digicel "
 "appealed the ruling to the Jamaican Supreme Court in 2003 and won. OUR appealed the decision to the appellate court, "
 "which ruled Paulwell's decision was outside his powers and OUR didn't have to comply with Paulwell's directive.",
 "telecoms", ["deal", "leadership"],
 "The article as en.wikipedia-on-ipfs.org (the IPFS mirror of English Wikipedia, an older snapshot) holds it: the "
 "infobox lines (type, industry, founded, founder, headquarters, area served, key people 'Denis O'Brien (Executive "
 "Chairman & Interim CEO)', products, revenue, employees, subsidiaries, website), an image caption ('A Digicel "
 "storefront in Castries, Saint Lucia, in 2012') and the headings ('History', 'OUR court rulings') cut; cut after "
 "'comply with Paulwell's directive.', before 'Digicel appealed to the Privy Council, Jamaica's final court of appeal, "
 "which up', where the excerpt breaks off (`truncated`). The snapshot's content runs to about 2019 ('33 markets'; "
 "the infobox's 2018 staff count): recorded 3.0. A newer copy (wikizero.net: '25 markets', a 2024 take-over) exists; "
 "the IPFS mirror's text was used. Digicel, Paulwell, U*Mobile: 0 in train/dev/test; Denis O'Brien: two train files "
 "(Irish media and Siteserv topics, not Digicel); Cingular: other events.", "non-US", v3=True,
 copy_of="the Wikipedia article, an older snapshot on the IPFS mirror"))

R.append(wp("wp-piyush-gupta", "Piyush Gupta", "https://www.hubbry.com/Piyush_Gupta",
 "Piyush Gupta BBM (born 24 January 1960) is a Singaporean banker and the chief executive officer (CEO) of DBS Group "
 "between 2009 and 2025. He is vice-chairman of the Institute of International Finance since 2013, and a board member "
 "of Enterprise Singapore since 2024.\n\n"
 "Gupta was one of three children, born in Meerut, India, to R.S. Gupta and Minnie Gupta. He attended St. Columba's "
 "High School and later earned a bachelor's degree in economics from St. Stephen's College, Delhi. After graduating, "
 "he joined the Indian Institute of Management, Ahmedabad for a Post Graduate Diploma in Management.\n\n"
 "In 1982 and at the age of 22, Gupta started his career at Citibank India as a management trainee. He did several "
 "assignments with Citibank India, eventually being the chief-of-staff to the India head. He moved to Singapore in "
 "1991 as the chief-of-staff to the Asia head, and was posted to Indonesia in 1998, as country manager. In 2000, he "
 "left Citigroup to start up a dot-com company, but closed his venture and re-joined Citigroup in 2001. Gupta was "
 "country officer in Malaysia from 2002 to 2007, where he helped built up Citigroup's branch network, before assuming "
 "the role of country officer in Singapore and the head of the Corporate and Investment Bank in ASEAN. In 2008, Gupta "
 "was appointed the CEO of Citibank in South East Asia, Australia and New Zealand.\n\n"
 "In 2009, he left Citigroup to join DBS Group as the CEO. As CEO, he received various business awards, and has been "
 "credited with growing DBS to become a leading Asian financial services group.",
 "banking", ["leadership"],
 "The article as hubbry.com (a 'community hub' page 'from Wikipedia', as batch 24b's Millicom and Ladbrokes Coral "
 "texts) holds it: the hub's header lines ('Hubbry Logo', page name, 'Community hub', '8 pages, 0 posts', "
 "subscribers, discussion prompts, 'from Wikipedia'), 'Key Information', the headings ('Early life and education', "
 "'Professional career', 'Career') with their '[edit]' links and citation markers cut; the Hindi name in the "
 "bracket after 'Piyush Gupta BBM' cut ('Hindi: ... ;', as batch 24b cut the Korean name after 'Krafton Inc.'), "
 "'(born 24 January 1960)' kept; kept as written: 'is vice-chairman ... since 2013' and 'helped built up'; cut after "
 "'a leading Asian financial services group.', before 'Early on in 2013, Gupta a', where the excerpt breaks off "
 "(`truncated`). Content runs to 2025: recorded 4.0. Doubtful: no revision id; hubbry.com's own terms were not found "
 "in the page store. Piyush Gupta, DBS, Enterprise Singapore, Institute of International Finance: 0 in "
 "train/dev/test (Citigroup, Citibank: other events).", "non-US",
 copy_of="the Wikipedia article, via hubbry.com"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

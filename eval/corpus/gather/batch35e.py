#!/usr/bin/env python3
"""Batch 35e (session 36; helper gather36e): English Wikipedia articles (CC BY-SA) on submarine telecommunication
cables outside the US and UK whose articles tell the cable's outages, and one whose article tells only a feared one:
the cable from Fiji to Tonga, broken on 20 January 2019 and again by the 2022 eruption of Hunga Tonga-Hunga Ha'apai
(Tonga Cable System); the cable from Portugal and Spain along West Africa to South Africa, with about seven days
without internet access in parts of central Africa in November 2007 (SAT-3/WASC); and Vanuatu's cable to Fiji,
whose owner plans two more cables as back-up 'in case of a disruption' (Interchange Cable Network; a near-miss, no
outage told); and the cable from Canada to Europe with branches to Iceland and the Faroes, whose damage on 17 December
2006 cut Iceland's universities and hospitals off until it was fully restored on 29 July 2007 (CANTAT-3, an old
revision held by a static Wikipedia mirror).
Why cable articles: the national blackouts, shutdowns and company outages of this lane that the page store holds as
English Wikipedia text are nearly all in the corpus already, and the rest came back as news only (see the section);
articles on pieces of infrastructure (cables, power stations) are held as en.wikipedia.org renderings and some of
them tell the outages of the thing they describe.
Texts are the search tool's page-store excerpts, each from the page's beginning; the en.wikipedia.org rendering
('= Title =' format, infobox as a list, no citation markers) unless the item's notes say otherwise. Edits per item
in `notes`; no word added or changed.
usage: batch35e.py [POOL_DIR] [--dry]   (default /tmp/gather36e/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36e/pool"

R = []
# ---- Tonga: one cable to Fiji, two breaks ------------------------------------------------------------------------
R.append(wp("wp-tonga-cable-system", "Tonga Cable System",
 "https://en.wikipedia.org/wiki/Tonga_Cable_System",
 "Tonga Cable System is a submarine fiber-optic cable system connecting Tonga with Fiji, where it connects to other "
 "international networks. It is 827 km long and was activated in 2013. It has cable landing points at Sopu, a suburb "
 "of Nuku\u02bbalofa in Tonga, and Suva, Fiji. The project was funded by Asian Development Bank and the World Bank.\n\n"
 "An extension of the cable to Ha\u02bbapai and Vava\u02bbu was commissioned in April 2018.\n\n"
 "On 20 January 2019, the cable broke and disrupted Internet services to Tonga. Satellite communications were used "
 "as a backup.\n\n"
 "Three years later, the 2022 Hunga Tonga\u2013Hunga Ha'apai eruption disrupted it again. A specialist repair ship "
 "from SubCom could take days to get to the fault site, as it was deployed from Port Moresby in Papua New Guinea. It "
 "was expected to take at least two weeks to repair the system, assuming no new eruption affected the zone. Repair "
 "of the cable to Nuku\u02bbalofa, of which 55 kilometres had disappeared, presumed buried by an underwater "
 "avalanche, was completed on 21 February, with testing and recommissioning expected within 24 hours. The extension "
 "from Nuku\u02bbalofa to Ha\u02bbapai and Vava\u02bbu remained damaged.",
 "telecom/submarine-cables", ["outage"],
 "The en.wikipedia.org rendering in the page store: the title line, the infobox ('Founded: Construction began "
 "2012', 'Area Served: Tonga & Fiji', 'Owner: Tonga Cable Limited (TCL)', 'Homepage') and the heading '==History==' "
 "cut; the excerpt ends with the History section, so the text is the whole body as held (nothing after it was "
 "seen; `truncated` false). Kept as written: 'fiber-optic', the okina in Nuku\u02bbalofa, Ha\u02bbapai and "
 "Vava\u02bbu, the straight apostrophe and en dash of 'Hunga Tonga\u2013Hunga Ha'apai', 'funded by Asian "
 "Development Bank' without an article, 'completed on 21 February' with no year. The owner, Tonga Cable Limited, "
 "is named only in the cut infobox, so the text names no operator. Copies seen and not taken: two wikiless.lunar.icu "
 "renderings of older revisions (oldid 1066369097 and 1066656366, 18 January 2022, before the repair sentences were "
 "written) and an akarinohon.com proxy of the page (menus and citation markers).",
 "non-US")); R[-1]["truncated"] = False

# ---- SAT-3/WASC: West Africa's first cable to Europe -------------------------------------------------------------
R.append(wp("wp-sat-3-wasc", "SAT-3/WASC",
 "https://en.wikipedia.org/wiki/SAT-3/WASC",
 "SAT-3/WASC or South Atlantic 3/West Africa Submarine Cable is a submarine communications cable linking Portugal "
 "and Spain to South Africa, with connections to several West African countries along the route.\n\n"
 "It forms part of the SAT-3/WASC/SAFE cable system, where the SAFE cable links South Africa to Asia. The "
 "SAT-3/WASC/SAFE system provides a path between Asia and Europe for telecommunications traffic that is an "
 "alternative to the cable routes that pass through the Middle East, such as SEA-ME-WE 3 and FLAG. SAT-3 has a "
 "capacity of 340 Gbit/s while SAFE has a capacity of 440 Gbit/s. The SAT-3 system together with SAFE was built by a "
 "consortium of operators .\n\n"
 "SAT-3/WASC/SAFE began operations in 2001, providing the first links to Europe for West African internet users and, "
 "for South Africans, taking up service from SAT-2 which was reaching maximum capacity. SAT-2 had been brought into "
 "service in the early 1990s as a replacement for the original undersea cable SAT-1 which was constructed in the "
 "1960s.\n\n"
 "In November 2007, no internet access was available through SAT-3 for about seven days in parts of central Africa. "
 "A government official from Cameroon blamed a technical failure at the underwater SAT-3 high sea fibre optic "
 "terminal, about forty kilometres from Douala. Many ISPs in Cameroon had transitioned their connections from "
 "independent satellite connections to SAT-3 in mid-2007 creating serious communication difficulties during the "
 "seven days.",
 "telecom/submarine-cables", ["outage"],
 "The en.wikipedia.org rendering in the page store ('= SAT-3/WASC =', a current revision with the heading '== "
 "History =='): the title line, the infobox (owners 'Telkom Group (13%), France Telecom (12.08%), Nitel (8.39%), "
 "AT&T (12.42%), and VSNL (8.93%)', landing points, length, capacity) and the heading '== History ==' cut. That "
 "excerpt breaks off inside the November 2007 paragraph ('Many ISPs in C'); the paragraph's last sentence ('Many "
 "ISPs in Cameroon had transitioned ... during the seven days.') is taken from a copy of the same article served "
 "through a movatter.jp proxy (http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fwikipedia.org%2Fwiki%2FSAT-3%2FWASC), "
 "whose wording up to that point matches the en.wikipedia.org excerpt word for word (the proxy loses the spaces "
 "before linked words elsewhere, e.g. 'linkingPortugal andSpain', but not in that sentence). Cut at the end of the "
 "November 2007 paragraph, before the paragraph on the cable damage of late July 2009 in Benin, Togo, Niger and "
 "Nigeria, which the proxy copy breaks off inside ('Togo and Niger were \"completely offline\" an'; `truncated`). "
 "Kept as written: 'consortium of operators .' with its space before the full stop, 'SAT-3 has a capacity of 340 "
 "Gbit/s', 'high sea fibre optic terminal', 'in mid-2007 creating' without a comma. The owners are named only in "
 "the cut infobox. Copies seen and not taken: wikimili.com (the same text with citation markers, breaking off at "
 "'Many ISPs in Cameroon had tra'), piglix.com and an older en.wikipedia.org rendering (a 2006-era version on "
 "bandwidth prices and landing points, no outage).",
 "non-US"))
R[-1]["attribution"] += ("; the last sentence of the November 2007 paragraph as held at http://movatter.jp/mt/?dark=on&url="
                         "https%3A%2F%2Fwikipedia.org%2Fwiki%2FSAT-3%2FWASC (a proxy copy of the same article)")

# ---- CANTAT-3: Iceland's older cable, out for seven months ------------------------------------------------------
R.append(wp("wp-cantat-3", "CANTAT-3",
 "http://the-uncensored-wiki.com:20082/articles/c/a/n/CANTAT-3_2c93.html",
 "CANTAT-3 is the third Canadian transatlantic telephone cable, in operation from 1994, initially carrying 3 x 2.5 "
 "Gbit/s between Canada and Europe. It branches to both Iceland and the Faroe Islands.\n\n"
 "On December 17, 2006, CANTAT-3 services came to a sudden halt due to damage to the submarine cable, disrupting "
 "service to hundreds of thousands of people connecting via internet and media providers (S\u00edminn, Vodafone and "
 "Hive). Most notable effects of the event was a temporary shut-down of data-communications by Iceland's "
 "universities and hospitals which rely exclusively on CANTAT-3's services. Although it was predicted that a full "
 "recovery of the cable would take ten days, starting from midnight January 13th 2007, it actually took until July "
 "29th, 2007 before it was fully restored. During those days the Icelandic universities and hospitals in Akureyri, "
 "Reykjav\u00edk relied on emergency connectivity obtained via local internet providers Siminn and Vodafone. The "
 "Icelandic government decided not to buy extra bandwidth for the university network through the functioning "
 "FARICE-1 cable, despite being a large shareholder in FARICE-1.\n\n"
 "Landing points are:\n"
 "- Pennant Point , Nova Scotia Canada\n"
 "- Vestmannaeyjar, Iceland\n"
 "- Tj\u00f8rnuv\u00edk, Faroe Islands\n"
 "- Redcar, England, UK\n"
 "- Blaabjerg, Denmark\n"
 "- Sylt, Germany\n\n"
 "CANTAT-3 is operated by India's Teleglobe.",
 "telecom/submarine-cables", ["outage"],
 "An old revision of the English Wikipedia article as a static mirror holds it (the-uncensored-wiki.com, a "
 "'From Wikipedia, the free encyclopedia' dump with '[edit]' section links; the text says the cable 'is' in "
 "operation and 'is operated by India's Teleglobe', and knows the repair of 29 July 2007 but not the cable's "
 "retirement in 2010, so it dates from 2007-2010: CC BY-SA 3.0, the licence Wikimedia's 2009 relicensing gave "
 "such revisions; revision id not shown). Cut: the title line and 'From Wikipedia, the free encyclopedia', two "
 "'[citation needed]' markers, and the closing '[edit] References' and '[edit] See also' lines with the one "
 "see-also item (a 2004 oceanographic paper with the cable route); the landing points kept as the mirror's list "
 "lines ('- ...'). Kept as written: 'Most notable effects of the event was', 'data-communications', 'starting from "
 "midnight January 13th 2007' without a comma, 'Akureyri, Reykjav\u00edk' without 'and', 'S\u00edminn' with its "
 "accent and later 'Siminn' without it, 'Pennant Point , Nova Scotia Canada' with its space before the comma. The "
 "whole body as held (`truncated` false). Not taken: the current en.wikipedia.org rendering ('= CANTAT-3 =', "
 "'was ... in regular operation from 1994 to 2010', now operated by F\u00f8roya Tele, with a History section "
 "on its construction), whose page-store excerpt breaks off inside the December 2006 paragraph ('resulting in "
 "degradation of s'), and the wikimili.com copy of it, which breaks off a sentence later ('by Ic'); Icelandic "
 "news (mbl.is, visir.is, hugi.is) and a NANOG thread.",
 "non-US", v3=True)); R[-1]["truncated"] = False

# ---- Vanuatu: one cable, back-up planned 'in case of a disruption' (near-miss) -----------------------------------
R.append(wp("wp-interchange-cable-network", "Interchange Cable Network",
 "https://en.wikipedia.org/wiki/Interchange_Cable_Network",
 "The Interchange Cable Network is a series of subsea fiber optic cables owned by Vanuatu-based company Interchange "
 "Limited. The first cable, ICN1 (Interchange Cable Network 1) links Fiji to Vanuatu and has been in service since 15 "
 "January 2014.\n\n"
 "The cable landing points are:\n"
 "- Blacksands Beach, Port Vila, Efate, Vanuatu\n"
 "- Suva, Fiji\n\n"
 "Alcatel Subsea Cable Vessel \u201cIsle De Re\u201d commenced cable laying on 10 November 2013 at the Fijian end of "
 "the cable. The cable arrived in Port Vila on 25 November 2013, 3 days ahead of schedule. This cable provides 20 "
 "Gbit/s, which is more than 200 times the previous capacity of Vanuatu's satellite system.\n\n"
 "Two more cables are planned that will provide back-up to the Interchange Cable Network in case of a disruption. "
 "ICN2 (Interchange Cable Network 2) will link Port Vila with Honiara, Solomon Islands, and ICN3 will link the "
 "Vanuatu island Tanna with Noumea, New Caledonia. A spur is planned to connect ICN2 with Vanuatu's largest island "
 "by land area, Espiritu Santo.",
 "telecom/submarine-cables", ["outage"],
 "The en.wikipedia.org rendering in the page store: the title line and the infobox ('Cable Name: Interchange "
 "Cable', type, status, construction 2013-2014, capacity, 'Built By: Alcatel-Lucent', 'Area Served: Vanuatu', "
 "'Owner: Interchange Limited', homepage) cut; the two landing points kept as the page store's list lines ('- ...'). "
 "The excerpt is the whole body as held (it ends after the paragraph on ICN2 and ICN3; `truncated` false). Kept as "
 "written: 'fiber optic', 'ICN1 (Interchange Cable Network 1) links' without a comma, the curly quotation marks "
 "around 'Isle De Re', '3 days ahead of schedule', 'back-up'. A near-miss for the outage lane: the article tells no "
 "outage, only back-up cables planned 'in case of a disruption'. Copies seen and not taken: "
 "everything.explained.today (the same text with reference notes); Interchange's own pages and a Telco2 wiki page "
 "(not Wikipedia text).",
 "non-US")); R[-1]["truncated"] = False


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

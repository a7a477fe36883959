#!/usr/bin/env python3
"""Batch 33d (session 34; helper gather34d): deals, joint ventures, subsidiaries and changes of owner told as company
stories, round 6 of batch 27d's lane after batches 32d, 32j and 32n — English Wikipedia articles (CC BY-SA) on one
company each, in sectors the lane had taken least and outside the US: a Swedish drugmaker's owners from its founding
to its merger with Zeneca (Astra AB); a Mexican bank group bought by Citigroup, its founding merger, a purchase and its
nationalisation (Grupo Financiero Banamex); a French domestic airline with rail, airline and private shareholders,
folded into the Air France group and absorbed into Air France (Air Inter); a Swedish insurer with a US arm sold to
Prudential Financial, an internet bank and its purchase by Old Mutual (Skandia); a British medicines maker, its founder,
the financier who took control and its purchases of brands (Beecham Group); a Swedish drugmaker, its founder, chief
executive and research head, and its biotech unit's purchase (Pharmacia); Singapore's national shipping line, its
consortium partners, its purchase of APL and its sale to CMA CGM (Neptune Orient Lines); an Australian miner, its
businesses, its board and its takeover by BHP Billiton (WMC Resources).
Texts are the search tool's page-store excerpts (never a whole page), each cut at a section end or at the last full
sentence before its excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch33d.py [POOL_DIR] [--dry]   (default /tmp/gather34d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather34d/pool"

CHECKED = ("0 in the train/dev/test texts (test by script count only), GATHERING.md, the gather scripts on main and "
           "the session-34 pools as they stood")

R = []
# ---- pharmaceuticals: Astra AB, from its founding (1913) to the merger with Zeneca (1999) ---------------------------
R.append(wp("wp-astra-ab", "Astra AB", "https://en.wikipedia.org/wiki/Astra_AB",
 "Astra AB was a former international pharmaceutical company headquartered in Södertälje, Sweden. Astra was formed in "
 "1913 and merged with the British Zeneca Group in 1999 to form AstraZeneca. Zeneca shareholders received 53.5% of the "
 "shares, while Astra shareholders received the remaining 46.5%. Product development was focused on therapeutics for "
 "gastrointestinal, cardiovascular and respiratory disorders and pain control. At the time of the merger, Astra was "
 "the largest Swedish pharmaceutical company. Astra also operated Astra Tech, a medical devices company, and marketed "
 "pharmaceuticals outside their primary development area, including anti-infective agents.\n\n"
 "The issue of domestic industrial production of pharmaceuticals in Sweden, as opposed to manual preparations by "
 "pharmacists, had been discussed among Swedish pharmacists since mid-1890s. At this time, German and Swiss "
 "pharmaceutical companies dominated the Swedish market. For a long time, this never led to more than discussions, "
 "but in 1913 Astra was founded in Södertälje, and plans to produce some 40 pharmaceutical preparations were already "
 "drawn up. Pharmacist Knut Sjöberg became the first CEO of the company.\n\n"
 "In 1918, dye-producer AB Svensk färgämnesindustri (ASF) bought Astra. ASF planned to create a large Swedish chemical "
 "group rivaling those in continental Europe. However, ASF was unsuccessful, and the company soon had large financial "
 "problems and was liquidated in 1920. Astra was bailed out and acquired by the Swedish government through its "
 "monopoly liquor-producing company Vin- & Spritcentralen, with the intention to form a national monopoly for "
 "pharmaceutical production. These plans met with resistance, and therefore a Swedish merchant, Erik Kistner, formed "
 "a consortium which bought debt-ridden Astra back from the government for a symbolic price of one krona.",
 "pharmaceuticals", ["deal", "leadership"],
 "The current article as en.wikipedia.org renders it in the page store: the title line '= Astra AB =' and the heading "
 "'==History==' cut (no infobox lines in the excerpt); kept as written: 'was a former international pharmaceutical "
 "company', 'since mid-1890s', 'rivaling', 'outside their primary development area'; cut after 'a symbolic price of "
 "one krona.', before 'The consortium included banker Jacob Wallenberg, and the Wallenberg family since continued to "
 "have a stake in the', where the excerpt breaks off (`truncated`; the Wallenberg sentence is lost with it). The "
 "current rendering (the '= Title =' form of the page store's current pages; an older mini copy on "
 "encyclopedia.datana.cloud, 2024-04, lacks the share-split sentence): recorded 4.0; doubtful: no revision id. Astra "
 "AB, Astra Tech, Knut Sjöberg, Svensk färgämnesindustri, Vin- & Spritcentralen, Erik Kistner, Södertälje: " + CHECKED +
 "; AstraZeneca and Zeneca are named in other corpus texts (the Pfizer bid hearings, Syngenta's units) and batch 32n "
 "dropped 'Zeneca/ICI' as an earlier subject: this text's subject is Astra's own owners before the merger, which no "
 "corpus text tells (the merger is one sentence here). company-histories.com, a German date page, a Telugu news page, "
 "EPFL graphsearch's AstraZeneca page and a business-history blog were looked at and not used.", "non-US"))

# ---- banking: Grupo Financiero Banamex, bought by Citigroup (2001) --------------------------------------------------
R.append(wp("wp-grupo-financiero-banamex", "Grupo Financiero Banamex", "http://piglix.com/piglix/Grupo_Financiero_Banamex",
 "Grupo Financiero Banamex S.A. de C.V. has its origins and is the owner of the Banco Nacional de México or "
 "Citibanamex (formerly Banamex). It is Mexico's second largest bank behind BBVA Bancomer. The Banamex Financial Group "
 "was purchased by Citigroup in August 2001 for $12.5 billion USD. It continues to operate as a Citigroup subsidiary.\n\n"
 "Banamex was formed on 2 June 1884 from the merger of two banks, Banco Nacional Mexicano and Banco Mercantil "
 "Mexicano, which had operated since the beginning of 1882. The newly founded bank had branches in Mérida, Veracruz, "
 "Puebla, Guanajuato and San Luis Potosí, and opened a branch in Guadalajara. The bank was reorganized in 1926, "
 "becoming a financing bank and establishing the first agency of a Latin American bank in New York City.\n\n"
 "Banamex gradually introduced several financial product innovations to the Mexican market including savings "
 "accounts (in 1929), personal credit lines (in 1958), credit cards (in 1968), and ATM banking (in 1972). In 1981, "
 "Banamex acquired the California Commerce Bank.\n\n"
 "In the midst of a severe economic crisis (1982), President José López Portillo announced a major devaluation of the "
 "peso and nationalized all private banks in Mexico. For the next nine years Banamex operated as a government owned "
 "national credit association. In 1991, Banamex was reprivatized and it established Grupo Financiero Banamex–Accival "
 "with the investment bank Acciones y Valores de México (Accival).",
 "banking", ["deal", "leadership"],
 "The article as piglix.com renders it in the page store (piglix.com/piglix/..., a copy site used by many earlier "
 "batches): the infobox lines (name 'Citibanamex', 'Subsidiary', industry, predecessor 'Grupo Financiero Banamex "
 "Accival', founded, headquarters, key people 'Manuel Medina-Mora Escalante (Chairman of the Board) Ernesto Torres "
 "Cantú (CEO)', products, revenue, assets, employees, parent 'Citigroup', website) cut with their people; kept as "
 "written: 'has its origins and is the owner of', '$12.5 billion USD', 'reorganized', 'a government owned national "
 "credit association', 'Grupo Financiero Banamex–Accival' (an en dash); cut after '(Accival).', before 'For the next "
 "four yea', where the excerpt breaks off (`truncated`). Content of about 2016-2017 (the 'Citibanamex' name, adopted "
 "2016; figures of 2010-2012): recorded 3.0; doubtful: no revision date. Banamex, Citibanamex, Accival, California "
 "Commerce Bank, Bancomer, López Portillo: " + CHECKED + "; Citigroup is named in other corpus texts (other events). "
 "A kiwix copy of 2020-06 (kiwix.casplantje.nl; its excerpt breaks off before the Accival sentence), theinfolist's "
 "gloss-filled copies, a Mexican loans site's rewrite, padeye.news and bullfrag news on the 2021 exit were looked at "
 "and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a site reproducing Wikipedia articles"))

# ---- airlines: Air Inter, folded into the Air France group (1990) and absorbed into Air France (1997) ---------------
R.append(wp("wp-air-inter", "Air Inter", "https://review.clateway.com/wiki/view_html.php?lang=en&q=Air_Inter&sq=Google",
 "Air Inter (legally Lignes Aériennes Intérieures) was a semi-public French domestic airline in France that operated "
 "from 1954 until it merged with Air France in 1997. It was last headquartered in Paray-Vieille-Poste, Essonne. "
 "Earlier in its life, it was headquartered in the 1st arrondissement of Paris.\n\n"
 "Air Inter was incorporated on 12 November 1954. It operated its first commercial flight between Paris and "
 "Strasbourg on 16 March 1958. However, it was 1960 when the airline started regular commercial services.\n\n"
 "The company established its operational and engineering base at Paris-Orly Airport, where its flights were "
 "concentrated at Orly Ouest, Orly Airport's West Terminal.\n\n"
 "Air Inter was founded as a semi-public entity to provide efficient domestic air transport at the lowest cost. Its "
 "financial backers included French public and private sector transport businesses in road, rail and air transport, "
 "as well as banks.\n\n"
 "Air France and Société Nationale des Chemins de Fer Français (SNCF), the state railway company, were Air Inter's two "
 "largest public sector shareholders, each holding 25% in the airline. Union des Transports Aériens (UTA) was its "
 "largest private sector investor. UTA initially held a 15% minority stake in Air Inter. UTA subsequently increased "
 "its shareholding to 36%, becoming the largest single shareholder.\n\n"
 "On 12 January 1990, Air Inter, with UTA and Air France, became part of an enlarged Air France group, which in turn "
 "became a subsidiary of Groupe Air France. Air Inter changed to Air Inter Europe following a merger with Air France "
 "and UTA. On 1 April 1997, it was absorbed into Air France.",
 "airlines", ["deal"],
 "The article as review.clateway.com renders it in the page store (a site showing Wikipedia pages through "
 "'view_html.php'; batch 32's gatherers used the same site): the title line, the infobox lines (IATA, ICAO and call "
 "sign, founded, commenced and ceased operations '(merged into Air France)', hub, frequent-flyer programme "
 "'Fréquence Plus', parent company 'Air France', headquarters) and the citation markers ('[1][2]', '[3]', '[4]', "
 "'[5]', '[4][6][7][8]', '[7][8]') cut; kept as written: 'a semi-public French domestic airline in France', 'the "
 "state railway company', 'Air Inter changed to Air Inter Europe following a merger with Air France and UTA'; cut "
 "after 'it was absorbed into Air France.', before 'On that day, the firm', where the excerpt breaks off "
 "(`truncated`). The same wording as wikiwand's current rendering of the article (whose excerpt stops earlier, in "
 "the 1990 paragraph): recorded 4.0; doubtful: no revision date, clateway's terms page was not found in the page "
 "store. Air Inter, Union des Transports Aériens, Groupe Air France, Paray-Vieille-Poste, Orly Ouest: " + CHECKED +
 "; 'UTA' as a word in no train/dev/test text; Air France and SNCF are named in other corpus texts (other "
 "events). wiki.richxsearch.com's copy (the same text, no frequent-flyer line), an Italian copy, de.zxc.wiki's "
 "translation, factsnippet's fact list, worldhistory.biz's airline encyclopedia entry and a book seller's blurb were "
 "looked at and not used.", "non-US",
 copy_of="the Wikipedia article, via review.clateway.com, a site rendering Wikipedia pages"))

# ---- insurance: Skandia, bought by Old Mutual (2006) -----------------------------------------------------------------
R.append(wp("wp-skandia", "Skandia", "http://the-uncensored-wiki.com:20061/s/k/a/Skandia.html",
 "Skandia is a Swedish insurance company that was started in 1855. It has operations in Europe, Latin America, Asia "
 "and Australia. In 2003 the operations in North America, American Skandia, was acquired by Prudential Financial. It "
 "also operates an internet bank called Skandiabanken.\n\n"
 "Skandia's largest operation, in terms of new business and profit, is the United Kingdom.\n\n"
 "In 2005 South African/British financial services group Old Mutual launched a $6.5bn (£3.6bn) bid to acquire "
 "majority control of Skandia, which was met with resistance from some of Skandia's shareholders and directors. On "
 "February 3, 2006 Old Mutual completed its acquisition of Skandia, which was subsequently delisted from the "
 "Stockholm and London stock exchanges.\n\n"
 "Skandia's trademark and reputation has been severely hurt in recent years, mostly due to illegal internal affairs "
 "with the subsidiary Skandia Liv, and for having provided executives with subsidized apartments in Stockholm. The "
 "involved executives are among others Lars-Eric Petersson and Ulf Spång. It was discovered in late 2003 that "
 "executives at Skandia had embezzled 13 billion Swedish kronor. Subsequently, the board had to resign and in 2006, "
 "Lars-Eric Petersson was sentenced to two years in prison. The case has been appealed to a higher court.",
 "insurance", ["deal", "leadership"],
 "An old revision as the-uncensored-wiki.com renders it in the page store (a static copy of English Wikipedia of "
 "2006-2007, used by earlier batches): the title line, the site line 'From Wikipedia, the free encyclopedia', the "
 "heading '[edit] Criticisms', the citation marker '[1]' and the closing '[edit] External links' section ('Skandia - "
 "Official site') cut — the whole body is kept, so the text ends at the article's end, not at a break (`truncated` "
 "false, the only text of the batch so); kept as written: 'the operations in "
 "North America, American Skandia, was acquired', 'Skandia's trademark and reputation has been', 'illegal internal "
 "affairs with the subsidiary Skandia Liv', 'The involved executives are among others'. Content of 2006 (the "
 "February 2006 purchase, an appeal pending): recorded 3.0 as earlier batches recorded this site's texts; doubtful: "
 "a 2006 revision predates Wikipedia's 2009 move to CC BY-SA. Skandia, Skandiabanken, Skandia Liv, American Skandia, "
 "Prudential Financial, Lars-Eric Petersson, Ulf Spång: " + CHECKED + "; Old Mutual is named in other corpus texts "
 "(other events). A later copy (brorelol.gay, about 2008, with a UK chief executive and a rebranding but its "
 "criticism section broken off), a Spanish copy, fundinguniverse's history and insurance news on the bid and on "
 "Skandia Liv were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, an old revision, via the-uncensored-wiki.com, a static copy of English Wikipedia"))
R[-1]["truncated"] = False   # the excerpt holds the whole body, up to the external-links line

# ---- pharmaceuticals: Beecham Group, its founder, Philip Hill's control and its purchases (1842-1939) --------------
R.append(wp("wp-beecham-group", "Beecham Group", "http://piglix.com/piglix/Beechams",
 "The Beecham Group plc was a British pharmaceutical company. It was once a constituent of the FTSE 100 Index. "
 "Beecham, after having merged with SmithKline Beckman to become SmithKline Beecham, merged with Glaxo Wellcome to "
 "become GlaxoSmithKline (GSK). GSK still uses the Beechams brand name in the UK for its over-the-counter cold and flu "
 "relief products.\n\n"
 "Beecham was the family business of Thomas Beecham (1820–1907), a chemist. He was the grandfather of the conductor "
 "also named Thomas Beecham (1879–1961). As a boy, he worked as a shepherd, selling herbal remedies as a sideline. He "
 "then started as a travelling salesman or peddler.\n\n"
 "Their first product was Beecham's Pills, a laxative, in 1842. Subsequent success enabled him to open a shop in "
 "Wigan in 1847.\n\n"
 "Beecham opened its first factory in St Helens, Lancashire, for the rapid production of medicines in 1859. Under "
 "Thomas's son, Sir Joseph Beecham, 1st Baronet (1848–1916), the business expanded, but remained a patent medicine "
 "company and engaged in little research.\n\n"
 "In 1924 Philip Hill, who made his money in real estate, acquired control of Beecham. Under his leadership, Beecham "
 "bought companies for various products and their marketing infrastructure, acquiring the Lucozade glucose drink and "
 "Macleans in 1938 and, at the same time, introducing the Ribena blackcurrant drink. In 1938 it also bought the "
 "company selling Eno which had an extensive international presence. By buying the company manufacturing Brylcreem "
 "the following year, it added hair products for men.",
 "pharmaceuticals", ["deal", "leadership"],
 "The article as piglix.com renders it in the page store (under the redirect 'Beechams'): the infobox lines "
 "(industry, fate 'Merged with SmithKline Beckman', successor 'SmithKline Beecham (now GlaxoSmithKline)', founded, "
 "defunct, headquarters, products) cut; no heading or citation marker in the excerpt; kept as written: 'Beecham, "
 "after having merged with', 'St Helens' (no stop; the ipfs copy has 'St.'), 'a travelling salesman or peddler', "
 "'the company selling Eno'; the excerpt ends at a full sentence, 'it added hair products for men.', before the "
 "1943 paragraph the ipfs copy shows (`truncated`). Content of about 2016 (the same text as the ipfs.io copy of the "
 "Wikipedia snapshot of 2016-2017, 'now GlaxoSmithKline'): recorded 3.0; doubtful: no revision date. Beecham, "
 "Philip Hill, Lucozade, Macleans, Ribena, Eno, Brylcreem, Wigan: " + CHECKED + "; St Helens in one test text by "
 "count (batch 28d's Pilkington, another company); SmithKline and "
 "GlaxoSmithKline are named in other corpus texts (other events; no text tells Beecham). The ipfs.io copy (with "
 "citation markers and a picture caption), friendlywiki's wiki source, encyclopedia.com's and referenceforbusiness's "
 "SmithKline Beecham histories (not open) and adbrands were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a site reproducing Wikipedia articles"))

# ---- pharmaceuticals: Pharmacia, its founder and its biotech unit's purchases (1911-1986) -------------------------
R.append(wp("wp-pharmacia", "Pharmacia", "https://en.wikipedia.org/wiki/Pharmacia",
 "Pharmacia was a pharmaceutical and biotechnological company in Sweden that merged with the American pharmaceutical "
 "company Upjohn in 1995.\n\n"
 "Pharmacia was founded in 1911 in Stockholm, Sweden by pharmacist Gustav Felix Grönfeldt at the Elgen Pharmacy. The "
 "company was named after the Greek word φαρμακεία, transliterated pharmakeia, which means 'sorcery'. In the "
 "company's early days, much of its profits were derived from the \"miracle medicine\" Phospho-Energon.\n\n"
 "During World War II, Swedish chemist Björn Ingelman (who worked for Arne Tiselius at Uppsala university) researched "
 "various uses for the polysaccharide dextran. Together with the medical researcher Anders Grönwall, he discovered "
 "that dextran could be used as a replacement for blood plasma in blood transfusions, for which there could be a "
 "large need in wartime. Pharmacia, which then was still a small company, was contacted in 1943 and its CEO Elis "
 "Göth was very interested. The product Macrodex, a dextran solution, was launched four years later.\n\n"
 "Dextran-based products were to play a significant role in the further expansion of Pharmacia. In 1951, the company "
 "moved to Uppsala, Sweden, to get closer to the scientists with whom they cooperated, and Ingelman became its head "
 "of research. In 1959, Pharmacia pioneered gel filtration with its Sephadex products. These were also based on "
 "dextran and discoveries in Tiselius' department, this time by Jerker Porath and Per Flodin. In 1967 Pharmacia Fine "
 "Chemicals was established in Uppsala. In 1986 Pharmacia Fine Chemicals acquired LKB-produkter AB and changed its "
 "name to Pharmacia Biotech.",
 "pharmaceuticals", ["deal", "leadership"],
 "The current article as en.wikipedia.org renders it in the page store: the title line '= Pharmacia =', the infobox "
 "lines (logo, type 'Aktiebolag', 'Traded As: XSTO: PHAR', industry, location, fate 'Merged with Upjohn to form "
 "Pharmacia & Upjohn') and the heading '==History ==' cut; kept as written: 'a pharmaceutical and biotechnological "
 "company in Sweden', 'the Greek word φαρμακεία' (Greek letters), 'Uppsala university', 'in Tiselius' department'; "
 "cut after 'changed its name to Pharmacia Biotech.', before 'Pharmacia Biotech expanded their role in the \"biotech "
 "revolution\" through its acquisition of PL Laboratories from Pabst Brewery offering a line of recombinant DNA sp', "
 "where the excerpt breaks off (`truncated`; the PL Laboratories purchase is lost with it). The current rendering "
 "('= Title =' form; the page store's older rendering of 2017, '106 years ago', has citation markers and 'Pharmacia "
 "company was founded'): recorded 4.0; doubtful: no revision id. Pharmacia, Upjohn, Grönfeldt, Ingelman, Tiselius, "
 "Grönwall, Elis Göth, Macrodex, Sephadex, LKB: " + CHECKED + ". fact-index's short copy, the Pharmacia & Upjohn "
 "articles (en.wikipedia.org, wikiwand, wikimd: another company, the merged one), encycloreader's copy and a "
 "pharmacy shop's page were looked at and not used.", "non-US"))

# ---- shipping: Neptune Orient Lines, its purchase of APL (1997) and its sale to CMA CGM (2016) ----------------------
R.append(wp("wp-neptune-orient-lines", "Neptune Orient Lines",
 "https://round-lake.dustinice.workers.dev/https/en.m.wikipedia.org/wiki/Neptune_Orient_Lines",
 "Neptune Orient Lines Limited (NOL) was a Singaporean container shipping company. It was founded in 1968 as "
 "Singapore's national shipping line, but was later sold as a subsidiary to French shipping company CMA CGM in 2016. "
 "On 1 October 2020, NOL was restructured into a regional hub and was renamed to CMA CGM Asia Pacific Limited.\n\n"
 "In December 1968, Neptune Orient Lines was started as Singapore's national shipping line. Wholly owned by the "
 "Singapore Government, it was formed in an effort to develop and support Singapore's economy.\n\n"
 "In the 1970s, containerization was introduced. In the mid-1970s, NOL's managing director was Goh Chok Tong, who "
 "went on to become Singapore's second Prime Minister.\n\n"
 "In 1975, NOL then entered the Asia-Europe trade as part of the ACE Group consortium with partners OOCL, K Line, "
 "COSCO and Franco-Belgian Services, known as the \"third force\" in the container-shipping world. Meanwhile, it "
 "entered the key Trans-Pacific Trade with a standalone service.\n\n"
 "In 1997, NOL made a US$825 million acquisition of American President Lines (APL), whose heritage dates back to "
 "1848. Following the merger, the APL name was adopted as the public brand name. The NOL name was retained for the "
 "holding company, which was listed on the Singapore Exchange and was well known to its investors.",
 "shipping", ["deal", "leadership"],
 "The current mobile article (en.m.wikipedia.org) as a proxy address renders it in the page store "
 "(round-lake.dustinice.workers.dev/https/en.m.wikipedia.org/wiki/..., the mobile page passed through a proxy): the "
 "infobox lines (type 'Subsidiary', industry, founded, founder 'Muhammad Jalaluddin Sayeed', defunct, fate 'Acquired "
 "by CMA CGM', headquarters, area served, empty key people, services, revenue and other 2013 figures, owner 'CMA "
 "CGM', subsidiaries 'APL'), the headings 'History', 'Containerization' and 'Merger with APL', the mobile page's "
 "'edit' link words glued to each section's first word ('editIn December 1968', 'editIn the 1970s', 'editIn 1997') "
 "and the citation markers ('[3][4]', '[5][6]', '[3]', '[7]', '[8]') cut, the founder with the infobox; kept as "
 "written: 'was renamed to CMA CGM Asia Pacific Limited', 'containerization', 'NOL then entered', 'the key "
 "Trans-Pacific Trade'; cut after 'well known to its investors.', before 'The company focused on managing global', "
 "where the excerpt breaks off (`truncated`). The current article ('1 October 2020' renaming; the same wording as "
 "WikiMili's copy, whose excerpt stops inside the APL paragraph): recorded 4.0; doubtful: no revision id, the proxy "
 "site's terms were not found. Neptune Orient Lines, American President Lines, CMA CGM (only in batch 27's 'not "
 "used' list, news), OOCL, K Line, COSCO, Franco-Belgian Services, Singapore Exchange: " + CHECKED + "; Goh Chok "
 "Tong is named in one dev text (Ho Ching's biography; another subject). alchetron's and acearchive's rewrites, "
 "the Straits Times timeline, maritime and freight news on the 2015 bid and an uncensored-wiki copy of APL's own "
 "article were looked at and not used.", "non-US",
 copy_of="the Wikipedia article, its mobile page (en.m.wikipedia.org) through a proxy address"))

# ---- mining: WMC Resources, taken over by BHP Billiton (2005) ------------------------------------------------------
R.append(wp("wp-wmc-resources", "WMC Resources", "http://the-uncensored-wiki.com:20072/w/m/c/WMC_Resources_af80.html",
 "WMC Resources Limited was an Australian diversified mining and fertilizer company formerly listed on the Australian "
 "Stock Exchange. WMC was an acronym for Western Mining Corporation. It was delisted on 29 June 2005 following a "
 "successful takeover by BHP Billiton. It had three main businesses:\n\n"
 "A nickel mining and processing business in Western Australia.\n\n"
 "A copper and uranium mine at Olympic Dam in South Australia. As of 2005, this mine contains 33% of the world's "
 "known uranium reserves.\n\n"
 "A fertilizer production business in Queensland, as well as Hi Fert, a blending and distribution network supporting "
 "Australia's eastern states. BHP Billiton sold this business to a joint venture of Elders and AWB on 5 December "
 "2005.\n\n"
 "As of 2004, the company was investigating a new titanium dioxide mineral sands mine (Corridor Sands Limitada) near "
 "Chibuto in Mozambique.\n\n"
 "The company traced its roots back to 1933 as a gold mining company in Kalgoorlie, Western Australia. The company's "
 "final corporate structure before takeover was formed in 2003 by a demerger that split off the aluminium operations "
 "to form Alumina Limited, separate from what was to be known as WMC Resources (with a separate ASX code of WMR).\n\n"
 "In 2003, the company made a profit of 245 million Australian dollars, on assets of approximately 4000 million "
 "AUD.\n\n"
 "The last Chief Executive Officer of the independent company was Andrew Michelmore, and the board was chaired by "
 "Tommie Bergman and Executive Directors included Mr Michelmore and Alan Dundas.",
 "mining", ["deal", "leadership"],
 "An old revision as the-uncensored-wiki.com renders it in the page store (its 2007 static copy of English "
 "Wikipedia, port 20072): the title line, the site line 'From Wikipedia, the free encyclopedia' and the infobox "
 "lines (type 'Subsidiary of BHP Billiton', founded 'Kalgoorlie, 1933', headquarters, industry, products, revenue, "
 "employees, website) cut; the list of the three businesses (four items) kept as four short paragraphs with the "
 "list marks '- ' dropped; the citation markers ' [1]' and '. [1]' cut with the space before them (so 'reserves [1].' "
 "reads 'reserves.' and '5 December 2005. [1]' reads '5 December 2005.'), whitespace only; kept as written: "
 "'fertilizer', 'It had three main businesses:' before four items, 'As of 2005, this mine contains', 'approximately "
 "4000 million AUD', 'the board was chaired by Tommie Bergman and Executive Directors included Mr Michelmore'; cut "
 "after 'Alan Dundas.', before 'A notable previous CEO was Hugh Morgan, a politically-vocal CEO who spoke out about "
 "the power of trade unions, criticised the Mabo decision and native title', where the excerpt breaks off "
 "(`truncated`; Hugh Morgan's sentence is lost with it). Content of 2005-2007 (the December 2005 sale, no later "
 "event): recorded 3.0 as earlier batches recorded this site's texts; doubtful: a revision before Wikipedia's 2009 "
 "move to CC BY-SA. WMC, Western Mining Corporation, BHP Billiton, Olympic Dam, Hi Fert, Elders, AWB, Corridor "
 "Sands, Alumina Limited, Michelmore, Bergman, Dundas, Kalgoorlie: " + CHECKED + ". The current article's copies "
 "(twiki.owiki.org, whose business list lost two items; sagapedia's, wikimili's and artikeldigital's with the "
 "founder and the takeover bids), theinfolist's gloss-filled copy, a French article copy and BBC news on the 2005 "
 "bid were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, an old revision, via the-uncensored-wiki.com, a static copy of English Wikipedia"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

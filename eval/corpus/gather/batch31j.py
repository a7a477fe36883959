#!/usr/bin/env python3
"""Batch 31j (session 32; helper gather32j): technology, telecom and media deals, joint ventures and spin-offs told as
events, round 2 of batch 27d's lane after batch 31d — English Wikipedia articles (CC BY-SA) whose subject is one
change of owner, one joint venture or one spin-off: a British mobile operator born as a Deutsche Telekom / France
Télécom joint venture and bought by BT (EE); a Japanese DRAM maker formed from NEC's and Hitachi's memory units and
bought out of bankruptcy by Micron (Micron Memory Japan, formerly Elpida Memory); a chipmaker spun off from Motorola,
bought out by a Blackstone-led group and merged into NXP (Freescale Semiconductor); a hard-disk maker with its own
purchases and its purchase by Seagate (Maxtor); a Korean-Dutch display joint venture (LG.Philips LCD); a British
broadcaster formed by Granada's takeover of Carlton, with its later purchases (ITV plc); a German pay-TV company owned
by Comcast's Sky (Sky Deutschland, formerly Premiere); a Hong Kong mobile operator and its changes of owner (PCCW
Mobile, formerly Mandarin Communications under Sunday Communications).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch31j.py [POOL_DIR] [--dry]   (default /tmp/gather32j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32j/pool"

R = []
# ---- mobile telecoms: EE (Everything Everywhere) -----------------------------------------------------------------------
R.append(wp("wp-ee-limited", "EE (telecommunications)", "https://en.wikipedia.org/wiki/EE_(telecommunications)",
 "EE Limited (formerly Everything Everywhere Limited) is a British mobile network operator and internet service "
 "provider, and a brand of BT Consumer, a division of BT Group. It was established in 2010 and is the second-largest "
 "mobile network operator in the United Kingdom, with 21.2 million customers as of September 2022.\n\n"
 "It was originally formed in 2010 as a 50:50 joint venture between Deutsche Telekom and France Télécom (now Orange "
 "S.A.) following the merger of T-Mobile UK and Orange UK, their respective businesses in the UK; the former brands "
 "were phased out in 2015. The name was shortened to EE when the company concurrently launched the UK's first 4G "
 "mobile network in 2012. EE was acquired by BT in 2016 and became a new consumer division within the wider group.\n\n"
 "EE has its headquarters in London, England, as well as hubs in Bristol, Darlington, Sunderland, Greenock, Merthyr "
 "Tydfil, North Tyneside, Plymouth and Leeds. As of November 2016, EE's 4G network coverage reached more than 99% of "
 "the UK population, with double speed 4G reaching 80%, while EE's 3G network reached 98% of the population until its "
 "closure at the start of 2024.\n\n"
 "Deutsche Telekom and France Télécom (now Orange S.A.) announced plans to merge their respective UK ventures – "
 "T-Mobile UK and Orange UK – on 8 September 2009.",
 "mobile telecommunications", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= EE (telecommunications) =' title line): the infobox "
 "lines (logo, caption, former name 'Everything Everywhere Limited (2010–2012)', type, industry, predecessor, "
 "location, area served, key people 'Claire Gillies (CEO)', products, brands, parent 'BT Consumer') and the headings "
 "'== History ==' and '=== Origins ===' cut; kept as written: 'the company concurrently launched', the en dashes "
 "around 'T-Mobile UK and Orange UK'; cut after 'on 8 September 2009.', before 'T-Mobile UK was originally One2One, "
 "founded by Mercury Communications in 1993; the network was acquired by Deutsche Telekom in 1999 and adopted "
 "Deutsch', where the excerpt breaks off (`truncated`). The current rendering (customers as of September 2022, the 3G "
 "closure in 2024): recorded 4.0. EE Limited, Everything Everywhere, T-Mobile UK, Orange UK, BT Consumer: 0 in "
 "train/dev/test texts; 'EE' as a name in one train Hansard answer (the Airwave radio contract, another event); "
 "Deutsche Telekom in two train/dev texts, BT Group in four texts (one test by count), other events. GATHERING.md "
 "lists 'EE (BT's purchase)' only among searches not used (news only then).", "non-US"))

# ---- semiconductors: Micron Memory Japan (Elpida Memory) ---------------------------------------------------------------
R.append(wp("wp-micron-memory-japan", "Micron Memory Japan", "https://en.m.wikipedia.org/wiki/Micron_Memory_Japan",
 "Micron Memory Japan, K.K. is a Japanese subsidiary of Micron Technology. It was formerly known as Elpida Memory, "
 "Inc. established in 1999 that developed, designed, manufactured and sold dynamic random-access memory (DRAM) "
 "products. It was also a semiconductor foundry. With headquarters in Yaesu, Chūō, Tokyo, Japan, it was initially "
 "formed under the name NEC Hitachi Memory in 1999 by the merger of the Hitachi and NEC DRAM businesses. In the "
 "following year it took on the name Elpida. In 2003, Elpida took over the Mitsubishi DRAM business. In 2004, it "
 "listed its shares in the first section of the Tokyo Stock Exchange. In 2012, those shares were delisted as a result "
 "of its bankruptcy. In 2013, Elpida was acquired by Micron Technology. On February 28, 2014, Elpida changed its name "
 "to Micron Memory Japan and Elpida Akita changed its name to Micron Akita, Inc.\n\n"
 "Elpida Memory was founded in 1999 as a merger of NEC's and Hitachi's DRAM operations and began development "
 "operations for DRAM products in 2000. Both companies also spun off their other semiconductor operations into "
 "Renesas.\n\n"
 "In 2001, the company began construction of its 300mm wafer fabrication plant. Later that year, it began sales "
 "operations in domestic markets.\n\n"
 "In 2002, armed with the Sherman Antitrust Act, the United States Department of Justice began a probe into the "
 "activities of dynamic random access memory (DRAM) manufacturers.",
 "semiconductors", ["deal", "regulatory"],
 "The article as the mobile rendering of en.wikipedia.org holds it in the page store (en.m.wikipedia.org): the "
 "Japanese names in brackets after 'Micron Memory Japan, K.K.' ('(Japanese: マイクロンメモリジャパン株式会社, Micron "
 "Memory Japan Kabushiki-gaisha (MMJ))') and after 'Elpida Memory, Inc.' ('(エルピーダメモリ株式会社, Erupīda Memori "
 "Kabushiki-gaisha)') cut (as batch 31d cut a Chinese name in brackets), with the citation markers ('[1]' to '[3]'), "
 "the infobox lines (native name, company type 'Subsidiary', industry, predecessor, founded, fate 'Acquired by Micron "
 "Technology', headquarters, products, employees, parent, website) and the heading 'History' with its 'edit' line; "
 "kept as written: 'Elpida Memory, Inc. established in 1999 that developed' (the bracket cut leaves no comma), "
 "'300mm'; cut after 'memory (DRAM) manufacturers.', before 'US computer makers, including Dell and Gateway, claime', "
 "where the excerpt breaks off (`truncated`). The current rendering: recorded 4.0. Elpida, Micron Memory Japan, NEC "
 "Hitachi Memory, Renesas, Micron Akita: 0 in train/dev/test texts; 'Micron Technology' in one train US text (CHIPS "
 "Act terms, another event) and one test text by count (no 'Elpida' there); Hitachi and Mitsubishi Electric one "
 "train text each (other events).", "non-US", copy_of="the Wikipedia article, in its mobile rendering"))

# ---- semiconductors: Freescale Semiconductor ---------------------------------------------------------------------------
R.append(wp("wp-freescale-semiconductor", "Freescale Semiconductor", "http://en.wikipedia.org./wiki/Freescale",
 "Freescale Semiconductor, Inc. was an American semiconductor manufacturer. It was created by the divestiture of the "
 "Semiconductor Products Sector of Motorola in 2004. Freescale focused their integrated circuit products on the "
 "automotive, embedded and communications markets. It was bought by a private investor group in 2006, and "
 "subsequently merged into NXP Semiconductors in 2015.\n\n"
 "As of 2003, Motorola Semiconductor Products Sector earned US$5.0 billion in semiconductor sales in 2002 (out of "
 "US$27 billion sales for all of Motorola).\n\n"
 "Motorola announced that their semiconductor division would be divested on October 6, 2003 and would have a temporary "
 "name SPS Spinco.\n\n"
 "Freescale completed its Initial public offering (IPO) on July 16, 2004, at a price of US$13. In its announcement, "
 "it estimated the stock price to be US$17.50- 19.50 but following a cooling of the market towards tech stocks, it "
 "lowered its price to US$13. Existing shareholders of Motorola stock received 0.110415 shares of Freescale stock for "
 "every share of Motorola stock as a dividend which was distributed on December 2, 2004.\n\n"
 "On September 15, 2006, Freescale agreed to accept a buyout for the sum of $17.6 billion ($40 per share) by a "
 "consortium led by the Blackstone Group.",
 "semiconductors", ["deal"],
 "The article as en.wikipedia.org renders it in the page store, reached under the redirect 'Freescale' (the address "
 "with a trailing dot after 'org'): the title, 'From Wikipedia, the free encyclopedia' and '(Redirected from "
 "Freescale)' lines, the infobox lines (type, industry, founded 'Spin-off from Motorola in 2004; 20 years ago', fate "
 "'Merged, December 7, 2015', successor, key people 'Greg Lowe, CEO', revenue '(2013)', employees, website, logo "
 "caption), the headings 'History[edit]', 'Divesture from Motorola and first IPO[edit]' and 'Buyout[edit]' and the "
 "citation markers ('[1]' to '[6]') cut; kept as written: 'Freescale focused their', 'US$17.50- 19.50', 'Motorola "
 "announced that their semiconductor division'; cut after 'led by the Blackstone Group.', before 'Share prices of $13 "
 "at the July 2004 IPO had risen to $39.35 in afterhours trading that Frida', where the excerpt breaks off "
 "(`truncated`). The rendering dates itself ('20 years ago (2004)'): recorded 4.0. Freescale, NXP, SPS Spinco: 0 in "
 "train/dev/test texts; Motorola in seven texts (one test by count: other events, its phones and radios); Blackstone "
 "in one train text (another event).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org renders it under the redirect 'Freescale'"))

# ---- data storage: Maxtor ----------------------------------------------------------------------------------------------
R.append(wp("wp-maxtor", "Maxtor", "https://wikimili.com/en/Maxtor",
 "Maxtor Corporation was an American computer hard disk drive manufacturer. Founded in 1982, it was the third largest "
 "hard disk drive manufacturer in the world before being purchased by Seagate in 2006.\n\n"
 "In 1981, three former IBM employees began searching for funding, and Maxtor was founded the following year. In "
 "1983, Maxtor shipped its first product, the Maxtor XT-1140. In 1985, Maxtor filed its initial public offering and "
 "started trading on the New York Stock Exchange as \"MXO.\" Maxtor bought hard drive manufacturer MiniScribe in 1990. "
 "Maxtor was getting close to bankruptcy in 1992 and closed its engineering operations in San Jose, California, in "
 "1993. In 1996, Maxtor introduced its DiamondMax line of hard drives with DSP-based architecture. In 2000, Maxtor "
 "acquired Quantum's hard drive division, which gave Maxtor the ATA/133 hard drive interface and helped Maxtor revive "
 "its server hard drive market. In 2006, Maxtor was acquired by Seagate.\n\n"
 "The Maxtor founders, James McCoy, Jack Swartz, and Raymond Niedzwiecki—graduates of the San Jose State University "
 "School of Engineering and former employees of IBM—began the search for funding in 1981.",
 "data storage", ["deal", "leadership"],
 "The article as WikiMili reproduces it in the page store (a site rendering Wikipedia pages): the 'Last updated' line, "
 "the infobox lines (company type, industry, founded '1982; 42 years ago', founder, defunct 'June 30, 2006', fate "
 "'Acquired by Seagate Technology', headquarters, area served, key people, products, owner), the citation marker "
 "'[1]', the 'Contents' line, the headings 'History', 'Overview' and 'Early financing' and an image caption ('An "
 "early Maxtor hard drive (right) with a more modern laptop hard drive and coins (front) for size comparison', given "
 "twice, with its file name) cut; kept as written: 'as \"MXO.\"', the em dashes around 'graduates ... of IBM'; cut "
 "after 'for funding in 1981.', before 'In early 1982, B.J. Cassin and Chuck Hazel (Bay Partners) provided the initial "
 "$3 mi', where the excerpt breaks off (`truncated`). The copy dates itself ('42 years ago (1982)', so 2024): "
 "recorded 4.0; doubtful: WikiMili's terms page was not found in the page store. Maxtor, Seagate, MiniScribe, "
 "DiamondMax: 0 in train/dev/test texts; 'Quantum' in two test texts by count (no 'Maxtor' there); IBM elsewhere in "
 "other events.", "US", copy_of="the Wikipedia article, via WikiMili, a site rendering Wikipedia pages"))

# ---- displays: LG.Philips LCD ------------------------------------------------------------------------------------------
R.append(wp("wp-lg-philips-lcd", "LG.Philips LCD",
 "http://the-uncensored-wiki.com:20061/l/g/2E/LG.Philips_LCD_2d3d.html",
 "LG.Philips LCD was formed as a joint venture by the Korean electronics company LG Electronics and the Dutch company "
 "Koninklijke Philips Electronics in 1999 to manufacture active matrix LCD.\n\n"
 "LG.Philips LCD and Samsung Electronics are in a heated competiton to be the number one supplier of LCD displays; "
 "they were each credited with a 22% share of this market as of April 2006.\n\n"
 "The company has seven manufacturing plants in Gumi and Paju, South Korea. It also has a module assembly plant in "
 "Nanjing, China, and plans to build two more plants in Guangzhou, China and Wroclaw, Poland. Reuters reported on "
 "August 18, 2006 that LG.Philips LCD had decided against building a new 8th Generation plant and to build a 5.5 "
 "Generation plant instead. This, according to LG.Philips LCD vice president Bock Kwon, is to focus on more lucrative "
 "LCD monitor panels for desktop and notebook computers.\n\n"
 "LG.Philips LCD became an independent company in 2005 when it was concurrently listed on the New York Stock Exchange "
 "(NYSE: LPL) and the South Korean Stock Exchange (KRX: 034220). Currently LG owns approximately 37% of the company "
 "and Philips owns 32.9%. On August 17, 2006 the Wall Street Journal reported that in an e-mail to customers Merrill "
 "Lynch said that Philips was seeking buyers, including Japan's Matsushita, for its stake in LG.Philips LCD.\n\n"
 "Philips is Europe's largest manufacturer of LCD TVs and LG is Korea's second largest manufacturer. In March of 2006, "
 "LG-Philips produced the (at that moment) largest LCD panel, with a diagonal size of 100 inches (about 2.2 meters). "
 "The company has not yet released plans to use 100-inch panels in commercial products.\n\n"
 "LG-Philips currently produce the Apple Cinema LCD Panel as well as the Dell Ultrasharp 2005FPW and 30 inch LCD "
 "panel.",
 "electronics / displays", ["deal", "leadership"],
 "The article as the-uncensored-wiki.com's 2006 copy holds it in the page store (title line, 'From Wikipedia, the "
 "free encyclopedia'): those two lines and the Korean names in brackets after the first 'LG.Philips LCD' ('(hangul:"
 "엘지필립스엘씨디, LG필립스LCD)', as batch 31d cut a Chinese name in brackets) cut; the copy's lines are the "
 "article's paragraphs with single line breaks, made paragraph breaks here (whitespace only); kept as written: "
 "'competiton', 'are in a heated', 'In March of 2006', 'LG-Philips' beside 'LG.Philips', 'LG-Philips currently "
 "produce', '30 inch LCD panel.'; the excerpt ends with that sentence (`truncated` kept: the copy's later sections, if "
 "any, are not in the excerpt). Content to August 2006 (the joint venture told in the present tense, before its 2008 "
 "renaming to LG Display): recorded 3.0; doubtful: the copy's host is a Wikipedia mirror whose terms page was not "
 "found in the page store. LG.Philips, LG Electronics, Matsushita, Merrill Lynch, Bock Kwon: 0 in train/dev/test "
 "texts; Philips in three texts (two test by count, other events; no 'LG.Philips' there); Samsung Electronics "
 "elsewhere (other events).", "non-US", v3=True,
 copy_of="the Wikipedia article, via the-uncensored-wiki.com's 2006 copy"))

# ---- broadcasting: ITV plc ---------------------------------------------------------------------------------------------
R.append(wp("wp-itv-plc", "ITV plc", "http://piglix.com/piglix/ITV_PLC",
 "ITV plc is a British media company that holds 13 of the 15 regional television licences that make up the ITV "
 "network, the oldest and largest commercial terrestrial television network in the United Kingdom. The network, "
 "which is branded ITV by ITV plc, has vied with the British Broadcasting Corporation's BBC One for the status of the "
 "UK's most watched channel since the 1950s (a crown it lost in 2005).\n\n"
 "The company was formed by a corporate takeover by Granada plc (the parent company of Granada Television) of Carlton "
 "Communications. Granada acquired a 68% controlling interest of the newly formed company whilst Carlton retained the "
 "32% remaining shares. It began trading on 2 February 2004. This was the most recent stage in a long process of "
 "mergers between the original ITV regional franchises. It acquired the remaining 25% of the Breakfast franchise "
 "holder, GMTV, from The Walt Disney Company in 2009 and Channel Television from Yattendon Group plc in 2011. On 19 "
 "October 2015, ITV announced it would buy UTV for £100 million, with ownership transferring to ITV on 29 February "
 "2016.\n\n"
 "ITV plc is listed on the and is a constituent of the FTSE 100 Index.\n\n"
 "ITV plc was the result of a merger between Granada and Carlton following the various mergers between the companies "
 "of the ITV network that had taken place from 1993 when the ownership rules were relaxed.\n\n"
 "The first wave of mergers began with Yorkshire Television acquiring Tyne Tees Television in 1992, forming a parent "
 "group called Yorkshire-Tyne Tees Television Holdings.",
 "broadcasting / media", ["deal"],
 "The article 'ITV plc' as piglix.com reproduces it in the page store under the name 'ITV_PLC' ('*** Welcome to "
 "piglix ***'; a site rendering Wikipedia pages): that site line, the title line and the infobox lines (type, traded "
 "as, industry, predecessor 'Granada plc, Carlton Communications', founded, headquarters, area served, key people 'Sir "
 "Peter Bazalgette (Chairman), Adam Crozier (Chief Executive)', products, revenue '(2016)', website) cut; no heading "
 "or citation marker in the excerpt; kept as written: 'listed on the and is' (the copy drops a linked name, as batch "
 "31d kept piglix's 'a full listing on the ,'), 'a 68% controlling interest of', 'the Breakfast franchise holder'; cut "
 "after 'Yorkshire-Tyne Tees Television Holdings.', before 'In 19', where the excerpt breaks off (`truncated`). "
 "Content to 2017 (revenue for 2016, UTV's purchase completed in 2016): recorded 3.0; doubtful: the copy's date and "
 "piglix's terms page were not found in the page store. Granada, Carlton Communications, GMTV, UTV, Channel "
 "Television, Yattendon, Yorkshire Television, Tyne Tees: 0 in train/dev/test texts ('Carlton' alone in two texts, "
 "one test by count, other names); ITV in two train texts (a 2023 committee hearing on the Media Bill and a Wikinews "
 "text, other events); The Walt Disney Company and the BBC elsewhere (other events).", "non-US", v3=True,
 copy_of="the Wikipedia article, via a site rendering Wikipedia pages, under the name 'ITV PLC'"))

# ---- pay television: Sky Deutschland -----------------------------------------------------------------------------------
R.append(wp("wp-sky-deutschland", "Sky Deutschland", "https://db0nus869y26v.cloudfront.net/en/Sky_Deutschland",
 "Sky Deutschland GmbH, branded as Sky, is a German media company that operates a direct broadcast satellite Pay TV "
 "platform in Germany, Austria and Switzerland (through Sky Switzerland). It provides a collection of basic and "
 "premium digital subscription television channels of different categories via satellite and cable television.\n\n"
 "It was launched in 1991 as Premiere. The channel originally started as a single analogue channel on the Astra 1A "
 "satellite, entirely without any commercials, showing films dubbed into German, as well as in original audio, live "
 "football matches from the German Bundesliga and Austrian Bundesliga (and at one time the UEFA Cup), and "
 "documentaries, concerts and TV series.\n\n"
 "After the coming of the digital age, the service has since consisted of many channels with many new ones added over "
 "the years. On 4 July 2009, the service and its channels were rebranded as \"Sky\".\n\n"
 "Sky Deutschland is a wholly owned subsidiary of Comcast-owned Sky. The programming service itself is provided by "
 "its subsidiary Sky Deutschland Fernsehen GmbH & Co. KG (formerly Premiere Fernsehen GmbH & Co. KG). It topped "
 "3,000,000 subscribers by the end of 2011. As of Q2 2014, Sky Deutschland has more than 4 million subscribers.\n\n"
 "The German Sky has its origin in the analogue premium channel Premiere.",
 "pay television / media", ["deal"],
 "The article as an unlabelled CloudFront-served copy holds it in the page store (db0nus869y26v.cloudfront.net, the "
 "host batch 31d's Penguin Random House text came from): the infobox lines (formerly 'Premiere AG (1991–2009)', "
 "company type 'Subsidiary', industry, founded '28 February 1991; 33 years ago', headquarters, area served, key "
 "people 'Carsten Schmidt (CEO)', services, revenue and other figures '(2010)', employees, parent 'Sky Group', "
 "subsidiaries), the citation markers ('[1]' to '[6]') and two image captions ('The logo of Premiere in 2006'; "
 "'Typical illuminated Sky sign showing that a pub offers SKY TV') cut; kept as written: 'Pay TV', 'entirely without "
 "any commercials', 'the service has since consisted', 'As of Q2 2014, Sky Deutschland has'; cut after 'premium "
 "channel Premiere.', before 'It was owned', where the excerpt breaks off (`truncated`). The copy dates itself ('33 "
 "years ago (1991)', so 2024): recorded 4.0; doubtful: the host's terms page was not found in the page store. Sky "
 "Deutschland, Premiere, Sky Switzerland, Astra 1A: 0 in train/dev/test texts; Comcast in two train/dev texts and Sky "
 "(Sky plc, BSkyB) in a few texts, other events (a UK statement on Sky/Fox, a BSkyB director).", "non-US",
 copy_of="the Wikipedia article, via an unlabelled CloudFront-served copy"))

# ---- mobile telecoms: PCCW Mobile (Mandarin Communications, SUNDAY) ---------------------------------------------------
R.append(wp("wp-pccw-mobile", "PCCW Mobile", "http://cryer.org.uk/PCCW_Mobile",
 "PCCW Mobile HK Limited previously known as Mandarin Communications Limited, was a subsidiary of PCCW (via HKT) "
 "involving mobile network operator of 2G and 3G in Hong Kong. It was previously owned by a Caymans-incorporated Hong "
 "Kong listed company Sunday Communications until 2006.\n\n"
 "The company also owned the license of internet service provider and international direct dialing of Hong Kong.\n\n"
 "PCCW Mobile HK, previously known as \"Mandarin Communications\" (registered Chinese name Chinese: 匯亞通訊有限公司; "
 "trading as SUNDAY), was a Hong Kong company that was incorporated in 1994. Mandarin Communications launched its 2G "
 "GSM 1800 network in 1997.\n\n"
 "Mandarin Communications was a subsidiary of the listed company Sunday Communications since 2000. In 2004, the "
 "company signed a contract with Huawei, a Chinese telecommunications company, for the supply and installation of a "
 "3G network to SUNDAY, as well as purchasing the shares of its parent company Sunday Communications. The group "
 "acquired the 3G license of Hong Kong via Sunday 3G (Hong Kong) Limited (stylized as SUNDAY 3G), a wholly owned "
 "subsidiary of Mandarin Communications.\n\n"
 "However, the parent company, Sunday Communications, was acquired by PCCW in 2005, and the subsidiary, Mandarin "
 "Communications, was renamed to \"PCCW Mobile HK Limited\" in 2007, after Sunday Communications selling Mandarin "
 "Communications and other businesses to its parent company in 2006. PCCW made this acquisition to return to mobile "
 "business after it sold Hong Kong CSL Limited to Australia's Telstra in 2001–02.",
 "mobile telecommunications", ["deal"],
 "The article as cryer.org.uk reproduces it in the page store ('PCCW Mobile explained'; a site rendering Wikipedia "
 "pages): the title line, the infobox lines (trade name 'SUNDAY (former trading name)', type, foundation, former name, "
 "location country, successor 'CSL Mobile', fate 'merged with CSL Limited (Hong Kong)', defunct '2014', area served, "
 "industry, parent 'HKT', owner 'HKT (100%)'), the heading 'History' and the citation markers ('[1]' to '[11]') cut; "
 "the Chinese name in brackets kept (it holds the trading name 'SUNDAY'); kept as written: 'PCCW Mobile HK Limited "
 "previously known as Mandarin Communications Limited, was' (no first comma), 'involving mobile network operator of "
 "2G and 3G', 'Caymans-incorporated', 'the license of internet service provider and international direct dialing', "
 "'renamed to', 'after Sunday Communications selling', '2001–02'; cut after 'in 2001–02.', before 'Nevertheless, "
 "after PCCW, via its subsidiary HKT', where the excerpt breaks off (`truncated`). Content to 2014 (the merger with CSL "
 "in the infobox): recorded 3.0; doubtful: the copy's date and the host's terms page were not found in the page store. "
 "PCCW Mobile, Mandarin Communications, Sunday Communications, HKT, Hong Kong CSL: 0 in train/dev/test texts; PCCW in "
 "two train texts (batch 30b's ViuTVsix and an earthquake text: other events, its TV services and cables); Telstra "
 "in nine texts and Huawei in one (other events).", "non-US",
 copy_of="the Wikipedia article, via cryer.org.uk, a site rendering Wikipedia pages"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

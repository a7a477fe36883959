#!/usr/bin/env python3
"""Batch 32j (session 33; helper gather33j, round 2): deals, joint ventures and changes of owner told as events, round 4
of the deals lane after batches 31d, 31j and 32d — English Wikipedia articles (CC BY-SA) on one company whose story is
a joint venture, a purchase or a merger, in technology, telecoms, media and one consumer brand: a mobile-chip joint
venture of Ericsson and STMicroelectronics, with its board's chair and vice-chair (ST-Ericsson); the handset maker
BenQ Mobile formed from Siemens' mobile division, with its chief executive and chairman (BenQ Mobile); an English tea maker
bought by J. Lyons and later by the Tata Group (Tetley); an Indian media joint venture of Network18, with its channels
and a partner's buy-out of Viacom's majority (Viacom18); an Australian mobile operator owned half by Hutchison's
Australian arm and half by Vodafone, later renamed TPG Telecom (Vodafone Hutchison Australia); an Indian mobile
operator set up as a Telenor-Unitech joint venture and owned by Telenor (Telenor India, formerly Uninor); a German
automotive electronics maker bought by Mannesmann, by Siemens and by Continental (Siemens VDO); a US maker of ATMs and
safes, its founder, and its purchase of Germany's Wincor Nixdorf (Diebold Nixdorf).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off or before a list (`truncated`; Siemens VDO is a whole
2007 article body). Edits per item in `notes`; no word added or changed.
usage: batch32j.py [POOL_DIR] [--dry]   (default /tmp/gather33j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33j/pool"

R = []
# ---- mobile chips: ST-Ericsson, a 50/50 joint venture (2009-2013) ------------------------------------------------
R.append(wp("wp-st-ericsson", "ST-Ericsson", "http://piglix.com/piglix/ST-Ericsson",
 "ST-Ericsson was a multinational manufacturer of wireless products and semiconductors, supplying to mobile device "
 "manufacturers. ST-Ericsson was a 50/50 joint venture of Ericsson and STMicroelectronics established on 3 February "
 "2009 and dissolved 2 August 2013. Headquartered in Geneva, Switzerland, it was a fabless company, outsourcing "
 "semiconductor manufacturing to foundry companies.\n\n"
 "Both Ericsson and STMicroelectronics appointed four directors to the board with Hans Vestberg, President and CEO of "
 "Ericsson, serving as the chairman of the board and Carlo Bozotti, President and CEO of STMicroelectronics, as the "
 "vice-chairman.\n\n"
 "ST-Ericsson was formed on 3 February 2009 when STMicroelectronics and Ericsson completed the merger of Ericsson "
 "Mobile Platforms and ST-NXP Wireless into a 50/50 joint venture.\n\n"
 "On 20 August 2008, STMicroelectronics and Ericsson announced their interest to merge their wireless semiconductor "
 "businesses. ST contributed its multimedia and connectivity products as well as their 2G/EDGE platform and 3G "
 "offering. Ericsson contributed its 3G and 3GPP Long Term Evolution (LTE) platform technology. The merger followed "
 "an existing strategic co-operation between Ericsson Mobile Platforms and ST-NXP Wireless.\n\n"
 "Ericsson also had a venture with Sony called Sony Ericsson during 2001–2012.",
 "semiconductors", ["deal", "leadership"],
 "The article as piglix.com renders it in the page store: the infobox lines (type 'Joint venture', industry, fate, "
 "predecessor 'Ericsson Mobile Platforms, ST-NXP Wireless', successor, founded, defunct, headquarters, key people "
 "'Didier Lamouche (President and CEO)', revenue for 2011, employees 'as of end 2012', parents 'STMicroelectronics "
 "(50%) Ericsson (50%)', website) cut; whitespace only: the copy's single line breaks between paragraphs made "
 "paragraph breaks; kept as written: 'supplying to mobile device manufacturers', 'announced their interest to "
 "merge', 'as well as their 2G/EDGE platform', '2001–2012'; cut after 'during 2001–2012.', before 'On 11 December "
 "2012, ST-Ericsson was on the brink of shutdow', where the excerpt breaks off (`truncated`). Content to about 2013 "
 "(the dissolution told, the 2012 headcount in the infobox): recorded 3.0; doubtful: no revision date, piglix's "
 "terms page was not found in the page store. ST-Ericsson, STMicroelectronics, Ericsson Mobile Platforms, ST-NXP "
 "Wireless, Hans Vestberg, Carlo Bozotti: 0 in train/dev/test texts; Ericsson in one train Wikinews text (the "
 "Alcatel-Lucent merger, another event) and two test texts by count; 'Sony Ericsson' in one test text by count "
 "(batch 20a's dead end, another subject: this text gives it one sentence). the-uncensored-wiki.com's 2012 copy "
 "(without the board paragraph) and news on the joint venture (networkworld, theengineer, mobileworldlive; Italian "
 "and Bulgarian pages) were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, via piglix.com, a site rendering Wikipedia pages"))

# ---- mobile handsets: BenQ Mobile, formed from Siemens Mobile (2005) -----------------------------------------------
R.append(wp("wp-benq-mobile", "BenQ Mobile", "https://en.m.wikipedia.org/wiki/BenQ_Mobile",
 "BenQ Mobile GmbH & Co. OHG was the mobile communications subsidiary of Taiwanese BenQ Corporation, selling products "
 "under the BenQ-Siemens brand. The group, based in Munich, Germany, was formed out of BenQ's acquisition of the then "
 "struggling Siemens Mobile group in 2005. The newly formed company won the most iF product design awards in 2006 and "
 "also won many design awards in Germany's Red Dot competition. BenQ Mobile failed later that year.\n\n"
 "Siemens Mobile was loss-making and struggling in the market, and the division was then sold to BenQ Corporation in "
 "June 2005 to try to turn the business around. As part of the deal, Siemens would pay BenQ at least 250 million "
 "euros to get the new venture to a solid start, in return of a 2.5% stake in BenQ. The acquisition was completed on "
 "1 October 2005, with the formation of BenQ Mobile, led by a German CEO, Clemens Joos, and a Taiwanese chairman, "
 "Jerry Wang. Joos had already been president of Siemens Mobile since 2004.\n\n"
 "Part of the reason why BenQ was chosen by Siemens was the Taiwanese company's interest to keep German locations "
 "open - the headquarters in Munich and the manufacturing plants in Kamp-Lintfort and in Bocholt.",
 "mobile handsets", ["deal", "leadership"],
 "The article in en.wikipedia.org's mobile rendering in the page store: the infobox lines (company type "
 "'Subsidiary', predecessor 'Siemens Mobile', founded '1 October 2005', defunct '30 January 2007' with its note on "
 "BenQ-branded handsets since 2008, headquarters, key people 'Clemens Joos, CEO; Jerry Wang, EVP and CMO; Alex Liou, "
 "Head of Corporate Finance; Irwin Chen, Member of the Board', products, brands, total assets, parent), the image "
 "captions 'BenQ-Siemens store' and 'BenQ-Siemens EF81', the heading 'History edit' and the citation markers ('[1]' "
 "to '[5]') cut; kept as written: 'The group, based in Munich', 'failed later that year', 'in return of a 2.5% "
 "stake', 'open - the headquarters' (a spaced hyphen); cut after 'in Kamp-Lintfort and in Bocholt.', before 'Other "
 "research and development and manufacturing plants were located in Aalborg, ... Taipei and W', where the excerpt "
 "breaks off (`truncated`). The current rendering: recorded 4.0. BenQ, BenQ Mobile, BenQ-Siemens, Siemens Mobile, "
 "Clemens Joos, Jerry Wang: 0 in train/dev/test texts; Siemens in other texts (Siemens Gamesa, PolyGram and others; "
 "other events). WikiMili's copy of the same page and news on the insolvency (siliconrepublic, rcrwireless, "
 "engadget) were looked at and not used (the mobile rendering preferred; the deal, not the failure, is the subject).",
 "non-US", copy_of="the Wikipedia article, in its mobile rendering"))

# ---- tea: Tetley, bought by J. Lyons (1973) and by the Tata Group (2000) -------------------------------------------
R.append(wp("wp-tetley", "Tetley", "https://wikimili.com/en/Tetley",
 "Tetley is an English beverage manufacturer founded in 1837 in Yorkshire. It is the largest company of tea in the "
 "United Kingdom and Canada, and the second largest in the United States by volume.\n\n"
 "Since 2000, Tetley has been a wholly owned subsidiary of Tata Consumer Products (formerly Tata Global Beverages), "
 "making it the second largest manufacturer of teas in the world, after Unilever.\n\n"
 "In 1822, brothers Joseph and Edward Tetley sold salt from a pack horse in Huddersfield, Yorkshire, England. They "
 "started to sell tea and were so successful they set up as \"Joseph Tetley & Co.\" tea merchants in 1837. Relocating "
 "to London in 1856, they formed \"Joseph Tetley & Company, Wholesale Tea Dealers\", in partnership with Joseph "
 "Ackland.\n\n"
 "In 1952, in an early example of cross promotion, Petula Clark's single \"Anytime Is Tea Time Now\" was used to "
 "advertise Tetley on Radio Luxembourg. Tetley was the first company to sell tea in tea-bags in the United Kingdom in "
 "1953. In 1989, following extensive consumer tests establishing Britons' preferences, Tetley launched the round tea "
 "bag.\n\n"
 "In 1973 the Tetley company was acquired by J. Lyons and Co. to form Lyons-Tetley. Following mergers, Lyons became "
 "part of Allied Lyons and then Allied Domecq.\n\n"
 "The Tetley Group was created in July 1995, as a result of a buy in management buy out, when a group of investors "
 "bought the worldwide beverage business from Allied Domecq. The Tetley Group was bought by India's Tata Group in "
 "February 2000, for £271 million.\n\n"
 "It was one of the largest overseas acquisitions by an Indian company at that time.",
 "tea and beverages", ["deal", "leadership"],
 "The article as WikiMili renders it in the page store: the title line, 'Last updated', the infobox lines (company "
 "type 'Subsidiary', industry, founded '1837; 187 years ago', founder 'Joseph and Edward Tetley', headquarters "
 "'Greenford, London, England', area served, products, parent 'Tata Consumer Products', website), 'Contents', the "
 "heading 'History', the image caption 'Tetley tea canister from Canada' (given twice, with its file name) and the "
 "citation markers ('[1]' to '[10]', each with the space before it) cut; kept as written: 'the largest company of "
 "tea', 'cross promotion', 'a buy in management buy out', 'India's Tata Group'; cut after 'at that time.', before "
 "'The Tata ', where the excerpt breaks off (`truncated`). Content of 2024 ('187 years ago'): recorded 4.0; doubtful: "
 "WikiMili's terms page was not found in the page store. Tetley, Tata Consumer Products, 'Tata Tea', Lyons-Tetley: 0 "
 "in train/dev/test texts; 'Tata Global Beverages' in one dev biography (Natarajan Chandrasekaran, a board post); "
 "'Tata' in other texts (Tata Steel and Corus, other events); 'Allied Domecq' and 'J. Lyons' in batch 29d's Allied "
 "Domecq text (its own mergers, another subject; one test text by count); Unilever in other texts. 'Tetley–Tata "
 "Tea' is named in batch 28d's searches not used (summary pages only then). wiki-gateway.eudic.net's older copy (no "
 "J. Lyons paragraph), wikisum's summary of Tata Consumer Products and news (latimes, bartleby) were looked at and "
 "not used.", "non-US", copy_of="the Wikipedia article, via WikiMili, a site rendering Wikipedia pages"))

# ---- media: Viacom18, Network18's joint venture ------------------------------------------------------------------
R.append(wp("wp-viacom18", "Viacom18", "https://en.wikipedia.org/wiki/Viacom18",
 "Viacom18 Media Private Limited is an Indian Media Conglomerate Joint Venture between Bodhi Tree Systems with "
 "Network18 Group which is subsidiary of Reliance Industries. Network18 Group is the majority share holderin in the "
 "Joint Venture. The company has various channels and content production studios in India.\n\n"
 "In January 2010, Viacom18 went international with the launch of Colors in United States. The channel is called "
 "Aapka Colors. In July 2010, it got into 50/50 distribution joint venture with Sun Network to form Sun 18.\n\n"
 "In December 2011, Viacom18 launched Nickelodeon Sonic, targeting young adults.\n\n"
 "In January 2014, TV18 acquired the non-Telugu language TV assets of ETV Network for ₹2,053 crore, with a permission "
 "to use ETV brand name.\n\n"
 "In March 2015, Viacom18 decided to rebrand all five non-Telugu language ETV regional general entertainment "
 "channels. ETV Marathi, ETV Gujarati, ETV Kannada, ETV Bangla, and ETV Odia were rebranded into Colors Marathi, "
 "Colors Gujarati, Colors Kannada, Colors Bangla, and Colors Odia respectively.\n\n"
 "The company also owns Viacom18 Studios. On 31 January 2018, TV18 announced its acquisition of Viacom's majority in "
 "the joint venture, taking operational control and leaving Viacom with minority interest. On 1 October 2019, "
 "Viacom18 launched Colors HD in Malaysia on Astro Malaysia; every serial will be served with Malay and English "
 "subtitles.\n\n"
 "More recently, the company had signed a deal with the National Basketball Association in order to deliver live NBA "
 "games to all of their own networks.",
 "television and media", ["deal"],
 "The article as en.wikipedia.org renders it in the page store: the title line, the infobox lines (company type "
 "'Joint venture', industry, founded 'November 2007', fate 'Merger with Disney Star (pending)', headquarters, area "
 "served, key people 'Jyoti Deshpande (CEO)', owners 'Network18 Group (86.92%) Viacom (13.08%) (2007–2024)', "
 "website), the headings 'History' and '[edit]Founding' with their '[edit]' links and the citation markers ('[1]' "
 "to '[7]', '[citation needed]') cut; kept as written: 'Indian Media Conglomerate Joint Venture between Bodhi Tree "
 "Systems with Network18 Group which is subsidiary of', 'the majority share holderin in the Joint Venture', 'got "
 "into 50/50 distribution joint venture', 'with a permission to use ETV brand name', 'Viacom's majority', 'every "
 "serial will be served', 'to all of their own networks'; cut after 'to all of their own networks.', before the "
 "heading 'Attempted mergers with Sony and', where the excerpt breaks off (`truncated`). The current rendering "
 "(the Disney Star merger pending, 2024): recorded 4.0; doubtful: the lead names Bodhi Tree Systems as a partner "
 "while the infobox names Viacom. Viacom18, Network18, TV18, Reliance Industries, Bodhi Tree Systems, Sun Network, "
 "ETV Network, Colors: 0 in train/dev/test texts; 'Viacom' alone in no corpus text; Astro in other texts only as "
 "part of other words. profilbaru.com's later copy and cryer.org.uk's and profilpelajar.com's Network18 pages, "
 "news on the founding (hollywoodreporter, domain-b) and on TV18's 2018 purchase (scatmag) were looked at and not "
 "used.", "non-US"))

# ---- telecoms: Vodafone Hutchison Australia (2009-2020) -------------------------------------------------------------
R.append(wp("wp-vodafone-hutchison-australia", "Vodafone Hutchison Australia",
 "https://en.wikipedia.org/wiki/Vodafone_Hutchison_Australia",
 "Vodafone Hutchison Australia Pty Limited, doing business as Vodafone Australia or Vodafone Hutchison Australia "
 "(VHA), is a mobile telecommunications company and Internet service provider that operates the Vodafone brand in "
 "Australia. The result of a 2009 merger between Vodafone Australia and Hutchison 3G Australia, it is Australia's "
 "third-largest mobile carrier with approximately 5.8 million subscribers, A$3.5 billion in annual revenue and a 19 "
 "per cent market share making it Australia's third largest mobile telecommunications provider behind Telstra and "
 "Optus. It also offers fixed-line and wire broadband services via the National Broadband Network.\n\n"
 "The joint venture entity is owned by Hutchison Telecommunications (Australia) Limited (\"HTAL\"; a listed company "
 "(ASX: HTA) and a subsidiary of CK Hutchison Holdings) and by Vodafone Group plc on a 50-50 basis.\n\n"
 "In August 2018, VHA and TPG Telecom announced their intention to merge. Initially rejected by the ACCC, the plan "
 "was given permission to proceed via a February 2020 Federal Court of Australia ruling. Effective 29 June 2020, "
 "Vodafone Hutchison Australia Pty Limited was renamed TPG Telecom Limited (ABN 76 096 304 620).\n\n"
 "Mobile voice and data is Vodafone's core business.",
 "mobile telecoms", ["deal"],
 "The article as en.wikipedia.org rendered it in the page store under the page name 'Vodafone (Australia)', "
 "'(Redirected from Vodafone Hutchison Australia)': the title line, 'From Wikipedia, the free encyclopedia', the "
 "redirect line, 'Jump to navigation Jump to search', the infobox lines (name, type 'Joint venture', founded '1992 "
 "(original)' and '10 June 2009 (merger; as VHA)', headquarters, key people 'Iñaki Berroeta (CEO)' and 'Canning Fok "
 "(Chairman)', products, revenue and income for 2017, owner 'Hutchison Telecommunications Australia (50%)', "
 "employees), the headings 'Products and services[edit]' and 'Mobile telephony[edit]' and the citation markers "
 "('[4]' to '[11]') cut; kept as written: 'A$3.5 billion', 'fixed-line and wire broadband services', '(\"HTAL\"; a "
 "listed company (ASX: HTA) and ...)', 'the plan was given permission to proceed via', the ABN in brackets; cut "
 "after 'Vodafone's core business.', before 'Its mobile network operates on the following frequencies:' and the "
 "frequency list, which the excerpt breaks off inside (`truncated`). Content of mid-2020 (the renaming of 29 June "
 "2020 told, revenue for 2017 in the infobox): recorded 3.0; doubtful: no revision date. Vodafone Hutchison "
 "Australia, VHA, Hutchison 3G Australia, HTAL, TPG Telecom: 0 in train/dev/test texts; 'Vodafone Australia' in one "
 "train Wikinews text (its 3G services in New South Wales, 2008, another event); 'Hutchison Telecommunications' in "
 "one dev text (Vodafone India, its Indian arm, another event); CK Hutchison in batch 30d's Wind text (its Italian "
 "joint venture) and one test text by count; Telstra, Optus and the ACCC in other texts (outages, ACCC merger "
 "reviews; no ACCC text on VHA and TPG found by name). News on the 2009 merger (vodafone.com, mobileworldlive) and "
 "on the TPG merger (malaymail, straitstimes, telecompaper, readkong) were looked at and not used.", "non-US",
 v3=True))

# ---- mobile telecoms: Telenor India, formerly Uninor (Unitech Wireless), a Telenor-Unitech joint venture ------------
R.append(wp("wp-telenor-india", "Telenor India", "https://en.wikipedia.org/wiki/Uninor",
 "Telenor (India) Communications Private Limited, formerly known as Uninor, is an Indian mobile network operator. The "
 "company is a wholly owned subsidiary of Norwegian telecommunications company Telenor Group. In February 2017, "
 "Telenor Group announced merging the India business with Bharti Airtel post necessary regulatory approvals.\n\n"
 "The company Unitech Wireless Limited, a subsidiary of Unitech Group, was incorporated in 2008. The same year, the "
 "company was awarded wireless services licences for all 22 telecom circles. Subsequently, Unitech Group and Telenor "
 "Group agreed to enter a joint venture where Telenor would inject fresh equity investments of 61.35 billion into "
 "Unitech Wireless to take a majority stake in the company. This was operating capital invested directly in Unitech "
 "Wireless by Telenor Group. Telenor Group conducted these investments in four tranches, subsequent to approvals from "
 "the Foreign Investment Promotion Board (FIPB) and the Cabinet Committee of Economic Affairs (CCEA) took 67.25% "
 "ownership of Unitech Wireless. In September 2009, Unitech Wireless announced its brand name as Uninor.\n\n"
 "Uninor launched in eight telecom circles on 3 December 2009, after completing one of the world’s largest GSM "
 "Greenfield launches which was also one of the fastest telecom roll-outs ever in India.",
 "mobile telecoms", ["deal"],
 "The article as en.wikipedia.org rendered it in the page store under the page name 'Telenor India', '(Redirected "
 "from Uninor)': the title line, 'From Wikipedia, the free encyclopedia', the redirect line, 'Jump to: navigation, "
 "search', the infobox lines (formerly called 'Telewings Communications Services Pvt Ltd', industry, fate 'To be "
 "Acquired by Bharti Airtel', predecessor 'Unitech Wireless Limited', founded, headquarters, key people 'Sharad "
 "Mehrotra (CEO)', services, owner 'Bharti Airtel', employees '(Q4 2016)'), the heading 'Foundation and "
 "growth[edit]', the image caption 'Telenor CEO Jon Fredrik Baksaas launching Uninor in 2009' and the citation "
 "markers ('[3]' to '[7]') cut; kept as written: 'announced merging the India business with Bharti Airtel post "
 "necessary regulatory approvals', 'equity investments of 61.35 billion' (no currency), 'subsequent to approvals "
 "from ... (CCEA) took 67.25% ownership', 'the world’s' (a curly apostrophe); cut after 'ever in India.', before "
 "'According to Uninor, the brand was built around an ambition to serve th', where the excerpt breaks off "
 "(`truncated`). Content of early 2017 (the Airtel merger announced, not done; employees for Q4 2016): recorded 3.0; "
 "doubtful: no revision date. Telenor India, Uninor, Unitech, Telewings: 0 in train/dev/test texts; Telenor in batch "
 "31i's Warid Pakistan text (another market) and one test text by count; Bharti Airtel in one train text (MTN Group's "
 "talks with Bharti, another event) and one test text by count. hubbry.com's later copy (with the 2018 approval, "
 "its dates given as 2007), the CloudFront copy (its 2014 state, with a cleanup banner) and news on Airtel's purchase "
 "(a blog) and on Telenor's full ownership (economictimes, telenor.com) were looked at and not used.", "non-US",
 v3=True, copy_of="the Wikipedia article, as en.wikipedia.org rendered it under the redirect 'Uninor'"))

# ---- automotive electronics: Siemens VDO, bought by Siemens (2000) and by Continental (2007) ------------------------
_vdo = wp("wp-siemens-vdo", "Siemens VDO",
 "http://wikipedia.classicistranieri.com/en/articles/s/i/e/Siemens_VDO_6442.html",
 "Siemens VDO (Vereinigte DEUTA (Deutsche Tachometerwerke GmbH) OTA (OTA Apparate GmbH)), is a manufacturer of "
 "information and cockpit systems, navigation, telematics, communication and audio systems, and control and fuel "
 "systems.\n\n"
 "The company was founded by Adolf Schindling at the end of the 1920s in Frankfurt, Germany by joining DEUTA and OTA. "
 "The company made speedometers and instrument clusters for passenger cars and commercial vehicles.\n\n"
 "In 1991 the company was bought by Mannesmann. In 1999 Mannesmann was itself bought by Vodafone and VDO was put up "
 "for sale. In 2000 the company was bought by Siemens AG Automotive and the companies merged under the name Siemens "
 "VDO.\n\n"
 "Siemens VDO is a leading international supplier of automotive electronics and mechatronics which manufactures "
 "products relating to the drivetrain, engine management electronics and fuel injection, which are designed to "
 "simultaneously improve engine performance and reduce emissions.\n\n"
 "On 25 July 2007, Continental AG announced its offer to purchase Siemens VDO for €11.4 billion ($15.6 billion). The "
 "decision was approved by the Siemens Supervisory Board. On 3 December 2007, Continental AG took over Siemens VDO "
 "Automotive AG. Continental eventually paid $16.7 billion for the automotive unit of Germany-based Siemens AG. The "
 "acquisition nearly doubles the size of Continental, making it the world's fifth largest automotive supplier.",
 "automotive electronics", ["deal", "leadership"],
 "The article as a December 2007 static copy of English Wikipedia holds it (wikipedia.classicistranieri.com, 'From "
 "Wikipedia, the free encyclopedia'): the title line, that line, the citation marker '[1]' and the '[edit] "
 "References' section after the text cut; whitespace only: the copy's single line breaks between paragraphs made "
 "paragraph breaks; kept as written: 'Siemens VDO (Vereinigte DEUTA (...) OTA (OTA Apparate GmbH)), is a "
 "manufacturer' (the comma after the bracket), 'at the end of the 1920s', 'Siemens AG Automotive', 'The acquisition "
 "nearly doubles'. The whole article body of that copy (not `truncated`). A 2007 revision: recorded 3.0 (text of "
 "then GFDL-licensed Wikipedia, relicensed under CC BY-SA 3.0 in 2009; doubtful: no revision id, the mirror's terms "
 "page was not found in the page store). Siemens VDO, VDO, Continental AG, DEUTA, Adolf Schindling: 0 in "
 "train/dev/test texts ('VDO' inside 'EVDO' in one dev text); Siemens in other texts (other events). Doubtful, "
 "weighed as the lane's rule on a subject told again: Mannesmann's purchase by Vodafone, batch 20a's train file "
 "wp-mannesmann-vodafone-acquisition, is one clause here ('Mannesmann was itself bought by Vodafone'); this text's "
 "subject is VDO's own changes of owner, told in no corpus text, so it was kept (the lead may drop it). AI-written "
 "pages on the Continental deal (visualfoodie.com, eatsip365.com, winenfood.com) and a garbled blog copy of news "
 "were looked at and not used.", "non-US", v3=True,
 copy_of="the Wikipedia article, via a December 2007 static copy of English Wikipedia")
_vdo["truncated"] = False
R.append(_vdo)

# ---- banking technology: Diebold Nixdorf, formed by Diebold's purchase of Wincor Nixdorf (2016) -----------------------
R.append(wp("wp-diebold-nixdorf", "Diebold Nixdorf", "https://owiki.org/wiki/Diebold_Inc.",
 "Diebold Nixdorf, Incorporated is an American multinational financial and retail technology company based in North "
 "Canton, Ohio. It specializes in the sale, manufacture, installation, and service of self-service transaction "
 "systems, point-of-sale terminals, physical security products, and software and related services for global "
 "financial, retail, and commercial markets. Diebold Nixdorf has a presence in around 130 countries, and the company "
 "employs approximately 23,000 people.\n\n"
 "Founded in 1859 in Cincinnati, Ohio as the Diebold Bahmann Safe Company, the company eventually changed its name to "
 "Diebold Safe & Lock Company. In 1921, Diebold Safe & Lock Company sold the world's largest commercial bank vault to "
 "Detroit National Bank. Diebold has since branched into diverse markets, and is currently the largest provider of "
 "ATMs in the United States. Diebold Nixdorf was founded when Diebold Inc. acquired Germany's Wincor Nixdorf in 2016. "
 "It is estimated that Wincor Nixdorf controlled about 35 percent of the global ATM market.\n\n"
 "On June 1, 2023, Diebold Nixdorf filed for Chapter 11 bankruptcy, saying it reached an agreement to restructure and "
 "reduce its debt by $2.1 billion. Its stock was also delisted from the New York Stock Exchange. In August 2023, "
 "Diebold Nixdorf emerged from Chapter 11 bankruptcy and rejoined the NYSE.\n\n"
 "Diebold was founded in 1859 in Cincinnati, Ohio as the Diebold Bahmann Safe Company. Under the leadership of "
 "founder Charles Diebold, a German immigrant, the company's 250 initial employees began manufacturing safes and bank "
 "vaults out of a factory in Canton, Ohio. Diebold states that 878 of its safes protected some of the only undamaged "
 "property in the Great Chicago Fire of 1871, and the following year Diebold moved its operations and headquarters to "
 "Canton to meet increased demand.",
 "banking technology", ["deal", "leadership"],
 "The article as owiki.org renders it in the page store, at the address of the redirect 'Diebold Inc.': the title "
 "line 'Diebold Nixdorf' and the headings 'Diebold history' and 'Diebold Safe & Lock Company to Diebold, "
 "Incorporated (1859-1960s)' cut; whitespace only: the copy's single line breaks between paragraphs made paragraph "
 "breaks; kept as written: 'It specializes', 'Diebold Inc.' beside 'Diebold Nixdorf, Incorporated', 'Germany's "
 "Wincor Nixdorf', the founding told twice (lead and history); cut after 'to meet increased demand.', before 'In "
 "1874, Diebold was contracted to build the world's largest safe, to be instal', where the excerpt breaks off "
 "(`truncated`). Content of August 2023 or later (the emergence from Chapter 11 told): recorded 4.0; doubtful: no "
 "revision date, owiki's terms page was not found in the page store (earlier batches took texts from owiki.org). "
 "Diebold, Wincor Nixdorf, Detroit National Bank, Charles Diebold: 0 in train/dev/test texts; 'Nixdorf' only in "
 "batch 31j's searches not used (Siemens Nixdorf, another company). Diebold's German takeover offer (doczz), its "
 "8-K and 10-K filings, Norwegian and German news on Wincor Nixdorf's sale by Siemens and on the 2016 renaming, and "
 "americanbanker.com's report of the first approach were looked at and not used.", "US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 27b (session 28, the out-of-sample check; helper gather28b): English Wikipedia articles (CC BY-SA) on
companies outside the US and on the services, apps, platforms and networks they run, told as news — a ride-hailing
super app bought by Uber with its delivery and payment services (Careem); a telecom group's subsidiaries, its
mobile-money service and a bank it bought (Econet Wireless); a travel search engine's founders, purchases and a
search-engine partner (Skyscanner); a mobile operator's owners, a former chief executive and the man who conceived it
(Grameenphone); a search company's division, its competitors and its founders' earlier companies (Yandex); a hotel
search company's owner, founders and a managing director who resigned (Trivago); a messaging and payment app and its
developer (WeChat); a ride-hailing company's founder, former names and a regulator (Bolt); an app-only bank's
founders, regulators and a crowdfunding platform (Monzo); a state-owned telecom operator's subsidiary, brand and
predecessor (Swisscom); an internet company's founder, apps and a ministry it partners with (ByteDance); a music
streaming service's company, the platforms it runs on and a journalist's newspaper (Spotify).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch27b.py [POOL_DIR] [--dry]   (default /tmp/gather28b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather28b/pool"

R = []
# ---- ride-hailing, delivery and travel platforms ----------------------------------------------------------------
R.append(wp("wp-careem", "Careem", "https://www.detailedpedia.com/wiki-Careem",
 "Careem is a Dubai-based super app with operations in over 100 cities, covering 12 countries across the Middle East, "
 "Africa, and South Asia regions. The company, which was valued at over US$2 billion in 2018, became a wholly-owned "
 "subsidiary of Uber after being acquired for $3.1 billion in January 2020. Careem expanded into the food delivery "
 "business with Careem Now in November 2018 and launched a digital payment platform, Careem Pay in April 2022. In "
 "April 2023, Careem's Super App business was spun out into a new legal entity, which e& acquired a 50.03% stake in, "
 "while Uber maintains full ownership of Careem's ride-hailing business.\n\n"
 "Careem was founded by Mudassir Sheikha, an American of Pakistani origin, and Magnus Olsson of Sweden, who had both "
 "worked as management consultants at McKinsey & Company. It started operating in 2012 as a website-based service for "
 "corporate car bookings, and evolved to become a ridesharing company with car hire for everyday use.\n\n"
 "In 2015, the company acquired a Saudi-based home service company and Abdulla Elyas joined Careem. In 2017, the "
 "company announced a program to extend maternity leave and hire more women.\n\n"
 "In June 2017, Careem launched operations in Palestine as part of a commitment to create one million jobs in the "
 "MENA region by the end of 2018. In January 2018, they became the first ride-hailing service to launch in Baghdad. "
 "The company also has locations in Najaf and Erbil, Kurdistan Region.",
 "transport (ride-hailing, super app)", ["deal", "leadership"],
 "The article as detailedpedia.com (a site that renders Wikipedia articles) holds it: the infobox lines (legal name "
 "'Careem Networks FZ-LLC', founded, founders 'Mudassir Sheikha, Magnus Olsson, Abdulla Elyas', area served, key "
 "people, products, parent 'Uber and e& (Since 2023)') and an image caption given twice ('Careem's first logo, used "
 "from 2012 to 2016') cut; kept as written: 'which e& acquired a 50.03% stake in,', 'Careem Pay in April 2022' with "
 "no comma after the name; cut after 'Najaf and Erbil, Kurdistan Region.', before 'It was announced in February 2018, "
 "that Careem had acquired RoundMenu, a restaurant listing and food ordering platform that operates across the', "
 "where the excerpt breaks off (`truncated`; that purchase is lost with it). Content to 2024 ('12 years ago' in the "
 "infobox): recorded 4.0. Doubtful: detailedpedia.com's terms were not found in the page store. Careem, Mudassir "
 "Sheikha, Magnus Olsson, Abdulla Elyas, RoundMenu: 0 in train/dev/test; 'e&' occurs in other texts only inside "
 "other strings.", "non-US", copy_of="the Wikipedia article, via detailedpedia.com"))

R.append(wp("wp-skyscanner", "Skyscanner", "https://en.wikipedia.org/wiki/Skyscanner",
 "Skyscanner is a metasearch engine and travel agency based in Edinburgh, Scotland. The site is available in over 30 "
 "languages and is used by 100 million people per month. The company lets people research and book travel options "
 "for their trips, including flights, hotels and car hire.\n\n"
 "The company was formed in 2003 by three information technology professionals, Gareth Williams, Barry Smith, and "
 "Bonamy Grimes, after Gareth was frustrated by the difficulties of finding cheap flights to ski resorts. Skyscanner "
 "was first developed and released in 2002. In 2003, the first employee was hired to assist with site development. "
 "The Edinburgh office was opened in 2004.\n\n"
 "In 2008, Skyscanner received first round funding of £2.5 million from venture capital firm Scottish Equity Partners "
 "(SEP).\n\n"
 "In 2009, the year after SEP invested in the business, Skyscanner reported its first profit.\n\n"
 "In 2011, Skyscanner acquired Zoombu. Skyscanner opened an office in Singapore in September 2011, which is "
 "headquarters for its Asia-Pacific operations. In 2012, a Beijing office was added, as Skyscanner began a "
 "partnership with Baidu, China's largest search engine.\n\n"
 "By 2013, the company employed over 180 people. In February 2013, Skyscanner announced plans to open a United States "
 "base in Miami. In October 2013, Sequoia Capital purchased an interest in Skyscanner that valued the company at $800 "
 "million. In June 2014, Skyscanner acquired Youbibi, a travel search engine company based in Shenzhen, China.\n\n"
 "In October 2014, Skyscanner acquired the Budapest-based mobile app developer Distinction.\n\n"
 "By February 2015, the company employed 600 people, double the employment of 18 months earlier.",
 "travel (online search)", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store ('From Wikipedia, the free encyclopedia'): that line, "
 "the infobox lines (legal name 'Skyscanner Ltd.', founded '(2003; 20 years ago (2003))', founders, key people, "
 "revenue '£261 million (2016)', number of employees) and citation markers ('[1]'-'[16]') cut; kept as written: "
 "'after Gareth was frustrated', 'In 2009, the year after SEP invested'; cut after 'double the employment of 18 "
 "months earlier.', before 'In January 2016', where the excerpt breaks off (`truncated`; the 2016 sale to Ctrip is "
 "not in the kept text). Content to 2023 ('20 years ago' in the infobox): recorded 4.0. Skyscanner, Zoombu, "
 "Youbibi, Scottish Equity Partners, Gareth Williams, Barry Smith, Bonamy Grimes, Distinction, Sequoia Capital, "
 "Baidu: 0 in train/dev/test (Baidu is named in this batch's Yandex text too, as a competitor).", "non-US"))

R.append(wp("wp-trivago", "Trivago", "https://en.wikipedia.org/wiki/Trivago",
 "Trivago N.V. is a German technology company owned by US-based Expedia Group that specializes in travel and lodging. "
 "Its main product is the Trivago online search engine and accommodation booking website that lists prices provided "
 "by hotels and other booking websites.\n\n"
 "Trivago is headquartered in Düsseldorf, where its international operations are managed. The company operates as a "
 "subsidiary of Expedia Group and employs staff across product development, marketing, and data analytics functions, "
 "with its platform serving users globally.\n\n"
 "The company was founded in Düsseldorf, Germany, in January 2005. Seeing an opportunity in the hotel search space, "
 "the founding team developed Germany's first hotel search engine. Shortly after launch, Stephan Stubner resigned as "
 "Managing Director, but the three other founders (Rolf Schrömgens, Peter Vinnemeier and Malte Siewert) remained.\n\n"
 "Initially, Trivago received €1 million from investors, including the Samwer brothers, Florian Heinemann, and "
 "Christian Vollmann. In 2007, Trivago received US$1.14 million in Series B funding from the British company HOWZAT "
 "media LLP. In December 2010, Trivago sold a quarter of the company for US$52.86 million to a US investment fund, "
 "Insight Venture Partners.",
 "travel (online search)", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Trivago =' title line): that line, the infobox "
 "lines (logo, former name 'Travel B.V.', type, founded, founders, location, areas served, key people 'Johannes "
 "Thomas (CEO), Wolf Schmuhl (CFO), Jasmine Ezz (CMO), Andrej Lehnert (CPO)', industry, products, parent 'Expedia "
 "Group (60% as of December 2023)', subsidiaries 'Base7booking, Rheinfabrik, TripHappy', revenue, employees) and the "
 "heading '==History==' cut; kept as written: 'US-based', 'the Samwer brothers'; cut after 'Insight Venture "
 "Partners.', before 'In December 2012, Exp', where the excerpt breaks off (`truncated`; Expedia's purchase is lost "
 "with it). Content to 2024-2025 (revenue for 2024): recorded 4.0. Trivago, Schrömgens, Vinnemeier, Siewert, "
 "Stubner, HOWZAT, Insight Venture Partners, Heinemann, Vollmann: 0 in train/dev/test; Expedia: one train file (IAC "
 "and Expedia in 2005, another event).", "non-US"))

R.append(wp("wp-bolt-company", "Bolt (company)", "https://en.wikipedia.org/wiki/Bolt_(company)",
 "Bolt offers vehicle for hire, micromobility, and food delivery services. Bolt is headquartered in Tallinn, Estonia "
 "and operates in over 200 cities in 40 countries in Europe, Africa, Western Asia and Latin America. The company has "
 "50 million customers globally and more than 1 million drivers use Bolt platform to offer rides.\n\n"
 "Bolt (then called Taxify) was founded by Markus Villig (then only 19 years old, a high-school student) in 2013, with "
 "a vision to aggregate all Tallinn and Riga taxis into one platform. With €5,000 from his parents, who also helped "
 "him by doing customer support outside of their regular working hours, he hired a developer to help him launch the "
 "business, then called mTakso. The service was launched in August 2013 and in 2014 it went on to foreign shores.\n\n"
 "In 2017, Taxify launched its services in London by acquiring a local taxi company with a licence to operate, but "
 "was forced by Transport for London to shut down its services. The company has filed a new licence application with "
 "plans to reopen services in London.\n\n"
 "Following the setback in London, Taxify launched its services in Paris and Lisbon.\n\n"
 "In September 2018, the company announced expanding into dockless electric scooters and launched them in Paris "
 "under the new Bolt brand.",
 "transport (ride-hailing)", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store (an older revision: 'Jump to navigation Jump to "
 "search', '7 years ago' after the founding date, revenue for 2019): the title line, 'From Wikipedia, the free "
 "encyclopedia', that line, the infobox lines (formerly 'mTakso, Taxify', industry, founded, founder, headquarters, "
 "area served, products, services, revenue), three image captions ('Caen Contee, Co-founder, Lime, left, and Markus "
 "Villig, Co-founder & CEO, Bolt, Web Summit 2018 at the Altice Arena in Lisbon, Portugal.', 'Taxify logo (former)', "
 "'Bolt electric scooter') and citation markers ('[1]'-'[18]') cut; kept as written: 'use Bolt platform', 'it went on "
 "to foreign shores'; cut after 'under the new Bolt brand.', before 'The company also said', where the excerpt breaks "
 "off (`truncated`). A 2022 revision is in the store too; this one (which names the company's former names in its "
 "text) was used. Content to 2020: recorded 3.0. Bolt (the company), Taxify, mTakso, Markus Villig: 0 in "
 "train/dev/test ('Bolt' occurs in one train text as a common word); Transport for London: two train files (Uber "
 "London's licence, 2017; Metronet, 2007: other events).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision"))

# ---- telecoms ---------------------------------------------------------------------------------------------------
R.append(wp("wp-econet-wireless", "Econet Wireless", "https://en.wikipedia.org/wiki/Kenya_Data_Networks",
 "Econet Wireless is a diversified telecommunications group with operations and investments in Africa, Europe, South "
 "America and the East Asia Pacific Rim, offering products and services in the core areas of mobile and fixed "
 "telephony services, broadband, satellite, optical fiber networks and mobile payment.\n\n"
 "The group's subsidiaries include Econet Global, Econet Wireless Africa, Econet Wireless International, Econet "
 "Enterprises, Liquid Telecom Group and Econet Media.\n\n"
 "Econet Wireless was created in 1993 in Zimbabwe by Strive Masiyiwa. Initially it was meant to be called \"Enhanced "
 "Communications Network\" but was later abbreviated to Econet.\n\n"
 "In 1998, Econet Wireless was granted a telephony licence, at a time when 70% of the country inhabitants had never "
 "heard a ringtone.\n\n"
 "In 2005, Econet Wireless developed a mobile payment system to help NGOs make cash transfers to refugees after the "
 "Burundi war. The model was extended and integrated in Econet Wireless' technology, along with a credit solution. "
 "EcoCash was officially launched in 2011 and is operated by Econet Enterprises. Within 18 months of its launch, 31% "
 "of Zimbabwe's adult population registered to the service.\n\n"
 "In February 2013, Econet acquired a controlling interest in the then TN Bank Zimbabwe, one of the local commercial "
 "banks in Zimbabwe, and renamed it Steward Bank. The bank, whose shares were previously listed on the Zimbabwe Stock "
 "Exchange (ZSE), were delisted when it became a wholly owned subsidiary of Econet.",
 "telecoms (mobile money)", ["deal", "leadership"],
 "The article 'Econet Wireless' as en.wikipedia.org renders it in the page store, reached at the address of a "
 "redirect to it ('(Redirected from Kenya Data Networks)'; an older revision: 'Jump to: navigation, search', revenue "
 "for 2011): the title line, 'From Wikipedia, the free encyclopedia', the redirect line, that line, the infobox lines "
 "(traded as 'ZSEECO (Zimbabwe subsidiary only)', industry, founded, headquarters 'Johannesburg, South Africa', "
 "area served, key people 'Strive Masiyiwa (Group Founder and Executive Chairman), Hardy Pemhiwa (Group Managing "
 "Director and CEO)', revenue) and citation markers ('[2]'-'[6]') cut; kept as written: 'the East Asia Pacific Rim', "
 "'70% of the country inhabitants', 'The bank, whose shares ... were delisted'; cut after 'a wholly owned subsidiary "
 "of Econet.', before 'In October 2014, Econet Wireless a', where the excerpt breaks off (`truncated`; that sentence "
 "leads to the redirect's subject, which is not in the kept text). Content to about 2014: recorded 3.0. Econet, "
 "EcoCash, Steward Bank, TN Bank, Masiyiwa, Liquid Telecom, Econet Enterprises: 0 in train/dev/test.", "non-US",
 v3=True, copy_of="the Wikipedia article, an older revision reached through a redirect"))

R.append(wp("wp-grameenphone", "Grameenphone",
 "http://the-uncensored-wiki.com:20082/articles/g/r/a/Grameenphone.html",
 "Grameenphone is a GSM-based cellular operator in Bangladesh. Grameenphone started operations on March 26, 1997. It "
 "is partly owned by Telenor (62%) and Grameen Telecom (38%).\n\n"
 "Grameenphone is the largest mobile phone company in Bangladesh with 17.81 million customers as of March, 2008 It is "
 "also one the fastest growing cellular telephone network in Bangladesh.\n\n"
 "At the end of 2005, it had about 3500 base stations around the country with plans to add about 500 in the "
 "following six months. Grameenphone's stated goal is to provide cost-effective and quality cellular services in "
 "Bangladesh.\n\n"
 "On the 16th of November, 2006 GP formally changed its logo to match its parent company Telenor's logo. According "
 "to GP the new logo symbolizes trust, reliability, quality and constant progress.\n\n"
 "The name Grameenphone was kept as part of the new identity because the name Grameenphone carries with it all of the "
 "heritage, success and values of the companies past, added the then CEO of Grameenphone Erik Aas.\n\n"
 "The idea of providing wider mobile phone access to rural areas was originally conceived by Iqbal Quadir, who is "
 "currently the founder and director of the Legatum Center for Development and Entrepreneurship at MIT. He was "
 "inspired by the Grameen Bank microcredit model and envisioned a business model where a cell phone can serve as a "
 "source of income.",
 "telecoms", ["deal", "leadership"],
 "The article as the-uncensored-wiki.com (a copy of a 2008 Wikipedia dump) holds it: the title line, 'From "
 "Wikipedia, the free encyclopedia', the infobox lines (legal name 'Grameenphone Limited', type, founded, "
 "headquarters, key people 'Anders Jensen, CEO', industry, products, revenue, net income, employees, website), the "
 "Bengali name in brackets after the first 'Grameenphone' ('(Bengali: ...)', cut as batch 25b cut foreign-script "
 "names), the contents line, the heading '[edit] History' and citation markers ('[1]'-'[5]'; the one after 'March, "
 "2008' stood where a full stop belongs) cut; kept as written: 'as of March, 2008 It is also one the fastest growing "
 "cellular telephone network', 'the values of the companies past'; cut after 'serve as a source of income.', before "
 "'After leaving his job as an investment banker in the United States, Quadir traveled back to Bangladesh, after "
 "meeting and successfully raising money from New York based', where the excerpt breaks off (`truncated`). Content "
 "to 2008: recorded 3.0. Doubtful: the copy site's terms were not found in the page store. Grameenphone, Grameen, "
 "Telenor, Iqbal Quadir, Erik Aas, Legatum: 0 in train/dev/test; Bangladesh: batch 26b's blackout texts (other "
 "events).", "non-US", v3=True, copy_of="the Wikipedia article, a 2008 revision"))

R.append(wp("wp-swisscom", "Swisscom", "https://www.hubbry.com/Swisscom",
 "Swisscom is a major telecommunications provider in Switzerland. Its headquarters are located in Worblaufen near "
 "Bern. The Swiss government owns 51% of Swisscom. According to its own published data, Swisscom holds a market "
 "share of 56% for mobile, 50% for broadband and 37% for TV telecommunication in Switzerland. Its Italian subsidiary, "
 "Fastweb, is attributed 16% of private clients and 29% of the corporate clients share of Italian broadband and is "
 "also active in the mobile market.\n\n"
 "The Swiss telegraph network was first set up in 1852, followed by telephones in 1877. The two networks were "
 "combined with the postal service in 1920 to form Postal Telegraph and Telephone (PTT). The Swiss telecommunications "
 "market was deregulated in 1997. Telecom PTT was spun off and rebranded Swisscom ahead of a partial privatisation in "
 "1997. The present-day Swisscom owns the protected brand NATEL, which is used only in Switzerland.\n\n"
 "In 2001, 25% of Swisscom Mobile was sold to Vodafone. In 2007, Swisscom acquired a majority stake in Italy's "
 "second-biggest telecom company Fastweb.\n\n"
 "Switzerland's entry into the telecommunications era came in 1851, with the passage of legislation giving the Swiss "
 "government control over the development of a telegraph network throughout the country. The government's initial "
 "plans called for the creation of three primary telegraph lines, as well as a number of secondary networks. In order "
 "to lay the infrastructural groundwork for the system, the government established the Atelier Fédéral de "
 "Construction des Télégraphes (Federal Workshop for the Construction of Telegraphs).",
 "telecoms", ["deal"],
 "The article as hubbry.com holds it ('Swisscom ... from Wikipedia', a community-hub page that reproduces the "
 "Wikipedia article): the site's lines ('Hubbry Logo', 'Open search', 'Community hub', '7 pages, 0 posts', '0 "
 "subscribers', 'Be the first to start a discussion here.' twice, 'Contribute something', 'from Wikipedia'), the "
 "'Key Information' line, the headings ('History', 'Pioneers (1852–1911)') with their '[edit]' links and citation "
 "markers ('[4]'-'[9]') cut; kept as written: '29% of the corporate clients share of Italian broadband', 'Italy's "
 "second-biggest telecom company Fastweb'; cut after '(Federal Workshop for the Construction of Telegraphs).', before "
 "'In July 1852, the first leg of the country's telegraph', where the excerpt breaks off (`truncated`). Recorded "
 "4.0: an undated rendering of the current article (the same lead as kiddle.co's 2023 adaptation). Doubtful: "
 "hubbry.com's terms were not found in the page store. Swisscom, Fastweb, NATEL as a brand (the string 'natel' "
 "occurs in other texts only inside words such as 'internationally'), Worblaufen, Atelier Fédéral: 0 in "
 "train/dev/test; Vodafone: many files, other events.", "non-US",
 copy_of="the Wikipedia article, reproduced on hubbry.com"))

# ---- internet companies and their apps ----------------------------------------------------------------------------
R.append(wp("wp-yandex", "Yandex", "http://onceuponaman.blogspot.com/2011/05/yandex-understanding-and-definition-of.html",
 "Yandex is a Russian IT company which operates the largest search engine in Russia (with 64% market share, ranked "
 "eighth-largest in the world) and develops a number of Internet-based services and products. The company's mission "
 "is to give answers to users' questions (explicit or implicit).\n\n"
 "The home page has been rated as the most popular web site in Russia. Yandex is attracting more than 56 million "
 "users from all over the world. The web site is also present in Belarus, Kazakhstan and Ukraine. Another company, "
 "Yandex Labs, is a wholly owned division of Yandex that is located in San Francisco Bay Area.\n\n"
 "According to research studies conducted by TNS, FOM, and Comcon, Yandex is the largest resource and largest search "
 "engine in the Russian Internet market, based on audience size. Yandex currently has over 64% market share in search "
 "and has over 10 billion web pages indexed.\n\n"
 "The closest competitors of Yandex in the Russian market are Google, and Rambler. Although services like Google and "
 "Yahoo! are also used by Russian users and have Russian-language interfaces, Google has about 21.9% of search engine "
 "generated traffic, Yandex has around 64.4%. Yandex is therefore one of the national non-English-language search "
 "engines (with among others Naver, and Baidu) that outrun Google in their countries.\n\n"
 "One of Yandex's largest advantages for Russian-language users is recognition of Russian inflection in search "
 "queries.\n\n"
 "Yandex's roots trace back to 1990 when Arkady Volozh and Arkady Borkovsky have founded Arkadia company, which "
 "developed MS-DOS software for use in patents and goods classification. Their software featured a full-text search "
 "with Russian morphology support. In 1993 Arkadia became a subdivision of Comptek International, another company "
 "founded by Volozh in 1989.",
 "tech (internet search)", ["deal", "leadership"],
 "The article as a blog post (onceuponaman.blogspot.com, May 2011, 'Yandex | Understanding and definition of Yandex "
 "Traffic') copies it: the post's title line cut; kept as written: 'Yandex is attracting', 'Google, and Rambler', "
 "'(with among others Naver, and Baidu)', 'have founded Arkadia company'; cut after 'founded by Volozh in 1989.', "
 "before 'In 1993-1996 the company continued developing its search technologies and released software for searching "
 "through the Bible and Russian classical lit', where the excerpt breaks off (`truncated`). Content to 2011: recorded "
 "3.0. Doubtful: a blog's copy of the article; the blog names no licence. Yandex, Volozh, Borkovsky, Arkadia, "
 "Comptek, Rambler, TNS, FOM, Comcon, MS-DOS: 0 in train/dev/test; Google, Yahoo!: many files, other events; "
 "'Naver' occurs in other texts only inside other words ('Canaveral'); Baidu is named in this batch's Skyscanner text "
 "too (a partner there).", "non-US", v3=True, copy_of="the Wikipedia article, copied in a blog post"))

R.append(wp("wp-wechat", "WeChat", "https://askwikinow.com/view_html.php?lang=en&q=WeChat&sq=Sri+Lanka",
 "WeChat or Weixin in Chinese is a Chinese instant messaging, social media, and mobile payment app developed by "
 "Tencent. First released in 2011, it became the world's largest standalone mobile app in 2018 with over 1 billion "
 "monthly active users. WeChat has been described as China's \"app for everything\" and a super-app because of its "
 "wide range of functions. WeChat provides text messaging, hold-to-talk voice messaging, broadcast (one-to-many) "
 "messaging, video conferencing, video games, mobile payment, sharing of photographs and videos and location "
 "sharing.\n\n"
 "Accounts registered using Chinese phone numbers are managed under the Weixin brand, and their data is stored in "
 "mainland China and subject to Weixin's terms of service and privacy policy, which forbids content which "
 "\"endanger[s] national security, divulge[s] state secrets, subvert[s] state power and undermine[s] national "
 "unity\".",
 "tech (messaging and payment app)", ["product"],
 "The article as askwikinow.com (a site that renders Wikipedia articles) holds it: the infobox lines (the Chinese "
 "name, developer 'Tencent Holdings Limited', initial release '21 January 2011', preview release, operating systems, "
 "service names, languages, type, licence, website, transcriptions), the bracket after 'Weixin in Chinese' with the "
 "Chinese name, its pinyin, a '(listen)' link and its gloss ('(Chinese: ...; pinyin: Wēixìn (listen); lit. "
 "'micro-message')', cut as batch 25b cut foreign-script names), a note marker ('[a]') and citation markers "
 "('[5]'-'[11]') cut; the bracketed '[s]' inside the quotation are the article's own and kept; kept as written: "
 "'WeChat or Weixin in Chinese is', 'which forbids content which'; cut after 'national unity\".', before 'Non-Chinese "
 "numbers are registered under WeChat, and WeChat users are subject to a different, less strict terms of service and "
 "stricte', where the excerpt breaks off (`truncated`). Content to 2025 ('11 months ago (2024-02-01)'): recorded 4.0. "
 "Doubtful: askwikinow.com's terms were not found in the page store. WeChat, Weixin: 0 in train/dev/test; Tencent: "
 "one dev file (wp-naspers: Naspers' stake, another event) and two test files by count (not opened).", "non-US",
 copy_of="the Wikipedia article, via askwikinow.com"))

R.append(wp("wp-bytedance", "ByteDance", "https://en.wikipedia.org/wiki/ByteDance",
 "ByteDance Ltd. is a Chinese multinational internet technology company headquartered in Beijing. It was founded by "
 "Zhang Yiming in 2012. ByteDance is reportedly worth over US$100 billion as of May 2020.\n\n"
 "ByteDance's core product, Toutiao (\"Headlines\"), is a content platform in China and around the world. Toutiao "
 "started out as a news recommendation engine and gradually evolved into a platform delivering content in various "
 "formats, such as texts, images, question-and-answer posts, microblogs, and videos.\n\n"
 "ByteDance is the developer of the video-sharing social networking services and apps TikTok and Douyin, the "
 "Chinese-specific counterpart to TikTok. On November 9, 2017, ByteDance acquired Shanghai-based social media "
 "start-up for up to US$1 billion. They combined it with TikTok on August 2, 2018 into a single global application, "
 "keeping the TikTok name.\n\n"
 "As of November 2018, ByteDance had over 800 million daily active users (over 1 billion accumulated users) across "
 "all of its content platforms. The company was valued at $78 billion and is considered one of the most valuable "
 "unicorns in the world. The company has an internal committee of the Chinese Communist Party as well as strategic "
 "partnerships with the Ministry of Public Security and Chinese Communist Party-supported ventures in Beijing and "
 "Shanghai.",
 "tech (internet platforms)", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store (an older revision: 'Jump to navigation Jump to "
 "search', '8 years ago' after the founding date, revenue for 2019): 'From Wikipedia, the free encyclopedia', that "
 "line, the infobox lines (legal name, native name, type, founded, founder, headquarters, legal domicile, area "
 "served, key people 'Zhang Yiming, Chairman & CEO; Kevin A. Mayer, COO; Lidong Zhang, Chairman of ByteDance China; "
 "Nan Zhang, CEO of ByteDance China; Fuping Zhang, Communist Party Committee Secretary of ByteDance', products "
 "'TikTok / Douyin', 'Vigo Video', revenue), the bracket after 'ByteDance Ltd.' with the Chinese name and its pinyin "
 "(cut as batch 25b cut foreign-script names) and citation markers ('[3]'-'[16]') cut; kept as written: 'acquired "
 "Shanghai-based social media start-up for up to US$1 billion' (this rendering lost the start-up's linked name; a "
 "copy of the same revision on littlesis.org gives it, but the text is kept as the store's rendering gives it), "
 "'They combined it with TikTok'; cut after 'ventures in Beijing and Shanghai.', before 'ByteDance is backed by "
 "Kohl', where the excerpt breaks off (`truncated`). Content to 2020: recorded 3.0. ByteDance, Toutiao, Douyin, "
 "Zhang Yiming, Ministry of Public Security: 0 in train/dev/test; TikTok: one train and one dev file (a committee's "
 "witnesses, an FTC case: other events); Chinese Communist Party: 0 as a full name (one dev and one test file by "
 "count hold 'Communist Party' in other senses).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision"))

R.append(wp("wp-spotify", "Spotify", "https://companiespool.com/spotify-technology-sa-1/",
 "Spotify is incorporated in Luxembourg as Spotify Technology S.A, and is headquartered in Stockholm, Sweden, with "
 "offices in 17 different countries around the world. It is one of the world’s largest music streaming service "
 "providers, with over 345 million monthly active users, including 155 million paying subscribers, as of December "
 "2020.\n\n"
 "Spotify offers digital copyright restricted recorded music and podcasts, including more than 70 million songs, from "
 "record labels and media companies. As a freemium service, basic features are free with advertisements and limited "
 "control, while additional features, such as offline listening and commercial-free listening, are offered via paid "
 "subscriptions. Users can search for music based on artist, album, or genre, and can create, edit, and share "
 "playlists.\n\n"
 "Spotify is available in most of Europe and the Americas Oceania, and parts of Africa including South Africa and "
 "Mauritius and Asia. By the end of 2021, Spotify is expected to operate in a total of 178 countries. The service is "
 "available on most modern devices including Windows macOS, and Linux computers, iOS and Android smartphones and "
 "tablets and AI enabled smart speakers such as Amazon Echo and Google Home.\n\n"
 "Unlike physical or download sales, which pay artists a fixed price per song or album sold, Spotify pays royalties "
 "based on the number of artist streams as a proportion of total songs streamed. It distributes approximately 70% of "
 "its total revenue to rights holders (often record labels), who then pay artists based on individual agreements. "
 "According to Ben Sisario of The New York Times, approximately 13,000 of seven million artists on Spotify generated "
 "$50,000 or more in payments in 2020.",
 "media (music streaming)", ["product"],
 "The article's lead as companiespool.com (a company-profile site) reproduces it under the title 'Spotify Technology "
 "SA': the title given three times and the first sentence cut — the rendering lost the lead's bold name, so that "
 "sentence began with no subject after a pronunciation bracket ('(/.../Swedish: [...]), is a Swedish audio streaming "
 "and media services provider, founded in 2006 by Daniel Ek.'; cut as batch 26c cut Akio Toyoda's subjectless "
 "sentences, the founder is lost with it) — and citation markers ('[5]'-'[13]') cut; the rendering dropped a comma and "
 "space at two links ('the AmericasOceania', 'WindowsmacOS'): the spaces restored (whitespace only), the commas not; "
 "kept as written: 'Spotify Technology S.A' with no closing full stop, 'the world’s' with its typographic "
 "apostrophe, 'South Africa and Mauritius and Asia'; the excerpt ends at '... in payments in 2020.' after an empty "
 "line (the lead only: `truncated`). Content to 2021 ('By the end of 2021, Spotify is expected'): recorded 3.0. "
 "Doubtful: companiespool.com is not a Wikipedia mirror by name and its terms were not found in the page store; the "
 "text is the article's lead with its citation markers. Spotify, Ben Sisario, Amazon Echo, Google Home: 0 in "
 "train/dev/test; The New York Times, Windows, Android, iOS: other files, other events.", "non-US", v3=True,
 copy_of="the Wikipedia article's lead, reproduced on companiespool.com"))

R.append(wp("wp-monzo", "Monzo", "https://bankchoices.blogspot.com/2017/10/sign-up-for-bank-account.html",
 "Monzo Bank Ltd, is a digital, mobile-only bank based in the United Kingdom. Originally operating through a mobile "
 "app and a prepaid debit card, in April 2017 their UK banking licence restrictions were lifted, enabling them to "
 "offer a current account. Monzo was one of the earliest of a number of new app-based challenger banks in the UK.\n\n"
 "It was founded as Mondo in 2015 by Tom Blomfield, Jonas Huckestein, Jason Bates, Paul Rippon and Gary Dolman. The "
 "team had met whilst working at Starling Bank. In February 2016, Mondo set the record for \"quickest crowd-funding "
 "campaign in history\" when it raised £1m in 96 seconds via the Crowdcube investment platform.\n\n"
 "Two weeks prior to the name change, Monzo was granted a restricted banking licence, by the Prudential Regulation "
 "Authority and the Financial Conduct Authority and as of April 2017 these restrictions have been lifted. Monzo "
 "currently has a number of prepaid debit cards in operation which it has issued to users for testing purposes. These "
 "cards will be in use until current accounts are available to all.\n\n"
 "On 16 May 2017, Monzo announced that over £250 million had been spent through its prepaid card, between 200,000 "
 "customers.\n\n"
 "Monzo is registered at Companies House under the legal name 'Monzo Bank Ltd and initially traded as Mondo. On 13 "
 "June 2016, a company blog post announced that the \"Mondo\" trademark had been legally challenged by an undisclosed "
 "company with a similar name. As a result, a naming suggestion contest was organised and the new name, \"Monzo\", "
 "was announced on 25 August 2016.\n\n"
 "In October 2016, Monzo announced an 'interim' funding round valuing the company at £50M and raised £4.8M in the "
 "process led by Passion Capital. This round was followed by a second £2.5 million Crowdcube crowd-funding campaign "
 "with the total pledged quickly hitting the target amount.",
 "banking (app-only bank)", ["leadership"],
 "The article as a blog post (bankchoices.blogspot.com, October 2017) copies it: the pronunciation bracket after "
 "'Monzo Bank Ltd' ('(English pronunciation: //'m?nz??//)', garbled) cut with the space before it, the blog's "
 "furniture line ('Maps, Directions, and Place Reviews') and the heading 'History' cut; kept as written: 'Monzo Bank "
 "Ltd, is', 'their UK banking licence', 'banking licence, by the', 'under the legal name 'Monzo Bank Ltd and' with "
 "its unclosed quote; cut after 'hitting the target amount.', before 'On 17 July 2017, Monzo announced the current "
 "account preview and began in', where the excerpt breaks off (`truncated`). Content to 2017: recorded 3.0. Doubtful: "
 "a blog's copy of the article; the blog names no licence. Monzo, Mondo (as a name), Huckestein, Jason Bates, Paul "
 "Rippon, Gary Dolman, Starling Bank, Crowdcube, Passion Capital, Companies House: 0 in train/dev/test; Blomfield: "
 "one dev file (another person, a committee member); Prudential Regulation Authority: one train file (a committee "
 "report on bank IT failures) and one test file by count; Financial Conduct Authority: one test file by count (not "
 "opened).", "non-US", v3=True, copy_of="the Wikipedia article, copied in a blog post"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

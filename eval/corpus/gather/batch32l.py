#!/usr/bin/env python3
"""Batch 32l (session 33; helper gather33l, round 3 of the services lane this session after batches 32b and 32i, and
the lane of batches 31b and 31i): English Wikipedia articles (CC BY-SA) on online platforms and social networks from
outside the US, with the companies that started, run, own or agreed to buy them and the people who founded or led
them, told as news: a London dating app founded by a Russian entrepreneur, later a brand of Bumble Inc., and the
Bumble partnership of 2014 (Badoo); a South Korean live video service launched by Naver and handed to Weverse Company
before it closed (V Live); a Berlin student network sold to Momentous Entertainment and shut in 2022 (StudiVZ); a
Russian social network launched by Albert Popkov and owned by VK (Odnoklassniki); a Shanghai video-sharing site that
Youku agreed to buy in 2012 (Tudou); a Chinese student network founded at two universities and bought through Oak
Pacific (Renren); a Chinese book, film and music network founded by a former IBM research scientist (Douban).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt breaks
off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32l.py [POOL_DIR] [--dry]   (default /tmp/gather33l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33l/pool"

R = []
# ---- dating and social networks ------------------------------------------------------------------------------------
R.append(wp("wp-badoo", "Badoo", "https://en.wikipedia.org/wiki/Badoo",
 "Badoo is an online dating-focused and social networking application. Founded by Andrey Andreev in 2006, Badoo "
 "originally launched as a web product. It has headquarters in London. In 2012, the app was launched in the United "
 "States and later became a brand of Bumble Inc.\n\n"
 "As of 2025, Badoo operates in 190 countries and is available in 47 languages, making it the world's most widely "
 "used dating network. The app is available on iOS, Android, Google Play, and the web. Badoo operates on a freemium "
 "model, whereby the core services can be used without payment.\n\n"
 "Badoo was founded by Andrey Andreev and launched in London in April 2006. It has since ranked among the most "
 "popular dating websites.\n\n"
 "In 2007, Badoo raised $30 million in funding. In January 2008, Finam Capital paid $30 million for a 10% stake in "
 "Badoo for expansion in Russia. Badoo also reached 13 million users in 2008.\n\n"
 "The official launch of Badoo in the U.S. was on March 23, 2012, with Nick Cannon introducing the service in the "
 "United States.\n\n"
 "In 2014, Badoo\u2019s CEO Andrey Andreev contacted Bumble\u2019s Whitney Wolfe Herd to form a partnership: Andreev "
 "received 79% ownership in the company for an initial investment of $10 million, along with additional investments; "
 "Wolfe Herd served as founder, CEO, and 20% owner. As part of the agreement, the new company would also utilize "
 "Badoo's infrastructure and Andreev's consulting. Wolfe Herd said the partnership was key due to Andreev's "
 "\"knowledge and infrastructure\".\n\n"
 "In 2016, Badoo was the most downloaded dating app in 21 countries.",
 "online services (dating app and social network)", ["product", "leadership"],
 "The current en.wikipedia.org rendering in the '= Title =' format batches 31i-32i recorded ('Badoo 2025 logo', 'As of "
 "2025'): the title line '= Badoo =', the infobox lines (logo, URL, commercial, type, parent 'Badoo Trading Limited', "
 "registration, language, owner 'Bumble Inc.,', country of origin, location, current status, creator) and the heading "
 "'== History ==' cut (the rendering shows no citation markers); kept as written: 'an online dating-focused and social "
 "networking application', 'later became a brand of Bumble Inc.' (no full stop of its own: the abbreviation's point "
 "ends the sentence), the launch in the United States told twice ('In 2012' and 'on March 23, 2012'), 'Badoo\u2019s' "
 "and 'Bumble\u2019s' with curly apostrophes beside 'Badoo's' and 'Andreev's' with straight ones (the rendering's own "
 "mix), 'the company' and 'the new company' (Bumble, not named again); cut after 'in 21 countries.', before the "
 "paragraph 'In April 2017, Badoo launched a newly redesigned app and brand, as well as th', which the excerpt breaks "
 "off inside (`truncated`). A current rendering: recorded 4.0. Badoo, Andrey Andreev, Bumble Inc., Whitney Wolfe "
 "Herd, Finam Capital, Nick Cannon: 0 in train/dev/test and in every gather script ('Bumble' occurs elsewhere only as "
 "the word, in an Oireachtas dev file and batch 15c); London, Russia, United States, iOS, Android, Google Play: other "
 "files. Other pages seen and not taken: the unlabelled CloudFront copy (db0nus869y26v.cloudfront.net, an earlier "
 "revision with logo captions inside and Moscow as the launch city), a user sandbox draft at wikipedia.org "
 "(User:Lucspook/sandbox, not the article), a grokipedia page, the talk-page archive, Wired's 2011 feature and a "
 "MoneyWeek profile.", "non-US"))

R.append(wp("wp-v-live", "V Live", "https://en.wikipedia.org/wiki/V_Live",
 "V Live (stylized as VLIVE), sometimes referred to as V App, was a South Korean live video streaming service that "
 "allowed celebrities based in the country to broadcast live videos such as live chat sessions with fans, "
 "performances, reality shows and award shows on the internet. The service was available for streaming via web "
 "browsers on Windows, macOS, and Linux, as well as apps on iOS and Android devices. The company was launched by "
 "Naver Corporation in late August 2015, and transferred to Weverse Company on March 2, 2022. It was shut down after "
 "merging with Weverse on December 31, 2022.\n\n"
 "V Live was a medium in which Korean celebrities could reach a global audience and has allowed non-Korean speaking "
 "fans worldwide to intimately interact with their favorite Hallyu idols. There was an online community on V Live for "
 "fan translators who created foreign subtitles so that more people could enjoy the content worldwide. Translators "
 "were ranked by the number of lines that they have translated. The subtitling process was made user-friendly so that "
 "fans did not need any specific technical skills. Contests and events were held to encourage fan-subbing. For "
 "example, fan translators in the past had won V coins and video calls with their favorite idols. Because of fan "
 "translators, some videos had as many as 17 subtitle options.",
 "online services (live video streaming service)", ["product", "deal"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= V Live =' and the infobox lines "
 "(logo, commercial, type, registration, language, successor 'Weverse', owner 'Naver (corporation), Naver Corporation, "
 "(2015\u20132022), Weverse Company, (2022)') cut (no headings or citation markers in this part); kept as written: "
 "'(stylized as VLIVE)', 'The company was launched by Naver Corporation' (the service called 'The company'), 'has "
 "allowed' beside 'was' (the article's tenses after the closure), 'that they have translated', 'fan-subbing', 'V "
 "coins'; cut after '17 subtitle options.', before the paragraph 'V Live had collaborated with RBW Entertainment "
 "Vietnam ... For their opening show they invited Winner to perfor', which the excerpt breaks off inside "
 "(`truncated`). A current rendering (the service closed on December 31, 2022): recorded 4.0. V Live, VLIVE, V App, "
 "Weverse, Weverse Company, Hallyu: 0 in train/dev/test and in every gather script; Naver Corporation: 0 (the string "
 "'naver' occurs elsewhere only inside 'Canaveral' and in other subjects' texts); Windows, macOS, Linux, iOS, Android: "
 "other files. Weverse's own article (an IPFS snapshot and an owiki copy came back) was not taken beside this one: the "
 "two services merged and the texts would share their subject's end.", "non-US"))

R.append(wp("wp-studivz", "StudiVZ", "https://en.wikipedia.org/wiki/StudiVZ",
 "StudiVZ, Sch\u00fclerVZ and MeinVZ was a social networking platform for students (in particular for college and "
 "university students in Europe) that was based in Berlin, Germany. The name is an abbreviation of the German "
 "expression Studentenverzeichnis, which means students' directory.\n\n"
 "The service was largely comparable to other social networking sites. StudiVZ claimed to be one of the biggest "
 "social networks in Europe, with (reportedly) over 15 million members as of September 2009 across Europe, mostly in "
 "the German-speaking countries of Germany, Switzerland, and Austria. However, traffic to the site entered a state of "
 "steady decline in late 2009. After being sold to a new Investor beginning of 2017 for around 10 Mio. the new owner "
 "Momentous Entertainment declared StudiVZ insolvent in September 2017 due to a lack of cash flow for planned "
 "products. With a second new investor, the Gerbig Ventures GmbH, VZ networks launched a new group centered platform "
 "in May 2020. In the following years the website had shifted its business model towards social gaming, but was "
 "permanently shut down in March 2022 after losing its major gaming partner in China and Russia.",
 "online services (social network)", ["product", "deal"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= StudiVZ =' and the infobox lines "
 "(company type, foundation 'Germany, (October 2005)', founder 'Ehssan Dariani (CEO) & Dennis Bemmann', location, "
 "number of employees '12 Poolworks LTD.', URL, website type, language, registration, current status 'Defunct') cut "
 "(no citation markers in this part); kept as written: 'StudiVZ, Sch\u00fclerVZ and MeinVZ was a social networking "
 "platform' (three names, one verb), '(reportedly)', 'a new Investor' with its capital, 'beginning of 2017 for around "
 "10 Mio. the new owner' (no comma after the abbreviation), 'the Gerbig Ventures GmbH', 'group centered', 'its major "
 "gaming partner in China and Russia' (unnamed); cut after 'in China and Russia.', before the section '==History==', "
 "whose first paragraph ('The network was launched in November 2005, inside a flat in Berlin by two students named "
 "Ehssan Dariani (CEO) and Dennis Bemmann ... and Poland (S') the excerpt breaks off inside (`truncated`; the "
 "founders are therefore not in the text). A current rendering (content to 2022): recorded 4.0. StudiVZ, "
 "Sch\u00fclerVZ, MeinVZ, Momentous Entertainment, Gerbig Ventures, VZ networks: 0 in train/dev/test and in every gather "
 "script ('Momentous' occurs elsewhere only as the word, in a Wikinews dev file); Berlin, Germany, Europe, "
 "Switzerland, Austria, China, Russia: other files. Other pages seen and not taken: a Wayback Machine copy of the 2010 "
 "revision (replay.waybackmachine.org, with the sale to Holtzbrinck told but not the later owners; Holtzbrinck's "
 "venture arm is in batch 32i's Depop text), a grokipedia page, German news (computerbase.de, jugendschutz.net, "
 "sn.at), pulse2.com and heureka-conference.com.", "non-US"))

R.append(wp("wp-odnoklassniki", "Odnoklassniki", "https://en.wikipedia.org/wiki/Odnoklassniki",
 "Odnoklassniki (\u041e\u0434\u043d\u043e\u043a\u043b\u0430\u0441\u0441\u043d\u0438\u043a\u0438), abbreviated as OK or "
 "OK.ru, is a social networking service and online video sharing website primarily in Russia and former Soviet "
 "Republics. The site was launched on March 4, 2006, by Albert Popkov and is currently owned by VK.\n\n"
 "The website currently has more than 200 million registered users and 45 million daily unique visitors. "
 "Odnoklassniki also currently has an Alexa Internet traffic ranking of 56 worldwide and 7 for Russia. Odnoklassniki "
 "is the second most popular social network in Russia, behind VK (VKontakte) but ahead of Facebook, which is in 3rd "
 "place.\n\n"
 "Odnoklassniki was launched on March 26, 2006, by Albert Popkov, a telecommunications professional residing in "
 "London. Having previously been involved in similar projects in other European countries, Popkov initially developed "
 "Odnoklassniki as a hobby project from March to November 2006. During this period, it was only mentioned "
 "commercially within a friendly advertising agency as an advertising platform.",
 "online services (social network)", ["product"],
 "The current en.wikipedia.org rendering in the '= Title =' format ('Logo Odnoklassniki 2023', 'owned by VK'): the "
 "title line '= Odnoklassniki =', the infobox lines (logo, URL, commercial, type, the list of languages, registration "
 "'Required; no payment needed since August 31, 2010', owner 'VK', author 'Albert Popkov (founder and head)') and the "
 "heading '== History ==' cut (no citation markers in this part); kept as written: the Cyrillic name in brackets, 'OK "
 "or OK.ru', 'launched on March 4, 2006' beside 'launched on March 26, 2006' (the article's two dates), 'owned by VK' "
 "beside 'behind VK (VKontakte)' (the owner and the network under one short name), 'currently' (an Alexa ranking of "
 "about 2016 told in the present), '3rd place', 'a friendly advertising agency' (unnamed); cut after 'as an "
 "advertising platform.', before the paragraph 'However, due to a significant increase in userbase, Popkov "
 "established a separate legal entity ... similar to', which the excerpt breaks off inside (`truncated`). A current "
 "rendering: recorded 4.0. Odnoklassniki, OK.ru, Albert Popkov, VKontakte: 0 in train/dev/test and in every gather "
 "script; VK: batch 27b's VK text and batch 32i's ICQ text (Mail.Ru Group's later name; here the owner named once, "
 "another subject's name); Alexa Internet: batch 27c's text (a ranking source there too); Russia, London, Facebook: "
 "other files. Other copies seen and not taken: the 'Jump to content' rendering of the same page (citation markers, "
 "'4 million users', the excerpt breaking off in the same paragraph), the-uncensored-wiki.com's 2017 copy "
 "('Odnoklassniki.ru', owner Mail.ru Group), absoluteastronomy.com's older copy with glossary inserts, "
 "pngpngpng.com's rewrite, Russian and machine-translated profile pages.", "non-US"))

# ---- Chinese video sharing and student networks ------------------------------------------------------------------
R.append(wp("wp-douban", "Douban", "http://piglix.com/piglix/Douban",
 "Douban.com (Chinese: \u8c46\u74e3; pinyin: D\u00f2ub\u00e0n), launched on March 6, 2005, is a Chinese social "
 "networking service website allowing registered users to record information and create content related to film, "
 "books, music, recent events and activities in Chinese cities. It can be seen as one of the most influential web 2.0 "
 "websites in China. Douban also owns an internet radio station, which ranks No.1 in iOS App Store in 2012. Unlike "
 "Facebook and Renren, Douban is open to both registered and unregistered users. For registered users, the site "
 "recommends potentially interesting books, movies, and music to them in addition to serving as a social network "
 "website and record keeper; for unregistered users, the site is a place to find ratings and reviews of said media.\n\n"
 "Douban has about 200 million registered users in 2013.\n\n"
 "The site serves pan-Chinese users, and its contents are in Chinese. It covers works and media in Chinese and in "
 "foreign languages. Some Chinese authors and critics register their official personal pages on the site.\n\n"
 "Douban is founded by Yang Bo. Yang had majored in physics in Tsinghua University before he attended University of "
 "California at San Diego as a PhD student. After having received his PhD in computational physics, he worked as a "
 "research scientist at IBM. Later, he returned to China, becoming the CTO of a software company founded by one of "
 "his friends. In 2005, Yang started to create a web 2.0 site for travelling named L\u00fczong (\u9a74\u5b97), "
 "initially a one-man project at a Starbucks in Beijing. In a couple of months, however, the site was transformed to "
 "what is now known as Douban.com.",
 "online services (social network and media database)", ["product", "leadership"],
 "A copy of the article on piglix.com (a Wikipedia mirror; batch 31b took Cyworld and batch 32b Napster from piglix "
 "at another address; its infobox 'Alexa rank 273 (February 2016[update])', an about-2016 revision): the infobox rows "
 "(type of site, available in, website, Alexa rank, commercial, registration, launched 'March 6, 2005', current status) "
 "cut; the copy shows no headings or citation markers in this part (the lines are read as paragraphs); kept as "
 "written: the Chinese name and pinyin in brackets, 'web 2.0', 'ranks No.1 in iOS App Store in 2012', 'Douban has "
 "about 200 million registered users in 2013', 'pan-Chinese', 'Douban is founded by Yang Bo', 'majored in physics in "
 "Tsinghua University', 'University of California at San Diego', 'L\u00fczong (\u9a74\u5b97)', 'a one-man project', "
 "'transformed to'; cut after 'now known as Douban.com.', before the paragraph 'Douban has attracted a large number "
 "of intellectuals who are eager to discuss social i', which the excerpt breaks off inside (`truncated`). Content to "
 "2016: recorded 3.0 (as batch 32b's Napster from piglix). Doubtful: piglix names no revision and its terms were not "
 "found in the page store. Douban, Yang Bo, L\u00fczong: 0 in train/dev/test, in every gather script and in GATHERING.md; "
 "Renren: this batch's own Renren text (the network named here once as a rival; another subject); Tsinghua University: "
 "this batch's Renren text; Facebook, IBM, Starbucks, Beijing, China, iOS App Store: other files. Other copies seen "
 "and not taken: the en.wikipedia.org page in a 2018 rendering (the lead's first words lost into the infobox line "
 "'Current statusActive (Chinese: ...'), the IPFS snapshot's 2017 copy ('Bo Yang', a 'Founder' heading, slashes "
 "'books/movies/music'), a glossary page at sociamonials.com, a diff page at talk.dob.jp, Beijing Review's 2006 "
 "feature.", "non-US", v3=True, copy_of="the Wikipedia article, mirrored at piglix.com"))

R.append(wp("wp-tudou", "Tudou", "https://en.wikipedia.org/wiki/Tudou",
 "Tudou, Inc. () is a Chinese video-sharing website headquartered in Shanghai, China, where users can upload, view "
 "and share video clips. Tudou went live on April 15, 2005 and by September 2007 served over 55 million videos each "
 "day.\n\n"
 "In 2007 Tudou was one of the world's largest bandwidth users, moving more than 1 Petabyte per day to 7 million "
 "users. YouTube serves a larger number of videos per day, but the average Tudou video is longer in duration, meaning "
 "the total number of minutes of video being streamed daily from Tudou is significantly larger - about 15 billion "
 "minutes vs. 3 billion for YouTube.\n\n"
 "The Shanghai-based service uses Adobe Flash technology to publish more than 50,000 new videos each day, including "
 "amateur content such as videoblogging and original videos, movie and TV clips, and music videos. Unregistered users "
 "can watch videos on the site, while registered users are permitted to upload an unlimited number of videos, using "
 "on-line and Windows-based upload tools.\n\n"
 "On March 12, 2012, it was announced that Youku reached an agreement to acquire Tudou in a stock-for-stock "
 "transaction, with the new company being named Youku Tudou Inc.",
 "online services (video-sharing website)", ["product", "deal"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= Tudou =' and the infobox lines "
 "(name 'Tudou, Inc.', logo, company type 'Subsidiary', location, key people 'Gary Wang, CEO , Sam Lai, CFO, ...', "
 "homepage, screenshot, parent 'Youku', registration, current status, language, website type) cut (no citation "
 "markers in this part); kept as written: 'Tudou, Inc. ()' with its empty brackets (where the Chinese name stood; the "
 "rendering leaves them empty), 'went live on April 15, 2005 and by September 2007' (no comma), 'In 2007 Tudou', '1 "
 "Petabyte', the hyphen with spaces before 'about 15 billion minutes', 'vs.', 'on-line', the present tense of about "
 "2008 ('serves', 'uses'), 'the new company being named Youku Tudou Inc.' (the sentence ends on the abbreviation's "
 "point); cut after 'Youku Tudou Inc.', before the section '==History==', whose first paragraph ('Tudou was founded "
 "by Gary Wang and Dutchman Marc van der Chijs, whom Wang met while at Bertelsmann Media Group in China ... in August "
 "2006 when that') the excerpt breaks off inside (`truncated`; the founders are therefore not in the text). A current "
 "rendering: recorded 4.0. Tudou, Youku Tudou: 0 in train/dev/test and in every gather script; Youku: once in "
 "GATHERING.md (batch 32b's not-used list; its own article was left there, and is not taken here: it is named only as "
 "the buyer); YouTube, Adobe Flash, Windows, Shanghai, China: other files. Other pages seen and not taken: "
 "ftp.seomastering.com's older copy (key people with a CTO, 'Private, VC-Funded'), dealroom.co's profile, "
 "chinadigitaltimes.net, technode.com and chinasmack.com news.", "non-US"))

R.append(wp("wp-renren", "Renren", "https://www.hubbry.com/Renren",
 "The Renren Network (Chinese: \u4eba\u4eba\u7f51; pinyin: R\u00e9nr\u00e9nw\u01ceng; lit. 'Everyone's Network'), "
 "formerly known as the Xiaonei Network (Chinese: \u6821\u5185\u7f51; pinyin: Xi\u00e0on\u00e8iw\u01ceng; lit. "
 "'on-campus network'), was a Chinese social networking service similar to Facebook. It was popular among college "
 "students. Renren Inc. had its headquarters in Chaoyang District, Beijing, with additional offices in Shanghai and "
 "Guangzhou. Renren at one point had a $740m initial public offering (IPO) on the New York Stock Exchange in April "
 "2011.\n\n"
 "Renren, which started as Xiaonei.com, was founded by a group of students, including Wang Xing, Wang Huiwen and Lai "
 "Binqiang at Tsinghua University and Tianjin University in December 2005. Joseph Chen, who had himself tried to "
 "launch a student community website called ChinaRen as early as 1999 and sold it in 2000, acquired Xiaonei through "
 "his new company Oak Pacific in October 2006.\n\n"
 "Born in 1970 in China, Chen moved with his family to the US where he studied at the Massachusetts Institute of "
 "Technology and later earned an MBA from Stanford University.\n\n"
 "In March 2008, Xiaonei launched its WAP version, which users can access through mobile phones. Xiaonei features an "
 "instant messaging service (R\u00e9nr\u00e9nzhu\u014dmi\u00e0n, Chinese: \u4eba\u4eba\u684c\u9762) designed "
 "typically for its users using XMPP, which is more popular than Facebook chat.",
 "online services (social network)", ["product", "deal"],
 "A copy of the article on hubbry.com (a community-hub site showing a Wikipedia article's text 'from Wikipedia'; "
 "batches 22c-32j took copies from it; release dates in its infobox to 2019 with '6 years ago', a 2025 rendering): the "
 "hub's lines ('Hubbry Logo', 'RenrenRenrenMain', 'Open search', 'Community hub', '7 pages, 0 posts', '0 subscribers', "
 "'Be the first to start a discussion here.' twice, 'Contribute something', 'from Wikipedia', 'Key Information'), the "
 "infobox lines (stable release for Windows, iOS and Android, website, 'Edit this on Wikidata'), the heading 'History' "
 "with its '[edit]' line and the citation markers ('[5]' twice, '[6]'-'[9]') cut; kept as written: the Chinese "
 "characters and pinyin in brackets, 'lit.' with its quoted glosses, 'Renren Inc. had its headquarters' (past tense of "
 "the closed network), '$740m', 'Renren, which started as Xiaonei.com', 'Wang Xing, Wang Huiwen and Lai Binqiang at "
 "Tsinghua University and Tianjin University', 'as early as 1999', 'his new company Oak Pacific', 'the US', 'designed "
 "typically for its users using XMPP', 'Facebook chat'; cut after 'than Facebook chat.', before the line 'Initially, "
 "users were only able to use the site from specific IP addresses belonging to colleges.', where the excerpt ends (its "
 "paragraph may go on; `truncated`). Content to 2022 (the delisting 'in approximately December 2022' is in the copy's "
 "later text) on a current rendering: recorded 4.0. Doubtful: the copy names no revision and its terms were not found "
 "in the page store. Renren, Xiaonei, ChinaRen, Oak Pacific, Joseph Chen, Wang Xing, Wang Huiwen, Lai Binqiang, "
 "Tsinghua, Tianjin University, Chaoyang: 0 in train/dev/test and in every gather script; Beijing, Shanghai, "
 "Guangzhou, China, US, New York Stock Exchange, Massachusetts Institute of Technology, Stanford University, Facebook: "
 "other files. Other copies seen and not taken: the-uncensored-wiki.com's 2012 copy (page 'Xiaonei', an older "
 "revision with 'Oak Pacific Interactive (OPI)' and a fourth founder, Tang Yang; its excerpt breaks off in its third "
 "History paragraph), wikisum.wiki's summary, a talk page at wiki.riteme.site, slideplayer and technode pages.",
 "non-US", copy_of="the Wikipedia article, shown at hubbry.com"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

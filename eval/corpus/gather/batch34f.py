#!/usr/bin/env python3
"""Batch 34f (session 35; helper gather35f, round 7 of the services lane after batches 32b, 32i, 32l and 33f, and the
lane of batches 31b and 31i): English Wikipedia articles (CC BY-SA) on apps and online platforms from East Asia and
Europe, with the companies that develop, operate, own or fund them, told as news: a Japanese messenger run by LY
Corporation, its two owners and the Naver subsidiary that launched it (Line); a Chinese messenger and portal of
Tencent, renamed after AOL's ICQ threatened suit (Tencent QQ); a Shanghai food-delivery platform of Alibaba Group, its
two founders, its operating company and its investors (Ele.me); a Beijing short-video app, its developer, its two
engineers and a state fund's stake (Kuaishou); a Swiss encrypted messenger and its developer (Threema); a Shanghai
social and shopping platform and the shop it runs (Xiaohongshu).
No outage text came to hand: every outage of a non-US service searched this round was told only by news pages (see
the section); the texts hold near-misses only (a web client discontinued).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt breaks
off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch34f.py [POOL_DIR] [--dry]   (default /tmp/gather35f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather35f/pool"

R = []
# ---- messengers -------------------------------------------------------------------------------------------------------
R.append(wp("wp-line-software", "Line (software)", "https://en.wikipedia.org/wiki/Line_(software)",
 "Line is a Japanese freeware app and service for instant messaging and social networking, operated by the Japanese "
 "company LY Corporation, co-owned by SoftBank Group and Naver. Line was launched in Japan in June 2011 by NHN Japan, "
 "a subsidiary of Naver.\n\n"
 "Initially designed for text messaging and VoIP voice and video calling, it has gradually expanded to become a "
 "super-app providing services including a digital wallet (Line Pay), news stream (Line Today), video on demand (Line "
 "TV) and digital comic distribution (Line Manga and Line Webtoon).\n\n"
 "Line became Japan's largest social network in 2013 and is used by over 70% of the population as of 2023; it is also "
 "popular mainly in Indonesia, Taiwan and Thailand.\n\n"
 "Naver launched a messaging app called Naver Talk for the South Korean market in February 2011. However, rival "
 "Korean company Kakao dominated the market with its KakaoTalk app, launched in March 2010.",
 "online services (instant messaging app)", ["product", "deal"],
 "The current en.wikipedia.org rendering in the '= Title =' format batches 31i-33f recorded: the title line '= Line "
 "(software) =', the infobox lines (title, logo, screenshot, release date 2011-06-23, developer 'Line Corporation "
 "(2011\u20132023) LY Corporation (2023\u2013present)', repository, languages, platform, genre, licence) and the "
 "headings '== History ==' and '=== Launch ===' cut (the rendering shows no citation markers); kept as written: "
 "'operated by the Japanese company LY Corporation, co-owned by SoftBank Group and Naver', 'NHN Japan, a subsidiary of "
 "Naver', 'news stream (Line Today)', 'used by over 70% of the population as of 2023', 'popular mainly in', 'for the "
 "South Korean market', 'rival Korean company Kakao'; cut after 'launched in March 2010.', before the paragraph "
 "'Naver/NHN co-founder and chairman Lee Hae-Jin and a team of engineers were in Japan when the T\u014dhoku earthquake "
 "and tsunami struck in March 2011. The earthquake and tsunami left millions without power and phone lines and SMS "
 "networks were overwhelmed ... Lee was inspired to launch a messag', which the excerpt breaks off inside "
 "(`truncated`; the chairman and the earthquake's loss of power and phone lines are therefore not in the text, which "
 "runs 149 words, one under the 150 asked, as batch 33f's Tuenti (140) and batch 31i's giffgaff (139)). A "
 "current rendering (content to 2023; its infobox dates LY Corporation '2023\u2013present'): recorded 4.0. Other pages seen and not "
 "taken: a Kiwix copy of October 2018 at kiwix.casplantje.nl (a longer lead, 'Line Corporation, a Japanese subsidiary "
 "of ... Naver Corporation', before LY Corporation; the history paragraph breaks off at 'the T\u014dhoku earthquake "
 "damaged Jap'), a 'Misplaced Pages' copy at n.global.ssl.fastly.net (the same lead with 'co-owned by SoftBank Group' "
 "only), a wikisum.wiki summary (sentences picked from the article, not its text), Japanese news on Line's outages of "
 "31 October 2012 and 11 March (itpro.nikkeibp.co.jp, internetcom.jp) and a Korean report (theguru.co.kr) on a "
 "one-hour outage: news, not openly licensed.", "non-US"))

R.append(wp("wp-tencent-qq", "Tencent QQ", "https://en.wikipedia.org/wiki/Tencent_QQ",
 "Tencent QQ (), also known as QQ, is an instant messaging software service and web portal developed by the Chinese "
 "technology company Tencent. QQ offers services that provide online social games, music, shopping, microblogging, "
 "movies, and group and voice chat software. As of March 2023, there were 597 million monthly active QQ accounts.\n\n"
 "Tencent QQ was first released in China in February 1999 under the name of OICQ (\"Open ICQ\", a reference to the "
 "early IM service ICQ).\n\n"
 "After the threat of a trademark infringement lawsuit by the AOL-owned ICQ, the product's name was changed to QQ "
 "(with \"Q\" and \"QQ\" used to imply \"cute\"). The software inherited existing functions from ICQ, and additional "
 "features such as software skins, people's images, and emoticons. QQ was first released as a \"network paging\" "
 "real-time communications service. Other features were later added, such as chatrooms, games, personal avatars "
 "(similar to \"Meego\" in MSN), online storage, and Internet dating services.\n\n"
 "The official client runs on Microsoft Windows and a beta public version was launched for Mac OS X version 10.4.9 or "
 "newer. Formerly, two web versions, WebQQ (full version) and WebQQ Mini (Lite version), which made use of Ajax, were "
 "available. Development, support, and availability of WebQQ Mini, however, has since been discontinued. On 31 July "
 "2008, Tencent released an official client for Linux, but this has not been made compatible with the Windows version "
 "and it is not capable of voice calls.\n\n"
 "In response to competition with other instant messengers, such as Windows Live Messenger, Tencent released Tencent "
 "Messenger, which is aimed at businesses.",
 "online services (instant messaging software and web portal)", ["product"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= Tencent QQ =', the infobox lines "
 "(name QQ, logo, developer 'Shenzhen Tencent Computer System Co., Ltd.', programming languages, engine, operating "
 "system, language, genre, licence) and the heading '==History==' cut (the rendering shows no citation markers); kept "
 "as written: 'Tencent QQ ()' (the rendering drops the Chinese name its template holds, as batch 33f's '(Ask.fm until "
 ")'), 'the Chinese technology company Tencent', 'As of March 2023', 'the AOL-owned ICQ', the quotation marks around "
 "'Open ICQ', 'Q', 'QQ', 'cute', 'network paging' and 'Meego', 'has since been discontinued', 'Mac OS X version "
 "10.4.9'; cut after 'aimed at businesses.', before the section '===Membership===' (its heading reads '===Members' "
 "where the excerpt ends; `truncated`). The infobox developer (the Shenzhen company) is therefore not in the text. A "
 "current rendering (content to March 2023): recorded 4.0. Other pages seen and not taken: chaos.owiki.org's older "
 "copy (an Alexa ranking and 2014-2016 figures, 'the Chinese tech giant Tencent'), a user draft at pinocchiopedia.com "
 "('User:Peachdt/Tencent_QQ', not the article), a blog on the release date, infomory.com, a Chinese and a Spanish "
 "question-and-answer page, a China Daily 'This Day, That Year' item.", "non-US"))

R.append(wp("wp-threema", "Threema", "https://en.wikipedia.org/wiki/Threema",
 "Threema is a paid cross-platform encrypted instant messaging app developed by Threema GmbH in Switzerland and "
 "launched in 2012. Users can make voice and video calls, send photos, files, and voice notes, share locations, and "
 "join groups. The service offers end-to-end encryption. Unlike many other popular secure messaging apps, Threema does "
 "not require phone numbers or email addresses for registration, only a one-time purchase that can be paid via an app "
 "store or anonymously with Bitcoin or cash.\n\n"
 "Threema is available on Android and iOS, and has clients for HarmonyOS, Linux, macOS Windows and can be accessed via "
 "web browser, but requires a mobile app to function.\n\n"
 "The service claims to be based on the privacy by design principles by not requiring a phone number or other "
 "personally identifiable information. This helps anonymize the users to a degree.\n\n"
 "Threema uses a randomly generated user ID, created after the initial app launch, instead of requiring a linked email "
 "address or phone number to send messages. It is possible to find other users by phone number or email address, if "
 "the user allows the app to synchronize their address book.\n\n"
 "Linking a phone number or email address to a Threema ID is optional. Hence, the service can be used anonymously.",
 "online services (encrypted instant messaging app)", ["product"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= Threema =', the infobox lines "
 "(logo and caption 'App icon', developer 'Threema GmbH', programming languages, languages, genre, licences by client, "
 "operating systems) and the heading '== Features ==' cut (the rendering shows no citation markers); kept as written: "
 "'macOS Windows' (no comma), 'can be accessed via web browser', 'based on the privacy by design principles', 'This "
 "helps anonymize the users to a degree', 'Hence, the service can be used anonymously'; cut after 'used anonymously.', "
 "before the paragraph 'Users can verify the identity of their Threema contacts by scanning their QR code when they "
 "meet in person. The QR code contains the public', which the excerpt breaks off inside (`truncated`). The article's "
 "lead names no founder and no owner: the founders (Manuel Kasper, Silvan Engeler, Martin Blatter), the investor "
 "Afinum and the 2026 sale to Comitis Capital that Swiss news pages tell are not in the text. A current rendering (it "
 "names HarmonyOS clients, 2024-2025): recorded 4.0. Other pages seen and not taken: inside-it.ch, cash.ch and "
 "hoefe24.ch news (German), a lowyat mirror on the Swiss army's choice of Threema, a grokipedia page and an "
 "LLM-written 'llmpedia' page (AI-written), the company's own security page.", "non-US"))

# ---- platforms: food delivery, short video, social shopping --------------------------------------------------------
R.append(wp("wp-ele-me", "Ele.me", "https://en.wikipedia.org/wiki/Ele.me",
 "Ele.me (Chinese: \u997f\u4e86\u4e48, lit. \"Are you hungry?\") is the online food delivery and local life service "
 "platform of Alibaba Group. Founded in 2008, it is now the second largest online food delivery service platform in "
 "China.\n\n"
 "Ele.me is an online-to-offline (O2O) catering and food delivery platform in China. It was founded by Mark Zhang and "
 "Jack Kang in Minhang Campus of Shanghai Jiao Tong University in 2008 and now is developed and operated by Lazhasi "
 "Network Technology (Shanghai) Co., LTD. By the end of December in 2016, Ele.me has covered more than 2000 cities in "
 "China, with more than 1.3 million joining shops, 15 thousand staff and more than nine million daily orders. Also, "
 "over three million riders have registered Fengniao Delivery (the sub-service of Ele.me).\n\n"
 "On 27 January 2015, Ele.me finished its Series E financing with $350 million invested by CITIC PE, Tencent "
 "Holdings, JD.com (Joybuy), Hongshan Capital (Sequoia Capital) and Dianping.com. On 28 August 2015, Ele.me announced "
 "the completion of its Series F financing with $630 million. The investment was led by CITIC PE and Hualian Group, "
 "followed by new investors like China Media Capital (CMC), Gopher Asset as well as the original investors including "
 "Tencent Holdings, JD.com (Joybuy) and Hongshan Capital (Sequoia Capital).\n\n"
 "On 24 November 2015, Ele.me obtained a strategic investment from Didi Chuxing. On 17 December 2015, Alibaba Group "
 "invested $1.25 billion to Ele.me.",
 "online services (online food delivery platform)", ["product", "deal", "leadership"],
 "The current en.wikipedia.org rendering in the 'Jump to content ... From Wikipedia, the free encyclopedia' skin: "
 "those two page lines and the infobox lines (company type 'Subsidiary', industry, 'Founded2008; 16 years ago (2008)', "
 "founders, headquarters Shanghai, area served, 'ParentAlibaba Group') cut, the citation markers ('[1][2]', "
 "'[3][4]', '[5]'-'[8]', '[9][10]') cut; the rendering shows no section heading between the first two paragraphs "
 "(atozwiki's copy shows 'History' there); kept as written: 'the online food delivery and local life service platform "
 "of Alibaba Group', 'in Minhang Campus of Shanghai Jiao Tong University', 'now is developed and operated by Lazhasi "
 "Network Technology (Shanghai) Co., LTD.', 'By the end of December in 2016, Ele.me has covered', 'joining shops', "
 "'15 thousand staff', 'riders have registered Fengniao Delivery', 'JD.com (Joybuy)', 'Hongshan Capital (Sequoia "
 "Capital)', 'new investors like', 'invested $1.25 billion to Ele.me'; cut after 'to Ele.me.', before the paragraph "
 "'On 1 March 2017, Ele.me announced that they would launch an app entitled \"Food Security Service\" ... covers all "
 "the restaurants in Shanghai.[11][', which the excerpt breaks off inside (`truncated`; Alibaba's 2018 purchase of "
 "the rest of Ele.me, which news pages tell, is therefore not in the text). Rendered in 2024 ('16 years ago' from "
 "2008): recorded 4.0. Other pages seen and not taken: atozwiki.com's copy (the same text, breaking off earlier), "
 "Nikkei Asia, Business Standard, ZDNet, Red Herring, SpaceMart and ksaplayers news on Alibaba's 2018 purchase.",
 "non-US"))

R.append(wp("wp-kuaishou", "Kuaishou", "https://en.wikipedia.org/wiki/Kuaishou",
 "Kuaishou (Chinese: \u5feb\u624b; lit. 'quick hand') is a mobile app for sharing users' short videos, a social "
 "network, and video special effects editor, based in Haidian District (Beijing), developed in 2011 by Beijing "
 "Kuaishou Technology, by engineers Hua Su (\u5bbf\u534e) and Cheng Yixiao (\u7a0b\u4e00\u7b11).\n\n"
 "As of 2019, it has a worldwide user base of over 200 million, leading the \"Most Downloaded\" lists of the Google "
 "Play and Apple App Store in eight countries, such as Brazil. In Pakistan and Indonesia, this app is known as Snack "
 "Video. It is often referred to as \"Kwai\" in overseas markets. Its main competitor is Douyin, which is known as "
 "TikTok outside China.\n\n"
 "Kuaishou's overseas team is led by the former CEO of the application 99, and staff from Google, Facebook, Netflix "
 "and TikTok were recruited to lead the company's international expansion.\n\n"
 "The China Internet Investment Fund, a state-owned enterprise controlled by the Cyberspace Administration of China, "
 "holds a partial ownership stake in Kuaishou.\n\n"
 "Kuaishou is China's first short video platform. developed in 2011 by engineer Hua Su and Cheng Yixiao. Prior to "
 "co-founding Kuaishou, Su Hua had worked for both Google and Baidu as a software engineer. The company is "
 "headquartered in Haidian District, Beijing.\n\n"
 "Kuaishou's predecessor \"GIF Kuaishou\" was founded in March 2011. GIF Kuaishou was a mobile app with which users "
 "could make and share GIF pictures. In November 2012, Kuaishou became a short video community and a platform with "
 "which users could record and share videos. By 2013, the app had reached 100 million daily users. By 2019, it "
 "exceeded 200 million active daily users.",
 "online services (short-video sharing app)", ["product", "leadership"],
 "The en.wikipedia.org rendering in the 'From Wikipedia, the free encyclopedia' skin dated by its infobox 'March 2011; "
 "12 years ago' (2023): that page line and the infobox lines ('Kuaishou Snack Video', native name, type 'Public "
 "company; partially state-owned', founded, founders, key people 'Su Hua (CEO)', revenue) cut, the citation markers "
 "('[2]'-'[13]') and '[citation needed]' cut; the rendering shows no section heading between the fourth and fifth "
 "paragraphs (the Kiwix copy shows 'History' there); kept as written: the Chinese names in brackets, 'Hua Su' beside "
 "'Su Hua' (the same person, the text writes both orders), 'developed in 2011 by Beijing Kuaishou Technology, by "
 "engineers', 'As of 2019, it has', 'the Google Play and Apple App Store', 'the application 99', 'China's first short "
 "video platform. developed in 2011' (a full stop before a lower-case word, as the rendering has it), 'engineer Hua "
 "Su', 'Kuaishou's predecessor \"GIF Kuaishou\"'; cut after 'active daily users.', before the paragraph 'In March "
 "2017, Kuaishou closed a US$350 million ', which the excerpt breaks off inside (`truncated`; Tencent's investment "
 "that rounds tell is therefore not in the text). Rendered in 2023 ('12 years ago' from 2011): recorded 4.0. Other "
 "pages seen and not taken: an older en.wikipedia.org rendering ('10 years ago', 2021: 'a video-sharing mobile app "
 "developed by Beijing Kuaishou Technology Co., Ltd', the 2021 figures), a Kiwix copy of January 2024 at "
 "alem.dynip.sapo.pt and handwiki.org's copy (both open 'Kuaishou Technology ... is a Chinese publicly traded partly "
 "state-owned holding company': the company, not the app), German Wikipedia on Su Hua, iTechPost and getnews pages.",
 "non-US"))

R.append(wp("wp-xiaohongshu", "Xiaohongshu", "https://db0nus869y26v.cloudfront.net/en/Xiaohongshu",
 "Xiaohongshu (Chinese: \u5c0f\u7ea2\u4e66; pinyin: xi\u01ceoh\u00f3ngsh\u016b; lit. 'Little Red Book') is a social "
 "media and e-commerce platform. It has been described as \"China's answer to Instagram\", and as such, is sometimes "
 "referred to as \"Chinese Instagram\".\n\n"
 "As of 2019, Xiaohongshu had over 300 million registered users and the number of monthly active users was over 85 "
 "million. 70% of the platform users are reportedly born after 1990, and nearly 70% of them are female. The app "
 "allows users and influencers to post, discover and share product reviews, most frequently related to beauty and "
 "health. Travel bloggers are also known to regularly post content regarding tourism and leisure destinations on the "
 "platform. Xiaohongshu also operates RED Mall, which sells international products to Chinese users.\n\n"
 "In the Xiaohongshu community, the users can share their lives through vlogs, shopping experiences, and creative "
 "content through photos, text, videos, live streaming, etc.\n\n"
 "The users can be bloggers on Xiaohongshu. Their content can cover beauty, fashion, food, travel, entertainment, "
 "fitness, parenting and more. The social features of Xiaohongshu is to discover new brands, products, and ideas. The "
 "platform also includes an in-app shopping interface for users to browse, search, and purchase products.\n\n"
 "Xiaohongshu's headquarters are in Huangpu District, Shanghai.",
 "online services (social media and e-commerce platform)", ["product"],
 "A copy of the article on the unlabelled CloudFront host db0nus869y26v.cloudfront.net that batches 31d, 31j, 32i and "
 "33f used (page 'Xiaohongshu'): the infobox lines (the company name 'Xingin Information Technology (Shanghai) Co, "
 "Ltd', company type, 'Founded June 2013', founders 'Miranda Qu Fang & Charlwin Mao Wenchao', place, 'Products "
 "Xiaohongshu Edit this at Wikidata', the Chinese names and literal meaning) and the citation markers ('[1]', "
 "'[2][3]', '[4]', '[5]', '[6][7][8]', '[6]', '[9]', '[10][11]', '[12]', '[13]') cut; kept as written: 'As of 2019' "
 "(a revision older than the 'As of 2020' one that qa.edu.vn copies), 'China's answer to Instagram' and 'Chinese "
 "Instagram' in their quotation marks, '70% of the platform users are reportedly born after 1990', 'etc.', 'The "
 "social features of Xiaohongshu is to discover'; cut after 'Huangpu District, Shanghai.', before the paragraph "
 "'According to publicly available information, the number of daily active users (DAU) of Xiaohongshu grew from 20 "
 "million to 40 million in 2021 ... from its inception to the monthly activity of more tha', which the excerpt "
 "breaks off inside (`truncated`). The founders and the operating company stand only in the infobox and are not in "
 "the text. The copy's content runs to 2019 in its lead and is undated: recorded 3.0 (doubtful: the paragraph cut "
 "after it names 2021; the host names no revision and its terms were not found in the page store). Other pages seen "
 "and not taken: qa.edu.vn's copy (a later revision with the infobox's romanisation tables run into the text), "
 "ourchinastory, Business Insider, CKGSB, Compass List and two news pages on the 2025 'TikTok refugees'.", "non-US",
 v3=True, copy_of="the Wikipedia article, served by an unlabelled CloudFront host"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

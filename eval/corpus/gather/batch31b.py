#!/usr/bin/env python3
"""Batch 31b (session 32; helper gather32b): English Wikipedia articles (CC BY-SA) on services and the companies that
run, own, launched or bought them, told as news, part 6 of the lane of batches 27b, 27f, 28b, 29b and 30b, with kinds
the lane had not taken: a Swiss encrypted email service and its owners (Proton Mail, Proton AG, Proton Foundation); a
Chinese bicycle-sharing company, its founders and its buyer (Mobike, Meituan-Dianping); a French video-sharing
platform, its founders, owners and a telecom group's purchase (Dailymotion, Orange, Canal+, Vivendi); a Singaporean
streaming joint venture that was liquidated (Hooq; Singtel, Sony Pictures, Warner Bros.); a South Korean music store,
its developer and its operator's owners (Melon, SK Telecom, LOEN Entertainment, Kakao); a bitcoin exchange moved from
Slovenia to the UK and Luxembourg, its chief executive and co-founders (Bitstamp); a Philippine mobile wallet, its
owner and the owner's joint-venture parents (GCash, Mynt); a South Korean social network bought by an SK Telecom
subsidiary (Cyworld, SK Communications).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt
breaks off or before a list or a garbled paragraph (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch31b.py [POOL_DIR] [--dry]   (default /tmp/gather32b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_3

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32b/pool"

R = []
# ---- online services: email, video, music, social network ------------------------------------------------------
R.append(wp("wp-proton-mail", "Proton Mail", "https://en.wikipedia.org/wiki/Proton_Mail",
 "Proton Mail is a Swiss end-to-end encrypted email service launched in 2014. It is owned by the non-profit Proton "
 "Foundation through its subsidiary Proton AG, which also operates Proton VPN, Proton Drive, Proton Calendar, Proton "
 "Pass and Proton Wallet. Proton Mail uses client-side encryption to protect email content and user data before they "
 "are sent to Proton Mail servers, unlike other common email providers such as Gmail and Outlook.com.\n\n"
 "Proton Mail received its initial funding through a crowdfunding campaign, and initial access was by invitation "
 "only, but it opened to the public in 2016. There were two million users by 2017 and almost 70 million by 2022.\n\n"
 "The source code for the back end of Proton Mail remains closed-source, but Proton Mail released the source code "
 "for the web interface, iOS and Android apps, and the Proton Mail Bridge app under an open-source licence.\n\n"
 "On May 16, 2014, Proton Mail entered into public beta. Due to high demand, after three days beta signups were "
 "temporarily restricted to expand server capacity. Afterwards, Proton Mail implemented an invite-only waiting list.",
 "online services (encrypted email service)", ["product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Proton Mail =', the infobox lines "
 "(logo, screenshot, country 'Plan-les-Ouates, Switzerland', commercial, users '100 million (April 2023)', "
 "registration, owner 'Proton AG', status, URL) and the heading '== History ==' cut; kept as written: 'closed-source', "
 "'licence'; cut after 'an invite-only waiting list.', before the paragraph 'In summer 2014, Proton Mail received "
 "from 10,576 donors through a crowdfunding campaign on Indiegogo, while aiming for .', whose amounts the rendering "
 "lost (a garbled paragraph; the excerpt breaks off two paragraphs later) (`truncated`). A current rendering (infobox "
 "to April 2023): recorded 4.0. Proton Mail, Proton AG, Proton Foundation, Proton VPN, Outlook.com: 0 in "
 "train/dev/test and in every gather script ('Proton' alone: the Malaysian carmaker and a Russian rocket in other "
 "files); Gmail, iOS, Android: other files (other events).", "non-US"))

R.append(wp("wp-dailymotion", "Dailymotion", "https://www.hubbry.com/Daily_Motion",
 "Dailymotion is a French online video sharing platform owned by Canal+. Prior to 2024, it was owned by Vivendi. "
 "North American launch partners included Vice Media, Bloomberg, and Hearst Digital Media. Dailymotion was among the "
 "first platforms to support HD (720p) resolution video. It is available worldwide in 183 languages and 43 localised "
 "versions featuring local home pages and content. It has more than 300 million monthly users.\n\n"
 "In March 2005, Benjamin Bejbaum and Olivier Poitrey founded the website, pooling €6,000 (US $9,271) from six "
 "individuals to do so. In September 2006, Dailymotion raised funds in collaboration with Atlas Ventures and Partech "
 "International. In 2007, it created ASIC, together with other companies in the sector.\n\n"
 "Dailymotion supports a high-definition video resolution of 720p since February 2008, making it one of the earliest "
 "known HD video platforms.\n\n"
 "In October 2009, the French government invested in Dailymotion through the Strategic Investment Fund. On 25 "
 "January 2011, Orange acquired a 49% stake in Dailymotion for €62 million, valuing the company at €120 million.\n\n"
 "On 10 January 2013, Orange bought the remaining 51% for €61 million. In early May 2013, the French government "
 "blocked Yahoo!'s acquisition of a majority stake in Dailymotion.",
 "online services (video sharing platform)", ["product", "deal", "leadership"],
 "A copy of the article on hubbry.com, shown 'from Wikipedia' (as batch 29b's MobilePay): the site's hub lines "
 "('Hubbry Logo', 'Open search', 'Community hub', '8 pages, 0 posts', '0 subscribers', 'Be the first to start a "
 "discussion here.', 'Contribute something', 'from Wikipedia'), the infobox line 'Head office: 140 Boulevard "
 "Malesherbes in Paris, France', 'Key Information', the heading 'History' with its '[edit]', the image caption 'The "
 "initial logo of Dailymotion, used from 2005 to 2015' and citation markers ('[3]'-'[12]') cut; kept as written: "
 "'localised', 'pooling €6,000 (US $9,271)', 'supports ... since February 2008'; cut after 'a majority stake in "
 "Dailymotion.', before 'On 25 February 2014, Orange revealed it was in discussions with Microsoft', whose paragraph "
 "the excerpt breaks off inside (`truncated`). Content to 2024 ('Prior to 2024'): recorded 4.0. Doubtful: hubbry.com's "
 "own terms were not found in the page store (as for MobilePay). Dailymotion, Bejbaum, Poitrey, Atlas Ventures, "
 "Partech, Hearst Digital Media: 0 in train/dev/test and in every gather script; Canal+ and Vivendi (batch 26c's "
 "MultiChoice, 26e's Vivendi text: other subjects), Orange, Yahoo!, Bloomberg, Vice Media: other files (other "
 "events); 'Strategic Investment Fund': one train/dev file (another fund's English name).", "non-US",
 copy_of="the Wikipedia article, shown 'from Wikipedia' on hubbry.com"))

R.append(wp("wp-melon-online-music-service", "Melon (online music service)",
 "https://en.wikipedia.org/wiki/Melon_(online_music_service)",
 "Melon is a South Korean online music store.\n\n"
 "Introduced in November 2004, Melon was developed by SK Telecom. In 2009, LOEN Entertainment (owned by SKT by the "
 "time being, now owned by Kakao) became the company-in-charge of Melon.\n\n"
 "Melon allows users to download or stream music over the internet, such as on mobile phones. The music can be "
 "played on mobile phones, digital audio players, portable media players and digital cameras. Users can also create "
 "their own ring tones.\n\n"
 "The name Melon is actually an acronym of the phrase melody on.\n\n"
 "As of August 2016, Melon's latest version is the Melon 4.0.\n\n"
 "The program to download and install the Melon service is available.\n\n"
 "Users can enjoy features such as language and images on the desired song or album, SNS sharing, music listening, "
 "music video playback and download, mobile phone music transfer, and iTunes integration.\n\n"
 "Melon is currently available on iOS, Android, and Windows Mobile.\n\n"
 "The Melon mobile application allows unlimited streaming and limited downloads available and albums to share with "
 "friends and can recommend services.",
 "online services (music store and streaming service)", ["product", "deal"],
 "The article as en.wikipedia.org rendered it in an older revision (the 'Jump to: navigation, search' skin; infobox "
 "Alexa rank 'As of January 2017'): the lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, "
 "search', the infobox lines (logo, type of site, language, owner 'LOEN Entertainment, Inc. (A subsidiary of Kakao "
 "Corp.)', slogan, Alexa rank, commercial, registration, users, launched), the headings 'History and information', "
 "'MelOn Player' and 'Mobile availability' with their '[edit]' and citation markers ('[3]', '[4]') cut; the Korean "
 "name and romanization in brackets after the first 'Melon' ('(Hangul멜론; RRMellon)') cut with the space before it, "
 "as batches 27b-30b cut foreign-script names; kept as written: 'owned by SKT by the time being', "
 "'company-in-charge', 'an acronym of the phrase melody on', 'the Melon 4.0', 'allows unlimited streaming and limited "
 "downloads available and albums to share with friends and can recommend services'; cut after 'can recommend "
 "services.', before the section 'Recognitions and awards' (a lead line and a list of awards, not prose) "
 "(`truncated`). Content to 2017: recorded 3.0. Melon, LOEN, Kakao (named only in batch 27b's 'not used' list): 0 in "
 "train/dev/test and in every gather script; SK Telecom: one test file by count and two gather scripts (other "
 "events; also this batch's Cyworld text); iTunes, iOS, Android, Windows Mobile: other files.", "non-US", v3=True))

R.append(wp("wp-cyworld", "Cyworld", "http://piglix.com/piglix/Cyworld",
 "Cyworld is a South Korean social network service operated by SK Communications, a subsidiary of SK Telecom.\n\n"
 "Members cultivate relationships by forming Ilchon or \"friendships\" with each other through their minihompy. "
 "Avatars and \"mini-rooms\" (small, decoratable, apartment-like spaces in an isometric projection) are features of "
 "the service, which can make for a Sims-like experience.\n\n"
 "The \"Cy\" in Cyworld can mean \"cyber\", but is also a pun on the Korean word for relationship.\n\n"
 "Cyworld is a rough equivalent to MySpace of the United States, with the main difference is that revenue is "
 "generated through the sale of dotori, or acorns, which can be used to purchase virtual goods, such as background "
 "music, pixelated furniture, and virtual appliances.\n\n"
 "Cyworld also has operations in China and Vietnam.\n\n"
 "Cyworld launched in 1999 and was purchased by SK Communications in 2003. It became one of the first companies to "
 "profit from the sale of virtual goods.\n\n"
 "Cyworld was wildly popular in its home market, with 2005 claims that practically every South Korean in their "
 "twenties and 25 percent of the South Korean population were users. By 2006 its domestic user base numbered 19 "
 "million, but this dropped to 18 million by 2008.",
 "online services (social network service)", ["product", "deal"],
 "A copy of the article on piglix.com (as earlier batches' piglix copies): the infobox table lines (type of site, "
 "languages, owner 'SK Communications', website) and the name table (Hangul, Revised Romanization, McCune-Reischauer) "
 "cut; the foreign-script brackets cut with the space before each, as batches 27b-30b cut foreign-script names: "
 "'(Hangul: 싸이월드)' after the first 'Cyworld', '(Hangul: SK커뮤니케이션즈)' after 'SK Communications', '(Hangul: "
 "SK텔레콤)' after 'SK Telecom', '(Hangul: 일촌, Hanja: 一寸)' after 'Ilchon', '(Hangul: 사이 'between')' after "
 "'relationship' (its English gloss 'between' with it) and '(Hangul: 도토리)' after 'dotori'; kept as written: 'with "
 "the main difference is that revenue is generated', 'decoratable', 'MySpace'; cut after 'dropped to 18 million by "
 "2008.', where the excerpt ends (`truncated`). Content to 2008: recorded 3.0. Doubtful: piglix.com names no "
 "revision and its terms were not found in the page store. Cyworld, SK Communications, Ilchon, minihompy, dotori: 0 "
 "in train/dev/test and in every gather script; SK Telecom: one test file by count (another event; also this batch's "
 "Melon text); MySpace: other files.", "non-US", v3=True,
 copy_of="the Wikipedia article, mirrored at piglix.com"))

# ---- mobility, streaming, payments and exchanges -----------------------------------------------------------------
R.append(wp("wp-mobike", "Mobike", "https://en.wikipedia.org/wiki/Mobike",
 "Mobike, also known as Meituanbike, founded by Beijing Mobike Technology Co., Ltd., is a fully station-less "
 "bicycle-sharing system headquartered in Beijing, China. It is, by the number of bicycles, the world's largest "
 "shared (for hire) bicycle operator, making Shanghai the world's largest bike-share city in December 2016. In April "
 "2018, it was acquired by a Chinese web company Meituan-Dianping for US$2.7 billion.\n\n"
 "In 2015, Mobike was established by a former journalist Hu Weiwei. Co-founder Wang Xiaofeng, the general manager "
 "for the Shanghai office of Uber also known by his English name Davis Wang, became Mobike's CEO. Not being able to "
 "purchase bikes from suppliers to the preferred specifications, the company built its own bikes which were rolled "
 "out from April 2016.\n\n"
 "In December 2016, the company made Shanghai the world's largest bike-share city.\n\n"
 "In June 2017, Mobike raised $600 million in Series E funding led by Tencent, bringing the firm's fund raising in "
 "2017 alone to nearly US$1 billion. In the same month, the company was valued at US$3 billion.\n\n"
 "In April 2018, the firm was acquired by a Chinese web company Meituan-Dianping for US$2.7 billion.",
 "transport (dockless bicycle sharing)", ["product", "deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: 'From Wikipedia, the free encyclopedia', the infobox "
 "lines (legal name 'Beijing Mobike Technology Co., Ltd', founded '27 January 2015; 9 years ago', key people 'Hu "
 "Weiwei (CEO)', 'Davis Wang (Former CEO)' and others, headquarters, products, the Chinese names and their literal "
 "meaning) and citation markers ('[1]'-'[7]') cut; the Chinese names in brackets after 'Mobike' ('(Chinese: ...; "
 "pinyin: mó bài dān chē)') and after 'Beijing Mobike Technology Co., Ltd.' ('(Chinese: ...)') cut with the space "
 "before each, as batches 27b-30b cut foreign-script names; kept as written: the lead's and the last paragraph's two "
 "'acquired by a Chinese web company Meituan-Dianping' sentences, 'the general manager for the Shanghai office of "
 "Uber also known by his English name Davis Wang'; cut after 'for US$2.7 billion.' (the second), before 'In August "
 "2018, Mobike launched ', where the excerpt breaks off (`truncated`). A 2024 rendering ('9 years ago'): recorded "
 "4.0. Mobike, Meituanbike, Hu Weiwei, Wang Xiaofeng, Davis Wang, Meituan-Dianping: 0 in train/dev/test and in every "
 "gather script (Meituan only in two 'not used' lists of GATHERING.md); Uber, Tencent: other files (other events).",
 "non-US"))

R.append(wp("wp-hooq", "Hooq", "https://atozwiki.com/Hooq",
 "Hooq was a Singaporean video on demand streaming service. It was a joint-venture of Singtel, Sony Pictures and "
 "Warner Bros., with presence in the Philippines, Thailand, India, Indonesia, and Singapore. Hooq filed for "
 "liquidation on 27 March 2020, and shut down on 30 April 2020. Its assets were acquired by Coupang.\n\n"
 "Hooq was a joint-venture of Singtel, Sony Pictures and Warner Bros., established on 30 January 2015, when the "
 "presence of Netflix in Asia was still limited. An online streaming video platform, Hooq would be able to "
 "capitalise on Singtel's reach and distribution to deliver Hollywood movies, television series, as well as local "
 "programming to Asian markets. Hooq also produced original content to attract subscribers, starting with a "
 "mini-series based on the multi-award-winning movie, On the Job which revolves around a hard-hitting topic in "
 "Philippine society.\n\n"
 "The platform was progressively launched in the Philippines, Thailand, India, Indonesia, and Singapore over 2015 and "
 "2016. The content on the platform was accessed with a monthly or yearly subscription fee.\n\n"
 "Hooq was named Best Mobile App in the Media, Film, TV or Video category at the GSMA's Global Mobile (GLOMO) Awards "
 "2016 in Barcelona.\n\n"
 "Due to its fast growing, but loss-making status in Singtel's portfolio, an initial public offering was considered "
 "for value realisation in 2019. However, on 27 March 2020, Hooq filed for liquidation, citing \"significant "
 "structural changes\" that had occurred in the over-the-top (OTT) video market and its competitive landscape.",
 "media (video-on-demand streaming joint venture)", ["product", "deal"],
 "A copy of the article on atozwiki.com, headed 'Source: Wikipedia, the free encyclopedia.': the title line 'Hooq', "
 "that source line, the infobox lines (type of business 'Joint venture', type of site, languages, founded '30 January "
 "2015; 9 years ago', dissolved '30 April 2020; 3 years ago', headquarters, area served, owners, key people 'Peter "
 "Bithos (CEO)', products, status), the heading 'History' and citation markers ('[1]'-'[8]') cut; the styling and "
 "pronunciation bracket after the first 'Hooq' ('(stylised in all caps, pronounced like hook)') cut with the space "
 "before it, as batch 30b cut Ethio telecom's styling bracket; kept as written: 'joint-venture' (twice), the two "
 "sentences that both say Hooq was a joint venture of the three companies, 'Due to its fast growing, but loss-making "
 "status', 'capitalise', 'realisation', 'On the Job which revolves'; cut after 'its competitive landscape.', before "
 "'Its global headcount', where the excerpt breaks off (`truncated`; the article's 'Ownership' section with the "
 "shareholdings is therefore not in the text). A 2024 rendering ('9 years ago'): recorded 4.0. Doubtful: atozwiki.com's "
 "own terms were not found in the page store; hubbry.com and profilbaru.com hold other copies (hubbry's a later "
 "revision with 'The comapny'). Hooq, Coupang (named once in batch 27b's 'not used' list), GSMA's awards, 'On the "
 "Job': 0 in train/dev/test and in every gather script; Singtel: one train/dev and one test file by count (other "
 "events); Sony Pictures, Warner Bros., Netflix: other files (other events).", "non-US",
 copy_of="the Wikipedia article, copied on atozwiki.com ('Source: Wikipedia, the free encyclopedia.')"))

R.append(record("wp-gcash", "GCash", "https://en.wikipedia.org/wiki/GCash",
 "http://en.wikipedia.org/wiki/GCash_by_Alipay?ns=0&oldid=1120612542",
 "GCash by Alipay, commonly referred to as GCash, is a Philippine mobile wallet, mobile payments and branchless "
 "banking service. Introduced in 2004, it is owned by Mynt (formerly Globe Fintech Innovations, Inc.), which is a "
 "joint venture between Ant Group, an affiliate company of the Alibaba Group and the operator of the world's leading "
 "open digital lifestyle platform, Alipay; Ayala Group of Companies, one of the Philippines' largest business "
 "conglomerates; and Globe Group, one of the Philippines' largest telecommunications companies (Mynt is listed as a "
 "subsidiary of 917Ventures).\n\n"
 "As of 2019, it had 20 million active users and more than 63,000 partner merchants in the Philippines. However, in "
 "two years, owing to the rise of digital payments in the Philippines due to the COVID-19 pandemic, these figures "
 "more than doubled, with 46 million active users and 2.5 million merchants and sellers as of August 2021, making "
 "GCash the country's undisputed mobile wallet giant. As of May 2022, it has more than 60 million users.\n\n"
 "GCash by Alipay was first launched by Globe Telecom as GCash in October 2004 offering SMS-based domestic money "
 "transfer that does not require bank accounts or cards considering 80% of the Philippine population were unbanked "
 "or underbanked at the time. Users were allowed to convert their cash to e-money via cash-in and cash-out outlets "
 "like sari-sari stores with a transaction fee of 1.00.",
 "payments (mobile wallet)", ["product"],
 EDITS + "Revision 1120612542 of the article (edited 22:48, 7 November 2022, page title then 'GCash') as "
 "en.wikipedia.org renders an old revision, reached at the address 'GCash_by_Alipay': the lines 'Jump to content', "
 "'GCash', 'From Wikipedia, the free encyclopedia', the old-revision notice ('This is an old revision of this page, "
 "as edited by ... at 22:48, 7 November 2022. The present address (URL) is a permanent link to this revision, ...'), "
 "the infobox lines (name 'GCash by Alipay', product type, owner, country, introduced, markets, website), the heading "
 "'History', the image caption 'A GCash cash-in machine' and citation markers ('[1]'-'[5]') cut; kept as written: "
 "'a transaction fee of 1.00' (the rendering shows no currency sign), 'in two years', 'considering 80% of the "
 "Philippine population were unbanked', 'Globe Group' beside 'Globe Telecom'; cut after 'a transaction fee of "
 "1.00.', where the excerpt ends (`truncated`). Revision of November 2022: recorded 3.0. GCash, Mynt, Globe Fintech "
 "Innovations, 917Ventures, Ant Group, 'Ayala Group of Companies', Globe Group: 0 in train/dev/test and in every gather "
 "script (GCash and Mynt only in a search query batch 26c recorded); Globe Telecom: batch 26c's train file "
 "wp-globe-telecom (its shareholders; it names no GCash or Mynt); Ayala: other files ('Ayala Corporation'); Alipay, "
 "Alibaba: other files (other events). The lane's payment services are many; GCash is the first from the Philippines "
 "and brings a joint venture of three groups.",
 "non-US", licence=LICENCE_3, version="3.0",
 rev="revision 1120612542 (7 November 2022)",
 copy_of="revision 1120612542 of the Wikipedia article, reached at the redirect 'GCash_by_Alipay'",
 origin="English Wikipedia (page store), an old revision"))

R.append(wp("wp-bitstamp", "Bitstamp", "https://en.wikipedia.org/wiki/Bitstamp",
 "Bitstamp is a bitcoin exchange based in Luxembourg. As of 2016 it was the world's second largest by volume. It "
 "allows trading between USD currency and bitcoin cryptocurrency. It allows USD, EUR, bitcoin or Ripple deposits and "
 "withdrawals.\n\n"
 "The company was founded as a European-focused alternative to then-dominant bitcoin exchange Mt. Gox. While the "
 "company trades in US dollars, it allows money to be deposited through the European Union's Single Euro Payments "
 "Area, a convenient way of transferring money between European bank accounts.\n\n"
 "Bitstamp offers an API to allow clients to use custom software to access and control their accounts.\n\n"
 "The company is headed by CEO Nejc Kodrič, a widely known member of the bitcoin community, who co-founded the "
 "company in August 2011 with Damijan Merlak in his native Slovenia, but later moved its registration to the UK in "
 "April 2013, then to Luxembourg in 2016. Bitstamp outsourced certain operations to the UK due to the lack of "
 "adequate financial and legal services in Slovenia.\n\n"
 "When incorporating in the United Kingdom, the company approached the UK's Financial Conduct Authority for "
 "guidance, but was told that bitcoin was not classed as a currency, so the exchange was not subject to regulation. "
 "Bitstamp says that it instead regulates itself, following a set of best practices to authenticate customers and "
 "deter money laundering. In September 2013, the company began requiring account holders to verify their identity "
 "with copies of their passports and official records of their home address. In April 2016, the Luxembourgish "
 "government granted a license to Bitstamp to be fully regulated in the EU as a payment institution, allowing it to "
 "do business in all 28 EU member states.",
 "finance (bitcoin exchange)", ["product", "leadership"],
 "The article as en.wikipedia.org rendered it in an older revision (the 'Jump to: navigation, search' skin; content "
 "to 2016): the lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search', the infobox lines "
 "(logo, type 'Bitcoin exchange', location 'Luxembourg, Luxembourg;[nb 1][1] Slovenia', key people 'Nejc Kodrič (CEO "
 "and co-founder)', currency), an empty heading line and citation and note markers ('[1]'-'[5]', '[nb 1]') cut; kept "
 "as written: 'USD currency and bitcoin cryptocurrency', 'license', 'the UK' beside 'the United Kingdom', 'the EU' "
 "beside 'the European Union's'; cut after 'all 28 EU member states.', before 'In D', where the excerpt breaks off "
 "(`truncated`). Content to 2016: recorded 3.0. Bitstamp, Kodrič, Merlak, Single Euro Payments Area: 0 in "
 "train/dev/test and in every gather script; Mt. Gox: only in GATHERING.md's 'not used' list of batch 28c (its "
 "shutdown; here named as a rival once); Financial Conduct Authority, European Union: other files (other events). "
 "A crypto exchange, a kind the lane had not taken.", "non-US", v3=True))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

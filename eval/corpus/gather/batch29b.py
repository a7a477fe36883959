#!/usr/bin/env python3
"""Batch 29b (session 30, the out-of-sample check; helper gather30b): English Wikipedia articles (CC BY-SA) on
services — payment apps and a card scheme, fare cards, an airline loyalty programme, a microblogging site and a social
network, an operating system, a satellite network, a ride-hailing company and an intercity bus brand — and the
companies that run, own or bought them, told as news, a fourth lane after batches 27b, 27f and 28b, most outside the
US: a Swedish payment app launched by banks with a clearing house (Swish); a Danish payment app, its bank and its
merger (MobilePay); an Indian card scheme, its operator and partner (RuPay); Singapore's fare card, its seller and
the bus companies (EZ-Link); South Korea's fare card and its operator's owners (T-money); Lufthansa's frequent-flyer
programme (Miles & More); a Chinese microblogging site and its parent (Weibo, Sina); Tencent's social network
(Qzone); Samsung's operating system (Tizen); a satellite network, its operator and its founding company (Iridium);
an Indian ride-hailing company and its two purchases (Ola Cabs); a German bus brand, its founders, owner and sister
companies (FlixBus); part 2: a Spanish ride-hailing company, its founder and chief executive, its
technology chief and a partnership (Cabify); a Chinese online marketplace, its owner and a rival's purchase (Taobao).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch29b.py [POOL_DIR] [--dry]   (default /tmp/gather30b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather30b/pool"

R = []
# ---- payments --------------------------------------------------------------------------------------------------
R.append(wp("wp-swish-payment", "Swish (payment)",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/Swish_(payment)",
 "Swish is a mobile payment system in Sweden. The service was launched in 2012 by six large Swedish banks, in "
 "cooperation with Bankgirot and the Central Bank of Sweden. It had 6.5 million users as of September 2018. Swish is "
 "a member of the European Mobile Payment Systems Association.\n\n"
 "The service works through a smartphone application, through which the user's phone number is connected to their "
 "bank account, and which makes it possible to transfer money in real time, a few seconds until confirmation is "
 "received by both parties. The user must have a second mobile application called Mobilt BankID Säkerhetsapp, which "
 "is an electronic identification issued by several banks in Sweden. This requires that the user has a bank account "
 "in a Swedish bank participating in the system, and also a national ID number. Users who have a Swedish bank "
 "account but no suitable phone can register for reception of payments. The phone number can be of another country. "
 "The actual transfer is done by the Bankgirot clearing system, which developed instant payments for the Swish "
 "system.\n\n"
 "Swish was originally intended for transactions between individuals, but soon it started to be used for flea "
 "markets and collections at church services, and by sports clubs and other organisations as payment at small "
 "events where a credit card reader would be too expensive or otherwise impractical. Small companies who wished to "
 "avoid credit card charges and simplify online payments soon followed suit. In 2014 organisations could register "
 "for receiving payments, although some organisations used a private bank account of someone in the organisation "
 "before that. In January 2017 Swish was launched for web based sales which quickly became popular, for example used "
 "by the train operator SJ.",
 "payments (mobile payment app)", ["product"],
 "A copy of the article in a Kiwix dump of English Wikipedia (wikipedia_en_all_maxi_2020-06) served at "
 "kiwix.casplantje.nl: the title line 'Swish (payment)', the infobox lines (type of site, area served, URL, "
 "launched, native clients) and citation markers ('[1]'-'[6]') cut; the pronunciation bracket after the first "
 "'Swish' ('(Swedish pronunciation: [swɪɕː] or [svɪɕː])') cut with the space before it, as batches 27b-28b cut "
 "pronunciations; kept as written: 'web based sales', 'the Bankgirot clearing system'; cut after 'used by the train "
 "operator SJ.', before 'It is possib', where the excerpt breaks off (`truncated`). A 2020 dump, content to "
 "September 2018: recorded 3.0. Doubtful: the mirror's own terms were not found in the page store. Swish, Getswish, "
 "Bankgirot, BankID: 0 in train/dev/test and in every gather script; 'European Mobile Payment Systems "
 "Association': batch 28b's Blik text (train; 3 shared 8-word shingles, the membership phrase).", "non-US", v3=True,
 copy_of="the Wikipedia article, a Kiwix dump of June 2020 served at kiwix.casplantje.nl"))

R.append(wp("wp-mobilepay", "MobilePay", "https://www.hubbry.com/MobilePay",
 "MobilePay is a mobile payment application used in Denmark and Finland. The service allows payments by means of a "
 "smartphone application and was first introduced in 2013 by Danske Bank. It was introduced to Finland later in the "
 "same year and since 2017 it has been used by all banks in Denmark. As of 2022, MobilePay had more than 4.4 million "
 "users in Denmark (total population: 5.8 million) and more than 2 million users in Finland (total population: 5.5 "
 "million). This corresponds to 75.86% of the Danish population and 36.36% of the Finnish one. In 2022, MobilePay "
 "merged with Vipps of Norway to form Vipps MobilePay, but they maintain their separate brand names in each country. "
 "MobilePay is a member of the European Mobile Payment Systems Association.\n\n"
 "MobilePay is an application for phones with operating systems iOS and Android. MobilePay is a digital wallet "
 "covering all payment needs. Payments can be made to friends, smaller physical shops, supermarkets and larger "
 "chains, recurring payments, ecommerce and mcommerce and donations. By downloading this application, users are "
 "required to connect a credit card and account information to their mobile number. Money transfers are performed "
 "by entering a mobile phone number which is registered in the system. The funds are then transferred to this "
 "account, while the amount is deducted from the sender's credit card. There are no fees for private MobilePay "
 "accounts.\n\n"
 "The application is protected by a user-selected four-digit PIN code or a fingerprint. Initially, the login id was "
 "either the CPR-number (national id number) or the more secure NemID, but since 2023 either NemID or the similar "
 "MitID (using CPR-number is no longer possible).",
 "payments (mobile payment app)", ["product"],
 "The article as hubbry.com reproduces it ('MobilePay from Wikipedia'): the site's furniture ('Hubbry Logo', "
 "'Community hub', '7 pages, 0 posts', 'Be the first to start a discussion here.', 'Key Information'), the headings "
 "'Function' and 'Security' with their '[edit]' links and citation markers ('[1]'-'[3]') cut; kept as written: "
 "'ecommerce and mcommerce', 'but since 2023 either NemID or the similar MitID (using CPR-number is no longer "
 "possible).' (a sentence without its verb, the article's own); cut after that sentence, before 'Req', where the "
 "excerpt breaks off (`truncated`). Content to 2023: recorded 4.0. Doubtful: hubbry.com's own terms were not found "
 "in the page store (as batch 28b's PayPay). MobilePay, Danske Bank, NemID, MitID: 0 in train/dev/test; Vipps: only "
 "in GATHERING.md's 'not used' list (batch 27f: news only; here named as the merger partner); 'European Mobile "
 "Payment Systems Association': batch 28b's Blik text (train; 3 shared 8-word shingles, the membership phrase, as "
 "with the Swish text of this batch).", "non-US",
 copy_of="the Wikipedia article, reproduced by hubbry.com"))

R.append(wp("wp-rupay", "RuPay", "http://www.self.gutenberg.org/articles/eng/RuPay",
 "RuPay is an Indian domestic card scheme conceived and launched by the National Payments Corporation of India "
 "(NPCI). It was created to fulfill the Reserve Bank of India’s desire to have a domestic, open loop, and "
 "multilateral system of payments in India. RuPay facilitates electronic payment at all Indian banks and financial "
 "institutions, and competes with MasterCard and Visa in India. NPCI maintains ties with Discover Financial to enable "
 "the card scheme to gain international acceptance.\n\n"
 "The IndiaPay scheme was conceived by the National Payments Corporation of India as an alternative to the "
 "MasterCard and Visa card schemes, and to consolidate and integrate various payment systems in India. It was "
 "renamed to RuPay to avoid naming conflicts with other financial institutions using the same name. The RuPay card "
 "was launched on 26 March 2012. NPCI entered into a strategic partnership with Discover Financial Services (DFS) for "
 "RuPay Card, enabling the acceptance of RuPay Global Cards on Discover’s global payment network outside of India.\n\n"
 "On 8 May 2014, RuPay has been dedicated to India by President of India, Pranab Mukherjee at Rashtrapati Bhavan, New "
 "Delhi.\n\n"
 "RuPay cards are accepted at all automated teller machines (ATMs) across India under National Financial Switch, and "
 "under the NPCI's agreement with DFS, RuPay cards are accepted on the international Discover network.",
 "payments (card scheme)", ["product", "leadership"],
 "The article as the World Library (self.gutenberg.org) reproduces it under the name 'World Heritage Encyclopedia': "
 "the site's furniture ('World Library', 'Flag as Inappropriate', 'Email this Article', the article id, reproduction "
 "date, title, author, language, subject and publisher lines), the infobox lines (native name, founded, area served, "
 "website) and citation markers ('[1]'-'[14]') cut; kept as written: 'to fulfill', the typographic apostrophes "
 "('Reserve Bank of India’s', 'Discover’s'), 'RuPay has been dedicated to India by President of India, Pranab "
 "Mukherjee at Rashtrapati Bhavan'; cut after 'accepted on the international Discover network.', before 'According to "
 "the data published by National Payments Corporation of India, there are around 145,270 ATMs and more than 875,000 "
 "point of sale (PoS) term', where the excerpt breaks off (`truncated`). Content to about 2014: recorded 3.0. "
 "Doubtful: the World Library names no Wikipedia revision and its own terms were not found in the page store. RuPay, "
 "National Payments Corporation, NPCI, Discover Financial, Pranab Mukherjee: 0 in train/dev/test.", "non-US",
 v3=True, copy_of="the Wikipedia article, reproduced by the World Library (self.gutenberg.org) as 'World Heritage "
 "Encyclopedia'"))

# ---- transport cards and loyalty -------------------------------------------------------------------------------
R.append(wp("wp-ez-link", "EZ-Link", "https://en.wikipedia.org/wiki/EZ-link",
 "The EZ-Link card is a rechargeable contactless smart card and electronic money system that is primarily used as a "
 "payment method for public transport such as bus and rail lines in Singapore. A standard EZ-Link card is a "
 "credit-card-sized stored-value contact-less smart-card that comes in a variety of colours, as well as limited "
 "edition designs. It is sold by TransitLink Pte Ltd, a subsidiary of the Land Transport Authority (LTA), and can be "
 "used on travel modes across Singapore, including the Mass Rapid Transit (MRT), the Light Rail Transit (LRT), public "
 "buses which are operated by SBS Transit, SMRT Buses, Tower Transit Singapore and Go-Ahead Singapore, as well as the "
 "Sentosa Express.\n\n"
 "Established in 2001, the first generation of the card was based on the Sony FeliCa smart card technology and was "
 "promoted as the means for speedier boarding times on the city-state's bus and rail services.",
 "transport (fare card)", ["product"],
 "The article as en.wikipedia.org renders it in the page store, reached at the redirect's address 'EZ-link' ('From "
 "Wikipedia, the free encyclopedia (Redirected from EZ-link)'): the title line, the infobox lines (location, launch "
 "dates, technology, operator 'EZ-Link Pte Ltd', manager, currency, stored-value, credit expiry, auto recharge, "
 "validity, retailed, variants, website) and three image captions cut; kept as written: 'contact-less smart-card', "
 "'the Sony FeliCa smart card technology'; cut after 'bus and rail services.', before 'It had a monopoly on public "
 "transportati', where the excerpt breaks off (`truncated`). Content to 2024 (the infobox counts '21 years ago' from "
 "2002): recorded 4.0. EZ-Link, TransitLink, Land Transport Authority, SBS Transit, Tower Transit, Sentosa Express, "
 "FeliCa: 0 in train/dev/test; SMRT: batch 25b's and 28e's train/dev texts (other events; here 'SMRT Buses' named "
 "once); Go-Ahead: batch 15g (the UK group; here 'Go-Ahead Singapore'). Doubtful: the attribution's 'copy' wording "
 "for a redirect's address (as batch 28b's Suica).", "non-US",
 copy_of="the Wikipedia article, reached at the redirect 'EZ-link'"))

R.append(wp("wp-t-money", "T-money",
 "http://the-uncensored-wiki.com:20141/2014-wikipedia_en_all_02_2014/A/html/T/-/m/o/T-money.html",
 "T-money is a rechargeable series of cards and other \"smart\" devices used for paying transportation fares in and "
 "around Seoul and other areas of South Korea. T-money can also be used in lieu of cash or credit cards in some "
 "convenience stores and other businesses. The T-money System has been implemented and is being operated by Korea "
 "Smart Card Co., Ltd which is 34.4% owned by Seoul Metropolitan City Government, 31.85% owned by LG CNS, and 15.73% "
 "owned by Credit Card Union.\n\n"
 "Similar to its predecessor, the \"Seoul Bus Card\", T-money can be used to pay for bus, subway and some taxi fares. "
 "Some stores and attractions including Seoul's four palaces (except Gyeonghuigung), Lotte World amusement park, "
 "Kyobo Book Centre, GS 25 and other selected convenience stores accept T-money as payment.\n\n"
 "T-money cards cost 2,500 - 3,000 won and can be purchased and recharged at stations, banks, convenience stores and "
 "kiosks located adjacent to bus stops. Self-service recharge machines are also available. Cards can easily be "
 "scanned while within a purse or wallet, but can be damaged if bent or otherwise subjected to unnecessary force.",
 "transport (fare card)", ["product"],
 "A copy of the article in a February 2014 Kiwix dump of English Wikipedia served at the-uncensored-wiki.com "
 "('From Wikipedia, the free encyclopedia'): the title line, the infobox lines (the Korean name, location, launched, "
 "technology, operator, manager, currency, credit expiry, auto recharge, validity, retailed, variants, website), the "
 "headings 'Use', 'Card types' and 'Standard' cut; the list lead 'T-money is accepted by:' cut (the copy holds no "
 "list after it), joining 'some taxi fares.' and 'Some stores' in one paragraph; kept as written: 'Korea Smart Card "
 "Co., Ltd which is 34.4% owned by', '2,500 - 3,000 won'; cut after 'unnecessary force.', before the heading 'Discount "
 "cards' and 'There are two types of discount cards', where the excerpt goes on past the card types (`truncated`). "
 "Content to 2014: recorded 3.0. Doubtful: the mirror's own terms were not found in the page store. T-money, Korea "
 "Smart Card, LG CNS, Credit Card Union, Lotte World, Kyobo: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, a Kiwix dump of February 2014 served at the-uncensored-wiki.com"))

R.append(wp("wp-miles-and-more", "Miles & More",
 "https://en.academic.ru/dic.nsf/enwiki/1913433/Miles_%26amp%3B_More",
 "Miles & More is the largest traveler loyalty program in Europe with 20 million members as of February 2011. It "
 "offers rewards to passengers of the Star Alliance travelling on certain types of tickets. This was previously a "
 "frequent flyer program, but currently does not award mileage for some or all economy class travel booked through "
 "most online services, including the airlines' own websites. The program was launched by Lufthansa (LH) in 1993 and "
 "is used by 13 European airlines. The programme enables its members to earn and redeem frequent flyer miles on all "
 "of the fully integrated airlines, all Star Alliance members as well as several other partner airlines. Customers "
 "are able to build status, which gives them access to certain privileges. Miles & More is free of charge.\n\n"
 "There are three types of miles within the program.\n\n"
 "These are miles that can be collected in the account of a member and be used to buy flights, upgrades, merchandise "
 "from the Lufthansa WorldShop and other Miles & More partners. For standard Miles & More members they retain "
 "validity for 36 months, after which they expire. For Frequent Travellers, Senators and HON Circle Card holders, the "
 "miles have no expiration date.",
 "aviation (frequent-flyer programme)", ["product"],
 "An older revision of the article as the academic.ru mirror of English Wikipedia (en.academic.ru, 'enwiki') holds "
 "it: the title line, the logo lines, citation markers ('[1]', '[2]', '[4]'), the contents line and the empty "
 "headings 'Partnership history', 'Airline partners of Miles & More', 'Fully integrated Airline Partners', 'Star "
 "Alliance partner airlines', 'Other partners', 'The miles' and 'Award miles' cut (the copy holds no list under "
 "them); kept as written: 'traveler loyalty program' beside 'The programme', 'Lufthansa (LH)'; cut after 'the miles "
 "have no expiration date.', before 'However, as soon as a customer does not hold any of these cards anymore' (the "
 "excerpt runs on into the miles rules; `truncated`). Content to February 2011: recorded 3.0. Doubtful: the mirror's "
 "own terms were not found in the page store. "
 "Miles & More, WorldShop, HON Circle: 0 in train/dev/test; Lufthansa: other events (batches 25c, 27d); Star Alliance: "
 "batch 28b's KrisFlyer and other files (an alliance named as members here).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision on the academic.ru mirror"))

# ---- social and microblogging sites ----------------------------------------------------------------------------
R.append(wp("wp-weibo", "Weibo", "https://en.wikipedia.org/wiki/Sina_Weibo",
 "Weibo, previously Sina Weibo, is a Chinese microblogging (weibo) website. Launched by Sina Corporation on 14 August "
 "2009, it is one of the biggest social media platforms in China, with over 582 million monthly active users (252 "
 "million daily active users) as of Q1 2022. The platform has been a huge financial success, with surging stocks, "
 "lucrative advertising sales and high revenue and total earnings per quarter. At the start of 2018, it surpassed the "
 "US$30 billion market valuation mark for the first time.\n\n"
 "In March 2014, Sina Corporation announced a spinoff of Sina Weibo as a separate entity called simply \"Weibo\", and "
 "filed an IPO under the symbol WB. Sina carved out 11% of Weibo in the IPO, with Alibaba owning 32% post-IPO. The "
 "company began trading publicly on 17 April 2014. In March 2017, Sina launched Sina Weibo International Version. In "
 "November 2018, Sina Weibo suspended its registration function for minors under the age of 14. In July 2019, Sina "
 "Weibo announced that it would launch a two-month campaign to clean up pornographic and vulgar information, named "
 "\"Project Deep Blue\". On 29 September 2020, the company announced it would go private again due to rising tensions "
 "between the US and China. Sina had gone public on the Nasdaq in 2000. As of  September 2021 Sina Weibo had 523 "
 "million active monthly users, with three in seven of those using the site daily. Sina Weibo has attracted "
 "criticism over censoring its users.",
 "online services (microblogging)", ["product", "deal"],
 "The article as en.wikipedia.org renders it in the page store, reached at the redirect's address 'Sina_Weibo' "
 "('(Redirected from Sina Weibo)'): the page furniture ('Jump to content', 'From Wikipedia, the free encyclopedia'), "
 "the infobox lines (type of site, languages, owner 'Weibo Corporation', launched, status, literal meaning) and "
 "citation markers ('[1]'-'[14]') cut; the Chinese-script brackets after 'Weibo' ('(Chinese: 微博; pinyin: Wēibó)') "
 "and 'Sina Weibo' ('(Chinese: 新浪微博; pinyin: Xīnlàng Wēibó)') and after 'Project Deep Blue' ('(蔚蓝计划)') cut "
 "with the space before each, as batches 25b-28b cut foreign-script names; kept as written: 'As of  September 2021' "
 "with its two spaces, 'use the site daily', 'Sina carved out 11% of Weibo'; cut after 'censoring its users.', "
 "before the paragraph '\"Weibo\" (微博) is the Chinese word for \"microblog\". Sina Weibo launched its new domain "
 "name weibo.', where the excerpt breaks off (`truncated`). Content to September 2021 (infobox '14 years ago'): "
 "recorded 4.0. Weibo, Sina, Fanfou: 0 in train/dev/test; Alibaba, Nasdaq: other events.", "non-US",
 copy_of="the Wikipedia article, reached at the redirect 'Sina_Weibo'"))

R.append(wp("wp-qzone", "Qzone", "https://en.wikipedia.org/wiki/Qzone",
 "Qzone is a social networking website based in China which was created by Tencent in 2005. It allows users to "
 "write blogs, keep diaries, send photos, listen to music, and watch videos. Users can set their Qzone background and "
 "select accessories based on their preferences so that every Qzone is customized to the individual member's taste. "
 "However, most Qzone accessories are not free; only after buying the \"Canary Yellow Diamond\" can users access "
 "every service without paying extra.\n\n"
 "Qzone started in April 2005 as an interior service within the Tencent company. The name was originally \"Little "
 "Home Zone\" in Tencent company. In 2008, Qzone was taken by Zhu Liang. This year, QQ registered users have reached "
 "490 million, and about 200 million are active users. Qzone is positioned by Tencent as virtualization products "
 "along with QQ Show and QQ pet.\n\n"
 "At the very beginning, the reference object of Qzone is not a social network, but blog products. \"In 2005, "
 "Chinese blog market has been the rise of this market. Sina blog and MSN Space are two major competitors that we "
 "have. But Tencent did not have such power on media propagation, only relying on contents has no advantage. MSN "
 "spaces have a random combination of functional modules. The function of Space Decoration in Qzone was similar to "
 "it, and later on, we found the commercial value of it.\" Until now, the \"Yellow Diamond System\", Space Decoration "
 "still dominate. Qzone gradually transformed from a personal space, where users can customize blogs, keep diaries, "
 "post photos, watch videos and listen to music, to one of China's biggest social network.\n\n"
 "Qzone is set by Tencent as a bonded service to QQ.",
 "online services (social network)", ["product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Qzone =', the infobox lines (url, "
 "commercial, native name language, type, registration, language, owner 'Tencent', logo, status) and the heading "
 "'== History ==' cut; the empty bracket left of the Chinese name after the first 'Qzone' ('()') cut with the space "
 "before it; kept as written: 'an interior service', 'In 2008, Qzone was taken by Zhu Liang. This year, QQ "
 "registered users have reached', the unattributed quotation and its grammar ('Chinese blog market has been the rise "
 "of this market'), 'one of China's biggest social network'; cut after 'a bonded service to QQ.', before 'Recently as "
 "the rise of social networks based on mobile platform such as WeChat, Qzone', where the excerpt breaks off "
 "(`truncated`). Undated current rendering: recorded 4.0 (as batch 27b's Swisscom). Qzone, Zhu Liang, QQ Show, MSN "
 "Space: 0 in train/dev/test; Tencent: batch 27b's WeChat and 27f's Riot Games (other subjects).", "non-US"))

# ---- software, networks, transport companies -------------------------------------------------------------------
R.append(wp("wp-tizen", "Tizen", "https://www.wikiwand.com/en/Tizen",
 "Tizen is a Linux-based mobile operating system backed by the Linux Foundation, developed and used primarily by "
 "Samsung Electronics.\n\n"
 "The project was originally conceived as an HTML5-based platform for mobile devices to succeed MeeGo. Samsung "
 "merged its previous Linux-based OS effort, Bada, into Tizen and has since used it primarily on platforms such as "
 "wearable devices and smart TVs.\n\n"
 "Much of Tizen is open source software, although the software development kit contains proprietary components "
 "owned by Samsung, and portions of the OS are licensed under the Flora License, a derivative of the Apache License "
 "2.0 that grants a patent license only to \"Tizen-certified platforms\".",
 "software (operating system)", ["product"],
 "The article as wikiwand.com renders it: the site's furniture ('cover image', 'Linux-based mobile operating system "
 "/ From Wikipedia, the free encyclopedia', the 'Dear Wikiwand AI' questions) and the 'Quick facts' infobox lines "
 "(developer, written in, OS family, working state, source model, releases, marketing target, package manager, "
 "platforms, kernel type, user interface, preceded by, succeeded by) cut; the pronunciation bracket after 'Tizen' "
 "('(/ˈtzɛn/)') cut with the space before it; kept as written: 'Linux-based OS effort', '\"Tizen-certified "
 "platforms\".'; cut after that sentence, before 'In May 2021, Google announced that Samsung would partner with the "
 "company on integrating Tizen features with its Android-derived Wear OS and committed to using it on future "
 "wearables, leaving Tizen to be mainly', where the excerpt breaks off (`truncated`). Content to October 2023: "
 "recorded 4.0. Doubtful: wikiwand.com's own terms were not found in the page store (as batch 28b's Twint). Tizen, "
 "Linux Foundation, Bada: 0 in train/dev/test; MeeGo: batch 27f's Nokia-era text (one test file by count, a "
 "platform named once there).", "non-US", copy_of="the Wikipedia article, rendered by wikiwand.com"))

R.append(wp("wp-iridium-communications", "Iridium Communications",
 "https://en.m.wikipedia.org/wiki/Iridium_Communications",
 "Iridium Communications Inc. (formerly Iridium Satellite LLC) is a publicly traded American company headquartered "
 "in McLean, Virginia. Iridium operates the Iridium satellite constellation, a system of 66 active satellites used "
 "for worldwide voice and data communication from hand-held satellite phones and other transceiver units. The "
 "Iridium network covers the entire Earth, including poles, oceans and airways, with 66 satellites, with the "
 "remaining 9 acting as active backups, for a total of 75 launched as part of their new constellation. Six remain on "
 "the ground as spares for a total of 81 built.\n\n"
 "Iridium manages several operations centers, including Tempe, Arizona and Leesburg, Virginia, United States. The "
 "company derives its name from the chemical element iridium which has an atomic number of 77, equalling the initial "
 "number of satellites which were planned to be deployed.\n\n"
 "The Iridium communications service was launched on November 1, 1998 by what was then Iridium SSC. The first "
 "Iridium call was made by Vice President of the United States Al Gore to Gilbert Grosvenor, the great-grandson of "
 "Alexander Graham Bell and chairman of the National Geographic Society. Motorola provided the technology and major "
 "financial backing. The logo of the company represents the Big Dipper.\n\n"
 "The founding company went into Chapter 11 bankruptcy nine months later, on August 13, 1999.",
 "telecommunications (satellite network)", ["product", "leadership"],
 "The article as en.m.wikipedia.org renders it in the page store (the mobile site, a 2019 revision): the menu line "
 "('Open main menu'), the title line, the infobox lines (company type, S&P 600 component, industry, area served, key "
 "people 'Matthew J. Desch (CEO) ...', products, services, revenue, income, assets, equity, employees) and citation "
 "markers ('[1]'-'[7]', two '[citation needed]' tags) cut; kept as written: 'with 66 satellites, with the remaining 9 "
 "acting as active backups', 'operations centers', 'what was then Iridium SSC'; cut after 'on August 13, 1999.', "
 "where the excerpt breaks off in the next marker (`truncated`). Content to 2019: recorded 3.0 (before June 2023). "
 "Iridium, Al Gore, Grosvenor: 0 in train/dev/test; Motorola: other events (batches 16g, 22b, 27d); National "
 "Geographic: batch 27f's Disney text (a channel there).", "US", v3=True,
 copy_of="the Wikipedia article, a 2019 revision on the mobile site"))

R.append(wp("wp-ola-cabs", "Ola Cabs", "https://en.wikipedia.org/wiki/Ola_Cabs",
 "Ola Cabs (stylised as OLΛ) is an Indian ridesharing company offering services that include vehicle for hire and "
 "food delivery. The company is based in Bangalore, Karnataka, India and was developed by ANI Technologies Pvt. Ltd. "
 "As of October 2019, Ola was valued at about $6.5 billion A variety of venture capitalists including Softbank have "
 "large stakes in the company.\n\n"
 "Ola Cabs was founded on 3 December 2010 as an online cab aggregator in Mumbai, and is now based in Bangalore. As of "
 "2019, the company has expanded to a network of more than 15 lakh (1.5 million) drivers across 250 cities. In "
 "November 2014, Ola diversified to incorporate auto rickshaws on a trial basis in Bangalore. After the trial phase, "
 "Ola Auto expanded to other cities like Delhi, Pune, Chennai and Hyderabad starting in December 2014.\n\n"
 "In January 2018, Ola extended into its first overseas market, Australia, and in New Zealand in September 2018. In "
 "March 2019, Ola began its UK operations introducing auto rickshaws in UK. More than 10,000 drivers have applied "
 "both in online and offline mode ahead of its launch in London. In February 2020, Ola launched its taxi-hailing "
 "services with over 25,000 drivers registered.\n\n"
 "In March 2015, Ola Cabs acquired Bangalore-based taxi service TaxiForSure for approximately ₹1,394 crore (US$200 "
 "million). June 2015 onwards, Ola users gained access to TFS cabs via the Ola mobile application. Later in the year "
 "in November, Ola further acquired Geotagg, a trip-planning applications company, for an undisclosed sum.",
 "transport (ride hailing)", ["deal", "product"],
 "The article as en.wikipedia.org renders it in the page store (a 2021 revision: the infobox counts '10 years ago' "
 "from December 2010): the page furniture ('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to "
 "search'), the infobox lines (founded, founders 'Bhavish Aggarwal, Ankit Bhati', area served, key people 'Bhavish "
 "Aggarwal (CEO), Ankit Bhati (CTO)', products, revenue, employees, website), a heading and citation markers "
 "('[2]'-'[11]') cut; kept as written: 'valued at about $6.5 billion A variety of venture capitalists' with no full "
 "stop (the article's own, a marker stood between), '15 lakh (1.5 million)', 'in UK', 'June 2015 onwards', 'Later in "
 "the year in November'; cut after 'for an undisclosed sum.', before 'In a move to expand beyond cab', where the "
 "excerpt breaks off (`truncated`). Content to 2021: recorded 3.0 (before June 2023). Ola Cabs, ANI Technologies, "
 "TaxiForSure, Geotagg, Aggarwal: 0 in train/dev/test; Softbank: other files (a minority holder here).", "non-US",
 v3=True, copy_of="the Wikipedia article, a 2021 revision"))

R.append(wp("wp-flixbus", "FlixBus", "https://en.wikipedia.org/wiki/Flixbus",
 "FlixBus (styled FLiXBUS) is a German brand that offers low-cost intercity bus services via 400,000 routes to over "
 "5,000 destinations in more than 40 countries in Europe, North America, South America, and Asia. It is owned by Flix "
 "SE, which also operates Flixtrain, FlixCar, Kâmil Koç, and Greyhound Lines. Flixbus operates buses or, in many "
 "cases, just handles marketing, pricing, and customer service for a commission, on behalf of bus operators. In "
 "2023, FlixBus had revenues of €2 billion and carried 81 million passengers of which 55 million were in Europe, 14 "
 "million were in Turkey, and 12 million were in North America.\n\n"
 "FlixBus was founded in 2011 in Munich by Daniel Krauss, Jochen Engert and André Schwämmlein. In June 2021, "
 "FlixMobility GmbH raised $650 million at a valuation of US$3 billion. In April 2022, FlixMobility GmbH was renamed "
 "Flix SE and the umbrella brand FlixMobility was replaced by Flix.\n\n"
 "In April 2018, Flixbus was the first to use all-electric vehicles on a long distance bus route, between Paris La "
 "Défense and Amiens.\n\n"
 "FlixBus launched its first three routes in February 2013 in Bavaria, Germany to take advantage of Germany opening "
 "up its bus market to competition. In the following years, it added routes across Europe.\n\n"
 "FlixBus expanded to the United States in 2018, first operating from Los Angeles, then expanding to the East Coast "
 "in 2019 through a partnership with Eastern Bus.",
 "transport (intercity bus)", ["leadership", "product"],
 "The article as en.wikipedia.org renders it in the page store, reached at the redirect's address 'Flixbus': the "
 "page furniture ('Jump to content', 'From Wikipedia, the free encyclopedia', '(Redirected from Flixbus)'), the "
 "infobox lines (founded, headquarters, service area, service type, website, a map caption), the headings 'Corporate "
 "history[edit]' and 'Service expansion[edit]', an image caption ('A North American FlixBus in Hartford, "
 "Connecticut at Hartford Union Station') and citation markers ('[1]'-'[11]') cut; in the first bracket the "
 "pronunciation ('German pronunciation: ['flɪksbʊs]; ') cut, '(styled FLiXBUS)' kept; kept as written: 'FlixBus' "
 "beside 'Flixbus', 'Flixtrain', 'long distance bus route'; cut after 'a partnership with Eastern Bus.', before "
 "'FlixBus launched service in Brazil in 2021, Canada in 2022,', where the excerpt breaks off (`truncated`). Content "
 "to 2024 (2023 figures, infobox '13 years ago'): recorded 4.0. FlixBus, Flix, Kâmil Koç, Greyhound, Krauss, Engert, "
 "Schwämmlein, Eastern Bus: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, reached at the redirect 'Flixbus'"))


# ---- part 2 (gathered and annotated after part 1's gold commit, before newskg ran on any text) ------------------
R.append(wp("wp-cabify", "Cabify", "https://en.wikipedia.org/wiki/Cabify",
 "Cabify is a platform to facilitate the transport of people and objects. The company operates in Spain and Latin "
 "America (Colombia, Peru, Argentina, Chile and Uruguay). Previously, it also operated in Portugal, Mexico, and "
 "Brazil.\n\n"
 "Cabify was founded in 2011 by Juan de Antonio and was Spain's first Unicorn company.\n\n"
 "Cabify was founded in May 2011 by Juan de Antonio, a Spanish entrepreneur, telecommunications engineer. De Antonio "
 "was motivated to create a vehicle for hire company after trying unsuccessfully to introduce electric vehicles in "
 "European cities.\n\n"
 "Cabify started its operations in Madrid and the idea attracted Silicon Valley investors. De Antonio started "
 "discussing the idea with Adeyemi Ajao, one of the founders of Tuenti, and Brendan F. Wallace. Juan de Antonio "
 "continued as the CEO, while Ajao and Wallace became advisors. Samuel Lown joined the company as the CTO in July "
 "with Michael Koper and Adrian Merino joining the team two months later.\n\n"
 "Initially, the service was called \"Executive\" and was intended for a niche group, with high-end vehicles that "
 "were slightly more expensive than taxis. In February 2012, Cabify had 20,000 users and completed nearly 3,000 "
 "rides in Madrid alone. In the next two years, more than 150 taxi drivers in Madrid joined the company.\n\n"
 "In June 2013, the company launched Cabify Lite, with mid-range vehicles that were usually cheaper than taxis. By "
 "the end of 2015, Cabify Lite represented 85% of the company's offer. In 2016, the company partnered with Waze to "
 "complete its trips more quickly and improve driver and passenger safety.",
 "transport (ride hailing)", ["leadership", "product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Cabify =', the infobox lines "
 "(logo, type, founded, founder, headquarters, locations, key people 'Juan de Antonio Rubio (CEO)', industry, "
 "employees, areas served) and the headings '==History and early investment==' and '===Development in Spain===' "
 "cut; kept as written: 'a Spanish entrepreneur, telecommunications engineer', 'Spain's first Unicorn company', the "
 "two founding sentences ('founded in 2011', 'founded in May 2011'); cut after 'driver and passenger safety.', before "
 "'In 2016, Cabi', where the excerpt breaks off (`truncated`). Content to 2023 (infobox employees 2023): recorded "
 "4.0. Cabify, Juan de Antonio, Ajao, Tuenti, Lown, Koper, Merino: 0 in train/dev/test; Waze: batch 28b's Waze text "
 "(dev; here a partner named once).", "non-US"))

R.append(wp("wp-taobao", "Taobao", "https://review.clateway.com/wiki/view_html.php?q=Taobao",
 "Taobao is a Chinese online shopping platform. It is headquartered in Hangzhou and is owned by Alibaba. According "
 "to Alexa rank, it was the eighth most-visited website globally in 2021. Taobao.com was registered on April 21, 2003 "
 "by Alibaba Cloud Computing (Beijing) Co., Ltd.\n\n"
 "Taobao Marketplace facilitates consumer-to-consumer retail by providing a platform for small businesses and "
 "individual entrepreneurs to open online stores that mainly cater to consumers in Chinese-speaking regions (Mainland "
 "China, Hong Kong, Macau and Taiwan) and abroad, which is made payable by online accounts. Its stores usually offer "
 "an express delivery service.\n\n"
 "Sellers are able to post goods for sale either through a fixed price or an auction. Auctions make up a small "
 "percentage of transactions, whereas the majority of the products are new merchandise sold at fixed prices. Taobao "
 "users usually read feedback and compare items from multiple shops. Taobao's popular payment platform is Alibaba's "
 "Alipay\n\n"
 "With over 1 billion product listings as of 2016, the combined transaction volume of Taobao Marketplace and "
 "Tmall.com reached 3 trillion yuan in 2017.\n\n"
 "eBay acquired Eachnet, China's online auction leader at the time, for US$180 million. It became a major contender "
 "in the Chinese consumer e-commerce market.",
 "online services (online marketplace)", ["product", "deal"],
 "A rendering of the article by a Wikipedia viewer at review.clateway.com: the title line, the infobox lines (type "
 "of site, languages, owner 'Alibaba Group', URL, commercial, launched, status, written in) and the Chinese-name box "
 "(simplified and traditional characters, literal meaning, transcriptions) and citation markers ('[1]'-'[9]') cut; "
 "kept as written: 'which is made payable by online accounts', 'Taobao's popular payment platform is Alibaba's "
 "Alipay' with no full stop (the article's own; a marker stood after it); cut after 'the Chinese consumer "
 "e-commerce market.', before 'To counter eBay's exp', where the excerpt breaks off (`truncated`). Content to 2021: "
 "recorded 3.0 (a revision of about 2022; doubtful, no date shown). Doubtful: the viewer's own terms were not found "
 "in the page store. Taobao, Tmall, Eachnet: 0 in train/dev/test; Alibaba, Alipay, eBay: other files (other "
 "events).", "non-US", v3=True, copy_of="the Wikipedia article, rendered by a viewer at review.clateway.com"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

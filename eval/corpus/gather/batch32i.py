#!/usr/bin/env python3
"""Batch 32i (session 33; helper gather33i, round 2 of the services lane this session after batch 32b, and the lane of
batches 31b and 31i): English Wikipedia articles (CC BY-SA) on apps, online platforms, a cloud storage service and a
payment method, with the companies that make, run, own or bought them and the people who founded or led them, told
as news; services from Finland, Singapore, Israel, Britain, Canada, the US, New Zealand and Austria: a Finnish food
delivery company bought by DoorDash, with its chief executive (Wolt); a Singapore food delivery platform owned by
Delivery Hero, its two founders and a purchase in Pakistan (Foodpanda); an instant messenger developed by Mirabilis and
bought by AOL and by Mail.Ru Group (ICQ); a London resale app, its founder, a former chief executive and its investors
(Depop); a Canadian messaging app of Kik Interactive bought by Medialab Technology (Kik); a live video app bought by
Twitter before launch, its developers' company Bounty and its investors (Periscope); a New Zealand file hosting
service, its operator, the operator's owner and its launcher (Mega); an Austrian prepaid payment method bought by
Skrill, with Skrill's purchase by Optimal Payments, later Paysafe Group (Paysafecard).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt breaks
off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch32i.py [POOL_DIR] [--dry]   (default /tmp/gather33i/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather33i/pool"

CF = "db0nus869y26v.cloudfront.net"   # the unlabelled CloudFront host batches 31d and 31j took Wikipedia copies from

R = []
# ---- food delivery platforms ---------------------------------------------------------------------------------------
R.append(wp("wp-wolt", "Wolt", "https://wiki.alquds.edu/?query=Wolt",
 "Wolt Enterprises Oy, trading as Wolt, is a Finnish food delivery company known for its delivery platform for food "
 "and merchandise. On Wolt's apps (iOS and Android) or website, customers can order food and household goods from the "
 "platform's restaurant and merchant partners, and either pick up their order or have it delivered by the platform's "
 "courier partners. Wolt also runs its own chain of grocery stores called Wolt Market. Wolt is headquartered in "
 "Helsinki.\n\n"
 "In May 2022, Wolt was acquired by the American food delivery company DoorDash. DoorDash operates in 29 countries "
 "today, 25 of which are with the Wolt product and brand.\n\n"
 "Wolt was founded in 2014 by 6 founders, including Miki Kuusi, the former CEO of Slush and CEO of Wolt. Kuusi has "
 "been responsible for DoorDash's business outside the US since May 2022, when DoorDash acquired Wolt.\n\n"
 "As of May 2023, Wolt operates in 25 countries and over 300 cities, including Helsinki, Tokyo, Tel Aviv and Berlin. "
 "Wolt has over 70,000 merchant partners, 150,000 courier partners and 20 million registered customers. Wolt has over "
 "7,000 employees across its offices in 25 countries.\n\n"
 "In November 2021, it was announced that Wolt was being merged into DoorDash through an exchange of shares, giving "
 "Wolt shareholders a minority of shares in DoorDash for a deal worth US $8.1 billion. On 31 May 2022, the "
 "acquisition was completed.",
 "online services (food delivery platform)", ["product", "deal", "leadership"],
 "A copy of the article on wiki.alquds.edu (a site showing English Wikipedia pages, headed 'From Wikipedia, the free "
 "encyclopedia'; infobox 'Founded October 6, 2014; 9 years ago', content to May 2023, a 2023-2024 rendering): that "
 "line, the infobox lines (legal name 'Wolt Enterprises Oy', company type, founded, the six founders' names 'Miki "
 "Kuusi, Elias Aalto, Mika Matikainen, Oskari P\u00e9tas, Lauri Andler, Juhani Mykk\u00e4nen'), the image caption "
 "'Countries where Wolt operates in (blue).' and the citation markers ('[1][2]', '[3]'-'[7]') cut (the copy shows no "
 "section headings in this part); kept as written: 'by 6 founders' (the figure as written), 'the former CEO of Slush "
 "and CEO of Wolt', 'DoorDash operates in 29 countries today' beside 'As of May 2023, Wolt operates in 25 countries' "
 "(the article's own figures), the purchase told twice ('In May 2022' and 'since May 2022, when DoorDash acquired "
 "Wolt') with its announcement and completion told after, 'US $8.1 billion' with its space; cut after 'the "
 "acquisition was completed.', before the paragraph 'Before the DoorDash acquisition, Wolt raised $856M in funding "
 "from investors including ICONIQ Capital, ... Supercell founder & CEO Ilkka Paananen and Nokia Chai', which the "
 "excerpt breaks off inside (`truncated`). Content to May 2023: recorded 4.0. Doubtful: the copy names no revision and "
 "its terms were not found in the page store. Wolt, Wolt Market, DoorDash, Miki Kuusi, Slush: 0 in train/dev/test and "
 "in every gather script; Helsinki, Tokyo, Tel Aviv, Berlin, iOS, Android: other files (other events). News pages "
 "(livemint, helsinkitimes, food-service.de, convenience.org) also came back; not taken.", "non-US",
 copy_of="the Wikipedia article, shown at wiki.alquds.edu"))

R.append(wp("wp-foodpanda", "Foodpanda", "https://wikimili.com/en/Foodpanda",
 "Foodpanda (stylized as foodpanda) is a Singaporean online food and grocery delivery platform owned by Berlin-based "
 "Delivery Hero. Foodpanda operates as the lead brand for Delivery Hero in Asia, with its headquarters in Singapore. "
 "It is currently the largest food and grocery delivery platform in Asia, outside of China, operating in 11 markets "
 "across Asia.\n\n"
 "In 2012, Swiss Lukas Nagel and Rico Wyder established Foodpanda in Singapore, before expanding to Malaysia, "
 "Indonesia, the Philippines, Taiwan and Thailand.\n\n"
 "A year later in 2013, Foodpanda was launched in Bangladesh and Romania. With more than 20,000 employees operating "
 "in their company, Foodpanda became the largest food delivery service in Bangladesh.\n\n"
 "In 2014, the service expanded into the Balkans, Brunei, as well as the Philippines. In February 2014, Foodpanda "
 "acquired Eat Oye, a rival company in Pakistan. Global expansion of the Foodpanda business was led by Ralf Wenzel, "
 "Felix Plog and Ben Bauer.",
 "online services (food delivery platform)", ["product", "deal", "leadership"],
 "A copy of the article on WikiMili (a site rendering Wikipedia pages; batch 31j took Maxtor from it): the lines "
 "'Foodpanda', 'Last updated', the infobox lines (logo, type of business 'Subsidiary', type of site, founded '26 March "
 "2012; 12 years ago (2012-03-26), Singapore', area served, CEO 'John Fang', key people 'Ralf Wenzel (Global) Benjamin "
 "Bauer (Global) Kiren Tanna, Christian Mischler, Nadine Grau Paulin (APAC)', industry, parent 'Delivery Hero', URL), "
 "the lines 'Contents' and 'History', the image caption 'A Foodpanda delivery rider in Chiang Rai Province, Thailand' "
 "(twice, with the file name) and the citation markers ('[1]'-'[12]', '[5] [6]', '[7] [8]') cut; kept as written: "
 "'(stylized as foodpanda)', 'Swiss Lukas Nagel and Rico Wyder', 'A year later in 2013', 'employees operating in "
 "their company', 'the Philippines' twice (2012 and 2014), 'Ben Bauer' (the infobox's 'Benjamin Bauer', cut); cut "
 "after 'Felix Plog and Ben Bauer.', before the paragraph 'In 2015, co-founder Rohit Chadda stepped down from the "
 "company. By 2016, none of the original managing directors or co-founders remained with the company. Its operations "
 "in Indonesia also shut down ..., while the company so', which the excerpt breaks off inside (`truncated`). A 2024 "
 "rendering ('12 years ago' from 2012): recorded 4.0. Doubtful: WikiMili names no revision and its terms were not "
 "found in the page store. Foodpanda, Nagel, Wyder, Eat Oye, Wenzel, Felix Plog, Ben Bauer: 0 in train/dev/test and "
 "in every gather script; Delivery Hero: batch 30b's iFood text and other files (named there as a rival or owner of "
 "other brands; another subject); Singapore, Berlin, Asia, China, Malaysia, Indonesia, the Philippines, Taiwan, "
 "Thailand, Bangladesh, Romania, Brunei, Pakistan: other files. German news pages on Delivery Hero's purchase of "
 "Foodpanda (2016) also came back; the excerpt taken does not reach it.", "non-US",
 copy_of="the Wikipedia article, via WikiMili, a site rendering Wikipedia pages"))

# ---- messaging and live video ------------------------------------------------------------------------------------
R.append(wp("wp-icq", "ICQ", f"https://{CF}/en/ICQ",
 "ICQ New is a cross-platform instant messaging (IM) and VoIP client. The name ICQ derives from the English phrase "
 "\"I Seek You\". Originally developed by the Israeli company Mirabilis in 1996, the client was bought by AOL in 1998, "
 "and then by Mail.Ru Group (now VK) in 2010.\n\n"
 "The ICQ client application and service were initially released in November 1996, freely available to download. "
 "The business did not have traditional marketing and relied mostly on word-of-mouth advertising instead, with "
 "customers telling their friends about it, who then informed their friends, and so on. ICQ was among the first "
 "stand-alone instant messenger (IM) applications\u2014while real-time chat was not in itself new (Internet Relay Chat "
 "[IRC] being the most common platform at the time), the concept of a fully centralized service with individual user "
 "accounts focused on one-on-one conversations set the blueprint for later instant messaging services like AIM, and "
 "its influence is seen in modern social media applications. ICQ became the first widely adopted IM platform.\n\n"
 "At its peak around 2001, ICQ had more than 100 million accounts registered. At the time of the Mail.Ru acquisition "
 "in 2010, there were around 42 million daily users. In 2020, the Mail.Ru Group, which owns ICQ, decided to launch new "
 "software, \"ICQ New\", based on its messenger. The updated messenger was presented to the general public on April "
 "6, 2020. In 2022, ICQ had about 11 million monthly users.",
 "online services (instant messaging)", ["product", "deal"],
 "A copy of the article on the unlabelled CloudFront host batches 31d and 31j used (db0nus869y26v.cloudfront.net; "
 "infobox 'Initial release November 15, 1996; 27 years ago', a 2023-2024 rendering): the infobox lines (original "
 "author 'Mirabilis', initial release, stable release '10.0.46867 (May 27, 2022)', written in, the list of twelve "
 "languages, type) and the citation markers ('[1]'-'[8]') cut; the bracket '[IRC]' kept (the article's own "
 "abbreviation in square brackets inside round ones, not a marker); kept as written: 'ICQ New is a ... client' beside "
 "'ICQ', 'Mail.Ru Group (now VK)', 'the Mail.Ru acquisition', 'the Mail.Ru Group', the em dash after "
 "'applications', 'April 6, 2020'; cut after 'about 11 million monthly users.', before the paragraph 'During the "
 "second week of January 2021, ICQ saw a renewed increase in popularity in Hong Kong, spurred on by the controversy "
 "over WhatsApp's privacy policy update. Th', which the excerpt breaks off inside (`truncated`; the service's closure "
 "of June 2024, told by other pages, is not in the text). A 2023-2024 rendering: recorded 4.0. Doubtful: the host names "
 "no revision and its terms were not found in the page store. ICQ, Mirabilis, Mail.Ru, VoIP: 0 in train/dev/test and "
 "in every gather script; AOL: other files (other events); 'VK': batch 27b's and other files' VK (another subject, "
 "here only as Mail.Ru Group's later name); AIM: here the messenger (the word 'aim' is common elsewhere). Other copies "
 "seen and not taken: fact-index.com's early revision (about 2004, with a list of clones the copy lost), a grokipedia "
 "page, a Britannica-style page at triey.in.net, Russian news and fan pages.", "mixed",
 copy_of="the Wikipedia article, via an unlabelled CloudFront-served copy"))

R.append(wp("wp-kik-app", "Kik (app)", "https://en.wikipedia.org/wiki/Kik_(app)",
 "Kik is a freeware instant messaging mobile app from the Canadian company Kik Interactive, available on iOS, iPadOS, "
 "visionOS, and Android operating systems.\n\n"
 "The application uses a smartphone's internet connection to transmit and receive messages, photos, videos, sketches, "
 "mobile web pages, and other content after users register a username.\n\n"
 "Kik is known for its features preserving users' anonymity, such as allowing users to register without the need to "
 "provide a telephone number or valid email address. However, the application does not employ end-to-end encryption, "
 "and the company also logs user IP addresses, which could be used to determine the user's ISP and approximate "
 "location. This information, as well as \"reported\" conversations, are regularly surrendered upon request by law "
 "enforcement organizations, sometimes without the need for a court order.\n\n"
 "Kik was originally intended to be a music-sharing app before transitioning to messaging, briefly offering users the "
 "ability to send a limited number of SMS text messages directly from the application.\n\n"
 "During the first 15 days after Kik's re-release as a messaging app, over 1 million accounts were created. In May "
 "2016, Kik Messenger announced that they had approximately 300 million registered users, and was used by "
 "approximately 40% of United States' teenagers.\n\n"
 "Kik Messenger was acquired by Medialab Technology in October 2019.",
 "online services (instant messaging app)", ["product", "deal"],
 "The article as en.wikipedia.org renders it in the page store (the '= Title =' format batches 31i and 32b recorded for "
 "current renderings): the title line '= Kik (app) =', the infobox lines (logo, logo size, operating system 'iOS 15, "
 "iPadOS 15, & visionOS 1 or later; Android 5.0 or later', language, genre, author 'Kik Interactive Inc.', developer "
 "'MediaLab AI, Inc.', layout, licence) and the heading '== History ==' cut; kept as written: 'Kik Messenger "
 "announced that they had', 'United States' teenagers', 'Medialab Technology' (the infobox's 'MediaLab AI, Inc.', "
 "cut), 'the company' (Kik Interactive, not named again); cut after 'in October 2019.', before the History paragraph "
 "'Kik Interactive was founded in 2009 by a group of students from the University of Waterloo in Canada ... was "
 "released on October 19, 2010. Withi', which the excerpt breaks off inside (`truncated`). A current rendering "
 "(visionOS, released 2024, in the lead): recorded 4.0. Kik, Kik Interactive, Medialab, iPadOS, visionOS: 0 in "
 "train/dev/test and in every gather script; iOS, Android, United States: other files (other events). News pages on "
 "MediaLab's purchase (slashdot, therecord.com) and fan pages also came back; not taken.", "non-US"))

R.append(wp("wp-periscope-service", "Periscope (service)", "https://en.wikipedia.org/wiki/Periscope_(service)",
 "Periscope was an American live video streaming app for Android and iOS developed by Kayvon Beykpour and Joe "
 "Bernstein and acquired by Twitter, Inc. before its launch in March 2015.\n\n"
 "The service was discontinued on 31 March 2021 due to declining usage, product realignment, and high maintenance "
 "costs. However, Periscope videos can still be watched via Twitter, now called X, and most of its core features are "
 "now incorporated into the app.\n\n"
 "Beykpour and Bernstein came up with the idea for Periscope while traveling abroad in 2013. Beykpour was in Istanbul "
 "when protests broke out in Taksim Square. He wanted to see what was happening there, so he turned to Twitter. While "
 "he could read about the protests, he could not see them. They started the company in February 2014, under the name "
 "Bounty. They raised $1.5 million from Founder Collective, Scott Belsky, Maveron, Google Ventures, Menlo Ventures, "
 "Bessemer, Stanford \u2013 StartX and Sam Shank in April 2014.",
 "online services (live video streaming app)", ["product", "deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store (the '= Title =' format): the title line '= Periscope "
 "(service) =', the infobox lines (logo, logo size, collapsible, screenshot, authors 'Kayvon Beykpour, Joe Bernstein, "
 "Aaron Wasserman, Tyler Hansen, Geraint Davies', developer 'Twitter, Inc.', released '26 March 2015', discontinued, "
 "programming language, operating system, language, genre) and the heading '==History==' cut; kept as written: "
 "'acquired by Twitter, Inc. before its launch in March 2015', 'Twitter, now called X', 'traveling', 'They started the "
 "company ... under the name Bounty', 'Stanford \u2013 StartX' with its en dash; cut after 'in April 2014.', before the "
 "paragraph 'Periscope was acquired January 2015 by Twitter before the product had been publicly launched. ... "
 "retweeted by Twitter CEO Dick Costolo on 13 March ... Meerkat became the talk of SXSW partially due to Twitter "
 "cuttin', which the excerpt breaks off inside (`truncated`; the older en.wikipedia.org rendering at 'Periscope_(app)' "
 "breaks off inside the same paragraph, so Twitter's chief executive is not in the text). A current rendering ('now "
 "called X', 2023 on): recorded 4.0. Periscope, Beykpour, Bounty, Founder Collective, Belsky, Maveron, Menlo "
 "Ventures, Bessemer, StartX, Taksim: 0 in train/dev/test and in every gather script; Twitter, Google Ventures, "
 "Istanbul, Android, iOS: other files (other events); 'Bernstein' and 'Shank': other people or words in other "
 "files. Other pages seen and not taken: the older rendering above, wikimd.com's rewrite, an endlesswiki.com page, "
 "blogs.", "US"))

# ---- resale app ----------------------------------------------------------------------------------------------------
R.append(wp("wp-depop", "Depop", "https://en.wikipedia.org/wiki/Depop",
 "Depop is a peer-to-peer social e-commerce company based in London, with additional offices in Manchester, Milan and "
 "New York City. The company has an expanding global presence being popularised in countries such as the United "
 "States, United Kingdom, Australia, New Zealand, and Italy. It allows users to buy and sell items, most of which are "
 "used and vintage pieces of clothing.\n\n"
 "Depop was founded in 2011 by entrepreneur Simon Beckerman at an Italian technological incubator and business H-Farm "
 "start-up centre. Paolo Barberis and Nana Bianca were two of the first investors in the platform in 2012 with a seed "
 "investment. Its headquarters were moved to London in 2012. Depop expanded and opened additional offices in Milan "
 "and New York City. Beckerman raised \u20ac1 million in funding in October 2013 from Red Circle Investment and brought "
 "on Faroese Runar Reistrup as new CEO. In 2015, Depop secured another investment of $8 million from Balderton Capital "
 "and Holtzbrinck Ventures. Most active users of Depop are located in the United Kingdom, Australia, United States and "
 "Italy. In March 2016, former CEO, Runar Reistrup, stated that Depop's growth was achieved through word of mouth. "
 "Depop was the official app sponsor of the 2016 Vans Warped Tour.",
 "e-commerce (resale marketplace app)", ["product", "leadership"],
 "An older revision of the article as en.wikipedia.org rendered it, held in the page store (the 'Jump to navigation "
 "Jump to search' skin; content to June 2019): the lines 'From Wikipedia, the free encyclopedia' and 'Jump to "
 "navigation Jump to search', the infobox lines (name 'Depop Limited', logo, type of business, available in, founded "
 "'2011 (2011) in Roncade, Italy', country, locations, area served, founder 'Simon Beckerman', CEO 'Maria Raga', "
 "industry, employees and users with '[citation needed]'), the citation markers ('[1]'-'[6]') and the maintenance "
 "marker '[better source needed]' cut (the rendering shows no headings in this part); kept as written: 'being "
 "popularised', 'an Italian technological incubator and business H-Farm start-up centre', 'Paolo Barberis and Nana "
 "Bianca were two of the first investors', 'brought on Faroese Runar Reistrup as new CEO', 'former CEO, Runar "
 "Reistrup,' with its commas, '\u20ac1 million', 'Milan and New York City' twice; cut after 'Vans Warped Tour.', "
 "before the paragraph 'In June 2019, Depop raised $62 million in Series C from General Atlantic ... Sebastian "
 "Siemiatkowski also par', which the excerpt breaks off inside (`truncated`; Etsy's purchase of 2021 is after this "
 "revision). Content to 2019: recorded 3.0. Doubtful: the revision id is not recorded. Depop, Beckerman, H-Farm, "
 "Barberis, Nana Bianca, Red Circle, Reistrup, Balderton, Holtzbrinck, Vans Warped Tour: 0 in train/dev/test and in "
 "every gather script; London, Manchester, Milan, New York City, the countries: other files. Other copies seen and not "
 "taken: friendlywiki.com's wikitext copy of a later revision (templates and citations inline); news pages on Etsy's "
 "purchase.", "non-US", v3=True,
 copy_of="an older revision of the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- cloud storage and payments ----------------------------------------------------------------------------------
R.append(wp("wp-mega-service", "Mega (service)", "https://en.wikipedia.org/wiki/Mega_(service)",
 "Mega (stylised as MEGA) is a file hosting service offered by Mega Cloud Services Limited, a company based in "
 "Auckland, New Zealand, and owned by Hong Kong-based Cloud Tech Services Limited. The service is offered through "
 "web-based apps. MEGA mobile apps are also available for Android and iOS.\n\n"
 "The website and service was launched on 19 January 2013, by Kim Dotcom, who had founded the now-defunct service "
 "Megaupload, which was seized by the United States government in 2012. However, in 2015 Kim Dotcom had distanced "
 "himself from the service and stated that the New Zealand government had seized the shares of a Chinese investor and "
 "has control of the site. Mega Limited responded that the authorities have not interfered with its operations.\n\n"
 "MEGA was launched by Kim Dotcom in 2013 as a cloud service and successor to Megaupload. On 4 July 2013, the MEGA "
 "Android application was released on the Google Play marketplace. Four days later, on 8 July 2013, the MEGA "
 "software development kit (SDK) and affiliate program was released.\n\n"
 "In February 2013, MEGA announced it would be expanding into e-mail, chat, voice, video, and mobile. In December "
 "2014, MEGA said it would \"soon\" launch a browser-based chat service. In mid-January 2015, MEGA launched MEG Chat "
 "in beta, marketed as a web-based, encrypted alternative to applications like Skype and FaceTime.",
 "cloud services (file hosting and cloud storage)", ["product"],
 "The article as en.wikipedia.org renders it in the page store (the '= Title =' format): the title line '= Mega "
 "(service) =', the infobox lines (logo, author 'Kim Dotcom', developer 'MEGA Cloud Services Limited', repository, "
 "programming languages, the list of eighteen languages, language count, licence) and the heading '== History ==' "
 "cut; kept as written: '(stylised as MEGA)', 'Mega' beside 'MEGA', 'The website and service was launched', 'had "
 "distanced himself', 'Mega Limited responded' beside 'Mega Cloud Services Limited', the launch told twice ('on 19 "
 "January 2013' and 'in 2013'), 'Four days later, on 8 July 2013', 'the MEGA software development kit (SDK) and "
 "affiliate program was released', 'mid-January 2015', 'MEG Chat'; cut after 'Skype and FaceTime.', before the "
 "paragraph 'Files hosted on MEGA are end-to-end encrypted. As a result, the company cannot decrypt or view the "
 "content, and cannot be respo', which the excerpt breaks off inside (`truncated`). A current rendering: recorded "
 "4.0. Mega (as this service), Mega Cloud Services, Cloud Tech Services, Kim Dotcom, Megaupload, MEG Chat: 0 in "
 "train/dev/test and in every gather script; Skype: three train/dev files (other subjects; here named once as an "
 "alternative); FaceTime: two test files by count (other subjects); Auckland, New Zealand, Hong Kong, United States, "
 "Android, iOS, Google Play: other files. Other copies seen and not taken: two older en.wikipedia.org renderings "
 "('Mega Limited, an Auckland-based company'; 'MEGA Limited', naming three co-founders beside Kim Dotcom), whose "
 "leads are one paragraph each before sections on encryption or Megaupload's seizure that the excerpts break off "
 "inside (the current rendering's two paragraphs and History section carry the owner and the launches), "
 "wikivisually.com's older copy, a grokipedia page.", "non-US"))

R.append(wp("wp-paysafecard", "Paysafecard", f"https://{CF}/en/Paysafecard",
 "Paysafecard (as a brand stylized in lowercase) is a prepaid online payment method based on vouchers with a 16-digit "
 "PIN code, independent of bank account, credit card, or other personal information. Customers can purchase vouchers "
 "at local sales outlets and pay online by entering the code at the checkout of the respective website (e. g. an "
 "online game). Paysafecard codes are not designated to be passed by mail or telephone.\n\n"
 "Paysafecard is issued and distributed country-wise; cross-border and cross-currency usage is possible within some "
 "limits. The scope of services and partner webshops varies by country. In most countries, a personal account called "
 "my paysafecard for uploading PINs is available. Starting in Austria in 2000, as of 2018 paysafecard is available in "
 "over 40 countries. Two former competitors, Dutch Wallie and British Ukash, have been absorbed into paysafecard.\n\n"
 "In 2013, paysafecard was acquired by British digital wallet provider Skrill, and in 2015 as part of the Skrill "
 "Group by the Optimal Payments Group, a global online payment processing provider regulated in the United Kingdom. "
 "Optimal Payments subsequently rebranded as Paysafe Group.\n\n"
 "While the brand name of the payment method has always been paysafecard, in practice it is often shortened to "
 "\"Paysafe\", the \"card\" part also being translated into other languages.\n\n"
 "In 2015, paysafecard became a part of the multinational Optimal Payments online payment corporation, which "
 "subsequently rebranded as Paysafe Group. The group now directly offers certain products and services under the "
 "Paysafe brand. Paysafecard, however, continues to be a subsidiary brand of the Paysafe Group in its own right, "
 "alongside some others, like the digital wallets Skrill and Neteller.\n\n"
 "Some sources erroneously interpret Paysafe to be the name of the company originally issuing the paysafecard "
 "product, and sometimes suggest this to be the core company of the Paysafe Group.",
 "payments (prepaid online payment method)", ["product", "deal"],
 "A copy of the article on the unlabelled CloudFront host (db0nus869y26v.cloudfront.net; the copy shows no infobox in "
 "this part): the heading 'Name: paysafecard and Paysafe' and the citation markers ('[4][5]', '[6][7]', "
 "'[8][9][10]', '[11]', '[12][13]') cut; kept as written: '(as a brand stylized in lowercase)', 'Paysafecard' beside "
 "'paysafecard' (the article's own capitals), '(e. g. an online game)', 'country-wise', 'my paysafecard', 'Dutch "
 "Wallie and British Ukash', the purchases told twice ('in 2015 as part of the Skrill Group by the Optimal Payments "
 "Group' and 'In 2015, paysafecard became a part of the multinational Optimal Payments online payment corporation'), "
 "'Optimal Payments subsequently rebranded as Paysafe Group' twice in other words; the copy's line break inside the "
 "sentence after 'shortened to \"Paysafe\",' (where two markers stood) read as a space; cut after 'the core company of the "
 "Paysafe Group.', before the next section's first word 'T', where the excerpt breaks off (`truncated`). Content to "
 "2018, on a host that renders current pages (batch 31j recorded 4.0 for its Sky Deutschland copy): recorded 4.0 "
 "(doubtful: the text's own dates stop at 2018). Doubtful: the host names no revision and its terms were not found in "
 "the page store. Paysafecard, Skrill, Optimal Payments, Paysafe, Neteller, Wallie, Ukash: 0 in train/dev/test and in "
 "every gather script; Austria, United Kingdom: other files. Other copies seen and not taken: w.owiki.org's copy (an "
 "earlier revision of the same text, 'an global'), German Wikipedia and its zxc.wiki translation, memim.com's "
 "machine translation, wikibin.org's older article (a deleted page's text).", "non-US",
 copy_of="the Wikipedia article, via an unlabelled CloudFront-served copy"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

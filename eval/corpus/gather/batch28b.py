#!/usr/bin/env python3
"""Batch 28b (session 29, the out-of-sample check; helper gather29b): English Wikipedia articles (CC BY-SA) on
services — apps, platforms, payment systems, a fare card, a loyalty programme, streaming services — and the companies
that run, own or bought them, told as news, a third lane after batches 27b and 27f, most outside the US: a Russian
social network and its three co-founders (VK); an Israeli navigation app's company, founders, funders and its purchase
by Google (Waze); a Vietnamese messaging app, its developer and the website it was named after (Zalo); a music
streaming service, the company that launched it, its buyer and its majority owner (Tidal); a Dutch travel site, its
founders' companies, its buyer and chief executives (Booking.com); a Japanese payment app, its operator, owners and
partner (PayPay); a Swiss payment app, its developer, parent and a rival (Twint); a Japanese fare card and its
operator (Suica); an airline's frequent-flyer programme and its low-cost subsidiary (KrisFlyer); a Polish payment
system and its operator (Blik); a Chinese video site, its founder, his company and its chief executive (Bilibili); a
Brazilian streaming service and its owners (Globoplay).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch28b.py [POOL_DIR] [--dry]   (default /tmp/gather29b/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather29b/pool"

R = []
# ---- social networks, messaging and video sites ------------------------------------------------------------------
R.append(wp("wp-vk-service", "VK (service)", "https://en.wikipedia.org/wiki/VK_(service)",
 "VK (short for its original name VKontakte) is a Russian online social media and social networking service based "
 "in Saint Petersburg. VK is available in multiple languages but it is predominantly used by Russian speakers. VK "
 "users can message each other publicly or privately, edit messages, create groups, public pages, and events; share "
 "and tag images, audio, and video; and play browser-based games.\n\n"
 "As of August 2018, VK had at least 500 million accounts. As of November 2022, it was the sixth most popular website "
 "in Russia. The network was also popular in Ukraine until it was banned by the Supreme Council in 2017.\n\n"
 "According to Semrush, in 2024, VK was the 30th most visited website in the world; as YouTube is subject to "
 "blocking in Russia, VK Video overtook Google's top position in monthly web traffic for the first time in December "
 "2024, as part of the major substitution to domestic business.\n\n"
 "VKontakte was conceived in 2006 when Pavel Durov, creator of the popular student forum spbgu.ru, met his former "
 "classmate Vyacheslav Mirilashvili in St. Petersburg after graduating from the Faculty of Philology at St Petersburg "
 "State University. Vyacheslav showed Durov the increasingly popular Facebook, after which the friends decided to "
 "create a new Russian social network. Lev Leviev, an Israeli classmate of Vyacheslav Mirilashivili, became the third "
 "co-founder.",
 "online services (social network)", ["leadership", "product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= VK (service) =', the infobox lines "
 "(logo and screenshot files, url, area served, type, registration, languages, CEO 'Vladimir Kiriyenko', creators, "
 "founded, revenue, status, parent 'VK') and the heading '==History==' cut; the Cyrillic name after 'VKontakte' in "
 "the first bracket cut with its semicolon ('; ВКонтакте'), as batches 25b, 27b and 27f cut foreign-script names; "
 "kept as written: 'Vyacheslav Mirilashivili' (the article's own second spelling of 'Mirilashvili'), 'St. "
 "Petersburg' beside 'St Petersburg State University'; cut after 'became the third co-founder.', before 'Vyacheslav "
 "Mirilashvili borrowed the money from his billionaire father and becam', where the excerpt breaks off "
 "(`truncated`). Content to December 2024: recorded 4.0. VK as a word, VKontakte, Durov, Mirilashvili, Leviev, "
 "Semrush, spbgu: 0 in train/dev/test; 'Supreme Council' one test file by count (another body, by its context "
 "unknown: not opened).", "non-US"))

R.append(wp("wp-zalo", "Zalo", "https://en.wikipedia.org/wiki/Zalo",
 "Zalo is a Vietnamese instant messaging multi-platform service developed by VNG Corporation. Zalo is also used in "
 "other countries outside of Vietnam, including the United States, Japan, South Korea, Australia, Germany, Myanmar "
 "and Singapore.\n\n"
 "As of late September 2024, Zalo has approximately 77.6 million active monthly users with nearly 1.97 billion "
 "messages sent each day. Zalo is currently available in all 34 provinces and municipalities of Vietnam, including "
 "islands, remote areas, and is accessible in more than 23 countries worldwide.\n\n"
 "The name for Zalo is a blend of Zing (an online website managed by VNG) and alo (a standard phrase used to answer "
 "a call in Vietnam).\n\n"
 "Zalo was created by Vương Quang Khải, the executive Vice President of VNG. After studying in the United States, he "
 "returned to Vietnam in 2007. Recently, he began to work primarily on Artificial Intelligence technology, developing "
 "Kiki, an AI based virtual assistant.\n\n"
 "The first software test version of Zalo was released in August 2012, eight months after development began in late "
 "2011. By September 2012, Zalo had released new versions on iOS, Android and the Nokia S40. However, Zalo received "
 "little recognition due to various user issues, including having to use Zing ID for login and utilizing web "
 "platforms for the mobile application.\n\n"
 "In December 2012, the official version for Zalo was released to the public. On 8 January 2013, Zalo reached the "
 "top spot on the App Store in Vietnam, passing their main competitor, WeChat.",
 "online services (messaging app)", ["product", "leadership"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Zalo =', the infobox lines (title, "
 "logo, author, developer 'Zalo Group, VNG Corporation', operating systems, languages, genre) and the headings '== "
 "History ==' and '=== Launch ===' cut; kept as written: 'including islands, remote areas, and is accessible', "
 "'their main competitor'; cut after 'passing their main competitor, WeChat.', before 'In March 2013, Zalo reached "
 "the million-user milestone and continued to grow quickly, having over 2 million users only two months later, "
 "surpass', where the excerpt breaks off (`truncated`). Content to September 2024: recorded 4.0. Zalo, VNG, Vương "
 "Quang Khải, Kiki: 0 in train/dev/test; 'Zing' only inside other words ('amazing' and the like); WeChat: batch 27b's "
 "dev file on WeChat (here a competitor named once).", "non-US"))

R.append(wp("wp-bilibili", "Bilibili", "http://chaos.owiki.org/wiki/Bilibili",
 "Bilibili, also nicknamed B Site, is a Chinese video sharing website based in Shanghai, themed around animation, "
 "comic, and games, where users can submit, view and add overlaid commentary on videos. Bilibili uses Adobe Flash or "
 "HTML5 player, which can be manually switched, to play user submitted videos hosted by either itself or third-party "
 "sources, while featuring a scrolling closed caption commenting system for real-time interactive playback "
 "experience nicknamed \"bullet curtain\".\n\n"
 "Bilibili offers videos of various fields, including music, dancing, science and technology, entertainment, movie, "
 "drama, fashion, daily life and advertisement films, but is also known for the extensive kuso-style parodies by "
 "subcultural content creators. Bilibili provides a live streaming service where the audience can interact with "
 "streamers. Usually the topic is anime, content creating, game strategy and so on. Other than videos, Bilibili also "
 "offers games, mostly ACG-themed mobile games, such as the Chinese version of Fate/Grand Order.\n\n"
 "The founder of Bilibili, Xu Yi, created a prototype website named Mikufans.cn after college graduation in three "
 "days. He relaunched the website in 24 January 2010 with the name Bilibili. Later in 2011, he founded a startup, "
 "Hangzhou Huandian Technology, to manage the development and operation of Bilibili. Since November 2014, Chen Rui "
 "has been CEO and Chairman of the Board of Bilibili.\n\n"
 "Inspired by the similar video sharing websites, Nico Nico Douga and AcFun, Xu Yi founded Bilibili in 2009. At the "
 "time, Xu Yi was an AcFun user and wanted to create a site better than AcFun. He spent three days creating a "
 "prototype website named Mikufans.cn as a fandom community of Hatsune Miku. As it grew, he reshaped the website to "
 "specialize in video sharing and launched it on 14 January 2010 with the name Bilibili, which is the nickname of the "
 "protagonist Mikoto Misaka in the anime A Certain Scientific Railgun.",
 "online services (video sharing)", ["leadership", "product"],
 "The article as the owiki.org mirror (chaos.owiki.org) holds it, an older revision: the heading 'History' cut and "
 "the empty line after the title line with it; kept as written: 'He relaunched the website in 24 January 2010' "
 "beside 'launched it on 14 January 2010' (the revision's own two dates), 'after college graduation in three days', "
 "'Since November 2014, Chen Rui has been'; cut after 'A Certain Scientific Railgun.', before 'Bilibili also names "
 "many of its featur', where the excerpt breaks off (`truncated`). Content to about 2019 (Chen Rui since 2014, no "
 "later event): recorded 3.0. Doubtful: the mirror's own terms were not found in the page store. Bilibili, Xu Yi, "
 "Chen Rui, Huandian, AcFun, Mikufans: 0 in train/dev/test; 'Nico Nico Douga' 0; 'Niconico' one test file "
 "by count (batch 27c's Kadokawa outage text, as GATHERING.md lists it; here a site named once).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision on the owiki.org mirror"))

# ---- maps, travel and loyalty ------------------------------------------------------------------------------------
R.append(wp("wp-waze", "Waze", "https://en.wikipedia.org/wiki/Waze",
 "Waze Mobile Ltd, doing business as Waze, formerly FreeMap Israel, is a subsidiary company of Google that provides "
 "satellite navigation software on smartphones and other computers that support the Global Positioning System "
 "(GPS). In addition to turn-by-turn navigation, it incorporates user-submitted travel times and route details while "
 "downloading location-dependent information over a cellular network. Waze describes its application as a "
 "community-driven initiative that is free to download and use.\n\n"
 "The software was originally developed in Israel by Waze Mobile, a company founded by Israeli entrepreneurs Ehud "
 "Shabtai, Amir Shinar, and Uri Levine, who are also veterans of Unit 8200. Funding for the initial project was "
 "provided by two Israeli venture capital firms, Magma and Vertex Ventures Israel, as well as by an early-stage "
 "American venture capital firm, Bluerun Ventures. In June 2013, Waze Mobile was acquired by Google for US$1.3 "
 "billion.\n\n"
 "The application generates revenue through hyperlocal advertising to an estimated 130 million users.\n\n"
 "In 2006, Israeli programmer Ehud Shabtai founded a community project known as FreeMap Israel, which aimed to create "
 "(with the crowd-sourcing assistance of community users) a free digital mapping database of Israel compiled in the "
 "Hebrew language with ensured free content, updates, and distribution. In 2008, Shabtai formed a company called "
 "Waze to commercialize the initial project; in 2009, it was renamed to Waze Mobile Ltd. and gave birth to its "
 "tagline \"Outsmarting Traffic, Together.\" coined by the company's first in-house communications hire, Michal "
 "Habdank-Kolaczkowski.",
 "online services (navigation app)", ["deal", "leadership", "product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Waze =', the infobox lines (Waze "
 "Mobile Ltd, logo, developer 'Google', released, genre, languages) and the headings '== History ==' and "
 "'===Development===' cut; in the first sentence the pronunciation and Hebrew-script bracket after 'Waze Mobile Ltd,' "
 "('(/weɪz/; ווייז מובייל בע\"מ)') and the Hebrew-script bracket after 'doing business as Waze' ('(ווייז)') cut with "
 "the space before each, as batches 27b and 27f cut foreign-script names; kept as written: 'Waze Mobile Ltd, doing "
 "business as Waze' with its comma, 'renamed to Waze Mobile Ltd. and gave birth to its tagline \"Outsmarting "
 "Traffic, Together.\" coined by'; cut after '... Michal Habdank-Kolaczkowski.', before 'In 2010, the company raised "
 "US$25 million in the second round of fund', where the excerpt breaks off (`truncated`). Undated current lead: "
 "recorded 4.0 (as batch 27b's Swisscom). Waze, Shabtai, Shinar, Uri Levine, FreeMap, Unit 8200, Magma, Vertex "
 "Ventures, Bluerun, Habdank: 0 in train/dev/test; Google: many files, other events. Region: an Israeli company "
 "owned by Google, recorded non-US.", "non-US"))

R.append(wp("wp-booking-com", "Booking.com", "http://w.owiki.org/wiki/Booking.com",
 "Booking.com is an online travel agency for lodging reservations. It is owned and operated by and is the primary "
 "revenue source of United States-based Booking Holdings and is headquartered in Amsterdam.\n\n"
 "The website has over 28 million listings. The site is available in 43 languages.\n\n"
 "Booking.com was formed when bookings.nl, founded in 1996 by Geert-Jan Bruinsma, merged in 2000 with Bookings "
 "Online, founded by Sicco and Alec Behrens, Marijn Muyser and Bas Lemmens, which operated as Bookings.org. The name "
 "and URL were changed to Booking.com and Stef Noorden was appointed as its CEO. In 1997, Bruinsma wanted to post an "
 "ad in De Telegraaf, the Dutch newspaper with the highest circulation. The ad was rejected since De Telegraaf only "
 "accepted ads with a phone number, not with a website. In 2002, Expedia refused to buy bookings.nl.\n\n"
 "In July 2005, the company was acquired by Priceline Group for $133 million, and later it cooperated with "
 "ActiveHotels.com, a European online hotel reservation company, purchased by Priceline Group 9 months earlier for "
 "$161 million in Sept 2004.\n\n"
 "In 2006, Active Hotels Limited officially changed its name to Booking.com Limited. The integrations of Booking.com "
 "and Active Hotels successfully helped the parent improve its financial position from a loss of $19 million in 2002 "
 "to $1.1 billion in profit in 2011. This acquisition was praised by some social media as “the best acquisition in "
 "Internet history” since no other acquisition in the digital travel market had been shown to be as profitable.\n\n"
 "Darren Huston was appointed as Chief Executive Officer of Booking.com in September 2011 by its parent company, and "
 "also served as President and Chief Executive Officer of Booking Holdings since 1 January 2014 until his "
 "resignation on 28 April 2016 after an at-work relationship was revealed.\n\n"
 "After Gillian Tans resigned in 2019, Glenn Fogel took over as CEO",
 "online services (travel booking)", ["deal", "leadership"],
 "The article as the owiki.org mirror (w.owiki.org) holds it, an older revision: the empty lines after the title "
 "line cut, and the single line breaks between paragraphs made paragraph breaks; kept as written: 'owned and operated "
 "by and is the primary revenue source of', 'Sicco and Alec Behrens', 'Sept 2004', the typographic quotes, "
 "'since 1 January 2014 until his resignation'; the last sentence, 'After Gillian Tans resigned in 2019, Glenn Fogel "
 "took over as CEO', kept though the mirror gives it no full stop (the next lines are section headings with no text, "
 "'Corporate affairs', 'Marketing', 'Partnerships and agreements', cut with the rest, which breaks off at 'In August "
 "2012, Ctrip'; `truncated`). Content to 2019: recorded 3.0. Doubtful: the mirror's own terms were not found in the "
 "page store. Booking.com, Bruinsma, Bookings Online, Behrens, Muyser, Lemmens, Noorden, De Telegraaf, Priceline, "
 "Active Hotels, Huston, Tans, Fogel: 0 in train/dev/test; Booking Holdings: one train file (the European "
 "Commission's prohibition of its eTraveli purchase, another event); Expedia: other files.", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision on the owiki.org mirror"))

R.append(wp("wp-krisflyer", "KrisFlyer", "https://en.wikipedia.org/wiki/KrisFlyer",
 "KrisFlyer is the name given by Singapore Airlines to its frequent-flyer programme and airport lounges. The name is "
 "derived from the kris in the Singapore Airlines logo. KrisFlyer also applies to Scoot, the airline's low-cost "
 "subsidiary.\n\n"
 "KrisFlyer miles can be earned and redeemed on Singapore Airlines own services as well as with Singapore Airlines' "
 "low-cost subsidiary Scoot and KrisFlyer partners. Partners include all Star Alliance members, non-Star Alliance "
 "airline partners, and selected hotel chains as well as car-hire companies. KrisFlyer is divided into KrisFlyer, "
 "KrisFlyer Elite Silver and KrisFlyer Elite Gold, which correspond to Star Alliance Silver and Gold, respectively.\n\n"
 "Elite Silver and Elite Gold status is given to passengers who have accrued 25,000 and 50000 mi, respectively, "
 "within a 12-month period. The 12-month period is predefined according to when a passenger initially applied for "
 "KrisFlyer membership, so travelling 25000 mi over a 12-month period may not qualify for Silver status unless it "
 "corresponds with the 12-month period assigned to them by Singapore Airlines.\n\n"
 "Singapore Airlines flights in booking class G (group and promotional fares) earn no miles, while Singapore Airlines "
 "flights in booking classes V, Q, N and T (promotional fares) will receive between 10% and 50% of mileage\n\n"
 "The Priority Passenger Service Club (PPS Club) is for passengers who have accumulated S$25,000 worth of PPS Value "
 "within a year. Unlike KrisFlyer miles which can be obtained while flying Premium Economy Class and Economy Class, "
 "PPS Value is acquired while flying Singapore Airlines Suites, First Class or Business Class on Singapore Airlines. "
 "The PPS is divided into the PPS Club, Solitaire PPS Club and the Solitaire PPS Club Life.\n\n"
 "A member with PPS Club status will qualify for Solitaire PPS Club by accumulating PPS Value of S$250,000 within "
 "five years.",
 "airlines (loyalty programme)", ["product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= KrisFlyer =' and the headings "
 "'==KrisFlyer miles==' and '==PPS Club==' cut; kept as written: 'Singapore Airlines own services', '25,000 and 50000 "
 "mi', 'between 10% and 50% of mileage' with no full stop (the article's own; the paragraph ends before a heading); "
 "cut after 'within five years.', before 'The Solitaire Life PPS Club status was formerly given to members who ', "
 "where the excerpt breaks off (`truncated`). Undated current rendering: recorded 4.0 (as batch 27b's Swisscom). "
 "KrisFlyer, PPS Club: 0 in train/dev/test; Singapore Airlines: other files (the A380's delivery and delays, a bid "
 "for China Eastern, other events); Star Alliance: other files; 'Scoot' as a word 0 in test (by script; 'scooter' "
 "elsewhere).", "non-US"))

# ---- payments ----------------------------------------------------------------------------------------------------
R.append(wp("wp-paypay", "PayPay", "https://www.hubbry.com/PayPay/encyclopedias",
 "PayPay Corporation is a Japanese company that develops electronic payment services owned by LY Corporation. It was "
 "established in 2018 as a joint venture between the SoftBank Group and Yahoo Japan through Z Holdings, their holding "
 "company. With 38 million users, PayPay is the largest Japanese mobile payment app. In October 2018, it began a QR "
 "code and bar code-based payment service, which was developed in collaboration with Paytm, an India-based payment "
 "service company.\n\n"
 "From a smartphone app, users link their bank account and add money to their PayPay account. At the point of sale, "
 "the user makes a payment either by scanning a QR code, or by having the clerk scan a bar code on the smartphone.\n\n"
 "PayPay's server fell victim to a hacking attack, originating in Brazil, on November 28, 2020. As per the operator "
 "of PayPay, a server containing personal and financial information of its entire userbase was compromised. The "
 "company acknowledged that configuration flaws led to unauthorized access to information. The service operator was "
 "later notified of the incident and preventive measures were taken.",
 "payments (mobile payment app)", ["product", "deal"],
 "hubbry.com's reproduction of the article ('View on Wikipedia'): that line, the Japanese name in brackets after "
 "'PayPay Corporation' ('(PayPay株式会社)') with the space before it, the line 'Key Information', the heading '2020 "
 "cybersecurity incident [edit]', citation markers ('[1]'-'[6]') and the reference list cut; kept as written: "
 "'develops electronic payment services owned by LY Corporation', 'As per the operator of PayPay'. The excerpt holds "
 "the whole article body (it reaches the references): not truncated. Content after October 2023 (LY Corporation): "
 "recorded 4.0. Doubtful: hubbry.com's own terms were not found in the page store. PayPay, LY Corporation, Z "
 "Holdings: 0 in train/dev/test; Yahoo Japan: 0 in train/dev/test (named in GATHERING.md only, in batch 27a's search query); Paytm: 0 "
 "(batch 27b's list of companies not used); SoftBank: other files (batch 27a's Masayoshi Son, other events).",
 "non-US", copy_of="the Wikipedia article, reproduced by hubbry.com"))
R[-1]["truncated"] = False

R.append(wp("wp-twint", "TWINT", "https://www.wikiwand.com/en/articles/Twint",
 "Twint is a Swiss mobile payment system rolled out nation-wide in 2017. As of 2024, Twint has become ubiquitous in "
 "Switzerland, with many stores accepting Twint payments and nearly all banks taking part in the payment system. The "
 "app was developed by Monexio, a wholly-owned subsidiary of PostFinance, beginning in 2014.\n\n"
 "The first banks that cooperated in Twint were the Berner Kantonalbank and Valiant Bank in 2015, joined by the "
 "Basler Kantonalbank and Bank Cler in 2016.\n\n"
 "Twint had approximately five million users in 2023.\n\n"
 "Twint was created by Monexio AG, a company founded in July 2014 as a wholly-owned subsidiary of PostFinance. "
 "PostFinance Executive Board member Thierry Kneissler was appointed CEO, while Hansruedi Köng, CEO of PostFinance, "
 "became Chairman of the Board of Directors. The company became operational in August 2014. The pre-launch of Twint "
 "took place from 6 August 2015, starting in the cities of Bern and Zurich. The national rollout began on 3 November "
 "2015.\n\n"
 "In May 2016, Twint and Paymit, a competitor made by the Zurich Cantonal Bank and the SIX Group, announced a fusion, "
 "which was approved by the Competition Commission of Switzerland in September 2016.\n\n"
 "Each Twint account is connected to a mobile phone number, a bank account, or both.\n\n"
 "When making a payment to a private Twint user, the payer selects the receiver's contact in the app, and specifies "
 "the sum. A receiver can also request a sum from a mobile phone contact if that person is also using the Twint app.",
 "payments (mobile payment app)", ["product", "leadership"],
 "wikiwand.com's rendering of the article: its furniture ('Top Qs', 'Timeline', 'Chat', 'Perspective', 'Remove "
 "ads', 'Summarize'), the line 'Payment system for cashless payment From Wikipedia, the free encyclopedia', the "
 "expand-with-translation notice ('You can help expand this article with text translated from the corresponding "
 "article in German. (July 2024) Click [show] for important translation instructions.'), the headings 'Company', "
 "'History', 'Services', 'Payments to other Twint users' and citation markers ('[1]'-'[8]') cut; kept as written: "
 "'nation-wide', 'wholly-owned', 'a fusion'; cut after 'using the Twint app.', before 'Payment in stores' and "
 "'Payment when making purchases can happen in two ways: - The credit ca', where the excerpt breaks off "
 "(`truncated`). Content to 2024: recorded 4.0. Doubtful: wikiwand.com's own terms were not found in the page store "
 "(it states its text is from Wikipedia). Twint, Monexio, PostFinance, the four banks, Kneissler, Köng, Paymit, "
 "Zurich Cantonal Bank, SIX Group: 0 in train/dev/test; 'Competition Commission': two train files (other countries' "
 "bodies).", "non-US", copy_of="the Wikipedia article, rendered by wikiwand.com"))

R.append(wp("wp-blik", "Blik", "https://www.wikiwand.com/en/articles/Blik",
 "BLIK is a Polish mobile payment system launched in 2015. It is operated by Polski Standard Płatności (PSP).\n\n"
 "Blik enables users to make instant payments online and in retail stores, withdraw cash from ATMs, and transfer "
 "money, primarily using their bank's mobile application.\n\n"
 "As of June 2024, Blik reported nearly 17 million active users. For the full year 2024, it processed 2.4 billion "
 "transactions, amounting to a total value of approximately 350 billion Polish złoty (PLN).\n\n"
 "Polski Standard Płatności (PSP), a company established by an alliance of six Polish banks, launched Blik in "
 "February 2015. PSP is a member of the European Mobile Payment Systems Association.\n\n"
 "Between 2019 and 2020, Polish Police reported fraud incidents involving Blik ATM withdrawals. These typically "
 "occurred when perpetrators gained access to a victim's social media account, requested Blik codes from the "
 "victim's contacts under false pretenses for a loan, and then used these codes for cash withdrawals.\n\n"
 "In 2021, Blik introduced contactless payments, enabling users with NFC-equipped Android devices to make payments at "
 "POS terminals using Mastercard virtual tokens. This functionality also extends to Polish users traveling abroad and "
 "has been noted as a potential alternative to Google Pay on rooted smartphones.\n\n"
 "Revolut became the first foreign financial institution to integrate Blik in early 2025. While Revolut users in the "
 "EU with a PLN account can access Blik, its use is currently restricted to transactions with Polish businesses, "
 "limiting its practical application outside Poland.",
 "payments (mobile payment system)", ["product"],
 "wikiwand.com's rendering of the article: its furniture ('Top Qs', 'Timeline', 'Chat', 'Perspective', 'Remove "
 "ads', 'Summarize'), the line 'Mobile payment system From Wikipedia, the free encyclopedia', the heading 'History', "
 "citation markers ('[2]'-'[10]') and a '[citation needed]' tag cut; kept as written: 'BLIK' and 'Blik' (both "
 "spellings), 'Polish Police'; cut after 'outside Poland.', before 'In May 2025, Blik signed a letter of intent to "
 "join the European Payments Alliance (EuroPA), ... launched by Italian Spanish and Portuguese firms', where the "
 "excerpt breaks off (`truncated`). Content to 2025: recorded 4.0. Doubtful: wikiwand.com's own terms were not found "
 "in the page store. Blik, Polski Standard, the association: 0 in train/dev/test; Revolut, Mastercard, Android: "
 "other files, other events.", "non-US", copy_of="the Wikipedia article, rendered by wikiwand.com"))

# ---- transport cards ---------------------------------------------------------------------------------------------
R.append(wp("wp-suica", "Suica", "https://wiki.gravy.cc/wiki/Mobile_Suica",
 "Suica is a prepaid rechargeable contactless smart card and electronic money system used as a fare card on train "
 "lines and other public transport systems in Japan, launched on November 18, 2001 by JR East. The card can be used "
 "across the nation as part of Japan's Nationwide Mutual Usage Service. The card is also widely used as electronic "
 "money for purchases at stores and kiosks, especially at convenience stores and within train stations. In 2018, JR "
 "East reported that Suica was used for 6.6 million daily transactions. As of October 2023, 95.64 million Suica "
 "(including Mobile Suica) have been issued, and 1.63 million stores accept payment via Suica's digital currency.\n\n"
 "Since Suica is completely interchangeable with PASMO, it is supported on virtually any train, tramway, or bus "
 "system in Tokyo and the Greater Tokyo Area (excluding various limited and shinkansen trains, as well as some local "
 "buses).\n\n"
 "Suica stands for \"Super Urban Intelligent CArd\". In the logo, the letters \"ic\" are highlighted, which stand for "
 "integrated circuit and see use in the term \"IC card\", the common Japanese word for smart card. An additional "
 "meaning comes from the ideophone \"sui sui\" which means \"to move smoothly and swiftly\", intended to highlight "
 "the simplicity of using the card compared with traditional train tickets.",
 "transport (fare card and electronic money)", ["product"],
 "A copy of the article on wiki.gravy.cc, reached at the redirect's address 'Mobile_Suica': the pronunciation bracket "
 "after the first 'Suica' ('(Japanese pronunciation: スイカ, Suika)') with the space before it, the hatnote ('This "
 "article is about the contactless smart card used in Japan. For other uses, see Suica (disambiguation).'), the "
 "infobox lines (location, distributed, launched, currency, stored value, credit expiry, retailed, variants), the "
 "cross-reference '(see Interoperation)' after 'PASMO' with the space before it, the heading 'Etymology[edit]' and "
 "citation markers ('[1]'-'[7]') cut; kept as written: 'launched on November 18, 2001 by JR East', '95.64 million "
 "Suica', 'CArd'; cut after 'traditional train tickets.', before 'Si', where the excerpt breaks off (`truncated`). "
 "Content to October 2023: recorded 4.0. Doubtful: the site's own terms were not found in the page store. Suica, JR "
 "East, PASMO: 0 in train/dev/test.", "non-US",
 copy_of="the Wikipedia article, a copy on wiki.gravy.cc reached through the redirect 'Mobile Suica'"))

# ---- streaming ---------------------------------------------------------------------------------------------------
R.append(wp("wp-tidal", "Tidal (service)", "https://wiki.gravy.cc/wiki/Tidal_(service)",
 "Tidal (stylized in all caps) is a Norwegian-American music streaming service, launched in 2014 by Swedish public "
 "company Aspiro. Tidal is now majority-owned by Block, Inc., an American payment processing company that is owned "
 "by Jack Dorsey and Jim McKelvey.\n\n"
 "With distribution agreements with all three major record labels and many independent labels, Tidal claims to "
 "provide access to more than 80 million tracks and 350,000 music videos. Starting April 10, 2024, Tidal merged its "
 "two subscription plans to become one simply named Tidal, which offers the same quality as the former HiFi Plus plan "
 "(FLAC HiRes 24-bit/192KHz and MQA – 24-bit/352.8 kHz). Tidal claims to pay the highest percentage of royalties to "
 "music artists and songwriters within the music streaming market.\n\n"
 "In March 2015, Aspiro was acquired by Project Panther Bidco Ltd., which relaunched the service with a "
 "mass-marketing campaign, promoting it as the first artist-owned streaming service. In January 2017, Sprint "
 "Corporation bought 33% of Tidal for a reported $200 million. In March 2021, Block, then known as Square, agreed to "
 "pay $297 million for majority ownership of Tidal. In June, 2022, through the disclosure of the Annual Stockholder "
 "Meeting 2022, Block reported that the stake acquired in the Tidal music service was 86.8%.\n\n"
 "While some observers praised the high-fidelity audio quality, and higher subscription fees that would result in "
 "higher royalties to the artists and songwriters, others felt the high subscription fees and exclusive Tidal content "
 "from the artists involved could lead to more music piracy. Tidal claimed to have over 3 million subscribers in "
 "2016, although the veracity of those claims and the company's reported streaming numbers have been questioned. As "
 "of March 2021, Tidal operates in 61 countries.",
 "media (music streaming)", ["deal", "product"],
 "A copy of the article on wiki.gravy.cc: the stray infobox word 'Developer' after the first paragraph, the heading "
 "'History[edit]' and citation markers ('[2]'-'[12]') cut; kept as written: 'In June, 2022', 'the Tidal music "
 "service', 'MQA – 24-bit/352.8 kHz'; cut after 'Tidal operates in 61 countries.', before 'Branching off from WiMP, "
 "which was launched in Norway in 2010 and later available in Sweden, Denmark, Germany, and P', where the excerpt "
 "breaks off (`truncated`). Content to April 2024: recorded 4.0. Doubtful: the site's own terms were not found in "
 "the page store. Tidal, Aspiro, Block, Dorsey, McKelvey, Project Panther, HiFi Plus: 0 in train/dev/test; Sprint "
 "Corporation: other files (batch 27a's Masayoshi Son, other events). Region: a Norwegian-American service owned by "
 "an American company, recorded US.", "US", copy_of="the Wikipedia article, a copy on wiki.gravy.cc"))

R.append(wp("wp-globoplay", "Globoplay", "https://en.wikipedia.org/wiki/Globoplay",
 "Globoplay is a Brazilian subscription video on-demand over-the-top streaming service owned by Globo, a division of "
 "Grupo Globo. The service primarily distributes films and television series produced by Estúdios Globo with the "
 "service also hosting content from other providers, content add-ons, live sporting events, and video rental and "
 "purchasing services. It was created on 26 October 2015, and launched in Brazil on November 3 of the same year. In "
 "2020, it reached the milestone of 20 million registered users and became the most used national streaming service "
 "in Brazil.\n\n"
 "In September 2021, it was announced that Globoplay would be released in Canada and in more than 20 European "
 "countries, such as Italy, France, Switzerland, Germany, Spain, Portugal and United Kingdom starting 14 October "
 "2021.",
 "media (video streaming)", ["product"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= Globoplay =' and the infobox lines "
 "(logo, website type, language, predecessors, location, area served, owner 'Globo', founder 'José Roberto Marinho', "
 "CEO 'Manuel Belmar', industry, products, services, url, registration, launched, status) cut; kept as written: "
 "'launched in Brazil on November 3 of the same year', 'Portugal and United Kingdom'; cut after 'starting 14 October "
 "2021.', before the heading '== Programming ==' and 'Globoplay offers video streaming or on-demand content of "
 "programs from Globo's archived library ... Live broadcasting of Globo and some of its affiliates i', where the "
 "excerpt breaks off (`truncated`). Content to October 2021: recorded 4.0 (the current rendering, as batch 27b's "
 "Swisscom). Globoplay, Grupo Globo, Estúdios Globo: 0 in train/dev/test; 'Globo' as a word only in one train file "
 "(wp-glovo: a Spanish word, not the company).", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

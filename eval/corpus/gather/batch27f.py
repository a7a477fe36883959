#!/usr/bin/env python3
"""Batch 27f (session 28, the out-of-sample check; helper gather28f): English Wikipedia articles (CC BY-SA) on
companies and the services, networks and brands they run, told as news, a second lane after batch 27b and in any
region — a Canadian operator's wireless division, its budget brand and the carrier it bought (Telus Mobility); a
Quebec cable and wireless company, its owner, founder and purchases (Vidéotron); China's bank card network, its
central-bank approval and founding member banks (UnionPay); a Canadian airline's founders and regional subsidiary
(WestJet); an Indian streaming service, its owners and the Disney brands it carries (Disney+ Hotstar); a game
developer bought by Tencent, its founders and its flagship game (Riot Games); a file hosting service, the company
that runs it and its founders (Dropbox); a cloud software company's founders, investors and platform (Salesforce).
Part 2 (R2, written with --part2; gathered after part 1 was committed, before newskg ran on any text of the batch): a
Philippine mobile operator, its parent, founders and partners (Smart Communications, an en.wikipedia.org revision by
its permanent link); a Luxembourg media group, its segments, founders and majority holder (RTL Group); a German
television network, its channels, feeds, founders and first chief executive (ProSieben).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch27f.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather28f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather28f/pool"

R = []
# ---- telecoms and cable ------------------------------------------------------------------------------------------
R.append(wp("wp-telus-mobility", "Telus Mobility", "https://en.wikipedia.org/wiki/Telus_Mobility",
 "Telus Mobility is a division of Telus which sells wireless services in Canada on its numerous networks. It has "
 "three different networks based on four different technologies: CDMA, HSPA+, and LTE on its mainstream networks. As "
 "of quarter 1 2016, Telus is Canada's second-largest cellphone provider with a subscriber base of over 8.387 "
 "million.\n\n"
 "Since 2008, Telus has operated a mobile virtual network operator (MVNO) named Koodo Mobile. Koodo is targeted at "
 "high school, college and university students, much like the now-defunct Amp'd Mobile Canada that preceded it in "
 "2007.\n\n"
 "As of 2014, Telus Mobility has completed the purchase of Public Mobile, which operates as a MVNO on the Telus 4G "
 "network. The purchase of Public Mobile increased Telus' subscriber base to 8.3 million.\n\n"
 "AGT Mobility was formed in 1982 by Alberta Government Telephones (the predecessor to Telus) to provide a 1G "
 "analogue mobile network for Alberta's natural resources industries. It was the first mobile phone network in "
 "Canada. Analogue services became available to the general public in 1986.\n\n"
 "In 1992, AGT launched North America's first digital mobile network. Following the merger of Telus with BC Tel in "
 "1999, Telus Mobility expanded its coverage to British Columbia. The company's website went online on October 14, "
 "1999. The following year Telus acquired Clearnet Communications and QuébecTel to expand its coverage to the "
 "central provinces.",
 "telecoms (mobile network)", ["deal", "product"],
 "The article as en.wikipedia.org renders it in the page store (an older revision): the title line, 'From "
 "Wikipedia, the free encyclopedia', 'Jump to: navigation, search', the infobox lines (legal name 'Telus Mobility "
 "Inc.', formerly called 'AGT Mobility', industry, founded 'Edmonton, Alberta (1984)', headquarters, products, "
 "services, parent 'Telus') and citation markers ('[1]'-'[3]') cut; empty lines between sections made one paragraph "
 "break; kept as written: 'three different networks based on four different technologies' (three named), 'a MVNO', "
 "'Telus' subscriber base', 'AGT Mobility was formed in 1982' (the infobox says 1984); cut after 'to the central "
 "provinces.', before 'All these acquisitions, along with a tower-sharing agreement with then-primarily Eastern "
 "Canada based Bell', where the excerpt breaks off (`truncated`). Content to 2016 ('As of quarter 1 2016'): recorded "
 "3.0. Telus Mobility, Koodo, Public Mobile, Amp'd, AGT, Alberta Government Telephones, BC Tel, Clearnet, QuébecTel: "
 "0 in train/dev/test; 'Telus Communications' is named in this batch's Vidéotron text too, as a competitor.",
 "non-US", v3=True))

R.append(wp("wp-videotron", "Vidéotron", "https://en.wikipedia.org/wiki/Vidéotron",
 "Vidéotron is a Canadian integrated telecommunications company founded in 1964. It's active in cable television, "
 "interactive multimedia development, video on demand, cable telephony, wireless communication and Internet access "
 "services. Owned by Quebecor, it primarily serves Quebec and the city of Ottawa, as well as the Francophone "
 "communities of New Brunswick and some parts of Eastern Ontario. Its principal competitors are Bell Canada and "
 "Telus Communications.\n\n"
 "Vidéotron is the fourth-largest wireless carrier in Canada, with nearly 1,700,000 mobile subscribers as of Q2 "
 "2022.\n\n"
 "Vidéotron was established in 1964, under the name \"Télécâble Vidéotron Ltée\" as northern Montreal's first cable "
 "television network. It started with 66 subscribers. André Chagnon served as the company's founding president.\n\n"
 "From 1966 to 1969, Vidéotron expanded by acquiring several cable networks in many regions of the province of "
 "Quebec.\n\n"
 "In 1969, the company offered the first pay-per-view service under the name Sélecto-TV.\n\n"
 "In 1974, a bi-directional network was created in Saint-Jérôme, one of the first in the world at the time.\n\n"
 "By 1980, Vidéotron acquired Câblevision Nationale to become the largest teledistributor in Quebec. Vidéotron "
 "acquired Télé-Métropole in 1986, the largest private French-language television company in North America.\n\n"
 "In 1989 the company opened the first video rental stores: Le SuperClub Vidéotron.",
 "telecoms (cable and wireless)", ["deal", "leadership", "product"],
 "The article as en.wikipedia.org renders it in the page store (address stored percent-encoded, "
 "'Vid%C3%A9otron'): the title line '= Vidéotron =', the infobox lines (former names, type 'Subsidiary', founder, "
 "location, key people 'Pierre Karl Péladeau (President and CEO)', services, revenue, employees, parent 'Quebecor', "
 "subsidiary 'Freedom Mobile', homepage) and the heading '==History==' cut; kept as written: 'It's active in', "
 "'a bi-directional network', 'In 1989 the company opened'; cut after 'Le SuperClub Vidéotron.', before 'Its fir', "
 "where the excerpt breaks off (`truncated`). Content to 2022 ('as of Q2 2022'): recorded 3.0 (doubtful: the "
 "revision may be later). Vidéotron, Quebecor, Chagnon, Sélecto-TV, Saint-Jérôme, Câblevision Nationale, "
 "Télé-Métropole, SuperClub: 0 in train/dev/test; Bell Canada: other files, other events; Telus: this batch's Telus "
 "Mobility text.", "non-US", v3=True))

# ---- payments ----------------------------------------------------------------------------------------------------
R.append(wp("wp-unionpay", "UnionPay", "https://en.wikipedia.org/wiki/China_UnionPay",
 "UnionPay, also known as China UnionPay or by its abbreviation, CUP or UPI internationally, is a Chinese financial "
 "services corporation headquartered in Shanghai, China. It provides bank card services and a major card scheme in "
 "mainland China. Founded on 26 March 2002, China UnionPay is an association for China's banking card industry, "
 "operating under the approval of the People's Bank of China (PBOC, central bank of China). It is also an electronic "
 "funds transfer at point of sale (EFTPOS) network, and the only interbank network in China that links all the "
 "automatic teller machine (ATMs) of all banks throughout the country. UnionPay cards can be used in 180 countries "
 "and regions around the world.\n\n"
 "In 2015 the UnionPay overtook Visa and Mastercard in total value of payments made by customers and became the "
 "largest card payment processing organization (debit and credit cards combined) in the world surpassing the two. "
 "However, only 0.5% of this payment volume was outside of China.\n\n"
 "UnionPay offers mobile and online payments services.\n\n"
 "With the approval of the People's Bank of China (PBOC), China UnionPay was launched on 26 March 2002, in Shanghai "
 "by PBOC governor Dai Xianglong, The Industrial and Commercial Bank of China, the Agricultural Bank of China, the "
 "Bank of China and the China Construction Bank served as its first members. However, the concept of a unified "
 "Chinese bank card network dates back to 1993, with the formation of the \"Golden Card Project\" advocated by "
 "then-Chinese leader Jiang Zemin.",
 "payments (card network)", ["product"],
 "The article as en.wikipedia.org renders it in the page store, reached at the redirect's address ('Redirected "
 "from China UnionPay'): 'From Wikipedia, the free encyclopedia', that redirect line, 'Jump to navigation Jump to "
 "search', the infobox lines (industry, founded '26 March 2002; 20 years ago', headquarters), the Chinese names with "
 "their pinyin in brackets after 'UnionPay' and 'China UnionPay' (as batch 25b and 27b cut them), an image caption "
 "('UnionPay decal on the door of a dining hall in Chiba, Japan') and citation markers ('[1]'-'[6]') cut; kept as "
 "written: 'the automatic teller machine (ATMs)', 'In 2015 the UnionPay', 'by PBOC governor Dai Xianglong, The "
 "Industrial and Commercial Bank of China ... served as its first members' (a comma where a sentence ends); cut "
 "after 'then-Chinese leader Jiang Zemin.', before 'UnionPay is considered its descendant, although attempts at "
 "unifying China's various credit card an', where the excerpt breaks off (`truncated`). Content to 2022 ('20 years "
 "ago' in the infobox): recorded 3.0. UnionPay, Dai Xianglong, Agricultural Bank of China, China Construction Bank, "
 "Golden Card, Jiang Zemin: 0 in train/dev/test; People's Bank of China (one dev file), Bank of China (two dev "
 "files), Industrial and Commercial Bank of China (one dev file), Visa, Mastercard: other files, other events.",
 "non-US", v3=True))

# ---- airlines ----------------------------------------------------------------------------------------------------
R.append(wp("wp-westjet", "WestJet", "https://en.wikipedia.org/wiki/WestJet_Airlines",
 "WestJet Airlines Ltd. is a Canadian low-cost carrier, that provides scheduled and charter air service to 91 "
 "destinations in Canada, the United States, Europe, Mexico, Central America and the Caribbean. Founded in 1996, it "
 "is currently the second-largest Canadian air carrier, behind Air Canada, operating an average of 425 flights and "
 "carrying over 45,000 passengers per day. In 2013, WestJet carried 18.5 million passengers, making it the "
 "ninth-largest airline in North America by passengers carried.\n\n"
 "WestJet is a public company with more than 10,000 employees, is non-unionized and is not part of any airline "
 "alliance. It operates three variants of the Boeing 737 Next Generation family, and has announced plans to acquire "
 "four Boeing 767-300ER aircraft. Its subsidiary WestJet Encore also operates the Bombardier Q400. The airline's "
 "headquarters is located adjacent to the Calgary International Airport.\n\n"
 "WestJet had passenger revenues of $3.4 billion (CAD) in 2012 and reported annual 2012 earnings of C$1.78 per share, "
 "a year-over-year increase of 68% compared with 2011 EPS.\n\n"
 "Founded by Clive Beddoe, David Neeleman, Mark Hill, Tim Morgan and Donald Bell, WestJet was based on the low-cost "
 "carrier business model pioneered by Southwest Airlines and Morris Air in the United States. Its original routes "
 "were all located in Western Canada, which gave the airline its name.",
 "airlines", ["leadership"],
 "The article as en.wikipedia.org renders it in the page store, an older revision reached at the redirect's "
 "address 'WestJet_Airlines' ('Redirected from WestJet Airlines'): 'From Wikipedia, the free encyclopedia', that "
 "redirect line, 'Jump to: navigation, search', the infobox lines (logo file name, founded, focus cities, "
 "frequent-flyer programme, fleet size, destinations, slogan, headquarters, key people 'Gregg Saretsky (CEO, "
 "President)' and 'Clive Beddoe, (Chairman of the Board of Directors, Co-Founder)', employees, website), the heading "
 "'1990s: First flights[edit]', an image caption ('Boeing 737-200') and citation markers ('[2]'-'[7]') cut; kept as "
 "written: 'a Canadian low-cost carrier, that provides', 'a public company with more than 10,000 employees, is "
 "non-unionized'; cut after 'which gave the airline its name.', before 'On February 19, 1996, the first WestJet "
 "flight (a Boeing 737-200', where the excerpt breaks off (`truncated`). Content to 2014 ('In 2013, WestJet "
 "carried'): recorded 3.0. WestJet, Beddoe, Neeleman, Morris Air, Encore, Q400: 0 in train/dev/test; Air Canada, "
 "Southwest Airlines, Boeing 737: other files, other events.", "non-US", v3=True))

# ---- streaming, games and online services ------------------------------------------------------------------------
R.append(wp("wp-hotstar", "Disney+ Hotstar", "https://www.hubbry.com/Hotstar",
 "Disney+ Hotstar (known as JioHotstar in India or Hotstar in Canada, UK, and Singapore) is an Indian subscription "
 "video-on-demand over-the-top streaming service owned by JioStar. The brand was introduced as Hotstar for a "
 "streaming service carrying content from Disney Star's (formerly Star India) local networks, including films, "
 "television series, live sports, and original programming, as well as featuring content licensed from third "
 "parties such as Showtime among others. Amid the significant growth of mobile broadband in India, Hotstar quickly "
 "became the dominant streaming service in the country.\n\n"
 "Following the acquisition of Star India's parent company 21st Century Fox by Disney in 2019, Hotstar was "
 "integrated into Disney's global streaming brand Disney+ as \"Disney+ Hotstar\" in April 2020. The co-branded "
 "service added Disney+ original programming, and films and television series from its main content brands of Walt "
 "Disney Studios, Pixar, Marvel Studios, Lucasfilm, and National Geographic alongside the domestic and third-party "
 "content already carried on the platform. The Indian version of Disney+ Hotstar in India was merged with JioCinema "
 "in February 2025 to form JioHotstar.\n\n"
 "Outside India, in Indonesia, Malaysia, and Thailand, Disney+ Hotstar is fully owned by Disney, where it similarly "
 "combines entertainment content licensed from local, third-party studios with the larger Disney+ library. Disney+ "
 "Hotstar in Indonesia, Malaysia, and Thailand became Disney+ on 9 October 2025 as part of the rebranding of Star "
 "into Hulu in the global market. In Singapore, Canada, and the United Kingdom, Hotstar operates as a streaming "
 "service targeting the Indian diaspora, focusing on Disney Star's domestic entertainment and sports content, and "
 "Disney+ operates as a standalone service in these markets.",
 "media (video streaming)", ["deal", "product"],
 "The article as hubbry.com reproduces it ('from Wikipedia', 'View on Wikipedia'): the site's community-hub lines "
 "('Recent from talks', 'Nothing was collected or created yet.'), the title line, 'Key Information' and the note and "
 "citation markers ('[a]', '[2]') cut; kept as written: 'The Indian version of Disney+ Hotstar in India', 'the "
 "rebranding of Star into Hulu'; cut after 'operates as a standalone service in these markets.', before 'Hotstar "
 "formerly operated in the United States as well, but it was closed in', where the excerpt breaks off "
 "(`truncated`). Content to October 2025: recorded 4.0. Doubtful: hubbry.com's terms were not found in the page "
 "store (as batch 27b's Swisscom). Hotstar, JioStar, JioCinema, Star India, Disney+, Showtime, Marvel Studios, "
 "National Geographic, Hulu: 0 in train/dev/test; 21st Century Fox (one dev file), Walt Disney, Pixar, Lucasfilm: "
 "other files, other events.", "non-US", copy_of="the Wikipedia article, reproduced on hubbry.com"))

R.append(wp("wp-riot-games", "Riot Games", "https://epicriot.com/epic-riot-games/",
 "Riot Games, Inc. is an American video game developer publisher, and esports tournament organizer based in West Los "
 "Angeles, California. The company was founded in September 2006 by University of Southern California roommates "
 "Brandon Beck and Marc Merrill, as they sought to create a company that continuously improves on an already "
 "released game, instead of commencing development on a new one. Riot Games was majority-acquired by Chinese "
 "corporation Tencent in February 2011 and fully acquired in December 2015. As of May 2018, Riot Games operates 24 "
 "offices around the world, in which it employs 2,500 staff members.\n\n"
 "Riot Games is best known for League of Legends, a multiplayer online battle arena game and the company’s flagship "
 "product. The game was first released in October 2009 and subsequently became the game with the highest active "
 "player count by 2013. Since 2011, Riot Games also operates various esports tournaments for the game, including the "
 "League of Legends World Championship, the Championship Series, the European Championship, and the Mid-Season "
 "Invitational.\n\n"
 "Riot Games’ founders, Brandon “Ryze” Beck and Marc “Tryndamere” Merrill, became friends while business students "
 "and roommates at the University of Southern California, where they bonded over video games. Beck and Merrill were "
 "frustrated because they felt game developers were not listening to fans. Developers, they believed, moved from "
 "game to game too quickly, leaving their passionate communities behind. During their time playing video games "
 "together, Beck and Merrill created an idea for a company that continually introduced new features to its games. "
 "Rather than follow the video game industry formula of releasing game after game, Beck and Merrill sought to create "
 "a company that was player-focused and made games that constantly evolved.",
 "games (video games)", ["deal", "leadership", "product"],
 "The article as a blog page on epicriot.com ('Epic / Riot Games') copies it: the page title, an image caption "
 "('The original Riot Games logo, used from 2006 to 2019') and citation markers ('[1]'-'[3]') cut; the rendering "
 "lost a comma and space at a link ('developerpublisher'): the space restored (whitespace only), the comma not, as "
 "batch 27b did with Spotify's; kept as written: the typographic apostrophes and quotation marks, the nicknames "
 "'“Ryze”' and '“Tryndamere”'; cut after 'made games that constantly evolved.', before 'They drew inspiration from "
 "Asian video', where the excerpt breaks off (`truncated`). Content to 2019 (the caption): recorded 3.0. Doubtful: "
 "a site's copy of the article; epicriot.com names no licence. Riot Games, League of Legends, Brandon Beck, Marc "
 "Merrill (as a person), University of Southern California: 0 in train/dev/test; Tencent: two dev and two test "
 "files by count and batch 27b's WeChat text (other events).", "US", v3=True,
 copy_of="the Wikipedia article, copied on epicriot.com"))

R.append(wp("wp-dropbox", "Dropbox (service)", "https://www.oldapps.com/timeline/company/dropbox_inc",
 "Dropbox is a file hosting service operated by Dropbox, Inc., that offers cloud storage, file synchronization, and "
 "client software. Dropbox allows users to create a special folder on each of their computers, which Dropbox then "
 "synchronizes so that it appears to be the same folder (with the same contents) regardless of which computer is "
 "used to view it. Files placed in this folder also are accessible through a website and mobile phone "
 "applications.\n\n"
 "Dropbox, Inc., was founded in 2007 by Drew Houston and Arash Ferdowsi, as a Y Combinator startup company.\n\n"
 "Dropbox provides client software for Microsoft Windows, Mac OS X, Linux, Android, iOS, BlackBerry OS and web "
 "browsers, as well as unofficial ports to Symbian, Windows Phone and MeeGo.\n\n"
 "According to Dropbox, founder Drew Houston conceived the idea after repeatedly forgetting his USB flash drive while "
 "he was a student at MIT. He says that existing services at the time \"suffered problems with Internet latency, "
 "large files, bugs, or just made me think too much.\" He began making something for his personal use, but then "
 "realized that it could benefit others with the same problems. Houston founded Dropbox, Inc. in June 2007, and "
 "shortly thereafter secured seed funding from Y Combinator. Dropbox officially launched at 2008's TechCrunch50, an "
 "annual technology conference.",
 "tech (file hosting)", ["leadership", "product"],
 "The article's lead as oldapps.com (a software-download site) reproduces it on its company timeline page: no "
 "furniture in the excerpt; its lines made paragraphs; kept as written: 'operated by Dropbox, Inc., that offers', "
 "'Dropbox, Inc., was founded', 'Houston founded Dropbox, Inc. in June 2007'; the excerpt ends at '... an annual "
 "technology conference.' (the lead only: `truncated`). Content to about 2012 (Mac OS X, BlackBerry OS, MeeGo, no "
 "later event): recorded 3.0. Doubtful: oldapps.com is not a Wikipedia mirror by name and its terms were not found "
 "in the page store; the text is the article's lead (as batch 27b's companiespool.com). Dropbox, Drew Houston (as a "
 "person), Ferdowsi, Y Combinator, Symbian, MeeGo: 0 in train/dev/test; TechCrunch (one test file by count), MIT, "
 "Windows, Linux, Android, iOS: other files, other events.", "US", v3=True,
 copy_of="the Wikipedia article's lead, reproduced on oldapps.com"))

R.append(wp("wp-salesforce", "Salesforce.com", "https://everipedia.org/wiki/Salesforce.com/",
 "Salesforce.com (stylized as salesƒorce) is an American cloud computing company headquartered in San Francisco, "
 "California.\n\n"
 "Though its revenue comes from a customer relationship management (CRM) product, Salesforce also capitalizes on "
 "commercial applications of social networking through acquisition. As of early 2016, it is one of the most highly "
 "valued American cloud computing companies with a market capitalization above $55 billion, although the company "
 "has never turned a GAAP profit in any fiscal year since its inception in 1999.\n\n"
 "It is listed on the New York Stock Exchange with the symbol CRM and is a constituent of the S&P 500 Index.\n\n"
 "The company was founded in 1999 by former Oracle executive Marc Benioff, Parker Harris, Dave Moellenhoff, and "
 "Frank Dominguez as a company specializing in software as a service (SaaS). Harris, Moellenhoff and Dominguez, "
 "three software developers previously at consulting firm Left Coast Software, were introduced to Benioff through "
 "friend and former Oracle colleague Bobby Yazdani. Harris and team wrote the initial sales automation software, "
 "which launched to its first customers in the fall of 1999.\n\n"
 "In June 2004 the company's initial public offering was listed on the New York Stock Exchange under the stock "
 "symbol CRM and raised US$110 million. Early investors include Larry Ellison, Halsey Minor, Stewart Henderson, Mark "
 "Iscaro, and Igor Sill of Geneva Venture Partners, as well as Nancy Pelosi.\n\n"
 "In October 2014, Salesforce announced the development of its Customer Success Platform to tie together "
 "Salesforce's services, including sales, service, marketing, analytics, community, and mobile apps.",
 "software (cloud)", ["leadership", "product"],
 "The article as everipedia.org (a site founded on a copy of English Wikipedia) holds it: the site's keyword lines "
 "('Salesforce.com wiki, Salesforce.com review, ...', '1,006 Salesforce.com designer, ...') and citation markers "
 "('[6]'-'[11]') cut, a leading space before two paragraphs removed (whitespace only); kept as written: 'Early "
 "investors include', 'the fall of 1999'; cut after '... community, and mobile apps.', before 'Salesforce.com's "
 "customer relationship management (CRM) serv', where the excerpt breaks off (`truncated`). Content to 2016 ('As of "
 "early 2016'): recorded 3.0. Doubtful: everipedia.org's own terms were not found in the page store. Salesforce, "
 "Benioff, Parker Harris, Moellenhoff, Dominguez, Left Coast Software, Yazdani, Halsey Minor, Geneva Venture "
 "Partners, Nancy Pelosi, Customer Success Platform: 0 in train/dev/test; Larry Ellison (one dev file), Oracle, the "
 "New York Stock Exchange: other files, other events.", "US", v3=True,
 copy_of="the Wikipedia article, via everipedia.org"))

R2 = []
# ---- part 2: telecoms and broadcasting outside North America -----------------------------------------------------
R2.append(wp("wp-smart-communications", "Smart Communications",
 "https://en.wikipedia.org/?oldid=568307739&title=Smart_Communications",
 "Smart Communications is a wholly owned mobile phone and Internet service subsidiary of the Philippine Long Distance "
 "Telephone Company (PLDT). On September 2012 the company reported that it has over 52.1 million cellular "
 "subscribers.\n\n"
 "Smart introduced the first wireless offerings, and also offers 3G, HSPA+, LTE services, wireless broadband "
 "services, and an SMS-based money remittance system.\n\n"
 "Anticipating the liberalization of the telecommunications industry in the Philippines in 1992, Smart (then named "
 "Smart Information Technology, Inc.) was organized in January 24, 1991 by a group of Filipino investors led by "
 "Orlando B. Vea and David T. Fernando.\n\n"
 "The Company obtained its congressional franchise in April 1992 and was granted a provisional authority to operate "
 "a mobile cellular service in May 1993. In December 1993, Smart commenced commercial operations of its cellular "
 "service.\n\n"
 "By then, Smart had drawn in partners. These were: First Pacific, a Hong Kong-based conglomerate through its "
 "Philippine flagship Metro Pacific Investments Corporation and Nippon Telegraph and Telephone of Japan (NTT).",
 "telecoms (mobile network)", ["leadership", "deal"],
 "The revision of 13 August 2013 (oldid 568307739) as en.wikipedia.org renders it in the page store by its "
 "permanent link: 'Jump to content', the title line, 'From Wikipedia, the free encyclopedia', the old-revision "
 "notice ('This is an old revision of this page, as edited by ...'), the infobox lines (legal name 'Smart "
 "Communications, Inc.', industry, founded, headquarters, key people 'Manuel V. Pangilinan, Chairman' and 'Napoleon "
 "L. Nazareno, President and CEO', products, revenue, parent, website), the heading 'History' and citation markers "
 "('[1]'-'[3]') cut; kept as written: 'On September 2012', 'it has over', 'was organized in January 24, 1991', 'The "
 "Company obtained'; cut after 'of Japan (NTT).', before 'In compliance with the government's telecommunications "
 "program, Smart established a local exchange service in the cities and provinces', where the excerpt breaks off "
 "(`truncated`). Revision of 2013: recorded 3.0. Smart Communications, PLDT, Philippine Long Distance, David T. "
 "Fernando, First Pacific, Metro Pacific, Nippon Telegraph: 0 in train/dev/test; NTT: one dev file (another event); "
 "'Orlando' and 'Vea' only as other names or inside other words.", "non-US", v3=True,
 copy_of="the Wikipedia article: its revision 568307739 of 13 August 2013, by its permanent link"))

R2.append(wp("wp-rtl-group", "RTL Group", "https://en.wikipedia.org/wiki/RTL_Group",
 "RTL Group S.A. (\"Radio Télévision Luxembourg\") is a Luxembourg-based international media conglomerate owned by "
 "the Mohn Family, with another corporate office in Cologne, Germany. The company operates 56 television channels and "
 "36 radio stations in Germany, France and other European countries. It also offers national streaming platforms, "
 "content productions and a range of digital services. Important segments of RTL Group are RTL Deutschland, Groupe "
 "M6 and Fremantle.\n\n"
 "The company in its present form was established by Bertelsmann, Groupe Bruxelles Lambert (GBL), and Pearson plc in "
 "2000. As of 2024 Bertelsmann, a conglomerate based in the German city of Gütersloh owns 76% of the shares in the "
 "company, after holding a stake of more than 90% in the past. RTL Group is one of a total of eight divisions of "
 "Bertelsmann: It is responsible for more than a third of its revenue and a large share of its operating profit.\n\n"
 "It is one of the founding members of the European Broadcasting Union.\n\n"
 "The roots of RTL Group date back to the 1920s.",
 "media (television and radio)", ["deal"],
 "The article as en.wikipedia.org renders it in the page store: the title line '= RTL Group =', the infobox lines "
 "(legal name, logo file, former names, type, traded as, predecessor, headquarters, area served, key people 'Martin "
 "Taylor (chairman)' and 'Thomas Rabe (Chief executive officer, CEO)', industry, products, parent 'Bertelsmann "
 "Capital Holding (76.28%)', divisions 'RTL Deutschland Groupe M6 (48.26%) Fremantle RTL Magyarország') and the "
 "headings '==History==' and '===Historical background===' cut; kept as written: 'a conglomerate based in the German "
 "city of Gütersloh owns' with no comma, 'It is responsible'; cut after 'date back to the 1920s.', before 'The "
 "company itself was established in 1931 as th', where the excerpt breaks off (`truncated`). Content to 2024 ('As of "
 "2024'): recorded 4.0. RTL Group, Mohn, Groupe M6, Fremantle, Bertelsmann, Groupe Bruxelles Lambert, Gütersloh, "
 "European Broadcasting Union: 0 in train/dev/test; 'RTL' nowhere as a word; Pearson: one train file (a person's "
 "name).", "non-US"))

R2.append(wp("wp-prosieben", "ProSieben",
 "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/ProSieben",
 "ProSieben is a German free-to-air television network. It was launched on 1 January 1989. It is Germany's "
 "second-largest privately owned television company. Although ProSieben produces some of its programming itself, it "
 "also airs many American imports. On 3 May 2012, the network launched a pay-TV channel called ProSieben Fun. A third "
 "channel called ProSieben Maxx started broadcasting on 3 September 2013.\n\n"
 "The three different feeds of the channel are: ProSieben (for Germany), ProSieben Austria (for Austria), and "
 "ProSieben Schweiz (for Switzerland). The main difference is that they have different advertisements and news for "
 "each target country.\n\n"
 "The channel uses an English slogan: \"We love to entertain you.\"\n\n"
 "ProSieben broadcasts from the Astra 1L and 3A satellites and is uplinked by MX1.\n\n"
 "On 13 October 1988, ProSieben Television GmbH was founded as a successor to Eureka TV. The founding partners were "
 "Gerhard Ackermans (51%) and Thomas Kirch (49%). Shortly after, Kirch took complete control of the channel.\n\n"
 "On 1 January 1989, ProSieben (known at the time as \"Pro 7\"), began broadcasting nine hours of programming a day "
 "from Munich. The CEO was Georg Kofler from South Tyrol. ProSieben had 70 employees at that time and claimed to "
 "reach 2.44 million viewers.",
 "media (television)", ["leadership", "product"],
 "The article as a Kiwix dump of English Wikipedia (wikipedia_en_all_nopic) served by Orange's Campus Africa mirror "
 "holds it: the pronunciation bracket after the first 'ProSieben' ('(German pronunciation: [...], sieben is German "
 "for seven)') cut with the space before it, as batch 27b cut Monzo's; the infobox lines (launched, owned by "
 "'ProSiebenSat.1 Media', picture format, audience share 'May 2018', slogan, broadcast area, headquarters, sister "
 "channels, cable and satellite channel numbers) and citation markers ('[1]'-'[3]') cut; kept as written: "
 "'ProSieben (known at the time as \"Pro 7\"), began'; cut after 'to reach 2.44 million viewers.', before 'The "
 "statio', where the excerpt breaks off (`truncated`). Content to 2018 (the infobox's audience share): recorded 3.0. "
 "Doubtful: the mirror's own terms were not found in the page store. ProSieben, Eureka TV, MX1, Ackermans, Thomas "
 "Kirch, Georg Kofler: 0 in train/dev/test; 'Kirch' only inside 'Kirchner' (one test file by count); Astra: other "
 "files, other things.", "non-US", v3=True,
 copy_of="the Wikipedia article, in a Kiwix dump served by kiwix.campusafrica.gos.orange.com"))


if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)

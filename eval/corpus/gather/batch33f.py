#!/usr/bin/env python3
"""Batch 33f (session 34; helper gather34f, round 6 of the services lane after batches 32b, 32i and 32l, and the lane
of batches 31b and 31i): English Wikipedia articles (CC BY-SA) on apps, online platforms and telecom services from
outside the US, with the companies that develop, run, own or bought them, told as news: a South African mobile
messenger, its developer, the division it grew from, its founder and its buyer (MXit, a 2012 snapshot); a Latvian
question-and-answer network, its five founders and its purchase by IAC (ASKfm); a London music-recognition app, its
developer's four founders and Apple's purchase (Shazam); a British supermarket's mobile network run as a joint venture
with O2 (Tesco Mobile); a rival supermarket's two mobile networks on BT Cellnet's and Vodafone's networks, both closed
(Mobile by Sainsbury's); a Spanish social network turned mobile brand of Telefonica, closed in Spain in 2022 (Tuenti); a Beijing travel
search company, Baidu's majority purchase and its buyer Ocean Management Holdings (Qunar).
Texts are the search tool's page-store excerpts (never a whole page), cut at a paragraph end before an excerpt breaks
off or a section the text does not need (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch33f.py [POOL_DIR] [--dry]   (default /tmp/gather34f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather34f/pool"

R = []
# ---- messaging, social and app services -----------------------------------------------------------------------------
R.append(wp("wp-mxit", "Mxit",
 "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/Mxit.html",
 "MXit (pronounced \"mix it\") is a free instant messaging application developed by MXit Lifestyle (Pty) Ltd. in "
 "South Africa that runs on multiple mobile and computing platforms. Along with its own standard protocol, it can "
 "connect to Yahoo, ICQ, Google Talk, Facebook, AIM, or Windows Live Messenger contacts as well.\n\n"
 "According to a 2011 study by consultancy World Wide Worx, MXit currently has about 10 million active subscribers, "
 "making it the largest mobile social network in Africa.\n\n"
 "MXit originates from Stellenbosch, a university town in South Africa. In 1997, Herman Heunis established Swist "
 "Group Technologies and focused primarily on the mobile telecommunications industry, developing software and "
 "providing system support to large Telco's. In 2000 Clockspeed Mobile, a research and development division of Swist "
 "Group Technologies, developed a Massive Multiplayer Mobile game named Alaya. The game was SMS based and was not "
 "successful due to the high cost of SMS since GPRS was still not widely implemented. In 2003 the game was "
 "reassessed and the MXit concept was conceived by Herman that same year, MXit has evolved to become a major IM "
 "player in the South African arena thereafter. In April 2004 Clockspeed Mobile became independent and on the 1 July "
 "2006 became MXit Lifestyle (Pty) Ltd. In January 2007, media giant Naspers acquired a 30% stake in the company for "
 "an undisclosed amount. In September 2011, MXit was acquired by South African investment group, World of Avatar.",
 "online services (mobile instant messaging application)", ["product", "deal", "leadership"],
 "A copy of the article in a January 2012 offline snapshot of English Wikipedia ('2012-wikipedia_en_all_nopic_01_2012') "
 "served at the-uncensored-wiki.com (batch 32l saw Renren's older revision there and did not take it; no earlier batch "
 "took a text from it): the infobox table lines (developer, initial release, stable release, development status, "
 "operating system, type, license, website) and the table-of-contents stub 'Contents |' cut, the citation markers "
 "'[1]', '[3]'-'[6]' cut and ' [2]' cut with the space before it ('Africa. [2]'); kept as written: 'MXit' (the "
 "2012 spelling; the current article says 'Mxit'), 'is a free instant messaging application developed by MXit "
 "Lifestyle (Pty) Ltd.' (present tense of 2012), 'Yahoo' and 'AIM' (as named), 'currently has about 10 million', "
 "'large Telco's', 'a Massive Multiplayer Mobile game named Alaya' (the current article says 'Arya'), 'SMS based', "
 "'conceived by Herman that same year, MXit has evolved' (comma splice), 'on the 1 July 2006', 'South African "
 "investment group, World of Avatar'; the three History facts run as one paragraph in the copy (no heading shown); cut "
 "after 'World of Avatar.', before the paragraph 'MXit allows users to send and receive one-on-one text and "
 "multimedia messages to and from other users, and in general chat roo', which the excerpt breaks off inside "
 "(`truncated`). Content to September 2011 in a January 2012 snapshot: recorded 3.0. Doubtful: the snapshot names no "
 "revision and its host's terms were not found in the page store. Other pages seen and not taken: the current "
 "en.wikipedia.org rendering (page 'Mxit': a lead with 'Lead by Alan Knott-Craig Jnr', the 2015 closure announcement "
 "and the donation to The Reach Trust, then a History paragraph the excerpt breaks off inside at 'Naspers acquired', "
 "before the World of Avatar purchase; the older copy keeps more relations), a user sandbox draft on en.m.wikipedia.org "
 "('User:T3rminatr/MXit', not the article), a grokipedia page, techzim, capetowndailyphoto, mobileindustryreview and "
 "articlefield pages.", "non-US", v3=True,
 copy_of="the Wikipedia article, in a January 2012 offline snapshot of English Wikipedia served at "
         "the-uncensored-wiki.com"))

R.append(wp("wp-ask-fm", "Ask.fm", "https://en.wikipedia.org/wiki/Ask.fm",
 "ASKfm (Ask.fm until ) was a Latvian question and answer network launched in June 2010 as a competitor to "
 "Formspring. After registration, the user filled out their profile and could ask questions (anonymously or openly), "
 "reply on their profile, create photo polls. Also from 2021, app users could communicate anonymously or openly in "
 "public chats or t\u00eate-\u00e0-t\u00eate in private chats. The platform had 300 million registered users as of "
 "November 2021.\n\n"
 "The site was founded in 2010 in Riga, Latvia. Its headquarters was moved to Dublin, Ireland following its 2014 "
 "acquisition by IAC (who also own Ask.com).\n\n"
 "ASKfm was officially shutdown following an announcement made by their administrators.\n\n"
 "The site was founded in Latvia by brothers Ilja (I\u013cja) and Mark Terebin (Marks Terebins), Oskars "
 "Liepi\u0146\u0161, Val\u0113rijs Vi\u0161\u0146akovs and Kl\u0101vs Sinka, and launched on , as a rival to "
 "Formspring.\n\n"
 "By 2013, ASKfm reached 65 million registered users and continued its growth by approx. 300,000 new users per-day."
 "\n\n"
 "By February 2015, the number of registered users had grown to 80 million. Over 30 million questions and answers "
 "were created every day.\n\n"
 "In 2016, ASKfm did a major rebranding, changed the logo, and made several interface improvements. Also, from then "
 "on users could change the color of the interface and add a background picture.",
 "online services (social question-and-answer network)", ["product", "deal", "leadership"],
 "The current en.wikipedia.org rendering in the '= Title =' format batches 31i-32l recorded: the title line '= Ask.fm "
 "=', the infobox lines (logo, company type, 'Traded As: Ask.fm Europe Limited', authors Ilja and Mark Terebin, "
 "location Riga, Latvia, area served, an archived URL of 29 November 2024, registration, current status 'Closed "
 "since', industry, language, advertising, website type, 215 million users, former name) and the heading '== History "
 "==' cut (the rendering shows no citation markers); kept as written: '(Ask.fm until )' and 'launched on ,' (the "
 "rendering drops the dates its templates hold), 'ASKfm' beside 'Ask.fm', 'could ask questions (anonymously or "
 "openly), reply on their profile, create photo polls' (no 'and'), 'Also from 2021', 'Its headquarters was moved', "
 "'IAC (who also own Ask.com)', 'was officially shutdown following an announcement made by their administrators' "
 "(no date, no owner named), the Latvian spellings in brackets, the founding told twice ('founded in 2010 in Riga' "
 "and 'founded in Latvia by brothers ...'), 'approx.', 'per-day'; cut after 'add a background picture.', before the "
 "paragraph 'In 2017, ASKfm reached 215 million registered users and remained the largest Q&A network in the world', "
 "which the excerpt breaks off inside (`truncated`; Noosphere, the later owner other pages name, is therefore not in "
 "the text). A current rendering (an archive link of November 2024, the site closed): recorded 4.0. Other pages seen "
 "and not taken: a University of Michigan class wiki's article on Ask.fm (si410wiki, not Wikipedia), arcticstartup, "
 "valuewalk, La Presse, TechCrunch and tvnet.lv news on IAC's purchase, Ask.com's own blog post.", "mixed"))

R.append(wp("wp-shazam-application", "Shazam (application)",
 "https://db0nus869y26v.cloudfront.net/en/Shazam_(application)",
 "Shazam is an application that can identify music based on a short sample played using the microphone on the "
 "device. It was created by the British company Shazam Entertainment, based in London, and has been owned by Apple "
 "Inc. since 2018. The software is available for Android, macOS, iOS, Wear OS, watchOS and as a Google Chrome "
 "extension.\n\n"
 "The original UK developer of the app, Shazam Entertainment Limited, was founded in 1999 by Chris Barton, Philip "
 "Inghelbrecht, Avery Wang, and Dhiraj Mukherjee. On 24 September 2018, the company was acquired by Apple for a "
 "reported $400 million.\n\n"
 "Shazam identifies songs using an audio fingerprint based on a time-frequency graph called a spectrogram. It uses a "
 "smartphone or computer's built-in microphone to gather a brief sample of audio being played. Shazam stores a "
 "catalogue of audio fingerprints in a database. The user tags a song for 10 seconds and the application creates an "
 "audio fingerprint. Shazam works by analyzing the captured sound and seeking a match based on an acoustic "
 "fingerprint in a database of millions of songs. If it finds a match, it sends information such as the artist, song "
 "title, and album back to the user. Some implementations of Shazam incorporate relevant links to services such as "
 "iTunes, Apple Music, Spotify, YouTube Music, or Groove Music.\n\n"
 "Shazam can identify music being played from any source, provided that the background noise level is not high "
 "enough to prevent an acoustic fingerprint being taken, and that the song is present in the software's database.",
 "online services (music recognition app)", ["product", "deal", "leadership"],
 "A copy of the article on the unlabelled CloudFront host db0nus869y26v.cloudfront.net that batches 31d, 31j and 32i "
 "used (page 'Shazam_(application)'; its infobox dates the first release '19 August 2002; 21 years ago', a rendering "
 "of 2023-2024): the infobox lines (original author, developer 'Apple Inc.', initial release, 'Operating system Edit "
 "this at Wikidata'), the image caption 'The target zone of a song was scanned by Shazam.[6]' between the second and "
 "third paragraphs and the citation markers ('[2]', '[3]', '[4][5]', '[7]', '[8]') cut; kept as written: 'the British "
 "company Shazam Entertainment' beside 'Shazam Entertainment Limited' and 'The original UK developer', 'the company "
 "was acquired by Apple' beside 'Apple Inc.', 'analyzing' beside 'catalogue', 'smartphone or computer's'; cut after "
 "'in the software's database.', before the paragraph 'The company released a paid app called Shazam Encore, that "
 "was later discontinued. In September 2012, the service was expanded to enable TV users in the US to identify "
 "featured music, access cast information, and ', which the excerpt breaks off inside (`truncated`). Rendered after "
 "June 2023: recorded 4.0. Doubtful: the host names no revision and its terms were not found in the page store. Apple's "
 "purchase of Shazam was read once in an earlier batch as a toscaData news item (ID2830341) and dropped, not used; "
 "no corpus text tells it. Other pages seen and not taken: a graphsearch.epfl.ch concept page holding an older form "
 "of the same lead (not a Wikipedia copy by its own lines), blekko.com's 2014 copy of 'Shazam (service)' (chief "
 "executive and executive chairman only in the infobox), NPR transcripts and news on the 2017 agreement.", "mixed",
 copy_of="the Wikipedia article, served by an unlabelled CloudFront host"))

# ---- telecom services ------------------------------------------------------------------------------------------------
R.append(wp("wp-tesco-mobile", "Tesco Mobile", "https://en.wikipedia.org/wiki/Tesco_Mobile",
 "Tesco Mobile Limited is a mobile virtual network operator (MVNO) in the United Kingdom, Ireland, Slovakia, and the "
 "Czech Republic. It is operated by British retailer Tesco, using the network O2 as its carrier except in Ireland, "
 "where the network operator is Three Ireland.\n\n"
 "Tesco Mobile was established in May 2003 and launched pre-paid mobile services in Tesco stores and online by the "
 "end of the year. In January 2014, the network in the United Kingdom started offering 4G service, for its pay "
 "monthly and SIM only customers at no extra cost, extending the service to pay as you go customers in July of that "
 "year.\n\n"
 "As of December 2017, the company was a 50:50 joint venture between Tesco (through its subsidiaries Tesco Mobile "
 "Communications Limited and Tesco Mobile Services Limited) and O2 UK.\n\n"
 "In 2023, Tesco Mobile was serving 5 million mobile customers and was the biggest virtual mobile network in the UK."
 "\n\n"
 "In January 2024, Tesco Mobile and Virgin Media O2 signed a ten-year renewal of their agreement.",
 "telecommunications (mobile virtual network operator)", ["product", "deal"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= Tesco Mobile =', the infobox "
 "lines (logo and caption 'Logo used since 14 August 2019', former name 'Tesco Mobile Communications Limited "
 "(June\u2013August 2003)', type 'Joint venture', foundation in Cheshunt, key people Jonathan Taylor (CEO) and Mark "
 "Bowden (CFO), area served, location Welwyn Garden City, industry, owner 'Tesco (50%), O2 UK (50%)', products) and "
 "the heading '==Overview==' cut (the rendering shows no citation markers); kept as written: 'using the network O2 as "
 "its carrier', 'launched pre-paid mobile services ... by the end of the year', '4G service, for its pay monthly and "
 "SIM only customers', 'in July of that year', 'As of December 2017, the company was a 50:50 joint venture' (past "
 "tense), 'the biggest virtual mobile network'; cut after 'a ten-year renewal of their agreement.', before the section "
 "'==Outside the United Kingdom==' and its '===Ireland===' paragraph (Tesco Ireland's joint venture with O2 Ireland, "
 "written 'O_{2}' in the rendering, and the defunct Cellular 3), where the excerpt ends (`truncated`; the section was "
 "left out so that the text holds no rendering artefacts and one country's story). The executives of the infobox are "
 "therefore not in the text. A current rendering (content to January 2024): recorded 4.0. Batch 31i found this page "
 "after its batch was full and left it (GATHERING.md, '## Batch 31i'); it is taken here. Other pages seen and not "
 "taken: republicworld, marketscreener, RCR Wireless, telecoms.com, commsupdate, Mobile World Live and voip.review news "
 "on the 2024 renewal and the 2013 Czech launch.", "non-US"))

R.append(wp("wp-mobile-by-sainsburys", "Mobile by Sainsbury's",
 "https://en.wikipedia.org/wiki/Mobile_by_Sainsbury%27s",
 "Mobile by Sainsbury's was a mobile virtual network operator (MVNO) in the UK, operated by Sainsbury's between July "
 "2013 and January 2016, using the Vodafone UK network.\n\n"
 "Sainsbury's operated an earlier mobile virtual network that was launched in 2001 but only lived until 2003. Their "
 "second iteration, Mobile by Sainsbury's, launched in July 2013, following similar launches by supermarket rivals "
 "Tesco and Asda. In October 2015, Sainsbury's announced that it would close the service on 15 January 2016.\n\n"
 "On 18 October 2000, Sainsbury's announced that they would be launching a new MVNO in the UK, called Sainsbury's "
 "One, which would be using the BT Cellnet network (which became O2 in 2002). It would offer the lowest prices in a "
 "'Rate and Compare' customer strategy. The service commenced on 2 January 2001. The 'One' brand name was later "
 "dropped.\n\n"
 "Sainsbury's Mobile ended up in a commercial failure. In autumn 2002, Sir Peter Davis admitted in a letter written to "
 "a complaining customer that the standard of service had not been of the standard expected. Near the end of its "
 "lifetime it only managed to gain 60,000 subscribers, and one of its partners, Mosaic Group Inc., became defunct. On "
 "18 July 2003, Sainsbury's announced that its mobile customers will be transferred to O2's tariffs, marking the end "
 "of Sainsbury's mobile virtual network. Two months later in September 2003, rival supermarket Tesco launched its "
 "Tesco Mobile network.",
 "telecommunications (mobile virtual network operator)", ["product", "deal"],
 "The current en.wikipedia.org rendering in the '= Title =' format (address 'Mobile_by_Sainsbury%27s'): the title line "
 "'= Mobile by Sainsbury's =', the infobox lines (logo, type 'Subsidiary of Sainsbury's', fate, foundation 1 July "
 "2013, defunct 15 January 2016, location, area served, industry, parent 'Sainsbury's', products, homepage) and the "
 "heading '==History==' cut (the rendering shows no citation markers); kept as written: 'Their second iteration', "
 "'Sainsbury's One' beside 'The 'One' brand name' and 'Sainsbury's Mobile', the single quotes around 'Rate and "
 "Compare' and 'One', 'Sir Peter Davis' (no post named), 'had not been of the standard expected', 'announced that its "
 "mobile customers will be transferred' (tense as written), 'Two months later in September 2003'; cut after 'Tesco "
 "Mobile network.', before the paragraph 'On 23 September 2008, it was reported that Sainsbury's was to launch a "
 "mobile network again. Three years later on 28 October 2011,', which the excerpt breaks off inside (`truncated`; the "
 "joint venture with Vodafone that news pages tell is therefore not in the text). A current rendering: recorded 4.0. "
 "The Wikinews train file on Sainsbury's first loss of 2004 (wn-sainsburys-posts-first-ever-loss-2004) is another "
 "subject (the group's results); Tesco Mobile, this batch's other supermarket network, is named here in one sentence "
 "as the rival's launch. Other pages seen and not taken: marketbusinessnews, silicon.co.uk, Engadget, choose.co.uk, "
 "Evening Standard, The Times and mobilenetworkcomparison news on the 2015 closure.", "non-US"))

R.append(wp("wp-tuenti", "Tuenti", "https://en.wikipedia.org/wiki/Tuenti",
 "Tuenti Technologies, S.L.U is a mobile virtual network operator (MVNO) that operates with the Tuenti brand owned by "
 "Telef\u00f3nica. It is a Spain-based tech company that focuses on providing a cloud-based services through its own "
 "application and its website to their customers.\n\n"
 "Originally, Tuenti was created in 2006 as a social networking service, becoming the most popular social network "
 "among young people in Spain between 2009 and 2012. With over 15 million registered users, Tuenti was referred to as "
 "the \"Spanish Facebook\".\n\n"
 "In Spain, Tuenti offered mobile telephone service. The mobile phone service in Spain was terminated on 1 June 2022. "
 "Contract customers were moved to O2 while prepaid customers were moved to Movistar.\n\n"
 "In Latin America, Tuenti ships its brand through Telef\u00f3nica branches in those countries. Tuenti offers free "
 "VoIP calls and instant messaging through its own messaging app.",
 "telecommunications (mobile virtual network operator, former social network)", ["product"],
 "The current en.wikipedia.org rendering in the '= Title =' format: the title line '= Tuenti =' and the infobox lines "
 "(logo, type, industry, founders Zaryn Dentzel, F\u00e9lix Ruiz Hern\u00e1ndez, Kenny Bentley, Adeyemi Ajao and "
 "Joaqu\u00edn Ayuso de P\u00e1ul, headquarters, area served, key people Pablo Ledesma, net income, owner "
 "'Telef\u00f3nica', employees) cut (no citation markers in this part); kept as written: 'Tuenti Technologies, S.L.U' "
 "(no final point), 'providing a cloud-based services', 'its website to their customers', 'Originally, Tuenti was "
 "created in 2006', 'Tuenti offered mobile telephone service' beside 'Tuenti offers free VoIP calls' (the rendering's "
 "tenses after the Spanish closure), 'ships its brand through Telef\u00f3nica branches'; cut after 'its own messaging "
 "app.', before the section '== Company history ==', whose first paragraph ('Tuenti was founded as a Social "
 "networking service in 2006 by a group of friends in Spain. Zaryn Dentzel, Felix Ruiz Hernandez, Kenny Bentley, "
 "Adeyemi Ajao and Joaqu\u00edn Ayuso de P\u00e1ul were the key people ... although it ') the excerpt breaks off inside "
 "(`truncated`; the founders and Telef\u00f3nica's 2010 purchase are therefore not in the text, which runs 140 words, a "
 "little under the 150 asked, as batch 31i's giffgaff (139) and batch 32b's Orkut (146)). A current rendering "
 "(content to June 2022): recorded 4.0. Batch 29b's Cabify text names 'one of the founders of Tuenti' (another "
 "subject). Other pages seen and not taken: an older en.wikipedia.org rendering of the same page ('Jump to: "
 "navigation, search' skin, about 2016: 'Tuenti is a mobile operator brand owned by Tuenti Technologies', a shorter "
 "lead before the history paragraph the excerpt breaks off inside), Spanish and English news on the 2010 purchase and the "
 "2022 closure (El Pa\u00eds, Mobile Europe, Mobile World Live, iberosphere, indonewyork).", "non-US"))


# ---- travel search -----------------------------------------------------------------------------------------------------
R.append(wp("wp-qunar", "Qunar", "https://www.knowpia.com/knowpedia/Qunar",
 "Qunar.com is a Chinese online travel agency headquartered in Beijing. Qunar (Chinese: 去哪儿; pinyin: Qù nǎ ér) "
 "means \"Where to go\" in Chinese.\n\n"
 "The website was founded in May 2005.\n\n"
 "In 2011, Baidu acquired a majority interest in the company for $306 million.\n\n"
 "In November 2013, the company listed its shares on the NASDAQ.\n\n"
 "In October 2015, Baidu sold its stake in the company to Trip.com Group (formerly Ctrip) for a stake in Trip.com "
 "Group.\n\n"
 "In February 2017, the website was acquired by Ocean Management Holdings Limited (远洋管理有限公司), and underwent "
 "privatisation by de-listing from NASDAQ.\n\n"
 "The complaint reached its highest point during the COVID-19 outbreak in China, when the Civil Aviation "
 "Administration of China (CAAC) issued a statement on its website on January 21, 2020, requiring airlines and travel "
 "agencies should handle their refund requests free of charge for passengers who have already purchased flight "
 "tickets to or from Wuhan, Hubei and wish to cancel their trip. Following the outbreak, many domestic airline and "
 "international airline cancelled their flights to/from or within China.",
 "online services (online travel agency and travel search)", ["product", "deal"],
 "A copy of the article on knowpia.com (page 'knowpedia/Qunar', a site rendering Wikipedia articles with a 'Summary' "
 "head and 'edit' links; no earlier batch took a text from it; its infobox dates the founding 'May 2005; 18 years ago', "
 "a 2023 rendering): the page lines 'Qunar' and 'Summary', the infobox lines (type of site 'Subsidiary', founded, "
 "headquarters, area served, owner 'Trip.com Group', founder Zhuang Chenchao with his name in Chinese, industry, "
 "services, URL), the headings 'History edit' and 'Customer Service during COVID-19 edit' and the citation markers "
 "('[1]' twice, '[2]'-'[5]') cut; kept as written: the Chinese characters and pinyin in brackets, 'The website was "
 "founded' beside 'the company', 'the NASDAQ' beside 'NASDAQ', 'Trip.com Group (formerly Ctrip)', 'for a stake in "
 "Trip.com Group', 'the website was acquired by Ocean Management Holdings Limited' with its Chinese name, "
 "'privatisation by de-listing', 'The complaint reached its highest point' (the section's first words, no complaint "
 "named before), 'requiring airlines and travel agencies should handle', 'many domestic airline and international "
 "airline cancelled their flights to/from or within China'; cut after 'within China.', before the paragraph 'Since "
 "January 21, the number of customer calls to Qunar has surged ... Most of the customers complaints focus on the topic "
 "of Qun', which the excerpt breaks off inside (`truncated`; the refund complaints on Sina's Black Cat site are "
 "therefore not in the text). Rendered after June 2023: recorded 4.0. Doubtful: knowpia names no revision and its "
 "terms were not found in the page store. Other pages seen and not taken: Skift, Week in China, TechNode, PhocusWire, "
 "China Business Review and Croatian (HINA) news on Baidu's stake, the Nasdaq listing and the 2015 share swap.",
 "non-US", copy_of="the Wikipedia article, shown at knowpia.com"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 28d (session 29, the fresh out-of-sample check; helper gather29d): deals and regulatory cases as events, part 2
of batch 27d's lane — English Wikipedia articles (CC BY-SA) whose subject is one deal, one company's change of owner
or one state case, outside the US for most, and a US Federal Register notice (public domain) — an eyewear merger with
its founder, ousted chief executive and new chief executive (EssilorLuxottica, 2018); a mobile operator's joint-
venture origins, renamings and a purchase (Vodafone India, Hutchison Max Telecom); an airline joint venture ended by a
merger, with an earlier bid denied approval (Vistara: Tata Sons and Singapore Airlines); a motorcycle joint venture,
its split and its parent (Hero MotoCorp, formerly Hero Honda); a state case against an oil company (Yukos, Bank
Menatep, the Russian government's tax claims); a financial group's break-up after a joint acquisition (Fortis, ABN
AMRO, BNP Paribas, the Dutch government, ASR Nederland); an airline's owners and founder (Cathay Dragon, Cathay
Pacific); an agreed acquisition under a Justice Department settlement (Amcor and Bemis, 2019); two takeovers of
European industrial companies by foreign buyers (Pechiney by Alcan, 2003; Pilkington by Nippon Sheet Glass, 2006); a
conglomerate's purchases, a failed bid, its demerger and its purchase (Hanson, HeidelbergCement); a bank's purchases,
services and its purchase by Santander (Abbey National).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch28d.py [POOL_DIR] [--dry]   (default /tmp/gather29d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp
from batch18e import rec as us_rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather29d/pool"
FR_COPY = "US Federal Register notice, copy on a third-party site (page store)"

R = []
# ---- eyewear: EssilorLuxottica ---------------------------------------------------------------------------------------
R.append(wp("wp-essilorluxottica", "EssilorLuxottica",
 "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/EssilorLuxottica",
 "EssilorLuxottica SA is an Italian-French vertically integrated multinational corporation based in Paris and founded "
 "on 1 October 2018 from the merger of the Italian Luxottica with the French Essilor. The eyewear-focused group "
 "designs, produces and markets ophthalmic lenses, optical equipment, prescription glasses and sunglasses.\n\n"
 "EssilorLuxottica's merger agreement was that Essilor would acquire Luxottica, but Luxottica's leadership would gain "
 "seats in leadership and on the board of directors, including Luxottica founder Leonardo Del Vecchio becoming "
 "executive chairman. After a public feud between the previous companies' leadership, Del Vecchio was able to win the "
 "backing of shareholders and ousted Essilor CEO Hubert Sagnières from the company, appointing his choice of Francesco "
 "Milleri as the new CEO.\n\n"
 "Upon the merger, the company became the largest player in the eyewear industry, with Essilor contributing numerous "
 "proprietary lens technologies as well as the brands Foster Grant and Costa Del Mar.",
 "retail/consumer goods", ["deal", "leadership"],
 "The article as a Kiwix copy (encyclopedia.datana.cloud, wikipedia_en_all_mini_2024-04, the 'mini' dump that holds "
 "the lead section) holds it: the title line and the infobox table (company type, traded as, ISIN, industry, "
 "predecessor, founded, headquarters, key people 'Francesco Milleri (Chairman and Chief Executive Officer)', products, "
 "brands, revenue, income, assets, equity, employees, subsidiaries, website) cut; kept as written: 'merger agreement "
 "was that Essilor would acquire Luxottica', 'gain seats in leadership'; cut after 'Foster Grant and Costa Del Mar.', "
 "before 'For its part, Luxottica gave the company ownership over numerous eyewear brands including Ray-Ban, ...', "
 "whose list the excerpt breaks off inside ('Pe', `truncated`). The 2024-04 dump: recorded 4.0. EssilorLuxottica, "
 "Essilor, Luxottica, Del Vecchio, Sagnières, Milleri, Foster Grant: 0 in train/dev/test.", "non-US"))

# ---- telecoms: Vodafone India -----------------------------------------------------------------------------------------
R.append(wp("wp-vodafone-india", "Vodafone India", "https://en.wikipedia.org/wiki/Vodafone_India",
 "Vodafone India was the Indian subsidiary of United Kingdom-based Vodafone Group and was a provider of "
 "telecommunications services in India with its operational head office in Mumbai.\n\n"
 "As of March 2018, Vodafone India had a market share of 21%, and with its merger with Idea, the collective Vodafone "
 "Idea network has approximately 375 million subscribers and is the third largest mobile telecommunications network in "
 "India.\n\n"
 "Hutchison Max Telecom (HMTL), a joint venture between Hutchison Whampoa and the Max Group, was established on 21 "
 "February 1992. The licence to operate in Bombay circle was awarded to Hutchison Max by the Department of "
 "Telecommunications (DoT) in November 1994. The mobile service branded \"Max Touch\" was launched the same year. "
 "Hutchison Max entered into the Delhi telecom circle in December 1999, the Kolkata circle in July 2000 and the "
 "Gujarat circle in September 2000. Licences for these circles had initially been awarded by the DoT in 1994, 1997 and "
 "1995 respectively. Between 1992 and 2006, Hutchison acquired interests in all 23 mobile telecom circles of India.\n\n"
 "HMTL was renamed Hutchison Essar (HEL) in August 2005. Following the 2004 initial public offering of Hutchison "
 "Telecommunications International (HTIL), the group expanded its footprint to 16 of India's 23 licence areas, further "
 "solidified by the acquisition of BPL Mobile.",
 "telecoms", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Vodafone India =' title line): the infobox lines "
 "(former names 'Hutchison Max Telecom Limited (1992-2005), Hutchison Essar Limited (2005-2007), Vodafone Essar "
 "Limited (2007-2011)', type, fate 'Merged with Idea Cellular into Vodafone Idea', successor, area served, "
 "headquarters, industry, services, founder, defunct, owner 'Vodafone (100%)', parent, subsidiary) and the heading "
 "'==History==' cut; kept as written: 'Bombay circle', 'prevailed', 'the group expanded its footprint'; cut after "
 "'the acquisition of BPL Mobile.', before 'By focusing on high-ARPU (Average Revenue', where the excerpt breaks off "
 "(`truncated`; the kept text does not reach Vodafone's 2007 purchase, which the infobox's former names implied). "
 "Content to 2018 and later: recorded 4.0. Vodafone India, Hutchison Max, Hutchison Essar, BPL Mobile, Max Touch: 0 "
 "in train/dev/test; Hutchison Whampoa and 'Max Group': one test file each by count (not opened; no test file names "
 "Hutchison Max or Hutchison Essar); Vodafone: train/dev files on other events (Mannesmann, O2, Vittorio Colao).",
 "non-US"))

# ---- airlines: Vistara -------------------------------------------------------------------------------------------------
R.append(wp("wp-vistara", "Vistara", "https://en.wikipedia.org/wiki/Vistara",
 "Tata SIA Airlines Limited, doing business as Vistara, was a full-service Indian airline based in Gurgaon, with its "
 "hub at Indira Gandhi International Airport. A joint venture between Tata Sons (51 percent) and Singapore Airlines "
 "(49 percent), the carrier began operations on 9 January 2015 with its inaugural flight between Delhi and Mumbai. As "
 "of September 2024, it held a 10 percent share of the domestic airline market, making it the third largest domestic "
 "carrier behind IndiGo and Air India. The airline served 50 destinations using a fleet that included the Airbus "
 "A320neo, Airbus A321neo and Boeing 787-9 aircraft. Vistara ceased operations on 12 November 2024 following its "
 "merger with the national flag carrier, Air India.\n\n"
 "The airline was founded in 2013 as a joint venture between India's conglomerate Tata Sons and Singapore's Singapore "
 "Airlines (SIA). The two organisations had made a bid in the mid-1990s to launch a full-service carrier in India that "
 "eventually prevailed as unsuccessful after being denied regulatory approval by the Indian government. In 2012, with "
 "India easing up foreign direct investment regulations for aviation—allowing up to 49% overseas ownership—Tata and "
 "SIA yet again embarked on floating a joint venture airline company in India.",
 "airlines", ["deal", "regulatory", "near-miss"],
 "The article as en.wikipedia.org renders it in the page store ('= Vistara =' title line): the infobox lines (airline, "
 "logo, destinations, IATA, ICAO, callsign, parent 'Tata Sons (51%)', commenced, ceased, headquarters, key people "
 "'Bhaskar Bhat (Chairman), Vinod Kannan (Chief executive officer, CEO)', revenue, hubs, frequent flyer, profit, "
 "employees) and the headings '==History==' and '===Foundation and early years===' cut; kept as written: 'eventually "
 "prevailed as unsuccessful', 'India easing up', the dashes around the ownership clause; cut after 'a joint venture "
 "airline company in India.', before 'The joint venture, Tata SIA Airlines Limited (TSAL), was envisaged as a premium "
 "full-service carrier ... market domina', where the excerpt breaks off (`truncated`). Content to November 2024: "
 "recorded 4.0. Near-miss inside: the mid-1990s bid denied regulatory approval; the 2024 merger with Air India is told "
 "with no buyer. Vistara, Tata SIA: 0 in train/dev/test; Tata Sons: one train/dev file (N. Chandrasekaran's biography, "
 "another subject); Singapore Airlines and Air India: Wikinews files on other events; IndiGo: one test file by count "
 "(not opened).", "non-US"))

# ---- motorcycles: Hero MotoCorp ---------------------------------------------------------------------------------------
R.append(wp("wp-hero-motocorp", "Hero MotoCorp", "https://en.m.wikipedia.org/wiki/Hero_MotoCorp",
 "Hero Motocorp Ltd., formerly Hero Honda, is an Indian motorcycle and scooter manufacturer based in New Delhi, India. "
 "The company is the largest two-wheeler manufacturer in the world, and also in India, where it has a market share of "
 "about 46% in the two-wheeler category. The 2006 Forbes list of the 200 World's Most Respected Companies has Hero "
 "Honda Motors ranked at #108. On 31 March 2013, the market capitalisation of the company was 308 billion (US$4.3 "
 "billion).\n\n"
 "Hero Honda started its operations in 1984 as a joint venture between Hero Cycles (sometimes called Hero Group, not to "
 "be confused with the Hero Group food company of Switzerland) of India and Honda of Japan. In 2010, when Honda "
 "decided to move out of the joint venture, Hero Group bought the shares held by Honda, and focused on its entirely "
 "owned subsidiary, Honda Motorcycle and Scooter India (HMSI).\n\n"
 "In June 2012, Hero MotoCorp approved a proposal to merge the investment arm of its parent Hero Investment Pvt. Ltd. "
 "with the automaker. This decision came 18 months after its split from Hero Honda.\n\n"
 "\"Hero\" is the brand name used by the Munjal brothers for their flagship company, Hero Cycles Ltd. A joint venture "
 "between the Hero Group and Honda Motor Company was established in 1984 as the Hero Honda Motors Limited at "
 "Dharuhera, India.",
 "autos", ["deal"],
 "The article as the mobile site en.m.wikipedia.org renders it in the page store: the infobox lines (name, traded as, "
 "ISIN 'Edit this on Wikidata', founded '19 January 1984; 36 years ago', founder, headquarters, key people, products, "
 "production output, revenue, income, assets, equity, employees, website) and citation markers cut; kept as written: "
 "'Hero Motocorp Ltd.' beside 'Hero MotoCorp', '308 billion' (the rendering lost the currency sign), 'its split from "
 "Hero Honda', 'focused on its entirely owned subsidiary' (whose subsidiary the sentence leaves open); a single line "
 "break between the second and third paragraphs made a paragraph break; cut after 'at Dharuhera, India.', before "
 "'Munjal family and Honda group both owned 26', where the excerpt breaks off (`truncated`). Content to 2020 (the "
 "infobox's '36 years ago' and 2019 figures): recorded 3.0. Hero MotoCorp, Hero Honda, Hero Cycles, HMSI, Dharuhera: 0 "
 "in train/dev/test; Honda: other events only (a train/dev Wikinews file on MG Rover, two test files by count).",
 "non-US", v3=True, copy_of="the Wikipedia article, as the mobile site renders it"))

# ---- oil and a state case: Yukos --------------------------------------------------------------------------------------
R.append(wp("wp-yukos", "Yukos",
 "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Yukos_Oil.html",
 "OJSC \"Yukos Oil Company\" was an oil and gas company based in Moscow, Russia. Yukos was acquired from the Russian "
 "government by Russian oligarch Mikhail Khodorkovsky's Bank Menatep during the controversial \"loans for shares\" "
 "auctions of the mid 1990s. Between 1996 and 2003 Yukos became one of the biggest and most successful Russian "
 "companies, producing 20% of Russia's oil output, as much as Libya or Iraq, and Khodorkovsky became an advocate of "
 "democratization, international co-operation and Russian reform. In October 2003 Khodorkovsky—by then the richest man "
 "in Russia and 16th richest man in the world—was arrested, and the company was forcibly broken up for alleged unpaid "
 "taxes shortly after and declared bankrupt in August 2006. Courts in several countries later ruled that the real "
 "intent was to destroy Yukos and obtain its assets for the government, and act politically against Khodorkovsky. In "
 "2014 the largest arbitration award in history, $50 billion (€37,2 billion), was won by Yukos' former owners against "
 "Russia.\n\n"
 "From 2003-04 onwards, the Russian government presented Yukos with a series of tax claims totaling US$27 billion "
 "(€20,1 billion). As the government froze Yukos' assets at the same time, and alternative attempts to settle by Yukos "
 "were refused, the company was unable to pay these tax demands. Between 2004 and 2007, most of Yukos's assets were "
 "seized and transferred for a fraction of their value to state-owned oil companies.",
 "energy", ["regulatory", "deal"],
 "The article as a Kiwix copy (the-uncensored-wiki.com, wikipedia_en_all_2016-02) holds it: the title line, the "
 "infobox lines (native name, industry, fate, founded, defunct, headquarters, key people) and the bracket after the "
 "name with the Russian name and pronunciation ('(Russian: ОАО Нефтяна́я Компа́ния Ю́КОС, IPA: [ˈjukəs])') and citation "
 "markers cut; kept as written: '€37,2 billion', '€20,1 billion' with their commas, 'From 2003-04 onwards', 'Yukos' "
 "assets' beside 'Yukos's assets', the em dashes; cut after 'to state-owned oil companies.', before 'The Parliamentary "
 "Assembly of the Council of Europe condemned Russia's campaign against Yukos and its owners as manufactured fo', where "
 "the excerpt breaks off (`truncated`). The 2016-02 dump: recorded 3.0. A state case rather than a deal: tax claims, "
 "an asset freeze, the break-up and an arbitration award; the one purchase is Bank Menatep's. Yukos, Khodorkovsky, "
 "Menatep, Rosneft: 0 in train/dev/test.", "non-US", v3=True))

# ---- banking and insurance: Fortis ------------------------------------------------------------------------------------
R.append(wp("wp-fortis", "Fortis (finance)",
 "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Fortis_(finance).html",
 "Fortis N.V./S.A. was a Belgian financial company active in insurance, banking and investment management. In 2007 it "
 "was the 20th largest business in the world by revenue but after encountering severe problems in the financial crisis "
 "of 2008, most of the company was sold in parts, with only insurance activities remaining.\n\n"
 "The Benelux countries were Fortis's home base and its strength. Fortis's banking operations included network "
 "(retail), commercial, and merchant banking; its insurance products included life, health, and property/casualty "
 "lines. Products were sold through independent agents, brokers and financial planners, and through branches of Fortis "
 "Bank. It was listed on the Euronext Brussels, Euronext Amsterdam, and Luxembourg stock exchanges.\n\n"
 "The company was broken up after having critical difficulty financing its part of a joint acquisition of ABN AMRO (as "
 "a member of a consortium which also included Royal Bank of Scotland Group and Banco Santander). After receiving a "
 "bailout from the Benelux governments, its Belgian banking operations were sold to BNP Paribas, while its insurance "
 "and banking subsidiaries in the Netherlands were nationalised by the Dutch government and renamed ABN AMRO. The "
 "Dutch insurance arm of Fortis was split off as ASR Nederland.",
 "banking and finance", ["deal", "regulatory"],
 "The article as a Kiwix copy (the-uncensored-wiki.com, wikipedia_en_all_novid_2017-08) holds it: the title line, the "
 "infobox lines (names 'Fortis N.V./S.A. (Belgium)' and 'Fortis N.V. (Netherlands)', legal form, industry, fate "
 "'Non-insurance activities sold, remaining operations renamed Ageas', successors, founded, defunct, headquarters, "
 "products, website) and citation markers cut; kept as written: 'Fortis's', 'property/casualty lines'; cut after 'split "
 "off as ASR Nederland.', before 'Fortis retained the rest of its insurance operations ... and changed its name to "
 "Ageas in April 2010, with ownership of the Fo', where the excerpt breaks off (`truncated`). The 2017-08 dump: "
 "recorded 3.0. A break-up with state rescues (a bailout, a nationalisation) after a consortium's purchase. Fortis, "
 "Ageas, ASR Nederland: 0 in train/dev/test; ABN AMRO: one train/dev Wikinews file (LyondellBasell's bankruptcy, "
 "another event); BNP Paribas: one train/dev file (a central-bank appointment) and one test file by count, neither "
 "naming Fortis; Banco Santander and the Royal Bank of Scotland: files on other events.", "non-US", v3=True))

# ---- airlines: Cathay Dragon -------------------------------------------------------------------------------------------
R.append(wp("wp-cathay-dragon", "Cathay Dragon", "https://en.wikipedia.org/wiki/Cathay_Dragon",
 "Hong Kong Dragon Airlines Limited, originally known as Dragonair until 2016 and finally Cathay Dragon until 2020, was "
 "a Hong Kong-based international regional airline, with its corporate headquarters and main hub at Hong Kong "
 "International Airport. In the final year before it ceased flying, the airline operated a scheduled passenger network "
 "to around 50 destinations in 14 countries and territories across Asia. Additionally, the airline had three "
 "codeshares on routes served by partner airlines. It had an all-Airbus fleet of 35 aircraft, consisting of A320s, "
 "A321s and A330s.\n\n"
 "Cathay Dragon was a wholly owned subsidiary of Cathay Pacific, and was an affiliate member of the Oneworld airline "
 "alliance. The airline was founded on 24 May 1985, by Chao Kuang Piu, who was most recently the airline's honorary "
 "chairman. Its maiden flight departed Hong Kong for Kota Kinabalu, Sabah, Malaysia, after being granted an air "
 "operator's certificate (AOC) by the Hong Kong Government in July 1985. In 2010, Dragonair, together with its parent, "
 "Cathay Pacific, operated over 138,000 flights, carried nearly 27 million passengers and over 1.80 billion kg (4.0 "
 "billion pounds) of cargo and mail.\n\n"
 "The airline was established in Hong Kong on 24 May 1985, on the initiative of Chao Kuang Piu as a subsidiary of Hong "
 "Kong Macau International Investment Co.",
 "airlines", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Cathay Dragon =' title line): the infobox lines "
 "(airline, logo, IATA, ICAO, callsign, founded, commenced, ceased, headquarters, hubs, frequent flyer, parent 'Cathay "
 "Pacific'), the headings '==History==' and '===Early beginnings===' cut; two empty brackets '()' after the names, left "
 "where the rendering lost the Chinese names, cut with the space before each (no word removed); kept as written: "
 "'all-Airbus fleet', 'A320s, A321s and A330s', '(4.0 billion pounds)'; cut after 'Hong Kong Macau International "
 "Investment Co.', before 'It started operations in July 1985 with a Boeing 737-200 service from Kai Tak Airport to "
 "Kota Kinabalu International Airport in Malaysia', where the excerpt breaks off without a full stop (`truncated`). "
 "Recorded 4.0: the store's en.wikipedia.org renderings in this '= Title =' form are recent (batches 26c, 26e, 27d). "
 "Owners, a founder and a change of parent: the 2006 purchase by Cathay Pacific lies after the excerpt. Cathay Dragon, "
 "Dragonair, Chao Kuang Piu, Hong Kong Macau International Investment: 0 in train/dev/test; Cathay Pacific: two "
 "train/dev Wikinews files on other events (a Qantas freight cartel, a China Eastern bid).", "non-US"))

# ---- packaging: Amcor and Bemis (Federal Register, June 2019) -----------------------------------------------------------
R.append(us_rec("us-doj-federal-register-amcor-bemis-proposed-final-judgment-2019",
 "https://thefederalregister.org/2019-06-26/2019-13531",
 "2019-06-26", "United States v. Amcor Limited and Bemis Company, Inc.; Proposed Final Judgment and Competitive Impact Statement",
 "U.S. Department of Justice, Antitrust Division, Federal Register notice (84 FR 30223, FR Doc. 2019-13531)",
 "Notice is hereby given pursuant to the Antitrust Procedures and Penalties Act, 15 U.S.C. Sec.  16(b)-(h), that a "
 "proposed Final Judgment, Stipulation, and Competitive Impact Statement have been filed with the United States "
 "District Court for the District of Columbia in United States v. Amcor Limited and Bemis Company, Inc., Civil Action "
 "No. 1:19-cv-01592-TNM. On May 30, 2019, the United States filed a Complaint alleging that Amcor Limited's proposed "
 "acquisition of Bemis Company, Inc. would violate Section 7 of the Clayton Act, 15 U.S.C. 18. The proposed Final "
 "Judgment, filed at the same time as the Complaint, requires Amcor to divest medical flexible packaging assets, "
 "including facilities in Ashland, Massachusetts; Milwaukee, Wisconsin; and Madison, Wisconsin, along with certain "
 "tangible and intangible assets.\n\n"
 "Copies of the Complaint, proposed Final Judgment, and Competitive Impact Statement are available for inspection on "
 "the Antitrust Division's website at http://www.justice.gov/atr and at the Office of the Clerk of the United States "
 "District Court for the District of Columbia. Copies of these materials may be obtained from the Antitrust Division "
 "upon request and payment of the copying fee set by Department of Justice regulations.\n\n"
 "Public comment is invited within 60 days of the date of this notice.",
 "packaging", "deal,regulatory",
 "The Antitrust Division's notice in the Federal Register of 26 June 2019 (84 FR 30223, FR Doc. 2019-13531, kept as "
 "`published`) as thefederalregister.org reproduces the GPO text: the host's heading line, the issue lines ('Federal "
 "Register, Volume 84 Issue 123 (Wednesday, June 26, 2019)', '[Notices]', '[Pages 30223-30234]', 'From the Federal "
 "Register Online', '[FR Doc No: 2019-13531]'), the page marker '[[Page 30223]]', the rule line, 'DEPARTMENT OF "
 "JUSTICE' and 'Antitrust Division' and the notice's title (kept as title) left out; whitespace only: the printed line "
 "breaks inside sentences joined with single spaces (the GPO's double space in 'Sec.  16(b)-(h)' kept); cut after "
 "'within 60 days of the date of this notice.', before 'Such comments, incl', where the excerpt breaks off "
 "(`truncated`). One text per event: news and law-firm copies left out. An agreed acquisition under a settlement "
 "(`acquired` only; the buyer is Australian, the text does not say so: region US as the publisher's). Amcor, Bemis: 0 "
 "in train/dev/test.", FR_COPY))

# ---- aluminium: Pechiney -----------------------------------------------------------------------------------------------
R.append(wp("wp-pechiney", "Pechiney", "http://the-uncensored-wiki.com:20072/p/e/c/Pechiney.html",
 "Pechiney SA was a major aluminum conglomerate based in France until it was acquired in 2003 by the Alcan corporation "
 "headquartered in Canada.\n\n"
 "Prior to its acquisition, Pechiney grew to be the world's 4th largest producer and developer of aluminum products, "
 "employing 34,000 people and operating 320 manufacturing and sales facilities in 50 countries at the time it was "
 "purchased by Alcan.\n\n"
 "The group operated in all facets of the aluminum industry from bauxite mining to the development of sophisticated "
 "applications of metal products in addition to international commodities trading and brokerage of the metal on the "
 "London Metal Exchange (LME).\n\n"
 "Pechiney gained world-wide recognition for its use of electrolysis technology, and was a leader in specialty "
 "packaging and aerospace applications.\n\n"
 "The company was originally founded in 1855 by Henri Merle as a producer of caustic soda at a manufacturing facility "
 "in Salindres. The original name of the business was Compagnie des Produits Chimiques Henri Merle, afterwhat it "
 "turned to Péchiney SA, to become in 1897 the Société des Produits Chimiques d'Alais et de la Camargue. The company "
 "first began producing aluminum metal in 1860 using a chemically-based process developed by Henri Sainte-Claire "
 "Deville in 1854 and was granted a 30 year monopoly by the French government. The corporate name was changed to "
 "Pechiney in 1948, after a former influential managing director referred to by the same name, A. R. Pechiney.",
 "metals and mining", ["deal"],
 "The article as an old Wikipedia dump on the-uncensored-wiki.com (a 2007 static HTML dump, 'p/e/c/Pechiney.html') "
 "holds it: the title line, 'From Wikipedia, the free encyclopedia', the citation marker '[1]' and the heading '[edit] "
 "History' cut (a paragraph break in its place); kept as written: 'aluminum', 'afterwhat it turned to Péchiney SA', "
 "'a 30 year monopoly', 'A. R. Pechiney'; the excerpt ends at 'A. R. Pechiney.', a full sentence, with the page going "
 "on (`truncated`). A 2007 text: recorded 3.0 (doubtful: no revision id; the text predates Wikipedia's 2009 move to "
 "CC BY-SA, which relicensed it). Pechiney, Salindres, Henri Merle: 0 in train/dev/test; Alcan: the dev file "
 "wp-rio-tinto-alcan (batch 27d: Alcan's spin-off from Alcoa and its purchase by Rio Tinto, another event; that text "
 "names no Pechiney) and a train/dev Wikinews file.", "non-US", v3=True,
 copy_of="the Wikipedia article, in a static dump on another site"))

# ---- glass: Pilkington -------------------------------------------------------------------------------------------------
R.append(wp("wp-pilkington", "Pilkington", "http://the-uncensored-wiki.com:20072/p/i/l/Pilkington.html",
 "Pilkington plc is the largest glass manufacturer in the United Kingdom. It is based in St Helens, Merseyside. It was "
 "formerly an independent company listed on the London Stock Exchange and for a time was a constituent of the FTSE 100 "
 "Index, but in 2006 it was taken over by Nippon Sheet Glass of Japan.\n\n"
 "The company was founded in 1826 as a family-run business in St Helens, Lancashire. Initially, the firm's name was "
 "Pilkington Brothers, but in 1894, the company Pilkington Brothers Limited was formed. The company was floated on the "
 "public stock market in 1970. It was for many years the biggest employer in the northwest industrial town. The "
 "distinctive blue-glass head office tower-block still dominates the town's skyline.\n\n"
 "Pilkington has turnover of £2.7 billion, with manufacturing operations on five continents, and sales in more than a "
 "hundred countries.\n\n"
 "In 1957 Pilkington invented the Float Process, a revolutionary method of high quality flat glass production by "
 "floating molten glass over a bath of molten tin, avoiding the costly need to grind and polish plate glass to make it "
 "clear. Pilkington then allowed the Float Process to be used under licence by numerous manufacturers around the "
 "world. More recently it devised a self-cleaning coated float glass product, called Activ™, on which organic dirt is "
 "broken down by daylight and is then washed away by rain.\n\n"
 "During the 1960s and 1970s, Pilkington used the flow of Float royalties to invest in float glass plants in several "
 "countries; also to acquire major existing glass producers in USA, Germany and elsewhere.\n\n"
 "In late 2005 the company received a takeover bid from the smaller Japanese company Nippon Sheet Glass.",
 "manufacturing", ["deal"],
 "The article as an old Wikipedia dump on the-uncensored-wiki.com (a 2007 static HTML dump, 'p/i/l/Pilkington.html') "
 "holds it: the title line and 'From Wikipedia, the free encyclopedia' cut; kept as written: 'Activ™' with its mark, "
 "'tower-block', 'in USA'; cut after 'the smaller Japanese company Nippon Sheet Glass.', before 'The initial bid and the "
 "first revised bid were not accepted, but on 16th February 2006 Nippon increased its offer ... accepted by "
 "Pilkington's major instituti', where the excerpt breaks off (`truncated`). A 2006-2007 text: recorded 3.0 (doubtful "
 "as for wp-pechiney). Pilkington, Nippon Sheet Glass, St Helens: 0 in train/dev/test.", "non-US", v3=True,
 copy_of="the Wikipedia article, in a static dump on another site"))

# ---- building materials: Hanson (Heidelberg Materials UK) ---------------------------------------------------------------
R.append(wp("wp-heidelberg-materials-uk", "Heidelberg Materials UK", "https://wikimili.com/en/Heidelberg_Materials_UK",
 "Heidelberg Materials UK is a British-based building materials company, headquartered in Maidenhead. Previously known "
 "as Hanson UK, the company has been a subsidiary of the German company HeidelbergCement since August 2007, and was "
 "formerly listed on the London Stock Exchange and a constituent of the FTSE 100 Index.\n\n"
 "Originally trading as Wiles Group; the company was transformed into Hanson Trust Ltd by James Hanson and Gordon White "
 "in 1964. Over a thirty year period, Hanson pursued a principal strategy of raising shareholder value through a series "
 "of acquisitions. Several large businesses were purchased throughout the 1980s, such as the United Drapery Stores in "
 "1983, Imperial Tobacco in 1986 and Kidde in 1987. Some of these acquisitions drew criticism and opposition. During "
 "1991, Hanson Plc attempted its largest-yet acquisition of Imperial Chemical Industries (ICI), but this was hotly "
 "contested and ultimately unsuccessful.\n\n"
 "By the start of the 1990s, Hanson Plc had become a sizable conglomerate and one of the largest firms based in "
 "Britain. However, amid negative perceptions of the conglomerate model, the company was reorganised into four "
 "separate listed firms during the mid 1990s, these being: Hanson plc, Imperial Tobacco, The Energy Group and "
 "Millennium Chemicals. In 2007, HeidelbergCement purchased Hanson Plc in exchange for £8 billion to create the second "
 "largest cement and building materials company in the world. In October 2023, the company announced that it was "
 "rebranding as Heidelberg Materials.",
 "construction/building materials", ["deal", "near-miss"],
 "The article as wikimili.com renders it in the page store: the infobox table (company type 'Subsidiary', industry, "
 "founded '1964 as Hanson Trust Ltd', headquarters, key people 'Simon Willis (Chief executive officer)', products, "
 "revenue, income, employees, parent 'HeidelbergCement', website) cut; kept as written: 'Originally trading as Wiles "
 "Group;' with its semicolon, 'Hanson Plc' beside 'Hanson plc', 'largest-yet'; cut after 'rebranding as Heidelberg "
 "Materials.', before the next section's 'Originally known ', where the excerpt breaks off (`truncated`). Content to "
 "October 2023: recorded 4.0. Near-miss inside: the 1991 bid for ICI, 'ultimately unsuccessful'; a demerger into four "
 "listed firms. Hanson, Imperial Tobacco, Kidde, ICI, United Drapery Stores, Millennium Chemicals, Heidelberg "
 "Materials: 0 in train/dev/test; HeidelbergCement: two train/dev files naming it in passing (an EC merger listing, an "
 "FTC case list; other events).", "non-US", copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- banking: Abbey National --------------------------------------------------------------------------------------------
R.append(wp("wp-abbey-national", "Abbey National", "http://chaos.owiki.org/wiki/Abbey_National",
 "Abbey National plc was a bank based in the United Kingdom and former building society, which latterly traded under "
 "the Abbey brand name. As the former Abbey National Building Society, it was the first building society in the United "
 "Kingdom to demutualise, doing so in July 1989. The bank expanded through a number of acquisitions in the 1990s, "
 "including James Hay, Scottish Mutual, Scottish Provident and the rail leasing company Porterbrook. Abbey National "
 "launched an online bank, Cahoot, in June 2000.\n\n"
 "In September 2003, the bank rebranded as Abbey, and in November 2004, it became a wholly owned subsidiary of the "
 "Spanish Santander Group, with a rebrand following in February 2005. In January 2010, the savings business of "
 "Bradford & Bingley was combined with the bank, and Abbey National plc was renamed Santander UK plc. Prior to the "
 "takeover, Abbey National plc was a constituent of the FTSE 100 Index.\n\n"
 "The National Freehold Land Society, officially named the National Permanent Mutual Benefit Building Society to give "
 "it legal existence under the Building Societies Act 1836, was established by two Liberal members of parliament, Sir "
 "Joshua Walmsley and Richard Cobden, in 1849, joined a year later by John Bright. In 1856, it formed the British Land "
 "Company, which separated in 1878.\n\n"
 "Meanwhile, the Abbey Road & St. John's Wood Permanent Benefit Building Society was founded in 1874, based in a "
 "Baptist church on Abbey Road in Kilburn.\n\n"
 "In 1932, the society moved into new headquarters, Abbey House, at 219-229 Baker Street, London, which it occupied "
 "until 2002. The site was thought to include 221B Baker Street, the fictional home of Sherlock Holmes, and for many "
 "years Abbey employed a secretary charged with answering mail sent to Holmes at that address.\n\n"
 "The Abbey National Building Society was formed following the merger in 1944 of what had become Abbey Road Building "
 "Society and National Building Society.",
 "banking and finance", ["deal"],
 "The article as owiki.org (chaos.owiki.org) holds it: the title line and the headings ('History', 'Early history') "
 "cut; single line breaks between the history paragraphs made paragraph breaks; kept as written: 'Abbey National "
 "plc' beside 'Abbey', 'Santander Group', '219-229 Baker Street' with its hyphen, the sentence on Sherlock Holmes; cut "
 "after 'Abbey Road Building Society and National Building Society.', before 'The Swansea Thrift Permanent transfer', "
 "where the excerpt breaks off (`truncated`). Content to 2010: recorded 3.0 (doubtful: owiki's terms were not found in "
 "the page store, as batch 27d's Sanofi). Abbey National, Cahoot, Porterbrook, Scottish Mutual, Scottish Provident, "
 "James Hay, Bradford & Bingley, Santander UK: 0 in train/dev/test; Santander: a dev committee letter (another event) "
 "and one test file by count (batch 27d).", "non-US", v3=True))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

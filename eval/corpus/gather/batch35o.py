#!/usr/bin/env python3
"""Batch 35o (session 36, third round; helper gather36o): companies told as news with their owners, units, partners,
services and, where the prose names them, their chief executives and founders — the company lane of batches 34d,
34m, 35d and 35l — from English Wikipedia (CC BY-SA), in sectors and places the corpus holds little of: Poland's
largest discount grocer, its founder and its Portuguese owner (retail, Eastern Europe), a South African retail bank,
its loan-provider holding and its outgoing and incoming chief executives (banking, Africa), the consortium that took
over the Kenya and Uganda railways in 2006 with its lead company and minor partners (railways, East Africa), and the
telephone company of northern Argentina with its mobile and internet services and its former French owner
(telecoms, Latin America), a Philippine low-cost airline owned by the JG Summit conglomerate, with its head
(airlines, an Asian conglomerate's unit), and a Kenyan banking group with its six subsidiaries and the bank's past
state ownership (banking, East Africa). Each text is the search tool's page-store excerpt (`search`, corpus `pages`; never a
whole page), cut at the last section end or full sentence before the excerpt breaks off (`truncated`) unless the
excerpt holds the whole body. Edits per item in `notes`; no word added or changed. newskg (or any extractor) was not
run on any text.
usage: batch35o.py [POOL_DIR] [--dry]   (default /tmp/gather36o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36o/pool"

CHECKED = ("0 in the train/dev/test texts and file names (test by grep count only), GATHERING.md, the gather "
           "scripts on main and the session-36 pools as they stood at about 02:00 UTC (only /tmp/gather36n existed "
           "among the third round's, its pool empty)")

R = []
# ---- retail, Poland: Biedronka, its founder and its owner Jerónimo Martins (1995-2022) --------------------------------
R.append(wp("wp-biedronka", "Biedronka", "https://en.m.wikipedia.org./wiki/Biedronka",
 "Biedronka (lit: Ladybird) is a chain of supermarkets. It is the largest chain of discount shops in Poland with "
 "3,283 stores as of 2022 and 70,000 employees (2022). It is owned by the Portuguese group Jer\u00f3nimo Martins. "
 "The name \"Biedronka\" means \"ladybird\", and a cartoon ladybird is the company's logo.\n\n"
 "Biedronka sells mainly local products, many of which are manufactured under the company's own label. It also "
 "sells some Portuguese-made products, mostly wine. Initially targeted at lower-income customers, it is now one of "
 "the most popular supermarket chains in Poland.\n\n"
 "Biedronka has had a dominant position in Poland's grocery retail market for over a decade, and its main "
 "competitor in Poland is Lidl, although competition is rising in form of Kaufland and Aldi.\n\n"
 "The founder of Biedronka was entrepreneur Mariusz \u015awitalski, owner of Elektromis. The first Biedronka store "
 "opened its doors on April 6, 1995, on Newtona Street in Pozna\u0144. In 1997, Jer\u00f3nimo Martins acquired 210 "
 "stores from Elektromis, marking the beginning of a significant expansion phase for the chain.\n\n"
 "Since then, Biedronka has experienced rapid growth, exemplified by milestones such as the opening of its 1,500th "
 "store in March 2010 in Pozna\u0144 on ul. Bobrza\u0144ska, followed by reaching 2,000 stores by 2012. In September "
 "2014, the chain celebrated the launch of its 2,500th store, and in February 2019, it reached the milestone of "
 "3,000 stores.\n\n"
 "In 2008, Biedronka acquired and transformed over 120 stores previously operated by the German chain Plus into its "
 "own network of stores.",
 "retail", ["deal", "leadership"],
 "The current-era article as en.wikipedia.org's mobile site rendered it in the page store (the address with a "
 "trailing dot after 'org', en.m.wikipedia.org./wiki/Biedronka): the infobox lines (company type, industry, "
 "'Founded 1995; 29 years ago', 'Founder Mariusz \u015awitalski', headquarters 'ul. \u017bniwna 5, Kostrzyn, Poland', "
 "locations, area served, 'Key people Pedro de Castro Soares', products, revenue, 'Parent Jer\u00f3nimo Martins', "
 "website) cut, so Kostrzyn and the key person are not in the text; the heading 'History' and its 'edit' mark cut; "
 "citation markers ('[1]', '[2]', '[3]', '[4]', '[5]', ' [6]', '[7]') cut, the one after 'by 2012.' with the space "
 "before it; kept as written: '(lit: Ladybird)', 'competition is rising in form of Kaufland and Aldi', 'ul. "
 "Bobrza\u0144ska', 'Newtona Street'; cut after 'into its own network of stores.', before 'Biedronka's success is "
 "reflec', where the excerpt breaks off (`truncated`). Content of 2024 ('29 years ago', 'as of 2022'): recorded "
 "4.0; doubtful: no revision id. en.m.wikipedia.org's older rendering (2017 figures: 2,823 stores, 'Jer\u00f3nimo "
 "Martins Polska, S.A.', a logo table, no history section) and copies on profilpelajar.com and us.edu.vn (with the "
 "'expand this article with text translated from the corresponding article in Polish' banner) were looked at; "
 "the newest rendering without the banner was taken. Biedronka (one test file names it as a discount store beside "
 "Lidl in a Wikinews story on another company's sale; other events), \u015awitalski, Elektromis, Jer\u00f3nimo "
 "Martins, Bobrza\u0144ska, Newtona: " + CHECKED + "; Lidl, Aldi, Kaufland and Plus are named in other corpus "
 "texts (other events).", "non-US",
 copy_of="the Wikipedia article, its mobile rendering on en.m.wikipedia.org"))

# ---- banking, South Africa: Capitec, its AvaFin holding and its chief executives (2014-2025) ----------------------------
R.append(wp("wp-capitec-bank", "Capitec Bank", "https://wikimili.com/en/Capitec_Bank",
 "Capitec (officially Capitec Bank Holdings Limited) is a South African commercial bank. It is licensed by the "
 "Reserve Bank of South Africa, the central bank and national banking regulator.\n\n"
 "As of September 2025, Capitec was the largest retail bank in South Africa, based on number of customers, serving "
 "a total of 24.1 million individuals (constituting 38% of the South African population at the time).\n\n"
 "Capitec also has South Africa's largest branch network, at 880, and largest ATM network, at almost 9,000. In the "
 "same month, Capitec had the second-highest market capitalization and highest return on equity out of the \"big "
 "five\" banks.\n\n"
 "In 2014, Capitec bought a 40% shareholding in loan provider AvaFin, which serves Mexico, Poland, Spain, Czechia, "
 "and Latvia.\n\n"
 "According to the annual results for the 2015 financial year, the Capitec's asset base was in excess of R53.9 "
 "billion, with R11.6 billion in equity, and with retail savings deposits increasing by 32 percent for the year to "
 "R19.3 billion and retail fixed savings increasing by 19 percent to R10.7 billion for the year.\n\n"
 "In 2024, Capitec increased its shareholding in loan provider AvaFin to 97%, at a cost of approximately R540 "
 "million.\n\n"
 "In March 2025, Capitec announced that founding member and CEO Gerrie Fourie would retire in July of the same "
 "year, and would be replaced by Graham Lee.",
 "banking", ["deal", "leadership"],
 "The current article as wikimili.com's copy of English Wikipedia ('Capitec Bank', 'Last updated') renders it in "
 "the page store: the title line, the infobox lines (company type, 'JSE: CPI', ISIN, industry, 'Founded 1 March "
 "2001', 'Founders Jannie Mouton Michiel Le Roux Riaan Stassen', headquarters, area served, 'Key people Graham Lee "
 "(CEO)', products, revenue and income lines, assets, equity, employees, website) cut, so the three founders are "
 "not in the text; wikimili's 'Contents' line and the heading 'History' cut; citation markers ('[1]' to '[8]', each "
 "with the space before it) cut; kept as written: 'the Capitec's asset base', 'R53.9 billion' and the other rand "
 "sums, '\"big five\" banks', 'founding member and CEO Gerrie Fourie'; cut after 'would be replaced by Graham "
 "Lee.', before 'At the time, South African online publication news24 credited Fourie for havi', where the excerpt "
 "breaks off in the next sentence (`truncated`). Content of 2025 ('As of September 2025'): recorded 4.0; doubtful: "
 "no revision id, wikimili's terms page not found. friendlywiki.com's copy (wiki markup with the infobox source, "
 "'As of February 2024', Gerrie Fourie as CEO) and news pieces (mybroadband, businesstech, persfin, Daily Maverick, "
 "newsday) on the founders and Fourie's retirement were looked at and not used. Capitec, AvaFin, Fourie, Graham "
 "Lee, Reserve Bank of South Africa: " + CHECKED + ".", "non-US",
 copy_of="the Wikipedia article, via wikimili.com"))

# ---- railways, Kenya and Uganda: the Rift Valley Railways Consortium as told in 2006 -------------------------------------
R.append(wp("wp-rift-valley-railways-consortium", "Rift Valley Railways Consortium",
 "https://wikipedia2006.classicistranieri.com/en/r/i/f/Rift_Valley_Railways_Consortium_080d.html",
 "The Rift Valley Railways Consortium (RVRC) is a consortium that has been established to manage the parastatal "
 "railways of Kenya and Uganda. The consortium won the bid for private management in 2005 and will commence "
 "management officially on August 1, 2006. The contract is signed for 25 years.\n\n"
 "RVRC is led by Sheltam Rail Company of South Africa that has experience with management of other African "
 "railways. Minor partners of the consortium are Kenya\u2019s Prime Fuels (15%), Mirambo Holdings of Tanzania (10%) "
 "and Comazar (10%) and the CDIO Institute for Africa Development Trust (4%), both of South Africa. The consortium "
 "plans to invest in the railway system, upgrade it, reduce inefficiencies, utilize a smaller work force, and "
 "generate an annual concession fee of 11.1% in each country. In addition it will pay 1 million dollar each year "
 "for the passenger service concession in Kenya.\n\n"
 "On July 28, 2006 the East African Standard reported that the planned take-over was postponed to November 1, 2006.",
 "transport", ["deal"],
 "The 2006 revision of the article as classicistranieri.com's 'wikipedia2006' static copy of English Wikipedia holds "
 "it in the page store: the title line and 'From Wikipedia, the free encyclopedia' cut; citation markers ('[1]', "
 "'[2]') cut; the copy's paragraphs (single line breaks) joined with blank lines; kept as written: 'has been "
 "established', 'will commence management officially', 'Kenya\u2019s Prime Fuels' (a curly apostrophe), 'both of "
 "South Africa', 'utilize a smaller work force', '1 million dollar each year', 'the planned take-over'. The excerpt "
 "holds the whole body of that revision (ending with the postponement and its citation), so `truncated` is false. "
 "The article is now 'Rift Valley Railways' (en.wikipedia.org and wikimili in the page store: the consortium's "
 "later history, Citadel Capital's purchase, the 2017 terminations, the chairman and CEO in the infobox only); a "
 "2012 Kiwix copy (the-uncensored-wiki.com) breaks off in its ownership paragraph; the 2006 revision was taken as "
 "the one whose excerpt holds its whole ownership story. A 2006 revision, published under GFDL then and under CC "
 "BY-SA 3.0 since Wikimedia's 2009 relicensing: recorded 3.0; doubtful: no revision id, the copy's terms not found. "
 "Rift Valley Railways, RVR, Sheltam, Prime Fuels, Mirambo, Comazar, CDIO, East African Standard: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article as it stood in 2006, via classicistranieri.com"))

# ---- telecoms, Argentina: Telecom Argentina, Personal, Arnet, France Télécom and the Werthein Group (1990-1999) ------
R.append(wp("wp-telecom-argentina", "Telecom Argentina",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Telecom_Argentina.html",
 "Telecom Argentina is the major local telephone company for the northern part of Argentina, including the whole of "
 "the city of Buenos Aires. Briefly known as Sociedad Licenciataria Norte S.A., it quickly changed its name, and is "
 "usually known as simply Telecom within Argentina.\n\n"
 "Telecom Argentina's local telephone market, together with Telef\u00f3nica de Argentina in the southern part of the "
 "country, was part of a duopoly until October 8, 1999. Telecom also operates mobile phone service Personal and "
 "Internet service provider Arnet.\n\n"
 "In 1990, Argentina started to privatize most of its state-owned utilities: power, water, trains, and "
 "telecommunications, just to name a few. The monopoly of state-owned phone service ENTel was split into two "
 "territories: France T\u00e9l\u00e9com was given the \"upper half\" of the country, from the middle to the north, and "
 "Telef\u00f3nica was given the southern part. Each company was given an initial 7 year monopoly beginning on "
 "November 8, 1990. Initially, other companies were given exclusive licenses for international long distance, as "
 "well as cellular phone service. France T\u00e9l\u00e9com later sold its part of the company to the Argentine "
 "Werthein Group.\n\n"
 "Its Puerto Madero headquarters were designed by the American architectural studio of Kohn Pedersen Fox, and "
 "inaugurated on February 18, 1998.\n\n"
 "Both local phone companies turned their systems into profitable operations in just a few years, despite the "
 "terrible conditions they inherited from ENTel. In the worst years of ENTel, a line activation would take several "
 "years.",
 "telecoms", ["deal"],
 "The October 2018 Kiwix dump (wikipedia_en_all_maxi_2018-10) as kiwix.casplantje.nl serves it in the page store: "
 "the title line and the infobox lines ('Telecom Argentina S.A', 'Sociedad An\u00f3nima', 'Traded as BCBA: TECO2 "
 "NYSE: TEO', industry, founded 1990, headquarters, 'Key people Elisabetta Ripa (CEO) Mariano Iba\u00f1ez "
 "(Chairman)', products, revenue, employees, website) cut, so the chief executive and the chairman are not in the "
 "text (the lane's wish for executives named in prose is not met by this article; kept for its services and "
 "ownership); the heading 'History' cut; the photo caption 'Telecom building in Puerto Madero, Buenos Aires.' cut; "
 "the citation marker ' [1]' cut; kept as written: 'Briefly known as Sociedad Licenciataria Norte S.A.', 'Telecom "
 "also operates mobile phone service Personal and Internet service provider Arnet' (no italics in the dump), "
 "'an initial 7 year monopoly', 'the Argentine Werthein Group'; cut after 'a line activation would take several "
 "years.', before 'The telepho', where the excerpt breaks off (`truncated`). Content of 2015-2018 (2015 figures; the "
 "2018 dump): recorded 3.0; doubtful: no revision id, the mirror's terms not found. piglix.com's copy (under the "
 "redirect 'Telecom Personal', the same wording), an addressless older copy (the Werthein sentence missing), "
 "fundinguniverse and company-histories (the International Directory of Company Histories, not openly licensed), "
 "an Italian Wikipedia proxy and a 1990 news item were looked at and not used. Telecom Argentina, Telecom Personal, "
 "Werthein, ENTel, Telef\u00f3nica de Argentina, Kohn Pedersen Fox, Puerto Madero: " + CHECKED + " ('ENTel' and 'Arnet' occur as whole "
 "words in none; Telef\u00f3nica is named in other corpus texts, other events).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a Kiwix mirror of the October 2018 dump"))

# ---- airlines, the Philippines: Cebu Pacific, a unit of the JG Summit conglomerate, and its head (1988-2013) ------------
R.append(wp("wp-cebu-pacific", "Cebu Pacific", "http://chaos.owiki.org/wiki/Cebu_Pacific",
 "Cebu Pacific Air, Inc., operating as Cebu Pacific, is a Philippine low-cost airline based on the grounds of "
 "Mactan-Cebu International Airport, Lapu-Lapu City, Metro Cebu, in the Philippines. Founded in 1988, it offers "
 "scheduled flights to both domestic and international destinations. Its main bases are Mactan-Cebu International "
 "Airport, Cebu City and Ninoy Aquino International Airport, Manila, with other hubs at Clark International Airport, "
 "Kalibo International Airport Francisco Bangoy International Airport, Iloilo International Airport, and "
 "Laguindingan Airport.\n\n"
 "The airline is a subsidiary of JG Summit Holdings. Cebu Pacific is currently headed by Lance Gokongwei, "
 "presumptive heir of John Gokongwei, the chairman emeritus of JG Summit. As of January 2013, the company has 3,297 "
 "employees. 2,565 were from operations, 429 from the commercial departments, and 303 from the support departments. "
 "In October 2010, the airline completed an IPO of 30.4% of outstanding shares.\n\n"
 "In 2010, Cebu Pacific became the Philippines' largest airline based on number of passengers flown on domestic and "
 "international routes. According to Civil Aeronautics Board data, Cebu Pacific flew 2.45 million total passengers "
 "in the first quarter of 2010, nearly 110,000 more than Philippine Airlines, which carried 2.34 million systemwide "
 "during the same period.\n\n"
 "The airline was established on 26 August 1988 and started operations on March 8, 1996. Republic Act No. 7151, "
 "which grants a franchise to Cebu Air, Inc. was approved on 30 August 1991. Cebu Air, Inc. was subsequently "
 "acquired by JG Summit Holdings. Domestic services commenced following market deregulation by the Philippine "
 "government. It temporarily ceased operations in February 1998 after being grounded by the government due to an "
 "accident that killed 104 people but resumed services later the next month following re-certification of its "
 "aircraft.",
 "airlines", ["deal", "leadership"],
 "The article as chaos.owiki.org's copy of English Wikipedia holds it in the page store: the title line and the "
 "headings 'History' and 'Foundation and growth (1988\u20132006)' cut (the copy shows no infobox, citation markers or "
 "captions); the copy's paragraphs (single line breaks) joined with blank lines; kept as written: 'based on the "
 "grounds of', 'Kalibo International Airport Francisco Bangoy International Airport' (no comma between them), 'As "
 "of January 2013, the company has 3,297 employees. 2,565 were from operations', 'which grants a franchise to Cebu "
 "Air, Inc. was approved', 'the chairman emeritus of JG Summit' (no word of his death in 2019); cut after "
 "'following re-certification of its aircraft.', before 'It initially started with 24 domestic flight', where the "
 "excerpt breaks off in the next sentence (`truncated`; the later growth, orders and crashes are lost with it). "
 "Content of about 2013-2019 ('As of January 2013', John Gokongwei not yet 'the late'): recorded 3.0; doubtful: no "
 "revision id, owiki's terms not found. A 2009 blog copy of an older revision (mycebupacific.blogspot.com, 'Cebu "
 "Air, Inc., operating as Cebu Pacific Air', 'wholly-owned subsidiary'; a blog, not the article's address) and "
 "news and company-story pages (ATW, eTurboNews, iatanews, mondortiz, visualfoodie) were looked at and not used. "
 "Cebu Pacific, JG Summit, Gokongwei, Mactan, Civil Aeronautics Board: " + CHECKED + " ('Cebu' as a place occurs "
 "in batch 35d's Lucio Tan text; Philippine Airlines is named in other corpus texts, other events).", "non-US",
 copy_of="the Wikipedia article, via owiki.org"))

# ---- banking, Kenya: KCB Group, its six banking subsidiaries and the bank's state ownership (1896-2015) ----------------
R.append(wp("wp-kcb-group", "KCB Group Limited", "https://en.wikipedia.org/wiki/Kenya_Commercial_Bank_Group",
 "KCB Group Limited, also known as the KCB Group, is a financial services holding company based in the African "
 "Great Lakes region. The Group's headquarters are in Nairobi, Kenya, with its subsidiaries being KCB Bank Kenya "
 "Limited, KCB Bank Burundi Limited, KCB Bank Rwanda Limited, KCB Bank South Sudan Limited, KCB Bank Tanzania "
 "Limited, and KCB Bank Uganda Limited.\n\n"
 "As of December 2015, the Group had assets of KES:566.6 billion and shareholders' equity of KES:78.1 billion.\n\n"
 "In July 2015, news media reported that the group was pursuing expansion plans into the Democratic Republic of the "
 "Congo, Ethiopia, and Mozambique.\n\n"
 "The history of Kenya Commercial Bank Limited dates back to July 1896, when its predecessor, the National Bank of "
 "India (NBI), opened a branch in Mombasa to handle the business that the port was attracting at that time.\n\n"
 "In 1958, Grindlays Bank merged with the NBI to form the National and Grindlays Bank (NGB). Upon independence, the "
 "government of Kenya acquired 60 percent shareholding in NGB in an effort to bring banking closer to the majority "
 "of Kenyans. In 1970, the government acquired 100 percent of the shareholding in NGB to take full control of the "
 "largest commercial bank in Kenya. NGB was then renamed Kenya Commercial Bank (KCB).",
 "banking", ["deal"],
 "The article as en.wikipedia.org rendered it in the page store under the redirect 'Kenya Commercial Bank Group' "
 "('(Redirected from Kenya Commercial Bank Group)'; the page then titled 'KCB Group Limited'): the title line, "
 "'From Wikipedia, the free encyclopedia', the redirect line, 'Jump to navigation Jump to search' and the infobox "
 "lines ('Traded as KN: KCB', industry, founded 1896, headquarters 'Kencom House, Moi Avenue', 'Key people Joshua N. "
 "Oigara chief executive officer', products, revenue and income lines with their '[citation needed]' tags, assets, "
 "employees, website) cut, so the chief executive is not in the text (the lane's wish for executives named in prose "
 "is not met by this article; kept for its six subsidiaries and the state's ownership of the bank); the headings "
 "('Overview', 'History') cut; citation markers ('[1]' twice, '[2]') cut; kept as written: 'KES:566.6 billion', "
 "'KES:78.1 billion', 'acquired 60 percent shareholding in NGB', 'Upon independence'; cut after 'NGB was then "
 "renamed Kenya Commercial Bank (KCB).', before 'In 1972, KCB acquired Savings & Loan Kenya Lim', where the excerpt "
 "breaks off in the next sentence (`truncated`; the later subsidiaries' founding years and the state's share "
 "reductions are lost with it). Content of 2016-2018 ('As of December 2015', the 'Jump to navigation' line of "
 "2017-2018 renderings): recorded 3.0; doubtful: no revision id. The older rendering under the redirect 'KCB Group' "
 "(2014 figures, 'As of December 2012'), liquisearch's copy of the 'Kenya Commercial Bank' history section and news "
 "of the NBK, BPR and BancABC purchases and of Oigara's successor were looked at; the newest rendering was taken. "
 "KCB, Kenya Commercial Bank, Grindlays, National Bank of India: " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article, under the redirect 'Kenya Commercial Bank Group'"))

for r in R:
    if r["id"] == "wp-rift-valley-railways-consortium":
        r["truncated"] = False   # the whole body of the 2006 revision

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

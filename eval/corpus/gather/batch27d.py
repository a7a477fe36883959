#!/usr/bin/env python3
"""Batch 27d (session 28, the fresh out-of-sample check; helper gather28d): English Wikipedia articles (CC BY-SA)
whose subject is one deal or one regulatory case, outside the US for most, told as news — a bank's group, its joint
venture, purchases and its rescue sale (Banco Popular Español to Banco Santander, 2017); an oil and gas group's
demergers and its purchase by Shell (BG Group, 2016); a utility's takeover battle with a merger blocked by the
competition court (Endesa, Gas Natural, E.On, Enel); a European Union competition case (the Google Android case); a
mobile operator's joint ventures, spin-off and owners (O2 in the UK: Cellnet, BT, Securicor, Telefónica, Liberty
Global); an aluminium maker's spin-off from Alcoa, its purchase and its own purchase (Rio Tinto Alcan); a drugmaker's
founders and its purchase by Takeda (Shire); a carmaker's merger with an abandoned earlier deal (Stellantis, FCA,
PSA, Renault); a nickel miner's joint-venture origins and its purchase by CVRD (Vale Canada, formerly Inco) — and a
near-miss (the proposed merger of Korean Air and Asiana Airlines, awaiting approval and told as increasingly
unlikely).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off (`truncated`). Edits per item in `notes`; no word added or changed.
Part 2 (R2, written with --part2): a brewer's predecessors, purchases, its joint holding with Carlsberg and its joint
purchase by Heineken and Carlsberg (Scottish & Newcastle); a drugmaker's names through its mergers, its subsidiary,
its founding owner's takeover of Labaz and its controlling purchase of Chinoin (Sanofi); an airline group's units,
its bankruptcy and the takeover of its former subsidiary by Lufthansa (Swissair) — gathered and annotated after part 1
was committed, before newskg ran on any text of either part.
usage: batch27d.py [POOL_DIR] [--dry] [--part2]   (default /tmp/gather28d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather28d/pool"

R = []
# ---- banks ---------------------------------------------------------------------------------------------------------
R.append(wp("wp-banco-popular-espanol", "Banco Popular Español",
 "https://wikiwand.com/en/articles/Banco_Popular_Espa%C3%B1ol",
 "Banco Popular Español, S.A. was the sixth largest banking group in Spain before it was bought by Banco Santander as "
 "part of a rescue package in June 2017.\n\n"
 "The group consisted of the following companies: national bank Banco Popular Español, regional bank Banco Pastor, "
 "mortgage bank Banco Popular Hipotecario, private bank Popular Banca Privada, French subsidiary Banco Popular France "
 "(sold to Crédit Mutuel in 2008), Portugal subsidiary Banco Popular Portugal, USA subsidiary TotalBank (now part of "
 "City National Bank of Florida), Internet bank WiZink, and estate services subsidiary Aliseda. The bank had "
 "international offices in Belgium, Chile, Germany, Hong Kong, Morocco, Netherlands, Switzerland (Geneva and Zürich), "
 "London, United States, France, Italy, and Venezuela.\n\n"
 "Banco Popular Español (BPE) was founded in 1926. BPE opened a representative office in Paris in 1968 that became a "
 "subsidiary that by 1991 had a network of 14 branches in France. In 1992 BPE converted its subsidiary in France into "
 "a joint venture with Banco Comercial Português under the name Banco Popular Comercial. BPE established a network of "
 "branches in Portugal in 2000.\n\n"
 "In 2002 BPE and Banco Comercial Português parted ways; Banco Popular Comercial becomes a wholly owned subsidiary of "
 "Banco Popular and changed its name to Banco Popular France. In Portugal, Banco Popular buys Banco Nacional de "
 "Crédito (BNC) and transfers its existing branches there to BNC. Later, in 2005, BNC changed its name to Banco "
 "Popular Portugal.\n\n"
 "In 2007 BPE bought a small bank in Southern Florida (United States of America) called TotalBank for US$300 million.",
 "banking and finance", ["deal"],
 "The article as wikiwand.com renders it in the page store: the site's lines ('Loading AI tools', 'Spanish bank From "
 "Wikipedia, the free encyclopedia'), the infobox table (company type 'Subsidiary', ticker, industry, founded, "
 "headquarters, products, parent 'Banco Santander', website), the pronunciation bracket after the name and citation "
 "markers cut; kept as written: the tense shifts 'becomes a wholly owned subsidiary ... and changed its name', 'Banco "
 "Popular buys', 'Portugal subsidiary', 'USA subsidiary'; cut after 'called TotalBank for US$300 million.', before "
 "'The bank has 20 branches in M', where the excerpt breaks off (`truncated`). Recorded 4.0: wikiwand's renderings "
 "are current copies (doubtful: no revision date). Banco Popular, Banco Pastor, TotalBank, WiZink, Crédit Mutuel, "
 "Banco Comercial Português, Aliseda: 0 in train/dev/test; Santander: one dev file (a committee letter to banks on IT "
 "failures, another event) and one test file by count (not opened).", "non-US"))

# ---- oil and gas --------------------------------------------------------------------------------------------------
R.append(wp("wp-bg-group", "BG Group",
 "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/BG_Group_plc",
 "BG Group plc was a British multinational oil and gas company headquartered in Reading, United Kingdom. On 8 April "
 "2015, Royal Dutch Shell announced that it had reached an agreement to acquire BG Group for $70 billion, subject to "
 "regulatory and shareholder agreement. The sale was completed on 15 February 2016. Prior to the takeover, BG Group "
 "was listed on the London Stock Exchange (BG.L) and was a constituent of the FTSE 100 Index. In the 2015 Forbes "
 "Global 2000, BG Group was ranked as the 583rd largest public company in the world.\n\n"
 "Prior to its acquisition by Shell, BG Group had operations in 25 countries across six continents and produced "
 "around 680,000 barrels of oil equivalent per day. It had a major liquefied natural gas (LNG) business and was the "
 "largest supplier of LNG to the United States. As at 31 December 2009, it had total proven commercial reserves of 2.6 "
 "billion barrels (410,000,000 m3) of oil equivalent.\n\n"
 "The company was created in 1997 when British Gas plc divested Centrica and became BG plc, which was reorganised in "
 "1999 as BG Group plc.\n\n"
 "On 23 October 2000, a further demerger separated the company into Lattice Group and BG Group. Lattice took "
 "ownership of Transco (the gas transporter for the UK), Advantica (gas engineering and consultancy specialist) along "
 "with the property and transport companies and BG Group took ownership of gas fields and other assets.",
 "energy", ["deal"],
 "The article as a Kiwix copy (kiwix.haohe.fun, wikipedia_en_all_maxi_2024-01) holds it: the infobox table (type, "
 "industry, founded '1997 (Demerger of Centrica) 2000 (Demerger of Lattice Group from BG Group)', defunct, fate "
 "'Acquired by Royal Dutch Shell', headquarters, products, revenue, employees, parent 'Shell plc', website), the "
 "headings ('History', 'Origins', '2000 to 2016') and citation markers cut; kept as written: 'the 583rd largest', "
 "'(410,000,000 m3)', 'Advantica (gas engineering and consultancy specialist)'; cut after 'gas fields and other "
 "assets.', before 'In 2002, Lattice merged with National Grid Comp', where the excerpt breaks off (`truncated`). "
 "The 2024-01 dump: recorded 4.0. BG Group, Royal Dutch Shell, Lattice, Advantica: 0 in train/dev/test; Centrica: "
 "two train/dev files (parliamentary committees on winter supply and prepayment meters, other events) and one test "
 "file by count; Transco: one dev file (a 2003 power-cut statement, another event) and one test file by count "
 "(not opened); Shell: Wikinews and other files on other events.", "non-US"))

# ---- utilities and energy ----------------------------------------------------------------------------------------
R.append(wp("wp-endesa", "Endesa",
 "http://conceptmap.cfapps.io/wikipage?lang=en&name=Endesa_(Spain)",
 "Endesa, S.A. (originally an initialism for Empresa Nacional de Electricidad, S.A.) is the largest electric utility "
 "company in Spain. The firm, a majority-owned subsidiary of the Italian utility company Enel, has 10 million "
 "customers in Spain, with domestic annual generation of over 97,600 GWh from nuclear, fossil-fueled, hydroelectric, "
 "and renewable resource power plants. Internationally, it serves another 10 million customers and provides over "
 "80,100 GWh annually. Total customers numbered 22.2 million as of December 31, 2004. It also markets energy in "
 "Europe. The company has additional interests in Spanish natural gas and telecommunications companies.\n\n"
 "The company was formed in 1944 as Empresa Nacional de Electricidad, S.A. and changed its name to Endesa, S.A. in "
 "1997. In September 2004, it took control of the French company SNET (Société nationale d'électricité et de "
 "thermique). This was followed by the downsizing of 30% of SNET's employees.\n\n"
 "In September 2005, Barcelona-based Gas Natural made a bid for Endesa, whose board unanimously immediately rejected a "
 "€23 billion (£16 billion) offer. On January 5, 2006, the Tribunal de Defensa de la Competencia (Competition Court, "
 "TDC) blocked the merger of Gas Natural and Endesa because of what it claimed would be irreversible negative impacts "
 "on competition. For most of 2006 and 2007, Endesa was the target of rival takeover bids by Germany's E.On and the "
 "Italian firm Enel.",
 "energy", ["deal", "regulatory"],
 "The article as conceptmap.cfapps.io (a site rendering Wikipedia pages) holds it: the pronunciation inside the "
 "bracket after the name ('Spanish pronunciation: [enˈdesa], ') cut, leaving '(originally an initialism for ...)'; "
 "the infobox lines (legal form, traded as, industry, headquarters, key people 'Andrea Brentan (CEO), Borja Prado "
 "Eulate (Chairman)', services, revenue, income, assets, equity, employees) and citation markers cut; kept as "
 "written: 'E.On', 'unanimously immediately rejected', 'fossil-fueled'; cut after 'the Italian firm Enel.', before "
 "'Despite Gas Natural being half the size of Endesa, its bid was championed b', where the excerpt breaks off "
 "(`truncated`). Content to 2013 (the infobox's revenue year): recorded 3.0. Doubtful: the site's terms were not "
 "found in the page store. Endesa, Gas Natural, SNET (as the French company; 'SNET' also matches other words), the "
 "Tribunal de Defensa de la Competencia, Acciona: 0 in train/dev/test; E.ON and Enel: other events only.",
 "non-US", v3=True, copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- competition cases ------------------------------------------------------------------------------------------------
R.append(wp("wp-google-android-case", "Google LLC v Commission", "https://en.wikipedia.org/wiki/Google_LLC_v_Commission",
 "Google and Alphabet v Commission (2022; T-604/18), commonly referred to as the Google Android case, is a European "
 "Union competition law case concerning the conducts of Google relating to the Android operating system. Google was "
 "accused of abusing its dominant position in the mobile operating system and Android app store markets by tying its "
 "own applications to the licensing of the Google Play Store.\n\n"
 "Android is an operating system designed primarily for mobile devices, such as smartphones and tablet computers. The "
 "core Android software is developed by Google and made available as open-source software through the Android Open "
 "Source Project (AOSP). Unlike operating systems such as iOS or BlackBerry OS that were available only on the "
 "developer's own hardware, Android is available for multiple device manufacturers. The first Android smartphones "
 "were commercially released in 2008, and by 2013, Android has gained almost 80 percent of the worldwide market share "
 "for smartphone operating systems.\n\n"
 "While the open-source licence of AOSP allows hardware manufacturers to create a non-Google version of Android (a "
 "\"fork\") from the core software (for example, Amazon Fire OS), most Android-based devices sold outside of mainland "
 "China use Google's version and also incorporate Google's proprietary components that need to be licensed from "
 "Google.",
 "tech", ["regulatory"],
 "The article as en.wikipedia.org renders it in the page store ('= Google LLC v Commission =' title line): the "
 "infobox lines (case name 'Google and Alphabet v Commission (Google Android)', court 'General Court', full name, "
 "date decided '2022-09-14', citations, ruling 'Commission's decision largely upheld, fine partially annulled', "
 "dissenting, prior actions 'Commission Decision of 18 July 2018, C(2018) 4761 final', appealed to, keywords) and the "
 "heading '==Context==' cut; kept as written: 'the conducts of Google', 'by 2013, Android has gained', 'Google's "
 "version'; cut after 'need to be licensed from Google.', before 'Such components include the Google Play app store "
 "and other Google's own applications (Google Mobile Serv', where the excerpt breaks off (`truncated`; the decision, "
 "the fine and the court's ruling were in the infobox and the lost sections, so the kept text tells the case and the "
 "products only, doubtful as a regulatory text). Recorded 4.0: the store's en.wikipedia.org renderings in this '= "
 "Title =' form are recent (batches 26c, 26e). Google Android case, AOSP, Google Play Store as a case subject: 0 in "
 "train/dev/test (no file names both Android and Vestager; Android: two train files on CyanogenMod and Motorola "
 "Mobility and one test file by count, other events; Google: Wikinews and other files on other events). Region 'mixed': a US company's case in the European Union.",
 "mixed"))

# ---- airlines (near-miss) ---------------------------------------------------------------------------------------
R.append(wp("wp-korean-air-asiana-merger", "Proposed Merger of Korean Air and Asiana Airlines",
 "https://en.wikipedia.org/wiki/Proposed_Merger_of_Korean_Air_and_Asiana_Airlines",
 "The proposed merger of Korean Air and Asiana Airlines is a policy announced by the Government of South Korea in "
 "November 2020, which would result in Korean Air absorbing Asiana Airlines creating a dominant carrier in South "
 "Korea.\n\n"
 "The merger is now viewed as increasingly unlikely given the regulatory headwinds.\n\n"
 "For the merger to proceed, antitrust approval is necessary from competition authorities in key markets for the "
 "carriers. Out of the six essential markets, approval has been granted in all except one. As of February 2024, "
 "authorities in one essential market, the United States, have yet to approve the merger.\n\n"
 "In February 2023, it was confirmed that the merger would not proceed without approval from European Union and "
 "United States authorities. At the time, the Korean government did not view approval in the EU and US as likely. "
 "Backup plans such as an equity investment from foreign backers (with the UAE-based Mubadala Investment Company "
 "suggested) into Asiana to help it remain viable are being explored.\n\n"
 "In May 2023, it was reported that the United States Department of Justice is considering filing suit to block the "
 "merger as anticompetitive.\n\n"
 "In August 2023, the Korea Economic Daily reported that the Korean Development Bank was seeking a plan B in "
 "preparation for the proposed merger's collapse. This was due to a rising belief that American and European "
 "authorities would block the consolidation. On September 27, 2023, Yonhap reported that Korean Air had submitted an "
 "amended application to the European Commission, proposing divestment of Asiana's cargo division and giving up slots "
 "at some EU airports, including Barcelona, Rome, Paris, and Frankfurt to satisfy competition concerns.",
 "airlines", ["deal", "regulatory", "near-miss"],
 "The article as en.wikipedia.org renders it in the page store: the site's lines ('Jump to content', the title line, "
 "'From Wikipedia, the free encyclopedia'), an image caption ('Korean Air (left) and Asiana Airlines (right) "
 "aircraft') and citation markers cut; kept as written: 'Korean Air absorbing Asiana Airlines creating', 'the Korean "
 "Development Bank', 'is considering filing suit'; cut after 'to satisfy competition concerns.', before the heading "
 "'Background' and 'On November 16, 2020, South Korea's Ministry of Land, Infrastructure and Trans', where the excerpt "
 "breaks off (`truncated`). Content to February 2024: recorded 4.0. A near-miss: a proposed merger awaiting approval, "
 "told as 'increasingly unlikely' (the address's capital 'Merger' as the page store holds it). Asiana, Mubadala, "
 "Korea Economic Daily, Korean Development Bank, Yonhap: 0 in train/dev/test; Korean Air: a train file (Qantas "
 "freight cartel) and a dev file (Boeing orders), other events.", "non-US"))

# ---- telecoms ------------------------------------------------------------------------------------------------------
R.append(wp("wp-o2-uk", "O2 (UK)", "https://sadioactiniu154.sbs/wiki/Neoplastic_disorders",
 "Telefonica UK Limited, trading as O2 (stylised as O2), is a British telecommunications services provider, "
 "headquartered in Reading, England which operates under the O2 brand. It is owned by VMED O2 UK Limited, a 50:50 "
 "joint venture between Telefónica and Liberty Global. O2 is the UK's largest mobile network operator, with 23.8 "
 "million subscribers as of July 2024.\n\n"
 "The company was formed on 7 January 1985 as Cellnet, a 60:40 joint venture between BT Group and Securicor. Cellnet "
 "was one of the first two mobile networks in the UK, alongside Vodafone. In 1999, BT acquired Securicor's share of "
 "Cellnet and the company was later rebranded as BT Cellnet. In June 2000, BT Cellnet launched the world's first "
 "commercial General Packet Radio Service (GPRS) service. The company, together with BT Group's mobile "
 "telecommunications businesses in Germany, Ireland and the Netherlands, was part of the BT Wireless division. This "
 "was spun off from the BT Group in 2002 to form a new holding company, mmO2 plc, which introduced the new \"O2\" "
 "brand for the businesses. In 2005, mmO2 plc was renamed O2 plc.",
 "telecoms", ["deal"],
 "The article 'O2 (UK)' as a mirror site holds it (the address is the mirror's own, unrelated page name; the page "
 "says '(Redirected from Cellnet)'): the site's lines ('Jump to content', the title line, 'From Wikipedia, the free "
 "encyclopedia', the redirect note), the infobox lines (former names 'O2 (2002–present)', 'BT Cellnet (1999–2002)', "
 "'Cellnet (1985–1999)', 'Telecom Securicor Cellular Radio Limited (1985–1999)' and later ones, company type, "
 "industry, founded, founder 'John Carrington', headquarters, area served, key people 'Lutz Schüler (CEO)', revenue, "
 "parent 'Virgin Media O2', website), the headings ('History', '[edit]', 'Overview', '[edit]') and citation markers "
 "cut; kept as written: 'stylised as O2' (the subscript lost in the rendering), 'headquartered in Reading, England "
 "which operates', 'General Packet Radio Service (GPRS) service'; cut after 'mmO2 plc was renamed O2 plc.', before "
 "'O₂ plc was purchased by the Spanish telecommunications company Telefónica in 2006 for £18 ', where the excerpt "
 "breaks off (`truncated`; Telefónica's purchase is lost with it). Content to July 2024: recorded 4.0. Doubtful: a "
 "mirror on an unrelated address; its terms were not found in the page store. Cellnet, Securicor, mmO2, Liberty "
 "Global, VMED O2: 0 in train/dev/test; Telefónica: a 2019 European Commission text on Telefónica Deutschland and "
 "E-Plus in batch 22b (in test by count), another event; 'O2' matches other words and events.", "non-US",
 copy_of="the Wikipedia article, on a mirror site"))

# ---- metals and mining -----------------------------------------------------------------------------------------------
R.append(wp("wp-rio-tinto-alcan", "Rio Tinto Alcan", "http://piglix.com/piglix/Rio_Tinto_Alcan",
 "Rio Tinto Alcan Inc. is a Canadian company based in Montreal. It was created on November 15, 2007 as the result of "
 "the merger between Rio Tinto PLC's Canadian subsidiary, Rio Tinto Canada Holding Inc., and Canadian company Alcan "
 "Inc. On the same date, Alcan Inc. was renamed Rio Tinto Alcan Inc..\n\n"
 "Rio Tinto Alcan Inc. is the global leader of aluminium mining and production, above its one time parent Alcoa (from "
 "which it split in 1928), Rusal and some Chinese public companies.\n\n"
 "Founded in 1902 as the Canadian unit of Alcoa, it was spun off in 1928. R.E. Powell left Alcoa to become Vice "
 "President of the Aluminium Company of Canada (later Alcan) in Montreal, was President from 1937–57 and was then "
 "Chancellor of McGill University from 1957-64.\n\n"
 "Alcan has gone through several name changes:\n\n"
 "In 2008 Alcan Inc was amalgamated with Rio Tinto Canada Holding Inc following Rio Tinto Canada Holding Inc's "
 "acquisition of a majority of the share capital in Alcan Inc. Following the acquisition which was carried out by way "
 "of amalgamation Rio Tinto Canada Holding Inc was renamed Rio Tinto Alcan Inc.\n\n"
 "From 1935 to 1945, the use of Aluminum in Alcan's name was being disputed by Alcoa, but a decision by the United "
 "States Circuit Court of Appeals ended the legality of the company's name.\n\n"
 "Historically, Alcan was one of Canada's most important and powerful companies, and was listed as the sixth "
 "\"largest\" in 1975.\n\n"
 "In 1982 the company acquired the British Aluminium Company, renaming the operation British Alcan.",
 "mining and metals", ["deal", "leadership"],
 "The article as piglix.com (a Wikipedia mirror) holds it: the site's line ('*** Welcome to piglix ***' where "
 "present), the infobox table ('(: ) | |', industry, founded '1902 as a subsidiary of Alcoa', headquarters, key "
 "people 'Alfredo Barrios, President and CEO', products, income, employees, parent 'Rio Tinto', website) and "
 "citation markers cut; the name-change list after 'several name changes:' is missing in this rendering (the line "
 "kept as written, with its colon); kept as written: 'Rio Tinto Alcan Inc..' (two full stops), 'Alcan Inc' and "
 "'Rio Tinto Canada Holding Inc' without full stops, 'from 1937–57', 'from 1957-64', 'ended the legality of the "
 "company's name', 'the sixth \"largest\"'; cut after 'renaming the operation British Alcan.', before 'In ', where the "
 "excerpt breaks off (`truncated`). Content to about 2016 (its chief executive): recorded 3.0. Doubtful: piglix's "
 "terms were not found in the page store. Alcan, Alcoa, Rusal, British Aluminium, McGill: 0 in train/dev/test; Rio "
 "Tinto: one test file by count (not opened).", "non-US", v3=True, copy_of="the Wikipedia article, on a mirror site"))

R.append(wp("wp-vale-canada", "Vale Canada", "http://w.owiki.org/wiki/Vale_Limited",
 "Vale Canada Limited is a wholly owned subsidiary of the Brazilian mining company Vale. Vale's nickel mining and "
 "metals division is headquartered in Toronto, Ontario, Canada. It produces nickel, copper, cobalt, platinum, "
 "rhodium, ruthenium, iridium, gold, and silver. Prior to being purchased by CVRD in 2006, Inco was the world's second "
 "largest producer of nickel, and the third largest mining company outside South Africa and Russia of platinum group "
 "metals. It was also a charter member of the 30-stock Dow Jones Industrial Average formed on October 1, 1928.\n\n"
 "The company was founded following the discovery of copper deposits in Sudbury, Ontario. Initially, ore was shipped "
 "for smelting to a plant in Constable Hook, New Jersey, owned by the Orford Copper Company. Processing revealed in "
 "1884 that the ore was also rich in nickel and exploration tests revealed an enormous potential.\n\n"
 "Nickel mining started in Sudbury, Ontario in 1902, and that year, the International Nickel Company, Ltd. was "
 "created in New York, NY as a joint venture between Canadian Copper, Orford Copper, and American Nickel Works. In "
 "1916, the International Nickel Company of Canada, Ltd. was incorporated in Copper Cliff in Sudbury; this entity was "
 "a subsidiary of the International Nickel Company in the U.S. The company built a new refinery in Port Colborne in "
 "1918 and during the following year, the company first began using the trade name Inco.\n\n"
 "In 1928, the corporation merged with the British-owned Mond Nickel Company; subsequently, Falconbridge Ltd. was "
 "founded. A head office for Inco was established in Toronto. During World War II, Inco's Frood Mine produced 40% of "
 "the nickel used in artillery by the Allies. After the war, demand for nickel remained high because of the Korean "
 "War and the Cold War of the 1950’s.\n\n"
 "Inco also built and operated a facility that included a research center overlooking Blue Lake in New York's "
 "Sterling Forest area.",
 "mining and metals", ["deal"],
 "The article as owiki.org holds it (the address keeps an older page name, 'Vale_Limited'): the heading 'Pre-Vale "
 "history' and citation markers cut; a line break and spaces inside 'Sudbury, Ontario in 1902,  \\nand that year' "
 "closed to one space (whitespace only); kept as written: 'the third largest mining company outside South Africa and "
 "Russia of platinum group metals', 'the Cold War of the 1950’s' with its typographic apostrophe, 'New York, NY'; cut "
 "after 'in New York's Sterling Forest area.', before 'The site was sold in the 1980', where the excerpt breaks off "
 "(`truncated`). No date after 2006 in the kept text: recorded 3.0 (doubtful: no revision date). Doubtful: owiki's "
 "terms were not found in the page store (as batch 26e's POSCO). Vale, CVRD, Inco Limited, International Nickel, "
 "Orford Copper, Mond Nickel, Falconbridge: 0 in train/dev/test ('Inco' as a string matches many other words).",
 "non-US", v3=True, copy_of="the Wikipedia article, on a mirror site"))

# ---- pharma -----------------------------------------------------------------------------------------------------------
R.append(wp("wp-shire", "Shire (pharmaceutical company)", "https://wikimili.com/en/Shire_(pharmaceutical_company)",
 "Shire plc was a UK-founded Jersey-registered specialty biopharmaceutical company. Originating in the United Kingdom "
 "with an operational base in the United States, its brands and products included Vyvanse, Lialda, and Adderall XR. "
 "Shire was acquired by Takeda Pharmaceutical Company on 8 January 2019.\n\n"
 "Shire was a global biotechnology company focused on serving people with rare diseases and other highly specialized "
 "conditions. The company's products were available in more than 100 countries across core therapeutic areas "
 "including Hematology, Immunology, Neuroscience, Lysosomal Storage Disorders, Gastrointestinal / Internal Medicine / "
 "Endocrine and Hereditary Angioedema; a growing franchise in Oncology; and an emerging, innovative pipeline in "
 "Ophthalmics.\n\n"
 "The original corporate headquarters was located in Basingstoke, Hampshire, England. Main offices are located in "
 "Dublin, Ireland, the United States in Cambridge, Massachusetts, and Chicago, Illinois, and in Zug, Switzerland. In "
 "addition, Shire owns manufacturing sites in Lexington, Massachusetts, and Social Circle, Georgia. Shire's "
 "headquarters in Lexington, Massachusetts, will be integrated with Takeda's new U.S. headquarters, which is being "
 "relocated from Deerfield, Illinois, to the Boston area.\n\n"
 "Shire was founded in 1986 in the UK by five entrepreneurs: Harry Stratford, Dennis Stephens, Peter Moriarty, Geoff "
 "Hall and Dr Jim Murray.",
 "pharma", ["deal", "leadership"],
 "The article as wikimili.com holds it: the infobox table (company type 'Subsidiary', ticker, ISIN, industry, "
 "predecessor 'Shire Pharmaceuticals Group Plc', founded, defunct, fate 'Acquired by Takeda', headquarters, key "
 "people 'Flemming Ornskov (CEO) Thomas Dittrich (CFO)', revenue, income, employees, parent, website) and citation "
 "markers cut; kept as written: the present tense of 'Main offices are located', 'Shire owns' and 'will be "
 "integrated' beside 'was acquired', 'Gastrointestinal / Internal Medicine / Endocrine', 'Dr Jim Murray'; cut after "
 "'and Dr Jim Murray.', before 'Under the management of Rolf Stahel, Sh', where the excerpt breaks off (`truncated`). "
 "Recorded 4.0 as batch 26e recorded wikimili's copies (doubtful: no revision date; the content stops in 2019). "
 "Shire plc, Takeda, Vyvanse, Lialda, Adderall, the founders: 0 in train/dev/test ('Shire' as a string matches "
 "Hampshire and other county names).", "non-US"))

# ---- carmakers ----------------------------------------------------------------------------------------------------
R.append(wp("wp-stellantis", "Stellantis", "https://en.wikipedia.org/wiki/Stellantis",
 "Stellantis N.V. is a multinational automotive manufacturing corporation formed in 2021 on the basis of a 50-50 "
 "cross-border merger between the Italian-American conglomerate Fiat Chrysler Automobiles and the French PSA Group. "
 "The company is headquartered in Amsterdam, Netherlands. As of May 2021, Stellantis is the sixth-largest automaker "
 "worldwide, after Volkswagen Group, Toyota, the Renault–Nissan–Mitsubishi Alliance, General Motors, and Hyundai Motor "
 "Group. The company is listed on Milan's Borsa Italiana, on Euronext Paris and on the New York Stock Exchange.\n\n"
 "The principal activity of Stellantis is the design, development, manufacture and sale of automobiles bearing its 15 "
 "brands of Abarth, Alfa Romeo, Chrysler, Citroën, Dodge, DS, Fiat, Fiat Professional, Jeep, Lancia, Maserati, Opel, "
 "Peugeot, Ram and Vauxhall, and Mopar auto parts. Stellantis has 300,000 employees, a presence in more than 130 "
 "countries with manufacturing facilities in 30 countries.\n\n"
 "The name comes from the Latin verb stello. It means \"of (him/her/it that) brightens with stars\".\n\n"
 "In early 2019, Fiat Chrysler Automobiles (FCA) sought a merger with French automaker Renault, and reached a "
 "provisional agreement with the company. However, the behaviour of the French government during negotiations led to "
 "the abandonment of the deal; The Economist reported that \"for FCA this portended future interference.\" Nissan "
 "also had various concerns of the impact of the proposal on its alliance with Renault.\n\n"
 "Subsequently, FCA approached PSA.",
 "autos", ["deal"],
 "The article as en.wikipedia.org held it in the page store in October 2021 ('9 months ago (2021-01-16)' in its "
 "infobox): the site's lines ('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'), the "
 "infobox lines (name, type, founded, area served, key people, products, employees, footnotes) and citation markers "
 "cut; kept as written: 'on the basis of a 50-50 cross-border merger', 'the Renault–Nissan–Mitsubishi Alliance' with "
 "its dashes, 'concerns of the impact'; cut after 'Subsequently, FCA approached PSA.', before 'The merger, officially "
 "agreed in December 2019, was to create the world's fourth-largest carmaker by global vehicle sales wit', where the "
 "excerpt breaks off (`truncated`). Content to October 2021: recorded 3.0. Stellantis: 0 in train/dev/test; Fiat "
 "Chrysler: batch 27a's Sergio Marchionne text (his posts, another subject) and Wikinews files on Chrysler's 2009 "
 "bankruptcy; PSA Group: a train Hansard file on its 2017 purchase of Opel/Vauxhall (another event); Renault and "
 "Nissan: the Carlos Ghosn file and others on other events.", "non-US"))


R2 = []
# ---- part 2: brewing ------------------------------------------------------------------------------------------------
R2.append(wp("wp-scottish-newcastle", "Scottish & Newcastle", "https://kampuspedia.com/en/Scottish_%26_Newcastle",
 "Scottish & Newcastle plc was a brewing company headquartered in Edinburgh, Scotland, which expanded from its home "
 "base to become an international business with beer volumes growing almost tenfold. The company was listed on the "
 "London Stock Exchange until it was acquired by Heineken and Carlsberg in 2008 and its assets split between them. "
 "The name Scottish & Newcastle continued to be used for the UK trading operation of Heineken International until "
 "2009, when it was renamed Heineken UK. The former S&N Pub Enterprises leased pub division was rebranded as S&N Pub "
 "Company after the takeover. In 2012, it was rebranded again to Star Pubs & Bars, bringing an end to Scottish & "
 "Newcastle brand.\n\n"
 "The origins of the company can be traced to Grizel Syme who ran her late second husband's brewery: this brewery and "
 "those of her sons developed into the firm of William Younger & Co. It merged with McEwan's in 1931 becoming "
 "Scottish Brewers. In 1960 it merged again this time with Newcastle Breweries to form Scottish & Newcastle. By 1985, "
 "the company had become a regional brewer focused on Scotland and the North of England. By 1995, with the purchase of "
 "rival brewing business Courage, S&N had become the UK's leading brewer. In early 2000, S&N expanded outside the UK "
 "via a number of acquisitions in Western Europe, growing sales to over 50 Mhl per annum. Acquisitions included "
 "Kronenbourg. By acquiring Hartwall in 2002, Finland's leading beverage company business, S&N became 50% owners of "
 "Baltic Beverages Holding (BBH) encompassing brewing interests in Russia, Ukraine, Kazakhstan and the Baltic "
 "Countries of Latvia, Lithuania and Estonia. The remaining 50% of BBH was owned by Carlsberg, which gained full "
 "control after the takeover of S&N in 2008.",
 "food and drink", ["deal"],
 "The article as kampuspedia.com holds it: the title line, the heading 'History' (glued to the next sentence in the "
 "rendering, 'HistoryThe origins': cut, and a paragraph break put in its place, whitespace only) and citation markers "
 "cut; kept as written: 'bringing an end to Scottish & Newcastle brand', 'it merged again this time with', 'In early "
 "2000', 'Finland's leading beverage company business', 'S&N became 50% owners of'; cut after 'after the takeover of "
 "S&N in 2008.', before 'In July 2003, S&N acquired the Bulmers cider business, adding the Strongbow, Scrumpy Jack "
 "and Woodpecker brands to its portfolio, together with the UK's biggest cider mill and orchards in H', where the "
 "excerpt breaks off mid-sentence (`truncated`; the Bulmers purchase is lost with it). Content to 2012: recorded 3.0 "
 "(doubtful: kampuspedia's copy may be recent; its terms were not found in the page store). Scottish & Newcastle, "
 "Carlsberg, Kronenbourg, Hartwall, Baltic Beverages, Courage (as the brewer), Star Pubs: 0 in train/dev/test; "
 "Heineken: one dev file (SABMiller's purchase of Bavaria, 2005, another event); 'McEwan' only as a person's name in "
 "another dev file.", "non-US", v3=True, copy_of="the Wikipedia article, on a mirror site"))

# ---- part 2: pharma ---------------------------------------------------------------------------------------------------
R2.append(wp("wp-sanofi", "Sanofi", "https://owiki.org/wiki/Sanofi",
 "Sanofi S.A. is a French multinational pharmaceutical and healthcare company headquartered in Paris. The corporation "
 "was established in 1973 and merged with Synthélabo in 1999 to form Sanofi-Synthélabo. In 2004, Sanofi-Synthélabo "
 "merged with Aventis and renamed to Sanofi-Aventis, which were each the product of several previous mergers. It "
 "changed its name back to Sanofi in May 2011. The company trades as \"SAN\" on Euronext Paris and \"SNY\" on "
 "Nasdaq in the United States, and is a component of the Euro Stoxx 50 stock market index. In 2023, the company’s "
 "seat in the Forbes Global 2000 was 89.\n\n"
 "Sanofi engages in the research and development, manufacturing, and marketing of pharmacological products, "
 "principally in the prescription market, but the firm also develops over-the-counter medications. The corporation "
 "covers seven major therapeutic areas: cardiovascular, central nervous system, diabetes, internal medicine, "
 "oncology, thrombosis, and vaccines. It is the world's largest producer of vaccines through its subsidiary Sanofi "
 "Pasteur.\n\n"
 "Sanofi was founded on February 15, 1973 as a subsidiary of Elf Aquitaine, when Elf Aquitaine took control of the "
 "Labaz group, a pharmaceutical company formed in 1947 by Sociéte Belge de l'Azote et des Produits Chimiques du "
 "Marly; Labaz developed benziodarone in 1957. In 1993, Sanofi made a move into the Eastern Europe market by "
 "acquiring a controlling interest in Chinoin, a Hungarian drug company whose 1992, sales totaled about US$104 "
 "million. In the same year, Sanofi made its first significant venture into the US, and strengthened its presence in "
 "Eastern Europe, by first partnering with Sterling Winthrop and then acquiring the prescription pharmaceuticals "
 "business in 1994. Sanofi was incorporated under the laws of France in 1994, as a société anonyme, a form of limited "
 "liability company.",
 "pharma", ["deal"],
 "The article as owiki.org holds it: the title line, the headings ('History', 'Sanofi-Synthélabo') and citation "
 "markers cut; kept as written: 'merged with Aventis and renamed to Sanofi-Aventis', 'the company’s seat in the "
 "Forbes Global 2000 was 89' with its typographic apostrophe, 'Sociéte Belge', 'whose 1992, sales totaled'; cut "
 "after 'a form of limited liability company.', before 'Synthélabo was founded in 1970, through the merger of two "
 "French pharmaceutical laboratories, Laboratoires Da', where the excerpt breaks off (`truncated`). Content to 2023: "
 "recorded 4.0. Doubtful: owiki's terms were not found in the page store (as batch 26e's POSCO). Sanofi, Aventis, "
 "Synthélabo, Elf Aquitaine, Labaz, Chinoin, Sterling Winthrop, Sanofi Pasteur: 0 in train/dev/test.", "non-US"))

# ---- part 2: airlines ------------------------------------------------------------------------------------------------
R2.append(wp("wp-swissair", "Swissair", "https://graphsearch.epfl.ch/en/concept/162887",
 "Swissair (German: Schweizerische Luftverkehr-AG; French: S.A. Suisse pour la Navigation Aérienne) was the national "
 "airline of Switzerland between its founding in 1931 and bankruptcy in 2002. Swissair was formed from a merger "
 "between Balair and Ad Astra Aero. For most of its 71 years, it was one of the major international airlines and "
 "known as the \"Flying Bank\" due to its financial stability, causing it to be regarded as a Swiss national symbol "
 "and icon. It was headquartered at Zürich Airport, Kloten. In 1997 the Swissair Group was renamed SAirGroup (although "
 "it was again renamed Swissair Group in 2001), with four subdivisions: SAirLines (to which Swissair, regional "
 "subsidiaries Crossair and Balair, and leasing subsidiary FlightLease belonged), SAirServices, SAirLogistics, and "
 "SAirRelations. By the late 1990s, Swissair was burdened by over-expansion as a result of its so-called \"Hunter "
 "Strategy\" of expanding its market by acquiring smaller airlines. The crash of Swissair Flight 111 in 1998, which "
 "killed all 229 people on board, generated a costly lawsuit and negative publicity for the airline. After the "
 "economic downturn following the September 11 attacks, Swissair's assets dramatically lost value, grounding the "
 "already-troubled airline in October 2001. The airline was later revived and kept alive until 31 March 2002 by the "
 "Swiss Federal government. The final Swissair flight landed in Zürich on 1 April 2002. On 1 April 2002, a former "
 "regional subsidiary Crossair renamed itself Swiss International Air Lines and took over most of Swissair's routes, "
 "planes, and staff. Swissair Group still exists and is in the process of being liquidated. Swiss International Air "
 "Lines was taken over by the German airline Lufthansa in 2005. On 26 March 1931, Swissair – Schweizerische "
 "Luftverkehr AG (English: Swissair – Swiss Air Transport) was founded through the fusion of the airlines Ad Astra "
 "Aero (founded in 1919) and Balair (1925).",
 "airlines", ["deal"],
 "The Wikipedia article's summary as EPFL Graph Search (graphsearch.epfl.ch, a concept page quoting the article's "
 "opening) holds it: the site's lines ('Concept', 'Summary') cut; kept as written: the German and French names in "
 "the opening bracket (Latin script), 'Swissair – Schweizerische Luftverkehr AG (English: Swissair – Swiss Air "
 "Transport)' with its dashes, 'Swissair Group still exists', one paragraph as the page holds it; cut after 'and "
 "Balair (1925).', before 'The founding father', where the excerpt breaks off (`truncated`). No date after 2005 in "
 "the kept text: recorded 3.0 (doubtful: no revision date; the page does not name its licence, the text is the "
 "article's). Swissair, Crossair, SAirGroup, Balair, FlightLease: 0 in train/dev/test apart from one train Wikinews "
 "file naming Swissair (British Airways' new chief executive, 2005, another event); Lufthansa: three Wikinews files "
 "on other events.", "non-US", v3=True, copy_of="the Wikipedia article's summary, on EPFL Graph Search"))


if __name__ == "__main__":
    write_all(R2 if "--part2" in sys.argv else R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 35t (session 36, fourth round; helper gather36t): companies told as news with their owners, units, stakes
and purchases, and the executives the prose names — the company lane of batches 34d, 34m, 35d, 35l and 35o — from
English Wikipedia (CC BY-SA) copies, in sectors and places the corpus holds little of: Mexico's beverage and retail
group with its bottler, store chain, brewer and its Brazilian brewery purchase, as the 2006 article told it (drinks and
retail, Latin America); Tanzania's national airline, its state owner and South African Airways' 49% stake (airlines,
East Africa); and a Singapore agri-business founded in Nigeria by an Indian-owned trading group (commodities, West
Africa and South-East Asia); and an Irish-founded oil explorer, its founder and its purchase of Energy
Africa (oil and gas, Africa). Each text is the search tool's page-store excerpt (`search`, corpus `pages`; never a
whole page), cut at the last section end or full sentence before the excerpt breaks off (`truncated`) unless the
excerpt holds the whole body. Edits per item in `notes`; no word added or changed. newskg (or any extractor) was not
run on any text. Written in a short session (about 20 minutes before the deadline), so four texts only.
usage: batch35t.py [POOL_DIR] [--dry]   (default /tmp/gather36t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather36t/pool"

CHECKED = ("0 in GATHERING.md and (as whole words) in the train/dev/test texts and the gather scripts on main, and "
           "in none of the session-36 pools as they stood at about 03:20 UTC")

R = []
# ---- drinks and retail, Mexico: FEMSA as the 2006 article told it -------------------------------------------------------
R.append(wp("wp-femsa-2006", "Fomento Económico Mexicano",
 "http://the-uncensored-wiki.com:20072/f/o/m/Fomento_Econ%C3%B3mico_Mexicano_da02.html",
 "Fomento Econ\u00f3mico Mexicano, S.A. de C.V. (FEMSA, NYSE: FMX, BMV: FEMSA) is the largest beverage company in "
 "Mexico and Latin America. FEMSA was founded in 1988 by Eugenio Garza Lag\u00fcera (Before, it was named VISA). It "
 "is based in Monterrey, Mexico.\n\n"
 "FEMSA is divided into five segments:\n\n"
 "Coca-Cola FEMSA: FEMSA owns 45.7% of this Coca Cola Bottler which is the second largest bottler of Coca Cola in "
 "the world.\n\n"
 "FEMSA Comercio: which operates OXXO, the biggest convenience store chain in Latin America, as well as other "
 "smaller convenience stores called \u201cdeposits\u201d.\n\n"
 "FEMSA Cerveza: FEMSA owns Cervecer\u00eda Cuauht\u00e9moc Moctezuma which produces some of the best Mexican beers "
 "like Indio, Carta Blanca, Tecate, Sol, Bohemia, Superior, Dos Equis, and Kloster. Cervecer\u00eda Cuauht\u00e9moc "
 "Moctezuma is the second largest brewer in Mexico, just after Grupo Modelo. On January 16, 2006 FEMSA announced it "
 "would take control of the Brazilian company Cervejarias Kaiser (now known as FEMSA Cerveja Brasil) by purchasing "
 "68% of its stocks.\n\n"
 "FEMSA Negocios Estrat\u00e9gicos which is divided into:\n\n"
 "FEMSA Log\u00edstica: which is in charge of the distribution of all FEMSA products.\n\n"
 "FEMSA Empaques: is in charge of designing and creating the bottles, as well as labels, for Cervecer\u00eda "
 "Cuauth\u00e9moc Moctezuma products as well as refrigerators, and other promotional products.\n\n"
 "Since 1995, Jos\u00e9 Antonio Fern\u00e1ndez has been the Director General of FEMSA. In 2001, Jos\u00e9 Antonio "
 "Fern\u00e1ndez Carvajal was elected as Chairman of the Board and of FEMSA.\n\n"
 "FEMSA also owns a Cessna Citation X - XA-FMX and a Raytheon Hawker 800XP - XA-GLG.\n\n"
 "On December 19, 2006, FEMSA Coca-Cola Co. announced their attempt to make an offer to buy the 100% stockshares "
 "mexican juice producer Jugos Del Valle.",
 "food and drink", ["deal", "leadership"],
 "The December 2006 revision of the article as the-uncensored-wiki.com's static copy of English Wikipedia holds it "
 "in the page store: the title line and 'From Wikipedia, the free encyclopedia' cut; the list markers ('- ') before "
 "the five segment items and the two sub-items cut, each item kept as its own paragraph; the heading '[edit] External "
 "links' and the link '(Spanish) FEMSA Official Webpage' after the body cut; kept as written: '(Before, it was named "
 "VISA)', 'this Coca Cola Bottler', 'some of the best Mexican beers', '\u201cdeposits\u201d' (curly quotes), "
 "'Cervecer\u00eda Cuauth\u00e9moc Moctezuma' (so spelt in the Empaques item, 'Cuauht\u00e9moc' elsewhere), "
 "'Chairman of the Board and of FEMSA', 'FEMSA Coca-Cola Co.', 'the 100% stockshares mexican juice producer'. The "
 "excerpt holds the whole body of that revision, so `truncated` is false. A 2006 revision, published under GFDL "
 "then and under CC BY-SA 3.0 since Wikimedia's 2009 relicensing: recorded 3.0; doubtful: no revision id, the "
 "copy's terms not found. The current article (en.wikipedia.org in the page store, 2015 figures, the 1890 brewery "
 "history; hubbry.com's copy) was looked at; the 2006 revision was taken for its segment list, its Kaiser purchase "
 "and its executives named in prose. FEMSA's investor pages (ir.femsa.com, femsa.client.shareholder.com), an SEC "
 "filing, firmsworld.com and a Russian copy (hmong.ru) were looked at and not used. FEMSA, OXXO, Cuauht\u00e9moc, "
 "Kaiser, Garza, Jugos Del Valle: " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in December 2006, via the-uncensored-wiki.com"))

# ---- airlines, Tanzania: Air Tanzania, its state owner and South African Airways' stake (1977-2003) ----------------------
R.append(wp("wp-air-tanzania", "Air Tanzania", "https://academickids.com/encyclopedia/index.php/Air_Tanzania",
 "Air Tanzania is the national airline of the United Republic of Tanzania in eastern Africa.\n\n"
 "Air Tanzania was established in March 1977 after the breakup of East African Airways, which had prevously served "
 "the region. Flights were started from Dar-es-Salaam using Boeing 737-200s and Fokker F-27s. A Twin Otter was used "
 "for regional services and flights from Kilimanjaro were started. In the mid 1990s the airline used a Boeing 767 "
 "but this aircraft was too large and the airline disposed of it. Regional services were reduced in this period and "
 "the Twin Otter was also disposed of.\n\n"
 "The company was originally wholly owned by the Tanzanian government via the Air Tanzania Corporation (ATC). In "
 "2001, the government began the process of privatizing the corporation. Initially, eight airlines expressed an "
 "interest in the privatization of ATC. By August 2002, South African Airways (SAA) and Kenya Airways were the only "
 "two remaining actively interested parties. By the bid submission deadline of September 19 2002, only SAA had "
 "submitted a bid. In December 2002, SAA purchased a 49% stake in ATC for $20 million USD after they signed an "
 "agreement with the government. As a result of this transaction, the core operating assets of ATC were "
 "transferred to a new company called Air Tanzania Company Limited (ATCL). The government is expected to sell 10% "
 "of its current 51% stake to a private Tanzanian investor, thereby reducing the government's ownership to a "
 "non-controlling interest in ATCL.\n\n"
 "The new airline Air Tanzania Limited (ATL) was launched on 31 March 2003, offering direct flights from 1 April "
 "between Johannesburg and Dar Es Salaam, but also to Zanzibar and Kilimanjaro.",
 "airlines", ["deal"],
 "The article as academickids.com's encyclopedia (a copy of English Wikipedia of about 2005) holds it in the page "
 "store: the title line, the photo name 'AirTanzania.JPG', the 'Contents' box ('Code Data', 'History') and the "
 "heading 'History' cut; kept as written: 'prevously' (so spelt), 'Dar-es-Salaam' and 'Dar Es Salaam' (both "
 "spellings), 'September 19 2002' (no comma), '$20 million USD', 'is expected to sell', 'offering direct flights "
 "from 1 April between Johannesburg and Dar Es Salaam, but also to Zanzibar and Kilimanjaro'; cut at the end of the "
 "history section, before the heading '2005 News' and its paragraph on the first year's loss, which breaks off in "
 "the excerpt ('origi'; `truncated`). No executive is named in this text (the lane's wish is not met; kept for the "
 "state ownership, the 49% stake and the new operating company). Content of 2005 (the '2005 News' section): "
 "published under GFDL then and under CC BY-SA 3.0 since Wikimedia's 2009 relicensing: recorded 3.0; doubtful: no "
 "revision id, academickids' terms not found. A German Wikipedia copy (wikiless), its English machine translation "
 "(de.zxc.wiki), factsnippet.com's fact list, routesonline.com's airline profile, a 2011 blog post and aviation news "
 "(newsaero.info, flapinternational) were looked at and not used. Air Tanzania, ATCL, Air Tanzania Corporation: "
 + CHECKED + "; East African Airways, Kenya Airways and South African Airways are named in other corpus texts "
 "(other events).", "non-US", v3=True, copy_of="the Wikipedia article as it stood in about 2005, via academickids.com"))

# ---- commodities, Nigeria and Singapore: Olam International's founding (1989-1995) -----------------------------------------
R.append(wp("wp-olam-international", "Olam International",
 "https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/Olam_International",
 "Olam International is a major food and agri-business company, operating in 60 countries and supplying food and "
 "industrial raw materials to over 20,900 customers worldwide. Its value chain includes farming, origination, "
 "processing and distribution operations.\n\n"
 "Olam is among the world's largest suppliers of cocoa beans and products, coffee, cotton and rice.\n\n"
 "In 1989, the Kewalram Chanrai Group established Olam Nigeria Plc to set up a non-oil based export operation out of "
 "Nigeria to secure hard currency earnings to meet the foreign exchange requirements of the other Group Companies "
 "operating in Nigeria. The success of this operation resulted in Olam establishing an independent export operation "
 "and sourcing and exporting other agricultural products. The Group's agri-business was headquartered in London "
 "until 1996, and operated under the name of Chanrai International Limited. The business began with the export of "
 "cashews from Nigeria and then expanded into exports of cotton, cocoa and sheanuts from Nigeria.\n\n"
 "Between 1993 and 1995, the business grew from a single operation into multiple origins, first within West Africa, "
 "and then to East Africa and India. The move into multiple origin countries coincided with the deregulation of the "
 "agricultural commodity markets.\n\n"
 "Olam International Limited was incorporated in Singapore on 4 July 1995 as a public limited company.",
 "agriculture", ["deal"],
 "The January 2024 Kiwix dump (wikipedia_en_all_maxi_2024-01) as home.cydlabs.com serves it in the page store: the "
 "infobox lines (type, 'SGX: O32', industry, 'Founded Nigeria (1989 )', headquarters, key people (empty), revenue "
 "and income lines, assets, equity, 'Owner Temasek Holdings (54%) Mitsubishi Corporation (17%)', employees, "
 "'Divisions Olam Food Ingredients (OFI) Olam Global Agri (OGA)', website) cut, so the owners and divisions are not "
 "in the text; the headings 'History' and 'Move to Singapore' cut; citation markers ('[1]' to '[10]', with the space "
 "before those that have one) cut; kept as written: 'a major food and agri-business company', 'the other Group "
 "Companies', 'sheanuts', 'multiple origins'; cut after 'as a public limited company.', before 'In 1996, at the "
 "invitation of the Singapore T', where the excerpt breaks off in the next sentence (`truncated`). No executive is "
 "named in the prose kept (the chief executive is in older infoboxes only). Content of 2021-2023 (2021 figures, a "
 "2024-01 dump, after Wikimedia's June 2023 move): recorded 4.0; doubtful: no revision id, the mirror's terms not "
 "found. The live article (en.wikipedia.org, en-two.iwiki.icu, a proxy of en.m.wikipedia.org; the same wording with "
 "'[edit]' marks and a close-connection banner), 2015 copies on IPFS (the older wording with the co-founder and CEO "
 "in the infobox), an old revision diff and a 2025 news piece on the group's divestments were looked at and not "
 "used. Olam, Kewalram, Chanrai: " + CHECKED + ".", "non-US",
 copy_of="the Wikipedia article, via a Kiwix mirror of the January 2024 dump"))

# ---- oil and gas, Ireland, the UK and Africa: Tullow Oil, its founder and its Energy Africa purchase (1985-2010) --------
R.append(wp("wp-tullow-oil", "Tullow Oil", "https://encycloreader.org/r/wikipedia.php?q=Tullow_Oil",
 "Tullow Oil plc is a multinational oil and gas exploration company founded in Tullow, Ireland, with its headquarters "
 "in London, United Kingdom. The company is listed on the London Stock Exchange.\n\n"
 "The company was founded by Aidan Heavey in 1985, in Tullow, Ireland, as a gas exploration business operating in "
 "Senegal. Tullow listed its shares on the London Stock Exchange and Irish Stock Exchange in 1986 and the FTSE 100 "
 "index in September 2007.\n\n"
 "In 2000, Tullow acquired \u00a3201 million worth of gas fields and infrastructure in the North Sea from BP. At the "
 "same time, Tullow re-registered in the UK. In May 2004, Tullow completed the Energy Africa acquisition for $570 "
 "million.\n\n"
 "In 2006, the company began drilling its first well in Uganda and began exploiting the Lake Albert region. In 2007, "
 "Tullow drilled two deepwater wells offshore Ghana, discovering the massive Jubilee Oil Field.\n\n"
 "In February 2010, the company initiated a \"tax planning\" exercise that was criticised by Heritage's counsel during "
 "the Heritage/Tullow court case in 2013, as an attempt to reduce the amount of tax the firm was liable to pay in "
 "Uganda. Richard Inch, Head of Tax at Tullow, firmly rejected the criticism while giving evidence in this case. In "
 "November 2010, the Jubilee field was brought on to production, in record time, some 40 months after its "
 "discovery. A new major discovery was also made at the Enyenra (Owo) and Tweneboa fields in Ghana during the year.",
 "energy", ["deal", "leadership"],
 "The current article as encycloreader.org's Wikipedia reader ('r/wikipedia.php?q=Tullow_Oil') serves it in the page "
 "store: the infobox lines (company type, 'LSE: TLW', ISIN, industry, 'Founded 1985 in Tullow, Ireland', "
 "headquarters, 'Key people Rahul Dhir, (CEO) (from July 2020) Dorothy Thompson (Chairman)', products, revenue and "
 "income lines, website) cut, so the chief executive and the chairman are not in the text; citation markers ('[2]' to "
 "'[8]') cut; kept as written: 'the FTSE 100 index in September 2007' (the verb 'listed' shared), "
 "'\u00a3201 million worth of gas fields', 'the massive Jubilee Oil Field', '\"tax planning\"', 'Heritage's counsel' and "
 "'the Heritage/Tullow court case' (the other party named only so), 'Head of Tax'; cut after 'in Ghana during the "
 "year.', before 'In 2011, the company bought into 25 Dutch, North Sea Gas fields', whose sentence breaks off in the "
 "excerpt ('a new oil reserve was discovered '; `truncated`). Content of 2023-2024 (2023 figures; after Wikimedia's "
 "June 2023 move): recorded 4.0; doubtful: no revision id, encycloreader's terms not found (an earlier batch used its "
 "HandWiki copies). liquisearch's copy of the older history section (with Heavey's long quotation), Irish and British "
 "news profiles of Heavey (independent.co.uk, independent.ie, irishtimes, sharesmagazine) and companieshistory.com were "
 "looked at and not used. Tullow, Heavey, Energy Africa, Heritage Oil: " + CHECKED + " ('Jubilee' occurs in other "
 "corpus texts, other things; BP is named in many).", "non-US",
 copy_of="the Wikipedia article, via encycloreader.org's Wikipedia reader"))

for r in R:
    if r["id"] == "wp-femsa-2006":
        r["truncated"] = False   # the whole body of the 2006 revision

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

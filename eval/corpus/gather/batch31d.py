#!/usr/bin/env python3
"""Batch 31d (session 32; helper gather32d): deals, joint ventures and a court case told as events, part 5 of batch
27d's lane — English Wikipedia articles (CC BY-SA) whose subject is one change of owner, one joint venture or one
case, all with a non-US side and in sectors the lane had not covered: tourism (Club Med, owned by Fosun), hotels
(Fairmont Hotels & Resorts: Canadian Pacific, Colony Capital, Kingdom Holding, FRHI, AccorHotels), food and drink
(the Wahaha-Danone joint venture and its dispute), cosmetics (The Body Shop: L'Oréal, the agreed sale to Natura),
container shipping (P&O Nedlloyd: the P&O / Royal Nedlloyd joint venture and Maersk's purchase), book publishing
(Penguin Random House: Bertelsmann and Pearson, the blocked Simon & Schuster deal), aircraft (the Airbus A220 and
the Airbus Canada joint venture) and dairy (Sanlu Group: Fonterra's holding, the melamine scandal and the court's
bankruptcy order).
Texts are the search tool's page-store excerpts (never a whole page), cut at the last full sentence before an excerpt
breaks off or before the next section (`truncated`). Edits per item in `notes`; no word added or changed.
usage: batch31d.py [POOL_DIR] [--dry]   (default /tmp/gather32d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_4

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather32d/pool"


def wp_at(id, title, url, text, sector, topics, notes, region):
    """An en.wikipedia.org rendering held under an address that `article` would spell differently (an encoded '&'):
    the record names the page store's own address as source and as the place the text was held."""
    return record(id, title, url, url, text, sector, topics, EDITS + notes, region, licence=LICENCE_4, version="4.0")


R = []
# ---- tourism: Club Med -------------------------------------------------------------------------------------------------
R.append(wp("wp-club-med", "Club Med", "https://en.wikipedia.org/wiki/Club_Med",
 "Club Med SAS, commonly known as Club Med and previously known as Club Méditerranée SA, is a French travel and tourism "
 "operator headquartered in Paris, specializing in all-inclusive holidays. Founded in 1950, the company has been "
 "primarily owned by the Chinese conglomerate Fosun Group since 2013. Club Med either wholly owns or operates nearly "
 "eighty all-inclusive resort villages in holiday locations around the world.\n\n"
 "The club was founded in 1950 by Belgian entrepreneur Gérard Blitz. Blitz had opened a low-priced summer colony of "
 "tents on the Spanish island of Majorca, followed by another on the island of Djerba (Tunisia). A better entertainer "
 "than businessman, Blitz went bankrupt in 1953. His main creditor was his tent supplier Gilbert Trigano, the French "
 "\"King of Camping\"; Trigano took control of the club and slowly pushed Blitz aside. The first official Club Med was "
 "built the next year in Palinuro, Salerno, Italy. The original villages were simple: members stayed in unlit straw "
 "huts on a beachfront, sharing communal washing facilities. Such villages have been replaced with modern blocks or "
 "huts with ensuite facilities.\n\n"
 "Because of reckless spending, the club was on the verge of bankruptcy in 1961. It was saved by the 35-year-old Baron "
 "Edmond de Rothschild after he had visited a resort and enjoyed his stay.",
 "tourism", ["deal", "leadership"],
 "The article as en.wikipedia.org renders it in the page store ('= Club Med =' title line): the infobox lines (logo, "
 "type 'Subsidiary', parent 'Fosun International', location, key people 'Stéphane Maquaire, President' and five "
 "others, products, homepage, industry, employees, revenue '(2024)') and the headings '== History ==', '=== Foundation "
 "===', '=== Expansion ===' cut; kept as written: 'specializing', 'ensuite', the French \"King of Camping\"; cut after "
 "'enjoyed his stay.', before 'With Rothschild financing, the number of villages increased greatly under Trigano's "
 "leadersh', where the excerpt breaks off (`truncated`). The current rendering (revenue for 2024): recorded 4.0. Club "
 "Med SAS, Club Méditerranée, Fosun, Gérard Blitz, Gilbert Trigano, Edmond de Rothschild: 0 in train/dev/test ('Club "
 "M' matches only other words in two train files; 'Rothschild' one test file by count, a bank).", "non-US"))

# ---- hotels: Fairmont Hotels & Resorts ---------------------------------------------------------------------------------
R.append(wp_at("wp-fairmont-hotels-resorts", "Fairmont Hotels & Resorts",
 "https://en.wikipedia.org/wiki/Fairmont_Hotels_%26_Resorts",
 "Fairmont Hotels & Resorts is a Canadian chain of luxury hotel that operates more than 70 properties worldwide, with a "
 "strong presence in Canada.\n\n"
 "The company originated from two hotel businesses established in the late 19th century, the Canadian Pacific "
 "Limited-owned Canadian Pacific Hotels & Resorts, and Fairmont Hotels. In 1999, Canadian Pacific Hotels acquired a "
 "majority interest in Fairmont Hotels; with Canadian Pacific Hotels later renaming its entire hotel portfolio under "
 "the Fairmont Hotels & Resorts banner in 2001. Shortly after the hotel division was renamed, Canadian Pacific Limited "
 "was split into several smaller companies in a starburst move, with Fairmont becoming a separately-traded company.\n\n"
 "In 2006, Fairmont was acquired by Colony Capital, who subsequently entered into a joint partnership with the Kingdom "
 "Holding Company; consolidating Fairmont with their other hotel brands, Raffles and Swissôtel to form Fairmont Raffles "
 "Hotels International (FRHI). FRHI in turn became a subsidiary of AccorHotels in 2016.\n\n"
 "Canadian Pacific Hotels (CP Hotels) began as a division of the Canadian Pacific Railway (CPR) Hotels department. The "
 "division operated a series of hotels along CPR's rail lines as early as 1886. Many of these resort hotels were built "
 "and operated by the railway's hotel department, while a few were later acquired from Canadian National Hotels, a "
 "hotel division of the Canadian National Railway.",
 "hotels", ["deal"],
 "The article as en.wikipedia.org renders it in the page store ('= Fairmont Hotels & Resorts =' title line): the "
 "infobox lines (logo, type 'Subsidiary', predecessor, foundation, location, area served, industry, services, parent "
 "'Accor', homepage) and the headings '== History ==', '===Predecessors (1886–1999)===', '====Canadian Pacific "
 "Hotels====' cut; kept as written: 'a Canadian chain of luxury hotel', 'Fairmont Hotels; with Canadian Pacific "
 "Hotels later renaming', 'Raffles and Swissôtel to form' (no comma); cut after 'the Canadian National Railway.', "
 "before 'Over the ye', where the excerpt breaks off (`truncated`). The current rendering: recorded 4.0. Fairmont, "
 "Colony Capital, Kingdom Holding, Raffles, Swissôtel, FRHI, AccorHotels, Canadian National: 0 in train/dev/test; "
 "'Canadian Pacific': batch 30d's Canadian Airlines file (CP Air, another company) and one dev Wikinews file (another "
 "event); 'Accor' only inside other words ('according').", "non-US"))

# ---- food and drink: Wahaha Joint Venture Company ----------------------------------------------------------------------
R.append(wp("wp-wahaha-joint-venture", "Wahaha Joint Venture Company", "http://piglix.com/piglix/Wahaha_Joint_Venture_Company",
 "The Wahaha Joint Venture Company is a food and beverage joint venture company established between the Hangzhou "
 "Wahaha Group, the largest beverage producer in China, and Danone, one of the world's largest food conglomerates.\n\n"
 "The companies have been partners since 1996 in a business model Forbes magazine hailed as a \"showcase\" joint "
 "venture.\n\n"
 "As the businesses expanded and became more complex, Danone had made several attempts to buy out Wahaha, but was "
 "rebuffed. Danone and Wahaha's General Manager Zong Qinghou signed a deal in December 2006, allowing Danone to buy a "
 "majority stake in the non-JV operations. However, Zong had second thoughts about the deal and reneged, claiming the "
 "offer was underpriced. It is alleged that he wanted to squeeze a higher price out of Danone.\n\n"
 "In a trademark dispute, Danone filed for arbitration in Stockholm on 9 May 2007. Danone took further legal action by "
 "filing a suit in Los Angeles Superior Court against Ever Maple Trading and Hangzhou Hongsheng Beverage Co Ltd on 4 "
 "June 2007, companies controlled by Zong's wife and daughter.\n\n"
 "On 21 December 2007, Danone and the Chinese partner agreed to suspend their legal battle and resume negotiations.\n\n"
 "Founded in 1987, Hangzhou Wahaha Group Co. Limited was originally a sales company owned by the government of "
 "Hangzhou's Shangcheng District. From its creation, Zong Qinghou has led and grown the business, exercising control "
 "over the day-to-day operations. In 1995, Peregrine Investments Holdings introduced Zong to Danone, and discussions "
 "about joint ventures began. A joint venture agreement was signed on 28 March 1996.",
 "food and beverages", ["deal", "regulatory", "leadership", "near-miss"],
 "The article as piglix.com reproduces it in the page store ('*** Welcome to piglix ***'; a site rendering Wikipedia "
 "pages): that site line, the title line and the infobox lines (the Chinese name in brackets, type, industry, founded, "
 "headquarters, area served, key people 'Emmanuel Faber Chairman', products, revenue, '5%', parent 'Groupe Danone, "
 "Hangzhou Wahaha Group', website) cut; no citation marker in the excerpt; kept as written: 'have been partners since "
 "1996', 'Forbes magazine hailed as', 'the non-JV operations', 'Co Ltd' (no full stop), 'Zong's wife and daughter'; "
 "cut after 'signed on 28 March 1996.', before 'Major parts o', where the excerpt breaks off (`truncated`). Content "
 "to 2007-2009 (the joint venture told in the present tense): recorded 3.0; doubtful: the copy's date and piglix's "
 "terms page were not found in the page store. Wahaha, Zong Qinghou, Ever Maple, Hongsheng, Peregrine Investments: 0 "
 "in train/dev/test ('Peregrine' one train file: another company); Danone: one train Wikinews file (its honorary "
 "chairman's death, another event). Near-miss inside: buy-out attempts, a majority-stake deal reneged on, an "
 "arbitration, a lawsuit and suspended litigation, nothing completed.", "non-US", v3=True,
 copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- cosmetics: The Body Shop ------------------------------------------------------------------------------------------
R.append(wp("wp-the-body-shop", "The Body Shop", "http://piglix.com/piglix/The_Body_Shop_International_plc",
 "The Body Shop International plc, trading as The Body Shop, is a British cosmetics, skin care and perfume company that "
 "was founded in 1976 by Dame Anita Roddick. It currently has a range of 1,000 products which it sells in 3,000 "
 "franchised stores internationally in 66 countries. The company is based in Littlehampton, West Sussex.\n\n"
 "The company had been owned by the French cosmetics company L'Oréal between 2006 and 2017. In June 2017, L'Oréal "
 "agreed to sell the company to the Brazilian cosmetics company Natura for £880 million, subject to Brazilian and US "
 "regulatory approval.\n\n"
 "In 1970, Anita Roddick (then Anita Perella) visited \"The Body Shop\" housed in a car repairs garage in Berkeley, "
 "California selling naturally-scented soaps and lotions. The shop run by Peggy Short and Jane Saunders used natural "
 "ingredients, and helped to employ and train immigrant women. Six years later, in 1976, Roddick opened a similar shop "
 "in the UK, using the same business name, colour scheme, and cosmetic lines. In 1987, Roddick offered Short and "
 "Saunders $3.5 million to purchase the name \"The Body Shop\". From its first launch in the UK in 1976, The Body Shop "
 "experienced rapid growth, expanding at a rate of 50 percent annually.\n\n"
 "The Body Shop was floated on London's Unlisted Securities Market in April 1984, opening at 95p. After it obtained a "
 "full listing on the , the stock was given the nickname \"The shares that defy gravity,\" as its price increased by "
 "more than 500%.\n\n"
 "The Body Shop turned increasingly toward social and environmental campaigns to promote its business in the late "
 "1980s.",
 "cosmetics", ["deal", "leadership"],
 "The article 'The Body Shop' as piglix.com reproduces it in the page store under the company's full name (a site "
 "rendering Wikipedia pages; its lines are the article's paragraphs with single line breaks, made paragraph breaks "
 "here, whitespace only, as the store's other rendering of the same page, opening '*** Welcome to piglix ***', sets "
 "them): the title and site lines, an image caption ('The Body Shop, Oxford Street') and the infobox lines (type "
 "'Subsidiary', industry, founded '26 March 1976', founder, headquarters, locations, key people 'David Boynton, CEO', "
 "products, revenue '(2016)', owner 'Natura', employees, website) cut; kept as written: 'a full listing on the ,' (the "
 "copy drops a linked name), 'in a car repairs garage in Berkeley, California selling', 'It currently has'; cut after "
 "'in the late 1980s.', before 'In 1997, Roddick launched a global campaign to raise self', where the excerpt breaks "
 "off (`truncated`). Content to 2017 (the agreed sale to Natura, not yet completed): recorded 3.0; doubtful: the "
 "copy's date and piglix's terms page were not found in the page store. The Body Shop, Anita Roddick, Peggy Short, "
 "Natura (the company: 'Natura' otherwise only inside 'natural'), Unlisted Securities Market: 0 in train/dev/test; "
 "L'Oréal: one train file (a board seat in a biography, another event).", "non-US", v3=True,
 copy_of="the Wikipedia article, via a site rendering Wikipedia pages, under the company's full name"))

# ---- container shipping: P&O Nedlloyd ----------------------------------------------------------------------------------
R.append(wp("wp-po-nedlloyd", "P&O Nedlloyd", "http://en.academic.ru/dic.nsf/enwiki/2441474",
 "P&O Nedlloyd Container Line Limited was an Anglo-Dutch worldwide ocean-going container shipping line, with dual "
 "headquarters in London and Rotterdam. The company was formed in 1997 by the merger of the container-shipping "
 "interests of the leading Dutch transportation company Royal Nedlloyd (Nedlloyd Line) and the British maritime "
 "shipping giant P&O Group (P&O Containers). The company was the first large merger in the fragmented global container "
 "shipping market and is commonly believed to have initiated the current industry consolidation. The merger created "
 "the shipping equivalent to other large Anglo-Dutch cooperations such as Shell, Unilever and Reed Elsevier.\n\n"
 "In 2004 Royal Nedlloyd bought the remaining shares from P&O and the company was listed as Royal P&O Nedlloyd on the "
 "Dutch stock exchange. Royal P&O Nedlloyd was acquired by the Danish A.P. Moller-Maersk Group (Maersk) in 2005 and was "
 "combined with their existing container shipping business Maersk-Sealand to form Maersk Line. As Sealand was the USA "
 "based historic innovator of container shipping, Maersk Line subsequently embodies the Dutch, British as well as "
 "Danish and American merchant marine legacy.\n\n"
 "The company was formed by merging P&O Containers Limited (formerly OCL) and Nedlloyd Lines, in December 1996 as a "
 "50/50 joint venture of P&O and Royal Nedlloyd representing the liner shipping interests of the two companies.",
 "container shipping", ["deal"],
 "The article as en.academic.ru holds its English Wikipedia copy in the page store (academic.ru's enwiki copy, as "
 "batch 20a's Wachovia text): the title line, the infobox lines (industry, fate 'Rebranded as Maersk Line', founded, "
 "defunct, headquarters, area served, services, website), the lines 'Contents' and 'History' and an image caption "
 "('P&O Nedlloyd's Logo retained P&O's royal blue with Nedlloyd's trademark orange.') cut; kept as written: "
 "'cooperations', 'In 2004 Royal Nedlloyd bought' (no comma), 'the USA based historic innovator', 'Nedlloyd Lines, in "
 "December 1996'; cut after 'interests of the two companies.', before 'In a 1996 interview Leo Berndsen, chairman of "
 "the Royal Nedlloyd board, said: \"After a joint trip by speedboat on the Thames, ...', a quotation the excerpt "
 "breaks off inside (`truncated`). Content to about 2010 (the store's other academic copy, en-academic.com, has the "
 "same text): recorded 3.0; doubtful: no revision date. P&O Nedlloyd, Royal Nedlloyd, Nedlloyd Line(s), P&O "
 "Containers, OCL, Maersk-Sealand, Maersk Line, Reed Elsevier: 0 in train/dev/test; Maersk: one test file by count "
 "(batch 26e's Maersk text; 'Nedlloyd' is in no corpus text, so not this deal); P&O: one dev and "
 "one test file by count (P&O Ferries under DP World, 2022, another company and event); Shell, Unilever: other "
 "events.", "non-US", v3=True, copy_of="the Wikipedia article, academic.ru's enwiki copy"))

# ---- book publishing: Penguin Random House -----------------------------------------------------------------------------
R.append(wp("wp-penguin-random-house", "Penguin Random House",
 "https://db0nus869y26v.cloudfront.net/en/Penguin_Random_House",
 "On April 2, 2020, Bertelsmann announced the completion of its purchase of Penguin Random House, which had been "
 "announced in December 2019, by buying Pearson plc's 25% ownership of the company. With the purchase, Bertelsmann "
 "became the sole owner of Penguin Random House. Bertelsmann's German-language publishing group Verlagsgruppe Random "
 "House will be completely integrated into Penguin Random House, adding 45 imprints to the company, for a total of 365 "
 "imprints.\n\n"
 "As of 2021, Penguin Random House employed about 10,000 people globally and published 15,000 titles annually under "
 "its 250 divisions and imprints. These titles include fiction and nonfiction for adults and children in both print "
 "and digital. Penguin Random House comprises Penguin and Random House in the United States, the United Kingdom, "
 "Canada, Australia, New Zealand, Portugal, and India; Penguin in Brazil, Asia and South Africa; Dorling Kindersley "
 "worldwide; and Random House's companies in Spain, Hispanic America, and Germany.\n\n"
 "On November 25, 2020, The New York Times reported that Penguin Random House was planning to purchase Simon & "
 "Schuster from Paramount Global for $2.175 billion. However, on November 2, 2021, the U.S. Department of Justice "
 "sued to stop the deal on antitrust grounds, a suit that eventually succeeded on October 31, 2022. The deal formally "
 "collapsed on November 22, 2022.\n\n"
 "Penguin Random House was formed on July 1, 2013, by Markus Dohle upon the completion of a £2.4 billion transaction "
 "between Bertelsmann and Pearson to merge their respective trade publishing companies, Random House and Penguin "
 "Group. Bertelsmann and Pearson, the parent companies, initially owned 53% and 47%, respectively. Jane Ciabattari of "
 "Library Journal has referred to this merger as the publishing industry's response to the increasing dominance of "
 "Amazon.com in the book market.",
 "book publishing", ["deal", "regulatory", "near-miss"],
 "The article as a CloudFront-served copy holds it in the page store (db0nus869y26v.cloudfront.net, an unlabelled "
 "CDN address, as batch 27e's Emma Walmsley text; the excerpt starts inside the article's lead, at its third "
 "paragraph, without the opening sentences): the heading 'History' and the citation markers ('[6]' to '[15]') cut; "
 "kept as written: 'Pearson plc's 25% ownership', 'will be completely integrated', 'in both print and digital', "
 "'Hispanic America'; cut after 'in the book market.', before 'Markus Dohle was named CEO of the new company, which "
 "had more than 10,000 employees worldwide with m', where the excerpt breaks off (`truncated`). Content to November "
 "2022 with 'As of 2021': recorded 3.0; doubtful: the copy's date and origin are not stated. Penguin Random House, "
 "Random House, Penguin Group, Dorling Kindersley, Simon & Schuster, Markus Dohle, Library Journal: 0 in "
 "train/dev/test ('Penguin Random House/Simon & Schuster' is named in GATHERING.md only as DOJ texts not used); "
 "Bertelsmann, Pearson: batch 27f's RTL Group file (Bertelsmann's other unit) and one Wikinews file ('Pearson' "
 "airport); Paramount: train/dev files (other events). Near-miss inside: the planned Simon & Schuster purchase, "
 "blocked by the Justice Department's suit; US parties inside (Simon & Schuster, Paramount Global, the Justice Department).", "non-US",
 v3=True, copy_of="the Wikipedia article, via an unlabelled CloudFront-served copy"))

# ---- aircraft: Airbus A220 (Airbus Canada) -----------------------------------------------------------------------------
R.append(wp("wp-airbus-a220", "Airbus A220", "https://kiwix.casplantje.nl/wikipedia_en_top_maxi/A/Bombardier_CSeries",
 "The Airbus A220 is a family of narrow-body, twin-engine, medium-range jet airliners. The airliner was designed by "
 "Bombardier Aerospace and originally marketed as the Bombardier CSeries. Bombardier sold the CSeries airliner program "
 "to Airbus and it is now marketed by Airbus Canada Limited Partnership, a joint venture between Airbus and the Quebec "
 "government's investment arm Investissement Québec.\n\n"
 "The 108 to 133-seat A220-100 (ex CS100) made its maiden flight on 16 September 2013, was awarded an initial type "
 "certification by Transport Canada on 18 December 2015, and entered service on 15 July 2016 with Swiss Global Air "
 "Lines. The 130- to 160-seat A220-300 (ex CS300) first flew on 27 February 2015, received an initial type "
 "certification on 11 July 2016, and entered service with launch customer airBaltic on 14 December 2016. Early "
 "operators recorded better-than-expected fuel burn and dispatch reliability, as well as positive feedback from "
 "passengers and crew.\n\n"
 "Airbus acquired a 50.01% majority stake in the CSeries program in October 2017, with the deal closing in July 2018. "
 "As part of the deal, Bombardier retained a 31% stake in the aircraft and Investissement Québec 19%. In August 2019, "
 "Airbus opened a second assembly line for the aircraft at its Mobile, Alabama factory.",
 "aircraft manufacturing", ["deal"],
 "The article as a Kiwix copy holds it in the page store (kiwix.casplantje.nl, the 'wikipedia_en_top_maxi' ZIM file, "
 "reached under the old page name 'Bombardier_CSeries'): the title line, the infobox lines between the lead and the "
 "second paragraph ('A220', an image caption 'AirBaltic A220-300', role, national origin, manufacturer 'Airbus Canada "
 "Limited Partnership (Airbus: 75%, Investissement Québec: 25%)', designer, first flight, introduction, status, "
 "primary users, produced, number built '113 as of 31 March 2020', programme and unit costs) and the citation markers "
 "('[6]', '[7]') cut; kept as written: 'program' and 'programme', 'The 108 to 133-seat', 'launch customer airBaltic'; "
 "cut after 'Mobile, Alabama factory.', before 'In February 2020, Bombardier exited the programme; Airbus increased "
 "its share to 75% while Investis', where the excerpt breaks off (`truncated`). Content to March 2020: recorded 3.0; "
 "doubtful: the ZIM file's date is not stated. Airbus A220, CSeries, Airbus Canada, Investissement Québec, Transport "
 "Canada, Swiss Global Air Lines: 0 in train/dev/test; Airbus: Wikinews files on other aircraft and events; Bombardier: "
 "train/test files on its trains and other aircraft orders; airBaltic: one dev file (another event).", "non-US",
 v3=True, copy_of="the Wikipedia article, via a Kiwix copy, under its old name 'Bombardier CSeries'"))

# ---- dairy / court case: Sanlu Group -----------------------------------------------------------------------------------
R.append(wp("wp-sanlu-group", "Sanlu Group", "https://en.wikipedia.org/wiki/Sanlu_Group",
 "Sanlu Group CO., Ltd. (SJZSGCZ) was a Chinese dairy products company based in Xinhua District, Shijiazhuang, the "
 "capital city of Hebei. It produced one of the oldest and most popular brands of infant formula in China. New "
 "Zealand's Fonterra owned 43% of Sanlu.\n\n"
 "In September 2008, it was involved in an adulterated powdered milk scandal, affecting some 294,000 Chinese infants "
 "and killing six. Their infant formula had been adulterated with melamine, which can cause kidney stones and other "
 "complications. It received a bankruptcy order from Shijiazhuang Court on 24 December 2008, and several of its top "
 "managers were sentenced to long prison terms.\n\n"
 "The company began as Shijiazhuang Dairy Company (SDC) on 16 February 1956. After several acquisitions in 1995, Sanlu "
 "Group was formed in 1996. Tian Wenhua, then general manager of SDC, became President and general manager of Sanlu. "
 "Under Tian, Sanlu led the Chinese powdered milk market for 13 consecutive years in terms of sales. Tian was "
 "considered one of the most successful entrepreneurs in China for her role in building the company. She was named "
 "deputy chairman of the China Dairy Industry Association, and elected to the National Committee of the Chinese "
 "People's Political Consultative Conference. The company was a collective; managers and workers both owned shares of "
 "Sanlu.\n\n"
 "Sanlu became Shijiazhuang's largest taxpayer since it had become the largest formula seller in China for a "
 "continuous 15-year period.",
 "dairy", ["regulatory", "leadership", "near-miss"],
 "The article as en.wikipedia.org renders it in the page store ('= Sanlu Group =' title line): the infobox lines "
 "(native name, type, founded, defunct, logo, fate, headquarters, area served, key people 'Zhang Zhenling (Chairman)', "
 "industry, products, owner 'Fonterra (43%)'), the heading '== Ownership and business ==' and the association's "
 "Chinese name in brackets after 'China Dairy Industry Association' (as batch 30d cut Hana Bank's Korean name) cut; "
 "kept as written: 'CO., Ltd. (SJZSGCZ)', 'President and general manager', 'the Chinese powdered milk market'; cut "
 "after 'a continuous 15-year period.', before 'Richard McGre', where the excerpt breaks off (`truncated`). The "
 "current rendering: recorded 4.0. Sanlu, Fonterra, Tian Wenhua, melamine, the dairy association: 0 in "
 "train/dev/test. Near-miss inside: a food scandal and a court's bankruptcy order, no deal; Fonterra's 43% holding "
 "only.", "non-US"))


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

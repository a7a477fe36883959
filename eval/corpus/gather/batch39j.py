#!/usr/bin/env python3
"""Batch 39j (session 40; helper gather40j): Voice of America staff stories on companies, kept to business — a
Japanese electronics and entertainment group raising its profit forecast with its chief financial officer's comment
and a Japanese carmaker's quarterly profit; Hong Kong's chief executive's infrastructure plan, the EU's decision on
Chinese textile quotas and a Chinese bank's planned stake in a San Francisco bank — the VOA lane of session 39/40
(GATHER-VOA39.md), a round after batches 38m, 38w, 38x, 38z, 38zc and 39d taken to two of batch 39d's leads (VOA's
Hong Kong business round-ups of 5 February 2007 and 15 October 2007):
- Sony Corporation raising this fiscal year's net profit forecast, its chief financial officer Nobuyuki Oneda, the
  PlayStation 3 launch costs, Honda's third-quarter profit (VOA, Claudia Blume, Hong Kong, 5 February 2007; the
  round-up's Tata Steel-Corus item, a train text's subject, cut as whole paragraphs);
- Hong Kong's chief executive Donald Tsang's $32 billion infrastructure package, the European Union's textile quotas,
  China's Mingsheng Banking Corporation buying a 9.9 percent stake in UCBH Holdings (VOA, Claudia Blume, Hong Kong,
  15 October 2007).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story, on voanews.com and on VOA's
Tibetan service's site voatibetan.com (a copy of the English round-up), embedded here. No story's page text as held
shows a wire credit (AP, Reuters, AFP, 'Some information for this report came from ...'); both name their VOA
reporter in the teaser ('Claudia Blume in Hong Kong has more ...', "Claudia Blume at VOA's Asia News Center in Hong
Kong has more ..."); each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's,
38w's, 38x's, 38z's, 38zc's and 39d's VOA items. Edits in `notes`; no word added or changed. newskg (or any
extractor) was not run on the texts.
usage: batch39j.py [POOL_DIR] [--dry]   (default /tmp/gather40j/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40j/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's, 38m's, 38w's, 38x's, 38z's, 38zc's and 39d's VOA "
           "items; the page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather40*/pool as "
           "they stood; file names only, no test or dev text opened): ")

R = []
# ---- Japan: Sony's forecast and its CFO Nobuyuki Oneda, Honda's profit (Hong Kong, 5 February 2007) ----------------
R.append(rec("voa-sony-profit-forecast-cfo-oneda-honda-profit-2007",
 "https://www.voatibetan.com/a/a-28-2007-02-05-voa4-90287347/1271128.html", "2007-02-05",
 "India's Tata Steel Wins Bid for European Steelmaker Corus",
 "Japan's Sony Corporation raised this fiscal year's net profit forecast by 38 percent. The electronics and "
 "entertainment company said it expects a profit of about $900 million, compared with a previous forecast of $650 "
 "million.\n\n"
 "The increase is mainly due to a recovery of the company's electronics business, which saw strong sales of "
 "flat-screen TVs and digital cameras during the Christmas season.\n\n"
 "Revenue in Sony's movie division rose 47 percent in the third quarter, due to strong ticket sales for the latest "
 "James Bond movie, \"Casino Royale\", and healthy sales of its movies on DVD. The company's game segment, however, "
 "posted a loss - largely due to the costs related to the launch of the company's Playstation 3 Video game "
 "console.\n\n"
 "Nobuyuki Oneda is Sony's chief financial officer and is speaking through an interpreter.\n\n"
 "\"Even though there was a significant increase in operating income in [the] electronic segment and a considerable "
 "improvement in the picture segments, overall operating income decreased due to loss in game segment,\" Oneda "
 "says.\n\n"
 "Third-quarter profit in another Japanese company, carmaker Honda, climbed almost nine percent compared with the "
 "same period a year earlier. While domestic sales were weak, sales of Honda's cars grew in other Asian countries, as "
 "well as in Europe and North America.",
 "electronics/automotive", "earnings,leadership",
 "The VOA round-up as VOA's Tibetan service's site serves it in the page store (voatibetan.com, "
 "'/a/a-28-2007-02-05-voa4-90287347/1271128.html', the English text; found with \"VOA Claudia Blume Sony chief "
 "financial officer Nobuyuki Oneda Honda profit Tata Steel Corus\", rank 2, and again with \"Sony raises its profit "
 "forecast; chief financial officer Nobuyuki Oneda says; Honda third-quarter profit; weekly summary of Asian business "
 "news\", rank 2; no voanews.com copy came back). The stored text opens with the heading (kept as title: \"India's "
 "Tata Steel Wins Bid for European Steelmaker Corus\"; it names the item cut below, and the gold annotates the text "
 "only). Cut, as whole paragraphs (the brief's rule for a part-duplicate round-up): the teaser (\"India's Tata Steel "
 "has bought a European steel maker, and Japan's Sony Corporation has raised its net profit forecast. Claudia Blume "
 "in Hong Kong has more on these and other stories in our weekly summary of Asian business news.\": it tells the Tata "
 "Steel purchase) and the round-up's Tata Steel-Corus item, its two paragraphs ('India's Tata Steel outbid a "
 "Brazilian rival to take over London-based steelmaker Corus for about $12 billion.' and 'The acquisition, which was "
 "the biggest ever by an Indian firm, could help Tata Steel become the world's fifth-largest steelmaker, ...') — "
 "that event is a train text's subject (wn-steel-industry-tata-buys-corus-2007, by file name); cut at the end the "
 "broken 'Chinese comp' where the store's excerpt (about 2,000 characters) breaks off: `truncated` true. The text "
 "now opens at the Sony item. `published` from the address ('a-28-2007-02-05'). Kept as written: 'Playstation 3 "
 "Video game console' (capitals as held), '\"Casino Royale\",' (the comma after the closing quote as held), "
 "'[the] electronic segment' (the bracket as held, in the quotation), 'posted a loss - largely'. The teaser (cut) "
 "names the VOA reporter ('Claudia Blume in Hong Kong has more on these and other stories in our weekly summary of "
 "Asian business news'). " + NO_WIRE + ". " + CHECKED + "'Oneda', 'Casino Royale', 'voatibetan', "
 "'a-28-2007-02-05' -> no file; 'Sony' in 2007 texts -> one test text on another subject (Sony Ericsson's low-cost "
 "phones, by file name); 'Honda' in 2007 texts -> no file; the VOA texts of batches 38m-39d (ids and addresses) -> "
 "none of February 2007: Sony's February 2007 forecast rise, its CFO's comment and Honda's quarter are new to the "
 "corpus.",
 True))

# ---- Hong Kong/China/EU/US: Tsang's infrastructure plan, textile quotas, Mingsheng-UCBH (15 October 2007) -----------
R.append(rec("voa-hong-kong-infrastructure-tsang-mingsheng-ucbh-stake-2007",
 "http://www.voanews.com/a/a-13-2007-10-15-voa8/336233.html", "2007-10-15",
 "Hong Kong to Boost Competitiveness With Major Infrastructure Projects",
 "Hong Kong's chief executive has announced a new infrastructure development plan to boost the territory's "
 "competitiveness and the European Union has announced it will scrap import quotas for Chinese textiles. Claudia "
 "Blume at VOA's Asia News Center in Hong Kong has more on these and other business stories from the region.\n\n"
 "Hong Kong's chief executive, Donald Tsang, has announced a $32 billion infrastructure package as the backbone of "
 "the territory's development plan for the next five years.\n\n"
 "The 10 large-scale projects include a bridge linking Hong Kong, Macau and the southern Chinese manufacturing hub "
 "of Zhuhai and an express rail link between Hong Kong and the mainland Chinese cities of Shenzhen and Guangzhou.\n\n"
 "Tsang says he expects the projects to boost Hong Kong's competitiveness.\n\n"
 "\"Upon completion, they can bring along economic value amounting to [a] substantial level,\" he said. \"That will "
 "be seven percent of our GDP [gross domestic product] and also create 250,000 additional jobs.\"\n\n"
 "The European Union has agreed not to extend quotas on textile imports from China next year. The quotas will be "
 "replaced with a joint surveillance system that monitors both the issuing of export licenses in China and the "
 "import of goods into the EU.\n\n"
 "The EU imposed the textile quotas in 2005 out of concern that inexpensive Chinese imports were swamping the "
 "European market. The quotas are due to expire at the end of this year.\n\n"
 "China's Mingsheng Banking Corporation says it will spend up to $317 million to buy a 9.9 percent stake in U.S. "
 "bank UCBH Holdings. Both banks have agreed that Mingsheng's stake can later be increased to 20 percent. The deal "
 "marks the first strategic investment by a Chinese bank in a U.S. lender.\n\n"
 "San Francisco-based UCBH Holdings caters mainly to Chinese communities in the United States.",
 "economy/trade/banking", "economy,regulatory,deal,ownership,leadership",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2007-10-15-voa8/336233.html'; found with \"Hong "
 "Kong's chief executive Donald Tsang unveiled infrastructure projects; Minsheng Banking buys 9.9 percent stake in "
 "UCBH Holdings; VOA business Asia\", rank 1, and again with its teaser's last sentence, rank 1; batch 39d's lead). "
 "Cut: the page chrome ('Accessibility links', 'Breaking News', 'News', the 'update' label), the heading (kept as "
 "title 'Hong Kong to Boost Competitiveness With Major Infrastructure Projects'); cut after '... Chinese communities "
 "in the United States.', dropping the broken \"Japan's Sony Corporation says it will cut the price of \" where the "
 "store's excerpt (about 2,000 characters) breaks off: `truncated` true. `published` from the address "
 "('a-13-2007-10-15'). Kept as written: 'Mingsheng Banking Corporation' (so spelt in the text; the bank is usually "
 "written Minsheng), '[a] substantial level' and 'GDP [gross domestic product]' (the brackets as held, in the "
 "quotation), 'export licenses'. The teaser names the VOA reporter (\"Claudia Blume at VOA's Asia News Center in Hong "
 "Kong has more on these and other business stories from the region\"). " + NO_WIRE + ". " + CHECKED + "'UCBH', "
 "'Mingsheng', 'Minsheng', 'textile quota', 'a-13-2007-10-15' -> no file; 'Donald Tsang' -> one train text on "
 "another subject (wp-mtr-corporation, by file name) and batch 26e's script; 'Zhuhai' -> one train text on another "
 "subject (wp-dong-mingzhu) and batch 27e's scripts; 'Claudia Blume' -> VOA texts of batches 38w, 38z and 39d, other "
 "round-ups (ids and addresses checked): Tsang's October 2007 package, the EU's textile quota decision and the "
 "Mingsheng-UCBH stake are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

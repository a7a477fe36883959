#!/usr/bin/env python3
"""Batch 39d (session 40; helper gather40d): Voice of America staff stories on companies outside the US and Japan —
a Chinese state bank buying a fifth of South Africa's largest lender, told from VOA's Johannesburg bureau with the
lender's chief financial officer; an Indian outsourcing company's quarterly profit and its chief executive, a Chinese
steel trader's majority stake in an Australian iron ore miner over a rival bidder; a planned gas pipeline across
Afghanistan and Pakistan with an Asian Development Bank project coordinator, two airlines' route alliance facing
rejection by two competition watchdogs, an Indian software company's earnings — the VOA lane of session 39/40
(GATHER-VOA39.md), business stories only, a round after batches 38m, 38w, 38x, 38z and 38zc taken to the Johannesburg
bureau and to VOA's Hong Kong business round-ups of 2003 and 2008:
- the Industrial and Commercial Bank of China (ICBC) purchasing 20 percent of Standard Bank, Standard Bank's chief
  financial officer Simon Ridley (VOA, Delia Robertson, Johannesburg, 26 October 2007);
- Infosys Technologies' profit and its chief executive S. Gopalakrishnan, Sinosteel's majority stake in Midwest over
  Murchison Metals' rival bid, Japan's consumer confidence (VOA, Heda Bayron, Hong Kong, 14 July 2008);
- the Turkmenistan-Afghanistan-Pakistan gas pipeline and the Asian Development Bank's project coordinator Seethapathy
  Chander, New Zealand's Commerce Commission and the Australian competition commission on the Qantas-Air New Zealand
  alliance, Qantas owning about 22 percent of Air New Zealand, Infosys Technologies' fourth-quarter earnings (VOA,
  'Asia Business: The Week Ahead', 14 April 2003).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com (one as VOA's
own content-management host voa.pangea-cms.com serves it), embedded here. No story's page text as held shows a wire
credit (AP, Reuters, AFP, 'Some information for this report came from ...'); two name their VOA reporter in the
teaser ("VOA's Delia Robertson has more from our bureau in Johannesburg", 'Heda Bayron has this week's summary of
business news in Asia from Hong Kong'), one carries no byline; each is taken as a VOA staff story, a US government
work (17 U.S.C. 105), as batch 18a's, 38m's, 38w's, 38x's, 38z's and 38zc's VOA items. Edits in `notes`; no word added
or changed. newskg (or any extractor) was not run on the texts.
usage: batch39d.py [POOL_DIR] [--dry]   (default /tmp/gather40d/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather40d/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's, 38m's, 38w's, 38x's, 38z's and 38zc's VOA items; "
           "the page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather40*/pool as "
           "they stood, none there yet; file names only, no test or dev text opened): ")

R = []
# ---- South Africa/China: ICBC buys 20 percent of Standard Bank (Johannesburg, 26 October 2007) ---------------------
R.append(rec("voa-icbc-buys-fifth-of-standard-bank-cfo-ridley-2007",
 "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-10-26-voa21-66520362/553515.html", "2007-10-26", None,
 "In the largest post-apartheid direct investment deal in South Africa, the state-controlled Industrial and "
 "Commercial Bank of China, ICBC, has purchased 20 percent of Standard Bank, South Africa's largest lender. VOA's "
 "Delia Robertson has more from our bureau in Johannesburg.\n\n"
 "The $5.5 billion deal is the largest investment China has made into any foreign market. It also signifies China's "
 "determination to invest in resource-rich regions where it can acquire the necessary raw materials it needs for its "
 "burgeoning economy.\n\n"
 "The deal will see some $4.3 billion flow directly into the South African economy, while Standard Bank has "
 "earmarked the rest for investment in Africa, China and some smaller developing economies.\n\n"
 "Standard Bank's chief financial officer, Simon Ridley says the deal is important for accelerating trade between "
 "the South Africa and China. He also notes that Standard Bank already has significant investments in Africa, and "
 "the experience in industries that are important to the ICBC and China.\n\n"
 "\"And then there is a lot of appetite from Chinese counterbodies [sic] to invest in Africa; and that is in "
 "anything but particularly around resources type projects. And we have a long history of financing mining and "
 "related resource projects,\" he said.\n\n"
 "Ridley adds that in South Africa, the bank will be expanding in the areas of infrastructure and manufacturing.\n\n"
 "\"But there is still a lot of activity in two main areas - there is building up of infrastructure in the country "
 "and there is a huge amount of investment necessary, which banks like us can take part in. And secondly corporate "
 "South Africa is building up manufacturing capacity after many quiet years of just filling up existing capacity so "
 "again, we can be part of financing that,\" explained Ridley.\n\n"
 "The deal has already won the approval of the South African banking regulator and Ridley says he believes it has "
 "also won the support of the government.",
 "banking", "deal,ownership,leadership",
 "The VOA story as VOA's own content-management host serves it in the page store (voa.pangea-cms.com, a 'preview' "
 "address carrying the voanews.com story path 'a/a-13-2007-10-26-voa21-66520362/553515.html'; found with \"VOA "
 "Claudia Blume Industrial and Commercial Bank of China Standard Bank stake South Africa\", rank 5, and again with "
 "its first sentence, rank 2; no voanews.com copy came back). The stored text has no heading and no page chrome: "
 "`title` null (the attribution says so). Paragraphs as held (single line breaks made blank lines). Cut: the broken "
 "last sentence where the store's excerpt (about 2,000 characters) breaks off ('\"And secondly it ties up with the "
 "diplomatic relationship between Chin'): `truncated` true. `published` from the address ('a-13-2007-10-26'). Kept "
 "as written: 'post-apartheid', \"Standard Bank's chief financial officer, Simon Ridley says\" (no comma after the "
 "name, as held), 'between the South Africa and China', 'counterbodies [sic]' (the bracketed [sic] as held, in the "
 "quotation), 'resources type projects'. The teaser names the VOA reporter (\"VOA's Delia Robertson has more from "
 "our bureau in Johannesburg\"). " + NO_WIRE + ". " + CHECKED + "'Simon Ridley', 'Delia Robertson', 'post-apartheid "
 "direct investment' -> no file; 'Standard Bank' -> one train text on another subject (Nonkululeko Nyembezi-Heita's "
 "biography, by file name) and batch 33e's scripts; 'Industrial and Commercial Bank', 'ICBC' -> texts on other "
 "subjects (UnionPay; a dev text on Turbolinux at China's largest bank in 2005, by file name) and batches 25c's and "
 "27f's scripts: ICBC's October 2007 purchase of a fifth of Standard Bank is new to the corpus.",
 True))

# ---- India/China/Australia/Japan: Infosys profit, Sinosteel-Midwest, consumer confidence (Hong Kong, 14 July 2008) --
R.append(rec("voa-infosys-profit-gopalakrishnan-sinosteel-midwest-stake-2008",
 "https://voanews.com/amp/a-13-2008-07-14-voa7-66823697/257069.html", "2008-07-14",
 "India's IT Companies Report Strong Growth",
 "One of India's leading information technology companies reports strong profit growth, while Japanese consumer "
 "confidence drops to a record low. Heda Bayron has this week's summary of business news in Asia from Hong Kong.\n\n"
 "Infosys Technologies says profit rose 21 percent to $303 million for the quarter ending in June from the same "
 "period a year ago.\n\n"
 "The Bangalore I.T. outsourcing company says it added 49 clients during the period, despite a tough business "
 "environment because of financial troubles in its major market - the United States.\n\n"
 "\"There are sporadic requests for changes in contract,\" said S. Gopalakrishnan, the company's chief executive "
 "officer. \"But generally the pricing environment is stable\u2026. Although the economic environment continues to "
 "be uncertain, and could impact IT spending in the short term, we see opportunities for growth.\"\n\n"
 "The company expects revenue to grow by more t han 29 percent for the fiscal year.\n\n"
 "China's Sinosteel has acquired a majority stake in the Australian iron ore miner Midwest for $1.3 billion. "
 "Sinosteel prevailed over a rival bid by Australian miner Murchison Metals and initial opposition from Midwest's "
 "board.\n\n"
 "This is the latest in a series of recent deals involving Chinese state-owned companies buying stakes in mining "
 "companies overseas to ensure a steady supply of resources.\n\n"
 "High gas and food prices have pushed consumer confidence in Japan to its worst level in 26 years.\n\n"
 "The government says the sentiment index dropped to 32.6 last month from 33.9 in May. It was the lowest since the "
 "government began compiling the figures in 1982.\n\n"
 "Consumption accounts for more than half of the economy, and some analysts expect the economy to slow as result.\n\n"
 "Japan has suffered years of deflation. But now, prices are rising at the fastest rate in a decade while wages "
 "have remained flat.",
 "it/mining/economy", "earnings,deal,ownership,economy,leadership",
 "The VOA story as voanews.com serves it in the page store (its AMP page, '/amp/a-13-2008-07-14-voa7-66823697/"
 "257069.html'; found with \"Claudia Blume in Hong Kong has more on these and other stories in our weekly summary of "
 "Asian business news. India's Infosys Technologies chief executive Nandan Nilekani\", rank 1, and again with its "
 "heading and company names, rank 1). The stored text opens with the heading (kept as title: \"India's IT Companies "
 "Report Strong Growth\"; no page chrome). Cut: the broken last sentence where the store's excerpt (about 2,000 "
 "characters) breaks off ('Also in Japan, Shinsei Bank has agreed to buy General Electric's consumer finance "
 "business in the country for $5'): `truncated` true. `published` from the address ('a-13-2008-07-14'). Kept as "
 "written, errors and all: 'more t han 29 percent' (the stray space as held), 'I.T.', 'stable\u2026.' (the ellipsis "
 "and full stop as held), 'to slow as result'. The teaser names the VOA reporter ('Heda Bayron has this week's "
 "summary of business news in Asia from Hong Kong'). " + NO_WIRE + ". " + CHECKED + "'Sinosteel', 'Murchison', "
 "'Gopalakrishnan', 'Shinsei' -> no file; 'Midwest' -> checked with 'Sinosteel' (no file); 'Heda Bayron' -> batch "
 "38x's dev text (Oracle and i-flex, 2005) and scripts, another story; 'Infosys' -> texts on other subjects (batch "
 "38w's Patni-Cymbal text and others, by file name): Infosys's June 2008 quarter, Sinosteel's Midwest stake and "
 "Japan's June 2008 consumer confidence are new to the corpus.",
 True))

# ---- Central/South Asia, Australia/New Zealand, India: gas pipeline, Qantas-Air NZ, Infosys (14 April 2003) ---------
R.append(rec("voa-tap-gas-pipeline-adb-qantas-air-new-zealand-alliance-infosys-2003",
 "https://www.voanews.com/a/a-13-a-2003-04-14-6-asia/289929.html", "2003-04-14",
 "Asia Business: The Week Ahead - 2003-04-14",
 "India has been invited to join in building a pipeline that would supply natural gas to Central and South Asia. In "
 "Australia and New Zealand, consumer watchdog agencies look likely to reject a deal between Qantas and Air New "
 "Zealand to cooperate on routes.\n\n"
 "The Asian Development Bank says a planned gas pipeline, which would tap fields in southern Turkmenistan and cross "
 "Afghanistan and Pakistan, could be more viable if India participated in construction.\n\n"
 "Afghanistan, Pakistan and Turkmenistan last week invited India to take part in the project, as an investor and a "
 "buyer of natural gas.\n\n"
 "\"This is a very positive step on behalf of the three countries,\" says Seethapathy Chander, project coordinator of "
 "the Asian Development Bank. \"The pipeline capacity is quite large and although we believe there is a possibility "
 "of the pipeline being financially and economically viable even without India's participation, it's good to get a "
 "larger throughput into the pipeline and thereby enhancing the viability of the project.\" He adds that "
 "construction will cost about two and a half billion dollars and take at least three years.\n\n"
 "India's decision hinges on the pricing of gas and political concerns over the security of the pipeline.\n\n"
 "Consumer watchdogs in Australia and New Zealand say they will reject a proposal by Qantas Airways and Air New "
 "Zealand to cooperate on routes, including those between Australia and New Zealand. Qantas owns about 22 percent of "
 "Air New Zealand.\n\n"
 "New Zealand's Commerce Commission says the alliance will not benefit passengers and will reduce competition. The "
 "Australian Consumer Competition Commission has said it will reject the plan, but its final ruling is not expected "
 "before June.\n\n"
 "Infosys Technologies, the Indian software giant, reported lower-than-expected earnings for its fourth quarter on "
 "Thursday.",
 "energy/aviation/it", "partnership,regulatory,ownership,earnings,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Claudia Blume in Hong Kong has more on "
 "these and other stories in our weekly summary of Asian business news. India's Infosys Technologies chief executive "
 "Nandan Nilekani\", rank 7). Cut: the page chrome ('Accessibility links', 'Breaking News', 'News', the 'update' "
 "label), the heading (kept as title 'Asia Business: The Week Ahead - 2003-04-14'); cut after 'for its fourth "
 "quarter on Thursday.', dropping the broken 'Net profit for January through March grew by 23 percent compared w' "
 "where the store's excerpt (about 2,000 characters) breaks off: `truncated` true. `published` from the address "
 "('a-13-a-2003-04-14') and the heading. Kept as written: 'Australian Consumer Competition Commission' (so named in "
 "the text), 'two and a half billion dollars', 'lower-than-expected'. " + NO_WIRE + " (no byline either). " + CHECKED
 + "'Seethapathy', 'Chander', 'Turkmenistan', 'Consumer Competition Commission' -> no file; 'Air New Zealand' -> two "
 "train texts on other subjects (a former Qantas freight head, 2008; Virgin's New Zealand service, 2007, by file "
 "name) and batches 13's and 25c's annotation scripts; 'Commerce Commission' -> one train text on another subject "
 "(New Zealand's local loop unbundling, 2006) and batch 37r's scripts; 'Qantas' -> texts on other subjects, among them "
 "a train text on the ACCC and Qantas's airline partners (2007) and a VOA text on JAL's shareholder (2006, by file name); 'Asian "
 "Development Bank', 'Infosys' -> texts on other subjects (by file name): the April 2003 invitation to India, the watchdogs' stand on the "
 "Qantas-Air New Zealand alliance and Infosys's March 2003 quarter are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 38z (session 39; helper gather39z): Voice of America staff stories on Asian companies — a port operator
raising its stake in a Dutch container terminal's holding company and an analyst's view of it, a bribery
indictment tied to a US computer maker's Korean affiliate; an airport authority's stake in a Chinese airport, its
chief executive, a property developer's record sale and an insurer's former heads sentenced; a chip plant, an
investment bank's new fund and its chief investment officer — the VOA lane of session 39 (GATHER-VOA39.md), business
stories only, a fifth round of VOA's Asian business round-ups after batches 38m, 38w and 38x:
- 48 executives and officials indicted over IBM's South Korean affiliate, Hutchison Whampoa buying a 19 percent
  stake from RCPM that lifts its interest in ECT Beheer to 98 percent, CLSA's shipping analyst Danni Schutte,
  Singapore's visitor arrivals (VOA, 5 January 2004);
- Japan-ASEAN free trade talks, the Hong Kong Airport Authority's 35 percent stake in Hangzhou Xiaoshan
  International Airport and its chief executive David Pang, Sun Hung Kai Properties' record penthouse sale, HIH
  Insurance's former managing director Rodney Adler and chief executive Ray Williams sentenced, ASIC's chairman
  Jeff Lucy (VOA, 18 April 2005);
- ASEAN-EU free trade talks, Texas Instruments' $1 billion plant in the Philippines, CLSA Asia-Pacific Markets'
  Clean Water fund and its chief investment officer Andrew Pidden, China's oil find (VOA, 7 May 2007).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com (two) or on
VOA's own content-management host voa.pangea-cms.com (one, a 'preview' address carrying the voanews.com story path),
embedded here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); one names its VOA reporter in the teaser ("Claudia Blume at VOA's Asia News Center"), two carry no
byline; each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's, 38o's,
38w's and 38x's VOA items. Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the
texts.
usage: batch38z.py [POOL_DIR] [--dry]   (default /tmp/gather39z/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39z/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's, 38w's and 38x's VOA items; the page "
           "itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -rl on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")



R = []
# ---- South Korea/Hong Kong/Netherlands: IBM Korea indictments, Hutchison's ECT stake (5 January 2004) --------------
R.append(rec("voa-ibm-korea-bribery-indictments-hutchison-ect-rotterdam-stake-2004",
 "https://www.voanews.com/a/a-13-a-2004-01-05-1-asia/299568.html", "2004-01-05", None,
 "A bribery scandal involving a U.S. computer giant has rocked South Korea as authorities indict almost 50 "
 "executives and a Hong Kong company will acquire a larger stake in a Dutch container port.\n\n"
 "South Korea 48 company executives and government officials were indicted on corruption charges linked to the "
 "South Korean affiliate of IBM, the American computer giant.\n\n"
 "The prosecutors allege that IBM's South Korean branch and its local affiliates bribed government agencies to win "
 "$55 million worth of contracts.\n\n"
 "Hong Kong's Hutchison Whampoa conglomerate says it will buy a larger stake in the container port of Rotterdam in "
 "the Netherlands. Hutchison, one of the world's leading port operators, will purchase a 19-percent stake for about "
 "$13 million from the Dutch company RCPM. Hutchison also will take on about $715 million in RCPM debt.\n\n"
 "Danni Schutte, a shipping analyst with investment bank CLSA in Hong Kong, says Hutchison is eager to gain greater "
 "exposure to the potential growth of European ports. \"If you look at what Hutchison has been doing over the last "
 "couple of years, the Hong Kong port is slowing down and the strategy has been to gain exposure elsewhere in the "
 "world.\"\n\n"
 "The purchase will boost Hutchison's total interest in the port's holding company, ECT Beheer, to 98 percent from "
 "79 percent.\n\n"
 "Singapore's tourism office reported that visitor arrivals to the city-state rose 7.9 percent in November compared "
 "with the same month in 2002.\n\n"
 "It was a year-on-year increase following the start of the Severe Acute Respiratory Syndrome outbreak early last "
 "year, which caused tourist arrivals to plunge 70 percent.\n\n"
 "While the SARS outbreak in Singapore was brought under control sooner than it was in Hong Kong, China and Taiwan, "
 "the lingering fear of the new disease kept travelers away.",
 "it/ports/tourism", "regulatory,deal,ownership",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Chinese "
 "computer company; Singapore Airlines; Korean company buys stake; analyst with brokerage in Hong Kong says; "
 "2006\", rank 3). The stored text has no page chrome, no heading and no reporter's line, so `title` is null and "
 "the attribution says so (as batches 38o's, 38w's and 38x's round-ups without a heading); `published` from the "
 "address ('a-13-a-2004-01-05'). Nothing cut: the excerpt (about 1,750 characters, shorter than the store's "
 "2,000-character excerpts) ends at a sentence end, 'kept travelers away.', and is taken as the whole stored text "
 "(`truncated` false; the page may have run on). Paragraph breaks as held (single line breaks in the store, "
 "written as blank lines). Kept as written: 'South Korea 48 company executives' (no 'In', as held), '19-percent', "
 "'travelers'. " + NO_WIRE + " (no byline either). " + CHECKED + "'ECT Beheer', 'RCPM', 'Schutte', 'CLSA', 'IBM "
 "Korea', 'Europe Container Terminals' -> no file; 'Rotterdam' -> texts on other subjects (P&O Nedlloyd, a football "
 "coach, by file name); 'Hutchison Whampoa' -> texts on other subjects (Vodafone India, 3 Mobile's losses in 2005, "
 "by file name) and batches 20b2's and 28d's scripts: the January 2004 IBM Korea indictments and Hutchison's "
 "larger ECT stake are new to the corpus.",
 False))

# ---- Japan/Hong Kong/China/Australia: Airport Authority's Hangzhou stake, HIH sentences (18 April 2005) ------------
R.append(rec("voa-hong-kong-airport-authority-hangzhou-stake-hih-sentences-2005",
 "https://www.voanews.com/a/a-13-2005-04-18-voa4/397698.html", "2005-04-18",
 "Japan Opens Free Trade Talks with ASEAN",
 "Japan has opened free trade talks with the Association of Southeast Asian Nations, while Hong Kong's airport "
 "operator invests in one of China's busiest airports.\n\n"
 "Japan and the 10 members of the Association of Southeast Asian Nations (ASEAN) have started talks on a free trade "
 "agreement in Tokyo, with the aim of establishing a free trade zone by 2012.\n\n"
 "Analysts say an agreement would help Japan maintain its economic dominance in the region, as rival China expects "
 "to reach a similar agreement with the regional grouping as early as 2010.\n\n"
 "In Hong Kong, the city's Airport Authority has bought a 35 percent stake in an airport in eastern China for $250 "
 "million. The Airport Authority will jointly manage the Hangzhou Xiaoshan International Airport (in Zhejiang "
 "province), China's 10th busiest airport.\n\n"
 "David Pang, chief executive officer of the Hong Kong Airport Authority, says as Hangzhou airport grows, it will "
 "bring long-term benefits to Hong Kong.\n\n"
 "Hangzhou airport has seen a rapid increase in passengers in recent years.\n\n"
 "Also in Hong Kong, the luxury property market appears to be soaring. Sun Hung Kai Properties says it sold a "
 "penthouse apartment overlooking the city's famous harbor for $4,000 per square foot. This is a record for the "
 "Hong Kong property market, which has been struggling to rebound since a downturn in the mid-1990s.\n\n"
 "Elsewhere, an Australian court has sentenced two top officials of what was once the country's second largest "
 "insurer, HIH Insurance, to four-and-a-half years in jail each. Former managing director Rodney Adler and chief "
 "executive Ray Williams were found to have mismanaged the company and lied about its finances.\n\n"
 "HIH's collapse in 2001 - because of $4 billion of debt - was Australia's biggest corporate failure. Jeff Lucy, "
 "chairman of the Australian Securities and Investment Commission or ASIC, welcomed the trial's outcome.",
 "aviation/property/insurance", "deal,leadership,regulatory",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Asian "
 "Business Report Hong Kong Singapore chief executive acquisition 2005\", rank 3). Cut: the page chrome "
 "('Accessibility links', 'Breaking News'), the heading (kept as title 'Japan Opens Free Trade Talks with ASEAN'); "
 "cut after 'welcomed the trial's outcome.', before '\"The sentence handed to Mr. Adler sends a c', where the "
 "store's excerpt (about 2,000 characters) breaks off mid-word: `truncated` true. `published` from the address "
 "('a-13-2005-04-18'). Kept as written: '(in Zhejiang province)' (the parentheses as held), 'Hangzhou airport', "
 "'the Australian Securities and Investment Commission or ASIC', '2001 - because of $4 billion of debt -'. "
 + NO_WIRE + " (no byline either). " + CHECKED + "'Hangzhou Xiaoshan', 'David Pang', 'Rodney Adler', 'Ray "
 "Williams', 'Jeff Lucy', 'Sun Hung Kai' -> no file; 'HIH' -> one dev file by name on another subject (an EU "
 "merger decision list) and batch 10's scripts; 'Airport Authority' -> texts on other "
 "airports (Shannon, Dublin, Vancouver); 'Australian Securities and Investment' -> ASIC texts on other subjects (ASX "
 "outages, an enforcement update, by file name): the April 2005 Hangzhou airport stake, the Sun Hung Kai sale and "
 "the HIH sentences are new to the corpus.",
 True))

# ---- ASEAN/EU/Philippines/Singapore: Texas Instruments' plant, CLSA's water fund (7 May 2007) ----------------------
R.append(rec("voa-asean-eu-trade-talks-texas-instruments-clsa-water-fund-2007",
 "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-05-07-voa11-66714832/560080.html", "2007-05-07", None,
 "Southeast Asian nations and the European Union have agreed to start free trade talks, and a leading U.S. "
 "semiconductor maker says it will invest $1 billion in the Philippines. Claudia Blume at VOA's Asia News Center "
 "has more on these and other business stories from the region.\n\n"
 "The Association of Southeast Asian nations and the European Union say they are going to begin free trade "
 "negotiations. A pact between these two regional blocs would affect more than one billion people.\n\n"
 "Trade between ASEAN and the EU was more than $130 billion in 2005.\n\n"
 "The negotiations will take place despite differences over Burma, which is a member of ASEAN. The country is "
 "subject to EU sanctions because of its poor human rights record.\n\n"
 "U.S.-based Texas Instruments says it will build a $1 billion semiconductor test and assembly plant in the "
 "Philippines. The factory will be built at the Clark economic zone north of Manila, a former U.S. air base. "
 "Production is scheduled to start in the second half of next year.\n\n"
 "Investment bank CLSA Asia-Pacific Markets has launched Asia's first dedicated water and waste management "
 "investment fund.\n\n"
 "Andrew Pidden, CLSA's chief investment officer in Singapore, says the new fund, to be known as the Clean Water "
 "fund, is in addition to the company's existing Clean Resources Asia fund.\n\n"
 "Pidden says there is huge growth in Asian water infrastructure development, pollution reduction and waste "
 "management. He says the private sector is increasingly getting involved in this area.\n\n"
 "\"We believe that the issues of resource deprivation, pollution waste, energy inefficiency and, increasingly, "
 "climate change, are key drivers across all areas of the global economy,\" said Pidden. \"And therefore we "
 "extract a universe of companies across Asia that are responding to all of these different drivers with varying "
 "degrees of intensity and that's what we monitor and that's what we invest in.\"\n\n"
 "China has made its largest oil find in more than three decades.",
 "semiconductors/finance/trade", "product,leadership,economy",
 "The VOA story as VOA's own content-management host serves it in the page store (voa.pangea-cms.com, a 'preview' "
 "address carrying the voanews.com story path 'a/a-13-2007-05-07-voa11-66714832/560080.html'; batch 38w's lead, "
 "found with \"voa.pangea-cms.com a-13-2007-05-07 ASEAN European Union free trade talks Texas Instruments "
 "Philippines plant CLSA water fund\", rank 1; no voanews.com copy came back). The stored text has no page chrome "
 "and no heading, so `title` is null and the attribution says so (as batches 38o's, 38w's and 38x's round-ups "
 "without a heading); `published` from the address ('a-13-2007-05-07'). Cut after 'in more than three decades.', "
 "before 'The strike came in the Jidong Nanpu', where the store's excerpt (about 2,000 characters) breaks off: "
 "`truncated` true. Paragraph breaks as held (single line breaks in the store, written as blank lines). Kept as "
 "written: 'The Association of Southeast Asian nations' (lower-case 'nations', as held), 'U.S.-based', 'the Clean "
 "Water fund', 'pollution waste'. The teaser names the VOA reporter: \"Claudia Blume at VOA's Asia News Center\". "
 + NO_WIRE + ". " + CHECKED + "'CLSA', 'Pidden', 'Clean Water', 'Jidong', 'Nanpu' -> no file; 'Texas "
 "Instruments' -> texts on other subjects (Morris Chang, Lisa Su, by file name) and batches 27a's and 32k's "
 "scripts; 'Clark' -> texts on other subjects (people and places named Clark): the May 2007 ASEAN-EU talks, Texas "
 "Instruments' Philippine plant and CLSA's Clean Water fund are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

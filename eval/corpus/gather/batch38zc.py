#!/usr/bin/env python3
"""Batch 38zc (session 39; helper gather39zc): Voice of America staff stories on Asian companies — a Hong Kong
conglomerate buying a Dutch drugstore chain, its drugstore arm and an earlier British purchase, a broker's view, a
Singapore company under investigation and a Tokyo bank's payment system collapse; Hong Kong and the United States
agreeing on air services, an economist at an investment bank, a rating agency upgrading four Thai banks; a rating
agency cutting a conglomerate and its parent, the conglomerate's lawsuit against its Dutch partner, the airport
authority's head on the travel slump — the VOA lane of session 39 (GATHER-VOA39.md), business stories only, a sixth
round of VOA's Asian business round-ups from Hong Kong after batches 38m, 38w, 38x and 38z (the leads batch 38z
named: 2002-2003 round-ups):
- Hutchison Whampoa buying Kruidvat Group, its A.S. Watson business and its earlier purchase of Savers, South China
  Securities' Geoff Galbraith, Datacraft Asia under investigation, Tokyo's claim on Mizuho after the collapse of its
  computerized payment system in April (VOA, 26 August 2002);
- the Hong Kong-US air services deal, Cathay Pacific Airways and American Airlines, China's growth forecast and
  Morgan Stanley Asia's chief economist Andy Xie, Fitch Ratings upgrading Bangkok Bank, Krung Thai Bank, Thai Farmers
  Bank and Siam Commercial Bank (VOA, 21 October 2002);
- Standard and Poor's cutting Hutchison Whampoa and its parent company Cheung Kong Holdings, Hutchison suing its
  three-G partner KPN, the Hong Kong Airport Authority's head David Pang on the SARS slump, the Korea-EU shipbuilding
  dispute (VOA, 16 June 2003).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came
from ...'); none carries a byline; each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch
18a's, 38m's, 38o's, 38w's, 38x's and 38z's VOA items. Edits in `notes`; no word added or changed. newskg (or any
extractor) was not run on the texts.
usage: batch38zc.py [POOL_DIR] [--dry]   (default /tmp/gather39zc/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39zc/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's, 38w's, 38x's and 38z's VOA items; "
           "the page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -rli on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")

R = []
# ---- Hong Kong/Netherlands/Singapore/Japan: Hutchison buys Kruidvat, Datacraft probe, Mizuho (26 August 2002) -------
R.append(rec("voa-hutchison-buys-kruidvat-datacraft-probe-mizuho-payment-system-2002",
 "https://www.voanews.com/a/a-13-a-2002-08-26-6-asia-67578227/288339.html", "2002-08-26",
 "Asia Business: The Week Ahead - 2002-08-26",
 "A Hong Kong conglomerate makes a billion dollar corporate purchase overseas and a Singapore technology company "
 "comes under investigation.\n\n"
 "Hong Kong tycoon Li Ka-shing's Hutchison Whampoa has made another European investment. The company has purchased "
 "Dutch drugstore retailer Kruidvat Group for $1.3 billion. Hutchison Whampoa's European interests already include "
 "its A.S. Watson drugstore and supermarket business as well as mobile phone licenses and container ports.\n\n"
 "The all-cash acquisition, combined with Hutchison's existing drugstores, will create one of the world's largest "
 "pharmacy chains. The acquisition marks the latest move in Hutchison's expansion overseas, following its purchase "
 "of UK discount retailer Savers two years ago.\n\n"
 "\"It is such a big company, even in Hong Kong it owns the local grocery store chain, a telecoms business, a "
 "property business, a shipping and ports business, so it has outgrown Hong Kong to some extent,\" says Geoff "
 "Galbraith, an associate director with South China Securities in Hong Kong. \"So they are expanding more "
 "elsewhere. They are already into all the good investments in Hong Kong and that is why they look to grow "
 "overseas.\"\n\n"
 "In Singapore, computer and telecommunications company, Datacraft Asia, has come under government "
 "investigation.\n\n"
 "Datacraft's chairman says he does not know exactly what the investigation concerns but that the company is "
 "cooperating fully. The government's white-collar crime unit has asked Datacraft to turn over documents related to "
 "stock sales by some directors ahead of a profit warning in November.\n\n"
 "The news pushed the company's stock to a four-and-a-half-year-low Friday.\n\n"
 "Meanwhile in Tokyo, the municipal government is publicly demanding compensation from Mizuho, the world's largest "
 "banking group, after the collapse of the lender's computerized payment system in April.",
 "retail/it/banking", "deal,ownership,regulatory,outage",
 "The VOA story as voanews.com serves it in the page store (batch 38z's lead; found with \"Accessibility links "
 "Breaking News Hutchison Whampoa Kruidvat Datacraft Asia Mizuho\", rank 1, and with \"Asia Business: The Week Ahead "
 "Hutchison Whampoa KPN Standard & Poor's Cheung Kong\", rank 6). Cut: the page chrome ('Accessibility links', "
 "'Breaking News'), the heading (kept as title 'Asia Business: The Week Ahead - 2002-08-26'); cut after 'payment "
 "system in April.', dropping the broken sentence 'The city wants $140,000 for the cost of delays in the payment ' "
 "where the store's excerpt (about 2,000 characters) breaks off: `truncated` true. `published` from the address "
 "('a-13-a-2002-08-26') and the heading. Kept as written: 'a billion dollar corporate purchase', 'computer and "
 "telecommunications company, Datacraft Asia,' (the comma as held), 'four-and-a-half-year-low', 'computerized'. "
 + NO_WIRE + " (no byline either). " + CHECKED + "'Kruidvat', 'Datacraft', 'Galbraith', 'South China Securities', "
 "'A.S. Watson' -> no file; 'Savers' -> texts on other subjects (CyanogenMod, by file name) and batches 14c's and "
 "26d's scripts; 'Mizuho' -> batch 38o's and 38t's texts on other Mizuho stories (Mizuho Holdings' president, 2002; "
 "Mizuho Bank's 2005 tie-up with Wachovia and Wells Fargo), no text on its April 2002 system failure (GATHERING.md "
 "lists Mizuho's 2002 failures among outages looked at and not found in an open copy); 'Li Ka-shing', 'Hutchison' "
 "-> texts on other subjects (PCCW's 2006 stake sale, 3 Mobile's 2005 losses, ECT Beheer, Vodafone India, Wind "
 "Italy, by file name): the August 2002 Kruidvat purchase, the Datacraft investigation and Tokyo's claim on Mizuho "
 "are new to the corpus.",
 True))

# ---- Hong Kong/US/China/Thailand: open skies deal, Andy Xie, Fitch upgrades Thai banks (21 October 2002) ------------
R.append(rec("voa-hong-kong-us-open-skies-cathay-pacific-fitch-thai-banks-2002",
 "https://www.voanews.com/a/a-13-a-2002-10-21-15-hong-66455652/551302.html", "2002-10-21",
 "Hong Kong, US Strike 'Open Skies' Deal - 2002-10-21",
 "The United States and Hong Kong agreed Saturday to give both Hong Kong and U.S. airlines greater access to each "
 "other's airports. The deal was welcomed on both sides following three years of tough negotiations.\n\n"
 "Under the agreement, Hong Kong's main carrier Cathay Pacific Airways will have an unlimited choice to run services "
 "to and from American cities and code share with American carriers. In the past the airline was limited to seven "
 "cities and could not sell tickets on U.S. carriers. Likewise, American Airlines will enjoy code-share arrangements "
 "on carriers operating out of Hong Kong's international airport.\n\n"
 "Analysts say the deal enhances the status of Hong Kong's Chep Lap Kok airport as a major logistics hub in "
 "Asia.\n\n"
 "In other news, China's National Bureau of Statistics says it expects the country's economy to grow by 7.8 percent "
 "for 2002.\n\n"
 "Chief Economist Andy Xie with Morgan Stanley Asia said a boom in China's exports is contributing to the country's "
 "strong growth rate. \"Even though the growth rate out of other economies has disappointed, China has met "
 "expectations,\" he said.\n\n"
 "Mr. Xie says low interest rates and labor costs combined with constantly upgraded infrastructure has been the "
 "catalyst for China's growth.\n\n"
 "In Southeast Asia, Thailand's four major banks were upgraded last week to investment status by Fitch Ratings. The "
 "London-based agency upgraded long-term foreign currency ratings of Bangkok Bank, Krung Thai Bank, Thai Farmers "
 "Bank and Siam Commercial Bank.\n\n"
 "The agency says Thailand's external position has improved considerably since the Asian Financial Crisis in the "
 "late 1990s.",
 "aviation/economy/banking", "regulatory,economy,finance",
 "The VOA story as voanews.com serves it in the page store (batch 38z's lead; found with \"Asia Business: The Week "
 "Ahead - 2002-10-21 Hong Kong aviation agreement United States Cathay Pacific\", rank 1). Cut: the page chrome "
 "('Accessibility links', 'Breaking News', 'News'), the heading (kept as title \"Hong Kong, US Strike 'Open Skies' "
 "Deal - 2002-10-21\"), and the text-size buttons after the story ('XS', 'SM', 'MD', 'LG'). The stored text ends "
 "with those buttons after 'in the late 1990s.', so the story is taken as whole (`truncated` false). `published` "
 "from the address ('a-13-a-2002-10-21') and the heading. Kept as written: 'Chep Lap Kok' (as held, for Chek Lap "
 "Kok), 'code share' / 'code-share', 'Chief Economist' (capitals as held), 'has been the catalyst'. " + NO_WIRE +
 " (no byline either; the AP's own story on the deal, a different text, was seen on another site and not used). "
 + CHECKED + "'Andy Xie', 'Krung Thai', 'Siam Commercial', 'Thai Farmers', 'Bangkok Bank', 'Chep Lap', 'Morgan "
 "Stanley Asia' -> no file; 'open skies' -> one train text on another subject (Tony Fernandes) and batch 30a's "
 "script; 'Cathay Pacific' -> texts on other subjects (Qantas freight, Singapore Airlines' China Eastern bid, the "
 "Cathay Dragon article, by file name); 'American Airlines', 'code share' -> texts on other subjects (Air Berlin's "
 "code share, US Airways, the AA-US Airways merger, by file name); 'Fitch' -> one train text on another subject "
 "(John Legere): the October 2002 Hong Kong-US air services deal and Fitch's upgrade of the four Thai banks are new "
 "to the corpus.",
 False))

# ---- Hong Kong/Netherlands/South Korea: S&P cuts Hutchison, KPN dispute, Airport Authority (16 June 2003) -----------
R.append(rec("voa-hutchison-kpn-3g-dispute-sp-cheung-kong-airport-authority-2003",
 "http://www.voanews.com/a/a-13-a-2003-06-16-6-asia-66320657/543489.html", "2003-06-16",
 "Asia Business: The Week Ahead",
 "Companies controlled by Hong Kong's richest man ran into some legal and financial hurdles this week. Standard and "
 "Poor's is lowering its rating on Hong Kong's Hutchison Whampoa and its parent company, Cheung Kong Holdings. The "
 "credit agency says it made the decision based on debt concerns tied to Hutchison's launch of third generation, "
 "or three-G, mobile phone services in Europe.\n\n"
 "A separate legal and financial dispute is brewing over that three-G venture. Hutchison is suing its European "
 "partner, KPN, alleging the Dutch phone company failed to meet financial obligations related to the venture.\n\n"
 "In turn, KPN says Hutchison breached a shareholder agreement related to funding the three-G venture, and is "
 "demanding Hutchison buy out KPN's 15-percent stake. Hutchison, which is owned by Hong Kong's wealthiest tycoon, "
 "Li Ka-shing, says that demand is without merit.\n\n"
 "The Hong Kong Airport Authority says the worst of the territory's air travel slump is probably over.\n\n"
 "Passenger traffic at Hong Kong's Chek Lap Kok airport plunged almost 80 percent for the month of May compared "
 "with a year earlier. Most airlines slashed flights to and from Hong Kong because of the SARS outbreak in Asia.\n\n"
 "David Pang, the head of the Airport Authority, says a $13 million revitalization package is starting to take "
 "effect. For next month, at least 270 flights each week will be resumed. Mr. Pang says he is still working to "
 "generate traffic. \"For example, we have a project specifically working with Cathay Pacific - how to bring the "
 "transfer passenger back,\" he says. \"Transfer passenger account for about 50 percent of Cathay Pacific's "
 "passenger traffic.\"\n\n"
 "A ship-building dispute between South Korea and the European Union is headed to a World Trade Organization "
 "arbitration panel.\n\n"
 "The EU says Seoul unfairly subsidizes shipyards through favorable financing by the government-owned Korean "
 "Export-Import Bank.",
 "telecoms/aviation/shipbuilding", "ownership,partnership,regulatory,leadership",
 "The VOA story as voanews.com serves it in the page store (batch 38z's lead; found with \"Asia Business: The Week "
 "Ahead Hutchison Whampoa KPN Standard & Poor's Cheung Kong\", rank 1). Cut: the page chrome ('Accessibility "
 "links', 'Breaking News', 'News'), the heading (kept as title 'Asia Business: The Week Ahead'); cut after "
 "'Korean Export-Import Bank.', dropping 'South Korea denies the al', where the store's excerpt (about 2,000 "
 "characters) breaks off mid-word: `truncated` true. `published` from the address ('a-13-a-2003-06-16'). Kept as "
 "written: 'Standard and Poor's', 'third generation, or three-G,', '15-percent', 'Transfer passenger account' (as "
 "held, in the quotation), 'ship-building'. " + NO_WIRE + " (no byline either). " + CHECKED + "'KPN' -> only "
 "'UKPN' texts (UK Power Networks; Ofgem, by file name) and batches 18a's and 27c's scripts; 'Chek Lap Kok', "
 "'ship-building' -> no file; 'Korean Export' -> no file ('Export-Import Bank' -> texts on other subjects, POSCO, "
 "by file name); 'Cheung Kong Holdings' -> batch 38w's text (a 2004 land purchase); 'David Pang' -> batch 38z's "
 "text (the 2005 Hangzhou airport stake); 'Standard and Poor' -> one train text on another subject (US stock "
 "markets, 2009); 'Hutchison', 'Li Ka-shing' -> texts on other subjects (see the Kruidvat item): S&P's June 2003 "
 "cut of Hutchison and Cheung Kong, the Hutchison-KPN dispute and the Airport Authority's SARS slump are new to the "
 "corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 41r (session 42; gatherer lane 41r): two Voice of America staff stories on companies in Hong Kong and Japan,
2003 — an airline weighing the grounding of its passenger fleet as SARS drove travellers away, with an investment
bank's aviation analyst on its losses; a bank's government bailout, with the prime minister's decision and the chief
cabinet secretary on the banking system — the VOA business lane of sessions 39-42 (GATHER-VOA39.md), a round of
session 42 after batches 41f and 41l, from VOA's own news pages on voanews.com (page store, '/a/a-13-a-2003-...'):
- Cathay Pacific Airways' SARS losses and flight cuts, the leaked message on grounding all flights, Philip Wickham,
  aviation industry analyst with ING, the World Health Organization's count (VOA, 13 April 2003);
- Resona Bank's government bailout and state control decided by Prime Minister Junichiro Koizumi, the $17 billion
  lifeline, Resona's 17 percent share fall, Chief Cabinet Secretary Yasuo Fukuda on other lenders (VOA, 19 May 2003).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on voanews.com, embedded
here. Neither page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came from
...'); both are taken as VOA staff stories, US government works (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's,
39j's, 40e's, 40i's, 41f's and 41l's VOA items. Records built with write_pool.voa. Edits in `notes`; no word added or
changed. newskg (or any extractor) was not run on the texts.
usage: batch41r.py [POOL_DIR] [--dry]   (default /tmp/gather42r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch41f import CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather42r/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline and no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet, and no 'Some information for this report came from' "
           "line; it is taken as a VOA staff story (as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's "
           "and 41l's VOA items; the page itself was not seen whole)")

R = []
# ---- Hong Kong: Cathay Pacific and SARS, ING's Wickham (13 April 2003) -------------------------------------------
R.append(rec("voa-cathay-pacific-sars-fleet-grounding-ing-wickham-2003",
 "https://www.voanews.com/a/a-13-a-2003-04-13-25-hong/393359.html", "2003-04-13",
 "Hong Kong Airline Faces SARS Challenge",
 "Hong Kong's aviation industry is suffering as travelers are frightened away from the city because of Severe Acute "
 "Respiratory Syndrome, or SARS. The city's dominant airline is considering tough measures to cut its losses, but "
 "does not plan to ground its fleet of passenger jets.\n\n"
 "Executives at Cathay Pacific Airways said Sunday they can not rule out any measures to stop the airline's losses, "
 "but that for now it will keep its passenger planes flying.\n\n"
 "An internal message leaked to the news media on Saturday revealed that Hong Kong's main airline was considering "
 "grounding all flights if passenger numbers continue to fall.\n\n"
 "Business travelers and tourists alike have canceled visits to Hong Kong, as an outbreak of SARS continues to "
 "spread. The disease, which causes a serious pneumonia, has sickened at least 1,150 people in Hong Kong and killed "
 "40. The World Health Organization reports 3,000 cases and at least 119 deaths worldwide.\n\n"
 "The scare has cut Cathay's passenger numbers to about 10,000 a day, compared with 30,000 normally. The airline has "
 "canceled about 40 percent of its flights. Other airlines also have cut flights to and from Hong Kong.\n\n"
 "Cathay Pacific's drop in passengers has been more dramatic than the drop U.S. airlines saw after the terror "
 "attacks in 2001, according to Philip Wickham, an aviation industry analyst with ING, an investment bank in Hong "
 "Kong.\n\n"
 "\"Cathay is talking 70 and 80 percent drops. That is unprecedented, I've never seen such figures,\" he said. \"So "
 "it's just a pretty prudent step for them to consider if there is not change in the environment.\" Mr. Wickham "
 "estimates the airline is losing $3.8 million a day.\n\n"
 "Hong Kong's airport authority, which runs the city's international airport, says that it, too, is suffering, but "
 "not as much as Cathay.",
 "aviation", "aviation,health,earnings",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-a-2003-04-13-25-hong/393359.html'; found with "
 "\"voanews 2003 SARS Cathay Pacific cuts flights Asian airlines business developments\", rank 6, and again with a "
 "query of its own later sentences, rank 2; no other copy came back). Cut: the chrome ('Accessibility links', "
 "'Breaking News', 'News'), the heading (kept as title 'Hong Kong Airline Faces SARS Challenge'; the heading as held "
 "ends ' - 2003-04-13', the date, not kept in the title, as batch 41l's). The excerpt (about 2,000 characters) breaks "
 "off mid-word in the next sentence ('An authority spokesman says 60-70 percent of all flights are still coming in "
 "and there has been almost no chan'), cut: `truncated` true. `published` from the address ('a-13-a-2003-04-13'; a "
 "Sunday). Kept as written: 'can not rule out', 'Hong Kong's main airline', 'if there is not change in the "
 "environment' (in the quotation, as held), 'Mr. Wickham', 'ING, an investment bank in Hong Kong'. " + NO_WIRE + ". "
 + CHECKED + "'393359', 'a-13-a-2003-04-13', '2003-04-13' -> no file; 'Philip Wickham' -> only batch 41f's test text "
 "of 9 December 2002 (Dragonair's routes; by file name and batch 41f's script) and its pool; 'Cathay Pacific' -> texts "
 "on other subjects (Qantas freight, Singapore Airlines' China Eastern bid, the Cathay Dragon article, the 2002 "
 "open-skies and Dragonair round-ups) and dev voa-hutchison-kpn-3g-dispute-sp-cheung-kong-airport-authority-2003 (by "
 "file name and batch 38zc's script: VOA's week ahead of 16 June 2003, the Airport Authority's head on the SARS slump "
 "two months later; not this story's events: Cathay's grounding message, its passenger numbers and flight cuts of "
 "April, Wickham's estimate); 'SARS' -> texts on other subjects (that round-up and others, by file name). None of the "
 "VOA stories of batches 38m-41l (ids and addresses checked) is of 13 April 2003.",
 True))

# ---- Japan: Resona Bank's government bailout (19 May 2003) -------------------------------------------------------
R.append(rec("voa-resona-bank-government-bailout-koizumi-fukuda-2003",
 "http://www.voanews.com/a/a-13-a-2003-05-19-16-major/304155.html", "2003-05-19",
 "Major Japanese Bank to Get Government Bailout",
 "Japan's fifth largest bank is to get a government bailout after it admitted it does not have enough capital to "
 "stay in business. But despite more bad news in the debt-laden banking industry, there is no sign of panic among "
 "depositors.\n\n"
 "At an emergency meeting, Prime Minister Junichiro Koizumi decided to rescue Resona Bank and place it under state "
 "control, saying it is necessary to prevent a system-wide financial crisis.\n\n"
 "The government will throw a $17 billion lifeline to the beleaguered bank.\n\n"
 "The bailout will raise the bank's capital-adequacy ratio, which has dropped below four percent, to the "
 "internationally-acceptable level of around 10 percent.\n\n"
 "Despite the news, there were no lines of nervous depositors anxious to withdraw their savings as Resona opened its "
 "doors for the new week. One customer, in front of a Resona branch in Tokyo, said he is not worried because he "
 "knows his deposits are insured by the government.\n\n"
 "Stock investors reacted differently. Shares of Resona lost 17 percent of their value Monday after massive sell "
 "orders at the opening bell. The stock was the day's volume leader with 100 million shares changing hands.\n\n"
 "Market players also unloaded other banking shares, sending the key Nikkei index in the morning session below the "
 "psychologically important eight-thousand level. Analysts say investors are worried that more Japanese banks could "
 "face a similar plight.\n\n"
 "But Chief Cabinet Secretary Yasuo Fukuda said he does not think the Resona crisis will lead to the failure of "
 "other lenders. The top government spokesman added that the bailout with public funds is needed to maintain a "
 "healthy financial system so that the bank can continue to make loans to industry.",
 "banking", "bailout,banking,regulatory",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-a-2003-05-19-16-major/304155.html'; found with "
 "\"voanews 2003 Resona Bank bailout Japan government business week Asia\", rank 4; a query of its own later words "
 "brought back no other copy). Cut: the chrome ('Accessibility links'), the heading (kept as title 'Major Japanese "
 "Bank to Get Government Bailout'; the heading as held ends ' - 2003-05-19', the date, not kept in the title). The "
 "excerpt (about 2,000 characters) breaks off mid-word in the next sentence ('Economics and Financial Services "
 "Minister Heizo Takenaka says the government is structuring the bailout in an unprecedented way, in part by giving "
 "the government common shares in Resona and voting rights on the b'), cut whole: `truncated` true. `published` from "
 "the address ('a-13-a-2003-05-19'; a Monday). Kept as written: 'Japan's fifth largest bank', "
 "'internationally-acceptable', 'eight-thousand level', 'The top government spokesman'. " + NO_WIRE + ". " + CHECKED
 + "'304155', 'a-13-a-2003-05-19', '2003-05-19', 'Hosoya' -> no file; 'Resona' -> texts on other subjects (Flickr, "
 "Ford sales, GM sales, Air Pacific, by file name: 'Resona' inside other words or names; dev "
 "voa-ufj-okihara-mtfg-miki-mitsubishi-motors-okazaki-restructuring-2004 and batch 40e's scripts: Japan's banks of "
 "2004, Resona named beside Mizuho and UFJ) and GATHERING.md (earlier rounds' 'no VOA page for Resona's bailout "
 "(2003)' lines: batches 38-40 queried this event and found only news or wire copies); 'Yasuo Fukuda' -> dev "
 "voa-snow-brand-food-fraud-president-yoshida-apology-2002 (another subject, by file name and batch 38za's script); "
 "'Koizumi' -> three VOA texts on other subjects (Sony-Stringer 2005, Fujitsu 2001, Koizumi's economy 2004, by file "
 "name). The bailout of May 2003 is new to the corpus as far as file names show; none of the VOA stories of batches "
 "38m-41l (ids and addresses checked) is of 19 May 2003.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

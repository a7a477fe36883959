#!/usr/bin/env python3
"""Batch 38q (session 39; helper gather39q): Voice of America staff stories on companies in Japan, 2004-2006 — bailouts,
a bank merger held up in court, executives, a shareholder's call for a president to go — the VOA lane of session 39
(GATHER-VOA39.md), business stories only, a third round after batches 38m and 38o (whose stories are 2001-2004), kept
to 2004-2010 (gatherer 39p took 2000-2003); all from VOA's weekly Tokyo business round-ups ('this week's look at
Japanese business news', 'VOA's weekly look at business news in Japan'):
- a cosmetics and textile maker's bailout, its president and main lender, a refiner's managing director on petrol
  prices, falling car sales (Kanebo, Sumitomo Mitsui Bank, Industrial Revitalization Corporation, Nippon Oil,
  Mitsubishi Motors) (VOA, 4 June 2004);
- a bank merger on hold after a court injunction won by a rival over a trust bank, the bank holding company's
  president, the financial services minister, a carmaker's record results (U.F.J. Holdings, Mitsubishi Tokyo
  Financial Group, Sumitomo Trust Bank, U.F.J. Trust Bank, Honda) (VOA, 30 July 2004);
- a retailer's creditors pushing it to a government-backed bailout, the lending bank's and the retailer's presidents,
  a US retailer's stake in a rival, a second merger bid for the bank (Daiei, UFJ Bank, Industrial Revitalization
  Corporation, Wal-Mart Stores, Seiyu, Sumitomo Mitsui Financial Group) (VOA, 27 August 2004);
- an airline's biggest individual shareholder calling on its president to resign, its spokesman, and a carmaker's
  Canadian plant (Japan Airlines, Toyota Motor, General Motors, Ford Motor) (VOA, 10 February 2006).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came
from ...') or a byline; each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's,
38m's and 38o's VOA items. Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the
texts.
usage: batch38q.py [POOL_DIR] [--dry]   (default /tmp/gather39q/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39q/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, no byline and no 'Some information for this report came "
           "from' line, so it is taken as a VOA staff story (as batch 18a's, 38m's and 38o's VOA items; the page "
           "itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")



R = []
# ---- Japan: car sales stall, Kanebo's bailout, Nippon Oil on petrol prices (4 June 2004) ------------------------------
R.append(rec("voa-kanebo-bailout-nippon-oil-gasoline-car-sales-2004",
 "https://www.voanews.com/archive/japanese-car-sales-continue-stall-2004-06-04", "2004-06-04", None,
 "In Japan, car sales continue to stall, a venerable brand name faces trouble, and rising fuel prices are affecting "
 "drivers and air passengers. These are among the stories in this week's look at Japanese business news.\n\n"
 "While Japan's economy appears to be gaining speed, the slowdown in new vehicle sales continues.\n\n"
 "The Japan Automobile Dealers' Association says domestic sales of new cars, trucks and buses dropped in May for the "
 "fourth straight month. The May numbers show more than a 10.5 percent drop compared to the same month of 2003.\n\n"
 "Mitsubishi Motors was particularly hard hit, with car sales plunging 56 percent. The sharp drop is blamed on a lack "
 "of new models and bad publicity from an attempted cover-up of defects, which is now under criminal investigation.\n\n"
 "One of Japan's most recognizable brand names, Kanebo, is getting a massive makeover. The 117-year-old toiletries and "
 "textile maker, on the verge of bankruptcy, is receiving a $1.3 billion bailout package from investors in a deal "
 "brokered by the government.\n\n"
 "Kanebo President Akiyoshi Nakajima says the firm will slash 1,800 jobs, more than a third of its workforce.\n\n"
 "\"It is a painful decision but the company has no choice,\" Mr. Nakajima says.\n\n"
 "Under the rescue deal, the company's main lender, Sumitomo Mitsui Bank, will forgive nearly $1 billion in loans. "
 "Kanebo's crown jewel, its profitable cosmetics business, has been spun off into a separate entity controlled by the "
 "government-backed Industrial Revitalization Corporation.\n\n"
 "Gasoline prices in Japan this week went up 10 percent, the largest increase since the first Gulf War in the early "
 "1990s. A liter of regular unleaded gasoline at the pumps in Tokyo now sells for just over $1.\n\n"
 "Nippon Oil managing director Naokazu Tsuda says the price hike was unavoidable.\n\n"
 "Mr. Tsuda says, \"it is difficult for wholesalers to absorb such a drastic hike in the cost of gas, so they have to "
 "pass it on to the retail level.\"",
 "autos/consumer goods/oil", "restructuring,leadership,earnings",
 "The VOA story as voanews.com's archive serves it in the page store (found with \"Those are among the stories in "
 "this week's look at Japanese business news 2005\", rank 1). The stored text has no page chrome and no heading, so "
 "`title` is null and the attribution says so (the address's words not taken as a heading, as batch 38o); "
 "`published` 2004-06-04 from the address ('...-2004-06-04'). Cut: the excerpt's last, broken paragraph ('Meanwhile, "
 "Japan's major airlines say the rising cost of ', where the store's excerpt ends mid-sentence), so `truncated` true. "
 "Paragraph breaks as held. Kept as written: 'Dealers' Association', 'a 10.5 percent drop', 'Mr. Tsuda says, \"it "
 "is ...' (lower-case 'it'), 'liter'. " + NO_WIRE + ". " + CHECKED + "'Kanebo', 'Akiyoshi', 'Naokazu Tsuda', "
 "'Nippon Oil', 'Industrial Revitalization', 'Sumitomo Mitsui', 'Japan Automobile Dealers' -> no file; "
 "'Nakajima' -> a dev text (Namco, a Wikipedia copy, by file name) and batch 26c's scripts, another person: "
 "Kanebo's 2004 bailout and this round-up are new to the corpus.",
 True))

# ---- Japan: the UFJ-Mitsubishi Tokyo merger on hold, UFJ's president, Honda's results (30 July 2004) -----------------
R.append(rec("voa-ufj-mitsubishi-tokyo-merger-on-hold-sumitomo-trust-honda-2004",
 "https://www.voanews.com/a/a-13-a-2004-07-30-18-1-67358192/273310.html", "2004-07-30", "Bank Merger on Hold in Japan",
 "The merger that would create the world's largest bank is on hold and Japan's industrial production has fallen while "
 "commercial sales rise amid the country's economic recovery.\n\n"
 "Japanese bank U.F.J. says it is eager to settle its legal dispute with a rival so it can go ahead and merge with "
 "Japan's largest banking group.\n\n"
 "The merger between U.F.J. and Mitsubishi Tokyo Financial Group is on hold because of a court injunction. Sumitomo "
 "Trust Bank contends the merger should be stopped because U.F.J. had agreed to sell it the U.F.J. Trust Bank. A "
 "Japanese judge has called that agreement \"legally binding.\"\n\n"
 "U.F.J. Holdings President Ryosuke Tamakoshi says the merger with Mitsubishi Tokyo is out of the question without "
 "the trust bank.\n\n"
 "Financial Services Minister Heizo Takenaka has been seen as supporting the merger after he ordered U.F.J. to "
 "improve compliance with banking regulations. Regarding the merger setback, Mr. Takenaka says because the injunction "
 "involves a dispute between individual banks, he cannot take a stance.\n\n"
 "Japan's industrial production fell a seasonally adjusted 1.3 percent in June from the previous month. That is the "
 "first decline in four months. The drop is blamed on a fall in the machinery sector. But Japan's Trade Ministry says "
 "it still believes industrial production remains on a gradual recovery trend and predicts a rise for July and "
 "August.\n\n"
 "Commercial sales in Japan rose 2.8 percent in June from a year earlier, reversing a two percent fall seen in May. "
 "Commercial sales - at the wholesale and retail levels combined -totaled $400 billion. However, retail sales alone "
 "fell nearly three percent.\n\n"
 "Honda says its group revenue and profit hit record highs thanks to robust sales of vehicles and power products in "
 "Japan and overseas. For the April through June period, Japan's number three automaker reports its net profit rose "
 "more than 12 percent year-on-year.",
 "banking/autos", "deal,leadership,regulation,earnings",
 "The VOA story as voanews.com serves it in the page store (found with \"weekly look at Japanese business news, merger, "
 "president told reporters in Tokyo, VOA 2005\", rank 6, beside batch 38o's lead of 16 July 2004 at rank 3). Cut: the page chrome ('Accessibility links', 'Breaking News', 'News'), the heading 'Bank Merger on Hold in "
 "Japan - 2004-07-30' (kept as title, less its date); the excerpt's last, broken paragraph ('Meanwhile, So', where "
 "the store's excerpt ends mid-word), so `truncated` true. `published` from the heading's date and the address "
 "('a-13-a-2004-07-30'). Kept as written: 'U.F.J.' with its stops, 'the U.F.J. Trust Bank', '\"legally binding.\"', "
 "'-totaled' (no space after the dash), 'year-on-year'. One text per event: the same round-up's 16 July 2004 story "
 "(the merger talks first told, banking minister Takenaka; batch 38o's lead) is left out, this later one telling the "
 "injunction, the trust bank sale and UFJ's president. " + NO_WIRE + ". " + CHECKED + "'Tamakoshi', 'Takenaka', "
 "'Mitsubishi Tokyo', 'Sumitomo Trust' -> no file; 'UFJ' -> one dev text (JCB, a credit card company, by file "
 "name) and batch 36j's scripts, another subject; 'Honda' -> texts on other subjects: the UFJ merger dispute of "
 "July 2004 is new to the corpus.",
 True))

# ---- Japan: Daiei's creditors push a bailout, UFJ Bank's and Daiei's presidents, Wal-Mart and Seiyu (27 August 2004) --
R.append(rec("voa-daiei-creditors-ufj-bank-bailout-wal-mart-seiyu-2004",
 "https://www.voanews.com/a/a-13-a-2004-08-27-15-1-67360367/273469.html", "2004-08-27",
 "Creditors Push Japanese Retailer to Take Bailout Offer",
 "One of Japan's largest supermarket and department store chains, Daiei, is in talks with its creditors, which could "
 "determine whether it survives.\n\n"
 "UFJ Bank has led two bailouts of the retailer in the past three years. The bank's president, Takamune Okihara, "
 "says Daiei's creditors want the ailing retailer to seek a government bailout. Mr. Okihara says he hopes to convince "
 "Daiei to accept assistance from the government-backed Industrial Revitalization Corporation rather than begging "
 "banks to cut the its $10 billion debt in half.\n\n"
 "But Daiei President Kunio Takagi is resisting a government handout. Mr. Takagi says if its main lenders cooperate "
 "and come to Daiei's aid again, it will be able to cut its debt in half by February - a year earlier than the "
 "original target.\n\n"
 "While Japan's third-largest retailer negotiates with its creditors, America's Wal-Mart Stores, reportedly is "
 "considering investing in Daiei. Wal-Mart, the world's biggest retailer, is already the top shareholder in Daiei's "
 "competitor, Seiyu.\n\n"
 "In the finance industry, UFJ has reversed an earlier position and now is looking at a merger bid from Sumitomo "
 "Mitsui Financial Group. UFJ earlier had rebuffed that offer, saying it wanted to go ahead with the merger with "
 "Mitsubishi Tokyo, Japan's largest bank. But Sumitomo Mitsui has since sweetened the pot, causing UFJ to "
 "reconsider.\n\n"
 "Japan's Finance Ministry says the country's trade surplus rose more than 44 percent in July from a year earlier. "
 "That is the 13th consecutive monthly increase.\n\n"
 "In a preliminary report, the ministry says exports grew more than 14 percent while imports rose more than eight "
 "percent. Most significantly, the trade surplus with the rest of Asia climbed nearly 63 percent.\n\n"
 "Foreign cell-phone makers have not had much success in Japan. But that may be about to change.",
 "retail/banking", "restructuring,leadership,deal,ownership",
 "The VOA story as voanews.com serves it in the page store (found with \"These are among the stories in this week's "
 "look at Japanese business news. Daiei supermarket chain president bailout\", rank 1). Cut: the page chrome "
 "('Accessibility links', 'Breaking News'), the heading 'Creditors Push Japanese Retailer to Take Bailout Offer - "
 "2004-08-27' (kept as title, less its date); the excerpt's last, broken paragraph ('Motorola and NTT DoCoMo have "
 "announced a deal to jointly develop a hands', where the store's excerpt ends mid-word), so `truncated` true; the "
 "teaser before it ('Foreign cell-phone makers ... about to change.') is kept, two whole sentences. `published` from "
 "the heading's date and the address ('a-13-a-2004-08-27'). Kept as written: 'cut the its $10 billion debt' (sic), "
 "'America's Wal-Mart Stores, reportedly is' (the comma as held), 'by February - a year earlier'. " + NO_WIRE + ". "
 + CHECKED + "'Okihara', 'Kunio Takagi', 'Sumitomo Mitsui Financial', 'Mitsubishi Tokyo' -> no file; 'Daiei' -> a "
 "train text (Fumiko Hayashi, a Wikipedia copy, by file name) and batch 32a's scripts, another subject; 'Seiyu' -> a "
 "test text (Wal-Mart, Wikinews 2005, by file name; not opened) and batch 35n's annotation script: this story's gold "
 "gives no Wal-Mart-Seiyu relation ('top shareholder' is no ownership by the conventions), so no gold fact is "
 "expected to repeat that file's; Daiei's 2004 creditor talks are new to the corpus.",
 True))

# ---- Japan: JAL's biggest individual shareholder wants its president out; Toyota's Canadian plant (10 February 2006) --
R.append(rec("voa-jal-shareholder-itoyama-toyota-canada-plant-2006",
 "https://www.voanews.com/a/a-13-2006-02-10-voa17/321912.html", "2006-02-10",
 "Toyota Motor Keeps Growing and Other Business News",
 "Japan Airlines' biggest individual shareholder calls on the company's president to resign, and Toyota Motor is "
 "positioning itself to become the number one auto manufacture in the world. This is VOA's weekly look at business "
 "news in Japan.\n\n"
 "Eitaro Itoyama, a former parliament member and the biggest individual shareholder in Japan Airlines, has demanded "
 "that JAL's president resign because of the airline's poor performance.\n\n"
 "Executives at Japan Airlines have been working for months to restructure the company. They plan to cut some "
 "overseas routes to make its international business more profitable.\n\n"
 "Stephen Pearlman, a spokesman for JAL, blamed rising fuel costs, falling international sales and safety issues for "
 "the airline's problems. Last year, JAL reported 14 safety mistakes. \"Our international passenger business is "
 "currently in the red,\" acknowledged Pearlman. \"One of the key focuses of our fiscal year 2006 plan is to put our "
 "international business back into the black. JAL will continue restructuring its international, domestic and cargo "
 "businesses to build a profit-focused network. We plan to build a stable business foundation, capable of producing "
 "profits, even in the face of \u2026 rising fuel costs.\"\n\n"
 "JAL lost $6 million in the three months ending December 31.\n\n"
 "Toyota Motor could soon become the world's biggest car maker. Toyota will increase its capacity at a Canadian "
 "factory currently under construction. When it starts operating in 2008, the plant will produce 150,000 cars, "
 "instead of the original capacity of 100,000 cars.\n\n"
 "The plant will cost about $1.1 billion to build. It will be Toyota's second plant in Canada and will create nearly "
 "2,000 jobs.\n\n"
 "Toyota continues to increase its output, while U.S. auto makers General Motors and Ford Motor have lost market "
 "share in recent years.",
 "airlines/autos", "leadership,restructuring,earnings",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "automaker - 2004-09 this week's look at Japanese business news\", rank 3). Cut: the page chrome ('Accessibility "
 "links', 'Breaking News'), the heading 'Toyota Motor Keeps Growing and Other Business News' (kept as title; it "
 "carries no date), the section headings 'JAL Problems', 'Toyota Motor' and 'World's Smallest Chip'; the excerpt's "
 "last, broken paragraph ('Japan's Hitachi research institute says it ha', where the store's excerpt ends mid-word), "
 "so `truncated` true. `published` 2006-02-10 from the address ('a-13-2006-02-10-voa17'). Kept as written: 'the "
 "number one auto manufacture' (sic), 'car maker', 'auto makers', the ellipsis '\u2026' inside the spokesman's "
 "quote, 'acknowledged Pearlman'. " + NO_WIRE + ". " + CHECKED + "'Itoyama', 'Pearlman' -> no file; 'Japan "
 "Airlines' -> texts on other subjects (Qantas freight, Finnair, One-Two-GO, SAS, the 787) and batch 38m's pool "
 "(this session: the 2001 JAL-JAS merger plan, another story); 'Toyota' -> texts on other subjects: the 2006 "
 "shareholder demand and the Canadian plant are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

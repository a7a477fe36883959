#!/usr/bin/env python3
"""Batch 38za (session 39; helper gather39za): Voice of America staff stories on companies in Japan, 2002 — company
presidents' New Year speeches at an electronics maker and an airline, and a carmaker's export plan; the heads of two
business federations backing public money for the banks; a food company's beef-labelling fraud and its president's
apology; the monthly jobless figures and two video game makers agreeing to merge — the VOA lane of session 39
(GATHER-VOA39.md), business stories only, an eighth round after batches 38m, 38o, 38p, 38q, 38r, 38t, 38v and 38y,
kept to 2001-2003; from VOA's Tokyo business reports (page store; three show the headings 'Accessibility links /
Breaking News / <heading>', one the heading with no chrome):
- New Year speeches, an export plan (NEC, Koji Nishizaki, All Nippon Airways, Yoji Ohashi, Nihon Keizai Shimbun,
  Toyota) (VOA, 4 January 2002);
- business leaders back public money for the banks (Fuji Xerox, Yutaro Kobayashi, Doyukai, Takashi Imai, Federation
  of Economic Organizations, Nippon Steel) (VOA, 7 January 2002);
- a food company admits fraud (Snow Brand Food, Shozo Yoshida, Snow Brand, Yasuo Fukuda) (VOA, 24 January 2002);
- the jobless rate, industrial output, retail sales, a game makers' merger (Chikara Sakaguchi, Square, Enix,
  Microsoft) (VOA weekly round-up, 29 November 2002).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this
report came from ...'); each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's,
38m's, 38o's-38r's, 38t's, 38v's and 38y's VOA items. Records built with write_pool.voa. Edits in `notes`; no word
added or changed. newskg (or any extractor) was not run on the texts.
usage: batch38za.py [POOL_DIR] [--dry]   (default /tmp/gather39za/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39za/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline, no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's-38r's, 38t's, 38v's and 38y's "
           "VOA items)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")
CHROME = "the page chrome ('Accessibility links', 'Breaking News')"


R = []
# ---- Japan: New Year speeches at NEC and All Nippon Airways, Toyota's export plan (4 January 2002) ------------------
R.append(rec("voa-nec-nishizaki-ana-ohashi-new-year-speeches-toyota-2002",
 "https://www.voanews.com/a/a-13-a-2002-01-04-3-friday-67549562/387557.html", "2002-01-04",
 "Friday, First Business Day for Most Japanese Companies",
 "Friday was the first business day of the year for most Japanese companies. In a New Year tradition, many company "
 "presidents gave speeches to their employees. This year, they stressed the need for new strategies to recover "
 "from the economic downturn.\n\n"
 "Company bosses are hoping 2002 proves to be the year of recovery. Many electronics-makers posted their first "
 "losses, and pulled out of some business sectors because of the technology slowdown last year.\n\n"
 "The president of electronics firm NEC, Koji Nishizaki, tells his workers on their first day back at work on "
 "Friday that he aims to foster a corporate environment, in which workers are not afraid of failure. \"When we "
 "look at our rivals around the world, they are also badly affected. It is a good opportunity for us to come up "
 "with a better strategy. The NEC group needs to carry out structural reform and have a recovery this year, so "
 "that we can be regarded as a global company of excellence,\" Mr. Nishizaki said.\n\n"
 "Japan's airline industry also hopes for a better year. The already struggling industry has weakened further "
 "since the September 11th terrorist attacks in the United States.\n\n"
 "The president of Japan's second largest airline group, All Nippon Airways, Yoji Ohashi, told his employees he "
 "hopes the airline will make a turnaround.\n\n"
 "Mr. Ohashi said \"workers may feel insecure about the company's future, after the terrorist attacks and the "
 "alliance of two domestic competitors. However, he thinks that it is a big chance for the airline, and that the "
 "company needs to come up with a new strategy.\" Japan's financial daily, the Nihon Keizai Shimbun, reports that "
 "the country's top automaker, Toyota, plans to export several low-priced compact cars to the United States to "
 "target younger consumers. In the United States, data on national auto sales showed Toyota had its best year "
 "ever, with U.S. sales rising 7.5 percent in 2001.",
 "electronics/airlines/autos", "leadership,restructuring,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Companies - 2001-12 Tokyo company president says alliance\", rank 8). Cut: " + CHROME + ", the heading 'Friday, "
 "First Business Day for Most Japanese Companies' (kept as title; it carries no date). The excerpt (about 1,950 "
 "characters with the chrome, near the store's excerpt length) ends on a full sentence with no closing chrome, so "
 "`truncated` true (doubtful: the page may end there). `published` 2002-01-04 from the address "
 "('a-13-a-2002-01-04'; a Friday, the day the text's 'Friday' names). Kept as written: 'Koji Nishizaki' (so "
 "spelled), the quotation of Ohashi in the third person ('Mr. Ohashi said \"workers may feel ... However, he "
 "thinks ...\"'), the Nihon Keizai Shimbun and Toyota sentences run on in the Ohashi paragraph, 'September 11th'. "
 + NO_WIRE + ". " + CHECKED + "'Nishizaki', 'Ohashi', 'Yoji Ohashi' -> no file; 'All Nippon Airways' -> texts on "
 "other subjects (two Wikinews stories on the Boeing 787) and batch 32e's scripts; 'Nihon Keizai' -> batch 38p's "
 "pool and its test text (another round-up, naming the paper as a source); 'NEC' -> batches 38o/38p's pools (other "
 "stories: NEC president Koji Nishigaki in June 2002, a 2002 consortium): the New Year speeches of January 2002 and "
 "Toyota's export plan are new to the corpus. NEC's president is named here 'Koji Nishizaki' (batch 38o's text: "
 "'NEC President Koji Nishigaki'); annotated as written.",
 True))

# ---- Japan: business federations back public money for the banks (7 January 2002) ----------------------------------
R.append(rec("voa-business-leaders-kobayashi-doyukai-imai-nippon-steel-bank-aid-2002",
 "http://www.voanews.com/a/a-13-a-2002-01-07-30-japan-s/295991.html", "2002-01-07",
 "Japan's Business Leaders Support Help for Ailing Banks",
 "The heads of Japan's four most powerful business organizations say they support the use of public money to help "
 "the country's ailing banks. They also are not concerned about the yen's current weakness.\n\n"
 "Japan's top four economic generals in the private sector Monday held a joint news conference to announce their "
 "backing for a controversial plan to inject tax money into the troubled banking system.\n\n"
 "The chairman of Fuji Xerox, Yutaro Kobayashi, who heads the association of corporate executives known as "
 "Doyukai, says the government has no choice but to help the banks.\n\n"
 "Mr. Kobayashi says the government has to take every possible measure to avoid financial chaos. He says that to "
 "clean up all the bad loans, public funds must be transferred into the banks.\n\n"
 "Japan's banks are staggering under billions of dollars worth of bad loans, most of which will never be repaid. "
 "Until that burden is eased, banks are unable to lend to healthy companies, which slows efforts to improve the "
 "economy. However, the past attempts to shore up the banks with tax money have met public opposition.\n\n"
 "The industrial leaders say the yen's weakness against the U.S. dollar is not a major concern. The chairman of "
 "the Federation of Economic Organizations, Takashi Imai, said a fall to 140 yen from the present level of around "
 "130 yen is possible. Mr. Imai, who also is chairman of Nippon Steel, says the yen's present weakness is a plus "
 "for the economy, because it helps exporters by making their products more competitive in the world "
 "marketplace.\n\n"
 "But some Japanese companies and politicians have warned that a weak yen will actually harm some businesses, "
 "especially those that import raw products. Japan's neighbors also are worried about the weak yen, because it "
 "makes their goods more expensive in Japan.",
 "business federations/banking/steel", "leadership,economy,regulation",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Banks - 2002-05 weekly look at Japanese business news president says\", rank 4). Cut: " + CHROME + " and the "
 "chrome word 'News', the heading \"Japan's Business Leaders Support Help for Ailing Banks - 2002-01-07\" (kept as "
 "title, less its date), the chrome word 'update' under it, the closing chrome ('XS', 'SM', 'MD', 'LG'). Whole as "
 "held (the page's closing chrome follows the last sentence), so `truncated` false. `published` 2002-01-07 from "
 "the heading's date and the address ('a-13-a-2002-01-07'; a Monday, the day the text's 'Monday' names). Kept as "
 "written: 'Yutaro Kobayashi' (so spelled), 'economic generals', 'billions of dollars worth'. " + NO_WIRE + ". " +
 CHECKED + "'Kobayashi' with 'Fuji Xerox', 'Fuji Xerox', 'Doyukai', 'Takashi Imai', 'Federation of Economic "
 "Organizations' -> no file; 'Nippon Steel' -> one dev text by file name (a Wikipedia copy on POSCO; not opened) "
 "and batch 26e's scripts, another subject (this text gives Nippon Steel only its chairman); 'Keidanren' -> a test "
 "text by file name (Fujio Mitarai; not opened), batch 28a's script and batch 38v's pool (Okuda as its head, 2005): "
 "this text names the federation only as 'the Federation of Economic Organizations' and its 2002 chairman; the "
 "joint news conference of January 2002 and the two leaders' posts are new to the corpus.",
 False))

# ---- Japan: Snow Brand Food admits fraud (24 January 2002) ----------------------------------------------------------
R.append(rec("voa-snow-brand-food-fraud-president-yoshida-apology-2002",
 "https://www.voanews.com/a/a-13-a-2002-01-24-21-japan-s-67247262/266615.html", "2002-01-24",
 "Japan's 'Snow Brand' Food Company Admits to Fraud",
 "Investigators searched the headquarters of Japan's Snow Brand food company Thursday after it admitted committing "
 "fraud. The scandal may prove to be a critical blow to the group, which is the country's largest maker of dairy "
 "products.\n\n"
 "In a widely televised news clip, Snow Brand Food President Shozo Yoshida bowed deeply Wednesday as he asked the "
 "Japanese public to forgive his company. He says he \"regrets that this incident happened and deeply apologizes "
 "to everyone.\"\n\n"
 "The group confirmed this week that it had re-packed imported beef as a domestic product to cut inventories and "
 "receive government subsidies.\n\n"
 "The incident comes as the nation's cattle farmers and food companies are trying to recapture public trust after "
 "mad cow disease was discovered in Japan last year. Despite government assurances about the safety of Japanese "
 "beef, sales have slowed dramatically. Humans who eat the meat of sick cattle can contract a variation of mad cow "
 "disease, a fatal, brain-wasting illness.\n\n"
 "The government offered subsidies to help companies hurt by the mad cow scare, and Snow Brand was hoping to "
 "collect payments.\n\n"
 "Japanese government spokesman Yasuo Fukuda called Snow Brand's actions inexcusable, and said they could heighten "
 "public fears.\n\n"
 "The scandal is an additional blow to Snow Brand. The dairy-product company was found responsible for Japan's "
 "worst outbreak of food poisoning on record. About 200 people became sick and one person died after consuming "
 "contaminated Snow Brand milk products nearly two years ago.",
 "food/dairy", "regulation,leadership",
 "The VOA story as voanews.com serves it in the page store (found with \"Snow Brand Nippon Meat Packers beef scandal "
 "VOA Tokyo business news 2002 president told reporters\", rank 3). Cut: " + CHROME + ", the heading \"Japan's "
 "'Snow Brand' Food Company Admits to Fraud - 2002-01-24\" (kept as title, less its date). The excerpt (about 1,650 "
 "characters) ends on a full sentence, short of the store's excerpt length, so `truncated` false (doubtful: no "
 "closing chrome is held). `published` 2002-01-24 from the heading's date and the address ('a-13-a-2002-01-24'; a "
 "Thursday, the day the text's 'Thursday' names). Kept as written: 'Snow Brand food company' (lower-case 'food'), "
 "'re-packed', the figures of the food-poisoning outbreak as given. " + NO_WIRE + ". " + CHECKED + "'Snow Brand', "
 "'Shozo Yoshida', 'Yasuo Fukuda', 'Fukuda' with 'spokesman' -> no file; 'mad cow' -> batch 38y's pool (McDonald's "
 "Japan's 2001 forecast, another story) and batch 38t's (US beef, 2005): the Snow Brand Food fraud of January 2002 "
 "is new to the corpus.",
 False))

# ---- Japan: jobless rate, output, retail sales, Square and Enix to merge (29 November 2002) -------------------------
R.append(rec("voa-square-enix-merger-unemployment-sakaguchi-retail-sales-2002",
 "https://www.voanews.com/a/a-13-a-2002-11-29-27-japanese-66465412/551700.html", "2002-11-29",
 "Japanese Unemployment Rate Returns to Post-War High",
 "The latest economic data from Japan suggests the economic recovery may be ending. Japan's unemployment rate for "
 "October rose to 5.5 percent from 5.4 percent the previous month. The jobless rate matches the record high set in "
 "December 2001.\n\n"
 "Economists say the numbers reflect severe business conditions and corporate restructuring, including job cuts."
 "\n\n"
 "Labor Minister Chikara Sakaguchi tells reporters that, while the number of unemployed is rising, more jobs are "
 "available. He believes there is a mismatch between job seekers and the types of jobs now available and says he "
 "is determined to work on easing the situation.\n\n"
 "Japanese industrial production dropped in October, falling three-tenths of one percent from a month earlier. The "
 "drop was larger than expected, and is prompting some economists to predict that the economy will contract in the "
 "fourth quarter of the year.\n\n"
 "Consumer spending in Japan remains weak. Retail sales fell 2.8 percent in October, down for the 19th straight "
 "month amid lingering deflation. Unseasonably warm temperatures hurt the sales of items such as winter clothing "
 "and electric heaters.\n\n"
 "Fierce competition forces the country's two largest video game makers to consolidate. Square and Enix agreed to "
 "merge next April in a deal worth nearly $730 million.\n\n"
 "The pact is the first among Japanese makers of game software and could create hurdles for rival Microsoft as it "
 "tries to expand in Japan.\n\n"
 "The game companies say rapid changes in computer technology required to make computer games has raised "
 "production costs, and the merger will allow them to stay at the forefront of game development.",
 "economy/video games", "economy,deal,leadership",
 "The VOA weekly Tokyo round-up as voanews.com serves it in the page store (found with \"Accessibility links "
 "Breaking News Japanese Unemployment Rate Returns to Post-War High - 2002-11-29 Square Enix merge\", rank 1; "
 "batches 38p's and 38r's lead). Cut: " + CHROME + ", the heading 'Japanese Unemployment Rate Returns to Post-War "
 "High - 2002-11-29' (kept as title, less its date). The excerpt (about 1,800 characters) ends on a full sentence "
 "with no closing chrome, so `truncated` false (doubtful: the round-up may go on). `published` 2002-11-29 from the "
 "heading's date and the address ('a-13-a-2002-11-29'). Kept as written: 'rapid changes ... has raised' (sic), "
 "'three-tenths of one percent', 'Unseasonably'. " + NO_WIRE + ". " + CHECKED + "'Square' with 'Enix' -> a train "
 "text (a Wikipedia copy on Taito, naming Square Enix as Taito's buyer) and batch 26c's scripts, another event; "
 "'Sakaguchi' -> batch 38p's pool and its train text (the April 2003 round-up: Labor Minister Chikara Sakaguchi, "
 "the same post, which this text repeats); 'Microsoft' -> texts on other subjects: the Square-Enix merger agreement "
 "of November 2002 and Japan's October 2002 figures are new to the corpus.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

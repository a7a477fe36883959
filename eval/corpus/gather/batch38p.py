#!/usr/bin/env python3
"""Batch 38p (session 39; helper gather39p): Voice of America staff stories on companies in Japan — joint ventures,
alliances, a consortium, executives and ministers — the VOA lane of session 39 (GATHER-VOA39.md), business stories of
2000 to 2003 only, a third round after batches 38m and 38o; all from VOA's weekly Tokyo business round-ups:
- two chipmakers integrating their semiconductor businesses, Hitachi's president, five makers' possible development
  centre, Honda's profits and Sony's SDR-4X robot (Hitachi, Mitsubishi Electric, Honda, Sony) (VOA, 22 March 2002);
- the jobless rate, the economy minister, and four companies joining forces in a broadband consortium, an NEC
  Solutions senior vice president (NEC, Matsushita Electric, KDDI, Japan Telecom) (VOA, 26 April 2002);
- the jobless rate, the Japanese Bankers Association's head (UFJ Bank's president) on bad loans, and two electronics
  makers merging their television tube businesses (UFJ Bank, Toshiba, Matsushita Electric) (VOA, 27 September 2002);
- the jobless rate and the labor minister, Sony's president on missed targets, Honda appointing a new president and
  Mazda's president on profits (Sony, Honda Motors, Mazda) (VOA, 25 April 2003);
- Sony's quarterly profit and its chief financial officer, Toyota's sales target and its president, the trade
  surplus (Sony, Toyota) (VOA, 25 July 2003).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came
from ...'); one names its VOA reporter ('VOA's Amy Bickers'), the others carry no byline; each is taken as a VOA staff
story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's and 38o's VOA items. Edits in `notes`; no word
added or changed. newskg (or any extractor) was not run on the texts.
usage: batch38p.py [POOL_DIR] [--dry]   (default /tmp/gather39p/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39p/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's, 38m's and 38o's VOA items; the page itself was not "
           "seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")



R = []
# ---- Japan: Hitachi and Mitsubishi Electric to integrate chip businesses; Honda; Sony's robot (22 March 2002) -------
R.append(rec("voa-hitachi-mitsubishi-electric-chip-businesses-honda-sony-robot-2002",
 "https://www.voanews.com/archive/japanese-computer-chip-makers-unveil-joint-venture-2002-03-22", "2002-03-22",
 "Japanese Computer Chip Makers Unveil Joint Venture",
 "Two big names in the computer chip world unveil a joint venture and a new humanoid robot is about to make its "
 "debut. VOA's Amy Bickers in Tokyo has those stories and more from the Japanese business world.\n\n"
 "Hitachi and Mitsubishi Electric, both giants in the global electronics industry, have announced they will "
 "integrate their semiconductor businesses early next year. The move aims to reduce research and development costs "
 "for chips commonly used in home appliances such as microwaves and refrigerators.\n\n"
 "Hitachi's President Etsuhiko Shoyama told reporters in Tokyo the two firms decided to combine their chip operations "
 "because of high costs. He says the tie-up will create the world's third largest chipmaker after Intel and Toshiba. "
 "He said he hopes it will eventually win the top spot.\n\n"
 "Separately, Hitachi and Mitsubishi, along with three other electronic giants, said they may pool their resources "
 "to form a joint microchip development center. The deal, partly financed by the government, is reminiscent of the "
 "earlier days of heavy government involvement in helping favored industries.\n\n"
 "Japanese business newspaper Nihon Keizai reports that carmaker Honda could earn record profits for the next two "
 "years. The firm is projected to earn $4.7 billion in the current business year and $5 billion for 2003.\n\n"
 "Stronger domestic auto sales and new models released in the United States are likely to help the company's bottom "
 "line. Honda also anticipates stronger growth in its two-wheeled vehicle business in Asia. It sells low-priced "
 "motorcycles and scooters in China, Japan and elsewhere. A new singing humanoid robot will be available to Japanese "
 "consumers later this year. Entertainment company Sony is now previewing SDR-4X, a walking, talking robot with a "
 "vocabulary of up to 60,000 words. Sony says it can also recognize colors and faces. The robot is intended for use "
 "in people's homes and will cost about as much as a luxury car.",
 "tech/semiconductors/autos", "partnership,leadership,earnings",
 "The VOA story as voanews.com's archive serves it in the page store (found with \"Accessibility links Breaking News "
 "Japanese Computer Chip Makers Unveil Joint Venture - 2002-03-22\", rank 7; the lead batch 38o left). A second copy, "
 "https://www.voanews.com/a/a-13-a-2002-03-22-33-japanese/296369.html (rank 1), shows the page chrome ('Accessibility "
 "links', 'Breaking News', 'News', 'update') and the heading 'Japanese Computer Chip Makers Unveil Joint Venture - "
 "2002-03-22' (kept as title, less its date) but breaks off earlier ('in peopl'); the text is the archive copy's, the "
 "same words as far as both run, which has no chrome or heading. `published` from the heading's date and both "
 "addresses. Cut after 'a luxury car.', before 'Entertainment robots are popular consumer items in Japan a', where "
 "the excerpt breaks off mid-word (`truncated`). Paragraph breaks as held (the robot sentences run on in the Honda "
 "paragraph in both copies). Kept as written: 'Hitachi's President Etsuhiko Shoyama', 'world's third largest', "
 "'electronic giants', 'Mitsubishi' (for Mitsubishi Electric), 'Nihon Keizai' (the newspaper). The teaser names the "
 "VOA reporter: 'VOA's Amy Bickers'. " + NO_WIRE + ". " + CHECKED + "'Shoyama', 'SDR-4X', 'Nihon Keizai', 'Amy "
 "Bickers' -> no file (Bickers: batch 38o's pool, another round-up); 'Mitsubishi Electric' -> two train texts "
 "(Shihlin Electric; Micron Memory Japan, the Elpida history, which names Renesas) and batch 31j's script: the "
 "Hitachi-Mitsubishi Electric integration announced in March 2002 is new to the corpus as a news story.",
 True))

# ---- Japan: jobless rate; NEC, Matsushita Electric, KDDI and Japan Telecom's Internet consortium (26 April 2002) ------
R.append(rec("voa-nec-matsushita-kddi-japan-telecom-internet-consortium-2002",
 "https://www.voanews.com/a/a-13-a-2002-04-26-38-japanese/296636.html", "2002-04-26",
 "Japanese Unemployment Rate Edges Lower",
 "Japan's unemployment rate edges lower and four companies set up a consortium to form the country's largest "
 "Internet service provider.\n\n"
 "The Japanese government says the jobless rate for March has improved slightly to 5.2 percent. It hit an all time "
 "high of 5.5 percent last December.\n\n"
 "State Minister for Economic and Fiscal Policy Heizo Takenaka says the improvement is good news, but he does not "
 "see this as a (significant) change in the trend. He warns that employment conditions remain severe, with jobless "
 "numbers rising.\n\n"
 "The number of unemployed, more than 3.75 million people, rose, but the unemployment rate dropped because of "
 "adjustments for seasonal factors.\n\n"
 "Japan is struggling to create jobs during its deepest recession since World War Two. As many companies "
 "restructure, economists predict that more people will lose jobs.\n\n"
 "Leading Japanese technology companies NEC and Matsushita Electric are joining forces with telecommunications "
 "giants KDDI and Japan Telecom. Their consortium will offer broadband Internet access and other related services.\n\n"
 "Together they will form the largest Internet service provider in Japan, with 10 million subscribers.\n\n"
 "NEC Solutions Senior Vice President Kenji Yoshiyama says the four companies will jointly develop content for "
 "personal computers. He adds that the new operation needs more investment to provide a variety of services, so the "
 "alliance is open to new partners.\n\n"
 "There is increasing rivalry in Japan's Internet business, few companies offering Internet services have made a "
 "profit.\n\n"
 "One alliance partner, Japan Telecom, released restructuring plans this week, which many analysts call vague and "
 "disappointing. The company aims to increase cash flow and lower capital spending, but it did not reveal plans to "
 "sell some of its units, as has been expected.",
 "tech/telecoms/internet", "partnership,leadership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Unemployment Near Post-War High, Toshiba Matsushita Merge TV Tube Businesses - 2002-09-27\", rank 4, looking for "
 "another round-up's heading). Cut: the page chrome ('Accessibility links', 'Breaking News'), the heading 'Japanese "
 "Unemployment Rate Edges Lower - 2002-04-26' (kept as title, less its date). `published` from the heading's date and "
 "the address ('a-13-a-2002-04-26'). The excerpt (about 1,950 characters after the heading, near the store's excerpt "
 "length) ends on a full sentence with no closing chrome; the page may go on, so `truncated` is set true (doubtful). "
 "Kept as written: '(significant)' in brackets, 'all time high', 'World War Two', the comma splice 'There is "
 "increasing rivalry ..., few companies ...', 'as has been expected'. " + NO_WIRE + " (no byline either). " + CHECKED +
 "'Yoshiyama', 'Takenaka', 'Japan Telecom', 'NEC Solutions' -> no file; 'KDDI' -> batch 38d's script only (an "
 "outage list, another event): the NEC-Matsushita-KDDI-Japan Telecom broadband consortium of April 2002 is new to "
 "the corpus.",
 True))

# ---- Japan: jobless rate; UFJ Bank's president on bad loans; Toshiba and Matsushita's TV tubes (27 September 2002) ----
R.append(rec("voa-ufj-teranishi-bad-loans-toshiba-matsushita-tv-tubes-2002",
 "https://www.voanews.com/a/a-13-a-2002-09-27-39-japanese-67438657/278656.html", "2002-09-27", None,
 "Japan's unemployment rate hovers near a post-war high and two electronics makers unveil a joint venture.\n\n"
 "Japan's August unemployment rate stands at 5.4 percent, unchanged for the fourth straight month. That is just "
 "below a record high of 5.5 percent touched in December.\n\n"
 "The government says the number of jobless has reached 3.6 million, the 17th monthly increase in a row.\n\n"
 "Despite the country's modest economic recovery, most analysts expect the unemployment rate to remain high. "
 "Japanese companies are expected to continue with restructuring and layoffs.\n\n"
 "The head of the Japanese Bankers Association said the banks' huge mountain of bad debts is part of a larger set of "
 "economic woes the nation must resolve. He urges banks to clean up billions of dollars in non-performing loans, but "
 "also says the government must tackle other issues, such as tax reform.\n\n"
 "Masashi Teranishi, who is also president of UFJ Bank, unveiled a controversial proposal. He suggested that the "
 "government's financial watchdog purchase some of the banks' delinquent loans at above market prices.\n\n"
 "He explained that this would be one way to help the ailing banks, but the plan is highly controversial because it "
 "would use taxpayer funds.\n\n"
 "A price war has pushed electronics giants Toshiba and Matsushita Electric to merge their television tube "
 "manufacturing businesses. The alliance will form the world's third-largest maker of TV tubes, with annual sales of "
 "more than $2 billion.\n\n"
 "The move follows price cuts from rivals in South Korea and Taiwan. The two Japanese companies already have a number "
 "of other joint ventures in manufacturing, research and sales.",
 "banking/electronics", "partnership,leadership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"VOA's Amy Bickers reports from Tokyo on "
 "Japanese companies announcing merger and job cuts\", rank 4, and again with \"Accessibility links Breaking News "
 "Japanese Unemployment Near Post-War High, Toshiba Matsushita Merge TV Tube Businesses - 2002-09-27\", rank 1). The "
 "stored text has no page chrome and no heading (none found under the second query), so `title` is null and the "
 "attribution says so; `published` from the address ('a-13-a-2002-09-27'). The whole text as held (about 1,560 "
 "characters, under the store's excerpt length), ending on a full sentence: `truncated` false (doubtful: the page may "
 "have gone on). Paragraph breaks as held (single line breaks made blank lines). Kept as written: 'post-war', 'the "
 "17th monthly increase', 'at above market prices', 'world's third-largest'. " + NO_WIRE + " (no byline either). " +
 CHECKED + "'Teranishi', 'Japanese Bankers Association', 'television tube', 'TV tube' -> no file; 'UFJ' -> one dev "
 "text (a Wikipedia copy on JCB, by file name; not opened) and batch 36j's scripts, another subject: the Toshiba-"
 "Matsushita TV tube merger and the bankers' proposal of September 2002 are new to the corpus.",
 False))

# ---- Japan: jobless rate; Sony misses targets; Honda's new president; Mazda's profits (25 April 2003) ---------------
R.append(rec("voa-honda-new-president-fukui-sony-idei-mazda-booth-2003",
 "https://www.voanews.com/a/a-13-a-2003-04-25-5-japanese-67459547/280089.html", "2003-04-25",
 "Japanese Unemployment Returns to Post-War High",
 "Japan's jobless rate for March jumped back to 5.4 percent from February's 5.2 percent. The latest rate, slightly "
 "higher than expected, is just below the record high hit in January.\n\n"
 "Labor Minister Chikara Sakaguchi notes that the situation is especially severe for those looking to enter the "
 "workforce for the first time. He told reporters that the number of jobs being offered to those just graduating "
 "from high school or college is decreasing.\n\n"
 "The world's largest consumer electronics maker has disappointed investors by missing its earnings targets and "
 "issuing a bearish outlook. Sony on Thursday announced profits at below $960 million. The company had been expected "
 "to make $1.5 billion.\n\n"
 "Sony President Nobuyuki Idei said the company won't delay in making structural reforms. Mr. Idei said that Sony's "
 "20th century business model will not generate profits in the 21st century. He adds that the company is in a "
 "transition period. Sony's stock on Friday in Tokyo had difficulty attracting buyers after plunging to a 15-year "
 "low.\n\n"
 "There's been a job change at the top of Honda Motors. Japan's second largest automaker is appointing senior "
 "managing director Takeo Fukui as its new president. He will replace Hiroyuki Yoshino in June. The change comes as "
 "the company faces a slowdown in the domestic and U.S. auto markets. While Honda's market share has been growing in "
 "North America, its domestic sales have fallen almost 9 percent this year.\n\n"
 "One of Honda's competitors, Hiroshima-based Mazda, on Friday, announced that its fiscal year 2003 sales show a "
 "sharp increase in both profit and revenue compared to the year before. Mazda President Lewis Booth predicted that "
 "the company's operating profits for fiscal 2004 would be the best the automaker has seen in a decade. Analysts say "
 "Mazda needs to continue to increase sales with more products to improve its profit margin.",
 "electronics/autos", "leadership,earnings,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Unemployment Near Post-War High, Toshiba Matsushita Merge TV Tube Businesses - 2002-09-27\", rank 6). Cut: the page "
 "chrome ('Accessibility links', 'Breaking News'), the heading 'Japanese Unemployment Returns to Post-War High' (kept "
 "as title; it carries no date). `published` from the address ('a-13-a-2003-04-25'; a Friday, the 'Friday' the story "
 "tells). The excerpt (about 1,990 characters after the heading, near the store's excerpt length) ends on a full "
 "sentence with no closing chrome; the round-up may go on, so `truncated` is set true (doubtful). Kept as written: "
 "'Sony President Nobuyuki Idei' (the page's title for him), 'Honda Motors', 'There's', 'won't', 'second largest', "
 "'Mazda, on Friday, announced'. " + NO_WIRE + " (no byline either). " + CHECKED + "'Idei', 'Takeo Fukui', 'Hiroyuki "
 "Yoshino', 'Lewis Booth', 'Sakaguchi' -> no file: Honda's change of president announced in April 2003, Sony's "
 "missed targets and Mazda's results are new to the corpus.",
 True))

# ---- Japan: Sony's quarterly profit and CFO; Toyota's sales target and president; trade surplus (25 July 2003) -------
R.append(rec("voa-sony-cfo-yuhara-quarterly-earnings-toyota-cho-2003",
 "https://www.voanews.com/a/a-13-a-2003-07-25-32-sony/290575.html", "2003-07-25",
 "Sony Reports Sluggish Quarterly Earnings",
 "Media and electronics giant Sony posted weak earnings figures for the April to June quarter because of poor sales "
 "in several core businesses such as movies and television sets. Sony's profit plunged 98 percent from a year "
 "earlier to $9 million. The result follows a large loss in the previous three months.\n\n"
 "Sony is overhauling some of its key divisions to streamline management and combine its entertainment units and "
 "electronic hardware business.\n\n"
 "Sony's Chief Financial Officer, Takao Yuhara, says he has a brighter outlook for the rest of the year and expects "
 "business conditions to pick up in the coming months thanks to improved consumer demand. In the automobile "
 "industry, Japan's top car maker has raised its global sales target for the year. Toyota expects a six percent rise "
 "in sales from last year to nearly six million vehicles, due to a gradual recovery in the world economy.\n\n"
 "Toyota's President Fujio Cho says he wants to maintain the improved momentum his company experienced in the first "
 "half of the year. He adds that he hopes to surpass sales records for the United States, Europe, and Asia.\n\n"
 "Meanwhile, Japan's trade surplus dropped more than 30 percent in June, from the same month last year, to $7.2 "
 "billion. That is the first decline in three months and a smaller surplus than many economists had forecast.\n\n"
 "Japan's exports to the United States, its top trading partner, have been declining for six months. Its surplus "
 "with the rest of Asia dropped in June for the first time in nearly a year and a half.",
 "electronics/autos", "earnings,leadership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"voanews 2003 Japanese business Sony profits "
 "plunge, president Kunitake Ando told reporters\", rank 1). Cut: the page chrome ('Accessibility links', 'Breaking "
 "News'), the heading 'Sony Reports Sluggish Quarterly Earnings - 2003-07-25' (kept as title, less its date). "
 "`published` from the heading's date and the address ('a-13-a-2003-07-25'). The whole text as held (about 1,700 "
 "characters after the heading, under the store's excerpt length), ending on a full sentence: `truncated` false "
 "(doubtful: no closing chrome is shown). Paragraph breaks as held (the Toyota sentences run on in the Yuhara "
 "paragraph). Kept as written: 'Sony's Chief Financial Officer, Takao Yuhara,', 'car maker', 'Toyota's President "
 "Fujio Cho'. " + NO_WIRE + " (no byline either). " + CHECKED + "'Yuhara' -> no file; 'Fujio Cho' -> one train text "
 "(a Wikipedia copy on Hiroshi Okuda) and batch 28a's script, other subjects: Sony's April-June 2003 results and "
 "Toyota's raised target are new to the corpus.",
 False))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

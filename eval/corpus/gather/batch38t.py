#!/usr/bin/env python3
"""Batch 38t (session 39; helper gather39t): Voice of America staff stories on companies in Japan, 2002-2006 — an
electronics maker's broad tie-up with China's largest appliance maker, a casual-wear retailer's president on a move into
food, a US bank's Japanese unit cutting jobs, a Japanese bank's retail tie-up with two US banks, a truck maker's
president at the Tokyo Motor Show, an Internet retailer's new baseball team, a railway's takeover bid for its rival
and a carmaker's steering recall — the VOA lane of session 39 (GATHER-VOA39.md), business stories only, a fifth round
after batches 38m, 38o, 38p, 38q and 38r; all from VOA's weekly Tokyo business round-ups (page store; three show the
headings 'Accessibility links / Breaking News / <heading>', one shows no heading):
- an electronics maker's tie-up with a Chinese appliance maker, a casual-wear retailer's president on selling
  vegetables, a US investment bank's Japanese unit cutting jobs, the best-selling car of 2001 (Sanyo Electric, Haier
  Group, Fast Retailing, Uniqlo, Merrill Lynch, Yamaichi Securities, Toyota, Corolla, Japan Automobile Dealers
  Association) (VOA, 14 January 2002);
- a truck maker's president at the Tokyo Motor Show, Japan-Malaysia trade talks, an Internet shopping operator given
  a new baseball team (Mitsubishi Fuso Truck and Bus, Rakuten, Golden Eagles) (VOA, 5 November 2004);
- the trade surplus, the US ambassador on beef, a Japanese bank's retail banking tie-up with two US banks (Finance
  Ministry, Mizuho Bank, Wachovia, Wells Fargo) (VOA, 22 April 2005);
- industrial production and jobs, a railway's takeover bid for its rival backed by a fund's stake, a carmaker's recall
  (Hankyu, Hanshin Electric Railways, Murakami Investment Fund, Hankyu Hanshin Holdings, Toyota Motor, Prius) (VOA,
  2 June 2006).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came
from ...'); one names its reporter as VOA's ('VOA's Steve Herman'), three carry no byline; each is taken as a VOA
staff story, a US government work (17 U.S.C. 105), as batch 18a's, 38m's, 38o's, 38p's, 38q's and 38r's VOA items.
Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch38t.py [POOL_DIR] [--dry]   (default /tmp/gather39t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39t/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet and no 'Some information for this report came from' line, so "
           "it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's, 38p's, 38q's and 38r's VOA items; the page "
           "itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")
CHROME = "the page chrome ('Accessibility links', 'Breaking News')"



R = []
# ---- Japan: Sanyo-Haier tie-up, Fast Retailing's Yanai, Merrill Lynch's Japanese unit, Corolla (14 January 2002) ----
R.append(rec("voa-sanyo-haier-tie-up-fast-retailing-yanai-merrill-lynch-2002",
 "http://www.voanews.com/a/a-13-a-2002-01-14-9-japan-66452842/551158.html", "2002-01-14",
 "Japan Business News: The Week Ahead",
 "Japan's third-biggest consumer electronics maker has unveiled a plan to ally with an overseas company and one of "
 "the country's most popular casual-wear retailers will start a new line of business.\n\n"
 "Sanyo Electric says it has formed a broad business tie-up with the Haier Group, the largest home appliance maker "
 "in China. Under the deal, the two firms will market their products in each other's countries and cooperate in "
 "production. Sanyo says this is the first time Japanese and Chinese electronics firms have agreed on a wide-ranging "
 "partnership.\n\n"
 "Fast Retailing, Japan's top casual wear firm known for its popular Uniqlo brand, is now expanding into the food "
 "business. Fast Retailing's president, Tadashi Yanai, said at a news conference the company will begin selling "
 "high-quality vegetables later this year. \"For the continuing growth of our company's future, we have taken the "
 "food business into consideration because it relates to customers' daily lives,\" he said. \"We believe that we can "
 "create a new market by controlling everything from production to retailing.\"\n\n"
 "Mr. Yanai added that the vegetables will be raised by farmers under contract and will be sold in a new retail "
 "chain and by home delivery.\n\n"
 "The Japanese unit of U.S. investment bank, Merrill Lynch, says it will slash 1,200 jobs and close 20 branches "
 "across the country. The move comes as the unit loses about $150 million a year amid Japan's economic slowdown.\n\n"
 "Merrill Lynch had taken over some branches and more than 2,000 employees from the collapsed Yamaichi Securities in "
 "1998.\n\n"
 "In the auto industry, Toyota remains the best-selling brand in the country. The Japan Automobile Dealers "
 "Association has announced that Toyota's Corolla was the most popular passenger car here in 2001 for the 33rd year "
 "in a row. Five of Toyota's models are listed among the top 10 selling cars.",
 "electronics/retail/banking/autos", "partnership,leadership,restructuring",
 "The VOA story as voanews.com serves it in the page store (found with \"This is VOA's weekly look at business news "
 "in Japan acquire subsidiary president\", rank 6, and again with \"Accessibility links Breaking News Japanese Firms "
 "Form Alliance - 2001 VOA Tokyo business\", rank 4). Cut: " + CHROME + " and the chrome word 'News', the heading "
 "'Japan Business News: The Week Ahead' (kept as title; it carries no date); the excerpt's last, broken sentence "
 "('A company spokesman says its strong marketing efforts are the key to', where the store's excerpt ends), so "
 "`truncated` true. `published` 2002-01-14 from the address ('a-13-a-2002-01-14'). Kept as written: 'casual wear' "
 "beside 'casual-wear', the comma in 'U.S. investment bank, Merrill Lynch,', 'here' (Japan). No byline. " + NO_WIRE +
 ". " + CHECKED + "'Sanyo' -> a train text (Master Kong, another subject) and batch 34d's script; 'Haier' -> a train "
 "text (a Wikipedia copy on Haier, which does not name Sanyo) and batches 25b/26c's scripts; 'Fast Retailing', "
 "'Uniqlo', 'Yamaichi', 'Corolla' -> no file; 'Yanai' -> only files on Ryanair (a substring); 'Merrill Lynch' -> "
 "texts on other subjects: the Sanyo-Haier tie-up of January 2002 and Fast Retailing's food business are new to the "
 "corpus.",
 True))

# ---- Japan: Tokyo Motor Show, Mitsubishi Fuso's Porth, Japan-Malaysia talks, Rakuten's Golden Eagles (5 Nov 2004) ---
R.append(rec("voa-tokyo-motor-show-mitsubishi-fuso-rakuten-golden-eagles-2004",
 "https://www.voanews.com/a/a-13-2004-11-05-voa9/308280.html", "2004-11-05",
 "Tokyo Motor Show Unveils Environment-Friendly Vehicles",
 "An embattled Japanese truck maker has cut the number of models on display at the latest big auto show in Tokyo. "
 "And owners of Japan's professional baseball teams have allowed a new member into their exclusive club for the "
 "first time in more than 50 years. Those are among the stories in this week's look at Japanese business news. "
 "VOA's Steve Herman reports from Tokyo.\n\n"
 "Environmentally friendly technology, such as advanced diesel engines and low emission hybrid systems, highlighted "
 "the displays at the annual Tokyo Motor Show.\n\n"
 "More than one hundred companies, including some from the United States and Europe, had vehicles and automotive "
 "products on display at the show.\n\n"
 "Scandal-plagued Mitsubishi Fuso Truck and Bus had only three vehicles on display this year, instead of its usual "
 "10. The company has admitted concealing defects for years, including some that led to fatal accidents. Company "
 "President Wilfried Porth says despite the troubles, it is important to show that the truck maker is looking "
 "ahead.\n\n"
 "\"We still have a lot of homework to do in carrying out all the field fixes,\" said Mr. Porth. \"This is what we "
 "do - as a priority, with sincerity, but, at the same time, we have to look into the future.\"\n\n"
 "Japan and Malaysia began a sixth round of free trade negotiations Thursday in Tokyo. Malaysian negotiators want "
 "Japan to scrap tariffs on plywood. The Japanese, on the other hand, want Malaysia to lift tariffs lifted on cars "
 "and industrial products. Both countries say they hope to finish negotiations by the end of the year.\n\n"
 "Japan has its first new professional baseball franchise in half a century. Owners of existing clubs have agreed "
 "to award a new team to the operator of an Internet shopping service. Rakuten says it will base the Golden Eagles "
 "in the Tohoku region of northern Japan.",
 "autos/trade/sport/internet", "leadership,recall,ownership,regulation",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Firms Form Alliance - 2001 VOA Tokyo business\", rank 8). Cut: " + CHROME + ", the heading 'Tokyo Motor Show "
 "Unveils Environment-Friendly Vehicles' (kept as title; it carries no date); the excerpt's last, broken sentence "
 "('Takuo Takihana, the owner of Japan's most popular team, the Yomiuri Giants, told reporters that', where the "
 "store's excerpt ends), so `truncated` true. `published` 2004-11-05 from the address ('a-13-2004-11-05-voa9'). Kept "
 "as written: 'lift tariffs lifted on cars' (sic), 'Company President', the spaced hyphen ' - ' in the quote. The "
 "teaser names the reporter as VOA's ('VOA's Steve Herman reports from Tokyo'). " + NO_WIRE + ". " + CHECKED +
 "'Golden Eagles', 'Takihana', 'Tohoku', 'Tokyo Motor Show' -> no file; 'Rakuten' -> a train text (a Wikipedia copy "
 "on Rakuten, which does not name the Eagles), a dev text by file name (Heather Reisman; not opened) and batches "
 "22c/30a's scripts; 'Wilfried Porth', 'Mitsubishi Fuso' -> batch 38o's pool (this session: a dev text, the June "
 "2004 round-up on Fuso's defects, which gives Porth as Fuso's president: that role repeats here, in another story) "
 "and a dev text by file name (a Wikipedia copy on Mitsubishi Fuso; not opened): the 2004 motor show and Rakuten's "
 "new team are new to the corpus.",
 True))

# ---- Japan: trade surplus, US beef, Mizuho Bank's tie-up with Wachovia and Wells Fargo (22 April 2005) --------------
R.append(rec("voa-mizuho-bank-wachovia-wells-fargo-tie-up-us-beef-2005",
 "https://www.voanews.com/a/a-13-2005-04-22-voa3/302050.html", "2005-04-22", "Japan's Trade Surplus Continues to Grow",
 "Japan's Finance Ministry says the country's trade surplus grew 1.3 percent in fiscal 2004 from the previous year. "
 "That is the third straight annual increase.\n\n"
 "For the year that ended March 31, exports rose slightly more than 10 percent to $618 billion. Imports were also "
 "up, but only to about $504 billion leaving a surplus of around $114 billion.\n\n"
 "Most significantly, according to the ministry's preliminary report, Japan's trade surplus with the rest of Asia "
 "grew by more than 14 percent.\n\n"
 "A team of U.S. agriculture experts is to arrive in Japan next week, hoping to redress the trade imbalance with the "
 "United States somewhat by pressing Tokyo to lift its 16-month ban on the import of American beef.\n\n"
 "Japan banned American beef in December 2003 after the United States reported its first and only case of mad cow "
 "disease. Prior to that, Japan was the largest importer of American beef - a $1.3 billion annual market.\n\n"
 "U.S. Ambassador Thomas Schieffer says the objective fact is that American beef is safe. \"We hope that people can "
 "step back a little bit from the emotion of the issue to look at it on scientific grounds. And when they do that we "
 "think that they will find that American beef is safe,\" he said. \"After all, 300-million Americans are eating "
 "that beef every day and there are no health concerns in the United States.\"\n\n"
 "For the first time since the bursting of Japan's economic bubble in the early 1990's, a major bank in the country "
 "is forming a full-scale tie-up with foreign financial institutions.\n\n"
 "Media reports say Mizuho Bank next week will unveil details of its comprehensive retail banking tie-up with "
 "Wachovia and Wells Fargo - the number-four and number-five banks in the United States in terms of assets.\n\n"
 "The alliance comes as a surprise, since in the past decade Japanese banks have retreated from overseas markets, "
 "instead focusing on disposing of their mountains of bad loans.",
 "banking/trade", "partnership,economy,regulation",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japan's "
 "Trade Surplus - 2004-05 automaker acquired stake subsidiary, its president told reporters\", rank 2, and \"... "
 "Japan's Trade Surplus Shrinks - 2005 chairman, subsidiary, acquisition\", rank 3). Cut: " + CHROME + ", the "
 "heading \"Japan's Trade Surplus Continues to Grow\" (kept as title; it carries no date). The excerpt (about 2,000 "
 "characters, the store's excerpt length) ends on a full sentence with no closing chrome; the round-up may go on, so "
 "`truncated` true (doubtful). `published` 2005-04-22 from the address ('a-13-2005-04-22-voa3'). Kept as written: "
 "'1990's', '300-million', the spaced hyphens ' - ' as dashes. No byline. " + NO_WIRE + ". " + CHECKED + "'Schieffer', "
 "'mad cow' -> no file; 'Mizuho' -> batch 38o's pool and its train text (Mizuho Holdings, 2002, another story); "
 "'Wachovia' -> texts on other subjects (a test text by file name on the 2008 Wells Fargo-Wachovia deal; not "
 "opened) and batches 20a/21b2/31d/38g's scripts: this story's gold gives Wachovia and Wells Fargo no relation with "
 "each other; Mizuho Bank's 2005 tie-up with the two US banks is new to the corpus.",
 True))

# ---- Japan: industrial production, Hankyu's bid for Hanshin, the Murakami fund, Toyota's recall (2 June 2006) -------
R.append(rec("voa-hankyu-hanshin-takeover-bid-murakami-fund-toyota-recall-2006",
 "https://www.voanews.com/a/a-13-2006-06-02-voa7/313033.html", "2006-06-02", None,
 "Japan's industrial production registered record output in April and two of the country's major railway companies "
 "are planning a merger.\n\n"
 "Industrial production in Japan rose for the second month in a row in April, by a record 1.5 percent over March.\n\n"
 "Some of the biggest increases were in semiconductor-manufacturing equipment and flat-panel displays exported to "
 "other Asian markets. Cars exported to North America and turbines for Japan's power plants also saw growth.\n\n"
 "Japan's unemployment figure remained at a seven-year low in April. The jobless rate was 4.1 percent for the third "
 "straight month, down by 260,000 from last year.\n\n"
 "In other news, Hankyu Incorporated, a major Japanese railway, is poised to take over its rival Hanshin Electric "
 "Railways Company.\n\n"
 "Kazuo Sumi, president of Hankyu Holding, says this is a friendly bid.\n\n"
 "\"Please understand that our takeover bid is 930 yen - about $8 per share and this is not a hostile takeover,\" "
 "he said.\n\n"
 "But for the merger to succeed, the Murakami Investment Fund, which holds a 47 percent stake in Hanshin, has to "
 "support the deal. Japanese media reports this week indicate that the Murakami Fund and Hankyu are closer to an "
 "agreement.\n\n"
 "If Hankyu fails to buy the target 45 percent of shares, it will not purchase any stock. The offer will be good "
 "until June 19.\n\n"
 "Hankyu ranks sixth among Japan's private railway companies in terms of sales, while Hanshin ranks 11th.\n\n"
 "The new company will be called Hankyu Hanshin Holdings.\n\n"
 "Toyota Motor has recalled nearly 600,000 cars around the world because of faulty steering wheel systems, which "
 "under extreme pressure could cause the driver to lose control.\n\n"
 "More than 10 models sold between September 2002 and November 2005, including the well-known Prius hybrid car, "
 "will be recalled.\n\n"
 "Most of the cars to be recalled were sold in Japan and the United States.",
 "railways/autos/economy", "deal,ownership,leadership,recall,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Those are among the stories in this week's "
 "look at Japanese business news. VOA's Steve Herman reports from Tokyo. takeover\", rank 3, and \"Accessibility "
 "links Breaking News Japanese railway Hankyu Hanshin takeover bid industrial production record\", rank 1). No "
 "chrome and no heading in the stored text (none found under either query): `title` null. Paragraph breaks as held "
 "(single line breaks made blank lines, as batch 38p's UFJ text). Cut: the excerpt's last, broken sentence ('Toyota "
 "officials said there have been more than 30 complaints filed with the company since March 2004, but there have "
 "been no reports of accidents due to fau', where the store's excerpt ends mid-word), so `truncated` true. "
 "`published` 2006-06-02 from the address ('a-13-2006-06-02-voa7'). Kept as written: 'Hankyu Incorporated' beside "
 "'Hankyu Holding', 'Hanshin Electric Railways Company', '930 yen - about $8 per share' (the spaced hyphen), 'Japanese "
 "media reports ... indicate'. No byline. " + NO_WIRE + ". " + CHECKED + "'Hankyu', 'Hanshin', 'Murakami', 'Kazuo "
 "Sumi', 'Prius' -> no file; files naming both 'Toyota' and 'recall' -> one dev text by file name (Ford's US sales, "
 "2010; another subject): Hankyu's 2006 bid for Hanshin and Toyota's 2006 steering recall are new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

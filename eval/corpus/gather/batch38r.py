#!/usr/bin/env python3
"""Batch 38r (session 39; helper gather39r): Voice of America staff stories on companies in Japan, 2003-2005 — a new
president at a carmaker a third owned by Ford, a railway's de-listing over its holding company's hidden shareholdings,
a TV network's shares held for its newspaper group, a carmaker's chief heading its French parent, and the first
foreigner to head Sony — the VOA lane of session 39 (GATHER-VOA39.md), business stories only, a fourth round after
batches 38m, 38o, 38p and 38q; all from VOA's weekly Tokyo business round-ups (page store headings 'Accessibility
links / Breaking News / <heading>'):
- a carmaker's new president replacing his predecessor, who goes to the US owner's European arm, and Japan's trade
  surplus and store sales (Mazda, Ford, Ford Europe, Japan Chain Stores Association, Japan Department Stores
  Association) (VOA, 29 August 2003);
- the economy's assessment lowered, a railway to be de-listed after its holding company's hidden shareholdings, its
  former head, the financial services minister, a TV network's shares held for its newspaper group (Bank of Japan,
  Nippon Research Institute, Tokyo Stock Exchange, Seibu Railway, Kokudo, Seibu Department Stores, Nippon Television,
  Yomiuri) (VOA, 19 November 2004);
- a head of Sony's US operations named to succeed its chairman and chief executive, an Internet company's stake in a
  radio network, a US investment bank's funding (Sony, Livedoor, Nippon Broadcasting, Lehman Brothers, Communications
  Ministry) (VOA, 11 March 2005);
- economic activity and the trade surplus, and the head of a carmaker and of its French parent on smaller cars
  (Nissan, Renault, Sony, Trade Ministry, Finance Ministry) (VOA, 24 June 2005).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came
from ...') or a byline; each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's,
38m's, 38o's, 38p's and 38q's VOA items. Edits in `notes`; no word added or changed. newskg (or any extractor) was not
run on the texts.
usage: batch38r.py [POOL_DIR] [--dry]   (default /tmp/gather39r/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39r/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, no byline and no 'Some information for this report came "
           "from' line, so it is taken as a VOA staff story (as batch 18a's, 38m's, 38o's, 38p's and 38q's VOA items; "
           "the page itself was not seen whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")
CHROME = "the page chrome ('Accessibility links', 'Breaking News')"



R = []
# ---- Japan: trade surplus, Mazda's new president, Booth to Ford Europe, store sales (29 August 2003) -----------------
R.append(rec("voa-mazda-new-president-imaki-booth-ford-europe-2003",
 "https://www.voanews.com/a/a-13-a-2003-08-29-7-japan-s-66860282/376307.html", "2003-08-29",
 "Japan's Exports, Trade Surplus Increase",
 "Japan's trade surplus is widening as exports rise, and one of the country's automakers has named a Japanese "
 "president for the first time in years. Japan's trade surplus expanded in July for the first time in two months, up "
 "7.3 percent from a year earlier to $6.8 billion.\n\n"
 "Exports to China hit a record monthly high, mostly due to the sale of mobile phones and video games.\n\n"
 "The surplus with the United States, Japan's largest trading partner, was lower in July than a year earlier. But "
 "economists say the trend is upward, and predict exports to the United States will rise significantly in the coming "
 "months. Japan's economy remains heavily dependent on exports because demand at home is picking up only slowly.\n\n"
 "Mazda, the country's fifth-largest automaker, says it has appointed a new president to replace Lewis Booth, an "
 "Englishman who has held the post for only a year. Executive Vice President Hisakazu Imaki will become president. "
 "It will the first time in seven years the company, which is one-third owned by U.S. auto giant Ford, will have a "
 "Japanese chief.\n\n"
 "Mr. Imaki, who has focused primarily on production engineering and planning throughout his career, said Mazda has "
 "the best management. He said executives are working well as a team, so he will follow strategies laid out by his "
 "predecessor.\n\n"
 "Mr. Booth will become the new president of Ford Europe. He improved cost cutting at Mazda, which has led the "
 "company to forecast a 24 percent profit increase for this business year.\n\n"
 "Sales at Japanese supermarkets and department stores continued to slide in July. The Japan Chain Stores "
 "Association says supermarket sales nationwide plunged five percent in July from a year before, to $10 billion, the "
 "13th straight monthly decline.\n\n"
 "And the Japan Department Stores Association says sales at department stores fell 2.3 percent in July from the "
 "previous year, for the 16th consecutive monthly drop.",
 "autos/retail", "leadership,ownership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japan's "
 "Trade Surplus automaker subsidiary stake chief executive said\", rank 3). Cut: " + CHROME + ", the heading "
 "\"Japan's Exports, Trade Surplus Increase - 2003-08-29\" (kept as title, less its date); the excerpt's last, "
 "broken sentence ('Bot', where the store's excerpt ends mid-word), so `truncated` true. `published` from the "
 "heading's date and the address ('a-13-a-2003-08-29'). Paragraph breaks as held (the teaser and the first news "
 "sentence stand in one paragraph). Kept as written: 'It will the first time' (sic, a missing 'be'), 'one-third "
 "owned', 'Chain Stores Association', 'this business year'. " + NO_WIRE + ". " + CHECKED + "'Imaki', 'Ford Europe', "
 "'Ford of Europe', 'Chain Stores Association', 'Department Stores Association' -> no file; 'Mazda' -> batch 38p's "
 "pool and a train text (this session: Mazda president Lewis Booth's profit forecast, April 2003, another story) "
 "and batch 38m's pool (a dev text by file name: the 2001 JAL-JAS round-up); Booth's post at Mazda is a fact of "
 "that train text too (its role kept here, as the story of his replacement): Mazda's August 2003 change of president "
 "is new to the corpus.",
 True))

# ---- Japan: economy assessment lowered, Seibu Railway to be de-listed, Kokudo, Nippon Television (19 November 2004) --
R.append(rec("voa-seibu-railway-delisting-kokudo-nippon-television-yomiuri-2004",
 "https://www.voanews.com/a/a-13-2004-11-19-voa8/299933.html", "2004-11-19", "Japanese Economic Assessment Lowered",
 "Japan has revised its assessment of the country's economy downward for the first time in 17 months. The finance "
 "ministry blames a slowdown in exports and production.\n\n"
 "The Bank of Japan has also lowered its assessment of the economy, citing the same factors.\n\n"
 "The revisions coincide with a worsening of consumer sentiment in Japan. The government-affiliated Nippon Research "
 "Institute says the index measuring consumers' concern about their livelihoods dropped three points from the prior "
 "survey in August.\n\n"
 "The Institute says Japanese are growing apprehensive about employment prospects and their level of income. The "
 "concern is prompted by higher crude oil prices and an economic slowdown in the United States.\n\n"
 "The Tokyo Stock Exchange has announced it will de-list Seibu Railway in mid-December. The unprecedented action "
 "comes after the company said that for more than four decades, it lied about who its major shareholders were.\n\n"
 "The Stock Exchange found that many shares listed as being owned by individuals were actually controlled by a major "
 "unlisted company called Kokudo. Kokudo is the holding company for Seibu Railway and Seibu Department Stores, among "
 "others, and was headed by one of Japan's richest men, Yoshiaki Tsutsumi.\n\n"
 "Seibu Railway shares have dropped as much as 75 percent in value since early October. Financial Services Minister "
 "Tatsuya Ito alluded to the fact that small shareholders may seek compensation.\n\n"
 "Mr. Ito says shareholders may decide to seek damages in court.\n\n"
 "Several big Japanese media companies are also correcting information about their shareholdings.\n\n"
 "Nippon Television, part of the Yomiuri conglomerate, says an internal investigation has determined that shares "
 "held in the name of the group's chairman effectively belonged to the Yomiuri newspaper.\n\n"
 "Earlier, the newspaper said it realized it owned more than 20 percent of the shares of 12 radio or television "
 "stations.",
 "railways/conglomerates/media", "ownership,regulation,leadership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Seibu "
 "Railway Kokudo Tsutsumi Daiei bailout - 2004-10-15\", rank 7, a query made to find a dated copy of batch 38q's "
 "undated October 2004 lead). Cut: " + CHROME + ", the heading 'Japanese Economic Assessment Lowered' (kept as "
 "title; it carries no date); the excerpt's last, broken sentence ('Ownership in a', where the store's excerpt ends "
 "mid-sentence), so `truncated` true. `published` 2004-11-19 from the address ('a-13-2004-11-19-voa8'). Kept as "
 "written: 'The finance ministry' (lower case), 'de-list', 'The Stock Exchange', 'The Institute'. " + NO_WIRE + ". "
 + CHECKED + "'Kokudo', 'Tsutsumi', 'Seibu', 'Seibu Department', 'Tatsuya Ito', 'Nippon Television', 'Nippon "
 "Research Institute' -> no file; 'Yomiuri' -> a train text (Livedoor, 2006) and batch 9's annotation script, other "
 "subjects: the Seibu Railway de-listing and Nippon Television's shareholding correction of November 2004 are new to "
 "the corpus. One text per event: batch 38q's undated round-up on the same scandal's start (October 2004; no dated "
 "copy found) and the round-up of 4 March 2005 on Tsutsumi's arrest (voanews.com/a/a-13-2005-03-04-voa4/301890.html) "
 "are left out.",
 True))

# ---- Japan: Stringer to head Sony, Livedoor and Nippon Broadcasting, Lehman Brothers (11 March 2005) -----------------
R.append(rec("voa-sony-stringer-succeeds-idei-livedoor-nippon-broadcasting-2005",
 "https://www.voanews.com/a/a-13-2005-03-11-voa11-67524332/284653.html", "2005-03-11",
 "First Foreigner to Head Sony Will Not Be Based in Japan",
 "Howard Stringer, the head of Sony's U.S. operations, will succeed Nobuyuki Idei as chairman and chief executive "
 "officer. He is the first non-Japanese to head the consumer electronics giant in its 59-year history.\n\n"
 "Mr. Stringer says the change results not from a crisis but from an evolution, building on what the current "
 "management has already done. \"We will work on a plan to quickly accelerate change,\" he said. \"Our team will not "
 "hesitate to make tough decisions to make Sony the strongest electronics, entertainment and technology company it "
 "can be.\"\n\n"
 "Mr. Stringer, who is both a British and a U.S. citizen, says he has no plans to move to Tokyo. He currently splits "
 "his time between an office in New York and a home in London, and says he will keep in touch with Sony executives "
 "via video-conferencing and frequent meetings in New York and Tokyo.\n\n"
 "While hostile takeovers are routine in the West, they are rare in Japan, and likely to stay that way. A battle by "
 "an upstart Internet company to gain control of a radio network has prompted some politicians to push for "
 "legislation to make it harder to take over a company by regulating stock transactions outside regular trading "
 "hours.\n\n"
 "Internet portal operator Livedoor used such a maneuver to acquire a large chunk of stock in Nippon Broadcasting, "
 "setting off a national debate on takeovers.\n\n"
 "In a related move, Japan's Communications Ministry says it will ask lawmakers to revise the Radio Law to make it "
 "more difficult for foreign companies to gain control of broadcasters. The U.S. investment bank Lehman Brothers "
 "helped fund Livedoor's bid for Nippon Broadcasting. That raised concern that foreigners could indirectly gain "
 "control of radio and television companies.\n\n"
 "Japanese Prime Minister Junichiro Koizumi is playing down concern that the continuing dispute with Washington over "
 "Tokyo's ban on imports of U.S. beef could worsen relations.",
 "electronics/internet/broadcasting", "leadership,deal,regulation",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Sony "
 "names Howard Stringer chairman chief executive Idei step down Japan business news\", rank 7). Cut: " + CHROME +
 ", the heading 'First Foreigner to Head Sony Will Not Be Based in Japan' (kept as title; it carries no date); the "
 "excerpt's last, broken sentence ('He dis', where the store's excerpt ends mid-word), so `truncated` true. "
 "`published` 2005-03-11 from the address ('a-13-2005-03-11-voa11'). Kept as written: 'maneuver', "
 "'video-conferencing', the quotes as held. " + NO_WIRE + ". " + CHECKED + "'Nippon Broadcasting', 'Koizumi', "
 "'Stringer' (other people of that name only) -> no file; 'Idei' -> batch 38p's pool and a train text (Sony "
 "President Nobuyuki Idei, April 2003, another story); 'Livedoor' -> a train text (2006 prosecutors), a test text "
 "(the 2005 Tokyo Stock Exchange systems failure, batch 38i, by file name; not opened) and a test text (a 2006 "
 "shortened session, by file name; not opened): this story's gold gives Livedoor no relation, so no gold fact is "
 "expected to repeat theirs; 'Lehman Brothers' -> texts on other subjects: Stringer's appointment and the Livedoor "
 "funding are new to the corpus.",
 True))

# ---- Japan: economic activity, trade surplus, Nissan's Ghosn on smaller cars (24 June 2005) --------------------------
R.append(rec("voa-nissan-renault-ghosn-trade-surplus-economic-activity-2005",
 "https://www.voanews.com/a/a-13-2005-06-24-voa5-67533507/285231.html", "2005-06-24", "Economic Activity Higher in Japan",
 "Japan's government says although the country's trade surplus is shrinking, the domestic economy is continuing to "
 "show signs of improvement. In the auto industry, Nissan will use technology supplied by its main rival to enter the "
 "hybrid-car market. And one of Japan's best-known brands, Sony, has endorsed a distinctly non-Japanese face at the "
 "top of the company.\n\n"
 "The Trade Ministry says Japan's economic activity rose one-point-seven percent in April, surpassing the "
 "expectations of many economists. The index - considered an indicator for gross domestic product - was below 103 in "
 "March, but rose above 104 in April. Economists say this suggests the Japanese economy, which has been in and out of "
 "recession for more than a decade, is on an upswing.\n\n"
 "The picture is not so rosy, however, with Japan's merchandise trade surplus. It shrank in May more than 68 percent "
 "compared with a year earlier - the second straight monthly drop. Those numbers are worse than economists had "
 "expected.\n\n"
 "The Finance Ministry data show that the trade surplus with the rest of Asia shrank more than 40 percent, for the "
 "seventh straight monthly decline. But the surplus with the United States rose 4.5 percent in May.\n\n"
 "For the near future, large Japanese companies are growing a bit more optimistic about the economic outlook. The "
 "Finance Ministry says its quarterly survey on the subject backs up the government's stance that the economy is "
 "likely to pull out of its latest slump.\n\n"
 "The man credited with bringing Japan's number-two carmaker back from the brink of bankruptcy says Nissan may have "
 "to begin focusing on smaller and more fuel-efficient cars because of record high oil prices.\n\n"
 "Carlos Ghosn now heads both Nissan and its parent, Renault of France. He says the company must listen to what "
 "customers want, including a demand for cars that will consume less fuel, no matter how difficult the change might "
 "be for the automaker.",
 "autos/economy", "leadership,ownership,economy",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japan's "
 "Trade Surplus automaker subsidiary stake chief executive said\", rank 6). Cut: " + CHROME + ", the heading "
 "'Economic Activity Higher in Japan' (kept as title; it carries no date); the excerpt's last, broken words (a quote "
 "opening '\"So it's ver', where the store's excerpt ends mid-word, cut from the end of the Ghosn paragraph), so "
 "`truncated` true: the teaser's hybrid-car story (its supplier unnamed in the text as held) and the Sony story are "
 "beyond the excerpt. `published` 2005-06-24 from the address ('a-13-2005-06-24-voa5'). Kept as written: "
 "'one-point-seven percent', the spaced hyphens ' - ' as dashes, 'number-two carmaker'. " + NO_WIRE + ". " + CHECKED +
 "'Ghosn', 'Renault' -> a train text (a Wikipedia copy on Carlos Ghosn) and one on Renault Trucks, batches 20b/27d/"
 "32d's scripts, and test texts by file name (Stellantis; a 2007 Ford/Romania story; not opened): Ghosn's posts and "
 "Nissan's parent Renault may be facts of those texts' gold (not checked); 'Nissan' -> texts on other subjects and "
 "batch 38o's pool (the 2002 DoCoMo-Nissan round-up): this June 2005 round-up is new to the corpus.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

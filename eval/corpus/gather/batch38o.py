#!/usr/bin/env python3
"""Batch 38o (session 39; helper gather39o): Voice of America staff stories on companies outside the US — joint
ventures, alliances, ownership, executives and regulators — the VOA lane of session 39 (GATHER-VOA39.md), business
stories only, a second round after batch 38m; all from VOA's weekly Tokyo business round-ups ('this week's look at
Japanese business news'):
- a mobile operator and a carmaker teaming up on car communication services, its chief executive, two brewers' places
  and a managing director, a DVD standard (NTT DoCoMo, Nissan, Asahi Breweries, Kirin) (VOA, 22 February 2002);
- two Japanese phone makers' joint venture with a Chinese equipment maker, NEC's president, and a Japanese electronics
  maker and a US company allying their hard disk drive operations (NEC, Matsushita, Huawei Technologies, Cosmobic
  Technologies, Hitachi, IBM) (VOA, 7 June 2002);
- two chipmakers agreeing to work together on a chip, Fujitsu's chief executive, and Matsushita's Panasonic brand
  (Toshiba, Fujitsu, Matsushita) (VOA, 21 June 2002);
- an advertising agency's alliance, a bank holding company's president, and a mobile carrier majority owned by a
  British telecom company (Hakuhodo, Mizuho Holdings, J-Phone, Vodafone) (VOA, 6 December 2002);
- two baseball teams' planned merger backed by the transport minister, a truck maker's president on covered-up defects
  and recalls, the truck maker spun off from a carmaker, and a trading company's sales rights from a French maker
  (Kintetsu Buffaloes, Orix Blue Wave, Mitsubishi Fuso, Mitsubishi Motors, Mitsui, Lohr Industrie) (VOA, 18 June 2004).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. No story's page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came
from ...'); one names its VOA reporter ('VOA's Amy Bickers'), the others carry no byline; each is taken as a VOA staff
story, a US government work (17 U.S.C. 105), as batch 18a's and 38m's VOA items. Edits in `notes`; no word added or
changed. newskg (or any extractor) was not run on the texts.
usage: batch38o.py [POOL_DIR] [--dry]   (default /tmp/gather39o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39o/pool"

NO_WIRE = ("Wire check: the page text as held carries no credit to AP, Associated Press, Reuters, AFP, Agence "
           "France-Presse or any other agency or outlet, and no 'Some information for this report came from' line, "
           "so it is taken as a VOA staff story (as batch 18a's and 38m's VOA items; the page itself was not seen "
           "whole)")
CHECKED = ("Checked before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as "
           "they stood; file names only, no test or dev text opened): ")



R = []
# ---- Japan: DoCoMo and Nissan team up on car communication; Asahi overtakes Kirin (22 February 2002) -----------------
R.append(rec("voa-docomo-nissan-car-communication-asahi-kirin-2002",
 "https://www.voanews.com/a/a-13-a-2002-02-22-41-japanese-66476467/552095.html", "2002-02-22",
 "Japanese Firms to Develop Advanced Car Communication System",
 "A major Japanese auto-maker and a telecommunications firm have unveiled a plan to jointly develop an advanced car "
 "communication system. VOA's Amy Bickers has that and more in our weekly look at Japanese business headlines.\n\n"
 "NTT DoCoMo, Japan's top mobile phone operator and Nissan, the country's third largest auto-maker say they will "
 "team up to develop advanced multimedia services for cars, known as telematics. The system will offer road-related "
 "information such as where to find local restaurants and the best price for gasoline. It will also include "
 "emergency assistance and communication services.\n\n"
 "Under the deal, the information system will utilize DoCoMo's third-generation cell phone technology. It will be "
 "available in Nissan cars next year.\n\n"
 "Keiji Tachikawa, DoCoMo's chief executive, says the companies expect this feature to figure prominently in 21st "
 "century cars. He says we are focusing on developing information technology for all kinds of things that move.\n\n"
 "Japan's Asahi Breweries became the nation's top beer maker in 2001. It outsold its rival Kirin for the first time "
 "in nearly 50 years. Asahi's annual profits rose two percent to more than 580 million dollars. It credits its "
 "financial upswing to a successful foray into the cheaper, low-malt beverage market.\n\n"
 "Kirin plans to rise to meet the new challenger. Yoshikazu Arai, Kirin's managing director, told reporters that the "
 "firm failed to meet customers' expectations and will try to regain the top spot.\n\n"
 "Nine of the world's leading electronics makers, including Sony, Matsushita and three other Japanese firms, have "
 "agreed on a uniform standard for the next generation of digital video discs. Today's DVD recorders use different "
 "and often incompatible formats.\n\n"
 "Next week, the Japanese government will announce its jobless data for January. Unemployment already stands at a "
 "record high of 5.6 percent.",
 "telecoms/autos/beverages", "partnership,leadership,earnings",
 "The VOA story as voanews.com serves it in the page store (found with \"VOA's correspondent in Tokyo reports "
 "Japanese company announces tie-up with European rival\", rank 2, among VOA round-ups and news pages). Cut: the page chrome "
 "('Accessibility links', 'Breaking News', 'News'; the closing 'XS'), the heading 'Japanese Firms to Develop Advanced "
 "Car Communication System - 2002-02-22' (kept as title, less its date). `published` from the heading's date and the "
 "address ('a-13-a-2002-02-22'). The text runs to the page's closing chrome: `truncated` false. Kept as written: "
 "'auto-maker' (twice), the missing comma after 'mobile phone operator' and 'auto-maker', the unquoted 'He says we "
 "are focusing ...', '580 million dollars'. The lead paragraph (the round-up's teaser) names the VOA reporter: 'VOA's "
 "Amy Bickers'. " + NO_WIRE + ". " + CHECKED + "'Asahi Breweries', 'Yoshikazu Arai', 'Amy Bickers' -> no file; "
 "'Kirin' -> Wikipedia texts on other companies (Lion, Treasury Wine Estates) and batches 32d/32n's scripts; "
 "'telematics' -> one dev text (Siemens VDO) and batch 32j's script, other subjects; 'Tachikawa' and 'DoCoMo' -> "
 "batch 38m's pool (this session: DoCoMo's alliance with Nokia, November 2001, another story) and one dev text (mobile "
 "Linux, 2006): the DoCoMo-Nissan plan of February 2002 and Asahi's overtaking Kirin are new to the corpus.",
 False))

# ---- Japan/China: NEC, Matsushita and Huawei's joint venture; Hitachi and IBM's hard drives (7 June 2002) -------------
R.append(rec("voa-nec-matsushita-huawei-joint-venture-hitachi-ibm-hard-drives-2002",
 "https://www.voanews.com/a/a-13-a-2002-06-07-11-several/296866.html", "2002-06-07", None,
 "Several Japanese electronics companies unveil plans for overseas ventures and the Japanese government releases weak "
 "data on corporate spending.\n\n"
 "NEC and Matsushita, Japan's leading mobile phone makers, have established a joint venture with China's largest "
 "manufacturer of computer networking equipment, Huawei Technologies. The aim is to promote next-generation cell phone "
 "use in China, which is now the world's largest mobile phone market.\n\n"
 "The joint venture, named Cosmobic Technologies, will license mobile phone services from Matsushita and NEC for other "
 "handset manufacturers in China and abroad.\n\n"
 "NEC President Koji Nishigaki says it is important for both Matsushita and NEC to develop applications that are "
 "adaptable for China.\n\n"
 "Hitachi, Japan's biggest electronics maker, and IBM of the United States have allied their hard disk drive "
 "operations under a new joint company. Hitachi will pay about $2 billion for IBM's unprofitable hard-drive business "
 "and will have a controlling share in the venture.\n\n"
 "Some analysts have questioned the move but Hitachi's president says the decision is part of a commitment to achieve "
 "a sharp recovery in hard disk operations.\n\n"
 "The Japanese Finance Ministry says capital spending, corporate purchases of equipment and real estate, plunged "
 "nearly 17 percent in the first three months of this year from a year earlier.\n\n"
 "That marks the second consecutive quarterly drop and also the largest tumble since 1998. The weak result is partly "
 "due to a continued slowdown in demand for information technology products and the weak Japanese economy.",
 "tech/electronics", "partnership,deal,leadership",
 "The VOA story as voanews.com serves it in the page store (found with \"VOA's correspondent in Tokyo reports Japanese "
 "company announces tie-up with European rival\", rank 5, and again with \"Accessibility links Breaking News Japanese "
 "Electronics Firms Unveil Overseas Ventures - 2002-06-07\", rank 1). The stored text has no page chrome and no "
 "heading (none found under other queries), so `title` is null and the attribution says so; `published` from the "
 "address ('a-13-a-2002-06-07'). The whole text as held (about 1,570 characters, under the store's excerpt length), "
 "ending on a full sentence: `truncated` false (doubtful: the page may have gone on). Paragraph breaks as held. Kept "
 "as written: 'Cosmobic Technologies' (the page's name for the venture), 'hard-drive' beside 'hard disk', the "
 "missing comma before 'but Hitachi's president'. " + NO_WIRE + " (no byline either). " + CHECKED + "'Cosmobic', "
 "'Nishigaki' -> no file; 'Huawei' -> Wikipedia texts and scripts on other subjects (its founder, operators, cables); "
 "'hard disk drive' -> one test text (Maxtor, by file name) and batch 31j's script: the Cosmobic venture and the "
 "Hitachi-IBM hard drive venture of 2002 are new to the corpus.",
 False))

# ---- Japan: Toshiba and Fujitsu agree to work together on a chip; Matsushita's Panasonic sales (21 June 2002) --------
R.append(rec("voa-toshiba-fujitsu-joint-chip-venture-matsushita-2002",
 "https://www.voanews.com/a/a-13-a-2002-06-21-34-japanese-66286412/540979.html", "2002-06-21",
 "Japanese Electronics Giants Agree on Joint Chip Venture",
 "Japan's semiconductor industry continues its consolidation. Toshiba and Fujitsu have agreed to work together on "
 "producing a sophisticated computer chip. The chips are used in digital appliances such as household electronics. "
 "The two companies hope to lower development costs amid tight competition.\n\n"
 "Naoyuki Akikusa, Fujitsu's chief executive, says he wants to invigorate the chip-making business by using his "
 "company's know-how and intellectual capability. He adds it is necessary to find a partner to share massive "
 "development costs.\n\n"
 "Toshiba and Fujitsu also may integrate their overall semiconductor operations at a later date. If they do, it would "
 "create the world's second largest chipmaker after Intel of the United States.\n\n"
 "Matsushita, the world's second-largest consumer electronics maker, expects to post healthy sales in the second "
 "quarter. The company confirms domestic sales by its Panasonic brand look set to jump 30 percent from a year ago. New "
 "products such as DVD recorders and digital camcorders have helped the company's bottom line.\n\n"
 "Like other electronics makers, Matsushita was hard hit by the worldwide information technology recession of the "
 "last year, and posted a massive loss.\n\n"
 "Heavy overseas demand for Japanese products, including electronics, is on the rise. According to the Finance "
 "Ministry, the country's trade surplus with the world catapulted about 715 percent to $5 billion in May from a year "
 "earlier. That marks the third straight monthly rise and was much stronger than expected.\n\n"
 "Shipments to other Asian nations of cars, flat-screen televisions and other products soared while imports plunged. "
 "The strong exports are helping the Japanese economy recover from its deepest post-war recession.",
 "tech/electronics", "partnership,leadership,earnings",
 "The VOA story as voanews.com serves it in the page store (found with \"Accessibility links Breaking News Japanese "
 "Electronics Firms Unveil Overseas Ventures - 2002-06-07\", rank 3, looking for another round-up's heading). Cut: "
 "the page chrome ('Accessibility links', 'Breaking News', 'News', 'update'; the closing 'XS', 'SM', 'MD', 'LG'), the "
 "heading 'Japanese Electronics Giants Agree on Joint Chip Venture - 2002-06-21' (kept as title, less its date). "
 "`published` from the heading's date and the address ('a-13-a-2002-06-21'). The text runs to the page's closing "
 "chrome: `truncated` false. Kept as written: 'world's second largest' beside 'second-largest', 'post-war', 'the "
 "last year'. " + NO_WIRE + " (no byline either). " + CHECKED + "'Akikusa' -> no file; 'Toshiba' with 'Fujitsu' -> "
 "no train, dev or test file names both: the Toshiba-Fujitsu chip agreement of June 2002 is new to the corpus.",
 False))

# ---- Japan: Hakuhodo's alliance, Mizuho Holdings' trust banks, J-Phone's 3G service (6 December 2002) ---------------
R.append(rec("voa-hakuhodo-alliance-mizuho-holdings-j-phone-vodafone-2002",
 "https://www.voanews.com/a/a-13-a-2002-12-06-1-major-67413742/277052.html", "2002-12-06", None,
 "Japan's second largest advertising company, Hakuhodo, will team up with two smaller regional agencies next year. "
 "The alliance is the latest sign of consolidation in an industry hard hit by the country's sluggish economy.\n\n"
 "The new company will become the world's eighth-largest ad agency and will compete with Japanese industry leader "
 "Dentsu.\n\n"
 "In the financial sector, the world's largest bank in terms of assets takes its restructuring plan one step further. "
 "Mizuho Holdings will merge two trust-banking units early next year. The move will create a new holding company that "
 "will trade on the stock market.\n\n"
 "The decision comes as the bank speeds up cost-cutting measures and attempts to boost profits.\n\n"
 "Mizuho Holdings President Terunobu Maeda tells reporters that his task is to cut in half the bank's huge portfolio "
 "of non-performing loans. He says he wants to come up with various ways to deal with the issue.\n\n"
 "The government is pressuring Mizuho Holdings and many other Japanese banks to clean up their bad debts, which are "
 "blamed in large part for the country's decade-long recession.\n\n"
 "Japan's number three mobile phone carrier will soon begin much-awaited third generation services. J-Phone says the "
 "latest technology allows users to talk on its handsets and send text messages in at least 50 countries.\n\n"
 "The company, which is majority owned by British telecom giant Vodafone,is targeting frequent overseas travelers and "
 "corporate users. J-Phone hopes its international roaming capability will attract subscribers from rival operators, "
 "and aims to sign up one million new users by the end of next year.",
 "advertising/banking/telecoms", "partnership,leadership,ownership",
 "The VOA story as voanews.com serves it in the page store (found with \"weekly look at Japanese business news, "
 "merger, president told reporters in Tokyo, VOA\", rank 4, and again with \"Accessibility links Breaking News Major "
 "Japanese advertising firm Hakuhodo alliance - 2002-12-06\", rank 1). The stored text has no page chrome, no heading "
 "and no teaser (none found under other queries), so `title` is null and the attribution says so; `published` from "
 "the address ('a-13-a-2002-12-06'). The whole text as held (about 1,600 characters, under the store's excerpt length), ending on a full sentence: "
 "`truncated` false (doubtful: the page may have had a teaser before and more after). Paragraph breaks as held. Kept "
 "as written: 'Vodafone,is' (no space after the comma), 'third generation', 'trust-banking'. " + NO_WIRE +
 " (no byline either). " + CHECKED + "'Hakuhodo', 'Terunobu Maeda', 'J-Phone', 'Mizuho' -> no file: the stories are "
 "new to the corpus.",
 False))

# ---- Japan: Kintetsu-Orix baseball merger, Mitsubishi Fuso's defects, Mitsui's streetcar rights (18 June 2004) -------
R.append(rec("voa-kintetsu-orix-merger-mitsubishi-fuso-defects-mitsui-lohr-2004",
 "https://www.voanews.com/archive/japanese-baseball-teams-merge-financial-reasons-2004-06-18", "2004-06-18", None,
 "Two of Japan's baseball teams plan to merge to cut financial losses, and a Japanese automaker admits new troubles "
 "with its trucks. Those are among the stories in this week's look at Japanese business news.\n\n"
 "While fans may be angry, some financial analysts are celebrating the proposed merger between the Kintetsu Buffaloes "
 "and the Orix Blue Wave teams. They say it signals a new era in which Japanese corporations will no longer ignore the "
 "massive losses of their professional sports clubs.\n\n"
 "Japan's transportation minister, Nobuteru Ishihara, says the merger is needed.\n\n"
 "Mr. Ishihara says the losses of some $40 million a year for the Kintetsu club, owned by a railway company, is "
 "unacceptable for good management.\n\n"
 "Baseball teams here in Japan have seen an erosion of fan support, because of the exodus of a number of star players "
 "to the U.S. major leagues.\n\n"
 "Meanwhile, Mitsubishi Fuso has admitted it covered up more than 60 additional defects in its large vehicles.\n\n"
 "Company President Wilfried Porth says the truck maker is informing the Transportation Ministry it will issue recalls "
 "for 39 of the most serious defects, once replacement parts are available.\n\n"
 "\"I would like first to apologize to our customers and the general public for the serious wrongdoing of our company "
 "in the past,\" Mr. Porth said.\n\n"
 "Mr. Porth says about 450,000 large vehicles will be recalled.\n\n"
 "The truck and bus maker was spun off from Mitsubishi Motors early last year. Revelations of a series of cover-ups of "
 "truck defects has led to the arrest of a former president of Mitsubishi Motors and five other executives.\n\n"
 "A major Japanese trading company, Mitsui says it has acquired the Asian sales rights for streetcars from France's "
 "Lohr Industrie.\n\n"
 "The next generation streetcars are quieter, because they use rubber tires. And the company says, not only do "
 "streetcars lessen traffic congestion, but also, at less than $30 million per kilometer, they are about one tenth "
 "the cost of subway systems.",
 "sport/autos/trading", "deal,leadership,recall,partnership",
 "The VOA story as voanews.com's archive serves it in the page store (found with \"weekly look at Japanese business "
 "news, merger, president told reporters in Tokyo, VOA\", rank 7). The stored text has no page chrome and no heading "
 "(none found with \"Accessibility links Breaking News Japanese Baseball Teams Merge for Financial Reasons - "
 "2004-06-18\"), so `title` is null and the attribution says so (the address's words, 'japanese-baseball-teams-merge-"
 "financial-reasons', are not taken as a heading); `published` from the address ('2004-06-18'). The excerpt (about "
 "1,970 characters, near the store's excerpt length) ends on a full sentence, the Mitsui paragraph; the round-up may go "
 "on, so `truncated` is set true. Kept as written: 'Orix Blue Wave' (the page's spelling), 'the losses ... is "
 "unacceptable', 'cover-ups ... has led', 'A major Japanese trading company, Mitsui says', 'next generation'. " +
 NO_WIRE + " (no byline either). " + CHECKED + "'Kintetsu Buffaloes', 'Orix', 'Blue Wave', 'Wilfried Porth', 'Lohr', "
 "'Nobuteru Ishihara' -> no file; 'Mitsubishi Fuso' -> one dev text (a Wikipedia copy on the company, by file name; "
 "not opened) and batch 32d's scripts: this news story (the 2004 defects admission, its president, the baseball "
 "merger, Mitsui's rights) is new; its gold's one relation on Fuso (parentOrganization to Mitsubishi Motors, from "
 "'spun off from') may repeat a fact of the dev file's gold (not checked, the file not being opened).",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

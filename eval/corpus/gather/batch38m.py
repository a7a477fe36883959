#!/usr/bin/env python3
"""Batch 38m (session 39; helper gather39m): Voice of America staff stories on companies outside the US — deals,
alliances, executives and earnings — the VOA lane of session 39 (GATHER-VOA39.md), business stories only:
- two Japanese airlines' plan to merge (Japan Airlines, Japan Air System, its president), a mobile operator's strategic
  alliance with a phone maker (NTT DoCoMo, Nokia, DoCoMo's president and chief executive) and a carmaker's half-year
  profit (Mazda) (VOA, 16 November 2001);
- a US carmaker's agreement to take over a bankrupt South Korean carmaker, a memorandum of understanding signed in
  Seoul (General Motors, Daewoo Motor) (VOA, 21 September 2001);
- a Chinese computer maker buying a US company's personal computer business, the US company's senior vice president
  leaving to head the buyer, and an analyst of a research firm (Lenovo, IBM, Gartner) (VOA, 8 December 2004).
Each text is the search tool's page-store excerpt (`search`, corpus `pages`) of the story on voanews.com, embedded
here. Each story's page text as held shows no byline and no wire credit (AP, Reuters, AFP, 'Some information for this
report came from ...'), so each is taken as a VOA staff story, a US government work (17 U.S.C. 105), as batch 18a's
VOA item. Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch38m.py [POOL_DIR] [--dry]   (default /tmp/gather39m/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39m/pool"

NO_WIRE = ("Wire check: the page text as held carries no byline and no credit to AP, Associated Press, Reuters, AFP, "
           "Agence France-Presse or any other agency or outlet, and no 'Some information for this report came from' "
           "line, so it is taken as a VOA staff story (as batch 18a's VOA item; the page itself was not seen whole)")



R = []
# ---- Japan: an airline merger plan, a mobile operator's alliance, a carmaker's half-year (16 November 2001) ----------
R.append(rec("voa-japan-airlines-japan-air-system-merge-docomo-nokia-alliance-2001",
 "https://www.voanews.com/a/a-13-a-2001-11-16-2-companies-66413432/549774.html", "2001-11-16",
 "Companies Announce Merger, Strategic Alliance in Japan",
 "Two of Japan's biggest airlines have unveiled a plan to merge and the country's top mobile phone firm has announced "
 "a strategic alliance with the world's largest phone maker.\n\n"
 "Japan Airlines, the country's top carrier, says it will integrate its operations with Japan Air System to create the "
 "sixth biggest global airline. The move, the first major overhaul in the Japanese airline industry in 30 years, "
 "follows the sharp decline in sales after the September 11 terror attacks in the United States. The merger allows "
 "the two companies to corner half the domestic market.\n\n"
 "Hiromi Funabiki is president of Japan Air System. He told reporters that a merger will combine JAL's strength in "
 "international flights with the domestic position of JAS. Mr. Funabiki says \"the consolidation will make it possible "
 "for both companies to be more efficient.\"\n\n"
 "But the merger also will lead to 5,000 job cuts from the two companies over the next five years.\n\n"
 "NTT DoCoMo, Japan's top cell phone operator, says it will ally with the world's largest mobile phone maker, Nokia of "
 "Finland. They will jointly standardize technologies for third generation phone services so that users around the "
 "globe with different handsets can access the same information. The two firms say they will work on browsing, "
 "messaging and other software.\n\n"
 "Keiji Tachikawa is president and chief executive of DoCoMo. He hopes to have a Nokia product in the Japanese market "
 "next year. \"We can not promote the spread of worldwide service if we do not jointly develop and use the same "
 "product,\" he said.\n\n"
 "Mazda, the country's fifth largest auto maker, posted a net profit of nearly $11 million in the first six months of "
 "the year, in contrast to the losses during the same period last year. The firm says cost cutting measures and the "
 "weaker yen helped its earnings. Mazda predicts a profit for the full fiscal year ending in March.",
 "airlines/telecoms", "deal,partnership,leadership,earnings",
 "The VOA story as voanews.com serves it in the page store (found with \"VOA's correspondent reports merger of two "
 "Japanese companies creating world's largest\", rank 8, among news copies on other mergers). The page chrome "
 "('Accessibility links', 'Breaking News') and the heading (kept as title) left out; `published` from the address "
 "('a-13-a-2001-11-16'). The excerpt (1,884 characters of text after the heading, near the store's excerpt length) ends on a full sentence, the Mazda paragraph; the "
 "page may go on with more companies (a VOA business round-up), so `truncated` is set true. Kept as written: 'can "
 "not', 'cost cutting', 'auto maker', 'third generation', 'sixth biggest global airline'. " + NO_WIRE + ". Checked "
 "before annotation (grep -ril on train/dev/test, the gather scripts and /tmp/gather39*/pool as they stood; file "
 "names only): 'Japan Air System', 'Funabiki', 'Tachikawa', 'Mazda' -> no file; 'DoCoMo' -> one dev text (mobile "
 "Linux, 2006) and batch 37m's script, on other subjects; 'Japan Airlines' -> texts on other subjects (freight, "
 "partnerships, a 787 review): the JAL-JAS merger plan and the DoCoMo-Nokia alliance of 2001 are new to the corpus.",
 True))

# ---- South Korea: General Motors' agreement to take over Daewoo Motor (21 September 2001) -----------------------------
R.append(rec("voa-gm-daewoo-motor-takeover-agreement-2001",
 "https://www.voanews.com/archive/gm-buys-daewoo-2001-09-21", "2001-09-21",
 "GM Buys Daewoo",
 "U.S. car giant General Motors has reached agreement with Daewoo Motor to takeover the bankrupt South Korean car "
 "company.\n\n"
 "After long negotiations, General Motors and Daewoo Motor have ironed out the major issues in a deal that would allow "
 "the U.S. auto maker to gain control of South Korea's second-largest car maker.\n\n"
 "A memorandum of understanding was signed Friday in Seoul. It states General Motors and its alliance partners intend "
 "to invest $400 million in exchange for 67 percent of the joint venture. Daewoo's creditors will inject $197 million "
 "in cash for the remaining ownership shares.\n\n"
 "The deal is expected to be formalized by the end of the year.\n\n"
 "Daewoo Motor was forced to file for bankruptcy after failing to emerge from billions of dollars of debt. It was one "
 "of many companies that rashly expanded on borrowed money prior to being devastated by the Asian financial crisis in "
 "1997. The South Korean government has been under pressure to see this deal through to show its commitment to "
 "economic restructuring in the corporate and banking sectors.",
 "autos", "deal",
 "The VOA story as voanews.com's archive serves it in the page store (found with \"General Motors signs deal to take "
 "over bankrupt Daewoo Motor, Seoul creditors\", rank 2, among news copies). The excerpt has no page chrome and no "
 "heading; the title is taken from the address ('gm-buys-daewoo-2001-09-21', words capitalised; doubtful: the page's "
 "own heading was not seen); `published` from the address, the Friday the story tells (21 September 2001 was a "
 "Friday). The whole text as held (1,060 characters), ending on a full sentence: `truncated` false. Kept as written: "
 "'to takeover', 'auto maker', 'car maker', 'rashly'. " + NO_WIRE + ". Checked before annotation (grep -ril as above; "
 "file names only): 'Daewoo Motor' -> one test text (a Romanian carmaker story of 2007, by file name; not opened) and "
 "no gather script; 'Daewoo' -> texts and scripts on other Daewoo companies (Daewoo Unitel, Daewoo Shipbuilding); "
 "GATHERING.md names no GM-Daewoo deal: the 2001 agreement is new to the corpus.",
 False))

# ---- China: Lenovo buys IBM's personal computer business (8 December 2004) --------------------------------------------
R.append(rec("voa-chinese-computer-maker-lenovo-buys-ibm-pc-business-2004",
 "https://www.voanews.com/a/a-13-2004-12-08-voa20/390920.html", "2004-12-08",
 "Chinese Computer Maker Buys IBM's PC Business",
 "U.S. technology giant IBM is selling its personal computing business to China's biggest P.C. maker. The deal "
 "highlights China's growing economic clout and global reach.\n\n"
 "China's largest computer maker, Lenovo, says it bought IBM's personal computer manufacturing business for $1.25 "
 "billion.\n\n"
 "After 13 months of intense negotiations, Lenovo emerges as the third largest P.C. maker in the world, behind Dell and "
 "Hewlett-Packard.\n\n"
 "The deal, announced Wednesday, effectively ends IBM's manufacturing of personal computers, a field the company helped "
 "pioneer in 1981.\n\n"
 "Stephen Ward, an IBM senior vice president, will leave the company to head the restructured Lenovo, which will move "
 "its headquarters from Beijing to New York.\n\n"
 "Mr. Ward said Wednesday the deal will extend Lenovo's commercial reach well beyond China's borders.\n\n"
 "\"The relationship with Lenovo is one that expands the opportunities for our employees by having a broader set of "
 "products that can be sold around the world,\" he said.\n\n"
 "Market analysts say the deal is a sign of things to come.\n\n"
 "Even as U.S. companies rush into China, leading Chinese businesses are getting ready to compete in Western "
 "markets.\n\n"
 "Martin Gillaland, an analyst in Singapore with the technology research firm Gartner, says Chinese corporations are "
 "building ties with Western companies to gain competitive technology and management skills.\n\n"
 "\"This is an important step toward creating an economic superpower,\" he noted. \"They can't be a market that relies "
 "solely on the local market, they have to compete and develop skills to compete outside of China and this sort of "
 "trend is important for that.\"\n\n"
 "He says Lenovo effectively bought IBM's decades of global experience and avoided having to develop its own "
 "international business model.\n\n"
 "Lenovo now controls an estimated nine percent of the world market for personal computers.",
 "tech/computers", "deal,leadership",
 "The VOA story as voanews.com serves it in the page store (found with \"voanews Lenovo buys IBM personal computer "
 "business Chinese company\", rank 3; a VOA Special English script on the same deal, on a manythings.org copy, rank 1, "
 "left out: a third-party copy, and one text per event). The page chrome ('Accessibility links', 'Breaking News') and "
 "the heading (kept as title) left out; `published` from the address ('a-13-2004-12-08'), the Wednesday the story "
 "tells (8 December 2004 was a Wednesday). Cut before 'IBM holds a minority stake in the Lenovo venture but ', where "
 "the excerpt breaks off (`truncated`). Kept as written: 'P.C.', 'Gillaland' (the page's spelling), 'Mr. Ward', "
 "'can't', the comma splice in the analyst's quote. " + NO_WIRE + ". Checked before annotation (grep -ril as above; "
 "file names only): 'Stephen Ward', 'Gillaland', '2004-12-08' -> no file; 'Lenovo' -> the train text wp-lenovo (a "
 "2007 Wikipedia copy that says in one sentence 'In 2005 Lenovo purchased IBM's PC Division') and wp-motorola-"
 "mobility, with batch 21b2's and 22b's scripts: the deal is named in one train sentence, this news story on it "
 "(its day, price, executive and analyst) is new.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

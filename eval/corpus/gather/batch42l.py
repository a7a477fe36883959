#!/usr/bin/env python3
"""Batch 42l (session 43; gatherer lane 42l): two Voice of America staff stories from Japan and South Korea, 2006 and
2008, on single companies and the men at their head — an activist investment fund's founder who admitted insider
trading in a broadcaster's shares and was arrested the same day; a conglomerate's chairman who resigned on live
television after his indictment for tax evasion, with the group's vice chairman and its reform plan — the VOA
business lane of sessions 39-43 (GATHER-VOA39.md), a round of session 43 after batches 42c, 42f and 42i, from VOA's
own news pages on voanews.com (page store, '/a/a-13-2006-...' and '/archive/...'):
- Yoshiaki Murakami, head of the Murakami Fund, admitting on Monday 5 June 2006 that he had broken insider-trading
  laws when he bought Nippon Broadcasting shares knowing of Livedoor's bid, arrested hours later; Livedoor founder
  Takafumi Horie's arrest in January; Financial Services Minister Kaoru Yosano (VOA, 5 June 2006);
- Samsung chairman Lee Kun-hee announcing his resignation on Tuesday 22 April 2008 after his indictment the week
  before on charges of evading about $112 million in taxes; Vice Chairman Lee Hak-soo among four other executives
  stepping down; the group's strategic planning office to be dismantled; VOA's Kurt Achin in Seoul (VOA, April 2008).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on voanews.com, embedded
here. Neither page text as held shows a wire credit (AP, Reuters, AFP, 'Some information for this report came from
...'); the Samsung story's standfirst names VOA's own correspondent. Both are taken as VOA staff stories, US
government works (17 U.S.C. 105), as batch 18a's, 38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, 41l's, 41r's,
42c's, 42f's and 42i's VOA items. Records built with write_pool.voa; the wire-check and duplicate-check wording is
batch 42c's (imported). Edits in `notes`; no word added or changed. newskg (or any extractor) was not run on the texts.
usage: batch42l.py [POOL_DIR] [--dry]   (default /tmp/gather43l/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch42c import NO_WIRE, CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43l/pool"

WIRE_ACHIN = ("Wire check: the page text as held carries no byline and no credit to AP, Associated Press, Reuters, AFP, "
              "Agence France-Presse or any other agency and no 'Some information for this report came from' line; its "
              "standfirst names VOA's own correspondent ('As VOA's Kurt Achin reports from Seoul', as batch 42f's "
              "'Correspondent Scott Bobb reports from Johannesburg'); it is taken as a VOA staff story (as batch 18a's, "
              "38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, 41l's, 41r's, 42c's, 42f's and 42i's VOA items; the page "
              "itself was not seen whole)")

R = []
# ---- Japan: the Murakami Fund's head admits insider trading and is arrested (5 June 2006) --------------------------
R.append(rec("voa-murakami-fund-yoshiaki-murakami-arrested-insider-trading-2006",
 "https://www.voanews.com/a/a-13-2006-06-05-voa12/315381.html", "2006-06-05",
 "Investment Mogul Arrested in Japan",
 "The head of Japan's Murakami Fund has been arrested just hours after he admitted to insider trading. This is the "
 "latest fallout from the Livedoor scandal that rocked Japanese markets earlier this year.\n\n"
 "Investment fund mogul Yoshiaki Murakami on Monday admitted at a hastily convened news conference carried live on "
 "most television networks that he had violated insider-trading laws. He told reporters he was certain to be "
 "arrested and would step down immediately as head of the $3.5 billion Murakami Fund.\n\n"
 "Murakami, bowing deeply, apologized for causing great trouble, saying he made a mistake and will accept the "
 "punishment. He said he would not return to the securities business.\n\n"
 "Hours later his office and home were raided and Murakami was arrested.\n\n"
 "The 46-year-old former Trade Ministry official has become a household name in Japan for his shareholder activism - "
 "a rarity here - and his aggressive style of capitalism.\n\n"
 "Murakami contends he did not intend to break any laws when he bought shares in Nippon Broadcasting last year based "
 "on his advanced knowledge that Internet firm Livedoor was going to make a takeover bid.\n\n"
 "Livedoor founder Takafumi Horie was arrested in January for breaking securities laws. News of the scandal caused "
 "the Tokyo stock market to close for the first time ever.\n\n"
 "Japan's Financial Services Minister Kaoru Yosano on Monday lamented that both men, not long ago, were regarded as "
 "modern-day heroes. Yosano says Horie and Murakami, however, have violated securities laws, and he hopes they "
 "reflect seriously on their actions.\n\n"
 "The two became symbols of a brash new approach to investment, but their tactics of launching corporate raids and "
 "demanding that companies in which they invested put more emphasis on profits alarmed Japan's traditional business "
 "leaders.",
 "finance/investment funds", "executives,insider-trading,arrest",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2006-06-05-voa12/315381.html'; found with "
 "\"Japanese Investor Murakami Arrested on Insider Trading Charges voanews\", rank 2, after earlier queries naming "
 "the man, the fund and the event with 'voanews 2006' brought back news pages only; a query of the broken last "
 "sentence brought back neither it nor another copy). Cut: the chrome ('Accessibility links', 'Breaking News', 'News'), the heading (kept "
 "as title 'Investment Mogul Arrested in Japan'); cut after '... alarmed Japan's traditional business leaders.', "
 "dropping the broken 'Prime Minister Junichiro Koizumi, who supported Horie's political aspirations last year, said "
 "on Monday he knew nothing o' where the excerpt (about 2,000 characters) ends: `truncated` true. `published` from "
 "the address ('a-13-2006-06-05'; a Monday, the day of the admission and arrest told as 'on Monday'). Kept as "
 "written: 'shareholder activism - a rarity here -' (spaced hyphens), 'his advanced knowledge', 'insider-trading "
 "laws', 'Internet firm Livedoor'. " + NO_WIRE + ". " + CHECKED + "'315381', 'a-13-2006-06-05', 'Yoshiaki', "
 "'Investment Mogul', 'Nippon Broadcasting' -> no corpus file ('Nippon Broadcasting' -> train "
 "voa-sony-stringer-succeeds-idei-livedoor-nippon-broadcasting-2005, batch 38's round-up of March 2005 on Livedoor's "
 "stake, another event, by file name); 'Murakami' -> test voa-hankyu-hanshin-takeover-bid-murakami-fund-toyota-recall-"
 "2006 (batch 38t's round-up of 2 June 2006: Hankyu's bid for Hanshin and the fund's 47 percent stake, per "
 "GATHERING.md no arrest; not opened) and GATHERING.md only; 'Yosano' -> test "
 "voa-tokyo-stock-exchange-suspends-trading-systems-failure-2005 and train wn-japan-enters-recession-2008 (other "
 "events, by file name); 'Horie', 'Livedoor' -> test wn-heavy-selling-leads-shortened-session-tokyo-2006 and train "
 "wn-prosecutors-continue-investigation-livedoor-faces-possible-2006 (the Livedoor raid and the market halt of January "
 "2006, told here only as background, by file name and GATHERING.md). Murakami's admission and arrest of 5 June 2006 "
 "are new to the corpus as far as file names and GATHERING.md show; none of the VOA stories of batches 38m-42i (ids "
 "and addresses checked) is of 5 June 2006.",
 True))

# ---- South Korea: Samsung's chairman Lee Kun-hee resigns after his indictment (22 April 2008) ----------------------
R.append(rec("voa-samsung-lee-kun-hee-resigns-indictment-tax-evasion-2008",
 "https://www.voanews.com/archive/indicted-chairman-south-koreas-samsung-announces-snap-resignation", "2008-04-22",
 None,
 "The chairman of South Korea's Samsung group says he is quitting after 20 years of steering the global "
 "conglomerate.  The move comes after his indictment for alleged corporate misdealings.  As VOA's Kurt Achin reports "
 "from Seoul, Samsung executives say the resignation is just the start of a broader corporate reform agenda.\n\n"
 "Samsung Chairman Lee Kun-hee made jaws drop across South Korea Tuesday, as he announced his resignation on live "
 "nationwide television.\n\n"
 "He says he has decided to step down from the Samsung group  chairmanship, and offers his \"deepest apologies for "
 "causing great concern to the public.\"\n\n"
 "South Korean prosecutors charged Lee last week for allegedly evading about $112 million worth of taxes by stashing "
 "away assets in disguised accounts.  The Samsung group said Tuesday it would transfer some $4.5 billion from those "
 "accounts back into Lee's own name, pay the back taxes, and then use the funds, in their words, \"for good "
 "purposes.\"\n\n"
 "Lee is also scheduled to face trial for allegedly transferring control of the Samsung group to his son in an "
 "illegal manner.\n\n"
 "Prosecutors did hand Samsung one victory last week when they said there was no evidence the company bribed "
 "influential South Koreans using secret slush funds worth hundreds of millions of dollars.\n\n"
 "Nonetheless, Samsung says it will dismantle the group's strategic planning office at the heart of the three-month "
 "corruption investigation.  Samsung Vice Chairman Lee Hak-soo, one of four other executives stepping down, says the "
 "conglomerate is reforming itself.\n\n"
 "He says Samsung wants to send a message to shareholders that it is taking steps to enhance coroporate transparency "
 "and protect their interests.\n\n"
 "It is difficult to overstate the influence of the Samsung conglomerate in South Korea, or of outgoing Chairman Lee "
 "personally.  The group is estimated to be worth about $280 billion, and generally accounts for about a fifth of "
 "South Korea's exports.",
 "conglomerates", "executives,tax-evasion,corporate-governance",
 "The VOA story as voanews.com serves it in the page store ('/archive/indicted-chairman-south-koreas-samsung-announces-"
 "snap-resignation', an '/archive/' address as batches 38m's-38q's and 41f's; found with \"Voice of America Seoul "
 "correspondent Samsung chairman steps down reform plan\", rank 2, and again at rank 5 for a query of the heading "
 "its address spells; a query of its later sentence 'It is difficult to overstate ...' brought back neither it nor "
 "another copy). The stored text begins at the "
 "standfirst: no chrome and no heading are held, so `title` is null (as batch 38t's round-up; the address reads "
 "'indicted chairman south koreas samsung announces snap resignation', not kept as a title). Cut after '... about a "
 "fifth of South Korea's exports.', dropping the broken 'Lee is widely seen as the driving force behind Sams' where "
 "the excerpt (about 2,000 characters) ends: `truncated` true. `published` 2008-04-22: neither the address nor the "
 "text as held gives a date; the day is the 'Tuesday' of the announcement, which other pages in the same answers date "
 "22 April 2008 (mobilesyrup.com's and engadget.com's addresses, siliconindia's dated report; a doubtful point: the "
 "page's own date is not seen). Kept as written: the double spaces between sentences and in 'Samsung group  "
 "chairmanship', 'coroporate transparency' (the page's misspelling), 'South Korea Tuesday', 'Samsung group' with a "
 "small g. " + WIRE_ACHIN + ". " + CHECKED + "'snap-resignation', 'Lee Hak-soo', 'Samsung group' -> no file; 'Kurt "
 "Achin' -> train voa-hyundai-probe-executives-iata-china-routes-mtr-kcr-2006 (batch 38x's round-up of April 2006, "
 "another subject, by file name); 'Kun-hee' -> test wp-lee-jae-yong (batch 26c's Wikipedia text on the son: its file "
 "holds no '2008', no 'resign' and no 'tax evasion', by grep -c; not read), batch 26c's scripts and GATHERING.md "
 "(batch 20b's 'Samsung's Lee Kun-hee resigning (2008)' and batch 41f's 'Lee Kun-hee's resignation (2008)' among "
 "queries that found only copyrighted or no VOA pages; batch 26c's Lee Kun-hee Wikipedia copy left out). The resignation of 22 April 2008 is new to the corpus as far "
 "as file names and GATHERING.md show; none of the VOA stories of batches 38m-42i (ids and addresses checked) is of "
 "April 2008.",
 True))

# The Samsung story's stored text holds no heading: write_pool.voa's null-title wording ('business round-up') would
# misdescribe a single story, so its attribution names the story and the heading its address spells (not a title).
R[1]["attribution"] = ("Voice of America, story (its heading is not in the stored text; the address spells "
                       "'indicted-chairman-south-koreas-samsung-announces-snap-resignation'), 2008-04-22, US federal "
                       "government work (public domain); text as at " + R[1]["source"])

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

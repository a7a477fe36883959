#!/usr/bin/env python3
"""Batch 42x (session 43; gatherer lane 42x): two Voice of America staff stories from Russia, 2004 and 2006, on one
oil company's break-up — the forced auction of its main production unit to an unknown bidder, and the court's
bankruptcy ruling that ended it — the VOA business lane of sessions 39-43 (GATHER-VOA39.md), a round of session 43
after batches 42c, 42f and 42l, sent to single companies in Latin America, Europe, Russia or the Middle East, 2002-2010,
from VOA's own news pages on voanews.com (page store, '/a/a-13-2004-...' and '/a/a-13-2006-...'):
- Baikal Finance Group, a company nobody had heard of, bidding more than $9 billion on Sunday 19 December 2004 for
  Yuganskneftegaz, Yukos's main oil-production subsidiary, at the auction in Moscow; Gazprom's bid undone by a U.S.
  court; Mikhail Khodorkovsky in jail awaiting trial (VOA, 20 December 2004);
- a Moscow bankruptcy court ruling that Yukos should be liquidated, its debts larger than its remaining assets;
  former Yukos director Mikhail Khodorkovsky serving eight years; the production unit auctioned to Rosneft
  (VOA, 1 August 2006).
The texts are the search tool's page-store excerpts (`search`, corpus `pages`) of the stories on voanews.com, embedded
here. Neither page text as held shows a byline or a wire credit (AP, Reuters, AFP, 'Some information for this report
came from ...'); both are taken as VOA staff stories, US government works (17 U.S.C. 105), as batch 18a's,
38m's-38zd's, 39d's, 39j's, 40e's, 40i's, 41f's, 41l's, 41r's, 42c's, 42f's, 42i's and 42l's VOA items. Records built
with write_pool.voa; the wire-check and duplicate-check wording is batch 42c's (imported). Edits in `notes`; no word
added or changed. newskg (or any extractor) was not run on the texts.
usage: batch42x.py [POOL_DIR] [--dry]   (default /tmp/gather43x/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import voa as rec, write_all
from batch42c import NO_WIRE, CHECKED

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather43x/pool"

R = []
# ---- Russia: Yukos's main production unit sold at auction to Baikal Finance Group (19 December 2004) --------------
R.append(rec("voa-yukos-yuganskneftegaz-auction-baikal-finance-group-2004",
 "https://www.voanews.com/a/a-13-2004-12-20-voa11/300072.html", "2004-12-20",
 "Unknown Buyer Bids $9 Billion for Key Yukos Unit",
 "Russia has sold the largest asset of the giant Yukos oil company to a mystery corporation that could be a front "
 "for the state-controlled natural gas monopoly Gazprom.\n\n"
 "Baikal Finance Group, whose existence was previously unknown, bid more than $9 billion for Yukos' main "
 "oil-production subsidiary, Yuganskneftegaz, at an auction in Moscow Sunday. It must come up with full payment in "
 "two weeks, or the Russian government can seize the property to help pay Yukos' taxes.\n\n"
 "Gazprom was expected to bid for the Yukos subsidiary, but its arrangement to have Western banks finance the "
 "purchase evaporated after a U.S. court tried to halt the auction. Baikal Finance Group's unexpected bid led many "
 "analysts of the Russian energy industry to conclude that it is a shell company representing either Gazprom or "
 "President Vladimir Putin's government.\n\n"
 "Yukos executives contend the auction was illegal, and say they will fight for control of the oil-pumping "
 "company.\n\n"
 "The bid price is said to be less than half the property's true value, but it is an even smaller fraction of "
 "Yukos' $27 billion tax bill. Yukos' problems are seen as the result of a Kremlin campaign to crush the political "
 "ambitions of Mikhail Khodorkovsky, the company's chief stockholder, who is now in jail awaiting trial for fraud and "
 "tax evasion.",
 "energy/oil", "auction,state-seizure,tax",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2004-12-20-voa11/300072.html'; found with "
 "\"Voice of America Moscow correspondent Yukos auction Yuganskneftegaz Baikal Finance Group\", rank 8, after a "
 "headline-form query for the 2006 bankruptcy had brought back the other story of this batch). Cut: the chrome "
 "('Accessibility links', 'Breaking News', 'News'), the heading (kept as title 'Unknown Buyer Bids $9 Billion for Key "
 "Yukos Unit'), the page label 'update' under it and the trailing font-size controls ('XS', 'SM', 'MD', 'LG'); the "
 "story itself is whole as held (it ends at the controls, about 1,300 characters): `truncated` false. `published` "
 "from the address ('a-13-2004-12-20'; a Monday, the day after the auction told as 'Sunday'). Kept as written: "
 "'Yukos' taxes', 'Yukos' $27 billion tax bill' (the apostrophe without s), 'oil-pumping company', 'in Moscow "
 "Sunday'. " + NO_WIRE + ". " + CHECKED + "'Yuganskneftegaz', 'Baikal Finance' -> no corpus file or gather script "
 "(GATHERING.md only: batch 38's 'Rosneft's purchase of Baikal Finance Group (December 2004)' among queries that "
 "found no VOA page, and batch 28d's source list); '300072', 'a-13-2004-12-20' -> nothing; 'Yukos', 'Khodorkovsky', "
 "'Rosneft' -> train wp-yukos (batch 28d's Wikipedia lead: Khodorkovsky's arrest of October 2003, the bankruptcy of "
 "August 2006, and 'Between 2004 and 2007, most of Yukos's assets were seized and transferred ... to state-owned oil "
 "companies', with no auction, buyer or unit named) and train wp-hana-bank (a name-check only); 'Gazprom' -> test "
 "wn-russian-markets-remain-closed-until-friday-2008 (another event, by file name). Batch 42f left out VOA's 30 "
 "October 2003 'Russia Seizes Controlling Interest in Yukos Oil Company' as too near wp-yukos's told arrest; the "
 "auction of 19 December 2004 is not told there or elsewhere in the corpus as far as file names and GATHERING.md show.",
 False))

# ---- Russia: a Moscow court declares Yukos bankrupt (1 August 2006) -------------------------------------------------
R.append(rec("voa-yukos-court-declares-bankrupt-liquidation-2006",
 "https://www.voanews.com/a/a-13-2006-08-01-voa42/315824.html", "2006-08-01",
 "Russian Court Declares Yukos Oil Company Bankrupt",
 "A bankruptcy court in Moscow has ruled that Yukos, once Russia's largest oil firm, should be liquidated because "
 "its debts are larger than its remaining assets. It was the end of a long, controversial affair that has shaken "
 "confidence in Russia's economic climate despite record-high oil prices.\n\n"
 "The Russian public was told about the final end for Yukos in a brief item on television news programs, which "
 "stated that the once-mighty company had been declared bankrupt.\n\n"
 "The Moscow court reached its decision after rejecting last-minute arguments from Yukos' lawyers.\n\n"
 "A government-appointed administrator declared that Yukos has insufficient assets to cover debts he says are more "
 "than $18 billion, an assessment disputed by the oil firm's current directors.\n\n"
 "The end was expected after a hearing last week in which creditors voted to liquidate what remains of Yukos.\n\n"
 "It was the culmination of a nearly three-year battle that critics say is largely a political vendetta against "
 "former Yukos director Mikhail Khodorkovsky.\n\n"
 "Once Russia's richest man, Khodorkovsky, 42, is now serving an eight-year sentence in a Siberian prison after his "
 "conviction for alleged tax evasion and fraud.\n\n"
 "Supporters of the former billionaire say the charges were retribution for his funding of opposition parties and "
 "plans to build his own oil export pipeline, something that has always been a state monopoly.\n\n"
 "The main creditor against the oil firm was Russia's tax service, whose claim of about $28 billion in back taxes "
 "started the process of dismembering Yukos last year.\n\n"
 "In order to pay the bill the government auctioned off Yukos' primary oil pumping unit at a bargain price to a "
 "small company that quickly became one of Russia's largest entities, Rosneft.\n\n"
 "During last week's liquidation hearing, current Yukos directors accused the government of employing the same "
 "strategy by undervaluing the company's remaining assets.",
 "energy/oil", "bankruptcy,liquidation,state-seizure",
 "The VOA story as voanews.com serves it in the page store ('/a/a-13-2006-08-01-voa42/315824.html'; found with "
 "\"Russian Oil Giant Yukos Declared Bankrupt voanews\", rank 6, a headline-form query as batch 42l advised; earlier "
 "queries naming the auction of Yukos's units with 'voanews' brought back news pages only). Cut: the chrome "
 "('Accessibility links', 'Breaking News'), the heading (kept as title 'Russian Court Declares Yukos Oil Company "
 "Bankrupt'); cut after '... undervaluing the company's remaining assets.', dropping the broken 'T' where the excerpt "
 "(about 2,000 characters) ends: `truncated` true. `published` from the address ('a-13-2006-08-01'; a Tuesday, the "
 "day of the ruling, which the text does not name). Kept as written: 'Yukos' lawyers', 'Yukos' primary oil pumping "
 "unit', 'the final end', 'television news programs', 'Khodorkovsky, 42,'. " + NO_WIRE + ". " + CHECKED +
 "'315824', 'a-13-2006-08-01', 'liquidat' (with Yukos) -> nothing; 'Yukos', 'Khodorkovsky', 'Rosneft' -> train "
 "wp-yukos (batch 28d's Wikipedia lead, read: it says in one clause that the company was 'declared bankrupt in August "
 "2006', with no court, ruling, debt figure or hearing; a doubtful point, as batch 42f left out the 2003 share seizure "
 "for nearness to wp-yukos's told arrest, while this round's brief names Yukos events other than that seizure as "
 "wanted) and train wp-hana-bank (a name-check); no Wikinews or VOA text in the corpus tells the ruling of 1 August "
 "2006 as far as file names and GATHERING.md show.",
 True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 20c (session 21, round 2; training and development data): OUTAGES OUTSIDE POWER GRIDS told with the operator
whose system failed — English and Simple English Wikipedia articles as the search tool's page store holds them
(CC BY-SA 4.0): a phone data service's two-week outage on servers run by Microsoft (Sidekick, 2009), a worm that
knocked out a bank's cash machines and slowed the internet (SQL Slammer, January 2003), a film studio's computer
infrastructure erased after a hack (Sony Pictures Entertainment, November 2014), a stock exchange's three-hour halt
blamed on its quote processor (the Nasdaq 'flash freeze', August 2013) — and two near-misses (the May 6, 2010 flash
crash, a market crash with no system failure; the 2021 Microsoft Exchange Server data breach, servers compromised
with no service said lost).
Texts are the page store's excerpts (never a whole page): the lead and event paragraphs, cut at the last full
sentence. Edits are listed per item in `notes`: infobox lines, section headings, '[edit]'/'[change | change
source]' residue, citation markers ('[3]', '[5]: 1'), image captions and copy-site furniture cut; no word added or
changed.
usage: batch20c.py [POOL_DIR] [--dry]   (default /tmp/gat20c-tmp/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import EDITS, record

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gat20c-tmp/pool"
LIC_WP = "CC BY-SA 4.0 (English Wikipedia text)"
LIC_SWP = "CC BY-SA 4.0 (Simple English Wikipedia text)"


def wp(id, title, url, held, text, sector, topics, notes, region="US", simple=False):
    """A record for an English or Simple English Wikipedia article as the page store holds it at `held`
    (wikimedia.record)."""
    return record(id, title, url, held, text, sector, topics, EDITS + notes, region,
                  licence=LIC_SWP if simple else LIC_WP,
                  site="Simple English Wikipedia" if simple else "English Wikipedia")

def items():
    r = []
    r.append(wp("wp-2009-sidekick-data-loss", "2009 Sidekick data loss",
                "https://en.wikipedia.org/wiki/2009_Sidekick_data_loss",
                "https://enacademic.com/dic.nsf/enwiki/11738259",
                "The Sidekick data outage of 2009 resulted in an estimated 800,000 smartphone users in the United "
                "States temporarily losing personal data, such as emails, address books and photos from their mobile "
                "handsets. The computer servers holding the data were run by Microsoft. The brand of phone affected "
                "was the Danger Hiptop, also known as the \"Sidekick\", and were connected via the T-Mobile cellular "
                "network. At the time, it was described as the biggest disaster in cloud computing history.\n\n"
                "The Sidekick smartphones were originally produced by Danger, Inc., a company that was bought by "
                "Microsoft in February 2007. After the acquisition, the former Danger staff were then absorbed into the "
                "Mobile Communications Business (MCB) of the Entertainment and Devices Division at Microsoft, where "
                "they worked on a future Microsoft mobile phone platform known as Project Pink. However, most of the "
                "ex-Danger employees soon left Microsoft to pursue other things. Microsoft took over the running of "
                "the data servers, and its data centers were hosting the customers' data at the time it was lost.\n\n"
                "In late September 2009, T-Mobile Sidekick phone users started noticing data service outages "
                "occurring. The outages lasted approximately two weeks, and on 10 October, 2009, T-Mobile announced "
                "that personal information stored on Sidekick phones would be permanently lost, which turned out to "
                "be incorrect.\n\n"
                "According to the Financial Times, Microsoft said the data centre it acquired from Danger 18 months "
                "previously had not been \"updated to run on Microsoft technology.\" A company statement said the "
                "mishap was due to \"a confluence of errors from a server failure that hurt its main and backup "
                "databases supporting Sidekick users.\" T-Mobile blamed Microsoft for the loss of data.\n\n"
                "The incident caused a public loss of confidence in the concept of cloud computing, which had been "
                "plagued by a series of outages and data losses in 2009.",
                "mobile data services / cloud hosting", ["outage", "relations"],
                "The lead, the background and event paragraphs as the enacademic.com copy of the English Wikipedia "
                "article holds them; the image caption 'T-Mobile Sidekick 2' cut; cut before 'It also w...', where the "
                "excerpt breaks off. The article's own 'February 2007' kept (other sources date Danger's purchase to "
                "2008). New to the corpus (Sidekick, Hiptop, Project Pink: 0 in train/dev/test)."))
    r.append(wp("wp-sql-slammer-worm", "SQL slammer worm", "https://simple.wikipedia.org/wiki/SQL_slammer_worm",
                "https://simple.wikipedia.org/wiki/SQL_slammer_worm",
                "The SQL slammer worm (also known as W32.SQLExp.Worm) was a highly damaging computer worm that spread "
                "on the internet in early 2003.\n\n"
                "The SQL worm mainly attacked computers that had Microsoft SQL Server 2000 or Microsoft Desktop Engine "
                "2000 on them. The worm also produces a Denial-of-Service attack on some websites and computers "
                "because it sends too much data.\n\n"
                "In June 2002, Microsoft released a patch that fixed the weakness that the SQL worm attacked. However, "
                "many people did not fix the weakness. In January 2003, the worm was released. Within ten minutes of "
                "its release, it had attacked and infected 75,000 internet servers. Bank of America was one of the "
                "largest companies affected by the worm. Many of its ATM's would not work for consumers. The damage "
                "got worse, and on January 25, 2003, the worm cause a global internet slowdown. The worm was reported "
                "to have interfered with 911 calls and was responsible for many canceled flights.\n\n"
                "During its lifetime in 2003, the SQL worm caused about 1 billion U.S Dollars in damage.",
                "internet / banking", ["outage"],
                "The whole article body as the page store holds it (Simple English Wikipedia): the headings 'How it "
                "worked', 'History', 'Aftermath and damage', the '[change | change source]' residue, the citation "
                "markers and the reference list cut. The article's own wording kept ('ATM's', 'the worm cause', 'U.S "
                "Dollars'). New to the corpus (Slammer, SQL Server: 0 in train/dev/test).", simple=True))
    r.append(wp("wp-2014-sony-pictures-hack", "2014 Sony Pictures hack",
                "https://en.wikipedia.org/wiki/2014_Sony_Pictures_hack",
                "https://en.wikipedia.org/wiki/2014_Sony_Pictures_hack",
                "On November 24, 2014, the hacker group \"Guardians of Peace\" leaked confidential data from the film "
                "studio Sony Pictures Entertainment (SPE). The data included employee emails, personal and family "
                "information, executive salaries, copies of then-unreleased films, future film plans, screenplays, "
                "and other information. The perpetrators then employed a variant of the Shamoon wiper malware to erase "
                "Sony's computer infrastructure.\n\n"
                "During the hack, the group demanded that Sony withdraw its then-upcoming film The Interview, a "
                "political satire action comedy film produced and directed by Seth Rogen and Evan Goldberg. The film "
                "stars Rogen and James Franco as journalists who set up an interview with North Korean leader Kim Jong "
                "Un only to then be recruited by the CIA to assassinate him. The hacker group threatened terrorist "
                "attacks at cinemas screening the film, resulting in many major U.S. theater chains opting not to "
                "screen The Interview. In response to these threats, Sony chose to cancel the film's formal premiere "
                "and mainstream release, opting to skip directly to a downloadable digital release followed by a "
                "limited theatrical release the next day.\n\n"
                "United States intelligence officials, after evaluating the software, techniques, and network sources "
                "used in the hack, concluded that the attack was sponsored by the government of North Korea, which has "
                "since denied all responsibility.\n\n"
                "The exact duration of the hack remains unknown. U.S. investigators said the attackers spent at least "
                "two months copying files, while an individual claiming involvement asserted access for up to a year "
                "before the breach was discovered in November 2014.",
                "film studio / corporate IT", ["outage"],
                "The lead and the first paragraph of 'Hack and perpetrators' (heading cut); the infobox cut; cut before "
                "'The hackers claimed to have taken more than ...', where the excerpt breaks off. New to the corpus "
                "(Sony Pictures, Guardians of Peace, Shamoon: 0 in train/dev/test)."))
    r.append(wp("wp-august-2013-nasdaq-flash-freeze", "August 2013 NASDAQ flash freeze",
                "https://en.wikipedia.org/wiki/August_2013_NASDAQ_flash_freeze",
                "https://www.theinfolist.com/html/ALL/s/A/August_2013_NASDAQ_Flash_Freeze.html",
                "Trading on the exchange stopped at 12:14pm and resumed at 3:25pm, with 35 minutes left of trading "
                "for the day. One week after the trading halt NASDAQ OMX credited the freeze to an overloading of the "
                "Securities Information Processor (SIP) caused by reconnection issues with the New York Stock Exchange "
                "Arca. The freeze received substantial media coverage and generated discussions on the security of "
                "increasingly technologically advanced stock exchanges. The event coined the term \"flash freeze\" "
                "following the earlier \"flash crash\" on May 6, 2010.\n\n"
                "Throughout the freeze the Nasdaq composite remained at 3631.17. Following the reopening of the market "
                "it rose, closing at 3,638.71, 1.1% higher. Shares of the Nasdaq exchange closed 3.42% down following "
                "the freeze.",
                "stock exchange", ["outage"],
                "The lead and the market paragraph as the theinfolist.com copy holds them. The copy inserts glossary "
                "pop-ups (the opening of another article, ending in '...') after linked words; these were cut and the "
                "linked words rejoined as the article has them ('stock exchange' + 's.' -> 'stock exchanges.'). The "
                "excerpt opens inside the lead's first sentence ('...was halted on the Nasdaq Stock Market.'), which "
                "is cut whole, so the text names no date for the halt (the title's 'August 2013' is not in the text); "
                "cut before the heading 'Summary of events'. New to the corpus (batch 19d found the event only in "
                "Nasdaq's own post-mortem; 'flash freeze', 'Securities Information Processor': 0 in train/dev/test)."))
    r.append(wp("wp-2010-flash-crash", "2010 flash crash", "https://en.wikipedia.org/wiki/2010_flash_crash",
                "https://vuink.com/post/ra-d-djvxvcrqvn-d-dbet/wiki/2010_flash_crash",
                "The May 6, 2010 flash crash, also known as the crash of 2:45 or simply the flash crash, was a United "
                "States trillion-dollar flash crash (a type of stock market crash) which started at 2:32 p.m. EDT and "
                "lasted for approximately 36 minutes.\n\n"
                "Stock indices, such as the S&P 500, Dow Jones Industrial Average and Nasdaq Composite, collapsed and "
                "rebounded very rapidly. The Dow Jones Industrial Average had its second biggest intraday point "
                "decline (from the opening) up to that point, plunging 998.5 points (about 9%), most within minutes, "
                "only to recover a large part of the loss. It was also the second-largest intraday point swing "
                "(difference between intraday high and intraday low) up to that point, at 1,010.14 points. The prices "
                "of stocks, stock index futures, options and exchange-traded funds (ETFs) were volatile, thus trading "
                "volume spiked. A CFTC 2014 report described it as one of the most turbulent periods in the history "
                "of financial markets.\n\n"
                "New regulations put in place following the 2010 flash crash proved to be inadequate to protect "
                "investors in the August 24, 2015, flash crash — \"when the price of many ETFs appeared to come "
                "unhinged from their underlying value\" — and ETFs were subsequently put under greater scrutiny by "
                "regulators and investors.",
                "stock markets", ["outage"],
                "Near-miss for outages: a market crash in which prices collapsed and rebounded; no trading system is "
                "said to have failed. The lead as the vuink.com copy holds it; the copy's teaser line, its "
                "'submited by / Style Pass' furniture and 'Comment' cut, citation markers with page numbers ('[5]: 1', "
                "'[5]: 3') cut. New to the corpus ('flash crash': 0 in train/dev/test)."))
    r.append(wp("wp-2021-microsoft-exchange-server-data-breach", "2021 Microsoft Exchange Server data breach",
                "https://simple.wikipedia.org/wiki/2021_Microsoft_Exchange_Server_data_breach",
                "https://profilpelajar.com/simple/2021_Microsoft_Exchange_Server_data_breach",
                "A global wave of cyberattacks and data breaches began in January 2021 after four zero-day exploits "
                "were discovered in Microsoft Exchange Servers, giving attackers full access to user emails and "
                "passwords on affected servers.\n\n"
                "In March 2021, it was estimated that 250,000 servers fell victim to the attacks, including servers "
                "belonging to around 30,000 organizations in the United States, 7,000 servers in the United Kingdom, "
                "as well as the European Banking Authority, the Norwegian Parliament, and Chile's Commission for the "
                "Financial Market (CMF).",
                "email servers / cybersecurity", ["outage"],
                "Near-miss for outages: a data breach (attackers gained access to emails and passwords); no service is "
                "said to have been lost. The whole Simple English Wikipedia article body as the profilpelajar.com copy "
                "holds it; citation markers and the reference list cut. New to the corpus (Exchange Server, European "
                "Banking Authority: 0 in train/dev/test).", region="non-US", simple=True))
    return r


if __name__ == "__main__":
    write_all(items(), POOL, dry="--dry" in sys.argv)

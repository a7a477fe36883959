#!/usr/bin/env python3
"""Batch 37t (session 38; helper gather38t): English Wikipedia text (CC BY-SA) on exchanges whose trading stopped —
the lane of bank, payment-network, exchange and airline-system failures, taken (after single-incident articles came
back as news only, see the section) to articles on a trading platform and an exchange's technology that tell their
halts: the London Stock Exchange's TradElect platform, mostly unavailable for over 7 hours on 8 September 2008 (the
TradElect article, a cryer.org.uk copy); the LSE's move from TradElect to Millennium Exchange, with the 2-hour outage
of the Turquoise venue on 2 November (2010) blamed on human error (the 'Technology' section of the London Stock
Exchange article, a liquisearch.com copy); and, as a near-miss, the bitcoin exchange Mt. Gox suspending trading and
closing its site in February 2014 as it collapsed (a business failure, no outage; en.m.wikipedia.org).
Texts are the search tool's page-store excerpts (`search`, corpus `pages`), each from the page's beginning. Edits per
item in `notes`; no word added or changed. newskg (or any extractor) was not run on any text.
usage: batch37t.py [POOL_DIR] [--dry]   (default /tmp/gather38t/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38t/pool"

CHECKED = ("TradElect, Millennium Exchange, Turquoise, Millennium IT, Xavier Rolet, Celent, Cubillas Ding, WizSec, "
           "Jed McCaleb: 0 in GATHERING.md and in the train/dev/test texts; the LSE's halt of 8 September 2008 is named "
           "only in 'looked at, not used' lists (news only, batches 35-37l); Mt. Gox is named once in a test text as a "
           "rival of Bitstamp and its shutdown in batch 28c's 'not used' list (news only); none of the session-38 "
           "pools /tmp/gather38[a-s]/pool holds these subjects")

R = []
# ---- exchanges, London: the TradElect platform and its 8 September 2008 halt ----------------------------------------
R.append(wp("wp-tradelect", "TradElect", "http://cryer.org.uk/TradElect",
 "TradElect was the London Stock Exchange's main electronic trading platform from 2007 to 2011. It ran on HP ProLiant "
 "servers running Windows Server 2003, using .NET technology and Microsoft SQL Server 2000. Its development took four "
 "years from project inception to rollout and had a total cost of \u00a340 million.\n\n"
 "The impetus for the development of TradElect was the rise of algorithmic trading and the liberalisation of the "
 "trading sector in Europe due to the Markets in Financial Instruments Directive. Both of these factors meant that "
 "stock exchanges \u2013 previously facing little or no competition \u2013 had to offer faster response times to be "
 "competitive. The system which TradElect replaced, Sets, was 10 years old and took 140 ms to complete a trade, "
 "compared to TradElect's 10 ms. Infolect, an integrated part of TradElect, is used for dissemination of market "
 "data.\n\n"
 "In April 2010 the Oslo Stock Exchange also adopted TradElect, as part of a strategic partnership agreement. The "
 "Johannesburg Stock Exchange also adopted TradElect.\n\n"
 "On 8 September 2008, TradElect trading was mostly unavailable for over 7 hours, on what the Wall Street Journal "
 "described as a \"huge trading day\". Traders walked out of the London Stock Exchange in protest. Another major "
 "technical fault had occurred less than a year earlier.\n\n"
 "The London Stock Exchange claimed that the TradElect software was not to blame, instead blaming an unspecified "
 "fault with \"network software\". However, Celent analyst Cubillas Ding noted that this outage, and three previous "
 "ones, all coincided with large spikes in trading volumes, from different economic events, and concluded that the "
 "LSE's technology could not cope with the high trading volumes.",
 "financial markets/exchanges", ["outage"],
 "The article as cryer.org.uk reproduces it in the page store (a site rendering Wikipedia pages, accepted as a "
 "Wikipedia copy by batches 31j and 34d): the infobox lines ('Developer: | Accenture |', 'Released: | June 2007 |', "
 "'Discontinued: | yes |', 'Operating System: | Microsoft Windows |', 'Platform: | .NET |', 'Genre: | Electronic "
 "trading platform |', 'Latest Release Version: | ? |') and the citation markers ('[1]' to '[10]', '[4]' and '[6]' "
 "twice; the comma after 'adopted TradElect,[7]' kept) cut; the page shows no section headings. Cut after 'the high "
 "trading volumes.', before 'Microsoft had previously used TradElect as a case study i', where the excerpt breaks off "
 "(`truncated`); so Accenture and Microsoft as a company are not in the text (Microsoft only inside 'Microsoft SQL "
 "Server 2000'). Kept as written: 'stock exchanges \u2013 previously facing little or no competition \u2013 had' "
 "(en dashes), '\u00a340 million', '140 ms', '10 ms', 'the Wall Street Journal' (no 'The'), 'Sets' (so cased), "
 "'\"network software\"'. Content to 2011 at least ('from 2007 to 2011', 'In April 2010'); revision not known: "
 "recorded 3.0 as batch 31j's cryer.org.uk copy; doubtful: the copy's date and the host's terms page were not found. "
 + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article, via cryer.org.uk, a site rendering Wikipedia pages"))

# ---- exchanges, London: the LSE's technology, TradElect to Millennium Exchange, Turquoise's outage ---------------------
R.append(wp("wp-london-stock-exchange-technology", "London Stock Exchange",
 "https://liquisearch.com/london_stock_exchange/technology",
 "The LSE's current trading platform is its own Linux-based edition named \"Millennium Exchange\".\n\n"
 "The old trading platform TradElect was based on Microsoft's .NET Framework, was developed by Microsoft and "
 "Accenture. Microsoft used the LSE software as an example of the supposed superiority of Windows over Linux in the "
 "\"Get the Facts\" campaign, claiming that the LSE system provided \"five nines\" reliability, and a processing speed "
 "of 3-4 milliseconds. For Microsoft, LSE was a good combination of a highly visible exchange and yet a relatively "
 "modest IT problem.\n\n"
 "After suffering extended downtime and unreliability the LSE announced in 2009 that it was planning to switch to "
 "Linux in 2010.\n\n"
 "In October 2010, the London Stock Exchange announced that the new Linux based trading system named Millennium "
 "Exchange, had smashed the world record for trade speed, with 126 microsecond trading times being recorded on the "
 "Turquoise dark pool trading venue and would go live on 1 November. The system, which was developed by Millennium "
 "IT, a Sri Lankan IT company bought by the LSE in 2009, was taken out of service following a 2-hour outage of the "
 "Turquoise venue on 2 November. The incident was according to LSE officials caused by human error that \"may have "
 "occurred in suspicious circumstances.\"\n\n"
 "Plans were to introduce Millennium Exchange also on the main share trading platform in December. The LSE stated it "
 "was hoping the software would be ready for use again early in 2011.\n\n"
 "In February 2011, the London Stock Exchange finished the switch to Linux. LSE chief executive Xavier Rolet insisted "
 "that the exchange, once a monopoly, would deliver record speed and stable trading in order to fight back against "
 "the fast erosion of its dominant marketshare by specialist electronic rivals.",
 "financial markets/exchanges", ["outage", "deal"],
 "The 'Technology' section of the article as liquisearch.com reproduces it in the page store (its section pages are "
 "Wikipedia text; batches 32d, 35o and 35t saw its copies): the heading 'Technology' and liquisearch's trailer ('Read "
 "more about this topic: London Stock Exchange' and its 'Famous quotes containing the word technology' box) cut; no "
 "citation markers on the page; the section is whole (`truncated` only in that the rest of the article is left "
 "out). Kept as written: 'was based on Microsoft's .NET Framework, was developed by' (no 'and'), '3-4 milliseconds' "
 "(hyphen), 'Linux based' (no hyphen), 'named Millennium Exchange, had smashed' (comma), '126 microsecond', 'on 1 "
 "November', 'on 2 November' and 'in December' (no years of their own; 2010 is plain from 'In October 2010'), 'The "
 "incident was according to LSE officials caused by', 'marketshare'. Content to February 2011 ('current trading "
 "platform'); revision not known: recorded 3.0; doubtful: the copy's date and the host's terms. Same exchange as "
 "wp-tradelect, another event (Turquoise's outage of 2 November 2010; the TradElect text's is 8 September 2008, "
 "which this section tells only as 'extended downtime and unreliability'). " + CHECKED + ".", "non-US", v3=True,
 copy_of="the Wikipedia article's 'Technology' section, via liquisearch.com"))

# ---- near-miss: a bitcoin exchange that suspended trading and closed as it collapsed ---------------------------------
R.append(wp("wp-mt-gox", "Mt. Gox", "https://en.m.wikipedia.org/wiki/Mt._Gox",
 "Mt. Gox was a bitcoin exchange based in Shibuya, Tokyo, Japan. Launched in 2010, it was handling over 70% of all "
 "bitcoin (BTC) buys/sells worldwide by early 2014, when it abruptly ceased operations amid revelations of its "
 "involvement in the loss/theft of hundreds of thousands of bitcoins, then worth hundreds of millions in US dollars."
 "\n\n"
 "In February 2014, Mt. Gox suspended trading, closed its website and exchange service, and filed for bankruptcy "
 "protection from creditors. In April 2014, the company began liquidation proceedings. Although 200,000 bitcoins "
 "have since been \"found\", the reasons for the disappearance\u2014theft, fraud, mismanagement, or a combination of "
 "these\u2014were initially unclear. New evidence presented in April 2015 by Tokyo security company WizSec led them to "
 "conclude that \"most or all of the missing bitcoins were stolen straight out of the Mt. Gox hot cryptocurrency "
 "wallet over time, beginning in late 2011.\"\n\n"
 "In late 2006, programmer Jed McCaleb thought of building a website for users of the Magic: The Gathering Online "
 "tradable card game service, to let them trade \"Magic: The Gathering Online\" cards like stocks. In January 2007, "
 "he purchased the domain name, short for \"Magic: The Gathering Online eXchange\". Initially in beta release, "
 "sometime around late 2007, the service went live for approximately three months before McCaleb moved on to other "
 "projects, having decided it was not worth his time. In 2009, he reused the domain name to advertise his card game "
 "The Far Wilds.\n\n"
 "In July 2010, McCaleb read about bitcoin on Slashdot, and decided that the bitcoin community needed an exchange for "
 "trading bitcoin and regular currencies. On 18 July, Mt. Gox launched its exchange and price quoting service "
 "deploying it on the spare domain name.",
 "financial markets/exchanges", ["near-miss"],
 "The mobile site's rendering in the page store (en.m.wikipedia.org; a recent revision: 'then worth hundreds of "
 "millions in US dollars', the 'hot cryptocurrency wallet' wording): the infobox lines set between the first and "
 "second paragraphs ('Mt. Gox', 'TypeBitcoin exchange', 'LocationShibuya, Tokyo, Japan', 'Founded2010 (2010)', "
 "'OwnerTibanne Ltd.'), the heading 'Founding (2006\u20132010) edit' and the citation markers ('[1]' to '[22]') cut "
 "(the comma of 'beta release,[19]' and 'Slashdot,[21]' kept). Cut at the end of the 'Founding' section, before "
 "'Security br', where the excerpt breaks off (`truncated`). Kept as written: 'buys/sells', 'loss/theft', 'the "
 "disappearance\u2014theft, fraud, mismanagement, or a combination of these\u2014were' (em dashes, no spaces), 'he "
 "purchased the domain name, short for' (the domain itself is not in the rendering: a link text lost), 'eXchange', "
 "'On 18 July' (no year of its own). Recorded 4.0 (the current site). Kept as a near-miss for the exchange lane: an "
 "exchange that 'suspended trading, closed its website and exchange service' as it went bankrupt, a business "
 "failure that GUIDELINES.md keeps out of outages. " + CHECKED + ".", "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

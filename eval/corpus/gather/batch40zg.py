#!/usr/bin/env python3
"""Batch 40zg (session 41; gatherer lane 40zg): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za, 40zb, 40zc and 40zd, turned to finance - stock
exchanges and trading networks, a building society and an insurer: a US stock exchange operator founded by a computer
programmer and bought by Cboe Global Markets, with the two exchange takeovers that inspired it (finance, US); an
electronic communication network for equities founded by two Datek Securities veterans, its software, feeds, first
customer and rivals (finance, US); a UK mortgage and savings provider, formerly a building society, a subsidiary of
Lloyds Banking Group, its branches moved to TSB Bank plc and its first president (finance, UK); and a Quaker life
insurer of Bradford, its two promoters and first chairman, its secretary, its purchase and sale of Century Insurance,
its demutualisation and Resolution Limited's takeover bid (finance, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): all four from copies (three from wikimili.com, one from hubbry.com); each cut at a sentence end (`truncated`).
Edits per item in `notes`; no word added or changed. No text tells an outage and none tells a near-miss. newskg (or any
extractor) was not run on any text.
usage: batch40zg.py [POOL_DIR] [--dry]   (default /tmp/gather41zg/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41zg/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, and in the session-41 pools "
           "(/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- finance (stock exchanges), US: BATS Global Markets (wikimili.com's copy) ---------------------------------------
R.append(wp("wp-bats-global-markets", "BATS Global Markets", "https://wikimili.com/en/BATS_Global_Markets",
 "BATS Global Markets is a global stock exchange operator founded in Lenexa, Kansas, with additional offices in "
 "London, New York, Chicago, and Singapore. BATS was founded in June 2005, became an operator of a licensed U.S. "
 "stock exchange in 2008 and opened its pan-European stock market in October 2008. As of February 2016, it operated "
 "four U.S. stock exchanges, two U.S. equity options exchanges, the pan-European stock market, and a global market "
 "for the trading of foreign exchange products. BATS was acquired by Cboe Global Markets in 2017.\n\n"
 "The name 'BATS' was originally an acronym for \"Better Alternative Trading System\".\n\n"
 "The company was founded in June 2005 by Dave Cummings, a computer programmer. Cummings said he was inspired to "
 "start the company after observing Archipelago Holdings be acquired by the New York Stock Exchange and Instinet be "
 "acquired by NASDAQ within a week of each other in 2005. After the launch of BATS, other brokerage firms, hedge "
 "funds, and other clients became involved with the company. Cummings publicized the BATS service by sending emails "
 "to companies highlighting the niche that could be carved out by trading on platforms other than the big "
 "two\u2014NASDAQ and NYSE. The niche that he sought for the company was for it to be \"a neutral, private, "
 "broker-dealer owned, semi-profitable utility\" with no party owning more than 20 percent. He noted that the "
 "consolidation of the New York Stock Exchange and NASDAQ eliminated competition and they raised prices for their "
 "services. BATS intended to charge less.",
 "finance/stock exchanges", ["history", "ownership", "deal", "leadership"],
 "The article as wikimili.com's copy holds it in the page store ('Last updated'; a revision after 2017: 'BATS was "
 "acquired by Cboe Global Markets in 2017', the infobox owner 'Cboe Global Markets'; no revision id). Cut: the title "
 "line and 'Last updated'; the infobox lines ('BATS Global Markets, Inc', the logo's file name, 'Type Stock "
 "exchange', 'Location Lenexa, Kansas, United States', 'Founded June 2005', 'Owner Cboe Global Markets', 'Key people "
 "President and CEO: Chris Concannon; [1] [2] Chairman: Paul Atkins [1]', 'Currency United States dollar', 'Volume 1B "
 "shares (Jan 2009)', 'Indices BATS (withdrawn)', 'Website www.bats.com'), so Chris Concannon and Paul Atkins are not "
 "in the text; the line 'Contents'; the heading 'History'; the citation markers '[3]' to '[7]'; cut after 'BATS "
 "intended to charge less.', before the sentence the excerpt breaks off ('Among the plans it had to draw customers '; "
 "`truncated`; a cut inside a paragraph, doubtful), so the European expansion under Joe Ratterman, the purchase of "
 "Chi-X Europe, the withdrawn initial public offering of March 2012 (the 'System problem' section) and the Cboe deal's "
 "terms are not in the text. Kept as written: 'is a global stock exchange operator founded in Lenexa, Kansas' (the "
 "present tense beside 'was acquired ... in 2017'), 'became an operator of a licensed U.S. stock exchange in 2008', "
 "the founding month told twice, 'observing Archipelago Holdings be acquired by the New York Stock Exchange and "
 "Instinet be acquired by NASDAQ within a week of each other in 2005', 'the BATS service', 'the big two\u2014NASDAQ "
 "and NYSE' (an em dash), 'publicized'. 250 words. No outage and no near-miss told (the IPO day's software failure "
 "of 23 March 2012, an outage of BATS's exchange, lies beyond the excerpt). Recorded CC BY-SA 4.0 (wikimili.com copies "
 "recent revisions, as batch 40za recorded its copy); doubtful in that no revision id is held, a revision before June "
 "2023 would be 3.0, and wikimili.com's terms were not found in the page store. en.wikipedia.org's rendering of about "
 "2012 (a stock exchange 'based in Lenexa', its divisions BATS BZX Exchange, BATS BYX Exchange and BATS Trading "
 "Limited (BATS Chi-X Europe), Joe Ratterman as CEO and William O'Brien as president in the infobox; the founder not "
 "named; chosen against: its lead tells no founder, buyer or person), theinfolist.com's glossed copy (linked "
 "articles' opening lines inserted, one of them on another Dave Cummings), wikisum.wiki's sentence digest, "
 "marketswiki.com's page (its licence not looked up), de.wikibrief.org's machine translation, winenfood.com's "
 "retelling, and news of the withdrawn IPO and of Cboe's purchase (The Kansas City Star, Yahoo/AP, Traders Magazine, "
 "Waters Technology, Kansas City Business Journal, Financial News, Wall Street & Technology, IR Magazine: Joe "
 "Ratterman chairman, president and chief executive, Chris Concannon, Chris Isaacson, Edward T. Tilly, Randy "
 "Williams) were looked at and not used. BATS Global Markets, Better Alternative Trading, Dave Cummings, Lenexa, "
 "Cboe: " + CHECKED + " (Archipelago is named in batch 13's Wikinews story on the New York Stock Exchange's merger "
 "with Archipelago (test; not opened), Instinet in no file; neither is a history of BATS).", "US",
 copy_of="the Wikipedia article as it stood after 2017, wikimili.com's copy"))

# ---- finance (stock exchanges), US: Island ECN (wikimili.com's copy) -------------------------------------------------
R.append(wp("wp-island-ecn", "Island ECN", "https://wikimili.com/wiki/Island_ECN",
 "Island ECN was one of the first electronic communication networks established for the trading equities in the "
 "United States. Founded in 1996 by Datek Securities veterans Jeff Citron and Joshua Levine, Island executed its "
 "first trades in 1997.\n\n"
 "Prior to Island, Citron and Levine worked together at Datek Securities (now TD Ameritrade). Citron's background was "
 "in trading and Levine had experience with software development. While at Datek, they worked together to develop a "
 "software program called Watcher. Watcher was one of the first programs to provide real-time quote and electronic "
 "order capabilities for trading Nasdaq stocks through the Small Order Execution System (SOES). In 1995, Watcher was "
 "augmented with a system called \"Jump Trades\" that let users of Watcher skip the Nasdaq intermediary and trade "
 "directly with each other.\n\n"
 "On February 9, 1996, Levine announced the launch of Island. Unlike the existing Instinet system, which still used "
 "human traders to match buy and sell orders, matching on Island was fully automated. Island published an electronic "
 "feed called \"ITCH\" of all trades in the system, and used a protocol called \"OUCH\" to place orders. The data "
 "feed was accessible for free, an innovation over the tightly controlled data for traditional exchanges, and trading "
 "fees were significantly lower than on Nasdaq.\n\n"
 "One of its first customers was South Carolina-based Automated Trading Desk, an early algorithmic trading firm. "
 "Island grew quickly, accounting for almost half of all trades on Nasdaq's SelectNet system by late 1996, and "
 "handling $22.1 billion of transactions between July and September of that year. By 1998, it had become the "
 "second-largest ECN, after Instinet, with 20% of the market.",
 "finance/stock exchanges", ["history", "leadership", "partnership", "product"],
 "The article as wikimili.com's copy holds it in the page store ('Last updated'; no revision id; undated: 'Datek "
 "Securities (now TD Ameritrade)'). Cut: the title line and 'Last updated'; the heading 'History'; the citation "
 "markers '[1]', '[2]' and the page-cited markers '[3] :116', '[3] :117', '[3] :110', '[3] :119\u2013120', '[3] "
 ":122\u2013124', '[3] :154'; cut after 'with 20% of the market.', before the paragraph the excerpt breaks off ('In "
 "October 1999, Citron was forced out at the behest of president Ed Nicoll, who was worried that Citron's connections "
 "to Datek\u2014then under investigation by the J'; `truncated`), so Ed Nicoll's post, the spin-off from Datek Online "
 "and Instinet's purchase of Island in 2002 are not in the text. No infobox in the excerpt. Kept as written: 'for the "
 "trading equities' (a word missing in the source, as held), 'Datek Securities veterans', 'Datek Securities (now TD "
 "Ameritrade)', 'the Small Order Execution System (SOES)', the system names in straight double quotes ('\"Jump "
 "Trades\"', '\"ITCH\"', '\"OUCH\"'), 'the existing Instinet system', 'South Carolina-based Automated Trading Desk', "
 "'Nasdaq's SelectNet system'. 270 words. No outage and no near-miss told. Recorded CC BY-SA 4.0 (wikimili.com copies "
 "recent revisions, as batch 40za recorded its copy); doubtful in that no revision id is held, a revision before June "
 "2023 would be 3.0, and wikimili.com's terms were not found in the page store. theinfolist.com's glossed copy "
 "(linked articles' opening lines inserted into the sentences), marketswiki.com's page (spun off from Datek Online in "
 "late 2000, acquired by Reuters-owned Instinet in 2002, INET; its licence not looked up), the International "
 "Directory of Company Histories profile on fundinguniverse.com, company-histories.com and encyclopedia.com (Matthew "
 "Andresen president from 1998, Bain Capital and TA Associates; not openly licensed), encyclopedia.com's essay, "
 "Instinet's and Island's releases of 10 June and 20 September 2002 on sec.gov (Ed Nicoll as Instinet's chief "
 "executive; the release text of a company, no licence stated) and a Waters Technology piece were looked at and not "
 "used. Island ECN, Datek, Joshua Levine, TD Ameritrade, Small Order Execution, Automated Trading Desk, Ed Nicoll: "
 + CHECKED + " ('Citron' is in batch 25c's Wikinews story on VoIP and emergency calls (test; not opened; another "
 "subject by its file name); 'ITCH' only inside another word (MITCHELL, in batches 32m and 37i); Instinet in no file).", "US",
 copy_of="the Wikipedia article, wikimili.com's undated copy"))

# ---- finance (building societies), UK: Cheltenham & Gloucester (wikimili.com's copy) ---------------------------------
R.append(wp("wp-cheltenham-and-gloucester", "Cheltenham & Gloucester", "https://wikimili.com/en/Cheltenham_&_Gloucester",
 "Cheltenham & Gloucester plc (C&G) was a mortgage and savings provider in the United Kingdom, a subsidiary of Lloyds "
 "Banking Group. C&G specialised in mortgages and savings products. Previously, C&G was a building society, the "
 "Cheltenham and Gloucester Building Society. Its headquarters were in Barnwood, Gloucester, Gloucestershire, England. "
 "C&G was closed to new mortgage and savings business on 9 September 2013.\n\n"
 "All Cheltenham & Gloucester were either closed or rebranded as Lloyds TSB in 2009. Then, in September 2013, all "
 "former C&G branches were transferred to the newly established TSB Bank plc as part of a divestment of a significant "
 "portion of the Lloyds TSB business by Lloyds Banking Group. C&G branches were rebranded under the TSB brand along "
 "with a number of Lloyds TSB branches in England and Wales. Some C&G savings accounts and mortgages were also "
 "transferred to the new TSB Bank at that time; others remained with C&G.\n\n"
 "In April 2017, all remaining mortgage administration was transferred to Lloyds Bank and rebranded and the only "
 "remaining products were legacy savings accounts, with the last remaining C&G Fixed Rate Cash ISAs maturing in "
 "2017.\n\n"
 "C&G can trace its roots back to the Cheltenham and Gloucestershire Permanent Mutual Benefit Building and Investment "
 "Association. Its inaugural meeting, held at the Belle Vue Hotel, Cheltenham took place on 7 August 1850, and the "
 "society shortened its name to Cheltenham and Gloucestershire Benefit Building Society. The first President of the "
 "society was James Downing, of Cheltenham. Downing believed in a philosophy whereupon it was a citizen's duty to help "
 "other citizens and this was a driving force for him in helping the poor to achieve stability through home "
 "ownership.",
 "finance/building societies", ["history", "ownership", "leadership"],
 "The article as wikimili.com's copy holds it in the page store (a revision after April 2017, 'In April 2017, all "
 "remaining mortgage administration was transferred to Lloyds Bank'; no revision id; the page store holds this "
 "address twice, with the infobox as a table and as lines; the table's excerpt reaches further and is the one "
 "taken). Cut: the infobox table ('C&G', 'Company type | Subsidiary undertaking', 'Industry | Finance and "
 "insurance', 'Founded | Cheltenham, United Kingdom (1850 )', 'Headquarters | , ', 'Area served', 'Products | "
 "Financial services', 'Parent | Lloyds Banking Group'); the citation markers '[1]' to '[4]'; cut after 'through "
 "home ownership.', before the sentence the excerpt breaks off ('Even so, the'; `truncated`; a cut inside a "
 "paragraph, doubtful), so the society's growth, its conversion to a bank and Lloyds Bank's takeover of 1995-1997 "
 "are not in the text. No headings in this excerpt. Kept as written: 'All Cheltenham & Gloucester were either closed "
 "or rebranded as Lloyds TSB in 2009' (a word missing in the source, as held), 'a divestment of a significant portion "
 "of the Lloyds TSB business by Lloyds Banking Group', 'the new TSB Bank', 'transferred to Lloyds Bank and rebranded "
 "and the only remaining products', 'held at the Belle Vue Hotel, Cheltenham took place' (no comma after Cheltenham), "
 "'The first President of the society was James Downing, of Cheltenham', 'specialised'. 277 words. No outage and no "
 "near-miss told (the branches' closures and the transfer of 2013 are business changes, not a lost service). "
 "Recorded CC BY-SA 4.0 (wikimili.com copies recent revisions, as batch 40za recorded its copy); doubtful in that no "
 "revision id is held, a revision before June 2023 would be 3.0, and wikimili.com's terms were not found in the page "
 "store. The same address's other excerpt (infobox as lines; it breaks off earlier, 'helping the poor to'), an "
 "older present-tense rendering at an address the page store does not name ('is a mortgage and savings provider', "
 "'C&G converted to a bank in 1995, and in 1997, C&G agreed to a takeover approach from Lloyds Bank'; its source "
 "not known, so its licence not shown), wikisum.wiki's sentence digest, the International Directory of Company "
 "Histories profile on fundinguniverse.com, company-histories.com and companies.jrank.org (not openly licensed) and "
 "The Independent's piece of January 1998 on Andrew Longhurst leaving as chairman of C&G (news) were looked at and not "
 "used. Cheltenham, Barnwood, Belle Vue Hotel, James Downing: " + CHECKED + " (Lloyds Banking Group, Lloyds TSB and "
 "TSB Bank are named in texts on other subjects: batches 11 and 16b's committee papers and Hansard debates on Lloyds "
 "TSB and HBOS, a Treasury Committee session on TSB's IT failure of 2018, letters on banks' IT failures; none is a "
 "history of C&G).", "non-US",
 copy_of="the Wikipedia article as it stood after April 2017, wikimili.com's copy"))

# ---- finance (insurance), UK: Friends Provident (hubbry.com's copy, 'from Wikipedia') -------------------------------
R.append(wp("wp-friends-provident", "Friends Provident", "https://www.hubbry.com/Friends_Provident",
 "Friends' Provident Insurance was a banking institution founded in 1832 to serve the needs of the Society of Friends "
 "(Quakers). Based in Bradford, Yorkshire, it concentrated on sickness and annuity policies until its life fund "
 "acquired Century Insurance in 1918, expanding into general insurance. The restriction to Quaker membership was an "
 "increasing constraint but the ties were substantially reduced by the Friends' Provident Institution Act 1915 (5 & 6 "
 "Geo. 5. c. xlv). Although Century's branch network enabled FPI to expand, the periodic underwriting losses strained "
 "the life fund's capital base and Century was sold in 1975. In the year 2000, Friends Provident demutualised and "
 "listed on the FT100 Index. After abortive takeover negotiations, Friends accepted a takeover bid from Resolution "
 "Limited in 2009.\n\n"
 "Samuel Tuke and Joseph Rowntree first mooted the ideal of a friendly society in 1829, to serve the needs of the "
 "Society of Friends (Quakers). Tuke, who was a prominent leader in the Society and a city councillor in York, took "
 "the lead and was the insurer's first chairman. No capital was initially subscribed; \"solvency was guaranteed by a "
 "bond entered into by several trustees\" chiefly of noted Quaker families. Funds were subsequently raised from 45 "
 "prominent Quakers and, with a board of 20 directors, Friends' Provident Insurance [FPI] was launched in 1832. There "
 "was only one member of staff, Benjamin Ecroyd the Secretary, a conveyancer in Bradford, and the FPI opened in a room "
 "above a confectioner's shop in Market Street Bradford. The office remained until 1862 when the FPI bought the old "
 "county court building at Darley Street.",
 "finance/insurance", ["history", "ownership", "deal", "leadership"],
 "The article as hubbry.com's 'community hub' page holds it in the page store ('Friends Provident from Wikipedia', as "
 "the hubbry texts of batches 22c, 23b, 24b and 40zd; undated, no revision id). Cut: hubbry's header lines ('Hubbry "
 "Logo', 'Friends ProvidentFriends ProvidentMain', 'Open search', 'Community hub', 'logo', '7 pages, 0 posts', '0 "
 "subscribers', 'Be the first to start a discussion here.' (twice), 'from Wikipedia'); the infobox line 'Key "
 "Information' (its values not held); the headings 'History' and 'The early years' with their '[edit]' lines; cut "
 "after 'at Darley Street.', before the markers '[1][2' where the excerpt breaks off (`truncated`), so the Act of "
 "1899, the agencies, Century's later history and the takeover's terms are not in the text. Kept as written: 'was a "
 "banking institution founded in 1832' (the article's word for an insurer), 'the Friends' Provident Institution Act "
 "1915 (5 & 6 Geo. 5. c. xlv)', 'the FT100 Index', 'Friends accepted a takeover bid from Resolution Limited in 2009', "
 "'first mooted the ideal of a friendly society', 'Friends' Provident Insurance [FPI] was launched in 1832' (the "
 "square brackets are the article's, not a citation marker), the founding year told twice, 'Benjamin Ecroyd the "
 "Secretary', 'Market Street Bradford' (no comma). 264 words. No outage and no near-miss told. Recorded CC BY-SA 4.0 "
 "(an undated rendering, as batches 22c-24b and 40zd recorded hubbry's copies); doubtful in that no revision id is "
 "held and hubbry.com's own terms were not found in the page store. wikimili.com's copy of the same wording (its "
 "infobox names Trevor Matthews group chief executive and Resolution as owner; it breaks off earlier, 'Market Street "
 "Bradf'), theinfolist.com's glossed copy ('the Friends\u2019 Proviant Institution Act 1915'), grokipedia.com's "
 "AI-edited page ('a life insurance company', Friends Life, Aviva in 2015), wikisum.wiki's sentence digest, "
 "wikimili.com's copy of 'Friends Life Group' (Resolution Limited founded by Clive Cowdery in 2008, its purchase of "
 "Friends Provident in November 2009, Axa Sun Life and Bupa Health Assurance in 2010, Aviva's takeover of 13 April "
 "2015, Andy Briggs group chief executive; a second text for a later round) and The Irish Times' piece on the "
 "demutualisation (news) were looked at and not used. Friends Provident, Friends' Provident, Tuke, Ecroyd, Century "
 "Insurance, Resolution Limited: " + CHECKED + " ('Rowntree' is in batch 14's scripts only, another subject).",
 "non-US", copy_of="the Wikipedia article, hubbry.com's undated copy"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 38n (session 39; gatherer 39n): an English internet provider, a pan-Asian telecoms carrier and a New Zealand
buy-out investor's holding company, told as company stories in the company lane of batches 36j, 36n, 37k, 37u and 38k,
taken on to three leads left by this session's other gatherers (39g, 39k): the UK dial-up provider founded from a
project of a retailer and a hosting provider, floated, bought by a France Telecom-owned company, renamed and folded
into Orange (internet access, UK); the Hong Kong and Singapore carrier formed from the merger of two carriers, owned by
three investment firms and bought by Telstra, with the history of the carrier that became one of them (Asia Global
Crossing, started by three companies, its assets sold to a consortium, bought outright by China Netcom) (telecoms,
Asia-Pacific); and a New Zealand investor's buy-outs - forestry, paper packaging, an aluminium maker's packaging group
renamed after the deal, drinks cartons - with the private investment company that owns three of them (packaging,
New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself, one from an en.wikipedia.org permanent revision, one from a copy of a 2008
snapshot; each cut at a sentence end (`truncated`). Edits per item in `notes`; no word added or changed. No text tells
an outage and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch38n.py [POOL_DIR] [--dry]   (default /tmp/gather39n/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39n/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in none of "
           "the session-39 pools (/tmp/gather39a-k/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- internet access, UK: Freeserve (a 2008 snapshot) ---------------------------------------------------------------
R.append(wp("wp-freeserve", "Freeserve",
 "http://the-uncensored-wiki.com:20082/articles/f/r/e/Freeserve.html",
 "Freeserve was a UK Internet Service Provider, founded in 1998 from a project between Dixons Group plc and "
 "Leeds-based hosting provider Planet Online to provide free Internet access to customers buying new home PCs from "
 "Dixons stores.\n\n"
 "Freeserve was one of the first of the UK's ISPs to dispense with the usual monthly subscription fee for Internet "
 "access, and instead to collect a proportion of the standard telephone line charges. (At the time virtually all "
 "Internet access in the UK was by dial-up access via BT lines.) Further revenue was obtained from advertisements on "
 "Freeserve's homepage, which was set as the default page in the customers' web browsers upon installing the "
 "Freeserve connection software. BT sought to challenge Freeserve's business plan by arguing that under the "
 "regulatory model (known as Number Translation Services, or NTS), it should receive more money for each call, and "
 "in January 1999 Oftel announced that they would carry out a review.\n\n"
 "Freeserve floated on the stock market in July 1999 (as Freeserve.com plc), at which point they had approximately "
 "1.5 million subscribers and were valued at between \u00a31.31bn and \u00a31.51bn ($2.02bn and $2.34bn).\n\n"
 "By September 2000, Freeserve had more than 2 million active subscribers. This was vastly more than the incumbent "
 "telephone provider BT, something that was unique for a European ISP.\n\n"
 "Freeserve was bought by the France Telecom-owned company Wanadoo in 2000 for \u00a31.65bn ($2.37bn) and changed "
 "its name to Wanadoo UK plc on April 28, 2004.\n\n"
 "Following a rebranding exercise in June 2006, Freeserve and Wanadoo UK now form part of the UK operation of "
 "Orange, and are known as Orange Home UK plc.",
 "internet access", ["history", "ownership", "deal"],
 "The article as the-uncensored-wiki.com's snapshot of English Wikipedia holds it in the page store (port 20082, a "
 "snapshot of about 2008: 'now form part of the UK operation of Orange' after the June 2006 rebranding, no later "
 "event). Cut: the title and source lines ('Freeserve', 'From Wikipedia, the free encyclopedia'); the infobox "
 "('Freeserve.com plc', 'Type Defunct', 'Founded 1998', 'Headquarters Hemel Hempstead, England, UK', 'Industry "
 "Internet & Communications', 'Products Internet service'), so Hemel Hempstead is not in the text; the citation "
 "markers '[1]', '[2]', '[3]' and, in the sixth paragraph, ' [4].' (the marker with the stray space before it and "
 "the stray full stop after it, so the sentence ends 'April 28, 2004.'); cut after 'known as Orange Home UK plc.', "
 "the end of the sixth paragraph, before the paragraph on Freeserve's long email addresses, which the excerpt breaks "
 "off ('With the format name@shortname.freeserve.co.uk, for example, Dave Sm'; `truncated`). Kept as written: 'UK "
 "Internet Service Provider' (capitals), 'Leeds-based hosting provider Planet Online', 'the UK's ISPs', the "
 "bracketed sentence '(At the time virtually all Internet access in the UK was by dial-up access via BT lines.)', "
 "'(known as Number Translation Services, or NTS)', 'Oftel announced that they would', '(as Freeserve.com plc)', "
 "'they had' and 'were valued' (the company as 'they'), the pound and dollar figures, 'the France Telecom-owned "
 "company Wanadoo' (no accent), 'April 28, 2004', 'now form part of' (the snapshot's present). 271 words. No "
 "outage and no near-miss told (a regulator's review of call charges; no service lost). The prose names no person "
 "(the idea's originator and Dixons' chief executive are not in this version's excerpt). Text of about 2008, "
 "before Wikipedia's June 2009 move from the GFDL alone to CC BY-SA 3.0 with the GFDL; recorded CC BY-SA 3.0 (the "
 "licence the migration gave all existing text; doubtful only in date, as batch 37u recorded its 2009 Trend Micro "
 "capture) and doubtful in that the-uncensored-wiki.com's own terms were not found in the page store and the copy "
 "carries no revision id. A French abcdef.wiki translation of the later article (not English Wikipedia), and "
 "ZDNet, New Scientist, Independent and channelweb.co.uk news on the 1998 launch, the 2004 rebranding and Dixons' "
 "talks with AOL (not openly licensed) were looked at and not used. Freeserve, Planet Online, Wanadoo, Oftel, "
 "Orange Home UK, Dixons, Hemel Hempstead: " + CHECKED + " (BT, France Telecom and Orange are named in other corpus "
 "texts).", "UK", v3=True,
 copy_of="the Wikipedia article as it stood in about 2008, a the-uncensored-wiki.com snapshot"))

# ---- investment holding, New Zealand: Graeme Hart (a December 2013 permanent revision) -----------------------------
R.append(wp("wp-graeme-hart", "Graeme Hart",
 "https://en.wikipedia.org/?oldid=586380694&title=Graeme_Hart",
 "Graeme Hart (born 1955) is a New Zealand businessman reported to be the richest person in New Zealand with a "
 "personal fortune of NZ$8.8 billion (US$6.1b) according to the 2009 Forbes rich list. The 2007 September 22\u201328 "
 "issue of the New Zealand Listener listed Hart as being the 29th most powerful New Zealander. He prefers to stay out "
 "of the general media and makes few public appearances.\n\n"
 "Much like other leveraged buyout (LBO) private equity investors, Hart has a preference for buying underperforming "
 "and undervalued companies with steady cash flows which can be turned around through strong cash management, "
 "cost-cutting and restructuring with other businesses. Since his 2006 purchase of Carter Holt Harvey he has focused "
 "his acquisitions on the paper packaging sector. His largest acquisition to-date was for Alcoa's Packaging & "
 "Consumer group in 2008 for US$2.7bn, later renamed Reynolds Packaging Group. He does not directly manage his "
 "businesses, and is focused mostly on the financing related to re-capitalization of the companies.\n\n"
 "Unlike other LBO investors however, Hart is not a believer of sharing the returns of the company, and does not "
 "allow any member of the team to get any share in the equity of the businesses. In this manner, he ensures that the "
 "risk and the substantial rewards of an LBO investment remain solely with him.\n\n"
 "Forbes stated that Hart was the 110th-richest person in the world, as of 2009.\n\n"
 "Rank Group Ltd is Graeme Hart's private investment company. It is the 100% owner of Reynolds Consumer Products, "
 "Burns Philp and Carter Holt Harvey. Rank had assets of approximately NZ$3bn in cash after selling the assets of "
 "Burns Philp and floating Goodman Fielder in 2004.\n\n"
 "In December 2006 he agreed to purchase International Paper's drinks packaging business Evergreen Packaging for "
 "NZ$725 million. In May 2007 he bought Swiss packaging company SIG for NZ$3.2bn.",
 "investment/packaging", ["ownership", "deal", "history"],
 "The article as en.wikipedia.org's permanent link to revision 586380694 (oldid; a revision of about mid-December "
 "2013, by its id) holds it in the page store. It is a biography, taken into the company lane because its prose is "
 "the buyer's side of a run of company purchases and names the holding company that owns three of them (a lead of "
 "gatherer 39g, who found 2021 and 2023 revisions and left it for an acquisitions text). Cut: the title line "
 "('Graeme Hart'); the section headings 'Current interests' and 'Rank Group'; the citation markers '[1]' to '[5]' "
 "and the maintenance tag '[update]' after 'as of 2009'; cut after 'for NZ$3.2bn.', a sentence end inside the Rank "
 "Group section's third paragraph, because the excerpt breaks off in the next sentence ('The SIG division Combibloc "
 "is the second lar'; `truncated`; a cut inside a paragraph, doubtful), so the later purchases (Pactiv and others) "
 "are not in the text. Kept as written: 'NZ$8.8 billion (US$6.1b)', 'The 2007 September 22\u201328 issue' (en "
 "dash), 'to-date', 'Alcoa's Packaging & Consumer group', 're-capitalization', 'Unlike other LBO investors "
 "however,' (no comma before 'however'), 'is not a believer of sharing', '110th-richest', 'as of 2009.', 'the 100% "
 "owner of', 'International Paper's drinks packaging business Evergreen Packaging', 'Swiss packaging company SIG'. "
 "306 words. No outage and no near-miss told. A December 2013 revision: recorded CC BY-SA 3.0 (Wikipedia's licence "
 "then), with its revision id. The NZ Herald, The Economist, the AFR, foodprocessing.com.au (Alcoa's 2008 sale of "
 "its packaging businesses) and the investor's profile pages on ki-wi.co.nz, leaderportfolio.com and a substack "
 "(not Wikipedia, not openly licensed) were looked at and not used. Graeme Hart, Rank Group, Carter Holt Harvey, "
 "Reynolds Packaging Group, Reynolds Consumer Products, Burns Philp, Evergreen Packaging, International Paper, "
 "SIG Combibloc: " + CHECKED + " (Goodman Fielder is named once in GATHERING.md, in batch 32d's list of deals "
 "searched and not used; Alcoa and Forbes are named in other corpus texts).", "non-US", v3=True,
 copy_of="the Wikipedia article, a permanent revision (oldid 586380694) on en.wikipedia.org"))

# ---- telecoms carrier, Hong Kong and Singapore: Pacnet --------------------------------------------------------------
R.append(wp("wp-pacnet", "Pacnet", "https://en.wikipedia.org/wiki/Pacnet",
 "Pacnet was a global telecommunications service provider between 2008 and 2015. It was formed from the operational "
 "merger of Asia Netcom and Pacific Internet on 8 January 2008. It was owned by a private investor group comprising "
 "Ashmore Investment Management Limited, Spinnaker Capital Limited and Clearwater Capital Partners. Its acquisition "
 "by the Australian telecommunications company Telstra was announced at the end of 2014, and completed in April "
 "2015.\n\n"
 "The company was headquartered in Hong Kong and Singapore, and had offices in Australia, China, India, Indonesia, "
 "Japan, South Korea, Malaysia, Netherlands, Philippines, Taiwan, Thailand and United States.\n\n"
 "In 1999, Global Crossing, Microsoft and Softbank started Asia Global Crossing as a venture to build a US$2 billion "
 "cable system, East Asia Crossing (EAC), to connect key Asian markets. In 2000, Asia Global Crossing was listed on "
 "NASDAQ, before its listing was moved to NYSE in 2001.\n\n"
 "Following the dotcom crash, Asia Global Crossing filed for bankruptcy protection in 2002, and was subsequently "
 "delisted from NYSE. To raise additional funding to continue operations, the company sold its assets to a "
 "consortium led by China Netcom, Newbridge Capital and Softbank Asia Infrastructure Fund for US$120 million, "
 "forming Asia Netcom.\n\n"
 "In late 2003, China Netcom acquired 100 percent of Asia Netcom, and the wholly owned subsidiary became part of "
 "the China Netcom\u2019s public listing on NYSE and SEHK in 2004.",
 "telecommunications", ["history", "ownership", "deal"],
 "The article at en.wikipedia.org as the page store holds it (a revision of about 2020-2022: the wikitext copies "
 "carry 'Use dmy dates|date=October 2020'; the older 'Jump to navigation Jump to search' skin; no revision id). Cut: "
 "the title lines ('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'); the infobox "
 "('Pacnet Limited', 'Fate acquired by Telstra in 2015.', 'Founded Asia Pacific (2008)', headquarters, 'Key people "
 "Carl J. Grivner, CEO', 'Brett Lay, CFO', 'Andy Lumsden, CTO', products, 'Number of employees'), so no executive is "
 "in the text; the blank lines where the page store dropped the headings 'History' and '1989-2007', and the heading "
 "'Asia Netcom[edit]'; the citation markers '[1]' to '[11]'; cut after 'in 2004.', the end of the Asia Netcom "
 "subsection's third paragraph, because the excerpt breaks off in the next sentence ('In 2006, China Netcom sold "
 "Asia Netcom to Connect Holdings Limited, an investor group consisting of Ashmore Investment Manag'; `truncated`; "
 "a cut inside the subsection, doubtful), so the 2006 sale to Connect Holdings, the Pacific Internet subsection and "
 "the Telstra years are not in the text. Kept as written: 'between 2008 and 2015', 'the operational merger', 'the "
 "Australian telecommunications company Telstra', 'Netherlands', 'Philippines' and 'United States' without 'the', "
 "'as a venture to build', 'East Asia Crossing (EAC)', 'the dotcom crash', 'the company sold its assets', 'the "
 "wholly owned subsidiary', 'the China Netcom\u2019s public listing' (the article's 'the' and its curly apostrophe). "
 "225 words. No outage and no near-miss told (a bankruptcy and delisting, a business failure). Recorded CC BY-SA "
 "3.0 (a revision before June 2023); doubtful only in that no revision id is in the page store. "
 "everything.explained.today's copy (the lead found by gatherer 39k; the same text, breaking off at the same "
 "sentence, with straight apostrophes) was set aside for en.wikipedia.org's own rendering; friendlywiki.com's page "
 "(raw wikitext with templates), and Financial Tribune, Straits Times, DatacenterDynamics, ABC, convergedigest, "
 "telecomasia.net, computerworld.co.nz, China.org.cn, S&P Global and PR Newswire items on the 2003, 2006-2007 and "
 "2014-2015 deals (not openly licensed) were looked at and not used. Pacnet, Asia Netcom, Pacific Internet, "
 "Ashmore, Spinnaker Capital, Clearwater Capital Partners, Asia Global Crossing, East Asia Crossing, Softbank Asia "
 "Infrastructure Fund, Connect Holdings: " + CHECKED + " (China Netcom is named in one test text and in batch 37h's "
 "scripts, a Wikinews item on Wikipedia's blocking in China, another subject, as a network a site was reached from; "
 "Global Crossing is named in a train biography and batch 37n's scripts, another subject; Newbridge Capital is named "
 "in a train text on Lenovo (batch 21b2), another subject; Telstra, Microsoft, Softbank, NASDAQ and NYSE are named in other corpus texts).",
 "non-US", v3=True))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

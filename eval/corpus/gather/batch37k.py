#!/usr/bin/env python3
"""Batch 37k (session 38; helper gather38k): internet, payment and business-software companies told as company
stories, the lane of batches 36j and 36n taken to a Chinese internet portal, a British card-payment processor and a
British accounting-software maker, none a US giant: Beijing's internet company with its founder, the former names it
carried, its search-engine and gaming services, the stock market it lists on and the search engine's investor
(internet portals, China); London's payment processor with the payment system it began as, the bank-owned computer
bureau that first released it, the bank that owned the bureau, the buyer of the bureau's remainder, the banking group
that bought the bank and renamed the business, and the payment brands it was combined with (payment processing, UK
and Europe); and Newcastle's accounting-software company with its three founders, its first products, its 1994 chief
executive and a named division (business software, UK). English Wikipedia text (CC BY-SA), each the search tool's
page-store excerpt (`search`, corpus `pages`; never a whole page) from a copy of the article, cut at the last
paragraph or sentence end before the excerpt breaks off (`truncated`). Edits per item in `notes`; no word added or
changed. No text tells an outage, and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch37k.py [POOL_DIR] [--dry]   (default /tmp/gather38k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38k/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus file names, and in none of the session-38 pools "
           "(/tmp/gather38a-j/pool) as they stood at about 07:50 UTC")

R = []
# ---- internet portal, China: Sohu ---------------------------------------------------------------------------------------------
R.append(wp("wp-sohu", "Sohu", "https://www.hubbry.com/Sohu",
 "Sohu, Inc. (Chinese: \u641c\u72d0; pinyin: S\u014duh\u00fa; lit. 'Search-fox') is a Chinese Internet company "
 "headquartered in the Sohu Internet Plaza in Haidian District, Beijing. Sohu and its subsidiaries offer "
 "advertising, a search engine (Sogou.com), on-line multiplayer gaming (ChangYou.com) and other services.\n\n"
 "Sohu was founded as Internet Technologies China (ITC) in 1996 by Charles Zhang after he completed his PhD from the "
 "Massachusetts Institute of Technology and received venture capital funding from colleagues he met there. The "
 "following year, Zhang changed the name of ITC to Sohoo in homage to Yahoo! after meeting its cofounder, Jerry "
 "Yang; the name was soon after changed to Sohu to differentiate it from the American company. Sohu has been listed "
 "on NASDAQ since 2000 through a variable interest entity (VIE) based in Delaware.\n\n"
 "Sohu's Sogou.com search engine was in talks to be sold in July 2013 to Qihoo for around $1.4 billion. On "
 "September 17, 2013, it was announced that Tencent has invested $448 million for a minority share in Chinese "
 "search engine Sogou.com, the subsidiary of Sohu, Inc.\n\n"
 "Sohu was ranked as the world's third- and twelfth-fastest growing company by Fortune in 2009 and 2010, "
 "respectively.",
 "internet", ["history", "ownership"],
 "The article as hubbry.com's 'community hub' page holds it ('from Wikipedia') in the page store: the hub's header "
 "lines ('Hubbry Logo', 'Open search', 'Community hub', '8 pages, 0 posts', '0 subscribers', 'Be the first to start "
 "a discussion here.' twice), the two photo captions ('Sohu.com Media Plaza', 'Sohu.com Internet Plaza'), the empty "
 "'Key Information' line, the heading 'History [edit]' and citation markers ('[3]' to '[12]') cut, so the infobox's "
 "people are not in the text; kept as written: the Chinese name, its pinyin and the literal gloss in brackets, "
 "'Sohu Internet Plaza' (the caption says 'Sohu.com Internet Plaza'), 'on-line', 'ChangYou.com', 'completed his PhD "
 "from', 'Sohoo in homage to Yahoo!', 'it was announced that Tencent has invested', 'the subsidiary of Sohu, Inc.' "
 "(the sentence ends on the abbreviation's full stop), 'third- and twelfth-fastest'; cut after 'in 2009 and 2010, "
 "respectively.', before the section 'Allegations against Google' (Sohu's April 2007 request that Google stop "
 "offering its Pinyin input method), whose paragraph breaks off ('erroneously produces the actor'; `truncated`). "
 "191 words. No outage and no near-miss told. Undated copy of a current revision (the "
 "2013 Tencent sentence and 2009-2010 Fortune ranks with no later event, but hubbry's copies are recent): recorded "
 "CC BY-SA 4.0; doubtful: no revision id, hubbry's terms not found in the page store. en.wikipedia.org's 'Charles "
 "Zhang' biography (another subject, the founder; batch 37n's lane), Sohu's and Sogou's SEC filings and "
 "grokipedia.com's Sogou page (not Wikipedia text) and technode.com news on the Sogou sale talks were looked at and "
 "not used. Sohu, Sogou, Changyou, Qihoo, Charles Zhang, Internet Technologies China: " + CHECKED + " (Sohu News "
 "is named as a source in one train text, the 2007 Norton antivirus fault in China, another event; Tencent, Yahoo!, "
 "NASDAQ and Fortune are named in other corpus texts).", "non-US",
 copy_of="the Wikipedia article, via hubbry.com"))

# ---- payment processing, UK: Worldpay (a 2017 snapshot) ------------------------------------------------------------------------
R.append(wp("wp-worldpay", "WorldPay",
 "https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/WorldPay.html",
 "Worldpay (formerly RBS WorldPay) is a payment processing company. It is listed on the London Stock Exchange and is "
 "a constituent of the FTSE 100 Index.\n\n"
 "Worldpay started as an electronic payment system called Streamline which was first released by CentreFile in 1989 "
 "in the UK but has extended into mail order/telephone order, \"unattended\" payments and handling secure payments "
 "over the Internet through merger and acquisition of several other companies.\n\n"
 "Worldpay first provided international multi-currency processing in 1992 and Internet payment services in 1994, "
 "making it one of the first providers of such services in the world.\n\n"
 "CentreFile was formed in 1965 but had become a wholly owned subsidiary of National Westminster Bank before 1985. "
 "In 1995 the Streamline system was reabsorbed into the bank when the rest of CentreFile was sold to Ceridian. "
 "NatWest was acquired in 2002 by The Royal Bank of Scotland Group (RBS) which renamed the business RBS WorldPay. "
 "RBS expanded the business significantly by acquiring and merging a number of payment solutions companies from "
 "different countries. Over the next five years it was combined with seven leading retail payment solutions brands: "
 "Streamline, Streamline International, PaymentTrust, Netherlands based Bibit, RiskGuardian and US based Lynk. By "
 "2007, Worldpay was the largest merchant acquirer in Europe and one of the largest globally, operating in more than "
 "forty countries, 120 transaction currencies and fourteen settlement currencies.",
 "payments", ["history", "ownership", "deal"],
 "The article as the IPFS mirror of English Wikipedia (a 2017 snapshot; bafybeiemxf5...ipfs.dweb.link/wiki/"
 "WorldPay.html, the page title in the old 'WorldPay' spelling) holds it in the page store: the infobox lines "
 "('Public limited company', 'Traded as LSE: WPG', industry, 'Founded 1989 (as Streamline)', 'Headquarters London, "
 "United Kingdom', 'Key people Sir Michael Rake (Chairman) Philip Jansen (CEO)', services, three 2015 revenue and "
 "profit lines, 'Number of employees 4,500 (2015)', website) cut, so the chairman and the chief executive are not in "
 "the text; the heading 'History' and citation markers ('[3]', '[4]') cut; kept as written: 'mail order/telephone "
 "order, \"unattended\" payments', 'The Royal Bank of Scotland Group (RBS) which renamed' (no comma), 'seven "
 "leading retail payment solutions brands' followed by a list of six names, 'Netherlands based Bibit', 'US based "
 "Lynk'; cut after 'fourteen settlement currencies.', a sentence end inside the fourth paragraph, because the "
 "excerpt breaks off in the next sentence ('That year Worldpay processed 4.4 billion transactions world'; "
 "`truncated`): a cut inside a paragraph, not at a section end (doubtful; the last whole paragraph would drop the "
 "CentreFile, NatWest and RBS ownership chain, the reason for taking the text). So the 2010 sale to Advent "
 "International and Bain Capital, the 2015 listing and the 2018 Vantiv purchase are not in the text, and the present "
 "tense ('is listed on the London Stock Exchange') is the 2017 snapshot's. No outage and no near-miss told. Content "
 "of 2016-2017 (the FTSE 100 constituent, 2015 figures): recorded CC BY-SA 3.0; doubtful: no revision id. "
 "theinfolist.com's copy of the later 'Worldpay Group plc' article (a newer revision with glossary snippets woven "
 "into the prose), verdict.co.uk's timeline, Evening Standard, Finextra, American Banker, Payments Source and "
 "domain-b news on RBS's 2010 sale were looked at and not used. Worldpay's own story, CentreFile, Ceridian, "
 "PaymentTrust, Bibit, RiskGuardian, Lynk: " + CHECKED + " (Worldpay occurs in GATHERING.md only in a batch's list "
 "of checked names and as the former employer of Paddy Power Betfair's chief executive in one train text, "
 "wp-flutter-entertainment, another subject; NatWest, RBS and the London Stock Exchange are named in other corpus "
 "texts).", "UK", v3=True, copy_of="the Wikipedia article, via the IPFS mirror of English Wikipedia"))

# ---- business software, UK: the Sage Group (an older revision, c. 2017) ------------------------------------------------------
R.append(wp("wp-sage-group", "Sage Group",
 "https://zabelco.zendesk.com/hc/en-us/articles/115000643251-What-is-the-history-of-Sage-Accounting-Software-",
 "The Sage Group plc, commonly known as Sage, is a British multinational enterprise software company headquartered "
 "in Newcastle upon TyneUnited Kingdom. It is the world's third-largest supplier of enterprise resource planning "
 "software (behind Oracle and SAP), the largest supplier to small businesses, and has 6.1 million customers "
 "worldwide. It has offices in 24 countries. The company is the patron of The Sage Gateshead music venue in "
 "Gateshead.\n\n"
 "Sage is listed on the London Stock Exchange and is a constituent of the FTSE 100 Index.\n\n"
 "The Company was founded by David Goldman, Paul Muller and Graham Wylie in 1981 in Newcastle, to develop estimating "
 "and accounting software for small businesses.\n\n"
 "A student at Newcastle University, Graham Wylie, took a summer job with an accountancy firm funded by a government "
 "small business grant to write software to help their record keeping. This became the basis for Sage Line 50. "
 "Next, hired by David Goldman to write some estimating software for his printing company, Campbell Graphics, Graham "
 "used the same accounting software to produce the first version of Sage Accounts. David was so impressed that he "
 "hired Graham and academic Paul Muller to form Sage, selling their software first to printing companies, and then "
 "to a wider market through a network of resellers.\n\n"
 "In 1984 the Company launched Sage software, a product for the Amstrad PCW word processor, which used the CP/M "
 "operating system. Sage software sales escalated in that year from 30 copies a month to over 300. The Company was "
 "first listed on the London Stock Exchange in 1989.\n\n"
 "In 1994 Paul Walker was appointed Chief Executive. In 1998 Sage's Professional Accountants Division was "
 "established. In 1999 Sage entered FTSE 100 and launched a dedicated Irish division, based in Dublin as well as its "
 "e-business strategy.",
 "business software", ["history", "leadership"],
 "The article as a reseller's Zendesk help-centre page reproduces it ('What is the history of Sage Accounting "
 "Software?', zabelco.zendesk.com, headed 'Source: Wikipedia') in the page store: the page's own title line and "
 "'Source: Wikipedia' cut; the heading '1981 to 2000' and citation markers ('[2]' to '[6]', '[5]' four times) "
 "cut; kept as written: 'Newcastle upon TyneUnited Kingdom' (the copy lost the comma and space between two linked "
 "names; no word changed), 'the Company' and 'The Company' beside 'The company', 'This became the basis for Sage "
 "Line 50.', 'David was so impressed that he hired Graham and academic Paul Muller to form Sage', 'Sage software' "
 "(as written, twice), 'Sage entered FTSE 100', 'based in Dublin as well as its e-business strategy'; cut after "
 "'e-business strategy.', a sentence end inside the section's fourth paragraph, because the excerpt breaks off in "
 "the next sentence ('In that same year the UK'; `truncated`): a cut inside a paragraph, not at a section end "
 "(doubtful; kept so the text holds the 1994 chief executive). So the later acquisitions, chief executives and "
 "Sage Pay are not in the text. No outage and no near-miss told. Content of about 2016-2017 (6.1 million customers, "
 "offices in 24 countries, the FTSE 100 listing, 'The Sage Gateshead' before the venue's 2022 renaming): recorded "
 "CC BY-SA 3.0; doubtful: no revision id, the help centre's terms not found, and the copy sits on a reseller's "
 "support site. A user sandbox draft of the article on search.com.vn (not the article), growfers.com, a family "
 "blog and Scotsman, thisismoney and FT items on the founders were looked at and not used. Sage Group, Sage "
 "Accounts, Sage Line 50, David Goldman, Paul Muller, Graham Wylie, Campbell Graphics, Paul Walker, Amstrad: " +
 CHECKED + " (the bare word 'Sage' occurs in two corpus texts, neither about the company; Oracle, SAP and the "
 "London Stock Exchange are named in other corpus texts).", "UK", v3=True,
 copy_of="the Wikipedia article, via a reseller's Zendesk help-centre page"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

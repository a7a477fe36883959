#!/usr/bin/env python3
"""Batch 38k (session 39; gatherer 39k): internet, data-centre and software companies told as company stories, a round
of the lane of batches 36j, 36n, 37k and 37u taken to India, Norway/Finland and Italy, none a US giant: India's
ICT company (formerly Satyam Infoway, now selling data-centre and cloud services) with its founder, its NASDAQ
listing and underwriter, its purchase of IndiaWorld Communications, its travel-portal agreement with Makemytrip, its
i-way Internet cafes and a game launched with Level Up Games (Sify, 1999-2004); the history of the Qt toolkit and of
the company that made it, with Trolltech's CEO and President named in the prose, its former names, its releases and
Nokia's purchase of it on 17 June 2008 and the Nokia Qt SDK (the 'History' section of 'Qt (framework)', 1991-2010);
and Sardinia's internet and telecommunications company with its founder, its subscription-free service, its IPO
and the sale of its Austrian and South African branches to named buyers in August 2004 (Tiscali, 1998-2012).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a
whole page) from a copy of the article, cut at the last sentence or paragraph end before the excerpt breaks off, or
at the end of the one section a copy holds (`truncated`). Edits per item in `notes`; no word added or changed. No
text tells an outage, and none tells a near-miss. newskg (or any extractor) was not run on any text.
usage: batch38k.py [POOL_DIR] [--dry]   (default /tmp/gather39k/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather39k/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus texts and file names (grep -ril, file names only) and in the "
           "session-39 pools (/tmp/gather39a-j/pool) as they stood when the texts were chosen")

R = []
# ---- internet, data centres and cloud, India: Sify Technologies ---------------------------------------------------------------
R.append(wp("wp-sify-technologies", "Sify", "https://wikimili.com/en/Sify",
 "Sify Technologies Limited (formerly Satyam Infoway) is an Indian information and communications technology "
 "company providing end-to-end ICT solutions including telecom services, data center services, cloud & managed "
 "services, transformation integration services and application integration services. Sify Technologies Limited "
 "played an important role during the early spread of Internet and e-commerce in India. It has been listed on "
 "NASDAQ as SIFY since October, 1999. Merrill Lynch was the underwriter for Sify's IPO on the NASDAQ. Sify was "
 "founded and led to IPO by R. Ramaraj.\n\n"
 "In November 1999, Sify paid 122.2 crore for a 24.5% stake in IndiaWorld Communications. It acquired the remaining "
 "shares for 325.4 crore on 30 June 2000.\n\n"
 "In 2000, Sify sponsored the India Olympics team. In March 2002, Sify made an agreement with Makemytrip to run "
 "Sify's travel portal. In January 2002, Sify announced prizes for most emails sent under a 6-week contest called "
 "\"Sify Greenmail\", promoting emails as an ecofriendly way of communication.\n\n"
 "Sify used to run the i-way chain of Internet cafes. In 2002, Sify introduced wireless last mile connections with "
 "speeds up to 256 kbit/s. By August 2003, it had over 1,000 i-Way cyber cafes in India. In December 2003, Sify "
 "launched video-conferencing facilities in its Internet cafes.\n\n"
 "In 2004, Sify, with Level Up Games, launched a MMORPG.",
 "internet and data centres", ["history", "ownership", "deal"],
 "The article as wikimili.com's copy holds it in the page store: 'Last updated' and the infobox lines ('sify "
 "Technologies Limited', type, genre, 'Founded 12 December 1995;27 years ago', 'Founder R. Ramaraj', the Chennai "
 "address, the five areas served, 'Key people' Kamal Nath (CEO), Raju Vegesna (Chairman & managing director) and "
 "Vijay Kumar (CFO), the revenue line with its 'Increase2.svg' image name, the employee count) cut, so the three "
 "executives are not in the text; citation markers ('[5]' to '[15]') cut with the space before each; kept as "
 "written: 'data center services, cloud & managed services', 'listed on NASDAQ as SIFY since October, 1999', "
 "'Sify was founded and led to IPO by R. Ramaraj', '122.2 crore' and '325.4 crore' (the copy shows no currency sign "
 "before the figures), 'the India Olympics team', 'a 6-week contest called \"Sify Greenmail\"', 'ecofriendly', 'the "
 "i-way chain' beside 'i-Way cyber cafes', 'a MMORPG'; cut after 'launched a MMORPG.', a sentence end inside the "
 "paragraph, because the excerpt breaks off in the next sentence ('In June 2004, the Supreme Court of'; "
 "`truncated`): a cut inside a paragraph (doubtful; the paragraph's first sentence holds the Level Up Games "
 "launch). So the 2004 Supreme Court case on the 'Sify' domain names, the 2005 sale of Satyam's stake to Infinity "
 "Capital Ventures and the later data-centre years are not in the text. 214 words. No outage and no near-miss told. "
 "Copy of a revision of about 2023 ('27 years ago' from December 1995, revenue to March 2018): recorded CC BY-SA "
 "4.0 (as batch 36j recorded its wikimili copy); doubtful: no revision id, the revision may predate June 2023, "
 "wikimili's terms not found. Looked at and not used: the Wikipedia article on the court case Satyam Infoway Ltd. v. "
 "Sifynet Solutions Pvt. Ltd. (an azureedge copy; a court case, not the company's story) and law-school summaries "
 "of it, domain-b.com and a blog on Ramaraj's 2006 departure, Business Standard and siliconindia interviews, "
 "tele.net's profile of Raju Vegesna, Sify's SEC filings. Sify, Satyam Infoway, R. Ramaraj, IndiaWorld, Makemytrip, "
 "Level Up Games: " + CHECKED + " (the bare 'sify' matches only inside words such as 'classify'; Merrill Lynch and "
 "NASDAQ are named in other corpus texts).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com"))

# ---- software, Norway and Finland: the Qt toolkit and Trolltech (an older revision, 2010) ---------------------------------------
R.append(wp("wp-qt-framework-history", "Qt (framework)", "https://www.liquisearch.com/qt_framework/history",
 "Haavard Nord and Eirik Chambe-Eng (the original developers of Qt and the CEO and President, respectively, of "
 "Trolltech) began development of \"Qt\" in 1991, three years before the company was incorporated as Quasar "
 "Technologies, then changed the name to Troll Tech and then to Trolltech.\n\n"
 "The toolkit was called Qt because the letter Q looked appealing in Haavard's Emacs font, and \"t\" was inspired "
 "by Xt, the X toolkit.\n\n"
 "The first two versions of Qt had only two flavors: Qt/X11 for Unix and Qt/Windows for Windows. The Windows "
 "platform was only available under a proprietary license, which meant free/open source applications written in Qt "
 "for X11 could not be ported to Windows without purchasing the proprietary edition.\n\n"
 "At the end of 2001, Trolltech released Qt 3.0, which added support for Mac OS X. The Mac OS X support was "
 "available only in the proprietary license until June 2003, when Trolltech released Qt 3.2 with Mac OS X support "
 "available under the GPL.\n\n"
 "In June 2005, Trolltech released Qt 4.0.\n\n"
 "Nokia acquired Trolltech ASA on 17 June 2008 and changed the name first to Qt Software, then to Qt Development "
 "Frameworks. Since then it focused on Qt development to turn it into the main development platform for its "
 "devices, including a port to the Symbian S60 platform. Version 1.0 of the Nokia Qt SDK was released on 23 June "
 "2010. The source code was made available over Gitorious, a community oriented git source code repository, to "
 "gather an even broader community that is not only using Qt but also helping to improve it.",
 "software", ["history", "ownership", "deal", "leadership"],
 "The 'History' section of the article as liquisearch.com reproduces it in the page store (one section a page, "
 "Wikipedia text; batches 36f, 37f and 37t took such section copies): the page's title line ('Qt (framework) - "
 "History'), the heading 'History' and liquisearch's trailer ('Read more about this topic: Qt (framework)' and its "
 "'Famous quotes containing the word history' box) cut; no citation markers on the page; the section is whole "
 "(`truncated` only in that the rest of the article is left out). Kept as written: 'the CEO and President, "
 "respectively, of Trolltech', 'began development of \"Qt\" in 1991, three years before the company was incorporated "
 "as Quasar Technologies, then changed the name', 'two flavors', 'free/open source', 'Qt for X11', 'in the "
 "proprietary license', 'Since then it focused on Qt development', 'a community oriented git source code "
 "repository'. 262 words. No outage and no near-miss told. A revision that knows 23 June 2010 and nothing later "
 "(the article was later renamed 'Qt (software)', and Digia's 2011-2012 purchases are not in the section): recorded "
 "CC BY-SA 3.0; doubtful: no revision id, liquisearch's terms not found. Looked at and not used: the-uncensored-"
 "wiki.com's 2006 snapshot of the article 'Trolltech' (its excerpt breaks off in the history's second paragraph, "
 "before any deal, and names the founders only in the cut infobox), memim.com's 'Qt Development Frameworks' (a "
 "translation of the German article, not English Wikipedia text), ifixit's Greenphone page (an unattributed reuse), "
 "nn.wikipedia.org's 'Qt Software' (Nynorsk), grokipedia and flyriver pages (not Wikipedia), news on Nokia's 2008 "
 "offer. Trolltech, Quasar Technologies, Haavard Nord, Eirik Chambe-Eng, Qt Software, Qt Development Frameworks, "
 "Gitorious: " + CHECKED + ", except that Trolltech is named in one corpus text on another subject (the Wikinews "
 "item on Intel's purchase of OpenedHand, gather/batch12b_annotate.py); Nokia is named in other corpus texts.",
 "non-US", v3=True, copy_of="the Wikipedia article's 'History' section, via liquisearch.com"))

# ---- internet and telecommunications, Italy: Tiscali ------------------------------------------------------------------------
R.append(wp("wp-tiscali", "Tiscali", "https://www.knowpia.com/knowpedia/Tiscali",
 "Tiscali S.p.a. (Italian: [\u02c8tiskali]) is an Italian telecommunications company, based in Cagliari, Sardinia, "
 "that provides internet and telecommunications services to its domestic market. It previously had operations in "
 "other European nations through its acquisition of many smaller European Internet Service Providers (ISPs) in the "
 "late 1990s.\n\n"
 "Tiscali was created in January 1998 in Cagliari by Renato Soru, following the deregulation of Italian telephone "
 "system. The company owes its name to a Sardinian mountain at which remains of an ancient village were found. From "
 "March 1999 onward, Tiscali offered Tiscali Free Net, a subscription-free Internet service where customers only "
 "had to pay for the time they were online. This pushed other Italian providers to repeal their fixed subscription "
 "fees, thus contributing to making the Internet accessible to the masses in Italy.\n\n"
 "In October 1999 (during the dot-com bubble), the company went through an initial public offering (IPO) to be "
 "traded on the Italian stock exchange at a share price of 46 Euros. 3,098,000 shares were offered to investors of "
 "which 2,658,000 shares were created through a capital increase and the rest were sold by Soru. Soru made "
 "20,240,000 Euros on the IPO. In 2012, the price per share had plummeted to 0.04 Euros.\n\n"
 "Between 2001 and 2003, shares were also traded on the French stock exchange.\n\n"
 "Beginning in 2004, Tiscali sold off many of its regional sub-companies to native telecommunications operators in "
 "order to focus more on prime target areas.\n\n"
 "On 16 August 2004, Tiscali sold its Austrian branch, Tiscali \u00d6sterreich GmbH, to Nextra Telecom GmbH.\n\n"
 "On 20 August 2004, Tiscali sold its South African branch, Tiscali (Pty) Ltd, to MWEB Holdings (Pty) Ltd.",
 "internet and telecommunications", ["history", "ownership", "deal"],
 "The article as knowpia.com's copy holds it in the page store (page 'knowpedia/Tiscali'; the host batch 33f took "
 "Qunar from): the infobox lines ('TypeSociet\u00e0 per azioni', 'FoundedJanuary 1998', 'HeadquartersCagliari, "
 "Italy', 'Key people' Alberto Trondoli (Chairman), Renato Soru (CEO), Renato Soru (Founder), 'ProductsFixed "
 "telephony', 'Number of employees') and the photo caption 'Tiscali Campus in Cagliari' cut, so the chairman and "
 "Soru's title of CEO are not in the text; citation markers ('[1]', '[citation needed]') cut; the two items of the "
 "copy's bulleted list of sales kept as two paragraphs, their bullet signs cut; kept as written: the IPA "
 "pronunciation in brackets, 'S.p.a.', 'following the deregulation of Italian telephone system', 'From March 1999 "
 "onward', 'to be traded on the Italian stock exchange at a share price of 46 Euros', '3,098,000 shares were offered "
 "to investors of which', 'regional sub-companies', 'prime target areas'; cut after the second list item ('to MWEB "
 "Holdings (Pty) Ltd.'), where the excerpt breaks off (`truncated`; the list may go on with later sales, and the "
 "article's later history, Soru's return and the 2022 Linkem merger are not in the text). 273 words. No outage and "
 "no near-miss told. Undated copy of a current revision (the infobox's chairman and CEO): recorded CC BY-SA 4.0; "
 "doubtful: no revision id, knowpia's terms not found in the page store. Looked at and not used: Italian "
 "encyclopedia and news pages (antoniodini.com's Treccani entry, tesionline, Corriere, Repubblica, "
 "breakinglatest.news's translation of it), istella.ai's board page, and the 2004 news on the sales (IOL, heise, "
 "itreseller.ch, providerliste.ch, silicon.fr, fuzo-archiv, commsupdate) — not openly licensed. Tiscali, Renato Soru, "
 "Tiscali Free Net, Tiscali \u00d6sterreich, MWEB Holdings: " + CHECKED + " ('MWEB' and 'Nextra' match only inside "
 "other words or names in the corpus).", "non-US",
 copy_of="the Wikipedia article, via knowpia.com"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

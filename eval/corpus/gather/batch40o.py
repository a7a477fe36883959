#!/usr/bin/env python3
"""Batch 40o (session 41; gatherer lane 40o): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k and 38n - an internet services company's early owners and its reverse takeover (a
shareware site's founder, the ISP that bought it and its three owners, a venture investor's purchase, its purchase of
a Linux news site, its becoming a subsidiary of Infonautics; the services it runs) (internet services, Canada/US);
a software company's founders, their earlier Danish company and the founder who was its chairman, president and CEO
until 1995, and its present parent Micro Focus International (software, US); and a security-software company's
founder, its customer Facebook, its take-private by Vista Equity Partners and the joint venture that put it under
Raytheon with Vista holding the rest (computer security, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one from en.wikipedia.org itself (an older rendering), one from alchetron.com's copy, one from the IPFS
mirror of English Wikipedia (goodnames.eth.link); each cut at a sentence end (`truncated`). Edits per item in
`notes`; no word added or changed. No text tells an outage and none tells a near-miss. newskg (or any extractor) was
not run on any text.
usage: batch40o.py [POOL_DIR] [--dry]   (default /tmp/gather41o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather41o/pool"

CHECKED = ("0 hits in GATHERING.md, in the eval/corpus gold texts and file names, in the gather scripts, and in the "
           "session-41 pools (/tmp/gather41*/pool) as they stood when checked (`grep -ril`, file names only)")

R = []
# ---- internet services, Canada/US: Tucows (an older en.wikipedia.org rendering) -------------------------------------
R.append(wp("wp-tucows-company-history", "Tucows", "https://en.wikipedia.org/wiki/Tucows",
 "Tucows Inc. is an Internet services and telecommunications company, headquartered in Toronto, Ontario. The company "
 "is one of the largest domain registrars and operates Hover, and OpenSRS, a platform for domain resellers. In 2012, "
 "Tucows launched Ting, a wireless service provider, and continues to operate its namesake directory of shareware "
 "and freeware software downloads.\n\n"
 "The company was formed in Flint, Michigan, in 1993. The Tucows logo is two cow heads, a play on the homophone "
 "\"two cows.\"\n\n"
 "Scott Swedorski started Tucows in 1993 to provide users with downloads of both freeware and trial versions of "
 "shareware. The name originally was an acronym for The Ultimate Collection Of Winsock Software. Internet Direct, "
 "owned and operated by John Nemanic, Bill Campbell, and Colin Campbell, acquired Tucows in 1996. STI Ventures "
 "acquired Tucows in 1999.\n\n"
 "The company employed roughly 30 employees in Flint in 1998. There were additional employees in Canada. Scott "
 "Swedorski personally oversaw day-to-day activity in the Flint office located in the White House building on "
 "Beecher Road in Flint for several years.\n\n"
 "In 2000, Tucows acquired Linux Weekly News.\n\n"
 "In 2001, Tucows, Inc. became a wholly owned subsidiary of Infonautics, and after acquiring Tucows, Infonautics "
 "changed its name to Tucows, Inc., a business tactic called a \"reverse takeover.\"",
 "internet services", ["history", "ownership", "deal"],
 "The article as the page store holds it at http://en.wikipedia.org/wiki/Tucows (the http form of the address; an "
 "older rendering with the 'Jump to: navigation, search' line and '[edit]' links, of about 2013-2015 by its content: "
 "revenue for 2009, employees for 2012, 'In 2012, Tucows launched Ting', nothing of the 2015 Ting Internet launch; no "
 "revision id). Cut: the title lines ('From Wikipedia, the free encyclopedia', 'Jump to: navigation, search'); the "
 "infobox ('Tucows Inc.', traded as, industry, 'Founded Flint, Michigan (1993)', 'Headquarters Toronto, Ontario', "
 "'Key people Elliot Noss (President and CEO)', 'Stanley Stern (Chairman)', 'Products OpenSRS', revenue, net income, "
 "employees, website), so the president, CEO and chairman are not in the text; the heading 'Company history[edit]' "
 "and the photo caption 'Tucows' head office in Toronto'; the citation markers '[3]' (three times), '[4]', '[5]' and "
 "the tags '[citation needed]' (three times), each with nothing else; cut after 'called a \"reverse takeover.\"', a "
 "sentence end inside the Company history section's fifth paragraph, because the excerpt breaks off in the next "
 "sentence ('Information Today, Inc. reported on August 26, 2002 that Tucows had sold eLibrary and Encyclopedia.com, "
 "its search a'; `truncated`; a cut inside a paragraph, doubtful), so the 2002 sale and the later history are not in "
 "the text. Kept as written: 'operates Hover, and OpenSRS,' (the comma), '\"two cows.\"' (the full stop inside the "
 "quotes), 'The Ultimate Collection Of Winsock Software' (capitals), 'in Flint in 1998', 'the White House building "
 "on Beecher Road', 'Tucows, Inc.,' and 'a \"reverse takeover.\"'. 208 words. No outage and no near-miss told. A "
 "revision before June 2023: recorded CC BY-SA 3.0 (Wikipedia's licence then); doubtful only in that no revision id "
 "is held. The current article at https://en.wikipedia.org/wiki/Tucows (its excerpt ends inside the 'Origins' "
 "section, before any deal), self.gutenberg.org's World Library copy (an older revision of the same text, with the "
 "page chrome), a talk.dob.jp diff page (wikitext), a Vice feature and tucows.com's own blog pages were looked at and "
 "not used. Tucows, Swedorski, Internet Direct, Nemanic, STI Ventures, Linux Weekly News, Infonautics, OpenSRS: "
 + CHECKED + " (Encyclopedia.com, in the cut sentence, is named only as a source in other records).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, an older rendering on en.wikipedia.org (about 2013-2015)"))

# ---- software, US: Borland (alchetron.com's copy) --------------------------------------------------------------------
R.append(wp("wp-borland", "Borland", "https://alchetron.com/Borland",
 "Borland Software Corporation is a software company that facilitates software deployment projects. Borland was "
 "first headquartered in Scotts Valley, California, then in Cupertino, California, and now in Austin, Texas. It is "
 "now a Micro Focus International subsidiary. It was founded in 1983 by Niels Jensen, Ole Henriksen, Mogens Glad and "
 "Philippe Kahn.\n\n"
 "Three Danish citizens, Niels Jensen, Ole Henriksen, and Mogens Glad, founded Borland Ltd. in August 1981 to "
 "develop products like Word Index for the CP/M operating system using an off-the-shelf company. However, response "
 "to the company's products at the CP/M-82 show in San Francisco showed that a U.S. company would be needed to reach "
 "the American market. They met Philippe Kahn, who had just moved to Silicon Valley, and who had been a key developer "
 "of the Micral. The three Danes had embarked, at first successfully, on marketing software first from Denmark, and "
 "later from Ireland, before running into some challenges at the time when they met Philippe Kahn. Kahn was "
 "chairman, president, and CEO of Borland Inc. from its inception in 1983 until 1995. Main shareholders at the "
 "incorporation of Borland were Niels Jensen (250,000 shares), Ole Henriksen (160,000), Mogens Glad (100,000), and "
 "Kahn (80,000).",
 "software", ["history", "leadership", "ownership"],
 "The article as alchetron.com's copy renders it in the page store (a revision of 2009-2014 by its content: 'now in "
 "Austin, Texas', 'now a Micro Focus International subsidiary', revenue for 2008 in the infobox; no revision id). "
 "Cut: the infobox fragments at the head of the excerpt ('Number of employees approximately 1,100', 'Founded 1983', "
 "'Motto The Open ALM Company', 'Revenue $172 million USD (2008)', 'Founders Philippe Kahn, Niels Jensen, Mogens "
 "Glad, Ole Henriksen', with the table bars); the 'Contents' list; the stray line 'Software element copyrights lotus "
 "v borland' (a related-page title the copy prints before the first heading) and the heading 'The 1980s: "
 "Foundations'; cut after 'and Kahn (80,000).', the end of the section's first paragraph, before the next paragraph "
 "('Borland developed a series of well-regarded software development tools. Its first product was Turbo Pascal in "
 "1983, developed by Anders Hejlsberg ...'), which the excerpt breaks off ('sold in Scandinavia under t'; "
 "`truncated`), so Turbo Pascal, Hejlsberg and the later purchases are not in the text. No citation markers on the "
 "copy. Kept as written: 'facilitates software deployment projects', 'Scotts Valley, California, then in Cupertino, "
 "California, and now in Austin, Texas', 'a Micro Focus International subsidiary', 'using an off-the-shelf company', "
 "'the CP/M-82 show', 'a U.S. company', 'the Micral', 'Borland Inc.', the share counts in brackets. 198 words. No "
 "outage and no near-miss told. The copy does not name Wikipedia (its text is the article's lead and first section; "
 "attributed to Wikipedia contributors via the copy, as batch 34m's alchetron NETS text; doubtful: alchetron's terms "
 "page not found); recorded CC BY-SA 3.0 (a revision before June 2023 by its content). fluxent.com's wiki page "
 "(quotations of the article with '...' gaps, not a copy), the Portuguese, Polish, Dutch and Romanian copies of "
 "'Ashton-Tate', cinxe.com's raw HTML of the English 'Ashton-Tate' page and an eWeek interview with Kahn were looked "
 "at and not used. Borland, Philippe Kahn, Niels Jensen, Ole Henriksen, Mogens Glad, Word Index, Micral, Scotts "
 "Valley: " + CHECKED + " (Micro Focus is named in batch 20a's texts and scripts, on OpenText's purchase of it, "
 "another subject).", "US", v3=True,
 copy_of="the Wikipedia article, a revision of about 2009-2014, via alchetron.com (unattributed on the copy)"))

# ---- computer security, US: Forcepoint, formerly Websense (the IPFS mirror) ------------------------------------------
R.append(wp("wp-forcepoint-websense", "Forcepoint", "https://goodnames.eth.link/wiki/Forcepoint.html",
 "Forcepoint, previously known as Websense and Raytheon|Websense, is an Austin-based company owned by US defense "
 "contractor Raytheon, in a joint venture with private equity firm Vista Equity Partners, specializing in computer "
 "security software. It offers businesses and government institutions services for content security, data "
 "protection, cloud security, network security, analytics, webfiltering, and cross domain access and transfer to "
 "protect organization's networks from cybercrime, malware, and data theft, as well as prevent users from viewing "
 "sexual or other inappropriate content and discourage employees from browsing non-business-related websites. "
 "Forcepoint uses a combination of classification engines, filtering categories, data fingerprints, and word "
 "filters selected by customers.\n\n"
 "Forcepoint was founded by Phil Trubey in 1994, and went public in the year 2000. Forcepoint offers security "
 "services.\n\n"
 "In October 2011 Facebook began working with Forcepoint to assist Facebook in filtering links to malicious websites "
 "and malware sites.\n\n"
 "On May 20, 2013, Forcepoint was acquired by Vista Equity Partners and taken private for $24.75 per share, for a "
 "total purchase price of US$906M. With the closing of the transaction, Forcepoint was no longer a publicly traded "
 "company, and its stock was delisted from NASDAQ. The company's main operations moved from San Diego, California to "
 "Austin, Texas.\n\n"
 "On April 20, 2015, defense contractor Raytheon and Vista Equity Partners entered an agreement to form a new "
 "cybersecurity company, combining Raytheon Cyber Products with Websense, Inc. Raytheon had an 80.3% stake, with "
 "Vista Partners LLC holding the remaining 19.7%.",
 "computer security", ["history", "ownership", "deal", "partnership"],
 "The article as the IPFS mirror of English Wikipedia (goodnames.eth.link, a static copy of a 2017 dump, as batch "
 "25b's Digicel and batch 34m's Interswitch were taken from the IPFS mirror) holds it in the page store: a "
 "revision of about 2016-2017 (the 2016 renaming, revenue for 2015, CEO Matthew Moynahan in the infobox; no "
 "revision id). Cut: the title line ('Forcepoint'); the infobox ('Forcepoint LLC', 'Formerly called Websense, "
 "Raytheon|Websense', 'Joint Venture[1]', industry, 'Founded 1994', 'Headquarters Austin, Texas', 'Key people "
 "Matthew Moynahan, CEO', '$328 million (2015)[2]', 'Parent Raytheon', website), so the CEO is not in the text; the "
 "heading 'History'; the citation markers '[3]' to '[11]'; cut after 'the remaining 19.7%.', a sentence end inside "
 "the History section's fourth paragraph, because the excerpt breaks off in the next sentence ('The Wall Street "
 "Journal repor'; `truncated`; a cut inside a paragraph, doubtful). Kept as written: 'Raytheon|Websense' (the "
 "vertical bar), 'Austin-based', 'US defense contractor', 'webfiltering', 'protect organization's networks', 'in the "
 "year 2000', 'Forcepoint offers security services.', 'In October 2011 Facebook' (no comma), 'US$906M', 'from San "
 "Diego, California to Austin, Texas' (no comma after California), 'Websense, Inc.', 'Vista Partners LLC'. 240 "
 "words. No outage and no near-miss told. The same text, with a '[disambiguation needed]' tag after 'content "
 "security', is en.wikipedia.org's rendering reached at https://en.wikipedia.org/wiki/Websense ('Redirected from "
 "Websense'), whose excerpt breaks off one sentence earlier ('with Vista Pa'); the IPFS copy was taken for the "
 "whole sentence. Recorded CC BY-SA 3.0 (a revision before June 2023); doubtful: no revision id, and the IPFS "
 "mirror's own terms page not found. en.wikipedia.org's permanent revision 429966203 of May 2011 and two diff pages "
 "(wikitext), an Xconomy piece on its purchases and a Free Republic repost of a San Diego Union-Tribune story were "
 "looked at and not used. Forcepoint, Websense, Phil Trubey, Vista Equity Partners, Raytheon Cyber Products: "
 + CHECKED + " (Raytheon is named in one train text and batch 35t's scripts, another subject; Facebook and NASDAQ "
 "in many).", "US", v3=True,
 copy_of="the Wikipedia article, a revision of about 2016-2017, via the IPFS mirror of English Wikipedia"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

#!/usr/bin/env python3
"""Batch 37y (session 38, helper gather38y, sixth round of batch 37): English Wikipedia (CC BY-SA) on internet
infrastructure incidents — the lane of batches 34h and 35e taken to DNS/BGP failures, CDN and cloud-region outages,
cable cuts and ordered shutdowns. Every named incident not already in the corpus came back in the page store only as
news, blogs, tracker pages or a grokipedia page (see the section); the two Wikipedia texts found are the general article
on internet outages, whose lead and 'Types' section tell kinds of outage and no single event (a near-miss text),
and a 2010 revision of the article on DDoS attacks on the DNS root nameservers (the attack of 6 February 2007, with
two root servers said to suffer badly and no service said lost: a near-miss text).
Texts are the search tool's page-store excerpts (never a whole page), the first cut at a section end where its excerpt
ends (`truncated`), the second the whole of its old revision. Edits in `notes`; no word added or changed.
usage: batch37y.py [POOL_DIR] [--dry]   (default /tmp/gather38y/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather38y/pool"

R = []
# ---- Internet outage (general article) -------------------------------------------------------------------------------
R.append(wp("wp-internet-outage", "Internet outage", "https://wikimili.com/en/Internet_outage",
 "An Internet outage or Internet blackout or Internet shutdown is the complete or partial failure of the internet "
 "services. It can occur due to censorship, cyberattacks, disasters, police or security services actions or "
 "errors.\n\n"
 "Disruptions of submarine communications cables may cause blackouts or slowdowns to large areas. Countries with a "
 "less developed Internet infrastructure are more vulnerable due to small numbers of high-capacity links.\n\n"
 "A line of research finds that the Internet with it having a \"hub-like\" core structure that makes it robust to "
 "random losses of nodes but also fragile to targeted attacks on key components \u2212 the highly connected nodes or "
 "\"hubs\".\n\n"
 "A government internet blackout is the deliberate shut down of civilian internet access by a government for a small "
 "area or many large areas of its country. Such a shut down is typically used as a means of information control in a "
 "brief period of upheaval or transition. In autocracies, internet shutdowns have appeared especially in the context "
 "of contested elections and post-electoral violence. It can impede the ability of protesters or insurgent forces to "
 "mobilize and organize. It also serves to prevent real-time information access for foreign people or entities. "
 "Reactions from leaders, journalists, observers and others in foreign countries can be delayed.\n\n"
 "The temporary disconnection of civilian internet access by military forces is an important aspect of information "
 "warfare. This tactic is common today, and is often used in concert with a ground invasion by conventional forces. "
 "It could also be used in advance of an airstrike campaign.",
 "telecommunications (internet access)", ["outage"],
 "The wikimili.com copy of the article: the page's 'Last updated' line, the image and its caption ('Electronic "
 "information stand without an internet connection, at Schiphol Airport, Netherlands', shown twice), the 'Contents' "
 "line, the citation markers (' [1]', ' [2]', ' [3]', ' [4]', each with the space before it) and the headings "
 "'Types', 'Government blackout' and 'Military blackout' cut; the lead's three paragraphs and the two subsections' "
 "paragraphs kept as the copy breaks them; kept as written: 'Internet' and 'internet' as capitalised, 'the internet "
 "services', 'the Internet with it having a \"hub-like\" core structure', the minus sign '\u2212' before 'the highly "
 "connected nodes', 'shut down' (two words, as a noun). Cut after 'in advance of an airstrike campaign.' (the end of "
 "'Military blackout'), where the wikimili excerpt ends; the article goes on with the subsection 'Weather or natural "
 "disaster' and a list of outages (`truncated`). The same text stands in a proxy of en.wikipedia.org itself "
 "(fanyv88.com, with '[edit]' links and the next subsection breaking off at 'have tracked the impact of') and in "
 "friendlywiki.com (wikitext with the citation templates); owiki.org holds an older revision with the list table. A "
 "current revision (its cited sources run to 2020 and later): recorded 4.0. The article names no single outage, "
 "operator or date in the kept part: a near-miss text (kinds of outage, none told).", "non-US",
 copy_of="the Wikipedia article, as the wikimili.com mirror holds it"))

# ---- DDoS attacks on the root nameservers (the 6 February 2007 attack) ---------------------------------------------------
R.append(wp("wp-distributed-denial-of-service-attacks-on-root-nameservers",
 "Distributed denial of service attacks on root nameservers", "https://en-academic.com/dic.nsf/enwiki/849838",
 "Distributed denial of service attacks on root nameservers are Internet events in which distributed "
 "denial-of-service attacks target one or more of the thirteen Domain Name System root nameservers. The root "
 "nameservers are critical infrastructure components of the Internet, mapping domain names to Internet Protocol (IP) "
 "going to and other information. Attacks against the root nameservers can impact operation of the entire Internet, "
 "rather than specific websites.\n\n"
 "On February 6, 2007 an attack began at 10 AM and lasted twenty-four hours. At least two of the root servers "
 "(G-ROOT and L-ROOT) reportedly suffered badly while two others (F-ROOT and M-ROOT) experienced heavy traffic. The "
 "latter largely contained the damage by distributing requests to other root server instances with anycast "
 "addressing. ICANN published a formal analysis shortly after the event.\n\n"
 "Due to a lack of detail, speculation about the incident proliferated in the press until details were released.\n\n"
 "On February 8, 2007 it was announced by Network World that: \"If the United States found itself under a major "
 "cyberattack aimed at undermining the nation's critical information infrastructure, the Department of Defense is "
 "prepared, based on the authority of the President, to launch [...] an actual bombing of an attack source or a cyber "
 "counterattack.\"",
 "telecommunications (internet infrastructure)", ["outage"],
 "The en-academic.com copy of the English Wikipedia article (its dictionary page 'enwiki/849838', footed 'Wikimedia "
 "Foundation. 2010.': a 2010 revision, under CC BY-SA 3.0): the title line (shown twice), the 'Contents' line, the "
 "headings 'Attacks' and 'February 6, 2007', the citation markers ('[1]', '[2]', '[3]') and everything after the "
 "last paragraph (the empty 'References' and 'External links' headings, the footer, a Russian advertising line and "
 "the site's 'Look at other dictionaries' glosses) cut; kept as written: 'Distributed denial of service attacks' "
 "(unhyphenated, as the revision's title) beside 'distributed denial-of-service attacks', the garbled 'mapping domain "
 "names to Internet Protocol (IP) going to and other information', 'began at 10 AM' (no time zone in this "
 "revision; later revisions add 'UTC'), the quotation with its '[...]' (the article's own ellipsis, not a cut). The "
 "whole article as this revision has it (one attack; later revisions add the attacks of 21 October 2002 and 30 "
 "November-1 December 2015 and the 1997 failure), so not truncated. Other pages seen and not taken: a page-store "
 "excerpt of a later revision with the 2002 attack and no address (nothing to cite), liquisearch.com (a later lead "
 "only, with its 'Famous quotes' trailer), sparkthread.net (the lead only), absoluteastronomy.com (the text broken by "
 "inserted link glosses), nationmaster.com (an older 'DNS Backbone DDoS Attacks' title, glossed), news and ISC's "
 "bulletin (not Wikipedia). A near-miss text: an attack on named servers with no service said lost (see the gold).",
 "non-US", v3=True, copy_of="the Wikipedia article, as en-academic.com's English Wikipedia dictionary holds it"))
R[-1]["truncated"] = False   # the whole of the 2010 revision (wikimedia.article sets True by default)


if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

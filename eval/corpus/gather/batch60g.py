#!/usr/bin/env python3
"""Batch 60g (session 56; gatherer lane 60g): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e, 59j and 60d,
kept to mid-size technology companies of the United States (internet software, web hosting, payment processing), new
to the corpus: the Foster City, California maker of software for internet service providers founded in January 1996
by the University of California, Berkeley professor Eric Brewer and the graduate student Paul Gauthier, maker of
Traffic Server, supplier of Microsoft, Amazon.com, eBay, Walmart and AOL, buyer of C2B Technologies in September 1998
and bought by Yahoo! in 2003 (internet software, US); the Santa Clara, California web host of 1994-2001 founded by
K.B. Chandrasekhar and B.V. Jagadeesh as Fouress, Inc., with its chief executives Ellen Hancock, Bill Krause and Bill
Austin, its officers and its purchase by Cable and Wireless in November 2001 (web hosting, US); and the payment
gateway founded in 1994 by William S. McKiernan, its online store software.net, its purchase of Authorize.Net in
November 2007 and its own purchase by Visa Inc. in April 2010 (payment processing, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Inktomi' (undated), Infogalactic's fork of 'Exodus Communications'
(infogalactic.com, a wiki forked from English Wikipedia in 2016 under CC BY-SA 3.0, as batch 32k took Carol Bartz) and
hubbry.com's copy of 'CyberSource' ('from Wikipedia'; undated); all three cut at a sentence end (`truncated`). Edits
per item in `notes` (title lines, infobox lines, the copies' page furniture, headings and citation markers cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather61g/src), the
markers ('[1]', '[1][2]', '[edit]') dropped and whitespace runs compared as one space, as batches 58j, 58l, 59e, 59j
and 60d did. No text tells an outage (Exodus's 'went broke' and bankruptcy are a business failure; the lane's outage
leads, The Planet's Houston data-centre explosion of May 31, 2008 and NorthPoint's DSL shut-down of March 2001, came
back only as news, blogs and an early Wikipedia copy without an outage the guidelines count). newskg (or any
extractor) was not run on any text. A round of three: twenty-one queries, six of them answered with English Wikipedia
text (or a copy of it) on a company of the lane, three taken (round notes, /work/notes/gather61/60g.md; queries,
/tmp/gather61g/src/queries.txt).
usage: batch60g.py [POOL_DIR] [--dry]   (default /tmp/gather61g/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather61g/pool"
SRC = "/tmp/gather61g/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-56 pools (/tmp/gather61*/pool) and in /work/notes/gather61/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- internet software, US: Inktomi (en.wikipedia.org's '= Title =' rendering, undated) ---------------------------
INKTOMI = [
 "Inktomi Corporation was an American Internet service provider (ISP) software developer based in Foster City, "
 "California. Customers included Microsoft, HotBot, Amazon.com, eBay, and Walmart.",
 "The company developed Traffic Server, a proxy server web cache for World Wide Web traffic and on-demand streaming "
 "media which transcoded images down to a smaller size for users of dial-up Internet access. Traffic Server was "
 "deployed by several large ISPs including AOL.",
 "In 2003, after the bursting of the dot-com bubble, the company was acquired by Yahoo! for $241 million.",
 "The company's name, pronounced \"INK-tuh-me\", was derived from a Lakota legend about the trickster spider Iktomi, "
 "known for his ability to outsmart larger adversaries. The tri-color nested cube logo was created by Tom Lamar in "
 "1996.",
 "Inktomi was founded in January 1996 by University of California, Berkeley professor Eric Brewer and graduate "
 "student Paul Gauthier at the University of California, Berkeley. The company was initially founded based on the "
 "web search engine that was developed at the university. HotBot was the first search engine that made use of "
 "Inktomi's search technology.",
 "In June 1998, the company raised $36 million in an initial public offering. Its success in making HotBot the top "
 "rated search engine led to Microsoft, Yahoo! and Disney all partnering with Inktomi.",
 "In September 1998, the company acquired C2B Technologies for $95 million in stock, adding shopping engine "
 "technology to its portfolio."]
KEPT["wp-inktomi"] = ("inktomi-enwiki.txt", INKTOMI)
R.append(wp("wp-inktomi", "Inktomi", "https://en.wikipedia.org/wiki/Inktomi",
 "\n\n".join(INKTOMI),
 "internet software/ISP software", ["history", "founding", "products", "customers", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Inktomi ='; the infobox lines ('Inktomi Corporation', '- Logo: Inktomi logo.svg' to '- Num "
 "Employees: 200 (November 2002)', with '- Founder: Eric Brewer, Paul Gauthier', '- Key People: David C. "
 "Peterschmidt,' and '- Fate: Acquired by Yahoo!'), so the infobox's chief executive is not in the text (cut as "
 "batches 54zu, 55i, 56b, 56j, 57a, 57f, 57p, 58j, 58l, 59e, 59j and 60d cut their infoboxes); the headings "
 "'==History==' and '=== 1998 to 1999 ==='; cut after '... adding shopping engine technology to its portfolio.', "
 "before the paragraph the excerpt breaks off in ('In November 1998, the company raised additional capital at a 688% "
 "premium to its IPO price five mon'; `truncated`; a cut at a paragraph end), so the later purchases and the "
 "company's officers are not in the text. No citation markers in this rendering. No word added or changed. Kept as "
 "written: 'Inktomi Corporation was an American Internet service provider (ISP) software developer based in Foster "
 "City, California.', 'Customers included Microsoft, HotBot, Amazon.com, eBay, and Walmart.' (a search engine among "
 "the companies), 'Traffic Server was deployed by several large ISPs including AOL.', 'the company was acquired by "
 "Yahoo! for $241 million' (the mark in 'Yahoo!'), 'pronounced \"INK-tuh-me\",' (the comma outside the quotation "
 "marks), 'the trickster spider Iktomi', 'The tri-color nested cube logo was created by Tom Lamar in 1996.', "
 "'founded in January 1996 by University of California, Berkeley professor Eric Brewer and graduate student Paul "
 "Gauthier at the University of California, Berkeley', 'the top rated search engine' (no hyphen), 'led to Microsoft, "
 "Yahoo! and Disney all partnering with Inktomi', 'acquired C2B Technologies for $95 million in stock'. 229 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the revision is undated, as batches 56j, "
 "57a, 57f, 57p, 58j, 59e, 59j and 60d recorded their undated '= Title =' renderings). Found at rank 1 of the query "
 "'Inktomi Corporation was a California company that provided software for Internet service providers, founded 1996 "
 "by Eric Brewer and Paul Gauthier, acquired by Yahoo! 2003'; piglix.com (rank 2; an older copy), en.wikipedia.org's "
 "'Jump to' rendering of about 2017 (rank 3; the older wording, with seven founders named), en.m.wikipedia.org (rank "
 "4; the mobile rendering of about 2018, its infobox's key people run into the lead), absoluteastronomy.com (rank 5; "
 "lines broken inside sentences), theinfolist.com (rank 6; link glosses pasted into the text), de.zxc.wiki (rank 7; "
 "a 2005 revision) and webhostingreport.com (rank 8; a rewrite) not used. Inktomi, Eric Brewer, Gauthier, Tom Lamar, "
 "Iktomi, Foster City, HotBot, C2B, Traffic Server: " + CHECKED + " (Inktomi only in GATHERING.md's lead lists; "
 "Microsoft, Yahoo!, AOL, Amazon.com, eBay, Walmart and Disney in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- web hosting, US: Exodus Communications (Infogalactic's fork, about 2016) --------------------------------------
EXODUS = [
 "Exodus Communications was an Internet hosting service and Internet service provider to dot-com businesses. It went "
 "broke, along with many of its customers, during the bursting of the dot-com bubble. It declared Chapter 11 "
 "bankruptcy in 2001 and was purchased by Cable and Wireless in November 2001.",
 "Exodus was founded by K.B. Chandrasekhar and B.V. Jagadeesh in 1994, originally named Fouress, Inc.. Fouress then "
 "merged into Exodus Communications in 1996. Exodus Communications was the first company to offer colocation "
 "services and enterprise-level Web Hosting; it coined the term \"Internet Data Center\". It was based in Santa "
 "Clara, California. It completed an IPO on the NASDAQ in March 1998, the stock symbol was (NASDAQ: EXDS).",
 "The original headquarters was located on Benicia Ave in Sunnyvale, California. The final Exodus HQ was at 2831 "
 "Mission College Drive in Santa Clara.",
 "K.B. \"Chandra\" Chandrasekhar served as CEO from inception until September 1998. He was the Chairman until "
 "September 2000. B.V. Jagadeesh served as VP Engineering and CTO from inception until July 2000. Exodus went from a "
 "zero in 1996 to $37 billion valuation in 2000.",
 "In March 1998, Ellen Hancock, a former Vice President at IBM and CTO of Apple Computer, was recruited as President. "
 "She assumed the CEO post in September 1998. Key board members resigned in 2000. She resigned September 10, 2001.",
 "She was followed by Bill Krause as CEO on September 1, 2001. Exodus filed for bankruptcy shortly thereafter on "
 "September 26, 2001. Once the Company assets were sold off to Cable and Wireless, Bill Austin took over as the CEO.",
 "Sam Mohammad became Vice President of Sales in 1997 and grew annual revenue from just over one million dollars to "
 "almost two billion dollars in less than 5 years. Richard 'Dick' Stoltz became CFO in 1995."]
KEPT["wp-exodus-communications"] = ("exodus-infogalactic.txt", EXODUS)
R.append(wp("wp-exodus-communications", "Exodus Communications", "http://www.infogalactic.com/info/Exodus_Communications",
 "\n\n".join(EXODUS),
 "internet services/web hosting", ["history", "founding", "executives", "bankruptcy", "acquisition"],
 "The article as Infogalactic, a wiki forked from English Wikipedia in 2016 that keeps Wikipedia's text under CC "
 "BY-SA 3.0, holds it in the page store at http://www.infogalactic.com/info/Exodus_Communications (no date or "
 "revision id held; the fork's text of about 2016 or later). Cut: the title line 'Exodus Communications', the fork's "
 "lines 'From Infogalactic: the planetary knowledge core' and 'Jump to: navigation, search'; the headings 'Exodus "
 "inception' and 'Executive leadership'; the citation markers '[1][2]' (after 'on September 26, 2001.'); cut after "
 "'Richard 'Dick' Stoltz became CFO in 1995.', before the sentence the excerpt breaks off in ('Bob Sanford became VP "
 "Operations in 19'; `truncated`; a cut at a sentence end), so the later officers are not in the text. No infobox in "
 "this excerpt. No word added or changed. Kept as written: 'It went broke, along with many of its customers', 'was "
 "purchased by Cable and Wireless in November 2001' (the name spelt out with 'and'), 'originally named Fouress, Inc..' "
 "(two full stops), 'Fouress then merged into Exodus Communications in 1996.', 'enterprise-level Web Hosting' "
 "(capitals), 'it coined the term \"Internet Data Center\".', 'the stock symbol was (NASDAQ: EXDS).', 'Benicia Ave', "
 "'2831 Mission College Drive', 'K.B. \"Chandra\" Chandrasekhar served as CEO from inception until September 1998.', "
 "'He was the Chairman until September 2000.', 'B.V. Jagadeesh served as VP Engineering and CTO from inception until "
 "July 2000.', 'Exodus went from a zero in 1996 to $37 billion valuation in 2000.', 'a former Vice President at IBM "
 "and CTO of Apple Computer, was recruited as President.', 'She assumed the CEO post in September 1998.', 'She "
 "resigned September 10, 2001.' (no 'on'), 'She was followed by Bill Krause as CEO on September 1, 2001.' (a date "
 "nine days before her resignation's, as written), 'Once the Company assets were sold off to Cable and Wireless, Bill "
 "Austin took over as the CEO.' ('Company' capitalised), 'Richard 'Dick' Stoltz' (the nickname in straight single "
 "quotation marks). 297 words. No outage and no near-miss of one told ('went broke' and the bankruptcy are a business "
 "failure; GUIDELINES, Outages). Recorded CC BY-SA 3.0 (Infogalactic's own licence, and content before June 2023; as "
 "batch 32k recorded Carol Bartz's Infogalactic page). Doubtful: a fork, not a plain mirror -- batches 31i, 55i and "
 "56f set Infogalactic pages aside and batch 38's round held this very page back for that reason, while batch 32k "
 "took one whose lead matched Wikipedia's wording; this page's lead and founding sentences match en-academic.com's "
 "copy of the Wikipedia article of about 2008 (rank 2 of the same query: 'Exodus Communications was an Internet "
 "hosting service and Internet service provider to dot-com businesses. ... purchased by Cable and Wireless in "
 "November 2001', 'K.B. Chandrasekhar served as CEO from inception until September, 1998', 'In March 1998, Ellen "
 "Hancock, a former Vice President at IBM and CTO of Apple Computer, was recruited as President'), so it is judged "
 "the Wikipedia article's text of 2016 with Wikipedia's own later edits, unrewritten by the fork. Found at rank 1 of "
 "the query 'Exodus Communications was an American Internet hosting and data center company founded 1994 by K.B. "
 "Chandrasekhar and B.V. Jagadeesh, bankrupt 2001, acquired by Cable & Wireless, Wikipedia' and again at rank 1 of a "
 "second query looking for an en.wikipedia.org rendering (none came back); en-academic.com (rank 2; the 2008 copy, "
 "its words run together: 'andInternet', 'in1994'), datacenterknowledge.com (rank 3), brianstorms.com (rank 4; a "
 "blog), dqindia.com (rank 5; an interview), computerworld.com and computerweekly.com (ranks 6-8; news) not used. "
 "Exodus Communications, Chandrasekhar, Jagadeesh, Fouress, Ellen Hancock, Bill Krause, Stoltz, Sam Mohammad: " +
 CHECKED + " ('Exodus' in gold only as an English word in texts on other matters; Chandrasekhar, Jagadeesh, Hancock "
 "and Krause only in GATHERING.md's 'looked at' paragraph of batch 38's round; IBM, Apple Computer, NASDAQ and Cable "
 "and Wireless / Cable & Wireless in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article as forked by Infogalactic", site="English Wikipedia (Infogalactic fork)"))

# ---- payment processing, US: CyberSource (hubbry.com's copy, undated) -----------------------------------------------
CYBERSOURCE = [
 "Cybersource is an American payment gateway founded in 1994.",
 "In November 2007, Cybersource acquired the U.S. small business payment services provider Authorize.net for $565 "
 "million.",
 "On April 22, 2010, Visa Inc. acquired Cybersource for $2 billion.",
 "CyberSource was founded in 1994 by William S. McKiernan. The company was created to provide online payment and "
 "fraud management services for medium and large-sized merchants. It initially launched software.net, an online "
 "software store, and built the payment infrastructure for its own e-commerce operations.",
 "During the dot-com boom, CyberSource went public. The company commenced its initial public offering (IPO) on June "
 "23, 1999, issuing 4 million shares of common stock at an offering price of $11 per share. The company was listed "
 "under the stock ticker CYBS.",
 "In 2007, CyberSource announced its acquisition of Authorize.Net, a provider of payment solutions for small "
 "businesses, for $565 million. This move expanded CyberSource's market reach from its traditional base of mid-sized "
 "and enterprise customers to include small businesses.",
 "On April 21, 2010, Visa Inc. announced it had agreed to acquire CyberSource for approximately $2 billion in cash. "
 "The primary strategic rationale for the acquisition was to accelerate Visa's growth in the e-commerce sector. A "
 "key aspect of the strategy was the plan to combine CyberSource's detailed merchant-level transaction data with "
 "Visa's extensive network-wide data."]
KEPT["wp-cybersource"] = ("cybersource-hubbry.txt", CYBERSOURCE)
R.append(wp("wp-cybersource", "CyberSource", "https://www.hubbry.com/CyberSource",
 "\n\n".join(CYBERSOURCE),
 "payment processing/payment gateways", ["history", "founding", "products", "acquisitions"],
 "The article as hubbry.com's copy holds it in the page store ('from Wikipedia'; no date or revision id held). Cut: "
 "hubbry.com's page furniture ('Hubbry Logo', 'CyberSourceCyberSourceMain', 'Open search', 'CyberSource', 'Community "
 "hub', 'CyberSource', 'logo', '7 pages, 0 posts', '0 subscribers', 'Be the first to start a discussion here.' twice, "
 "'CyberSource' twice and 'from Wikipedia'), its 'Key Information' line (where the infobox stood), the heading "
 "'History' with its '[edit]' line, and the citation markers '[1]', '[2][3]', '[4]' (twice), '[5]', '[1][6]', "
 "'[6]', '[2][7]' and '[8]'; cut after '... with Visa's extensive network-wide data.', before the sentence the "
 "excerpt breaks off in ('During the acquisition announcement, Visa executives stated that combining these two data "
 "sets was a \"key synergy calculation\" and would allow for the creation of more powerful and predictive fraud "
 "prevention service'; `truncated`; a cut at a sentence end). No word added or changed. Kept as written: "
 "'Cybersource' (the lead's and the two summary lines' spelling) beside 'CyberSource' (the history's), "
 "'Authorize.net' (the summary line) beside 'Authorize.Net' (the history), 'the U.S. small business payment "
 "services provider Authorize.net', 'On April 22, 2010, Visa Inc. acquired Cybersource for $2 billion.' beside 'On "
 "April 21, 2010, Visa Inc. announced it had agreed to acquire CyberSource for approximately $2 billion in cash.' (the "
 "agreement and the purchase a day apart as the copy has them), 'It initially launched software.net, an online "
 "software store', 'medium and large-sized merchants', 'the stock ticker CYBS'. 217 words. No outage and no near-miss "
 "of one told. Recorded CC BY-SA 4.0 (undated, as batches 23b-56j recorded undated hubbry.com copies; doubtful: the "
 "content stops at 2010 and could be a revision before June 2023, then 3.0, whose attribution and share-alike terms "
 "the record meets the same way). Found at rank 1 of the query 'Cybersource is an American payment gateway founded "
 "in 1994 by William S. McKiernan, acquired by Visa Inc. 2010', built on the same copy seen at rank 5 of the query "
 "'Authorize.Net payment gateway founded 1996 Jeff Knowles, Lightbridge acquisition 2004, CyberSource acquired 2007, "
 "Visa Inc. 2010, Wikipedia'; cryptiqo.com (rank 2; a rewrite), cybersource.com (rank 3; the company's own page), "
 "paymentsviews.com and glenbrook.com (ranks 4, 6, 7; a blog), a page with no address (rank 5) and akurateco.com "
 "(rank 8) not used. CyberSource, McKiernan, software.net, Visa Inc.: " + CHECKED + " (Authorize.Net only in "
 "GATHERING.md's lead lists).", "US",
 copy_of="the Wikipedia article, via hubbry.com"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[1][2]', '[edit]', '[citation needed]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\](\s*:\s*[A-Z]?\d+(\u2013[A-Z]?\d+)?)?", "", s).split())


def verify():
    """Each kept paragraph must occur in the saved excerpt, markers dropped and whitespace runs compared as one space;
    returns problems."""
    bad = []
    for rid, (fn, paras) in KEPT.items():
        path = os.path.join(SRC, fn)
        if not os.path.exists(path):
            bad.append(rid + ": no saved excerpt " + path)
            continue
        src = _norm(open(path, encoding="utf-8").read())
        for part in paras:
            if _norm(part) not in src:
                bad.append(rid + ": not in excerpt: " + part[:60])
    return bad


if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)

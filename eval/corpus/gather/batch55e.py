#!/usr/bin/env python3
"""Batch 55e (session 54; gatherer lane 55e): company histories from English Wikipedia in the company lane of batches
36j-40zg and 54zu, turned to mid-size telecom operators: the Swiss telecommunications provider of Zurich formed in 2001
out of the fusion of diAx and sunrise, once a subsidiary of TDC A/S, owned by CVC Capital Partners until its listing of
February 2015 on the SIX Swiss Exchange, and bought by Liberty Global in 2020 (telecom, Switzerland); and the London
telecommunications company founded in 1992 by Jim Hynes with Fidelity Investments' money as City Of London
Telecommunications, renamed Colt Technology Services in 2010, buyer of a majority of MarketPrizm in 2011 and of the
Japanese KVH in 2014, and itself bought by Fidelity Investments in August 2015 (telecom, United Kingdom).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page), both from copies of the article on other sites: wikimili.com's copy (Sunrise, a revision of about 2020-2021)
and a Kiwix server's copy of the English Wikipedia dump of October 2018 (Colt); each cut at a sentence end
(`truncated`). Edits per item in `notes` (the template notice, infobox lines, citation markers and a heading cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather56e/src), the
citation markers dropped and whitespace runs compared as one space. No text tells an outage and none tells a
near-miss. newskg (or any extractor) was not run on any text. A round of two: thirteen queries, two of them answered
with English Wikipedia text on a company that is not yet in the corpus (see the round's notes,
/work/notes/gather56/55e.md).
usage: batch55e.py [POOL_DIR] [--dry]   (default /tmp/gather56e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56e/pool"
SRC = "/tmp/gather56e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, and in the "
           "session-54 pools (/tmp/gather56*/pool) as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- telecom, Switzerland: Sunrise Communications AG (wikimili.com's copy) -----------------------------------------
SUNRISE = [
 "Sunrise Communications AG (commonly known as Sunrise), is a Swiss telecommunications provider based in Zurich, owned "
 "by Liberty Global. It has 2.99 million customers making it the second-largest telecommunications company in "
 "Switzerland after Swisscom. It provides mobile, TV and landline phone and internet services. Since February 2019, "
 "Sunrise headquarters are located at Thurgauerstrasse 101b, Glattpark Opfikon. Formerly a subsidiary of TDC A/S, "
 "Sunrise had been owned by CVC Capital Partners until 2015. In February 2015, CVC realised an IPO on the SIX Swiss "
 "Exchange. Since then, Sunrise stocks are publicly traded at the Swiss Stock Exchange. In August 2020, Liberty Global "
 "announced that it will be acquiring Sunrise for $7.4 billion. The transaction was completed on November 11, 2020.",
 "Sunrise was created out of the fusion between diAx and sunrise in 2001. diAx was founded in 1997, started operating "
 "in December 1998, and belonged to 40% of the American SBC Communications, 50% of Swiss energy suppliers, and 10% of "
 "the Swiss companies Federal RWE AG. Sunrise then belonged mainly to the BT Group and the Danish Tele Danmark (TDC "
 "A/S), with Migros and the Swiss Federal Railways as junior partners. In 2000, the two companies wanted to prevent "
 "paying the bill for the UMTS licenses. Through the merger of diAx and sunrise, there were only four applicants "
 "registered for the four UMTS licenses."]
KEPT["wp-sunrise-communications"] = ("sunrise.txt", SUNRISE)
R.append(wp("wp-sunrise-communications", "Sunrise Communications AG",
 "https://wikimili.com/en/Sunrise_Communications_AG",
 "\n\n".join(SUNRISE),
 "telecom/operators", ["history", "ownership", "deal", "merger"],
 "The article as wikimili.com's copy holds it in the page store (undated, no revision id; a revision of about "
 "2020-2021: 'Owner: Liberty Global', the purchase 'completed on November 11, 2020', the infobox's 2019 revenue and "
 "staff, and the company not yet renamed). Cut: the maintenance notice 'This article needs additional citations for "
 "verification . (November 2015) (Learn how and when to remove this template message)'; the infobox lines ('Type: "
 "Limited company (Aktiengesellschaft)', 'Industry: Telecommunications', 'Founded: 2000', 'Headquarters' (empty), "
 "'Key people: Andr\u00e9 Krause (CEO) Thomas D. Meyer (Chairman of the Board)', 'Products', 'Revenue: CHF1.887 "
 "billion (2019)', 'Owner: Liberty Global', 'Number of employees: c. 1739 (2019)', 'Website: Official website', "
 "'Primary ASN: 6730', 'Traffic Levels: 100\u2013200 Gbps', with the table rules '---|---|'), so Andr\u00e9 Krause, "
 "Thomas D. Meyer and their posts are not in the text (doubtful: the only executives the page names; cut as batch "
 "54zu cut its infoboxes); the citation markers ' [4]' to ' [6]' (the infobox's '[1]' to '[3]' go with it); cut "
 "after 'four UMTS licenses.', before the sentence the excerpt breaks off ('After the fusion, the new brand na'; "
 "`truncated`; a cut inside a paragraph, doubtful), so TDC Switzerland AG, the renaming of 4 October 2007 and the "
 "Nordic Telephone Company's purchase of TDC A/S are not in the text. No heading in the excerpt (the copy runs the "
 "lead into the history paragraph). Kept as written: 'Sunrise Communications AG (commonly known as Sunrise), is' "
 "(the comma), 'It has 2.99 million customers making it' (no comma), 'Since February 2019, Sunrise headquarters are "
 "located at Thurgauerstrasse 101b, Glattpark Opfikon', 'CVC realised an IPO', 'Sunrise stocks are publicly traded "
 "at the Swiss Stock Exchange', 'announced that it will be acquiring', 'the fusion between diAx and sunrise' (the "
 "older company in lower case), 'belonged to 40% of the American SBC Communications, 50% of Swiss energy suppliers, "
 "and 10% of the Swiss companies Federal RWE AG' (the source's wording, the shares read backwards), 'Sunrise then "
 "belonged mainly to', 'the Danish Tele Danmark (TDC A/S)', 'the two companies wanted to prevent paying the bill for "
 "the UMTS licenses'. 223 words. No outage and no near-miss told. Recorded CC BY-SA 3.0 (a copy of a revision before "
 "June 2023, as batch 40ze recorded wikimili.com's copy of about 2020); doubtful in that no revision id is held. Found "
 "at rank 1 of the query 'Sunrise Communications AG Swiss telecommunications company founded history owned by "
 "Liberty Global'. Looked at and not used: computernotes4u.com's rewrite of the same article ('Sunrise LLC'; its "
 "licence not stated), de.zxc.wiki (an English machine translation of German Wikipedia), de.knowledgr.com (German), "
 "fr.qwe.wiki (French), cash.ch and handelszeitung.ch (news). diAx, 'TDC A/S', 'Tele Danmark', 'CVC Capital', "
 "Glattpark, 'Nordic Telephone': " + CHECKED + " ('Sunrise' names other subjects only: Sunrise Senior Living and "
 "Sunrise Telecom in GATHERING.md's lists of SEC matters, the city of Sunrise, Florida in batch 46d, a person in batch "
 "54zh; SBC Communications in FCC and DOJ texts on US mergers; Liberty Global in batch 27d's train text on O2 UK; "
 "none is a history of Sunrise).", "non-US",
 v3=True, copy_of="the Wikipedia article as it stood in about 2020-2021, wikimili.com's copy"))

# ---- telecom, United Kingdom: Colt Technology Services (a Kiwix copy of the October 2018 dump) ----------------------
COLT = [
 "Colt Technology Services, (formerly COLT Telecom Group S.A.) is a multinational telecommunications company "
 "headquartered in London, United Kingdom. It was listed on the London Stock Exchange and was a constituent of the "
 "FTSE 250 Index until it was acquired by Fidelity Investments in August 2015.",
 "Colt was founded in 1992 by Jim Hynes with funds provided by Fidelity Investments as City Of London "
 "Telecommunications. The company began to construct a telecoms network in London. In 1993 it was awarded a licence "
 "to compete with British Telecom and Cable and Wireless in voice and data transmission. It was first listed on the "
 "London Stock Exchange in 1996. The group later expanded into Europe, building networks in major European cities "
 "over the next 10 years. In 2001 Fidelity helped the Company to raise a further \u00a3400m to finance its future "
 "activities. In 2005 the company reached its first year of positive cash flow, and in 2007 its first year of "
 "profit. In April 2009 Colt completed an Open Offer raising \u20ac199.1m (including a \u20ac9.7m foreign exchange "
 "gain) before expenses with the issue of 211.0 million shares. In 2010 Colt rebranded from COLT Telecom to Colt "
 "Technology Services, deleting the acronym City of London Telecommunications to reflect its pan-European nature. "
 "In May 2011 Colt acquired a majority shareholding in MarketPrizm, a provider of low latency market data and "
 "trading infrastructure services.",
 "On 12 November 2014, Colt acquired KVH, a Japanese Telecom service provider, helping Colt to expand its capability "
 "in the growing Asian market.",
 "In August 2015 the company was acquired by Fidelity Investments."]
KEPT["wp-colt-technology-services"] = ("colt.txt", COLT)
R.append(wp("wp-colt-technology-services", "Colt Technology Services",
 "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Colt_Group_S.A..html",
 "\n\n".join(COLT),
 "telecom/operators", ["history", "founding", "ownership", "acquisition"],
 "The article as a Kiwix server's copy of the English Wikipedia dump of October 2018 ('wikipedia_en_all_maxi_2018-10') "
 "holds it in the page store, at the entry 'Colt_Group_S.A.' (an older title of the article) under the heading 'Colt "
 "Technology Services'; no revision id. Cut: the title line 'Colt Technology Services' (twice); the infobox lines "
 "('Soci\u00e9t\u00e9 anonyme in Luxembourg', 'Traded as LSE: COLT', 'Industry Telecoms, Managed services', 'Founded "
 "1992 (London)', 'Headquarters London, England, United Kingdom', 'Key people', 'Michael Wilens (Chairman)', 'Carl "
 "Grivner (CEO)', 'Website www.colt.net'), so Michael Wilens, Carl Grivner and their posts are not in the text "
 "(doubtful: the only executives the page names; cut as batch 54zu cut its infoboxes); the citation markers '[1]' to "
 "'[7]'; the heading 'History'; cut after 'acquired by Fidelity Investments.', before the heading 'Operations' and "
 "the line the excerpt breaks off ('Colt has offices in 22 '; `truncated`). Kept as written: 'Colt Technology "
 "Services, (formerly COLT Telecom Group S.A.) is' (the comma before the bracket), 'City Of London "
 "Telecommunications' beside the later 'City of London Telecommunications', 'British Telecom and Cable and "
 "Wireless', 'Fidelity helped the Company to raise', 'an Open Offer raising \u20ac199.1m (including a \u20ac9.7m "
 "foreign exchange gain) before expenses', 'rebranded from COLT Telecom to Colt Technology Services, deleting the "
 "acronym', 'a majority shareholding in MarketPrizm', 'KVH, a Japanese Telecom service provider'. 261 words. No outage "
 "and no near-miss told. Recorded CC BY-SA 3.0 (a copy of the dump of October 2018, before Wikimedia's move to 4.0 "
 "in June 2023). Found at rank 3 of the query 'Colt Technology Services telecommunications company founded 1992 "
 "Fidelity Investments London history wikipedia'. Looked at and not used: en.wikipedia.org's own rendering at "
 "'COLT_Group' (rank 4; an older revision of about 2014, whose excerpt breaks off at 'The com' before MarketPrizm and "
 "KVH), pinocchiopedia.com's copy of a newer revision (rank 1; the excerpt breaks off at 'On 12 Nove', before KVH "
 "and Fidelity's purchase; the site's terms not found), freshbusinessthinking.com's rewrite ('Source: Wikipedia'), "
 "colt.net's 'Our story' (company page, not openly licensed), thisismoney.co.uk, capacitymedia.com and icloud.pe "
 "(news). 'Colt Technology', 'COLT Telecom', 'Colt Group', MarketPrizm, KVH, 'Jim Hynes', 'City Of London "
 "Telecom': " + CHECKED + " (Fidelity Investments is named in batch 32k's test text on Abigail Johnson, a "
 "biography, and GATHERING.md's lines on it, not opened; none is a history of Colt).", "non-US",
 v3=True, copy_of="the Wikipedia article as it stood in October 2018, a Kiwix copy of the English Wikipedia dump"))


def _norm(s):
    """The text without citation markers ('[4]', ' [4]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\d+\]", "", s).split())


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

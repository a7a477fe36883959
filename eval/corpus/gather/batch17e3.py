#!/usr/bin/env python3
"""Batch 17e part 3: a parliament's IT services cut back after a cyber attack on its network users' accounts (UK
Parliament, 24 June 2017), told in Parliament's own statement of 26 June 2017 (UK Parliament, Open Parliament Licence
v3.0). The text is the search tool's page-store copy (corpus `pages`) of the statement on webtest.parliament.uk (a
UK Parliament host carrying the parliament.uk news page), embedded here whole. Written after parts 1 and 2
(batch17e.py, batch17e2.py) were annotated and split, so that their splits stay untouched. Edits in `notes`; no word
added or changed.
usage: batch17e3.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all, LICENCES, OPL_NOTICE

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"


def rec(id, url, published, title, kind, text, sector, region, topics, notes, origin, truncated=True):
    """One pool record under the Open Parliament Licence; `kind` names the author and the kind of item."""
    on = f", {published}" if published else ""
    att = f"{OPL_NOTICE}. {kind}, '{title}'{on}, {url}"
    return {"id": id, "source": url, "licence": LICENCES["OPL"], "attribution": att, "published": published,
            "title": title, "text": text, "sector": sector, "region": region, "topics": topics.split(","),
            "origin": origin, "notes": notes, "truncated": truncated}


R = [rec("uk-parliament-statement-cyber-incident-parliamentary-network-2017",
 "https://webtest.parliament.uk/business/news/news-by-year/2017/june/cyber-incident", "2017-06-26",
 "Statement regarding cyber incident", "UK Parliament, news statement",
 "On 24 June we discovered unauthorised attempts to access accounts of parliamentary networks users and are investigating this ongoing incident, working closely with the National Cyber Security Centre.\n\n"
 "Parliament has robust measures in place to protect all of our accounts and systems.\n\n"
 "Parliament's first priority has been to protect the parliamentary network and systems from the sustained and determined cyber attack to ensure that the business of the Houses can continue.\n\n"
 "This has been achieved and both Houses will meet as planned today.\n\n"
 "Investigations are ongoing, but it has become clear that significantly fewer than 1% of the 9,000 accounts on the parliamentary network have been compromised as a result of the use of weak passwords that did not conform to guidance issued by the Parliamentary Digital Service.\n\n"
 "As they are identified, the individuals whose accounts have been compromised have been contacted and investigations to determine whether any data has been lost are under way.\n\n"
 "Parliament is now putting in place plans to resume its wider IT services.\n\n"
 "We'll continue to update Members of both Houses of Parliament and the public.",
 "government/parliament IT", "non-US", "outage",
 "Parliament's news statement; the page chrome ('Skip to main content', 'Menu', 'Image of UK Parliament portcullis'), the heading (kept as title), the date line '26 June 2017' (kept as `published`) and the closing line 'Updated 11am, 26 June 2017' left out. The whole statement otherwise (`truncated` false). The host webtest.parliament.uk carries parliament.uk's news pages; parliament.uk material is under the Open Parliament Licence v3.0. The cyber attack on the parliamentary network of 24 June 2017 is new to the corpus; the Lord Speaker's statement of the same day and Parliament's update of 20 July 2017 were left out as the same event.",
 "UK Parliament website (page store)", truncated=False)]

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

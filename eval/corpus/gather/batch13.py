#!/usr/bin/env python3
"""Batch 13: Wikinews 'Economy and business' articles from the toscaData R package that no earlier batch used
(acquisitions agreed, completed and only bid for, partnerships, orders, subsidiaries; chief executives, chairmen,
successions), most of them outside the US.
Candidates: a keyword scan of the economy set for ids named in no gold file, gather script, pool record or
GATHERING.md (chief executive / chairman / managing director / appointed / resign / steps down / acquire / merger /
takeover / joint venture / partnership / subsidiary / buys / bought), 120-900 words, titles not in the corpus, plus
leads that batch 12 listed as not yet read; every text was read. The same scan for outage words found no company
outage (as batches 8-12 found), so the outage texts of this batch come from the search tool's page store
(batch13b.py).
Edits are listed per item: conversion residue (category words at the start, '<noinclude>', '__NOTOC__', image residue
'right', '=== heading ===' markers, '== Previous related news ==' tails, external-link brackets, spaces inside words
split by a link) removed, and a sentence or paragraph that lost linked words in the conversion cut (the note says
which); no word is added.
usage: batch13.py [POOL_DIR]   (default /work/corpus-work/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from toscadata_lib import load, selected
from batch12 import rec

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/work/corpus-work/pool"
HEAD = (r"\s*===\s*[^=]+?\s*===\s*", "\n\n")
# id: (sector, region, topics, leading residue to cut, [(regex, replacement)], note)
SEL = {
 "ID17785": ("retail/investment", "non-US", "deal", "", [], ""),
 "ID102171": ("airlines", "non-US", "deal", "Italy", [], "Leading category word 'Italy' cut."),
 "ID106109": ("airlines", "non-US", "deal,leadership", "",
              [(r"India n airlines", "Indian airlines"), (r"MD-11 s", "MD-11s"), (r"A340 s", "A340s"), (r"A330 s", "A330s"), (r"Asia n routes", "Asian routes")],
              "'India n', 'MD-11 s', 'A340 s', 'A330 s', 'Asia n' (split by links) joined."),
 "ID21782": ("tech/internet", "mixed", "deal", "right right Online", [(r"\s*== Previous related news ==.*$", "")],
             "Leading image residue 'right right' and category word 'Online' cut; '== Previous related news ==' tail cut."),
 "ID23773": ("tech/software", "mixed", "deal,leadership", "right",
             [(r"\[http://www\.bizjournals\.com/\S+ EDS/Sabre\]", "EDS/Sabre"), (r"Yahoo \[http://finance\.yahoo\.com/ Finance\]", "Yahoo Finance"),
              (r"\[http://www\.oracle\.com/\S+ Charles Rozwat\]", "Charles Rozwat")],
             "Leading image residue 'right' cut; three external-link brackets reduced to their link text (EDS/Sabre, Yahoo Finance, Charles Rozwat)."),
 "ID81377": ("retail/fashion", "non-US", "deal,leadership", "", [(r"Sweden -based", "Sweden-based")], "'Sweden -based' (split by a link) joined."),
 "ID110403": ("airlines", "non-US", "deal,leadership", "United Kingdom", [], "Leading category words 'United Kingdom' cut."),
 "ID119854": ("steel", "non-US", "restructuring,leadership", "", [], ""),
 "ID118591": ("retail", "non-US", "deal,leadership", "United Kingdom", [], "Leading category words 'United Kingdom' cut."),
 "ID67167": ("tech/computers", "mixed", "deal,product,leadership", "<noinclude>", [], "Leading '<noinclude>' tag cut."),
 "ID6447": ("retail/electronics", "mixed", "regulatory,deal,leadership", "", [(r"A U\.S\.\n\nDistrict Court", "A U.S. District Court")],
            "A paragraph break wrongly inferred after 'U.S.' (inside 'A U.S. District Court') removed."),
 "ID77474": ("airlines", "non-US", "product,leadership", "New Zealand", [], "Leading category words 'New Zealand' cut."),
 "ID75148": ("airports/airlines", "non-US", "deal,leadership", "New Zealand", [(r"Australia n laws", "Australian laws")],
             "Leading category words 'New Zealand' cut; 'Australia n' (split by a link) joined."),
 "ID41342": ("steel", "non-US", "deal,leadership", "right", [], "Leading image residue 'right' cut."),
 "ID209059": ("airlines", "US", "deal,leadership", "__NOTOC__", [HEAD], "Leading '__NOTOC__' cut; one '=== heading ===' line turned into a paragraph break."),
 "ID75920": ("media/publishing", "US", "deal,leadership", "",
             [(r"\n\nNews Corp\. owns and operates dozens of large media companies, .*Photobucket\.$", "")],
             "The last paragraph cut where a newspaper's linked name was lost ('... newspapers The New York Post, The Australian, and, magazines ...')."),
 "ID31806": ("media/film", "US", "deal,leadership", "", [], ""),
 "ID8149": ("autos", "non-US", "restructuring,deal", "", [], ""),
 "ID113048": ("banking", "US", "deal,leadership", "", [], ""),
 "ID62063": ("retail", "non-US", "earnings", "", [], ""),
 "ID37543": ("steel", "non-US", "deal,regulatory", "", [], ""),
 "ID24423": ("internet/search", "US", "deal,product,leadership", "", [], ""),
 "ID16532": ("stock exchanges", "US", "deal", "", [], ""),
 "ID42520": ("tech/IT services", "mixed", "leadership", "", [], ""),
 "ID126468": ("food/dairy", "non-US", "leadership,deal", "Obituaries", [(r"yoghurt -producer", "yoghurt-producer")],
              "Leading category word 'Obituaries' cut; 'yoghurt -producer' (split by a link) joined."),
 "ID120989": ("media/music", "non-US", "restructuring,deal,leadership", "",
              [(r"Wales ' Bullet", "Wales' Bullet"), (r"Netherlands ' Within", "Netherlands' Within"),
               (r"The label has also worked with Sturm und Drang, Apocalyptica and\. ", "")],
              "'Wales '' and 'Netherlands '' (split by links) joined; one sentence cut where a band's linked name was lost ('The label has also worked with Sturm und Drang, Apocalyptica and.')."),
 "ID98593": ("retail/property", "non-US", "deal", "", [], ""),
 "ID35082": ("telecoms", "US", "deal,leadership", "", [(r"Europe an rivals", "European rivals")], "'Europe an' (split by a link) joined."),
 "ID47017": ("retail/convenience stores", "mixed", "deal,leadership", "", [], ""),
 "ID23824": ("internet", "US", "deal,leadership", "",
             [(r"\[http://weblogs\.com/ Weblogs\.com\]", "Weblogs.com"), (r"\[http://scripting\.com/ Scripting News Inc\.\]", "Scripting News Inc."),
              (r"\[http://www\.verisign\.com/\S+ Mark McLaughlin\]", "Mark McLaughlin"),
              (r"\n\nWeblogs\.com offers a ping service that uses to alert people to new content posted on a blog or website\.", "")],
             "Three external-link brackets reduced to their link text (Weblogs.com, Scripting News Inc., Mark McLaughlin); one sentence cut where a linked word was lost ('Weblogs.com offers a ping service that uses to alert people ...')."),
 "ID13475": ("energy/oil", "mixed", "deal,regulatory", "", [(r"\s+publish$", "")], "Trailing residue 'publish' cut."),
}


def main():
    d = load()
    return [rec(*x) for x in selected(d, SEL)]


if __name__ == "__main__":
    write_all(main(), POOL, dry="--dry" in sys.argv)

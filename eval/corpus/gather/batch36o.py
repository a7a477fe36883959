#!/usr/bin/env python3
"""Batch 36o (session 37; helper gather37o): English Wikipedia texts (CC BY-SA) on business executives told as news,
part 18 of the executive-biography lane, the fifth round of batch 36 beside 36h and 36p. This round went to two
South-East Asian family-group heads: Lim Kok Thay (chairman of the Malaysian casino and resort group Genting and
co-founder of its cruise arm, formerly Star Cruises) and Kwek Leng Beng (executive chairman of the Singapore
property and hotel group City Developments Limited and of Hong Leong Group Singapore). Texts are the search tool's
page-store excerpts (`search`, corpus `pages`; never a whole page): one proxy rendering of the en.wikipedia.org page
and one WikiMili copy, each cut at the last full paragraph before the excerpt breaks off (`truncated`). Edits per
item in `notes`; no word added or changed. newskg (or any extractor) was not run on any text.
usage: batch36o.py [POOL_DIR] [--dry]   (default /tmp/gather37o/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather37o/pool"

# every item: the subject's name and the companies, people and places of the text were grepped in train/dev/test
# (file names and counts only; no test file opened), in every gather script, in GATHERING.md and in this session's
# other pools (/tmp/gather37*/pool as they stood at about 06:30 UTC)
R = []
# ---- Malaysia --------------------------------------------------------------------------------------------------------
R.append(wp("wp-lim-kok-thay", "Lim Kok Thay",
 "https://arietiform.com/application/nph-tsq.cgi/en/20/https/en.wikipedia.org/wiki/Lim_Kok_Thay",
 "Tan Sri Lim Kok Thay (simplified Chinese: \u6797\u56fd\u6cf0; traditional Chinese: \u6797\u570b\u6cf0; "
 "Pe\u030dh-\u014de-j\u012b: L\u00eem Kok-Th\u00e0i; born 16 August 1951) is a Malaysian Chinese billionaire "
 "businessman. He is the chairman of Genting Group, a casinos, resorts and palm oil conglomerate with a market "
 "capitalization of almost MYR40 billion, and the second son of fellow billionaire Lim Goh Tong, the company's "
 "founder.\n\n"
 "Lim is the chairman and board executive of Genting Malaysia Berhad & Genting Berhad, also known as Genting Group, "
 "a conglomerate active in leisure & hospitality, power generation, oil palm plantations, property development, "
 "biotechnology, and oil & gas business activities.\n\n"
 "He is the co-founder of Genting Hong Kong Limited, formerly known as Star Cruises Limited. Star Cruises, together "
 "with Norwegian Cruise Line was in 2011 the third largest cruise operator in the world, with a combined fleet of 18 "
 "ships providing about 35,000 lower berths.\n\n"
 "He has a bachelor's degree in civil engineering from University of London. He attended the six-week advanced "
 "management programme of Harvard Business School, the US in 1979.",
 "casinos, resorts and cruises (leadership)", ["leadership"],
 "The en.wikipedia.org page as the page store holds it through a web proxy (arietiform.com, 'Location via proxy'; "
 "content of 2024-2025: '(age 73)'; recorded CC BY-SA 4.0; no revision id): the proxy's bar, 'Jump to content', the "
 "title line, 'From Wikipedia, the free encyclopedia', the infobox lines ('Born (1951-08-16) ...', 'Title Chairman, "
 "Genting Group and Star Cruises', 'Parent(s) Lim Goh Tong', the Chinese-name table), the heading 'Career' with its "
 "'[edit]' and the citation markers '[1]'-'[5]' cut; kept as written: 'MYR40 billion', 'Genting Malaysia Berhad & "
 "Genting Berhad, also known as Genting Group', 'Star Cruises, together with Norwegian Cruise Line was' (no comma), "
 "'from University of London', 'Harvard Business School, the US in 1979'; cut after 'the US in 1979.', before 'In "
 "1976, he was appointed a director of Genting Group. The Genting Group grew from a single listed entity', a "
 "paragraph the excerpt breaks off (`truncated`). The store also holds an arc.ask3.ru copy of the same page (an "
 "'?action=edit' address; not used) and a netlify page mixing the article with Chinese and Indonesian text (not "
 "used). Lim Kok Thay, Lim Goh Tong, Genting, Star Cruises, Norwegian Cruise: 0 in train/dev/test, in every gather "
 "script, in GATHERING.md and in every pool of this session; Harvard Business School and University of London in "
 "several files (other subjects).",
 "non-US"))

# ---- Singapore -------------------------------------------------------------------------------------------------------
R.append(wp("wp-kwek-leng-beng", "Kwek Leng Beng", "https://wikimili.com/en/Kwek_Leng_Beng",
 "Kwek Leng Beng (born 27 January 1941) is a Singaporean businessman. He is the executive chairman of City "
 "Developments Limited (CDL) and Hong Leong Group Singapore,the latter being a diversified conglomerate founded by "
 "his father in 1941. Under his leadership,CDL expanded globally through major hotel acquisitions,including The "
 "Gloucester and New York's Millennium Hotel,and held an 80% stake in the Plaza Hotel with Saudi investor Al Waleed "
 "bin Talal in 1995. He merged CDL's hotel chains into Millennium &Copthorne Hotels,which became the first "
 "Singapore-based company with primary listing on the London Stock Exchange in 1996.\n\n"
 "Kwek developed several iconic Singapore properties,including King's Hotel in 1968,Republic Plaza in 1998,and The "
 "Sail @ Marina Bay in 2002. He was also involved in the early bidding for Marina Bay Sands through a partnership "
 "with Las Vegas Sands,though CDL withdrew in 2006. Forbes has consistently ranked Kwek as one of the richest people "
 "in Singapore;in January 2026,the magazine estimated his net worth at $4.8 billion.\n\n"
 "Kwek Leng Beng was born on 27 January 1941 in Singapore,the second child and first son of Kwek Hong Png and his "
 "first wife,Tan Cheng Neo. Kwek's father \u2014who had left Tongan,Fujian,China for Singapore as a penniless "
 "teenager \u2014founded general trading firm Hong Leong a few months after Kwek's birth. World War II put a "
 "temporary halt to the fledgling business and Kwek's mother died from shock after a bombing raid.",
 "property and hotels (leadership)", ["leadership"],
 "A copy of the Wikipedia article made by WikiMili (https://wikimili.com/en/Kwek_Leng_Beng; content of January 2026 "
 "or after: 'in January 2026'; CC BY-SA 4.0; no revision id; WikiMili's own terms not looked for, doubtful): the "
 "infobox table ('Born', 'Education', 'Spouse', 'Children', 'Relatives', the Chinese-name table), the citation "
 "markers '[1]'-'[4]' and the heading before the third paragraph (not shown by the copy) cut; kept as written: the "
 "copy's missing spaces after commas and semicolons ('Singapore,the', 'leadership,CDL', 'acquisitions,including', "
 "'Millennium &Copthorne Hotels,which', 'Singapore;in January 2026,the', 'Tongan,Fujian,China') and before dashes "
 "('\u2014who', '\u2014founded'), an artefact of the copy, left because no word may be changed (doubtful: the lead "
 "may prefer to drop the item for it); cut after 'died from shock after a bombing raid.', where the excerpt ends "
 "(`truncated`: the rest of the early life and the career are not in the excerpt). Kwek, City Developments, Hong "
 "Leong Group Singapore, Millennium & Copthorne, Plaza Hotel, King's Hotel, Republic Plaza, Marina Bay, Las Vegas "
 "Sands: 0 in train/dev/test, in every gather script, in GATHERING.md and in every pool of this session; 'Hong "
 "Leong' in one file (another subject), 'Waleed' in one file and 3 lines elsewhere (Al-Waleed bin Talal named on "
 "other subjects, never a subject used); Gloucester, London Stock Exchange, Forbes, Singapore in several files "
 "(other events).",
 "non-US"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

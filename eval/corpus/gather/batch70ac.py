#!/usr/bin/env python3
"""Batch 70ac (session 64; gatherer lane 70ac): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-70y, kept to three transport companies new to the corpus, turned from the leads of rounds
70l, 70r and 70w (their 'Not yet queried' lists checked first: Hants & Dorset was taken; Dragon Airways, Tradair,
British Westpoint Airlines, Don Everall Aviation, Mercury Airlines, the East Kent Road Car Company, the Cambrian
Railways and the Great North of Scotland Railway gave no usable English Wikipedia text naming a person, or none at all;
Australian airlines of the same kind as 70r's British independents were then queried): Butler Air Transport, the
Australian airline of 1934-1959 founded by C. Arthur Butler, Ansett Transport Industries' purchase of Australian
National Airways in 1957 and its control of Butler (airlines, Australia); Connellan Airways (later Connair), the Alice
Springs airline of 1939-1980 founded as Survey & Inland Transport by Edward Connellan, its mail run after discussion
with John McEwen, its contract with the Royal Flying Doctor Service, its sale to East-West-Airlines in 1980 (airlines,
Australia); and Hants & Dorset Motor Services Ltd, the southern England bus operator of 1920-1983, formed in 1916 as
the Bournemouth & District Motor Services Limited by the British Automobile Traction Company Limited and others, its
purchase of Trade Cars of Southampton, the Tilling Group's interest, the Southern Railway's half-share passing to the
British Transport Commission and the Transport Holding Company, British Associated Transport (bus operators, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' renderings of 'Butler Air Transport', 'Connellan Airways' and 'Hants &
Dorset' (no revision id; recent; recorded 4.0). Each cut before the end of the article (all `truncated`): Butler Air
Transport before the sentence its excerpt breaks off in, Connellan Airways before the heading its excerpt breaks off
in, Hants & Dorset before the heading and the sentence its excerpt breaks off in. Edits per item in `notes` (title,
infobox and heading lines cut; paragraphs as the rendering sets them apart; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather70ac/src), the markers ('[1]', ' [1]', '[nb 1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-70w did. No text
tells an outage. newskg (or any extractor) was not run on any text. A round of three: fourteen queries, three
answered with English Wikipedia text on a transport company not yet in the corpus and were taken, the rest left (round
notes, /tmp/gather70ac/NOTES.md; queries, /tmp/gather70ac/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70ac.py [POOL_DIR] [--dry]   (default /tmp/gather70ac/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ac/pool"
SRC = "/tmp/gather70ac/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, Australia: Butler Air Transport (en.wikipedia.org's '= Title =' rendering, recent) --------------------
BUT = [
 "Butler Air Transport was an Australian airline founded by C. Arthur Butler to operate air transport primarily among "
 "New South Wales airports in Australia, from 1934 until 1959.",
 "Arthur Butler, OBE (1902\u20131980) was an English-Australian aviator whose first aviation experience was as a "
 "toolmaker and later ground engineer in Sydney then Hay. Butler was engineer to pilot Francis Stewart Briggs who "
 "taught Butler to fly at Hay. After getting a pilot's license, he became a barnstormer before, in 1934, winning the "
 "contract for the Charleville to Cootamundra leg of the England-Australia airmail route. The Butler Air Transport Co "
 "lost the contract on the contract's expiry in 1938, but went on to operate as a civil airline, serving country "
 "towns in New South Wales and Queensland.",
 "During World War II Butler Air Transport continued operating on a limited scale and also manufactured parts for the "
 "Australian war effort on a cost-recovery basis. At the end of the war, Butler registered Butler Air Transport Pty "
 "Ltd as a public company. It became the most successful airline in New South Wales, operating three Douglas DC-3s, "
 "Avro Ansons, De Havilland Herons and three Airspeed Ambassadors.",
 "Butler encouraged employee ownership of the company, and in 1947, they owned 51 per cent.",
 "In the late 1940s, the Chifley Labor Government sought to nationalise the airlines. In the early 1950s the "
 "coalition government abandoned nationalisation and instead adopted the Two Airlines Policy favouring Ansett Airways "
 "and Trans-Australia Airlines. Arthur Butler fought against the trend, including an intended buy-out in the early "
 "1950s by Australian National Airways. In 1955 Butler acquired two Vickers Viscounts. Ansett Transport Industries "
 "acquired Australian National Airways in 1957, thus acquiring appreciable stock in Butler Air Transport, then "
 "acquired more from staff stockholders until it controlled Butler."]
KEPT["wp-butler-air-transport"] = ("butler-air-transport-enwiki.txt", BUT)
R.append(wp("wp-butler-air-transport", "Butler Air Transport", "https://en.wikipedia.org/wiki/Butler_Air_Transport",
 "\n\n".join(BUT),
 "transport/airlines", ["history", "founding", "airmail contract", "fleet", "takeover"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70w recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Butler Air Transport ='; the infobox lines between the title and "
 "the lead ('Infobox', '- Airline: Butler Air Transport'); the heading '==History=='; cut after '... then acquired "
 "more from staff stockholders until it controlled Butler.', before the sentence the excerpt breaks off in ('Despite "
 "a lega'; `truncated`). No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank "
 "lines). No word added or changed. Kept as written: 'founded by C. Arthur Butler', 'Arthur Butler, OBE "
 "(1902\u20131980)' (an en dash), 'Sydney then Hay', 'Butler was engineer to pilot Francis Stewart Briggs', 'a "
 "pilot's license' (so spelt), 'the England-Australia airmail route', 'The Butler Air Transport Co', 'on the "
 "contract's expiry in 1938', 'During World War II Butler Air Transport continued' (no comma), 'Butler registered "
 "Butler Air Transport Pty Ltd as a public company', 'three Douglas DC-3s, Avro Ansons, De Havilland Herons and three "
 "Airspeed Ambassadors', '51 per cent', 'the Chifley Labor Government', 'the Two Airlines Policy', 'an intended "
 "buy-out in the early 1950s by Australian National Airways', 'two Vickers Viscounts', 'thus acquiring appreciable "
 "stock in Butler Air Transport, then acquired more from staff stockholders until it controlled Butler'; the bare "
 "'Butler' for both the man and (last) the company, as written. 293 words. No outage and no near-miss of one told "
 "(a lost contract and a takeover, business events). Found at rank 8 of the query 'Butler Air Transport Arthur "
 "Butler airline founded Sydney Ansett takeover' (query 10); an older en.wikipedia.org page of the article with its "
 "'From Wikipedia' lines (rank 5; the same facts in an earlier wording), wikisum.wiki's reordered sentences (rank 1), "
 "de.knowledgr.com's German translation (rank 2), aviationcollection.org's and the Powerhouse Museum's own histories "
 "(ranks 3, 4, 6) and wikimili.com's 'Cecil Arthur Butler' (rank 7; a biography) not used. Butler Air, Arthur "
 "Butler, Francis Stewart Briggs, Cootamundra, Charleville: " + CHECKED + ".", "Australia"))

# ---- airlines, Australia: Connellan Airways (en.wikipedia.org's '= Title =' rendering, recent) ----------------------
CON = [
 "Connellan Airways (later Connair) was an airline headquartered in Alice Springs, Australia. It operated scheduled "
 "flights as well other air transport services throughout the Northern Territory from 1939 to 1980.",
 "The company was founded in 1939 as Survey & Inland Transport by Edward Connellan, an aviation pioneer. In 1938, "
 "Connellan had conducted two aerial surveys of the Northern Territory, and after discussion with John McEwen, the "
 "then responsible Federal Minister, undertook a fortnightly mail run between Alice Springs and Wyndham, Western "
 "Australia. He also signed a contract with the Royal Flying Doctor Service.",
 "In the midst of World War II, Connellan consolidated his air services, which had grown viable and included more "
 "routes, and registered Connellan Airways on 23 July 1943. In the post-war years Connellan Airways grew, acquiring "
 "new routes and equipment. In February 1951 it became a limited company, with many of the shares held by station "
 "people and staff. In 1963 Connellan Airways became a regular public transport operator. The Royal Flying Doctor "
 "Service continued to charter Connellan Airways aircraft up to 1965, when it purchased two aircraft from the "
 "company, but continued using Connellan pilots until 1973.",
 "In 1970 the company name was changed to Connair. Over the next decade, financial difficulties had to be faced. "
 "Subsequently, Connair was sold to East-West-Airlines on 14 March 1980 and renamed Northern Airlines; it went into "
 "liquidation in 1981. After the sale, the Connellan Airways Trust was set up, using some of the proceeds.",
 "The Central Australia Aviation Museum is located in the original Connellan Airways Hangar. It is a part of the "
 "Araluen Cultural Precinct."]
KEPT["wp-connellan-airways"] = ("connellan-airways-enwiki.txt", CON)
R.append(wp("wp-connellan-airways", "Connellan Airways", "https://en.wikipedia.org/wiki/Connellan_Airways",
 "\n\n".join(CON),
 "transport/airlines", ["history", "founding", "mail run", "contract", "renaming", "sale", "liquidation"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70w recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Connellan Airways ='; the infobox lines between the title and the "
 "lead ('Infobox', '- Airline: Connellan Airways, Connair', '- Iata: CK', '- Founded: 1939', '- Ceased: 1980 , "
 "(acquired by East-West-Airlines)', '- Headquarters: Alice Springs, Australia', '- Key People: Edward Connellan "
 "(founder)', '- Bases: Alice Springs Airport', so Alice Springs Airport is not in the text); the heading "
 "'==History=='; cut after '... It is a part of the Araluen Cultural Precinct.', before the heading the excerpt breaks "
 "off in ('==Incidents and '; `truncated`). No citation markers in this rendering. Paragraphs as the rendering sets "
 "them apart (blank lines). No word added or changed. Kept as written: 'Connellan Airways (later Connair)', 'scheduled "
 "flights as well other air transport services' (no 'as'), 'founded in 1939 as Survey & Inland Transport by Edward "
 "Connellan', 'John McEwen, the then responsible Federal Minister', 'Wyndham, Western Australia', 'He also signed a "
 "contract with the Royal Flying Doctor Service.', 'registered Connellan Airways on 23 July 1943', 'station people "
 "and staff', 'a regular public transport operator', 'continued to charter Connellan Airways aircraft up to 1965', "
 "'Connellan pilots', 'sold to East-West-Airlines on 14 March 1980 and renamed Northern Airlines' (the hyphenated "
 "name), 'the Connellan Airways Trust', 'the original Connellan Airways Hangar', 'the Araluen Cultural Precinct'. "
 "267 words. No outage and no near-miss of one told (financial difficulties and a liquidation, business events; the "
 "excerpt stops before the article's 'Incidents and accidents'). Found at rank 3 of the query 'Connellan Airways "
 "Connair sold East-West Airlines 1980 liquidation Survey & Inland Transport' (query 13; claimed first from "
 "wikimili.com's copy at rank 5 of query 12, which breaks off in 1963, and the rendering taken instead, a line in the "
 "claims saying so); 845018.h0gkzb4o2.asia's copy (rank 2; an older wording, 'It went into liquidation shortly "
 "after.'), liquisearch.com's section copy (rank 1), simple.m.wikipedia.org's Simple English article (rank 4), "
 "theinfolist.com's copy with glosses run into the sentences (rank 5), en.wikipedia.org's 'Edward Connellan' (a "
 "biography), alicespringsnews.com.au (news), wilmap.com.au and the Northern Territory Dictionary of Biography "
 "(copyrighted) not used. Connellan, Connair, Survey & Inland, Royal Flying Doctor, John McEwen: " + CHECKED + ".",
 "Australia"))

# ---- bus operators, UK: Hants & Dorset (en.wikipedia.org's '= Title =' rendering, recent) --------------------------
HD = [
 "Hants & Dorset Motor Services Ltd was a stage carriage bus service operator in southern England between 1920 and "
 "1983.",
 "In 1916, the British Automobile Traction Company Limited (a subsidiary of the British Electric Traction Company) and "
 "others formed the Bournemouth & District Motor Services Limited. Following the purchase of Trade Cars of "
 "Southampton in 1920, the Hants & Dorset Motor Services Ltd name was adopted. In that same year, the Tilling Group "
 "bought an interest in the company and from that year until 1929 Hants & Dorset grew rapidly.",
 "In 1929, the Southern Railway took up its option to buy shares, under the terms of the Road & Rail Transport Act "
 "1928, when the four railway companies were able to invest in bus operators.",
 "By the late 1920s and early 1930s, the network of Hants & Dorset bus services was largely complete. Hants & Dorset "
 "operated buses in an area approximately bounded by Bournemouth, Poole, Southampton, Lymington, Fareham and "
 "Winchester. Hants & Dorset replaced the trams operated by Poole Corporation in 1935.",
 "The Southern Railway's half-share in Hants & Dorset passed to the government-owned British Transport Commission "
 "when the railway company was nationalised in 1948, which then passed to the Transport Holding Company (THC) in "
 "1963. British Automobile Traction sold its shares to the Tilling Group in 1942, who in turn sold out to British "
 "Associated Transport in 1949, and thus Hants & Dorset became 100% government owned."]
KEPT["wp-hants-dorset"] = ("hants-dorset-enwiki.txt", HD)
R.append(wp("wp-hants-dorset", "Hants & Dorset", "https://en.wikipedia.org/wiki/Hants_&_Dorset",
 "\n\n".join(HD),
 "transport/buses", ["history", "formation", "renaming", "shareholders", "nationalisation"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store, at "
 "en.wikipedia.org/wiki/Hants_%26_Dorset (the address here built from the title, '&' unescaped, as batch 68ac "
 "recorded Boulton & Paul Ltd; no date or revision id held; undated, a recent rendering, recorded 4.0 as batches "
 "58p-70w recorded their en.wikipedia.org renderings; doubtful: no revision id). Cut: the title line '= Hants & "
 "Dorset ='; the infobox lines between the title and the lead ('Hants & Dorset', '- Logo: NBC Hants & Dorset.svg', "
 "'- Parent: Southern Railway (1929-48), British Automobile Traction (1929-48), Tilling Group (1929-42), British "
 "Associated Transport (1948-62), Transport Holding Company (1963-68), National Bus Company (1969-83)', '- Founded: "
 "1920', '- Ceased: 1983', '- Service Area: ...', '- Service Type: Bus operator', '- Depots: 14', so the National Bus "
 "Company and the infobox's parent years are not in the text); the headings '==Early history==' and "
 "'==Nationalisation=='; cut after '... and thus Hants & Dorset became 100% government owned.', before the heading "
 "'===Common management and merger===' and the sentence the excerpt breaks off in ('The THC's successor inspired'; "
 "`truncated`). No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No "
 "word added or changed. Kept as written: 'a stage carriage bus service operator in southern England', 'the British "
 "Automobile Traction Company Limited (a subsidiary of the British Electric Traction Company) and others formed the "
 "Bournemouth & District Motor Services Limited', 'Following the purchase of Trade Cars of Southampton in 1920' (the "
 "buyer not named), 'the Hants & Dorset Motor Services Ltd name was adopted', 'the Tilling Group bought an interest "
 "in the company', 'took up its option to buy shares', 'the Road & Rail Transport Act 1928', 'the trams operated by "
 "Poole Corporation in 1935', 'the government-owned British Transport Commission', 'the Transport Holding Company "
 "(THC)', 'who in turn sold out to British Associated Transport in 1949', '100% government owned'. 239 words. No "
 "outage and no near-miss of one told (share sales and a nationalisation, business and government events). Found at "
 "rank 3 of the query 'Hants & Dorset Motor Services bus company Bournemouth wikipedia' (query 5); piglix.com's older "
 "copy (rank 5; 'grow rapidly', 'in 1934', the half-share passing straight to the THC), petergould.co.uk's and "
 "localtransporthistory.co.uk's fleet history (ranks 1, 2), colinsplace.webs.com (rank 4), bournemouthecho.co.uk "
 "(rank 6; news) and the Wilts & Dorset articles (ranks 7, 8; another company) not used. Hants & Dorset, Hants and "
 "Dorset, Bournemouth & District, Trade Cars, British Associated Transport, Poole Corporation: " + CHECKED + " ('British "
 "Automobile Traction' in other bus texts, as an owner of other companies).", "UK"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|nb \d+|edit|citation needed)\]", "", s).split())


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

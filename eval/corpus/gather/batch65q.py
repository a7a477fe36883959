#!/usr/bin/env python3
"""Batch 65q (session 59; gatherer lane 65q): airline histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-65h, kept to three airlines of three countries, new to the corpus and turned from the leads and lists of
batches 64h and 65h (PSA from 'Lists still not queried') and from this lane's own queries: Britannia Airways, the
British charter airline established on 1 December 1961 by Ted Langton as Euravia, which took over Skyways in 1962,
was renamed in 1964, became part of Thomson in 1965, took in Orion Airways after its parent the Thomson Travel Group
bought Horizon Travel in 1988, and formed Britannia GmbH in 1997 (airlines, UK); Pacific Southwest Airlines (PSA),
the San Diego discount airline founded by Kenny Friedkin in 1949 and merged into USAir in 1988 (airlines, US); and
Middle East Airlines, the Lebanese flag carrier founded on 31 May 1945 by Saeb Salam and Fawzi EL-Hoss, with a stake
of Pan American World Airways from 1949 and of BOAC from 1955, merged with Air Liban in 1963, which took over
Lebanese International Airways in 1963 and joined SkyTeam in 2012 (airlines, Lebanon).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): liquisearch.com's copy of the 'History' section of 'Britannia Airways' (undated, an older revision), piglix.com's
copy of 'Pacific Southwest Airlines' (undated, an older revision) and owiki.org's copy of 'Middle East Airlines'
(undated, after 2012); each cut at a paragraph or sentence end before the paragraph or sentence its excerpt breaks off
in (`truncated`). Edits per item in `notes` (title, heading and infobox lines cut; paragraphs joined with blank lines;
no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather66q/src), the
markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-65h
did. No text tells an outage (a withdrawal of an aircraft type from service, a closed subsidiary, mergers and a
takeover are business events). newskg (or any extractor) was not run on any text. A round of three: five queries,
three answered with English Wikipedia text on an airline not yet in the corpus and were taken, the rest left (round
notes, /work/notes/gather66/65q.md; queries, /tmp/gather66q/src/queries.txt).
usage: batch65q.py [POOL_DIR] [--dry]   (default /tmp/gather66q/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66q/pool"
SRC = "/tmp/gather66q/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-65h aside), in the session-59 pools (/tmp/gather66*/pool) and in "
           "/work/notes/gather66/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, UK: Britannia Airways, 'History' (liquisearch.com's copy, undated, an older revision) ----------------
BR = [
 "The airline was established on 1 December 1961 by Ted Langton and started operations on 5 May 1962 as Euravia "
 "(London) flying Lockheed Constellations on inclusive tour holidays for Universal Sky Tours.",
 "Rival charter airline Skyways, one of Britain's foremost independent airlines during the 1950s and early 1960s, had "
 "been taken over by Euravia in 1962. The Skyways takeover did not include Skyways Coach-Air, a Skyways associate, "
 "established in the early 1950s by Eric Rylands to operate low-fare coach-air services between London and several "
 "European capital cities. Following Euravia's acquisition of Skyways, Skyways Coach-Air remained independent until "
 "its successor Skyways International was taken over by Dan-Air in 1972.",
 "The name Britannia Airways was adopted on 16 August 1964 to coincide with re-equipping with the Bristol Britannia "
 "turboprop airliner. The last Britannia 102 was withdrawn from service in December 1970, and the airline became an "
 "all-jet operator.",
 "In 1965 Britannia became part of Thomson, itself part of the Canadian-owned International Thomson Organisation.",
 "Britannia began to re-equip with Boeing 737-200 in 1968, the first European charter operator of the type. "
 "Britannia was also the first European airline to fly the Boeing 767, which it added to its fleet in the 1980s. The "
 "Boeing 767 was the first widebodied aircraft in the Britannia fleet. In August 1988 Britannia's immediate parent "
 "company, the Thomson Travel Group, purchased Horizon Travel and its airline, Orion Airways, which was integrated "
 "into Britannia.",
 "In the 1990s, Britannia also began to operate services for Skytours and Portland Direct, themselves too part of the "
 "Thomsons Group.",
 "In 1997 Britannia formed a wholly owned subsidiary, Britannia GmbH, based in Germany to operate long and short-haul "
 "flights from airports in Germany, Switzerland and Austria for German tour operators, but this was closed in March "
 "2001."]
KEPT["wp-britannia-airways"] = ("britannia-liquisearch.txt", BR)
R.append(wp("wp-britannia-airways", "Britannia Airways", "http://www.liquisearch.com/britannia_airways/history",
 "\n\n".join(BR),
 "airlines", ["history", "founding", "acquisitions", "renaming", "subsidiaries", "fleet"],
 "The 'History' section of the article as liquisearch.com (a Wikipedia mirror serving one section a page, as batches "
 "23b and 65h recorded their copies) holds it in the page store (no date or revision id held; undated, taken for an "
 "older revision, as batches 23b and 65h dated their liquisearch.com copies; its first paragraphs are word for word "
 "those of piglix.com's older copy, which adds after the Skyways paragraph a sentence on Euravia's engine contract that "
 "this section lacks; doubtful). Cut: the heading line 'History'; cut at the end of the seventh paragraph ('... but "
 "this was closed in March 2001.'), before the paragraph the excerpt breaks off in ('At the start of 1998 the Thomson "
 "Travel Group acquired the Scandinavian ho'; `truncated`; the section and the article go on). The section does not "
 "name the airline before its third paragraph ('The airline was established ...'; the article's lead is not served on "
 "this page), kept as it stands. No citation markers. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'The airline was established on 1 December 1961 by Ted Langton and started operations on 5 May "
 "1962 as Euravia (London) flying Lockheed Constellations on inclusive tour holidays for Universal Sky Tours', 'Rival "
 "charter airline Skyways ... had been taken over by Euravia in 1962', 'Skyways Coach-Air, a Skyways associate, "
 "established in the early 1950s by Eric Rylands', 'its successor Skyways International was taken over by Dan-Air in "
 "1972', 'The name Britannia Airways was adopted on 16 August 1964', 'The last Britannia 102 was withdrawn from "
 "service in December 1970', 'In 1965 Britannia became part of Thomson, itself part of the Canadian-owned "
 "International Thomson Organisation', 'Britannia began to re-equip with Boeing 737-200 in 1968' (no plural), "
 "\"Britannia's immediate parent company, the Thomson Travel Group, purchased Horizon Travel and its airline, Orion "
 "Airways, which was integrated into Britannia\", 'themselves too part of the Thomsons Group' (an 's' on 'Thomsons'), "
 "'In 1997 Britannia formed a wholly owned subsidiary, Britannia GmbH, based in Germany', 'long and short-haul "
 "flights'. 293 words. No outage and no near-miss of one told (an aircraft type withdrawn from service and a "
 "subsidiary closed are business events, planned and permanent). Recorded CC BY-SA 3.0 (an older revision). Found at "
 "rank 3 of the query 'Britannia Airways Euravia founded Ted Langton acquired Thomson 1965 history airline'; "
 "aviationbookcentre.com and gzb.ae (ranks 1, 2; a book's blurb, copyrighted), piglix.com (rank 4; free, its excerpt "
 "breaking off before Thomson's ownership), snoopeasy.blogspot.com and shop-theairlineboutique.co.uk (ranks 5, 6; "
 "blogs), key.aero (rank 7; a magazine article, paywalled) and an excerpt with no address held (rank 8; a Japanese "
 "dictionary site's copy of the lead) not used. Britannia Airways, Euravia, Skyways, Rylands, Universal Sky Tours, "
 "Thomson Travel, Orion Airways, Thomsonfly: " + CHECKED + " ('Langton' in test's Bank of Liverpool text, another "
 "person; 'Horizon Travel' in train's wp-court-line, Court Line's tour operator of 1974, another matter; 'Dan-Air' "
 "only in GATHERING.md's lists).", "UK",
 v3=True, copy_of="the Wikipedia article's 'History' section, via liquisearch.com, a Wikipedia mirror"))

# ---- airlines, US: Pacific Southwest Airlines (piglix.com's copy, undated, an older revision) ----------------------
PS = [
 "Pacific Southwest Airlines (PSA) was a United States airline headquartered in San Diego, California, that operated "
 "from 1949 to 1988. It was the first large discount airline in the United States. PSA called itself \"The World's "
 "Friendliest Airline\" and painted a smile on the nose of its airplanes, the PSA Grinningbirds. Opinion L.A. of the "
 "Los Angeles Times called PSA \"practically the unofficial flag carrier airline of California for almost 40 years.\" "
 "The airline initially operated as an intrastate air carrier wholly within California before expanding to other "
 "destinations in other states following the Airline Deregulation Act of 1978.",
 "PSA was one of the four airlines that formed US Airways, the others being America West Airlines, Piedmont Airlines "
 "and Allegheny Airlines. PSA was merged into USAir in 1988. USAir then changed its name to US Airways which in turn "
 "merged with American Airlines in 2013.",
 "PSA's Boeing customer number was 14. Following the acquisition by and merger with USAir, the PSA name was given to "
 "Jetstream International Airlines by US Airways to preserve the PSA name and trademarks.",
 "Kenny Friedkin founded the airline in 1949 with a $1,000-a-month leased Douglas DC-3. Friedkin obtained information "
 "from a travel agent upon starting the airline due to lessons learned from a failed precursor airline (Friedkin "
 "Airlines). The DC-3 inaugurated a weekly round trip from San Diego to Oakland via Burbank."]
KEPT["wp-pacific-southwest-airlines"] = ("psa-piglix.txt", PS)
R.append(wp("wp-pacific-southwest-airlines", "Pacific Southwest Airlines",
 "http://piglix.com/piglix/Pacific_Southwest_Airlines",
 "\n\n".join(PS),
 "airlines", ["history", "founding", "founders", "mergers", "renaming"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision, as batches 62d-64h dated their piglix.com copies: its lead reads 'the first large discount airline' and "
 "'PSA was merged into USAir in 1988', where the later renderings on cryer.org.uk and en.m.wikipedia.org read 'the "
 "first substantial scheduled discount airline' and 'In 1986, USAir agreed to purchase PSA, the transaction closed in "
 "1987'). Cut: the table lines of the infobox ('|' to 'Key people | Kenny Friedkin (Founder and Original President) "
 "Jean Friedkin (Founder and Original Vice President) Eleanor Glithero (PSA's first employee) |', with 'Ceased "
 "operations | 1988 (integrated into USAir)' and 'Parent company | PSA Inc. (1949\u20131986) USAir (1987\u20131988)'), "
 "so the infobox's titles, Jean Friedkin, Eleanor Glithero and PSA Inc. are not in the text (cut as batches 54zu-65h "
 "cut their infoboxes); cut in the fourth paragraph after '... from San Diego to Oakland via Burbank.', before the "
 "sentence the excerpt breaks off in ('Reservations were initiall'; `truncated`; a cut inside a paragraph, at a "
 "sentence end). The copy drops the section headings and the citation markers; its paragraphs are single lines, "
 "joined here with blank lines. No word added or changed. Kept as written: 'Pacific Southwest Airlines (PSA) was a "
 "United States airline headquartered in San Diego, California, that operated from 1949 to 1988', 'PSA called itself "
 "\"The World's Friendliest Airline\" and painted a smile on the nose of its airplanes, the PSA Grinningbirds', "
 "'Opinion L.A. of the Los Angeles Times called PSA \"practically the unofficial flag carrier airline of California "
 "for almost 40 years.\"' (a quoted phrase of a newspaper's blog, eleven words of the 227; the rest the editors' own), "
 "'following the Airline Deregulation Act of 1978', 'PSA was one of the four airlines that formed US Airways, the "
 "others being America West Airlines, Piedmont Airlines and Allegheny Airlines', 'PSA was merged into USAir in 1988', "
 "'USAir then changed its name to US Airways which in turn merged with American Airlines in 2013' (no comma before "
 "'which'), \"PSA's Boeing customer number was 14\", 'Following the acquisition by and merger with USAir, the PSA name "
 "was given to Jetstream International Airlines by US Airways', 'Kenny Friedkin founded the airline in 1949 with a "
 "$1,000-a-month leased Douglas DC-3', 'a failed precursor airline (Friedkin Airlines)', 'The DC-3 inaugurated a "
 "weekly round trip from San Diego to Oakland via Burbank'. 227 words. No outage and no near-miss of one told (a "
 "merger is a business event). Recorded CC BY-SA 3.0 (an older revision, as batches 62d-64h recorded their piglix.com "
 "copies). Found at rank 2 of the query 'Pacific Southwest Airlines PSA founded Kenny Friedkin San Diego acquired "
 "USAir 1987' (the one free copy whose excerpt reaches the founding sentence); piglix.com's copy under 'PSA_Inc.' "
 "(rank 1; free, a later revision, breaking off in the founding sentence), palladiumrin429.cfd, uraniumhepta302.cfd "
 "and neonwindsurf606.sbs (ranks 3, 4, 6, 8; proxy copies under unrelated articles' addresses), cryer.org.uk (rank 5; "
 "free, a later revision, breaking off before the founding) and en.m.wikipedia.org (rank 7; free, breaking off at the "
 "'History' heading) not used. Pacific Southwest, Friedkin, Grinningbirds, Jetstream International, PSA's Boeing: "
 + CHECKED + " ('PSA' in train's wp-us-airways-group, as the name of US Airways' regional subsidiary PSA Airlines, "
 "Inc., another matter, and in FCC texts as another word; 'USAir' in test's wp-mohawk-airlines and "
 "wp-all-american-aviation, other airlines' mergers; 'Piedmont Airlines', 'Allegheny Airlines', 'America West' and "
 "'American Airlines' in texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- airlines, Lebanon: Middle East Airlines (owiki.org's copy, undated, after 2012) ------------------------------
ME = [
 "Middle East Airlines \u2013 Air Liban S.A.L., more commonly known as Middle East Airlines, is the flag carrier of "
 "Lebanon, with its head office in Beirut, near Beirut\u2013Rafic Hariri International Airport. It operates scheduled "
 "international flights to Asia, Europe, the Middle East, and Africa from its base at Rafic Hariri International "
 "Airport.",
 "Middle East Airlines is a member of the SkyTeam airline alliance. MEA expressed its interest in becoming a SkyTeam "
 "associate member in early 2006 at a press conference in New York. On 28 February 2011, the airline signed the "
 "partnership agreement with SkyTeam at a ceremony in Beirut, and officially joined the alliance on 28 June 2012, "
 "becoming its 17th member and the second member airline in the Middle East.",
 "Middle East Airlines - Air Liban was founded on 31 May 1945 by Saeb Salam and Fawzi EL-Hoss with operational and "
 "technical support from BOAC. Operations started on 1 January 1946 using three de Havilland DH.89A Dragon Rapides on "
 "flights between Beirut and Nicosia, followed by flights to Iraq, Egypt, and Syria. Two Douglas DC-3s were acquired "
 "in mid 1946. Pan American World Airways acquired a stake and management contract in September 1949. Pan Am was "
 "replaced when BOAC acquired 49% of MEA's shares in 1955. A Vickers Viscount was introduced in October 1955 while an "
 "Avro York cargo aircraft was leased in June 1957. On 15 December 1960 the first of four de Havilland Comet 4Cs "
 "arrived. After the association with BOAC ended on 16 August 1961, MEA was merged with Air Liban on 7 June 1963, "
 "which gave Air France a 30% holding. The full title was then Middle East Airlines \u2013 Air Liban. In 1963, MEA "
 "also took over Lebanese International Airways.The current name was adopted in November 1965 when the airline was "
 "merged with Air Liban."]
KEPT["wp-middle-east-airlines"] = ("mea-owiki.txt", ME)
R.append(wp("wp-middle-east-airlines", "Middle East Airlines", "https://owiki.org/wiki/Middle_East_Air",
 "\n\n".join(ME),
 "airlines", ["history", "founding", "founders", "alliances", "mergers", "fleet"],
 "The article as owiki.org's copy holds it in the page store, under the address 'Middle_East_Air' (no date or "
 "revision id held; undated: a revision after 28 June 2012, the last date it tells, and taken for one before June "
 "2023, as batch 64k dated its owiki.org copy; doubtful). Cut: the title line 'Middle East Airlines'; the heading "
 "'History'; cut in the third paragraph after '... when the airline was merged with Air Liban.', before the sentence "
 "the excerpt breaks off in ('Although operations were interrupted by the 1967 Arab\u2013Israeli war, and by the "
 "Israeli raid on Beirut Airport in 1968, in which the airline lost three Comet 4C's, two Caravel'; `truncated`; a cut "
 "inside a paragraph, at a sentence end). The copy drops the citation markers; its paragraphs are single lines, joined "
 "here with blank lines. No word added or changed. Kept as written: 'Middle East Airlines \u2013 Air Liban S.A.L., "
 "more commonly known as Middle East Airlines, is the flag carrier of Lebanon' (an en dash), 'near "
 "Beirut\u2013Rafic Hariri International Airport' (an en dash), 'Middle East Airlines is a member of the SkyTeam "
 "airline alliance', 'MEA expressed its interest in becoming a SkyTeam associate member in early 2006 at a press "
 "conference in New York', 'On 28 February 2011, the airline signed the partnership agreement with SkyTeam', "
 "'officially joined the alliance on 28 June 2012, becoming its 17th member', 'Middle East Airlines - Air Liban was "
 "founded on 31 May 1945 by Saeb Salam and Fawzi EL-Hoss with operational and technical support from BOAC' (a hyphen "
 "with spaces here; 'EL-Hoss' with two capitals), 'three de Havilland DH.89A Dragon Rapides', 'Two Douglas DC-3s were "
 "acquired in mid 1946' (no hyphen), 'Pan American World Airways acquired a stake and management contract in "
 "September 1949', \"Pan Am was replaced when BOAC acquired 49% of MEA's shares in 1955\", 'an Avro York cargo "
 "aircraft was leased in June 1957', 'the first of four de Havilland Comet 4Cs arrived', 'MEA was merged with Air "
 "Liban on 7 June 1963, which gave Air France a 30% holding', 'In 1963, MEA also took over Lebanese International "
 "Airways.The current name was adopted in November 1965' (no space after the full stop). 302 words. No outage and no "
 "near-miss of one told (an association ended and mergers are business events). Recorded CC BY-SA 3.0 (doubtful: "
 "undated; a revision after 2012, taken for one before Wikimedia's June 2023 move; a later one would be 4.0, whose "
 "terms the record meets the same way). Found at rank 6 of the query 'Middle East Airlines was founded on 31 May 1945 "
 "by Saeb Salam Fawzi El-Hoss BOAC Pan American acquired a stake Air Liban merged' (the one free copy of the "
 "article's text among the answers of two queries); prestigemag.co (a magazine), winenfood.com, hyamabdo.com, "
 "visualfoodie.com (twice) and eatsip365.com (twice) (blogs) not used, and at the first query "
 "'Middle East Airlines founded 1945 Saeb Salam Pan Am Air France Intra Bank history' almashriq.hiof.no (notes "
 "collected from other sites), libnanews.com (French news), loubnanonline.com (a portal carrying the article's words "
 "with no licence stated, not a mirror), worldhistory.biz (a book's text) and an encyclopedia.com copy of a company "
 "history (copyrighted) not used. Middle East Airlines, Air Liban, Saeb Salam, Fawzi, Lebanese International, Rafic "
 "Hariri: " + CHECKED + " ('MEA' only as letters inside other words; 'SkyTeam', 'BOAC' and 'Pan American World "
 "Airways' in texts on other matters: train's wp-gulf-air and wp-laker-airways, dev's wp-kenya-airways and "
 "wp-panair-do-brasil).", "non-US",
 v3=True, copy_of="the Wikipedia article, via owiki.org, a Wikipedia mirror"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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

#!/usr/bin/env python3
"""Batch 58l (session 55; gatherer lane 58l): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57f, 57g, 57m, 57s,
57w, 57x, 58a, 58g, 58j and 58k, taking three leads earlier rounds of this session left (58j's Chips and Technologies,
58g's Shiny Entertainment, 58k's Cimber Air), new to the corpus: an early fabless chip company founded in Milpitas,
California, in December 1984 by Gordon A. Campbell and Dado Banatao, acquired by Intel in 1997, whose chips Intel
licensed to Asiliant Technologies, a company former C&T staff founded in January 2000 (semiconductors, US); a Laguna
Beach, California, video game developer founded in October 1993 by David Perry, sold to Interplay Productions in 1995,
to Infogrames, Inc. in 2002 and to Foundation 9 Entertainment in 2006, merged with The Collective in 2007 into Double
Helix Games, with Perry's earlier work at Probe Software and Virgin Games (video games, US); and a Danish regional
airline founded in 1950 by Captain Ingolf Nielsen, with Scandinavian Airlines System (SAS) holding 26% from 1998 to
2003, which bought parts of the bankrupt Sterling Airlines in December 2008 and became Cimber-Sterling, owned by Cimber
Air Holding, listed in 2009, partly taken by Mansvell Enterprises Ltd in 2011 and bankrupt in May 2012 (airline,
Denmark).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikipedia.thedupacs.net's Kiwix copy (wikipedia_en_all_maxi_2024-01) of 'Chips and Technologies',
en.m.wikipedia.org's rendering of 'Shiny Entertainment' (of 2018-2019: its infobox counts '25 years ago' from October
1993) and liquisearch.com's 'Cimber Sterling - History' (the article's History section, a revision of 2012 or a little
later); each cut at a paragraph, sentence or section end (`truncated`). Edits per item in `notes` (title lines,
infobox lines, headings, the copies' trailers and citation markers cut; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather59l/src), the markers ('[1]', '[3]:349', '[edit]') dropped
and whitespace runs compared as one space, as batches 57m, 57s, 57x, 58a and 58k did. No text tells an outage; one
tells a near-miss of one (Cimber Sterling cancelling all flights and declaring bankruptcy; a business failure).
newskg (or any extractor) was not run on any text. A round of three: six queries on six companies, five answered with
English Wikipedia text (or a copy of it) on the company, three taken (round notes, /work/notes/gather59/58l.md;
queries, /tmp/gather59l/src/queries.txt).
usage: batch58l.py [POOL_DIR] [--dry]   (default /tmp/gather59l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59l/pool"
SRC = "/tmp/gather59l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- semiconductors, US: Chips and Technologies (Kiwix copy, wikipedia_en_all_maxi_2024-01) ---------------------------
CHIPS = [
 "Chips and Technologies, Inc. (C&T), was an early fabless semiconductor company founded in Milpitas, California, in "
 "December 1984 by Gordon A. Campbell and Dado Banatao.",
 "Its first product, announced September 1985, was a four chip EGA chipset that handled the functions of 19 of IBM's "
 "proprietary chips on the Enhanced Graphics Adapter. By that November's COMDEX, more than a half dozen companies had "
 "introduced EGA-compatible boards based on C&T's chipset. This was followed by chipsets for PC motherboards and other "
 "computer graphics chips.",
 "C&T was acquired by Intel in 1997, primarily for its graphics chip business.",
 "Former members of C&T founded Asiliant Technologies in January 2000 to continue the support of the CHIPS 65545, "
 "65550, 65555, 69000, 69030, and other notebook and LCD oriented graphics ICs. Intel licensed the rights to build, "
 "sell, and service the C&T chips to Asiliant. Asiliant manufactured and sold C&T components for the next few years "
 "until it closed.",
 "C&T SuperMath J38700DX was an 80387DX compatible FPU coprocessor.",
 "C&T also designed a 386-compatible microprocessor known as the Super386 38600DX/38600SX using clean room design "
 "techniques, but this chip never enjoyed as much success as the 386 CPUs produced by Intel, AMD, and Cyrix. C&T "
 "38605DX had 512 byte cache, but the 144 pin PGA package was incompatible with 386 socket."]
KEPT["wp-chips-and-technologies"] = ("chips-thedupacs.txt", CHIPS)
R.append(wp("wp-chips-and-technologies", "Chips and Technologies",
 "https://wikipedia.thedupacs.net/content/wikipedia_en_all_maxi_2024-01/A/Chips_and_Technologies",
 "\n\n".join(CHIPS),
 "semiconductors", ["history", "founding", "acquisition", "licensing", "products"],
 "The article as a Kiwix copy (the wikipedia_en_all_maxi_2024-01 dump, so a revision of January 2024 or a little "
 "before; no revision id) at wikipedia.thedupacs.net holds it in the page store. Cut: the infobox lines ('Industry | "
 "Semiconductors', 'Founded | 1984', 'Defunct | 1997', 'Fate | Acquired by Intel', 'Headquarters | , United States', "
 "'Area served | Worldwide', 'Products | SoCs, GPUs' and the table's rule lines), so 'Fate: Acquired by Intel' is not "
 "in the text (the running text says it); the heading 'x86 products'; the citation markers ('[1]', '[2]'); cut after "
 "'... was incompatible with 386 socket.', before the heading 'Motherboard chips and chipsets' and its list of chip "
 "numbers, which the excerpt breaks off ('power man'; `truncated`; a cut at a section end). No word added or changed. "
 "Kept as written: 'Chips and Technologies, Inc. (C&T), was an early fabless semiconductor company' (comma before "
 "'was'), 'founded in Milpitas, California, in December 1984 by Gordon A. Campbell and Dado Banatao', 'a four chip "
 "EGA chipset', 'By that November's COMDEX', 'the CHIPS 65545, 65550, 65555, 69000, 69030, and other notebook and LCD "
 "oriented graphics ICs', 'Intel licensed the rights to build, sell, and service the C&T chips to Asiliant', 'C&T "
 "SuperMath J38700DX was an 80387DX compatible FPU coprocessor' (no article), 'the Super386 38600DX/38600SX', 'C&T "
 "38605DX had 512 byte cache', 'incompatible with 386 socket' (no article). 214 words. No outage and no near-miss of "
 "one told ('until it closed': Asiliant's end, a business end). Recorded CC BY-SA 4.0 (a revision of about January "
 "2024, after Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query 'Chips and Technologies was an "
 "American semiconductor company founded in 1984 by Gordon Campbell and Dado Banatao, acquired by Intel'; "
 "wikimili.com (rank 8; the same text, undated; not used: the Kiwix copy is dated), the-uncensored-wiki.com (rank 6; "
 "a copy of about 2007, 'the first fabless semiconductor company, a model developed by its founder Gordon Campbell'), "
 "theinfolist.com (rank 7; link glosses spliced in), questionai.com (rank 5; HTML source) and German Wikipedia and "
 "its copies (ranks 1, 3, 4) not used. Chips and Technologies, Banatao, Asiliant, Super386, SuperMath, Milpitas: "
 + CHECKED + " (Chips and Technologies, Gordon Campbell, Banatao, Asiliant and Milpitas named only in GATHERING.md's "
 "lead lists of batches 58j and earlier; 'Gordon Campbell' not in any text).",
 "US", copy_of="the Wikipedia article, the Kiwix dump wikipedia_en_all_maxi_2024-01"))

# ---- video games, US: Shiny Entertainment (en.m.wikipedia.org rendering of 2018-2019) ----------------------------------
SHINY = [
 "Shiny Entertainment, Inc. was an American video game developer based in Laguna Beach, California. Founded in "
 "October 1993 by David Perry, Shiny was the creator of several successful video games, such as Earthworm Jim, MDK and "
 "Enter the Matrix. Perry sold the company to Interplay Productions in 1995, which sold the studio to Infogrames, Inc. "
 "in 2002. After Foundation 9 Entertainment acquired Shiny in 2006, the company was merged with The Collective in "
 "October 2007, creating Double Helix Games.",
 "David Perry, a video game programmer from Northern Ireland, created his first video game in 1982, when he was 15, "
 "for the Sinclair ZX81 that he had at home. This led him to move to London, England, shortly following his 17th "
 "birthday, where would work with several early video game developers on games for the ZX Spectrum. One of these "
 "companies included Probe Software, where Perry worked on The Terminator, published by Virgin Games. By 1991, Perry "
 "had moved to Irvine, California, to work for the internal development studio of Virgin Games' American branch. At "
 "Virgin Games, Perry worked on three successful promotional games: Global Gladiators for McDonald's, Cool Spot for 7 "
 "Up, and Disney's Aladdin. All three games were profitable enough that Perry, after two years at Virgin Games, opted "
 "to leave the company.",
 "At the time, he had received employment offers from the Sega Technical Institute and Playmates Toys; the latter was "
 "a toy company that had produced toys based on the Teenage Mutant Ninja Turtles license and was looking to move into "
 "video games from that same license."]
KEPT["wp-shiny-entertainment"] = ("shiny-enm.txt", SHINY)
R.append(wp("wp-shiny-entertainment", "Shiny Entertainment", "https://en.m.wikipedia.org/wiki/Shiny_Entertainment",
 "\n\n".join(SHINY),
 "video games", ["history", "founding", "ownership", "acquisitions", "mergers"],
 "The article as en.m.wikipedia.org's rendering holds it in the page store (undated, no revision id; a revision of "
 "October 2018 to September 2019: its infobox gives 'Founded October 1993; 25 years ago'). Cut: the line 'Open main "
 "menu'; the infobox lines ('Shiny Entertainment, Inc.', 'IndustryVideo game industry', 'FateMerged with The "
 "Collective', 'SuccessorDouble Helix Games', 'FoundedOctober 1993; 25 years ago (1993-10)', 'FounderDavid Perry', "
 "'DefunctOctober 9, 2007 (2007-10-09)', 'Key people'), which the mobile rendering puts after the lead; the heading "
 "'Background and formation (1980s\u20131993)Edit'; the citation markers with their page numbers ('[2]', '[3]:349', "
 "'[2][3]:351', '[3]:1\u20132', '[3]:2'); cut after '... to move into video games from that same license.', before "
 "the sentence the excerpt breaks off ('Perry turned down both offers, instead working out an agreement with "
 "Playmates'; `truncated`; a cut inside a paragraph, at a sentence end), so the studio's funding by Playmates and the "
 "later history are not in the text. No word added or changed. Kept as written: 'Founded in October 1993 by David "
 "Perry, Shiny was the creator of several successful video games', 'Perry sold the company to Interplay Productions "
 "in 1995, which sold the studio to Infogrames, Inc. in 2002', 'After Foundation 9 Entertainment acquired Shiny in "
 "2006, the company was merged with The Collective in October 2007, creating Double Helix Games', 'where would work "
 "with' (no subject, as written), 'One of these companies included Probe Software', 'published by Virgin Games', "
 "'Virgin Games' American branch', 'Global Gladiators for McDonald's, Cool Spot for 7 Up, and Disney's Aladdin', 'the "
 "Teenage Mutant Ninja Turtles license' (American spelling). 260 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (a revision of 2018-2019, before Wikimedia's move to 4.0 of June 2023, as batch 58a recorded "
 "its Kiwix copy of 2018); doubtful in that no revision id is held. Found at rank 5 of the query 'Shiny Entertainment "
 "was an American video game developer founded in 1993 by David Perry, acquired by Interplay, Infogrames, Foundation "
 "9'; en.wikipedia.org's older 'Jump to: navigation, search' rendering (rank 3; the same matter in an older wording: "
 "Virgin Games USA's joint venture with Sega of America and the Playmates Interactive Entertainment distribution "
 "deal, no owner after Interplay; not used, one text per matter), wikisum.wiki (rank 1; sentences out of order), a "
 "blogspot.com rewrite (rank 2), a movatter.jp proxy of German Wikipedia (rank 4) and theinfolist.com (ranks 6-8; "
 "link glosses spliced in) not used. Shiny Entertainment, David Perry, Probe Software, Sega Technical Institute, "
 "Interplay Productions, Double Helix, Earthworm Jim, Enter the Matrix: " + CHECKED + " (Shiny Entertainment, David "
 "Perry, Probe Software, Interplay Productions and Double Helix named only in GATHERING.md's lead lists and batch 58g's "
 "docstring; 'Foundation 9' in batch 55zd's dev text wp-sumo-group, 'Playmates' in batch 57a's dev text wp-neversoft "
 "and 'Virgin Games' in batch 57w's train text wp-westwood-studios, none a history of Shiny, other matters).",
 "US", v3=True, copy_of="the Wikipedia article, as en.m.wikipedia.org rendered it"))

# ---- airline, Denmark: Cimber Sterling (liquisearch.com's 'History' section) -----------------------------------------
CIMBER = [
 "The airline was established on 1 August 1950 and started operations in 1950. It was founded by the late Captain "
 "Ingolf Nielsen. Its first aircraft was a single engine KZ III, call sign OY-DMO which had been used for flights "
 "primarily between S\u00f8nderborg and Copenhagen. Cimber Air was one of the very few operators of the VFW-Fokker 614 "
 "regional jet. It also operated the Nord 262 and the Grumman Gulfstream 1 on its scheduled services. Scandinavian "
 "Airlines System (SAS) purchased 26% of Cimber Air in May 1998 and expanded its codeshare agreement. In March 2003, "
 "SAS sold the stake back to Cimber Air Holding.",
 "On 3 December 2008 Cimber Air bought parts of Sterling Airlines, which had filed for bankruptcy on 29 October 2008. "
 "The new airline, which was named Cimber-Sterling, was created on 7 January 2009. Cimber bought the AOC (Air "
 "Operators Certificate), slots, brand and website (www.sterling.com and other domains). Aircraft leases were "
 "negotiatied with the owners. Employees of the former Sterling Airlines was not part of the takeover, but were "
 "welcome to seek employment in the new airline.",
 "Cimber Sterling was originally wholly owned by Cimber Air Holding (Nielsen family) and had 368 employees (at March "
 "2007). It was listed on the Copenhagen Stock Exchange in 2009. In 2011, due to financial difficulties Cimber "
 "Sterling entered into a subscription agreement with Mansvell Enterprises Ltd, which gave Ukrainian billionaire Ihor "
 "Kolomoyskyi a stake of 70.8%.",
 "On the morning of 3 May 2012, Cimber Sterling cancelled all flights and declared bankruptcy. Within hours, other "
 "airlines announced their entry on selected routes.",
 "Cimber Sterling was the main sponsor of the Danish handball team in 2009 and 2010."]
KEPT["wp-cimber-sterling"] = ("cimber-liquisearch.txt", CIMBER)
R.append(wp("wp-cimber-sterling", "Cimber Sterling", "https://www.liquisearch.com/cimber_sterling/history",
 "\n\n".join(CIMBER),
 "transport/airlines", ["history", "founding", "ownership", "asset-purchase", "bankruptcy"],
 "The 'History' section of the Wikipedia article as liquisearch.com (a Wikipedia mirror serving one section a page, "
 "as batches 23b and 40v took sections from it) holds it in the page store, a revision of May 2012 or a little later "
 "by its content (the last event the bankruptcy of 3 May 2012; no revision id). Cut: the page's title lines ('Cimber "
 "Sterling - History', 'History') and its trailer ('Read more about this topic: Cimber Sterling', 'Famous quotes "
 "containing the word history: ...'); the whole section, which ends in the excerpt, kept (`truncated`: a section of a "
 "longer page, so the article's lead is not in the text, and the section's first words 'The airline' name no airline "
 "until 'Cimber Air' in its fourth sentence). No citation markers on this copy. No word added or changed. Kept as "
 "written: 'It was founded by the late Captain Ingolf Nielsen', 'a single engine KZ III, call sign OY-DMO which had "
 "been used' (no comma), 'Scandinavian Airlines System (SAS) purchased 26% of Cimber Air in May 1998 and expanded its "
 "codeshare agreement', 'SAS sold the stake back to Cimber Air Holding', 'On 3 December 2008 Cimber Air bought parts "
 "of Sterling Airlines' (no comma), 'The new airline, which was named Cimber-Sterling' (hyphenated, beside 'Cimber "
 "Sterling' later), 'Cimber bought the AOC (Air Operators Certificate), slots, brand and website (www.sterling.com and "
 "other domains)', 'negotiatied' (misspelt), 'Employees of the former Sterling Airlines was not part of the takeover' "
 "(singular verb), 'wholly owned by Cimber Air Holding (Nielsen family)', 'had 368 employees (at March 2007)' (a date "
 "before the airline the sentence names was created, as written), 'due to financial difficulties Cimber Sterling "
 "entered into a subscription agreement with Mansvell Enterprises Ltd, which gave Ukrainian billionaire Ihor "
 "Kolomoyskyi a stake of 70.8%', 'the Danish handball team'. 277 words. No outage told; a near-miss: 'Cimber Sterling "
 "cancelled all flights and declared bankruptcy' (a business failure; GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a "
 "revision of about 2012, before June 2023); doubtful in that no revision id is held and liquisearch.com's terms were "
 "not found in the page store (as batch 40v recorded its copy). Found at rank 3 of the query 'Cimber Air Danish "
 "regional airline founded in S\u00f8nderborg by Ingolf Nielsen, Cimber Sterling, chief executive J\u00f8rgen "
 "Nielsen, Scandinavian Airlines stake'; worldhistory.biz (rank 2; an airline encyclopedia's entry, copyrighted), "
 "airlines-airliners.com (rank 1; German) and check-in.dk (rank 4; Danish), both copyrighted, German Wikipedia copies "
 "(ranks 5, 7, 8; CEO Tony Hauboff in the infobox) and a docslib.org paper (rank 6) not used. Cimber, Ingolf, "
 "Mansvell, S\u00f8nderborg, Cimber Air Holding: " + CHECKED + " ('Cimber Air' in batch 58k's dev text "
 "wp-sterling-airlines, which tells Cimber Air's purchase of Sterling in one sentence: the same event seen from "
 "Sterling's side, kept here as part of another company's history (doubtful; see the round notes); 'Kolomoyskyi' in "
 "batch 35h's train text wp-ihor-kolomoyskyi, a biography that does not name Cimber; 'Scandinavian Airlines System' in "
 "a Wikinews test text of 2007 on landing-gear failures, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article's 'History' section, an older revision"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[3]:349', '[3]:1-2', '[edit]', '[citation
    needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\](:[\d\u2013-]+)?", "", s).split())


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

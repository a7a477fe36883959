#!/usr/bin/env python3
"""Batch 69e (session 63; gatherer lane 69e): transport-company histories from English Wikipedia in the company
lane of batches 36j-40zg, 54zu-68ac, kept to three British companies new to the corpus and turned from the lists of
leads of batches 68ac, 68q and 68k (airlines Aquila Airways and Jersey Airlines, vehicle maker Tilling-Stevens, all
named in 68ac's 'Lists still not queried'), after Percival Aircraft, Albion Motors, Channel Airways, Kenworth,
Saunders-Roe and Peterbilt gave no usable English Wikipedia copy in this round's queries: Aquila Airways, the British
independent airline formed on 18 May 1948 at Southampton and founded by Barry Aikman, with its Short Sunderland flying
boats from the British Overseas Airways Corporation, its Berlin Airlift missions and its association agreement with
British European Airways (air transport, UK); Jersey Airlines (legally Airlines (Jersey) Limited), the airline formed
in 1948 by Maldwyn L. Thomas of St. Helier, with BEA's minority stake of 1956-1962, its part in the British United
Airways group from 1962, its trading name British United (C.I.) Airways and its absorption into British United Island
Airways in 1968 (air transport, UK); and Tilling-Stevens, the Maidstone maker of buses and commercial vehicles
established in 1897 as W.A. Stevens by William Arthur Stevens, acquired by the Rootes Group in 1950, with Percival
Harry Frost-Smith its managing director of 1915/1916 (manufacturing, commercial vehicles, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Jersey Airlines' and wikimili.com's copies of 'Aquila
Airways' and 'Tilling-Stevens' (all undated, recent). Each cut before the sentence or paragraph its excerpt breaks off
in or loses its context in (all `truncated`). Edits per item in `notes` (title, site, infobox, caption and heading
lines cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather69e/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation needed]')
dropped, a space left before a closing bracket by a cut marker dropped, and whitespace runs compared as one space, as
batches 55e-68ac did. No text tells an outage (an airline absorbed into another, a stake sold and a company acquired
are business matters). newskg (or any extractor) was not run on any text. A round of three: ten queries, three
answered with English Wikipedia text on a transport company not yet in the corpus and were taken, the rest left (round
notes, /tmp/gather69e/NOTES.md; queries, /tmp/gather69e/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69e.py [POOL_DIR] [--dry]   (default /tmp/gather69e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69e/pool"
SRC = "/tmp/gather69e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-68ac aside), in the session-63 pools (/tmp/gather69*/pool) and in "
           "/work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- air transport, UK: Aquila Airways (wikimili.com's copy, undated, recent) --------------------------------------
AQ = [
 "Aquila Airways was a British independent airline, formed on 18 May 1948 and based in Southampton, Hampshire.",
 "Aquila was founded by Barry Aikman, initially using two converted Royal Air Force Short Sunderland flying boats, "
 "ex-British Overseas Airways Corporation (BOAC), for freight work. During the Berlin Airlift a further 10 Sunderland "
 "3s were acquired, and these flew a total of 265 supply missions during 1948/49 from Finkenwerder on the river Elbe "
 "to the river Havel on the outskirts of Berlin.",
 "After the end of the Berlin Airlift, Aquila hoped to find work for their fleet on worldwide ad hoc passenger and "
 "freight charters, but this plan quickly proved unsuccessful.",
 "Aquila obtained an association agreement with British European Airways (BEA) under which they were permitted to "
 "operate scheduled services from Southampton to Lisbon and Madeira. These flight were supplemented by charter flights "
 "to a wide variety of destinations. June 1949 brought a series of Sunderland 3 flights with holidaymakers from "
 "Falmouth, Cornwall to the Isles of Scilly. Other 1949 charters included seamen from Aden to the UK and from Hull to "
 "Helsinki."]
KEPT["wp-aquila-airways"] = ("aquila-wikimili.txt", AQ)
R.append(wp("wp-aquila-airways", "Aquila Airways", "http://www.wikimili.com/en/Aquila_Airways",
 "\n\n".join(AQ),
 "transport/airlines", ["history", "founding", "founder", "flying boats", "association agreement"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l-68k took their wikimili.com copies: the same wording as akarinohon.com's proxy of "
 "the en.wikipedia.org page at rank 6 of the same query, with its note and citation markers; doubtful: no date held). "
 "Cut: the site lines 'Aquila Airways' and 'Last updated'; the infobox lines ('Aquila Airways' to '  \u2022 Barry "
 "Aikman (Founder)', with 'Parent company British Aviation Services Group', so British Aviation Services is not in "
 "the text; cut as batches 54zu-68ac cut their infoboxes); the image caption lines ('Aquila Airways Solent 3, G-AKNU, "
 "Sydney taking-off from Funchal.' with the file name, and 'Short Sunderland 3 G-AGER Hadfield served Aquila Airways "
 "from 1948 to 1956. Hamble Beach 1955' with the file name), so Funchal, Hamble and the Solent are not in the text; "
 "the lines 'Contents', 'History' and 'Operations during 1949\u20131951'; the note marker ' [nb 1]' and the citation "
 "markers ' [1]' (twice; each with a space before it in this copy); cut after '... from Hull to Helsinki.', before "
 "the sentence the excerpt breaks off in ('The popular Madeira service continued in 1950/51 and was jo'; "
 "`truncated`). Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as written: 'a "
 "British independent airline, formed on 18 May 1948 and based in Southampton, Hampshire' (the note marker after "
 "'independent' cut), 'Aquila was founded by Barry Aikman, initially using two converted Royal Air Force Short "
 "Sunderland flying boats, ex-British Overseas Airways Corporation (BOAC), for freight work', 'During the Berlin "
 "Airlift a further 10 Sunderland 3s were acquired', 'during 1948/49 from Finkenwerder on the river Elbe to the river "
 "Havel on the outskirts of Berlin', 'Aquila obtained an association agreement with British European Airways (BEA)', "
 "'These flight were supplemented' ('flight' as written), 'June 1949 brought a series of Sunderland 3 flights with "
 "holidaymakers from Falmouth, Cornwall to the Isles of Scilly', 'Other 1949 charters included seamen from Aden to "
 "the UK and from Hull to Helsinki'. 180 words. No outage and no near-miss of one told (a plan that 'quickly proved "
 "unsuccessful' is a business matter). Recorded CC BY-SA 4.0 (a recent revision; doubtful, undated). Found at rank 7 "
 "of the query 'Aquila Airways British flying boat airline Southampton founded Barry Aikman 1948 Wikipedia' (batch "
 "68ac's lead: 'airlines ... Aquila Airways'); plimsoll.org (rank 1; PortCities Southampton's own text), "
 "sotonopedia.wikidot.com (ranks 2 and 3; its own text, no open licence seen), piglix.com (rank 4; left as batches "
 "60g-68k left piglix.com, no licence line seen), de.zxc.wiki (rank 5; a translation of the German article), "
 "akarinohon.com (rank 6; a proxy with the page's menus woven in) and docslib.org (rank 8; a charity's archive text) "
 "not used. Aquila Airways, Aikman Airways, Barry Aikman, Finkenwerder: " + CHECKED + " ('Aquila' alone in texts on "
 "Aquila Inc., the energy company, and 'Aikman' in texts on Collins & Aikman: other matters; 'British Overseas Airways "
 "Corporation', 'BOAC' and 'British European Airways' in train's wp-cambrian-airways and other texts: side mentions "
 "here).", "UK",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- air transport, UK: Jersey Airlines (en.wikipedia.org's rendering, undated, recent) ---------------------------
JA = [
 "Jersey Airlines (legally Airlines (Jersey) Limited) was an early post-World War II private, independent British "
 "airline formed in 1948. In 1952, the airline operated its first scheduled service. Four years later, British "
 "European Airways (BEA) took a 25% minority stake in Jersey Airlines and made it an \"associate\". In June 1958, a "
 "Jersey Airlines de Havilland Heron became the first commercial airliner to arrive at the newly reconstructed "
 "Gatwick Airport. In 1960, Jersey Airlines ordered four state-of-the-art Handley Page Dart Herald 200 series "
 "turboprops. By 1962, BEA had sold its 25% minority holding in Jersey Airlines. The same year, Jersey Airlines became "
 "part of the British United Airways (BUA) group of companies. In August 1963, Jersey Airlines changed its trading "
 "name to British United (C.I.) Airways. Following the BUA group's 1967/8 reorganisation, BUA (C.I.) was absorbed into "
 "British United Island Airways (BUIA) in November 1968.",
 "During the summer of 1948, Welshman Maldwyn L. Thomas was working for a car rental company in St. Helier, Jersey, "
 "and arranged ad hoc charters for day trippers to be flown from London's Croydon Airport to Dinard in Brittany, "
 "France. Due to the growing popularity of these trips, in November of that year, he decided to form a company to "
 "offer such charter flights on a regular basis. That company was to be incorporated under the name Jersey Airlines "
 "Limited."]
KEPT["wp-jersey-airlines"] = ("jersey-airlines-enwiki.txt", JA)
R.append(wp("wp-jersey-airlines", "Jersey Airlines", "https://en.wikipedia.org/wiki/Jersey_Airlines",
 "\n\n".join(JA),
 "transport/airlines", ["history", "founding", "founder", "minority stake", "group membership", "renaming"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68ac recorded their en.wikipedia.org renderings: its "
 "'(legally Airlines (Jersey) Limited)' is newer wording than the en-academic.com and piglix.com copies at ranks 5 and "
 "1 of the same query, which lack it; doubtful: no revision id). Cut: the title line '= Jersey Airlines ='; the "
 "infobox lines ('Infobox', '- Airline: Jersey Airlines' to '- Key People: class=nowrap, M.L. Thomas, Captain, Capt. "
 "B.W. Gardiner, T.C. Chandler, H.F. Popham, Capt. J.A. Spencer, H.I. Allan', with '- Parent: ... Air Holdings', so "
 "Air Holdings and the key people other than Thomas are not in the text; cut as batches 54zu-68ac cut their "
 "infoboxes); the heading '==History=='; cut after '... under the name Jersey Airlines Limited.', before the sentence "
 "the excerpt breaks off in ('However, its similarity to an exi'; `truncated`), so the text leaves the company's name "
 "as 'was to be incorporated under the name Jersey Airlines Limited' (the rendering goes on to say that name was not "
 "the one registered: the lead's 'legally Airlines (Jersey) Limited' tells the reader so). No citation markers in this "
 "rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or changed. Kept as written: "
 "'Jersey Airlines (legally Airlines (Jersey) Limited) was an early post-World War II private, independent British "
 "airline formed in 1948', 'Four years later, British European Airways (BEA) took a 25% minority stake in Jersey "
 "Airlines and made it an \"associate\"', 'a Jersey Airlines de Havilland Heron', 'ordered four state-of-the-art "
 "Handley Page Dart Herald 200 series turboprops', 'By 1962, BEA had sold its 25% minority holding', 'The same year, "
 "Jersey Airlines became part of the British United Airways (BUA) group of companies', 'In August 1963, Jersey "
 "Airlines changed its trading name to British United (C.I.) Airways', 'Following the BUA group's 1967/8 "
 "reorganisation, BUA (C.I.) was absorbed into British United Island Airways (BUIA) in November 1968', 'Welshman "
 "Maldwyn L. Thomas was working for a car rental company in St. Helier, Jersey', 'from London's Croydon Airport to "
 "Dinard in Brittany, France', 'he decided to form a company to offer such charter flights on a regular basis'. 225 "
 "words. No outage and no near-miss of one told (a stake sold, a group membership and an airline absorbed into "
 "another are business matters). Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank "
 "6 of the query 'Jersey Airlines British independent airline founded Maldwyn Thomas Channel Islands British United "
 "Airways Wikipedia' (batch 68ac's lead: 'airlines ... Jersey Airlines'); piglix.com (rank 1; no licence line seen), "
 "wikisum.wiki (rank 2; sentences picked out of order), jerripedia.com (rank 3; its own text), "
 "airlines-airliners.com (rank 4; German), en-academic.com (rank 5; an older copy with captions woven in), "
 "jerseyairlines.org (rank 7; an enthusiasts' site) and de.zxc.wiki (rank 8; an old revision of 2009) not used. Jersey "
 "Airlines, Airlines (Jersey), Maldwyn, British United (C.I.), British United Island: " + CHECKED + " ('British "
 "United Airways' in test's wp-aurigny-air-services and dev's wp-transair-uk, 'British European Airways' and 'Croydon "
 "Airport' in train's wp-cambrian-airways and dev's wp-transair-uk: side mentions here).", "UK"))

# ---- manufacturing, UK: Tilling-Stevens (wikimili.com's copy, undated, recent) -------------------------------------
TS = [
 "Tilling-Stevens was a British manufacturer of buses and other commercial vehicles, based in Maidstone, Kent. "
 "Originally established in 1897, it became a specialist in petrol-electric vehicles. It continued as an independent "
 "manufacturer until 1950, when it was acquired by the Rootes Group.",
 "W.A. Stevens was established in Maidstone in 1897 by William Arthur Stevens and had by 1906 built its first "
 "petrol-electric vehicle using designs patented by Percival (Percy) Frost-Smith. A petrol engine was connected to an "
 "electrical generator and the current produced passed to a traction motor which drove the rear wheels. W.A. Stevens "
 "also patented a system for converting conventional petrol buses for either battery-electric or petrol-electric "
 "propulsion, patent GB190820210.",
 "Percival Harry Frost-Smith was Managing Director of Tilling-Stevens Ltd in 1915/1916 and he obtained several "
 "patents for improvements to motor vehicles between 1908 and 1918."]
KEPT["wp-tilling-stevens"] = ("tilling-stevens-wikimili.txt", TS)
R.append(wp("wp-tilling-stevens", "Tilling-Stevens", "https://wikimili.com/wiki/Tilling-Stevens",
 "\n\n".join(TS),
 "manufacturing/commercial vehicles", ["history", "founding", "founder", "managing director", "acquisition"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l-68k took their wikimili.com copies: its sections 'W A Stevens of Maidstone' and "
 "'Percy Frost-Smith' are fuller than the en-academic.com and piglix.com copies at ranks 6 and 1 of the same query, "
 "which lack the managing director; doubtful: no date held). Cut: the site lines "
 "'Tilling-Stevens' and 'Last updated'; the image caption lines ('Preference Share of the Tilling-Stevens Ltd., issued "
 "25. September 1950' with the file name, twice; 'Tilling-Stevens bus chassis 1923' and 'generator (red) traction "
 "motor (grey)' with the file name, twice), so the share of 1950 and Southdown are not in the text; the lines "
 "'Contents', 'W A Stevens of Maidstone' and 'Percy Frost-Smith' (headings); the citation marker ' [1]' (with a space "
 "before it in this copy); cut after '... between 1908 and 1918.', before the sentence 'These included:', whose list "
 "the excerpt does not hold (the copy passes straight on to 'Francis Edwin Brown was a son of David Brown, of David "
 "Brown Ltd. [6]', an item of that lost list read without it), so the sentence that opens the list, the orphaned line "
 "on Francis Edwin Brown, and the sections 'Buses', 'Hallford-Stevens and Dennis-Stevens' (J & E Hall, Dartford, "
 "Dennis Bros, Guildford) and 'Tilling-Stevens' (broken off in 'Share of the S.G. de Autobuses de'; `truncated`) "
 "after it are not in the text (doubtful: 'These included:' is a whole sentence, cut as a trailing sentence whose "
 "list the excerpt lost). Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as "
 "written: 'Tilling-Stevens was a British manufacturer of buses and other commercial vehicles, based in Maidstone, "
 "Kent', 'Originally established in 1897', 'It continued as an independent manufacturer until 1950, when it was "
 "acquired by the Rootes Group', 'W.A. Stevens was established in Maidstone in 1897 by William Arthur Stevens and had "
 "by 1906 built its first petrol-electric vehicle using designs patented by Percival (Percy) Frost-Smith' (the "
 "nickname in brackets, as written), 'W.A. Stevens also patented a system for converting conventional petrol buses', "
 "'patent GB190820210', 'Percival Harry Frost-Smith was Managing Director of Tilling-Stevens Ltd in 1915/1916' "
 "('Managing Director' in capitals; '1915/1916' as written), 'between 1908 and 1918'. 137 words. No outage and no "
 "near-miss of one told (a company acquired is a business matter). Recorded CC BY-SA 4.0 (a recent revision; "
 "doubtful, undated). Found at rank 8 of the query 'Tilling-Stevens British vehicle manufacturer Maidstone "
 "petrol-electric buses Thomas Tilling W. A. Stevens Rootes Wikipedia' (batch 68ac's lead: 'vehicle makers ... "
 "Tilling-Stevens'), and again at rank 8 of a query on the lead's first sentence in quotes, which gave no "
 "en.wikipedia.org rendering; piglix.com (rank 1; no licence line seen), myntransportblog.wordpress.com (rank 2; a "
 "blog with captions woven in), tractors.fandom.com (rank 3; a fandom wiki's older text), wikicars.org (rank 4), "
 "fdocuments.us (rank 5; a copyrighted book), thectp.org.uk (rank 7; a society's bulletin) and en-academic.com (rank "
 "6; an older copy, no managing director) not used. Tilling-Stevens, Tilling Stevens, Thomas Tilling, Frost-Smith, "
 "Hallford: " + CHECKED + " ('Tilling' alone in train's wp-harrogate-bus-company and wp-harry-jayawardena, and "
 "'Rootes Group' in dev's wp-rootes-group and other texts: other matters and side mentions here).", "UK",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]'), a space a cut marker leaves before a closing bracket dropped, whitespace runs as one space."""
    s = re.sub(r"\s*\[(\d+|nb \d+|edit|citation needed)\]", "", s)
    return " ".join(re.sub(r"\s+\)", ")", s).split())


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

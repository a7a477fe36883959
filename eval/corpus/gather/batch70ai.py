#!/usr/bin/env python3
"""Batch 70ai (session 64; gatherer lane 70ai): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-70ac, kept to three transport companies new to the corpus, turned from the leads of rounds
70r, 70w and 70ac (their 'Not yet queried' lists checked first: Shaw Savill & Albion, Bush Pilots Airways, Black and
White Motorways, Qantas Empire Airways, Derby Aviation, Air Safaris and MacRobertson Miller Airlines queried; British bus
operators with 0 hits then queried): Air Queensland (formerly Bush Pilots Airways), the Cairns airline of 1951-1988
founded by Bob Norman, its first aircraft bought from Adastra Airways Ltd, its acquisition of Somerset Airways in 1963,
its absorption of Queensland Pacific Airways Ltd in 1972, renamed BPA in 1978 and Air Queensland in 1981 (airlines,
Australia); MacRobertson Miller Airlines (MMA), the Western Australian airline of 1927-1993, from Horrie Miller's
Commercial Aviation Company of 1919/1920, formed as MacRobertson-Miller Aviation in 1928 with the backing of Macpherson
Robertson, its Commonwealth Government airmail contract once operated by West Australian Airways, its merger with
Airlines WA in 1955, bought by Ansett Transport Industries in 1968 and rebranded Ansett WA (airlines, Australia); and
Red & White Services, the south-east Wales and Gloucestershire bus company of 1929-1978, from John Watts's two bus
companies of 1922 (Gloucestershire Transport, renamed Gloster (Red & White) Services, and The Valleys Motor Bus
Services), Red & White United Transport Ltd of 1937 (later United Transport Company), the Associated Motorways
consortium, its purchases of Red Bus Services of Stroud and All-British Travels Ltd in 1933 (bus operators, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Air Queensland' (no revision id; recent; recorded 4.0),
wikimili.com's copy of 'MacRobertson Miller Airlines' (undated; recorded 4.0 as rounds 70k, 70o and 70aa recorded
wikimili.com's copies) and piglix's copy of 'Red & White Services' (piglix.com, undated, about 2017; recorded 3.0 as
batches 70c, 70f and 70w recorded the site's copies). Each cut before the end of the article (all `truncated`), at a
sentence end before the sentence its excerpt breaks off in. Edits per item in `notes` (title, site, infobox, caption,
contents and heading lines cut; paragraphs as the rendering or copy sets them apart; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70ai/src), the markers ('[1]', ' [1]',
'[nb 1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-70ac did.
No text tells an outage. newskg (or any extractor) was not run on any text. A round of three: eleven queries, three
answered with English Wikipedia text on a transport company not yet in the corpus and were taken, the rest left (round
notes, /tmp/gather70ai/NOTES.md; queries, /tmp/gather70ai/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70ai.py [POOL_DIR] [--dry]   (default /tmp/gather70ai/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ai/pool"
SRC = "/tmp/gather70ai/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, Australia: Air Queensland (en.wikipedia.org's '= Title =' rendering, recent) --------------------------
AQ = [
 "Air Queensland, formerly Bush Pilots Airways, was an Australian airline which operated from 1951 until 1988.",
 "Bush Pilots Airways was formed in 1951 and operated in Queensland, Australia until 1988. Its first aircraft was a de "
 "Havilland DH-90 \"Dragonfly\" registered as VH-AAD. This was purchased from Adastra Airways Ltd in Sydney in 1951 and "
 "flown to Cairns, Queensland by Bush Pilots founder Bob Norman.",
 "In 1963 Bush Pilots Airways acquired Somerset Airways which was established in 1950 and operated out of Longreach "
 "Airport with Auster J-1N Alpha and Beech Bonanza",
 "In May 1972 Bush Pilots absorbed Queensland Pacific Airways Ltd, taking over its Douglas DC-3 aircraft.",
 "In 1978 Bush Pilots Airways changed their name to BPA. BPA operated Douglas DC-3 aircraft, Britten-Norman "
 "Trislanders and Swearingen Metroliners. Operations were largely in Queensland, Australia, although the airline also "
 "provided service to Groote Eylandt in the Northern Territory. The services north from Brisbane (and return) were "
 "very popular with business travellers and tourists alike. A typical run involved stops in regional cities between "
 "Brisbane and Townsville, such as Maroochydore, Maryborough, Bundaberg, Gladstone, Rockhampton, and Mackay. "
 "Short-distance services operated from Cairns to inland and coastal locations such as Cooktown, Karumba and "
 "Normanton. With such frequent stops a high altitude was never achieved, offering good views of this scenic part of "
 "the state.",
 "On 1 December 1981 BPA became Air Queensland. Air Queensland was the last airline in Australia to use Douglas DC-3s "
 "on regular scheduled services, the last being withdrawn on 7 April 1988."]
KEPT["wp-air-queensland"] = ("air-queensland-enwiki.txt", AQ)
R.append(wp("wp-air-queensland", "Air Queensland", "https://en.wikipedia.org/wiki/Air_Queensland",
 "\n\n".join(AQ),
 "transport/airlines", ["history", "founding", "fleet", "acquisitions", "renaming"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70ac recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Air Queensland ='; the infobox lines between the title and the "
 "lead ('Infobox', '- Airline: Air Queensland', '- Logo: AirQueensland.jpg', '- Iata: QN', '- Icao: AQN', '- "
 "Callsign: BUSHAIR', '- Founded: 1951', '- Ceased: 30 April 1988', '- Hubs: Cairns International Airport', '- "
 "Headquarters: Cairns, Australia', so Cairns International Airport is not in the text); the heading '== History =='; "
 "cut after '... the last being withdrawn on 7 April 1988.', before the sentence the excerpt breaks off in ('The Air "
 "Queensland name ceased to exist on 30 April 1988 when the airline was absorbed into Aust'; `truncated`). No "
 "citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or "
 "changed. Kept as written: 'Air Queensland, formerly Bush Pilots Airways', 'a de Havilland DH-90 \"Dragonfly\" "
 "registered as VH-AAD', 'purchased from Adastra Airways Ltd in Sydney', 'by Bush Pilots founder Bob Norman', 'In "
 "1963 Bush Pilots Airways acquired Somerset Airways ... with Auster J-1N Alpha and Beech Bonanza' (no full stop, as "
 "the rendering ends the paragraph), 'Bush Pilots absorbed Queensland Pacific Airways Ltd, taking over its Douglas "
 "DC-3 aircraft', 'Bush Pilots Airways changed their name to BPA', 'Britten-Norman Trislanders and Swearingen "
 "Metroliners', 'The services north from Brisbane (and return)', 'Rockhampton, and Mackay' (a serial comma), "
 "'Short-distance services', 'On 1 December 1981 BPA became Air Queensland.', 'Douglas DC-3s'. 250 words. No outage "
 "and no near-miss of one told (an aircraft withdrawn from service, a fleet decision). Found at rank 2 of the query "
 "'Air Queensland formerly Bush Pilots Airways Australian airline 1951 1988' (query 4); pl.frwiki.wiki's Polish "
 "translation (rank 1), de.knowledgr.com's German translation (rank 3), wikimili.com's copy (rank 4; the same text "
 "with citation markers), airlines-airliners.de (rank 5; German, not Wikipedia's), en.wikipedia.org's oldid "
 "1169225932 page (rank 6; its excerpt breaks off earlier, in 1978), bushpilotsairways.com.au and aussieairliners.org "
 "(ranks 7, 8; not Wikipedia's) not used. Air Queensland, Bush Pilots, Adastra, Somerset Airways, Queensland Pacific, "
 "Bob Norman: " + CHECKED + " ('Bush Pilots' and 'Adastra' only in GATHERING.md's leads and notes of other rounds).",
 "Australia"))

# ---- airlines, Australia: MacRobertson Miller Airlines (wikimili.com's copy, undated) -------------------------------
MMA = [
 "MacRobertson Miller Airlines (MMA) was a Western Australian airline that operated between 1927 and 1993. After "
 "being purchased by Ansett Transport Industries in 1968, it was eventually rebranded Ansett WA.",
 "In 1919, Horrie Miller purchased an Armstrong Whitworth F.K.8 from the United Kingdom and launched the Commercial "
 "Aviation Company, in Rochester, Victoria. On 8 October 1920, he registered the Commercial Aviation Company. In 1927, "
 "the Commercial Aviation Company commenced weekly Adelaide to Mount Gambier services with an Airco DH.9.",
 "During May 1928, in partnership with the backing of chocolate millionaire Macpherson Robertson, Miller formed "
 "MacRobertson-Miller Aviation. In October 1934, MacRobertson-Miller Aviation transferred its main base to Perth, "
 "after it won a Commonwealth Government contract for airmail services to Daly Waters in the Northern Territory that "
 "had previously been operated by West Australian Airways.",
 "In 1955, MacRobertson-Miller Aviation and Airlines WA merged with MacRobertson's holding a 62% shareholding. "
 "MacRobertson Miller operated a network of more than 32,000 km, from Esperance in Western Australia to Darwin in the "
 "Northern Territory."]
KEPT["wp-macrobertson-miller-airlines"] = ("macrobertson-miller-airlines-wikimili.txt", MMA)
R.append(wp("wp-macrobertson-miller-airlines", "MacRobertson Miller Airlines",
 "https://wikimili.com/wiki/MacRobertson_Miller_Airlines", "\n\n".join(MMA),
 "transport/airlines", ["history", "founding", "airmail contract", "merger", "takeover"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated; recorded CC "
 "BY-SA 4.0 as rounds 70k, 70o and 70aa recorded wikimili.com's copies; doubtful: undated). Cut: the title line "
 "'MacRobertson Miller Airlines', 'Last updated'; the infobox lines ('MacRobertson Miller Airlines', 'MacRobertson "
 "Miller Airlines (logo).gif', 'IATA ICAO Callsign', 'MVMiller', 'Founded1927', 'Ceased operations1993', 'Hubs "
 "Perth', 'Parent company Ansett Transport Industries', 'Headquarters Perth, Western Australia', 'Key people Horrie "
 "Miller', 'Macpherson Robertson'); 'Contents'; the heading 'History'; the image captions with their file names "
 "('Douglas DC-3 in 1948 MMA DC3.jpg', 'Douglas DC-3 in 1948', 'Fokker F27 Friendship at Essendon Airport in 1971 "
 "Fokker F.27-200 VH-MMR MMA Essendon 120471 edited-1.jpg', 'Fokker F27 Friendship at Essendon Airport in 1971', "
 "'Fokker F28 Fellowship at Perth Airport in the early 1980s MMA Fokker F28-1000 Wheatley.jpg', 'Fokker F28 "
 "Fellowship at Perth Airport in the early 1980s', so the Douglas DC-3 and the Fokker types are not in the text); the "
 "citation markers ' [1]', ' [1] [2] [3]', ' [4]'; cut after '... to Darwin in the Northern Territory.', before the "
 "sentence the excerpt breaks off in ('On 19 April 1963, Ansett Transport Industries purchased MacRobertson's 62% "
 "shareholding and a furt'; `truncated`). Paragraphs as the copy sets them apart (blank lines). No word added or "
 "changed. Kept as written: 'MacRobertson Miller Airlines (MMA)', 'a Western Australian airline', 'After being "
 "purchased by Ansett Transport Industries in 1968, it was eventually rebranded Ansett WA.', 'launched the Commercial "
 "Aviation Company, in Rochester, Victoria' (with its comma), 'weekly Adelaide to Mount Gambier services with an "
 "Airco DH.9', 'During May 1928, in partnership with the backing of chocolate millionaire Macpherson Robertson, Miller "
 "formed MacRobertson-Miller Aviation' (hyphenated), 'a Commonwealth Government contract for airmail services to Daly "
 "Waters', 'MacRobertson-Miller Aviation and Airlines WA merged with MacRobertson's holding a 62% shareholding', "
 "'MacRobertson Miller operated a network of more than 32,000 km'. 168 words. No outage and no near-miss of one told "
 "(a merger and a takeover, business events). Found at rank 8 of the query 'MacRobertson Miller Airlines Horrie "
 "Miller Western Australia airline history' (query 7); theinfolist.com's two copies (ranks 6, 7; glosses run into the "
 "sentences), abc.net.au (rank 1; news), aviationcollection.org, elizabethsbookshop.com.au, "
 "outbackfamilyhistoryblog.com and goodall.com.au (ranks 2-5; not Wikipedia's) not used. MacRobertson Miller, "
 "MacRobertson-Miller, Horrie Miller, Commercial Aviation Company, Ansett WA: " + CHECKED + " ('MacRobertson Miller' "
 "and 'Horrie Miller' only in round 70ac's leads in GATHERING.md; Macpherson Robertson is in round 70ab's "
 "MacRobertson's and West Australian Airways in batch 63i's Adelaide Steamship Company, both as other matters).",
 "Australia", copy_of="the Wikipedia article, via wikimili.com's copy (undated)"))

# ---- bus operators, UK: Red & White Services (piglix's copy, about 2017) --------------------------------------------
RW = [
 "Red & White Services was a bus company operating in south east Wales and Gloucestershire, England between 1929 and "
 "1978.",
 "Red & White evolved into Red & White United Transport Ltd, formed in 1937, which owned bus and road freight "
 "companies in the United Kingdom and southern Africa. When the group's UK bus interests were sold to the British "
 "Transport Commission in 1950, the group changed its name to United Transport Company.",
 "In 1922 John Watts of Lydney, Gloucestershire, started two bus companies. One, Gloucestershire Transport, ran local "
 "bus services around Lydney. The other, The Valleys Motor Bus Services, ran buses around Tredegar in South Wales. "
 "Both companies expanded rapidly by acquiring nearby operators. In 1926 the Lydney business adopted the name Gloster "
 "(Red & White) Services. By 1928, the companies were operating buses between Gloucester, Hereford and South Wales.",
 "In 1929 John Watts formed Red & White Services Ltd to bring together the various bus companies he had formed or "
 "acquired.",
 "In 1929 Red & White entered the long distance coach market, initially from Gloucester and between London and South "
 "Wales. In the early 1930s coach operators were acquired further afield, with services between London, Liverpool and "
 "Glasgow and between Cardiff and Blackpool. In 1934 Red & White was one of the founder members of the Associated "
 "Motorways consortium.",
 "The company expanded rapidly during the 1930s, by now from new headquarters in Chepstow. It acquired several bus "
 "companies in the Swansea area and elsewhere in South Wales. In 1933 Red & White acquired the business of Red Bus "
 "Services of Stroud. Also in 1933 Red & White purchased All-British Travels Ltd. This company had been formed in 1930 "
 "by coach operators George Taylor of Chester, Alfred Harding of Birkenhead and J.W. Scott of Edinburgh, with sleeping "
 "partner Evan R. Davies, a solicitor in Pwllheli."]
KEPT["wp-red-white-services"] = ("red-and-white-services-piglix.txt", RW)
R.append(wp("wp-red-white-services", "Red & White Services", "http://piglix.com/piglix/Red_%26_White_Services",
 "\n\n".join(RW),
 "transport/buses", ["history", "founding", "renaming", "acquisitions", "holding company"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017; undated; recorded CC BY-SA 3.0 as batches 70c, 70f and 70w recorded the site's copies; no revision id); the "
 "address here built from the title, '&' unescaped, as batch 70ac recorded Hants & Dorset. The excerpt holds no title "
 "line, infobox, heading or citation marker (the copy drops the heading 'Early history' without a line of its own). "
 "Cut after '... a solicitor in Pwllheli.', before the sentence the excerpt breaks off in ('Under the fleet name of "
 "'All-British Line' the initial intention was to run express coach services to and from Liverpo'; `truncated`). "
 "Paragraphs as the copy sets them apart (one per line), joined with blank lines. No word added or changed. Kept as "
 "written: 'in south east Wales and Gloucestershire, England', 'Red & White evolved into Red & White United Transport "
 "Ltd, formed in 1937', 'southern Africa', 'the group's UK bus interests were sold to the British Transport Commission "
 "in 1950', 'In 1922 John Watts of Lydney, Gloucestershire, started two bus companies' (1922, where en.wikipedia.org's "
 "present rendering says 1921: the older wording kept), 'One, Gloucestershire Transport,', 'The other, The Valleys "
 "Motor Bus Services,', 'the name Gloster (Red & White) Services', 'In 1929 John Watts formed Red & White Services Ltd', "
 "'the long distance coach market' (no hyphen), 'one of the founder members of the Associated Motorways consortium', "
 "'the business of Red Bus Services of Stroud', 'Also in 1933 Red & White purchased All-British Travels Ltd.', 'coach "
 "operators George Taylor of Chester, Alfred Harding of Birkenhead and J.W. Scott of Edinburgh, with sleeping partner "
 "Evan R. Davies, a solicitor in Pwllheli'. 305 words. No outage and no near-miss of one told (a sale to a state body "
 "and purchases, business events). Found at rank 7 of the query 'Red & White Services Chepstow bus company founded "
 "John Watts history' (query 11); en.wikipedia.org's older page with its 'From Wikipedia' lines (rank 5) and its "
 "present '= Title =' rendering (rank 6), both breaking off before All-British Travels' founders are named, "
 "w.owiki.org's copy (rank 2; run together, no lead), redandwhitebus.com, redandwhitebus.co.uk, "
 "richardsmith.webplus.net and sax1g.com (ranks 1, 3, 4, 8; not Wikipedia's) not used. Red & White, John Watts, "
 "All-British, Associated Motorways, United Transport Company, Red Bus Services, Valleys Motor, Lydney, George "
 "Taylor, Alfred Harding, Evan R. Davies: " + CHECKED + ".", "UK", v3=True,
 copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))


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

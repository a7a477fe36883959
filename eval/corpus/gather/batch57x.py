#!/usr/bin/env python3
"""Batch 57x (session 55; gatherer lane 57x): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57f, 57g, 57m and
57s, turned to mid-size transport companies of the British Isles (a ferry line, a cargo airline, a virtual airline),
new to the corpus: a Guernsey ferry company formed in 1964 by the Channel Island businessmen Peter Dorey and Jack
Norman, two thirds owned by Onesimus Dorey & Sons, bought out by Commodore Shipping in 1983 (with David Norman appointed
managing director), half-owned by TNT from 1992 and taken over by Brittany Ferries in 2025 (ferries, Channel Islands);
a Liverpool freight and passenger airline formed in 1987 as Janes Aviation by Andy Janes and his wife Hilary, which
bought Streamline Aviation in 2002, sold its passenger service to EuroManx in 2005, ran the FlyJem brand and ceased
operations in May 2006 after the CAA suspended its Air Operators Certificate (airline, UK); and an Isle of Man virtual
commuter airline launched in 2006 by the team behind Blue Islands, chaired by Noel Hayes, whose flights Van Air Europe,
FLM Aviation, Links Air, BASe Air Kft and Jetstream Executive Travel operated, and whose assets went to Citywing in
2012 (airline, Isle of Man).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): owiki.org's copy of 'Condor Ferries' (a revision of 2025 or later) and en.wikipedia.org's '= Title =' renderings
of 'Emerald Airways' and 'Manx2' (undated); each cut at a paragraph or sentence end (`truncated`). Edits per item in
`notes` (title lines, infobox lines, headings cut; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather58x/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 57b, 57f, 57g, 57m and 57s did. No text tells an outage; two tell
near-misses of one (Emerald's Air Operators Certificate suspended by the CAA, a regulator's order grounding an airline,
and its ceasing operations, a business failure; Manx2's last flight after its assets were sold, a business end).
newskg (or any extractor) was not run on any text. A round of three: eighteen queries on eighteen companies, fourteen of
them answered with English Wikipedia text (or a copy of it) on a company, three taken (round notes,
/work/notes/gather58/57x.md; queries, /tmp/gather58x/src/queries.txt).
usage: batch57x.py [POOL_DIR] [--dry]   (default /tmp/gather58x/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58x/pool"
SRC = "/tmp/gather58x/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- ferries, Channel Islands: Condor Ferries (owiki.org's copy, a revision of 2025 or later) ------------------------
CONDOR = [
 "Condor Ferries was a ferry company of passenger and freight services based in Guernsey in the Channel Islands. "
 "Founded in 1964, it operated a variety of services between the United Kingdom, Guernsey, Jersey and France.",
 "Condor Ferries had several owners during its operational history before being taken over by Brittany Ferries in "
 "2025.",
 "Condor Ferries was formed in 1964 by Channel Island businessmen Peter Dorey and Jack Norman. Condor was two thirds "
 "owned by Onesimus Dorey & Sons, led by Dorey, with the remaining third largely held by Jack Norman of Commodore "
 "Shipping, linking the two companies. The company originally operated services only between the Channel Islands and "
 "St Malo. In a 2014 interview with the Guernsey Press, Dorey's son, Rupert recalled \"it was a ballsy, risky thing "
 "to do to start the business in the first place in 1964, with no guarantees of success. It was very innovative at "
 "the time but it wasn't even clear whether the local waters would suit the hydrofoil boat, and there were problems "
 "to overcome. It made losses for two or three years but then they rolled the dice, decided to double up the service "
 "and buy another boat, it was one huge risk but it paid off.\"The initial series of Condor vessels were all "
 "hydrofoil passenger ferries, with the exception of Condor 6 which was a passenger only catamaran.",
 "Peter Dorey was lost at sea in a sailing accident whilst competing in the 1979 Fastnet Race, with his interest "
 "passing to his wife, Tattie. Four years later, in 1983, Commodore Shipping acquired all remaining shares in Condor "
 "which it did not own, with David Norman being appointed managing director. In 1992 Australian logistics and "
 "transport company, TNT, acquired a 50% shareholding in Condor Ferries."]
KEPT["wp-condor-ferries"] = ("condor-owiki.txt", CONDOR)
R.append(wp("wp-condor-ferries", "Condor Ferries", "https://owiki.org/wiki/Condor_Ferries",
 "\n\n".join(CONDOR),
 "transport/ferries", ["history", "founding", "ownership", "acquisitions"],
 "The article as owiki.org's copy holds it in the page store (no date or revision id held; a revision of 2025 or "
 "later: it tells the takeover by Brittany Ferries in 2025 and calls the company 'was'). Cut: the title line 'Condor "
 "Ferries'; the headings 'History' and 'Expansion'; cut after '... acquired a 50% shareholding in Condor Ferries.', "
 "before the Expansion paragraph, which the excerpt breaks off ('In the winter of 1993/1994, one of Condor's parent "
 "companies, Commodore '; `truncated`; a cut at a paragraph end), so the Weymouth service of 1993 and the Incat "
 "catamaran Condor 10 are not in the text. The copy has no infobox and no citation markers; its paragraphs are single "
 "lines, joined here with blank lines. No word added or changed. Kept as written: 'a ferry company of passenger and "
 "freight services based in Guernsey', 'Channel Island businessmen Peter Dorey and Jack Norman', 'two thirds owned by "
 "Onesimus Dorey & Sons, led by Dorey', 'the remaining third largely held by Jack Norman of Commodore Shipping, "
 "linking the two companies', 'Dorey's son, Rupert recalled', the quotation run on to the next sentence without a "
 "space ('it paid off.\"The initial series'; so in the copy), 'whilst competing in the 1979 Fastnet Race', 'his "
 "interest passing to his wife, Tattie', 'acquired all remaining shares in Condor which it did not own', 'with David "
 "Norman being appointed managing director', 'Australian logistics and transport company, TNT, acquired a 50% "
 "shareholding'. 292 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2025 or "
 "later, after Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query 'Condor Ferries is a ferry operator "
 "running services between the United Kingdom, the Channel Islands and France, owned by'; en.wikipedia.org's own "
 "'= Title =' rendering (rank 1; its excerpt breaks off inside Rupert Dorey's quotation, before the 1983 buy-out, "
 "David Norman and TNT; saved as condor-enwiki.txt), wikiwand.com's copy (rank 3; citation markers), profilpelajar.com "
 "(rank 5; French), bbc.co.uk, bbc.com and itv.com (ranks 4, 6, 7; copyrighted news) and a jimdofree.com fan page "
 "(rank 8) not used. Condor Ferries, Peter Dorey, Jack Norman, Onesimus Dorey, Commodore Shipping, David Norman, "
 "Holyman, Columbia Threadneedle: " + CHECKED + " ('Thomas Nationwide Transport', the infobox's name for TNT, is in a "
 "text on TNT Express, not on Condor; 'TNT' is not checked further, being a name of many matters).", "non-US"))

# ---- airline, UK: Emerald Airways (en.wikipedia.org '= Title =' rendering, undated) ---------------------------------
EMERALD = [
 "Emerald Airways was an airline based in Liverpool, United Kingdom. It operated contract and ad hoc freight services "
 "throughout the UK and Europe for postal, newspaper and freight companies and passenger services to Ireland under "
 "the brand FlyJem.",
 "The airline ceased operations on 12 May 2006.",
 "The airline was established and started operations in 1987. It was formed by Andy Janes and his wife Hilary as "
 "Janes Aviation at Southend airport. The company was renamed Emerald in 1992, in recognition of the large amount of "
 "business across the Irish Sea and established its base in Liverpool. In October 2002, Emerald bought Exeter based "
 "Streamline Aviation. The airline was wholly owned by AS Janes and HJ Janes.",
 "In June 2005, EuroManx successfully bought the passenger service of Emerald Airways, which was operating low cost "
 "services from Liverpool John Lennon Airport to the Isle of Man, using BAe ATPs. Following the takeover these "
 "services were then operated under the EuroManx name and booking system, but often the cabin crew employed and the "
 "planes used were those of Emerald Airways.",
 "Following the suspension of Emerald's AOC and the company subsequently calling in administrators, one of the ATPs "
 "was impounded by the Isle of Man Government at Ronaldsway Airport.",
 "The new Irish start-up airline, Emerald Airlines, founded in November 2020 is unrelated to Emerald Airways.",
 "On 4 May 2006 at 20:00 the airline's Air Operators Certificate was suspended by the CAA following safety issues, "
 "the latest of which was an HS748 incident in the Channel Islands. The CAA specified that should its requirements be "
 "met the airline's AOC would be reinstated."]
KEPT["wp-emerald-airways"] = ("emerald-enwiki.txt", EMERALD)
R.append(wp("wp-emerald-airways", "Emerald Airways", "https://en.wikipedia.org/wiki/Emerald_Airways",
 "\n\n".join(EMERALD),
 "aviation/airline", ["history", "founding", "ownership", "acquisitions", "regulation"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of November 2020 or later: it names Emerald Airlines, 'founded in November 2020'). Cut: the title line "
 "'= Emerald Airways =' and the line 'Infobox'; the infobox lines ('- Airline: Emerald Airways', '- Iata: G3', '- "
 "Icao: JEM', '- Callsign: GEMSTONE', '- Founded: 1987 (as Janes Aviation)', '- Ceased: 2006', '- Bases: Liverpool, "
 "Isle of Man, Coventry, Pisa, Prague, Vienna, Paris', '- Headquarters: Liverpool Airport, United Kingdom'); the "
 "headings '== History ==' and '==AOC Suspension=='; cut after '... the airline's AOC would be reinstated.', before "
 "the sentence the excerpt breaks off ('On 11 May 2006, administrators were '; `truncated`; a cut inside a paragraph, "
 "at a sentence end). The excerpt has no citation markers. No word added or changed. Kept as written: 'contract and ad "
 "hoc freight services', 'under the brand FlyJem', 'formed by Andy Janes and his wife Hilary as Janes Aviation at "
 "Southend airport' (lower-case 'airport'), 'renamed Emerald in 1992', 'Exeter based Streamline Aviation' (no "
 "hyphen), 'wholly owned by AS Janes and HJ Janes' (initials without stops), 'EuroManx successfully bought the "
 "passenger service of Emerald Airways', 'using BAe ATPs', 'one of the ATPs was impounded by the Isle of Man "
 "Government at Ronaldsway Airport', 'founded in November 2020 is unrelated' (no comma), 'On 4 May 2006 at 20:00', "
 "'Air Operators Certificate' (no apostrophe), 'an HS748 incident'. 267 words. No outage told; near-misses: the "
 "suspension of the Air Operators Certificate by the CAA 'following safety issues' (a regulator's order grounding an "
 "airline, as a government order closing a broadcaster or market is none; GUIDELINES, Outages) and 'The airline "
 "ceased operations on 12 May 2006' (a business failure). Recorded CC BY-SA 4.0 (a recent revision as en.wikipedia.org "
 "rendered it, as batches 56j, 56p, 57b, 57g and 57m recorded their '= Title =' renderings; doubtful in that no "
 "revision date is held, only 'November 2020' as a lower bound). Found at rank 1 of the query 'Emerald Airways was a "
 "British cargo and passenger airline based at Liverpool, founded by Captain Mike Kay, licence revoked by Civil "
 "Aviation Authority 2006' (the founder's name in the query was a wrong guess; the page names Andy Janes); "
 "aviationpros.com, aviation-safety.net, pprune.org and saadonline.uk (ranks 2-5; copyrighted news, a forum and a "
 "history page) and the Portuguese and German Wikipedias (ranks 6-8) not used. Emerald Airways, Janes Aviation, Andy "
 "Janes, Streamline Aviation, EuroManx, FlyJem: " + CHECKED + ".", "non-US"))

# ---- airline, Isle of Man: Manx2 (en.wikipedia.org '= Title =' rendering, undated) -----------------------------------
MANX2 = [
 "Manx2 was a virtual commuter airline with its head office in Hangar 9, Isle of Man Airport in Ballasalla, Malew, "
 "Isle of Man. It sold flights and services from several airports in the UK with bases in Belfast City, Blackpool, "
 "Cardiff and Isle of Man. The flights were operated for Manx2 by a number of airlines, including Van Air Europe, FLM "
 "Aviation and Links Air. In December 2012, the assets of Manx2 were sold to Citywing and Manx2's last flight took "
 "place on 31 December 2012.",
 "Manx2 was launched on 11 May 2006, with services starting on 15 July. Its chairman was Noel Hayes. Manx2 was "
 "founded by the team who set up the Blue Islands airline, which serves the Channel Islands.",
 "On 11 July 2006, Manx2 took delivery of its first chartered aircraft, a Let L-410 Turbolet painted in the new "
 "corporate colours of Manx2. The aircraft was initially operated by 'BASe Air Kft' (Budapest Air Services) under the "
 "call sign 'Base' and the flight code 'BPS'. The first three routes to be announced by Manx2 were from the Isle of "
 "Man to Belfast International and Blackpool on 15 July, followed by Leeds Bradford on 12 August 2006.",
 "Manx2 introduced the BAe Jetstream 31 into its fleet in September 2006 with the aircraft being operated by "
 "Jetstream Executive Travel. Initially only one Jetstream 31 was added to the fleet to operate the Isle of Man to "
 "Leeds Bradford service.",
 "Manx2 added a Fairchild Metroliner from Flightline BCN to its fleet for a period and extended its route network to "
 "include Belfast City. Routes to Belfast City and Blackpool were flown by two 19-seat turboprop Let L-410 aircraft "
 "from European operator VanAir Europe."]
KEPT["wp-manx2"] = ("manx2-enwiki.txt", MANX2)
R.append(wp("wp-manx2", "Manx2", "https://en.wikipedia.org/wiki/Manx2",
 "\n\n".join(MANX2),
 "aviation/airline", ["history", "founding", "leadership", "partners"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2013 or later: it tells Manx2's last flight of 31 December 2012 as past, and 'Routes ... were flown' "
 "where the older rendering (rank 2) has 'are now flown'). Cut: the title line '= Manx2 =' and the line 'Manx2'; the "
 "infobox lines ('- Logo: Manx2 logo.svg', '- Industry: Travel', '- Successor: Citywing', '- Location City: Isle of "
 "Man Airport', '- Location Country: Isle of Man', '- Key People: Noel Hayes (Chairman), David Buck (MD)'), so the "
 "managing director David Buck is not in the text; the heading '==History=='; cut after '... from European operator "
 "VanAir Europe.', before the paragraph the excerpt breaks off ('On 3 September 2007, Manx2 launched a new service "
 "... located at Staverton b'; `truncated`; a cut at a paragraph end). The excerpt has no citation markers. No word "
 "added or changed. Kept as written: 'a virtual commuter airline', 'Hangar 9, Isle of Man Airport in Ballasalla, "
 "Malew, Isle of Man', 'The flights were operated for Manx2 by a number of airlines, including Van Air Europe, FLM "
 "Aviation and Links Air', 'the assets of Manx2 were sold to Citywing', 'Its chairman was Noel Hayes', 'founded by the "
 "team who set up the Blue Islands airline', the single quotation marks of ''BASe Air Kft' (Budapest Air Services)', "
 "''Base'' and ''BPS'', 'on 15 July' twice (no year), 'the BAe Jetstream 31', 'a Fairchild Metroliner from "
 "Flightline BCN', 'European operator VanAir Europe' (one word, beside 'Van Air Europe' in the lead). 283 words. No "
 "outage told; a near-miss: 'the assets of Manx2 were sold to Citywing and Manx2's last flight took place on 31 "
 "December 2012' (a business end, services stopped on purpose; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a recent "
 "revision as en.wikipedia.org rendered it, as batches 56j, 56p, 57b, 57g and 57m recorded their '= Title =' "
 "renderings; doubtful in that no revision date is held). Found at rank 1 of the query 'Manx2 was a virtual airline "
 "based on the Isle of Man founded by Noel Hayes, flights operated by Van Air Europe, renamed Citywing'; an older "
 "en.wikipedia.org rendering (rank 2; citation markers, 'are now flown'), hubbry.com, wikimili.com and a dweb.link "
 "copy (ranks 3-5; copies with markers), airlinegeeks.com and aerotelegraph.com (ranks 6-7; copyrighted) and "
 "theinfolist.com's 'Citywing' (rank 8; link glosses spliced into the text) not used. Manx2, Noel Hayes, Citywing, Van "
 "Air Europe, VanAir, FLM Aviation, Links Air, Budapest Air Services, Jetstream Executive Travel, Flightline BCN, David "
 "Buck: " + CHECKED + " ('BASe Air' matches, case-insensitively, an unrelated phrase in one text and one script of "
 "batch 29d; 'Blue Islands' is named only in GATHERING.md's batch 57m leads).", "non-US"))


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

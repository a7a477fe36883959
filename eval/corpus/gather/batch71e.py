#!/usr/bin/env python3
"""Batch 71e (session 65; gatherer lane 71e): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-70ai, kept to three British bus operators new to the corpus, turned from the leads of rounds
70w, 70ac and 70ai (their 'Not yet queried' lists checked first: Lancashire United Transport and the Eastern Counties
Omnibus Company queried; British bus operators with 0 hits then queried): First Potteries, the Stoke-on-Trent bus
company begun in 1898 as the Potteries Electric Traction Company, renamed Potteries Motor Traction in 1933, bought from
the National Bus Company by its management and employees as PMT Limited in 1986 (four named managers leading the
buyout), its purchase of Crosville Motor Services' Wirral, Ellesmere Port and Chester operations from the Drawlane
Group in 1990, part of First Midlands and a subsidiary of FirstGroup (bus operators, UK); United Automobile Services,
the Lowestoft-founded bus operator of North East England and North Yorkshire (1912), its control passed to the Tilling
Group and the London and North Eastern Railway in 1929, its East Anglian operations split off as the Eastern Counties
Omnibus Company in 1931, its East Midland Motor Services set up by its manager W.T. Underwood, nationalised in 1948
and controlled by the British Transport Commission, the Transport Holding Company and the National Bus Company (bus
operators, UK); and W. Alexander & Sons Ltd, the Falkirk bus operator and coachbuilder of 1913-1961 run by father and
son Walter Alexander, controlled from 1929 by the Scottish Motor Traction Company, its acquisitions of the Scottish
General Omnibus Group, Bydand Motor Omnibus Company and four companies run as subsidiaries, its agreement with Perth
Corporation (bus operators, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' renderings of 'First Potteries' and 'W. Alexander & Sons' (no revision id;
recent; recorded 4.0) and piglix's copy of 'United Automobile Services' (piglix.com, undated, about 2017; recorded 3.0
as batches 70c, 70f, 70w and 70ai recorded the site's copies). Each cut before the end of the article (all
`truncated`), at a sentence end before the sentence its excerpt breaks off in, or (United Automobile Services) at the
excerpt's last full sentence. Edits per item in `notes` (title, site, infobox and heading lines cut; paragraphs as the
rendering or copy sets them apart; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather71e/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 55e-70ai did. No text tells an outage. newskg (or any extractor) was
not run on any text. A round of three: five queries, three answered with English Wikipedia text on a bus operator not
yet in the corpus and were taken, the rest left (round notes, /tmp/gather71e/NOTES.md; queries,
/tmp/gather71e/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71e.py [POOL_DIR] [--dry]   (default /tmp/gather71e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71e/pool"
SRC = "/tmp/gather71e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- bus operators, UK: First Potteries (en.wikipedia.org's '= Title =' rendering, recent) -------------------------
FP = [
 "First Potteries is a bus company based in Stoke-on-Trent operating services in North Staffordshire, England. It is a "
 "part of First Midlands and a subsidiary of FirstGroup.",
 "The business began life in 1898 as a tram operator, the Potteries Electric Traction Company, which quickly acquired "
 "even earlier operators dating back to the early 1860s. Tram services ended in 1928 and in 1933 the name was revised "
 "to Potteries Motor Traction. As part of the privatisation of the National Bus Company, PMT Limited was created on 12 "
 "December 1986 when it was purchased by its management and employees. The team leading PMT's buyout were managing "
 "director Mike Moors, traffic manager Steve Ellis, chief engineer Barry Parkinson and company secretary Nigel "
 "Barrett.",
 "Expansion came quickly for PMT, and it had commenced operations outside its traditional North Staffordshire area a "
 "little over six weeks prior to purchase from NBC. On 25 October 1986, the day bus services in the UK were "
 "deregulated, a small outstation was established in the neighbouring town of Crewe. This was followed by a venture "
 "into Merseyside with the opening of a Red Rider outstation at Moreton on the Wirral Peninsula. A small operation in "
 "Leeds commenced in 1988, followed a year later by the winning of tenders in the West Midlands. This led to vehicles "
 "being outstationed at a haulage company's yard in Willenhall.",
 "On 6 February 1990, PMT purchased the Wirral, Ellesmere Port and Chester operations of Crosville Motor Services from "
 "the Drawlane Group."]
KEPT["wp-first-potteries"] = ("first-potteries-enwiki.txt", FP)
R.append(wp("wp-first-potteries", "First Potteries", "https://en.wikipedia.org/wiki/First_Potteries",
 "\n\n".join(FP),
 "transport/buses", ["history", "renaming", "privatisation", "management buyout", "acquisitions"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70ai recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= First Potteries ='; the infobox lines between the title and the "
 "lead ('First Potteries', '- Logo: File:FirstBus 2024.svg', '- Parent: FirstGroup', '- Headquarters: Abbey Lane, "
 "Leicester', '- Service Area: Stoke-on-Trent, The Potteries, Stafford, Crewe, Leek, Staffordshire, Leek', '- Service "
 "Type: Bus services', '- Depots: Adderley Green', '- Fleet: 114 (January 2018)', '- Fuel Type: Diesel', '- Operator: "
 "First Midlands', '- Ceo: Nigel Eggleton', so Nigel Eggleton, Leicester and Adderley Green are not in the text); the "
 "headings '==History==' and '===Potteries Motor Traction==='; cut after '... from the Drawlane Group.', before the "
 "sentence the excerpt breaks off in ('PMT also purchased Pennine Blue, serving the Tameside area of Grea'; "
 "`truncated`, so Pennine Blue is not in the text). No citation markers in this rendering. Paragraphs as the "
 "rendering sets them apart (blank lines). No word added or changed. Kept as written: 'It is a part of First Midlands "
 "and a subsidiary of FirstGroup.', 'The business began life in 1898 as a tram operator, the Potteries Electric "
 "Traction Company', 'dating back to the early 1860s', 'in 1933 the name was revised to Potteries Motor Traction', 'As "
 "part of the privatisation of the National Bus Company, PMT Limited was created on 12 December 1986 when it was "
 "purchased by its management and employees', 'managing director Mike Moors, traffic manager Steve Ellis, chief "
 "engineer Barry Parkinson and company secretary Nigel Barrett', 'prior to purchase from NBC', 'the day bus services "
 "in the UK were deregulated', 'a Red Rider outstation at Moreton on the Wirral Peninsula', 'followed a year later by "
 "the winning of tenders in the West Midlands', 'being outstationed', 'the Wirral, Ellesmere Port and Chester "
 "operations of Crosville Motor Services from the Drawlane Group'. 247 words. No outage and no near-miss of one told "
 "(a buyout, deregulation, a purchase of operations: business events). Found at rank 5 of the query 'Potteries Motor "
 "Traction bus company Stoke-on-Trent history' (query 3); liquisearch.com's copy of an older 'First Potteries' "
 "'History' section (rank 3; no lead, an older wording), tuffleyjunction.co.uk, platform5.com, "
 "publictransportexperience.blogspot.co.nz, northstaffordshireheritage.co.uk, shop.myonlinebooking.co.uk and "
 "sandyfordgoldenhill.co.uk (ranks 1, 2, 4, 6-8; not Wikipedia's) not used. First Potteries, Potteries Motor "
 "Traction, Potteries Electric Traction, Mike Moors, Barry Parkinson, Nigel Barrett, Pennine Blue, Red Rider: "
 + CHECKED + " ('Drawlane' only in GATHERING.md; 'Steve Ellis' is another man in batch 57a's Free Radical Design; "
 "Crosville Motor Services, the National Bus Company and FirstGroup are in other texts as other matters).", "UK"))

# ---- bus operators, UK: United Automobile Services (piglix's copy, about 2017) ------------------------------------
UAS = [
 "United Automobile Services was a bus operator operating in North Yorkshire and North East England. It provided bus "
 "services across England's widest geographical area, stretching from Berwick-upon-Tweed on the Scottish border, "
 "south to Filey in East Yorkshire.",
 "United was founded in Lowestoft in 1912, with two routes, one in Suffolk and one over 200 miles away between Bishop "
 "Auckland and Durham. During the 1920s, the company expanded into Norfolk and south Lincolnshire, and in "
 "Northumberland, County Durham and North Yorkshire. In 1929 control passed to the Tilling Group and the London and "
 "North Eastern Railway, and in 1931 the new owners split off the East Anglian operations into a separate company, "
 "Eastern Counties Omnibus Company.",
 "United also started East Midland Motor Services. This came about through the desire to expand. One of their "
 "managers, W.T. Underwood, was sent to Clowne (near Chesterfield) to set up a bus company in his own name. The "
 "Underwoods company later became East Midland.",
 "United was nationalised in 1948, and controlled first by the British Transport Commission, from 1 January 1963 by "
 "the Transport Holding Company, and from 1 January 1969 by the National Bus Company.",
 "The company ran vehicles from its head office in Darlington and garages across their area, including Durham, "
 "Hartlepool, Whitby and Peterlee amongst others. Most of those vehicles were Bristols with Gardner engines and "
 "Eastern Coach Works bodies, the LH and VR being common vehicles. Another vehicle commonly used was the Leyland "
 "National. United were one of only three operators (and the only English operator) to buy the Bristol REMH 12-metre "
 "(39 ft) coach chassis. These 35 vehicles, which had Plaxton Panorama Elite III 49-seat coach bodywork, were "
 "delivered between 1971 and 1975."]
KEPT["wp-united-automobile-services"] = ("united-automobile-services-piglix.txt", UAS)
R.append(wp("wp-united-automobile-services", "United Automobile Services",
 "http://piglix.com/piglix/United_Automobile_Services", "\n\n".join(UAS),
 "transport/buses", ["history", "founding", "ownership", "nationalisation", "fleet"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017; undated; recorded CC BY-SA 3.0 as batches 70c, 70f, 70w and 70ai recorded the site's copies; no revision "
 "id). Cut: the image caption 'Preserved Bristol L5G in May 2009' and the infobox lines ('|', '|', 'Founded | 1912 "
 "|', '---|---|', 'Headquarters | Darlington |', 'Service area |', 'North East England North Yorkshire |', 'Service "
 "type | Bus operator |', so the Bristol L5G is not in the text). No title line, heading or citation marker in the "
 "excerpt. The excerpt ends at a full sentence ('... were delivered between 1971 and 1975.'), kept whole; the "
 "article goes on (its 'Former Operating Areas' sections, as world library's copy lists them), so `truncated`. "
 "Paragraphs as the copy sets them apart (one per line), joined with blank lines. No word added or changed. Kept as "
 "written: 'a bus operator operating in North Yorkshire and North East England', 'England's widest geographical "
 "area', 'United was founded in Lowestoft in 1912', 'During the 1920s, the company expanded into Norfolk and south "
 "Lincolnshire', 'In 1929 control passed to the Tilling Group and the London and North Eastern Railway' (where "
 "en.wikipedia.org's older page adds 'and B.A.T.': the copy's wording kept), 'the new owners split off the East "
 "Anglian operations into a separate company, Eastern Counties Omnibus Company', 'United also started East Midland "
 "Motor Services.', 'One of their managers, W.T. Underwood, was sent to Clowne (near Chesterfield) to set up a bus "
 "company in his own name. The Underwoods company later became East Midland.', 'from 1 January 1963 by the Transport "
 "Holding Company, and from 1 January 1969 by the National Bus Company' (where the older page says 'from 1962' and "
 "'in 1969'), 'Bristols with Gardner engines and Eastern Coach Works bodies, the LH and VR being common vehicles', "
 "'the Bristol REMH 12-metre (39 ft) coach chassis', 'Plaxton Panorama Elite III 49-seat coach bodywork'. 283 words. "
 "No outage and no near-miss of one told (nationalisation and changes of control, business events). Found at rank 1 "
 "of the query 'United Automobile Services bus company Darlington history founded Lowestoft 1912' (query 4); "
 "en.wikipedia.org's older page with its 'From Wikipedia' lines (rank 2; citation markers, older dates), world "
 "library's (self.gutenberg.org) copy (rank 4; contents lines run in), de.wikial.top's and de.wikibrief.org's German "
 "and es.stringtranslate.com's Spanish translations (ranks 6-8), photomemoriesarchive.org.uk and percivalbros.com "
 "(ranks 3, 5; not Wikipedia's) not used. United Automobile Services, East Midland Motor Services, Eastern Counties "
 "Omnibus: " + CHECKED + " ('Eastern Counties Omnibus' only in GATHERING.md's leads; 'Underwood' only as other people "
 "and matters; the Tilling Group, the Transport Holding Company and the National Bus Company are in other texts as "
 "other matters).", "UK", v3=True,
 copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))

# ---- bus operators, UK: W. Alexander & Sons (en.wikipedia.org's '= Title =' rendering, recent) ---------------------
WA = [
 "W. Alexander & Sons Ltd was a bus operator and coachbuilder in Scotland. The company grew from small beginnings to "
 "become the largest bus operator in Scotland, and one of the largest in the U.K., by the time it was split up in "
 "1961. Its coachbuilding activities, which were transferred to a separate company in 1947, still survive as part of "
 "Alexander Dennis.",
 "Alexanders' Motor Services began running 'omnibus' services in the Falkirk area from a base in Camelon in 1913, and "
 "by 1924 the company was registered as W. Alexander & Sons Ltd. It was run by father and son, Walter Alexander "
 "(1879\u20131959) and Walter Alexander (1902\u20131979).",
 "From 1929 the company was controlled by the Scottish Motor Traction Company (SMT), which had itself come under "
 "control of the LMS and LNE Railway companies the previous year. Expansion was rapid, partly achieved by acquisition. "
 "An early gain was the Scottish General Omnibus Group, which, through a northern subsidiary, took the growing "
 "Alexanders empire as far away as Aberdeen and Inverness by 1930. The company acquired Bydand Motor Omnibus Company "
 "of Aberdeen in 1932. In 1934 another notable achievement was an agreement with Perth Corporation to run city bus "
 "services on their behalf. Some acquired companies were initially operated as subsidiaries rather than being "
 "immediately absorbed by Alexander, notably General Motor Carrying Co. Ltd. of Kirkcaldy (1930\u201337), Simpson's "
 "and Forrester's Ltd. of Dunfermline (1929\u201338), Pitlochry Motor Services Ltd. of Pitlochry (1929\u201342) and "
 "David Lawson Ltd. of Kirkintilloch (1936\u201361).",
 "In addition to running services, Alexanders had also been building bus bodies since 1924, initially for their own "
 "use and then for their subsidiary operators and other members of the SMT group."]
KEPT["wp-w-alexander-sons"] = ("w-alexander-and-sons-enwiki.txt", WA)
R.append(wp("wp-w-alexander-sons", "W. Alexander & Sons", "https://en.wikipedia.org/wiki/W._Alexander_&_Sons",
 "\n\n".join(WA),
 "transport/buses", ["history", "founding", "control", "acquisitions", "subsidiaries"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store, at "
 "en.wikipedia.org/wiki/W._Alexander_%26_Sons (the address here built from the title, '&' unescaped, as batch 70ac "
 "recorded Hants & Dorset; no date or revision id held; undated, a recent rendering, recorded 4.0; doubtful: no "
 "revision id). Cut: the title line '= W. Alexander & Sons ='; the headings '== History ==' and '===Early years==='; "
 "cut after '... other members of the SMT group.', before the sentence the excerpt breaks off in ('However, when the "
 "bus and coach operations of the SMT group were about to be nationalised following the new Labour Government's "
 "Transport Act 1947, it became necessary'; `truncated`, so the Labour Government is not in the text). No infobox "
 "and no citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No word added "
 "or changed. Kept as written: 'W. Alexander & Sons Ltd was a bus operator and coachbuilder in Scotland.', 'one of "
 "the largest in the U.K.', 'still survive as part of Alexander Dennis', 'Alexanders' Motor Services began running "
 "'omnibus' services in the Falkirk area from a base in Camelon in 1913', 'It was run by father and son, Walter "
 "Alexander (1879\u20131959) and Walter Alexander (1902\u20131979).' (two men of one name, en dashes kept), 'the "
 "Scottish Motor Traction Company (SMT), which had itself come under control of the LMS and LNE Railway companies the "
 "previous year', 'An early gain was the Scottish General Omnibus Group, which, through a northern subsidiary, took "
 "the growing Alexanders empire', 'The company acquired Bydand Motor Omnibus Company of Aberdeen in 1932.', 'an "
 "agreement with Perth Corporation to run city bus services on their behalf', 'absorbed by Alexander', 'General "
 "Motor Carrying Co. Ltd. of Kirkcaldy (1930\u201337), Simpson's and Forrester's Ltd. of Dunfermline "
 "(1929\u201338), Pitlochry Motor Services Ltd. of Pitlochry (1929\u201342) and David Lawson Ltd. of Kirkintilloch "
 "(1936\u201361)'. 279 words. No outage and no near-miss of one told (control, acquisitions, a split-up: business "
 "events). Found at rank 2 of the query 'Walter Alexander & Sons bus operator Falkirk history founded' (query 5); "
 "en.wikipedia.org's older page with its 'From Wikipedia' lines (rank 8; citation markers, without Bydand and the "
 "subsidiaries' list), an untitled company page (rank 4; a garbled rewrite: 'operater', 'hdd'), falkirk-wheel.com, "
 "falkirkherald.co.uk (two; news), scotsman.com (news) and vintagebuses.org (ranks 1, 3, 5-7; not Wikipedia's) not "
 "used. W. Alexander & Sons, Alexanders, Walter Alexander, Scottish Motor Traction, Scottish General Omnibus, Bydand, "
 "Perth Corporation, General Motor Carrying, Forrester, Pitlochry Motor: " + CHECKED + " ('Alexander Dennis' only in "
 "GATHERING.md; 'David Lawson' is another man in batch 70s's Bug-Byte).", "UK"))


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

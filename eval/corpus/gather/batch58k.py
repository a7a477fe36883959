#!/usr/bin/env python3
"""Batch 58k (session 55; gatherer lane 58k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57f, 57g, 57m, 57s,
57w, 57x and 58a, turned to mid-size service companies (three airlines and a hotel chain), new to the corpus: a
Plymouth regional airline founded in 2003 by Sutton Harbour Holdings to fill the gap British Airways left in South West
England, headed by managing director Peter Davies and deputy chief executive Mike Coombes, whose ownership passed to
Eastern Airways in September 2010 (airline, England); a Plymouth airline co-founded by the journalist Bill Bryce and
the racing driver Chris Amon, incorporated in 1970 as Brymon Aviation Limited, the partner of Air France in the first
services of London City Airport, in which British Airways took a large minority shareholding and appointed Charles
Stuart chief executive and Sir Colin Marshall chairman (airline, England); a Danish low-cost airline formed in 2005 by
merging Sterling European Airlines and Maersk Air, both bought by Fons Eignarhaldsfélag (owned by Palmi Haraldsson),
sold to the FL Group (whose CEO was Hannes Þór Smárason) and then to Nordic Travel Holding, bankrupt in 2008 and bought
by Cimber Air (airline, Denmark); and a UK hotel company set up by Scottish & Newcastle in 1965, floated in 1997, bought
in 2003 by BIL International (owned by the Hong Leong Group) and now a subsidiary of the Clermont Hotel Group (hotels,
England).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Air Southwest', 'Brymon Airways' and 'Thistle Hotels' (undated)
and review.clateway.com's copy of 'Sterling Airlines' (a 2024 rendering: its infobox counts '62 years ago' from 1962);
each cut at a paragraph or sentence end (`truncated`). Edits per item in `notes` (title lines, infobox lines, headings
and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather59k/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one
space, as batches 57m, 57s, 57x and 58a did. No text tells an outage; two tell near-misses of one (Air Southwest's
operations ceasing after its sale and its withdrawal from a route; Sterling's bankruptcy and ceasing operations; none in
Brymon's or Thistle's). newskg (or any extractor) was not run on any text. A round of four: nine queries on nine
companies, eight of them answered with English Wikipedia text (or a copy of it) on the company, four taken (round
notes, /work/notes/gather59/58k.md; queries, /tmp/gather59k/src/queries.txt).
usage: batch58k.py [POOL_DIR] [--dry]   (default /tmp/gather59k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59k/pool"
SRC = "/tmp/gather59k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airline, England: Air Southwest (en.wikipedia.org '= Title =' rendering, undated) -------------------------------
ASW = [
 "Air Southwest was a British airline founded by Sutton Harbour Holdings in 2003. Ownership was transferred to Eastern "
 "Airways in September 2010 but operations ceased 12 months later. It operated regional scheduled passenger services "
 "in South West England. Its main base was Plymouth City Airport, with hubs at Newquay Cornwall Airport and Bristol "
 "Airport. The airline employed 145 people and was headed by managing director Peter Davies and Deputy chief "
 "executive Mike Coombes.",
 "The company held a United Kingdom Civil Aviation Authority Type A Operating Licence, permitting it to carry "
 "passengers, cargo and mail on aircraft with 20 or more seats.",
 "Air Southwest was established in May 2003 by Sutton Harbour Holdings to fill the void left by the withdrawal of "
 "British Airways from South West England. Its first hub was set up at Plymouth City Airport and operations began on "
 "26 October 2003, the day after British Airways withdrew from the market. The initial route was Plymouth-Newquay-"
 "London Gatwick. This was soon followed by the introduction of the Plymouth-Bristol-Manchester route which was later "
 "extended to Jersey.",
 "On 11 April 2005, the company established a new hub at Newquay, with direct flights to Dublin and flights to "
 "Leeds-Bradford via Bristol. At the same time, the airline added a crew base at Newquay, with five cabin crew, ten "
 "pilots, and one aircraft.",
 "In April 2006, Air Southwest launched services from Newquay to Manchester via Cardiff, and from Bristol to Norwich "
 "(although the airline withdrew from this route in January 2007); in addition a crew and aircraft base was "
 "established at Bristol."]
KEPT["wp-air-southwest"] = ("airsouthwest-enwiki.txt", ASW)
R.append(wp("wp-air-southwest", "Air Southwest", "https://en.wikipedia.org/wiki/Air_Southwest",
 "\n\n".join(ASW),
 "transport/airlines", ["history", "founding", "ownership", "leadership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of October 2011 or later: its infobox gives 'Ceased: 30 September 2011'). Cut: the title line '= Air "
 "Southwest ='; the infobox lines ('Infobox', '- Airline: Air Southwest', '- Logo: Air Southwest.svg', '- Iata: SZ', "
 "'- Icao: WOW', '- Callsign: SWALLOW', '- Founded: 2003', '- Ceased: 30 September 2011', '- Key People: Peter Davies "
 "(CEO), Mike Coombes (MD)', '- Headquarters: Plymouth City Airport', '- Hubs: Plymouth, Newquay, Bristol', '- "
 "Destinations: 12'), so the infobox's titles for the two men (CEO, MD), which differ from the running text's, are not "
 "in the text; the headings '==History==', '=== Launch ===' and '===Expansion==='; cut after '... a crew and aircraft "
 "base was established at Bristol.', before the sentence the excerpt breaks off ('On 30 October 2006 the ai'; "
 "`truncated`; a cut inside a paragraph, at a sentence end). The excerpt has no citation markers. No word added or "
 "changed. Kept as written: 'founded by Sutton Harbour Holdings in 2003', 'Ownership was transferred to Eastern "
 "Airways in September 2010 but operations ceased 12 months later', 'was headed by managing director Peter Davies and "
 "Deputy chief executive Mike Coombes' (capital 'Deputy'), 'a United Kingdom Civil Aviation Authority Type A "
 "Operating Licence', 'to fill the void left by the withdrawal of British Airways from South West England', the route "
 "names joined by hyphens ('Plymouth-Newquay-London Gatwick', 'Plymouth-Bristol-Manchester', 'Leeds-Bradford'), 'five "
 "cabin crew, ten pilots, and one aircraft'. 259 words. No outage told; near-misses: 'operations ceased 12 months "
 "later' (a business end after a sale) and 'the airline withdrew from this route in January 2007' (a route dropped on "
 "purpose; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a recent revision as en.wikipedia.org rendered it, as batches "
 "56j, 56p, 57b, 57g, 57m, 57x and 58a recorded their '= Title =' renderings; doubtful in that no revision date is "
 "held, 2011 being only a lower bound). Found at rank 1 of the query 'Air Southwest was an airline based in Plymouth, "
 "England, founded in 2003 by Sutton Harbour Holdings, sold to Eastern Airways'; airwaysmag.com, jetbackintime.com, "
 "keypublishing.com, aviationweek.com, travelkinds.com, plymothiantransit.com (a blog quoting news) and airreview.com "
 "(ranks 2-8; copyrighted) not used. Air Southwest, Sutton Harbour, Mike Coombes, Plymouth City Airport, Newquay: "
 + CHECKED + " ('Eastern Airways' in batch 40v's test text wp-eastern-airways, which does not name Air Southwest, "
 "another matter; 'Peter Davies' in batch 38f's Caribbean Airlines text, another matter).", "non-US"))

# ---- airline, England: Brymon Airways (en.wikipedia.org '= Title =' rendering, undated) -------------------------------
BRYMON = [
 "Brymon Airways was a British airline with its head office in the Brymon House on the property of Plymouth City "
 "Airport in Plymouth, Devon. It was co-founded in 1972 by journalist Bill Bryce and racing driver Chris Amon.",
 "The company was incorporated on 26 January 1970 as Brymon Aviation Limited operating as Brymon Airways.",
 "Its name derived from its creator's surnames: Bryce and Amon. It quickly built up a network of routes from its bases "
 "at Plymouth and Newquay, to various UK airports (including the Channel Islands, the Isles of Scilly, London Heathrow "
 "and Gatwick) and some foreign destinations such as France.",
 "In 1981, Brymon was the first UK airline to start using the de Havilland Canada Dash 7. Four aircraft were acquired, "
 "two used in Aberdeen on contract for a consortium led by Chevron Oil and two flown from Plymouth, including the first "
 "ever scheduled service to Heathrow.",
 "In June 1982, a Brymon Dash 7 flew into Heron Quays in Millwall, paving the way for London City Airport. A further "
 "test flight took place the following year as part of a public enquiry. Brymon was the lead airline in the quest for "
 "the airport and made the first ever landing in 1987. Together with its partner Air France, Brymon introduced the "
 "airport's first services in November 1987.",
 "Chris Amon was never involved in the day-to-day running of the airline and Bill Bryce resigned towards the end of "
 "1984. British Airways acquired a large minority shareholding in the company and appointed Charles Stuart as chief "
 "executive and the then Sir Colin Marshall as chairman."]
KEPT["wp-brymon-airways"] = ("brymon-enwiki.txt", BRYMON)
R.append(wp("wp-brymon-airways", "Brymon Airways", "https://en.wikipedia.org/wiki/Brymon_Airways",
 "\n\n".join(BRYMON),
 "transport/airlines", ["history", "founding", "leadership", "ownership", "partnerships"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; "
 "'Heron Quays in Millwall' where wikimili.com's copy (rank 7) has 'in the London Docklands'). Cut: the title line '= "
 "Brymon Airways ='; the infobox lines ('Infobox', '- Airline: Brymon Airways', '- Logo: Brymon airways logo.png', '- "
 "Iata: BC', '- Icao: BRY', '- Callsign: BRYMON', '- Founded: 1970-01-26', '- Ceased: 2007', '- Headquarters: Plymouth "
 "City Airport, Plymouth, Devon, England', '- Key People: class=nowrap, Chris Amon, Bill Bryce', '- Bases: "
 "class=nowrap, Bristol Airport, Bristol, Newcastle International Airport, Newcastle upon Tyne, Plymouth City Airport, "
 "Plymouth'); the heading '==History=='; cut after '... the then Sir Colin Marshall as chairman.', before the paragraph "
 "the excerpt breaks off ('In Octo'; `truncated`; a cut at a paragraph end), so the October 1992 merger the article "
 "goes on to tell is not in the text. The excerpt has no citation markers. No word added or changed. Kept as written: "
 "'in the Brymon House on the property of Plymouth City Airport', 'It was co-founded in 1972 by journalist Bill Bryce "
 "and racing driver Chris Amon' beside 'The company was incorporated on 26 January 1970' (two years, as the article "
 "has them), 'Its name derived from its creator's surnames' (singular 'creator's'), 'on contract for a consortium led "
 "by Chevron Oil', 'Heron Quays in Millwall', 'public enquiry', 'Together with its partner Air France', 'Bill Bryce "
 "resigned towards the end of 1984', 'British Airways acquired a large minority shareholding in the company and "
 "appointed Charles Stuart as chief executive and the then Sir Colin Marshall as chairman'. 264 words. No outage and "
 "no near-miss of one told. Recorded CC BY-SA 4.0 (a recent revision as en.wikipedia.org rendered it, as for "
 "wp-air-southwest; doubtful in that no revision date is held). Found at rank 2 of the query 'Brymon Airways was a "
 "British regional airline founded in 1972 by Bill Bryce and Chris Amon, bought by British Airways, Plymouth'; "
 "airlinegeeks.com and key.aero (ranks 1, 4, 5; copyrighted), wikisum.wiki (rank 3; sentences picked out of order), "
 "theinfolist.com (rank 6; link glosses spliced in), wikimili.com (rank 7; the same text, an older wording) and "
 "wikiclassic.com (rank 8; words garbled, 'wuz', 'inner') not used. Brymon, Bill Bryce, Chris Amon, Charles Stuart, "
 "Colin Marshall, Heron Quays, Chevron Oil: " + CHECKED + ".", "non-US"))

# ---- airline, Denmark: Sterling Airlines (review.clateway.com copy, a 2024 rendering) --------------------------------
STERLING = [
 "Sterling Airlines A/S was a low-cost airline with its head office at Copenhagen Airport South in Drag\u00f8r, "
 "Drag\u00f8r Municipality, Denmark. It was created in September 2005 through the merger of two Danish airlines \u2014 "
 "Sterling European Airlines and Maersk Air \u2014 which had been acquired by the Icelandic investment group Fons "
 "Eignarhaldsf\u00e9lag a few months before for MDKK 500. Fons was owned by Icelandic business tycoon Palmi "
 "Haraldsson. One month after the merger, Sterling Airlines was sold to the FL Group for an amount of MDKK 1500. In "
 "December 2006, Sterling was sold again, this time to Nordic Travel Holding. On 6 January 2006, Hannes \u00de\u00f3r "
 "Sm\u00e1rason, CEO of the FL Group, stated that a merger of EasyJet and Sterling was a possibility.",
 "At the end of 2005, Sterling Airlines had 1,600 staff and 29 aircraft, making it almost twice as large as "
 "Icelandair. The company flew to some 40 European destinations, with Copenhagen Airport, Oslo Airport, Gardermoen "
 "and Stockholm-Arlanda Airport as primary hubs.",
 "On 29 October 2008, Sterling filed for bankruptcy and ceased operations. On 4 December 2008, Cimber Air announced "
 "that it had purchased Sterling and intended to restore the airline as a separate company, with a gradual expansion "
 "throughout Europe."]
KEPT["wp-sterling-airlines"] = ("sterling-clateway.txt", STERLING)
R.append(wp("wp-sterling-airlines", "Sterling Airlines",
 "https://review.clateway.com/wiki/view_html.php?q=Sterling_Airlines",
 "\n\n".join(STERLING),
 "transport/airlines", ["history", "ownership", "acquisitions", "mergers"],
 "The article as review.clateway.com's copy holds it in the page store (no revision id held; rendered in 2024: its "
 "infobox gives 'Founded1962; 62 years ago' and '15 years ago' for 29 October 2008, so between January and October "
 "2024). Cut: the title line 'Sterling Airlines'; the infobox lines ('Sterling Airlines A/S', 'IATA ICAO Callsign', "
 "'NB SNB STERLING', 'Founded1962; 62 years ago (1962)', '(as Sterling Airways)', 'Merged with Maersk Air in 2005; 19 "
 "years ago (2005)', 'Ceased operations29 October 2008;', '15 years ago', ' (2008-10-29)', 'HubsCopenhagen Airport', "
 "'Focus cities', 'Holding company#Parent companyNorthern Travel Holding', 'HeadquartersCopenhagen Airport', "
 "'Drag\u00f8r, Drag\u00f8r Municipality, Denmark', 'Key peopleReza Taleghani (CEO)') and the four image captions "
 "('Sterling Airways Douglas DC-6B at Copenhagen (Kastrup) Airport in 1968', 'Sud Aviation Caravelle in 1981', "
 "'Sterling Aerospatiale Corvette operated on charter services at Brussels Airport in July 1985', 'Boeing 737-700 in "
 "2006'), so Sterling Airways, Northern Travel Holding (the infobox's spelling of the parent) and the CEO Reza "
 "Taleghani are not in the text; the citation markers ('[1]', '[2]'); cut after '... with a gradual expansion "
 "throughout Europe.', before the sentence the excerpt breaks off ('The purchase included Sterling's name, website and "
 "landing slots, but not'; `truncated`; a cut inside a paragraph, at a sentence end), so the article's word that "
 "Cimber Air bought the name, website and slots is not in the text (see the gold's doubtful call). No word added or "
 "changed. Kept as written: 'with its head office at Copenhagen Airport South in Drag\u00f8r, Drag\u00f8r "
 "Municipality, Denmark', 'the merger of two Danish airlines \u2014 Sterling European Airlines and Maersk Air \u2014 "
 "which had been acquired by the Icelandic investment group Fons Eignarhaldsf\u00e9lag a few months before for MDKK "
 "500' (em dashes), 'Fons was owned by Icelandic business tycoon Palmi Haraldsson' (no accent on 'Palmi'), 'sold to "
 "the FL Group for an amount of MDKK 1500', 'this time to Nordic Travel Holding', 'On 6 January 2006, Hannes "
 "\u00de\u00f3r Sm\u00e1rason, CEO of the FL Group, stated' (a date before the December 2006 sale told first), "
 "'EasyJet', 'Oslo Airport, Gardermoen', 'Cimber Air announced that it had purchased Sterling'. 203 words. No outage "
 "told; a near-miss: 'Sterling filed for bankruptcy and ceased operations' (a business failure; GUIDELINES, "
 "Outages). Recorded CC BY-SA 4.0 (a 2024 rendering, after Wikimedia's move to 4.0 of June 2023). Found at rank 1 of "
 "the query 'Sterling Airlines was a Danish low-cost airline founded in 1962 by Eilif Krogager, owned by Fons Air, "
 "acquired by Northern Travel Holding'; db0nus869y26v.cloudfront.net (rank 5; the same lead, an undated rendering, "
 "not used: this copy is dated), research.omicsgroup.org (rank 2; template debris spliced in), theinfolist.com (rank "
 "4; link glosses spliced in), liquisearch.com (rank 7; the history section of an older revision, Eilif Krogager, "
 "Tj\u00e6reborg, Fred. Olsen; not used, one text per matter), timetableimages.com (rank 3) and two Danish Wikipedia "
 "pages (ranks 6, 8) not used. Sterling Airlines, Sterling European, Maersk Air, Fons Eignarhaldsf\u00e9lag, "
 "Haraldsson, Sm\u00e1rason, Nordic Travel Holding, Cimber, Reza Taleghani: " + CHECKED + " ('FL Group' in batch "
 "13's Wikinews test text on Baugur Group and Illum, another matter).",
 "non-US", copy_of="the Wikipedia article, review.clateway.com's reader"))

# ---- hotels, England: Thistle Hotels (en.wikipedia.org '= Title =' rendering, undated) -------------------------------
THISTLE = [
 "Thistle Hotels, a subsidiary of the Clermont Hotel Group, is a UK-based hotel company with a portfolio of 8 Central "
 "London hotels, one at London Heathrow and one in nearby Bedfordshire, operating in the three and four star sector.",
 "It was set up by Scottish & Newcastle in 1965, to combine its own traditional legacy hotels with purpose built "
 "hotels. Mount Charlotte Investments bought thirty four Thistle hotels from S&N, and acquired the Thistle brand name "
 "for \u00a3645m in November 1989. During the subsequent recession, the debt taken on to fund the transaction became "
 "unsustainable, resulting in Mount Charlotte being taken over by Brierley Investments of New Zealand for \u00a3664m in "
 "1990.",
 "The chain was the main shirt sponsor for Leeds United AFC from 1993 to 1996. In 1997, the company floated on the "
 "Stock Exchange, to become Thistle Hotels plc, valued at \u00a3620m. In September 1998, it sold 30 provincial hotels "
 "to Grace Hotels (owned by the Lehman Brothers investment bank) for \u00a362.7m, becoming managed by Peel Hotels. In "
 "July 1999, it sold the Charles Dickens Hotel in London to the Ryan Hotel Group for \u00a320m. In June 2002, it "
 "initially sold 37 of its hotels to Orb Estates of Jersey for \u00a3598m, continuing to manage the properties, but "
 "the hotels are eventually sold to Atlantic Hotels for \u00a3700m and operated under the Thistle name. In June 2003, "
 "the company was bought for \u00a3627m by BIL International, a private equity company based in Singapore (but "
 "registered in Bermuda) owned by the Hong Leong Group and the majority shareholder since 1990. Thistle Hotels was "
 "delisted from the London Stock Exchange."]
KEPT["wp-thistle-hotels"] = ("thistle-enwiki.txt", THISTLE)
R.append(wp("wp-thistle-hotels", "Thistle Hotels", "https://en.wikipedia.org/wiki/Thistle_Hotels",
 "\n\n".join(THISTLE),
 "hospitality/hotels", ["history", "ownership", "acquisitions", "asset-sales"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision newer than piglix.com's copy (rank 1), which names the operator 'glh.' and 12 hotels where this one names "
 "the Clermont Hotel Group and ten). Cut: the title line '= Thistle Hotels =' and the line 'Thistle Hotels'; the "
 "infobox lines ('- Logo: Thistle Hotels logo.svg', '- Type: Private', '- Foundation: 1965', '- Location: Uxbridge, "
 "England, UK', '- Key People: Gavin Taylor CEO, Quek Leng Chan Chairman', '- Area Served: United Kingdom', '- "
 "Industry: Hospitality', '- Revenue: \u00a3287m (2004)', '- Parent: Clermont Hotel Group', '- Homepage: "
 "http://www.thistle.com/'), so Gavin Taylor and Quek Leng Chan are not in the text; the heading '==History=='; cut "
 "after '... delisted from the London Stock Exchange.', before the sentence the excerpt breaks off ('In 2004, it "
 "opened its Cumberlan'; `truncated`; a cut inside a paragraph, at a sentence end). The excerpt has no citation "
 "markers. No word added or changed. Kept as written: 'a subsidiary of the Clermont Hotel Group', 'a UK-based hotel "
 "company with a portfolio of 8 Central London hotels', 'It was set up by Scottish & Newcastle in 1965', 'purpose "
 "built' (no hyphen), 'Mount Charlotte Investments bought thirty four Thistle hotels from S&N, and acquired the "
 "Thistle brand name', 'resulting in Mount Charlotte being taken over by Brierley Investments of New Zealand', 'the "
 "company floated on the Stock Exchange, to become Thistle Hotels plc', 'Grace Hotels (owned by the Lehman Brothers "
 "investment bank)', 'becoming managed by Peel Hotels', 'the hotels are eventually sold to Atlantic Hotels' (present "
 "tense), 'BIL International, a private equity company based in Singapore (but registered in Bermuda) owned by the Hong "
 "Leong Group and the majority shareholder since 1990'. 270 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 4.0 (a recent revision as en.wikipedia.org rendered it, as for wp-air-southwest; doubtful in that no revision "
 "date is held). Found at rank 2 of the query 'Thistle Hotels is a British hotel chain, founded by Scottish & "
 "Newcastle Breweries, sold to BIL International, chief executive'; piglix.com (rank 1; an older revision, 'Debt "
 "acquired from the transaction surrogated ...'), brorelol.gay (rank 3; a static copy of about 2007, forty one "
 "hotels), advfn.com and investegate.co.uk (ranks 4-7; BIL's offer announcements of 2003, company filings) and egi.co.uk "
 "(rank 8; news) not used. Thistle, Mount Charlotte, Brierley, Grace Hotels, Peel Hotels, Ryan Hotel, Orb Estates, "
 "Atlantic Hotels, BIL International, Clermont Hotel: " + CHECKED + " ('Scottish & Newcastle' in batch 27d's brewer "
 "text wp-scottish-newcastle and in texts of batches 40zk and 57g, none naming Thistle, other matters; 'Hong Leong' in "
 "batch 36o's test text wp-kwek-leng-beng, another matter).", "non-US"))


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

#!/usr/bin/env python3
"""Batch 70r (session 64; gatherer lane 70r): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-70l, kept to three British post-war independent airlines new to the corpus, taken from the
'Not yet queried' list of round 70l's leads (Air Kruise, Morton Air Services, Lancashire Aircraft Corporation; the
leads of rounds 69ai and 70e checked first): Air Kruise, the Kent airline of 1946-1958 set up by Hugh Kennard, a
director of Silver City Airways, as Air Kruise (Kent) Ltd at Lympne Airport, its Lympne - Le Touquet services
'in association with BEA' from August 1950, its lease on Ramsgate Airport in June 1952, absorbed into Silver City
Airways in 1957 (airlines, UK); Morton Air Services, the Croydon airline founded in 1945 by Captain T.W. "Sammy"
Morton, which took over Olley Air Service in 1953, became part of the Airwork group in 1958, kept its identity after
the 1960 Airwork - Hunting-Clan merger that created British United Airways (BUA) and was absorbed into British United
Island Airways (BUIA) in 1968 (airlines, UK); and the Lancashire Aircraft Corporation (LAC), the charter airline
formed at Samlesbury Aerodrome during World War II with its subsidiary Samlesbury Engineering Ltd, its founding father
Eric Rylands, appointed to the Civilian Repair Organisation (airlines, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' renderings of 'Air Kruise' and 'Lancashire Aircraft Corporation' (no
revision id; recent) and the-uncensored-wiki.com's copy of 'Morton Air Services' from the February 2016 English
Wikipedia dump (2016-wikipedia_en_all_2016-02; CC BY-SA 3.0). Each cut before the end of the article (all
`truncated`): Air Kruise before the paragraph its excerpt breaks off in, Morton and the Lancashire Aircraft
Corporation before the sentence their excerpts break off in. Edits per item in `notes` (title, infobox, heading and
site lines cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather70r/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 55e-70l did. No text tells an outage. newskg (or any
extractor) was not run on any text. A round of three: six queries, three answered with English Wikipedia text on a
transport company not yet in the corpus and were taken, the rest left (round notes, /tmp/gather70r/NOTES.md; queries,
/tmp/gather70r/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70r.py [POOL_DIR] [--dry]   (default /tmp/gather70r/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70r/pool"
SRC = "/tmp/gather70r/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked, and in GATHERING.md "
           "at most in the leads lists of rounds 69-70 (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airlines, UK: Air Kruise (en.wikipedia.org's '= Title =' rendering, recent) ------------------------------------
AKR = [
 "Air Kruise was a British airline established in Kent in 1946. Starting with light aircraft for charter work, it "
 "expanded to include scheduled services to the near-continent. It was absorbed into Silver City Airways in 1957.",
 "Squadron Leader Hugh Kennard DFC left the RAF in 1946, and became a director of Silver City Airways, as well as "
 "setting up his own company, officially named Air Kruise (Kent) Ltd.",
 "Air Kruise's first aircraft was a Miles Messenger 2A, the first civil example of the model to be produced after "
 "World War II, which was delivered to Kennard's base at Lympne Airport, Kent, in August 1946. It was to be used for "
 "charter work and for pleasure flights. Over the next few years the fleet slowly expanded first with an Airspeed "
 "Consul, further light aircraft, and from 1950, De Havilland Dragon Rapides.",
 "With the Rapides, in August 1950 Air Kruise started scheduled passenger services from Lympne to Le Touquet, France, "
 "operated as \"Trans-Channel Air Services in association with BEA\".",
 "In June 1952 Air Kruise took a 21-year lease on Ramsgate Airport. The terminal was repaired after wartime bomb "
 "damage, and the hangar was extended. The airport was reopened on 27 June 1953, and it became Air Kruise's main "
 "base, while some operations remained at Lympne.",
 "In the 1952 and 1953 seasons the Lympne - Le Touquet route operated as Trans Channel Airways. This was extended to "
 "Ramsgate when it was reopened. Air Kruise was granted a licence to operate a summer season route from either "
 "Lympne or Ramsgate to Birmingham, and they chose Ramsgate. There is no evidence that this route operated."]
KEPT["wp-air-kruise"] = ("air-kruise-enwiki.txt", AKR)
R.append(wp("wp-air-kruise", "Air Kruise", "https://en.wikipedia.org/wiki/Air_Kruise",
 "\n\n".join(AKR),
 "transport/airlines", ["history", "founding", "charter", "scheduled services", "absorption"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70l recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Air Kruise ='; the infobox lines between the title and the lead "
 "('Infobox', '- Airline: Air Kruise' to '- Key People: Hugh Kennard', with '- Ceased: Spring 1958' and '- Bases: "
 "Lympne Airport, Ramsgate Airport, Lydd Airport', so 1958 and Lydd Airport are not in the text); the heading "
 "'==History=='; cut after '... There is no evidence that this route operated.', before the paragraph the excerpt "
 "breaks off in ('Lympne airport in 1953 was owned by the British Ministry of Civil Aviation. It would not solve the "
 "airfield's big problem \u2013 the muddiness that was causing aircraft to get stuck. Silver C'; its second sentence "
 "leans on what the excerpt does not hold; `truncated`). No citation markers in this rendering. Paragraphs as the "
 "rendering sets them apart (blank lines). No word added or changed. Kept as written: 'It was absorbed into Silver "
 "City Airways in 1957', 'Squadron Leader Hugh Kennard DFC left the RAF in 1946, and became a director of Silver City "
 "Airways, as well as setting up his own company, officially named Air Kruise (Kent) Ltd.', 'Miles Messenger 2A', "
 "\"Kennard's base at Lympne Airport, Kent\", 'De Havilland Dragon Rapides' (capital 'De'), 'operated as "
 "\"Trans-Channel Air Services in association with BEA\".' (the full stop after the closing quote), 'a 21-year lease "
 "on Ramsgate Airport', 'the Lympne - Le Touquet route' (a spaced hyphen), 'Trans Channel Airways' (no hyphen), "
 "'they chose Ramsgate'. 270 words. No outage and no near-miss of one told (the absorption of 1957: a business "
 "event). Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). Found at rank 7 of the query 'Air "
 "Kruise airline Kent founded Hugh Kennard Lympne Silver City' (70l's 'Not yet queried' list); wikimili.com's copy "
 "(rank 4; the same text with '[1]' markers and a caption line), theinfolist.com (rank 2; the text run together with "
 "linked pages' opening lines), issuhub.com's magazine pages (ranks 1, 6; Airliner Classics, copyrighted), "
 "en.wikipedia.org's, de.knowledgr.com's and wikisum.wiki's 'Hugh Kennard' (ranks 5, 3, 8; a biography, a "
 "translation and sentences out of order) not used. Air Kruise, Ramsgate Airport, Trans Channel, Le Touquet: " +
 CHECKED + " ('Kennard', 'Silver City' and 'Lympne' in dev's wp-silver-city-airways, a text on another company "
 "without Air Kruise; 'Kennard' also in two FCC texts, other people).", "UK"))

# ---- airlines, UK: Morton Air Services (the-uncensored-wiki.com's copy of the February 2016 dump) -------------------
MAS = [
 "Morton Air Services was one of the earliest post-World War II private, independent British airlines formed in "
 "1945. It mainly operated regional short-haul scheduled services within the British Isles and between the United "
 "Kingdom and Continental Europe. In 1953, Morton took over rival independent UK airline Olley Air Service. In 1958, "
 "Morton became part of the Airwork group. Morton retained its identity following the 1960 Airwork \u2014 "
 "Hunting-Clan merger that led to the creation of British United Airways (BUA). The reorganisation of the BUA group "
 "of companies during 1967/8 resulted in Morton being absorbed into British United Island Airways (BUIA) in 1968.",
 "In 1945, former Royal Air Force pilot Captain T.W. \"Sammy\" Morton founded Morton Air Services. Prior to Morton's "
 "inception, \"Sammy\" Morton had flown scheduled services from London's old Croydon Airport to Paris Le Bourget "
 "with Amy Johnson in the 1930s",
 "Capt. Morton had built up a fleet of Airspeed Consul (see heading image) and De Havilland Dragon Rapide aircraft "
 "and these were supplemented by more modern de Havilland Dove piston airliners to operate regular charter flights. "
 "These included general charter work, air ambulance services and racecourse charters. The latter's regularity was "
 "such that it amounted to a \"quasi-scheduled\" operation."]
KEPT["wp-morton-air-services"] = ("morton-air-services-uncensored2016.txt", MAS)
R.append(wp("wp-morton-air-services", "Morton Air Services",
 "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Morton_Air_Services.html",
 "\n\n".join(MAS),
 "transport/airlines", ["history", "founder", "takeover", "group membership", "absorption"],
 "The article as the-uncensored-wiki.com's copy of the February 2016 English Wikipedia dump holds it in the page "
 "store (2016-wikipedia_en_all_2016-02: a text of early 2016, before Wikimedia's June 2023 move to 4.0, recorded 3.0 "
 "as batches 60a-62l recorded the site's dump copies; no revision id). Cut: the title lines ('Morton Air Services' "
 "twice); the infobox lines before the lead ('IATA ICAO Callsign', 'MT', 'Founded 1945', 'Ceased operations 1968 "
 "(absorbed into', 'British United Island Airways)', the hubs and headquarters lines with Croydon Airport and London "
 "Gatwick Airport and their dates, the fleet-size lines with the de Havilland DH 114 Heron, DH 104 Dove, DH 89 "
 "Dragon Rapide and Airspeed Consul counts 'as of April 1958', 'Destinations British Isles,', 'Continental Europe', "
 "'Key people T.W. Morton,', 'G.P. Olley,', 'J. Fargher,', 'P. Eskell', so London Gatwick Airport, G.P. Olley, J. "
 "Fargher and P. Eskell are not in the text); the heading 'History'; the citation markers ('[nb 1]', '[1]', '[2]', "
 "'[3]', '[1][4]'); cut after 'it amounted to a \"quasi-scheduled\" operation.', before the sentence the excerpt "
 "breaks off in ('Morton subsequently wo'; `truncated`). Paragraphs as the copy sets them apart (blank lines). No "
 "word added or changed. Kept as written: 'one of the earliest post-World War II private, independent British "
 "airlines formed in 1945' (the note marker after 'independent' cut), 'In 1953, Morton took over rival independent "
 "UK airline Olley Air Service', 'In 1958, Morton became part of the Airwork group', 'the 1960 Airwork \u2014 "
 "Hunting-Clan merger' (a spaced em dash), 'British United Airways (BUA)', 'during 1967/8', 'British United Island "
 "Airways (BUIA)', 'Captain T.W. \"Sammy\" Morton founded Morton Air Services', \"Prior to Morton's inception\", "
 "\"London's old Croydon Airport to Paris Le Bourget\" (no dash or 'Airport'), 'with Amy Johnson in the 1930s' (no "
 "full stop: the copy ends the sentence in its markers '[1][4]' and a paragraph break), 'Capt. Morton', 'a fleet of "
 "Airspeed Consul (see heading image) and De Havilland Dragon Rapide aircraft' (the copy's caption pointer kept: it "
 "is running text), 'de Havilland Dove' (lower-case 'de'). 201 words. No outage and no near-miss of one told (the "
 "absorption of 1968: a business event). Recorded CC BY-SA 3.0 (a 2016 dump copy). Found at rank 4 of the query "
 "'Morton Air Services Croydon airline founded Morton British United' (70l's 'Not yet queried' list); "
 "wiki.av1.space's 2025-06 'mini' copy (rank 1; the lead only) and review.clateway.com (rank 2; the lead only, with a "
 "'Cite error' line) not used as shorter, absoluteastronomy.com and theinfolist.com (ranks 7, 8; text interleaved "
 "with linked definitions), wikisum.wiki (rank 5; sentences out of order), airportofcroydon.com (rank 3; a copy "
 "without Wikipedia attribution) and airliners-airlines.de (rank 6; its own German text) not used. Morton Air, Olley "
 "Air Service, British United Island, BUIA, Amy Johnson, Croydon Airport, Le Bourget: " + CHECKED + " ('Airwork', "
 "'Hunting-Clan' and 'British United Airways' in dev's wp-transair-uk and other texts on other airlines; 'Olley' "
 "in texts on other matters, not Olley Air Service).", "UK", v3=True,
 copy_of="the Wikipedia article, as the-uncensored-wiki.com's copy of the February 2016 English Wikipedia dump "
         "holds it"))

# ---- airlines, UK: Lancashire Aircraft Corporation (en.wikipedia.org's '= Title =' rendering, recent) ---------------
LAC = [
 "Lancashire Aircraft Corporation was a major British charter airline after World War II. Its founding father was "
 "Eric Rylands. It played an important role in the Berlin Airlift. It also flew scheduled routes and was important in "
 "the development of Coach-air services, leading to the founding of Skyways Coach Air and the start of the Inclusive "
 "Tour (IT) industry. Its major subsidiary, Samlesbury Engineering, supported its operations and converted many "
 "military aircraft for commercial use, also founding Lancashire Aircraft Company.",
 "Lancashire Aircraft Corporation (LAC) was formed at Samlesbury Aerodrome near Blackburn, Lancashire, during World "
 "War II, along with a subsidiary, Samlesbury Engineering Ltd. The headquarters were in Berkeley Street, London W1. "
 "One of the founders was John Eric Rylands, (born 29 June 1909), who was destined to become a major influence on "
 "the British airline industry, alongside Harold Bamberg of British Eagle and Freddie Laker.",
 "LAC was appointed to the Civilian Repair Organisation, and won business repairing Bristol Beaufighters and "
 "Beauforts, in 1944 expanding the Beaufighter work to Blackpool's Stanley Park Aerodrome. Towards the end of the "
 "war, activity there also included the parting-out and scrapping of many Hawker Hurricanes and Supermarine "
 "Seafires."]
KEPT["wp-lancashire-aircraft-corporation"] = ("lancashire-aircraft-enwiki.txt", LAC)
R.append(wp("wp-lancashire-aircraft-corporation", "Lancashire Aircraft Corporation",
 "https://en.wikipedia.org/wiki/Lancashire_Aircraft_Corporation",
 "\n\n".join(LAC),
 "transport/airlines", ["history", "founding", "subsidiary", "aircraft repair", "charter"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70l recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Lancashire Aircraft Corporation ='; the infobox lines between "
 "the title and the lead ('Infobox', '- Airline: Lancashire Aircraft Corporation Ltd' to '- Key People: Eric "
 "Rylands', with '- Founded: 1942', '- Ceased: 1957', '- Hubs: Blackpool Squires Gate', '- Parent: Eric Rylands "
 "Ltd.' and '- Headquarters: Berkeley Street, London W.1', so 1942, 1957, Squires Gate and Eric Rylands Ltd. are not "
 "in the text); the headings '==History==' and '===Foundation==='; cut after '... Hawker Hurricanes and Supermarine "
 "Seafires.', before the paragraph the excerpt breaks off in ('In July 1945. two months after the end of WWII, LAC "
 "acquired its first aircraft, a De Havilland Rapide based it at Stanley Park, and started doing '; `truncated`). No "
 "citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or "
 "changed. Kept as written: 'Its founding father was Eric Rylands', 'leading to the founding of Skyways Coach Air', "
 "'Inclusive Tour (IT) industry', 'Its major subsidiary, Samlesbury Engineering, ... also founding Lancashire "
 "Aircraft Company', 'Lancashire Aircraft Corporation (LAC) was formed at Samlesbury Aerodrome near Blackburn, "
 "Lancashire, during World War II, along with a subsidiary, Samlesbury Engineering Ltd.', 'Berkeley Street, London "
 "W1', 'One of the founders was John Eric Rylands, (born 29 June 1909),' (the comma before the bracket), 'alongside "
 "Harold Bamberg of British Eagle and Freddie Laker', 'LAC was appointed to the Civilian Repair Organisation', "
 "'Bristol Beaufighters and Beauforts', \"Blackpool's Stanley Park Aerodrome\", 'the parting-out and scrapping'. "
 "193 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no "
 "revision id). Found at rank 1 of the query 'Lancashire Aircraft Corporation airline Eric Rylands Skyways' (70l's "
 "'Not yet queried' list); wikisum.wiki (rank 2; sentences out of order), es.stringtranslate.com and hmong.in.th "
 "(ranks 3, 4; translations), old-bus-photos.co.uk (rank 5; a forum), wikisum.wiki's, it.qwertyu.wiki's and "
 "absoluteastronomy.com's Skyways pages (ranks 6-8; another airline, in test's wp-britannia-airways) not used. "
 "Lancashire Aircraft, Samlesbury, Skyways Coach, Civilian Repair Organisation, Stanley Park Aerodrome: " + CHECKED +
 " ('Rylands' and 'Skyways' in test's wp-britannia-airways, 'Harold Bamberg' and 'British Eagle' in test's "
 "wp-british-eagle, 'Freddie Laker' in train's wp-laker-airways: texts on other airlines).", "UK"))


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

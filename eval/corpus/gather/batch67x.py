#!/usr/bin/env python3
"""Batch 67x (session 61; gatherer lane 67x): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-66k, kept to an American film studio, an American record company and an American regional radio
network that no longer exist on their own, new to the corpus: Vitagraph Studios, the motion picture studio founded by
J. Stuart Blackton and Albert E. Smith in 1897 in Brooklyn as the American Vitagraph Company, joined by William
"Pop" Rock in 1899, bought by Warner Bros. in 1925 (film production, US); Chess Records, the Chicago record company
of 1950, successor to Aristocrat Records, established and run by Leonard and Phil Chess, with its subsidiary labels
Checker and Argo/Cadet and its catalogue now owned by Universal Music Group (music/record label, US); and the Yankee
Network, the Boston radio network co-founded by John Shepard III and his brother Robert in 1929-1930, with its first
stations WNAC and WEAN, its first affiliates and its Yankee News Service (broadcasting/radio, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'Vitagraph Studios' (undated, a recent revision), wikiwand.com's copy of 'Chess Records'
(undated, a recent revision) and en.wikipedia.org's own '= Title =' rendering of 'Yankee Network' (recent); each cut
at a sentence end before the sentence its excerpt breaks off in, or at the excerpt's last sentence (`truncated`).
Edits per item in `notes` (title lines, wikiwand.com's header lines, infobox lines, section headings and citation
markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather68x/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 55e-66k did. No text tells an outage; one tells a near-miss of
one (the Yankee Network and its news service 'operated until February 1967': the end of a business, no failure).
newskg (or any extractor) was not run on any text. A round of three: five queries, three answered with English
Wikipedia text on a company not yet in the corpus and were taken, the rest left (round notes,
/work/notes/gather68/67x.md; queries, /tmp/gather68x/src/queries.txt).
usage: batch67x.py [POOL_DIR] [--dry]   (default /tmp/gather68x/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68x/pool"
SRC = "/tmp/gather68x/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/ and /work/notes/gather67/ "
           "(CLAIMS.txt and the round notes) as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film production, US: Vitagraph Studios (wikimili.com's copy, undated) ----------------------------------------
VS = [
 "Vitagraph Studios, also known as the Vitagraph Company of America, was a United States motion picture studio. It "
 "was founded by J. Stuart Blackton and Albert E. Smith in 1897 in Brooklyn, New York, as the American Vitagraph "
 "Company. By 1907, it was the most prolific American film production company, producing many famous silent films. "
 "It was bought by Warner Bros. in 1925.",
 "In 1896, English \u00e9migr\u00e9 Blackton was moonlighting as a reporter/artist for the New York Evening World "
 "when he was sent to interview Thomas Edison about his new film projector. The inventor talked the entrepreneurial "
 "reporter into buying a set of films and a projector. A year later, Blackton and business partner Smith founded the "
 "American Vitagraph Company in direct competition with Edison. A third partner, distributor William \"Pop\" Rock, "
 "joined in 1899. The company's first studio was located on the rooftop of a building on Nassau Street in Manhattan. "
 "Operations were later moved to the Midwood neighborhood of Brooklyn, New York.",
 "The company's first claim to fame came from newsreels: Vitagraph cameramen were on the scene to film events from "
 "the Spanish\u2013American War of 1898. These shorts were among the first works of motion-picture propaganda, and a "
 "few had studio re-enactments that were passed off as footage of actual events (The Battle of Santiago Bay was "
 "filmed in an improvised bathtub, with the \"smoke of battle\" provided by Mrs. Blackton's cigar). In 1897, "
 "Vitagraph produced The Humpty Dumpty Circus , which was the first film to use the stop-motion technique."]
KEPT["wp-vitagraph-studios"] = ("vitagraph.txt", VS)
R.append(wp("wp-vitagraph-studios", "Vitagraph Studios", "https://wikimili.com/en/Vitagraph_Studios",
 "\n\n".join(VS),
 "film production", ["history", "founding", "founders", "acquisitions", "products"],
 "The article as wikimili.com's copy (a site that renders Wikipedia articles, used before by batches 65b, 66k and "
 "others) holds it in the page store (no date or revision id held; a recent revision, recorded 4.0, doubtful: "
 "undated). Cut: the infobox lines at the excerpt's start ('Industry | Motion picture exhibition, distribution and "
 "production |' to 'Parent | Independent (1914\u20131925) Warner Bros. (1925) |'), so the infobox's 'Successor | The "
 "Vitaphone Corporation' and its parent line are not in the text; the citation markers ' [1]' and ' [2]' (with the "
 "space before each); cut after '... the first film to use the stop-motion technique.', before the sentence the "
 "excerpt breaks off in ('Vitagraph was not the only company seeking to make money from Edison's mo'; `truncated`; "
 "a cut at a paragraph end). No word added or changed. Kept as written: 'also known as the Vitagraph Company of "
 "America', 'a United States motion picture studio', 'founded by J. Stuart Blackton and Albert E. Smith in 1897 in "
 "Brooklyn, New York, as the American Vitagraph Company', 'It was bought by Warner Bros. in 1925', 'English "
 "\u00e9migr\u00e9 Blackton was moonlighting as a reporter/artist for the New York Evening World', 'The inventor "
 "talked the entrepreneurial reporter into buying a set of films and a projector', 'in direct competition with "
 "Edison', 'A third partner, distributor William \"Pop\" Rock, joined in 1899', 'the Spanish\u2013American War of "
 "1898' (an en dash), the bracket '(The Battle of Santiago Bay was filmed in an improvised bathtub, with the \"smoke "
 "of battle\" provided by Mrs. Blackton's cigar)', 'The Humpty Dumpty Circus , which' (a space before the comma). "
 "253 words. No outage and no near-miss of one told. Found at rank 4 of the query 'Vitagraph Studios founded J. "
 "Stuart Blackton Albert E. Smith film studio Warner Bros. 1925'; void.ai (rank 1; a generated summary), "
 "wikivisually.com (rank 2; captions and leads of several articles joined), wikisum.wiki (rank 3; a summary of "
 "Albert E. Smith's article), chaos.owiki.org (rank 5; an older free copy with words run together, 'United "
 "Statesmotion', the same matter), two more wikimili.com captures (ranks 6, 7; image captions in the text, the same "
 "matter) and movatter.jp (rank 8; a proxy with words run together, 'byJ. Stuart Blackton') not used. Vitagraph, "
 "Blackton, Albert E. Smith, 'Pop\" Rock', Humpty Dumpty, Nassau Street, Evening World: " + CHECKED +
 " ('Warner Bros.', 'Thomas Edison', 'Manhattan' and 'Brooklyn' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- music/record label, US: Chess Records (wikiwand.com's copy, undated) ------------------------------------------
CR = [
 "Chess Records was an American record company established in 1950 in Chicago, specializing in blues and rhythm and "
 "blues. It was the successor to Aristocrat Records, founded in 1947. It expanded into soul music, gospel music, "
 "early rock and roll, and jazz and comedy recordings, released on the Chess and its subsidiary labels Checker and "
 "Argo/Cadet. The Chess catalogue is owned by Universal Music Group and managed by Geffen Records and Universal Music "
 "Enterprises.",
 "Established and run by two Jewish immigrant brothers from what was then Poland, Leonard and Phil Chess, the company "
 "produced and released many singles and albums regarded as central to the rock music canon. The musician and critic "
 "Cub Koda described Chess as \"America's greatest blues label\".",
 "Chess was based at several locations on the south side of Chicago, initially at South Cottage Grove Ave. The most "
 "famous was 2120 S. Michigan Avenue, from May 1957 to 1965, immortalized by the Rolling Stones in \"2120 South "
 "Michigan Avenue\", an instrumental recorded there during the group's first U.S. tour in 1964. The building is now "
 "the home of Willie Dixon's Blues Heaven Foundation. In the mid-1960s, Chess relocated to a much larger building, "
 "the former home of Revere Camera Company at 320 E. 21st Street, the label's final Chicago home. Shortly before the "
 "death of Leonard Chess in 1969, the brothers sold the company."]
KEPT["wp-chess-records"] = ("chess.txt", CR)
R.append(wp("wp-chess-records", "Chess Records", "https://www.wikiwand.com/en/Chess_Records", "\n\n".join(CR),
 "music/record label", ["history", "founding", "founders", "subsidiaries", "ownership", "locations"],
 "The article as wikiwand.com's copy (a site that renders Wikipedia articles, used before by batches 63f, 67s and "
 "others) holds it in the page store (no date or revision id held; a recent revision, recorded 4.0, doubtful: "
 "undated). Cut: the title line 'Chess Records', wikiwand.com's header lines ('American record label (1950\u20131975) "
 "/ From Wikipedia, the free encyclopedia' and the site's own line 'Dear Wikiwand AI, let's keep it short, summarize "
 "this topic like I'm... Ten years old or a College student', not Wikipedia text), the infobox lines ('Quick facts: "
 "Chess Records, Parent company, Founded, Found...' to 'LocationChicago, Illinois'), so the infobox's 'Parent "
 "companyUniversal Music Group' and 'FounderLeonard Chess' are not in the text; the citation markers '[1]' to '[5]' "
 "(set close, '[2]' twice). The excerpt ends with a whole sentence ('... the brothers sold the company.'), where the "
 "article goes on (`truncated`; the buyer is not in the text). No word added or changed. Kept as written: 'It was the "
 "successor to Aristocrat Records, founded in 1947', 'released on the Chess and its subsidiary labels Checker and "
 "Argo/Cadet' (a slash), 'The Chess catalogue is owned by Universal Music Group and managed by Geffen Records and "
 "Universal Music Enterprises', 'Established and run by two Jewish immigrant brothers from what was then Poland, "
 "Leonard and Phil Chess', the quotation of five words 'America's greatest blues label' (a critic's phrase, the rest "
 "the editors' words), 'South Cottage Grove Ave.', '2120 S. Michigan Avenue', '\"2120 South Michigan Avenue\", an "
 "instrumental', \"Willie Dixon's Blues Heaven Foundation\", 'the former home of Revere Camera Company at 320 E. 21st "
 "Street'. 227 words. No outage and no near-miss of one told (a sale and moves of premises are business "
 "matters). Found at rank 6 of the query 'Chess Records was an American record company established in 1950 in "
 "Chicago, Illinois, founded and run by Polish immigrant brothers Leonard and Phil Chess'; books.discogs.com (rank 1; "
 "a database page), cvinyl.com (rank 2; a label guide in Wikipedia's words, no licence stated), rocky-52.net (rank "
 "3; French), endlesswiki.com (rank 4; a generated article), particle.news (rank 5; an entity card), soulbot.uk "
 "(rank 7; a fan page) and teachrock.org (rank 8; an educational biography) not used; an earlier query's "
 "wikipedia.bradmurray.com page (an old revision on a mirror page labelled 'Pott', telling the sale to General "
 "Recorded Tape in 1969 and All Platinum Records in 1975) was left for its mislabelled address, as batch 34's notes "
 "left that mirror. Chess Records, Leonard Chess, Checker, Argo/Cadet, Geffen Records, Universal Music Enterprises, "
 "Cub Koda, Blues Heaven, Revere Camera: " + CHECKED + " ('Aristocrat' only as a word in texts on other matters; "
 "'Universal Music Group' and 'Geffen Records' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via wikiwand.com, a site rendering Wikipedia articles"))

# ---- broadcasting/radio, US: Yankee Network (en.wikipedia.org's '= Title =' rendering, recent) --------------------
YN = [
 "The Yankee Network was an American radio network, based in Boston, Massachusetts, with affiliate radio stations "
 "throughout New England. At the height of its influence, the Yankee Network had as many as 24 affiliated radio "
 "stations. The network was co-founded by John Shepard III and his brother Robert, in 1929-1930. The beginnings of "
 "what became the Yankee Network occurred in the mid-1920s, when John Shepard's Boston station WNAC linked by "
 "telephone land lines with Robert Shepard's station in Providence, Rhode Island, WEAN, so that the two stations "
 "could share or exchange programming. Those two stations became the first two Yankee Network stations. In 1930, "
 "they were joined by the first affiliated radio stations, including WLBZ in Bangor, Maine; WORC in Worcester, "
 "Massachusetts; WNBH in New Bedford, Massachusetts; and WICC in Bridgeport, Connecticut. During the 1930s, the "
 "network became known for developing its own local and regional news bureau, the Yankee News Service. The Yankee "
 "Network and the Yankee News Service operated until February 1967.",
 "The main benefit of joining the Yankee Network was that it offered its affiliates as much as 17 hours of daily "
 "programming. Yankee affiliates were provided with access to some of the best-known Boston vocalists and "
 "orchestras, as well as nationally-known entertainers who were appearing in Boston or Providence."]
KEPT["wp-yankee-network"] = ("yankee.txt", YN)
R.append(wp("wp-yankee-network", "Yankee Network", "https://en.wikipedia.org/wiki/Yankee_Network", "\n\n".join(YN),
 "broadcasting/radio", ["history", "founding", "founders", "affiliates", "news service"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent) holds it in the page store (no "
 "revision id held; recorded 4.0). Cut: the title line '= Yankee Network =', the infobox lines ('Yankee Network' to "
 "'- Launch Date: Varied dates; ...'), so the infobox's 'Parent: Shepard Stores (1925-1942), General Tire "
 "(1942-1967)' is not in the text (General Tire's purchase of the network is train's wp-general-tire's matter; this "
 "text keeps to the network's founding and stations), the section headings '==History==' and '===Early years==='; "
 "cut after '... appearing in Boston or Providence.', before the sentence the excerpt breaks off in ('For example, a "
 "concert by opera star Mary Garden was broadcast, as was a concert by the Providence'; `truncated`; a cut inside a "
 "paragraph). The rendering has no citation markers. No word added or changed. Kept as written: 'as many as 24 "
 "affiliated radio stations' (figures), 'co-founded by John Shepard III and his brother Robert, in 1929-1930' (a "
 "hyphen, a comma before 'in'), \"John Shepard's Boston station WNAC linked by telephone land lines with Robert "
 "Shepard's station in Providence, Rhode Island, WEAN\", 'Those two stations became the first two Yankee Network "
 "stations', 'WLBZ in Bangor, Maine; WORC in Worcester, Massachusetts; WNBH in New Bedford, Massachusetts; and WICC "
 "in Bridgeport, Connecticut' (semicolons), 'its own local and regional news bureau, the Yankee News Service', "
 "'operated until February 1967', 'nationally-known' (hyphenated). 213 words. No outage told; a near-miss: "
 "'The Yankee Network and the Yankee News Service operated until February 1967' (the end of a business, no failure "
 "of a service). Found at rank 2 of the query 'Yankee Network John Shepard III regional radio network New England "
 "WNAC WEAN Yankee News Service' (a lead of batch 67q's notes); cinxe.com (rank 1; a raw HTML capture), an "
 "unaddressed dbpedia proxy at 79.170.44.78 (rank 3), hampdencom.com (rank 4; a company page quoting the lead), "
 "review.clateway.com (rank 5; a free copy of the same lead with its reference list, the same matter), "
 "taylorfrancis.com (rank 6; a book chapter, copyrighted), an unaddressed copy (rank 7) and wikisum.wiki (rank 8; a "
 "summary) not used. WNAC, WNBH, WICC, Yankee News Service: " + CHECKED + " (each only in GATHERING.md's lists of "
 "leads); 'Yankee Network' and 'Shepard' only in train's wp-general-tire (General Tire's purchase of the network in "
 "1943 from Shepard Stores, another matter) and its gather scripts, in batch 67q's notes of leads and in "
 "GATHERING.md's lists; 'WEAN', 'WORC' and "
 "'WLBZ' only inside other words or in texts on other matters.", "US"))


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

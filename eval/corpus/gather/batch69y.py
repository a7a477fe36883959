#!/usr/bin/env python3
"""Batch 69y (session 63; gatherer lane 69y): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-68e, kept to three companies of one country, new to the corpus, chosen after the leads of
batches 68e, 69e, 69m and 69s were checked (their subjects and their lists' companies queried with no usable copy left
alone; companies of the lane's kinds with no hit queried instead): Folland Aircraft, the Hamble aircraft maker set up in 1937 by Henry Folland, chief designer of Gloster
Aircraft, on the site of British Marine Aircraft Limited (formed in February 1936, its liquidators appointed), who
took the positions of managing director and aircraft designer, a sub-contractor for others' aircraft and the maker of
the Folland Fo.108 (manufacturing, UK); Crosville Motor Services, the Chester bus operator formed on 27 October 1906
as Crosville Motor Company by George Crosland Taylor and Georges de Ville, purchased by the London, Midland and
Scottish Railway in August 1929, which as LMS (Crosville) purchased Holyhead Motors and UNU Motor Services and was
merged with T&BAT's Royal Blue of Llandudno and renamed on 15 May 1930 (bus operators, UK); and Alley & MacLellan,
the Glasgow engineering company founded in 1875 by Stephen Alley and John Maclellan, with Stephen Alley a partner on
its incorporation in 1903, which acquired Simpson and Bibby of Horsehay that year and built steam wagons, dump trucks
and ships sold under the Sentinel brand (manufacturing, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' renderings of 'Folland Aircraft' and 'Crosville Motor Services' (no
revision id; recent) and wikimili.com's copy of 'Alley & MacLellan' (undated, recent). Each cut before the sentence or
paragraph its excerpt breaks off in (all `truncated`). Edits per item in `notes` (title, infobox, heading and
'Contents' lines cut; citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather69y/src), the markers ('[1]', ' [1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-68e did. No text tells an
outage (a company that 'ran out of money' and had liquidators appointed is a business failure, no service failure).
newskg (or any extractor) was not run on any text. A round of three: eight queries (one run twice), three answered
with English Wikipedia text on a transport company not yet in the corpus and were taken, the rest left (round notes,
/tmp/gather69y/NOTES.md; queries, /tmp/gather69y/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69y.py [POOL_DIR] [--dry]   (default /tmp/gather69y/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69y/pool"
SRC = "/tmp/gather69y/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- manufacturing, UK: Folland Aircraft (en.wikipedia.org's '= Title =' rendering, recent) ------------------------
FOL = [
 "Folland Aircraft was a British aircraft manufacturing company which was active between 1937 and 1963.",
 "British Marine Aircraft Limited was formed in February 1936 to produce Sikorsky S-42-A flying boats under licence in "
 "the UK. The company built a factory on the western side of the Hamble peninsula with a slipway to Southampton Water. "
 "The construction of one Sikorsky based aircraft was started at Hamble, however the company ran out of money and "
 "liquidators were appointed. Mergers with other British aircraft companies were considered, including one with "
 "Westland Aircraft, but none was followed up.",
 "In 1937 Henry Folland, chief designer of Gloster Aircraft, was looking for a new opportunity to pursue his own ideas "
 "without management hindrance. He left Gloster, took over the British Marine site and set up the Folland Aircraft "
 "Company. He took the positions of both managing director and aircraft designer.",
 "Folland began aircraft assembly at Hamble making parts for Bristol Blenheim and Beaufort bombers. Follands also made "
 "15,000 rear portions out of the 22,000 constructed for the Supermarine Spitfire. Folland later took on sub-contract "
 "work making parts for de Havilland Mosquitos and Vickers Wellingtons.",
 "The first aircraft of its own design to fly was the Folland Fo.108 in 1940. Designed and built to meet the Air "
 "Ministry Specification 43/37 for a flying engine testbed it was generally known as the 43/47 or by the nickname "
 "\"Folland Frightful\" from its unusual appearance."]
KEPT["wp-folland-aircraft"] = ("folland-enwiki.txt", FOL)
R.append(wp("wp-folland-aircraft", "Folland Aircraft", "https://en.wikipedia.org/wiki/Folland_Aircraft",
 "\n\n".join(FOL),
 "manufacturing/aircraft", ["history", "founder", "executives", "predecessor", "sub-contracting", "products"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68e recorded their en.wikipedia.org renderings; the "
 "same wording as the wonilvalve.com proxy of en.m.wikipedia.org at rank 8 of the same query, which carries the "
 "citation markers and an image caption; doubtful: no revision id). Cut: the title line '= Folland Aircraft ='; the "
 "infobox lines between the title and the lead ('Folland Aircraft', '- Trade Name: Folland Aircraft Limited' to '- "
 "Key People: W. E. W. Petter', with '- Former Name: British Marine Aircraft Limited', '- Fate: Acquired by Hawker "
 "Siddeley in 1959', '- Founder: Henry Folland' and '- Defunct: 1963', so W. E. W. Petter, Hawker Siddeley, the "
 "infobox's 'Former Name' and 'Founder' and the name 'Folland Aircraft Limited' are not in the text; cut as batches "
 "54zu-68e cut their infoboxes); the heading '==History=='; cut after '... from its unusual appearance.', at the end "
 "of a paragraph, before the paragraph the excerpt breaks off in ('The Folland F.115 and F.116 designs were tendered "
 "to meet Specification E.28/40 for a research aircraft to investigate the issues of landing we'; `truncated`). No "
 "citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or "
 "changed. Kept as written: 'a British aircraft manufacturing company which was active between 1937 and 1963', "
 "'British Marine Aircraft Limited was formed in February 1936 to produce Sikorsky S-42-A flying boats under licence "
 "in the UK', 'The construction of one Sikorsky based aircraft was started at Hamble, however the company ran out of "
 "money and liquidators were appointed' (a comma splice, as written), 'Mergers with other British aircraft companies "
 "were considered, including one with Westland Aircraft, but none was followed up', 'In 1937 Henry Folland, chief "
 "designer of Gloster Aircraft, was looking for a new opportunity', 'He left Gloster, took over the British Marine "
 "site and set up the Folland Aircraft Company', 'He took the positions of both managing director and aircraft "
 "designer', 'Follands also made 15,000 rear portions out of the 22,000 constructed for the Supermarine Spitfire' "
 "('Follands', a plural of the firm's name), 'de Havilland Mosquitos and Vickers Wellingtons' (plurals), 'the Folland "
 "Fo.108 in 1940', 'the Air Ministry Specification 43/37', 'generally known as the 43/47 or by the nickname \"Folland "
 "Frightful\"' (no comma after 'testbed', as written). 235 words. No outage and no near-miss of one told (a company "
 "that ran out of money: a business failure). Recorded CC BY-SA 4.0 (a recent rendering; doubtful, no revision id). "
 "Found at rank 5 of the query 'Folland Aircraft British Marine Aircraft Hamble Henry Folland Petter managing "
 "director Hawker Siddeley 1959' (an aircraft maker of the lane's kind not yet queried; Gloster Aircraft, its "
 "founder's former employer, was batch 68t's subject); janes.migavia.com (rank 1), all-aero.com (rank 2), the Hawker "
 "Association's newsletter at cmlx.co.uk (ranks 3, 4), pilotfriend.com (rank 6) (their own texts, copyrighted or "
 "their own terms), flightmann.com (rank 7; a reworded summary) and the wonilvalve.com proxy (rank 8; the same text "
 "with markers and a caption, through a proxy) not used. Folland, British Marine Aircraft: " + CHECKED + " ('Gloster' "
 "in batch 68t's text on the Gloster Aircraft Company; 'Westland Aircraft', 'Hamble', 'Supermarine', 'Air Ministry' "
 "in texts on other matters).", "UK"))

# ---- bus operators, UK: Crosville Motor Services (en.wikipedia.org's '= Title =' rendering, recent) ---------------
CRO = [
 "Crosville Motor Services was a bus operator based in the north-west of England and north and mid-Wales.",
 "On 27 October 1906, Crosville Motor Company was formed in Chester by George Crosland Taylor and his French business "
 "associate Georges de Ville, with the intention of building motor cars. The company name was a portmanteau on the "
 "names of the founders.",
 "In 1911, Crosville commenced its first bus service, an 8 mi service between Chester and Ellesmere Port using a "
 "Lacre motorbus. By 1927, Crosville had consolidated an operating area covering the Wirral Peninsula and parts of "
 "Lancashire, Cheshire and Flintshire, operating a fleet of over 250 motorbuses predominantly manufactured by Leyland "
 "Motors.",
 "Under the terms of the Railways (Road Transport) Act 1928, allowing for the Big Four British railway companies to "
 "provide bus services, in August 1929, the London, Midland and Scottish Railway purchased Crosville Motor Services "
 "for \u00a3398,750 (), equivalent to 27s. 6d. per share of the company. The new LMS (Crosville) company then "
 "purchased Holyhead Motors and UNU Motor Services of Caernarfon over the next few months. Shortly afterwards, the "
 "'Big Four' reached an agreement with the Tilling Group and British Automobile Traction (T&BAT) to complete a "
 "cross-holding deal, whereby each organisation held a 50% share in a series of jointly-held and consolidated "
 "regional bus companies. LMS (Crosville) was therefore merged with T&BAT's Royal Blue of Llandudno, and renamed "
 "Crosville Motor Services on 15 May 1930, after only nine months of outright LMS ownership."]
KEPT["wp-crosville-motor-services"] = ("crosville-enwiki.txt", CRO)
R.append(wp("wp-crosville-motor-services", "Crosville Motor Services",
 "https://en.wikipedia.org/wiki/Crosville_Motor_Services",
 "\n\n".join(CRO),
 "transport/bus operators", ["history", "founders", "renaming", "takeover", "acquisitions", "merger"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68e recorded their en.wikipedia.org renderings; its "
 "'In 1911, Crosville commenced its first bus service' and the LMS purchase of August 1929 are newer than the "
 "hyperlinked.wiki diff of revision 422719129 (2011) at rank 5 of the same query, 'By 1909 Crosville had commenced "
 "its first bus service'; doubtful: no revision id). Cut: the title line '= Crosville Motor Services ='; the infobox "
 "lines between the title and the lead ('Crosville Motor Services', '- Logo: NBC Crosville.svg' to '- Fleet: 841 "
 "(December 1985)', with '- Headquarters: Chester, Cheshire, England' and '- Service Area: Cheshire, Lancashire, "
 "Flintshire, North-mid Wales, Liverpool', so Liverpool is not in the text; cut as batches 54zu-68e cut their "
 "infoboxes); the heading '==History=='; cut after '... after only nine months of outright LMS ownership.', at the "
 "end of a paragraph, before the paragraph the excerpt breaks off in ('In the next few months the company "
 "consolidated its majority share of the North Wales coastal services, buying up various smal'; `truncated`). No "
 "citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or "
 "changed. Kept as written: 'the north-west of England and north and mid-Wales', 'On 27 October 1906, Crosville Motor "
 "Company was formed in Chester by George Crosland Taylor and his French business associate Georges de Ville', 'The "
 "company name was a portmanteau on the names of the founders', 'an 8 mi service' (no metric conversion in this "
 "rendering), 'using a Lacre motorbus', 'predominantly manufactured by Leyland Motors', 'the Railways (Road "
 "Transport) Act 1928', 'the London, Midland and Scottish Railway purchased Crosville Motor Services for \u00a3398,750 "
 "(), equivalent to 27s. 6d. per share' (the empty brackets of an inflation template the rendering left empty, kept "
 "as they stand), 'The new LMS (Crosville) company then purchased Holyhead Motors and UNU Motor Services of "
 "Caernarfon', \"the 'Big Four' reached an agreement with the Tilling Group and British Automobile Traction (T&BAT)\", "
 "\"LMS (Crosville) was therefore merged with T&BAT's Royal Blue of Llandudno, and renamed Crosville Motor Services on "
 "15 May 1930\". 245 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; "
 "doubtful, no revision id). Found at rank 8 of the query 'Crosville Motor Services founded George Crosland Taylor "
 "Chester bus company history' (a bus operator, the lane's kind, not yet queried); crosville.org (ranks 1, 6; an "
 "enthusiasts' site), localtransporthistory.co.uk (rank 2) and docslib.org's copy of its booklet (rank 3; all rights "
 "reserved), bristolsu.co.uk (rank 4), hyperlinked.wiki (rank 5; a 2011 diff in wiki markup) and "
 "archive.commercialmotor.com (rank 7; a 1948 magazine review) not used. Crosville, Crosland, de Ville, Holyhead "
 "Motors, UNU Motor: " + CHECKED + " ('Tilling Group' and 'British Automobile Traction' in train's "
 "wp-harrogate-bus-company, 'Royal Blue' in test's wp-po-nedlloyd (a ship), 'Leyland Motors' in batch 68ac's text: "
 "other matters).", "UK"))

# ---- manufacturing, UK: Alley & MacLellan (wikimili.com's copy, undated, recent) -----------------------------------
ALM = [
 "Alley & MacLellan Ltd was a mechanical engineering company based in Glasgow, Scotland. Its products were sold "
 "under the Sentinel brand.",
 "Alley & MacLellan was founded in Bridgeton, Scotland in 1875 by Stephen Alley and John Maclellan. The company "
 "began by building valves, compressors and other parts for steamships.",
 "By 1880 the company had moved to larger premises in Polmadie, and began building complete ships. Because of the "
 "factory location far from the ocean, the ships were designed so that they could be transported in sections and "
 "assembled at dockside.",
 "In 1883, the company designed a new type of high speed steam engine which was used to generate electricity on "
 "board ships.",
 "The company was incorporated in 1903 as Alley & MacLellan Ltd. with Stephen Alley becoming a partner after his "
 "father's death. Their factory in Polmadie was called Sentinel Works. That year the company acquired Simpson and "
 "Bibby of Horsehay, Shropshire, a manufacturer of steam powered road vehicles, and by 1905 it was manufacturing "
 "steam wagons.",
 "In about 1907 the company began building dump trucks;",
 "The company continued to manufacture steamships and boats, and in 1912 its output was about 2700 tons. Eventually "
 "almost 500 small ships and boats were produced. The vast majority of these vessels were assembled at the Jessie "
 "Street works using nuts and bolts, then dismantled and shipped as parts in crates to their client destination where "
 "they were re-assembled using rivets. At least one Alley & McLellan ship is still in existence \u2013 the motor "
 "vessel (originally steamship) Chauncy Maples on Lake Nyasa (Lake Malawi)."]
KEPT["wp-alley-and-maclellan"] = ("alley-maclellan-wikimili.txt", ALM)
R.append(wp("wp-alley-and-maclellan", "Alley & MacLellan", "https://wikimili.com/en/Alley_&_MacLellan",
 "\n\n".join(ALM),
 "manufacturing/engineering and vehicles", ["history", "founders", "partner", "incorporation", "acquisition",
                                             "products"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l, 67ab and 68e took their wikimili.com copies: its 'incorporated in 1903 as Alley & "
 "MacLellan Ltd. with Stephen Alley becoming a partner' and the Chauncy Maples sentence; doubtful: no date held). The "
 "same query was run twice (the second time to confirm the excerpt as saved; the same answer). Cut: the copy's "
 "'Alley & MacLellan' title line, 'Last updated', the infobox lines ('Alley & Maclellan Ltd.' to 'Sentinel Waggon "
 "Works, Shrewsbury', with 'Founded1814', 'Defunct1954' and 'Subsidiaries Sentinel Valve Works, Worcester', so the "
 "infobox's founding year 1814 (at odds with the text's 1875), Sentinel Waggon Works, Shrewsbury and Worcester are "
 "not in the text; cut as batches 54zu-68e cut their infoboxes), the 'Contents' and 'History' lines; the citation "
 "markers (' [1]', ' [2]', ' [2] [3] [4]', ' [5]' to ' [11]', each with a space before it in this copy); cut after "
 "'... on Lake Nyasa (Lake Malawi).', at the end of a paragraph, before the paragraph the excerpt breaks off in ('in "
 "1915 the wagon and truck aspect of the business had grown to the point that the com'; `truncated`), so the "
 "Shrewsbury move is not in the text. The copy's paragraphs are single lines, joined here with blank lines. No word "
 "added or changed. Kept as written: 'Alley & MacLellan Ltd was a mechanical engineering company based in Glasgow, "
 "Scotland', 'Its products were sold under the Sentinel brand', 'founded in Bridgeton, Scotland in 1875 by Stephen "
 "Alley and John Maclellan' ('Maclellan' with a small 'l' here, 'MacLellan' in the company's name), 'The company was "
 "incorporated in 1903 as Alley & MacLellan Ltd. with Stephen Alley becoming a partner after his father's death' (the "
 "same name as the founder's; the copy does not say father and son apart), 'the company acquired Simpson and Bibby "
 "of Horsehay, Shropshire, a manufacturer of steam powered road vehicles', 'In about 1907 the company began building "
 "dump trucks;' (a paragraph ending in a semicolon, as the copy has it), 'its output was about 2700 tons', 'the Jessie "
 "Street works', 'At least one Alley & McLellan ship' (spelt 'McLellan' here), 'the motor vessel (originally "
 "steamship) Chauncy Maples on Lake Nyasa (Lake Malawi)' (an en dash before it, as written). 261 words. No outage "
 "and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent revision; doubtful, undated). Found at rank 4 of the "
 "query 'Sentinel Waggon Works Alley & MacLellan Shrewsbury steam waggon company history Stephen Alley chairman' (a "
 "truck maker of the lane's kind not yet queried, Sentinel); woodpeckerpublications.co.uk (rank 1; a book's blurb), "
 "shropshirehistory.com (rank 2), steamindex.com (rank 3), brc-stockbook.co.uk (rank 7) (their own texts, their own "
 "terms), wikimili.com's 'Sentinel Waggon Works' (rank 5; free, but no person in its excerpt's text), dokumen123.com "
 "(rank 6; an unattributed copy of the same) and cryer.org.uk (rank 8; a copy of the same) not used. Alley & "
 "MacLellan, Stephen Alley, Sentinel Waggon, Simpson and Bibby, Horsehay, Polmadie, Bridgeton, Chauncy Maples: "
 "" + CHECKED + " ('Maclellan' once in GATHERING.md, another man in another round's list; 'Glasgow', 'Shropshire' in "
 "texts on other matters).", "UK",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))


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

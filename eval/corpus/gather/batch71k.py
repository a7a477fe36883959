#!/usr/bin/env python3
"""Batch 71k (session 65; gatherer lane 71k): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-71e, kept to three British bus operators new to the corpus, turned from the leads of rounds
71e and 70ai (71e's 'Not yet queried' list: Yorkshire Traction, Devon General, Lincolnshire Road Car, Western Welsh and
South Wales Transport queried): South Wales Transport, the Swansea bus company established on 10 February 1914 as a
subsidiary of British Electric Traction (BET), which already owned the Swansea Improvements and Tramway Company, its
takeover of Neath's horse-tram network from Neath Corporation (1920), its purchases of Fairwood Motors (1923) and of
Isaac Jenkins' Bishopton and Murton Motors (1928) (bus operators, UK); Stagecoach South West, the Devon bus operator,
a subsidiary of Stagecoach, whose history runs from the Devon General Omnibus and Touring Company of 1919, bought by
Torquay Tramways in 1922 and run as a subsidiary of the National Electric Construction Company (NECC), part of the
British Electric Traction Group from 1931 and of the National Bus Company from 1969, its operations transferred to
Western National in 1971, and Devon General Limited of 1983, privatised on 19 August 1986 in a management buy out led
by managing director Harry Blundred (bus operators, UK); and the Yorkshire Traction Company Limited, the Barnsley bus
operator formed in 1902 as the Barnsley & District Electric Traction Company Limited, renamed in 1928, sold in 1986 to
a management team led by Frank Carter, its purchases of other operators (Lincolnshire RoadCar Company, Lincoln City
Transport, Yorkshire Terrier, Strathtay Scottish and others), owned by The Traction Group, acquired by Stagecoach in
December 2005 (bus operators, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'South Wales Transport' (no revision id; recent; recorded
4.0), piglix's copy of 'Stagecoach South West' (piglix.com, undated, about 2017; recorded 3.0 as batches 70c, 70f,
70w, 70ai and 71e recorded the site's copies) and liquisearch.com's copy of the 'History' section of 'Yorkshire
Traction' (an older revision, undated; recorded 3.0 as batches 23b and 71d recorded this mirror). Each cut before the
end of the article (all `truncated`), at a sentence or section end before the sentence or heading its excerpt breaks
off in, or (Yorkshire Traction) at the end of the copy's 'History' section. Edits per item in `notes` (title, site,
infobox, caption and heading lines cut; paragraphs as the rendering or copy sets them apart; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather71k/src), the markers ('[1]',
' [1]', '[nb 1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches
55e-71e did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of three: five
queries, three answered with English Wikipedia text on a bus operator not yet in the corpus and were taken, the rest
left (round notes, /tmp/gather71k/NOTES.md; queries, /tmp/gather71k/src/queries.txt; claims,
/work/notes/gather71/CLAIMS.txt).
usage: batch71k.py [POOL_DIR] [--dry]   (default /tmp/gather71k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71k/pool"
SRC = "/tmp/gather71k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- bus operators, UK: South Wales Transport (en.wikipedia.org's '= Title =' rendering, recent) -------------------
SWT = [
 "South Wales Transport was a company that operated buses, trams and trolleybuses in South Wales centred on Swansea "
 "and West Wales.",
 "South Wales Transport was established on 10 February 1914 as a subsidiary of the British Electric Traction (BET) to "
 "operate bus services in and around Swansea. BET already owned the Swansea Improvements and Tramway Company. The "
 "first bus routes were run as feeders to the tram network from Ynysforgan to Pontardawe, starting in May 1914 with a "
 "second service from Cwmbwrla to Llanelli in August.",
 "The company had ambitions to operate buses throughout south and south west Wales, but initial overtures to local "
 "councils received unfavourable responses and it was decided to concentrate operations in the Swansea area. In 1920 "
 "the company took over operation of the horse-tram network in Neath from Neath Corporation.",
 "In 1921, Swansea Council allowed the company's buses to run through to the town centre, provided that no local "
 "passengers were carried on the inner section of the route covered by the trams. Further exp/ansion came in 1923 "
 "when Fairwood Motors was purchased along with services to the Gower peninsula, followed in 1928 by the acquisition "
 "of Isaac Jenkins' Bishopton and Murton Motors, which gave a second route to the Gower.",
 "From a fleet of 12 buses, carrying two million passengers in 1915, by 1929 the company had expanded to a fleet of "
 "162 buses carrying 14 million passengers per annum."]
KEPT["wp-south-wales-transport"] = ("south-wales-transport-enwiki.txt", SWT)
R.append(wp("wp-south-wales-transport", "South Wales Transport", "https://en.wikipedia.org/wiki/South_Wales_Transport",
 "\n\n".join(SWT),
 "transport/buses", ["history", "founding", "subsidiary", "acquisitions"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-71e recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= South Wales Transport ='; the infobox lines between the title "
 "and the lead ('South Wales Transport', '- Logo: NBC South Wales.svg', '- Parent: National Bus Company', '- Founded: "
 "2 May 1914', '- Ceased: 28 March 1999', '- Headquarters: Swansea', '- Service Area: South Wales', '- Service Type: "
 "Bus operator', so the National Bus Company is not in the text); the heading '==History=='; cut after '... 14 "
 "million passengers per annum.', before the heading '===Road Traffic Act 1930===' and its paragraph, which the "
 "excerpt breaks off in ('... which had been facing competition on'; `truncated`). No citation markers in this "
 "rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or changed. Kept as written: "
 "'a company that operated buses, trams and trolleybuses in South Wales centred on Swansea and West Wales', 'as a "
 "subsidiary of the British Electric Traction (BET)', 'BET already owned the Swansea Improvements and Tramway "
 "Company.', 'with a second service from Cwmbwrla to Llanelli in August', 'throughout south and south west Wales', "
 "'took over operation of the horse-tram network in Neath from Neath Corporation', 'Further exp/ansion came in 1923' "
 "(the rendering's stray slash kept), 'Fairwood Motors was purchased along with services to the Gower peninsula', "
 "\"the acquisition of Isaac Jenkins' Bishopton and Murton Motors, which gave a second route to the Gower\", 'two "
 "million passengers in 1915'. 236 words. No outage and no near-miss of one told (purchases, a takeover of "
 "operations: business events). Found at rank 4 of the query 'South Wales Transport bus company Swansea history "
 "founded' (query 5); en.wikipedia.org's revision 992621642 (rank 1) and en.m.wikipedia.org's page (rank 2), an "
 "older and shorter text (bus services from 2 May 1914, the Swansea and Mumbles Railway 1958, a management buy out "
 "of May 1987, Badgerline 1990; no person), vernonmorgan.com (a book's blurb), narrowboatstarcross.blogspot.com, "
 "archiveshub.ac.uk, swanseabaynews.com (news; another company of the name) and archive.commercialmotor.com (ranks "
 "3, 5-8; not Wikipedia's) not used. South Wales Transport, Swansea Improvements, Fairwood Motors, Isaac Jenkins, "
 "Bishopton, Murton Motors, Neath Corporation, Swansea Council: " + CHECKED + " but 'South Wales Transport' in "
 "GATHERING.md's lists of leads (round 71e's 'Not yet queried'); British Electric Traction and Gower in other texts "
 "as other matters.", "UK"))

# ---- bus operators, UK: Stagecoach South West / Devon General (piglix's copy, about 2017) --------------------------
SSW = [
 "Stagecoach South West is a bus operator providing services in Devon and East Cornwall along with coach services to "
 "Bristol. It is a subsidiary of Stagecoach.",
 "The Devon General Omnibus and Touring Company commenced operations in South Devon in 1919 with two bus routes from "
 "Exeter to Torquay. In 1922 Torquay Tramways purchased the company, although it was operated as a subsidiary of the "
 "National Electric Construction Company (NECC) and the tramway company's motor buses were transferred to Devon "
 "General. In 1931 the NECC became a part of the British Electric Traction Group.",
 "British Electric Traction's bus operations, including Devon General, became part of the National Bus Company when "
 "it was formed in 1969. In April 1970 the Exeter City Council's buses and routes were transferred to Devon General "
 "but the city's unusual use of route letters (as opposed to numbers) continued. In January 1971 the bus operations "
 "of Devon General were transferred to neighbouring Western National but the Devon General name was retained as a "
 "brand.",
 "In January 1983 Western National was split into four new companies, one of which was Devon General Limited that "
 "operated in south and east Devon as the old Devon General had done, but the Tiverton area services became part of "
 "North Devon. On 19 August 1986 Devon General became the first National Bus Company subsidiary to be privatised "
 "under the Transport Act 1985 being sold in a management buy out led by managing director Harry Blundred.",
 "An experimental high-frequency service using 22 minibuses was introduced in Exeter on 27 February 1984."]
KEPT["wp-stagecoach-south-west"] = ("stagecoach-south-west-piglix.txt", SSW)
R.append(wp("wp-stagecoach-south-west", "Stagecoach South West", "http://piglix.com/piglix/Stagecoach_South_West",
 "\n\n".join(SSW),
 "transport/buses", ["history", "ownership", "nationalisation", "privatisation", "management buyout"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017; undated; recorded CC BY-SA 3.0 as batches 70c, 70f, 70w, 70ai and 71e recorded the site's copies; no "
 "revision id). Cut: the image caption 'A Stagecoach Enviro 200 at Cockwood Harbour on the former extended route B.' "
 "and the infobox lines ('|', '|', 'Parent | Stagecoach |', '---|---|', 'Founded | 1919 |', 'Headquarters | Exeter "
 "|', 'Service area | Devon and East Cornwall plus a route to Bristol |', 'Service type | Bus services |', 'Depots | 6 "
 "(September 2013) |', 'Fleet | 334 (September 2013) |', 'Chief executive | Bob Dennison |', 'Website | Stagecoach "
 "South West website |', so Bob Dennison and the Enviro 200 are not in the text); cut after '... on 27 February "
 "1984.', before the sentence the excerpt breaks off in ('By the time the company was priv'; `truncated`). No title "
 "line, heading or citation marker in the excerpt. Paragraphs as the copy sets them apart (one per line), joined with "
 "blank lines. No word added or changed. Kept as written: 'It is a subsidiary of Stagecoach.', 'The Devon General "
 "Omnibus and Touring Company commenced operations in South Devon in 1919', 'In 1922 Torquay Tramways purchased the "
 "company, although it was operated as a subsidiary of the National Electric Construction Company (NECC)', 'In 1931 "
 "the NECC became a part of the British Electric Traction Group.', \"British Electric Traction's bus operations, "
 "including Devon General, became part of the National Bus Company when it was formed in 1969\", \"the Exeter City "
 "Council's buses and routes were transferred to Devon General\", 'the bus operations of Devon General were "
 "transferred to neighbouring Western National but the Devon General name was retained as a brand', 'Western "
 "National was split into four new companies, one of which was Devon General Limited', 'as the old Devon General had "
 "done', 'the Tiverton area services became part of North Devon', 'the first National Bus Company subsidiary to be "
 "privatised under the Transport Act 1985 being sold in a management buy out led by managing director Harry "
 "Blundred', the paragraph on the minibuses of 27 February 1984 after the one on 1986, as the copy orders them. 258 "
 "words. The subject matter is Devon General's history (claimed as 'Devon General'); the article's own title, "
 "Stagecoach South West, is the company's later name, which the kept text never ties to Devon General in words. No "
 "outage and no near-miss of one told (purchases, transfers of operations, a split-up, privatisation: business "
 "events). Found at rank 8 of the query 'Devon General bus company Torquay history founded' (query 2); wikimili.com's "
 "copy of 'Devon General' (rank 1; clean, but no person before the excerpt breaks off), theinfolist.com's glossed "
 "copies (ranks 2, 4; other articles' leads run in), liquisearch.com's 'Devon General - History' (rank 3; no person), "
 "wikivisually.com's 'Open top buses in Torbay' (rank 7; another subject), torbayweekly.co.uk (news) and "
 "exeterlocalhistorysociety.co.uk (ranks 5, 6; not Wikipedia's) not used. Devon General, Stagecoach South West, "
 "Harry Blundred, National Electric Construction, Torquay Tramways, Exeter City Council, Transit Holdings: " + CHECKED
 + " but 'Devon General' in GATHERING.md's lists of leads (round 71e's 'Not yet queried'); Stagecoach and British "
 "Electric Traction in other texts as other matters; 'Western National' only in this round's own claim line.", "UK",
 v3=True, copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))

# ---- bus operators, UK: Yorkshire Traction (liquisearch.com's copy of its 'History' section, older revision) -------
YT = [
 "The Yorkshire Traction Company Limited was formed in 1902 as the Barnsley & District Electric Traction Company "
 "Limited. It operated trams around the Barnsley locality until around 1930. In 1928, prior to the trams being "
 "withdrawn, the company was renamed from the Barnsley & District Traction Company Limited (the 'electric' part of "
 "the name being dropped some years earlier). The company was affectionately referred to as 'Tracky'.",
 "Yorkshire Traction was sold by the Government in 1986 to a management team led by Frank Carter. Until selling the "
 "business to Stagecoach on 14 December 2005, Carter expanded the business by purchasing other operators including: "
 "Barnsley & District (formed in July 1990 when Traction bought the bus business of Tom Jowitt Travel of Tankersley), "
 "Lincolnshire RoadCar Company, Lincoln City Transport, Yorkshire Terrier, Andrews (Sheffield) Ltd (merged with "
 "Yorkshire Terrier in 1998), \"Sheffield Omnibus (Merged with Andrews (Sheffield) in 1996), South Riding (merged "
 "with Andrews (Sheffield) in 1995), Strathtay Scottish, Meffans Coaches (a subsidiary of Strathtay), London "
 "Traveller (35% owned by Traction, sold in 2002),",
 "Yorkshire Traction and its subsidiaries were owned by The Traction Group, which was owned by Frank Carter, together "
 "with small shares owned by the Carter Family Trust and employees who worked for the company at privatisation.",
 "In December 2005 Stagecoach acquired Yorkshire Traction, at the time the largest privately owned bus operator in "
 "the United Kingdom. In May 2008 Stagecoach sold the Huddersfield operations to Centrebus Holdings which now operate "
 "under the name 'Huddersfield Bus Company' while the part of the business remaining with Stagecoach was renamed "
 "Stagecoach Sheffield."]
KEPT["wp-yorkshire-traction"] = ("yorkshire-traction-liquisearch.txt", YT)
R.append(wp("wp-yorkshire-traction", "Yorkshire Traction", "https://liquisearch.com/yorkshire_traction/history",
 "\n\n".join(YT),
 "transport/buses", ["history", "renaming", "management buyout", "acquisitions", "ownership"],
 "The 'History' section of the article as liquisearch.com's copy of English Wikipedia holds it in the page store (a "
 "Wikipedia mirror serving each section as a page with the site's own quotation block added; no revision id or date "
 "held; an older revision, before en.wikipedia.org's present text (which dates the formation to March 1902, the "
 "buyout to January 1987 and names no person), recorded 3.0 as batches 23b and 71d recorded this mirror; doubtful: no "
 "revision id). Cut: the page's title line 'Yorkshire Traction - History' and heading 'History'; the site's lines "
 "'Read more about this topic:  Yorkshire Traction' and 'Famous quotes containing the word history:' with the "
 "quotation that follows, broken off ('Tell me of the height of the mountains of the moon, ... but of the se'; not "
 "the article's text). The section kept whole (its own end; the article goes on, its 'Operations' section on another "
 "page, so `truncated`). No infobox or citation marker in the copy. Paragraphs as the copy sets them apart (blank "
 "lines). No word added or changed. Kept as written: 'formed in 1902 as the Barnsley & District Electric Traction "
 "Company Limited', 'until around 1930', 'the company was renamed from the Barnsley & District Traction Company "
 "Limited', \"affectionately referred to as 'Tracky'\", 'sold by the Government in 1986 to a management team led by "
 "Frank Carter', 'Until selling the business to Stagecoach on 14 December 2005, Carter expanded the business by "
 "purchasing other operators including:' and the list that follows, with its stray opening quotation mark "
 "('\"Sheffield Omnibus'), 'Merged' capitalised once, and the paragraph's closing comma ('sold in 2002),') as the "
 "copy has them, 'owned by The Traction Group, which was owned by Frank Carter, together with small shares owned by "
 "the Carter Family Trust', 'In December 2005 Stagecoach acquired Yorkshire Traction', \"which now operate under the "
 "name 'Huddersfield Bus Company'\", 'was renamed Stagecoach Sheffield'. 261 words. No outage and no near-miss of one "
 "told (a buyout, purchases, mergers, sales: business events). Found at rank 2 of the query 'Yorkshire Traction bus "
 "company Barnsley history founded' (query 1); en.wikipedia.org's rendering (rank 4; newer, names no person), "
 "liquisearch.com's 'Stagecoach Yorkshire - History' (rank 3; the later company) and 'Yorkshire Traction - "
 "Operations' (rank 7; no person), jablog.org's Japanese translation (rank 5), wellsborobookstore.indielite.org (a "
 "book's blurb), thedrunkbirder.wordpress.com (a blog) and tramway.co.uk (ranks 1, 6, 8; not Wikipedia's) not used. "
 "Yorkshire Traction, Frank Carter, Traction Group, Tom Jowitt, Strathtay, Yorkshire Terrier, Meffans, London "
 "Traveller, Barnsley & District, Stagecoach Yorkshire, Lincoln City Transport: " + CHECKED + " but 'Yorkshire "
 "Traction' in GATHERING.md's lists of leads (round 71e's 'Not yet queried', with 'Lincolnshire Road Car'); "
 "Stagecoach in other texts as another matter ('Centrebus' only in GATHERING.md).", "UK", v3=True,
 copy_of="the Wikipedia article's 'History' section, an older revision, at liquisearch.com"))


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

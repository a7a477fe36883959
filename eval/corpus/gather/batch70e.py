#!/usr/bin/env python3
"""Batch 70e (session 64; gatherer lane 70e): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-69ai, kept to three British companies new to the corpus, turned from the leads of rounds
69ai, 69y and 69s (Vincent HRD and Royal Enfield in 69ai's 'Not yet queried' list, Lloyd International Airways in
69s's and 69y's): Vincent Motorcycles, the Stevenage motorcycle maker of 1928-1955 set up by Philip Vincent on his
purchase of HRD Motors Ltd, itself founded by Howard Raymond Davies, who traded as HRD Motors in partnership with
E J Massey from 1924, renamed Vincent Engineers (Stevenage) Ltd. in 1952 (motorcycle makers, UK); Royal Enfield, the
brand of The Enfield Cycle Company Limited of Redditch, Eicher Motors acquiring full ownership of the company in 1994,
its remaining motorcycle business acquired by Norton Villiers in 1967, George Townsend's Redditch needle business of
1851 and the two men its bankers chose to run it in 1891, Albert Eadie of Perry & Co Ltd and Robert Walker Smith of
D. Rudge & Co (motorcycle makers, UK); and Lloyd International Airways Ltd, the British charter airline of 1961-1972
planned by Brian Lloyd, Alastair Macleod and John Louis Mingaye Crick, backed by J. Ortiz-Patiño and Nicholas
Mavroleon, chairmen of the airline and of Far East Aviation Company Ltd, a group holding company (airlines, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'Vincent Motorcycles' (undated), en.wikipedia.org's own '= Title =' rendering of 'Royal
Enfield (England)' (no revision id; recent) and worddisk.com's copy of 'Lloyd International Airways' (undated). Each
cut before the sentence its excerpt breaks off in (all `truncated`). Edits per item in `notes` (title, infobox,
heading lines cut; citation markers and the note marker '[nb 1]' cut; paragraphs joined with blank lines; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70e/src), the markers
('[1]', ' [1]', '[nb 1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches
55e-69ai did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of three: four
queries, three answered with English Wikipedia text on a transport company not yet in the corpus and were taken, one
left (round notes, /tmp/gather70e/NOTES.md; queries, /tmp/gather70e/src/queries.txt; claims,
/work/notes/gather70/CLAIMS.txt).
usage: batch70e.py [POOL_DIR] [--dry]   (default /tmp/gather70e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70e/pool"
SRC = "/tmp/gather70e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked, and in GATHERING.md "
           "at most in the leads lists of rounds 68-69 (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- motorcycle makers, UK: Vincent Motorcycles (wikimili.com's copy, undated) -------------------------------------
VIN = [
 "Vincent Motorcycles was a British manufacturer of motorcycles from 1928 to 1955. The business was established by "
 "Philip Vincent who bought an existing manufacturing name HRD, initially renaming it as Vincent HRD, producing his "
 "own motorcycles as HRD did previously with engines purchased as complete assemblies from other companies. From "
 "1934, two new engines were developed as single cylinder in 500 cc and v-twin 1,000 cc capacities. Production grew "
 "from 1936, with the most-famous models being developed from the original designs after the War period in the late "
 "1940s.",
 "The 1948 Vincent Black Shadow was at the time the world's fastest production motorcycle. The name was changed to "
 "Vincent Engineers (Stevenage) Ltd. in 1952 after financial losses were experienced when releasing capital to "
 "produce a Vincent-engined prototype Indian (Vindian) for the US market during 1949. In 1955 the company "
 "discontinued motorcycle production after experiencing further heavy financial losses.",
 "Vincent Motorcycles, \"the makers of the world's fastest motorcycles\", began with the purchase of HRD Motors Ltd "
 "less the factory premises, by Philip Vincent in May 1928.",
 "HRD was founded by the British Royal Flying Corps (RFC) pilot, Howard Raymond Davies, who was shot down and "
 "captured by the Germans in 1917. Legend has it that it was while a prisoner of war that he conceived the idea of "
 "building his own motorcycle, and contemplated how he might achieve that. It was not until 1924 that Davies entered "
 "into partnership with E J Massey, trading as HRD Motors."]
KEPT["wp-vincent-motorcycles"] = ("vincent-wikimili.txt", VIN)
R.append(wp("wp-vincent-motorcycles", "Vincent Motorcycles", "https://wikimili.com/en/Vincent_Motorcycles",
 "\n\n".join(VIN),
 "manufacturing/motorcycles", ["history", "founders", "purchase", "renaming", "products"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, recorded 4.0 "
 "as batches 56j-69s recorded their undated wikimili.com copies; doubtful: no date held). Cut: the infobox lines "
 "before the lead ('Vincent Engineers (Stevenage) Ltd. | |' to 'Products | Motorcycles, three-wheelers, pumps, "
 "amphibious vehicles, drones |', with 'Defunct | 1959 |', 'Fate | Bankrupt |', 'Successor | Harper Engineering "
 "(Stevenage)' and 'Headquarters | Stevenage, Hertfordshire, England |', so 1959, the bankruptcy, Harper Engineering "
 "and Stevenage are not in the text; cut as batches 54zu-69ai cut their infoboxes); the citation markers ('[7]', "
 "'[8]', '[7]'); cut after '... trading as HRD Motors.', before the sentence the excerpt breaks off in ('Various "
 "models were produced, generally powered by J.A'; `truncated`). The copy's paragraphs are single lines, joined here "
 "with blank lines. No word added or changed. Kept as written: 'from 1928 to 1955', 'who bought an existing "
 "manufacturing name HRD, initially renaming it as Vincent HRD', 'the late 1940s', 'The 1948 Vincent Black Shadow', "
 "'Vincent Engineers (Stevenage) Ltd. in 1952', 'a Vincent-engined prototype Indian (Vindian) for the US market "
 "during 1949', '\"the makers of the world's fastest motorcycles\"', 'the purchase of HRD Motors Ltd less the factory "
 "premises, by Philip Vincent in May 1928', 'the British Royal Flying Corps (RFC) pilot, Howard Raymond Davies', "
 "'entered into partnership with E J Massey, trading as HRD Motors' (no stops in 'E J'). 246 words. No outage and no "
 "near-miss of one told (motorcycle production discontinued in 1955 after losses: a business decision). Recorded "
 "CC BY-SA 4.0 (undated; doubtful). Found at rank 3 of the query 'Vincent HRD motorcycle company history Philip "
 "Vincent Howard Raymond Davies Stevenage' (a lead of round 69ai); en.wikipedia.org's rendering (rank 6; the same "
 "text, its excerpt breaking off one paragraph earlier, before the Massey sentence; saved as vincent-enwiki.txt), "
 "automundo.home.blog (rank 1; Spanish), classiccycles.com (rank 2), asiastrategikonsulting.com (rank 4), "
 "motohistory.net (rank 5), transportationhistory.org (rank 7) and bmf.co.uk (rank 8; news) (their own texts) not "
 "used. Vincent Motorcycles, Vincent HRD, Vincent Engineers, HRD Motors, E J Massey, Black Shadow, Vindian, Philip "
 "Vincent, Royal Flying Corps: " + CHECKED + ".", "UK",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- motorcycle makers, UK: Royal Enfield (England) (en.wikipedia.org's '= Title =' rendering, recent) --------------
ENF = [
 "Royal Enfield was a brand name under which The Enfield Cycle Company Limited of Redditch, Worcestershire, England, "
 "sold motorcycles, bicycles, lawnmowers and stationary engines which it manufactured. Enfield Cycle Company also "
 "used the brand name \"Enfield\" without the \"Royal\". Later in 1994, Eicher Motors, an Indian multinational "
 "automobile manufacturing company, acquired full ownership of the company. The first Royal Enfield motorcycle was "
 "built in 1901. The Enfield Cycle Company's Royal Enfield Bullet is the longest-lived motorcycle design in history.",
 "Royal Enfield's spare parts operation was sold to Velocette in 1967, which benefited from the arrangement for three "
 "years until its closure in early 1971. Enfield's remaining motorcycle business was acquired by Norton Villiers in "
 "1967, and the business eventually closed in 1978.",
 "George Townsend established a business in 1851 in Redditch, specialising in the manufacture of sewing needles. In "
 "1882, his son, also named George, started making components for cycle manufacturers, including saddles and forks. "
 "By 1886, complete bicycles were being sold under the names Townsend and Ecossais. This business suffered a "
 "financial collapse in 1891. Albert Eadie, sales manager of Birmingham's Perry & Co Ltd, pen makers who had begun to "
 "supply components for cycles, and Robert Walker Smith, an engineer from D. Rudge & Co, were chosen by Townsend's "
 "bankers to run the business."]
KEPT["wp-royal-enfield-england"] = ("royal-enfield-enwiki.txt", ENF)
R.append(wp("wp-royal-enfield-england", "Royal Enfield (England)",
 "https://en.wikipedia.org/wiki/Royal_Enfield_(England)",
 "\n\n".join(ENF),
 "manufacturing/motorcycles", ["history", "brand", "ownership", "predecessor", "founders"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-69ai recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Royal Enfield (England) ='; the infobox lines between the title "
 "and the lead ('The Enfield Cycle Company Limited', '- Type: Public Listed Company' to '- Products: Royal Enfield "
 "Clipper, Crusader, Bullet, Interceptor, WD/RE, Super Meteor', with '- Fate: Defunct, Name still in use by "
 "Eicher.', '- Successor: Royal Enfield of India', '- Founder: Albert Eadie and Robert Walker Smith' and '- Defunct: "
 "1971', so the infobox's founders line and 'Royal Enfield of India' are not in the text); the heading "
 "'==History=='; cut after '... to run the business.', before the sentence the excerpt breaks off in ('Then, in 1892, "
 "the firm was re-incorporated as Eadie Manufacturing Company Limited, b'; `truncated`), so Eadie Manufacturing is "
 "not in the text. No citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). "
 "No word added or changed. Kept as written: 'Royal Enfield was a brand name under which The Enfield Cycle Company "
 "Limited of Redditch, Worcestershire, England, sold motorcycles', 'the brand name \"Enfield\" without the "
 "\"Royal\"', 'Later in 1994, Eicher Motors, an Indian multinational automobile manufacturing company, acquired full "
 "ownership of the company', 'The Enfield Cycle Company's Royal Enfield Bullet', \"Royal Enfield's spare parts "
 "operation was sold to Velocette in 1967\", 'until its closure in early 1971', \"Enfield's remaining motorcycle "
 "business was acquired by Norton Villiers in 1967\", 'under the names Townsend and Ecossais', \"Albert Eadie, sales "
 "manager of Birmingham's Perry & Co Ltd\", 'Robert Walker Smith, an engineer from D. Rudge & Co', \"were chosen by "
 "Townsend's bankers to run the business\". 216 words. No outage and no near-miss of one told (a financial collapse "
 "in 1891 and closures in 1971 and 1978: business failures). Recorded CC BY-SA 4.0 (a recent rendering; doubtful, "
 "no revision id). Found at rank 2 of the query 'Royal Enfield Redditch Enfield Cycle Company history Albert Eadie "
 "R. W. Smith founded' (a lead of round 69ai); two scribd.com uploads of older revisions (ranks 1, 3; uploaded "
 "documents, no licence line, one run together with its infobox), motorcyclelogos.org (rank 7; an older revision "
 "without attribution), cybermotorcycle.com (rank 4), onlinebicyclemuseum.co.uk (rank 5), 5wd.net (rank 6) and "
 "vintagebikescollection.com (rank 8) (their own texts) not used. Royal Enfield, Enfield Cycle, Eadie "
 "Manufacturing, Albert Eadie, Robert Walker Smith, Perry & Co, Norton Villiers, George Townsend, Ecossais: "
 + CHECKED + " ('Eicher' in a test text on another matter, 'Rudge' in texts on other matters; 'Velocette' is dev's "
 "wp-velocette, named here only as the buyer of a spare parts operation).", "UK"))

# ---- airlines, UK: Lloyd International Airways (worddisk.com's copy, undated) ---------------------------------------
LIA = [
 "Lloyd International Airways Ltd was a private, British independent airline formed in 1961 to operate worldwide "
 "charter flights. It commenced operations with a single Douglas DC-4 piston airliner from Cambridge Marshall "
 "Airport. Lloyd International concentrated on passenger and cargo charters with four-engined, long-range aircraft. "
 "It also had links in Hong Kong since its inception and flew to the Far East regularly. During the mid-1960s, the "
 "airline began re-equipping its fleet with Bristol Britannia and Canadair CL-44 turboprops, all of which featured "
 "large cargo doors and palletised freight systems. Long-range Boeing 707 jets joined the Lloyd International fleet "
 "during the early 1970s for use on affinity group passenger and freight charters to North America and the Far East. "
 "Lloyd International ceased operations in June 1972.",
 "In 1960, Brian Lloyd and Alastair Macleod, two experienced shipping managers and shipbroking partners, joined up "
 "with chartered accountant John Louis Mingaye Crick and began formulating plans to take over an existing airline as "
 "part of a diversification strategy into the airline business. After months of unsuccessfully trying to raise "
 "capital for their planned acquisition, financial backing was finally obtained the following year from Bolivian tin "
 "magnate J. Ortiz-Pati\u00f1o and Greek shipping magnate Nicholas Mavroleon to set up a new airline from scratch. "
 "This airline was to specialise in Far East \"tramping\", concentrating on ships' crews and freight. The founders "
 "chose the name Lloyd for their new venture. J. Ortiz-Pati\u00f1o and Nicholas Mavroleon became the respective "
 "chairmen of the airline and of Hong Kong-incorporated Far East Aviation Company Ltd, a group holding company."]
KEPT["wp-lloyd-international-airways"] = ("lloyd-worddisk.txt", LIA)
R.append(wp("wp-lloyd-international-airways", "Lloyd International Airways",
 "https://worddisk.com/wiki/Lloyd_International_Airways",
 "\n\n".join(LIA),
 "transport/airlines", ["history", "founders", "backers", "chairmen", "fleet"],
 "The article as worddisk.com's copy holds it in the page store (no date or revision id held; undated, recorded 4.0 "
 "as the batches that took worddisk.com copies recorded them; doubtful: no date held; its text has Crick in the "
 "History paragraph's first sentence, as wikimili.com's and kampuspedia.com's copies have, and the 2014-2015 static "
 "copies do not). Cut: the title lines ('Lloyd_International_Airways', 'Lloyd International Airways' twice), the "
 "site line 'Add article description', the collapsed infobox line 'Quick Facts Founded, Ceased operations ...', the "
 "heading 'History'; the note marker '[nb 1]' (after 'independent') and the citation markers ('[1][2]', '[3]', "
 "'[3][4][5]', '[3][6][7]', '[8][9]', '[8]', '[2][10][11][12]'); cut after '... a group holding company.', at the end "
 "of a paragraph, before the sentence the excerpt breaks off in ('Lloyd International Airways commenced operation'; "
 "`truncated`). Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as written: "
 "'a private, British independent airline formed in 1961', 'a single Douglas DC-4 piston airliner from Cambridge "
 "Marshall Airport', 'Bristol Britannia and Canadair CL-44 turboprops', 'Long-range Boeing 707 jets', 'ceased "
 "operations in June 1972', 'Brian Lloyd and Alastair Macleod, two experienced shipping managers and shipbroking "
 "partners, joined up with chartered accountant John Louis Mingaye Crick', 'Bolivian tin magnate J. "
 "Ortiz-Pati\u00f1o and Greek shipping magnate Nicholas Mavroleon', 'The founders chose the name Lloyd for their new "
 "venture', 'the respective chairmen of the airline and of Hong Kong-incorporated Far East Aviation Company Ltd, a "
 "group holding company'. 257 words. No outage and no near-miss of one told (operations ceased in June 1972: a "
 "business failure). Recorded CC BY-SA 4.0 (undated; doubtful). Found at rank 3 of the query 'Lloyd International "
 "Airways British independent airline founded Lloyd family history' (a lead of rounds 69s and 69y); a piglix.com "
 "copy at a bare IP address (rank 1) and the-uncensored-wiki.com's 2014 and 2015 copies (ranks 5, 7; an older text "
 "without Crick), a.osmarks.net's 2020-08 kiwix copy, kampuspedia.com and wikimili.com (ranks 2, 4, 6; the same "
 "text, their excerpts breaking off inside the History paragraph's second sentence) and findatwiki.com (rank 8; "
 "fragments) not used. Lloyd International, Ortiz-Pati\u00f1o, Mavroleon, Far East Aviation, Alastair Macleod, "
 "Mingaye Crick, Brian Lloyd: " + CHECKED + ".", "UK",
 copy_of="the Wikipedia article, via worddisk.com, a Wikipedia mirror"))


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

#!/usr/bin/env python3
"""Batch 67k (session 61; gatherer lane 67k): transport-company histories from English Wikipedia in the company lane of
batches 36j-40zg, 54zu-66e, new to the corpus and turned from the leads of batches 67e and 66e (the Royal Mail Steam
Packet Company as a company history of its own) and from this round's own queries on aircraft makers: the Royal Mail
Steam Packet Company (RMSPC, RMSP), the British shipping company founded in London in 1839 by James MacQueen, which took
over the White Star Line in 1927, whose assets the newly formed Royal Mail Lines took over in 1932, chaired from 1903
by Owen Philipps, later Baron Kylsant (shipping, UK); Beechcraft, the aircraft brand of Beech Aircraft Corporation,
founded in Wichita, Kansas, in 1932 by Walter Beech as president with four named officers, later a division of
Raytheon and Hawker Beechcraft and now a brand of Textron Aviation, its founder's earlier Travel Air absorbed at
Curtiss-Wright in 1929 (aircraft maker, US); and the Fairey Aviation Company Limited, founded in 1915 by Charles
Richard Fairey and Ernest Oscar Tips on leaving Short Brothers, whose aircraft arm Westland Aircraft took over in 1960,
with its Propeller Division Fairey-Reed Airscrews (aircraft maker, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): profilpelajar.com's copies of 'Royal Mail Steam Packet Company' and 'Fairey Aviation Company' (undated; recorded
4.0 as batches 24b, 32j and 40zd recorded profilpelajar.com's copies) and en.wikipedia.org's '= Title =' rendering of
'Beechcraft' (a recent revision: 'owned by Textron Aviation since 2014'); each cut at a sentence end before the
sentence its excerpt breaks off in (`truncated`). Edits per item in `notes` (title, infobox and section-heading lines
cut; citation markers dropped; paragraphs joined with blank lines; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather68k/src), the markers ('[1]', '[i]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-66e did. No text tells an outage (a
liquidation, a bankruptcy sale and a takeover are business events). newskg (or any extractor) was not run on any text.
A round of three: eight queries, three answered with English Wikipedia text on a transport company not yet in the
corpus and were taken, the rest left (round notes, /work/notes/gather68/67k.md; queries,
/tmp/gather68k/src/queries.txt).
usage: batch67k.py [POOL_DIR] [--dry]   (default /tmp/gather68k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68k/pool"
SRC = "/tmp/gather68k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b-67e aside), in the session-61 pools (/tmp/gather68*/pool) and in "
           "/work/notes/gather68/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- shipping, UK: Royal Mail Steam Packet Company (profilpelajar.com's copy, undated) ---------------------------
RM = [
 "The Royal Mail Steam Packet Company was a British shipping company founded in London in 1839 by a Scot, James "
 "MacQueen. The line's motto was Per Mare Ubique (everywhere by sea). After a troubled start, it became the largest "
 "shipping group in the world in 1927 when it took over the White Star Line.",
 "The company was liquidated and its assets taken over by the newly formed Royal Mail Lines in 1932 after financial "
 "trouble and scandal; over the years RML declined to no more than the name of a service run by former rival Hamburg "
 "S\u00fcd.",
 "The RMSPC, founded in 1839 by James MacQueen, ran tours and mail to various destinations in the Caribbean and South "
 "America, and by 1927, was the largest shipping group in the world. MacQueen\u2019s imperial visions for the RMSPC "
 "were clear; he hoped that new steamship communications between Britain and the Caribbean would mitigate "
 "post-Emancipation instabilities, in particular by promoting commerce. From the outset the company aimed to be the "
 "vanguard of British maritime supremacy and technology, as F. Harcourt suggests, the RMSPC presented itself \"as "
 "existing not merely for the good of its shareholders but for the good of the nation\". The high hopes for the "
 "business were boosted by the government\u2019s mail contract subsidy, worth \u00a3240,000 a year. The RMSPC evolved "
 "vastly from 1839 to the beginning of the 20th century. It introduced new technologies, such as John Elder\u2019s "
 "marine compound steam engine in 1870, and worked to redefine seafaring by focusing on comfort and passenger "
 "requirements.",
 "In January 1903 Owen Philipps was elected to the RMSP's Court of Directors, and that March he was elected Chairman. "
 "Under Philipps, RMSP grew by acquiring controlling interests in multiple companies. Philipps was knighted in 1909 "
 "and ennobled as Baron Kylsant in 1923."]
KEPT["wp-royal-mail-steam-packet-company"] = ("rmsp-profilpelajar.txt", RM)
R.append(wp("wp-royal-mail-steam-packet-company", "Royal Mail Steam Packet Company",
 "https://profilpelajar.com/article/Royal_Mail_Steam_Packet_Company",
 "\n\n".join(RM),
 "shipping", ["history", "founding", "founders", "acquisitions", "executives"],
 "The article as profilpelajar.com's copy holds it in the page store (no date or revision id held; a later wording "
 "than the older copies of the same query: 'After a troubled start' where zims-en.kiwix.campusafrica.gos.orange.com's "
 "and piglix.com's copies read 'After good and bad times', and 'In January 1903 Owen Philipps was elected to the "
 "RMSP's Court of Directors' where the Kiwix copy reads 'In 1902, Sir Owen Cosby Philipps (1863-1937), otherwise "
 "referred to as Lord Kylsant, became the Chairman'). Cut: the section heading 'History as Royal Mail Steam Packet "
 "Company'; the citation markers '[1]' to '[7]'; cut in the fourth paragraph after '... ennobled as Baron Kylsant in "
 "1923.', before the sentence the excerpt breaks off in ('However, poor economic circumstances and controversy "
 "surrounding a deception by Philipps meant that the RMSPC collapsed in 1930', no full stop; `truncated`; a cut inside "
 "a paragraph, at a sentence end), so the collapse of 1930, the Royal Mail Case and the later history of Royal Mail "
 "Lines are not in the text. The copy's paragraphs stand on single lines, joined here with blank lines. No word added "
 "or changed. Kept as written: 'founded in London in 1839 by a Scot, James MacQueen', 'The line's motto was Per Mare "
 "Ubique (everywhere by sea)', 'it became the largest shipping group in the world in 1927 when it took over the White "
 "Star Line', 'its assets taken over by the newly formed Royal Mail Lines in 1932', 'RML declined to no more than the "
 "name of a service run by former rival Hamburg S\u00fcd', 'MacQueen\u2019s imperial visions' and 'the "
 "government\u2019s mail contract subsidy' and 'John Elder\u2019s marine compound steam engine' (curly apostrophes, "
 "where 'the RMSP's Court of Directors', \"The line's motto\" and \"Reed's\" keep straight ones), 'as F. Harcourt "
 "suggests, the RMSPC presented itself \"as existing not merely for the good of its shareholders but for the good of "
 "the nation\"' (a comma splice and one short quotation of a historian, 17 words of 298: the text is the editors' "
 "words), 'worth \u00a3240,000 a year', 'In January 1903 Owen Philipps was elected to the RMSP's Court of Directors, "
 "and that March he was elected Chairman' (no comma after '1903'; 'Chairman' capitalised), 'Under Philipps, RMSP grew "
 "by acquiring controlling interests in multiple companies', 'ennobled as Baron Kylsant in 1923'. 298 words. No outage "
 "and no near-miss of one told (a liquidation and a takeover are business events). Recorded CC BY-SA 4.0 (an undated "
 "copy, as batches 24b, 32j and 40zd recorded profilpelajar.com's copies; doubtful: no revision id held). Found at "
 "rank 7 of the query 'Royal Mail Steam Packet Company founded 1839 James MacQueen Owen Philipps Kylsant Wikipedia'; "
 "wwwdepts-live.ucl.ac.uk (an institution's database), sandafayre.com (a stamp dealer's blog), taylorfrancis.com (a "
 "book chapter's abstract), theinfolist.com (free, the White Star Line's glossary pop-up inlined in the running "
 "text), zims-en.kiwix.campusafrica.gos.orange.com's Kiwix copy (free, older wording, breaking off inside the 1902 "
 "sentence), an excerpt with no address held and piglix.com (free, older; its excerpt runs into the 1840 Admiralty "
 "contract and the ships' names, with no chairman) not used. Royal Mail Steam, MacQueen, Kylsant, Owen Philipps, "
 "Per Mare Ubique: " + CHECKED + " ('Royal Mail Steam' in train's wp-lamport-and-holt, RMSP's 1911 purchase of that "
 "line, and dev's wp-red-funnel, texts on other matters; 'White Star Line' in train's wp-white-star-line, the line's "
 "own history to 1863; 'Hamburg S\u00fcd' in train's wp-safmarine, another matter).", "UK",
 copy_of="the Wikipedia article, via profilpelajar.com, a Wikipedia mirror"))

# ---- aircraft maker, US: Beechcraft / Beech Aircraft Corporation (en.wikipedia.org '= Title =' rendering) -------
BE = [
 "Beechcraft is an American brand of civil aviation and military aircraft owned by Textron Aviation since 2014, "
 "headquartered in Wichita, Kansas. Originally, it was a brand of Beech Aircraft Corporation, an American manufacturer "
 "of general aviation, commercial, and military aircraft, ranging from light single-engined aircraft to twin-engined "
 "turboprop transports, business jets, and military trainers. Beech later became a division of Raytheon and then "
 "Hawker Beechcraft before a bankruptcy sale turned its assets over to Textron (parent company of Beech's historical "
 "cross-town Wichita rival, Cessna Aircraft Company). It remains a brand of Textron Aviation.",
 "Beech Aircraft Company was founded in Wichita, Kansas, in 1932 by Walter Beech as president, his wife Olive Ann "
 "Beech as secretary, Ted A. Wells as vice president of engineering, K. K. Shaul as treasurer, and investor C. G. "
 "Yankey as vice president. The company began operations in an idle Cessna factory. With designer Ted Wells, they "
 "developed the first aircraft under the Beechcraft name, the Beechcraft Model 17 Staggerwing, which flew in November "
 "1932. Over 750 Staggerwings were built, including 352 for the United States Army Air Forces and 67 for the United "
 "States Navy during World War II.",
 "Beechcraft was not Beech's first company, as he had previously helped form Travel Air in 1924 and the design "
 "sequence used at Beechcraft followed Travel Air's, which were continued at Curtiss-Wright, after Travel Air had been "
 "absorbed in 1929."]
KEPT["wp-beechcraft"] = ("beechcraft-enwiki.txt", BE)
R.append(wp("wp-beechcraft", "Beechcraft", "https://en.wikipedia.org/wiki/Beechcraft",
 "\n\n".join(BE),
 "aviation", ["history", "founding", "founders", "executives", "ownership", "acquisitions"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id held; a recent "
 "revision: 'owned by Textron Aviation since 2014' and the infobox's 'Textron Aviation, (2014\u2013present)'; the "
 "older infogalactic.com copy of the same query reads 'founded in Wichita, Kansas, in 1932 by Walter Beech and his "
 "wife Olive Ann Beech', without the three other officers). Cut: the title line '= Beechcraft =' and the infobox lines "
 "('Beechcraft Corporation' to '- Homepage: http://beechcraft.txtav.com/en', with 'Founders: Walter Beech, Olive Ann "
 "Beech, Ted A. Wells' and 'Parent: Raytheon Company, (1980\u20132007) Goldman Sachs, (2007\u20132014) Textron "
 "Aviation, (2014\u2013present)'), so Goldman Sachs and the years of the parents are not in the text (cut as batches "
 "54zu-66e cut their infoboxes); the section heading '== History =='; cut in the third paragraph after '... after "
 "Travel Air had been absorbed in 1929.', before the sentence the excerpt breaks off in ('Beech had become president "
 "of Curtiss-Wright's airplane division and V'; `truncated`; a cut inside a paragraph, at a sentence end), so Walter "
 "Beech's post at Curtiss-Wright is not in the text. No citation markers. Paragraphs as the rendering sets them apart "
 "(blank lines). No word added or changed. Kept as written: 'an American brand of civil aviation and military "
 "aircraft owned by Textron Aviation since 2014', 'Originally, it was a brand of Beech Aircraft Corporation', 'Beech "
 "later became a division of Raytheon and then Hawker Beechcraft before a bankruptcy sale turned its assets over to "
 "Textron (parent company of Beech's historical cross-town Wichita rival, Cessna Aircraft Company)', 'founded in "
 "Wichita, Kansas, in 1932 by Walter Beech as president, his wife Olive Ann Beech as secretary, Ted A. Wells as vice "
 "president of engineering, K. K. Shaul as treasurer, and investor C. G. Yankey as vice president', 'an idle Cessna "
 "factory', 'With designer Ted Wells' (no initial), 'the Beechcraft Model 17 Staggerwing, which flew in November "
 "1932', 'Over 750 Staggerwings were built, including 352 for the United States Army Air Forces and 67 for the United "
 "States Navy', \"Beechcraft was not Beech's first company, as he had previously helped form Travel Air in 1924\", "
 "\"followed Travel Air's, which were continued at Curtiss-Wright\" ('were' after 'sequence'). 232 words. No outage "
 "and no near-miss of one told (a bankruptcy sale is a business event). Recorded CC BY-SA 4.0 (a recent revision). "
 "Found at rank 6 of the query 'Beech Aircraft Corporation founded Walter Beech Olive Ann Beech Wichita Raytheon 1980 "
 "Wikipedia'; lincoln.kshs.org (Kansapedia, a state historical society's page, no open licence stated), vibewire.com.au "
 "and companyavenue.blogspot.com (a magazine and a blog), barnstormerlady.com (a radio review), wikisummaries.org (no "
 "licence stated), infogalactic.com (free, an older text naming two founders only) and es.qaz.wiki (Spanish) not used. "
 "Beechcraft (as this company), Beech Aircraft, Walter Beech, Olive Ann, Shaul, Yankey, Travel Air, Curtiss-Wright: "
 + CHECKED + " ('Beechcraft' in dev's wp-ozark-air-lines and wp-texas-international-airlines and test's "
 "wp-mohawk-airlines as aircraft flown, and 'Hawker Beechcraft' in dev's Signature Flight Support notice as a later "
 "matter's party; 'Textron', 'Cessna' and 'Raytheon' in texts on other matters).", "US"))

# ---- aircraft maker, UK: Fairey Aviation Company (profilpelajar.com's copy, undated) ------------------------------
FA = [
 "The Fairey Aviation Company Limited was a British aircraft manufacturer of the first half of the 20th century based "
 "in Hayes in Middlesex and Heaton Chapel and RAF Ringway in Cheshire that designed important military aircraft, "
 "including the Fairey III family, the Swordfish, Firefly, and Gannet. It had a strong presence in the supply of naval "
 "aircraft, and also built bombers for the RAF.",
 "After World War II the company diversified into mechanical engineering and boat-building. The aircraft "
 "manufacturing arm was taken over by Westland Aircraft in 1960. Following a series of mergers and takeovers, the "
 "principal successor businesses to the company became FBM Babcock Marine Ltd, Spectris plc, and WFEL (formerly "
 "Williams Fairey Engineering Limited), the latter manufacturing portable bridges.",
 "Founded in 1915 by Charles Richard Fairey (later Sir Richard Fairey) and Belgian engineer Ernest Oscar Tips on their "
 "departure from Short Brothers, the company first built under licence or as subcontractor aircraft designed by other "
 "manufacturers. The first aircraft designed and built by the Fairey Aviation specifically for use on an aircraft "
 "carrier was the Fairey Campania a patrol seaplane that first flew in February 1917. In the third report of the Royal "
 "Commission on Awards to Inventors, reported in Flight magazine of 15 January 1925, aviation figures prominently. C. "
 "R. Fairey and the Fairey Aviation Co. Ltd, was awarded \u00a34,000 for work on the Hamble Baby seaplane.",
 "Fairey subsequently designed many aircraft types and, after World War II, missiles.",
 "The Propeller Division (Fairey-Reed Airscrews) was located at the Hayes factory, and used designs based on the "
 "patents of Sylvanus Albert Reed. C. R. Fairey first encountered Reed's products in the mid-1920s when investigating "
 "the possibilities of the Curtiss D-12 engine. The Curtiss company also manufactured propellers designed by Reed."]
KEPT["wp-fairey-aviation-company"] = ("fairey-profilpelajar.txt", FA)
R.append(wp("wp-fairey-aviation-company", "Fairey Aviation Company",
 "https://profilpelajar.com/article/Fairey_Aviation_Company",
 "\n\n".join(FA),
 "aviation", ["history", "founding", "founders", "takeovers", "divisions"],
 "The article as profilpelajar.com's copy holds it in the page store (no date or revision id held; a later wording "
 "than the older copies of the same query: 'based in Hayes in Middlesex and Heaton Chapel and RAF Ringway in Cheshire "
 "that designed important military aircraft' where gateway.ipfs.io's and piglix.com's copies read 'Notable for the "
 "design of a number of important military aircraft', and 'the principal successor businesses to the company became' "
 "where they read 'now trade as'; the same words as wikiwand.com's rendering of the current page). Cut: the section "
 "heading 'History'; the footnote marker '[i]' after 'designed by other manufacturers.'; cut in the fifth paragraph "
 "after '... also manufactured propellers designed by Reed.', before the sentence the excerpt breaks off in ('Another "
 "example of utilising the talents of independent designers was the use of flaps, de'; `truncated`; a cut inside a "
 "paragraph, at a sentence end). The copy's paragraphs stand on single lines, joined here with blank lines. No word "
 "added or changed. Kept as written: 'of the first half of the 20th century based in Hayes in Middlesex and Heaton "
 "Chapel and RAF Ringway in Cheshire', 'including the Fairey III family, the Swordfish, Firefly, and Gannet', 'also "
 "built bombers for the RAF', 'The aircraft manufacturing arm was taken over by Westland Aircraft in 1960', 'FBM "
 "Babcock Marine Ltd, Spectris plc, and WFEL (formerly Williams Fairey Engineering Limited)', 'Founded in 1915 by "
 "Charles Richard Fairey (later Sir Richard Fairey) and Belgian engineer Ernest Oscar Tips on their departure from "
 "Short Brothers', 'built by the Fairey Aviation specifically' ('the Fairey Aviation'), 'the Fairey Campania a patrol "
 "seaplane' (no comma), 'reported in Flight magazine of 15 January 1925', 'C. R. Fairey and the Fairey Aviation Co. "
 "Ltd, was awarded \u00a34,000' (a comma before 'was'), 'The Propeller Division (Fairey-Reed Airscrews) was located at "
 "the Hayes factory', 'the patents of Sylvanus Albert Reed', 'the Curtiss D-12 engine', 'The Curtiss company also "
 "manufactured propellers designed by Reed'. 292 words. No outage and no near-miss of one told (a takeover is a "
 "business event). Recorded CC BY-SA 4.0 (an undated copy, as batches 24b, 32j and 40zd recorded profilpelajar.com's "
 "copies; doubtful: no revision id held). Found at rank 6 of the query 'Fairey Aviation Company founded Richard "
 "Fairey 1915 Hayes Westland 1960 Wikipedia'; flightmann.com (a rewrite, no licence stated), gateway.ipfs.io's IPFS "
 "copy (free, older wording, breaking off at 'The P' before the Propeller Division), janes.migavia.com and "
 "collection.sciencemuseumgroup.org.uk (copyrighted), piglix.com (free, older, shorter), wikiwand.com (free, the "
 "infobox's table inlined inside the lead) and the-uncensored-wiki.com (free, an old text naming one founder) not "
 "used. Fairey, Ernest Oscar Tips, Spectris, WFEL, FBM Babcock, Sylvanus (Reed): " + CHECKED + " ('Westland' in "
 "train's US101 news item, another matter; 'Short Brothers' in texts on other matters).", "UK",
 copy_of="the Wikipedia article, via profilpelajar.com, a Wikipedia mirror"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[i]', '[edit]', '[citation needed]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|[ivx]+|edit|citation needed)\]", "", s).split())


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

#!/usr/bin/env python3
"""Batch 65l (session 59; gatherer lane 65l): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c and 65f, turned to companies of the Nordic
countries, the Low Countries, Germany, Austria, Switzerland and Central Europe (the lane of 65l), new to the corpus:
Laurin & Klement, the Mlada Boleslav maker of bicycles, motorcycles and cars founded in 1895 by Vaclav Laurin and Vaclav
Klement, acquired by Skoda Works in 1925 and re-branded as Skoda Auto, today a subsidiary of Volkswagen Group
(carmakers, Bohemia / the Czech Republic); Kockums AB, the Malmo shipyard owned by Saab Group, once controlled by the
Swedish state through Svenska Varv AB, acquired in 1999 by Howaldtswerke-Deutsche Werft (HDW), itself bought by
ThyssenKrupp in 2005, with its customer the Defence Materiel Administration (FMV) and the A26 submarine (shipyards,
Sweden and Germany); and Werkspoor N.V. (Nederlandsche Fabriek van Werktuigen en Spoorwegmaterieel), the Amsterdam
machine factory that succeeded Van Vlissingen en Dudok van Heel, founded on 22 May 1891 with C.H. Strumphler as CEO
and a supervisory board of six named members, merged with Stork in 1954 (engineering, the Netherlands).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's older 'Jump to navigation Jump to search' rendering of 'Laurin & Klement'
(kept whole up to its 'See also' heading, not truncated), the-uncensored-wiki.com's copy of 'Kockums Naval Solutions'
from a kiwix dump of February 2016 and wikimili.com's copy of 'Werkspoor' (both cut at a sentence or paragraph end
before the point where the excerpt breaks off, `truncated`). Edits per item in `notes` (title lines, site lines,
infobox lines, image captions, a maintenance notice, sub-headings and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather66l/src), the markers ('[1]',
' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-65f did. No
text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text.
A round of three: nine queries, eight companies asked for, three taken (round notes, /work/notes/gather66/65l.md;
queries, /tmp/gather66l/src/queries.txt).
usage: batch65l.py [POOL_DIR] [--dry]   (default /tmp/gather66l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_3

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66l/pool"
SRC = "/tmp/gather66l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")


def wp_at(id, title, url, text, sector, topics, notes, region):
    """An en.wikipedia.org rendering held under an address that `article` would spell differently (an encoded '&'),
    as batch 31d's `wp_at`, here for the older skin (recorded 3.0): the record names the page store's own address as
    source and as the place the text was held."""
    return record(id, title, url, url, text, sector, topics, EDITS + notes, region, licence=LICENCE_3, version="3.0")


KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- carmakers, Bohemia: Laurin & Klement (en.wikipedia.org's older rendering) ------------------------------------
LK = [
 "Laurin & Klement was a Czech automobile, motorcycle and bicycle manufacturer brand founded 1895 in Mlad\u00e1 "
 "Boleslav, Kingdom of Bohemia by automotive pioneers V\u00e1clav Laurin and V\u00e1clav Klement. It was acquired by "
 "industrial conglomerate \u0160koda Works in 1925 and re-branded as \u0160koda Auto, which is today the largest car "
 "manufacturer in the Czech Republic and a subsidiary of Volkswagen Group.",
 "The company was founded in 1895, and named after its two founders: V\u00e1clav Laurin (born 27 September 1865, died "
 "4 December 1930), and V\u00e1clav Klement (born 16 October 1868, died 13 August 1938).",
 "Car production commenced in 1905, and the company soon became the largest car manufacturer in Austria-Hungary. In "
 "1925 the company was acquired by the \u0160koda Works, and operated henceforth under the brand \u0160koda Auto "
 "(\u0160koda).",
 "Today, the Laurin & Klement name is used by \u0160koda Auto to distinguish especially luxurious editions of some of "
 "their car models (Yeti, Octavia, Superb)."]
KEPT["wp-laurin-klement"] = ("laurin-klement-enwiki.txt", LK)
R.append(wp_at("wp-laurin-klement", "Laurin & Klement", "https://en.wikipedia.org/wiki/Laurin_%26_Klement",
 "\n\n".join(MARK.sub("", p) for p in LK),
 "manufacturing/automobiles", ["history", "founding", "acquisition", "ownership"],
 "The article as en.wikipedia.org's older rendering holds it in the page store ('From Wikipedia, the free "
 "encyclopedia', 'Jump to navigation Jump to search': the skin used before 2023; the infobox's 'Founded 18 December "
 "1895; 122 years ago' dates the revision to between December 2017 and December 2018; recorded 3.0, as batch 65c "
 "recorded its rendering of this form; the address as the page store spells it, with the '&' encoded, as batch 31d "
 "did for Fairmont Hotels & Resorts). Cut: the title line 'Laurin & Klement', the site lines 'From Wikipedia, the "
 "free encyclopedia' and 'Jump to navigation Jump to search'; the infobox lines ('Laurin & Klement', 'Industry "
 "Automotive', 'Fate Reincorporated', 'Successor \u0160koda Auto', 'Founded 18 December 1895; 122 years ago "
 "(1895-12-18)', 'Founder V\u00e1clav Laurin', 'V\u00e1clav Klement', 'Headquarters Mlad\u00e1 Boleslav, Kingdom of "
 "Bohemia, Austria-Hungary') and the image captions after them ('Founders V\u00e1clav Klement (left) and V\u00e1clav "
 "Laurin', 'Laurin & Klement logo', '\u0160koda and Laurin & Klement plaques'), so '18 December 1895' is not in the "
 "text; at the end the headings 'See also[edit]' and 'External links[edit]', where the excerpt ends. The article's "
 "body is kept whole (no section heading of its own between the lead and the history in this rendering; not "
 "truncated). The rendering has no citation markers. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'a Czech automobile, motorcycle and bicycle manufacturer brand founded 1895 in Mlad\u00e1 "
 "Boleslav, Kingdom of Bohemia by automotive pioneers ...' (no 'in' before '1895', no comma after 'Bohemia'), 'It was "
 "acquired by industrial conglomerate \u0160koda Works in 1925 and re-branded as \u0160koda Auto' (no article before "
 "'industrial'), 'named after its two founders: V\u00e1clav Laurin (born 27 September 1865, died 4 December 1930), and "
 "V\u00e1clav Klement (born 16 October 1868, died 13 August 1938).', 'In 1925 the company was acquired by the "
 "\u0160koda Works, and operated henceforth under the brand \u0160koda Auto (\u0160koda).', 'to distinguish especially "
 "luxurious editions of some of their car models (Yeti, Octavia, Superb).'. 153 words. No outage and no near-miss of "
 "one told. Recorded CC BY-SA 3.0 (a revision of 2017-2018 by its '122 years ago'; doubtful: no revision id). Found "
 "at rank 3 of the query 'Laurin & Klement Czech automobile company founded 1895 V\u00e1clav Laurin V\u00e1clav "
 "Klement \u0160koda Works 1925 Wikipedia'; skoda-storyboard.com (ranks 1 and 7, the maker's own pages), Czech "
 "Wikipedia's 2007 static dump (rank 2), skoda-media.de (rank 4, German, the maker's), V\u00e1clav Laurin's "
 "biography through a web proxy (rank 5: the same matter, one text per matter), hugegarage.com (rank 6, an "
 "enthusiasts' page, no licence) and German Wikipedia's 2007 copy (rank 8) not used. Laurin & Klement, Laurin, "
 "Klement, Mlad\u00e1 Boleslav, \u0160koda Works: " + CHECKED + " ('\u0160koda' alone only in test wp-saic-volkswagen, "
 "a brand of another matter, and 'Skoda' only in GATHERING.md's lists of names; Volkswagen Group a party of other "
 "texts, other matters).",
 "non-US"))

# ---- shipyards, Sweden: Kockums AB (the-uncensored-wiki.com's copy of a kiwix dump of February 2016) ---------------
KOCKUMS = [
 "Kockums AB is a shipyard in Malm\u00f6, Sweden, owned by the Swedish defence company Saab Group.[1] While having a "
 "history of civil vessel construction, Kockums' most renowned activity is the fabrication of military corvettes and "
 "submarines.",
 "Kockums worked with Northrop Grumman and Howaldtswerke-Deutsche Werft (HDW) to offer a Visby-class corvette "
 "derivative in the American Focused Mission Vessel Study, a precursor to the Littoral Combat Ship program. It "
 "competed with several other concepts, including Norway's Skjold class (part of a Raytheon led group).",
 "Prior to 1999, Kockums was controlled by the Swedish state through the company Svenska Varv AB. Having implemented a "
 "highly advanced variety of the Stirling engine for low noise submarine propulsion, Kockums was considered to have "
 "strategic value for the Swedish Navy. However, in 1999, Kockums' main competitor on the submarine market, the "
 "German ship-building company HDW, acquired Kockums. In 2005, HDW was bought by the German industrial conglomerate "
 "Thyssen Krupp.[2] The time after 1999 was beridden with conflicts between Kockum's only Swedish customer, the Defence "
 "Materiel Administration (Sweden) (FMV), and Kockum's German owners. The Swedish view was that the technical "
 "advancements made in collaboration between Kockums and FMV ought to be used to create a new generation of submarines "
 "for lucrative export: the A26 submarine. On the German side, the A26 project was said to be regarded as a high-risk "
 "project that could lead to uncontrollably growing costs.[3] Superficially, the major source of conflict seemed to be "
 "that neither ThyssenKrupp nor FMV would accept carrying unforeseen development costs. As several technical "
 "innovations to be implemented in the A26 were kept in classified status at the FMV, ThyssenKrupp argued that the "
 "implied costs were too difficult to predict."]
KEPT["wp-kockums-naval-solutions"] = ("kockums-uncensored.txt", KOCKUMS)
R.append(wp("wp-kockums-naval-solutions", "Kockums Naval Solutions",
 "http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Kockums_AB.html",
 "\n\n".join(MARK.sub("", p) for p in KOCKUMS),
 "manufacturing/shipbuilding and defence", ["history", "ownership", "acquisition", "partnership"],
 "The article as a copy of a kiwix dump of English Wikipedia holds it (the-uncensored-wiki.com, its folder "
 "'2016-wikipedia_en_all_2016-02': the dump of February 2016; the page under the address 'Kockums_AB' carries the "
 "heading 'Kockums Naval Solutions', the article's title then, as later renderings say '(Redirected from Kockums "
 "Naval Solutions)'; recorded 3.0 as batches 64f and 65f recorded their the-uncensored-wiki.com copies). Cut: the "
 "title line 'Kockums Naval Solutions'; the image captions 'The main building' and 'Kockums AB building sign'; the "
 "heading 'The submarine conflict'; the citation markers '[1]' to '[3]'; cut after '... ThyssenKrupp argued that the "
 "implied costs were too difficult to predict.', before the sentence the excerpt breaks off in ('This deadlock "
 "persisted for months until the FMV dec', no full stop; `truncated`; a cut at a sentence end), so the FMV's "
 "decision, the Swedish Navy's later orders and Saab's purchase of 2014 are not in the text (Saab Group's ownership "
 "stands only in the lead's present tense). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'owned by the Swedish defence company Saab Group.', 'Kockums' most renowned activity', 'to offer a "
 "Visby-class corvette derivative in the American Focused Mission Vessel Study, a precursor to the Littoral Combat "
 "Ship program.', \"Norway's Skjold class (part of a Raytheon led group)\" (no hyphen in 'Raytheon led'), 'Prior to "
 "1999, Kockums was controlled by the Swedish state through the company Svenska Varv AB.', 'the German ship-building "
 "company HDW, acquired Kockums.', 'HDW was bought by the German industrial conglomerate Thyssen Krupp.' (two words "
 "here, 'ThyssenKrupp' one word later), 'The time after 1999 was beridden with conflicts between Kockum's only Swedish "
 "customer, the Defence Materiel Administration (Sweden) (FMV), and Kockum's German owners.' ('beridden' and the "
 "apostrophe before the 's' of 'Kockum's' twice, as written), 'for lucrative export: the A26 submarine.'. 280 words. "
 "No outage and no near-miss of one told (a conflict over development costs: no service lost by users). Recorded CC "
 "BY-SA 3.0 (the February 2016 dump; doubtful: no revision id). Found at rank 7 of the query 'Kockums AB Swedish "
 "shipbuilder Malm\u00f6 Frans Henrik Kockum founded acquired by ThyssenKrupp Saab 2014 Wikipedia'; en.wikipedia.org's "
 "'= Saab Kockums =' rendering (rank 1) and its copies (ranks 2, 4, 6: the same lead and the 19th-century history, "
 "with one relation in the excerpt), theinfolist.com (rank 3, glossary entries inlined), findatwiki.com (rank 5, "
 "words dropped from the lead) and memim.com (rank 8, a machine translation of German Wikipedia) not used. Kockums, "
 "Howaldtswerke, HDW, Svenska Varv, Defence Materiel Administration, Saab AB, Saab Group: " + CHECKED + " (Saab alone "
 "in other matters: a Ministry of Defence order, the carmaker's bankruptcy; ThyssenKrupp in three train texts of the "
 "European Commission, other matters; Northrop Grumman and Raytheon parties of other texts).",
 "non-US", v3=True, copy_of="the Wikipedia article, a kiwix dump of February 2016 on the-uncensored-wiki.com"))

# ---- engineering, the Netherlands: Werkspoor (wikimili.com's copy) ----------------------------------------------------
WERKSPOOR = [
 "Werkspoor N.V. was the shortened, and later the official name of the Nederlandsche Fabriek van Werktuigen en "
 "Spoorwegmaterieel. It was a Dutch machine factory, known for rolling stock, (ship) steam engines, and diesel "
 "engines. It was a successor of the company Van Vlissingen en Dudok van Heel, later named Koninklijke Fabriek van "
 "Stoom- en andere Werktuigen. In 1954 Werkspoor was merged with Stork.",
 "In March 1890 the predecessor of Werkspoor asked for an automatic stay. After many years of heavy losses the "
 "financial world lacked confidence in this predecessor, the Koninklijke Fabriek van Stoom- en andere Werktuigen . "
 "What was needed was a radical restructuring and new leadership. Because of the national and city interest, "
 "authorities intervened to bring this about. The mayor of Amsterdam G. van Tienhoven succeeded in engaging C.T. Stork "
 "(owner of the machine factory Stork) in the operation and to provide a good manager. [1]",
 "On 22 May 1891 a new company was founded named Nederlandsche Fabriek van Werktuigen en spoorwegmaterieel. (In Dutch: "
 "Dutch factory for tools and rolling stock). It bought all assets of its predecessor for 1,500,500 guilders, of which "
 "920,500 went to a mortgage on the grounds of the factory. On 1 June 1891 C.H. Strumphler started as new CEO. The "
 "supervisory board was formed by: L. Serrurier of the municipal government of Amsterdam, C.T. Stork member of the "
 "Dutch senate, Jacob Theodoor Cremer and W.J. Geertsema of the House of Representatives, and two members "
 "representing a Dutch railroad: J.A. Roessingh van Iterson of the Hollandsche IJzeren Spoorweg-Maatschappij and H.J. "
 "Nivel of the Maatschappij tot Exploitatie van Staatsspoorwegen [2]"]
KEPT["wp-werkspoor"] = ("werkspoor-wikimili.txt", WERKSPOOR)
R.append(wp("wp-werkspoor", "Werkspoor", "https://wikimili.com/en/Werkspoor",
 "\n\n".join(MARK.sub("", p) for p in WERKSPOOR),
 "manufacturing/engineering and rolling stock", ["history", "founding", "leadership", "board"],
 "The article as wikimili.com (a site rendering Wikipedia pages) holds it (no date or revision id held; the "
 "maintenance notice's '(October 2019)' makes it a revision of October 2019 or later; recorded 4.0 as batches 56f, "
 "58e, 58j, 60c and 65e recorded their undated wikimili.com copies). Cut: the maintenance notice 'This article "
 "includes a list of general references, but it lacks sufficient corresponding inline citations .(October 2019) |'; "
 "the infobox table lines ('Industry | machines, rolling stock |', '---|---|', 'Founded | 1890 |', 'Founder | Paul "
 "van Vlissingen, Abraham Dudok van Heel |', 'Defunct | 1989 |', 'Headquarters | Amsterdam, Zuilen |'), so the two "
 "founders, '1989' and Zuilen are not in the text; the citation markers ' [1]' and ' [2]' (the space before each); "
 "cut after the paragraph that ends '... of the Maatschappij tot Exploitatie van Staatsspoorwegen', before the "
 "sentence the excerpt breaks off in ('When the company (re)', no full stop; `truncated`; a cut at a paragraph end), "
 "so the reopening of 1891 and the later history are not in the text. This copy runs its paragraphs with no heading "
 "between them. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Werkspoor N.V. was the "
 "shortened, and later the official name of the Nederlandsche Fabriek van Werktuigen en Spoorwegmaterieel.' (a "
 "capital 'S' here, 'spoorwegmaterieel' with a small 's' later), 'known for rolling stock, (ship) steam engines, and "
 "diesel engines', 'It was a successor of the company Van Vlissingen en Dudok van Heel, later named Koninklijke "
 "Fabriek van Stoom- en andere Werktuigen.', 'In 1954 Werkspoor was merged with Stork.', 'the Koninklijke Fabriek van "
 "Stoom- en andere Werktuigen . What was needed' (the space before the full stop), 'The mayor of Amsterdam G. van "
 "Tienhoven succeeded in engaging C.T. Stork (owner of the machine factory Stork) in the operation and to provide a "
 "good manager.', 'a new company was founded named Nederlandsche Fabriek van Werktuigen en spoorwegmaterieel. (In "
 "Dutch: Dutch factory for tools and rolling stock).' (the gloss's 'In Dutch' as written), '1,500,500 guilders', 'On "
 "1 June 1891 C.H. Strumphler started as new CEO.', 'The supervisory board was formed by: L. Serrurier of the "
 "municipal government of Amsterdam, C.T. Stork member of the Dutch senate, ...', '... and H.J. Nivel of the "
 "Maatschappij tot Exploitatie van Staatsspoorwegen' (the paragraph ends with no full stop, as written). 264 words. "
 "No outage and no near-miss of one told (a request for a stay of payments: no service lost by users). Recorded CC "
 "BY-SA 4.0 (undated; doubtful, before or after June 2023). Found at rank 2 of the query 'Werkspoor Dutch "
 "engineering company Amsterdam founded Paul van Vlissingen merged Stork 1954 Wikipedia'; knowpia.com (rank 8, the "
 "same words with an 'edit' heading, a second copy), de.zxc.wiki (rank 1, a machine translation of German Wikipedia), "
 "progress-is-fine.blogspot.com (rank 3, a blog), werkspoormuseum.eu (rank 4, Dutch, the museum's own page), "
 "gebouw-oostenburg.com (rank 5, a building's history), es.stringtranslate.com and sagapedia.com (ranks 6-7, Spanish "
 "and German) not used. Werkspoor, Vlissingen, Dudok, Strumphler, Tienhoven, Serrurier, Cremer, Geertsema, Roessingh, "
 "Hollandsche IJzeren, Staatsspoorwegen: " + CHECKED + " ('Stork' only in GATHERING.md, a bird in a blackout's name).",
 "non-US", copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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


R[0]["truncated"] = False

if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)

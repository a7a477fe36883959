#!/usr/bin/env python3
"""Batch 70w (session 64; gatherer lane 70w): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-70r, kept to three British bus and coach operators new to the corpus, turned from the leads
of rounds 70e, 70l and 70r (their 'Not yet queried' lists checked first: Olley Air Service, Black and White Motorways,
Standard-Triumph and Associated Motor Cycles gave no usable English Wikipedia copy; bus operators of the same kind as
70l's Bristol Omnibus Company and Southern Vectis were then queried): Barton Transport, the Nottinghamshire bus company
of 1908-1989 whose first service Thomas Henry Barton started in October 1908, with its 'Bartons Gliders' (bus
operators, UK); the Maidstone & District Motor Services, the Kent bus company of 1911-1998, the undertaking purchased
in 1910 by Walter Flexman French, British Electric Traction's part of 1913, the Tilling Group's interest of 1921, its
purchase of the Chatham & District Traction Company in 1929, its surviving operations absorbed into Arriva Southern
Counties (bus operators, UK); and Yelloway Motor Services, the Rochdale bus and coach company begun by Robert Holt's
parcels delivery service of 1902, his partnership with his brother Ernest as Messrs Holt Brothers, incorporated as
Holt Bros (Rochdale) Limited in 1915, purchased in 1931 by a consortium of Maurice Edwards, John Barlow and Herbert
Allen and renamed in 1932 (bus and coach operators, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix's copies of 'Barton Transport' and 'Maidstone & District Motor Services' (piglix.com, undated, about
2017; CC BY-SA 3.0 as batches 70c and 70f recorded the site's copies) and en.wikipedia.org's own '= Title =' rendering
of 'Yelloway Motor Services' (no revision id; recent). Each cut before the end of the article (all `truncated`):
Barton Transport after the paragraph its excerpt ends with (the article goes on past 1939), the Maidstone & District
Motor Services after the paragraph its excerpt ends with (the article goes on past 1929), Yelloway before the sentence
its excerpt breaks off in. Edits per item in `notes` (title, infobox, caption and heading lines cut; paragraphs joined
with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather70w/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-70r did. No text tells an outage. newskg (or any extractor) was not run on any
text. A round of three: fifteen queries, three answered with English Wikipedia text on a transport company not yet in
the corpus and were taken, the rest left (round notes, /tmp/gather70w/NOTES.md; queries,
/tmp/gather70w/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70w.py [POOL_DIR] [--dry]   (default /tmp/gather70w/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70w/pool"
SRC = "/tmp/gather70w/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- bus operators, UK: Barton Transport (piglix's copy, about 2017) ------------------------------------------------
BAR = [
 "Barton Transport was a bus company that operated in Nottinghamshire from 1908 until 1989.",
 "In October 1908, Thomas Henry Barton used a Durham Churchill charabanc to start the company's first service, "
 "between Long Eaton and the Nottingham Goose Fair. (Many years later, in 1953, Barton built a replica of its original "
 "Durham Churchill vehicle, using a Daimler chassis dating from 1911.)",
 "Barton had already had experience of operating a motorised bus, in Mablethorpe, some nine years earlier.",
 "During World War I, the fleet was used to transport workers to and from the National Shell Filling Factory, "
 "Chilwell. Also during the War, Barton pioneered the use of town gas as fuel, converting the whole fleet to run on "
 "it. The gas was stored in a large \"bag\" on the roof of the bus, and the company also manufactured these bags for "
 "sale to other operators.",
 "The 1920s saw fierce competition in the British bus industry. Barton imported Lancia chassis from Italy, which were "
 "lengthened and fitted with a patented tag-axle by Barton. The vehicles were known as \"Bartons Gliders\" and their "
 "speed and smooth riding provided a competitive advantage.",
 "Barton scored a first by operating the first diesel-engined passenger-carrying road vehicle, a Lancia, in 1930. "
 "Barton had earlier been an engineer at Hornsbys where he had worked on the early development of \"oil engines\" (he "
 "always refused to use the term \"diesel\"). Leylands were purchased from the mid-1930s and made up a large part of "
 "the fleet by the beginning of World War II. Starting in 1939, a fleet of Leyland Titan TD5, TD7 and rebodied TD1 "
 "double-deckers with stylish, front-entrance, lowbridge bodywork by Duple and Willowbrook was purchased, which "
 "appeared very modern by the standards of the day."]
KEPT["wp-barton-transport"] = ("barton-transport-piglix.txt", BAR)
R.append(wp("wp-barton-transport", "Barton Transport", "http://piglix.com/piglix/Barton_Transport",
 "\n\n".join(BAR),
 "transport/buses", ["history", "founding", "bus services", "fleet", "vehicle engineering"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017; undated; recorded CC BY-SA 3.0 as batches 70c and 70f recorded the site's copies; no revision id). Cut: the "
 "infobox lines before the lead ('Founded | 1908 |', '---|---|', 'Ceased operation | 1989 |', 'Headquarters | "
 "Chilwell |', 'Service area | Nottinghamshire |', 'Service type | Bus operator |'); the excerpt holds no title "
 "line, heading or citation marker. Kept to the end of the excerpt, which ends in a full sentence ('... which "
 "appeared very modern by the standards of the day.'); the article goes on past 1939 (its lead says the company "
 "operated until 1989), so `truncated`. Paragraphs as the copy sets them apart (one per line), joined with blank "
 "lines. No word added or changed. Kept as written: 'In October 1908, Thomas Henry Barton used a Durham Churchill "
 "charabanc to start the company's first service', 'the Nottingham Goose Fair', the bracketed sentence '(Many years "
 "later, in 1953, Barton built a replica ... dating from 1911.)', 'some nine years earlier', 'the National Shell "
 "Filling Factory, Chilwell', 'a large \"bag\"', 'Lancia chassis from Italy', '\"Bartons Gliders\"' (no apostrophe), "
 "'a Lancia, in 1930', 'an engineer at Hornsbys', '\"oil engines\"', 'Leylands were purchased from the mid-1930s', "
 "'Leyland Titan TD5, TD7 and rebodied TD1 double-deckers', 'bodywork by Duple and Willowbrook'; the bare 'Barton' "
 "for both the company and the man, as written. 288 words. No outage and no near-miss of one told. Found at rank 3 "
 "of the query 'Barton Transport Chilwell bus company Barton family history wikipedia' (query 13); long-eaton.com, "
 "bartonsplc.co.uk's pages, beestonian.com and archive.commercialmotor.com (ranks 1, 2, 4, 5, 6, 7, 8; the company's "
 "own, local-history and magazine texts, not Wikipedia's) not used. Barton Transport, Thomas Henry Barton, Goose Fair, "
 "Chilwell: " + CHECKED + ".", "UK", v3=True,
 copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))

# ---- bus operators, UK: Maidstone & District Motor Services (piglix's copy, about 2017) -----------------------------
MDS = [
 "Maidstone & District Motor Services was a bus company based in Maidstone, Kent. The company operated bus and coach "
 "services in Mid and West Kent and East Sussex from 1911 until 1998. The company's surviving operations were "
 "absorbed into Arriva Southern Counties.",
 "In 1908 a hired Darracq-Serpollet steam bus made a trial run from London to Maidstone. A public service commenced a "
 "week later between Maidstone and Chatham. In July, a further service was introduced between north Maidstone and the "
 "Athletic Ground via Maidstone West railway station. The venture was not entirely successful, but an increase in "
 "fares was not enough to prevent the vehicles being re-possessed. In 1910, the undertaking was purchased by Walter "
 "Flexman French, who named the company the Maidstone, Chatham, Gravesend & District Motor Omnibus Service. It was "
 "registered as Maidstone & District Motor Services Limited in March 1911.",
 "British Electric Traction acquired part of M&D in 1913. A year later, new routes were introduced from Maidstone to "
 "Ashford, Faversham, Hastings, Sevenoaks and Tenterden, and between Chatham and Faversham. By 1917. fourteen "
 "services were in operation using letters for identification. A later expansion of services resulted in letters "
 "being replaced by numbers.",
 "Tilling Group acquired an interest in the company in 1921, while Maidstone & District became a public company in "
 "1922. M&D opened the first bus station in England, sited in Palace Avenue, Maidstone in 1922. In 1929, M&D acquired "
 "the Chatham & District Traction Company, but retained the Chatham & District fleetname as a separate operation "
 "until 1955."]
KEPT["wp-maidstone-district-motor-services"] = ("maidstone-district-piglix.txt", MDS)
R.append(wp("wp-maidstone-district-motor-services", "Maidstone & District Motor Services",
 "http://piglix.com/piglix/Maidstone_%26_District_Motor_Services",
 "\n\n".join(MDS),
 "transport/buses", ["history", "purchase", "group holdings", "acquisition", "absorption"],
 "The article as piglix's copy holds it in the page store (piglix.com, a copy of English Wikipedia articles of about "
 "2017; undated; recorded CC BY-SA 3.0 as batches 70c and 70f recorded the site's copies; no revision id). Cut: the "
 "caption and infobox lines before the lead ('Leyland Olympian in October 1988', '|', '|', 'Parent | Arriva |', "
 "'---|---|', 'Founded | 1911 |', 'Ceased operation | 1998 |', 'Headquarters | Maidstone |', 'Service area |', 'East "
 "Sussex Kent |', 'Service type | Bus operator |', so the infobox's parent Arriva is not in the text); the excerpt "
 "holds no title line, heading or citation marker. Kept to the end of the excerpt, which ends in a full sentence "
 "('... as a separate operation until 1955.'); the article goes on past 1929 (its lead runs to 1998), so `truncated`. "
 "Paragraphs as the copy sets them apart (one per line), joined with blank lines. No word added or changed. Kept as "
 "written: 'Maidstone & District Motor Services was a bus company based in Maidstone, Kent.', 'Mid and West Kent', "
 "'The company's surviving operations were absorbed into Arriva Southern Counties.', 'a hired Darracq-Serpollet steam "
 "bus', 'north Maidstone', 'the undertaking was purchased by Walter Flexman French, who named the company the "
 "Maidstone, Chatham, Gravesend & District Motor Omnibus Service' (no quotation marks), 'British Electric Traction "
 "acquired part of M&D in 1913', 'By 1917. fourteen services' (the copy's full stop after '1917'), 'Tilling Group "
 "acquired an interest in the company in 1921', 'the first bus station in England, sited in Palace Avenue, Maidstone', "
 "'retained the Chatham & District fleetname'. 254 words. No outage and no near-miss of one told (vehicles "
 "re-possessed, a business event). Found at rank 2 of the query 'Maidstone & District Motor Services founded 1911 "
 "Walter Flexman French bus company history' (query 15); the-uncensored-wiki.com's 2008 copy (rank 3; an older "
 "revision naming George French's day-to-day control, its excerpt breaking off in 1914, before the Tilling Group and "
 "the Chatham & District purchase) not used as shorter in company facts, liquisearch.com's section copy (rank 5; the "
 "National Bus Company years only), pressreader.com's Kent Messenger text and busandtrainuser.com's review (ranks 1, "
 "4; news and a review) and the de, cs and pt translations (ranks 6-8) not used. Maidstone & District, Flexman, "
 "Chatham & District, Darracq-Serpollet: " + CHECKED + " ('Maidstone' in other texts as a town and in the 69e claim "
 "of Tilling-Stevens; 'Tilling Group' and 'British Electric Traction' in other bus texts, as owners of other "
 "companies).", "UK", v3=True,
 copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))

# ---- bus and coach operators, UK: Yelloway Motor Services (en.wikipedia.org's '= Title =' rendering, recent) -------
YEL = [
 "Yelloway Motor Services was a bus and coach company based in Rochdale.",
 "In 1902, Robert Holt commenced a parcels delivery service in the Rochdale area using a pony and cart. In 1904, Holt "
 "went into partnership with his younger brother Ernest and they established themselves as carriers trading as Messrs "
 "Holt Brothers. Additional ponies and carts were purchased, later followed by steam and motor lorries.",
 "In an attempt to earn additional revenue, when the lorries would otherwise be idle, interchangeable charabanc bodies "
 "to enable the lorries to be converted into passenger pleasure vehicles at weekends. In May 1913 the first purpose "
 "built charabanc entered service, a 28-seat Dennis painted in a yellow livery with burgundy upholstery. When it "
 "arrived at the offices of Holt Bros in Rochdale a member of staff shouted \"The Yellow Car has arrived!\" This "
 "remark was the birth of the trading name Holts Yellow Cars. In November 1915, the company was incorporated as Holt "
 "Bros (Rochdale) Limited.",
 "The company extended its operations into Manchester and Oldham. It diversified into stage carriage services in "
 "1921. On 1 October 1928, an express service linking Blackpool with London commenced. In 1930 the business was "
 "placed in administration. In March 1931, a consortium of Maurice Edwards, John Barlow and Herbert Allen purchased "
 "the business. On 9 April 1932, the company was officially renamed Yelloway Motor Services Limited.",
 "Yelloway was granted operating licences for a service to Torquay, with other operators denied."]
KEPT["wp-yelloway-motor-services"] = ("yelloway-enwiki.txt", YEL)
R.append(wp("wp-yelloway-motor-services", "Yelloway Motor Services",
 "https://en.wikipedia.org/wiki/Yelloway_Motor_Services",
 "\n\n".join(YEL),
 "transport/buses", ["history", "founding", "partnership", "incorporation", "purchase", "renaming"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70r recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Yelloway Motor Services ='; the infobox lines between the title "
 "and the lead ('Yelloway Motor Services', '- Founded: 1915', '- Ceased: 1988, revived 2008 Chadderton', '- "
 "Headquarters: Rochdale', '- Service Area: Greater Manchester', '- Service Type: Coach service operator', so 1988, "
 "2008, Chadderton and Greater Manchester are not in the text); the heading '==History=='; cut after 'Yelloway was "
 "granted operating licences for a service to Torquay, with other operators denied.', before the sentence the excerpt "
 "breaks off in ('By 1937, Yelloway was providing travel facilities ... through Halifax, Sowerby Bridge and "
 "Ripponden to Oldham where they'; `truncated`). No citation markers in this rendering. Paragraphs as the rendering "
 "sets them apart (blank lines). No word added or changed. Kept as written: 'In 1902, Robert Holt commenced a parcels "
 "delivery service', 'Holt went into partnership with his younger brother Ernest and they established themselves as "
 "carriers trading as Messrs Holt Brothers', the sentence without a main verb 'In an attempt to earn additional "
 "revenue, when the lorries would otherwise be idle, interchangeable charabanc bodies to enable the lorries to be "
 "converted into passenger pleasure vehicles at weekends.', 'the first purpose built charabanc' (no hyphen), 'a "
 "28-seat Dennis', 'shouted \"The Yellow Car has arrived!\"' (no full stop after the quote), 'the trading name Holts "
 "Yellow Cars' (no apostrophe), 'Holt Bros (Rochdale) Limited', 'a consortium of Maurice Edwards, John Barlow and "
 "Herbert Allen purchased the business', 'officially renamed Yelloway Motor Services Limited'. 241 words. No outage "
 "and no near-miss of one told (the administration of 1930, a business event). Found at rank 1 of the query "
 "'Yelloway Motor Services Rochdale coach operator Robert Holt founded' (query 14); yellowaymotorcoachmuseum.co.uk, "
 "localtransporthistory.co.uk, yellowaymobilemuseum.co.uk and rochdalewhatnot.co.uk (ranks 2, 3, 5, 6, 7; museum "
 "and local-history texts, not Wikipedia's), oldham-chronicle.co.uk (rank 4; news) and de.wikial.top (rank 8; a "
 "translation) not used. Yelloway, Holt Bros, Maurice Edwards, Ripponden: " + CHECKED + ".", "UK"))


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

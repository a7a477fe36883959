#!/usr/bin/env python3
"""Batch 69ai (session 63; gatherer lane 69ai): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-69y, kept to three companies of one country, new to the corpus, turned from the leads of
rounds 69y, 69s and 69m (Velocette, Midland Red and Jowett, all in 69y's 'Not yet queried' list): Velocette, the name
of the motorcycles made by Veloce Ltd of Hall Green, Birmingham, a company founded by John Goodman (born Johannes
Gütgemann, known as John Taylor) and William Gue as 'Taylor, Gue Ltd.' in 1905, John Taylor setting up Veloce Limited
later that year (motorcycle makers, UK); Midland Red, the bus company of the Midlands of 1905-1981, the Birmingham &
Midland Motor Omnibus Company (BMMO) formed in November 1904, British Electric Traction (BET), which had acquired the
assets of the Birmingham General Omnibus Company in 1899 and the City of Birmingham Tramways Company in 1902, acquiring
control of it (bus operators, UK); and Jowett, the Bradford maker of light cars and light commercial vehicles founded
in 1901 by the brothers Benjamin and William Jowett with Arthur V. Lamb, the Jowett Motor Manufacturing Company from
1904 (vehicle makers, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix.com's copy of 'Velocette' (undated, an older revision), en.wikipedia.org's own '= Title =' rendering of
'Midland Red' (no revision id; recent) and handwiki.org's copy 'Company:Jowett Cars' (undated). Each cut before the
sentence or paragraph its excerpt breaks off in (all `truncated`). Edits per item in `notes` (title, infobox, heading
lines cut; citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather69ai/src), the markers ('[1]', ' [1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-69y did. No text tells an
outage. newskg (or any extractor) was not run on any text. A round of three: five queries, three answered with English
Wikipedia text on a transport company not yet in the corpus and were taken, two left (round notes,
/tmp/gather69ai/NOTES.md; queries, /tmp/gather69ai/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69ai.py [POOL_DIR] [--dry]   (default /tmp/gather69ai/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69ai/pool"
SRC = "/tmp/gather69ai/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-63 pools "
           "(/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked, and in GATHERING.md "
           "only in round 69y's list of leads (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- motorcycle makers, UK: Velocette (piglix.com's copy, undated, an older revision) -------------------------------
VEL = [
 "Velocette is the name given to motorcycles made by Veloce Ltd, in Hall Green, Birmingham, England. One of several "
 "motorcycle manufacturers in Birmingham, Velocette was a small, family-owned firm, selling almost as many hand-built "
 "motorcycles during its lifetime, as the mass-produced machines of the giant BSA and Norton concerns. Renowned for "
 "the quality of its products, the company was \"always in the picture\" in international motorcycle racing, from "
 "the mid-1920s through the 1950s, culminating in two World Championship titles (1949\u20131950 350 cc) and its "
 "legendary and still-unbeaten (for single-cylinder, 500 cc machines) 24 hours at over 100 mph (161 km/h) record. "
 "Veloce, while small, was a great technical innovator and many of its patented designs are commonplace on "
 "motorcycles today, including the positive-stop foot shift and swinging arm rear suspension with hydraulic dampers.",
 "The company was founded by John Goodman (born Johannes G\u00fctgemann and later known as John Taylor before formally "
 "changing his name to Goodman) and William Gue, as \"Taylor, Gue Ltd.\" in 1905. Its first motorcycle was the "
 "Veloce. Later that year, John Taylor set up Veloce Limited, to produce cycles and related products and services. "
 "Veloce Ltd initially produced four-stroke motorcycles, first with Belgian 'Kelecom' engines, then an F-head design "
 "of their own, with an integral two-speed gearbox.",
 "The first two-stroke, built in 1913, was called a Velocette. When The 'K' series reverted to Veloce, the buying "
 "public overlooked them, having become used to the Velocette name and associating it with quality products. The "
 "Velocette name was reprised, and used for all subsequent models."]
KEPT["wp-velocette"] = ("velocette-piglix.txt", VEL)
R.append(wp("wp-velocette", "Velocette", "http://piglix.com/piglix/Velocette",
 "\n\n".join(VEL),
 "manufacturing/motorcycles", ["history", "founders", "predecessor", "brand", "products"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision, as batch 69j took its piglix.com copies; recorded 4.0 as batch 69j recorded them; doubtful: no date "
 "held). Cut: the infobox lines before the lead ('Industry | Motorcycle |' to 'Products | Motorcycles |', with "
 "'Fate | Voluntarily liquidated |', 'Predecessor | Veloce Ltd |', 'Founder | John Goodman |', 'Defunct | 1971 |' and "
 "'Key people ... John Goodman, Eugene Goodman, Percy Goodman |', so 1971, Eugene and Percy Goodman and the "
 "liquidation are not in the text; cut as batches 54zu-69y cut their infoboxes); cut after '... used for all "
 "subsequent models.', before the sentence the excerpt breaks off in ('John was joined in 1916 by his sons Percy '; "
 "`truncated`). No citation markers in this copy. The copy's paragraphs are single lines, joined here with blank "
 "lines. No word added or changed. Kept as written: 'Velocette is the name given to motorcycles made by Veloce Ltd, "
 "in Hall Green, Birmingham, England', 'the giant BSA and Norton concerns', '\"always in the picture\"', "
 "'(1949\u20131950 350 cc)' (an en dash), 'The company was founded by John Goodman (born Johannes G\u00fctgemann and "
 "later known as John Taylor before formally changing his name to Goodman) and William Gue, as \"Taylor, Gue Ltd.\" "
 "in 1905', 'Later that year, John Taylor set up Veloce Limited', \"first with Belgian 'Kelecom' engines\", 'When The "
 "'K' series reverted to Veloce' (a capital 'The', as written). 257 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (undated; doubtful). Found at rank 4 of the query 'Velocette motorcycle company founded "
 "Johannes G\u00fctgemann Veloce Limited Birmingham history' (a lead of round 69y); collection.sciencemuseumgroup.org.uk "
 "(rank 1), bahnsporttechnik.de (rank 3; German), classicmotorcycle.co.uk (rank 5), britishclassicmotorcycles.com "
 "(rank 7) and everand.com (rank 8) (their own texts), and the 2007 Wikipedia copy and an IPFS copy of 'John Taylor "
 "(Velocette)' (ranks 2, 6; the founder's biography, another article) not used. Velocette, Veloce, G\u00fctgemann, "
 "Gutgemann, Taylor Gue, Kelecom: " + CHECKED + ".", "UK",
 copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- bus operators, UK: Midland Red (en.wikipedia.org's '= Title =' rendering, recent) ------------------------------
MRD = [
 "Midland Red was a bus company that operated in the Midlands of England from 1905 until 1981. It was one of the "
 "largest English bus companies, operating over a large area between Gloucester in the south and Derbyshire in the "
 "north, and from Northampton to the Welsh border. The company also manufactured buses.",
 "In 1899 the British Electric Traction (BET) company acquired the assets of the Birmingham General Omnibus Company, "
 "which had been formed three years earlier to acquire a number of horse bus operations in Birmingham. When BET "
 "ordered new buses for Birmingham the next year, they were painted red to make them stand out. In 1902 BET acquired "
 "the City of Birmingham Tramways Company, which operated horse buses as well as trams.",
 "The Birmingham & Midland Motor Omnibus Company (BMMO) was formed by local businessmen in November 1904 to operate "
 "motor bus services in Birmingham. When the directors failed to attract sufficient investors, BET acquired control "
 "of the new company, and in 1905 transferred its local horse bus operations to it. The company also acquired a motor "
 "bus company which had started in 1903. BMMO started operations under its own name in July 1905. However, the "
 "company experienced problems with its motor buses, and in 1907 reverted all its motor bus services to horse bus "
 "operation.",
 "In 1912 the company purchased some Tilling-Stevens petrol-electric buses. Further motor buses followed, and by June "
 "1913 only 17 horse buses remained. The company adopted for its motor buses the red livery used by Birmingham "
 "General, and the buses carried the fleetname \"Midland\". They soon acquired the nickname Midland Red."]
KEPT["wp-midland-red"] = ("midland-red-enwiki.txt", MRD)
R.append(wp("wp-midland-red", "Midland Red", "https://en.wikipedia.org/wiki/Midland_Red",
 "\n\n".join(MRD),
 "transport/bus operators", ["history", "formation", "control", "acquisitions", "fleet"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-69y recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Midland Red ='; the infobox lines between the title and the lead "
 "('Midland Red', '- Logo: NBC Midland Red.svg' to '- Fleet: 838 (September 1981)', with '- Ceased: 5 September "
 "1981' and '- Headquarters: Edgbaston', so Edgbaston is not in the text); the headings '==History==' and '=== "
 "Origins ==='; cut after '... the nickname Midland Red.', at the end of a paragraph, before the heading '===Expansion "
 "outside Birmingham===' and the paragraph the excerpt breaks off in ('By 1912 the Birmingham Cor'; `truncated`). No "
 "citation markers in this rendering. Paragraphs as the rendering sets them apart (blank lines). No word added or "
 "changed. Kept as written: 'from 1905 until 1981', 'the Welsh border', 'the British Electric Traction (BET) company "
 "acquired the assets of the Birmingham General Omnibus Company', 'In 1902 BET acquired the City of Birmingham "
 "Tramways Company', 'The Birmingham & Midland Motor Omnibus Company (BMMO) was formed by local businessmen in "
 "November 1904', 'BET acquired control of the new company', 'a motor bus company which had started in 1903' "
 "(unnamed), 'some Tilling-Stevens petrol-electric buses', 'the red livery used by Birmingham General', 'the "
 "fleetname \"Midland\"'. 268 words. No outage and no near-miss of one told (buses that 'experienced problems' "
 "and services reverted to horse buses in 1907: a change of vehicles, no service lost). Recorded CC BY-SA 4.0 (a "
 "recent rendering; doubtful, no revision id). Found at rank 3 of the query 'Midland Red Birmingham and Midland "
 "Motor Omnibus Company history founded BET' (a lead of round 69y); localtransporthistory.co.uk (rank 1), "
 "gracesguide.co.uk (rank 4), birminghamhistory.co.uk's forum (ranks 6, 8) and blackcountrybugle.co.uk (rank 7; "
 "news) (their own texts), theinfolist.com (rank 2; run together with link glosses) and a railway.app page (rank 5; "
 "'Fact-checked by Grok', generated) not used. Midland Red, Birmingham General Omnibus, Birmingham & Midland Motor, "
 "City of Birmingham Tramways, BMMO: " + CHECKED + " ('British Electric Traction' and 'Tilling-Stevens' in texts on "
 "other matters).", "UK"))

# ---- vehicle makers, UK: Jowett (handwiki.org's copy 'Company:Jowett Cars', undated) --------------------------------
JOW = [
 "Jowett was a manufacturer of light cars and light commercial vehicles in Bradford, West Riding of Yorkshire, "
 "England from 1906 to 1954.",
 "Jowett was founded in 1901 by brothers Benjamin (1877\u20131963) and William (1880\u20131965) Jowett with Arthur V. "
 "Lamb. They started in the cycle business and went on to make V-twin engines for driving machinery. Some early "
 "engines found their way locally into other makes of cars as replacements. In 1904 they became the Jowett Motor "
 "Manufacturing Company based in Back Burlington Street, Bradford. Their first Jowett light car was produced in "
 "February 1906 but as their little workshop was fully occupied with general engineering activities, experiments with "
 "different engine configurations, and making the first six Scott motorbikes, it did not go into production until "
 "1910, and then after more than 25,000 miles of exhaustive trials.",
 "Their intention was to provide a low weight vehicle at a low price and with low running costs. The prototype could "
 "be described as the United Kingdom's first real light car. Engine and gearbox were specifically designed for a "
 "light car and made largely of aluminium. Its low speed torque and gear ratios were ideally suited to the hills about "
 "Bradford and Yorkshire's terrain where poor roads provided little use for a high top speed or quick acceleration. "
 "Construction of the engine and the rest of the car was robust."]
KEPT["wp-jowett-cars"] = ("jowett-handwiki.txt", JOW)
R.append(wp("wp-jowett-cars", "Jowett Cars", "https://handwiki.org/wiki/Company:Jowett_Cars",
 "\n\n".join(JOW),
 "manufacturing/motor vehicles", ["history", "founders", "renaming", "products"],
 "The article as handwiki.org's copy 'Company:Jowett Cars' holds it in the page store (HandWiki republishes English "
 "Wikipedia articles under CC BY-SA, as batch 22c took its HandWiki copy; no date or revision id held; undated, "
 "recorded 4.0; doubtful: no date held). Cut: the title line 'Company:Jowett Cars'; the infobox lines before the "
 "lead ('Industry | Motor cars |' to 'Key people | Benjamin and William Jowett Gerald Palmer |', with 'Fate | Ceased "
 "operating 1955 |', the 'Voluntary Liquidation' line and 'Headquarters | Idle, Bradford ...', so Idle, 1955 and "
 "Gerald Palmer are not in the text); the heading 'Early history'; the citation marker '[1]'; cut after '... the "
 "rest of the car was robust.', before the sentence the excerpt breaks off in ('Benjamin Jowett held that their "
 "light car class was suffering ... or engines from larger cars too heavy for'; `truncated`), so the name 'Benjamin "
 "Jowett' is not in the text. The copy's paragraphs are single lines, joined here with blank lines. No word added or "
 "changed. Kept as written: 'from 1906 to 1954', 'Jowett was founded in 1901 by brothers Benjamin (1877\u20131963) and "
 "William (1880\u20131965) Jowett with Arthur V. Lamb' (en dashes), 'In 1904 they became the Jowett Motor "
 "Manufacturing Company based in Back Burlington Street, Bradford', 'Their first Jowett light car was produced in "
 "February 1906', 'making the first six Scott motorbikes', 'the United Kingdom's first real light car', "
 "\"Yorkshire's terrain\". 226 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (undated; "
 "doubtful). Found at rank 8 of the query 'Jowett Cars Bradford founded Benjamin and William Jowett company "
 "history' (a lead of round 69y); kilkennymotorclub.com (rank 1), wyasotr.huddersfield.click (rank 4), "
 "imfromyorkshire.uk.com (rank 5), automotobookshop.com.au (rank 6) and blog.directgap.co.uk (rank 7) (their own "
 "texts), dbkwik.webdatacommons.org (rank 2; a fan-wiki abstract in RDF) and cryer.org.uk (rank 3; the same text, a "
 "mirror with no licence line seen) not used. Jowett, Arthur V. Lamb, Gerald Palmer: " + CHECKED + ".", "UK",
 copy_of="the Wikipedia article, via HandWiki"))


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

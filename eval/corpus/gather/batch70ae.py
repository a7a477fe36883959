#!/usr/bin/env python3
"""Batch 70ae (session 64; gatherer lane 70ae): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70y, kept to three American automobile makers new to the corpus, all three names from the lists of
leads of rounds 70i, 70p and 70y or found beside them: the Auburn Automobile Company, the Auburn, Indiana maker founded
by Frank and Morris Eckhart of the Eckhart Carriage Company, controlled by Errett Lobban Cord, merged after 1940 into
Auburn Central Manufacturing (automobiles, US); the Marmon Motor Car Company, the Indianapolis luxury maker founded by
Howard Carpenter Marmon and owned by Nordyke Marmon & Company, succeeded by Marmon-Herrington, later the Marmon Group
(automobiles, US); and the Maxwell automobile's maker, the Maxwell-Briscoe Company of Tarrytown founded by Jonathan
Dixon Maxwell and Benjamin Briscoe, part of the United States Motor Company, reorganized by Walter Flanders as the
Maxwell Motor Company, Inc. and taken over by Chrysler (automobiles, US). English Wikipedia text (CC BY-SA), each the
search tool's page-store excerpt (`search`, corpus `pages`; never a whole page): en.wikipedia.org's '= Title ='
renderings of 'Auburn Automobile Company' and 'Marmon Motor Car Company' (revisions after 2023, undated) and
piglix.com's copy of 'Maxwell automobile' (an older revision, about 2014-2017). Edits per item in `notes` (title lines,
infobox lines, headings, citation markers and a trailing broken sentence cut; paragraphs joined with blank lines; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70ae/src), the
markers dropped and whitespace runs compared as one space, as batches 55e-70y did. No text tells an outage or a
near-miss of one (a sale of a controlling interest, a bankruptcy reorganization, a merger, a combine's collapse, a
purchase of assets and a takeover are business events). newskg (or any extractor) was not run on any text. A round of
three: six queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken
(round notes /tmp/gather70ae/NOTES.md; queries, /tmp/gather70ae/src/queries.txt; claims in
/work/notes/gather70/CLAIMS.txt).
usage: batch70ae.py [POOL_DIR] [--dry]   (default /tmp/gather70ae/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ae/pool"
SRC = "/tmp/gather70ae/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- automobiles, US: the Auburn Automobile Company (en.wikipedia.org's '= Title =' rendering) ------------------------
AA = [
 "The Auburn Automobile Company was an American manufacturer of automobiles from approximately 1903-37, producing "
 "vehicles of the Auburn marque until 1936 and the Cord marque from 1929-32 and 1936-37. Headquartered in Auburn, "
 "Indiana, United States, the company was founded by brothers Frank and Morris Eckhart of the Eckhart Carriage "
 "Company. It was run with modest success until 1919 when the brothers sold its controlling interest to a group of "
 "Chicago businessmen, who in time hired automobile salesman Errett Lobban Cord. Cord soon took control of Auburn and "
 "increased production dramatically until the early 1930s, when sales began to decline. In August of 1937, Cord sold "
 "his holdings of the company, and the Auburn and Cord marques (as well as that of sister company Duesenberg) were "
 "discontinued.",
 "The Auburn company is well remembered for its Auburn-branded Speedster variants of 1928-36 and the Cord-branded L-29 "
 "and 810/812 models. Some of these models have been reproduced as revivals or replicas by various makers over "
 "subsequent decades.",
 "After a 1940 bankruptcy reorganization, the former Auburn Automobile Co. merged with the Central Manufacturing "
 "Company into Auburn Central Manufacturing (ACM) Corporation, which received large amounts of World War II "
 "production work, so much so, that in 1943, they rebranded ACM as American Central Manufacturing."]
KEPT["wp-auburn-automobile-company"] = ("auburn-enwiki.txt", AA)
R.append(wp("wp-auburn-automobile-company", "Auburn Automobile Company",
 "https://en.wikipedia.org/wiki/Auburn_Automobile_Company",
 "\n\n".join(AA),
 "automobiles", ["history", "founding", "founders", "control", "merger", "products"],
 "The lead of the article and the opening of its next section as en.wikipedia.org's '= Title =' rendering holds them "
 "in the page store (undated, no revision id held; its infobox's 'Successor: Auburn-Central / American Central "
 "Manufacturing Corporation' and 'Fate: Bankruptcy & Merged with Cord'), recorded 4.0 as batches 65h, 67h, 68q and "
 "70p recorded the page store's en.wikipedia.org renderings. Cut: the title line '= Auburn Automobile Company ='; the "
 "infobox (the line 'Auburn Automobile Company' and its twelve '- Key: value' lines, from '- Logo: Auburn-auto 1906 "
 "logo.jpg' to '- Products: Automobiles, Automotive parts', among them '- Founder: Frank and Morris Eckhart' and '- "
 "Key People: Frank and Morris Eckhart, E.L. Cord'); the trailing broken sentence ('One of their most notable WW II "
 "contributions involved manufacturing the bodies of at least three-quarters, or abo', where the excerpt ends; "
 "`truncated`). The rendering prints no heading and no citation marker in the excerpt. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'from approximately 1903-37', 'the Cord marque from 1929-32 and "
 "1936-37' (two-digit range ends, hyphens as the page store shows them), 'founded by brothers Frank and Morris Eckhart "
 "of the Eckhart Carriage Company' (the brothers' first names, Frank's surname not repeated), 'sold its controlling "
 "interest to a group of Chicago businessmen, who in time hired automobile salesman Errett Lobban Cord.', 'Cord soon "
 "took control of Auburn', 'In August of 1937, Cord sold his holdings of the company', '(as well as that of sister "
 "company Duesenberg)', 'Auburn-branded Speedster variants of 1928-36 and the Cord-branded L-29 and 810/812 models', "
 "'the former Auburn Automobile Co. merged with the Central Manufacturing Company into Auburn Central Manufacturing "
 "(ACM) Corporation', 'so much so, that in 1943, they rebranded ACM as American Central Manufacturing.' (the comma "
 "after 'so much so'). 208 words. No outage and no near-miss of one told (a sale of a controlling interest, a "
 "bankruptcy reorganization and a merger are business events). Recorded CC BY-SA 4.0 (a revision after 2023, "
 "undated). Found at rank 8 of the query 'Auburn Automobile Company Wikipedia Eckhart Carriage Company E. L. Cord "
 "Duesenberg Cord Corporation' (a name beside round 70y's leads of American makers: its 'Duesenberg' and 'Stutz'); "
 "kfzderwehrmacht.de (twice, English and German: a site's own notes), motoringweekly.com.au (a blog), "
 "vistaview360.com (a picture site's text), carsforsale.com (a dealer's blog), auburnspeedsters.com (a replica "
 "maker's own history) and publichistory.iupui.edu (a university's public-history note) not used. Auburn "
 "Automobile, Eckhart, Errett Lobban Cord, E. L. Cord, Central Manufacturing, Auburn Central, Duesenberg: " + CHECKED +
 " ('Duesenberg' only in GATHERING.md's lists of leads; 'Auburn' alone in other matters: an FTC funeral-homes text and "
 "a DOJ energy text).", "US"))

# ---- automobiles, US: the Marmon Motor Car Company (en.wikipedia.org's '= Title =' rendering) -------------------------
MM = [
 "Marmon Motor Car Company was an American luxury automobile manufacturer founded by Howard Carpenter Marmon and "
 "owned by Nordyke Marmon & Company of Indianapolis, Indiana, U.S., and active from 1902 to 1933.",
 "It was established in 1902 but not incorporated as the successor of Nordyke Marmon & Company until 1926. In 1933 it "
 "was succeeded by Marmon-Herrington, and in 1964 the Marmon brand name was sold to the Marmon Motor Company of "
 "Denton, Texas. Marmon-Herrington became the Marmon Group of Chicago, in 1964.",
 "Marmon was notable for its various pioneering works in automotive manufacturing, introducing the rear-view mirror, "
 "pioneering the V16 engine, and the use of aluminum in auto manufacturing. The historic open wheel Marmon Wasp race "
 "car of the early 20th century was the first to use a single-seater \"monoposto\" construction layout.",
 "Marmon's parent company was founded in 1851, manufacturing flour grinding mill equipment and branching out into "
 "other machinery through the late 19th century. Small limited production of experimental automobiles began in 1902, "
 "with an air-cooled V-twin engine. An air-cooled V4 followed the next year, with pioneering V6 and V8 engines tried "
 "over the next few years, before more conventional straight engine designs were settled upon. Marmons soon gained a "
 "reputation as reliable, speedy upscale cars.",
 "The Model 32 of 1909 spawned the Wasp. It was driven by Marmon engineer and former racer Ray Harroun (who came out "
 "of retirement as a driver for just one race) to the championship of the first ever Indianapolis 500 motor race, in "
 "1911."]
KEPT["wp-marmon-motor-car-company"] = ("marmon-enwiki.txt", MM)
R.append(wp("wp-marmon-motor-car-company", "Marmon Motor Car Company",
 "https://en.wikipedia.org/wiki/Marmon_Motor_Car_Company",
 "\n\n".join(MM),
 "automobiles", ["history", "founding", "founder", "ownership", "succession", "products"],
 "The lead of the article and the opening of its history as en.wikipedia.org's '= Title =' rendering holds them in the "
 "page store (undated, no revision id held), recorded 4.0 as batches 65h, 67h, 68q and 70p recorded the page store's "
 "en.wikipedia.org renderings. Cut: the title line '= Marmon Motor Car Company ='; the infobox (the line 'Marmon Motor "
 "Car Company' and its six '- Key: value' lines, from '- Logo: Marmon Motor Car Company logo.jpg' to '- Products: "
 "Vehicles, parts', among them '- Key People: Howard Carpenter Marmon, Ray Harroun, Owen Nacker, James Bohannon', so "
 "Owen Nacker and James Bohannon are not in the text); the headings '==Marmon Automobiles==' and '=== Model 32 ==='; "
 "the trailing broken sentence ('This car debuted the first known automobile rear-vie', where the excerpt ends; "
 "`truncated`). The rendering prints no citation marker in the excerpt. Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'founded by Howard Carpenter Marmon and owned by Nordyke Marmon & Company of "
 "Indianapolis, Indiana, U.S., and active from 1902 to 1933.', 'not incorporated as the successor of Nordyke Marmon & "
 "Company until 1926', 'In 1933 it was succeeded by Marmon-Herrington, and in 1964 the Marmon brand name was sold to "
 "the Marmon Motor Company of Denton, Texas.', 'Marmon-Herrington became the Marmon Group of Chicago, in 1964.' (the "
 "comma before 'in 1964'), 'The historic open wheel Marmon Wasp race car', 'a single-seater \"monoposto\" "
 "construction layout', \"Marmon's parent company was founded in 1851\", 'The Model 32 of 1909 spawned the Wasp.', "
 "'Marmon engineer and former racer Ray Harroun'. 252 words. No outage and no near-miss of one told (a succession, a "
 "brand name's sale and a renaming are business events). Recorded CC BY-SA 4.0 (a revision after 2023, undated). "
 "Found at rank 4 of the query 'Marmon Motor Car Company Wikipedia Nordyke & Marmon Howard Marmon Indianapolis "
 "history' (a name of round 70y's leads: 'Names checked with no hit and not queried ... Marmon'); "
 "historicindianapolis.com (twice: a local-history blog), sportscardigest.com (a paywalled magazine article), "
 "review.clateway.com (a proxy of an earlier revision, its coordinates and infobox run into the text, ending before "
 "the history), maxinkuckee.history.pasttracker.com (twice: a local-history site's own text) and mooselandfff.ru (a "
 "site's own text) not used. Marmon, Nordyke, Herrington, Ray Harroun: " + CHECKED + " ('Marmon' only in "
 "GATHERING.md's lists of leads).", "US"))

# ---- automobiles, US: the Maxwell automobile's maker (piglix.com's copy, an older revision) --------------------------
MX = [
 "The Maxwell was a brand of automobiles manufactured in the United States of America from about 1904 to 1925. The "
 "present-day successor to the Maxwell company is Fiat Chrysler Automobiles.",
 "Maxwell automobile production began under the Maxwell-Briscoe Company of Tarrytown, New York. The company was named "
 "after founders Jonathan Dixon Maxwell, who earlier had worked for Oldsmobile, and Benjamin Briscoe, an automobile "
 "industry pioneer and part owner of the Briscoe Brothers Metalworks, who was president of Maxwell-Briscoe at its "
 "height.",
 "In 1907, following a fire that destroyed the Tarrytown, NY, factory, Maxwell-Briscoe constructed what was then the "
 "largest automobile factory in the world in New Castle, Indiana. This factory continued as a Chrysler plant following "
 "its takeover of Maxwell until its demolition in 2004.",
 "Maxwell was the only profitable company of the combine named United States Motor Company, which was formed in 1910. "
 "Due to a conflict between two of its backers, the United States Motor Company collapsed in 1913 after the failure "
 "of its last supporting car manufacturer, the Brush Motor Company. Maxwell was the only survivor.",
 "In 1913, the Maxwell assets were purchased by Walter Flanders, who reorganized the company as the Maxwell Motor "
 "Company, Inc.. The company moved to Highland Park, Michigan. Some of the Maxwells were also manufactured at two "
 "plants in Dayton, Ohio. For a time, Maxwell was considered one of the three top automobile firms in America, along "
 "with General Motors and Ford (though the phrase \"the Big Three\" was not used at the time). By 1914, Maxwell had "
 "sold 60,000 cars."]
KEPT["wp-maxwell-automobile"] = ("maxwell-piglix.txt", MX)
R.append(wp("wp-maxwell-automobile", "Maxwell automobile", "http://piglix.com/piglix/Maxwell_automobile",
 "\n\n".join(MX),
 "automobiles", ["history", "founding", "founders", "combine", "reorganization", "takeover"],
 "The opening of the article as piglix.com holds it in the page store: a site copying English Wikipedia articles (an "
 "older revision under the article's former title 'Maxwell automobile', now 'Maxwell Motor Company'; undated, no "
 "revision id held; its 'The present-day successor to the Maxwell company is Fiat Chrysler Automobiles.' dates it "
 "between 2014 and 2021, where en.wikipedia.org's rendering of the same search says 'Chrysler, now Stellantis North "
 "America'), recorded 3.0 (piglix.com's copies are of revisions of about 2014-2017, as batches 70p and 70y dated "
 "them). Cut: the infobox's lines at the excerpt's head (from 'Automobile Manufacturing | |' to 'Tarrytown, New York "
 "Detroit, Michigan |', among them 'Fate | Acquired by Walter Chrysler |' and 'Founder | Jonathan Dixon Maxwell & "
 "Briscoe Brothers Metalworks |'). The copy prints no title line, no heading and no citation marker in the excerpt; "
 "the excerpt ends at a sentence end (`truncated` kept true: the page runs on past the excerpt, Walter P. Chrysler's "
 "controlling interest of the later revisions not reached). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'The Maxwell was a brand of automobiles manufactured in the United States of America', "
 "'The company was named after founders Jonathan Dixon Maxwell, who earlier had worked for Oldsmobile, and Benjamin "
 "Briscoe, ... who was president of Maxwell-Briscoe at its height.', 'the Tarrytown, NY, factory', 'a Chrysler plant "
 "following its takeover of Maxwell', 'the combine named United States Motor Company', 'its last supporting car "
 "manufacturer, the Brush Motor Company', 'the Maxwell assets were purchased by Walter Flanders, who reorganized the "
 "company as the Maxwell Motor Company, Inc..' (the doubled full stop), 'along with General Motors and Ford (though "
 "the phrase \"the Big Three\" was not used at the time)'. 258 words. No outage and no near-miss of one told (a fire "
 "destroying a factory, a combine's collapse, a purchase of assets and a takeover are business events or accidents). "
 "Recorded CC BY-SA 3.0 (an older revision, before 2018). Found at rank 2 of the query 'Maxwell Motor Company "
 "Wikipedia Maxwell-Briscoe Jonathan Dixon Maxwell Benjamin Briscoe United States Motor Company Walter Chrysler' (a "
 "name found beside round 70y's leads of American makers); encyclopedia.kids.net.au (an early GFDL copy, its link "
 "markers '[?]' and typos 'Jonathon', 'incorprorated', 'assetts' in the text), zwischengas.com (a German magazine), "
 "beta.cartype.com (a site's text woven from an older revision with captions), memim.com (a machine translation "
 "back into English), en.wikipedia.org (the current revision, its excerpt breaking off in the United States Motor "
 "Company's paragraph), redorbit.com (a rewritten summary) and wikimili.com (the current revision with citation "
 "markers, breaking off in Walter Flanders' sentence) not used. Maxwell Motor, Maxwell automobile, Maxwell-Briscoe, "
 "Benjamin Briscoe, Walter Flanders, Brush Motor, United States Motor: " + CHECKED + " (none but this round's own "
 "claim).", "US",
 v3=True, copy_of="the Wikipedia article, an older revision, via piglix.com, a site copying Wikipedia articles"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[lower-alpha 4]', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(MARK.sub("", s).split())


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

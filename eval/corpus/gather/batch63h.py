#!/usr/bin/env python3
"""Batch 63h (session 57; gatherer lane 63h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-63b, kept to four American companies of the sectors the brief preferred (a broadcaster, an airline, a
railway, a restaurant chain), new to the corpus and turned from batch 63b's leads and lists: the Taft Broadcasting
Company of Cincinnati, rooted in the Cincinnati Times-Star of Charles Phelps Taft and its publisher Hulbert Taft Sr.,
owner of Hanna-Barbera Productions and other studios, acquired by Carl Lindner, Jr. and renamed Great American
Broadcasting and Citicasters, acquired by Clear Channel Communications in 1999 (broadcasting, US); All American
Aviation, founded in 1937 by Lytle Schooler Adams, its first president, Richard C. du Pont its new president, later
Allegheny Airlines, USAir and US Airways (airline, US); the Western Pacific Railroad, formed in 1903 under George Jay
Gould I, financed by the Denver and Rio Grande Western Railroad, buyer of the Alameda and San Joaquin Railroad,
acquired by the Union Pacific Corporation in 1982 (railway, US); and Horn & Hardart, the automat chain of Joseph Horn
and Frank Hardart, supplied by Max Sielaff's Automat GmbH (restaurants, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the IPFS copy of 'Taft Broadcasting' (cloudflare-ipfs.com, the 2017 snapshot), en.wikipedia.org's '= Title ='
renderings of 'All American Aviation' and 'Western Pacific Railroad' (undated, recent), and piglix.com's copy of
'Horn & Hardart' (undated, an older revision); each cut at a sentence or paragraph end before the sentence or
paragraph its excerpt breaks off in, or at the excerpt's end (`truncated`). Edits per item in `notes` (title lines,
infobox lines and section headings cut, citation markers cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather64h/src), the markers ('[1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-63b did. No text
tells an outage or a near-miss of one (a bankruptcy, renamings, a merger, a company absorbed, a monopoly broken and a
service not yet begun are business events). newskg (or any extractor) was not run on any text. A round of four: nine
queries, four answered with English Wikipedia text on a company not yet in the corpus and were taken, the rest left
(round notes, /work/notes/gather64/63h.md; queries, /tmp/gather64h/src/queries.txt).
usage: batch63h.py [POOL_DIR] [--dry]   (default /tmp/gather64h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64h/pool"
SRC = "/tmp/gather64h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (batch 63b's "
           "lists of leads aside), in the session-57 pools (/tmp/gather64*/pool) and in /work/notes/gather63/CLAIMS.txt "
           "and /work/notes/gather64/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[\d+\]")

# ---- broadcasting, US: Taft Broadcasting (the IPFS copy of English Wikipedia, 2017 snapshot) ----------------------
TF = [
 "The Taft Broadcasting Company (also known as Taft Television and Radio Company, Incorporated), was an American media "
 "conglomerate based in Cincinnati, Ohio.",
 "The company is rooted in the family of William Howard Taft, the 27th President of the United States. In 1879, "
 "William Howard's brother, Charles Phelps Taft, purchased two afternoon newspapers in Cincinnati, The Times and The "
 "Cincinnati Daily Star, merging them into the Cincinnati Times-Star in 1880. It was during the tenure of the merged "
 "paper's second publisher, Hulbert Taft Sr., son of Charles and William Howard's half-brother, Peter Rawson Taft II, "
 "that the newspaper also became involved in broadcasting.",
 "The company was the owner of such major media and entertainment properties as Hanna-Barbera Productions, Worldvision "
 "Enterprises, Ruby-Spears Productions, KECO Entertainment and many television and radio stations. It also owned 50% "
 "of CIC Video's Australian operations, CIC-Taft Home Video.",
 "The company went through a huge reorganization period starting in the late 1980s with its acquisition by Carl "
 "Lindner, Jr. to become Great American Broadcasting. Shortly after filing for bankruptcy in 1993, it became "
 "Citicasters and was in 1999, acquired by Clear Channel Communications, which was renamed iHeartMedia in 2014. Taft "
 "\u2014 as Citicasters \u2014 is still incorporated as a holding company within iHeartMedia.[1]",
 "The Taft family's involvement in broadcasting began in 1939 as Radio Cincinnati, Inc., when the Cincinnati "
 "Times-Star purchased WKRC radio from CBS.[2][3]",
 "In April 1949 Taft's first TV station, WKRC-TV in Cincinnati began broadcasting."]
KEPT["wp-taft-broadcasting"] = ("taft-ipfs.txt", TF)
R.append(wp("wp-taft-broadcasting", "Taft Broadcasting",
 "https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Taft_Broadcasting.html",
 "\n\n".join(MARK.sub("", p) for p in TF),
 "broadcasting", ["history", "founding", "executives", "ownership", "acquisitions", "renaming"],
 "The article as the IPFS copy of English Wikipedia (cloudflare-ipfs.com, the QmXoypiz... snapshot of 2017, as batches "
 "27e, 34m, 37o and 63c took IPFS copies) holds it in the page store (no revision id held; an older revision: its lead "
 "says 'a huge reorganization period starting in the late 1980s' where en.wikipedia.org's rendering of today says 'a "
 "long reorganization period starting in 1987'). Cut: the title line 'Taft Broadcasting'; the infobox lines ('Taft "
 "Broadcasting Company', 'Industry television and radio network', 'Fate Acquired by Clear Channel Communications', "
 "'Successor iHeartMedia[lower-alpha 1]', 'Founded 1939 (1939)', 'Defunct 1999 (1999)', 'Headquarters Cincinnati, "
 "Ohio'), cut as batches 54zu-63b cut their infoboxes; the empty lines where the copy drops the heading 'History'; the "
 "citation markers '[1]', '[2]', '[3]' (no space before them); cut at the end of the sixth paragraph ('... WKRC-TV in "
 "Cincinnati began broadcasting.'), before the paragraph the excerpt breaks off in ('In 1951, in its first expansion "
 "outside Ohio, Radio Cincinnati acquired a 20 percent interest in WBIR-AM-FM in Knoxville, Tennessee fro'; "
 "`truncated`; a cut at a paragraph end). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'The Taft Broadcasting Company (also known as Taft Television and Radio Company, Incorporated), was an "
 "American media conglomerate' (a comma before 'was'), 'William Howard Taft, the 27th President of the United States', "
 "'William Howard's brother, Charles Phelps Taft, purchased two afternoon newspapers in Cincinnati, The Times and The "
 "Cincinnati Daily Star, merging them into the Cincinnati Times-Star in 1880', 'the merged paper's second publisher, "
 "Hulbert Taft Sr., son of Charles and William Howard's half-brother, Peter Rawson Taft II', 'The company was the "
 "owner of such major media and entertainment properties as Hanna-Barbera Productions, Worldvision Enterprises, "
 "Ruby-Spears Productions, KECO Entertainment', 'It also owned 50% of CIC Video's Australian operations, CIC-Taft Home "
 "Video.', 'its acquisition by Carl Lindner, Jr. to become Great American Broadcasting', 'it became Citicasters and "
 "was in 1999, acquired by Clear Channel Communications, which was renamed iHeartMedia in 2014' (a comma after "
 "'1999'), 'Taft \u2014 as Citicasters \u2014 is still incorporated as a holding company within iHeartMedia' (em "
 "dashes with spaces), 'began in 1939 as Radio Cincinnati, Inc., when the Cincinnati Times-Star purchased WKRC radio "
 "from CBS', 'In April 1949 Taft's first TV station, WKRC-TV in Cincinnati began broadcasting' (no comma after "
 "'Cincinnati'). 239 words. No outage and no near-miss of one told (a reorganization and a bankruptcy are business "
 "events). Recorded CC BY-SA 3.0 (the 2017 snapshot, before Wikimedia's June 2023 move to 4.0). Found at rank 5 of "
 "the query 'Taft Broadcasting Company Cincinnati Hulbert Taft founded WKRC Kings Island Hanna-Barbera acquired Great "
 "American Broadcasting'; web-production-4e80b.up.railway.app (rank 1; a 'Fact-checked by Grok' page, its links "
 "dropped), roll.wiki (rank 2; a summary site), en.wikipedia.org's '= Title =' rendering (rank 3; free, but its "
 "excerpt is the lead only and breaks off in the Clear Channel sentence), thefullwiki.org (rank 4; an older copy, a "
 "timeline), upcscavenger.com (rank 6; link words dropped from the text), yourentertainwiki.blogspot.com (rank 7; a "
 "blog's copy) and ketupa.net (rank 8; a media profile, copyrighted) not used. Taft Broadcasting, Times-Star, "
 "Hanna-Barbera, Worldvision, Ruby-Spears, KECO, Lindner, Great American Broadcasting, iHeartMedia, WKRC: " + CHECKED +
 " ('Taft' elsewhere only as the William Howard Taft National Historic Site in batch 35s's National Park Service "
 "texts; 'Citicasters' in texts on other matters: a DOJ proposed final judgment on Jacor's purchase of Citicasters, an "
 "FCC notice on Citicasters and Clear Channel's control of a Riverbend station and a DOJ bank text; 'Clear Channel' "
 "and 'CBS' in texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via the IPFS copy of English Wikipedia"))

# ---- airline, US: All American Aviation (en.wikipedia.org '= Title =' rendering, undated) -------------------------
AA = [
 "All American Aviation was an airline company founded by Lytle Schooler Adams in 1937. It evolved over the decades "
 "to become Allegheny Airlines, then USAir and subsequently US Airways, with the latter's merger with American "
 "Airlines in 2013 creating the largest airline in the world.",
 "All American Aviation was founded in 1937 as a patent holding company. Its sister company, Tri-State Aviation, was "
 "founded on the same date, serving as the physical operating company. Founder Lytle Schooler Adams was the first "
 "president of both companies.",
 "Adams had started experimenting with an airmail pick-up system in 1927, developing numerous patents on the system, "
 "which he rolled into All American Aviation in 1937. Initial flights of the airline pick-up service were made by a "
 "Stinson Reliant single engine high-wing monoplane. Mail containers were suspended from ropes or cables suspended "
 "from two poles. The aircraft swooped down with a suspended hook hanging below and snagged the rope or cable. This "
 "was further developed in a system that could pick up personnel.",
 "The du Pont family brothers Richard C. du Pont and Alexis Felix du Pont, Jr. bought stock in the company in "
 "1938\u2014on the same date as a bill was passed in Congress to enable the U.S. Post Office to start large scale "
 "experimentation on the airmail pick-up system. Through some manipulations, the du Ponts were able to acquire "
 "majority stock and voted Richard du Pont as the new president.",
 "Actual service did not commence until 1939. The pioneering experimental airmail pickup service was built on routes "
 "radiating from a hub at Pittsburgh, Pennsylvania, from which the airline provided service throughout the Ohio River "
 "valley."]
KEPT["wp-all-american-aviation"] = ("allamerican-enwiki.txt", AA)
R.append(wp("wp-all-american-aviation", "All American Aviation", "https://en.wikipedia.org/wiki/All_American_Aviation",
 "\n\n".join(AA),
 "airlines", ["history", "founding", "founders", "executives", "renaming"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: its lead has US Airways' merger with American Airlines in 2013). Cut: the title line '= All "
 "American Aviation ='; the infobox lines ('Infobox', '- Airline: All American Aviation' to '- Founder: Lytle "
 "Schuyler Adams (President)', with '- Ceased: , (rebranded as Allegheny Airlines)', '- Hubs: Allegheny County "
 "Airport', '- Headquarters: Pittsburgh, Pennsylvania, United States' and '- Key People: Richard C. du Pont "
 "(President)'), so the infobox's spelling 'Schuyler', the Allegheny County Airport and the infobox's posts are not "
 "in the text (cut as batches 54zu-63b cut their infoboxes); the heading '==History=='; cut at the end of the fifth "
 "paragraph ('... throughout the Ohio River valley.'), before the paragraph the excerpt breaks off in ('Ori'; "
 "`truncated`; a cut at a paragraph end). The rendering has no citation markers. No word added or changed. Kept as "
 "written: 'All American Aviation was an airline company founded by Lytle Schooler Adams in 1937' ('Schooler' as the "
 "text spells it), 'It evolved over the decades to become Allegheny Airlines, then USAir and subsequently US Airways, "
 "with the latter's merger with American Airlines in 2013 creating the largest airline in the world', 'Its sister "
 "company, Tri-State Aviation, was founded on the same date, serving as the physical operating company', 'Founder "
 "Lytle Schooler Adams was the first president of both companies', 'a Stinson Reliant single engine high-wing "
 "monoplane', 'Alexis Felix du Pont, Jr.', 'in 1938\u2014on the same date' (an em dash, no spaces), 'large scale "
 "experimentation', 'Through some manipulations, the du Ponts were able to acquire majority stock and voted Richard "
 "du Pont as the new president', 'airmail pick-up system' beside 'airmail pickup service'. 272 words. No outage and "
 "no near-miss of one told (a service that did not begin until 1939 is a start-up, not a disruption). Recorded CC "
 "BY-SA 4.0 (doubtful: undated; a recent rendering, as batches 58p-63b recorded their '= Title =' renderings; an "
 "older revision would be 3.0, whose terms the record meets the same way). Found at rank 3 of the query 'Allegheny "
 "Airlines was an airline in the United States headquartered in Washington, D.C. All American Aviation founded "
 "Richard C. du Pont USAir'; wn.com (rank 1; a copy of an older lead), en.wikipedia.org's 'Allegheny Airlines' (ranks "
 "2 and 8; free, the same company's later article, one text per matter: this one names more posts), aerodacious.com "
 "(rank 4; a dealer's catalogue page), popflock.com (rank 5; a copy), the IPFS copy of 'Allegheny Airlines' (rank 6) "
 "and usmanansari.com (rank 7; a copied news story) not used. All American Aviation, Allegheny Airlines, USAir, "
 "Tri-State Aviation, Lytle, du Pont, Stinson: " + CHECKED + " ('Allegheny' alone in texts on other matters: a DOJ "
 "landfill settlement and a DOJ branch divestiture in western Pennsylvania; 'US Airways' and 'American Airlines' in "
 "texts on other matters, among them train's wp-us-airways-group and a GAO testimony on the 2013 merger, which this "
 "text names in one clause only).", "US",
 copy_of="the Wikipedia article"))

# ---- railways, US: Western Pacific Railroad (en.wikipedia.org '= Title =' rendering, undated) ---------------------
WP_ = [
 "The Western Pacific Railroad was a Class I railroad in the United States. It was formed in 1903 as an attempt to "
 "break the near-monopoly the Southern Pacific Railroad had on rail service into northern California. WP's Feather "
 "River Route directly competed with SP's portion of the Overland Route for rail traffic between Salt Lake "
 "City/Ogden, Utah, and Oakland, California, for nearly 80 years. The Western Pacific was one of the original "
 "operators of the California Zephyr passenger line.",
 "In 1982, the Western Pacific was acquired by the Union Pacific Corporation and it was merged into the Union Pacific "
 "Railroad.",
 "The original Western Pacific Railroad (1862\u20131870) was established in 1862 to build the westernmost portion of "
 "the first transcontinental railroad, between Sacramento and San Jose, California (later to Oakland). After "
 "completing the last link from Sacramento to Oakland, this company was absorbed into the Central Pacific Railroad in "
 "1870.",
 "The second company to use the \"western pacific\" appellation was the Western Pacific Railway Company, founded in "
 "1903. Under the direction of George Jay Gould I, the Western Pacific Railway proposed to build a standard gauge "
 "track connection to the Pacific Coast for his aspiring Gould transcontinental system. Construction was financed by "
 "the Denver and Rio Grande Western Railroad, a company in the Gould system, which had lost access to California due "
 "to the attempted acquisition of the Southern Pacific Railroad by the Rio Grande's main rival, the Union Pacific "
 "Railroad. The Western Pacific Railway acquired the Alameda and San Joaquin Railroad and began construction on what "
 "became known as the Feather River Route."]
KEPT["wp-western-pacific-railroad"] = ("westernpacific-enwiki.txt", WP_)
R.append(wp("wp-western-pacific-railroad", "Western Pacific Railroad",
 "https://en.wikipedia.org/wiki/Western_Pacific_Railroad", "\n\n".join(WP_),
 "railways", ["history", "founding", "acquisitions", "financing", "competition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: 'it was merged into the Union Pacific Railroad' where review.clateway.com's copy of about 2024 "
 "reads 'it was soon merged into'). Cut: the title line '= Western Pacific Railroad ='; the infobox lines "
 "('Infobox', '- Logo: West pacific railroad logo.jpg' to '- Successor Line: Union Pacific Railroad', with '- "
 "Headquarters: Oakland, California', '- Founders: George Jay Gould', '- Marks: WP' and '- Start Year: 1903'), so the "
 "infobox's 'Founders: George Jay Gould' is not in the text (cut as batches 54zu-63b cut their infoboxes); the heading "
 "'==History=='; cut in the fourth paragraph after '... what became known as the Feather River Route.', before the "
 "sentence the excerpt breaks off in ('Completed in 1909, it was the last major rail line connecte'; `truncated`; a "
 "cut inside a paragraph, at a sentence end). The rendering has no citation markers. No word added or changed. Kept "
 "as written: 'It was formed in 1903 as an attempt to break the near-monopoly the Southern Pacific Railroad had on "
 "rail service into northern California', 'WP's Feather River Route directly competed with SP's portion of the "
 "Overland Route for rail traffic between Salt Lake City/Ogden, Utah, and Oakland, California' (a slash, no spaces), "
 "'The Western Pacific was one of the original operators of the California Zephyr passenger line', 'In 1982, the "
 "Western Pacific was acquired by the Union Pacific Corporation and it was merged into the Union Pacific Railroad', "
 "'The original Western Pacific Railroad (1862\u20131870)' (an en dash), 'this company was absorbed into the Central "
 "Pacific Railroad in 1870', 'the \"western pacific\" appellation' (lower case, straight quotes), 'Under the direction "
 "of George Jay Gould I', 'his aspiring Gould transcontinental system', 'Construction was financed by the Denver and "
 "Rio Grande Western Railroad, a company in the Gould system', 'the attempted acquisition of the Southern Pacific "
 "Railroad by the Rio Grande's main rival, the Union Pacific Railroad', 'The Western Pacific Railway acquired the "
 "Alameda and San Joaquin Railroad'. 273 words. No outage and no near-miss of one told (a monopoly, a company absorbed "
 "and lost access to a state are business events). Recorded CC BY-SA 4.0 (doubtful: undated; a recent rendering, as "
 "batches 58p-63b recorded theirs). Found at rank 1 of the query 'The Western Pacific Railroad was a Class I railroad "
 "in the United States formed in 1903 to break the Southern Pacific monopoly, merged into Union Pacific in 1982' (the "
 "lead's own words, after a query of its facts answered with Union Pacific pages only); review.clateway.com (rank 2; "
 "the lead only), memim.com (rank 3; a translation of the German article), theinfolist.com (ranks 4, 6; glossary "
 "text woven into the sentences), funnyaxe2.top (rank 5; search snippets), absoluteastronomy.com (rank 7; glossary "
 "text woven in) and wikisum.wiki (rank 8; a summary site) not used. Western Pacific, Feather River, Alameda and San "
 "Joaquin, Denver and Rio Grande, California Zephyr: " + CHECKED + " ('Union Pacific' in train's wp-ferromex and "
 "batch 45zt's script, other matters; 'Gould' in texts on other matters: Goulds Pumps, people of the name).", "US",
 copy_of="the Wikipedia article"))

# ---- restaurants, US: Horn & Hardart (piglix.com's copy, undated, an older revision) -------------------------------
HH = [
 "Horn & Hardart was a food services company in the United States, noted for operating the first food service "
 "automats in Philadelphia and New York City.",
 "Philadelphia's Joseph Horn (1861\u20131941) and German-born, New Orleans-raised Frank Hardart (1850\u20131918) "
 "opened their first restaurant together in Philadelphia, on December 22, 1888. The small (11 x 17 foot) lunchroom at "
 "39 South Thirteenth Street had no tables, only a counter with 15 stools. Formerly, the location had housed the print "
 "shop of Dunlap & Claypoole, printers to the American Congress and George Washington.",
 "By introducing Philadelphia to New Orleans-style coffee (blended with chicory), which Hardart promoted as their "
 "\"gilt-edge\" brew, they made their tiny luncheonette a local attraction. News of the coffee spread, and the "
 "business flourished. They incorporated as the Horn & Hardart Baking Company in 1898.",
 "Inspired by Max Sielaff 's Automat Restaurants in Berlin, they were among the first 47 restaurants, and the first "
 "non-Europeans to receive patented vending machines from Max Sielaff's Automat GmbH factory in Berlin, the creators "
 "of the first chocolate bar vending machine for Ludwig Stollwerck . The first automat in the U.S. was opened June 12, "
 "1902, at 818 Chestnut St. in Philadelphia by Horn & Hardart. The first New York Automat opened in Times Square July "
 "2, 1912. Later that week, another opened at Broadway and East 14th Street, near Union Square.",
 "In 1924, Horn & Hardart opened retail stores to sell prepackaged automat favorites. Using the advertising slogan, "
 "\"Less Work for Mother,\" the company popularized the notion of easily served \"take-out\" food as an equivalent to "
 "\"home-cooked\" meals."]
KEPT["wp-horn-hardart"] = ("hornhardart-piglix.txt", HH)
R.append(wp("wp-horn-hardart", "Horn & Hardart", "http://piglix.com/piglix/Horn_%26_Hardart", "\n\n".join(HH),
 "restaurants", ["history", "founding", "founders", "suppliers"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision, as batches 22b, 61e, 62d and 63c dated their piglix.com copies: its lead names Philadelphia and New York "
 "City only, where the later copy quoted on opry5c7dec.pages.dev adds Baltimore). The excerpt has no title line, "
 "infobox, heading or citation marker; its paragraphs are single lines, joined here with blank lines. Kept whole: the "
 "excerpt ends at a sentence end ('... equivalent to \"home-cooked\" meals.'), but the copy goes on past it (an excerpt "
 "is never a whole page), so `truncated`. No word added or changed. Kept as written: 'Horn & Hardart was a food "
 "services company in the United States, noted for operating the first food service automats', 'Philadelphia's "
 "Joseph Horn (1861\u20131941) and German-born, New Orleans-raised Frank Hardart (1850\u20131918)' (en dashes), 'The "
 "small (11 x 17 foot) lunchroom at 39 South Thirteenth Street', 'the print shop of Dunlap & Claypoole, printers to "
 "the American Congress and George Washington', 'which Hardart promoted as their \"gilt-edge\" brew', 'They "
 "incorporated as the Horn & Hardart Baking Company in 1898', 'Inspired by Max Sielaff 's Automat Restaurants in "
 "Berlin' (a space before the apostrophe), 'the first non-Europeans to receive patented vending machines from Max "
 "Sielaff's Automat GmbH factory in Berlin, the creators of the first chocolate bar vending machine for Ludwig "
 "Stollwerck .' (a space before the full stop), 'The first automat in the U.S. was opened June 12, 1902, at 818 "
 "Chestnut St. in Philadelphia by Horn & Hardart', 'The first New York Automat opened in Times Square July 2, 1912', "
 "'Using the advertising slogan, \"Less Work for Mother,\"'. 264 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (an older revision, as batches 62d and 63c recorded their piglix.com copies). Found at rank 1 "
 "of the query 'Horn & Hardart was a food services company in the United States noted for operating the first food "
 "service automats in Philadelphia and New York City founded by Joseph Horn and Frank Hardart'; bfjaawards.com (ranks "
 "2, 4; Britannica's article translated, copyrighted), infomutt.com (rank 3; an early copy naming 'Paul Hardart'), "
 "cinxe.com (rank 5; raw HTML), hornandhardart.com (rank 6; the revived brand's own page), bullseye.consulting (rank "
 "7; a copied news story) and opry5c7dec.pages.dev (rank 8; a spam page) not used. Horn & Hardart, Hardart, Sielaff, "
 "Stollwerck, Dunlap & Claypoole: " + CHECKED + " ('Automat' only as part of 'automatic' and like words in texts on "
 "other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))


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

#!/usr/bin/env python3
"""Batch 68w (session 62; gatherer lane 68w): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68r, kept to an American film studio, an American computer game developer and a British wired
broadcasting company, new to the corpus: Grand National Films, Inc (Grand National Pictures, Grand National
Productions, Grand National Film Distributing Co.), the independent production-distribution company founded in 1936 by
the film exchange manager Edward L. Alperson on the basis of Harry F. Thomas's First Division Pictures, with Educational
Pictures' production facilities (film production, US); Cinemaware, the computer game developer and publisher founded
in 1985 by Bob and Phyllis Jacob, maker of Defender of the Crown and the 'TV Sports' line, two of whose titles Data
East released in the United States, acquired by eGames in 2005 (video games, US); and Rediffusion, the trading name of
Broadcast Relay Service Limited, founded in March 1928 for Joshua Powell, its cable radio service in Hull from January
1929, its 'Piped TV', its Redifon companies, Associated-Rediffusion and Rediffusion International Music, and Radio
Distribution (Barbados) Limited of 1934 (broadcasting and cable relay, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Grand National Films Inc.' (recent), piglix.com's copy of
'Cinemaware' (under the page name 'Cinemaware_Marquee'; undated, an older revision) and en.m.wikipedia.org's rendering
of 'Rediffusion' (through its 'Redifon' redirect; undated, a recent revision); two cut at a sentence end before the
sentence their excerpt breaks off in, the third whole as its excerpt holds it (`truncated`: the excerpt is not the
whole article). Edits per item in `notes` (title lines, infobox lines, a section heading with its glued 'edit' link
and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69w/src), the markers ('[1]', ' [1]', '[edit]', '[citation needed]')
dropped and whitespace runs compared as one space, as batches 55e-68r did. No text tells an outage or a near-miss of
one. newskg (or any extractor) was not run on any text. A round of three: eight queries, three answered with English
Wikipedia text on a company not yet in the corpus and were taken (round notes, /tmp/gather69w/NOTES.md; queries,
/tmp/gather69w/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68w.py [POOL_DIR] [--dry]   (default /tmp/gather69w/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69w/pool"
SRC = "/tmp/gather69w/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, and hits in GATHERING.md "
           "only in its lists of leads and names checked, none in the session-62 pools (/tmp/gather69*/pool) or in "
           "/work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film production, US: Grand National Films (en.wikipedia.org's '= Title =' rendering, recent) ------------------
GN = [
 "Grand National Films, Inc (or Grand National Pictures, Grand National Productions and Grand National Film "
 "Distributing Co.) was an American independent motion picture production-distribution company in operation from 1936 "
 "to 1939. The company had no relation to the British Grand National Pictures (although the British firm used the "
 "American company's logo).",
 "Edward L. Alperson, a film exchange manager, founded Grand National in 1936 on the basis of First Division Pictures, "
 "of which he was on the board of directors. What United Artists was to major independent producers, Harry F. "
 "Thomas's First Division was to low-budget producers: a convenient releasing outlet for individual pictures, and "
 "successful within its own market. Its feature-length releases, usually produced by Mayfair Pictures, Willis Kent, "
 "or Bernard B. Ray, were split between westerns, mysteries, \"problem\" melodramas, and action fare. First Division "
 "was also the original distributor of The March of Time, short-subject documentaries that were well received during "
 "their first year of production (1935); RKO took over the series after four installments.",
 "In April 1936, Alperson took over First Division's film exchanges, existing product line, and contracts. The First "
 "Division name had become associated with low-budget productions, so Alperson renamed the company Grand National Film "
 "Distributing Company, aiming to release higher-grade features for independent theaters, just like fellow upstart "
 "Republic Pictures. By the summer, he had begun development of a California-based production entity, Grand National "
 "Productions, sharing the production facilities of comedy-shorts company Educational Pictures. By October, he had his "
 "first original films ready for release."]
KEPT["wp-grand-national-films"] = ("grandnational.txt", GN)
R.append(wp("wp-grand-national-films", "Grand National Films Inc.",
 "https://en.wikipedia.org/wiki/Grand_National_Films_Inc.", "\n\n".join(GN),
 "film production", ["history", "founding", "founders", "distribution", "executives"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering holds it in the page store (no revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68r recorded their en.wikipedia.org renderings: its "
 "'The First Division name had become associated with low-budget productions' and 'sharing the production facilities "
 "of comedy-shorts company Educational Pictures' are newer than db0nus869y26v.cloudfront.net's copy at rank 5 of the "
 "same query ('As First Division had become synonymous with low-budget productions', 'at the Educational Pictures "
 "studios') and wikiz.com's at rank 6; doubtful: no revision id). Cut: the title line '= Grand National Films Inc. =';"
 " the infobox lines between the title and the lead ('Grand National Films, Inc.', '- Fate: Liquidation' to '- Key "
 "People: Edward L. Alperson', with '- Location: Los Angeles, California, United States', so Los Angeles is not in the "
 "text); the heading '==History and releases=='; cut after '... he had his first original films ready for release.', "
 "before the sentence the excerpt breaks off in (its first word 'Alperson ' alone; `truncated`). The rendering has no "
 "citation markers. No word added or changed. Kept as written: 'Grand National Films, Inc (or Grand National Pictures, "
 "Grand National Productions and Grand National Film Distributing Co.)' (no period after 'Inc', the infobox's 'Inc.' "
 "cut), 'in operation from 1936 to 1939', 'The company had no relation to the British Grand National Pictures "
 "(although the British firm used the American company's logo)', 'Edward L. Alperson, a film exchange manager, founded "
 "Grand National in 1936 on the basis of First Division Pictures, of which he was on the board of directors', 'What "
 "United Artists was to major independent producers, Harry F. Thomas's First Division was to low-budget producers', "
 "'usually produced by Mayfair Pictures, Willis Kent, or Bernard B. Ray', '\"problem\" melodramas' (straight quotation "
 "marks), 'First Division was also the original distributor of The March of Time', '(1935); RKO took over the series "
 "after four installments', 'In April 1936, Alperson took over First Division's film exchanges, existing product line, "
 "and contracts', 'so Alperson renamed the company Grand National Film Distributing Company', 'just like fellow "
 "upstart Republic Pictures', 'a California-based production entity, Grand National Productions, sharing the "
 "production facilities of comedy-shorts company Educational Pictures', 'By the summer', 'By October'. {WORDS} words. "
 "No outage and no near-miss of one told. Found at rank 8 of the query 'Grand National Films American film studio "
 "founded 1936 Edward L. Alperson' (Grand National Films a name of batches 67x's, 68f's, 68l's and 68r's lists of "
 "leads); an IMDb biography behind a web proxy (rank 1; not Wikipedia), ww-w.pages.dev (rank 2; numbered fragments), "
 "memim.com (rank 3; a machine translation of the German article), learnaboutmovieposters.com (rank 4; a poster "
 "site), db0nus869y26v.cloudfront.net (rank 5; an older copy), wikiz.com (rank 6; an older copy in a site frame, 'Get "
 "Our Extension') and en.wikipedia.org's old 'Jump to: navigation, search' rendering of the 'Grand National Pictures' "
 "redirect (rank 7; an older revision) not used. Grand National, Alperson, First Division, Educational Pictures, "
 "Mayfair Pictures, Harry F. Thomas, Astor Pictures, March of Time, Willis Kent, Bernard B. Ray: " + CHECKED + " "
 "('Grand National' only in GATHERING.md's lists of leads; 'Republic Pictures' in dev's wp-republic-pictures and "
 "'United Artists' and 'RKO' in texts on other matters).", "US"))

# ---- video games, US: Cinemaware (piglix.com's copy, undated, an older revision) ------------------------------------
CW = [
 "Cinemaware was a computer game developer and publisher that released several popular titles in the 1980s based on "
 "various movie themes. The company was resurrected in 2000, before being acquired by eGames in 2005.",
 "Founded in 1985 by Bob and Phyllis Jacob, Cinemaware's first title was the popular Defender of the Crown, a "
 "swashbuckling adventure featuring graphics that were considered extraordinary for the era. Bob Jacob was a movie "
 "buff, and Cinemaware released other popular games based on classic movie genres that also emphasized action, "
 "graphics, and ease of play. Its games generally debuted on the most graphically powerful home computer of the era, "
 "the Amiga, and then ported to others, such as the Apple IIGS, Atari ST, Commodore 64, PC (running under MS-DOS), and "
 "the Nintendo Entertainment System. Defender of the Crown is the most ported Cinemaware game.",
 "Cinemaware eventually expanded to sports games, with its \"TV Sports\" line, which featured elements of sports "
 "telecasts such as studio announcers. The \"TV Sports\" line covered basketball, ice hockey and football. Some of the "
 "titles were only known by \"TV Sports\" name in Europe, TV Sports: Boxing and TV Sports: Baseball, which were "
 "released in the United States by Data East as ABC Wide World of Sports Boxing and Bo Jackson Baseball "
 "respectively."]
KEPT["wp-cinemaware"] = ("cinemaware.txt", CW)
R.append(wp("wp-cinemaware", "Cinemaware", "http://piglix.com/piglix/Cinemaware_Marquee", "\n\n".join(CW),
 "video games", ["history", "founding", "founders", "products", "acquisition", "distribution"],
 "The article as piglix.com (a site serving copies of English Wikipedia articles; batches 21b-31a, 64k-65e and 68c "
 "used its copies) holds it in the page store, under the page name 'Cinemaware_Marquee' (the article's own text, "
 "opening 'Cinemaware was a computer game developer and publisher'; no date or revision id held; an older revision by "
 "its wording, piglix.com's copies being of about 2017, as batches 64k, 65e and 68c recorded; recorded 3.0, doubtful: "
 "undated). No cut within the excerpt: it holds no title line, infobox, heading or citation marker, and its three "
 "paragraphs are kept whole, joined with blank lines; `truncated` (the page store's excerpt, not the whole article: "
 "it ends at the end of the paragraph on the 'TV Sports' line). No word added or changed. Kept as written: "
 "'Cinemaware was a computer game developer and publisher that released several popular titles in the 1980s', 'The "
 "company was resurrected in 2000, before being acquired by eGames in 2005', 'Founded in 1985 by Bob and Phyllis "
 "Jacob, Cinemaware's first title was the popular Defender of the Crown' (the founding phrase hung on the title, as "
 "written), 'Bob Jacob was a movie buff', 'the Amiga, and then ported to others, such as the Apple IIGS, Atari ST, "
 "Commodore 64, PC (running under MS-DOS), and the Nintendo Entertainment System', 'its \"TV Sports\" line' (straight "
 "quotation marks), 'Some of the titles were only known by \"TV Sports\" name in Europe' (no 'the' before '\"TV "
 "Sports\" name'), 'TV Sports: Boxing and TV Sports: Baseball, which were released in the United States by Data East "
 "as ABC Wide World of Sports Boxing and Bo Jackson Baseball respectively'. {WORDS} words. No outage and no near-miss "
 "of one told. Found at rank 4 of the query 'Cinemaware Bob Jacob Phyllis Jacob Defender of the Crown Master Designer "
 "Software Mindscape eGames acquired' (Cinemaware a name of batches 68f's, 68l's and 68r's lists of leads, batch "
 "68r's reserve: the same piglix.com copy at rank 3 of its query); dev.pandur.de (rank 1; German), rulit.me (rank 2; "
 "a Russian book), gamasutra.com and gamedeveloper.com (ranks 3, 5-8; interviews, copyrighted) not used. Cinemaware, "
 "Bob Jacob, Phyllis, Master Designer, Defender of the Crown, Data East, Bo Jackson, Wide World of Sports, Apple IIGS: "
 + CHECKED + " ('Cinemaware', 'Phyllis', 'Master Designer', 'Defender of the Crown' and 'Data East' only in "
 "GATHERING.md's lists of leads; 'eGames' in train's wp-starbreeze-studios, 'TV Sports' in train's "
 "wn-wheelchair-rugby-tri-nations-series-begins-2013, and 'Amiga', 'Atari ST', 'Commodore 64' and 'Nintendo "
 "Entertainment System' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via piglix.com"))

# ---- broadcasting, UK: Rediffusion (en.m.wikipedia.org's rendering, undated, a recent revision) ----------------------
RD = [
 "Rediffusion was a business that distributed radio and TV signals through wired relay networks. The business gave "
 "rise to a number of other companies, including Associated-Rediffusion, later known as Rediffusion London, the first "
 "ITV (commercial television) franchisee to go on air in the UK. Rediffusion also spawned a record label, Rediffusion "
 "International Music, in 1968 (which was also responsible for the short-lived Koala label).",
 "Redifon was the name used, until 1981, for companies in the capital goods businesses of Rediffusion, namely Redifon "
 "Computers, Redifon Flight Simulation and Redifon Telecommunications.",
 "The Rediffusion brand has been revived and is currently used in China on consumer electrical products and on LED "
 "televisions in the UK.",
 "Rediffusion was the trading name of Broadcast Relay Service Limited, founded in March 1928 for Joshua Powell (9 May "
 "1871 \u2013 October 1946).",
 "In January 1929, the company introduced its first cable radio service in Hull to customers frustrated with the "
 "difficulties of tuning in weak radio broadcasts. In the customer premises, nothing more than a selector switch and "
 "loudspeaker were needed. Initially, the service consisted primarily of rebroadcasts of the BBC Radio service, which "
 "was reflected in the trading name: Rediffusion simply means \"broadcasting again\".",
 "Rediffusion quickly branched out into making, renting, and selling radios, both receivers for its cable services and "
 "conventional models. With the arrival of the first experimental television broadcasts in the 1930s, Rediffusion "
 "began manufacturing TV sets and supplying \"Piped TV\", an early form of cable TV service, to its customers, until "
 "the cessation of television broadcasts during the Second World War.",
 "The first British colony to have the Rediffusion service was Barbados in 1934, when Radio Distribution (Barbados) "
 "Limited was formed.",
 "A year later, Rediffusion started operating in Malta."]
KEPT["wp-rediffusion"] = ("rediffusion.txt", RD)
R.append(wp("wp-rediffusion", "Rediffusion", "https://en.m.wikipedia.org/wiki/Redifon", "\n\n".join(RD),
 "broadcasting/cable relay", ["history", "founding", "subsidiaries", "services", "international"],
 "The article as en.m.wikipedia.org's rendering holds it in the page store, through the redirect 'Redifon' (the "
 "article 'Rediffusion', whose lead opens 'Rediffusion was a business that distributed radio and TV signals'; no date "
 "or revision id held; a recent revision by its wording: 'the first ITV (commercial television) franchisee to go on "
 "air in the UK' and 'founded in March 1928 for Joshua Powell', where worldlibrary.in's older copy at rank 6 of the "
 "second query has 'one of the first companies to win a terrestrial ITV ... franchise' and 'formed in 1928'; recorded "
 "4.0, doubtful: undated). Cut: the citation markers ('[1][2]', '[3]', '[4]'); the section heading 'Early history' "
 "with the 'edit' link glued to the next paragraph's first word in this rendering ('editRediffusion was the trading "
 "name'); cut after 'A year later, Rediffusion started operating in Malta.', before the sentence the excerpt breaks off "
 "in ('Transmissions in Malta started from Hamrun on 11 No'; `truncated`), so Hamrun is not in the text. The rendering "
 "has no title line or infobox in this excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'The business gave rise to a number of other companies, including Associated-Rediffusion, later known as "
 "Rediffusion London, the first ITV (commercial television) franchisee to go on air in the UK', 'Rediffusion also "
 "spawned a record label, Rediffusion International Music, in 1968 (which was also responsible for the short-lived "
 "Koala label)', 'Redifon was the name used, until 1981, for companies in the capital goods businesses of Rediffusion, "
 "namely Redifon Computers, Redifon Flight Simulation and Redifon Telecommunications', 'The Rediffusion brand has been "
 "revived and is currently used in China', 'Rediffusion was the trading name of Broadcast Relay Service Limited, "
 "founded in March 1928 for Joshua Powell (9 May 1871 \u2013 October 1946)' ('for', as written; the en dash), 'In "
 "January 1929, the company introduced its first cable radio service in Hull', 'the BBC Radio service', 'Rediffusion "
 "simply means \"broadcasting again\"' (straight quotation marks), 'supplying \"Piped TV\", an early form of cable TV "
 "service, to its customers', 'The first British colony to have the Rediffusion service was Barbados in 1934, when "
 "Radio Distribution (Barbados) Limited was formed', 'A year later, Rediffusion started operating in Malta'. {WORDS} "
 "words. No outage and no near-miss of one told ('until the cessation of television broadcasts during the Second World "
 "War' is a wartime closure of broadcasting, a government matter, not a failure of Rediffusion's systems). Found at "
 "rank 1 of the query 'Rediffusion trading name of Broadcast Relay Service Limited founded March 1928 Joshua Powell "
 "Redifon Associated-Rediffusion' and at rank 3 of the query 'Rediffusion British broadcasting relay company history "
 "Broadcast Relay Service founded' (the same words; Rediffusion a name of batches 68f's, 68l's and 68r's lists of "
 "leads); rediffusion.london (ranks 1, 2 of the first query; a heritage site), sciencemuseumgroup.org.uk (a museum's "
 "note), gracesguide.co.uk (another company), oldplymouth.uk, rediffusion.info, rediffusionuk.com, "
 "rediffusion-television.co.uk, madsensmemories.com and radiomuseum.org (tribute, brand and memoir pages, no open "
 "licence stated) and worldlibrary.in (rank 6 of the second query; an older copy under another publisher's name) not "
 "used. Rediffusion, Associated-Rediffusion, Redifon, Broadcast Relay, Joshua Powell, British Electric Traction, "
 "Hamrun, Koala, Rediffusion International, Radio Distribution: " + CHECKED + " ('Rediffusion' only in GATHERING.md's "
 "lists of leads).", "non-US", copy_of="the Wikipedia article 'Rediffusion', as en.m.wikipedia.org renders it"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))


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

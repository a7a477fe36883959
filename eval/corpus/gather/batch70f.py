#!/usr/bin/env python3
"""Batch 70f (session 64; gatherer lane 70f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69aj, kept to two British film companies and an American radio network new to the corpus: the
Associated British Picture Corporation (originally British International Pictures), the film production, distribution
and exhibition company founded in 1927 by John Maxwell, which acquired British Pathé in 1937 and was absorbed into EMI
in 1970 (film, UK); the Mutual Broadcasting System, the American radio network of 1934-1999 launched as a cooperative,
whose majority ownership General Tire assumed in 1952 and whose last parent, Westwood One, bought it in 1985
(broadcasting, US); and British Lion Films, the film production and distribution company founded in 1927 by Sam W.
Smith, revived under Edgar Wallace, whose controlling interest Alexander Korda's London Films bought in 1946 and which
EMI Films took over in 1976 (film, UK). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt
(`search`, corpus `pages`; never a whole page): piglix.com's free copy of 'Associated British Picture Corporation'
(filed under 'Warner-Pathé'; an older revision, recorded 3.0), the-uncensored-wiki.com's static copy of 'Mutual
Broadcasting System' (a 2006 revision, recorded 3.0 as batch 25b recorded that site) and en.wikipedia.org's own page
'British Lion Films' (recent, recorded 4.0); each cut at a sentence end before the sentence its excerpt breaks off in,
or at the excerpt's end (`truncated`: each article goes on). Edits per item in `notes` (title lines, a site line,
infobox lines, headings and citation markers cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70f/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-69aj did. No text tells an
outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: ten queries, three
answered with English Wikipedia text on a company not yet in the corpus and were taken (a fourth, London Films, left:
named in the British Lion text; round notes,
/tmp/gather70f/NOTES.md; queries, /tmp/gather70f/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70f.py [POOL_DIR] [--dry]   (default /tmp/gather70f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70f/pool"
SRC = "/tmp/gather70f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt, as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film, UK: Associated British Picture Corporation (piglix.com's copy, filed under 'Warner-Pathé') ----------------
AB = [
 "Associated British Picture Corporation (ABPC), originally British International Pictures (BIP), was a British film "
 "production, distribution and exhibition company active from 1927 until 1970 when it was absorbed into EMI. ABPC "
 "also owned approximately 500 cinemas in Britain by 1943. The studio was partly owned by Warner Bros. from about 1940 "
 "until 1969; the American company also owned a stake in ABPC's distribution arm, Warner-Path\u00e9, from 1958. It "
 "formed one half of a vertically integrated film industry duopoly in Britain with the Rank Organisation.",
 "The company was founded during 1927 by Scottish solicitor John Maxwell after he had purchased British National "
 "Studios and its Elstree Studios complex and merged it with his ABC Cinemas circuit, renaming the company British "
 "International Pictures. He appointed Joseph Grossman, formerly manager of the Stoll Studios, his Studio Manager. "
 "During its early years the company's most prominent work was that directed by Alfred Hitchcock, including the film "
 "Blackmail (1929), usually regarded as the first British all-talkie. Hitchcock left the company in 1933 to work for "
 "the rival British Gaumont. The company was renamed Associated British Picture Corporation in 1933 and was now in a "
 "position to vertically integrate production, distribution and exhibition of films.",
 "Under Maxwell's paternalistic management the company prospered and during 1937 it acquired British Path\u00e9, which "
 "as Associated British Path\u00e9 now functioned as the distribution division. After Maxwell's death in October 1940, "
 "his widow Catherine sold a large number of shares to Warner Bros., who, although the Maxwell family remained the "
 "largest shareholders, were able to exercise a measure of control. The studio at Elstree was taken over by the "
 "government for the duration of the war, and film production was restricted to B-Pictures made at the company's "
 "smaller studio in Welwyn Garden City. This studio complex closed in 1950."]
KEPT["wp-associated-british-picture-corporation"] = ("abpc.txt", AB)
R.append(wp("wp-associated-british-picture-corporation", "Associated British Picture Corporation",
 "http://piglix.com/piglix/Warner-Path%C3%A9", "\n\n".join(AB),
 "film production", ["history", "founding", "founders", "executives", "acquisition", "ownership"],
 "The article as piglix.com's copy holds it in the page store (filed under 'Warner-Path\u00e9', a redirect's name; no "
 "date or revision id held; an older revision, recorded 3.0 as batch 61e recorded piglix.com's copies). Cut: the "
 "site's line '*** Welcome to piglix ***' and the title line 'Warner-Path\u00e9'; the excerpt has no infobox lines, "
 "headings or citation markers; it ends at the end of a sentence ('... This studio complex closed in 1950.'), kept "
 "whole; the article goes on (`truncated`). No word added or changed. Kept as written: 'originally British "
 "International Pictures (BIP)', 'active from 1927 until 1970 when it was absorbed into EMI', 'approximately 500 "
 "cinemas in Britain by 1943', 'partly owned by Warner Bros. from about 1940 until 1969', 'owned a stake in ABPC's "
 "distribution arm, Warner-Path\u00e9, from 1958', 'a vertically integrated film industry duopoly in Britain with the "
 "Rank Organisation', 'founded during 1927 by Scottish solicitor John Maxwell after he had purchased British National "
 "Studios and its Elstree Studios complex and merged it with his ABC Cinemas circuit', 'He appointed Joseph Grossman, "
 "formerly manager of the Stoll Studios, his Studio Manager', 'the film Blackmail (1929)', 'the rival British "
 "Gaumont', 'renamed Associated British Picture Corporation in 1933', 'during 1937 it acquired British Path\u00e9, "
 "which as Associated British Path\u00e9 now functioned as the distribution division', 'After Maxwell's death in "
 "October 1940, his widow Catherine sold a large number of shares to Warner Bros.', 'B-Pictures', 'Welwyn Garden "
 "City'. 298 words. No outage and no near-miss of one told. Found at rank 8 of the query 'Associated British Picture "
 "Corporation British film production John Maxwell Elstree history' (Associated British Picture Corporation a name of "
 "round 69ac's leads); wikimili.com (rank 1; a newer copy that breaks off in its third paragraph), "
 "the-uncensored-wiki.com (rank 2; a 2012 dump, the 1937/1933 order differing), hyperleap.com (rank 3; snippets "
 "under other titles), screenonline.org.uk (rank 4; the BFI's own essay), absoluteastronomy.com (rank 5; words "
 "dropped at line breaks), pinocchiopedia.com (rank 6; 'edit' links run in) and ipfs.io (rank 7; a 2017 copy) not "
 "used. Associated British Picture, British International Pictures, ABPC, John Maxwell, Elstree, British Path\u00e9, "
 "Warner-Path\u00e9, Joseph Grossman, Stoll Studios: " + CHECKED + " (GATHERING.md: Associated British Picture only "
 "in round 69ac's leads; 'Associated British' otherwise in train wp-twinings and dev wp-red-funnel as Associated "
 "British Foods and Associated British Ports, other companies; 'ABC Cinemas' once in a query list; 'Hitchcock' in "
 "test wp-gainsborough-pictures, 'Warner Bros' and 'Rank Organisation' in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- broadcasting, US: Mutual Broadcasting System (the-uncensored-wiki.com's 2006 copy) --------------------------------
MU = [
 "The Mutual Broadcasting System (MBS) was an American radio network, in operation from 1934 to 1999. Of the four "
 "national networks of American radio's classic era, for decades it had the largest number of afffiliates but the "
 "least certain financial position. It was best known as the original network home of The Lone Ranger; as the "
 "long-time radio residence of The Shadow, as well as baseball's All-Star Game and World Series and Notre Dame "
 "football; and for its news and commentary shows. Toward the end of its run as a major programmer, it introduced the "
 "country to Larry King.",
 "Mutual was launched as a cooperative, with its members sharing expenses (e.g., phone line rental fees for audio "
 "transmission, promotional costs), their own original programming, and advertising revenues. Attempts at "
 "establishing such cooperative radio networks had been made since the 1920s. In 1929, a group of four radio "
 "stations in the major markets of New York City, Chicago, Cincinnati, and Detroit organized into a loose "
 "confederation known as the Quality Network. Five years later, a similar or identical group of stations founded "
 "Mutual.",
 "By late 1936, the Mutual Broadcasting System had affiliates from coast to coast. Its business structure would "
 "change after General Tire, through a series of regional and individual station acquisitions, assumed majority "
 "ownership in 1952. Once General Tire sold the network in 1957, its ownership was largely disconnected from the "
 "stations it served, leading to a more conventional, top-down model of program production and distribution. Mutual "
 "changed hands frequently in succeeding years\u2014even leaving aside larger-scale acquisitions and mergers, its "
 "final direct corporate parent, Westwood One, which purchased it in 1985, was the seventh in a string of new owners "
 "that followed General Tire."]
KEPT["wp-mutual-broadcasting-system"] = ("mutual.txt", MU)
R.append(wp("wp-mutual-broadcasting-system", "Mutual Broadcasting System",
 "http://the-uncensored-wiki.com:20061/m/u/t/Mutual_Broadcasting_System_6892.html", "\n\n".join(MU),
 "broadcasting", ["history", "founding", "acquisition", "ownership"],
 "The article as an old static copy of English Wikipedia holds it in the page store (the-uncensored-wiki.com, a 2006 "
 "revision: 'From Wikipedia, the free encyclopedia'; recorded 3.0 as batch 25b recorded that site's 2006 copies). "
 "Cut: the title line 'Mutual Broadcasting System', the line 'From Wikipedia, the free encyclopedia', the citation "
 "marker after 'founded Mutual.', the contents line 'Contents |' and the headings '[edit] History' and '[edit] "
 "1930s: Starting out'; cut before the sentence the excerpt breaks off in ('Mutual's original participating stations "
 "were WOR\u2013Newa'; `truncated`). No word added or changed. Kept as written: 'in operation from 1934 to 1999', "
 "'afffiliates' (three f's), 'the original network home of The Lone Ranger; as the long-time radio residence of The "
 "Shadow', 'baseball's All-Star Game and World Series and Notre Dame football', 'introduced the country to Larry "
 "King', '(e.g., phone line rental fees for audio transmission, promotional costs)', 'since the 1920s', 'In 1929, a "
 "group of four radio stations ... organized into a loose confederation known as the Quality Network', 'Five years "
 "later, a similar or identical group of stations founded Mutual', 'By late 1936', 'after General Tire, through a "
 "series of regional and individual station acquisitions, assumed majority ownership in 1952', 'Once General Tire "
 "sold the network in 1957', 'succeeding years\u2014even leaving aside' (an unspaced em dash), 'its final direct "
 "corporate parent, Westwood One, which purchased it in 1985, was the seventh in a string of new owners'. 285 words. "
 "No outage and no near-miss of one told. Found at rank 6 of the query 'Mutual Broadcasting System origins 1934 WOR "
 "Bamberger WGN Chicago Tribune WLW WXYZ Quality Group cooperative network incorporated' (Mutual Broadcasting System "
 "a name of the leads of rounds 69r and 69x); sk.sagepub.com (rank 1; an encyclopedia behind a sign-in), "
 "zalansite.site (rank 2; a MediaWiki edit form with raw markup), oldradio.com (rank 3; James Snyder's own "
 "history, also at docslib.org), a page without an address (rank 4; no site to record), en-academic.com (ranks 5, 8; a newer lead with "
 "the programmes only, cut off in its third paragraph) and de.zxc.wiki (rank 7; a revision diff) not used; the "
 "first two queries' pages (iiab.me's Kiwix 2023-10 copy and wikizero.com, pinocchiopedia.com, wikien4.appspot.com "
 "(a garbled 'w'-for-'l' copy), an ipfs copy: the lead and infobox only, no owners named; lantern.mediahist.org (a "
 "1958 trade paper's OCR), misterk60.com (a fan history)) left. Mutual Broadcasting, Quality Network, Westwood One, "
 "Larry King, Lone Ranger: " + CHECKED + " (GATHERING.md: Mutual Broadcasting System only in the leads of earlier "
 "rounds; 'General Tire' in train wp-general-tire and dev wp-yankee-network, texts on other matters that do not "
 "name Mutual; 'New York City', 'Chicago', 'Cincinnati' and 'Detroit' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, a 2006 revision on an old static mirror"))

# ---- film, UK: British Lion Films (en.wikipedia.org's own page) -------------------------------------------------------
BL = [
 "British Lion Films is a film production and distribution company active under several forms since 1919. It was "
 "originally known as British Lion Film Corporation Ltd. It entered receivership on 1 June 1954. From 29 January 1955 "
 "to 1976, the company was known as British Lion Films Ltd, and was a pure distribution company.",
 "British Lion was founded in November 1927 by Sam W. Smith (brother of Herbert Smith). By the end of the Second World "
 "War the company had released over 55 films, including In Which We Serve (1942), for which writer/producer No\u00ebl "
 "Coward received an Academy Award. It is best known for the period when it was managed by Sir Alexander Korda. "
 "Korda's company London Films bought the controlling interest in British Lion in 1946 and then acquired Shepperton "
 "Studios, basing its productions there. In 1949, due to financial problems, the company accepted a loan from the "
 "National Film Finance Corporation. Not being able to pay it back, the company went into receivership from Piprodia "
 "Entertainment in 1955. As a result, British Lion Films Ltd. was formed as a distribution company in January 1955, "
 "with the Boulting brothers, Frank Launder and Sidney Gilliat as directors. Until 1976 their distributor filmography "
 "included 155 films.",
 "British Lion Films Ltd was taken over by EMI Films in 1976. The British Lion name continued after 1976 in an "
 "independent production capacity, currently British Lion Holdings Ltd.",
 "British Lion Films was established in 1918 and operated for a number of years before going broke. It revived in "
 "1927 under the chairmanship of Edgar Wallace."]
KEPT["wp-british-lion-films"] = ("britishlion.txt", BL)
R.append(wp("wp-british-lion-films", "British Lion Films", "https://en.wikipedia.org/wiki/British_Lion_Films",
 "\n\n".join(BL),
 "film production", ["history", "founding", "founders", "executives", "acquisition", "ownership"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent; no revision id held; recorded "
 "4.0) holds it in the page store. Cut: the title line '= British Lion Films =', the infobox lines ('British Lion "
 "Films', '- Logo: British lion.jpg' to '- Parent: Thorn-EMI Films (1976\u20131982), Anchor Bay Entertainment "
 "(2008\u20132011)'; so 'Thorn-EMI Films' and 'Anchor Bay Entertainment' are not in the text), the headings "
 "'==History==' and '===Early years==='; cut before the sentence the excerpt breaks off in ('In the 1930s, British "
 "Lion focused on distributing \"quota quickies\", films produced to fu'; `truncated`). The rendering has no citation "
 "markers. No word added or changed. Kept as written: 'active under several forms since 1919', 'originally known as "
 "British Lion Film Corporation Ltd.', 'It entered receivership on 1 June 1954', 'From 29 January 1955 to 1976, the "
 "company was known as British Lion Films Ltd', 'founded in November 1927 by Sam W. Smith (brother of Herbert "
 "Smith)', 'In Which We Serve (1942), for which writer/producer No\u00ebl Coward received an Academy Award', 'managed "
 "by Sir Alexander Korda', 'Korda's company London Films bought the controlling interest in British Lion in 1946 and "
 "then acquired Shepperton Studios', 'accepted a loan from the National Film Finance Corporation', 'went into "
 "receivership from Piprodia Entertainment in 1955' (as the page has it), 'British Lion Films Ltd. was formed as a "
 "distribution company in January 1955, with the Boulting brothers, Frank Launder and Sidney Gilliat as directors', "
 "'taken over by EMI Films in 1976', 'currently British Lion Holdings Ltd.', 'established in 1918' (beside 'since "
 "1919' in the lead, as written), 'It revived in 1927 under the chairmanship of Edgar Wallace'. 261 words. No outage "
 "and no near-miss of one told. Found at rank 7 of the query 'British Lion Films British film production distribution "
 "company founded 1919 Edgar Wallace Beaconsfield Studios Korda' (British Lion Films, 0 hits, turned from round 69k's "
 "and 69ac's leads on British film companies); theinfolist.com (rank 1; glosses run in), liquisearch.com (ranks 2, 6; "
 "an older lead with quotations run in), artikeldigital.com (rank 3; the same words, a site not recorded before), "
 "parkdrivepictures.com (rank 4; the company's own page), worddisk.com (rank 5; the lead only) and acmi.net.au "
 "(rank 8; the lead via Wikidata) not used. British Lion, London Films, Korda, Shepperton, National Film Finance, "
 "Piprodia, Boulting, Gilliat, Edgar Wallace, Sam W. Smith, Herbert Smith, In Which We Serve: " + CHECKED + " ('EMI "
 "Films' once in GATHERING.md on another matter; 'Launder' only as 'money launder...'; 'No\u00ebl Coward' in train "
 "wp-pringle-of-scotland, a text on another matter).", "non-US"))


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

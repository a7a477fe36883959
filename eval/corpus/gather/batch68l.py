#!/usr/bin/env python3
"""Batch 68l (session 62; gatherer lane 68l): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68f, kept to an American film studio, a British chip maker and an American record label, new to the
corpus: Hal Roach Studios, the Culver City motion picture and television studio founded on July 23, 1914 by Hal Roach
with Dan Linthicum and I.H. Nance as the Rolin Film Company, its distribution through Pathe Exchange, Metro-Goldwyn-
Mayer and United Artists and its turn to television (film production, US); Inmos International plc, the Bristol
semiconductor company founded in July 1978 by Iann Barron, Richard Petritz and Paul Schroeder, with its subsidiaries
Inmos Limited and Inmos Corporation and its transputer (T212, T414, T800) (semiconductors, non-US); and Vee-Jay
Records, the record label founded in Gary, Indiana, in 1953 by Vivian Carter and James C. Bracken, with its president
Ewart Abner, its acts and its licensing deal with EMI Records for early Beatles recordings (music, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the Kiwix dump wikipedia_en_all_nopic as kiwix.campusafrica.gos.orange.com serves it for 'Hal Roach Studios'
(undated, an older revision), the Kiwix dump wikipedia_en_all_maxi_2020-08 on a.osmarks.net for 'Inmos' (August
2020) and en.wikipedia.org's own '= Title =' rendering of 'Vee-Jay Records' (recent); each cut at a sentence end
before the sentence its excerpt breaks off in (`truncated`). Edits per item in `notes` (title lines, infobox lines,
a caption, section headings and citation markers cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69l/src), the markers ('[1]', '[edit]',
'[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-68f did. No text tells an
outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: seven queries,
three answered with English Wikipedia text on a company not yet in the corpus and were taken (round notes,
/tmp/gather69l/NOTES.md; queries, /tmp/gather69l/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68l.py [POOL_DIR] [--dry]   (default /tmp/gather69l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69l/pool"
SRC = "/tmp/gather69l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, and hits in GATHERING.md "
           "only in its lists of leads and names checked, none in the session-62 pools (/tmp/gather69*/pool) or in "
           "/work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film production, US: Hal Roach Studios (Kiwix dump wikipedia_en_all_nopic, campusafrica; undated) ------------
HR = [
 "Hal Roach Studios was an American motion picture and television production studio. Known as The Laugh Factory to "
 "the World, the studio was founded by producer Hal Roach and business partners Dan Linthicum and I.H. Nance as the "
 "Rolin Film Company on July 23, 1914. The studio lot, located at 8822 Washington Boulevard in Culver City, "
 "California, United States, was built in 1920, at which time Rolin was renamed to Hal E. Roach Studios.",
 "Roach saw significant success in the 1920s with series of short comedy films featuring stars such as Harold Lloyd, "
 "Snub Pollard, and the Our Gang kids. The studio produced both short films and features for distribution through "
 "Path\u00e9 Exchange until 1927, when they signed a new distribution deal with Metro-Goldwyn-Mayer. By the early "
 "1930s, Hal Roach Studios had entered a golden age, with a star line-up that included some of the most popular "
 "comedians around: Laurel and Hardy, Charlie Chase, Our Gang, Thelma Todd and Zasu Pitts. As movie theaters began "
 "to favor double-feature bills over theater programs that featured added short films - the Roach studio's specialty "
 "- the production focus gradually shifted from short films to features such as Topper and Laurel & Hardy's Way Out "
 "West (both 1937). In 1938, Hal Roach Studios began distributing its product through United Artists, selling the "
 "Our Gang short film unit to M-G-M.",
 "In the early 1940s, Roach began producing \"streamliner\" features - shorter films running 40 to 50 minutes "
 "intended for exhibition as B-movies. With the boom of television in the 1950s, Hal Roach Studios shifted to all-TV "
 "production by 1955, producing TV programs such as Amos 'n' Andy and The Stu Erwin Show."]
KEPT["wp-hal-roach-studios"] = ("halroach.txt", HR)
R.append(wp("wp-hal-roach-studios", "Hal Roach Studios",
 "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Hal_Roach_Studios", "\n\n".join(HR),
 "film production", ["history", "founding", "founders", "distribution", "locations"],
 "The article as the Kiwix dump wikipedia_en_all_nopic served by zims-en.kiwix.campusafrica.gos.orange.com holds it "
 "in the page store (as earlier rounds took Kiwix copies from the same host; no date or revision id held; an older "
 "revision by its wording: the infobox's 'Parent Quintex Australia Ltd./RHI Entertainment/Sonar Entertainment "
 "(1988-present)' and 'Fate Absorbed into Sonar Entertainment', before wikimili.com's and wikiz.com's later copies "
 "added 'through its TV production subsidiary, Hal Roach Television Corporation', 'Halcyon Studios' and 'Charley "
 "Chase'; recorded 3.0, doubtful: undated). Cut: the title line 'Hal Roach Studios', the infobox lines ('Hal Roach "
 "Studios' to 'Parent Quintex Australia Ltd./RHI Entertainment/Sonar Entertainment (1988-present)', run in after the "
 "first paragraph), so Sonar Entertainment, Quintex Australia Ltd. and RHI Entertainment are in no sentence kept, the "
 "citation markers ('[1][2]', '[2]' four times, '[3]', '[4]', '[5]'); cut after '... such as Amos 'n' Andy and The "
 "Stu Erwin Show.', before the sentence the excerpt breaks off in ('In April 1959, the Ha'; `truncated`; a cut at a "
 "paragraph end). No word added or changed. Kept as written: 'Known as The Laugh Factory to the World', 'founded by "
 "producer Hal Roach and business partners Dan Linthicum and I.H. Nance as the Rolin Film Company on July 23, 1914', "
 "'located at 8822 Washington Boulevard in Culver City, California, United States', 'Rolin was renamed to Hal E. "
 "Roach Studios', 'the Our Gang kids', 'for distribution through Path\u00e9 Exchange until 1927, when they signed a "
 "new distribution deal with Metro-Goldwyn-Mayer', 'Charlie Chase' (the copy's spelling), 'Thelma Todd and Zasu "
 "Pitts' (no serial comma), 'short films - the Roach studio's specialty - the production focus' and 'features - "
 "shorter films' (spaced hyphens as dashes), 'Laurel & Hardy's Way Out West (both 1937)', 'selling the Our Gang short "
 "film unit to M-G-M', 'all-TV production by 1955', 'Amos 'n' Andy'. {WORDS} words. No outage and no near-miss of one "
 "told (a lease of the lot is not in the text kept; a shift of production is a business matter). Found at rank 5 of "
 "the query 'Hal Roach Studios American film and television production company founded Hal Roach Dan Linthicum 1914 "
 "Rolin Film Company' (Hal Roach Studios a name of batches 67x's and 68f's lists of leads); wikisum.wiki (rank 1; a "
 "summary), theinfolist.com (ranks 2, 3; pasted glosses), hollywoodphotographs.com (rank 4; a blog's category list), "
 "infoplease.com (rank 6; the Columbia Encyclopedia, copyrighted), wikimili.com (rank 7; a later copy whose excerpt "
 "breaks off in the 1938 sentence) and wikiz.com (rank 8; the lead only, with glosses) not used. Hal Roach, "
 "Linthicum, Rolin Film, Snub Pollard, Harold Lloyd, Our Gang, Laurel and Hardy, Pathe Exchange, Sonar "
 "Entertainment: " + CHECKED + " ('Hal Roach' only in GATHERING.md's lists of leads; 'Metro-Goldwyn-Mayer', "
 "'United Artists' and 'Culver City' in texts on other matters: dev's wp-orion-pictures and train's "
 "wp-beats-electronics).", "US", v3=True,
 copy_of="the Wikipedia article, in a Kiwix dump served by kiwix.campusafrica.gos.orange.com"))

# ---- semiconductors, non-US: Inmos (Kiwix dump wikipedia_en_all_maxi_2020-08 on a.osmarks.net) --------------------
IN = [
 "Inmos International plc (Trademark INMOS) and two operating subsidiaries, Inmos Limited (UK) and Inmos Corporation "
 "(US), was a British semiconductor company founded by Iann Barron, Richard Petritz, and Paul Schroeder in July 1978. "
 "Inmos Limited\u2019s head office and design office were at Aztec West business park in Bristol, England.",
 "Inmos' first products were static RAM devices, followed by dynamic RAMs and EEPROMs. Despite early production "
 "difficulties, Inmos eventually captured around 60% of the world SRAM market. However, Barron's long-term aim was to "
 "produce an innovative microprocessor architecture intended for parallel processing, the transputer. David May and "
 "Robert Milne were recruited to design this processor, which went into production in 1985 in the form of the T212 "
 "and T414 chips.",
 "The transputer achieved some success as the basis for several parallel supercomputers from companies such as Meiko "
 "(formed by ex-Inmos employees in 1985), Floating Point Systems, Parsytec and Parsys. It was used in a few "
 "workstations, the most notable probably being the Atari Transputer Workstation. Being a relatively self-contained "
 "design, it was also used in some embedded systems. However, the unconventional nature of the transputer and its "
 "native occam programming language limited its appeal. During the late 1980s, the transputer (even in its later "
 "T800 form) also struggled to keep up with the ever-increasing performance of its competitors."]
KEPT["wp-inmos"] = ("inmos.txt", IN)
R.append(wp("wp-inmos", "Inmos", "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/INMOS",
 "\n\n".join(IN),
 "semiconductors/microprocessors", ["history", "founding", "founders", "subsidiaries", "products"],
 "The article as the Kiwix dump wikipedia_en_all_maxi_2020-08 on a.osmarks.net holds it in the page store (as batches "
 "38g and 40z took articles from the same dump; the revision of about August 2020, no revision id held; recorded "
 "3.0). Cut: the title line 'Inmos', the infobox lines ('Inmos Limited' to 'Websitewww.inmos.com/', run in after the "
 "first paragraph), so 'Fate Acquired by SGS-Thomson (1989)', 'Defunct December 1994' and 'Parent STMicroelectronics "
 "(United Kingdom)' are in no sentence kept, the section heading 'Products', the image caption 'Various Inmos ICs'; "
 "cut "
 "after '... the ever-increasing performance of its competitors.', before the paragraph the excerpt breaks off in "
 "('Other devices produced by Inmos included the A100, A110 and A121 digital signal processors, G364 framebuffer, and "
 "a line of video RAMDACs, including the G171, which was adopted by IBM for the original V'; `truncated`; a cut at a "
 "paragraph end, so IBM is not in the text). The excerpt has no citation markers. No word added or changed. Kept as "
 "written: 'Inmos International plc (Trademark INMOS) and two operating subsidiaries, Inmos Limited (UK) and Inmos "
 "Corporation (US), was a British semiconductor company founded by Iann Barron, Richard Petritz, and Paul Schroeder in "
 "July 1978' (the singular 'was' after the plural subject, as written), 'Inmos Limited\u2019s' (a typographic "
 "apostrophe) beside 'Inmos' first products' and 'Barron's' (straight ones), 'captured around 60% of the world SRAM "
 "market', 'David May and Robert Milne were recruited to design this processor', 'in the form of the T212 and T414 "
 "chips', 'Meiko (formed by ex-Inmos employees in 1985)', 'the Atari Transputer Workstation', 'its native occam "
 "programming language' (lower-case 'occam'), 'its later T800 form'. {WORDS} words. No outage and no near-miss of one "
 "told ('early production difficulties' are a maker's, no service lost). Found at rank 1 of the query 'Inmos British "
 "semiconductor company founded 1978 Iann Barron Richard Petritz Paul Schroeder transputer Thorn EMI SGS-Thomson' "
 "(Inmos a name of batches 67q's, 67x's and 68f's lists of leads); piglix.com (rank 2; an older free copy of the same "
 "words without the Atari sentence, undated; the dated dump preferred), transputer.net (ranks 3, 4; Iann Barron's "
 "talk of 1998, not Wikipedia), de.zxc.wiki and memim.com (ranks 5, 7; machine translations of the German article), "
 "image.absoluteastronomy.com (rank 6; an old copy with pasted glosses) and independent.co.uk (rank 8; news) not "
 "used; a second query for the article's history (the National Enterprise Board, Thorn EMI's purchase of 1984, "
 "SGS-Thomson's of 1989) reached no English Wikipedia text of it (probsee.com, generated; the same osmarks.net copy; "
 "newelectronics.co.uk, a trade blog; independent.co.uk, news; hmong.ru, a Russian translation). Inmos, Iann "
 "Barron, transputer, Paul Schroeder, Aztec West, David May, "
 "Robert Milne, Parsytec, Floating Point Systems, occam: " + CHECKED + " ('Inmos' only in GATHERING.md's lists of "
 "leads and names checked; 'Petritz' in test's wp-mostek, a text on another matter (Mostek, which he cofounded), and "
 "'Meiko' in test's wp-kendall-square-research, another matter; 'Thorn EMI' and 'SGS-Thomson' not in the text kept).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a Kiwix copy of English Wikipedia (August 2020)"))

# ---- music, US: Vee-Jay Records (en.wikipedia.org's '= Title =' rendering, recent) -------------------------------
VJ = [
 "Vee-Jay Records is an American record label founded in the 1950s, located in Chicago and specializing in blues, "
 "jazz, rhythm and blues and rock and roll.",
 "The label was founded in Gary, Indiana, in 1953 by Vivian Carter and James C. Bracken, a husband-and-wife team who "
 "used their initials for the label's name. Vivian's brother, Calvin Carter, was the label's A&R man. Ewart Abner, "
 "formerly of Chance Records, joined the label in 1955, first as manager, then as vice president, and ultimately as "
 "president. One of the earliest Black American-owned record companies, Vee-Jay quickly became a major R&B label, "
 "with the first song recorded, the Spaniels' \"Baby It's You,\" making it to the top ten on the national R&B charts.",
 "Major acts on Vee-Jay in the 1950s included blues singers Jimmy Reed, Memphis Slim, and John Lee Hooker, and rhythm "
 "and blues vocal groups the Spaniels, the Dells, and the El Dorados. The 1960s saw the label become a major soul "
 "label with Jerry Butler, Gene Chandler, Dee Clark, and Betty Everett having hit singles on both the pop and R&B "
 "charts. Vee-Jay was also the first label to nationally issue a record by the Pips (through a master purchase from "
 "the tiny HunTom label of Atlanta), who became Gladys Knight and the Pips in 1962 when they moved to Fury Records.",
 "Vee-Jay had significant success with pop/rock and roll acts, such as the Four Seasons (their first non-black act) "
 "and the Beatles. Vee-Jay acquired the rights to some of the early recordings by the Beatles through a licensing "
 "deal with EMI Records, since EMI's American affiliate Capitol Records initially rejected issuing the Beatles "
 "records in America. The main attraction at the time, however, was another EMI performer, Frank Ifield."]
KEPT["wp-vee-jay-records"] = ("veejay.txt", VJ)
R.append(wp("wp-vee-jay-records", "Vee-Jay Records", "https://en.wikipedia.org/wiki/Vee-Jay_Records", "\n\n".join(VJ),
 "music/record labels", ["history", "founding", "founders", "executives", "artists", "licensing"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent: 'One of the earliest Black "
 "American-owned record companies', where older copies read 'African American-owned') holds it in the page store (no "
 "revision id held; recorded 4.0). Cut: the title line '= Vee-Jay Records =', the infobox lines ('Vee-Jay Records' "
 "to '- Location: Chicago, Illinois'), so the infobox's 'Parent: Concord' and 'Founder: Vivian Carter, James C. "
 "Bracken' are not in the text (Concord is in no sentence kept), the section heading '==Artists=='; cut after '... "
 "another EMI performer, Frank Ifield.', before the sentence the excerpt breaks off in ('Calvin Carter later said, "
 "\"There was a number one record over in England '; `truncated`; a cut inside a paragraph). The rendering has no "
 "citation markers. No word added or changed. Kept as written: 'founded in Gary, Indiana, in 1953 by Vivian Carter "
 "and James C. Bracken, a husband-and-wife team', 'Vivian's brother, Calvin Carter, was the label's A&R man', 'Ewart "
 "Abner, formerly of Chance Records, joined the label in 1955, first as manager, then as vice president, and "
 "ultimately as president', 'the Spaniels' \"Baby It's You,\"' (the comma inside the quotation marks), 'the tiny "
 "HunTom label of Atlanta' (the article's capitals), 'through a master purchase', 'who became Gladys Knight and the "
 "Pips in 1962 when they moved to Fury Records', 'pop/rock and roll acts', 'their first non-black act', 'through a "
 "licensing deal with EMI Records, since EMI's American affiliate Capitol Records initially rejected issuing the "
 "Beatles records in America', 'another EMI performer, Frank Ifield'. {WORDS} words. No outage and no near-miss of one "
 "told. Found at rank 1 of the query 'Vee-Jay Records is an American record label founded in the 1950s, located in "
 "Chicago, Beatles EMI licensing Transglobal Capitol bankruptcy 1966' (Vee-Jay a name of batches 67x's and 68f's "
 "lists of leads); mcrfb.com (ranks 2, 3, 7; quoted Billboard stories, copyrighted), netipedia.com (rank 4; an old "
 "wiki copy), en-academic.com (rank 5; an old copy with words run together), madeinchicagomuseum.com (rank 6; a "
 "museum blog) and thefullwiki.org (rank 8; an old copy) not used; an earlier query's piglix.com, review.clateway.com "
 "and easychat.me copies (older revisions, shorter excerpts) and school, museum and fan pages not used. Vee-Jay, "
 "Vivian Carter, Bracken, Ewart Abner, Chance Records, HunTom, Fury Records, Frank Ifield, EMI Records, the Spaniels, "
 "Jimmy Reed, John Lee Hooker: " + CHECKED + " ('Vee-Jay' only in GATHERING.md's lists of leads; 'Capitol Records' "
 "and 'Four Seasons' in texts on other matters: train's wp-chrysalis-records and wp-mainframe-studios).", "US"))

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

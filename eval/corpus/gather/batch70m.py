#!/usr/bin/env python3
"""Batch 70m (session 64; gatherer lane 70m): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70f, kept to two British video game publishers and an American record company new to the corpus:
Mirrorsoft, the video game publisher founded in 1983 by Jim Mackonochie as a division of Mirror Group Newspapers, whose
parent Robert Maxwell's Maxwell Communications bought in July 1984 (software, UK); Stax Records, the Memphis record
company founded in 1957 as Satellite Records by Jim Stewart and Estelle Axton, distributed by Atlantic Records until
1968 and then run under a new co-owner, Al Bell (music, US); and Telecomsoft, British Telecom's video game publishing
division founded by Ederyn Williams in 1984, with the Firebird, Rainbird and Silverbird labels that British Telecom sold
to MicroProse in 1989 (software, UK). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt
(`search`, corpus `pages`; never a whole page): en.wikipedia.org's own pages 'Mirrorsoft' and 'Stax Records' (recent,
recorded 4.0) and wikimili.com's copy of 'Telecomsoft' (a 2023 revision, recorded 4.0 as batch 55zd recorded
wikimili.com's copies); each cut at a sentence end before the sentence its excerpt breaks off in (`truncated`: each
article goes on). Edits per item in `notes` (title lines, a site line, infobox lines, a contents line, headings, an
image file name and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather70m/src), the markers ('[1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-70f did. No text tells an outage or a
near-miss of one. newskg (or any extractor) was not run on any text. A round of three: fourteen queries, three answered
with English Wikipedia text on a company not yet in the corpus and were taken (round notes, /tmp/gather70m/NOTES.md;
queries, /tmp/gather70m/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70m.py [POOL_DIR] [--dry]   (default /tmp/gather70m/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70m/pool"
SRC = "/tmp/gather70m/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt, as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- software, UK: Mirrorsoft (en.wikipedia.org's own page) -----------------------------------------------------------
MI = [
 "Mirrorsoft was a British video game publisher founded by Jim Mackonochie as a division of Mirror Group Newspapers. "
 "The company was active between 1983 and 1991, and shut down completely in early 1992.",
 "In the early 1980s, Jim Mackonochie worked as development manager for British communications company Mirror Group "
 "Newspapers. On a trip to the U.S., Mackonochie got a hold of a Commodore PET personal computer, alongside a copy of "
 "VisiCalc, a spreadsheet application for the system. This combination led him to believe that Mirror, as a "
 "communications company, should be working more closely with computer software, wherefore he approached Mirror's "
 "board of directors in 1983, suggesting that they launch a software label under Mirror Group's name, and thereby "
 "diversifying the group's non-newspaper operations, which already included Mirror Boats and Mirror Books. The "
 "division, named Mirrorsoft, was officially launched in late 1983, and Mackonochie was allowed to task several of "
 "his staff from his department at Mirror Group to aid him with establishing the division.",
 "In July 1984, Mirror Group was acquired by Robert Maxwell-owned Maxwell Communications. Initially, Mirrorsoft was "
 "unaffected by the ownership change, until Mackonochie received a call from Maxwell's son, Kevin, on Boxing Day "
 "1984, in which he was told that he would be permanently moved from development manager of Mirror Group to "
 "full-time managing director of Mirrorsoft.",
 "In 1986, Mirrorsoft released a desktop publishing program, Fleet Street Publisher, for Atari ST.",
 "On 5 November 1991, Robert Maxwell died after having previously disappeared from his yacht."]
KEPT["wp-mirrorsoft"] = ("mirrorsoft.txt", MI)
R.append(wp("wp-mirrorsoft", "Mirrorsoft", "https://en.wikipedia.org/wiki/Mirrorsoft", "\n\n".join(MI),
 "video games", ["history", "founding", "founders", "executives", "acquisition", "ownership"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent; no revision id held; recorded 4.0) "
 "holds it in the page store. Cut: the title line '= Mirrorsoft =', the infobox lines ('Mirrorsoft', '- Logo: "
 "Mirrorsoft logo.png' to '- Parent: Mirror Group Newspapers') and the heading '== History =='; cut before the "
 "sentence the excerpt breaks off in ('Unaware of his fate, Mirrorsoft continued operations as usual, including the "
 "publishing of First Samurai, Mega-Lo-Mania an'; `truncated`). The rendering has no citation markers. No word added "
 "or changed. Kept as written: 'founded by Jim Mackonochie as a division of Mirror Group Newspapers', 'active between "
 "1983 and 1991, and shut down completely in early 1992', 'worked as development manager for British communications "
 "company Mirror Group Newspapers', 'got a hold of a Commodore PET personal computer, alongside a copy of VisiCalc', "
 "'wherefore he approached Mirror's board of directors in 1983', 'which already included Mirror Boats and Mirror "
 "Books', 'officially launched in late 1983', 'In July 1984, Mirror Group was acquired by Robert Maxwell-owned "
 "Maxwell Communications', 'a call from Maxwell's son, Kevin, on Boxing Day 1984', 'permanently moved from "
 "development manager of Mirror Group to full-time managing director of Mirrorsoft', 'Fleet Street Publisher, for "
 "Atari ST', 'On 5 November 1991, Robert Maxwell died'. 249 words. No outage and no near-miss of one told. Found at "
 "rank 1 of the query 'Mirrorsoft was a British video game publisher founded by Jim Mackonochie as a division of "
 "Mirror Group Newspapers' (Mirrorsoft a name of round 70f's leads; the first query, on Robert Maxwell and Mirror "
 "Group, gave French, German and Japanese translations and pages on Maxwell); wikizero.com (rank 2; the same words "
 "with markers), egftnjytyk.blogspot.com (rank 3; an older copy on a blog, '12 July 1984' and 'Boxing Day 1991'), "
 "de.zxc.wiki (rank 4; a translation of the German article), wikimili.com (rank 5; the same words), profilpelajar.com "
 "(rank 6; German), cpcwiki.eu (rank 7; a fan wiki) and no.frwiki.wiki (rank 8; Norwegian) not used. "
 "Mackonochie, Kevin Maxwell, Mirror Boats, Fleet Street Publisher: " + CHECKED + " (Mirrorsoft, 'Robert Maxwell' and 'Maxwell "
 "Communications' only in GATHERING.md's lists of leads and queries; 'Mirror Group' in test "
 "wn-ryanair-sue-associated-newspapers-mirror-group-2013, a 2013 news text on another matter; 'VisiCalc', 'Commodore "
 "PET' and 'Atari ST' names of products in texts on other matters).", "non-US"))

# ---- music, US: Stax Records (en.wikipedia.org's own page) -----------------------------------------------------------
ST = [
 "Stax Records is an American record company, originally based in Memphis, Tennessee. Founded in 1957 as Satellite "
 "Records, the label changed its name to Stax Records in September 1961. It also shared its operations with sister "
 "label Volt Records.",
 "Stax was influential in the creation of Southern soul and Memphis soul music. Stax also released gospel, funk, and "
 "blues recordings. The label was founded by two siblings, business partners Jim Stewart and Estelle Axton, whose "
 "last names formed the basis of the label's name (Stewart + Axton = \"Stax\"). It featured several popular "
 "ethnically integrated bands (including the label's house band, Booker T. & the M.G.'s) and a racially integrated "
 "team of staff and artists unprecedented in that time of racial strife and tension in Memphis and the South. "
 "According to ethnomusicologist Rob Bowman, the label's use of \"one studio, one equipment set-up, the same set of "
 "musicians and a small group of songwriters led to a readily identifiable sound. It was a sound based in black "
 "gospel, blues, country, and earlier forms of rhythm and blues (R&B). It became known as southern soul music.\"",
 "Following the death of Stax's biggest star, Otis Redding, in 1967, and the severance of the label's distribution "
 "deal with Atlantic Records in 1968, Stax continued primarily under the supervision of a new co-owner, Al Bell. Over "
 "the next five years, Bell expanded the label's operations significantly, in order to compete with Stax's main "
 "rival, Motown Records in Detroit."]
KEPT["wp-stax-records"] = ("stax.txt", ST)
R.append(wp("wp-stax-records", "Stax Records", "https://en.wikipedia.org/wiki/Stax_Records", "\n\n".join(ST),
 "music", ["history", "founding", "founders", "ownership", "partnership"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering (recent; no revision id held; recorded 4.0) "
 "holds it in the page store. Cut: the title line '= Stax Records =' and the infobox lines ('Infobox', '- Parent: "
 "Concord' to '- Url: staxrecords.com'; so 'Concord', 'Universal Music Group', 'Craft Recordings' and 'Rhino "
 "Entertainment' are not in the text); cut before the sentence the excerpt breaks off in ('During the mid-1970s, a "
 "number of factors, including a problematic distribution deal with CBS Records, caused the label to'; `truncated`). "
 "The rendering has no citation markers and no heading within the kept lead. No word added or changed. Kept as "
 "written: 'originally based in Memphis, Tennessee', 'Founded in 1957 as Satellite Records, the label changed its "
 "name to Stax Records in September 1961', 'sister label Volt Records', 'founded by two siblings, business partners "
 "Jim Stewart and Estelle Axton', '(Stewart + Axton = \"Stax\")', 'Booker T. & the M.G.'s', 'in Memphis and the "
 "South', Rob Bowman's quoted words (with the quotation marks), 'the death of Stax's biggest star, Otis Redding, in "
 "1967', 'the severance of the label's distribution deal with Atlantic Records in 1968', 'under the supervision of a "
 "new co-owner, Al Bell', 'Stax's main rival, Motown Records in Detroit'. 244 words. No outage and no near-miss of "
 "one told. Found at rank 3 of the query 'Stax Records history Satellite Records renamed 1961 Atlantic distribution "
 "deal Gulf+Western 1968 Al Bell bought back 1970 bankruptcy 1975 Fantasy Records' (Stax Records a name of round "
 "70f's leads; two earlier queries gave the Memphis Music Hall of Fame, fan and blog histories, an obituary and "
 "elvispresleypedia.com's copy of an older lead on a fan site); popdose.com (rank 1; a blog), de.chalized.com (rank "
 "2; German), cvinyl.com (rank 4; a label guide), forums.stevehoffman.tv (rank 5; a forum), xrrf.blogspot.com (rank "
 "6; a blog), wimkin.com (rank 7; a post) and an edgio.link copy of the article (rank 8; a 2024 copy with markers, "
 "one sentence longer; the encyclopedia's own page preferred) not used. Stax, Satellite Records, Volt Records, Jim "
 "Stewart, Estelle Axton, Al Bell, Otis Redding, Motown, Booker T, Rob Bowman: " + CHECKED + " (Stax, Satellite "
 "Records, Jim Stewart and Estelle Axton only in GATHERING.md's lists of leads and queries; 'Al Bell' only inside "
 "'...al Bell Globemedia'; 'Atlantic Records' only in GATHERING.md; 'Memphis' and 'Detroit' in texts on other "
 "matters).", "US"))

# ---- software, UK: Telecomsoft (wikimili.com's copy) -----------------------------------------------------------------
TS = [
 "Telecomsoft was a British video game publisher and a division of British Telecom. The company was founded by "
 "Ederyn Williams in 1984 and operated three separate labels: Firebird, Rainbird, and Silverbird. The first employee "
 "was James Leavey, seconded from elsewhere in BT, who, along with Tony Rainbird, became the driving force behind the "
 "company in the early days.",
 "Telecomsoft was founded in 1984 when computer games were the fastest growing sector within the computer software "
 "market at the time. Despite a turnover of over \u00a36 million in 1987/88, British Telecom sold the three labels to "
 "MicroProse in 1989 in a deal reported to be worth around \u00a32,000,000 after a failed management buyout. "
 "MicroProse sold the Silverbird label soon after acquisition, but continued to use the Rainbird and Firebird labels "
 "for a short period.",
 "British Telecom brought in Tony Rainbird, owner of budget software publisher Micro-Gold, to help set up the first "
 "Telecomsoft label, Firebird. Originally named Firefly Software, the label had to be renamed when it was discovered "
 "that the name had already been registered by another company.",
 "The first titles to be published on the Firebird Silver label in November 1984 were The Wild Bunch for the ZX "
 "Spectrum, Booty for the Commodore 64 and Bird Strike for the BBC Micro.",
 "Although there were doubts as to whether or not the market could afford to sustain a range of budget titles, the "
 "Firebird Silver releases were successful. In February 1985, Booty was the third best selling video game in the UK, "
 "behind only Ghostbusters and Daley Thompson's Decathlon ."]
KEPT["wp-telecomsoft"] = ("telecomsoft.txt", TS)
R.append(wp("wp-telecomsoft", "Telecomsoft", "http://www.wikimili.com/en/Telecomsoft", "\n\n".join(TS),
 "video games", ["history", "founding", "founders", "divestiture", "ownership"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a 2023 revision: "
 "'Founded1984;39 years ago'; recorded 4.0, as batch 55zd recorded wikimili.com's copies). Cut: the title line "
 "'Telecomsoft', the site's line 'Last updated', the infobox lines ('Telecomsoft', 'Type Division' to 'Parent "
 "British Telecom'; so 'England' and '9 May 1989' are not in the text), the contents line 'Contents', the headings "
 "'History', 'Labels' and 'Firebird', the image file name 'Telecomsoft-firebird-software-fair-use-220px.png' and the "
 "citation markers ' [1]' to ' [6]'; cut before the broken-off 'W' that ends the excerpt (`truncated`). No word "
 "added or changed. Kept as written: 'a division of British Telecom', 'founded by Ederyn Williams in 1984', 'three "
 "separate labels: Firebird, Rainbird, and Silverbird', 'James Leavey, seconded from elsewhere in BT', 'a turnover of "
 "over \u00a36 million in 1987/88', 'British Telecom sold the three labels to MicroProse in 1989 in a deal reported "
 "to be worth around \u00a32,000,000 after a failed management buyout', 'MicroProse sold the Silverbird label soon "
 "after acquisition', 'Tony Rainbird, owner of budget software publisher Micro-Gold', 'Originally named Firefly "
 "Software', 'the Firebird Silver label in November 1984', 'In February 1985', 'Daley Thompson's Decathlon .' (a "
 "space before the full stop, as the copy renders it, once a marker is dropped). 260 words. No outage and no "
 "near-miss of one told. Found at rank 6 of the query 'Telecomsoft was a British video game publisher, a division of "
 "British Telecom, labels Firebird Rainbird Silverbird' (Telecomsoft, 0 hits, turned from round 70f's leads on "
 "British software houses, Mirrorsoft's kin); gamicus.fandom.com (rank 1; a fan wiki, an older text), theinfolist.com "
 "(rank 2; glosses run in), zalansite.site (rank 3; a MediaWiki edit form, raw markup), playitagainproject.com (rank "
 "4; a museum's page), piglix.com (rank 5; an older copy filed under 'Firebird (software label)', no founder named), "
 "wikiclassic.com (rank 7; a garbled copy: 'wuz', 'tweak') and boardgamegeek.com (rank 8) not used. Telecomsoft, "
 "Ederyn Williams, Firebird Software, Rainbird, Silverbird, Micro-Gold, Leavey, Firefly Software: " + CHECKED +
 " ('MicroProse' in dev wp-microprose and dev wp-milton-bradley-company, which name no Telecomsoft label; 'British "
 "Telecom' in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))


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

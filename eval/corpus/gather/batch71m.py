#!/usr/bin/env python3
"""Batch 71m (session 65; gatherer lane 71m): company and product histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-71f, kept to a British software publisher of the early 1980s, an American research and
development company and a British home computer of the mid-1980s, all new to the corpus (Bolt Beranek and Newman and
Enterprise Computers named before only in the 'Leads for a next round' of rounds 70ad and 71f, Acornsoft only in an
earlier round's lead list, as GATHERING.md holds them): Acornsoft, the software arm of Acorn Computers, formed in late
1980 by Acorn Computers directors Hermann Hauser and Chris Curry and by David Johnson-Davies (its managing director),
publisher of VIEW, ViewSheet, Hopper, Snapper, Arcadians, Aviator, Elite, Revs, Philosopher's Quest and Countdown to
Doom (software and video games, UK); BBN Technologies (originally Bolt Beranek and Newman Inc.), the Cambridge,
Massachusetts research and development company begun in a partnership of October 15, 1948 between Leo Beranek and
Richard Bolt, joined by Robert Newman in 1950, a wholly owned subsidiary of Raytheon from 2009, with J. C. R.
Licklider's Royal McBee LGP-30 and Ken Olsen of Digital Equipment Corporation (research and development, US); and the
Enterprise, the Zilog Z80-based home computer announced in 1983 and sold from 1985, developed by Intelligent Software
and marketed by Enterprise Computers, known as Samurai, Oscar and Elan, in the variants Enterprise 64 and Enterprise
128 (home computers, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Acornsoft' (recorded 4.0), a Kiwix copy of 'BBN Technologies'
(zims-en.kiwix.campusafrica.gos.orange.com, wikipedia_en_all_nopic, undated, an older revision: recorded 3.0) and a
Kiwix copy of 'Enterprise (computer)' (wiki.bitter.house, wikipedia_en_all_maxi_2024-01: recorded 4.0); each cut at a
sentence end before the sentence or paragraph its excerpt breaks off in or before a section heading (`truncated`:
each article goes on). Edits per item in `notes` (title lines, infobox lines, headings and citation markers cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather71m/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 55e-71f did. No text tells an outage or a near-miss of one. newskg (or any
extractor) was not run on any text. A round of three: thirteen queries, three answered with English Wikipedia text on a
company or product not yet in the corpus, all three taken (round notes, /tmp/gather71m/NOTES.md; queries,
/tmp/gather71m/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71m.py [POOL_DIR] [--dry]   (default /tmp/gather71m/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71m/pool"
SRC = "/tmp/gather71m/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt, and in GATHERING.md only the 'Leads for a "
           "next round' of earlier rounds, as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- software and video games, UK: Acornsoft (en.wikipedia.org's '= Title =' rendering) -------------------------
AC = [
 "Acornsoft was the software arm of Acorn Computers, and a major publisher of software for the BBC Micro and Acorn "
 "Electron. As well as games, it also produced a large number of educational titles, extra computer languages and "
 "business and utility packages \u2013 these included word processor VIEW and the spreadsheet ViewSheet supplied on "
 "ROM and cartridge for the BBC Micro/Acorn Electron and included as standard in the BBC Master and Acorn Business "
 "Computer.",
 "Acornsoft was formed in late 1980 by Acorn Computers directors Hermann Hauser and Chris Curry, and David "
 "Johnson-Davies, author of the first game for a UK personal computer and of the official Acorn Atom manual "
 "\"Atomic Theory and Practice\". David Johnson-Davies was managing director and in early 1981 was joined by Tim "
 "Dobson, Programmer and Chris Jordan, Publications Editor.",
 "While some of their games were clones or remakes of popular arcade games (e.g. Hopper is a clone of Sega's "
 "Frogger, Snapper is Namco's Pac-Man, Arcadians is Namco's Galaxian), they also published a number of original "
 "titles such as Aviator, Elite, and Revs. Acornsoft also published text adventures by authors such as Peter "
 "Killworth, including Philosopher's Quest (previously titled Brand X) and Countdown to Doom."]
KEPT["wp-acornsoft"] = ("acornsoft.txt", AC)
R.append(wp("wp-acornsoft", "Acornsoft", "https://en.wikipedia.org/wiki/Acornsoft",
 "\n\n".join(AC),
 "software", ["history", "founding", "founders", "products", "parent company"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id held; its lead "
 "and history are word for word those of cryer.org.uk's copy at rank 4 of the same query, which carries '[1]' "
 "markers: recorded 4.0; doubtful: no date held). Cut: the title line '= Acornsoft ='; the infobox lines "
 "('Infobox', '- Logo: AcornsoftLogo.png', '- Type: Privately held company', '- Founders: David Johnson-Davies "
 "Hermann Hauser Chris Curry', '- Location: Cambridge, England', '- Key People: ...', '- Industry: Software "
 "industry', '- Products: ...', '- Owner: Acorn Computers', '- Parent: Acorn Network Computer', so 'Cambridge' and "
 "'Acorn Network Computer' are not in the text); the heading '==History=='; cut before the paragraph the excerpt "
 "breaks off in ('As a result of the publication of a method to circumvent copy protection measures employed by "
 "Acornsoft titles, a High Court injunction against Computing Publications ... with the article concer'; "
 "`truncated`). Paragraphs as the rendering's blank lines give them, joined with blank lines. No word added or "
 "changed. Kept as written: 'Acornsoft was the software arm of Acorn Computers', 'business and utility packages "
 "\u2013 these included word processor VIEW and the spreadsheet ViewSheet' (the en dash as written), 'Acornsoft was "
 "formed in late 1980 by Acorn Computers directors Hermann Hauser and Chris Curry, and David Johnson-Davies', "
 "'David Johnson-Davies was managing director and in early 1981 was joined by Tim Dobson, Programmer and Chris "
 "Jordan, Publications Editor' (so capitalised, no comma after 'Programmer'), '(e.g. Hopper is a clone of Sega's "
 "Frogger, Snapper is Namco's Pac-Man, Arcadians is Namco's Galaxian)', 'Philosopher's Quest (previously titled "
 "Brand X)'. 198 words. No outage and no near-miss of one told. Found at rank 2 of the query 'Acornsoft was the "
 "software arm of Acorn Computers founded 1980 David Johnson-Davies' (a name of an earlier round's lead list); "
 "qa.edu.vn (rank 1; a mirror with a 2024 infobox and '(Learn how and when to remove this message)' run into the "
 "text), computinghistory.org.uk (rank 3; a museum's biography of Johnson-Davies, not Wikipedia), cryer.org.uk "
 "(rank 4; the same words with markers, a second copy), giantbomb.com (rank 5; a user wiki), kotoba.ne.jp (rank 6; "
 "an older revision with '\u3014' link marks run into the text), invidious.tiekoetter.com (rank 7; a video "
 "playlist) and pt.qwertyu.wiki (rank 8; Portuguese) not used. Acornsoft, Hermann Hauser, Chris Curry, David "
 "Johnson-Davies, Tim Dobson, Peter Killworth: " + CHECKED + " ('Acornsoft' and 'Acorn Computers' in GATHERING.md's "
 "lead lists only; 'Sega', 'Namco', 'Pac-Man' and 'Elite' named in texts on other matters).", "UK",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- research and development, US: BBN Technologies (a Kiwix copy, wikipedia_en_all_nopic) ----------------------
BB = [
 "BBN Technologies (originally Bolt Beranek and Newman Inc.) is an American research and development company, based "
 "next to Fresh Pond in Cambridge, Massachusetts, United States.",
 "In 1966 the Franklin Institute awarded the firm the Frank P. Brown Medal, in 1999 BBN received the IEEE Corporate "
 "Innovation Recognition, and on February 1, 2013, BBN was awarded the National Medal of Technology and Innovation, "
 "the highest honors that the U.S. government bestows upon scientists, engineers and inventors, by President Barack "
 "Obama. It became a wholly owned subsidiary of Raytheon in 2009.",
 "BBN has its roots in an initial partnership formed on October 15, 1948 between Leo Beranek and Richard Bolt, "
 "professors at the Massachusetts Institute of Technology. Bolt had won a commission to be an acoustic consultant "
 "for the new United Nations permanent headquarters to be built in New York City. Realizing the magnitude of the "
 "project at hand, Bolt had pulled in his MIT colleague Beranek for help and the partnership between the two was "
 "born. The firm, Bolt and Beranek, started out in two rented rooms on the MIT campus. Robert Newman would join the "
 "firm soon after in 1950, and the firm became Bolt Beranek Newman. Beranek remained the company's president and "
 "chief executive officer until 1967, and Bolt was chairman until 1976.",
 "J. C. R. Licklider joined BBN as vice president in Spring 1957. Foreseeing the vast potential of digital "
 "computers, Licklider convinced the BBN leadership to purchase a then state-of-the-art Royal McBee LGP-30 digital "
 "computer at the price of $30,000, the most expensive piece of research equipment BBN had ever bought. Within a "
 "year of the computer's arrival, BBN had a visit from Ken Olsen, president of the newly formed Digital Equipment "
 "Corporation."]
KEPT["wp-bbn-technologies"] = ("bbn-technologies.txt", BB)
R.append(wp("wp-bbn-technologies", "BBN Technologies",
 "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/BBN_Technologies",
 "\n\n".join(BB),
 "research and development", ["history", "founding", "founders", "executives", "parent company"],
 "The article as a Kiwix copy of English Wikipedia (wikipedia_en_all_nopic, served at "
 "zims-en.kiwix.campusafrica.gos.orange.com) holds it in the page store (undated, no revision id; its lead names the "
 "company 'BBN Technologies (originally Bolt Beranek and Newman Inc.)', where theinfolist.com's later copy at rank 5 "
 "of the same query begins 'Raytheon BBN': an older revision, after February 2013, recorded 3.0; doubtful: no date "
 "held). Cut: the title line 'BBN Technologies'; the infobox lines ('BBN Technologies', 'Founded1948 (1948)', "
 "'FounderLeo Beranek and Richard Bolt', 'HeadquartersCambridge, Massachusetts, US'); the citation markers ('[1]', "
 "'[2]', '[4]', '[5]', '[6]', one inside a sentence, 'company[1], based', so 'company, based' as the words run); "
 "cut after 'Within a year of the computer's arrival, BBN had a visit from Ken Olsen, president of the newly formed "
 "Digital Equipment Corporation.', before the sentence the excerpt breaks off in ('DEC had just built a prototype "
 "of its first computer, the PDP-1, and Olse'; `truncated`). Paragraphs as the copy's blank lines give them, joined "
 "with blank lines (the copy's two blank lines before the history, where its heading was dropped, as one). No word "
 "added or changed. Kept as written: 'BBN Technologies (originally Bolt Beranek and Newman Inc.) is an American "
 "research and development company', 'In 1966 the Franklin Institute awarded the firm the Frank P. Brown Medal' (no "
 "comma after '1966'), 'the highest honors that the U.S. government bestows upon scientists, engineers and "
 "inventors, by President Barack Obama', 'It became a wholly owned subsidiary of Raytheon in 2009', 'an initial "
 "partnership formed on October 15, 1948 between Leo Beranek and Richard Bolt', 'The firm, Bolt and Beranek, "
 "started out in two rented rooms on the MIT campus', 'the firm became Bolt Beranek Newman', 'Beranek remained the "
 "company's president and chief executive officer until 1967, and Bolt was chairman until 1976', 'J. C. R. "
 "Licklider joined BBN as vice president in Spring 1957', 'a then state-of-the-art Royal McBee LGP-30 digital "
 "computer at the price of $30,000', 'Ken Olsen, president of the newly formed Digital Equipment Corporation'. 286 "
 "words. No outage and no near-miss of one told. Found at rank 4 of the query 'BBN Technologies originally Bolt "
 "Beranek and Newman founded 1948 Leo Beranek Richard Bolt Cambridge Massachusetts' (a name in the leads of rounds "
 "70ad and 71f); reference.com (rank 1; an older revision's copy under a commercial site's frame), boxchronicles.com "
 "(rank 2; a blog post), gunkies.org (rank 3; a computer-history wiki, not Wikipedia), theinfolist.com (rank 5; link "
 "glosses run into the text), en.citizendium.org (rank 6; Citizendium, not Wikipedia), en.m.wikipedia.org's "
 "'BBN_Technologies' (rank 7; an older revision of about 2017 with a photo caption run into the lead) and "
 "en.m.wikipedia.org's 'Bolt,_Beranek,_and_Newman' (rank 8; the same words as this copy without the Beranek and "
 "Bolt posts, a shorter revision) not used. BBN Technologies, Bolt Beranek and Newman, Leo Beranek, Richard Bolt, "
 "Robert Newman, Fresh Pond: " + CHECKED + " ('Bolt Beranek and Newman' in the leads of rounds 70ad and 71f only; "
 "'Licklider' in round notes on Infocom only; 'Royal McBee' in a text on the Royal typewriter company; 'Raytheon', "
 "'Digital Equipment Corporation' and 'Barack Obama' named in texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via a Kiwix copy (wikipedia_en_all_nopic)"))

# ---- home computers, UK: the Enterprise (a Kiwix copy, wikipedia_en_all_maxi_2024-01) ----------------------------
EN = [
 "The Enterprise is a Zilog Z80-based home computer announced in 1983, but due to a series of delays, was not "
 "commercially available until 1985. It was developed by British company Intelligent Software and marketed by "
 "Enterprise Computers.",
 "The specification as released was powerful and one of the higher end in its class (though not by the margin "
 "envisaged in 1983). This was due to the use of custom ASICs for graphics and sound which took workload away from "
 "the CPU, an extensive implementation of ANSI BASIC and a bank switching system to allow for larger amounts of RAM "
 "than the Z80 natively supported. It also featured a distinctive and colourful case design, and promise of "
 "multiple expansion options. Its two variants are the Enterprise 64, with 64 KB of RAM, and the Enterprise 128, "
 "with 128 KB of RAM.",
 "The machine was renamed several times during development, being known variously as Samurai, Oscar and Elan. "
 "Versions can sometimes been found in magazine articles referred to by the preceding monikers. Ultimately, not "
 "assisted by release delays and a changing market place, the Enterprise was not commercially successful. The "
 "manufacturer called in the receivers in 1986 with significant debt, although old stock continued to be sold "
 "through a German partner until well into the 1990s."]
KEPT["wp-enterprise-computer"] = ("enterprise-computer.txt", EN)
R.append(wp("wp-enterprise-computer", "Enterprise (computer)",
 "https://wiki.bitter.house/content/wikipedia_en_all_maxi_2024-01/A/Enterprise_(computer)",
 "\n\n".join(EN),
 "home computers", ["history", "development", "developer", "marketing", "variants", "receivership"],
 "The article as a Kiwix copy of English Wikipedia (wikipedia_en_all_maxi_2024-01, served at wiki.bitter.house) "
 "holds it in the page store (the dump of January 2024, after Wikimedia's June 2023 move to CC BY-SA 4.0: recorded "
 "4.0). Cut: the infobox table lines ('| .jpg.webp) | |', '| Developer | Intelligent Software |', '| Type | Home "
 "computer |', '| Release date | 23 June 1985 |', ... '| Connectivity | ... |', so '23 June 1985' is not in the "
 "text); the citation markers ('[1]', '[2]', '[3]', two inside sentences, 'in 1983,[1] but' and 'until "
 "1985.[2] It', so 'in 1983, but' and 'until 1985. It' as the words run); cut before the heading 'Hardware' and its "
 "section, which the excerpt breaks off in ('The Enterprise has a 4 megahertz (MHz) Z8'; `truncated`). Paragraphs as "
 "the copy's line breaks give them, joined with blank lines. No word added or changed. Kept as written: 'The "
 "Enterprise is a Zilog Z80-based home computer announced in 1983, but due to a series of delays, was not "
 "commercially available until 1985', 'It was developed by British company Intelligent Software and marketed by "
 "Enterprise Computers', 'one of the higher end in its class', 'Its two variants are the Enterprise 64, with 64 KB "
 "of RAM, and the Enterprise 128, with 128 KB of RAM', 'being known variously as Samurai, Oscar and Elan', 'Versions "
 "can sometimes been found in magazine articles' (so written: 'can ... been'), 'The manufacturer called in the "
 "receivers in 1986 with significant debt, although old stock continued to be sold through a German partner until "
 "well into the 1990s'. 213 words. No outage and no near-miss of one told (a receivership is a business failure). "
 "Found at rank 3 of the query 'Enterprise Computers was a British company Elan Enterprise home computer Intelligent "
 "Software 1985' (a name in the lead list of round 71f); jameltayeb.com (ranks 1 and 8; a blog post), "
 "theregister.co.uk (rank 2; news, copyrighted), 8bit-museum.de (rank 4; German, a museum's page), friendlywiki.com "
 "(rank 5; the wikitext with {{cite}} templates run into sentences), whereweretheynow.blogspot.com (rank 6; a blog) "
 "and forums.theregister.com (rank 7; readers' comments) not used. Enterprise Computers, Intelligent Software, "
 "Enterprise 64, Enterprise 128: " + CHECKED + " ('Enterprise Computers' in the lead list of round 71f only; "
 "'Samurai' and 'Zilog' named in texts on other matters).", "UK",
 copy_of="the Wikipedia article, via a Kiwix copy (wikipedia_en_all_maxi_2024-01)"))


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

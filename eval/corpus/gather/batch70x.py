#!/usr/bin/env python3
"""Batch 70x (session 64; gatherer lane 70x): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70s, kept to two home-computer makers of the early 1980s and the founders of two British video game
companies, all new to the corpus: Amiga Corporation, the Santa Clara computer company formed in September 1982 as
Hi-Toro by Jay Miner and other Atari staffers, developer of the Amiga computer (code named Lorraine) and the Joyboard,
paid by Atari to continue its development work in 1983 and bought by Commodore (computers, US); Memotech Limited, the
Witney computer company founded by Geoff Boyd and Robert Branton, maker of ZX81 RAM packs and of the MTX family
(MTX500, MTX512, RS128), with Norbit Elektronikk Norge A/S's control system and a project for schools in the USSR,
in receivership in 1985 (computers, UK); and the Stamper brothers, Tim and Chris Stamper, who started Ashby Computers
and Graphics (trading as Ultimate Play the Game) with Carol Ward and began Rare, Nintendo's first major Western
developer, which Microsoft acquired in 2002 (video games, UK). English Wikipedia text (CC BY-SA), each the search
tool's page-store excerpt (`search`, corpus `pages`; never a whole page): en.wikipedia.org's own '= Title =' rendering
of 'Amiga Corporation' (undated, recent; recorded 4.0 as batches 58p-70r recorded their en.wikipedia.org renderings),
en.m.wikipedia.org's own mobile page 'Memotech' (undated; recorded 4.0 as batch 70s recorded en.m.wikipedia.org) and
piglix's copy of 'Stamper brothers' (piglix.com, an older revision: 'They are planning new ventures'; recorded 3.0 as
batches 61e-70f recorded piglix.com's copies); each cut at a sentence end before the sentence its excerpt breaks off
in (`truncated`: each article goes on). Edits per item in `notes` (title lines, infobox lines, a caption, headings and
citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather70x/src), the markers ('[1]', '[edit]', '[citation needed]') dropped
and whitespace runs compared as one space, as batches 55e-70s did. No text tells an outage or a near-miss of one.
newskg (or any extractor) was not run on any text. A round of three: eight queries, three answered with English
Wikipedia text on a company not yet in the corpus, all three taken (round notes, /tmp/gather70x/NOTES.md; queries,
/tmp/gather70x/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70x.py [POOL_DIR] [--dry]   (default /tmp/gather70x/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70x/pool"
SRC = "/tmp/gather70x/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt, as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computers, US: Amiga Corporation (en.wikipedia.org's rendering) ------------------------------------------------
AC = [
 "Amiga Corporation was a United States computer company formed in the early 1980s as Hi-Toro. It is most famous for "
 "having developed the Amiga computer, code named Lorraine.",
 "In the early 1980s Jay Miner, along with other Atari staffers, became fed up with management and left the company.",
 "In September 1982, they set up another chipset project under a new company in Santa Clara, California, called "
 "Hi-Toro (meaning \"high bull\"), later renamed to Amiga, where they could have some creative freedom. The new "
 "company's first headquarters was located in Building 7 in a business park at 3350 Scott Boulevard in Santa Clara. "
 "They started to create a new 68000-based games console, codenamed Lorraine, that could be upgraded to a "
 "full-fledged computer. The initial start-up financing of Amiga Corporation was provided by three dentists in "
 "Florida, who later regained their investment once Commodore bought the company.",
 "To raise money for the Lorraine project, Amiga designed and sold joysticks and game cartridges for popular game "
 "consoles such as the Atari 2600 and ColecoVision, as well as an input device called the Joyboard, essentially a "
 "joystick the player stood on.",
 "During development in 1983, Amiga had exhausted venture capital and was desperate for more financing. Jay Miner "
 "approached his former employer, Atari, which then paid Amiga to continue development work. In return Atari was to "
 "obtain one-year exclusive use of the design. Atari had plans for a 68000-based machine, code-named \"Mickey\", that "
 "would have used customized chips, but details were sparse."]
KEPT["wp-amiga-corporation"] = ("amiga-corporation.txt", AC)
R.append(wp("wp-amiga-corporation", "Amiga Corporation", "https://en.wikipedia.org/wiki/Amiga_Corporation",
 "\n\n".join(AC),
 "tech", ["history", "founding", "founders", "products", "financing", "acquisition"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70r recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Amiga Corporation ='; the infobox lines between the title and the "
 "lead ('Amiga Corporation', '- Logo: Amiga-Logo-1985.svg' to '- Products: Amiga', with '- Fate: Became a subsidiary "
 "of Commodore International', '- Successor: Commodore-Amiga, Inc.', '- Defunct: August 1984' and '- Key People: Jay "
 "Miner (founder)', so 'Commodore International', 'August 1984' and the word 'founder' are not in the text); the "
 "headings '==History==', '===1982===' and '===1983==='; cut before the sentence the excerpt breaks off in ('During "
 "this pe'; `truncated`). No citation markers in this rendering. No word added or changed. Kept as written: 'a United "
 "States computer company formed in the early 1980s as Hi-Toro', 'the Amiga computer, code named Lorraine', 'Jay "
 "Miner, along with other Atari staffers, became fed up with management and left the company', 'In September 1982, "
 "they set up another chipset project under a new company in Santa Clara, California, called Hi-Toro (meaning \"high "
 "bull\"), later renamed to Amiga', 'Building 7 in a business park at 3350 Scott Boulevard', 'codenamed Lorraine', "
 "'three dentists in Florida, who later regained their investment once Commodore bought the company', 'the Atari "
 "2600 and ColecoVision', 'an input device called the Joyboard', 'Jay Miner approached his former employer, Atari, "
 "which then paid Amiga to continue development work', 'one-year exclusive use of the design', 'code-named "
 "\"Mickey\"'. 248 words. No outage and no near-miss of one told. Found at rank 2 of the query 'Amiga Corporation "
 "Hi-Toro founded Jay Miner Dave Morse acquired by Commodore 1984' (a computer company of 0 hits, turned from round "
 "70s's leads on the home-computer era's companies); piglix.com (rank 1; an older revision, 'had become fed up with "
 "management and decamped'), uber-leet.com (rank 3; a fan page), osnews.com (rank 4; a news item), "
 "oldschoolgamermagazine.com (rank 5; a magazine article), vuink.com (rank 6; a copy of a news article), "
 "jebbidan.editorx.io (rank 7; a blog) and a dyto08wqdmna.cloudfrontnetl.store proxy of wikipedia.org (rank 8; an odd "
 "proxy host, the same text as rank 2 with markers) not used. Amiga Corporation, Hi-Toro, Jay Miner, Dave Morse, "
 "Joyboard: " + CHECKED + " ('Amiga' as the computer's name, 'ColecoVision', 'Atari', 'Commodore' and 'Santa Clara' "
 "named in texts on other matters).", "US",
 copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- computers, UK: Memotech (en.m.wikipedia.org's own page) -------------------------------------------------------
MM = [
 "Memotech Limited was a British computer company founded by Geoff Boyd and Robert Branton in Witney in Oxfordshire, "
 "England. They started out during the early 1980s producing memory expansion packs (\"RAMpacks\") and other "
 "hardware expansions for the Sinclair ZX81. However, they eventually went on to develop and sell their own MTX "
 "family of computers in 1983. The range included the following models: MTX500, MTX512 and RS128. The MTX 512 was "
 "based on the Zilog Z80 processor. Although well-regarded, these computers were not commercially successful, and "
 "the company went into receivership in 1985.",
 "In 1984, the Norwegian company Norbit Elektronikk Norge A/S run by A. S. Fiko developed a complete Input/Output "
 "(I/O) control system with 4\u00d7 16-bits by using the blue Memotech 8-bit Dual in-line package DIL socket for I/O "
 "controls. The socket was located on the computer motherboard. Norbit Elektronikk used their Super ToolBox system "
 "and was able to use 16-bits by adding two data blocks of 8 bits at the same time. Digital I/O ports, "
 "Analog-to-digital converter and Digital-to-analog converter with all kind of sensor systems for robotics and "
 "controls were developed. The control system was designed for the same aluminum casing as the main MTX512 unit.",
 "In 1984/85 Memotech was working on a huge project to deliver the CP/M-based MTX512 together with the FDX and the "
 "control unit from Norbit Elektronikk to 64,000 schools in the USSR with the potentials to sell about 200,000 "
 "units. The USSR was at that time under embargo by the United States, and companies were not allowed to deliver the "
 "new IBM Personal Computer with MS-DOS to USSR. CP/M computers were not included in the Soviet embargo blockage and "
 "Memotech's MTX512 was therefore a good option.",
 "Memotech went into receivership in 1985."]
KEPT["wp-memotech"] = ("memotech.txt", MM)
R.append(wp("wp-memotech", "Memotech", "https://en.m.wikipedia.org/wiki/Memotech", "\n\n".join(MM),
 "tech", ["history", "founding", "founders", "products", "partnership", "receivership"],
 "The article as en.m.wikipedia.org's own mobile page holds it in the page store (no date or revision id held; "
 "undated, recorded 4.0 as batch 70s recorded en.m.wikipedia.org's 2023 revision; doubtful: no revision id). Cut: "
 "the image caption 'Memotech MTX512 computer', the heading 'History edit' and the citation markers ('[1]', "
 "'[citation needed]', '[2]', '[3]'); cut before the sentence the excerpt breaks off in ('A contributing factor, "
 "beyond the poor commercial success of the MTX, was the substantial investment Memotech made in preparing the "
 "MTX5'; `truncated`), so the last paragraph holds only its first sentence, 'Memotech went into receivership in "
 "1985.' (kept as written, a repetition of the lead's last words). The page's excerpt starts at its lead sentence "
 "(no title or infobox lines held). No word added or changed. Kept as written: 'founded by Geoff Boyd and Robert "
 "Branton in Witney in Oxfordshire, England', 'memory expansion packs (\"RAMpacks\")', 'the Sinclair ZX81', 'their "
 "own MTX family of computers in 1983', 'MTX500, MTX512 and RS128', 'The MTX 512 was based on the Zilog Z80 "
 "processor', 'the Norwegian company Norbit Elektronikk Norge A/S run by A. S. Fiko', 'with 4\u00d7 16-bits', "
 "'Norbit Elektronikk used their Super ToolBox system', 'with all kind of sensor systems' and 'with the potentials to "
 "sell' (as written), 'In 1984/85 Memotech was working on a huge project to deliver the CP/M-based MTX512 together "
 "with the FDX and the control unit from Norbit Elektronikk to 64,000 schools in the USSR', 'the new IBM Personal "
 "Computer with MS-DOS to USSR'. 289 words. No outage and no near-miss of one told (a receivership is a business "
 "failure). Found at rank 1 of the query 'Memotech British computer manufacturer MTX Witney Oxfordshire founded' (a "
 "computer maker of 0 hits, turned from round 70s's leads on British home-computer-era companies); "
 "primrosebank.net (ranks 2 to 4; a collector's history and trivia pages), theinfolist.com (rank 5; a copy with "
 "inline definitions run into the text), theregister.co.uk (ranks 6 and 8; news articles, copyrighted) and "
 "de.wikial.top (rank 7; a German translation) not used. Memotech, Geoff Boyd, Robert Branton, Norbit, MTX512, "
 "Witney: " + CHECKED + " ('Fiko' only inside other words in texts on other matters; 'ZX81', 'CP/M', 'MS-DOS' and "
 "'Oxfordshire' names in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, via en.m.wikipedia.org, Wikipedia's mobile site"))

# ---- video games, UK: Stamper brothers (piglix's copy) -------------------------------------------------------------
SB = [
 "The Stamper brothers\u2014Tim and Chris Stamper\u2014founded the British video game companies Ultimate Play the "
 "Game and Rare. They first worked together on arcade conversion kits, which they licensed to companies, but later "
 "became developers for the ZX Spectrum home computer in the early 1980s. Chris programmed and Tim designed the "
 "graphics. They found success as Ultimate with games including Jetpac and Knight Lore. The brothers began Rare in "
 "the mid-1980s and became Nintendo's first major Western developer for the Nintendo Entertainment System, for which "
 "they developed licensed games and ports. Over the next two decades, Rare enjoyed a close relationship with "
 "Nintendo with a large budget, and developed multiple major titles for the company, including Donkey Kong Country "
 "and GoldenEye 007. Microsoft acquired Rare in 2002 and the brothers left the company in 2006. They are planning new "
 "ventures.",
 "The brothers were famously taciturn toward the press, and were known for their work ethic and promotion of "
 "inter-team competition at Rare. Develop recognised the brothers as Development Legends at their 2015 Develop "
 "Industry Excellence Awards.",
 "In the early 1980s, brothers Tim and Chris Stamper started Ashby Computers and Graphics in the Leicestershire town "
 "of Ashby-de-la-Zouch. Tim (b. c. 1959) had quit his physics and electronics program at Loughborough University to "
 "work on arcade circuitboards. Chris requested his younger brother's help with an arcade project, and the two began "
 "their company with Tim's girlfriend and later wife, Carol Ward, and a college friend. They first licensed arcade "
 "cabinet conversion kits to companies before moving to the more profitable British home computer market. They "
 "primarily developed for the ZX Spectrum under the name Ultimate Play the Game. Chris programmed the games and Tim "
 "produced their graphics and packaging. Tim would later also develop the concepts behind new intellectual "
 "properties."]
KEPT["wp-stamper-brothers"] = ("stamper-brothers.txt", SB)
R.append(wp("wp-stamper-brothers", "Stamper brothers", "http://piglix.com/piglix/Stamper_brothers",
 "\n\n".join(SB),
 "video games", ["history", "founding", "founders", "partnership", "acquisition"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; an older revision: 'They "
 "are planning new ventures', 'Develop recognised the brothers ... at their 2015 Develop Industry Excellence Awards'; "
 "recorded 3.0 as batches 61e-70f recorded piglix.com's copies). The excerpt holds no site line, title line, infobox "
 "line, heading or citation marker; cut before the sentence the excerpt breaks off in ('The company found success "
 "with games such as Jetpac (198'; `truncated`). Paragraphs as the copy's line breaks give them, joined with blank "
 "lines. No word added or changed. Kept as written: 'The Stamper brothers\u2014Tim and Chris Stamper\u2014founded the "
 "British video game companies Ultimate Play the Game and Rare' (em dashes as written), 'They found success as "
 "Ultimate with games including Jetpac and Knight Lore', 'The brothers began Rare in the mid-1980s and became "
 "Nintendo's first major Western developer for the Nintendo Entertainment System', 'developed multiple major titles "
 "for the company, including Donkey Kong Country and GoldenEye 007', 'Microsoft acquired Rare in 2002 and the "
 "brothers left the company in 2006', 'Develop recognised the brothers as Development Legends at their 2015 Develop "
 "Industry Excellence Awards', 'brothers Tim and Chris Stamper started Ashby Computers and Graphics in the "
 "Leicestershire town of Ashby-de-la-Zouch', 'Tim (b. c. 1959) had quit his physics and electronics program at "
 "Loughborough University' (as written; other copies give this of Chris), 'the two began their company with Tim's "
 "girlfriend and later wife, Carol Ward, and a college friend', 'They primarily developed for the ZX Spectrum under "
 "the name Ultimate Play the Game'. 297 words. No outage and no near-miss of one told. Found at rank 6 of the query "
 "'Ultimate Play the Game British video game developer founded Tim Stamper Chris Stamper Ashby-de-la-Zouch' (a "
 "British games house of 0 hits, turned from round 70s's leads on British software houses; the article on its "
 "founders, the only Wikipedia copy of the query that reads cleanly); computinghistory.org.uk (rank 1; a museum's own "
 "text), ultimate.livewiredesign.co.uk (rank 2; a blog), pixelation.org (rank 3; an article), retroisle.com (rank 4; "
 "a fan history), zalansite.site (rank 5; template markup), absoluteastronomy.com (rank 7; an older copy of "
 "'Ultimate Play the Game' broken at every link) and theinfolist.com (rank 8; a copy with inline definitions run into "
 "the text) not used. Stamper, Tim Stamper, Chris Stamper, Ultimate Play the Game, Ashby Computers, "
 "Ashby-de-la-Zouch, Jetpac, Knight Lore, Donkey Kong Country, Carol Ward, Rare Ltd: " + CHECKED + " ('Rare' as a "
 "word in texts on other matters and as the studio's name in test wp-free-radical-design, on another matter; "
 "'GoldenEye' in one text on another matter; 'Nintendo', 'Microsoft' and 'ZX Spectrum' named in texts on other "
 "matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, an older revision, via piglix.com, a Wikipedia mirror"))


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

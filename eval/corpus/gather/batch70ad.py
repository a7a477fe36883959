#!/usr/bin/env python3
"""Batch 70ad (session 64; gatherer lane 70ad): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70x, kept to an American home-computer and games-accessory maker, an American flight-simulator
software house and an American console-game publisher of the 1980s, all new to the corpus: Spectravideo International
Limited (SVI), first called SpectraVision, founded in 1981 by Harry Fox and Alex Weiss, maker of the QuickShot
joystick, of Atari 2600 games, of the Spectravideo CompuMate and of the SV-318 and SV-328 computers, renamed in late
1982 after a naming conflict with On Command Corporation (computers and video games, US); Sublogic Corporation
(subLOGIC, Sublogic Communications Corporation), formed in 1977 by Bruce Artwick and incorporated in 1978 by his
partner Stu Moment, creator of the Flight Simulator series licensed to Microsoft in 1982, left by Artwick in 1988 to
form BAO Ltd., which Microsoft acquired in December 1995 (software, US); and Tengen Inc., the subsidiary created by
Atari Games for publishing console games, which released three games licensed by Nintendo in 1988 and worked to bypass
Nintendo's 10NES lock-out chip (video games, US). English Wikipedia text (CC BY-SA), each the search tool's page-store
excerpt (`search`, corpus `pages`; never a whole page): the Kiwix dump wikipedia_en_all_maxi_2023-05 on iiab.live of
'Spectravideo' (a revision of about May 2023, before Wikimedia's June 2023 move to 4.0: recorded 3.0) and
en.wikipedia.org's own '= Title =' renderings of 'Sublogic' and 'Tengen (company)' (undated, recent; recorded 4.0 as
batches 58p-70x recorded their en.wikipedia.org renderings); each cut at a sentence end before the sentence its
excerpt breaks off in (`truncated`: each article goes on). Edits per item in `notes` (title lines, infobox lines,
headings and citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather70ad/src), the markers ('[1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-70x did. No text tells an outage or a
near-miss of one. newskg (or any extractor) was not run on any text. A round of three: four queries, three answered
with English Wikipedia text on a company not yet in the corpus, all three taken (round notes, /tmp/gather70ad/NOTES.md;
queries, /tmp/gather70ad/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70ad.py [POOL_DIR] [--dry]   (default /tmp/gather70ad/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ad/pool"
SRC = "/tmp/gather70ad/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt, as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- computers and video games, US: Spectravideo (the Kiwix dump wikipedia_en_all_maxi_2023-05 on iiab.live) -------
SV = [
 "Spectravideo International Limited (SVI) was an American computer manufacturer and software house. It was "
 "originally called SpectraVision, a company founded by Harry Fox in 1981. The company produced video games and other "
 "software for the VIC-20 home computer, the Atari 2600 home video game console, and its CompuMate peripheral. Some "
 "of their own computers were compatible with the Microsoft MSX or the IBM PC.",
 "The company ceased operations in 1988.",
 "SpectraVision was founded in 1981 by Harry Fox and Alex Weiss as a distributor of computer games, contracting "
 "external developers to write the software. Their main products were gaming cartridges for the Atari 2600, "
 "Colecovision and VIC-20. They also made the world's first ergonomic joystick, the QuickShot. In late 1982 the "
 "company was renamed to Spectravideo due to a naming conflict with On Command Corporation's Hotel TV system called "
 "SpectraVision.",
 "In the early 1980s, the company developed 11 games for the Atari 2600, including several titles of some rarity: "
 "Chase the Chuckwagon, Mangia and Bumper Bash. A few of their titles were only available through the Columbia House "
 "music club.",
 "The company's first attempt at a computer was an add-on for the Atari 2600 called the Spectravideo CompuMate, with "
 "a membrane keyboard and very simple programmability.",
 "Spectravideo's first real computers were the SV-318 and SV-328, released in 1983. Both were powered by a Z80 A at "
 "3.6 MHz, but differed in the amount of RAM (SV-318 had 32KB and SV-328 had 80KB total, of which 16KB was reserved "
 "for video) and keyboard style. The main operating system, residing in ROM, was a version of Microsoft Extended "
 "BASIC, but if the computer was equipped with a floppy drive, the user had the option to boot with CP/M instead."]
KEPT["wp-spectravideo"] = ("spectravideo.txt", SV)
R.append(wp("wp-spectravideo", "Spectravideo",
 "https://iiab.live/kiwix/content/wikipedia_en_all_maxi_2023-05/A/Spectravideo", "\n\n".join(SV),
 "computers", ["history", "founding", "founders", "products", "renaming"],
 "The article as the Kiwix dump wikipedia_en_all_maxi_2023-05 on iiab.live (Internet-in-a-Box's public Kiwix "
 "server; batch 65n used its top1m dump of 2024-05) holds it in the page store (a revision of about May 2023, before "
 "Wikimedia's June 2023 move to CC BY-SA 4.0: recorded 3.0; no revision id held). Cut: the title line "
 "'Spectravideo'; the infobox table lines between the lead and its last sentence ('![]() | |', 'Industry | Computer "
 "hardware Video games |', '---|---|', 'Founded | United States, 1981 |', 'Defunct | 1988 |', 'Key people | Harry "
 "Fox Alex Weiss |', 'Products | SV-318 SV-328 SV-728 SV-738 Joysticks |', so 'United States', 'SV-728' and 'SV-738' "
 "are not in the text); the heading 'History'; the citation markers ('[1]' twice, '[2]', '[3]'); cut before the "
 "sentence the excerpt breaks off in ('Th'; `truncated`). The lead's last sentence, 'The company ceased operations in "
 "1988.', printed after the infobox, kept as its own paragraph. Paragraphs as the copy's line breaks give them, "
 "joined with blank lines. No word added or changed. Kept as written: 'Spectravideo International Limited (SVI) was "
 "an American computer manufacturer and software house', 'It was originally called SpectraVision, a company founded "
 "by Harry Fox in 1981' (the lead names one founder, the history two), 'the Atari 2600 home video game console, and "
 "its CompuMate peripheral', 'the Microsoft MSX or the IBM PC', 'SpectraVision was founded in 1981 by Harry Fox and "
 "Alex Weiss as a distributor of computer games', 'Colecovision' (so spelt), 'the world's first ergonomic joystick, "
 "the QuickShot', 'In late 1982 the company was renamed to Spectravideo due to a naming conflict with On Command "
 "Corporation's Hotel TV system called SpectraVision', 'Chase the Chuckwagon, Mangia and Bumper Bash', 'only "
 "available through the Columbia House music club', 'the Spectravideo CompuMate', 'the SV-318 and SV-328, released "
 "in 1983', 'a Z80 A at 3.6 MHz', 'Microsoft Extended BASIC', 'boot with CP/M instead'. 287 words. No outage and no "
 "near-miss of one told (a company that 'ceased operations' is a business end). Found at rank 1 of the query "
 "'Spectravideo computer company founded Harry Fox Alex Weiss' (a computer maker of 0 hits, turned from round 70x's "
 "leads on home-computer-era companies); it.abcdef.wiki (rank 2; Italian), acearchive.org (rank 3; a blog's "
 "retelling), de.knowledgr.com (rank 4; German), samdal.com (rank 5; a collector's history, naming Oscar Jutzeler as "
 "cofounder), defzone.net (rank 6; Italian Wikipedia), zock.com (rank 7; German) and c64-wiki.de (rank 8; German) "
 "not used. Spectravideo, SpectraVision, Harry Fox, Alex Weiss, QuickShot, CompuMate: " + CHECKED + " ('On Command' "
 "in texts on other matters; 'Atari 2600', 'ColecoVision', 'VIC-20', 'MSX' and 'CP/M' names in texts on other "
 "matters).", "US", v3=True,
 copy_of="the Wikipedia article, via the Kiwix dump wikipedia_en_all_maxi_2023-05 on iiab.live"))

# ---- software, US: Sublogic (en.wikipedia.org's rendering) --------------------------------------------------------
SL = [
 "Sublogic Corporation (stylized as subLOGIC) is an American software development company. It was formed in 1977 by "
 "Bruce Artwick, and incorporated in 1978 by Artwick's partner Stu Moment as Sublogic Communications Corporation. "
 "Sublogic is best known as the creator of the Flight Simulator series, later known as Microsoft Flight Simulator, "
 "but it also created other video games such as Night Mission Pinball, Football, and Adventure on a Boat; educational "
 "software; and an Apple II graphics library.",
 "Sublogic released the flight simulation program FS1 Flight Simulator for the Apple II and the TRS-80 in 1979, "
 "followed by the more popular and widely ported Flight Simulator II in 1983, and Jet in 1985.",
 "In 1982, Flight Simulator was licensed to Microsoft, and through 2006 Microsoft released major updates to "
 "Microsoft Flight Simulator approximately every three years. A reboot of the series was announced in 2019, simply "
 "titled Microsoft Flight Simulator, released in 2020.",
 "Sublogic also produced software other than flight simulators, including children's educational software, 3D "
 "graphics software for CP/M, the A2-3D1 animation library for the Apple II, the X-1 video card and 3D graphics "
 "software for IBM PC compatibles, and Night Mission Pinball (1982) which was originally for the Apple II and ported "
 "to the Atari 8-bit computers, Commodore 64, and MS-DOS.",
 "Bruce Artwick left Sublogic in 1988 to form BAO Ltd. (Bruce Artwick Organization), retaining the copyright to "
 "Flight Simulator, which they continued to develop. BAO and the copyright to Flight Simulator were acquired by "
 "Microsoft in December 1995."]
KEPT["wp-sublogic"] = ("sublogic.txt", SL)
R.append(wp("wp-sublogic", "Sublogic", "https://en.wikipedia.org/wiki/Sublogic", "\n\n".join(SL),
 "software", ["history", "founding", "founders", "products", "licensing", "acquisition"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering ('released in 2020'), recorded 4.0 as batches 58p-70x recorded their "
 "en.wikipedia.org renderings; doubtful: no revision id). Cut: the title line '= Sublogic ='; the infobox lines "
 "between the title and the lead ('Sublogic', '- Logo: Sublogic-logo.png' to '- Homepage: www.sublogiccorp.com', "
 "with '- Founders: Bruce Artwick, Stu Moment' and '- Location: Urbana-Champaign, Illinois', so the word 'Founders' "
 "and 'Urbana-Champaign' are not in the text); the headings '==History==' and '===Denouement==='; cut before the "
 "sentence the excerpt breaks off in ('After Artwick's departure, Sublog'; `truncated`). No citation markers in this "
 "rendering. No word added or changed. Kept as written: 'Sublogic Corporation (stylized as subLOGIC) is an American "
 "software development company', 'It was formed in 1977 by Bruce Artwick, and incorporated in 1978 by Artwick's "
 "partner Stu Moment as Sublogic Communications Corporation', 'the creator of the Flight Simulator series, later "
 "known as Microsoft Flight Simulator', 'Night Mission Pinball, Football, and Adventure on a Boat', 'FS1 Flight "
 "Simulator for the Apple II and the TRS-80 in 1979', 'Flight Simulator II in 1983, and Jet in 1985', 'In 1982, "
 "Flight Simulator was licensed to Microsoft', 'A reboot of the series was announced in 2019', 'the A2-3D1 animation "
 "library', 'the X-1 video card', 'the Atari 8-bit computers, Commodore 64, and MS-DOS', 'Bruce Artwick left "
 "Sublogic in 1988 to form BAO Ltd. (Bruce Artwick Organization)', 'BAO and the copyright to Flight Simulator were "
 "acquired by Microsoft in December 1995'. 249 words. No outage and no near-miss of one told. Found at rank 5 of the "
 "query 'subLOGIC software company founded Bruce Artwick Stu Moment flight simulator' (a software house of 0 hits, "
 "turned from round 70x's leads on home-computer-era companies); mujweb.cz (rank 1; a fan page), en.wikipedia.org's "
 "older 'SubLOGIC' (rank 2; an old rendering with navigation lines and a bulleted timeline), gamicus.gamepedia.com "
 "(rank 3; a game wiki's copy with broken markup), en.wikipedia.org's 'Sublogic' of 2021-2022 ('44 years ago'; rank "
 "4; an infobox run into the lead and citation markers, the same paragraphs as rank 5), a railway.app page (rank 6; "
 "'Fact-checked by Grok', not Wikipedia), podcast.app (rank 7; an interview's notes) and airandspace.si.edu (rank 8; "
 "a magazine article, copyrighted) not used. Sublogic, Stu Moment, Night Mission, BAO Ltd.: " + CHECKED + " ('Bruce "
 "Artwick' and 'the Bruce Artwick Organization' named in train wp-terminal-reality, another company, and in batch "
 "58g's script and GATHERING.md section on it; 'Microsoft', 'Apple II', 'TRS-80', 'Commodore 64' and 'MS-DOS' named "
 "in texts on other matters).", "US",
 copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- video games, US: Tengen (company) (en.wikipedia.org's rendering) ---------------------------------------------
TG = [
 "Tengen Inc. was an American video game publisher and developer that was created by the arcade game manufacturer "
 "Atari Games for publishing computer and console games. It had a Japanese subsidiary named .",
 "By 1984, Atari, Inc. had been split into two distinct companies. Atari Corporation was responsible for computer and "
 "console games and hardware and owned the rights to the Atari brand for these domains. Atari Games was formed from "
 "Atari, Inc.'s arcade division, and were able to use the Atari name on arcade releases but not on console or "
 "computer games. When Atari Games wanted to enter the console game market, it needed to create a new label that did "
 "not use the Atari name. The new subsidiary was dubbed Tengen, which in the Japanese nomenclature of the board game "
 "Go refers to the central point of the board (the word \"Atari\" comes from the same game).",
 "At the time, Nintendo restricted their licensees to releasing only five games per year, mandated that Nintendo "
 "handle cartridge manufacturing, and required their games to be NES-exclusive for two years. Atari Games tried to "
 "negotiate for a less restrictive license to produce games for the Nintendo Entertainment System; Nintendo refused, "
 "so in December 1987, Atari Games agreed to Nintendo's standard licensing terms. Tengen was incorporated on December "
 "21 of that year. In 1988, Tengen released its first and only three games licensed by Nintendo: R.B.I. Baseball, "
 "Pac-Man, and Gauntlet.",
 "Meanwhile, Tengen secretly worked to bypass Nintendo's lock-out chip called 10NES that prevented unlicensed NES "
 "games from running."]
KEPT["wp-tengen-company"] = ("tengen.txt", TG)
R.append(wp("wp-tengen-company", "Tengen (company)", "https://en.wikipedia.org/wiki/Tengen_(company)",
 "\n\n".join(TG),
 "video games", ["history", "founding", "subsidiary", "licensing", "products"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-70x recorded their en.wikipedia.org renderings; "
 "doubtful: no revision id). Cut: the title line '= Tengen (company) ='; the infobox lines between the title and the "
 "lead ('Tengen Inc.', '- Logo: Tengen_logo.svg' to '- Subsid: Tengen Ltd.', with '- Foundation: December 21, "
 "1987', '- Defunct: June 28, 1994', '- Location: Milpitas, California, US', '- Successor: Time Warner Interactive' "
 "and '- Parent: Atari Games', so 'Milpitas', 'Time Warner Interactive', 'Tengen Ltd.' and 'June 28, 1994' are not "
 "in the text); the heading '==History=='; cut before the sentence the excerpt breaks off in ('While numerous "
 "manufacturers managed to override this chi'; `truncated`). No citation markers in this rendering. No word added or "
 "changed: the lead's last sentence is kept as the rendering gives it, 'It had a Japanese subsidiary named .' (the "
 "subsidiary's name, a Japanese-script template in the article, is lost in the rendering; doubtful: kept rather than "
 "cut, as the brief allows only the listed cuts). Kept as written: 'created by the arcade game manufacturer Atari "
 "Games for publishing computer and console games', 'By 1984, Atari, Inc. had been split into two distinct "
 "companies', 'Atari Games was formed from Atari, Inc.'s arcade division, and were able to use' (as written), 'The "
 "new subsidiary was dubbed Tengen', 'in December 1987, Atari Games agreed to Nintendo's standard licensing terms', "
 "'Tengen was incorporated on December 21 of that year', 'In 1988, Tengen released its first and only three games "
 "licensed by Nintendo: R.B.I. Baseball, Pac-Man, and Gauntlet', 'Nintendo's lock-out chip called 10NES'. 256 "
 "words. No outage and no near-miss of one told (a lock-out chip that 'prevented unlicensed NES games from running' "
 "is a product's design, not a service lost). Found at rank 7 of the query 'Tengen video game publisher subsidiary "
 "of Atari Games founded 1987' (a games publisher of 0 hits, turned from round 70x's leads on video-game companies); "
 "segaretro.org (ranks 1 and 3; a Sega fan wiki), vglegacy.com (rank 2; a blog's tag page), piglix.com (rank 4; an "
 "older revision, its infobox run into the text), theinfolist.com (rank 5; inline definitions run into the text), "
 "w.owiki.org (rank 6; a copy of another revision) and wiki-gateway.eudic.net (rank 8; an older revision) not used. "
 "Tengen, 10NES, Atari Games, Time Warner Interactive: " + CHECKED + " ('Atari, Inc.', 'Atari Corporation', "
 "'Nintendo', 'Nintendo Entertainment System', 'Pac-Man' and 'Gauntlet' named in texts on other matters).", "US",
 copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))


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

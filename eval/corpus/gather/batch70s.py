#!/usr/bin/env python3
"""Batch 70s (session 64; gatherer lane 70s): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70m, kept to three British computer-game publishers of the 1980s new to the corpus: Bug-Byte, the
Liverpool video game company founded in 1980 by Tony Baden and Tony Milner, whose name and logo Argus Press PLC bought
after its liquidation in 1985 (software, UK); Mastertronic, the budget computer game publisher and distributor founded
in 1983, with its arcade games division Arcadia Systems, its distribution of the Sega Master System, Virgin Group's
investment and purchase, its merger into Sega and the later Mastertronic Group chaired by Frank Herman (software, UK);
and Quicksilva, the games software publisher founded by Nick Lambert in 1979, bought by Argus Press Software in May
1984, whose Software Manager Paul Cooper and Managing Director Rod Cousens left to establish Electric Dreams Software
(software, UK). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`;
never a whole page): wikimili.com's copy of 'Bug-Byte' (undated, recorded 4.0 as batch 55zd recorded wikimili.com's
copies), inventaire.io's copy of the lead of 'Mastertronic' (its page quoting the Wikipedia lead with 'Read more or
edit on Wikipedia'; undated, recorded 4.0 as batch 19d recorded undated copies) and en.m.wikipedia.org's own mobile
page 'Quicksilva' (a 2023 revision: 'Founded1979; 44 years ago'; recorded 4.0 as batch 70m recorded wikimili.com's
2023 revision); Bug-Byte and Quicksilva cut at a sentence end before the sentence their excerpts break off in
(`truncated`: each article goes on); Mastertronic's lead kept whole (`truncated`: the article goes on beyond its
lead). Edits per item in `notes` (title lines, site lines, infobox lines, a contents line, headings and citation
markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather70s/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and
whitespace runs compared as one space, as batches 55e-70m did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: nine queries, four answered with English Wikipedia
text on a company not yet in the corpus, three taken (Elite Systems not: thin on posts and ties; round notes, /tmp/gather70s/NOTES.md; queries,
/tmp/gather70s/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70s.py [POOL_DIR] [--dry]   (default /tmp/gather70s/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70s/pool"
SRC = "/tmp/gather70s/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt, as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- software, UK: Bug-Byte (wikimili.com's copy) -------------------------------------------------------------------
BB = [
 "Bug-Byte Software Ltd. was a video game company founded in 1980 in Liverpool, initially producing software for the "
 "Acorn Atom and ZX80. Bug-Byte's first hit was Don Priestley's Mazogs which was one of the most successful titles "
 "for the ZX81. In 1983, it published Manic Miner , considered to be one of the most influential platform games of "
 "all time. The company went into liquidation in 1985 but their name and logo were purchased by Argus Press PLC for "
 "use as a budget software label.",
 "Bug-Byte was founded by Tony Baden and Tony Milner, two Oxford chemistry graduates. In 1981 they paid \u00a375 for "
 "The Damsel and the Beast for the ZX81, the first game produced by Don Priestley, a former teacher who had learned "
 "programming from a night school course. Priestley produced two further games considered to be classic ZX81 titles, "
 "Dictator and Mazogs , before becoming a director of rival publisher DK'Tronics.",
 "In 1982, Bug-Byte published the first commercially produced games for the BBC Micro and ZX Spectrum, Spacewarp and "
 "Spectral Invaders, both developed by David Lawson. Lawson used the profits from his next game, Spectres, to set up "
 "Imagine Software with Mark Butler, another Bug-Byte employee. Spectral Invaders was the number one game for the ZX "
 "Spectrum in the first UK video game charts published by Popular Computing Weekly in December 1982.",
 "In 1983, Bug-Byte published Styx , the first game from a three-game contract with Matthew Smith. His second, Manic "
 "Miner , originated in a request from Bug-Byte's Despatch Manager Alan Maton for a Donkey Kong style-game."]
KEPT["wp-bug-byte"] = ("bug-byte.txt", BB)
R.append(wp("wp-bug-byte", "Bug-Byte", "https://wikimili.com/en/Bug-Byte", "\n\n".join(BB),
 "video games", ["history", "founding", "founders", "executives", "liquidation"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; recorded 4.0, as "
 "batch 55zd recorded wikimili.com's copies). Cut: the title line 'Bug-Byte', the site's line 'Last updated', the "
 "infobox lines ('Bug-Byte Software Ltd' to 'Products Mazogs , Manic Miner , Twin Kingdom Valley'; so 'May 1980', "
 "'June 1985', 'Mulberry House, Canning Place', 'England' and 'Twin Kingdom Valley' are not in the text), the "
 "contents line 'Contents', the headings 'Formation' and 'Early success' and the citation markers ' [1]' to ' [12]'; "
 "cut before the sentence the excerpt breaks off in ('Manic Miner became the best selling video game in the country "
 "within weeks of its'; `truncated`). No word added or changed. Kept as written: 'Bug-Byte Software Ltd. was a video "
 "game company founded in 1980 in Liverpool', 'Don Priestley's Mazogs', 'Manic Miner , considered', 'Mazogs , before' "
 "and 'Styx , the first' (a space before the comma, as the copy renders a linked title, once a marker is dropped), "
 "'The company went into liquidation in 1985 but their name and logo were purchased by Argus Press PLC for use as a "
 "budget software label', 'founded by Tony Baden and Tony Milner, two Oxford chemistry graduates', 'paid \u00a375 for "
 "The Damsel and the Beast', 'before becoming a director of rival publisher DK'Tronics', 'to set up Imagine Software "
 "with Mark Butler, another Bug-Byte employee', 'Popular Computing Weekly in December 1982', 'Bug-Byte's Despatch "
 "Manager Alan Maton', 'a Donkey Kong style-game'. 261 words. No outage and no near-miss of one told. Found at rank 2 "
 "of the query 'Bug-Byte Software Liverpool video game publisher founded Tony Baden Tony Milner' (a British software "
 "house of 0 hits, turned from round 70m's leads on British software houses, Telecomsoft's and Mirrorsoft's kin); "
 "whereweretheynow.blogspot.com (ranks 1 and 7; a blog), code198x.stevehill.xyz (ranks 3 and 4; a retro-computing "
 "site's profile), geocities.datacellar.net (rank 5; a magazine's 1984 article), pressreader.com (rank 6; a 2021 "
 "magazine article) and man.london (rank 8; a magazine feature) not used. Bug-Byte, Tony Baden, Tony Milner, Don "
 "Priestley, Mazogs, Manic Miner, DK'Tronics, David Lawson, Mark Butler, Matthew Smith, Alan Maton, Argus Press: "
 + CHECKED + " ('Imagine Software' in dev wp-ocean-software, on another matter; 'ZX Spectrum', 'ZX81', 'BBC Micro' "
 "and 'Liverpool' names in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- software, UK: Mastertronic (inventaire.io's copy of the lead) --------------------------------------------------
MT = [
 "Mastertronic was originally a publisher and distributor of low-cost computer game software founded in 1983. Their "
 "first games were distributed in mid-1984. At its peak the label was the dominant software publisher in the UK, a "
 "position achieved by selling cassette-based software at \u00a31.99. As well as supplying leading retailers such as "
 "Woolworth's and Toys \"R\" Us, Mastertronic sold software in outlets such as newsagents which had not been "
 "previously associated with the software market. Later diversification included the setting up of US operations to "
 "source and distribute their software, as well as an unsuccessful arcade games division (Arcadia Systems). However, "
 "it was their decision to market the Sega Master System in the UK that ultimately proved most successful. It "
 "resulted in the Master System selling much better than its rival, the NES than in many other territories and was "
 "cited by some as Virgin Group's reason for investing in the company (and later buying it outright). As the budget "
 "software market declined, the Sega hardware distribution became the dominant part of the business, and the company "
 "was eventually merged into Sega itself. Although the original company no longer exists, the rights to the name were "
 "acquired by another company, Mastertronic Group, formed in 2006 as a result of a merger of The Producers and Sold "
 "Out Sales & Marketing with Frank Herman, one of the founders of the original company, as its chairman."]
KEPT["wp-mastertronic"] = ("mastertronic.txt", MT)
R.append(wp("wp-mastertronic", "Mastertronic", "https://inventaire.io/entity/wdt:P921-wd:Q1615297?lang=en",
 "\n\n".join(MT),
 "video games", ["history", "founding", "founders", "executives", "acquisition", "ownership", "distribution"],
 "The article's lead as inventaire.io's page for the subject 'Mastertronic' quotes it ('Read more or edit on "
 "Wikipedia'), held in the page store (no date or revision id held; a revision after 2006: 'formed in 2006'; recorded "
 "4.0, as batch 19d recorded undated copies; doubtful: inventaire.io, a book-cataloguing site, is a copy of the lead "
 "only, first used in this round). Cut: the site's description line 'computer game publisher and distributor' (the "
 "subject's short description), the site's lines 'Read more or edit on Wikipedia', 'main subject: Mastertronic' and "
 "'you are offline'. No citation markers. The lead kept whole (`truncated`: the article goes on beyond its lead). No "
 "word added or changed. Kept as written: 'founded in 1983', 'distributed in mid-1984', 'selling cassette-based "
 "software at \u00a31.99', 'supplying leading retailers such as Woolworth's and Toys \"R\" Us', 'an unsuccessful "
 "arcade games division (Arcadia Systems)', 'their decision to market the Sega Master System in the UK', 'the Master "
 "System selling much better than its rival, the NES than in many other territories' (no comma after 'NES', as "
 "written), 'Virgin Group's reason for investing in the company (and later buying it outright)', 'the company was "
 "eventually merged into Sega itself', 'the rights to the name were acquired by another company, Mastertronic Group, "
 "formed in 2006 as a result of a merger of The Producers and Sold Out Sales & Marketing', 'Frank Herman, one of the "
 "founders of the original company, as its chairman'. 234 words. No outage and no near-miss of one told. Found at "
 "rank 1 of the query 'Mastertronic was originally a publisher and distributor of low-cost computer game software "
 "founded in 1983. Their first games were distributed in mid-1984' (Mastertronic, 0 hits, a British software house "
 "beside Bug-Byte and Quicksilva; the two earlier Mastertronic queries gave a fan wiki, the company's history site, "
 "game-database pages, Sega Retro, a museum page and a press-cutting page, and inventaire.io at rank 5 of the "
 "second); boardgamegeek.com (rank 2; an older lead quoted 'From Wikipedia' with an admin note run on), "
 "abandonwaredos.com (rank 3), computerhits.org (rank 4), absoluteastronomy.com (rank 5; an older copy broken at "
 "every link, ', Frank Herman and Alan Sharam founded' with its first name lost), retrocollector.org (ranks 6 and 8; "
 "lists) and gryzor.info (rank 7; a CPC wiki's diff) not used. Mastertronic, Arcadia Systems, Frank Herman, Toys "
 "\"R\" Us, Mastertronic Group: " + CHECKED + " ('Sold Out' and 'The Producers' as words in texts on other matters; "
 "'Woolworth' in texts on other matters; 'Master System' in one text on another matter; 'Virgin Group' and 'Sega' "
 "named in texts on other matters).", "non-US",
 copy_of="the Wikipedia article's lead, via inventaire.io, which quotes it"))

# ---- software, UK: Quicksilva (en.m.wikipedia.org's own page) --------------------------------------------------------
QS = [
 "Quicksilva was a British games software publisher active during the early 1980s.",
 "Quicksilva was founded by Nick Lambert in 1979. The name Quicksilva was inspired by a particular guitar solo in a "
 "track on the album Happy Trails by Quicksilver Messenger Service. Quicksilva mainly released games for the ZX81, "
 "Commodore 64 and ZX Spectrum, but also did conversions and some original games for the VIC-20, Dragon 32/64, "
 "Oric-1/Atmos, BBC Micro and Acorn Electron home computers.",
 "One of their earliest titles was QS Defenda (originally QS Defender), a clone of the Defender arcade game for the "
 "ZX80 and ZX81 home computers. Greater success followed with later releases, including a Star Raiders-style game "
 "entitled Time-Gate which reached the top of the ZX Spectrum charts in December 1982. Amongst the company's other "
 "successes were Jeff Minter's Gridrunner (1983), Bugaboo (1983, a.k.a. La Pulga) and Fred (1983, titled \"Roland on "
 "the Ropes\" on the Amstrad), two titles licensed from Spanish software house Indescomp S.A. Sandy White's Ant "
 "Attack (1983) for the ZX Spectrum featured revolutionary 3-D graphics for which a patent application was made.",
 "In early 1984, they published their first licensed title, The Snowman, an adaptation of the 1978 book by Raymond "
 "Briggs. Software Manager Paul Cooper ruled out an adaption of Briggs' When The Wind Blows stating \"nuclear war can "
 "upset a lot of people\".",
 "In May 1984, the company was bought by Argus Press Software which later became Grandslam Entertainment. Paul "
 "Cooper and Managing Director Rod Cousens left to establish Electric Dreams Software in 1985 when Argus moved the "
 "company from Southampton to London."]
KEPT["wp-quicksilva"] = ("quicksilva.txt", QS)
R.append(wp("wp-quicksilva", "Quicksilva", "https://en.m.wikipedia.org/wiki/Quicksilva", "\n\n".join(QS),
 "video games", ["history", "founding", "founders", "executives", "acquisition", "ownership", "licensing"],
 "The article as en.m.wikipedia.org's own mobile page holds it in the page store (no revision id held; a 2023 "
 "revision: 'Founded1979; 44 years ago (1979)'; recorded 4.0, as batch 70m recorded wikimili.com's 2023 revision). "
 "Cut: the infobox lines ('IndustryVideo games' to 'Defunct1990; 33 years ago (1990)'; so 'Defunct1990' is not in the "
 "text), the heading 'Later years edit' and the citation markers ('[1]' to '[10]'); cut before the sentence the "
 "excerpt breaks off in ('The company continued to publish licensed products, including the first official home "
 "computer conversion of Atari's Battlezone, Eric Bristow's Pro Darts, two diff'; `truncated`). The page's lead "
 "sentence stands before its infobox lines, as the mobile rendering gives it. No word added or changed. Kept as "
 "written: 'a British games software publisher active during the early 1980s', 'founded by Nick Lambert in 1979', "
 "'the album Happy Trails by Quicksilver Messenger Service', 'QS Defenda (originally QS Defender)', 'a Star "
 "Raiders-style game entitled Time-Gate', 'in December 1982', 'Jeff Minter's Gridrunner (1983), Bugaboo (1983, a.k.a. "
 "La Pulga) and Fred (1983, titled \"Roland on the Ropes\" on the Amstrad), two titles licensed from Spanish software "
 "house Indescomp S.A.', 'Sandy White's Ant Attack (1983)', 'In early 1984', 'The Snowman, an adaptation of the 1978 "
 "book by Raymond Briggs', 'Software Manager Paul Cooper', 'an adaption of Briggs' When The Wind Blows', 'In May "
 "1984, the company was bought by Argus Press Software which later became Grandslam Entertainment', 'Paul Cooper and "
 "Managing Director Rod Cousens left to establish Electric Dreams Software in 1985'. 263 words. No outage and no "
 "near-miss of one told. Found at rank 6 of the query 'Quicksilva British video game publisher founded Nick Lambert "
 "Argus Press' (a British software house of 0 hits, turned from round 70m's leads on British software houses); "
 "whereweretheynow.blogspot.com (rank 1; a blog), elisoftware.org (rank 2; a software encyclopedia's own text), "
 "docslib.org (rank 3; Mark Eyles's research article, copyrighted), friendlywiki.com (rank 4; raw wiki markup), "
 "review.clateway.com (rank 5; a copy ending before the 'Later years' section), vi0.me (rank 7; a copy of a newer "
 "revision, 'founded by Nick Lambert in 1980') and wikiclassic.com (rank 8; a garbled copy: 'wuz', 'inner') not used. "
 "Quicksilva, Nick Lambert, Argus Press, Grandslam, Rod Cousens, Paul Cooper, Electric Dreams, Indescomp, Jeff "
 "Minter, Sandy White, Raymond Briggs: " + CHECKED + " ('Ant Attack' only inside other words in one text; 'ZX "
 "Spectrum', 'Commodore 64' and 'BBC Micro' names in texts on other matters).", "non-US"))


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

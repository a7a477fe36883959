#!/usr/bin/env python3
"""Batch 57j (session 55; gatherer lane 57j): company histories from English Wikipedia in the company lane of batches
36j-40zg (40ze's record labels among them), 54zu, 55e, 55f, 55n, 55s, 55x, 55za, 55zd, 56f and 57a, turned to
mid-size toy, sports-goods and music-label companies, new to the corpus: an American toy company founded in 1957 by
Lewis Galoob and his wife Barbara Galoob, maker of Micro Machines and distributor of the Game Genie, whose founder gave
up the presidency in 1970 to his son David, with his brother Robert Galoob as vice-president, which won a lawsuit
against Nintendo of America and was bought by Hasbro in September 1998 (toys, US); a sportswear company founded in
1974 in Shoeburyness by Frank van Wezel (founder and chairman), who bought Hi-Tec Sports USA from its founders Duke and
Kathy Jones in 1990 and the listed company back in 2000, acquired by Cherokee Inc. (later Apex Global Brands) in 2016
(sports goods, UK and the Netherlands); a British sports equipment brand founded in 1881 by the brothers Ralph and
Albert Slazenger, acquired by Dunlop Rubber in 1959, with Dunlop bought by BTR in 1985, and acquired by Sports Direct
(now the Frasers Group) in 2004 (sports goods, UK); and a British independent record label founded in Sheffield in
1989 by Steve Beckett, Robert Mitchell and Robert Gordon, which set up the film company Warp Films and launched the
download store Bleep (music, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering of 'Galoob' (undated; a revision before
the 1984 licence sentence of a later rendering) and en.wikipedia.org's '= Title =' renderings of 'Hi-Tec' (a revision
of 2019 or later: 'later known as Apex Global Brands'), 'Slazenger' (a revision of 2023 or later) and 'Warp Records'
(a revision of 2024 or later: the infobox's dark-mode class 'skin-invert'); each cut at a sentence end (`truncated`).
Edits per item in `notes` (site lines, title lines, infobox lines, headings and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather58j/src), the markers ('[1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 56b, 56j and 57a did. No
text tells an outage; none tells a near-miss of one that a reader might take for an outage beyond Galoob's 'financial
collapse of Black Monday' (a market crash, no service lost) and Slazenger's plant (the sentence of its closing cut).
newskg (or any extractor) was not run on any text. A round of four out of nine queries (round notes,
/work/notes/gather58/57j.md; queries, /tmp/gather58j/src/queries.txt).
usage: batch57j.py [POOL_DIR] [--dry]   (default /tmp/gather58j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58j/pool"
SRC = "/tmp/gather58j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- toys, US: Galoob (en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering, undated) --------------
GALOOB = [
 "Lewis Galoob Toys, Inc., was a toy company headquartered in South San Francisco, California. They are best known "
 "for creating Micro Machines, which accounted for 50% of its sales in 1989, and distributing the Game Genie in the "
 "United States.",
 "Lewis Galoob Toys was founded in 1957 by Lewis Galoob and his wife, Barbara Galoob, as a small distributor of toys "
 "and stationery. Galoob's first toy success was the reintroduction of a battery-powered Jolly Chimp, a "
 "cymbal-banging monkey toy that nodded his head when activated. The company was incorporated in 1968.",
 "In 1970, Lewis Galoob became too ill to continue as president, and his 21-year-old son, David, dropped out of the "
 "University of Southern California to take over the family business. In partnership with his brother, "
 "Vice-President Robert Galoob, David aggressively pursued new product development, and transformed the company into "
 "a $1 million business by 1976.",
 "The company was greatly affected by the financial collapse of Black Monday in 1987, a year in which it lost $25 "
 "million, but the following year it recovered by generating a profit of $6 million. By 1988 the company manufactured "
 "85% of its toys in China.",
 "Galoob was involved in a landmark intellectual property lawsuit, Lewis Galoob Toys, Inc. v. Nintendo of America, "
 "Inc., over the Nintendo Entertainment System version of the Game Genie. Nintendo charged that the Game Genie "
 "violated copyright by creating an unlicensed derivative of their copyrighted games. Galoob won the lawsuit and "
 "continued to produce the Game Genie.",
 "In September 1998, American toy giant Hasbro purchased Galoob for $220 million."]
KEPT["wp-galoob"] = ("galoob-enwiki.txt", GALOOB)
R.append(wp("wp-galoob", "Galoob", "https://en.wikipedia.org/wiki/Galoob", "\n\n".join(GALOOB),
 "toys", ["history", "founding", "leadership", "litigation", "acquisition"],
 "The article as en.wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering holds it in the page store "
 "(undated, no revision id; no 'Jump to' line, the infobox with Wikidata's 'Edit this on Wikidata' link; a revision "
 "before the sentence on the 1984 World Wrestling Federation toy licence that the page store's later '= Title =' "
 "rendering has, whose source carries an access date of November 2024). Cut: the site line 'From Wikipedia, the free "
 "encyclopedia'; the infobox lines ('Lewis Galoob Toys, Inc.', 'IndustryToys, Consumer electronics, video games', "
 "'FounderBarbara Galoob Frankel', 'Lewis Galoob Edit this on Wikidata', 'Defunct1958 (England)', '1998 (as a toy "
 "company)', 'FateClosed, properties and brand name sold to Hasbro.', 'ProductsToys, video games, consumer "
 "electronics'), so the name 'Barbara Galoob Frankel' is not in the text; the empty lines where the rendering drops "
 "its history heading; the citation markers '[1]' to '[5]' ('[3]' three times, '[2]' twice); cut after '... "
 "purchased Galoob for $220 million.', before the sentence the excerpt breaks off ('Today, Galoob is a H'; "
 "`truncated`; a cut inside a paragraph, at a sentence end), so the later Galoob brand under Hasbro is not in the "
 "text. No word added or changed. Kept as written: 'Lewis Galoob Toys, Inc., was a toy company headquartered in South "
 "San Francisco, California.' (the comma after 'Inc.'), 'They are best known for creating Micro Machines, which "
 "accounted for 50% of its sales in 1989, and distributing the Game Genie' ('They' and 'its' for one company), "
 "'founded in 1957 by Lewis Galoob and his wife, Barbara Galoob, as a small distributor of toys and stationery', 'a "
 "battery-powered Jolly Chimp, a cymbal-banging monkey toy that nodded his head when activated', 'Lewis Galoob became "
 "too ill to continue as president, and his 21-year-old son, David, dropped out of the University of Southern "
 "California to take over the family business', 'In partnership with his brother, Vice-President Robert Galoob' "
 "('Vice-President' capitalised and hyphenated), 'the financial collapse of Black Monday in 1987', 'the following "
 "year it recovered', 'Lewis Galoob Toys, Inc. v. Nintendo of America, Inc.,' (the case name), 'Nintendo charged that "
 "the Game Genie violated copyright by creating an unlicensed derivative of their copyrighted games', 'continued to "
 "produce the Game Genie', 'In September 1998, American toy giant Hasbro purchased Galoob for $220 million.'. 260 "
 "words. No outage told; one near-miss ('the financial collapse of Black Monday': a stock market crash, no service "
 "lost). Recorded CC BY-SA 4.0 (doubtful: the revision is undated, between about 2017, when the infobox's Wikidata "
 "links came in, and November 2024; as batch 57a recorded Neversoft's undated rendering). Found at rank 5 of the query "
 "'Lewis Galoob Toys was an American toy company founded by'; en.wikipedia.org's '= Title =' rendering (rank 4; a "
 "later revision, with the WWF licence lost to LJN, breaking off inside the Hasbro sentence, 'In September 1998, "
 "American toy g'), en.wikipedia.org's older 'Jump to: navigation, search' renderings (ranks 6, 8; shorter texts, "
 "rank 8 with 1954 and 'Barbara Frankel'), the founder's own article 'Lewis Galoob' and theinfolist.com's copy of it "
 "(ranks 1, 2; a biography), vintagetoyemporium.com (rank 3) and friendlywiki.com's wikitext (rank 7) not used. "
 "Galoob, Micro Machines, Game Genie, Jolly Chimp, LJN, Nintendo of America: " + CHECKED + " ('Hasbro' is in batch "
 "32n's Tonka history, another matter).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- sports goods, UK/Netherlands: Hi-Tec (en.wikipedia.org's '= Title =' rendering, 2019 or later) ----------------
HITEC = [
 "Hi-Tec Sports, trading as Hi-Tec, is a privately held producer and distributor of sportswear and accessories, "
 "headquartered in the Netherlands.",
 "Hi-Tec Sports was founded in 1974, in Shoeburyness, Essex, England, by Frank Van Wezel. The company moved its "
 "headquarters to Southend-on-Sea, before relocating its head office to Amsterdam.",
 "Hi-Tec Sports USA was started in Modesto, CA in 1978 by Duke and Kathy Jones. They developed the first lightweight "
 "hiking boot. This became the main success of Hi-Tec Sports USA. They also developed and named the \"Magnum\" boot. "
 "Duke and Kathy Jones sold Hi-Tec Sports USA to Frank Van Wezel in 1990.",
 "In 1988, the company was floated on the London Stock Exchange. Frank van Wezel bought the company back in 2000. It "
 "was privately held through 2013.",
 "Production was in China until 2005, when Hi-Tec acquired the Falcon shoe factory in Lewiston, Maine, enabling them "
 "to offer made-in-usa branded products and compete for US Federal government contracts.",
 "In 2013, Hi-Tec founder and chairman Frank van Wezel, was awarded an Honorary Degree of Doctor of Business "
 "Administration by Anglia Ruskin University.",
 "In 2016, it was acquired by Cherokee Inc., later known as Apex Global Brands."]
KEPT["wp-hi-tec"] = ("hitec-enwiki.txt", HITEC)
R.append(wp("wp-hi-tec", "Hi-Tec", "https://en.wikipedia.org/wiki/Hi-Tec", "\n\n".join(HITEC),
 "sports goods/sportswear and footwear", ["history", "founding", "leadership", "listing", "acquisition"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2019 or later: its running text names Cherokee Inc. 'later known as Apex Global Brands', and the "
 "infobox gives 'Parent: Cherokee Inc.'). Cut: the title line '= Hi-Tec =' and the line 'Hi-Tec Sports'; the "
 "infobox lines ('- Logo: 200px|Logo', '- Type: Subsidiary', '- Foundation: 1974', '- Founder: Frank van Wezel', '- "
 "Hq Location Country: Netherlands', '- Hq Location City: Amsterdam', '- Key People: Frank van Wezel (Chairman), Ed "
 "van Wezel(CEO)', '- Industry: Sportswear and accessories', '- Products: Sportswear, sports equipment', '- Area "
 "Served: Worldwide', '- Revenue: $250USD million', '- Num Employees: 500', '- Homepage: http://www.hi-tec.com/', '- "
 "Parent: Cherokee Inc.'), so the CEO Ed van Wezel is not in the text (doubtful: the page's only other executive; cut "
 "as batches 54zu, 55i, 56b, 56j and 57a cut their infoboxes); the heading '==History=='; cut at the end of the "
 "history section, before the heading '==Awards==' and the three award paragraphs, the last of which the excerpt "
 "breaks off ('... and Outdoor Footwear Com'; `truncated`), so the V-Lite Altitude Ultra Luxe and ZUUK awards and "
 "Which? are not in the text. This rendering has no citation markers; no word added or changed. Kept as written: "
 "'Hi-Tec Sports, trading as Hi-Tec, is a privately held producer' (beside the acquisition of 2016), 'by Frank Van "
 "Wezel' (a capital 'Van', twice) beside 'Frank van Wezel' (twice), 'Modesto, CA', 'by Duke and Kathy Jones' (the "
 "one surname for the two), 'They developed the first lightweight hiking boot. This became the main success of "
 "Hi-Tec Sports USA.', 'named the \"Magnum\" boot', 'the company was floated on the London Stock Exchange', 'Frank van "
 "Wezel bought the company back in 2000', 'It was privately held through 2013.', 'made-in-usa branded products' (lower "
 "case), 'US Federal government contracts', 'Hi-Tec founder and chairman Frank van Wezel, was awarded' (the comma "
 "before the verb), 'In 2016, it was acquired by Cherokee Inc., later known as Apex Global Brands.'. 194 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: the revision is undated beyond 2019; the '= "
 "Title =' renderings batches 55i, 56b and 56j dated were of 2024-2025, after Wikimedia's move to 4.0 of June 2023). "
 "Found at rank 6 of the query 'Hi-Tec Sports is a British sportswear company founded in 1974 by Frank van Wezel'; "
 "hubbry.com's copy (rank 4; the same text with markers and '[edit]' links) and the company's, retailers' and shops' "
 "heritage pages (ranks 1-3, 5, 7, 8; not openly licensed) not used. Hi-Tec, van Wezel, Shoeburyness, Cherokee Inc, "
 "Apex Global, Falcon shoe, Anglia Ruskin: " + CHECKED + " ('Modesto' only in GATHERING.md's lines on Modesto Tallow "
 "and 'Lewiston' in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- sports goods, UK: Slazenger (en.wikipedia.org's '= Title =' rendering, 2023 or later) -------------------------
SLAZENGER = [
 "Slazenger (/\u02c8sl\u00e6z\u0259nd\u0292\u0259r/) is a British sports equipment brand owned by the Frasers Group "
 "(formerly Sports Direct). One of the world's oldest sport brands, the company was established as a sporting goods "
 "shop in 1881 by entrepreneurial brothers, Ralph and Albert Slazenger, in Cannon Street, London. Slazenger was "
 "acquired by Dunlop Rubber in 1959. Dunlop was acquired by BTR in 1985. Sports Direct acquired the business in 2004.",
 "Frasers Group offers a range of products under the Slazenger label, including equipment for cricket, field hockey, "
 "golf, swimming, and tennis, and a clothing line. Slazenger produced the official football match ball for the 1966 "
 "FIFA World Cup.",
 "Slazenger has the longest-running sporting sponsorship in the world, thanks to its association with the Wimbledon "
 "Tennis Championship, providing balls for the tournament since 1902.",
 "In 1881, Ralph and Albert Slazenger, Jewish brothers from Manchester, established a shop in London's Cannon Street, "
 "selling rubber sporting goods. Slazenger quickly became a leading manufacturer of sporting equipment for golf and "
 "tennis. Four years after the All England Lawn Tennis and Croquet Club held its first-ever championships in 1877, "
 "Slazenger produced 'The New Game of Lawn Tennis' (tennis rackets and balls) complete in a box. In 1883, Slazenger "
 "filed a patent for a net for table tennis.",
 "Their plant in Barnsley, South Yorkshire manufactured tennis balls and exported them round the world."]
KEPT["wp-slazenger"] = ("slazenger-enwiki.txt", SLAZENGER)
R.append(wp("wp-slazenger", "Slazenger", "https://en.wikipedia.org/wiki/Slazenger", "\n\n".join(SLAZENGER),
 "sports goods/sports equipment", ["history", "founding", "acquisition", "ownership", "brand"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2023 or later: its lead has 'One of the world's oldest sport brands' and 'entrepreneurial brothers', "
 "which the page store's Kiwix copy of February 2023 (wikipedia_en_top1m_2023-02) lacks, and the infobox gives "
 "'Parent: Dunlop Rubber (1959\u201385) , BTR plc (1985\u201399) , Frasers Group (2004\u2013present)'). Cut: the "
 "title line '= Slazenger =' and the line 'Slazenger'; the infobox lines ('- Logo: Slazenger logo.svg', '- Type: "
 "Subsidiary', '- Founder: Ralph and Albert Slazenger', '- Location City: Shirebrook, Derbyshire, England', '- "
 "Location Country: United Kingdom', '- Area Served: Worldwide', '- Industry: Sports equipment, textile, footwear', "
 "'- Products: ...', the '- Parent: ...' line above, '- Homepage: store.slazenger.com/'), so Shirebrook, Derbyshire, "
 "the form 'BTR plc' and the years each owner held it are not in the text; the heading '== History =='; cut after "
 "'... exported them round the world.', before the sentence the excerpt breaks off ('The plant closed in 2'; "
 "`truncated`; a cut inside a paragraph, at a sentence end), so the plant's closing and the later history (Dunlop "
 "Slazenger, the buyout of 1996) are not in the text. This rendering has no citation markers; no word added or "
 "changed. Kept as written: the pronunciation '(/\u02c8sl\u00e6z\u0259nd\u0292\u0259r/)' after the name (as the "
 "rendering prints it), 'a British sports equipment brand owned by the Frasers Group (formerly Sports Direct)', 'the "
 "company was established as a sporting goods shop in 1881 by entrepreneurial brothers, Ralph and Albert Slazenger, "
 "in Cannon Street, London' (one surname for the two), 'Slazenger was acquired by Dunlop Rubber in 1959. Dunlop was "
 "acquired by BTR in 1985. Sports Direct acquired the business in 2004.', 'Frasers Group offers a range of products "
 "under the Slazenger label', 'the official football match ball for the 1966 FIFA World Cup', 'the longest-running "
 "sporting sponsorship in the world, thanks to its association with the Wimbledon Tennis Championship, providing "
 "balls for the tournament since 1902', 'Jewish brothers from Manchester', 'in London's Cannon Street' (beside 'in "
 "Cannon Street, London'), 'Four years after the All England Lawn Tennis and Croquet Club held its first-ever "
 "championships in 1877', ''The New Game of Lawn Tennis' (tennis rackets and balls) complete in a box' (single "
 "quotes), 'Their plant in Barnsley, South Yorkshire manufactured tennis balls' (no comma after 'Yorkshire'). 224 "
 "words. No outage and no near-miss of one told (the plant's closing cut). Recorded CC BY-SA 4.0 (a revision of 2023 "
 "or later; doubtful as to the month: the Kiwix copy dates the older lead to February 2023, and the wording of this "
 "lead stands in copies whose sources were retrieved in June 2024). Found at rank 1 of the query 'Slazenger is a "
 "British sports equipment brand founded in 1881 by brothers, acquired by Sports Direct'; dev.library.kiwix.org's "
 "Kiwix copy and wikimili.com's copy (ranks 2, 3; the older text, the infobox spliced into the lead and image "
 "captions into the history), wap.bdmobi.com's, pinocchiopedia.com's and ipedia.pro's copies (ranks 4, 5, 8; markers, "
 "a 'Cite error' line or image captions in the history), friendlywiki.com's wikitext (rank 6) and a blog (rank 7) "
 "not used. Slazenger, Dunlop Rubber, All England Lawn Tennis: " + CHECKED + " ('Frasers Group' and 'Sports Direct' "
 "are in batch 40zc's Jack Wills history (dev, by file name; not opened), another matter; 'Dunlop', 'BTR', 'Cannon "
 "Street' and 'Barnsley' only in texts or lines on other matters).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- music, UK: Warp Records (en.wikipedia.org's '= Title =' rendering, 2024 or later) -----------------------------
WARP = [
 "Warp Records is a British independent record label founded in Sheffield in 1989 by Steve Beckett, Robert Mitchell "
 "and Robert Gordon. It specialises in electronic, indie rock and experimental music, and has released records by "
 "acts including Aphex Twin, Autechre, Boards of Canada, Squarepusher, Brian Eno, Broadcast, Flying Lotus, "
 "Max\u00efmo Park, !!!, Battles and Grizzly Bear.",
 "Warp began as a record shop in 1987, and released its first record, \"Track With No Name\" by Gordon's band "
 "Forgemasters, in 1989. In the early 1990s, Warp became associated with the UK bleep scene, releasing music by acts "
 "such as LFO, Sweet Exorcist and Nightmares on Wax. Rather than releasing dance singles by short-lived acts, Warp "
 "prioritised albums and artist longevity. In 1992, it released Artificial Intelligence, a compilation of tracks by "
 "various artists that helped establish intelligent dance music, a genre of electronic music intended for home "
 "listening rather than dancing.",
 "Gordon left in 1991 and Mitchell died in 2001, leaving Beckett as the head. Warp moved to London in 2000. Over the "
 "following decade, it expanded its roster to include rock, hip-hop, film soundtracks, neoclassical music and ambient "
 "music. In 2001, Warp established a film production company, Warp Films, initially to release films by Chris "
 "Cunningham and Chris Morris. In 2004, Warp launched Bleep, one of the first download stores.",
 "Warp is associated with the experimental electronic music of acts such as Aphex Twin, Autechre and Boards of "
 "Canada, but has influenced artists of other genres, such as the rock band Radiohead."]
KEPT["wp-warp-records"] = ("warp-enwiki.txt", WARP)
R.append(wp("wp-warp-records", "Warp Records", "https://en.wikipedia.org/wiki/Warp_Records", "\n\n".join(WARP),
 "music/record label", ["history", "founding", "leadership", "subsidiary", "services"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2024 or later: the infobox's first line is the dark-mode class 'skin-invert', which Wikipedia's "
 "templates took up in 2024). Cut: the title line '= Warp Records =' and the line 'Warp Records'; the infobox lines "
 "('- Class: skin-invert]]', '- Founder: Steve Beckett, Rob Mitchell, Robert Gordon', '- Distributor: FUGA', '- "
 "Genre: ...', '- Country: United Kingdom', '- Location: Sheffield (1989\u20132000) , London (2000\u2013present)', "
 "'- Url: warp.net'), so the form 'Rob Mitchell' and the distributor FUGA are not in the text; cut after '... such as "
 "the rock band Radiohead.', before the sentence the excerpt breaks off ('Publications such as The Independent, The'; "
 "`truncated`; a cut inside a paragraph, at a sentence end), so the publications' praise is not in the text. This "
 "rendering has no citation markers; no word added or changed. Kept as written: 'founded in Sheffield in 1989 by "
 "Steve Beckett, Robert Mitchell and Robert Gordon', 'has released records by acts including Aphex Twin, Autechre, "
 "Boards of Canada, Squarepusher, Brian Eno, Broadcast, Flying Lotus, Max\u00efmo Park, !!!, Battles and Grizzly "
 "Bear' (the diaeresis in 'Max\u00efmo', the band name '!!!'), 'Warp began as a record shop in 1987', '\"Track With "
 "No Name\" by Gordon's band Forgemasters', 'the UK bleep scene', 'In 1992, it released Artificial Intelligence, a "
 "compilation of tracks by various artists', 'Gordon left in 1991 and Mitchell died in 2001, leaving Beckett as the "
 "head.', 'Warp established a film production company, Warp Films, initially to release films by Chris Cunningham "
 "and Chris Morris', 'Warp launched Bleep, one of the first download stores', 'such as the rock band Radiohead'. 251 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024 or later, after "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 5 of the query 'Warp Records is a British independent record "
 "label founded in Sheffield in 1989 by'; northerntransmissions.com's label page (rank 1; an older Wikipedia lead "
 "pasted in with no licence stated), the Wayback Machine's capture of wn.com's page (rank 2; an aggregation page), "
 "theinfolist.com's copy held under 'Gift_Records' (rank 6; link glosses woven into the text), sonotone.zone, "
 "bupipedream.com, a blog and qobuz.com (ranks 3, 4, 7, 8; not openly licensed) not used. Warp Records, Steve "
 "Beckett, Rob Mitchell, Robert Mitchell, Robert Gordon, Warp Films, Bleep, Aphex Twin, Autechre: " + CHECKED +
 " ('Forgemasters' only in GATHERING.md's lines on Sheffield Forgemasters, another company).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))


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

#!/usr/bin/env python3
"""Batch 61d (session 57; gatherer lane 61d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-60j, kept to an American game developer, an American film studio, an American animation studio and an
American toy maker, new to the corpus: Running with Scissors, founded in 1996 by Vince Desi as a brand label of Riedel
Software Productions, its Postal games, a trademark lawsuit from the United States Postal Service and a game
co-developed with the publisher Akella (video games, US); Orion Pictures Corporation, formed in 1978 as a joint venture
between Warner Bros. Pictures and three former executives of United Artists (co-chairmen Arthur Krim and Robert Benjamin
and chief executive officer Eric Pleskow), merged with Filmways, Inc. in 1982, majority-owned by Metromedia by 1988, with
its division Orion Classics (film, US); Blue Sky Studios, founded in 1987 by six people who had worked at MAGI, owned by
20th Century Fox since 1997, its commercials for Chock Full O' Nuts and Nickelodeon (animation, US); and Fisher-Price,
founded in 1930 by four named people, a subsidiary of Mattel since 1993, Margaret Evans Price its first Art Director
(toys, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Running with Scissors (company)' (undated, 2022 or later);
wiki.privacytools.io's copy of the revision of 'Orion Pictures' of 20 October 2006 (oldid 82553098); en.wikipedia.org's
'Jump to: navigation' rendering of 'Blue Sky Studios' (about 2013-2015); en.m.wikipedia.org's rendering of
'Fisher-Price' (about 2020-2021); each cut at a sentence end before the sentence its excerpt breaks off (`truncated`).
Edits per item in `notes` (title lines, infobox lines, revision and image lines, section headings and citation markers
cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather62d/src),
the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches
55e-60j did. No text tells an outage or a near-miss of one (a lawsuit, a cancelled game, a studio that 'shut down' and a
merger are business events). newskg (or any extractor) was not run on any text. A round of four: nineteen queries,
four answered with English Wikipedia text on a company not yet in the corpus and were taken (a fifth, Sub Pop, was
claimed, then released for Blue Sky Studios and Fisher-Price), the rest left (round notes, /work/notes/gather62/61d.md;
queries, /tmp/gather62d/src/queries.txt).
usage: batch61d.py [POOL_DIR] [--dry]   (default /tmp/gather62d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather62d/pool"
SRC = "/tmp/gather62d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (beyond the "
           "lead lists of earlier rounds), in the session-57 pools (/tmp/gather62*/pool) and in "
           "/work/notes/gather62/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, US: Running with Scissors (en.wikipedia.org's '= Title =' rendering, undated) -------------------
RW = [
 "Running with Scissors (RWS) is an American video game developer based in Tucson, Arizona. RWS was founded in 1996 by "
 "Vince Desi as a brand label of Riedel Software Productions (RSP), a work for hire developer that mainly produced "
 "licensed titles aimed towards children. RWS created and maintains the Postal franchise, which has often caused "
 "controversy for its use of violence and crude humor.",
 "RWS' first game was Postal (1997), which caused much controversy and a trademark lawsuit from the United States "
 "Postal Service that lasted until 2003. A potential second game, Flesh and Wire, was canceled in 1999. The company "
 "followed up Postal with Postal 2 in 2003. The third game in the series, Postal III (2011), was co-developed by RWS and "
 "an internal team of publisher Akella, and RWS distanced itself from the game due to poor critical reception. RWS most "
 "recently worked on Postal 4: No Regerts, which was released in 2022, and the spin-off Postal: Brain Damaged, with a "
 "remake of the second installment, Postal 2: Redux, currently in development.",
 "Running with Scissors (RWS) was founded by Vincent James Desiderio Jr., a native of Brooklyn with Italian roots. "
 "Early in his life, he picked up a high school teaching career before quitting a semester later and working several "
 "different jobs, including taxi driver, nightclub promoter, and recording studio manager. While a recruiter on Wall "
 "Street, he adopted the short name \"Vince Desi\" upon request from his boss."]
KEPT["wp-running-with-scissors"] = ("rws-enwiki.txt", RW)
R.append(wp("wp-running-with-scissors", "Running with Scissors (company)",
 "https://en.wikipedia.org/wiki/Running_with_Scissors_(company)", "\n\n".join(RW),
 "video games", ["history", "founding", "products", "litigation"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; 'Postal "
 "4: No Regerts, which was released in 2022' and 'Postal 2: Redux, currently in development' date it 2022 or later). "
 "Cut: the title line '= Running with Scissors (company) ='; the infobox lines ('Running with Scissors', '- Logo: "
 "Running with Scissors logo.png' to '- Products: Postal series (1997–present)', with '- Key People: Vince Desi (CEO)'), "
 "so Desi's post as CEO is not in the text (cut as batches 54zu-60j cut their infoboxes); the headings '== History ==' "
 "and '=== Origins and Riedel Software Productions ==='; cut in the third paragraph after '... upon request from his "
 "boss.', before the sentence the excerpt breaks off ('Eventually, while seeking to hire workers in the computer "
 "industry, Desi became involved with and later a consultant for the vi'; `truncated`; a cut inside a paragraph, at a "
 "sentence end), so Atari and Mike Riedel are not in the text. No citation markers in this rendering. No word added or "
 "changed. Kept as written: 'RWS was founded in 1996 by Vince Desi as a brand label of Riedel Software Productions "
 "(RSP), a work for hire developer that mainly produced licensed titles aimed towards children', \"RWS' first game was "
 "Postal (1997), which caused much controversy and a trademark lawsuit from the United States Postal Service that "
 "lasted until 2003\", 'A potential second game, Flesh and Wire, was canceled in 1999', 'Postal III (2011), was "
 "co-developed by RWS and an internal team of publisher Akella', 'Postal 4: No Regerts' (the title's spelling), 'with "
 "a remake of the second installment, Postal 2: Redux, currently in development', 'Running with Scissors (RWS) was "
 "founded by Vincent James Desiderio Jr., a native of Brooklyn with Italian roots', 'While a recruiter on Wall Street, "
 "he adopted the short name \"Vince Desi\" upon request from his boss'. 241 words. No outage and no near-miss of one "
 "told (a lawsuit and a cancelled game are business events). Recorded CC BY-SA 4.0 (doubtful: the revision is "
 "undated, as batches 56j-60j recorded their undated '= Title =' renderings; 2022 or later by its text). Found at rank "
 "1 of the query 'Running with Scissors American video game developer founded 1996 as Riedel Software Productions, "
 "Vince Desi, Postal' (batches 60c's, 60f's and 60j's lead); wikimili.com (ranks 2 and 5; copies with image captions "
 "or an older lead), tomorrow.paperai.life (rank 3; a proxy), goodgearguide.com.au and pcworld.idg.com.au (ranks 4 and "
 "6; a magazine's interview, copyrighted), pinocchiopedia.com (rank 7; no licence line seen) and movatter.jp (rank 8; a "
 "proxy) not used. Running with Scissors, Riedel Software, Vince Desi, Desiderio, Akella, Flesh and Wire: " + CHECKED +
 " ('Running With Scissors' only in GATHERING.md's lead lists; 'Postal Service' in texts on other matters).", "US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- film, US: Orion Pictures (wiki.privacytools.io's copy of the revision of 20 October 2006) ---------------------
OP = [
 "Orion Pictures Corporation was an American movie production company, formed in 1978 as a joint venture between "
 "Warner Bros. Pictures and three former top-level executives of United Artists. UA co-chairmen Arthur Krim and Robert "
 "Benjamin along with chief executive officer Eric Pleskow had resigned after disputes with UA's then parent, "
 "Transamerica. Orion's first films included 10, Time After Time, Caddyshack, Arthur, Sharkey's Machine, Monty Python's "
 "Life of Brian, and A Little Romance.",
 "In 1982, Orion merged with Filmways, Inc. (which had produced well-remembered TV shows in the late 1960s, such as The "
 "Beverly Hillbillies, Green Acres, Mister Ed and The Addams Family, but was a second-string studio by the late 1970s "
 "and mainly interesting for its ownership of American International Pictures), and became an independent company, in "
 "addition to entering television production and distribution. It also introduced a new logo, featuring an animated "
 "depiction of the constellation Orion. During the 1980s, its output included Woody Allen films, Hollywood blockbusters "
 "such as the first Terminator film and the RoboCop films, cult movies such as Blow Out and Something Wild and Academy "
 "Award winners such as Amadeus and Platoon. Dances With Wolves and The Silence of the Lambs would also earn many "
 "Academy Awards in the early 1990s for Orion. In 1986, billionaire John Kluge invested in the company as a favor to "
 "Krim, and by 1988 his Metromedia organization had become majority owner.",
 "In 1983, Orion Pictures introduced art-house division Orion Classics."]
KEPT["wp-orion-pictures"] = ("orion-privacytools.txt", OP)
R.append(wp("wp-orion-pictures", "Orion Pictures",
 "https://wiki.privacytools.io/w/index.php?mobileaction=toggle_view_mobile&oldid=82553098&title=Module%3ALocation_map",
 "\n\n".join(OP),
 "film", ["history", "founding", "joint venture", "executives", "ownership"],
 "The article's revision of 20 October 2006 (oldid 82553098, 'as edited by FMAFan1990 ... at 02:40, 20 October 2006') "
 "as wiki.privacytools.io's copy holds it in the page store (the copy's address carries the title parameter "
 "'Module:Location_map' beside the oldid; the page it shows is 'Orion Pictures'). Cut: the title line 'Orion "
 "Pictures'; the revision line ('This is an old revision of this page, as edited by FMAFan1990 (talk | contribs) at "
 "02:40, 20 October 2006 (External links). The present address (URL) is a permanent link to this revision, which may "
 "differ significantly from the current revision.', a MediaWiki notice, not article text); the image lines "
 "'File:An-orion-pictures-release-cropped.gif' and 'Orion Pictures logo' (a file name and its caption); cut in the "
 "third paragraph after 'In 1983, Orion Pictures introduced art-house division Orion Classics.', before the sentence "
 "the excerpt breaks off ('The subsidiary presented mostly foreign-language films such as Babette's Feast and Pedro "
 "Almodovar's Women on t'; `truncated`; a cut inside a paragraph, at a sentence end). No citation markers in this "
 "revision. No word added or changed. Kept as written: 'formed in 1978 as a joint venture between Warner Bros. "
 "Pictures and three former top-level executives of United Artists', 'UA co-chairmen Arthur Krim and Robert Benjamin "
 "along with chief executive officer Eric Pleskow had resigned after disputes with UA's then parent, Transamerica', "
 "'Orion's first films included 10, Time After Time, ...', 'In 1982, Orion merged with Filmways, Inc. (which had "
 "produced well-remembered TV shows ... and mainly interesting for its ownership of American International "
 "Pictures), and became an independent company', 'the constellation Orion', 'In 1986, billionaire John Kluge invested "
 "in the company as a favor to Krim, and by 1988 his Metromedia organization had become majority owner', 'introduced "
 "art-house division Orion Classics'. 241 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a "
 "revision of 2006, before Wikimedia's June 2023 move to 4.0). Found at rank 8 of the query 'Orion Pictures American "
 "film production company founded 1978 by Arthur Krim, Eric Pleskow, Robert Benjamin, Warner Bros. distribution, "
 "acquired by Metromedia, MGM'; infomutt.com (rank 1; an older copy with no licence line seen and 'Their owners were, "
 "in part, Filmways Pictures and Metro-Goldwyn-Mayer'), tvtropes.org (ranks 2 and 6), piglix.com (rank 3; no licence "
 "line seen), alchetron.com (rank 4), warnerbros.fandom.com (rank 5; a fan wiki) and wikisum.wiki (rank 7; a "
 "summary site) not used. Orion Pictures, Krim, Pleskow, Filmways, Kluge, Orion Classics: " + CHECKED +
 " ('Transamerica' and 'Metromedia' in texts on other matters: an insurer's funds and a waste business, an FCC "
 "licence assignment).", "US", v3=True,
 copy_of="the Wikipedia article's revision of 20 October 2006, oldid 82553098"))

# ---- animation, US: Blue Sky Studios (en.wikipedia.org's 'Jump to: navigation' rendering, about 2013-2015) ---------
BS = [
 "Blue Sky Studios is an American computer animation film studio based in Greenwich, Connecticut. The studio was "
 "founded in 1987 by Michael Ferraro, Carl Ludwig, Alison Brown, David Brown, Chris Wedge and Eugene Troubetzkoy after "
 "the the company they worked in, MAGI, one of the visual effects studios behind Tron, shut down. Blue Sky Studios has "
 "been owned by 20th Century Fox since 1997. Using its in-house rendering software, the studio had worked on visual "
 "effects for commercials and films, before releasing its first animated film, Ice Age, in 2002 and completely "
 "dedicating itself to producing animated films. The studio has produced nine animated films, with Ice Age and Rio "
 "being its most successful film franchises.",
 "Blue Sky was founded in February 1987 by Chris Wedge, Carl Ludwig, Dr. Eugene Troubetzkoy, Alison Brown, David Brown "
 "and Michael Ferraro, who had previously worked on the Disney film Tron while employed at MAGI/Synthavision. "
 "Throughout the late 1980s and 1990s, the studio concentrated on the production of television commercials and visual "
 "effects for film. Some of the more memorable commercials that Blue Sky worked on during this time period were a "
 "Chock Full O' Nuts spot with a talking coffee bean, and an intro for a Nickelodeon block called Nicktoons that "
 "featured the show's mascot, Nick Boy, realized as human-shaped orange goo."]
KEPT["wp-blue-sky-studios"] = ("bluesky-enwiki.txt", BS)
R.append(wp("wp-blue-sky-studios", "Blue Sky Studios", "http://en.wikipedia.org/wiki/Blue_Sky_Studios",
 "\n\n".join(BS),
 "animation", ["history", "founding", "ownership", "clients"],
 "The article as en.wikipedia.org's rendering with 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, "
 "search' holds it in the page store at its http address (undated, no revision id; its infobox's 'Number of employees "
 "500 (2013)', 'Owner News Corporation 21st Century Fox' and the text's 'nine animated films' date it about "
 "2013-2015). Cut: the title line 'Blue Sky Studios'; 'From Wikipedia, the free encyclopedia'; 'Jump to: navigation, "
 "search'; the infobox lines ('Blue Sky Studios', 'Subsidiary of 20th Century Fox[1]' to '20th Century Fox "
 "(1997–present)', with 'Brian Keane, COO[2]', 'Carlos Saldanha' and 'Owner News Corporation'), so Brian Keane's post, "
 "Carlos Saldanha and News Corporation are not in the text (cut as batches 54zu-60j cut their infoboxes); the citation "
 "marker '[4]'; cut in the second paragraph after '... realized as human-shaped orange goo.', before the sentence the "
 "excerpt breaks off ('Using their proprietary animation pipeline, the studio produc'; `truncated`; a cut inside a "
 "paragraph, at a sentence end). No word added or changed. Kept as written: 'The studio was founded in 1987 by Michael "
 "Ferraro, Carl Ludwig, Alison Brown, David Brown, Chris Wedge and Eugene Troubetzkoy after the the company they "
 "worked in, MAGI, one of the visual effects studios behind Tron, shut down' (the doubled 'the the' as the revision "
 "has it), 'Blue Sky Studios has been owned by 20th Century Fox since 1997', 'Blue Sky was founded in February 1987 by "
 "Chris Wedge, Carl Ludwig, Dr. Eugene Troubetzkoy, Alison Brown, David Brown and Michael Ferraro, who had previously "
 "worked on the Disney film Tron while employed at MAGI/Synthavision', 'a Chock Full O' Nuts spot with a talking "
 "coffee bean', 'an intro for a Nickelodeon block called Nicktoons that featured the show's mascot, Nick Boy'. 219 "
 "words. No outage and no near-miss of one told (MAGI's shutdown is a business failure). Recorded CC BY-SA 3.0 (a "
 "revision of about 2013-2015). Found at rank 3 of the query 'Blue Sky Studios American computer animation studio "
 "founded 1987 by Chris Wedge, Michael Ferraro, Carl Ludwig, Eugene Troubetzkoy, acquired by 20th Century Fox' "
 "(batches 60c's, 60f's and 60j's lead); movie-ideas.fandom.com, ideas.fandom.com and jhmoviecollection.fandom.com "
 "(ranks 1, 4, 6; fan wikis with altered text), db0nus869y26v.cloudfront.net (rank 2; a later copy behind a CDN "
 "address, no licence line seen), piglix.com (rank 5; no licence line seen), wiki2.org (rank 7; a reskin with its own "
 "advertising) and a Dutch snippet (rank 8) not used. Blue Sky Studios, Chris Wedge, Troubetzkoy, Ferraro, Carl "
 "Ludwig, Synthavision, Chock Full O' Nuts, Nicktoons: " + CHECKED + " ('Blue Sky Studios' only in GATHERING.md's lead "
 "lists; 'Blue Sky' otherwise only as another matter's Blue Sky Communications; '20th Century Fox', 'Nickelodeon' and "
 "'Disney' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- toys, US: Fisher-Price (en.m.wikipedia.org's rendering, about 2020-2021) --------------------------------------
FP = [
 "Fisher-Price is an American company that produces educational toys for infants, toddlers, and children, "
 "headquartered in East Aurora, New York. Fisher-Price has been a subsidiary of Mattel since 1993.",
 "Founded in 1930 by Herman Fisher, Irving Price, Price's illustrator-artist wife Margaret Evans Price, and Helen "
 "Schelle, the name Fisher-Price was established by combining two of the three names. Fisher worked previously in "
 "manufacturing, selling and advertising games for a company in Churchville, New York. Price had retired from a major "
 "variety chain store, and Helen Schelle previously operated Penny Walker Toy Shop in Binghamton, New York. "
 "Fisher-Price's fundamental toy-making principles centered on intrinsic play value, ingenuity, strong construction, "
 "good value for the money, and action. Early toys were made of heavy steel parts and ponderosa pine, which resisted "
 "splintering and held up well to heavy use. The details and charm were added with colorful lithographic labels. Mrs. "
 "Price was the first Art Director and designed push-pull toys for the opening line, based on characters from her "
 "children's books.",
 "In 1931, three of the four founders took 16 of their wooden toys to the American International Toy Fair in New York "
 "City and they quickly became a success. The first Fisher-Price toy ever sold was \"Dr. Doodle\" in 1931. (The same "
 "toy, in excellent condition, would be worth a considerable amount in today's collectibles market.) In the early "
 "1950s, Fisher-Price identified plastic as a material that could help the company incorporate longer-lasting "
 "decorations and brighter colors into its toys."]
KEPT["wp-fisher-price"] = ("fisherprice-enmwiki.txt", FP)
R.append(wp("wp-fisher-price", "Fisher-Price", "https://en.m.wikipedia.org/wiki/Fisher-Price", "\n\n".join(FP),
 "toys", ["history", "founding", "ownership", "products"],
 "The article as en.m.wikipedia.org's rendering holds it in the page store (undated, no revision id; its infobox's "
 "'June 19, 1930; 90 years ago' and 'US$1.7 billion (2017)' date it about 2020-2021). Cut: the infobox lines "
 "('Fisher-Price, Inc.', 'FoundedJune 19, 1930; 90 years ago (1930-06-19)' to 'Mattel (1993–present)', with a fifth "
 "founder 'Rebecca D. Fisher' and 'The Quaker Oats Company (1969-1991)'), set between the first and second paragraphs, "
 "so Rebecca D. Fisher and Quaker Oats are not in the text (cut as batches 54zu-60j cut their infoboxes); the citation "
 "markers '[1]' and '[2]'; cut in the third paragraph after '... brighter colors into its toys.', before the sentence "
 "the excerpt breaks off ('\"Buzzy Bee\" was the first F'; `truncated`; a cut inside a paragraph, at a sentence end). "
 "The excerpt has no title line. No word added or changed. Kept as written: 'Fisher-Price has been a subsidiary of "
 "Mattel since 1993', \"Founded in 1930 by Herman Fisher, Irving Price, Price's illustrator-artist wife Margaret Evans "
 "Price, and Helen Schelle, the name Fisher-Price was established by combining two of the three names\" (four founders, "
 "'two of the three names' as written), 'Fisher worked previously in manufacturing, selling and advertising games for "
 "a company in Churchville, New York', 'Helen Schelle previously operated Penny Walker Toy Shop in Binghamton, New "
 "York', 'Mrs. Price was the first Art Director', 'three of the four founders took 16 of their wooden toys to the "
 "American International Toy Fair in New York City', 'The first Fisher-Price toy ever sold was \"Dr. Doodle\" in "
 "1931', the parenthesis '(The same toy, ... collectibles market.)'. 248 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (a revision of about 2020-2021). Found at rank 4 of the query 'Fisher-Price American "
 "company founded 1930 by Herman Fisher, Irving Price, Helen Schelle, acquired by Quaker Oats 1969, subsidiary of "
 "Mattel since 1993' (batches 60c's, 60f's and 60j's lead); encyclopedia.kids.net.au (ranks 1 and 6; an old GFDL copy "
 "with '[?]' link marks and 'a merger between Fisher-Price and Mattel is agreed upon'), brand-identikit.it (rank 2; "
 "Italian), toytales.ca (rank 3; a museum page), fisherpriceus.com (rank 5; a brand page), toys.about.com (rank 7; "
 "copyrighted) and tinasrogue.com (rank 8; a blog) not used. Fisher-Price, Herman Fisher, Helen Schelle, Margaret "
 "Evans Price, Penny Walker Toy Shop, Dr. Doodle: " + CHECKED + " ('Fisher-Price' only in GATHERING.md's lead lists; "
 "'Mattel' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, as en.m.wikipedia.org rendered it"))


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

#!/usr/bin/env python3
"""Batch 69k (session 63; gatherer lane 69k): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69f, kept to two British film production companies and a British video game developer and publisher,
new to the corpus: Gainsborough Pictures (Gainsborough Studios), the London film studio founded in 1924 by Michael
Balcon with Graham Cutts, based at Islington Studios, from 1927 a sister company to Gaumont British with Balcon as
Director of Production for both studios, now owned by Gregory Motton (film production, UK); Hammer Film Productions
Ltd., the London film production company founded in 1934, with its distribution partnerships with nine American
companies, bought in 2000 by a consortium including Charles Saatchi and its name sold in May 2007 to a consortium
headed by John de Mol (film production, UK); and Ocean Software (Ocean Software Ltd., Ocean of America, Inc.), the
Manchester video game developer founded by David Ward and Jon Woods, which acquired Imagine in 1984, struck a deal
with Konami and used the Ocean Loader (video games, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own '= Title =' rendering of 'Gainsborough Pictures' (recent), wiki.gravy.cc's copy of
'Hammer Film Productions' (under the page name 'Hammer_Films'; undated, a recent revision) and
the-uncensored-wiki.com:20082's copy of 'Ocean Software' (undated, an older revision); all three cut at a sentence
end before the sentence their excerpt breaks off in, or before a broken heading (`truncated`: the excerpt is not the
whole article). Edits per item in `notes` (title lines, site lines, a hatnote glued to an infobox label, image
captions, a contents line, section headings and citation markers cut; paragraphs joined with blank lines; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69k/src), the markers
('[1]', ' [1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-69f
did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of
three: eleven queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken
(round notes, /tmp/gather69k/NOTES.md; queries, /tmp/gather69k/src/queries.txt; claims,
/work/notes/gather69/CLAIMS.txt).
usage: batch69k.py [POOL_DIR] [--dry]   (default /tmp/gather69k/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69k/pool"
SRC = "/tmp/gather69k/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, and hits in GATHERING.md "
           "only in its lists of leads and names checked, none in the session-63 pools (/tmp/gather69*/pool) or in "
           "/work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- film production, UK: Gainsborough Pictures (en.wikipedia.org's '= Title =' rendering, recent) -----------------
GB = [
 "Gainsborough Pictures was a British film studio based on the south bank of the Regent's Canal, in Poole Street, "
 "Hoxton, London. Gainsborough Studios was active between 1924 and 1951. The company was initially based at Islington "
 "Studios, which were built as a power station for the Great Northern & City Railway and later converted to studios.",
 "Other films were made at Lime Grove and Pinewood Studios. The former Islington studio was converted to flats in 2004 "
 "and a London Borough of Hackney historical plaque is attached to the building. The studio is best remembered for the "
 "Gainsborough melodramas it produced in the 1940s.",
 "Gainsborough Pictures is now owned by Gregory Motton.",
 "Gainsborough was founded in 1924 by Michael Balcon with Graham Cutts with a capital of \u00a3100. He obtained "
 "financial backing from the Bromhead brothers of Gaumont Company off the success of Woman to Woman.",
 "From 1927, it was a sister company to the Gaumont British, with Balcon as Director of Production for both studios. "
 "Whilst Gaumont-British, based at Lime Grove Studios in Shepherd's Bush, produced the \"quality\" pictures, "
 "Gainsborough mainly produced 'B' movies and melodramas at its Islington Studios. Both studios used continental film "
 "practices, especially those from Germany, with Alfred Hitchcock being encouraged by Balcon \u2014 who had links with "
 "UFA \u2014 to study there and make multilingual co-production films with UFA, before World War II. In the 1930s, "
 "actors Elisabeth Bergner and Conrad Veidt, art director Alfred Junge, cinematographer Mutz Greenbaum and "
 "screenwriter/director Berthold Viertel, along with others, joined the two studios.",
 "The studio's opening logo, of a lady (Celia Bird then Glennis Lorimer) in a Georgian era period costume, sitting in "
 "an ornate frame, and turning and smiling, was based on the 1785 painting Portrait of Sarah Siddons by Thomas "
 "Gainsborough."]
KEPT["wp-gainsborough-pictures"] = ("gainsborough.txt", GB)
R.append(wp("wp-gainsborough-pictures", "Gainsborough Pictures", "https://en.wikipedia.org/wiki/Gainsborough_Pictures",
 "\n\n".join(GB), "film production", ["history", "founding", "founders", "executives", "ownership"],
 "The article as en.wikipedia.org's own page in its '= Title =' rendering holds it in the page store (no revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68w recorded their en.wikipedia.org renderings: its "
 "'based on the south bank of the Regent's Canal, in Poole Street, Hoxton, London', 'now owned by Gregory Motton' and "
 "'founded in 1924 by Michael Balcon with Graham Cutts with a capital of \u00a3100' are newer than "
 "classicistranieri.com's copy at rank 4 of the same query ('based in Islington, London, active between 1924 and "
 "1951') and wikimili.com's at rank 5 ('Hoxton in the former Metropolitan Borough of Shoreditch'); doubtful: no "
 "revision id). Cut: the title line '= Gainsborough Pictures ='; the heading '==History=='; cut after '... by Thomas "
 "Gainsborough.', before the sentence the excerpt breaks off in ('The short piece of music was written by Louis Levy "
 "and called the \"Gainsborough Mi'; `truncated`), so Louis Levy is not in the text. The rendering has no citation "
 "markers or infobox in this excerpt. No word added or changed. Kept as written: 'Gainsborough Studios was active "
 "between 1924 and 1951', 'which were built as a power station for the Great Northern & City Railway', 'Other films "
 "were made at Lime Grove and Pinewood Studios', 'a London Borough of Hackney historical plaque', 'Gainsborough "
 "Pictures is now owned by Gregory Motton', 'founded in 1924 by Michael Balcon with Graham Cutts with a capital of "
 "\u00a3100', 'He obtained financial backing from the Bromhead brothers of Gaumont Company off the success of Woman to "
 "Woman', 'From 1927, it was a sister company to the Gaumont British' ('the' before 'Gaumont British', no hyphen), "
 "'with Balcon as Director of Production for both studios', 'Whilst Gaumont-British, based at Lime Grove Studios in "
 "Shepherd's Bush' (hyphenated), 'the \"quality\" pictures' (straight quotation marks), ''B' movies', 'Balcon \u2014 "
 "who had links with UFA \u2014 to study there' (em dashes with spaces), 'screenwriter/director Berthold Viertel', "
 "'(Celia Bird then Glennis Lorimer)', 'the 1785 painting Portrait of Sarah Siddons by Thomas Gainsborough'. {WORDS} "
 "words. No outage and no near-miss of one told. Found at rank 6 of the query 'Gainsborough Pictures British film "
 "studio Islington founded Michael Balcon 1924 Gaumont-British Wikipedia' (Gainsborough Pictures a name of round "
 "69f's leads); learnaboutmovieposters.com (ranks 1, 2, 7; a poster site), the.hitchcock.zone (rank 3; a fan wiki's "
 "stub with 'Jump to: navigation, search'), classicistranieri.com (rank 4; an older copy), wikimili.com (rank 5; an "
 "older copy with markers) and filmdope.com (rank 8; a film site) not used. Gainsborough, Balcon, Gaumont, Graham "
 "Cutts, Gregory Motton, Islington Studios, Lime Grove, Bromhead: " + CHECKED + " ('Gainsborough' and 'Balcon' only "
 "in GATHERING.md's lists of leads).", "non-US"))

# ---- film production, UK: Hammer Film Productions (wiki.gravy.cc's copy, undated, a recent revision) ---------------
HM = [
 "Hammer Film Productions Ltd. is a British film production company based in London. Founded in 1934, the company is "
 "best known for a series of Gothic horror and fantasy films made from the mid-1950s until the 1970s. Many of these "
 "involve classic horror characters such as Baron Victor Frankenstein, Count Dracula, and the Mummy, which Hammer "
 "reintroduced to audiences by filming them in vivid colour for the first time. Hammer also produced science fiction, "
 "thrillers, film noir and comedies, as well as, in later years, television series.",
 "During its most successful years, Hammer dominated the horror film market, enjoying worldwide distribution and "
 "considerable financial success. This success was, in part, due to its distribution partnerships with American "
 "companies United Artists, Warner Bros., Universal Pictures, Columbia Pictures, Paramount Pictures, 20th Century "
 "Studios, Metro-Goldwyn-Mayer, American International Pictures and Seven Arts Productions.",
 "During the late 1960s and 1970s, the saturation of the horror film market by competitors and the loss of American "
 "funding forced changes to the previously lucrative Hammer formula with varying degrees of success. The company "
 "eventually ceased production in the mid-1980s. In 2000, the studio was bought by a consortium including advertising "
 "executive and art collector Charles Saatchi and publishing millionaires Neil Mendoza and William Sieghart. The "
 "company announced plans to begin making films again, but none was produced.",
 "In May 2007, the company name was sold to a consortium headed by Dutch media tycoon John de Mol, who announced plans "
 "to spend some $50 million (\u00a325m) on new horror films. The new organization acquired the Hammer group's film "
 "library of 295 pictures."]
KEPT["wp-hammer-film-productions"] = ("hammer.txt", HM)
R.append(wp("wp-hammer-film-productions", "Hammer Film Productions", "https://wiki.gravy.cc/wiki/Hammer_Films",
 "\n\n".join(HM), "film production", ["history", "distribution", "ownership", "acquisition"],
 "The article as wiki.gravy.cc (a site serving copies of English Wikipedia articles, with their citation markers) "
 "holds it in the page store, under the page name 'Hammer_Films' (a redirect to the article 'Hammer Film "
 "Productions', whose lead opens 'Hammer Film Productions Ltd. is a British film production company'; no date or "
 "revision id held; a recent revision by its wording: '20th Century Studios', the name used from 2020, and 'Neil "
 "Mendoza and William Sieghart', where the20thcentury.today's older text at rank 3 of the same query has 'a consortium "
 "including advertising executive and art collector Charles Saatchi' alone; recorded 4.0, doubtful: undated). Cut: "
 "the title line 'Hammer Film Productions'; the hatnote glued to the infobox's first label ('\"Hammer Horror\" "
 "redirects here. For the song by Kate Bush, see Hammer Horror (song).Company type'), so Kate Bush is not in the text; "
 "the citation markers ('[1]', '[2]'); cut after '... film library of 295 pictures.', before the sentence the excerpt "
 "breaks off in ('Simon Oakes, who took over as CEO of the new Hammer, said, \"Hammer is a great British brand\u2014we "
 "intend to take it back into product'; `truncated`), so Simon Oakes and his post are not in the text. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'Hammer Film Productions Ltd. is a British film "
 "production company based in London', 'Founded in 1934', 'Baron Victor Frankenstein, Count Dracula, and the Mummy', "
 "'vivid colour', 'its distribution partnerships with American companies United Artists, Warner Bros., Universal "
 "Pictures, Columbia Pictures, Paramount Pictures, 20th Century Studios, Metro-Goldwyn-Mayer, American International "
 "Pictures and Seven Arts Productions', 'The company eventually ceased production in the mid-1980s', 'In 2000, the "
 "studio was bought by a consortium including advertising executive and art collector Charles Saatchi and publishing "
 "millionaires Neil Mendoza and William Sieghart', 'but none was produced', 'In May 2007, the company name was sold to "
 "a consortium headed by Dutch media tycoon John de Mol', 'some $50 million (\u00a325m)', 'The new organization "
 "acquired the Hammer group's film library of 295 pictures'. {WORDS} words. No outage and no near-miss of one told "
 "('ceased production' is a business's stop, not a service failure). Found at rank 6 of the query 'Hammer Film "
 "Productions Ltd. is a British film production company based in London. Founded in 1934, the company is best known "
 "for a series of Gothic horror films' (Hammer Film Productions a name of round 69f's leads); hammerfilms.fandom.com "
 "(rank 1; a fan wiki), icplcdn-catalog.azureedge.net (rank 2; a library catalogue's author note with run-together "
 "sentences, 'television series.During'), the20thcentury.today (rank 3; an older text with added lines), "
 "nutshell100.com (rank 4; a summary), monstersinthebasement.com (rank 5; a blog quoting an old lead), grok-pedia.com "
 "(rank 7; not Wikipedia) and cinemadistraction.net (rank 8; a blog) not used; an earlier query's grimoireofhorror.com, "
 "strangeconversation.blogspot.com, cinemadistraction.net, hammerfilms.com, graphsearch.epfl.ch (French) and h2g2.com "
 "not used either. Hammer Film, Hammer Productions, Saatchi, John de Mol, Simon Oakes, Sieghart, Neil Mendoza, Seven "
 "Arts: " + CHECKED + " ('Hammer Film' and 'Seven Arts' only in GATHERING.md's lists of leads; 'United Artists', "
 "'Warner Bros.', 'Universal Pictures', 'Columbia Pictures', 'Paramount Pictures' and 'Metro-Goldwyn-Mayer' in texts "
 "on other matters).", "non-US", copy_of="the Wikipedia article, via wiki.gravy.cc"))

# ---- video games, UK: Ocean Software (the-uncensored-wiki.com:20082's copy, undated, an older revision) -------------
OC = [
 "Ocean Software (or Ocean Software Ltd. and sometimes Ocean of America, Inc. but generally only referred to as "
 "Ocean) was one of the biggest European video game developers of the 1980s and 90s. The company was founded by David "
 "Ward and Jon Woods and were based at 6, Central Street, Manchester. Ocean developed dozens of games for a variety of "
 "systems such as the ZX Spectrum, Commodore 64, Amstrad CPC, Atari ST, Amiga, PC, and video game consoles such as the "
 "Nintendo Entertainment System, Super Nintendo Entertainment System, Sega Master System and Sega Mega Drive.",
 "The company's early releases in 1984 (Moon Alert, Hunchback, High Noon, Gilligan's Gold, etc.) were developed "
 "in-house, but later in that year Ocean acquired its former Liverpool rival, the defunct software developer Imagine, "
 "and focus shifted from development to publication of games. Also in 1984, Ocean struck a deal with Konami to publish "
 "their arcade games for home computers.",
 "One of the most recognisable features of Ocean games during the 8-bit era was the Ocean Loader. Since most 8-bit "
 "computers used cassettes as storage, loading a game could take several minutes. Ocean used a special loading system "
 "that displayed a picture and played music (Commodore 64 only) while the game was loading. The Ocean loader music is "
 "still popular by fans of chiptunes. Five versions of the tune exist; 1 and 2 were composed by Martin Galway, 3 by "
 "Peter Clarke, 4 and 5 by Jonathan Dunn. The Ocean Loader was first used in the game Hyper Sports. Up to 1987 the "
 "Ocean Loader was written by the in house Ocean programmer Bill Barna, from 1987 to the end of the Commodore 64's "
 "commercial life the loader was replaced by \"Freeload\" written by in house programmer Paul Hughes."]
KEPT["wp-ocean-software"] = ("ocean.txt", OC)
R.append(wp("wp-ocean-software", "Ocean Software",
 "http://the-uncensored-wiki.com:20082/articles/o/c/e/Ocean_Software_67cc.html", "\n\n".join(OC),
 "video games", ["history", "founding", "founders", "products", "acquisition", "licensing"],
 "The article as the-uncensored-wiki.com:20082 (a site serving an old static dump of English Wikipedia, 'From "
 "Wikipedia, the free encyclopedia', with '[edit]' links before its headings; round 69f used its copy of 'Rochester "
 "Telephone') holds it in the page store (no date or revision id held; an older revision by its wording and form: "
 "'was one of the biggest European video game developers of the 1980s and 90s', where movatter.jp's proxy of the "
 "current article at rank 4 of the query before has 'Ocean Software Limited was a British software development "
 "company that became one of the biggest European video game developers and publishers of the 1980s and 1990s'; "
 "recorded 3.0, doubtful: undated). Cut: the title line 'Ocean Software'; the site line 'From Wikipedia, the free "
 "encyclopedia'; the image caption, shown twice ('The Ocean logotype had an often prominent placement on the box "
 "art.'); the line 'Contents'; the headings '[edit] History' and '[edit] Ocean Loader'; the marker '[citation "
 "needed]'; cut after '... written by in house programmer Paul Hughes.', before the broken heading the excerpt ends "
 "in ('[edit] L'; `truncated`). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Ocean "
 "Software (or Ocean Software Ltd. and sometimes Ocean of America, Inc. but generally only referred to as Ocean)', "
 "'of the 1980s and 90s', 'The company was founded by David Ward and Jon Woods and were based at 6, Central Street, "
 "Manchester' ('were', as written), 'such as the ZX Spectrum, Commodore 64, Amstrad CPC, Atari ST, Amiga, PC, and "
 "video game consoles such as the Nintendo Entertainment System, Super Nintendo Entertainment System, Sega Master "
 "System and Sega Mega Drive', '(Moon Alert, Hunchback, High Noon, Gilligan's Gold, etc.)', 'later in that year Ocean "
 "acquired its former Liverpool rival, the defunct software developer Imagine', 'Ocean struck a deal with Konami to "
 "publish their arcade games for home computers', 'The Ocean loader music is still popular by fans of chiptunes', "
 "'Five versions of the tune exist; 1 and 2 were composed by Martin Galway, 3 by Peter Clarke, 4 and 5 by Jonathan "
 "Dunn', 'the in house Ocean programmer Bill Barna' (no hyphen), '\"Freeload\"' (straight quotation marks). {WORDS} "
 "words. No outage and no near-miss of one told. Found at rank 5 of the query 'Ocean Software Limited was a British "
 "software development company that became one of the biggest European video game developers and publishers of the "
 "1980s and 1990s' (Ocean Software a name of GATHERING.md's lists of leads, not queried before); movatter.jp (rank 1 "
 "of that query and rank 4 of the one before; a web proxy's rendering of the current article with its link words run "
 "together, 'Europeanvideo game developers', 'inManchester'), winenfood.com, gloo.digital, averypublicsociologist"
 ".blogspot.com and gamebastion.com (blogs and news), computinghistory.org.uk (a museum's page), everything2.com (a "
 "user-written page), mobygames.com and retroisle.com (database histories) and whereweretheynow.blogspot.com (a blog) "
 "not used. Ocean Software, Jon Woods, Martin Galway, Bill Barna, Jonathan Dunn, Peter Clarke, Hunchback, Imagine "
 "Software: " + CHECKED + " ('Ocean Software' only in GATHERING.md's lists of leads; 'Konami' in train's wp-taito "
 "and wp-silicon-knights and 'Paul Hughes' in test's uk-cma-bottomline-experian-payments-gateway-merger-case-page-2020 "
 "(another person), 'ZX Spectrum', 'Commodore 64', 'Atari ST', 'Amiga' and the Nintendo and Sega systems in texts on "
 "other matters).", "non-US", v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com"))

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

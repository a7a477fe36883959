#!/usr/bin/env python3
"""Batch 71r (session 65; gatherer lane 71r): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-71l, kept to three early American makers and their founders, new to the corpus, the names from the
lists of leads of rounds 71l and 71b: Adolph Rickenbacher, the Swiss-born founder of the Rickenbacker guitar company,
whose Rickenbacher (later Rickenbacker) Manufacturing Company made metal bodies for the National String Instrument
Corporation and who with George Beauchamp and Paul Barth founded the Ro-Pat-In Company in 1931 (renamed the Electro
String Instrument Corporation in 1934), his company sold to F.C. Hall in 1953 (musical instruments, US; round 71l's
lead 'Rickenbacker', 'checked with no hit and not queried'); Francis Edgar Stanley, co-founder with his twin brother
Freelan Oscar Stanley of the Stanley Motor Carriage Company, builder of the Stanley Steamer, and of the Stanley Dry
Plate Company, sold to George Eastman of Eastman-Kodak (automobiles and photography, US; round 71l's lead 'Stanley
Motor Carriage Company'); and the Franklin Automobile Company of Syracuse, New York, 1906-1934, controlled by Herbert H.
Franklin, who founded the H. H. Franklin Manufacturing Company in 1893 (automobiles, US; round 71b's lead 'Franklin
Automobile Company'). English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus
`pages`; never a whole page): the-uncensored-wiki.com's copy of 'Adolph Rickenbacher' (an older revision, about 2008),
wikimili.com's copy of 'Francis Edgar Stanley' (undated) and en.wikipedia.org's older revision of 'Franklin
(automobile)' at its oldid address (oldid 840156744, about May 2018). Edits per item in `notes` (title and site lines,
maintenance-template lines, infobox lines, headings, citation markers, link lines and trailing broken sentences cut;
paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather71r/src), the markers dropped and whitespace runs compared as one space, as batches 55e-71l
did. No text tells an outage or a near-miss of one (renamings, foundings, sales, a financial collapse and a retirement
are business events). newskg (or any extractor) was not run on any text. A round of three: three queries, each
answered with English Wikipedia text on a subject not yet in the corpus, and each taken (round notes
/tmp/gather71r/NOTES.md; queries, /tmp/gather71r/src/queries.txt; claims in /work/notes/gather71/CLAIMS.txt).
usage: batch71r.py [POOL_DIR] [--dry]   (default /tmp/gather71r/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71r/pool"
SRC = "/tmp/gather71r/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- musical instruments, US: Adolph Rickenbacher (the-uncensored-wiki.com's copy) --------------------------------
AR = [
 "Adolph Rickenbacher (1886 \u2013 1976) was the founder of the Rickenbacker guitar company.",
 "Born Adolf Rickenbacher in Switzerland. He settled in Los Angeles in 1928. He Anglicized his name to Adolph "
 "Rickenbacker, due partially to post World War I anti-German sentiments, but also to capitalize on the popularity of "
 "his cousin, the Flying Ace Eddie Rickenbacker.",
 "His Rickenbacher (later Rickenbacker) Manufacturing Company made metal bodies for National String Instrument "
 "Corporation beginning in the 1920s. It was through this connection that Rickenbacher met George Beauchamp and Paul "
 "Barth, and in 1931 the three founded the Ro-Pat-In Company. In 1932 they produced the first cast aluminum versions of "
 "the lap steel guitar. In 1934 the company was renamed the Electro String Instrument Corporation. By the time "
 "production ceased in 1939, about 2,700 Frying Pan guitars had been produced.",
 "Rickenbacker, never completely convinced of the guitar business's potential, continued manufacturing until 1953 when "
 "he sold his company to F.C. Hall, a forerunner of the Southern California electric guitar boom."]
KEPT["wp-adolph-rickenbacher"] = ("rickenbacher-uncensored.txt", AR)
R.append(wp("wp-adolph-rickenbacher", "Adolph Rickenbacher",
 "http://the-uncensored-wiki.com:20082/articles/a/d/o/Adolph_Rickenbacher_a2df.html",
 "\n\n".join(AR),
 "musical instruments", ["history", "founding", "founders", "renaming", "sale"],
 "The article as the-uncensored-wiki.com holds it in the page store (a site serving static copies of English "
 "Wikipedia; its port-20082 copy; an older revision, about 2008 by its maintenance notices dated 'February 2008'; no "
 "revision id held), recorded CC BY-SA 3.0 as batches 70ag and 71l recorded that site's copies. Cut: the title line "
 "'Adolph Rickenbacher'; the site's line 'From Wikipedia, the free encyclopedia'; the two maintenance-template lines "
 "('This article needs additional citations for verification. ... (February 2008) |' and 'This article may require "
 "cleanup to meet Wikipedia's quality standards. ... (February 2008) |'); the heading 'External links -' and its link "
 "line ('- Early history of Rickenbacher/Electro String, from the Rickenbacker', where the excerpt ends; the article's "
 "running text is whole, `truncated` false). The copy prints no citation marker. Paragraphs (single line breaks in "
 "the copy) joined with blank lines. No word added or changed. Kept as written: '(1886 \u2013 1976)' (an en dash with "
 "spaces), 'Born Adolf Rickenbacher in Switzerland.' (a sentence with no verb of its own), 'post World War I "
 "anti-German sentiments', 'the Flying Ace Eddie Rickenbacker', 'His Rickenbacher (later Rickenbacker) Manufacturing "
 "Company made metal bodies for National String Instrument Corporation' (no 'the'), 'the first cast aluminum versions "
 "of the lap steel guitar', 'about 2,700 Frying Pan guitars', 'continued manufacturing until 1953 when he sold his "
 "company to F.C. Hall' (no comma before 'when'). 166 words. No outage and no near-miss of one told (a renaming, a "
 "sale and the end of a product's production are business events). Found at rank 1 of the query 'Rickenbacker guitar "
 "company Wikipedia Adolph Rickenbacker George Beauchamp Electro String Instrument Corporation F. C. Hall 1953' (round "
 "71l's lead: 'Names checked with no hit and not queried ... Rickenbacker'); christies.com (rank 2; an auction "
 "house's lot essay), infogalactic.com (rank 3; a fork, set aside as batches 31i and 55i set it aside), a Galician "
 "Wikipedia dump (rank 4), guitar-list.com, craveguitars.co.uk and rickenbacker.com (ranks 5-7; sites' and the "
 "company's own histories, no open licence) and image.absoluteastronomy.com (rank 8; link glosses run into the text) "
 "not used. Rickenbac(h/k)er, Beauchamp, Electro String, Ro-Pat-In, National String, Paul Barth, F.C. Hall: " + CHECKED
 + " ('Rickenbacker' only in GATHERING.md's lists of leads).", "US",
 v3=True, copy_of="an older revision of the Wikipedia article, mirrored at the-uncensored-wiki.com"))
R[-1]["truncated"] = False

# ---- automobiles and photography, US: Francis Edgar Stanley (wikimili.com's copy) ----------------------------------
FS = [
 "Francis Edgar Stanley, also known as F. E. Stanley (June 1, 1849 \u2013 July 31, 1918), was an American businessman "
 "and was the co-founder, along with his twin brother Freelan Oscar Stanley, of the Stanley Motor Carriage Company "
 "which built the Stanley Steamer.",
 "He and his twin brother, Freelan Oscar Stanslee (otherwise known as Free, or more often F. O.) learned to carve "
 "violins as taught by their grandfather, Liberty Stanley, at the age of ten. He attended Western State Normal School, "
 "now known as the University of Maine at Farmington. While F. O. initially became a teacher, F. E. took a different "
 "path, moving to Lewiston, Maine and opening a photography studio in 1874. Within a few years, the studio was one of "
 "the largest in New England, and his twin brother eventually joined him in the business. During that time, F. E. "
 "patented the first photographic airbrush, which he used to colorize photos.",
 "Several years later, they were dissatisfied with the quality of the dry plates that at the time were entering major "
 "use in the industry. They patented a machine for coating mass quantities of dry plates, and set up the Stanley Dry "
 "Plate Company Watertown, Massachusetts (the company was later moved to Rochester, New York). By the 1890s, that "
 "business had over $1 million in annual sales. However, the brothers abandoned photography when they became "
 "interested in automobile development, and sold the dry plate business to George Eastman of Eastman-Kodak for "
 "$500,000. However, the family's connection to photography continued with the career of the Stanley twins' younger "
 "sister, Chansonetta Stanley Emmons."]
KEPT["wp-francis-edgar-stanley"] = ("stanley-wikimili.txt", FS)
R.append(wp("wp-francis-edgar-stanley", "Francis Edgar Stanley", "https://wikimili.com/en/Francis_Edgar_Stanley",
 "\n\n".join(FS),
 "automobiles", ["history", "founding", "founders", "photography", "sale"],
 "The article's lead and early years as wikimili.com's copy holds them in the page store (a site serving copies of "
 "English Wikipedia; undated, no revision id held), recorded CC BY-SA 4.0 as rounds 70k, 70aa, 70ac and 71c recorded "
 "wikimili copies. Cut: the infobox lines from 'Francis Edgar Stanley | |' and '---|---|' to the image line '![]() |' "
 "(among them the caption 'Stanley in c. 1882', 'Born | Kingfield, Maine, US | June 1, 1849' and 'Known for | Stanley "
 "Steamer |'); the citation markers ' [1]' and ' [2]' (four times; with the space before each, as the copy spaces "
 "them); the trailing broken sentence ('The Stanley Motor Carriage Company, the next business venture of the brothers, "
 "', where the excerpt ends; `truncated`). Paragraphs (single line breaks in the copy) joined with blank lines. No word "
 "added or changed. Kept as written: '(June 1, 1849 \u2013 July 31, 1918)' (an en dash), 'was the co-founder, along "
 "with his twin brother Freelan Oscar Stanley, of the Stanley Motor Carriage Company which built the Stanley Steamer' "
 "(no comma before 'which'), 'Freelan Oscar Stanslee (otherwise known as Free, or more often F. O.)' (the revision's "
 "misspelt surname), 'moving to Lewiston, Maine and opening a photography studio in 1874', 'set up the Stanley Dry "
 "Plate Company Watertown, Massachusetts' (no 'in'), 'sold the dry plate business to George Eastman of Eastman-Kodak "
 "for $500,000', 'the Stanley twins' younger sister, Chansonetta Stanley Emmons'. 265 words. No outage and no "
 "near-miss of one told (a sale of a business and a move are business events). Found at rank 4 of the query 'Stanley "
 "Motor Carriage Company Wikipedia Stanley twins Francis Edgar Stanley Freelan Oscar Stanley steam car Newton "
 "Massachusetts' (round 71l's lead: 'Names checked with no hit and not queried ... Stanley Motor Carriage Company'); "
 "kids.britannica.com (rank 1; Britannica's text), collections.auburnheights.org and collection.owlshead.org (ranks 2 "
 "and 3; museums' own texts, no open licence), encyclopediahub.com (rank 5; an encyclopedia's text of unstated "
 "licence), ed.newdu.com (rank 6; a biographical dictionary), americanheritage.com (rank 7; a magazine) and "
 "madehow.com (rank 8; a site's own biography) not used. Stanley Motor, Stanley Steamer, Francis Edgar Stanley, "
 "Stanley Dry Plate, Kingfield, Chansonetta: " + CHECKED + " ('Stanley Motor' only in GATHERING.md's lists of leads; "
 "'Eastman' and 'Eastman Kodak' in other matters, here only as a buyer).", "US",
 copy_of="the Wikipedia article, mirrored at wikimili.com"))

# ---- automobiles, US: Franklin (automobile) (en.wikipedia.org, oldid 840156744) -----------------------------------
FR = [
 "Franklin Automobile Company was a Syracuse, New York marketer of automobiles in the United States between 1906 and "
 "1934. Controlled by Herbert H Franklin it had very few other significant shareholders. Franklin bought its vehicles "
 "from their manufacturer, H. H. Franklin Manufacturing Company which was only moderately profitable and frequently "
 "missed dividends on common stock.",
 "The two major characteristics of their automobiles were their air-cooled engines and in the early years their "
 "lightness and responsiveness when compared with other luxury cars.",
 "The Franklin companies suffered financial collapse in April 1934. Aside from his consequent retirement CEO Herbert "
 "Franklin's lifestyle was unaffected.",
 "Throughout its history, Franklin was a luxury brand and competed with other upscale automobiles of the day. As such, "
 "it fell victim to the Great Depression along with many luxury car manufacturers. The company sold about 150,000 "
 "cars over the course of more than 30 years in existence.",
 "Herbert H. Franklin founded H. H. Franklin Manufacturing Company in 1893 and, in 1901, teamed up with engineer John "
 "Wilkinson to develop an air-cooled engine. In 1902, the Franklin automobile was introduced. Because he was the "
 "primary investor, Franklin assumed control of the company, and named the auto manufacturing division Franklin "
 "Automobile Company. As president, he managed the company finances and business administration."]
KEPT["wp-franklin-automobile"] = ("franklin-enwiki-oldid.txt", FR)
R.append(wp("wp-franklin-automobile", "Franklin (automobile)",
 "https://en.wikipedia.org/wiki/?oldid=840156744&title=Franklin_(automobile)", "\n\n".join(FR),
 "automobiles", ["history", "founding", "ownership", "division", "collapse"],
 "The lead of the article and the opening of its history as en.wikipedia.org's older revision is held in the page "
 "store at its oldid address (oldid 840156744, a revision of about May 2018 by its number; the infobox as a '| Key | "
 "value |' table; recorded CC BY-SA 3.0, a revision before Wikimedia's June 2023 move to 4.0, as batch 70aa recorded "
 "an oldid revision). Cut: the title line 'Franklin (automobile)'; the infobox lines ('Industry | Automotive |' and "
 "'---|---|' to 'Number of employees | 3,210 in 1920 |', with 'Founder | Herbert H. Franklin (1866-1956)[2] |' and "
 "'Key people | John Wilkinson, chief engineer |'); the heading 'History'; the citation markers '[3]' and '[4]'; the "
 "trailing broken sentence ('Wilkinson was named chief engineer and granted control of the engineering and manufac', "
 "where the excerpt ends; `truncated`). Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'Franklin Automobile Company was a Syracuse, New York marketer of automobiles' (no 'The'), 'Controlled by Herbert H "
 "Franklin it had very few other significant shareholders' (no full stop after the initial, no comma), 'H. H. "
 "Franklin Manufacturing Company which was only moderately profitable' (no comma), 'Aside from his consequent "
 "retirement CEO Herbert Franklin's lifestyle was unaffected.' (no comma), 'Herbert H. Franklin founded H. H. Franklin "
 "Manufacturing Company in 1893' (no 'the'), 'named the auto manufacturing division Franklin Automobile Company'. 212 "
 "words. No outage and no near-miss of one told ('suffered financial collapse' and 'fell victim to the Great "
 "Depression' are business failures, GUIDELINES, Outages). Found at rank 4 of the query 'Franklin Automobile Company "
 "Wikipedia Herbert H. Franklin Syracuse New York air-cooled John Wilkinson' (round 71b's lead: 'Names checked with no "
 "hit and not queried ... Franklin Automobile Company'); wiki-gateway.eudic.net (rank 1) and cloudflare-ipfs.com (rank "
 "2; an IPFS copy of about 2017) hold an older revision whose lead names no CEO and no supplier (not used: the oldid "
 "revision, with a revision id, taken), franklincar.org (rank 3; a club's reprint of a 1956 article), "
 "gaukmotors.co.uk (rank 5; a dealer's copy), timotoole.org (rank 6), snaccooperative.org (rank 7; an archive "
 "record) and insuranceschoices.blogspot.com (rank 8; a blog quoting the article) not used. Franklin Automobile, "
 "Herbert H. Franklin, H. H. Franklin, John Wilkinson: " + CHECKED + " ('Franklin Automobile' only in GATHERING.md's "
 "lists of leads; 'Syracuse' a place in other matters).", "US",
 v3=True, copy_of="the Wikipedia article, an older revision (oldid 840156744, of about 2018), at en.wikipedia.org's "
 "oldid address"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[lower-alpha 4]', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(MARK.sub("", s).split())


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

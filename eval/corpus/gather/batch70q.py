#!/usr/bin/env python3
"""Batch 70q (session 64; gatherer lane 70q): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad and 69a-69aj, on two New Zealand department
stores and a South Korean car maker, new to the corpus: Smith & Caughey Ltd (Smith & Caughey's), the Auckland
department store chain established in 1880 by Marianne Smith, its Queen Street and Newmarket stores (the Newmarket
branch first run under the name of Hugh Gilmore), its proposed closure of May 2024 (retail, New Zealand); Shinjin
Motors (Sinjin Motors), the South Korean car maker begun in 1954 as the Shinjin Industrial Company, a rebuilder for
the U.S. Army, its related bus maker now part of Daewoo Bus Corporation, and the Automotive Industry Promotion Law of
1962 under which the Minister of Trade and Industry favoured the Sammi Corporation and then Saenara Motors, partner of
Nissan (cars, South Korea); and Arthur Barnett Ltd, the Dunedin department store established in 1903 by Arthur
Barnett, its branches in Balclutha, Alexandra, Oamaru, Christchurch and Melbourne, its final store taken over by H &
J Smith in 2015 (retail, New Zealand).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): a Wikipedia mirror's copy of "Smith & Caughey's" at hessslslslsls.azureedge.net (a 2024
revision) and en.wikipedia.org's own '= Title =' renderings of 'Shinjin Motors' and 'Arthur Barnett (department
store)' (recent, undated); each cut at a paragraph or sentence end before the point where the excerpt breaks off
(each about 2,000 characters). Edits per item in `notes` (title lines, infobox lines, a caption, headings and
citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather70q/src), the markers ('[1]', '[citation needed]') dropped and whitespace runs compared as one space, as
batches 57g-70k did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of three:
five queries, five companies asked for, three taken (round notes /tmp/gather70q/NOTES.md; queries
/tmp/gather70q/src/queries.txt; claims /work/notes/gather70/CLAIMS.txt).
usage: batch70q.py [POOL_DIR] [--dry]   (default /tmp/gather70q/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70q/pool"
SRC = "/tmp/gather70q/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as it stood when checked (`grep -ril`, file "
           "names only), and in GATHERING.md none but the lead lists of earlier rounds")
# a citation marker ('[1]', '[note 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- retail, New Zealand: Smith & Caughey's (a Wikipedia mirror at azureedge.net) ----------------------------------
SC = [
 "Smith & Caughey Ltd, trading as Smith & Caughey's, is a chain of two mid-sized, upscale[1] department stores in "
 "Auckland, New Zealand.",
 "One of the oldest surviving retail businesses in New Zealand, it was established in 1880 by Ulster-born Marianne "
 "Smith as a drapers and millinery shop,[2][3] and is the oldest-surviving department store in Auckland.[4] "
 "Currently, it is mostly fashion-oriented,[3] with sections for jewellery, make-up and homewares.",
 "The company has two stores in Auckland; on Queen Street, City Centre, and on Broadway, Newmarket. The flagship "
 "Queen Street store occupies a Heritage New Zealand Category 1 Listed building, which was designed by American "
 "architect Roy Alstan Lippincott and completed in 1929.[5] The smaller Newmarket store occupies a building which was "
 "built by the company in the 1880s; the Newmarket branch initially operated under the name of Hugh Gilmore, before "
 "reverting to Smith and Caughey in 1917.[6]",
 "The current official ambassador for Smith & Caughey's is New Zealand actress Antonia Prebble. [citation needed]",
 "In May 2024 the company announced that it intended to close both shops and its online store in early 2025 due to "
 "the downturn in business which had occurred over several years.[7] A decision was made in August to continue "
 "trading by reducing the Queen St store from two levels to one and closing the Newmarket store.[8]"]
KEPT["wp-smith-and-caugheys"] = ("smith-caugheys-azureedge.txt", SC)
R.append(wp("wp-smith-and-caugheys", "Smith & Caughey's",
 "https://hessslslslsls.azureedge.net/wiki/Smith_%26_Caughey%27s",
 "\n\n".join(MARK.sub("", p) for p in SC),
 "retail (department store, history)", ["history", "founder", "stores", "former names", "closure"],
 "The article as a Wikipedia mirror at hessslslslsls.azureedge.net holds it in the page store (the Wikipedia page "
 "served whole, with 'Jump to content' and 'From Wikipedia, the free encyclopedia'; no revision id or date held; a "
 "2024 revision: its infobox says 'Founded1880; 144 years ago (1880)' and the text tells of August 2024 but not of "
 "the store's closing). Cut: 'Jump to content', the title line \"Smith & Caughey's\", 'From Wikipedia, the free "
 "encyclopedia', the infobox lines ('Smith & Caughey Ltd', 'Company typePrivate', 'IndustryRetail', 'Founded1880; 144 "
 "years ago (1880)', 'FounderMarianne Smith', 'HeadquartersAuckland, New Zealand', 'ProductsBeauty, Clothing, "
 "Homewares', 'Websitesmithandcaugheys.co.nz'), the image caption ('The Queen Street and Wellesley Street West "
 "facades of the Queen Street store in the Auckland CBD'; so Wellesley Street West and the CBD are not in the text), "
 "the headings 'Stores' and 'Proposed closure' with their '[edit]' links, the citation markers ('[1]' ... '[8]', "
 "'[citation needed]'); cut after '... closing the Newmarket store.', before the empty section, 'See also' and the "
 "references the excerpt breaks off in (a cut at a paragraph end). Paragraphs joined with blank lines. No word added "
 "or changed. Kept as written: 'a drapers and millinery shop', 'two stores in Auckland; on Queen Street, City Centre, "
 "and on Broadway, Newmarket', 'Smith and Caughey' beside 'Smith & Caughey's', 'the Queen St store' beside 'Queen "
 "Street', 'A decision was made in August' (no year). No outage told. Recorded CC BY-SA 4.0 (a 2024 revision). Found "
 "at rank 4 of the query \"Smith & Caughey's Auckland department store history founded Wikipedia\"; oceania.news "
 "(rank 1), two nzherald.co.nz stories (ranks 2, 3 and 8), a news-tag page (rank 5), a genealogy blog (rank 6) and "
 "nbr.co.nz (rank 7) not used (news and blog text). Smith & Caughey, Smith and Caughey, Marianne Smith, Hugh Gilmore, "
 "Lippincott: " + CHECKED + " (Caughey only in round 70k's lead list).",
 "non-US", copy_of="the Wikipedia article, via a Wikipedia mirror's copy (hessslslslsls.azureedge.net) of 2024",
 ))

# ---- cars, South Korea: Shinjin Motors (en.wikipedia.org) -----------------------------------------------------------
SJ = [
 "Shinjin Motors or Sinjin Motors (; /ko/) is a defunct South Korean car manufacturer.",
 "A related bus manufacturer called \"Shinjin Bus Manufacturing Company\" was founded in 1955 as an independent "
 "company. It is now a part of Daewoo Bus Corporation.",
 "The Shinjin Industrial Company began as a parts producer in 1954, branching into the automotive field in 1958 as a "
 "rebuilder for the U.S. Army, with actual assembly commencing in 1962.",
 "The Government of South Korea enacted the \"Automotive Industry Promotion Law\" in 1962. Under this legislation, "
 "the importation of assembled automobiles was outlawed; subsidies were made available to assemblers who were also "
 "afforded tariff exemption on the importation of parts. Responsibility for deciding which firms would be authorized "
 "to undertake automobile manufacturing was held by the Minister of Trade and Industry, who at the time opted to "
 "appoint just one company for each product segment to maximize economies of scale. The minister initially favored "
 "the Sammi Corporation for passenger automobiles. Preference was shifted to Saenara Motors after the latter made "
 "alleged political contributions to the party recently established by the military government. Consequently, "
 "Saenara signed an agreement with Nissan which provided the company with technical assistance and a USD35 million "
 "loan to facilitate the construction of a factory in Bupyeong-gu, Incheon."]
KEPT["wp-shinjin-motors"] = ("shinjin-enwiki.txt", SJ)
R.append(wp("wp-shinjin-motors", "Shinjin Motors", "https://en.wikipedia.org/wiki/Shinjin_Motors",
 "\n\n".join(MARK.sub("", p) for p in SJ),
 "automotive (cars, history)", ["history", "former names", "customers", "regulation", "licensing"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form: the title line "
 "'= Shinjin Motors =', the infobox as '- Field: value' lines, '== History =='; no revision id or date held; a recent "
 "rendering, as batches 69ah and 70d recorded this form). Cut: the title line, the infobox lines ('Shinjin Motors', "
 "'- Logo: Shinjin motors logo.png', '- Industry: Automotive', '- Fate: Reincorporated', '- Foundation: 1954', '- "
 "Defunct: 1981', '- Location: South Korea', '- Products: Automobiles'; so the year it ended is not in the text), the "
 "heading '== History =='; cut after '... a factory in Bupyeong-gu, Incheon.', before the sentences whose amounts "
 "the rendering drops ('at a cost of per unit', 'retailed at \u2014thus') and the sentence the excerpt breaks off in "
 "('... from importing further kit'; a cut at a sentence end). No citation markers in the rendering. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: '(; /ko/)' (the rendering's remains of the "
 "Korean script and IPA), the quotation marks round 'Shinjin Bus Manufacturing Company' and 'Automotive Industry "
 "Promotion Law', 'favored', 'authorized', 'USD35 million'. No outage told. Recorded CC BY-SA 4.0 (a recent "
 "rendering; doubtful: no revision id). Found at rank 1 of the query 'Shinjin Motors history Korea Toyota General "
 "Motors Korea Wikipedia'; German Wikipedia at wikiwand (rank 2; not English), googleweblight's and wiki.x.io's "
 "copies (ranks 3 and 6; the same text with markers), a car blog (rank 4), piglix's 'General Motors Korea' (rank 5; "
 "another article), the-uncensored-wiki's 2014 Kiwix copy (rank 7) and en.wikipedia.org.'s copy (rank 8) not used. "
 "Shinjin, Sinjin, Saenara, Sammi, Automotive Industry Promotion Law, Bupyeong: " + CHECKED + " (Shinjin only in "
 "round 70k's lead and dead-end lists; Nissan and Daewoo in texts on other matters).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- retail, New Zealand: Arthur Barnett (en.wikipedia.org) ---------------------------------------------------------
AB = [
 "Arthur Barnett Ltd, trading as Arthur Barnett and often referred to as Arthur Barnett's, was a department store in "
 "Dunedin, New Zealand. Established in 1903 by Arthur Barnett the store first began as a drapery for men and boys, "
 "progressing over the years to become one of Dunedin's most successful department stores. As well as their "
 "flagship George Street store, Arthur Barnett had stores in Balclutha, Alexandra, Oamaru, and Christchurch. They "
 "also briefly had a branch in Melbourne which operated from 1970 to 1977. This branch sold mainly carpeting and "
 "furniture. The final Arthur Barnett store (on site of its first on George Street in Dunedin) and its online store "
 "was taken over by Invercargill-based department store chain H & J Smith in 2015.",
 "Arthur Barnett opened his first drapery store in 1903, placing his first newspaper advertisement on 6 March of "
 "that year, and opening the next day. During this time his store became famous for its advertisements which were "
 "colourful and often relied heavily on gimmicks, such as naming a hat the 'King Dick' after the Prime Minister at "
 "the time Richard Seddon. Jim Sullivan argues that \"Arthur Barnett's reputation for innovation in retail was "
 "becoming well-established \u2013 he had a flair and brought colour and a touch of the side show to what was a "
 "staid occupation.\"",
 "New buildings followed in 1909 and 1924."]
KEPT["wp-arthur-barnett-department-store"] = ("arthur-barnett-enwiki.txt", AB)
R.append(wp("wp-arthur-barnett-department-store", "Arthur Barnett (department store)",
 "https://en.wikipedia.org/wiki/Arthur_Barnett_(department_store)",
 "\n\n".join(MARK.sub("", p) for p in AB),
 "retail (department store, history)", ["history", "founder", "branches", "advertising", "takeover"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form; no revision id or "
 "date held; a recent rendering, after the takeover of 2015). Cut: the title line '= Arthur Barnett (department "
 "store) =', the infobox lines ('Arthur Barnett Ltd', '- Logo: Arthur Barnett logo 2012.png', '- Logo Caption: "
 "Absolute Service and Value Absolutely Arthur Barnett, Absolutely Right (radio)', '- Type: Private (previously "
 "Public)', '- Location: Dunedin, New Zealand', '- Key People: Sue Smaill, last general manager, Michael Coburn, "
 "director, Nicholas Scott, director, Trevor Scott, director, Julian Smith, director', '- Industry: Retail', '- "
 "Products: ...', '- Homepage: arthurbarnett.co.nz'; so the general manager and the directors are not in the text), "
 "the heading '==History=='; cut after 'New buildings followed in 1909 and 1924.', before the sentence the excerpt "
 "breaks off in ('The 1924 Arthur Barnett building designed by Edmund Anscombe was a landmark on'; a cut at a "
 "sentence end). No citation markers in the rendering. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'Established in 1903 by Arthur Barnett the store first began' (no comma), 'As well as their "
 "flagship', 'The final Arthur Barnett store ... and its online store was taken over', 'the Prime Minister at the "
 "time Richard Seddon' (no comma), the quotation with its en dash. No outage told. Recorded CC BY-SA 4.0 (a recent "
 "rendering; doubtful: no revision id). Found at rank 2 of the query 'Arthur Barnett Dunedin department store history "
 "Wikipedia'; odt.co.nz (rank 1; news), a button-history blog (rank 3), piglix's and absoluteastronomy's copies of "
 "the founder's biography (ranks 4 and 5; another article), a German machine translation (rank 6) and two Thai "
 "translations (ranks 7 and 8) not used. Arthur Barnett, H & J Smith, Richard Seddon, Jim Sullivan, Balclutha: "
 + CHECKED + " (Arthur Barnett and H & J Smith only in round 70k's lead list).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[note 1]', '[edit]', '[citation
    needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|note \d+|edit|citation needed)\s*\]", "", s).split())


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

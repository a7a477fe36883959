#!/usr/bin/env python3
"""Batch 56n (session 54; gatherer lane 56n): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h and 56j, turned to the two leads those
rounds left and one more mid-size company, new to the corpus: a British video game developer in Leamington Spa founded
by Gavin Raeburn, Trevor Williams and Ralph Fulton, maker of the Forza Horizon games with Turn 10 Studios, published by
Microsoft Studios, of which it became part in 2018 (video games, UK); a Georgian-era London fire and life insurer
formed in 1821, with the chairman Stewart Marjoribanks and the deputy chairman Richard Mee Raikes (later Governor of
the Bank of England), merged with Royal Exchange in 1968 to form Guardian Royal Exchange (insurance, UK); and a
Manchester shipping line proposed in 1897 by Sir Christopher Furness of Furness Withy & Company, who became its
chairman, with Robert Burdon Stoker, a director of Furness Withy, as its first managing director (shipping, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Playground Games' (a revision of 2024 or later: its infobox gives
employees in 2024 and the text a studio opened in 2024), wikimili.com's copy of 'Guardian Assurance Company' (rendered
in 2024: '203 years ago (1821)'), and liquisearch.com's copy of the 'Early history' section of 'Manchester Liners'
(undated; recorded 3.0 as batch 37t recorded its liquisearch.com copy); two cut at a sentence end (`truncated`), the
section whole (`truncated` in that the rest of the article is left out). Edits per item in `notes` (title lines,
infobox lines, headings, citation markers and liquisearch's trailer cut; no word added or changed); `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather57n/src), the markers ('[3]', ' [3]') dropped and whitespace
runs compared as one space, as batches 55e, 55i, 55p, 55x, 55za, 55zd, 56b and 56j did. No text tells an outage and
none tells a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: ten queries, three
of them answered with the English Wikipedia text taken (round notes, /work/notes/gather57/56n.md; queries,
/tmp/gather57n/src/queries.txt).
usage: batch56n.py [POOL_DIR] [--dry]   (default /tmp/gather57n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57n/pool"
SRC = "/tmp/gather57n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names and in the gather scripts, in the session-54 pools "
           "(/tmp/gather57*/pool) and in /work/notes/gather57/CLAIMS.txt as they stood when checked (`grep -ril`, "
           "file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- video games, UK: Playground Games (en.wikipedia.org's '= Title =' rendering, a revision of 2024 or later) -----
PLAYGROUND = [
 "Playground Games Limited is a British video game developer based in Leamington Spa, England. It is known for "
 "developing the Forza Horizon series, which is part of the larger Forza franchise. In 2018, Playground Games became "
 "part of Microsoft Studios (now known as Xbox Game Studios). They are also developing the next game in the Fable "
 "series.",
 "Playground Games was founded by Gavin Raeburn, Trevor Williams, and Ralph Fulton; the studio was announced in "
 "November 2009, with its opening scheduled for early 2010. Playground Games announced their first project, Forza "
 "Horizon, in 2012. The title was developed in collaboration with Turn 10 Studios and published by Microsoft Studios "
 "for Xbox 360 in October that year. The studio released Forza Horizon 2 on Xbox 360 and Xbox One in September 2014, "
 "and Forza Horizon 3 on Xbox One and Microsoft Windows in September 2016.",
 "In February 2014, Playground Games announced that they were forming a new development team focused on mobile games. "
 "In February 2017, the studio detailed plans to open a second studio, focusing on a non-racing open-world video game "
 "project. In November, they announced they had leased St. Albans House in Leamington Spa, which would provide the new "
 "studio with more than 17,000 square feet of office space. Expected headcounts for both studios were in excess of "
 "200 people. In 2024, a third studio was opened in Leamington Spa to assist with the development of Fable."]
KEPT["wp-playground-games"] = ("playground-enwiki.txt", PLAYGROUND)
R.append(wp("wp-playground-games", "Playground Games", "https://en.wikipedia.org/wiki/Playground_Games",
 "\n\n".join(PLAYGROUND),
 "video games", ["history", "founding", "ownership", "products"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2024 or later: the infobox gives 455 employees in 2024 and the text tells a studio opened in 2024). "
 "Cut: the title line '= Playground Games ='; the infobox lines ('Playground Games Limited', '- Logo: "
 "Playground-games logo.png', '- Type: Subsidiary', '- Industry: Video games', '- Founders: Gavin Raeburn Trevor "
 "Williams Ralph Fulton', '- Hq Location City: Leamington Spa', '- Hq Location Country: England', '- Key People: "
 "Trevor Williams (studio head) Ralph Fulton (CCO)', '- Products: Forza Horizon series Fable', '- Num Employees: "
 "455', '- Num Employees Year: 2024', '- Parent: Xbox Game Studios'), so Trevor Williams's post of studio head and "
 "Ralph Fulton's of chief creative officer are not in the text; the heading '== History =='; cut after 'to assist "
 "with the development of Fable.', before the paragraph the excerpt breaks off ('At E3 2018, Microsoft announced they "
 "had acquired Playground Games, which became part of Microsoft Studios (now known as '; `truncated`; a cut at a "
 "paragraph end), so Microsoft's purchase is in the text only as 'became part of' and Microsoft itself only inside "
 "'Microsoft Studios' and 'Microsoft Windows'. No citation markers in this rendering; no word added or changed. Kept "
 "as written: 'the larger Forza franchise', 'Microsoft Studios (now known as Xbox Game Studios)', 'They are also "
 "developing' (plural for the company), 'Gavin Raeburn, Trevor Williams, and Ralph Fulton' (serial comma), 'scheduled "
 "for early 2010', 'in October that year', 'In November,' (no year of its own; 2017 from the sentence before), 'St. "
 "Albans House', 'more than 17,000 square feet', 'in excess of 200 people'. 237 words. No outage and no near-miss of "
 "one told. Recorded CC BY-SA 4.0 (a revision of 2024 or later, after Wikimedia's move to 4.0 of June 2023). Found at "
 "rank 3 of the query 'Playground Games is a British video game developer founded in 2010 by Gavin Raeburn acquired "
 "by Microsoft Studios'; an rt.http3.lol proxy of en.m.wikipedia.org's rendering (rank 1; the same text through a web "
 "proxy, as batch 56b saw it), news (mondoxbox.com, gameupnews.com, thenerdstash.com, trueachievements.com, "
 "ezguides.us; copyrighted) and a shop page (pjsgames.com) not used; a second query for a copy reaching past the E3 "
 "2018 sentence brought news only. Playground Games, Gavin Raeburn, Trevor Williams, Ralph Fulton, Turn 10, Forza "
 "Horizon, Microsoft Studios, St. Albans House: " + CHECKED + " (all but St. Albans House named in GATHERING.md only, "
 "as batch 56b's lead; 'Xbox Game Studios' is in texts on other matters; none is a history of this studio).", "non-US",
 copy_of="the Wikipedia article, a recent revision as en.wikipedia.org rendered it"))

# ---- insurance, UK: Guardian Assurance Company (wikimili.com's copy, rendered in 2024) ------------------------------
GUARDIAN = [
 "The Guardian Assurance Company was a British insurance company based in London and formed in 1821 to offer both "
 "life and fire insurance. Through a combination of organic growth and acquisition it became one of the leading "
 "insurance companies. It operated as a mutual organization, meaning that it was owned by its policyholders rather "
 "than by shareholders. In 1968 it merged with Royal Exchange to form Guardian Royal Exchange.",
 "There ae no records of the original meetings or the motivation of the promoters, but it is believed that there was "
 "a substantial involvement by bankers. The chairman, Stewart Marjoribanks, was an East India merchant; and the "
 "deputy chairman, Richard Mee Raikes, later became Governor of the Bank of England. A notice in The Times in "
 "November 1821 stated that the court of directors of Guardian Fire and Life announce that a general meeting of the "
 "subscribers would be held at the City of London Tavern on 10th of December when the deed of settlement would be "
 "submitted for approval. The following February the directors announced that \"the principles upon which this "
 "Institution have been founded have been adopted\" and the subscribed capital was \u00a31,500,000. One of the "
 "unexplained \"principles\" of, to use its full name, the Guardian Fire and Life Assurance Company, was that no "
 "shares were to be granted to persons resident in the metropolis (London) or within ten miles, except by "
 "permission.",
 "Unlike most insurance companies at the time, the Guardian offered both fire insurance and life assurance from the "
 "outset, but it was life that made the greater contribution to profits."]
KEPT["wp-guardian-assurance"] = ("guardian-wikimili.txt", GUARDIAN)
R.append(wp("wp-guardian-assurance", "Guardian Assurance Company", "https://wikimili.com/en/Guardian_Assurance_Company",
 "\n\n".join(GUARDIAN),
 "insurance/fire and life insurance", ["history", "leadership"],
 "The article as wikimili.com's copy holds it in the page store (no revision id; rendered in 2024: the infobox's "
 "'Founded1821;203 years ago' and 'Defunct2018;6 years ago'). Cut: the title line 'Guardian Assurance Company' and "
 "the line 'Last updated'; the infobox lines ('Guardian Assurance Plc', 'Company type Public', 'Industry Insurance', "
 "'Founded1821;203 years ago (1821)', 'Defunct2018;6 years ago (2018) re-launched in that year', 'FateMerged with "
 "Royal Exchange Assurance', 'Successor AXA and then Gryphon Group Holdings Limited', 'Headquarters London, UK'), so "
 "AXA, Gryphon Group Holdings Limited and Royal Exchange's full name are not in the text; the lines 'Contents', "
 "'History' and 'The first hundred years' (a contents box's title and two headings); the citation markers ' [3]', ' "
 "[4]' and ' [5]' with the space before each (so 'submitted for approval. [3] The following' reads 'submitted for "
 "approval. The following'); cut after 'the greater contribution to profits.', before the sentence the excerpt breaks "
 "off ('The important ta'; `truncated`; a cut inside a paragraph), so the later history (the purchases of other "
 "insurers the lead's 'acquisition' stands for) is not in the text. No word added or changed. Kept as written: 'There "
 "ae no records' (the article's typo), 'formed in 1821 to offer both life and fire insurance', 'a mutual "
 "organization', 'In 1968 it merged with Royal Exchange to form Guardian Royal Exchange.', 'an East India merchant', "
 "'later became Governor of the Bank of England', 'the court of directors of Guardian Fire and Life announce' "
 "(present tense), 'on 10th of December' and 'The following February' (no year of their own), 'this Institution "
 "have been founded' (as quoted), '\u00a31,500,000', 'the Guardian Fire and Life Assurance Company', 'the "
 "metropolis (London)'. 264 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (rendered in 2024, "
 "after Wikimedia's move to 4.0 of June 2023; wikimili.com copies current revisions). Found at rank 1 of the query "
 "'Guardian Assurance Company was a British insurance company founded in 1821 chairman deputy chairman' (batch 56h's "
 "lead: the same wikimili.com page, its rank 8); wikisum.wiki (rank 2; sentences picked out of order, not a copy), "
 "jmedia.wiki (rank 3; Japanese), and companies.jrank.org and encyclopedia.com (ranks 4-8; the International "
 "Directory of Company Histories, copyrighted) not used. Guardian Fire and Life, City of London Tavern, Richard Mee "
 "Raikes, Stewart Marjoribanks, Royal Exchange, Guardian Royal Exchange: " + CHECKED + " (Marjoribanks, Raikes "
 "and Royal Exchange named in GATHERING.md only, in batch 56h's not-used list and leads); 'Guardian Assurance' only "
 "in batch 56h's script and its London and Lancashire record's notes (this page as a query's other answer); 'Bank "
 "of England' and 'The Times' are named in texts on other matters; none is a history of this insurer.", "non-US",
 copy_of="the Wikipedia article, wikimili.com's copy"))

# ---- shipping, UK: Manchester Liners (liquisearch.com's copy of the 'Early history' section, undated) ---------------
MANCHESTER = [
 "The opening of the Manchester Ship Canal in 1894 made it possible for large ocean-going ships to sail directly into "
 "the heart of Manchester. However, because of opposition from cartels of ship-owners based at Liverpool and other "
 "ports in the United Kingdom, shipping lines were slow to introduce direct services to the new Port of Manchester, "
 "which found it difficult to compete against the established ports. New trading routes from Manchester to West "
 "Africa and Mediterranean ports were countered by the established shipping conferences sharply reducing their own "
 "charges and by inducing their customers to sign binding contracts. In some cases, after achieving their aims, the "
 "cartels re-imposed their old charges. To help counter these 'sharp practices', Sir Christopher Furness, of Furness "
 "Withy & Company, proposed in 1897 that a Manchester-based shipping line should be formed, to encourage the use of "
 "the Manchester Ship Canal and docks. The public prospectus for Manchester Liners Ltd (ML) was issued on 10 May "
 "1898, with an authorised share capital of \u00a31 million. Furness' company became the largest shareholder, and he "
 "was appointed chairman. Other directors included representatives from the Ship Canal company and Salford Borough "
 "Council. Robert Burdon Stoker, a director of Furness Withy, was appointed as ML's first managing director."]
KEPT["wp-manchester-liners"] = ("manchester-liners-liquisearch.txt", MANCHESTER)
R.append(wp("wp-manchester-liners", "Manchester Liners",
 "https://www.liquisearch.com/manchester_liners/early_history",
 "\n\n".join(MANCHESTER),
 "shipping/cargo and passenger lines", ["history", "founding", "leadership"],
 "The 'Early history' section of the article as liquisearch.com reproduces it in the page store (its section pages "
 "are Wikipedia text; batches 32d, 35o, 35t and 37t used its copies; no date or revision id held). Cut: the heading "
 "'Early History'; liquisearch's trailer ('Read more about this topic: Manchester Liners' and its box 'Famous quotes "
 "containing the words early and/or history:' with its quotations); no citation markers on the page; the section is "
 "one paragraph and kept whole (`truncated` only in that the rest of the article, the lead included, is left out), "
 "so the company's later history (its container ships, Furness Withy's ownership of 1970-80 in the infobox, the end "
 "of 1985) is not in the text. No word added or changed. Kept as written: 'ocean-going', 'ship-owners', "
 "'Mediterranean ports', 're-imposed', \"'sharp practices'\" (single quotes), 'Sir Christopher Furness, of Furness "
 "Withy & Company,' beside 'Furness Withy', 'Manchester-based', 'Manchester Liners Ltd (ML)', 'authorised', "
 "'\u00a31 million', \"Furness' company\" (possessive after s), 'the Ship Canal company' (lower-case 'company'), "
 "'Salford Borough Council', \"ML's first managing director\". 208 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (doubtful: undated; liquisearch.com's copies are of revisions before Wikimedia's move to 4.0 "
 "of June 2023, as batch 37t recorded its copy; either licence allows this reuse with attribution); the text matches "
 "word for word the same section as wikimili.com, gateway.ipfs.io, wiki-gateway.eudic.net, en.wikipedia.org and "
 "wiki.riteme.site hold it as far as their excerpts reach (each breaks off before or inside the Furness sentence). "
 "Found at rank 3 of the query 'Manchester Liners founded 1898 Sir Christopher Furness Furness Withy Manchester Ship "
 "Canal Robert B. Stoker managing director' (the same section with a title line at rank 4); engole.info (rank 1; a "
 "copy with inline glosses added to the text), manchesterliners.co.uk (rank 2; a society's own history, "
 "copyrighted) and the article from its infobox and lead (ranks 5-8) not used. Manchester Liners, Furness Withy, "
 "Furness, Withy, Christopher Furness, Robert Burdon Stoker, Salford Borough: " + CHECKED + " ('Manchester Ship "
 "Canal', 'Liverpool' and 'Manchester' are in texts on other matters; none is a history of this line).", "non-US",
 v3=True, copy_of="the Wikipedia article's 'Early history' section, via liquisearch.com"))


def _norm(s):
    """The text without citation markers ('[4]', ' [4]'), whitespace runs as one space."""
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

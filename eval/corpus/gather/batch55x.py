#!/usr/bin/env python3
"""Batch 55x (session 54; gatherer lane 55x): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p and 55s, turned to mid-size Nordic medical technology companies: a Swedish
maker of radiation therapy and radiosurgery equipment founded in 1972 by the neurosurgeon Lars Leksell and his son
Laurent (Larry) Leksell, listed since 1994, led by Larry Leksell as chief executive until 2005 and still chaired by him
(medical technology, Sweden); and a Swedish medical technology group founded in 1904 by Olander Larrsson in the town of
Getinge, bought by Electrolux in 1964 and in 1989 by two former Electrolux managers, Rune Andersson and Carl Bennet,
controlled by Carl Bennet's holding company Carl Bennet AB, led by its CEO Mattias Perjos and chairman Johan Malmquist,
buyer of the German Maquet GmbH in 2000 (medical technology, Sweden).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's own full-page rendering of 'Elekta' (at the address 'en.wikipedia.org./wiki/Elekta'; no
revision id, a revision of 2023 or later) and hubbry.com's copy of 'Getinge Group' ('from Wikipedia'; a revision of
after June 2025), the latter checked word for word against en.wikipedia.org's rendering of the same article, which the
page store breaks off earlier; each cut at a sentence end (`truncated`). Edits per item in `notes` (site lines, infobox
lines, headings, edit links and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather56x/src), the markers ('[1]', '[edit]') dropped and whitespace runs
compared as one space, as batches 55e, 55i and 55p did. No text tells an outage and none tells a near-miss of one.
newskg (or any extractor) was not run on any text. A round of two: twenty-six queries, two of them answered with
English Wikipedia text on a company that is not yet in the corpus (round notes, /work/notes/gather56/55x.md).
usage: batch55x.py [POOL_DIR] [--dry]   (default /tmp/gather56x/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather56x/pool"
SRC = "/tmp/gather56x/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-54 pools (/tmp/gather56*/pool) and in /work/notes/gather56/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- medical technology, Sweden: Elekta (en.wikipedia.org, a revision of 2023 or later) ----------------------------
ELEKTA = [
 "Elekta is a global Swedish company that develops and produces radiation therapy and radiosurgery-related equipment "
 "and clinical management for the treatment of cancer and brain disorders. Elekta has a global presence in more than "
 "120 countries, with over 40 offices around the world and about 4,700 employees.",
 "Elekta was jointly founded in 1972 by the late Lars Leksell, Professor of Neurosurgery at the Karolinska Institute "
 "in Stockholm, Sweden, and his son Laurent (Larry) Leksell, in order to commercialize the development of the Leksell "
 "Stereotactic System, and Gamma Knife, which he had been researching since the late 1940s.",
 "Since 1994, the company has been listed on the Nordic Exchange (Nasdaq Stockholm) under the ticker EKTAb. Larry "
 "Leksell became Chief Executive Officer of Elekta until 2005, and under his leadership the company expanded into a "
 "public medical technology group with more than 3,400 employees worldwide. Larry Leksell remains the chairman of the "
 "Board of Elekta."]
KEPT["wp-elekta"] = ("elekta.txt", ELEKTA)
R.append(wp("wp-elekta", "Elekta", "http://en.wikipedia.org./wiki/Elekta",
 "\n\n".join(ELEKTA),
 "medical technology", ["history", "founding", "executives"],
 "The article as en.wikipedia.org's full-page rendering holds it in the page store (at the address "
 "'en.wikipedia.org./wiki/Elekta', the host written with its trailing dot; undated, no revision id; a revision of "
 "2023 or later: the infobox label 'Company type' and 'Key people' 'Gustaf Salford, CEO'). Cut: the title line "
 "'Elekta'; the site line 'From Wikipedia, the free encyclopedia'; the infobox lines ('Elekta AB', 'Company "
 "typePublic', 'Nasdaq StockholmEKTA B', the industry line, 'Founded1972 Edit this on Wikidata', 'FounderLars "
 "Leksell, Laurent Leksell', 'Headquarters,', 'Sweden', 'Number of locations' with its list of 23 cities, 'Key "
 "people', 'Gustaf Salford, CEO', the products line (Elekta Unity MR-Linac, Leksell Gamma Knife, Versa HD, Harmony, "
 "MOSAIQ, Monaco), the income line in SEK, 'Number of employees', '4,700', 'Websitewww.elekta.com'), so Gustaf "
 "Salford, the cities and the products other than the two of the history are not in the text; the heading "
 "'History[edit]' (with its edit link); the citation marker '[1]'; cut after 'Larry Leksell remains the chairman of "
 "the Board of Elekta.', before the sentence 'The role of President and CEO has been held by the following:', whose "
 "list the excerpt does not hold (`truncated`; a cut inside a paragraph, at a sentence end). No word added or "
 "changed. Kept as written: 'a global Swedish company that develops and produces radiation therapy and "
 "radiosurgery-related equipment and clinical management', 'jointly founded in 1972 by the late Lars Leksell, "
 "Professor of Neurosurgery at the Karolinska Institute in Stockholm, Sweden, and his son Laurent (Larry) Leksell', "
 "'the Leksell Stereotactic System, and Gamma Knife' (the comma; 'Gamma Knife' without an article), 'which he had "
 "been researching since the late 1940s', 'listed on the Nordic Exchange (Nasdaq Stockholm) under the ticker "
 "EKTAb', 'Larry Leksell became Chief Executive Officer of Elekta until 2005' (so written), 'Larry Leksell remains "
 "the chairman of the Board of Elekta'. 153 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(the infobox's 'Company type' label and its CEO Gustaf Salford point to a revision of 2023 or later; doubtful in "
 "that no revision id or date is held, and a revision of before June 2023 would be 3.0). Found at rank 4 of the "
 "query 'Elekta Swedish medical technology company founded 1972 Lars Leksell history acquired' (and at rank 3 of a "
 "second query, the same excerpt); theinfolist.com's copy (rank 3; glosses of linked articles inlined), the "
 "company's own history pages on elekta.com and elekta.cn (ranks 1, 2, 5, 6, 8; copyrighted) and news pages not "
 "used. Elekta, Leksell, Karolinska, Gustaf Salford: " + CHECKED + ".", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org renders it at its host name written with a trailing dot"))

# ---- medical technology, Sweden: Getinge (hubbry.com's copy, a revision of after June 2025) -------------------------
GETINGE = [
 "Getinge AB is a publicly traded Swedish medical technology company. The company produces and distributes medical "
 "products and equipment for the healthcare and life sciences industries. The company is divided into three business "
 "areas: Life Science, Acute Care Therapies, and Surgical Workflows. The group employs approximately 12,000 people "
 "worldwide. The CEO of the company is Mattias Perjos, and the Chairman of the Board is Johan Malmquist. With a sales "
 "share of around 40%, the United States is by far the most important market for the company due to significantly "
 "higher prices and margins there. China and various Western European countries follow.",
 "Getinge was founded in 1904 in Sweden as an agricultural company by Olander Larrsson in the town of Getinge and "
 "expanded into the medical technology sector in the 1930s. The company was acquired by Electrolux in 1964 and "
 "strengthened through a series of acquisitions. In 1989, it was acquired by Rune Andersson and Carl Bennet, two "
 "former Electrolux managers. They took the company public in 1993 for 600 million SEK, where it is listed on the "
 "Stockholm Stock Exchange and has been part of the OMXS30 index from July 2009 to June 2025. With a 20% stake in the "
 "capital and 50.19% of the voting rights, Carl Bennet remains the main owner of the company through his holding "
 "company Carl Bennet AB. Other notable owners include two Swedish pension funds and American asset managers such as "
 "Vanguard and Blackrock.",
 "Getinge has acquired a large number of smaller and larger companies over the decades. In 2000 it acquired the "
 "German Maquet GmbH."]
KEPT["wp-getinge"] = ("getinge-hubbry.txt", GETINGE)
R.append(wp("wp-getinge", "Getinge Group", "https://www.hubbry.com/Getinge_Group",
 "\n\n".join(GETINGE),
 "medical technology", ["history", "ownership", "executives", "acquisition"],
 "The article as hubbry.com's copy holds it in the page store ('Getinge Group', 'from Wikipedia'; undated, no "
 "revision id; a revision of after June 2025: 'has been part of the OMXS30 index from July 2009 to June 2025'). "
 "en.wikipedia.org's own rendering of the article (rank 1 of the same query) holds the same words from 'Getinge AB "
 "is' to 'through his holding company Carl', where its excerpt breaks off (checked word for word, markers and "
 "headings aside); hubbry.com's copy, which reaches further, is the text. Cut: hubbry.com's site lines ('Hubbry "
 "Logo', 'Getinge GroupGetinge GroupMain', 'Open search', 'Getinge Group' (four times), 'Community hub', 'logo', '7 "
 "pages, 0 posts', '0 subscribers', 'Be the first to start a discussion here.' (twice), 'from Wikipedia'); the "
 "infobox label 'Key Information' (its values are not in this copy; en.wikipedia.org's rendering gives them: "
 "revenue, income, assets and equity of 2024, '~12,000 (end 2024)', 'Location: Gothenburg, Sweden', so Gothenburg is "
 "not in the text); the heading 'History' and its '[edit]' link; the citation markers '[2]' (twice) and '[3]'; cut "
 "after 'In 2000 it acquired the German Maquet GmbH.', before the sentence the excerpt breaks off ('Further "
 "acquisitions followed, such as the purchase of Heraeus Med in 2002 and Huntleigh Technology P'; `truncated`; a "
 "cut inside a paragraph, at a sentence end), so Heraeus Med, Huntleigh Technology and the later purchases are not "
 "in the text. No word added or changed. Kept as written: 'a publicly traded Swedish medical technology company', "
 "'three business areas: Life Science, Acute Care Therapies, and Surgical Workflows', 'The CEO of the company is "
 "Mattias Perjos, and the Chairman of the Board is Johan Malmquist', 'founded in 1904 in Sweden as an agricultural "
 "company by Olander Larrsson in the town of Getinge' (the spelling 'Larrsson'), 'The company was acquired by "
 "Electrolux in 1964', 'In 1989, it was acquired by Rune Andersson and Carl Bennet, two former Electrolux managers', "
 "'They took the company public in 1993 for 600 million SEK, where it is listed on the Stockholm Stock Exchange' (so "
 "worded), 'the OMXS30 index from July 2009 to June 2025', 'With a 20% stake in the capital and 50.19% of the voting "
 "rights, Carl Bennet remains the main owner of the company through his holding company Carl Bennet AB', 'American "
 "asset managers such as Vanguard and Blackrock' (so capitalised), 'In 2000 it acquired the German Maquet GmbH'. 262 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of after June 2025, after "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 5 of the query 'Getinge Swedish medical technology company "
 "history founded 1904 acquired Maquet Datascope Wikipedia'; en.wikipedia.org's rendering (rank 1; breaks off "
 "earlier), empor.top's essay (rank 2; quotes the article among its own words), Swedish news (ranks 4, 6) and annual "
 "reports (ranks 7, 8) not used. Getinge, Maquet, Carl Bennet, Rune Andersson, Olander, Malmquist, Perjos, "
 "Huntleigh: " + CHECKED + " (Electrolux and Heraeus are named in GATHERING.md on other subjects: an abandoned "
 "Electrolux / GE Appliances deal and Heraeus Electro-Nite; none is a history of Getinge).", "non-US",
 copy_of="the Wikipedia article 'Getinge Group', hubbry.com's copy"))


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

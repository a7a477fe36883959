#!/usr/bin/env python3
"""Batch 69s (session 63; gatherer lane 69s): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-68k, kept to three companies of two countries, new to the corpus and turned from the lists
of leads of batches 68k, 68q, 68ac and 69e (airlines: Air California, Air Anglia; vehicle makers: Singer Motors, a
maker of the Rootes line of batch 69e's leads), after the lists' other names were found queried by batch 68q (Red Star
Line, Piper Aircraft, Checker Motors, Republic Aviation, the Glenn L. Martin Company, East-West Airlines) or already in
the corpus (Court Line, Scammell, Thornycroft): Singer Motors Limited, the Coventry bicycle maker founded as Singer & Co
by George Singer in 1874, maker of cars from 1901, acquired by the Rootes Group in 1956 (manufacturing, UK); Air
California, the Newport Beach intrastate airline at Orange County Airport, under the control of C. Arnholt Smith from
1970 and of his former holding company Westgate-California Corporation from 1974 (airlines, US); and Air Anglia
Limited, the Norwich Airport regional airline formed in 1970 by a merger of three air taxi operators, Norwich Union
its controlling shareholder, merged in 1980 into Air UK (airlines, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): the-uncensored-wiki.com's copy of 'Singer Motors' from its 2017-08 dump (CC BY-SA 3.0), wikimili.com's copy of
'Air California' (undated, recent) and en.wikipedia.org's rendering of 'Air Anglia' (undated, recent). Each cut
before the sentence its excerpt breaks off in (all `truncated`). Edits per item in `notes` (title, site, infobox,
heading and caption lines cut; citation markers cut; paragraphs joined with blank lines; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69s/src), the markers ('[1]', ' [1]',
'[nb 1]', '[edit]', '[citation needed]') dropped, a space left before a closing bracket by a cut marker dropped, and
whitespace runs compared as one space, as batches 55e-68k did. No text tells an outage (mergers, a change of control
and a brand continued are business matters). newskg (or any extractor) was not run on any text. A round of three:
three queries, each answered with English Wikipedia text on a transport company not yet in the corpus, taken (round
notes, /tmp/gather69s/NOTES.md; queries, /tmp/gather69s/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69s.py [POOL_DIR] [--dry]   (default /tmp/gather69s/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69s/pool"
SRC = "/tmp/gather69s/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of earlier rounds aside), in the session-63 pools (/tmp/gather69*/pool) and in "
           "/work/notes/gather69/CLAIMS.txt as it stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- manufacturing, UK: Singer Motors (the-uncensored-wiki.com's 2017-08 dump) --------------------------------------
SING = [
 "Singer Motors Limited was a British motor vehicle manufacturing business, originally a bicycle manufacturer founded "
 "as Singer & Co by George Singer, in 1874 in Coventry, England. Singer & Co's bicycle manufacture continued. From "
 "1901 George Singer's Singer Motor Co made cars and commercial vehicles.",
 "Singer Motor Co was the first motor manufacturer to make a small economy car that was a replica of a large car, "
 "showing a small car was a practical proposition. It was much more sturdily built than otherwise similar cyclecars. "
 "With its four-cylinder ten horsepower engine the Singer Ten was launched at the 1912 Cycle and Motor Cycle Show at "
 "Olympia. William Rootes, Singer apprentice at the time of its development and consummate car-salesman, contracted "
 "to buy 50, the entire first year's supply. It became a best-seller. Ultimately Singer's business was acquired by "
 "his Rootes Group in 1956, which continued the brand until 1970, a few years following Rootes' acquisition by the "
 "American Chrysler corporation.",
 "George Singer (1847\u20131909) began his bicycle-making business in Coventry in 1874.",
 "George Singer began manufacturing motorised three-wheelers in 1901, followed by motorwheels which were fitted to "
 "bicycles. Singer developed a 222 cc four-stroke single using an engine design bought from former Beeston employees "
 "Edwin Perks and Frank Birch."]
KEPT["wp-singer-motors"] = ("singer-uncensored2017.txt", SING)
R.append(wp("wp-singer-motors", "Singer Motors",
 "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Singer_Tricar.html",
 "\n\n".join(SING),
 "manufacturing/automobiles", ["history", "founding", "founder", "products", "acquisition"],
 "The article as the-uncensored-wiki.com's copy on port 20171 holds it in the page store, from the site's dump "
 "'2017-wikipedia_en_all_novid_2017-08' (a revision of about August 2017; no revision id held; the page is filed "
 "under the redirect name 'Singer_Tricar', its title line 'Singer Motors'). Cut: the title line 'Singer Motors'; the "
 "infobox lines ('Private' to 'Automobiles Motorcycles until 1915 Bicycles until 1915', with 'Fate | Taken over', "
 "'Successor | Rootes Group', 'Founded | 1875' and 'Founder | George Singer', so the infobox's 1875 and 'Taken over' "
 "are not in the text); the headings 'History', 'Bicycles' and 'Engines, three-wheelers and motorcycles'; the "
 "citation markers '[1]' (three times), '[2]' and '[3]' (no space before them in this copy); cut after '... from "
 "former Beeston employees Edwin Perks and Frank Birch.', before the paragraph whose second sentence the excerpt "
 "breaks off in ('A unique feature of the Perks-Birch design ... It was probably the first'; `truncated`), the whole "
 "paragraph left out. Lines of the copy joined with blank lines as paragraphs. No word added or changed. Kept as "
 "written: 'a British motor vehicle manufacturing business, originally a bicycle manufacturer founded as Singer & Co "
 "by George Singer, in 1874 in Coventry, England', \"From 1901 George Singer's Singer Motor Co made cars and "
 "commercial vehicles\", 'the Singer Ten was launched at the 1912 Cycle and Motor Cycle Show at Olympia', 'William "
 "Rootes, Singer apprentice at the time of its development and consummate car-salesman' (no article before "
 "'Singer apprentice'), \"Ultimately Singer's business was acquired by his Rootes Group in 1956, which continued the "
 "brand until 1970, a few years following Rootes' acquisition by the American Chrysler corporation\" (lower-case "
 "'corporation'), 'George Singer (1847\u20131909)' (an en dash), 'former Beeston employees Edwin Perks and Frank "
 "Birch'. 208 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a 2017 revision, before "
 "Wikimedia's 2023 move to 4.0, as batch 69c recorded the-uncensored-wiki.com's 2016 and 2017 dumps; doubtful: no "
 "revision id held). Found at rank 8 of the query 'Singer Motors Coventry car maker George Singer founded bicycles "
 "acquired by Rootes' (Rootes Group's makers: a lead of batch 69e); piglix.com (rank 1; no licence line seen, as "
 "batches 60g-68k left piglix.com), an unaddressed copy 'Developed by razib.in' (rank 2; no address), rootesclub.be "
 "(rank 3; its own text), the-uncensored-wiki.com's 2014 dump (rank 4; an older wording, 'founded by George Singer "
 "in 1874 as a bicycle manufacturer', without Singer & Co or Chrysler), theinfolist.com (rank 5; glosses woven in), "
 "autolastgh.com (rank 6; a reworded copy) and a railway.app page (rank 7; 'Fact-checked by Grok', generated) not "
 "used. Singer Motor, George Singer, Singer & Co: " + CHECKED + " ('Singer Motors' only in GATHERING.md's lists; "
 "'Rootes' in dev's wp-rootes-group and wp-tilling-stevens and in texts on other matters; 'Perks' in texts on other "
 "matters).", "UK", v3=True,
 copy_of="the Wikipedia article, via the-uncensored-wiki.com's 2017-08 dump"))

# ---- airlines, US: Air California (wikimili.com's copy, undated, recent) --------------------------------------------
ACAL = [
 "Air California, later renamed AirCal, was a U.S. airline company headquartered in Newport Beach, California that "
 "started in the 1960s as a California intrastate airline. The airline's home airport was Orange County Airport, now "
 "known as John Wayne Airport.",
 "Air California was the \"other\" California intrastate carrier, counterpart to better known Pacific Southwest "
 "Airlines (PSA). The two airlines had very different origins. PSA was the product of a highly competitive, "
 "lightly-regulated earlier period in California intrastate airline history, while Air California was born into a "
 "later, far more regulated California environment. The California regulator explicitly aimed to ensure Air "
 "California's success by shielding it from PSA competition, in particular at Orange County Airport, from which PSA "
 "was excluded. Air California was further protected by Orange County itself. From 1967 through 1980, Orange County "
 "ensured Air California was one of only two mainline airlines to have access to (and the dominant carrier at) Orange "
 "County Airport, a lucrative duopoly that allowed Air California to prosper.",
 "Air California/AirCal had a series of unusual owners. From 1970 to 1974, it was under the control of C. Arnholt "
 "Smith, a San Diego powerbroker, later convicted of fraud. From 1974 to 1981, it was controlled by Smith's former "
 "holding company Westgate-California Corporation (WCC), while WCC was in an extended period of bankruptcy run by a "
 "court-appointed trustee."]
KEPT["wp-air-california"] = ("aircal-wikimili.txt", ACAL)
R.append(wp("wp-air-california", "Air California", "https://wikimili.com/en/Air_California",
 "\n\n".join(ACAL),
 "airlines", ["history", "ownership", "holding company", "regulation", "competition"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l-69e took their wikimili.com copies: its infobox names the hub 'Orange County' and "
 "'Key people C. Arnholt Smith William Lyon George Argyros', the same words as the dated snapshot of 13 June 2024 "
 "(oldid 1228883810) at rank 4 of the same query; doubtful: no date held). Cut: the infobox table lines ('| "
 "|||||||' to 'Key people | C. Arnholt Smith William Lyon George Argyros |', with 'Founded | 12 April 1966', "
 "'Ceased operations | 1 July 1987 (merged into American Airlines)' and 'Headquarters | Newport Beach, California', "
 "so the founding day, American Airlines, William Lyon and George Argyros are not in the text); the citation markers "
 "' [1] [2] [3]' (with a space before each in this copy); cut after '... run by a court-appointed trustee.', before "
 "the sentence the excerpt breaks off in ('From 1981 to 1987, AirCal was controlled by two California real estate "
 "developers, who, despite the turbule'; `truncated`). Lines of the copy joined with blank lines as paragraphs. No "
 "word added or changed. Kept as written: 'Air California, later renamed AirCal, was a U.S. airline company "
 "headquartered in Newport Beach, California that started in the 1960s as a California intrastate airline' (no "
 "comma after 'California'), \"The airline's home airport was Orange County Airport, now known as John Wayne "
 "Airport\", 'Air California was the \"other\" California intrastate carrier, counterpart to better known Pacific "
 "Southwest Airlines (PSA)', 'lightly-regulated', 'From 1967 through 1980, Orange County ensured Air California was "
 "one of only two mainline airlines to have access to (and the dominant carrier at) Orange County Airport', 'Air "
 "California/AirCal had a series of unusual owners', 'From 1970 to 1974, it was under the control of C. Arnholt "
 "Smith, a San Diego powerbroker, later convicted of fraud', \"From 1974 to 1981, it was controlled by Smith's former "
 "holding company Westgate-California Corporation (WCC), while WCC was in an extended period of bankruptcy run by a "
 "court-appointed trustee\". 222 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a recent "
 "revision; doubtful, undated). Found at rank 6 of the query 'Air California AirCal airline founded William E. Myers "
 "Orange County sold to William Lyon George Argyros 1981' (an airline of batch 68q's leads); review.clateway.com (rank "
 "1; a proxy's rendering, the same lead), wikimili.com's other rendering (rank 2; the lead's short form and the "
 "startup meeting, no owner), wikisum.wiki (rank 3; loose sentences), n.global.ssl.fastly.net's 'Misplaced Pages' "
 "snapshot of 13 June 2024 (rank 4; breaking off in the second paragraph, before the owners), latimes.com (rank 5; "
 "news), refract.global.ssl.fastly.net (rank 7; line-numbered fragments of several pages) and airwaysmag.com (rank 8; "
 "a magazine) not used. Air California, AirCal, Westgate-California, Arnholt: " + CHECKED + " ('Air California' only "
 "in GATHERING.md's lists of leads; 'Pacific Southwest' in dev's wp-pacific-southwest-airlines and test's "
 "wp-air-florida, another company).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- airlines, UK: Air Anglia (en.wikipedia.org, undated, recent) ---------------------------------------------------
ANG = [
 "Air Anglia Limited was a wholly privately owned, independent British regional airline formed at Norwich Airport in "
 "1970. Created as a result of a merger of three smaller operators, the new entity became an important regional "
 "scheduled carrier during the 1970s, serving the Eastern half of Britain. In 1980 Air Anglia merged with three "
 "regional rivals to form Air UK.",
 "Air Anglia was the result of a three-way merger in 1970 between Anglian Air Charter, Norfolk Airways and Rig Air, "
 "three local air taxi operators based in the East of England. The new airline established its corporate "
 "headquarters as well as its main operating and engineering base at the recently established airport at Norwich in "
 "East Anglia. At the time of formation Norwich Union became its controlling shareholder.",
 "Air Anglia established itself as an important regional scheduled operator, as well as one of the main fixed wing "
 "operators supporting the British oil and gas industry in the North Sea during the 1970s.",
 "In 1980 Air Anglia merged with British Island Airways (BIA), Air Wales and Air Westward to form Air UK, at the time "
 "the UK's biggest regional airline and its third-largest scheduled operator.",
 "Air Anglia commenced operations with a small fleet of Douglas DC-3 \"Dakota\" piston-engined airliners (see heading "
 "image) as well as a number of smaller, \"executive\" type of aircraft inherited from its predecessors. With these "
 "aircraft it mainly operated oil and gas industry support flights from Norwich and Aberdeen as well as Humberside "
 "Airport.",
 "In 1971 it started internal services from Norwich to Liverpool, Newcastle, Manchester, Edinburgh and Aberdeen; and "
 "an international service to Dublin."]
KEPT["wp-air-anglia"] = ("airanglia-enwiki.txt", ANG)
R.append(wp("wp-air-anglia", "Air Anglia", "https://en.wikipedia.org/wiki/Air_Anglia",
 "\n\n".join(ANG),
 "airlines", ["history", "merger", "controlling shareholder", "routes", "fleet"],
 "The article as en.wikipedia.org's rendering holds it in the page store (no date or revision id held; taken for a "
 "recent revision, as batch 69e took en.wikipedia.org's Jersey Airlines; doubtful: no date held). Cut: the title "
 "line '= Air Anglia ='; the infobox lines ('Infobox' to '- Headquarters: Norwich Airport, England', with '- "
 "Founded: 1970-07-01' and '- Ceased: (merged with British Island Airways to form AirUK)', so the founding day is "
 "not in the text); the headings '==History==' and '===Commercial developments==='; cut after '... and an "
 "international service to Dublin.', before the sentence the excerpt breaks off in ('In 1974 Air Anglia added a pair "
 "of Fok'; `truncated`). No citation marker in this rendering. Paragraphs as the rendering sets them apart (blank "
 "lines). No word added or changed. Kept as written: 'a wholly privately owned, independent British regional airline "
 "formed at Norwich Airport in 1970', 'In 1980 Air Anglia merged with three regional rivals to form Air UK', 'a "
 "three-way merger in 1970 between Anglian Air Charter, Norfolk Airways and Rig Air, three local air taxi operators "
 "based in the East of England', 'At the time of formation Norwich Union became its controlling shareholder', 'In "
 "1980 Air Anglia merged with British Island Airways (BIA), Air Wales and Air Westward to form Air UK', 'a small fleet "
 "of Douglas DC-3 \"Dakota\" piston-engined airliners (see heading image)' (the pointer to the cut image as written), "
 "'\"executive\" type of aircraft', 'In 1971 it started internal services from Norwich to Liverpool, Newcastle, "
 "Manchester, Edinburgh and Aberdeen; and an international service to Dublin'. 268 words. No outage and no near-miss "
 "of one told (mergers are business matters). Recorded CC BY-SA 4.0 (a recent revision; doubtful, undated). Found at "
 "rank 4 of the query 'Air Anglia airline Norwich founded 1970 merged Air UK British Island Airways' (an airline of "
 "batch 68ac's and 69e's leads); airliners-airlines.de (rank 1; German), theinfolist.com (rank 2; glosses woven in), "
 "image.absoluteastronomy.com (rank 3; glosses woven in), wikisum.wiki (rank 5; loose sentences), dartherald.co.uk "
 "(rank 6; its own text), edp24.co.uk (rank 7; news) and de.knowledgr.com (rank 8; German) not used. Air Anglia, "
 "Anglian Air Charter, Air Wales, Air Westward: " + CHECKED + " ('Air Anglia' only in GATHERING.md's lists of leads; "
 "'Norwich Union' in train's wp-norwich-union, 'Air UK' in test's wp-wizz-air and 'Rig Air' in dev's "
 "wp-gol-linhas-aereas (as part of other words or matters): other matters; no text tells the airline's history).",
 "UK"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]'), a space a cut marker leaves before a closing bracket dropped, whitespace runs as one space."""
    s = re.sub(r"\s*\[(\d+|nb \d+|edit|citation needed)\]", "", s)
    return " ".join(re.sub(r"\s+\)", ")", s).split())


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

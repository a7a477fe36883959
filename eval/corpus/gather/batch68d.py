#!/usr/bin/env python3
"""Batch 68d (session 62; gatherer lane 68d): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p and 67a-67ac, on a Montreal textile manufacturer and on two men who
ran companies in Madras (Chennai) and Hong Kong, new to the corpus: Dominion Textile Inc. (Domtex), the Canadian
textile manufacturer formed in 1905 from a merger of four Canadian textile companies, maker of the Wabasso bedding
line, Caldwell towels and Penman's underwear, rebranded as Domtex, the target of an FLQ bomb of 1967 that killed Jean
Corbo, and closed in 1998 when its remains were purchased by the American Polymer Group, then headed by Jerry Zucker
(textiles, Canada); S. Anantharamakrishnan (Sivasailam Anantharamakrishnan), the Madras industrialist who founded and
led the Amalgamations Group from 1945 to 1964, an accountant at Fraser and Ross Limited from 1930, secretary of the
Simpsons Group from 1935, its first Indian director from 1938, when its chairman Sir Alexander MacDougall and its
managing director W. W. Ladden founded a holding company, and its chairman from 1953 till his death in 1964
(engineering and motor trade, India); and William Louey (William Sui-tak Louey), founder and Chief Manager of the
Kowloon Motor Bus Company of Hong Kong, which he joined as an assisting manager and ran from 1933, when it won the
Kowloon and New Territories franchise beside China Motor Bus and was renamed Kowloon Motor Bus Company (1933) Limited
with Tang Shiu-kin, Lui Leung, Tam Woon-tong and Lam Ming-fan (bus transport, Hong Kong).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's older rendering of 'Dominion Textile' (the 'Jump to navigation Jump to
search' skin, a revision before the History section of January 2024) and piglix.com's copies of 'S.
Anantharamakrishnan' and 'William Louey' (older revisions); each cut at a paragraph or sentence end at or before the
point where the excerpt ends (all about 2,000 characters). Edits per item in `notes` (title lines, page chrome,
infobox lines and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather69d/src), the markers ('[1]') dropped and whitespace runs compared as one space, as batches
57g-67ac did. No text tells an outage (the Kowloon Motor Bus text's wartime stop and strikes are no outages).
newskg (or any extractor) was not run on any text. A round of three: eleven queries, eight companies asked for, three
taken (round notes /tmp/gather69d/NOTES.md; queries /tmp/gather69d/src/queries.txt; claims
/work/notes/gather69/CLAIMS.txt).
usage: batch68d.py [POOL_DIR] [--dry]   (default /tmp/gather69d/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69d/pool"
SRC = "/tmp/gather69d/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- textiles, Montreal: Dominion Textile (en.wikipedia.org's older rendering) ---------------------------------------
DT = [
 "The Dominion Textile Inc. or Domtex was a major Canadian textile manufacturer that was founded in 1905 and closed "
 "in 1998 when its remains were purchased by the American Polymer Group, at the time headed by Jerry Zucker.",
 "The company was formed in 1905 from a merger of four major Canadian textile companies, and it quickly gained a near "
 "monopoly in the tariff protected Canadian market. Many of its products were once household names in Canada, such "
 "as the Wabasso bedding line, Caldwell towels, and Penman's underwear. Based in Montreal, it was one of Canada's "
 "leading companies and had close links to the government. Most of the company's production was based in small "
 "towns in Quebec and elsewhere across Canada, in most of these towns the mill was the primary employer. The company "
 "was much praised during the Great Depression for keeping employment levels high despite a collapse in prices. "
 "During the Second World War the company profited as a major supplier to the Allied war effort.",
 "In 1948 the economic situation changed dramatically as tariffs between western nations were greatly reduced, and "
 "Dominion Textile was exposed to strong competition from the United States and Britain. Dominion Textiles' market "
 "share fell dramatically from nearly 100% of the Canadian market in 1947 to only 47% a decade later. The company "
 "almost collapsed, but eventually adapted to the new conditions. It was rebranded as Domtex and moved into new "
 "areas such as the production of polyester. In the same period it became seen by Quebec nationalists as a prime "
 "example of the anglophone businesses that controlled the province. In 1967 FLQ member Jean Corbo died when a bomb "
 "detonated prematurely in an attempted attack on a Dominion Textile plant in Montreal.",
 "In the 1970s the company began to expand abroad, seeking to compete outside Canada. It purchased smaller companies "
 "in other nations and built new factories."]
KEPT["wp-dominion-textile"] = ("dominion-textile-enwiki.txt", DT)
R.append(wp("wp-dominion-textile", "Dominion Textile", "https://en.wikipedia.org/wiki/Dominion_Textile",
 "\n\n".join(MARK.sub("", p) for p in DT),
 "textiles/manufacturing", ["history", "founding", "merger", "brands", "rebranding", "acquisition"],
 "The article as en.wikipedia.org renders it in the page store (no revision id held; an older rendering in the 'From "
 "Wikipedia, the free encyclopedia / Jump to navigation Jump to search' skin, used until about 2023, with no "
 "infobox and no History heading, where the revision of 10 January 2024 (oldid 1194809261, query 2's rank 8) has an "
 "infobox, a History section and 'a Canadian textile manufacturer' without 'major': a revision of about 2018-2023). "
 "Cut: the title line 'Dominion Textile' and the chrome lines 'From Wikipedia, the free encyclopedia' and 'Jump to "
 "navigation Jump to search'. The excerpt ends at '... and built new factories.' (2,000 characters; the whole "
 "excerpt kept after the chrome, so the article's later paragraphs, if any, are not in the text). The rendering has "
 "no citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The Dominion "
 "Textile Inc. or Domtex was a major Canadian textile manufacturer' ('The' before the name), 'its remains were "
 "purchased by the American Polymer Group, at the time headed by Jerry Zucker.', 'the tariff protected Canadian "
 "market' (no hyphen), 'such as the Wabasso bedding line, Caldwell towels, and Penman's underwear.', 'Most of the "
 "company's production was based in small towns in Quebec and elsewhere across Canada, in most of these towns the "
 "mill was the primary employer.' (a comma splice), \"Dominion Textiles' market share\" (the plural possessive), "
 "'only 47% a decade later', 'In 1967 FLQ member Jean Corbo died when a bomb detonated prematurely'. 314 words. No "
 "outage and no near-miss of one told (a bomb attack on a plant, the near collapse of 1948: no service "
 "disruption). Recorded CC BY-SA 3.0 (a revision before Wikimedia's move to 4.0 of June 2023, by its skin and "
 "text; doubtful: no revision id). Found at rank 5 of the query 'Dominion Textile Domtex 1970s expanded abroad "
 "purchased companies 1997 takeover bid Polymer Group Jerry Zucker' and at rank 6 of 'Dominion Textile Company "
 "history Montreal founded 1905 merger Wikipedia' (this lane's free names: a Canadian manufacturer, as batch 67d "
 "took Canadair); wiki2.org and akarinohon.com (query 2, ranks 3, 4; proxies of the newer revision with their own "
 "chrome), en.wikipedia.org's revision of January 2024 (rank 8; its excerpt breaks off in the History section before "
 "any person), en-academic.com (rank 7; the same older text, a dictionary site whose terms are unclear), "
 "Library and Archives Canada's fonds description (rank 1; Crown copyright, no open licence), company-histories.com "
 "and fundinguniverse.com (International Directory of Company Histories, copyrighted), SEC filings of Polymer Group "
 "(filings of a private company, not federal government text) and wwd.com (news) not used. Dominion Textile, "
 "Domtex, Polymer Group, Wabasso, Penman, Corbo: " + CHECKED + " ('Caldwell' and 'Zucker' only in texts on other "
 "matters; 'Dominion' in other Dominion companies' texts).",
 "non-US", v3=True, copy_of="the Wikipedia article, as en.wikipedia.org rendered an older revision"))

# ---- engineering and motor trade, Madras: S. Anantharamakrishnan (piglix.com's copy) --------------------------------
SA = [
 "Sivasailam Anantharamakrishnan (1905 \u2013 18 April 1964), affectionately called \"J\" was an Indian industrialist "
 "and business tycoon who founded and led the Amalgamations Group of industries from 1945 to 1964.",
 "Anantharamakrishnan was born in Tirunelveli in 1905 and had his education in Tirunelveli and Madras. In 1935, he "
 "joined the Simpsons group of companies as a secretary and in 1938, became the first Indian director in the "
 "management of Simpsons group. He served as the Chairman of the group from 1953 till his death in 1964.",
 "Anantharamakrishnan is remembered for his successful business practices, efficient management of the labour "
 "unions and for triggering the growth of the automobile industry of Chennai which has earned the city the epithet "
 "\"Detroit of India\". As a result, he himself came to be remembered as the \"Henry Ford of South India.\"",
 "Anantharamakrishnan was born in Alwarkurichi Village of Ambasamudram Taluk in Tirunelveli District in 1905. He had "
 "his schooling at Government High School, Tirunelveli and graduated from Government College of Commerce in Madras. "
 "In 1930, he joined Fraser and Ross Limited as an accountant.",
 "Anantharamakrishnan joined Simpsons Group, a British-owned South Indian business conglomerate as Secretary in "
 "1935. He became one of the three directors and the only Indian director (the other two being European) in the "
 "board of Simpsons group when Sir Alexander MacDougall, Chairman of Simpson's, and W. W. Ladden, Managing Director "
 "of the Company founded a holding company in 1938. Anantharamakrishnan's induction marked the partial "
 "Indianization of Simpsons group which was, till then, completely owned by Europeans. The very next year, it was "
 "converted into a public limited company."]
KEPT["wp-s-anantharamakrishnan"] = ("anantharamakrishnan-piglix.txt", SA)
R.append(wp("wp-s-anantharamakrishnan", "S. Anantharamakrishnan", "http://piglix.com/piglix/S._Anantharamakrishnan",
 "\n\n".join(MARK.sub("", p) for p in SA),
 "engineering/motor trade (business biography)", ["history", "founder", "executive career", "board posts",
                                                   "company secretary", "chairman"],
 "The article as piglix.com's copy holds it in the page store (no revision id or date held; an older revision: its "
 "sentences read 'Anantharamakrishnan was born in Alwarkurichi Village' and 'In 1935, he joined the Simpsons group "
 "of companies as a secretary', where wiki-gateway.eudic.net's copy (query 6, rank 3) reads 'Anantharamakrishnan "
 "iyer was born in a Brahmin family of Alwarkurichi Village' and wikisum.wiki (rank 2) gives a later revision's "
 "shuffled sentences). Cut: the infobox lines at the head of the excerpt ('Sivasailam Anantharamakrishnan | |' to "
 "'A. Sivasailam A. Krishnamoorthy |': his birth and death places and his children, so the sons A. Sivasailam and A. "
 "Krishnamoorthy are not in the text); cut after '... The very next year, it was converted into a public limited "
 "company.', before the sentence the excerpt breaks off in ('This eventually became th'; a cut at a sentence end), "
 "so the later history of the Simpsons group and the Amalgamations takeover are not in the text. The copy shows no "
 "section headings and no citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Sivasailam Anantharamakrishnan (1905 \u2013 18 April 1964), affectionately called \"J\" was an Indian "
 "industrialist' (an en dash; no comma after the quoted nickname), 'the Amalgamations Group of industries', 'the "
 "Simpsons group of companies', 'Simpsons group' (lower-case 'group', four times) beside 'Simpsons Group' (once) and "
 "\"Simpson's\" (once), 'He served as the Chairman of the group from 1953 till his death in 1964.', 'the epithet "
 "\"Detroit of India\". As a result, he himself came to be remembered as the \"Henry Ford of South India.\"' (the "
 "second stop inside the quotes), 'Alwarkurichi Village of Ambasamudram Taluk in Tirunelveli District', 'at "
 "Government High School, Tirunelveli and graduated from Government College of Commerce in Madras', 'a "
 "British-owned South Indian business conglomerate as Secretary in 1935.' (no comma after 'conglomerate'; 'Secretary' "
 "capitalised here, 'a secretary' above), 'Sir Alexander MacDougall, Chairman of Simpson's, and W. W. Ladden, "
 "Managing Director of the Company founded a holding company in 1938.' (no comma after 'Company'), 'Indianization' "
 "(American '-ization'). 268 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older revision "
 "copied by piglix.com, whose copies batches of earlier sessions recorded as 3.0; doubtful: no date held). Found at "
 "rank 4 of the query 'Simpson & Co Madras history coachbuilders 1840 Anantharamakrishnan Amalgamations Group "
 "Wikipedia' (this lane's free names: a Madras engineering house, as batch 67ac took Binny and Co. and EID Parry; "
 "no English Wikipedia article on Simpson & Co. itself in the page store, query 7); peoplebugs.com (rank 1; a "
 "reprint of a newspaper column), wikisum.wiki (rank 2; an AI summary of the article, its sentences out of order), "
 "wiki-gateway.eudic.net (rank 3; the same article with citation markers and the 'iyer' wording), simpsons.in (rank "
 "5; the company's own page), a blog (rank 6) and thehindu.com (ranks 7, 8; news) not used. Anantharamakrishnan, "
 "Amalgamations, Simpson & Co, Simpsons group, Fraser and Ross, MacDougall, Ladden, Alwarkurichi, Tirunelveli: "
 + CHECKED + " ('Amalgamations' in GATHERING.md only as a common noun, 'amalgamations and mergers'; 'Simpsons' in "
 "texts on other matters, the Canadian department store of batch 67d among them).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a site copying Wikipedia pages"))

# ---- bus transport, Hong Kong: William Louey (piglix.com's copy) ------------------------------------------------------
WL = [
 "William Sui-tak Louey (7 July 1909 \u2013 9 December 1962) was a Hong Kong businessman and the founder and Chief "
 "Manager of the Kowloon Motor Bus Company.",
 "Louey was born in Melbourne on 7 July 1909 to the son of a Chinese Australian. He returned to China when he was "
 "young and was educated at the Holy Trinity College in Guangzhou when his father and his uncle founded the Kowloon "
 "Motor Bus Company (KMB) in Hong Kong in 1922. After he graduated, Louey joined the KMB as an assisting manager of "
 "the Company and rose to Chief Manager in 1933.",
 "At that time, there were several independent bus operators. William Louey bought few of the companies and apply "
 "for the franchise of the bus service in 1933. He won the franchise of operating bus services in Kowloon and the New "
 "Territories, while China Motor Bus (CMB) won the services in the Hong Kong Island. Together with Tang Shiu-kin, Lui "
 "Leung, Tam Woon-tong and Lam Ming-fan, William Louey renamed the company into Kowloon Motor Bus Company (1933) "
 "Limited (KMB). At the time, there were 106 small single-deck buses in the embryonic KMB bus fleet, offering two "
 "classes of seats, namely first class (with cushion) and second class (without cushion) wooden seats.",
 "The KMB services stopped operating during the Pacific War and Japanese occupation. After the war, Louey largely "
 "expanded his Company from about a hundred vehicles to more than seven hundred. Before his death, he ordered more "
 "than a hundred buses from the United Kingdom which would make the number of his buses rose to 895. Louey had also "
 "experienced a few labour disputes during his office. In June 1956 and October 1961, the KMB workers launched "
 "work-to-rule strikes against the Company's change of policies. In early December 1962 when the workers took the "
 "industrial action, Louey later on announced to raise the wage of the bus drivers."]
KEPT["wp-william-louey"] = ("william-louey-piglix.txt", WL)
R.append(wp("wp-william-louey", "William Louey", "http://piglix.com/piglix/William_Louey",
 "\n\n".join(MARK.sub("", p) for p in WL),
 "transport/buses (business biography)", ["history", "founder", "executive career", "franchise", "renaming",
                                           "labour disputes"],
 "The article as piglix.com's copy holds it in the page store (no revision id or date held; an older revision, "
 "copied by piglix.com). Cut: the site's banner line '*** Welcome to piglix ***' and the title line 'William Louey'; "
 "cut after '... Louey later on announced to raise the wage of the bus drivers.', before the sentence the excerpt "
 "breaks off in ('Louey had been chair of the Rotary Club of Kowloon and Kowloon Residents' Association, deputy "
 "director o'; a cut at a paragraph end), so his posts at the Rotary Club of Kowloon and the Kowloon Residents' "
 "Association and his later life are not in the text. The copy shows no section headings and no citation markers. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'William Sui-tak Louey (7 July 1909 "
 "\u2013 9 December 1962)' (an en dash), 'the founder and Chief Manager of the Kowloon Motor Bus Company' beside "
 "'when his father and his uncle founded the Kowloon Motor Bus Company (KMB) in Hong Kong in 1922' (the article's own "
 "two accounts of the founding), 'born in Melbourne on 7 July 1909 to the son of a Chinese Australian', 'an "
 "assisting manager of the Company', 'William Louey bought few of the companies and apply for the franchise' "
 "('apply', as the copy has it), 'won the services in the Hong Kong Island', 'renamed the company into Kowloon Motor "
 "Bus Company (1933) Limited (KMB).', 'expanded his Company' and \"the Company's change of policies\" (capital C), "
 "'which would make the number of his buses rose to 895', 'Louey later on announced to raise the wage'. 317 words. "
 "No outage told: 'The KMB services stopped operating during the Pacific War and Japanese occupation' (a war's "
 "stop, no system failure) and the work-to-rule strikes of June 1956 and October 1961 (strikes; GUIDELINES part 2, "
 "Outages) are near-misses. Recorded CC BY-SA 3.0 (an older revision copied by piglix.com; doubtful: no date held). "
 "Found at rank 6 of the query 'Kowloon Motor Bus Company history 1933 founded Lui Leung Tang Shiu-kin Wikipedia' "
 "(this lane's free names: a Hong Kong company, as batches 66n and 67ac took Singapore and Hong Kong firms); "
 "scmp.com (ranks 1, 3, 4; news), wikisum.wiki's 'Ngan Shing-kwan' (rank 2; an AI summary), a Grok-written page on "
 "a railway.app host (rank 5; not Wikipedia text), industrialhistoryhk.org (rank 7; the Dictionary of Hong Kong "
 "Biography, copyright HKU Press) and fridayeveryday.com (rank 8; news) not used. William Louey, Louey, Kowloon "
 "Motor Bus, Tang Shiu, Lui Leung, China Motor Bus: " + CHECKED + " ('KMB' only in batch 26c's annotate script, "
 "as its variable name for Kotak Mahindra Bank: another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a site copying Wikipedia pages"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation needed]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


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

#!/usr/bin/env python3
"""Batch 67ac (session 61; gatherer lane 67ac): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p and 67a-67z, on two Madras (Chennai) merchant houses and a
Singapore department store company, new to the corpus: Binny and Co., the Madras shipping, textile, banking and
insurance firm founded in 1797 by John Binny as a general, clearing and forwarding agency, renamed Binny and Denison in
1800 when he took Mr Denison into partnership and Binny and Co. again in 1814, landing agents for the British India
Steam Navigation Company, builder of the Buckingham Mills (1876) and the Carnatic Mills (1881), merged in 1920 into the
Buckingham and Carnatic Mills, and owner of the loss-making Deccan Sugar and Abkhari Company that Parry had to buy by
1902 (merchant house and textiles, India); EID Parry, the Chennai sugar and bio-products company originated by Thomas
Parry's banking and piece-goods business of 1788, the partnership firm Parry and Dare of 1819 (Thomas Parry and John
William Dare), Parry & Company's pottery unit of 1908 (Parryware) and the merger of Parry & Company Limited with East
India Distilleries & Sugars Limited (sugar and trading, India); and Robinson & Co. Limited, the Singapore and Malaysia
department store company established in 1858 by Philip Robinson and James Gaborian Spicer as Spicer and Robinson,
renamed Robinson and Co. in 1859 when Spicer left and George Rappa Jr. joined, owner of John Little, franchisee of
Marks and Spencer, part of the Al-Futtaim Group, and its first assistant T. C. Loveridge, in charge of its tailoring
department (retail, Singapore).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of 'Binny and Co.' (the current revision),
everything.explained.today's copy of 'EID Parry' (a revision of 2022 or later: its infobox gives FY22 figures) and
en.wikipedia.org's older rendering of 'Robinson & Co.' (the 'Jump to: navigation, search' skin, a revision of
2008-2017); each cut at a paragraph or sentence end before the point where the excerpt breaks off (all `truncated`).
Edits per item in `notes` (title lines, page chrome, infobox lines, an image caption, headings and citation markers
cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68ac/src),
the markers ('[1]') dropped and whitespace runs compared as one space, as batches 57g-66n did. No text tells an outage.
newskg (or any extractor) was not run on any text. A round of three: sixteen queries, fourteen companies asked for,
three taken (round notes, /work/notes/gather68/67ac.md; queries, /tmp/gather68ac/src/queries.txt).
usage: batch67ac.py [POOL_DIR] [--dry]   (default /tmp/gather68ac/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68ac/pool"
SRC = "/tmp/gather68ac/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- merchant house and textiles, Madras: Binny and Co. (en.wikipedia.org's '= Title =' rendering) ------------------
BN = [
 "Binny and Co. was a shipping, textile, banking and insurance firm based in the city of Chennai, India. It was one of "
 "the oldest business firms in Chennai city.",
 "The company was responsible for the development of much of North Madras. It helped lay the foundations of major "
 "industry in Madras with the Buckingham and Carnatic Mills. Binny and Co was one of the founding members of the "
 "Madras Chamber of Commerce and Industry.",
 "Binny and Co. was founded in Madras by John Binny as a general, clearing and forwarding agency in 1797. The "
 "company's first headquarters was a building then known as Amir Bagh on Mount Road. The company, then moved to a "
 "house a few blocks away, where Hotel Taj Connemara is now situated. With the passage of time, Binny and Co entered "
 "the banking and insurance sectors.",
 "John Binny set up a partnership with Mr Denison and renamed the company as Binny and Denison in 1800. The firm moved "
 "to its present headquarters in Armenian Street in 1812. In 1814, it changed its name to Binny and Co. Binny and Co "
 "were the landing agents for the British India Steam Navigation Company and had a fleet of 35 barges and 30 lighters "
 "to transport men and goods from ships to land. They also ran a motor bus service for land transportation.",
 "Binny and Co set-up the Buckingham Mills in 1876 followed by the Carnatic Mills in 1881. Both were merged to form the "
 "Buckingham and Carnatic Mills in 1920. They made khaki drill world-famous. The Bangalore Cotton, Silk and Woolen "
 "Mills was set-up in Bangalore in 1884.",
 "In 1897, the company ventured into sugar industry which proved to disastrous. The Deccan Sugar and Abkhari Company "
 "was set up and soon began losing money. By 1902, Binny was in dire straits and Parry had to buy the loss-making "
 "unit from Binny."]
KEPT["wp-binny-and-co"] = ("binny-enwiki.txt", BN)
R.append(wp("wp-binny-and-co", "Binny and Co.", "https://en.wikipedia.org/wiki/Binny_and_Co.",
 "\n\n".join(MARK.sub("", p) for p in BN),
 "trading/merchant house and textiles", ["history", "founding", "renaming", "shipping agency", "textile mills",
                                         "divestiture"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (the current revision, as batch "
 "67t recorded this rendering; no revision id held; the movatter.jp proxy of the same page at rank 2 shows the "
 "maintenance tag dated June 2021). Cut: the title line '= Binny and Co. ='; the infobox lines ('Infobox', '- Type: "
 "Public', '- Fate: split into multiple companies'); the heading '== History =='; cut after '... Parry had to buy the "
 "loss-making unit from Binny.', before the sentence the excerpt breaks off in ('In 1903, Binny ventured into coal "
 "mining industry and in 1905, it became the local agent for Burmah-Shell, setting up a large storage fac'; "
 "`truncated`; a cut at a sentence end), so the coal mining venture, the Burmah-Shell agency and the firm's decline "
 "are not in the text. The rendering has no citation markers. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'Binny and Co. was a shipping, textile, banking and insurance firm based in the city of "
 "Chennai, India.', 'Binny and Co was one of the founding members of the Madras Chamber of Commerce and Industry.' "
 "(no stop after 'Co'; the text writes both 'Binny and Co.' and 'Binny and Co'), 'The company, then moved to a house "
 "a few blocks away, where Hotel Taj Connemara is now situated.' (a comma after 'company'), 'John Binny set up a "
 "partnership with Mr Denison and renamed the company as Binny and Denison in 1800.', 'In 1814, it changed its name "
 "to Binny and Co.' (the stop read as the sentence's), 'Binny and Co were the landing agents for the British India "
 "Steam Navigation Company', 'Binny and Co set-up the Buckingham Mills in 1876' and 'was set-up in Bangalore' "
 "(hyphenated), 'The Bangalore Cotton, Silk and Woolen Mills' (American 'Woolen'), 'In 1897, the company ventured "
 "into sugar industry which proved to disastrous.' ('proved to disastrous', as the article has it), 'By 1902, Binny "
 "was in dire straits and Parry had to buy the loss-making unit from Binny.'. 313 words. No outage and no near-miss "
 "of one told. Recorded CC BY-SA 4.0 (the current revision, after Wikimedia's move to 4.0 of June 2023; doubtful: no "
 "revision id). Found at rank 5 of the query 'Binny & Co history Madras founded John Binny Wikipedia' (batch 67t's "
 "lead: Binny & Co unsearched); wikimili.com's copy (rank 1; the same words with citation markers, its excerpt "
 "ending at the same point), a movatter.jp proxy of en.wikipedia.org (rank 2; a proxy rendering with words run "
 "together, 'ashipping,textile'), a blog (rank 3), en.bharatpedia.org (rank 4; another wiki's altered text, "
 "'one Mr Denison', no 1814 renaming), de.mgwiki.top (rank 6; German), thehindu.com and the Times of India's e-paper "
 "(ranks 7, 8; news) not used. Binny, Buckingham and Carnatic, Deccan Sugar, Bangalore Cotton, Burmah-Shell: "
 + CHECKED + " ('Binny' only in GATHERING.md's lists of free names, as batch 67t's lead; 'British India Steam' in "
 "batch 64d's Scindia Steam Navigation text, dev, another matter; 'Denison' only in texts on other matters).",
 "non-US", copy_of="the Wikipedia article"))

# ---- sugar and trading, Chennai: EID Parry (everything.explained.today's copy, 2022 or later) --------------------------
EP = [
 "East India Distilleries (EID) Parry Limited is an Indian public company headquartered in Chennai, Tamil Nadu that "
 "has been in business for more than 225 years. It has many firsts to its credit, including the manufacturing of "
 "fertilizers (1906) for the first time in the Indian subcontinent. The company is currently engaged in the "
 "manufacture and marketing of sugar and bio-products.[3] Parry's is the oldest surviving mercantile name in "
 "Chennai.[4]",
 "EID Parry is one of the oldest business entities of the Indian subcontinent and was originated by Thomas Parry, a "
 "Welshman who came to India in the late 1780s. On 17 July 1788, he started a business of banking and piece goods.[5]",
 "By 1819, a partnership firm named \"Parry and Dare\" Company was founded by Thomas Parry and John William Dare. "
 "Parry's Corner, one of the most prominent central business districts of Chennai, derives its name from Parry. Over a "
 "period of time, the business established by Parry continued to grow, and its flagship company EID Parry emerged.",
 "In 1908 Parry & Company set-up \u2018The Pottery\u2019 unit in Ranipettai. Over the years it was named as "
 "\"Parryware\".",
 "Parry & Company Limited and East India Distilleries & Sugars Limited were merged to form EID Parry India Limited. In "
 "its more than 200-year existence, this house remained active and operated many businesses."]
KEPT["wp-eid-parry"] = ("eid-parry-explained.txt", EP)
R.append(wp("wp-eid-parry", "EID Parry", "http://everything.explained.today/EID_Parry/",
 "\n\n".join(MARK.sub("", p) for p in EP),
 "sugar/agribusiness and trading", ["history", "founding", "partnership", "pottery unit", "merger"],
 "The article as everything.explained.today's copy holds it in the page store (no revision id or date held; its "
 "infobox gives 'Revenue Year:FY22', 'Assets Year:2020' and 'Key People:M. M. Murugappan (Chairman)', so a revision "
 "of 2022 or later). Cut: the site's title line 'EID Parry explained'; the infobox lines ('EID Parry (India) "
 "Limited', 'Type:Public' to 'Homepage:www.eidparry.com', among them 'Key People:M. M. Murugappan (Chairman)', "
 "'Parent:Murugappa Group' and 'Subsid:Coromandel International Limited, Sadhasiva Sugars India Limited and US "
 "Nutraceuticals LLC', so the chairman, the parent group and the subsidiaries are not in the text); the heading "
 "'Origin and history'; the citation markers '[3]', '[4]', '[5]' (no space before them); cut after '... this house "
 "remained active and operated many businesses.', before the paragraph the excerpt breaks off in ('The Murugappa "
 "Group took over EID Parry in 1981 from financial & public institutions such as Life Insurance Corporation Of In'; "
 "`truncated`; a cut at a paragraph end), so the Murugappa Group's takeover of 1981 and the later history are not in "
 "the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'East India Distilleries "
 "(EID) Parry Limited is an Indian public company headquartered in Chennai, Tamil Nadu that has been in business for "
 "more than 225 years.' (no comma after 'Tamil Nadu'), 'including the manufacturing of fertilizers (1906) for the "
 "first time in the Indian subcontinent', \"Parry's is the oldest surviving mercantile name in Chennai.\", 'was "
 "originated by Thomas Parry, a Welshman who came to India in the late 1780s.', 'By 1819, a partnership firm named "
 "\"Parry and Dare\" Company was founded by Thomas Parry and John William Dare.' (straight double quotes, 'Company' "
 "outside them), \"Parry's Corner, one of the most prominent central business districts of Chennai, derives its name "
 "from Parry.\", 'In 1908 Parry & Company set-up \u2018The Pottery\u2019 unit in Ranipettai.' (no comma after "
 "'1908'; 'set-up' hyphenated; curly single quotes), 'Over the years it was named as \"Parryware\".' (the stop "
 "outside the quotes), 'Parry & Company Limited and East India Distilleries & Sugars Limited were merged to form EID "
 "Parry India Limited.' (no brackets round 'India' here). 220 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (doubtful: a revision of 2022 or later, perhaps before Wikimedia's move to 4.0 of June "
 "2023; no date held). Found at rank 8 of the query 'EID Parry history Thomas Parry Madras 1788 company Wikipedia' "
 "(batch 67t's lead: EID Parry unsearched) and again at rank 1 of the query 'EID Parry India Limited history Parry "
 "and Dare 1819 John William Dare East India Distilleries merged Murugappa 1981' (the same copy); the-uncensored-"
 "wiki.com's static copy of 'Thomas Parry' (query 4, rank 1; its text runs into a long quotation of a newspaper "
 "column, 'CALL IT `Paris', `Parees' or `Parry's'...', which CC BY-SA does not cover), en.wikipedia.org's "
 "'Thomas Parry (Chennai merchant)' and its 2017 Kiwix copy (ranks 2, 3; a merchant's biography, mostly his family, "
 "its excerpt breaking off at his first partnership), madrasmusings.com, blogs, dtnext.in, stockedge.com, "
 "indiainfoline.com, business-standard.com and empor.top (commentary, listings and news), ta.wikipedia.org (Tamil) "
 "not used. EID Parry, Parry and Dare, John William Dare, Parryware, East India Distilleries, Murugappa, Ranipettai: "
 + CHECKED + " ('EID Parry' only in GATHERING.md's lists of free names, as batch 67t's lead; 'Parry' alone in texts "
 "on other matters, among them this round's Binny and Co. text, where Parry buys Binny's sugar unit: another "
 "matter).", "non-US", copy_of="the Wikipedia article, via everything.explained.today, a site copying Wikipedia pages"))

# ---- retail, Singapore: Robinson & Co. (en.wikipedia.org's older rendering, 2008-2017) --------------------------------
RB = [
 "Robinson & Co. Limited is a retail company which has department stores in Singapore and Malaysia. The company owns "
 "the Robinsons department store, John Little in Singapore and has franchise outlets of Marks and Spencer in both "
 "countries. The company has grown into one of the country's most renowned department stores. Robinsons celebrated "
 "their 150th Anniversary in 2008.",
 "Robinsons is now part of the UAE-based Al-Futtaim Group.",
 "Robinson & Co. was established on February 25, 1858 by Philip Robinson formerly from the west of England and a "
 "brother of Elisha Smith Robinson [1] and his business partner James Gaborian Spicer, who was a former keeper of the "
 "Singapore jail, and a partner in the shipwright business. The company was then known as Spicer and Robinson and it "
 "was located at Commercial Square (now Raffles Place). However on October 5, 1859, less than two years after the "
 "partnership, James Spicer pulled out from the partnership, and the company was known as Robinson and Co. Robinson "
 "found a new partner, George Rappa Jr.. At this point of time, Commercial Square was renamed Raffles Place. Robinson "
 "and Co. moved to the corner of North Bridge Road and Coleman Street.",
 "Robinson developed his business a different way. He employed travelling representatives to canvass the Malay "
 "Archipelago and Borneo. Many of the Malay Rulers were among his customers, as well as King Mongkut of Siam.",
 "Near the end of 1864, there was a financial crisis, firms crashed and hundreds of shops closed down. Robinson "
 "managed to survive during this period of time. A new shop was opened at Battery Road, and the company's first "
 "assistant was appointed from England, T. C. Loveridge, which took charge of a newly opened tailoring department."]
KEPT["wp-robinson-and-co"] = ("robinson-enwiki.txt", RB)
R.append(wp("wp-robinson-and-co", "Robinson & Co.", "http://en.wikipedia.org/wiki/Robinson_&_Co",
 "\n\n".join(MARK.sub("", p) for p in RB),
 "retail/department stores", ["history", "founding", "partnership", "renaming", "franchise", "parent group"],
 "The article as en.wikipedia.org renders it in the page store, held under the redirect 'Robinson & Co' (no revision "
 "id held; an older rendering in the 'From Wikipedia, the free encyclopedia / Jump to: navigation, search' skin, used "
 "until about 2017, its lead telling the 150th anniversary of 2008 and the Al-Futtaim Group as owner: a revision of "
 "2008-2017). Cut: the title line 'Robinson & Co.', the chrome lines 'From Wikipedia, the free encyclopedia', '  "
 "(Redirected from Robinson & Co)' and 'Jump to: navigation, search'; the image caption 'Robinsons at Centrepoint, "
 "Orchard Road during Christmas 2004.'; the citation marker ' [1]' (with the space before it, so 'Elisha Smith "
 "Robinson and his business partner' reads as one run); cut after '... which took charge of a newly opened tailoring "
 "department.', before the sentence the excerpt breaks off in ('Loveridge took lessons in Singapore from an "
 "experienced cutter and first tried ou'; `truncated`; a cut at a sentence end), so Loveridge's tailoring, Philip "
 "Robinson's death of 1886, his son's management and the store's later history (the fire of 1972, the takeover of "
 "John Little) are not in the text. Paragraphs joined with blank lines (the excerpt's double blank line after the "
 "second paragraph read as one paragraph break). No word added or changed. Kept as written: 'Robinson & Co. Limited "
 "is a retail company which has department stores in Singapore and Malaysia.', 'The company owns the Robinsons "
 "department store, John Little in Singapore and has franchise outlets of Marks and Spencer in both countries.' (no "
 "'and' before 'John Little'), 'Robinsons celebrated their 150th Anniversary in 2008.', 'Robinsons is now part of "
 "the UAE-based Al-Futtaim Group.', 'Robinson & Co. was established on February 25, 1858 by Philip Robinson formerly "
 "from the west of England and a brother of Elisha Smith Robinson and his business partner James Gaborian Spicer, who "
 "was a former keeper of the Singapore jail, and a partner in the shipwright business.' (one long sentence, no comma "
 "after '1858'), 'The company was then known as Spicer and Robinson', 'However on October 5, 1859, less than two "
 "years after the partnership, James Spicer pulled out from the partnership, and the company was known as Robinson "
 "and Co.' (the stop read as the sentence's), 'Robinson found a new partner, George Rappa Jr..' (two stops), 'At this "
 "point of time, Commercial Square was renamed Raffles Place.' (the rename told twice), 'Robinson developed his "
 "business a different way.', 'Many of the Malay Rulers were among his customers, as well as King Mongkut of Siam.', "
 "\"the company's first assistant was appointed from England, T. C. Loveridge, which took charge of a newly opened "
 "tailoring department.\" ('which' of a man). 285 words. No outage and no near-miss of one told (the financial "
 "crisis of 1864 closed shops, no service disruption). Recorded CC BY-SA 3.0 (a revision of 2008-2017, before "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 1 of the query 'Robinsons department store Singapore history "
 "Philip Robinson James Galloway Campbell 1858 Robinson & Co. Wikipedia' (this lane's free name: a Singapore "
 "department store, as batch 66n took Singapore's Fraser and Neave); nlb.gov.sg (rank 2; the National Library "
 "Board's Infopedia essay, no open licence stated), todayonline.com, trending.sg, a blog, channelnewsasia.com and "
 "straitstimes.com (ranks 3-6, 8; news and listicles of 2020) and adamparkproject.com (rank 7; a museum page quoting "
 "the Wikipedia entry) not used. Robinson & Co, Spicer and Robinson, Gaborian, Loveridge, Elisha Smith Robinson, "
 "Al-Futtaim, John Little: " + CHECKED + " ('Robinsons' only in texts on other matters (a Philippine group's "
 "Robinsons, a British soft-drinks brand); 'Rappa' only as a part of other words).",
 "non-US", v3=True, copy_of="the Wikipedia article, as en.wikipedia.org rendered an older revision"))


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

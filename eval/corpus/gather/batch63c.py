#!/usr/bin/env python3
"""Batch 63c (session 57; gatherer lane 63c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-62j, on British and Australian companies in insurance, airlines, retail and shipping,
new to the corpus: Eagle Star Insurance, founded by Edward Mountain in 1904 as the British Dominions Marine Insurance
Company, its purchases of the Eagle (founded by William Rawlins), the Sceptre and the Star, its later names, Allianz's
bid fought off in 1981 and its buyers BAT Industries (1984) and Zurich Financial Services (1999) (insurance, UK); Laker
Airways, founded by Freddie Laker in 1966 at Gatwick Airport, its first flying under contract to Air France, its
aircraft and its last flight of 5 February 1982 (airlines, UK); Grace Bros, the Sydney department store chain founded
in 1885 by the brothers Albert Edward and Joseph Neal Grace, Albert Grace's managing directorship and Myer's purchase
of 1983 (retail, Australia); and the Clan Line, founded in Liverpool in 1877 by Charles Cayzer as C. W. Cayzer &
Company, its names in turn, the Clan Line Association of Steamers it managed ships for and its purchase of the
Persian Gulf Steam Ship Company in 1894 (shipping, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): the IPFS copy's 'Eagle Star Insurance' (en-wikipedia--on--ipfs-org.ipns.dweb.link, an older
revision), wikipedia.org's 'From Wikipedia' rendering of 'Laker Airways' (undated), en.wikipedia.org's '= Title ='
rendering of 'Grace Bros' (undated) and piglix.com's copy of 'Clan Line' (undated, an older revision); each cut at a
paragraph or sentence end before the point where the excerpt breaks off or its closing lists begin (all
`truncated`). Edits per item in `notes` (title lines, page chrome, infobox lines, image captions, headings, 'edit'
marks and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather64c/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace
runs compared as one space, as batches 57g-62j did. No text tells an outage (Laker Airways' bankruptcy is a business
failure, a near-miss). newskg (or any extractor) was not run on any text. A round of four: eight queries, seven
companies asked for, four taken (round notes, /work/notes/gather64/63c.md; queries, /tmp/gather64c/src/queries.txt).
usage: batch63c.py [POOL_DIR] [--dry]   (default /tmp/gather64c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64c/pool"
SRC = "/tmp/gather64c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-57 pools "
           "(/tmp/gather64*/pool) and in /work/notes/gather63/CLAIMS.txt and /work/notes/gather64/CLAIMS.txt as they "
           "stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- insurance, UK: Eagle Star Insurance (the IPFS copy, an older revision) -----------------------------------------
ES = [
 "The Eagle Star Insurance Company plc (formerly Eagle Star Insurance Company Limited) was a leading British insurance "
 "business. It underwrote the full range of risks including liability, fire, accident, marine, motor, life, "
 "contingency and Pluvius (weather) insurance. It was listed on the London Stock Exchange and was a constituent of the "
 "FTSE 100 Index.[1]",
 "The Company was founded by Edward Mountain in 1904 as the British Dominions Marine Insurance Company, which operated "
 "as a marine insurance office in the five principal overseas Dominions.[2] It started writing fire and accident "
 "policies in 1911 and life assurance policies in 1916.[2]",
 "It expanded rapidly in its early years acquiring the Eagle (founded by Sir William Rawlins in 1807) in 1916 and both "
 "the Sceptre (founded in 1864) and the Star (founded in 1843) in 1917.[2] It was renamed the Eagle Star & British "
 "Dominions in 1917 and Eagle Star in 1937.[2]",
 "For many years its Head Office was at the rather prestigious address of 1 Threadneedle Street, London EC2. However, "
 "a new administrative head office and computer centre was opened in Cheltenham in October 1968.[2]",
 "In 1981 it fought off a takeover bid from Allianz, the German insurance Group.[3]",
 "It was acquired by BAT Industries for \u00a3968m in 1984.[2] It continued to trade, under the Eagle Star name, until "
 "acquisition by Zurich Financial Services in 1999.[4]"]
KEPT["wp-eagle-star-insurance"] = ("eagle-star-ipfs.txt", ES)
R.append(wp("wp-eagle-star-insurance", "Eagle Star Insurance",
 "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Eagle_Star_Insurance",
 "\n\n".join(MARK.sub("", p) for p in ES),
 "finance/insurance", ["history", "founding", "acquisition", "renaming", "takeover bid"],
 "The article as the IPFS copy of English Wikipedia (en-wikipedia--on--ipfs-org.ipns.dweb.link, as batches 27e, 34m "
 "and 37o took copies from) holds it in the page store (no revision id held; an older revision, before the "
 "paragraph on the company's support for the reintroduction of sea eagles that hubbry.com's and worddisk.com's later "
 "copies carry; and 'at the rather prestigious address of' where the later copies read 'at the prestigious "
 "address'). Cut: the title line 'Eagle Star Insurance'; the infobox lines after the first paragraph ('Eagle Star', "
 "'IndustryInsurance', 'FateAcquired', 'SuccessorZurich Financial Services', 'Founded1904', 'Defunct1999', "
 "'HeadquartersCheltenham, Gloucestershire, England, United Kingdom', 'Key people', 'Sir Denis Mountain, "
 "(Chairman)'), so Sir Denis Mountain and his chairmanship are not in the text (cut as batches 57p-62j cut their "
 "infoboxes); the heading 'History'; the image captions 'Former Eagle Star building on The Headrow in Leeds.' and "
 "'Former Eagle Star Insurance building at the Regent Centre, Gosforth, Newcastle upon Tyne.'; the citation markers "
 "'[1]' to '[4]' (no space before them); cut after '... until acquisition by Zurich Financial Services in 1999.', the "
 "end of the article's prose, before the empty heading 'See also' and the 'References' list the excerpt breaks off in "
 "('Sir Denis Mountain: obituary The Independent, 6 January '; `truncated`). Paragraphs joined with blank lines. No "
 "word added or changed. Kept as written: 'The Eagle Star Insurance Company plc (formerly Eagle Star Insurance "
 "Company Limited) was a leading British insurance business.', 'It was listed on the London Stock Exchange and was a "
 "constituent of the FTSE 100 Index.', 'The Company was founded by Edward Mountain in 1904 as the British Dominions "
 "Marine Insurance Company' (a capital C), 'acquiring the Eagle (founded by Sir William Rawlins in 1807) in 1916 and "
 "both the Sceptre (founded in 1864) and the Star (founded in 1843) in 1917', 'It was renamed the Eagle Star & "
 "British Dominions in 1917 and Eagle Star in 1937.' (an ampersand), '1 Threadneedle Street, London EC2', 'In 1981 it "
 "fought off a takeover bid from Allianz, the German insurance Group.' (a capital G), 'It was acquired by BAT "
 "Industries for \u00a3968m in 1984.', 'It continued to trade, under the Eagle Star name, until acquisition by Zurich "
 "Financial Services in 1999.' 223 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (the IPFS "
 "copy holds an older revision, before Wikimedia's move to 4.0 of June 2023, as batch 34m recorded its Interswitch). "
 "Found at rank 2 of the query 'Eagle Star Insurance company history founded British Dominions Zurich Financial "
 "Services acquired Wikipedia' (a free name of this lane); hubbry.com (rank 1; a later revision under a community "
 "hub's chrome), worddisk.com (rank 3; 'Quick Facts' chrome, a later revision), atom.aim25.com (rank 4; an archive's "
 "catalogue), businessinsurance.com (rank 5; news), financedocbox.com (rank 6), a blog (rank 7) and a Times page "
 "through a proxy (rank 8) not used. Eagle Star, Edward Mountain, BAT Industries, B.A.T, British Dominions, William "
 "Rawlins, Sceptre: " + CHECKED + " ('Eagle Star' only in batch 62j's list of free names in GATHERING.md; 'Zurich "
 "Financial' in batch 44u's Converium text and 'Allianz' in batch 16d's Oireachtas text, other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, as the IPFS copy of English Wikipedia"))

# ---- airlines, UK: Laker Airways (wikipedia.org's 'From Wikipedia' rendering, undated) -------------------------------
LA = [
 "Laker Airways was a private British airline founded by Sir Freddie Laker in 1966. It was originally a charter "
 "airline flying passengers and cargo worldwide. Its head office was located at Gatwick Airport in Crawley, "
 "England.[2]",
 "It became the second long-haul, low-cost, \"no frills\" airline in 1977, operating low-fare scheduled services "
 "between London Gatwick Airport and New York City's John F. Kennedy Airport (after pioneering Icelandic low-cost "
 "carrier Loftlei\u00f0ir).[3] In the early 1980s, the company went into bankruptcy during the recession, operating its "
 "last flight on 5 February 1982.",
 "Freddie Laker announced the creation of Laker Airways in February of 1966.[4] The airline commenced commercial "
 "operations from its Gatwick Airport base on 29 July 1966 with two former British Overseas Airways Corporation "
 "(BOAC) Bristol Britannia 102 series turboprops, initially operating under contract to Air France.[5][6][7][8] The "
 "aircraft's livery was a combination of black, red and white \u2013 an adaptation of Laker's racing colours.[9] The "
 "Britannias were supplemented and eventually replaced by five BAC One-Eleven 300 short-haul jet aircraft from "
 "December 1967. This included an initial 1966 order with the manufacturer for three aircraft valued at \u00a34 "
 "million.[4]"]
KEPT["wp-laker-airways"] = ("laker-airways-wikipedia.txt", LA)
R.append(wp("wp-laker-airways", "Laker Airways", "http://wikipedia.org/wiki/Laker_Airways",
 "\n\n".join(MARK.sub("", p) for p in LA),
 "transport/airlines", ["history", "founding", "contract", "fleet", "bankruptcy"],
 "The article as the page store holds it at wikipedia.org (the address without 'en.'; the rendering with the line "
 "'From Wikipedia, the free encyclopedia' and '[edit]' run onto its heading; no revision id held; undated: its "
 "infobox gives 'Founded29 July 1966 (1966-07-29)' with no '... years ago', and it reads 'in February of 1966' where "
 "the 2024 copies at ranks 2 and 3 read 'in February 1966'). Cut: the title line 'Laker Airways' and the line 'From "
 "Wikipedia, the free encyclopedia'; the infobox lines ('Laker Airways', 'IATA ICAO Callsign', 'GK LKR LAKER', the "
 "founding and ceasing lines, the hubs, 'Subsidiaries[International] Caribbean Airways (part-owned)', 'Laker Air "
 "Travel Ltd.', 'Arrowsmith Holidays Ltd.', 'Laker Holidays GmbH', the fleet and destination lines, "
 "'HeadquartersGatwick Airport', 'Key peopleFreddie Laker, Alan Hellary'), so the subsidiaries and Alan Hellary are "
 "not in the text (cut as batches 57p-62j cut their infoboxes); the heading 'Early history[edit]'; the citation "
 "markers '[1]' to '[9]' (no space before them; '[5][6][7][8]' together); cut after '... for three aircraft valued "
 "at \u00a34 million.', before the paragraph the excerpt breaks off in ('Laker spent more than \u00a3200,000 of his own "
 "money on the newly-ordered aircraft's deposits, with a consortium of City '; `truncated`; a cut at a paragraph "
 "end), so Skytrain and the airline's collapse are told only in the lead's one sentence. No word added or changed. "
 "Kept as written: 'Laker Airways was a private British airline founded by Sir Freddie Laker in 1966.', 'Its head "
 "office was located at Gatwick Airport in Crawley, England.', 'It became the second long-haul, low-cost, \"no "
 "frills\" airline in 1977' (straight quotes), \"between London Gatwick Airport and New York City's John F. Kennedy "
 "Airport (after pioneering Icelandic low-cost carrier Loftlei\u00f0ir)\" (an eth), 'In the early 1980s, the company "
 "went into bankruptcy during the recession, operating its last flight on 5 February 1982.', 'Freddie Laker "
 "announced the creation of Laker Airways in February of 1966.', 'with two former British Overseas Airways "
 "Corporation (BOAC) Bristol Britannia 102 series turboprops, initially operating under contract to Air France.', "
 "'black, red and white \u2013 an adaptation of Laker's racing colours' (an en dash with spaces), 'five BAC One-Eleven "
 "300 short-haul jet aircraft from December 1967', 'This included an initial 1966 order with the manufacturer for "
 "three aircraft valued at \u00a34 million.' 187 words. No outage told; the bankruptcy and the last flight are a "
 "business failure (GUIDELINES, Outages: a near-miss). Recorded CC BY-SA 4.0 (doubtful: undated, as batches 58p-62j "
 "recorded their undated renderings). Found at rank 5 of the query 'Laker Airways history Freddie Laker founded 1966 "
 "Skytrain collapse 1982 Wikipedia' (a free name of this lane); absoluteastronomy.com (rank 1; Freddie Laker's "
 "article with glossary text woven in), astatinetobo877.sbs and thatvanadium326.sbs (ranks 2, 3; mirrors of a 2024 "
 "revision under unrelated page names), goodnames-eth.ipns.dweb.link (rank 4; an older revision with the infobox's "
 "long list of key people), oenc.net (rank 6; wiki markup), flightglobal.com (rank 7; news) and time.com (rank 8; "
 "news) not used. Laker Airways, Freddie Laker, Loftlei\u00f0ir, Caribbean Airways, British Overseas Airways: "
 + CHECKED + " ('Laker Airways' only in batch 62j's list of free names in GATHERING.md; 'Loftleidir' only in an old "
 "list of free names there; 'Gatwick' and 'Air France' in other texts as other matters).", "non-US",
 copy_of="the Wikipedia article, as rendered at wikipedia.org"))

# ---- retail, Australia: Grace Bros (en.wikipedia.org '= Title =' rendering, undated) ---------------------------------
GB = [
 "Grace Bros was an Australian department store chain, founded in 1885. It was bought by Myer (later Coles Myer) in "
 "1983. There were 25 stores across New South Wales and the Australian Capital Territory plus a few in Victoria, until "
 "they were re-branded under the Myer name in 2004.",
 "Grace Bros had a long and rich history of retailing in New South Wales, especially in Sydney following its founding "
 "by the Grace brothers, Albert Edward and Joseph Neal Grace, in 1885. The two brothers migrated from England in the "
 "1880s and sold goods door-to-door. In 1885, they opened their first small shop in George Street, Sydney and by 1906, "
 "they had opened a five-storey building at Broadway (now the site of the Broadway Shopping Centre). In 1931, Joseph "
 "Neal Grace died and Albert Grace became managing director of Grace Bros. Prior to his death in 1938, Albert Grace "
 "planned suburban expansion of the Grace Bros stores from the city, a move which is considered the reason Grace Bros "
 "survived when many of their contemporaries perished such as Anthony Hordern & Sons and Mark Foy's. Isabel Grace "
 "died in 1970, aged 86.",
 "Sydney's major Grace Bros was located on Broadway. Through several different stores at varied locations in the "
 "city, the store first came to Bay Street in 1904. Subsequent additions and property purchases over the years "
 "culminated in the existing buildings being completed in 1923. Grace Bros boasted a store with, among many features, "
 "\"three and a half acres of furniture\"! The Grace auditorium dominated the social life of Sydney with dances, "
 "fashion parades, children's events displays and pantomimes held within it."]
KEPT["wp-grace-bros"] = ("grace-bros-enwiki.txt", GB)
R.append(wp("wp-grace-bros", "Grace Bros", "https://en.wikipedia.org/wiki/Grace_Bros",
 "\n\n".join(MARK.sub("", p) for p in GB),
 "retail/department stores", ["history", "founding", "acquisition", "leadership", "rebranding"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Grace Bros ='; the infobox lines ('Grace Bros', '- Logo: Gracebros.png', '- Type: Subsidiary', "
 "'- Founder: Albert Edward Grace, Joseph Neal Grace', '- Fate: Acquired by Myer', '- Location City: Sydney', '- "
 "Location Country: Australia', '- Num Locations: 25 stores', '- Num Locations Year: 2004', '- Industry: Retail', '- "
 "Products: Department Store', '- Parent: Coles Myer (1983-2004)'), so the founders' names as the infobox writes them "
 "('Albert Edward Grace') are not in the text (cut as batches 57p-62j cut their infoboxes); the headings "
 "'==History==' and '===Broadway==='; cut after '... and pantomimes held within it.', before the sentence the "
 "excerpt breaks off in ('1954 saw'; `truncated`; a cut at a sentence end). The rendering has no citation markers. "
 "No word added or changed. Kept as written: 'Grace Bros was an Australian department store chain, founded in 1885.', "
 "'It was bought by Myer (later Coles Myer) in 1983.', 'until they were re-branded under the Myer name in 2004', "
 "'following its founding by the Grace brothers, Albert Edward and Joseph Neal Grace, in 1885' (so the full name "
 "'Albert Edward Grace' is never written out in the text), 'In 1885, they opened their first small shop in George "
 "Street, Sydney and by 1906, they had opened a five-storey building at Broadway (now the site of the Broadway "
 "Shopping Centre).', 'In 1931, Joseph Neal Grace died and Albert Grace became managing director of Grace Bros.', "
 "'Prior to his death in 1938', 'such as Anthony Hordern & Sons and Mark Foy's' (an ampersand, a straight "
 "apostrophe), 'Isabel Grace died in 1970, aged 86.', 'Grace Bros boasted a store with, among many features, \"three "
 "and a half acres of furniture\"!' (straight quotes, an exclamation mark), \"children's events displays\" (no "
 "comma). 272 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (doubtful: undated; a recent "
 "rendering, as batches 58p-62j recorded their '= Title =' renderings). Found at rank 5 of the query 'Grace Bros "
 "department store history founded Joseph Grace Albert Grace Broadway Sydney Myer acquired Wikipedia' (a free name "
 "of this lane); theinfolist.com (rank 1; glossary text woven in), a proxy's rendering of a Wikipedia diff (rank 2; "
 "wiki markup), infogalactic.com (rank 3; a fork of 2016 with an image file line in the text), "
 "shoppingmallmuseum.blogspot.com (rank 4), the City of Sydney Archives (rank 6) and the Dictionary of Sydney (rank "
 "7; their own texts, no open licence seen on the excerpt) and de.knowledgr.com (rank 8; German) not used. Grace "
 "Bros, Grace Brothers, Coles Myer, Anthony Hordern, Mark Foy: " + CHECKED + " ('Grace Bros' only in batch 62j's "
 "list of free names in GATHERING.md; 'Coles Myer' only in batch 35d's notes on another company's sources; 'Myer' "
 "otherwise only inside other words, 'Bristol-Myers', 'Overmyer').", "non-US"))

# ---- shipping, UK: Clan Line (piglix.com's copy, an older revision) --------------------------------------------------
CLN = [
 "The Clan Line was a passenger and cargo shipping company that operated in one incarnation or another from the late "
 "nineteenth century and into the twentieth century.",
 "The company that would become the Clan Line was first founded as C. W. Cayzer & Company in Liverpool in 1877 by "
 "Charles Cayzer (see Cayzer baronets). It was set up to operate passenger routes between Britain and Bombay, India "
 "via the Suez Canal. The next year, Captain William Irvine joined the company and it was renamed Cayzer, Irvine & "
 "Company.",
 "In 1881 the company was joined by an influential Glasgow businessman, and the Clan Line Association of Steamers was "
 "established. The company opened a new head office at 109 Hope Street, Glasgow. Cayzer Irvine built and managed "
 "ships for the association and Cayzer himself retained ownership of the original six Clan ships. At the same time, "
 "they expanded their operations to South Africa. In 1890 the company became The Clan Line of Steamers Limited with "
 "Cayzer holding the majority interest. The company again expanded its operations with the purchase of the Persian "
 "Gulf Steam Ship Company in 1894, bringing four more ships into the company. They used these new assets to expand "
 "their routes into the Persian Gulf and to North America, and to begin to carry cargo.",
 "The company was incorporated in 1907 as Cayzer, Irvine & Company, Limited, with the Cayzer family retaining "
 "control. Charles Cayzer died in 1916, with his sons continuing to run the company. In 1918 they acquired and "
 "incorporated the assets of the Scottish Shire Line. Despite suffering losses in the First World War, the company "
 "had recovered by the 1930s to become the largest cargo carrying concern in the world."]
KEPT["wp-clan-line"] = ("clan-line-piglix.txt", CLN)
R.append(wp("wp-clan-line", "Clan Line", "http://piglix.com/piglix/Clan_Line",
 "\n\n".join(MARK.sub("", p) for p in CLN),
 "transport/shipping", ["history", "founding", "renaming", "acquisition", "management"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; undated, an older "
 "revision, as batches 22b, 61e and 62d dated their piglix.com copies). Cut: the site's line '*** Welcome to piglix "
 "***' and the title line 'Clan Line'; the infobox lines ('Clan Line', 'Formerly called', 'C. W. Cayzer & Company', "
 "'Industry Passenger and cargo shipping', 'Founded 1877 (1877) in Liverpool, England', 'Founder Charles Cayzer', "
 "'Headquarters Glasgow, Scotland', 'Area served', 'Global', 'Key people', 'Captain William Irvine,') (cut as "
 "batches 57p-62j cut their infoboxes; every name in them is in the prose too, Scotland aside); the copy has no "
 "headings and no citation markers in the excerpt; cut after '... the largest cargo carrying concern in the "
 "world.', before the paragraph the excerpt breaks off in ('Clan Line saw a large '; `truncated`; a cut at a "
 "paragraph end), so the Second World War, the merger with Union-Castle of 1956 and British & Commonwealth are not in "
 "the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The company that would "
 "become the Clan Line was first founded as C. W. Cayzer & Company in Liverpool in 1877 by Charles Cayzer (see Cayzer "
 "baronets).' (the copy keeps the article's cross-reference in brackets), 'The next year, Captain William Irvine "
 "joined the company and it was renamed Cayzer, Irvine & Company.', 'In 1881 the company was joined by an influential "
 "Glasgow businessman, and the Clan Line Association of Steamers was established.', 'Cayzer Irvine built and managed "
 "ships for the association' (no comma here), 'In 1890 the company became The Clan Line of Steamers Limited with "
 "Cayzer holding the majority interest.' (a capital T), 'with the purchase of the Persian Gulf Steam Ship Company in "
 "1894, bringing four more ships into the company', 'The company was incorporated in 1907 as Cayzer, Irvine & "
 "Company, Limited, with the Cayzer family retaining control.', 'In 1918 they acquired and incorporated the assets "
 "of the Scottish Shire Line.' 285 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (an older "
 "revision, as batch 62d recorded its piglix.com copy). Found at rank 4 of the query 'Clan Line Cayzer Irvine "
 "shipping company history founded Charles Cayzer 1878 British and Commonwealth merger Union-Castle Wikipedia' (a "
 "free name of this lane); cayzer.com (ranks 1, 3, 5, 6; the family's own pages, no open licence), "
 "oceanlinermuseum.co.uk (rank 2; a museum site's own text), theinfolist.com (rank 7; glossary text woven in) and "
 "everand.com (rank 8; a magazine preview) not used. Clan Line, Cayzer, Persian Gulf Steam, Scottish Shire, William "
 "Irvine: " + CHECKED + " ('Clan Line' only in batch 62j's list of free names in GATHERING.md; Union-Castle, named by "
 "other texts, is cut out of this one).", "non-US",
 v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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

#!/usr/bin/env python3
"""Batch 67j (session 61; gatherer lane 67j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66d-66n and 67d, on a Singaporean, a Canadian and an Australian company,
new to the corpus: Wearne's Air Service, the early Malayan airline of Kallang Airport, Singapore, established in 1937,
whose inception the text traces to 1906 and the Australian brothers Charles Frederick Foster Wearne and Theodore James
Benjamin Wearne, their C.F.F. Wearne & Company (Wearne Brothers Limited by 1912) and its subsidiary Malayan Motors
(aviation and motor trade, Singapore and Malaya); Steinberg's Supermarkets, the Montreal grocery chain founded in 1913
by Ida Steinberg and grown by her sons led by Sam Steinberg, its real estate venture Ivanhoe Investments (now Ivanhoe
Cambridge, owned by La Caisse de dépôt et placement du Québec) and the businesses it owned and operated, Miracle Mart
(led by daughter Mitzi), Pik-Nik and Cardinal (retail, Canada); and Boans, the Perth department store founded by Harry
Boan and his brother Benjamin in 1895, the brothers' earlier drapery Boan Bros. Ltd. of Broken Hill (Harry and Ernest),
the land bought from W.B. Woods & Co, Boans Ltd of 1912 and Frank Boan's control from 1929 (retail, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of "Wearne's Air Service" (a recent revision),
wikipedia2007.classicistranieri.com's static copy of 2007 of "Steinberg's" and the-uncensored-wiki.com's Kiwix copy
'2015-wikipedia_en_all_2015-05' of 'Boans'; all three cut at a paragraph or sentence end before the point where the
excerpt breaks off (`truncated`).
Edits per item in `notes` (title lines, 'From Wikipedia, the free encyclopedia', infobox lines, headings, image
captions and citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather68j/src), the markers dropped and whitespace runs compared as one space. No text tells an outage.
newskg (or any extractor) was not run on any text. A round of three: eleven queries, nine companies asked for (the
Prince Motor Company, East-West Airlines three times, Steinberg's, Avro Canada twice, Barlow Rand, Boans, Tata
Airlines, Malayan Airways, which answered with Wearne's Air Service), three taken (round notes,
/work/notes/gather68/67j.md; queries, /tmp/gather68j/src/queries.txt).
usage: batch67j.py [POOL_DIR] [--dry]   (default /tmp/gather68j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_4

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68j/pool"
SRC = "/tmp/gather68j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- aviation and motor trade, Singapore: Wearne's Air Service (en.wikipedia.org's '= Title =' rendering) ---------
WA = [
 "Wearne's Air Service (WAS), established in 1937, was an early Malayan airline.",
 "Based in Kallang Airport, Singapore, it emerged as one of the earliest airlines in the region. WAS operated a "
 "diverse range of air services, including scheduled passenger flights, charter operations, aerial photography, land "
 "surveying, cargo and air mail transportation. Additionally, the airline is alternatively referred to as Wearne's "
 "Air Services or Wearnes Air Services.",
 "The inception of Wearne's Air Service dates back to 1906, initiated by Australian siblings Charles Frederick Foster "
 "Wearne and Theodore James Benjamin Wearne. Their establishment, C.F.F. Wearne & Company, initially concentrated on "
 "the automotive sector, evolving into Wearne Brothers Limited by 1912. Specialising in renowned automobile brands "
 "including Oldsmobiles, Rolls-Royces and Fords, the company diversified its operations to encompass motorized "
 "services throughout Southeast Asia. In tandem with this expansion, subsidiary automotive companies were established "
 "to manage Wearne's various agencies, starting with Malayan Motors.",
 "In 1929, the aspiration for air transport took root when Charles Wearne envisioned providing air services in "
 "Malaya. To realise this dream, he imported an Avro Avian plane to be assembled by the mechanics at Malayan Motors. "
 "The unveiling of the plane at Malayan Motors' showroom generated significant interest, marking a significant step "
 "towards the realization of Charles Wearne's vision."]
KEPT["wp-wearnes-air-service"] = ("wearne-enwiki.txt", WA)
# built with `record` (the address held is the article's own, with the apostrophe written '%27' as the page store
# holds it; `article` would build the address with a bare apostrophe and call the rendering a copy), as batch 65h did
R.append(record("wp-wearnes-air-service", "Wearne's Air Service", "https://en.wikipedia.org/wiki/Wearne%27s_Air_Service",
 "https://en.wikipedia.org/wiki/Wearne%27s_Air_Service", "\n\n".join(MARK.sub("", p) for p in WA),
 "aviation/airlines", ["history", "founding", "renaming", "subsidiaries"],
 EDITS + "The article as the page store holds en.wikipedia.org's rendering with '= Title =' and '==History==' heading marks "
 "and an 'Infobox' block of '- Key: value' lines (a recent revision: the article tells the airline at length from "
 "newspaper sources and its rendering is of the current kind; no revision id held). Cut: the title line \"= Wearne's "
 "Air Service =\"; the infobox block ('Infobox', '- Airline: Wearne's Air Service (WAS)', '- Parent: Messrs. Wearne's "
 "Air Service Limited', '- Headquarters: 45, Orchard Road, Singapore, Strait Settlements', '- Hubs: Kallang Airport', "
 "'- Key People: Charles Wearne (Director), Theodore Wearne (Director)', '- Destinations: 8'), so the parent company "
 "and the brothers' posts as directors are not in the text; the headings '==History==' and '===Founding==='; cut "
 "after \"... the realization of Charles Wearne's vision.\", before the paragraph the excerpt breaks off in ('A crucial "
 "development unfolded with the establishment of Kallang Airport in 1937. ... laying the g'; `truncated`; a cut at a "
 "paragraph end), so the airline's first flights of 1937 and its later history are not in the text. The excerpt has "
 "no citation marker. Paragraphs as the rendering has them, joined with blank lines. No word added or changed. Kept "
 "as written: \"Wearne's Air Service (WAS), established in 1937, was an early Malayan airline.\", 'Based in Kallang "
 "Airport, Singapore, it emerged as one of the earliest airlines in the region.', \"Additionally, the airline is "
 "alternatively referred to as Wearne's Air Services or Wearnes Air Services.\", \"The inception of Wearne's Air "
 "Service dates back to 1906, initiated by Australian siblings Charles Frederick Foster Wearne and Theodore James "
 "Benjamin Wearne.\", 'Their establishment, C.F.F. Wearne & Company, initially concentrated on the automotive sector, "
 "evolving into Wearne Brothers Limited by 1912.', 'Specialising in renowned automobile brands including Oldsmobiles, "
 "Rolls-Royces and Fords' (British spelling, the plurals as written), \"subsidiary automotive companies were "
 "established to manage Wearne's various agencies, starting with Malayan Motors.\", 'To realise this dream, he "
 "imported an Avro Avian plane to be assembled by the mechanics at Malayan Motors.', 'a significant step towards the "
 "realization of' (both spellings as written). 209 words. No outage told. Recorded CC BY-SA 4.0 (a current rendering; "
 "doubtful: no date held). Found at rank 4 of the query 'Malayan Airways Limited founded 1937 Ocean Steamship Straits "
 "Steamship Imperial Airways Wearne's Air Services Wikipedia' (batches 66d-67d's lead: Malayan Airways unsearched); "
 "wikisum.wiki (rank 1; a summary site whose sentences are out of order), theinfolist.com (rank 2; a copy with "
 "linked articles' glosses spliced into the sentences), nst.com.my (rank 3; a newspaper feature, copyrighted), "
 "ipohworld.org (ranks 5-6; 'All images and content are copyright'), transportationhistory.org (rank 7) and "
 "liquisearch.com's Malaysia-Singapore Airlines history (rank 8; another matter, no person with a post) not used. "
 "Wearne, Kallang, Malayan Motors, Avro Avian: " + CHECKED + ".",
 "non-US", licence=LICENCE_4))

# ---- retail, Canada: Steinberg's (wikipedia2007.classicistranieri.com's static copy of 2007) ------------------------
ST = [
 "Steinberg's Supermarkets began as a grocery store founded in 1913 in Montreal, Quebec, Canada by Jewish-Hungarian "
 "immigrant, Ida Steinberg. Her five sons, led by Sam Steinberg, grew the company from a tiny storefront on Saint "
 "Lawrence Boulevard into the most popular and largest supermarket chain in Quebec. It was the first to create the "
 "\"supermarket\" concept in Quebec, with expansions into Ontario (primarily the Ottawa area) and parts of New "
 "Brunswick. Steinberg's eventually entered the real estate market under the name Ivanhoe Investments and owned "
 "several shopping centers. Ivanhoe turned out to be one of Steinberg's most profitable ventures and still exists "
 "today under the name Ivanhoe Cambridge now owned by La Caisse de d\u00e9p\u00f4t et placement du Qu\u00e9bec.",
 "Steinberg's also owned and operated several other well known businesses. Miracle Mart a discount department store "
 "chain (led by daughter Mitzi and later renamed \"M\" store) which carried clothing, toys, household appliances and "
 "goods. Pik-Nik which were popular snack-bars operating in shopping malls and Cardinal, which was a mail-order gift "
 "catalogue. The \"M\" department stores ceased operations shortly after the Steinberg's grocery chain went bankrupt "
 "and disappeared.",
 "For several decades, and right through to the late 1980s, Steinberg's was the largest supermarket chain in the "
 "province of Quebec. Store outlets could be spotted in nearly every district of the island of Montreal (the largest "
 "city in the province) and was a major competitor for chains like Provigo and Metro. Sam Steinberg was one of the "
 "first employers to implement mandatory bilingualism (English-French) for all his personnel and as a result, the "
 "company became so entrenched in Quebec culture that among French speakers, \"Je fais mon Steinberg\" (\"I'm doing "
 "my Steinberg\") became a synonym for going grocery shopping, regardless of supermarket chain."]
KEPT["wp-steinbergs"] = ("steinberg-classicistranieri.txt", ST)
R.append(wp("wp-steinbergs", "Steinberg's",
 "https://wikipedia2007.classicistranieri.com/s/t/e/Steinberg%27s.html",
 "\n\n".join(MARK.sub("", p) for p in ST),
 "retail/supermarkets", ["history", "founding", "subsidiaries", "ownership"],
 "The article as wikipedia2007.classicistranieri.com's static copy of English Wikipedia holds it (the site's "
 "'wikipedia2007' collection, the page headed \"Steinberg's\" and 'From Wikipedia, the free encyclopedia': a "
 "revision of 2007 or before; no revision id held; an older revision than the page store's en.wikipedia.org "
 "'Jump to: navigation' rendering (rank 1) and piglix.com's copy (rank 5), which date the founding 1917, headline the "
 "article 'Steinberg's (supermarket)' and stop before the chain's subsidiaries in their excerpts). Cut: the title line "
 "\"Steinberg's\" and the line 'From Wikipedia, the free encyclopedia'; cut after '... regardless of supermarket "
 "chain.', before the sentence the excerpt breaks off in ('The chain expanded into Ontario beyond the Ottawa area, t'; "
 "`truncated`; a cut at a sentence end), so the Ontario expansion and the chain's end are not in the text. The "
 "excerpt has no infobox, heading or citation marker. The copy runs its paragraphs on with single line breaks; joined "
 "with blank lines. No word added or changed; the accents of 'La Caisse de d\u00e9p\u00f4t et placement du "
 "Qu\u00e9bec' and the straight quotation marks kept. Kept as written: \"Steinberg's Supermarkets began as a grocery "
 "store founded in 1913 in Montreal, Quebec, Canada by Jewish-Hungarian immigrant, Ida Steinberg.\" (1913, where the "
 "later revisions say 1917), 'Her five sons, led by Sam Steinberg, grew the company', \"Steinberg's eventually "
 "entered the real estate market under the name Ivanhoe Investments and owned several shopping centers.\" (American "
 "spelling), \"Ivanhoe turned out to be one of Steinberg's most profitable ventures and still exists today under the "
 "name Ivanhoe Cambridge now owned by La Caisse de d\u00e9p\u00f4t et placement du Qu\u00e9bec.\" (no comma before "
 "'now'), \"Steinberg's also owned and operated several other well known businesses.\", 'Miracle Mart a discount "
 "department store chain (led by daughter Mitzi and later renamed \"M\" store) which carried clothing, toys, "
 "household appliances and goods.' and 'Pik-Nik which were popular snack-bars operating in shopping malls and "
 "Cardinal, which was a mail-order gift catalogue.' (two verbless sentences, as written), 'mail-order gift "
 "catalogue' (British spelling beside 'centers'), 'Store outlets could be spotted in nearly every district of the "
 "island of Montreal (the largest city in the province) and was a major competitor' (the agreement as written), '\"Je "
 "fais mon Steinberg\" (\"I'm doing my Steinberg\")'. 290 words. No outage told. Recorded CC BY-SA 3.0 (a revision of "
 "2007, then under the GFDL, which Wikimedia's relicensing of June 2009 made available under CC BY-SA 3.0; doubtful: "
 "no revision id). Found at rank 3 of the query \"Steinberg's supermarket Montreal Ida Steinberg Sam Steinberg "
 "Socanav 1989 Miracle Mart Wikipedia\" (batch 67d's lead: Steinberg's found and not taken, 'through a copy whose "
 "excerpt reaches the sale'; no copy reaching Socanav's purchase of 1989 answered, so this older copy, which tells "
 "the subsidiaries and Ivanhoe's owner instead, was taken); en.wikipedia.org's 'Jump to: navigation' rendering "
 "(rank 1) and piglix.com (rank 5), both stopping at Ivanhoe Investments and the renaming of 1961, "
 "thecanadianencyclopedia.ca's 'Samuel Steinberg' (rank 2; copyrighted, a life), bilan.usherbrooke.ca (rank 4; French), "
 "spacing.ca (ranks 6-7; a magazine's posts) and andrewturnbull.net (rank 8; a personal site) not used. Steinberg, "
 "Ivanhoe, Miracle Mart, Pik-Nik, Caisse de d\u00e9p\u00f4t, Provigo: " + CHECKED + " ('Steinberg' in GATHERING.md "
 "only as batch 67d's lead and in its list of checked names).",
 "non-US", v3=True, copy_of="the Wikipedia article, via wikipedia2007.classicistranieri.com's static copy of 2007"))

# ---- retail, Australia: Boans (the-uncensored-wiki.com's Kiwix copy of May 2015) ----------------------------------
BO = [
 "Boans is the name of a department store that operated in Perth, Western Australia between 1895 and 1986. The store "
 "was founded by Harry Boan and his brother Benjamin who both came to Perth in 1895 from Broken Hill in western New "
 "South Wales.[1] Harry and another brother, Ernest, had previously established a successful drapery known as \"Boan "
 "Bros. Ltd.\" in that town.",
 "The brothers arrived in Perth in mid-1895 when Harry was 34, and purchased two quarter-acre blocks facing "
 "Wellington Street and the Perth railway station,[2] at the edge of a potato swamp.[3] The properties (\"V.7-8\") "
 "were purchased from W.B. Woods & Co, at a price of \u00a342 per foot of street frontage.[4] They borrowed "
 "\u00a362,000 and within four months, despite acute labour shortages, had built, stocked and opened a single-storey "
 "emporium on the site and named it \"Boan Bros.\". The store opened on 7 November 1895, and almost sold out by the "
 "end of the first day of trading.[1] The original buildings were described as a single store that ran from "
 "Wellington Street through to Murray Street and appeared as \"a line of iron shops\".[5]",
 "In 1901, Benjamin died and Harry assumed sole ownership. Harry purchased adjoining land that spanned the block "
 "between Wellington and Murray Streets, near Forrest Place. The business was restructured to become a limited "
 "company in 1912 and the name was changed to Boans Ltd.[6] In the same year, the original buildings were demolished "
 "and rebuilt as a single building between Murray and Wellington Streets.[2]",
 "Over time, the store became the largest private employer in Western Australia.[7]",
 "In late 1929 Harry Boan handed control of the Boans store to his son Frank Boan who had been living in England with "
 "his mother since 1913."]
KEPT["wp-boans"] = ("boans-uncensored.txt", BO)
R.append(wp("wp-boans", "Boans",
 "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Boans.html",
 "\n\n".join(MARK.sub("", p) for p in BO),
 "retail/department stores", ["history", "founding", "renaming", "executives"],
 "The article as a Kiwix copy of English Wikipedia holds it in the page store (the-uncensored-wiki.com, the "
 "'2015-wikipedia_en_all_2015-05' collection: a revision of May 2015 or before; no revision id held; an older "
 "revision than wikimili.com's (rank 1) and vi0.me's current rendering (rank 4), which end the store in 1984 or 1986 "
 "with Myer's purchase, not reached by their excerpts either). Cut: the title line 'Boans'; the two image captions "
 "under it ('The Boans Building in Wellington St, shown here in 1936, was built in 1912 and demolished in 1987.' and "
 "'Boans c.1938. Includes brass band playing in street with crowd gathered to listen and The Grand Central "
 "Shaftesbury Hotel in the background.'); the sub-heading 'City store'; the citation markers '[1]' to '[7]' (no space "
 "before them); cut after '... living in England with his mother since 1913.', before the paragraph the excerpt "
 "breaks off in (its first letter 'L'; `truncated`; a cut at a paragraph end), so the mail order catalogue, the fire "
 "of 1979 and the store's sale and closure are not in the text. Paragraphs joined with blank lines. No word added or "
 "changed; the pound signs and the quotation marks as written. Kept as written: 'Boans is the name of a department "
 "store that operated in Perth, Western Australia between 1895 and 1986.', 'The store was founded by Harry Boan and "
 "his brother Benjamin who both came to Perth in 1895 from Broken Hill in western New South Wales.' (no comma before "
 "'who'), 'Harry and another brother, Ernest, had previously established a successful drapery known as \"Boan Bros. "
 "Ltd.\" in that town.', 'The properties (\"V.7-8\") were purchased from W.B. Woods & Co', 'opened a single-storey "
 "emporium on the site and named it \"Boan Bros.\".' (both stops as written), 'In 1901, Benjamin died and Harry "
 "assumed sole ownership.', 'the name was changed to Boans Ltd.', 'In late 1929 Harry Boan handed control of the "
 "Boans store to his son Frank Boan'. 290 words. No outage told. Recorded CC BY-SA 3.0 (a Kiwix collection of May "
 "2015, before Wikimedia's move to 4.0 of June 2023). Found at rank 6 of the query 'Boans department store Perth "
 "Harry Boan founded Myer takeover Wikipedia' (batches 66d-67d's lead: Boans unsearched, no corpus hit); wikimili.com "
 "(rank 1; its excerpt mostly infobox and image captions), es.knowledger.de (rank 2; Spanish), a doczz.net thesis "
 "(ranks 3 and 8; copyrighted), vi0.me (rank 4; the current rendering, no founders in its prose), wikisum.wiki (rank "
 "5; sentences out of order) and liquisearch.com's 'City store' section (rank 7; it tells the sale to Coles Myer Ltd "
 "but not the founding) not used. Boans, Boan, W.B. Woods, Forrest Place: " + CHECKED + " ('Boans' in GATHERING.md "
 "only as batch 67d's lead).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a Kiwix copy of English Wikipedia (May 2015)"))


def _norm(s):
    """The text without citation markers ('[1]', ' [1]', '[edit]', '[ citation needed ]'), whitespace runs as one
    space."""
    s = re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s)
    return " ".join(s.split())


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

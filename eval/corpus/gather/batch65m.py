#!/usr/bin/env python3
"""Batch 65m (session 59; gatherer lane 65m): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n and 65b-65i, on a South African department store chain, an Indian car maker and a
Brazilian airline, new to the corpus: Stuttafords, the chain founded in Cape Town by Samson Rickard Stuttaford (his
first shop of 1857), its forerunner firms Povall & Stuttaford (1859) and Thorne, Stuttaford & Co. (1868), its store
designed by the Harrods architect Louis David Blanc (1938), its purchase by Graham Beck's Kangra Holdings in 1978 and
the branch and store sales to Garlicks and Unidev (retail, South Africa); Hindustan Motors, the Kolkata car maker
founded in 1942 by B. M. Birla, part of Birla Technical Services, maker of the Ambassador and the Landmaster, its
managing director Manoj Jha (stepped down 2012), its subsidiary Hindustan Motor Finance Corporation Limited and its
2017 agreement and tie-up with PSA Group (now Stellantis) over the Ambassador brand (automobiles, India); and
TransBrasil, the airline founded on January 5, 1955 by Omar Fontana as Sadia S/A - Transportes Aereos, a sister company
of the food company Sadia (S/A Industria e Comercio Concordia) whose founder was his father Attilio Fontana (airlines,
Brazil).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): a.osmarks.net's Kiwix copy 'wikipedia_en_all_maxi_2020-08' of 'Stuttafords' (a revision of
2020 or before), en.wikipedia.org's '= Title =' rendering of 'Hindustan Motors' (recent: its infobox's revenue of 2024)
and en.wikipedia.org's '= Title =' rendering of 'TransBrasil (airline)' (recent); each cut at a paragraph or sentence
end before the point where the excerpt breaks off (all `truncated`). Edits per item in `notes` (title lines, infobox
lines, image captions, headings and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather66m/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[ citation
needed ]') dropped and whitespace runs compared as one space, as batches 57g-65i did. No text tells an outage. newskg
(or any extractor) was not run on any text. A round of three: eleven queries, eleven companies asked for, three taken
(round notes, /work/notes/gather66/65m.md; queries, /tmp/gather66m/src/queries.txt).
usage: batch65m.py [POOL_DIR] [--dry]   (default /tmp/gather66m/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66m/pool"
SRC = "/tmp/gather66m/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[nb 1]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- retail, South Africa: Stuttafords (a.osmarks.net's Kiwix copy, wikipedia_en_all_maxi_2020-08) -------------------
ST = [
 "Stuttaford's was a chain of upscale department stores in South Africa, Botswana and Namibia that operated for 159 "
 "years from 1858 through 2017. It was nicknamed the \"Harrod's of South Africa\". At closing it had seven stores in "
 "South Africa, two in Botswana, and one in Namibia.[1] It continues to operate in Namibia only.[2]",
 "Founder Samson Rickard Stuttaford opened his first shop in 1857 in Cape Town city centre.[3][1] His son was Richard "
 "Stuttaford (b. 1870) was a prominent businessman and entered the firm in 1886. In 1859 Povall & Stuttaford was "
 "established. In 1868 Thorne, Stuttaford & Co. was established.[3]",
 "Its main Cape Town store at the corner of Adderley and Hout streets, opened in 1938, was designed by in-house Harrods "
 "architect Louis David Blanc, echoing the style of the London department store's buildings.[1]",
 "In 1978, Graham Beck's Kangra Holdings bought Stuttafords, which at that point had five stores, for 12 million rand. "
 "On 24 August 1979 the company was delisted from the stock exchange. Beck stripped the assets, selling the transport "
 "and warehousing operations for 10 million rand.",
 "In 1983 he sold the Durban branch to Garlicks. In 1986 he sold Stuttaford's 45% share in Cavendish Square shopping "
 "centre. in 1987 he sold the Cape Town Adderley Street flagship store to Unidev for 11 million rand. The store closed "
 "18th April 1987.[4]"]
KEPT["wp-stuttafords"] = ("stuttafords-kiwix.txt", ST)
R.append(wp("wp-stuttafords", "Stuttafords",
 "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Stuttafords",
 "\n\n".join(MARK.sub("", p) for p in ST),
 "retail/department stores", ["history", "founding", "acquisition", "asset sales"],
 "The article as a.osmarks.net's Kiwix copy ('wikipedia_en_all_maxi_2020-08', a Kiwix ZIM file of English Wikipedia "
 "dated August 2020) holds it in the page store (no revision id held; a revision of 2020 or before: the stores' "
 "closing of 2017 is told, and the later revision at wikimili.com (rank 4 of the query) adds 'in collaboration with "
 "William Thorne'). Cut: the title line 'Stuttafords'; the six image captions between the first paragraph and the "
 "history ('Adderley Street in ca. 1897, with Thorne, Stuttaford & Co. store, middle', 'Stuttafords Cape Town 1957', "
 "'1916 Stuttafords ad printed in Standard Dutch (before Afrikaans replaced it) in Die Huisgenoot magazine', "
 "'Stuttafords, West at Field streets, Durban, 1926', 'Stuttafords, Rissik at Pritchard streets, Johannesburg in "
 "1957', 'How the Stuttafords Cape Town Adderley Street flagship store grew over time with additions'); the heading "
 "'History'; the markers '[1]', '[2]', '[3][1]', '[3]', '[4]'; cut after 'The store closed 18th April 1987.', before "
 "the paragraph the excerpt breaks off in ('In 1987, what remained of Stuttafords, which by then also included the "
 "remaining John Orr's and Garlicks store branches, was sold to Greatermans, another department store, which was part "
 "of Kirsh Tradin'; `truncated`; a cut at a paragraph end), so the sale to Greatermans, Pepkor's purchase and the "
 "closing years are not in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'Stuttaford's was a chain' (with the apostrophe, beside 'Stuttafords' without), 'It was nicknamed the \"Harrod's of "
 "South Africa\"' (straight quotes; 'Harrod's' with an apostrophe, beside 'Harrods architect' without), 'His son was "
 "Richard Stuttaford (b. 1870) was a prominent businessman and entered the firm in 1886.' (two verbs, as the copy has "
 "it), 'In 1859 Povall & Stuttaford was established. In 1868 Thorne, Stuttaford & Co. was established.', 'at the "
 "corner of Adderley and Hout streets', 'designed by in-house Harrods architect Louis David Blanc', \"Graham Beck's "
 "Kangra Holdings bought Stuttafords\", 'Beck stripped the assets', 'in 1987 he sold' (a lowercase 'in' opening the "
 "sentence), 'The store closed 18th April 1987.' 224 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "3.0 (a revision of 2020 or before, before Wikimedia's move to 4.0 of June 2023; doubtful: no revision id). Found at "
 "rank 1 of the query 'Stuttafords department store South Africa history founded Samson Rickard Stuttaford acquired "
 "Wikipedia'; scribd.com (ranks 2, 3; the company's centenary book of 1957), wikimili.com (rank 4; a later revision, "
 "breaking off earlier), businesslive.co.za, news24.com and cnbcafrica.com (ranks 5, 6, 8; news, copyrighted) and "
 "de.knowledgr.com (rank 7; a German translation) not used. Stuttaford, Povall, Kangra, Graham Beck, Garlicks, Unidev, "
 "Greatermans, Kirsh, Pepkor, Louis David Blanc, Cavendish Square: " + CHECKED + " ('Stuttafords' and 'Adderley' "
 "only in GATHERING.md's lists of names for later rounds; 'Harrods' in batch 58p's Jenners text, the nickname "
 "'Harrods of the North', another matter; 'Cape Town' in other texts, other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, via a Kiwix copy of English Wikipedia"))

# ---- automobiles, India: Hindustan Motors (en.wikipedia.org '= Title =' rendering, recent) ---------------------------
HM = [
 "Hindustan Motors is an Indian automotive manufacturer based in Kolkata. It is a part of the Birla Technical Services "
 "conglomerate. Hindustan Motors was the largest car manufacturer in India before the rise of Maruti Udyog. Hindustan "
 "Motors manufactured the Ambassador and Landmaster motorcars (based on 1956 Morris Oxford Series III), both immensely "
 "popular Indian automobiles from 1957 to 2014.",
 "One of the original three car manufacturers in India, founded in 1942 by Mr. B.M. Birla, it was a leader in car "
 "sales until the 1980s, when the industry was opened up from protection. Manoj Jha was the managing director who "
 "stepped down from the post on 21 February 2012.",
 "In early 2013, Hindustan Motors announced that it will demerger and transfer its Chennai plant to its fully owned "
 "subsidiary Hindustan Motor Finance Corporation Limited.",
 "On 11 February 2017, Hindustan Motors executed an agreement with PSA Group (now Stellantis) for the sale of the "
 "Ambassador brand, including the trademarks, for a consideration of \u20b980 crore. The tie-up entails two joint "
 "venture agreements between the companies of the two groups. The new Ambassador model was likely to be rolled out in "
 "December 2024. PSA would also use the plant to manufacture automobiles, engines and parts in the Chennai plant. The "
 "Chennai plant manufactures Citro\u00ebn vehicles.",
 "Hindustan Motors Limited (HML) was India's pioneering automobile manufacturing company."]
KEPT["wp-hindustan-motors"] = ("hindustan-motors-enwiki.txt", HM)
R.append(wp("wp-hindustan-motors", "Hindustan Motors", "https://en.wikipedia.org/wiki/Hindustan_Motors",
 "\n\n".join(MARK.sub("", p) for p in HM),
 "manufacturing/automobiles", ["history", "founding", "subsidiary", "management", "brand sale", "joint venture"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; a "
 "recent rendering: its infobox gives the revenue of 2024 and its text 'PSA Group (now Stellantis)'; its infobox set "
 "out as '- Key: value' lines, no citation markers). Cut: the title line '= Hindustan Motors ='; the infobox lines "
 "('Hindustan Motors Limited.', '- Logo: Hindustan Motors.svg', '- Type: Public', '- Traded As: ,', '- Founder: Brij "
 "Mohan Birla', '- Location: Kolkata, India', '- Key People: Uttam Bose (MD), Prakash Sahu (CEO)', '- Industry: "
 "Automotive', '- Products: ...', '- Revenue: INR 30 crore , (US$ 3.5 million) (2024)', '- Owner: S Parmar', '- "
 "Divisions: Hindustan Motorcycles'), so the founder's full name, the present managing director and chief executive, "
 "the owner and the division are not in the text (cut as batches 57p-65i cut their infoboxes); the heading '== "
 "History =='; cut after 'Hindustan Motors Limited (HML) was India's pioneering automobile manufacturing company.', "
 "before the sentence the excerpt breaks off in ('It was established just before the Indian Independence Act 1947, in "
 "1942 by B. M. Birla of the industrialist Birla family in collaboration with Lo'; `truncated`; a cut at a sentence "
 "end), so the history's founding sentence and the Morris and General Motors collaborations are not in the text. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'It is a part of the Birla Technical "
 "Services conglomerate.', 'the Ambassador and Landmaster motorcars (based on 1956 Morris Oxford Series III)' (no "
 "article before the model), 'founded in 1942 by Mr. B.M. Birla' (no space in 'B.M.'), 'Manoj Jha was the managing "
 "director who stepped down from the post on 21 February 2012.', 'announced that it will demerger and transfer its "
 "Chennai plant to its fully owned subsidiary' ('demerger' as a verb, as the rendering has it), 'PSA Group (now "
 "Stellantis)', 'for a consideration of \u20b980 crore' (the rupee sign), 'The tie-up entails two joint venture "
 "agreements between the companies of the two groups.', 'The new Ambassador model was likely to be rolled out in "
 "December 2024.', 'PSA would also use the plant to manufacture automobiles, engines and parts in the Chennai "
 "plant.', 'Citro\u00ebn' (with the diaeresis), 'Hindustan Motors Limited (HML)'. 223 words. No outage and no near-miss "
 "of one told. Recorded CC BY-SA 4.0 (a recent rendering, as batches 60a-65i recorded their '= Title =' renderings; "
 "doubtful: no revision id). Found at rank 2 of the query 'Hindustan Motors history founded 1942 B. M. Birla "
 "Ambassador Morris acquired Wikipedia'; wikisum.wiki (rank 1; sentences out of order), review.clateway.com (rank 3; "
 "a revision with 'Peugeot SA', the lead only, with reference lines), autolastgh.com, calcuttanow.blogspot.com, "
 "motor-car.net, car-logos.net (ranks 4-7; not open, or rewritten) and en.wikipedia.org's 'Jump to: navigation' "
 "rendering (rank 8; an older revision, 'Production of the Ambassador ceased on 24 May 2014') not used. Hindustan "
 "Motor, Birla Technical, Manoj Jha, Port Okha, Uttarpara, Hindmotor, Morris Oxford, Landmaster: " + CHECKED + " "
 "('Birla' in batches 25b, 32h and 51zg's texts on Hindalco, Shobhana Bhartia and others, other Birla companies and "
 "people; 'Maruti' only in GATHERING.md's lists; 'PSA Group', 'Stellantis', 'Citro\u00ebn', 'Kolkata' in other texts, "
 "other matters).", "non-US"))

# ---- airlines, Brazil: TransBrasil (en.wikipedia.org '= Title =' rendering, recent) ----------------------------------
TB = [
 "TransBrasil was a Brazilian airline which ceased operations on 3 December 2001. During most of its history, "
 "Transbrasil was owned by local entrepreneur Omar Fontana. Its aircraft usually featured a colorful livery, remarkably "
 "with a rainbow on the tail fin. Transbrasil's base was President Juscelino Kubitschek International Airport in "
 "Bras\u00edlia. From the 1970s and until its demise in 2002, Transbrasil was usually the third largest Brazilian "
 "airline after Varig and VASP, serving both domestic and international routes.",
 "Transbrasil was born in the State of Santa Catarina as a sister company of S/A Ind\u00fastria e Com\u00e9rcio "
 "Conc\u00f3rdia, better known by its acronym Sadia. In 1953 Omar Fontana, a pilot and one of the sons of the founder "
 "of Sadia Attilio Fontana, noticed that a Douglas DC-3 remained parked at Joa\u00e7aba Airport, near Conc\u00f3rdia, "
 "for the entire weekend. Omar Fontana came up with the idea of leasing the aircraft for transporting the products of "
 "Sadia to S\u00e3o Paulo. In 1954 Sadia acquired its own Douglas DC-3 and started daily flights to S\u00e3o "
 "Paulo\u2013Congonhas Airport, having Omar as one of its crew members. However, since it was not an airline with a "
 "regular schedule, it could not receive subventions from the government. In order to avoid this restriction, on "
 "January 5, 1955 Omar Fontana founded Sadia S/A \u2013 Transportes A\u00e9reos with 35 employees, 3 Douglas DC-3s "
 "and 2 Curtiss C-46s. The first regular flight was operated on March 16, 1956."]
KEPT["wp-transbrasil"] = ("transbrasil-enwiki.txt", TB)
R.append(wp("wp-transbrasil", "TransBrasil (airline)", "https://en.wikipedia.org/wiki/TransBrasil_(airline)",
 "\n\n".join(MARK.sub("", p) for p in TB),
 "transport/airlines", ["history", "founding", "ownership", "sister company"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no date or revision id held; a "
 "recent rendering: 'President Juscelino Kubitschek International Airport', 'a pilot and one of the sons', 'with 35 "
 "employees', where the older copies in the answers (wn.com, ebook.worldlibrary.net, alchetron.com) have 'Brasilia "
 "International Airport' and 'he created Sadia S/A'; no citation markers). Cut: the title line '= TransBrasil "
 "(airline) ='; the infobox lines ('Infobox', '- Airline: TransBrasil', '- Iata: QD (as Sadia), TR (as "
 "Transbrasil)', '- Icao: TBA', '- Callsign: TRANSBRASIL', '- Hubs: S\u00e3o Paulo, Brazil', '- Frequent Flyer: "
 "TransPass', '- Subsidiaries: Aerobrasil, Interbrasil STAR', '- Headquarters: Bras\u00edlia, Brazil', '- Key People: "
 "Omar Fontana'), so the subsidiaries Aerobrasil and Interbrasil STAR are not in the text; the headings "
 "'==History==' and '===First years as Sadia (1955\u20131972)===' (so the heading's naming of the airline's first "
 "years 'as Sadia' is not in the text); cut after 'The first regular flight was operated on March 16, 1956.', before "
 "the paragraph the excerpt breaks off in ('Sadia enlarged Conc\u00f3rdia Airport so that a Douglas DC-3 could operate "
 "with full load and created the first route linking Conc\u00f3rdia with Videira, Florian\u00f3polis, and S\u00e3o "
 "Paulo', no closing stop; `truncated`; a cut at a paragraph end), so the renaming of 1972 and the later years are not "
 "in the text. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'TransBrasil' (the "
 "first mention) beside 'Transbrasil' (the others), 'ceased operations on 3 December 2001' beside 'until its demise in "
 "2002', 'a colorful livery, remarkably with a rainbow on the tail fin', 'as a sister company of S/A Ind\u00fastria e "
 "Com\u00e9rcio Conc\u00f3rdia, better known by its acronym Sadia', 'one of the sons of the founder of Sadia Attilio "
 "Fontana' (no comma before the name), 'S\u00e3o Paulo\u2013Congonhas Airport' (an en dash), 'having Omar as one of "
 "its crew members', 'subventions', 'on January 5, 1955 Omar Fontana founded Sadia S/A \u2013 Transportes A\u00e9reos' "
 "(an en dash with spaces), '3 Douglas DC-3s and 2 Curtiss C-46s'. 237 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (a recent rendering, as batches 60a-65i recorded their '= Title =' renderings; doubtful: no "
 "revision id). Found at rank 6 of the query 'Transbrasil airline history founded Omar Fontana Sadia Transportes "
 "A\u00e9reos Wikipedia'; wn.com (rank 1; an older revision's copy), wikisum.wiki (rank 2; sentences out of order), "
 "ebook.worldlibrary.net (rank 3; an older revision as 'World Heritage Encyclopedia'), panrotas.com.br, "
 "topatudo.blogspot.com, franciscoavioes.blogspot.com (ranks 4, 5, 7; Portuguese news and blogs) and alchetron.com "
 "(rank 8; an older revision with page chrome) not used. Transbrasil, Fontana, Ind\u00fastria e Com\u00e9rcio, "
 "Conc\u00f3rdia, Joa\u00e7aba, Kubitschek, Curtiss: " + CHECKED + " ('Transbrasil' only in GATHERING.md's lists; "
 "'Sadia' only in batch 36h's text on Herman Chinery-Hesse, another sense; 'Congonhas' in batch 37o's GOL text, "
 "'Varig' and 'VASP' in other airline texts, other matters).", "non-US"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[ citation needed ]'),
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

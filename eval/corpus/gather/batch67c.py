#!/usr/bin/env python3
"""Batch 67c (session 61; gatherer lane 67c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 66i and 66m, turned to
European companies (the lane of 67c: English Wikipedia histories of European companies, founders and executives with
posts, parents, acquisitions, mergers; from the leads of 66c, 66i and 66m and from names with no corpus hit), new to
the corpus: Hambros Bank, the London bank founded by the Danish merchant Carl Joachim Hambro in 1839 as C. J. Hambro &
Son, renamed after its merger of 1921 with the British Bank of Northern Commerce (owned by Enskilda Banken and
Scandinavian savings banks), whose Sir Charles Hambro was head of the Special Operations Executive in the Second World
War, sold in 1998 and surviving in the name of Societe Generale's private banking division (banking, UK); Douwe
Egberts, the Dutch coffee brand and company of Joure begun as Egbert Douwes's grocery shop 'De Witte Os', which took
over Kanis & Gunnink and Horniman's Tea, was taken over by Consolidated Foods Corporation (later the Sara Lee
Corporation) in 1978, bought Van Nelle in 1989, sold its tobacco interests and the White Ox brand to Imperial Tobacco
in 1998, made the Senseo coffee maker with Philips and is owned by JDE Peet's (coffee and tobacco, Netherlands); and
Cloetta, the Swedish confectioner founded in 1862 by the brothers Christoph, Nutin and Bernard Cloetta as Brodrene
Cloettas steam chocolate factory, split out of Cloetta Fazer (owned by Malfors Promotor and Karl Fazer) in 2008,
merged with Leaf in 2011 and buyer of Candyking (confectionery, Sweden).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): wikipedia.org's 'From Wikipedia, the free encyclopedia' rendering of 'Hambros Bank',
en.wikipedia.org's own '= Title =' rendering of 'Douwe Egberts' (no revision id) and en.m.wikipedia.org's rendering of
'Cloetta' (of 2023 by its infobox); each cut at a sentence end before the point where the excerpt breaks off (all
`truncated`). Edits per item in `notes` (title lines, the 'From Wikipedia' line, infobox lines, headings and citation
markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather68c/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared
as one space, as batches 57g-66m did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not
run on any text. A round of three: eleven queries, eleven companies asked for, three taken (round notes,
/work/notes/gather68/67c.md; queries, /tmp/gather68c/src/queries.txt).
usage: batch67c.py [POOL_DIR] [--dry]   (default /tmp/gather68c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68c/pool"
SRC = "/tmp/gather68c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-61 pools "
           "(/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[a]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|[a-z]|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- banking, UK: Hambros Bank (wikipedia.org's 'From Wikipedia' rendering) ----------------------------------------
HB = [
 "Hambros Bank was a British bank based in London. The Hambros bank was a specialist in Anglo-Scandinavian business "
 "with expertise in trade finance and investment banking, and was the sole banker to the Scandinavian kingdoms for "
 "many years. The bank was sold in 1998, and today survives only in the name of the private banking division of the "
 "French group Soci\u00e9t\u00e9 G\u00e9n\u00e9rale.",
 "Hambros was founded by the Danish merchant and banker Carl Joachim Hambro in London in 1839 as C. J. Hambro & Son. "
 "During the 1850s he was responsible for arranging various British Government loan stock issues enabling the bank "
 "to prosper.[1]",
 "After merging with the British Bank of Northern Commerce (owned by Enskilda Banken and a number of Scandinavian "
 "savings banks) in 1921 the name was changed to Hambros Bank, and the firm expanded. As a result, in 1926 a bigger "
 "head office was constructed at 41 Bishopsgate, where the bank remained until 1988. The 1930 depression affected the "
 "bank's international business and it concentrated on domestic lending and Scandinavia. During World War II, Sir "
 "Charles Hambro raised finance for the Norwegian exiled government and was also the head of the Special Operations "
 "Executive.[2]",
 "After the Second World War, Hambros became also known as the 'diamond bank' with its thriving activity in financing "
 "the diamond industry and its trade.[3] Hambros was one of the top three banks in the Euromarket by the mid-1960s. In "
 "1967 the private banking and trust operations were expanded offshore and new offices were opened in Jersey and "
 "Guernsey to take advantage of the offshore tax benefits."]
KEPT["wp-hambros-bank"] = ("hambros-wikipedia.txt", HB)
R.append(wp("wp-hambros-bank", "Hambros Bank", "http://wikipedia.org/wiki/Hambros_Bank",
 "\n\n".join(MARK.sub("", p) for p in HB),
 "finance/banking", ["history", "founding", "merger", "sale", "people"],
 "The article as the page store holds it at wikipedia.org (the address without 'en.'; the rendering with the line "
 "'From Wikipedia, the free encyclopedia' and '[edit]' run onto its headings; no revision id held; undated: its "
 "infobox reads 'Company typePublic' and 'Defunct2016', a wording later than the-uncensored-wiki.com's copy at rank 2 "
 "of its query, and its lead no longer names 'SG Hambros Bank Ltd'; recorded 4.0 as batches 63c and 66m recorded "
 "their undated renderings). Cut: the title line 'Hambros Bank' and the line 'From Wikipedia, the free encyclopedia'; "
 "the infobox lines ('Hambros Bank', 'Company typePublic' to 'Chips Keswick (Chairman)', with 'Successor"
 "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale', 'FateAcquired', 'Founded1839', 'Defunct2016' and 'Key people', so Chips "
 "Keswick and the infobox's 'Acquired' are not in the text; cut as batches 57p-66m cut their infoboxes); the headings "
 "'History[edit]', 'Early history[edit]', 'Pre-war and Second World War[edit]' and 'Post-war development[edit]'; the "
 "citation markers '[1]' to '[3]' (no space before them); cut after '... to take advantage of the offshore tax "
 "benefits.', before the paragraph the excerpt breaks off in ('The 1970s marked Hambros' expansion into new areas of "
 "financial ser', no full stop; `truncated`; a cut at a paragraph end). Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'Hambros Bank was a British bank based in London.', 'The Hambros bank was a "
 "specialist in Anglo-Scandinavian business' ('bank' in lower case), 'The bank was sold in 1998, and today survives "
 "only in the name of the private banking division of the French group Soci\u00e9t\u00e9 G\u00e9n\u00e9rale.' (no "
 "buyer named in the sentence), 'Hambros was founded by the Danish merchant and banker Carl Joachim Hambro in London "
 "in 1839 as C. J. Hambro & Son.', 'various British Government loan stock issues', 'After merging with the British "
 "Bank of Northern Commerce (owned by Enskilda Banken and a number of Scandinavian savings banks) in 1921 the name was "
 "changed to Hambros Bank, and the firm expanded.' (no comma after '1921'), 'a bigger head office was constructed at "
 "41 Bishopsgate, where the bank remained until 1988', 'The 1930 depression', 'Sir Charles Hambro raised finance for "
 "the Norwegian exiled government and was also the head of the Special Operations Executive.', \"Hambros became also "
 "known as the 'diamond bank'\" (straight single quotes; 'became also' as written), 'by the mid-1960s'. 263 words. No "
 "outage and no near-miss of one told ('The 1930 depression affected the bank's international business': an economic "
 "downturn, no service lost by users). Recorded CC BY-SA 4.0 (doubtful: undated, no revision id). Found at rank 4 of "
 "the query 'Hambros Bank British merchant bank founded Carl Joachim Hambro acquired Soci\u00e9t\u00e9 G\u00e9n\u00e9rale "
 "1998 Wikipedia' (66m's lead); melakarnets.com (rank 1, a web proxy of infogalactic.com), the-uncensored-wiki.com "
 "(rank 2, an old copy), de.zxc.wiki (rank 3, a translation of German Wikipedia), grokipedia.com (rank 5, generated "
 "text), independent.co.uk (rank 6, news) and two German Wikipedia copies (ranks 7 and 8) not used. Hambro, Hambros, "
 "Northern Commerce, Special Operations Executive, Bishopsgate: " + CHECKED + ", GATHERING.md aside, where Hambros "
 "stood only in batches 66i's and 66m's lead lists; 'Enskilda' only in train wp-jacob-wallenberg-1892 and batch 30a (the "
 "Wallenberg banker's life, another matter); Soci\u00e9t\u00e9 G\u00e9n\u00e9rale a party of other texts (other "
 "matters).",
 "non-US", copy_of="the Wikipedia article, as wikipedia.org rendered it"))

# ---- coffee and tobacco, Netherlands: Douwe Egberts (en.wikipedia.org's '= Title =' rendering) ----------------------
DE = [
 "Douwe Egberts is a Dutch brand specialising in coffee and related products. It is owned by JDE Peet's, a Dutch "
 "global coffee and tea company. The brand is marketed to retail consumers in Australia, Belgium, Hungary, "
 "Netherlands, New Zealand, South Africa and the United Kingdom.",
 "Douwe Egberts' origins are in Joure, Netherlands where Egbert Douwes established a grocery shop called \"De Witte "
 "Os\" (\"The White Ox\") in 1752. The company later started dealing specifically in coffee, tea, and tobacco. The "
 "company transferred to his eldest son Douwe Egberts in 1780, from whom it adopted its current name.",
 "In 1925, it introduced its logo, a red seal with a \"D.E.\" initialism. Douwe Egbert's former tobacco brand White Ox "
 "was named for the original De Witte Os grocery store in Joure (Douwe Egberts later sold White Ox to Imperial Tobacco "
 "in 1998).",
 "In 1948, the company began to sell its products in Belgium, followed by France, Spain and Denmark. It founded a new "
 "holding company, Douwe Egberts Koninklijke in 1968, and a year later took over the Dutch coffee manufacturer Kanis & "
 "Gunnink. The company expanded through Europe, acquiring other tea, coffee and tobacco companies, such as the UK tea "
 "distributor Horniman's Tea.",
 "In 1978 Douwe Egberts was taken over by Consolidated Foods Corporation, later the Sara Lee Corporation. In 1989, "
 "Douwe Egberts purchased Van Nelle, its main Dutch competitor in coffee, tea and tobacco. It sold its tobacco "
 "interests, including Van Nelle and Drum rolling tobacco, to Imperial Tobacco in 1998.",
 "In 2001, the company collaborated with Philips to produce the Senseo coffee maker."]
KEPT["wp-douwe-egberts"] = ("douweegberts-enwiki.txt", DE)
R.append(wp("wp-douwe-egberts", "Douwe Egberts", "https://en.wikipedia.org/wiki/Douwe_Egberts",
 "\n\n".join(MARK.sub("", p) for p in DE),
 "food/coffee and tobacco", ["history", "founding", "acquisition", "ownership", "products", "partnership"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "undated, a recent rendering: its lead names JDE Peet's as owner, a company formed in 2019-2020; recorded 4.0 as "
 "batches 58p-62a, 62j, 63b, 63f, 64n, 65c, 66c and 66m recorded their en.wikipedia.org renderings). Cut: the title "
 "line '= Douwe Egberts ='; the infobox lines between the title and the lead ('Douwe Egberts', '- Type: Coffee' to "
 "'- Logo: Douwe_Egberts_Logo.png', with '- Currentowner: JDE Peet's', '- Introduced: 1753' and '- Previousowners: Sara "
 "Lee Corporation (1978-2012)', so 1753 and 2012 are not in the text; JDE Peet's and Sara Lee Corporation are in the "
 "running text too; cut as batches 57p-66m cut their infoboxes); the headings '==History==', '=== Beginnings and "
 "expansion (1753\u20131978) ===' and '=== Sara Lee Corporation (1978\u20132012) ==='; cut after 'In 2001, the company "
 "collaborated with Philips to produce the Senseo coffee maker.', before the word the excerpt breaks off in ('The "
 "follo', no full stop; `truncated`; a cut at a sentence end). The rendering has no citation markers in this excerpt. "
 "Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. Kept as written: 'Douwe "
 "Egberts is a Dutch brand specialising in coffee and related products.', \"It is owned by JDE Peet's, a Dutch global "
 "coffee and tea company.\", 'Australia, Belgium, Hungary, Netherlands, New Zealand, South Africa and the United "
 "Kingdom' ('Netherlands' without 'the'), \"Douwe Egberts' origins are in Joure, Netherlands where Egbert Douwes "
 "established a grocery shop called 'De Witte Os' ('The White Ox') in 1752.\" (double quotes round both names in the "
 "text; no comma after "
 "'Netherlands'; 1752, where the infobox and a heading give 1753), 'The company transferred to his eldest son Douwe "
 "Egberts in 1780, from whom it adopted its current name.', 'a red seal with a \"D.E.\" initialism', \"Douwe Egbert's "
 "former tobacco brand White Ox\" ('Egbert's' as written), 'It founded a new holding company, Douwe Egberts Koninklijke "
 "in 1968, and a year later took over the Dutch coffee manufacturer Kanis & Gunnink.' (no comma after 'Koninklijke'), "
 "\"the UK tea distributor Horniman's Tea\", 'In 1978 Douwe Egberts was taken over by Consolidated Foods Corporation, "
 "later the Sara Lee Corporation.', 'Douwe Egberts purchased Van Nelle, its main Dutch competitor in coffee, tea and "
 "tobacco.', 'It sold its tobacco interests, including Van Nelle and Drum rolling tobacco, to Imperial Tobacco in "
 "1998.', 'the Senseo coffee maker'. 263 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(en.wikipedia.org's current rendering; doubtful: no revision id). Found at rank 2 of the query 'Douwe Egberts company "
 "history founded 1753 Joure Sara Lee acquired 1978 Wikipedia'; heritagecenterde.nl and heritagecenter.info (ranks 1, "
 "3, 4, 6, 7 and 8, the company museum's own pages in five languages, no open licence) and friendlywiki.com (rank 5, "
 "raw wikitext) not used. Douwe, Egbert Douwes, Witte Os, White Ox, Joure, Van Nelle, Horniman, Senseo, Peet's, "
 "Consolidated Foods: " + CHECKED + "; Sara Lee only in dev wp-grupo-bimbo and batch 23b (Bimbo's purchase of Sara "
 "Lee's bakeries, another matter); Imperial Tobacco and Philips parties of other texts (other matters); 'Kanis' and "
 "'JDE' match only inside other words or codes (hansard 'Kanis' a surname, 'JDE' an SEC text's code).",
 "non-US"))

# ---- confectionery, Sweden: Cloetta (en.m.wikipedia.org's rendering, 2023) ------------------------------------------
CL = [
 "Cloetta is a Swedish confectionery and nuts company. The company manufactures and sells local confectionery brands "
 "on its main markets Sweden, Finland, Norway, Denmark, Netherlands, Germany and the UK.[5][2][3]",
 "The company has 8 factories in five countries, and the head office is in Solna.",
 "In 1862, Christoph Clo\u00ebtta (1836\u20131897) and his two brothers Nutin Clo\u00ebtta and Bernard Clo\u00ebtta "
 "founded Danish chocolate manufacturer Br\u00f8drene Clo\u00ebttas steam chocolate factory. In 1873, Nutin "
 "Clo\u00ebtta established a Swedish subsidiary in Malm\u00f6, Sweden and one subsidiary in 1896, in Oslo, "
 "Norway.[6][7]",
 "After several years of legal disputes between Cloetta Fazer's two major owners, the Svenfelt-Trotzig family company "
 "Malfors Promotor and the Finnish family-owned Karl Fazer, it was announced in June 2008 that Cloetta Fazer would be "
 "split up. Cloetta became an independent company again in late 2008 and was listed on the Stockholm Stock Exchange "
 "on 8 December 2008. In December 2011, it was announced that Cloetta and Leaf would merge into one company.[8]",
 "Cloetta has seven factories in five countries. The two largest factories are in Levice, Slovakia, and Ljungsbro, "
 "Sweden.[9] The company is listed on the Stockholm stock exchange. In 2016, Cloetta finalized a deal to acquire pick & "
 "mix supplier Candyking, which operates in the United Kingdom and the Nordic countries.[10] In 2017, Cloetta bought "
 "the bulk candy company Candyking.[11]"]
KEPT["wp-cloetta"] = ("cloetta-enm.txt", CL)
R.append(wp("wp-cloetta", "Cloetta", "https://en.m.wikipedia.org/wiki/Cloetta",
 "\n\n".join(MARK.sub("", p) for p in CL),
 "food/confectionery", ["history", "founding", "ownership", "merger", "acquisition", "listing"],
 "The article as en.m.wikipedia.org's rendering holds it in the page store (undated, no revision id; its infobox's "
 "'Founded1862; 161 years ago (1862)' and '2,600 (January 2022)' date it to 2023; recorded 4.0 as batch 66n's "
 "Twinings of about 2023; doubtful: either side of Wikimedia's June 2023 move, 3.0's terms met the same way). Cut: the "
 "infobox lines set between the first and second paragraphs ('Cloetta AB', 'TypePublic Aktiebolag' to '2,600 (January "
 "2022)', with 'Founded1862; 161 years ago (1862) in Copenhagen, Denmark', 'FounderBernard, Christopher and Nutin "
 "Clo\u00ebtta' and 'Key people', 'Henri de Sauvage-Nolting (President and CEO), Mikael Norman (Chairman)', so Henri "
 "de Sauvage-Nolting, Mikael Norman, Cloetta AB and Copenhagen are not in the text; cut as batches 57p-66m cut their "
 "infoboxes); the citation markers '[1]' to '[11]' (no space before them; '[5][2][3]' and '[6][7]' together); cut "
 "after 'In 2017, Cloetta bought the bulk candy company Candyking.', before the sentence the excerpt breaks off in "
 "('Some of the brands owned by Cloetta are L\u00e4kerol, Cloett', no full stop; `truncated`; a cut at a paragraph "
 "end), so no brand of the company is named. The rendering has no title line and no 'History' heading in this excerpt "
 "(two line breaks where the heading stands). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Cloetta is a Swedish confectionery and nuts company.', 'on its main markets Sweden, Finland, Norway, "
 "Denmark, Netherlands, Germany and the UK', 'The company has 8 factories in five countries, and the head office is "
 "in Solna.' and 'Cloetta has seven factories in five countries.' (8 and seven, both as written), 'In 1862, Christoph "
 "Clo\u00ebtta (1836\u20131897) and his two brothers Nutin Clo\u00ebtta and Bernard Clo\u00ebtta founded Danish "
 "chocolate manufacturer Br\u00f8drene Clo\u00ebttas steam chocolate factory.' (diaeresis and \u00f8 as written), 'In "
 "1873, Nutin Clo\u00ebtta established a Swedish subsidiary in Malm\u00f6, Sweden and one subsidiary in 1896, in Oslo, "
 "Norway.', \"Cloetta Fazer's two major owners, the Svenfelt-Trotzig family company Malfors Promotor and the Finnish "
 "family-owned Karl Fazer\", 'Cloetta became an independent company again in late 2008', 'the Stockholm Stock "
 "Exchange' and 'the Stockholm stock exchange' (both as written), 'In December 2011, it was announced that Cloetta and "
 "Leaf would merge into one company.', 'In 2016, Cloetta finalized a deal to acquire pick & mix supplier Candyking' "
 "and 'In 2017, Cloetta bought the bulk candy company Candyking.' (two years for one purchase, as written). 218 words. "
 "No outage and no near-miss of one told. Found at rank 8 of the query 'Cloetta Swedish confectionery company history "
 "founded Copenhagen 1862 Cloetta brothers merged Fazer Leaf Wikipedia'; wikimili.com (rank 2, the same wording, "
 "breaking off earlier), en.wikipedia-on-ipfs.org (rank 7, an older revision without the Cloetta Fazer paragraph), "
 "theobroma-cacao.de (rank 1, German), cloetta.com and cloetta.us (ranks 3 and 4, the company's own pages), a "
 "consultancy blog and just-food.com (ranks 5 and 6, news) not used. Cloetta, Clo\u00ebtta, Candyking, Malfors, Leaf "
 "International, Ljungsbro: " + CHECKED + "; 'Fazer' only in GATHERING.md's lead lists (66c, 66i); 'Levice' only "
 "inside other words ('Televicentro' and the like) in train wp-televisa and batch 26c.",
 "non-US", copy_of="the Wikipedia article, as en.m.wikipedia.org rendered it"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[a]', '[edit]', '[ citation needed ]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|[a-z]|edit|citation needed)\s*\]", "", s).split())


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

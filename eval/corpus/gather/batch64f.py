#!/usr/bin/env python3
"""Batch 64f (session 58; gatherer lane 64f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k and 63f, turned to companies of continental Europe (the lane of 64f:
continental Europe, Latin America and Asia; not the US, the British Isles or the Commonwealth), new to the corpus:
Borgward, the Bremen carmaker founded by Carl F. W. Borgward, with its brands Borgward, Hansa, Goliath and Lloyd, its
origins in Hansa Automobilgesellschaft and NAMAG (merged in 1914 into Hansa-Lloyd-Werke A.G.), the Blitzkarren of 1924
and the revived brand's Borgward Group AG (carmakers, Germany); DAF Trucks of Eindhoven, a division of Paccar, founded
in 1928 by Hub van Doorne with A. H. Huenges as Commanditaire Vennootschap Hub van Doorne's Machinefabriek, renamed
Van Doorne's Aanhangwagen Fabriek in 1932 and Van Doorne's Automobiel Fabriek in 1949, with Leyland Trucks building
some DAF models (trucks, the Netherlands); Innocenti, the Milan machinery works established in 1920 by Ferdinando
Innocenti, maker of Lambretta scooters, licensee of the BMC Mini, taken over by BLMC (British Leyland) in 1972 with
Geoffrey Robinson installed as managing director, later taken over by Fiat (carmakers, Italy); and Italia Marittima
S.p.A. of Trieste, founded as Osterreichischer Lloyd (Austrian Lloyd) in 1836, Lloyd Triestino from 1919, in
partnership with Evergreen Marine since 1993 and with Hatsu Marine Ltd., renamed on March 1, 2006 (shipping lines,
Italy and Taiwan).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see), all from copies of the article on other sites: en.wikipedia-on-ipfs.org's 'Borgward' (the IPFS
mirror's older snapshot), graphsearch.epfl.ch's 'DAF Trucks' (EPFL Graph Search's concept page quoting the article's
opening, one paragraph), howlingpixel.com's 'Innocenti' and the-uncensored-wiki.com's 'Italia Marittima' (an old
static copy, 'From Wikipedia, the free encyclopedia'); three cut at a sentence end before the point where the excerpt
breaks off (`truncated`), Italia Marittima kept whole up to its 'See also' heading (not truncated). Edits per item in
`notes` (title lines, site lines, infobox lines, image captions, '[edit]' headings, sub-headings and citation markers
cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather65f/src),
the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as
batches 57g-63f did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text.
A round of four: six queries, six companies asked for, four taken (round notes, /work/notes/gather65/64f.md; queries,
/tmp/gather65f/src/queries.txt).
usage: batch64f.py [POOL_DIR] [--dry]   (default /tmp/gather65f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65f/pool"
SRC = "/tmp/gather65f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-58 pools "
           "(/tmp/gather65*/pool) and in /work/notes/gather65/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only), GATHERING.md aside, where the name stood only in batch 63f's lists of leads")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- carmakers, Germany: Borgward (en.wikipedia-on-ipfs.org's copy) ----------------------------------------------
BORGWARD = [
 "The former Borgward car manufacturing company, based in Bremen, Germany, was founded by Carl F. W. Borgward "
 "(1890\u20131963). It produced cars of four brands, which were sold to a diversified international customer base: "
 "Borgward, Hansa, Goliath and Lloyd. Borgward's Isabella was one of the most popular German premium models in the "
 "1950s, while Lloyd's Alexander / Lloyd 600 model offered affordable mobility to many working-class motorists. The "
 "group ceased operations in 1961, following controversial insolvency proceedings.",
 "The brand was revived in the 21st century, with the Stuttgart-based Borgward Group AG designing and marketing cars "
 "manufactured in China.",
 "The origins of the company go back to 1905 with the establishment in Varel (near Bremen) of Hansa "
 "Automobilgesellschaft and the foundation in Bremen itself of NAMAG, maker of the Lloyd car. These two businesses "
 "merged in 1914 to form the \"Hansa-Lloyd-Werke A.G.\". After the war, in the troubled economic situation then "
 "confronting Germany, the business failed to prosper and by the late 1920s faced bankruptcy. For Carl Borgward, "
 "already the successful creator of the Goliath-Blitzkarren business, the misfortunes of Hansa-Lloyd presented an "
 "opportunity to greatly expand the scope of his auto business, and he took control of it.[1]",
 "The first \"automobile\" Carl Borgward designed was the 1924 Blitzkarren (lightning cart), a tiny three-wheeled van "
 "with 2 hp (1.5 kW), which was an enormous success in the market gap it filled. Traders with a small budget bought it "
 "for delivery. The Reichspost ordered many of them for postal service."]
KEPT["wp-borgward"] = ("borgward-ipfs.txt", BORGWARD)
R.append(wp("wp-borgward", "Borgward", "https://en.wikipedia-on-ipfs.org/wiki/Borgward",
 "\n\n".join(MARK.sub("", p) for p in BORGWARD),
 "manufacturing/automobiles", ["history", "founding", "brands", "merger"],
 "The article as en.wikipedia-on-ipfs.org (the IPFS mirror of English Wikipedia, an older snapshot) holds it (no date "
 "or revision id held; recorded 3.0 as earlier batches recorded their IPFS copies, train wp-digicel among them). Cut: the title line 'Borgward'; the "
 "infobox lines between the lead and the second paragraph ('Borgward', 'TypePrivate', 'IndustryAutomotive', "
 "'HeadquartersBremen, Germany', 'Key people', 'Carl F. W. Borgward', 'ProductsAutomobiles') and the image captions "
 "that follow them ('Borgward Hansa 1500 Sportcoup\u00e9 (1954)', 'Borgward Isabella Coup\u00e9 (2+2)', 'Borgward "
 "Isabella built in 1959', 'Isabella TS Deluxe', 'Borgward P100 with air spring'; cut as batches 57p-63f cut their "
 "infoboxes); the headings 'Origins of the component companies', 'Carl Borgward's first \"car\", the Blitzkarren' and "
 "'Hansa-Lloyd'; the citation marker '[1]'; cut after 'The Reichspost ordered many of them for postal service.', "
 "before the sentence the excerpt breaks off in ('In 1929, Borgward b', no full stop; `truncated`; a cut at a "
 "paragraph end), so the purchase of 1929 the next section tells is not in the text. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'The former Borgward car manufacturing company, based in Bremen, "
 "Germany, was founded by Carl F. W. Borgward (1890\u20131963).' (an en dash in the life years), 'Borgward's Isabella "
 "was one of the most popular German premium models in the 1950s, while Lloyd's Alexander / Lloyd 600 model offered "
 "affordable mobility ...' (the slash with spaces), 'The group ceased operations in 1961, following controversial "
 "insolvency proceedings.', 'with the Stuttgart-based Borgward Group AG designing and marketing cars manufactured in "
 "China', 'These two businesses merged in 1914 to form the \"Hansa-Lloyd-Werke A.G.\".' (the full stop after the "
 "closing quote), 'After the war, in the troubled economic situation then confronting Germany, ...' ('the war' "
 "unnamed), 'For Carl Borgward, already the successful creator of the Goliath-Blitzkarren business, the misfortunes "
 "of Hansa-Lloyd presented an opportunity ..., and he took control of it.', 'The first \"automobile\" Carl Borgward "
 "designed was the 1924 Blitzkarren (lightning cart), a tiny three-wheeled van with 2 hp (1.5 kW), ...'. 246 words. "
 "No outage and no near-miss of one told (insolvency proceedings and a business facing bankruptcy: no service lost by "
 "users). Recorded CC BY-SA 3.0 (the IPFS snapshot predates Wikimedia's June 2023 move to 4.0; doubtful: no revision "
 "date). Found at rank 4 of the query 'Borgward German carmaker Bremen Carl F. W. Borgward Hansa Lloyd Goliath "
 "history Wikipedia'; nufabi.de (rank 1, German), de.zxc.wiki (rank 2, a machine translation of German Wikipedia), "
 "wikidata.de-de.nina.az (rank 3, German with its words run together), en.wikipedia.org's 'Carl F. W. Borgward' (rank "
 "5, the founder's biography: the same matter, one text per matter), grandpasoldcars.com and hugegarage.com (ranks 6-7, "
 "enthusiasts' pages, no licence) not used. Borgward, Hansa-Lloyd, NAMAG, Hansa Automobilgesellschaft, Reichspost, "
 "Blitzkarren: " + CHECKED + " ('Goliath' only in other matters: a radio station's text and batch 52t).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older snapshot on the IPFS mirror"))

# ---- trucks, the Netherlands: DAF Trucks (graphsearch.epfl.ch's copy of the article's opening) --------------------
DAF = [
 "DAF Trucks is a Dutch truck manufacturing company and a division of Paccar. DAF originally stood for van Doorne's "
 "Aanhangwagen Fabriek. Its headquarters and main plant are in Eindhoven. Cabs and axle assemblies are produced at its "
 "Westerlo plant in Belgium. Some of the truck models sold with the DAF brand are designed and built by Leyland Trucks "
 "at its Leyland plant in the United Kingdom. In 1928, Hubert \"Hub\" van Doorne founded the company as Commanditaire "
 "Vennootschap Hub van Doorne's Machinefabriek. His co-founder and investor was A. H. Huenges, managing director of a "
 "brewery. Van Doorne had repaired Huenges' car several times, and Huenges, pleased with his work, offered to finance "
 "him in business. Hub started to work in a small workshop on the grounds of the brewery. In 1932, the company, by "
 "then run by Hub and his brother, Wim van Doorne, changed its name to Van Doorne's Aanhangwagen Fabriek (Van Doorne's "
 "Trailer Factory), abbreviated to DAF. Huenges left the company in 1936 and the DAF company was then completely in "
 "the hands of the van Doorne brothers. DAF developed the Trado conversions to convert 4\u00d72 Ford trucks to an "
 "off-road 6\u00d74 drive. One of DAF's few armoured vehicles, the M39 Pantserwagen, used developments of this Trado "
 "drivetrain. M39 production came too late for World War II \u2013 in the invasion of the Netherlands (1940) only three "
 "saw combat. After World War II luxury cars and trucks were very scarce. This meant a big opportunity for DAF. In "
 "1949, the company started making trucks, trailers and buses, changing its name to Van Doorne's Automobiel Fabriek "
 "(Van Doorne's Automobile Factory). The first lorry model was the DAF A30. Through the 1950s, DAF was a major "
 "supplier to the re-equipping of the Dutch Army's softskin vehicles, with models such as the DAF YA-126 and DAF "
 "YA-328 'Dikke Daf'. These used the all-wheel drive H-drive developed from the Trado conversions."]
KEPT["wp-daf-trucks"] = ("daf-graphsearch.txt", DAF)
R.append(wp("wp-daf-trucks", "DAF Trucks", "https://graphsearch.epfl.ch/en/concept/69759",
 "\n\n".join(MARK.sub("", p) for p in DAF),
 "manufacturing/trucks", ["history", "founding", "ownership", "products"],
 "The article's opening as EPFL Graph Search (graphsearch.epfl.ch, a concept page quoting the article) holds it, one "
 "paragraph as the page holds it (no date or revision id held; recorded 3.0 as dev wp-swissair and the other "
 "graphsearch.epfl.ch copies were). Cut: the site's lines 'Concept' and the title 'DAF Trucks'; cut after 'These used "
 "the all-wheel drive H-drive developed from the Trado conversions.', before the sentence the excerpt breaks off in "
 "('In late 1954, Hub van Doorne had the idea to use belt driven co', no full stop; `truncated`; a cut at a sentence "
 "end), so the cars, the Variomatic, Volvo and the later owners are not in the text. The copy has no citation markers "
 "and no infobox lines. No word added or changed. Kept as written: 'DAF originally stood for van Doorne's "
 "Aanhangwagen Fabriek.' (a small 'v' here, a capital 'V' later), 'In 1928, Hubert \"Hub\" van Doorne founded the "
 "company as Commanditaire Vennootschap Hub van Doorne's Machinefabriek.', 'His co-founder and investor was A. H. "
 "Huenges, managing director of a brewery.' (the brewery unnamed), 'In 1932, the company, by then run by Hub and his "
 "brother, Wim van Doorne, changed its name to Van Doorne's Aanhangwagen Fabriek (Van Doorne's Trailer Factory), "
 "abbreviated to DAF.', 'DAF developed the Trado conversions to convert 4\u00d72 Ford trucks to an off-road 6\u00d74 "
 "drive.' (multiplication signs), 'M39 production came too late for World War II \u2013 in the invasion of the "
 "Netherlands (1940) only three saw combat.' (an en dash), 'the DAF YA-126 and DAF YA-328 'Dikke Daf''. 319 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (doubtful: no revision date; the excerpt names no "
 "licence, the text is the article's). Found at rank 1 of the query 'DAF Trucks Eindhoven Hub van Doorne founded "
 "1928 PACCAR acquired Wikipedia'; a rank-3 excerpt in the article's wikitext with no address (no attribution "
 "possible), daf.com.au (the maker's own pages), offroadtaxi.net, en.chinagate.cn (Xinhua news), cars-a-z.net (the "
 "article's words beside German Wikipedia's, no licence) and zyfc.asia (news) not used. DAF Trucks, van Doorne, "
 "Huenges, Eindhoven, Westerlo, Leyland Trucks: " + CHECKED + " (Paccar is named in one train text of another "
 "matter, an FTC release).",
 "non-US", v3=True, copy_of="the Wikipedia article's opening, on EPFL Graph Search"))

# ---- carmakers, Italy: Innocenti (howlingpixel.com's copy) --------------------------------------------------------
INNOCENTI = [
 "Innocenti was an Italian machinery works originally established by Ferdinando Innocenti in 1920. Over the years they "
 "produced Lambretta scooters as well as a range of automobiles, mainly of British Leyland origins. The brand was "
 "retired in 1996, six years after a takeover by Fiat.",
 "After World War II, the company was famous for many years for Lambretta scooters models such as LI125, LI150, TV175, "
 "TV200, SX125, SX150, SX200, GP125, GP150 and GP200.",
 "From 1961 to 1976 Innocenti built under licence the BMC (later the British Leyland Motor Corporation / BLMC) Mini, "
 "with 848, 998 cc and 1,275 cc engines, followed by other models, including, from 1973, the Regent (Allegro), with "
 "engines up to 1,485 cc. The company of this era is commonly called Leyland Innocenti. The Innocenti Spyder "
 "(1961\u201370) was a rebodied version of the Austin-Healey MKII Sprite (styling by Ghia). The car was produced by "
 "OSI, near Milan. In 1972 BLMC took over control of the company.",
 "In 1972 the company's land, buildings and equipment were purchased by British Leyland in a deal involving "
 "approximately \u00a33 million.[1] The British company had high hopes for its newly acquired subsidiary at a time when, "
 "they reported to the UK press, Italian Innocenti sales were second only to those of Fiat, and ahead of Volkswagen "
 "and Renault:[1] there was talk of further increasing annual production from 56,452 in 1971 to 100,000. However, the "
 "peak production under BLMC was 62,834 in 1972, in spite of exports increasing from one car in 1971 to more than "
 "17,000 in 1974.[2] Demonstrating their ambitions, the British company installed as managing director one of their "
 "youngest UK based senior executives, the 32-year-old former financial controller Geoffrey Robinson.[1]"]
KEPT["wp-innocenti"] = ("innocenti-howlingpixel.txt", INNOCENTI)
R.append(wp("wp-innocenti", "Innocenti", "https://howlingpixel.com/i-en/Innocenti",
 "\n\n".join(MARK.sub("", p) for p in INNOCENTI),
 "manufacturing/automobiles and scooters", ["history", "founding", "ownership", "acquisition", "licensing"],
 "The article as howlingpixel.com (a site rendering Wikipedia pages) holds it (no date or revision id held; recorded "
 "3.0 as batches 27a, 29d and 34d recorded their howlingpixel.com copies). Cut: the infobox lines between the lead and the "
 "second paragraph ('FateScooter sector (independent company) in 1971, car production 1993, using marque 1996', "
 "'HeadquartersMilan, Italy', 'Key people', 'Ferdinando Innocenti, founder', 'ParentDe Tomaso, then Fiat (FCA "
 "Italy)'), so De Tomaso and FCA Italy are not in the text; the citation markers ('[1]' three times, '[2]'); cut after "
 "'... the 32-year-old former financial controller Geoffrey Robinson.', before the sentence the excerpt breaks off in "
 "('Three years later BLMC ran out of money and was national', no full stop; `truncated`; a cut at a sentence end), "
 "so the nationalisation, De Tomaso's takeover and Fiat's later years are not in the text. Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'Innocenti was an Italian machinery works originally "
 "established by Ferdinando Innocenti in 1920.', 'Over the years they produced Lambretta scooters ...' ('they' for "
 "the works), 'Lambretta scooters models such as LI125, LI150, ...', 'Innocenti built under licence the BMC (later the "
 "British Leyland Motor Corporation / BLMC) Mini, with 848, 998 cc and 1,275 cc engines', 'including, from 1973, the "
 "Regent (Allegro)', 'The Innocenti Spyder (1961\u201370)' (an en dash), 'In 1972 BLMC took over control of the "
 "company.', 'approximately \u00a33 million', 'and ahead of Volkswagen and Renault: there was talk ...' (the colon kept "
 "where the marker stood), 'the 32-year-old former financial controller Geoffrey Robinson'. 281 words. No outage "
 "and no near-miss of one told. Recorded CC BY-SA 3.0 (an undated copy; doubtful: no revision date). Found "
 "at rank 8 of the query 'Innocenti Italian car maker Lambretta Ferdinando Innocenti British Leyland acquired De Tomaso "
 "Wikipedia'; piglix.com (rank 3, an older wording, its excerpt beginning inside the infobox table), wn.com through a "
 "proxy (rank 5), car-info.com, brommahobby.com and autolastgh.com (ranks 1, 2, 7, reworded summaries), w.owiki.org "
 "and nzt.eth.link (ranks 4, 6, Ferdinando Innocenti's biography: the same matter) not used. Innocenti, Lambretta, "
 "Geoffrey Robinson, British Leyland, BLMC, De Tomaso, Ghia: " + CHECKED.replace(", GATHERING.md aside, where the "
 "name stood only in batch 63f's lists of leads", ", GATHERING.md included") + " (Fiat, Volkswagen and Renault are "
 "parties of other corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))

# ---- shipping lines, Italy: Italia Marittima, formerly Lloyd Triestino (the-uncensored-wiki.com's copy) -----------
ITALIA = [
 "Italia Marittima S.p.A. is a shipping company based in Trieste, Italy, and run by Evergreen Marine Corporation.",
 "It was founded \"\u00d6sterreichischer Lloyd\" (or \"Austrian Lloyd\") in 1836 and became one of the world's biggest "
 "shipping companies by managing most oversea trade and passenger travel of Austria-Hungary until 1918. The Austrian "
 "Lloyd was running regular services from Trieste to the Near East, India, China and the Far East, Brazil the USA and "
 "Northern Europe. It also was one of the first to use steam ships.",
 "The company's name was changed to \"Lloyd Triestino\" in 1919, when Trieste became a part of Italy. At this time, "
 "the company also faced major restructuring in order to recover losses incurred during World War I. By the end of the "
 "1930s, Lloyd Triestino was once again a major world shipping power, owning a fleet of 85 vessels with 17 services to "
 "Asia, Africa and Australia. The company was once again crippled by the devastation of World War II in the 1940s. "
 "During the War, Lloyd Triestino lost 68 ships and 1,000 sailors. At the end, they were reduced to a fleet of just 5 "
 "ships and were once again faced with a massive recovery operation. By 1956, the Lloyd Triestino fleet had grown to "
 "31 ships.",
 "Lloyd Triestino entered into a partnership with Taiwanese shipping giant, Evergreen Marine, Corp., in 1993. This "
 "successful partnership has grown over the years, and now also includes Evergreen's British based line, Hatsu Marine "
 "Ltd., which was created in 2000.",
 "On March 1, 2006, Lloyd Triestino's name officially changed to Italia Marittima. Ship names are gradually being "
 "changed from the prefix \"LT\" to \"Ital\" to reflect this change (e.g. LT Cortesia and Ital Contessa)."]
KEPT["wp-italia-marittima"] = ("italia-marittima-uncensored.txt", ITALIA)
R.append(wp("wp-italia-marittima", "Italia Marittima",
 "http://the-uncensored-wiki.com:20082/articles/i/t/a/Italia_Marittima_181c.html",
 "\n\n".join(MARK.sub("", p) for p in ITALIA),
 "transport/shipping", ["history", "founding", "renaming", "partnership"],
 "The article as an old static copy of English Wikipedia holds it (the-uncensored-wiki.com, 'From Wikipedia, the "
 "free encyclopedia', the '[edit] History' layout of MediaWiki before 2010; no date or revision id held; its latest "
 "date 'March 1, 2006' and its present tense 'Ship names are gradually being changed', so a revision of about "
 "2006-2008; recorded 3.0 as batch 25b recorded its the-uncensored-wiki.com copy). Cut: the title line 'Italia "
 "Marittima' and the site line 'From Wikipedia, the free encyclopedia'; the infobox lines between them and the lead "
 "('Italia Marittima S.p.A.', 'Type former Public', 'Founded Trieste, Italy (1836)', 'Headquarters Trieste, Italy', "
 "'Key people Pierluigi Maneschi, Chairman', 'Products Commercial transport', 'Website www.italiamarittima.it/'), so "
 "Pierluigi Maneschi and his chair are not in the text; the lines 'Contents', '[edit] History' and, at the end, "
 "'[edit] See also', where the excerpt ends. The article's body is kept whole (the 'See also' heading follows its last "
 "paragraph; not truncated). The copy has no citation markers. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'It was founded \"\u00d6sterreichischer Lloyd\" (or \"Austrian Lloyd\") in 1836' (no "
 "'as'), 'managing most oversea trade', 'from Trieste to the Near East, India, China and the Far East, Brazil the USA "
 "and Northern Europe' (no comma after 'Brazil'), 'It also was one of the first to use steam ships.', 'During the War, "
 "Lloyd Triestino lost 68 ships and 1,000 sailors.', 'Lloyd Triestino entered into a partnership with Taiwanese "
 "shipping giant, Evergreen Marine, Corp., in 1993.' (the commas), 'and now also includes Evergreen's British based "
 "line, Hatsu Marine Ltd., which was created in 2000.', 'On March 1, 2006, Lloyd Triestino's name officially changed "
 "to Italia Marittima.', '(e.g. LT Cortesia and Ital Contessa)'. 284 words. No outage and no near-miss of one told "
 "(ships lost in a war: no service lost by users). Recorded CC BY-SA 3.0 (doubtful: no revision date). Found at rank "
 "1 of the query 'Lloyd Triestino shipping company Trieste Austrian Lloyd Evergreen Marine acquired Italia Marittima'; "
 "hitchhikersgui.de (rank 2, a newer copy that breaks off in the partnership sentence, before Hatsu Marine and the "
 "renaming of 2006), oceanlinermuseum.co.uk (rank 3, a museum's own history, no licence), German, French, Italian and "
 "Danish pages (ranks 4-8) not used. Italia Marittima, Lloyd Triestino, Austrian Lloyd, Evergreen Marine, Maneschi: "
 + CHECKED.replace(", GATHERING.md aside, where the name stood only in batch 63f's lists of leads",
                   ", GATHERING.md included") + " ('Hatsu' only inside 'Hatsune Miku', batch 28b).",
 "non-US", v3=True, copy_of="the Wikipedia article, an old static copy on the-uncensored-wiki.com"))
R[-1]["truncated"] = False


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

#!/usr/bin/env python3
"""Batch 71af (session 65; gatherer lane 71af): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad, 69a-69aj, 70a-70ak and 71d-71ad, on a New
Zealand snack maker, a Thai brewery and an Australian chocolate maker, new to the corpus: Bluebird Foods Ltd, the
Auckland snack maker, a New Zealand division of PepsiCo, once part of Goodman Fielder, bought by Graeme Hart's Burns
Philp and purchased by PepsiCo in 2006, which acquired Krispa and Aztec from Hansells NZ in 2005 and partnered with
Hellers and Wattie's (snack foods, New Zealand); Boon Rawd Brewery, the Thai brewery founded in 1933 by Boonrawd
Srethabutra (Phraya Bhirom Bhakdi), maker of Singha, which bought two German breweries in Saxony in 1994 (beer,
Thailand); and Haigh's Chocolates, the Adelaide chocolate maker founded on 1 May 1915 by Alfred E. Haigh, its managing
directors his son Claude Alfred Haigh (1933-1959) and grandson John Haigh (1959-1990) (confectionery, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of 'Bluebird Foods' (recent: 'In November 2023'),
en.wikipedia.org's older rendering of 'Boon Rawd Brewery' ('Jump to: navigation, search'; about 2016-2018) and
wikimili.com's copy of 'Haigh's Chocolates' (a recent revision: 'Founded1915;109 years ago'); each cut at a paragraph
or sentence end before the point where the excerpt breaks off. Edits per item in `notes` (title lines, site lines,
infobox lines, headings and a brand list cut; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather71af/src), the markers ('[1]') dropped and whitespace runs compared as one
space, as batches 57g-71z did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of
three: eighteen queries, eighteen companies or founders asked for, three taken (round notes /tmp/gather71af/NOTES.md;
queries /tmp/gather71af/src/queries.txt; claims /work/notes/gather71/CLAIMS.txt).
usage: batch71af.py [POOL_DIR] [--dry]   (default /tmp/gather71af/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71af/pool"
SRC = "/tmp/gather71af/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- snack foods, New Zealand: Bluebird Foods (en.wikipedia.org, recent) --------------------------------------------
BF = [
 "Bluebird Foods Ltd is a New Zealand division of the U.S.-based PepsiCo corporation, that manufactures snack foods. "
 "All snacks are manufactured at the Bluebird Foods factory in Wiri, Auckland.",
 "Originally part of Goodman Fielder, and then bought by Graeme Hart's Burns Philp, Bluebird Foods was purchased by "
 "PepsiCo in 2006. Prior to that, Burns Philp tried to sell Bluebird Foods to Nestlé with the Uncle Tobys sale. "
 "Nestlé was not interested and bought only Uncle Tobys business. In October 2005, Bluebird Foods acquired Krispa and "
 "Aztec from Hansells NZ. This made Bluebird Foods one of the largest snack food manufacturers in New Zealand. May "
 "2006 saw Nestlé purchase the Uncle Tobys brand for NZ$1.1 billion. Bluebird Foods was able to use the Uncle Tobys "
 "brand until May 2007.",
 "Later in 2008, the company started using foil to wrap most of their chips instead of the soft plastic material "
 "previously used. However, the soft plastic material is still used for corn snacks, such as Twisties, Burger Rings "
 "and Rashuns.",
 "In November 2023, Bluebird partnered with Hellers to create Rashuns and Burger Rings flavoured sausages as a limited "
 "edition. They have also partnered with Wattie's to make Tomato Sauce and Mince Pie flavoured chips.",
 "In 2009, Bluebird Foods teamed up with The Rock radio station and rebranded \"The People's Chip\" campaign from "
 "Australia's radio presenter duo Hamish & Andy.",
 "In Australia, the chip flavour as voted for by listeners was gravy, while in New Zealand the flavour selected was "
 "marmite and cheese – a flavour already produced by Walkers in the UK, who have the same parent company as Bluebird "
 "Foods."]
KEPT["wp-bluebird-foods"] = ("bluebird-foods-enwp.txt", BF)
R.append(wp("wp-bluebird-foods", "Bluebird Foods", "https://en.wikipedia.org/wiki/Bluebird_Foods",
 "\n\n".join(MARK.sub("", p) for p in BF),
 "snack foods (company history)", ["history", "ownership", "acquisitions", "partnerships", "brands"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id held; a recent "
 "revision by its 'In November 2023', after Wikimedia's 2023 move to CC BY-SA 4.0, recorded 4.0; rounds 71p, 71u "
 "and 71y recorded this rendering). Cut: the title line '= Bluebird Foods =', the headings '==History==' and "
 "'==Marketing==', and the section the excerpt breaks off in ('==Brands==', '===Current brands===' and its list, "
 "'- Bluebird Original Cut Chips – ready salted/chicken/...' ... '- Delisio – sweet chilli relish/prawn cocktail/sea "
 "salt/red curry/caramelised o'; a cut at a section end, so Cheezels, Copper Kettle and Delisio are not in the "
 "text). The rendering shows no citation markers. Paragraphs as the rendering sets them apart (the Marketing "
 "section's two lines kept as two paragraphs), joined with blank lines. No word added or changed. Kept as written: "
 "'a New Zealand division of the U.S.-based PepsiCo corporation, that manufactures snack foods', 'bought by Graeme "
 "Hart's Burns Philp', 'Nestlé was not interested and bought only Uncle Tobys business' (no article), 'May 2006 saw "
 "Nestlé purchase the Uncle Tobys brand', 'Later in 2008, the company started using foil', 'partnered with Hellers "
 "to create Rashuns and Burger Rings flavoured sausages', 'rebranded \"The People's Chip\" campaign from Australia's "
 "radio presenter duo Hamish & Andy', 'marmite and cheese – a flavour already produced by Walkers in the UK'. 269 "
 "words. No outage told. Recorded CC BY-SA 4.0 (a recent revision; doubtful: no revision id). Found at rank 4 of the "
 "query 'Bluebird Foods New Zealand snack company history founded 1953 Wikipedia'; liquisearch.com (rank 1; an "
 "older copy of the History section only, with quotation filler), issuu.com (rank 2; a magazine feature), "
 "en.wikipedia.org's older rendering (rank 3; 'Jump to: navigation, search', without the 2023 partnerships), "
 "hmong.es (rank 5; a Spanish translation), a snack blog (rank 6), sweetgenie.co.uk (rank 7; a shop) and "
 "fmcgbusiness.co.nz (rank 8; trade news) not used. Bluebird Foods, Hansells, Krispa, Uncle Tobys, Twisties, Hamish "
 "& Andy: " + CHECKED + " ('Bluebird' alone only in GATHERING.md's lines on an FCC text about a Missouri telecom "
 "network, another matter; Goodman Fielder, Burns Philp, Graeme Hart, Hellers and The Rock named in texts on other "
 "matters; Wattie's in GATHERING.md's lists of names queried or looked at, not as this text's subject).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's '= Title =' rendering"))

# ---- beer, Thailand: Boon Rawd Brewery (en.wikipedia.org, older rendering) ------------------------------------------
BR = [
 "Boon Rawd Brewery (Thai: บริษัท บุญรอดบริวเวอรี่ จำกัด) is an Asian brewery founded in 1933 [1] by Boonrawd "
 "Srethabutra in Thailand which also makes and sells soft drinks.[2] Their best known product is the pale lager "
 "Singha. [3]",
 "Boon Rawd Brewery was the first of its kind in Thailand, and produces beer under the Singha brand name. The brewery "
 "was founded by Boonrawd Srethabutra, on whom HM King Prajadhipok Rama VII bestowed the aristocratic title of Phraya "
 "Bhirom Bhakdi. The brewery is still under the management of the Bhirom Bhakdi family (3rd and 4th generations).",
 "The \"singha\" is a mystical lion, found in ancient Hindu and Thai stories. It is a powerful mythological creature "
 "and was chosen as a symbol. The Garuda symbol on the bottleneck is a symbol of Thailand's royalty. The royal "
 "warrant was bestowed on 25 October 1939. Boon Rawd is the only Thai brewery to be granted royal permission to "
 "display it.[4]",
 "Boon Rawd bought two German breweries in Hartmannsdorf and Mittweida in Saxony in 1994, which until 2001 produced "
 "Singha Gold for the European market. However, Singha beer has always been brewed and bottled in Thailand. Today, "
 "all of the Singha brands are produced only in Thailand, to preserve the original taste for the export market.",
 "Phraya Bhirom Bhakdi was born Boonrawd Sreshthaputra on 13 October 1872, son of Pra Bhirom Bhakdi (Chom "
 "Sresthaputra ). He was educated at home, taught by his father until the age of 11, when he was sent to a temple to "
 "be further educated by the monks, a custom at the time for Thai boys."]
KEPT["wp-boon-rawd-brewery"] = ("boon-rawd-brewery-enwp.txt", BR)
R.append(wp("wp-boon-rawd-brewery", "Boon Rawd Brewery", "https://en.wikipedia.org/wiki/Boon_Rawd_Brewery",
 "\n\n".join(MARK.sub("", p) for p in BR),
 "beer and beverages (company history)", ["history", "founder", "brands", "acquisitions", "royal warrant"],
 "The article as en.wikipedia.org's older HTML rendering holds it in the page store (its 'Jump to: navigation, "
 "search' line, a skin of about 2016-2018; no revision id held; recorded CC BY-SA 3.0, as rounds 71u and 71ac "
 "recorded older renderings). Cut: the title line 'Boon Rawd Brewery', the site lines 'From Wikipedia, the free "
 "encyclopedia' and 'Jump to: navigation, search', the infobox lines ('Boon Rawd Brewery', 'Industry Beverage', "
 "'Founded 1933', 'Founder Phraya Bhirom Bhakdi', 'Headquarters Bangkok, Thailand', 'Area served', 'Key people', "
 "'Santi Bhirombhakdi, President and CEO', 'Subsidiaries Singha Corporation'; so Bangkok, Santi Bhirombhakdi and "
 "Singha Corporation are not in the text), the citation markers ('[1]', '[2]', '[3]', '[4]'); cut after '... a "
 "custom at the time for Thai boys.', before the sentence the excerpt breaks off in ('He started work quite young, "
 "during his teens, as a teacher, and then moved on to become a clerk at A.J.Di'; a cut at a sentence end). "
 "Paragraphs as the page sets them apart, joined with blank lines. No word added or changed. Kept as written: "
 "'Boon Rawd Brewery (Thai: บริษัท บุญรอดบริวเวอรี่ จำกัด)' (the Thai name), 'an Asian brewery founded in 1933 by "
 "Boonrawd Srethabutra in Thailand which also makes and sells soft drinks', 'HM King Prajadhipok Rama VII', 'The "
 "\"singha\" is a mystical lion', 'which until 2001 produced Singha Gold for the European market', 'Boonrawd "
 "Sreshthaputra' and 'Chom Sresthaputra )' (the spellings differ from 'Srethabutra'; the space before the bracket as "
 "written). 263 words. No outage told. Recorded CC BY-SA 3.0 (an older rendering; doubtful: no revision id or date). "
 "Found at rank 2 of the query 'Boon Rawd Brewery history Singha beer founded 1933 Phraya Bhirom Bhakdi Wikipedia'; "
 "en.wikipedia.org's recent '= Title =' rendering (rank 1; the same history, its founder section breaking off "
 "sooner, at 'He was taught by h'), soravij.com (ranks 3, 4 and 6; a descendant's pages), singha-museum "
 "(rank 5; a museum draft site) and boonrawd.co.th (rank 7; the company's timeline) and a photo page (rank 8) not "
 "used. Boon Rawd, Boonrawd, Bhirom, Prajadhipok, Hartmannsdorf, Mittweida: " + CHECKED + " ('Singha' only inside "
 "a person's name 'Singhap' in one corpus text and its scripts).",
 "non-US", v3=True, copy_of="an older revision of the Wikipedia article, via en.wikipedia.org's older rendering"))

# ---- confectionery, Australia: Haigh's Chocolates (wikimili.com, recent) --------------------------------------------
HC = [
 "Haigh's Chocolates is an Australian family owned bean-to-bar chocolate making company based in Adelaide, South "
 "Australia. It was founded on 1 May 1915 by Alfred E. Haigh and now has retail outlets in Canberra, Melbourne and "
 "Sydney.",
 "Alfred Ernest Haigh was born in 1877 in Adelaide, South Australia. His first shop opened on 1 May 1915 at 34 King "
 "William Street and moved a few doors along to Beehive Corner in 1922 on Rundle Mall and King William Street. Upon "
 "Alfred Haigh's sudden death in 1933, his son, Claude Alfred Haigh became managing director until his retirement in "
 "1959. [1] [2] The décor of the shop remains the same as when it first opened. John Haigh (Alfred's grandson) wanted "
 "to expand the chocolate making aspects of the business, and went to learn about chocolate manufacturing with Lindt "
 "& Sprüngli in Switzerland to bring new techniques back to Australia. John Haigh remained the managing director from "
 "1959 to 1990. [3]",
 "In the 1950s and 1960s, Haigh's chocolates were sold in cinemas by \"Tray Girls\" and \"Tray Boys\". When cinema "
 "attendance fell, Haigh ventured to Melbourne to expand his already popular business. [3]",
 "Haigh's Chocolates have seven stores in South Australia, three are located in the Adelaide city centre, including "
 "the Beehive Corner store in Rundle Mall, and Adelaide Central Market. The Visitor Centre store also conducts "
 "viewing tours of the Parkside factory site that is located behind the store."]
KEPT["wp-haighs-chocolates"] = ("haighs-chocolates-wikimili.txt", HC)
R.append(wp("wp-haighs-chocolates", "Haigh's Chocolates", "https://wikimili.com/en/Haigh%27s_Chocolates",
 "\n\n".join(MARK.sub("", p) for p in HC),
 "confectionery (company history)", ["history", "founder", "managing directors", "family business", "stores"],
 "The article as wikimili.com's copy holds it in the page store (wikimili.com, a site rendering English Wikipedia "
 "articles, as rounds 71q, 71r and 71v recorded; no revision id held; a recent revision by its infobox's "
 "'Founded1915;109 years ago', so 2024, recorded CC BY-SA 4.0). Cut: the title line \"Haigh's Chocolates\", the "
 "site line 'Last updated', the infobox lines (\"Haigh's Chocolates\", 'Company typePrivate', 'IndustryConfectionery', "
 "'Founded1915;109 years ago (1915)', 'FounderAlfred E. Haigh', 'Headquarters,', 'Area served', 'Adelaide, "
 "Melbourne, Sydney, Canberra, online (Australia)', 'Key people', 'Claude Haigh (CEO: 1933-1959)', 'John Haigh (CEO: "
 "1959-1990)', 'ProductsChocolates', 'Number of employees', '800+', 'Parent AE Haigh Pty Ltd', 'Website "
 "www.haighschocolates.com'; so AE Haigh Pty Ltd and the CEO titles are not in the text), the lines 'Contents', "
 "'History', 'Corporate affairs' and 'Chocolates stores' (headings), the citation markers (' [1] [2]', ' [3]' "
 "twice); cut after '... located behind the store.', before the paragraph the excerpt breaks off in (\"Melbourne has "
 "six Haigh's stores. Three are in the CBD, including a flagship store in the B\"; a cut at a paragraph end). "
 "Paragraphs as the copy sets them apart, joined with blank lines. No word added or changed. Kept as written: "
 "'an Australian family owned bean-to-bar chocolate making company', 'It was founded on 1 May 1915 by Alfred E. "
 "Haigh', 'his son, Claude Alfred Haigh became managing director until his retirement in 1959', 'John Haigh "
 "(Alfred's grandson)', 'Lindt & Sprüngli', \"Haigh's chocolates were sold in cinemas\" (lower case), 'Haigh ventured "
 "to Melbourne to expand his already popular business', \"Haigh's Chocolates have seven stores\". 234 words. No "
 "outage told. Recorded CC BY-SA 4.0 (a recent revision; doubtful: no revision id). Found at rank 5 of the query "
 "\"Haigh's Chocolates Adelaide company history Alfred E. Haigh founded 1915 Wikipedia\"; samemory.sa.gov.au (rank "
 "1; the State Library's page), australianfoodtimeline.com.au (rank 2), a.osmarks.net (rank 3; a Kiwix copy of "
 "2020-08, without the managing directors' years), discoversouthaustraliashistory.org.au (ranks 4 and 6), "
 "hansardsearch.parliament.sa.gov.au (rank 7; a parliamentary motion) and haighschocolates.com.au (rank 8; the "
 "company's page) not used. Haigh's, Beehive Corner, Claude Alfred, King William Street: " + CHECKED + " ('Haigh' "
 "alone once in GATHERING.md, in another person's name 'Haigh-Hutchinson'; 'Lindt' and 'Rundle' in texts on other "
 "matters).",
 "non-US", copy_of="the Wikipedia article, via wikimili.com's copy"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[note 1]', '[lower-alpha 1]',
    '[edit]', '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|edit|citation needed)\s*\]", "",
                           s).split())


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

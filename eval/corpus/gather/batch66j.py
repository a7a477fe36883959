#!/usr/bin/env python3
"""Batch 66j (session 60; gatherer lane 66j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r and 66d, on South African and Japanese companies, new to the corpus:
Anglovaal, the Johannesburg mining and industrial holding group formed in June 1933 as the Anglo-Transvaal
Consolidated Investment Company Limited by A.S. (Bob) Hersov, Simeon (Slip) G. Menell and Norbert S. Erleigh, its
exploration arm Middle Witwatersrand (Western Areas) Limited, its renaming of 1981, its two successor companies and
Anglovaal Minerals' place in African Rainbow Minerals Limited by 2003 (mining and finance, South Africa); Edgars, the
Johannesburg department store chain founded in 1929 by the brothers Morris and Eli Ross, its former owner Edcon,
South African Breweries' purchase of Edcon in 1982, Bain Capital Private Equity LP's buyout of 2007 and its sale to
Retailability in 2020 (retail, South Africa); and Mitsui O.S.K. Lines, the Tokyo shipping company formed in 1964 by
the merger of Osaka Shosen Kaisha (OSK) and Mitsui Steamship Co., Ltd., with OSK's founding of 1884 under Hirose
Saihei, senior manager of the Sumitomo zaibatsu, and Masaharu Ikuta, one of its heads, appointed to head Japan Post
(shipping, Japan).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): a.osmarks.net's Kiwix copy 'wikipedia_en_all_maxi_2020-08' of 'Anglovaal', hubbry.com's copy
of 'Edgars (department store)' ('from Wikipedia', a recent revision) and the-uncensored-wiki.com's Kiwix copy
'2017-wikipedia_en_all_novid_2017-08' of 'Mitsui O.S.K. Lines' (held under the redirect 'Osaka_Shosen_Co.'); all
three cut at a paragraph or sentence end before the point where the excerpt breaks off (`truncated`).
Edits per item in `notes` (title lines, site chrome, infobox lines, headings, '[edit]' links and citation markers
with their page numbers ('[1]:48') cut; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather67j/src), the markers dropped and whitespace runs compared as one space. No text tells an
outage. newskg (or any extractor) was not run on any text. A round of three: nine queries, seven companies asked for
(Kirloskar, Boustead, Osaka Shosen Kaisha, Anglovaal, Edgars twice, Shaw Brothers, Volkskas), three taken (round
notes, /work/notes/gather67/66j.md; queries, /tmp/gather67j/src/queries.txt).
usage: batch66j.py [POOL_DIR] [--dry]   (default /tmp/gather67j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67j/pool"
SRC = "/tmp/gather67j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-60 pools (/tmp/gather67*/pool) and in /work/notes/gather67/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', with a page number after it as the Kiwix copy of 2020 writes them: '[1]:48'), with the
# space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\](?::\s?\d+)?")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- mining and finance, South Africa: Anglovaal (a.osmarks.net's Kiwix copy of August 2020) ----------------------
AV = [
 "Anglovaal Group was one of six large South African holding conglomerates that had interests in mining, finance and "
 "industry. It was formed in 1933 as the Anglo-Transvaal Consolidated Investment Company Limited with interests "
 "initially in mining. In 1981, it became Anglovaal Limited. It was majority owned throughout its existence by the "
 "Hersov and Menell families. In the late 1990s, it would form into two separate companies, Anglovaal Industrial "
 "Holdings (AVI) and Anglovaal Minerals (Avmin). As a family owned business, all family interests were to be diluted "
 "by 2001. By 2003, Anglovaal Minerals became part of African Rainbow Minerals Limited, a listed black empowerment "
 "company.",
 "The company, Anglo-Transvaal Consolidated Investment Company Limited, was formed in Johannesburg, South Africa in "
 "June 1933.[1]:48 It was the creation of mining engineer A.S. (Bob) Hersov, stockbroker Simeon (Slip) G. Menell and "
 "Norbert S. Erleigh with the purpose of reopening closed mines after the price of gold rose.[1]:48 They would "
 "purchase old mines, closed before the First World War, such as Vogel Deep Mine, Vogelstruis Estates and the "
 "Bantjes Consolidated Mines.[1]:48 These mines and new leases obtained for the state government came to be called "
 "Rand Leases.[1]:49",
 "Anglovaal's exploration arm, Middle Witwatersrand (Western Areas) Limited was formed in May 1933 to explore for "
 "gold with exploration beginning around the Potchefstroom area with aerial surveys.[2]:458 After the Second World "
 "War, drilling began in 1949 in the Orange Free State on the farms Merriespruit, Harmony and Virginia.[2]:458 Enough "
 "gold was found to open mine on the Virginia farm in 1955 and Merriespruit in 1956.[2]:458 In 1981, it was renamed "
 "Anglovaal Limited.[2]:458",
 "As of 1992, Anglovaal accounted for 2.9% of the Johannesburg Stock Exchange's market capitalisation, one of six "
 "large companies that controlled 85.7% of the stock exchange.[3]:149"]
KEPT["wp-anglovaal"] = ("anglovaal-osmarks.txt", AV)
R.append(wp("wp-anglovaal", "Anglovaal",
 "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Anglovaal",
 "\n\n".join(MARK.sub("", p) for p in AV),
 "mining/holding companies", ["history", "founding", "renaming", "subsidiaries", "ownership"],
 "The article as a Kiwix copy of English Wikipedia holds it in the page store (a.osmarks.net, the "
 "'wikipedia_en_all_maxi_2020-08' collection: a revision of August 2020 or before; no revision id held; its words "
 "are those of the page store's wikimili.com copy (rank 1) and en.wikipedia.org rendering (rank 3), which differ only "
 "in how they write the markers). Cut: the title line 'Anglovaal'; the sub-heading 'History'; the citation markers "
 "with their page numbers ('[1]:48', '[1]:49', '[2]:458', '[3]:149', no space before them); cut after '... controlled "
 "85.7% of the stock exchange.', before the sentence the excerpt breaks off in ('1998 would see the beginning of the "
 "end of the fami'; `truncated`; a cut at a paragraph end), so the families' split of 1998 and the later unbundling "
 "are not in the text. The excerpt has no infobox. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'Anglovaal Group was one of six large South African holding conglomerates that had interests in "
 "mining, finance and industry.', 'It was formed in 1933 as the Anglo-Transvaal Consolidated Investment Company "
 "Limited with interests initially in mining.', 'In 1981, it became Anglovaal Limited.', 'It was majority owned "
 "throughout its existence by the Hersov and Menell families.', 'In the late 1990s, it would form into two separate "
 "companies, Anglovaal Industrial Holdings (AVI) and Anglovaal Minerals (Avmin).', 'As a family owned business' (no "
 "hyphen), 'By 2003, Anglovaal Minerals became part of African Rainbow Minerals Limited, a listed black empowerment "
 "company.', 'It was the creation of mining engineer A.S. (Bob) Hersov, stockbroker Simeon (Slip) G. Menell and "
 "Norbert S. Erleigh with the purpose of reopening closed mines after the price of gold rose.', 'They would purchase "
 "old mines, closed before the First World War, such as Vogel Deep Mine, Vogelstruis Estates and the Bantjes "
 "Consolidated Mines.', 'These mines and new leases obtained for the state government came to be called Rand "
 "Leases.', \"Anglovaal's exploration arm, Middle Witwatersrand (Western Areas) Limited was formed in May 1933\" (no "
 "comma after the name), 'Enough gold was found to open mine on the Virginia farm in 1955 and Merriespruit in 1956.', "
 "'In 1981, it was renamed Anglovaal Limited.' (the renaming told twice, as the article has it), 'market "
 "capitalisation' (British spelling). 289 words. No outage told. Recorded CC BY-SA 3.0 (a Kiwix collection of August "
 "2020, before Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query 'Anglovaal South African mining "
 "house founded Hyman Hersov Slip Menell Wikipedia' (batches 65m-66d's lead: Anglovaal unsearched, no corpus hit); "
 "wikimili.com (rank 1; undated, the same words), en.wikipedia.org's '[edit]' rendering (rank 3; the current text, "
 "the same words as far as the excerpt goes), de.knowledgr.com (rank 4; a German machine translation), "
 "im-mining.com's magazine page (rank 5), iol.co.za (rank 6; news of 1998, copyrighted) and two docslib.org PDFs "
 "(ranks 7-8) not used. Anglovaal, Anglo-Transvaal, Hersov, Menell, Erleigh, Avmin, Middle Witwatersrand, Rand "
 "Leases: " + CHECKED + " ('Anglovaal' in GATHERING.md only as the lead of batches 65m-66d; 'African Rainbow "
 "Minerals' in the Patrice Motsepe text (train) and batch 27a's pool, as its founder's company: another matter, a "
 "life of that founder, with no word of Anglovaal).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a Kiwix copy of English Wikipedia (August 2020)"))

# ---- retail, South Africa: Edgars (hubbry.com's copy, a recent revision) --------------------------------------------
ED = [
 "Edgars is a South African chain of department stores, with locations throughout Southern Africa. Founded in 1929, "
 "it is headquartered in Johannesburg.",
 "The chain has around 200 stores across South Africa, Namibia, Zambia and Botswana as well as in the capital cities "
 "of eSwatini, Lesotho, and Ghana. Formerly owned by Edcon, the company was sold to Durban-based private fashion "
 "company Retailability in 2020, when the former went into liquidation.[1]",
 "Edgars was founded in Johannesburg, South Africa in 1929, by brothers Morris and Eli Ross.[2] The company was named "
 "after London-based department store Swan & Edgar.[2] Eli Ross opened his first Edgars store in Joubert Street.[2]",
 "The company relocated to Cape Town in 1929, before returning to Johannesburg in 1937.[2] 1979 saw the company open "
 "its new head office called Edgardale and a distribution centre at Crown Mines.[2] South African Breweries would "
 "purchase Edcon in 1982.[2]",
 "As part of Edcon, Edgars was included in an ill-fated buyout by U.S. private equity firm Bain Capital Private "
 "Equity LP in 2007, which burdened the owner with debt just as the economy suffered from the Great Recession after "
 "the 2008 financial crisis.",
 "In 2014 Edgars opened at a new 50,000 square meter shopping centre in Nairobi, Kenya.[3] In 2018 Edgars introduced a "
 "new, larger 8,000 square meter store in Fourways Mall in Johannesburg, featuring trees, play areas, a coffee shop, "
 "\u201cbeauty rooms\u201d where customers can get makeovers, and a section that allows customers to print their own "
 "text or images on clothing."]
KEPT["wp-edgars-department-store"] = ("edgars-hubbry.txt", ED)
R.append(wp("wp-edgars-department-store", "Edgars (department store)", "https://www.hubbry.com/Edgars_(company)",
 "\n\n".join(MARK.sub("", p) for p in ED),
 "retail/department stores", ["history", "founding", "acquisition", "ownership"],
 "The article as hubbry.com's community-hub copy holds it in the page store (hubbry.com/Edgars_(company), headed "
 "'Edgars (department store)' and 'from Wikipedia'; no date or revision id held: a recent revision, which tells the "
 "sale of 2020 'when the former went into liquidation' and names the founders, where the page store's older "
 "en.wikipedia.org rendering (rank 7 of the first Edgars query) says only 'Edgars was founded in Johannesburg, South "
 "Africa in 1929.'). Cut: the site's chrome lines ('Hubbry Logo', 'Edgars (department store)Edgars (department "
 "store)Main', 'Open search', 'Community hub', 'logo', '8 pages, 0 posts', '0 subscribers', 'Be the first to start a "
 "discussion here.' twice, the title line three times and 'from Wikipedia'); the infobox's placeholder heading 'Key "
 "Information' (its lines are not in the excerpt); the sub-heading 'History' and its '[edit]' link; the citation "
 "markers '[1]', '[2]', '[3]' (no space before them); cut after '... print their own text or images on clothing.', "
 "before the sentence the excerpt breaks off in ('Edgars promoted the new prototype store design as \"a bit like a "
 "town square,'; `truncated`; a cut at a sentence end), so that quotation and the later history are not in the text. "
 "Paragraphs joined with blank lines. No word added or changed; the curly quotation marks of '\u201cbeauty "
 "rooms\u201d' kept. Kept as written: 'Edgars is a South African chain of department stores, with locations "
 "throughout Southern Africa.', 'Founded in 1929, it is headquartered in Johannesburg.', 'the capital cities of "
 "eSwatini, Lesotho, and Ghana', 'Formerly owned by Edcon, the company was sold to Durban-based private fashion "
 "company Retailability in 2020, when the former went into liquidation.', 'Edgars was founded in Johannesburg, South "
 "Africa in 1929, by brothers Morris and Eli Ross.', 'The company was named after London-based department store Swan "
 "& Edgar.', 'Eli Ross opened his first Edgars store in Joubert Street.', 'The company relocated to Cape Town in "
 "1929, before returning to Johannesburg in 1937.', '1979 saw the company open its new head office called Edgardale "
 "and a distribution centre at Crown Mines.', 'South African Breweries would purchase Edcon in 1982.', 'As part of "
 "Edcon, Edgars was included in an ill-fated buyout by U.S. private equity firm Bain Capital Private Equity LP in "
 "2007, which burdened the owner with debt', 'In 2014 Edgars opened at a new 50,000 square meter shopping centre in "
 "Nairobi, Kenya.' 248 words. No outage told. Recorded CC BY-SA 4.0 (a revision after the sale of 2020, most likely "
 "after June 2023: hubbry.com's copies are recent; doubtful: no date held). Found at rank 8 of the query 'Edgars "
 "Consolidated Stores South Africa history founded Eli Ackerman Wikipedia' (batches 65i-66d's lead: Edgars "
 "unsearched, no corpus hit) and asked for again with the founders' names (no other copy of the article; news pages "
 "and copies of the London store's article 'Swan & Edgar', another matter); bizcommunity.com (rank 1; an "
 "anniversary article, copyrighted), a blog (rank 2), encyclopedia.com (rank 3; the International Directory of "
 "Company Histories, copyrighted), africancrisis.info (rank 4), entrepreneurhubsa.co.za (rank 5), edgars.co.za "
 "(rank 6; the company's own page) and en.wikipedia.org's older rendering (rank 7; no founders) not used. Edgars, "
 "Edcon, Retailability, Eli Ross, Swan & Edgar, Edgardale, Fourways: " + CHECKED + " ('Edcon' in GATHERING.md only "
 "in an older round's list of South African names; 'South African Breweries' in batch 26c's Shoprite text, as an "
 "earlier owner of Shoprite's parent: another matter).",
 "non-US", copy_of="the Wikipedia article, via hubbry.com, a site copying Wikipedia pages"))

# ---- shipping, Japan: Mitsui O.S.K. Lines (the-uncensored-wiki.com's Kiwix copy of August 2017) ------------------
MO = [
 "MOL (Mitsui O.S.K. Lines, Ltd.) (Kabushiki-gaisha Sh\u014dsen Mitsui) is a Japanese transport company "
 "headquartered in Toranomon, Minato, Tokyo, Japan.[1] The company's main area of operations is international "
 "shipping. Its alligator logo can be seen on containers in ports around the world.",
 "Founded as a key part of the Mitsui zaibatsu (family-owned conglomerate) during the early industrialization of "
 "Japan, the company is now independent of the zaibatsu, but remains part of the Mitsui keiretsu (group of aligned "
 "companies).",
 "Many heads of this company have wielded considerable power in Japan and abroad. One of the latest is Masaharu "
 "Ikuta, who has been appointed to head the newly privatized Japan Post.",
 "MOL (Mitsui O.S.K. Lines) was founded in 1964, following the merger of Osaka Shosen Kaisha (OSK) (\u5927\u962a"
 "\u5546\u8239\u682a\u5f0f\u4f1a\u793e Osaka Sh\u014dsen Kabushiki-gaisha) and Mitsui Steamship Co., Ltd., formerly "
 "Mitsui Line, under the Law Concerning the Reconstruction and Reorganization of the Shipping Industry. At that time "
 "the company was the largest shipping company in Japan, capitalized at \u00a513.1 billion, with 83 vessels "
 "aggregating 1,237 thousand tonnes deadweight (DWT).",
 "OSK was founded in 1884, when 55 ship owners, each of whom had only a small number of vessels, combined their "
 "operations. The chief representative of these ship owners was Hirose Saihei, senior manager of the Sumitomo "
 "zaibatsu, or conglomerate, and a prominent figure in Osaka financial circles. OSK was capitalized at \u00a51.2 "
 "million, with 93 vessels totalling 15,400 gross register tons (GRT).",
 "In the first few years its routes were limited to coastal services in the western area of Japan."]
KEPT["wp-mitsui-osk-lines"] = ("mol-uncensored.txt", MO)
R.append(wp("wp-mitsui-osk-lines", "Mitsui O.S.K. Lines",
 "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Osaka_Shosen_Co..html",
 "\n\n".join(MARK.sub("", p) for p in MO),
 "transport/shipping", ["history", "founding", "merger", "executives"],
 "The article as a Kiwix copy of English Wikipedia holds it in the page store (the-uncensored-wiki.com, the "
 "'2017-wikipedia_en_all_novid_2017-08' collection, the page held under the redirect 'Osaka_Shosen_Co.': a revision "
 "of August 2017 or before; no revision id held; an older revision, whose history reads 'MOL ... was founded in "
 "1964' and 'OSK was founded in 1884' where the page store's later en.wikipedia.org copy on an azureedge.net proxy "
 "(rank 6) reads 'was launched in 1964' and dates OSK 'created in 1878', and whose lead still names Masaharu Ikuta). "
 "Cut: the title line 'Mitsui O.S.K. Lines'; the infobox lines ('Public K.K. | |', 'Traded as | TYO: 9104 |', "
 "'Industry | Transport |', 'Founded | 1884 |', 'Headquarters | Toranomon, Minato, Tokyo. |', 'Number of employees | "
 "9,626 |', 'Website | Homepage |'); the headings 'History', '1884-1950' and 'OSK'; the citation marker '[1]' (no "
 "space before it); the paragraph's last sentence cut after '... coastal services in the western area of Japan.', "
 "before the sentence the excerpt breaks off in ('In 1890, OSK inaugurated an Osaka-Pusan run followed in 1893 by the "
 "operation of an Osaka-Incheon route and Korean coastal '; `truncated`; a cut at a sentence end), so OSK's routes "
 "from 1890 and its later presidents are not in the text. The copy runs its paragraphs on with single line breaks; "
 "joined with blank lines. No word added or changed; the romanized and Japanese names kept as written. Kept as "
 "written: 'MOL (Mitsui O.S.K. Lines, Ltd.) (Kabushiki-gaisha Sh\u014dsen Mitsui) is a Japanese transport company "
 "headquartered in Toranomon, Minato, Tokyo, Japan.', 'Founded as a key part of the Mitsui zaibatsu (family-owned "
 "conglomerate) during the early industrialization of Japan, the company is now independent of the zaibatsu, but "
 "remains part of the Mitsui keiretsu (group of aligned companies).', 'Many heads of this company have wielded "
 "considerable power in Japan and abroad. One of the latest is Masaharu Ikuta, who has been appointed to head the "
 "newly privatized Japan Post.', 'MOL (Mitsui O.S.K. Lines) was founded in 1964, following the merger of Osaka Shosen "
 "Kaisha (OSK) (\u5927\u962a\u5546\u8239\u682a\u5f0f\u4f1a\u793e Osaka Sh\u014dsen Kabushiki-gaisha) and Mitsui "
 "Steamship Co., Ltd., formerly Mitsui Line, under the Law Concerning the Reconstruction and Reorganization of the "
 "Shipping Industry.', 'OSK was founded in 1884, when 55 ship owners, each of whom had only a small number of "
 "vessels, combined their operations.', 'The chief representative of these ship owners was Hirose Saihei, senior "
 "manager of the Sumitomo zaibatsu, or conglomerate, and a prominent figure in Osaka financial circles.' (his family "
 "name first, as the article writes it), 'totalling' (British spelling). 254 words. No outage told. Recorded CC BY-SA "
 "3.0 (a Kiwix collection of August 2017, before Wikimedia's move to 4.0 of June 2023). Found at rank 4 of the query "
 "'Osaka Shosen Kaisha shipping company history founded merged Mitsui Wikipedia' (batches 65m-66d's lead: Osaka "
 "Shosen Kaisha unsearched, no corpus hit); daibiru.co.jp (rank 1; a company's own history), company-histories.com "
 "(rank 2; the International Directory of Company Histories, copyrighted), a French blog (rank 3), es.knowledger.de "
 "(rank 5; a Spanish machine translation), the azureedge.net proxy of en.wikipedia.org (rank 6; the later revision, "
 "with chrome and '[citation needed]' tags) and two Chinese encyclopedia pages (ranks 7-8) not used. Mitsui O.S.K., "
 "Osaka Shosen, Mitsui Steamship, Mitsui Line, Masaharu Ikuta, Japan Post, Sumitomo zaibatsu, Hirose Saihei: "
 + CHECKED + " ('Osaka Shosen' in GATHERING.md only as the lead of batches 65m-66d; 'Hirose' there only as another "
 "company's name in a round's 'looked at' list; 'Japan Post' there only in an older round's 'not used' list, as news "
 "of its privatisation; 'Mitsui' in four gold texts as Mitsui & Co. or another Mitsui company, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a Kiwix copy of English Wikipedia (August 2017)"))


def _norm(s):
    """The text without citation markers ('[1]', ' [1]', '[1]:48', '[edit]', '[ citation needed ]'), whitespace runs
    as one space."""
    s = re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\](?::\s?\d+)?", "", s)
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

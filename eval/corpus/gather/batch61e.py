#!/usr/bin/env python3
"""Batch 61e (session 57; gatherer lane 61e): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p and 59a-60h, turned to mid-size companies of continental Europe (the lane of 61e: continental
Europe, Japan, Korea, India, Latin America or Australia; not the US or the British Isles), new to the corpus: Grundig
AG, the Nuremberg and Fürth maker of consumer electronics founded by Max Grundig, its first store Fürth, Grundig &
Wurzer (RVF), its Belfast tape-recorder plant and the plant's managing director Thomas Niedermayer, Philips's gradual
purchase of control (complete in 1993) and its later place in the Turkish Koç Holding group, whose Beko Elektronik
division was renamed Grundig Elektronik A.Ş. and was to merge with Arçelik A.Ş. (consumer electronics, Germany and
Turkey); Victor Hasselblad AB, the Gothenburg camera maker, established in 1841 by Fritz Wiktor Hasselblad as the
trading company F. W. Hasselblad and Co., its photographic division started by his son Arvid Viktor Hasselblad and its
sole Swedish distributorship of the products of George Eastman, founder of Eastman Kodak, from 1888 (cameras, Sweden);
and Postipankki, the Finnish Postal Bank, later Leonia Pankki and Sampo Bank, bought by Sampo Group in 2000, with the
banks it and its owner bought in Lithuania, Estonia, Finland and Russia, sold to Danske Bank in 2007 (banking, Finland
and the Baltic countries).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): the Kiwix copy of 'Grundig' in the dump of May 2015 (the-uncensored-wiki.com:20151,
'wikipedia_en_all_2015-05'), piglix.com's copy of 'Hasselblad' (a revision of 2015-2016 by its infobox) and
en.wikipedia.org's '= Title =' rendering of 'Postipankki' (undated); each cut at a sentence or paragraph end before the
point where the excerpt breaks off or the article's back matter begins (all `truncated`). Edits per item in `notes`
(the copies' title lines, infobox lines, headings, the 'See also' back matter and citation markers cut; no word added
or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather62e/src), the markers ('[1]',
' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-60h did. No
text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three:
seventeen queries, twelve companies or events asked for, three taken (round notes, /work/notes/gather62/61e.md;
queries, /tmp/gather62e/src/queries.txt).
usage: batch61e.py [POOL_DIR] [--dry]   (default /tmp/gather62e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather62e/pool"
SRC = "/tmp/gather62e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-57 pools (/tmp/gather62*/pool) and in /work/notes/gather62/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- consumer electronics, Germany and Turkey: Grundig (the Kiwix copy of May 2015) --------------------------------
GRUNDIG = [
 "Grundig AG is a formerly German manufacturer of consumer electronics for home entertainment which transferred to "
 "Turkish control in 2004-2007. Established in 1930 in Nuremberg by Max Grundig, the company changed hands several "
 "times before becoming part of the Turkish Ko\u00e7 Holding group. In 2007, after buying control of the Grundig brand, "
 "Ko\u00e7 Holding renamed its Beko Elektronik white goods and consumer electronics division Grundig Elektronik A.\u015e.,[1] "
 "which has decided to merge with Ar\u00e7elik A.\u015e.[2] as declared on February 27, 2009.[3]",
 "The company began in 1930 with the establishment of a store named F\u00fcrth, Grundig & Wurzer (RVF), which sold "
 "radios. After the Second World War Max Grundig recognized the need for radios in Germany, and in 1947 produced a "
 "kit, while a factory and administration centre were built at F\u00fcrth. In 1951 the first television sets were "
 "manufactured at the new facility. At the time Grundig was the largest radio manufacturer in Europe. Divisions in "
 "Nuremberg, Frankfurt and Karlsruhe were established.",
 "A plant was opened in 1960 to manufacture tape recorders in Belfast, Northern Ireland, the first production by "
 "Grundig outside Germany. The managing director of the plant Thomas Niedermayer, was kidnapped and later killed by "
 "the Provisional IRA in December 1973.[4] The factory was closed with the loss of around 1000 jobs in 1980.[5]",
 "In 1972, Grundig GmbH became Grundig AG. After this Philips began to gradually accumulate shares in the company "
 "over the years, and assumed complete economic control in 1993."]
KEPT["wp-grundig"] = ("grundig-kiwix2015.txt", GRUNDIG)
R.append(wp("wp-grundig", "Grundig",
 "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Grundig.html",
 "\n\n".join(MARK.sub("", p) for p in GRUNDIG),
 "manufacturing/consumer electronics", ["history", "founding", "ownership", "leadership"],
 "The article as the Kiwix copy of the English Wikipedia dump of May 2015 holds it in the page store "
 "(the-uncensored-wiki.com:20151, '2015-wikipedia_en_all_2015-05'; no revision id held). Cut: the title line "
 "'Grundig'; the infobox lines ('Aktiengesellschaft' to 'www'), with 'Founder | Max Grundig |', 'Defunct | April 2003, "
 "since then a trademark of Ko\u00e7 Holding |' and 'Headquarters | Nuremberg, Germany |', so the insolvency of April 2003 "
 "is not in the text (cut as batches 57p-60h cut their infoboxes); the headings 'Early history', 'Grundig in Belfast' "
 "and 'Philips stake'; the citation markers '[1]' to '[5]' (no space before them; '[1]' after a comma, so the text "
 "reads 'Grundig Elektronik A.\u015e., which'); cut after '... assumed complete economic control in 1993.', before the "
 "sentence the excerpt breaks off ('Philips sold Grundig to a Ba'; `truncated`; a cut at a sentence end, the rest of "
 "that paragraph and the article not in the excerpt), so Philips's sale of 1998 and the later owners before Ko\u00e7 are "
 "not in the text. No word added or changed. Kept as written: 'Grundig AG is a formerly German manufacturer of "
 "consumer electronics for home entertainment which transferred to Turkish control in 2004-2007.' (a hyphen in the "
 "range), 'Established in 1930 in Nuremberg by Max Grundig, the company changed hands several times before becoming "
 "part of the Turkish Ko\u00e7 Holding group.', 'after buying control of the Grundig brand, Ko\u00e7 Holding renamed its Beko "
 "Elektronik white goods and consumer electronics division Grundig Elektronik A.\u015e., which has decided to merge with "
 "Ar\u00e7elik A.\u015e. as declared on February 27, 2009.', 'a store named F\u00fcrth, Grundig & Wurzer (RVF), which sold "
 "radios', 'After the Second World War Max Grundig recognized the need for radios in Germany' (no comma after 'War'), "
 "'The managing director of the plant Thomas Niedermayer, was kidnapped and later killed by the Provisional IRA in "
 "December 1973.' (a comma after the name only), 'In 1972, Grundig GmbH became Grundig AG.', 'After this Philips began "
 "to gradually accumulate shares in the company over the years, and assumed complete economic control in 1993.' 244 "
 "words. No outage and no near-miss of one told (the Belfast factory's closure is a business decision). Recorded CC "
 "BY-SA 3.0 (a dump of May 2015, before Wikimedia's move to 4.0 of June 2023; as batches 55n-60h recorded their older "
 "Kiwix copies). Found at rank 3 of the query 'Grundig AG history Max Grundig F\u00fcrth Philips acquired stake Ar\u00e7elik "
 "Ko\u00e7 Holding Beko Wikipedia'; absoluteastronomy.com (rank 1; link glosses pasted into the text), wikizero.com and "
 "wikimili.com (ranks 6, 7; recent copies that date the founding 1945), triviaquestions.online (rank 5; the lead "
 "only), a blog (rank 2), a German wiki (rank 4) and memim.com (rank 8; a machine translation of the German article) "
 "not used. Grundig, Wurzer, Beko, Ar\u00e7elik, Arcelik, Niedermayer: " + CHECKED + " (Ko\u00e7 Holding is named in batch "
 "29a's and 29b's texts on Rahmi Ko\u00e7 and FlixBus, other matters; Philips is a party of other corpus texts, other "
 "matters).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, via the Kiwix copy of the English Wikipedia dump of May 2015"))

# ---- cameras, Sweden: Hasselblad (piglix.com's copy, a revision of 2015-2016) ----------------------------------------
HASSELBLAD = [
 "Victor Hasselblad AB is a Swedish manufacturer of medium-format cameras, photographic equipment and image scanners "
 "based in Gothenburg, Sweden. The company is best known for the classic medium-format cameras it produced since World "
 "War II.",
 "Perhaps the most famous use of the Hasselblad camera was during the Apollo program missions when humans first "
 "landed on the Moon. Almost all of the still photographs taken during these missions used modified Hasselblad "
 "cameras.",
 "The company was established in 1841 in Gothenburg, Sweden, by Fritz Wiktor Hasselblad, as a trading company, F. W. "
 "Hasselblad and Co. The founder's son, Arvid Viktor Hasselblad, was interested in photography and started the "
 "photographic division of the company. Hasselblad's corporate website quotes him as saying I certainly don\u2019t think "
 "that we will earn much money on this, but at least it will allow us to take pictures for free.",
 "In 1877, Arvid Hasselblad commissioned the construction of Hasselblad's long-time headquarters building, in use "
 "until 2002. While on honeymoon, Arvid Hasselblad met George Eastman, founder of Eastman Kodak. In 1888, Hasselblad "
 "became the sole Swedish distributor of Eastman's products."]
KEPT["wp-hasselblad"] = ("hasselblad-piglix.txt", HASSELBLAD)
R.append(wp("wp-hasselblad", "Hasselblad", "http://piglix.com/piglix/Hasselblad",
 "\n\n".join(MARK.sub("", p) for p in HASSELBLAD),
 "manufacturing/cameras", ["history", "founding", "distribution"],
 "The article as piglix.com's copy holds it in the page store (no date or revision id held; a revision of 2015-2016: "
 "its infobox reads 'Revenue | SEK 290 million (2011)' and 'Owner | Ventizz Capital Fund IV L.P., Minority investor, "
 "DJI,', DJI's minority stake being of 2015 and its majority of 2017). Cut: the infobox lines ('Private company | |' "
 "to 'Website | www.hasselblad.com |'), with 'Founder | Victor Hasselblad |', 'Key people | Victor Hasselblad, Paul "
 "Bram |', 'Owner | Ventizz Capital Fund IV L.P., Minority investor, DJI, |', 'Parent | Ventizz Capital Fund IV L.P. "
 "|' and six subsidiaries, so Victor Hasselblad, Paul Bram, Ventizz, DJI and the subsidiaries are not in the text "
 "(cut as batches 57p-60h cut their infoboxes); the copy has no title line, headings or citation markers in the "
 "excerpt; cut after '... sole Swedish distributor of Eastman's products.', before the sentence the excerpt breaks off "
 "('The business was so successful that in 1908, the photographic operations were spun off into the'; `truncated`; a "
 "cut at a sentence end), so the spin-off of 1908, Victor Hasselblad's founding of the camera business and the later "
 "owners are not in the text. No word added or changed. Kept as written: 'Victor Hasselblad AB is a Swedish "
 "manufacturer of medium-format cameras, photographic equipment and image scanners based in Gothenburg, Sweden.', "
 "'Perhaps the most famous use of the Hasselblad camera was during the Apollo program missions when humans first "
 "landed on the Moon.', 'The company was established in 1841 in Gothenburg, Sweden, by Fritz Wiktor Hasselblad, as a "
 "trading company, F. W. Hasselblad and Co.' (the full stop of 'Co.' ending the sentence), 'The founder's son, Arvid "
 "Viktor Hasselblad, was interested in photography and started the photographic division of the company.', "
 "'Hasselblad's corporate website quotes him as saying I certainly don\u2019t think that we will earn much money on this, "
 "but at least it will allow us to take pictures for free.' (no quotation marks; a curly apostrophe), 'In 1877, Arvid "
 "Hasselblad commissioned the construction of Hasselblad's long-time headquarters building, in use until 2002.', "
 "'While on honeymoon, Arvid Hasselblad met George Eastman, founder of Eastman Kodak.', 'In 1888, Hasselblad became "
 "the sole Swedish distributor of Eastman's products.' 181 words. No outage and no near-miss of one told. Recorded CC "
 "BY-SA 3.0 (a revision of 2015-2016 by its infobox, before Wikimedia's move to 4.0 of June 2023; as batch 22b "
 "recorded its piglix.com copy). Found at rank 5 of the query 'Hasselblad From Wikipedia, the free encyclopedia "
 "Swedish manufacturer of medium-format cameras G\u00f6teborg founded' (the query before, naming DJI and Shriro, brought "
 "back news and forums only); the-uncensored-wiki.com's 'Victor Hasselblad' (rank 7; the man's stub of about 2007), "
 "wikisum.wiki (rank 3; sentences out of order), a lens shop, a design blog, a camera-brand page, a collectors' site "
 "and a Japanese shop (ranks 1, 2, 4, 6, 8) not used. Hasselblad, Ventizz, Fritz Wiktor, Arvid, George Eastman: "
 + CHECKED + " (Eastman Kodak is a party of batch 30e's Wikinews text, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- banking, Finland and the Baltic countries: Postipankki (en.wikipedia.org's '= Title =' rendering, undated) -------
POSTI = [
 "The Finnish Postal Bank, in Finnish Postipankki, later known as Sampo Bank (Sampo Pankki), was a significant bank in "
 "Finland. Following the creation of Finland's postal savings system in 1887, it developed into an independent "
 "financial institution, and from 2000 expanded aggressively in the Baltic countries and Russia. It was eventually "
 "acquired in 2007 by Danske Bank.",
 "In 1887, Postis\u00e4\u00e4st\u00f6pankki () was established as the financial arm of the national Finnish post office, which "
 "accepted deposits from the public at post offices. In 1970, it was renamed Postipankki (). In 1988, it became a "
 "full-service bank, organized as a state-owned limited company.",
 "In 1997, Postipankki absorbed Suomen Vientiluotto (), and the resulting entity was rebranded Leonia Pankki. In 2000, "
 "Sampo Group acquired Leonia Pankki. Also in 2000, the group acquired Lietuvos Vystymo bankas (Lithuanian Development "
 "Bank, established in 1994) in Lithuania and Optiva Bank in Estonia. Optiva had been formed in 1998 by merger of "
 "Eesti Forekspank (est. 1992), Raepank (est. 1995) and Eesti Investeerimispank (EstIB).",
 "In 2001, Sampo's banking operations were rebranded as Sampo Bank, with reference to the Sampo, an iconic object of "
 "traditional Finnish mythology. That same year, Sampo acquired Mandatum Bank, created in 1998 by a merger of "
 "Interbank Osakepankki (established in 1988) and Mandatum & Co. (established in 1992).",
 "In 2004, Sampo Bank acquired Maras banka, an Estonian bank established in 1996. In 2006, Sampo Bank acquired the "
 "Industry and Finance Bank (known as Profibank) in Russia.",
 "In 2007, Sampo Group sold Sampo Bank to Danske Bank, while retaining its insurance business. At just over \u20ac4 "
 "billion, it was the largest cash acquisition to date in Finland. On 15 November 2012, Sampo Bank was renamed Danske "
 "Bank after banking operations were uniformed under one brand."]
KEPT["wp-postipankki"] = ("postipankki-enwiki.txt", POSTI)
R.append(wp("wp-postipankki", "Postipankki", "https://en.wikipedia.org/wiki/Postipankki",
 "\n\n".join(MARK.sub("", p) for p in POSTI),
 "finance/banking", ["history", "ownership", "acquisition", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id). Cut: "
 "the title line '= Postipankki ='; the heading '==Overview=='; the back matter after '... operations were uniformed "
 "under one brand.', the end of the article's text: the heading '==See also==' and its item '- List of banks in "
 "Finland' (`truncated`: the back matter cut). No infobox and no citation markers in this rendering. No word added or "
 "changed. Kept as written: the empty brackets the rendering leaves where the article gives a pronunciation or a "
 "Finnish form ('Postis\u00e4\u00e4st\u00f6pankki () was established', 'it was renamed Postipankki ().', 'absorbed Suomen "
 "Vientiluotto (), and'), 'The Finnish Postal Bank, in Finnish Postipankki, later known as Sampo Bank (Sampo Pankki), "
 "was a significant bank in Finland.', 'It was eventually acquired in 2007 by Danske Bank.', 'In 2000, Sampo Group "
 "acquired Leonia Pankki.', 'Also in 2000, the group acquired Lietuvos Vystymo bankas (Lithuanian Development Bank, "
 "established in 1994) in Lithuania and Optiva Bank in Estonia.', 'Optiva had been formed in 1998 by merger of Eesti "
 "Forekspank (est. 1992), Raepank (est. 1995) and Eesti Investeerimispank (EstIB).' (no article before 'merger'), "
 "'That same year, Sampo acquired Mandatum Bank', 'In 2006, Sampo Bank acquired the Industry and Finance Bank (known "
 "as Profibank) in Russia.', 'At just over \u20ac4 billion, it was the largest cash acquisition to date in Finland.', 'On "
 "15 November 2012, Sampo Bank was renamed Danske Bank after banking operations were uniformed under one brand.' "
 "('uniformed' as written). 290 words. No outage and no near-miss of one told (the bank's card and cash-machine "
 "failures of 2012, after its data systems were merged with Danske Bank's, are not in the article; the page store "
 "holds them only in news). Recorded CC BY-SA 4.0 (doubtful: the revision is undated, as batches 56j-60g recorded "
 "their undated '= Title =' renderings). Found at rank 8 of the query 'Sampo Bank history Danske Bank acquired 2007 IT "
 "system migration customers unable online banking 2012 Wikipedia'; Danish Wikipedia's 'Sampo Bank' (rank 1; a "
 "static dump of August 2007, in Danish), en.wikipedia.org's 'Danske Bank' (rank 5; a large bank, in other corpus "
 "texts), hs.fi (rank 6; news), a case study, the bank's own history page, moneycab and banking-gateway (ranks 2, 3, "
 "4, 7) not used. Postipankki, Sampo, Leonia, Optiva, Mandatum, Profibank, Vientiluotto, Forekspank: " + CHECKED +
 " (GATHERING.md names Sampo only in batch 57b's lead for Hastings Group, another matter; 'Maras' hits only other "
 "words in an FCC text and batch 45c's script; Danske Bank is a party of other corpus texts, other matters).",
 "non-US"))


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

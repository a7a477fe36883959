#!/usr/bin/env python3
"""Batch 67i (session 61; gatherer lane 67i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 66c and 66i, turned to European
companies in arms and cars, food and retail (the lane of 66i), new to the corpus:
Hotchkiss et Cie (Societe Anonyme des Anciens Etablissements Hotchkiss et Compagnie), the French arms and car maker
established by the American gunsmith Benjamin B. Hotchkiss (Viviez 1867, Saint-Denis 1875), with Alfred Koerner as
later chairman, its guns, cars and the H35 tank, merged into Thomson-CSF (now Thales Group) (arms and cars, France);
Crosse & Blackwell, the London food company once West and Wyatt, bought in 1830 by Edmund Crosse and Thomas Blackwell,
by Nestle in 1960, later owned by Premier Foods, its brand now divided between The J.M. Smucker Company, Princes Group
and Tiger Brands (food, the UK); and Vroom & Dreesmann (V&D), the Dutch department-store chain founded in 1887 by
Willem Vroom and Anton Dreesmann, with its La Place restaurants, its holding Vendex (1972), Anton Dreesman replaced as
CEO by A.J. Verhoef (1988), and Vendex KBB's sale to KKR, Alpinvest and Permira (2004) and renaming as Maxeda (2005)
(retail, the Netherlands).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of 'Hotchkiss et Cie' (cut at a sentence end before
the sentence the excerpt breaks off in, `truncated`), en.wikipedia.org's older 'Jump to: navigation' rendering of
'Crosse & Blackwell' (the article body kept whole, not truncated) and en.wikipedia.org's older 'Jump to: navigation'
rendering of 'Vroom & Dreesmann' (a version of 2015, cut at a sentence end before the sentence the excerpt breaks off
in, `truncated`). Edits per item in `notes` (title lines, site lines, infobox lines and image captions, sub-headings,
citation markers, the empty 'See also' heading, the reference list and 'External links'; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather68i/src), the markers ('[1]', ' [1]',
'[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-66i did. No text
tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text.
A round of three: four queries, four companies asked for, three taken (round notes, /work/notes/gather68/67i.md;
queries, /tmp/gather68i/src/queries.txt).
usage: batch67i.py [POOL_DIR] [--dry]   (default /tmp/gather68i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68i/pool"
SRC = "/tmp/gather68i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- arms and cars, France: Hotchkiss et Cie (en.wikipedia.org's '= Title =' rendering) -----------------------------
HOT = [
 "Soci\u00e9t\u00e9 Anonyme des Anciens Etablissements Hotchkiss et Compagnie was a French arms and, in the 20th "
 "century, automobile manufacturer first established by American gunsmith Benjamin B. Hotchkiss. He moved to France "
 "and set up a factory, first at Viviez near Rodez in 1867, manufacturing arms used by the French in the "
 "Franco-Prussian War of 1870, then moving at Saint-Denis near Paris in 1875. It was merged into and succeeded by "
 "Thomson-CSF, now Thales Group.",
 "An example of the company's output was the Hotchkiss revolving cannon (see picture from a privately circulated book "
 "dated 1874 by Alfred Koerner, later chairman of the company). The cannon had five barrels each able to fire 43 "
 "shells a minute a distance of one mile; it was made in four sizes from 37 mm to 57 mm, the largest intended for "
 "naval use. At the turn of the twentieth century, the company introduced the gas-operated Hotchkiss machine gun, a "
 "sturdy and reliable weapon which was widely used during World War I and thereafter by the French Army.",
 "At the start of the twentieth century the company started building cars. Information provided by the company for "
 "the International Universal Exhibition of 1900, at which it displayed a variety of cannons, said the St Denis "
 "factory employed around 400 staff and had 600 machine tools.",
 "The first Hotchkiss car, a 17 CV four-cylinder model, appeared in 1903. The badge for the marque consisted of a "
 "pair of crossed cannons\u2014a salute to the company's first products.",
 "A factory fire nearly killed all projects. Despite this, a six-cylinder model followed in 1906. During World War I, "
 "they mass-produced the Hotchkiss M1914 machine gun, tank parts and other weapons. In 1933, they developed the "
 "Hotchkiss H35 tank.",
 "In 1920, there was an unsuccessful attempt to build Hotchkiss cars by a British arm of Hotchkiss in the United "
 "Kingdom\u2014only a prototype was made. The company made several successful racing cars."]
KEPT["wp-hotchkiss-et-cie"] = ("hotchkiss-enwiki.txt", HOT)
R.append(wp("wp-hotchkiss-et-cie", "Hotchkiss et Cie",
 "https://en.wikipedia.org/wiki/Hotchkiss_et_Cie",
 "\n\n".join(MARK.sub("", p) for p in HOT),
 "manufacturing/arms and automobiles", ["history", "founding", "leadership", "products", "merger"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; taken "
 "for a recent rendering, as batches 58p-66i took theirs). Cut: the title line '= Hotchkiss et Cie ='; the headings "
 "'==Arms==' and '==Cars=='; cut after '... The company made several successful racing cars.', a sentence's end, "
 "before the sentence the excerpt breaks off in ('Hotchkiss racers won the Ra', no full stop; `truncated`), so the "
 "races, the company's later owners (Delahaye, Brandt) and its Jeeps are not in the text. The rendering has no "
 "infobox lines and no citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Soci\u00e9t\u00e9 Anonyme des Anciens Etablissements Hotchkiss et Compagnie was a French arms and, in "
 "the 20th century, automobile manufacturer first established by American gunsmith Benjamin B. Hotchkiss.' "
 "('Etablissements' with no accent), 'then moving at Saint-Denis near Paris in 1875.' ('moving at'), 'It was merged "
 "into and succeeded by Thomson-CSF, now Thales Group.', '(see picture from a privately circulated book dated 1874 "
 "by Alfred Koerner, later chairman of the company)' (the picture is not in the text; the bracket kept as written), "
 "'the gas-operated Hotchkiss machine gun, a sturdy and reliable weapon which was widely used during World War I and "
 "thereafter by the French Army.', 'said the St Denis factory employed around 400 staff' ('St Denis' with no point "
 "and no hyphen here), 'a pair of crossed cannons\u2014a salute' (an em dash, no spaces), 'During World War I, they "
 "mass-produced the Hotchkiss M1914 machine gun', 'by a British arm of Hotchkiss in the United Kingdom\u2014only a "
 "prototype was made.'. 319 words. No outage and no near-miss of one told (a 'factory fire nearly killed all "
 "projects': a plant accident, no service lost by users; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a recent "
 "rendering; doubtful: no revision id). Found at rank 1 of the query 'Hotchkiss et Cie French arms automobile "
 "company history Benjamin Hotchkiss merged Brandt Thomson Wikipedia' (67c's lead); theinfolist.com (rank 2, "
 "glossary entries inlined), 365daysofmotoring.com (rank 3, a blog), de.zxc.wiki (rank 4, a translation of German "
 "Wikipedia), tractors.fandom.com (rank 5, a fan wiki's own text), issuu.com (rank 6, a school magazine), "
 "kiwix.jackbot.fr (rank 7, French Wikipedia) and acearchive.org (rank 8, generated prose) not used. Hotchkiss, "
 "Alfred Koerner, Viviez, Rodez: " + CHECKED + " (Thomson-CSF only in GATHERING.md's lists of names, of another "
 "matter; Thales a party of other texts, other matters).",
 "non-US"))

# ---- food, the UK: Crosse & Blackwell (en.wikipedia.org's older 'Jump to: navigation' rendering) --------------------
CB = [
 "Crosse & Blackwell is a British food production company which has been in existence since 1706.",
 "Originally trading under the Jackson brand and then West and Wyatt, the company was purchased in 1830 by Edmund "
 "Crosse and Thomas Blackwell. Over the years, the brand has been applied to various varieties of canned, dried and "
 "bottled grocery products, including condiments and Christmas pudding.",
 "In 1960, Nestl\u00e9 bought the Crosse & Blackwell Group[2] and developed the name across a number of food "
 "categories worldwide. The acquisition increased Nestl\u00e9's output (adding 11 factories) and included the "
 "largest fish-canning factory in the UK (located in Peterhead, Aberdeenshire). Crosse & Blackwell employed 4,700 "
 "workers in production and 1,900 other employees and salesman at the time of the acquisition. The brand was later "
 "owned by Premier Foods.",
 "However, the company divested the Crosse & Blackwell operations in 2002. Today ownership of the Crosse & Blackwell "
 "brand is divided between The J.M. Smucker Company in North America, Princes Group in Europe and Tiger Brands in "
 "South Africa."]
KEPT["wp-crosse-and-blackwell"] = ("crosse-blackwell-enwiki.txt", CB)
R.append(wp("wp-crosse-and-blackwell", "Crosse & Blackwell",
 "https://en.wikipedia.org/wiki/Crosse_&_Blackwell",
 "\n\n".join(MARK.sub("", p) for p in CB),
 "food/condiments and preserves", ["history", "ownership", "acquisition", "brands"],
 "The article as en.wikipedia.org renders it in the page store under the address 'Crosse_&_Blackwell', an older "
 "rendering ('From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search', the skin used before 2018; "
 "no date or revision id held; recorded 3.0 as batch 66c recorded its older 'Jump to: navigation' rendering). Cut: "
 "the title line 'Crosse & Blackwell'; the site lines 'From Wikipedia, the free encyclopedia' and 'Jump to: "
 "navigation, search'; the infobox lines ('Crosse & Blackwell', the image caption 'Piccalilli label as used by "
 "Crosse & Blackwell around 1867[1]', 'Product type Food', 'Owner Princes Group (United Kingdom)', 'The J.M. Smucker "
 "Company (North America)', 'Tiger Brands (South Africa)', 'Introduced 1706', 'Previous owners Nestl\u00e9', 'Website "
 "(UK) (NA) (SA)'; cut as batches 54zu-66i cut their infoboxes); after the body the empty heading 'See also[edit]', "
 "the two numbered references ('1. ^ Maxwell Alexander Robertson, English reports annotated ...', '2. ^ Nestl\u00e9 "
 "(1991)- 125 Years 1866-1991 ...') and the heading 'External links[edit]'; the citation marker '[2]' after 'the "
 "Crosse & Blackwell Group'. The article body is kept whole (four paragraphs; not truncated). Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'Crosse & Blackwell is a British food production company "
 "which has been in existence since 1706.', 'Originally trading under the Jackson brand and then West and Wyatt, the "
 "company was purchased in 1830 by Edmund Crosse and Thomas Blackwell.', 'In 1960, Nestl\u00e9 bought the Crosse & "
 "Blackwell Group and developed the name across a number of food categories worldwide.', \"The acquisition increased "
 "Nestl\u00e9's output (adding 11 factories)\", '1,900 other employees and salesman' (singular), 'The brand was later "
 "owned by Premier Foods.', 'However, the company divested the Crosse & Blackwell operations in 2002.' (the company "
 "not named), 'Today ownership of the Crosse & Blackwell brand is divided between The J.M. Smucker Company in North "
 "America, Princes Group in Europe and Tiger Brands in South Africa.'. 170 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 3.0 (an older rendering, before 2018 by its skin; doubtful: no revision date). Found at "
 "rank 5 of the query 'Crosse & Blackwell history Edmund Crosse Thomas Blackwell acquired by Nestl\u00e9 1960 "
 "Premier Foods Wikipedia' (67c's lead); cosgb.blogspot.com (rank 1, a blog), en.wikipedia.org's '= Crosse & "
 "Blackwell =' rendering (rank 2), wikiwand.com (rank 3), en.m.wiki.x.io (rank 4), marbk-97t.win (rank 6), iiab.me's "
 "Kiwix copy of 2023-10 (rank 7) and wikiclassic.com (rank 8) not used (the current article's copies, all breaking "
 "off in the 1830s-1850s, with Nestl\u00e9 only in the lead). Crosse & Blackwell, Crosse and Blackwell, Edmund "
 "Crosse, West and Wyatt, Princes Group: " + CHECKED + " ('Crosse &' only in GATHERING.md's lists of names and leads; "
 "Smucker only in GATHERING.md's lists; Premier Foods in test wp-batchelors by its file name and Tiger Brands in "
 "train wp-tiger-brands, other matters, neither naming Crosse & Blackwell by the grep; Nestl\u00e9 a party of other "
 "texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older rendering"))

# ---- retail, the Netherlands: Vroom & Dreesmann (en.wikipedia.org's older 'Jump to: navigation' rendering) -----------
VD = [
 "Vroom & Dreesmann (also known as V&D) is a Dutch chain of department stores. In 2015 V&D has 67 branches throughout "
 "the Netherlands, out of which 3 are branded La Place. La Place is a restaurant chain owned by and operated in V&Ds. "
 "It also has stand-alone restaurants throughout the country.",
 "All V&D stores sell designer clothing & shoes, jewellery, cosmetics, a wide selection of books, CD & DVD home "
 "entertainment, electrical goods, stationery, cards & posters, furniture, homewares and a selection of "
 "delicatessen. The average V&D store also features one or more restaurants, a travel agent and a Postbank ATM. "
 "Larger branches also have an in-store bakery and full Postbank branch.",
 "V&D was founded in 1887 by Willem Vroom and Anton Dreesmann. The first V&D store opened in Weesperstraat in "
 "Amsterdam.",
 "Vroom & Dreesman expanded rapidly throughout the Netherlands.",
 "The ownership of V&D was reorganized into Vendex in 1972 and Vendex International in 1982.[1] In 1987 the popular "
 "La Place restaurant chain was opened in the V&D warehouses. In 1988 Anton Dreesman was replaced as CEO of V&D by "
 "A.J. Verhoef.[2]",
 "Vendex merged in 1999 with the De Bijenkorf holding company, owners of warehouse De Bijenkorf and Hema, a variety "
 "store.",
 "Vendex KBB was sold to a new investor group in 2004 that included KKR, Alpinvest, and Permira. In 2005 Vendex KBB "
 "was rebranded as Maxeda. On 8 September 2007 Vroom & Dreesmann introduced a new logo, replacing the old red and "
 "blue logo after 10 years."]
KEPT["wp-vroom-and-dreesmann"] = ("vd-enwiki.txt", VD)
R.append(wp("wp-vroom-and-dreesmann", "Vroom & Dreesmann",
 "https://en.wikipedia.org/wiki/Vroom_&_Dreesmann",
 "\n\n".join(MARK.sub("", p) for p in VD),
 "retail/department stores", ["history", "founding", "leadership", "ownership", "acquisition"],
 "The article as en.wikipedia.org renders it in the page store under the address 'Vroom_%26_Dreesmann', an older "
 "rendering ('From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search', the skin used before 2018; a "
 "version of about 2015 by its own 'In 2015 V&D has 67 branches', before the chain's bankruptcy of 31 December 2015 "
 "that later versions tell; no revision id held; recorded 3.0). Cut: the title line 'Vroom & Dreesmann'; the site "
 "lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('Vroom en "
 "Dreesmann', 'Genre Department Store', 'Founded 1887', 'Founder Willem Vroom, Anton Dreesmann', 'Parent Sun Capital "
 "Partners', 'Divisions 64 branches (2015)', '+3 La Place stand alones', 'Slogan Leef je uit', 'Website www.vd.nl') "
 "and the two image captions 'Old V&D logo outside its Almere branch' and 'Vroom & Dreesmann store in Rotterdam', so "
 "Sun Capital Partners, Almere and Rotterdam are not in the text (cut as batches 54zu-66i cut their infoboxes); the "
 "headings '19th century[edit]', '20th century[edit]' and '21st century[edit]'; the citation markers '[1]' and "
 "'[2]'; cut after '... replacing the old red and blue logo after 10 years.', a sentence's end, before the sentence "
 "the excerpt breaks off in ('In 2008 the vd.nl website was established, much after other warehouses start', no full "
 "stop; `truncated`). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Vroom & "
 "Dreesmann (also known as V&D) is a Dutch chain of department stores.', 'In 2015 V&D has 67 branches throughout the "
 "Netherlands, out of which 3 are branded La Place.' (the tense as written), 'La Place is a restaurant chain owned by "
 "and operated in V&Ds.', 'a travel agent and a Postbank ATM.', 'V&D was founded in 1887 by Willem Vroom and Anton "
 "Dreesmann.', 'Vroom & Dreesman expanded rapidly throughout the Netherlands.' (one 'n', as written), 'The ownership "
 "of V&D was reorganized into Vendex in 1972 and Vendex International in 1982.', 'In 1987 the popular La Place "
 "restaurant chain was opened in the V&D warehouses.', 'In 1988 Anton Dreesman was replaced as CEO of V&D by A.J. "
 "Verhoef.' ('Dreesman' with one 'n'; 'A.J.' with no space), 'Vendex merged in 1999 with the De Bijenkorf holding "
 "company, owners of warehouse De Bijenkorf and Hema, a variety store.', 'Vendex KBB was sold to a new investor group "
 "in 2004 that included KKR, Alpinvest, and Permira.', 'In 2005 Vendex KBB was rebranded as Maxeda.', 'On 8 "
 "September 2007 Vroom & Dreesmann introduced a new logo'. 248 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (a version of about 2015, before Wikimedia's June 2023 move to 4.0). Found at rank 1 of the "
 "query 'Vroom & Dreesmann Dutch department store chain founded Willem Vroom Anton Dreesmann Vendex Maxeda "
 "Wikipedia'; wikiwand.com (rank 2, the current article, breaking off at 'In 2004,'), heuerleute.de (rank 3, German, "
 "a book's excerpt), wikimili.com (ranks 4 and 5: rank 4 with lead sentences missing, rank 5 breaking off in the 2004 "
 "sentence), yumpu.com (rank 6, a Dutch book preview), kiwix.casplantje.nl (rank 7, Dutch Wikipedia) and "
 "en.wikipedia.org's 'Jump to content' rendering under 'V%26D' (rank 8, breaking off in the 1988 sentence) not used. "
 "Vroom, Dreesman(n), Vendex, Bijenkorf, Maxeda, Alpinvest, La Place, Verhoef, Weesperstraat: " + CHECKED + " (Hema "
 "only inside other words; KKR, Permira and Postbank parties of other texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older rendering of about 2015"))


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


R[1]["truncated"] = False   # Crosse & Blackwell: the article body kept whole

if __name__ == "__main__":
    problems = verify()
    if problems:
        sys.exit("\n".join(problems))
    write_all(R, POOL, dry="--dry" in sys.argv)

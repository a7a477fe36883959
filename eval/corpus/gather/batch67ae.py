#!/usr/bin/env python3
"""Batch 67ae (session 61; gatherer lane 67ae): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n and 66c, turned to European
companies (the lane of 67ae: English Wikipedia histories of European companies, founders and executives with posts,
acquisitions, parents and subsidiaries, mergers; from the leads of rounds 67c, 67i, 67n, 67s and 67y), new to the
corpus: Hoesch AG of Dortmund, the German steel and mining group founded in 1871 by Leopold Hoesch with his sons Wilhelm
and Albert and his cousins Viktor and Eberhard Hoesch, merged with Hoogovens into Estel in 1972, parted from it in 1982
(Detlev Karsten Rohwedder), bought by Krupp (now ThyssenKrupp) in 1991 (steel, Germany); Hadfields Limited of Hecla and
East Hecla, Sheffield, the maker of special steels and castings begun by Robert Hadfield in 1869, part of Lonrho from
1977, closed in 1983 (steel, UK); and Royal Verkade (Koninklijke Verkade, first 'De Ruyter') of Zaandam, the biscuit
and chocolate maker founded by Ericus Verkade in 1886, acquired by Pladis of Yildiz Holding in 2014, its rusk now made
by Bolletje (food, the Netherlands).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): ani.tdn.gtranslate.net's proxy copy of en.wikipedia.org's full-page rendering ('Hoesch AG'),
iiab.me's Kiwix copy of October 2023 ('Hadfields Limited') and profilpelajar.com's copy ('Verkade'); all three cut at a
sentence end before the point where the excerpt breaks off (`truncated`). Edits per item in `notes` (site lines, title
lines, infobox lines, an image caption, sub-headings and citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather68ae/src), the markers ('[1]', '[edit]') dropped and
whitespace runs compared as one space, as batches 57g-66c did. No text tells an outage or a near-miss of one. newskg
(or any extractor) was not run on any text. A round of three: eleven queries, nine companies asked for, three taken
(round notes, /work/notes/gather68/67ae.md; queries, /tmp/gather68ae/src/queries.txt).
usage: batch67ae.py [POOL_DIR] [--dry]   (default /tmp/gather68ae/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68ae/pool"
SRC = "/tmp/gather68ae/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- steel and mining, Germany: Hoesch AG (ani.tdn.gtranslate.net's proxy copy of en.wikipedia.org) ---------------
HOESCH = [
 "Hoesch (/h\u025c\u02d0r\u0283/; German: Hoesch AG; formerly also Eberhard Hoesch & Sons and Hoesch-Werke) was a "
 "German steel and mining conglomerate headquartered in Dortmund and several subsidiaries across the Ruhr region and "
 "Siegen. Founded in 1871, by Leopold Hoesch, it employed over 30,000 people by 1938 and was among the largest "
 "companies in Nazi Germany.[1]",
 "In 1972, the prominent steel producer merged with the Dutch Hoogovens steel company to form Estel.[2] Hoesch was "
 "formerly the largest employer in Dortmund.[2] In 1982, the merger with Dutch company Estel was stopped by Detlev "
 "Karsten Rohwedder, and Hoesch became again an independent company.[3] In 1991, German competitor Krupp (presently "
 "ThyssenKrupp) bought Hoesch and the merger was completed by 1992.[4]",
 "The Hoesch family had long been established in the Eifel region with various metalworking companies prior to the "
 "founding of the Dortmund company, operating factories in Monschau, Lendersdorf near D\u00fcren (since 1819), and "
 "Eschweiler (since 1847).",
 "In 1871, Leopold Hoesch, along with his sons Wilhelm (1845\u20131923) and Albert Hoesch (1847\u20131898), as well as "
 "his cousins Viktor (1824\u20131888) and Eberhard Hoesch (1827\u20131907), founded a new iron and steelworks in "
 "Dortmund, in the then-province of Westphalia, to capitalize on the location advantages of the emerging Ruhr region "
 "(rich coal deposits, railway for ore transportation)."]
KEPT["wp-hoesch-ag"] = ("hoesch-gtranslate.txt", HOESCH)
R.append(wp("wp-hoesch-ag", "Hoesch AG", "http://ani.tdn.gtranslate.net/wiki/Hoesch_AG",
 "\n\n".join(MARK.sub("", p) for p in HOESCH),
 "manufacturing/steel and mining", ["history", "founding", "merger", "acquisition"],
 "The article as ani.tdn.gtranslate.net (a GTranslate web proxy serving en.wikipedia.org's pages; its English text "
 "as the site has it, word for word the lead of the Kiwix copy wiki.av1.space/content/wikipedia_en_all_mini_2025-06 "
 "holds) renders it in the page store: en.wikipedia.org's full-page rendering ('From Wikipedia, the free "
 "encyclopedia', 'Edit this on Wikidata', '[edit]' links; its infobox says 'Founded 1871; 153 years ago', so rendered "
 "in 2024; no revision id held). Cut: the title line 'Hoesch AG' and the site line 'From Wikipedia, the free "
 "encyclopedia'; the infobox lines ('Hoesch', 'Native name', 'Hoesch AG', 'Company typePrivate' to '48,600+ (1965)', "
 "with 'PredecessorBaroper Walzwerk', 'Dortmund-H\u00f6rder H\u00fcttenverein', 'Friedrichsh\u00fctte', "
 "'K\u00f6ln-Neuessener Bergwerksverein Edit this on Wikidata', 'Founded1871; 153 years ago (1871) in Dortmund, German "
 "Empire', 'FounderLeopold Hoesch', 'Defunct1992 (1992)', 'SuccessorThyssenKrupp' and 'OwnerHoesch family', so the "
 "four predecessors and the German Empire are not in the text; cut as batches 57p-66c cut their infoboxes); the "
 "heading 'History[edit]'; the citation markers '[1]' to '[4]'; cut after '... (rich coal deposits, railway for ore "
 "transportation).', before the sentence the excerpt breaks off in ('During the 1890s, Hoesch also took-over parts of "
 "the manufacturing of the former H\u00fcsing & Co in War', no full stop; `truncated`; a cut at a paragraph end), so "
 "H\u00fcsing & Co is not in the text. Paragraphs joined with blank lines, as in the copy. No word added or changed. "
 "Kept as written: 'Hoesch (/h\u025c\u02d0r\u0283/; German: Hoesch AG; formerly also Eberhard Hoesch & Sons and "
 "Hoesch-Werke) was a German steel and mining conglomerate headquartered in Dortmund and several subsidiaries across "
 "the Ruhr region and Siegen.' (the pronunciation and the odd 'headquartered in ... several subsidiaries', as "
 "written), 'Founded in 1871, by Leopold Hoesch, it employed' (the comma after '1871'), 'In 1972, the prominent steel "
 "producer merged with the Dutch Hoogovens steel company to form Estel.', 'In 1982, the merger with Dutch company "
 "Estel was stopped by Detlev Karsten Rohwedder, and Hoesch became again an independent company.', 'In 1991, German "
 "competitor Krupp (presently ThyssenKrupp) bought Hoesch and the merger was completed by 1992.', 'Lendersdorf near "
 "D\u00fcren (since 1819), and Eschweiler (since 1847).', 'In 1871, Leopold Hoesch, along with his sons Wilhelm "
 "(1845\u20131923) and Albert Hoesch (1847\u20131898), as well as his cousins Viktor (1824\u20131888) and Eberhard "
 "Hoesch (1827\u20131907), founded a new iron and steelworks in Dortmund, in the then-province of Westphalia' (en dashes "
 "in the life years), 'to capitalize on the location advantages'. " + TYPED + "207 words. No outage and no near-miss "
 "of one told. Recorded CC BY-SA 4.0 (a rendering of 2024, after Wikimedia's June 2023 move to 4.0). Found at rank 5 of "
 "the query 'Hoesch AG German steel company history Leopold Hoesch Dortmund merged Krupp 1992 Wikipedia' (a name of the "
 "'not searched' lists of rounds 67n, 67s and 67y); encyclopedia.com (ranks 1 and 4, a company-history book's text, no "
 "open licence stated), wikisum.wiki (rank 2, sentences shuffled and reworded), en.wikipedia-on-ipfs.org (rank 3, an "
 "older revision of about 100 words, under the brief's 150), wiki.av1.space (rank 6, the lead only) and Spanish and "
 "Portuguese copies (ranks 7 and 8) not used; a second query ('Hoesch German steel and mining conglomerate Dortmund "
 "Leopold Hoesch 1871 Estel Hoogovens Krupp bought Hoesch') gave the same copies and en.m.wikipedia.org's older "
 "revision (rank 8, a shorter company part, its second section on the Nazi era), and a third (the "
 "founders' and places' names) only biographies in other languages. Hoesch, Hoesch-Werke, Leopold Hoesch, Rohwedder, "
 "Monschau, Lendersdorf, D\u00fcren, Eschweiler, Siegen, Eifel: " + CHECKED + ", GATHERING.md aside, where Hoesch stood "
 "only in the 'not searched' lists of rounds 65l-67y (Hoogovens stands in train wn-steel-industry-tata-buys-corus-2007 "
 "and dev wn-thousands-jobs-go-corus-2009, Corus's matter; Krupp and ThyssenKrupp in test wp-kockums-naval-solutions "
 "and EC texts, other matters; Dortmund and Westphalia in other texts, other matters; 'Estel' only inside 'Estelle' "
 "and the like).",
 "non-US", copy_of="the Wikipedia article, via ani.tdn.gtranslate.net, a GTranslate web proxy of en.wikipedia.org"))

# ---- special steels, UK: Hadfields Limited (iiab.me's Kiwix copy, wikipedia_en_all_maxi_2023-10) --------------------
HADFIELDS = [
 "Hadfields Limited of Hecla and East Hecla Sheffield, Yorkshire was a British manufacturer of special steels in "
 "particular manganese alloys (which were discovered by the founder's son and often known as Hadfield steel) and the "
 "manufacture of steel castings.",
 "There was a very heavy involvement in the armaments industry, in the production of shells and armour plate steel.",
 "In 1977 Hadfields became part of Tiny Rowland's Lonrho. The over-capacity of Britain's steel industry forced the "
 "closure of the Leeds Road plant in June 1981 and the East Hecla workforce was much reduced. Lonrho finally closed "
 "the last part of Hadfields in 1983 receiving compensation from GKN and the British Steel Corporation. Most of the "
 "site is now covered by Meadowhall Shopping Centre.",
 "Robert Hadfield (c.1831-20 March 1888) who died aged 57 after a long illness, belonged to a family with close links "
 "to steel makers (Brown's) and Sheffield's cutlery industry. Hadfield served his apprenticeship with edge tool firm "
 "John Sorby & Sons of Attercliffe. After a period as Attercliffe's rate collector he joined a steel wire making "
 "business associated with Sorby's. Following the death of his wire-maker partner, Shipman, Hadfield began in 1869 "
 "his own steel casting business on a site close by the River Don, off Newhall Road, Attercliffe."]
KEPT["wp-hadfields-limited"] = ("hadfields-iiab.txt", HADFIELDS)
R.append(wp("wp-hadfields-limited", "Hadfields Limited",
 "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Hadfields_Limited",
 "\n\n".join(MARK.sub("", p) for p in HADFIELDS),
 "manufacturing/special steels", ["history", "founding", "ownership", "closure"],
 "The article as iiab.me's Kiwix server holds it in the page store under its English Wikipedia dump "
 "'wikipedia_en_all_maxi_2023-10' (a copy of October 2023; no revision id held; batches before used iiab.me's Kiwix "
 "copies). Cut: the title line 'Hadfields Limited'; the infobox lines, which the copy prints after the first paragraph "
 "('Hadfields Limited', 'Hadfields', 'FormerlyHadfield's Steel Foundry Company Limited' to '\u2022 Lonrho 1977-1983', "
 "with 'Public listed company until privatised 1967', 'Founded1869 in Sheffield, England', 'FounderRobert Hadfield "
 "(1831-1888)', 'HeadquartersEast Hecla Works, Attercliffe, ,', 'United Kingdom', 'BrandsEra, Heclon' and the owners "
 "'Robert Hadfield 1869-1888', 'Public listed company from 1888-1967', 'Dunford-Elliott 1968-1977', 'Lonrho 1977-1983', "
 "so Dunford-Elliott, the Era and Heclon brands and England are not in the text; cut as batches 57p-66c cut their "
 "infoboxes); the image caption 'Advertisement in Brassey's Naval Annual 1915 presenting Hadfield's manufacture of "
 "artillery shells and their patented \"ERA\" steel' (a line of its own before the second paragraph); the heading "
 "'History'; cut after '... off Newhall Road, Attercliffe.', before the sentence the excerpt breaks off in ('Success "
 "was assured when he became able to produce materials and', no full stop; `truncated`; a cut at a sentence end). The "
 "copy has no citation markers in this excerpt. Paragraphs joined with blank lines, as in the copy. No word added or "
 "changed. Kept as written: 'Hadfields Limited of Hecla and East Hecla Sheffield, Yorkshire was a British manufacturer "
 "of special steels in particular manganese alloys (which were discovered by the founder's son and often known as "
 "Hadfield steel) and the manufacture of steel castings.' (no comma after 'Sheffield' or 'steels'), 'There was a very "
 "heavy involvement in the armaments industry', 'In 1977 Hadfields became part of Tiny Rowland's Lonrho.', 'forced the "
 "closure of the Leeds Road plant in June 1981 and the East Hecla workforce was much reduced.', 'Lonrho finally closed "
 "the last part of Hadfields in 1983 receiving compensation from GKN and the British Steel Corporation.' (no comma "
 "before 'receiving'), 'Most of the site is now covered by Meadowhall Shopping Centre.', 'Robert Hadfield "
 "(c.1831-20 March 1888) who died aged 57 after a long illness, belonged to a family with close links to steel makers "
 "(Brown's)' (a hyphen between the life dates, no comma before 'who'), 'Hadfield served his apprenticeship with edge "
 "tool firm John Sorby & Sons of Attercliffe.', 'After a period as Attercliffe's rate collector he joined a steel wire "
 "making business associated with Sorby's.', 'Following the death of his wire-maker partner, Shipman, Hadfield began "
 "in 1869 his own steel casting business'. " + TYPED + "210 words. No outage and no near-miss of one told. Recorded "
 "CC BY-SA 4.0 (a dump of October 2023, after Wikimedia's June 2023 move to 4.0). Found at rank 7 of the query "
 "'Hadfields Limited Sheffield steel company Robert Hadfield history Wikipedia' (Hadfields: a name of round 67y's "
 "'not searched' list); infosekolah.net (rank 1, a copy without infobox, a site of unclear standing, no date), "
 "108.161.137.60/piglix (rank 2, an older copy with the infobox run into the text), goodnames.eth.limo (rank 3, "
 "undated), alem.dynip.sapo.pt's Kiwix copy of 2024-01 (rank 4, the same words, its excerpt ending sooner), a web "
 "proxy of en.m.wikipedia.org (rank 5, 'edit' run into the text), wiki-gateway.eudic.net (rank 6, undated) and "
 "en.wikipedia-on-ipfs.org (rank 8, an older dump) not used. Hadfield (as a company or founder), Hecla, Lonrho, "
 "Rowland, Meadowhall, Sorby, Leeds Road, Newhall Road, River Don, Shipman: " + CHECKED + ", GATHERING.md aside, where "
 "Hadfields and Lonrho stood only in earlier rounds' lists ('Hadfield' stands as a person's surname in dev "
 "uk-parliament-scottish-affairs-committee-salmon-farming-mowi-scottish-sea-farms-2024 and batch 17b, another matter; "
 "'Rowland' only as other persons; GKN in train and test texts of other matters; the British Steel Corporation in "
 "batch 14b's script only; Attercliffe in test wn-mcdonalds-petitions-oxford-english-dictionary-remove-2007, another "
 "matter).",
 "non-US", copy_of="the Wikipedia article, via iiab.me's Kiwix copy wikipedia_en_all_maxi_2023-10"))

# ---- biscuits and chocolate, the Netherlands: Verkade (profilpelajar.com's copy) -----------------------------------
VERKADE = [
 "Royal Verkade (Dutch: Koninklijke Verkade) is a Dutch manufacturing company, owned by a Turkish conglomerate. The "
 "company is headquartered in Zaandam and was one of the oldest existing family companies in the Netherlands. In "
 "November 2014, the company was acquired by Pladis, a global biscuit, chocolate and confectionery company owned by "
 "Y\u0131ld\u0131z Holding.[1] It was founded in 1886 by Ericus Verkade to make mostly bread and rusk,[2] and expanded "
 "to produce cookies, sweets, and, especially, chocolates.[3]",
 "The company was first named \"De Ruyter\" for a mill in Zaandam which milled flour\u2014the original \"ruiter\" "
 "(\"horse rider\") was on the company logo until 1994, when it was removed to make way for a newly designed logo, "
 "intended to give the company and its products a more contemporary look. The horseman is still found on Verkade rusk, "
 "which currently is made by the competitor, the Bolletje factory in Almelo, using the Verkade recipe.[4] The company "
 "acquired the right to bear the \"royal\" mark in their name in 1950, and employs some 450 people in Zaandam.[5] The "
 "last members of the Verkade family, Ericus's great-grandsons Erik and Arnold, left the company in 1992.[2]",
 "Commercial success came about also through marketing, starting in 1906, when the company began issuing picture cards "
 "with its products, which could be collected in albums.[6] Co Verkade, a grandson of Ericus, was instrumental in this "
 "strategy,[7] and the albums, most of them written by Jac. P. Thijsse were especially popular.[6] The albums "
 "generated a kind of collection mania among the Dutch population before World War II: 27 albums were made, a total "
 "of 3.2 million copies;[7] another source lists 28 albums and 362 million cards distributed over 30 years."]
KEPT["wp-verkade"] = ("verkade-profilpelajar.txt", VERKADE)
R.append(wp("wp-verkade", "Verkade", "https://profilpelajar.com/en/Verkade",
 "\n\n".join(MARK.sub("", p) for p in VERKADE),
 "food/biscuits and chocolate", ["history", "founding", "acquisition", "ownership", "brands"],
 "The article as profilpelajar.com (a site serving copies of Wikipedia articles; batches 24b, 32j, 40zd and 67k used "
 "its copies) holds it in the page store (undated; no revision id held; a revision naming Pladis, formed in 2016). "
 "Cut: the title line 'Verkade'; the infobox lines ('Koninklijke Verkade N.V.', 'Company typeNaamloze vennootschap' to "
 "'Websiteverkade.nl', with 'FoundedZaandam, Netherlands (2 May 1886 (1886-05-02))', 'FounderEricus Verkade', "
 "'ProductsChocolate, rusk, cookies', 'OwnerPladis' and 'Number of employees', '550', so '2 May 1886' and the name "
 "'Koninklijke Verkade N.V.' are not in the text; cut as batches 57p-66c cut their infoboxes); the heading 'History'; "
 "the citation markers '[1]' to '[7]'; cut after '... distributed over 30 years.', at the marker the excerpt breaks "
 "off in ('[', the rest of it missing; `truncated`; a cut at a sentence end). Paragraphs joined with blank lines, as "
 "in the copy. No word added or changed. Kept as written: 'Royal Verkade (Dutch: Koninklijke Verkade) is a Dutch "
 "manufacturing company, owned by a Turkish conglomerate.', 'was one of the oldest existing family companies in the "
 "Netherlands.', 'In November 2014, the company was acquired by Pladis, a global biscuit, chocolate and confectionery "
 "company owned by Y\u0131ld\u0131z Holding.' (dotless i's), 'It was founded in 1886 by Ericus Verkade to make mostly "
 "bread and rusk, and expanded to produce cookies, sweets, and, especially, chocolates.', 'The company was first named "
 "\"De Ruyter\" for a mill in Zaandam which milled flour\u2014the original \"ruiter\" (\"horse rider\")' (an em dash, no "
 "spaces), 'The horseman is still found on Verkade rusk, which currently is made by the competitor, the Bolletje "
 "factory in Almelo, using the Verkade recipe.', 'The company acquired the right to bear the \"royal\" mark in their "
 "name in 1950', 'Ericus's great-grandsons Erik and Arnold, left the company in 1992.', 'Co Verkade, a grandson of "
 "Ericus, was instrumental in this strategy, and the albums, most of them written by Jac. P. Thijsse were especially "
 "popular.' (no comma after 'Thijsse'), '27 albums were made, a total of 3.2 million copies; another source lists 28 "
 "albums and 362 million cards distributed over 30 years.'. " + TYPED + "279 words. No outage and no near-miss of one "
 "told. Recorded CC BY-SA 4.0 (undated; recorded 4.0 as batches 24b, 32j, 40zd and 67k recorded profilpelajar.com's "
 "copies). Found at rank 5 of the query 'Verkade Dutch biscuit chocolate company Zaandam Ericus Verkade history "
 "acquired United Biscuits Wikipedia' (Verkade: a name of the 'not searched' lists of rounds 67c, 67i, 67s and 67y); "
 "retroriek.nl (rank 1, a shop's note), earthspot.org (rank 2, the same words run on, 'In November 2014 the company' "
 "without the comma, an aggregator page), zaanwiki.nl and kiwix.casplantje.nl (ranks 3 and 8, Dutch), nrc.nl (rank 4, "
 "a newspaper, copyrighted), hessslslslsls.azureedge.net (rank 6, a mirror of the current page; the profilpelajar.com "
 "copy preferred as a copy batches before used) and en.muratulker.com (rank 7, a blog) not used. Verkade, De Ruyter, "
 "Bolletje, Almelo, Zaandam, Ericus, Thijsse, Yildiz Holding (with dotless i's): " + CHECKED + ", GATHERING.md aside, "
 "where Verkade and Yildiz stood only in earlier rounds' lists (Pladis stands in dev wp-jacobs, batch 60a's Jacob's "
 "matter, as the owner of United Biscuits' brands; this text names it as Verkade's buyer, another matter).",
 "non-US", copy_of="the Wikipedia article, via profilpelajar.com, a Wikipedia mirror"))


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

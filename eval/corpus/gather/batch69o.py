#!/usr/bin/env python3
"""Batch 69o (session 63; gatherer lane 69o): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 68i and 68o,
turned to European companies (the lane of 69o: English Wikipedia histories of European companies that name founders
and executives with their posts, acquisitions, parents and subsidiaries; from the leads of rounds 68o, 69c and 69i),
new to the corpus: Bahlsen, the Hanover biscuit maker founded in July 1889 by Hermann Bahlsen, with Ernst Albrecht as
its CEO in the 1970s, its executives of the war years, Werner Michael Bahlsen as sole shareholder and managing director
and now chairman, and its management board (food, Germany); DeLaval, the Swedish dairy machinery maker formerly Alfa
Laval Agri, split from Alfa Laval (founded in 1883 by Gustaf de Laval and Oscar Lamm, once AB Separator) when the
Tetra Pak Group bought Alfa Laval in 1991, now part of the Tetra Laval group beside Tetra Pak and Sidel (machinery,
Sweden); and Wertheim, the department store chain founded by Georg Wertheim in Stralsund, its Leipziger Platz store of
1896, its Aryanization and renaming as AWAG in 1939 and its last Berlin stores owned by Karstadt (retail, Germany).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): kiwix.haohe.fun's Kiwix dump wikipedia_en_all_maxi_2024-01 ('Bahlsen'), the-uncensored-
wiki.com's copy on port 20082 (an older revision, about 2008: 'DeLaval') and zims-en.kiwix.campusafrica.gos.orange.com's
Kiwix dump wikipedia_en_all_nopic ('Wertheim (department store)'; about 2009-2019). Bahlsen and Wertheim are whole in
their excerpts (each runs on to its references or the dump's licence footer: `truncated` false); DeLaval's excerpt
ends at a paragraph end with nothing after it shown (`truncated` true: the article may go on). Edits per item in
`notes` (site lines, title lines, a maintenance notice, captions, headings, edit links, list bullets, references and
citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather69o/src), citation markers ('[1]', '[edit]') dropped and whitespace runs compared as one space, as batches
57g-68o did. No text tells an outage or a near-miss of one (Bahlsen's stolen sign of 2013 is a theft, no service
lost). newskg (or any extractor) was not run on any text. A round of three: six queries, six companies asked for,
three taken (round notes /tmp/gather69o/NOTES.md; queries, /tmp/gather69o/src/queries.txt; claims,
/work/notes/gather69/CLAIMS.txt).
usage: batch69o.py [POOL_DIR] [--dry]   (default /tmp/gather69o/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69o/pool"
SRC = "/tmp/gather69o/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-63 pools "
           "(/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- food, Germany: Bahlsen (kiwix.haohe.fun, Kiwix dump wikipedia_en_all_maxi_2024-01) -----------------------------
BAHLSEN = [
 "Bahlsen is a German food company based in Hanover. It was founded in July 1889 by Hermann Bahlsen (1859\u20131919) as "
 "the \"Hannoversche Keksfabrik H. Bahlsen\". German politician Ernst Albrecht (1930\u20132014) was CEO of Bahlsen in the "
 "1970s and the press gave him the nickname \"Cookie Monster\".",
 "Bahlsen produces a range of biscuits and cakes. Its best-known product is the Leibniz-Keks (butter biscuit), "
 "introduced in 1891. It also makes products such as chocolate-dipped Pick Up! snack bars. Bahlsen operates five "
 "production facilities in Europe and exports products to about 55 countries. It also does private-label production.",
 "It remains funded by private capital.[1][2][3]",
 "Between 1943 and 1945, Bahlsen used approximately 200 forced labourers. The majority of the labourers were women "
 "from Nazi occupied Ukraine.[4][5] The company executives at the time, Hans Bahlsen, Werner Bahlsen and Klaus "
 "Bahlsen, were all members of the NSDAP and supported the SS.[6]",
 "In February 2013, a gilded bronze sign in the form of a biscuit that hung outside the corporate headquarters in "
 "Hanover was stolen overnight. A ransom demand was received asking for donations to a local children's hospital. The "
 "sign was returned without payment of the ransom.[7]",
 "From 1999 to 2018, Werner Michael Bahlsen was the sole shareholder and at the same time managing director.[8] Today "
 "he is the chairman of the board of directors.[9]",
 "Management board:",
 "Scott Brankin",
 "J\u00f6rg H\u00f6nemann",
 "Daniela M\u00fcndler",
 "Chairman of the Governance Board:",
 "Werner M. Bahlsen[10]"]
KEPT["wp-bahlsen"] = ("bahlsen-kiwix-haohe.txt", BAHLSEN)
rec = wp("wp-bahlsen", "Bahlsen", "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Bahlsen",
 "\n\n".join(MARK.sub("", p) for p in BAHLSEN),
 "food/biscuits", ["history", "founding", "executives", "ownership"],
 "The article as kiwix.haohe.fun's Kiwix dump wikipedia_en_all_maxi_2024-01 holds it in the page store (the article as "
 "it stood in about January 2024; no revision id held). Cut: the caption lines 'Logo' and 'Two Bahlsen Hit cookies' "
 "before the lead; the heading 'Key personnel'; the list bullets ('\u2022') of the management board, each name kept as "
 "its own paragraph, words unchanged (as batch 68o kept Metso's list items); the citation markers ('[1][2][3]', "
 "'[4][5]', '[6]' to '[10]'); the heading 'References' and the reference list the excerpt breaks off in ('4. \"Choco "
 "Leibniz biscuit heiress apo'), so the article's text is whole here (`truncated` false). Paragraphs joined with blank "
 "lines, as in the copy. No word added or changed. Kept as written: 'It was founded in July 1889 by Hermann Bahlsen "
 "(1859\u20131919) as the \"Hannoversche Keksfabrik H. Bahlsen\".' (the life years in brackets kept), 'German politician "
 "Ernst Albrecht (1930\u20132014) was CEO of Bahlsen in the 1970s and the press gave him the nickname \"Cookie "
 "Monster\".', 'chocolate-dipped Pick Up! snack bars', 'It remains funded by private capital.' (a paragraph of its own "
 "in the copy), 'women from Nazi occupied Ukraine' (no hyphen), 'The company executives at the time, Hans Bahlsen, "
 "Werner Bahlsen and Klaus Bahlsen, were all members of the NSDAP and supported the SS.', 'From 1999 to 2018, Werner "
 "Michael Bahlsen was the sole shareholder and at the same time managing director. Today he is the chairman of the "
 "board of directors.', 'Management board:', 'Chairman of the Governance Board:', 'Werner M. Bahlsen'. " + TYPED +
 "235 words. No outage and no near-miss of one told (the sign stolen in February 2013 is a theft). Recorded CC BY-SA "
 "4.0 (a January 2024 dump, after Wikimedia's June 2023 move to 4.0; doubtful: no revision id held, and the Kiwix "
 "mirror's own terms were not found, as earlier rounds recorded their kiwix.haohe.fun copies). Found at rank 2 of the "
 "query 'Bahlsen biscuit company Hanover history founded Hermann Bahlsen Leibniz-Keks chief executive Wikipedia' "
 "(Bahlsen: a name of the 'not searched' leads of round 69i); wikizero.net (rank 1, a newer revision without Ernst "
 "Albrecht and the managing director), en.wikipedia.org's '= Bahlsen =' rendering (rank 3, a long newer history "
 "breaking off in 1933), wikiclassic.com (ranks 4 and 6, a copy with words garbled: 'izz', 'an'', 'inner'), "
 "boerse-am-sonntag.de (rank 5, German), en.wikipedia.org's older 'Jump to navigation' rendering (rank 7, without "
 "the executives of the war years and Werner Michael Bahlsen) and candybaskets.com (rank 8, a shop page mixing the "
 "article with its own text) not used. Bahlsen, Hermann Bahlsen, Ernst Albrecht, Leibniz, Pick Up!, Werner Michael, "
 "Brankin, H\u00f6nemann, M\u00fcndler, Cookie Monster: " + CHECKED + ", and in GATHERING.md, where Bahlsen stood "
 "only in earlier rounds' lists and leads (Hanover, Europe, Ukraine, the NSDAP and the SS in other texts, other "
 "matters).",
 "non-US", copy_of="the Wikipedia article as it stood in about January 2024, a Kiwix dump served by kiwix.haohe.fun")
rec["truncated"] = False
R.append(rec)

# ---- machinery, Sweden: DeLaval (the-uncensored-wiki.com, port 20082, a revision of about 2008) ---------------------
DELAVAL = [
 "DeLaval (previously known as Alfa Laval Agri) is a Swedish company, split in 1991 from Alfa Laval, which was founded "
 "in 1883 by Gustaf de Laval and Oscar Lamm. The company is a leading producer of dairy and farming machinery. The "
 "company is part of the Tetra Laval group, which also includes Tetra Pak and Sidel.",
 "Gustaf de Laval made important contributions to the dairy industry, including the first centrifugal milk-cream "
 "separator and early milking machines, the first of which he patented in 1894. It was not until after his death, "
 "however, that the company he founded marketed the first commercially practical milking machine, in 1918. Together "
 "with Oscar Lamm, de Laval founded the company Alfa Laval in 1883, which was known as AB Separator until 1963 when "
 "the present name was introduced.",
 "In 1991, Alfa Laval Agri, a company producing dairy and farming machinery was split from Alfa Laval when it was "
 "bought by the Tetra Pak Group. When Alfa Laval was sold, Alfa Laval Agri remained a part of the Tetra Pak group and "
 "was renamed DeLaval, after the company's founder."]
KEPT["wp-delaval"] = ("delaval-uncensored-wiki.txt", DELAVAL)
R.append(wp("wp-delaval", "DeLaval", "http://the-uncensored-wiki.com:20082/articles/d/e/l/DeLaval_6991.html",
 "\n\n".join(MARK.sub("", p) for p in DELAVAL),
 "manufacturing/dairy machinery", ["history", "founding", "acquisition", "ownership"],
 "The article as the-uncensored-wiki.com's copy on port 20082 holds it in the page store (the site's older copies; its "
 "maintenance notice is dated January 2008, so a revision of about 2008; no revision id held). Cut: the title line "
 "'DeLaval'; the site line 'From Wikipedia, the free encyclopedia'; the maintenance notice 'This article needs "
 "additional citations for verification. ... (January 2008) |'; the heading with its edit link '[edit] History'. The "
 "excerpt ends at the end of the paragraph '... and was renamed DeLaval, after the company's founder.' with nothing "
 "after it shown (`truncated` true: the article may go on). No citation marker in this excerpt. Lines of the copy "
 "joined with blank lines as paragraphs. No word added or changed. Kept as written: 'DeLaval (previously known as "
 "Alfa Laval Agri) is a Swedish company, split in 1991 from Alfa Laval, which was founded in 1883 by Gustaf de Laval "
 "and Oscar Lamm.', 'The company is part of the Tetra Laval group, which also includes Tetra Pak and Sidel.', 'It was "
 "not until after his death, however, that the company he founded marketed the first commercially practical milking "
 "machine, in 1918.', 'Together with Oscar Lamm, de Laval founded the company Alfa Laval in 1883, which was known as "
 "AB Separator until 1963 when the present name was introduced.', 'In 1991, Alfa Laval Agri, a company producing "
 "dairy and farming machinery was split from Alfa Laval when it was bought by the Tetra Pak Group.' (no comma after "
 "'machinery'; 'it' as written), 'When Alfa Laval was sold, Alfa Laval Agri remained a part of the Tetra Pak group' "
 "(lower-case 'group'). " + TYPED + "183 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a "
 "revision of about 2008, first published under the GFDL and reusable under CC BY-SA after Wikimedia's 2009 "
 "relicensing, as earlier rounds recorded their copies from port 20082; doubtful: no revision id held, and the site's "
 "own terms were not found). Found at rank 2 of the query 'Alfa Laval Swedish company history founded Gustaf de Laval "
 "Oscar Lamm AB Separator Tetra Laval acquired Wikipedia' (Alfa Laval: a name of the 'not searched' leads of round "
 "69i); wikipedia.classicistranieri.com's 2008 copy of 'Alfa Laval' (rank 1, a timeline under a rewrite notice, "
 "breaking off in 1888), companies.jrank.org, fundinguniverse.com, company-histories.com and encyclopedia.com (ranks "
 "3, 4, 6, 7, 8: reference-book histories, no open licence) and landtechnik-historisch.de (rank 5, German) not used. "
 "DeLaval, de Laval, Oscar Lamm, AB Separator, Tetra Pak, Tetra Laval: " + CHECKED + ", and in GATHERING.md, where "
 "Alfa Laval stood only in earlier rounds' lists and leads ('Sidel' stands in other texts only inside words such as "
 "'sidelined').",
 "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about 2008, a the-uncensored-wiki.com copy"))

# ---- retail, Germany: Wertheim (department store) (zims-en.kiwix.campusafrica.gos.orange.com, Kiwix dump) -----------
WERTHEIM = [
 "Wertheim was a large department store chain in pre-World War II Germany. It was founded by Georg Wertheim and "
 "operated four stores in Berlin, one in Rostock, one in Stralsund (where it had been founded), and one in Breslau.",
 "The chain's most famous store, on Leipziger Platz in Berlin, was constructed in 1896. It featured 83 elevators and "
 "a glass-roofed atrium, and was one of the three largest department stores (Warenh\u00e4user) in Berlin, the others "
 "being Hermann Tietz and Kaufhaus des Westens. Brian Ladd called it \u201cthe crown jewel of the main shopping "
 "street.\"[1] The building was badly damaged in World War II and fell in the no man's land between East and West "
 "Berlin after the division of the city. The ruins were demolished in the 1950s.",
 "The company was subjected to the Nazi Aryanization policies in the 1930s. Jewish employees were forced from their "
 "positions by government mandate. The Wertheim family attempted to avoid losing control of the company by making "
 "Georg's wife, Ursula, the principal shareholder, since she was considered \"Aryan\" under Nazi law. In the end this "
 "was unsuccessful, even though they divorced to keep the shares in purely \"Aryan\" hands. The family was forced to "
 "sell all their shares at reduced prices to \"Aryans\" and in 1939 the store was renamed AWAG, an acronym for "
 "Allgemeine Warenhandelsgesellschaft A.G. (General Retailing Corporation).",
 "For many years there were two remaining stores in Berlin which operated under the Wertheim name, even though they "
 "were owned by Karstadt. The flagship store was on the Kurf\u00fcrstendamm. It was built in 1969-71 and was converted "
 "to a Karstadt in 2008. The other store was on the Schlo\u00dfstra\u00dfe in the Steglitz district. It was demolished "
 "in 2009 for construction of a new shopping center.",
 "The former Wertheim department store in Breslau is Renoma in Wroc\u0142aw.[2]"]
KEPT["wp-wertheim-department-store"] = ("wertheim-kiwix-campusafrica.txt", WERTHEIM)
rec = wp("wp-wertheim-department-store", "Wertheim (department store)",
 "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Wertheim_(department_store)",
 "\n\n".join(MARK.sub("", p) for p in WERTHEIM),
 "retail/department stores", ["history", "founding", "ownership"],
 "The article as zims-en.kiwix.campusafrica.gos.orange.com's Kiwix dump wikipedia_en_all_nopic holds it in the page "
 "store (undated; the text tells 2008 and 2009 as past, so a revision of about 2009-2019, as batches 27f and 35l "
 "recorded their copies from this site; no revision id held). Cut: the title line 'Wertheim (department store)'; the "
 "citation markers '[1]' and '[2]'; the dump's footer 'This article is issued from Wikipedia. The text is licensed "
 "under Creative Commons - Attribution - Sharealike. Additional' (broken off; not article text), so the article's "
 "text is whole here (`truncated` false). No infobox and no heading in this excerpt. Paragraphs joined with blank "
 "lines, as in the copy. No word added or changed. Kept as written: 'It was founded by Georg Wertheim and operated four "
 "stores in Berlin, one in Rostock, one in Stralsund (where it had been founded), and one in Breslau.', 'the three "
 "largest department stores (Warenh\u00e4user) in Berlin, the others being Hermann Tietz and Kaufhaus des Westens.', "
 "'Brian Ladd called it \u201cthe crown jewel of the main shopping street.\"' (a curly opening and a straight closing "
 "quotation mark, as displayed), 'between East and West Berlin', 'making Georg's wife, Ursula, the principal "
 "shareholder', 'in 1939 the store was renamed AWAG, an acronym for Allgemeine Warenhandelsgesellschaft A.G. (General "
 "Retailing Corporation).', 'two remaining stores in Berlin which operated under the Wertheim name, even though they "
 "were owned by Karstadt.', 'It was built in 1969-71 and was converted to a Karstadt in 2008.', 'the Schlo\u00dfstra\u00dfe "
 "in the Steglitz district', 'a new shopping center' (US spelling), 'The former Wertheim department store in Breslau "
 "is Renoma in Wroc\u0142aw.'. " + TYPED + "303 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a "
 "revision before Wikimedia's June 2023 move to 4.0; the dump's footer names Creative Commons Attribution-ShareAlike; "
 "doubtful: no revision id or dump date held). Found at rank 8 of the query 'Wertheim department store Berlin history "
 "founded Abraham Wertheim Stralsund Hertie Karstadt Wikipedia' (Wertheim: a lead of round 69i, 'free, no corpus "
 "hit'); sagapedia.com (ranks 1 and 5, a Dutch page and an English page wrapping the article in generated text), "
 "de.zxc.wiki (rank 2, a machine translation of German Wikipedia's Abraham Wertheim), wikisum.wiki (rank 3, a summary "
 "site's sentences on Georg Wertheim), the-uncensored-wiki.com's 2008 copy (rank 4, an older text: 'one of the "
 "largest retail chains in Germany'), historische-warenhaeuser-stralsund.de (rank 6, German) and the-uncensored-"
 "wiki.com's 2017 dump (rank 7, the same text with captions, breaking off in 2008) not used. Wertheim, Georg Wertheim, "
 "AWAG (as a name), Leipziger Platz, Kaufhaus des Westens, Brian Ladd, Renoma, Breslau: " + CHECKED + ", and in "
 "GATHERING.md, where Wertheim, Hermann Tietz, Karstadt and Kaufhaus des Westens stood only in earlier rounds' lists "
 "and leads ('AWAG' stands in other files only inside longer words; 'Warenhandelsgesellschaft' in a test CFTC text "
 "and batch 53e, another firm's name; Berlin, Rostock, Stralsund and Germany in other texts, other matters).",
 "non-US", v3=True,
 copy_of="the Wikipedia article, in a Kiwix dump served by zims-en.kiwix.campusafrica.gos.orange.com")
rec["truncated"] = False
R.append(rec)


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

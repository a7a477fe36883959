#!/usr/bin/env python3
"""Batch 68c (session 62; gatherer lane 68c): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c and 67ae, turned to
European companies (the lane of 68c: English Wikipedia histories of European companies, founders and executives with
posts, acquisitions, parents and subsidiaries, mergers; from the leads of rounds 67c, 67i, 67n, 67s, 67y and 67ae),
new to the corpus: Cockerill-Sambre of Seraing and Charleroi, the Belgian steel group formed in 1981 by the merger of
Cockerill and Hainaut-Sambre, merged into Usinor in 1998, part of Arcelor after 2002 and of ArcelorMittal as
ArcelorMittal Liege, its name from John Cockerill, founder of John Cockerill & Cie in 1817 (steel, Belgium); Firth
Brown Steels of Sheffield, formed from the share exchange and working agreement of John Brown & Company and Thomas
Firth & Sons in 1902, merged in 1930, now part of Sheffield Forgemasters, with John Brown's founding of his company in
the 1840s (steel, UK); and Tootal Broadhurst Lee of Manchester, the textile maker whose origins lie in Robert
Gardner's company of 1799, formed as a limited company by Henry Tootal Broadhurst, Henry and Joseph Lee and Robert
Scott in the 1860s, its Tootal brand now owned by Coats Viyella (textiles, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): piglix.com's copy ('Cockerill-Sambre', under the redirect name 'Cockerill-Ougr\u00e9e-Providence-
Esp\u00e9rance Longdoz'), en.wikipedia.org's revision 724908291 ('Firth Brown Steels') and 108.161.137.60/piglix's copy
('Tootal Broadhurst Lee'); the first cut where piglix's own page ends ('...'), the other two at a sentence end before
the point where the excerpt breaks off (`truncated` for all three: each article goes on). Edits per item in `notes`
(site lines, title lines, infobox lines, a sub-heading cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69c/src), citation markers ('[1]', '[edit]') dropped and whitespace
runs compared as one space, as batches 57g-67ae did (none of the three excerpts has a marker). No text tells an outage
or a near-miss of one. newskg (or any extractor) was not run on any text. A round of three: five queries, four
companies asked for, three taken (round notes /tmp/gather69c/NOTES.md; queries, /tmp/gather69c/src/queries.txt;
claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68c.py [POOL_DIR] [--dry]   (default /tmp/gather69c/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69c/pool"
SRC = "/tmp/gather69c/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- steel, Belgium: Cockerill-Sambre (piglix.com's copy) -----------------------------------------------------------
COCKERILL = [
 "Cockerill-Sambre was a group of Belgian steel manufacturers headquartered in Seraing (province of Li\u00e8ge), on the "
 "Meuse River, and in Charleroi, on the shore of the Sambre River.",
 "The Cockerill-Sambre group was formed in 1981 by the merger of two Belgian steel groups; Cockerill based in Seraing "
 "(Liege province), and Hainaut-Sambre based in Charleroi in the province of Hainaut; both being the result of post "
 "second world war consolidations of the Belgian steel industry.",
 "The company inherited a steel industry with significant debts and production overcapacity based on blast furnace "
 "production rather than electric furnace recycling, with numerous factory sites in constrained city locations, and "
 "adversely affected by competition in the export market from new steel producing countries such as South Korea and "
 "Brasil. The need to streamline was complicated by regional dependence on employment by the steel industry.",
 "It was merged into Usinor in 1998, and after 2002 was part of the Arcelor group. As of 2010 the bulk of the group is "
 "part of the ArcelorMittal multinational steel group, where it is known as ArcelorMittal Liege.",
 "The Cockerill group's name came from the British born industrialist John Cockerill who founded the John Cockerill "
 "company (John Cockerill & Cie) in 1817. In the first few decades of its existence it rose to become a major "
 "integrated steel company, not only producing iron in blast furnaces, but also producing machines and other articles "
 "from the metal. After Cockerill's death in 1840 the company became the state owned Soci\u00e9t\u00e9 anonyme John "
 "Cockerill, and an international scale producer of iron and steel metal and products."]
KEPT["wp-cockerill-sambre"] = ("cockerill-sambre-piglix.txt", COCKERILL)
R.append(wp("wp-cockerill-sambre", "Cockerill-Sambre",
 "http://piglix.com/piglix/Cockerill-Ougr%C3%A9e-Providence-Esp%C3%A9rance_Longdoz",
 "\n\n".join(MARK.sub("", p) for p in COCKERILL),
 "manufacturing/steel", ["history", "merger", "ownership", "founding"],
 "The article as piglix.com (a site serving copies of English Wikipedia articles; batches 21b-31a and 64k-65e used its "
 "copies) holds it in the page store, under the redirect name 'Cockerill-Ougr\u00e9e-Providence-Esp\u00e9rance Longdoz' "
 "(the article's own title, 'Cockerill-Sambre', heads its infobox; piglix.com's copies are of about 2017, as batches "
 "64k and 65e recorded; this one says 'As of 2010'; no revision id held). Cut: the site line '*** Welcome to piglix "
 "***' and the title line 'Cockerill-Ougr\u00e9e-Providence-Esp\u00e9rance Longdoz'; the infobox lines ('Cockerill-Sambre', "
 "'Industry Steel industry', 'Successor Usinor, then Arcelor, ultimately ArcelorMittal as the subsidiary \"ArcelorMittal "
 "Liege\"', 'Founded 1981', 'Defunct 1999', 'Headquarters Liege, Belgium', so 1999 and Belgium are not in the text; cut "
 "as batches 57p-67ae cut their infoboxes); the page's closing lines '...', 'Wikipedia', '...' (piglix's own end of "
 "its part of the article, after '... iron and steel metal and products.'; `truncated`, the article going on past "
 "it). The copy has no citation markers and no headings in this excerpt. Paragraphs joined with blank lines, as in "
 "the copy. No word added or changed. Kept as written: 'Cockerill-Sambre was a group of Belgian steel manufacturers "
 "headquartered in Seraing (province of Li\u00e8ge), on the Meuse River, and in Charleroi, on the shore of the Sambre "
 "River.', 'The Cockerill-Sambre group was formed in 1981 by the merger of two Belgian steel groups; Cockerill based in "
 "Seraing (Liege province), and Hainaut-Sambre based in Charleroi in the province of Hainaut; both being the result of "
 "post second world war consolidations' ('Liege' without the accent here, 'Li\u00e8ge' with it above; the semicolons), "
 "'such as South Korea and Brasil.' (the spelling 'Brasil'), 'It was merged into Usinor in 1998, and after 2002 was "
 "part of the Arcelor group.', 'As of 2010 the bulk of the group is part of the ArcelorMittal multinational steel "
 "group, where it is known as ArcelorMittal Liege.', 'the British born industrialist John Cockerill who founded the "
 "John Cockerill company (John Cockerill & Cie) in 1817.' (no hyphen in 'British born', no comma before 'who'), "
 "'After Cockerill's death in 1840 the company became the state owned Soci\u00e9t\u00e9 anonyme John Cockerill, and an "
 "international scale producer'. " + TYPED + "263 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a copy of about 2017, before Wikimedia's June 2023 move to 4.0). Found at rank 4 of the query 'Cockerill Seraing "
 "Belgian steel company history John Cockerill merged Cockerill-Ougr\u00e9e Wikipedia' (Cockerill: a name of the 'not "
 "searched' lists of rounds 67y and 67ae); sciencemuseumgroup.org.uk (rank 1, a museum's note, no open licence "
 "stated), reference.com (rank 2, a short older copy, '\u00a9 2015, LLC. All rights reserved.'), wikisum.wiki (rank 3, "
 "sentences shuffled), piglix.com's 'John Cockerill company' copies (ranks 5 and 8, the older company's own article: "
 "no purchase and no parent told), a travel blog (rank 6) and a newspaper (rank 7) not used; a second query ('John "
 "Cockerill company Belgian iron steel Seraing founded 1825 William Cockerill state owned 1842 Soci\u00e9t\u00e9 anonyme') "
 "gave the same piglix.com copies, wiki.av1.space's Kiwix copy of June 2025 (rank 5, the lead only), a web proxy of "
 "en.m.wikipedia.org (rank 6) and pinocchiopedia.com (rank 8) of the current 'John Cockerill (company, 1825\u20131955)' "
 "article, which tells two mergers and a state purchase but no named buyer or parent, so the group's article was taken. "
 "Cockerill, Cockerill-Sambre, Hainaut-Sambre, Seraing, Charleroi, Sambre, Meuse, Hainaut, Soci\u00e9t\u00e9 anonyme John "
 "Cockerill: " + CHECKED + ", GATHERING.md aside, where Cockerill stood only in the 'not searched' lists of rounds 67y "
 "and 67ae (Usinor stands in test wp-anne-lauvergeon and batch 31h, another matter; Arcelor and ArcelorMittal in "
 "train wn-steel-major-arcelor-ready-reconsider-mittals-2006, dev wn-luxembourg-india-spar-over-arcelor-takeover-2006 "
 "and train wp-nonkululeko-nyembezi-heita, Mittal's bid of 2006 and other matters; South Korea in many texts).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com"))

# ---- steel, UK: Firth Brown Steels (en.wikipedia.org, revision 724908291) -------------------------------------------
FIRTH = [
 "Firth Brown Steels was initially formed in 1902, when Sheffield steelmakers John Brown & Company exchanged shares and "
 "came to a working agreement with neighbouring company Thomas Firth & Sons. In 1908 the two companies came together "
 "and established the Brown Firth Research Laboratories and it was here, in 1912, under the leadership of Harry "
 "Brearley they developed high chrome stainless steel. The companies continued under their own management until they "
 "formally merged in 1930 becoming Firth Brown Steels. The company is now part of Sheffield Forgemasters.",
 "John Brown founded his company in the 1840s to manufacture steel files. Over the years the emphasis moved to the "
 "manufacture of railway track, made from steel provided by the new Bessemer process, and later to rail coach "
 "springs. Shipcladding and shipbuilding interests came into the company portfolio and finally, in the 1950s, general "
 "construction.",
 "Following an eight-year role in successfully selling files and cutlery around the world in 1844, John Brown started "
 "in his own right a steel-making company in Orchard Street, Sheffield, on the site of the present Orchard Square "
 "shopping development. There was no room for expansion on the site and his second works was opened in Furnival "
 "Street, a short distance away. Business expanded rapidly and more new premises were needed, this time in Holly "
 "Street, just over the road from his original works. Having works scattered throughout the city centre area made for "
 "production problems and because of this, on 1 January 1856, he opened a totally new works on a single site on the "
 "edge of the town, in Savile Street which he named Atlas Works.",
 "In 1846, whilst still at Orchard Square, he invented the conical railway buffer and became a market leader in the "
 "United Kingdom. Once settled on the new Atlas Works site he decided to make use of the steel puddling process."]
KEPT["wp-firth-brown-steels"] = ("firth-brown-enwiki-oldid.txt", FIRTH)
R.append(wp("wp-firth-brown-steels", "Firth Brown Steels",
 "https://en.wikipedia.org/wiki/Firth_Brown_Steels?oldid=724908291",
 "\n\n".join(MARK.sub("", p) for p in FIRTH),
 "manufacturing/steel", ["history", "founding", "merger", "ownership"],
 "An old revision of the article on en.wikipedia.org held by the page store (revision 724908291, its address "
 "'?oldid=724908291'; a revision of 2016 by its id, batch 29d's revision 752277200 being of 30 November 2016; a plain "
 "rendering: title line, heading lines, no citation markers, no infobox). Cut: the title line 'Firth Brown Steels'; the "
 "heading 'History of John Brown and Company' (so John Brown and Company stands in the text only as 'John Brown & "
 "Company' and 'his company'); cut after '... make use of the steel puddling process.', before the sentence the "
 "excerpt breaks off in ('Whilst the steel produced by this method is not of the high quality', no full stop; "
 "`truncated`; a cut at a sentence end), so the revision's Thomas Firth & Sons section, if it has one further on, is "
 "not in the text. Paragraphs joined with blank lines, as in the revision. No word added or changed. Kept as written: "
 "'Firth Brown Steels was initially formed in 1902, when Sheffield steelmakers John Brown & Company exchanged shares and "
 "came to a working agreement with neighbouring company Thomas Firth & Sons.', 'and it was here, in 1912, under the "
 "leadership of Harry Brearley they developed high chrome stainless steel.' (no comma after 'Brearley'), 'The "
 "companies continued under their own management until they formally merged in 1930 becoming Firth Brown Steels.', "
 "'The company is now part of Sheffield Forgemasters.', 'John Brown founded his company in the 1840s to manufacture "
 "steel files.', 'Shipcladding and shipbuilding interests came into the company portfolio and finally, in the 1950s, "
 "general construction.', 'Following an eight-year role in successfully selling files and cutlery around the world in "
 "1844, John Brown started in his own right a steel-making company in Orchard Street, Sheffield', 'his second works "
 "was opened in Furnival Street' (as written), 'on 1 January 1856, he opened a totally new works on a single site on "
 "the edge of the town, in Savile Street which he named Atlas Works.' (no comma before 'which'), 'In 1846, whilst "
 "still at Orchard Square, he invented the conical railway buffer and became a market leader in the United Kingdom.'. "
 + TYPED + "309 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a 2016 revision, before "
 "Wikimedia's June 2023 move to 4.0). Found at rank 4 of the query 'Firth Brown Steels Sheffield Thomas Firth John "
 "Brown merger 1930 Wikipedia' (Firth Brown Steels: round 67ae's lead, which named this revision, then at rank 3); "
 "sciencemuseumgroup.org.uk (rank 1, a museum's note, no open licence stated), cryer.org.uk (rank 2, a copy with the "
 "Thomas Firth part and without headings, undated; the revision on en.wikipedia.org itself preferred, with its id), "
 "infogalactic.com (rank 3, the same words under the redirect from 'Thomas Firth & Sons'), s.gtool.pro's proxy and "
 "hessslslslsls.azureedge.net's mirror of the current page (ranks 5 and 7, the Thomas Firth part first, a caption and "
 "'[edit]' lines inside), en-academic.com (rank 6, an older text with words run together, 'on1 January ,1856 ,') and "
 "wikiclassic.com (rank 8, words altered, 'wuz', 'fro'') not used. Firth Brown, Thomas Firth & Sons, Brearley, Brown "
 "Firth, Atlas Works, Orchard Street, Orchard Square, Furnival Street, Holly Street, Savile Street: " + CHECKED +
 ", GATHERING.md aside, where Firth Brown stood only in rounds 67y's and 67ae's lists and leads ('Firth' stands in train "
 "and gather texts of the Moray and Pentland Firths, other matters; 'John Brown' in test "
 "us-doj-usao-sdca-thompson-pleads-guilty-derptrolling-dos-attacks-2018 and batch 40h, other persons; 'Forgemasters' "
 "in train wp-warp-records only as a band's name; Sheffield and the United Kingdom in other texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, revision 724908291"))

# ---- textiles, UK: Tootal Broadhurst Lee (108.161.137.60/piglix's copy) ---------------------------------------------
TOOTAL = [
 "Tootal is a brand name for a range of British ties, scarves and other garments. The brand is now owned by Coats "
 "Viyella. It originates from a textile spinning and manufacturing company established in Manchester in 1799, which "
 "later became Tootal Broadhurst Lee, and subsequently Tootal Ltd. The company held patents in crease-resistant fabric.",
 "The firm identifies its origins in a company founded in Manchester in 1799 by textile merchant Robert Gardner. The "
 "Tootal family, who resided in Wakefield, Yorkshire, became involved in the company in the early nineteenth century. "
 "Sarah Tootal married Daniel Broadhurst in 1811, and their son Henry Tootal Broadhurst (1822-1896) \u2013 the brother "
 "of Charles Edward Broadhurst and brother-in-law of Sir Joseph Whitworth \u2013 established a business partnership in "
 "Manchester in 1842 with Edward Tootal and Henry Lee, who had worked in Gardner's cotton goods warehouse.",
 "The partnership opened the Sunnybank cotton spinning and weaving mills, and became the largest manufacturer of hand "
 "looms in Blackburn, but the partnership was dissolved in 1860. The firm then developed the manufacture of fancy "
 "cloths, using steam-powered looms in place of hand looms, and acquired mills at Bolton and Newton Heath for their "
 "manufacture. In the 1860s, Henry Tootal Broadhurst, Henry and Joseph Lee, and Robert Scott, were business partners "
 "who formed a limited company, Tootal Broadhurst Lee, marketing their goods under the name Tootal."]
KEPT["wp-tootal-broadhurst-lee"] = ("tootal-piglix.txt", TOOTAL)
R.append(wp("wp-tootal-broadhurst-lee", "Tootal Broadhurst Lee", "http://108.161.137.60/piglix/Tootal_Broadhurst_Lee",
 "\n\n".join(MARK.sub("", p) for p in TOOTAL),
 "manufacturing/textiles", ["history", "founding", "brands", "ownership"],
 "The article as piglix (a site serving copies of English Wikipedia articles, here at the address "
 "108.161.137.60/piglix, as batch 67ae's notes name it; piglix's copies are of about 2017, as batches 64k and 65e "
 "recorded; no revision id held) holds it in the page store. Cut: the site line '*** Welcome to piglix ***' and the "
 "title line 'Tootal Broadhurst Lee'; the infobox lines ('Tootal', 'Product type Scarves, ties, fabrics, accessories', "
 "'Owner Coats Viyella', 'Country United Kingdom', 'Introduced 1799 (1799)', 'Markets Worldwide', 'Previous owners', "
 "'\u2022 Robert Gardner (1799)', '\u2022 Tootal Broadhurst Lee (1842)', '\u2022 Tootal Ltd. (1973)', '\u2022 Tootal "
 "Group plc (1985)', 'Website tootal.co.uk', so Tootal Group plc, 1973, 1985 and the United Kingdom are not in the text; "
 "cut as batches 57p-67ae cut their infoboxes); cut after '... marketing their goods under the name Tootal.', before "
 "the paragraph the excerpt breaks off in ('The company was notable for its vertical integration, ... offices and "
 "warehouses in Bradford, Belf', no full stop; `truncated`; a cut at a paragraph end), so Bradford is not in the text. "
 "The copy has no citation markers and no headings in this excerpt. Paragraphs joined with blank lines, as in the "
 "copy. No word added or changed. Kept as written: 'Tootal is a brand name for a range of British ties, scarves and "
 "other garments.', 'The brand is now owned by Coats Viyella.', 'It originates from a textile spinning and "
 "manufacturing company established in Manchester in 1799, which later became Tootal Broadhurst Lee, and subsequently "
 "Tootal Ltd.' (the sentence ending in the abbreviation's full stop), 'The firm identifies its origins in a company "
 "founded in Manchester in 1799 by textile merchant Robert Gardner.', 'Sarah Tootal married Daniel Broadhurst in 1811, "
 "and their son Henry Tootal Broadhurst (1822-1896) \u2013 the brother of Charles Edward Broadhurst and brother-in-law "
 "of Sir Joseph Whitworth \u2013 established a business partnership in Manchester in 1842 with Edward Tootal and Henry "
 "Lee' (a hyphen between the life years, spaced en dashes around the aside), 'The partnership opened the Sunnybank "
 "cotton spinning and weaving mills, and became the largest manufacturer of hand looms in Blackburn', 'In the 1860s, "
 "Henry Tootal Broadhurst, Henry and Joseph Lee, and Robert Scott, were business partners who formed a limited "
 "company, Tootal Broadhurst Lee, marketing their goods under the name Tootal.' (the comma after 'Robert Scott'). "
 + TYPED + "226 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a copy of about 2017, before "
 "Wikimedia's June 2023 move to 4.0). Found at rank 3 of the query 'Tootal Broadhurst Lee Manchester textile company "
 "history Wikipedia' (Tootal: round 67ae's lead, which named this copy, then at rank 2); manchester.spydus.co.uk (rank "
 "1, an archive catalogue), Grace's Guide (ranks 2 and 4, no open licence taken), theinfolist.com (rank 5, a "
 "biography of Edward Tootal Broadhurst with other articles' leads run into it), manchester1.one (rank 6, a local "
 "site's article), Grace's Guide's English Calico page (rank 7) and docslib.org (rank 8, a family history) not used. "
 "Tootal, Broadhurst, Robert Gardner, Henry Lee, Joseph Lee, Robert Scott (as this firm's partner), Sunnybank, Coats "
 "Viyella, Viyella: " + CHECKED + ", GATHERING.md aside, where Tootal and Viyella stood only in earlier rounds' lists "
 "and leads (round 67y's lead on Coats names Coats Viyella as a matter of its own, reached past 1826; this text names "
 "Coats Viyella only as the brand's owner; Joseph Whitworth stands in train wp-armstrong-whitworth and test texts, "
 "the Armstrong Whitworth matter, here only a brother-in-law; Manchester, Yorkshire, Wakefield, Blackburn and Bolton in "
 "other texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix"))


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

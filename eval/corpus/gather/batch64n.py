#!/usr/bin/env python3
"""Batch 64n (session 58; gatherer lane 64n): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f and 64l, turned to companies of continental Europe (the lane
of 64n: German, French, Dutch, Belgian, Swiss, Nordic and Spanish carmakers, airlines, banks, shipping lines and
electrical and chemical makers), new to the corpus: Auto Union AG, the amalgamation of four German carmakers founded in
1932 and established in 1936 in Chemnitz, umbrella of the brands Audi, Horch, DKW and Wanderer, with its racing team
Auto Union Rennabteilung, re-founded in Ingolstadt in 1949, taken over by Volkswagen in 1964 and merged with NSU
Motorenwerke in 1969 (carmakers, Germany); Rhone-Poulenc, the French chemical and pharmaceutical company founded in
1928 by the merger of Societe des usines chimiques du Rhone and Poulenc Freres (founded by Etienne Poulenc), with
Poulenc Freres' purchase of May & Baker (1922), its purchase of A. Natterman & Cie GmbH (1986), its mergers with Rorer
(1990) and Hoechst AG (1999, forming Aventis) and Aventis's later merger into Sanofi-Aventis (chemicals and
pharmaceuticals, France); Hanomag (Hannoversche Maschinenbau AG) of Hanover, founded in 1835 by Georg Egestorff as
Eisen-Giesserey und Maschinenfabrik Georg Egestorff, renamed in 1871, maker of locomotives, tractors and the Hanomag
2/10 car, part of Komatsu since 1989 (locomotives, tractors and cars, Germany); and Norddeutscher Lloyd (North German
Lloyd), the Bremen shipping line founded on 20 February 1857 by Hermann Henrich Meier and Eduard Cruesemann, with Meier
its first chairman of the supervisory board and Cruesemann its first director, merged with Hamburg America Line on 1
September 1970 to form Hapag-Lloyd AG (shipping, Germany).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' renderings of 'Auto Union' and 'Rhone-Poulenc' (no revision
id), the-uncensored-wiki.com's 2014 static copy of 'Hanomag' ('From Wikipedia, the free encyclopedia') and
en.wikipedia-on-ipfs.org's copy of 'Norddeutscher Lloyd' (the IPFS mirror's older snapshot); each cut at a sentence or
paragraph end before the point where the excerpt breaks off (all `truncated`). Edits per item in `notes` (title lines,
site lines, infobox lines, image captions, headings and citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather65n/src), the markers ('[1]', ' [1]', '[edit]',
'[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-64l did. No text tells an
outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of four: nine queries, six
companies asked for, four taken (round notes, /work/notes/gather65/64n.md; queries, /tmp/gather65n/src/queries.txt).
usage: batch64n.py [POOL_DIR] [--dry]   (default /tmp/gather65n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65n/pool"
SRC = "/tmp/gather65n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-58 pools "
           "(/tmp/gather65*/pool) and in /work/notes/gather65/CLAIMS.txt as they stood when checked (`grep -ril`, file "
           "names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- carmakers, Germany: Auto Union (en.wikipedia.org's rendering) -------------------------------------------------
AUTO_UNION = [
 "Auto Union AG was an amalgamation of four German automobile manufacturers, founded in 1932 and established in 1936 "
 "in Chemnitz, Saxony. It is the immediate predecessor of Audi as it is known today.",
 "As well as acting as an umbrella firm for its four constituent brands (Audi, Horch, DKW, Wanderer), Auto Union is "
 "widely known for its racing team (Auto Union Rennabteilung, based at Horch works in Zwickau/Saxony). The Silver "
 "Arrows of the two German teams (Mercedes-Benz and Auto Union) dominated not only Grand Prix motor racing from 1934 "
 "onwards but set records that would take decades to beat, such as the fastest speed ever attained on a public road "
 "(at 432.7 km/h (268.9 mph), a record lasting until 2017. After being reduced to near ruin in the aftermath of World "
 "War II, Auto Union was re-founded in Ingolstadt, Bavaria, in 1949, ultimately evolving into the modern day Audi "
 "company following its takeover by Volkswagen in 1964 and later merger with NSU Motorenwerke in 1969."]
KEPT["wp-auto-union"] = ("autounion-enwiki.txt", AUTO_UNION)
R.append(wp("wp-auto-union", "Auto Union", "https://en.wikipedia.org/wiki/Auto_Union",
 "\n\n".join(MARK.sub("", p) for p in AUTO_UNION),
 "manufacturing/automobiles", ["history", "founding", "brands", "acquisition", "merger"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "its latest date '2017' ('a record lasting until 2017'); undated, a recent rendering, recorded 4.0 as batches "
 "58p-62a, 62j, 63b and 63f recorded their en.wikipedia.org renderings). Cut: the title line '= Auto Union ='; the "
 "infobox lines between the title and the lead ('Auto Union AG', '- Logo: Auto Union.svg' to '- Products: "
 "Automobiles', with '- Fate: acquired by Volkswagen,, merged with NSU ...', '- Predecessor: Zschopauer Motorenwerke "
 "J. S. Rasmussen (DKW), Audiwerke AG Zwickau, Horchwerke AG Zwickau, Wanderer plant, ...', '- Successor: Auto Union "
 "GmbH (1949\u20131968), Audi NSU Auto Union AG (1969\u20131985), Audi AG (1985\u2013present)' and '- Location: "
 "Zschopau (1932\u20131936), ...', so Zschopauer Motorenwerke, Audiwerke AG, Horchwerke AG, Audi NSU Auto Union AG, "
 "Audi AG and Zschopau are not in the text; cut as batches 57p-64l cut their infoboxes); the third paragraph, where "
 "the excerpt breaks off ('The current corporate entity which bears the Auto Union name, Auto Union GmbH, was founded "
 "in 1985 and is a', no full stop; `truncated`; a cut at a paragraph end), so Auto Union GmbH is not in the text. The "
 "rendering has no citation markers and no headings in the kept part. Paragraphs, one line each in the copy, joined "
 "with blank lines. No word added or changed. Kept as written: 'Auto Union AG was an amalgamation of four German "
 "automobile manufacturers, founded in 1932 and established in 1936 in Chemnitz, Saxony.', 'It is the immediate "
 "predecessor of Audi as it is known today.', 'its four constituent brands (Audi, Horch, DKW, Wanderer)', 'its racing "
 "team (Auto Union Rennabteilung, based at Horch works in Zwickau/Saxony)' (the slash), 'The Silver Arrows of the two "
 "German teams (Mercedes-Benz and Auto Union) dominated not only Grand Prix motor racing from 1934 onwards but set "
 "records ...', '(at 432.7 km/h (268.9 mph), a record lasting until 2017.' (the outer bracket never closed, as "
 "written), 'Auto Union was re-founded in Ingolstadt, Bavaria, in 1949, ultimately evolving into the modern day Audi "
 "company following its takeover by Volkswagen in 1964 and later merger with NSU Motorenwerke in 1969.'. 165 words "
 "(short, above the brief's 150). No outage and no near-miss of one told (a firm 'reduced to near ruin' by a war: no "
 "service lost by users). Recorded CC BY-SA 4.0 (en.wikipedia.org's current rendering; doubtful: no revision id). "
 "Found at rank 8 of the query 'Auto Union 1932 merger Audi DKW Horch Wanderer Chemnitz J\u00f8rgen Skafte Rasmussen "
 "Wikipedia' (64l's lead, asked again); liquisearch.com (ranks 1-3) and primidi.com (rank 4) (the 'Formation' section "
 "alone with 'Famous quotes' boilerplate), zalansite.site (rank 5, a MediaWiki edit form showing wikitext), "
 "audi-mediacenter.pl (rank 6, Audi's own Polish page) and qinshuip.fun (rank 7, search snippets) not used. Auto Union, "
 "Horch, DKW, Wanderer, NSU Motorenwerke, Zwickau, Rennabteilung, Silver Arrows: " + CHECKED + ", GATHERING.md aside, "
 "where Auto Union, Horch, DKW, NSU Motorenwerke and Zwickau stood only in batch 64l's lists ('Audi' only inside "
 "'audit', 'auditor'; Volkswagen and Mercedes-Benz parties of other texts, other matters).",
 "non-US"))

# ---- chemicals and pharmaceuticals, France: Rhone-Poulenc (en.wikipedia.org's rendering) ---------------------------
RHONE_POULENC = [
 "Rh\u00f4ne-Poulenc (/fr/) was a French chemical and pharmaceutical company founded in 1928. In 1999, it merged with "
 "Hoechst AG to form Aventis. As of 2015, the pharmaceutical operations of Rh\u00f4ne-Poulenc are part of Sanofi and "
 "the chemicals divisions are part of Solvay group and Bayer Crop Science.",
 "The company was founded in 1928 through the merger of Soci\u00e9t\u00e9 des usines chimiques du Rh\u00f4ne (Society "
 "of Rh\u00f4ne Chemical Factories) from Lyon and Poulenc Fr\u00e8res (Poulenc Brothers) from Paris founded by "
 "\u00c9tienne Poulenc, a 19th-century Parisian apothecary and brought to prominence by his second and third sons "
 "\u00c9mile, father of composer Francis Poulenc, and Camille Poulenc (1864\u20131942). \u00c9tablissements Poulenc "
 "Fr\u00e8res had purchased May & Baker in 1922, the latter continuing to trade under its original name until 1990.",
 "In 1950, the company synthesized chlorpromazine which it sold to Smith, Kline & French (today part of "
 "GlaxoSmithKline) who marketed the drug as Thorazine. In 1986, Rh\u00f4ne-Poulenc acquired the German pharmaceutical "
 "A. Natterman & Cie GmbH. In 1990, it merged with the pharmaceutical company Rorer to form Rh\u00f4ne-Poulenc Rorer. "
 "In January 1999, Rh\u00f4ne-Poulenc merged with Hoechst AG to form Aventis. In 2004, Aventis went on to merge with "
 "Sanofi-Synth\u00e9labo forming Sanofi-Aventis, the third-largest pharmaceutical company in the world. In 2011, "
 "Sanofi-Aventis decided to drop the Aventis suffix and change its name to Sanofi."]
KEPT["wp-rhone-poulenc"] = ("rhonepoulenc-enwiki.txt", RHONE_POULENC)
R.append(wp("wp-rhone-poulenc", "Rh\u00f4ne-Poulenc", "https://en.wikipedia.org/wiki/Rh\u00f4ne-Poulenc",
 "\n\n".join(MARK.sub("", p) for p in RHONE_POULENC),
 "manufacturing/chemicals and pharmaceuticals", ["history", "founding", "merger", "acquisition"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "its latest dates 'As of 2015' and 'In 2011'; undated, a recent rendering, recorded 4.0 as batches 58p-62a, 62j, 63b "
 "and 63f recorded their en.wikipedia.org renderings). Cut: the title line '= Rh\u00f4ne-Poulenc ='; the infobox "
 "lines between the title and the lead ('Rh\u00f4ne-Poulenc', '- Logo: 250px|Rh\u00f4ne-Poulenc' to '- Products: "
 "Chemicals and pharmaceuticals', with '- Type: merged with Hoechst AG', '- Traded As: Paris Bourse: RP' and '- "
 "Founder: \u00c9tienne Poulenc', so the infobox's founder line is not in the text; cut as batches 57p-64l cut their "
 "infoboxes); the heading '==History=='; cut after '... change its name to Sanofi.', before the paragraph 'The company "
 "was bought by \u00c9tablissements Poulenc Fr\u00e8res (later to become Soci\u00e9t\u00e9 des Usines Chimiques "
 "Rh\u00f4ne-Poulenc) in 1922, and subsequently moved to Dagenham, Essex, although it continued to trade under the May "
 "& Baker name.' (a paragraph on May & Baker standing apart from its subject, where 'The company' would read as "
 "Rh\u00f4ne-Poulenc) and the sentence the excerpt breaks off in ('In 1997, its chemicals division was spun off into a "
 "separate company named Rhodia and', no full stop; `truncated`; a cut at a paragraph end), so Dagenham, Rhodia and "
 "Bayer's purchase of 2002 are not in the text. The rendering has no citation markers in this excerpt. Paragraphs, "
 "one line each in the copy, joined with blank lines. No word added or changed. Kept as written: 'Rh\u00f4ne-Poulenc "
 "(/fr/) was a French chemical and pharmaceutical company founded in 1928.' (the rendering's '(/fr/)' where the "
 "article has its French pronunciation, kept: no word changed), 'the chemicals divisions are part of Solvay group and "
 "Bayer Crop Science' (no article before 'Solvay group'), 'the merger of Soci\u00e9t\u00e9 des usines chimiques du "
 "Rh\u00f4ne (Society of Rh\u00f4ne Chemical Factories) from Lyon and Poulenc Fr\u00e8res (Poulenc Brothers) from "
 "Paris founded by \u00c9tienne Poulenc, a 19th-century Parisian apothecary and brought to prominence by his second "
 "and third sons \u00c9mile, father of composer Francis Poulenc, and Camille Poulenc (1864\u20131942).' (an en dash in "
 "the life years), '\u00c9tablissements Poulenc Fr\u00e8res had purchased May & Baker in 1922, the latter continuing "
 "to trade under its original name until 1990.', 'In 1950, the company synthesized chlorpromazine which it sold to "
 "Smith, Kline & French (today part of GlaxoSmithKline) who marketed the drug as Thorazine.', 'the German "
 "pharmaceutical A. Natterman & Cie GmbH' (no noun after 'pharmaceutical'), 'In 1990, it merged with the "
 "pharmaceutical company Rorer to form Rh\u00f4ne-Poulenc Rorer.', 'In 2004, Aventis went on to merge with "
 "Sanofi-Synth\u00e9labo forming Sanofi-Aventis, the third-largest pharmaceutical company in the world.'. 219 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (en.wikipedia.org's current rendering; doubtful: no "
 "revision id). Found at rank 3 of the query 'Rh\u00f4ne-Poulenc French chemical and pharmaceutical company formed "
 "1928 merger Soci\u00e9t\u00e9 chimique des usines du Rh\u00f4ne Poulenc Fr\u00e8res Aventis'; talk.dob.jp (rank 1, "
 "a 2011 revision-difference page), fr.qwe.wiki and wikiland.org (ranks 2 and 5, French), absoluteastronomy.com (rank "
 "4, an older copy with glossary entries inlined), hubbry.com (rank 6, 'from Wikipedia' with '[edit]' and caption "
 "lines), de.zxc.wiki (rank 7, a translation of German Wikipedia) and bfjaawards.com (rank 8, Danish, Britannica's "
 "text) not used. Rh\u00f4ne-Poulenc, Poulenc, May & Baker, Natterman, Smith, Kline: " + CHECKED + " ('Rhone-Poulenc "
 "Rorer' only in GATHERING.md, in a list of names to check for an FTC lead; Aventis and Sanofi are parties of test "
 "wp-sanofi and wp-belen-garijo and of batches 27d and 32a, Sanofi's own history and people, another matter, "
 "though Aventis's merger of 2004 with Sanofi-Synth\u00e9labo is told here in one sentence; Hoechst, Rhodia and "
 "Solvay parties of other texts, other matters).",
 "non-US"))

# ---- locomotives, tractors and cars, Germany: Hanomag (the-uncensored-wiki.com's 2014 copy) -------------------------
HANOMAG = [
 "Hanomag (Hannoversche Maschinenbau AG) was a German producer of steam locomotives, tractors, trucks and military "
 "vehicles in Hanover. Hanomag first achieved international fame by delivering a large number of steam locomotives to "
 "Finland, Romania and Bulgaria before World War I. In 1925 they added automobiles to their line, additionally moving "
 "in 1931 into the production of construction machinery. Since 1989, the company has been part of the Komatsu "
 "company.",
 "The company dates back to 1835 when Georg Egestorff founded in Linden near Hanover a company called Eisen-Giesserey "
 "und Maschinenfabrik Georg Egestorff to build small steam engines. They soon started making farm machinery and in "
 "1846 built their first railway locomotive for the Royal Hanoverian State Railways. By 1870 they had made 500 "
 "locomotives and in 1871 changed their name to Hannoversche Maschinenbau Actien-Gesellschaft vorm. Georg Egestorff, "
 "Linden vor Hannover. Road vehicles followed when in 1905 they received a contract for steam waggons for the German "
 "army.",
 "Petrol engined vehicles followed in 1912 with a line of farm tractors.",
 "By the 1920s, the market for steam road vehicles was in terminal decline and Hanomag looked to cars as the future, "
 "particularly economy models. In 1925, they launched the Hanomag 2/10, a 370 kg (816 lb) open two seater with a "
 "rear-mounted 500cc[1] single-cylinder water cooled engine. Named Zweisitzer Limousine (two-seat limousine)[2] by the "
 "company, its rounded front and rear gained it the nickname Kommissbrot for its resemblance to a loaf of Army bread."]
KEPT["wp-hanomag"] = ("hanomag-uncensored.txt", HANOMAG)
R.append(wp("wp-hanomag", "Hanomag",
 "http://the-uncensored-wiki.com:20141/2014-wikipedia_en_all_02_2014/A/html/H/a/n/o/Hanomag.html",
 "\n\n".join(MARK.sub("", p) for p in HANOMAG),
 "manufacturing/locomotives, tractors and cars", ["history", "founding", "renaming", "ownership", "products"],
 "The article as a static copy of English Wikipedia of February 2014 holds it (the-uncensored-wiki.com, the path "
 "'2014-wikipedia_en_all_02_2014', 'From Wikipedia, the free encyclopedia'; its latest date 'Since 1989'; recorded "
 "3.0 as batch 25b and 64f recorded their the-uncensored-wiki.com copies). Cut: the title line 'Hanomag' and the site "
 "line 'From Wikipedia, the free encyclopedia'; the image captions 'Logo from a German Hanomag car ad from 1931', "
 "'Builder's Plate of Hannoversche Maschinenbau locomotive No 1477 of 1882 0-6-0 at the Finnish Railway Museum' "
 "(twice, the second as 'Hannoversche Maschinenbau locomotive No 1477 ...'), 'Hanomag Railway Engine built in 1932', "
 "'Hanomag 2/10PS \"Kommissbrot\"' and 'Hanomag 1.5 Litre \"Rekord\"', so the Finnish Railway Museum and the Rekord "
 "are not in the text; the headings 'History' and 'Cars'; the citation markers '[1]' and '[2]'; cut after '... for "
 "its resemblance to a loaf of Army bread.', before the sentence the excerpt breaks off in ('Although made in large "
 "number', no full stop; `truncated`; a cut at a sentence end). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'Hanomag (Hannoversche Maschinenbau AG) was a German producer of steam locomotives, "
 "tractors, trucks and military vehicles in Hanover.', 'In 1925 they added automobiles to their line, additionally "
 "moving in 1931 into the production of construction machinery.' ('they' for the firm), 'Since 1989, the company has "
 "been part of the Komatsu company.', 'Georg Egestorff founded in Linden near Hanover a company called "
 "Eisen-Giesserey und Maschinenfabrik Georg Egestorff' ('Giesserey' so spelled), 'in 1871 changed their name to "
 "Hannoversche Maschinenbau Actien-Gesellschaft vorm. Georg Egestorff, Linden vor Hannover.', 'steam waggons for the "
 "German army' ('waggons' so spelled), 'Petrol engined vehicles followed in 1912 with a line of farm tractors.' (one "
 "sentence, a paragraph of its own), 'a 370 kg (816 lb) open two seater with a rear-mounted 500cc single-cylinder "
 "water cooled engine', 'Named Zweisitzer Limousine (two-seat limousine) by the company, its rounded front and rear "
 "gained it the nickname Kommissbrot for its resemblance to a loaf of Army bread.'. 242 words. No outage and no "
 "near-miss of one told (a market 'in terminal decline': no service lost by users). Recorded CC BY-SA 3.0 (the 2014 "
 "copy predates Wikimedia's June 2023 move to 4.0). Found at rank 6 of the query 'Hanomag German manufacturer "
 "Hannover founded 1835 Georg Egestorff trucks tractors Komatsu acquired Wikipedia'; libromotor.com, "
 "landtechnikhistorisch.de, treckerscheune.de and brandslex.de (ranks 1, 2, 7 and 8, German pages), grokipedia.com "
 "(rank 3, not Wikipedia's text), blog.diamondtdesign.com (rank 4, a tractor site's own text, no licence) and "
 "perceptiofr.com (rank 5, French) not used; a first query ('Hanomag Hannover company history Wikipedia founded Georg "
 "Egestorff locomotives acquired') brought only German and Danish pages. Hanomag, Egestorff, Hannoversche "
 "Maschinenbau, Royal Hanoverian, Kommissbrot: " + CHECKED + ", GATHERING.md included (Komatsu a party of other "
 "texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, a 2014 static copy on the-uncensored-wiki.com"))

# ---- shipping, Germany: Norddeutscher Lloyd (en.wikipedia-on-ipfs.org's copy) --------------------------------------
NDL = [
 "Norddeutscher Lloyd (NDL) (North German Lloyd) was a German shipping company. It was founded by Hermann Henrich "
 "Meier and Eduard Cr\u00fcsemann in Bremen on 20 February 1857. It developed into one of the most important German "
 "shipping companies of the late 19th and early 20th centuries, and was instrumental in the economic development of "
 "Bremen and Bremerhaven. On 1 September 1970, the company merged with Hamburg America Line (HAPAG) to form "
 "Hapag-Lloyd AG.",
 "The German shipping company North German Lloyd (NDL) was founded by the Bremen merchants Hermann Henrich Meier and "
 "Eduard Cr\u00fcsemann on 20 February 1857, after the dissolution of the Ocean Steam Navigation Company, a joint "
 "German-American enterprise.[1][2][3][4][5] The new shipping company had no association with the British maritime "
 "classification society Lloyd's Register; in the mid-19th century, \"Lloyd\" was used as a term for a shipping "
 "company[6] (an earlier user of the term in the same context was the Trieste-based \u00d6sterreichischer Lloyd).",
 "H. H. Meier became NDL's first Chairman of the Supervisory Board, and Cr\u00fcsemann became the first director of "
 "the company (German Aktiengesellschaft \u2013 AG). Cr\u00fcsemann was in charge of both cargo services and passenger "
 "transport, which, as a result of emigration, was growing significantly. The company was also active in other "
 "areas, including tugboats, bathing, insurance, and ship repair (the last of which it still provides)."]
KEPT["wp-norddeutscher-lloyd"] = ("ndl-ipfs.txt", NDL)
R.append(wp("wp-norddeutscher-lloyd", "Norddeutscher Lloyd", "https://en.wikipedia-on-ipfs.org/wiki/Norddeutscher_Lloyd",
 "\n\n".join(MARK.sub("", p) for p in NDL),
 "transport/shipping", ["history", "founding", "people", "merger"],
 "The article as en.wikipedia-on-ipfs.org (the IPFS mirror of English Wikipedia, an older snapshot) holds it (no date "
 "or revision id held; recorded 3.0 as batch 64f and earlier batches recorded their IPFS copies, train wp-digicel "
 "among them). Cut: the title line 'Norddeutscher Lloyd'; the infobox lines between the lead and the history "
 "('Norddeutscher Lloyd', 'TypeJoint stock company' to 'Eduard Cr\u00fcsemann', with 'PredecessorOcean Steam "
 "Navigation Company', 'SuccessorHapag-Lloyd', 'FounderHermann Henrich Meier' and 'Key people', 'Co-founder and "
 "Executive Chairman', 'Eduard Cr\u00fcsemann', so the infobox's founder and key-people lines are not in the text; cut "
 "as batches 57p-64l cut their infoboxes); the headings 'History' and 'Establishment of the NDL'; the image caption "
 "'1857 NDL prospectus announcing formation of the company and offering stock for sale'; the citation markers "
 "'[1][2][3][4][5]' and '[6]'; cut after '... (the last of which it still provides).', before the sentence the "
 "excerpt breaks off in ('The fir', no full stop; `truncated`; a cut at a sentence end). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'Norddeutscher Lloyd (NDL) (North German Lloyd) was a German "
 "shipping company.' (two brackets in a row), 'It was founded by Hermann Henrich Meier and Eduard Cr\u00fcsemann in "
 "Bremen on 20 February 1857.', 'On 1 September 1970, the company merged with Hamburg America Line (HAPAG) to form "
 "Hapag-Lloyd AG.', 'The German shipping company North German Lloyd (NDL) was founded by the Bremen merchants ... on "
 "20 February 1857, after the dissolution of the Ocean Steam Navigation Company, a joint German-American "
 "enterprise.', 'The new shipping company had no association with the British maritime classification society "
 "Lloyd's Register; in the mid-19th century, \"Lloyd\" was used as a term for a shipping company (an earlier user of "
 "the term in the same context was the Trieste-based \u00d6sterreichischer Lloyd).', 'H. H. Meier became NDL's first "
 "Chairman of the Supervisory Board, and Cr\u00fcsemann became the first director of the company (German "
 "Aktiengesellschaft \u2013 AG).' (an en dash), 'including tugboats, bathing, insurance, and ship repair (the last of "
 "which it still provides)'. 220 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (the IPFS "
 "snapshot predates Wikimedia's June 2023 move to 4.0; doubtful: no revision date). Found at rank 3 of the query "
 "'North German Lloyd NDL German shipping company Bremen merchants Meier Cr\u00fcsemann Ocean Steam Navigation Company "
 "first Chairman of the Supervisory Board'; alchetron.com (rank 1, no Wikipedia attribution in the excerpt), "
 "germanchoices.blogspot.com (rank 2, a blog's copy), de.knowledgr.com (rank 4, German), pinocchiopedia.com (rank 5, "
 "a later wording with '[edit]' lines), beingsilvero468.cfd (rank 6, a proxy under another page's address), an ebay "
 "listing (rank 7) and wiki2.org (rank 8, extension boilerplate before the article) not used; a first query "
 "('Norddeutscher Lloyd German shipping company founded 1857 Bremen Hermann Henrich Meier Eduard Cr\u00fcsemann merged "
 "Hapag 1970 Wikipedia') brought German, Danish and Norwegian pages, marinelink.com's news, Simple English Wikipedia "
 "(62 words of prose) and alchetron.com. Norddeutscher Lloyd, North German Lloyd, Hamburg America, Cr\u00fcsemann, "
 "Henrich Meier, Ocean Steam Navigation, Lloyd's Register, Bremerhaven: " + CHECKED + ", GATHERING.md aside, where "
 "Norddeutscher Lloyd stood only in batch 64l's list of free names and Hapag-Lloyd in other batches' not-used lists "
 "('Crusemann' only as another person, Michael Crusemann, in an SEC matter; \u00d6sterreichischer Lloyd an alias in "
 "train wp-italia-marittima, the Trieste line's own history, named here only as an earlier user of the word "
 "'Lloyd').",
 "non-US", v3=True, copy_of="the Wikipedia article, an older snapshot on the IPFS mirror"))


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

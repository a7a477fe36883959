#!/usr/bin/env python3
"""Batch 57v (session 55; gatherer lane 57v): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57g and 57o, turned
to mid-size companies of Belgium, Switzerland, Germany and Austria in luxury and household goods, new to the corpus: a
Brussels maker of fine leather goods founded in 1829 by Charles Delvaux, purveyor to the Royal Court of Belgium, taken
over in 1933 by Franz Schwennicke from the last of the family, maker of the 'Le Brillant' handbag and owned by
Richemont since 2021 (leather goods, Belgium); the Ibach knife maker founded in 1884 as Messerfabrik Carl Elsener by
Karl Elsener (who co-founded an association of Swiss knife makers in 1891), supplier of knives to the Swiss army and
buyer of its rival Wenger in 2005 (cutlery, Switzerland); the Cologne luggage maker founded in 1898 by Paul Morszeck and
Heinrich Görtz as Görtz & Morszeck, with Paul Morszeck its only director by 1900, the trademark registered by his son
Richard in 1931, and an 80% stake bought by LVMH with Alexandre Arnault as CEO (luggage, Germany); and the Kufstein
maker of wine glasses established in Bohemia in 1756, headed by Georg and Maximilian Riedel, buyer of the F X Nachtmann
Group and with it Spiegelau in 2004, maker of the Sommeliers line (glassware, Austria).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Delvaux (company)' (a revision of 2021 or later) and 'Victorinox'
(undated), en.wikipedia.org's 'Jump to navigation Jump to search' rendering of 'Rimowa' (a revision of about
2018-2021) and its older 'http:' rendering of 'Riedel (glass manufacturer)' (the 'Jump to: navigation, search'
layout, before about 2018); three cut at a sentence or paragraph end (`truncated`), Rimowa's body kept whole. Edits per
item in `notes` (title lines, infobox lines, hatnotes, image captions, headings, citation markers and reference lists
cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather58v/src),
the markers ('[1]', ' [4]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as
batches 56b, 56j, 57a, 57b, 57g, 57j and 57o did. No text tells an outage, and none a near-miss of one beyond
Delvaux's 'gradual decline' and a factory fire at Rimowa (business events). newskg (or any extractor) was not run on any
text. A round of four out of fifteen queries (round notes, /work/notes/gather58/57v.md; queries,
/tmp/gather58v/src/queries.txt).
usage: batch57v.py [POOL_DIR] [--dry]   (default /tmp/gather58v/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58v/pool"
SRC = "/tmp/gather58v/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- leather goods, Belgium: Delvaux (en.wikipedia.org '= Title =' rendering, a revision of 2021 or later) ---------
DELVAUX = [
 "Delvaux is a Belgian manufacturer of fine leather luxury goods founded in 1829 by Charles Delvaux. The company is "
 "the oldest fine leather luxury goods house in the world. Since 2021 the company has been owned by Richemont.",
 "In 1829, a year before Belgium declared its independence, Charles Delvaux opened a travel goods workshop and store "
 "in Brussels, Belgium.",
 "In 1883, Delvaux was granted the title of \"Official purveyor to the Royal Court of Belgium\u201d as it started "
 "supplying leather goods to Belgium\u2019s royalty.",
 "In 1908, Delvaux filed its first patents for handbags.",
 "Delvaux is a warrant holder to the Court of Belgium.",
 "The house went into a gradual decline at the beginning of the 20th century. In 1933 an agricultural engineer with "
 "no experience in leather goods, Franz Schwennicke, took over the company from Edmond Delvaux, the last of the "
 "Delvaux family line. While keeping the manufacturing of travel goods, he progressively introduced a new concept for "
 "the time, the creation of seasonal collections, as is still done to this day.",
 "For the 1958 Brussels World Fair, Delvaux introduced the \"Le Brillant\" handbag, designed by Paule Goethals. The "
 "range-topping \"Le Brillant\", still produced today, marked the first time the brand would create a product "
 "displaying the brand logo, in this case a buckle in the shape of a \"D\" letter.",
 "When Franz Schwennicke died in 1970, his wife Solange succeeded him, focusing on strengthening the creativity and "
 "expanding internationally."]
KEPT["wp-delvaux"] = ("delvaux-enwiki.txt", DELVAUX)
R.append(wp("wp-delvaux", "Delvaux (company)", "https://en.wikipedia.org/wiki/Delvaux_(company)",
 "\n\n".join(DELVAUX),
 "luxury goods/leather goods", ["history", "founding", "ownership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2021 or later: 'Since 2021 the company has been owned by Richemont'). Cut: the title line '= Delvaux "
 "(company) =' and the line 'Delvaux Cr\u00e9ateur S.A.'; the infobox lines ('- Type: Soci\u00e9t\u00e9 Anonyme', '- "
 "Trade Name: Delvaux', '- Logo: Delvaux logo.svg', '- Founder: Charles Delvaux', '- Location City: Brussels', '- "
 "Location Country: Belgium', '- Key People: Jean-Marc Loubier (CEO)', '- Industry: Luxury goods', '- Products: "
 "handbags', '- Owner: Richemont', '- Homepage: delvaux.com'), so the CEO Jean-Marc Loubier and the company's full "
 "name are not in the text; the heading '==History=='; cut after '... strengthening the creativity and expanding "
 "internationally.', before the sentence the excerpt breaks off ('A light holdall model, the \"Le Pin\" was introduced "
 "to meet the needs of ... to carry their accessories an'; `truncated`; a cut inside a paragraph, at a sentence end). "
 "The excerpt has no citation markers. No word added or changed. Kept as written: 'founded in 1829 by Charles "
 "Delvaux', 'Since 2021 the company has been owned by Richemont.', 'In 1829, a year before Belgium declared its "
 "independence,', the mixed quotation marks of '\"Official purveyor to the Royal Court of Belgium\u201d' (a straight "
 "opening mark, a curly closing one) and the curly apostrophe of 'Belgium\u2019s royalty', 'Delvaux is a warrant "
 "holder to the Court of Belgium.' (a one-sentence paragraph), 'The house went into a gradual decline', 'an "
 "agricultural engineer with no experience in leather goods, Franz Schwennicke, took over the company from Edmond "
 "Delvaux', 'the 1958 Brussels World Fair', 'the \"Le Brillant\" handbag, designed by Paule Goethals', "
 "'range-topping', 'his wife Solange succeeded him'. 240 words. No outage and no near-miss of one told (a gradual "
 "decline is a business matter). Recorded CC BY-SA 4.0 (a revision of 2021 or later as en.wikipedia.org rendered it, "
 "as batches 56j, 56p, 57b and 57g recorded their '= Title =' renderings; doubtful in that no revision date is held "
 "and 2021-2023 revisions were published under 3.0). Found at rank 6 of the query 'Delvaux is a Belgian manufacturer "
 "of luxury leather goods founded in 1829 by Charles Delvaux, Franz Schwennicke'; worldmark.world (rank 1; a copy "
 "ending 'According to Wikipedia', with no licence stated), delvaux.com, someslashthings.com, focusonbelgium.be, "
 "brobstongroup.com, lifestyleasia.com and lxry.ca (ranks 2-5, 7, 8; copyrighted) not used. Delvaux, Schwennicke, "
 "Goethals, Le Brillant, Royal Court of Belgium: " + CHECKED + " (Richemont is named in texts on other matters, batch "
 "57o's Hackett among them; none is a history of Delvaux).", "non-US"))

# ---- cutlery, Switzerland: Victorinox (en.wikipedia.org '= Title =' rendering, undated) ------------------------------
VICTORINOX = [
 "Victorinox (/v\u026ak\u02c8t\u0252ri\u02ccn\u0252ks/) is a knife manufacturer and watchmaker based in the town of "
 "Ibach, in the Canton of Schwyz, Switzerland. It is known for its Swiss Army knives. Since its acquisition of rival "
 "Wenger in 2005, it has become the sole supplier of multi-purpose knives to the Swiss army. It is the world's "
 "biggest manufacturer of pocket knives; additionally, the company licenses its logo for watches, apparel, and travel "
 "gear.",
 "The company was founded in 1884 as Messerfabrik Carl Elsener, the workshop of Karl Elsener in Ibach. In 1891, "
 "Elsener co-founded Schweizerischer Messerschmiedverband an association of Swiss knife manufacturers.",
 "This began their relationship delivering knives to the Swiss army. In 1892, most of Elsener's knife craftsmen left "
 "knives manufacturing as it became apparent that Solingen manufacturers could deliver at a lower price. Elsener "
 "persisted in competing with Solingen, hence incurring severe financial losses.",
 "Elsener's Schweizer Offiziers- und Sportmesser was patented in 1897, and was later marketed internationally as the "
 "Original Swiss Army Knife. This knife was not adopted by the Swiss Armed Forces as ordnance, but its commercial "
 "success allowed the company to recover financially.",
 "Upon the death of his mother in 1909, Elsener named the brand \"Victoria\" in her honor. The same year, the Swiss "
 "coat of arms was introduced as the company logo."]
KEPT["wp-victorinox"] = ("victorinox-enwiki.txt", VICTORINOX)
R.append(wp("wp-victorinox", "Victorinox", "https://en.wikipedia.org/wiki/Victorinox",
 "\n\n".join(VICTORINOX),
 "consumer goods/cutlery", ["history", "founding", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "infobox's latest figures are of 2014). Cut: the title line '= Victorinox =' and the line 'Victorinox AG'; the "
 "infobox lines ('- Logo: Victorinox Logo.svg', '- Former Name: Messerfabrik Carl Elsener', '- Type: "
 "Aktiengesellschaft', '- Founder: Karl Elsener', '- Area Served: Worldwide', '- Key People: Carl Elsener Jr. "
 "(President, CEO & Chairman)', '- Products: ...', the revenue and employee lines of 2014, '- Subsid: Wenger SA', '- "
 "Homepage: www.victorinox.com', '- Foundation: , 2 January 1979', '- Location City: Ibach, Canton of Schwyz', '- "
 "Location Country: Switzerland'), so the president, CEO and chairman Carl Elsener Jr. and the name 'Victorinox AG' "
 "are not in the text; the headings '==History==' and '=== Founding ==='; cut after '... introduced as the company "
 "logo.', before the paragraph the excerpt breaks off ('In 1921, the company changed its '; `truncated`; a cut at a "
 "paragraph end), so the text does not tell how 'Victoria' became 'Victorinox'. The excerpt has no citation "
 "markers. No word added or changed. Kept as written: the pronunciation '(/v\u026ak\u02c8t\u0252ri\u02ccn\u0252ks/)', "
 "'Since its acquisition of rival Wenger in 2005, it has become the sole supplier of multi-purpose knives to the "
 "Swiss army.' (lower-case 'army'), 'founded in 1884 as Messerfabrik Carl Elsener, the workshop of Karl Elsener' "
 "(Carl and Karl as written), 'Elsener co-founded Schweizerischer Messerschmiedverband an association' (no comma), "
 "'This began their relationship', 'left knives manufacturing', \"Elsener's Schweizer Offiziers- und Sportmesser\", "
 "'the Original Swiss Army Knife', 'in her honor'. 215 words. No outage and no near-miss of one told (financial "
 "losses are a business matter). Recorded CC BY-SA 4.0 (a recent revision as en.wikipedia.org rendered it, as "
 "batches 56j, 56p, 57b and 57g recorded their '= Title =' renderings; doubtful in that no revision date is held). "
 "Found at rank 6 of the query 'Victorinox AG is a Swiss knife manufacturer founded in 1884 by Karl Elsener in Ibach, "
 "acquired Wenger in 2005'; academickids.com (rank 1; an old encyclopedia copy without a licence line in the "
 "excerpt), wikisum.wiki (rank 5; a summary), demo.elasticpress.io, malls.com, slashgear.com, 1000logos.net and "
 "growjo.com (ranks 2-4, 7, 8; copyrighted) not used. Victorinox, Elsener, Wenger, Messerschmiedverband, Sportmesser, "
 "Ibach: " + CHECKED + ".", "non-US"))

# ---- luggage, Germany: Rimowa (en.wikipedia.org 'Jump to navigation Jump to search' rendering, about 2018-2021) -----
RIMOWA = [
 "RIMOWA is a luggage manufacturer. The company was founded in 1898, in Cologne, Germany. In 2016, LVMH acquired an "
 "80% stake in the company.",
 "In 1898, Paul Morszeck and Heinrich G\u00f6rtz founded the company under the name G\u00f6rtz & Morszeck. By 1900, "
 "Paul Morszeck remained as the only director of the company. In 1931, his son, Richard Morszeck, became involved in "
 "the company and registered the trademark RIMOWA at the Reich Patent Office in Berlin. \"RIMOWA\" is an acronym for "
 "Richard Morszeck Warenzeichen (Warenzeichen = trademark).",
 "In the 1930s, a fire in their factory burned most of their materials, leaving only aluminum. As a result, RIMOWA "
 "used metal cases.",
 "In 2000, the company introduced polycarbonate in box construction.",
 "RIMOWA produces its products in its own factories in Germany, Czech Republic, Canada and Brazil. In 2013, 5,800 "
 "cases were produced daily.",
 "In 2017, RIMOWA joined the LVMH Group and became its first German Maison, with Alexandre Arnault becoming CEO of the "
 "company. LVMH acquired an 80% stake for 640 million euros.",
 "In 1937, the first suitcases with grooves were produced. Made from duraluminium, an alloy of aluminium and "
 "magnesium. Originally, the parallel-grooved aluminum structure was used to stabilize the thin aluminum, now this is "
 "the RIMOWA signature, protected as a trademark."]
KEPT["wp-rimowa"] = ("rimowa-enwiki.txt", RIMOWA)
R.append(wp("wp-rimowa", "Rimowa", "https://en.wikipedia.org/wiki/Rimowa",
 "\n\n".join(RIMOWA),
 "luxury goods/luggage", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as an en.wikipedia.org rendering holds it in the page store ('From Wikipedia, the free encyclopedia', "
 "'Jump to navigation Jump to search'; undated, no revision id; a revision of about 2018-2021: a reference 'Retrieved "
 "4 June 2018', and the 'Jump to navigation Jump to search' layout en.wikipedia.org used until about 2021-2022). Cut: "
 "the lines 'From Wikipedia, the free encyclopedia' and 'Jump to navigation Jump to search'; the infobox lines "
 "('FounderPaul Morszeck', 'Key people', 'Alexandre Arnault, CEO', 'Dieter Morszeck, Co-CEO'), so the co-CEO Dieter "
 "Morszeck is not in the text; the image captions 'A typical RIMOWA suitcase' and 'An aluminum RIMOWA Topas "
 "suitcase', so the Topas model is not in the text; the citation markers '[1][2]', '[3]', '[4]', '[5]' and '[6]'; the "
 "empty lines where the rendering drops its headings; the reference list ('1. ^ \"How Alexandre Arnault Is Making a "
 "120-Year-Old Luggage Brand Relevant Again\". Fashionista. ...' to the fourth item, where the excerpt breaks off). "
 "The whole body of the article as the excerpt holds it is kept (`truncated` false). No word added or changed. Kept "
 "as written: 'RIMOWA' in capitals throughout, 'The company was founded in 1898, in Cologne, Germany.' (the comma "
 "before 'in'), 'In 2016, LVMH acquired an 80% stake' beside 'In 2017, RIMOWA joined the LVMH Group' (the deal's "
 "announcement and completion as the article gives them), 'Paul Morszeck and Heinrich G\u00f6rtz founded the company "
 "under the name G\u00f6rtz & Morszeck', 'remained as the only director', 'became involved in the company', 'the "
 "Reich Patent Office', '(Warenzeichen = trademark)', 'aluminum' beside 'aluminium', 'became its first German "
 "Maison', 'Made from duraluminium, an alloy of aluminium and magnesium.' (a sentence without a verb), 'now this is "
 "the RIMOWA signature'. 210 words. No outage and no near-miss of one told (a factory fire burned materials, no "
 "service named). Recorded CC BY-SA 3.0 (content of about 2018-2021, before Wikimedia's move to 4.0 of June 2023, as "
 "batches 40ze, 54zu, 55e, 55n, 56f, 57b and 57o recorded their older renderings); doubtful in that no revision id or "
 "date is held. Found at rank 3 of the query 'Rimowa is a German luggage manufacturer founded in 1898 by Paul "
 "Morszeck, LVMH acquired 80 percent'; irishexaminer.com, exithub.com, wwd.com, kunststoffweb.de, spiegel.de, "
 "germaneconomyonline.blogspot.com and tagesschau.de (ranks 1, 2, 4-8; news pages, copyrighted) not used. Rimowa, "
 "Morszeck, G\u00f6rtz, Alexandre Arnault, Reich Patent Office: " + CHECKED + " (LVMH is named in texts on other "
 "matters, batch 57o's Hackett among them; none is a history of Rimowa).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))
R[-1]["truncated"] = False

# ---- glassware, Austria: Riedel (older en.wikipedia.org 'http:' rendering, before about 2018) ------------------------
RIEDEL = [
 "Riedel (pronounced REE-d\u0259l), is a manufacturer of crystal wine glasses and related glass products based in "
 "Kufstein, Austria.",
 "Established in Bohemia in 1756, the company has been owned by the same family for more than 250 years. Georg Riedel "
 "(tenth generation) and Maximilian Riedel (eleventh generation) head up the \u20ac265 million per year glass "
 "business.",
 "Riedel is the originator of the concept of having glasses with characteristics designed to enhance types of wines. "
 "These range from the short, narrow-mouthed port glass, holding around 250 mL, to the balloon-shaped Burgundy glass, "
 "capable of holding an entire bottle of wine. The shapes are alleged to direct the wine to different parts of the "
 "mouth, emphasizing the best characteristics of the wine.",
 "Another characteristic of Riedel glasses is that they are designed to hold a small amount of wine relative to the "
 "volume of the glass, allowing the aroma of the wine to collect in the bowl. Typically a normal \"glass of wine\" "
 "will occupy about a third or less of a Riedel stem glass.",
 "In 2004 Riedel acquired the F X Nachtmann Group and, with it, one of its biggest rivals at the time, Spiegelau.",
 "The Sommeliers line was introduced in 1973 initially with 10 sizes. The Burgundy Grand Cru glass (which holds 37 "
 "ounces) was developed in 1958 and is displayed in the New York Museum of Modern Art.",
 "In 2004, Gourmet Magazine reported that \"Studies at major research centers in Europe and the U.S. suggest that "
 "Riedel\u2019s claims are, scientifically, nonsense.\" The article states further evidence from Yale researcher "
 "Linda Bartoshuk, saying that the idea of the \"tongue map,\" claimed by Riedel to be an important part of their "
 "research, does not exist."]
KEPT["wp-riedel-glass"] = ("riedel-enwiki.txt", RIEDEL)
R.append(wp("wp-riedel-glass", "Riedel (glass manufacturer)", "http://en.wikipedia.org/wiki/Riedel_(glass_manufacturer)",
 "\n\n".join(RIEDEL),
 "consumer goods/glassware", ["history", "leadership", "deal"],
 "The article as an older en.wikipedia.org rendering holds it in the page store, at the 'http:' form of its address "
 "('From Wikipedia, the free encyclopedia', 'Jump to: navigation, search'; undated, no revision id; a revision of "
 "before about 2018: the 'Jump to:' layout, 'more than 250 years' and 'the \u20ac265 million per year glass "
 "business'). Cut: the title line 'Riedel (glass manufacturer)', the lines 'From Wikipedia, the free encyclopedia' "
 "and 'Jump to: navigation, search'; the hatnote 'This article is about the manufacturer of wine glasses. For "
 "surnames, see Riedel (surname).'; the heading 'Sommeliers glassware[edit]' and the empty lines where the rendering "
 "drops a heading; cut after '... does not exist.', before the sentence the excerpt breaks off ('According to "
 "Bartoshuk, \u201cYour brain doesn\u2019t care where taste is com'; `truncated`; a cut inside a paragraph, at a "
 "sentence end). No citation markers in the kept text. No word added or changed. Kept as written: 'Riedel "
 "(pronounced REE-d\u0259l), is a manufacturer' (the comma), 'Established in Bohemia in 1756', 'Georg Riedel (tenth "
 "generation) and Maximilian Riedel (eleventh generation) head up the \u20ac265 million per year glass business.', "
 "'The shapes are alleged to direct', 'In 2004 Riedel acquired the F X Nachtmann Group and, with it, one of its "
 "biggest rivals at the time, Spiegelau.' (no comma after '2004', no full stops in 'F X'), 'The Sommeliers line', "
 "'The Burgundy Grand Cru glass (which holds 37 ounces)', 'the New York Museum of Modern Art', 'Gourmet Magazine', "
 "the straight quotation marks beside the curly apostrophe of 'Riedel\u2019s claims', 'Yale researcher Linda "
 "Bartoshuk', 'the \"tongue map,\"'. 283 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(content of before about 2018, before Wikimedia's move to 4.0 of June 2023, as batches 40ze, 54zu, 55e, 55n, 56f, "
 "57b and 57o recorded their older renderings); doubtful in that no revision id or date is held. Found at rank 8 of "
 "the query 'Riedel is an Austrian producer of wine glasses, family company founded in 1756, acquired Nachtmann and "
 "Spiegelau'; austria-forum.org (rank 1; a German text), glasswaretales.com, worldshop.eu (three languages), "
 "intowine.com and merandi.ch (ranks 2-7; copyrighted) not used. Riedel, Nachtmann, Spiegelau, Kufstein, Bartoshuk, "
 "Gourmet Magazine: " + CHECKED + " (the Museum of Modern Art and Yale are named in texts on other matters; none is "
 "a history of Riedel).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older rendering at the 'http:' form of its address"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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

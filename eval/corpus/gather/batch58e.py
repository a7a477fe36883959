#!/usr/bin/env python3
"""Batch 58e (session 55; gatherer lane 58e): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57g, 57m, 57q, 57u
and 57v, taking up leads batches 57u and 57v left (Duvel, Lotus Bakeries, Leonidas, Red Roof), new to the corpus: a
Flemish family-controlled brewery founded in 1871 by Jan-Leonard Moortgat, bottler of Tuborg in the 1970s, listed on
Euronext Brussels in 1999, an original investor in Brewery Ommegang (set up by Wendy Littlefield and Don Feinberg)
which it took over in 2003, buyer of Brasserie d'Achouffe (2006) and Liefmans Brewery (2008) (brewing, Belgium); a
Belgian chocolate maker named after its founder Leonidas Kestekides, headed in turn by his nephew Basile Kestekides,
Yanni Kesdekoglu and Maria Kesdekoglu, with Vassiliki Kestekidou President of the Board of Directors from 2003
(confectionery, Belgium); a Lembeke biscuit company founded in 1932 by the brothers Jan, Emiel and Henri Boone, led
by Karel Boone (director, CEO, president), Matthieu and Jan Boone as CEOs in turn, maker of Lotus Biscoff, buyer of
the Dinosaurus brand (biscuits, Belgium); and an American economy hotel chain founded in 1973 by Jim Trueman, bought
by the Morgan Stanley Real Estate Fund (1994) and by Accor (1999, owner of Motel 6), whose sale to Citigroup Global
Special Situations Group and Westbridge Hospitality Fund LP Accor announced in April 2007 (hotels, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of 'Duvel Moortgat Brewery' (undated), the-uncensored-wiki.com's copy
of 'Leonidas (chocolate maker)' (a revision of about 2007), an older en.wikipedia.org 'Jump to navigation Jump to
search' rendering of 'Lotus Bakeries' (about 2019-2021) and wikimili.com's copy of 'Red Roof Inn' (undated, 2013 or
later); three cut at a paragraph end before a broken sentence (`truncated`), one kept whole. Edits per item in
`notes` (title and site lines, infobox lines, image captions, headings, edit links, citation markers and the
'[clarification needed]' tag cut; no word added or changed); `verify()` checks every kept paragraph against the saved
excerpt (/tmp/gather59e/src), markers dropped and whitespace runs compared as one space, as batches 57g, 57m, 57q,
57u and 57v did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text.
A round of four: six queries, five answered with English Wikipedia text on a company not yet in the corpus, four
taken (round notes, /work/notes/gather59/58e.md; queries, /tmp/gather59e/src/queries.txt).
usage: batch58e.py [POOL_DIR] [--dry]   (default /tmp/gather59e/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59e/pool"
SRC = "/tmp/gather59e/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- brewing, Belgium: Duvel Moortgat Brewery (en.wikipedia.org '= Title =' rendering, undated) ----------------------
DUVEL = [
 "Duvel Moortgat Brewery (Brouwerij Duvel Moortgat) is a Flemish family-controlled brewery founded in 1871 in Antwerp "
 "Province, Belgium. Its strong golden pale ale, Duvel, is exported to more than forty countries. Duvel is Brabantian, "
 "Ghent and Antwerp dialect for devil, the standard Dutch word being duivel /nl/. Other popular beers include "
 "Maredsous and Vedett.",
 "The brewery Moortgat was founded in 1871 by Jan-Leonard Moortgat, who was descended from a family of brewers that "
 "lived in Steenhuffel, Belgium. In the 1950s, the third generation of Moortgats took control of the brewery.",
 "In the early 1970s, when the company was struggling financially, Moortgat bottled and distributed the Danish beer, "
 "Tuborg. The two companies ended this arrangement in the early 1980s, but it did save the brewery, which by then had "
 "managed to also set up massive distribution channels for their flagship beer, Duvel. In June 1999, Duvel Moortgat "
 "NV went public on Euronext Brussels.",
 "Duvel Moortgat was an original investor in the Belgian-influenced Brewery Ommegang craft brewery founded in "
 "Cooperstown, New York, United States, in 1997. Ommegang was set up by Wendy Littlefield and Don Feinberg, who had "
 "imported Duvel products since 1982. In 2003 the Belgian company took complete control of the brewery and set up "
 "Duvel USA to handle both Ommegang and Duvel Moortgat brands and others.",
 "In 2001, Duvel acquired 50% of the Czech brewery Bernard.",
 "In 2006, Duvel Moortgat bought fellow Belgian brewery Brasserie d'Achouffe.",
 "In June 2008 they bought Liefmans Brewery of Oudenaarde in Belgium, who are best known for their fruit beers."]
KEPT["wp-duvel-moortgat-brewery"] = ("duvel-enwiki.txt", DUVEL)
R.append(wp("wp-duvel-moortgat-brewery", "Duvel Moortgat Brewery",
 "https://en.wikipedia.org/wiki/Duvel_Moortgat_Brewery",
 "\n\n".join(DUVEL),
 "food/brewing", ["history", "founding", "ownership", "deal", "listing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; its "
 "latest figures those of 2015, 'Production: 1,400,000 hl (2015)' in the infobox). Cut: the title line '= Duvel "
 "Moortgat Brewery =' and the line 'Brouwerij Duvel Moortgat'; the infobox lines ('- Logo: 150 px|Duvel', '- Type: "
 "Private', '- Foundation: 1871', '- Location City: Breendonk', '- Location Country: Belgium', '- Industry: Brewing', "
 "'- Products: Beer', '- Production: 1,400,000 hl (2015)', '- Homepage: https://www.duvelmoortgat.be/'), so Breendonk "
 "is not in the text; the heading '==History=='; cut after '... best known for their fruit beers.', before the "
 "sentence the excerpt breaks off ('In 2010, Duvel Moortgat acquired 100 percent of the shares of the De Koninck "
 "Brewery '; `truncated`; a cut at a paragraph end), so the De Koninck purchase is not in the text. The excerpt has no "
 "citation markers. No word added or changed. Kept as written: 'Duvel Moortgat Brewery (Brouwerij Duvel Moortgat)', "
 "'a Flemish family-controlled brewery', 'Duvel is Brabantian, Ghent and Antwerp dialect for devil, the standard "
 "Dutch word being duivel /nl/.' (the pronunciation slot left as '/nl/' by the rendering), 'The brewery Moortgat was "
 "founded in 1871 by Jan-Leonard Moortgat', 'the third generation of Moortgats', 'Moortgat bottled and distributed "
 "the Danish beer, Tuborg. The two companies ended this arrangement', 'Duvel Moortgat NV went public on Euronext "
 "Brussels', 'the Belgian-influenced Brewery Ommegang craft brewery', 'Ommegang was set up by Wendy Littlefield and "
 "Don Feinberg', 'In 2003 the Belgian company took complete control of the brewery' (no comma), 'In 2001, Duvel "
 "acquired 50% of the Czech brewery Bernard.', 'fellow Belgian brewery Brasserie d'Achouffe', 'In June 2008 they "
 "bought Liefmans Brewery of Oudenaarde in Belgium, who are best known' (no comma, 'who' of a company). 256 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (en.wikipedia.org's own rendering, undated, as batches "
 "56j, 56p, 57b, 57g, 57m, 57q, 57u and 57v recorded their '= Title =' renderings; doubtful in that no revision date "
 "is held; both licences allow the reuse with attribution). Found at rank 7 of the query 'Duvel Moortgat is a "
 "Belgian brewery founded by Jan-Leonard Moortgat, acquired Brouwerij Liefmans'; beervanablog.com, brewer-world.com, "
 "lyke2drink.blogspot.com, beermerchants.com, hln.be and belgianshop.com (ranks 1-6, 8; blogs, shops and news, "
 "copyrighted) not used. Moortgat, Ommegang, Achouffe, Liefmans, De Koninck, Littlefield, Feinberg, Duvel: " + CHECKED +
 " but GATHERING.md's notes of batch 57v, which list Duvel among names checked free and not taken (Tuborg: no hit; "
 "'Euronext' is named in texts on other matters).", "non-US"))

# ---- confectionery, Belgium: Leonidas (the-uncensored-wiki.com's copy, a revision of about 2007) ----------------------
LEONIDAS = [
 "Leonidas is a chocolate manufacturer based in Belgium, with an international presence. The company's focus is "
 "pralines (chocolate shells with soft fillings); it also sells marzipan, solid chocolates, and other confections.",
 "The company is named after its Greek founder, Leonidas Kestekides. A confectioner in the US since the early 1900s, "
 "in 1910 he travelled to Belgium for the first time to attend the 1910 World Fair in Brussels as a member of the "
 "Greek delegation from the United States. He was awarded the bronze medal for his chocolate confectionery, and the "
 "gold medal for his patisserie. He also attended the 1913 World Fair in Ghent.",
 "Kestekides met a young woman from Brussels during his visit, and settled permanently in Belgium. He opened "
 "tea-rooms in Brussels, Ghent and Blankenberge, and the business expanded from there.",
 "In 1935, the founder\u2019s nephew Basile Kestekides took over. He incorporated the logo of an effigy of the king "
 "of Sparta, Leonidas, in honour of his uncle. Basile was also responsible for the Leonidas Manon - the innovatory "
 "idea was to replace the traditional fondant sugar coating with white chocolate and the walnut with a grilled "
 "hazelnut. Basile was head of Leonidas until 1970.",
 "Leonidas continues to be headed by family members. In 1970, Yanni Kesdekoglu headed the company until 1985. In "
 "1985, his daughter, Maria Kesdekoglu took over, and was joined in 1992 by her cousin, Vassiliki Kestekidou, who "
 "became President of the Board of Directors in 2003.",
 "Leonidas has over 1400 retail outlets all over the world."]
KEPT["wp-leonidas-chocolate-maker"] = ("leonidas-uncensoredwiki.txt", LEONIDAS)
R.append(wp("wp-leonidas-chocolate-maker", "Leonidas (chocolate maker)",
 "http://the-uncensored-wiki.com:20072/l/e/o/Leonidas_%28chocolate_maker%29.html",
 "\n\n".join(LEONIDAS),
 "food/confectionery", ["history", "founding", "leadership"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (no date or revision id held; a revision "
 "of about 2007: its latest event is of 2003, and the copy is held at the site's port 20072, as batch 57f's Delrina "
 "copy of 2006-2007 was). Cut: the title line 'Leonidas (chocolate maker)' and the site line 'From Wikipedia, the "
 "free encyclopedia'; after the last paragraph, the heading '[edit] External links' with its edit link and the line "
 "'In other languages' (the copy's interlanguage box, empty in the excerpt). The whole body of the article as the "
 "excerpt holds it is kept (`truncated` false: the excerpt, shorter than the page store's limit, ends with the page). "
 "The copy has no infobox and no citation markers. No word added or changed. Kept as written: 'named after its Greek "
 "founder, Leonidas Kestekides', 'A confectioner in the US since the early 1900s, in 1910 he travelled', 'the 1910 "
 "World Fair in Brussels as a member of the Greek delegation from the United States', 'Kestekides met a young woman "
 "from Brussels', 'tea-rooms', \"the founder\u2019s nephew Basile Kestekides took over\" (a curly apostrophe), 'an "
 "effigy of the king of Sparta, Leonidas, in honour of his uncle' (lower-case 'king'), 'the Leonidas Manon - the "
 "innovatory idea' (a spaced hyphen), 'Basile was head of Leonidas until 1970.', 'In 1970, Yanni Kesdekoglu headed "
 "the company until 1985.', 'his daughter, Maria Kesdekoglu took over' (no comma after the name), 'her cousin, "
 "Vassiliki Kestekidou, who became President of the Board of Directors in 2003', 'over 1400 retail outlets' (no "
 "comma). 253 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a revision of about 2007, before "
 "Wikimedia's move to 4.0 of June 2023, as batches 31j and 57f recorded the site's copies). Found at rank 3 of the "
 "query 'Leonidas is a Belgian chocolate maker founded by Leonidas Kestekides'; en.wikipedia.org's '= Title =' "
 "rendering of a newer revision (rank 1; its running text names no one with a post, the CEO 'P. de Selliers de "
 "Moranville' in the infobox only; one text per matter), es.stringtranslate.com (rank 2; Spanish) and markys.com, "
 "candyworld.com, jass.com.mk, leonidas.com.hk, leonidasonline.ie (ranks 4-8; shops and a blog, copyrighted) not "
 "used. Leonidas, Kestekides, Kesdekoglu, Kestekidou, Blankenberge: " + CHECKED + " but GATHERING.md's notes of batch "
 "57v, which list Leonidas among names checked free and not taken.", "non-US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of about 2007"))
R[-1]["truncated"] = False

# ---- biscuits, Belgium: Lotus Bakeries (older en.wikipedia.org 'Jump to navigation' rendering, about 2019-2021) -------
LOTUS = [
 "Lotus Bakeries is a Belgian biscuit company, founded in 1932, with its headquarters in Lembeke, Kaprijke, Belgium. "
 "Lotus is known for its speculoos biscuits and biscuit-based products, branded as Lotus Biscoff in the United "
 "States, United Kingdom, Australia, Germany and India. The company has become an international group. Brands include "
 "Lotus, Lotus Biscoff, Dinosaurus, Peijnenburg, Annas, N\u0101kd, TREK, BEAR and Kiddylicious.",
 "The company Lotus was founded in Lembeke in 1932 by the brothers Jan, Emiel and Henri Boone. When the company was "
 "founded, the brothers made cookies for breakfast and also speculoos for St Nicholas' Day; they later specialised in "
 "speculoos. Karel Boone, the son of founder Jan Boone, became a director in 1966 and was the CEO of Lotus for 32 "
 "years from 1974, and then the president of the company for 20 years (1966\u20132012). In the mid-1980s, Delta "
 "became the first airline to serve Biscoff in-flight, a move that their full-service competitors, American and "
 "United, have mimicked to great success. In 2006, his brother Matthieu took over as CEO. At the end of 2011, a new "
 "generation took over with Jan Boone becoming the new CEO of the company.",
 "In 2012, Lotus took over the Dinosaurus brand, starting production in mid-2013. In 2015, Lotus started producing "
 "the Trek, N\u0101kd, BEAR and Kiddylicious brands."]
KEPT["wp-lotus-bakeries"] = ("lotus-enwiki.txt", LOTUS)
R.append(wp("wp-lotus-bakeries", "Lotus Bakeries", "https://en.wikipedia.org/wiki/Lotus_Bakeries",
 "\n\n".join(LOTUS),
 "food/biscuits", ["history", "founding", "leadership", "brands"],
 "The article as an en.wikipedia.org rendering holds it in the page store ('From Wikipedia, the free encyclopedia', "
 "'Jump to navigation Jump to search'; undated, no revision id; a revision of about 2019-2021: 'Recently (2019) Lotus "
 "Bakeries opened up two new factories', and the 'Jump to navigation Jump to search' layout en.wikipedia.org used "
 "until about 2021-2022). Cut: the title line 'Lotus Bakeries' and the lines 'From Wikipedia, the free encyclopedia' "
 "and 'Jump to navigation Jump to search'; the infobox lines ('Lotus Bakeries', 'Founded1932, called \"Banket- en "
 "Peperkoekbakkerij Lotus\"', 'FounderJan, Emiel and Henri Boone', 'HeadquartersLembeke, Kaprijke, Belgium.', 'Key "
 "people', 'Jan Boone (CEO)'), so the founding name 'Banket- en Peperkoekbakkerij Lotus' is not in the text; the image "
 "captions 'Lotus Speculoos cookies, also known as Lotus Biscoff cookies in the USA' and 'Belgian Lotus Biscuits'; "
 "the empty lines where the rendering drops its headings; the citation markers '[1]', '[4]', '[5]', ' [6]' and ' [7]' "
 "and the tag '[clarification needed]' (after 'for 20 years', so 'for 20 years (1966\u20132012)' reads as one "
 "phrase); cut after '... Kiddylicious brands.', before the paragraph 'Recently (2019) Lotus Bakeries opened up two "
 "new factories on two different continents:' and its list, whose second item the excerpt breaks off ('Production "
 "facility for Lotus Biscoff in Mebane in th'; `truncated`; a cut at a paragraph end), so the BEAR factory in "
 "Wolseley is not in the text. No word added or changed. Kept as written: 'Brands include Lotus, Lotus Biscoff, "
 "Dinosaurus, Peijnenburg, Annas, N\u0101kd, TREK, BEAR and Kiddylicious.' (a macron a), 'The company Lotus was "
 "founded in Lembeke in 1932 by the brothers Jan, Emiel and Henri Boone.', \"St Nicholas' Day\", 'Karel Boone, the "
 "son of founder Jan Boone, became a director in 1966 and was the CEO of Lotus for 32 years from 1974, and then the "
 "president of the company for 20 years (1966\u20132012)' (the article's own figures, which do not add up; an en "
 "dash), 'Delta became the first airline to serve Biscoff in-flight, a move that their full-service competitors, "
 "American and United, have mimicked', 'his brother Matthieu took over as CEO', 'a new generation took over with Jan "
 "Boone becoming the new CEO of the company' (the grandson, of the founder's name), 'the Trek, N\u0101kd, BEAR and "
 "Kiddylicious brands' ('Trek' beside 'TREK'). 215 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "3.0 (content of about 2019-2021, before Wikimedia's move to 4.0 of June 2023, as batches 40ze, 54zu, 55e, 55n, 56f, "
 "57b, 57o and 57v recorded their older renderings); doubtful in that no revision id or date is held. Found at rank 1 "
 "of the query 'Lotus Bakeries is a Belgian biscuit company founded by Jan Boone in Lembeke, acquired Peter Pan, "
 "Dinosaurus'; three other en.wikipedia.org renderings (rank 2, a newer 'From Wikipedia' revision whose history ends "
 "in a broken list of integrations; rank 3, an older revision of three sentences' history; rank 4, a '= Title =' "
 "rendering of 2025 or later in which the CEO's name is lost (', grandson of founder Jan Boone Sr., has been the CEO "
 "since 2011')), encycloreader.org (rank 7; the same newer revision), db0nus869y26v.cloudfront.net (rank 6; "
 "maintenance templates only), wcsa.world and lotusbakeries.com (ranks 5, 8; copyrighted) not used; one text per "
 "matter. Lotus Bakeries, Biscoff, Karel Boone, Dinosaurus, Peijnenburg, Kiddylicious, Lembeke: " + CHECKED + " but "
 "GATHERING.md's notes of batch 57v, which list Lotus Bakeries among names checked free and not taken ('Delta' is "
 "named in texts on other matters).", "non-US",
 v3=True, copy_of="the Wikipedia article, an older rendering at its address"))

# ---- hotels, US: Red Roof Inn (wikimili.com's copy, undated, 2013 or later) --------------------------------------------
REDROOF = [
 "Red Roof Inn is an American economy hotel chain based in the United States with over 600 properties globally, "
 "primarily in the Midwest, Southern, and Eastern United States. Red Roof Inn is a pet-friendly hotel chain.",
 "The earliest iteration of the Red Roof Inn was founded in Columbus, Ohio, in 1973. Its founder was American "
 "businessman and automobile racing team owner Jim Trueman. Trueman died in 1986. The company remained in the hands "
 "of the Trueman family for eight years after his death.",
 "In 1994, The Morgan Stanley Real Estate Fund purchased Red Roof from the Trueman family. In 1997, they began to "
 "franchise the company with their first franchised location in Branson, Missouri. In 1999, the company was purchased "
 "from the Morgan Stanley Real Estate Fund by French hospitality management company Accor. At the time of the "
 "purchase, the Red Roof Inn had 324 locations and 37,208 rooms.",
 "Accor, which owned various hotel brands including Motel 6, purchased the Red Roof Inn for $1.115 billion. As a "
 "result of the purchase, Accor became the third largest chain in guestrooms worldwide at the time.",
 "In April 2007, Accor announced the sale of Red Roof Inn to Citigroup Global Special Situations Group and Westbridge "
 "Hospitality Fund LP for $1.3 billion. As part of the sale, some locations were converted to Accor's other North "
 "American brand, Motel 6. Accor planned to focus their efforts in the North American accommodation market "
 "exclusively on the Motel 6 brand after the sale was complete."]
KEPT["wp-red-roof-inn"] = ("redroof-wikimili.txt", REDROOF)
R.append(wp("wp-red-roof-inn", "Red Roof Inn", "https://wikimili.com/en/Red_Roof_Inn",
 "\n\n".join(REDROOF),
 "hotels/economy hotel chain", ["history", "founding", "ownership", "deal"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of 2013 or "
 "later: the sentence the excerpt breaks off tells an investment begun in 2013, and the infobox gives 'Over 600' "
 "locations, the president Zack Gharib and the parent WRRH Investments LP). Cut: the infobox lines, held as a table "
 "('Company type | Subsidiary |', '---|---|', 'Industry | Hospitality Hotel |', 'Founded | 1973 |', 'Founder | Jim "
 "Trueman |', 'Headquarters | 7815 Walton Parkway, , |', 'Number of locations | Over 600 |', 'Key people | Zack "
 "Gharib, President |', 'Owner | Red Roof Inns, Inc. |', 'Number of employees | 525 |', 'Parent | WRRH Investments LP "
 "|', 'Subsidiaries | Red Roof Franchising, LLC. |', 'Website | redroof |'), so the president Zack Gharib, the owner "
 "Red Roof Inns, Inc., the parent WRRH Investments LP and the subsidiary Red Roof Franchising, LLC. are not in the "
 "text; the citation markers ' [1]' to ' [6]' with the space before each (so 'Jim Trueman. [2] Trueman died' reads "
 "'Jim Trueman. Trueman died'); the copy's single line breaks between paragraphs given as blank lines; cut after "
 "'... after the sale was complete.', before the sentence the excerpt breaks off ('In 2013, the company began a $150 "
 "million investment to upgrade and renovate the existing hotels nationwid'; `truncated`; a cut at a paragraph end). "
 "No word added or changed. Kept as written: 'an American economy hotel chain based in the United States with over "
 "600 properties globally, primarily in the Midwest, Southern, and Eastern United States', 'The earliest iteration of "
 "the Red Roof Inn was founded in Columbus, Ohio, in 1973.', 'Its founder was American businessman and automobile "
 "racing team owner Jim Trueman.', 'the hands of the Trueman family for eight years after his death', 'In 1994, The "
 "Morgan Stanley Real Estate Fund purchased Red Roof from the Trueman family.' (a capital 'The' inside the sentence), "
 "'In 1997, they began to franchise the company', 'French hospitality management company Accor', 'Accor, which owned "
 "various hotel brands including Motel 6, purchased the Red Roof Inn for $1.115 billion.', 'the third largest chain "
 "in guestrooms worldwide', 'Accor announced the sale of Red Roof Inn to Citigroup Global Special Situations Group "
 "and Westbridge Hospitality Fund LP for $1.3 billion', \"Accor's other North American brand, Motel 6\", 'Accor "
 "planned to focus their efforts'. 249 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(doubtful: undated; wikimili.com's copies taken by batches 55zd, 56f and 56j were current revisions, recorded 4.0 "
 "so). Found at rank 3 of the query 'Red Roof Inn is an American motel chain founded by James R. Trueman, acquired by "
 "Accor, Westbridge Capital'; older copies of the article (ipfs.io of about 2017, en-academic.com of about 2008, "
 "the-uncensored-wiki.com of 2008, en.wikipedia.org's 'http:' rendering of about 2014: ranks 5-8; each without the "
 "Morgan Stanley Real Estate Fund's purchase of 1994, and one text per matter), lindaknew22.wixsite.com, "
 "investorweeklynews.com and bizjournals.com (ranks 1, 2, 4; copyrighted) not used. Red Roof, Trueman, Westbridge, "
 "Citigroup Global Special Situations: " + CHECKED + " but GATHERING.md's notes of batches 57m and 57u, which list "
 "Red Roof among leads checked free and not taken (Motel 6 only in those notes' lists; Accor named in a dev text on "
 "another matter, by its file name a Fairmont history; none a history of Red Roof Inn).", "US",
 copy_of="the Wikipedia article, wikimili.com's copy"))


def _norm(s):
    """The text without citation markers, tags and edit links ('[4]', ' [4]', '[edit]', '[citation needed]',
    '[clarification needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed|clarification needed)\]", "", s).split())


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

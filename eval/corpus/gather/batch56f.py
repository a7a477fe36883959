#!/usr/bin/env python3
"""Batch 56f (session 54; gatherer lane 56f): company histories from English Wikipedia in the company lane of batches
36j, 36n, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v, 40x, 40y, 40za-40zg, 54zu, 55e, 55f, 55n, 55s, 55x, 55za and 55zd,
turned to mid-size companies in retail, food, transport and media: a British chain of greeting card stores founded by
Dean Hoyle and his wife Janet, its first shop opened within the holding company Sportswift Ltd and the board the
couple built (Keith Pacey, chairman of Maplin; Richard Hayes, managing director; Chris Beck, commercial director;
Darren Bryant, group finance director) (retail, UK); a British logistics company founded by Eddie Stobart as an
agricultural business in Cumbria, a subsidiary of the Culina Group and so of Muller, whose son Edward Stobart took the
place of CEO in 1973 and became chairman in 1976 (transport, UK); a British magazine publisher founded as Future
Publishing by Chris Anderson, owner of Future US and of the website GamesRadar, sold to Pearson PLC in 1994 and bought
back with its chief executive Greg Ingham and Apax Venture Partners in 1998 (media, UK); and a British restaurant chain
founded by Alan Yau, sold by Graphite Capital to Lion Capital LLP, then to Duke Street Capital, then acquired by The
Restaurant Group (owner of Frankie & Benny's and Chiquito), itself taken over by Apollo Global Management (food, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): one older rendering of en.wikipedia.org (about 2016), one en.wikipedia.org rendering of a revision of 2023 or
later, one capture of en.wikipedia.org by the Internet Archive's Wayback Machine (14 December 2016) and one wikimili.com
copy (about 2024-2025); each cut at a sentence end (`truncated`). Edits per item in `notes`; no word added or changed.
No text tells an outage and none tells a near-miss of one. newskg (or any extractor) was not run on any text.
Excerpts and queries as found: /tmp/gather57f/src (round notes, /work/notes/gather57/56f.md).
usage: batch56f.py [POOL_DIR] [--dry]   (default /tmp/gather57f/pool)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_3

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57f/pool"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, and in the "
           "session-54 pools (/tmp/gather56*/pool, /tmp/gather57*/pool) as they stood when checked (`grep -ril`, file "
           "names only)")

R = []
# ---- retail, UK: Card Factory (an older en.wikipedia.org rendering, about 2016) -------------------------------------
R.append(record("wp-card-factory", "Card Factory", "https://en.wikipedia.org/wiki/Card_Factory",
 "http://en.wikipedia.org/wiki/Card_Factory",
 "Card Factory is a chain of greeting card and gift stores in United Kingdom founded by Dean Hoyle and his wife Janet; "
 "the first store opened in 1997. It is listed on the London Stock Exchange and is a constituent of the FTSE 250 "
 "Index.\n\n"
 "Dean Hoyle left school with no qualifications, having a self-confessed greater interest in football. With his wife "
 "Janet, from 1993 they began buying cards wholesale, and selling them from the back of their van at car boot sales "
 "and public open-air events.\n\n"
 "In 1997, they opened their first shop under within the holding company Sportswift Ltd, purposefully choosing "
 "secondary retail locations which were cheaper. After opening a few stores, whilst Janet founded and headed-up the "
 "internal design and print function, Dean concentrated on expanding the business, with a nominal target of 500 "
 "retail outlets. This gave the company a profit-margin advantage over rivals, including Clinton Cards, allowing "
 "their advertising to claim that they have not increased prices for ten years.\n\n"
 "The couple built a board to expand the business, including: Keith Pacey (Chairman of Maplin); Richard Hayes "
 "(Managing Director, their ex-Bank Manager); Chris Beck (Commercial director, ex-Grant Thornton); Darren Bryant "
 "(Group finance director, ex-PricewaterhouseCoopers).",
 "retail/greeting card stores", ["history", "leadership", "ownership"],
 EDITS + "The article as the page store holds en.wikipedia.org's address in its http form ('From Wikipedia, the free "
 "encyclopedia', 'Jump to: navigation, search'; undated, no revision id; a revision of about 2015-2016: the infobox "
 "gives revenue of 2015, employees of 2014, Geoff Cooper as chairman and Richard Hayes as CEO). Cut: the title line "
 "'Card Factory', the lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the infobox "
 "lines ('Card Factory plc', 'Public company', 'Industry Retail', 'Founded 1997', 'Founders Dean & Janet Hoyle', "
 "'Headquarters Wakefield, West Yorkshire', 'Key people', 'Geoff Cooper(Chairman)', 'Richard Hayes (CEO)', "
 "'Products Greeting Cards, Calendars', the three revenue and income lines of 2015 with their markers '[1]', 'Number "
 "of employees', '6,500 (2014)') and the image caption 'Card Factory store in Huddersfield, West Yorkshire', so "
 "Wakefield, Huddersfield, West Yorkshire, the chairman Geoff Cooper, Janet's surname and Richard Hayes's post of "
 "CEO are not in the text; the excerpt has an empty line where the heading 'History' stands in the article (no "
 "heading text held, none cut); the citation markers '[2]' (five times) and '[3]'; cut after "
 "'ex-PricewaterhouseCoopers).', before the sentence the excerpt breaks off ('On 28 November 2008, Card Factory "
 "purchased about 80 of the 288 stores from failed greetings card company Celebrations Group (which traded as Card "
 "Warehouse and Cardfair), as part of a rescue package, securing around 500 of'; `truncated`; a cut inside a "
 "paragraph), so the stores bought from Celebrations Group, Charterhouse's purchase of 2010 and the listing of 2014 "
 "are not in the text. Kept as written: 'in United Kingdom' (no article), 'founded by Dean Hoyle and his wife "
 "Janet;', 'self-confessed', 'they opened their first shop under within the holding company Sportswift Ltd' (the "
 "words 'under within' as written), 'whilst Janet founded and headed-up the internal design and print function', "
 "'profit-margin advantage', 'including: Keith Pacey (Chairman of Maplin); Richard Hayes (Managing Director, their "
 "ex-Bank Manager); Chris Beck (Commercial director, ex-Grant Thornton); Darren Bryant (Group finance director, "
 "ex-PricewaterhouseCoopers).' (capitals and hyphens as written). 199 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 3.0 (content of about 2016, before Wikimedia's move to 4.0 of June 2023, as batches 40ze, 54zu, "
 "55e and 55n recorded their older renderings); doubtful in that no revision id or date is held. Found at rank 4 of "
 "the query 'Card Factory history founded Dean Hoyle Wakefield Wikipedia'; w.owiki.org's copy (rank 3; it reaches "
 "the 2014 listing but drops the board's titles: 'including: Keith Pacey ; Richard Hayes ; Chris Beck ; Darren "
 "Bryant.'), let.rug.nl's termpedia proxy (rank 5; a later revision, breaking off inside the same sentence), "
 "new.infogalactic.com (rank 6; Infogalactic's fork, set aside as batches 31i and 55i set it aside), de.zxc.wiki's "
 "revision of 4 February 2021 (rank 7; the company's own promotional wording pasted in), atozwiki.com's diff page "
 "(rank 8; wikitext) and the trade and news pages (retail-week.com, head-office-finder.co.uk, thebusinessdesk.com, "
 "unquote.com) not used. Card Factory, Sportswift, Keith Pacey, Maplin, Clinton Cards, Celebrations Group, "
 "Charterhouse, gettingpersonal: " + CHECKED + " ('Hoyle' names other people in texts on other subjects, and "
 "PricewaterhouseCoopers and Grant Thornton are named elsewhere; none is a history of Card Factory).",
 "non-US", licence=LICENCE_3, version="3.0", copy_of="the Wikipedia article, an older rendering at its http address",
 origin="English Wikipedia (page store)"))

# ---- transport, UK: Stobart (logistics company) (en.wikipedia.org, a revision of 2023 or later) ---------------------
R.append(wp("wp-eddie-stobart", "Stobart (logistics company)",
 "https://en.wikipedia.org/wiki/Stobart_(logistics_company)",
 "Eddie Stobart Limited is a British multimodal logistics company, with interests in road haulage, rail freight, deep "
 "sea and inland waterway transport systems and deep sea port, inland port and rail connected storage facilities, "
 "along with transport, handling and warehousing facilities in the United Kingdom, Ireland and Belgium.\n\n"
 "Founded by Eddie Stobart in the end of the 1940s as an agricultural business in Cumbria, the company diversified "
 "into rail and other activities. It is a subsidiary of the Culina Group, which is in turn a subsidiary of "
 "M\u00fcller.\n\n"
 "The business was started by Eddie Stobart in the late 1940s as an agricultural business in Cumbria. His son, "
 "Edward Stobart Junior, started working for his father's contracting business delivering agricultural material in "
 "the region. The first truck bought by Eddie Stobart in 1960 was painted post-office red and Brunswick green with "
 "yellow lettering. These colours were used for subsequent vehicles up to 1969. The company was incorporated as "
 "Eddie Stobart Ltd. on 23 November 1970 as a haulage firm, and Eddie Stobart controlled the organisation fully "
 "until 1973, when, at the age of 19, Edward Stobart took the place of CEO. In 1976, Eddie retired and Edward took "
 "full control of the road haulage business and the name Eddie Stobart Ltd in 1976, becoming Chairman.\n\n"
 "By 1985 Edward Stobart owned 26 vehicles. The business was characterised by its Tautliner bodies.",
 "transport/logistics and road haulage", ["history", "leadership", "ownership"],
 "The article as the page store holds en.wikipedia.org's address in its '= Title =' form (the title line, then the "
 "infobox as '- Key: value' lines and the headings in wiki markup; undated, no revision id; a revision of 2023 or "
 "later: the infobox gives revenue and income of 2022 and Culina Group as parent). Cut: the title line '= Stobart "
 "(logistics company) =' and the line 'Stobart'; the infobox lines ('- Former Name: Eddie Stobart', '- Logo: "
 "File:Stobart Logo.svg', '- Type: Private limited company', '- Foundation: 1970', '- Founder: Eddie Stobart', "
 "'- Location City: Warrington', '- Location Country: England', '- Area Served: Belgium, Ireland, United Kingdom', "
 "'- Industry: Logistics', the six revenue and income lines of 2022, '- Parent: Culina Group', '- Homepage: "
 "http://www.eddiestobart.com'), so Warrington and England are not in the text; the heading '==History=='; cut "
 "after 'its Tautliner bodies.', before the sentence the excerpt breaks off ('In order to maintain brand image, in "
 "the 1980'; `truncated`; a cut inside a paragraph), so the later history (the sale to William Stobart and Andrew "
 "Tinkler, the Stobart Group years, Culina's purchase) is not in the text. The excerpt has no citation markers. Kept "
 "as written: 'deep sea and inland waterway transport systems and deep sea port, inland port and rail connected "
 "storage facilities' (no hyphens), 'in the end of the 1940s' (the lead) beside 'in the late 1940s' (the history), "
 "'M\u00fcller' (with the umlaut), 'Edward Stobart Junior', 'post-office red and Brunswick green', 'Eddie Stobart "
 "Ltd.' (with the full stop) beside 'the name Eddie Stobart Ltd in 1976' (without), 'took the place of CEO', 'In "
 "1976, Eddie retired and Edward took full control of ... in 1976, becoming Chairman.' (the year twice, 'Chairman' "
 "capitalised), 'By 1985 Edward Stobart owned 26 vehicles.', 'its Tautliner bodies'. 229 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2023 or later, after Wikimedia's move to 4.0 of June "
 "2023). Found at rank 2 of the query 'Eddie Stobart Logistics history founded Edward Stobart Cumbria Wikipedia'; "
 "en-academic.com's copy of a revision of about 2008 (rank 3; 'Eddie Stobart Ltd.' under the listed group's infobox, "
 "with the reverse takeover of the Westbury Property Fund), kiwix.casplantje.nl's Kiwix copy of 'Stobart Group' "
 "(2020-06; the listed group, another article and matter), a book's contents page, obituaries and news pages "
 "(motortransport.co.uk, coldchainnews.com, yorkshirepost.co.uk, commercialmotor.com, theguardian.com, "
 "independent.co.uk, belfasttelegraph.co.uk) not used. Eddie Stobart, Edward Stobart, Tautliner, Brunswick green: "
 + CHECKED + " ('Stobart' alone names Stobart Air in an Oireachtas committee text (dev, by file name; not opened) "
 "and in the Aer Arann history (test, by file name; not opened); Culina and M\u00fcller (or Muller) are named in "
 "texts on other subjects (batch 28a's Nestl\u00e9 chairman, among others); none is a history of the logistics "
 "company).", "non-US"))

# ---- media, UK: Future plc (en.wikipedia.org as the Wayback Machine captured it, 14 December 2016) -------------------
R.append(wp("wp-future-plc", "Future plc",
 "http://web.archive.org./web/20161214181750/https://en.wikipedia.org/wiki/Future_plc",
 "Future plc is a British media company founded in 1985. It publishes more than 30 magazines in fields such as video "
 "games, technology, films, photography, and sport. It is a constituent of the FTSE Fledgling Index. The company "
 "also owns the US company Future US.\n\n"
 "The company was founded as Future Publishing in Somerton, Somerset in 1985 by Chris Anderson with the sole "
 "magazine Amstrad Action. An early innovation was the inclusion of free software on magazine covers, the first "
 "company to do so.\n\n"
 "Anderson sold Future to Pearson PLC for \u00a352.7m in 1994, but bought it back in 1998, with Future chief "
 "executive Greg Ingham and Apax Venture Partners, for \u00a3142m. In 2001, Anderson left Future.\n\n"
 "In 2007 the State of Texas filed a lawsuit against Future plc for violating the Children's Online Privacy "
 "Protection Act. The lawsuit alleges that the Future plc owned website GamesRadar \"failed to include necessary "
 "disclosures and obtain parental consent before collecting personal information from children.\" The owner of the "
 "other websites settled in March 2008, though the final disposition against Future PLC is not public record.\n\n"
 "In November 2009, Future reported a fall in profits from \u00a39.5 million to \u00a33.7 million (a loss of 61 "
 "percent) in the fiscal year that ended 30 September 2009. Future attributed this to problems with their US "
 "market, hit by a fall in the general advertising market.",
 "media/magazine publishing", ["history", "leadership", "ownership", "deal"],
 "The article as the Internet Archive's Wayback Machine captured en.wikipedia.org on 14 December 2016 (capture "
 "20161214181750; the page store holds the capture at web.archive.org., with a trailing dot in the host name; "
 "'From Wikipedia, the free encyclopedia', 'Jump to: navigation, search'; no revision id held; the revision "
 "current on that day: the infobox gives Peter Allen as non-executive chairman and Zillah Byng-Thorne as chief "
 "executive officer). Cut: the title line 'Future plc', the lines 'From Wikipedia, the free encyclopedia' and "
 "'Jump to: navigation, search'; the infobox lines ('Future plc', 'Public', 'Traded as LSEFUTR', 'Industry Magazine "
 "and internet publishing', 'Founded 1985; 31 years ago (1985)', 'Founder Chris Anderson', 'Headquarters Bath, "
 "Somerset, UK', 'Key people', 'Peter Allen', '(Non-executive chairman)', 'Zillah Byng-Thorne', '(Chief Executive "
 "Officer)', 'Subsidiaries Future US', 'Website http://www.futureplc.com/'), so Bath, Peter Allen and Zillah "
 "Byng-Thorne are not in the text; the heading 'History[edit]' and the image caption \"Future's founder Chris "
 "Anderson in 2007\" (a caption; its year is not in the text); the citation markers '[1]' to '[8]' ('[2]' three "
 "times); cut after 'the general advertising market.', before the paragraph the excerpt breaks off ('In March 2010, "
 "Future announced that it was exploring the possibility of reviving its GamesMaster brand on televisio'; "
 "`truncated`; a cut at a paragraph end). Kept as written: 'a British media company founded in 1985', 'more than 30 "
 "magazines', 'the FTSE Fledgling Index', 'the US company Future US', 'in Somerton, Somerset in 1985 by Chris "
 "Anderson with the sole magazine Amstrad Action' (no comma after Somerset), 'the first company to do so', 'Pearson "
 "PLC' (so capitalised), 'with Future chief executive Greg Ingham and Apax Venture Partners, for \u00a3142m', 'In "
 "2007 the State of Texas' (no comma), 'the Future plc owned website GamesRadar' (no hyphen), the quoted allegation "
 "with its straight quotation marks, 'The owner of the other websites settled in March 2008', 'Future PLC' beside "
 "'Future plc', '(a loss of 61 percent)', 'their US market'. 230 words. No outage and no near-miss of one told (a "
 "lawsuit over a website's data collection and a fall in profits). Recorded CC BY-SA 3.0 (a revision current on 14 "
 "December 2016, before Wikimedia's move to 4.0 of June 2023), the capture's address in the attribution. Found at "
 "rank 8 of the query 'Future plc publishing company founded 1985 Chris Anderson Bath history acquisitions "
 "Wikipedia'; zalansite.site (rank 1; an edit form with wikitext and a broken pound sign), two copies with no "
 "address held of a revision of about 2010 (ranks 2 and 6), wikiwand.com (rank 3), a MediaWiki mirror at "
 "70.231.62.181 (rank 5; a revision of 2025-2026 whose kept text names no executive: 'The chief executive and "
 "finance director both resigned'), enwikipedia.net's copy of about 2021 (rank 7) and bluearray.co.uk (rank 4) not "
 "used. Future plc, Future Publishing, Greg Ingham, GamesRadar, Amstrad Action, Somerton, GamesMaster, Children's "
 "Online Privacy: " + CHECKED + " ('Apax' names the private equity firm in texts on other subjects, and 'Future US' "
 "only matches the words 'future us[e]' elsewhere; Pearson is named in other texts; none is a history of Future).",
 "non-US", v3=True,
 copy_of="the Wikipedia article as the Internet Archive's Wayback Machine captured en.wikipedia.org on 14 December "
         "2016"))

# ---- food, UK: Wagamama (a wikimili.com copy of about 2024-2025) -----------------------------------------------------
R.append(wp("wp-wagamama", "Wagamama", "https://wikimili.com/en/Wagamama",
 "Wagamama (stylised as wagamama) is a British restaurant chain. The brand is inspired by fast-paced, Japanese ramen "
 "bars and offers a celebration of asian food.\n\n"
 "Wagamama Limited was incorporated on 29 April 1991 as China Diner Limited, and their first restaurant was opened "
 "in 1992 in Bloomsbury, London, founded by Alan Yau, who subsequently created the Chinese restaurants Hakkasan and "
 "Yauatcha, and Thai restaurant Busaba Eathai. In June 2005, the restaurant's owner Graphite Capital sold the "
 "majority stake of 77.5% to Lion Capital LLP for \u00a3103 million. In April 2011, the chain was sold to Duke "
 "Street Capital, for an estimated sum of \u00a3215 million.\n\n"
 "The chain was acquired for \u00a3559m by The Restaurant Group, owner of Frankie & Benny's & Chiquito in October "
 "2018. In October 2023 The Restaurant Group was taken over by Apollo Global Management in a deal worth over "
 "\u00a3700m.\n\n"
 "In September 2024, The Restaurant Group (TRG) announced plans to increase the number of UK restaurants from 161 "
 "to 200-220\n\n"
 "Wagamama has taken the brand global with franchised restaurants in 22 different countries across Europe and the "
 "Middle East. There are also 8 company owned locations in the USA\n\n"
 "Previous countries served by the Wagamama brand include Australia from 2002 to 2014, New Zealand until 2019, and "
 "Belgium from 2005 to 2024.",
 "food/restaurant chain", ["history", "ownership", "deal"],
 "The article as wikimili.com's copy holds it in the page store ('Last updated', no date or revision id held; a "
 "revision of about 2024-2025: the text names plans of September 2024 and the Belgian restaurants until 2024, and "
 "the infobox gives Apollo Global Management as owner and Thomas Heier as CEO). Cut: the title line 'Wagamama' and "
 "the line 'Last updated'; the infobox lines ('Wagamama Limited', 'FormerlyChina Diner Limited (1991\u20131992)', "
 "'Company type Private', 'Industry Restaurant', 'GenreJapanese restaurant + noodle bar', 'Founded29 April 1991;33 "
 "years ago (1991-04-29)', 'Founder Alan Yau', 'Headquarters,', 'United Kingdom', 'Number of locations', '190+', "
 "'Area served', 'Global', 'Key people', 'Thomas Heier (CEO)', 'Owner Apollo Global Management', 'Website "
 "wagamama.com'), so the chief executive Thomas Heier and the years 1991-1992 of the former name are not in the text; "
 "the two image captions ('Wagamama, in Streatham Street, London. On its opening day. 22 April 1992 Wagamama.jpg' "
 "and the same without the file name); the lines 'Contents' and 'History' (a contents box's title and a heading); "
 "the citation markers ' [1]' to ' [13]' with the space before each (so 'China Diner Limited, [1] and' reads 'China "
 "Diner Limited, and'); cut after 'Belgium from 2005 to 2024.', before the sentence the excerpt breaks off "
 "('Wagamama has released three cookbooks in order to furthe'; `truncated`; a cut at a paragraph end). Kept as "
 "written: '(stylised as wagamama)', 'a celebration of asian food' (lower case), 'their first restaurant was opened "
 "in 1992 in Bloomsbury, London, founded by Alan Yau', 'the restaurant's owner Graphite Capital sold the majority "
 "stake of 77.5% to Lion Capital LLP', 'for an estimated sum of', 'owner of Frankie & Benny's & Chiquito in October "
 "2018' (no comma), 'In October 2023 The Restaurant Group was taken over' (no comma), the two paragraphs that end "
 "without a full stop ('from 161 to 200-220', 'in the USA'; their markers cut, nothing added), '8 company owned "
 "locations' (no hyphen). 216 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of "
 "2024 or later, after Wikimedia's move to 4.0 of June 2023). Found at rank 3 of the query 'Wagamama restaurant "
 "chain founded Alan Yau 1992 acquired The Restaurant Group Wikipedia'; encycloreader.org (rank 1; an older revision "
 "that ends before Apollo's takeover), aprilcoperni448.sbs (rank 5; the same revision under an unrelated page's "
 "address), wikiwand.com (rank 8; the current revision with the site's 'Remove ads', 'Summarize' and 'Perspective' "
 "lines inside the text) and the news and profile pages (libremercado.com, business-profile.co.uk, wikirub.com) not "
 "used. Wagamama, Alan Yau, Hakkasan, Yauatcha, Busaba, Graphite Capital, Duke Street, Frankie & Benny, Chiquito: "
 + CHECKED + " ('Lion Capital' only in GATHERING.md's list of another round's queries (Weetabix), and 'Restaurant "
 "Group' in batch 55zb's FAT Brands text and scripts (another company); Apollo Global Management is named in texts "
 "on other subjects; none is a history of Wagamama).", "non-US",
 copy_of="the Wikipedia article, wikimili.com's copy"))

if __name__ == "__main__":
    write_all(R, POOL, dry="--dry" in sys.argv)

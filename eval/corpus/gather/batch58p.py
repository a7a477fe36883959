#!/usr/bin/env python3
"""Batch 58p (session 55; gatherer lane 58p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57g, 57q, 58e and
58h, turned to mid-size fashion, retail and transport companies of Britain, new to the corpus: a Savile Row bespoke
tailor and menswear retailer founded in 1771 by Thomas Hawkes, whose other line James Watson Gieve formed as Gieves &
Co. in 1887, acquired in 2012 by the Hong Kong conglomerate Trinity Ltd. (itself bought by Shandong Ruyi in 2017) and
in November 2022 by Frasers Group, owner of Sports Direct, with its design director named (fashion, UK); a Hawick
knitwear maker formed in 1815 by Robert Pringle and his partners as Waldie, Pringle, Wilson & Co, bought by Dawson
International in 1967 and by SC Fang & Sons (headed by Kenneth Fang) in 2000, Douglas Fang installed to run it and
Stuart Stockdale its head of design (fashion, UK); an Edinburgh department store founded in 1838 as 'Kennington &
Jenner' by Charles Jenner and Charles Kennington, run by the Douglas Miller family (descendants of James Kennedy, who
took charge in 1881) and sold to House of Fraser in 2005 (retail, UK); and a Harrogate bus company formed in 1906 as
The Harrogate Road Car Company, absorbed into Tilling & British Automobile Traction, renamed West Yorkshire Road Car
Company, nationalised, a National Bus Company subsidiary, sold in 1987 to the AJS Group of Alan Stephenson (former
managing director of East Yorkshire Motor Services), now a subsidiary of Transdev Blazefield (transport, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' renderings of 'Gieves & Hawkes' (a revision of November 2022 or
later), 'Jenners' (a revision of 2021 or later) and 'Harrogate Bus Company' (a revision of June 2024 or later), and
the-uncensored-wiki.com's copy of 'Pringle of Scotland' (a revision of about November 2006 - 2007); each cut at a
paragraph or sentence end (`truncated`). Edits per item in `notes` (title and site lines, infobox lines, headings,
citation markers, the book line, the 'External links' and 'References' lines cut; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather59p/src), the markers ('[1]') dropped and
whitespace runs compared as one space, as batches 57g, 57q, 58e and 58h did. One text tells a near-miss of an outage
(a fire that destroyed Jenners' original building in 1892: a physical accident, no service lost; GUIDELINES, Outages);
none tells an outage. newskg (or any extractor) was not run on any text. A round of four: fifteen queries, ten of
them answered with English Wikipedia text (or a copy of it) on a company of the lane not yet in the corpus (nine
companies), four taken
(round notes, /work/notes/gather59/58p.md; queries, /tmp/gather59p/src/queries.txt).
usage: batch58p.py [POOL_DIR] [--dry]   (default /tmp/gather59p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather59p/pool"
SRC = "/tmp/gather59p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather59*/pool) and in /work/notes/gather59/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- fashion, UK: Gieves & Hawkes (en.wikipedia.org '= Title =' rendering, November 2022 or later) ------------------
GIEVES = [
 "Gieves & Hawkes (/\u02c8gi\u02d0vz/) is a bespoke men's tailor and menswear retailer located at 1 Savile Row in "
 "London, England. The business was founded in 1771. It was acquired in 2012 by the Hong Kong conglomerate Trinity "
 "Ltd., which was in turn purchased by Shandong Ruyi in 2017. After Trinity was subject to a winding-up petition for "
 "debt in September 2021, Gieves & Hawkes was acquired in November 2022 by Frasers Group, owner of Sports Direct.",
 "Gieves & Hawkes is one of the oldest bespoke tailoring companies in the world. The business was originally based on "
 "catering to the needs of the British Army and the Royal Navy, and hence by association the British royal family. "
 "The company holds a number of royal warrants, and it provides men's ready-to-wear as well as bespoke and military "
 "tailoring. The current design director is Joshua Scacheri.",
 "After coming to London in 1760, Thomas Hawkes established his first shop in 1771 in Brewer Street, selling to "
 "gentlemen. His main clients were commanders of the British Army, through which King George III became a customer. "
 "He expanded his retail operation by moving to No.17 (later number No.14) Piccadilly in 1793, where he gained the "
 "first of many Royal Warrants in 1809.",
 "In 1835, 15 year old James Watson Gieve was employed by Augustus Meredith, a Portsmouth-based tailor by appointment "
 "to the Royal Navy. In 1852, Gieve partnered with Joseph Galt, whose father John had taken over Meredith's business "
 "and in 1887, Gieve purchased the remaining shares to form Gieves & Co. He died in 1888."]
KEPT["wp-gieves-and-hawkes"] = ("gieves-hawkes-enwiki.txt", GIEVES)
R.append(wp("wp-gieves-and-hawkes", "Gieves & Hawkes", "https://en.wikipedia.org/wiki/Gieves_&_Hawkes",
 "\n\n".join(GIEVES),
 "fashion/bespoke tailoring and menswear", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (at the address's percent-encoded "
 "form, en.wikipedia.org/wiki/Gieves_%26_Hawkes, the same page; undated, no revision id; a revision of November 2022 or later: its lead tells the Frasers Group purchase of that month, and its infobox counts "
 "stores as of March 2020). Cut: the title line '= Gieves & Hawkes =' and the line 'Gieves & Hawkes'; the infobox "
 "lines ('- Logo: Gieves & Hawkes - logo.png', '- Type: Private', '- Founders: Thomas Hawkes, James Watson Gieve', "
 "'- Location: 1 Savile Row, London, , United Kingdom', '- Locations: 45 stores in 25 cities (March 2020)', '- "
 "Industry: Clothing', '- Products: Menswear', '- Owner: Frasers Group', '- Homepage: gievesandhawkes.com'), so the "
 "founders are named as such in the infobox only; the heading '==History=='; cut after '... Gieves & Co. He died in "
 "1888.', before the paragraph the excerpt breaks off ('On 23 December 1912, Hawkes & Co. bought \u21161 Savile Row "
 "from the Royal Geographical Society for \u00a338,000, in p'; `truncated`; a cut at a paragraph end), so Hawkes & "
 "Co., the Royal Geographical Society and the later history (Gieves Ltd's purchase of Hawkes & Co. in 1974) are not "
 "in the text. The excerpt has no citation markers. No word added or changed. Kept as written: 'Gieves & Hawkes "
 "(/\u02c8gi\u02d0vz/)' (the pronunciation in IPA, as the rendering gives it), 'the Hong Kong conglomerate Trinity "
 "Ltd., which was in turn purchased by Shandong Ruyi in 2017', 'After Trinity was subject to a winding-up petition for "
 "debt in September 2021', 'Frasers Group, owner of Sports Direct', 'the British royal family' (lower-case r) beside "
 "'Royal Warrants' (capitals) and 'royal warrants', 'The current design director is Joshua Scacheri.', 'No.17 (later "
 "number No.14) Piccadilly' (no space after 'No.'), '15 year old James Watson Gieve' (no hyphens), 'a Portsmouth-based "
 "tailor by appointment to the Royal Navy', \"whose father John had taken over Meredith's business and in 1887, Gieve "
 "purchased the remaining shares to form Gieves & Co.\" (no comma before 'and'). 260 words. No outage and no "
 "near-miss of one told (the winding-up petition against Trinity is a business event). Recorded CC BY-SA 4.0 "
 "(en.wikipedia.org's own rendering, as batches 56j, 56p, 57b, 57g, 57q, 58e and 58h recorded theirs; doubtful in "
 "that a revision of November 2022 to June 2023 would be 3.0). Found at rank 6 of the query 'Gieves & Hawkes tailors "
 "history, Gieves Ltd acquired Hawkes & Co, owned by'; bliptext.com (rank 1; no licence stated on the copy), "
 "liquisearch.com (rank 2; the History section alone), an unaddressed copy (rank 3), theinfolist.com (rank 4; "
 "glossary text inline), an IPFS copy (rank 5; an older revision naming another creative director), a blog (rank 7; "
 "a news story quoted) and a Japanese page (rank 8) not used. Gieves, Hawkes, Trinity Ltd, Shandong Ruyi, Scacheri, "
 "Meredith (as a tailor), Joseph Galt: " + CHECKED + " ('Frasers Group' and 'Sports Direct' are named in batch 40zc's "
 "Jack Wills and batch 57j's Slazenger texts and in a CMA text on House of Fraser, other matters; 'Savile Row' in "
 "texts on other tailors' streets and shops, other matters).", "non-US"))

# ---- fashion, UK: Pringle of Scotland (the-uncensored-wiki.com's copy, a revision of about November 2006 - 2007) -----
PRINGLE = [
 "Pringle of Scotland (known generally simply as Pringle) is a leading Scottish knitware manufacturer. The company was "
 "formed in 1815 by Robert Pringle and his partners, and was initially known as Waldie, Pringle, Wilson & Co[1]. "
 "Their first factory was in the town of Hawick in the Scottish Borders, an area with a strong textile industry.",
 "In 1967 the company was bought by Dawson International. Its primary market was golf clothing, mostly in lambswool; "
 "the company sponsored golfer Nick Faldo for much of his career. In 2000 Pringle was acquired by Hong Kong company SC "
 "Fang & Sons (headed by textile magnate Kenneth Fang)[2]. Fang reportedly paid only \u00a36 million for the ailing "
 "firm, which was losing around $10 million per year. He installed his son Douglas Fang to run the company. The Fangs "
 "invested around \u00a37 million and employed Stuart Stockdale as its head of design. Stockdale led the company's "
 "efforts to return to the high-fashion status it had formerly enjoyed, exhibiting at London Fashion Week with new "
 "designs based on the company's trademark diamond pattern.",
 "The brand has been worn by celebrities including Princess Margaret, Grace Kelly, No\u00ebl Coward, Robbie Williams, "
 "Madonna, and David Beckham. The company holds a Royal Warrant from Queen Elizabeth II and formerly held one from the "
 "Queen Mother.",
 "The company has stores in New Bond Street in London, New York City, Milan, Seoul, and Tokyo.",
 "Pringle knitware has also enjoyed popularity in a number of subcultures, including preppies in the US and chav and "
 "football casual culture in the UK."]
KEPT["wp-pringle-of-scotland"] = ("pringle-uncensored.txt", PRINGLE)
PRINGLE = [re.sub(r"\[\d+\]", "", p) for p in PRINGLE]   # the citation markers cut
R.append(wp("wp-pringle-of-scotland", "Pringle of Scotland",
 "http://the-uncensored-wiki.com:20061/p/r/i/Pringle_of_Scotland_5ac7.html",
 "\n\n".join(PRINGLE),
 "fashion/knitwear", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (no date or revision id held; a revision of "
 "about November 2006 - 2007: its second reference reads 'URL retrieved 6 November 2006', the site's '[edit]' links "
 "are those of that period's MediaWiki, and the copy is held at the site's port 20061, as batch 58h's copy of about "
 "2006-2007 was at port 20082). The excerpt holds the whole article. Cut: the title line 'Pringle of Scotland' and "
 "the site line 'From Wikipedia, the free encyclopedia'; the citation markers '[1]', '[2]' (no space before either); "
 "the excerpt's single line breaks between paragraphs made blank lines; cut after '... football casual culture in the "
 "UK.', before the article's last paragraph ('The company is the subject of the book Pringle of Scotland: And the "
 "Hawick Knitwear Story by Hugh Barty-King (ISBN 1899163832).'), the lines '[edit] External links' and '[edit] "
 "References' and the two references ('- ^ \"Diamond in the rough\", The Scotsman', '- ^ \"Pringle rocked by loss of "
 "design chief\", The Scotsman, 12 May 2005, URL retrieved 6 November 2006'; `truncated`; a cut at a paragraph end), "
 "so the book, its author and The Scotsman are not in the text. No word added or changed. Kept as written: 'a leading "
 "Scottish knitware manufacturer' and 'Pringle knitware' (so spelt, for 'knitwear'), 'formed in 1815 by Robert "
 "Pringle and his partners', 'Waldie, Pringle, Wilson & Co' (no full stop), 'Hong Kong company SC Fang & Sons (headed "
 "by textile magnate Kenneth Fang)' (no full stops in 'SC'), 'Fang reportedly paid only \u00a36 million ... losing "
 "around $10 million per year' (pounds and dollars), 'He installed his son Douglas Fang to run the company.', 'The "
 "Fangs', 'employed Stuart Stockdale as its head of design', 'Madonna, and David Beckham' (a comma before 'and'), "
 "'chav and football casual culture'. 257 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "3.0 (a revision of about 2006-2007, before Wikimedia's move to 4.0 of June 2023, as batches 57f and 58h recorded "
 "the same site's copies). Found at rank 4 of the query 'Pringle of Scotland knitwear company founded by Robert "
 "Pringle Hawick, owned by Dawson International, sold to'; en.wikipedia.org's '= Title =' rendering (rank 5; cut at "
 "'In the new millen', before its management section, so with the first designer Otto Weisz as its only named staff), "
 "en-academic.com (rank 8; citation templates inline) and the fashion, news and BBC pages (ranks 1-3, 6, 7) not used. "
 "Pringle of Scotland, Waldie, Dawson International, SC Fang, Kenneth Fang, Douglas Fang, Stuart Stockdale, Hawick: "
 + CHECKED + " ('Pringle' alone hits texts on Pringles crisps and a person named Pringle; 'Fang' and 'Stockdale' "
 "other people of those names; other matters).", "non-US", v3=True,
 copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of about 2006-2007"))

# ---- retail, UK: Jenners (en.wikipedia.org '= Title =' rendering, 2021 or later) -------------------------------------
JENNERS = [
 "Jenners was a department store in Edinburgh, Scotland, situated on Princes Street. It was Scotland's oldest "
 "independent department store until the retail business was acquired by House of Fraser in 2005. It closed in "
 "December 2020 and was vacated by House of Fraser in May 2021. The building is currently undergoing restoration to be "
 "repurposed as a hotel.",
 "Jenners was founded as \"Kennington & Jenner\" in 1838 by Charles Jenner FRSE (1810\u20131893), a linen draper, and "
 "Charles Kennington. The store has never left its site on Princes Street, but its original building was destroyed by "
 "fire in 1892. In 1893 the Scottish architect William Hamilton Beattie was appointed to design a replacement, which "
 "subsequently opened in 1895. It is now a category A listed building.",
 "Jenners was run for many years by the Douglas Miller family, descendants of James Kennedy, who took charge of the "
 "store after Charles Jenner retired in 1881. Known as the \"Harrods of the North\", it has held a Royal Warrant since "
 "1911, and was visited by Queen Elizabeth II on the occasion of its 150th anniversary in 1988.",
 "On 16 March 2005 it was announced that the Douglas Miller family were in advanced negotiations to sell the business "
 "to the House of Fraser, at an estimated price of \u00a3100-200 million, but a month later it was sold for \u00a346.1 "
 "million. While other acquisitions by House of Fraser had been renamed, Jenners kept its identity.",
 "The store made national news in 2007 when it publicly announced that it would stop selling pat\u00e9 de foie gras, "
 "following a boycott by the Duke and Duchess of Hamilton. In 2008, House of Fraser invested \u00a33 million in "
 "improvements to the store."]
KEPT["wp-jenners"] = ("jenners-enwiki.txt", JENNERS)
R.append(wp("wp-jenners", "Jenners", "https://en.wikipedia.org/wiki/Jenners",
 "\n\n".join(JENNERS),
 "retail/department store", ["history", "founding", "leadership", "ownership", "deal"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2021 or later: its lead tells the store vacated in May 2021 and the building under restoration). Cut: "
 "the title line '= Jenners =' and the line 'Jenners'; the infobox lines ('- Logo: Jenners logo.png', '- Industry: "
 "Retail', '- Defunct: 2020', '- Fate: Defunct; Edinburgh location closed; Loch Lomond Shores location rebranded as "
 "Frasers', '- Area Served: Scotland', '- Parent: Frasers Group'), so Frasers Group, Frasers and Loch Lomond Shores "
 "are not in the text; the headings '== History ==' and '=== Sale to House of Fraser ==='; the excerpt's single line "
 "break between the two paragraphs of the last section made a blank line; cut after '... invested \u00a33 million in "
 "improvements to the store.', before the sentence the excerpt breaks off ('As a result of this, in 2016 the basement "
 "toy department was rebrande'; `truncated`; a cut inside a paragraph, at a sentence end). The excerpt has no citation "
 "markers. No word added or changed. Kept as written: 'Jenners was founded as \"Kennington & Jenner\" in 1838 by "
 "Charles Jenner FRSE (1810\u20131893), a linen draper, and Charles Kennington.' (straight double quotes; an en dash "
 "in the years), 'Jenners was run for many years by the Douglas Miller family, descendants of James Kennedy, who took "
 "charge of the store after Charles Jenner retired in 1881.' (no hyphen in 'Douglas Miller'), 'the \"Harrods of the "
 "North\"', 'the Douglas Miller family were in advanced negotiations to sell the business to the House of Fraser' "
 "(with 'the') beside 'acquired by House of Fraser' (without), 'an estimated price of \u00a3100-200 million' (a "
 "hyphen), 'a month later it was sold for \u00a346.1 million', 'pat\u00e9 de foie gras' (so spelt). 282 words. "
 "No outage told; a near-miss of one ('its original building was destroyed by fire in 1892': a physical accident; the "
 "store's closing in December 2020 a business event; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (en.wikipedia.org's "
 "own rendering, as batches 56j, 56p, 57b, 57g, 57q, 58e and 58h recorded theirs). Found at rank 4 of the query "
 "'Jenners department store Edinburgh founded by Charles Jenner, bought by House of Fraser'; a.osmarks.net's Kiwix "
 "copy of 2020-08 (rank 3; an older revision, before the closure, with citation markers), the French page (rank 2) "
 "and a stock-photo caption, a visitor page and news pages (ranks 1, 5-8) not used. Jenners, Kennington, Charles "
 "Jenner, Douglas Miller, Douglas-Miller, James Kennedy (as Jenners' head), William Hamilton Beattie, Princes Street: "
 + CHECKED + " ('House of Fraser' is named in GATHERING.md only, in a list of CMA cases of another round (House of "
 "Fraser/Sports Direct), another matter; 'Jenner' in GATHERING.md only as a law firm's digest).", "non-US"))

# ---- transport, UK: Harrogate Bus Company (en.wikipedia.org '= Title =' rendering, June 2024 or later) ---------------
HARROGATE = [
 "Harrogate Bus Company operates both local and regional bus services in North Yorkshire and West Yorkshire, England. "
 "It is a subsidiary of Transdev Blazefield.",
 "In November 1906, The Harrogate Road Car Company was formed. Initially operating steam-powered buses, the company "
 "adopted conventionally-fuelled petrol buses in 1911.",
 "In 1924, the company was absorbed into Tilling & British Automobile Traction and renamed the Harrogate & District "
 "Road Car Company. Following the company's expansion, it was further renamed West Yorkshire Road Car Company in "
 "1927, to reflect the wider service area provided.",
 "In 1948, along with other companies that were then part of the Tilling Group, West Yorkshire Road Car Company was "
 "nationalised.",
 "In 1968, West Yorkshire Road Car Company became a subsidiary of the National Bus Company.",
 "In 1987, West Yorkshire Road Car Company was sold in a management buyout to the AJS Group, owned by former East "
 "Yorkshire Motor Services managing director, Alan Stephenson. The business was split into smaller companies in "
 "December 1988, one of which became Harrogate & District Travel.",
 "Following the deregulation of bus services in 1986, Harrogate Independent Travel was set up by a number of West "
 "Yorkshire Road Car Company drivers, in a bid to challenge their former employer. The company was subsequently "
 "purchased by AJS Group in April 1989."]
KEPT["wp-harrogate-bus-company"] = ("harrogate-bus-enwiki.txt", HARROGATE)
R.append(wp("wp-harrogate-bus-company", "Harrogate Bus Company", "https://en.wikipedia.org/wiki/Harrogate_Bus_Company",
 "\n\n".join(HARROGATE),
 "transport/bus operator", ["history", "founding", "ownership", "deal", "leadership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of June 2024 or later: its infobox gives the fleet 'as of June 2024' and a logo file of 2024). Cut: the "
 "title line '= Harrogate Bus Company =' and the line 'Harrogate Bus Company'; the infobox lines ('- Logo: "
 "HarrogateBusCompanyLogo2024.png', '- Parent: Transdev Blazefield', '- Headquarters: Harrogate, North Yorkshire, "
 "England', '- Service Area: North Yorkshire, West Yorkshire', '- Service Type: Public transport', '- Fleet: 57 (as "
 "of June 2024)', '- Leader Type: Managing Director', '- Leader: Henri Rohard', '- Stations: Harrogate Bus Station "
 "Knaresborough Bus Station'), so the managing director Henri Rohard, Harrogate itself and the two bus stations are not "
 "in the text; the heading '==History=='; cut after '... purchased by AJS Group in April 1989.', before the paragraph "
 "the excerpt breaks off ('In August 1991, Harrogate & District Travel was included in the purchase of AJS Group by "
 "Blazefield Group, following the sale of seven of the company's eight remaining bus firms at the time \u2013 a deal "
 "valued at \u00a32.2 '; `truncated`; a cut at a paragraph end), so the Blazefield Group purchase of 1991 is not in "
 "the text (a query worded on it, query 15, gave the same excerpt). The excerpt has no citation markers. No word added "
 "or changed. Kept as written: 'The Harrogate Road Car Company' (capital T), 'conventionally-fuelled petrol buses', "
 "'absorbed into Tilling & British Automobile Traction and renamed the Harrogate & District Road Car Company', 'it was "
 "further renamed West Yorkshire Road Car Company in 1927', 'the Tilling Group', 'nationalised' (no state body "
 "named), 'became a subsidiary of the National Bus Company', 'sold in a management buyout to the AJS Group, owned by "
 "former East Yorkshire Motor Services managing director, Alan Stephenson' (a comma before the name), 'Harrogate & "
 "District Travel', 'purchased by AJS Group' (without 'the'). 214 words. No outage and no near-miss of one "
 "told (nationalisation, the split and a drivers' rival company are business events). Recorded CC BY-SA 4.0 (a 2024 "
 "rendering, after Wikimedia's move to 4.0 of June 2023). Found at rank 8 of the query 'Blazefield Holdings bus "
 "company founded by Giles Fearnley and Stephen Hemingway, sold to Transdev, Harrogate and District' and at rank 1 of "
 "'Harrogate & District Travel included in purchase of AJS Group by Blazefield Group 1991, Transdev 2006, The "
 "Harrogate Bus Company rebrand' (the same excerpt); justapedia.org (rank 2; a fork, not Wikipedia), an azureedge.net "
 "mirror (rank 3; an unknown host), liquisearch.com, wikidpedia.co and enwikipedia.net copies of 'Transdev "
 "Blazefield' (ranks 4-6; another article, on the group) and piglix.com's 'West Yorkshire Road Car Company' (rank 8) "
 "not used. Harrogate Bus Company, Harrogate Road Car, Blazefield, AJS Group, Alan Stephenson, West Yorkshire Road "
 "Car, Harrogate Independent Travel, Rohard, Keighley: " + CHECKED + " ('East Yorkshire Motor Services' is named in "
 "batch 58a's Go North East text, a test file found by file name only, whose matter is Go North East's own history; "
 "'Tilling' in a train text on another person and in batch 37g's notes; 'Transdev' and 'Harrogate' in GATHERING.md "
 "only, in lists of names checked or of sources).", "non-US"))


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

#!/usr/bin/env python3
"""Batch 57m (session 55; gatherer lane 57m): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f, 56h, 56j, 56n, 56p, 57b, 57f and 57g, turned
to mid-size service companies (an airline, two hotel chains, a web host), new to the corpus: the flag carrier of the
Bailiwick of Guernsey, founded by Sir Derrick Bailey, which started operations in 1968 after British United Airways
left the Alderney to Guernsey route and has been wholly owned by the States of Guernsey since 2003 (airline, Channel
Islands); a St. Louis hotel company founded by the brothers Charles, James and Robert Drury, sons of Lambert Drury, the
family's Drury Development Corporation of 1959 and its first hotel, a Holiday Inn, behind it, operator of the Drury Inn
and Suites, Drury Plaza Hotel, Pear Tree Inn and Thrifty Inn brands (hotels, US); a Norwegian hotel chain founded as
Rainbow Hotels in 1989 by Olav Thon, part of the Olav Thon Group, itself owned by the Olav Thon Foundation, criticised
in 2023 by its main union representative (hotels, Norway); and a Los Angeles web host and domain name registrar, the
web hosting branch of New Dream Network, LLC, founded in 1996 by four Harvey Mudd College students, one-time operator
of the .la top-level domain (web hosting, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Aurigny' (undated), 'Drury Hotels' (a revision of 2024 or later)
and 'Thon Hotels' (a revision of 2023 or later), and the-uncensored-wiki.com's copy of 'DreamHost' (a revision of
2007); each cut at a sentence end (`truncated`). Edits per item in `notes` (title and site lines, infobox lines, a
contents line, image captions, headings cut; no word added or changed); `verify()` checks every kept paragraph against
the saved excerpt (/tmp/gather58m/src), the markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs
compared as one space, as batches 57b, 57f and 57g did. No text tells an outage; two tell near-misses of one (Aurigny's
start after British United Airways withdrew from a route: a business decision; DreamHost's stopping operation of the
.la domain: a business decision), and the DreamHost excerpt breaks off inside the sentence on its power outage of
August 2006, which is therefore not in the text. newskg (or any extractor) was not run on any text. A round of four:
thirteen queries on eleven companies, seven of them answered with English Wikipedia text (or a copy of it) on a
company not yet in the corpus, four taken (round notes, /work/notes/gather58/57m.md; queries,
/tmp/gather58m/src/queries.txt).
usage: batch57m.py [POOL_DIR] [--dry]   (default /tmp/gather58m/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather58m/pool"
SRC = "/tmp/gather58m/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-55 pools (/tmp/gather58*/pool) and in /work/notes/gather58/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- airline, Channel Islands: Aurigny (en.wikipedia.org '= Title =' rendering, undated) -----------------------------
AURIGNY = [
 "Aurigny Air Services Limited (pronounced /\u02c8\u0254\u02d0r\u026ani/), commonly known as Aurigny, is the flag "
 "carrier airline of the Bailiwick of Guernsey with its head office next to Guernsey Airport in the Channel Islands, "
 "and wholly owned by the States of Guernsey since nationalisation in 2003. It operates regular passenger and freight "
 "services to the Channel Islands, France, the Republic of Ireland and the United Kingdom. Its main base is situated "
 "next to Guernsey Airport, with other aircraft and crew based at Alderney Airport. Aurigny is one of the longest "
 "serving regional airlines in the world, and is the second oldest established airline in Britain after Loganair. The "
 "origin of its name lies in the cognate across Norman languages for Alderney.",
 "Aurigny Air Services was founded by Sir Derrick Bailey and started operations on March 1, 1968, after British "
 "United Airways withdrew from the Alderney to Guernsey route. It initially operated Britten-Norman Islander aircraft, "
 "developing a highly efficient network linking the Channel Islands with each other and with France and the United "
 "Kingdom. During the first year of operations, the airline carried 45,000 passengers between Guernsey, Jersey, and "
 "Alderney.",
 "Aurigny became the first commercial operator of the Britten-Norman Trislander in July 1971; the airline remained "
 "the world's largest operator of the type until its retirement."]
KEPT["wp-aurigny-air-services"] = ("aurigny-enwiki.txt", AURIGNY)
R.append(wp("wp-aurigny-air-services", "Aurigny", "https://en.wikipedia.org/wiki/Aurigny",
 "\n\n".join(AURIGNY),
 "aviation/airline", ["history", "founding", "ownership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent revision: the infobox's 'Profit: (2022)' and the CEO Nico Bezuidenhout, where older copies give 2019 or the "
 "CEO Mark Darby). Cut: the title line '= Aurigny =' and the line 'Infobox'; the infobox lines ('- Airline: Aurigny "
 "Air Services', '- Logo: Aurigny logo.svg', '- Iata: GR', '- Icao: AUR', '- Callsign: AYLINE', '- Aoc: 373', '- "
 "Hubs: Guernsey', '- Focus Cities: Saint Anne', '- Frequent Flyer: Aurigny Frequent Flyer', '- Destinations: 14', '- "
 "Num Employees: 280', '- Founded: 24 January 1964 as Glos Air Ltd, 19 February 1968 as Aurigny Air Services Ltd', '- "
 "Founder: 19 February 1968 as Aurigny Air Services Ltd' (so filled in the rendering), '- Headquarters: Guernsey "
 "Airport, Forest, Guernsey, Channel Islands', '- Key People: Nico Bezuidenhout (CEO) Kevin George (Chairman)', '- "
 "Profit: (2022)'), so the CEO Nico Bezuidenhout, the chairman Kevin George and the former name Glos Air Ltd are not "
 "in the text; the headings '==History==' and '===Early years==='; cut after '... until its retirement.', before the "
 "sentence the excerpt breaks off ('Use of this larger aircraft ena'; `truncated`; a cut inside a paragraph, at a "
 "sentence end). The excerpt has no citation markers. No word added or changed. Kept as written: the pronunciation "
 "'/\u02c8\u0254\u02d0r\u026ani/' in brackets, 'commonly known as Aurigny', 'wholly owned by the States of Guernsey since "
 "nationalisation in 2003', 'the second oldest established airline in Britain after Loganair', 'the cognate across "
 "Norman languages for Alderney', 'started operations on March 1, 1968,' (US date order), 'the Alderney to Guernsey "
 "route', 'between Guernsey, Jersey, and Alderney', 'the world's largest operator of the type until its retirement'. "
 "213 words. No outage told; a near-miss: 'after British United Airways withdrew from the Alderney to Guernsey route' "
 "(a route given up, a business decision; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (a recent revision as "
 "en.wikipedia.org rendered it, as batches 56j, 56p, 57b and 57g recorded their '= Title =' renderings; doubtful in "
 "that no revision date is held). Found at rank 1 of the query 'Aurigny Air Services Limited, commonly known as "
 "Aurigny, is the flag carrier airline of the Bailiwick of Guernsey wholly owned by the States of Guernsey'; "
 "eymaps.com's copy (rank 2; citation markers and an image caption, seasonal services to Spain), ebooklibrary.org's "
 "older copy (rank 3; the CEO Mark Darby in the infobox only), theinfolist.com (rank 4; link glosses spliced into the "
 "lead), wiki.stringtranslate.com (rank 5; sentences run together, with Close Brothers Private Equity and Malcolm "
 "Hart, not usable as written), simpleflying.com, thesarnian.com and iatanews.com (copyrighted) not used. Aurigny, "
 "Derrick Bailey, States of Guernsey, British United Airways, Trislander: " + CHECKED + " ('Loganair' is in texts on "
 "other matters, none a history of Aurigny; 'Britten-Norman' in texts on other aircraft).", "non-US"))

# ---- hotels, US: Drury Hotels (en.wikipedia.org '= Title =' rendering, a revision of 2024 or later) -------------------
DRURY = [
 "Drury Hotels Company, LLC is an American hospitality company that operates a chain of mid-scale limited service "
 "hotels under the brands Drury Inn and Suites, Drury Plaza Hotel, and Pear Tree Inn. As of 2024, the chain operates "
 "more than 150 locations in 30 states. It is wholly owned by the Drury family and is headquartered in metropolitan "
 "St. Louis, Missouri.",
 "The company was founded by Charles, James, & Robert Drury. They were the sons of Lambert Drury, a farmer who lost "
 "his farm during the Great Depression, and then founded a plastering company. The Drury Development Corporation was "
 "founded in 1959. The Drury family built its first hotel, a Holiday Inn, in 1962 in Cape Girardeau, Missouri. The "
 "family started Drury Hotels in 1973 and built its first Drury Inn in Sikeston, Missouri. The Drury Hotels company "
 "operates non-Drury hotels as well. In the 1990s, the chain introduced a third brand, Thrifty Inn.",
 "Co-founder Charles Drury died on September 7, 2020, in St. Louis; his death was acknowledged by Governor of Missouri "
 "Mike Parson. Two other co-founders, James and Robert, died in 2008 and 2013, respectively.",
 "In 2024, Drury Hotels earned its 18th J.D. Power award for highest guest satisfaction in upper midscale hotels.",
 "The chain has purchased several historic buildings for renovation as hotels."]
KEPT["wp-drury-hotels"] = ("drury-enwiki.txt", DRURY)
R.append(wp("wp-drury-hotels", "Drury Hotels", "https://en.wikipedia.org/wiki/Drury_Hotels",
 "\n\n".join(DRURY),
 "hospitality/hotels", ["history", "founding", "leadership", "brands"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2024 or later: 'As of 2024', the '18th J.D. Power award' of 2024 and the infobox's '6,000 (2024)'). "
 "Cut: the title line '= Drury Hotels =' and the line 'Drury Hotels Company, LLC'; the infobox lines ('- Logo: Drury "
 "Hotels logo.svg', '- Type: Private', '- Industry: Hospitality', '- Foundation: 1973', '- Key People: Charles L. "
 "Drury, Jr. (CEO)', '- Products: Hotels', '- Num Employees: 6,000 (2024)', '- Homepage: "
 "https://www.druryhotels.com/'), so the CEO Charles L. Drury, Jr. is not in the text; the headings '== History ==' "
 "and '== Renovation of historic buildings =='; cut after 'The chain has purchased several historic buildings for "
 "renovation as hotels.', before the sentence the excerpt breaks off ('Historic buildings that the chain has "
 "renovated into hotels include the Union Market in St. Louis ... in San Anto'; `truncated`; a cut inside a "
 "paragraph, at a sentence end). The excerpt has no citation markers. No word added or changed. Kept as written: "
 "'under the brands Drury Inn and Suites, Drury Plaza Hotel, and Pear Tree Inn', 'wholly owned by the Drury family', "
 "'founded by Charles, James, & Robert Drury' (with the ampersand), 'and then founded a plastering company', 'a "
 "Holiday Inn', 'operates non-Drury hotels as well', 'a third brand, Thrifty Inn', 'Co-founder Charles Drury', "
 "'Governor of Missouri Mike Parson', 'Two other co-founders, James and Robert', 'its 18th J.D. Power award'. 216 "
 "words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2024 or later, after "
 "Wikimedia's move to 4.0 of June 2023). Found at rank 3 of the query 'Drury Hotels is a hotel chain based in St. "
 "Louis, Missouri, founded by Charles Drury, family-owned'; en.wikipedia.org's old revision 994693873 of 17 December "
 "2020 (rank 5; 'founded by the sons of Lambert Drury', no founder named in its opening of the history) and an older "
 "rendering of about 2014 (rank 8; James and Robert Drury's deaths only), wikisum.wiki (rank 1; a summary), "
 "de.knowledgr.com (rank 4; German), wiltonbulletin.com, ksdk.com and semissourian.com (copyrighted) not used. Drury, "
 "Pear Tree Inn, Holiday Inn, Sikeston, Cape Girardeau, Mike Parson, J.D. Power: " + CHECKED + ".", "US"))

# ---- hotels, Norway: Thon Hotels (en.wikipedia.org '= Title =' rendering, a revision of 2023 or later) ----------------
THON = [
 "Thon Hotels (formerly known as Rainbow Hotels) is a Norwegian-based hotel chain. It is currently the 3rd largest "
 "hotel chain in Norway with 93 hotels in Norway, Belgium, Sweden, Denmark and the Netherlands.",
 "The Thon Hotel chain was established in 1989. Thon Hotels is part of the Olav Thon Group (Olav Thon Gruppen) which "
 "in turn is owned by the Olav Thon Foundation (Olav Thon Stiftelsen). The Norwegian philanthropist and property "
 "investor, Olav Thon bought Hotel Bristol in Oslo in 1974. In 1983 Thon bought his second hotel, before he founded "
 "Rainbow Hotel in 1989, which included 10 hotels. Over the next couple of decades, the hotel chain grew in numbers, "
 "and Thon extended his hotel business to Brussels in 1995 when he bought two hotels in the Belgium capital.\n"
 "Rainbow Hotels were rebranded to Thon Hotels in 2005.",
 "In 2023, the company has been criticized for banning Pride flags during Pride Month. The main union representative "
 "at the company Ann Kristin Sletvold said she was \"shocked\" over the ban, and said it was \"the wrong signal\" only "
 "a year after a terrorist attack on Pride. After intense backlash, the company reversed its decision."]
KEPT["wp-thon-hotels"] = ("thon-enwiki.txt", THON)
R.append(wp("wp-thon-hotels", "Thon Hotels", "https://en.wikipedia.org/wiki/Thon_Hotels",
 "\n\n".join(THON),
 "hospitality/hotels", ["history", "founding", "ownership"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of 2023 or later: it tells the Pride flag ban of 2023 and gives 93 hotels where wikimili.com's older copy "
 "gives '50-odd'). Cut: the title line '= Thon Hotels =' and the line 'Thon Hotels'; the infobox lines ('- Logo: "
 "100px|', '- Type: Private company', '- Foundation: 1989', '- Location City: Oslo, Norway', '- Key People: Olav Thon, "
 "CEO', '- Area Served: Norway, Sweden, Denmark Belgium and the Netherlands', '- Industry: Hospitality', '- Products: "
 "Hotels', '- Homepage: thonhotels.com'), so Olav Thon's post as CEO is not in the text; the headings '==History==' "
 "and '==Controversy=='. The excerpt ends with the Controversy paragraph, kept whole (`truncated` kept true: the page "
 "store's excerpt may not be the whole page). The single line break before 'Rainbow Hotels were rebranded to Thon "
 "Hotels in 2005.' kept as the rendering has it (inside the History paragraph). The excerpt has no citation markers. "
 "No word added or changed. Kept as written: '(formerly known as Rainbow Hotels)', 'the 3rd largest hotel chain in "
 "Norway', 'The Thon Hotel chain', 'the Olav Thon Group (Olav Thon Gruppen)', 'the Olav Thon Foundation (Olav Thon "
 "Stiftelsen)', 'The Norwegian philanthropist and property investor, Olav Thon bought Hotel Bristol' (the comma so "
 "placed), 'before he founded Rainbow Hotel in 1989' (singular), 'in the Belgium capital', 'In 2023, the company has "
 "been criticized', 'The main union representative at the company Ann Kristin Sletvold' (no comma). 194 words. No "
 "outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a revision of 2023 or later; the 2023 controversy may "
 "predate Wikimedia's move to 4.0 of June 2023 by weeks, both licences allow the reuse with attribution). Found at "
 "rank 2 of the query 'Thon Hotels is a Norwegian hotel chain owned by Olav Thon Group, founded by Olav Thon'; "
 "wikimili.com's older copy (rank 1; 50-odd hotels, no Controversy section), wikisum.wiki (rank 8; a summary), "
 "thonhotels.com (rank 5; German, the company's page), travelnews.se, dagsavisen.no, hrrnett.no and gonorway.no "
 "(copyrighted) not used. Thon Hotel, Olav Thon, Rainbow Hotel, Sletvold: " + CHECKED + ".", "non-US"))

# ---- web hosting, US: DreamHost (the-uncensored-wiki.com copy, a revision of 2007) -----------------------------------
DREAMHOST = [
 "DreamHost is a Los Angeles-based web hosting provider and domain name registrar. It is the web hosting branch of "
 "New Dream Network, LLC, founded in April 1996 by Dallas Bethune, Josh Jones, Michael Rodriguez and Sage Weil, "
 "undergraduate students at Harvey Mudd College in Claremont, California.",
 "DreamHost hosts around 700,000 domain names on a network of mainly Debian GNU/Linux-based servers. The company has "
 "deployed a unique control panel, devised by their own programmers, that includes integrated billing and support "
 "ticket systems. The majority of hosted domains exist within a shared hosting environment, with a small percentage "
 "of customers on dedicated servers. All accounts can have shell access. Initially available by invitation only, "
 "DreamHost also offers a virtual private server service using Linux-VServer. The company offers customer support by "
 "telephone (on a call-back basis only), as well as email-based support.",
 "DreamHost is an ICANN-accredited domain name registrar. The company previously operated the .la top-level domain, "
 "allocated to the country of Laos, which it marketed as a domain for the city of Los Angeles. It stopped operating "
 "it in April 2006 because it reportedly received only \"one registration a day\".",
 "DreamHost is notable for being unusually transparent about its business practices, with staff contributing to a "
 "popular blog."]
KEPT["wp-dreamhost"] = ("dreamhost-uncensoredwiki.txt", DREAMHOST)
R.append(wp("wp-dreamhost", "DreamHost", "http://the-uncensored-wiki.com:20082/articles/d/r/e/DreamHost_9e13.html",
 "\n\n".join(DREAMHOST),
 "internet/web hosting", ["history", "founding", "services"],
 "The article as the-uncensored-wiki.com's copy holds it in the page store (no date or revision id held; a revision "
 "of 2007: it shows 'the post March 2007 DreamHost Control Panel' and tells of April 2006 and August 2006 as past, and "
 "the copy is held at the site's port 20082, as batch 57f's 2006-2007 Delrina copy was at port 20072). Cut: the title "
 "line 'DreamHost' and the site line 'From Wikipedia, the free encyclopedia'; the infobox lines ('DreamHost', 'Type "
 "Private company', 'Founded Claremont, California 1996', 'Headquarters Los Angeles, California, USA', 'Key people "
 "Dallas Bethune, Josh Jones, Michael Rodriguez, Sage Weil', 'Industry Domain Registrar, Web hosting service', "
 "'Products Web services', 'Website http://www.dreamhost.com'); the line 'Contents'; the headings '[edit] Web "
 "hosting', '[edit] Domain registration' and '[edit] Transparency' with their edit links; the image caption 'A "
 "screenshot of the post March 2007 DreamHost Control Panel' (twice); the citation markers '[1]' to '[9]' (so 'devised "
 "by their own programmers [3], that' reads 'devised by their own programmers, that'); cut after '... with staff "
 "contributing to a popular blog.', before the sentence the excerpt breaks off ('A disastrous power outage "
 "incident[10] in August of 2006 led to a frank a'; `truncated`; a cut inside a paragraph, at a sentence end), so the "
 "power outage of August 2006 is not in the text. No word added or changed. Kept as written: 'a Los Angeles-based web "
 "hosting provider and domain name registrar', 'the web hosting branch of New Dream Network, LLC, founded in April "
 "1996 by ...' (the founding told of New Dream Network), 'undergraduate students at Harvey Mudd College', 'mainly "
 "Debian GNU/Linux-based servers', 'devised by their own programmers', 'Initially available by invitation only, "
 "DreamHost also offers', 'ICANN-accredited', 'the .la top-level domain, allocated to the country of Laos', 'It "
 "stopped operating it in April 2006', '\"one registration a day\"'. 206 words. No outage told; a near-miss: 'It "
 "stopped operating it in April 2006' (the .la domain given up for lack of registrations, a business decision; "
 "GUIDELINES, Outages). Recorded CC BY-SA 3.0 (a revision of 2007, before Wikimedia's move to 4.0 of June 2023, as "
 "batch 57f recorded the site's Delrina copy). Found at rank 1 of the query 'DreamHost is a Los Angeles-based web "
 "hosting provider and domain name registrar founded in 1996 by Dallas Bethune, Josh Jones, Michael Rodriguez and "
 "Sage Weil'; dreamhost.com's blog posts and knowledge-base pages (ranks 2-8 of that query and of a second asking "
 "for the power outage; the company's own, copyrighted) and datacenterknowledge.com (copyrighted) not used. "
 "DreamHost, New Dream Network, Harvey Mudd, Sage Weil, Linux-VServer: " + CHECKED + " ('ICANN' and 'Debian' are in "
 "texts on other matters).", "US",
 v3=True, copy_of="the Wikipedia article, via the-uncensored-wiki.com's copy of 2007"))


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

#!/usr/bin/env python3
"""Batch 71p (session 65; gatherer lane 71p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad, 69a-69aj and 70a-70ak, on an Indian
industrialist, a Canadian retailer and an Australian clothes-hoist maker, new to the corpus: Ardeshir Burjorji Sorabji
Godrej (1868-1936), the Bombay businessman who with his brother Pirojsha Burjorji co-founded the Godrej Brothers
Company, the precursor of the Godrej Group, whose article's early years tell of his family, his marriage, the Rajabai
Tower deaths of 1891 and his brief career at the law in Zanzibar (locks, India); Canadian Tire Corporation, Limited,
the Toronto retail company whose operations include Canadian Tire Petroleum, Canadian Tire Bank, Mark's, FGL Sports
(Sport Chek, Sports Experts), PartSource and the Canadian operations of Party City, which acquired Helly Hansen from the
Ontario Teachers' Pension Plan in 2018 and is known for its Canadian Tire money (retail, Canada); and Hills Limited,
the Australian industrial conglomerate that grew from Hills Hoist Ltd, founded by Lance Hill and Harold Ling in 1948
to make the Hills Hoist clothesline, with Hill as chairman and Ling as a director, Ling chairman from 1956, and which
went into voluntary administration in 2023 (manufacturing, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Ardeshir Godrej' (recent, undated),
en.m.wikipedia.org's mobile page of 'Canadian Tire' (its infobox dates the founding '101 years ago': a revision of
about 2023-2024) and en.wikipedia.org's revision 1197527864 of 'Hills Limited' at its oldid address (January 2024);
each cut at a paragraph or sentence end before the point where the excerpt breaks off. Edits per item in `notes`
(title lines, infobox lines and headings cut; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather71p/src), the markers ('[1]') dropped and whitespace runs compared as one space,
as batches 57g-71j did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of three:
ten queries, nine companies asked for, three taken (round notes /tmp/gather71p/NOTES.md; queries
/tmp/gather71p/src/queries.txt; claims /work/notes/gather71/CLAIMS.txt).
usage: batch71p.py [POOL_DIR] [--dry]   (default /tmp/gather71p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71p/pool"
SRC = "/tmp/gather71p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[lower-alpha 1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- locks, India: Ardeshir Godrej (en.wikipedia.org's '= Title =' rendering) ----------------------------------------
AG = [
 "Ardeshir Burjorji Sorabji Godrej (1868–1936) was an Indian businessman. With his brother Pirojsha Burjorji, he "
 "co-founded the Godrej Brothers Company, the precursor of the modern Godrej Group.",
 "Ardeshir was born in 1868 as the first of six children to Burjorji and Dosibai Gootherajee. The Gootherajees were a "
 "wealthy Parsi family of Bombay (now Mumbai), and Ardeshir's father Burjorji and grandfather Sohrabji dealt in real "
 "estate. In January 1871, his father had the family name changed to Godrej.",
 "In 1890, Ardeshir married Bachu (Bachubai), who had just turned eighteen. On 25 April 1891, Bachubai and Ardeshir's "
 "second cousin Pirojbai Sohrabji Kamdin decided to climb to the viewing platform of the 85-meter high Rajabai Tower. "
 "At the top, one or two miscreants accosted them. According to legend, rather than give into their demands, the two "
 "good-looking women jumped. Both lost their lives. Ardeshir rarely spoke of his loss, nor did he ever remarry. "
 "Ardeshir and Bachubai had no children.",
 "In 1894, Ardeshir, fresh out of law school, was hired by a well-known firm to argue a case on a client's behalf in "
 "Zanzibar. The fine details of the case are not known, but according to his biography, it went well until, towards "
 "the end when Ardeshir refused to acknowledge (before the court) that his client had visited a particular place "
 "because there was no hard evidence that he had done so. As Ardeshir would later say, it required him to make an "
 "assumption that he could not with a good conscience make, and would thus be wrong. Not allowing himself to be "
 "convinced, the client had to find a replacement, and Ardeshir returned to Bombay and gave up the law altogether."]
KEPT["wp-ardeshir-godrej"] = ("ardeshir-godrej-enwp.txt", AG)
R.append(wp("wp-ardeshir-godrej", "Ardeshir Godrej", "https://en.wikipedia.org/wiki/Ardeshir_Godrej",
 "\n\n".join(MARK.sub("", p) for p in AG),
 "locks (industrialist's biography, company founding)", ["biography", "founder", "family", "early career"],
 "The article as en.wikipedia.org's own rendering holds it in the page store (the '= Title =' form with the infobox "
 "as '- Field: value' lines; no revision id or date held; taken as a recent rendering, as batches 69ah, 70ah, 71d "
 "and 71j recorded this form). Cut: the title line '= Ardeshir Godrej =', the infobox lines ('Ardeshir Godrej', '- "
 "Born: 1868' ... '- Occupation: Businessman'; so the 'Birthplace: Bombay, British India' line is not in the text), "
 "the headings '==Early years==' and '== Career =='; cut after '... gave up the law altogether.', before the sentence "
 "the excerpt breaks off in ('As Ardeshir would later recall, \"instead of seeing my side of the case, I saw both "
 "sides, the plaintiff's as well as the defendant's. In this divided state of mind, I rea'; a cut at a sentence end). "
 "The rendering prints no citation marker in the excerpt. Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'Ardeshir Burjorji Sorabji Godrej (1868–1936)' (an en dash), 'his brother Pirojsha "
 "Burjorji', 'the precursor of the modern Godrej Group', 'Burjorji and Dosibai Gootherajee', 'Bombay (now Mumbai)', "
 "'grandfather Sohrabji', 'Bachu (Bachubai)', 'the 85-meter high Rajabai Tower', 'it went well until, towards the end "
 "when Ardeshir refused' (the article's comma). The text as kept tells the founding of the Godrej Brothers Company "
 "only in its lead (the excerpt ends before the lock business of 1897). 279 words. No outage told. Recorded CC BY-SA "
 "4.0 (a recent rendering; doubtful: no revision id or date). Found at rank 5 of the query 'Godrej Group history "
 "founded 1897 Ardeshir Godrej Pirojsha locks Wikipedia'; magzter.com and amarchitrakatha.com (ranks 1 and 6; a "
 "comic's blurb), winnyheroes.blogspot.com (rank 2; a blog copy without attribution), abhipedia.abhimanu.com (rank 3; "
 "news notes), s.gtool.pro's proxy of a Wikipedia diff page (rank 4; the diff's wikitext lines and '[edit]' links run "
 "into the text), navigatingtravel.digital (rank 7; a scrambled retelling) and a slideshare upload (rank 8; run-on "
 "words) not used. Ardeshir Godrej, Pirojsha, Godrej Brothers, Rajabai, Gootherajee, Bachubai: " + CHECKED + " but "
 "'Godrej', 'Pirojsha' and 'Ardeshir Godrej' in GATHERING.md's lists of leads ('Ardeshir' alone in a text on another "
 "matter).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- retail, Canada: Canadian Tire (en.m.wikipedia.org's mobile page) -----------------------------------------------
CT = [
 "Canadian Tire Corporation, Limited (French: Société Canadian Tire Limitée) is a Canadian retail company which "
 "operates in the automotive, hardware, sports, leisure and housewares sectors. Its Canadian operations include: "
 "Canadian Tire (including Canadian Tire Petroleum gas stations and financial services subsidiary Canadian Tire Bank), "
 "Mark's, FGL Sports (including Sport Chek and Sports Experts), PartSource, and the Canadian operations of Party City. "
 "Canadian Tire acquired the Norwegian clothing and textile company Helly Hansen from the Ontario Teachers' Pension "
 "Plan in 2018.",
 "Canadian Tire is known for its Canadian Tire money, a loyalty program first introduced in 1958 using paper coupons "
 "that resemble banknotes. The company's head office is located at the Canada Square Complex in Toronto, Ontario, and "
 "it is listed on the Toronto Stock Exchange. It is a participant in the voluntary Scanner Price Accuracy Code managed "
 "by the Retail Council of Canada.[5]"]
KEPT["wp-canadian-tire"] = ("canadian-tire-enmwp.txt", CT)
R.append(wp("wp-canadian-tire", "Canadian Tire", "https://en.m.wikipedia.org/wiki/Canadian_Tire",
 "\n\n".join(MARK.sub("", p) for p in CT),
 "retail (company profile)", ["operations", "subsidiaries", "acquisition", "loyalty program", "listing"],
 "The article's lead as en.m.wikipedia.org's mobile page holds it in the page store (the mobile site's own rendering, "
 "with the infobox run in as 'Field' + value lines after the first paragraph; no revision id or date held; its "
 "infobox's 'Founded October 24, 1922; 101 years ago' and '(2022)' figures date the revision to about 2023-2024). "
 "Cut: the infobox lines ('Canadian Tire Corporation, Limited', 'Canadian Tire', 'Company typePublic' ... 'Logo used "
 "from 1967 to 2022'; so the 'Founders Alfred Jackson Billes / John William Billes', 'Headquarters 2180 Yonge Street' "
 "and 'Key people Greg Hicks (President and CEO)' lines are not in the text), the citation marker '[5]'; cut after "
 "'... managed by the Retail Council of Canada.', before the History section's first sentence, which the excerpt "
 "breaks off in ('On October 24, 1922, John William Billes and Alfred Jackson Billes invested their combined savings "
 "of $1,800 in the Hamilton Tire and Garage Ltd. (established in 1909 as the Hamil'; a cut at a paragraph end; the "
 "mobile page prints no heading before it). Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Canadian Tire Corporation, Limited (French: Société Canadian Tire Limitée)', 'Its Canadian operations "
 "include: Canadian Tire (including ...), Mark's, FGL Sports (including Sport Chek and Sports Experts), PartSource, "
 "and the Canadian operations of Party City', 'the Norwegian clothing and textile company Helly Hansen', 'the "
 "Canada Square Complex'. 143 words (the lead). No outage told. Recorded CC BY-SA 4.0 (a revision of about "
 "2023-2024; doubtful: no revision id). Found at rank 1 of the query 'Canadian Tire Corporation Limited retail "
 "company subsidiaries Mark's SportChek Canadian Tire Bank Partsource Wikipedia'; review.clateway.com's copy (rank "
 "2; the same lead with the reference list run in), theinfolist.com (rank 3; linked articles' summaries run into the "
 "text), encyclopedia.com and company-histories.com (ranks 4 and 8; copyrighted company histories), businessabc.net "
 "(rank 5), wiki.niidae.com's edit page (rank 6; wikitext) and hubbry.com's copy (rank 7; a newer revision with the "
 "site's lines and '[edit]' links) not used; liquisearch.com's copy of the History section (rank 3 of the first "
 "Canadian Tire query; an older revision, with the site's quotation block) set aside for this lead. Canadian Tire, "
 "Billes, Helly Hansen, Party City, Sport Chek, PartSource, FGL Sports, Sports Experts, Canadian Tire Bank, Retail "
 "Council of Canada, Canada Square: " + CHECKED + " but 'Canadian Tire' in GATHERING.md's lists of leads ('Ontario "
 "Teachers' in texts on other matters).",
 "non-US", copy_of="the Wikipedia article, via en.m.wikipedia.org's mobile page"))

# ---- clothes hoists, Australia: Hills Limited (en.wikipedia.org, oldid 1197527864) ------------------------------------
HL = [
 "Hills Limited (Hills) was a publicly listed industrial conglomerate company (ASX:HIL) with branches across Australia "
 "and New Zealand. Hills is the evolution of Hills Hoist Ltd, the company founded by Lance Hill and Harold Ling in "
 "1948[1] to manufacture the Hills Hoist clothesline. Hills was a value-added distributor of security and surveillance "
 "systems, IT infrastructure, nurse call and patient engagement technology. In 2023, Hills went into voluntary "
 "administration.[2]",
 "The origin of Hills Limited dates back to 1945, when Lance Hill invented the Hills Hoist, a height-adjustable rotary "
 "clothes line.[3] Together with his brother-in-law, Harold Ling, Hill manufactured the clothes lines in his backyard "
 "in Glenunga, South Australia, before moving production to a nearby factory. Hills Hoists Ltd was formed in January "
 "1948, with Hill as chairman and Ling as a director [4] and by 1954, the factory had relocated to a larger site and "
 "was producing six hundred hoists a week and supplying branches throughout Australia.[5]",
 "In 1956, Hill retired due to ill-health, and Ling took over as chairman. During the 1950s, Hills Hoists Ltd expanded "
 "its business into New Zealand and the United Kingdom, opening a factory in Auckland in 1958 and in Caerphilly, "
 "Wales in 1959. Simultaneously, the factory in Australia was diversifying into the production of other metal "
 "products, such as playground swings and folding chairs. In particular, Hills was pioneering the development of the "
 "television antenna, so that by 1957 Hills Hoist Ltd was Australia’s largest manufacturer of rotary clothes lines "
 "and one of the largest producers of television antennas.[6]"]
KEPT["wp-hills-limited"] = ("hills-limited-enwp-oldid.txt", HL)
R.append(wp("wp-hills-limited", "Hills Limited", "https://en.wikipedia.org/?oldid=1197527864&title=Hills_Limited",
 "\n\n".join(MARK.sub("", p) for p in HL),
 "clothes hoists and electronics distribution (company history)",
 ["history", "founders", "chairman", "overseas expansion", "administration"],
 "The article as en.wikipedia.org's revision 1197527864 holds it in the page store at its oldid address (a revision "
 "of January 2024, as batch 70aa recorded such an address; the rendering runs the infobox in as '| Field | value |' "
 "table rows). Cut: the title line 'Hills Limited', the maintenance notice 'This article may need to be rewritten to "
 "comply with Wikipedia's quality standards. (July 2021) |', the infobox rows ('Company type | Public |' ... 'Website "
 "| www.hills.com.au |'; so the 'Founded | 1948', 'Founder | Lance Hill, Harold Ling', 'Key people | David Chambers, "
 "Chairman David Clarke, CEO' and 'Parent | AMES Australasia' rows are not in the text), the citation markers ('[1]' "
 "... '[6]', ' [4]' with the space before it); cut after '... largest producers of television antennas.', before the "
 "sentence the excerpt breaks off in ('In '; a cut at a sentence end). The rendering prints no heading in the "
 "excerpt. Paragraphs as the rendering sets them apart (one per line), joined with blank lines. No word added or "
 "changed. Kept as written: 'Hills Limited (Hills)', '(ASX:HIL)' (the ticker), 'Hills is the evolution of Hills "
 "Hoist Ltd', 'Hills Hoists Ltd was formed in January 1948' (the plural form beside 'Hills Hoist Ltd'), 'with Hill as "
 "chairman and Ling as a director and by 1954, ...' (the article's run-on sentence), 'Australia’s' (a typographic "
 "apostrophe). 253 words. No outage told (voluntary administration is a business failure). Recorded CC BY-SA 4.0 (a "
 "revision of January 2024). Found at rank 3 of the query 'Hills Industries Hills Hoist Lance Hill Adelaide company "
 "history Wikipedia'; en.wikipedia.org's older HTML rendering of 'Hills Industries' (rank 2; an older revision with "
 "the site's navigation lines and markers, kept aside for the newer revision), laundrycompany.co.uk, "
 "dinkumaussies.com, hardwarejournal.com.au, techecho.bigdataflowing.com and adelaideaz.com (ranks 1, 4, 6-8; "
 "retellings, a forum post and a news feature) and adb.anu.edu.au (rank 5; the Australian Dictionary of Biography, "
 "copyrighted) not used. Hills Limited, Hills Hoist, Lance Hill, Harold Ling, Glenunga, Hills Holdings, AMES "
 "Australasia: " + CHECKED + " but 'Hills Hoist' in GATHERING.md's lists of leads.",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's oldid address"))

def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[note 1]', '[lower-alpha 1]',
    '[edit]', '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|note \d+|lower-alpha \d+|edit|citation needed)\s*\]", "",
                           s).split())


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

#!/usr/bin/env python3
"""Batch 71q (session 65; gatherer lane 71q): transport-company histories from English Wikipedia in the company lane
of batches 36j-40zg, 54zu-71k, kept to three British road-transport operators new to the corpus, turned from the leads
of rounds 71k and 71e (bus operators and coach firms of the same lane not yet queried): Wallace Arnold, the Leeds
holiday coach tour operator founded in 1912 and named after two of its founders, Wallace Cunningham and Arnold Crowe,
the Barr & Wallace Arnold Trust founded by Robert Barr in 1926, its Kippax Motors and Farsley Omnibus operations sold
to the Leeds Corporation in 1968, its purchase of the Evan Evans tour business in February 1969, its Euroways coach
services, British Coachways, its sale to 3i in 1997 and its merger with Shearings in April 2005 (coach operators, UK);
the Eastern National Omnibus Company, the Essex bus company begun in 1929 as a joint venture of the London and North
Eastern Railway, the London, Midland and Scottish Railway and the National Omnibus & Transport Company (the National
Steam Car Company of 1909), run as a Tilling company after the Tilling Group acquired a controlling interest in the
National Omnibus in 1931, and state-owned under the British Transport Commission after 1948 (bus operators, UK); and
the Thames Valley Traction Company Limited, the Reading bus company constituted in July 1920 as a subsidiary of
British Automobile Traction (BAT; British Automotive Developments of 1905, a subsidiary of British Electric Traction)
with 14% held by Thomas Tilling, BAT reconstituted as Tilling & British Automobile Traction Ltd in 1928, Tillings
sold out to the British Transport Commission in 1948 (bus operators, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wikimili.com's copy of 'Wallace Arnold' (undated; recent, naming 2021 in an inflation figure; recorded 4.0),
twiki.owiki.org's copy of 'Eastern National Omnibus Company' (undated, an older revision; recorded 3.0 as batch 71o
recorded the site's copy) and wikimili.com's copy of 'Thames Valley Traction' (undated; the newer text of the
article; recorded 4.0, doubtful). Each cut before the end of the article (all `truncated`), at a sentence end before
the sentence its excerpt breaks off in. Edits per item in `notes` (title, site, infobox, contents and heading lines
cut; paragraphs as the copy sets them apart; no word added or changed); `verify()` checks every kept paragraph
against the saved excerpt (/tmp/gather71q/src), the markers ('[1]', ' [1]', '[nb 1]', '[edit]', '[citation needed]',
and wikimili.com's spaced '[ citation needed ]') dropped and whitespace runs compared as one space, as batches 55e-71k
did. No text tells an outage. newskg (or any extractor) was not run on any text. A round of three: six queries, three
answered with English Wikipedia text on an operator not yet in the corpus and were taken, the rest left (round notes,
/tmp/gather71q/NOTES.md; queries, /tmp/gather71q/src/queries.txt; claims, /work/notes/gather71/CLAIMS.txt).
usage: batch71q.py [POOL_DIR] [--dry]   (default /tmp/gather71q/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71q/pool"
SRC = "/tmp/gather71q/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-65 pools (/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as it stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- coach operators, UK: Wallace Arnold (wikimili.com's copy, recent) ---------------------------------------------
WA = [
 "Wallace Arnold was one of the UK's largest holiday motorcoach tour operators.",
 "Wallace Arnold was founded in 1912 and was named after two of its founders Wallace Cunningham and Arnold Crowe. In "
 "1926, the Barr & Wallace Arnold Trust was founded by Robert Barr, and would continue running the company for 76 "
 "years.",
 "After having sold its Kippax Motors and Farsley Omnibus stagecarriage operations to the Leeds Corporation in 1968, "
 "in February 1969, Wallace Arnold purchased the Evan Evans tour business in London. In the late 1970s, Wallace "
 "Arnold commenced operating express coach services under the Euroways brand to Continental Europe.",
 "By the time that coach services were deregulated by the Transport Act 1980 in October 1980, Wallace Arnold operated "
 "290 coaches from its headquarters in Gelderd Road, Wortley, Leeds, and also owned a subsidiary based in Devon. "
 "Immediately following deregulation, Wallace Arnold was a founding member of the British Coachways consortium that "
 "competed with the state-owned National Express. It left after a year and briefly ran its own service from London "
 "to Torbay.",
 "In 1997, Wallace Arnold was sold to the multinational private equity and venture capital company 3i. This was "
 "followed in April 2005 with Wallace Arnold merging with Shearings in a £200,000,000 (equivalent to £317,695,000in "
 "2021) deal to become WA Shearings, claiming a 14% share of the UK coach holiday market."]
KEPT["wp-wallace-arnold"] = ("wallace-arnold-wikimili.txt", WA)
R.append(wp("wp-wallace-arnold", "Wallace Arnold", "https://wikimili.com/en/Wallace_Arnold",
 "\n\n".join(WA),
 "transport/coaches", ["history", "founding", "acquisitions", "private equity", "merger"],
 "The article as wikimili.com's copy of English Wikipedia holds it in the page store (wikimili.com, a mirror that "
 "serves Wikipedia articles with its own 'Last updated' and 'Contents' lines; no revision id or date held; a recent "
 "revision: its inflation figure reads 'equivalent to £317,695,000in 2021'; recorded 4.0 as a recent text, doubtful: "
 "no revision id). Cut: the title line 'Wallace Arnold', the site's lines 'Last updated' and 'Contents', the logo and "
 "image file names and caption ('Wallace Arnold logo.png', 'Wallace Arnold coach (VUB 396H), Showbus 2008.jpg', "
 "'Preserved Plaxton bodied Leyland Leopard', 'in September 2008'), the infobox lines ('ParentBarr & Wallace Arnold "
 "Trust (1926-1997)', '3i (1997-2005)', 'Shearings (2005-2007)', 'Founded1912', 'Defunct2005', 'Headquarters Leeds, "
 "West Yorkshire, England', 'Service typeCoach tour operator', 'Founders Robert Barr', 'Wallace Cunningham', 'Arnold "
 "Crowe', so the infobox's parents and founders are not in the text), the heading 'History'; the citation markers "
 "(' [1]' to ' [12]', '[ citation needed ]'); cut after '... a 14% share of the UK coach holiday market.', before the "
 "sentence the excerpt breaks off in ('In 2007 the Wallace Arnold name was dropped, with the company name sim'; "
 "`truncated`). Paragraphs as the copy sets them apart (blank lines). No word added or changed. Kept as written: "
 "'was named after two of its founders Wallace Cunningham and Arnold Crowe' (no comma), 'the Barr & Wallace Arnold "
 "Trust was founded by Robert Barr, and would continue running the company for 76 years', 'After having sold its "
 "Kippax Motors and Farsley Omnibus stagecarriage operations to the Leeds Corporation in 1968, in February 1969, "
 "Wallace Arnold purchased the Evan Evans tour business in London', 'under the Euroways brand', 'from its "
 "headquarters in Gelderd Road, Wortley, Leeds', 'also owned a subsidiary based in Devon', 'a founding member of the "
 "British Coachways consortium', 'sold to the multinational private equity and venture capital company 3i', "
 "'merging with Shearings in a £200,000,000 (equivalent to £317,695,000in 2021) deal to become WA Shearings' (the "
 "copy's missing space kept). 224 words. No outage and no near-miss of one told (sales, a purchase, deregulation, a "
 "merger: business events). Found at rank 3 of the query 'Wallace Arnold coach operator Leeds history founded' "
 "(query 3); a garbled copy without address ('fro' Wikipedia', 'inner 1968', rank 2; words changed), "
 "theinfolist.com's glossed copy (rank 5; other articles' leads run in), de.knowledgr.com (German, rank 4), "
 "yorkshireeveningpost.co.uk (news, rank 1), southleedslife.com and secretleeds.com (ranks 6, 7; not Wikipedia's) and "
 "leedsengine.info (rank 8; another subject) not used. Wallace Cunningham, Arnold Crowe, Kippax, Farsley, Evan Evans, "
 "British Coachways, Euroways: " + CHECKED + " but 'Wallace Arnold' and 'Shearings' in GATHERING.md's lists of names "
 "looked at; 'Robert Barr' in other texts as another man (A.G. Barr's).", "UK",
 copy_of="the Wikipedia article (a recent revision) via wikimili.com's copy"))

# ---- bus operators, UK: Eastern National Omnibus Company (twiki.owiki.org's copy, older revision) ------------------
EN = [
 "Eastern National Omnibus Company commenced operating in 1929 as a joint venture between the London and North "
 "Eastern Railway, the London, Midland and Scottish Railway and the National Omnibus & Transport Company. The National "
 "company had originated in 1909 as the National Steam Car Company, operating steam bus services in London. The "
 "London services ceased in 1919, when the company was renamed National Omnibus & Transport Company. The company "
 "expanded outside London, first in Essex, where the company bought the bus operations of the Great Eastern Railway "
 "around Chelmsford, and later in Bedfordshire, Gloucestershire, Somerset, Dorset, and Devon and Cornwall. The "
 "National continued to expand in Essex, Hertfordshire and Bedfordshire. The railways developed networks of feeder "
 "bus services in the 1920s, but the legal powers of the railway companies to run bus services were unclear and each "
 "promoted private legislation to obtain clarity. One result was that the railways were in future to refrain from "
 "taking a controlling interest in bus undertakings. This led the companies to enter into partnerships with the bus "
 "companies, including the National. In 1929 the London and North Eastern Railway, the London, Midland and Scottish "
 "Railway and the National formed Eastern National Omnibus Company, to which all three shareholders transferred their "
 "bus operations in Essex, Hertfordshire, Buckinghamshire, Bedfordshire and Huntingdonshire. In 1931, a controlling "
 "interest in the National Omnibus was acquired by the Tilling Group. From then on Eastern National was run as a "
 "Tilling company, although the railways retained their shares until 1948.",
 "In 1948, the railways were nationalised and, shortly after, the Tilling Group sold its bus interests to the "
 "government. Eastern National therefore became a state-owned company, under the control of the British Transport "
 "Commission. The new regime resulted in rationalisation of the company's area of operations."]
KEPT["wp-eastern-national-omnibus-company"] = ("eastern-national-twiki.txt", EN)
R.append(wp("wp-eastern-national-omnibus-company", "Eastern National Omnibus Company",
 "http://twiki.owiki.org/wiki/Eastern_National_Omnibus_Company",
 "\n\n".join(EN),
 "transport/buses", ["history", "joint venture", "ownership", "nationalisation"],
 "The article as twiki.owiki.org's copy of English Wikipedia holds it in the page store (a mirror serving an older "
 "revision with its lead and its first heading left out and its first section run into one paragraph; no revision id "
 "or date held; older than en.wikipedia.org's present rendering, which dates the formation to 28 February 1929 and "
 "writes '(LNER)', '(LMS)' and the counties' years; recorded 3.0 as batch 71o recorded the site's copy; doubtful: no "
 "revision id). Cut: the heading 'Nationalisation'; cut after '... rationalisation of the company's area of "
 "operations.', before the sentence the excerpt breaks off in ('In 1952, the company'; `truncated`). No title line, "
 "infobox or citation marker in the excerpt. Paragraphs as the copy sets them apart (its run-on first section kept as "
 "one paragraph, a blank line before the second). No word added or changed. Kept as written: 'commenced operating in "
 "1929 as a joint venture between the London and North Eastern Railway, the London, Midland and Scottish Railway and "
 "the National Omnibus & Transport Company', 'The National company had originated in 1909 as the National Steam Car "
 "Company', 'the company was renamed National Omnibus & Transport Company', 'the company bought the bus operations of "
 "the Great Eastern Railway around Chelmsford', 'the National formed Eastern National Omnibus Company, to which all "
 "three shareholders transferred their bus operations', 'a controlling interest in the National Omnibus was acquired "
 "by the Tilling Group', 'Eastern National was run as a Tilling company, although the railways retained their shares "
 "until 1948', 'the Tilling Group sold its bus interests to the government', 'Eastern National therefore became a "
 "state-owned company, under the control of the British Transport Commission'. 304 words. No outage and no near-miss "
 "of one told (a joint venture, a purchase of operations, a controlling interest, nationalisation: business events). "
 "Found at rank 3 of the query 'Eastern National Omnibus Company history founded Chelmsford' (query 1); "
 "en.wikipedia.org's rendering (rank 5; newer, breaks off at 'acquired by the Tilling Group. F', before the "
 "nationalisation), piglix's copy (rank 4; breaks off after the formation), absoluteastronomy.com's copy (rank 2; "
 "lines dropped: its first sentence on the formation lost its start), theinfolist.com's glossed copy (rank 1), "
 "wikisum.wiki (rank 7; a summary of picked sentences) and wikide.org (German, ranks 6, 8) not used. Eastern National, "
 "National Omnibus, National Steam Car: " + CHECKED + "; London and North Eastern Railway, London, Midland and "
 "Scottish Railway, Great Eastern Railway, the Tilling Group and the British Transport Commission in other texts as "
 "other matters.", "UK", v3=True, copy_of="the Wikipedia article (an older revision) via twiki.owiki.org's copy"))

# ---- bus operators, UK: Thames Valley Traction (wikimili.com's copy) ------------------------------------------------
TV = [
 "Thames Valley Traction Company Limited was a major bus company operating services to and from Reading, Bracknell, "
 "Maidenhead, Newbury, High Wycombe and Oxford and surrounding areas for 52 years in the 20th century. For many years "
 "it ran the \"Reading A\" and \"Reading B\" limited-stop services between London's Victoria Coach Station and Reading "
 "via two differing sets of intermediate stops.",
 "In 1905 British Electric Traction (BET) founded a subsidiary, British Automotive Developments (BAD), to develop and "
 "operate motor buses. In 1912 BAD was renamed British Automobile Traction (BAT). In March 1915 BAT established a "
 "Reading Branch to operate buses in the area. By January 1920 it had been renamed the Thames Valley Branch, and in "
 "July 1920 it was constituted as a subsidiary company, Thames Valley Traction, with BAT holding 86% of the shares. "
 "The remaining 14% was initially held by Britain's other large bus operating group, Thomas Tilling, as in the 1920s "
 "there was close co-operation between the two groups.",
 "In 1928 BAT was reconstituted as Tilling & British Automobile Traction Ltd. Thames Valley expanded significantly in "
 "the 1920s and 1930s by buying a number of smaller firms and their routes. Tillings sold out to the British "
 "Transport Commission in 1948, thus becoming a nationalised company. Thames Valley's expansion continued in the "
 "early 1950s, with other parts of the newly nationalised bus network (South Midland and Newbury and District from "
 "Red & White, and part of United Counties) being placed under Thames Valley management."]
KEPT["wp-thames-valley-traction"] = ("thames-valley-traction-wikimili.txt", TV)
R.append(wp("wp-thames-valley-traction", "Thames Valley Traction", "https://wikimili.com/en/Thames_Valley_Traction",
 "\n\n".join(TV),
 "transport/buses", ["history", "subsidiary", "renaming", "nationalisation"],
 "The article as wikimili.com's copy of English Wikipedia holds it in the page store (no revision id or date held; "
 "the newer text of the article, as en.wikipedia.org's present rendering has it ('for 52 years', the 'British "
 "Automotive Traction' section), not the older one of en.wikipedia.org's other stored page ('for over 50 years'); "
 "recorded 4.0, doubtful: no revision id or date). Cut: the table-like infobox lines ('Parent | BET (86%) Thomas "
 "Tilling (14%) |', '---|---|', 'Founded | 10 July 1920 |', 'Ceased operation | 1 January 1972 |', 'Service area | "
 "Berkshire Buckinghamshire Oxfordshire |', 'Depots | Reading, Maidenhead |', so the founding and closing days are not "
 "in the text); the citation markers (' [1]', ' [2]'); cut after '... being placed under Thames Valley management.', "
 "before the paragraph whose only sentence the excerpt breaks off in ('In 1968 Tillings' major competitor, BET, sold "
 "its bus interests to the Transport Holding Company ... amalgamating the i'; `truncated`). No title line or heading "
 "in the excerpt. Paragraphs as the copy sets them apart (one per line), joined with blank lines. No word added or "
 "changed. Kept as written: 'for 52 years in the 20th century', 'the \"Reading A\" and \"Reading B\" limited-stop "
 "services', 'British Electric Traction (BET) founded a subsidiary, British Automotive Developments (BAD)', 'In 1912 "
 "BAD was renamed British Automobile Traction (BAT).', 'BAT established a Reading Branch', 'it had been renamed the "
 "Thames Valley Branch, and in July 1920 it was constituted as a subsidiary company, Thames Valley Traction, with BAT "
 "holding 86% of the shares', 'The remaining 14% was initially held by ... Thomas Tilling', 'BAT was reconstituted as "
 "Tilling & British Automobile Traction Ltd.', 'by buying a number of smaller firms and their routes', 'Tillings sold "
 "out to the British Transport Commission in 1948, thus becoming a nationalised company', '(South Midland and Newbury "
 "and District from Red & White, and part of United Counties) being placed under Thames Valley management'. 245 "
 "words. No outage and no near-miss of one told (a founding, renamings, nationalisation: business events). Found at "
 "rank 5 of the query 'Thames Valley Traction Company Reading bus history' (query 4); en.wikipedia.org's rendering "
 "(rank 2; the same newer text, shorter before it breaks off), en.wikipedia.org's older page and "
 "image.absoluteastronomy.com's copy (ranks 4, 3; the older text), theinfolist.com's glossed copy (rank 1), "
 "de.knowledgr.com (German, rank 7), bristolsu.co.uk and tvagwot.org.uk (ranks 6, 8; not Wikipedia's) not used. Thames "
 "Valley, British Automotive Developments, Newbury and District, South Midland: " + CHECKED + "; British Electric "
 "Traction, British Automobile Traction, Thomas Tilling, Red & White, United Counties and the British Transport "
 "Commission in other texts as other matters.", "UK",
 copy_of="the Wikipedia article (the newer text) via wikimili.com's copy"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation
    needed]', '[ citation needed ]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


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

#!/usr/bin/env python3
"""Batch 70b (session 64; gatherer lane 70b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69af, kept to three American companies new to the corpus, all three names from the lists of leads of
rounds 69af, 69ad, 69v and 69p: the Lehigh Valley Railroad, the Pennsylvania anthracite railroad incorporated in 1847
as the Delaware, Lehigh, Schuylkill and Susquehanna Railroad Company and renamed in 1853, grown after Asa Packer's
investment of 1852, its road completed by his chief engineer Robert H. Sayre in 1855 (railroads, US); the Maine Central
Railroad Company, the railroad of central and southern Maine created in 1862 by the merger of the Androscoggin and
Kennebec Railroad and the Penobscot and Kennebec Railroad, buyer of the Portland and Kennebec Railroad, purchased by
Guilford Transportation Industries in 1981 (railroads, US); and Smith Corona (the SCM Corporation), the typewriter and
calculator company that grew from the Smith Premier Typewriter Company and the L.C. Smith & Bros. Typewriter Company,
united with the Corona Typewriter Company in 1926 and bought Marchant Calculator in 1958 (office machines, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en-academic.com's copy of 'Lehigh Valley Railroad' (an older revision, about 2010), chaos.owiki.org's copy of
'Maine Central Railroad Company' (an older revision, before 2022) and the-uncensored-wiki.com's copy of 'Smith
Corona' (an older revision, 2006-2008). Edits per item in `notes` (title, site and heading lines, infobox text, image
captions, a 'See also' line and a trailing broken sentence cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70b/src), the markers ('[1]',
'[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-69af did. No text
tells an outage or a near-miss of one (a merger, a government's control of railroads, purchases and a market
'devastated' by cheaper calculators are business events). newskg (or any extractor) was not run on any text. A round
of three: five queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken
(round notes /tmp/gather70b/NOTES.md; queries, /tmp/gather70b/src/queries.txt; claims in
/work/notes/gather70/CLAIMS.txt).
usage: batch70b.py [POOL_DIR] [--dry]   (default /tmp/gather70b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70b/pool"
SRC = "/tmp/gather70b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- railroads, US: Lehigh Valley Railroad (en-academic.com's copy, an older revision) ---------------------------------
LV = [
 "The Lehigh Valley Railroad (reporting mark LV) was one of a number of railroads built in the northeastern United "
 "States primarily to haul anthracite coal.",
 "It was authorized April 21, 1846 in the U.S. state of Pennsylvania and incorporated September 20, 1847 as the "
 "Delaware, Lehigh, Schuylkill and Susquehanna Railroad Company. On January 7, 1853, the name was changed to Lehigh "
 "Valley Railroad.[1] It was sometimes known as the Route of the Black Diamond, named after the anthracite it "
 "transported. At the time, anthracite was transported by boat down the Lehigh River. The railroad was meant to be a "
 "faster means of transportation.",
 "Construction started in 1850 when the route was surveyed and grading started, but progress was slow and financing "
 "was insufficient. The railroad's growth occurred after Asa Packer invested in the railroad in 1852, and it was "
 "renamed the Lehigh Valley Railroad (LVRR). With Packer's backing and leadership, his chief engineer Robert H. Sayre "
 "completed the road in 1855 from Mauch Chunk (present-day Jim Thorpe) to the Delaware River at Easton, where coal "
 "could either be shipped to Philadelphia on the Delaware Division Canal or transported across the river to "
 "Phillipsburg, New Jersey, where the Morris Canal and the Central Railroad of New Jersey (CNJ) could carry it to the "
 "New York market. At Easton, the LVRR constructed a double-decked bridge across the Delaware River for connections "
 "to the CNJ and the Belvidere Delaware Railroad in Phillipsburg.[2]",
 "The 46-mile-long (74 km) LVRR connected at Mauch Chunk with the Beaver Meadow Railroad."]
KEPT["wp-lehigh-valley-railroad"] = ("lehigh-valley-enacademic.txt", LV)
R.append(wp("wp-lehigh-valley-railroad", "Lehigh Valley Railroad", "https://en-academic.com/dic.nsf/enwiki/429981",
 "\n\n".join(re.sub(r"\s*\[\d+\]", "", p) for p in LV),
 "railroads", ["history", "founding", "incorporation", "renamings", "investors", "construction"],
 "The opening of the article as en-academic.com holds it in the page store: a site reproducing English Wikipedia "
 "articles (its 'enwiki' dictionary; an older revision, about 2010, before the lead was rewritten as the 2016 "
 "revision and the current page read; no revision id held), recorded 3.0. Cut: the site's title lines '- Lehigh "
 "Valley Railroad' and '-'; the infobox text run into the lead's line ('Lehigh Valley Railroad Reporting mark LV "
 "Locale New Jersey, New York, Pennsylvania Dates of operation 1846\u20131976 Successor Conrail Track gauge ... "
 "Headquarters Bethlehem, Pennsylvania', cut before 'The Lehigh Valley Railroad (reporting mark LV)'); the lines "
 "'Contents' and 'History' and the line 'See also: Lehigh Valley Terminal Railway1850-1860' (a cross-reference run "
 "into the heading '1850-1860'); the citation markers '[1]' and '[2]' (so 'Railroad.[1] It' reads 'Railroad. It'); "
 "the trailing broken sentence ('The Beaver Meadow Railroad had been built in 1836, and it transported anthracite "
 "coal from Jeansville', where the excerpt ends; `truncated`). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'It was authorized April 21, 1846 in the U.S. state of Pennsylvania and incorporated "
 "September 20, 1847 as the Delaware, Lehigh, Schuylkill and Susquehanna Railroad Company', 'On January 7, 1853, the "
 "name was changed to Lehigh Valley Railroad.' beside 'after Asa Packer invested in the railroad in 1852, and it was "
 "renamed the Lehigh Valley Railroad (LVRR)' (the renaming told twice, as the revision does), 'With Packer's backing "
 "and leadership, his chief engineer Robert H. Sayre completed the road in 1855', 'Mauch Chunk (present-day Jim "
 "Thorpe)', 'the Central Railroad of New Jersey (CNJ)', 'The 46-mile-long (74 km) LVRR'. 253 words. No outage and "
 "no near-miss of one told. Recorded CC BY-SA 3.0 (an older revision). Found at rank 1 of the query 'Lehigh Valley "
 "Railroad history Asa Packer Pennsylvania Railroad control Conrail 1976' (a name of the leads of rounds 69af, 69ad "
 "and 69v); zirconiumcri214.cfd (rank 2; a current revision on an unknown host behind a URL shortener), "
 "wikiclassic.com (ranks 3 to 5 and 8; words garbled, 'teh', 'nu Jersey', 'on-top'), whosread.com (rank 6; a "
 "book's text) and en.wikipedia.org's revision 725562145 (rank 7; free, of 2016, a rewritten lead with no Packer or "
 "Sayre before the excerpt ends) not used. Lehigh Valley Railroad, Lehigh, Schuylkill, Asa Packer, Robert H. Sayre, "
 "Beaver Meadow, Belvidere Delaware, Central Railroad of New Jersey, Morris Canal: " + CHECKED + " (each only in "
 "GATHERING.md's lists of leads or notes, or not at all; 'Packer' alone as a common word and other people).", "US",
 v3=True, copy_of="the Wikipedia article, an older revision, via en-academic.com, a site reproducing Wikipedia articles"))

# ---- railroads, US: Maine Central Railroad Company (chaos.owiki.org's copy, an older revision) -------------------------
MC = [
 "The Maine Central Railroad Company was a former U. S. Class I railroad in central and southern Maine. It was "
 "chartered in 1856 and began operations in 1862. By 1884, Maine Central was the longest railroad in New England. "
 "Maine Central had expanded to when the United States Railroad Administration assumed control in 1917. The main "
 "line extended from South Portland, Maine, east to the Canada\u2013United States border with New Brunswick, and a "
 "Mountain Division extended west from Portland to Vermont and north into Quebec. The main line was double track "
 "from South Portland to Royal Junction, where it split into a \"lower road\" through Brunswick and Augusta and a "
 "\"back road\" through Lewiston which converged at Waterville into single track to Bangor and points east. Branch "
 "lines served the industrial center of Rumford, a resort hotel on Moosehead Lake, and coastal communities from Bath "
 "to Eastport.",
 "At the end of 1970 it operated of road on of track; that year it reported 950 million ton-miles of revenue "
 "freight. The Maine Central remained independent until 1981, when it was purchased by Guilford Transportation "
 "Industries and became part of what is now the Pan Am Railways network.",
 "The Maine Central was created in 1862 through the merger of the Androscoggin and Kennebec Railroad and the "
 "Penobscot and Kennebec Railroad, resulting in a line from Danville to Bangor. The line connected with the Grand "
 "Trunk Railway on its Portland-Chicago mainline at Danville and with the Bangor and Piscataquis Railroad in Bangor. "
 "As a result of its connection with the Grand Trunk, the Maine Central initially operated on a track gauge of known "
 "as \"Canadian\" or \"Portland gauge\".",
 "Maine Central purchased the Portland and Kennebec Railroad, which ran from Portland to Augusta and was built to "
 "standard track gauge, since it connected with the Boston and Maine Railroad at Portland."]
KEPT["wp-maine-central-railroad-company"] = ("maine-central-owiki.txt", MC)
R.append(wp("wp-maine-central-railroad-company", "Maine Central Railroad Company",
 "http://chaos.owiki.org/wiki/Maine_Central_Railroad_Company", "\n\n".join(MC),
 "railroads", ["history", "founding", "mergers", "acquisitions", "ownership", "network"],
 "The opening of the article as chaos.owiki.org holds it in the page store: a site serving copies of English "
 "Wikipedia (w.owiki.org's copies taken in round 69f; an older revision, before CSX's purchase of Pan Am Railways "
 "in 2022: 'became part of what is now the Pan Am Railways network', where the current page reads 'what is now CSX "
 "Corporation'; no revision id held), recorded 3.0. Cut: the title line 'Maine Central Railroad Company'; the "
 "headings 'History', 'Charter and creation' and 'Expansion'; the trailing broken sentence ('By 1871, the Maine "
 "Central completed its conversi', where the excerpt ends; `truncated`). The lead's two lines kept as two "
 "paragraphs; paragraphs joined with blank lines. No word added or changed. Kept as written, the copy's numbers "
 "dropped where the article converts units (the revision's conversion templates not rendered): 'Maine Central had "
 "expanded to when the United States Railroad Administration assumed control in 1917', 'At the end of 1970 it "
 "operated of road on of track', 'operated on a track gauge of known as \"Canadian\" or \"Portland gauge\"'; also "
 "'a former U. S. Class I railroad' (spaced 'U. S.'), 'the Canada\u2013United States border' (an en dash), 'the "
 "Portland-Chicago mainline', 'became part of what is now the Pan Am Railways network'. 307 words. No outage and no "
 "near-miss of one told (a government's control of railroads in 1917 is no outage). Recorded CC BY-SA 3.0 (an older "
 "revision). Found at rank 2 of the query 'Maine Central Railroad history company formed 1862 acquired Guilford "
 "Transportation Industries 1981' (a name of round 69af's leads); en-academic.com (rank 1; free, an older revision "
 "whose lead is run into the infobox and which breaks off before telling Guilford's purchase), archive.org (rank 3; "
 "a magazine's OCR), rrnne.net (rank 4; a railfan site's own text), encyclopedia.com and fundinguniverse.com (ranks "
 "5 to 7; the International Directory of Company Histories, copyrighted) and askwikinow.com (rank 8; a current "
 "revision, breaking off in the lead's references) not used. Maine Central, Androscoggin, Penobscot and Kennebec, "
 "Portland and Kennebec, Bangor and Piscataquis, Pan Am Railways: " + CHECKED + " ('Maine Central' only in "
 "GATHERING.md's lists of leads; 'Guilford Transportation Industries' in train's wp-boston-and-maine-corporation, "
 "another railroad's history, as its buyer; 'Boston and Maine' the same train text's subject, named here once as a "
 "connecting railroad).", "US",
 v3=True, copy_of="the Wikipedia article, an older revision, via chaos.owiki.org, a site serving copies of Wikipedia"))

# ---- office machines, US: Smith Corona (the-uncensored-wiki.com's copy, an older revision) -----------------------------
SC = [
 "Smith Corona or the SCM Corporation is a US typewriter and calculator company. The company has been experiencing a "
 "decline in sales since the mid 1980s due to the introduction of PC-based word processing. Its competitors include "
 "Brother, Olivetti and IBM.",
 "The company originated in 1886 when the Smith Premier Typewriter Company created the first machine to use both "
 "uppercase and lowercase letters. In 1903 it was reorganized as the L.C. Smith & Bros. Typewriter Company in "
 "Syracuse, New York. Separately, in 1906 the Rose Typewriter company marketed the first successful portable "
 "typewriter, and in 1909 renamed itself the Standard Typewriter Company. With the success of their Corona model in "
 "1914 Standard Typewriter was renamed again and became the Corona Typewriter Company . Smith Corona was created when "
 "L.C. Smith & Bros. united with Corona Typewriter in 1926, with L.C. Smith & Bros. making office typewriters and "
 "Corona Typewriter making portables. Electric typewriters debuted in 1955 and electric portables came along in 1957.",
 "In a diversification move that later proved unsound, Smith Corona purchased Marchant Calculator in 1958. Smith "
 "Corona invented the typewriter power carriage return in 1960. In 1962, they changed their corporate name to "
 "Smith-Corona Marchant (SCM). In 1973 SCM introduced a cartridge ribbon which eliminated the long-standing problem "
 "of getting ink-stained fingers from hand-threading a replacement spool of inked ribbon. The calculator market was "
 "devastated by cheap electronic pocket calculators in the mid 1970s."]
KEPT["wp-smith-corona"] = ("smith-corona-uncensored.txt", SC)
R.append(wp("wp-smith-corona", "Smith Corona", "http://the-uncensored-wiki.com:20072/s/m/i/Smith_Corona_4f59.html",
 "\n\n".join(SC),
 "office machines", ["history", "founding", "renamings", "mergers", "acquisitions", "products"],
 "The opening of the article as the-uncensored-wiki.com holds it in the page store (a site serving static copies of "
 "English Wikipedia; its port-20072 copy, as round 69f's; an older revision of 2006-2008 by its wording: 'is a US "
 "typewriter and calculator company. The company has been experiencing a decline in sales since the mid 1980s'; no "
 "revision id held), recorded 3.0. Cut: the title line 'Smith Corona' and the site's line 'From Wikipedia, the free "
 "encyclopedia'; the heading '[edit] History'; the image caption, printed twice ('This Smith Premier typewriter, "
 "purchased around the end of the 19th century, was found abandoned in the Bodie ghost town.'); the trailing broken "
 "sentence ('By 1985, personal computers were being widely used for word processing, and SCM launched their first "
 "portable word processor, alo', where the excerpt ends; `truncated`). Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'Smith Corona or the SCM Corporation is a US typewriter and calculator "
 "company', 'In 1903 it was reorganized as the L.C. Smith & Bros. Typewriter Company in Syracuse, New York', 'the "
 "Rose Typewriter company' (lower-case 'company'), 'With the success of their Corona model in 1914 Standard "
 "Typewriter was renamed again and became the Corona Typewriter Company .' (the space before the full stop), 'Smith "
 "Corona was created when L.C. Smith & Bros. united with Corona Typewriter in 1926', 'Smith Corona purchased "
 "Marchant Calculator in 1958', 'In 1962, they changed their corporate name to Smith-Corona Marchant (SCM).' 237 "
 "words. No outage and no near-miss of one told (a market 'devastated' by cheaper calculators is a business "
 "matter). Recorded CC BY-SA 3.0 (an older revision). Found at rank 4 of the query 'Smith Corona typewriter company "
 "history founded merged acquired Wikipedia' (a name of the leads of rounds 69af, 69ad, 69v and 69p); wikisum.wiki "
 "(rank 1; sentences picked out of order), wiki2.org (rank 2; a browser extension's advertising before the "
 "article), mortati.com (rank 3; a collector's copy of a company booklet), theinfolist.com (rank 6; glossary text "
 "woven in), listgame.netlify.app, hessslslslsls.azureedge.net and arc.ask3.ru (ranks 5, 7 and 8; current "
 "revisions, the excerpt ending at the History section's first sentence) not used. Smith Corona, Smith-Corona, "
 "Smith Premier, L.C. Smith, Corona Typewriter, Marchant: " + CHECKED + " ('Smith Corona' only in GATHERING.md's "
 "lists of leads).", "US",
 v3=True, copy_of="the Wikipedia article, an older revision, via the-uncensored-wiki.com, a site serving copies of "
 "Wikipedia"))


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

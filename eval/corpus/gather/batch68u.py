#!/usr/bin/env python3
"""Batch 68u (session 62; gatherer lane 68u): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68r, kept to three American companies new to the corpus, all three names from the lists of leads of
batches 68n, 68h and 68b (P. Ballantine and Sons, a lead of 68n with w.owiki.org's copy, here another free copy;
the Bowery Savings Bank, among the 'names with no hit still not queried' of 68n, 68h and 68b; Franklin Simon & Co.,
a lead of 68b, bought by Atlas Corporation in 1936): Ballantine, the Newark brewery founded in 1840 by Peter
Ballantine, first incorporated as the Patterson & Ballantine Brewing Company, renamed P. Ballantine and Sons in 1857,
taken over in 1905 by its vice-president George Griswold Frelinghuysen, maker of Ballantine Ale (brewing, US); the
Bowery Savings Bank of New York City, chartered in May 1834, sold in 1985 to Richard Ravitch and others and in 1992 to
H. F. Ahmanson & Co., renamed Home Savings of America, its New York operations sold to Greenpoint Savings Bank, which
went to North Fork Bank and North Fork to Capital One Bank, with Joe DiMaggio its spokesman from 1972 to 1992
(banking, US); and Franklin Simon & Co., the New York department store chain founded in February 1902 as Franklin
Simon Specialty Shops by Franklin Simon and his business partner Herman A. Flurscheim, with Leroy C. Palmer its
president from 1934 and Benjamin Goldstein its head until 1963, bought by Atlas Corporation in 1936 and acquired by
City Stores Company in 1945, a division of City Specialty Stores beside Oppenheim Collins & Company (retail, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): enwiki.academic.ru's copy of 'Ballantine Brewery' (an older revision, about 2008-2010, under the article's
former title), wikimili.com's copy of 'Bowery Savings Bank' (undated, a recent revision) and en.wikipedia.org's older
rendering of 'Franklin Simon & Co.' (the 'Jump to navigation Jump to search' skin, about 2018-2023). Each is cut at a
sentence or paragraph end before the sentence or caption the excerpt breaks off in (`truncated`). Edits per item in
`notes` (title lines, chrome lines, infobox lines, captions, headings cut; paragraphs joined with blank lines; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69u/src), the markers
('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-68n did. No
text tells an outage or a near-miss of one (a closed brewery, a bank running out of cash, sales and a Chapter 11
bankruptcy are business events). newskg (or any extractor) was not run on any text. A round of three: eleven
queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken (round notes
/tmp/gather69u/NOTES.md; queries, /tmp/gather69u/src/queries.txt; claims in /work/notes/gather69/CLAIMS.txt).
usage: batch68u.py [POOL_DIR] [--dry]   (default /tmp/gather69u/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_3

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69u/pool"
SRC = "/tmp/gather69u/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")


def wp_at(id, title, url, text, sector, topics, notes, region):
    """An en.wikipedia.org rendering held under an address that `article` would spell differently (an encoded '&'),
    as batch 65l's `wp_at`, for the older skin (recorded 3.0): the record names the page store's own address as source
    and as the place the text was held."""
    return record(id, title, url, url, text, sector, topics, EDITS + notes, region, licence=LICENCE_3, version="3.0")


KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- brewing, US: Ballantine Brewery (enwiki.academic.ru's copy, about 2008-2010) ---------------------------------
BA = [
 "Ballantine was an American brewery. It was best known for Ballantine Ale, a pale ale that is one of the oldest "
 "brands of beer in the United States. At its peak, Ballantine was the 4th largest brewer in the United States.",
 "The company was founded in 1840 in Newark, New Jersey, by Peter Ballantine (1791\u20131883), who emigrated from "
 "Scotland. The company was originally incorporated as the Patterson & Ballantine Brewing Company. Ballantine rented "
 "an old brewing site which had dated back to 1805. Around 1850, Ballantine bought out his partner and purchased land "
 "near the Passaic River to brew his ale. His three sons joined the business and in 1857 the company was renamed P. "
 "Ballantine and Sons. The name would be used for the next 115 years, until the company closed its brewery in May "
 "1972. By 1879, it had become sixth largest brewery in the US, almost twice as large as Anheuser-Busch. Ballantine "
 "added a second brewery location, also in Newark, in order to brew lager beer to fill out the company product line. "
 "Peter Ballantine died in 1883 and his eldest son had died just a few months earlier. His second oldest son then "
 "controlled the company until his own death from cancer in 1895. The last son died in 1905 and the company was taken "
 "over by George Griswold Frelinghuysen, the company\u2019s vice-president, who was married to Peter Ballantine\u2019s "
 "granddaughter.",
 "George Griswold Frelinghuysen (1851-1936) was the son of Frederick Theodore Frelinghuysen and Matilda Elizabeth "
 "Griswold. He graduated from Rutgers College in 1870, received his Bachelor of Laws from Columbia University Law "
 "School in 1872, and was admitted to the New Jersey and New York bars in 1872 and 1876 respectively. George married "
 "Sara Linen Ballantine on April 26, 1881. Sara was the granddaughter of Peter Ballantine, the company founder."]
KEPT["wp-ballantine-brewery"] = ("ballantine-academic.txt", BA)
R.append(wp("wp-ballantine-brewery", "Ballantine Brewery",
 "https://enwiki.academic.ru/dic.nsf/enwiki/11872446", "\n\n".join(BA),
 "brewing", ["history", "founding", "founder", "renaming", "executives", "brands"],
 "The article, then titled 'Ballantine Brewery' (today 'P. Ballantine and Sons Brewing Company'), as "
 "enwiki.academic.ru's copy holds it in the page store (no date or revision id held; an older revision of about "
 "2008-2010, as batches 20a, 29b, 62h and 63i dated academic.ru's copies: 'At its peak, Ballantine was the 4th largest "
 "brewer', where today's article reads 'the third largest', and no Pabst or Ballantine IPA of 2014; recorded 3.0). "
 "Cut: the title line 'Ballantine Brewery' (twice); the table-of-contents line 'Contents'; the headings 'History', "
 "'Ballantine era' and 'Frelinghuysen era'; the picture caption 'Ballantine plant in Newark, New Jersey circa "
 "1880-1900'; the citation marker '[1]'; cut after '... Sara was the granddaughter of Peter Ballantine, the company "
 "founder.', before the sentence the excerpt breaks off in ('George and Sara had two ch'; `truncated`; a cut at a "
 "sentence end inside a paragraph), so the Badenhausen purchase of 1933, Falstaff and Pabst are not in the text. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Ballantine was an American "
 "brewery', 'It was best known for Ballantine Ale, a pale ale that is one of the oldest brands of beer in the United "
 "States', 'The company was founded in 1840 in Newark, New Jersey, by Peter Ballantine (1791\u20131883)' (an en "
 "dash), 'The company was originally incorporated as the Patterson & Ballantine Brewing Company', 'Around 1850, "
 "Ballantine bought out his partner', 'in 1857 the company was renamed P. Ballantine and Sons', 'until the company "
 "closed its brewery in May 1972', 'By 1879, it had become sixth largest brewery in the US' (no article before "
 "'sixth'), 'the company was taken over by George Griswold Frelinghuysen, the company\u2019s vice-president, who was "
 "married to Peter Ballantine\u2019s granddaughter' (curly apostrophes), 'George Griswold Frelinghuysen (1851-1936)' "
 "(a hyphen), 'was admitted to the New Jersey and New York bars in 1872 and 1876 respectively', 'George married Sara "
 "Linen Ballantine on April 26, 1881', 'Sara was the granddaughter of Peter Ballantine, the company founder'. 303 "
 "words. No outage and no near-miss of one told (a brewery closed and a son's control are business events). Found "
 "at rank 8 of the query '\"P. Ballantine and Sons Brewing Company was an American brewery founded in 1840\" George "
 "Griswold Frelinghuysen vice-president' (the lead batch 68n named: w.owiki.org's copy did not come back to this "
 "query; this copy tells the same founding, renaming and vice-president); en.wikipedia.org's 'George Griswold "
 "Frelinghuysen' (rank 1; free, a biography, the brewery's president in passing: left as a lead), newarksattic.blog "
 "(ranks 2 and 3; a blog), hmong.es (rank 4; Spanish), brookstonbeerbulletin.com (ranks 5-7; a blog quoting a "
 "grave site), and the first query's de.zxc.wiki (German), newarksattic.blog, brookstonbeerbulletin.com, "
 "sites.google.com (a fan timeline) and shorepoint.com (a shop) not used. Ballantine, Patterson & Ballantine, "
 "Frelinghuysen, Passaic: " + CHECKED + " ('Ballantine', 'Patterson & Ballantine' and 'Frelinghuysen' only in "
 "GATHERING.md's lists of leads and of pages looked at; 'Anheuser-Busch' in federal antitrust texts, other "
 "matters).", "US", v3=True, copy_of="the Wikipedia article, via enwiki.academic.ru, a Wikipedia mirror"))

# ---- banking, US: Bowery Savings Bank (wikimili.com's copy, undated, a recent revision) ---------------------------
BO = [
 "The Bowery Savings Bank was a bank in New York City, chartered in May 1834. By 1980, it had over 35 branches in the "
 "New York metropolitan area. In 1992, it was sold to H. F. Ahmanson & Co. for $200 million.",
 "The bank's first branch at 130 Bowery was replaced twice; the current building on the site, designed by Stanford "
 "White and completed in 1895, is now an upscale venue. The bank decided to move its headquarters in 1920, and a new "
 "building was constructed from 1921 to 1923 at 110 East 42nd Street in Midtown Manhattan. Both of these buildings "
 "are New York City designated landmarks.",
 "The Bowery Savings Bank opened in 1834 at the site of what is now 128-130 Bowery in Manhattan. By 1980, it had over "
 "35 branches located in the boroughs of Manhattan, Brooklyn, and Queens, as well as Nassau and Suffolk counties on "
 "Long Island. When bank deregulation was enacted, the bank began to suffer losses as a result of rising savings "
 "account interest rates. By 1982, the bank was running out of cash; in 1985, the Federal Deposit Insurance "
 "Corporation (FDIC) arranged for the bank to be sold to Richard Ravitch and others. It was sold for $100 million and "
 "allowed to maintain a capital deficit of $220 million rather than pay out on the $5 billion in deposits. In 1992, "
 "it was sold to H. F. Ahmanson & Co. for $200 million. The name was changed by 1992 to Home Savings of America. In "
 "1995, Ahmanson sold their New York operations to Greenpoint Savings Bank. By 2004, Greenpoint had been sold to "
 "North Fork Bank, and in 2007, North Fork was sold to Capital One Bank.",
 "From 1972 to 1992, baseball Hall-of-Famer Joe DiMaggio was spokesman for the Bowery Savings Bank."]
KEPT["wp-bowery-savings-bank"] = ("bowery-wikimili.txt", BO)
R.append(wp("wp-bowery-savings-bank", "Bowery Savings Bank",
 "https://wikimili.com/wiki/Bowery_Savings_Bank", "\n\n".join(BO),
 "banking", ["history", "founding", "acquisitions", "ownership", "renaming", "headquarters", "spokesperson"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l, 67ab, 68e and 68r took their wikimili.com copies: its lead names the two "
 "landmark buildings and its picture is the Flickr upload 51624125693 of 2021, where en.m.wikipedia.org's older "
 "rendering (rank 4) has a one-sentence lead, 'is now part of Capital One Bank'; recorded 4.0, doubtful: undated). "
 "Cut: the title line 'Bowery Savings Bank'; the site line 'Last updated'; the picture lines ('The original "
 "headquarters at 130 Bowery, Manhattan Bowery Savings Bank - Entrance (51624125693).jpg', 'The original headquarters "
 "at 130 Bowery, Manhattan'); the table-of-contents line 'Contents'; the headings 'History', 'Timeline' (empty in "
 "the excerpt), 'Buildings' and '130 Bowery'; the citation markers ('[1]' to '[10]'); cut after '... was spokesman "
 "for the Bowery Savings Bank.', before the caption the excerpt breaks off in ('Bowery Savings Bank headquarters at "
 "128-130 Bowery, circa'; `truncated`; a cut at a paragraph end), so the buildings' sections are not in the text. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The Bowery Savings Bank was a bank "
 "in New York City, chartered in May 1834', 'In 1992, it was sold to H. F. Ahmanson & Co. for $200 million' (twice, "
 "in the lead and in the History section), 'the current building on the site, designed by Stanford White and "
 "completed in 1895, is now an upscale venue', 'a new building was constructed from 1921 to 1923 at 110 East 42nd "
 "Street in Midtown Manhattan', 'Both of these buildings are New York City designated landmarks', 'what is now "
 "128-130 Bowery in Manhattan', 'the Federal Deposit Insurance Corporation (FDIC) arranged for the bank to be sold "
 "to Richard Ravitch and others', 'The name was changed by 1992 to Home Savings of America', 'In 1995, Ahmanson sold "
 "their New York operations to Greenpoint Savings Bank' ('their', plural), 'By 2004, Greenpoint had been sold to "
 "North Fork Bank, and in 2007, North Fork was sold to Capital One Bank', 'From 1972 to 1992, baseball Hall-of-Famer "
 "Joe DiMaggio was spokesman for the Bowery Savings Bank'. 300 words. No outage and no near-miss of one told (a bank "
 "'running out of cash' and sales arranged by a regulator are business events). Found at rank 5 of the query "
 "'Bowery Savings Bank history founded 1834 acquired Home Savings of America'; piglix.com's copy (rank 2; free, an "
 "older revision, 'is now part of Capital One Bank', the name changed 'by 1993'), en.m.wikipedia.org's rendering "
 "(rank 4; free, an older revision with the infobox's lines woven in, its excerpt breaking off at 'Capital One "
 "Bank') and absoluteastronomy.com (rank 6; an old copy broken by glosses) left for this one; openbuildings.com "
 "(rank 1; a site's own text), kids.kiddle.co (rank 3; a rewritten children's version), americanbanker.com (rank 7; "
 "news, copyrighted) and de.xcv.wiki (rank 8; German) not used. Bowery, Ahmanson, Greenpoint, North Fork Bank, "
 "Ravitch, DiMaggio, Home Savings: " + CHECKED + " ('Bowery' only in GATHERING.md's lists of leads; 'Capital One' in "
 "train's us-occ-conditional-approval-capital-one-discover-bank-2025 and other texts on other matters).", "US",
 copy_of="the Wikipedia article, on wikimili.com"))

# ---- retail, US: Franklin Simon & Co. (en.wikipedia.org's older rendering, about 2018-2023) -------------------------
FS = [
 "Franklin Simon & Co. was a department store chain specializing in women's fashions and furnishing based in New "
 "York City. The store was conceived as a collection of specialty shops rather than a traditional U.S. dry goods "
 "store. Each \"shop\" had a specialty product line, such as ready-to-wear apparel for women, misses, girls, boys, "
 "men, young men and infants. When the chain closed in 1979, there were 42 stores.",
 "The chain was founded in February 1902, as Franklin Simon Specialty Shops by Franklin Simon (1865-1934) and his "
 "business partner Herman A. Flurscheim. Leroy C. Palmer became president of the company in 1934 at the death of "
 "Franklin Simon, and Benjamin Goldstein was the head of Franklin Simon until 1963. The store's concept was \"to "
 "import much of his merchandise [from Europe] with a view to selling the imported goods as cheaply, if possible, as "
 "the domestic.\"",
 "In 1936, the chain was purchased by Atlas Corporation from the Simon family for $2 million. In 1945, Franklin Simon "
 "& Co. was acquired by City Stores Company of Philadelphia. Oppenheim Collins & Company, Inc merged with Franklin "
 "Simon, but the two chains continued to operate under separate trade names and as separate divisions under the "
 "newly formed City Specialty Stores. In 1961/1962, City Stores changed the name of the Oppenheim Collins & Co. stores "
 "to Franklin Simon. City Stores filed for Chapter 11 bankruptcy in July 1979. Under the reorganization plan, City "
 "Stores closed the 42 Franklin Simon stores.",
 "In 1993, Dover Books on Costume reissued the \"Franklin Simon Fashion Catalog for 1923\"."]
KEPT["wp-franklin-simon-and-co"] = ("franklin-simon-enwiki.txt", FS)
R.append(wp_at("wp-franklin-simon-and-co", "Franklin Simon & Co.",
 "https://en.wikipedia.org/wiki/Franklin_Simon_%26_Co.", "\n\n".join(FS),
 "retail", ["history", "founding", "founders", "executives", "acquisitions", "ownership", "divisions"],
 "The article as en.wikipedia.org renders it in the page store (at the address's percent-encoded form, "
 "en.wikipedia.org/wiki/Franklin_Simon_%26_Co., the same page, as batches 58p, 61a and 65l recorded theirs; no "
 "revision id held; an older rendering in the 'From Wikipedia, the free encyclopedia / Jump to navigation Jump to "
 "search' skin, used until about 2023, where wikimili.com's copy (rank 1) has the newer lead 'a New York City-based "
 "department store chain'; a revision of about 2018-2023, recorded 3.0, as batch 68d recorded its rendering in this "
 "skin; doubtful: no revision id). Cut: the title line 'Franklin Simon & Co.'; the chrome lines 'From Wikipedia, the "
 "free encyclopedia' and 'Jump to navigation Jump to search'; the infobox lines ('Industry Retail' to 'Parent City "
 "Stores Company', with 'Franklin Simon, founder' under 'Key people'); the citation markers ('[1]' to '[6]'); the "
 "heading 'Flagship store[edit]'; cut after '... reissued the \"Franklin Simon Fashion Catalog for 1923\".', before "
 "the sentence the excerpt breaks off in ('The main store was established in 1903, at 414 Fifth Avenue at 38'; "
 "`truncated`; a cut at a paragraph end), so the flagship store at 414 Fifth Avenue is not in the text. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'a department store chain specializing in "
 "women's fashions and furnishing based in New York City' ('furnishing', singular), 'a traditional U.S. dry goods "
 "store', 'When the chain closed in 1979, there were 42 stores', 'The chain was founded in February 1902, as "
 "Franklin Simon Specialty Shops by Franklin Simon (1865-1934) and his business partner Herman A. Flurscheim' (the "
 "comma after '1902'), 'Leroy C. Palmer became president of the company in 1934 at the death of Franklin Simon, and "
 "Benjamin Goldstein was the head of Franklin Simon until 1963', 'The store's concept was \"to import much of his "
 "merchandise [from Europe] with a view to selling the imported goods as cheaply, if possible, as the domestic.\"' "
 "(the quotation's bracketed words as written), 'In 1936, the chain was purchased by Atlas Corporation from the "
 "Simon family for $2 million', 'In 1945, Franklin Simon & Co. was acquired by City Stores Company of Philadelphia', "
 "'Oppenheim Collins & Company, Inc merged with Franklin Simon' (no period after 'Inc'), 'as separate divisions under "
 "the newly formed City Specialty Stores', 'In 1961/1962, City Stores changed the name of the Oppenheim Collins & Co. "
 "stores to Franklin Simon', 'City Stores filed for Chapter 11 bankruptcy in July 1979', 'In 1993, Dover Books on "
 "Costume reissued the \"Franklin Simon Fashion Catalog for 1923\"'. 260 words; one quoted sentence of the "
 "store's concept, the rest the editors' prose. No outage and no near-miss of one told (a bankruptcy and closed "
 "stores are business events). Found at rank 3 of the query 'Franklin Simon & Co. Fifth Avenue women's specialty "
 "store founded 1902 Franklin Simon Atlas Corporation' (the lead batch 68b named); wikimili.com's copy (rank 1; "
 "free, a newer revision with the infobox's rows as a table and the flagship's 'Carrie Schermerhorn Astor') left for "
 "this one; de.knowledgr.com (rank 2; German), 108.161.137.60/piglix's and en.wikipedia.org's 'Franklin Simon' "
 "(ranks 4 and 5; free, the founder's biography: left as a lead), talk.dob.jp (rank 6; a diff page), "
 "en-academic.com (rank 7; an old copy of the biography with citation templates woven in) and "
 "image.absoluteastronomy.com (rank 8; a promotional rewrite) not used. Franklin Simon, Flurscheim, Leroy C. Palmer, "
 "Benjamin Goldstein, City Stores, Oppenheim Collins, City Specialty, Dover Books: " + CHECKED + " ('Franklin "
 "Simon' only in GATHERING.md's lists of leads; 'Atlas Corporation' in test's wp-bonwit-teller and "
 "wp-argus-corporation, other matters: Atlas's purchases of Bonwit Teller and of Argus's holdings).", "US"))


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

#!/usr/bin/env python3
"""Batch 69v (session 63; gatherer lane 69v): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-69p, kept to three American companies new to the corpus, a publisher, a manufacturer and a bank, one
of them (the Bank of the Manhattan Company) from the lists of leads of batch 69j and earlier rounds ('names with no
hit still not queried'; the leads of 68h, 69b and 69p read too), the other two from this round's own queries on the lane's sectors: Henry Holt and Company,
the New York publisher founded in 1866 by Henry Holt and Frederick Leypoldt, operating under Macmillan Publishers,
with its imprints (Metropolitan Books, Times Books, Owl Books, Picador, Holt Paperbacks), publisher of the magazine
Field & Stream from 1951 to 1985, merged in 1960 with Rinehart & Company and the John C. Winston Company to become
Holt, Rinehart and Winston (book publishing, US); Remington Rand, the business machines maker of 1927-1955 formed by
the merger of the Remington Typewriter Company, Rand Kardex Company and Powers Accounting Machine Company, led by its
founder James Rand, Jr., buyer of the Eckert-Mauchly Computer Corporation (1950) and Engineering Research Associates
(1952), acquired by Sperry Corporation in 1955 as Sperry Rand (office machines and computers, US); and the Manhattan
Company, the New York bank and holding company founded by Aaron Burr in 1799 as a water company, merged with Chase
National Bank in 1955 to form the Chase Manhattan Bank (banking, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): hubbry.com's 'from Wikipedia' community-hub copy of 'Henry Holt and Company' (at its 'Holt_Paperbacks' address,
a redirect's name; undated), en.wikipedia.org's permanent link to revision 532322255 of 'Remington Rand' (January
2013) and wikimili.com's copy of 'Manhattan Company' (undated). Each is cut at a sentence end before the sentence the
excerpt breaks off in (`truncated`). Edits per item in `notes` (title and site lines, infobox lines, headings, a
caption, a maintenance-template line, citation markers cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69v/src), the markers ('[1]',
'[edit]', '[citation needed]', '[by whom?]') dropped and whitespace runs compared as one space, as batches 55e-68h
did. No text tells an outage or a near-miss of one (mergers, sales and a water company's poor service are no service
outage told of a named day). newskg (or any extractor) was not run on any text. A round of three: ten queries, three
answered with English Wikipedia text on a company not yet in the corpus and were taken (round notes
/tmp/gather69v/NOTES.md; queries, /tmp/gather69v/src/queries.txt; claims in /work/notes/gather69/CLAIMS.txt).
usage: batch69v.py [POOL_DIR] [--dry]   (default /tmp/gather69v/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69v/pool"
SRC = "/tmp/gather69v/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- book publishing, US: Henry Holt and Company (hubbry.com's 'from Wikipedia' copy) -----------------------------
HH = [
 "Henry Holt and Company is an American book-publishing company based in New York City. One of the oldest publishers "
 "in the United States, it was founded in 1866 by Henry Holt and Frederick Leypoldt. The company publishes in the "
 "fields of American and international fiction, biography, history, politics, science, psychology, health, and "
 "children's literature. In the U.S., it operates under Macmillan Publishers.",
 "The company publishes under several imprints, including Metropolitan Books, Times Books, Owl Books, and Picador. It "
 "also publishes under the name of Holt Paperbacks.",
 "The company has published works by renowned authors Erich Fromm, Paul Auster, Hilary Mantel, Robert Frost, Hermann "
 "Hesse, Norman Mailer, Herta M\u00fcller, Thomas Pynchon, Robert Louis Stevenson, Ivan Turgenev, and Noam Chomsky.",
 "From 1951 to 1985, Holt published the magazine Field & Stream.",
 "Holt merged with Rinehart & Company of New York and the John C. Winston Company of Philadelphia in 1960 to become "
 "Holt, Rinehart and Winston. The Wall Street Journal reported on March 1 that Holt stockholders had approved the "
 "merger, last of the three approvals. \"Henry Holt is the surviving concern, but will be known as Holt, Rinehart, "
 "Winston, Inc.\""]
KEPT["wp-henry-holt-and-company"] = ("holt-hubbry.txt", HH)
R.append(wp("wp-henry-holt-and-company", "Henry Holt and Company", "https://www.hubbry.com/Holt_Paperbacks",
 "\n\n".join(HH), "book publishing", ["history", "founding", "founders", "imprints", "mergers", "ownership"],
 "The article as hubbry.com's community-hub copy holds it in the page store ('Henry Holt and Company ... from "
 "Wikipedia'; at the address 'Holt_Paperbacks', a redirect's name; no date or revision id held; the host taken "
 "before for Kering, Reckitt, Millicom and Ladbrokes Coral), recorded 4.0 (undated; it names Macmillan Publishers, "
 "the name Holtzbrinck's American division took in 2007). Cut: the site's lines before the article ('Hubbry Logo', "
 "'Henry Holt and CompanyHenry Holt and CompanyMain', 'Open search', 'Community hub', 'logo', '8 pages, 0 posts', '0 "
 "subscribers', 'Be the first to start a discussion here.' twice, the title lines and 'from Wikipedia'); the lines "
 "'Key Information' and 'History' and the edit link '[edit]'; the caption 'Logo of Henry Holt and Company as it "
 "appeared in the book In the Dwellings of the Wilderness by Charlotte Bryson Taylor in 1904'; the citation markers "
 "('[2]' to '[6]'); cut after the merger paragraph's quotation, before the sentence the excerpt breaks off in ('CBS "
 "purchased the company in 1967, but in 1985, the group split, and the retail publishing arm, along with the Holt "
 "name, was sold to the Georg von Holtzbrinck Publishing Group based in Stuttgart, which has retained Holt as a "
 "subsidiary publishing under its original name and in the US '; `truncated`; a cut at a paragraph's start), so CBS, "
 "Holtzbrinck and the sale of 1985 are not in the text (a second query, aimed at them, brought back the same excerpt). "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Henry Holt and Company is an "
 "American book-publishing company based in New York City', 'it was founded in 1866 by Henry Holt and Frederick "
 "Leypoldt', 'In the U.S., it operates under Macmillan Publishers', 'The company publishes under several imprints, "
 "including Metropolitan Books, Times Books, Owl Books, and Picador. It also publishes under the name of Holt "
 "Paperbacks', the eleven authors named, 'From 1951 to 1985, Holt published the magazine Field & Stream', 'Holt "
 "merged with Rinehart & Company of New York and the John C. Winston Company of Philadelphia in 1960 to become Holt, "
 "Rinehart and Winston', 'The Wall Street Journal reported on March 1 that Holt stockholders had approved the merger, "
 "last of the three approvals' and the quotation '\"Henry Holt is the surviving concern, but will be known as Holt, "
 "Rinehart, Winston, Inc.\"' (a newspaper's words quoted by the article: one sentence of the text, the rest the "
 "editors' prose). 189 words. No outage and no near-miss of one told. Found at rank 1 of the query 'Henry Holt and "
 "Company publisher history founded 1866 Frederick Leypoldt acquired Holtzbrinck Wikipedia'; publishersweekly.com "
 "(rank 2; a trade magazine's article, copyrighted), a blog (rank 3), a bookseller's description (rank 4), "
 "archive.org's Dictionary of American Biography pages (ranks 5 and 7; a biography of Henry Holt, of 1932, not the "
 "company's article), es.stringtranslate.com (rank 6; a Spanish translation of Henry Holt's biography) and "
 "hornygo.com (rank 8; a 1920s account of D. C. Heath) not used; the second query's ketupa.net (a media site's "
 "profile of Holtzbrinck), wikiclassic.com's 'Harcourt (publisher)' and 'Macmillan Inc.' copies (other companies, "
 "and their text garbled: 'fro' Wikipedia', 'teh', 'inner'), buchmarkt.de (German) and a blog not used. Henry Holt, "
 "Leypoldt, Field & Stream, John C. Winston: " + CHECKED + " ('Rinehart' only in texts on other matters, 'Gina "
 "Rinehart' and an SEC case; 'Macmillan' in texts on other matters, test's wp-charles-scribners-sons among them; "
 "'Holt' in train's wp-lamport-and-holt and a DOJ text on Holt Door Hardware, other matters).", "US",
 copy_of="the Wikipedia article, via hubbry.com"))

# ---- office machines and computers, US: Remington Rand (en.wikipedia.org revision 532322255, January 2013) ------
RR = [
 "Remington Rand (1927\u20131955) was an early American business machines manufacturer, best known originally as a "
 "typewriter manufacturer and in a later incarnation as the manufacturer of the UNIVAC line of mainframe computers "
 "but with antecedents in Remington Arms in the early nineteenth century. For a time, the word \"univac\" was "
 "recognized as a generic synonym for \"computer\". Remington Rand was a diversified conglomerate making other "
 "office equipment, electric shavers, etc. The Remington Rand Building at 315 Park Avenue South in New York City is a "
 "20-floor skyscraper completed in 1911.",
 "Remington Rand was formed by the merger of the Remington Typewriter Company, Rand Kardex Company, and Powers "
 "Accounting Machine Company in 1927. From its inception until 1958, it was led by founder James Rand, Jr. of North "
 "Tonawanda, New York.",
 "From 1942 to 1945, Remington Rand was one manufacturer of the M1911A1 .45 caliber semi-automatic pistol used by the "
 "United States Armed Forces during World War II. Remington Rand produced more M1911A1 pistols than any other "
 "wartime manufacturer.",
 "In 1950, Remington Rand acquired the Eckert-Mauchly Computer Corporation, founded by the makers of the ENIAC, and in "
 "1952, they acquired Engineering Research Associates (ERA), both of which were pioneers in electronic computing. At "
 "that time, Remington Rand had become one of the biggest computer companies in the United States.",
 "Remington Rand was acquired by Sperry Corporation in 1955 to form a company then known as Sperry Rand (later "
 "shortened to Sperry). Sperry merged in 1986 with Burroughs to form Unisys.",
 "Initially produced by Remington Arms, the Remington Typewriters were the first to use the QWERTY keyboard layout. "
 "Remington Arms had bought the design from Christopher Sholes. The Remington No.1 was the first model released. All "
 "keys were uppercase."]
KEPT["wp-remington-rand"] = ("remington-rand-enwiki-oldid.txt", RR)
R.append(wp("wp-remington-rand", "Remington Rand",
 "https://en.wikipedia.org/?oldid=532322255&title=Remington_Rand", "\n\n".join(RR),
 "office machines and computers", ["history", "mergers", "founders", "acquisitions", "ownership", "products"],
 "The article as en.wikipedia.org's permanent link to revision 532322255 holds it in the page store (the address "
 "'?oldid=532322255&title=Remington_Rand'; a revision of January 2013 by its id, between the 'February 2009' "
 "maintenance notice it carries and the April 2017 revision 773693416 a copy names; recorded 3.0). Cut: the title "
 "line 'Remington Rand'; the heading 'History'; the maintenance-template line 'This article needs additional "
 "citations for verification. (February 2009) |'; the headings 'Products' and 'Typewriters'; the markers '[by "
 "whom?]', '[1]' and '[2]'; cut after 'All keys were uppercase.' in the Typewriters paragraph, before the sentence "
 "the excerpt breaks off in ('Remington Arms spun '; `truncated`; a cut at a sentence end inside a paragraph). "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Remington Rand (1927\u20131955) "
 "was an early American business machines manufacturer', 'the manufacturer of the UNIVAC line of mainframe computers "
 "but with antecedents in Remington Arms in the early nineteenth century', 'For a time, the word \"univac\" was "
 "recognized as a generic synonym for \"computer\"', 'making other office equipment, electric shavers, etc.', 'The "
 "Remington Rand Building at 315 Park Avenue South in New York City is a 20-floor skyscraper completed in 1911', "
 "'Remington Rand was formed by the merger of the Remington Typewriter Company, Rand Kardex Company, and Powers "
 "Accounting Machine Company in 1927. From its inception until 1958, it was led by founder James Rand, Jr. of North "
 "Tonawanda, New York' (a company 1927-1955 'led ... until 1958', as written), 'In 1950, Remington Rand acquired the "
 "Eckert-Mauchly Computer Corporation, founded by the makers of the ENIAC, and in 1952, they acquired Engineering "
 "Research Associates (ERA)', 'Remington Rand was acquired by Sperry Corporation in 1955 to form a company then known "
 "as Sperry Rand (later shortened to Sperry). Sperry merged in 1986 with Burroughs to form Unisys', 'Initially "
 "produced by Remington Arms, the Remington Typewriters were the first to use the QWERTY keyboard layout. Remington "
 "Arms had bought the design from Christopher Sholes. The Remington No.1 was the first model released.' 287 words. "
 "No outage and no near-miss of one told (mergers and acquisitions are business events). Recorded CC BY-SA 3.0 (a "
 "revision of January 2013, before Wikimedia's move to 4.0 of June 2023). Found at rank 6 of the query 'Remington "
 "Rand history James Rand Jr. 1927 merger Remington Typewriter Company Rand Kardex acquired Eckert\u2013Mauchly "
 "Sperry Rand Wikipedia'; revivalprops.co.uk (rank 1; a prop seller's page quoting a few sentences), "
 "the-uncensored-wiki.com (rank 2; a 2006 copy, an unusual port in its address, the host's licence not shown), "
 "snaccooperative.org (ranks 3 and 5; an archive's history note), talk.dob.jp (rank 4; a copy of the April 2017 "
 "revision, with the purchases of 1927-1928, whose excerpt breaks off before the computer firms' purchases), a "
 "Japanese blog (rank 7) and gunkies.org (rank 8; a wiki's own short text) not used. Remington Rand, Rand Kardex, "
 "James Rand, Eckert-Mauchly, Sperry Rand, Remington Arms, Christopher Sholes: " + CHECKED + " ('Sperry' in dev's "
 "wp-criterion-games and batch 57w, a game company, another matter; 'UNIVAC' and 'Burroughs' in dev's "
 "wp-scientific-data-systems and wp-paul-maritz, other matters; 'Unisys' in test's Itanium text, another matter; "
 "'Engineering Research Associates' only in GATHERING.md's lists).", "US", v3=True,
 copy_of="the Wikipedia article: its permanent link to revision 532322255 of January 2013"))

# ---- banking, US: the Manhattan Company (wikimili.com's copy) --------------------------------------------------
MC = [
 "The Manhattan Company was a New York bank and holding company established on September 1, 1799. The company merged "
 "with Chase National Bank in 1955 to form the Chase Manhattan Bank. It is the oldest of the predecessor institutions "
 "that eventually formed the current JPMorgan Chase & Co.",
 "The Manhattan Company was formed in 1799 with the ostensible purpose of providing clean water to Lower Manhattan. "
 "However, the main interest of the company was not in the supply of water, but rather in becoming a part of the "
 "banking industry in New York. At that time, the banking industry was monopolized by Alexander Hamilton's Bank of "
 "New York and the New York branch of the First Bank of the United States. \"To circumvent the opposition of "
 "Hamilton to the establishment of a bank,\" and following an epidemic of yellow fever in the city, Aaron Burr "
 "founded the company and successfully gained banking privileges through a clause in its charter granted to it by "
 "the state that allowed it to use surplus capital for banking transactions. The company raised $2 million, used one "
 "hundred thousand dollars for building a water supply system, and used the rest to start the bank.",
 "The company apparently did a poor job of supplying water, using hollowed out tree trunks for pipes and digging "
 "wells in congested areas where there was the danger of raw sewage mixing with the water. After a multitude of "
 "cholera epidemics, a water system was finally established with the construction between 1837 and 1842 of the "
 "Croton Aqueduct.",
 "On April 17, 1799, the Manhattan Company appointed a committee \"to consider the most proper means of employing the "
 "capital of the Company\" and elected to open an office of discount and deposit."]
KEPT["wp-manhattan-company"] = ("manhattan-company-wikimili.txt", MC)
R.append(wp("wp-manhattan-company", "Manhattan Company", "https://wikimili.com/en/Manhattan_Company",
 "\n\n".join(MC), "banking", ["history", "founding", "founders", "mergers", "water supply"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; the host taken before, "
 "by batch 69b for Sambo's and 69j for the Atlantic Mutual), recorded 4.0 (undated). Cut: the infobox lines ('Founded "
 "| September 1, 1799 by American politician and businessman, Aaron Burr |', '---|---|', 'Defunct | 1955 |', 'Fate | "
 "Merged with Chase National Bank |', 'Successor | Chase Manhattan Bank |', 'Headquarters | 40 Wall Street, , United "
 "States |'), so 40 Wall Street is not in the text; the citation markers (' [1]' to ' [4]', each with the space "
 "before it); cut after 'elected to open an office of discount and deposit.', before the sentence the excerpt breaks "
 "off in ('The \"Bank\" of the Manhattan Company beg'; `truncated`; a cut at a sentence end inside a paragraph), so "
 "the bank's opening on September 1, 1799 and its later history are not in the text. Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'The Manhattan Company was a New York bank and holding company "
 "established on September 1, 1799', 'The company merged with Chase National Bank in 1955 to form the Chase Manhattan "
 "Bank. It is the oldest of the predecessor institutions that eventually formed the current JPMorgan Chase & Co.', "
 "'the ostensible purpose of providing clean water to Lower Manhattan', \"the banking industry was monopolized by "
 "Alexander Hamilton's Bank of New York and the New York branch of the First Bank of the United States\", 'Aaron "
 "Burr founded the company and successfully gained banking privileges through a clause in its charter', 'The "
 "company raised $2 million, used one hundred thousand dollars for building a water supply system, and used the rest "
 "to start the bank', 'The company apparently did a poor job of supplying water, using hollowed out tree trunks for "
 "pipes', 'a water system was finally established with the construction between 1837 and 1842 of the Croton "
 "Aqueduct', 'On April 17, 1799, the Manhattan Company appointed a committee \"to consider the most proper means of "
 "employing the capital of the Company\"' (the founding day of September and the committee's day of April both as "
 "written). 290 words. No outage and no near-miss of one told (a poor water supply over years and cholera epidemics "
 "are no disruption told of a named day). Found at rank 1 of the query 'Bank of the Manhattan Company history founded "
 "1799 Aaron Burr president merged Chase National Bank 1955 Wikipedia'; a blog (ranks 2 and 3), absoluteastronomy.com "
 "(rank 4; glossary text woven in), an unaddressed copy of a later 'Bank of the Manhattan Company' revision (rank 6; "
 "no address to record), academickids.com and fact-index.com (ranks 5 and 7; old copies of 'Chase Manhattan Bank', "
 "another article whose name has corpus hits) and treebase.com (rank 8; a site's own note) not used. Manhattan "
 "Company, Aaron Burr, Chase National Bank, First Bank of the United States, Croton Aqueduct: " + CHECKED + " "
 "('Manhattan Company', 'Aaron Burr' and 'Chase National' only in GATHERING.md's lists of leads; 'Chase Manhattan' "
 "in test's wp-johann-rupert and batch 29a, other matters; 'Bank of New York' in texts on other matters).", "US",
 copy_of="the Wikipedia article, via wikimili.com"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]', '[by whom?]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed|by whom\?)\]", "", s).split())


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

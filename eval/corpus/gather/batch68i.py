#!/usr/bin/env python3
"""Batch 68i (session 62; gatherer lane 68i): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae and 68c, turned to
European companies (the lane of 68i: English Wikipedia histories of European companies, founders and executives with
posts, acquisitions, parents and subsidiaries, mergers; from the leads of rounds 68c, 67ae and 67y), new to the corpus:
John Summers & Sons of Stalybridge and Shotton, the iron and steel maker founded by John Summers, with its Globe Works
and Hawarden Bridge Steelworks, its purchases of the Wolverhampton Corrugated Iron Company, the Castle Fire Brick
company and the Shelton Iron, Steel & Coal Co, absorbed into British Steel Corporation in 1967 (steel, UK); the
Phoenix Group (formerly Pearl Group), the insurer founded in 1857 as The Pearl Loan Company, owned in turn by AMP,
Henderson Group, Sun Capital Partners and TDR Capital and bought by the Liberty Acquisition Holdings (International)
Company, with its purchases of Resolution Life and ReAssure Group, its sale of Ignis Asset Management and its agreed
purchase of Standard Life Assurance (insurance, UK); and Kværner of Oslo, the engineering and shipbuilding group of
1853-2005, with its chief executives Erik T\u00f8nseth and Kjell Almskog, its purchases of Govan Shipbuilders,
G\u00f6taverken and Trafalgar House, its sales of the Cunard Line, Kvaerner Govan and Chemrec, and its merger with
Aker ASA (engineering, Norway).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): profilpelajar.com's copy ('John Summers & Sons'), en.wikipedia-on-ipfs.org's copy ('Phoenix
Group') and the-uncensored-wiki.com's copy of the Kiwix dump 2012-wikipedia_en_all_nopic_01_2012 ('Kv\u00e6rner'); each
cut at a sentence or paragraph end before the point where the excerpt breaks off (`truncated` for all three: each
article goes on). Edits per item in `notes` (site lines, title lines, infobox lines, captions, headings and citation
markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather69i/src), citation markers ('[1]', '[edit]') dropped and whitespace runs compared as one space, as
batches 57g-68c did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text.
A round of three: five queries, five companies asked for, three taken (round notes /tmp/gather69i/NOTES.md; queries,
/tmp/gather69i/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch68i.py [POOL_DIR] [--dry]   (default /tmp/gather69i/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69i/pool"
SRC = "/tmp/gather69i/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- steel, UK: John Summers & Sons (profilpelajar.com's copy, undated) --------------------------------------------
SUMMERS = [
 "John Summers & Sons Ltd was a major United Kingdom iron and steel producer, latterly based on the Dee Estuary at "
 "Shotton, Flintshire. The company was absorbed into British Steel Corporation in 1967; British Steel became Corus in "
 "1999 and this company was taken over by Tata Steel in 2007.",
 "The founder, John Summers, was born in Bolton, Lancashire in 1822. While working as a clogger, he visited the Great "
 "Exhibition in 1851, where he bought a nail making machine, and commenced making nails with which to fasten the iron "
 "strips on to the soles of clogs. In 1852, Summers moved into Sandy Bank Iron Forge at Stalybridge, where he "
 "successfully concentrated on the production of clog irons and nails. He then purchased land near the forge, and "
 "built a new ironworks, known as the Globe Works.",
 "John Summers died on 10 April 1876, at the age of 54. Three of his sons, James, John and Alfred, carried on the "
 "business, and they were joined by another brother, Henry Hall Summers in 1869. Space for expansion at the Globe "
 "Works having been exhausted, the firm opened the Hawarden Bridge Steelworks at Shotton in 1896.",
 "In 1898 the firm became a Private Limited Company and in 1908, on completion of new offices, the headquarters were "
 "transferred to Shotton. By 1909 the company was the largest manufacturer of galvanized steel in the country, and "
 "probably the largest manufacturer of steel nail strips and sheets.",
 "In 1919 the Wolverhampton Corrugated Iron Company at Ellesmere Port was taken over. John Summers & Sons also bought "
 "the Castle Fire Brick company in Buckley and the next year took over the Shelton Iron, Steel & Coal Co, "
 "Stoke-on-Trent. This company was Shotton's supplier of pig iron, a very scarce item at the time and this acquisition "
 "meant that the company had become very largely self-contained and self-sufficient.[1]"]
KEPT["wp-john-summers-and-sons"] = ("john-summers-profilpelajar.txt", SUMMERS)
R.append(wp("wp-john-summers-and-sons", "John Summers & Sons",
 "https://profilpelajar.com/article/John_Summers_%26_Sons",
 "\n\n".join(MARK.sub("", p) for p in SUMMERS),
 "manufacturing/steel", ["history", "founding", "acquisition", "ownership"],
 "The article as profilpelajar.com's copy holds it in the page store (its address names the article "
 "'John_Summers_%26_Sons'; no date or revision id held). Cut: the title line 'John Summers & Sons'; the image caption "
 "'John Summers Building, Shotton'; the headings 'Early life' and 'The Business'; the citation marker '[1]' after "
 "'self-sufficient.'; cut after '... very largely self-contained and self-sufficient.', before the paragraph the "
 "excerpt breaks off in ('William Arthur Robotham of Rolls-Royce recalled the two Summers brothers in the 1920s, b', no "
 "full stop; `truncated`; a cut at a paragraph end), so William Arthur Robotham and Rolls-Royce are not in the text. "
 "The copy has no infobox in this excerpt. Paragraphs joined with blank lines, as in the copy. No word added or "
 "changed. Kept as written: 'John Summers & Sons Ltd was a major United Kingdom iron and steel producer, latterly "
 "based on the Dee Estuary at Shotton, Flintshire.', 'The company was absorbed into British Steel Corporation in 1967; "
 "British Steel became Corus in 1999 and this company was taken over by Tata Steel in 2007.' (the semicolon; 'this "
 "company' as written), 'The founder, John Summers, was born in Bolton, Lancashire in 1822.' (no comma after "
 "'Lancashire'), 'In 1852, Summers moved into Sandy Bank Iron Forge at Stalybridge', 'John Summers died on 10 April "
 "1876, at the age of 54. Three of his sons, James, John and Alfred, carried on the business, and they were joined by "
 "another brother, Henry Hall Summers in 1869.' (the years as written; no comma after 'Henry Hall Summers'), 'In 1898 "
 "the firm became a Private Limited Company' (the capitals), 'In 1919 the Wolverhampton Corrugated Iron Company at "
 "Ellesmere Port was taken over. John Summers & Sons also bought the Castle Fire Brick company in Buckley and the next "
 "year took over the Shelton Iron, Steel & Coal Co, Stoke-on-Trent.' ('Co' without a full stop), 'This company was "
 "Shotton's supplier of pig iron, a very scarce item at the time and this acquisition meant'. " + TYPED + "311 words. "
 "No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (an undated copy, as batches 24b, 32j, 40zd and 67k "
 "recorded profilpelajar.com's copies; doubtful: no revision id held). Found at rank 1 of the query 'John Summers & "
 "Sons Shotton steelworks company history Wikipedia' (John Summers & Sons: a name of the 'not searched' lists of "
 "rounds 67y, 67ae and 68c); wikitree.com's page 'John Summers Steel Works' (ranks 2 and 4, a genealogy site's "
 "community page reworking the article's words, no open licence taken), angelfire.com's 'History of Shotton' chapter "
 "(ranks 3, 5 and 8, a local history, no open licence stated), fr.knowledger.de (rank 6, a machine translation into "
 "French) and mdsite.deno.dev's copy of the angelfire page (rank 7) not used. John Summers, Shotton, Stalybridge, Globe "
 "Works, Hawarden, Sandy Bank, Wolverhampton Corrugated, Castle Fire Brick, Shelton Iron: " + CHECKED + ", "
 "GATHERING.md aside, where John Summers & Sons stood only in the lists and leads of rounds 67y, 67ae and 68c "
 "('Summers' stands in train wp-jacob-wallenberg-1892 and batch 30a, other persons; British Steel, Corus and Tata Steel "
 "in other texts, Tata Steel's purchase of Corus among them: here one clause of the lead, the same deal, so a small "
 "overlap, doubtful; Bolton, Lancashire and Stoke-on-Trent in other texts, other matters).",
 "non-US", copy_of="the Wikipedia article, via profilpelajar.com, a Wikipedia mirror"))

# ---- insurance, UK: Phoenix Group (en.wikipedia-on-ipfs.org's copy) -------------------------------------------------
PHOENIX = [
 "The Phoenix Group (formerly Pearl Group, LSE: PHNX) is one of the largest providers of insurance services in the "
 "United Kingdom. It is listed on the London Stock Exchange and is a constituent of the FTSE 100 Index.",
 "The company was founded in 1857 as The Pearl Loan Company and operated from the Royal Oak Public House opposite the "
 "Whitechapel Bell Foundry.[2] It changed its name to The Pearl Assurance Company in 1914,[2] when it moved to 252 High "
 "Holborn where it was based until moving its head office to Peterborough 1989.[3] In 1990, it was acquired by the "
 "Australian insurance group, AMP, and in 2003, Pearl, NPI and London Life were demerged from AMP to become part of "
 "Henderson Group.[4]",
 "In 2005, the Pearl Group was bought from Henderson Group by Sun Capital Partners (a business in which Hugh Osmond is "
 "a leading partner)[5] and TDR Capital.[4] It acquired Resolution Life in 2008 (including its Phoenix Assurance "
 "operations).[6] In 2009, the business was acquired by the Liberty Acquisition Holdings (International) Company (a "
 "vehicle controlled by billionaire Nicolas Berggruen), which subsequently renamed itself Pearl Group.[7]",
 "In 2010, Pearl Group rebadged as Phoenix Group Holdings.[8] In March 2014, the business sold Ignis Asset Management "
 "to Standard Life Investments, the asset management arm of Standard Life.[9]",
 "In 2018, Phoenix Group agreed to acquire Standard Life Assurance from Standard Life Aberdeen for \u00a32.9 billion. As "
 "part of the transaction Standard Life Aberdeen retained a stake in the combined group.",
 "In July 2020, Phoenix completed the acquisition of fellow closed book specialist ReAssure Group from Swiss Re."]
KEPT["wp-phoenix-group"] = ("phoenix-group-ipfs.txt", PHOENIX)
R.append(wp("wp-phoenix-group", "Phoenix Group", "https://en.wikipedia-on-ipfs.org/wiki/Phoenix_Group",
 "\n\n".join(MARK.sub("", p) for p in PHOENIX),
 "finance/insurance", ["history", "acquisition", "ownership", "founding"],
 "The article as en.wikipedia-on-ipfs.org (the IPFS mirror of English Wikipedia, an older snapshot) holds it (no date "
 "or revision id held; its latest event is of July 2020, its infobox figures of 2019). Cut: the title line 'Phoenix "
 "Group'; the infobox lines after the lead ('Phoenix Group Holdings', 'TypePublic', 'LSE: PHNX', 'IndustryInsurance', "
 "'Founded1857', 'HeadquartersLondon, England, UK', 'Key people', 'Revenue\u00a34,182 million (2019)[1]', '\u00a3513 "
 "million (2019)[1]', '\u00a3116 million (2019)[1]', 'Websitewww.thephoenixgroup.com', so London and 2019 are not in "
 "the text; cut as batches 57p-68c cut their infoboxes); the heading 'History'; the citation markers ('[2]' twice, "
 "'[3]', '[4]' twice, '[5]' to '[9]'); cut after '... the acquisition of fellow closed book specialist ReAssure Group "
 "from Swiss Re.', before the paragraph the excerpt breaks off in ('ReAssure was founded in 1963 as the Occidental Life "
 "Insurance Company. In 1972 it moved to', no full stop; `truncated`; a cut at a paragraph end), so the Occidental Life "
 "Insurance Company and 1963 are not in the text. Paragraphs joined with blank lines, as in the copy. No word added or "
 "changed. Kept as written: 'The Phoenix Group (formerly Pearl Group, LSE: PHNX) is one of the largest providers of "
 "insurance services in the United Kingdom.', 'The company was founded in 1857 as The Pearl Loan Company and operated "
 "from the Royal Oak Public House opposite the Whitechapel Bell Foundry.', 'It changed its name to The Pearl Assurance "
 "Company in 1914, when it moved to 252 High Holborn where it was based until moving its head office to Peterborough "
 "1989.' (no 'in' before '1989'), 'In 1990, it was acquired by the Australian insurance group, AMP, and in 2003, Pearl, "
 "NPI and London Life were demerged from AMP to become part of Henderson Group.', 'In 2005, the Pearl Group was bought "
 "from Henderson Group by Sun Capital Partners (a business in which Hugh Osmond is a leading partner) and TDR "
 "Capital.', 'It acquired Resolution Life in 2008 (including its Phoenix Assurance operations).', 'In 2009, the "
 "business was acquired by the Liberty Acquisition Holdings (International) Company (a vehicle controlled by "
 "billionaire Nicolas Berggruen), which subsequently renamed itself Pearl Group.', 'In 2010, Pearl Group rebadged as "
 "Phoenix Group Holdings.', 'In 2018, Phoenix Group agreed to acquire Standard Life Assurance from Standard Life "
 "Aberdeen for \u00a32.9 billion.', 'In July 2020, Phoenix completed the acquisition of fellow closed book specialist "
 "ReAssure Group from Swiss Re.'. " + TYPED + "263 words. No outage and no near-miss of one told. Recorded CC BY-SA "
 "3.0 (the IPFS mirror's older snapshot, as batches 58a, 64f and 64n recorded theirs; doubtful: no revision date). "
 "Found at rank 3 of the query 'Pearl Assurance company history founded acquired by Wikipedia' (Pearl Assurance: a name "
 "of the 'not searched' lists of rounds 67y, 67ae and 68c; Phoenix Group and Pearl Group: named in an earlier round's "
 "lead on Phoenix Assurance, not searched); glasgowwestaddress.co.uk (rank 1, a directory of 1888), the Spectator's "
 "archive (ranks 2 and 7, magazine notes of 1928 and 1930), SEC filings of other insurers (ranks 4 and 6), "
 "businesshistory.com (rank 5, a US timeline) and a car dealer's page (rank 8) not used. Phoenix Group, Pearl Group, "
 "Pearl Loan, Pearl Assurance, Resolution Life, Henderson Group, Ignis Asset, Berggruen, Hugh Osmond, Standard Life, "
 "Swiss Re, London Life, Liberty Acquisition: " + CHECKED + ", GATHERING.md aside, where Pearl Assurance, Pearl Group, "
 "Phoenix Group and Resolution Life stood only in earlier rounds' lists and leads (TDR Capital and Sun Capital in a "
 "corpus text and gather scripts, other deals; 'NPI' and 'AMP' as strings in many texts, other matters; the "
 "string 'reassure' in other texts only as the verb).",
 "non-US", v3=True, copy_of="the Wikipedia article, via en.wikipedia-on-ipfs.org"))

# ---- engineering, Norway: Kv\u00e6rner (the-uncensored-wiki.com, a 2012-01 Kiwix dump) --------------------------------
KVAERNER = [
 "Kv\u00e6rner was a Norway-based engineering and construction services company in existence between 1853 and 2005 "
 "when it was merged with Aker ASA. The Kv\u00e6rner name was used in the subsidiary Aker Kv\u00e6rner until April 3, "
 "2008 when it changed name to Aker Solutions. Kv\u00e6rner re-emerged on 6. May 2011, when the EPC (engineering, "
 "procurement and construction) part of Aker Solutions took the Kv\u00e6rner name. The new Kv\u00e6rner company will be "
 "spun off and listed on Oslo Stock Exchange in 3rd quarter of 2011.",
 "Kv\u00e6rner was founded in Oslo in 1853 and listed on the Oslo Stock Exchange in 1967. By the 1990s, Kv\u00e6rner "
 "assembled a collection of engineering and industrial businesses, including shipbuilding, construction of offshore "
 "oil and gas platforms, production of pulp and paper manufacturing equipment and operation of shipping fleet.",
 "Erik T\u00f8nseth became CEO of Kv\u00e6rner in 1989, and under his leadership the company underwent large-scale "
 "international expansion, acquring the state-owned Govan Shipbuilders from British Shipbuilders.[1] In 1992 "
 "Kv\u00e6rner acquired the Swedish company G\u00f6taverken. In 1996, Kv\u00e6rner acquired the UK conglomerate Trafalgar "
 "House and moved its international headquarters from Oslo to London.[2] The company's expansive acquisitions brought "
 "economic hardship to the company. Kjell Almskog became CEO in 1998, and implemented various plans to streamline the "
 "company. This included the sale of the Cunard Line (a division of Trafalgar House) to Carnival Corporation, the sale "
 "of Kvaerner Govan to BAE Systems[3] and the sale of Chemrec to Babcock Borsig. The economic slowdown in 2001 and a "
 "series of management missteps brought the company to the brink of bankruptcy. In November 2000, Kv\u00e6rner sold its "
 "Construction Division to the Swedish company Skanska."]
KEPT["wp-kvaerner"] = ("kvaerner-uncensored-wiki.txt", KVAERNER)
R.append(wp("wp-kvaerner", "Kv\u00e6rner",
 "http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/Kv\u00e6rner.html",
 "\n\n".join(MARK.sub("", p) for p in KVAERNER),
 "engineering/shipbuilding", ["history", "acquisition", "executives", "merger"],
 "The article as the-uncensored-wiki.com's copy of the Kiwix dump 2012-wikipedia_en_all_nopic_01_2012 holds it in the "
 "page store (the article as it stood in about January 2012; no revision id held; the lead's 'will be spun off and "
 "listed on Oslo Stock Exchange in 3rd quarter of 2011' written before that listing). Cut: the title line "
 "'Kv\u00e6rner'; the infobox lines ('Kv\u00e6rner ASA', 'Type Public', 'Industry Heavy industry', 'Founded 1853', "
 "'Headquarters Oslo, Norway', 'Website http://www.kvaerner.com', so 'Kv\u00e6rner ASA' is not in the text; cut as "
 "batches 57p-68c cut their infoboxes); the heading 'History'; the citation markers '[1]', '[2]', '[3]'; cut after "
 "'... sold its Construction Division to the Swedish company Skanska.', before the sentence the excerpt breaks off in "
 "('In November 2001, Kv\u00e6rner was forced to merge with its rival Aker ASA, a', no full stop; `truncated`; a cut at "
 "a sentence and paragraph end). Paragraphs joined with blank lines, as in the copy. No word added or changed. Kept as "
 "written: 'Kv\u00e6rner was a Norway-based engineering and construction services company in existence between 1853 "
 "and 2005 when it was merged with Aker ASA.', 'The Kv\u00e6rner name was used in the subsidiary Aker Kv\u00e6rner until "
 "April 3, 2008 when it changed name to Aker Solutions.' (no comma after '2008'), 'Kv\u00e6rner re-emerged on 6. May "
 "2011' (the date as written, with its full stop), 'will be spun off and listed on Oslo Stock Exchange in 3rd quarter "
 "of 2011.' (no 'the'), 'Erik T\u00f8nseth became CEO of Kv\u00e6rner in 1989, and under his leadership the company "
 "underwent large-scale international expansion, acquring the state-owned Govan Shipbuilders from British "
 "Shipbuilders.' (the spelling 'acquring'), 'In 1992 Kv\u00e6rner acquired the Swedish company G\u00f6taverken.', 'In "
 "1996, Kv\u00e6rner acquired the UK conglomerate Trafalgar House and moved its international headquarters from Oslo to "
 "London.', 'Kjell Almskog became CEO in 1998, and implemented various plans to streamline the company.', 'This "
 "included the sale of the Cunard Line (a division of Trafalgar House) to Carnival Corporation, the sale of Kvaerner "
 "Govan to BAE Systems and the sale of Chemrec to Babcock Borsig.' ('Kvaerner' spelt without the '\u00e6' here), 'The "
 "economic slowdown in 2001 and a series of management missteps brought the company to the brink of bankruptcy. In "
 "November 2000, Kv\u00e6rner sold its Construction Division to the Swedish company Skanska.' (the years in this order). "
 + TYPED + "272 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 (a 2012 dump, before Wikimedia's "
 "June 2023 move to 4.0; doubtful: no revision id held, and the site's own terms were not found, as batches 38n and "
 "40t recorded their copies from it). Found at rank 1 of the query 'Kv\u00e6rner Norwegian engineering shipbuilding "
 "company history merged Aker Wikipedia' (Kv\u00e6rner: a name of the 'not searched' lists of rounds 67ae and 68c); "
 "shadowiki.de (rank 2, a German fiction wiki), en.m.wiki.x.io's copy of the current 'Kv\u00e6rner' article (rank 3: "
 "its lead summary and infobox, the History section only begun; the older copy's executives and dated purchases "
 "preferred), expo21xx.com (rank 4, a trade directory's profile), fundinguniverse.com and company-histories.com "
 "(ranks 5 and 8, reference-book histories, no open licence), snl.no (rank 6, a Norwegian encyclopedia) and "
 "akerasa.com (rank 7, the company's own timeline) not used. Kv\u00e6rner, Kvaerner, T\u00f8nseth, Almskog, "
 "G\u00f6taverken, Trafalgar House, Chemrec, Babcock Borsig, Skanska, British Shipbuilders: " + CHECKED + ", "
 "GATHERING.md aside, where Kv\u00e6rner stood only in earlier rounds' lists and leads (Cunard stands in train "
 "wp-inman-line, wp-white-star-line and other texts, the line's own history, another matter; Govan in a test text "
 "of 2010 on the QE2, another matter; 'Aker' only inside other words and names; Oslo, London and Norway in other "
 "texts, other matters).",
 "non-US", v3=True,
 copy_of="the Wikipedia article as it stood in about January 2012, a the-uncensored-wiki.com Kiwix dump"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[ citation needed ]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed)\s*\]", "", s).split())


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

#!/usr/bin/env python3
"""Batch 66p (session 60; gatherer lane 66p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-66m, kept to three American companies, new to the corpus, turned from the leads of batches 66h and 66k:
Tandem Computers, Inc., the maker of fault-tolerant computer systems founded by Jimmy Treybig in 1974 in Cupertino,
California, a server division within Compaq from 1997 and now within Hewlett Packard Enterprise after Hewlett-Packard's
acquisition of Compaq and Hewlett-Packard's split into HP Inc. and Hewlett Packard Enterprise, maker of the NonStop
systems (computers, US); Jewel-Osco, the Chicago-area supermarket chain headquartered in Itasca, a wholly owned
subsidiary of Albertsons since 1999 and acquired by American Stores in 1984, founded in Chicago in 1899 by Frank Vernon
Skiff, renamed the Jewel Tea Company in 1902 when Skiff partnered with Frank P. Ross, returned to profit under John M.
Hancock and Maurice H. Karker (grocery retail, US); and Grand Union Supermarkets (Grand Union Family Markets), the
grocery chain founded in Scranton, Pennsylvania, sold out of Chapter 7 bankruptcy to C&S Wholesale Grocers in 2001 and
to Tops Friendly Markets in 2012, its name discontinued in 2013 (grocery retail, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): wiki.munthe.me's Kiwix copy wikipedia_en_all_maxi_2025-08 of 'Tandem Computers', owiki.org's copy of
'Jewel-Osco' (held at the redirect's address Jewel_Companies, a 2025 revision) and review.clateway.com's view_html.php
copy of 'Grand Union (supermarket)' (a 2024 or later revision); each cut at a sentence end before the sentence its
excerpt breaks off in (`truncated`). Edits per item in `notes` (title lines, infobox lines, section headings and
citation markers cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather67p/src), the markers ('[1]', '[edit]', '[citation needed]') dropped
and whitespace runs compared as one space, as batches 55e-66m did. No text tells an outage or a near-miss of one (a
division's change of owner, wartime cost rises, a commandeered facility, a bankruptcy and a rebranding are business
events; Tandem's text tells how its systems mask failures, with no failure that happened). newskg (or any extractor)
was not run on any text. A round of three: eight queries, three answered with English Wikipedia text on a company not
yet in the corpus and were taken; Mascot Pictures, Software Arts (twice), Control Video Corporation and Bradlees were
not (round notes, /work/notes/gather67/66p.md; queries, /tmp/gather67p/src/queries.txt).
usage: batch66p.py [POOL_DIR] [--dry]   (default /tmp/gather67p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather67p/pool"
SRC = "/tmp/gather67p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and in the session-60 pools "
           "(/tmp/gather67*/pool) as they stood when checked (`grep -rilF`, file names only); in GATHERING.md only as "
           "names earlier rounds checked, looked at or left as leads, and in /work/notes/gather67/CLAIMS.txt only in "
           "this round's own claim")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[\d+\]")

# ---- computers, US: Tandem Computers (wiki.munthe.me's Kiwix copy, 2025-08) ---------------------------------------
TC = [
 "Tandem Computers, Inc. was the dominant manufacturer of fault-tolerant computer systems for ATM networks, banks, "
 "stock exchanges, telephone switching centers, 911 systems, and other similar commercial transaction processing "
 "applications requiring maximum uptime and no data loss. The company was founded by Jimmy Treybig in 1974[1] in "
 "Cupertino, California. It remained independent until 1997, when it became a server division within Compaq. It is "
 "now a server division within Hewlett Packard Enterprise, following Hewlett-Packard's acquisition of Compaq and the "
 "split of Hewlett-Packard into HP Inc. and Hewlett Packard Enterprise.",
 "Tandem's NonStop systems use a number of independent identical processors, redundant storage devices, and redundant "
 "controllers to provide automatic high-speed \"failover\" in the case of a hardware or software failure. To contain "
 "the scope of failures and of corrupted data, these multi-computer systems have no shared central components, not "
 "even main memory. Conventional multi-computer systems all use shared memories and work directly on shared data "
 "objects. Instead, NonStop processors cooperate by exchanging messages across a reliable fabric, and software takes "
 "periodic snapshots for possible rollback of program memory state.",
 "Besides masking failures, this \"shared-nothing\" messaging system design also scales to the largest commercial "
 "workloads. Each doubling of the total number of processors doubles system throughput, up to the maximum "
 "configuration of 4000 processors."]
KEPT["wp-tandem-computers"] = ("tandem-munthe.txt", TC)
R.append(wp("wp-tandem-computers", "Tandem Computers",
 "https://wiki.munthe.me/content/wikipedia_en_all_maxi_2025-08/Tandem_Computers",
 "\n\n".join(MARK.sub("", p) for p in TC),
 "computer hardware", ["history", "founding", "founders", "divisions", "acquisitions", "products"],
 "The article as wiki.munthe.me's Kiwix copy 'wikipedia_en_all_maxi_2025-08' holds it in the page store (a ZIM file "
 "of English Wikipedia of August 2025, as its address says; no revision id held; en.m.wikipedia.org's rendering, "
 "held behind two proxies at ranks 3 and 6 of the same query, has the same lead word for word with the infobox line "
 "'Founded1974; 50 years ago', a 2024 rendering). Cut: the title line 'Tandem Computers'; the infobox, a table of "
 "lines ('| Company type | Division |', '| Founded | 1974 |', '| Founder | James Treybig |', '| Fate | Acquired by "
 "Compaq in 1997, then by Hewlett-Packard |', '| Headquarters | Cupertino, California |', '| Area served | "
 "Worldwide |', '| Products | Servers, fault tolerant computer systems |', '| Brands | NonStop |', '| Services | "
 "Hardware consulting, software consulting |', '| Number of employees | 12,000 at its peak |' and the table's rule "
 "lines), so the infobox's 'James Treybig' and 'Acquired by Compaq' are not in the text (cut as batches 54zu-66m cut "
 "their infoboxes); the citation marker '[1]' after '1974' (no space before it); cut in the third paragraph after "
 "'... up to the maximum configuration of 4000 processors.', before the sentence the excerpt breaks off in ('In "
 "contrast, the performance of conventional multiproces'; `truncated`; a cut inside a paragraph, at a sentence end). "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'the dominant manufacturer of "
 "fault-tolerant computer systems for ATM networks, banks, stock exchanges, telephone switching centers, 911 "
 "systems, and other similar commercial transaction processing applications requiring maximum uptime and no data "
 "loss', 'The company was founded by Jimmy Treybig in 1974 in Cupertino, California', 'It remained independent "
 "until 1997, when it became a server division within Compaq', 'It is now a server division within Hewlett Packard "
 "Enterprise, following Hewlett-Packard's acquisition of Compaq and the split of Hewlett-Packard into HP Inc. and "
 "Hewlett Packard Enterprise' ('Hewlett-Packard' hyphenated, 'Hewlett Packard Enterprise' not), 'Tandem's NonStop "
 "systems', 'automatic high-speed \"failover\"' and 'this \"shared-nothing\" messaging system design' (straight "
 "quotes), 'not even main memory', 'the maximum configuration of 4000 processors' (no comma in '4000'). 211 words. "
 "No outage and no near-miss of one told (the text tells how the systems contain hardware and software failures, "
 "with no failure that happened; a division's change of owner is a business event). Recorded CC BY-SA 4.0 (a copy "
 "of 2025, after Wikimedia's June 2023 move to 4.0). Found at rank 8 of the query 'Tandem Computers founded 1974 "
 "Jimmy Treybig Cupertino NonStop acquired by Compaq 1997', the copy batch 66h named as a lead; idcafe.net (rank 1; "
 "a question-and-answer rewrite), nonstopinsider.com (rank 2; a column), a workers.dev proxy of en.m.wikipedia.org "
 "(rank 3), bitug.com (rank 4; a user group's page), computermagazineinfo.blogspot.com (rank 5; a blog's copy with "
 "a video line inside), ixistenz.ch (rank 6; a render proxy of en.m.wikipedia.org) and goanand.com (rank 7; a "
 "personal history page) not used. Tandem Computers, Treybig: " + CHECKED + " ('Tandem' alone in train's "
 "wp-scottish-amicable, dev's wp-mute-records and batches 40ze and 60i's scripts, as another word or name; 'Compaq' "
 "and 'Hewlett Packard Enterprise' in texts on other matters, none on Tandem; 'NonStop' only as another word).", "US",
 copy_of="the Wikipedia article, a Kiwix ZIM copy of August 2025"))

# ---- grocery retail, US: Jewel-Osco (owiki.org's copy, 2025) -------------------------------------------------------
JO = [
 "Jewel-Osco is a regional supermarket chain in the Chicago metropolitan area, headquartered in Itasca, a western "
 "suburb. In 2025, the company had 189 stores across northern, central, and western Illinois; eastern Iowa; and "
 "portions of northwest Indiana. Jewel-Osco has been a wholly owned subsidiary of Boise-based Albertsons since 1999. "
 "The company originally started as a door-to-door coffee delivery service before it expanded into delivering "
 "non-perishable groceries and later into grocery stores, and supermarkets. Prior to its 1984 acquisition by American "
 "Stores, Jewel evolved into a large multi-state holding company that operated several supermarket chains and other "
 "non-food retail chain stores located from coast to coast and had operated under several different brand names.",
 "In 1899, Frank Vernon Skiff founded Jewel in Chicago as a door-to-door coffee delivery service. In 1902, Skiff "
 "partnered with his brother-in-law Frank P. Ross, renaming the venture the Jewel Tea Company. By 1903, they had six "
 "routes, then 12 routes in 1904 with expansion into Michigan City, Kankakee, and Kewanee. There were 850 routes by "
 "1915. In the early 1900s, it ran a \"coffee train\" of 40 cars carrying coffee beans exported from South "
 "America.During WWI, the company faced soaring costs for materials and production. Compounding this, the US "
 "government commandeered a key Jewel production facility. As a result, by 1919 the company was experiencing severe "
 "financial setbacks. Within a few years, it returned to profitability through the leadership of new company "
 "officials: retired Commanders John M. Hancock and Maurice H. Karker, who had both gained extensive logistics "
 "experience as US Navy supply officers during the war.",
 "In 1929, the company built a new office, warehouse, and coffee roasting facility in suburban Barrington, Illinois, "
 "creating hundreds of local jobs despite the Great Depression."]
KEPT["wp-jewel-osco"] = ("jewel-owiki.txt", JO)
R.append(wp("wp-jewel-osco", "Jewel-Osco", "https://owiki.org/wiki/Jewel_Companies", "\n\n".join(JO),
 "grocery retail", ["history", "founding", "founders", "executives", "ownership", "acquisitions"],
 "The article as owiki.org's copy holds it in the page store, at the address of the redirect 'Jewel Companies' (its "
 "title line and lead name the article 'Jewel-Osco'; no revision id held; a 2025 revision: its lead says 'In 2025, "
 "the company had 189 stores' and 'has been a wholly owned subsidiary of Boise-based Albertsons since 1999', where "
 "piglix.com's older copy, rank 8 of the same query, says 'Jewel-Osco has 185 stores' and 'Jewel-Osco and Jewel are "
 "currently wholly owned subsidiaries of Boise, Idaho-based Albertsons'). Cut: the title line 'Jewel-Osco'; the "
 "section headings 'History' and 'Beginnings with home deliveries' (the copy has no infobox in the excerpt and no "
 "citation markers); cut in the third paragraph after '... creating hundreds of local jobs despite the Great "
 "Depression.', before the sentence the excerpt breaks off in ('The Barrington location served as the headquarters "
 "a'; `truncated`; a cut inside a paragraph, at a sentence end). Paragraphs joined with blank lines. No word added or "
 "changed. Kept as written: 'headquartered in Itasca, a western suburb', 'northern, central, and western Illinois; "
 "eastern Iowa; and portions of northwest Indiana' (semicolons), 'a wholly owned subsidiary of Boise-based "
 "Albertsons since 1999' ('Albertsons' without an apostrophe), 'into grocery stores, and supermarkets' (the comma "
 "before 'and'), 'Prior to its 1984 acquisition by American Stores, Jewel evolved into a large multi-state holding "
 "company', 'In 1899, Frank Vernon Skiff founded Jewel in Chicago as a door-to-door coffee delivery service', 'In "
 "1902, Skiff partnered with his brother-in-law Frank P. Ross, renaming the venture the Jewel Tea Company', 'then 12 "
 "routes in 1904 with expansion into Michigan City, Kankakee, and Kewanee', 'a \"coffee train\" of 40 cars' "
 "(straight quotes), 'exported from South America.During WWI,' (no space after the full stop, as the copy has it), "
 "'the US government commandeered a key Jewel production facility', 'through the leadership of new company "
 "officials: retired Commanders John M. Hancock and Maurice H. Karker, who had both gained extensive logistics "
 "experience as US Navy supply officers during the war' ('Commanders' capitalised), 'in suburban Barrington, "
 "Illinois'. 287 words (as `split()` counts them, 'America.During' as one). No outage and no near-miss of one "
 "told (wartime costs, a facility commandeered by a "
 "government and financial setbacks are business events). Recorded CC BY-SA 4.0 (a 2025 revision, after Wikimedia's "
 "June 2023 move to 4.0). Found at rank 4 of the query 'Jewel Tea Company history Frank Vernon Skiff Frank P. Ross "
 "1899 Chicago Osco Drug American Stores 1984', the article batch 66h named as a lead; "
 "encyclopedia.chicagohistory.org (rank 1; copyrighted), visualfoodie.com (ranks 2, 6; a blog), nalcc.org (rank 3; "
 "a collectors' club page), jewelosco125.kinsta.cloud (rank 5; the company's own anniversary page), "
 "newtondailynews.com (rank 7; news) and piglix.com (rank 8; free, an older revision with an infobox, the 2025 copy "
 "taken instead) not used. Jewel-Osco, Jewel Tea, Skiff, Karker, Itasca: " + CHECKED + " ('Jewel' alone only as "
 "jewels and jewellery in texts on other matters; 'American Stores' and 'Albertson' in the FTC texts of batches "
 "65r, 66a and 66g, other matters, none naming Jewel; 'John M. Hancock' in GATHERING.md only in batch 66h's "
 "lead).", "US",
 copy_of="the Wikipedia article 'Jewel-Osco', held at owiki.org under the redirect 'Jewel Companies'"))

# ---- grocery retail, US: Grand Union (review.clateway.com's view_html.php copy, 2024 or later) ----------------------
GU = [
 "Grand Union Supermarkets, later known as Grand Union Family Markets and often referred to simply as Grand "
 "Union,[1] is an American chain of grocery stores that does business in upstate New York and Vermont, and used to "
 "do business throughout most of the northeastern United States. It operated stores in other areas of the country, "
 "including the midwestern and southeastern states, and internationally in the Caribbean and Canada. The company "
 "was founded and headquartered in Scranton, Pennsylvania, and moved to Brooklyn, New York, in the early 20th "
 "century. Grand Union moved again to Elmwood Park, New Jersey, and finally to Wayne, New Jersey, before the company "
 "was forced into Chapter 7 bankruptcy in 2001 and sold to C&S Wholesale Grocers.",
 "After C&S bought Grand Union, it down-scaled most of its operations, keeping only a number of stores in upstate New "
 "York and New England open. The chain was sold to Tops Friendly Markets in 2012; in 2013 Tops rebranded the "
 "remaining Grand Union stores with the Tops logo and the Grand Union name was discontinued."]
KEPT["wp-grand-union-supermarket"] = ("grandunion-clateway.txt", GU)
R.append(wp("wp-grand-union-supermarket", "Grand Union (supermarket)",
 "https://review.clateway.com/wiki/view_html.php?q=Grand_Union_%28supermarket%29",
 "\n\n".join(MARK.sub("", p) for p in GU),
 "grocery retail", ["history", "acquisitions", "ownership", "bankruptcy", "rebranding"],
 "The article as review.clateway.com's view_html.php copy holds it in the page store (no revision id held; a "
 "revision of 2024 or later: its infobox says 'Number of locations | 11 (2024) |' and 'November 9, 2021 "
 "(Revival)'). Cut: the infobox, a table of lines ('Company type | Private |', 'Industry | |', 'Founded | Scranton, "
 "Pennsylvania, U.S. (1872 , as Jones Brothers Tea Company) (Original), November 9, 2021 (Revival) |', 'Founder | "
 "Cyrus D. Jones |', 'Defunct | July 2, 2013 | (Original)', 'Fate | The original company was purchased by C&S "
 "Wholesale Grocers in 2001 and downsized. ...', 'Headquarters | ...', 'Number of locations | 11 (2024) |', "
 "'Website | grandunion |' and the rule line), so its founder Cyrus D. Jones, the Jones Brothers Tea Company, the "
 "year 1872 and Price Chopper are not in the text (cut as batches 54zu-66m cut their infoboxes); the citation marker "
 "'[1]' after 'Grand Union,' (no space before it); cut in the second paragraph after '... and the Grand Union name "
 "was discontinued.', before the sentence the excerpt breaks off in ('After Tops and Price Chopper Supermarkets "
 "merged in 2021, th'; `truncated`; a cut inside a paragraph, at a sentence end). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: 'Grand Union Supermarkets, later known as Grand Union Family "
 "Markets and often referred to simply as Grand Union', 'does business in upstate New York and Vermont, and used to "
 "do business throughout most of the northeastern United States', 'internationally in the Caribbean and Canada', "
 "'was founded and headquartered in Scranton, Pennsylvania, and moved to Brooklyn, New York, in the early 20th "
 "century', 'forced into Chapter 7 bankruptcy in 2001 and sold to C&S Wholesale Grocers', 'After C&S bought Grand "
 "Union, it down-scaled most of its operations' ('down-scaled' hyphenated), 'The chain was sold to Tops Friendly "
 "Markets in 2012; in 2013 Tops rebranded the remaining Grand Union stores with the Tops logo and the Grand Union "
 "name was discontinued' (a semicolon). 175 words. No outage and no near-miss of one told (a bankruptcy, a sale, "
 "down-scaled operations and a rebranding are business events). Recorded CC BY-SA 4.0 (a revision of 2024 or later, "
 "after Wikimedia's June 2023 move to 4.0). Found at rank 3 of the query 'Grand Union supermarket chain Jones "
 "Brothers Tea Company Scranton 1872 Cyrus D. Jones history', the copy batch 66h named as a lead (its founder only "
 "in the infobox, as that round found; the query on the founder's words reached no fuller free history); "
 "pleasantfamilyshopping.blogspot.com (rank 1), mall-hall-of-fame.blogspot.com (rank 2) and "
 "ramblinwitham.blogspot.com (rank 8) (blogs), groceteria.com (rank 4; a forum), fadingad.com (rank 5; a blog "
 "quoting Wikipedia with its own photos), lcmemoirs.com (rank 6) and oldmainartifacts.wordpress.com (rank 7; a blog "
 "quoting a copyrighted company history) not used. Grand Union, C&S Wholesale, Tops Friendly, Tops Markets, Price "
 "Chopper: " + CHECKED + " ('Grand Union' also in batch 66g's section as a name checked and not found).", "US",
 copy_of="the Wikipedia article"))


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

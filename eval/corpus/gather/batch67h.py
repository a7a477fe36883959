#!/usr/bin/env python3
"""Batch 67h (session 61; gatherer lane 67h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-66h, kept to three American companies of the sectors the brief named (banking, retail, food), new to
the corpus and chosen from names not yet queried by the lists of leads of batches 66b, 66h, 66p and 67b: the Franklin
National Bank of Long Island, founded as the Franklin Square National Bank, whose president Arthur T. Roth was removed
as CEO by Harold Gleason and lost the chair, Gleason then inviting Laurence Tisch in as vice chairman (banking, US);
Jordan Marsh, the Boston department store chain founded by Eben Dyer Jordan and Benjamin L. Marsh, acquired by Hahn
Department Stores, which Allied Stores acquired, Allied and Federated Department Stores purchased by the Campeau
Corporation, Allied consolidated into Federated and the stores converted to Macy's (retail, US); and Stouffer's, the
frozen food brand owned by Nestle, whose family business began as the Cottage Creamery Co. of James B. Stouffer and
his son Abraham E. Stouffer, its vice president, and went on as the Medina County Creamery Company (food, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): liquisearch.com's copy of the section 'History and Banking Innovations' of 'Franklin National Bank'
(undated), en.wikipedia.org's '= Title =' rendering of 'Jordan Marsh' (undated, recent) and en.wikipedia.org's 'Jump
to navigation' rendering of "Stouffer's" (its infobox's '99 years ago (1922)' dates it to 2021). Edits per item in
`notes` (title lines, the 'From Wikipedia' and 'Jump to navigation' chrome lines, infobox lines, a site's trailer,
section headings, list bullets and citation markers cut; paragraphs joined with blank lines; no word added or
changed); each cut at a paragraph or sentence end, or kept whole as the copy's one section (`truncated` in all three:
a section of a longer article, or a cut before the paragraph or sentence the excerpt breaks off in). `verify()` checks
every kept paragraph against the saved excerpt (/tmp/gather68h/src), the markers ('[1]', '[edit]', '[citation
needed]') dropped and whitespace runs compared as one space, as batches 55e-66h did. No text tells an outage or a
near-miss of one (foundings, renamings, a merger, removals from posts, acquisitions, a consolidation, store
conversions, an incorporation and a change of address are business events). newskg (or any extractor) was not run on
any text. A round of three: four queries, three answered with English Wikipedia text on a company not yet in the
corpus and were taken (round notes, /work/notes/gather68/67h.md; queries, /tmp/gather68h/src/queries.txt).
usage: batch67h.py [POOL_DIR] [--dry]   (default /tmp/gather68h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_3

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather68h/pool"
SRC = "/tmp/gather68h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-61 pools (/tmp/gather68*/pool) and in /work/notes/gather68/CLAIMS.txt and "
           "/work/notes/gather67/CLAIMS.txt as they stood when checked (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []
MARK = re.compile(r"\[(\d+|edit|citation needed)\]")

# ---- banking, US: Franklin National Bank (liquisearch.com's copy of one section, undated) --------------------------
FN = [
 "The bank was founded as Franklin Square National Bank in 1926 (but changed its name to Franklin National Bank in "
 "1947). Arthur T. Roth joined the bank in 1934 as head teller and became president in 1946. Under his leadership, "
 "Franklin National Bank introduced many banking innovations, such as:",
 "Junior savings accounts (1947)",
 "The drive up teller window (1950)",
 "The bank credit card (1951)",
 "A no-smoking policy on banking floors (1958)",
 "Installed outdoor teller machines at branch banks (1968)",
 "Franklin Savings Bond which later developed into the Certificate of Deposit. (1969)",
 "In 1964, Franklin opened branch offices in New York City, and in 1967 merged with Federation Bank & Trust Company. "
 "In 1968, Roth was removed as CEO by his prot\u00e9g\u00e9, Harold Gleason, after an alleged conflict of interest "
 "real estate scandal involving Donald Roth and the proposed airfield development at Calverton, NY (see Newsday). In "
 "1970, Roth lost his position as Chairman and was pushed off the board of directors in favor of an influential "
 "future promised by Michele Sindona. Gleason then became Chairman and Chief Executive Officer, inviting Laurence "
 "Tisch to join as Vice Chairman as he was a 22% shareholder."]
KEPT["wp-franklin-national-bank"] = ("fnb-liquisearch.txt", FN)
R.append(wp("wp-franklin-national-bank", "Franklin National Bank",
 "http://www.liquisearch.com/franklin_national_bank/history_and_banking_innovations", "\n\n".join(FN),
 "banking", ["history", "founding", "renaming", "executives", "merger"],
 "The article's section 'History and Banking Innovations' as liquisearch.com (a site copying Wikipedia articles "
 "section by section; batches 23b, 32d, 35o, 65f, 65h, 65n and 66i used its copies) holds it in the page store "
 "(https://liquisearch.com/franklin_national_bank/history_and_banking_innovations; no date or revision id held; an "
 "older revision: the section lacks the purchases of 1955 and the building history that wikimili.com's and soft.lk's "
 "later copies in the same store have; recorded 3.0 as batches 65f, 65n and 66i recorded their liquisearch.com "
 "copies). Cut: the title line 'Franklin National Bank - History and Banking Innovations' and the heading 'History "
 "and Banking Innovations'; after the section, the site's lines 'Read more about this topic:  Franklin National Bank' "
 "and 'Famous quotes containing the words history, banking and/or innovations:' with the quotation under them (the "
 "site's boilerplate, not the article's; it breaks off in 'Sunday Ti'); the list's bullets ('  \u2022 ') left out, "
 "each of the six items its own paragraph, as batches 55b, 65b and 65h kept lists. The section is kept whole "
 "(`truncated`: a section of a longer article, whose lead, the collapse of 1974 and other sections the page does not "
 "serve, so 'October 8, 1974' and the bank's failure are not in the text). The copy has no citation markers. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The bank was founded as Franklin "
 "Square National Bank in 1926 (but changed its name to Franklin National Bank in 1947).' (the parenthesis with "
 "'but', as written), 'Arthur T. Roth joined the bank in 1934 as head teller and became president in 1946', 'Under "
 "his leadership, Franklin National Bank introduced many banking innovations, such as:', 'The drive up teller window "
 "(1950)' (no hyphen), 'Franklin Savings Bond which later developed into the Certificate of Deposit. (1969)' (the "
 "full stop before the year, as written), 'In 1964, Franklin opened branch offices in New York City, and in 1967 "
 "merged with Federation Bank & Trust Company', \"In 1968, Roth was removed as CEO by his prot\u00e9g\u00e9, Harold "
 "Gleason, after an alleged conflict of interest real estate scandal involving Donald Roth and the proposed airfield "
 "development at Calverton, NY (see Newsday)\" (the editors' pointer to a newspaper, not a quotation of it), 'In "
 "1970, Roth lost his position as Chairman and was pushed off the board of directors in favor of an influential "
 "future promised by Michele Sindona', 'Gleason then became Chairman and Chief Executive Officer, inviting Laurence "
 "Tisch to join as Vice Chairman as he was a 22% shareholder' (capitals as written). 193 words. No outage and no "
 "near-miss of one told (a founding, a renaming, new products, branch openings, a merger and removals from posts are "
 "business events). Found at rank 5 of the query 'Franklin Square National Bank founded 1926 changed its name 1947 "
 "acquired Roslyn National Bank and Trust Company First National Bank of Glen Cove'; kids.kiddle.co. and "
 "kids.kiddle.co (ranks 1 and 3; a children's rewrite and an infobox), fraser.stlouisfed.org (ranks 2, 4 and 7; "
 "Federal Reserve lists and circulars on other matters), farmingdalelibrary.libguides.com (rank 6; a library guide) "
 "and books.google (rank 8; an offering circular of 1962) not used; the first query ('Franklin National Bank Arthur "
 "T. Roth Long Island Michele Sindona collapse 1974 European American Bank Wikipedia') answered with wikisum.wiki "
 "(rank 1; sentences picked out and reordered), theinfolist.com and absoluteastronomy.com (ranks 2 and 4; glosses "
 "woven in), en-academic.com (rank 3; words run together), wikimili.com (rank 5; free, but its excerpt breaks off in "
 "the Roth paragraph after the NRHP infobox and building history), the-uncensored-wiki.com (ranks 6 and 7; 2006 and "
 "2008 copies, the later with broken link markup) and soft.lk (rank 8; no licence stated on the page), none used. "
 "Franklin National, Franklin Square National, Arthur T. Roth, Gleason, Laurence Tisch, Federation Bank, Sindona, "
 "Donald Roth, Calverton: " + CHECKED + " ('Tisch' only inside 'Deutsch-Asiatische' in batch 29d's notes and dev's "
 "wp-dresdner-bank, no person).", "US", v3=True,
 copy_of="the Wikipedia article's 'History and Banking Innovations' section, via liquisearch.com"))

# ---- retail, US: Jordan Marsh (en.wikipedia.org '= Title =' rendering, undated) ------------------------------------
JM = [
 "Jordan Marsh was an American department store chain founded in 1841 by Eben Dyer Jordan and Benjamin L. Marsh. It "
 "was headquartered in Boston, Massachusetts, and operated throughout New England. The destruction of the historical "
 "flagship store on Washington Street in Downtown Crossing, built in 1861 and demolished in 1975, contributed to the "
 "creation of the Boston Landmarks Commission. The suburban store at Shoppers' World in Framingham, built in 1951 and "
 "replaced in 1993, was a local landmark because of its large exterior dome.",
 "Jordan Marsh was acquired by Hahn Department Stores in 1928, which itself was acquired by Allied Stores in 1935. "
 "Allied and competing department store holding company Federated Department Stores were purchased by the Campeau "
 "Corporation in 1988, which ultimately resulted in the bankruptcy of both and the consolidation of Allied into "
 "Federated in 1992. Federated dissolved Jordan Marsh and converted stores to Macy's in 1996.",
 "A separate Jordan Marsh Florida division was operated by Allied from 1956 until being converted to Burdines in "
 "1991.",
 "In 1841, Eben Dyer Jordan left his job at a Boston dry goods store and went into business for himself, laying the "
 "foundation for the first Jordan Marsh. Ten years later, Jordan partnered with Boston merchant Benjamin L. Marsh."]
KEPT["wp-jordan-marsh"] = ("jordan-marsh-enwiki.txt", JM)
R.append(wp("wp-jordan-marsh", "Jordan Marsh", "https://en.wikipedia.org/wiki/Jordan_Marsh", "\n\n".join(JM),
 "retail", ["history", "founding", "founders", "acquisitions", "ownership", "divisions"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "recent rendering: its infobox has 'Parent: Hahn Department Stores (1928-1935), Allied Stores (1935-1992), Federated "
 "Department Stores (1992-1996)' and its lead the Boston Landmarks Commission and Shoppers' World sentences that "
 "piglix.com's older copy lacks, and the same lead as the Kiwix copy wikipedia_en_all_mini_2025-06 at wiki.av1.space; "
 "recorded 4.0 as batches 65k-66b recorded their '= Title =' renderings). Cut: the title line '= Jordan Marsh =' and "
 "the infobox lines ('Jordan Marsh & Company', '- Logo: JordanMarshLogo.svg' to '- Parent: Hahn Department Stores "
 "(1928-1935), Allied Stores (1935-1992), Federated Department Stores (1992-1996)', with '- Founders: Eben Dyer "
 "Jordan, Benjamin L. Marsh', '- Fate: Acquisition by Federated Department Stores' and '- Successor: Macy's'), so "
 "'Jordan Marsh & Company' and the parents' year ranges are not in the text (cut as batches 54zu-66h cut their "
 "infoboxes); the heading '== 19th century history =='; cut at the end of the fifth paragraph's second sentence "
 "('... Jordan partnered with Boston merchant Benjamin L. Marsh.'), before the sentence the excerpt breaks off in "
 "('They began by selling linen, silk, and other dry goods from Europe to wholesa'; `truncated`; a cut at a sentence "
 "end). The rendering has no citation markers. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'Jordan Marsh was an American department store chain founded in 1841 by Eben Dyer Jordan and Benjamin L. "
 "Marsh', 'The destruction of the historical flagship store on Washington Street in Downtown Crossing, built in 1861 "
 "and demolished in 1975, contributed to the creation of the Boston Landmarks Commission', \"The suburban store at "
 "Shoppers' World in Framingham, built in 1951 and replaced in 1993\", 'Jordan Marsh was acquired by Hahn Department "
 "Stores in 1928, which itself was acquired by Allied Stores in 1935', 'Allied and competing department store holding "
 "company Federated Department Stores were purchased by the Campeau Corporation in 1988, which ultimately resulted in "
 "the bankruptcy of both and the consolidation of Allied into Federated in 1992', \"Federated dissolved Jordan Marsh "
 "and converted stores to Macy's in 1996\", 'A separate Jordan Marsh Florida division was operated by Allied from 1956 "
 "until being converted to Burdines in 1991', 'In 1841, Eben Dyer Jordan left his job at a Boston dry goods store and "
 "went into business for himself, laying the foundation for the first Jordan Marsh', 'Ten years later, Jordan "
 "partnered with Boston merchant Benjamin L. Marsh' (the lead's joint founding of 1841 beside the history's "
 "partnership of ten years later, as written). 207 words. No outage and no near-miss of one told (acquisitions, a "
 "purchase, bankruptcies, a consolidation, a store's demolition and store conversions are business events). Found at "
 "rank 2 of the query \"Jordan Marsh department store Boston founded Eben Dyer Jordan Benjamin L. Marsh Allied Stores "
 "Federated Macy's Wikipedia\"; wiki.av1.space (rank 1; a Kiwix mini copy, the lead only), theinfolist.com (rank 3; "
 "glosses woven in), piglix.com (rank 4; free, an older revision without the holding companies' years), "
 "wikipedia2007.classicistranieri.com (rank 5; a 2007 copy), sagapedia.com (rank 6; a spun introduction added), "
 "spokesman.com (rank 7; an Associated Press story, copyrighted) and wikiland.org (rank 8; French, 'Eben Dyer "
 "Jordan') not used. Jordan Marsh, Eben Dyer Jordan, Benjamin L. Marsh, Hahn Department, Allied Stores, Federated "
 "Department, Campeau, Burdines, Boston Landmarks, Shoppers' World: " + CHECKED + " (\"Macy's\" in train's "
 "wp-gimbels, test's wp-beales and batches 60a and 63b, other matters, not opened).", "US"))

# ---- food, US: Stouffer's (en.wikipedia.org 'Jump to navigation' rendering, 2021) ---------------------------------
ST = [
 "Stouffer's is a brand of frozen prepared foods currently owned by Nestl\u00e9.[1] Its products are available in "
 "the United States and Canada. Stouffer's is known for such popular fare as lasagna, macaroni and cheese, meatloaf, "
 "ravioli, and salisbury steak. It also produces a line of reduced-fat products under the banner Lean Cuisine.",
 "The Stouffer family business traces its roots to 1898 when James B. Stouffer and his son Abraham E. Stouffer "
 "started the Cottage Creamery Co.[2][3] at the Sheriff Street Market in Cleveland. In 1901, James's son Abraham E. "
 "Stouffer, at the age of 26, became vice president of the company.[4][5]",
 "In 1905, the Stouffer family established and incorporated the Medina County Creamery Company in Medina, Ohio, with "
 "$20,000 in capital stock.[6]",
 "James B. Stouffer died on November 23, 1908 at age 62 in Orlando, Orange County, Florida,[7] and Abraham took over "
 "the running of the company.",
 "On January 11, 1912, The Medina County Creamery Company filed a change of address to Cleveland.[8] In 1914, the "
 "company had expanded and opened The Medina County Creamery Company Detroit, Michigan branch. By this period the "
 "creamery was the largest manufacturer and wholesaler of creamery products in the city of Cleveland with over 1,500 "
 "farmers supplying Stouffer's Medina County Creamery Co.[9]",
 "In early 1920, Stouffer's lucrative creamery drew the attention of The Fairmont Creamery, now Fairmont Foods, the "
 "largest creamery company in the United States."]
KEPT["wp-stouffers"] = ("stouffers-enwiki.txt", ST)
# built with `record`: the page store holds the rendering at the article's own address with the apostrophe
# percent-encoded ('Stouffer%27s'), which `article` would build as 'Stouffer's' and take for a copy on another address
R.append(record("wp-stouffers", "Stouffer's", "https://en.wikipedia.org/wiki/Stouffer%27s",
 "https://en.wikipedia.org/wiki/Stouffer%27s", "\n\n".join(MARK.sub("", p) for p in ST),
 "food", ["history", "founding", "founders", "executives", "brands", "ownership"],
 EDITS + "The article as en.wikipedia.org's rendering with its page chrome of about 2017-2021 holds it in the page store "
 "('From Wikipedia, the free encyclopedia', 'Jump to navigation Jump to search'; no revision id; its infobox's "
 "'Introduced1922; 99 years ago (1922)' dates the revision to 2021, so CC BY-SA 3.0; an older revision than "
 "wiki90.com's copy, whose lead adds the Canadian exit of February 2023). Cut: the chrome lines 'From Wikipedia, the "
 "free encyclopedia' and 'Jump to navigation Jump to search'; the infobox lines ('Stouffers brand logo.svg', "
 "\"Stouffer's cooked Swedish Meatballs, June 2018.jpg\", \"Stouffer's cooked Swedish Meatballs\", 'Product "
 "typeFrozen food products', 'OwnerNestl\u00e9 (1973)', 'CountryUnited States', 'Introduced1922; 99 years ago "
 "(1922)', 'Related brandsLean Cuisine', 'Previous ownersLitton Industries'), so Litton Industries and the years 1922 "
 "and 1973 are not in the text (cut as batches 54zu-66h cut their infoboxes); the citation markers '[1]' to '[9]' "
 "(nine: '[2][3]' and '[4][5]' two each); cut at the end of the sixth paragraph's first sentence ('... the largest "
 "creamery company in the United States.'), before the sentence the excerpt breaks off in ('In December 1920, Abraham "
 "Stouffer announced his company, The Medina County Creamery Co. of 2171 East 4th Street, Cleveland Ohio would merge "
 "with Fairmont Creamery '; `truncated`; a cut at a sentence end), so the merger of 1920 and its terms are not in the "
 "text. The rendering has no section heading between the lead and the history (its 'History' heading is not in the "
 "excerpt). Paragraphs joined with blank lines. No word added or changed. Kept as written: \"Stouffer's is a brand of "
 "frozen prepared foods currently owned by Nestl\u00e9\", 'It also produces a line of reduced-fat products under the "
 "banner Lean Cuisine', 'The Stouffer family business traces its roots to 1898 when James B. Stouffer and his son "
 "Abraham E. Stouffer started the Cottage Creamery Co. at the Sheriff Street Market in Cleveland' (no comma after "
 "'1898'), \"In 1901, James's son Abraham E. Stouffer, at the age of 26, became vice president of the company\", 'the "
 "Stouffer family established and incorporated the Medina County Creamery Company in Medina, Ohio, with $20,000 in "
 "capital stock', 'James B. Stouffer died on November 23, 1908 at age 62 in Orlando, Orange County, Florida, and "
 "Abraham took over the running of the company' (no comma after '1908'), 'On January 11, 1912, The Medina County "
 "Creamery Company filed a change of address to Cleveland' (a capital 'The' mid-sentence), 'opened The Medina County "
 "Creamery Company Detroit, Michigan branch', \"with over 1,500 farmers supplying Stouffer's Medina County Creamery "
 "Co.\", \"In early 1920, Stouffer's lucrative creamery drew the attention of The Fairmont Creamery, now Fairmont "
 "Foods, the largest creamery company in the United States\". 232 words. No outage and no near-miss of one told (a "
 "founding, an incorporation, a death, a change of address, a branch opening and a rival's attention are business "
 "events). Found at rank 6 of the query \"Stouffer's frozen food company founded Abraham Stouffer Mahala Cleveland "
 "Litton Industries Nestle 1973 Wikipedia\"; en-academic.com (rank 1; an older revision with an image caption line "
 "in the text and 'Abraham and Lena Stouffer'), ohiohistorycentral.org (rank 2; copyrighted), ech-dev.case.edu (rank "
 "3; the Encyclopedia of Cleveland History, copyrighted), theinfolist.com (rank 4; glosses woven in), wiki90.com "
 "(rank 5; a spun introduction added), ebookstuff.com (rank 7; a book's blurb) and wikimili.com's 'Stouffer "
 "Corporation' (rank 8; free, another article whose excerpt holds its infobox and lead only, Litton Industries 1967, "
 "Nestle 1973, Nestle USA, Select Restaurants and Marriott's Renaissance Hotels, no person in its prose; a lead) not "
 "used. Stouffer, Cottage Creamery, Medina County Creamery, Fairmont Creamery, Fairmont Foods, Lean Cuisine: " +
 CHECKED + " ('Nestl' in many texts on other matters, among them train's wp-carnation, not opened for this).", "US",
 licence=LICENCE_3, version="3.0", origin="English Wikipedia (page store)",
 rev="a revision of 2021 by its infobox's '99 years ago (1922)'; revision id not recorded by the page store"))


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

#!/usr/bin/env python3
"""Batch 65h (session 59; gatherer lane 65h): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-64h, kept to three American companies of the sectors the brief preferred (a department-store chain, a
bank, a railway), new to the corpus and turned from the lists of leads of batches 63b, 63h, 64c and 64h:
Wanamaker's, the Philadelphia department-store chain founded in 1861 by John Wanamaker, bought by A. Alfred Taubman
in 1986, acquired from bankruptcy by The May Department Stores Company in 1994 and turned into Hecht's in 1995, with
its founder's first store, Oak Hall, founded with his brother-in-law Nathan Brown (retail, US); the Continental
Illinois National Bank and Trust Company of Chicago, insolvent in May 1984 after bad loans bought from Penn Square
Bank, its oil-lending executive John Lytle, rescued by the FDIC and acquired by BankAmerica in 1994 (banking, US);
and the Monon Railroad, organized in 1847 as the New Albany and Salem Railroad with James Brooks as president, renamed
and reorganized until it became the Chicago, Indianapolis and Louisville Railway in 1897 and the Monon in 1956, John W.
Barriger III its president from 1946, merged into the Louisville and Nashville Railroad in 1971 (railways, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' rendering of "Wanamaker's" (undated, recent), en-academic.com's copy of
'Continental Illinois National Bank and Trust Company' (undated, about 2008-2010) and liquisearch.com's copy of the
'Timeline' section of 'Monon Railroad' (undated, an older revision); the first two cut at a sentence end before the
sentence their excerpts break off in, the third a whole section (`truncated` for all). Edits per item in `notes`
(title, infobox and heading lines cut, a site trailer cut, list bullets left out; paragraphs joined with blank lines;
no word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather66h/src), the
markers ('[1]', '[edit]', '[citation needed]') dropped and whitespace runs compared as one space, as batches 55e-64h
did. No text tells an outage (a bank's insolvency and a run on its deposits, a bankruptcy, the end of passenger
service and a merger are business events). newskg (or any extractor) was not run on any text. A round of three: five
queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken, the rest left
(round notes, /work/notes/gather66/65h.md; queries, /tmp/gather66h/src/queries.txt).
usage: batch65h.py [POOL_DIR] [--dry]   (default /tmp/gather66h/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp, record, EDITS, LICENCE_4

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66h/pool"
SRC = "/tmp/gather66h/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md (the lists of "
           "leads of batches 63b, 63h, 64c and 64h aside), in the session-59 pools (/tmp/gather66*/pool) and in "
           "/work/notes/gather66/CLAIMS.txt as it stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- retail, US: Wanamaker's (en.wikipedia.org's '= Title =' rendering, undated, recent) ----------------------------
WA = [
 "Wanamaker's was an American department store chain founded in 1861 by John Wanamaker. It was one of the first "
 "department stores in the United States, and peaked at 16 locations along the Delaware Valley in the 20th century. "
 "Wanamaker's was purchased by A. Alfred Taubman, who previously purchased the Washington, D.C. department store "
 "Woodward & Lothrop, in 1986. The store was acquired from bankruptcy by The May Department Stores Company in 1994, "
 "and converted all remaining Wanamaker's stores to Hecht's in 1995.",
 "Wanamaker's was influential in the development of the retail industry including as the first store to use price "
 "tags.",
 "John Wanamaker was born in Philadelphia, Pennsylvania, in 1838. Due to a persistent cough, he was unable to join the "
 "U.S. Army to fight in the American Civil War, so instead started a career in business.",
 "In 1861, he and his brother-in-law Nathan Brown founded a men's clothing store in Philadelphia called Oak Hall. "
 "Wanamaker carried on the business alone after Brown's death in 1868. Eight years later, Wanamaker purchased the "
 "abandoned Pennsylvania Railroad station for use as a new, larger retail location."]
KEPT["wp-wanamakers"] = ("wanamakers-enwiki.txt", WA)
# built with `record` (the address held is the article's own, with the apostrophe written '%27' as the page store
# holds it; `article` would build the address with a bare apostrophe and call the rendering a copy)
R.append(record("wp-wanamakers", "Wanamaker's", "https://en.wikipedia.org/wiki/Wanamaker%27s",
 "https://en.wikipedia.org/wiki/Wanamaker%27s", "\n\n".join(WA),
 "retail", ["history", "founding", "founders", "acquisitions", "bankruptcy"],
 EDITS + "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; "
 "taken for a recent rendering, as batches 58p-64c took theirs: its infobox has the fields '- Type: Subsidiary' and "
 "'- Hq Location' and a parent list running to 1995). Cut: the title line \"= Wanamaker's =\"; the infobox lines "
 "(\"Wanamaker's\", '- Logo: John Wanamaker Department Store Final Logo.png' to '- Parent: Carter Hawley Hale Stores "
 "(1978-1986), Woodward & Lothrop (1986-1994), The May Department Stores Company (1994-1995)', with '- Founder: John "
 "Wanamaker', '- Fate: Acquisition by The May Department Stores Company' and \"- Successor: Hecht's\"), so Carter "
 "Hawley Hale Stores, the parents' years, 1300 Market Street and the John Wanamaker Store are not in the text (cut "
 "as batches 54zu-64h cut their infoboxes); the headings '== History ==' and '=== 19th century ==='; cut in the "
 "fourth paragraph after '... for use as a new, larger retail location.', before the sentence the excerpt breaks off "
 "in ('The concept was to renovate the terminal into a \"Grand Depot\" similar to London's Royal Exchange or Paris's "
 "Les Halles and forerunne'; `truncated`; a cut inside a paragraph, at a sentence end). The rendering has no citation "
 "markers. No word added or changed. Kept as written: \"Wanamaker's was an American department store chain founded "
 "in 1861 by John Wanamaker\", 'peaked at 16 locations along the Delaware Valley in the 20th century', \"Wanamaker's "
 "was purchased by A. Alfred Taubman, who previously purchased the Washington, D.C. department store Woodward & "
 "Lothrop, in 1986\" (the year after the relative clause, as written), 'The store was acquired from bankruptcy by The "
 "May Department Stores Company in 1994, and converted all remaining Wanamaker's stores to Hecht's in 1995' (the "
 "subject of 'converted' as written), 'the first store to use price tags', 'John Wanamaker was born in Philadelphia, "
 "Pennsylvania, in 1838', 'he was unable to join the U.S. Army to fight in the American Civil War, so instead started "
 "a career in business', \"In 1861, he and his brother-in-law Nathan Brown founded a men's clothing store in "
 "Philadelphia called Oak Hall\", \"Wanamaker carried on the business alone after Brown's death in 1868\", 'Eight "
 "years later, Wanamaker purchased the abandoned Pennsylvania Railroad station'. 184 words. No outage and no "
 "near-miss of one told (a purchase, a bankruptcy and a conversion of stores are business events). Recorded CC BY-SA "
 "4.0 (doubtful: undated; a recent rendering, as batches 58p-64c recorded their '= Title =' renderings; an older "
 "revision would be 3.0, whose terms the record meets the same way). Found at rank 4 of the query 'John Wanamaker "
 "department store Philadelphia founded 1861 Carlson Pirie Scott acquired Woodward & Lothrop history'; a dataset "
 "viewer on hf-mirror.com (rank 1; the text in 100-character chunks), wap.bdmobi.com (rank 2; a proxy's copy with "
 "the building's register data), franklinbridgenort.wixsite.com (rank 3; a blog), movatter.jp (rank 5; a proxy, "
 "link words run together), epicroadtrips.us (rank 6; an old saved page of the article), untappedcities.com (rank "
 "7; news) and wwd.com (rank 8; news) not used. Wanamaker, Taubman, Woodward & Lothrop, Hecht's, Nathan Brown, Oak "
 "Hall: " + CHECKED + " ('Wanamaker' only in GATHERING.md's lists of leads; 'Taubman' only in GATHERING.md's notes on "
 "the Sotheby's matter, looked at and not taken; 'May Department Stores' in batch 64h's Caldor text, another "
 "matter).", "US", licence=LICENCE_4, version="4.0"))

# ---- banking, US: Continental Illinois (en-academic.com's copy, undated, about 2008-2010) -----------------------------
CI = [
 "The Continental Illinois National Bank and Trust Company was at one time the seventh-largest bank in the United "
 "States as measured by deposits. In May 1984, the bank became insolvent due, in part, to bad loans purchased from the "
 "failed Penn Square Bank N.A. of Oklahoma\u2014loans for the Oklahoma and Texas oil boom of the late 1970s and early "
 "1980s. Due diligence was not properly paid by, among others, John Lytle, an executive in charge of oil lending. "
 "Lytle later pleaded guilty to a count of defrauding Continental of $2.25 million and pocketing $585,000 in "
 "kickbacks for approving risky loan applications. Lytle was sentenced to three and a half years in a federal prison. "
 "The Penn Square failure eventually caused a substantial run on the bank's deposits once it became clear Continental "
 "Illinois was headed for failure. Large depositors withdrew over $10 billion of deposits in early May 1984.",
 "Continental Illinois was considered as \"too big to fail\" at that time by regulatory agencies. The Federal Reserve "
 "and FDIC feared a failure could cause widespread financial trouble and instability. To avert this, regulators "
 "prevented the loss of virtually all deposit accounts and even bondholders. The FDIC infused $4.5 billion to rescue "
 "the bank. A willing merger partner had been sought for two months but could not be found. Eventually, the board of "
 "directors and top management were removed. Bank shareholders were substantially wiped out, although holding-company "
 "bondholders were protected. Until the financial crisis of 2008, Continental Illinois was the largest ever U.S. bank "
 "to be bailed out by the FDIC and Federal Reserve.",
 "The Continental Illinois continued to exist, with some 80% of its shares owned by the federal government, until "
 "BankAmerica acquired it in 1994 to broaden their Midwestern presence."]
KEPT["wp-continental-illinois"] = ("continental-enacademic.txt", CI)
R.append(wp("wp-continental-illinois", "Continental Illinois National Bank and Trust Company",
 "https://en-academic.com/dic.nsf/enwiki/1090476", "\n\n".join(CI),
 "banking", ["history", "insolvency", "executives", "regulators", "acquisitions"],
 "The article as en-academic.com's copy holds it in the page store (no date or revision id held; undated, about "
 "2008-2010, as batches 31d, 56j and 63i dated en-academic.com's copies: its text has 'Until the financial crisis of "
 "2008' and 'In 2007, successor firm Bank of America has', and no 'Early history' section, which "
 "absoluteastronomy.com's later copy adds). Cut: the title line 'Continental Illinois National Bank and Trust "
 "Company' (twice); cut in the third paragraph after '... to broaden their Midwestern presence.', before the sentence "
 "the excerpt breaks off in ('In 2007, successor firm Bank of America has a retail branch and hundreds'; `truncated`; "
 "a cut inside a paragraph, at a sentence end; Bank of America is not in the text). The copy has no infobox, "
 "headings or citation markers in the kept text. No word added or changed. Kept as written: 'at one time the "
 "seventh-largest bank in the United States as measured by deposits', 'bad loans purchased from the failed Penn "
 "Square Bank N.A. of Oklahoma\u2014loans for the Oklahoma and Texas oil boom of the late 1970s and early 1980s' (an "
 "em dash, no spaces), 'Due diligence was not properly paid by, among others, John Lytle, an executive in charge of "
 "oil lending', 'Lytle later pleaded guilty to a count of defrauding Continental of $2.25 million and pocketing "
 "$585,000 in kickbacks', 'Continental Illinois was considered as \"too big to fail\"' (a phrase in quotation marks, "
 "no quoted source), 'The Federal Reserve and FDIC feared', 'The FDIC infused $4.5 billion to rescue the bank', 'A "
 "willing merger partner had been sought for two months but could not be found', 'the board of directors and top "
 "management were removed', 'Until the financial crisis of 2008, Continental Illinois was the largest ever U.S. bank "
 "to be bailed out', 'The Continental Illinois continued to exist, with some 80% of its shares owned by the federal "
 "government, until BankAmerica acquired it in 1994 to broaden their Midwestern presence'. 291 words. No outage and "
 "no near-miss of one told (an insolvency, a run on deposits, a rescue and a criminal plea are business and legal "
 "events, GUIDELINES.md, Outages: business failures). Recorded CC BY-SA 3.0 (a revision of about 2008-2010). Found "
 "at rank 3 of the query 'Continental Illinois National Bank and Trust Company history founded merger Commercial "
 "National Bank 1984 FDIC rescue Bank of America acquired 1994'; encyclopedia.chicagohistory.org (rank 1; the "
 "Encyclopedia of Chicago, copyrighted), the-uncensored-wiki.com (rank 2; free, an older copy with 'pled guilty' and "
 "'To this day', the same facts), absoluteastronomy.com (rank 4; glosses of linked articles woven in), "
 "es.knowledger.de (rank 5; Spanish), gluedideas.com (rank 6; an Encyclopaedia Britannica entry of the 1930s), "
 "bankocis.blogspot.com (rank 7; a blog's copy) and review.clateway.com (rank 8; the current lead only, no person) "
 "not used. Continental Illinois, John Lytle, Penn Square Bank, BankAmerica: " + CHECKED + " ('Continental "
 "Illinois' only in GATHERING.md's lists of leads; 'Penn Square' in train's wp-seafirst-corporation and batch 64c's "
 "scripts, another matter: Seafirst's own losses on the same lender's loans; 'BankAmerica' in train's Seafirst text "
 "and DOJ bank-merger texts on other matters; 'Lytle' only as All American Aviation's Lytle Schooler Adams, another "
 "person).", "US",
 v3=True, copy_of="the Wikipedia article, via en-academic.com, a Wikipedia mirror"))

# ---- railways, US: Monon Railroad, 'Timeline' (liquisearch.com's copy, undated, an older revision) --------------------
MO = [
 "1847: The New Albany and Salem Railroad is organized with James Brooks as president.",
 "1854: The NA&S trackage stretches from the Ohio River (at New Albany) to the Great Lakes (at Michigan City).",
 "1859: The overextended and struggling NA&S is renamed the Louisville, New Albany and Chicago Railroad.",
 "April 30, 1865: The LNA&C becomes one of twenty railroads to haul Abraham Lincoln's funeral train, from Lafayette, "
 "Indiana to Michigan City, Indiana.",
 "1873: The LNA&C Railroad is reorganized as the Louisville, New Albany and Chicago Railway.",
 "1881: The LNA&C consolidates with the Chicago and Indianapolis Air Line Railway, and the trackage of the new "
 "division is soon extended to reach into its namesake cities.",
 "July 1, 1897: The LNA&C is reorganized as the Chicago, Indianapolis and Louisville Railway.",
 "1932: The 300 pound (136 kg) Monon Bell is first presented as the trophy of the annual football matchup between "
 "DePauw University and Wabash College.",
 "1946: John W. Barriger III becomes President of the Monon, bringing aggressive plans for modernization.",
 "June 29, 1949: Final day of steam locomotive service, as the Monon becomes one of the first Class I railroads to "
 "fully convert to diesel motive power.",
 "January 11, 1956: The CI&L officially adopts its longtime nickname, Monon, as corporate title.",
 "1959: The Monon's passenger service between Chicago, Illinois and Indianapolis, Indiana is discontinued. By 1965, "
 "only the Thoroughbred remained, with its single daily roundtrip from Chicago to Louisville.",
 "September 30, 1967: Final day of regularly scheduled passenger train service on the Monon.",
 "July 31, 1971: The Monon is merged into the Louisville and Nashville Railroad.",
 "1999: Portions of the line around Indianapolis were converted to a bicycle and pedestrian trail known as the Monon "
 "Trail."]
KEPT["wp-monon-railroad"] = ("monon-liquisearch.txt", MO)
R.append(wp("wp-monon-railroad", "Monon Railroad", "http://www.liquisearch.com/monon_railroad/timeline",
 "\n\n".join(MO),
 "railways", ["history", "founding", "executives", "renaming", "mergers"],
 "The 'Timeline' section of the article as liquisearch.com (a Wikipedia mirror serving one section a page, as batch "
 "23b recorded its copy) holds it in the page store (no date or revision id held; undated; taken for an older "
 "revision, as batch 23b dated its liquisearch.com copy to about 2012-2013; doubtful: the section's words are those of "
 "wn.com's copy of the article, which adds only '(LNA&C)' in the 1859 item, so nothing in them dates the revision). Cut: the page's title lines ('Monon Railroad - Timeline', 'Timeline') and its trailer ('Read more about "
 "this topic: Monon Railroad'); the list's bullets ('\u2022') left out, each item its own paragraph, as batches 55b and "
 "65b kept lists; the whole section kept, which ends in the excerpt (`truncated`: a section of a longer article, "
 "whose lead and other sections the page does not serve). No citation markers. No word added or changed. Kept as "
 "written: '1847: The New Albany and Salem Railroad is organized with James Brooks as president.', 'The NA&S "
 "trackage stretches from the Ohio River (at New Albany) to the Great Lakes (at Michigan City)', 'The overextended and "
 "struggling NA&S is renamed the Louisville, New Albany and Chicago Railroad', \"The LNA&C becomes one of twenty "
 "railroads to haul Abraham Lincoln's funeral train\", 'The LNA&C Railroad is reorganized as the Louisville, New "
 "Albany and Chicago Railway', 'The LNA&C consolidates with the Chicago and Indianapolis Air Line Railway, and the "
 "trackage of the new division is soon extended to reach into its namesake cities', 'The LNA&C is reorganized as the "
 "Chicago, Indianapolis and Louisville Railway' (no comma after 'Indianapolis' here, where the article's lead, as "
 "wn.com's copy holds it, has one), 'The 300 pound (136 kg) Monon Bell', 'John W. Barriger III becomes President of the Monon' (a capital P), "
 "'The CI&L officially adopts its longtime nickname, Monon, as corporate title', 'By 1965, only the Thoroughbred "
 "remained, with its single daily roundtrip from Chicago to Louisville', 'The Monon is merged into the Louisville and "
 "Nashville Railroad', 'a bicycle and pedestrian trail known as the Monon Trail'. 283 words. No outage and no "
 "near-miss of one told (the end of steam service and of passenger service, a discontinued route and a merger are "
 "business events, planned and permanent). Recorded CC BY-SA 3.0 (an older revision). Found at rank 3 of the query "
 "'Monon Railroad Chicago, Indianapolis and Louisville Railway history founded New Albany and Salem merged Louisville "
 "and Nashville 1971'; wn.com through a proxy (rank 1; a copy of the lead and the timeline, breaking off at 1865), an "
 "excerpt with no address held (rank 2; unattributable), piglix.com (rank 4; the lead and the colleges only, no "
 "person), 1898revenues.blogspot.com (rank 5; a blog), indiana.gov's historical marker (rank 6; a state text, not "
 "federal), trantor.is (rank 7; a book) and monon.org (rank 8; the historical society's timeline, all rights "
 "reserved) not used. Monon, New Albany, Barriger, James Brooks, Louisville and Nashville, 'Chicago, Indianapolis', "
 "Air Line Railway: " + CHECKED + " ('Monon' only in GATHERING.md's lists of leads).", "US",
 v3=True, copy_of="the Wikipedia article's 'Timeline' section, via liquisearch.com, a Wikipedia mirror"))


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

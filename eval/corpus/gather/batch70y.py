#!/usr/bin/env python3
"""Batch 70y (session 64; gatherer lane 70y): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-70p, kept to three American companies new to the corpus, all three names from the lists of leads of
rounds 70b, 70i and 70p or found beside them: the Hamilton Watch Company, the Lancaster, Pennsylvania watch maker
incorporated in 1892, successor of the Keystone Standard Watch Co. started by Abram Bitner, now a brand of the Swatch
Group (watches, US); the Royal Typewriter Company, the typewriter maker founded in Brooklyn in January 1904 by Edward B.
Hess and Lewis C. Myers, financed by Thomas Fortune Ryan, with its Royal Standard, Royal 5 and Royal 10 and its Hartford
factory (typewriters, US); and Steinway & Sons, the piano maker founded by Heinrich Engelhard Steinweg, sold to CBS in
1972, by CBS to Steinway Musical Properties, Inc. and by it to Selmer in 1995 (musical instruments, US). English
Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page):
piglix.com's copy of 'Hamilton Watch Company' (an older revision), cloudflare-ipfs.com's IPFS copy of 'Royal Typewriter
Company' (the snapshot QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco, about 2016-2017) and fact-index.com's copy of
'Steinway & Sons' (an early revision, about 2004). Edits per item in `notes` (site lines, title lines, infobox lines,
headings, citation markers and a trailing broken sentence cut; paragraphs joined with blank lines; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70y/src), the markers dropped
and whitespace runs compared as one space, as batches 55e-70p did. No text tells an outage or a near-miss of one (a
purchase from bankruptcy, mergers, sales and financial woes are business events). newskg (or any extractor) was not
run on any text. A round of three: six queries, three answered with English Wikipedia text on a company not yet in the
corpus and were taken (round notes /tmp/gather70y/NOTES.md; queries, /tmp/gather70y/src/queries.txt; claims in
/work/notes/gather70/CLAIMS.txt).
usage: batch70y.py [POOL_DIR] [--dry]   (default /tmp/gather70y/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70y/pool"
SRC = "/tmp/gather70y/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

MARK = re.compile(r"\s*\[(\d+|lower-alpha \d+|edit|citation needed)\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- watches, US: the Hamilton Watch Company (piglix.com's copy, an older revision) -----------------------------------
HW = [
 "The Hamilton Watch Company is a brand of the Swatch Group, a Swiss watch company based in Bienne, Switzerland. The "
 "Hamilton Watch Company had its genesis as an American watch design and manufacturing company, which incorporated "
 "in 1892 and produced its first watch in 1893.",
 "After its formation, the Hamilton Watch Company went on to manufacture and market pocket watches and wristwatches, "
 "ending American manufacture in 1969. Through a series of mergers and acquisitions, the Hamilton Watch Company "
 "became a diversified conglomerate itself and was subsequently integrated into the Swatch group.",
 "Today the brand is one of more than twenty watch brands belonging to the Swatch Group, the world's largest watch "
 "manufacturer and marketer.",
 "Hamilton succeeded three watch firms manufacturing timepieces in the same facilities in Lancaster, PA, including "
 "the Lancaster Watch Company. The precursor to the Hamilton Watch Co., the Lancaster, Pennsylvania based Keystone "
 "Standard Watch Co., was started by Abram Bitner in 1886 with the purchase of Lancaster Watch Company's factory. "
 "Keystone manufactured watches featuring a patented \"Dust Proof\" design that used a small acrylic \"window\" to "
 "cover the only opening in the plate of the movement. Keystone existed until 1891 when the company was sold to "
 "Hamilton Watch Company.",
 "The Hamilton Watch Company was established in 1892 after Keystone Standard Watch Company was purchased from "
 "bankruptcy. During the same year, Aurora Watch Company of Illinois also merged into Keystone."]
KEPT["wp-hamilton-watch-company"] = ("hamilton-piglix.txt", HW)
R.append(wp("wp-hamilton-watch-company", "Hamilton Watch Company", "http://piglix.com/piglix/Hamilton_Watch_Company",
 "\n\n".join(HW),
 "watches", ["history", "founding", "acquisition", "merger", "ownership"],
 "The opening of the article as piglix.com holds it in the page store: a site copying English Wikipedia articles (an "
 "older revision, undated, no revision id held; its infobox's 'Number of locations ~1,600' and 'Parent The Swatch "
 "Group'; its lead's 'had its genesis as an American watch design and manufacturing company' where the IPFS copies "
 "of the same search (gateway.ipfs.io, goodnames-eth.ipns.dweb.link) say 'was fomerly a storied American watch "
 "design and manufacturing company'), recorded 3.0 (piglix.com's copies are of revisions of about 2014-2017, as batch "
 "70p dated them). Cut: the site's line '*** Welcome to piglix ***'; the title line 'Hamilton Watch Company'; the "
 "infobox (the line 'Hamilton Watch Company' and its lines from 'Subsidiary' to 'Website hamiltonwatch.com'); the "
 "trailing broken sentence ('The name of the new company was originally to be \"Columbian,\" but when it was "
 "discovered the Waterbury Watch Company had trademarked that name, a meeting of stock holders was called in November "
 "189', where the excerpt ends; `truncated`), so neither the name 'Columbian' nor the Waterbury Watch Company is in "
 "the text. The copy prints no heading and no citation marker in the excerpt. Paragraphs joined with blank lines. No "
 "word added or changed. Kept as written: 'The Hamilton Watch Company is a brand of the Swatch Group, a Swiss watch "
 "company based in Bienne, Switzerland.', 'was subsequently integrated into the Swatch group' (the lower-case "
 "'group'), 'the same facilities in Lancaster, PA', 'The precursor to the Hamilton Watch Co., the Lancaster, "
 "Pennsylvania based Keystone Standard Watch Co., was started by Abram Bitner in 1886 with the purchase of Lancaster "
 "Watch Company's factory.', 'Keystone existed until 1891 when the company was sold to Hamilton Watch Company.' (1891, "
 "before the 'established in 1892' of the next paragraph, as written), 'a patented \"Dust Proof\" design', 'Aurora "
 "Watch Company of Illinois also merged into Keystone.' 232 words. No outage and no near-miss of one told (a purchase "
 "from bankruptcy and a merger are business events). Recorded CC BY-SA 3.0 (an older revision, before 2018). Found "
 "at rank 1 of the query 'Hamilton Watch Company Wikipedia history Lancaster Pennsylvania founded 1892 acquired Swatch "
 "Group' (a name of round 70p's leads: 'Names checked with no hit and not queried ... Hamilton Watch'); "
 "makeitspendit.com (a site's own story), rariora.com (a catalogue note), talk.dob.jp (an edit-filter log with the "
 "article's wikitext), museum.nawcc.org (a museum's own text), questionai.com (the article in HTML markup), "
 "goodnames-eth.ipns.dweb.link and gateway.ipfs.io (IPFS copies of an older revision with the typos 'fomerly' and 'a "
 "a' and image captions run into the text) not used. Hamilton Watch, Keystone Standard, Abram Bitner, Aurora Watch, "
 "Lancaster Watch: " + CHECKED + " ('Hamilton Watch' only in GATHERING.md's lists of leads; 'Swatch' in test's "
 "wp-nicolas-hayek and batch 31a, another matter: the Swatch Group is named here only as Hamilton's owner).", "US",
 v3=True, copy_of="the Wikipedia article, an older revision, via piglix.com, a site copying Wikipedia articles"))

# ---- typewriters, US: the Royal Typewriter Company (cloudflare-ipfs.com's IPFS copy, about 2016-2017) ---------------
RT = [
 "The Royal Typewriter Company was a manufacturer of typewriters headquartered in New York City with its factory in "
 "Hartford, Connecticut.",
 "The Royal Typewriter Company was founded in January 1904 in a machine shop in Brooklyn, New York, by Edward B. Hess "
 "and Lewis C. Myers.",
 "In 1905, with their limited cash running out, Hess and Myers turned to Thomas Fortune Ryan, the wealthy financier. "
 "They demonstrated their machine which had numerous innovations including: friction-free, ball-bearing, one-track "
 "rail to support the weight of the carriage, a new paper feed, a lighter and faster typebar action, and complete "
 "visibility of the words as they are typed. Ryan was impressed and put up $220,000 in exchange for financial "
 "control.",
 "In March 1906 the first Royal typewriter, the Royal Standard, was sold. The Royal Standard was different from its "
 "competition in that it had a \"flatbed\" design.",
 "With demand increasing, Royal purchased 5\u00bc acres in Hartford, Connecticut as the new site for its "
 "manufacturing facility. Original plans called for floor capacity of 250,000 square feet (23,000 m2) and cost "
 "$350,000 to build. In 1908, Royal began manufacturing there.",
 "In 1911, Royal introduced the Royal 5 typewriter, which also utilized the \"flatbed\" design.",
 "Royal's first model utilizing the \"upright\" design was the Royal 10, which came out in 1914. Original models had "
 "two beveled glass panes on each side.",
 "In 1926 Royal introduced the \"Roytype\" brand name for its line of typewriter ribbons and carbon paper.",
 "Royal entered the portable typewriter market in 1926 - years behind its competitors such as Underwood, LC Smith "
 "Corona, and Remington."]
KEPT["wp-royal-typewriter-company"] = ("royal-ipfs.txt", RT)
R.append(wp("wp-royal-typewriter-company", "Royal Typewriter Company",
 "https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Royal_Typewriter_Company.html",
 "\n\n".join(RT),
 "typewriters", ["history", "founding", "founders", "financing", "products"],
 "The opening of the article as the IPFS mirror of English Wikipedia holds it in the page store (cloudflare-ipfs.com's "
 "gateway to the snapshot QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco, a Wikipedia version of about 2016-2017 as "
 "batch 66i dated the same snapshot; the excerpt does not reach the page's own licence line; no revision id held), "
 "recorded 3.0 as batches 64f, 64n and 66i recorded their IPFS copies. Cut: the title line 'Royal Typewriter "
 "Company'; the infobox (the line 'The Royal Typewriter Company' and its lines from 'Private company' to 'Products "
 "See Typewriters section', among them 'Founder Edward B. Hess[2]' and 'Headquarters Hartford, Connecticut, U.S.'); "
 "the heading 'History'; the trailing broken sentence ('In order to promote the new portable, Royal president, G. E. "
 "Smith, secured the exclusive sponsorship of the September 23, 1926 Dem', where the excerpt ends; `truncated`), so "
 "the president G. E. Smith is not in the text. The running text has no citation marker in the excerpt. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'founded in January 1904 in a machine shop in "
 "Brooklyn, New York, by Edward B. Hess and Lewis C. Myers.', 'Hess and Myers turned to Thomas Fortune Ryan, the "
 "wealthy financier.', 'numerous innovations including: friction-free, ball-bearing, one-track rail' (the colon), "
 "'Ryan was impressed and put up $220,000 in exchange for financial control.', 'In March 1906 the first Royal "
 "typewriter, the Royal Standard, was sold.', 'Royal purchased 5\u00bc acres in Hartford, Connecticut as the new site' "
 "(the '\u00bc'), '250,000 square feet (23,000 m2)' ('m2' as the copy prints it), 'the \"Roytype\" brand name', 'in "
 "1926 - years behind its competitors such as Underwood, LC Smith Corona, and Remington.' (the spaced hyphen; 'LC "
 "Smith Corona' without full stops). 262 words. No outage and no near-miss of one told (cash running out is a "
 "business matter). Recorded CC BY-SA 3.0 (a snapshot of about 2016-2017). Found at rank 3 of the query 'Royal "
 "Typewriter Company Wikipedia Edward B. Hess Lewis C. Myers 1904 Thomas Fortune Ryan Litton Industries' (a name of "
 "round 70p's leads: 'Names checked with no hit and not queried ... Royal Typewriter'); mindmachine.co.uk (a site's "
 "own text), wikisum.wiki (the article's sentences out of order), oztypewriter.blogspot.com (a blog, twice), an "
 "unaddressed Japanese dictionary site's copy of the same revision (rank 6; no address to record), "
 "katlincoledesign.com (a design student's page quoting a book) and typewriter.slk.fi (a collection's note) not used. "
 "Royal Typewriter, Royal McBee, Edward B. Hess, Lewis C. Myers, Thomas Fortune Ryan, Roytype: " + CHECKED + " ('Royal "
 "Typewriter' only in GATHERING.md's lists of leads; 'Royal Standard' in train's wp-white-star-line and batch 66e, "
 "another matter; 'Smith Corona' in dev's wp-smith-corona, named here only as a competitor).", "US",
 v3=True, copy_of="the Wikipedia article, via the IPFS mirror of English Wikipedia (cloudflare-ipfs.com's gateway)"))

# ---- musical instruments, US: Steinway & Sons (fact-index.com's mirror of English Wikipedia, about 2004) -------------
SW = [
 "Steinway & Sons is a piano-manufacturing firm, currently based in New York and Hamburg, Germany.",
 "The firm was founded in 1839 in Seesen, Germany by Heinrich Engelhard Steinweg, who emigrated to America in 1851 "
 "and changed his surname to Steinway. By the 1860s they were the leading piano manufacturer in America. The "
 "innovations introduced by Steinway, including the cast-iron frame and overstringing, became a model for other "
 "piano manufacturers worldwide.",
 "In 1866, Henry Steinway built Steinway Hall on 14th Street in New York City. It housed the firm's offices and "
 "showrooms on the first floor, and a large auditorium on the second floor which became a center of culture and "
 "music.",
 "In 1880, Henry Steinway's son William Steinway established a company town, Steinway, Queens Co., New York, which "
 "later became part of Long Island City, and built piano factories and worker housing there.",
 "Their success is reflected by their presence on the largest concert stages in the world. Steinway was for a time "
 "nearly the exclusive provider of high-end pianos. Their production now has been outnumbered by other firms such as "
 "Yamaha and B\u00f6sendorfer, with each brand having its loyalists. At the top of their success in the 1920s they "
 "sold more than 6,000 pianos a year. Steinway's long established reputation and hand-crafting set them apart from "
 "Yamaha, which uses mechanised production methods.",
 "After long financial woes the firm was finally sold to CBS in 1972. CBS sold Steinway to Steinway Musical "
 "Properties, Inc. which finally sold it to Selmer in 1995. Only one member of the Steinway family currently still "
 "works for Steinway."]
KEPT["wp-steinway-and-sons"] = ("steinway-factindex.txt", SW)
R.append(wp("wp-steinway-and-sons", "Steinway & Sons", "http://www.fact-index.com/s/st/steinway___sons.html",
 "\n\n".join(SW),
 "musical instruments", ["history", "founding", "founder", "ownership", "acquisitions"],
 "The article as fact-index.com's copy holds it in the page store (a mirror of English Wikipedia of about 2004, as "
 "batches 32b, 40y and 65o dated their fact-index.com copies; no revision id held: its 'The firm was founded in 1839 "
 "in Seesen, Germany' and 'Only one member of the Steinway family currently still works for Steinway', where later "
 "revisions, as wiki-gateway.eudic.net holds one, say 'founded in 1853 in Manhattan, New York City, by German "
 "immigrant Heinrich Engelhard Steinweg'). Cut: the site's navigation line 'Main Page | See live article | "
 "Alphabetical index'; the title line 'Steinway & Sons'. The copy has no infobox, no heading and no citation marker "
 "in the excerpt; the excerpt ends at a sentence end, after the sixth paragraph (`truncated` kept true: the page may "
 "run on past the excerpt). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'a "
 "piano-manufacturing firm, currently based in New York and Hamburg, Germany', 'The firm was founded in 1839 in "
 "Seesen, Germany by Heinrich Engelhard Steinweg, who emigrated to America in 1851 and changed his surname to "
 "Steinway.', 'In 1866, Henry Steinway built Steinway Hall on 14th Street in New York City.', \"Henry Steinway's son "
 "William Steinway established a company town, Steinway, Queens Co., New York\", 'Yamaha and B\u00f6sendorfer', "
 "'mechanised', 'After long financial woes the firm was finally sold to CBS in 1972. CBS sold Steinway to Steinway "
 "Musical Properties, Inc. which finally sold it to Selmer in 1995.' (no comma after 'Inc.'). 264 words. No outage "
 "and no near-miss of one told (financial woes and sales are business events). Recorded CC BY-SA 3.0 (a revision of "
 "about 2004). Found at rank 5 of the query 'Steinway & Sons piano company Wikipedia history Henry E. Steinway founded "
 "1853 CBS acquired 1972' (a name with no hit, found beside round 70p's leads of American makers); encyclopedia.com "
 "(twice: dictionary entries, copyrighted), tongtuning.com (a tuner's blog), wiki-gateway.eudic.net (a later "
 "revision's lead, its infobox run into the text and no owner told past the infobox's parent before the excerpt "
 "breaks off), houstonpianocompany.com (a dealer's own text), sapere.it (an Italian encyclopedia) and more-deals.info "
 "(a blog) not used. Steinway, Steinweg, Steinway Musical, Selmer, B\u00f6sendorfer: " + CHECKED + " (none but this "
 "round's own claim).", "US",
 v3=True, copy_of="an early revision of the Wikipedia article, mirrored at fact-index.com"))


def _norm(s):
    """The text without citation and note markers and edit links ('[4]', ' [4]', '[lower-alpha 4]', '[edit]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(MARK.sub("", s).split())


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

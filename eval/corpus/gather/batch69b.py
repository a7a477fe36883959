#!/usr/bin/env python3
"""Batch 69b (session 63; gatherer lane 69b): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68z, kept to three American companies new to the corpus, all three from the lists of leads of batches
68z, 68u and 68n ('names with no hit still not queried': Bobbs-Merrill; Pearl Brewing and Sambo's from the longer
lists of brewers and restaurant chains of earlier rounds' leads): the Bobbs-Merrill Company, the Indianapolis book
publisher that began in 1850 when Samuel Merrill bought a bookstore, continued by his son Samuel Merrill, Jr., renamed
Merrill, Meigs, and Company, the Bowen-Merrill Company and in 1903 the Bobbs-Merrill Company after its long-time
director William Conrad Bobbs, bought in 1959 by The Howard W. Sams Company (book publishing, US); Sambo's, the
restaurant chain started in 1957 in Santa Barbara by Sam Battistone Sr. and Newell Bohnett, bankrupt in 1981, its last
restaurant renamed Chad's in 2020 after its owner Chad Stevens (restaurants, US); and the Pearl Brewing Company of San
Antonio, Texas, whose parent company bought the Pabst Brewing Company in 1985 and took the Pabst name, whose site began
as the J. B. Behloradsky Brewery and the City Brewery, bought in 1883 by an investment group that formed the San
Antonio Brewing Company under the San Antonio Brewing Association (brewing, US). English Wikipedia text (CC BY-SA),
each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page): theinfolist.com's copy of
'Bobbs-Merrill Company' (an older revision, its content ending in 1985), wikimili.com's copy of 'Sambo's' (a revision
of 2020 or later) and en.wikipedia.org's '= Title =' rendering of 'Pearl Brewing Company' (a recent scrape). Each is
cut at a sentence or paragraph end before the sentence the excerpt breaks off in (`truncated`). Edits per item in
`notes` (title lines, chrome lines, infobox lines, captions, headings cut; citation markers dropped; paragraphs joined
with blank lines; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather69b/src), the markers ('[1]', '[edit]', '[citation needed]', '[by whom?]') dropped and whitespace runs
compared as one space, as batches 55e-68z did. No text tells an outage or a near-miss of one (a bankruptcy, breweries
closed and a production transfer are no service disruption). newskg (or any extractor) was not run on any text. A round
of three: eight queries, three answered with English Wikipedia text on a company not yet in the corpus and were taken
(round notes /tmp/gather69b/NOTES.md; queries, /tmp/gather69b/src/queries.txt; claims in
/work/notes/gather69/CLAIMS.txt).
usage: batch69b.py [POOL_DIR] [--dry]   (default /tmp/gather69b/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69b/pool"
SRC = "/tmp/gather69b/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- book publishing, US: Bobbs-Merrill Company (theinfolist.com's copy, an older revision) --------------------------
BM = [
 "The Bobbs-Merrill Company was a book publisher located in Indianapolis, Indiana.",
 "The company began in 1850 when Samuel Merrill bought an Indianapolis bookstore and entered the publishing business. "
 "After his death in 1855, his son, Samuel Merrill, Jr. continued the business. Soon after the Civil War the business "
 "became Merrill, Meigs, and Company, and in 1883 the name changed again to the Bowen-Merrill Company. In 1903 the name "
 "became the Bobbs-Merrill Company, after long-time director, William Conrad Bobbs. From 1899 through 1909, the company "
 "published 16 novels whose sales placed each of them among the nation's top ten best-selling books of the year for "
 "one or more years.",
 "The company was plaintiff in Bobbs-Merrill Co. v. Straus, 210 U.S. 339 (1908), a case regarded as the origin of "
 "copyright's First Sale Doctrine.",
 "Bobbs-Merrill was known for publishing such authors as Erving Goffman, Richard Halliburton, David Markson, Ayn Rand, "
 "James Whitcomb Riley, Walter Dean Myers, Irma S. Rombauer and Keith Ayling. Of note, Keith Ayling wrote The Story of "
 "Old Leatherneck of the Flying Tigers (1945). Bobbs-Merrill also published the early works of fantasy writer L. Frank "
 "Baum.",
 "In 1949, Bobbs-Merrill commissioned artist Evelyn Copelman to illustrate a new edition of The Wonderful Wizard of Oz, "
 "reprinted as The Wizard of Oz and The New Wizard of Oz. Copelman's illustrations were more influenced by the 1939 "
 "Judy Garland MGM film version of the book than by W.W. Denslow's original 1900 illustrations, although the credits "
 "on the book stated otherwise. 1949, the year that Copelman's illustrations first appeared, was also the year of the "
 "film's first re-release.",
 "Bobbs-Merrill was also responsible for publishing the official records of the State of Indiana and texts in the "
 "history of philosophy.",
 "In 1959, The Howard W. Sams Company purchased Bobbs-Merrill."]
KEPT["wp-bobbs-merrill-company"] = ("bobbs-merrill-theinfolist.txt", BM)
R.append(wp("wp-bobbs-merrill-company", "Bobbs-Merrill Company",
 "http://theinfolist.com/php/SummaryGet.php?FindGo=Bobbs-Merrill_Company", "\n\n".join(BM),
 "book publishing", ["history", "founding", "founder", "renaming", "executives", "acquisitions", "ownership", "authors"],
 "The article as theinfolist.com (a site copying Wikipedia pages; earlier batches used its copies) holds it under "
 "'SummaryGet.php?FindGo=Bobbs-Merrill_Company' (no date or revision id held; an older revision: it has the "
 "'[citation needed]' and '[by whom?]' markers, no infobox and its latest year is 1985, while theinfolist.com's copy "
 "under 'FindGo=Bobbs-Merrill' (rank 2 and 3 of the first two queries) is a later revision reading 'in 1850 October 3'; "
 "recorded 3.0, doubtful: undated). Cut: the heading 'Company history'; the citation markers ('[citation needed]' "
 "three times, '[by whom?]', '[1]'); cut after 'In 1959, The Howard W. Sams Company purchased Bobbs-Merrill.', before "
 "the sentence the excerpt breaks off in ('When Sams was acquired by Macmillan in 1985, the Bobbs-Merril'; "
 "`truncated`; a cut at a sentence end inside a paragraph), so Macmillan is not in the text. Paragraphs joined with "
 "blank lines. No word added or changed. Kept as written: 'The company began in 1850 when Samuel Merrill bought an "
 "Indianapolis bookstore', 'his son, Samuel Merrill, Jr. continued the business', 'Soon after the Civil War the "
 "business became Merrill, Meigs, and Company, and in 1883 the name changed again to the Bowen-Merrill Company', 'In "
 "1903 the name became the Bobbs-Merrill Company, after long-time director, William Conrad Bobbs' (the comma after "
 "'director'), 'Bobbs-Merrill Co. v. Straus, 210 U.S. 339 (1908), a case regarded as the origin' (the marker '[by "
 "whom?]' after 'regarded' dropped), 'Irma S. Rombauer and Keith Ayling', 'W.W. Denslow's original 1900 "
 "illustrations', 'otherwise. 1949, the year that' (the marker ' [1]' between the sentences dropped), 'In 1959, The "
 "Howard W. Sams Company purchased Bobbs-Merrill' (capital 'The'). 295 words. No outage and no near-miss of one told. "
 "Found at rank 8 of the query 'Bobbs-Merrill Company book publisher Indianapolis Samuel Merrill Bowen-Merrill William "
 "Conrad Bobbs Howard W. Sams' (a name of the leads of batches 68z and 68u: 'names with no hit still not queried'); "
 "theinfolist.com's 'FindGo=Bobbs-Merrill' and 'html/ALL/s/B/Bobbs-Merrill.html' copies (ranks 3 and 6; a later "
 "revision with linked articles' opening lines inserted inside the sentences) and self.gutenberg.org's copy (rank 5; "
 "a template's code broken into the prose: '} {Documentation} []-->}}') left for this one; docslib.org and archive.org "
 "(ranks 1, 2 and 4; Jack O'Bar's copyrighted history of 1985), austlit.edu.au (rank 7; an own text) not used. "
 "Bobbs-Merrill, Howard W. Sams, Samuel Merrill, Copelman: " + CHECKED + " ('Bobbs-Merrill' only in GATHERING.md's lists "
 "of leads; 'Macmillan', 'MGM' and 'Ayn Rand' may be in other texts as other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via theinfolist.com, a site rendering Wikipedia pages"))

# ---- restaurants, US: Sambo's (wikimili.com's copy, a revision of 2020 or later) ------------------------------------
SB = [
 "Sambo's was an American restaurant chain, started in 1957 by Sam Battistone Sr. and Newell Bohnett in Santa Barbara, "
 "California. Though the name was taken from portions of the names of its two founders, the chain also associated with "
 "The Story of Little Black Sambo . Battistone and Bohnett capitalized on this connection by decorating the walls of "
 "the restaurants with scenes from the book, including a dark-skinned boy, tigers, and a pale, magical unicycle-riding "
 "man called \"The Treefriend\". By the early 1960s, the illustrations depicted a light-skinned boy wearing a jeweled "
 "Indian-style turban with the tigers. A kids club, Sambo's Tiger Tamers (later called the Tiger Club), promoted the "
 "chain's family image. The chain filed for Chapter 11 bankruptcy in November 1981. All locations except for the first "
 "in Santa Barbara either closed outright, or were renamed after being purchased, effectively ending the chain's "
 "existence.",
 "The Santa Barbara restaurant continued business under the Sambo's name until 2020, when it was renamed to Chad's "
 "after its owner at the time, Chad Stevens. The George Floyd protests against racism in the United States resulted in "
 "the owner of the restaurant changing the name of the establishment.",
 "After the first Sambo's was opened in 1957, the restaurant was expanded to more locations. In late 1963, it had "
 "restaurants in 16 cities \u2013 in California, Oregon, Nevada, and Arizona."]
KEPT["wp-sambos"] = ("sambos-wikimili.txt", SB)
R.append(wp("wp-sambos", "Sambo's", "https://wikimili.com/en/Sambo's", "\n\n".join(SB),
 "restaurants", ["history", "founding", "founders", "naming", "bankruptcy", "ownership", "locations"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of 2020 or "
 "later: 'until 2020, when it was renamed to Chad's'; recorded 4.0, as batch 55zd recorded wikimili.com's copies; "
 "doubtful: a revision of before June 2023 would be 3.0). Cut: the title line 'Sambo's' (twice) and the chrome line "
 "'Last updated'; the infobox lines ('FormerlyThe Jolly Tiger (12 locations)' to '1,117 (1979)', with 'Remaining chain "
 "sold to Vicorp (1984)', so Vicorp is not in the text); the chrome line 'Contents'; the heading 'History'; the "
 "picture caption lines 'A former Sambo's in Alpena, Michigan, now occupied by Big Boy Big Boy former Sambos "
 "cropped.jpg' and 'A former Sambo's in Alpena, Michigan, now occupied by Big Boy'; the citation markers ('[1]' to "
 "'[3]'); cut after '... in California, Oregon, Nevada, and Arizona.', before the sentence the excerpt breaks off in "
 "('By 1969, the company had grown to 98 locations, [4] and over the next two years diversified to create additional "
 "restaurant franchis'; `truncated`; a cut at a sentence end inside a paragraph). Paragraphs joined with blank lines. "
 "No word added or changed. Kept as written: 'started in 1957 by Sam Battistone Sr. and Newell Bohnett in Santa "
 "Barbara, California', 'the chain also associated with The Story of Little Black Sambo .' (the space before the full "
 "stop), 'a pale, magical unicycle-riding man called \"The Treefriend\"', 'The chain filed for Chapter 11 bankruptcy "
 "in November 1981', 'when it was renamed to Chad's after its owner at the time, Chad Stevens', 'In late 1963, it had "
 "restaurants in 16 cities \u2013 in California' (the en dash). 226 words. No outage and no near-miss of one told (a "
 "bankruptcy and closed locations are no service disruption). Found at rank 4 of the query 'Sambo's restaurant chain "
 "founded Sam Battistone Newell Bohnett Santa Barbara Wikipedia' (a chain of the leads of an earlier round, 'Sambo's "
 "(check: 'Sambo' hits a train text on another matter)'); web-production-4e80b.up.railway.app (rank 7; a rewritten "
 "encyclopedia, not Wikipedia's text), deseret.com, redding.com, tastingtable.com and netblogpro.com's copy of a Los "
 "Angeles Times story (ranks 1, 2, 3 and 8; news, copyrighted) and two blogs (ranks 5 and 6) not used. Sambo's, "
 "Battistone, Chad Stevens, Jolly Tiger, Vicorp: " + CHECKED + " ('Sambo's' only in GATHERING.md's lists of leads; "
 "'Sambo' as a string in train's wn-world-health-organization-calls-ban-tobacco-2008 and batch 30e, another matter; "
 "'Bohnett' in train's wp-geocities and batch 32b, another person, GeoCities' founder).", "US",
 copy_of="the Wikipedia article, via wikimili.com, a Wikipedia mirror"))

# ---- brewing, US: Pearl Brewing Company (en.wikipedia.org's '= Title =' rendering, a recent scrape) ------------------
PB = [
 "The Pearl Brewing Company (also known as the Pearl Brewery or just Pearl) was an American brewery established in "
 "1883 in downtown San Antonio, Texas, United States. In 1985, Pearl's parent company purchased the Pabst Brewing "
 "Company and assumed the Pabst name.",
 "In 1999, the Pabst Brewing Company began transferring its production to Miller Brewing on a contract basis and "
 "closed all of its own breweries. Pearl beer is still in production at Miller's Fort Worth, Texas, facility, but the "
 "Pearl Brewery in San Antonio was closed in 2001. Since then, the former brewery was purchased by Silver Ventures Inc, "
 "which has used the property as part of the revitalization efforts of southern Midtown and northern downtown San "
 "Antonio.",
 "The site owned and operated by the Pearl Brewing Company was originally known as both the J. B. Behloradsky Brewery "
 "(1881\u20131883) and the City Brewery. Privately held and poorly run for two years, the City Brewery was purchased by "
 "an investment group in 1883. The investment group was composed of local people in business and several moguls "
 "already brewing at San Antonio's other major brewery, the Lone Star Brewing Company. Together they formed the San "
 "Antonio Brewing Company (1883\u20131888) and began raising capital to restart and improve the brewery's operations "
 "fully. In 1886, after three years, the company had secured the necessary capital and began full-time operations at "
 "the brewery again. The name San Antonio Brewing Association was used as a parent to the brewing company since it "
 "also managed some of the founding members' other business interests."]
KEPT["wp-pearl-brewing-company"] = ("pearl-enwiki.txt", PB)
R.append(wp("wp-pearl-brewing-company", "Pearl Brewing Company", "https://en.wikipedia.org/wiki/Pearl_Brewing_Company",
 "\n\n".join(PB),
 "brewing", ["history", "founding", "predecessors", "acquisitions", "ownership", "contract brewing", "brands"],
 "The article as en.wikipedia.org renders it in the page store in the '= Title =' form (no revision id held; a recent "
 "scrape, recorded 4.0 as earlier batches recorded recent '= Title =' renderings; doubtful: undated, its latest year "
 "in the excerpt 2001). Cut: the title line '= Pearl Brewing Company =' and the infobox lines ('Pearl Brewing Company' "
 "to '- Foundation: 1883', with '- Owner: Beer: Pabst Brewing Company, Brewery: Silver Ventures, Inc.'); the headings "
 "'== History ==' and '=== 1881\u20131920: Origin to Prohibition ==='; cut after '... since it also managed some of "
 "the founding members' other business interests.', before the sentence the excerpt breaks off in ('Functionally, the "
 "business structure worked, but it confused city officials, customers, and business partners; therefore, in the "
 "end, the investm'; `truncated`; a cut at a sentence end inside a paragraph), so the renaming to the Pearl Brewing "
 "Company, Otto Koehler and the later history are not in the text. The rendering has no citation markers. Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: '(also known as the Pearl Brewery or just "
 "Pearl)', 'In 1985, Pearl's parent company purchased the Pabst Brewing Company and assumed the Pabst name', 'Pearl "
 "beer' (lower-case 'beer'), 'Miller's Fort Worth, Texas, facility', 'purchased by Silver Ventures Inc' (no full stop "
 "after 'Inc'), 'the J. B. Behloradsky Brewery (1881\u20131883)' and 'the San Antonio Brewing Company (1883\u20131888)' "
 "(en dashes), 'The name San Antonio Brewing Association was used as a parent to the brewing company'. 257 words. No "
 "outage and no near-miss of one told (breweries closed and production moved under contract are no service "
 "disruption). Found at rank 2 of the query 'Pearl Brewing Company San Antonio history founded acquired Wikipedia' (a "
 "brewer of the leads of an earlier round: 'Pearl Brewing' in the list of brewers left); "
 "hessslslslsls.azureedge.net's copy (rank 1; the same text in the 'Jump to content' skin with '[edit]' lines and a "
 "caption) left for this one; de.other.wiki and pt.qaz.wiki (ranks 3 and 8; machine translations), "
 "yourleaninfo.blogspot.com (rank 4; a rewritten copy), whosread.com and everand.com (ranks 5 and 6; Jeremy Banas's "
 "copyrighted book) and texasbreweries.com (rank 7; an own text) not used. Pearl Brewing, Pearl Brewery, Behloradsky, "
 "San Antonio Brewing, Silver Ventures: " + CHECKED + " ('Pearl Brewing' only in GATHERING.md's lists of leads; "
 "Pabst, Miller Brewing and the Lone Star Brewing Company are in other texts as other matters: the Olympia and "
 "Heileman brewers, a DOJ plea).", "US"))


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

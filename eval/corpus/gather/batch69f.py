#!/usr/bin/env python3
"""Batch 69f (session 63; gatherer lane 69f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu-68ad (lane 69f: technology, software, telecoms and media companies), kept to an American electrical
maker, an American telephone company and an American computer maker, new to the corpus: the McGraw Electric Company,
the US manufacturer of electric appliances (the Toastmaster pop-up toaster) that Max McGraw founded in 1900 in Sioux
City, with his Interstate Supply Company of 1903, Interstate Electric Manufacturing Company of 1907 and the Lehmer
Company he bought in 1912, merged with Thomas A. Edison, Inc. in 1957 to form McGraw-Edison (electrical equipment, US);
Rochester Telephone Company, the sole phone company of Rochester in upstate New York for most of the 20th century,
independent from AT&T, renamed Frontier in 1995, acquired by Global Crossing in 1999 and left a unit of Citizens
Communications (telecom, US); and Datapoint Corporation, first Computer Terminal Corporation, the San Antonio computer
company Phil Ray and Gus Roche founded in July 1968, maker of the Datapoint 3300, buyer of Texas Instruments' and
Intel's chips, public in October 1969 (computers, US).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): piglix.com's copy of 'McGraw Electric Company' (undated, an older revision), the-uncensored-wiki.com's copy of
'Rochester Telephone' (undated, an older revision of 2002-2008 by its wording) and w.owiki.org's copy of 'Datapoint'
(undated, an older revision); two cut at a sentence end before the sentence their excerpt breaks off in, the third the
whole article as the copy holds it. Edits per item in `notes` (site lines, title lines, infobox lines, section headings
cut; paragraphs joined with blank lines; no word added or changed); `verify()` checks every kept paragraph against the
saved excerpt (/tmp/gather69f/src), the markers ('[1]', ' [1]', '[edit]', '[citation needed]') dropped and whitespace
runs compared as one space, as batches 55e-68ad did. No text tells an outage or a near-miss of one. newskg (or any
extractor) was not run on any text.
A round of three: seven queries, three of them answered with English Wikipedia text on a company not yet in the corpus
(round notes, /tmp/gather69f/NOTES.md; queries, /tmp/gather69f/src/queries.txt; claims,
/work/notes/gather69/CLAIMS.txt).
usage: batch69f.py [POOL_DIR] [--dry]   (default /tmp/gather69f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69f/pool"
SRC = "/tmp/gather69f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and in GATHERING.md outside its "
           "lists of leads, none in the session-63 pools (/tmp/gather69*/pool) or in /work/notes/gather69/CLAIMS.txt "
           "before this lane's claim (`grep -rilF`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- electrical equipment, US: McGraw Electric Company (piglix.com's copy, undated, an older revision) ---------------
MC = [
 "The McGraw Electric Company was a US manufacturer of electric appliances founded by Max McGraw in 1900. It grew "
 "through mergers and acquisitions to become a major enterprise. The best known product may have been the Toastmaster "
 "pop-up toaster. In 1957 McGraw Electric merged with Thomas A. Edison, Inc. to form McGraw-Edison.",
 "In the summer of 1900, aged 17, Max McGraw entered business as an electrician. He called his enterprise the McGraw "
 "Electric Company. Most of his early work was wiring houses that were converting from gas to electricity. The "
 "business struggled at first, but in the second year gained profitable contracts from the Stockyards and the Peavey "
 "Grand Opera House in Sioux City. In 1902 the McGraw Electric Company moved into larger premises on Fifth Street, "
 "Sioux City.",
 "In 1903 McGraw organized the Interstate Supply Company in partnership with his father and four others, selling "
 "mill, railroad and electrical equipment. This business grew rapidly. In 1907 McGraw founded the Interstate Electric "
 "Manufacturing Company, which manufactured magnetos, telephones and power switchboards. In 1910 he merged the supply "
 "and manufacturing companies into the Interstate Supply and Manufacturing Company. In 1912 McGraw bought the Lehmer "
 "Company, a mill supply and electrical equipment manufacturer which he had used as a model for his earlier "
 "enterprises. He merged this company and the Interstate Supply and Manufacturing Company into the McGraw Electric "
 "Company, taking the position of President. The combined business had sales of more than $2 million that year.",
 "In 1926 McGraw Electric sold its wholesale operation to Westinghouse Electric and Manufacturing Company."]
KEPT["wp-mcgraw-electric-company"] = ("mcgraw.txt", MC)
R.append(wp("wp-mcgraw-electric-company", "McGraw Electric Company", "http://piglix.com/piglix/McGraw_Electric_Company",
 "\n\n".join(MC), "electrical equipment", ["history", "founding", "founders", "mergers", "acquisitions"],
 "The article as piglix.com (a site serving copies of English Wikipedia articles; batches 68w and 68ad looked at its "
 "copies) holds it in the page store (no date or revision id held; an older revision by its wording: 'In 1907 McGraw "
 "founded the Interstate Electric Manufacturing Company, which manufactured magnetos, telephones and power "
 "switchboards', where hessslslslsls.azureedge.net's newer copy at rank 8 of the same query, titled 'McGraw "
 "Electric', has 'as a branch of the Interstate Supply Company. It became a separate corporation' and a sentence on a "
 "drug store's basement; recorded 3.0, doubtful: undated). Cut: the site line '*** Welcome to piglix ***'; the title "
 "lines 'McGraw Electric Company' (twice); the infobox lines ('Industry Electrical appliances' to 'Products Home "
 "appliances', with 'Founded 1900 (1900) in] Sioux City, Iowa, US', so Iowa is not in the text); cut after '... to "
 "Westinghouse Electric and Manufacturing Company.', before the sentence the excerpt breaks off in ('McGraw bought "
 "Bersted Manufacturing in 1926, which made small a'; `truncated`, so Bersted is not in the text). The copy has no "
 "heading or citation marker in this excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: 'a US manufacturer of electric appliances founded by Max McGraw in 1900', 'The best known product may have "
 "been the Toastmaster pop-up toaster', 'In 1957 McGraw Electric merged with Thomas A. Edison, Inc. to form "
 "McGraw-Edison', 'In the summer of 1900, aged 17, Max McGraw entered business as an electrician', 'profitable "
 "contracts from the Stockyards and the Peavey Grand Opera House in Sioux City', 'larger premises on Fifth Street, "
 "Sioux City', 'In 1903 McGraw organized the Interstate Supply Company in partnership with his father and four "
 "others', 'In 1907 McGraw founded the Interstate Electric Manufacturing Company', 'In 1910 he merged the supply and "
 "manufacturing companies into the Interstate Supply and Manufacturing Company', 'In 1912 McGraw bought the Lehmer "
 "Company', 'He merged this company and the Interstate Supply and Manufacturing Company into the McGraw Electric "
 "Company, taking the position of President' (the capital P), 'In 1926 McGraw Electric sold its wholesale operation "
 "to Westinghouse Electric and Manufacturing Company'. {WORDS} words. No outage and no near-miss of one told. Found at "
 "rank 5 of the query 'Max McGraw McGraw Electric Company founder Central Telephone Company Interstate Supply Company' "
 "(Max McGraw and the McGraw Electric Company a lead of batch 68w's list); piglix.com's 'Max McGraw' (rank 1) and "
 "en.wikipedia.org's 'Max McGraw' (rank 3; a founder's biography, the same paragraphs with his marriage and the "
 "Toastmaster's marketing), wikisum.wiki (rank 2; shuffled sentences), de.knowledgr.com, de.other.wiki and fr.qaz.wiki "
 "(ranks 4, 6, 7; translations) and hessslslslsls.azureedge.net (rank 8; a newer copy cut earlier, at 'taking') not "
 "used. McGraw Electric, McGraw-Edison, Toastmaster, Interstate Supply, Lehmer, Peavey: " + CHECKED + " ('McGraw' "
 "alone in texts on McGraw-Hill, 'Westinghouse' and 'Edison' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via piglix.com"))

# ---- telecom, US: Rochester Telephone (the-uncensored-wiki.com's copy, undated, an older revision) --------------------
RT = [
 "Rochester Telephone Company (not to be confused with RTC of Rochester, Indiana) was for most of the 20th century, "
 "the sole phone company servicing Rochester and surrounding counties in upstate New York. Its initial development "
 "benefited from the vision of Albrecht Vogt, an early founder of and investor in several Rochester industries, and "
 "yielded a successful company that remained independent from AT&T (\u201cMa Bell\u201d) up to and through the national "
 "monopoly\u2019s divestiture in 1984. As a smaller organization with a high-tech city at its core (headquarters of "
 "Eastman Kodak and Xerox) RT often led the conservative and intransigent AT&T when it came to features and customer "
 "service, delivering, for instance, Touch Tone and Caller ID services well before neighborhoods serviced by "
 "Bell\u2019s regional divisions, like New York Telephone.",
 "In 1995, Rochester Tel renamed itself Frontier in order to sound less \u201clocal\u201d in the newly competitive "
 "landscape. Its investment in fiber long lines proved attractive in the exploding global communications market "
 "during the \u201cInternet bubble\u201d and it was acquired in 1999 by Global Crossing, a Bermuda-based communications "
 "network enterprise. It sold off Frontier\u2019s local business, keeping the fiber for its world conquest plans until "
 "succumbing to market realities: a glut of capacity due to hyped expectations. Global Crossing filed for Chapter 11 "
 "protection at the beginning of 2002, with its assets being sold to China Netcom's subsidiary Asia Netcom.",
 "Meanwhile, Frontier remains a unit of Citizens Communications, which offers communications services to rural areas, "
 "towns and small cities around the country."]
KEPT["wp-rochester-telephone"] = ("rochester.txt", RT)
R.append(wp("wp-rochester-telephone", "Rochester Telephone",
 "http://the-uncensored-wiki.com:20072/r/o/c/Rochester_Telephone_2843.html", "\n\n".join(RT), "telecommunications",
 ["history", "acquisition", "renaming", "ownership"],
 "The article as the-uncensored-wiki.com (a site serving static copies of English Wikipedia; its port-20072 copy "
 "headed 'From Wikipedia, the free encyclopedia') holds it in the page store (no date or revision id held; an older "
 "revision of 2002-2008 by its wording: Global Crossing's Chapter 11 filing of 2002 told and 'Frontier remains a unit "
 "of Citizens Communications', the name Citizens Communications bore until 2008, where the same site's copy of May "
 "2015 at rank 6 of the same query has the rewritten 'Rochester Telephone (New York)' with 'Principal Subsidiaries'; "
 "recorded 3.0, doubtful: undated). Cut: the title line 'Rochester Telephone' and the site line 'From Wikipedia, the "
 "free encyclopedia'. The copy has no infobox, heading or citation marker in this excerpt, which holds the whole "
 "article (not `truncated`). Paragraphs joined with blank lines. No word added or changed. Kept as written (the "
 "copy's curly quotation marks and apostrophes, and one straight apostrophe in 'China Netcom's'): 'Rochester "
 "Telephone Company (not to be confused with RTC of Rochester, Indiana) was for most of the 20th century, the sole "
 "phone company servicing Rochester' (the comma after 'century'), 'the vision of Albrecht Vogt, an early founder of and "
 "investor in several Rochester industries', 'remained independent from AT&T (\u201cMa Bell\u201d) up to and through "
 "the national monopoly\u2019s divestiture in 1984', '(headquarters of Eastman Kodak and Xerox) RT often led the "
 "conservative and intransigent AT&T' (no comma after the bracket), 'delivering, for instance, Touch Tone and Caller "
 "ID services well before neighborhoods serviced by Bell\u2019s regional divisions, like New York Telephone', 'In "
 "1995, Rochester Tel renamed itself Frontier', 'it was acquired in 1999 by Global Crossing, a Bermuda-based "
 "communications network enterprise', 'It sold off Frontier\u2019s local business, keeping the fiber for its world "
 "conquest plans' (the article's own wording), 'Global Crossing filed for Chapter 11 protection at the beginning of "
 "2002, with its assets being sold to China Netcom's subsidiary Asia Netcom', 'Meanwhile, Frontier remains a unit of "
 "Citizens Communications'. {WORDS} words. No outage and no near-miss of one told (a Chapter 11 filing is a business "
 "failure). Found at rank 2 of the query 'Rochester Telephone Corporation history Frontier Communications acquired' "
 "(Rochester Telephone a name of batch 68w's and 68r's lists with hits only in lists of leads); profilpelajar.com "
 "(rank 1), earthspot.org (rank 3), a piglix.com copy at 108.161.137.60 (rank 4; 'trading on the under the FRO "
 "symbol', a word dropped), wiki.riteme.site (rank 5), the same site's 2015 copy (rank 6) and wikimili.com (rank 7), "
 "all the newer 'Rochester Telephone Corporation' whose history section, opening 'Principal Subsidiaries: RCI Long "
 "Distance; ...', reads as copied from a copyrighted directory of company histories (doubtful licence), and "
 "rbj.net (rank 8; news) not used. Rochester Telephone, Rochester Tel, Albrecht Vogt: " + CHECKED + " ('Frontier "
 "Corporation' in train's wp-northpoint-communications, 'Global Crossing', 'Citizens Communications', 'China Netcom' "
 "and 'Asia Netcom' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via the-uncensored-wiki.com"))

# ---- computers, US: Datapoint (w.owiki.org's copy, undated, an older revision) ---------------------------------------
DP = [
 "Datapoint Corporation, originally known as Computer Terminal Corporation, was a computer company based in San "
 "Antonio, Texas, United States. Founded in July 1968 by Phil Ray and Gus Roche, its first products were, as the "
 "company's initial name suggests, computer terminals intended to replace Teletype machines connected to time sharing "
 "systems.",
 "From the mid-1960s, engineers Phil Ray and Austin O. \"Gus\" Roche were working for General Dynamics Dynatronic "
 "Division in Florida, as part of a computing contract team for NASA to enable President John F. Kennedy's vision of "
 "putting a man on the moon. At the time, mainframe computers were large room-filling pieces of equipment, for which "
 "data was input using dumb and noisy Teletype terminals. On the advice of one of his tutors from the University of "
 "Texas, Ray and Roche decided to develop a quieter and smaller input device based on using a television set screen.",
 "After finding San Antonio, Texas based backers, the pair incorporated Computer Terminal Corporation there in July "
 "1968. Based on a newly developed Texas Instruments chip, with a casing designed by an industrial designer in New "
 "York City, the company had developed three prototype Datapoint 3300, it was an immediate hit at that year's "
 "computer show.",
 "However, the resultant orders left the company with several major problems: they had no production capacity, and no "
 "money with which to build a factory. Furthermore, the TI chips within the 3300 were so unreliable, they needed "
 "replacing every 30 minutes. In October 1969, the company raised US$4 million through an Initial Public Offering. "
 "This enabled them to outsource production short term to a series of local manufacturers, including a motorcycle "
 "helmet manufacturer, before constructing their own manufacturing premises. Once in production, they began sourcing "
 "chips from both TI and Intel, running up large debts from both.",
 "The Datapoint 3300 sold very successfully for a number of years."]
KEPT["wp-datapoint"] = ("datapoint.txt", DP)
R.append(wp("wp-datapoint", "Datapoint", "http://w.owiki.org/wiki/Datapoint", "\n\n".join(DP), "computers",
 ["history", "founding", "founders", "products", "suppliers"],
 "The article as w.owiki.org (a site serving copies of English Wikipedia articles; batch 68ad used its copy of "
 "'Eagle-Lion Films') holds it in the page store (no date or revision id held; an older revision by its wording: "
 "'originally known as Computer Terminal Corporation, was' and 'engineers Phil Ray', where iiab.live's Kiwix copy of "
 "May 2024 at rank 2 of the same query has 'Computer Terminal Corporation (CTC)', '(John) Phil Ray' and '(deriving "
 "the name from the existing competitor Teletype Model 33)'; recorded 3.0, doubtful: undated). Cut: the title line "
 "'Datapoint'; the headings 'Background' and 'Early history' (the second run on to '... a television set screen.' in "
 "the copy's line, so the paragraph ends at 'screen.'); the copy's line '... at that year's computer show.However, "
 "the resultant orders ...' (no space after the period) kept as two paragraphs, 'computer show.' ending one and "
 "'However, the resultant orders' opening the next (no word changed; the break stands where the copy lost a "
 "paragraph break); cut after 'The Datapoint 3300 sold very successfully for a number of years.', before the sentence "
 "the excerpt breaks off in ('It was'; `truncated`). The copy has no infobox or citation marker in this excerpt. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Datapoint Corporation, originally "
 "known as Computer Terminal Corporation, was a computer company based in San Antonio, Texas, United States', "
 "'Founded in July 1968 by Phil Ray and Gus Roche', 'engineers Phil Ray and Austin O. \"Gus\" Roche were working for "
 "General Dynamics Dynatronic Division in Florida, as part of a computing contract team for NASA to enable President "
 "John F. Kennedy's vision', 'one of his tutors from the University of Texas', 'After finding San Antonio, Texas based "
 "backers' (no hyphen), 'the pair incorporated Computer Terminal Corporation there in July 1968', 'Based on a newly "
 "developed Texas Instruments chip, with a casing designed by an industrial designer in New York City, the company had "
 "developed three prototype Datapoint 3300, it was an immediate hit' (the comma splice), 'the TI chips within the "
 "3300', 'In October 1969, the company raised US$4 million through an Initial Public Offering', 'they began sourcing "
 "chips from both TI and Intel, running up large debts from both'. {WORDS} words. No outage and no near-miss of one "
 "told (chips 'needed replacing every 30 minutes' is a product defect). Found at rank 4 of the query 'Datapoint "
 "Corporation Computer Terminal Corporation founded Phil Ray Gus Roche San Antonio Datapoint 2200' (a name with no "
 "hit in the corpus, chosen this round); oldapps.com (rank 1; a timeline site's profile with contact lines), iiab.live "
 "(rank 2; a Kiwix copy of May 2024 with the infobox table inside the text, cut earlier at 'no production ca'), "
 "alanweinkrantz.com (rank 3; a blog, copyrighted), questionai.com (ranks 5, 6; page HTML), a piglix.com copy at "
 "108.161.137.60 (rank 7; infobox lines, cut earlier) and fliphtml5.com (rank 8; a copyrighted book's sample) not "
 "used. Datapoint, Computer Terminal Corporation, Phil Ray, Gus Roche, Dynatronic: " + CHECKED + " ('Texas "
 "Instruments', 'Intel', 'NASA' and 'General Dynamics' in texts on other matters).", "US", v3=True,
 copy_of="the Wikipedia article, via w.owiki.org"))

for r in R:
    r["notes"] = r["notes"].replace("{WORDS}", str(len(r["text"].split())))


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

#!/usr/bin/env python3
"""Batch 65n (session 59; gatherer lane 65n): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f and 65l, turned to European companies
(the lane of 65n: English Wikipedia histories of European companies, founders with titles, acquisitions, parents and
subsidiaries, mergers; with 65l's lead Datasaab and, as the brief asked, UK firms), new to the corpus: Datasaab, the
computer division of the aircraft maker Saab in Linkoping, Sweden, later a company spun off from it, from Saab's
licence of December 1954 to copy Matematikmaskinnamnden's BESK, through Viggo Wentzel's team and its D2, the CK37 for
the Saab 37 Viggen and the civilian D21-D16 line, to Stansaab AS, the joint venture of 1971 of Standard Radio & Telefon
AB, Saab and the Swedish Development Company (computers, Sweden); the Bristol Aeroplane Company, founded as the British
and Colonial Aeroplane Company in February 1910 by Sir George White, chairman of the Bristol Tramway and Carriage
Company, with his son and his brother, split in 1956 into Bristol Aircraft and Bristol Aero Engines, which merged in
1959 into the British Aircraft Corporation and Bristol Siddeley, Bristol Siddeley bought by Rolls-Royce in 1966
(aerospace, UK); and Debenhams, the London drapers' store founded in 1778 as Flint & Clark, Clark and Debenham and
Debenham & Freebody in turn, grown by buying Marshall & Snelgrove (1919), Harvey Nichols (1920) and Browns of Chester
(1976) under its chairman Ernest Debenham and after, bought by the Burton Group in 1985, demerged in 1998, led by
Belinda Earl as CEO from 2000 (retail, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): copies of the articles on other sites: the Kiwix dump wikipedia_en_top1m_maxi_2024-05 on
iiab.live ('Datasaab'), wiki-gateway.eudic.net ('Bristol Aeroplane Company', under the redirect 'Bristol Aeroplane
Co.') and liquisearch.com (the 'History' section of 'Debenhams'); each cut at a sentence end before the point where
the excerpt breaks off (all `truncated`). Edits per item in `notes` (title lines, infobox lines, sub-headings and
citation markers cut; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather66n/src), the markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs
compared as one space, as batches 57g-65l did. No text tells an outage; one tells a near-miss of one (Debenhams'
stores fire-bombed by the Animal Liberation Front: an attack on property, no service lost by users). newskg (or any
extractor) was not run on any text. A round of three: six queries, six companies asked for, three taken (round notes,
/work/notes/gather66/65n.md; queries, /tmp/gather66n/src/queries.txt).
usage: batch65n.py [POOL_DIR] [--dry]   (default /tmp/gather66n/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather66n/pool"
SRC = "/tmp/gather66n/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-59 pools (/tmp/gather66*/pool) and in /work/notes/gather66/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- computers, Sweden: Datasaab (the Kiwix dump wikipedia_en_top1m_maxi_2024-05 on iiab.live) ---------------------
DATASAAB = [
 "Datasaab was the computer division of, and later a separate company spun off from, aircraft manufacturer Saab in "
 "Link\u00f6ping, Sweden.",
 "Its history dates back to December 1954, when Saab got a license to build its own copy of BESK, an early Swedish "
 "computer design using vacuum tubes, from Matematikmaskinn\u00e4mnden (the Swedish governmental board for mathematical "
 "machinery). This clone was completed in 1957 and was named SARA. Its computing power was needed for design "
 "calculations for the next generation jet fighter Saab 37 Viggen.",
 "Intending to develop a navigational computer to place in an airplane, a team led by Viggo Wentzel came up with an "
 "all transistorized prototype computer named D2, completed in 1960, which came to define the company's activities in "
 "the following two decades. This development followed two lines. The main purpose was the development of a "
 "navigational computer for Viggen. A spinoff was the production of a line of civilian mini and mainframe computers "
 "for the commercial market.",
 "The military navigational computer CK37 was completed in 1971 and used in Viggen.",
 "The first civilian model D21 (1962) was sold to several countries and some 30 units were built. After that, several "
 "versions with names like D22 (1966), D220, D23, D5, D15, and D16 were developed. When the Swedish government needed "
 "20 computers in the 1960s to calculate taxes, an evaluation between Saab's and IBM's machines proved Saab's better. "
 "Later the D5s were used to set up the first and largest bank terminal system for the Nordic banks, a system which "
 "was partly in use until the late 1980s.",
 "In 1971, technologies from Standard Radio & Telefon AB (SRT) and Saab were combined to form Stansaab AS, a joint "
 "venture that also included the state-owned Swedish Development Company. The company's primary focus was systems "
 "for real-time data applied to commercial and aviation applications.[1]"]
KEPT["wp-datasaab"] = ("datasaab-iiab.txt", DATASAAB)
R.append(wp("wp-datasaab", "Datasaab",
 "https://iiab.live/kiwix/content/wikipedia_en_top1m_maxi_2024-05/A/Datasaab",
 "\n\n".join(MARK.sub("", p) for p in DATASAAB),
 "computers", ["history", "founding", "subsidiary", "joint venture", "products"],
 "The article as the Kiwix dump wikipedia_en_top1m_maxi_2024-05 on iiab.live (Internet-in-a-Box's public Kiwix "
 "server; batch 40zb used its copy of this dump) holds it in the page store (a revision of about May 2024; no "
 "revision id held). Cut: the title line 'Datasaab'; the heading 'History' (with the blank line of spaces after it); "
 "the citation marker '[1]' (after 'aviation applications.'); cut after '... applied to commercial and aviation "
 "applications.', before the sentence the excerpt breaks off in ('In 1975, the D23 system was seriously delayed and "
 "the solution was a joint company with ', no full stop; `truncated`; a cut at a sentence end), so the joint company "
 "of 1975 and its partner are not in the text. The copy prints no infobox in this excerpt. Paragraphs, one line each "
 "in the copy (two of them joined by a single line break there), joined with blank lines. No word added or changed. "
 "Kept as written: 'the computer division of, and later a separate company spun off from, aircraft manufacturer Saab "
 "in Link\u00f6ping, Sweden.', 'when Saab got a license to build its own copy of BESK, an early Swedish computer design "
 "using vacuum tubes, from Matematikmaskinn\u00e4mnden (the Swedish governmental board for mathematical machinery)' "
 "('license' as written), 'This clone was completed in 1957 and was named SARA.', 'a team led by Viggo Wentzel came up "
 "with an all transistorized prototype computer named D2', 'The military navigational computer CK37 was completed in "
 "1971 and used in Viggen.', 'The first civilian model D21 (1962) was sold to several countries', 'several versions "
 "with names like D22 (1966), D220, D23, D5, D15, and D16 were developed.', 'an evaluation between Saab's and IBM's "
 "machines proved Saab's better.', 'Later the D5s were used to set up the first and largest bank terminal system for "
 "the Nordic banks', 'In 1971, technologies from Standard Radio & Telefon AB (SRT) and Saab were combined to form "
 "Stansaab AS, a joint venture that also included the state-owned Swedish Development Company.'. 304 words. No outage "
 "and no near-miss of one told ('the D23 system was seriously delayed', a product late to market, stood in the cut "
 "sentence). Recorded CC BY-SA 4.0 (a dump of May 2024, as batch 40zb recorded its copy of this dump); doubtful in that "
 "no revision id is held. Found at rank 1 of the query 'Datasaab Swedish computer company subsidiary of Saab sold to "
 "Ericsson 1981 Nokia Data Wikipedia' (batch 65l's lead, asked again word for word); theinfolist.com (rank 2, link "
 "glosses run into the sentences), wiki.niidae.com (rank 3, a MediaWiki edit form showing wikitext), sewiki.info and "
 "sv.wikipedia.org (ranks 4, 6 and 7, Swedish), fact-index.com (rank 5, an old short version with other words) and "
 "es.stringtranslate.com (rank 8, Spanish) not used. Datasaab, Stansaab, Viggo Wentzel, Matematikmaskinn\u00e4mnden, "
 "Swedish Development Company: " + CHECKED.replace(", in GATHERING.md,", ",") + ", GATHERING.md aside, where the "
 "names stood only in batch 65l's lists of pages looked at and its leads (so too CK37 and Viggen); BESK: no hit "
 "anywhere; SARA (upper case) only in batch 33e's text, another sense ('Standard Radio' is batch 12's Canadian broadcaster Standard Radio Inc., bought by Astral Media, another company; "
 "Saab and IBM are parties of other corpus texts, other matters).",
 "non-US", copy_of="the Wikipedia article, via the Kiwix dump wikipedia_en_top1m_maxi_2024-05 on iiab.live"))

# ---- aerospace, UK: Bristol Aeroplane Company (wiki-gateway.eudic.net's copy, under 'Bristol Aeroplane Co.') -------
BRISTOL = [
 "The Bristol Aeroplane Company, originally the British and Colonial Aeroplane Company, was both one of the first and "
 "one of the most important British aviation companies, designing and manufacturing both airframes and aero engines. "
 "Notable aircraft produced by the company include the 'Boxkite', the Bristol Fighter, the Bulldog, the Blenheim, the "
 "Beaufighter, and the Britannia, and much of the preliminary work which led to the Concorde was carried out by the "
 "company. In 1956 its major operations were split into Bristol Aircraft and Bristol Aero Engines. In 1959, Bristol "
 "Aircraft merged with several major British aircraft companies to form the British Aircraft Corporation (BAC) and "
 "Bristol Aero Engines merged with Armstrong Siddeley to form Bristol Siddeley.",
 "BAC went on to become a founding component of the nationalised British Aerospace, now BAE Systems. Bristol Siddeley "
 "was purchased by Rolls-Royce in 1966, who continued to develop and market Bristol-designed engines. The BAC works "
 "were in Filton, about 4 miles (6 km) north of Bristol city centre. BAE Systems, Airbus, Rolls Royce, MBDA and GKN "
 "still have a presence at the Filton site where the Bristol Aeroplane Company was located.",
 "The British and Colonial Aeroplane Company, Ltd was founded in February 1910 by Sir George White, chairman of the "
 "Bristol Tramway and Carriage Company, along with his son Stanley and his brother Samuel, to commercially exploit "
 "the fast-growing aviation sector."]
KEPT["wp-bristol-aeroplane-company"] = ("bristol-eudic.txt", BRISTOL)
R.append(wp("wp-bristol-aeroplane-company", "Bristol Aeroplane Company",
 "https://wiki-gateway.eudic.net/wikipedia_en/Bristol_Aeroplane_Co..html",
 "\n\n".join(MARK.sub("", p) for p in BRISTOL),
 "aerospace", ["history", "founding", "merger", "acquisition", "products"],
 "The article as wiki-gateway.eudic.net (a site serving copies of Wikipedia pages; batches 56p and 57u looked at its "
 "copies) holds it under the redirect 'Bristol Aeroplane Co.' (no date or revision id held; recorded 3.0 as batches "
 "64l and 65l recorded their undated copies). Cut: the title line 'Bristol Aeroplane Company'; the infobox lines "
 "before the lead ('Industry | Aerospace |' to 'Bristol Aero-Engines Bristol Helicopters (1945-1959) Bristol Cars "
 "(1945-1960) Bristol Aerospace (1957-1966) |', with 'Fate | Split and merged |', 'Founded | 1910 (as British and "
 "Colonial Aircraft Company) |', 'Headquarters | Filton, England, UK |' and 'Key people | Sir George White, Frank "
 "Barnwell, Roy Fedden |', so Frank Barnwell, Roy Fedden, Bristol Helicopters, Bristol Cars and Bristol Aerospace are "
 "not in the text; cut as batches 57p-65l cut their infoboxes); the headings 'History' and 'Foundation'; cut after "
 "'... to commercially exploit the fast-growing aviation sector.', before the sentence the excerpt breaks off in "
 "('Unlike most aviation companies ', no full stop; `truncated`; a cut at a sentence end). The copy has no citation "
 "markers in this excerpt. Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. "
 "Kept as written: 'The Bristol Aeroplane Company, originally the British and Colonial Aeroplane Company, was both "
 "one of the first and one of the most important British aviation companies', 'Notable aircraft produced by the "
 "company include the 'Boxkite', the Bristol Fighter, the Bulldog, the Blenheim, the Beaufighter, and the Britannia' "
 "(the first in quotation marks), 'much of the preliminary work which led to the Concorde was carried out by the "
 "company.', 'In 1956 its major operations were split into Bristol Aircraft and Bristol Aero Engines.', 'In 1959, "
 "Bristol Aircraft merged with several major British aircraft companies to form the British Aircraft Corporation "
 "(BAC) and Bristol Aero Engines merged with Armstrong Siddeley to form Bristol Siddeley.', 'BAC went on to become a "
 "founding component of the nationalised British Aerospace, now BAE Systems.', 'Bristol Siddeley was purchased by "
 "Rolls-Royce in 1966, who continued to develop and market Bristol-designed engines.', 'BAE Systems, Airbus, Rolls "
 "Royce, MBDA and GKN still have a presence at the Filton site' ('Rolls Royce' with no hyphen, as written), 'The "
 "British and Colonial Aeroplane Company, Ltd was founded in February 1910 by Sir George White, chairman of the "
 "Bristol Tramway and Carriage Company, along with his son Stanley and his brother Samuel'. 227 words. No outage and "
 "no near-miss of one told. Recorded CC BY-SA 3.0 (an undated copy; doubtful: no revision date). Found at rank 7 of "
 "the query 'Bristol Aeroplane Company founded 1910 Sir George White British and Colonial Aeroplane Company Bristol "
 "Siddeley Wikipedia'; bertram-dickson.com (rank 1, a site repeating the article's words with no licence line), "
 "piglix.com (rank 2, a copy of 2017 whose excerpt breaks off inside the founding sentence, 'to commercially explo'), "
 "janes.migavia.com (rank 3), flightmann.com (rank 4, reworded), baesystems.com's heritage page (rank 5, the "
 "company's own text), archiveshub.jisc.ac.uk (rank 6, an archive's description) and britishaviation-ptp.com (rank "
 "8) not used. Bristol Aeroplane, British and Colonial, Bristol Siddeley, British Aircraft Corporation, Armstrong "
 "Siddeley, Bristol Tramway, George White, Filton, Boxkite, Blenheim, Beaufighter: " + CHECKED + " ('Siddeley' stands "
 "in GATHERING.md only in Hawker Siddeley, another company of a lead; Rolls-Royce, Airbus, MBDA, GKN and BAE Systems "
 "are parties of other corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via wiki-gateway.eudic.net under the redirect 'Bristol "
 "Aeroplane Co.'"))

# ---- retail, UK: Debenhams (liquisearch.com's copy of the 'History' section) ---------------------------------------
DEBENHAMS = [
 "The business was formed in 1778 by Messrs Flint and Clark, who began trading at 44 Wigmore Street in London as a "
 "drapers' store under the name Flint & Clark. In 1813, William Debenham became a partner and the corporate name "
 "changed to Clark and Debenham. In 1818 the company opened a second store in Cheltenham, and in 1851, Clement "
 "Freebody became a partner so the name changed again to Debenham & Freebody. The business was incorporated as "
 "Debenhams Limited in 1905.",
 "The modern Debenhams group grew from the acquisition of department stores in towns and cities throughout the UK, "
 "under the leadership of its chairman, Ernest Debenham. The first of these purchases, Marshall & Snelgrove at Oxford "
 "Street in London, was acquired in 1919. Later purchases included Harvey Nichols in London's Knightsbridge in 1920. "
 "Most stores acquired retained their former identities until a unified corporate image was rolled out across the "
 "stores. The company was first listed on the London Stock Exchange in 1928.",
 "In 1976 the company acquired Browns of Chester. It remains the only UK store to have retained an individual "
 "identity.",
 "In 1985 the company was acquired by the Burton Group. Debenhams demerged in 1998 and was once again listed as a "
 "separate company on the London Stock Exchange. It expanded under the leadership of Belinda Earl who was appointed "
 "CEO in 2000.",
 "During the 1980s, Debenhams was targeted three times by the Animal Liberation Front in protest at the sale of animal "
 "furs in stores. Stores in Romford, Luton, and Harrow were fire-bombed by members, the worst attack being on the "
 "Luton store. As a result, the company stopped selling clothes with animal furs.",
 "Debenhams opened its largest British store on 4 September 2003, at the new Bull Ring shopping centre in "
 "Birmingham. The new store contains 19,230 sq m and opened 20 years after the company closed its Birmingham city "
 "centre store due to declining trade."]
KEPT["wp-debenhams"] = ("debenhams-liquisearch.txt", DEBENHAMS)
R.append(wp("wp-debenhams", "Debenhams", "http://www.liquisearch.com/debenhams/history",
 "\n\n".join(MARK.sub("", p) for p in DEBENHAMS),
 "retail/department stores", ["history", "founding", "acquisition", "ownership", "leadership"],
 "The article's 'History' section as liquisearch.com (a site copying Wikipedia articles section by section; batches "
 "23b, 32d, 35o and 65f used its copies) holds it (no date or revision id held; its latest date '4 September 2003' and "
 "'Belinda Earl who was appointed CEO in 2000', with nothing of the later owners, so an older revision of about "
 "2004-2010; recorded 3.0 as batch 65f recorded its liquisearch.com copy). Cut: the title line 'Debenhams - "
 "History' and the heading 'History'; cut after '... due to declining trade.', a paragraph's second sentence, before "
 "the sentence the excerpt breaks off in ('Following the closure of the store in Dudley i', no full stop; "
 "`truncated`; a cut at a sentence end). The copy has no infobox and no citation markers in this excerpt. Paragraphs "
 "joined with blank lines, as in the copy. No word added or changed. Kept as written: 'The business was formed in "
 "1778 by Messrs Flint and Clark, who began trading at 44 Wigmore Street in London as a drapers' store under the name "
 "Flint & Clark.', 'In 1813, William Debenham became a partner and the corporate name changed to Clark and Debenham.' "
 "('and' written out), 'Clement Freebody became a partner so the name changed again to Debenham & Freebody.', 'The "
 "business was incorporated as Debenhams Limited in 1905.', 'under the leadership of its chairman, Ernest Debenham.', "
 "'The first of these purchases, Marshall & Snelgrove at Oxford Street in London, was acquired in 1919.', 'Later "
 "purchases included Harvey Nichols in London's Knightsbridge in 1920.', 'In 1976 the company acquired Browns of "
 "Chester. It remains the only UK store to have retained an individual identity.', 'In 1985 the company was acquired "
 "by the Burton Group. Debenhams demerged in 1998', 'It expanded under the leadership of Belinda Earl who was "
 "appointed CEO in 2000.', 'Stores in Romford, Luton, and Harrow were fire-bombed by members', 'The new store "
 "contains 19,230 sq m'. 322 words. No outage told; one near-miss ('Stores in Romford, Luton, and Harrow were "
 "fire-bombed': an attack on shops, no service lost by users told; GUIDELINES, Outages: physical damage is no "
 "outage). Recorded CC BY-SA 3.0 (an undated copy of an older revision; doubtful: no revision date). Found at rank 1 "
 "of the query 'Debenhams history founded 1778 William Clark Debenham Freebody Burton Group 1985 acquired Wikipedia'; "
 "twnews.co.uk, selectnews91.com, money.readsector.com and a search engine's cache of a BBC News page (ranks 2, 3, 7 "
 "and 8, news), a scraped amebaownd.com page (rank 4, the years dropped), ir.debenhams.com (rank 5, the company's "
 "own history, no open licence stated) and theindustry.fashion (rank 6, trade press) not used. Debenham, Freebody, "
 "Harvey Nichols, Snelgrove, Browns of Chester, Burton Group, Belinda Earl, Animal Liberation Front, Bull Ring: "
 + CHECKED + " (London Stock Exchange is in other corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article's 'History' section, via liquisearch.com"))


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

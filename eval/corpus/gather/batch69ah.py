#!/usr/bin/env python3
"""Batch 69ah (session 63; gatherer lane 69ah): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac, 68a-68ad and 69a-69ab, on an Australian lingerie maker
and two Australian cinema chains, new to the corpus: Berlei (Berlei Limited), the Sydney lingerie company begun in
1910 as Unique Corsets by its founder Frederick Richard Burley (founder and first president of the Australia Made
Preference League), its brand of 1917 now sold by Hanesbrands and Courtaulds Textiles, its subsidiaries Berlei (New
Zealand) Limited (1923) and Berlei (U.K.) Limited (1930) (lingerie, Australia); Hoyts, the Melbourne cinema chain
formed by the dentist Arthur Russell as Hoyts Pictures Pty. Ltd., merged in 1926 into Hoyts Theatres Limited, with a
major shareholding by the Fox Film Corporation from 1932, sold in 1982 to four Melbourne businessmen, owned by the
Fink family from 1985 and by 1994 by Hellman and Friedman and Lend Lease Corporation (cinemas, Australia); and Event
Cinemas (Greater Union), begun in 1910 with Thomas James West's West's Pictures, Union Theatres and Australasian Films,
Greater Union Theatres (half bought by the Rank Organisation in 1945), buyer of the MGM Theatres chain, the Ace Group
and Birch, Carroll & Coyle, controlled by AHL from 1984 (cinemas, Australia).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's '= Title =' rendering of 'Berlei' (undated, recent), and liquisearch.com's
copies of the History sections of 'Hoyts' and 'Event Cinemas' (texts of about 2010-2012); each cut at a paragraph or
sentence end at or before the point where the excerpt ends (all about 2,000 characters). Edits per item in `notes`
(title lines, headings, infobox lines and citation markers cut; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather69ah/src), the markers ('[1]') dropped and whitespace runs
compared as one space, as batches 57g-69ab did. No text tells an outage. newskg (or any extractor) was not run on any
text. A round of three: nine queries, nine companies asked for, three taken (round notes /tmp/gather69ah/NOTES.md;
queries /tmp/gather69ah/src/queries.txt; claims /work/notes/gather69/CLAIMS.txt).
usage: batch69ah.py [POOL_DIR] [--dry]   (default /tmp/gather69ah/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69ah/pool"
SRC = "/tmp/gather69ah/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- lingerie, Australia: Berlei (en.wikipedia.org) ----------------------------------------------------------------
BE = [
 "Berlei is a brand of women's lingerie and in particular bras and girdles.",
 "The company began in Sydney in 1910. The Berlei brand originated in 1917. Berlei undergarments are now sold in "
 "Australia by Hanesbrands and in the United Kingdom by Courtaulds Textiles.",
 "Berlei conducted a research project to quantify Australian 'figure types'.",
 "The name came from that of the firm's founder, Frederick Richard Burley, who felt that his name as normally spelt "
 "was not contextually appropriate to his products.",
 "Berlei Limited was one of the first Australian companies to expand outside Australia. Berlei (New Zealand) Limited "
 "was incorporated in 1923, and Berlei (U.K.) Limited was organised in 1930.",
 "Frederick R. Burley (29 May 1885, Hamilton, Victoria \u2013 26 May 1954, Wahroonga, New South Wales) was the founder "
 "of Berlei.",
 "Burley was a pioneer in employee relations and an accomplished public citizen, holding office in the Rotary Club "
 "and contributing to other worthy organizations. In the custom of Rotary he would introduce himself to other clubs "
 "with his name, his club, and his occupation as a \"maker of jewel caskets\".",
 "In 1923, he founded the Australia Made Preference League and served as the first president of the League. The "
 "League created the Great White Train as a promotional tool for early Australian industries.",
 "He travelled widely to learn business and trade information, to make business partnerships, and to get materials "
 "for his factories.",
 "The movie Undercover was made about the early years of the Berlei company and the life of Frederick R Burley.",
 "Berlei Limited was started in 1910, as a company called Unique Corsets in Sydney, after Fred Burley discovered that "
 "the corset business was profitable and that the wholesale segment of the business could be prosecuted on an "
 "import replacement basis."]
KEPT["wp-berlei"] = ("berlei-enwiki.txt", BE)
R.append(wp("wp-berlei", "Berlei", "https://en.wikipedia.org/wiki/Berlei",
 "\n\n".join(MARK.sub("", p) for p in BE),
 "lingerie/manufacturing", ["history", "founder", "brand", "subsidiaries", "trade association"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (no revision id or date held; "
 "a recent revision: it names Hanesbrands as the brand's owner). Cut: the title line '= Berlei =', the infobox "
 "lines ('Berlei', 'Currentowner: Hanesbrands', 'Type: Lingerie', 'Logo: Berlei logo 2017.svg') and the headings "
 "'==History==', '==Founder==' and '==History of Berlei Limited and associated companies=='; cut after '... could be "
 "prosecuted on an import replacement basis.', before the sentence the excerpt breaks off in ('Burley '; a cut at a "
 "sentence end), so the company's later history is not in the text. No citation markers in this rendering. "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'organised in 1930', 'Frederick R. "
 "Burley' beside 'Frederick R Burley' (no stop) and 'Fred Burley', the dash in the life dates, 'could be prosecuted "
 "on an import replacement basis'. No outage told. Recorded CC BY-SA 4.0 (a recent en.wikipedia.org rendering; "
 "doubtful: undated). Found at rank 5 of the query 'Berlei company history Fred Burley Sydney founded acquired "
 "managing director Wikipedia'; a user draft page at en.m.wikipedia.org (rank 1; 'User:Ariconte/FRB', not an "
 "article), the Australian Dictionary of Biography (ranks 2-4; not openly licensed), de.wikial.top (rank 6; a German "
 "translation), auspostalhistory.com (rank 7) and an ANU archives list (rank 8) not used. Berlei, Burley, "
 "Hanesbrands, Australia Made Preference: " + CHECKED + " (Courtaulds only in GATHERING.md).",
 "non-US", copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- cinemas, Australia: Hoyts (liquisearch.com's copy of the History section) --------------------------------------
HO = [
 "At the start of the 20th century dentist Dr Arthur Russell, who was, in his spare time, a cornet player and a "
 "magician, purchased a share in a small American travelling circus, known as Hoyts Circus, and travelled with them "
 "as the resident magician. After a financially disastrous run, Russell returned to his work as a dentist.",
 "Undeterred, he leased the old St. Georges Hall in Bourke Street, Melbourne (later known as the Hoyts Esquire), and "
 "began showing short films on Saturday nights. Unlike his previous venture, it was successful, and as a result, he "
 "formed a new company called Hoyts Pictures Pty. Ltd. By the time he died at the end of World War I, Hoyts had "
 "expanded into the suburbs of Melbourne, and into Sydney.",
 "In 1926, Hoyts and two other companies, Electric Theatres Pty. Ltd. and Associated Theatres Pty. Ltd., merged to "
 "become Hoyts Theatres Limited. In 1932, the Fox Film Corporation (now Twentieth Century Fox) secured a major "
 "shareholding in the company.",
 "In August 1982, Twentieth Century Fox sold Hoyts to a group of four Melbourne businessmen. In April 1985, the Fink "
 "family subsequently bought out the other partners to become the sole owner. The Finks began to expand the company, "
 "into areas such as film distribution, home entertainment, and cinema operations in New Zealand, the United States, "
 "South America and Europe.",
 "In 1987, the corporation was restructured and two of the companies in the corporation were listed on the "
 "Australian Stock Exchange: Hoyts Media and Hoyts Entertainment. However, the company that owned the cinemas, Hoyts "
 "Cinemas, was not floated until 1996. The years between 1987 and 1996 saw considerable expansion, so that by 1994, "
 "Hoyts was the 10th biggest cinema chain in the world and was owned by an American investment company\u2014Hellman "
 "and Friedman\u2014directors and senior management, and the Australian company Lend Lease Corporation."]
KEPT["wp-hoyts"] = ("hoyts-liquisearch.txt", HO)
R.append(wp("wp-hoyts", "Hoyts", "http://www.liquisearch.com/hoyts/history",
 "\n\n".join(MARK.sub("", p) for p in HO),
 "cinemas (history)", ["history", "founder", "merger", "shareholding", "ownership changes", "listing"],
 "The article's History section as liquisearch.com's copy of English Wikipedia (liquisearch.com/hoyts/history) holds "
 "it in the page store: the section from its start, so the text opens 'At the start of the 20th century' (the lead, "
 "which calls Hoyts an Australian chain of cinema multiplexes, is not on that page). Cut: the copy's title lines "
 "('Hoyts - History', 'History'); cut after '... the Australian company Lend Lease Corporation.', before the "
 "paragraph the excerpt breaks off in ('In 1996, Hoyts Cinemas was floated and in 1999, the late Kerry Packer's "
 "privat'; a cut at a paragraph end). No citation markers in the copy. Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'dentist Dr Arthur Russell' (no stop), 'St. Georges Hall' (no apostrophe), "
 "'Hoyts Pictures Pty. Ltd.', 'the Fox Film Corporation (now Twentieth Century Fox)', the em dashes around "
 "'Hellman and Friedman'. No outage told. Recorded CC BY-SA 3.0, as batch 36z recorded liquisearch.com's copy (a "
 "text of about 2010-2012; doubtful: no date held). Found at rank 1 of the query 'Hoyts cinema company history "
 "founded Arthur Russell Melbourne acquired Wikipedia'; zalansite.site's edit pages (ranks 2, 5; wikitext of a "
 "MediaWiki edit form), AustLit (rank 3; a subscriber database), wikisum.wiki (rank 4; a summary that reorders "
 "sentences), talk.dob.jp's copy of oldid 128901640 of 7 May 2007 (rank 6; its excerpt breaks off at the 1982 sale), "
 "cinemarecord.org.au (rank 7; a magazine page) and akarinohon.com (rank 8; its excerpt all navigation and "
 "infobox) not used. Hoyts, Arthur Russell, Electric Theatres, Lend Lease: " + CHECKED + " (Hellman only in a text "
 "on another matter, Hellman & Friedman in a 2007 Google / DoubleClick text).",
 "non-US", v3=True, copy_of="the Wikipedia article, via liquisearch.com's copy"))

# ---- cinemas, Australia: Event Cinemas / Greater Union (liquisearch.com's copy of the History section) --------------
EC = [
 "The story of Greater Union begins in 1910, when Thomas James West established West's Pictures. Over the next three "
 "years the company merged with other existing film distributors, first becoming 'the General Film Co of "
 "Australasia', then 'Union Theatres and Australasian Films'",
 "During the 1920s the organisation grew further, developing a relationship with Queensland's Birch, Carroll & "
 "Coyle, a brand that Greater Union maintains to this day. The Great Depression of the 1930s caused significant "
 "changes for the group. Union Theatres was liquidated, and its assets purchased by Greater Union Theatres. British "
 "Empire Films, the National Theatre Supply Co., and Cinesound all derived from 'Union Theatres and Australasian "
 "Films'.",
 "In 1945 the Rank Organisation purchased 50% of the now stable Greater Union Theatres. The name changed to 'Greater "
 "Union Organisation', or GUO in the 1950s, a time which saw the formation of strategic alliances with Hoyts and the "
 "predecessor to Village Roadshow (1955 and 60) in order to exploit opening markets. GUO became sister chain to Odeon "
 "Cinemas in the United Kingdom and Odeon Theatres (now Cineplex Entertainment in Canada. GUO expanded by acquiring "
 "the MGM Theatres cinema chain in 1971, the Western Australia based Ace Group in 1986, and completing their "
 "acquisition of Birch, Carroll & Coyle in 1991. The majority of the GUO sites are a joint venture with Village "
 "Cinemas (trading as: Australian Theatres). In NSW, ACT, QLD, SA and WA they trade under the GU and BCC brands but "
 "in Victoria under the Village banner. GUO has since expanded into Singapore, and the United Arab Emirates.AHL "
 "acquired control from the Rank Organisation in 1984, and continues to run the company today.",
 "In 2003, AHL sold 50% of its Australian cinema operations to Village Roadshow in exchange for a partnership to "
 "form a joint venture, Australian Theatres.",
 "The group has rebranded several of its premier Australian and New Zealand cinemas as Event Cinemas since 2009."]
KEPT["wp-event-cinemas"] = ("greater-union-liquisearch.txt", EC)
R.append(wp("wp-event-cinemas", "Event Cinemas", "http://www.liquisearch.com/event_cinemas/history",
 "\n\n".join(MARK.sub("", p) for p in EC),
 "cinemas (history)", ["history", "founder", "mergers", "liquidation", "acquisitions", "joint venture",
                       "shareholding", "rebranding"],
 "The article's History section as liquisearch.com's copy of English Wikipedia (liquisearch.com/event_cinemas/"
 "history) holds it in the page store: the section from its start, so the text opens 'The story of Greater Union "
 "begins in 1910' (the lead is not on that page). Cut: the copy's heading line 'History'; cut after '... as Event "
 "Cinemas since 2009.', before the paragraph the excerpt breaks off in ('A re'; a cut at a paragraph end). No "
 "citation markers in the copy. Paragraphs joined with blank lines. No word added or changed. Kept as written: "
 "'then 'Union Theatres and Australasian Films'' with no full stop at the paragraph's end, '(1955 and 60)', "
 "'Odeon Theatres (now Cineplex Entertainment in Canada.' (the bracket not closed), 'the Western Australia based Ace "
 "Group', 'the United Arab Emirates.AHL' (no space). No outage told. Recorded CC BY-SA 3.0, as batch 36z recorded "
 "liquisearch.com's copy (a text of about 2010-2012, naming Event Cinemas 'since 2009'; doubtful: no date held). "
 "Found at rank 3 of the query 'Greater Union cinema chain history Union Theatres Australasian Films Stuart Doyle "
 "managing director Wikipedia'; bonzadb.com.au (rank 1; a bibliography quoting the company's own history), "
 "the-uncensored-wiki.com's old revision (rank 2; the same section of an older revision, opening in 1923), "
 "trove.nla.gov.au (rank 4; a 1930s newspaper), caarp.edu.au (ranks 5, 8; a research database), en.wikipedia.org's "
 "'Event Cinemas' (rank 6; its excerpt breaks off in the history before any owner or officer) and an unaddressed "
 "older copy (rank 7; no address to record) not used. Greater Union, Union Theatres, Australasian Films, Thomas James "
 "West, Birch Carroll, Village Roadshow: " + CHECKED + " (Hoyts only in this round's own wp-hoyts).",
 "non-US", v3=True, copy_of="the Wikipedia article, via liquisearch.com's copy"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[nb 1]', '[edit]', '[citation needed]'),
    whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|nb \d+|edit|citation needed)\s*\]", "", s).split())


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

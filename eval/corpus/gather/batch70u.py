#!/usr/bin/env python3
"""Batch 70u (session 64; gatherer lane 70u): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c,
70j and 70o (the lane of 70j and 70o: English Wikipedia histories of European companies, founders and executives with
posts, acquisitions, parents and subsidiaries; from the leads of rounds 70c, 70j and 70o, here turned to services,
retailers and banks of Switzerland, Norway and the Netherlands, names of the leads' kind with no corpus hit), new to
the corpus: Jelmoli, the Z\u00fcrich department store founded in 1833 by Johann Peter Jelmoli Ciolina on the Schipfe,
a limited company from 1896/1899 (retail, Switzerland); Steen & Str\u00f8m Magasin, the Oslo department store founded
in 1797 by Samuel Str\u00f8m, renamed by Samuel Str\u00f8m Jr. and Emil Steen in 1856, with its acting chief executive Nils
Steen and chairman Erling Steen, bought by Storebrand Eiendom in 2005 and by S\u00f8ylen Eiendom and Schage Eiendom in
2011 (retail, Norway); and the Rotterdamsche Bank (Rotterdamsche Bankvereeniging, Robaver), founded in Rotterdam in
1863, buyer of the Deposito- en Administratie Bank, Determeijer Weslingh & Zn. and the Nationale Handelsbank, creator
of the Vrouwenbank, under its managing director Willem Westerman, merged in 1964 into AMRO Bank (banking, the
Netherlands).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): wikizero.com's copy of 'Jelmoli' (undated), en.wikipedia.org's '= Title =' rendering of 'Steen & Str\u00f8m
Magasin' (recent) and a Wikipedia mirror's copy (hessslslslsls.azureedge.net) of 'Rotterdamsche Bank' (recent; recorded
as round 70q recorded that mirror); all recorded CC BY-SA 4.0; cut at a sentence end before the point where the excerpt
breaks off (`truncated`) or before the copy's trailing headings. Edits per item in `notes` (title and site lines,
infobox lines, captions, headings, edit links, citation and interlanguage markers; no word added or changed);
`verify()` checks every kept paragraph against the saved excerpt (/tmp/gather70u/src), citation markers ('[1]',
'[citation needed]', '[edit]') and interlanguage markers (' [nl]') dropped and whitespace runs compared as one space,
as batches 57g-70o did. No text tells an outage (Steen & Str\u00f8m's fire of 1929 and its closing by the occupiers in
May 1943 are a physical accident and a government order, no service lost in the guidelines' sense). newskg (or any
extractor) was not run on any text. A round of three: seven queries, six companies asked for, three taken (round notes
/tmp/gather70u/NOTES.md; queries, /tmp/gather70u/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70u.py [POOL_DIR] [--dry]   (default /tmp/gather70u/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70u/pool"
SRC = "/tmp/gather70u/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-64 pools (/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[citation needed]') or an interlanguage marker (' [nl]'), with the space before
# it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed|nl)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs or pieces kept, as written in the excerpt)
R = []


def _text(paras):
    """Paragraphs joined with blank lines; a paragraph given as a tuple is its pieces joined as they stand (a cut
    inside the paragraph between them), citation and interlanguage markers dropped."""
    return "\n\n".join(MARK.sub("", "".join(p) if isinstance(p, tuple) else p) for p in paras)


def _pieces(paras):
    return [q for p in paras for q in (p if isinstance(p, tuple) else (p,))]


# ---- retail, Switzerland: Jelmoli (wikizero.com's copy) -----------------------------------------------------------
JELMOLI = [
 "Jelmoli is a department store in Z\u00fcrich, Switzerland. It is one of the oldest and best known in the "
 "world[citation needed]. It introduced features such as no-haggle pricing and a mail order catalog. It is located "
 "along the famous Bahnhofstrasse in Z\u00fcrich.",
 "The original store was founded in 1833 by Johann Peter Jelmoli Ciolina as a fashion shop. The original property "
 "was in the Schipfe, Z\u00fcrich's oldest continually inhabited district, on the river Limmat.",
 "The store opened with the new concept of fixed prices where prices were posted and no price negotiation was "
 "expected.",
 "Thanks to immediate success, expansion began in earnest in the mid-1880s by Jelmoli's descendants. The company "
 "founded in 1896 became a limited company (SA Jelmoli department stores in 1899) to raise capital for the "
 "construction of a new department store. The shipping business began in 1897 with the first mail order catalog as a "
 "retail store with shipping.",
 "The new store was designed as a glass palace after Parisian department stores and became the new headquarters of "
 "Jelmoli. The building was completed in 1898 at the site of the former silk farms with 72 employees.",
 "Gradually, and with major expansions in 1931\u20131938, 1947, and 1958\u20131961, grew into a glass palace with a "
 "closed courtyard. Due to the construction history, the exterior style differs significantly on two faces."]
KEPT["wp-jelmoli"] = ("jelmoli-wikizero.txt", _pieces(JELMOLI))
R.append(wp("wp-jelmoli", "Jelmoli", "https://wikizero.com/En/Jelmoli", _text(JELMOLI),
 "retail/department stores", ["history", "founding", "incorporation", "stores"],
 "The article as wikizero.com's copy holds it in the page store (no revision id or date held; its infobox names the "
 "CEO Hans Peter Gr\u00fcninger and figures of 2007, its text not the 2009 takeover or the 2023 closure plan that "
 "wikisum.wiki's summary of a later revision holds; a rendering with '[edit]' links; recorded CC BY-SA 4.0; "
 "doubtful: undated, perhaps an older revision). Cut: the title line 'Jelmoli' and its repeat; the infobox lines "
 "('Company typePublic, AG' to 'Websitewww.jelmoli.ch', with 'Founded(1833 (1833))', 'Key people', 'Hans Peter "
 "Gr\u00fcninger', '(CEO)', 'Markus Graf', '(VR-Pr\u00e4sident)'); the heading 'History' and its '[edit]' link; the image "
 "captions 'The first incarnation of Jelmoli's 'glass palace' was completed in the art nouveau style in 1903.' and "
 "'Bond of the Grands Magasins Jelmoli S. A., issued 1 December 1925' (two caption lines between paragraphs); the "
 "marker '[citation needed]'; cut after '... differs significantly on two faces.', before the sentence the excerpt "
 "breaks off in ('Razing of adjacent properties ... among othe'; `truncated`; a cut at a sentence end). Paragraphs "
 "joined with blank lines. No word added or changed. Kept as written: 'It is one of the oldest and best known in the "
 "world.', 'Thanks to immediate success, expansion began in earnest in the mid-1880s by Jelmoli's descendants.' "
 "('Jelmoli' here the founder), 'The company founded in 1896 became a limited company (SA Jelmoli department stores "
 "in 1899)', 'Gradually, and with major expansions in 1931\u20131938, 1947, and 1958\u20131961, grew into a glass palace' "
 "(no subject). " + TYPED + "No outage and no near-miss of one told. Found at rank 3 of the query 'Jelmoli Swiss "
 "department store Zurich history founded'; wikisum.wiki (rank 1; a shuffled summary), dewiki.de, de.zxc.wiki and "
 "de.knowledgr.com (German, machine translations), lasuiza.ch (Spanish), jobs.sps.swiss (the owner's own German "
 "page) and actualnewsmagazine.com (news) not used. Jelmoli, Ciolina, Schipfe: " + CHECKED + ".",
 "non-US", copy_of="the Wikipedia article, via wikizero.com's copy (undated)"))

# ---- retail, Norway: Steen & Strom Magasin (en.wikipedia.org's rendering) -----------------------------------------
STEEN = [
 "Steen & Str\u00f8m Magasin is a department store situated in Nedre Slottsgate in the center of Oslo, Norway. The "
 "department store has over 500 Norwegian and international brands. Steen & Str\u00f8m Magasin consists of over 33,000 "
 "square meters of floor spaces.",
 "Steen & Str\u00f8m was founded in 1797 when Samuel Str\u00f8m established a little wine and food delicatessen at the "
 "corner of Kongens Gate and Prinsens Gate. Str\u00f8m bought the two story high, 250 square foot store for 1,700 "
 "riksdaler.",
 "In 1856, Samuel Str\u00f8m Jr. and Emil Steen took over the firm and renamed it \"Steen & Str\u00f8m\". Business was "
 "booming, so the partners bought the house next door in Prinsens Gate and, in 1874, they opened a four-story "
 "department store, the first modern department store in Norway. Here, customers could find beauty articles, fashion, "
 "the latest technology and caf\u00e9s.",
 "In 1929, the building was destroyed by fire. The architect Ole Sverre was commissioned to design a new, spacious "
 "and open building, inspired by the large department stores in Paris. In 1930, the new Steen & Str\u00f8m store opened. "
 "The shopping center, with Norway's first escalators, quickly became an attraction.",
 "During the occupation of Norway by Nazi Germany, the acting chief executive Nils Steen and the chairman Erling "
 "Steen refused to abide by the trade policies of the occupiers. Erling Steen was imprisoned for a period and, in May "
 "1943, Steen & Str\u00f8m were shut down by the Nazis.",
 "In 1992, the department store went bankrupt. Peter Anker Stordalen and a group of other investors bought the "
 "estate and continued to run the department store. In 2005, Steen & Str\u00f8m was bought by Storebrand Eiendom.",
 "In July 2011, Steen & Str\u00f8m was purchased by S\u00f8ylen Eiendom and Schage Eiendom for over one billion NOK."]
KEPT["wp-steen-and-strom-magasin"] = ("steen-strom-magasin-enwiki.txt", _pieces(STEEN))
R.append(wp("wp-steen-and-strom-magasin", "Steen & Str\u00f8m Magasin",
 "https://en.wikipedia.org/wiki/Steen_%26_Str%C3%B8m_Magasin", _text(STEEN),
 "retail/department stores", ["history", "founding", "renaming", "management", "ownership"],
 "The article as en.wikipedia.org's own page is held in the page store (its '= Title =' rendering with '== History "
 "==' headings and the infobox as '- Key: value' lines; no revision id or date held; a recent revision, telling of "
 "July 2011 and after; recorded CC BY-SA 4.0). Cut: the title line '= Steen & Str\u00f8m Magasin ='; the infobox lines "
 "('Steen og Str\u00f8m', '- Map Type: Norway', '- Building Type: Shopping Centre', '- Location City: Oslo'); the "
 "heading '== History =='; cut after '... for over one billion NOK.', before the sentence the excerpt breaks off in "
 "('The new owners wanted to revitalize ... with new retailing and d'; `truncated`; a cut at a sentence end). "
 "Paragraphs joined with blank lines. No word added or changed. Kept as written: 'Str\u00f8m bought the two story high, "
 "250 square foot store', 'Steen & Str\u00f8m were shut down by the Nazis' (a plural verb). " + TYPED + "No outage told: "
 "'the building was destroyed by fire' (a physical accident) and 'Steen & Str\u00f8m were shut down by the Nazis' (a "
 "government order closing a business) are no service lost (GUIDELINES, Outages: 'NOT: government orders closing a "
 "broadcaster or a market, physical accidents ..., business failures'); 'went bankrupt' a business failure. Found at "
 "rank 1 of the query 'Steen & Str\u00f8m Norwegian department store Oslo history founded Wikipedia'; steenogstromoslo.no "
 "(the store's own page), the German travel pages (rank 3 and norwegenstube.de), oslobyleksikon.no (Norwegian), "
 "businessoffashion.com and retailtimes.co.uk (trade press) and de.knowledgr.com (a German translation of the group "
 "article 'Steen & Str\u00f8m') not used. Steen & Str\u00f8m, Samuel Str\u00f8m, Stordalen, S\u00f8ylen, Schage, Erling Steen, "
 "Nils Steen: " + CHECKED + " (Storebrand: GATHERING.md and CLAIMS.txt only, round 69c's claim of the insurer "
 "Storebrand ASA, not used there; here only as the buyer Storebrand Eiendom).",
 "non-US", copy_of="the Wikipedia article, via en.wikipedia.org's own rendering"))

# ---- banking, the Netherlands: Rotterdamsche Bank (a Wikipedia mirror's copy) -------------------------------------
ROTT = [
 "The Rotterdamsche Bank, known from 1911 to 1947 as Rotterdamsche Bankvereeniging or Robaver,[1] was a significant "
 "bank in the Netherlands, founded in 1863. In 1964, it merged with Amsterdamsche Bank to form AMRO Bank (for "
 "AMsterdamsche & ROtterdamsche).[2]",
 "The Rotterdamsche Bank was established on 16 May 1863 by a group of businessmen and bankers, who took inspiration "
 "from the British Colonial Bank and aimed at financing trade and investment in the Dutch East Indies. After a "
 "difficult start, however, the bank soon focused on domestic business.[3]",
 "Between 1911 and 1947 it was known as the Union Bank of Rotterdam (Dutch: Rotterdamsche Bank Vereeniging, "
 "abbreviated as Robaver), following its 1911 acquisition of Rotterdam competitor Deposito- en Administratie Bank "
 "(est. 1900) and soon afterwards of Amsterdam brokers Determeijer Weslingh & Zn. (est. 1765). Under the leadership of "
 "its ambitious managing director Willem Westerman [nl], it went on to acquire a number of local banks,[4] but became "
 "overextended and had to be restructured under the aegis of De Nederlandsche Bank in the mid-1920s. In 1928, it "
 "created the Vrouwenbank [nl] (\"Women's Bank\"), a bank targeted at a female customer base that lasted until "
 "1971.[4]",
 "In 1960, Rotterdamsche Bank acquired Nationale Handelsbank, a major former colonial bank that had been known until "
 "1950 as the Dutch-Indian Trade Bank (Dutch: Nederlandsch-Indische Handelsbank, NIHB; est. 1863).[3]"]
KEPT["wp-rotterdamsche-bank"] = ("rotterdamsche-bank-azureedge.txt", _pieces(ROTT))
R.append(wp("wp-rotterdamsche-bank", "Rotterdamsche Bank",
 "https://hessslslslsls.azureedge.net/wiki/Rotterdamsche_Bank", _text(ROTT),
 "finance/banking", ["history", "founding", "former names", "acquisitions", "merger"],
 "The article as a Wikipedia mirror at hessslslslsls.azureedge.net holds it in the page store (the Wikipedia page "
 "served whole, with 'Jump to content' and 'From Wikipedia, the free encyclopedia'; no revision id or date held; a "
 "recent revision, with the present skin's '[edit]' links and interlanguage markers '[nl]'; recorded CC BY-SA 4.0 as "
 "round 70q recorded the same mirror; doubtful: undated). Cut: 'Jump to content', the title line 'Rotterdamsche "
 "Bank', 'From Wikipedia, the free encyclopedia'; the image caption 'Former head office [nl] of the Rotterdamsche "
 "Bank on Coolsingel, Rotterdam, built 1941-1949[1]'; the heading 'Overview' and its '[edit]' link; the citation "
 "markers '[1]' to '[4]'; the interlanguage markers ' [nl]' (links to Dutch articles, after 'Willem Westerman' and "
 "'Vrouwenbank'); the trailing headings 'See also' and 'References', their '[edit]' links and the four references "
 "(the excerpt ends there). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'known "
 "from 1911 to 1947 as Rotterdamsche Bankvereeniging or Robaver', '(for AMsterdamsche & ROtterdamsche)', 'Deposito- "
 "en Administratie Bank (est. 1900)', 'Determeijer Weslingh & Zn. (est. 1765)', '(Dutch: Nederlandsch-Indische "
 "Handelsbank, NIHB; est. 1863)'. " + TYPED + "No outage and no near-miss of one told. Found at rank 3 of the query "
 "'Amsterdamsche Bank Dutch bank history founded 1871 merged Rotterdamsche Bank AMRO'; cryer.org.uk's copy of "
 "'Amsterdamsche Bank' (rank 1; words missing where links were: 'established on by', 'took over (est. 1891)'), "
 "ipfs.io's 'AMRO Bank' (rank 2; its lead without the title line, an infobox start cut; a merger history of two "
 "banks), abnamro.com (the bank's own page), encyclopedia.com (a company-history book's text), docslib.org (the "
 "bank archive's PDF), library.hbs.edu and encycloped.ru not used. Rotterdamsche, Robaver, Westerman, Vrouwenbank, "
 "Nationale Handelsbank, Determeijer, Nederlandsche Bank: " + CHECKED + " (Rotterdamsche: GATHERING.md only, "
 "'Rotterdamsche Droogdok', another matter; Deposito: other texts' 'deposito' words; AMRO: ABN AMRO in other texts, "
 "here only as the merger's product).",
 "non-US", copy_of="the Wikipedia article, via a Wikipedia mirror's copy (hessslslslsls.azureedge.net), undated"))


def _norm(s):
    """The text without citation markers, interlanguage markers and edit links ('[4]', ' [4]', '[edit]', ' [nl]',
    '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed|nl)\s*\]", "", s).split())


def verify():
    """Each kept paragraph (or piece) must occur in the saved excerpt, markers dropped and whitespace runs compared as
    one space; returns problems."""
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

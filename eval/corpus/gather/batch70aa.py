#!/usr/bin/env python3
"""Batch 70aa (session 64; gatherer lane 70aa): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c,
70j, 70o and 70u (the lane of 70j, 70o and 70u: English Wikipedia histories of European companies, founders and
executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 70j, 70o and 70u, here banks of
Norway, Switzerland and Belgium, names of the leads' kind with no corpus hit), new to the corpus: Nordlandsbanken, the
Bod\u00f8 bank of the County of Nordland, from Nordlands Privatbank (1 July 1893), co-founder of Ofotens Bank in 1899,
formed by a merger with Fauske Bank, S\u00f8ndre Helgelands Kreditbank and Helgelands Fiskeri- og Handelsbank, bought by
DnB NOR in 2003 (banking, Norway); Bank Leu (Bank Leu AG, Leu et Compagnie, Leu & Co.), the Z\u00fcrich bank founded by
Johann Jacob Leu, a subsidiary of Credit Suisse from 1990, merged in 2007 into Clariden Leu (banking, Switzerland); and
the Banque Lambert, the Brussels bank begun in 1835 by Lazare Richtenberger as agent of James Mayer de Rothschild,
joined by Samuel Lambert, led by L\u00e9on Lambert from 1875, merged in 1975 with Banque de Bruxelles into Bank Brussels
Lambert, which ING Group acquired in 1998 (banking, Belgium).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): en.wikipedia.org's older revision of 'Nordlandsbanken' at its oldid address (oldid 978959469, a revision of
about 2020, recorded CC BY-SA 3.0), encyclopedia.datana.cloud's Kiwix copy of 'Bank Leu' (wikipedia_en_all_mini_2024-04,
recorded 4.0 as round 70i recorded that site's 2024-04 copy) and wikimili.com's copy of 'Banque Lambert' (undated, a
revision after October 2023 by its lead, recorded 4.0 as rounds 70k and 70o recorded wikimili.com's copies); cut at a
sentence end before the point where the excerpt breaks off (`truncated`) or before the copy's trailing links. Edits per
item in `notes` (title and site lines, infobox lines, captions, headings, contents lines, citation and interlanguage
markers; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather70aa/src), citation markers ('[1]', '[2] :1') and interlanguage markers ('[ fr ]') dropped and whitespace
runs compared as one space, as batches 57g-70u did. No text tells an outage (Nordlandsbanken's public administration of
1923 and its NOK 450 million loss, Bank Leu's scandals of the 1980s: a government measure and business failures, no
service lost in the guidelines' sense). newskg (or any extractor) was not run on any text. A round of three: eleven
queries, eleven companies asked for, three taken (round notes /tmp/gather70aa/NOTES.md; queries,
/tmp/gather70aa/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70aa.py [POOL_DIR] [--dry]   (default /tmp/gather70aa/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70aa/pool"
SRC = "/tmp/gather70aa/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked, and in GATHERING.md "
           "none outside the leads and 'Looked at and not used' paragraphs of earlier rounds (`grep -ril`, file names "
           "only)")
# a citation marker ('[1]', ' [2] :1', '[citation needed]') or an interlanguage marker ('  [ fr ]'), with the space
# before it where there is one (and a page suffix ' :1' after it where there is one)
MARK = re.compile(r"\s*\[\s*(\d+|citation needed|fr|nl)\s*\](\s*:\s*\d+)?")
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


# ---- banking, Norway: Nordlandsbanken (en.wikipedia.org, oldid 978959469) ----------------------------------------
NORD = [
 "Nordlandsbanken was a Norwegian bank serving the County of Nordland. Nordlandsbanken was at the end a wholly owned "
 "subsidiary of DnB NOR who bought the bank in 2003. It had total assets of NOK 22 billion and headquarters in Bod\u00f8. "
 "The bank had 17 branches.",
 "Nordlands Privatbank was established on 1 July 1893, as the first commercial bank in Northern Norway. The bank "
 "expanded with a cooperations with other banks established Ofotens Bank in Narvik in 1899. Later branches were "
 "established in Svolv\u00e6r (1910) and Sortland (1918). The boom and bust during World War I and the following economic "
 "crisis struck the bank hard, and in 1923 the bank was put under public administration, and reemerged as a new bank "
 "in 1928. After 1945, the Government lay pressure on small banks to merge.",
 "Nordlandsbanken was created as a merger between Fauske Bank, S\u00f8ndre Helgelands Kreditbank, Helgelands Fiskeri- og "
 "Handelsbank and Nordlands Privatbank. Until DnB NOR bought the bank in 2003, it was listed on the Oslo Stock "
 "Exchange. After the takeover all of Nordlandsbanken's operations outside Nordland, in Oslo and Troms\u00f8, were taken "
 "over by DnB NOR, though DnB NOR retained its branch in Bod\u00f8. Part of the reason DnB NOR bought Nordlandsbanken was "
 "the economic crisis Nordlandsbanken found itself in, having lost NOK 450 million to Finance Credit-system."]
KEPT["wp-nordlandsbanken"] = ("nordlandsbanken-enwiki-oldid.txt", _pieces(NORD))
R.append(wp("wp-nordlandsbanken", "Nordlandsbanken",
 "https://en.wikipedia.org/wiki/?oldid=978959469&title=Nordlandsbanken", _text(NORD),
 "finance/banking", ["history", "founding", "merger", "acquisitions", "ownership"],
 "The article as en.wikipedia.org's older revision is held in the page store at its oldid address (oldid 978959469, "
 "a revision of about September 2020 by its number; the infobox as a '| Key | value |' table; recorded CC BY-SA 3.0, "
 "a revision before Wikimedia's June 2023 move to 4.0). Cut: the title line 'Nordlandsbanken'; the infobox lines "
 "('Company type | Subsidiary |' to 'Website | www.nordlandsbanken.no |', with 'Key people | Morten St\u00f8ver (CEO) |' "
 "and 'Parent | DnB NOR |'); the heading 'History'; the trailing heading 'External links' and its two link lines "
 "(the excerpt ends there). Paragraphs joined with blank lines. No word added or changed. Kept as written: 'The bank "
 "expanded with a cooperations with other banks established Ofotens Bank in Narvik in 1899.' (a garbled sentence of "
 "the revision), 'the Government lay pressure on small banks to merge', 'having lost NOK 450 million to Finance "
 "Credit-system'. " + TYPED + "No outage told: 'the bank was put under public administration' (a government measure) "
 "and the loss to the Finance Credit system (a business failure) are no service lost. Found at rank 1 of the query "
 "'Nordlandsbanken Norwegian bank history Bod\u00f8 Nordlands Privatbank DnB NOR' (the lead of round 70u, which saw this "
 "copy at rank 3 of its query and left it); finansleksikon.no, lokalhistoriewiki.no and arkivinordland.no "
 "(Norwegian), aftenbladet.no, globalcustodian.com and bcrpub.com (news and trade press) and docslib.org (an annual "
 "report) not used. Nordlandsbanken, Nordlands Privatbank, Ofotens, Fauske Bank, Helgelands, Finance Credit: "
 + CHECKED + " (DnB NOR: GATHERING.md only, in round 70u's notes, here only as the buyer).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older revision (oldid 978959469, of about 2020), at "
 "en.wikipedia.org's oldid address"))

# ---- banking, Switzerland: Bank Leu (encyclopedia.datana.cloud's Kiwix copy, 2024-04) ----------------------------
LEU = [
 "Bank Leu AG (pronounced \"Loy,\" as in toy) was a Swiss private bank that existed from 1755 to 2007. Headquartered in "
 "Z\u00fcrich, it was a subsidiary of Credit Suisse from 1990. In 2007, it was merged with that company's other private "
 "banking units as Clariden Leu. At the time, it was Switzerland's oldest bank.",
 "The bank was founded in 1758 as Leu et Compagnie, named after its founder, Johann Jacob Leu, who later became mayor "
 "of Z\u00fcrich. Originally a state-owned bank, it was privatized in 1798 after Napoleon conquered Switzerland; the "
 "bank's officials did not want its assets to be taken over by Napoleon's new client state, the Helvetic Republic. In "
 "1854, it incorporated as Leu & Co. after more than a century as a limited partnership. It became a public limited "
 "company (German: Aktiengesellschaft) in 1969.",
 "Despite having many distinguished customers over the years (at one point, it was Maria Theresa's banker), two major "
 "scandals in the 1980s eventually cost the bank its independence."]
KEPT["wp-bank-leu"] = ("bank-leu-datana-kiwix.txt", _pieces(LEU))
R.append(wp("wp-bank-leu", "Bank Leu",
 "https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Bank_Leu", _text(LEU),
 "finance/banking", ["history", "founding", "incorporation", "ownership", "merger"],
 "The lead of the article as encyclopedia.datana.cloud holds it in the page store: a site serving Kiwix ZIM files, "
 "here the dump wikipedia_en_all_mini_2024-04 (leads and infoboxes only; a revision of 2024 or before; recorded CC "
 "BY-SA 4.0 as round 70i recorded that site's copy of the same dump; doubtful: the revision's date not held). Cut: the "
 "title line 'Bank Leu'; the infobox, printed between the lead's first paragraph and its second ('Industry | Finance "
 "|' to 'Products | Private banking |', with 'Key people | Raushan Deep |'). Paragraphs joined with blank lines. No "
 "word added or changed; the excerpt ends after the lead's third paragraph (the mini dump holds no more). Kept as "
 "written: 'Bank Leu AG (pronounced \"Loy,\" as in toy)', 'existed from 1755 to 2007' beside 'founded in 1758' (the "
 "article's own two years), 'It became a public limited company (German: Aktiengesellschaft) in 1969.'. " + TYPED +
 "No outage and no near-miss of one told ('two major scandals in the 1980s' a business matter). Found at rank 1 of "
 "the query 'Bank Leu Swiss bank history oldest bank Zurich founded 1755 Credit Suisse acquired'; liquisearch.com's "
 "copy (rank 2; an older revision with quotations appended), wikipedia2006.classicistranieri.com, dees.xcv.wiki and "
 "deda.abcdef.wiki (German, Spanish and Danish), hls-dhs-dss.ch (the Historical Dictionary of Switzerland, German and "
 "Italian) and wealthbriefing.com (trade press) not used. Bank Leu, Leu et Compagnie, Leu & Co, Clariden, Johann "
 "Jacob Leu: " + CHECKED + " (Credit Suisse: in other texts, here only as the parent).",
 "non-US", copy_of="the Wikipedia article, via encyclopedia.datana.cloud's Kiwix copy (wikipedia_en_all_mini_2024-04)"))

# ---- banking, Belgium: Banque Lambert (wikimili.com's copy) ------------------------------------------------------
LAMB = [
 "The Banque Lambert was a significant family-controlled bank in Belgium, with roots going back to 1835 and long "
 "associated with the Rothschilds. It merged in 1975 with Banque de Bruxelles to form Bank Brussels Lambert, which "
 "itself was acquired in 1998 by ING Group.",
 "In 1835, [1] Aschaffenburg-born banker Lazare Richtenberger initiated business in Brussels, in the recently created "
 "Kingdom of Belgium, as agent of James Mayer de Rothschild under the name Richtenberger, agent Rothschild. In 1838 "
 "Richtenberger married Charlotte n\u00e9e Neymer, widow Low Levy. Her son-in-law, Lyon-born Samuel Lambert, moved to "
 "Brussels and partnered with Richtenberger, upon which the business became Lambert-Richtenberger, agent Rothschild. "
 "[2] :1 In the early 1840s, Lambert opened a branch in Antwerp. Following Richtenberger's death in late 1853, the "
 "business took the name of Lambert, agent Rothschild. [3]",
 "Samuel's son L\u00e9on Lambert  [ fr ] took over the bank's leadership upon Samuel's death in 1875. In 1882 he married "
 "Zo\u00e9 Lucie Betty de Rothschild  [ fr ], a granddaughter of James de Rothschild, further reinforcing the links "
 "between the two families. A prominent member of the Belgian establishment and royal court, he was at times second "
 "among all the country's taxpayers, surpassed only by Prince Philippe, Count of Flanders. He was main banker to King "
 "Leopold II, both in a personal capacity and for the Congo Free State, which earned him the nickname of \"le "
 "banquier du roi\". [4]"]
KEPT["wp-banque-lambert"] = ("banque-lambert-wikimili.txt", _pieces(LAMB))
R.append(wp("wp-banque-lambert", "Banque Lambert", "https://wikimili.com/wiki/Banque_Lambert", _text(LAMB),
 "finance/banking", ["history", "founding", "former names", "management", "merger", "acquisitions"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; its lead's 'roots going "
 "back to 1835', a wording later than the revision of 12 October 2023 that said 'established in 1853'; recorded CC "
 "BY-SA 4.0 as rounds 70k and 70o recorded wikimili.com's copies; doubtful: undated). Cut: the title line 'Banque "
 "Lambert', 'Last updated'; the image caption 'Former head office building of Banque Lambert in Brussels, completed "
 "in 1965 (lately ING Belgium), with the equestrian Statue of Leopold II in the foreground' (twice, the first time "
 "with the file name 'Brussels Banque lambert Statue.jpg'); 'Contents'; the heading '19th century'; the citation "
 "markers ' [1]' to ' [4]' (' [2] :1' with its page number); the interlanguage markers '  [ fr ]' (links to French "
 "articles, after 'L\u00e9on Lambert' and 'Zo\u00e9 Lucie Betty de Rothschild'); cut after '... the nickname of \"le banquier "
 "du roi\".', before the sentence the excerpt breaks off in ('L\u00e9on Lambert and his bank also played ... of Leopold "
 "II's projec'; `truncated`; a cut at a sentence end). Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'with roots going back to 1835', 'under the name Richtenberger, agent Rothschild', 'Charlotte n\u00e9e "
 "Neymer, widow Low Levy', 'In the early 1840s, Lambert opened a branch in Antwerp.' ('Lambert' here Samuel Lambert), "
 "'\"le banquier du roi\"'. " + TYPED + "No outage and no near-miss of one told. Found at rank 3 of the query 'Banque "
 "Lambert Belgian bank history Brussels L\u00e9on Lambert Rothschild merged Banque Bruxelles Lambert'; proxy.weglot.com's "
 "two revision diffs of the article (ranks 1 and 2; diff pages with wiki markup), en.wikipedia.org's '= Title =' "
 "rendering (rank 4; words missing where the interlanguage links were: 'Samuel's son took over', 'he married ,'), "
 "wikisum.wiki's shuffled summary of 'L\u00e9on Lambert', and the Portuguese, Italian and Dutch pages on the Lambert "
 "family not used. Banque Lambert, Bank Brussels Lambert, Banque de Bruxelles, Richtenberger, Samuel Lambert, L\u00e9on "
 "Lambert: " + CHECKED + " (Rothschild: in other texts, here a family and two persons of it; ING Group: in other texts, "
 "here only as the buyer).",
 "non-US", copy_of="the Wikipedia article, via wikimili.com's copy (undated)"))


def _norm(s):
    """The text without citation markers, interlanguage markers and edit links ('[4]', ' [2] :1', '[edit]',
    '[ fr ]', '[citation needed]'), whitespace runs as one space."""
    return " ".join(re.sub(r"\s*\[\s*(\d+|edit|citation needed|fr|nl)\s*\](\s*:\s*\d+)?", "", s).split())


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

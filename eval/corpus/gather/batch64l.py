#!/usr/bin/env python3
"""Batch 64l (session 58; gatherer lane 64l): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f and 64f, turned to companies of continental Europe and Latin
America (the lane of 64l: continental Europe, Scandinavia, Japan, Korea, Latin America; banks, insurers, airlines,
shipping lines, carmakers, electronics and steel makers), new to the corpus: Panair do Brasil, the Brazilian airline
that began operations on October 22, 1929 as NYRBA do Brasil S.A., a subsidiary of NYRBA, Inc., both established by
Ralph Ambrose O'Neill, with the German-backed Syndicato Condor and Varig as its rivals and ETA - Empresa de Transporte
Aereo as a purchase O'Neill tried (airlines, Brazil); the Creditanstalt of Vienna, founded in 1855 by Salomon Mayer von
Rothschild and his son Anselm Salomon von Rothschild, merged in 1934 with the Wiener Bankverein and part of the
Niederosterreichische Escompte-Gesellschaft, under Deutsche Bank's control from 1938, acquired by Bank Austria in 1997
to form Bank Austria-Creditanstalt, a subsidiary of UniCredit since 2005 (banks, Austria); and Autobianchi, the car
maker created jointly by Bianchi, Pirelli and Fiat in 1955, later bought by the Fiat group and integrated into Lancia,
with its models A111, A112, Y10 and Primula and the bicycle and car maker Bianchi founded by Edoardo Bianchi in 1885
(carmakers, Italy).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own '= Title =' rendering of 'Panair do Brasil' (no revision id), and copies
of the article on other sites: cryer.org.uk's 'Credit_Anstalt' (the redirect 'Credit Anstalt' of 'Creditanstalt') and
howlingpixel.com's 'Autobianchi'; each cut at a sentence end before the point where the excerpt breaks off (all
`truncated`). Edits per item in `notes` (title lines, infobox lines, sub-headings and citation markers cut; no word
added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather65l/src), the markers
('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches 57g-64f
did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round of
three: six queries, six companies asked for, three taken (round notes, /work/notes/gather65/64l.md; queries,
/tmp/gather65l/src/queries.txt).
usage: batch64l.py [POOL_DIR] [--dry]   (default /tmp/gather65l/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather65l/pool"
SRC = "/tmp/gather65l/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-58 pools (/tmp/gather65*/pool) and in /work/notes/gather65/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- airlines, Brazil: Panair do Brasil (en.wikipedia.org's rendering) ---------------------------------------------
PANAIR = [
 "Panair do Brasil was an airline of Brazil. it ceased operations in 1965. Between 1945 and 1965, it was considered to "
 "be the largest carrier not only in Brazil but in all of Latin America.",
 "Panair do Brasil began operations on October 22, 1929, as NYRBA do Brasil S.A., a Brazilian subsidiary of NYRBA, Inc. "
 "(New York, Rio, and Buenos Aires Line), forerunner of Pan American. Both airlines were established by Ralph Ambrose "
 "O'Neill for the transportation of post and passengers using seaplanes between the United States, Brazil and "
 "Argentina, flying over the east coast of the continent.",
 "NYRBA do Brasil came as an American competitive response to a service that had been provided by Germans since 1927. "
 "Starting that year, Condor Syndikat and later its successor Deutsche Luft Hansa explored the Brazilian market by "
 "establishing the subsidiary Syndicato Condor, and the Brazilian airline Varig.",
 "Initially, O'Neill tried to purchase ETA \u2013 Empresa de Transporte A\u00e9reo, a Brazilian airline which claimed "
 "to have exclusive concessions to fly within Brazil."]
KEPT["wp-panair-do-brasil"] = ("panair-enwiki.txt", PANAIR)
R.append(wp("wp-panair-do-brasil", "Panair do Brasil", "https://en.wikipedia.org/wiki/Panair_do_Brasil",
 "\n\n".join(MARK.sub("", p) for p in PANAIR),
 "transport/airlines", ["history", "founding", "ownership", "subsidiary"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "its infobox's key people end in 'Rodolfo da Rocha Miranda (owner and CEO 1986-present)'; undated, a recent "
 "rendering, recorded 4.0 as batches 58p-63f recorded their en.wikipedia.org renderings). Cut: the title line "
 "'= Panair do Brasil ='; the infobox lines between the title and the lead ('Infobox', '- Airline: Panair do Brasil' "
 "to '- Destinations: 60 locations in Brazil ... as of May 1964 |', with '- Parent: NYRBA (1929\u20131930), Pan "
 "American World Airways (1930\u20131961), Planejamento e Administra\u00e7\u00e3o Guanabara (1960\u20131965)' and "
 "'- Key People: Ralph O'Neill (founder), Paulo de Oliveira Sampaio (CEO 1943\u20131955; 1961\u20131965), M\u00e1rio "
 "Wallace Simonsen (owner 1961\u20131965), Celso da Rocha Miranda (owner 1961\u201386), ...', so Pan American World "
 "Airways as a parent, Planejamento e Administra\u00e7\u00e3o Guanabara, Paulo de Oliveira Sampaio, Simonsen and the "
 "Rocha Mirandas are not in the text; cut as batches 57p-63f cut their infoboxes); the headings '== History ==' and "
 "'=== NYRBA do Brasil (1929\u20131930) ==='; cut after '... exclusive concessions to fly within Brazil.', before "
 "the sentence the excerpt breaks off in ('The legality of the sale and', no full stop; `truncated`; a cut at a "
 "sentence end). The rendering has no citation markers in this excerpt. Paragraphs, one line each in the copy, joined "
 "with blank lines. No word added or changed. Kept as written: 'Panair do Brasil was an airline of Brazil. it ceased "
 "operations in 1965.' (the lower-case 'it'), 'Between 1945 and 1965, it was considered to be the largest carrier not "
 "only in Brazil but in all of Latin America.', 'as NYRBA do Brasil S.A., a Brazilian subsidiary of NYRBA, Inc. (New "
 "York, Rio, and Buenos Aires Line), forerunner of Pan American.', 'Both airlines were established by Ralph Ambrose "
 "O'Neill for the transportation of post and passengers using seaplanes ...', 'Starting that year, Condor Syndikat and "
 "later its successor Deutsche Luft Hansa explored the Brazilian market by establishing the subsidiary Syndicato "
 "Condor, and the Brazilian airline Varig.', 'Initially, O'Neill tried to purchase ETA \u2013 Empresa de Transporte "
 "A\u00e9reo, a Brazilian airline which claimed to have exclusive concessions to fly within Brazil.' (an en dash). "
 "169 words. No outage and no near-miss of one told ('it ceased operations in 1965': a business that ended, no "
 "service failure; GUIDELINES, Outages). Recorded CC BY-SA 4.0 (en.wikipedia.org's current rendering; doubtful: no "
 "revision id). Found at rank 1 of the query 'Panair do Brasil airline history NYRBA Pan American subsidiary "
 "Wikipedia'; piglix.com (rank 2, under 'NYRBA do Brasil'; an older wording, 'It ceased operations in 1965.' last), "
 "infogalactic.com (rank 3, an older fork, 'It currently exists as a non-operating company'), blog.hangar33.com.br "
 "and pt.dbpedia.org (Portuguese), g1.globo.com (news), stanwing.com (a collector's page repeating the article's words "
 "with no licence line) and a blogspot page not used. Panair, NYRBA, Ralph O'Neill, Empresa de Transporte: " + CHECKED +
 " (Pan American is a party of batch 35l's wp-mexicana-de-aviacion, another matter; Syndicato Condor, Condor Syndikat "
 "and Deutsche Luft Hansa are parties of batch 63f's wp-servicos-aereos-cruzeiro-do-sul and Syndicato Condor of batch "
 "62d's wp-lloyd-aereo-boliviano, other matters: here rivals named in passing; Varig is a party of other corpus texts, "
 "other matters).",
 "non-US"))

# ---- banks, Austria: Creditanstalt (cryer.org.uk's copy, under the redirect 'Credit Anstalt') ----------------------
CREDITANSTALT = [
 "The Creditanstalt (sometimes Credit-Anstalt,[1] abbreviated as CA), full original name k. k. priv. \u00d6sterreichische "
 "Credit-Anstalt f\u00fcr Handel und Gewerbe, was a major Austrian bank, founded in 1855 in Vienna.",
 "From its founding until 1931, the Creditanstalt was led by members of the Rothschild family, who were among its "
 "significant shareholders. Its historically consequential failure in 1931 led to a merger engineered by the Austrian "
 "government in 1934, in which it combined with the Wiener Bankverein and the sound parts of the "
 "Nieder\u00f6sterreichische Escompte-Gesellschaft to form \u00d6sterreichische Creditanstalt - Wiener Bankverein, later "
 "abbreviated to Creditanstalt-Bankverein. The latter came under the control of Deutsche Bank following the Anschluss "
 "in 1938, was nationalized in 1945, and was eventually acquired in 1997 by Bank Austria to form Bank "
 "Austria-Creditanstalt, since 2005 a subsidiary of UniCredit. UniCredit phased out the Creditanstalt brand in 2008.",
 "The Creditanstalt was founded in 1855 by Salomon Mayer von Rothschild and his son Anselm Salomon von Rothschild, with "
 "support from Austrian finance minister Karl Ludwig von Bruck and the financial involvement of notable figures of the "
 "Austrian and Bohemian high nobility. It was inspired by the Pereire brothers' Paris-based Cr\u00e9dit Mobilier (est. "
 "1852), and represented a defensive move against the Pereires' aggressive expansion into Europe in competition with "
 "the long-established Rothschilds."]
KEPT["wp-creditanstalt"] = ("creditanstalt-cryer.txt", CREDITANSTALT)
R.append(wp("wp-creditanstalt", "Creditanstalt", "http://cryer.org.uk/Credit_Anstalt",
 "\n\n".join(MARK.sub("", p) for p in CREDITANSTALT),
 "finance/banking", ["history", "founding", "merger", "ownership", "acquisition"],
 "The article as cryer.org.uk (a site copying Wikipedia pages; batches 20a2 and 29a used its copies) holds it under the "
 "redirect 'Credit Anstalt' (no date or revision id held; the lead lacks the gloss \"(lit. 'Imperial and Royal "
 "privileged Austrian Credit Institution for Commerce and Industry')\" that the newer copies at ranks 2-7 have, so an "
 "older revision; its latest date '2008'; recorded 3.0 as batches 64f and 29a recorded their undated copies). Cut: "
 "the infobox lines before the lead ('Creditanstalt AG | |' to 'Location: | Vienna, Austria |', with 'Fate: | Merged "
 "with Bank Austria in 2002 |', 'Successor: | Bank Austria-Creditanstalt |' and 'Founder: | Anselm von Rothschild |', "
 "so the infobox's fate, successor and founder are not in the text; cut as batches 57p-64f cut their infoboxes); the "
 "citation marker '[1]' (after 'Credit-Anstalt,'); cut after '... in competition with the long-established "
 "Rothschilds.', before the sentence the excerpt breaks off in ('The application presented to the Austrian imperial "
 "ministry guaranteed the initial capital subscription, ... (Max Egon zu F\u00fcrstenberg,,, Otto Ferdinand von "
 "Chotek,), and 10 percent by the privat', its linked names dropped by the copy, no full stop; `truncated`; a cut at "
 "a sentence end), so the capital subscription and the aristocrats are not in the text. The copy has no section "
 "heading in this excerpt. Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. "
 "Kept as written: 'The Creditanstalt (sometimes Credit-Anstalt, abbreviated as CA), full original name k. k. priv. "
 "\u00d6sterreichische Credit-Anstalt f\u00fcr Handel und Gewerbe, was a major Austrian bank, founded in 1855 in "
 "Vienna.', 'Its historically consequential failure in 1931 led to a merger engineered by the Austrian government in "
 "1934, in which it combined with the Wiener Bankverein and the sound parts of the Nieder\u00f6sterreichische "
 "Escompte-Gesellschaft to form \u00d6sterreichische Creditanstalt - Wiener Bankverein, later abbreviated to "
 "Creditanstalt-Bankverein.' (a spaced hyphen), 'The latter came under the control of Deutsche Bank following the "
 "Anschluss in 1938, was nationalized in 1945, and was eventually acquired in 1997 by Bank Austria to form Bank "
 "Austria-Creditanstalt, since 2005 a subsidiary of UniCredit.', 'UniCredit phased out the Creditanstalt brand in "
 "2008.', 'with support from Austrian finance minister Karl Ludwig von Bruck', 'It was inspired by the Pereire "
 "brothers' Paris-based Cr\u00e9dit Mobilier (est. 1852)'. 211 words. No outage and no near-miss of one told "
 "('Its historically consequential failure in 1931': a bank's failure, no service lost by users told; GUIDELINES, "
 "Outages: business failures are not outages). Recorded CC BY-SA 3.0 (an undated copy of an older revision; doubtful: "
 "no revision date). Found at rank 1 of the query 'Creditanstalt Austrian bank founded 1855 Rothschild Bank Austria "
 "merger Wikipedia'; qa.edu.vn (rank 2, a newer copy beginning with its own header lines), a bare-IP proxy of "
 "en.m.wikipedia.org (rank 3), theinfolist.com (rank 4, link glosses run into the sentences: 'the Rothschild family "
 "The Rothschild family ( , ) is a wealthy ...'), molybdenumka32.cfd (rank 5, a copy under a talk page's address), "
 "rt.http3.lol (rank 6, a web proxy of en.wikipedia.org's revision of 7 November 2024; batch 56b and a later round "
 "left such a proxy as a web proxy rather than a mirror), ixistenz.ch (rank 7, a proxy of the mobile rendering) and "
 "guide-to-the-archive.rothschildarchive.org (rank 8, the archive's own text, no open licence stated) not used. "
 "Creditanstalt, Bank Austria, Wiener Bankverein, Karl Ludwig von Bruck, Credit Mobilier (with and without the "
 "accent), Pereire: " + CHECKED + " (UniCredit is a party of batch 15b's and a train Commission text, other matters; "
 "'Rothschild' and Deutsche Bank are in other corpus texts, other matters; 'Escompte' is in batch 29d's "
 "wp-dresdner-bank, the Disconto-Gesellschaft, another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article 'Creditanstalt', via cryer.org.uk under the redirect "
 "'Credit Anstalt'"))

# ---- carmakers, Italy: Autobianchi (howlingpixel.com's copy) -------------------------------------------------------
AUTOBIANCHI = [
 "Autobianchi (Italian: [auto\u02c8bja\u014bki]) was an Italian automobile manufacturer, created jointly by Bianchi, "
 "Pirelli and Fiat in 1955. Autobianchi produced only a handful of models during its lifetime, which were almost "
 "exclusively small cars, with the biggest being the short-lived Autobianchi A111, a small family car. Autobianchis "
 "were priced higher than Fiat models of similar size and the brand was used by Fiat to test new and innovative "
 "concepts which later found their way into mainstream Fiat vehicles; these concepts included fibreglass bodies and "
 "front-wheel drive.",
 "The most famous Autobianchi models include the A112 released in 1969, a small hatchback very popular in Italy for "
 "racing, and which ceased production in 1986; as well as the Y10, which was the first car to use Fiat's new FIRE "
 "(Fully Integrated Robotised Engine). The Primula was the car with which Fiat introduced the particular front-wheel "
 "drive arrangement of engine, transmission and differential (final drive) that has become prevalent in its cars "
 "today.",
 "Autobianchi was bought by the Fiat group and integrated into the operations of Lancia. The marque survived in Italy "
 "until the end of the Y10's production in 1995, but became extinct elsewhere when the model was rebranded as a Lancia "
 "in 1989.",
 "Bianchi, founded by Edoardo Bianchi in 1885 and now remembered primarily as a bicycle manufacturer, was also active "
 "in passenger car manufacturer from 1899. Bianchis were in general high-end luxury cars, made with high attention to "
 "detail. The company's factory in Abruzzi was destroyed by bombing during World War II. Edoardo Bianchi himself died "
 "in 1946 in a car accident, and the ownership of the firm passed to his son, Giuseppe."]
KEPT["wp-autobianchi"] = ("autobianchi-howlingpixel.txt", AUTOBIANCHI)
R.append(wp("wp-autobianchi", "Autobianchi", "https://howlingpixel.com/i-en/Autobianchi",
 "\n\n".join(MARK.sub("", p) for p in AUTOBIANCHI),
 "manufacturing/automobiles", ["history", "founding", "joint venture", "acquisition", "products"],
 "The article as howlingpixel.com (a site rendering Wikipedia pages) holds it (no date or revision id held; recorded "
 "3.0 as batches 27a, 29d, 34d and 64f recorded their howlingpixel.com copies). Cut: the infobox lines between the "
 "lead and the history ('FateMerged into Lancia', 'Founded11 January 1955', 'HeadquartersDesio, Italy', 'Key people', "
 "'Sergio Marchionne', 'RevenueU$1.7 billion dollars (1967)', 'Number of employees', '4,500 (1967)', 'ParentFCA "
 "Italy'), so Sergio Marchionne, FCA Italy and the day of founding are not in the text; cut after '... the ownership "
 "of the firm passed to his son, Giuseppe.', before the sentence the excerpt breaks off in ('Even though a new, modern "
 "facility was constructed in Desio after the war, economic conditions fo', no full stop; `truncated`; a cut at a "
 "sentence end), so Ferruccio Quintavalle, the agreement of 11 January 1955 and the Bianchina are not in the text. The "
 "copy has no citation markers and no section heading in this excerpt. Paragraphs joined with blank lines. No word "
 "added or changed. Kept as written: 'Autobianchi (Italian: [auto\u02c8bja\u014bki]) was an Italian automobile "
 "manufacturer, created jointly by Bianchi, Pirelli and Fiat in 1955.' (the pronunciation in brackets), 'Autobianchis "
 "were priced higher than Fiat models of similar size and the brand was used by Fiat to test new and innovative "
 "concepts ...', 'the first car to use Fiat's new FIRE (Fully Integrated Robotised Engine)', 'The Primula was the car "
 "with which Fiat introduced the particular front-wheel drive arrangement ... that has become prevalent in its cars "
 "today.', 'Autobianchi was bought by the Fiat group and integrated into the operations of Lancia.', 'Bianchi, founded "
 "by Edoardo Bianchi in 1885 and now remembered primarily as a bicycle manufacturer, was also active in passenger car "
 "manufacturer from 1899.' ('manufacturer' where 'manufacturing' was meant, as written), 'The company's factory in "
 "Abruzzi was destroyed by bombing during World War II.', 'the ownership of the firm passed to his son, Giuseppe.'. "
 "272 words. No outage and no near-miss of one told (a factory destroyed by bombing: no service lost by users). "
 "Recorded CC BY-SA 3.0 (an undated copy; doubtful: no revision date). Found at rank 6 of the query 'Autobianchi "
 "Italian car manufacturer Bianchi Pirelli Fiat 1955 Wikipedia' (batch 64f's lead); bk-group.com (rank 1, a car "
 "collection's page repeating the article's words with no licence line), brand-identikit.it and a Hugging Face viewer "
 "of Il Post articles (ranks 2-3, Italian), workshopautomanuals.com and info.japanesecartrade.com (ranks 4-5, "
 "reworded), driving.ca (rank 7, news) and wikisum.wiki (rank 8, the article's sentences out of order) not used. "
 "Autobianchi, Edoardo Bianchi: " + CHECKED.replace(", in GATHERING.md,", ",") + ", GATHERING.md aside, where the "
 "names stood only in batch 63f's and 64f's lists of names checked, not used and leads ('Giuseppe Bianchi' only in "
 "64f's lead line); Desio, Abruzzi, Primula, A112: no hit anywhere (Fiat, Pirelli and Lancia are parties of other "
 "corpus texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via a site rendering Wikipedia pages"))


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

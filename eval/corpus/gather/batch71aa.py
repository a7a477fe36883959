#!/usr/bin/env python3
"""Batch 71aa (session 65; gatherer lane 71aa): company histories from English Wikipedia in the company lane of
batches 36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa,
69ag, 70c, 70j, 70o, 70u, 70aa, 70ag, 71c, 71i, 71o and 71t (the lane of 71c, 71i, 71o and 71t: English Wikipedia
histories of European companies, founders and executives with posts, acquisitions, parents and subsidiaries; from the
leads of rounds 71t, 71o and 71i, here Tatra and Caproni of their lead lists and La Rinascente, a lead of earlier
rounds' notes ('only through a clean English Wikipedia copy')), new to the corpus: Tatra, the Czech vehicle maker of
Kopřivnice founded in 1850 as Ignatz Schustala & Cie., renamed the Nesselsdorfer Wagenbau-Fabriksgesellschaft in 1890
and Kopřivnická vozovka a.s. in 1918, maker of the Präsident of 1897, the Tatra 11 and the Tatra 77, owned by the
TATRA TRUCKS a.s. company (motor vehicles, Czech Republic); La Rinascente, the Milan department-store chain founded in
1917 by Senatore Borletti from the merger of 'Alle città d'Italia' and 'Magazzini Vittoria', bought outright by
Central Retail on May 27, 2011 (retail, Italy); and Caproni, the Italian aircraft maker founded in 1908 by Giovanni
Battista "Gianni" Caproni, later the Società Italiana Caproni, Milano, with its subdivisions Caproni Bergamasca,
Caproni Vizzola, Reggiane and Isotta-Fraschini, ended in 1950, its Caproni Vizzola division bought by Agusta in 1983
(aircraft, Italy).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): en.wikipedia.org's '= Title =' rendering of 'Tatra (company)' (recent, CC BY-SA 4.0; round 71t recorded such
a rendering), en.wikipedia.org's older rendering of 'La Rinascente' (the 'From Wikipedia, the free encyclopedia / Jump
to: navigation, search' layout of before 2018, revenue given for 2010; CC BY-SA 3.0) and en.wikipedia.org's 'Caproni'
at its oldid address (oldid 697953023, 3 January 2016, CC BY-SA 3.0; round 71r recorded an oldid copy); cut at a
sentence end before the point where the excerpt breaks off, or at the section headings whose lists the excerpt does
not show (`truncated`). Edits per item in `notes` (title and site lines, infobox lines, captions, headings, citation
markers; no word added or changed); `verify()` checks every kept paragraph against the saved excerpt
(/tmp/gather71aa/src), citation markers and '[edit]' dropped and whitespace runs compared as one space, as batch 71t
did. No text tells an outage (an occupation and wartime production, a merger, a takeover, a firm that ceased to
exist: war and business matters, no service lost in the guidelines' sense). newskg (or any extractor) was not run on
any text. A round of three (round notes /tmp/gather71aa/NOTES.md; queries, /tmp/gather71aa/src/queries.txt; claims,
/work/notes/gather71/CLAIMS.txt).
usage: batch71aa.py [POOL_DIR] [--dry]   (default /tmp/gather71aa/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather71aa/pool"
SRC = "/tmp/gather71aa/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-65 pools "
           "(/tmp/gather71*/pool) and in /work/notes/gather71/CLAIMS.txt as they stood when checked, and in GATHERING.md "
           "none outside the leads and 'Looked at and not used' paragraphs of earlier rounds (`grep -ril`, file names "
           "only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []


def _text(paras):
    """Paragraphs joined with blank lines, citation markers dropped."""
    return "\n\n".join(MARK.sub("", p) for p in paras)


# ---- motor vehicles, Czech Republic: Tatra (en.wikipedia.org) ----------------------------------------------------
TA = [
 "Tatra is a Czech vehicle manufacturer from Kopřivnice. Owned by the TATRA TRUCKS a.s. company, it is the third "
 "oldest company in the world producing motor vehicles with an unbroken history. The company was founded in 1850 as "
 "Ignatz Schustala & Cie. In 1890, it became a joint-stock company and was renamed the Nesselsdorfer "
 "Wagenbau-Fabriksgesellschaft. In 1897, the Nesselsdorfer Wagenbau-Fabriksgesellschaft produced the Präsident, which "
 "was the first factory-produced automobile with a petrol engine to be made in Central and Eastern Europe. The First "
 "Truck was made a year later, in 1898. In 1918, the company was renamed Kopřivnická vozovka a.s., and in 1919 it "
 "changed from the Nesselsdorfer marque to the Tatra badge, named after the nearby Tatra Mountains on the "
 "Czechoslovak-Polish border (now on the Polish-Slovak border).",
 "In the interwar period, Tatra came to international prominence with its line of affordable cars based on backbone "
 "tube chassis and air-cooled engines, starting with Tatra 11 (1923). The company also became the pioneer of "
 "automotive aerodynamics, starting with Tatra 77 (1934). Following the 1938 German-Czechoslovak war and Munich "
 "Agreement, the town of Kopřivnice was occupied by Nazi Germany and Tatra's manufacturing capacity was directed "
 "towards military production."]
KEPT["wp-tatra"] = ("tatra-enwiki.txt", TA)
R.append(wp("wp-tatra", "Tatra (company)", "https://en.wikipedia.org/wiki/Tatra_(company)", _text(TA),
 "manufacturing/motor vehicles", ["history", "founding", "renamings", "ownership", "products"],
 "The article as en.wikipedia.org's rendering holds it in the page store (the '= Title =' rendering with the infobox "
 "as '- Field: value' lines; a recent revision: the infobox names Promet Group (35%) as owner and figures of 2016), "
 "CC BY-SA 4.0 (round 71t recorded such a rendering). Cut: the title line '= Tatra (company) ='; the infobox lines "
 "('TATRA TRUCKS a.s.' to '- Homepage: tatratrucks.com'); cut after '... directed towards military production.', "
 "before the sentence the excerpt breaks off in ('Trucks like Tatra'; `truncated`). The rendering shows no citation "
 "markers in this excerpt. Paragraphs joined with blank lines as the rendering's lines run. No word added or changed. "
 "Kept as written: 'Ignatz Schustala & Cie.' (the abbreviation's point ends the sentence), 'The First Truck' "
 "(capitals so written), 'the Nesselsdorfer marque', 'the Czechoslovak-Polish border', 'the 1938 German-Czechoslovak "
 "war and Munich Agreement'. " + TYPED + "No outage and no near-miss of one told (a town occupied and production "
 "directed to the military are war matters). Found at rank 8 of the query 'Tatra is a Czech vehicle manufacturer "
 "from Kopřivnice owned by TATRA TRUCKS third oldest company producing motor vehicles' (a name of round 71t's lead "
 "list, 'Tatra'), after the query 'Tatra Czech vehicle manufacturer Kopřivnice history founded Ignác Šustala' had "
 "shown only review.clateway.com's proxy copy (rank 8; the infobox as '|' table rows inside the text) as an English "
 "Wikipedia copy; mithosmarket.com (rank 1; Italian), invest-msr.com (rank 2; Czech), ixistenz.ch (rank 3; the "
 "Icelandic article), archivodeautos.blogspot.com (rank 4; Spanish blog), review.clateway.com (rank 5; the proxy "
 "copy above), mail.theinfolist.com (rank 6; link glosses inside the text) and autolastgh.com (rank 7; a reworded "
 "copy) not used. Tatra, Kopřivnice, Schustala, Nesselsdorf, Kopřivnická vozovka, Tatra 77: " + CHECKED + " ('Tatra', "
 "'Schustala' and 'Nesselsdorf' only in GATHERING.md's leads and notes of earlier rounds; 'Präsident' in one other "
 "text on another matter).",
 "non-US"))

# ---- retail, Italy: La Rinascente (en.wikipedia.org, older rendering) ------------------------------------------
RI = [
 "La Rinascente (derived from Rinascita - means \"rebirth\" in Italian) is a Thai owned Italian retailer operating "
 "upscale department stores in the area of clothing, household and beauty products, founded in Milan in 1917 by "
 "Senatore Borletti from the merger of the businesses \"Alle città d'Italia\" and \"Magazzini Vittoria\".[1]",
 "On May 27, 2011 Central Retail bought a 100% stake of the 150-year-old store firm for 260 million euros. \"Our "
 "ultimate goal is to take it global and to be recognised all across Asia, be it in Thailand, China, Japan or Hong "
 "Kong,\" Chief Executive Officer Tos Chirathivat told reporters. Central Retail also planned new Rinascente stores in "
 "Italy and expected the takeover to break even within eight years.",
 "Currently La Rinascente owns a chain of 11 department stores located in Italian major cities: two in Rome and one "
 "in Milan, Genoa, Turin, Florence, Palermo, Catania, Cagliari, Padova and Monza. The flagship concept store is La "
 "Rinascente Milano Piazza Duomo, in Milan.",
 "Vittorio Radice joined the company in 2005 and is credited with its turnaround.[2] The retail chain is known for its "
 "collaboration with contemporary designers and architects such as Fabio Novembre, Future Systems, Lifschutz Davidson "
 "Sandilands and Vincent Van Duysen.[3]"]
KEPT["wp-la-rinascente"] = ("rinascente-enwiki.txt", RI)
R.append(wp("wp-la-rinascente", "La Rinascente", "https://en.wikipedia.org/wiki/La_Rinascente", _text(RI),
 "retail/department stores", ["history", "founding", "acquisition", "ownership", "stores"],
 "The article as en.wikipedia.org's older rendering holds it in the page store (the 'From Wikipedia, the free "
 "encyclopedia / Jump to: navigation, search' layout of the years before 2018, the infobox giving revenue and staff "
 "for 2010 and 'Parent Central Retail Corporation (2011-present)': a revision of about 2012-2016, no revision id "
 "held), CC BY-SA 3.0 (the older licence, as the text dates before June 2023). Cut: the title line 'La Rinascente'; "
 "the site lines 'From Wikipedia, the free encyclopedia' and 'Jump to: navigation, search'; the infobox lines ('la "
 "Rinascente s.r.l' to 'Parent Central Retail Corporation (2011-present)'); the citation markers '[1]', '[2]', '[3]'; "
 "the image caption \"The 'La Rinascente building in Milan, to the left of the Milan Cathedral\"; cut after '... and "
 "Vincent Van Duysen.', before the sentence the excerpt breaks off in ('The Bocconi brothers opened a first clothing "
 "shop named Aux Villes d'Italie ... which had been successful in Par'; `truncated`). Paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: '(derived from Rinascita - means \"rebirth\" in Italian)', 'a "
 "Thai owned Italian retailer', '\"Alle città d'Italia\" and \"Magazzini Vittoria\"', 'On May 27, 2011 Central "
 "Retail bought a 100% stake' (no comma after the date), the quotation of Tos Chirathivat (straight quotes), "
 "'Padova', 'La Rinascente Milano Piazza Duomo'. " + TYPED + "No outage and no near-miss of one told (a merger and a "
 "takeover are business matters). Found at rank 8 of the query 'La Rinascente is a high-end Italian department store "
 "chain. Founded in Milan in 1865, it adopted its current name in 1917, coined by the poet Gabriele D'Annunzio', "
 "after the query 'Upim Italian department store chain founded 1928 La Rinascente company history' had shown "
 "en.wikipedia.org's recent '= Title =' rendering (rank 5; its lead opens on a broken '; /it/) is a high-end ...', "
 "the article's name lost); the same recent rendering (rank 2), shopenauer.com (rank 1), myitalianlink.com (rank 3), "
 "anothertravelguide.com (rank 4), behance.net (rank 5) and beingfrenk.com (rank 6) (their own texts) and "
 "ilsole24ore.com (rank 7; Italian news) not used. La Rinascente, Borletti, Central Retail, Chirathivat, Vittorio "
 "Radice, Magazzini Vittoria: " + CHECKED + " ('Rinascente' only in GATHERING.md's leads and notes of earlier rounds; "
 "'Bocconi' in one other text on another matter, and only in the cut sentence here).",
 "non-US", v3=True))

# ---- aircraft, Italy: Caproni (en.wikipedia.org, oldid 697953023) ------------------------------------------------
CA = [
 "Caproni was an Italian aircraft manufacturer founded in 1908 by Giovanni Battista \"Gianni\" Caproni. It was "
 "initially named, from 1911, Società de Agostini e Caproni, then Società Caproni e Comitti. Caproni made the first "
 "aircraft of Italian construction in 1911. The manufacturing facilities were based in Taliedo, a peripheral district "
 "of Milan, close to Linate Airport, and for the Caproni Vizzola division, in Vizzola Ticino, close to Milan–Malpensa "
 "Airport.",
 "During World War I, Caproni developed a series of successful heavy bombers, used by the Italian, French, British and "
 "US air forces. Between the world wars, Caproni evolved into a large syndicate named Società Italiana Caproni, "
 "Milano, which bought some smaller manufacturers. The main subdivisions were Caproni Bergamasca, Caproni Vizzola, "
 "Reggiane and engine manufacturer Isotta-Fraschini.",
 "Between the world wars, Caproni produced mostly bombers and light transport planes. The Società Italiana Caproni "
 "ceased to exist in 1950, although one of its divisions, Caproni Vizzola endured until 1983 when it was bought by "
 "Agusta."]
KEPT["wp-caproni"] = ("caproni-enwiki-oldid.txt", CA)
R.append(wp("wp-caproni", "Caproni", "https://en.wikipedia.org/wiki/Caproni?oldid=697953023", _text(CA),
 "manufacturing/aircraft", ["history", "founding", "renamings", "subsidiaries", "acquisition"],
 "The article as en.wikipedia.org holds it in the page store at its oldid address (oldid 697953023; the page's "
 "own line: 'an old revision of this page, as "
 "edited by Look2See1 ... at 01:20, 3 January 2016'), CC BY-SA 3.0 (round 71r recorded an oldid copy). Cut: the "
 "lines 'Jump to content', 'Caproni' (title), 'From Wikipedia, the free encyclopedia' and the old-revision notice; the "
 "infobox lines ('Caproni' to 'Seaplanes', run together as 'IndustryAerospace', 'Founded1908' ...); the image line "
 "'File:Caproni Ca.316.jpg' and its caption 'Caproni Ca.316 seaplane at its moorings.'; the headings 'Aircraft', "
 "'Pre-World War I', 'World War I', 'Inter-war period', 'World War II', 'Post-World War II', 'Accidents and "
 "incidents' and 'See also' after the third paragraph, whose lists the excerpt does not show (`truncated`). The "
 "revision shows no citation markers in this excerpt. Paragraphs joined with blank lines. No word added or changed. "
 "Kept as written: 'Giovanni Battista \"Gianni\" Caproni' (straight quotes), 'It was initially named, from 1911,', "
 "'Milan–Malpensa Airport' (en dash), 'Società Italiana Caproni, Milano', 'engine manufacturer Isotta-Fraschini' "
 "(hyphen so written), 'one of its divisions, Caproni Vizzola endured' (no second comma). " + TYPED + "No outage "
 "and no near-miss of one told (a firm that ceased to exist is a business matter). Found at rank 5 of the query "
 "'Caproni was an Italian aerospace manufacturer that operated from 1908 to 1950, Taliedo, Società de Agostini e "
 "Caproni' (a name of round 71t's leads, 'Caproni group'), after the query 'Caproni Italian aircraft manufacturer "
 "Giovanni Battista Caproni company history' had shown no English Wikipedia copy of the company article; an "
 "unaddressed excerpt (rank 1; a reworded summary), the-uncensored-wiki.com (rank 2; the same revision's text under "
 "'Caproni_Bergamaschi', a 2017 Kiwix copy), blog.euroavia.eu (rank 3; a reworded copy), econterms.net (ranks 4 and "
 "7; its own wiki), en.m.wikipedia.org (rank 6; the mobile page with 'Edit this on Wikidata' inside the infobox "
 "text) and en.wikipedia.org's recent rendering (rank 8; breaks off in its history) not used. Caproni, Reggiane, "
 "Vizzola, Comitti, Taliedo, Linate, Malpensa: " + CHECKED + " ('Caproni' and 'Agusta' only in GATHERING.md's leads "
 "and notes of earlier rounds; 'Isotta-Fraschini' in round 71t's Isotta Fraschini text, the subject there, here "
 "only as a subdivision).",
 "non-US", v3=True))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [2]', '[edit]', '[citation needed]'), whitespace runs
    as one space."""
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

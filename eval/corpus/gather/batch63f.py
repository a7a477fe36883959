#!/usr/bin/env python3
"""Batch 63f (session 57; gatherer lane 63f): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d and 62k, turned to companies of continental Europe and Latin America (the
lane of 63f: continental Europe, Scandinavia, Japan, Korea, Taiwan, China, India, Latin America or Africa; not the US,
the British Isles or the Commonwealth), new to the corpus: Nordmende, the Bremen maker of radios and televisions
founded in 1947 by Martin Mende as Norddeutsche Mende-Rundfunk GmbH after his father Otto Hermann Mende's Dresden firm
Radio N. Mende GmbH (1923), sold to Thomson Brandt in 1977-1978, its brand relaunched in Ireland by the KAL Group in
2008, Thomson renamed Technicolor SA on 27 January 2010 (consumer electronics, Germany); Olivetti S.p.A. of Ivrea,
founded in 1908 by Camillo Olivetti as Ing. C. Olivetti & C., S.p.A., developed by his son Adriano Olivetti, owned by
TIM S.p.A. since 2003, its Lettera 22, Programma 101, Valentine and Divisumma (office machines and computers, Italy);
and Servicos Aereos Cruzeiro do Sul, founded in Rio de Janeiro on 1 December 1927 as Syndicato Condor, a subsidiary of
Deutsche Luft Hansa, by directors of Condor Syndikat with Fritz W. Hammer and Count Pereira Carneiro, renamed in
1943, bought by Varig (controlling shares) in 1975 and merged into it in 1993 (airlines, Brazil).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): en.wikipedia.org's own renderings of 'Nordmende' and 'Olivetti' (the '= Title =' rendering,
no revision id) and of 'Servicos Aereos Cruzeiro do Sul' under its redirect 'Servicos Aereos Condor' (the 'Jump to
content' rendering, no revision id); each cut at a sentence or paragraph end before the point where the excerpt breaks
off (all `truncated`). Edits per item in `notes` (title lines, infobox lines, '[edit]' lines and sub-headings cut; no
word added or changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather64f/src), the
markers ('[1]', ' [1]', '[edit]', '[ citation needed ]') dropped and whitespace runs compared as one space, as batches
57g-62k did. No text tells an outage or a near-miss of one. newskg (or any extractor) was not run on any text. A round
of three: twelve queries, eleven companies asked for, three taken (round notes, /work/notes/gather64/63f.md; queries,
/tmp/gather64f/src/queries.txt).
usage: batch63f.py [POOL_DIR] [--dry]   (default /tmp/gather64f/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather64f/pool"
SRC = "/tmp/gather64f/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-57 pools (/tmp/gather64*/pool) and in /work/notes/gather63/CLAIMS.txt and "
           "/work/notes/gather64/CLAIMS.txt as they stood when checked (`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- consumer electronics, Germany: Nordmende (en.wikipedia.org's rendering) ---------------------------------------
NORDMENDE = [
 "Nordmende, originally from Bremen, Germany, is a trademark owned by Technicolor SA. Nordmende was historically "
 "renowned as a major consumer electronics brand for high quality televisions and domestic appliances. The brand is now "
 "manufactured and distributed under licence in the United Kingdom, Ireland, Turkey and Italy.",
 "The original company, Radio N. Mende GmbH, was founded in 1923 by Otto Hermann Mende (1885-1940) in Dresden. "
 "Following the destruction of the plant during the bombing raids in 1945, Martin Mende (the founder's son) created a "
 "new company in Bremen in 1947, in a former Focke-Wulf plant, under the name Norddeutsche Mende-Rundfunk GmbH. The "
 "name was subsequently changed to Nordmende: subsequently the company became one of the prominent German "
 "manufacturers of radios, televisions, tape recorders and record players in the 1950s and 1960s.",
 "In 1969, Mende's sons took over the company, and in 1977 a majority shareholding was sold to the French Thomson "
 "Brandt company. The following year, the family sold their remaining shares to Thomson. In the 1980s, the factories in "
 "Bremen were closed, Nordmende becoming purely a Thomson trademark.",
 "At the same time, the Nordmende brand name was relaunched in Ireland in 2008 by the KAL Group. Although Nordmende was "
 "well known for its televisions throughout Ireland during the 1970s and 1980s, the company bought the rights to the "
 "name and launched a range of white goods including fridges, freezers, washing machines, and dishwashers, alongside a "
 "revamped range of flat-screen TVs and stereos.",
 "On January 27, 2010, the Thomson company changed its name to Technicolor SA, re-branding the entire company after its "
 "American film technology subsidiary, the leading provider of services and products for the Media & Entertainment "
 "industry."]
KEPT["wp-nordmende"] = ("nordmende-enwiki.txt", NORDMENDE)
R.append(wp("wp-nordmende", "Nordmende", "https://en.wikipedia.org/wiki/Nordmende",
 "\n\n".join(MARK.sub("", p) for p in NORDMENDE),
 "manufacturing/consumer electronics", ["history", "founding", "ownership", "acquisition", "brand"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "its latest date 'January 27, 2010'; undated, a recent rendering, recorded 4.0 as batches 58p-62a, 62j and 63b "
 "recorded their en.wikipedia.org renderings). Cut: the title line '= Nordmende ='; the "
 "heading '== History =='; the last paragraph's second sentence, where the excerpt breaks off ('Nowadays Technicolor "
 "is the global owner of the Nordmende brand (except in Ireland) and licences the brand to selected Consumer "
 "Electronics partners in Turkey, in Italy an', no full stop; `truncated`; a cut at a sentence end). The rendering "
 "has no citation markers and no infobox lines in this excerpt. Paragraphs, one line each in the copy, joined with "
 "blank lines. No word added or changed. Kept as written: 'Nordmende, originally from Bremen, Germany, is a trademark "
 "owned by Technicolor SA.', 'The original company, Radio N. Mende GmbH, was founded in 1923 by Otto Hermann Mende "
 "(1885-1940) in Dresden.' (the initial 'N.' as written), 'Martin Mende (the founder's son) created a new company in "
 "Bremen in 1947, in a former Focke-Wulf plant, under the name Norddeutsche Mende-Rundfunk GmbH.', 'The name was "
 "subsequently changed to Nordmende: subsequently the company became ...' (the word 'subsequently' twice), 'In 1969, "
 "Mende's sons took over the company, and in 1977 a majority shareholding was sold to the French Thomson Brandt "
 "company.' ('Thomson Brandt' without a hyphen), 'At the same time, the Nordmende brand name was relaunched in Ireland "
 "in 2008 by the KAL Group.' ('At the same time' after a sentence on the 1980s), 'Although Nordmende was well known "
 "... , the company bought the rights to the name ...', 'On January 27, 2010, the Thomson company changed its name to "
 "Technicolor SA, re-branding the entire company after its American film technology subsidiary, the leading provider "
 "of services and products for the Media & Entertainment industry.'. 278 words. No outage and no near-miss of one "
 "told (the Dresden plant destroyed in the bombing raids of 1945 and the Bremen factories closed in the 1980s: no "
 "service lost by users). Recorded CC BY-SA 4.0 (en.wikipedia.org's current rendering; doubtful: no revision id). "
 "Found at rank 4 of the query 'Nordmende German consumer electronics Bremen Martin Mende Thomson acquired "
 "Wikipedia'; wikiclassic.com (rank 1; its words mangled, 'teh original company', 'inner 1969'), de.zxc.wiki (a "
 "machine translation of German Wikipedia), the-uncensored-wiki.com's 2014 copy (rank 3; an older wording, 'North "
 "German Mende Broadcast GmbH', with Videocon Group's purchase of Thomson's cathode ray tube activities), brandslex.de, "
 "wikiwand.com's German article and memim.com not used. Nordmende, Otto Hermann Mende, Norddeutsche Mende, Thomson "
 "Brandt, Technicolor, KAL Group, Focke-Wulf: " + CHECKED + " ('Mende' only inside other words such as 'amended').",
 "non-US"))

# ---- office machines and computers, Italy: Olivetti (en.wikipedia.org's rendering) ---------------------------------
OLIVETTI = [
 "Olivetti S.p.A. is an Italian manufacturer of computers, tablets, smartphones, printers and other such business "
 "products as calculators and fax machines. Headquartered in Ivrea, in the Metropolitan City of Turin, the company has "
 "been owned by TIM S.p.A. since 2003.",
 "The company is known for innovative product design, ranging from the 1950s Lettera 22 portable typewriter, to some of "
 "the first commercial programmable desktop calculators, such as the 1964 Programma 101, as well as the pop-art "
 "inspired Valentine typewriter of 1969. Between 1954 and 2001, Italy's Association of Industrial Design (ADI) awarded "
 "16 Compasso d'Oro prizes to Olivetti products and designs \u2013 more than any other company or designer. At one point "
 "in the 1980s, Olivetti was the world's third largest personal computer manufacturer and remained the largest such "
 "European manufacturer during the 1990s.",
 "The company was founded as \"Ing. C. Olivetti & C., S.p.A.\" by Camillo Olivetti in 1908 in the Turin commune of "
 "Ivrea, Italy. Olivetti was initially a typewriter manufacturer. The firm was mainly developed by his son Adriano "
 "Olivetti.",
 "Olivetti opened its first overseas manufacturing plant in 1930, and its Divisumma electric calculator was launched "
 "in 1948. It inspired Thomas J. Watson Jr. to change IBM's approach to industrial design beginning in the 1950s."]
KEPT["wp-olivetti"] = ("olivetti-enwiki.txt", OLIVETTI)
R.append(wp("wp-olivetti", "Olivetti", "https://en.wikipedia.org/wiki/Olivetti",
 "\n\n".join(MARK.sub("", p) for p in OLIVETTI),
 "manufacturing/office machines and computers", ["history", "founding", "ownership", "products"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id held; "
 "its infobox's logo of '2021-present', so a revision of 2021 or later; recorded 4.0 as batches 62j and 63b "
 "recorded their en.wikipedia.org renderings). Cut: the title line '= Olivetti ='; the infobox "
 "lines between the title and the lead ('Olivetti S.p.A.', '- Logo: ...' to '- Homepage: https://www.olivetti.com/en', "
 "with '- Key People: Elio Schiavo (chairman) Quang Ngo Dinh (CEO)', '- Owner: TIM (100%)' and '- Parent: TIM', so "
 "Elio Schiavo, Quang Ngo Dinh and the infobox's owner are not in the text; cut as batches 57p-62k cut their "
 "infoboxes); the headings '== History ==' and '=== Founding ==='; cut after '... to change IBM's approach to "
 "industrial design beginning in the 1950s.', before the sentence the excerpt breaks off in ('In 1959, Olivetti "
 "produced Italy's first electronic', no full stop; `truncated`; a cut at a sentence end), so the Elea computer, "
 "Underwood, General Electric and the later owners are not in the text. The rendering has no citation markers in this "
 "excerpt. Paragraphs, one line each in the copy, joined with blank lines. No word added or changed. Kept as "
 "written: 'Olivetti S.p.A. is an Italian manufacturer of computers, tablets, smartphones, printers and other such "
 "business products as calculators and fax machines.', 'Headquartered in Ivrea, in the Metropolitan City of Turin, "
 "the company has been owned by TIM S.p.A. since 2003.', 'ranging from the 1950s Lettera 22 portable typewriter, to "
 "some of the first commercial programmable desktop calculators, such as the 1964 Programma 101, as well as the "
 "pop-art inspired Valentine typewriter of 1969.', 'Italy's Association of Industrial Design (ADI) awarded 16 "
 "Compasso d'Oro prizes to Olivetti products and designs \u2013 more than any other company or designer.' (an en "
 "dash), 'The company was founded as \"Ing. C. Olivetti & C., S.p.A.\" by Camillo Olivetti in 1908 in the Turin "
 "commune of Ivrea, Italy.', 'The firm was mainly developed by his son Adriano Olivetti.', 'It inspired Thomas J. "
 "Watson Jr. to change IBM's approach to industrial design beginning in the 1950s.' ('It' for the Divisumma or the "
 "firm's design, as written). 208 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 "
 "(en.wikipedia.org's current rendering; doubtful: no revision id). Found at rank 6 of the query 'Olivetti Italian "
 "manufacturer typewriters Ivrea Camillo Olivetti Adriano Olivetti Wikipedia' and again at rank 5 of 'Olivetti "
 "history Underwood Typewriter Company 1959 General Electric 1964 Carlo De Benedetti Telecom Italia Wikipedia' (the "
 "same excerpt); epocalc.net, computersmuseum.com, vintagetypewriterjewelry.com, ajovomultja.hu, erih.net, "
 "mindmachine.co.uk (the makers' and collectors' own histories, no open licence stated), wikisum.wiki (the "
 "article's sentences out of order), docslib.org and xnico.com not used. Olivetti, Ivrea, TIM S.p.A., Divisumma, "
 "Compasso, Elio Schiavo: " + CHECKED + " (Telecom Italia is a party of other corpus texts, other matters; 'TIM' "
 "written alone only inside other words).",
 "non-US"))

# ---- airlines, Brazil: Servicos Aereos Cruzeiro do Sul (en.wikipedia.org's rendering, redirect 'Servicos Aereos
# Condor') --------------------------------------------------------------------------------------------------------------
CRUZEIRO = [
 "Servi\u00e7os A\u00e9reos Cruzeiro do Sul was the second oldest airline of Brazil, tracing its origins to 1927, when "
 "it was founded as Syndicato Condor, a subsidiary of Deutsche Luft Hansa. Syndicato Condor retained rights and "
 "interests of a former German trade company, Condor Syndikat, which previously operated passenger and mail services "
 "in Brazil. It was renamed Servi\u00e7os A\u00e9reos Cruzeiro do Sul in 1943. In 1975, Varig, a Brazilian airline "
 "which shared very similar origins, acquired its controlling shares. In 1993, it was finally merged into Varig.",
 "The first phase in the history of Cruzeiro do Sul is related to the German influence and can be dated from 1927 "
 "until 1943. During this time the airline was called Syndicato Condor, then Sindicato Condor and finally Servi\u00e7os "
 "A\u00e9reos Condor. Condor was founded in Rio de Janeiro, on 1 December 1927, by the three former German directors of "
 "Condor Syndikat, including Fritz W. Hammer, and the Brazilian Count Pereira Carneiro, owner of Jornal do Brasil and a "
 "shipping company. Syndicato Condor is considered to be the heir of Condor Syndikat, a German trade company that "
 "operated air services within Brazil and from which it inherited equipment, concessions, rights and particular "
 "interests. From the start it had a strong German influence, operating German aircraft and supporting the interests "
 "of Deutsche Luft Hansa in South America."]
KEPT["wp-servicos-aereos-cruzeiro-do-sul"] = ("cruzeiro-enwiki.txt", CRUZEIRO)
R.append(wp("wp-servicos-aereos-cruzeiro-do-sul", "Servi\u00e7os A\u00e9reos Cruzeiro do Sul",
 "https://en.wikipedia.org/wiki/Servi\u00e7os_A\u00e9reos_Condor",
 "\n\n".join(MARK.sub("", p) for p in CRUZEIRO),
 "transport/airlines", ["history", "founding", "ownership", "acquisition", "merger"],
 "The article as en.wikipedia.org's own 'Jump to content' rendering holds it in the page store, reached through the "
 "redirect 'Servi\u00e7os A\u00e9reos Condor' ('(Redirected from Servi\u00e7os A\u00e9reos Condor)'; no date or "
 "revision id held; the current skin's wording, so a recent revision; recorded 4.0 as batch 62j recorded its "
 "'Court Line' under the redirect 'Autair'). Cut: the lines 'Jump to content', the title 'Servi\u00e7os A\u00e9reos "
 "Cruzeiro do Sul', 'From Wikipedia, the free encyclopedia' and '(Redirected from Servi\u00e7os A\u00e9reos "
 "Condor)'; the infobox lines between the title and the lead (the infobox title 'Servi\u00e7os A\u00e9reos Cruzeiro do "
 "Sul' to 'Leopoldino Cardoso de Amorim Filho (1969\u20131993)', with 'Parent companyVarig', 'HeadquartersRio de "
 "Janeiro, Brazil' and the key people Paul Moosmeyer, Jos\u00e9 Bento Ribeiro Dantas and Leopoldino Cardoso de "
 "Amorim Filho with their years, so those three and the infobox's parent are not in the text; cut as batches "
 "57p-62k cut their infoboxes); the headings 'History' and 'Syndicato Condor and Servi\u00e7os A\u00e9reos Condor "
 "(1927\u20131943)' with their '[edit]' lines; cut after '... supporting the interests of Deutsche Luft Hansa in South "
 "America.', before the sentence the excerpt breaks off in ('The Brazilian government reco', no full stop; "
 "`truncated`; a cut at a sentence end). The rendering has no citation markers in this excerpt. Paragraphs, one line "
 "each in the copy, joined with blank lines. No word added or changed. Kept as written: 'Servi\u00e7os A\u00e9reos "
 "Cruzeiro do Sul was the second oldest airline of Brazil, tracing its origins to 1927, when it was founded as "
 "Syndicato Condor, a subsidiary of Deutsche Luft Hansa.', 'Syndicato Condor retained rights and interests of a "
 "former German trade company, Condor Syndikat, ...', 'In 1975, Varig, a Brazilian airline which shared very similar "
 "origins, acquired its controlling shares.', 'In 1993, it was finally merged into Varig.', 'During this time the "
 "airline was called Syndicato Condor, then Sindicato Condor and finally Servi\u00e7os A\u00e9reos Condor.', 'Condor "
 "was founded in Rio de Janeiro, on 1 December 1927, by the three former German directors of Condor Syndikat, "
 "including Fritz W. Hammer, and the Brazilian Count Pereira Carneiro, owner of Jornal do Brasil and a shipping "
 "company.', 'Syndicato Condor is considered to be the heir of Condor Syndikat, ... from which it inherited "
 "equipment, concessions, rights and particular interests.'. 221 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (en.wikipedia.org's current rendering; doubtful: no revision id). Found at rank 7 of the "
 "query 'Servi\u00e7os A\u00e9reos Cruzeiro do Sul Brazilian airline Syndicato Condor Varig acquired 1975 "
 "Wikipedia'; movatter.jp (rank 1; a proxy rendering with words run together, 'founded asSyndicato Condor, a "
 "subsidiary ofDeutsche Luft Hansa'), piglix.com (rank 2; an older wording, 'It was renamed Cruzeiro do Sul in "
 "1943'), ixistenz.ch (rank 4; a proxy of the mobile rendering), wikisum.wiki (the article's sentences out of "
 "order), aviacaocomercial.net and Portuguese Wikipedia diffs not used. Cruzeiro do Sul, Sindicato Condor, Condor "
 "Syndikat, Luft Hansa, Fritz W. Hammer, Pereira Carneiro, Moosmeyer, Ribeiro Dantas: " + CHECKED + " (Jornal do "
 "Brasil only in GATHERING.md's not-used lists; Syndicato Condor is a party of batch 62d's wp-lloyd-aereo-boliviano, "
 "Lloyd A\u00e9reo Boliviano's history, where a co-operation agreement with it is told: another matter; Varig is a "
 "party of other corpus texts, other matters).",
 "non-US", copy_of="the Wikipedia article, as en.wikipedia.org's rendering under the redirect "
 "'Servi\u00e7os A\u00e9reos Condor'"))


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

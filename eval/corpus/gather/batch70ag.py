#!/usr/bin/env python3
"""Batch 70ag (session 64; gatherer lane 70ag): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c, 69aa, 69ag, 70c,
70j, 70o, 70u and 70aa (the lane of 70o, 70u and 70aa: English Wikipedia histories of European companies, founders
and executives with posts, acquisitions, parents and subsidiaries; from the leads of rounds 70o, 70u and 70aa, here
makers of Czechoslovakia, Sweden and Poland, names of the leads' kind with no corpus hit), new to the corpus: Letov
Kbely (Letov), the Prague-Letňany aircraft company founded in 1918 by the Czechoslovakian Ministry of Defense, maker of
the Letov Š-1, bought by Groupe Latécoère in 2000 (aircraft, Czech Republic); NOHAB (Nydqvist & Holm AB), the
Trollhättan maker of turbines and locomotives founded in 1847 by Antenor Nydqvist, Johan Magnus Lidström and Carl Olof
Holm as Trollhättans Mekaniska Verkstad, licensee of the Electro-Motive Division of General Motors and of the Bristol
Aeroplane Company, bankrupt in 1979 (engineering, Sweden); and Lilpop, Rau i Loewenstein (Lilpop, LRL), the Warsaw
engineering company of 1818, its predecessor the Odlewnia i Rządowa Fabryka Machin headed by Thomas Evans and Joseph
Morris, renamed Bracia Evans (engineering, Poland).
English Wikipedia text, each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole page you did
not see): en.wikipedia-on-ipfs.org's copy of 'Letov Kbely' (the IPFS mirror of English Wikipedia, an older revision,
recorded CC BY-SA 3.0 as round 70i recorded that mirror's copy), the-uncensored-wiki.com's copy of 'NOHAB' (a static
copy of an old revision, recorded 3.0 as round 70b recorded that site's copy) and piglix's copy of 'Lilpop, Rau i
Loewenstein' (about 2017, recorded 3.0 as round 70c recorded piglix copies); cut at a sentence end before the point
where the excerpt breaks off (`truncated`) or before the copy's trailing headings and links. Edits per item in `notes`
(title and site lines, infobox lines, headings, reference lines; no word added or changed); `verify()` checks every
kept paragraph against the saved excerpt (/tmp/gather70ag/src), citation markers dropped and whitespace runs compared
as one space, as batches 57g-70aa did. No text tells an outage (Letov's wartime repair work and its failure on the
market after 1989, an import stopped by the Iron Curtain, NOHAB's bankruptcy of 1979 and Lilpop's looted factory:
business and political matters, no service lost in the guidelines' sense). newskg (or any extractor) was not run on
any text. A round of three: six queries, six companies asked for, three taken (round notes /tmp/gather70ag/NOTES.md;
queries, /tmp/gather70ag/src/queries.txt; claims, /work/notes/gather70/CLAIMS.txt).
usage: batch70ag.py [POOL_DIR] [--dry]   (default /tmp/gather70ag/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather70ag/pool"
SRC = "/tmp/gather70ag/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in the session-64 pools "
           "(/tmp/gather70*/pool) and in /work/notes/gather70/CLAIMS.txt as they stood when checked, and in GATHERING.md "
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


# ---- aircraft, Czech Republic: Letov Kbely (en.wikipedia-on-ipfs.org's copy) ---------------------------------------
LETOV = [
 "LETOV is an aircraft company located in Prague - Letňany, Czech Republic. It is the oldest aircraft company in "
 "the region.",
 "Letov was founded in 1918 by the Czechoslovakian Ministry of Defense to repair World War I trophy planes. The first "
 "indigenous aircraft, the Letov \u0160-1, was designed and built in 1920, and some 50 aircraft types were built by 1939. "
 "During World War II the factory served as repair shop for the German Luftwaffe. Production lines were also set up "
 "during World War II for combat versions of the Ju 290 aircraft, commencing with the Ju 290 A-2, which carried a "
 "search radar for its patrol role. Since the 1950s, the plant has manufactured parts for the MiG-15, MiG-19 and "
 "MiG-21.",
 "Over 4,000 wings and empennages for L-29 Delf\u00edn, a jet trainer aircraft that became the standard jet trainer for "
 "the air forces Warsaw Pact nations in the 1960s, were built by Letov. The company has also built wings and "
 "empennages for 2500 L-39 Albatros trainer aircraft since the 1970s.",
 "Following the fall of socialism in Czechoslovakia in 1989, Letov failed to assert itself on the international "
 "market and in 2000 it was bought by French Groupe Lat\u00e9co\u00e8re. The company now manufactures parts for large "
 "passenger aircraft."]
KEPT["wp-letov-kbely"] = ("letov-kbely-ipfs.txt", LETOV)
R.append(wp("wp-letov-kbely", "Letov Kbely", "https://en.wikipedia-on-ipfs.org/wiki/Letov_Kbely", _text(LETOV),
 "manufacturing/aircraft", ["history", "founding", "products", "acquisitions", "ownership"],
 "The article as en.wikipedia-on-ipfs.org holds it in the page store: the Wikimedia-endorsed IPFS mirror of English "
 "Wikipedia (a Kiwix snapshot, an older revision by its wording: 'LETOV is an aircraft company located in Prague - "
 "Letňany' and 'the Czechoslovakian Ministry of Defense', where wiki.outremer.quest's 2023-10 copy in the same "
 "results reads 'located in Letňany, Prague' and 'the Czechoslovak Ministry of Defense'; no revision id held), "
 "recorded CC BY-SA 3.0 as round 70i recorded that mirror's copy. Cut: the title line 'Letov Kbely'; the heading "
 "'Aircraft' (its table not in the excerpt); the trailing heading 'References', its reference line ('Taylor 1969, p. "
 "28') and book line, and the mirror's licence line ('This article is issued from Wikipedia. ...'), where the excerpt "
 "ends. Paragraphs joined with blank lines. No word added or changed. Kept as written: 'LETOV is an aircraft company' "
 "(capitals as the copy has them), 'Prague - Letňany', 'the Czechoslovakian Ministry of Defense', 'the air forces "
 "Warsaw Pact nations' (no 'of'), 'for 2500 L-39 Albatros trainer aircraft', 'bought by French Groupe Lat\u00e9co\u00e8re'. "
 + TYPED + "No outage and no near-miss of one told (repair work for an air force in wartime and a failure on the "
 "market after 1989 are no service lost). Found at rank 1 of the query 'Letov Kbely Czech aircraft manufacturer "
 "history Lat\u00e9co\u00e8re' (the lead of round 70aa, which saw this copy and wiki.outremer.quest's and left them free); "
 "wiki.outremer.quest's Kiwix 2023-10 copy (rank 4; a later revision, the same history with an aircraft table, the "
 "IPFS copy taken as the shorter one with the same facts), janes.migavia.com (rank 2; a Jane's-derived page saying "
 "'in 2004 it was bought'), piglix.com's 'Let Kunovice' (ranks 5 and 7; another company) and Finnish, German and "
 "Italian pages (ranks 3, 6, 8) not used. Letov, Groupe Lat\u00e9co\u00e8re, Luftwaffe, Warsaw Pact, MiG-21: " + CHECKED +
 " ('Letov' and 'Lat\u00e9co\u00e8re' only in GATHERING.md's leads and notes of rounds 70aa and earlier; the L-29 Delf\u00edn "
 "and L-39 Albatros in round 70j's pool text on Aero Vodochody, their maker, here only as aircraft Letov built parts "
 "for).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older revision, via en.wikipedia-on-ipfs.org, the IPFS mirror of "
 "Wikipedia"))

# ---- engineering, Sweden: NOHAB (the-uncensored-wiki.com's copy, an older revision) --------------------------------
NOHAB = [
 "NOHAB, (Nydqvist & Holm AB), Swedish manufacturing company in the city of Trollh\u00e4ttan.",
 "The company was founded by Antenor Nydqvist, Johan Magnus Lidstr\u00f6m and Carl Olof Holm in 1847 as Trollh\u00e4ttans "
 "Mekaniska Verkstad as a manufacturer of turbines for hydraulic power plants. In 1865 the company made its first "
 "steam locomotive and in 1912 the 1,000th locomotive steamed out of the factory.",
 "In 1916 the company was reconstituted as a limited company and became NOHAB. In 1920 NOHAB received an order of "
 "1000 locomotives from Russia. Only 500 were delivered between 1921 and 1924.",
 "In the 1950s NOHAB started manufacturing diesel locomotives under licence from Electro-Motive Division of General "
 "Motors. The Danish State Railways were a major customer. Also, 20 diesel engines were later built for Hungarian "
 "State Railways, but due to the Iron Curtain, the import was stopped. These locomtives were classified as type M61. "
 "Today, the M61s are no longer in use, but a preservation group exists in Hungary. 35 Di 3 units of the same kind "
 "were delivered to Norges Statsbaner of Norway.",
 "In 1930 NOHAB started manufacturing the Bristol Jupiter aircraft engine, under licence from the Bristol Aeroplane "
 "Company. A couple of years later the aircraft engine division of NOHAB and AB Svenska j\u00e4rnv\u00e4gsverkst\u00e4derna of "
 "Link\u00f6ping formed the aircraft manufacturer SAAB.",
 "NOHAB was still a major manufacturer of turbines for power plants and well known for medium size ship engines. "
 "NOHAB also manufactured the hulls for the S-tank. The company went bankrupt in 1979."]
KEPT["wp-nohab"] = ("nohab-uncensored.txt", NOHAB)
R.append(wp("wp-nohab", "NOHAB", "http://the-uncensored-wiki.com:20082/articles/n/o/h/NOHAB_2a5b.html", _text(NOHAB),
 "manufacturing/engineering", ["history", "founding", "founders", "former names", "licences", "customers"],
 "The article as the-uncensored-wiki.com holds it in the page store (a site serving static copies of English "
 "Wikipedia; its port-20082 copy; an older revision, about 2006-2008 by its wording: 'NOHAB, (Nydqvist & Holm AB), "
 "Swedish manufacturing company in the city of Trollh\u00e4ttan.', a lead with no verb, and no section headings; no "
 "revision id held), recorded CC BY-SA 3.0 as round 70b recorded that site's copy. Cut: the title line 'NOHAB' and "
 "the site's line 'From Wikipedia, the free encyclopedia'. The excerpt ends after 'The company went bankrupt in "
 "1979.' (kept to its end; whether the page went on is not known). Paragraphs (single line breaks in the copy) "
 "joined with blank lines. No word added or changed. Kept as written: 'NOHAB, (Nydqvist & Holm AB), Swedish "
 "manufacturing company in the city of Trollh\u00e4ttan.' (the comma and the verbless sentence), 'founded by ... in 1847 "
 "as Trollh\u00e4ttans Mekaniska Verkstad as a manufacturer', 'under licence from Electro-Motive Division of General "
 "Motors' (no 'the'), 'These locomtives were classified as type M61.' (the misspelling), 'the aircraft engine division "
 "of NOHAB and AB Svenska j\u00e4rnv\u00e4gsverkst\u00e4derna of Link\u00f6ping formed the aircraft manufacturer SAAB' (the revision's "
 "account). " + TYPED + "No outage and no near-miss of one told ('due to the Iron Curtain, the import was stopped' a "
 "political matter; 'went bankrupt' a business failure). Found at rank 1 of the query 'Nohab Nydqvist & Holm "
 "Trollh\u00e4ttan locomotive manufacturer history'; de.zxc.wiki, de-academic.com and de.wikiup.org (ranks 2, 6, 8; the "
 "German article), nohab-gm.com and nohab-gm.hu (ranks 3-5; a Hungarian preservation society's history, a talk by a "
 "former employee, no open licence) and trollhattain.se (rank 7; Swedish) not used. NOHAB, Nydqvist, Trollh\u00e4ttan, "
 "Lidstr\u00f6m, Electro-Motive, Danish State Railways, Hungarian State Railways, Norges Statsbaner, Bristol Jupiter, "
 "Svenska j\u00e4rnv\u00e4gsverkst\u00e4derna: " + CHECKED + " (General Motors, Saab and the Bristol Aeroplane Company: in "
 "other texts, here only as a licensor's parent, a company formed and a licensor; 'S-tank' one corpus file on another "
 "matter).",
 "non-US", v3=True, copy_of="the Wikipedia article, an older revision, via the-uncensored-wiki.com, a site serving "
 "copies of Wikipedia"))

# ---- engineering, Poland: Lilpop, Rau i Loewenstein (piglix's copy) -------------------------------------------------
LILPOP = [
 "Lilpop, Rau i Loewenstein ([\u02c8lilp\u0254p rau\u032f i l\u025bv\u025bn\u0282tai\u032fn], often shortened to Lilpop or LRL) was a "
 "Polish engineering company. Established in 1818 as an iron foundry, with time it rose to become a large holding "
 "company specialising in iron and steel production, as well as all sorts of machinery and metal products.",
 "The largest factory was in Warsaw. Between the 1860s and World War II the company was the largest Polish producer "
 "of machinery, cars, lorries and railway equipment. The range of products designed and produced by Lilpop included "
 "train engines, rails, railway cars and equipment for railroads, automotive engines, license-built lorries "
 "(Chevrolet and Buick), steam turbines, electric appliances and many other types of machinery.",
 "The main factory of Lilpop, Rau i Loewenstein in Warsaw was looted by the Germans during the World War II and the "
 "buildings demolished. The company was not rebuilt after the war.",
 "The predecessor to the Lilpop, Rau i Loewenstein company was the Odlewnia i Rządowa Fabryka Machin (\"Foundry and "
 "Government Machinery Factory\"), the first iron foundry in Warsaw. Established in 1818, it was initially headed by "
 "Thomas Evans and Joseph Morris, two British nationals active in the Kingdom of Poland at the time. In 1824 Morris "
 "left the business and it was taken over by Thomas Evans and his brother Andrew, hence it was renamed to \"Bracia "
 "Evans\" \u2013 the Evans Brothers Co. They were later joined by Douglas Evans, Alfred Evans and engineer Joshua "
 "Routledge. The company was producing mostly cast iron agricultural equipment and had a crew of approximately 150 "
 "workers."]
KEPT["wp-lilpop-rau-i-loewenstein"] = ("lilpop-piglix.txt", LILPOP)
R.append(wp("wp-lilpop-rau-i-loewenstein", "Lilpop, Rau i Loewenstein", "http://piglix.com/piglix/Lilpop,_Rau_i_Loewenstein",
 _text(LILPOP),
 "manufacturing/engineering", ["history", "founding", "predecessors", "management", "former names", "products"],
 "The article as piglix's copy holds it (piglix.com, a copy of English Wikipedia articles of about 2017; undated; "
 "recorded CC BY-SA 3.0 as an older revision, as rounds 69j, 69o, 69ag and 70c recorded piglix copies). Cut: the "
 "site's line '*** Welcome to piglix ***'; the title line 'Lilpop, Rau i Loewenstein' (twice, the second as the "
 "infobox's head); the infobox lines ('Fate destroyed by the Germans during World War II' to 'ca. 2000 in 1914' and "
 "'3900 in 1938', with 'Founded Warsaw, Poland (1818 (1818))' and 'Defunct 1944 (1944)'); cut after '... had a crew "
 "of approximately 150 workers.', before the sentence the excerpt breaks off in ('Initially occupying a small plot of "
 "land at Piesza Street, soon it was mo'; `truncated`; a cut at a sentence end). The copy has no section headings "
 "and no citation markers in this excerpt. Paragraphs joined with blank lines. No word added or changed. Kept as "
 "written: the pronunciation in brackets ('[\u02c8lilp\u0254p rau\u032f i l\u025bv\u025bn\u0282tai\u032fn]', inside the first sentence), "
 "'license-built lorries (Chevrolet and Buick)', 'looted by the Germans during the World War II' (piglix's 'the', "
 "where en.wikipedia.org's rendering in the same results has none), 'The predecessor to the Lilpop, Rau i Loewenstein "
 "company was the Odlewnia i Rządowa Fabryka Machin (\"Foundry and Government Machinery Factory\")', 'it was renamed "
 "to \"Bracia Evans\" \u2013 the Evans Brothers Co.'. " + TYPED + "No outage and no near-miss of one told (a factory "
 "looted in war is no service lost). Found at rank 1 of the query 'Lilpop, Rau i Loewenstein Warsaw engineering "
 "company history'; cryer.org.uk (rank 2; the same words with headings), theinfolist.com (rank 3; glossary text woven "
 "in), en.wikipedia.org's rendering (rank 4; '[edit]' links and '[1]', '[2]' markers, breaking off at the same "
 "point), bahnsport-info.de's proxy of en.wikipedia.org (rank 5), wiki.riteme.site (rank 6), gracesguide.co.uk (rank "
 "7; its own summary) and wikiclassic.com (rank 8; a copy with words mangled: 'orr', 'teh', 'tweak') not used; piglix's "
 "copy taken as the corpus's usual copy. Lilpop, Loewenstein, Bracia Evans, Odlewnia, Routledge, Thomas Evans: " +
 CHECKED + " ('Joseph Morris' in one corpus text on another matter).",
 "non-US", v3=True, copy_of="the Wikipedia article (an older revision, about 2017) via piglix's copy"))


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

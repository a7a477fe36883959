#!/usr/bin/env python3
"""Batch 69u (session 63; gatherer lane 69u): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-60h, 61e, 62d, 62k, 63f, 64f, 64l, 64n, 65c, 65f, 65l, 65n, 66c, 67ae, 68c and 68i, turned
to European companies (the lane of 69u: English Wikipedia histories of companies of Italy, Spain, the Netherlands,
Belgium, the Nordic countries, Switzerland, Austria, Poland, Czechia, Britain and Ireland, founders and executives with
posts, acquisitions, parents and subsidiaries; from the leads of rounds 68i, 69c, 69i and 69o), new to the corpus:
TI Group plc (formerly Tube Investments) of Abingdon, the engineering holding company registered in 1919 from the tube
businesses of Tubes Ltd, New Credenda Tube, Simplex and Accles & Pollock, with Ivan Stedeford its chief executive from
1935 and chairman from 1944, its purchases of Swallow Coachbuilding Co. (1935) Ltd., Hercules Cycles, British
Aluminium, Raleigh Industries, Russell Hobbs and Alfred Herbert Ltd, its British Cycle Corporation subsidiary, acquired
by Smiths Industries in 2000 (engineering, UK); Lindt & Spr\u00fcngli AG of Z\u00fcrich, the chocolatier whose origins lie
in David Spr\u00fcngli-Schwarz and Rudolf Spr\u00fcngli-Ammann's shop of 1836, divided between Johann Rudolf and David
Robert in 1892, Chocolat Spr\u00fcngli AG in 1899 with its purchase of Rodolphe Lindt's factory in Bern, and its purchase
of Hofbauer \u00d6sterreich with the K\u00fcfferle brand in 1994 (confectionery, Switzerland); and Lucas Industries plc of
Birmingham, founded by Joseph Lucas in 1860, Joseph Lucas & Son and Joseph Lucas Ltd in turn, supplier of Morris Motors
Limited from 1914, merged with the Varity Corporation into LucasVarity in 1996, LucasVarity sold to TRW and the Lucas
trademark owned by ZF Friedrichshafen with its Elta Lighting licence (automotive and aerospace components, UK).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): kiwix.casplantje.nl's Kiwix copy of 2020-06 ('TI Group'), piglix.com's copy ('Lindt &
Spr\u00fcngli') and kiwix.haohe.fun's Kiwix copy of 2024-01 ('Lucas Industries plc'); each cut at a sentence or
paragraph end before the point where the excerpt breaks off (`truncated` for all three: each article goes on). Edits
per item in `notes` (site lines, title lines, infobox lines, headings and citation markers cut; no word added or
changed); `verify()` checks every kept paragraph against the saved excerpt (/tmp/gather69u/src), citation markers
('[1]', '[edit]') dropped and whitespace runs compared as one space, as batches 57g-68i did. No text tells an outage or
a near-miss of one. newskg (or any extractor) was not run on any text.
A round of three: four queries, three companies asked for, three taken (round notes /tmp/gather69u/NOTES.md; queries,
/tmp/gather69u/src/queries.txt; claims, /work/notes/gather69/CLAIMS.txt).
usage: batch69u.py [POOL_DIR] [--dry]   (default /tmp/gather69u/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69u/pool"
SRC = "/tmp/gather69u/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-63 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as they stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', ' [2]', '[ citation needed ]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|citation needed)\s*\]")
TYPED = ("The saved excerpt was written from the tool's display of it: a no-break space, if the page had one, is "
         "written as a plain space (the check compares whitespace runs as one space). ")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- engineering, UK: TI Group (kiwix.casplantje.nl's Kiwix copy, 2020-06) -----------------------------------------
TI = [
 "TI Group plc (formerly Tube Investments) was a holding company for specialised engineering companies. It was based "
 "in Abingdon, Oxfordshire. It was registered as Tube Investments in 1919, combining the seamless steel tube businesses "
 "of Tubes Ltd, New Credenda Tube (later known as Creda), Simplex and Accles & Pollock.[1] Reynolds Tube joined the "
 "group in 1928.",
 "Tube Investments was listed on the London Stock Exchange, and was a constituent of the FTSE 100 Index. It was "
 "acquired by Smiths Industries in the end of 2000.",
 "The company was registered as Tube Investments in 1919, combining the seamless steel tube businesses of Tubes Ltd, "
 "New Credenda Tube (later known as Creda), Simplex and Accles & Pollock.[1] Reynolds Tube joined the group in 1928.",
 "Ivan Stedeford joined the company in 1928. He became chief executive in 1935, and chairman in 1944. In 1946, the "
 "company bought Swallow Coachbuilding Co. (1935) Ltd. and Hercules Cycles. The British Cycle Corporation subsidiary "
 "was formed in 1956, and consisted of Armstrong, Norman Cycles, Sun Cycles, Phillips Cycles and Hercules Cycles (no "
 "connection with the German Hercules company).[2]",
 "TI subsidiary Swallow Coachbuilding Co. constructed the Swallow Doretti sports car in 1954 and 1955.[3] The "
 "'Aluminium War' from 1958 to 1959 was a fierce and successful battle to acquire British Aluminium.[4]",
 "Raleigh Industries were acquired in 1960, bringing the Raleigh owned brands BSA Cycles, Humber, Triumph, Rudge, New "
 "Hudson, Sunbeam Three Spires and J. B. Brooks.[5] The company bought kettle manufacturers Russell Hobbs in 1963, and "
 "Sir Ivan Stedeford retired as chairman and chief executive officer and became life president.",
 "The group bought Alfred Herbert Ltd in 1982."]
KEPT["wp-ti-group"] = ("ti-group-casplantje.txt", TI)
R.append(wp("wp-ti-group", "TI Group", "https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2020-06/A/TI_Group",
 "\n\n".join(MARK.sub("", p) for p in TI),
 "manufacturing/engineering", ["history", "acquisition", "executives", "ownership"],
 "The article as kiwix.casplantje.nl's Kiwix copy wikipedia_en_all_maxi_2020-06 holds it in the page store (the "
 "article as it stood in about June 2020; no revision id held). Cut: the title line 'TI Group'; the infobox lines "
 "between the lead's first paragraph and its second ('TI Group', 'Public', 'IndustryEngineering', 'FateAcquired', "
 "'PredecessorAlfred Herbert', 'SuccessorSmiths Group', 'Founded1919', 'Defunct2000', 'HeadquartersAbingdon, "
 "Oxfordshire, United Kingdom', 'Key people', 'Lord Plowden (Chairman)', so Lord Plowden, Smiths Group and the United "
 "Kingdom are not in the text; cut as batches 57p-68i cut their infoboxes); the heading 'History'; the citation "
 "markers '[1]' (twice) to '[6]'; cut after 'The group bought Alfred Herbert Ltd in 1982.', before the sentence the "
 "excerpt breaks off in ('In 1986, Tube Investments acquired Ho', no full stop; `truncated`; a cut at a sentence "
 "end). The History section's first paragraph repeats the lead's third and fourth sentences word for word ('The "
 "company was registered as Tube Investments in 1919, ...'): kept as the copy has it (no paragraph of the article "
 "dropped before the cut). Paragraphs joined with blank lines, as in the copy. No word added or changed. Kept as "
 "written: 'TI Group plc (formerly Tube Investments) was a holding company for specialised engineering companies.', "
 "'It was acquired by Smiths Industries in the end of 2000.' ('in the end of' as written), 'Ivan Stedeford joined the "
 "company in 1928. He became chief executive in 1935, and chairman in 1944.', 'In 1946, the company bought Swallow "
 "Coachbuilding Co. (1935) Ltd. and Hercules Cycles.', '(no connection with the German Hercules company)', 'TI "
 "subsidiary Swallow Coachbuilding Co. constructed the Swallow Doretti sports car in 1954 and 1955.', 'The 'Aluminium "
 "War' from 1958 to 1959 was a fierce and successful battle to acquire British Aluminium.' (the single quotation "
 "marks), 'Raleigh Industries were acquired in 1960, bringing the Raleigh owned brands BSA Cycles, Humber, Triumph, "
 "Rudge, New Hudson, Sunbeam Three Spires and J. B. Brooks.' (no hyphen in 'Raleigh owned'), 'The company bought "
 "kettle manufacturers Russell Hobbs in 1963, and Sir Ivan Stedeford retired as chairman and chief executive officer "
 "and became life president.'. " + TYPED + "270 words. No outage and no near-miss of one told. Recorded CC BY-SA 3.0 "
 "(a Kiwix copy of June 2020, before Wikimedia's move to 4.0 of June 2023, as batches 60a, 65b and 67aa recorded "
 "kiwix.casplantje.nl's copies). Found at rank 1 of the query 'Tube Investments TI Group history chairman acquired "
 "Raleigh British Aluminium Wikipedia' (TI Group: named in GATHERING.md only in a lead on Dowty Group, as Dowty's "
 "buyer of 1992; the Dowty purchase is not in this text); wikiclassic.com (rank 2, a mirror with garbled words, "
 "'teh', 'inner', 'azz'), gracesguide.co.uk (ranks 3 and 7, Grace's Guide, its own chronology, no open licence "
 "taken), wiki-gateway.eudic.net (rank 4, an older copy, reworded lines), review.clateway.com (rank 5, the current "
 "lead summary), the-uncensored-wiki.com's 2008 dump (rank 6, a list-form history) and fuguja.com (rank 8, a "
 "Japanese machine translation) not used. Tube Investments, Stedeford, Plowden, Smiths Industries, Russell Hobbs, "
 "Alfred Herbert, Hercules Cycles, Swallow Coachbuilding, Accles, Reynolds Tube, Credenda, British Cycle Corporation, "
 "Raleigh Industries, Houdaille: " + CHECKED + ", GATHERING.md aside, where TI Group stood only in that Dowty lead "
 "(Smiths Group in a train DOJ text and gather scripts, other matters, Smiths Group not in this text; British "
 "Aluminium in dev wp-rio-tinto-alcan and other texts, that company's own history: here one clause, the 1958-59 "
 "takeover, a small overlap, doubtful; Raleigh as a place name in many texts, other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via kiwix.casplantje.nl's Kiwix copy wikipedia_en_all_maxi_2020-06"))

# ---- confectionery, Switzerland: Lindt & Spr\u00fcngli (piglix.com's copy) ------------------------------------------------
LINDT = [
 "Lindt & Spr\u00fcngli AG, more commonly known as Lindt, is a Swiss chocolatier and confectionery company founded in "
 "1845 and known for their chocolate truffles and chocolate bars, among other sweets.",
 "The origins of the company date back to 1836, when David Spr\u00fcngli-Schwarz and his son Rudolf Spr\u00fcngli-Ammann "
 "bought a small confectionery shop in the old town of Z\u00fcrich, producing chocolates under the name David "
 "Spr\u00fcngli & Son. Two years later, a small factory was added that produced chocolate in solid form. In 1845 they "
 "moved to the Paradeplatz.",
 "With the retirement of Rudolf Spr\u00fcngli-Ammann in 1892, the business was divided between his two sons. The younger "
 "brother David Robert received two confectionery stores that became known under the name Confiserie Spr\u00fcngli. The "
 "elder brother Johann Rudolf received the chocolate factory. To raise the necessary finance for his expansion plans, "
 "Johann Rudolf converted in 1899 his private company into \"Chocolat Spr\u00fcngli AG\". In that same year, he acquired "
 "the chocolate factory of Rodolphe Lindt in Bern and the company changed its name to Aktiengesellschaft Vereinigte "
 "Berner und Z\u00fcricher Chocoladefabriken Lindt & Spr\u00fcngli (United Bern and Zurich Lindt & Sprungli Chocolate "
 "Factory Ltd.).",
 "In 1994, Lindt & Spr\u00fcngli acquired the Austrian chocolatier, Hofbauer \u00d6sterreich, and integrated it, along "
 "with its K\u00fcfferle brand, into the company."]
KEPT["wp-lindt-and-sprungli"] = ("lindt-piglix.txt", LINDT)
R.append(wp("wp-lindt-and-sprungli", "Lindt & Spr\u00fcngli", "http://piglix.com/piglix/Lindt_%26_Spr%C3%BCngli",
 "\n\n".join(MARK.sub("", p) for p in LINDT),
 "food/confectionery", ["history", "founding", "acquisition", "ownership"],
 "The article as piglix.com (a Wikipedia mirror; batches 63c, 64h and 64k and train wp-aviaco used its copies) holds it "
 "in the page store (no date or revision id held; its infobox figures are of 2015, so a copy of about 2016). Cut: the "
 "infobox lines before the lead ('Aktiengesellschaft | |', 'Traded as |', 'SIX: LISN SIX: LISP |', 'Industry | "
 "Confectionery |', 'Founded | 1845 |', 'Founder | David Spr\u00fcngli-Schwarz Rudolf Spr\u00fcngli-Ammann |', "
 "'Headquarters | Kilchberg, Switzerland |', 'Key people', 'Ernst Tanner (Chairman) Dieter Weisskopf (CEO) |', the "
 "products, revenue, profit and employee lines, 'Subsidiaries |', 'Ghirardelli Russell Stover Candies Caffarel Hofbauer "
 "K\u00fcfferle |', 'Website |', 'www www |', so Ernst Tanner, Dieter Weisskopf, Kilchberg, Ghirardelli, Russell Stover "
 "Candies and Caffarel are not in the text; cut as batches 57p-68i cut their infoboxes); cut after '... integrated it, "
 "along with its K\u00fcfferle brand, into the company.', before the sentence the excerpt breaks off in ('In 1997 and "
 "1998, respectively, the company acquired the Italian chocolatier Caffar', no full stop; `truncated`; a cut at a "
 "sentence end). The copy shows no title line, no heading and no citation marker in this excerpt; its paragraphs stand "
 "on single lines, joined here with blank lines. No word added or changed. Kept as written: 'Lindt & Spr\u00fcngli AG, "
 "more commonly known as Lindt, is a Swiss chocolatier and confectionery company founded in 1845 and known for their "
 "chocolate truffles and chocolate bars' ('their' as written), 'when David Spr\u00fcngli-Schwarz and his son Rudolf "
 "Spr\u00fcngli-Ammann bought a small confectionery shop in the old town of Z\u00fcrich, producing chocolates under the "
 "name David Spr\u00fcngli & Son.', 'In 1845 they moved to the Paradeplatz.', 'To raise the necessary finance for his "
 "expansion plans, Johann Rudolf converted in 1899 his private company into \"Chocolat Spr\u00fcngli AG\".' (the word "
 "order and the quotation marks), 'the company changed its name to Aktiengesellschaft Vereinigte Berner und "
 "Z\u00fcricher Chocoladefabriken Lindt & Spr\u00fcngli (United Bern and Zurich Lindt & Sprungli Chocolate Factory "
 "Ltd.).' ('Z\u00fcricher' and 'Sprungli' as written), 'In 1994, Lindt & Spr\u00fcngli acquired the Austrian "
 "chocolatier, Hofbauer \u00d6sterreich, and integrated it' (the commas). " + TYPED + "214 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 3.0 (an older copy, as batches 63c, 64h and 64k recorded piglix.com's; "
 "doubtful: no revision date). Found at rank 1 of the query 'Lindt & Spr\u00fcngli company history Rodolphe Lindt "
 "chairman acquired Wikipedia' (Lindt & Spr\u00fcngli: a Swiss company of this lane's countries, no corpus hit, not in "
 "any earlier round's list); libertadparaestudiar.ucontinental.edu.pe (rank 2, a blog essay), perescandy.de (rank 3, a "
 "shop's history blog), hubbry.com (rank 4, the current article, breaking off in 1986 before any purchase of a "
 "company), holamon.cat (rank 5, a copy not recorded by earlier batches, no licence line seen), l.global.ssl.fastly.net "
 "(rank 6, the current article, breaking off in its first history paragraph), schokoladentafeln.ch (rank 7, German) "
 "and perceptiode.com (rank 8, a German machine translation) not used; a second query for the later purchases "
 "('Lindt & Spr\u00fcngli acquired Russell Stover Candies 2014 Ghirardelli Caffarel wholly owned subsidiaries "
 "expansion') gave only news and trade-press pages (blogspot, bakenet.eu, csmonitor.com, reuters.com, cspdailynews.com, "
 "competitionpolicyinternational.com, digitalburg.com), none used. Lindt, Spr\u00fcngli, Spruengli, Hofbauer, "
 "K\u00fcfferle, Caffarel, Ghirardelli, Kilchberg, Paradeplatz: " + CHECKED + ".",
 "non-US", v3=True, copy_of="the Wikipedia article, via piglix.com, a Wikipedia mirror"))

# ---- automotive components, UK: Lucas Industries (kiwix.haohe.fun's Kiwix copy, 2024-01) ----------------------------
LUCAS = [
 "Lucas Industries plc was a Birmingham-based British manufacturer of motor industry and aerospace industry "
 "components. Once prominent, it was listed on the London Stock Exchange and was formerly a constituent of the FTSE 100 "
 "Index. In August 1996, Lucas merged with the American Varity Corporation to form LucasVarity.",
 "After LucasVarity was sold to TRW the Lucas brand name was licensed for its brand equity to Elta Lighting for "
 "aftermarket auto parts in the United Kingdom. The Lucas trademark is currently owned by ZF Friedrichshafen, which "
 "retained the Elta arrangement.",
 "In the 1850s, Joseph Lucas, a jobless father of six, sold paraffin oil from a barrow cart around the streets of "
 "Hockley. In 1860, he founded the firm that would become Lucas Industries. His 17-year-old son Harry joined the firm "
 "around 1872.[1] At first it made general pressed metal merchandise, including plant pot holders, scoops and buckets, "
 "and later in 1875 lamps for ships. Joseph Lucas & Son was based in Little King Street from 1882 and later Great King "
 "Street, Birmingham.",
 "In 1902, what had by then become Joseph Lucas Ltd, incorporated in 1898, started making automotive electrical "
 "components such as magnetos, alternators, windscreen wipers, horns, lighting, wiring and starter motors.[1] The "
 "company started its main growth in 1914 with a contract to supply Morris Motors Limited with electrical "
 "equipment.[1] During World War I Lucas made shells and fuses, as well as electrical equipment for military "
 "vehicles."]
KEPT["wp-lucas-industries"] = ("lucas-industries-haohe.txt", LUCAS)
R.append(wp("wp-lucas-industries", "Lucas Industries",
 "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Lucas_Industries_plc",
 "\n\n".join(MARK.sub("", p) for p in LUCAS),
 "manufacturing/automotive components", ["history", "founding", "merger", "ownership"],
 "The article as kiwix.haohe.fun's Kiwix copy wikipedia_en_all_maxi_2024-01 holds it in the page store (its address "
 "names the redirect 'Lucas_Industries_plc'; the article as it stood in about January 2024; no revision id held). Cut: "
 "the infobox lines before the lead ('Lucas Industries plc', 'IndustryAutomotive and aerospace', 'Founded1860', "
 "'FounderJoseph Lucas', 'Defunct1996', 'FateMerged', 'SuccessorLucasVarity', 'HeadquartersBirmingham, England', 'Key "
 "people', 'George Simpson (CEO)', the products and employee lines, 'SubsidiariesCAV/Simms/RotoDiesel/Condiesel, "
 "Girling, Lucas Automotive, Butlers Limited (Small Heath), Lucas Aerospace', so George Simpson, England, Girling and "
 "the other subsidiaries are not in the text; cut as batches 57p-68i cut their infoboxes); the headings 'History', "
 "'Foundation' and '1902 to World War I'; the citation markers '[1]' (three times); cut after '... as well as "
 "electrical equipment for military vehicles.', before the sentence the excerpt breaks off in ('Up until the early "
 "1970s, Lucas was the pr', no full stop; `truncated`; a cut at a sentence end). Paragraphs joined with blank lines, "
 "as in the copy. No word added or changed. Kept as written: 'Lucas Industries plc was a Birmingham-based British "
 "manufacturer of motor industry and aerospace industry components.', 'In August 1996, Lucas merged with the American "
 "Varity Corporation to form LucasVarity.', 'After LucasVarity was sold to TRW the Lucas brand name was licensed for "
 "its brand equity to Elta Lighting for aftermarket auto parts in the United Kingdom.' (no comma after 'TRW'), 'The "
 "Lucas trademark is currently owned by ZF Friedrichshafen, which retained the Elta arrangement.', 'In the 1850s, "
 "Joseph Lucas, a jobless father of six, sold paraffin oil from a barrow cart around the streets of Hockley. In 1860, "
 "he founded the firm that would become Lucas Industries. His 17-year-old son Harry joined the firm around 1872.', "
 "'Joseph Lucas & Son was based in Little King Street from 1882 and later Great King Street, Birmingham.', 'In 1902, "
 "what had by then become Joseph Lucas Ltd, incorporated in 1898, started making automotive electrical components', "
 "'The company started its main growth in 1914 with a contract to supply Morris Motors Limited with electrical "
 "equipment.'. " + TYPED + "237 words. No outage and no near-miss of one told. Recorded CC BY-SA 4.0 (a Kiwix copy "
 "of January 2024, after Wikimedia's move to 4.0, as batches 62j, 65o, 68b and 69o recorded "
 "kiwix.haohe.fun's copies). Found at rank 1 of the query 'Lucas Industries history Joseph Lucas Birmingham company "
 "chairman acquired' (Lucas Industries: a British company of this lane's countries, no corpus hit, not in any earlier "
 "round's list); blog.gracesguide.co.uk (rank 2, Grace's Guide's own chronology, no open licence taken), "
 "wikiclassic.com (rank 3, a mirror with garbled words, 'wuz', 'inner'), commercialoverprints.com (rank 4, a stamp "
 "dealer's summary), piglix.com's copy under 'Simms Motor Units Ltd' (rank 5, the same words, an older copy), "
 "iiab.me's Kiwix copy of 2023-10 under 'Lucas CAV' (rank 6, the same words, infobox inside the lead), "
 "magnificenth850.sbs (rank 7, an address-shortener page) and k.global.ssl.fastly.net (rank 8) not used. Joseph "
 "Lucas, Lucas Industries, LucasVarity, Elta Lighting, Hockley: " + CHECKED + " (Varity in train wp-massey-ferguson "
 "and other texts, the Varity Corporation's own history, the Lucas merger not among their words by a `grep -il` for "
 "'LucasVarity' (no hit): a small overlap, doubtful; TRW and ZF Friedrichshafen in other texts, other deals; Morris "
 "Motors in GATHERING.md only, a lead on Hindustan Motors).",
 "non-US", copy_of="the Wikipedia article, via kiwix.haohe.fun's Kiwix copy wikipedia_en_all_maxi_2024-01"))



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

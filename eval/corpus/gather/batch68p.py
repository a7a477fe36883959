#!/usr/bin/env python3
"""Batch 68p (session 62; gatherer lane 68p): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e-58p, 59a-64n, 65b-65r, 66a-66p, 67a-67ac and 68a-68j, on a New Zealand electricity lines company,
a Sydney electricity company and a South African electricity company, new to the corpus: Aurora Energy (New Zealand),
the electricity network of Dunedin, Central Otago, Queenstown Lakes and Wanaka owned by Dunedin City Holdings Limited
on behalf of the Dunedin City Council, registered on 26 June 1990 as Dunedin Electricity Limited when the Council
separated its lines and energy businesses (Waipori Power Generation Limited taking the energy business, its contracting
company later Delta Utility Services) and renamed Aurora Energy on 1 July 2003, its network supplied from Transpower's
national grid (electricity distribution, New Zealand); the Electric Light and Power Supply Corporation Limited
(EL&PSC), set up in 1908 to supply electricity to the Borough of Balmain and incinerate its garbage, owner of the
Balmain Power Station (first electricity on 30 September 1909), nationalised in 1956 by the New South Wales Government
into the Electricity Commission of New South Wales on 1 January 1957 (electricity supply, Australia); and the Victoria
Falls and Transvaal Power Company, formed in 1906 as the Victoria Falls Power Company (VFPC) in Southern Rhodesia,
supplier of power to the Witwatersrand goldmines in its own name and on behalf of Eskom until Eskom expropriated it in
1948, heir to the concessions of the African Concessions Syndicate, a subsidiary of Cecil John Rhodes's British South
Africa Company (electricity supply, South Africa).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page you did not see): chaos.owiki.org's copy of 'Aurora Energy (New Zealand)' (an older revision), wikimili.com's
copy of 'Electric Light and Power Supply Corporation' (undated, recent) and en.wikipedia.org's own '= Title ='
rendering of 'Victoria Falls and Transvaal Power Company' (undated, recent); each cut at a paragraph or sentence end
at or before the point where the excerpt ends (all about 2,000 characters). Edits per item in `notes` (title lines,
infobox lines, section headings and citation markers cut; no word added or changed); `verify()` checks every kept
paragraph against the saved excerpt (/tmp/gather69p/src), the markers ('[1]') dropped and whitespace runs compared as
one space, as batches 57g-68j did.
No text tells an outage (the lane asked for outage texts; none of the utility histories found tells one in its
excerpt; near-misses: the Balmain coal stockpile's 'resilience against coal strikes and other interruptions to the
coal supply', no failure told).
newskg (or any extractor) was not run on any text. A round of three: thirteen queries, twelve companies asked for by
name and one query by kind, three taken (round notes /tmp/gather69p/NOTES.md; queries
/tmp/gather69p/src/queries.txt; claims /work/notes/gather69/CLAIMS.txt).
usage: batch68p.py [POOL_DIR] [--dry]   (default /tmp/gather69p/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather69p/pool"
SRC = "/tmp/gather69p/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts, in GATHERING.md, in the "
           "session-62 pools (/tmp/gather69*/pool) and in /work/notes/gather69/CLAIMS.txt as it stood when checked "
           "(`grep -ril`, file names only)")
# a citation marker ('[1]', '[citation needed]'), with the space before it where there is one
MARK = re.compile(r"\s*\[\s*(\d+|nb \d+|citation needed)\s*\]")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept, as written in the excerpt)
R = []

# ---- electricity distribution, Dunedin: Aurora Energy (New Zealand) (chaos.owiki.org's copy) -------------------------
AU = [
 "Aurora Energy is New Zealand's seventh largest electricity network by customer connections, supplying electricity "
 "to 90,000 homes, farms and businesses in Dunedin, Central Otago, Queenstown Lakes and Wanaka. Aurora Energy is "
 "owned by Dunedin City Holdings Limited on behalf of the Dunedin City Council.",
 "The history of electricity supply to Dunedin dates from 1907, when the Dunedin City Council developed New Zealand's "
 "first large hydro-electric generating station on the Waipori River. Power from the initial Waipori scheme was "
 "transmitted at 35kV over a route to Dunedin using duplicate lines. The Council continued with further "
 "hydro-electricity developments on the Waipori River for almost 80 years. The largest development on the river was "
 "the construction of a high dam, forming Lake Mahinerangi. The Waipori scheme was interconnected with the Waitaki "
 "power station in 1935 as part of extending generating capacity in the South Island.",
 "As part of electricity industry reforms in 1990, the Dunedin City Council separated its lines and energy "
 "businesses. A new company Waipori Power Generation Limited, was formed to take over the energy business. In the "
 "same year, the Council established a utility contracting company that was eventually renamed as Delta Utility "
 "Services. A further new company, Dunedin Electricity Limited was registered on 26 June 1990 to manage the "
 "Council's electricity lines business. Dunedin Electricity was subsequently re-registered and renamed as Aurora "
 "Energy on 1 July 2003.",
 "Aurora Energy's distribution network is supplied from Transpower's national grid at five grid exit points : Halfway "
 "Bush and South Dunedin for the Dunedin network, and Clyde, Cromwell and Frankton for the Central Otago network. "
 "Most of the network's sub-transmission is at 33,000 volts with the major exception of the lines feeding Wanaka "
 "from Cromwell GXP, which operate at 66,000 volts."]
KEPT["wp-aurora-energy-new-zealand"] = ("aurora-energy-owiki.txt", AU)
R.append(wp("wp-aurora-energy-new-zealand", "Aurora Energy (New Zealand)",
 "http://chaos.owiki.org/wiki/Aurora_Energy_%28New_Zealand%29",
 "\n\n".join(MARK.sub("", p) for p in AU),
 "electric utility/distribution", ["history", "ownership", "renaming", "restructuring", "grid supply"],
 "The article as chaos.owiki.org's copy (an owiki.org site that renders Wikipedia articles, as batch 68f's w.owiki.org "
 "copy) holds it in the page store (no date or revision id held; an older revision: its lead's '90,000 homes, farms "
 "and businesses in Dunedin, Central Otago, Queenstown Lakes and Wanaka' where sagapedia.com's and wiki2.org's later "
 "copies at ranks 3-5 of the same query read '91,600 homes, farms and businesses in Dunedin, Central Otago, and the "
 "Queenstown-Lakes District' with an infobox naming Richard Fletcher (CEO, joined 2018); recorded 3.0, doubtful: "
 "undated). Cut: the title line 'Aurora Energy (New Zealand)'; the section headings 'History' and 'Distribution "
 "network'; cut after '... from Cromwell GXP, which operate at 66,000 volts.', before the sentence the excerpt "
 "breaks off in ('Distribution is at 6600 volts in the Du'; a cut at a sentence end), so the article's later "
 "sections are not in the text. The copy shows no infobox lines and no "
 "citation markers. The copy's two history paragraphs (one line each) and its other paragraphs joined with blank "
 "lines. No word added or changed. Kept as written: \"Aurora Energy is New Zealand's seventh largest electricity "
 "network by customer connections\" (no hyphen), 'owned by Dunedin City Holdings Limited on behalf of the Dunedin "
 "City Council', 'transmitted at 35kV over a route to Dunedin' (the copy drops the route's length), 'The Council "
 "continued ... for almost 80 years', 'the construction of a high dam, forming Lake Mahinerangi' (the dam's height "
 "dropped by the copy), 'A new company Waipori Power Generation Limited, was formed' (a comma before the verb), 'a "
 "utility contracting company that was eventually renamed as Delta Utility Services', 'A further new company, "
 "Dunedin Electricity Limited was registered on 26 June 1990', 're-registered and renamed as Aurora Energy on 1 July "
 "2003', 'at five grid exit points : Halfway Bush' (a space before the colon), 'Cromwell GXP'. 289 words. No outage "
 "and no near-miss of one told. Recorded CC BY-SA 3.0 (an older revision; doubtful: no date held). Found at rank 2 "
 "of the query 'Aurora Energy Dunedin electricity lines company history power cut Wikipedia' (this lane's free names: "
 "a New Zealand lines company, the lane asking for utilities); wikisum.wiki (rank 1; an AI summary of the later "
 "article, sentences out of order), sagapedia.com (ranks 3, 4; a later copy under a generated opening paragraph), "
 "wiki2.org (rank 5; the later revision behind a browser-extension banner), auroraenergy.co.nz (rank 6; the "
 "company's own release), rnz.co.nz (rank 7; news) and a blog (rank 8) not used. Aurora Energy, Dunedin City "
 "Holdings, Dunedin Electricity, Delta Utility: " + CHECKED + " ('Waipori' and 'Mahinerangi' in one train text on "
 "another matter, Trustpower's wind farm plans, and 'Transpower' in texts on other matters).",
 "non-US", v3=True, copy_of="the Wikipedia article, via chaos.owiki.org, a site rendering Wikipedia pages"))

# ---- electricity supply, Sydney: Electric Light and Power Supply Corporation (wikimili.com's copy) -----------------
EL = [
 "Electric Light and Power Supply Corporation Limited was a listed company that generated and distributed electrical "
 "power to suburbs within the Inner West of Sydney, New South Wales Australia, from 1909 to 1956. It owned and "
 "operated the Balmain Power Station. It was nationalised in 1956, by the New South Wales Government, and its assets "
 "and operations became a part of the Electricity Commission of New South Wales, [1] [2] on 1 January 1957.",
 "The Borough of Balmain Electric Lighting Act 1906 enabled the local council to generate electricity for the "
 "surrounding area and to incinerate its garbage. This right was contracted to a private company set up for that "
 "purpose. [2] [3]",
 "The company (EL&PSC) was set up in 1908. [4] In line with the 1906 Act of Parliament, its original purpose was both "
 "to supply electricity to the Borough of Balmain and to incinerate its garbage. [5]",
 "On 30 September 1909, the newly completed power station (later known as Balmain 'A') generated its first "
 "electricity, partially fuelled by garbage and partially by coal. The power station was located on waterfront land, "
 "adjacent to the Iron Cove Bridge, and with a wharf where coal could be unloaded. [6] It had a coal stockpile "
 "adjacent to the power station, which gave some resilience against coal strikes and other interruptions to the "
 "coal supply. [7]",
 "Electric Light and Power Supply Corporation Limited was a publicly listed company, with shares traded on the stock "
 "exchange. In 1908, it issued 100,000 shares of \u00a31 each. [8] In 1914, the capital of the company was increased "
 "to \u00a3300,000, by the issue of another 200,000 shares, of \u00a31 each. [9]",
 "In 1954, as nationalisation approached, there were 886,291 ordinary and 166,667 cumulative 7% preference shares, "
 "making up capital of \u00a31,052,858. [10]",
 "EL&PSC would not be the only privately owned electricity supplier in the Sydney region."]
KEPT["wp-electric-light-and-power-supply-corporation"] = ("elpsc-wikimili.txt", EL)
R.append(wp("wp-electric-light-and-power-supply-corporation", "Electric Light and Power Supply Corporation",
 "https://wikimili.com/en/Electric_Light_and_Power_Supply_Corporation",
 "\n\n".join(MARK.sub("", p) for p in EL),
 "electric utility", ["history", "founding", "power station", "shares", "nationalisation"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; undated, taken for a "
 "recent revision, as batches 66l, 67ab and 68e took their wikimili.com copies; doubtful: no date held). The "
 "excerpt opens with the lead (no title line or infobox shown). Cut: the citation markers (' [1] [2]', ' [2] [3]', "
 "' [4]' to ' [10]', each with a space before it in this copy; cut by the script, so 'New South Wales, [1] [2] on 1 "
 "January 1957' reads 'New South Wales, on 1 January 1957'); cut after 'EL&PSC would not be the only privately owned "
 "electricity supplier in the Sydney region.', before the sentence the excerpt breaks off in ('Founded in 1913, "
 "Parramatta Electric Supply Company [11] \u2014reconstructed in 1921 [12] and, after 1929, known as Parramatta "
 "and'; a cut at a sentence end), so the Parramatta company and the later history are not in the text. The copy's "
 "paragraphs are single lines, joined here with blank lines. No word added or changed. Kept as written: 'to suburbs "
 "within the Inner West of Sydney, New South Wales Australia, from 1909 to 1956' (no comma before 'Australia'), 'It "
 "was nationalised in 1956, by the New South Wales Government, and its assets and operations became a part of the "
 "Electricity Commission of New South Wales, on 1 January 1957' (the comma before 'on' left by the cut markers), "
 "'The Borough of Balmain Electric Lighting Act 1906', 'the local council' (unnamed), 'The company (EL&PSC) was set "
 "up in 1908.', 'the 1906 Act of Parliament', \"(later known as Balmain 'A')\" (straight quotes), 'adjacent to the "
 "Iron Cove Bridge', 'some resilience against coal strikes and other interruptions to the coal supply', the sums in "
 "pounds ('\u00a31 each', '\u00a3300,000', '\u00a31,052,858'). 299 words. No outage told; a near-miss: the coal "
 "stockpile 'gave some resilience against coal strikes and other interruptions to the coal supply' (no failure or "
 "loss of supply told). Recorded CC BY-SA 4.0 (a recent revision; doubtful, undated). Found at rank 1 of the query "
 "'electric supply company history power station breakdown city without electricity Wikipedia Australia New "
 "Zealand' (this lane's free names: an Australian electricity company); a motorcycle forum (rank 2), docslib.org "
 "(rank 3; a company's history brochure), aph.org.au (rank 4; an essay), energyprosolutions.com (rank 5), eea.co.nz "
 "(ranks 6, 8; an industry body's history) and teara.govt.nz (rank 7; Te Ara, not Wikipedia) not used. Electric "
 "Light and Power Supply, Balmain Power, Borough of Balmain, Iron Cove, Electricity Commission of New South Wales, "
 "Parramatta Electric: " + CHECKED + ".",
 "non-US", v3=False, copy_of="the Wikipedia article, via wikimili.com, a site copying Wikipedia pages"))

# ---- electricity supply, South Africa: Victoria Falls and Transvaal Power Company (en.wikipedia.org) -----------------
VF = [
 "Victoria Falls and Transvaal Power Company was a South African-based electricity company that supplied power to "
 "the goldmines and industry on the Witwatersrand. It was a Southern Rhodesian registered company whose main "
 "facilities were based in the Transvaal, South Africa. It was formed in 1906 and would supply power in its own name "
 "and on behalf of Eskom until 1948 when it was expropriated by the former.",
 "In 1896, the British South Africa Company (BSA), established by Cecil John Rhodes, created a subsidiary called the "
 "African Concessions Syndicate (ACS). This syndicate obtained a concession in Southern Rhodesia which gave it the "
 "right to generate 250,000 kW at Victoria Falls for seventy-five years. But more importantly, it also obtained an "
 "exclusive right to supply the goldfields at the Witwatersrand. There were several issues with the idea. One, "
 "Victoria Falls was a poor choice as during the dry season, little water flowed, and secondly the transmission line "
 "technology at the time would result in too much electricity being lost over the distances required to the "
 "Witwatersrand. Lastly there was the abundance of cheap coal available the Transvaal for steam generation. The coal "
 "owners lobbied the Transvaal Colony government, and it prohibited the supply of electrify from outside the colony.",
 "On 17 October 1906, a company called Victoria Falls Power Company (VFPC) was formed and registered in Southern "
 "Rhodesia. Two months later, on 14 December 1906, the ACS sold its concessions to VFPC for \u00a3120,000 and one "
 "million shares worth \u00a31 each."]
KEPT["wp-victoria-falls-and-transvaal-power-company"] = ("vfp-enwiki.txt", VF)
R.append(wp("wp-victoria-falls-and-transvaal-power-company", "Victoria Falls and Transvaal Power Company",
 "https://en.wikipedia.org/wiki/Victoria_Falls_and_Transvaal_Power_Company",
 "\n\n".join(MARK.sub("", p) for p in VF),
 "electric utility", ["history", "founding", "concessions", "subsidiary", "expropriation"],
 "The article as en.wikipedia.org's own '= Title =' rendering holds it in the page store (no date or revision id "
 "held; undated, a recent rendering, recorded 4.0 as batches 58p-68f recorded their en.wikipedia.org renderings; the "
 "same words as the Kiwix dump wikipedia_en_all_maxi_2024-01 at rank 6 of the same query; doubtful: no revision id). "
 "Cut: the title line '= Victoria Falls and Transvaal Power Company ='; the infobox lines between the title and the "
 "lead ('Victoria Falls and Transvaal Power Company', '- Type: Public company' to '- Industry: Power industry', with "
 "'- Predecessor: African Concessions Syndicate', '- Successor: Eskom' and '- Location: London, England, UK', so "
 "London and the infobox's 'Successor' are not in the text; cut as batches 54zu-68f cut their infoboxes); the "
 "headings '==Origins==' and '==Formation=='; cut after '... one million shares worth \u00a31 each.', before the "
 "sentence the excerpt breaks off in ('VFPC was listed on the stock market but after a poor take-up of shares, 80% "
 "of shares been '; a cut at a sentence end), so the company's later history (the share issue, whatever the "
 "article tells after 1906) is not in the text. No citation markers in this rendering. Paragraphs as "
 "the rendering sets them apart (blank lines). No word added or changed. Kept as written: 'a South African-based "
 "electricity company', 'It was a Southern Rhodesian registered company' (no hyphen), 'until 1948 when it was "
 "expropriated by the former' ('the former' for Eskom, as the article has it), 'the British South Africa Company "
 "(BSA), established by Cecil John Rhodes', 'the right to generate 250,000 kW at Victoria Falls for seventy-five "
 "years', 'One, Victoria Falls was a poor choice', 'the abundance of cheap coal available the Transvaal' (no 'in'), "
 "'the Transvaal Colony government', 'it prohibited the supply of electrify from outside the colony' ('electrify' "
 "for 'electricity', as the article has it), 'a company called Victoria Falls Power Company (VFPC)', 'Two months "
 "later, on 14 December 1906', the sums in pounds ('\u00a3120,000', '\u00a31 each'). 249 words. No outage and no "
 "near-miss of one told. Recorded CC BY-SA 4.0 (a recent rendering; doubtful, undated). Found at rank 1 of the query "
 "'Victoria Falls and Transvaal Power Company history Wikipedia' (this lane's free names: a South African "
 "utility); jsaa.ac.za (rank 2; a journal abstract), qa.edu.vn (rank 3; a copy with markers and ': 28' page "
 "references), wikimili.com (ranks 4, 5; the same), the Kiwix dump on kiwix.haohe.fun (rank 6; the same, with the "
 "infobox as a table), vaaltriangleinfo.co.za (rank 7; a local history site) and tothevictoriafalls.com (rank 8; a "
 "book's adaptation) not used. Victoria Falls and Transvaal, VFPC, African Concessions, British South Africa "
 "Company, Southern Rhodesia, Cecil Rhodes, Cecil John Rhodes: " + CHECKED + " ('Victoria Falls' alone once in "
 "GATHERING.md, the Zimbabwean town in a list of a water text's places; 'Witwatersrand' and 'Transvaal' in one test "
 "text on another matter, by file name; 'Eskom' in texts on other matters).",
 "non-US", v3=False, copy_of="the Wikipedia article"))


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

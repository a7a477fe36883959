#!/usr/bin/env python3
"""Batch 56j (session 54; gatherer lane 56j): company histories from English Wikipedia in the company lane of batches
36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd and 56b, turned to mid-size technology companies, new to
the corpus: a British maker of RF, microwave and millimetre-wave components founded in 1977 by Professor John David
Rhodes, a lecturer at the University of Leeds, to design filters for the Panavia Tornado (made by Ferranti), funded by
European Space Agency research contracts, with a former McLaren F1 executive, Jonathan Neale, appointed Non-Executive
Chairman in place of Reg Gott in November 2021 (electronics, UK); a Swedish internet service provider founded in 1994 by
Oscar Swartz, listed on Nasdaq First North, whose chairman Jon Karlung told the press that WikiLeaks bought server
space from it after Amazon Web Services dropped WikiLeaks in December 2010, with a data centre in the former civil
defence centre Pionen and four servers on its premises confiscated by the Swedish police in March 2005 (internet
services, Sweden); and a Canadian maker of system interconnect chips, owned by Integrated Device Technology (IDT),
whose history goes back to Calmos Semiconductor, founded in April 1983 by John Roberts, bought in 1989 by Newbridge
Networks Corporation as Newbridge Microsystems and spun out in 1995 as Tundra Semiconductor, with a design services
division, Silicon Logic Engineering, Inc. (semiconductors, Canada).
English Wikipedia text (CC BY-SA), each the search tool's page-store excerpt (`search`, corpus `pages`; never a whole
page): en.wikipedia.org's '= Title =' renderings of 'Filtronic' (a revision of about 2024-2025: the infobox's CEO
differs from that of the older rendering at 'Draft:Filtronic', itself of the 2023 'Jump to content' layout) and
'Bahnhof' (undated), and wikimili.com's copy of 'Tundra Semiconductor' (a revision of April 2016 or later: its
advertisement notice is dated April 2016); each cut at a sentence end (`truncated`). Edits per item in `notes` (site
lines, a maintenance notice, infobox lines, headings and citation markers cut; no word added or changed); `verify()`
checks every kept paragraph against the saved excerpt (/tmp/gather57j/src), the markers ('[1]', ' [2]') dropped and
whitespace runs compared as one space, as batches 55e, 55i, 55p, 55x, 55za, 55zd and 56b did. No text tells an outage;
one tells a near-miss of one (the police's seizure of four servers at Bahnhof's premises, which the company said were
not its own). newskg (or any extractor) was not run on any text. A round of three: twelve queries, three of them
answered with English Wikipedia text on a company not yet in the corpus that was taken (round notes,
/work/notes/gather57/56j.md; queries, /tmp/gather57j/src/queries.txt).
usage: batch56j.py [POOL_DIR] [--dry]   (default /tmp/gather57j/pool)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from write_pool import write_all
from wikimedia import article as wp

POOL = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "/tmp/gather57j/pool"
SRC = "/tmp/gather57j/src"

CHECKED = ("0 hits in the eval/corpus gold texts and file names, in the gather scripts and GATHERING.md, in the "
           "session-54 pools (/tmp/gather56*/pool, /tmp/gather57*/pool) and in /work/notes/gather57/CLAIMS.txt as they "
           "stood when checked (`grep -ril`, file names only)")

KEPT = {}   # id -> (saved excerpt's file, paragraphs kept)
R = []

# ---- electronics, UK: Filtronic (en.wikipedia.org's '= Title =' rendering, a revision of about 2024-2025) ----------
FILTRONIC = [
 "Filtronic is a UK public limited company (PLC) that is AIM-listed on the London Stock Exchange (FTC.L). It is a "
 "designer and manufacturer of RF, microwave, and millimeter-wave (mmWave) components and subsystems for applications "
 "in telecommunications, defence, space and transport. It is headquartered at NETPark in County Durham with other "
 "facilities in Leeds, Manchester and Cambridge and a US manufacturing site in Salisbury, MD.",
 "Filtronic was awarded a 2021 Queen's Award for Enterprise, International Trade, in recognition of its \"Outstanding "
 "Short Term Growth in overseas sales over the last three years\", which had grown by 208% over the period 2018 to "
 "2021.",
 "In November 2021 former McLaren F1 executive Jonathan Neale was appointed as Non-Executive Chairman of Filtronic, to "
 "replace Reg Gott.",
 "Filtronic was founded in 1977 by Professor John David Rhodes, who was a lecturer in the Department of Electrical "
 "and Electronic Engineering at the University of Leeds. He started the company to design electronic filters for the "
 "Panavia Tornado aircraft, which were then manufactured by Ferranti. Initial funding for Filtronic was mainly from "
 "research contracts with the European Space Agency for satellite borne filters, and from selling software for the "
 "design of multiplexers.",
 "Throughout its early years Filtronic continued to enjoy a close affiliation with the University, and in 2004 was "
 "said to be the most successful company ever to be spun out of a UK university."]
KEPT["wp-filtronic"] = ("filtronic-enwiki.txt", FILTRONIC)
R.append(wp("wp-filtronic", "Filtronic", "https://en.wikipedia.org/wiki/Filtronic",
 "\n\n".join(FILTRONIC),
 "electronics", ["history", "founding", "leadership", "listing"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; a "
 "revision of about 2024-2025: the infobox names Nat Edington as CEO and a facility in Cambridge, where the older "
 "rendering at the address of the redirect 'Draft:Filtronic' (rank 1 of the same query; the 'Jump to content' layout "
 "of 2023 on) names Richard Gibbs and no Cambridge site). Cut: the title line '= Filtronic ='; the infobox lines "
 "('Filtronic', '- Type: Public', '- Foundation: 1977', '- Location: NETPark, County Durham, Leeds, Manchester, "
 "Salisbury, MD', '- Key People: Nat Edington (CEO) , Michael Tyerman (CFO), Jonathan Neale (Chairman)', '- "
 "Industry: ...', '- Products: Millimeter-wave transceivers, tower-mounted amplifiers', '- Homepage: filtronic.com'), "
 "so the chief executive Nat Edington and the finance chief Michael Tyerman are not in the text (doubtful: they are "
 "the page's only other executives; cut as batches 54zu and 55i cut their infoboxes); the heading '==History=='; cut "
 "after 'the most successful company ever to be spun out of a UK university.', before the sentence the excerpt "
 "breaks off ('When Professor Rhodes received the Royal Academy of Engineering's highest award, the Prince Philip "
 "Medal in 2003, the cit'; `truncated`; a cut inside a paragraph, at a sentence end), so the Royal Academy of "
 "Engineering and the award are not in the text. No word added or changed. Kept as written: 'a UK public limited "
 "company (PLC) that is AIM-listed on the London Stock Exchange (FTC.L)', 'RF, microwave, and millimeter-wave "
 "(mmWave)' (US spelling), 'headquartered at NETPark in County Durham with other facilities in Leeds, Manchester "
 "and Cambridge and a US manufacturing site in Salisbury, MD.', 'a 2021 Queen's Award for Enterprise, International "
 "Trade', 'In November 2021 former McLaren F1 executive Jonathan Neale was appointed as Non-Executive Chairman of "
 "Filtronic, to replace Reg Gott.' (no comma after '2021'), 'founded in 1977 by Professor John David Rhodes, who was "
 "a lecturer in the Department of Electrical and Electronic Engineering at the University of Leeds', 'the Panavia "
 "Tornado aircraft, which were then manufactured by Ferranti', 'research contracts with the European Space Agency for "
 "satellite borne filters' (no hyphen), 'a close affiliation with the University', 'was said to be the most "
 "successful company ever to be spun out of a UK university'. 229 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (a revision of 2023 or later, after Wikimedia's move to 4.0 of June 2023: newer than a "
 "rendering of the 2023 layout). Found at rank 3 of the query 'Filtronic plc history founded David Rhodes Shipley "
 "acquired Wikipedia'; the older rendering at 'Draft:Filtronic' (rank 1; the same running text with citation "
 "markers, 'Leeds and Manchester', and breaking off earlier), RNS results (rank 2), news (ranks 4, 5, 7; "
 "copyrighted) and the company's investor page (rank 6) not used. Filtronic, John David Rhodes, David Rhodes, "
 "Jonathan Neale, Reg Gott, NETPark, Isotek: " + CHECKED + " ('Ferranti' and 'European Space Agency' are in texts "
 "on other matters).", "non-US",
 copy_of="the Wikipedia article, a recent revision as en.wikipedia.org rendered it"))

# ---- internet services, Sweden: Bahnhof (en.wikipedia.org's '= Title =' rendering, undated) -------------------------
BAHNHOF = [
 "Bahnhof (German for \"railway station\") is a Swedish Internet service provider (ISP) founded in 1994 by Oscar "
 "Swartz in Uppsala, Sweden, and is the country's first independent ISP. Today the company is represented in "
 "Stockholm, Gothenburg, Uppsala, Borl\u00e4nge, Malm\u00f6 and Ume\u00e5. The company is listed on Nasdaq First "
 "North.",
 "WikiLeaks used to be hosted in a Bahnhof data center inside the ultra-secure bunker Pionen, which is buried inside "
 "the White Mountains in Stockholm.",
 "Bahnhof was founded in 1994 by Oscar Swartz. It was one of Sweden's first ISPs. The company is publicly traded since "
 "December 2007 under the name BAHN-B (Aktietorget). On 11 September 2008, Bahnhof opened a new computer center inside "
 "the former civil defence center Pionen in the White Mountains in Stockholm, Sweden.",
 "After WikiLeaks was kicked off of Amazon Web Services in December 2010 after the Afghan War documents leak, it "
 "bought server space from Bahnhof, as its chairman Jon Karlung said in press interviews. Wikileaks later changed "
 "providers again and Bahnhof auctioned off the servers that previously housed Wikileaks.",
 "On 10 March 2005, the Swedish police confiscated four servers placed in the Bahnhof premises, hoping to find "
 "copyrighted material. Although these servers were located near Bahnhof's server park (in a network lab area) the "
 "company claimed they were not their property since they had been privately purchased by staff."]
KEPT["wp-bahnhof"] = ("bahnhof-enwiki.txt", BAHNHOF)
R.append(wp("wp-bahnhof", "Bahnhof", "https://en.wikipedia.org/wiki/Bahnhof",
 "\n\n".join(BAHNHOF),
 "internet services", ["history", "founding", "listing", "data centre", "customer"],
 "The article as en.wikipedia.org's '= Title =' rendering holds it in the page store (undated, no revision id; the "
 "latest year the running text names is 2010, the infobox's revenue is of 2016; the revision is not dated by its "
 "text). Cut: the title line '= Bahnhof ='; the infobox lines ('Bahnhof AB', '- Logo: Bahnhof AB logga.svg', '- "
 "Type: Aktiebolag', '- Genre: Internet service provider', '- Founder: Oscar Swartz', '- Key People: Jon Karlung "
 "(CEO), Andreas Norman (COB)', '- Products: ...', '- Revenue: 825,165,000 SEK (2016)', '- Num Employees: 199', '- "
 "Location City: Stockholm', '- Location Country: Sweden', '- Location: Tunnelgatan 2, 111 37', '- Homepage: "
 "http://bahnhof.se/'), so the company's form 'Bahnhof AB', Karlung's post as CEO and the chairman of the board "
 "Andreas Norman are not in the text (the running text calls Karlung 'its chairman'; doubtful: the infobox of the "
 "same revision gives him as CEO, but the text is annotated alone); the headings '==History==' and '==Government "
 "response=='; cut after 'since they had been privately purchased by staff.', before the sentence the excerpt breaks "
 "off ('They further presented evidence showing the material on these servers had been planted there by someone "
 "hired by Svenska Antipiratbyr\u00e5n, a Swedi'; `truncated`; a cut inside a paragraph, at a sentence end), so the "
 "anti-piracy bureau is not in the text. No word added or changed. Kept as written: 'Bahnhof (German for \"railway "
 "station\")', 'founded in 1994 by Oscar Swartz in Uppsala, Sweden, and is the country's first independent ISP' (and "
 "'one of Sweden's first ISPs' in the history), 'listed on Nasdaq First North', 'used to be hosted in a Bahnhof data "
 "center inside the ultra-secure bunker Pionen' (US spelling 'center'), 'is publicly traded since December 2007 "
 "under the name BAHN-B (Aktietorget)' (so written), 'the former civil defence center Pionen' (mixed spellings), "
 "'After WikiLeaks was kicked off of Amazon Web Services in December 2010 after the Afghan War documents leak, it "
 "bought server space from Bahnhof, as its chairman Jon Karlung said in press interviews.', 'Wikileaks' (lower-case "
 "'l', twice) beside 'WikiLeaks', 'Although these servers were located near Bahnhof's server park (in a network lab "
 "area) the company claimed' (no comma after the bracket). 223 words. No outage told; one near-miss (the police's "
 "seizure of four servers that the company said were staff's, no service said to be lost). Recorded CC BY-SA 4.0 "
 "(doubtful: the revision is undated; the '= Title =' renderings that batches 55i and 56b dated were of "
 "2024-2025, after Wikimedia's move to 4.0 of June 2023). Found at rank 2 of the query 'Bahnhof Swedish internet "
 "service provider history founded Jon Karlung Wikipedia'; the German Wikipedia copy at de.wikiup.org (rank 1) and "
 "the Swedish Wikipedia article on Jon Karlung (rank 5; not English), blogs and the company's own releases (ranks 3, "
 "4, 6-8) not used. Bahnhof, Oscar Swartz, Jon Karlung, Pionen, Antipiratbyr\u00e5n, Andreas Norman: " + CHECKED +
 " ('WikiLeaks' is in texts of batches 31e, 34i and 37e on other matters; 'Amazon Web Services' in many texts on "
 "other matters).", "non-US",
 copy_of="the Wikipedia article, as en.wikipedia.org rendered it"))

# ---- semiconductors, Canada: Tundra Semiconductor (wikimili.com's copy, a revision of April 2016 or later) ----------
TUNDRA = [
 "Tundra Semiconductor Corporation is a company headquartered in Ottawa, Ontario, Canada. It is owned by Integrated "
 "Device Technology.",
 "Tundra supplies communications, computing and storage companies with System Interconnect products, intellectual "
 "property (IP) and design services backed by customer service and technical support. Tundra's track record includes "
 "bridges and switches enabling industry standards: RapidIO, PCI, PCI-X, PCI Express, Power ISA, VME, HyperTransport, "
 "Interlaken, and SPI4.2. Tundra's products enable board design and layout, with specific focus on system level "
 "signal integrity. Tundra's design services division, Silicon Logic Engineering, Inc., offers ASIC and FPGA design "
 "services, semiconductor intellectual property and product development consulting.",
 "Although Tundra was incorporated as an entity in 1995, its history goes back to 1983 as Calmos Semiconductor, which "
 "was subsequently acquired in 1989 by Newbridge Networks Corporation, where it became known as Newbridge "
 "Microsystems and in 1995 was spun out as Tundra Semiconductor. In June 2009 Tundra was acquired by IDT.",
 "Former MicroSystems International and Mosaid employee John Roberts founded Calmos Microsystems in April 1983. The "
 "company was initially run out of his home in Kanata and moved to a facility on Edgewater Road in Kanata once the "
 "company had raised $800,000 in funds."]
KEPT["wp-tundra-semiconductor"] = ("tundra-wikimili.txt", TUNDRA)
R.append(wp("wp-tundra-semiconductor", "Tundra Semiconductor", "https://wikimili.com/en/Tundra_Semiconductor",
 "\n\n".join(TUNDRA),
 "semiconductors", ["history", "founding", "acquisition", "ownership", "division"],
 "The article as wikimili.com's copy holds it in the page store (no date or revision id held; a revision of April 2016 "
 "or later: its notice 'This article contains content that is written like an advertisement .(April 2016)'; the "
 "infobox gives 'Defunct | 2009' and '~240 (Q3 2009)' employees). Cut: the maintenance notice line; the infobox "
 "table lines ('Company type | Public |', '---|---|', 'Industry | System Interconnect |', 'Founded | Ottawa, Ontario "
 "(1983) |', 'Defunct | 2009 |', 'Headquarters | Ottawa, Ontario |', 'Key people | Adam Chowaniec Chairman Daniel "
 "Hoste CEO David Long CFO |', 'Products | ...', 'Number of employees | ~240 (Q3 2009) |', 'Website | www.tundra.com "
 "(defunct) |'), so the chairman Adam Chowaniec, the chief executive Daniel Hoste and the finance chief David Long "
 "are not in the text (doubtful: they are the page's only executives; cut as batches 54zu, 55i and 56f cut their "
 "infoboxes); the citation markers ' [1]' and ' [2]' with the space before each (so 'founded Calmos Microsystems [2] "
 "in April 1983' reads 'founded Calmos Microsystems in April 1983'); cut after 'once the company had raised $800,000 "
 "in funds.', before the paragraph the excerpt breaks off ('The company originally planned to design and produce "
 "gate a'; `truncated`; a cut at a paragraph end). The excerpt's single line breaks between paragraphs are kept as "
 "blank lines, as every Wikipedia text of these batches. No word added or changed. Kept as written: 'a company "
 "headquartered in Ottawa, Ontario, Canada. It is owned by Integrated Device Technology.' (present tense, though "
 "the infobox calls it defunct), 'System Interconnect products' (capitals), 'Tundra's track record includes bridges "
 "and switches enabling industry standards: RapidIO, PCI, PCI-X, PCI Express, Power ISA, VME, HyperTransport, "
 "Interlaken, and SPI4.2.', 'Tundra's design services division, Silicon Logic Engineering, Inc., offers', 'its "
 "history goes back to 1983 as Calmos Semiconductor, which was subsequently acquired in 1989 by Newbridge Networks "
 "Corporation, where it became known as Newbridge Microsystems and in 1995 was spun out as Tundra Semiconductor.', "
 "'In June 2009 Tundra was acquired by IDT.' (the short form, not expanded), 'Former MicroSystems International and "
 "Mosaid employee John Roberts founded Calmos Microsystems in April 1983.' ('Calmos Microsystems' here, 'Calmos "
 "Semiconductor' above), 'run out of his home in Kanata'. 195 words. No outage and no near-miss of one told. "
 "Recorded CC BY-SA 4.0 (doubtful: the revision is dated only as after April 2016; wikimili.com's copies taken by "
 "batches 55zd and 56f were of 2024-2025, after Wikimedia's move to 4.0 of June 2023). Found at rank 8 of the query "
 "'Frontier Silicon digital radio chip company history founded acquired Wikipedia' and at rank 1 of the query "
 "'Tundra Semiconductor Corporation Ottawa Calmos Newbridge Microsystems acquired by IDT 2009' (the same excerpt); "
 "encycloreader.org's HandWiki copy (rank 2; breaks off inside the founder's sentence), wiki-gateway.eudic.net's and "
 "a dweb.link copy of an older revision (ranks 3, 4; no Calmos history), en-academic.com (rank 6; a revision of "
 "about 2006-2008 with raw infobox markup), the-uncensored-wiki.com (rank 8; breaks off at 'Though Tundra w') and the "
 "IDT/Tundra agreement release of 30 April 2009 (ranks 5, 7; a company release, copyrighted) not used. Tundra, "
 "Calmos, Silicon Logic Engineering, John Roberts, Mosaid: " + CHECKED + " ('Newbridge' and 'Integrated Device "
 "Technology' are in texts on other matters).", "non-US",
 copy_of="the Wikipedia article, wikimili.com's copy"))


def _norm(s):
    """The text without citation markers and edit links ('[4]', ' [4]', '[edit]', '[citation needed]'), whitespace
    runs as one space."""
    return " ".join(re.sub(r"\s*\[(\d+|edit|citation needed)\]", "", s).split())


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
